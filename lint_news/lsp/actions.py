"""Hover documentation and code actions for the diagnostics of one linted document."""

from __future__ import annotations

from typing import TYPE_CHECKING

from lsprotocol import types

from lint_news.findings import SAFE
from lint_news.lsp.positions import split_lines, to_lsp, units

if TYPE_CHECKING:
    from lint_news.findings import Finding
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


def fix_title(finding: Finding) -> str:
    """The menu entry for a finding's fix: "Fix: delete the chatbot sign-off (lint-news)"."""
    title = finding.fix.title
    if title[1:2].islower():
        title = title[0].lower() + title[1:]
    review = "; review it" if finding.fix.safety != SAFE else ""
    return f"Fix: {title} (lint-news{review})"


def _edit_position(source: str, lines: list[str], offset: int, encoding: str, bom: bool) -> types.Position:
    """The LSP position of a source offset (code points after any byte-order mark)."""
    line_start = source.rfind("\n", 0, offset) + 1
    line = source.count("\n", 0, line_start) + 1
    column = offset - line_start + 1 + (1 if bom and line == 1 else 0)
    return types.Position(*to_lsp(lines, line, column, encoding))


def text_edits(finding_edits, text: str, encoding: str) -> list[types.TextEdit]:
    """lint-news edits (source offsets) as LSP text edits on the document ``text``."""
    bom = text.startswith("\ufeff")
    source = text[1:] if bom else text
    lines = split_lines(text)
    return [
        types.TextEdit(
            range=types.Range(start=_edit_position(source, lines, edit.offset, encoding, bom), end=_edit_position(source, lines, edit.end, encoding, bom)),
            new_text=edit.replacement,
        )
        for edit in finding_edits
    ]


def code_actions_for(linted: Linted, request_range: types.Range, text: str | None = None, only: list[str] | None = None) -> list[types.CodeAction]:
    """Quick fixes for the lint-news diagnostics that overlap ``request_range``, and "fix all".

    ``text`` is the document as it is now (defaults to the linted text): the
    directive copies the indentation of the diagnostic's line and the
    document's line ending. A finding's fix is offered only while the document is
    the text that was linted: its offsets mean nothing in an edited one.
    ``only`` is the client's filter of action kinds (``source.fixAll`` asks for the
    fix-all action alone).
    """
    text = linted.text if text is None else text
    current = text == linted.text
    lines = split_lines(text)
    eol = line_ending(text)
    actions: list[types.CodeAction] = []
    disabled: set[tuple[str, int]] = set()
    for entry in linted.entries if _asked(only, types.CodeActionKind.QuickFix) else ():
        finding, diagnostic = entry.finding, entry.diagnostic
        if finding is None or not overlaps(diagnostic.range, request_range):
            continue
        if finding.fix is not None and current:
            actions.append(
                types.CodeAction(
                    title=fix_title(finding),
                    kind=types.CodeActionKind.QuickFix,
                    diagnostics=[diagnostic],
                    is_preferred=finding.fix.safety == SAFE,
                    edit=types.WorkspaceEdit(changes={linted.uri: text_edits(finding.fix.edits, text, linted.encoding)}),
                )
            )
        line = diagnostic.range.start.line
        if (finding.code, line) in disabled:
            continue
        disabled.add((finding.code, line))
        current_line = lines[line] if line < len(lines) else ""
        indent = current_line[: len(current_line) - len(current_line.lstrip())]
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
    if current and _asked(only, FIX_ALL):
        if linted.fix_all is None:  # a whole check --fix: once per version, however often the editor asks
            linted.fix_all = _fix_all(linted, text)
        actions.extend(linted.fix_all)
    return actions


def _asked(only: list[str] | None, kind: str) -> bool:
    """Whether the client's ``only`` filter admits actions of ``kind`` (a kind admits its sub-kinds)."""
    return not only or any(kind == wanted or kind.startswith(wanted + ".") for wanted in only)


#: The code action kind of "fix all safe lint-news fixes", as editors run it on save.
FIX_ALL = "source.fixAll.lint-news"


def _fix_all(linted: Linted, text: str) -> list[types.CodeAction]:
    """One action that makes the document what ``check --fix`` would make the file: every safe fix,
    pass by pass, as edits of the lines that change."""
    if linted.config is None or not any(entry.finding is not None and entry.finding.fix is not None for entry in linted.entries):
        return []
    from lint_news.fixer import fix_source

    bom = "\ufeff" if text.startswith("\ufeff") else ""
    outcome, _report = fix_source(text[len(bom) :], linted.name, linted.config, linted.path)
    if not outcome.changed:
        return []
    count = len(outcome.applied)
    return [
        types.CodeAction(
            title=f"Fix all: {count} safe lint-news fix{'es' * (count != 1)}",
            kind=FIX_ALL,
            edit=types.WorkspaceEdit(changes={linted.uri: line_edits(text, bom + outcome.fixed, linted.encoding)}),
        )
    ]


def line_edits(text: str, fixed: str, encoding: str) -> list[types.TextEdit]:
    """Edits that turn ``text`` into ``fixed``, each replacing whole lines that differ (lines end at
    ``\\n``, as lint-news counts them), so an editor keeps its place in the lines that do not."""
    import difflib

    before, after = _lines_with_ends(text), _lines_with_ends(fixed)
    edits = []
    for tag, first, last, new_first, new_last in difflib.SequenceMatcher(None, before, after, autojunk=False).get_opcodes():
        if tag == "equal":
            continue
        start = types.Position(line=first, character=0)
        if last < len(before) or text.endswith("\n") or not before:
            end = types.Position(line=last, character=0)  # past a final line ending: the empty line after it
        else:  # to the end of a text that ends without a line ending
            end = types.Position(line=last - 1, character=units(before[-1], encoding))
        edits.append(types.TextEdit(range=types.Range(start=start, end=end), new_text="".join(after[new_first:new_last])))
    return edits


def _lines_with_ends(text: str) -> list[str]:
    pieces = text.split("\n")
    return [piece + "\n" for piece in pieces[:-1]] + ([pieces[-1]] if pieces[-1] else [])
