"""Dataclass methods compiled once, not at every start of the command line.

``@dataclass`` writes the source of each method it adds (``__init__``,
``__eq__``, ``__repr__``, ``__hash__``, a frozen class's ``__setattr__``...) and
compiles it when the class is defined. For lint-news's fifty-odd rule, option,
document and report classes that is 30-45 ms of a one-file run that takes
about 150 ms: a quarter of a pre-commit hook's start-up, spent compiling the
same text as last time.

What :mod:`dataclasses` compiles depends only on that text and the
interpreter, so :func:`install` keeps the compiled code in the start-up cache
(:mod:`lint_news.cache`, keyed by the interpreter's version), looked up by its
source text, and hands :mod:`dataclasses` the stored code object instead of
the text. The classes are the same plain dataclasses: the same source compiled
by the same interpreter is the same code. The hook is the one name
``dataclasses`` calls to compile (its module-level ``exec``); a text it has
not seen is compiled as before, and the cache is written again at exit only
when that happened, holding exactly the code this run used.

Only the command line installs it, for its own process, before it imports
the modules that define classes; importing lint_news as a library leaves the
caller's ``dataclasses`` as it was.
"""

from __future__ import annotations

import atexit
import dataclasses
from types import CodeType
from typing import Any

_CACHE_NAME = "dataclass-code"
#: Code stored by an earlier run, by source text.
_stored: dict[str, CodeType] = {}
#: The code this run used, by source text: what is stored again when something was compiled.
_used: dict[str, CodeType] = {}
_compiled_anew = False


def _exec(source: Any, globals: dict[str, Any] | None = None, locals: dict[str, Any] | None = None, /) -> None:
    """``exec`` for :mod:`dataclasses`: a source text it compiled before runs as its stored code."""
    global _compiled_anew
    if isinstance(source, str):
        code = _used.get(source) or _stored.get(source)
        if code is None:
            code = compile(source, "<string>", "exec")
            _compiled_anew = True
        _used[source] = code
        source = code
    exec(source, globals, locals)


def install() -> None:
    """Give :mod:`dataclasses` the stored code from now on in this process (once; idempotent)."""
    if getattr(dataclasses, "exec", None) is _exec:
        return
    from lint_news import cache

    stored = cache.load(_CACHE_NAME, None)
    if isinstance(stored, dict):
        _stored.update((source, code) for source, code in stored.items() if isinstance(source, str) and isinstance(code, CodeType))
    dataclasses.exec = _exec  # type: ignore[attr-defined]  # shadows the builtin for dataclasses alone
    atexit.register(_store)


def _store() -> None:
    if _compiled_anew:
        from lint_news import cache

        cache.store(_CACHE_NAME, None, _used, keep=2)
