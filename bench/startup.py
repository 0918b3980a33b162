"""Start-up and per-article time of ``lint-news check`` (the path hooks and editors use).

Usage:  python bench/startup.py [ARTICLE] [--runs N]

Reports the median wall time of N runs of ``lint-news check --quiet ARTICLE``
in a fresh process, the import time of the modules on that path, and which
heavy modules (SciPy, scikit-learn, textstat, NLTK's package init) got loaded
(none should be).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_ARTICLE = REPO / "fixtures" / "padded" / "padded-05-hurricane.txt"
PROBE = """
import sys, time
t = time.perf_counter()
import lint_news.cli
t_cli = time.perf_counter() - t
import lint_news
t = time.perf_counter()
report = lint_news.lint_path(sys.argv[1])
t_lint = time.perf_counter() - t
heavy = sorted(m for m in ("scipy", "sklearn", "textstat", "nltk.corpus", "nltk.collocations") if m in sys.modules)
print(f"{t_cli*1000:.1f} {t_lint*1000:.1f} {','.join(heavy) or '-'}")
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("article", nargs="?", default=str(DEFAULT_ARTICLE))
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()

    walls = []
    for _ in range(args.runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "lint_news", "check", "--quiet", args.article], capture_output=True)
        walls.append(time.perf_counter() - start)
    baseline = []
    for _ in range(args.runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", "pass"], capture_output=True)
        baseline.append(time.perf_counter() - start)
    probe = subprocess.run([sys.executable, "-c", PROBE, args.article], capture_output=True, text=True, check=True)
    cli_import, lint_ms, heavy = probe.stdout.split()
    words = len(Path(args.article).read_text(encoding="utf-8-sig").split())
    print(f"article: {args.article} ({words} words), {args.runs} runs")
    print(f"lint-news check, whole process: median {statistics.median(walls)*1000:.0f} ms (bare python: {statistics.median(baseline)*1000:.0f} ms)")
    print(f"import lint_news.cli: {cli_import} ms; first lint in process (readers, packs, rules): {lint_ms} ms")
    print(f"heavy modules loaded: {heavy}")


if __name__ == "__main__":
    main()
