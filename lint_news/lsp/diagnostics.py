"""Linting one document for the language server: a lint-news report as LSP diagnostics.

No event loop and no server here, so tests call it directly.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path, PurePath
from typing import TYPE_CHECKING

from lsprotocol import types
from pygls.uris import to_fs_path

from lint_news.lsp.positions import UTF16, split_lines, to_lsp, units

if TYPE_CHECKING:
    from lint_news.config import Config
    from lint_news.findings import Finding
    from lint_news.report import FileReport, Substance
    from lint_news.rules import Rule


logger = logging.getLogger(__name__)

SOURCE = "lint-news"
SUBSTANCE_CODE = "substance"
CONFIG_CODE = "configuration"
INTERNAL_CODE = "internal-error"
INPUT_CODE = "input"  # the document was not linted: too large, binary, not UTF-8
MORE_CODE = "more"  # the note after the first MAX_DIAGNOSTICS findings

_SEVERITIES = {
    "error": types.DiagnosticSeverity.Error,
    "warning": types.DiagnosticSeverity.Warning,
    "info": types.DiagnosticSeverity.Information,
}
_SUFFIX_FOR_LANGUAGE = {"markdown": ".md", "html": ".html", "plaintext": ".txt", "text": ".txt"}


# ---------------------------------------------------------------------------
# Linting one document (no event loop, no server: callable from tests)


@dataclass
class Entry:
    """One published diagnostic and what it came from (a finding, or None for substance and errors)."""

    diagnostic: types.Diagnostic
    finding: Finding | None = None


@dataclass
class Linted:
    """The outcome of linting one version of a document: its diagnostics and what hover and code actions need."""

    uri: str
    version: int | None
    text: str
    format: str  # plain | markdown | html
    encoding: str
    entries: list[Entry] = field(default_factory=list)
    rules: dict[str, Rule] = field(default_factory=dict)
    substance: Substance | None = None
    #: How it was linted (the name its format came from, the file, the configuration), for
    #: "fix all", which lints it again pass by pass as ``check --fix`` does. None: not linted.
    config: Config | None = None
    name: str = ""
    path: Path | None = None
    #: The "fix all" action, worked out on the first request for this version of the text.
    fix_all: list[types.CodeAction] | None = field(default=None, repr=False)

    @property
    def diagnostics(self) -> list[types.Diagnostic]:
        return [entry.diagnostic for entry in self.entries]


def document_name(uri: str, language_id: str | None = None) -> tuple[str, Path | None]:
    """The name lint-news reads the document as (its suffix picks the format) and its path, if on disk.

    A ``file://`` URI gives the file's path; anything else (``untitled:``) has no
    path and gets its defaults. When the name has no suffix lint-news knows,
    the editor's language id decides ("markdown" -> Markdown).
    """
    from lint_news.readers import FORMATS_BY_SUFFIX

    path_text = to_fs_path(uri) if uri.startswith("file:") else None
    path = Path(path_text) if path_text else None
    name = str(path) if path is not None else (uri.rsplit("/", 1)[-1] or "untitled")
    if PurePath(name).suffix.lower() not in FORMATS_BY_SUFFIX:
        name += _SUFFIX_FOR_LANGUAGE.get((language_id or "").lower(), "")
    return name, path


def _error_entry(message: str, code: str) -> Entry:
    zero = types.Position(line=0, character=0)
    return Entry(
        types.Diagnostic(
            range=types.Range(start=zero, end=zero),
            message=message,
            severity=types.DiagnosticSeverity.Error,
            code=code,
            source=SOURCE,
        )
    )


def _more_entry(hidden: int, first: types.Diagnostic) -> Entry:
    """An Information note at the first finding not shown, saying how many were not."""
    from lint_news.lsp.limits import more_message

    return Entry(
        types.Diagnostic(
            range=types.Range(start=first.range.start, end=first.range.start),
            message=more_message(hidden),
            severity=types.DiagnosticSeverity.Information,
            code=MORE_CODE,
            source=SOURCE,
        )
    )


def finding_diagnostic(finding: Finding, lines: list[str], encoding: str = UTF16, bom: bool = False) -> types.Diagnostic:
    """The LSP diagnostic for one finding; ``lines`` are the document's lines (see :func:`split_lines`)."""
    shift_start = 1 if bom and finding.line == 1 else 0
    shift_end = 1 if bom and finding.end_line == 1 else 0
    start = to_lsp(lines, finding.line, finding.column + shift_start, encoding)
    end = to_lsp(lines, finding.end_line, finding.end_column + shift_end, encoding)
    return types.Diagnostic(
        range=types.Range(start=types.Position(*start), end=types.Position(*end)),
        message=finding.message,
        severity=_SEVERITIES[finding.severity.value],
        code=finding.code,
        source=SOURCE,
        data={"rule": finding.rule, "family": finding.family, "suggestion": finding.suggestion},
    )


def substance_message(substance: Substance) -> str:
    """``substance 23/100 (low): reason; reason; ...`` or ``substance: not scored (why)``."""
    reasons = "; ".join(reason.text for reason in substance.reasons)
    if substance.score is None:
        return f"substance: not scored ({reasons or 'no score'})"
    head = f"substance {substance.score:.0f}/100 ({substance.band})"
    return f"{head}: {reasons}" if reasons else head


def _headline_line(text: str, name: str) -> int:
    """The 0-based line of the headline (the first non-blank line when there is none)."""
    from lint_news.readers import read_document
    from lint_news.sources import InputError

    try:
        headline = read_document(text, name).headline  # cheap: no sentences or quotations yet
    except InputError:
        headline = None
    if headline is not None:
        return text.count("\n", 0, headline.start)
    for index, line in enumerate(text.split("\n")):
        if line.strip():
            return index
    return 0


def _substance_entry(report: FileReport, text: str, name: str, lines: list[str], encoding: str, bom: bool) -> Entry | None:
    substance = report.substance
    if substance is None:
        return None
    line = _headline_line(text, name)
    if line >= len(lines):
        line = max(len(lines) - 1, 0)
    severity = types.DiagnosticSeverity.Information
    message = substance_message(substance)
    minimum = report.min_substance
    if minimum is not None and substance.score is not None and substance.score < minimum:
        severity = types.DiagnosticSeverity.Warning
        message += f" (below min-substance {minimum:g})"
    end = units(lines[line], encoding) if lines else 0
    return Entry(
        types.Diagnostic(
            range=types.Range(start=types.Position(line=line, character=0), end=types.Position(line=line, character=end)),
            message=message,
            severity=severity,
            code=SUBSTANCE_CODE,
            source=SOURCE,
            data={"score": substance.score, "band": substance.band},
        )
    )


def lint_text(uri: str, text: str, version: int | None = None, language_id: str | None = None, encoding: str = UTF16) -> Linted:
    """Lint one document's text as the command line would lint the file; never raises.

    Text the command line would refuse (too large, binary, not UTF-8: see
    :mod:`lint_news.lsp.limits`) is not linted: one Error diagnostic at the top
    says why. At most :data:`~lint_news.lsp.limits.MAX_DIAGNOSTICS` findings are
    published, then a note says how many more there were.
    """
    from lint_news.lsp.limits import MAX_DIAGNOSTICS, refusal, refusal_message
    from lint_news.readers import format_for

    name, path = document_name(uri, language_id)
    linted = Linted(uri, version, text, format_for(name), encoding)
    try:
        reason = refusal(text, path)
        if reason is not None:
            linted.entries.append(_error_entry(refusal_message(reason), INPUT_CODE))
            return linted
        from lint_news.config import DEFAULT, ConfigError, config_for
        from lint_news.runner import forget_configuration, lint_source

        forget_configuration()
        try:
            config = config_for(path) if path is not None else DEFAULT
        except ConfigError as error:
            linted.entries.append(_error_entry(str(error), CONFIG_CODE))
            return linted
        bom = text.startswith("\ufeff")
        source = text[1:] if bom else text
        report = lint_source(source, name, config, path)
        if report.error is not None:
            if report.error_scope == "configuration":
                linted.entries.append(_error_entry(report.error, CONFIG_CODE))
            else:
                linted.entries.append(_error_entry(refusal_message(report.error), INPUT_CODE))
            return linted
        lines = split_lines(text)
        linted.config, linted.name, linted.path = config, name, path
        linted.rules = {rule.code: rule for rule in report.rules}
        linted.substance = report.substance
        findings = report.findings
        linted.entries.extend(Entry(finding_diagnostic(finding, lines, encoding, bom), finding) for finding in findings[:MAX_DIAGNOSTICS])
        substance = _substance_entry(report, source, name, lines, encoding, bom)
        if substance is not None:
            linted.entries.append(substance)
        if len(findings) > MAX_DIAGNOSTICS:
            first_hidden = finding_diagnostic(findings[MAX_DIAGNOSTICS], lines, encoding, bom)
            linted.entries.append(_more_entry(len(findings) - MAX_DIAGNOSTICS, first_hidden))
    except Exception as error:  # a bug must not take the editor's server down
        logger.exception("lint-news failed on %s", uri)
        linted.entries = [_error_entry(f"lint-news internal error: {type(error).__name__}: {error}", INTERNAL_CODE)]
    return linted
