"""A small on-disk cache for what every start-up would otherwise work out again.

A pre-commit hook starts lint-news for one or two files; reading a few hundred
pattern rules for their literals costs more than linting the files. What is
worth keeping is stored under a name and a key: the key is a hash of
everything the value depends on (the inputs, lint-news's version, Python's),
so a changed rule pack or an upgrade simply misses and is computed afresh.
Values are plain data (strings, numbers, lists, tuples, dicts) written with
:mod:`marshal`, which reads them back two to five times faster than JSON; the
key holds Python's version because marshal's format belongs to it.

Where: ``$LINT_NEWS_CACHE_DIR``, else ``$XDG_CACHE_HOME/lint-news``, else
``~/.cache/lint-news``. ``LINT_NEWS_NO_CACHE=1`` turns the cache off. The
cache is an optimisation only: a directory that cannot be written, or an entry
that cannot be read, means the value is computed, never an error. Entries are
written atomically (a temporary file renamed into place), so parallel runs
(``--jobs``) never read half a file.
"""

from __future__ import annotations

import json
import marshal
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

try:  # the module hashlib takes BLAKE2 from; importing hashlib itself loads OpenSSL, 2 ms of a 100 ms start
    from _blake2 import blake2b
except ImportError:  # pragma: no cover - an interpreter built without it
    from hashlib import blake2b

#: Entries kept per name; older ones (other rule packs, older versions) are removed.
_KEEP = 8


def directory() -> Path | None:
    """The cache directory, or None when caching is off."""
    if os.environ.get("LINT_NEWS_NO_CACHE", "") not in ("", "0"):
        return None
    explicit = os.environ.get("LINT_NEWS_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "lint-news"


def _path(name: str, parts: object) -> Path | None:
    folder = directory()
    if folder is None:
        return None
    from lint_news import __version__

    digest = blake2b(json.dumps([__version__, sys.version, parts], sort_keys=True).encode("utf-8"), digest_size=16).hexdigest()
    return folder / f"{name}-{digest}.marshal"


def load(name: str, parts: object) -> Any | None:
    """The value stored under ``name`` for inputs ``parts``, or None (not stored, unreadable, caching off)."""
    path = _path(name, parts)
    if path is None:
        return None
    try:
        return marshal.loads(path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):  # missing, truncated or foreign
        return None


def store(name: str, parts: object, value: Any, keep: int = _KEEP) -> None:
    """Keep ``value`` (plain data) under ``name`` for inputs ``parts``; ``keep`` entries per name at most."""
    path = _path(name, parts)
    if path is not None:
        _store(path, value, keep)


def cached(name: str, parts: object, compute: Callable[[], Any]) -> Any:
    """The value ``compute()`` gives for inputs ``parts`` (plain data), from the cache when it is there."""
    value = load(name, parts)
    if value is None:
        value = compute()
        store(name, parts, value)
    return value


def _store(path: Path, value: Any, keep: int) -> None:
    from lint_news.atomic import write_atomically

    try:
        encoded = marshal.dumps(value)  # ValueError: not plain data (a TOML date)
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(path, encoded)
        name = path.name.rsplit("-", 1)[0]
        digest = "?" * (len(path.stem) - len(name) - 1)  # "pack-filler-…" must not count "pack-filler-templates-…"
        entries = sorted(path.parent.glob(f"{name}-{digest}.marshal"), key=lambda entry: entry.stat().st_mtime, reverse=True)
        for stale in entries[keep:]:
            stale.unlink()
    except (OSError, TypeError, ValueError):
        pass  # a read-only home, a full disk, a race with another run: the value is simply not kept
