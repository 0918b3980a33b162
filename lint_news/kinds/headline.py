"""The ``headline-repeat`` kind: the headline printed again under itself.

Content farms paste the title twice, or restate it as a subhead. Comparison is
exact after case-folding and dropping punctuation, so "Kyiv's hopes hinge..."
and "KYIV’S HOPES HINGE…" are the same line.
"""

from __future__ import annotations

from typing import Iterator

from lint_news.document import Document
from lint_news.findings import Hit
from lint_news.kinds import Kind, NoOptions
from lint_news.readers.structure import comparable


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
            yield Hit(block.start, block.end, {"first_line": first_line})


KIND = Kind("headline-repeat", NoOptions, check, "Report blocks that repeat the headline.")
