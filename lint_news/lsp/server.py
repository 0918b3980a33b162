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
  above the line); when a finding carries a fix, "Fix: ..." with the fix's edits
  (the same as ``check --fix`` makes; unsafe ones say to review them); and
  ``source.fixAll.lint-news``, every safe fix at once, as editors run on save.

Configuration is found as on the command line, from the document's folder up
(``.lint-news.toml``, ``pyproject.toml``, ``setup.cfg``); it is re-read on every
lint, so editing it takes effect on the next change or save. Untitled documents
use the defaults. A broken configuration shows as one Error diagnostic at the
top of the document.

Input the command line refuses (over 5 MiB, binary, not UTF-8) is not linted:
one Error diagnostic at the top says why. At most 1,000 findings are published
per document, then a note says how many more there were (:mod:`lint_news.lsp.limits`).
Messages a client gets wrong (a body that is not UTF-8, a wrong Content-Length)
cost at most that message (:mod:`lint_news.lsp.transport`), and a change, save,
hover or code action for a document the server does not hold never raises.

Options (``initializationOptions``): ``{"debounceMs": 250}``; the environment
variable ``LINT_NEWS_LSP_DEBOUNCE_MS`` sets the same.

pygls is imported only in this package, so the rest of lint-news starts
without it.
"""

from __future__ import annotations

import asyncio
import logging
import os
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import PurePath
from typing import Any
from urllib.parse import unquote

from lsprotocol import types
from pygls.exceptions import JsonRpcInvalidParams
from pygls.lsp.server import LanguageServer
from pygls.protocol import LanguageServerProtocol
from pygls.protocol.language_server import lsp_method
from pygls.workspace import TextDocument

from lint_news import __version__
from lint_news.config import CONFIG_NAMES
from lint_news.lsp.positions import UTF16


logger = logging.getLogger(__name__)

from lint_news.lsp.actions import FIX_ALL, code_actions_for, hover_for
from lint_news.lsp.diagnostics import INPUT_CODE, SOURCE, Linted, lint_text
from lint_news.lsp.transport import SafeInput

DEFAULT_DEBOUNCE = 0.25  # seconds

#: Published for a document the server does not hold (its didOpen could not be read).
LOST_MESSAGE = "lint-news: not linted: the server never received this document's text; close it and open it again"


# ---------------------------------------------------------------------------
# The protocol: pygls's, tolerant of documents it does not hold and of bad requests


class LintNewsProtocol(LanguageServerProtocol):
    """pygls's protocol, but a change to a document it does not hold is no ``KeyError``.

    pygls applies each ``didChange`` to the workspace's copy of the document
    before our handler runs, and raises ``KeyError`` when there is none (a
    ``didOpen`` that could not be read, a change sent after ``didClose``). Here a
    whole-document change gives the workspace the document again; a partial one
    cannot be applied to nothing and is skipped, and our handler still runs
    (it then says the document was not received).
    """

    @lsp_method(types.TEXT_DOCUMENT_DID_CHANGE)
    def lsp_text_document__did_change(self, params: types.DidChangeTextDocumentParams):
        uri = params.text_document.uri
        documents = self.workspace.text_documents
        for change in params.content_changes:
            if unquote(uri) not in documents:
                if not isinstance(change, types.TextDocumentContentChangeWholeDocument):
                    logger.warning("lint-news: a change to %s, which is not open: skipped", uri)
                    continue
                item = types.TextDocumentItem(uri=uri, language_id="", version=params.text_document.version, text=change.text)
                self.workspace.put_text_document(item)
                continue
            try:
                self.workspace.update_text_document(params.text_document, change)
            except Exception:  # a range outside the document, say: the copy is no longer the editor's
                logger.exception("lint-news: could not apply a change to %s; dropping the document until it is sent whole", uri)
                self.workspace.remove_text_document(uri)

        if (user_handler := self.fm.features.get(types.TEXT_DOCUMENT_DID_CHANGE)) is not None:
            yield user_handler, (params,), None

    def structure_message(self, data: dict[str, Any]):
        """pygls's, but a request whose params cannot be read gets its error response.

        pygls raises and drops the message, so the client would wait for an
        answer forever."""
        try:
            return super().structure_message(data)
        except JsonRpcInvalidParams as error:
            if "id" in data and "method" in data and "jsonrpc" in data:
                self._send_response(data["id"], error=error.to_response_error())
                return _ANSWERED
            raise

    def handle_message(self, message):
        if message is _ANSWERED:
            return  # already answered with an error
        super().handle_message(message)


_ANSWERED = object()  # a request answered while it was being read


# ---------------------------------------------------------------------------
# The server


class LintNewsServer(LanguageServer):
    """A pygls server that lints open documents and keeps the latest result for each."""

    def __init__(self) -> None:
        super().__init__("lint-news", __version__, text_document_sync_kind=types.TextDocumentSyncKind.Incremental, protocol_cls=LintNewsProtocol)
        self.debounce = _debounce_from_environment()
        self.results: dict[str, Linted] = {}
        self._pending: dict[str, asyncio.Task] = {}
        self._generation: dict[str, int] = {}
        # One worker: lints run one at a time, off the event loop, in the order asked.
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="lint-news")

    def document(self, uri: str) -> TextDocument | None:
        """The open document at ``uri``, or None when the server does not hold one.

        (pygls's ``get_text_document`` would make one up that reads the file from
        disk, which may fail, or not be what the editor shows.)"""
        try:
            return self.workspace.text_documents.get(unquote(uri))
        except RuntimeError:  # before initialize: no workspace yet
            return None

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
        document = self.document(uri)
        if document is None:
            logger.warning("lint-news: %s is not open (its didOpen was not received): not linted", uri)
            self.results.pop(uri, None)
            self.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, diagnostics=[_lost_diagnostic()]))
            return
        text, version, language_id = document.source, document.version, document.language_id
        linted = await asyncio.get_running_loop().run_in_executor(self._executor, lint_text, uri, text, version, language_id or None, self.encoding)
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


def _lost_diagnostic() -> types.Diagnostic:
    zero = types.Position(line=0, character=0)
    return types.Diagnostic(
        range=types.Range(start=zero, end=zero), message=LOST_MESSAGE, severity=types.DiagnosticSeverity.Error, code=INPUT_CODE, source=SOURCE
    )


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
        types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix, FIX_ALL]),
    )
    def code_action(ls: LintNewsServer, params: types.CodeActionParams) -> list[types.CodeAction] | None:
        uri = params.text_document.uri
        linted = ls.results.get(uri)
        if linted is None:
            return None
        document = ls.document(uri)
        text = document.source if document is not None else linted.text
        return code_actions_for(linted, params.range, text, params.context.only) or None

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
    # SafeInput: a message that is not UTF-8 or has a wrong Content-Length costs that message only
    create_server().start_io(stdin=SafeInput(sys.stdin.buffer))
