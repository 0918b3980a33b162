"""Regular expressions compiled when first used, not when their module is imported.

A pre-commit hook lints one short file, and most of the long attribution and
speech expressions never run on it (a text with no quotation never asks who
said it). Compiling them at import cost a pre-commit run a tenth of its time.
"""

from __future__ import annotations

import re

_ATTRIBUTES = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "pattern", "flags", "groups", "groupindex")


class LazyPattern:
    """Stands for ``re.compile(pattern, flags)`` and compiles it on the first attribute asked for."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._source = pattern
        self._flags = flags

    def __getattr__(self, name: str):
        if name.startswith("_"):
            raise AttributeError(name)
        compiled = re.compile(self._source, self._flags)
        for attribute in _ATTRIBUTES:  # later lookups find the compiled pattern's own methods
            setattr(self, attribute, getattr(compiled, attribute))
        return getattr(compiled, name)
