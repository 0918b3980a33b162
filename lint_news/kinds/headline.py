"""Headline kinds: the headline printed again, or restated under itself.

Content farms paste the title twice, or restate it as a subhead. ``headline-repeat``
compares exactly after case-folding and dropping punctuation, so "Kyiv's hopes
hinge..." and "KYIV’S HOPES HINGE…" are the same line. ``headline-restated``
catches near-verbatim restatements (content-word Jaccard similarity) in the dek,
a subhead, the first sentence or the closing paragraph; a lede that reports the
headline's news in its own, longer words stays well below the threshold.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from lint_news.document import Block, BlockKind, Document
from lint_news.findings import Hit
from lint_news.kinds import Kind, NoOptions
from lint_news.readers.structure import comparable
from lint_news.words import containment, jaccard, stems


def check(document: Document, options: NoOptions) -> Iterator[Hit]:
    headline = document.headline
    if headline is None:
        return
    target = comparable(headline.text)
    if not target:
        return
    first_line = document.lines.line_of(headline.start)
    for block in document.blocks[1:]:
        if comparable(block.text) == target:
            yield Hit(_line_start(document, block.start), block.end, {"first_line": first_line})


def _line_start(document: Document, offset: int) -> int:
    """The first non-blank character of ``offset``'s line: a repeated "# Headline" is the whole line."""
    start = document.lines.start_of(document.lines.line_of(offset) - 1)
    while start < offset and document.source[start] in " \t":
        start += 1
    return start


KIND = Kind("headline-repeat", NoOptions, check, "Report blocks that repeat the headline.")


@dataclass(frozen=True)
class RestatedOptions:
    similarity: float = 0.8  # dek, subhead, lede: Jaccard similarity of stemmed content words
    closing_containment: float = 0.9  # closing paragraph: share of the headline's words in one sentence
    #: A dek or lede that holds all the headline's words and little else restates it too.
    lede_containment: float = 1.0
    lede_max_ratio: float = 1.5
    min_content_words: int = 4


def _restatement_candidates(document: Document) -> Iterator[tuple[str, Block, int, int]]:
    """(where, block, start, end) for the dek, subheads, the lede sentence and the closing paragraph."""
    body = [b for b in document.blocks[1:] if b.kind in (BlockKind.PARAGRAPH, BlockKind.BLOCKQUOTE)]
    for block in document.blocks[1:]:
        if block.kind is BlockKind.DEK:
            yield "dek", block, 0, len(block.text)
        elif block.kind is BlockKind.HEADING:
            yield "subhead", block, 0, len(block.text)
    if body:
        first = document.sentences_of(body[0])
        if first:
            yield "first sentence", body[0], first[0].start, first[0].end
        if len(body) > 2:
            for sentence in document.sentences_of(body[-1]):
                yield "closing paragraph", body[-1], sentence.start, sentence.end


def check_restated(document: Document, options: RestatedOptions) -> Iterator[Hit]:
    headline = document.headline
    if headline is None:
        return
    target = stems(headline.text)
    if len(target) < options.min_content_words:
        return
    exact = comparable(headline.text)
    first_line = document.lines.line_of(headline.start)
    seen: set[tuple[int, int]] = set()
    for where, block, start, end in _restatement_candidates(document):
        text = block.text[start:end]
        if (block.index, start) in seen or comparable(text) == exact:
            continue  # an exact repeat is headline-repeated's finding
        seen.add((block.index, start))
        words = stems(text)
        if where == "closing paragraph":
            restated = containment(target, words) >= options.closing_containment
        else:
            restated = jaccard(target, words) >= options.similarity
            if where in ("dek", "first sentence") and not restated:
                restated = containment(target, words) >= options.lede_containment and len(words) <= options.lede_max_ratio * len(target)
        if restated:
            source_start, source_end = block.source_span(start, start + len(text.rstrip()))
            yield Hit(source_start, source_end, {"first_line": first_line, "where": where})


RESTATED = Kind("headline-restated", RestatedOptions, check_restated, "Report a dek, subhead, lede or ending that restates the headline.")
