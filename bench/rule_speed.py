"""Rule time per article: the whole rule set on ~1,000-word articles, and the slowest rules.

Usage:  python bench/rule_speed.py [--words 1000] [--runs 20]

Articles are built from the fixtures (padded and clean, plain and Markdown),
trimmed to about ``--words`` words. Compilation and the sentence splitter are
warmed up first, so the figures are the per-article cost a long-running
process (an editor's language server, ``lint-news scan``) pays; start-up is
measured by bench/startup.py.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections import defaultdict
from pathlib import Path

from lint_news.config import DEFAULT
from lint_news.engine import lint_document, rule_set
from lint_news.readers import read_document

REPO = Path(__file__).resolve().parent.parent


def articles(words: int) -> list[tuple[str, str]]:
    built = []
    for folder in ("padded", "clean"):
        paths = sorted(p for p in (REPO / "fixtures" / folder).iterdir() if p.suffix in (".txt", ".md"))
        for index in range(0, len(paths) - 1, 2):
            text = "\n\n".join(p.read_text(encoding="utf-8-sig") for p in paths[index : index + 3])
            cut, count = [], 0
            for paragraph in text.split("\n\n"):
                cut.append(paragraph)
                count += len(paragraph.split())
                if count >= words:
                    break
            built.append((paths[index].name, "\n\n".join(cut)))
    return built


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    rules = rule_set(DEFAULT)
    samples = articles(args.words)
    for name, text in samples:  # warm-up: compile patterns, load Punkt
        lint_document(read_document(text, name), rules)

    totals, parse_times = [], []
    per_rule: dict[str, float] = defaultdict(float)
    for _ in range(args.runs):
        for name, text in samples:
            start = time.perf_counter()
            document = read_document(text, name)
            _ = document.sentences, document.quotations
            parsed = time.perf_counter()
            lint_document(document, rules)
            totals.append(time.perf_counter() - start)
            parse_times.append(parsed - start)
            for rule in rules.rules:
                tick = time.perf_counter()
                list(rule.run(document))
                per_rule[rule.code] += time.perf_counter() - tick
    n = args.runs * len(samples)
    words = statistics.mean(len(text.split()) for _, text in samples)
    print(f"{len(samples)} articles of ~{words:.0f} words, {args.runs} runs, {len(rules.rules)} rules")
    print(f"per article: median {statistics.median(totals)*1000:.1f} ms, p95 {sorted(totals)[int(0.95*len(totals))]*1000:.1f} ms "
          f"(reading, sentences and quotations {statistics.median(parse_times)*1000:.1f} ms of it)")
    print("slowest rules (mean ms per article):")
    for code, seconds in sorted(per_rule.items(), key=lambda item: -item[1])[:8]:
        print(f"  {code}  {seconds / n * 1000:.2f}")


if __name__ == "__main__":
    main()
