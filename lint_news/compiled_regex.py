"""``regex`` and ``re`` patterns kept compiled between runs.

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

``re`` does the same work in Python too (``re._parser`` and ``re._compiler``)
and hands the program, a list of integers, to ``_sre.compile``: the crowd-claim
kind's expressions, thousands of characters long, took 25-55 ms to compile on
the first article of every run and build from their kept program in 2 ms.
:func:`compile_re` keeps that program, keyed as above by Python's version,
whose ``re`` internals it reads.
"""

from __future__ import annotations

import base64
import re
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


def compile_re(source: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(source, flags)``, built from the kept program when the expression was compiled before."""
    parts = ["re", source, int(flags)]
    program = cache.load("re", parts)
    if program is None:
        program = _re_program(source, flags)
        if program is not None:
            cache.store("re", parts, program, keep=_KEEP)
    if program is not None:
        try:
            import _sre

            program_flags, code, groups, group_index, index_group = program
            pattern = _sre.compile(source, program_flags, code, groups, group_index, tuple(index_group))
            if pattern.pattern == source and pattern.flags & flags == flags:
                return pattern
        except Exception:  # noqa: BLE001 - a damaged or foreign entry: compile as if it were not there
            pass
    return re.compile(source, flags)


def _re_program(source: str, flags: int) -> list[Any] | None:
    """What ``re._compiler.compile`` hands ``_sre.compile``, as plain data (None: it cannot be read,
    an invalid expression included, which ``re.compile`` then reports)."""
    try:
        from re import _compiler, _parser

        parsed = _parser.parse(source, flags)
        code = list(map(int, _compiler._code(parsed, flags)))  # opcodes are int subclasses, which marshal refuses
        index_group: list[str | None] = [None] * parsed.state.groups
        for name, index in parsed.state.groupdict.items():
            index_group[index] = name
        return [int(flags | parsed.state.flags), code, parsed.state.groups - 1, dict(parsed.state.groupdict), index_group]
    except Exception:  # noqa: BLE001 - an ``re`` whose internals differ, or a bad expression
        return None
