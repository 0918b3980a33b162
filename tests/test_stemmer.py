"""lint_news.words.stem is NLTK's English Snowball stemmer, faster: the same stem for every word."""

from __future__ import annotations

import itertools
import json
import random
import re

import pytest
from conftest import FIXTURES, SHARED

from lint_news.words import stem

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
#: Pieces that reach every branch of every step: the special prefixes, each step's suffixes, the
#: y that turns into a consonant, apostrophes, doubled consonants, the special words.
_PIECES = (
    "gener commun arsen ation ational tional izer ization li bli ogi fulness ness eed eedly ingly ing ed edly s ies "
    "ied sses us ss 's 's' ' y ay yy Y ement ance ence able ible ment ant ent ism ate iti ous ive ize ion sion tion al "
    "alism aliti alli er ic ical icate iciti ative alize ful fulli lessli entli enci anci abli ator biliti iviti "
    "iveness ousness ousli e l ll at bl iz bb tt b t h sky news proceed exceed succeed inning herring"
).split()


@pytest.fixture(scope="module")
def reference():
    from nltk.stem.snowball import EnglishStemmer

    return EnglishStemmer().stem


def _differences(words, reference) -> list[tuple[str, str, str]]:
    return [(word, stem(word), reference(word)) for word in words if stem(word) != reference(word)]


def test_the_stems_of_the_fixtures_words_are_nltks(reference):
    words = {word for path in FIXTURES.rglob("*") if path.is_file() and path.suffix in (".txt", ".md") for word in _WORD.findall(path.read_text(encoding="utf-8-sig").lower())}
    assert len(words) > 2000
    assert _differences(sorted(words), reference) == []


def test_the_stems_of_built_words_are_nltks(reference):
    built = {"".join(parts) for parts in itertools.product(_PIECES, repeat=2)}
    generator = random.Random(20261202)
    letters = "aeiouybcdlmnrstgwxYzé1'’‘‛"
    built |= {"".join(generator.choice(letters) for _ in range(generator.randrange(1, 12))) for _ in range(20000)}
    built |= {"".join(generator.choice(_PIECES) for _ in range(generator.randrange(3, 6))) for _ in range(20000)}
    assert _differences(sorted(built), reference) == []


def test_the_stems_of_the_corpus_words_are_nltks(reference):
    corpus = SHARED / "corpus" / "train.jsonl"
    if not corpus.exists():
        pytest.skip("../shared/corpus is not here")
    words: set[str] = set()
    with corpus.open(encoding="utf-8") as lines:
        for line in itertools.islice(lines, 1500):
            words.update(_WORD.findall(json.loads(line)["text"].lower()))
    assert _differences(sorted(words), reference) == []


def test_known_stems():
    assert [stem(word) for word in ("rebuilding", "generously", "communities", "dying", "ayyes", "'tis", "hopeful", "y")] == [
        "rebuild", "generous", "communiti", "die", "ayy", "tis", "hope", "y",
    ]
