"""Regular expressions compiled when first used, not when their module is imported.

A pre-commit hook lints one short file, and most of the long attribution and
speech expressions never run on it (a text with no quotation never asks who
said it). Compiling them at import cost a pre-commit run a tenth of its time.
The first use builds the expression from the program kept in the start-up cache
(:func:`lint_news.compiled_regex.compile_re`): the speech expressions took 90 ms
to compile on the first article with quotations of every run.
"""

from __future__ import annotations

_ATTRIBUTES = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "pattern", "flags", "groups", "groupindex")


class LazyPattern:
    """Stands for ``re.compile(pattern, flags)`` and compiles it on the first attribute asked for."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._source = pattern
        self._flags = flags

    def __getattr__(self, name: str):
        if name.startswith("_"):
            raise AttributeError(name)
        from lint_news.compiled_regex import compile_re

        compiled = compile_re(self._source, self._flags)
        for attribute in _ATTRIBUTES:  # later lookups find the compiled pattern's own methods
            setattr(self, attribute, getattr(compiled, attribute))
        return getattr(compiled, name)
