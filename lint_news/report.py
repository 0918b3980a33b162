"""Reports: what one run found, per file, and the exit code it implies."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from lint_news.findings import Finding, Severity

if TYPE_CHECKING:
    from lint_news.fixer import FixOutcome
    from lint_news.rules import Rule

SCHEMA = "lint-news/report@1"

_FAIL_RANK = {"info": 0, "warning": 1, "error": 2}


@dataclass(frozen=True)
class Reason:
    """One feature's pull on the substance score (``effect``, in score points), in an editor's words."""

    feature: str
    value: float
    effect: float
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"feature": self.feature, "value": self.value, "effect": self.effect, "text": self.text}


@dataclass(frozen=True)
class Substance:
    """How much an article says: a 0-100 score (None when abstaining), a band, and why."""

    score: float | None
    band: str | None
    reasons: tuple[Reason, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"score": self.score, "band": self.band, "reasons": [reason.to_dict() for reason in self.reasons]}


@dataclass
class FileReport:
    """The outcome for one file: findings, or the error that kept it from being linted."""

    path: str
    findings: list[Finding] = field(default_factory=list)
    substance: Substance | None = None
    error: str | None = None
    fail_on: str = "warning"
    min_substance: float | None = None
    #: The lines of the linted text that findings stand on, by number (1-based), for the
    #: excerpts of the text and SARIF formats: a run over thousands of files keeps these,
    #: not every file's whole text (see :meth:`keep_lines`).
    lines: dict[int, str] = field(default_factory=dict, repr=False)
    #: Whether ``error`` is about this file ("file": missing, binary, ...) or about the
    #: configuration or rule packs that govern it ("configuration"), which many files share.
    error_scope: str = "file"
    #: The rules that ran on this file (for formats that describe them, such as SARIF).
    rules: tuple[Rule, ...] = field(default=(), repr=False)
    #: What ``check --fix`` did to the file (the findings are then those that remain).
    fixing: FixOutcome | None = field(default=None, repr=False)

    def keep_lines(self, source: str) -> None:
        """Keep the lines of ``source`` (the text linted) that the findings cover."""
        wanted = {number for finding in self.findings for number in range(finding.line, finding.end_line + 1)}
        if wanted:
            split = source.split("\n")
            self.lines = {number: split[number - 1].rstrip("\r") for number in sorted(wanted) if 0 < number <= len(split)}

    def source_line(self, line: int) -> str | None:
        """The 1-based ``line`` of the linted text, without its line ending (lines with findings only)."""
        return self.lines.get(line)

    @property
    def failed(self) -> bool:
        """Whether this file alone makes the run exit 1."""
        if self.error is not None:
            return False
        if self.fail_on != "never":
            threshold = _FAIL_RANK[self.fail_on]
            if any(finding.severity.rank >= threshold for finding in self.findings):
                return True
        score = self.substance.score if self.substance else None
        return self.min_substance is not None and score is not None and score < self.min_substance

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "substance": self.substance.to_dict() if self.substance else None,
            "findings": [finding.to_dict() for finding in self.findings],
            "error": self.error,
        }


@dataclass
class Tally:
    """What a run must remember of the files it has reported: counts, errors and whether one failed.

    A streamed run (``lint-news check`` over a corpus) prints each file's report as it
    comes and keeps only this, so memory does not grow with the number of files."""

    files: int = 0
    by_severity: Counter = field(default_factory=Counter)
    by_family: Counter = field(default_factory=Counter)
    by_rule: Counter = field(default_factory=Counter)  # (code, rule name, family) -> findings
    errors: int = 0
    failed: bool = False

    def add(self, file: FileReport) -> None:
        self.files += 1
        for finding in file.findings:
            self.by_severity[finding.severity.value] += 1
            self.by_family[finding.family] += 1
            self.by_rule[(finding.code, finding.rule, finding.family)] += 1
        if file.error is not None:
            self.errors += 1
        elif file.failed:
            self.failed = True

    @classmethod
    def of(cls, files: list[FileReport]) -> Tally:
        tally = cls()
        for file in files:
            tally.add(file)
        return tally

    def exit_code(self) -> int:
        """0 nothing at or above the fail level, 1 findings (or low substance), 2 input errors."""
        if self.errors:
            return 2
        return 1 if self.failed else 0

    def summary(self) -> dict[str, Any]:
        return {
            "files": self.files,
            "findings": sum(self.by_severity.values()),
            "by_severity": {severity.value: self.by_severity[severity.value] for severity in reversed(Severity) if self.by_severity[severity.value]},
            "by_family": dict(sorted(self.by_family.items())),
        }


@dataclass
class Report:
    """Every file of one run."""

    files: list[FileReport] = field(default_factory=list)

    @property
    def findings(self) -> list[Finding]:
        return [finding for file in self.files for finding in file.findings]

    @property
    def rules(self) -> list[Rule]:
        """Every rule that ran on any file, once, by code."""
        by_code: dict[str, Rule] = {}
        for file in self.files:
            for rule in file.rules:
                by_code.setdefault(rule.code, rule)
        return [by_code[code] for code in sorted(by_code)]

    @property
    def errors(self) -> list[FileReport]:
        return [file for file in self.files if file.error is not None]

    def exit_code(self) -> int:
        """0 nothing at or above the fail level, 1 findings (or low substance), 2 input errors."""
        return Tally.of(self.files).exit_code()

    def summary(self) -> dict[str, Any]:
        return Tally.of(self.files).summary()
