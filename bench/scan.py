"""lint-news scan on real news: one process, two processes, two Dask workers, and check as the peer.

Usage:  python bench/scan.py ../shared/corpus/train.jsonl [--articles 2000] [--write docs/performance.md]

Takes the first ``--articles`` rows of a JSON-lines corpus and, in one run, times as separate
processes (wall clock, and the peak RSS that wait4 reports: the largest process of the run, workers included):

- ``lint-news check --jobs 1`` over the same articles written out as files (the peer: what a
  user would do without scan);
- ``lint-news scan --jobs 1``, ``--jobs 2`` and ``--dask --jobs 2`` (a LocalCluster of two
  workers, its start-up included), each with the shared-passage pass;
- ``lint-news scan --jobs 2`` on ``--memory-articles`` generated articles and on a quarter
  of them (tests/corpus_articles.py), to show that the scanning process's memory does not
  grow with the corpus.

It checks that the three scans wrote identical rows, and prints the rates and their ratios.
With ``--write``, the table replaces the "## Corpus scan" section of the file given.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SECTION = "## Corpus scan"


def _run(command: list[str]) -> tuple[float, float]:
    """(wall seconds, peak RSS in MiB of the process) of ``command``."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    stderr = process.stderr.read().decode()
    process.stderr.close()
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        raise SystemExit(f"{' '.join(command)} failed:\n{stderr}")
    return wall, usage.ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--memory-articles", type=int, default=20000)
    parser.add_argument("--write", type=Path, default=None)
    arguments = parser.parse_args()

    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        rows = []
        with arguments.corpus.open(encoding="utf-8") as stream:
            for line in stream:
                rows.append(json.loads(line))
                if len(rows) == arguments.articles:
                    break
        words = sum(len(row["text"].split()) for row in rows)
        corpus = work / "corpus.jsonl"
        corpus.write_text("".join(json.dumps({"id": row["id"], "source": row["source"], "title": row.get("title"), "text": row["text"]}) + "\n" for row in rows), encoding="utf-8")
        sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
        from corpus_articles import corpus as generated

        many = generated(arguments.memory_articles, seed=1)
        sizes = (arguments.memory_articles // 4, arguments.memory_articles)
        for size in sizes:
            (work / f"generated-{size}.jsonl").write_text("".join(json.dumps(row) + "\n" for row in many[:size]), encoding="utf-8")
        files = work / "files"
        files.mkdir()
        for number, row in enumerate(rows):
            title = (row.get("title") or "").strip()
            (files / f"{number:05d}.txt").write_text((f"{title}\n\n" if title else "") + row["text"] + "\n", encoding="utf-8")

        lint_news = [sys.executable, "-m", "lint_news"]
        results: dict[str, tuple[float, float]] = {}
        results["check --jobs 1 (files)"] = _run([*lint_news, "check", "--quiet", "--jobs", "1", str(files)])
        for name, options in (("scan --jobs 1", ["--jobs", "1"]), ("scan --jobs 2", ["--jobs", "2"]), ("scan --dask --jobs 2", ["--dask", "--jobs", "2"])):
            output = work / (name.replace(" ", "_") + ".jsonl")
            results[name] = _run([*lint_news, "scan", str(corpus), "-q", "--no-progress", "-o", str(output), *options])
        outputs = [(work / (name.replace(" ", "_") + ".jsonl")).read_bytes() for name in ("scan --jobs 1", "scan --jobs 2", "scan --dask --jobs 2")]
        identical = all(output == outputs[0] for output in outputs)
        memory = {size: _run([*lint_news, "scan", str(work / f"generated-{size}.jsonl"), "-q", "--no-progress", "-o", str(work / f"out-{size}.jsonl"), "--jobs", "2"]) for size in sizes}

    peer_rate = len(rows) / results["check --jobs 1 (files)"][0]
    lines = [
        SECTION,
        "",
        f"`python bench/scan.py {arguments.corpus} --articles {arguments.articles}`: {len(rows):,} real news articles "
        f"({words:,} words) on this machine (2 cores), one run. Rows identical across the three scans: {'yes' if identical else 'NO'}.",
        "",
        "| run | wall | articles/s | against check | peak RSS (largest process of the run) |",
        "| --- | --- | --- | --- | --- |",
    ]
    for name, (wall, rss) in results.items():
        rate = len(rows) / wall
        lines.append(f"| `{name}` | {wall:.1f} s | {rate:.0f} | {rate / peer_rate:.2f}x | {rss:.0f} MiB |")
    lines += ["", "Memory with corpus size (`scan --jobs 2` on generated ~110-word articles, tests/corpus_articles.py):", "",
              "| articles | wall | articles/s | peak RSS (largest process of the run) |", "| --- | --- | --- | --- |"]
    for size, (wall, rss) in memory.items():
        lines.append(f"| {size:,} | {wall:.1f} s | {size / wall:.0f} | {rss:.0f} MiB |")
    lines += [
        "",
        "A scan reads the corpus twice (signing passages, then linting), so at one process it does a little more work than `check`;",
        "the Dask row includes starting a LocalCluster. The peak RSS of the Dask row is the client's: the workers are separate processes.",
    ]
    table = "\n".join(lines) + "\n"
    print(table)
    if arguments.write:
        text = arguments.write.read_text(encoding="utf-8")
        if SECTION in text:
            before, _, after = text.partition(SECTION)
            rest = after.split("\n## ", 1)
            text = before + table + ("\n## " + rest[1] if len(rest) > 1 else "")
        else:
            text = text.rstrip("\n") + "\n\n" + table
        arguments.write.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
