"""Repetition kinds: one point restated, one phrase overused, one opener leaned on.

All of them are linear in the length of the article: sentences are compared
only with the few earlier sentences that share a rare word pair with them
(an inverted index with a cap per key), never all pairs.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain

from lint_news.blocks import Block, BlockKind, Quotation, Sentence

from lint_news.document import Document
from lint_news.findings import Hit, Severity
from lint_news.kinds import Kind
from lint_news.kinds.restatement import point
from lint_news.words import STOP_WORDS, containment, content_word_set, content_words, jaccard, lowered_tokens, words

#: Earlier sentences remembered per shared word pair; bounds the work per sentence.
_CANDIDATES_PER_KEY = 24
_BODY = (BlockKind.PARAGRAPH, BlockKind.DEK, BlockKind.LIST_ITEM, BlockKind.BLOCKQUOTE)
#: Where overused-phrase counts uses: the body and the subheads, since SEO copy stuffs its keyword into
#: every subhead ("What are the Harlow ferry changes?", "How will the Harlow ferry changes affect you?").
#: A subhead in title case is all capitals to the eye and counts nothing (:func:`_title_case`).
_COUNTED = (*_BODY, BlockKind.HEADING)


def _line(document: Document, block: Block, index: int) -> int:
    return document.lines.line_of(block.offsets[min(index, len(block.offsets) - 1)])


def _sentence_hit(sentence: Sentence, params: dict) -> Hit:
    """A hit on ``sentence``, trailing space left out."""
    return Hit(sentence.start, sentence.start + len(sentence.text.rstrip()), params, block=sentence.block)


# ---------------------------------------------------------------------------
# duplicate-passage


@dataclass(frozen=True)
class DuplicateOptions:
    min_content_words: int = 7
    similarity: float = 0.8

    def __post_init__(self) -> None:
        if not 0 < self.similarity <= 1:
            raise ValueError("option 'similarity' must be between 0 and 1")


def _mostly_quoted(document: Document, sentence: Sentence) -> bool:
    quoted = sum(
        max(0, min(q.end, sentence.end) - max(q.start, sentence.start))
        for q in document.quotations_overlapping(sentence.block, sentence.start, sentence.end)
    )
    return quoted * 2 > sentence.end - sentence.start


def check_duplicates(document: Document, options: DuplicateOptions) -> Iterator[Hit]:
    seen: list[tuple[Sentence, frozenset[str], list[str]]] = []
    similar = _Similar(options.similarity)
    pairs = _PairIndex()
    for sentence in document.sentences:
        if sentence.block.kind not in _BODY:
            continue
        tokens = content_words(sentence.text)
        if len(tokens) < options.min_content_words or _mostly_quoted(document, sentence):
            continue  # a repeated pull quote or caption credit is layout, not restatement
        bag = content_word_set(sentence.text)
        position = len(seen)
        seen.append((sentence, bag, tokens))
        if not similar.any_before(bag, position, seen):
            continue  # no earlier sentence is similar enough, whichever the pairs would name
        keys = set(zip(tokens, tokens[1:]))  # in any order: what the index and the counts hold does not depend on it
        candidates = Counter(candidate for key in keys for candidate in pairs.up_to(position, seen).get(key, ()))
        best = None
        # The 8 earlier sentences sharing most word pairs, ties to the earliest: most_common would
        # break ties by insertion order, which follows the hash seed.
        for candidate, _shared in sorted(candidates.items(), key=lambda item: (-item[1], item[0]))[:8]:
            similarity = jaccard(bag, seen[candidate][1])
            if similarity >= options.similarity and (best is None or similarity > best[1]):
                best = (candidate, similarity)
        if best is not None:
            first = seen[best[0]][0]
            exact = " ".join(words(first.text)) == " ".join(words(sentence.text))
            yield _sentence_hit(sentence, {"first_line": _line(document, first.block, first.start), "how": "repeats" if exact else "nearly repeats"})


class _PairIndex:
    """The earlier sentences by the word pairs they hold (at most ``_CANDIDATES_PER_KEY`` a pair),
    where a sentence looks for the ones it repeats. Built only when a sentence has a similar
    earlier one (few of an article's do), and then up to it: the same index as one built as
    the sentences come."""

    def __init__(self) -> None:
        self.index: defaultdict[tuple[str, str], list[int]] = defaultdict(list)
        self.built = 0

    def up_to(self, position: int, seen: list[tuple[Sentence, frozenset[str], list[str]]]) -> dict[tuple[str, str], list[int]]:
        """The index of the sentences before ``position``."""
        for earlier in range(self.built, position):
            tokens = seen[earlier][2]
            for key in set(zip(tokens, tokens[1:])):
                bucket = self.index[key]
                if len(bucket) < _CANDIDATES_PER_KEY:
                    bucket.append(earlier)
        self.built = max(self.built, position)
        return self.index


class _Similar:
    """Whether an earlier sentence's content words are ``similarity`` alike (Jaccard) to a sentence's.

    Prefix filtering, as set-similarity joins do: two sets that alike share a word among the
    first ``len - ceil(similarity * len) + 1`` of each, in one fixed order (alphabetical), so
    each sentence is filed under a few words and compared with the sentences filed under the
    same. A word filed under by many sentences (a long article about one thing) stops the
    search: the caller then looks as if one were found, which only costs it time."""

    _FILED = 64

    def __init__(self, similarity: float) -> None:
        self.similarity = similarity
        self.filed: defaultdict[str, list[int]] = defaultdict(list)

    def any_before(self, bag: frozenset[str], position: int, seen: list[tuple[Sentence, frozenset[str], list[str]]]) -> bool:
        """Whether a sentence before ``position`` is alike to ``bag``; files ``bag`` as ``position``."""
        need = math.ceil(self.similarity * len(bag) - 1e-9)  # shared words at the least
        prefix = sorted(bag)[: len(bag) - need + 1]
        found = False
        checked: set[int] = set()
        for word in prefix:
            filed = self.filed[word]
            if len(filed) >= self._FILED:
                found = True
                continue
            if not found:
                for earlier in filed:
                    if earlier not in checked:
                        checked.add(earlier)
                        if jaccard(bag, seen[earlier][1]) >= self.similarity:
                            found = True
                            break
            filed.append(position)
        return found


# ---------------------------------------------------------------------------
# overused-phrase


@dataclass(frozen=True)
class OverusedOptions:
    min_words: int = 2
    max_words: int = 3
    min_count: int = 5
    min_per_1000_words: float = 4.0
    warning_count: int = 8
    warning_per_1000_words: float = 10.0
    #: A phrase repeated this often is a warning at a lower density (long articles).
    heavy_count: int = 20
    heavy_per_1000_words: float = 6.0
    #: A name with a common noun ("Calder County rebates") counts only from here, and only as
    #: info: keyword stuffing reads like this, but so does a story about one product or bank.
    named_count: int = 6
    named_per_1000_words: float = 10.0
    #: A name of two or more words with a noun ("Harlow Bank mortgages", "Fringe Festival
    #: experience"), up to ``named-max-words`` long, counts from here (info): a keyword phrase.
    long_named_count: int = 4
    long_named_per_1000_words: float = 7.0
    named_max_words: int = 4
    #: A name of ``full-name-words`` words or more said in full each time ("the Brackenridge Chess
    #: Club" where a reporter writes "the club") counts from here (info): human news repeats a
    #: short name, hardly ever a long one this often.
    full_name_words: int = 3
    full_name_count: int = 5
    full_name_per_1000_words: float = 8.0
    #: A phrase of three words or more ("cold-chain tracking platform") counts from here (info):
    #: a story says a long phrase once and then shortens it ("the platform").
    long_phrase_count: int = 4
    long_phrase_per_1000_words: float = 8.0


_TOKEN = re.compile(r"\w+(?:['’-]\w+)*")
_URL = re.compile(r"\b(?:https?://|www\.)\S+|\b[\w-]+\.(?:com|org|net|gov|edu|co\.uk)\S*", re.IGNORECASE)


#: Every URL ``_URL`` finds holds one of these (lower-cased): most sentences hold none, and then
#: the expression, slow at every word, need not run.
_URL_HINTS = ("http", "www.", ".com", ".org", ".net", ".gov", ".edu", ".co.uk")


def _phrase_tokens(text: str) -> list[tuple[str | None, int, int, bool]]:
    """Tokens as (lower-cased word or None, start, end, is a name); stop words and URLs are None (breaks)."""
    lower = text.lower()
    urls = [match.span() for match in _URL.finditer(text)] if any(hint in lower for hint in _URL_HINTS) else []
    tokens: list[tuple[str | None, int, int, bool]] = []
    for position, match in enumerate(_TOKEN.finditer(text)):
        start, end = match.span()
        if urls and any(url_start <= start < url_end for url_start, url_end in urls):
            tokens.append((None, start, end, False))
            continue
        word = match.group()
        phrase_word = _phrase_word(word)
        tokens.append((phrase_word, start, end, phrase_word is not None and position > 0 and word[0].isupper()))
    return tokens


@lru_cache(maxsize=16384)
def _phrase_word(word: str) -> str | None:
    """``word`` lower-cased, its possessive dropped ("the Ashgrove Community Library's hours" uses the
    name again), or None for a stop word, a short word, a number or an identifier (code, not prose)."""
    lower = word.lower()
    if lower.endswith(("'s", "’s")):
        lower = lower[:-2]
    if lower in STOP_WORDS or len(lower) < 3 or lower.isdigit() or "_" in lower:
        return None
    return lower


def _phrase_runs(text: str, min_words: int, may_hold_url: bool = True) -> list[list[tuple[str, int, int, bool]]]:
    """The runs of ``_phrase_tokens(text)`` between its breaks (None), those of ``min_words`` words or more.

    ``may_hold_url`` false says the text holds none of ``_URL_HINTS`` (its block holds none).

    A sentence with no URL is read from ``findall``'s words: a token starts at the first place
    its word stands after the last token's end, as no word character lies between two tokens."""
    if min_words < 1 or (may_hold_url and any(hint in text.lower() for hint in _URL_HINTS)):
        return _runs_of(_phrase_tokens(text), min_words)  # (runs of no words count too below 1)
    runs: list[list[tuple[str, int, int, bool]]] = []
    run: list[tuple[str, int, int, bool]] = []
    end = 0
    first = True
    for word in _TOKEN.findall(text):
        start = text.find(word, end)
        end = start + len(word)
        phrase_word = _phrase_word(word)
        if phrase_word is None:
            if run:
                if len(run) >= min_words:
                    runs.append(run)
                run = []
        else:
            run.append((phrase_word, start, end, not first and word[0].isupper()))
        first = False
    if len(run) >= min_words:
        runs.append(run)
    return runs


def _runs_of(tokens: list[tuple[str | None, int, int, bool]], min_words: int) -> list[list[tuple[str, int, int, bool]]]:
    """The runs of ``tokens`` between breaks (None), those of ``min_words`` words or more."""
    runs: list[list[tuple[str, int, int, bool]]] = []
    run: list[tuple[str, int, int, bool]] = []
    for token in [*tokens, (None, 0, 0, False)]:
        if token[0] is not None:
            run.append(token)  # type: ignore[arg-type]
            continue
        if len(run) >= min_words:
            runs.append(run)
        run = []
    return runs


#: Past-tense verbs that follow a name ("Ruiz spoke") without making a keyword phrase.
_PAST_VERBS = frozenset(
    "said spoke told took made went came gave got saw won lost led ran met left held sought thought wrote began "
    "became brought kept found felt stood knew grew drew sent built paid sold".split()
)


def _named_phrase(gram: list[tuple[str | None, int, int, bool]]) -> int | None:
    """The number of name words for a name and then common nouns ("Calder County rebates": 2);
    0 for no name; None for anything else with a name."""
    names = [name for _, _, _, name in gram]
    if not any(names):
        return 0
    lead = names.index(False) if False in names else len(names)
    tail = gram[lead:]
    if lead == 0 or any(names[lead:]) or not tail:
        return None  # a name alone, or words then a name: who the story is about, not a keyword
    last = tail[-1][0] or ""
    if last.endswith("ed") or last in _PAST_VERBS:
        return None  # "Ruiz spoke": a name doing something
    return lead


#: A speaker named by a pronoun stands for a person named nearby ("she said").
_PRONOUNS = frozenset({"he", "she", "they", "we", "i"})


def _spoken_by_someone(quotation: Quotation) -> bool:
    """A person's words (a name or a pronoun speaks them), which a story may repeat as it reports them.

    Words pasted in quotation marks with nobody, or only "the company", behind them are the
    copy's own where a keyword is concerned: a press release's quotes stuff its brand-and-noun
    phrase ("the Harlow Bank experience") like the rest of it."""
    speaker = quotation.speaker
    return speaker is not None and (speaker[:1].isupper() or speaker.lower() in _PRONOUNS)


@lru_cache(maxsize=256)
def _title_case(text: str) -> bool:
    """No content word after the first in lower case: "Harlow Soccer Raises Fees: What Families
    Need to Know" is all names to the eye of a word's capital."""
    return not any(word[0].islower() and _phrase_word(word) is not None for word in _TOKEN.findall(text)[1:])


def _count_grams(
    run: list[tuple[str, int, int, bool]],
    sentence: Sentence,
    block: Block,
    quoted: list[tuple[int, int, bool]],
    options: OverusedOptions,
    counts: defaultdict[tuple[str, ...], int],
    named: dict[tuple[str, ...], int],
    first_seen: dict[tuple[str, ...], tuple[Block, int, int, bool]],
) -> None:
    """Count the phrases of one run of words (between stop words) of ``sentence``.

    ``named`` keeps each name-and-noun phrase's number of name words (minus the length of a
    long name said in full, ``full-name-words`` or more, with no noun); ``first_seen`` where a
    phrase first stands, and whether that is inside quotation marks (a mention, not a use)."""
    offset = sentence.start
    words = [word for word, _, _, _ in run]
    names = [name for _, _, _, name in run]
    any_name = True in names
    longest = max(options.max_words, options.named_max_words) if any_name else options.max_words
    for size in range(options.min_words, min(longest, len(run)) + 1):
        for i in range(len(run) - size + 1):
            is_named = _named_phrase(run[i : i + size]) if any_name and True in names[i : i + size] else 0
            if is_named is None:
                if size < options.full_name_words or False in names[i : i + size] or _title_case(sentence.text):
                    continue  # a name alone: repeating who the story is about is not padding (in title case all is names)
                is_named = -size  # but a long name said in full ("Mercy Vale Health Walk-In ...") is a keyword
            elif size > options.max_words and is_named < 2:
                continue  # only a name of two words or more and its noun run this long
            start = offset + run[i][1]
            inside = quoted and any(q_start <= start < q_end for q_start, q_end, _ in quoted)
            if inside and any(q_start <= start < q_end and (someone or not is_named) for q_start, q_end, someone in quoted):
                continue  # quoted words count only for a name with a noun, in quotes nobody named speaks
            key = tuple(words[i : i + size])
            counts[key] += 1
            if is_named:
                named[key] = is_named
            seen = first_seen.get(key)
            if seen is None or (seen[3] and not inside):
                first_seen[key] = (block, start, offset + run[i + size - 1][2], bool(inside))


def _sentences_with_frequent_runs(document: Document, options: OverusedOptions, total_words: int) -> list[tuple[Block, list[Sentence]]]:
    """The body blocks, each with those of its sentences where a phrase could be counted often enough to report.

    A phrase stands no more often than each of its words, so a phrase worth reporting is made
    of words that stand at least as often as the least count and rate any phrase needs: a
    sentence with no run of ``min-words`` such words in a row holds none, and is not counted
    (most sentences of an article, and the costly part of counting is the runs of words)."""
    blocks = [(block, document.sentences_of(block)) for block in document.blocks if block.kind in _COUNTED]
    if options.min_words < 1:
        return blocks
    tokens = [[lowered_tokens(_TOKEN, sentence.text) for sentence in sentences] for _, sentences in blocks]
    least_count = min(options.min_count, options.named_count, options.long_named_count, options.full_name_count, options.long_phrase_count)
    least_rate = min(options.min_per_1000_words, options.named_per_1000_words, options.long_named_per_1000_words, options.full_name_per_1000_words, options.long_phrase_per_1000_words)
    counts = Counter(chain.from_iterable(chain.from_iterable(tokens)))
    frequent = {
        word for word, count in counts.items() if count >= least_count and count * 1000 / total_words >= least_rate and _phrase_word(word) is not None
    }
    kept = []
    for (block, sentences), words_of in zip(blocks, tokens):
        held = [sentence for sentence, found in zip(sentences, words_of) if not frequent.isdisjoint(found) and _has_run(found, frequent, options.min_words)]
        if held:
            kept.append((block, held))
    return kept


def _has_run(tokens: list[str], frequent: set[str], length: int) -> bool:
    """Whether ``length`` tokens in a row are all ``frequent``."""
    run = 0
    for token in tokens:
        run = run + 1 if token in frequent else 0
        if run >= length:
            return True
    return False


def check_overused(document: Document, options: OverusedOptions) -> Iterator[Hit]:
    counts: defaultdict[tuple[str, ...], int] = defaultdict(int)  # missing keys in C, not Counter.__missing__
    named: dict[tuple[str, ...], int] = {}
    first_seen: dict[tuple[str, ...], tuple[Block, int, int, bool]] = {}
    total_words = document.word_count
    if not total_words:
        return
    for block, sentences in _sentences_with_frequent_runs(document, options, total_words):
        block_lower = block.text.lower()
        may_hold_url = any(hint in block_lower for hint in _URL_HINTS)  # a sentence is a slice of its block
        for sentence in sentences:
            quoted = [(q.start, q.end, _spoken_by_someone(q)) for q in document.quotations_overlapping(block, sentence.start, sentence.end)]
            # Grams never cross a stop word or a URL: count inside the runs of words between them.
            for run in _phrase_runs(sentence.text, options.min_words, may_hold_url):
                _count_grams(run, sentence, block, quoted, options, counts, named, first_seen)
    reported: list[tuple[str, ...]] = []
    spans: list[tuple[int, int]] = []
    floor = min(options.min_count, options.long_named_count, options.full_name_count, options.long_phrase_count)
    frequent = [(gram, count) for gram, count in counts.items() if count >= floor]
    for gram, count in sorted(frequent, key=lambda item: (-item[1], -len(item[0]), item[0])):
        rate = count * 1000 / total_words
        name_words = named.get(gram, 0)
        is_named = name_words != 0
        long_phrase = len(gram) >= 3 and count >= options.long_phrase_count and rate >= options.long_phrase_per_1000_words
        if not is_named and (count < options.min_count or rate < options.min_per_1000_words) and not long_phrase:
            continue
        if name_words < 0 and (count < options.full_name_count or rate < options.full_name_per_1000_words):
            continue  # a long name alone
        if name_words > 0 and (count < options.named_count or rate < options.named_per_1000_words):
            if name_words < 2 or count < options.long_named_count or rate < options.long_named_per_1000_words:
                continue
        block, start, end, _ = first_seen[gram]
        if any(
            (" ".join(gram) in " ".join(longer) or " ".join(longer) in " ".join(gram)) and is_named == (longer in named)
            for longer in reported
        ):
            continue  # "security guarantees" and "security guarantees ukraine" are one finding; a name's keyword is its own
        if name_words < 0 and any(named.get(longer, 0) < 0 and set(zip(gram, gram[1:])) & set(zip(longer, longer[1:])) for longer in reported):
            continue  # "harlow valley youth" and "valley youth soccer" are one long name
        if any(block.index == other and start < other_end and other_start < end for other, other_start, other_end in spans):
            continue  # "heat pump" and "pump rebates" where they first stand together are one finding
        reported.append(gram)
        spans.append((block.index, start, end))
        phrase = " ".join(gram)
        dense = count >= options.warning_count and rate >= options.warning_per_1000_words
        heavy = count >= options.heavy_count and rate >= options.heavy_per_1000_words
        severity = Severity.WARNING if (dense or heavy) and not is_named else Severity.INFO
        yield Hit(start, end, {"phrase": phrase, "count": count, "rate": f"{rate:.1f}"}, severity=severity, block=block)


# ---------------------------------------------------------------------------
# repeated-opener


@dataclass(frozen=True)
class OpenerOptions:
    min_count: int = 3
    warning_count: int = 4
    #: Openers that are tells even three times; others need ``warning-count``.
    stock_openers: tuple[str, ...] = ("additionally", "furthermore", "moreover", "notably", "ultimately", "overall", "in addition", "importantly", "consequently", "conversely", "similarly")


_OPENER = re.compile(r"^\s*((?:[A-Z][a-z]+)(?: [a-z]+){0,2}),")


def check_openers(document: Document, options: OpenerOptions) -> Iterator[Hit]:
    by_opener: dict[str, list[Sentence]] = defaultdict(list)
    for sentence in document.sentences:
        if sentence.block.kind not in _BODY:
            continue
        match = _OPENER.match(sentence.text)
        if match and len(match.group(1).split()) <= 2:
            by_opener[match.group(1).lower()].append(sentence)
    for opener, sentences in by_opener.items():
        if len(sentences) < options.min_count:
            continue
        stock = opener in options.stock_openers
        if not stock and len(sentences) < options.warning_count:
            continue
        third = sentences[options.min_count - 1]
        severity = Severity.WARNING if stock or len(sentences) >= options.warning_count else Severity.INFO
        yield Hit(third.start, third.start + len(opener), {"opener": third.text[: len(opener)], "count": len(sentences)}, severity=severity, block=third.block)


# ---------------------------------------------------------------------------
# takeaway-restates


@dataclass(frozen=True)
class TakeawayOptions:
    headings: tuple[str, ...] = (
        r"key\s+takeaways?", r"takeaways?", r"key\s+points", r"summary", r"in\s+summary", r"tl;?dr", r"the\s+bottom\s+line",
        r"(?:[\w'’-]+\s+){0,3}highlights(?:\s+(?:of|from|for)\s+the\s+(?:[\w'’-]+\s+)?(?:period|quarter|year|half|season|report|week|month|results))?",
        r"at\s+a\s+glance",
    )
    overlap: float = 0.7
    figure_overlap: float = 0.6
    anchor_overlap: float = 0.5
    #: A bullet with no figure, and no name the sentence lacks, that shares this many content words with one
    #: body sentence, at ``words-overlap`` of its terms, tells that sentence again in other words.
    shared_words: int = 5
    words_overlap: float = 0.5
    min_content_words: int = 4

    def __post_init__(self) -> None:
        try:
            re.compile(rf"^(?:{'|'.join(self.headings)})\s*:?$")
        except re.error as error:
            raise ValueError(f"invalid heading pattern: {error}") from None


def check_takeaways(document: Document, options: TakeawayOptions) -> Iterator[Hit]:
    """Bullets under a takeaways heading ("Key Takeaways", "Quarter Highlights") compared, by the
    terms restated-point compares (stems, the paraphrase lexicon's folds, figures however
    written), with each body sentence and each paragraph taken whole. A bullet restates the body
    when ``overlap`` of its terms stand in one of them; when it gives that sentence's figure
    again with ``figure-overlap`` of its terms ("Member farms received an average pay price of
    $19.85 per hundredweight" after "paid its member farms an average of $19.85 per
    hundredweight"); when every figure of a bullet of two or more stands in one sentence
    ("Revenue up 31% to £48.3m"); or when three of the names and figures it gives do, with
    ``anchor-overlap`` of its terms ("Brackenfield Lodge in Haddleston has been downgraded after
    inspectors visited in March"); or when a bullet with no figure, and no name the sentence lacks, shares
    ``shared-words`` content words with one sentence at ``words-overlap`` ("Lunch debt is the shortfall between
    meals served and meals paid for, on each student's account" after "Lunch debt builds up when a
    student takes a meal their account cannot pay for")."""
    heading = re.compile(rf"^(?:{'|'.join(options.headings)})\s*:?$", re.IGNORECASE)
    if not any(block.kind is BlockKind.HEADING and heading.match(block.text.strip()) for block in document.blocks):
        return  # no takeaways section: nothing to compare, so no body to read
    # each body sentence, and each paragraph of several sentences as a whole: a bullet often
    # condenses a paragraph ("Net income climbed to $6.2 million on stronger loan yields" from a
    # sentence with the figures and the next with the reasons)
    body: list[tuple[Sentence, frozenset[str]]] = []
    in_takeaways = False
    for block in document.blocks:
        if block.kind in (BlockKind.HEADING, BlockKind.HEADLINE):
            in_takeaways = bool(heading.match(block.text.strip()))
        elif not in_takeaways:
            sentences = [(sentence, point(document, sentence).terms) for sentence in document.sentences_of(block)]
            body.extend(sentences)
            if block.kind is BlockKind.PARAGRAPH and len(sentences) > 1:
                body.append((sentences[0][0], frozenset().union(*(bag for _, bag in sentences))))
        elif block.kind is BlockKind.LIST_ITEM and body:
            points = [point(document, sentence) for sentence in document.sentences_of(block)]
            item = frozenset().union(*(p.terms for p in points))
            figures = {term for term in item if term.startswith("#")}
            if len(item) < options.min_content_words and len(figures) < 2:
                continue
            sentence, bag = max(body, key=lambda entry: containment(item, entry[1]))
            share = containment(item, bag)
            shared = item & bag
            names = {form for p in points for token in p.tokens for form in token[1]}
            anchors = (figures | names) & shared
            shared_figures = figures & shared
            if (
                share >= options.overlap
                or (shared_figures and len(shared) - len(shared_figures) >= 3 and share >= options.figure_overlap)
                or (len(figures) >= 2 and figures <= shared and len(shared) > len(figures))
                or (len(anchors) >= 3 and share >= options.anchor_overlap)
                or (not figures and names <= shared and len(shared) >= options.shared_words and share >= options.words_overlap)
            ):
                yield Hit(block.start, block.end, {"body_line": _line(document, sentence.block, sentence.start)}, block=block, source_offsets=True)


DUPLICATE = Kind("duplicate-passage", DuplicateOptions, check_duplicates, "Report sentences that repeat an earlier one, exactly or nearly.")
OVERUSED = Kind("overused-phrase", OverusedOptions, check_overused, "Report content phrases used far more often than a story needs.")
OPENERS = Kind("repeated-opener", OpenerOptions, check_openers, "Report a transition word that starts many sentences.")
TAKEAWAYS = Kind("takeaway-restates", TakeawayOptions, check_takeaways, "Report summary bullets that only restate the body.")
