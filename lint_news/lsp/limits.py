"""What the language server refuses to lint, and how many diagnostics it publishes.

The command line refuses some input before linting it (:func:`lint_news.sources.decode`):
a file over the size limit, binary content, text that is not UTF-8. An editor sends
the server *text*, already decoded, so the same tests run here on that text:

* the size limit is measured on the text's UTF-8 length, as the file would be saved;
* binary content is the CLI's test (a NUL in the first 8 KiB of the UTF-8 form), plus
  text that is mostly control characters, as a binary file decoded as Latin-1 is;
* text that was not UTF-8 shows up as lone surrogates (a client that escapes the
  bytes it could not decode, ``\\udce9`` for the byte 0xE9) or as U+FFFD replacement
  characters (a client that decoded the file lossily; then the file on disk tells).

Each refusal is one line, the CLI's wording where the CLI has one.

No pygls here: plain strings, testable on their own.
"""

from __future__ import annotations

import re
from pathlib import Path

from lint_news.sources import MAX_FILE_BYTES, InputError, decode

#: At most this many findings are published for one document; a note says how many more
#: there were. A long legitimate file must not flood the editor.
MAX_DIAGNOSTICS = 1000

#: How much of the text the binary tests look at (the CLI looks at the first 8 KiB).
SAMPLE = 8192
#: Text in which more than this share of the sample is control characters is binary.
CONTROL_SHARE = 0.10

_SURROGATE = re.compile("[\ud800-\udfff]")
# C0 controls but tab, line feed, vertical tab, form feed and carriage return; DEL; C1 controls
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")


def utf8_size(text: str) -> int:
    """The length of ``text`` in UTF-8 bytes (a lone surrogate counts its three bytes)."""
    return len(text.encode("utf-8", "surrogatepass"))


def _not_utf8(text: str, at: int) -> str:
    char = text[at]
    line = text.count("\n", 0, at) + 1
    if "\udc80" <= char <= "\udcff":  # an undecodable byte, escaped the way Python's surrogateescape does
        return f"not valid UTF-8 (byte 0x{ord(char) - 0xDC00:02x} on line {line}); save the file as UTF-8"
    return f"not valid UTF-8 (a lone surrogate U+{ord(char):04X} on line {line}); save the file as UTF-8"


def _mostly_control(text: str) -> bool:
    sample = text[:SAMPLE]
    return bool(sample) and len(_CONTROL.findall(sample)) > CONTROL_SHARE * len(sample)


def _on_disk(path: Path) -> str | None:
    """The CLI's refusal of the file at ``path`` when it is not UTF-8 text, else None."""
    try:
        if not path.is_file() or path.stat().st_size > MAX_FILE_BYTES:
            return None
        data = path.read_bytes()
    except OSError:
        return None
    try:
        data.decode("utf-8")
        return None  # the file is UTF-8: its replacement characters are really there
    except UnicodeDecodeError:
        pass
    try:
        decode(data)
    except InputError as error:
        return str(error)
    return None


def refusal(text: str, path: Path | None = None) -> str | None:
    """Why ``text`` is not linted, in one line (the CLI's words), or None to lint it.

    ``path`` is the document's file, if it has one: when the text holds U+FFFD
    replacement characters, the file decides whether the editor decoded it lossily.
    A blank document is linted (the CLI refuses an empty file; an editor opens one).
    """
    data = text.encode("utf-8", "surrogatepass")
    if len(data) <= MAX_FILE_BYTES:
        surrogate = _SURROGATE.search(text)
        if surrogate is not None:
            return _not_utf8(text, surrogate.start())
        if not text.strip():
            return None
    try:
        decode(data)  # the CLI's tests: size first, then NUL bytes
    except InputError as error:
        return str(error)
    if _mostly_control(text):
        return "binary file (mostly control characters), not text"
    if "\ufffd" in text and path is not None:
        return _on_disk(path)
    return None


def refusal_message(reason: str) -> str:
    """The diagnostic's message for a document that was not linted."""
    return f"lint-news: not linted: {reason}"


def more_message(hidden: int) -> str:
    """The note after the first :data:`MAX_DIAGNOSTICS` findings."""
    return f"lint-news: {hidden:,} more finding{'s' if hidden != 1 else ''} not shown (at most {MAX_DIAGNOSTICS:,} are shown per document)"
