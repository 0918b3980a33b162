"""Score this build on ../shared/annotated, keeping the held-aside third apart.

The held-aside third is listed in bench/annotated_holdout.txt. By default the development part
is scored (every article except that third); ``--holdout`` scores only the held-aside third and
``--all`` scores the whole set. The scoring itself is ../shared/annotated/score.py's.

    python bench/annotated.py            # development part
    python bench/annotated.py --holdout  # the third set aside (look only at the end)
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ANNOTATED = HERE.parent.parent / "shared" / "annotated"


def holdout_names() -> list[str]:
    lines = (HERE / "annotated_holdout.txt").read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--holdout", action="store_true", help="score only the held-aside third")
    group.add_argument("--all", action="store_true", help="score every article")
    parser.add_argument("--annotated", type=Path, default=ANNOTATED)
    args = parser.parse_args()
    score = args.annotated / "score.py"
    if not score.exists():
        print(f"no annotated set at {args.annotated}", file=sys.stderr)
        return 2
    command = [sys.executable, str(score)]
    beside = Path(sys.executable).with_name("lint-news")
    lint_news = str(beside) if beside.exists() else shutil.which("lint-news")
    if lint_news:
        command += ["--lint-news", lint_news]
    if args.holdout:
        command += ["--only", *holdout_names()]
    elif not args.all:
        command += ["--except", *holdout_names()]
    return subprocess.run(command, check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
