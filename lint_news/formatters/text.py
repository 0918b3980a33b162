"""The human-readable report: ``path:line:col: CODE [family] message`` with the excerpt underlined."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from lint_news.findings import Finding, Severity
from lint_news.report import FileReport, Tally

#: Characters of context shown either side of a finding on long lines.
_CONTEXT = 40
_SEVERITY_COLOURS = {Severity.ERROR: "red", Severity.WARNING: "yellow", Severity.INFO: "blue"}


class _Style:
    def __init__(self, colour: bool) -> None:
        self.colour = colour

    def __call__(self, text: str, **styles) -> str:
        if not self.colour:
            return text
        import click

        return click.style(text, **styles)


def _snippet(line_text: str, finding: Finding) -> tuple[str, str]:
    """The source line (trimmed around the finding) and the caret line under it."""
    start = finding.column - 1
    end = finding.end_column - 1 if finding.end_line == finding.line else len(line_text)
    end = max(end, start + 1)
    left = max(0, start - _CONTEXT)
    right = min(len(line_text), end + _CONTEXT)
    prefix = "…" if left > 0 else ""
    suffix = "…" if right < len(line_text) else ""
    shown = prefix + line_text[left:right] + suffix
    carets = " " * (len(prefix) + start - left) + "^" * max(1, min(end, right) - start)
    return shown.replace("\t", " "), carets


def _finding_lines(file: FileReport, finding: Finding, style: _Style, excerpt: bool) -> list[str]:
    location = style(f"{file.path}:{finding.line}:{finding.column}:", bold=True)
    code = style(finding.code, fg=_SEVERITY_COLOURS[finding.severity], bold=True)
    lines = [f"{location} {code} [{finding.family}] {finding.message}"]
    line_text = file.source_line(finding.line) if excerpt else None
    if line_text is not None:
        shown, carets = _snippet(line_text, finding)
        gutter = " " * len(str(finding.line))
        lines += [f"{gutter} |", f"{finding.line} | {shown}", f"{gutter} | {style(carets, fg=_SEVERITY_COLOURS[finding.severity])}", ""]
    return lines


def substance_lines(file: FileReport, reasons: bool = True) -> list[str]:
    """``path: substance 23/100 (low)`` and, if ``reasons``, the reasons behind it, one per line."""
    substance = file.substance
    if substance is None:
        return [f"{file.path}: substance: null"]
    if substance.score is None:
        why = substance.reasons[0].text if substance.reasons else "not scored"
        return [f"{file.path}: substance: null ({why})"]
    lines = [f"{file.path}: substance {substance.score:.0f}/100 ({substance.band})"]
    for reason in substance.reasons if reasons else ():
        sign = "+" if reason.effect > 0 else "-"
        lines.append(f"  {sign} {reason.text} ({reason.effect:+.0f})")
    return lines


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def stream(files: Iterable[FileReport], write: Callable[[str], object], *, colour: bool = False, quiet: bool = False, statistics: bool = False) -> Tally:
    """The text report: findings with excerpts, a substance line per file, a summary."""
    style = _Style(colour)
    tally = Tally()
    for file in files:
        tally.add(file)
        if statistics or file.error is not None:
            continue
        lines = [line for finding in file.findings for line in _finding_lines(file, finding, style, excerpt=not quiet)]
        if not quiet:
            # `check` explains only the scores that need it; `score` always does
            lines.extend(substance_lines(file, reasons=file.substance is not None and file.substance.band != "high"))
        if lines:
            write("".join(line + "\n" for line in lines))
    out: list[str] = []
    if statistics:
        for (code, name, family), count in sorted(tally.by_rule.items(), key=lambda item: (-item[1], item[0])):
            out.append(f"{count:5d}  {style(code, bold=True):7s} [{family}] {name}")
    if not quiet:
        summary = tally.summary()
        by_severity = summary["by_severity"]
        if summary["findings"]:
            detail = ", ".join(_plural(count, severity) for severity, count in by_severity.items())
            out.append(f"Found {_plural(summary['findings'], 'finding')} ({detail}) in {_plural(summary['files'], 'file')}.")
        else:
            out.append(f"No findings in {_plural(summary['files'], 'file')}.")
        if tally.errors:
            out.append(f"{_plural(tally.errors, 'file')} could not be linted (see above).")
    if out:
        write("".join(line + "\n" for line in out))
    return tally
