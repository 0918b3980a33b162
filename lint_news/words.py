"""Words for comparison: tokens, stop words and content-word sets.

Repetition and restatement are judged on *content* words (what a sentence is
about), so "The talks ended without guarantees" and "Talks end without any
guarantees" compare as near-equal. The stop-word list is small and shipped in
code: nothing is downloaded.
"""

from __future__ import annotations

import re

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


def words(text: str) -> list[str]:
    """Lower-cased word tokens (apostrophes kept inside words)."""
    return [token.lower().replace("’", "'") for token in _WORD.findall(text)]


def content_words(text: str) -> list[str]:
    """Word tokens without stop words and one-letter tokens."""
    return [word for word in words(text) if word not in STOP_WORDS and len(word) > 1]


def stem(word: str) -> str:
    """A crude suffix strip so "approves", "approved" and "approving" compare equal."""
    if len(word) > 4:
        for suffix in ("ing", "ies", "ed", "es", "s"):
            if word.endswith(suffix) and len(word) - len(suffix) >= 3:
                return word[: -len(suffix)]
    return word


def stems(text: str) -> set[str]:
    """The stemmed content words of ``text``."""
    return {stem(word) for word in content_words(text)}


def jaccard(first: set[str], second: set[str]) -> float:
    if not first or not second:
        return 0.0
    return len(first & second) / len(first | second)


def containment(part: set[str], whole: set[str]) -> float:
    """Share of ``part`` that also appears in ``whole``."""
    if not part:
        return 0.0
    return len(part & whole) / len(part)
