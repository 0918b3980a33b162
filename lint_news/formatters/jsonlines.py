"""JSON lines: one finding per line (its DESIGN 3.2 fields plus ``path``), for log pipelines.

A file that could not be read gives one ``{"path": ..., "error": ...}`` line; there is no
summary line, so a run without findings or errors prints nothing.
"""

from __future__ import annotations

import json

from collections.abc import Callable, Iterable

from lint_news.report import FileReport, Tally


def stream(files: Iterable[FileReport], write: Callable[[str], object]) -> Tally:
    tally = Tally()
    for file in files:
        tally.add(file)
        if file.error is not None:
            write(json.dumps({"path": file.path, "error": file.error}, ensure_ascii=False) + "\n")
            continue
        for finding in file.findings:
            write(json.dumps({"path": file.path, **finding.to_dict()}, ensure_ascii=False) + "\n")
    return tally
