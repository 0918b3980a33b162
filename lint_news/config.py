"""Configuration: where it is found, what it may say, and how it is checked.

lint-news reads, in each folder from the file's own up to the root, the first
of ``.lint-news.toml`` (top-level keys), ``pyproject.toml`` (``[tool.lint-news]``)
and ``setup.cfg`` (``[lint-news]``) that has lint-news settings; the nearest
wins and is not merged with files further up. ``--config`` forces one file.

Keys (the same in all three files)::

    select = ["LN8", "duplicated-headline"]   # codes, code prefixes, rule names, families
    ignore = ["LN601"]
    severity = { LN601 = "info", filler = "warning" }
    per-file-ignores = { "archive/**" = ["repetition"] }
    rule-packs = ["house-rules.toml"]          # relative to the config file
    fail-on = "warning"                        # error | warning | info | never
    min-substance = 40                         # 0-100
    exclude = ["drafts/old/", "*.tmp.md"]      # .gitignore-style, relative to the config file
    [local-plugins]                            # Python rules and kinds kept in the project (TOML files only)
    paths = ["lint_plugins"]                   # folders to import from, relative to the config file
    rules = ["house_rules:RULES"]              # module:attribute, a Rule, a list of them, or a function giving them
    kinds = ["house_kinds:KIND"]               # module:attribute, a lint_news.kinds.Kind
    [rules.LN601]                              # per-rule options for the rule's kind
    exceptions = ["delicate balance of power"]

In setup.cfg, lists are comma- or newline-separated, ``severity`` and
``per-file-ignores`` are ``key: value`` lines, and per-rule options go in
``[lint-news.rules.CODE]`` sections whose values are TOML literals.
Unknown keys and bad values are errors naming the file and key.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lint_news.findings import Severity

CONFIG_NAMES = (".lint-news.toml", "pyproject.toml", "setup.cfg")
FAIL_ON_VALUES = ("error", "warning", "info", "never")
KEYS = ("select", "ignore", "unfixable", "severity", "per-file-ignores", "rule-packs", "local-plugins", "fail-on", "min-substance", "exclude", "rules")


class ConfigError(Exception):
    """A configuration file that cannot be used; the message names file and key."""


@dataclass(frozen=True)
class LocalPlugins:
    """Python rules and kinds that live in the project, as flake8's local plugins do: import
    ``paths``, then load each ``module:attribute`` of ``rules`` and ``kinds``."""

    paths: tuple[Path, ...] = ()
    rules: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()


@dataclass(frozen=True)
class Config:
    """Settings for the files under one configuration file (or the defaults)."""

    path: Path | None = None
    select: tuple[str, ...] | None = None  # None: every rule enabled by default
    ignore: tuple[str, ...] = ()
    unfixable: tuple[str, ...] = ()  # rules whose fixes are never offered nor applied
    severity: tuple[tuple[str, Severity], ...] = ()
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    rule_packs: tuple[Path, ...] = ()
    local_plugins: LocalPlugins = LocalPlugins()
    fail_on: str = "warning"
    min_substance: float | None = None
    exclude: tuple[str, ...] = ()
    rule_options: tuple[tuple[str, tuple[tuple[str, Any], ...]], ...] = ()

    @property
    def root(self) -> Path:
        """The folder paths in this configuration are relative to."""
        return self.path.parent if self.path else Path.cwd()


DEFAULT = Config()


# ---------------------------------------------------------------------------
# Validation of values (shared by TOML and setup.cfg)


def _string_list(value: Any, where: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(item, str) and item.strip() for item in value):
        raise ConfigError(f"{where} must be a list of strings")
    return tuple(item.strip() for item in value)


def _frozen(value: Any) -> Any:
    """``value`` with lists and tables made hashable (tuples), so a Config can be hashed.

    Configs are cache keys (``engine.rule_set`` is memoized on them), and
    per-rule options such as ``exceptions = ["..."]`` arrive as lists. Option
    types that take lists accept tuples; a table, which no option accepts,
    becomes a tuple of pairs and is still rejected with a clear message when
    the options are built.
    """
    if isinstance(value, list):
        return tuple(_frozen(item) for item in value)
    if isinstance(value, dict):
        return tuple((key, _frozen(item)) for key, item in value.items())
    return value


def _validate(raw: dict[str, Any], path: Path) -> Config:
    def where(key: str) -> str:
        return f"{path}: '{key}'"

    for key in raw:
        if key not in KEYS:
            raise ConfigError(f"{path}: unknown key '{key}' (allowed: {', '.join(KEYS)})")
    values: dict[str, Any] = {"path": path}
    if "select" in raw:
        values["select"] = _string_list(raw["select"], where("select"))
    if "ignore" in raw:
        values["ignore"] = _string_list(raw["ignore"], where("ignore"))
    if "unfixable" in raw:
        values["unfixable"] = _string_list(raw["unfixable"], where("unfixable"))
    if "exclude" in raw:
        values["exclude"] = _string_list(raw["exclude"], where("exclude"))
    if "rule-packs" in raw:
        values["rule_packs"] = tuple((path.parent / item).resolve() for item in _string_list(raw["rule-packs"], where("rule-packs")))
    if "local-plugins" in raw:
        values["local_plugins"] = _local_plugins(raw["local-plugins"], path)
    if "severity" in raw:
        table = raw["severity"]
        if not isinstance(table, dict):
            raise ConfigError(f"{where('severity')} must be a table of rule selector = severity")
        overrides = []
        for selector, level in table.items():
            try:
                overrides.append((selector, Severity.parse(str(level))))
            except ValueError as error:
                raise ConfigError(f"{where('severity')}: {selector}: {error}") from None
        values["severity"] = tuple(overrides)
    if "per-file-ignores" in raw:
        table = raw["per-file-ignores"]
        if not isinstance(table, dict):
            raise ConfigError(f"{where('per-file-ignores')} must be a table of glob = [selectors]")
        values["per_file_ignores"] = tuple((glob, _string_list(selectors, f"{where('per-file-ignores')} for '{glob}'")) for glob, selectors in table.items())
    if "fail-on" in raw:
        if raw["fail-on"] not in FAIL_ON_VALUES:
            raise ConfigError(f"{where('fail-on')} must be one of {', '.join(FAIL_ON_VALUES)}, not {raw['fail-on']!r}")
        values["fail_on"] = raw["fail-on"]
    if "min-substance" in raw:
        number = raw["min-substance"]
        if isinstance(number, bool) or not isinstance(number, (int, float)) or not 0 <= number <= 100:
            raise ConfigError(f"{where('min-substance')} must be a number from 0 to 100, not {number!r}")
        values["min_substance"] = float(number)
    if "rules" in raw:
        table = raw["rules"]
        if not isinstance(table, dict) or not all(isinstance(options, dict) for options in table.values()):
            raise ConfigError(f"{where('rules')} must be a table of rule code = {{ option = value }}")
        values["rule_options"] = tuple((code, tuple((key, _frozen(value)) for key, value in options.items())) for code, options in table.items())
    return Config(**values)


_PLUGIN_SPEC = re.compile(r"^[A-Za-z_][\w.]*:[A-Za-z_]\w*$")


def _local_plugins(table: Any, path: Path) -> LocalPlugins:
    def where(key: str = "") -> str:
        return f"{path}: 'local-plugins{'.' + key if key else ''}'"

    if not isinstance(table, dict):
        raise ConfigError(f"{where()} must be a table with 'paths', 'rules' and 'kinds'")
    for key in table:
        if key not in ("paths", "rules", "kinds"):
            raise ConfigError(f"{where()}: unknown key '{key}' (allowed: paths, rules, kinds)")
    specs = {}
    for key in ("rules", "kinds"):
        specs[key] = _string_list(table.get(key, []), where(key))
        for spec in specs[key]:
            if not _PLUGIN_SPEC.match(spec):
                raise ConfigError(f"{where(key)}: {spec!r} is not module:attribute (e.g. house_rules:RULES)")
    paths = tuple((path.parent / item).resolve() for item in _string_list(table.get("paths", []), where("paths")))
    return LocalPlugins(paths, specs["rules"], specs["kinds"])


# ---------------------------------------------------------------------------
# Reading files


def toml_problem(error: ValueError, text: str) -> tuple[str, int, int | None]:
    """A ``tomllib`` error as (message, line, column). tomllib writes the place into its message,
    as "(at line 3, column 9)" or "(at end of document)"; the end of the document is its last
    line, so every malformed file, pack or configuration, gets a line to look at."""
    message = str(error)
    found = re.search(r"\s*\(at line (\d+), column (\d+)\)", message)
    if found:
        return message[: found.start()] + message[found.end() :], int(found.group(1)), int(found.group(2))
    found = re.search(r"\s*\(at end of document\)", message)
    if found:
        message = message[: found.start()] + " at the end of the file" + message[found.end() :]
    return message, max(1, len(text.splitlines())), None


def _read_toml(path: Path) -> dict[str, Any]:
    import tomllib  # only where a configuration file exists: a hook in a bare folder never parses TOML

    try:
        text = path.read_text(encoding="utf-8")
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        message, line, column = toml_problem(error, text)
        place = f"line {line}, column {column}" if column else f"line {line}"
        raise ConfigError(f"{path}: invalid TOML: {message} (at {place})") from None
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(f"{path}: cannot read: {error}") from None


def _cfg_list(value: str) -> list[str]:
    return [item for item in re.split(r"[,\s]+", value) if item]


def _cfg_pairs(value: str, path: Path, key: str) -> list[tuple[str, str]]:
    pairs = []
    for line in value.strip().splitlines():
        line = line.strip().rstrip(",")
        if not line:
            continue
        name, separator, rest = line.partition(":") if ":" in line else line.partition("=")
        if not separator:
            raise ConfigError(f"{path}: '{key}': expected 'key: value' lines, got {line!r}")
        pairs.append((name.strip(), rest.strip()))
    return pairs


def _cfg_literal(value: str) -> Any:
    import tomllib

    try:
        return tomllib.loads(f"v = {value}")["v"]
    except tomllib.TOMLDecodeError:
        return value


def _read_setup_cfg(path: Path) -> dict[str, Any] | None:
    import configparser  # only for a setup.cfg or tox.ini: most projects configure in TOML

    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read_string(path.read_text(encoding="utf-8"), source=str(path))
    except configparser.Error as error:
        message = str(error).splitlines()[0]
        line = getattr(error, "lineno", None)
        if line is not None and "[line" not in message:  # "File contains no section headers.": say where
            message = f"{message.rstrip('.')} (line {line})"
        raise ConfigError(f"{path}: invalid setup.cfg: {message}") from None
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(f"{path}: cannot read: {error}") from None
    # A file with only [lint-news.rules.CODE] sections still configures lint-news;
    # skipping it would silently drop those options (and any mistakes in them).
    if not any(section == "lint-news" or section.startswith("lint-news.") for section in parser.sections()):
        return None
    raw: dict[str, Any] = {}
    for key, value in parser.items("lint-news") if parser.has_section("lint-news") else ():
        if key in ("select", "ignore", "unfixable", "exclude", "rule-packs"):
            raw[key] = _cfg_list(value)
        elif key == "severity":
            raw[key] = dict(_cfg_pairs(value, path, key))
        elif key == "per-file-ignores":
            raw[key] = {glob: _cfg_list(selectors) for glob, selectors in _cfg_pairs(value, path, key)}
        elif key == "min-substance":
            raw[key] = _cfg_literal(value)
        else:
            raw[key] = value.strip()
    rules = {}
    for section in parser.sections():
        if section.startswith("lint-news.rules."):
            rules[section.removeprefix("lint-news.rules.")] = {key: _cfg_literal(value) for key, value in parser.items(section)}
        elif section.startswith("lint-news") and section != "lint-news":
            raise ConfigError(f"{path}: unknown section [{section}] (expected [lint-news] or [lint-news.rules.CODE])")
    if rules:
        raw["rules"] = rules
    return raw


def _settings(path: Path) -> dict[str, Any] | None:
    """The lint-news settings in ``path``, or None when it has none."""
    if path.name == "setup.cfg":
        return _read_setup_cfg(path)
    data = _read_toml(path)
    if path.name == "pyproject.toml":
        tool = data.get("tool", {})
        return tool.get("lint-news") if isinstance(tool, dict) else None
    return data


def load_config(path: Path) -> Config:
    """Read and validate one configuration file; raises :class:`ConfigError`.

    Kept by the process's session (:mod:`lint_news.session`) until it forgets its configuration."""
    from lint_news.session import current

    return current().load_config(path)


def read_config(path: Path) -> Config:
    """:func:`load_config` without the session: the file read now."""
    if not path.is_file():
        raise ConfigError(f"{path}: configuration file not found")
    settings = _settings(path)
    if settings is None:
        section = "[tool.lint-news]" if path.name == "pyproject.toml" else "[lint-news]"
        raise ConfigError(f"{path}: no {section} section")
    if not isinstance(settings, dict):
        raise ConfigError(f"{path}: lint-news settings must be a table")
    return _validate(settings, path.resolve())


def find_config(folder: Path) -> Path | None:
    """The nearest file with lint-news settings in ``folder`` or above it (kept by the session)."""
    from lint_news.session import current

    return current().find_config(folder)


def discover_config(folder: Path) -> Path | None:
    """:func:`find_config` without the session: the folders looked at now."""
    for directory in (folder, *folder.parents):
        for name in CONFIG_NAMES:
            candidate = directory / name
            if candidate.is_file():
                if name == ".lint-news.toml":
                    return candidate
                try:
                    if _settings(candidate) is not None:
                        return candidate
                except ConfigError:
                    return candidate  # report the broken file rather than skip past it
    return None


def resolved(path: Path) -> Path:
    """``path`` made absolute with its links followed, or only absolute when they loop (a
    symlink loop named on the command line is that file's read error, not the run's)."""
    try:
        return path.resolve()
    except (RuntimeError, OSError):
        return path.absolute()


def config_for(file: Path, forced: Path | None = None) -> Config:
    """The configuration that governs ``file``; raises :class:`ConfigError`."""
    if forced is not None:
        return load_config(forced.resolve())
    found = find_config(resolved(file).parent)
    return load_config(found) if found else DEFAULT
