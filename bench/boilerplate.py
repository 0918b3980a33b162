"""Cross-article boilerplate: signing and joining a synthetic corpus with planted shared paragraphs.

Usage:  python bench/boilerplate.py [--articles 100000] [--seed 7]

Generates seeded plain-text articles of ~600 words in 8-10 paragraphs of made-up words (a
vocabulary of 4,000, so that no two paragraphs share wording by chance) and plants shared
paragraphs: one in 30 articles, one in 1,000, a near-same set in 50 (the paragraph itself in
one, with one or two words changed or a clause added in the others) and a footer in 30% of
the articles. Articles are generated, read (read_document) and signed 1,000 at a time, as a
scan does: a Document keeps 8 bytes of offsets a character, so 100,000 of them are not held;
and, as a scan does, each chunk's signatures go to a SignatureSpill in the temporary directory,
which the join reads from.

Prints the passages signed; each planted set and whether it was found as one shared passage
with exactly its articles (yes/no); shared passages found that were not planted; wall time
per stage (generating+reading, sign with the writing of the spill, join) and the peak RSS
after signing and after joining.
"""

from __future__ import annotations

import argparse
import os
import resource
import time

import numpy as np

from lint_news.corpus.passages import SignatureSpill, join, sign
from lint_news.readers import read_document

CHUNK = 1_000
VOCABULARY = 4_000
#: name -> share of the corpus (a float) or number of articles (an int)
PLANTED = {"in 30 articles": 30, "in 1,000 articles": 1_000, "near-same, in 50 articles": 50, "footer, in 30% of articles": 0.3}
NEAR_SAME = "near-same, in 50 articles"


def vocabulary(rng: np.random.Generator) -> list[str]:
    """Made-up words of two to four syllables, all distinct."""
    syllables = [c + v for c in "bdfgklmnprstvz" for v in ("a", "e", "i", "o", "u", "ai", "ou")]
    words: set[str] = set()
    while len(words) < VOCABULARY:
        words.add("".join(rng.choice(syllables, size=int(rng.integers(2, 5)))))
    return sorted(words)


def paragraph(rng: np.random.Generator, words: list[str], length: int) -> str:
    """``length`` words in sentences of 8 to 20, capitalised and full-stopped."""
    picked = [words[i] for i in rng.integers(0, len(words), size=length).tolist()]
    sentences, start = [], 0
    while start < length:
        end = min(length, start + int(rng.integers(8, 21)))
        sentence = " ".join(picked[start:end])
        sentences.append(sentence[0].upper() + sentence[1:] + ".")
        start = end
    return " ".join(sentences)


def variant(rng: np.random.Generator, words: list[str], text: str, kind: int) -> str:
    """``text`` with one word changed (kind 0), two far apart (1) or a six-word clause added (2)."""
    tokens = text.split()
    if kind == 2:
        at = int(rng.integers(5, len(tokens) - 5))
        clause = " ".join(words[i] for i in rng.integers(0, len(words), size=6).tolist())
        return " ".join(tokens[:at] + [clause + ","] + tokens[at:])
    for at in (int(rng.integers(0, len(tokens) // 2)), int(rng.integers(len(tokens) // 2, len(tokens))))[: kind + 1]:
        punctuation = tokens[at][-1] if tokens[at][-1] in ".," else ""
        tokens[at] = words[int(rng.integers(0, len(words)))] + punctuation
    return " ".join(tokens)


def plant(rng: np.random.Generator, words: list[str], articles: int) -> tuple[dict[int, list[str]], dict[str, tuple[int, ...]]]:
    """The planted paragraphs of each article, and the articles of each planted set."""
    extra: dict[int, list[str]] = {}
    planted: dict[str, tuple[int, ...]] = {}
    for name, size in PLANTED.items():
        count = min(articles, round(size * articles) if isinstance(size, float) else size)
        chosen = sorted(rng.choice(articles, size=count, replace=False).tolist())
        planted[name] = tuple(chosen)
        text = paragraph(rng, words, 60)
        for position, article in enumerate(chosen):
            copy = variant(rng, words, text, position % 3) if name == NEAR_SAME and position else text
            extra.setdefault(article, []).append(copy)
    return extra, planted


def article(rng: np.random.Generator, words: list[str], number: int, extra: list[str]) -> str:
    """A headline and 8-10 paragraphs of 50-80 words, with ``extra`` paragraphs put in among them."""
    paragraphs = [paragraph(rng, words, int(rng.integers(50, 81))) for _ in range(int(rng.integers(8, 11)))]
    for text in extra:
        paragraphs.insert(int(rng.integers(0, len(paragraphs) + 1)), text)
    return f"Story number {number}\n\n" + "\n\n".join(paragraphs) + "\n"


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = np.random.default_rng(args.seed)
    words = vocabulary(rng)
    extra, planted = plant(rng, words, args.articles)

    reading = signing = 0.0
    with SignatureSpill() as spill:
        for first in range(0, args.articles, CHUNK):
            tick = time.perf_counter()
            numbers = range(first, min(first + CHUNK, args.articles))
            documents = [(n, read_document(article(rng, words, n, extra.get(n, [])), f"{n}.txt")) for n in numbers]
            tock = time.perf_counter()
            spill.add(sign(documents))
            reading += tock - tick
            signing += time.perf_counter() - tock
        rss_signed = peak_rss_mb()
        spilled = sum(entry.stat().st_size for entry in os.scandir(spill.directory))
        tick = time.perf_counter()
        shared = join(spill.signatures())
        joining = time.perf_counter() - tick

    found = {group.articles for group in shared}
    print(f"{args.articles:,} articles, {len(spill):,} passages ({spilled / 2**20:.0f} MiB of signatures and band keys on disk)")
    print(f"shared passages found: {len(shared)} ({len(planted)} planted)")
    for name, articles in planted.items():
        print(f"  {name}: {'yes' if articles in found else 'no'}")
    print(f"  found but not planted: {len(found - set(planted.values()))}")
    print(f"generating+reading {reading:7.1f} s  ({reading / args.articles * 1e6:.0f} µs an article)")
    print(f"sign               {signing:7.1f} s  ({signing / args.articles * 1e6:.0f} µs an article)  peak RSS {rss_signed:,.0f} MB")
    print(f"join               {joining:7.1f} s  peak RSS {peak_rss_mb():,.0f} MB")


if __name__ == "__main__":
    main()
