"""The ``generic-sentence`` kind: a sentence built from generated-news vocabulary that states no fact.

Stock phrases keep changing; the vocabulary under them changes less. Generated
news writes "these challenges underscore the importance of ensuring
transparency": abstract nouns and verbs of significance with nobody, nothing
and no number in them. This kind scores each sentence by a weighted lexicon of
words and word pairs (shipped as JSON in ``lint_news.data``, learned by
``bench/generic_lexicon.py`` from labelled human and generated news, keeping
only words that lean towards generated text in every source, so that topic
words drop out) and reports a sentence when

- it carries no fact: no digit, no quotation mark, and no capitalized word
  after its first (a name, a place, an institution), and
- the weights of its distinct lexicon words and pairs add up to ``threshold``.

A sentence with a figure, a name or a quote is never reported, however it is
worded: reporting has those. Reported at info level by default.

Options:
  lexicon            JSON file in lint_news/data with a "weights" table (default generic_lexicon.json)
  threshold          score at which a sentence is reported (default 6.0)
  min-words          shorter sentences are left alone (default 6)
  max-words          longer sentences are left alone (default 45)

Of the options every rule takes (:mod:`lint_news.shared_options`), this kind
reads paragraphs, list items and block quotes by default (``scopes``) and
leaves sentences inside a quotation attributed to a named speaker alone
(``exempt-quotations``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from lint_news.data import data_file

from lint_news.document import Document
from lint_news.findings import Hit
from lint_news.shared_options import SharedOptions
from lint_news.kinds import Kind

DEFAULT_LEXICON = "generic_lexicon.json"

_WORD = re.compile(r"[a-z][a-z'’-]*")
_QUOTE_MARKS = re.compile(r"[\"“”«»]")
#: ``\d`` finds the decimal digits, every one of them a digit to str.isdigit; the other digits
#: (superscripts, circled numbers) are none of them ASCII.
_DECIMAL = re.compile(r"\d")
_TOKEN_EDGES = "([{'‘’\"“”,;:.!?—–-"
#: Capitalized words that are not names when they follow the first word.
_NOT_NAMES = frozenset({"I", "I'm", "I’m", "I've", "I’ve", "I'd", "I’d", "I'll", "I’ll"})


def tokens(text: str) -> list[str]:
    """Lower-cased words of ``text`` (letters, apostrophes, hyphens)."""
    return _WORD.findall(text.lower())


def features(text: str) -> set[str]:
    """The distinct words and adjacent word pairs of ``text``: what the lexicon weighs."""
    words = tokens(text)
    return set(words) | {f"{first} {second}" for first, second in zip(words, words[1:])}


def _has_digit(text: str) -> bool:
    """``any(character.isdigit() for character in text)``, each distinct character tested once."""
    if _DECIMAL.search(text):
        return True
    return not text.isascii() and any(character.isdigit() for character in set(text))


def has_fact(text: str) -> bool:
    """A digit, a quotation mark, or a capitalized word after the first: a sentence with something checkable."""
    if _has_digit(text) or _QUOTE_MARKS.search(text):
        return True
    for word in text.split()[1:]:
        word = word.strip(_TOKEN_EDGES)
        if word[:1].isupper() and word not in _NOT_NAMES:
            return True
    return False


@lru_cache(maxsize=8)
def load_lexicon(name: str) -> dict[str, float]:
    resource = data_file(name)
    try:
        data = json.loads(resource.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise ValueError(f"cannot read lexicon '{name}': {error}") from None
    weights = data.get("weights") if isinstance(data, dict) else None
    if not isinstance(weights, dict) or not all(isinstance(value, (int, float)) for value in weights.values()):
        raise ValueError(f"lexicon '{name}' has no 'weights' table of numbers")
    return {str(key): float(value) for key, value in weights.items()}


@dataclass(frozen=True)
class GenericOptions:
    lexicon: str = DEFAULT_LEXICON
    threshold: float = 6.0
    min_words: int = 6
    max_words: int = 45

    def __post_init__(self) -> None:
        if self.threshold <= 0:
            raise ValueError("option 'threshold' must be positive")
        if not 0 < self.min_words <= self.max_words:
            raise ValueError("options 'min-words' and 'max-words' must satisfy 0 < min-words <= max-words")
        load_lexicon(self.lexicon)  # a missing or malformed lexicon is a pack error, not a crash later


def score(text: str, weights: dict[str, float]) -> tuple[float, list[str]]:
    """The sentence's score and its lexicon entries, heaviest first."""
    found = sorted((feature for feature in features(text) if feature in weights), key=lambda feature: (-weights[feature], feature))
    return sum(weights[feature] for feature in found), found


def check(document: Document, options: GenericOptions) -> Iterator[Hit]:
    weights = load_lexicon(options.lexicon)
    for sentence in document.sentences:
        text = sentence.text.strip()
        if not options.min_words <= len(text.split()) <= options.max_words or has_fact(text):
            continue
        total, found = score(text, weights)
        if total < options.threshold:
            continue
        start = sentence.start + len(sentence.text) - len(sentence.text.lstrip())
        yield Hit(start, start + len(text), {"words": ", ".join(found[:4]), "score": round(total, 1)}, block=sentence.block)


KIND = Kind(
    "generic-sentence",
    GenericOptions,
    check,
    "Report sentences made of generated-news vocabulary with no number, name or quote.",
    shared=SharedOptions(scopes=("paragraph", "list-item", "blockquote"), exempt_quotations=True),
)
