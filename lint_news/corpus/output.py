"""The rows ``lint-news scan`` writes, one per article, as they come: JSON lines or Parquet.

Every row has the same shape in both formats::

    {"id", "source", "input", "row", "title", "url",
     "substance": {"score", "band"} | null,
     "by_family": {family: findings, ... all nine},
     "by_severity": {"error", "warning", "info"},
     "findings": [as in the JSON report]}

Nothing already written is lost when a run stops, and a file is only replaced whole.
Rows go to ``FILE.partial`` as they come, and the run renames it to ``FILE`` when it ends,
Ctrl-C included; until then ``FILE`` keeps what it held. JSON lines are flushed row by
row, so a run killed outright leaves every row but the one being written in
``FILE.partial``, and ``--resume`` goes on from there (dropping a cut-off last line), or
from ``FILE`` when there is no partial file. Parquet cannot be appended to: its rows go to
``FILE.partial`` in row groups, a killed run's partial file is unreadable and ignored, and
``--resume`` copies the rows of the finished file into the new one.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from lint_news.findings import FAMILIES
from lint_news.sources import InputError

SEVERITIES = ("error", "warning", "info")
_PARQUET_ROW_GROUP = 1000


def is_parquet(path: Path | None) -> bool:
    return path is not None and path.suffix.lower() in (".parquet", ".pq")


def row_dict(row: Any, report: Any) -> dict[str, Any]:
    """The output row of ``row`` (a :class:`~lint_news.corpus.rows.Row`) linted into ``report``."""
    findings = [finding.to_dict() for finding in report.findings]
    by_family = dict.fromkeys(FAMILIES, 0)
    by_severity = dict.fromkeys(SEVERITIES, 0)
    for finding in findings:
        by_family[finding["family"]] += 1
        by_severity[finding["severity"]] += 1
    substance = report.substance
    return {
        "id": row.id,
        "source": row.source,
        "input": row.input,
        "row": row.row,
        "title": row.title,
        "url": row.url,
        "substance": {"score": substance.score, "band": substance.band} if substance is not None else None,
        "by_family": by_family,
        "by_severity": by_severity,
        "findings": findings,
    }


def _parquet_schema():
    import pyarrow as pa

    finding = pa.struct([
        ("code", pa.string()), ("rule", pa.string()), ("family", pa.string()), ("severity", pa.string()),
        ("message", pa.string()), ("line", pa.int64()), ("column", pa.int64()), ("end_line", pa.int64()),
        ("end_column", pa.int64()), ("offset", pa.int64()), ("length", pa.int64()), ("excerpt", pa.string()),
        ("suggestion", pa.string()),
        ("fix", pa.struct([
            ("title", pa.string()), ("safety", pa.string()),
            ("edits", pa.list_(pa.struct([("offset", pa.int64()), ("length", pa.int64()), ("replacement", pa.string())]))),
        ])),
    ])
    return pa.schema([
        ("id", pa.string()), ("source", pa.string()), ("input", pa.string()), ("row", pa.int64()),
        ("title", pa.string()), ("url", pa.string()),
        ("substance", pa.struct([("score", pa.float64()), ("band", pa.string())])),
        ("by_family", pa.struct([(family, pa.int64()) for family in FAMILIES])),
        ("by_severity", pa.struct([(severity, pa.int64()) for severity in SEVERITIES])),
        ("findings", pa.list_(finding)),
    ])


def partial_path(path: Path) -> Path:
    """Where a run writes ``path``'s rows until it ends."""
    return path.with_name(path.name + ".partial")


def _resume_from(path: Path) -> Path:
    """The JSON-lines file a resumed run goes on from: a killed run's partial file, else ``path``."""
    partial = partial_path(path)
    return partial if partial.exists() else path


def existing_rows(path: Path | None) -> Iterator[dict[str, Any]]:
    """The rows a previous run wrote to ``path`` (for ``--resume``), in order; none if there is no file."""
    if path is None:
        return
    if not is_parquet(path):
        path = _resume_from(path)
    if not path.exists():
        return
    if is_parquet(path):
        from lint_news.corpus.rows import _pyarrow

        parquet = _pyarrow()
        try:
            file = parquet.ParquetFile(path)
        except Exception as error:
            raise InputError(f"{path}: cannot resume from it: not a readable Parquet file ({error})") from None
        for batch in file.iter_batches(batch_size=1024):
            yield from batch.to_pylist()
        return
    with path.open("rb") as stream:
        for number, line in enumerate(stream, 1):
            if not line.endswith(b"\n"):
                return  # cut off by a killed run: linted again, and dropped from the file by RowWriter
            try:
                yield json.loads(line)
            except ValueError:
                raise InputError(f"{path}: cannot resume from it: line {number} is not a scan row") from None


def _drop_cut_off_line(path: Path) -> None:
    """Cut a last line that a killed run left without its newline (it is written again)."""
    with path.open("rb+") as stream:
        size = stream.seek(0, os.SEEK_END)
        if size == 0:
            return
        stream.seek(size - 1)
        if stream.read(1) == b"\n":
            return
        position = size
        while position > 0:
            step = min(65536, position)
            stream.seek(position - step)
            chunk = stream.read(step)
            newline = chunk.rfind(b"\n")
            if newline >= 0:
                stream.truncate(position - step + newline + 1)
                return
            position -= step
        stream.truncate(0)


class RowWriter:
    """Writes output rows as they come to ``path`` (standard output when None).

    ``append`` keeps what the file holds (``--resume``); a JSON-lines file is appended to,
    a Parquet file is rewritten with its old rows first. Use it as a context manager:
    leaving it, by an exception or Ctrl-C too, finishes the file."""

    def __init__(self, path: Path | None, append: bool = False) -> None:
        self.path = path
        self.written = 0
        self._parquet = is_parquet(path)
        if self._parquet:
            from lint_news.corpus.rows import _pyarrow

            parquet = _pyarrow()
            self._schema = _parquet_schema()
            self._partial = partial_path(path)
            self._buffer: list[dict[str, Any]] = []
            self._writer = parquet.ParquetWriter(self._partial, self._schema)
            if append:
                for row in existing_rows(path):
                    self.write(row)
                self.written = 0
        elif path is None:
            self._stream = sys.stdout
        else:
            self._partial = partial_path(path)
            if append and _resume_from(path) == path and path.exists():
                shutil.copyfile(path, self._partial)
            if append and self._partial.exists():
                _drop_cut_off_line(self._partial)
            self._stream = self._partial.open("a" if append else "w", encoding="utf-8")

    def write(self, row: dict[str, Any]) -> None:
        self.written += 1
        if self._parquet:
            self._buffer.append(row)
            if len(self._buffer) >= _PARQUET_ROW_GROUP:
                self._write_group(self._buffer)
                self._buffer = []
            return
        self._stream.write(json.dumps(row, ensure_ascii=False) + "\n")
        self._stream.flush()

    def _write_group(self, rows: list[dict[str, Any]]) -> None:
        import pyarrow as pa

        self._writer.write_table(pa.Table.from_pylist(rows, schema=self._schema))

    def close(self) -> None:
        if self._parquet:
            if self._buffer:
                self._write_group(self._buffer)
                self._buffer = []
            self._writer.close()
            os.replace(self._partial, self.path)
        elif self.path is not None:
            self._stream.close()
            os.replace(self._partial, self.path)

    def __enter__(self) -> RowWriter:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
