"""Learn how common each restatement term is in news, for the ``restated-point`` kind.

Usage:  python bench/common_terms.py ../shared/corpus/train.jsonl [--write] [--share S]

Reads every article the way lint-news does, turns its body sentences into
``restated-point`` terms (Snowball stems of content words, folded by the
paraphrase lexicon) and counts in how many articles each word term stands.
A word found in at least ``--share`` of the articles ("make", "year", "say",
"home", "week") says little about which point a sentence makes; its weight in
a restatement is scaled by ``log(N / df) / log(1 / share)``, at least
``--floor``. Figures and names are not counted: the article's own anchors weigh
what they weigh. ``--write`` stores the factors in
``lint_news/data/common_terms.json``: stems and factors only, never text.
"""

from __future__ import annotations

import argparse
import json
import math
from collections import Counter
from pathlib import Path

from lint_news.kinds import restatement
from lint_news.readers import read_document

OUT = Path(__file__).resolve().parent.parent / "lint_news" / "data" / "common_terms.json"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--share", type=float, default=0.03, help="the least share of articles a common term stands in")
    parser.add_argument("--floor", type=float, default=0.25, help="the least factor of the commonest terms")
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()
    df: Counter[str] = Counter()
    articles = 0
    with args.corpus.open(encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            document = read_document(row["text"], f"{articles}.txt")
            terms: set[str] = set()
            for sentence in document.sentences:
                if sentence.block.kind in restatement._POINTS and sentence.text.strip():
                    terms |= {t for t in restatement.point(document, sentence).terms if t[:1] != "#"}
            df.update(terms)
            articles += 1
    top = math.log(1 / args.share)
    factors = {
        term: round(max(args.floor, math.log(articles / count) / top), 2)
        for term, count in sorted(df.items())
        if count >= args.share * articles
    }
    print(f"{articles} articles, {len(df)} terms, {len(factors)} common (in {args.share:.0%} or more)")
    for term, factor in sorted(factors.items(), key=lambda item: item[1])[:40]:
        print(f"  {term:<14} {factor}")
    if args.write:
        data = {
            "description": (
                "How common each restated-point term (a Snowball stem of a content word, folded by paraphrase.json) is in news: "
                f"the terms found in {args.share:.0%} or more of {articles} articles of a labelled news corpus, each with the factor "
                "its weight is scaled by, log(N / df) / log(1 / share), at least "
                f"{args.floor}. Written by bench/common_terms.py: stems and numbers only."
            ),
            "factors": factors,
        }
        OUT.write_text(json.dumps(data, indent=0, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
