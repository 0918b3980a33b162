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

A phrase may hold a slot: ``{m-n}`` (or ``{n}``) stands for m to n words of any kind,
so one entry is a template for the coinages made on it ("is no longer a {1-3} but a"
matches "is no longer a luxury but a" and "is no longer a simple weekend pastime but
a"; "a {1} game-changer for", "stands as a {1-2} reminder that"). A slot stands
between two words, spans at most six, never crosses a sentence's punctuation, and may
end in the punctuation its last word carries ("not just about {1-3}, it's about").
The builder counts a slot phrase on labelled news like any other, so a template that
human reporting fills now and then is dropped like a phrase would be. A form with a
slot is indexed by its words as any form is and, once both index words are in a
block, searched for with a regular expression (:func:`_slot_pattern`).

Each form is indexed by two of its words (runs of letters and digits), the
two likeliest to be rare in news (:func:`_index`: "tightrope" and "walked" for
"walked a tightrope"). A block's text, lower-cased, is read into its set of
words once for every lexicon; only the forms whose two words are both in that
set are searched for (``str.find``, in C), and a match must start and end on a
word boundary; overlapping matches keep the longest. Most blocks hold no index
word, so a block costs a tokenisation and a set intersection. This replaced
reading every word in a Python loop and trying the forms that begin with it
and the next word: over the 6,441 blocks of 400 corpus articles, both
lexicons, 0.26 s of CPU became 0.14 s, with the same matches. The index is a
dictionary that loads in a millisecond or two from the start-up cache
(:mod:`lint_news.cache`); an Aho-Corasick automaton over the ~6,000 forms
took 14 ms to build at every start.

Options:
  lexicon                 JSON file in lint_news/data with a "phrases" list (default stock_phrases.json)

A lexicon of ordinary idioms ("raise the alarm", "front and center", "with open
arms") cannot be reported phrase by phrase: a human story uses one now and then.
Generated news stacks them. With any of the density options below, the rule
reports only its phrases that stand where they are dense (either condition
is enough):

  sentence-phrases        a sentence holds at least this many distinct phrases (0: off; else 2 or more)
  article-phrases         the article holds at least this many distinct phrases (0: off) ...
  article-per-1000-words  ... and at least this many per 1,000 words
  also-count              more lexicons whose phrases count towards density without being
                          reported by this rule (another rule reports them)

Density counts the writer's own words only: a phrase in a quotation attributed
to a named speaker, or in a quoted mention, does not count.

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

from lint_news.blocks import Block
from lint_news.compiled_regex import compile_re
from lint_news.data import data_file
from lint_news.document import Document
from lint_news.findings import Hit
from lint_news.kinds import Kind
from lint_news.shared_options import SharedOptions
from lint_news.words import STOP_WORDS

DEFAULT_LEXICON = "stock_phrases.json"

#: Words that do not inflect as the verb of a phrase ("a testament to", "in the wake of").
_UNINFLECTED = frozenset(
    "a an the in on at of for to with by from as one only what whether no not more most all every each this that "
    "its it is are be been than like up down out over off into onto".split()
)
_POSSESSIVES = ("their", "his", "her", "its", "our", "your", "my")
#: Irregular verbs as a phrase may begin with them: the base, then its past and participle
#: ("lead the charge" -> "led the charge"; "sent ripples through" -> "sending ripples through").
_IRREGULAR = {
    words[0]: tuple(words[1:])
    for words in (
        line.split()
        for line in """
        bear bore borne; beat beat beaten; begin began begun; bite bit bitten; blow blew blown; break broke broken
        bring brought; build built; burn burnt; catch caught; come came; cut cut; dig dug; do did done
        draw drew drawn; drive drove driven; fall fell fallen; feel felt; fight fought; find found; fly flew flown
        get got gotten; give gave given; go went gone; grow grew grown; hang hung; hit hit; hold held
        keep kept; lay laid; lead led; leave left; let let; light lit; lose lost; make made; meet met; pay paid
        put put; ride rode ridden; ring rang rung; rise rose risen; run ran; say said; see saw seen; seek sought
        sell sold; send sent; set set; shake shook shaken; shed shed; shine shone; shoot shot; sing sang sung
        sink sank sunk; speak spoke spoken; spend spent; spread spread; stand stood; steal stole stolen
        stick stuck; strike struck; swing swung; take took taken; teach taught; tear tore torn; tell told
        think thought; throw threw thrown; tread trod; wear wore worn; weave wove woven; win won
        withstand withstood; write wrote written; overcome overcame; understand understood; undergo underwent undergone
        """.replace("\n", ";").split(";")
        if line.strip()
    )
}
#: An irregular past or participle as a phrase's first word, and its base ("took" -> "take").
_BASE = {past: base for base, pasts in _IRREGULAR.items() for past in pasts if past != base}
#: A short word ending in one vowel and one consonant doubles it: "hit" -> "hitting".
_DOUBLES = re.compile(r"[^aeiou]*[aeiou][^aeiouwxy]")
#: A word, as the whole-word test sees it: a run of letters and digits (``str.isalnum``).
_WORD = re.compile(r"[^\W_]+")
#: A slot in a phrase: ``{m-n}`` (or ``{n}``) stands for m to n words of any kind, and may end
#: in punctuation that follows its last word ("{1-3}," in "not just about {1-3}, it's about").
_SLOT = re.compile(r"\{(\d+)(?:-(\d+))?\}([^\w\s{}]*)")
#: What fills a slot word by word: a word with inner apostrophes or hyphens ("town's", "ever-shifting").
_SLOT_WORD = r"[^\W_]+(?:['’-][^\W_]+)*"


@dataclass(frozen=True)
class LexiconOptions:
    lexicon: str = DEFAULT_LEXICON
    also_count: tuple[str, ...] = ()
    sentence_phrases: int = 0
    article_phrases: int = 0
    article_per_1000_words: float = 0.0

    def __post_init__(self) -> None:
        for name in (self.lexicon, *self.also_count):
            load_forms(name)  # a missing or malformed lexicon is a pack error, not a crash later
        if self.sentence_phrases < 0 or self.article_phrases < 0 or self.article_per_1000_words < 0:
            raise ValueError("options 'sentence-phrases', 'article-phrases' and 'article-per-1000-words' must not be negative")
        if self.sentence_phrases == 1:
            raise ValueError("option 'sentence-phrases' must be 0 (off) or at least 2: one phrase is every phrase")
        if self.also_count and not self.dense:
            raise ValueError("option 'also-count' needs a density option (sentence-phrases or article-phrases)")

    @property
    def dense(self) -> bool:
        """Whether the rule reports only phrases where they are dense, rather than every phrase."""
        return bool(self.sentence_phrases or self.article_phrases)


def _first_word_forms(word: str) -> set[str]:
    if word in _BASE:
        word = _BASE[word]
    forms = {word, *_IRREGULAR.get(word, ())}
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

    A slot (``{1-3}``) stays in every form as it is written. An irregular verb takes its past forms too ("led", "took", "taken"), and a phrase written in
    the past stands for every form of its verb. Over-generation ("hited") is harmless: a form
    nobody writes matches nothing."""
    words = phrase.split()
    tails: list[list[str]] = [[]]
    for word in words[1:]:
        choices = _POSSESSIVES if word in _POSSESSIVES else (word,)
        tails = [tail + [choice] for tail in tails for choice in choices]
    return sorted({" ".join([first, *tail]) for first in _first_word_forms(words[0]) for tail in tails})


@lru_cache(maxsize=8)
def load_forms(name: str) -> dict[str, dict[str, list[str]]]:
    """Every form of every phrase of lexicon ``name``, by its two index words (:func:`_index`);
    raises ValueError for a missing or malformed file."""
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


@lru_cache(maxsize=8)
def _keys(name: str) -> frozenset[str]:
    """The words lexicon ``name`` indexes its forms by, for one set intersection per block."""
    return frozenset(load_forms(name))


def all_forms(name: str = DEFAULT_LEXICON) -> set[str]:
    """Every form lexicon ``name`` matches."""
    return {form for seconds in load_forms(name).values() for group in seconds.values() for form in group}


def _index(name: str, phrases: list) -> dict[str, dict[str, list[str]]]:  # as read from JSON
    """index word -> second word ("" for a form of one distinct word) -> the forms indexed so.

    A form's index words are the two likeliest to be rare in news: not stop words where it has
    others, then in the fewest phrases of the lexicon ("community" is in dozens), then the
    longest. Every word of a form is a whole word wherever the form matches, so a block that
    lacks either cannot hold it.

    Checked here, once per lexicon text: a start-up answered from the cache has read a good one."""
    if not all(isinstance(phrase, str) and _WORD.match(phrase.lower().lstrip()) for phrase in phrases):
        raise ValueError(f"lexicon '{name}' has a phrase that is not text beginning with a word")
    for phrase in phrases:
        _check_slots(name, phrase)
    phrase_forms = {phrase: forms(phrase) for phrase in {" ".join(phrase.lower().split()) for phrase in phrases}}
    in_phrases: dict[str, int] = {}
    for group in phrase_forms.values():
        for word in {word for form in group for word in _literal_words(form)}:
            in_phrases[word] = in_phrases.get(word, 0) + 1

    def rarity(word: str) -> tuple:
        return (word in STOP_WORDS or len(word) < 3, in_phrases[word], -len(word), word)

    by_key: dict[str, dict[str, list[str]]] = {}
    for form in sorted({form for group in phrase_forms.values() for form in group}):
        key, second = (sorted(set(_literal_words(form)), key=rarity)[:2] + [""])[:2]
        by_key.setdefault(key, {}).setdefault(second, []).append(form)
    return by_key


def _check_slots(name: str, phrase: str) -> None:
    """Raise ValueError unless every slot of ``phrase`` stands between two words and reads m <= n <= 6
    (m at least 1 when punctuation follows it)."""
    words = phrase.split()
    for position, word in enumerate(words):
        slot = _SLOT.fullmatch(word)
        if slot is None:
            if "{" in word or "}" in word:
                raise ValueError(f"lexicon '{name}': '{word}' in '{phrase}' is not a slot like {{1-3}}")
            continue
        low, high = int(slot[1]), int(slot[2] or slot[1])
        if not 0 < position < len(words) - 1 or _SLOT.fullmatch(words[position + 1]) or not low <= high <= 6 or low < (1 if slot[3] else 0) or high == 0:
            raise ValueError(f"lexicon '{name}': the slot '{word}' in '{phrase}' must stand between two words and span 1 to 6 words")


def _literal_words(form: str) -> list[str]:
    """The words of ``form`` outside its slots: a block must hold every one of them."""
    return _WORD.findall(_SLOT.sub(" ", form)) if "{" in form else _WORD.findall(form)


@lru_cache(maxsize=None)
def _slot_pattern(form: str) -> re.Pattern:
    """``form`` with its slots as runs of words, starting and ending on a word boundary."""
    parts = []
    for token in form.split():
        slot = _SLOT.fullmatch(token)
        if slot and slot[3]:  # the last word of the slot carries the punctuation
            low, high = int(slot[1]), int(slot[2] or slot[1])
            parts.append(f"(?:{_SLOT_WORD}\\s+){{{low - 1},{high - 1}}}?{_SLOT_WORD}{re.escape(slot[3])}\\s+")
        elif slot:
            parts.append(f"(?:{_SLOT_WORD}\\s+){{{slot[1]},{slot[2] or slot[1]}}}?")
        else:
            parts.append(re.escape(token) + "\\s+")
    return compile_re(r"(?<![^\W_])" + "".join(parts)[: -len("\\s+")] + r"(?![^\W_])")


@lru_cache(maxsize=512)
def _read(text: str) -> tuple[str, frozenset[str]]:
    """A block's text lower-cased (:func:`_lowered`) and its words, read once for every lexicon."""
    lower = _lowered(text)
    return lower, frozenset(_WORD.findall(lower))


def _lowered(text: str) -> str:
    """``text`` lower-cased with its positions kept (a few characters grow when lower-cased: "İ")."""
    lower = text.lower()
    if len(lower) != len(text):
        lower = "".join(character.lower() if len(character.lower()) == 1 else character for character in text)
    # white space as spaces, one replace per kind: str.translate reads the text character by character
    return lower.replace("\n", " ").replace("\r", " ").replace("\t", " ").replace("\f", " ").replace("\v", " ")


def matches(text: str, name: str = DEFAULT_LEXICON) -> list[tuple[int, int]]:
    """Whole-word matches of the lexicon in ``text`` as (start, end), earliest first, overlaps dropped (longest kept)."""
    lower, words = _read(text)
    present = _keys(name).intersection(words)
    if not present:
        return []
    by_key = load_forms(name)
    found: list[tuple[int, int]] = []
    for key in present:
        for second, group in by_key[key].items():
            if not second or second in words:
                for form in group:
                    if "{" in form:
                        found.extend(match.span() for match in _slot_pattern(form).finditer(lower))
                    else:
                        _whole_words(lower, form, found)
    return keep_longest(found)


@lru_cache(maxsize=512)
def _block_matches(text: str, name: str) -> tuple[tuple[int, int], ...]:
    """``matches`` of a block's text, kept for the next rule that reads the same lexicon there
    (LN630 reports the stock phrases LN631 counts)."""
    return tuple(matches(text, name))


def keep_longest(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` earliest first, each dropped that overlaps one kept before it (at one start, the longest wins)."""
    spans.sort(key=lambda span: (span[0], -span[1]))
    kept: list[tuple[int, int]] = []
    for span in spans:
        if not kept or span[0] >= kept[-1][1]:
            kept.append(span)
    return kept


def _whole_words(lower: str, form: str, found: list[tuple[int, int]]) -> None:
    """Add the spans where ``form`` stands in ``lower`` starting and ending on a word boundary."""
    start = lower.find(form)
    while start != -1:
        stop = start + len(form)
        if (start == 0 or not lower[start - 1].isalnum()) and (stop == len(lower) or not lower[stop].isalnum()):
            found.append((start, stop))
        start = lower.find(form, start + 1)


@dataclass(frozen=True)
class Use:
    """One phrase as density counts it: where it is, its sentence, and whether the rule reports it."""

    block: Block
    start: int
    end: int
    phrase: str  # the words matched, lower-cased: two forms of one phrase count twice
    sentence: int  # index of its sentence in the document, -1 when it has none
    own: bool  # from the rule's lexicon, not an also-count one


def uses(document: Document, options: LexiconOptions) -> list[Use]:
    """The phrases of the rule's lexicon and its also-count ones in the writer's own words: a
    phrase in a named speaker's quotation or in a quoted mention is not counted."""
    found: list[Use] = []
    index = {id(sentence): number for number, sentence in enumerate(document.sentences)}
    for block in document.blocks:
        tagged = [(start, end, name == options.lexicon) for name in (options.lexicon, *options.also_count) for start, end in _block_matches(block.text, name)]
        spans = set(keep_longest([(start, end) for start, end, _ in tagged]))
        for start, end, own in sorted(tagged, key=lambda span: (span[0], span[1], not span[2])):
            if (start, end) not in spans:
                continue
            spans.discard((start, end))  # a phrase in two lexicons counts once, as the rule's own
            if document.attributed_quotation_at(block, start, end) or document.mention_at(block, start, end):
                continue
            sentence = document.sentence_at(block, start)
            number = index.get(id(sentence), -1) if sentence is not None else -1
            found.append(Use(block, start, end, block.text[start:end].lower(), number, own))
    return found


def dense_uses(found: list[Use], word_count: int, options: LexiconOptions) -> list[Use]:
    """The rule's own phrases among ``found`` that stand where phrases are dense: a sentence with
    ``sentence-phrases`` distinct ones, an article with ``article-phrases`` distinct ones at
    ``article-per-1000-words``."""
    by_sentence: dict[int, set[str]] = {}
    for use in found:
        if use.sentence >= 0:
            by_sentence.setdefault(use.sentence, set()).add(use.phrase)
    distinct = len({use.phrase for use in found})
    article = bool(options.article_phrases) and distinct >= options.article_phrases and distinct * 1000 >= options.article_per_1000_words * max(word_count, 1)
    return [
        use
        for use in found
        if use.own
        and (
            article
            or (options.sentence_phrases and len(by_sentence.get(use.sentence, ())) >= options.sentence_phrases)
        )
    ]


def check(document: Document, options: LexiconOptions) -> Iterator[Hit]:
    if not options.dense:
        for block in document.blocks:
            for start, end in _block_matches(block.text, options.lexicon):
                yield Hit(start, end, {"match": block.text[start:end]}, block=block)
        return
    for use in dense_uses(uses(document, options), document.word_count, options):
        yield Hit(use.start, use.end, {"match": use.block.text[use.start : use.end]}, block=use.block)


KIND = Kind(
    "phrase-lexicon",
    LexiconOptions,
    check,
    "Report the stock phrases of a lexicon, in any of their forms.",
    shared=SharedOptions(exempt_quotations=True, exempt_mentions=True),
)
