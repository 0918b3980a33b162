"""HTML reader: article blocks from an HTML page with the standard library's parser.

``html.parser`` is light to import and reports where each piece of text starts,
which is what the offset map needs. Block elements (headings, paragraphs, list
items, block quotes, and generic containers such as ``div``) close the block
being read; scripts, styles, preformatted code and page chrome (``nav``,
``footer``, ``aside``, forms) are skipped. Runs of white space collapse to one
space that points at the first of them. Directives are HTML comments.

The headline is the page's first ``<h1>``: what comes before it (the site
name, a cookie notice, a breadcrumb) is page furniture, not the story, so it
is not read. When that ``<h1>`` sits inside an ``<article>``, only the
article's blocks are read. A page with no ``<h1>`` falls back to the first
short block, as plain text does.
"""

from __future__ import annotations

import html
from html.parser import HTMLParser

from lint_news.directives import parse_comments
from lint_news.blocks import Block, BlockKind, Directive, LineIndex, TextBuilder
from lint_news.document import Document
from lint_news.readers.structure import assign_headline_and_dek

_SKIPPED = frozenset({"script", "style", "pre", "noscript", "template", "svg", "nav", "footer", "aside", "form", "button", "select", "textarea", "head"})
_HEADINGS = {f"h{level}": level for level in range(1, 7)}
_BOUNDARIES = frozenset(
    {"p", "li", "blockquote", "div", "article", "section", "main", "header", "td", "th", "dd", "dt", "figcaption", "br", "hr", "table", "tr", "ul", "ol", "body", "html", "title"}
    | set(_HEADINGS)
)
_VOID = frozenset({"br", "hr", "img", "input", "meta", "link", "area", "base", "col", "embed", "source", "track", "wbr"})


class _ArticleParser(HTMLParser):
    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=False)
        self.source = source
        self.lines = LineIndex(source)
        self.blocks: list[Block] = []
        self.directives: list[Directive] = []
        self.open_tags: list[str] = []
        self.skip_depth = 0
        self.builder = TextBuilder()
        self.pending_space: int | None = None
        self.links: list[str] = []
        self.in_article: list[bool] = []  # per block: inside an <article> element

    # positions -----------------------------------------------------------
    def _offset(self) -> int:
        line, column = self.getpos()
        return self.lines.start_of(line - 1) + column

    # blocks --------------------------------------------------------------
    def _kind(self) -> tuple[BlockKind, int]:
        for tag in reversed(self.open_tags):
            if tag in _HEADINGS:
                return BlockKind.HEADING, _HEADINGS[tag]
            if tag == "li":
                return BlockKind.LIST_ITEM, max(0, sum(t in ("ul", "ol") for t in self.open_tags) - 1)
            if tag == "blockquote":
                return BlockKind.BLOCKQUOTE, 0
        return BlockKind.PARAGRAPH, 0

    def _flush(self) -> None:
        text, offsets = self.builder.build()
        if text.strip():
            start = len(text) - len(text.lstrip())
            end = len(text.rstrip())
            kind, level = self._kind()
            lines = self.lines.line_of(offsets[end - 1]) - self.lines.line_of(offsets[start]) + 1
            self.blocks.append(Block(kind, text[start:end], offsets[start:end], level=level, source_lines=lines, links=tuple(self.links)))
            self.in_article.append("article" in self.open_tags)
        self.builder = TextBuilder()
        self.pending_space = None
        self.links = []

    # parser callbacks ------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in _SKIPPED:
            self.skip_depth += tag not in _VOID
        if self.skip_depth:
            return
        if tag in _BOUNDARIES:
            self._flush()
        if tag == "a":
            self.links.append(dict(attrs).get("href") or "")
        if tag not in _VOID:
            self.open_tags.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self.skip_depth = max(0, self.skip_depth - 1)
            return
        if self.skip_depth:
            return
        if tag in _BOUNDARIES:
            self._flush()
        if tag in self.open_tags:
            while self.open_tags and self.open_tags.pop() != tag:
                pass

    def handle_data(self, data: str) -> None:
        if self.skip_depth or not data:
            return
        offset = self._offset()
        run_start: int | None = None
        for index, character in enumerate(data):
            if character.isspace():
                if run_start is None:
                    run_start = index
                continue
            if run_start is not None:
                self._space(offset + run_start)
                run_start = None
            self._character(character, offset + index, verbatim=True)
        if run_start is not None:
            self._space(offset + run_start)

    def _space(self, offset: int) -> None:
        if self.builder.length and self.pending_space is None:
            self.pending_space = offset

    def _character(self, text: str, offset: int, verbatim: bool) -> None:
        if self.pending_space is not None:
            self.builder.add_synthetic(" ", self.pending_space)
            self.pending_space = None
        if verbatim:
            self.builder.add(text, offset)
        else:  # an entity: the whole reference stands behind the character it decodes to
            self.builder.add_synthetic(text, offset)

    def handle_entityref(self, name: str) -> None:
        if not self.skip_depth:
            self._reference(f"&{name};")

    def handle_charref(self, name: str) -> None:
        if not self.skip_depth:
            self._reference(f"&#{name};")

    def _reference(self, reference: str) -> None:
        text = html.unescape(reference)
        offset = self._offset()
        if text.isspace():
            self._space(offset)
        else:
            self._character(text, offset, verbatim=False)

    def handle_comment(self, data: str) -> None:
        self.directives.extend(parse_comments(f"<!--{data}-->", self._offset()))


def _story_blocks(parser: _ArticleParser) -> list[Block]:
    """The blocks from the first ``<h1>`` on (only those of its ``<article>`` when it has one)."""
    blocks = parser.blocks
    first = next((i for i, block in enumerate(blocks) if block.kind is BlockKind.HEADING and block.level == 1), None)
    if first is None:
        return blocks
    if parser.in_article[first]:
        return [block for block, inside in zip(blocks[first:], parser.in_article[first:]) if inside]
    return blocks[first:]


def read_html(source: str, path: str | None = None) -> Document:
    parser = _ArticleParser(source)
    parser.feed(source)
    parser.close()
    parser._flush()
    blocks = _story_blocks(parser)
    assign_headline_and_dek(blocks)
    document = Document(source=source, format="html", blocks=blocks, directives=parser.directives, path=path)
    document.__dict__["lines"] = parser.lines
    return document
