"""Readers turn source text into a :class:`~lint_news.document.Document`, one per format."""

from __future__ import annotations

from pathlib import PurePath

from lint_news.document import Document

#: File suffixes lint-news reads when walking a directory, and the format of each.
FORMATS_BY_SUFFIX = {
    ".txt": "plain",
    ".text": "plain",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
}
FORMATS = ("plain", "markdown", "html")


def format_for(path: str | None) -> str:
    """The format of a file by its suffix; anything unknown is read as plain text."""
    if not path:
        return "plain"
    return FORMATS_BY_SUFFIX.get(PurePath(path).suffix.lower(), "plain")


def read_document(source: str, path: str | None = None, format: str | None = None) -> Document:
    """Parse ``source`` (already decoded, without a byte-order mark) into a Document."""
    format = format or format_for(path)
    if format == "markdown":
        from lint_news.readers.markdown import read_markdown

        return read_markdown(source, path)
    if format == "html":
        from lint_news.readers.html import read_html

        return read_html(source, path)
    from lint_news.readers.plain import read_plain

    return read_plain(source, path)
