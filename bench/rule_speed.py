"""Time per article: the whole rule set and the substance score, by stage and by rule, in one process.

Usage:  python bench/rule_speed.py [--words 1000] [--runs 20]
        python bench/rule_speed.py --corpus ../shared/corpus/train.jsonl [--articles 400] [--runs 3]

Articles are built from the fixtures (padded and clean, plain and Markdown),
trimmed to about ``--words`` words; or, with ``--corpus``, they are the first
``--articles`` human articles of 150 words or more of a JSON-lines corpus (as
bench/compare.py takes them). Compilation and the sentence splitter are
warmed up first, so the figures are the per-article cost a long-running
process (an editor's language server, ``lint-news scan``) pays; start-up is
measured by bench/startup.py. Times are CPU time (``time.process_time``): the
machine may be shared, and wall time then measures the neighbours too.

Each stage is timed on its own: the document's sentences, quotations,
mentions and prefilter scan are worked out before the rules run, so a rule's
time is its own; "rules" then re-runs every rule once more for the total.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections import defaultdict
from pathlib import Path

from lint_news.config import DEFAULT
from lint_news.engine import RuleHits, lint_document, rule_set
from lint_news.readers import read_document
from lint_news.substance import score_document, substance_rules

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


def corpus_articles(path: Path, count: int) -> list[tuple[str, str]]:
    texts = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            if row.get("label") == "human" and len(row.get("text", "").split()) >= 150:
                texts.append((f"{row.get('id', len(texts))}.txt", row["text"]))
                if len(texts) == count:
                    break
    return texts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--corpus", type=Path, help="JSON lines with 'label' and 'text': time real articles instead")
    parser.add_argument("--articles", type=int, default=400)
    args = parser.parse_args()
    rules = rule_set(DEFAULT)
    run = (*rules.rules, *(rule for rule in substance_rules() if rule not in rules.rules))  # the score's own rules too
    samples = corpus_articles(args.corpus, args.articles) if args.corpus else articles(args.words)
    for name, text in samples:  # warm-up: compile patterns, load Punkt
        lint_document(read_document(text, name), rules)

    clock = time.process_time
    totals: list[float] = []
    stages: dict[str, float] = defaultdict(float)
    per_rule: dict[str, float] = defaultdict(float)
    for _ in range(args.runs):
        for name, text in samples:
            start = clock()
            document = read_document(text, name)
            read = clock()
            _ = document.sentences
            split = clock()
            _ = document.quotations
            quoted = clock()
            _ = document.mentions
            mentioned = clock()
            document.use_prefilter(rules.prefilter)
            document.blocks_for(())  # the scan, once for the document
            scanned = clock()
            hits = RuleHits(document)
            for rule in run:
                tick = clock()
                hits.of(rule)
                per_rule[rule.code] += clock() - tick
            ruled = clock()
            findings = lint_document(document, rules, None, hits)
            placed = clock()
            score_document(document, findings, hits)
            end = clock()
            totals.append(end - start)
            for stage, seconds in (("reading", read - start), ("sentences", split - read), ("quotations", quoted - split), ("mentions", mentioned - quoted),
                                   ("prefilter scan", scanned - mentioned), ("rules", ruled - scanned), ("placing and filtering", placed - ruled), ("substance score", end - placed)):
                stages[stage] += seconds
    n = args.runs * len(samples)
    words = statistics.mean(len(text.split()) for _, text in samples)
    print(f"{len(samples)} articles of ~{words:.0f} words, {args.runs} runs, {len(rules.rules)} rules; CPU time")
    print(f"per article: mean {statistics.mean(totals)*1000:.2f} ms, median {statistics.median(totals)*1000:.2f} ms, p95 {sorted(totals)[int(0.95*len(totals))]*1000:.2f} ms")
    print("by stage (mean ms per article):")
    for stage, seconds in stages.items():
        print(f"  {stage:<22} {seconds / n * 1000:.2f}")
    print("slowest rules (mean ms per article):")
    for code, seconds in sorted(per_rule.items(), key=lambda item: -item[1])[:10]:
        print(f"  {code}  {seconds / n * 1000:.2f}")


if __name__ == "__main__":
    main()
