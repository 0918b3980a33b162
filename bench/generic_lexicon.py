"""Learn the generated-news lexicon of the ``generic-sentence`` kind from a labelled corpus.

Usage:  python bench/generic_lexicon.py ../shared/corpus/train.jsonl [--write] [--threshold T ...]

Reads every article the way lint-news does and keeps the sentences with no
fact (``lint_news.kinds.generic.has_fact``). For each word and word pair it
computes, within each source that has both human and generated articles, the
log of how much more often generated sentences use it than human ones; a
feature enters the lexicon only if it leans towards generated text by at least
``--min-log-odds`` in *every* such source (within a source both labels cover
the same stories, so topic words cancel out), and its weight is the smallest
of those log-odds. Words that other families report (``argue``, ``experts``)
are left out, and so are words that name a story's subject rather than its
style (``investigation``, ``incident``, ``public``).

Validation is leave-one-source-out: the lexicon is learned without one source
and scored on it, printing flagged sentences per human and per generated
article of that source (and per article of the human-only sources) for each
threshold. ``--write`` stores the lexicon learned from all sources in
``lint_news/data/generic_lexicon.json``: words and weights only, never text.
"""

from __future__ import annotations

import argparse
import json
import math
from collections import Counter
from pathlib import Path

from lint_news.kinds.generic import features, has_fact
from lint_news.readers import read_document

OUTPUT = Path(__file__).resolve().parent.parent / "lint_news" / "data" / "generic_lexicon.json"
#: Vocabulary of the unattributed-claim family ("critics argue", "experts say"): reported there, not here.
OTHER_FAMILIES = {"argue", "argue that", "argues", "argued", "experts", "critics", "critics argue", "supporters",
                  "proponents", "believe", "believe that", "they argue", "some argue", "claim", "claims", "observers"}
#: Words that name what a story is about, not how it is written: an ordinary police or court
#: sentence ("an investigation into the incident") must not add up to a generic one.
SUBJECT_WORDS = {"investigation", "investigation into", "incident", "public", "healthcare", "education", "safety",
                 "safety of", "safety and", "operations", "identity", "expected", "reactions", "the move", "this move",
                 "that his", "personal", "development", "professionals", "worldwide", "offer", "action", "seeking",
                 "prevent", "lead", "lead to", "led to", "leading", "leading to", "outcome", "the outcome", "debate"}
SCOPES = {"paragraph", "list-item", "blockquote"}


def source_group(row: dict) -> str:
    return "kinit" if row["source"].startswith("kinit") else row["source"]


def factless_sentences(rows: list[dict]) -> list[tuple[str, bool, set[str]]]:
    """(source group, is generated, features) of every sentence without a fact."""
    out = []
    for row in rows:
        document = read_document(row["text"], f"{row['id']}.txt")
        for sentence in document.sentences:
            text = sentence.text.strip()
            if sentence.block.kind.value in SCOPES and 6 <= len(text.split()) <= 45 and not has_fact(text):
                out.append((source_group(row), row["label"] == "ai", features(text)))
    return out


def learn(sentences, groups: set[str], min_log_odds: float, min_count: int) -> dict[str, float]:
    counts = {group: (Counter(), Counter()) for group in groups}  # human, generated
    totals = {group: [0, 0] for group in groups}
    for group, generated, found in sentences:
        if group in counts:
            counts[group][generated].update(found)
            totals[group][generated] += 1
    paired = [group for group in groups if all(totals[group])]
    weights = {}
    for feature in set().union(*(counts[group][1] for group in paired)):
        if feature in OTHER_FAMILIES or feature in SUBJECT_WORDS:
            continue
        if sum(counts[group][1][feature] for group in paired) < min_count:
            continue
        leans = []
        for group in paired:
            generated = (counts[group][1][feature] + 0.5) / totals[group][1]
            human = (counts[group][0][feature] + 0.5) / totals[group][0]
            leans.append(math.log(generated / human))
        if min(leans) >= min_log_odds:
            weights[feature] = round(min(leans), 2)
    return weights


def flagged(sentences, weights: dict[str, float], threshold: float) -> Counter:
    hits = Counter()
    for group, generated, found in sentences:
        if sum(weights.get(feature, 0.0) for feature in found) >= threshold:
            hits[group, generated] += 1
    return hits


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus")
    parser.add_argument("--min-log-odds", type=float, default=0.5)
    parser.add_argument("--min-count", type=int, default=4)
    parser.add_argument("--threshold", type=float, nargs="*", default=[6.0, 7.0, 8.0, 9.0])
    parser.add_argument("--write", action="store_true", help=f"write the lexicon to {OUTPUT}")
    args = parser.parse_args()

    with open(args.corpus, encoding="utf-8") as corpus:
        rows = [json.loads(line) for line in corpus]
    articles = Counter((source_group(row), row["label"] == "ai") for row in rows)
    sentences = factless_sentences(rows)
    paired = sorted({group for group, generated in articles if articles[group, not generated]})
    human_only = sorted({group for group, _ in articles} - set(paired))
    print(f"{len(sentences)} sentences without a fact; paired sources: {', '.join(paired)}; human only: {', '.join(human_only)}")
    for left_out in paired:
        weights = learn(sentences, set(paired) - {left_out}, args.min_log_odds, args.min_count)
        cells = [f"{left_out:20} lexicon {len(weights):4}"]
        for threshold in args.threshold:
            hits = flagged(sentences, weights, threshold)
            human_only_rate = sum(hits[group, False] for group in human_only) / max(1, sum(articles[group, False] for group in human_only))
            cells.append(
                f"t={threshold:g}: human {hits[left_out, False] / articles[left_out, False]:.3f}"
                f" ({human_only_rate:.3f} human-only), generated {hits[left_out, True] / articles[left_out, True]:.2f} per article"
            )
        print(" | ".join(cells))
    weights = learn(sentences, set(paired), args.min_log_odds, args.min_count)
    print(f"lexicon from all paired sources: {len(weights)} entries")
    if args.write:
        data = {
            "about": "Words and word pairs that generated news uses more than human news in every source of a labelled corpus, "
            "with the smallest per-source log-odds as weight. Made by bench/generic_lexicon.py; read by the generic-sentence kind.",
            "min_log_odds": args.min_log_odds,
            "weights": dict(sorted(weights.items())),
        }
        OUTPUT.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"wrote {OUTPUT}")


if __name__ == "__main__":
    main()
