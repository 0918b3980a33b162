"""Reports are streamed: each file's report is written once it is linted and then let go.

A corpus audit over thousands of files must not hold every file's findings until the end;
what it writes must be the same, byte for byte, as the report of the whole run.
"""

from __future__ import annotations

import gc
import json
import weakref

import pytest
from conftest import CLEAN_FIXTURES, PADDED_FIXTURES, run_cli

from lint_news.formatters import FORMATS, render, stream
from lint_news.report import FileReport, Report
from lint_news.runner import reports, run


@pytest.mark.parametrize("output_format", FORMATS)
def test_the_streamed_report_is_the_report_of_the_whole_run(output_format, tmp_path):
    (tmp_path / "broken.md").write_bytes(b"\xff\xfe\x00binary")  # an error among the files
    arguments = [*map(str, PADDED_FIXTURES[:6]), str(tmp_path / "broken.md"), *map(str, CLEAN_FIXTURES[:4])]
    whole = render(run(arguments), output_format, quiet=False, statistics=False)
    pieces: list[str] = []
    tally = stream(reports(arguments), output_format, pieces.append)
    assert "".join(pieces) == whole
    assert len(pieces) > 2 or output_format == "sarif"  # written as the files came, not at the end
    assert tally.exit_code() == 2 and tally.errors == 1


def test_the_streamed_json_of_no_file_is_the_same_document():
    pieces: list[str] = []
    stream(iter(()), "json", pieces.append)
    assert "".join(pieces) == render(Report(), "json")
    assert json.loads("".join(pieces))["files"] == []


def test_a_streamed_run_holds_one_files_report_at_a_time(tmp_path):
    for number in range(40):
        (tmp_path / f"story{number:02d}.txt").write_text(f"Story {number}\n\nThe vote on TK was held on Tuesday.\n", encoding="utf-8")
    seen: list[weakref.ref[FileReport]] = []
    most = 0
    for report in reports([str(tmp_path)]):
        seen.append(weakref.ref(report))
        del report
        gc.collect()
        most = max(most, sum(ref() is not None for ref in seen))
    assert len(seen) == 40 and most <= 2  # the one being written, and at most one the generator holds


def test_check_prints_each_file_and_exits_as_the_whole_run_would(tmp_path):
    (tmp_path / "a.txt").write_text("Vote set\n\nThe vote is on TK.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Vote held\n\nThe council voted 5-2 on Tuesday to approve the budget.\n", encoding="utf-8")
    result = run_cli("check", "--format", "json", str(tmp_path))
    data = json.loads(result.stdout)
    assert result.code == 1 and [f["path"].rsplit("/", 1)[-1] for f in data["files"]] == ["a.txt", "b.txt"]
    assert data["summary"]["files"] == 2 and data["summary"]["findings"] == len(data["files"][0]["findings"]) >= 1
