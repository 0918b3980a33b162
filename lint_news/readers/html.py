"""HTML reader: the article of an HTML page, with every character's place in the file.

``html.parser`` is light to import and reports where each piece of text starts,
which is what the offset map needs. Block elements (headings, paragraphs, list
items, block quotes, and generic containers such as ``div``) close the block
being read; scripts, styles, preformatted code, page chrome (``nav``,
``footer``, ``aside``) and hidden elements (``hidden``, ``aria-hidden="true"``,
``display: none``, ``visibility: hidden``) are never read. Runs of white space
collapse to one space that points at the first of them. An entity stands for
its whole reference: a finding on "&amp;" points at the ``&``. Directives are
HTML comments.

The story can only be what follows the headline's ``<h1>`` (only its
``<article>``, when it has one); which of those blocks are the article is
trafilatura's call (:mod:`.extract`), and when it keeps none of them, all are
read. A page with no article text at all is an input error, not a clean pass.

The headline is the ``<h1>`` (or, failing that, another short block) that
matches the page's ``og:title`` or ``<title>``; else ``og:title`` (pointing at
that text in the page's head), else the first ``<h1>``, else ``<title>``
without the site name.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

from lint_news.directives import parse_comments
from lint_news.blocks import Block, BlockKind, Directive, LineIndex, TextBuilder
from lint_news.document import Document
from lint_news.readers.structure import MAX_BYLINE_WORDS, MAX_DEK_WORDS, MAX_HEADLINE_WORDS, assign_headline_and_dek, comparable
from lint_news.sources import InputError

_SKIPPED = frozenset({"script", "style", "pre", "noscript", "template", "svg", "nav", "footer", "aside", "button", "select", "textarea", "head", "dialog"})
_HIDDEN_STYLE = re.compile(r"(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b", re.IGNORECASE)
#: ``<meta>`` names and properties that hold the page's title, in order of preference.
_TITLE_META = ("og:title", "twitter:title")
_LETTER = re.compile(r"[^\W\d_]")
#: What separates a page title from the site's name: "Storm closes port | The Courier".
_SITE_SEPARATOR = re.compile(r"\s+[|–—·•:-]\s+")
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
        self.hidden: tuple[str, int] | None = None  # the hidden element being passed over, and its nesting
        self.meta_titles: dict[str, tuple[str, int]] = {}  # og:title and the like: text and its offset
        self.title: list[tuple[str, int]] = []  # the <title> element's text, in pieces with offsets
        self.in_title = False
        self.in_head = False

    def parse_html_declaration(self, i: int) -> int:
        """As the base class, but a malformed marked section ("<![A:", "<![0") is passed over as a
        bogus comment up to the next ">", as HTML5 reads it (and Python 3.13's parser does): the
        parser of 3.11 and 3.12 raises AssertionError there, which would stop the whole file."""
        try:
            return super().parse_html_declaration(i)
        except AssertionError:
            end = self.rawdata.find(">", i + 3)
            return -1 if end == -1 else end + 1

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

    def close(self) -> None:
        if self.rawdata.startswith("<!--"):  # an unterminated comment runs to the end, as in a browser
            self.rawdata = ""
        super().close()

    # parser callbacks ------------------------------------------------------
    def _hidden(self, tag: str, attributes: dict) -> bool:
        """Whether this start tag opens or nests in a hidden element (and count its nesting)."""
        if self.hidden is not None:
            name, depth = self.hidden
            if tag == name and tag not in _VOID:
                self.hidden = (name, depth + 1)
            return True
        if tag in _VOID:
            return False
        if "hidden" in attributes or (attributes.get("aria-hidden") or "").strip().lower() == "true" or _HIDDEN_STYLE.search(attributes.get("style") or ""):
            self.hidden = (tag, 1)
            return True
        return False

    def _meta(self, attributes: dict) -> None:
        key = (attributes.get("property") or attributes.get("name") or "").strip().lower()
        content = attributes.get("content")
        if key in _TITLE_META and content and key not in self.meta_titles:
            raw = self.get_starttag_text() or ""
            at = raw.find(content)  # the value as written; an entity-encoded one points at the tag
            self.meta_titles[key] = (content, self._offset() + (at if at >= 0 else 0))

    def handle_starttag(self, tag: str, attrs: list) -> None:
        attributes = dict(attrs)
        if self._hidden(tag, attributes):
            return
        if tag == "meta":
            self._meta(attributes)
        elif tag == "title" and not self.title:
            self.in_title = True
        if tag == "body" and self.in_head:  # an unclosed <head> ends where the body starts
            self.handle_endtag("head")
        if tag == "head":
            self.in_head = True
        if tag in _SKIPPED:
            self.skip_depth += tag not in _VOID
        if self.skip_depth:
            return
        if tag in _BOUNDARIES:
            self._flush()
        if tag == "a":
            self.links.append(attributes.get("href") or "")
        if tag not in _VOID:
            self.open_tags.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if self.hidden is not None:
            name, depth = self.hidden
            if tag == name:
                self.hidden = (name, depth - 1) if depth > 1 else None
            return
        if tag == "title":
            self.in_title = False
        if tag == "head":
            if not self.in_head:
                return
            self.in_head = False
        if tag in _SKIPPED:
            self.skip_depth = max(0, self.skip_depth - 1)
            return
        if self.skip_depth:
            return
        if tag in _BOUNDARIES:
            self._flush()
        if tag in _HEADINGS and tag not in self.open_tags:  # "<h1>...</h2>": any heading end closes the open heading
            tag = next((open_tag for open_tag in reversed(self.open_tags) if open_tag in _HEADINGS), tag)
        if tag in self.open_tags:
            while self.open_tags and self.open_tags.pop() != tag:
                pass

    def handle_data(self, data: str) -> None:
        if self.in_title and self.hidden is None:
            self.title.append((data, self._offset()))
        if self.skip_depth or self.hidden is not None or not data:
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
        if not self.skip_depth and self.hidden is None:
            self._reference(f"&{name};")

    def handle_charref(self, name: str) -> None:
        if not self.skip_depth and self.hidden is None:
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


#: An ``<article>`` with fewer words than this besides the headline is a header (the headline and
#: a dek or byline), not the story.
MIN_ARTICLE_WORDS = 25


def _story_blocks(parser: _ArticleParser, headline: Block | None) -> list[Block]:
    """The blocks that can be the story: from the ``<h1>`` headline on, and only those of its
    ``<article>`` when it has one (unless that holds little more than the headline: some pages
    wrap the headline alone in an ``<article>``); every block when the headline is not an
    ``<h1>``."""
    blocks = parser.blocks
    if headline is None or headline not in blocks:
        return blocks
    first = blocks.index(headline)
    if parser.in_article[first]:
        inside = [block for block, within in zip(blocks[first:], parser.in_article[first:]) if within]
        if sum(block.word_count for block in inside[1:]) >= MIN_ARTICLE_WORDS:
            return inside
    return blocks[first:]


def _title_block(source: str, text: str, offset: int) -> Block:
    """A headline block for a title read from the page's head (``og:title`` or ``<title>``):
    mapped character by character where the file holds it verbatim, else to its start."""
    builder = TextBuilder()
    collapsed = " ".join(html.unescape(text).split())
    if source[offset : offset + len(collapsed)] == collapsed:
        builder.add(collapsed, offset)
    else:
        builder.add_synthetic(collapsed, offset)
    built, offsets = builder.build()
    return Block(BlockKind.HEADING, built, offsets, level=1)


def _page_title(parser: _ArticleParser) -> tuple[str, int] | None:
    """The ``<title>`` without the site's name: the longest part between separators."""
    if not parser.title:
        return None
    raw = "".join(piece for piece, _ in parser.title)
    parts = [part for part in _SITE_SEPARATOR.split(raw.strip()) if part.strip()]
    if not parts:
        return None
    best = max(parts, key=len).strip()
    return best, parser.title[0][1] + max(raw.find(best), 0)


def _similar(first: str, second: str) -> bool:
    words, other = set(comparable(first).split()), set(comparable(second).split())
    return bool(words and other) and len(words & other) / len(words | other) >= 0.6


def _headline(parser: _ArticleParser, source: str) -> Block | None:
    """The page's headline: the ``<h1>`` that matches the page's titles (``og:title``,
    ``<title>``), else another short block that does (a logo can be the ``<h1>`` and the headline
    a ``<div class="headline">``), else ``og:title``, else the first ``<h1>``, else ``<title>``
    without the site name."""
    titles = [text for text, _ in parser.meta_titles.values()]
    page_title = _page_title(parser)
    if page_title:
        titles.append(page_title[0])
    h1s = [block for block in parser.blocks if block.kind is BlockKind.HEADING and block.level == 1]
    for block in h1s:
        if any(_similar(block.text, title) for title in titles):
            return block
    for block in parser.blocks:
        if block.word_count <= MAX_HEADLINE_WORDS and any(_similar(block.text, title) for title in titles):
            return block
    for key in _TITLE_META:
        if key in parser.meta_titles:
            text, offset = parser.meta_titles[key]
            return _title_block(source, text, offset)
    if h1s:  # a <title> that matches no block may be the site's name alone
        return h1s[0]
    return _title_block(source, page_title[0], page_title[1]) if page_title else None


#: The article's header (dek, byline, dateline) that extractors file as metadata: at most this
#: many short blocks between the headline and the extracted text's first paragraph.
MAX_HEADER_BLOCKS = 3


def _with_header(blocks: list[Block], body: list[Block], headline: Block | None) -> list[Block]:
    """``body`` with the short blocks between the ``<h1>`` headline and the body's first paragraph
    put back: a byline's "[DATE]" is the article's defect, whatever the extractor keeps."""
    if headline is None or headline not in blocks:
        return body
    kept = {id(block) for block in body}
    start = blocks.index(headline) + 1
    title = comparable(headline.text)
    kept_after = [i for i in range(start, len(blocks)) if id(blocks[i]) in kept and comparable(blocks[i].text) != title]
    if not kept_after:
        return body
    # the header ends at the first paragraph longer than a byline (a kept dek is inside it)
    first = next((i for i in kept_after if blocks[i].word_count > MAX_BYLINE_WORDS), kept_after[0])
    missing = [block for block in blocks[start:first] if id(block) not in kept]
    if not missing or len(missing) > MAX_HEADER_BLOCKS or any(block.word_count > MAX_DEK_WORDS for block in missing):
        return body
    restored = kept | {id(block) for block in missing}
    return [block for block in blocks if id(block) in restored]


def read_html(source: str, path: str | None = None) -> Document:
    from lint_news.readers.extract import article_blocks, main_text

    parser = _ArticleParser(source)
    parser.feed(source)
    parser.close()
    parser._flush()
    headline = _headline(parser, source)
    candidates = _story_blocks(parser, headline)
    extracted = main_text(source) if candidates else None
    body = [block for block in article_blocks(candidates, extracted) if block is not headline] if extracted else []
    if extracted and not body and candidates is not parser.blocks:  # the story stands before its headline
        candidates = parser.blocks
        body = [block for block in article_blocks(candidates, extracted) if block is not headline]
    body = _with_header(candidates, body, headline) if body else candidates
    if not any(block is not headline and _LETTER.search(block.text) for block in body):
        raise InputError("no article text found in this page (lint-news read shows what was read)")
    blocks = [block for block in body if block is not headline]
    if headline is not None:
        blocks.insert(0, headline)
    assign_headline_and_dek(blocks)
    document = Document(source=source, format="html", blocks=blocks, directives=parser.directives, path=path)
    document.__dict__["lines"] = parser.lines
    return document
