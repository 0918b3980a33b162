"""Direct quotations and whether a named speaker is attributed.

Text inside a direct quotation attributed to a named speaker is reporting:
when a story quotes an official saying "experts say the levee will hold", the
phrase is evidence, not the writer's padding. This module finds quoted spans
(curly or straight double quotes, paired within a block) and looks around each
one for an attribution: an attribution verb next to a capitalized name, a
person known by their office, or a pronoun ("said Ana Ruiz", "Ruiz told
reporters", "the mayor said", "she said"). Generic subjects ("experts say",
"critics argue") do not count: they are exactly the unattributed claims
another family reports. Nor does a body named only by what it is ("the
company said", "the firm said in a statement", "according to the agency"),
or an unfilled slot ("said {{spokesperson_name}}"): that is speech, so never a
mention, but nobody named answers for it. A named body ("Acme Corp. said",
"the Harbor Authority said") is a speaker.

A quotation that nobody speaks can still be reporting: a *mention*, words
the sentence holds up as an example or as evidence ("several comments began
"Certainly! Here's..."", "the phrase "as an AI language model" appears in 12
papers", a quoted title). A quotation is a mention when it is not speech (no
attribution verb next to it, not even to an unnamed "company" or an unfilled
"[Name]") or is what software said ("the bot replied: "I hope this helps!""),
is at most ``MENTION_MAX_WORDS`` long, and its sentence has at
least ``MENTION_MIN_OWN_WORDS`` words of the writer's own outside quotation
marks. A paragraph or sentence that is one quotation with nothing around it
is pasted text, not a mention.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from lint_news.blocks import Block, BlockKind, Quotation
from lint_news.compiled_regex import compile_re
from lint_news.lazy import LazyPattern

if TYPE_CHECKING:
    from lint_news.document import Document


#: How far either side of a quotation an attribution is looked for (characters).
ATTRIBUTION_WINDOW = 160

_QUOTE_PAIRS = re.compile(r"“(?P<curly>[^“”]{1,3000})”|\"(?P<straight>[^\"]{1,3000})\"")
#: Single quotation marks, for mentions only (British style, quotes in headlines): a pair
#: opens after a non-letter and closes before one, so apostrophes ("don’t") do not close it.
#: (The mark comes first and the look-behind after it, over the mark too, so that ``re`` scans
#: for the two marks rather than trying the look-behind at every character.)
_SINGLE_PAIRS = LazyPattern(r"[‘'](?<![\w’'][‘'])(?P<single>[^‘’'\n]{1,600}?(?:[’'][^\W_][^‘’'\n]{0,600}?){0,8})[’'](?![^\W_])")
_VERBS = (
    r"said|says|say|told|tells|added|adds|asked|asks|wrote|writes|explained|explains|stated|states|"
    r"noted|notes|argued|argues|recalled|recalls|insisted|insists|warned|warns|tweeted|posted|"
    r"replied|replies|continued|continues|testified|testifies|acknowledged|acknowledges|"
    r"admitted|admits|announced|announces|declared|declares|confirmed|confirms|predicted|"
    r"remarked|observed|commented|conceded|concedes|shouted|whispered|joked|laughed|agreed|"
    r"cautioned|urged|urges|pointed out|points out|went on"
)
_NAME = r"(?:[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|de|da|van|von|al|bin|la|le)){0,4})"
_PRONOUN = r"(?:he|she|they|He|She|They|we|We|I)"
#: A person known by the office they hold, opening a sentence: "The mayor said: "..."" (a body, such as
#: "The company said", is no speaker there: its quotation is the writer's to answer for).
_OFFICIAL = r"The\s+(?:[a-z]+\s+){0,2}(?:spokesperson|spokesman|spokeswoman|prosecutor|mayor|governor|minister|president|chief|director|judge|coach|manager|official)"
#: Bodies: an organisation named only by what it is ("the company", "the firm", "the agency").
#: Its words are speech (never a mention), but nobody named speaks them: a quotation of "the
#: company said" is the writer's to answer for, as an unfilled "{{name}}" slot's is.
_BODIES = (
    "ministry|department|agency|company|firm|business|council|court|police|statement|office|commission|board|union|"
    "authority|district|association|organi[sz]ation|group|institute|utility|bank|retailer|chain|brand|startup|"
    "university|school|hospital|clinic|airline|manufacturer|provider|operator|administration|government|campaign|"
    "city|county|town|village|state|team|club|network"
)
_ROLE = rf"(?:the\s+)?(?:[a-z]+\s+){{0,3}}(?:{_BODIES}|spokesperson|spokesman|spokeswoman|prosecutor|mayor|governor|minister|president|chief|director|judge|coach|manager|official)"
_BODY = compile_re(rf"(?:(?:the|a|an|its|our|their)\s+)?(?:[a-z][\w-]*\s+){{0,3}}(?:{_BODIES})")

#: A mention needs this many of the writer's own words in its sentence, outside quotation marks.
MENTION_MIN_OWN_WORDS = 3
#: A quotation longer than this (words) is a pasted passage, never a mention.
MENTION_MAX_WORDS = 60

_AFTER = LazyPattern(
    rf"[\s,–—-]*(?:(?P<verb1>{_VERBS})\s+(?P<name1>(?:the\s+)?{_NAME}|{_ROLE})|(?P<name2>(?:the\s+)?{_NAME}|{_PRONOUN}|{_ROLE})\s+(?P<verb2>{_VERBS}))\b"
)
_BEFORE = LazyPattern(  # the speaker starts a word: "the app warned" is not "he ... warned"
    rf"(?:(?<![\w'’])(?P<name1>{_OFFICIAL}|{_NAME}|{_PRONOUN}|{_ROLE})\s+(?:\w+\s+){{0,2}}?(?P<verb1>{_VERBS})\b[^.“”\"]{{0,60}}?|[Aa]ccording\s+to\s+(?P<name2>(?:the\s+)?{_NAME}|{_ROLE})[^.“”\"]{{0,40}}?)[,:]?\s*$"
)

# Speech by anyone, named or not: a generic crowd, an unfilled slot ("said [Name]").
_SLOT = r"(?:\[[^\[\]\n]{1,40}\]|\{\{[^{}\n]{1,40}\}\})"
_CROWD = (
    r"(?:(?:many|some|most|several|other|local|industry|company|city|state|federal)\s+)?"
    r"(?:experts?|critics?|analysts?|observers?|officials?|sources?|residents?|researchers?|scientists?|"
    r"commentators?|supporters?|opponents?|insiders?|representatives?|executives?|spokes(?:person|man|woman))"
)
_ANYONE = rf"(?<![\w'’])(?:{_NAME}|{_PRONOUN}|{_ROLE}|{_SLOT}|{_CROWD})"
#: Verbs that introduce speech, for telling speech from mentions: the attribution verbs and
#: their participles ("stating, "..."") and the ways a statement "read".
_SPEECH_VERBS = (
    rf"{_VERBS}|saying|stating|adding|noting|explaining|writing|telling|asking|declaring|insisting|warning|"
    r"arguing|emphasi[sz]ing|emphasi[sz]ed|stressing|stressed|elaborated|elaborating|expressed|expressing|"
    r"reiterated|reiterating|responded|responding|mentioned|voiced|affirmed|assured|assuring|read|reads|"
    r"answered|answers|answering"
)
_SPEECH_AFTER = LazyPattern(
    rf"[\s,–—-]*(?:(?:{_SPEECH_VERBS})\s+{_ANYONE}|{_ANYONE}(?:\s*,[^,.;\n“”\"]{{1,80}},)?\s+(?P<verb>{_SPEECH_VERBS})\b)"
)
_SPEECH_BEFORE = LazyPattern(  # the verb's own clause: no full stop, comma or other quotation in between
    rf"(?:{_ANYONE}\s+(?:\w+\s+){{0,2}}?(?P<verb>{_SPEECH_VERBS})\b[^.,;“”\"]{{0,60}}?|[Aa]ccording\s+to\b[^.,;“”\"]{{1,60}}?)[,:]?\s*$"
)
# A speech verb right next to the quotation ("Pask said: "...", "..." said), or ending a clause
# that a colon closes ("explained the change: "..."), is speech whoever the subject is, unless
# the subject is a piece of text ("one comment says "..."" is a mention).
_VERB_BEFORE = LazyPattern(rf"(?<![\w'’])(?P<verb>{_SPEECH_VERBS})(?:\s*,?|\b[^.;“”\"]{{0,80}}?:)\s*$")
_LAST_WORD = re.compile(r"([^\W\d_]+)(?:\s+(?:that|which|also|still|then|now|only|even))*\s+$")
_VERB_AFTER = LazyPattern(rf"[\s,–—-]*(?:{_SPEECH_VERBS})\b")
_TEXT_NOUNS = (
    r"(?:comment|letter|e-?mail|post|paper|message|reply|replies|response|review|essay|notice|sign|text|document|"
    r"submission|entry|entries|article|abstract|passage|paragraph|sentence|line|caption|headline|title|label|note|page|"
    r"footnote|endnote|brief|filing|chapter|section|transcript|script|draft|memo|tweet|slide|form|sticker|banner)s?"
)
_TEXT_NOUN = LazyPattern(_TEXT_NOUNS, re.IGNORECASE)
_TEXT_INTRO = LazyPattern(
    # the noun, where it stands ("a footnote on page 12"), then the verb: "A footnote on page 12 reads: "...""
    rf"\b(?:{_TEXT_NOUNS})(?:\s+(?:on|in|at|of|from)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+|his\s+|her\s+|our\s+|my\s+)?(?:[\w'’-]+\s+){{0,2}}[\w-]+(?:\s+\d+)?)?,?\s+(?:that\s+|which\s+)?(?:all\s+|each\s+|often\s+)?"
    r"(?:began|begin|begins|started|start|starts|opened|open|opens|ended|end|ends|closed|close|closes|"
    r"read|reads|said|says|stated|states|contained|contain|contains|included|include|includes)(?:\s+(?:with|by))?"
    r"(?:,?\s+(?:in\s+part|in\s+full|verbatim|simply|in\s+its\s+entirety))?\s*[,:]?\s*$",
    re.IGNORECASE,
)
#: A piece of text as the object of reading or showing, the colon closing the clause: "a voice reads
#: its reply exactly as she received it:", "the screen displayed the message:".
_TEXT_SHOWN = LazyPattern(
    rf"\b(?:read|reads|reading|recited|recites|quoted|quotes|quoting|showed|shows|showing|displayed|displays|displaying|"
    rf"printed|prints|posted|posts|shared|shares)\s+(?:out\s+)?(?:the\s+|its\s+|his\s+|her\s+|their\s+|a\s+|an\s+|one\s+)?"
    rf"(?:[\w'’-]+\s+){{0,2}}?(?:{_TEXT_NOUNS})\b[^.;“”\"]{{0,60}}?:\s*$",
    re.IGNORECASE,
)
#: "One, read to the court, said:": a bare "one" or "another" whose noun, a piece of text, the
#: sentences before name ("drafts of text messages").
_BARE_ONE = LazyPattern(r"(?:^|[.!?]\s+|;\s+)(?:One|Another|The\s+(?:first|second|third|last|other|next))\b(?:\s*,[^,.;“”\"]{1,60},)?,?\s+$")

#: What _BEFORE and _SPEECH_BEFORE need in their window: a verb after a space, with none of
#: ``.“”"`` from there to the window's end (their verb's clause holds none), or "ccording to".
#: A window with neither cannot match, and those long expressions need not be tried at every
#: character of it.
_BEFORE_VERB = LazyPattern(rf"\s(?:{_VERBS})\b")
_SPEECH_BEFORE_VERB = LazyPattern(rf"\s(?:{_SPEECH_VERBS})\b")


def _may_end_clause(verb: LazyPattern, text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds what _BEFORE (``verb`` _BEFORE_VERB) or _SPEECH_BEFORE
    (_SPEECH_BEFORE_VERB) needs to match there: False only where it cannot."""
    return _clause_start(verb, text, start, end) is not None


def _clause_start(verb: LazyPattern, text: str, start: int, end: int) -> int | None:
    """None where _may_end_clause is False; else, for _BEFORE, where in ``text[start:end]`` its
    search may begin and find what it finds from ``start``.

    No match of _BEFORE starts before the "ccording" of its second branch, or, in its first,
    before the seventh word (run of non-spaces) ahead of its verb: the speaker (a name, pronoun
    or role, five words at most, none with a space inside) and two more words. The first verb
    after a space with no full stop or quotation mark after it comes before any verb a match ends
    with, so eight words ahead of that one no match has started yet."""
    according = text.find("ccording", start, end)
    clause = max(start, text.rfind(".", start, end) + 1, text.rfind("“", start, end) + 1, text.rfind("”", start, end) + 1, text.rfind('"', start, end) + 1)
    found = verb.search(text, clause, end)
    if found is None:
        return None if according < 0 else max(start, according - 1)
    before = text[start : found.start() + 1].rsplit(None, 8)
    first = start + len(before[0]) if len(before) == 9 else start
    return first if according < 0 else min(first, max(start, according - 1))


_SENTENCE_END = re.compile(r"[.!?](?=[\s\0]|$)")
_OWN_WORD = re.compile(r"[^\W_]+")

#: Capitalized words that are not names: sentence-initial function words and
#: the anonymous crowd of unattributed claims.
_NOT_NAMES = frozenset(
    """
    the a an this that these those it its there here some many most several few others other
    experts expert critics critic analysts analyst observers observer officials sources source
    people residents researchers scientists studies study reports report commentators
    supporters opponents insiders everyone someone nobody one and but or so yet also
    summary article text source
    """.split()
)


#: A name a few lower-case title words after a body noun ("said council member Ada Pryce").
_TITLED = compile_re(rf"(?:\s+[a-z]+){{0,2}}\s+(?P<name>{_NAME})")
#: A name after the verb and a title of one to three lower-case words ("said organizer Dana Price",
#: "said longtime board member Ana Ruiz"); the words may not be ones that start a phrase of
#: their own ("said on Tuesday", "said in Harlow", "said that Ruiz").
_VERB_TITLED = compile_re(
    rf"[\s,–—-]*(?:{_VERBS})(?:\s+(?!(?:on|in|at|to|for|with|by|from|after|before|during|that|the|a|an|this|last|next|of|and|but|while|when|as|it|its|he|she|they|we|then|later|earlier|again|also|only|just|today|yesterday|tonight)\b)[a-z][a-z-]*){{1,3}}\s+(?P<name>{_NAME})"
)
#: Capitalized words that date a statement rather than name its speaker ("said the agency on Tuesday").
_CALENDAR = frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August "
    "September October November December Jan Feb Mar Apr Jun Jul Aug Sept Sep Oct Nov Dec".split()
)


def _speaker(candidate: str | None) -> str | None:
    """The named speaker ``candidate`` is, or None: a crowd ("experts"), a bare body ("the company")."""
    if not candidate:
        return None
    words = candidate.split()
    meaningful = [word for word in words if word.strip(".,'’").lower() not in _NOT_NAMES]
    if not meaningful or _BODY.fullmatch(candidate.strip()):
        return None
    return candidate.strip()


def _attribution(block: Block, start: int, end: int) -> str | None:
    text = block.text
    after = _AFTER.match(text, end + 1, min(len(text), end + 1 + ATTRIBUTION_WINDOW))
    if after and after.group("verb2") and _next_sentence_says(text, start, end, after.end("verb2")):
        after = None  # "...in class." She posted a photo: the next sentence, not this quotation's speaker
    if after:
        speaker = _speaker(after.group("name1") or after.group("name2"))
        if speaker:
            return speaker
        titled = after.group("name1") and _TITLED.match(text, after.end("name1"), min(len(text), after.end("name1") + 60))
        if titled and titled.group("name").split()[0].strip(".") not in _CALENDAR:
            return titled.group("name")  # "said council member Ada Pryce": a title before the name, not a body
    if after is None or not after.group("name1"):
        titled = _VERB_TITLED.match(text, end + 1, min(len(text), end + 1 + ATTRIBUTION_WINDOW))
        if titled and titled.group("name").split()[0].strip(".") not in _CALENDAR:
            return titled.group("name")  # "said organizer Dana Price": a title of the speaker's own
    window = max(0, start - 1 - ATTRIBUTION_WINDOW)
    clause = _clause_start(_BEFORE_VERB, text, window, max(0, start - 1))
    before = None if clause is None else _BEFORE.search(text, clause, max(0, start - 1))
    if before:
        return _speaker(before.group("name1") or before.group("name2"))
    return None


def is_speech(text: str, start: int, end: int) -> bool:
    """Whether an attribution verb with any speaker, named or not, stands next to the quotation.

    A quotation that a piece of text introduces ("messages that began "Certainly!..."") is
    that text, held up as evidence, whoever reads it out earlier in the sentence."""
    if _TEXT_INTRO.search(text, max(0, start - 1 - 80), max(0, start - 1)) or _TEXT_SHOWN.search(text, max(0, start - 1 - 120), max(0, start - 1)):
        return False
    after = min(len(text), end + 1 + ATTRIBUTION_WINDOW)
    if _VERB_AFTER.match(text, end + 1, after):
        return True
    verb = _SPEECH_AFTER.match(text, end + 1, after)
    if verb and not (verb.group("verb") and _spoken_by_text(text, verb.start("verb"))) and not _next_sentence_says(text, start, end, verb.end()):
        return True
    verb = _VERB_BEFORE.search(text, max(0, start - 1 - 100), max(0, start - 1))
    if verb and not _spoken_by_text(text, verb.start("verb")):
        return True
    window = max(0, start - 1 - ATTRIBUTION_WINDOW)
    if not _may_end_clause(_SPEECH_BEFORE_VERB, text, window, max(0, start - 1)):
        return False
    verb = _SPEECH_BEFORE.search(text, window, max(0, start - 1))
    return bool(verb) and not (verb.group("verb") and _spoken_by_text(text, verb.start("verb")))


def _next_sentence_says(text: str, start: int, end: int, verb_end: int) -> bool:
    """Whether the speech verb after a quotation opens the next sentence's own statement: the
    quotation ends with its full stop and the verb goes on into a clause (``"...standards."
    Lowe said the two fields are...``), where an attribution ends (``"..." Lowe said.``)."""
    quoted = text[start:end].rstrip()
    if not quoted.endswith((".", "!", "?")):
        return False
    if quoted.endswith("?") and text[:verb_end].endswith(("asked", "asks")):
        return False  # ""Is there anything else?" the judge asked the foreman": whom she asked, not a new statement
    return bool(_CLAUSE_AFTER_VERB.match(text, verb_end))


#: What follows a verb that opens a statement of its own: a word, not the end of an attribution.
_CLAUSE_AFTER_VERB = compile_re(r"\s+(?:that\s+)?(?!on\b|in\b|at\b|during\b|after\b|before\b|last\b|this\b|yesterday\b|today\b|tonight\b|monday|tuesday|wednesday|thursday|friday|saturday|sunday)[a-z]")


#: Subjects that are software: what a chatbot, an app or a model "replied" is its output, shown as
#: evidence ("The bot replied: "Great question! ..."), as a piece of text is. "assistant" alone is
#: a person's job; an AI, virtual or chat assistant is not.
_MACHINE_SUBJECT = LazyPattern(
    r"(?<![\w'’])(?:(?:chat)?bots?|chatbots?|(?:AI|virtual|digital|voice|chat)\s+assistants?|(?:language\s+)?models?|"
    r"apps?|software|tool|generator|algorithm|AI|(?:the\s+)?system|"
    r"(?:synthetic|synthesi[sz]ed|computer(?:i[sz]ed)?|robotic|automated|recorded|artificial|AI|digital)\s+(?:[a-z]+\s+)?voices?)"
    r"(?:\s+(?:that|which|also|still|then|now|only|even))*\s+$",
    re.IGNORECASE,
)


#: "it" as the subject of a speech verb is software when the block names software ("The
#: assistant ... When she asks, it answers: "..."); a company's "it said" names none.
_IT_SUBJECT = re.compile(r"(?<![\w'’])it\s+$", re.IGNORECASE)
_SOFTWARE = LazyPattern(r"(?<![\w'’])(?:(?:chat)?bots?|chatbots?|assistants?|(?:language\s+)?models?|apps?|software|algorithms?|AI)(?![\w'’])", re.IGNORECASE)


def _spoken_by_machine(text: str, start: int, machines: Callable[[], frozenset[str]] = frozenset) -> bool:
    """Whether the speech verb nearest before the quotation has a piece of software for its
    subject ("the bot replied:", "the county's chatbot answered:", "it answers:" where the block
    is about an assistant)."""
    window_start, end = max(0, start - 1 - 100), max(0, start - 1)
    verb = None
    while found := _VERB_BEFORE.search(text, window_start, end):  # the last verb whose clause the colon closes
        verb, window_start = found, found.end("verb")
    if verb is None:
        return False
    at = verb.start("verb")
    if _MACHINE_SUBJECT.search(text, max(0, at - 40), at):
        return True
    subject = _LAST_WORD.search(text, max(0, at - 40), at)
    if subject and subject.group(1).lower() in machines():
        return True  # "the tutor replied:" in a story about an AI tutor
    return bool(_IT_SUBJECT.search(text, max(0, at - 10), at)) and bool(_SOFTWARE.search(text))


def _spoken_by_text(text: str, verb: int) -> bool:
    """Whether the subject of the verb at ``verb`` is a piece of text ("the letter says", "a post that
    said", "One, read to the court, said" after "drafts of text messages")."""
    subject = _LAST_WORD.search(text, max(0, verb - 40), verb)
    if subject and _TEXT_NOUN.fullmatch(subject.group(1)):
        return True
    one = _BARE_ONE.search(text, max(0, verb - 80), verb)
    return bool(one) and bool(_TEXT_NOUN.search(text, max(0, one.start() - 200), one.start() + 1))


class _OwnText:
    """The writer's own words of a block: its text with each quotation, marks included, blanked out.

    Sentence ends and word starts are indexed once, so asking how many own
    words surround a quotation costs a binary search, however many quotations
    the block holds.
    """

    def __init__(self, text: str, spans: list[tuple[int, int]]) -> None:
        self.text = text
        masked = _masked(text, spans)
        self._ends = [match.end() for match in _SENTENCE_END.finditer(masked)]
        self._words = [match.start() for match in _OWN_WORD.finditer(masked)]

    def words_around(self, start: int, end: int) -> int:
        """Own words in the sentence around the quotation ``text[start:end]``.

        Sentence ends inside quotations do not count. A quotation that ends
        with its own full stop and is followed by a new sentence (or nothing)
        ends its sentence.
        """
        before = bisect.bisect_right(self._ends, max(0, start - 1)) - 1
        left = self._ends[before] if before >= 0 else 0
        following = self.text[end + 1 : end + 40].lstrip()
        if self.text[start:end].rstrip().endswith((".", "!", "?")) and (not following or following[0].isupper()):
            right = end
        else:
            after = bisect.bisect_right(self._ends, end + 1)
            right = self._ends[after] if after < len(self._ends) else len(self.text)
        return bisect.bisect_left(self._words, right) - bisect.bisect_left(self._words, left)


def _masked(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with each quotation, its marks included, blanked out: what is left is the writer's own."""
    parts, cursor = [], 0
    for start, end in spans:
        parts.append(text[cursor : start - 1])
        parts.append("\0" * (end - start + 2))
        cursor = end + 1
    parts.append(text[cursor:])
    return "".join(parts)


#: Blocks whose quotations are titles and display text, not reporting: they are left out of
#: :func:`find_quotations` (quote counts, attribution), but can still hold a mention.
_DISPLAY = (BlockKind.HEADLINE, BlockKind.HEADING)


def _pairs(text: str) -> list[tuple[int, int]]:
    found = []
    for match in _QUOTE_PAIRS.finditer(text):
        group = "curly" if match.group("curly") is not None else "straight"
        found.append((match.start(group), match.end(group)))
    return found


def _block_quotations(block: Block, machines: Callable[[], frozenset[str]] = frozenset) -> list[Quotation]:
    text = block.text
    found = _pairs(text)
    if not found:
        return []
    own = _OwnText(text, found)
    quotations: list[Quotation] = []
    for start, end in found:
        speaker = _attribution(block, start, end)
        if speaker is None and quotations and quotations[-1].speaker and _CONTINUES.fullmatch(text, quotations[-1].end + 1, start - 1):
            speaker = quotations[-1].speaker  # "...," she said. "...": the same speaker goes on
        quotations.append(Quotation(block, start, end, speaker, speaker is None and _is_mention(own, start, end, machines)))
    return quotations


#: Between two quotations, only the first one's attribution (or nothing): the second goes on in
#: the same voice ("...," she said. "..."; "...," Ruiz said, adding: "...").
_CONTINUES = LazyPattern(
    rf"[\s,–—-]*(?:(?:{_VERBS})\s+(?:the\s+)?{_NAME}|(?:(?:the\s+)?{_NAME}|{_PRONOUN})\s+(?:{_VERBS}))?"
    r"(?:[\s,]+(?:and\s+|then\s+)?(?:added|adding|continued|continuing|went\s+on))?\s*[.,:;]?\s*"
)


def _single_quoted_mentions(block: Block) -> list[Quotation]:
    """Mentions in single quotation marks outside any double-quoted span ("the phrase ‘I hope this helps’")."""
    text = block.text
    if "‘" not in text and "'" not in text:
        return []  # every single-quoted pair opens with one of these
    doubles = _pairs(text)
    singles = [
        (match.start("single"), match.end("single"))
        for match in _SINGLE_PAIRS.finditer(text)
        if not any(start - 1 <= match.start() < end + 1 for start, end in doubles)
    ]
    if not singles:
        return []
    own = _OwnText(text, sorted(doubles + singles))
    return [
        Quotation(block, start, end, None, True)
        for start, end in singles
        if _attribution(block, start, end) is None and _is_mention(own, start, end)
    ]


def find_quotations(document: Document) -> list[Quotation]:
    """The direct quotations of the body (headlines and headings left out), in order."""
    # the software nouns are worked out only if some speaker may be software
    return [quotation for block in document.blocks if block.kind not in _DISPLAY for quotation in _block_quotations(block, lambda: document.software_nouns)]


#: A noun the article names as software: "an AI homework tutor", "the virtual assistant", "a chatbot agent".
_MACHINE_NOUN = LazyPattern(r"(?<![\w'’])(?:AI|A\.I\.|virtual|chatbot|automated|robot|digital)[\s-]+(?:[a-z]+(?:-[a-z]+)*\s+)?([a-z]{3,})\b(?!-)")


def machine_nouns(document: Document) -> frozenset[str]:
    """The nouns ``document`` uses for software ("an AI homework tutor": "tutor", "an automated
    ticket-help assistant": "assistant"), so that what "the tutor replied" is the software's
    output, shown as evidence."""
    return frozenset(match.group(1).lower() for block in document.blocks for match in _MACHINE_NOUN.finditer(block.text))


def find_mentions(document: Document) -> list[Quotation]:
    """Every quoted mention, headlines and headings included ("Why "As an AI language model" ended up in print")."""
    display = [q for block in document.blocks if block.kind in _DISPLAY for q in _block_quotations(block, lambda: document.software_nouns)]
    # a subhead that is one quotation holds up someone's words as a title: "## "Certainly! Here's what you need to know""
    display += [Quotation(block, 0, len(block.text), None, mention=True) for block in document.blocks if block.kind in _DISPLAY and _WHOLE_QUOTATION.fullmatch(block.text)]
    single = [q for block in document.blocks for q in _single_quoted_mentions(block)]
    shown = _introduced_block_quotes(document)
    return sorted((q for q in [*document.quotations, *display, *single, *shown] if q.mention), key=lambda q: (q.block.index, q.start))


#: A paragraph that introduces the block quote after it as someone's words: "the assistant
#: replied:", "The email read, in part:", "One comment began:".
#: The verb stands at the colon ("replied:", "read, in part:"); "Here is the article you asked for:"
#: is a chatbot's preamble, not an introduction.
_INTRODUCES = LazyPattern(
    rf"\b(?:{_SPEECH_VERBS}|began|begins|opened|opens|included|includes|responded|answered|answers|generated|produced|returned)"
    r"(?:,?\s+(?:in\s+part|in\s+full|as\s+follows|verbatim|simply|in\s+its\s+entirety))?,?\s*:\s*$"
)


#: ... or that names what follows as a piece of someone's text, at the colon: "still began with the
#: chatbot's own reply:", "a parent forwarded the tutor's full answer:", "the post carried this message:".
#: Not when the paragraph opens with "here" or "below", or speaks to "you": that is a preamble.
_INTRODUCES_TEXT = LazyPattern(
    r"\b(?:the|its|their|his|her|this|that|one|[a-z]+['’]s)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:reply|replies|response|answer|message|output|wording|words|line|lines|passage|opening|preamble|sign-off|email|post|comment|caption|note)\s*:\s*$",
    re.IGNORECASE,
)
_PREAMBLE_START = LazyPattern(r"\s*(?:here|below|following)\b|.*\byou\b", re.IGNORECASE)


def _introduces(paragraph: Block) -> bool:
    if paragraph.kind not in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM):
        return False
    text = paragraph.text
    return bool(_INTRODUCES.search(text)) or (bool(_INTRODUCES_TEXT.search(text)) and not _PREAMBLE_START.match(text))


def _introduced_block_quotes(document: Document) -> list[Quotation]:
    """Block quotes the paragraph before them introduces as someone's words, whole: a chatbot's
    reply set off under "the assistant replied:" is evidence the story shows, not the writer's
    text; so is a paragraph that is one quotation under such an introduction."""
    shown: list[Quotation] = []
    introduced = False
    previous: Block | None = None
    for block in document.blocks:
        if block.kind is BlockKind.BLOCKQUOTE:
            if previous is not None and previous.kind is not BlockKind.BLOCKQUOTE:
                introduced = _introduces(previous)
            if introduced:
                shown.append(Quotation(block, 0, len(block.text), None, mention=True))
        elif block.kind is BlockKind.PARAGRAPH and previous is not None and _WHOLE_QUOTATION.fullmatch(block.text) and _introduces(previous):
            shown.append(Quotation(block, 0, len(block.text), None, mention=True))
        previous = block
    return shown


#: A paragraph that is one quotation, from its opening mark to its closing one. Not a bracketed
#: slot in quotation marks ('"[STATEMENT FROM THE CHAIR — TO COME]"'): that holds a place for
#: someone's words, it does not show them.
_WHOLE_QUOTATION = LazyPattern(r'\s*[“"](?!\s*\[[^\]]*\]\s*[”"])[^“”"]+[”"][.]?\s*')


def _is_mention(own: _OwnText, start: int, end: int, machines: Callable[[], frozenset[str]] = frozenset) -> bool:
    if len(own.text[start:end].split()) > MENTION_MAX_WORDS:
        return False
    if is_speech(own.text, start, end) and not _spoken_by_machine(own.text, start, machines):
        return False
    return own.words_around(start, end) >= MENTION_MIN_OWN_WORDS
