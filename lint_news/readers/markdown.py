"""Markdown reader: CommonMark structure from markdown-it-py, text mapped back to the source.

markdown-it gives block structure with source line ranges, and inline tokens
whose text no longer carries positions. We recover each character's source
offset by walking the inline tokens in order and finding their text in the
source from a cursor that only moves forward; link destinations, HTML and
markup characters are stepped over. Fenced and indented code, raw HTML
blocks, front matter (except its ``title``) and link URLs are not article
text and never reach the rules.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING

from lint_news.directives import parse_comments
from lint_news.blocks import Block, BlockKind, Directive, LineIndex, TextBuilder
from lint_news.document import Document
from lint_news.readers.structure import assign_headline_and_dek, looks_like_heading

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

#: How far past the cursor a text fragment may be found: markup between two
#: text fragments (emphasis markers, an HTML tag) is short; link URLs are
#: stepped over explicitly.
_SEARCH_WINDOW = 64
_FRONT_MATTER_TITLE = re.compile(r"^title:[ \t]*(?P<q>[\"']?)(?P<title>.*?)(?P=q)[ \t]*$", re.MULTILINE)


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    from markdown_it import MarkdownIt
    from mdit_py_plugins.front_matter import front_matter_plugin

    parser = MarkdownIt("commonmark", {"maxNesting": MAX_NESTING}).use(front_matter_plugin)
    return parser


#: How deep lists and block quotes may nest. markdown-it's CommonMark preset stops at 20,
#: which ten nested list markers reach (a list and its item are two levels), and then skips
#: silently to the end of the enclosing block, hiding the rest of the article from every
#: rule; past this deeper limit the reader refuses the file instead (:func:`read_markdown`).
MAX_NESTING = 200


class _InlineMapper:
    """Builds a block's text from an ``inline`` token, locating each fragment in the source."""

    def __init__(self, source: str, start: int, end: int, directives: list[Directive]) -> None:
        self.source = source
        self.cursor = start
        self.end = end
        self.builder = TextBuilder()
        self.directives = directives
        self.links: list[str] = []

    def _find(self, fragment: str) -> int:
        limit = min(self.end, self.cursor + len(fragment) + _SEARCH_WINDOW)
        return self.source.find(fragment, self.cursor, limit)

    def add_text(self, fragment: str) -> None:
        if not fragment:
            return
        position = self._find(fragment)
        if position != -1:
            self.builder.add(fragment, position)
            self.cursor = position + len(fragment)
            return
        # Entities and escapes change the text ("&amp;" -> "&"): place it character by character.
        for character in fragment:
            position = self._find(character)
            if position == -1:
                self.builder.add_synthetic(character, min(self.cursor, self.end - 1))
            else:
                self.builder.add(character, position)
                self.cursor = position + 1

    def skip(self, fragment: str) -> None:
        position = self._find(fragment)
        if position != -1:
            self.cursor = position + len(fragment)

    def add_code_span(self, content: str) -> None:
        """A code span's text: CommonMark turns its line endings into spaces, so a space may be one."""
        if "\n" in self.source[self.cursor : self.end] and " " in content:
            pattern = r"\s+".join(re.escape(part) for part in content.split(" "))
            found = re.compile(pattern).search(self.source, self.cursor, min(self.end, self.cursor + len(content) * 2 + _SEARCH_WINDOW))
            if found:
                for part in re.finditer(r"\S+|\s+", found.group()):
                    start = found.start() + part.start()
                    if part.group().isspace():
                        self.builder.add_synthetic(" ", start)
                    else:
                        self.builder.add(part.group(), start)
                self.cursor = found.end()
                return
        self.add_text(content)

    def line_break(self) -> None:
        position = self.source.find("\n", self.cursor, self.end + 1)
        if position == -1:
            position = self.cursor
        if 0 < position <= len(self.source) and self.source[position - 1] == "\r":
            position -= 1
        if self.builder.length and not self.builder.ends_with_space():
            self.builder.add_synthetic(" ", position)
        self.cursor = position + 1

    def skip_link_destination(self) -> None:
        """After a link's text: step over ``](url "title")`` or ``][ref]``."""
        source, cursor = self.source, self.cursor
        if cursor >= self.end or source[cursor] != "]":
            return
        cursor += 1
        if cursor < self.end and source[cursor] in "([":
            opening = source[cursor]
            closing = ")" if opening == "(" else "]"
            depth = 0
            while cursor < self.end:
                character = source[cursor]
                if character == opening:
                    depth += 1
                elif character == closing:
                    depth -= 1
                    if depth == 0:
                        cursor += 1
                        break
                cursor += 1
        self.cursor = cursor

    def run(self, children: list[Token]) -> None:
        in_autolink = False
        for token in children:
            kind = token.type
            if kind == "image":  # alt text and address are not article prose
                self.skip(str(token.attrGet("src") or ""))
                self.skip(")")
            elif kind == "text":
                if not in_autolink:
                    self.add_text(token.content)
            elif kind == "code_inline":
                self.add_code_span(token.content)
            elif kind in ("softbreak", "hardbreak"):
                self.line_break()
            elif kind == "html_inline":
                position = self._find(token.content)
                if position != -1:
                    self.directives.extend(parse_comments(token.content, position))
                    self.cursor = position + len(token.content)
            elif kind == "link_open":
                in_autolink = token.markup == "autolink"
                self.links.append(str(token.attrGet("href") or ""))
            elif kind == "link_close":
                if in_autolink:
                    self.skip(">")
                    in_autolink = False
                else:
                    self.skip_link_destination()


def read_markdown(source: str, path: str | None = None) -> Document:
    tokens = _parser().parse(source)
    if any(token.level >= MAX_NESTING - 1 for token in tokens):
        from lint_news.sources import InputError

        raise InputError(f"Markdown nested over {MAX_NESTING // 2} lists or block quotes deep: the text past that depth cannot be read")
    lines = LineIndex(source)
    line_start = lines.start_of

    blocks: list[Block] = []
    directives: list[Directive] = []
    containers: list[str] = []  # open list items / block quotes, innermost last
    list_depth = 0
    pending: tuple[BlockKind, int] | None = None
    front_matter_title: Block | None = None

    for token in tokens:
        kind = token.type
        if kind == "front_matter":
            front_matter_title = _front_matter_title(source, token, line_start)
        elif kind in ("bullet_list_open", "ordered_list_open"):
            list_depth += 1
        elif kind in ("bullet_list_close", "ordered_list_close"):
            list_depth -= 1
        elif kind in ("list_item_open", "blockquote_open"):
            containers.append(kind)
        elif kind in ("list_item_close", "blockquote_close"):
            containers.pop()
        elif kind == "heading_open":
            pending = (BlockKind.HEADING, int(token.tag[1:]))
        elif kind == "paragraph_open":
            if containers and containers[-1] == "list_item_open":
                pending = (BlockKind.LIST_ITEM, list_depth - 1)
            elif containers:
                pending = (BlockKind.BLOCKQUOTE, 0)
            else:
                pending = (BlockKind.PARAGRAPH, 0)
        elif kind == "inline" and pending is not None and token.map:
            first_line, last_line = token.map
            mapper = _InlineMapper(source, line_start(first_line), line_start(last_line), directives)
            mapper.run(token.children or [])
            text, offsets = mapper.builder.build()
            if text.strip():
                kind_, level = pending
                if kind_ is BlockKind.PARAGRAPH and _bold_only(token.children or []) and looks_like_heading(text):
                    kind_, level = BlockKind.HEADING, 6  # "**Key Takeaways**" on its own line is a subhead
                block = Block(kind_, text, offsets, level=level, source_lines=last_line - first_line, links=tuple(mapper.links))
                blocks.append(_trimmed(block))
            pending = None
        elif kind == "html_block" and token.map:
            start = line_start(token.map[0])
            directives.extend(parse_comments(source[start : line_start(token.map[1])], start))

    if front_matter_title is not None:
        blocks.insert(0, front_matter_title)
    assign_headline_and_dek(blocks)
    document = Document(source=source, format="markdown", blocks=blocks, directives=directives, path=path)
    document.__dict__["lines"] = lines  # already built; spare the cached property the work
    return document


def _bold_only(children: list[Token]) -> bool:
    """Whether an inline run is wholly strong or emphasised text (a pseudo-heading)."""
    depth, inside, outside = 0, False, False
    for child in children:
        if child.type in ("strong_open", "em_open"):
            depth += 1
        elif child.type in ("strong_close", "em_close"):
            depth -= 1
        elif child.content.strip():
            inside = inside or depth > 0
            outside = outside or depth == 0
    return inside and not outside


def _front_matter_title(source: str, token: Token, line_start: Callable[[int], int]) -> Block | None:
    """The ``title:`` of YAML front matter as a headline block, positioned in the source."""
    if not token.map:
        return None
    start, end = line_start(token.map[0]), line_start(token.map[1])
    match = _FRONT_MATTER_TITLE.search(source, start, end)
    if not match or not match.group("title").strip():
        return None
    builder = TextBuilder()
    builder.add(match.group("title"), match.start("title"))
    text, offsets = builder.build()
    return Block(BlockKind.HEADLINE, text, offsets, level=1)


def _trimmed(block: Block) -> Block:
    """Drop leading and trailing whitespace left by markup at a block's edges."""
    text = block.text
    start = len(text) - len(text.lstrip())
    end = len(text.rstrip())
    if start == 0 and end == len(text):
        return block
    block.text = text[start:end]
    block.offsets = block.offsets[start:end]
    return block
