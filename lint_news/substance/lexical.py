"""The wording component of the substance score: word n-grams of the article's shape.

The hand-made features (:mod:`.features`) say *why* an article reads as
reporting, but they miss most of how generated news is worded. A linear model
over word uni- and bigrams catches that, and generalises to sources and
generators it was not trained on far better than the features alone (see
docs/MODEL.md).

A model over raw words learns topics and outlets: "told bbc" and "(cnn" say
who published an article, not whether it says anything. So before n-grams
are taken, every word that names something becomes its shape:

- a capitalised word inside a sentence, a capitalised sentence opener that
  news text never uses in lower case, an all-capitals word and a known outlet
  name become
  ``NAME`` (a run of them is one ``NAME``: "Joe Biden" is one name);
- a figure becomes ``NUM``, a year ``YEAR``, and a month or weekday ``DATE``.

No reason can then name an outlet or a person, and "said NAME" or "NUM per
cent" are learned as habits of writing. The text is read by sentence, so
layout (paragraphs, line breaks, headings) is invisible, as it is to the
features. Sentences are marked at their start (``<s>``), so "<s> however"
differs from "however" inside one.

The shipped model is a table from n-gram to weight, not hash buckets: the
training hashes nothing it ships, so a reason is always an n-gram the article
contains, with the weight that n-gram itself earned.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from itertools import chain

from lint_news.segment import common_words
from lint_news.words import STOP_WORDS

NAME, NUMBER, YEAR, DATE, START = "NAME", "NUM", "YEAR", "DATE", "<s>"

#: A wording token: a figure, or a word (what :mod:`.features` counts as words are the words).
TOKEN = re.compile(r"\d[\d,.]*\d%?|\d%?|[^\W\d_]+(?:['’][^\W\d_]+)*")
_DATE_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december".split()
)
#: Months that are also common words: a date only when capitalised.
_AMBIGUOUS_DATES = frozenset({"may", "march"})
#: News outlets whose names also appear in lower case (addresses, handles): "bbc.co.uk", "@cnn".
#: Outlets named by common words (Fox, the Guardian) are names only when capitalised.
OUTLETS = frozenset("bbc cnn reuters ap afp nbc cbs msnbc npr pbs upi nyt wsj bloomberg xinhua tass".split())


#: Lower-case tokens that are not themselves: the date words and the outlets.
_LOWER_SHAPES = {**{word: DATE for word in _DATE_WORDS - _AMBIGUOUS_DATES}, **dict.fromkeys(OUTLETS, NAME)}


class _Openers:
    """Tells a capitalised sentence opener that is a common word from a name: news text uses the
    word in lower case (Punkt's training text, or this article)."""

    def __init__(self, tokenized: list[list[str]]) -> None:
        self._tokenized = tokenized
        self._lower_words: set[str] | None = None  # the article's lower-case tokens, as written
        self._article_words: set[str] | None = None  # the same with ’ written '

    def common(self, lower: str) -> bool:
        """Whether ``lower`` (lower-cased, ’ written ') is a common word or one this article writes in lower case."""
        if lower in common_words():
            return True
        if "'" not in lower:  # then only the token itself, as written, is the same word
            if self._lower_words is None:
                self._lower_words = set(filter(str.islower, chain.from_iterable(self._tokenized)))
            return lower in self._lower_words
        if self._article_words is None:
            self._article_words = {word.replace("’", "'") for tokens in self._tokenized for word in tokens if word.islower()}
        return lower in self._article_words


def _shape(token: str, opener: bool, openers: _Openers) -> str:
    """The shape of a token that is not all lower case (those are looked up in ``_LOWER_SHAPES``)."""
    if token[0].isdigit():
        if len(token) == 4 and token.isdigit() and token[:2] in ("19", "20"):
            return YEAR
        return NUMBER
    lower = token.lower().replace("’", "'")
    if lower in _DATE_WORDS:
        return DATE
    if lower in OUTLETS:
        return NAME
    if not token[0].isupper():
        return lower
    if len(token) > 1 and token.isupper():
        return NAME  # BBC, NASA, US
    if lower in STOP_WORDS or lower.partition("'")[0] in STOP_WORDS:  # "It's", "Don't"
        return lower
    return lower if opener and openers.common(lower) else NAME


#: How a shape reads in a reason.
_SHAPE_WORDS = {NAME: "[name]", NUMBER: "[number]", YEAR: "[year]", DATE: "[date]"}


@dataclass(frozen=True)
class ShapedText:
    """An article's sentences as shaped tokens, each sentence opening with ``<s>``."""

    sentences: tuple[tuple[str, ...], ...]

    def ngram_counts(self) -> Counter[str]:
        """Unigrams (not the sentence marker alone) and bigrams, as "a b" strings, with counts."""
        counts: Counter[str] = Counter()
        for tokens in self.sentences:
            counts.update(tokens[1:])
            counts.update([f"{first} {second}" for first, second in zip(tokens, tokens[1:])])
        return counts


def readable(ngram: str) -> str:
    """An n-gram as a reason shows it: shapes in brackets, a sentence opener capitalised.

    "<s> however" reads "However", "said NAME" reads "said [name]": the shape, never the name.
    """
    tokens = ngram.split(" ")
    opens = tokens[0] == START
    words = [_SHAPE_WORDS.get(token, token) for token in tokens[opens:]]
    if opens and words and not words[0].startswith("["):
        words[0] = words[0][:1].upper() + words[0][1:]
    return " ".join(words)


class _Shapes(dict):
    """The shape of a token inside a sentence (not its opener), worked out once per distinct token:
    there it depends on the token alone."""

    def __missing__(self, token: str) -> str:
        if len(self) >= _MAX_SHAPES:
            self.clear()
        shape = self[token] = _LOWER_SHAPES.get(token, token) if token.islower() and "’" not in token else _shape(token, False, _NO_OPENERS)
        return shape


#: Most distinct tokens whose shape is kept (a long-running process meets new ones for ever).
_MAX_SHAPES = 200_000
_NO_OPENERS = _Openers([])  # never asked: a token inside a sentence is not an opener
_SHAPES = _Shapes()


def shape_sentences(sentences: Iterable[str]) -> ShapedText:
    """Each sentence as shaped tokens, a run of names collapsed to one ``NAME``."""
    return shape_tokens([TOKEN.findall(text) for text in sentences])


def shape_tokens(tokenized: list[list[str]]) -> ShapedText:
    """:func:`shape_sentences` for sentences already split into ``TOKEN`` tokens."""
    openers = _Openers(tokenized)
    lower_shapes = _LOWER_SHAPES
    shape_of = _SHAPES.__getitem__
    shaped = []
    for tokens in tokenized:
        if not tokens:
            continue
        opener = tokens[0]
        previous = lower_shapes.get(opener, opener) if opener.islower() and "’" not in opener else _shape(opener, True, openers)
        shapes = [START, previous]
        for shape in map(shape_of, tokens[1:]):
            if shape is NAME and previous is NAME:  # a run of names is one name
                continue
            shapes.append(shape)
            previous = shape
        shaped.append(tuple(shapes))
    return ShapedText(tuple(shaped))


@dataclass(frozen=True)
class Wording:
    """The wording model: a weight per n-gram, trained by ``lint-news train``.

    An article's n-grams that the model knows count ``1 + log(count)`` each, the
    vector is scaled to unit length, and the log-odds are the intercept plus
    the weighted sum. Unit length makes the score a matter of *which* n-grams
    an article uses, not how many words it has: a 200-word opening and the
    whole article get much the same value.
    """

    weights: dict[str, float]
    intercept: float

    @cached_property
    def _bigrams(self) -> dict[tuple[str, str], str]:
        """The known bigrams by their two tokens."""
        pairs = {}
        for ngram in self.weights:
            parts = tuple(ngram.split(" "))
            if len(parts) == 2:
                pairs[parts] = ngram
        return pairs

    def known(self, shaped: ShapedText) -> Counter[str]:
        """``shaped.ngram_counts()`` with only the n-grams the model knows, in the same order: the
        rest never reach the score, and most n-grams of an article are not known."""
        weights, bigrams = self.weights, self._bigrams
        known: list[str] = []
        for tokens in shaped.sentences:
            known.extend(filter(weights.__contains__, tokens[1:]))
            known.extend(map(bigrams.__getitem__, filter(bigrams.__contains__, zip(tokens, tokens[1:]))))
        return Counter(known)

    def terms(self, ngrams: Counter[str]) -> list[tuple[float, str]]:
        """Each known n-gram's term in the log-odds, with the n-gram."""
        weights = self.weights
        known = [(ngram, 1.0 + math.log(count)) for ngram, count in ngrams.items() if ngram in weights]
        norm = math.sqrt(sum(value * value for _, value in known)) or 1.0
        return [(weights[ngram] * value / norm, ngram) for ngram, value in known]

    def log_odds(self, terms: list[tuple[float, str]]) -> float:
        return self.intercept + sum(term for term, _ in terms)
