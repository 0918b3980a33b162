"""Substance features: what an editor and a stylometrist look at, as numbers.

Every feature has a one-line meaning (``FEATURES``) and phrases an editor
understands for when it pulls the score down or up (``REASONS``). They are
computed with plain Python and no scikit-learn, so scoring fits in a
pre-commit hook. Readability uses a built-in syllable counter, not textstat:
textstat 0.7 counts syllables with NLTK's cmudict and calls ``nltk.download``
when it is missing, which lint-news must never do (and its import alone takes
about a second).

Sentence-length rhythm (mean and spread) and vocabulary variety were tried
and left out: they tell the corpus's sources apart rather than substance, and
dropping them raised the leave-one-source-out AUROC from 0.934 to 0.961 (see
docs/MODEL.md). Readability stays, as Flesch reading ease.

Layout is deliberately invisible. In the training corpus some human articles
are one long line and some AI ones have blank-line paragraphs; a model that
could see paragraphs, headings or line breaks would learn the formatting
of its sources, not substance. So text features are computed on the body's
words and sentences only, and rule-finding densities count only rules that
read sentences, not layout (see :data:`LAYOUT_KINDS` and
:func:`lint_news.substance.substance_rules`). The same article as paragraphs
or as one line gets the same features.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cached_property, lru_cache
from itertools import repeat

from lint_news.blocks import BlockKind
from lint_news.compiled_regex import compile_re

from lint_news.document import Document
from lint_news.substance.lexical import TOKEN, ShapedText, shape_tokens
from lint_news.words import STOP_WORDS

#: Feature name -> what it measures (one line, for docs/MODEL.md and reasons).
FEATURES: dict[str, str] = {
    "quotes_per_1k_words": "direct quotations attributed to a named speaker, per 1,000 words",
    "quoted_word_share": "share of the words that stand inside quotation marks",
    "attributions_per_1k_words": "attribution phrases (said, told, according to, wrote) per 1,000 words",
    "proper_nouns_per_1k_words": "capitalised words inside sentences (people, places, bodies) per 1,000 words",
    "attributed_numbers_per_1k_words": "figures in sentences that also say who gave them, per 1,000 words",
    "dates_per_1k_words": "days, months and years per 1,000 words",
    "abstract_noun_share": "share of words that are abstract nouns (-tion, -ity, -ment, -ness, -ance)",
    "hedges_per_1k_words": "hedges (could, might, potentially, likely) per 1,000 words",
    "stock_vocabulary_per_1k_words": "words language models favour in news (crucial, significant, ensure, amid) per 1,000 words",
    "stock_phrases_per_1k_words": "filler-family findings (stock phrases) per 1,000 words",
    "unattributed_claims_per_1k_words": "unattributed-claim findings (experts say, critics argue) per 1,000 words",
    "template_residue_per_1k_words": "meta-commentary, assistant-leak and placeholder findings per 1,000 words",
    "restatements_per_1k_words": "repetition findings (repeated sentences, overused phrases, openers) per 1,000 words",
    "repeated_trigram_share": "share of three-content-word sequences that occur more than once",
    "flesch_reading_ease": "Flesch reading ease (higher is easier), with a built-in syllable counter",
    "mean_word_length": "mean word length in letters",
    "first_person_per_1k_words": "I, we, me, us, my, our per 1,000 words (mostly inside quotes in news)",
    "contractions_per_1k_words": "contractions (don't, we're, it's) per 1,000 words",
    "commas_per_sentence": "commas per sentence",
    "dashes_parentheses_per_1k_words": "dashes and parentheses per 1,000 words",
    "questions_per_1k_words": "question marks per 1,000 words",
    "fw_and": "'and' per 100 words",
    "fw_of": "'of' per 100 words",
    "fw_to": "'to' per 100 words",
    "fw_was": "'was' per 100 words",
    "fw_is": "'is' per 100 words",
    "fw_this": "'this' per 100 words",
    "fw_which": "'which' per 100 words",
    "fw_but": "'but' per 100 words",
}

#: Feature -> (phrase when a low value lowers the score, phrase when a high value lowers it).
#: ``{value}`` and ``{count}`` are filled in; a positive effect uses the opposite phrase.
REASONS: dict[str, tuple[str, str]] = {
    "quotes_per_1k_words": ("few direct quotes from named people ({count})", "many direct quotes from named people ({count})"),
    "quoted_word_share": ("little of the text is quoted speech", "much of the text is quoted speech"),
    "attributions_per_1k_words": ("few statements are attributed to anyone ({count})", "statements are attributed to sources ({count})"),
    "proper_nouns_per_1k_words": ("few named people, places or organisations", "many named people, places and organisations"),
    "attributed_numbers_per_1k_words": ("few figures with a source ({count})", "figures come with a source ({count})"),
    "dates_per_1k_words": ("few dates: no clear when", "concrete dates ({count})"),
    "abstract_noun_share": ("concrete wording", "abstract nouns crowd out facts ({value:.0%} of words)"),
    "hedges_per_1k_words": ("few hedges", "hedged claims (could, might, potentially) ({count})"),
    "stock_vocabulary_per_1k_words": ("plain vocabulary", "generated-news vocabulary (crucial, significant, ensure...) ({count})"),
    "stock_phrases_per_1k_words": ("no stock phrases", "stock phrases ({count})"),
    "unattributed_claims_per_1k_words": ("no claims pinned on nobody", "claims pinned on unnamed experts or critics ({count})"),
    "template_residue_per_1k_words": ("no template or chatbot residue", "template or chatbot residue ({count})"),
    "restatements_per_1k_words": ("no restatement", "the same point restated ({count} times)"),
    "repeated_trigram_share": ("little repeated wording", "the same word sequences repeated ({value:.0%})"),
    "flesch_reading_ease": ("dense, hard-to-read prose", "plain, easy-to-read prose"),
    "mean_word_length": ("short, plain words", "long words"),
    "first_person_per_1k_words": ("no first-person voices", "first-person voices, usually quoted people"),
    "contractions_per_1k_words": ("no contractions: no spoken voices", "contractions: spoken voices"),
    "commas_per_sentence": ("few clauses per sentence", "many clauses per sentence"),
    "dashes_parentheses_per_1k_words": ("few asides", "many asides (dashes, parentheses)"),
    "questions_per_1k_words": ("no questions", "many questions"),
}
for _name in FEATURES:
    if _name.startswith("fw_"):
        REASONS[_name] = ("function-word profile typical of generated text", "function-word profile typical of human reporting")

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_ATTRIBUTION = compile_re(
    r"\b(?:said|says|told|tells|according\s+to|wrote|writes|added|asked|explained|stated|testified|announced|"
    r"confirmed|insisted|warned|recalled|noted|argued)\b",
    re.IGNORECASE,
)
_NUMBER = re.compile(r"(?<![\w.])\d[\d,.]*%?")
#: Words that date a fact; with the years 19xx and 20xx, what ``dates_per_1k_words`` counts.
_DATE_NAMES = (
    "monday tuesday wednesday thursday friday saturday sunday january february march april june july "
    "august september october november december jan feb aug sept oct nov dec yesterday today tonight"
).split()
_DATE = compile_re(r"\b(?:" + "|".join(_DATE_NAMES) + r"|(?:19|20)\d\d)\b", re.IGNORECASE)
#: Words language models overuse when writing news, whatever the topic: the stock
#: vocabulary documented in studies of generated text, checked against this
#: corpus (each is used far more often in its AI articles than its human ones).
STOCK_VOCABULARY = frozenset(
    """
    delve delves delving crucial pivotal landscape underscore underscores underscoring highlight highlights
    highlighting showcase showcasing foster fostering ensure ensuring navigate navigating multifaceted realm
    tapestry testament significant significantly potential potentially various overall additionally furthermore
    moreover notably comprehensive robust vital essential sparked amid commitment efforts aimed impact innovative
    stakeholders emphasize emphasized emphasizing ongoing approach seamless enhance enhancing leverage bolster
    garner intricate profound resonate evolving paramount unwavering heightened providing provide critics concerns
    """.split()
)
_HEDGES = frozenset("could might may potentially likely perhaps possibly arguably seemingly somewhat reportedly".split())
_FIRST_PERSON = frozenset("i we me us my our ours mine myself ourselves".split())
_CONTRACTION = compile_re(r"\b\w+(?:n['’]t|['’](?:re|ve|ll|d|m))\b|\b(?:it|that|there|what|he|she)['’]s\b", re.IGNORECASE)
_ABSTRACT = ("tion", "sion", "ity", "ment", "ness", "ance", "ence", "ism", "ship")
#: The same expressions, case-sensitive, for lower-cased text: ``re`` scans far faster without
#: IGNORECASE (half the time of these features). They find exactly what the originals do except
#: around the only characters that IGNORECASE matches to an ASCII letter and lower() does not
#: map to one (checked over all of Unicode); a text that holds one uses the originals. Dates in
#: lower-cased text are counted by ``_count_lower_dates`` instead.
_LOWER_ATTRIBUTION = compile_re(_ATTRIBUTION.pattern)
_LOWER_CONTRACTION = compile_re(_CONTRACTION.pattern)
_FOLDS_APART = ("İ", "ı", "ſ")
_APOSTROPHE = re.compile(r"['’]")
_WORD_RUN_REST = re.compile(r"[\w'’]*")


def _is_word_char(char: str) -> bool:
    r"""``re``'s ``\w`` for one character: alphanumeric (str.isalnum, as ``re`` tests it) or ``_``."""
    return char.isalnum() or char == "_"


def _count_lower_dates(text: str) -> int:
    """``len(_DATE.findall(text))`` for lower-cased ``text``: the date words and the years 19xx and
    20xx that stand as whole words. ``str.find`` passes over text far faster than ``re`` tries a
    word boundary at every character; whole words cannot overlap, so each is counted once."""
    found = 0
    size = len(text)
    for name in _DATE_NAMES:
        at = text.find(name)
        while at >= 0:
            end = at + len(name)
            if (at == 0 or not _is_word_char(text[at - 1])) and (end == size or not _is_word_char(text[end])):
                found += 1
            at = text.find(name, end)
    for century in ("19", "20"):
        at = text.find(century)
        while at >= 0:
            end = at + 4
            if (
                end <= size
                and text[at + 2].isdecimal()  # re's \d
                and text[at + 3].isdecimal()
                and (at == 0 or not _is_word_char(text[at - 1]))
                and (end == size or not _is_word_char(text[end]))
            ):
                found += 1
            at = text.find(century, at + 1)
    return found


def _count_contractions(text: str, contraction: re.Pattern[str]) -> int:
    """``len(contraction.findall(text))``, read only in the runs of word characters and apostrophes
    that hold an apostrophe: every match holds one and lies inside one such run, and a run's
    neighbours are no word characters, so the run alone matches as it does in the text."""
    found = 0
    covered = -1
    for apostrophe in _APOSTROPHE.finditer(text):
        at = apostrophe.start()
        if at < covered:
            continue
        start = at
        while start and (_is_word_char(text[start - 1]) or text[start - 1] in "'’"):
            start -= 1
        covered = _WORD_RUN_REST.match(text, at).end()
        found += len(contraction.findall(text[start:covered]))
    return found


_FUNCTION_WORDS = tuple(name[3:] for name in FEATURES if name.startswith("fw_"))

#: Rule family -> the feature its findings count toward.
SUBSTANCE_FAMILIES = {
    "filler": "stock_phrases_per_1k_words",
    "unattributed-claim": "unattributed_claims_per_1k_words",
    "meta-commentary": "template_residue_per_1k_words",
    "assistant-leak": "template_residue_per_1k_words",
    "placeholder-text": "template_residue_per_1k_words",
    "placeholder-citation": "template_residue_per_1k_words",
    "repetition": "restatements_per_1k_words",
}
#: Kinds whose findings depend on layout (headings, lines, the headline) rather than sentences.
LAYOUT_KINDS = frozenset({"headline-repeat", "headline-restated", "template-headings", "section-items", "takeaway-restates", "unused-directive"})


@dataclass(frozen=True)
class Features:
    """Feature values, the raw counts behind the rate features, the body's word count, and its
    shaped sentences for the wording model (:mod:`.lexical`)."""

    values: dict[str, float]
    counts: dict[str, int]
    words: int
    shaped: ShapedText

    @cached_property
    def ngrams(self) -> Counter[str]:
        """The shaped word n-grams with their counts (what the wording model is trained on)."""
        return self.shaped.ngram_counts()


_VOWELS = re.compile(r"[aeiouy]+")


@lru_cache(maxsize=65536)
def syllables(word: str) -> int:
    """Syllables by vowel groups, with the silent final e: close to dictionary counts for English."""
    word = word.lower()
    groups = len(_VOWELS.findall(word))
    if word.endswith("e") and not word.endswith(("le", "ee", "ye")) and groups > 1:
        groups -= 1
    return max(1, groups)


def compute(document: Document, hits_by_family: dict[str, int]) -> Features:
    """Features of ``document``'s body; ``hits_by_family`` counts the sentence-reading rules' hits."""
    body = [block for block in document.blocks if block.kind is not BlockKind.HEADLINE]
    sentences = [sentence for sentence in document.sentences if sentence.block.kind is not BlockKind.HEADLINE]
    text = " ".join(block.text for block in body)
    # Sentences split between words, never inside one, so their words are the body's words:
    # each sentence is tokenized once, for its own features, the article's and the wording
    # model's: the words are the wording tokens that are not figures (a figure opens with a digit).
    tokenized = [TOKEN.findall(sentence.text) for sentence in sentences]
    sentence_words = [[token for token in found if not token[0].isdecimal()] for found in tokenized]
    tokens = [token.lower().replace("’", "'") for found in sentence_words for token in found]
    words = max(len(tokens), 1)
    per_1k = 1000.0 / words

    quotations = [q for q in document.quotations if q.block.kind is not BlockKind.HEADLINE]
    attributed = [q for q in quotations if q.speaker]
    quoted_words = sum(len(_WORD.findall(q.text)) for q in quotations)

    lowered = not any(char in text for char in _FOLDS_APART)
    attribution = _LOWER_ATTRIBUTION if lowered else _ATTRIBUTION
    lower_text = text.lower() if lowered else text
    attributions = 0
    attributed_numbers = 0
    proper_nouns = 0
    commas = 0
    lengths = []
    for sentence, found in zip(sentences, sentence_words):
        if not found:
            continue
        sentence_text = sentence.text
        lengths.append(len(found))
        commas += sentence_text.count(",")
        found_attribution = len(attribution.findall(sentence_text.lower() if lowered else sentence_text))
        attributions += found_attribution
        if found_attribution:
            attributed_numbers += len(_NUMBER.findall(sentence_text))
        proper_nouns += sum(1 for word in found[1:] if word[0].isupper() and word.lower() not in STOP_WORDS)

    content = [token for token in tokens if token not in STOP_WORDS and len(token) > 2]
    trigrams = Counter(zip(content, content[1:], content[2:]))
    repeated = sum(count for count in trigrams.values() if count > 1)
    token_counts = Counter(tokens)
    count_of = token_counts.get  # a word's count, 0 for none: Counter's own lookup calls __missing__ in Python
    zeros = repeat(0)
    syllable_total = sum(syllables(token) * count for token, count in token_counts.items())  # once per distinct word
    mean_length = sum(lengths) / len(lengths) if lengths else 0.0

    family_counts: Counter[str] = Counter()
    for family, count in hits_by_family.items():
        if family in SUBSTANCE_FAMILIES:
            family_counts[SUBSTANCE_FAMILIES[family]] += count

    counts = {
        "quotes_per_1k_words": len(attributed),
        "attributions_per_1k_words": attributions,
        "attributed_numbers_per_1k_words": attributed_numbers,
        "dates_per_1k_words": _count_lower_dates(lower_text) if lowered else len(_DATE.findall(text)),
        "hedges_per_1k_words": sum(map(count_of, _HEDGES, zeros)),
        "stock_vocabulary_per_1k_words": sum(map(count_of, STOCK_VOCABULARY, zeros)),
        **{name: family_counts[name] for name in set(SUBSTANCE_FAMILIES.values())},
    }
    values = {
        "quotes_per_1k_words": len(attributed) * per_1k,
        "quoted_word_share": quoted_words / words,
        "attributions_per_1k_words": attributions * per_1k,
        "proper_nouns_per_1k_words": proper_nouns * per_1k,
        "attributed_numbers_per_1k_words": attributed_numbers * per_1k,
        "dates_per_1k_words": counts["dates_per_1k_words"] * per_1k,
        "abstract_noun_share": sum(count for token, count in token_counts.items() if token.endswith(_ABSTRACT)) / words,
        "hedges_per_1k_words": counts["hedges_per_1k_words"] * per_1k,
        "stock_vocabulary_per_1k_words": counts["stock_vocabulary_per_1k_words"] * per_1k,
        "stock_phrases_per_1k_words": family_counts["stock_phrases_per_1k_words"] * per_1k,
        "unattributed_claims_per_1k_words": family_counts["unattributed_claims_per_1k_words"] * per_1k,
        "template_residue_per_1k_words": family_counts["template_residue_per_1k_words"] * per_1k,
        "restatements_per_1k_words": family_counts["restatements_per_1k_words"] * per_1k,
        "repeated_trigram_share": repeated / max(sum(trigrams.values()), 1),
        "flesch_reading_ease": 206.835 - 1.015 * mean_length - 84.6 * syllable_total / words if lengths else 0.0,
        "mean_word_length": sum(len(token) * count for token, count in token_counts.items()) / words,
        "first_person_per_1k_words": sum(map(count_of, _FIRST_PERSON, zeros)) * per_1k,
        "contractions_per_1k_words": _count_contractions(lower_text, _LOWER_CONTRACTION if lowered else _CONTRACTION) * per_1k,
        "commas_per_sentence": commas / max(len(lengths), 1),
        "dashes_parentheses_per_1k_words": (text.count("—") + text.count("–") + text.count(" - ") + text.count("(")) * per_1k,
        "questions_per_1k_words": text.count("?") * per_1k,
        **{f"fw_{word}": count_of(word, 0) * 100.0 / words for word in _FUNCTION_WORDS},
    }
    return Features(values=values, counts=counts, words=len(tokens), shaped=shape_tokens(tokenized))
