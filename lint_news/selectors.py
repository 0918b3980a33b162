"""Rule selectors: how ``select``, ``ignore``, severity overrides and directives name rules.

A selector is a code (``LN301``), a code prefix (``LN3``), a rule name
(``summary-reference``) or a family (``meta-commentary``). When several
selectors name the same rule, the most specific wins, as in ruff: an exact
code or name beats a longer prefix, which beats a shorter prefix, which beats
a family.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Protocol

from lint_news.findings import FAMILIES

_CODE_PREFIX = re.compile(r"^[A-Za-z]+[0-9]*$")


class Named(Protocol):
    code: str
    name: str
    family: str


def specificity(selector: str, rule: Named) -> int:
    """How specifically ``selector`` names ``rule``: 0 when it does not name it at all."""
    if selector == rule.name or selector.upper() == rule.code:
        return 1000
    if selector in FAMILIES:
        return 1 if selector == rule.family else 0
    if _CODE_PREFIX.match(selector) and rule.code.startswith(selector.upper()):
        return 10 + len(selector)
    return 0


def best_match(selectors: Iterable[str], rule: Named) -> int:
    return max((specificity(selector, rule) for selector in selectors), default=0)


def matches(selectors: Iterable[str], rule: Named) -> bool:
    return best_match(selectors, rule) > 0


def is_known(selector: str, rules: Iterable[Named]) -> bool:
    """Whether ``selector`` names at least one rule (or is a family name)."""
    return selector in FAMILIES or any(specificity(selector, rule) for rule in rules)
