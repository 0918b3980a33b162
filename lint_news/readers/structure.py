"""Article structure shared by every reader: which block is the headline, which the dek.

Markup tells us little here: a plain-text story has no heading syntax at all,
and a Markdown story may carry its title in front matter. The conventions
below are the ones copy desks use: the first line is the headline, a short
one-paragraph standfirst right under it is the dek.
"""

from __future__ import annotations

import re

from lint_news.blocks import Block, BlockKind

#: A headline longer than this is a paragraph, not a title.
MAX_HEADLINE_WORDS = 30
#: A standfirst longer than this is the first paragraph of the body.
MAX_DEK_WORDS = 45
#: Plain-text subheads are short; a longer unpunctuated line is a citation or a fragment.
MAX_HEADING_WORDS = 12
#: A label such as "Potential Pros:" is a heading; a long line ending in a colon introduces a list.
MAX_LABEL_WORDS = 6

_CLOSING_PUNCTUATION = re.compile(r"[.!?;,…][\"'”’)\]]*$")
_LETTER = re.compile(r"[^\W\d_]")


def comparable(text: str) -> str:
    """Text reduced for comparison: case-folded, punctuation dropped, spaces collapsed."""
    return " ".join(re.sub(r"[^\w\s]", " ", text.casefold()).split())


def looks_like_heading(text: str) -> bool:
    """Whether a one-line plain-text paragraph reads as a subhead or label."""
    stripped = text.strip()
    words = stripped.split()
    if not words or len(words) > MAX_HEADING_WORDS or not _LETTER.search(stripped):
        return False
    if stripped.endswith(":"):
        return len(words) <= MAX_LABEL_WORDS
    if ":" in stripped:  # "Brookings Institution: What Are ..." is a citation line, not a subhead
        return False
    return not _CLOSING_PUNCTUATION.search(stripped)


_BYLINE = re.compile(
    r"^(?:by\s+\S|posted\s+(?:by|on)\b|published\b|updated\b|press\s+release\b|staff\s+report\b|from\s+(?:staff|wire)\s+reports?\b)"
    r"|\s[|•·]\s",
    re.IGNORECASE,
)
#: A byline or dateline is short; a longer line with "By" in front is a sentence.
MAX_BYLINE_WORDS = 16


def looks_like_byline(text: str) -> bool:
    """Whether a block is a byline or dateline ("By Ana Ruiz | Staff | May 2"), not prose."""
    stripped = text.strip()
    return len(stripped.split()) <= MAX_BYLINE_WORDS and bool(_BYLINE.search(stripped))


def assign_headline_and_dek(blocks: list[Block]) -> None:
    """Mark the headline and dek among ``blocks`` in place.

    The first block becomes the headline when it is a heading or a single
    short line; the dek is the short paragraph that follows it. A verbatim
    repeat of the headline does not displace the dek (it is a defect that a
    rule reports, not the standfirst), and a byline is not a dek.
    """
    if not blocks:
        return
    first = blocks[0]
    if first.kind not in (BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.HEADLINE):
        return
    if first.kind is BlockKind.PARAGRAPH and first.source_lines > 1:
        return
    if first.word_count > MAX_HEADLINE_WORDS:
        return
    first.kind = BlockKind.HEADLINE
    first.level = 1
    candidate = 1
    if candidate < len(blocks) and comparable(blocks[candidate].text) == comparable(first.text):
        candidate += 1
    if candidate + 1 < len(blocks):
        dek = blocks[candidate]
        if dek.kind is BlockKind.PARAGRAPH and dek.word_count <= MAX_DEK_WORDS and dek.text and not looks_like_byline(dek.text):
            dek.kind = BlockKind.DEK

