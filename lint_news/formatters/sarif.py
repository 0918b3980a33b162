"""SARIF 2.1.0 for code-scanning services (GitHub code scanning, Azure DevOps, IDE viewers).

One run: the driver describes every rule that ran (with its documentation as help), each finding
is a result with a region and a partial fingerprint, and unreadable files are tool execution
notifications (which also make ``executionSuccessful`` false). Columns count Unicode code points,
as everywhere in lint-news, so the run says ``"columnKind": "unicodeCodePoints"``.

The fingerprint ``lintNews/v1`` hashes the rule code, the finding's text and its line's text
(whitespace collapsed) and how many earlier findings in the same file share those: it does not
depend on the line number, so a finding keeps its identity when text is added above it.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import posixpath
import re
import textwrap
import unicodedata
from pathlib import Path, PurePath
from collections.abc import Callable, Iterable
from typing import Any
from urllib.parse import quote

from lint_news import __version__
from lint_news.findings import Finding, Severity
from lint_news.report import FileReport, Report, Tally
from lint_news.rules import Rule

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://github.com/lint-news/lint-news"
SRCROOT = "%SRCROOT%"
FINGERPRINT = "lintNews/v1"

_LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
_SPACE = re.compile(r"\s+")


def level(severity: Severity) -> str:
    """The SARIF ``level`` for a severity: error, warning, or note (for info)."""
    return _LEVELS[severity]


def artifact_location(path: str) -> dict[str, str]:
    """``path`` as a SARIF artifactLocation: a relative URI under %SRCROOT%, or a file: URI."""
    if os.path.isabs(path):
        return {"uri": Path(path).as_uri()}
    slashed = path
    for separator in {os.sep, os.altsep} - {None, "/"}:
        slashed = slashed.replace(separator, "/")
    return {"uri": quote(posixpath.normpath(slashed), safe="/"), "uriBaseId": SRCROOT}


def _normalized(text: str) -> str:
    return _SPACE.sub(" ", unicodedata.normalize("NFC", text)).strip()


def _fingerprint_key(file: FileReport, finding: Finding) -> str:
    lines = [file.source_line(number) for number in range(finding.line, finding.end_line + 1)]
    context = " ".join(line for line in lines if line is not None)
    return "\x1f".join((finding.code, _normalized(finding.excerpt), _normalized(context)))


def fingerprints(file: FileReport) -> list[str]:
    """The ``lintNews/v1`` fingerprint of each of ``file``'s findings, in order."""
    seen: dict[str, int] = {}
    out = []
    for finding in file.findings:
        key = _fingerprint_key(file, finding)
        occurrence = seen.get(key, 0)
        seen[key] = occurrence + 1
        out.append(hashlib.sha256(f"{key}\x1f{occurrence}".encode()).hexdigest())
    return out


def _rule_descriptor(rule: Rule) -> dict[str, Any]:
    from lint_news.docs import rule_documentation

    # the pack by file name only (as in docs/RULES.md): a log uploaded from CI must not
    # carry the runner's directories, and must not change with them
    documentation = rule_documentation(dataclasses.replace(rule, source=PurePath(rule.source).name))
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary.strip()},
        "fullDescription": {"text": textwrap.dedent(rule.why).strip()},
        "help": {"text": documentation, "markdown": documentation},
        "defaultConfiguration": {"level": level(rule.severity)},
        "properties": {"family": rule.family, "tags": [rule.family]},
    }


def _result(file: FileReport, finding: Finding, fingerprint: str, rule_index: dict[str, int]) -> dict[str, Any]:
    region = {
        "startLine": finding.line,
        "startColumn": finding.column,
        "endLine": finding.end_line,
        "endColumn": finding.end_column,
        "charOffset": finding.offset,
        "charLength": finding.length,
        "snippet": {"text": finding.excerpt},
    }
    result: dict[str, Any] = {"ruleId": finding.code}
    if finding.code in rule_index:
        result["ruleIndex"] = rule_index[finding.code]
    properties: dict[str, Any] = {"family": finding.family}
    if finding.suggestion is not None:
        properties["suggestion"] = finding.suggestion
    if finding.fix is not None:
        properties["fixSafety"] = finding.fix.safety
    result.update(
        {
            "level": level(finding.severity),
            "message": {"text": finding.message},
            "locations": [{"physicalLocation": {"artifactLocation": artifact_location(file.path), "region": region}}],
            "partialFingerprints": {FINGERPRINT: fingerprint},
            "properties": properties,
        }
    )
    if finding.fix is not None:
        replacements = [
            {"deletedRegion": {"charOffset": edit.offset, "charLength": edit.length}, **({"insertedContent": {"text": edit.replacement}} if edit.replacement else {})}
            for edit in finding.fix.edits
        ]
        result["fixes"] = [
            {
                "description": {"text": f"{finding.fix.title} ({finding.fix.safety} fix)"},
                "artifactChanges": [{"artifactLocation": artifact_location(file.path), "replacements": replacements}],
            }
        ]
    return result


def _notification(file: FileReport) -> dict[str, Any]:
    text = file.error if file.error_scope == "configuration" else f"{file.path}: {file.error}"
    return {
        "level": "error",
        "message": {"text": text},
        "locations": [{"physicalLocation": {"artifactLocation": artifact_location(file.path)}}],
    }


def _source_root() -> str:
    uri = Path.cwd().as_uri()
    return uri if uri.endswith("/") else uri + "/"


def sarif_log(report: Report) -> dict[str, Any]:
    """The SARIF log as a dictionary (one run)."""
    rules = report.rules
    rule_index = {rule.code: index for index, rule in enumerate(rules)}
    results = []
    substance: dict[str, float | None] = {}
    for file in report.files:
        if file.error is not None:
            continue
        for finding, fingerprint in zip(file.findings, fingerprints(file)):
            results.append(_result(file, finding, fingerprint, rule_index))
        substance[file.path] = file.substance.score if file.substance else None
    errors = report.errors
    run = {
        "tool": {
            "driver": {
                "name": "lint-news",
                "version": __version__,
                "semanticVersion": __version__,
                "informationUri": INFORMATION_URI,
                "rules": [_rule_descriptor(rule) for rule in rules],
            }
        },
        "invocations": [
            {
                "executionSuccessful": not errors,
                "toolExecutionNotifications": [_notification(file) for file in errors],
            }
        ],
        "originalUriBaseIds": {SRCROOT: {"uri": _source_root()}},
        "columnKind": "unicodeCodePoints",
        "results": results,
        "properties": {"substance": substance},
    }
    return {"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [run]}


def stream(files: Iterable[FileReport], write: Callable[[str], object]) -> Tally:
    """One document, written when the last file is in: its driver lists first every rule that ran."""
    report = Report(list(files))
    write(json.dumps(sarif_log(report), ensure_ascii=False, indent=2) + "\n")
    return Tally.of(report.files)
