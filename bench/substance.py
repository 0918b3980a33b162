"""Substance score: speed, model size, and the score as users get it on a labelled corpus.

Usage:  python bench/substance.py [CORPUS.jsonl] [--articles 1000]

- what the score adds to linting N articles (features and model; the rules'
  hits are shared with the lint), and the shipped model's size;
- with a corpus: the final score (model, then the rules' defect cap) on each
  article with its title, per label and source: share below 40 ("low"), share
  below 80 (where a clean article must not fall) and mean. The shipped model was trained on that corpus, so these are in-sample
  figures; the honest held-out numbers are in the model file (grouped CV and
  leave-one-source-out, see docs/MODEL.md).
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections import defaultdict
from importlib import resources
from pathlib import Path

import lint_news
from lint_news.config import DEFAULT
from lint_news.engine import RuleHits, lint_document, rule_set
from lint_news.readers import read_document
from lint_news.substance import score_document
from lint_news.substance.model import default_model

REPO = Path(__file__).resolve().parent.parent


def _texts(corpus: Path | None, count: int) -> list[str]:
    if corpus:
        with corpus.open(encoding="utf-8") as handle:
            texts = [json.loads(line)["text"] for line in handle]
    else:
        texts = [p.read_text(encoding="utf-8-sig") for p in sorted((REPO / "fixtures").glob("*/*.txt"))]
    return (texts * (count // len(texts) + 1))[:count]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path)
    parser.add_argument("--articles", type=int, default=1000)
    args = parser.parse_args()

    model = default_model()
    size = len(resources.files("lint_news.data").joinpath("substance_model.json").read_bytes())
    print(f"model: {len(model.features)} features, {size / 1024:.1f} KiB")

    texts = _texts(args.corpus, args.articles)
    rules = rule_set(DEFAULT)
    linting = scoring = 0.0
    for text in texts:
        document = read_document(text, "a.txt")
        start = time.perf_counter()
        hits = RuleHits(document)
        findings = lint_document(document, rules, hits=hits)
        linted = time.perf_counter()
        score_document(document, findings, hits)
        scoring += time.perf_counter() - linted
        linting += linted - start
    print(f"{len(texts)} articles: the score adds {scoring:.2f} s ({scoring / len(texts) * 1000:.2f} ms per article) "
          f"to {linting:.2f} s of reading and rules ({linting / len(texts) * 1000:.1f} ms per article)")

    if not args.corpus:
        return
    by_group: dict[tuple[str, str], list[float]] = defaultdict(list)
    abstained = defaultdict(int)
    rows = [json.loads(line) for line in args.corpus.open(encoding="utf-8")]
    for row in rows:
        text = f"{row['title']}\n\n{row['text']}" if row.get("title") else row["text"]
        substance = lint_news.lint_text(text, f"{row['id']}.txt").files[0].substance
        if substance.score is None:
            abstained[row["label"]] += 1
            continue
        by_group[(row["label"], "all")].append(substance.score)
        by_group[(row["label"], row["source"])].append(substance.score)
    print(f"abstained (too short): {dict(abstained)}")
    print(f"{'label':6} {'source':22} {'articles':>8} {'low (<40)':>10} {'below 80':>9} {'mean':>6}")
    for (label, source), scores in sorted(by_group.items()):
        low = sum(score < 40 for score in scores) / len(scores)
        below = sum(score < 80 for score in scores) / len(scores)
        print(f"{label:6} {source:22} {len(scores):8d} {low:10.1%} {below:9.1%} {statistics.mean(scores):6.1f}")


if __name__ == "__main__":
    main()
