"""Rules, rule packs (TOML data) and the registry that loads them.

A rule pack is a TOML file with a ``[pack]`` table and ``[[rule]]`` entries::

    [pack]
    name = "house-style"
    description = "Our newsroom's own rules"

    [[rule]]
    code = "HS101"
    name = "banned-cliche"
    family = "filler"
    severity = "warning"
    kind = "pattern"
    message = "Stock phrase '{match}': say what happened instead"
    summary = "Flags the phrases our style guide bans"
    why = "..."
    bad = "..."
    good = "..."
    options = { patterns = ["\\\\bat the end of the day\\\\b"] }

The built-in packs live in the top-level ``rules/`` folder and ship as the
package ``lint_news.packs``. Python rules (new kinds of checks) plug in through
the ``lint_news.rules`` entry-point group; an entry point names a
:class:`Rule` or a list of them, usually made with :func:`python_rule`.
"""

from __future__ import annotations

import dataclasses
import re
import tomllib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from lint_news.document import Document
from lint_news.findings import FAMILIES, Hit, Severity
from lint_news.kinds import Kind, NoOptions, builtin_kinds
from lint_news.options import OptionError, build_options

_CODE = re.compile(r"^[A-Z]{1,8}[0-9]{1,4}$")
_NAME = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")
_RULE_KEYS = ("code", "name", "family", "severity", "kind", "message", "summary", "why", "bad", "good", "enabled", "options")
_REQUIRED_RULE_KEYS = ("code", "name", "family", "severity", "kind", "message", "summary", "why", "bad", "good")
_PACK_KEYS = ("name", "description", "lists", "defaults")
#: ``"@name"`` in a list option stands for the items of the pack's list ``name``.
_LIST_REFERENCE = re.compile(r"^@([a-z][a-z0-9]*(?:-[a-z0-9]+)*)$")


class PackError(Exception):
    """A rule pack (or plugin) that cannot be loaded: where, and what is wrong."""

    def __init__(self, source: str, message: str, line: int | None = None) -> None:
        location = f"{source}:{line}" if line else source
        super().__init__(f"{location}: {message}")
        self.source = source
        self.line = line


@dataclass(frozen=True)
class Rule:
    """One check with its identity, its default severity, its message and its documentation."""

    code: str
    name: str
    family: str
    severity: Severity
    message: str
    summary: str
    why: str
    bad: str
    good: str
    kind: str
    options: Any
    check: Callable[[Document, Any], Iterable[Hit]]
    source: str
    enabled: bool = True  # selected unless configuration says otherwise
    severity_overridden: bool = False  # configuration set the severity; hits may not change it
    #: Line of the rule's ``code`` in its pack (None for Python rules). Clashes
    #: between packs are only found once every pack is loaded, when the pack's
    #: text is gone; keeping the line lets that error point at the duplicate.
    line: int | None = field(default=None, compare=False)

    def run(self, document: Document) -> Iterable[Hit]:
        return self.check(document, self.options)

    def with_options(self, overrides: dict[str, Any], kinds: dict[str, Kind]) -> Rule:
        """This rule with some options changed (from configuration); raises OptionError."""
        if self.kind not in kinds:
            raise OptionError(f"rule {self.code} takes no options")
        kind = kinds[self.kind]
        options = build_options(kind.options, overrides, base=self.options)
        try:
            kind.validate(options)
        except ValueError as error:
            raise OptionError(str(error)) from None
        return dataclasses.replace(self, options=options)

    def format_message(self, params: dict[str, Any]) -> str:
        try:
            return self.message.format(**params)
        except (KeyError, IndexError, ValueError):
            return self.message


def python_rule(
    *,
    code: str,
    name: str,
    family: str,
    severity: str,
    message: str,
    check: Callable[[Document, Any], Iterable[Hit]],
    summary: str,
    why: str,
    bad: str,
    good: str,
    enabled: bool = True,
) -> Rule:
    """Declare a rule written in Python, for the ``lint_news.rules`` entry-point group.

    ``check(document, options)`` receives ``None`` as options and yields
    :class:`~lint_news.findings.Hit` objects.
    """
    rule = Rule(code, name, family, Severity.parse(severity), message, summary, why, bad, good, "python", None, check, "python", enabled)
    problem = _identity_problem(rule.code, rule.name, rule.family)
    if problem:
        raise ValueError(problem)
    return rule


def _identity_problem(code: Any, name: Any, family: Any) -> str | None:
    if not isinstance(code, str) or not _CODE.match(code):
        return f"invalid code {code!r} (expected capital letters then digits, e.g. LN801)"
    if not isinstance(name, str) or not _NAME.match(name):
        return f"invalid name {name!r} (expected lower-case words joined by hyphens)"
    if family not in FAMILIES:
        return f"unknown family {family!r} (allowed: {', '.join(FAMILIES)})"
    return None


# ---------------------------------------------------------------------------
# Packs


def _line_of_rule(text: str, index: int) -> int | None:
    """The line of the ``index``-th ``[[rule]]`` header (tomllib keeps no positions)."""
    headers = [m.start() for m in re.finditer(r"^[ \t]*\[\[[ \t]*rule[ \t]*\]\]", text, re.MULTILINE)]
    if index < len(headers):
        return text.count("\n", 0, headers[index]) + 1
    return None


def _line_of_key(text: str, after_line: int | None, key: str) -> int | None:
    if after_line is None:
        return None
    lines = text.splitlines()
    for number in range(after_line, len(lines) + 1):
        stripped = lines[number - 1].lstrip()
        if number > after_line and stripped.startswith("[["):
            break
        if re.match(rf"{re.escape(key)}\s*=", stripped) or re.match(rf"\[[ \t]*rule\.{re.escape(key)}\b", stripped):
            return number
    return after_line


def parse_pack(text: str, source: str, kinds: dict[str, Kind], trusted: bool = False) -> list[Rule]:
    """Parse and validate one pack's TOML text; raises :class:`PackError`.

    ``trusted`` packs (the built-in ones, checked by the test suite) skip the
    kinds' ``validate`` step, which compiles every pattern once.
    """
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        match = re.search(r"\(at line (\d+), column \d+\)", str(error))
        message = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(error))
        raise PackError(source, f"invalid TOML: {message}", int(match.group(1)) if match else None) from None
    unknown = sorted(set(data) - {"pack", "rule"})
    if unknown:
        raise PackError(source, f"unknown top-level key '{unknown[0]}' (allowed: pack, rule)")
    pack = data.get("pack")
    if not isinstance(pack, dict) or not isinstance(pack.get("name"), str):
        raise PackError(source, "missing [pack] table with a 'name'", 1)
    for key in pack:
        if key not in _PACK_KEYS:
            raise PackError(source, f"unknown key '{key}' in [pack] (allowed: {', '.join(_PACK_KEYS)})")
    lists, defaults = _pack_lists_and_defaults(pack, source, kinds)
    entries = data.get("rule", [])
    if not isinstance(entries, list) or not entries:
        raise PackError(source, "a pack must define at least one [[rule]]")
    rules = []
    for index, entry in enumerate(entries):
        line = _line_of_rule(text, index)
        rules.append(_rule_from_entry(entry, source, text, line, kinds, trusted, lists, defaults))
    return rules


def _pack_lists_and_defaults(pack: dict[str, Any], source: str, kinds: dict[str, Kind]) -> tuple[dict[str, list[str]], dict[str, dict[str, Any]]]:
    """``[pack.lists]``: named lists of strings that options use as ``"@name"``; ``[pack.defaults.KIND]``:
    options every rule of that kind in the pack starts from (its own options win)."""
    lists = pack.get("lists", {})
    if not isinstance(lists, dict):
        raise PackError(source, "[pack.lists] must be a table of lists of strings")
    for name, items in lists.items():
        if not _NAME.match(name):
            raise PackError(source, f"invalid list name {name!r} in [pack.lists] (expected lower-case words joined by hyphens)")
        if not isinstance(items, list) or not all(isinstance(item, str) for item in items):
            raise PackError(source, f"[pack.lists] '{name}' must be a list of strings")
    defaults = pack.get("defaults", {})
    if not isinstance(defaults, dict) or not all(isinstance(value, dict) for value in defaults.values()):
        raise PackError(source, "[pack.defaults] must hold one table of options per kind, as [pack.defaults.pattern]")
    for kind in defaults:
        if kind not in kinds:
            raise PackError(source, f"[pack.defaults]: unknown kind '{kind}' (allowed: {', '.join(sorted(kinds))})")
    return lists, defaults


def _expand_lists(options: dict[str, Any], lists: dict[str, list[str]]) -> dict[str, Any]:
    expanded: dict[str, Any] = {}
    for key, value in options.items():
        if isinstance(value, list):
            items: list[Any] = []
            for item in value:
                reference = _LIST_REFERENCE.match(item) if isinstance(item, str) else None
                if reference is None:
                    items.append(item)
                elif reference.group(1) in lists:
                    items.extend(lists[reference.group(1)])
                else:
                    known = ", ".join(f"@{name}" for name in lists) or "none"
                    raise OptionError(f"option '{key}': unknown list '{item}' (this pack's lists: {known})")
            value = items
        expanded[key] = value
    return expanded


def _rule_from_entry(
    entry: dict[str, Any],
    source: str,
    text: str,
    line: int | None,
    kinds: dict[str, Kind],
    trusted: bool,
    lists: dict[str, list[str]] | None = None,
    defaults: dict[str, dict[str, Any]] | None = None,
) -> Rule:
    def fail(message: str, key: str | None = None) -> PackError:
        return PackError(source, message, _line_of_key(text, line, key) if key else line)

    for key in entry:
        if key not in _RULE_KEYS:
            raise fail(f"unknown key '{key}' in [[rule]] (allowed: {', '.join(_RULE_KEYS)})", key)
    for key in _REQUIRED_RULE_KEYS:
        if key not in entry:
            raise fail(f"[[rule]] is missing required key '{key}'")
        if not isinstance(entry[key], str) or not entry[key].strip():
            raise fail(f"key '{key}' must be a non-empty string", key)
    problem = _identity_problem(entry["code"], entry["name"], entry["family"])
    if problem:
        key = "code" if "code" in problem else "name" if "name" in problem else "family"
        raise fail(problem, key)
    try:
        severity = Severity.parse(entry["severity"])
    except ValueError as error:
        raise fail(str(error), "severity") from None
    kind = kinds.get(entry["kind"])
    if kind is None:
        raise fail(f"unknown kind '{entry['kind']}' (allowed: {', '.join(sorted(kinds))})", "kind")
    enabled = entry.get("enabled", True)
    if not isinstance(enabled, bool):
        raise fail("key 'enabled' must be true or false", "enabled")
    raw_options = entry.get("options", {})
    if not isinstance(raw_options, dict):
        raise fail("key 'options' must be a table", "options")
    try:
        raw_options = _expand_lists({**(defaults or {}).get(kind.name, {}), **raw_options}, lists or {})
        options = build_options(kind.options, raw_options)
        if not trusted:
            kind.validate(options)
    except (OptionError, ValueError) as error:
        raise fail(f"rule {entry['code']}: {error}", "options") from None
    return Rule(
        code=entry["code"],
        name=entry["name"],
        family=entry["family"],
        severity=severity,
        message=entry["message"].strip(),
        summary=entry["summary"].strip(),
        why=entry["why"].strip(),
        bad=entry["bad"].strip("\n"),
        good=entry["good"].strip("\n"),
        kind=kind.name,
        options=options,
        check=kind.check,
        source=source,
        enabled=enabled,
        line=_line_of_key(text, line, "code"),
    )


def load_pack(path: Path, kinds: dict[str, Kind], trusted: bool = False) -> list[Rule]:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise PackError(str(path), "rule pack not found") from None
    except (OSError, UnicodeDecodeError) as error:
        raise PackError(str(path), f"cannot read rule pack: {error}") from None
    return parse_pack(text, str(path), kinds, trusted)


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


@lru_cache(maxsize=1)
def _plugins_declared() -> bool:
    """Whether any installed distribution declares a lint-news entry point.

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
    if not _plugins_declared():
        return []
    from importlib.metadata import entry_points

    return list(entry_points(group=group))


def _plugin_kinds() -> dict[str, Kind]:
    kinds = {}
    for entry_point in _entry_points("lint_news.kinds"):
        try:
            kind = entry_point.load()
        except Exception as error:  # a broken plugin must not take the tool down with a traceback
            raise PackError(f"plugin {entry_point.value}", f"cannot load kind: {error}") from None
        if not isinstance(kind, Kind):
            raise PackError(f"plugin {entry_point.value}", "entry point in 'lint_news.kinds' must be a lint_news.kinds.Kind")
        kinds[kind.name] = kind
    return kinds


def _plugin_rules() -> list[Rule]:
    rules: list[Rule] = []
    for entry_point in _entry_points("lint_news.rules"):
        try:
            loaded = entry_point.load()
            if callable(loaded) and not isinstance(loaded, Rule):
                loaded = loaded()
        except Exception as error:  # a broken plugin must not take the tool down with a traceback
            raise PackError(f"plugin {entry_point.value}", f"cannot load rules: {error}") from None
        items = [loaded] if isinstance(loaded, Rule) else list(loaded) if isinstance(loaded, (list, tuple)) else None
        if items is None or not all(isinstance(item, Rule) for item in items):
            raise PackError(f"plugin {entry_point.value}", "entry point in 'lint_news.rules' must give a Rule or a list of Rules")
        rules.extend(dataclasses.replace(rule, source=f"plugin {entry_point.value}") for rule in items)
    return rules


def builtin_pack_paths() -> list[Path]:
    """The built-in packs: package data ``lint_news.packs`` when installed.

    An installed copy maps the top-level ``rules/`` folder to ``lint_news.packs``;
    an editable install (``pip install -e .``) may not apply that mapping, so
    there the ``rules/`` folder beside the package is read directly.
    """
    try:
        folder = resources.files("lint_news.packs")
    except ModuleNotFoundError:
        folder = resources.files("lint_news").joinpath("..", "rules")
    return sorted((Path(str(item)) for item in folder.iterdir() if item.name.endswith(".toml")), key=lambda p: p.name)


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


def load_registry(extra_packs: tuple[Path, ...] = ()) -> Registry:
    """Built-in packs, plugin kinds and rules, then ``extra_packs``; raises PackError.

    Cached for the process, and read again when a pack of the project's changes on disk (an
    editor's language server sees an edited house pack on the next lint)."""
    return _load_registry(tuple(extra_packs), pack_stamps(extra_packs))


@lru_cache(maxsize=16)
def _load_registry(extra_packs: tuple[Path, ...], _stamps: tuple[tuple[str, int, int], ...]) -> Registry:
    kinds = {**builtin_kinds(), **_plugin_kinds()}
    rules: list[Rule] = []
    for path in builtin_pack_paths():
        rules.extend(load_pack(path, kinds, trusted=True))
    rules.extend(_plugin_rules())
    for path in extra_packs:
        rules.extend(load_pack(path, kinds))
    seen: dict[str, Rule] = {}
    for rule in rules:
        for key in (rule.code, rule.name):
            if key in seen:
                raise PackError(rule.source, f"rule {rule.code} ({rule.name}) clashes with {seen[key].code} ({seen[key].name}) from {seen[key].source}", rule.line)
            seen[key] = rule
    return Registry(tuple(sorted(rules, key=lambda rule: (rule.code[:2] != "LN", rule.code))), kinds)


__all__ = ["NoOptions", "PackError", "Registry", "Rule", "load_registry", "python_rule"]
