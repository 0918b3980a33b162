"""The ``pattern`` kind: report every match of a set of regular expressions.

The workhorse for phrase rules (placeholder slots, stock phrases, chatbot
residue). Patterns run over each block's normalized text, so Markdown markup
inside a phrase does not hide it and positions still point into the source.
The engine's prefilter (:mod:`lint_news.prefilter`) scans each block once for
all the run's patterns; only those it names run here, in the ``regex`` module
with a time limit, so a rule pack cannot hang the process with a catastrophic
pattern. A pattern cut off by the limit is reported: the rule says it gave up
on that block, and its other patterns still run. A test pattern (``exceptions``,
``unless-...``) cut off excuses nothing: the match is reported, and so is the cut.

Options (besides those every rule takes: scopes, exempt-quotations, exempt-mentions,
min-matches and escalation; see :mod:`lint_news.shared_options`; this kind
exempts quoted mentions by default):
  patterns           regular expressions (required); one alternation is built from them
  ignore-case        match case-insensitively (default true)
  exceptions         regular expressions; a match whose text matches one is not reported
  unless-sentence    regular expressions; a match is not reported when its sentence
                     matches one (e.g. a named source: "experts say" next to
                     "said Ana Ruiz of the Met Office" is attributed)
  unless-article     regular expressions; the rule reports nothing when any block of the
                     article matches one (an article that explains "TK" is a route code
                     has no TK placeholder)
  unless-next-sentence
                     regular expressions; a match is not reported when the sentence
                     after its own, in the same block, matches one ("Analysts expect
                     a cut. Jane Ortiz of Fennick Securities said ..." is sourced)
  skip-linked-blocks leave blocks that carry a link alone (a citation with a URL is checkable)
  match-links        also search link targets (Markdown and HTML hide them from the text),
                     reported at the target's characters in the source
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING

from lint_news.blocks import Block, Sentence

from lint_news.document import Document
from lint_news.findings import Hit, Severity
from lint_news.kinds import Kind
from lint_news.shared_options import SharedOptions

if TYPE_CHECKING:
    import regex

#: Seconds one pattern may spend on one block before the rule gives up on it.
MATCH_TIMEOUT = 1.0


@dataclass(frozen=True)
class PatternOptions:
    patterns: tuple[str, ...]
    ignore_case: bool = True
    exceptions: tuple[str, ...] = ()
    unless_sentence: tuple[str, ...] = ()
    unless_next_sentence: tuple[str, ...] = ()
    unless_article: tuple[str, ...] = ()
    skip_linked_blocks: bool = False
    match_links: bool = False

    def __post_init__(self) -> None:
        if not self.patterns:
            raise ValueError("option 'patterns' must list at least one pattern")

    @cached_property
    def prefilter_keys(self) -> tuple[tuple[str, bool], ...]:
        """The patterns as the prefilter names them, built once per rule rather than per article
        (any kind's options with this property have their patterns in the run's prefilter)."""
        return tuple((source, self.ignore_case) for source in self.patterns)


def validate(options: PatternOptions) -> None:
    """Compile every expression of ``options`` once; raises ValueError naming a bad one.

    Run for packs and configuration a user wrote; the built-in packs are
    checked by the test suite instead, so start-up compiles nothing it will not use.
    """
    import regex

    for group, ignore_case in ((options.patterns, options.ignore_case), (options.exceptions, options.ignore_case), (options.unless_sentence, False), (options.unless_next_sentence, False), (options.unless_article, False)):
        for source in group:
            try:
                _compiled(source, ignore_case)
            except regex.error as error:
                raise ValueError(f"invalid pattern {source!r}: {error}") from None


@lru_cache(maxsize=1024)
def _compiled(source: str, ignore_case: bool) -> regex.Pattern:
    # Each pattern on its own: one alternation of a rule's patterns is several
    # times slower to match in ``regex`` than the patterns run one by one.
    # ``regex`` is imported here: a text no pattern may match never needs it. Compiled
    # patterns are kept between runs (lint_news.compiled_regex).
    import regex

    from lint_news.compiled_regex import compile_pattern

    return compile_pattern(source, (regex.IGNORECASE if ignore_case else 0) | regex.VERSION0)


class _TestGaveUp(Exception):
    """A test pattern (an exception or an ``unless-`` pattern) ran past the time limit."""

    def __init__(self, source: str) -> None:
        super().__init__(source)
        self.source = source


def _any(patterns: tuple[str, ...], ignore_case: bool, text: str, whole: bool) -> bool:
    """Whether one of ``patterns`` matches ``text``. One that runs past the time limit does not
    stop the others: only when none of them matches is _TestGaveUp raised, naming it."""
    timed_out = None
    for source in patterns:
        compiled = _compiled(source, ignore_case)
        try:
            found = compiled.fullmatch(text, timeout=MATCH_TIMEOUT) if whole else compiled.search(text, timeout=MATCH_TIMEOUT)
        except TimeoutError:
            timed_out = timed_out or source
            continue
        if found:
            return True
    if timed_out is not None:
        raise _TestGaveUp(timed_out)
    return False


@dataclass(frozen=True)
class GaveUp:
    """A pattern that ran past the match time limit on a block.

    ``option`` says which of the rule's lists it came from: a pattern that gives up
    loses its matches there, a test pattern (``exceptions``, ``unless-...``) that gives
    up leaves the match reported untested, and the notice says which happened."""

    start: int
    source: str
    option: str = "patterns"

    def message(self) -> str:
        shown = self.source if len(self.source) <= 40 else self.source[:39] + "…"
        limit = f"ran past the {MATCH_TIMEOUT:g} s match limit"
        if self.option == "patterns":
            return f"Gave up on this block: pattern {shown!r} {limit}, so its matches here are not reported; simplify the pattern"
        return f"Gave up on this block: {self.option} pattern {shown!r} {limit}, so matches are reported without that test; simplify the pattern"


def _spans(text: str, options: PatternOptions, sources: tuple[str, ...] | None = None) -> tuple[list[tuple[int, int, str]], list[str]]:
    """Matches of the rule's patterns (or of ``sources`` among them), earliest first, overlaps
    dropped (longest kept); also the patterns that gave up."""
    found = []
    gave_up = []
    for source in options.patterns if sources is None else sources:
        try:
            for match in _compiled(source, options.ignore_case).finditer(text, timeout=MATCH_TIMEOUT):
                if match.end() > match.start():
                    found.append((match.start(), match.end(), match.group()))
        except TimeoutError:
            gave_up.append(source)
    found.sort(key=lambda match: (match[0], -match[1]))
    kept: list[tuple[int, int, str]] = []
    for match in found:
        if not kept or match[0] >= kept[-1][1]:
            kept.append(match)
    return kept, gave_up


def _candidate_blocks(document: Document, options: PatternOptions) -> list[tuple[Block, tuple[str, ...]]]:
    """The blocks where some pattern of the rule may match, each with those patterns, in order."""
    by_block: dict[int, list[str]] = {}
    for (source, _ignore_case), blocks in document.blocks_for(options.prefilter_keys):
        for block in blocks:
            by_block.setdefault(block.index, []).append(source)
    chosen = []
    for index in sorted(by_block):
        block = document.blocks[index]
        if options.skip_linked_blocks and block.links:
            continue
        chosen.append((block, tuple(by_block[index])))
    return chosen


def _matches(document: Document, options: PatternOptions, gave_up: list[GaveUp]) -> Iterator[tuple[Block, int, int, str]]:
    # A sentence's answer to an ``unless-`` test is worked out once, however many matches it holds:
    # testing it again for each would make a long sentence full of matches quadratic.
    excused: dict[tuple[str, int, int], bool | _TestGaveUp] = {}

    def excuses(option: str, patterns: tuple[str, ...], sentence: Sentence | None) -> bool:
        if sentence is None:
            return False
        key = (option, block.index, sentence.start)
        if key not in excused:
            try:
                excused[key] = _any(patterns, False, sentence.text, whole=False)
            except _TestGaveUp as problem:  # kept too: a test that hangs is not run again for the next match
                excused[key] = problem
        answer = excused[key]
        if isinstance(answer, _TestGaveUp):
            raise answer
        return answer

    for block, sources in _candidate_blocks(document, options):
        found, timed_out = _spans(block.text, options, sources)
        gave_up.extend(GaveUp(block.start, source) for source in timed_out)
        for start, end, text in found:
            option = "exceptions"
            try:
                if options.exceptions and _any(options.exceptions, options.ignore_case, text, whole=True):
                    continue
                option = "unless-sentence"
                if options.unless_sentence and excuses(option, options.unless_sentence, document.sentence_at(block, start)):
                    continue
                option = "unless-next-sentence"
                if options.unless_next_sentence and excuses(option, options.unless_next_sentence, _next_sentence(document, block, start)):
                    continue
            except _TestGaveUp as problem:  # a test pattern that hangs: report the match, say it was not tested
                gave_up.append(GaveUp(block.start, problem.source, option))
            yield block, start, end, text


def _next_sentence(document: Document, block: Block, position: int) -> Sentence | None:
    """The sentence after the one holding ``position``, in the same block (None at the block's end)."""
    sentence = document.sentence_at(block, position)
    if sentence is None:
        return None
    for candidate in document.sentences_of(block):
        if candidate.start >= sentence.end:
            return candidate
    return None


def _link_matches(document: Document, options: PatternOptions, gave_up: list[GaveUp]) -> Iterator[Hit]:
    """Matches inside link targets, at source offsets: the target is found in the block's source."""
    source = document.source
    for block in document.blocks:
        if not block.links:
            continue
        cursor = block.start
        for target in block.links:
            position = source.find(target, cursor, block.end + len(target) + 8)
            if position == -1:
                continue
            cursor = position + len(target)
            found, timed_out = _spans(target, options)
            gave_up.extend(GaveUp(position, pattern) for pattern in timed_out)
            for start, end, text in found:
                yield Hit(position + start, position + end, {"match": text}, block=block, source_offsets=True)


def check(document: Document, options: PatternOptions) -> Iterator[Hit]:
    gave_up: list[GaveUp] = []
    found = [Hit(start, end, {"match": text}, block=block) for block, start, end, text in _matches(document, options, gave_up)]
    if options.match_links:
        found.extend(_link_matches(document, options, gave_up))
        found.sort(key=lambda hit: hit.source_span())
    if found and options.unless_article and _article_excused(document, options, gave_up):
        found = []
    yield from gave_up_notices(gave_up)
    yield from found


def gave_up_notices(gave_up: list[GaveUp]) -> Iterator[Hit]:
    """One warning per block and pattern that ran past the time limit, however many matches it cost."""
    for problem in dict.fromkeys(gave_up):
        yield Hit(problem.start, problem.start, {"match": "", "count": 0}, message=problem.message(), severity=Severity.WARNING, notice=True)


def _article_excused(document: Document, options: PatternOptions, gave_up: list[GaveUp]) -> bool:
    """Whether a block matches an ``unless-article`` pattern. A block where one runs past the
    time limit excuses nothing: the matches stay reported, and the notice says so."""
    untested = []
    for block in document.blocks:
        try:
            if _any(options.unless_article, False, block.text, whole=False):
                return True
        except _TestGaveUp as problem:
            untested.append(GaveUp(block.start, problem.source, "unless-article"))
    gave_up.extend(untested)
    return False


KIND = Kind("pattern", PatternOptions, check, "Report every match of a list of regular expressions.", validate=validate, shared=SharedOptions(exempt_mentions=True))
