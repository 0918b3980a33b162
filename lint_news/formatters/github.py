"""GitHub Actions workflow commands: one ``::error``/``::warning``/``::notice`` annotation per finding.

GitHub shows each as an annotation on the pull request's diff. Values are escaped as the
runner expects: in the message ``%``, CR and LF; in ``key=value`` properties also ``:`` and ``,``.
"""

from __future__ import annotations

from lint_news.findings import Severity
from collections.abc import Callable, Iterable

from lint_news.report import FileReport, Tally

_LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(value: str) -> str:
    """Escape a workflow command's message (the text after ``::``)."""
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    """Escape a workflow command property value (``file=...``, ``title=...``)."""
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def _command(level: str, properties: dict[str, object], message: str) -> str:
    props = ",".join(f"{key}={escape_property(str(value))}" for key, value in properties.items())
    return f"::{level} {props}::{escape_data(message)}"


def stream(files: Iterable[FileReport], write: Callable[[str], object]) -> Tally:
    tally = Tally()
    for file in files:
        tally.add(file)
        if file.error is not None:
            write(_command("error", {"file": file.path, "line": 1}, file.error) + "\n")  # a line: clients such as efm need one
            continue
        for finding in file.findings:
            properties = {
                "file": file.path,
                "line": finding.line,
                "col": finding.column,
                "endLine": finding.end_line,
                "endColumn": finding.end_column,
                "title": f"{finding.code} ({finding.rule})",
            }
            write(_command(_LEVELS[finding.severity], properties, finding.message) + "\n")
    return tally
