"""Build the two stock-phrase lexicons (lint_news/data/stock_phrases.json, idioms.json) from candidate phrases.

    python bench/stock_lexicon.py ../shared/corpus/train.jsonl [--candidates bench/stock_phrase_candidates.txt]

A candidate goes to the strict tier (stock_phrases.json, LN630: every use reported) when
real human news almost never uses it: in no human article of the corpus, or in at most four
and ten times as many generated ones; the ordinary idioms after the line BROAD_MARK never
do. A candidate that fails that test but is still rare in
human news (at most BROAD_MAX_HUMAN articles) and not human-leaning (its share of generated
articles at least BROAD_MIN_LEAN times its share of human ones, unless at most
BROAD_FEW human articles use it) goes to the broad tier (idioms.json, LN631: reported only
where phrases are dense). A candidate a built-in rule of any family already reports (in a
sentence, opening one, or as a heading: "Key Takeaways" is padding) is left out, so the
lexicons add what the packs miss. Every form of a phrase counts
(lint_news.kinds.lexicon.forms: "walks a tightrope", "led the charge"); a phrase with a slot
("is no longer a {1-3} but a") counts wherever its slot is filled with 1 to 3 words.

Prints what was dropped and why, the strict phrases' rate on human and generated articles,
and for the broad tier, the findings per article and share of articles flagged, human and
generated, at each density threshold (the options of the phrase-lexicon kind; the
thresholds LN631 uses were chosen from this table). Only counts leave the corpus; no text of
it is written anywhere.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

import ahocorasick

import lint_news
from lint_news.config import Config
from lint_news.kinds import lexicon
from lint_news.kinds.lexicon import _SLOT, LexiconOptions, _lowered, _slot_pattern, forms
from lint_news.readers import read_document

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "lint_news" / "data"
STRICT, BROAD = "stock_phrases.json", "idioms.json"
#: A line of the candidates after which every phrase may go to the broad tier only: ordinary
#: idioms, which human news uses now and then though the corpus may not show it.
BROAD_MARK = "# broad tier only"
#: The broad tier: at most this many human articles use the phrase ...
BROAD_MAX_HUMAN = 11
#: ... and generated articles use it at least this many times as often (per article), unless
BROAD_MIN_LEAN = 1.5
#: ... at most this many human articles use it (too few to say it leans human).
BROAD_FEW = 2
#: Density thresholds measured: (sentence-phrases, article-phrases, article-per-1000-words).
GRID = [
    (sentence, article, rate)
    for sentence in (0, 2, 3)
    for article, rate in ((0, 0.0), (2, 0.0), (2, 6.0), (2, 8.0), (3, 0.0), (3, 4.0), (3, 5.0), (3, 6.0), (4, 0.0), (4, 5.0), (5, 0.0))
    if sentence or article
]
#: Candidates that are also plain description: a story that weighs "the pros and cons" in
#: dollars, a crew that checks a bridge "one step at a time", a subhead "The storm by the
#: numbers" over a list of figures, is reporting.
EXCLUDED = frozenset({"the pros and cons", "one step at a time", "by the numbers"})
#: "Plays a key role" (important, major, central) is plain description; LN607 reports the
#: inflated ones ("a pivotal role", "a vital role").
EXCLUDED |= {f"plays {article} {size} role" for article, size in (("a", "key"), ("an", "important"), ("a", "major"), ("a", "central"))}


def _counter(phrases: list[str]):
    automaton = ahocorasick.Automaton()
    slotted = [(phrase, [_slot_pattern(form) for form in forms(phrase)]) for phrase in phrases if "{" in phrase]
    for phrase in phrases:
        if "{" in phrase:
            continue  # a slot phrase is searched for by its patterns below
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
        for phrase, patterns in slotted:
            if any(pattern.search(lower) for pattern in patterns):
                hits.add(phrase)
        return hits

    return found


def _already_reported(phrase: str) -> bool:
    """Whether a rule of any family reports ``phrase`` already, inside a sentence, opening one, or as a heading."""
    config = Config(ignore=("LN630", "LN631"))
    phrase = _SLOT.sub(lambda slot: " ".join(["local"] * int(slot[1])), phrase)  # a slot filled with its fewest words
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
    candidates, broad_only = [], set()
    for line in Path(args.candidates).read_text(encoding="utf-8").splitlines():
        phrase = " ".join(line.lower().split())
        if phrase == BROAD_MARK:
            broad_only = set(candidates)  # a stand-in: every candidate from here on is broad-only
        elif phrase and not phrase.startswith("#") and phrase not in candidates:
            candidates.append(phrase)
    if broad_only:
        broad_only = set(candidates) - broad_only
    for phrase in candidates:
        lexicon._check_slots(args.candidates, phrase)  # a malformed slot fails here, not after the count
    found = _counter(candidates)
    human, generated = Counter(), Counter()
    articles = Counter()
    with open(args.corpus, encoding="utf-8") as corpus:
        for line in corpus:
            row = json.loads(line)
            articles[row["label"]] += 1
            (human if row["label"] == "human" else generated).update(found(row["text"]))
    kept, broad, dropped = [], [], []
    share_h, share_g = max(articles["human"], 1), max(articles["ai"], 1)
    for phrase in candidates:
        h, g = human[phrase], generated[phrase]
        strict = phrase not in broad_only and (h == 0 or (h <= 4 and g >= 10 * h))
        wide = h <= BROAD_MAX_HUMAN and (h <= BROAD_FEW or g / share_g >= BROAD_MIN_LEAN * h / share_h)
        if phrase in EXCLUDED:
            dropped.append((phrase, "names what a passage does, not padding"))
        elif not (strict or wide):
            dropped.append((phrase, f"{h} human, {g} generated articles"))
        elif _already_reported(phrase):
            dropped.append((phrase, "a filler rule reports it already"))
        else:
            (kept if strict else broad).append(phrase)
    for phrase, why in dropped:
        print(f"dropped  {phrase!r}: {why}")
    rate_h = sum(human[p] for p in kept) / share_h
    rate_g = sum(generated[p] for p in kept) / share_g
    print(f"{len(candidates)} candidates, {len(kept)} strict, {len(broad)} broad")
    print(f"strict phrases per article: human {rate_h:.3f}, generated {rate_g:.3f}")
    descriptions = {
        STRICT: "Stock phrases of generated and boilerplate news that human news almost never uses; built by bench/stock_lexicon.py.",
        BROAD: "Idioms, cliches and boilerplate that human news uses now and then and generated news stacks; reported where dense; built by bench/stock_lexicon.py.",
    }
    for name, phrases in ((STRICT, kept), (BROAD, broad)):
        record = {"description": descriptions[name], "human_articles": articles["human"], "generated_articles": articles["ai"], "phrases": phrases}
        (DATA / name).write_text(json.dumps(record, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
        print(f"wrote {(DATA / name).relative_to(REPO)}")
    _density_table(args.corpus)


def _density_table(corpus_path: str) -> None:
    """Broad-tier findings per article (human, generated) and articles flagged, at each threshold of GRID.

    Articles are read as bench/eval_corpus.py reads them (title, blank line, text)."""
    lexicon.load_forms.cache_clear()
    lexicon._keys.cache_clear()
    lexicon._block_matches.cache_clear()  # the lexicons were rewritten above
    counting = LexiconOptions(lexicon=BROAD, also_count=(STRICT,), sentence_phrases=2)
    found = {"human": [], "ai": []}
    with open(corpus_path, encoding="utf-8") as corpus:
        for line in corpus:
            row = json.loads(line)
            text = f"{row['title']}\n\n{row['text']}" if row.get("title") else row["text"]
            document = read_document(text, path=f"{row['id']}.txt")
            found[row["label"]].append((lexicon.uses(document, counting), document.word_count))
    print(f"{'sentence':>8} {'article':>7} {'/1000w':>6}   {'human/article':>13} {'human flagged':>13}   {'gen/article':>11} {'gen flagged':>11}")
    for sentence, article, rate in GRID:
        options = LexiconOptions(lexicon=BROAD, also_count=(STRICT,), sentence_phrases=sentence, article_phrases=article, article_per_1000_words=rate)
        row = []
        for label in ("human", "ai"):
            reported = [len(lexicon.dense_uses(uses, words, options)) for uses, words in found[label]]
            row += [sum(reported) / max(len(reported), 1), sum(1 for n in reported if n) / max(len(reported), 1)]
        print(f"{sentence:8} {article:7} {rate:6.1f}   {row[0]:13.3f} {row[1]:13.1%}   {row[2]:11.3f} {row[3]:11.1%}")


if __name__ == "__main__":
    main()
