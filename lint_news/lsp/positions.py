"""Converting lint-news positions to Language Server Protocol positions and back.

lint-news reports 1-based lines and 1-based code-point columns (end exclusive),
with a line's ``\\r`` never counted. LSP wants 0-based lines and columns counted
in the *position encoding* agreed at initialization: UTF-16 code units unless
the client offered something else (``general.positionEncodings``), in which
case the server may pick ``utf-8`` (bytes) or ``utf-32`` (code points). A
character outside the Basic Multilingual Plane, such as most emoji, is one
code point, two UTF-16 units and four UTF-8 bytes.

This module does not import pygls: it works on plain strings and tuples so the
conversions can be tested on their own.
"""

from __future__ import annotations

UTF8 = "utf-8"
UTF16 = "utf-16"
UTF32 = "utf-32"


def split_lines(text: str) -> list[str]:
    """The lines of ``text`` without their endings, split on ``\\n`` as lint-news splits them.

    A trailing ``\\r`` (CRLF files) is dropped, so columns never count it. LSP
    also treats a lone ``\\r`` as a line break and lint-news does not; such files
    are rare, and splitting like lint-news keeps line numbers in step with the
    findings.
    """
    return [line.removesuffix("\r") for line in text.split("\n")]


def units(text: str, encoding: str = UTF16) -> int:
    """How many code units of ``encoding`` ``text`` takes."""
    if encoding == UTF32:
        return len(text)
    if encoding == UTF8:
        return len(text.encode("utf-8", "surrogatepass"))
    # UTF-16: one unit per code point, two for code points above U+FFFF
    return len(text) + sum(1 for char in text if ord(char) > 0xFFFF)


def to_lsp(lines: list[str], line: int, column: int, encoding: str = UTF16) -> tuple[int, int]:
    """The 0-based LSP ``(line, character)`` of a 1-based lint-news ``(line, column)``.

    Positions past the end of a line are clamped to its end; positions past the
    last line are clamped to the end of the text.
    """
    index = line - 1
    if index < 0:
        return 0, 0
    if index >= len(lines):
        last = len(lines) - 1
        return last, units(lines[last], encoding) if last >= 0 else 0
    text = lines[index]
    return index, units(text[: max(column - 1, 0)], encoding)

