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
from pathlib import PurePath
from typing import Any

from lsprotocol import types
from pygls.lsp.server import LanguageServer

from lint_news import __version__
from lint_news.config import CONFIG_NAMES
from lint_news.lsp.positions import UTF16


logger = logging.getLogger(__name__)

from lint_news.lsp.actions import code_actions_for, hover_for
from lint_news.lsp.diagnostics import Linted, lint_text

DEFAULT_DEBOUNCE = 0.25  # seconds


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
            from lint_news.runner import invalidate

            invalidate()
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
