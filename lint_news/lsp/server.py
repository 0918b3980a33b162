"""The lint-news language server: diagnostics, hover documentation and quick fixes.

Run it with ``lint-news lsp`` (stdio). What it does:

* ``textDocument/didOpen`` and ``didSave`` lint the document at once;
  ``didChange`` lints it ``debounce`` seconds after the last change (250 ms by
  default; a newer change cancels the pending lint). ``didClose`` clears the
  document's diagnostics.
* Each finding becomes a diagnostic (code = rule code, source ``lint-news``,
  ``data`` = rule name, family and suggestion). The substance score is an
  Information diagnostic on the headline line.
* Hover over a diagnostic shows the rule's documentation (``lint-news rule CODE``).
* Code actions: "Disable CODE for this line" (a ``disable-next-line`` directive
  above the line) and, when a finding carries a suggestion, a quick fix that
  applies it.

Configuration is found as on the command line, from the document's folder up
(``.lint-news.toml``, ``pyproject.toml``, ``setup.cfg``); it is re-read on every
lint, so editing it takes effect on the next change or save. Untitled documents
use the defaults. A broken configuration shows as one Error diagnostic at the
top of the document.

Options (``initializationOptions``): ``{"debounceMs": 250}``; the environment
variable ``LINT_NEWS_LSP_DEBOUNCE_MS`` sets the same.

pygls is imported only in this package, so the rest of lint-news starts
without it.
"""

from __future__ import annotations

import asyncio
import logging
import os
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path, PurePath
from typing import TYPE_CHECKING, Any

from lsprotocol import types
from pygls.lsp.server import LanguageServer
from pygls.uris import to_fs_path

from lint_news import __version__
from lint_news.config import CONFIG_NAMES
from lint_news.lsp.positions import UTF16, split_lines, to_lsp, units

if TYPE_CHECKING:
    from lint_news.findings import Finding
    from lint_news.report import FileReport, Substance
    from lint_news.rules import Rule

logger = logging.getLogger(__name__)

SOURCE = "lint-news"
SUBSTANCE_CODE = "substance"
CONFIG_CODE = "configuration"
INTERNAL_CODE = "internal-error"
DEFAULT_DEBOUNCE = 0.25  # seconds

_SEVERITIES = {
    "error": types.DiagnosticSeverity.Error,
    "warning": types.DiagnosticSeverity.Warning,
    "info": types.DiagnosticSeverity.Information,
}
_SUFFIX_FOR_LANGUAGE = {"markdown": ".md", "html": ".html", "plaintext": ".txt", "text": ".txt"}


# ---------------------------------------------------------------------------
# Linting one document (no event loop, no server: callable from tests)


@dataclass
class Entry:
    """One published diagnostic and what it came from (a finding, or None for substance and errors)."""

    diagnostic: types.Diagnostic
    finding: Finding | None = None


@dataclass
class Linted:
    """The outcome of linting one version of a document: its diagnostics and what hover and code actions need."""

    uri: str
    version: int | None
    text: str
    format: str  # plain | markdown | html
    encoding: str
    entries: list[Entry] = field(default_factory=list)
    rules: dict[str, Rule] = field(default_factory=dict)
    substance: Substance | None = None

    @property
    def diagnostics(self) -> list[types.Diagnostic]:
        return [entry.diagnostic for entry in self.entries]


def document_name(uri: str, language_id: str | None = None) -> tuple[str, Path | None]:
    """The name lint-news reads the document as (its suffix picks the format) and its path, if on disk.

    A ``file://`` URI gives the file's path; anything else (``untitled:``) has no
    path and gets its defaults. When the name has no suffix lint-news knows,
    the editor's language id decides ("markdown" -> Markdown).
    """
    from lint_news.readers import FORMATS_BY_SUFFIX

    path_text = to_fs_path(uri) if uri.startswith("file:") else None
    path = Path(path_text) if path_text else None
    name = str(path) if path is not None else (uri.rsplit("/", 1)[-1] or "untitled")
    if PurePath(name).suffix.lower() not in FORMATS_BY_SUFFIX:
        name += _SUFFIX_FOR_LANGUAGE.get((language_id or "").lower(), "")
    return name, path


def _clear_config_caches() -> None:
    """Forget found and parsed configuration files, so edits to them are seen on the next lint."""
    from lint_news.config import find_config, load_config

    find_config.cache_clear()
    load_config.cache_clear()


def _error_entry(message: str, code: str) -> Entry:
    zero = types.Position(line=0, character=0)
    return Entry(
        types.Diagnostic(
            range=types.Range(start=zero, end=zero),
            message=message,
            severity=types.DiagnosticSeverity.Error,
            code=code,
            source=SOURCE,
        )
    )


def finding_diagnostic(finding: Finding, lines: list[str], encoding: str = UTF16, bom: bool = False) -> types.Diagnostic:
    """The LSP diagnostic for one finding; ``lines`` are the document's lines (see :func:`split_lines`)."""
    shift_start = 1 if bom and finding.line == 1 else 0
    shift_end = 1 if bom and finding.end_line == 1 else 0
    start = to_lsp(lines, finding.line, finding.column + shift_start, encoding)
    end = to_lsp(lines, finding.end_line, finding.end_column + shift_end, encoding)
    return types.Diagnostic(
        range=types.Range(start=types.Position(*start), end=types.Position(*end)),
        message=finding.message,
        severity=_SEVERITIES[finding.severity.value],
        code=finding.code,
        source=SOURCE,
        data={"rule": finding.rule, "family": finding.family, "suggestion": finding.suggestion},
    )


def substance_message(substance: Substance) -> str:
    """``substance 23/100 (low): reason; reason; ...`` or ``substance: not scored (why)``."""
    reasons = "; ".join(reason.text for reason in substance.reasons)
    if substance.score is None:
        return f"substance: not scored ({reasons or 'no score'})"
    head = f"substance {substance.score:.0f}/100 ({substance.band})"
    return f"{head}: {reasons}" if reasons else head


def _headline_line(text: str, name: str) -> int:
    """The 0-based line of the headline (the first non-blank line when there is none)."""
    from lint_news.readers import read_document

    headline = read_document(text, name).headline  # cheap: no sentences or quotations yet
    if headline is not None:
        return text.count("\n", 0, headline.start)
    for index, line in enumerate(text.split("\n")):
        if line.strip():
            return index
    return 0


def _substance_entry(report: FileReport, text: str, name: str, lines: list[str], encoding: str, bom: bool) -> Entry | None:
    substance = report.substance
    if substance is None:
        return None
    line = _headline_line(text, name)
    if line >= len(lines):
        line = max(len(lines) - 1, 0)
    severity = types.DiagnosticSeverity.Information
    message = substance_message(substance)
    minimum = report.min_substance
    if minimum is not None and substance.score is not None and substance.score < minimum:
        severity = types.DiagnosticSeverity.Warning
        message += f" (below min-substance {minimum:g})"
    end = units(lines[line], encoding) if lines else 0
    return Entry(
        types.Diagnostic(
            range=types.Range(start=types.Position(line=line, character=0), end=types.Position(line=line, character=end)),
            message=message,
            severity=severity,
            code=SUBSTANCE_CODE,
            source=SOURCE,
            data={"score": substance.score, "band": substance.band},
        )
    )


def lint_text(uri: str, text: str, version: int | None = None, language_id: str | None = None, encoding: str = UTF16) -> Linted:
    """Lint one document's text as the command line would lint the file; never raises."""
    from lint_news.readers import format_for

    name, path = document_name(uri, language_id)
    linted = Linted(uri, version, text, format_for(name), encoding)
    try:
        from lint_news.config import DEFAULT, ConfigError, config_for
        from lint_news.runner import lint_source

        _clear_config_caches()
        try:
            config = config_for(path) if path is not None else DEFAULT
        except ConfigError as error:
            linted.entries.append(_error_entry(str(error), CONFIG_CODE))
            return linted
        bom = text.startswith("\ufeff")
        source = text[1:] if bom else text
        report = lint_source(source, name, config, path)
        if report.error is not None:
            linted.entries.append(_error_entry(report.error, CONFIG_CODE if report.error_scope == "configuration" else INTERNAL_CODE))
            return linted
        lines = split_lines(text)
        linted.rules = {rule.code: rule for rule in report.rules}
        linted.substance = report.substance
        linted.entries.extend(Entry(finding_diagnostic(finding, lines, encoding, bom), finding) for finding in report.findings)
        substance = _substance_entry(report, source, name, lines, encoding, bom)
        if substance is not None:
            linted.entries.append(substance)
    except Exception as error:  # a bug must not take the editor's server down
        logger.exception("lint-news failed on %s", uri)
        linted.entries = [_error_entry(f"lint-news internal error: {type(error).__name__}: {error}", INTERNAL_CODE)]
    return linted


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


# ---------------------------------------------------------------------------
# The server


class LintNewsServer(LanguageServer):
    """A pygls server that lints open documents and keeps the latest result for each."""

    def __init__(self) -> None:
        super().__init__("lint-news", __version__, text_document_sync_kind=types.TextDocumentSyncKind.Incremental)
        self.debounce = _debounce_from_environment()
        self.results: dict[str, Linted] = {}
        self._pending: dict[str, asyncio.Task] = {}
        self._generation: dict[str, int] = {}
        # One worker: lints run one at a time, off the event loop, in the order asked.
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="lint-news")

    @property
    def encoding(self) -> str:
        encoding = self.workspace.position_encoding
        return str(getattr(encoding, "value", encoding) or UTF16)

    def schedule(self, uri: str, delay: float = 0.0) -> None:
        """Lint ``uri`` after ``delay`` seconds, replacing any lint already pending for it."""
        generation = self._generation.get(uri, 0) + 1
        self._generation[uri] = generation
        pending = self._pending.pop(uri, None)
        if pending is not None:
            pending.cancel()
        task = asyncio.get_running_loop().create_task(self._lint(uri, generation, delay))
        self._pending[uri] = task
        task.add_done_callback(lambda done: self._finished(uri, done))

    def _finished(self, uri: str, task: asyncio.Task) -> None:
        if self._pending.get(uri) is task:
            del self._pending[uri]
        if not task.cancelled() and task.exception() is not None:
            logger.error("lint-news: linting %s failed", uri, exc_info=task.exception())

    async def _lint(self, uri: str, generation: int, delay: float) -> None:
        if delay > 0:
            await asyncio.sleep(delay)
        document = self.workspace.get_text_document(uri)
        text, version, language_id = document.source, document.version, document.language_id
        linted = await asyncio.get_running_loop().run_in_executor(self._executor, lint_text, uri, text, version, language_id, self.encoding)
        if self._generation.get(uri) != generation:
            return  # the document changed or closed meanwhile: a newer lint will publish
        self.results[uri] = linted
        self.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, diagnostics=linted.diagnostics, version=version))

    def forget(self, uri: str) -> None:
        """Drop a closed document: cancel its pending lint and clear its diagnostics."""
        self._generation[uri] = self._generation.get(uri, 0) + 1
        pending = self._pending.pop(uri, None)
        if pending is not None:
            pending.cancel()
        self.results.pop(uri, None)
        self.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, diagnostics=[]))

    def relint_all(self) -> None:
        for uri in list(self.results):
            self.schedule(uri)

    def warm_up(self) -> None:
        """Load rules and models in the background so the first real lint is quick."""
        self._executor.submit(lint_text, "untitled:warm-up", "Warm-up headline\n\nA first sentence. A second one.\n")


def _debounce_from_environment() -> float:
    value = os.environ.get("LINT_NEWS_LSP_DEBOUNCE_MS")
    try:
        return max(float(value), 0.0) / 1000 if value else DEFAULT_DEBOUNCE
    except ValueError:
        return DEFAULT_DEBOUNCE


def create_server() -> LintNewsServer:
    server = LintNewsServer()

    @server.feature(types.INITIALIZE)
    def initialize(ls: LintNewsServer, params: types.InitializeParams) -> None:
        options: Any = params.initialization_options
        if isinstance(options, dict) and isinstance(options.get("debounceMs"), (int, float)):
            ls.debounce = max(float(options["debounceMs"]), 0.0) / 1000

    @server.feature(types.INITIALIZED)
    def initialized(ls: LintNewsServer, params: types.InitializedParams) -> None:
        ls.warm_up()
        _watch_configuration(ls)

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: LintNewsServer, params: types.DidOpenTextDocumentParams) -> None:
        ls.schedule(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: LintNewsServer, params: types.DidChangeTextDocumentParams) -> None:
        ls.schedule(params.text_document.uri, ls.debounce)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE)
    def did_save(ls: LintNewsServer, params: types.DidSaveTextDocumentParams) -> None:
        ls.schedule(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: LintNewsServer, params: types.DidCloseTextDocumentParams) -> None:
        ls.forget(params.text_document.uri)

    @server.feature(types.WORKSPACE_DID_CHANGE_WATCHED_FILES)
    def did_change_watched_files(ls: LintNewsServer, params: types.DidChangeWatchedFilesParams) -> None:
        if any(PurePath(change.uri).name in CONFIG_NAMES or change.uri.endswith(".toml") for change in params.changes):
            ls.relint_all()

    @server.feature(types.TEXT_DOCUMENT_HOVER)
    def hover(ls: LintNewsServer, params: types.HoverParams) -> types.Hover | None:
        linted = ls.results.get(params.text_document.uri)
        return hover_for(linted, params.position) if linted is not None else None

    @server.feature(
        types.TEXT_DOCUMENT_CODE_ACTION,
        types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix]),
    )
    def code_action(ls: LintNewsServer, params: types.CodeActionParams) -> list[types.CodeAction] | None:
        uri = params.text_document.uri
        linted = ls.results.get(uri)
        if linted is None:
            return None
        text = ls.workspace.get_text_document(uri).source
        return code_actions_for(linted, params.range, text) or None

    return server


def _watch_configuration(ls: LintNewsServer) -> None:
    """Ask the client to tell us when configuration files change, if it can watch files for us."""
    capabilities = ls.client_capabilities.workspace
    watched = capabilities.did_change_watched_files if capabilities else None
    if not (watched and watched.dynamic_registration):
        return
    # configuration files, and the rule packs they name (*.toml): either changes what is found
    watchers = [types.FileSystemWatcher(glob_pattern=f"**/{name}") for name in CONFIG_NAMES]
    watchers.append(types.FileSystemWatcher(glob_pattern="**/*.toml"))
    registration = types.Registration(
        id="lint-news-configuration",
        method=types.WORKSPACE_DID_CHANGE_WATCHED_FILES,
        register_options=types.DidChangeWatchedFilesRegistrationOptions(watchers=watchers),
    )
    ls.client_register_capability(types.RegistrationParams(registrations=[registration]))


def serve() -> None:
    """Run the language server on standard input and output until the client exits."""
    create_server().start_io()
