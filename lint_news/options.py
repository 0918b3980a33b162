"""Typed options for rule kinds, built from TOML tables with errors that say what is allowed.

Each kind declares its options as a frozen dataclass. Packs and configuration
files write option names in kebab-case (``exempt-quotations``); they map to
the dataclass fields (``exempt_quotations``). Unknown names and wrong types
are rejected with the list of what is allowed, never silently ignored.
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from functools import cache
from collections.abc import Iterable
from typing import Any


class OptionError(ValueError):
    """An option table does not fit the kind's declared options."""


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


@cache
def _field_names(cls: type) -> frozenset[str]:
    return frozenset(field.name for field in dataclasses.fields(cls))


def option_names(cls: type) -> list[str]:
    return [field.name.replace("_", "-") for field in dataclasses.fields(cls)]


def _coerce(name: str, value: Any, hint: Any) -> Any:
    origin = typing.get_origin(hint)
    if origin is types.UnionType and type(None) in typing.get_args(hint):
        # ``float | None``: None is the kind's "not set" default; TOML has no null, so a written value is the other type
        (hint,) = [argument for argument in typing.get_args(hint) if argument is not type(None)]
        origin = typing.get_origin(hint)
    if origin is tuple:
        if isinstance(value, str):  # not taken as a list of one: a pack is data, and a wrong type is an error
            raise OptionError(f"option '{name}' must be a list of strings, not a string (write [{json.dumps(value)}] for one)")
        if not isinstance(value, (list, tuple)) or not all(isinstance(item, str) for item in value):
            raise OptionError(f"option '{name}' must be a list of strings")
        return tuple(value)
    if hint is bool:
        if not isinstance(value, bool):
            raise OptionError(f"option '{name}' must be true or false")
        return value
    if hint is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise OptionError(f"option '{name}' must be a whole number")
        return value
    if hint is float:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise OptionError(f"option '{name}' must be a number")
        return float(value)
    if hint is str:
        if not isinstance(value, str):
            raise OptionError(f"option '{name}' must be a string")
        return value
    raise TypeError(f"unsupported option type {hint!r} for '{name}'")  # a bug in a kind, not user input


def build_options(cls: type, raw: dict[str, Any], base: Any = None, also_allowed: Iterable[str] = ()) -> Any:
    """Build ``cls`` from ``raw`` (kebab-case keys), on top of ``base`` when given.

    ``also_allowed`` are names taken elsewhere from the same table, listed when a key is unknown."""
    hints = _hints(cls)
    fields = _field_names(cls)
    values: dict[str, Any] = {}
    for key, value in raw.items():
        attribute = key.replace("-", "_")
        if attribute not in fields:
            allowed = ", ".join([*option_names(cls), *sorted(also_allowed)]) or "none"
            raise OptionError(f"unknown option '{key}' (allowed: {allowed})")
        values[attribute] = _coerce(key, value, hints[attribute])
    try:
        if base is not None:
            return dataclasses.replace(base, **values)
        return cls(**values)
    except TypeError as error:  # a required option is missing
        missing = [f.name.replace("_", "-") for f in dataclasses.fields(cls) if f.name not in values and f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING]
        if missing:
            raise OptionError(f"missing required option '{missing[0]}'") from None
        raise OptionError(str(error)) from None
    except ValueError as error:
        raise OptionError(str(error)) from None
