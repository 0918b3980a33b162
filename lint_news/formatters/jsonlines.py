"""JSON lines: one finding per line (its DESIGN 3.2 fields plus ``path``), for log pipelines.

A file that could not be read gives one ``{"path": ..., "error": ...}`` line; there is no
summary line, so a run without findings or errors prints nothing.
"""

from __future__ import annotations

import json

from lint_news.report import Report


def render(report: Report) -> str:
    lines: list[str] = []
    for file in report.files:
        if file.error is not None:
            lines.append(json.dumps({"path": file.path, "error": file.error}, ensure_ascii=False))
            continue
        for finding in file.findings:
            lines.append(json.dumps({"path": file.path, **finding.to_dict()}, ensure_ascii=False))
    return "".join(line + "\n" for line in lines)
