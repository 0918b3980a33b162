"""The language server against hostile input (issue #13): huge, binary and undecodable
documents, edits to documents it does not hold, malformed JSON-RPC and bursts of edits.

Everything runs against the real server process. Most tests drive it with pytest-lsp,
as tests/test_lsp.py does; what pytest-lsp cannot send (raw bytes that are not UTF-8,
frames with a wrong Content-Length, invalid JSON) goes through :class:`RawServer`, a
minimal client that writes Content-Length frames itself.

Each server's standard error goes to a log file, so a test can assert that no
``KeyError`` or traceback was logged, besides no ``Error in server`` message shown.
"""

from __future__ import annotations

import asyncio
import json
import os
import shlex
import sys
import tempfile
import time
from pathlib import Path

import pytest
import pytest_asyncio

pytest.importorskip("pygls")
pytest_lsp = pytest.importorskip("pytest_lsp")

from lsprotocol import types
from pygls.protocol import default_converter
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities
from pytest_lsp.client import DEFAULT_CLIENT_FEATURES, register_lsp_features

from lint_news.config import DEFAULT
from lint_news.lsp.limits import MAX_DIAGNOSTICS
from lint_news.runner import lint_source

HEADLINE = "Harlow council approves new budget"
REPO = Path(__file__).resolve().parent.parent
TIMEOUT = 30.0  # generous: a loaded CI machine, a 6 MB message
STDERR_LOG = Path(tempfile.gettempdir()) / f"lint-news-lsp-hostile-{os.getpid()}.log"
# the real server, its standard error appended to STDERR_LOG
SERVER_COMMAND = ["sh", "-c", f'exec "$0" -m lint_news lsp 2>>{shlex.quote(str(STDERR_LOG))}', sys.executable]

NOT_LINTED = "lint-news: not linted: "
TOO_LARGE = NOT_LINTED + "file too large (6.0 MiB; the limit is 5 MiB)"
BINARY_NUL = NOT_LINTED + "binary file (contains NUL bytes), not text"
BINARY_CONTROL = NOT_LINTED + "binary file (mostly control characters), not text"
LOST = NOT_LINTED + "the server never received this document's text; close it and open it again"


def not_utf8(detail: str, line: int) -> str:
    return NOT_LINTED + f"not valid UTF-8 ({detail} on line {line}); save the file as UTF-8"


# ---------------------------------------------------------------------------
# pytest-lsp client (as in tests/test_lsp.py)


def make_client() -> LanguageClient:
    client = LanguageClient(converter_factory=default_converter)
    client.published = []

    def publish(ls: LanguageClient, params: types.PublishDiagnosticsParams) -> None:
        ls.diagnostics[params.uri] = params.diagnostics
        ls.published.append(params)

    def register(ls: LanguageClient, params: types.RegistrationParams) -> None:
        pass  # the server asks to watch configuration files; nothing to do here

    features = {**DEFAULT_CLIENT_FEATURES, types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS: publish, types.CLIENT_REGISTER_CAPABILITY: register}
    register_lsp_features(client, features)
    return client


CONFIG = ClientServerConfig(server_command=SERVER_COMMAND, client_factory=make_client)


class Log:
    """What the servers wrote to standard error since this was made."""

    def __init__(self) -> None:
        self.start = STDERR_LOG.stat().st_size if STDERR_LOG.exists() else 0

    def text(self) -> str:
        if not STDERR_LOG.exists():
            return ""
        with STDERR_LOG.open("rb") as file:
            file.seek(self.start)
            return file.read().decode("utf-8", "replace")


@pytest.fixture
def log() -> Log:
    return Log()


def assert_no_server_error(log: Log, messages=()) -> None:
    text = log.text()
    assert "KeyError" not in text and "Traceback" not in text, text[-4000:]
    shown = [getattr(m, "message", None) or m["message"] for m in messages]
    assert not [m for m in shown if "Error in server" in m], shown


@pytest_lsp.fixture(config=CONFIG)
async def client(lsp_client: LanguageClient):
    await lsp_client.initialize_session(types.InitializeParams(capabilities=client_capabilities("visual_studio_code")))
    yield
    await lsp_client.shutdown_session()


#: A debounce far longer than the gap between two edits of a burst, however slow the machine.
BURST_DEBOUNCE_MS = 1000


@pytest_lsp.fixture(config=CONFIG)
async def burst_client(lsp_client: LanguageClient):
    await lsp_client.initialize_session(
        types.InitializeParams(capabilities=client_capabilities("visual_studio_code"), initialization_options={"debounceMs": BURST_DEBOUNCE_MS})
    )
    yield
    await lsp_client.shutdown_session()


def write(folder: Path, name: str, data: bytes) -> str:
    path = folder / name
    path.write_bytes(data)
    return path.as_uri()


def open_document(client: LanguageClient, uri: str, text: str, version: int = 1) -> None:
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(text_document=types.TextDocumentItem(uri=uri, language_id="plaintext", version=version, text=text))
    )


async def published(client: LanguageClient, uri: str, after: int, version: int | None = None) -> types.PublishDiagnosticsParams:
    deadline = time.monotonic() + TIMEOUT
    while time.monotonic() < deadline:
        for params in client.published[after:]:
            if params.uri == uri and (version is None or params.version == version):
                return params
        await asyncio.sleep(0.01)
    raise AssertionError(f"no diagnostics for {uri} (version {version}) within {TIMEOUT}s")


async def open_and_wait(client: LanguageClient, uri: str, text: str) -> list[types.Diagnostic]:
    mark = len(client.published)
    open_document(client, uri, text)
    return list((await published(client, uri, mark, version=1)).diagnostics)


def span(diagnostic: types.Diagnostic) -> tuple[int, int, int, int]:
    r = diagnostic.range
    return r.start.line, r.start.character, r.end.line, r.end.character


def codes(diagnostics) -> list[str]:
    return sorted(str(d.code) for d in diagnostics)


def assert_one_refusal(diagnostics, message: str) -> None:
    """Exactly one diagnostic: an Error at the very top, code ``input``, saying ``message``."""
    assert len(diagnostics) == 1, [(d.code, d.message) for d in diagnostics]
    [refusal] = diagnostics
    assert (refusal.code, refusal.source, refusal.severity) == ("input", "lint-news", types.DiagnosticSeverity.Error)
    assert refusal.message == message
    assert span(refusal) == (0, 0, 0, 0)


def change(uri: str, version: int, line: int, start: int, end: int, text: str) -> types.DidChangeTextDocumentParams:
    return types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
        content_changes=[
            types.TextDocumentContentChangePartial(
                range=types.Range(start=types.Position(line=line, character=start), end=types.Position(line=line, character=end)), text=text
            )
        ],
    )


async def hover(client: LanguageClient, uri: str, line: int = 0, character: int = 0):
    params = types.HoverParams(text_document=types.TextDocumentIdentifier(uri=uri), position=types.Position(line=line, character=character))
    return await asyncio.wait_for(client.text_document_hover_async(params), TIMEOUT)


async def code_actions(client: LanguageClient, uri: str, diagnostics=()):
    whole = types.Range(start=types.Position(line=0, character=0), end=types.Position(line=3, character=0))
    params = types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=uri), range=whole, context=types.CodeActionContext(diagnostics=list(diagnostics))
    )
    return await asyncio.wait_for(client.text_document_code_action_async(params), TIMEOUT)


def article(extra: str = "") -> str:
    return (REPO / "fixtures" / "clean" / "clean-01-council-budget.txt").read_text("utf-8") + extra


async def a_normal_document_still_works(client: LanguageClient, folder: Path) -> None:
    text = f"{HEADLINE}\n\nThe council approved TK million on Tuesday.\n"
    uri = write(folder, "normal.txt", text.encode("utf-8"))
    diagnostics = await open_and_wait(client, uri, text)
    assert codes(diagnostics) == ["LN801", "substance"]
    column = text.split("\n")[2].index("TK")
    assert span(next(d for d in diagnostics if d.code == "LN801")) == (2, column, 2, column + 2)


# ---------------------------------------------------------------------------
# too large, binary, not UTF-8


@pytest.mark.asyncio
async def test_a_6_mb_document_is_one_diagnostic_and_not_linted(client: LanguageClient, tmp_path: Path, log: Log):
    sentence = "The council approved TK million on Tuesday, a spokesman said. "
    body = sentence * (6 * 1024 * 1024 // len(sentence) + 1)
    text = (f"{HEADLINE}\n\n" + body)[: 6 * 1024 * 1024]  # exactly 6 MiB: the CLI's "6.0 MiB"
    assert len(text.encode("utf-8")) == 6 * 1024 * 1024
    uri = write(tmp_path, "huge.txt", text.encode("utf-8"))
    assert_one_refusal(await open_and_wait(client, uri, text), TOO_LARGE)

    # hover and code actions on it: nothing, and no error
    assert await hover(client, uri) is None
    assert await code_actions(client, uri) is None
    # an edit that keeps it too large: still the one diagnostic, for the new version
    mark = len(client.published)
    client.text_document_did_change(change(uri, 2, 2, 0, 3, "A"))
    params = await published(client, uri, mark, version=2)
    assert_one_refusal(params.diagnostics, TOO_LARGE)
    await a_normal_document_still_works(client, tmp_path)
    assert_no_server_error(log, client.messages)


@pytest.mark.asyncio
async def test_only_the_first_1000_findings_are_published(client: LanguageClient, tmp_path: Path, log: Log):
    paragraphs = [f"Paragraph {i}: the council approved TK million on day {i}." for i in range(1200)]
    text = f"{HEADLINE}\n\n" + "\n\n".join(paragraphs) + "\n"
    uri = write(tmp_path, "long.txt", text.encode("utf-8"))
    findings = lint_source(text, str(tmp_path / "long.txt"), DEFAULT, tmp_path / "long.txt").findings
    assert len(findings) > MAX_DIAGNOSTICS == 1000
    diagnostics = await open_and_wait(client, uri, text)

    assert len(diagnostics) == 1000 + 2  # 1,000 findings, the score, the note
    shown, substance, note = diagnostics[:1000], diagnostics[1000], diagnostics[1001]
    assert [(d.code, d.range.start.line + 1, d.range.start.character + 1) for d in shown] == [(f.code, f.line, f.column) for f in findings[:1000]]
    assert substance.code == "substance"
    hidden = len(findings) - 1000
    assert (note.code, note.source, note.severity) == ("more", "lint-news", types.DiagnosticSeverity.Information)
    assert note.message == f"lint-news: {hidden:,} more findings not shown (at most 1,000 are shown per document)"
    first_hidden = findings[1000]
    at = (first_hidden.line - 1, first_hidden.column - 1)
    assert span(note) == at + at
    assert_no_server_error(log, client.messages)


@pytest.mark.asyncio
async def test_binary_content_is_one_diagnostic(client: LanguageClient, tmp_path: Path, log: Log):
    data = bytes(range(256)) * 16
    uri = write(tmp_path, "program.txt", data)
    assert_one_refusal(await open_and_wait(client, uri, data.decode("latin-1")), BINARY_NUL)

    # no NUL byte, but a quarter of it control characters: binary too
    no_nul = bytes(range(1, 256)) * 16
    uri2 = write(tmp_path, "program2.txt", no_nul)
    assert_one_refusal(await open_and_wait(client, uri2, no_nul.decode("latin-1")), BINARY_CONTROL)

    assert await hover(client, uri) is None
    assert await code_actions(client, uri) is None
    await a_normal_document_still_works(client, tmp_path)
    assert_no_server_error(log, client.messages)


@pytest.mark.asyncio
async def test_lone_surrogates_say_not_utf8_and_an_edit_that_fixes_them_lints(client: LanguageClient, tmp_path: Path, log: Log):
    # a client that escapes the byte 0xE9 it could not decode (JSON "\udce9")
    text = f"{HEADLINE}\n\nCaf\udce9 owners said on Tuesday that TK people came.\n"
    uri = write(tmp_path, "latin1.txt", text.encode("utf-8", "surrogateescape"))
    assert_one_refusal(await open_and_wait(client, uri, text), not_utf8("byte 0xe9", 3))

    # any other lone surrogate: no UTF-8 file decodes to it
    other = f"{HEADLINE}\n\nCaf\ud800 owners.\n"
    uri2 = "untitled:surrogate"
    assert_one_refusal(await open_and_wait(client, uri2, other), not_utf8("a lone surrogate U+D800", 3))

    assert await hover(client, uri, 2, 3) is None
    assert await code_actions(client, uri) is None

    # the user fixes the character: the document is linted as usual
    mark = len(client.published)
    client.text_document_did_change(change(uri, 2, 2, 3, 4, "é"))
    params = await published(client, uri, mark, version=2)
    assert codes(params.diagnostics) == ["LN801", "substance"]
    tk = next(d for d in params.diagnostics if d.code == "LN801")
    column = "Café owners said on Tuesday that TK".index("TK")
    assert span(tk) == (2, column, 2, column + 2)
    assert await hover(client, uri, 2, column) is not None
    mark = len(client.published)
    client.text_document_did_save(types.DidSaveTextDocumentParams(text_document=types.TextDocumentIdentifier(uri=uri)))
    assert codes((await published(client, uri, mark)).diagnostics) == ["LN801", "substance"]
    assert_no_server_error(log, client.messages)


@pytest.mark.asyncio
async def test_replacement_characters_say_not_utf8_when_the_file_is_not(client: LanguageClient, tmp_path: Path, log: Log):
    data = f"{HEADLINE}\n\nCaf\xe9 owners said on Tuesday.\n".encode("latin-1")
    uri = write(tmp_path, "lossy.txt", data)
    lossy = data.decode("utf-8", "replace")  # what an editor that decoded it as UTF-8 sends
    assert "\ufffd" in lossy
    assert_one_refusal(await open_and_wait(client, uri, lossy), not_utf8("byte 0xe9", 3))

    # a UTF-8 file that really holds U+FFFD is linted
    real = f"{HEADLINE}\n\nThe sign read \ufffd on Tuesday and TK people came.\n"
    uri2 = write(tmp_path, "real.txt", real.encode("utf-8"))
    assert codes(await open_and_wait(client, uri2, real)) == ["LN801", "substance"]
    # and so is an unsaved document, which has no file to ask
    assert codes(await open_and_wait(client, "untitled:lossy", lossy)) == ["substance"]
    assert_no_server_error(log, client.messages)


@pytest.mark.asyncio
async def test_changes_to_a_document_never_opened_do_not_raise(client: LanguageClient, tmp_path: Path, log: Log):
    uri = (tmp_path / "never-opened.txt").as_uri()
    mark = len(client.published)
    client.text_document_did_change(change(uri, 2, 0, 0, 0, "x"))
    assert_one_refusal((await published(client, uri, mark)).diagnostics, LOST)
    mark = len(client.published)
    client.text_document_did_save(types.DidSaveTextDocumentParams(text_document=types.TextDocumentIdentifier(uri=uri)))
    assert_one_refusal((await published(client, uri, mark)).diagnostics, LOST)
    assert await hover(client, uri) is None
    assert await code_actions(client, uri) is None

    # a whole-document change gives the server the text again
    text = f"{HEADLINE}\n\nThe council approved TK million on Tuesday.\n"
    mark = len(client.published)
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=3),
            content_changes=[types.TextDocumentContentChangeWholeDocument(text=text)],
        )
    )
    assert codes((await published(client, uri, mark, version=3)).diagnostics) == ["LN801", "substance"]
    client.text_document_did_close(types.DidCloseTextDocumentParams(text_document=types.TextDocumentIdentifier(uri=uri)))
    client.text_document_did_close(types.DidCloseTextDocumentParams(text_document=types.TextDocumentIdentifier(uri=uri)))  # twice
    await a_normal_document_still_works(client, tmp_path)
    assert_no_server_error(log, client.messages)


# ---------------------------------------------------------------------------
# bursts of edits


@pytest.mark.asyncio
async def test_a_burst_of_200_edits_publishes_the_final_text_only(burst_client: LanguageClient, tmp_path: Path, log: Log):
    client = burst_client
    text = article()
    uri = write(tmp_path, "burst.txt", text.encode("utf-8"))
    assert "LN801" not in codes(await open_and_wait(client, uri, text))

    lines = text.split("\n")
    line = next(index for index, value in enumerate(lines) if len(value) > 40 and index > 0)
    end = len(lines[line])  # ASCII fixture: code points are UTF-16 units
    mark = len(client.published)
    for version in range(2, 201):  # 199 edits typing "x" at the end of the line...
        client.text_document_did_change(change(uri, version, line, end, end, "x"))
        end += 1
    client.text_document_did_change(change(uri, 201, line, end, end, " TK"))  # ...and the 200th
    params = await published(client, uri, mark)

    assert params.version == 201
    tk = [d for d in params.diagnostics if d.code == "LN801"]
    assert [span(d) for d in tk] == [(line, end + 1, line, end + 3)]
    answer = await hover(client, uri, line, end + 1)
    assert answer is not None and "LN801" in answer.contents.value
    await asyncio.sleep(BURST_DEBOUNCE_MS / 1000 + 0.3)
    assert [p.version for p in client.published[mark:] if p.uri == uri] == [201]  # no earlier version was published
    assert_no_server_error(log, client.messages)


# ---------------------------------------------------------------------------
# raw frames: what pytest-lsp cannot send


class RawServer:
    """The server process, spoken to in Content-Length frames written by hand."""

    def __init__(self) -> None:
        self.messages: list[dict] = []  # everything the server sent
        self.stderr = bytearray()
        self._next_id = 1000

    async def start(self) -> None:
        self.process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "lint_news", "lsp", stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE
        )
        self._tasks = [asyncio.create_task(self._read()), asyncio.create_task(self._read_stderr())]
        await self.request("initialize", {"processId": None, "rootUri": None, "capabilities": {}})
        self.notify("initialized", {})

    async def _read(self) -> None:
        stdout = self.process.stdout
        while True:
            length = None
            while True:
                line = await stdout.readline()
                if not line:
                    return
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":")[1])
                if line == b"\r\n":
                    break
            self.messages.append(json.loads(await stdout.readexactly(length)))

    async def _read_stderr(self) -> None:
        while chunk := await self.process.stderr.read(4096):
            self.stderr += chunk

    def send_bytes(self, data: bytes) -> None:
        self.process.stdin.write(data)

    @staticmethod
    def frame(body: bytes, length: int | None = None) -> bytes:
        return b"Content-Length: %d\r\n\r\n" % (len(body) if length is None else length) + body

    def send(self, message: dict) -> None:
        self.send_bytes(self.frame(json.dumps(message).encode("utf-8")))

    def notify(self, method: str, params: dict) -> None:
        self.send({"jsonrpc": "2.0", "method": method, "params": params})

    def request_id(self) -> int:
        self._next_id += 1
        return self._next_id

    async def request(self, method: str, params: dict | None) -> dict:
        ident = self.request_id()
        self.send({"jsonrpc": "2.0", "id": ident, "method": method, "params": params})
        return await self.response(ident)

    async def response(self, ident: int) -> dict:
        return await self.wait_for(lambda m: m.get("id") == ident and "method" not in m)

    async def wait_for(self, predicate, after: int = 0) -> dict:
        deadline = time.monotonic() + TIMEOUT
        while time.monotonic() < deadline:
            for message in self.messages[after:]:
                if predicate(message):
                    return message
            await asyncio.sleep(0.01)
        raise AssertionError(f"nothing matched within {TIMEOUT}s; got {self.messages[-5:]}")

    async def diagnostics(self, uri: str, after: int = 0) -> list[dict]:
        message = await self.wait_for(lambda m: m.get("method") == "textDocument/publishDiagnostics" and m["params"]["uri"] == uri, after)
        return message["params"]["diagnostics"]

    def shown(self) -> list[dict]:
        return [m["params"] for m in self.messages if m.get("method") == "window/showMessage"]

    async def stop(self) -> None:
        if self.process.returncode is None:
            try:
                await asyncio.wait_for(self.request("shutdown", None), 5)
                self.notify("exit", None)
                await asyncio.wait_for(self.process.wait(), 5)
            except (asyncio.TimeoutError, ConnectionError):
                self.process.kill()
                await self.process.wait()
        for task in self._tasks:
            task.cancel()

    def assert_no_server_error(self) -> None:
        text = self.stderr.decode("utf-8", "replace")
        assert "KeyError" not in text and "Traceback" not in text, text[-4000:]
        assert not [m for m in self.shown() if "Error in server" in m["message"]], self.shown()

    async def a_normal_document_still_works(self, folder: Path) -> None:
        text = f"{HEADLINE}\n\nThe council approved TK million on Tuesday.\n"
        uri = write(folder, "normal.txt", text.encode("utf-8"))
        mark = len(self.messages)
        self.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "plaintext", "version": 1, "text": text}})
        assert sorted(d["code"] for d in await self.diagnostics(uri, mark)) == ["LN801", "substance"]


@pytest_asyncio.fixture
async def raw():
    server = RawServer()
    await server.start()
    yield server
    await server.stop()


def raw_refusal(diagnostics: list[dict], message: str) -> None:
    assert diagnostics == [
        {"range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}}, "message": message, "severity": 1, "code": "input", "source": "lint-news"}
    ]


@pytest.mark.asyncio
async def test_a_did_open_in_raw_latin1_bytes_is_read_and_refused(raw: RawServer, tmp_path: Path):
    text = f"{HEADLINE}\n\nCaf\xe9 owners said on Tuesday that TK people came.\n"
    uri = write(tmp_path, "raw.txt", text.encode("latin-1"))
    message = {"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {"uri": uri, "languageId": "plaintext", "version": 1, "text": "@TEXT@"}}}
    body = json.dumps(message).encode("ascii").replace(b"@TEXT@", json.dumps(text)[1:-1].replace("\\u00e9", "\xe9").encode("latin-1"))
    assert b"Caf\xe9" in body  # the raw byte, not UTF-8 and not escaped
    mark = len(raw.messages)
    raw.send_bytes(raw.frame(body))
    raw_refusal(await raw.diagnostics(uri, mark), not_utf8("byte 0xe9", 3))

    # edits, hover and code actions on it: no error, no KeyError
    mark = len(raw.messages)
    raw.notify(
        "textDocument/didChange",
        {"textDocument": {"uri": uri, "version": 2}, "contentChanges": [{"range": {"start": {"line": 2, "character": 3}, "end": {"line": 2, "character": 4}}, "text": "é"}]},
    )
    diagnostics = await raw.diagnostics(uri, mark)
    assert sorted(d["code"] for d in diagnostics) == ["LN801", "substance"]  # fixed: linted
    answer = await raw.request("textDocument/hover", {"textDocument": {"uri": uri}, "position": {"line": 2, "character": 0}})
    assert answer["result"] is None and "error" not in answer
    tk = next(d for d in diagnostics if d["code"] == "LN801")
    answer = await raw.request(
        "textDocument/codeAction", {"textDocument": {"uri": uri}, "range": tk["range"], "context": {"diagnostics": [tk]}}
    )
    assert "Disable LN801 for this line (lint-news)" in [action["title"] for action in answer["result"]]
    await raw.a_normal_document_still_works(tmp_path)
    raw.assert_no_server_error()


@pytest.mark.asyncio
async def test_malformed_json_rpc_leaves_the_server_answering(raw: RawServer, tmp_path: Path):
    hover_params = {"textDocument": {"uri": "untitled:nothing"}, "position": {"line": 0, "character": 0}}

    # a frame that is not JSON, then a request: answered
    raw.send_bytes(raw.frame(b"{this is not json"))
    answer = await raw.request("textDocument/hover", hover_params)
    assert answer == {"jsonrpc": "2.0", "id": answer["id"], "result": None}

    # a Content-Length too short, then a request
    first = raw.request_id()
    body = json.dumps({"jsonrpc": "2.0", "id": first, "method": "textDocument/hover", "params": hover_params}).encode()
    raw.send_bytes(raw.frame(body, len(body) - 10))
    answer = await raw.request("textDocument/hover", hover_params)
    assert answer["result"] is None and "error" not in answer

    # a Content-Length too long, then a request: the next message is read all the same
    first = raw.request_id()
    body = json.dumps({"jsonrpc": "2.0", "id": first, "method": "textDocument/hover", "params": hover_params}).encode()
    raw.send_bytes(raw.frame(body, len(body) + 40))
    answer = await raw.request("textDocument/hover", hover_params)
    assert answer["result"] is None and "error" not in answer

    # a request for a method nobody knows: MethodNotFound
    answer = await raw.request("lint-news/no-such-method", {})
    assert answer["error"]["code"] == -32601
    # a notification for one: ignored (no answer, no error shown)
    mark = len(raw.messages)
    raw.notify("lint-news/no-such-notification", {})
    # a request whose params do not fit the method: InvalidParams, not silence
    answer = await raw.request("textDocument/hover", {"textDocument": 42})
    assert answer["error"]["code"] == -32602
    assert [m for m in raw.messages[mark:] if m.get("id") != answer["id"]] == []

    answer = await raw.request("textDocument/hover", hover_params)
    assert answer["result"] is None and "error" not in answer
    await raw.a_normal_document_still_works(tmp_path)
    # pygls logs each bad message it dropped (cattrs names the missing "position" a KeyError);
    # what must not be there is a document the workspace lost
    text = raw.stderr.decode("utf-8", "replace")
    assert "KeyError: 'untitled:" not in text and "KeyError: 'file:" not in text
    # one message shown for each frame that could not be read: the bad JSON and the one cut short
    # (the frame that said it was too long is read whole)
    shown = [m["message"] for m in raw.shown()]
    assert len(shown) == 2, shown
    assert shown[0].startswith("Error in server: Expecting property name enclosed in double quotes")
    assert shown[1].startswith("Error in server: Unterminated string starting at")
