"""Precision on human news, recall on AI news: lint a labelled corpus and count per family.

Usage:  python bench/eval_corpus.py ../shared/corpus/train.jsonl [--limit N] [--show FAMILY]

For each family prints: warning-or-error findings per human article (the
precision budget is <= 0.10 in total), the share of human articles with any
warning+ finding of that family, and the share of AI articles flagged by it.
Also the share of human articles with any error (budget <= 1%). ``--show``
prints the human-article findings of one family (or code), to tune rules.
The corpus text is only read, never copied.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter, defaultdict

import lint_news
from lint_news.findings import FAMILIES, Severity


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus")
    parser.add_argument("--limit", type=int, default=0, help="only the first N articles")
    parser.add_argument("--show", default=None, help="print human findings of this family or code")
    args = parser.parse_args()

    with open(args.corpus, encoding="utf-8") as corpus:
        rows = [json.loads(line) for line in corpus]
    if args.limit:
        rows = rows[: args.limit]
    counts = {"human": 0, "ai": 0}
    warn_findings: dict[str, Counter] = defaultdict(Counter)  # label -> family -> findings
    flagged: dict[str, Counter] = defaultdict(Counter)  # label -> family -> articles
    any_error = Counter()
    any_flag = Counter()
    words = 0
    started = time.perf_counter()
    for row in rows:
        label = row["label"]
        counts[label] += 1
        text = row["text"]
        if row.get("title"):
            text = f"{row['title']}\n\n{text}"
        words += len(text.split())
        findings = [f for f in lint_news.lint_text(text, path=f"{row['id']}.txt").findings if f.severity is not Severity.INFO]
        families = {f.family for f in findings}
        for finding in findings:
            warn_findings[label][finding.family] += 1
        for family in families:
            flagged[label][family] += 1
        any_error[label] += any(f.severity is Severity.ERROR for f in findings)
        any_flag[label] += bool(findings)
        if args.show and label == "human":
            for f in findings:
                if args.show in (f.family, f.code):
                    print(f"{row['id']}:{f.line}:{f.column}: {f.code} {f.excerpt}")
    elapsed = time.perf_counter() - started
    human, ai = max(counts["human"], 1), max(counts["ai"], 1)
    print(f"{counts['human']} human and {counts['ai']} AI articles, {words} words, {elapsed:.1f} s ({elapsed / max(len(rows), 1) * 1000:.1f} ms/article)")
    print(f"{'family':22} {'human warn+/article':>20} {'human flagged':>14} {'AI flagged':>11}")
    for family in FAMILIES:
        print(f"{family:22} {warn_findings['human'][family] / human:20.3f} {flagged['human'][family] / human:14.1%} {flagged['ai'][family] / ai:11.1%}")
    total = sum(warn_findings["human"].values()) / human
    print(f"{'all families':22} {total:20.3f} {any_flag['human'] / human:14.1%} {any_flag['ai'] / ai:11.1%}")
    print(f"human articles with any error: {any_error['human'] / human:.2%}; AI articles with any error: {any_error['ai'] / ai:.1%}")


if __name__ == "__main__":
    main()
