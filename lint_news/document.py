"""The Document: an article as rules see it, with a map back to the source.

Readers turn a source file into blocks of *normalized* text (Markdown markup,
list bullets and block-quote markers removed). Every character of a block's
text remembers the code-point offset of the source character it came from, so
a rule can work on clean prose and still report the exact characters of the
file as given: CRLF line ends, markup and all.

Offsets count Unicode code points from the start of the text after a UTF-8
byte-order mark, which is not part of any line (editors do not show it either).
"""

from __future__ import annotations

import bisect
from array import array
from dataclasses import dataclass, field
from enum import Enum
from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lint_news.prefilter import Prefilter


class BlockKind(str, Enum):
    """What a block of the article is; rules scope themselves by kind."""

    HEADLINE = "headline"
    DEK = "dek"
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST_ITEM = "list-item"
    BLOCKQUOTE = "blockquote"


BLOCK_KIND_NAMES = tuple(kind.value for kind in BlockKind)


class TextBuilder:
    """Accumulates normalized text together with each character's source offset."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._offsets = array("q")

    def add(self, text: str, source_offset: int) -> None:
        """Append ``text`` copied verbatim from the source at ``source_offset``."""
        self._parts.append(text)
        self._offsets.extend(range(source_offset, source_offset + len(text)))

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


@dataclass(eq=False)
class Document:
    """An article: its source text, its blocks, and what can be derived from them."""

    source: str
    format: str  # plain | markdown | html
    blocks: list[Block]
    directives: list[Directive] = field(default_factory=list)
    path: str | None = None
    #: The run's pattern prefilter (set by the engine through :meth:`use_prefilter`).
    prefilter: Prefilter | None = field(default=None, compare=False, repr=False)

    def __post_init__(self) -> None:
        for index, block in enumerate(self.blocks):
            block.index = index
        self._blocks_by_pattern: dict[tuple[str, bool], list[int]] | None = None

    def use_prefilter(self, prefilter: Prefilter | None) -> None:
        """Scan blocks with ``prefilter`` from now on (what an earlier one found is dropped)."""
        if prefilter is not self.prefilter:
            self.prefilter = prefilter
            self._blocks_by_pattern = None

    def blocks_for(self, key: tuple[str, bool]) -> list[Block]:
        """The blocks where pattern ``key`` may match: all of them unless the prefilter knows better."""
        prefilter = self.prefilter
        if prefilter is None or key not in prefilter.keys:
            return self.blocks
        if self._blocks_by_pattern is None:
            found: dict[tuple[str, bool], list[int]] = {}
            for block in self.blocks:
                for candidate in prefilter.candidates(block.text):
                    found.setdefault(candidate, []).append(block.index)
            self._blocks_by_pattern = found
        return [self.blocks[index] for index in self._blocks_by_pattern.get(key, ())]

    @cached_property
    def lines(self) -> LineIndex:
        return LineIndex(self.source)

    @property
    def headline(self) -> Block | None:
        first = self.blocks[0] if self.blocks else None
        return first if first is not None and first.kind is BlockKind.HEADLINE else None

    def blocks_of(self, *kinds: BlockKind) -> list[Block]:
        return [block for block in self.blocks if block.kind in kinds]

    @cached_property
    def sentences(self) -> list[Sentence]:
        """Every block's sentences, in order (headings and headlines are one sentence)."""
        from lint_news.segment import split_sentences

        return split_sentences(self.blocks)

    def sentences_of(self, block: Block) -> list[Sentence]:
        return self._sentences_by_block.get(block.index, [])

    def sentence_at(self, block: Block, position: int) -> Sentence | None:
        """The sentence of ``block`` that contains text index ``position``."""
        sentences = self.sentences_of(block)
        starts = [sentence.start for sentence in sentences]
        index = bisect.bisect_right(starts, position) - 1
        if index >= 0 and position < sentences[index].end:
            return sentences[index]
        return None

    @cached_property
    def _sentences_by_block(self) -> dict[int, list[Sentence]]:
        grouped: dict[int, list[Sentence]] = {}
        for sentence in self.sentences:
            grouped.setdefault(sentence.block.index, []).append(sentence)
        return grouped

    @cached_property
    def quotations(self) -> list[Quotation]:
        from lint_news.quotes import find_quotations

        return find_quotations(self)

    def quotations_of(self, block: Block) -> list[Quotation]:
        return self._quotations_by_block.get(block.index, [])

    def quotations_overlapping(self, block: Block, start: int, end: int) -> list[Quotation]:
        """The quotations of ``block`` that overlap ``block.text[start:end]``, found by bisection
        (a long block holds hundreds of quotations; a sentence overlaps a few)."""
        quotations = self.quotations_of(block)
        ends = self._quotation_ends_by_block.get(block.index, ())
        found = []
        for index in range(bisect.bisect_right(ends, start), len(quotations)):
            if quotations[index].start >= end:
                break
            found.append(quotations[index])
        return found

    @cached_property
    def _quotation_ends_by_block(self) -> dict[int, list[int]]:
        return {index: [quotation.end for quotation in quotations] for index, quotations in self._quotations_by_block.items()}

    def attributed_quotation_at(self, block: Block, start: int, end: int) -> Quotation | None:
        """The attributed direct quotation that contains ``block.text[start:end]``, if any."""
        for quotation in self.quotations_of(block):
            if quotation.speaker and quotation.start <= start and end <= quotation.end:
                return quotation
        return None

    @cached_property
    def mentions(self) -> list[Quotation]:
        """Quoted mentions (examples or evidence, not speech), headlines and headings included."""
        from lint_news.quotes import find_mentions

        return find_mentions(self)

    def mention_at(self, block: Block, start: int, end: int) -> Quotation | None:
        """The quoted mention (an example or evidence, not speech) that contains ``block.text[start:end]``, if any."""
        for quotation in self._mentions_by_block.get(block.index, ()):
            if quotation.start <= start and end <= quotation.end:
                return quotation
        return None

    @cached_property
    def _mentions_by_block(self) -> dict[int, list[Quotation]]:
        grouped: dict[int, list[Quotation]] = {}
        for quotation in self.mentions:
            grouped.setdefault(quotation.block.index, []).append(quotation)
        return grouped

    @cached_property
    def _quotations_by_block(self) -> dict[int, list[Quotation]]:
        grouped: dict[int, list[Quotation]] = {}
        for quotation in self.quotations:
            grouped.setdefault(quotation.block.index, []).append(quotation)
        return grouped

    @cached_property
    def word_count(self) -> int:
        return sum(block.word_count for block in self.blocks)
