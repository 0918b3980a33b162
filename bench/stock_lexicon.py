"""Build the stock-phrase lexicon (lint_news/data/stock_phrases.json) from candidate phrases.

    python bench/stock_lexicon.py ../shared/corpus/train.jsonl [--candidates bench/stock_phrase_candidates.txt]

A candidate is kept when real human news almost never uses it: in no human article of the
corpus, or in at most four and ten times as many generated ones. A candidate a
built-in rule of any family already reports (in a sentence, opening one, or as a heading:
"Key Takeaways" is padding) is left out, so the lexicon adds what the packs miss.
Every form of a phrase counts (lint_news.kinds.lexicon.forms: "walks a tightrope").
Prints what was dropped and why, and the kept phrases' rate on human and generated articles.
Only counts leave the corpus; no text of it is written anywhere.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

import ahocorasick

import lint_news
from lint_news.config import Config
from lint_news.kinds.lexicon import _lowered, forms

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "lint_news" / "data" / "stock_phrases.json"
#: Candidates that are also plain description: a story that weighs "the pros and cons" in
#: dollars, a crew that checks a bridge "one step at a time", a subhead "The storm by the
#: numbers" over a list of figures, is reporting.
EXCLUDED = frozenset({"the pros and cons", "one step at a time", "by the numbers"})
#: "Plays a key role" (important, major, central) is plain description; LN607 reports the
#: inflated ones ("a pivotal role", "a vital role").
EXCLUDED |= {f"plays {article} {size} role" for article, size in (("a", "key"), ("an", "important"), ("a", "major"), ("a", "central"))}


def _counter(phrases: list[str]):
    automaton = ahocorasick.Automaton()
    for phrase in phrases:
        for form in forms(phrase):
            if form not in automaton:  # a form two phrases share counts for the first
                automaton.add_word(form, (len(form), phrase))
    automaton.make_automaton()

    def found(text: str) -> set[str]:
        lower = _lowered(text)
        hits = set()
        for end, (length, phrase) in automaton.iter(lower):
            start, stop = end - length + 1, end + 1
            if (start == 0 or not lower[start - 1].isalnum()) and (stop == len(lower) or not lower[stop].isalnum()):
                hits.add(phrase)
        return hits

    return found


def _already_reported(phrase: str) -> bool:
    """Whether a rule of any family reports ``phrase`` already, inside a sentence, opening one, or as a heading."""
    config = Config(ignore=("LN630",))
    for written in (
        f"The council said the vote was {phrase} for the town this year.",
        f"{phrase[0].upper()}{phrase[1:]}, the council voted 5-2 on Tuesday to approve the budget.",
        f"{phrase[0].upper()}{phrase[1:]}",
    ):
        text = f"Council votes on budget\n\nThe council approved the budget 5-2 on Tuesday, the clerk said.\n\n{written}\n"
        start = text.lower().rindex(phrase)
        if any(f.offset < start + len(phrase) and start < f.offset + f.length for f in lint_news.lint_text(text, config=config).findings):
            return True
    return False


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus")
    parser.add_argument("--candidates", default=str(REPO / "bench" / "stock_phrase_candidates.txt"))
    args = parser.parse_args()
    candidates = []
    for line in Path(args.candidates).read_text(encoding="utf-8").splitlines():
        phrase = " ".join(line.lower().split())
        if phrase and not phrase.startswith("#") and phrase not in candidates:
            candidates.append(phrase)
    found = _counter(candidates)
    human, generated = Counter(), Counter()
    articles = Counter()
    with open(args.corpus, encoding="utf-8") as corpus:
        for line in corpus:
            row = json.loads(line)
            articles[row["label"]] += 1
            (human if row["label"] == "human" else generated).update(found(row["text"]))
    kept, dropped = [], []
    for phrase in candidates:
        h, g = human[phrase], generated[phrase]
        if phrase in EXCLUDED:
            dropped.append((phrase, "names what a passage does, not padding"))
        elif not (h == 0 or (h <= 4 and g >= 10 * h)):
            dropped.append((phrase, f"{h} human, {g} generated articles"))
        elif _already_reported(phrase):
            dropped.append((phrase, "a filler rule reports it already"))
        else:
            kept.append(phrase)
    for phrase, why in dropped:
        print(f"dropped  {phrase!r}: {why}")
    rate_h = sum(human[p] for p in kept) / articles["human"]
    rate_g = sum(generated[p] for p in kept) / articles["ai"]
    print(f"{len(candidates)} candidates, {len(kept)} kept; kept phrases per article: human {rate_h:.3f}, generated {rate_g:.3f}")
    OUT.write_text(
        json.dumps(
            {
                "description": "Stock phrases of generated and boilerplate news that human news almost never uses; built by bench/stock_lexicon.py.",
                "human_articles": articles["human"],
                "generated_articles": articles["ai"],
                "phrases": kept,
            },
            ensure_ascii=False,
            indent=0,
        )
        + "\n",
        encoding="utf-8",
    )
    print(f"wrote {OUT.relative_to(REPO)}")


if __name__ == "__main__":
    main()
