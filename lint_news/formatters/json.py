"""The JSON report of DESIGN 3.2 (schema ``lint-news/report@1``), one document on stdout.

Written as the files come: the document's head, each file's entry once it is linted, then the
summary, byte for byte what ``json.dumps(report_dict(report), indent=2)`` gives.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import Any

from lint_news import __version__
from lint_news.report import SCHEMA, FileReport, Report, Tally


def _head() -> dict[str, Any]:
    return {"schema": SCHEMA, "tool": {"name": "lint-news", "version": __version__}}


def report_dict(report: Report) -> dict[str, Any]:
    return {**_head(), "files": [file.to_dict() for file in report.files], "summary": report.summary()}


def _indented(value: Any, depth: int) -> str:
    """``value`` as ``json.dumps(..., indent=2)`` writes it ``depth`` levels down in a document."""
    return json.dumps(value, ensure_ascii=False, indent=2).replace("\n", "\n" + "  " * depth)


def stream(files: Iterable[FileReport], write: Callable[[str], object]) -> Tally:
    tally = Tally()
    write(_indented(_head(), 0)[:-2] + ',\n  "files": [')
    for file in files:
        write(("," if tally.files else "") + "\n    " + _indented(file.to_dict(), 2))
        tally.add(file)
    write(("\n  ]" if tally.files else "]") + ',\n  "summary": ' + _indented(tally.summary(), 1) + "\n}\n")
    return tally
