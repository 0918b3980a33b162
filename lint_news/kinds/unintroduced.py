"""The ``unintroduced-document`` kind: a document cited as the source that the article never introduced.

A writer working from a summary, an overview or someone else's story cites that
document the way a reporter cites a report: "according to the overview", "the
recap gives her remarks more space", "is quoted in the account as". A reporter
introduces a document before leaning on it ("a report released Tuesday by the
auditor", "the auditor's report", "a summary of the ruling"); the document a
writer was handed is never introduced, because the writer takes it that the
reader has it too. So each pattern marks the document's noun with a group named
``noun``, and a match is reported only when no earlier text of the article
(the headline included) introduces that noun: when none of the
``introductions`` patterns, with ``{noun}`` standing for the matched noun,
matches before it. What a sentence says after a match introduces nothing ("The
points below condense an earlier overview of the study" makes the overview the
writer's, not the reader's).

Options (besides those every rule takes; see :mod:`lint_news.shared_options`;
this kind exempts quoted mentions by default):
  patterns        regular expressions, each with a group named ``noun`` (required)
  introductions   regular expressions where ``{noun}`` stands for the matched noun,
                  written literally (a match is excused when one matches earlier text)
  handovers       regular expressions for the material handed to the writer ("the board
                  meeting transcript you pasted", "your interview notes"): they introduce
                  nothing to the reader, so their text is left out of the search for
                  introductions (a handover makes the document the writer's, not the reader's)
  handed-only     nouns that name the writer's input only after a handover ("report",
                  "study"): before one, a match of them is reporting and is not reported
  stand-ins       nouns that stand for whatever document the article named before
                  ("document", "text"): "Its guidelines say ... The document does not mention"
  named-documents regular expressions for a document an article names (guidelines, a
                  policy, a filing): one before a stand-in introduces it
  ignore-case     match case-insensitively (default true; ``(?-i:...)`` turns it off
                  inside a pattern, e.g. for a capitalised owner's name)
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property

from lint_news.document import Document
from lint_news.findings import Hit
from lint_news.kinds import Kind
from lint_news.kinds.pattern import MATCH_TIMEOUT, GaveUp, _compiled, gave_up_notices
from lint_news.shared_options import SharedOptions

#: What joins two blocks in the text searched for introductions: no pattern runs across it.
_BLOCK_BREAK = "\n\n"


@dataclass(frozen=True)
class UnintroducedOptions:
    patterns: tuple[str, ...]
    introductions: tuple[str, ...] = ()
    handovers: tuple[str, ...] = ()
    handed_only: tuple[str, ...] = ()
    stand_ins: tuple[str, ...] = ()
    named_documents: tuple[str, ...] = ()
    ignore_case: bool = True

    def __post_init__(self) -> None:
        if not self.patterns:
            raise ValueError("option 'patterns' must list at least one pattern")
        for source in self.introductions:
            if "{noun}" not in source:
                raise ValueError(f"introduction {source!r} has no {{noun}} to stand for the matched noun")

    @cached_property
    def prefilter_keys(self) -> tuple[tuple[str, bool], ...]:
        """The patterns for the run's prefilter: a block is searched only with those that may match in it."""
        return tuple((source, self.ignore_case) for source in self.patterns)


def validate(options: UnintroducedOptions) -> None:
    """Compile every pattern once; raises ValueError naming a bad one or one without a ``noun`` group."""
    import regex

    for source in options.patterns:
        try:
            compiled = _compiled(source, options.ignore_case)
        except regex.error as error:
            raise ValueError(f"invalid pattern {source!r}: {error}") from None
        if "noun" not in compiled.groupindex:
            raise ValueError(f"pattern {source!r} has no group named 'noun'")
    for source in options.introductions:
        try:
            _compiled(_introduction(source, "summary"), options.ignore_case)
        except regex.error as error:
            raise ValueError(f"invalid introduction {source!r}: {error}") from None
    for group, sources in (("handover", options.handovers), ("named document", options.named_documents)):
        for source in sources:
            try:
                _compiled(source, options.ignore_case)
            except regex.error as error:
                raise ValueError(f"invalid {group} {source!r}: {error}") from None


def _introduction(source: str, noun: str) -> str:
    import regex

    return source.replace("{noun}", r"\s+".join(regex.escape(word) for word in noun.split()))


def check(document: Document, options: UnintroducedOptions) -> Iterator[Hit]:
    matches = []  # (block, start, end, text, noun, offset of the match in the article text)
    gave_up = []
    pieces = []
    offset = 0
    candidates: dict[int, list[str]] = {}
    for (source, _ignore_case), blocks in document.blocks_for(options.prefilter_keys):
        for block in blocks:
            candidates.setdefault(block.index, []).append(source)
    if not candidates:  # most articles: no block holds what any pattern needs
        return
    for block in document.blocks:
        for source in candidates.get(block.index, ()):
            try:
                for match in _compiled(source, options.ignore_case).finditer(block.text, timeout=MATCH_TIMEOUT):
                    if match.end() > match.start() and match.group("noun"):
                        matches.append((block, match.start(), match.end(), match.group(), match.group("noun").lower(), offset + match.start()))
            except TimeoutError:
                gave_up.append(GaveUp(block.start, source))
        pieces.append(block.text)
        offset += len(block.text) + len(_BLOCK_BREAK)
    if matches and options.handed_only and all(match[4] in options.handed_only for match in matches) and not _may_hand_over(_BLOCK_BREAK.join(pieces), options):
        matches = []  # "the report says" in a story nobody handed a report: the common case, settled before the costly part
    if not matches:
        yield from gave_up_notices(gave_up)
        return
    text = _without_own_sentences(document, _BLOCK_BREAK.join(pieces), matches)
    text, handed = _without_handovers(text, _without_quotations(document, text), options, gave_up, document)
    introduced: dict[tuple[str, int], bool] = {}
    kept = []
    for block, start, end, found, noun, at in sorted(matches, key=lambda match: (match[5], -match[2])):
        if kept and at < kept[-1][1]:
            continue  # overlaps the match before it
        if noun in options.handed_only and handed >= at:
            continue  # "the report says" before any handover: a report the story cites
        if not _introduced_before(text, at, noun, options, introduced, gave_up, block, handed_before=handed < at):
            kept.append((block, at + end - start, start, end, found))
    yield from gave_up_notices(gave_up)
    for block, _until, start, end, found in kept:
        yield Hit(start, end, {"match": found}, block=block)


def _without_own_sentences(document: Document, text: str, matches: list) -> str:
    """The article text with each match blanked out to the end of its sentence (same length): what
    a sentence says after it cites the document ("condense an earlier overview of ...") introduces nothing."""
    chars = list(text)
    for block, start, end, _found, _noun, at in matches:
        sentence = document.sentence_at(block, start)
        last = sentence.end if sentence is not None else end
        chars[at : at + last - start] = " " * (last - start)
    return "".join(chars)


def _may_hand_over(text: str, options: UnintroducedOptions) -> bool:
    """Whether a handover pattern matches anywhere in ``text`` (quotations included: a superset of
    where :func:`_without_handovers` finds one). One that runs past the time limit may."""
    for source in options.handovers:
        try:
            if _compiled(source, options.ignore_case).search(text, timeout=MATCH_TIMEOUT):
                return True
        except TimeoutError:
            return True
    return False


def _without_quotations(document: Document, text: str) -> str:
    """``text`` (the article's blocks joined as :func:`check` joins them) with every quotation and
    quoted mention blanked out: a story that quotes "the provided text does not specify" as a
    chatbot's residue was handed nothing."""
    chars = list(text)
    offset = 0
    for block in document.blocks:
        end = len(block.text)
        for quoted in (*document.quotations_overlapping(block, 0, end), *document.mentions_overlapping(block, 0, end)):
            chars[offset + quoted.start : offset + quoted.end] = " " * (quoted.end - quoted.start)
        offset += end + len(_BLOCK_BREAK)
    return "".join(chars)


def _without_handovers(text: str, unquoted: str, options: UnintroducedOptions, gave_up: list, document: Document) -> tuple[str, int]:
    """The article text with each handover blanked out (same length), and where the first one
    stands outside quotations (``unquoted``; the text's length if none does): "the transcript you
    pasted" tells the reader that the writer was handed a transcript, not what it is. A handover
    pattern cut off by the time limit blanks nothing, and the notice says so."""
    first = len(text)
    for source in options.handovers:
        pattern = _compiled(source, options.ignore_case)
        try:
            found = pattern.search(unquoted, timeout=MATCH_TIMEOUT)
            if found is not None:
                first = min(first, found.start())
            text = pattern.sub(lambda found: " " * len(found.group()), text, timeout=MATCH_TIMEOUT)
        except TimeoutError:
            gave_up.append(GaveUp(document.blocks[0].start if document.blocks else 0, source, "handovers"))
    return text, first


def _introduced_before(text: str, at: int, noun: str, options: UnintroducedOptions, cache: dict, gave_up: list, block, handed_before: bool = False) -> bool:
    """Whether an introduction of ``noun`` matches the article text before offset ``at``; for a
    stand-in such as "document", any named document does, unless a handover stands before it
    (then "the document" is the one the writer was handed)."""
    sources = [_introduction(source, noun) for source in options.introductions]
    if noun in options.stand_ins and not handed_before:
        sources += options.named_documents
    for source in sources:
        pattern = _compiled(source, options.ignore_case)
        key = (pattern.pattern, at)
        if key not in cache:
            try:
                cache[key] = pattern.search(text, 0, at, timeout=MATCH_TIMEOUT) is not None
            except TimeoutError:
                gave_up.append(GaveUp(block.start, source, "introductions"))
                cache[key] = False
        if cache[key]:
            return True
    return False


KIND = Kind(
    "unintroduced-document",
    UnintroducedOptions,
    check,
    "Report a document cited as the source (according to the overview, the recap says) that the article never introduced.",
    validate=validate,
    shared=SharedOptions(exempt_mentions=True),
)
