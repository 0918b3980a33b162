"""A rule: a check with its identity, default severity, message and documentation.

Rules written in pack TOML and rules written in Python (:func:`python_rule`, for the
``lint_news.rules`` entry-point group) are the same type.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from lint_news.document import Document
from lint_news.findings import FAMILIES, Hit, Severity
from lint_news.fixes import FixSpec, parse_fix
from lint_news.kinds import Kind
from lint_news.options import OptionError, build_options
from lint_news.shared_options import SHARED_NAMES, SharedOptions, apply, build_shared, split_options

_CODE = re.compile(r"^[A-Z]{1,8}[0-9]{1,4}$")
_NAME = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")


class FindsKey:
    """A dictionary key for what a rule finds, hashed once: a pattern rule's options hold hundreds
    of patterns, and the engine looks its hits up a hundred and fifty times an article."""

    __slots__ = ("value", "_hash")

    def __init__(self, value: tuple) -> None:
        self.value = value
        self._hash = hash(value)

    def __hash__(self) -> int:
        return self._hash

    def __eq__(self, other: object) -> bool:
        return self is other or (isinstance(other, FindsKey) and self._hash == other._hash and self.value == other.value)


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
    #: The options every rule takes, applied by the engine to what ``check`` finds.
    shared: SharedOptions = SharedOptions()
    #: What the rule's findings can be fixed by (:mod:`lint_news.fixes`), or None.
    fix: FixSpec | None = None

    @cached_property
    def finds(self) -> FindsKey:
        """What decides this rule's hits: its check, its options and the options every rule takes
        (not its severity). Two rules with equal ``finds`` find the same on any document."""
        return FindsKey((self.check, self.options, self.shared))

    def run(self, document: Document) -> list[Hit]:
        return apply(document, self.shared, self.check(document, self.options))

    def with_options(self, overrides: dict[str, Any], kinds: dict[str, Kind]) -> Rule:
        """This rule with some options changed (from configuration); raises OptionError."""
        if self.kind not in kinds:
            raise OptionError(f"rule {self.code} takes no options")
        kind = kinds[self.kind]
        own, shared = split_options(overrides)
        options = build_options(kind.options, own, base=self.options, also_allowed=SHARED_NAMES)
        shared_options = build_shared(self.shared, shared)
        try:
            kind.validate(options)
        except ValueError as error:
            raise OptionError(str(error)) from None
        return dataclasses.replace(self, options=options, shared=shared_options)

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
    fix: str | dict[str, Any] | None = None,
) -> Rule:
    """Declare a rule written in Python, for the ``lint_news.rules`` entry-point group.

    ``check(document, options)`` receives ``None`` as options and yields
    :class:`~lint_news.findings.Hit` objects. ``fix`` is declared as in a pack
    (:mod:`lint_news.fixes`): ``"delete-sentence"`` or ``{"action": ..., "safety": ...}``.
    """
    spec = parse_fix(fix) if fix is not None else None
    rule = Rule(code, name, family, Severity.parse(severity), message, summary, why, bad, good, "python", None, check, "python", enabled, fix=spec)
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
