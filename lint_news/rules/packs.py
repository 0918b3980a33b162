"""Rule packs: TOML files of rules, parsed and checked with errors that name the file and line."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from lint_news.findings import Severity
from lint_news.fixes import parse_fix
from lint_news.kinds import Kind
from lint_news.options import OptionError, build_options
from lint_news.rules.rule import _NAME, Rule, _identity_problem
from lint_news.shared_options import SHARED_NAMES, build_shared, split_options

_RULE_KEYS = ("code", "name", "family", "severity", "kind", "message", "summary", "why", "bad", "good", "enabled", "options", "fix")
_REQUIRED_RULE_KEYS = ("code", "name", "family", "severity", "kind", "message", "summary", "why", "bad", "good")
_PACK_KEYS = ("name", "description", "lists", "defaults")
#: ``"@name"`` in a list option stands for the items of the pack's list ``name``.
_LIST_REFERENCE = re.compile(r"^@([a-z][a-z0-9]*(?:-[a-z0-9]+)*)$")
#: ``{@name}`` inside a pattern stands for the list's items as one group: ``(?:item|item)``.
_INLINE_LIST = re.compile(r"\{@([a-z][a-z0-9]*(?:-[a-z0-9]+)*)\}")


class PackError(Exception):
    """A rule pack (or plugin) that cannot be loaded: where, and what is wrong."""

    def __init__(self, source: str, message: str, line: int | None = None) -> None:
        location = f"{source}:{line}" if line else source
        super().__init__(f"{location}: {message}")
        self.source = source
        self.line = line


# ---------------------------------------------------------------------------
# Packs


class _PackLines:
    """Where things are in a pack's text, for error messages (tomllib keeps no positions); found once per pack."""

    def __init__(self, text: str) -> None:
        self.lines = text.splitlines()
        self.headers = [number for number, line in enumerate(self.lines, 1) if _RULE_HEADER.match(line)]

    def of_rule(self, index: int) -> int | None:
        """The line of the ``index``-th ``[[rule]]`` header."""
        return self.headers[index] if index < len(self.headers) else None

    def of_key(self, after_line: int | None, key: str) -> int | None:
        """The line of ``key`` in the rule whose header is on ``after_line`` (that line when not found)."""
        if after_line is None:
            return None
        for number in range(after_line, len(self.lines) + 1):
            stripped = self.lines[number - 1].lstrip()
            if number > after_line and stripped.startswith("[["):
                break
            if stripped.startswith(key) and stripped[len(key) :].lstrip(" \t").startswith("="):
                return number
            if stripped.startswith("[") and re.match(rf"\[[ \t]*rule\.{re.escape(key)}\b", stripped):
                return number
        return after_line


_RULE_HEADER = re.compile(r"[ \t]*\[\[[ \t]*rule[ \t]*\]\]")


def _parse_toml(text: str, source: str) -> dict[str, Any]:
    """``tomllib.loads``, kept in the cache (:mod:`lint_news.cache`): JSON reads far faster than TOML."""
    from lint_news.cache import cached

    def parse() -> dict[str, Any]:
        import tomllib  # only when the cache has no entry: most runs never parse TOML

        return tomllib.loads(text)

    return cached(f"pack-{Path(source).stem}", [text], parse)


def parse_pack(text: str, source: str, kinds: dict[str, Kind], trusted: bool = False) -> list[Rule]:
    """Parse and validate one pack's TOML text; raises :class:`PackError`.

    ``trusted`` packs (the built-in ones, checked by the test suite) skip the
    kinds' ``validate`` step, which compiles every pattern once.
    """
    try:
        data = _parse_toml(text, source)
    except ValueError as error:  # tomllib.TOMLDecodeError
        from lint_news.config import toml_problem

        message, line, _column = toml_problem(error, text)
        raise PackError(source, f"invalid TOML: {message}", line) from None
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
    lines = _PackLines(text)
    rules = []
    for index, entry in enumerate(entries):
        rules.append(_rule_from_entry(entry, source, lines, lines.of_rule(index), kinds, trusted, lists, defaults))
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
    """List options with the pack's lists put in: ``"@name"`` as an item gives the list's items, and
    ``{@name}`` inside an item gives them as one alternation, so that a pack writes a vocabulary
    (the document nouns of LN300's nine patterns) once."""

    def unknown(key: str, reference: str) -> OptionError:
        known = ", ".join(f"@{name}" for name in lists) or "none"
        return OptionError(f"option '{key}': unknown list '{reference}' (this pack's lists: {known})")

    def interpolate(key: str, item: str) -> str:
        def alternation(found: re.Match[str]) -> str:
            if found.group(1) not in lists:
                raise unknown(key, f"@{found.group(1)}")
            return "(?:" + "|".join(lists[found.group(1)]) + ")"

        return _INLINE_LIST.sub(alternation, item)

    expanded: dict[str, Any] = {}
    for key, value in options.items():
        if isinstance(value, list):
            items: list[Any] = []
            for item in value:
                reference = _LIST_REFERENCE.match(item) if isinstance(item, str) else None
                if reference is None:
                    items.append(interpolate(key, item) if isinstance(item, str) else item)
                elif reference.group(1) in lists:
                    items.extend(lists[reference.group(1)])
                else:
                    raise unknown(key, item)
            value = items
        expanded[key] = value
    return expanded


def _rule_from_entry(
    entry: dict[str, Any],
    source: str,
    lines: _PackLines,
    line: int | None,
    kinds: dict[str, Kind],
    trusted: bool,
    lists: dict[str, list[str]] | None = None,
    defaults: dict[str, dict[str, Any]] | None = None,
) -> Rule:
    def fail(message: str, key: str | None = None) -> PackError:
        return PackError(source, message, lines.of_key(line, key) if key else line)

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
        own, shared = split_options(raw_options)
        options = build_options(kind.options, own, also_allowed=SHARED_NAMES)
        shared_options = build_shared(kind.shared, shared)
        if not trusted:
            kind.validate(options)
    except (OptionError, ValueError) as error:
        raise fail(f"rule {entry['code']}: {error}", "options") from None
    try:
        fix = parse_fix(entry["fix"]) if "fix" in entry else None
    except ValueError as error:
        raise fail(f"rule {entry['code']}: {error}", "fix") from None
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
        line=lines.of_key(line, "code"),
        shared=shared_options,
        fix=fix,
    )


def load_pack(path: Path, kinds: dict[str, Kind], trusted: bool = False) -> list[Rule]:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise PackError(str(path), "rule pack not found") from None
    except (OSError, UnicodeDecodeError) as error:
        raise PackError(str(path), f"cannot read rule pack: {error}") from None
    return parse_pack(text, str(path), kinds, trusted)
