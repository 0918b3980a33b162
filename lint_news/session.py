"""What a lint-news process knows about the project it lints, in one object.

A pre-commit run, an editor's language server and a corpus audit lint many
files with one set of rules, and learn things on the way that the next file
needs again: which configuration file governs each folder and what it says,
the rule registry (built-in packs, installed plugins, the project's packs and
local plugins), the rule set each configuration selects with its prefilter,
and the rules the substance score reads. A :class:`Session` keeps all of it,
and :meth:`Session.invalidate` forgets all of it at once.

Entries that read files on disk are keyed by them where a stamp shows an edit
(a rule pack's size and modification time), so an edited pack is read again on
the next lint without being asked; ``invalidate`` is for what no stamp shows,
such as a local plugin's module or a plugin installed meanwhile, and
:meth:`Session.forget_configuration` for configuration files, which are small
and read again cheaply (the language server does it before every lint). What
depends on nothing in the project (Snowball stems, compiled expressions, the
start-up cache under ``~/.cache/lint-news``) is not session state.

A process has one session, :func:`current`; the configuration, registry,
engine and substance functions read it, so every caller shares what it holds.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

    from lint_news.config import Config
    from lint_news.engine import RuleSet
    from lint_news.rules import LocalPlugins, Registry, Rule


class Session:
    """The configuration, rules and rule sets one process has loaded for the project."""

    def __init__(self) -> None:
        from lint_news import config, engine, substance
        from lint_news.rules import registry

        self._find_config = lru_cache(maxsize=1024)(config.discover_config)
        self._load_config = lru_cache(maxsize=256)(config.read_config)
        self._registry = lru_cache(maxsize=16)(registry.build_registry)
        self._plugins_declared = lru_cache(maxsize=1)(registry.plugins_declared)
        self._rule_set = lru_cache(maxsize=64)(engine.build_rule_set)
        self._substance_rules = lru_cache(maxsize=1)(substance.build_substance_rules)

    def find_config(self, folder: Path) -> Path | None:
        """The nearest file with lint-news settings in ``folder`` or above it."""
        return self._find_config(folder)

    def load_config(self, path: Path) -> Config:
        """One configuration file, read and validated; raises :class:`lint_news.config.ConfigError`."""
        return self._load_config(path)

    def registry(self, extra_packs: tuple[Path, ...], stamps: tuple[tuple[str, int, int], ...], local_plugins: LocalPlugins | None) -> Registry:
        """Every rule and kind: built-in packs, plugins, local plugins, then ``extra_packs`` as ``stamps`` found them."""
        return self._registry(extra_packs, stamps, local_plugins)

    def plugins_declared(self) -> bool:
        """Whether an installed distribution declares a lint-news entry point."""
        return self._plugins_declared()

    def rule_set(self, config: Config, stamps: tuple[tuple[str, int, int], ...]) -> RuleSet:
        """The rules ``config`` enables, with its packs as ``stamps`` found them."""
        return self._rule_set(config, stamps)

    def substance_rules(self) -> tuple[Rule, ...]:
        """The built-in rules whose findings the substance score reads."""
        return self._substance_rules()

    def forget_configuration(self) -> None:
        """Forget the configuration files found and read, so an edit to one is seen on the next lint."""
        self._find_config.cache_clear()
        self._load_config.cache_clear()

    def invalidate(self) -> None:
        """Forget everything: configuration, the packs and plugins loaded, the rule sets built from them."""
        self.forget_configuration()
        for cached in (self._registry, self._plugins_declared, self._rule_set, self._substance_rules):
            cached.cache_clear()


_CURRENT: Session | None = None


def current() -> Session:
    """The process's session, made on first use."""
    global _CURRENT
    if _CURRENT is None:
        _CURRENT = Session()
    return _CURRENT
