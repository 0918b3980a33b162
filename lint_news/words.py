"""Words for comparison: tokens, stop words and content-word sets.

Repetition and restatement are judged on *content* words (what a sentence is
about), so "The talks ended without guarantees" and "Talks end without any
guarantees" compare as near-equal. The stop-word list is small and shipped in
code: nothing is downloaded.
"""

from __future__ import annotations

import re
from functools import lru_cache


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


def lowered_tokens(pattern: re.Pattern[str], text: str) -> list[str]:
    """The matches of ``pattern`` in ``text``, each lower-cased: one search of the lowered text,
    unless the text holds a character that lowers apart. ``pattern`` must match a word
    character, an apostrophe or another character alike in either case (as \\w does)."""
    if _LOWERS_APART[0] in text or _LOWERS_APART[1] in text:
        return [token.lower() for token in pattern.findall(text)]
    return pattern.findall(text.lower())


def content_words(text: str) -> list[str]:
    """Word tokens without stop words and one-letter tokens."""
    return list(_content_words(text))


@lru_cache(maxsize=4096)
def _content_words(text: str) -> tuple[str, ...]:
    """:func:`content_words`, kept for the texts of recent calls: the repetition and restatement
    rules read the same sentences, and about half the calls of a run repeat an earlier text."""
    return tuple([word for word in words(text) if word not in STOP_WORDS and len(word) > 1])


@lru_cache(maxsize=4096)
def content_word_set(text: str) -> frozenset[str]:
    """The set of :func:`content_words`, kept too: repeated-sentence and restated-point compare
    the same sentences' sets."""
    return frozenset(_content_words(text))


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
# Restatement terms: Snowball stems and figures written either way

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

#: NLTK's English Snowball stemmer's tables (nltk.stem.snowball.EnglishStemmer, Apache 2.0).
_VOWELS = "aeiouy"
_DOUBLE_CONSONANTS = ("bb", "dd", "ff", "gg", "mm", "nn", "pp", "rr", "tt")
_LI_ENDING = "cdeghkmnrt"
_SPECIAL_WORDS = {
    "skis": "ski", "skies": "sky", "dying": "die", "lying": "lie", "tying": "tie", "idly": "idl", "gently": "gentl",
    "ugly": "ugli", "early": "earli", "only": "onli", "singly": "singl", "sky": "sky", "news": "news",
    "howe": "howe", "atlas": "atlas", "cosmos": "cosmos", "bias": "bias", "andes": "andes", "inning": "inning",
    "innings": "inning", "outing": "outing", "outings": "outing", "canning": "canning", "cannings": "canning",
    "herring": "herring", "herrings": "herring", "earring": "earring", "earrings": "earring", "proceed": "proceed",
    "proceeds": "proceed", "proceeded": "proceed", "proceeding": "proceed", "exceed": "exceed", "exceeds": "exceed",
    "exceeded": "exceed", "exceeding": "exceed", "succeed": "succeed", "succeeds": "succeed",
    "succeeded": "succeed", "succeeding": "succeed",
}
_STEP0 = ("'s'", "'s", "'")
_STEP1A = ("sses", "ied", "ies", "us", "ss", "s")
_STEP1B = ("eedly", "ingly", "edly", "eed", "ing", "ed")
_STEP2 = (
    "ization", "ational", "fulness", "ousness", "iveness", "tional", "biliti", "lessli", "entli", "ation", "alism",
    "aliti", "ousli", "iviti", "fulli", "enci", "anci", "abli", "izer", "ator", "alli", "bli", "ogi", "li",
)
_STEP3 = ("ational", "tional", "alize", "icate", "iciti", "ative", "ical", "ness", "ful")
_STEP4 = (
    "ement", "ance", "ence", "able", "ible", "ment", "ant", "ent", "ism", "ate", "iti", "ous", "ive", "ize", "ion",
    "al", "er", "ic",
)
_REGION = re.compile(r"[aeiouy][^aeiouy]")  # a vowel and a non-vowel: the region after them


def _regions(word: str) -> tuple[str, str]:
    """The Snowball regions R1 (after the first non-vowel that follows a vowel) and R2 (the same within R1)."""
    found = _REGION.search(word)
    if found is None:
        return "", ""
    r1 = word[found.end() :]
    found = _REGION.search(r1)
    return r1, "" if found is None else r1[found.end() :]


def _replace_suffix(word: str, suffix: str, replacement: str) -> str:
    return word[: -len(suffix)] + replacement


def _cut(word: str, r1: str, r2: str, length: int) -> tuple[str, str, str]:
    """The last ``length`` letters cut from the word and from both regions (a region shorter than
    that becomes empty)."""
    return word[:-length], r1[:-length], r2[:-length]


def _swap_suffix(word: str, r1: str, r2: str, suffix: str, replacement: str, r2_short: str = "") -> tuple[str, str, str]:
    """``suffix`` replaced in the word and in the regions that hold it; a region too short to
    hold it becomes empty (R2 becomes ``r2_short``: NLTK leaves "e" there after "iveness")."""
    word = _replace_suffix(word, suffix, replacement)
    r1 = _replace_suffix(r1, suffix, replacement) if len(r1) >= len(suffix) else ""
    r2 = _replace_suffix(r2, suffix, replacement) if len(r2) >= len(suffix) else r2_short
    return word, r1, r2


@lru_cache(maxsize=8192)
def stem(word: str) -> str:
    """NLTK's English Snowball stemmer (``EnglishStemmer().stem``), step for step, quirks and all.

    NLTK's own tries every suffix of a step in turn (67 ``endswith`` calls for a typical word);
    here a step whose suffixes the word does not end with is passed over in one call, and the
    regions R1 and R2 are found by a search. The same stems, in under half the time, and without
    importing ``nltk.stem`` (15 ms of a start-up). ``tests/test_stemmer.py`` compares the two.
    """
    word = word.lower()

    if len(word) <= 2:
        return word

    elif word in _SPECIAL_WORDS:
        return _SPECIAL_WORDS[word]

    # Map the different apostrophe characters to a single consistent one
    word = (
        word.replace("\u2019", "\x27")
        .replace("\u2018", "\x27")
        .replace("\u201b", "\x27")
    )

    if word.startswith("\x27"):
        word = word[1:]

    if word.startswith("y"):
        word = "".join(("Y", word[1:]))

    if "y" in word:  # a y after a vowel is a consonant, Y (left to right: "ayy" is "aYy")
        chars = list(word)
        for i in range(1, len(chars)):
            if chars[i - 1] in _VOWELS and chars[i] == "y":
                chars[i] = "Y"
        word = "".join(chars)

    step1a_vowel_found = False
    step1b_vowel_found = False

    r1 = ""
    r2 = ""

    if word.startswith(("gener", "commun", "arsen")):
        if word.startswith(("gener", "arsen")):
            r1 = word[5:]
        else:
            r1 = word[6:]

        for i in range(1, len(r1)):
            if r1[i] not in _VOWELS and r1[i - 1] in _VOWELS:
                r2 = r1[i + 1 :]
                break
    else:
        r1, r2 = _regions(word)

    # STEP 0
    if word.endswith(_STEP0):
        for suffix in _STEP0:
            if word.endswith(suffix):
                word, r1, r2 = _cut(word, r1, r2, len(suffix))
                break

    # STEP 1a
    if word.endswith(_STEP1A):
        for suffix in _STEP1A:
            if word.endswith(suffix):
                if suffix == "sses":
                    word, r1, r2 = _cut(word, r1, r2, 2)

                elif suffix in ("ied", "ies"):
                    if len(word[: -len(suffix)]) > 1:
                        word, r1, r2 = _cut(word, r1, r2, 2)
                    else:
                        word, r1, r2 = _cut(word, r1, r2, 1)

                elif suffix == "s":
                    for letter in word[:-2]:
                        if letter in _VOWELS:
                            step1a_vowel_found = True
                            break

                    if step1a_vowel_found:
                        word, r1, r2 = _cut(word, r1, r2, 1)
                break

    # STEP 1b
    if word.endswith(_STEP1B):
        for suffix in _STEP1B:
            if word.endswith(suffix):
                if suffix in ("eed", "eedly"):
                    if r1.endswith(suffix):
                        word, r1, r2 = _swap_suffix(word, r1, r2, suffix, "ee")
                else:
                    for letter in word[: -len(suffix)]:
                        if letter in _VOWELS:
                            step1b_vowel_found = True
                            break

                    if step1b_vowel_found:
                        word, r1, r2 = _cut(word, r1, r2, len(suffix))

                        if word.endswith(("at", "bl", "iz")):
                            word = "".join((word, "e"))
                            r1 = "".join((r1, "e"))

                            if len(word) > 5 or len(r1) >= 3:
                                r2 = "".join((r2, "e"))

                        elif word.endswith(_DOUBLE_CONSONANTS):
                            word, r1, r2 = _cut(word, r1, r2, 1)

                        elif (
                            r1 == ""
                            and len(word) >= 3
                            and word[-1] not in _VOWELS
                            and word[-1] not in "wxY"
                            and word[-2] in _VOWELS
                            and word[-3] not in _VOWELS
                        ) or (
                            r1 == ""
                            and len(word) == 2
                            and word[0] in _VOWELS
                            and word[1] not in _VOWELS
                        ):
                            word = "".join((word, "e"))

                            if len(r1) > 0:
                                r1 = "".join((r1, "e"))

                            if len(r2) > 0:
                                r2 = "".join((r2, "e"))
                break

    # STEP 1c
    if len(word) > 2 and word[-1] in "yY" and word[-2] not in _VOWELS:
        word = "".join((word[:-1], "i"))
        if len(r1) >= 1:
            r1 = "".join((r1[:-1], "i"))
        else:
            r1 = ""

        if len(r2) >= 1:
            r2 = "".join((r2[:-1], "i"))
        else:
            r2 = ""

    # STEP 2
    if word.endswith(_STEP2):
        for suffix in _STEP2:
            if word.endswith(suffix):
                if r1.endswith(suffix):
                    if suffix == "tional":
                        word, r1, r2 = _cut(word, r1, r2, 2)

                    elif suffix in ("enci", "anci", "abli"):
                        word = "".join((word[:-1], "e"))

                        if len(r1) >= 1:
                            r1 = "".join((r1[:-1], "e"))
                        else:
                            r1 = ""

                        if len(r2) >= 1:
                            r2 = "".join((r2[:-1], "e"))
                        else:
                            r2 = ""

                    elif suffix == "entli":
                        word, r1, r2 = _cut(word, r1, r2, 2)

                    elif suffix in ("izer", "ization"):
                        word, r1, r2 = _swap_suffix(word, r1, r2, suffix, "ize")

                    elif suffix in ("ational", "ation", "ator"):
                        word, r1, r2 = _swap_suffix(word, r1, r2, suffix, "ate", r2_short="e")

                    elif suffix in ("alism", "aliti", "alli"):
                        word, r1, r2 = _swap_suffix(word, r1, r2, suffix, "al")

                    elif suffix == "fulness":
                        word, r1, r2 = _cut(word, r1, r2, 4)

                    elif suffix in ("ousli", "ousness"):
                        word, r1, r2 = _swap_suffix(word, r1, r2, suffix, "ous")

                    elif suffix in ("iveness", "iviti"):
                        word, r1, r2 = _swap_suffix(word, r1, r2, suffix, "ive", r2_short="e")

                    elif suffix in ("biliti", "bli"):
                        word, r1, r2 = _swap_suffix(word, r1, r2, suffix, "ble")

                    elif suffix == "ogi" and word[-4] == "l":
                        word, r1, r2 = _cut(word, r1, r2, 1)

                    elif suffix in ("fulli", "lessli"):
                        word, r1, r2 = _cut(word, r1, r2, 2)

                    elif suffix == "li" and word[-3] in _LI_ENDING:
                        word, r1, r2 = _cut(word, r1, r2, 2)
                break

    # STEP 3
    if word.endswith(_STEP3):
        for suffix in _STEP3:
            if word.endswith(suffix):
                if r1.endswith(suffix):
                    if suffix == "tional":
                        word, r1, r2 = _cut(word, r1, r2, 2)

                    elif suffix == "ational":
                        word, r1, r2 = _swap_suffix(word, r1, r2, suffix, "ate")

                    elif suffix == "alize":
                        word, r1, r2 = _cut(word, r1, r2, 3)

                    elif suffix in ("icate", "iciti", "ical"):
                        word, r1, r2 = _swap_suffix(word, r1, r2, suffix, "ic")

                    elif suffix in ("ful", "ness"):
                        word, r1, r2 = _cut(word, r1, r2, len(suffix))

                    elif suffix == "ative" and r2.endswith(suffix):
                        word, r1, r2 = _cut(word, r1, r2, 5)
                break

    # STEP 4
    if word.endswith(_STEP4):
        for suffix in _STEP4:
            if word.endswith(suffix):
                if r2.endswith(suffix):
                    if suffix == "ion":
                        if word[-4] in "st":
                            word, r1, r2 = _cut(word, r1, r2, 3)
                    else:
                        word, r1, r2 = _cut(word, r1, r2, len(suffix))
                break

    # STEP 5
    if r2.endswith("l") and word[-2] == "l":
        word = word[:-1]
    elif r2.endswith("e"):
        word = word[:-1]
    elif r1.endswith("e"):
        if len(word) >= 4 and (
            word[-2] in _VOWELS
            or word[-2] in "wxY"
            or word[-3] not in _VOWELS
            or word[-4] in _VOWELS
        ):
            word = word[:-1]

    word = word.replace("Y", "y")

    return word


@lru_cache(maxsize=1)
def figure(text: str) -> str:
    """A figure in one spelling: "38,000" and "38000" are one figure; "nine" is "9"."""
    return "#" + NUMBER_WORDS.get(text.lower(), text.replace(",", ""))


@lru_cache(maxsize=16384)
def terms(word: str) -> tuple[str, ...]:
    """The comparable forms of a lower-cased content word: its Snowball stems.

    Usually one; none for a hedge ("roughly"), two for "mph" ("mile", "hour"). Words that say
    the same thing are folded together by the restated-point rule's paraphrase lexicon."""
    return tuple(stem(part) for part in _EXPANSIONS.get(word, (word,)))
