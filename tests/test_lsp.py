"""The language server (``lint-news lsp``), driven over stdio by a real LSP client (pytest-lsp).

Documents are real files in temporary folders, so ``file://`` URIs find their
configuration as the command line would. Positions sent by the server are
0-based lines and, unless the client asked otherwise, UTF-16 code units.
"""

from __future__ import annotations

import asyncio
import sys
import time
from pathlib import Path

import pytest

pytest.importorskip("pygls")
pytest_lsp = pytest.importorskip("pytest_lsp")

from lsprotocol import types
from pygls.protocol import default_converter
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities
from pytest_lsp.client import DEFAULT_CLIENT_FEATURES, register_lsp_features

import lint_news
from lint_news.findings import Edit, Finding, Fix, Severity
from lint_news.lsp import positions
from lint_news.lsp.actions import code_actions_for
from lint_news.lsp.diagnostics import Entry, Linted, finding_diagnostic
from lint_news.lsp.server import DEFAULT_DEBOUNCE

HEADLINE = "Harlow council approves new budget"
SERVER_COMMAND = [sys.executable, "-m", "lint_news", "lsp"]
REPO = Path(__file__).resolve().parent.parent
TIMEOUT = 15.0


def make_client() -> LanguageClient:
    """pytest-lsp's client, also keeping every publishDiagnostics (with its version) and registration."""
    client = LanguageClient(converter_factory=default_converter)
    client.published = []
    client.registrations = []

    def publish(ls: LanguageClient, params: types.PublishDiagnosticsParams) -> None:
        ls.diagnostics[params.uri] = params.diagnostics
        ls.published.append(params)

    def register(ls: LanguageClient, params: types.RegistrationParams) -> None:
        ls.registrations.extend(params.registrations)

    features = {**DEFAULT_CLIENT_FEATURES, types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS: publish, types.CLIENT_REGISTER_CAPABILITY: register}
    register_lsp_features(client, features)
    return client


CONFIG = ClientServerConfig(server_command=SERVER_COMMAND, client_factory=make_client)


@pytest_lsp.fixture(config=CONFIG)
async def client(lsp_client: LanguageClient):
    """A client with VS Code's capabilities: no position encodings offered, so UTF-16."""
    await lsp_client.initialize_session(types.InitializeParams(capabilities=client_capabilities("visual_studio_code")))
    yield
    await lsp_client.shutdown_session()


#: A debounce far longer than any lint, so "published before it" means "not debounced".
LONG_DEBOUNCE_MS = 8000


@pytest_lsp.fixture(config=CONFIG)
async def patient_client(lsp_client: LanguageClient):
    """VS Code's capabilities and an 8-second debounce (initializationOptions.debounceMs)."""
    await lsp_client.initialize_session(
        types.InitializeParams(capabilities=client_capabilities("visual_studio_code"), initialization_options={"debounceMs": LONG_DEBOUNCE_MS})
    )
    yield
    await lsp_client.shutdown_session()


@pytest_lsp.fixture(config=CONFIG)
async def utf8_client(lsp_client: LanguageClient):
    """A client with Neovim 0.11's capabilities, which offer utf-8 first."""
    await lsp_client.initialize_session(types.InitializeParams(capabilities=client_capabilities("neovim@v0.11.0")))
    yield
    await lsp_client.shutdown_session()


# ---------------------------------------------------------------------------
# helpers


def write(folder: Path, name: str, text: str) -> tuple[Path, str]:
    path = folder / name
    path.write_bytes(text.encode("utf-8"))  # exact line endings
    return path, path.as_uri()


def language_of(name: str) -> str:
    return {".md": "markdown", ".html": "html"}.get(Path(name).suffix, "plaintext")


def open_document(client: LanguageClient, uri: str, text: str, version: int = 1) -> None:
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(uri=uri, language_id=language_of(uri), version=version, text=text)
        )
    )


async def published(client: LanguageClient, uri: str, after: int, version: int | None = None) -> types.PublishDiagnosticsParams:
    """The first publishDiagnostics for ``uri`` (and ``version``) received after the first ``after`` ones."""
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


def codes(diagnostics) -> list[str]:
    return sorted(str(d.code) for d in diagnostics)


def only(diagnostics, code: str) -> types.Diagnostic:
    found = [d for d in diagnostics if d.code == code]
    assert len(found) == 1, codes(diagnostics)
    return found[0]


def span(diagnostic: types.Diagnostic) -> tuple[int, int, int, int]:
    r = diagnostic.range
    return r.start.line, r.start.character, r.end.line, r.end.character


def utf16(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def apply_edits(text: str, edits: list[types.TextEdit]) -> str:
    """Apply LSP text edits (UTF-16 positions) to ``text``, last first."""

    def offset(position: types.Position) -> int:
        lines = text.split("\n")
        start = sum(len(line) + 1 for line in lines[: position.line])
        line, units = lines[position.line] if position.line < len(lines) else "", 0
        for index, char in enumerate(line):
            if units >= position.character:
                return start + index
            units += utf16(char)
        return start + len(line)

    for edit in sorted(edits, key=lambda e: (e.range.start.line, e.range.start.character), reverse=True):
        text = text[: offset(edit.range.start)] + edit.new_text + text[offset(edit.range.end) :]
    return text


def article(extra: str = "") -> str:
    """A clean fixture article (a real headline and over 100 words) with ``extra`` appended."""
    return (REPO / "fixtures" / "clean" / "clean-01-council-budget.txt").read_text("utf-8") + extra


# ---------------------------------------------------------------------------
# diagnostics


@pytest.mark.asyncio
async def test_open_plain_text_reports_findings_and_substance(client: LanguageClient, tmp_path: Path):
    lead = "The council approved TK million on Tuesday."
    text = f"{HEADLINE}\n\n{HEADLINE}\n\n{lead}\n"
    _, uri = write(tmp_path, "story.txt", text)
    diagnostics = await open_and_wait(client, uri, text)

    assert codes(diagnostics) == ["LN201", "LN801", "substance"]
    repeated = only(diagnostics, "LN201")
    assert span(repeated) == (2, 0, 2, len(HEADLINE))
    tk = only(diagnostics, "LN801")
    column = lead.index("TK")
    assert span(tk) == (4, column, 4, column + 2)
    for diagnostic in (repeated, tk):
        assert diagnostic.severity == types.DiagnosticSeverity.Error
        assert diagnostic.source == "lint-news"
    assert tk.data == {"rule": "tk-marker", "family": "placeholder-text", "suggestion": None}
    assert "'TK'" in tk.message

    substance = only(diagnostics, "substance")
    assert substance.severity == types.DiagnosticSeverity.Information
    assert span(substance) == (0, 0, 0, len(HEADLINE))
    assert substance.message.startswith("substance: not scored (too short to judge")


@pytest.mark.asyncio
async def test_substance_score_sits_on_the_headline_line(client: LanguageClient, tmp_path: Path):
    text = "\n\n" + article()  # blank lines first: the score goes on the headline, not line 0
    _, uri = write(tmp_path, "article.txt", text)
    diagnostics = await open_and_wait(client, uri, text)

    substance = only(diagnostics, "substance")
    headline = text.split("\n")[2]
    assert span(substance) == (2, 0, 2, utf16(headline))
    assert substance.message.startswith("substance ")
    score = substance.message.split()[1]
    assert score.endswith("/100") and 0 <= int(score.split("/")[0]) <= 100
    assert "): " in substance.message  # "(band): reason; reason"

    hover = await client.text_document_hover_async(
        types.HoverParams(text_document=types.TextDocumentIdentifier(uri=uri), position=types.Position(line=2, character=3))
    )
    assert hover is not None and "/100" in hover.contents.value


@pytest.mark.asyncio
async def test_crlf_and_emoji_count_in_utf16_units(client: LanguageClient, tmp_path: Path):
    line = "Residents cheered 🙂🙂 and asked about TK and more."
    text = f"{HEADLINE}\r\n\r\n{line}\r\n"
    _, uri = write(tmp_path, "emoji.txt", text)
    tk = only(await open_and_wait(client, uri, text), "LN801")

    code_points = line.index("TK")
    assert span(tk) == (2, code_points + 2, 2, code_points + 4)  # each emoji is two UTF-16 units
    assert span(tk)[1] == utf16(line[: line.index("TK")])


@pytest.mark.asyncio
async def test_utf8_when_the_client_prefers_it(utf8_client: LanguageClient, tmp_path: Path):
    line = "Café owners 🙂 said TK."
    text = f"{HEADLINE}\n\n{line}\n"
    _, uri = write(tmp_path, "utf8.txt", text)
    tk = only(await open_and_wait(utf8_client, uri, text), "LN801")

    start = len(line[: line.index("TK")].encode("utf-8"))  # é is 2 bytes, the emoji 4
    assert span(tk) == (2, start, 2, start + 2)


@pytest.mark.asyncio
async def test_changes_are_debounced_and_relinted(client: LanguageClient, tmp_path: Path):
    lead = "The council approved TK million on Tuesday."
    text = f"{HEADLINE}\n\n{lead}\n"
    _, uri = write(tmp_path, "change.txt", text)
    assert "LN801" in codes(await open_and_wait(client, uri, text))

    mark = len(client.published)
    started = time.monotonic()
    column = lead.index("TK")
    document = types.VersionedTextDocumentIdentifier(uri=uri, version=2)
    # incremental sync: delete "TK " ...
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=document,
            content_changes=[
                types.TextDocumentContentChangePartial(
                    range=types.Range(start=types.Position(line=2, character=column), end=types.Position(line=2, character=column + 3)),
                    text="",
                )
            ],
        )
    )
    # ... then two quick edits more: only the last version is linted
    for version, word in ((3, "4"), (4, "48")):
        client.text_document_did_change(
            types.DidChangeTextDocumentParams(
                text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
                content_changes=[
                    types.TextDocumentContentChangePartial(
                        range=types.Range(start=types.Position(line=2, character=column), end=types.Position(line=2, character=column + len(word) - 1)),
                        text=word,
                    )
                ],
            )
        )
    params = await published(client, uri, mark)
    elapsed = time.monotonic() - started

    assert params.version == 4
    assert "LN801" not in codes(params.diagnostics)
    assert elapsed >= DEFAULT_DEBOUNCE * 0.9
    await asyncio.sleep(DEFAULT_DEBOUNCE + 0.2)
    assert [p.version for p in client.published[mark:] if p.uri == uri] == [4]  # the earlier lints were cancelled


@pytest.mark.asyncio
async def test_save_relints_at_once_with_fresh_configuration(patient_client: LanguageClient, tmp_path: Path):
    client = patient_client
    text = f"{HEADLINE}\n\nThe council approved TK million on Tuesday.\n"
    _, uri = write(tmp_path, "saved.txt", text)
    assert "LN801" in codes(await open_and_wait(client, uri, text))

    (tmp_path / ".lint-news.toml").write_text('ignore = ["LN801"]\n', "utf-8")
    mark = len(client.published)
    started = time.monotonic()
    client.text_document_did_save(types.DidSaveTextDocumentParams(text_document=types.TextDocumentIdentifier(uri=uri)))
    params = await published(client, uri, mark)
    # published well before the 8-second debounce could have run out: saving is not debounced
    assert time.monotonic() - started < LONG_DEBOUNCE_MS / 1000 / 2
    assert "LN801" not in codes(params.diagnostics)


@pytest.mark.asyncio
async def test_close_clears_diagnostics(client: LanguageClient, tmp_path: Path):
    text = f"{HEADLINE}\n\nTK\n"
    _, uri = write(tmp_path, "close.txt", text)
    assert await open_and_wait(client, uri, text)

    mark = len(client.published)
    client.text_document_did_close(types.DidCloseTextDocumentParams(text_document=types.TextDocumentIdentifier(uri=uri)))
    params = await published(client, uri, mark)
    assert list(params.diagnostics) == []
    assert not client.diagnostics[uri]


@pytest.mark.asyncio
async def test_broken_configuration_is_one_error_at_the_top(client: LanguageClient, tmp_path: Path):
    (tmp_path / ".lint-news.toml").write_text('fail-on = "sometimes"\n', "utf-8")
    text = f"{HEADLINE}\n\nTK\n"
    _, uri = write(tmp_path, "broken.txt", text)
    diagnostics = await open_and_wait(client, uri, text)

    assert len(diagnostics) == 1
    error = diagnostics[0]
    assert error.severity == types.DiagnosticSeverity.Error
    assert error.source == "lint-news"
    assert span(error) == (0, 0, 0, 0)
    assert ".lint-news.toml" in error.message and "fail-on" in error.message

    # the server is still alive and reads the fixed file on the next save
    (tmp_path / ".lint-news.toml").write_text('fail-on = "error"\n', "utf-8")
    mark = len(client.published)
    client.text_document_did_save(types.DidSaveTextDocumentParams(text_document=types.TextDocumentIdentifier(uri=uri)))
    assert "LN801" in codes((await published(client, uri, mark)).diagnostics)


@pytest.mark.asyncio
async def test_untitled_documents_use_defaults_and_the_language_id(client: LanguageClient):
    uri = "untitled:Untitled-1"
    text = f"# {HEADLINE}\n\nThe council approved TK million.\n\n<!-- lint-news: disable-next-line LN801 -->\nAnd another TK.\n"
    mark = len(client.published)
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(text_document=types.TextDocumentItem(uri=uri, language_id="markdown", version=1, text=text))
    )
    diagnostics = (await published(client, uri, mark)).diagnostics
    assert [span(d)[0] for d in diagnostics if d.code == "LN801"] == [2]  # read as Markdown: the directive works


# ---------------------------------------------------------------------------
# hover and code actions


@pytest.mark.asyncio
async def test_hover_shows_the_rule_documentation(client: LanguageClient, tmp_path: Path):
    text = f"{HEADLINE}\n\nThe council approved TK million on Tuesday.\n"
    _, uri = write(tmp_path, "hover.txt", text)
    tk = only(await open_and_wait(client, uri, text), "LN801")
    document = types.TextDocumentIdentifier(uri=uri)

    hover = await client.text_document_hover_async(types.HoverParams(text_document=document, position=tk.range.start))
    assert hover is not None
    assert hover.contents.kind == types.MarkupKind.Markdown
    assert "tk-marker (LN801)" in hover.contents.value
    assert "Why it matters" in hover.contents.value

    nothing = await client.text_document_hover_async(types.HoverParams(text_document=document, position=types.Position(line=2, character=5)))
    assert nothing is None


async def _disable_action(client: LanguageClient, uri: str, diagnostic: types.Diagnostic) -> types.CodeAction:
    actions = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            range=diagnostic.range,
            context=types.CodeActionContext(diagnostics=[diagnostic]),
        )
    )
    titles = [action.title for action in actions or []]
    wanted = f"Disable {diagnostic.code} for this line (lint-news)"
    assert wanted in titles, titles
    action = next(action for action in actions if action.title == wanted)
    assert action.kind == types.CodeActionKind.QuickFix
    return action


async def _apply_and_relint(client: LanguageClient, uri: str, text: str, action: types.CodeAction) -> tuple[str, list[types.Diagnostic]]:
    edits = action.edit.changes[uri]
    fixed = apply_edits(text, edits)
    mark = len(client.published)
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=2),
            content_changes=[types.TextDocumentContentChangeWholeDocument(text=fixed)],
        )
    )
    return fixed, list((await published(client, uri, mark, version=2)).diagnostics)


@pytest.mark.asyncio
async def test_code_action_disables_the_line_in_plain_text(client: LanguageClient, tmp_path: Path):
    text = f"{HEADLINE}\n\nThe council met on Tuesday\n    and approved TK million.\n"
    _, uri = write(tmp_path, "action.txt", text)
    tk = only(await open_and_wait(client, uri, text), "LN801")
    action = await _disable_action(client, uri, tk)

    [edit] = action.edit.changes[uri]
    assert span(types.Diagnostic(range=edit.range, message="")) == (3, 0, 3, 0)
    assert edit.new_text == "    # lint-news: disable-next-line LN801\n"  # same indentation
    fixed, diagnostics = await _apply_and_relint(client, uri, text, action)
    assert "# lint-news: disable-next-line LN801\n    and approved TK" in fixed
    assert "LN801" not in codes(diagnostics) and "LN001" not in codes(diagnostics)


@pytest.mark.asyncio
async def test_code_action_uses_an_html_comment_and_crlf_in_markdown(client: LanguageClient, tmp_path: Path):
    text = f"# {HEADLINE}\r\n\r\nThe council approved TK million.\r\n"
    _, uri = write(tmp_path, "action.md", text)
    tk = only(await open_and_wait(client, uri, text), "LN801")
    action = await _disable_action(client, uri, tk)

    [edit] = action.edit.changes[uri]
    assert edit.range.start == types.Position(line=2, character=0)
    assert edit.new_text == "<!-- lint-news: disable-next-line LN801 -->\r\n"
    _, diagnostics = await _apply_and_relint(client, uri, text, action)
    assert "LN801" not in codes(diagnostics) and "LN001" not in codes(diagnostics)


async def _code_actions(client: LanguageClient, uri: str, text: str, only: list[str] | None = None) -> list[types.CodeAction]:
    whole = types.Range(start=types.Position(line=0, character=0), end=types.Position(line=len(text.split("\n")), character=0))
    actions = await client.text_document_code_action_async(
        types.CodeActionParams(text_document=types.TextDocumentIdentifier(uri=uri), range=whole, context=types.CodeActionContext(diagnostics=[], only=only))
    )
    return list(actions or [])


@pytest.mark.asyncio
async def test_the_server_offers_the_fixes_check_fix_makes(client: LanguageClient, tmp_path: Path):
    """Each finding's fix is a quick fix with the same edits as the CLI's; "fix all" gives exactly
    what ``check --fix`` writes, every pass in one action (CRLF and an emoji included)."""
    text = (REPO / "fixtures" / "fix" / "chatbot-paste.txt").read_text("utf-8").replace("Mill Lane reopened", "Mill Lane 🌉 reopened").replace("helps! Let", "helps 🌉! Let").replace("\n", "\r\n")
    _, uri = write(tmp_path, "paste.txt", text)
    await open_and_wait(client, uri, text)
    actions = await _code_actions(client, uri, text)
    fixes = [action for action in actions if action.title.startswith("Fix: ")]
    assert sorted(action.title for action in fixes) == [
        "Fix: delete the chatbot preamble (lint-news)",
        "Fix: delete the chatbot sign-off (lint-news)",
        "Fix: delete the chatbot sign-off (lint-news)",
        "Fix: drop the throat-clearing opener (lint-news)",
    ]
    assert all(action.kind == types.CodeActionKind.QuickFix and action.is_preferred for action in fixes)
    cli = {finding.code: finding for finding in lint_news.lint_text(text, path="paste.txt").files[0].findings if finding.fix}
    opener = next(action for action in fixes if "opener" in action.title)
    [edit] = cli["LN604"].fix.edits
    assert apply_edits(text, opener.edit.changes[uri]) == text[: edit.offset] + edit.replacement + text[edit.end :]
    assert "\r\nThe footbridge on Mill Lane 🌉 reopened" in apply_edits(text, opener.edit.changes[uri])

    # "fix all" is every pass of check --fix in one action, as edits of the lines that change
    cli_fixed = lint_news.fix_text(text, path="paste.txt")
    assert len(cli_fixed.applied) >= 4  # the preamble, the opener, the sign-off, and the headline under the preamble
    [fix_all] = await _code_actions(client, uri, text, only=["source.fixAll"])
    assert fix_all.kind == "source.fixAll.lint-news" and fix_all.title == f"Fix all: {len(cli_fixed.applied)} safe lint-news fixes"
    current = apply_edits(text, fix_all.edit.changes[uri])
    assert current == cli_fixed.text
    assert all(edit.range.start.character == 0 for edit in fix_all.edit.changes[uri])
    mark = len(client.published)
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=2),
            content_changes=[types.TextDocumentContentChangeWholeDocument(text=current)],
        )
    )
    diagnostics = (await published(client, uri, mark, version=2)).diagnostics
    assert await _code_actions(client, uri, current, only=["source.fixAll"]) == []
    assert codes(diagnostics) == ["LN801", "substance"]


@pytest.mark.asyncio
async def test_configuration_files_are_watched_when_the_client_can(client: LanguageClient):
    await asyncio.sleep(0.2)  # the registration request follows `initialized`
    [registration] = [r for r in client.registrations if r.method == types.WORKSPACE_DID_CHANGE_WATCHED_FILES]
    patterns = [watcher["globPattern"] if isinstance(watcher, dict) else watcher.glob_pattern for watcher in registration.register_options["watchers"]]
    assert "**/.lint-news.toml" in patterns and "**/*.toml" in patterns  # rule packs too


HOUSE_PACK = """[pack]
name = "house"

[[rule]]
code = "HS101"
name = "house-word"
family = "filler"
severity = "warning"
kind = "pattern"
message = "House style: '{match}'"
summary = "A word the desk bans."
why = "Test."
bad = "It was a synergy."
good = "It was a merger."
options = { patterns = ['\\bWORD\\b'] }
"""


@pytest.mark.asyncio
async def test_an_edited_rule_pack_is_read_again(patient_client: LanguageClient, tmp_path: Path):
    client = patient_client
    (tmp_path / "house.toml").write_text(HOUSE_PACK.replace("WORD", "synergy"), "utf-8")
    (tmp_path / ".lint-news.toml").write_text('rule-packs = ["house.toml"]\n', "utf-8")
    text = f"{HEADLINE}\n\nThe merger was a synergy, the council said on Tuesday.\n"
    _, uri = write(tmp_path, "house.txt", text)
    assert "HS101" in codes(await open_and_wait(client, uri, text))

    (tmp_path / "house.toml").write_text(HOUSE_PACK.replace("WORD", "tapioca"), "utf-8")
    mark = len(client.published)
    client.workspace_did_change_watched_files(
        types.DidChangeWatchedFilesParams(changes=[types.FileEvent(uri=(tmp_path / "house.toml").as_uri(), type=types.FileChangeType.Changed)])
    )
    params = await published(client, uri, mark)
    assert "HS101" not in codes(params.diagnostics)


# ---------------------------------------------------------------------------
# without a server: the pieces the server is made of


def _finding(line: int, column: int, end_column: int, offset: int, fix: Fix | None) -> Finding:
    return Finding(
        code="XX101", rule="wordy-phrase", family="filler", severity=Severity.WARNING, message="Wordy",
        line=line, column=column, end_line=line, end_column=end_column, offset=offset, length=end_column - column,
        excerpt="in order to", fix=fix,
    )


def test_a_fix_becomes_a_preferred_quick_fix():
    text = "Headline\r\n\r\n  We met 🙂 in order to vote.\r\n"
    lines = positions.split_lines(text)
    column = lines[2].index("in order to") + 1
    offset = text.index("in order to")
    finding = _finding(3, column, column + len("in order to"), offset, Fix("Replace with 'to'", "safe", (Edit(offset, len("in order to"), "to"),)))
    assert finding.suggestion == "to"  # one edit of exactly its characters: the JSON report's suggestion
    linted = Linted("file:///tmp/x.txt", 1, text, "plain", positions.UTF16)
    linted.entries.append(Entry(finding_diagnostic(finding, lines), finding))
    diagnostic = linted.entries[0].diagnostic
    assert diagnostic.severity == types.DiagnosticSeverity.Warning
    assert diagnostic.range.start.character == column - 1 + 1  # the emoji before it counts twice

    actions = code_actions_for(linted, diagnostic.range)
    assert [action.title for action in actions] == ["Fix: replace with 'to' (lint-news)", "Disable XX101 for this line (lint-news)"]
    fix, disable = actions
    assert fix.is_preferred and fix.diagnostics == [diagnostic]
    assert fix.edit.changes[linted.uri][0].range == diagnostic.range  # UTF-16: the emoji counts twice here too
    assert apply_edits(text, fix.edit.changes[linted.uri]) == "Headline\r\n\r\n  We met 🙂 to vote.\r\n"
    assert apply_edits(text, disable.edit.changes[linted.uri]) == "Headline\r\n\r\n  # lint-news: disable-next-line XX101\r\n  We met 🙂 in order to vote.\r\n"
    # the client asks for fix-all alone (on save), or for quick fixes alone
    # a document never linted with a configuration (this one is made by hand) has no "fix all"
    assert code_actions_for(linted, diagnostic.range, only=["source.fixAll"]) == []
    assert [action.title for action in code_actions_for(linted, diagnostic.range, only=["quickfix"])] == [fix.title, disable.title]
    # once the document is edited, the fix's offsets mean nothing: only the directive is offered
    edited = text.replace("We met", "We all met")
    assert [action.title for action in code_actions_for(linted, diagnostic.range, edited)] == ["Disable XX101 for this line (lint-news)"]

    # a range elsewhere in the document offers nothing
    elsewhere = types.Range(start=types.Position(line=0, character=0), end=types.Position(line=0, character=3))
    assert code_actions_for(linted, elsewhere) == []


def test_positions_in_every_encoding():
    lines = positions.split_lines("a🙂é TK\r\nnext")
    assert lines == ["a🙂é TK", "next"]
    column = lines[0].index("TK") + 1  # 1-based code points: 5
    assert positions.to_lsp(lines, 1, column, positions.UTF32) == (0, 4)
    assert positions.to_lsp(lines, 1, column, positions.UTF16) == (0, 5)
    assert positions.to_lsp(lines, 1, column, positions.UTF8) == (0, 8)
    assert positions.to_lsp(lines, 1, 99) == (0, utf16(lines[0]))  # clamped to the line
    assert positions.to_lsp(lines, 9, 1) == (1, 4)  # past the end: the end of the text


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        ("\ufeffSure! Here it is:\r\n\r\nHeadline\r\n\r\nBody 🙂 text.\r\n", "\ufeffHeadline\r\n\r\nBody 🙂 text.\r\n"),  # the BOM stays first
        ("Headline\n\nBody.\n\nI hope this helps!", "Headline\n\nBody.\n"),  # the last line, with no line ending
        ("Headline\n\nBody.\n\nI hope this helps!\n", "Headline\n\nBody.\n"),
        ("Headline\n\nIt is worth noting that the vote passed.\n", "Headline\n\nThe vote passed.\n"),
    ],
)
def test_line_edits_turn_the_text_into_the_fixed_text(text, fixed):
    from lint_news.lsp.actions import line_edits

    edits = line_edits(text, fixed, positions.UTF16)
    assert edits and apply_edits(text, edits) == fixed


def test_fix_all_is_worked_out_once_per_version(monkeypatch):
    import lint_news.fixer
    from lint_news.lsp.diagnostics import lint_text as lint_for_editor

    text = (REPO / "fixtures" / "fix" / "chatbot-paste.txt").read_text("utf-8")
    linted = lint_for_editor("untitled:paste.txt", text, version=1)
    calls = []
    real = lint_news.fixer.fix_source
    monkeypatch.setattr(lint_news.fixer, "fix_source", lambda *args, **kwargs: calls.append(1) or real(*args, **kwargs))
    whole = types.Range(start=types.Position(line=0, character=0), end=types.Position(line=20, character=0))
    first = code_actions_for(linted, whole, only=["source.fixAll"])
    again = code_actions_for(linted, whole)
    assert [a.title for a in first] == [a.title for a in again if a.kind == "source.fixAll.lint-news"] and len(first) == 1
    assert calls == [1]
    assert apply_edits(text, first[0].edit.changes["untitled:paste.txt"]) == lint_news.fix_text(text, path="paste.txt").text
