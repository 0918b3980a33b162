"""Words for comparison: tokens, stop words and content-word sets.

Repetition and restatement are judged on *content* words (what a sentence is
about), so "The talks ended without guarantees" and "Talks end without any
guarantees" compare as near-equal. The stop-word list is small and shipped in
code: nothing is downloaded.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from lint_news.light_import import import_light, unavailable

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")

STOP_WORDS = frozenset(
    """
    a about above after again against all also am an and any are as at be because been before being
    below between both but by can could did do does doing down during each few for from further had
    has have having he her here hers herself him himself his how i if in into is it its itself just
    me more most my myself no nor not now of off on once only or other our ours ourselves out over own
    same she should so some such than that the their theirs them themselves then there these they this
    those through to too under until up very was we were what when where which while who whom why will
    with would you your yours yourself yourselves s t don may might must shall said says say also
    however while yet still even much many one two new per cent percent
    """.split()
)


#: The only characters whose lower case is not one of their own kind (word character,
#: apostrophe, other) or depends on the next one: "İ" lowers to "i" and a combining dot, "Σ"
#: to "σ" or "ς" (checked over all of Unicode). Without them a text lowers character by
#: character into the same tokens, each lowered.
_LOWERS_APART = ("İ", "Σ")


def words(text: str) -> list[str]:
    """Lower-cased word tokens (apostrophes kept inside words)."""
    if _LOWERS_APART[0] in text or _LOWERS_APART[1] in text:
        return [token.lower().replace("’", "'") for token in _WORD.findall(text)]
    return _WORD.findall(text.lower().replace("’", "'"))


def content_words(text: str) -> list[str]:
    """Word tokens without stop words and one-letter tokens."""
    return list(_content_words(text))


@lru_cache(maxsize=4096)
def _content_words(text: str) -> tuple[str, ...]:
    """:func:`content_words`, kept for the texts of recent calls: the repetition and restatement
    rules read the same sentences, and about half the calls of a run repeat an earlier text."""
    return tuple([word for word in words(text) if word not in STOP_WORDS and len(word) > 1])


def stems(text: str) -> set[str]:
    """The comparable forms of ``text``'s content words (see :func:`terms`)."""
    return {form for word in content_words(text) for form in terms(word)}


def jaccard(first: set[str], second: set[str]) -> float:
    if not first or not second:
        return 0.0
    return len(first & second) / len(first | second)


def containment(part: set[str], whole: set[str]) -> float:
    """Share of ``part`` that also appears in ``whole``."""
    if not part:
        return 0.0
    return len(part & whole) / len(part)


# ---------------------------------------------------------------------------
# Restatement terms: Snowball stems, a few synonyms, figures written either way

#: Words that say the same thing in news copy; the first of each group stands for the rest.
#: Groups are matched on Snowball stems, so "finished" and "finishing" both join "end".
_SYNONYM_GROUPS = (
    "noon midday",
    "mile miles",
    "kilometer km kilometre",
    "win won victory triumph beat defeated",
    "rise rose risen increase climb grew grow jump",
    "fall fell fallen drop decline decrease dip",
    "cut reduce lower trim",
    "begin began begun start commence launch",
    "end conclude finish",
    "buy bought purchase acquire",
    "close shut closure",
    "plan proposal propose",
    "show reveal indicate",
    "people residents",
    "home house household",
    "big large major huge",
    "record mark",
    "break broke broken eclipse shatter",
    # the words a rewrite swaps when it says a news fact again
    "injure injured injury injuries hurt harm harmed wound wounded unharmed uninjured unhurt",
    "kill killed die died dead death deaths fatal",
    "evacuate evacuated evacuation flee fled",
    "car cars vehicle vehicles automobile",
    "fire blaze flames",
    "rail rails track tracks railway railroad",
    "crash collision wreck",
    "spokeswoman spokesman spokesperson",
    "approve approved approval adopt adopted",
    "cost costs price fee fees",
    "company firm business",
    "city town",
    "child children kid kids",
    "doctor physician",
    "arrest arrested detain detained",
    "open opened reopen reopened reopening",
    "repair repaired fix fixed restore restored",
    "help aid assist assistance",
    "build built construct construction",
    "hire hired recruit recruited",
    "title championship crown",
    "team squad",
    "neighbor neighbors neighbour neighbours locals",
)
#: Hedges and attribution verbs carry no content; "mph" is two words.
_EXPANSIONS = {
    **dict.fromkeys("roughly approximately around nearly almost some reported according told stated noted added".split(), ()),
    "mph": ("mile", "hour"),
}

#: Number words and the figure each stands for ("nine" is the figure 9).
NUMBER_WORDS = {
    word: str(value)
    for value, word in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
        "sixteen seventeen eighteen nineteen twenty".split()
    )
}
NUMBER_WORDS.update({"thirty": "30", "forty": "40", "fifty": "50", "hundred": "100", "dozen": "12"})

#: A figure: 38,000 / $2.1 / 2:11:04 / 58-55 / 31%.
FIGURE = re.compile(r"\d+(?:[,.:]\d+)*(?:-\d+)?")


def _left_uncompiled(*_args: Any, **_kwargs: Any) -> None:
    """Stands for ``nltk.redos.compile`` while ``nltk.stem.snowball`` loads.

    Only its Arabic stemmer compiles expressions, as class attributes at import;
    through ``nltk.redos`` that imports the ``regex`` module and checks each
    expression for ReDoS, half of the 40 ms the import took. The English stemmer
    never uses them, so they are left as None."""
    return None


@lru_cache(maxsize=1)
def _snowball() -> Callable[[str], str]:
    snowball = import_light(
        "nltk.stem.snowball",
        ("nltk", "nltk.stem", "nltk.corpus"),
        {"nltk.corpus": {"stopwords": None}},
        stub_modules={"nltk.redos": {"compile": _left_uncompiled, "sub": unavailable}},
    )
    return lru_cache(maxsize=8192)(snowball.EnglishStemmer().stem)


@lru_cache(maxsize=1)
def _synonyms() -> dict[str, str]:
    stem = _snowball()
    return {stem(word): stem(group.split()[0]) for group in _SYNONYM_GROUPS for word in group.split()}


def figure(text: str) -> str:
    """A figure in one spelling: "38,000" and "38000" are one figure; "nine" is "9"."""
    return "#" + NUMBER_WORDS.get(text.lower(), text.replace(",", ""))


@lru_cache(maxsize=16384)
def terms(word: str) -> tuple[str, ...]:
    """The comparable forms of a lower-cased content word: Snowball stems, synonyms folded together.

    Usually one; none for a hedge ("roughly"), two for "mph" ("mile", "hour").
    """
    stem, synonyms = _snowball(), _synonyms()
    return tuple(synonyms.get(stem(part), stem(part)) for part in _EXPANSIONS.get(word, (word,)))
