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
(``--jobs``) never read half a file. They are not synced to the disk: an entry a
power cut spoils is only unreadable (marshal refuses it) and computed again,
and an fsync for each of the hundreds of compiled patterns a first run keeps
cost more than the run.

Each name keeps its ``keep`` most recently *used* entries: a hit through
:func:`cached` renews the entry's time, so the entries a project runs with
outlast those other checkouts and versions sharing the folder write meanwhile
(first in, first out would drop them however often they are read). A process
lists a name's entries once, on its first store of that name, and then counts
its own stores, rather than listing the folder (often a thousand files) on
every store.
"""

from __future__ import annotations

import json
import marshal
import os
import sys
import time
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


def load(name: str, parts: object, renew: bool = False) -> Any | None:
    """The value stored under ``name`` for inputs ``parts``, or None (not stored, unreadable, caching off).

    ``renew`` marks the entry used now, so that it is among the last to be removed."""
    path = _path(name, parts)
    if path is None:
        return None
    try:
        value = marshal.loads(path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):  # missing, truncated or foreign
        return None
    if renew:
        try:
            os.utime(path)
        except OSError:  # a read-only cache still serves its entries
            return value
        known = _entries.get((path.parent, name))
        if known is not None:  # this process stored entries of the name: keep its count in step
            known.pop(path.name, None)
            known[path.name] = time.time()
    return value


def store(name: str, parts: object, value: Any, keep: int = _KEEP) -> None:
    """Keep ``value`` (plain data) under ``name`` for inputs ``parts``; ``keep`` entries per name at most."""
    path = _path(name, parts)
    if path is not None:
        _store(path, value, keep)


def cached(name: str, parts: object, compute: Callable[[], Any]) -> Any:
    """The value ``compute()`` gives for inputs ``parts`` (plain data), from the cache when it is there."""
    value = load(name, parts, renew=True)
    if value is None:
        value = compute()
        store(name, parts, value)
    return value


#: Per process, per folder and name: the entries there (file name -> time last used), listed on
#: the first store of the name and then kept up to date by this process's own stores.
_entries: dict[tuple[Path, str], dict[str, float]] = {}


def _store(path: Path, value: Any, keep: int) -> None:
    from lint_news.atomic import write_atomically

    try:
        encoded = marshal.dumps(value)  # ValueError: not plain data (a TOML date)
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(path, encoded, durable=False)
        name = path.name.rsplit("-", 1)[0]
        entries = _listed(path.parent, name)
        entries.pop(path.name, None)
        entries[path.name] = path.stat().st_mtime
        if len(entries) > keep:
            for stale in sorted(entries, key=entries.__getitem__)[: len(entries) - keep]:
                del entries[stale]
                try:
                    (path.parent / stale).unlink()
                except FileNotFoundError:  # another run removed it first
                    pass
    except (OSError, TypeError, ValueError):
        pass  # a read-only home, a full disk, a race with another run: the value is simply not kept


def _listed(folder: Path, name: str) -> dict[str, float]:
    """The entries of ``name`` in ``folder`` (file name -> time last used), listed once per process."""
    key = (folder, name)
    if key not in _entries:
        prefix, length = f"{name}-", len(name) + 1 + 32 + len(".marshal")  # "pack-filler-…" must not count "pack-filler-templates-…"
        found: dict[str, float] = {}
        with os.scandir(folder) as listing:
            for entry in listing:
                if len(entry.name) == length and entry.name.startswith(prefix) and entry.name.endswith(".marshal"):
                    try:
                        found[entry.name] = entry.stat().st_mtime
                    except FileNotFoundError:
                        pass
        _entries[key] = found
    return _entries[key]
