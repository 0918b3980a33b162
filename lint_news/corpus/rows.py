"""Articles of a corpus, one row at a time: JSON lines, CSV, Parquet, or a folder of files.

A table row is an article when its text column holds text; ``id``, ``title``, ``url`` and
``source`` are read when present. A row that cannot be an article (no text, text that is
not a string, bytes that are not UTF-8, a line that is not JSON) becomes a :class:`BadRow`
with its row number, and the rows after it are still read: one broken record must not
stop an audit of 100,000. Rows are yielded as they are read, so memory does not grow
with the corpus.

Row numbers are what a person finds in the file: the line of a JSON-lines record, the
row of a CSV record as a spreadsheet shows it (the header is row 1), the 1-based record
of a Parquet file, the 1-based position of a file in a folder's sorted walk.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from lint_news.readers import FORMATS_BY_SUFFIX
from lint_news.sources import MAX_FILE_BYTES, InputError, read_text, walk

TABLE_SUFFIXES = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".parquet": "parquet", ".pq": "parquet"}
_OPTIONAL_COLUMNS = ("id", "title", "url", "source")


@dataclass(frozen=True)
class Row:
    """One article of the corpus."""

    input: str  # the input as given on the command line
    row: int  # where it stands in that input (see the module docstring)
    id: str
    source: str
    text: str
    title: str | None = None
    url: str | None = None
    format: str = "plain"  # plain | markdown | html

    @property
    def key(self) -> tuple[str, int]:
        """What identifies the row across runs (``--resume``): ids may repeat or be missing."""
        return (self.input, self.row)

    def article(self) -> str:
        """The text lint-news reads: the title as the headline on its own line, then the text.

        Findings' lines and offsets count in this text. A text that already starts with its
        title, and an HTML page (which has its own headline), are read as given."""
        title = (self.title or "").strip()
        if not title or self.format == "html" or self.text.lstrip().startswith(title):
            return self.text
        heading = f"# {title}" if self.format == "markdown" else title
        return f"{heading}\n\n{self.text}"


@dataclass(frozen=True)
class BadRow:
    """A row that is not an article, and why: reported with its place and skipped."""

    input: str
    row: int
    problem: str

    def __str__(self) -> str:
        return f"{self.input}: row {self.row}: {self.problem}"


@dataclass(frozen=True)
class BadInput:
    """An input that cannot be read at all (missing, of an unknown format, without a text column)."""

    input: str
    problem: str

    def __str__(self) -> str:
        return f"{self.input}: {self.problem}"


@dataclass(frozen=True)
class Columns:
    """Which columns hold what (``--text-column``), and how the text is written (``--text-format``)."""

    text: str = "text"
    format: str = "plain"


def input_kind(path: Path) -> str:
    """jsonl, csv, parquet, folder or article; raises :class:`InputError` for anything else."""
    if path.is_dir():
        return "folder"
    if not path.exists():
        raise InputError("no such file or folder")
    suffixes = [suffix.lower() for suffix in path.suffixes[-2:]]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    suffix = suffixes[-1] if suffixes else ""
    if suffix in TABLE_SUFFIXES:
        return TABLE_SUFFIXES[suffix]
    if suffix in FORMATS_BY_SUFFIX:
        return "article"
    known = ", ".join(sorted({*TABLE_SUFFIXES, *FORMATS_BY_SUFFIX}))
    raise InputError(f"unknown input format '{path.suffix}' (scan reads {known}, .gz of the tables, or folders)")


def read_rows(inputs: list[str], columns: Columns = Columns()) -> Iterator[Row | BadRow | BadInput]:
    """Every row of every input, in order; an input that cannot be read gives a :class:`BadInput`
    where it fails (after the rows read before, if any), and the next input is read."""
    for name in inputs:
        try:
            yield from _rows_of(name, columns)
        except InputError as error:
            yield BadInput(name, str(error))


def _rows_of(name: str, columns: Columns) -> Iterator[Row | BadRow]:
    path = Path(name)
    kind = input_kind(path)
    if kind == "folder":
        yield from _folder_rows(name, path)
    elif kind == "article":
        yield _file_row(name, path, 1, path.name, path.parent.name or path.stem)
    elif kind == "jsonl":
        yield from _jsonl_rows(name, path, columns)
    elif kind == "csv":
        yield from _csv_rows(name, path, columns)
    else:
        yield from _parquet_rows(name, path, columns)


def _open_binary(path: Path):
    """The input's bytes (decompressed for .gz); raises :class:`InputError` for a binary file,
    which would otherwise give a bad row for every line of it."""
    stream = gzip.open(path, "rb") if path.suffix.lower() == ".gz" else path.open("rb")
    try:
        head = stream.peek(8192)[:8192] if hasattr(stream, "peek") else b""
    except (OSError, EOFError) as error:  # a .gz that is not gzip
        stream.close()
        raise InputError(f"cannot read: {error}") from None
    if b"\x00" in head:
        stream.close()
        raise InputError("binary file (contains NUL bytes), not a table of articles")
    return stream


def _source_name(path: Path) -> str:
    """The default source of a table's rows: its file name without suffixes."""
    return path.name.split(".")[0] or path.name


def _row_from_record(name: str, number: int, record: dict, columns: Columns, default_source: str) -> Row | BadRow:
    if columns.text not in record or record[columns.text] is None:
        return BadRow(name, number, f"no '{columns.text}' column")
    text = record[columns.text]
    if not isinstance(text, str):
        return BadRow(name, number, f"'{columns.text}' is {type(text).__name__}, not text")
    try:
        text.encode("utf-8")  # a byte CSV could not decode, or a lone surrogate escaped in JSON
    except UnicodeEncodeError:
        return BadRow(name, number, "text is not valid UTF-8")
    if not text.strip():
        return BadRow(name, number, "empty text")
    if len(text) > MAX_FILE_BYTES:
        return BadRow(name, number, f"text too long ({len(text):,} characters; the limit is {MAX_FILE_BYTES:,})")
    fields = {key: record.get(key) for key in _OPTIONAL_COLUMNS}
    for key in _OPTIONAL_COLUMNS:
        value = fields[key]
        fields[key] = None if value is None or value == "" else str(value)
    return Row(
        input=name,
        row=number,
        id=fields["id"] or f"{default_source}:{number}",
        source=fields["source"] or default_source,
        text=text,
        title=fields["title"],
        url=fields["url"],
        format=columns.format,
    )


def _jsonl_rows(name: str, path: Path, columns: Columns) -> Iterator[Row | BadRow]:
    source = _source_name(path)
    with _open_binary(path) as stream:
        for number, line in enumerate(stream, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line.decode("utf-8"))
            except UnicodeDecodeError as error:
                yield BadRow(name, number, f"not valid UTF-8 (byte 0x{line[error.start]:02x})")
                continue
            except json.JSONDecodeError as error:
                yield BadRow(name, number, f"not JSON ({error.msg})")
                continue
            except RecursionError:
                yield BadRow(name, number, "not an article: JSON nested too deeply")
                continue
            if not isinstance(record, dict):
                yield BadRow(name, number, f"a JSON {type(record).__name__}, not an object")
                continue
            yield _row_from_record(name, number, record, columns, source)


def _csv_rows(name: str, path: Path, columns: Columns) -> Iterator[Row | BadRow]:
    source = _source_name(path)
    csv.field_size_limit(max(csv.field_size_limit(), MAX_FILE_BYTES + 1))
    with _open_binary(path) as binary:
        # surrogateescape keeps a bad byte in one field from failing the whole file
        text = io.TextIOWrapper(binary, encoding="utf-8", errors="surrogateescape", newline="")
        reader = csv.reader(text)
        try:
            header = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            yield BadRow(name, 1, f"unreadable CSV header ({error})")
            return
        if header and header[0].startswith("\ufeff"):
            header[0] = header[0][1:]
        if columns.text not in header:
            raise InputError(f"no '{columns.text}' column (columns: {', '.join(header)})")
        number = 1
        while True:
            start_line = reader.line_num + 1
            try:
                values = next(reader)
            except StopIteration:
                return
            except csv.Error as error:
                yield BadRow(name, start_line, f"unreadable CSV ({error})")
                continue
            number += 1
            if not values:
                continue
            if len(values) != len(header):
                yield BadRow(name, number, f"{len(values)} fields where the header has {len(header)}")
                continue
            yield _row_from_record(name, number, dict(zip(header, values)), columns, source)


def _pyarrow():
    try:
        import pyarrow.parquet as parquet
    except ImportError:
        raise InputError("Parquet needs pyarrow: pip install 'lint-news[parquet]'") from None
    return parquet


def _parquet_rows(name: str, path: Path, columns: Columns) -> Iterator[Row | BadRow]:
    parquet = _pyarrow()
    try:
        file = parquet.ParquetFile(path)
    except Exception as error:  # pyarrow raises ArrowInvalid, OSError... for a broken file
        raise InputError(f"not a readable Parquet file ({error})") from None
    present = set(file.schema_arrow.names)
    if columns.text not in present:
        raise InputError(f"no '{columns.text}' column (columns: {', '.join(file.schema_arrow.names)})")
    wanted = [columns.text, *(column for column in _OPTIONAL_COLUMNS if column in present and column != columns.text)]
    source = _source_name(path)
    number = 0
    for batch in file.iter_batches(batch_size=1024, columns=wanted):
        for record in batch.to_pylist():
            number += 1
            if isinstance(record.get(columns.text), bytes):
                try:
                    record[columns.text] = record[columns.text].decode("utf-8")
                except UnicodeDecodeError as error:
                    yield BadRow(name, number, f"not valid UTF-8 (byte 0x{record[columns.text][error.start]:02x})")
                    continue
            yield _row_from_record(name, number, record, columns, source)


def _folder_rows(name: str, folder: Path) -> Iterator[Row | BadRow]:
    for number, file in enumerate(walk(folder), 1):
        relative = file.relative_to(folder)
        source = relative.parts[0] if len(relative.parts) > 1 else folder.resolve().name
        yield _file_row(name, file, number, relative.as_posix(), source)


def _file_row(name: str, file: Path, number: int, identifier: str, source: str) -> Row | BadRow:
    try:
        text = read_text(file)
    except InputError as error:
        return BadRow(name, number, f"{file}: {error}")
    format = FORMATS_BY_SUFFIX.get(file.suffix.lower(), "plain")
    return Row(input=name, row=number, id=identifier, source=source, text=text, format=format)

