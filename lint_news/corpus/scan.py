"""``lint-news scan``: lint every article of a corpus, find what they share, write a row each.

A scan reads its inputs twice, one row at a time:

1. it signs every passage of every article (MinHash, :mod:`lint_news.corpus.passages`) and
   joins the signatures, which gives the passages three or more articles share;
2. it lints every article, marking those shared passages on its Document so the
   ``shared-passage`` rule reports them, and writes the article's row at once.

The first pass keeps the signatures in temporary files (784 bytes a passage on disk, a few
bytes in memory) and, after the join, the marks of the articles that share a passage; the
second keeps the summary's counters and the report's emptiest articles. Both passes run their
chunks through one runner (:mod:`lint_news.corpus.execution`): this process, worker
processes (``--jobs``) or a Dask cluster (``--dask``); the rows come back in input order
on all three.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lint_news.config import Config
from lint_news.corpus.output import RowWriter, existing_rows, row_dict
from lint_news.corpus.rows import BadInput, BadRow, Columns, Row, read_rows
from lint_news.corpus.summary import Summary, summary_text
from lint_news.document import SharedPlace

CHUNK_ROWS = 64
EXIT_INTERRUPTED = 130


@dataclass(frozen=True)
class ScanSettings:
    inputs: tuple[str, ...]
    config: Config
    columns: Columns = Columns()
    output: Path | None = None
    summary_path: Path | None = None
    report_path: Path | None = None
    jobs: int = 1
    dask: str | None = None  # None: not on Dask; "": a new LocalCluster; else the scheduler's address
    resume: bool = False
    shared_passages: bool = True
    min_articles: int = 3
    report_articles: int = 2000
    progress: bool = False
    quiet: bool = False


@dataclass
class ScanResult:
    summary: dict[str, Any]
    rows_written: int
    input_errors: int
    interrupted: bool = False

    @property
    def exit_code(self) -> int:
        if self.interrupted:
            return EXIT_INTERRUPTED
        return 2 if self.input_errors else 0


def _chunks(items: Iterable[Any], size: int = CHUNK_ROWS) -> Iterator[list[Any]]:
    chunk: list[Any] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _numbered(items: Iterable[Row | BadRow | BadInput]) -> Iterator[tuple[int, Row | BadRow | BadInput]]:
    """Rows with their article number (0, 1, ... over the good rows, the same in both passes)."""
    number = 0
    for item in items:
        if isinstance(item, Row):
            yield number, item
            number += 1
        else:
            yield -1, item


def _document(row: Row):
    from lint_news.readers import read_document

    return read_document(row.article(), row.id, row.format)


def sign_chunk(chunk: list[tuple[int, Row]]):
    """The signatures of a chunk's passages; a row the reader refuses has none (pass 2 reports it)."""
    from lint_news.corpus.passages import sign
    from lint_news.sources import InputError

    def documents():
        for number, row in chunk:
            try:
                yield number, _document(row)
            except InputError:
                continue

    return sign(documents())


def lint_chunk(task: tuple[Config, list[tuple[Row, tuple[SharedPlace, ...]]]]) -> list[dict[str, Any] | BadRow]:
    """Output rows for a chunk, or a BadRow for an article the reader refuses (an HTML page with no article)."""
    from lint_news.runner import lint_source

    config, items = task
    done: list[dict[str, Any] | BadRow] = []
    for row, places in items:
        report = lint_source(row.article(), row.id, config, format=row.format, shared=places)
        done.append(BadRow(row.input, row.row, report.error) if report.error is not None else row_dict(row, report))
    return done


def _shared(settings: ScanSettings, run, progress) -> tuple[dict[int, tuple[SharedPlace, ...]], list[Any], list[str]]:
    """Pass 1: the shared passages; each article's places, the groups, and every article's id."""
    from lint_news.corpus.marks import marks_by_article
    from lint_news.corpus.passages import SignatureSpill, join

    ids: list[str] = []

    def good_rows() -> Iterator[tuple[int, Row]]:
        for number, item in _numbered(read_rows(list(settings.inputs), settings.columns)):
            if isinstance(item, Row):
                ids.append(item.id)
                bar.update(1)
                yield number, item

    bar = progress("signing passages")
    # the signatures wait on disk, not in memory: a scan's memory stays flat with the corpus
    with SignatureSpill() as spill:
        for part in run.imap(sign_chunk, _chunks(good_rows())):
            spill.add(part)
        bar.close()
        groups = join(spill.signatures(), settings.min_articles, mapper=run.imap)
    return marks_by_article(groups), groups, ids


def _passage_entries(groups: list[Any], texts: dict[int, str], ids: list[str]) -> list[dict[str, Any]]:
    return [
        {"text": texts.get(index, ""), "words": len(texts.get(index, "").split()), "articles": len(group.articles), "ids": [ids[article] for article in group.articles]}
        for index, group in enumerate(groups)
    ]


class _Progress:
    """A tqdm bar on a terminal; nothing in a pipe, in CI or when switched off."""

    def __init__(self, enabled: bool) -> None:
        self._enabled = enabled

    def __call__(self, description: str, total: int | None = None):
        if not self._enabled:
            return _NoBar()
        from tqdm import tqdm

        return tqdm(total=total, desc=description, unit=" articles", file=sys.stderr, dynamic_ncols=True, leave=False, smoothing=0.1)


class _NoBar:
    def update(self, count: int) -> None:
        pass

    def close(self) -> None:
        pass


def progress_wanted(choice: bool | None) -> bool:
    """``--progress``/``--no-progress``, else only on a terminal outside CI."""
    if choice is not None:
        return choice
    return sys.stderr.isatty() and not os.environ.get("CI") and os.environ.get("TERM") != "dumb"


def scan(settings: ScanSettings, say: Callable[[str], None]) -> ScanResult:
    """Run the scan ``settings`` describe; ``say`` prints one line on stderr (bad rows, the summary)."""
    from lint_news.corpus.execution import runner

    progress = _Progress(settings.progress)
    summary = Summary(settings.report_articles)
    done: set[tuple[str, int]] = set()
    if settings.resume:
        for old in existing_rows(settings.output):
            done.add((old["input"], old["row"]))
            summary.add(old)
    run = runner(settings.jobs, settings.dask)
    lint_pass = _LintPass(settings, summary, done, say)
    interrupted = False
    groups: list[Any] = []
    ids: list[str] = []
    try:
        places: dict[int, tuple[SharedPlace, ...]] = {}
        if settings.shared_passages:
            places, groups, ids = _shared(settings, run, progress)
        lint_pass.run(run, places, groups, progress("linting", total=len(ids) - len(done) if ids else None))
    except KeyboardInterrupt:
        interrupted = True
    finally:
        run.close(cancel=interrupted)
    shown = summary.emptiest()
    result = summary.to_dict(_passage_entries(groups, lint_pass.passage_texts, ids), len(shown), settings.min_articles)
    if interrupted:
        say(f"lint-news: interrupted: {lint_pass.written:,} rows written; run again with --resume to go on")
        return ScanResult(result, lint_pass.written, lint_pass.input_errors, interrupted=True)
    if settings.summary_path is not None:
        from lint_news.atomic import write_atomically

        write_atomically(settings.summary_path, (json.dumps(result, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))
    if settings.report_path is not None:
        from lint_news.corpus.report_html import write_report

        write_report(settings.report_path, result, _report_articles(settings, shown))
    if not settings.quiet:
        for line in summary_text(result).rstrip("\n").split("\n"):
            say(line)
    return ScanResult(result, lint_pass.written, lint_pass.input_errors)


class _LintPass:
    """Pass 2: every row not already done, linted with its marks and written in input order."""

    def __init__(self, settings: ScanSettings, summary: Summary, done: set[tuple[str, int]], say: Callable[[str], None]) -> None:
        self.settings = settings
        self.summary = summary
        self.done = done
        self.say = say
        self.written = 0
        self.input_errors = 0
        #: the text of each shared passage (by group), read from its first place as the pass meets it
        self.passage_texts: dict[int, str] = {}

    def run(self, run, places: dict[int, tuple[SharedPlace, ...]], groups: list[Any], bar) -> None:
        first_places: dict[int, list[tuple[int, Any]]] = {}
        for index, group in enumerate(groups):
            first_places.setdefault(group.places[0].article, []).append((index, group.places[0]))
        tasks = ((self.settings.config, chunk) for chunk in _chunks(self._to_lint(places, first_places)))
        with RowWriter(self.settings.output, append=self.settings.resume) as writer:
            try:
                for results in run.imap(lint_chunk, tasks):
                    for result in results:
                        if isinstance(result, BadRow):
                            self._skip(result)
                        else:
                            writer.write(result)
                            self.summary.add(result)
                    bar.update(len(results))
            finally:
                self.written = writer.written
                bar.close()

    def _skip(self, bad: BadRow) -> None:
        self.summary.add_bad_row()
        self.say(f"lint-news: skipped {bad}")

    def _to_lint(self, places: dict[int, tuple[SharedPlace, ...]], first_places: dict[int, list[tuple[int, Any]]]) -> Iterator[tuple[Row, tuple[SharedPlace, ...]]]:
        for number, item in _numbered(read_rows(list(self.settings.inputs), self.settings.columns)):
            if isinstance(item, BadInput):
                self.input_errors += 1
                self.say(f"lint-news: error: {item}")
            elif isinstance(item, BadRow):
                self._skip(item)
            else:
                for index, place in first_places.get(number, ()):
                    self.passage_texts[index] = _document(item).blocks[place.block].text[place.start:place.end]
                if item.key not in self.done:
                    yield item, places.get(number, ())


def _report_articles(settings: ScanSettings, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The report's articles: the emptiest rows with the text they were linted in (read again)."""
    wanted = {(row["input"], row["row"]): row for row in rows}
    texts: dict[tuple[str, int], str] = {}
    for item in read_rows(list(settings.inputs), settings.columns):
        if isinstance(item, Row) and item.key in wanted:
            texts[item.key] = item.article()
            if len(texts) == len(wanted):
                break
    return [{**row, "text": texts.get(key, "")} for key, row in wanted.items()]

