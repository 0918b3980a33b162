"""lint-news scan --dask: a LocalCluster of two worker processes writes what a local run writes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import run_cli
from corpus_articles import corpus

pytest.importorskip("distributed", reason="the dask extra (lint-news[dask]) is not installed")


def test_dask_local_cluster_gives_the_rows_and_summary_of_a_local_run(tmp_path: Path) -> None:
    rows = corpus(240, seed=13, planted_in=frozenset(range(3, 240, 8)))
    rows[7]["text"] += "\n\nAs an AI language model, I cannot verify this."
    path = tmp_path / "farm.jsonl"
    path.write_text("".join(json.dumps(row) + "\n" for row in rows) + "not json\n", encoding="utf-8")
    local = run_cli("scan", str(path), "-o", str(tmp_path / "local.jsonl"), "--summary", str(tmp_path / "local.json"))
    assert local.code == 0, local.stderr
    on_dask = run_cli("scan", str(path), "--dask", "--jobs", "2", "-o", str(tmp_path / "dask.jsonl"), "--summary", str(tmp_path / "dask.json"))
    assert on_dask.code == 0, on_dask.stderr
    assert (tmp_path / "dask.jsonl").read_bytes() == (tmp_path / "local.jsonl").read_bytes()
    assert json.loads((tmp_path / "dask.json").read_text()) == json.loads((tmp_path / "local.json").read_text())
    summary = json.loads((tmp_path / "local.json").read_text())
    assert summary["articles"] == 240 and summary["bad_rows"] == 1
    assert [passage["articles"] for passage in summary["shared_passages"]] == [30]
    assert "lint-news: skipped" in on_dask.stderr and "row 241: not JSON" in on_dask.stderr


def test_dask_reports_an_unreachable_scheduler_in_one_line(tmp_path: Path) -> None:
    path = tmp_path / "one.jsonl"
    path.write_text(json.dumps(corpus(1)[0]) + "\n", encoding="utf-8")
    result = run_cli("scan", str(path), "--dask=tcp://127.0.0.1:9", "--no-shared-passages", "-o", str(tmp_path / "out.jsonl"))
    assert result.code == 2
    assert result.stderr.startswith("lint-news: error: --dask: cannot reach the scheduler at tcp://127.0.0.1:9")
    assert len(result.stderr.strip().splitlines()) == 1
