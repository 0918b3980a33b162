"""The parts of a Document: blocks of normalized text that map back to the source, sentences,
quotations, directives and the line index.

These are plain data, apart from the Document that holds them (lint_news.document), so
that the modules which find sentences and quotations (segment, quotes) can build them
without importing the Document.
"""

from __future__ import annotations

import bisect
from array import array
from dataclasses import dataclass
from enum import Enum

class BlockKind(str, Enum):
    """What a block of the article is; rules scope themselves by kind."""

    HEADLINE = "headline"
    DEK = "dek"
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST_ITEM = "list-item"
    BLOCKQUOTE = "blockquote"


BLOCK_KIND_NAMES = tuple(kind.value for kind in BlockKind)


def check_scopes(scopes: tuple[str, ...]) -> None:
    """Raise ValueError for a scope that names no block kind: the ``scopes`` option every block-reading kind takes."""
    for scope in scopes:
        if scope not in BLOCK_KIND_NAMES:
            raise ValueError(f"unknown scope '{scope}' (allowed: {', '.join(BLOCK_KIND_NAMES)})")


#: 0, 1, 2...: the offsets of a run of source text are a slice of it, copied in C, where
#: extending by a range converts every offset to an integer object and back. Grown to the
#: longest source read so far, up to ``_COUNTED_UP_TO`` (8 bytes a character, 8 MiB at most:
#: a process that once read a huge file does not keep a table its size).
_COUNTING = array("q")
_COUNTED_UP_TO = 1 << 20


def _counted(start: int, end: int) -> array | range:
    """The offsets ``start`` to ``end``, as a slice of ``_COUNTING`` where it reaches."""
    if start < 0 or end > _COUNTED_UP_TO:
        return range(start, end)
    have = len(_COUNTING)
    if end > have:
        _COUNTING.extend(range(have, min(_COUNTED_UP_TO, max(end, 2 * have))))
    return _COUNTING[start:end]


class TextBuilder:
    """Accumulates normalized text together with each character's source offset."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._offsets = array("q")

    def add(self, text: str, source_offset: int) -> None:
        """Append ``text`` copied verbatim from the source at ``source_offset``."""
        self._parts.append(text)
        self._offsets.extend(_counted(source_offset, source_offset + len(text)))

    def add_synthetic(self, text: str, source_offset: int) -> None:
        """Append ``text`` that stands for the source character at ``source_offset``.

        Used where normalization replaces markup, e.g. a soft line break becomes
        a space that points at the line end it replaced.
        """
        self._parts.append(text)
        self._offsets.extend([source_offset] * len(text))

    @property
    def length(self) -> int:
        return len(self._offsets)

    def ends_with_space(self) -> bool:
        return bool(self._parts) and self._parts[-1][-1:].isspace()

    def build(self) -> tuple[str, array]:
        return "".join(self._parts), self._offsets


@dataclass(eq=False)
class Block:
    """A unit of the article's structure with its normalized text."""

    kind: BlockKind
    text: str
    offsets: array  # source offset of each character of ``text``
    level: int = 0  # heading level (1 for the headline); list nesting depth for list items
    source_lines: int = 1  # how many source lines the block spans
    links: tuple[str, ...] = ()  # link targets in the block (Markdown and HTML; URLs are not in ``text``)
    index: int = 0  # position among the document's blocks

    @property
    def start(self) -> int:
        """Source offset of the block's first character."""
        return self.offsets[0]

    @property
    def end(self) -> int:
        """Source offset just past the block's last character."""
        return self.offsets[-1] + 1

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """Map the text slice ``[start, end)`` to a source ``(offset, end_offset)``."""
        if end <= start:
            offset = self.offsets[min(start, len(self.offsets) - 1)]
            return offset, offset
        return self.offsets[start], self.offsets[end - 1] + 1

    @property
    def word_count(self) -> int:
        return len(self.text.split())


@dataclass(frozen=True)
class Sentence:
    """A sentence: a slice ``[start, end)`` of one block's text."""

    block: Block
    start: int
    end: int

    @property
    def text(self) -> str:
        return self.block.text[self.start : self.end]


@dataclass(frozen=True)
class Quotation:
    """A direct quotation: the slice of a block's text between its quote marks.

    ``speaker`` is the named person or body it is attributed to ("said Ana
    Ruiz", "the ministry said"), or None when nobody is named nearby.
    ``mention`` is true when the quotation is not speech at all but words the
    sentence reports as an example or as evidence (a chatbot reply quoted in a
    story about chatbots, a quoted title): see :mod:`lint_news.quotes`.
    """

    block: Block
    start: int
    end: int
    speaker: str | None
    mention: bool = False

    @property
    def text(self) -> str:
        return self.block.text[self.start : self.end]


@dataclass(frozen=True)
class Directive:
    """An inline ``lint-news:`` comment: what it does, to what, and where it is."""

    action: str  # disable | enable | disable-next-line | disable-file
    targets: tuple[str, ...]  # codes, code prefixes, rule names or families; empty = all
    offset: int
    length: int


class LineIndex:
    """Converts source offsets to 1-based lines and code-point columns."""

    def __init__(self, source: str) -> None:
        starts = [0]
        find = source.find
        position = find("\n")
        while position != -1:
            starts.append(position + 1)
            position = find("\n", position + 1)
        self._starts = starts
        self._source = source

    def position(self, offset: int) -> tuple[int, int]:
        """Return the 1-based ``(line, column)`` of a source offset."""
        line = bisect.bisect_right(self._starts, offset) - 1
        return line + 1, offset - self._starts[line] + 1

    def start_of(self, line_index: int) -> int:
        """Source offset where the 0-based line ``line_index`` starts (text length past the end)."""
        return self._starts[line_index] if line_index < len(self._starts) else len(self._source)

    def line_of(self, offset: int) -> int:
        return bisect.bisect_right(self._starts, offset)

    def line_text(self, line: int) -> str:
        """The text of a 1-based line without its line ending."""
        start = self._starts[line - 1]
        end = self._starts[line] if line < len(self._starts) else len(self._source)
        return self._source[start:end].rstrip("\r\n")

    @property
    def line_count(self) -> int:
        return len(self._starts)
