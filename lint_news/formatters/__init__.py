"""Formatters turn a :class:`~lint_news.report.Report` into text for a reader or a program.

``text`` for people, ``json`` (DESIGN 3.2) for editors and scripts, ``json-lines`` (one finding
per line) for log pipelines, ``sarif`` (SARIF 2.1.0) for code-scanning services and ``github``
(workflow commands) for GitHub Actions annotations.
"""

from __future__ import annotations

from importlib import import_module

from lint_news.report import Report

FORMATS = ("text", "json", "json-lines", "sarif", "github")
_MODULES = {"text": "text", "json": "json", "json-lines": "jsonlines", "sarif": "sarif", "github": "github"}


def render(report: Report, output_format: str, *, colour: bool = False, quiet: bool = False, statistics: bool = False) -> str:
    """The report in ``output_format``; the text-only options are ignored by the others."""
    module = import_module(f"lint_news.formatters.{_MODULES[output_format]}")
    if output_format == "text":
        return module.render(report, colour=colour, quiet=quiet, statistics=statistics)
    return module.render(report)
