"""A real corpus plus 30 articles sharing one padded paragraph: does the scan find exactly those 30?

Usage:  python bench/scan_planted.py ../shared/corpus/train.jsonl [--jobs 2] [--report /tmp/report.html]

Writes 30 generated local-news articles (tests/corpus_articles.py), each carrying the same
padded paragraph, ten of them with one word of it changed, to a temporary JSON-lines file, and
scans it together with the corpus given (two inputs, one run). Prints whether the summary lists
the paragraph as one shared passage of exactly the 30 articles, whether each of them carries an
LN106 finding on it (and no article of the corpus does for it), the other shared passages the
corpus holds, and the time. Nothing of the corpus is copied.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from corpus_articles import article  # noqa: E402

PADDED = (
    "As the community navigates these changes, it remains to be seen how the decision will shape "
    "the future of the town, but one thing is clear: residents will be watching closely as the "
    "story continues to unfold in the weeks and months ahead."
)
_SWAPS = (("closely", "carefully"), ("weeks", "days"), ("town", "county"), ("clear", "certain"), ("future", "character"))


def planted_rows(count: int = 30, seed: int = 2026) -> list[dict]:
    rng = random.Random(seed)
    rows = []
    for number in range(count):
        headline, paragraphs = article(rng, paragraphs=5)
        padded = PADDED
        if number % 3 == 2:  # a near-same copy: one word changed
            old, new = _SWAPS[number % len(_SWAPS)]
            padded = padded.replace(old, new, 1)
        paragraphs.insert(rng.randrange(2, len(paragraphs) + 1), padded)
        rows.append({"id": f"planted-{number:02d}", "source": "planted-farm", "title": headline, "text": "\n\n".join(paragraphs)})
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--report", type=Path, default=None)
    arguments = parser.parse_args()
    planted = planted_rows()
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        farm = work / "planted.jsonl"
        farm.write_text("".join(json.dumps(row) + "\n" for row in planted), encoding="utf-8")
        command = [sys.executable, "-m", "lint_news", "scan", str(arguments.corpus), str(farm), "-q", "--no-progress",
                   "--jobs", str(arguments.jobs), "-o", str(work / "rows.jsonl"), "--summary", str(work / "summary.json")]
        if arguments.report:
            command += ["--report", str(arguments.report)]
        start = time.perf_counter()
        done = subprocess.run(command, capture_output=True, text=True)
        wall = time.perf_counter() - start
        if done.returncode != 0:
            raise SystemExit(done.stderr)
        summary = json.loads((work / "summary.json").read_text(encoding="utf-8"))
        rows = [json.loads(line) for line in (work / "rows.jsonl").read_text(encoding="utf-8").splitlines()]

    ids = sorted(row["id"] for row in planted)
    groups = [passage for passage in summary["shared_passages"] if set(passage["ids"]) & set(ids)]
    exact = len(groups) == 1 and sorted(groups[0]["ids"]) == ids
    flagged = sorted(row["id"] for row in rows if any(f["code"] == "LN106" and f["excerpt"].startswith(PADDED[:40]) for f in row["findings"]))
    print(f"{summary['articles']:,} articles scanned in {wall:.1f} s with --jobs {arguments.jobs}")
    print(f"the padded paragraph is one shared passage of exactly the 30 planted articles: {'yes' if exact else 'NO'}")
    print(f"planted articles with an LN106 finding on it: {sum(1 for name in flagged if name in ids)}/30; other articles: {sum(1 for name in flagged if name not in ids)}")
    others = [passage for passage in summary["shared_passages"] if passage not in groups]
    print(f"other shared passages in the corpus: {len(others)}")
    for passage in others:
        print(f"  {passage['articles']:>3} articles, {passage['words']} words: {passage['text'][:80]!r}")


if __name__ == "__main__":
    main()
