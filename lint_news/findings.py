"""Severities, the findings rules produce, and the findings users see."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from lint_news.blocks import Block


class Severity(str, Enum):
    """How sure and how bad: ``error`` near-certain defects, ``warning`` clear
    padding, ``info`` stylistic tells."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return _RANK[self]

    @classmethod
    def parse(cls, value: str) -> Severity:
        try:
            return cls(value)
        except ValueError:
            allowed = ", ".join(s.value for s in cls)
            raise ValueError(f"unknown severity {value!r} (allowed: {allowed})") from None


_RANK = {Severity.INFO: 0, Severity.WARNING: 1, Severity.ERROR: 2}

#: The family names of DESIGN 3.1; the ``family`` field only ever holds one of these.
FAMILIES = (
    "repetition",
    "duplicated-headline",
    "meta-commentary",
    "placeholder-citation",
    "padding",
    "filler",
    "unattributed-claim",
    "placeholder-text",
    "assistant-leak",
)


@dataclass(frozen=True)
class Hit:
    """What a rule reports: a span and the values for its message template.

    A hit in a block's text gives the ``block`` and ``start``/``end`` within
    ``block.text``; the engine maps them to the source once, for every kind. A
    hit on a block's markup (a whole heading line, a link's target) gives its
    block and source offsets (``source_offsets``); a hit outside any block (an
    unused directive in a comment) gives source offsets and no block. The
    block is what the shared options test (:mod:`lint_news.shared_options`).
    ``params`` fill the ``{placeholders}`` of the rule's message; ``message``
    replaces the template entirely when a rule needs full control.
    ``severity`` overrides the rule's default for this hit (a density rule
    escalating from info to warning); configuration overrides still win.
    ``notice`` marks the rule saying it gave up here (a pattern past its time
    limit): never filtered, never counted as a match, never merged with another
    finding at the same place. ``fix_unsafe`` says the rule's declared fix needs a
    person's review for this hit although it is safe in general (an unused
    directive that names a rule this run left out may be wanted later).
    """

    start: int
    end: int
    params: dict[str, Any] = field(default_factory=dict)
    message: str | None = None
    severity: Severity | None = None
    block: Block | None = field(default=None, compare=False, repr=False)
    source_offsets: bool = False
    notice: bool = False
    fix_unsafe: bool = False

    def source_span(self) -> tuple[int, int]:
        """The hit's start and end as source offsets."""
        if self.block is None or self.source_offsets:
            return self.start, self.end
        return self.block.source_span(self.start, self.end)


SAFE = "safe"
UNSAFE = "unsafe"


@dataclass(frozen=True)
class Edit:
    """Replace ``length`` code points of the source at ``offset`` with ``replacement``.

    Offsets are those of the finding: code points of the text as given, after a
    byte-order mark. An empty replacement deletes; a zero length inserts."""

    offset: int
    length: int
    replacement: str

    @property
    def end(self) -> int:
        return self.offset + self.length

    def to_dict(self) -> dict[str, Any]:
        return {"offset": self.offset, "length": self.length, "replacement": self.replacement}


@dataclass(frozen=True)
class Fix:
    """How to remove a finding: edits applied together, a title for a menu, and how safe it is.

    ``safe`` fixes never change the meaning of a reported fact (they delete residue or
    scaffolding, or drop a stock opener and re-capitalise), so ``check --fix`` applies
    them; ``unsafe`` ones are rewrites a person should review (``--unsafe-fixes``)."""

    title: str
    safety: str
    edits: tuple[Edit, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"title": self.title, "safety": self.safety, "edits": [edit.to_dict() for edit in self.edits]}


@dataclass(frozen=True)
class Finding:
    """A located, explained defect: one entry of ``files[].findings`` in the JSON report."""

    code: str
    rule: str
    family: str
    severity: Severity
    message: str
    line: int
    column: int
    end_line: int
    end_column: int
    offset: int
    length: int
    excerpt: str
    fix: Fix | None = None

    @property
    def suggestion(self) -> str | None:
        """The replacement text, when the fix is one edit of exactly the finding's characters
        (the JSON report's ``suggestion``, for clients older than ``fix``)."""
        if self.fix is None or len(self.fix.edits) != 1:
            return None
        edit = self.fix.edits[0]
        return edit.replacement if (edit.offset, edit.length) == (self.offset, self.length) else None

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "rule": self.rule,
            "family": self.family,
            "severity": self.severity.value,
            "message": self.message,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "offset": self.offset,
            "length": self.length,
            "excerpt": self.excerpt,
            "suggestion": self.suggestion,
            "fix": self.fix.to_dict() if self.fix is not None else None,
        }
