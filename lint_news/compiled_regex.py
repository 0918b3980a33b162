"""``regex`` patterns kept compiled between runs.

The ``regex`` module parses and optimises an expression in Python: about a
millisecond for each of the pack's long patterns, so a pre-commit run on one
article spent a third of its time compiling the 40 or so patterns the
prefilter named. What compilation produces is plain data, the same data
``regex`` pickles a pattern as (``Pattern._pickled_data``: the program as
bytes, group names, the required string), and ``regex._regex.compile`` builds
the pattern from it again in microseconds, which is exactly what unpickling
does. That data is kept in the start-up cache (:mod:`lint_news.cache`),
keyed by the expression, its flags and the versions of ``regex``, lint-news
and Python; anything unexpected in an entry means the expression is simply
compiled again.
"""

from __future__ import annotations

import base64
from typing import TYPE_CHECKING, Any

from lint_news import cache

if TYPE_CHECKING:
    import regex

#: Entries kept: every pattern of the built-in packs and of a few house packs.
_KEEP = 4096


def compile_pattern(source: str, flags: int) -> regex.Pattern:
    """``regex.compile(source, flags)``, from the cache when the expression was compiled before."""
    import regex

    parts = ["regex", regex.__version__, source, int(flags)]
    data = cache.load("regex", parts)
    if data is not None:
        try:
            pattern = regex._regex.compile(*_arguments(data))
            if pattern.pattern == source:
                return pattern
        except Exception:  # noqa: BLE001 - a damaged or foreign entry: compile as if it were not there
            pass
    pattern = regex.compile(source, flags)
    try:
        cache.store("regex", parts, _entry(pattern._pickled_data), keep=_KEEP)
    except (AttributeError, TypeError, ValueError):
        pass  # a regex release that pickles differently: nothing is kept
    return pattern


def _entry(data: tuple) -> list[Any]:
    source, flags, code, group_index, index_group, named_lists, named_list_indexes, req_offset, req_chars, req_flags, group_count = data
    if named_lists or named_list_indexes:
        raise ValueError("named lists are not kept")  # \L<name>: the lists are Python sets
    return [source, int(flags), base64.b64encode(code).decode("ascii"), group_index, {str(k): v for k, v in index_group.items()},
            req_offset, list(req_chars), req_flags, group_count]


def _arguments(entry: list[Any]) -> tuple:
    source, flags, code, group_index, index_group, req_offset, req_chars, req_flags, group_count = entry
    return (source, flags, base64.b64decode(code), group_index, {int(k): v for k, v in index_group.items()}, {}, [],
            req_offset, tuple(req_chars), req_flags, group_count)
