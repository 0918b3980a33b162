"""The ``pattern`` kind: report every match of a set of regular expressions.

The workhorse for phrase rules (placeholder slots, stock phrases, chatbot
residue). Patterns run over each block's normalized text, so Markdown markup
inside a phrase does not hide it and positions still point into the source.
Patterns are compiled with the ``regex`` module and a time limit, so a rule
pack cannot hang the process with a catastrophic pattern.

Options:
  patterns           regular expressions (required); one alternation is built from them
  ignore-case        match case-insensitively (default true)
  scopes             block kinds to search (headline, dek, heading, paragraph,
                     list-item, blockquote); empty means all
  exempt-quotations  skip matches inside a direct quotation attributed to a
                     named speaker (default false)
  exceptions         regular expressions; a match whose text matches one is not reported
  unless-sentence    regular expressions; a match is not reported when its sentence
                     matches one (e.g. a named source: "experts say" next to
                     "said Ana Ruiz of the Met Office" is attributed)
  skip-linked-blocks leave blocks that carry a link alone (a citation with a URL is checkable)
  min-matches        report nothing unless the article has at least this many matches
                     (one "Moreover" is style; six are a tell)
  escalate-per-1000-words, escalate-to
                     when matches per 1,000 words reach the first, report them at the
                     severity named by the second instead of the rule's default
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator

import regex

from lint_news.document import BLOCK_KIND_NAMES, Block, Document
from lint_news.findings import Hit, Severity
from lint_news.kinds import Kind

#: Seconds one pattern may spend on one block before the rule gives up on it.
MATCH_TIMEOUT = 1.0


@dataclass(frozen=True)
class PatternOptions:
    patterns: tuple[str, ...]
    ignore_case: bool = True
    scopes: tuple[str, ...] = ()
    exempt_quotations: bool = False
    exceptions: tuple[str, ...] = ()
    unless_sentence: tuple[str, ...] = ()
    skip_linked_blocks: bool = False
    min_matches: int = 1
    escalate_per_1000_words: float = 0.0
    escalate_to: str = "warning"

    def __post_init__(self) -> None:
        if not self.patterns:
            raise ValueError("option 'patterns' must list at least one pattern")
        Severity.parse(self.escalate_to)
        if self.min_matches < 1:
            raise ValueError("option 'min-matches' must be at least 1")
        for scope in self.scopes:
            if scope not in BLOCK_KIND_NAMES:
                raise ValueError(f"unknown scope '{scope}' (allowed: {', '.join(BLOCK_KIND_NAMES)})")
        for source in self.patterns + self.exceptions + self.unless_sentence:
            try:
                regex.compile(source)
            except regex.error as error:
                raise ValueError(f"invalid pattern {source!r}: {error}") from None


@lru_cache(maxsize=256)
def _compiled(patterns: tuple[str, ...], ignore_case: bool) -> regex.Pattern:
    flags = regex.IGNORECASE if ignore_case else 0
    return regex.compile("|".join(f"(?:{pattern})" for pattern in patterns), flags | regex.VERSION0)


def _matches(document: Document, options: PatternOptions) -> Iterator[tuple[Block, int, int, str]]:
    pattern = _compiled(options.patterns, options.ignore_case)
    exceptions = _compiled(options.exceptions, options.ignore_case) if options.exceptions else None
    attributed = _compiled(options.unless_sentence, False) if options.unless_sentence else None
    for block in document.blocks:
        if options.scopes and block.kind.value not in options.scopes:
            continue
        if options.skip_linked_blocks and block.links:
            continue
        try:
            found = list(pattern.finditer(block.text, timeout=MATCH_TIMEOUT))
        except TimeoutError:
            continue
        for match in found:
            start, end = match.span()
            if end == start:
                continue
            if exceptions is not None and exceptions.fullmatch(match.group(), timeout=MATCH_TIMEOUT):
                continue
            if options.exempt_quotations and document.attributed_quotation_at(block, start, end):
                continue
            if attributed is not None:
                sentence = document.sentence_at(block, start)
                if sentence is not None and attributed.search(sentence.text, timeout=MATCH_TIMEOUT):
                    continue
            yield block, start, end, match.group()


def check(document: Document, options: PatternOptions) -> Iterator[Hit]:
    found = list(_matches(document, options))
    if len(found) < options.min_matches:
        return
    severity = None
    if options.escalate_per_1000_words and document.word_count:
        if len(found) * 1000 / document.word_count >= options.escalate_per_1000_words:
            severity = Severity.parse(options.escalate_to)
    for block, start, end, text in found:
        source_start, source_end = block.source_span(start, end)
        yield Hit(source_start, source_end, {"match": text, "count": len(found)}, severity=severity)


KIND = Kind("pattern", PatternOptions, check, "Report every match of a list of regular expressions.")
