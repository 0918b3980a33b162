"""Applying fixes: ``check --fix``, ``fix_text`` and the editor's "fix all".

The findings of one lint carry their fixes (:mod:`lint_news.fixes`). Those chosen (the safe
ones, or all with ``unsafe``) are applied together, earliest first: a fix whose edits overlap
one already taken waits for the next pass, so the outcome never depends on the order rules ran
in. The text is linted again and the new fixes applied, until a pass changes nothing or
``MAX_PASSES`` have run (a chatbot preamble above a headline printed twice needs two: only
once the preamble is gone is the first headline the headline). Only the characters a fix names
change; everything else, line endings included, is kept byte for byte.
"""

from __future__ import annotations

import bisect
import difflib
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from lint_news.findings import SAFE, Edit, Finding

if TYPE_CHECKING:
    from lint_news.config import Config
    from lint_news.report import FileReport

MAX_PASSES = 6
BOM = b"\xef\xbb\xbf"


@dataclass(frozen=True)
class AppliedFix:
    """A fix that was applied: the finding's rule, the fix's title and safety, and the 1-based
    line it stood on in the text of its pass."""

    code: str
    rule: str
    title: str
    safety: str
    line: int


@dataclass
class FixOutcome:
    """What fixing one file did: the fixes applied, and the text before and after."""

    original: str
    fixed: str
    applied: list[AppliedFix] = field(default_factory=list)
    standard_input: bool = False  # the fixed text goes to stdout rather than back to a file

    @property
    def changed(self) -> bool:
        return self.fixed != self.original

    def diff(self, name: str) -> str:
        """A unified diff from the original to the fixed text, as ``git apply`` reads it."""
        shown = name.lstrip("/")
        lines = difflib.unified_diff(self.original.splitlines(keepends=True), self.fixed.splitlines(keepends=True), f"a/{shown}", f"b/{shown}")
        out = []
        for line in lines:
            out.append(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n")
        return "".join(out)


@dataclass(frozen=True)
class FixResult:
    """What :func:`lint_news.fix_text` returns: the fixed text, the fixes applied in order, and
    the report of the fixed text (the findings that remain)."""

    text: str
    applied: tuple[AppliedFix, ...]
    report: FileReport


def wanted(finding: Finding, unsafe: bool) -> bool:
    return finding.fix is not None and (unsafe or finding.fix.safety == SAFE)


def apply_fixes(text: str, findings: list[Finding], unsafe: bool = False) -> tuple[str, list[Finding]]:
    """``text`` with the chosen fixes of ``findings`` applied, and the findings whose fixes were.

    Fixes go earliest first (then by code); one with an edit overlapping an edit already taken
    is left for the next pass, whole: a fix's edits are applied together or not at all."""
    chosen = sorted((finding for finding in findings if wanted(finding, unsafe)), key=lambda f: (min(e.offset for e in f.fix.edits), f.code, f.offset))
    taken = _Taken()
    applied: list[Finding] = []
    for finding in chosen:
        edits = finding.fix.edits
        if not all(taken.free(edit) for edit in edits):
            continue
        if any(_overlap(edit, other) for index, edit in enumerate(edits) for other in edits[index + 1 :]):
            continue  # a rule's broken fix: skipped rather than guessed at
        for edit in edits:
            taken.add(edit)
        applied.append(finding)
    pieces, position = [], 0
    for edit in taken.edits:
        pieces += [text[position : edit.offset], edit.replacement]
        position = edit.end
    pieces.append(text[position:])
    return "".join(pieces), applied


def _overlap(one: Edit, other: Edit) -> bool:
    if one.offset == other.offset:
        return True  # two edits at one place (two insertions, or an insertion and a deletion): order unknown
    return one.offset < other.end and other.offset < one.end


class _Taken:
    """The edits a pass has taken, in order: none overlaps another, so whether a new one is free
    asks only its neighbours (a long file holds thousands of fixes)."""

    def __init__(self) -> None:
        self.edits: list[Edit] = []
        self._starts: list[int] = []

    def free(self, edit: Edit) -> bool:
        index = bisect.bisect_left(self._starts, edit.offset)
        if index < len(self.edits) and _overlap(edit, self.edits[index]):
            return False
        return not (index > 0 and _overlap(edit, self.edits[index - 1]))

    def add(self, edit: Edit) -> None:
        index = bisect.bisect_left(self._starts, edit.offset)
        self._starts.insert(index, edit.offset)
        self.edits.insert(index, edit)


def fix_source(text: str, name: str, config: Config, location: Path | None = None, unsafe: bool = False, format: str | None = None) -> tuple[FixOutcome, FileReport]:
    """Fix ``text`` pass by pass; the outcome and the report of what remains in the fixed text."""
    from lint_news.runner import lint_source

    outcome = FixOutcome(text, text)
    report = lint_source(text, name, config, location, format)
    for _ in range(MAX_PASSES):
        if report.error is not None or not any(wanted(finding, unsafe) for finding in report.findings):
            break
        fixed, applied = apply_fixes(outcome.fixed, report.findings, unsafe)
        if fixed == outcome.fixed:
            break
        outcome.applied.extend(AppliedFix(f.code, f.rule, f.fix.title, f.fix.safety, f.line) for f in applied)
        outcome.fixed = fixed
        report = lint_source(fixed, name, config, location, format)
    return outcome, report


def encode_like(text: str, original: bytes) -> bytes:
    """``text`` as UTF-8, with the byte-order mark ``original`` started with (if it did)."""
    return (BOM if original.startswith(BOM) else b"") + text.encode("utf-8")
