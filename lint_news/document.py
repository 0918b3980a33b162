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
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from lint_news.blocks import Block, BlockKind, Directive, LineIndex, Quotation, Sentence
from lint_news.quotes import find_mentions, find_quotations, is_speech, machine_nouns
from lint_news.segment import split_sentences

if TYPE_CHECKING:
    from lint_news.prefilter import Prefilter


@dataclass(frozen=True)
class SharedPlace:
    """A passage of this article that other articles of the same corpus carry too.

    Set by a corpus run (``lint-news scan``, ``check --cross-file``), which alone sees the
    other articles; the ``shared-passage`` kind reports it like any finding."""

    block: int  # Block.index
    start: int  # within the block's text
    end: int
    others: int  # how many other articles carry the passage


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
    #: Passages other articles of the corpus share (empty outside a corpus run).
    shared_places: tuple[SharedPlace, ...] = ()

    def __post_init__(self) -> None:
        for index, block in enumerate(self.blocks):
            block.index = index
        self._blocks_by_pattern: dict[tuple[str, bool], list[Block]] | None = None

    def use_prefilter(self, prefilter: Prefilter | None) -> None:
        """Scan blocks with ``prefilter`` from now on (what an earlier one found is dropped)."""
        if prefilter is not self.prefilter:
            self.prefilter = prefilter
            self._blocks_by_pattern = None

    def blocks_for(self, keys: Sequence[tuple[str, bool]]) -> list[tuple[tuple[str, bool], Sequence[Block]]]:
        """The blocks where each pattern of ``keys`` may match: all of them unless the prefilter knows better.

        One call for all of a rule's patterns, and patterns that can match nowhere left out:
        a run asks for hundreds of patterns per article and the prefilter names a few."""
        prefilter = self.prefilter
        if prefilter is None:
            return [(key, self.blocks) for key in keys]
        found = self._blocks_by_pattern if self._blocks_by_pattern is not None else self._scan(prefilter)
        if prefilter.keys.issuperset(keys):
            return [(key, found[key]) for key in keys if key in found]
        return [(key, found.get(key, ()) if key in prefilter.keys else self.blocks) for key in keys]

    def _scan(self, prefilter: Prefilter) -> dict[tuple[str, bool], list[Block]]:
        """Each block through ``prefilter`` once: the blocks of each pattern it names, in order."""
        found: dict[tuple[str, bool], list[Block]] = {}
        prefilter.prepare(sum(len(block.text) for block in self.blocks))
        for block in self.blocks:
            for candidate in prefilter.candidates(block.text):
                found.setdefault(candidate, []).append(block)
        self._blocks_by_pattern = found
        return found

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
        return find_quotations(self)

    @cached_property
    def software_nouns(self) -> frozenset[str]:
        """The nouns the article uses for software ("an AI homework tutor": "tutor"); read only
        when a quotation's speaker has to be told from software."""
        return machine_nouns(self)

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

    def spoken_quotation_at(self, block: Block, start: int, end: int) -> Quotation | None:
        """The direct quotation that contains ``block.text[start:end]`` and that a speech verb
        attributes to anyone, named or not ("The agent replied: "..."), if any."""
        for quotation in self.quotations_of(block):
            if quotation.start <= start and end <= quotation.end and (quotation.speaker or is_speech(block.text, quotation.start, quotation.end)):
                return quotation
        return None

    @cached_property
    def mentions(self) -> list[Quotation]:
        """Quoted mentions (examples or evidence, not speech), headlines and headings included."""
        return find_mentions(self)

    def mention_at(self, block: Block, start: int, end: int) -> Quotation | None:
        """The quoted mention (an example or evidence, not speech) that contains ``block.text[start:end]``, if any."""
        for quotation in self._mentions_by_block.get(block.index, ()):
            if quotation.start <= start and end <= quotation.end:
                return quotation
        return None

    def mentions_overlapping(self, block: Block, start: int, end: int) -> list[Quotation]:
        """The quoted mentions of ``block`` that overlap ``block.text[start:end]``."""
        return [quotation for quotation in self._mentions_by_block.get(block.index, ()) if quotation.start < end and start < quotation.end]

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
