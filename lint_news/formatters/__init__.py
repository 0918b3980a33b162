"""Formatters turn file reports into text for a reader or a program.

``text`` for people, ``json`` (DESIGN 3.2) for editors and scripts, ``json-lines`` (one finding
per line) for log pipelines, ``sarif`` (SARIF 2.1.0) for code-scanning services and ``github``
(workflow commands) for GitHub Actions annotations.

Each format is written as the files come (:func:`stream`): a run over a corpus prints a file's
findings once it is linted and keeps only the counts (:class:`~lint_news.report.Tally`), so its
memory does not grow with the number of files. SARIF is the exception: one document whose
driver lists, before the results, every rule any file ran, so it holds the files' reports
until the last; for a corpus, use ``json-lines``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from importlib import import_module

from lint_news.report import FileReport, Report, Tally

FORMATS = ("text", "json", "json-lines", "sarif", "github")
_MODULES = {"text": "text", "json": "json", "json-lines": "jsonlines", "sarif": "sarif", "github": "github"}


def stream(
    files: Iterable[FileReport], output_format: str, write: Callable[[str], object], *, colour: bool = False, quiet: bool = False, statistics: bool = False
) -> Tally:
    """Write the report of ``files`` in ``output_format`` through ``write``, piece by piece; the
    text-only options are ignored by the others. Returns the run's tally (for its exit code)."""
    module = import_module(f"lint_news.formatters.{_MODULES[output_format]}")
    if output_format == "text":
        return module.stream(files, write, colour=colour, quiet=quiet, statistics=statistics)
    return module.stream(files, write)


def render(report: Report, output_format: str, *, colour: bool = False, quiet: bool = False, statistics: bool = False) -> str:
    """The whole report in ``output_format``, as one string."""
    parts: list[str] = []
    stream(report.files, output_format, parts.append, colour=colour, quiet=quiet, statistics=statistics)
    return "".join(parts)
