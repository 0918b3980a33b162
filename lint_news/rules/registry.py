"""The registry: every known rule and kind, from the built-in packs, plugins and a project's packs."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from lint_news.kinds import Kind, builtin_kinds
from lint_news.rules.packs import PackError, load_pack
from lint_news.rules.rule import Rule
from lint_news.session import current

if TYPE_CHECKING:
    from lint_news.config import LocalPlugins

# ---------------------------------------------------------------------------
# Registry


@dataclass(frozen=True)
class Registry:
    """Every known rule and kind, by code."""

    rules: tuple[Rule, ...]
    kinds: dict[str, Kind]

    def __iter__(self) -> Iterator[Rule]:
        return iter(self.rules)

    def get(self, code_or_name: str) -> Rule | None:
        for rule in self.rules:
            if rule.code == code_or_name.upper() or rule.name == code_or_name:
                return rule
        return None


def plugins_declared() -> bool:
    """Whether any installed distribution declares a lint-news entry point (asked once per session).

    Reading the ``entry_points.txt`` files on ``sys.path`` takes well under a
    millisecond; importing ``importlib.metadata`` to ask takes 25 ms, which
    every run without plugins would pay.
    """
    import os
    import sys

    for folder in sys.path:
        try:
            names = os.listdir(folder or ".")
        except OSError:
            continue
        for name in names:
            if not name.endswith((".dist-info", ".egg-info")):
                continue
            try:
                with open(os.path.join(folder or ".", name, "entry_points.txt"), encoding="utf-8") as file:
                    if "[lint_news." in file.read():
                        return True
            except OSError:
                continue
    return False


def _entry_points(group: str) -> list[Any]:
    if not current().plugins_declared():
        return []
    from importlib.metadata import entry_points

    return list(entry_points(group=group))


def _as_kind(loaded: Any, where: str) -> Kind:
    if not isinstance(loaded, Kind):
        raise PackError(where, "a kind plugin must be a lint_news.kinds.Kind")
    return loaded


def _as_rules(loaded: Any, where: str) -> list[Rule]:
    if callable(loaded) and not isinstance(loaded, Rule):
        loaded = loaded()
    items = [loaded] if isinstance(loaded, Rule) else list(loaded) if isinstance(loaded, (list, tuple)) else None
    if items is None or not all(isinstance(item, Rule) for item in items):
        raise PackError(where, "a rules plugin must give a Rule or a list of Rules")
    return [dataclasses.replace(rule, source=where) for rule in items]


def _plugin_kinds() -> dict[str, Kind]:
    kinds = {}
    for entry_point in _entry_points("lint_news.kinds"):
        where = f"plugin {entry_point.value}"
        try:
            loaded = entry_point.load()
        except Exception as error:  # a broken plugin must not take the tool down with a traceback
            raise PackError(where, f"cannot load kind: {error}") from None
        kind = _as_kind(loaded, where)
        kinds[kind.name] = kind
    return kinds


def _plugin_rules() -> list[Rule]:
    rules: list[Rule] = []
    for entry_point in _entry_points("lint_news.rules"):
        where = f"plugin {entry_point.value}"
        try:
            loaded = entry_point.load()
            rules.extend(_as_rules(loaded, where))
        except PackError:
            raise
        except Exception as error:  # a broken plugin must not take the tool down with a traceback
            raise PackError(where, f"cannot load rules: {error}") from None
    return rules


def _local_object(spec: str, paths: tuple[Path, ...]) -> Any:
    """``module:attribute`` imported with the project's plugin folders first on the path."""
    import importlib
    import sys

    module_name, attribute = spec.split(":")
    added = [str(path) for path in paths if str(path) not in sys.path]
    sys.path[:0] = added
    try:
        return getattr(importlib.import_module(module_name), attribute)
    finally:
        for path in added:
            sys.path.remove(path)


def _local_plugins(local: LocalPlugins) -> tuple[dict[str, Kind], list[Rule]]:
    kinds: dict[str, Kind] = {}
    rules: list[Rule] = []
    for group, specs in (("kinds", local.kinds), ("rules", local.rules)):
        for spec in specs:
            where = f"local plugin {spec}"
            try:
                loaded = _local_object(spec, local.paths)
                if group == "kinds":
                    kind = _as_kind(loaded, where)
                    kinds[kind.name] = kind
                else:
                    rules.extend(_as_rules(loaded, where))
            except PackError:
                raise
            except Exception as error:  # a broken plugin is the project's error, reported, never a traceback
                raise PackError(where, f"cannot load {group}: {type(error).__name__}: {error}") from None
    return kinds, rules


def builtin_pack_paths() -> list[Path]:
    """The built-in packs: package data ``lint_news.packs`` when installed.

    An installed copy maps the top-level ``rules/`` folder to ``lint_news.packs``;
    an editable install (``pip install -e .``) may not apply that mapping, so
    there the ``rules/`` folder beside the package is read directly.
    """
    package = Path(__file__).resolve().parent.parent
    folder = package / "packs"
    if not folder.is_dir():
        folder = package.parent / "rules"
    return sorted((path for path in folder.iterdir() if path.name.endswith(".toml")), key=lambda path: path.name)


def pack_stamps(paths: Iterable[Path]) -> tuple[tuple[str, int, int], ...]:
    """Each pack's path, modification time and size: a cache key that changes when the file does."""
    stamps = []
    for path in paths:
        try:
            status = path.stat()
            stamps.append((str(path), status.st_mtime_ns, status.st_size))
        except OSError:
            stamps.append((str(path), -1, -1))  # missing now: loading will say so
    return tuple(stamps)


def load_registry(extra_packs: tuple[Path, ...] = (), local_plugins: LocalPlugins | None = None) -> Registry:
    """Built-in packs, installed plugins, the project's local plugins, then ``extra_packs``;
    raises PackError.

    Cached for the process, and read again when a pack of the project's changes on disk (an
    editor's language server sees an edited house pack on the next lint)."""
    if local_plugins is not None and not (local_plugins.rules or local_plugins.kinds):
        local_plugins = None  # nothing to load: the same registry as the substance score's, cached once
    return current().registry(tuple(extra_packs), pack_stamps(extra_packs), local_plugins)


def build_registry(extra_packs: tuple[Path, ...], _stamps: tuple[tuple[str, int, int], ...], local_plugins: LocalPlugins | None) -> Registry:
    """:func:`load_registry` without the session: every pack and plugin read now; ``_stamps`` key the session's copy."""
    local_kinds, local_rules = _local_plugins(local_plugins) if local_plugins is not None else ({}, [])
    kinds = {**builtin_kinds(), **_plugin_kinds(), **local_kinds}
    rules: list[Rule] = []
    for path in builtin_pack_paths():
        rules.extend(load_pack(path, kinds, trusted=True))
    rules.extend(_plugin_rules())
    rules.extend(local_rules)
    for path in extra_packs:
        rules.extend(load_pack(path, kinds))
    seen: dict[str, Rule] = {}
    for rule in rules:
        for key in (rule.code, rule.name):
            if key in seen:
                raise PackError(rule.source, f"rule {rule.code} ({rule.name}) clashes with {seen[key].code} ({seen[key].name}) from {seen[key].source}", rule.line)
            seen[key] = rule
    return Registry(tuple(sorted(rules, key=lambda rule: (rule.code[:2] != "LN", rule.code))), kinds)
