"""Hover documentation and code actions for the diagnostics of one linted document."""

from __future__ import annotations

from typing import TYPE_CHECKING

from lsprotocol import types

from lint_news.lsp.positions import split_lines

if TYPE_CHECKING:
    from lint_news.report import Substance


from lint_news.lsp.diagnostics import SUBSTANCE_CODE, Linted


# ---------------------------------------------------------------------------
# Hover and code actions


def _before(a: types.Position, b: types.Position) -> bool:
    return (a.line, a.character) < (b.line, b.character)


def covers(diagnostic_range: types.Range, position: types.Position) -> bool:
    """Whether ``position`` is on the diagnostic (its end included, so hovering just after a word counts)."""
    return not _before(position, diagnostic_range.start) and not _before(diagnostic_range.end, position)


def overlaps(a: types.Range, b: types.Range) -> bool:
    return not _before(a.end, b.start) and not _before(b.end, a.start)


def substance_documentation(substance: Substance) -> str:
    """Markdown for hovering over the substance score: the score and each reason's pull on it."""
    if substance.score is None:
        why = "; ".join(reason.text for reason in substance.reasons) or "no score"
        return f"# substance: not scored\n\n{why}\n"
    lines = [f"# substance {substance.score:.0f}/100 ({substance.band})", "", "How much the article says, 0-100; the reasons that moved the score most:", ""]
    for reason in substance.reasons:
        lines.append(f"- {reason.text} ({reason.effect:+.0f})")
    lines += ["", "See `lint-news score` for the same report on the command line."]
    return "\n".join(lines) + "\n"


def hover_for(linted: Linted, position: types.Position) -> types.Hover | None:
    """The documentation of every rule whose diagnostic is under ``position``."""
    from lint_news.docs import rule_documentation

    parts: list[str] = []
    hit: types.Range | None = None
    for entry in linted.entries:
        diagnostic = entry.diagnostic
        if not covers(diagnostic.range, position):
            continue
        if entry.finding is not None:
            rule = linted.rules.get(entry.finding.code)
            text = rule_documentation(rule) if rule is not None else f"# {entry.finding.rule} ({entry.finding.code})\n"
        elif diagnostic.code == SUBSTANCE_CODE and linted.substance is not None:
            text = substance_documentation(linted.substance)
        else:
            continue
        if text not in parts:
            parts.append(text)
            hit = hit or diagnostic.range
    if not parts:
        return None
    return types.Hover(
        contents=types.MarkupContent(kind=types.MarkupKind.Markdown, value="\n---\n\n".join(parts)),
        range=hit,
    )


def directive_text(format: str, code: str) -> str:
    """The ``disable-next-line`` directive for ``code`` in the document's format."""
    if format in ("markdown", "html"):
        return f"<!-- lint-news: disable-next-line {code} -->"
    return f"# lint-news: disable-next-line {code}"


def line_ending(text: str) -> str:
    return "\r\n" if "\r\n" in text else "\n"


def code_actions_for(linted: Linted, request_range: types.Range, text: str | None = None) -> list[types.CodeAction]:
    """Quick fixes for the lint-news diagnostics that overlap ``request_range``.

    ``text`` is the document as it is now (defaults to the linted text): the
    directive copies the indentation of the diagnostic's line and the
    document's line ending.
    """
    text = linted.text if text is None else text
    lines = split_lines(text)
    eol = line_ending(text)
    actions: list[types.CodeAction] = []
    disabled: set[tuple[str, int]] = set()
    for entry in linted.entries:
        finding, diagnostic = entry.finding, entry.diagnostic
        if finding is None or not overlaps(diagnostic.range, request_range):
            continue
        if finding.suggestion is not None:
            replacement = finding.suggestion
            title = f"Replace with '{replacement}' (lint-news)" if replacement else "Delete it (lint-news)"
            actions.append(
                types.CodeAction(
                    title=title,
                    kind=types.CodeActionKind.QuickFix,
                    diagnostics=[diagnostic],
                    is_preferred=True,
                    edit=types.WorkspaceEdit(changes={linted.uri: [types.TextEdit(range=diagnostic.range, new_text=replacement)]}),
                )
            )
        line = diagnostic.range.start.line
        if (finding.code, line) in disabled:
            continue
        disabled.add((finding.code, line))
        current = lines[line] if line < len(lines) else ""
        indent = current[: len(current) - len(current.lstrip())]
        at = types.Position(line=line, character=0)
        actions.append(
            types.CodeAction(
                title=f"Disable {finding.code} for this line (lint-news)",
                kind=types.CodeActionKind.QuickFix,
                diagnostics=[diagnostic],
                edit=types.WorkspaceEdit(
                    changes={linted.uri: [types.TextEdit(range=types.Range(start=at, end=at), new_text=indent + directive_text(linted.format, finding.code) + eol)]}
                ),
            )
        )
    return actions
