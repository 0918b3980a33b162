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
    on_dask = run_cli("scan", "--dask", str(path), "--jobs", "2", "-o", str(tmp_path / "dask.jsonl"), "--summary", str(tmp_path / "dask.json"))
    assert on_dask.code == 0, on_dask.stderr
    assert (tmp_path / "dask.jsonl").read_bytes() == (tmp_path / "local.jsonl").read_bytes()
    assert json.loads((tmp_path / "dask.json").read_text()) == json.loads((tmp_path / "local.json").read_text())
    summary = json.loads((tmp_path / "local.json").read_text())
    assert summary["articles"] == 240 and summary["bad_rows"] == 1
    assert [passage["articles"] for passage in summary["shared_passages"]] == [30]
    assert "lint-news: skipped" in on_dask.stderr and "row 241: not JSON" in on_dask.stderr
    assert run_cli("scan", "--dask").stderr == "lint-news: error: scan needs at least one input: a JSON-lines, CSV or Parquet file, or a folder of articles\n"


def test_dask_reports_an_unreachable_scheduler_in_one_line(tmp_path: Path) -> None:
    path = tmp_path / "one.jsonl"
    path.write_text(json.dumps(corpus(1)[0]) + "\n", encoding="utf-8")
    result = run_cli("scan", str(path), "--dask=tcp://127.0.0.1:9", "--no-shared-passages", "-o", str(tmp_path / "out.jsonl"))
    assert result.code == 2
    assert result.stderr.startswith("lint-news: error: --dask: cannot reach the scheduler at tcp://127.0.0.1:9")
    assert len(result.stderr.strip().splitlines()) == 1


def test_dask_scheduler_at_an_address_with_two_separate_workers(tmp_path: Path) -> None:
    """A cluster as one is run for real: `dask scheduler` and `dask worker` processes, reached by address."""
    import os
    import signal
    import subprocess
    import sys
    import time

    scheduler_file = tmp_path / "scheduler.json"
    bin_dir = Path(sys.executable).parent
    dask = str(bin_dir / "dask") if (bin_dir / "dask").exists() else None
    if dask is None:
        pytest.skip("the `dask` command of dask.distributed is not installed next to this Python")
    processes = [subprocess.Popen([dask, "scheduler", "--host", "127.0.0.1", "--port", "0", "--no-dashboard", "--scheduler-file", str(scheduler_file)],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)]
    try:
        deadline = time.monotonic() + 60
        while not scheduler_file.exists() and time.monotonic() < deadline:
            time.sleep(0.1)
        time.sleep(0.2)  # the file is written whole, but give the scheduler its first loop
        address = json.loads(scheduler_file.read_text())["address"]
        processes.append(subprocess.Popen([dask, "worker", address, "--nworkers", "2", "--nthreads", "1", "--no-dashboard"],
                                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True))
        rows = corpus(120, seed=19, planted_in=frozenset(range(0, 120, 30)))
        path = tmp_path / "farm.jsonl"
        path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
        local = run_cli("scan", str(path), "-o", str(tmp_path / "local.jsonl"))
        remote = run_cli("scan", str(path), f"--dask={address}", "-o", str(tmp_path / "remote.jsonl"))
        assert remote.code == 0, remote.stderr
        assert (tmp_path / "remote.jsonl").read_bytes() == (tmp_path / "local.jsonl").read_bytes()
        assert "4 articles" in remote.stderr  # the shared passage, found on the cluster too
        assert local.code == 0
    finally:
        for process in processes:
            os.killpg(process.pid, signal.SIGTERM)
        for process in processes:
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)


def test_ctrl_c_on_a_local_cluster_exits_130_without_a_traceback_and_resume_finishes(tmp_path: Path) -> None:
    import os
    import signal
    import subprocess
    import sys
    import time

    from conftest import REPO

    path = tmp_path / "site.jsonl"
    path.write_text("".join(json.dumps(row) + "\n" for row in corpus(3000, seed=29)), encoding="utf-8")
    output = tmp_path / "out.jsonl"
    # the whole process group, as a terminal's Ctrl-C: the LocalCluster's workers get it too
    process = subprocess.Popen([sys.executable, "-m", "lint_news", "scan", str(path), "--dask", "-o", str(output)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=REPO, start_new_session=True,
                               preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))  # as from a terminal, though the tests run in the background
    deadline = time.monotonic() + 120
    partial = tmp_path / "out.jsonl.partial"
    while time.monotonic() < deadline and (not partial.exists() or partial.read_text().count("\n") < 100):
        time.sleep(0.1)
    os.killpg(process.pid, signal.SIGINT)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130, stderr.decode()
    assert b"Traceback" not in stderr and b"interrupted" in stderr
    kept = output.read_text(encoding="utf-8").splitlines()
    assert 100 <= len(kept) < 3000
    assert run_cli("scan", str(path), "--dask", "-o", str(output), "--resume", "-q").code == 0
    assert run_cli("scan", str(path), "-o", str(tmp_path / "local.jsonl"), "-q").code == 0
    assert output.read_bytes() == (tmp_path / "local.jsonl").read_bytes()


def test_ctrl_c_before_a_sync_call_starts_logs_no_traceback() -> None:
    """distributed's ``sync`` fails in its own cancel callback when Ctrl-C comes before the call
    it waits on has started; the scan's filter keeps that traceback off the user's terminal."""
    import logging
    import os
    import signal
    import threading
    import time

    from distributed.utils import LoopRunner, sync

    from lint_news.corpus.execution import _cancelled_before_start

    def interrupted_sync_logs(filtered: bool) -> list[logging.LogRecord]:
        records: list[logging.LogRecord] = []
        handler = logging.Handler()
        handler.emit = records.append  # type: ignore[method-assign]
        logger = logging.getLogger("tornado.application")
        logger.addHandler(handler)
        if filtered:
            logger.addFilter(_cancelled_before_start)
        runner = LoopRunner(asynchronous=False)
        runner.start()
        try:
            runner.loop.add_callback(time.sleep, 0.4)  # the loop is busy: sync's call cannot start yet
            threading.Timer(0.1, os.kill, (os.getpid(), signal.SIGINT)).start()

            async def call() -> int:
                return 1

            with pytest.raises(KeyboardInterrupt):
                sync(runner.loop, call)
            time.sleep(0.6)  # the loop runs sync's cancel callback
        finally:
            runner.stop()
            logger.removeHandler(handler)
            logger.removeFilter(_cancelled_before_start)
        return [record for record in records if record.exc_info]

    unfiltered = interrupted_sync_logs(filtered=False)
    if not unfiltered:
        pytest.skip("this version of distributed no longer logs an error when Ctrl-C comes before a sync call starts")
    assert isinstance(unfiltered[0].exc_info[1], NameError)
    assert interrupted_sync_logs(filtered=True) == []
