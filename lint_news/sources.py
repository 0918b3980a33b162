"""Reading input: bytes to text with clear refusals, and paths to the files to lint.

Every refusal is an :class:`InputError` with a one-line message; the CLI turns
it into ``error`` for that file and exit code 2, and goes on with the others.
"""

from __future__ import annotations

import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path

from lint_news.readers import FORMATS_BY_SUFFIX

#: Files larger than this are refused: no article is this long, and a linter in
#: a pre-commit hook must not stall on a data dump someone named ``.txt``.
MAX_FILE_BYTES = 5 * 1024 * 1024
_SKIPPED_FOLDERS = frozenset({".git", ".hg", ".svn", ".venv", "venv", "node_modules", "__pycache__", ".tox", ".mypy_cache", ".pytest_cache"})


class InputError(Exception):
    """Input that cannot be linted; the message is one line for the user."""


def decode(data: bytes, limit: int = MAX_FILE_BYTES) -> str:
    """UTF-8 bytes to text without a byte-order mark; raises :class:`InputError`.

    ``limit`` is the largest size accepted, in bytes (``check --max-file-size``)."""
    if len(data) > limit:
        raise InputError(_too_large(len(data), limit))
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        raise InputError("UTF-16 text is not supported; save the file as UTF-8")
    if b"\x00" in data[:8192]:
        raise InputError("binary file (contains NUL bytes), not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise InputError(f"not valid UTF-8 (byte 0x{data[error.start]:02x} on line {line}); save the file as UTF-8") from None
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip():
        raise InputError("empty file: nothing to lint")
    return text


def _read_bytes(path: Path, limit: int) -> bytes:
    """The file's bytes, reading no more than the size limit allows.

    A regular file over the limit is refused by its size, unread. Anything else named on
    the command line is read up to one byte past the limit: ``/dev/zero`` must not fill
    the memory. A FIFO is opened without waiting for a writer (with none, it reads as
    empty), so a named pipe never stalls the run; one with a writer is read as usual.
    """
    nonblocking = getattr(os, "O_NONBLOCK", 0)
    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0) | nonblocking)
    with open(descriptor, "rb") as file:
        status = os.fstat(descriptor)
        if stat.S_ISREG(status.st_mode) and status.st_size > limit:
            raise InputError(_too_large(status.st_size, limit))
        if nonblocking:
            os.set_blocking(descriptor, True)
        data = file.read(limit + 1)
    if len(data) > limit and not stat.S_ISREG(status.st_mode):
        raise InputError(f"file too large (over {size_text(limit)}; the limit is {size_text(limit)})")
    return data


def _too_large(size: int, limit: int) -> str:
    return f"file too large ({size / 1048576:.1f} MiB; the limit is {size_text(limit)})"


def size_text(size: int) -> str:
    """A size as a person writes it: ``5 MiB``, ``512 KiB``, ``300 bytes``."""
    for unit, scale in (("MiB", 1 << 20), ("KiB", 1 << 10)):
        if size >= scale:
            value = size / scale
            return f"{value:g} {unit}" if value == int(value) else f"{value:.1f} {unit}"
    return f"{size} bytes"


def parse_size(text: str) -> int:
    """``5MiB``, ``5M``, ``512k``, ``100000``: a size in bytes; raises ValueError."""
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*(?:(k|m|g)(?:i?b)?|b(?:ytes?)?)?\s*", text, re.IGNORECASE)
    if not match or float(match.group(1)) <= 0:
        raise ValueError(f"'{text}' is not a size (write 5MiB, 512KiB or a number of bytes)")
    scale = {"k": 1 << 10, "m": 1 << 20, "g": 1 << 30}.get((match.group(2) or "").lower(), 1)
    return int(float(match.group(1)) * scale)


def read_text(path: Path, limit: int = MAX_FILE_BYTES) -> str:
    return decode(read_bytes(path, limit), limit)


def read_bytes(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """The file's bytes, refused with an :class:`InputError` as :func:`read_text` refuses them."""
    try:
        if path.is_dir():
            raise InputError("is a directory")
        return _read_bytes(path, limit)
    except FileNotFoundError:
        raise InputError("no such file") from None
    except PermissionError:
        raise InputError("permission denied") from None
    except IsADirectoryError:
        raise InputError("is a directory") from None
    except OSError as error:
        raise InputError(f"cannot read: {error.strerror or error}") from None


@dataclass(frozen=True)
class Target:
    """One thing to lint: a file path, or standard input (``path`` None) shown as ``name``."""

    name: str
    path: Path | None
    explicit: bool  # named on the command line rather than found in a folder


def is_lintable(path: Path) -> bool:
    return path.suffix.lower() in FORMATS_BY_SUFFIX


def walk(folder: Path) -> list[Path]:
    """Lintable files under ``folder``, sorted, skipping hidden and tool folders."""
    found = []
    for root, folders, files in os.walk(folder):
        folders[:] = sorted(name for name in folders if name not in _SKIPPED_FOLDERS and not name.startswith("."))
        for name in sorted(files):
            path = Path(root, name)
            # regular files only: a FIFO or socket named story.txt would block the walk
            if is_lintable(path) and not name.startswith(".") and path.is_file():
                found.append(path)
    return found
