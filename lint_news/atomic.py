"""Writing a file whole or not at all: a temporary file in the same folder, then a rename.

Everything lint-news writes for a user (the scan summary, the audit report, fixed files) goes
through :func:`write_atomically`, so a reader never sees half a file and a failed or
interrupted write leaves the old file as it was and nothing beside it. The start-up cache
writes its entries the same way, but not ``durable``: it does not sync them (:mod:`lint_news.cache`).
"""

from __future__ import annotations

import os
from pathlib import Path


def write_atomically(path: Path, data: bytes, mode: int | None = None, durable: bool = True) -> None:
    """Replace ``path`` with ``data``; the new file gets ``mode`` (a fixed file keeps its own),
    or else the permissions the umask allows, as ``open()`` would give it (``mkstemp`` makes it
    private). ``durable`` syncs the data to the disk before the rename: a file a power cut must
    not lose; a cache entry that can be computed again need not pay for it."""
    import tempfile  # only when something is written: most runs only read

    folder = path.parent if str(path.parent) else Path(".")
    handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
            if durable:
                file.flush()
                os.fsync(file.fileno())
        if mode is None:
            umask = os.umask(0)
            os.umask(umask)
            mode = 0o666 & ~umask
        os.chmod(temporary, mode)
        os.replace(temporary, path)
    except BaseException:
        try:
            os.unlink(temporary)
        except FileNotFoundError:
            pass
        raise
