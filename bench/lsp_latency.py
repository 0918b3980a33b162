"""Edit-to-diagnostics latency of the language server (``lint-news lsp``), measured from a real client.

Usage:  python bench/lsp_latency.py [--edits N] [--words W] [--debounce-ms MS]

Starts ``python -m lint_news lsp`` over stdio with pygls' own client, opens a
~1,500-word article built from ``fixtures/clean/*.txt`` (saved as a real file
in a temporary folder), then makes N small edits (``didChange``, incremental:
a word added at the end of a paragraph, then removed). For each edit it times
how long the matching ``publishDiagnostics`` (same document version) takes to
arrive. It prints the median and 95th percentile of that latency, and the same
minus the debounce delay: the time the server spends linting and sending.

``--debounce-ms`` starts the server with that debounce (through
``initializationOptions``); by default the server's own (250 ms) is used.
Needs the ``lsp`` extra (pygls).
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

from lsprotocol import types
from pygls.lsp.client import LanguageClient

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from lint_news.lsp.server import DEFAULT_DEBOUNCE


def build_article(words: int) -> str:
    """The first clean fixture, then paragraphs (no headlines) of the others until ``words`` is reached."""
    fixtures = sorted((REPO / "fixtures" / "clean").glob("*.txt"))
    paragraphs = [p for p in fixtures[0].read_text("utf-8").split("\n\n") if p.strip()]
    for fixture in fixtures[1:]:
        if sum(len(p.split()) for p in paragraphs) >= words:
            break
        paragraphs.extend(p for p in fixture.read_text("utf-8").split("\n\n")[1:] if p.strip())
    text, count = [], 0
    for paragraph in paragraphs:
        text.append(paragraph.strip())
        count += len(paragraph.split())
        if count >= words:
            break
    return "\n\n".join(text) + "\n"


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(share * (len(ordered) - 1))))
    return ordered[index]


async def measure(edits: int, words: int, debounce_ms: float | None) -> None:
    client = LanguageClient("lsp-latency-bench", "1")
    arrivals: dict[tuple[str, int | None], float] = {}
    published = asyncio.Event()

    @client.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    def on_diagnostics(ls: LanguageClient, params: types.PublishDiagnosticsParams) -> None:
        arrivals[(params.uri, params.version)] = time.perf_counter()
        published.set()

    async def wait_for(uri: str, version: int, timeout: float = 30.0) -> float:
        deadline = time.perf_counter() + timeout
        while (uri, version) not in arrivals:
            published.clear()
            remaining = deadline - time.perf_counter()
            if remaining <= 0:
                raise TimeoutError(f"no diagnostics for version {version}")
            try:
                await asyncio.wait_for(published.wait(), remaining)
            except TimeoutError:
                pass
        return arrivals[(uri, version)]

    text = build_article(words)
    lines = text.split("\n")
    line = max(range(len(lines)), key=lambda index: len(lines[index]))  # a long paragraph line to edit
    end = len(lines[line].encode("utf-16-le")) // 2

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "article.txt"
        path.write_text(text, "utf-8")
        uri = path.as_uri()

        started = time.perf_counter()
        await client.start_io(sys.executable, "-m", "lint_news", "lsp")
        options = {"debounceMs": debounce_ms} if debounce_ms is not None else None
        await client.initialize_async(types.InitializeParams(capabilities=types.ClientCapabilities(), initialization_options=options))
        client.initialized(types.InitializedParams())
        initialized = time.perf_counter()
        client.text_document_did_open(
            types.DidOpenTextDocumentParams(text_document=types.TextDocumentItem(uri=uri, language_id="plaintext", version=1, text=text))
        )
        first = await wait_for(uri, 1) - initialized

        latencies: list[float] = []
        for edit in range(edits):
            version = edit + 2
            if edit % 2 == 0:  # add " Tuesday" at the end of the line ...
                change = types.TextDocumentContentChangePartial(
                    range=types.Range(start=types.Position(line=line, character=end), end=types.Position(line=line, character=end)),
                    text=" Tuesday",
                )
            else:  # ... and take it away again
                change = types.TextDocumentContentChangePartial(
                    range=types.Range(start=types.Position(line=line, character=end), end=types.Position(line=line, character=end + 8)),
                    text="",
                )
            sent = time.perf_counter()
            client.text_document_did_change(
                types.DidChangeTextDocumentParams(
                    text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version), content_changes=[change]
                )
            )
            latencies.append(await wait_for(uri, version) - sent)

        await client.shutdown_async(None)
        client.exit(None)
        await client.stop()

    debounce = (debounce_ms / 1000) if debounce_ms is not None else DEFAULT_DEBOUNCE
    ms = [value * 1000 for value in latencies]
    work = [value - debounce * 1000 for value in ms]
    print(f"article: {len(text.split())} words, {len(lines)} lines; {edits} edits; debounce {debounce * 1000:.0f} ms")
    print(f"start-up to initialized: {(initialized - started) * 1000:.0f} ms; didOpen to first diagnostics: {first * 1000:.0f} ms")
    print(f"didChange -> publishDiagnostics: median {statistics.median(ms):.1f} ms, p95 {percentile(ms, 0.95):.1f} ms")
    print(f"  excluding the debounce:        median {statistics.median(work):.1f} ms, p95 {percentile(work, 0.95):.1f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--edits", type=int, default=20, help="how many edits to time (default 20)")
    parser.add_argument("--words", type=int, default=1500, help="article length in words (default 1500)")
    parser.add_argument("--debounce-ms", type=float, default=None, help="server debounce (default: the server's, 250 ms)")
    args = parser.parse_args()
    asyncio.run(measure(args.edits, args.words, args.debounce_ms))


if __name__ == "__main__":
    main()
