"""The JSON report of DESIGN 3.2 (schema ``lint-news/report@1``), one document on stdout."""

from __future__ import annotations

import json
from typing import Any

from lint_news import __version__
from lint_news.report import SCHEMA, Report


def report_dict(report: Report) -> dict[str, Any]:
    return {
        "schema": SCHEMA,
        "tool": {"name": "lint-news", "version": __version__},
        "files": [file.to_dict() for file in report.files],
        "summary": report.summary(),
    }


def render(report: Report) -> str:
    return json.dumps(report_dict(report), ensure_ascii=False, indent=2) + "\n"
