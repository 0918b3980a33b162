"""Plain-text reader: blank lines separate blocks, bullets start list items.

Plain text carries no markup, so structure comes from convention: the first
line is the headline, a short unpunctuated line on its own is a subhead, and a
line starting with a bullet (``•``, ``-``, ``*``, ``–``, ``1.``, ``2)``) is a
list item. Hard-wrapped paragraphs are joined with a space that maps back to
the line break.

Directives in plain text are lines of their own, either ``# lint-news: ...``
or an HTML comment ``<!-- lint-news: ... -->``; they are not article text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lint_news.directives import parse_directive_line
from lint_news.blocks import Block, BlockKind, Directive, TextBuilder
from lint_news.document import Document
from lint_news.readers.structure import (
    MAX_HEADLINE_WORDS,
    assign_headline_and_dek,
    looks_like_byline,
    looks_like_heading,
)

_BULLET = re.compile(r"^([ \t]*)(?:[•·▪◦‣●○■□➢➤►–—*+-]|\d{1,3}[.)])[ \t]+(?=\S)")
_TITLE_END = re.compile(r"[.!?;,…][\"'”’)\]]*$")


@dataclass
class _Line:
    text: str  # without the line ending
    offset: int  # source offset of the first character
    end: int  # source offset of the line ending (or end of text)


def _lines(source: str) -> list[_Line]:
    lines = []
    offset = 0
    for raw in source.splitlines(keepends=True):
        text = raw.rstrip("\r\n")
        lines.append(_Line(text, offset, offset + len(text)))
        offset += len(raw)
    return lines


class _BlockAccumulator:
    """Collects the lines of one block, then turns them into a :class:`Block`."""

    def __init__(self, kind: BlockKind, level: int = 0) -> None:
        self.kind = kind
        self.level = level
        self.builder = TextBuilder()
        self.lines = 0

    def add_line(self, line: _Line, skip: int) -> None:
        content = line.text[skip:]
        stripped = content.lstrip()
        start = line.offset + skip + (len(content) - len(stripped))
        stripped = stripped.rstrip()
        if not stripped:
            return
        if self.lines:
            # the space between joined lines stands for the previous line's break
            self.builder.add_synthetic(" ", self._previous_end)
        self.builder.add(stripped, start)
        self._previous_end = start + len(stripped)
        self.lines += 1

    def build(self) -> Block | None:
        text, offsets = self.builder.build()
        if not text:
            return None
        kind = self.kind
        if kind is BlockKind.PARAGRAPH and self.lines == 1 and looks_like_heading(text) and not looks_like_byline(text):
            kind = BlockKind.HEADING
        return Block(kind, text, offsets, level=self.level, source_lines=self.lines)


def read_plain(source: str, path: str | None = None) -> Document:
    blocks: list[Block] = []
    directives: list[Directive] = []
    current: _BlockAccumulator | None = None
    seen_text = False

    def flush() -> None:
        nonlocal current
        if current is not None:
            block = current.build()
            if block is not None:
                blocks.append(block)
        current = None

    for line in _lines(source):
        stripped = line.text.strip()
        if not stripped:
            flush()
            continue
        directive = parse_directive_line(line.text, line.offset)
        if directive is not None:
            directives.append(directive)
            flush()
            continue
        bullet = _BULLET.match(line.text)
        if bullet:
            flush()
            current = _BlockAccumulator(BlockKind.LIST_ITEM, level=len(bullet.group(1).expandtabs(4)) // 2)
            current.add_line(line, bullet.end())
        elif current is not None and not (current.kind is BlockKind.LIST_ITEM and line.text[:1] not in " \t"):
            current.add_line(line, 0)
        else:
            flush()
            current = _BlockAccumulator(BlockKind.PARAGRAPH)
            current.add_line(line, 0)
        if not seen_text:
            seen_text = True
            if not bullet and _is_title_line(stripped):
                flush()  # the first line is the headline even without a blank line after it
    flush()
    assign_headline_and_dek(blocks)
    return Document(source=source, format="plain", blocks=blocks, directives=directives, path=path)


def _is_title_line(text: str) -> bool:
    return len(text.split()) <= MAX_HEADLINE_WORDS and not _TITLE_END.search(text)
