"""``lint-news read``: what lint-news reads in a file, for a person chasing a false alarm and for tests.

The rules see blocks, not the file: a headline, a dek, paragraphs, headings,
list items and block quotes, each with text that has lost its markup. On a
saved web page most of the file is not the article at all. This view shows
exactly what the rules and the substance score were given, and where each
block starts in the file (1-based line and column, code points).
"""

from __future__ import annotations

from typing import Any

from lint_news.document import Document


def document_view(document: Document, path: str) -> dict[str, Any]:
    """The JSON view: ``{"path", "format", "headline", "dek", "blocks": [{"kind", "text", "line", "column"}]}``."""
    lines = document.lines
    blocks = []
    dek = None
    for block in document.blocks:
        line, column = lines.position(block.start)
        blocks.append({"kind": block.kind.value, "text": block.text, "line": line, "column": column})
        if dek is None and block.kind.value == "dek":
            dek = block.text
    headline = document.headline
    return {"path": path, "format": document.format, "headline": headline.text if headline else None, "dek": dek, "blocks": blocks}


def view_lines(view: dict[str, Any]) -> list[str]:
    """The text view: the file and its format, the headline and dek, then one line per block."""
    out = [f"{view['path']} ({view['format']}): {len(view['blocks'])} block{'s' * (len(view['blocks']) != 1)}"]
    out.append(f"headline: {view['headline'] if view['headline'] is not None else '(none)'}")
    out.append(f"dek: {view['dek'] if view['dek'] is not None else '(none)'}")
    for block in view["blocks"]:
        out.append(f"{block['line']:>5}:{block['column']:<4} {block['kind']:<10} {block['text']}")
    return out
