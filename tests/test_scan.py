"""lint-news scan: corpus formats in and out, bad rows, resume, Ctrl-C, the summary, shared passages."""

from __future__ import annotations

import csv
import gzip
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import REPO, run_cli, validate_scan
from corpus_articles import PLANTED, corpus

from lint_news.config import DEFAULT
from lint_news.corpus.rows import Columns
from lint_news.corpus.scan import ScanSettings, scan
from lint_news.findings import FAMILIES

LEAK = "As an AI language model, I cannot verify the figures above."


def _write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    return path


def _read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _without_place(rows: list[dict]) -> list[dict]:
    """Rows without the fields that say where they came from (the same articles in two formats)."""
    return [{key: value for key, value in row.items() if key not in ("input", "row")} for row in rows]


def _scan(tmp_path: Path, inputs: list[Path], **settings) -> tuple[list[dict], list[str], object]:
    output = settings.pop("output", tmp_path / "out.jsonl")
    lines: list[str] = []
    result = scan(ScanSettings(inputs=tuple(str(path) for path in inputs), config=DEFAULT, output=output, **settings), lines.append)
    rows = _read_jsonl(output) if output.suffix == ".jsonl" else None
    for row in rows or ():
        validate_scan(row, "row")
    validate_scan(result.summary, "summary")
    return rows, lines, result


@pytest.fixture
def small(tmp_path: Path) -> list[dict]:
    rows = corpus(12)
    rows[4]["text"] += "\n\n" + LEAK
    return rows


def test_jsonl_rows_have_the_documented_shape_and_exact_positions(tmp_path: Path, small: list[dict]) -> None:
    rows, lines, result = _scan(tmp_path, [_write_jsonl(tmp_path / "site.jsonl", small)], shared_passages=False)
    assert result.exit_code == 0
    assert [row["id"] for row in rows] == [row["id"] for row in small]
    assert [row["row"] for row in rows] == list(range(1, 13))
    first = rows[0]
    assert list(first) == ["id", "source", "input", "row", "title", "url", "substance", "by_family", "by_severity", "findings"]
    assert list(first["by_family"]) == list(FAMILIES)
    assert list(first["by_severity"]) == ["error", "warning", "info"]
    assert first["title"] == small[0]["title"] and first["url"] is None and first["source"] == "site-b"
    leak = [finding for finding in rows[4]["findings"] if finding["family"] == "assistant-leak"]
    # the title is the article's first line, then a blank line, then the text
    article = small[4]["title"] + "\n\n" + small[4]["text"]
    line = article[: article.index(LEAK)].count("\n") + 1
    assert [(finding["line"], finding["column"]) for finding in leak] == [(line, 1)]
    assert rows[4]["by_family"]["assistant-leak"] == 1 and rows[4]["by_severity"]["error"] >= 1
    assert sum(rows[4]["by_severity"].values()) == len(rows[4]["findings"])


def test_csv_parquet_gzip_and_folder_inputs_give_the_same_rows(tmp_path: Path, small: list[dict]) -> None:
    pytest.importorskip("pyarrow")
    import pyarrow as pa
    import pyarrow.parquet as pq

    jsonl = _write_jsonl(tmp_path / "site.jsonl", small)
    expected, _, _ = _scan(tmp_path, [jsonl], shared_passages=False, output=tmp_path / "a.jsonl")
    with (tmp_path / "site.csv").open("w", newline="", encoding="utf-8") as stream:
        writer = csv.DictWriter(stream, fieldnames=["id", "source", "title", "text"])
        writer.writeheader()
        writer.writerows(small)
    from_csv, _, _ = _scan(tmp_path, [tmp_path / "site.csv"], shared_passages=False, output=tmp_path / "b.jsonl")
    assert _without_place(from_csv) == _without_place(expected)
    assert [row["row"] for row in from_csv] == list(range(2, 14))  # the header is row 1, as a spreadsheet shows it
    pq.write_table(pa.Table.from_pylist(small), tmp_path / "site.parquet")
    from_parquet, _, _ = _scan(tmp_path, [tmp_path / "site.parquet"], shared_passages=False, output=tmp_path / "c.jsonl")
    assert _without_place(from_parquet) == _without_place(expected)
    with gzip.open(tmp_path / "site.jsonl.gz", "wt", encoding="utf-8") as stream:
        stream.write(jsonl.read_text(encoding="utf-8"))
    from_gzip, _, _ = _scan(tmp_path, [tmp_path / "site.jsonl.gz"], shared_passages=False, output=tmp_path / "d.jsonl")
    assert _without_place(from_gzip) == _without_place(expected)

    folder = tmp_path / "articles"
    (folder / "metro").mkdir(parents=True)
    (folder / "metro" / "one.txt").write_text(small[4]["title"] + "\n\n" + small[4]["text"] + "\n", encoding="utf-8")
    (folder / "two.md").write_text("# Council delays vote\n\nThe council delayed its vote to March 4, the clerk said.\n", encoding="utf-8")
    (folder / "notes.csv").write_text("not an article", encoding="utf-8")  # not an article suffix: not read
    from_folder, _, _ = _scan(tmp_path, [folder], shared_passages=False, output=tmp_path / "e.jsonl")
    # a folder's own files first, then its subfolders, each sorted (as check walks them)
    assert [(row["id"], row["source"], row["row"]) for row in from_folder] == [("two.md", "articles", 1), ("metro/one.txt", "metro", 2)]
    # the same findings; a fix's edits may differ, because the file ends with a line ending the row lacks
    assert [{**f, "fix": None} for f in from_folder[1]["findings"]] == [{**f, "fix": None} for f in expected[4]["findings"]]


def test_parquet_output_holds_the_jsonl_rows(tmp_path: Path, small: list[dict]) -> None:
    pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    jsonl = _write_jsonl(tmp_path / "site.jsonl", small)
    expected, _, _ = _scan(tmp_path, [jsonl], shared_passages=False)
    _scan(tmp_path, [jsonl], shared_passages=False, output=tmp_path / "out.parquet")
    assert pq.read_table(tmp_path / "out.parquet").to_pylist() == expected
    assert not (tmp_path / "out.parquet.partial").exists()


def test_the_schema_rejects_a_row_without_its_counts(tmp_path: Path, small: list[dict]) -> None:
    import jsonschema

    rows, _, _ = _scan(tmp_path, [_write_jsonl(tmp_path / "site.jsonl", small[:1])], shared_passages=False)
    broken = {key: value for key, value in rows[0].items() if key != "by_family"}
    with pytest.raises(jsonschema.ValidationError):
        validate_scan(broken, "row")
    with pytest.raises(jsonschema.ValidationError):
        validate_scan({**rows[0], "findings": [{"code": "LN101"}]}, "row")


def test_bad_rows_are_reported_with_their_row_number_and_skipped(tmp_path: Path, small: list[dict]) -> None:
    path = tmp_path / "mixed.jsonl"
    good = [json.dumps(row).encode() for row in small[:3]]
    path.write_bytes(b"\n".join([
        good[0],
        b'{"id": "x", "title": "no text"}',
        b"not json at all",
        b"",  # a blank line is not a row
        json.dumps({"id": "n", "text": 42}).encode(),
        good[1],
        b'{"id": "bytes", "text": "caf\xe9"}',
        b'["a", "list"]',
        json.dumps({"id": "e", "text": "  \n "}).encode(),
        good[2],
    ]) + b"\n")
    result = run_cli("scan", str(path), "--no-shared-passages", "-o", str(tmp_path / "out.jsonl"))
    assert result.code == 0, result.stderr
    skipped = [line for line in result.stderr.splitlines() if line.startswith("lint-news: skipped")]
    assert skipped == [
        f"lint-news: skipped {path}: row 2: no 'text' column",
        f"lint-news: skipped {path}: row 3: not JSON (Expecting value)",
        f"lint-news: skipped {path}: row 5: 'text' is int, not text",
        f"lint-news: skipped {path}: row 7: not valid UTF-8 (byte 0xe9)",
        f"lint-news: skipped {path}: row 8: a JSON list, not an object",
        f"lint-news: skipped {path}: row 9: empty text",
    ]
    assert [row["row"] for row in _read_jsonl(tmp_path / "out.jsonl")] == [1, 6, 10]
    assert "Traceback" not in result.stderr
    assert "3 articles (6 rows skipped)" in result.stderr


def test_an_unreadable_input_exits_2_and_the_others_are_scanned(tmp_path: Path, small: list[dict]) -> None:
    good = _write_jsonl(tmp_path / "good.jsonl", small[:2])
    (tmp_path / "wrong.csv").write_text("id,body\n1,hello\n", encoding="utf-8")
    result = run_cli("scan", str(tmp_path / "missing.jsonl"), str(tmp_path / "wrong.csv"), str(good), "--no-shared-passages", "-o", str(tmp_path / "out.jsonl"))
    assert result.code == 2
    errors = [line for line in result.stderr.splitlines() if line.startswith("lint-news: error:")]
    assert errors == [
        f"lint-news: error: {tmp_path / 'missing.jsonl'}: no such file or folder",
        f"lint-news: error: {tmp_path / 'wrong.csv'}: no 'text' column (columns: id, body)",
    ]
    assert len(_read_jsonl(tmp_path / "out.jsonl")) == 2
    assert run_cli("scan", str(good), "--resume").code == 2  # --resume needs --output


def test_text_column_and_format_options(tmp_path: Path) -> None:
    path = _write_jsonl(tmp_path / "pages.jsonl", [{"id": "p1", "body": "# Heading here\n\n" + LEAK + "\n"}])
    rows, _, _ = _scan(tmp_path, [path], shared_passages=False, columns=Columns("body", "markdown"))
    assert [(finding["family"], finding["line"]) for finding in rows[0]["findings"] if finding["family"] == "assistant-leak"] == [("assistant-leak", 3)]


def test_resume_keeps_written_rows_and_drops_a_cut_off_line(tmp_path: Path, small: list[dict]) -> None:
    path = _write_jsonl(tmp_path / "site.jsonl", small)
    full, _, _ = _scan(tmp_path, [path], shared_passages=False, output=tmp_path / "full.jsonl")
    partial = tmp_path / "partial.jsonl"
    lines = (tmp_path / "full.jsonl").read_text(encoding="utf-8").splitlines(keepends=True)
    partial.write_text("".join(lines[:5]) + lines[5][:40], encoding="utf-8")  # killed while writing row 6
    # a row already written is not linted again: changing its text changes nothing
    changed = [dict(row) for row in small]
    changed[0]["text"] = LEAK + "\n\n" + changed[0]["text"]
    _write_jsonl(path, changed)
    resumed, lines_out, result = _scan(tmp_path, [path], shared_passages=False, output=partial, resume=True)
    assert resumed == full
    assert result.rows_written == 7
    assert "12 articles" in lines_out[0]


def test_ctrl_c_exits_130_keeps_every_row_and_resume_finishes(tmp_path: Path) -> None:
    path = _write_jsonl(tmp_path / "site.jsonl", corpus(400, seed=3))
    complete = tmp_path / "complete.jsonl"
    assert run_cli("scan", str(path), "--no-shared-passages", "-o", str(complete)).code == 0
    output = tmp_path / "out.jsonl"
    process = subprocess.Popen(
        [sys.executable, "-m", "lint_news", "scan", str(path), "--no-shared-passages", "-o", str(output)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=REPO,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),  # as from a terminal, though the tests run in the background
    )
    partial = tmp_path / "out.jsonl.partial"  # rows go here until the run ends
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and (not partial.exists() or partial.read_text().count("\n") < 20):
        time.sleep(0.05)
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130, stderr.decode()
    kept = output.read_text(encoding="utf-8").splitlines()
    assert 20 <= len(kept) < 400
    assert [json.loads(line) for line in kept] == _read_jsonl(complete)[: len(kept)]
    assert b"interrupted" in stderr and b"Traceback" not in stderr
    assert not partial.exists()
    assert run_cli("scan", str(path), "--no-shared-passages", "-o", str(output), "--resume").code == 0
    assert output.read_text(encoding="utf-8") == complete.read_text(encoding="utf-8")


def test_a_killed_run_leaves_the_old_output_whole_and_resume_goes_on_from_its_partial_rows(tmp_path: Path) -> None:
    path = _write_jsonl(tmp_path / "site.jsonl", corpus(400, seed=3))
    complete = tmp_path / "complete.jsonl"
    assert run_cli("scan", str(path), "--no-shared-passages", "-o", str(complete)).code == 0
    output = tmp_path / "out.jsonl"
    output.write_text("an earlier run's rows\n", encoding="utf-8")
    partial = tmp_path / "out.jsonl.partial"
    process = subprocess.Popen([sys.executable, "-m", "lint_news", "scan", str(path), "--no-shared-passages", "-o", str(output)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=REPO)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and (not partial.exists() or partial.read_text().count("\n") < 20):
        time.sleep(0.05)
    process.kill()  # SIGKILL: no chance to finish the file
    process.wait(timeout=30)
    assert output.read_text(encoding="utf-8") == "an earlier run's rows\n"  # replaced only whole
    kept = partial.read_text(encoding="utf-8").splitlines()
    assert len(kept) >= 20
    assert run_cli("scan", str(path), "--no-shared-passages", "-o", str(output), "--resume").code == 0
    assert output.read_text(encoding="utf-8") == complete.read_text(encoding="utf-8")
    assert not partial.exists()


def test_summary_counts_match_the_rows(tmp_path: Path, small: list[dict]) -> None:
    path = _write_jsonl(tmp_path / "site.jsonl", small)
    result = run_cli("scan", str(path), "--no-shared-passages", "-o", str(tmp_path / "out.jsonl"), "--summary", str(tmp_path / "summary.json"))
    assert result.code == 0
    rows = _read_jsonl(tmp_path / "out.jsonl")
    summary = json.loads((tmp_path / "summary.json").read_text(encoding="utf-8"))
    validate_scan(summary, "summary")
    assert summary["schema"] == "lint-news/scan-summary@1"
    assert summary["articles"] == 12 and summary["bad_rows"] == 0
    assert summary["share_with_errors"] == round(sum(1 for row in rows if row["by_severity"]["error"]) / 12, 4)
    assert summary["by_family"] == {family: sum(row["by_family"][family] for row in rows) for family in FAMILIES}
    assert sum(summary["histogram"]["overall"]) == 12
    by_source = {source["source"]: source for source in summary["sources"]}
    assert {name: entry["articles"] for name, entry in by_source.items()} == {"site-a": 8, "site-b": 4}
    import statistics

    scores = [row["substance"]["score"] for row in rows if row["source"] == "site-b"]
    assert by_source["site-b"]["median_substance"] == round(statistics.median(scores), 1)
    assert "site-a" in result.stderr and "median substance" in result.stderr


def test_progress_bar_only_when_asked_or_on_a_terminal(tmp_path: Path, small: list[dict]) -> None:
    path = _write_jsonl(tmp_path / "site.jsonl", small)
    quiet = run_cli("scan", str(path), "-o", str(tmp_path / "a.jsonl"))
    assert quiet.code == 0, quiet.stderr
    assert "articles/s" not in quiet.stderr and "\r" not in quiet.stderr
    shown = run_cli("scan", str(path), "-o", str(tmp_path / "b.jsonl"), "--progress")
    assert "linting" in shown.stderr and "\r" in shown.stderr


def _stderr_on_a_terminal(arguments: list[str], environment: dict[str, str]) -> str:
    """What ``lint-news`` writes to its standard error when that is a terminal (a pseudo-terminal here)."""
    import fcntl
    import pty
    import struct
    import termios

    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))  # a terminal 100 columns wide
    env = {key: value for key, value in os.environ.items() if key not in ("CI", "TERM")}
    process = subprocess.Popen([sys.executable, "-m", "lint_news", *arguments], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                               stderr=follower, cwd=REPO, env={**env, "TERM": "xterm", **environment})
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the terminal closed: the process is done
            break
        if not chunk:
            break
        chunks.append(chunk)
    process.wait(timeout=60)
    os.close(leader)
    return b"".join(chunks).decode("utf-8", "replace")


def test_progress_bar_on_a_terminal_but_not_in_ci(tmp_path: Path) -> None:
    path = _write_jsonl(tmp_path / "site.jsonl", corpus(200, seed=23))
    shown = _stderr_on_a_terminal(["scan", str(path), "-o", str(tmp_path / "a.jsonl")], {})
    assert "linting" in shown and "articles/s" in shown and "<" in shown  # tqdm's rate and its ETA
    in_ci = _stderr_on_a_terminal(["scan", str(path), "-o", str(tmp_path / "b.jsonl")], {"CI": "true"})
    assert "linting" not in in_ci and "200 articles" in in_ci


def test_planted_paragraph_in_30_of_330_articles_is_reported_with_exactly_those(tmp_path: Path) -> None:
    planted = frozenset(range(5, 330, 11))
    assert len(planted) == 30
    rows_in = corpus(330, seed=11, planted_in=planted)
    path = _write_jsonl(tmp_path / "farm.jsonl", rows_in)
    rows, lines, result = _scan(tmp_path, [path], summary_path=tmp_path / "summary.json")
    ids = sorted(rows_in[number]["id"] for number in planted)
    flagged = {row["id"]: [finding for finding in row["findings"] if finding["code"] == "LN106"] for row in rows}
    assert sorted(name for name, found in flagged.items() if found) == ids
    for number in planted:
        (finding,) = flagged[rows_in[number]["id"]]
        article = rows_in[number]["title"] + "\n\n" + rows_in[number]["text"]
        assert finding["message"] == "Passage also appears in 29 other articles of this corpus"
        assert finding["family"] == "repetition"
        assert (finding["offset"], finding["length"]) == (article.index(PLANTED), len(PLANTED))
    summary = json.loads((tmp_path / "summary.json").read_text(encoding="utf-8"))
    (passage,) = summary["shared_passages"]
    assert passage["articles"] == 30 and sorted(passage["ids"]) == ids and passage["text"] == PLANTED
    assert any("30 articles" in line for line in lines)


def test_jobs_give_the_rows_of_one_process(tmp_path: Path) -> None:
    path = _write_jsonl(tmp_path / "farm.jsonl", corpus(150, seed=5, planted_in=frozenset(range(0, 150, 10))))
    one, _, _ = _scan(tmp_path, [path], output=tmp_path / "one.jsonl")
    two, _, _ = _scan(tmp_path, [path], output=tmp_path / "two.jsonl", jobs=2)
    assert two == one
    assert sum(1 for row in one for finding in row["findings"] if finding["code"] == "LN106") == 15


def test_check_cross_file_reports_a_paragraph_three_files_share(tmp_path: Path) -> None:
    rows = corpus(4, seed=2, planted_in=frozenset({0, 1, 3}))
    for row in rows:
        (tmp_path / f"{row['id']}.txt").write_text(row["title"] + "\n\n" + row["text"] + "\n", encoding="utf-8")
    plain = run_cli("check", "--format", "json", "--select", "LN106", str(tmp_path))
    assert plain.json["summary"]["findings"] == 0
    crossed = run_cli("check", "--format", "json", "--select", "LN106", "--cross-file", str(tmp_path))
    assert crossed.code == 1
    found = {Path(file["path"]).stem: [(f["line"], f["column"], f["message"]) for f in file["findings"]] for file in crossed.json["files"]}
    line = (rows[0]["title"] + "\n\n" + rows[0]["text"])[: (rows[0]["title"] + "\n\n" + rows[0]["text"]).index(PLANTED)].count("\n") + 1
    expected = [(line, 1, "Passage also appears in 2 other articles of this corpus")]
    assert found == {"story-0000": expected, "story-0001": expected, "story-0002": [], "story-0003": expected}
    assert run_cli("check", "--format", "json", "--select", "LN106", "--cross-file", "--jobs", "2", str(tmp_path)).json == crossed.json


def test_scan_report_renders_in_chromium_with_the_numbers_of_the_rows(tmp_path: Path) -> None:
    import statistics

    import chromium

    path = chromium.require_chromium()
    rows_in = corpus(90, seed=17, planted_in=frozenset(range(2, 90, 9)))
    rows_in[3]["text"] += "\n\n" + LEAK
    source = _write_jsonl(tmp_path / "farm.jsonl", rows_in)
    (tmp_path / "farm.jsonl").write_text(source.read_text(encoding="utf-8") + "{broken\n", encoding="utf-8")
    report = tmp_path / "report.html"
    result = run_cli("scan", str(source), "-o", str(tmp_path / "rows.jsonl"), "--report", str(report), "--report-articles", "50")
    assert result.code == 0, result.stderr
    rows = _read_jsonl(tmp_path / "rows.jsonl")
    emptiest = sorted(rows, key=lambda row: (row["substance"]["score"], -len(row["findings"])))[:50]
    with chromium.Browser(path, timeout=30) as browser:
        browser.open(report.as_uri())
        shown = browser.evaluate(
            "Object.fromEntries([...document.querySelectorAll('#summary [data-stat]')].map(e => [e.dataset.stat, e.querySelector('.value').textContent]))"
        )
        assert shown["articles"] == "90" and shown["bad_rows"] == "1"
        assert shown["median_substance"] == f"{round(statistics.median(row['substance']['score'] for row in rows), 1):.1f}"
        errors = sum(1 for row in rows if row["by_severity"]["error"])
        assert shown["share_with_errors"] == f"{errors / 90 * 100:.1f}%"
        for severity in ("error", "warning", "info"):
            assert shown[severity] == f"{sum(row['by_severity'][severity] for row in rows):,}"
        assert browser.evaluate("[...document.querySelectorAll('tr[data-id]')].map(r => r.dataset.id)") == [row["id"] for row in emptiest]
        assert browser.evaluate("document.getElementById('shown-sentence').textContent").startswith("Showing 50 of 90 articles")
        header = "document.querySelector('#articles th[data-col=substance]')"
        read = "[...document.querySelectorAll('#articles tbody tr')].map(r => parseFloat(r.querySelector('td.substance').dataset.sort))"
        browser.evaluate(f"{header}.click()")
        browser.evaluate(f"{header}.click()")
        assert browser.evaluate(read) == sorted((row["substance"]["score"] for row in emptiest), reverse=True)
        passage = browser.evaluate("document.querySelector('#shared-passages').textContent")
        assert PLANTED[:60] in passage and "in 10 articles" in passage
        assert browser.exceptions == [] and browser.console_errors == []


def test_hostile_inputs_are_one_line_each_and_never_a_traceback(tmp_path: Path, small: list[dict]) -> None:
    (tmp_path / "binary.jsonl").write_bytes(b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)) * 40)
    (tmp_path / "fake.jsonl.gz").write_bytes(b"not gzip at all\n")
    (tmp_path / "deep.jsonl").write_text("[" * 100_000 + "\n" + json.dumps(small[0]) + "\n", encoding="utf-8")
    (tmp_path / "broken.parquet").write_bytes(b"PAR1 but not really")
    result = run_cli("scan", *(str(tmp_path / name) for name in ("binary.jsonl", "fake.jsonl.gz", "deep.jsonl", "broken.parquet")),
                     "--no-shared-passages", "-o", str(tmp_path / "out.jsonl"))
    assert result.code == 2
    lines = [line for line in result.stderr.splitlines() if line.startswith("lint-news: ")]
    assert lines[:4] == [
        f"lint-news: error: {tmp_path / 'binary.jsonl'}: binary file (contains NUL bytes), not a table of articles",
        f"lint-news: error: {tmp_path / 'fake.jsonl.gz'}: cannot read: Not a gzipped file (b'no')",
        f"lint-news: skipped {tmp_path / 'deep.jsonl'}: row 1: not an article: JSON nested too deeply",
        f"lint-news: error: {tmp_path / 'broken.parquet'}: not a readable Parquet file"
        + result.stderr.split("not a readable Parquet file", 1)[1].split("\n", 1)[0],
    ]
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr
    assert [row["id"] for row in _read_jsonl(tmp_path / "out.jsonl")] == [small[0]["id"]]
