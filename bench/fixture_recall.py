"""Recall by family on this repository's own fixtures, and warnings on the clean ones.

    python bench/fixture_recall.py

A planted defect (a sidecar entry in fixtures/padded/*.expected.json) is found when a finding of
its family, at any severity, starts on its line; tests/test_fixtures.py asserts the same numbers.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import lint_news
from lint_news.findings import FAMILIES

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
SUFFIXES = (".txt", ".md", ".html")


def _articles(folder: str) -> list[Path]:
    return sorted(path for path in (FIXTURES / folder).iterdir() if path.suffix in SUFFIXES)


def main() -> None:
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for path in _articles("padded"):
        planted = json.loads(path.with_name(path.stem + ".expected.json").read_text("utf-8"))["findings"]
        found = {(f.family, f.line) for f in lint_news.lint_path(path).findings}
        for entry in planted:
            counts[entry["family"]][1] += 1
            counts[entry["family"]][0] += (entry["family"], entry["line"]) in found
    print(f"{'family':22} found")
    for family in FAMILIES:
        hits, total = counts[family]
        print(f"{family:22} {hits:3}/{total:<3}")
    hits = sum(c[0] for c in counts.values())
    total = sum(c[1] for c in counts.values())
    clean = _articles("clean")
    serious = sum(1 for path in clean for f in lint_news.lint_path(path).findings if f.severity.value != "info")
    print(f"recall {hits / total:.3f} over {total} planted defects in {len(_articles('padded'))} padded fixtures")
    print(f"warning/error findings on {len(clean)} clean fixtures: {serious}")


if __name__ == "__main__":
    main()
