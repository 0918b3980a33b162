"""Score this build on bench/own_annotated/: articles written for this repository by its developers.

    python bench/own_annotated.py

The ``e*`` articles are padded (an annotation lists the lines of each family present and the
families absent), the ``k*`` articles are clean reporting with precision traps (every family
absent). The scoring follows ../shared/annotated/score.py: a finding is a hit when its family
matches and it lies within one line of the annotated line; a warning or error of an absent family
is a false alarm. Written independently of ../shared, and used to check the rules issue (#8)
before being tuned on, so its first figures are in that issue's closing note.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent / "own_annotated"


def main() -> int:
    articles = sorted(p for p in HERE.iterdir() if p.suffix in (".txt", ".md", ".html"))
    beside = Path(sys.executable).with_name("lint-news")
    command = [str(beside) if beside.exists() else "lint-news", "check", "--format", "json", "--fail-on", "never"]
    report = json.loads(subprocess.run([*command, *map(str, articles)], capture_output=True, text=True, check=False).stdout)
    by_path = {Path(f["path"]).resolve(): f for f in report["files"]}
    found, expected, alarms, missed = Counter(), Counter(), [], []
    for article in articles:
        expect = json.loads(article.with_suffix(".expect.json").read_text("utf-8"))
        findings = by_path[article.resolve()]["findings"]
        for family, lines in expect["families"].items():
            for line in lines:
                expected[family] += 1
                if any(f["family"] == family and f["line"] - 1 <= line <= f["end_line"] + 1 for f in findings):
                    found[family] += 1
                else:
                    missed.append(f"{article.name}:{line}:{family}")
        alarms += [
            f"{article.name}:{f['line']}:{f['code']}"
            for f in findings
            if f["severity"] in ("error", "warning") and f["family"] in expect["absent"]
        ]
    for family in sorted(expected):
        print(f"{family:22} {found[family]:3}/{expected[family]}")
    print(f"recall {sum(found.values()) / sum(expected.values()):.3f} over {sum(expected.values())} annotated instances")
    clean = [a for a in articles if a.name.startswith("k")]
    print(f"warning/error findings per clean article {sum(1 for x in alarms if x.startswith('k')) / len(clean):.2f}")
    print("missed:", ", ".join(missed) or "none")
    print("false alarms:", ", ".join(alarms) or "none")
    return 0


if __name__ == "__main__":
    sys.exit(main())
