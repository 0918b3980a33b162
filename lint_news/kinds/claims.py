"""The ``crowd-claim`` kind: a claim whose only source is an unnamed crowd.

Lists of phrases ("experts say", "critics argue") lose to the next writer, who
credits the view to a crowd the list lacks: "agronomists say", "pros recommend",
"plenty of longtime anglers are convinced". This kind finds the class: a crowd
(a plural noun of people, optionally with adjectives and a quantifier) as the
subject of a verb of speech, belief, feeling, reported experience, reaction,
expectation or advice, or as the holders of a shared view or the source of a
claim ("a sense among many residents that", "according to longtime members").

A crowd's head is a plural noun of people, found in the lexicon ``people``
(residents, members, locals, pros) or by its ending (``person-endings``:
agronom-ists, grow-ers, histor-ians, advis-ors, particip-ants, resid-ents),
unless ``not-people`` lists it (numbers, documents, restaurants, sectors).
Before the head come at most three lower-case modifiers ("longtime", "local",
"consumer") and one of the ``quantifiers`` ("many", "plenty of", "a growing
number of"); the first word of a sentence may be capitalised ("Consumer
advocates say"). Crowds may be joined ("local employers and county officials",
"coders, designers and animators"). Between the crowd and its verb may stand

- a place or field ("growers in the valley", "members of the public",
  "advocates in attendance", "shopkeepers in Lower Marsh"), a relative
  clause ("pensioners who rely on the bus") or the side they take ("people
  opposed to the levy", "residents in favour of the plan"); "those" with a
  relative clause or a side is a crowd too ("those who use the route say",
  "those opposed to the plan contend");
- an aside between commas, dashes or brackets ("residents, meanwhile,",
  "critics, however,", "tenants (most of them on short leases)");
- and, here and between the words of a verb, up to three ``hedges`` ("also",
  "have long", any adverb in -ly: "have gradually come to see").

A crowd is a specific, identified group, and not reported, when

- a capitalised word inside it names whose it is ("Harlow council members",
  "members of the Harlow council", "growers who supply Fenwick Farms"), or a
  possessive does ("the union's members", "its members"); a named place does
  not ("growers in Corrin"), nor a named body when a quantifier makes the crowd
  an unnamed part of it ("some nurses at Veller Valley", "many players who tried
  the demo at the Northfall Expo");
- a determiner, a number, a comparison or a preposition stands before it, or
  before the first of joined crowds ("the residents", "three residents said",
  "more than economists expect", "what critics say", "a survey of employees and
  managers found", "among growers, fear");
- it is the object of a causative verb or of a verb of giving ("made residents
  feel unwelcome", "give people who");
- an aside names someone or the writer (", Ana Ruiz among them,", ", including
  myself,").

A verb outside ``verbs`` makes a reported fact, not a claim: "farmers planted
40 acres" is left alone. ``verbs`` are regular expressions matched
case-insensitively after the crowd (a space in them allows hedges there);
``leads`` are matched before it ("a sense among", "according to"). A crowd
after a lead is named when a capitalised word follows it ("according to
growers at Fenwick Farms").

A source named in the sentence sources its claims, but a source named in an
earlier clause (before ", and", ", but", ";" or a dash) does not source a crowd
that is a later clause's subject: "the festival sold 38,000 tickets, Ortiz
said, and plenty of shop owners credit it" is reported.

Most sentences hold no claim, and the expressions are long (sixty verbs, each
with hedges between its words), so they run only where they may match: the
run's prefilter (:mod:`lint_news.prefilter`) names the blocks that hold a
verb's or a lead's literals; of their sentences, one with no word that may be a
crowd's head is skipped, and in the others each verb whose literals the
sentence holds is searched alone. The claims found are those of the whole
alternation, which in ``re`` tries every verb at every character: LN707 and
LN708 took 2.2 ms an article of the training corpus that way, 0.4 ms this way.

Options:
  verbs                 claim verbs after the crowd ("say", "are convinced",
                        "are expected to (?:push back|object)")
  leads                 words before the crowd that make it a view's holders or
                        a claim's source ("(?:sense|feeling) among", "according to")
  people                plural nouns of people, lower case
  person-endings        endings that make a plural noun of people ("ists", "ers")
  not-people            words with those endings that are not people
  quantifiers           words before a crowd that count it ("many", "plenty of")
  hedges                words allowed between crowd and verb ("also", "long", "[a-z]{3,}ly")
  exceptions            regular expressions; a claim whose whole text matches one is
                        not reported (wire idiom a pack leaves to another rule)
  unless-sentence       regular expressions; a claim is not reported when its
                        sentence (from its clause on) matches one (a source named there)
  unless-next-sentence  regular expressions; nor when the next sentence of the
                        block matches one ("... said Ana Ruiz, an agronomist")

Of the options every rule takes (:mod:`lint_news.shared_options`), this kind
reads paragraphs, list items and block quotes by default and leaves a crowd
inside a quotation attributed to a named speaker alone.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property

from lint_news.blocks import Sentence
from lint_news.document import Document
from lint_news.findings import Hit
from lint_news.kinds import Kind
from lint_news.kinds.pattern import _any, _next_sentence, _TestGaveUp
from lint_news.prefilter import fold, required_literals
from lint_news.shared_options import SharedOptions

#: Words that make the crowd after them a specific group or not a subject at all:
#: determiners and possessives ("the residents", "their members"), comparisons and
#: indirect questions ("than economists expect", "what critics say"), "of"
#: ("a survey of farmers"), a question's auxiliary ("will employees feel"), and
#: causative verbs ("made residents feel").
_SPECIFIC = frozenset(
    "the these those its their our his her my your whose both such each every than as what how whom of "
    "will would do does did can could should shall may might must "
    "make makes made making let lets letting help helps helped helping have has had having leave leaves left leaving "
    "see sees saw seeing watch watched hear heard want wants wanted get gets got getting "
    "give gives gave giving tell tells told telling ask asks asked asking offer offers offered "
    "show shows showed allow allows allowed".split()
)
_NUMBERS = frozenset("one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty dozen".split())
#: Prepositions: a crowd right after one is its object, not a subject ("among growers, fear
#: of frost", "for residents"). A sentence's opening phrase ends at a comma ("In Corrin, growers").
_PREPOSITIONS = frozenset(
    "about above across after against along amid among amongst around at before behind below beneath beside "
    "between beyond by despite during for from in inside into like near of off on onto outside over past per "
    "since through throughout to toward towards under unlike until upon via with within without".split()
)
#: Words that are never a crowd's modifier: they end the walk back from the head.
_FUNCTION = _PREPOSITIONS | frozenset(
    "a an and or but nor yet so while because although though whereas if when where why who which that this there here then than "
    "it he she we they you i me him us them is are was were be been being do does did not no also now still "
    "often even just only already again ever never very too more most less least many some much other others "
    "say says said think thinks believe believes".split()
)
#: How far before its verb a crowd may begin: a head, a place after it and hedges.
_REACH = 120
#: A named body right after a crowd: "growers at Fenwick Farms", "members of the Harlow council".
_NAMED_AFTER = re.compile(r"\s+(?:at|from|with|of|in|for|on)\s+(?:the\s+)?[A-Z]")
#: Prepositions after a crowd whose capitalised object is a place, not a body that names it.
_PLACE_PREPOSITIONS = frozenset("in across around throughout near outside along".split())
#: The crowd before "and" or a comma of a list: "employees and managers", "coders, designers".
_JOINED = re.compile(r"(?<![\w'’-])(?P<word>[a-z][a-z'’-]*[a-z]),?\s+(?:and|or)\s+$", re.IGNORECASE)
_LISTED = re.compile(r"(?<![\w'’-])(?P<word>[a-z][a-z'’-]*[a-z])(?:,?\s+(?:and|or)|,)\s+$", re.IGNORECASE)
_FIRST_PERSON = frozenset("i me my myself we us our ourselves".split())
_WORD_BEFORE = re.compile(r"(\S+)\s*$")
_CLAUSE_END = (",", ";", ":")
#: Where one clause of a sentence ends and another begins.
_CLAUSE = re.compile(r",\s+(?:and|but|while|whereas|yet)\s+|;\s+|\s[—–]\s")
_EDGE = "\"“”‘’'()[]"


@dataclass(frozen=True)
class CrowdOptions:
    verbs: tuple[str, ...] = ()
    leads: tuple[str, ...] = ()
    people: tuple[str, ...] = ()
    person_endings: tuple[str, ...] = ()
    not_people: tuple[str, ...] = ()
    quantifiers: tuple[str, ...] = ()
    hedges: tuple[str, ...] = ()
    exceptions: tuple[str, ...] = ()
    unless_sentence: tuple[str, ...] = ()
    unless_next_sentence: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if not self.verbs and not self.leads:
            raise ValueError("options 'verbs' and 'leads' cannot both be empty")
        if not self.people and not self.person_endings:
            raise ValueError("options 'people' and 'person-endings' cannot both be empty")

    @cached_property
    def _hedge(self) -> str:
        return f"(?:(?:{'|'.join(self.hedges)}),?\\s+){{0,3}}" if self.hedges else ""

    def _spaced(self, source: str) -> str:
        """``source`` with each space standing for spaces and hedges between its words."""
        return source.replace(" ", r"\s+" + self._hedge)

    @cached_property
    def _verbs(self) -> tuple[str, ...]:
        return tuple(self._spaced(verb) for verb in self.verbs)

    @cached_property
    def _leads(self) -> tuple[str, ...]:
        return tuple(self._spaced(lead) for lead in self.leads)

    @cached_property
    def prefilter_keys(self) -> tuple[tuple[str, bool], ...]:
        """Each verb and the leads, as the expressions spell them, for the run's prefilter
        (:mod:`lint_news.prefilter`): a block is read only for the verbs whose literals it
        holds, and only when it holds a verb or a lead."""
        return tuple(dict.fromkeys((source, True) for source in (*self._verbs, *self._leads)))

    @cached_property
    def claim(self) -> re.Pattern[str] | None:
        """A word, a second crowd joined to it, a place, field, relative clause or where it
        lives or works after it ("people living under the flight path"), an aside between
        commas, hedges and a claim verb."""
        if not self.verbs:
            return None
        verbs = "|".join(self._verbs)
        return _compile(
            r"(?<![\w'’-])(?P<head>[a-z][a-z'’-]*[a-z])"
            r"(?P<also>\s+(?:and|or)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+)?"
            r"(?P<post>\s+(?P<side>opposed\s+to|in\s+favou?r\s+of|against|behind|backing|opposing|supporting)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?[\w'’-]+"
            r"|\s+(?P<preposition>in|of|from|across|around|throughout|on|within|at|near|outside|along|with)\s+(?:the\s+)?(?:[\w'’-]+\.?\s+){0,2}?[\w'’-]+"
            r"|\s+who\s+(?:[\w'’-]+\s+){0,9}?[\w'’-]+"
            r"|\s+(?:living|working|based|staying|farming)\s+(?:nearby|locally|(?:in|on|near|under|along|around|across|outside|beside|by|close\s+to)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?[\w'’-]+))?"
            r"(?P<aside>\s*,\s*[^,;:.!?()\"“”\n]{1,40}?,|\s+[—–]\s*[^—–;:.!?()\"“”\n]{1,40}?\s*[—–]|\s+\([^()\n]{1,40}\))?"
            rf"\s+{self._hedge}(?:{verbs})(?![\w'’-])"
        )

    @cached_property
    def verb(self) -> re.Pattern[str] | None:
        """A claim verb alone: where a crowd may stand just before."""
        if not self.verbs:
            return None
        return _compile(rf"(?<![\w'’-])(?:{'|'.join(self._verbs)})(?![\w'’-])")

    def one_verb(self, number: int) -> tuple[re.Pattern[str], tuple[frozenset[str], ...]]:
        """The verb of this number in ``verbs`` alone, as :attr:`verb` holds it, and what any
        text it matches holds (:func:`lint_news.prefilter.required_literals`), worked out when
        first needed: a short article needs a few of them."""
        found = self._one_verb.get(number)
        if found is None:
            source = self._verbs[number]
            found = self._one_verb[number] = (_compile(rf"(?<![\w'’-])(?:{source})(?![\w'’-])"), required_literals(source))
        return found

    @cached_property
    def _one_verb(self) -> dict[int, tuple[re.Pattern[str], tuple[frozenset[str], ...]]]:
        return {}

    @cached_property
    def lead(self) -> re.Pattern[str] | None:
        """A lead, up to five words where the crowd must be, and the two words after them."""
        if not self.leads:
            return None
        return _compile(
            rf"(?<![\w'’-])(?:{'|'.join(self._leads)})\s+(?P<after>(?:[\w'’-]+\s+){{0,4}}[\w'’-]+)(?P<next>\s+\S+\s+\S+)?"
        )

    @cached_property
    def exception(self) -> re.Pattern[str] | None:
        """The exceptions as one expression a whole claim must match."""
        return _compile("|".join(f"(?:{source})" for source in self.exceptions)) if self.exceptions else None

    @cached_property
    def quantifier(self) -> re.Pattern[str]:
        """A quantifier ending the text before a crowd."""
        words = "|".join(self._spaced(q) for q in self.quantifiers) or "(?!)"
        return _compile(rf"(?:^|(?<=[\s(\"“]))(?:{words})\s+$")

    @cached_property
    def counted(self) -> re.Pattern[str]:
        """A quantifier opening a crowd: "some nurses", "a handful of growers"."""
        words = "|".join(self._spaced(q) for q in self.quantifiers) or "(?!)"
        return _compile(rf"(?:{words})\s")

    @cached_property
    def _people(self) -> frozenset[str]:
        return frozenset(word.lower() for word in self.people)

    @cached_property
    def _not_people(self) -> frozenset[str]:
        return frozenset(word.lower() for word in self.not_people)

    @cached_property
    def _word_end(self) -> re.Pattern[str]:
        """The end of a word that :meth:`is_people` may take, in lower-case text: an ending, or
        a word of ``people`` that has none of them. Written as the last letter, then what
        comes before it, so that ``re`` jumps from one of those letters to the next."""
        ends = {*self.person_endings, *(word for word in self._people if not word.endswith(tuple(self.person_endings)))}
        if "" in ends:  # an empty ending makes any word a crowd's
            return re.compile(r"[\w'’-]")
        by_last: dict[str, list[str]] = {}
        for end in sorted(ends):
            by_last.setdefault(end[-1], []).append(f"(?<={re.escape(end)})")
        lasts = "|".join(re.escape(last) + "(?:" + "|".join(behind) + ")" for last, behind in sorted(by_last.items()))
        return re.compile(f"(?:{lasts})(?![\\w'’-])")

    def may_name_people(self, text: str) -> bool:
        """Whether a word of ``text`` may be a plural noun of people (:meth:`is_people` says for
        sure) or "those" (:func:`_is_crowd_head`): a claim needs one, and most sentences have none."""
        lowered = text.lower()
        return self._word_end.search(lowered.replace("’", "'")) is not None or "those" in lowered

    def verbs_held(self, folded: str, numbers: tuple[int, ...]) -> tuple[int, ...]:
        """Those of the verbs of these numbers whose literals ``folded`` (a sentence as the
        prefilter folds it) holds: the others cannot match in it."""
        return tuple(number for number in numbers if _holds(folded, self.one_verb(number)[1]))

    @cached_property
    def _lead_literals(self) -> tuple[tuple[frozenset[str], ...], ...]:
        return tuple(required_literals(lead) for lead in self._leads)

    def leads_held(self, folded: str) -> bool:
        """Whether ``folded`` holds the literals of a lead."""
        return any(_holds(folded, clauses) for clauses in self._lead_literals)

    def is_people(self, word: str) -> bool:
        """Whether ``word`` is a plural noun of people."""
        word = word.lower().replace("’", "'")
        if word in self._people:
            return True
        if word in self._not_people:
            return False
        return any(word.endswith(ending) and len(word) >= len(ending) + 3 for ending in self.person_endings)


def _holds(folded: str, clauses: tuple[frozenset[str], ...]) -> bool:
    """Whether ``folded`` holds a literal of each clause (:func:`lint_news.prefilter.required_literals`)."""
    holds = folded.__contains__
    for clause in clauses:
        if not any(map(holds, clause)):
            return False
    return True


def _is_count(word: str) -> bool:
    """Whether ``word`` counts: "three", "20,000", "40%"."""
    return word.lower() in _NUMBERS or re.search(r"\d", word) is not None


def crowd_start(prefix: str, options: CrowdOptions, opens_sentence: bool = True) -> int | None:
    """Where the crowd whose head follows ``prefix`` begins, taking its modifiers and
    quantifier; None when it is a specific group. ``prefix`` is the sentence up to the head,
    or (``opens_sentence`` false) its last whole words."""
    start = len(prefix)
    for count in range(4):
        counted = options.quantifier.search(prefix, 0, start)
        if counted:
            start = counted.start()
            break
        before = _WORD_BEFORE.search(prefix, 0, start)
        if before is None or count == 3:
            break
        word = before.group(1)
        if word.rstrip(_EDGE).endswith(_CLAUSE_END):
            return start  # "In 2024, residents": the phrase before a comma is not the crowd's
        first = opens_sentence and not prefix[: before.start()].strip(_EDGE + " ")
        if word.endswith(("'s", "’s", "s'", "s’")) or _is_count(word):
            return None  # "the union's members", "Three residents said"
        if re.fullmatch(r"[a-z][a-z'’-]*", word) and word not in _FUNCTION and word not in _SPECIFIC:
            start = before.start()
            continue
        if re.fullmatch(r"[A-Z][a-z'’-]*", word) and word.lower() not in _FUNCTION and word.lower() not in _SPECIFIC:
            if not first:
                return None  # "Harlow council members": a named body's
            start = before.start()
        break
    before = _WORD_BEFORE.search(prefix, 0, start)
    if before is not None and not before.group(1).rstrip(_EDGE).endswith(_CLAUSE_END):
        word = before.group(1).strip(_EDGE).lower()
        if word in _SPECIFIC or word in _PREPOSITIONS or _is_count(word) or word.endswith(("'s", "’s")):
            return None
    return start


def _crowd_before(text: str, head: int, options: CrowdOptions) -> int | None:
    """crowd_start for the head at ``head`` of ``text``, reading at most _REACH characters
    back (whole words), so that a sentence of any length costs the same per claim."""
    begin = max(0, head - _REACH)
    if begin > 0:
        space = text.find(" ", begin, head)
        begin = head if space == -1 else space + 1
    start = crowd_start(text[begin:head], options, opens_sentence=begin == 0)
    return None if start is None else begin + start


def _is_crowd_head(found: re.Match[str], options: CrowdOptions) -> bool:
    """Whether the head of a claim's match heads a crowd: a plural noun of people, or "those"
    that a relative clause or a side taken makes people ("those who rely on the route",
    "those opposed to the plan"), the pronoun a rewrite uses for the same unnamed crowd."""
    head = found.group("head")
    if head.lower() == "those":
        post = (found.group("post") or "").split()
        return bool(post) and found.group("preposition") is None and (post[0].lower() == "who" or found.group("side") is not None)
    return options.is_people(head)


def _unnamed_around(found: re.Match[str]) -> bool:
    """Whether the second crowd and the aside of a claim name nobody: "employers and county
    officials" and ", meanwhile," do; "employers and the Harlow council", ", Ruiz said," and
    ", including myself," do not."""
    also = (found.group("also") or "").split()[1:]
    if any(re.search(r"[A-Z]", word) or word.lower() in _SPECIFIC or _is_count(word) for word in also):
        return False
    aside = found.group("aside") or ""
    return not re.search(r"[A-Z0-9]", aside) and not _FIRST_PERSON.intersection(re.findall(r"[\w'’]+", aside.lower()))


def _unnamed_after(found: re.Match[str], text: str, start: int, options: CrowdOptions) -> bool:
    """Whether what follows the crowd leaves it unnamed: a lower-case place, field or relative
    clause ("in attendance", "across the valley", "who live near the depot"), a named place
    ("in Corrin"), or any named body when a quantifier makes the crowd an unnamed part of it
    ("some nurses at Veller Valley"); but not a named body ("members of the Harlow council",
    "growers who supply Fenwick Farms"), nor words that run on into another clause ("players
    in the squad I would")."""
    post = found.group("post") or ""
    words = [word.lower() for word in re.findall(r"[\w'’-]+", post)[1:]]
    if found.group("preposition") is None:
        ends = words[-1:]  # a relative clause may hold any words, but must end in its own
    else:
        ends = words[1:] if words[:1] == ["the"] else words
    if any(word in _FUNCTION or word in _SPECIFIC for word in ends):
        return False
    if not re.search(r"[A-Z]", post):
        return True
    if found.group("preposition") is None:  # "growers who supply Fenwick Farms"; but "many players who tried the demo at the Expo"
        return options.counted.match(text, start) is not None
    return found.group("preposition").lower() in _PLACE_PREPOSITIONS or options.counted.match(text, start) is not None


def _first_conjunct(text: str, start: int, options: CrowdOptions, listed: bool = False) -> int | None:
    """Where a crowd of joined crowds begins ("employees and managers", "coders, designers
    and animators"); None when the first of them is a specific group ("a survey of employees
    and managers"). A comma alone joins only inside a list that "and" ends ("For farmers,
    growers say" is one crowd); ``listed`` says an "and" follows the crowd at ``start``."""
    joined = _LISTED if listed else _JOINED
    for _ in range(4):
        found = joined.search(text, max(0, start - _REACH), start)
        if found is None or not options.is_people(found.group("word")):
            return start
        start = _crowd_before(text, found.start("word"), options)
        if start is None:
            return None
        joined = _LISTED
    return start


def _verbs_in(text: str, options: CrowdOptions, numbers: tuple[int, ...]) -> list[tuple[int, int]]:
    """The spans of :attr:`CrowdOptions.verb`'s matches in ``text``, found with the verbs of
    these numbers alone, those whose literals the sentence holds: the leftmost of their next
    matches, the earliest verb's on a tie, as the alternation of all of them takes them. In
    ``re`` an alternation tries each of its verbs at every position of the text, so two or
    three verbs search many times faster than sixty."""
    verbs = [options.one_verb(number)[0] for number in numbers]
    if len(verbs) == 1:
        return [found.span() for found in verbs[0].finditer(text)]
    spans = []
    following = [verb.search(text) for verb in verbs]
    position = 0
    while True:
        best = None
        for number, verb in enumerate(verbs):
            found = following[number]
            if found is not None and found.start() < position:
                found = following[number] = verb.search(text, position)
            if found is not None and (best is None or found.start() < best.start()):
                best = found
        if best is None:
            return spans
        if best.end() == best.start():  # a verb that matches nothing: finditer's own rules for it
            return [found.span() for found in options.verb.finditer(text)] if options.verb is not None else []
        spans.append(best.span())
        position = best.end()


def _claims(text: str, options: CrowdOptions, verbs: tuple[int, ...], leads: bool) -> Iterator[tuple[int, int, bool]]:
    """Spans, within ``text`` (one sentence), of crowds with a claim verb (true: the crowd is
    a clause's subject) or after a lead (false: a phrase, perhaps one of a verb's objects).
    ``verbs`` numbers the verbs that may match in ``text``; ``leads`` says whether a lead may."""
    position = 0
    for verb_start, verb_end in _verbs_in(text, options, verbs) if verbs else ():
        # the crowd stands just before its verb: only that stretch is searched
        start_at = max(position, verb_start - _REACH)
        while start_at < verb_start:
            found = options.claim.search(text, start_at, verb_end)
            if found is None:
                break
            if _is_crowd_head(found, options) and _unnamed_around(found):
                start = _crowd_before(text, found.start("head"), options)
                start = None if start is None else _first_conjunct(text, start, options, listed=found.group("also") is not None)
                if start is not None and _unnamed_after(found, text, start, options):
                    yield start, found.end(), True
                    position = found.end()
                    break
            start_at = found.end("head")
    if not leads or options.lead is None:
        return
    for found in options.lead.finditer(text):
        after = found.group("after")
        for word in re.finditer(r"[\w'’-]+", after):
            if not options.is_people(word.group()):
                continue
            modifiers = after[: word.start()]
            named = re.search(r"[A-Z]", modifiers) or _NAMED_AFTER.match(text, found.start("after") + word.end())
            if not named and crowd_start(modifiers, options) == 0:
                yield found.start(), found.start("after") + word.end(), False
            break


def _clause_begins(text: str) -> tuple[list[int], list[int]]:
    """Where each clause of ``text`` after its first begins, and where each boundary ends: at
    a ", and", ", but", ";" or dash (kept, so that a test that reads the word before a name
    still has one). A source named in an earlier clause sources that clause, not a later one
    ("the festival sold 38,000 tickets, Ortiz said, and plenty of shop owners credit it")."""
    boundaries = list(_CLAUSE.finditer(text))
    return [b.start() for b in boundaries], [b.end() for b in boundaries]


def _sourced(document: Document, sentence: Sentence, begin: int, options: CrowdOptions) -> bool:
    """Whether the sentence from ``begin`` on, or the next one of its block, names a source."""
    try:
        if options.unless_sentence and _any(options.unless_sentence, False, sentence.text[begin:], whole=False):
            return True
        following = _next_sentence(document, sentence.block, sentence.start) if options.unless_next_sentence else None
        return following is not None and _any(options.unless_next_sentence, False, following.text, whole=False)
    except _TestGaveUp:
        return False  # a test that hangs excuses nothing: the claim is reported


def _candidates(document: Document, options: CrowdOptions) -> dict[int, tuple[tuple[int, ...], bool]]:
    """For each block where a verb or a lead may match, in order, the numbers of the verbs that
    may, and whether a lead may (the run's prefilter knows; without it, any block may hold any)."""
    verbs = {source: number for number, source in enumerate(options._verbs)}
    leads = frozenset(options._leads)
    found: dict[int, tuple[set[int], list[bool]]] = {}
    for (source, _ignore_case), blocks in document.blocks_for(options.prefilter_keys):
        for block in blocks:
            numbers, lead = found.setdefault(block.index, (set(), [False]))
            if source in verbs:
                numbers.add(verbs[source])
            if source in leads:
                lead[0] = True
    return {index: (tuple(sorted(numbers)), lead) for index, (numbers, [lead]) in sorted(found.items())}


def check(document: Document, options: CrowdOptions) -> Iterator[Hit]:
    for index, (verbs, leads) in _candidates(document, options).items():
        block = document.blocks[index]
        for sentence in document.sentences_of(block):
            # a word for a crowd, and the verbs and leads the sentence holds
            if not options.may_name_people(sentence.text):
                continue
            folded = fold(sentence.text)
            held = options.verbs_held(folded, verbs)
            lead = leads and options.leads_held(folded)
            if not (held or lead):
                continue
            sourced: dict[int, bool] = {}  # tested once a clause
            clauses: tuple[list[int], list[int]] | None = None
            for start, end, subject in _claims(sentence.text, options, held, lead):
                if options.exception is not None and options.exception.fullmatch(block.text, sentence.start + start, sentence.start + end):
                    continue
                begin = 0
                if subject:  # a phrase after a lead may be one of several objects of an earlier verb
                    begins, ends = clauses = clauses or _clause_begins(sentence.text)
                    clause = bisect_right(ends, start)
                    begin = begins[clause - 1] if clause else 0
                if begin not in sourced:
                    sourced[begin] = _sourced(document, sentence, begin, options)
                if not sourced[begin]:
                    yield Hit(sentence.start + start, sentence.start + end, {"match": block.text[sentence.start + start : sentence.start + end]}, block=block)


def validate(options: CrowdOptions) -> None:
    """Compile each expression of the options once; raises ValueError naming a bad one. Run for
    what users write (the built-in pack is checked by the test suite), so a start-up never
    compiles an expression only to see that it compiles."""
    for source in (*options.verbs, *options.leads, *options.quantifiers, *options.hedges, *options.exceptions):
        try:
            re.compile(source)
        except re.error as error:
            raise ValueError(f"invalid pattern {source!r}: {error}") from None


def _compile(source: str) -> re.Pattern[str]:
    """``source`` compiled case-insensitively with ``re``, on a rule's first document, from the
    program the start-up cache keeps (:func:`lint_news.compiled_regex.compile_re`: these long
    alternations took 25-55 ms to compile on every run's first article). Not with ``regex``,
    which runs them slower (3.9 against 2.5 ms an article for LN707 and LN708)."""
    from lint_news.compiled_regex import compile_re

    return compile_re(source, re.IGNORECASE)


KIND = Kind(
    "crowd-claim",
    CrowdOptions,
    check,
    "Report a claim whose only source is an unnamed crowd: a plural noun of people with a verb of saying or believing.",
    validate=validate,
    shared=SharedOptions(scopes=("paragraph", "list-item", "blockquote"), exempt_quotations=True),
)
