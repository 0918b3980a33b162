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
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator

import regex

from lint_news.document import BLOCK_KIND_NAMES, Document
from lint_news.findings import Hit
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

    def __post_init__(self) -> None:
        if not self.patterns:
            raise ValueError("option 'patterns' must list at least one pattern")
        for scope in self.scopes:
            if scope not in BLOCK_KIND_NAMES:
                raise ValueError(f"unknown scope '{scope}' (allowed: {', '.join(BLOCK_KIND_NAMES)})")
        for source in self.patterns + self.exceptions:
            try:
                regex.compile(source)
            except regex.error as error:
                raise ValueError(f"invalid pattern {source!r}: {error}") from None


@lru_cache(maxsize=256)
def _compiled(patterns: tuple[str, ...], ignore_case: bool) -> regex.Pattern:
    flags = regex.IGNORECASE if ignore_case else 0
    return regex.compile("|".join(f"(?:{pattern})" for pattern in patterns), flags | regex.VERSION0)


def check(document: Document, options: PatternOptions) -> Iterator[Hit]:
    pattern = _compiled(options.patterns, options.ignore_case)
    exceptions = _compiled(options.exceptions, options.ignore_case) if options.exceptions else None
    for block in document.blocks:
        if options.scopes and block.kind.value not in options.scopes:
            continue
        try:
            matches = list(pattern.finditer(block.text, timeout=MATCH_TIMEOUT))
        except TimeoutError:
            continue
        for match in matches:
            start, end = match.span()
            if end == start:
                continue
            if exceptions is not None and exceptions.fullmatch(match.group(), timeout=MATCH_TIMEOUT):
                continue
            if options.exempt_quotations and document.attributed_quotation_at(block, start, end):
                continue
            source_start, source_end = block.source_span(start, end)
            yield Hit(source_start, source_end, {"match": match.group()})


KIND = Kind("pattern", PatternOptions, check, "Report every match of a list of regular expressions.")
