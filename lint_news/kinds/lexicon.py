"""The ``phrase-lexicon`` kind: stock phrases from a lexicon of thousands, in any of their forms.

Pattern rules name the stock phrases their authors thought of; every model and
content farm brings new ones ("hit its stride", "poured their hearts into",
"a vibrant celebration of"). A lexicon holds many more than a pack of
expressions can: plain phrases in their base form, shipped as JSON in
``lint_news.data`` and built by ``bench/stock_lexicon.py``, which keeps only the
phrases real human news almost never uses (counted on labelled human and
generated news). Each phrase is matched in the forms it takes in a sentence:
its first word inflected ("walk", "walks", "walked", "walking a tightrope")
and any possessive in it swapped ("roll up their / her / his sleeves").

Forms are indexed by their first two words (runs of letters and digits), and
each block's text, lower-cased, is read word by word: at each word the forms
that begin with it and the next word are tried, so a match always starts and
ends on a word boundary; overlapping matches keep the longest. The index is
a dictionary that loads in a millisecond or two from the start-up cache
(:mod:`lint_news.cache`); an Aho-Corasick automaton over the ~6,000 forms took
14 ms to build at every start.

Options:
  lexicon   JSON file in lint_news/data with a "phrases" list (default stock_phrases.json)

By default a phrase inside a direct quotation attributed to a named speaker, or
inside a quoted mention, is not reported (the options every rule takes:
:mod:`lint_news.shared_options`).
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from lint_news.data import data_file
from lint_news.document import Document
from lint_news.findings import Hit
from lint_news.kinds import Kind
from lint_news.shared_options import SharedOptions

DEFAULT_LEXICON = "stock_phrases.json"

#: Words that do not inflect as the verb of a phrase ("a testament to", "in the wake of").
_UNINFLECTED = frozenset(
    "a an the in on at of for to with by from as one only what whether no not more most all every each this that "
    "its it is are be been than like up down out over off into onto".split()
)
_POSSESSIVES = ("their", "his", "her", "its", "our", "your", "my")
#: A short word ending in one vowel and one consonant doubles it: "hit" -> "hitting".
_DOUBLES = re.compile(r"[^aeiou]*[aeiou][^aeiouwxy]")
#: A word, as the whole-word test sees it: a run of letters and digits (``str.isalnum``).
_WORD = re.compile(r"[^\W_]+")


@dataclass(frozen=True)
class LexiconOptions:
    lexicon: str = DEFAULT_LEXICON

    def __post_init__(self) -> None:
        load_forms(self.lexicon)  # a missing or malformed lexicon is a pack error, not a crash later


def _first_word_forms(word: str) -> set[str]:
    forms = {word}
    if len(word) < 3 or word in _UNINFLECTED or not word.isalpha():
        return forms
    if word.endswith("e"):
        return forms | {word + "s", word + "d", word[:-1] + "ing"}
    if word.endswith("y") and word[-2:-1] not in ("a", "e", "i", "o", "u"):
        return forms | {word[:-1] + "ies", word[:-1] + "ied", word + "ing"}
    forms |= {word + ("es" if word.endswith(("s", "sh", "ch", "x", "z")) else "s"), word + "ed", word + "ing"}
    if _DOUBLES.fullmatch(word):
        forms |= {word + word[-1] + "ing", word + word[-1] + "ed"}
    return forms


def forms(phrase: str) -> list[str]:
    """The forms ``phrase`` takes in a sentence: its first word inflected, any possessive swapped.

    Over-generation ("hited") is harmless: a form nobody writes matches nothing."""
    words = phrase.split()
    tails: list[list[str]] = [[]]
    for word in words[1:]:
        choices = _POSSESSIVES if word in _POSSESSIVES else (word,)
        tails = [tail + [choice] for tail in tails for choice in choices]
    return sorted({" ".join([first, *tail]) for first in _first_word_forms(words[0]) for tail in tails})


@lru_cache(maxsize=8)
def load_forms(name: str) -> dict[str, dict[str, list[str]]]:
    """Every form of every phrase of lexicon ``name``, by its first word and then its second ("" for
    a one-word form); raises ValueError for a missing or malformed file."""
    from lint_news.cache import cached

    try:
        text = data_file(name).read_text(encoding="utf-8")
        phrases = json.loads(text).get("phrases")
    except (OSError, ValueError, AttributeError) as error:
        raise ValueError(f"cannot read lexicon '{name}': {error}") from None
    if not isinstance(phrases, list):
        raise ValueError(f"lexicon '{name}' has no 'phrases' list")
    module = os.stat(__file__)  # a change to how forms are made is never answered from an older entry
    return cached("lexicon-index", [module.st_size, module.st_mtime_ns, text], lambda: _index(name, phrases))


def _index(name: str, phrases: list) -> dict[str, dict[str, list[str]]]:  # as read from JSON
    """first word -> second word ("" for a one-word form) -> the forms that begin so.

    Checked here, once per lexicon text: a start-up answered from the cache has read a good one."""
    if not all(isinstance(phrase, str) and _WORD.match(phrase.lower().lstrip()) for phrase in phrases):
        raise ValueError(f"lexicon '{name}' has a phrase that is not text beginning with a word")
    by_start: dict[str, dict[str, list[str]]] = {}
    for form in sorted({form for phrase in phrases for form in forms(" ".join(phrase.lower().split()))}):
        first, second = (_WORD.findall(form)[:2] + [""])[:2]
        by_start.setdefault(first, {}).setdefault(second, []).append(form)
    return by_start


def _lowered(text: str) -> str:
    """``text`` lower-cased with its positions kept (a few characters grow when lower-cased: "İ")."""
    lower = text.lower()
    if len(lower) != len(text):
        lower = "".join(character.lower() if len(character.lower()) == 1 else character for character in text)
    # white space as spaces, one replace per kind: str.translate reads the text character by character
    return lower.replace("\n", " ").replace("\r", " ").replace("\t", " ").replace("\f", " ").replace("\v", " ")


def matches(text: str, name: str = DEFAULT_LEXICON) -> list[tuple[int, int]]:
    """Whole-word matches of the lexicon in ``text`` as (start, end), earliest first, overlaps dropped (longest kept)."""
    lower = _lowered(text)
    by_start = load_forms(name)
    found: list[tuple[int, int]] = []
    start, seconds = 0, None  # where the previous word starts, and the forms that begin with it
    for word in _WORD.finditer(lower):
        following = word.group()
        if seconds is not None:
            pairs = seconds.get(following)
            if pairs:
                _whole_words(lower, start, pairs, found)
        seconds = by_start.get(following)  # most words begin no form
        if seconds is not None:
            start = word.start()
            alone = seconds.get("")
            if alone:
                _whole_words(lower, start, alone, found)
    return keep_longest(found)


def keep_longest(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` earliest first, each dropped that overlaps one kept before it (at one start, the longest wins)."""
    spans.sort(key=lambda span: (span[0], -span[1]))
    kept: list[tuple[int, int]] = []
    for span in spans:
        if not kept or span[0] >= kept[-1][1]:
            kept.append(span)
    return kept


def _whole_words(lower: str, start: int, candidates: list[str], found: list[tuple[int, int]]) -> None:
    """Add the spans of the ``candidates`` that stand at ``start`` and end on a word boundary."""
    for form in candidates:
        stop = start + len(form)
        if lower.startswith(form, start) and (stop == len(lower) or not lower[stop].isalnum()):
            found.append((start, stop))


def check(document: Document, options: LexiconOptions) -> Iterator[Hit]:
    for block in document.blocks:
        for start, end in matches(block.text, options.lexicon):
            yield Hit(start, end, {"match": block.text[start:end]}, block=block)


KIND = Kind(
    "phrase-lexicon",
    LexiconOptions,
    check,
    "Report the stock phrases of a lexicon, in any of their forms.",
    shared=SharedOptions(exempt_quotations=True, exempt_mentions=True),
)
