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

The package is split by job: :mod:`lint_news.rules.rule` (the rule type),
:mod:`lint_news.rules.packs` (the pack parser) and :mod:`lint_news.rules.registry`
(built-in packs, plugins and project packs together); this module is their public face.
"""

from lint_news.kinds import NoOptions
from lint_news.rules.packs import PackError, load_pack, parse_pack
from lint_news.rules.registry import Registry, builtin_pack_paths, load_registry, pack_stamps
from lint_news.rules.rule import Rule, python_rule

__all__ = [
    "NoOptions",
    "PackError",
    "Registry",
    "Rule",
    "builtin_pack_paths",
    "load_pack",
    "load_registry",
    "pack_stamps",
    "parse_pack",
    "python_rule",
]
