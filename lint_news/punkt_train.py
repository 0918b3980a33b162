"""Train the Punkt sentence-splitter parameters that ship in ``lint_news/data``.

NLTK's pre-trained English Punkt model lives in ``nltk_data`` and is fetched with
``nltk.download``, which lint-news must never do. Instead we learn the same four
parameter sets (abbreviations, collocations, sentence starters, orthographic
context) from a news corpus once, add the newsroom abbreviations every style
guide uses, and ship the result as JSON. Only these statistics are written; no
corpus text is.

Usage::

    python -m lint_news.punkt_train CORPUS.jsonl lint_news/data/punkt_english.json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

#: Abbreviations a news text uses before a period that does not end a sentence.
#: Lower-case, without the final period, as Punkt stores them.
NEWSROOM_ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof sr jr st mt ft rev gen lt col maj capt cmdr sgt cpl pvt adm gov sen rep
    pres supt det insp hon amb atty
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
    inc corp co ltd llc plc bros dept univ assn est approx vs etc cf al fig no nos vol pp ed eds
    u.s u.k u.n e.u u.s.a d.c l.a n.y a.m p.m i.e e.g ph.d b.a m.a m.d
    ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont neb
    nev okla ore pa tenn tex va vt wash wis wyo
    """.split()
)

#: Word types kept in the orthographic context: enough for Punkt's heuristics,
#: small enough to keep the shipped file light.
MIN_TYPE_COUNT = 10


def train(texts: list[str]) -> dict:
    """Return Punkt parameters learned from ``texts`` as a JSON-ready dict."""
    from collections import Counter

    from nltk.tokenize.punkt import PunktTrainer

    trainer = PunktTrainer()
    trainer.INCLUDE_ALL_COLLOCS = False
    for text in texts:
        trainer.train(text, finalize=False)
    trainer.finalize_training()
    params = trainer.get_params()

    counts: Counter[str] = Counter()
    for text in texts:
        counts.update(word.lower().strip(".,;:!?\"'()") for word in text.split())
    ortho = {
        word: int(flags)
        for word, flags in params.ortho_context.items()
        if counts.get(word, 0) >= MIN_TYPE_COUNT
    }
    # Learned single-word "abbreviations" on news text are mostly surnames that
    # happened to end quotes ("said Foley."), which would glue sentences
    # together; learned dotted forms ("c.e.o", "n.y.c") are reliable. Learned
    # collocations are number-word pairs of no use to us.
    dotted = {abbreviation for abbreviation in params.abbrev_types if "." in abbreviation}
    abbreviations = sorted(dotted | NEWSROOM_ABBREVIATIONS)
    return {
        "format": "lint-news/punkt@1",
        "abbrev_types": abbreviations,
        "collocations": [],
        "sent_starters": sorted(params.sent_starters),
        "ortho_context": dict(sorted(ortho.items())),
    }


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__.strip().splitlines()[-1].strip(), file=sys.stderr)
        return 2
    corpus, out = argv
    texts = []
    with open(corpus, encoding="utf-8") as handle:
        for line in handle:
            texts.append(json.loads(line)["text"])
    params = train(texts)
    Path(out).write_text(json.dumps(params, ensure_ascii=False, separators=(",", ":")) + "\n", "utf-8")
    print(
        f"{len(params['abbrev_types'])} abbreviations, {len(params['collocations'])} collocations, "
        f"{len(params['sent_starters'])} sentence starters, {len(params['ortho_context'])} word types",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
