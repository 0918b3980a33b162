"""restated-point: a sentence that makes an earlier sentence's point again, in other words.

A rewrite that pads a story says each fact twice: "Gusts of 60 mph cut power
to 12,000 homes on Monday" and, three paragraphs on, "On Monday, winds
reaching 60 miles per hour left some 12,000 households without electricity".
``duplicate-passage`` only sees the copy; this kind sees the point, wherever it
comes back: the next sentence, a later paragraph, a takeaways list, an FAQ
answer, the closing line.

Each body sentence becomes a set of *terms*: the Snowball stems of its content
words, with the words a rewrite swaps folded together by the paraphrase lexicon
shipped as lint_news/data/paraphrase.json ("midday" and "noon", "broke" and
"eclipsed", "ran" and "operated", "ruling" and "decision"; hedges such as
"roughly" and "well" dropped),
plus its *anchors*: the figures (38,000; 2:11:04, also written "2 hours, 11
minutes and 4 seconds"; nine; "forty cents" is 0.40), the days and months that
date it (Saturday, March, "May" before a figure), and the names in it: words
capitalized inside a sentence and never written in lower case. Text inside
quotation marks, URLs and a source named at the end (", the USGS said.",
", according to the sheriff.") are left out: a quote that echoes the writer's
paraphrase is reporting, and who said it is not the point; only an FAQ answer
is also compared with the words an earlier sentence quotes, since an answer that
tells what the director said ("No. She has said staff will help with tax forms")
gives the body's quote again. Questions make no
point: they restate nothing and nothing restates them. Terms weigh more the
rarer they are in the article (an inverse document frequency over its
sentences), figures and names most; a word common in all news ("make", "year",
"home") weighs less, by a factor learned from a news corpus and shipped as
lint_news/data/common_terms.json (bench/common_terms.py writes it). *Coverage* is the share of a sentence's
weight found in an earlier sentence; *content coverage* the same for its
content words alone. A later sentence restates an earlier one (a warning) when

- it shares two or more anchors, one of them a figure, and three content
  words, and its coverage and content coverage reach ``coverage`` and
  ``content-coverage``; or it shares three anchors, two of them figures, at
  ``anchors-coverage``; or two earlier sentences together, or the items of one
  earlier list, hold it (``pair-coverage``, ``pair-content-coverage``);
- or every *telling* figure in it, two or more (317, 12,000, a 3-2 vote; not
  a day, a year or a count under ten), stands in one earlier sentence, at
  ``telling-coverage``: the fact told again in other words (one telling figure,
  if it is a score or a time, with two more anchors and four words: an info);
- or it opens with "In other words", "In short", "The bottom line:", "What
  this means is", "It bears repeating that", "As we touched on earlier"... (or sets one off inside:
  "Her objection, in other words, is ...") and shares an anchor and three
  content words at ``marked-coverage`` (the opener's own words are not
  counted), or an anchor and two content words at ``marked-info-coverage``
  (info: the rest swapped for words of its own); such a recap that sums up several earlier sentences at once, the
  sentences after it in its paragraph, the paragraphs under a heading that announces a recap ("The
  Bottom Line", "In Summary", "Final Thoughts"), and a sentence that gathers three or
  more of the article's figures, are reported at ``recap-coverage`` of them
  together (a warning at ``recap-warning-coverage``); so is an FAQ answer that
  sums up several earlier sentences, as a hint (explainers with question
  subheads may sum up on purpose);
- or it answers a question (a subhead, a line ending in "?", or a question on
  the line above it in its own paragraph, as in an FAQ) with what one earlier
  sentence said, figures or not (``answer-coverage``); a short answer that gives
  an earlier sentence's telling figure with two of its words is an info;
- or an earlier sentence stands in it whole with a clause added
  (``copy-containment``, ``copy-coverage``);

A sentence that says it glosses what was just said ("In other words, ...",
"Put differently, ...", "In short, ...", or ", in other words," near its start)
or works it out again ("That works out to about one in seven", "In practice,
that means ...") and brings nothing new is an info whatever words it picks: it
restates the sentences before it in its paragraph, or else the paragraph or the
list just before. So is the verdict an article passes on itself: a sentence opening one
of its last two paragraphs with "Overall,", "Ultimately,", "In the end," or
"At the end of the day," that adds no figure or name and shares three terms
with earlier sentences at ``verdict-coverage``, however loosely it words them.

Every match needs that the later sentence brings no figure or name the article has not given before (but for a
copy, and for an announced recap of the closing part that gives four of them again and adds one:
"In short, ... all before 2027" is a hint; a count under ten is no new fact): a follow-up that repeats a name and a
number to add a new figure is a new fact. A figure of 100 or more that is the
sum or the difference of two figures of one earlier sentence, in the same unit
(a currency sign, the word after it, or years between two years), stands for
those two: "$850,000" after "a $640,000 grant and $210,000 from the fund" is the
same money. A share in other form is the share ("one in seven" after 14.2%, "more
than a tenth" after 11.4%: a hedge stretches it on its side), a calendar quarter
told by its months is the quarter ("July to September"), a span in weeks the span in days
("10 weeks" after "70 days"). So is a round figure written with a hedge ("nearly £1,000", "past
£1,200") within 5% of one given earlier, and a decade that holds one ("the
1960s" after 1968, "the upper 20s" after 27 degrees). An acronym that spells words given earlier ("PE" after "physical
education") is no new name. Weaker matches are reported at info:
``info-coverage``, ``figures-coverage``, ``wordy-coverage`` for a match with no
shared figure, ``told-coverage`` for one telling figure and six shared words,
``ending-coverage`` for a sentence of the closing part that shares three names
and four words with one sentence of the lede (its dek and first paragraph)
and no figure: a release's sign-off telling its news again; ``echo-coverage``
for a long sentence of the closing part that says again what one sentence
before its neighbouring paragraphs said, four content words shared, adding only
common words (``echo-commonness``): padding, where a new detail adds rare ones;
an announced recap padded with words of its own (``announced-recap-coverage``)
or sharing words and no anchor (``recap-words``); and any sentence of the
article's closing part (its last half, four to eight paragraphs) that several
earlier ones hold at ``plain-recap-coverage``, two anchors and four words shared
(or four anchors or more, all of them given before and all but one figures or
dates: "From April 6 to late August, plan on Route 9"), counting
only those before its own paragraph and the two before it (building on the
paragraph before is developing a thread, not summing up).

The later sentence is reported, naming the line of the earlier one. Near-copies
are left to ``duplicate-passage``, the headline to the headline rules, and the
lede right under a dek may say the dek's news again. Work is linear in the
article's length: earlier sentences are found through an inverted index over
terms with a cap per term, and only the few sharing the most weight are scored.
"""

from __future__ import annotations

import json
import math
import re
from bisect import bisect_left, bisect_right, insort
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import accumulate, chain, islice, repeat
from operator import itemgetter, neg

from lint_news.blocks import Block, BlockKind, Sentence
from lint_news.data import data_file
from lint_news.document import Document
from lint_news.findings import Hit, Severity
from lint_news.kinds import Kind
from lint_news.lazy import LazyPattern
from lint_news.words import FIGURE, NUMBER_WORDS, STOP_WORDS, content_word_set, figure, jaccard, stem
from lint_news.words import terms as word_terms

#: Earlier sentences remembered per term; bounds the work per sentence.
_CANDIDATES_PER_TERM = 24
#: Earlier sentences scored per sentence (the ones sharing the most weight).
_CANDIDATES = 6
#: A recap that names several sentences wins over one sentence it beats by this coverage.
_RECAP_MARGIN = 0.1
#: A paragraph of at most this many sentences that opens "In short," is a recap as a whole.
_RECAP_SENTENCES = 3
#: The closing part of an article, where a recap closes it: its last half, at most this many
#: paragraphs and at least half as many.
_CLOSING = 8
#: The lede: the article's first paragraphs (a dek among them).
_LEDE = 2
#: Blocks this close before a sentence are its neighbours: building on them is not a recap.
_NEIGHBOURS = 2
#: Blocks whose sentences make points (a short lede under a plain-text headline reads as a dek).
_POINTS = (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.DEK)
#: The headline is the headline rules' business, but its figures and names are not new facts.
_CONTEXT = (BlockKind.HEADLINE,)
#: A correction note gives the corrected figure again by design, a sourcing note the sources, a reference line the
#: document's title: their paragraphs make no point.
_EDITORS_NOTE = LazyPattern(
    r"\W*(?:(?:correction|clarification|editor['’]s\s+note)\b[^:.]{0,40}[:—–-]|an\s+earlier\s+version\s+of\s+this\s+(?:article|story|report|piece|item)\b"
    # a note on the story's own sourcing names its sources again by design: "Sources for this article include ..."
    r"|sources?\s+(?:for|of|used\s+in)\s+this\s+(?:article|story|report|piece)\b|this\s+(?:article|story|report)\s+(?:is|was)\s+based\s+on\s+(?:interviews|documents|records)\b"
    # a reference line names a document the body described: "**Reference:** Raval, S. (2025). *Key Takeaways from ...*"
    r"|(?:references?|sources?|citations?|further\s+reading|bibliography|works\s+cited|documents\s+cited)\s*[:—–])",
    re.IGNORECASE,
)
#: A heading that announces a recap: the paragraphs under it sum up, as those an opener announces do.
_RECAP_HEADING = LazyPattern(
    r"\W*(?:the\s+)?(?:bottom\s+line|in\s+summary|summary|summing\s+up|to\s+sum\s+up|in\s+conclusion|conclusion|final\s+(?:thoughts|word|take)|closing\s+thoughts|"
    r"wrapping\s+up|wrap-?up|(?:the\s+|key\s+|main\s+)?takeaways?|recap|in\s+short|in\s+a\s+nutshell|tl;?\s*dr|the\s+big\s+picture)\W*$",
    re.IGNORECASE,
)
#: "2 hours, 11 minutes and 4 seconds" is the figure 2:11:04, and "9 hours and 10 minutes" is 9:10.
_DURATION = LazyPattern(r"\b(\d+) hours?,? (?:and )?(\d+) minutes?(?:,? and (\d+) seconds?)?")
#: A period told by its length: a "30-day pass" is a monthly one, a "seven-day" one weekly, a "12-month" one
#: annual, and so are "the twelve months to June"; "sub-24-hour waits" are waits of under a day.
_PERIOD = LazyPattern(r"\b(?:(30|31|thirty)-day|(7|seven)-day|(12|twelve)[- ]months?|(365)-day|(24|twenty-four)[- ]hours?)\b", re.IGNORECASE)
_PERIOD_WORDS = ("monthly", "weekly", "annual", "annual", "day")
#: A calendar quarter told by its months: "July to September" is the third quarter.
_QUARTER_FIRST = ("January", "April", "July", "October")
_QUARTER_LAST = ("March", "June", "September", "December")
_QUARTERS = ("first quarter", "second quarter", "third quarter", "fourth quarter")
_QUARTER_MONTHS = LazyPattern(rf"\b({'|'.join(_QUARTER_FIRST)})(?:-to-|\s+to\s+|\s+through\s+|\s*[-–]\s*)({'|'.join(_QUARTER_LAST)})\b")
#: A span in weeks is the same span in days: "four weeks" after "28 days", "a two-week window" after "14 days".
_WEEKS = LazyPattern(rf"\b(\d{{1,2}}|{'|'.join(w for w, v in NUMBER_WORDS.items() if 0 < int(v) <= 12)})[- ]weeks?\b", re.IGNORECASE)
#: "A decade" is ten years (not "decades", no count).
_DECADE = LazyPattern(r"(\b(?:a|one|the|past|last|over|nearly|almost|about|in)\s+(?:(?:past|last|full|whole)\s+)?)decade\b(?!s)", re.IGNORECASE)
#: Openers that work the point just made out again, in other terms: "That works out to about one in
#: seven", "In practice, that means ...". Given no new figure or name, the sentence glosses.
_WORKED_OUT = (
    r"(?:that|this|which) (?:works|worked) out (?:to|at)|(?:that|this) (?:amounts|translates) (?:in)?to|"
    r"in (?:practice|practical terms|real terms|plain terms),? (?:that|this) means"
)
#: Openers that deliver the article's verdict on itself: opening one of its last two paragraphs, a
#: sentence so announced that adds no figure or name sums the article up, however loosely it words it.
#: ("For now," announces nothing elsewhere, so it is no opener of ``_MARKER``.)
_VERDICT = LazyPattern(
    r"\s*(?:overall|ultimately|in the end|at the end of the day|all in all|all told|taken together|in sum|"
    r"when all is said and done|in the final analysis|all things considered|for now)\s*,",
    re.IGNORECASE,
)
#: Openers that announce a restatement.
_MARKER = LazyPattern(
    r"\s*(?:in other words|put simply|simply put|put another way|in short|in sum|in summary|to sum up|to recap|"
    r"to reiterate|to summarize|in a nutshell|once again|as (?:mentioned|noted|stated|discussed|reported)(?: earlier| above| before)?|as we(?:'ve| have)? (?:touched on|saw|seen|mentioned|noted|discussed|covered|explained) (?:earlier|above|before|previously|already)|"
    r"all told|all in all|in the final analysis|in conclusion|in closing|overall|ultimately|taken together|"
    r"(?:the )?bottom line(?: is)?|the upshot(?: is)?|the takeaway(?: is)?|the big picture(?: is)?|the short version(?: is)?|"
    r"what (?:this|that|it all) (?:means|boils down to) is|in the end|at the end of the day|when all is said and done|"
    r"in essence|essentially|at its core|in brief|briefly put|long story short|summing up|to wrap up|wrapping up|"
    r"all things considered|stated simply|simply stated|put plainly|plainly put|in plain terms|to put it (?:simply|plainly|another way|briefly)|"
    r"it (?:bears|is worth) (?:repeating|emphasizing|emphasising|stressing|noting|underscoring|mentioning)(?: again)?(?: that)?|"
    r"(?:again|once more),? it is worth noting(?: that)?|as a reminder|to be clear|"
    r"(?:put|said|stated) (?:differently|another way)|to put it (?:differently|bluntly)|put bluntly|in plain(?:er)? (?:english|language)|"
    r"(?:that|which) is to say|in practical terms|in effect|the (?:overall|net) (?:picture|effect|result)(?: is)?|the gist(?: is)?|the short of it(?: is)?|"
    rf"{_WORKED_OUT})\b",
    re.IGNORECASE,
)
#: Openers that say the sentence tells what was just said again, in other words: such a sentence
#: glosses the sentence or paragraph before it whatever words it picks.
_GLOSSING = LazyPattern(
    r"\s*(?:in other words|(?:put|said|stated) (?:differently|another way)|to put it (?:simply|plainly|another way|differently|bluntly|briefly)|"
    r"put (?:simply|plainly|bluntly)|(?:simply|plainly|briefly) (?:put|stated)|stated simply|in plain(?:er)? (?:terms|english|language)|"
    r"(?:that|which) is to say|to reiterate|in short|in brief|in essence|in effect|in a nutshell|long story short|"
    rf"{_WORKED_OUT})\b",
    re.IGNORECASE,
)
#: The words every opener of ``_MARKER`` begins with: a sentence whose first word (in ASCII
#: letters; others may fold to them) is none of them is not matched against the long expression.
_MARKER_WORDS = frozenset(
    "in put simply to once as all overall ultimately taken the bottom what at when essentially briefly long summing "
    "wrapping stated plainly it again said that this which".split()
)
_FIRST_WORD = LazyPattern(r"\s*([^\W\d_]+)")
#: A source named at the end of a sentence: ", the USGS said.", ", said Mayor Dana Ruiz.", ", according to the Harlow Fire Department."
_SOURCE = r"(?:(?:the|a|an|her|his|their|its) (?:[\w.'’&-]+\s+){0,3}[\w.'’&-]+|(?:[A-Z][\w.'’&-]*\s+){0,4}[A-Z][\w.'’&-]*)"
_SOURCE_LENGTH = 120  # such a tail is shorter than this: the expression need not scan the whole sentence
_ATTRIBUTION = LazyPattern(rf",\s*(?:according to {_SOURCE}|{_SOURCE} (?:said|says)|(?:said|says) {_SOURCE})\s*[.!]?\s*$")
#: "forty cents" is the figure $0.40.
_CENTS = LazyPattern(rf"\b(\d{{1,2}}|{'|'.join(w for w, v in NUMBER_WORDS.items() if 0 < int(v) < 100)}) cents\b", re.IGNORECASE)
#: "35p" and "35 pence" are the figure £0.35.
_PENCE = LazyPattern(r"\b(\d{1,2})(?:p|\s+pence)\b")
_PENCE_HINT = LazyPattern(r"[0-9]p\b|pence")  # what _PENCE needs, found faster: no boundary to try at every character
#: The same openers set off inside the sentence, near its start.
_ASIDE_WITHIN = 60
_ASIDE = LazyPattern(r",\s*(?:in other words|put simply|simply put|put another way|in short|in sum|in essence|in brief),", re.IGNORECASE)
_URL = LazyPattern(r"\b(?:https?://|www\.)\S+", re.IGNORECASE)
_TOKEN = LazyPattern(rf"{FIGURE.pattern}|[^\W\d_]+(?:['’][^\W\d_]+)*")
#: Capitalized inside a sentence, yet not names ("May" the month is also the verb, so not a date anchor).
_NOT_NAMES = frozenset({"i", "may"})
_DAYS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april june july "
    "august september october november december".split()
)
#: "Sept." and "September" are one anchor. Abbreviations that are also names or words
#: ("Sun", "Sat", "Mar", "Jun") are left out.
_ABBREVIATED_DATES = {
    "jan": "january", "feb": "february", "apr": "april", "jul": "july", "aug": "august", "sep": "september",
    "sept": "september", "oct": "october", "nov": "november", "dec": "december", "tue": "tuesday",
    "tues": "tuesday", "thu": "thursday", "thur": "thursday", "thurs": "thursday", "fri": "friday",
}
#: Acronyms ("PE", "TVTA") that spell words given earlier are no new name; so many are looked up per article.
_ACRONYMS = 16
#: A sentence of the closing part all of whose anchors, at least this many (all but one of them figures or dates),
#: earlier sentences gave sums them up.
_RECAP_ANCHORS = 4
#: The most sentences before it that a gloss ("In other words, ...") is taken to tell again.
_GLOSSED = 4
#: A question that opens an FAQ paragraph ("**Who pays for it?**") is shorter than this.
_QUESTION_LENGTH = 200
#: Between the words an acronym spells: the rest of a word, and small words it skips ("of", "and").
_SPELLING = r"[\w'’]*[\s-]+(?:(?:of|and|the|for|on|in|to|&)\s+)*"
#: A sentence that gives a range: its two ends' middle is the range told by one figure.
_RANGE_WORDS = LazyPattern(r"\bbetween\b|\d\s*(?:-|–|to)\s*[$£€]?\d|\bfrom\s+[$£€]?\d", re.IGNORECASE)
#: An amount's period: "£589 a year", "£6.40 extra each month", "paid monthly". An amount given for
#: one period and again for another, within _RATE_SLACK (twice that when hedged: "roughly £6.40"),
#: is the same amount; the later one names its period within _PERIOD_REACH characters.
_RATE_PERIOD = LazyPattern(r"\b(?:a|an|per|each|every)\s+(year|month|week|day)\b|\b(annual|year|month|week|dai)ly\b", re.IGNORECASE)
_PERIOD_DAYS = {"year": 365.0, "annual": 365.0, "month": 365 / 12, "week": 7.0, "day": 1.0, "dai": 1.0}
_PERIOD_REACH = 30
_RATE_SLACK = 0.02
_ROUGHLY = LazyPattern(r"\b(?:roughly|about|around|approximately|some|nearly|almost|close\s+to|just\s+(?:over|under))\s+$", re.IGNORECASE)
#: A figure of at least this much may be worked out from two known figures of at least _DERIVED_FROM.
_DERIVED_AT_LEAST = 100
_DERIVED_FROM = 10
_DERIVED_SLACK = 0.005
_EXACT = 1e-9  # float error on a difference of two written figures
#: Sums and differences kept for that, and the most figures of one sentence (a table is no sentence).
_DERIVED_KEPT = 2000
_SENTENCE_FIGURES = 12
_NOT_FIGURES = frozenset({"one", "zero"})  # "one of the", "zero-emission": words, not figures
#: How much more a figure or a name weighs than a content word of the same rarity.
_FIGURE_WEIGHT = 2.0
_NAME_WEIGHT = 1.5


@dataclass(frozen=True)
class RestatedOptions:
    #: Weighted share of the later sentence found in one earlier sentence: warning / info.
    coverage: float = 0.65
    info_coverage: float = 0.5
    #: The same, counting only its content words (not figures and names).
    content_coverage: float = 0.5
    info_content_coverage: float = 0.3
    #: When two earlier sentences together hold the point: warning / info.
    pair_coverage: float = 0.8
    pair_content_coverage: float = 0.6
    info_pair_coverage: float = 0.6
    info_pair_content_coverage: float = 0.4
    #: Three shared anchors, two of them figures, make this coverage a warning whatever the words...
    anchors_coverage: float = 0.6
    #: ... and three shared figures make this one an info.
    figures_coverage: float = 0.35
    #: With fewer shared anchors, a restatement needs this share of both all and content weight
    #: (info), or the second share and seven shared content words (warning).
    wordy_coverage: float = 0.65
    wordy_warning_coverage: float = 0.8
    #: A sentence that announces itself as a restatement ("In other words, ...") needs less overlap.
    marked_coverage: float = 0.3
    #: ... and, with a word fewer shared (the rest swapped for others), this coverage (info).
    marked_info_coverage: float = 0.4
    #: ... and, summing up several earlier sentences at once, this coverage of them together: info / warning.
    #: A sentence that gathers three or more of the article's figures is judged as such a recap too.
    recap_coverage: float = 0.35
    recap_warning_coverage: float = 0.65
    #: ... and one that announces itself, padded with words of its own, at this coverage (info).
    announced_recap_coverage: float = 0.25
    #: ... and one that opens by announcing itself and tells the paragraph just before it again, this coverage of it (info).
    gloss_coverage: float = 0.2
    #: ... with no anchor shared, this many content words (info).
    recap_words: int = 5
    #: A verdict that opens one of the last two paragraphs ("Overall, the plan makes a confident case
    #: for growth") and adds no figure or name sums the article up at this coverage of it (info).
    verdict_coverage: float = 0.12
    #: Any other sentence of the closing part that several earlier ones hold at this coverage, two
    #: anchors shared, is an info.
    plain_recap_coverage: float = 0.45
    #: A sentence whose two or more telling figures (not days, years or small counts) all stand in one
    #: earlier sentence, with no new figure or name, at this coverage: warning / info.
    telling_coverage: float = 0.4
    info_telling_coverage: float = 0.3
    #: One shared telling figure and six shared content words make this coverage an info.
    told_coverage: float = 0.4
    #: A sentence of the closing part that shares three names and four words with one sentence
    #: of the lede, and nothing new, at this coverage, is an info (a release's closing line).
    ending_coverage: float = 0.25
    #: A sentence of the closing part that tells one sentence well before it again, this many of
    #: its content words and these shares shared, is an info.
    echo_words: int = 4
    echo_coverage: float = 0.33
    echo_content_coverage: float = 0.25
    #: ... in a sentence of this many terms, whose added words weigh on average at most this factor of
    #: a rare word's (lint_news/data/common_terms.json).
    echo_min_terms: int = 12
    echo_commonness: float = 0.85
    #: An answer to a question subhead ("Who qualifies?") needs no shared figure at this coverage.
    answer_coverage: float = 0.5
    #: Sentences with fewer terms are too short to judge.
    min_terms: int = 5
    #: What a match must share: anchors (one more for two sentences), figures, content words.
    min_shared_anchors: int = 2
    min_shared_figures: int = 1
    min_shared_words: int = 3
    #: An earlier sentence of at least ``copy-min-terms`` terms standing (weighted) this whole in the later one.
    copy_containment: float = 0.9
    copy_min_terms: int = 7
    #: ... and making up this share of it: a clause added, not a new paragraph wrapped around it.
    copy_coverage: float = 0.45
    #: Sentences this similar (content-word Jaccard) are copies: ``duplicate-passage`` reports them.
    copy_similarity: float = 0.8

    def __post_init__(self) -> None:
        for name, value in vars(self).items():
            if isinstance(value, float) and not 0 < value <= 1:
                raise ValueError(f"option '{name.replace('_', '-')}' must be between 0 and 1")


@dataclass(slots=True)
class Point:
    """A body sentence as terms: stems of content words and ``#figures``; how its tokens were written."""

    sentence: Sentence
    terms: frozenset[str]
    #: each token's terms, those terms again if it is capitalized (not opening the sentence) and
    #: again if it is in lower case (see ``_TokenTerms``): the article's names are worked out from them
    tokens: list[tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]]
    text: str  # the sentence as compared (quotations, the opener and a closing source blanked)
    marked: bool = False  # opens with "In other words", "Once again"...
    glossing: bool = False  # opens with an opener of ``_GLOSSING`` ("In other words", "Put differently"), or sets it off near its start
    answer: bool = False  # answers a question subhead or a question line (an FAQ)
    summing: bool = False  # in a paragraph that a recap opener announced
    closing: bool = False  # in one of the article's last paragraphs, where a recap closes it
    #: opens one of the article's last two paragraphs with a verdict opener ("Overall, ...", "In the end, ...")
    verdict: bool = False
    lede: bool = False  # in one of its first paragraphs (and not in its closing part)
    opens: bool = False  # the opener starts the sentence ("In short, ..."), not set off inside it
    #: the earlier figures it gives again in another form ("more than a tenth" for "11.4 percent",
    #: "£6.40 a month" for "£77" a year), as the terms that stand for them now
    reexpressed: frozenset[str] = frozenset()
    #: its sentence's content words, for the near-copy test, read as duplicate-passage (LN101)
    #: reads them, so that a near-copy is left to it only where it reports one; worked out
    #: (``_content``) only for the sentences that test reaches, as most share too little with any other
    content: frozenset[str] | None = None


def _content(p: Point) -> frozenset[str]:
    if p.content is None:
        p.content = content_word_set(p.sentence.text)
    return p.content


@dataclass(frozen=True)
class Match:
    later: Point
    earlier: tuple[Point, ...]
    coverage: float
    severity: Severity


class _Weights:
    """Term weights within one article: rarer terms weigh more, figures and names most."""

    def __init__(self, points: list[Point]) -> None:
        # A name is capitalized inside a sentence and never written in lower case: "Railroad" in
        # "the Federal Railroad Administration" does not make "the railroad said" a name.
        # (each point's tokens' forms, flattened: the first word's capital says nothing)
        capitalized = chain.from_iterable(chain.from_iterable(map(_NAME_FORMS, islice(p.tokens, 1, None))) for p in points)
        lower = chain.from_iterable(chain.from_iterable(map(_LOWER_FORMS, p.tokens)) for p in points)
        self.names = set(capitalized) - set(lower)
        frequency = Counter(chain.from_iterable(p.terms for p in points))
        size = len(points) + 1
        scale = math.log(size)
        rarity = {count: math.log(size / count) / scale + 0.1 for count in set(frequency.values())}  # most terms stand once
        common = _common_terms()  # "make", "year", "home": words any story uses say little about its point
        self.weight = {
            t: rarity[count] * (_FIGURE_WEIGHT if t.startswith("#") else _NAME_WEIGHT if t in self.names else common.get(t, 1.0))
            for t, count in frequency.items()
        }
        self._terms = frozenset(frequency)
        self._anchor_terms = frozenset(t for t in frequency if t[:1] == "#") | self.names
        self._totals: dict[frozenset[str], float] = {}
        self._anchors: dict[frozenset[str], frozenset[str]] = {}

    def anchors(self, terms: frozenset[str]) -> frozenset[str]:
        """The figures, dates and names among ``terms`` (asked for each sentence's terms again and again)."""
        found = self._anchors.get(terms)
        if found is None:
            if terms <= self._terms:
                found = terms & self._anchor_terms
            else:  # the headline's terms, which no point need hold
                found = frozenset(t for t in terms if t[:1] == "#" or t in self.names)
            self._anchors[terms] = found
        return found

    def __call__(self, terms: frozenset[str] | set[str]) -> float:
        # fsum is exact, so set order cannot move a threshold; a sentence's terms are weighed
        # against every candidate, so frozen sets (hashed once, in C) keep their total.
        if isinstance(terms, frozenset):
            total = self._totals.get(terms)
            if total is None:
                total = self._totals[terms] = math.fsum(map(self.weight.get, terms, repeat(0.0)))
            return total
        return math.fsum(map(self.weight.get, terms, repeat(0.0)))


def _top(counts: dict[int, float], n: int) -> list[tuple[int, float]]:
    """The ``n`` largest counts, ties to the earlier sentence (``most_common`` breaks them by insertion order)."""
    return [(key, -negative) for negative, key in sorted(zip(map(neg, counts.values()), counts))[:n]]


def _quotation_spans(document: Document, sentence: Sentence) -> Iterator[tuple[int, int]]:
    """Where, within ``sentence.text``, its direct quotations run: in order, none overlapping."""
    cursor = 0
    for quotation in document.quotations_overlapping(sentence.block, sentence.start, sentence.end):
        start = max(max(quotation.start, sentence.start) - sentence.start, cursor)
        end = min(quotation.end, sentence.end) - sentence.start
        if start < end:
            yield start, end
            cursor = end


def _unquoted(document: Document, sentence: Sentence) -> str:
    """The sentence with the text of its direct quotations blanked out.

    Built in pieces, one pass: a sentence of thousands of quotations must cost linear time."""
    text = sentence.text
    parts: list[str] = []
    cursor = 0
    for start, end in _quotation_spans(document, sentence):
        parts += (text[cursor:start], " " * (end - start))
        cursor = end
    parts.append(text[cursor:])
    return "".join(parts)


def _dollars(match: re.Match[str]) -> str:
    amount = match.group(1).lower()
    return f"0.{int(NUMBER_WORDS.get(amount, amount)):02d}"


def _period(match: re.Match[str]) -> str:
    return next(word for word, group in zip(_PERIOD_WORDS, match.groups()) if group)


def _days(match: re.Match[str]) -> str:
    count = match.group(1).lower()
    weeks = int(NUMBER_WORDS.get(count, count))
    return f"{weeks * 7} days" if 0 < weeks <= 12 else match.group(0)


def _quarter(match: re.Match[str]) -> str:
    first, last = match.group(1), match.group(2)
    order = _QUARTER_FIRST.index(first)
    return _QUARTERS[order] if _QUARTER_LAST.index(last) == order else match.group(0)


def _clock(match: re.Match[str]) -> str:
    hours, minutes, seconds = match.groups()
    return f"{hours}:{int(minutes):02d}" + (f":{int(seconds):02d}" if seconds else "")


def _range_ends(terms: frozenset[str]) -> frozenset[str]:
    """The ends of the ranges among ``terms``: "May 16-17" gives the 16th and the 17th, "1914-1918"
    both years. A score or a vote ("58-55", "3-2") is written from the larger figure, and gives none."""
    ends = set()
    for term in terms:
        low, dash, high = term[1:].partition("-")
        if dash and term[:1] == "#" and low.isdigit() and high.isdigit() and int(low) < int(high):
            ends.update((f"#{low}", f"#{high}"))
    return frozenset(ends)


def _may_open(text: str) -> bool:
    """Whether ``text`` may open with one of ``_MARKER``'s openers (its first word is one they begin with)."""
    first = _FIRST_WORD.match(text)
    return first is not None and (not first.group(1).isascii() or first.group(1).lower() in _MARKER_WORDS)


def point(document: Document, sentence: Sentence) -> Point:
    text = _unquoted(document, sentence)
    marker = _MARKER.match(text) if _may_open(text) else None
    if marker:  # "Put simply," announces the point; its words are not part of it
        text = " " * marker.end() + text[marker.end():]
    elif ", in " in text or ", put " in text or ", simply " in text:  # "Her objection, in other words, is ..."
        marker = _ASIDE.search(text, 0, _ASIDE_WITHIN)  # further on, ", in other words, ..." glosses a term
        if marker:
            text = text[: marker.start()] + " " * (marker.end() - marker.start()) + text[marker.end():]
    lowered = text.lower()
    if " said" in lowered or "according to" in lowered or " says" in lowered:
        source = _ATTRIBUTION.search(text, max(0, len(text) - _SOURCE_LENGTH))  # who said it is not the point, nor news
        if source:
            text = text[: source.start()] + " " * (source.end() - source.start())
    if "http" in lowered or "www." in lowered:  # the expressions are costly; most sentences hold neither
        text = _URL.sub(" ", text)
    if "hour" in lowered:
        text = _DURATION.sub(_clock, text)
    if "-day" in lowered or "-month" in lowered or "12 month" in lowered or "twelve month" in lowered or "24" in lowered or "twenty-four" in lowered:
        text = _PERIOD.sub(_period, text)
    if "July" in text or "April" in text or "January" in text or "October" in text:
        text = _QUARTER_MONTHS.sub(_quarter, text)  # "the July-to-September period" is the third quarter
    if "week" in lowered:
        text = _WEEKS.sub(_days, text)
    if "decade" in lowered:  # "a decade-long survey", "over ten years": the same span
        text = _DECADE.sub(r"\1ten years", text)
    if " cents" in lowered:
        text = _CENTS.sub(_dollars, text)
    if _PENCE_HINT.search(lowered):  # "35p", "35 pence"
        text = _PENCE.sub(_dollars, text)
    found = _TOKEN.findall(text)
    tokens = list(map(_TOKEN_TERMS.__getitem__, found))
    if "May " in text:  # "May 2027", "May 14": the month, not the verb
        tokens = [_MAY if token == "May" and following[:1].isdigit() else terms for token, following, terms in zip(found, [*found[1:], ""], tokens)]
    terms = frozenset(chain.from_iterable(map(_FORMS, tokens)))
    if "-" in text:
        terms |= _range_ends(terms)
    opens = marker is not None and marker.start() == 0
    # "In other words, ..." or "Visitors are, in other words, ...": the sentence says it glosses
    glossing = marker is not None and _GLOSSING.match(sentence.text, 0 if opens else marker.start() + 1) is not None
    return Point(sentence, terms, tokens, text, marker is not None, opens=opens, glossing=glossing)


#: "May" before a figure: the month, an anchor like any other.
_MAY = (("#may",), (), ())
#: The parts of what ``_TOKEN_TERMS`` gives: all of a token's terms, those that are a name's
#: if a capital there (not opening the sentence) marks one, those written in lower case.
_FORMS, _NAME_FORMS, _LOWER_FORMS = itemgetter(0), itemgetter(1), itemgetter(2)


class _TokenTerms(dict):
    """A token's terms; the same again if a capital there (not opening the sentence) marks a
    name, else none; the same again if it is in lower case, else none: ``_TOKEN_TERMS[token]``.

    Kept by token, as a cache would keep them, but looked up by ``dict``'s own ``__getitem__``
    (a sentence's tokens are mapped through it at C speed; a cache's wrapper costs a call a
    token). Emptied when it holds ``_TOKENS_KEPT``: what it keeps never changes a result."""

    def __missing__(self, token: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
        if len(self) >= _TOKENS_KEPT:
            self.clear()
        forms, written = _written_terms(token)
        found = self[token] = (forms, forms if written is _NAME else (), forms if written is _LOWER else ())
        return found


_TOKENS_KEPT = 16384
_TOKEN_TERMS = _TokenTerms()


#: How a token is written: capitalized where a name may be, in lower case, or neither (a figure, a date).
_NAME, _LOWER, _OTHER = "name", "lower", "other"


def _written_terms(token: str) -> tuple[tuple[str, ...], str]:
    """A token's terms, and how it is written: ``_NAME`` when a capital there (not opening the
    sentence) marks a name, ``_LOWER`` when it is in lower case."""
    written = _LOWER if token[:1].islower() else _OTHER
    lower = token.lower().replace("’", "'").removesuffix("'s")
    if token[0].isdigit() or (lower in NUMBER_WORDS and lower not in _NOT_FIGURES):
        return (figure(lower),), written
    if lower.endswith("fold") and lower[:-4] in NUMBER_WORDS and lower[:-4] not in _NOT_FIGURES:
        return (figure(lower[:-4]),), written  # "twelvefold" is twelve times
    if token[0].isupper() and (lower in _DAYS or lower in _ABBREVIATED_DATES):
        return ("#" + _ABBREVIATED_DATES.get(lower, lower),), written  # a day or a month dates the fact: an anchor, like a figure
    if lower in STOP_WORDS or len(lower) < 2:
        return (), written
    fold, hedges = _paraphrases()
    if lower in hedges:
        return (), written
    forms = tuple(fold.get(form, form) for form in word_terms(lower))
    return forms, _NAME if token[0].isupper() and lower not in _NOT_NAMES else written


@lru_cache(maxsize=1)
def _common_terms() -> dict[str, float]:
    """The factors that scale the weights of words common in all news (lint_news/data/common_terms.json,
    written by bench/common_terms.py): a term in most stories weighs a quarter of a rare one."""
    return json.loads(data_file("common_terms.json").read_text(encoding="utf-8"))["factors"]


@lru_cache(maxsize=1)
def _paraphrases() -> tuple[dict[str, str], frozenset[str]]:
    """The shipped paraphrase lexicon (lint_news/data/paraphrase.json) as one map from a stem to the
    word it is folded into, and the hedges to drop: "midday" and "noon", "quake" and "earthquake".

    Its ``synonyms`` fold first, each stem into its group's first; its ``groups`` then fold those
    forms. The map composes the two, so a term is looked up once."""
    data = json.loads(data_file("paraphrase.json").read_text(encoding="utf-8"))
    synonyms: dict[str, str] = {}
    for group in data["synonyms"]:
        first, *rest = group.split()
        for word in (first, *rest):
            synonyms[stem(word)] = stem(first)

    def folded(word: str) -> tuple[str, ...]:
        return tuple(synonyms.get(form, form) for form in word_terms(word))

    groups: dict[str, str] = {}
    for group in data["groups"]:
        first, *rest = group.split()
        head = folded(first)[0]
        for word in (first, *rest):
            for form in folded(word):
                groups[form] = head
    fold = {term: groups.get(form, form) for term, form in synonyms.items()}
    fold.update((term, head) for term, head in groups.items() if term not in synonyms)
    return fold, frozenset(data["hedges"])


def _as_heard(p: Point, spoken: frozenset[str] | None) -> Point:
    """``p`` with the words of its quotations among its terms, as an FAQ answer hears it."""
    return replace(p, terms=p.terms | spoken) if spoken else p


def _quoted_terms(document: Document, sentence: Sentence) -> frozenset[str]:
    """The terms of the words ``sentence`` quotes (what ``_unquoted`` blanks)."""
    text = sentence.text
    found = _TOKEN.findall(" ".join(text[start:end] for start, end in _quotation_spans(document, sentence)))
    return frozenset(chain.from_iterable(map(_FORMS, map(_TOKEN_TERMS.__getitem__, found))))


def restatements(document: Document, options: RestatedOptions) -> Iterator[Match]:
    """Every body sentence that restates earlier ones, with how sure the match is."""
    notes = {block.index for block in document.blocks if block.kind is BlockKind.PARAGRAPH and _EDITORS_NOTE.match(block.text)}
    points = [point(document, s) for s in document.sentences if s.block.kind in _POINTS and s.text.strip() and s.block.index not in notes]
    if len(points) < 2:
        return
    answers = _answers(document)
    announced: set[int] = set()  # paragraphs whose first sentence opens "In short," or "Ultimately,"
    recapped = _under_recap_headings(document)  # paragraphs under a "Bottom Line" or "In Summary" heading
    paragraphs = [block.index for block in document.blocks if block.kind is BlockKind.PARAGRAPH]
    closing = set(paragraphs[-min(_CLOSING, max(_CLOSING // 2, len(paragraphs) // 2)) :])
    lede = {block.index for block in document.blocks if block.kind in (BlockKind.DEK, BlockKind.PARAGRAPH)}
    lede = set(sorted(lede)[:_LEDE]) - closing
    last = set(paragraphs[-2:])
    for p in points:
        block = p.sentence.block.index
        p.answer = block in answers
        p.closing = block in closing
        p.verdict = block in last and p.sentence.start == 0 and _VERDICT.match(p.sentence.text) is not None
        p.lede = block in lede
        if p.opens and p.sentence.start == 0 and len(document.sentences_of(p.sentence.block)) <= _RECAP_SENTENCES:
            announced.add(block)
        elif block in announced or block in recapped:
            p.summing = True  # the rest of a short paragraph a recap opener starts sums up too, as does one under a recap heading
    weigh = _Weights(points)
    known: set[str] = set()
    for sentence in document.sentences:
        if sentence.block.kind in _CONTEXT:
            known |= weigh.anchors(point(document, sentence).terms)
    index: dict[str, list[int]] = defaultdict(list)
    heard: dict[int, frozenset[str]] = {}
    heard_index: dict[str, list[int]] = defaultdict(list)
    weight = weigh.weight
    floor = _floor(options)
    lists: dict[int, list[Point]] = defaultdict(list)  # the items seen so far of each list, by its first block
    run = {p.sentence.block.index: _list_start(document, p) for p in points if p.sentence.block.kind is BlockKind.LIST_ITEM}
    spelled = _Spelled(points)
    figures = _Figures()
    shares = _Shares()
    given = _Given(k for k in known if k in weight)  # the figures given so far, by value
    for position, later in enumerate(points):
        own = weigh.anchors(later.terms)
        fresh = own - known
        text = later.sentence.text
        if fresh:
            terms = figures.derive(later.terms, fresh, text)  # $850,000 after $640,000 and $210,000 is no new figure
            if terms is not later.terms:
                later.reexpressed |= terms - later.terms
                later.terms, own = terms, weigh.anchors(terms)
                fresh = own - known
            if "0s" in text:  # "the 1960s" after "1968", "the upper 20s" after "26": the same, not a new figure
                terms = _decades(later.terms, fresh, text, known, weight)
                if terms is not later.terms:
                    later.terms, own = terms, weigh.anchors(terms)
                    fresh = own - known
            if fresh & _MONTHS and " of " in text:  # "until the end of February" after "from 1 March": the same day
                terms = _month_ends(later.terms, fresh, text, known)
                if terms is not later.terms:
                    later.terms, own = terms, weigh.anchors(terms)
                    fresh = own - known
            if fresh:  # "roughly £1,200" after "£1,240": the figure rounded, not a new one
                terms = _rounded(later.terms, fresh, text, given)
                if terms is not later.terms:
                    later.terms, own = terms, weigh.anchors(terms)
                    fresh = own - known
            # a name written in capitals ("PE", "TVTA") that spells words given before is no new name
            known |= {term for term in fresh if 1 < len(term) < 7 and term.upper() in text and spelled.before(term, position)}
        terms = shares.restated(later.terms, text, known)  # "one in seven" after "14.2%": the same share
        if terms is not later.terms:
            later.reexpressed |= terms - later.terms
            later.terms, own = terms, weigh.anchors(terms)
            fresh = own - known
        if text.rstrip().endswith("?"):
            known |= own  # a question makes no point: it restates none, and none restates it
            given.add(own)
            continue
        match = None
        if len(later.terms) >= options.min_terms:
            shared: defaultdict[int, float] = defaultdict(float)  # missing keys in C, not Counter.__missing__
            # an FAQ answer gives the body's facts again, what its speakers said among them ("No.
            # The director has said staff will be freed up to help with résumés" after her quote
            # on it): it is compared with the quotations' words too. Elsewhere a sentence that
            # tells what a quote said is how reporting introduces or sums it up.
            listening = later.answer and heard
            for t in sorted(later.terms):  # one summation order whatever the hash seed
                found = index.get(t)
                if found:
                    w = weight[t]
                    for candidate in found:
                        shared[candidate] += w
                if listening:
                    found = heard_index.get(t)
                    if found:
                        w = weight[t]
                        for candidate in found:
                            shared[candidate] += w
            ranked = []
            if shared:
                total = weigh(later.terms)
                ranked = [(_as_heard(points[c], heard.get(c)) if listening else points[c], w / total) for c, w in _top(shared, _CANDIDATES) if not _expands(points[c], later)]
            items = {run[p.sentence.block.index]: lists[run[p.sentence.block.index]] for p, _ in ranked if p.sentence.block.index in run} if run else {}
            # most sentences share too little with every earlier one for any test to pass: the
            # candidates' shares together bound what one, two or a recap of them can hold
            if items or (ranked and (later.verdict or math.fsum(share for _, share in ranked) >= floor or _copied(later, ranked, weigh, options))):
                match = _judge(later, ranked, list(items.values()), weigh, options, _news(own, known), _lone_news(later, own, known))
                if match is not None:
                    yield match
            if match is None and later.glossing and not _news(own, known):
                match = _announced_gloss(later, points, position)
                if match is not None:
                    yield match
        known |= own
        given.add(own)
        figures.add(own, text)
        shares.add(own, text, later.terms)
        if later.sentence.block.index in run:
            lists[run[later.sentence.block.index]].append(later)
        for t in later.terms:
            bucket = index[t]
            if len(bucket) < _CANDIDATES_PER_TERM:
                bucket.append(position)
        if answers and document.quotations_overlapping(later.sentence.block, later.sentence.start, later.sentence.end):
            spoken = _quoted_terms(document, later.sentence) - later.terms
            if spoken:
                heard[position] = spoken
                for t in spoken:
                    bucket = heard_index[t]
                    if len(bucket) < _CANDIDATES_PER_TERM:
                        bucket.append(position)


def _under_recap_headings(document: Document) -> set[int]:
    """The paragraphs between a heading that announces a recap ("The Bottom Line", "In Summary",
    "Final Thoughts") and the next heading: a writer who heads a section so says it sums up."""
    under: set[int] = set()
    inside = False
    for block in document.blocks:
        if block.kind is BlockKind.HEADING:
            inside = _RECAP_HEADING.fullmatch(block.text) is not None
        elif inside and block.kind is BlockKind.PARAGRAPH:
            under.add(block.index)
    return under


class _Spelled:
    """Where the words an acronym spells first stand: "physical education" spells "PE",
    "Tri-Valley Transit Authority" "TVTA", "Department of Energy" "DOE". Looked up in the
    article's sentences once per acronym, the first time it is asked (at most ``_ACRONYMS``)."""

    def __init__(self, points: list[Point]) -> None:
        self.points = points
        self.text = ""
        self.starts: list[int] = []
        self.found: dict[str, int | None] = {}

    def before(self, letters: str, position: int) -> bool:
        """Whether the words ``letters`` spell stand in a point up to ``position``."""
        if letters not in self.found:
            if len(self.found) >= _ACRONYMS:
                return False
            if not self.starts:
                self.starts = list(accumulate((len(p.sentence.text) + 1 for p in self.points[:-1]), initial=0))
                self.text = "\n".join(p.sentence.text for p in self.points)
            spelled = _spelling(letters).search(self.text)
            self.found[letters] = None if spelled is None else bisect_right(self.starts, spelled.start()) - 1
        first = self.found[letters]
        return first is not None and first <= position


#: The characters an ASCII letter matches when case is ignored, besides its two cases (re's own
#: equivalences: "İ" and "ı" are an "i", "ſ" an "s", the Kelvin sign a "k").
_CASE_EXTRAS = {"i": "İı", "k": "\u212a", "s": "ſ"}


@lru_cache(maxsize=512)
def _spelling(letters: str) -> re.Pattern[str]:
    """Words that spell ``letters`` (an acronym, in lower case), small words between them skipped.

    The first letter is matched as a class of its cases, the word boundary before it checked
    after: re then skips to where that letter stands instead of trying the expression, case
    folded, at every character of the article (a third of the time). The same matches.

    Kept for the process: compiling one took 0.4 ms, and the same acronyms ("US", "BBC", "CEO")
    come back article after article (241 distinct in 636 asked for by 400 news articles)."""
    spelled = _SPELLING.join(map(re.escape, letters)) + r"[\w'’]*"
    first = letters[0]
    if first.isascii() and first.isalpha():
        return re.compile(f"[{first}{first.upper()}{_CASE_EXTRAS.get(first, '')}](?<=\\b\\w)(?i:{spelled[1:]})")
    return re.compile(r"\b" + spelled, re.IGNORECASE)


class _Figures:
    """The sums and differences of the figures so far, to tell a figure worked out from two the
    article gave from a new one: "$850,000" after "a $640,000 grant and $210,000 from the fund",
    "around £1,000" after "between £800 and £1,200" (the middle of a range one sentence gives),
    "125 years" after "from 1843 to 1968" (two figures of one sentence, in the same unit), "$161"
    after a bill of "$147" and a rise of "$13.80" (sums of money across sentences, in the same
    currency), and "by 95 seconds" after a time of "2:11:04" and a record of "2:12:39" (the
    interval between two times of one sentence, in seconds or minutes)."""

    def __init__(self) -> None:
        #: (sum or difference, its two figures, the sentences they stand in), sorted
        self.derived: list[tuple[float, str, str, str, str]] = []
        #: (difference, its two figures) of the figures of one sentence, sorted
        self.changes: list[tuple[float, str, str]] = []
        #: (interval in seconds or minutes, its unit, its two times), sorted
        self.intervals: list[tuple[float, str, str, str]] = []
        #: the amounts of money so far: (value, figure, its sentence)
        self.money: list[tuple[float, str, str]] = []
        #: the amounts of sentences that give them for one period: (value, days in the period, figure)
        self.rates: list[tuple[float, float, str]] = []

    def add(self, anchors: frozenset[str], text: str) -> None:
        if len(self.derived) >= _DERIVED_KEPT:
            return
        scales = _scales(text)
        values = sorted((value * scales.get(term, 1), term) for term in anchors if term[1:2].isdigit() and (value := _value(term)) is not None and value * scales.get(term, 1) >= _DERIVED_FROM)
        if 2 <= len(values) <= _SENTENCE_FIGURES:
            for i, (a, first) in enumerate(values):
                for b, second in values[i + 1 :]:
                    insort(self.derived, (a + b, first, second, text, text))
                    insort(self.derived, (abs(a - b), first, second, text, text))
                    insort(self.changes, (abs(a - b), first, second))
                    if _RANGE_WORDS.search(text):  # "around £1,000" after "between £800 and £1,200": the range by its middle
                        insort(self.derived, ((a + b) / 2, first, second, text, text))
        units = _units(text) if values else {}
        amounts = [(value, term) for value, term in values if units.get(term, frozenset()) & _CURRENCIES][:_SENTENCE_FIGURES]
        for a, first in amounts:
            for b, second, source in self.money:
                if units[first] & _units(source).get(second, frozenset()):
                    insort(self.derived, (a + b, second, first, source, text))
                    insort(self.derived, (abs(a - b), second, first, source, text))
        self.money += [(value, term, text) for value, term in amounts]
        if amounts and len(periods := {_PERIOD_DAYS[(m.group(1) or m.group(2)).lower()] for m in _RATE_PERIOD.finditer(text)}) == 1:
            days = periods.pop()  # "from £512 to £589 a year, a rise of £77": all three are yearly
            self.rates += [(value, days, term) for value, term in amounts]
        times = sorted({term for term in anchors if ":" in term and term[1:2].isdigit()})[:_SENTENCE_FIGURES]
        for i, first in enumerate(times):
            for second in times[i + 1 :]:
                for interval, unit in _intervals(first, second):
                    insort(self.intervals, (interval, unit, first, second))

    def derive(self, terms: frozenset[str], new: frozenset[str], text: str) -> frozenset[str]:
        """``terms`` (of the sentence ``text``) with each new figure worked out from two earlier
        ones replaced by those two: a telling figure of 100 or more that is their sum or their
        difference, in the same unit, within the rounding its digits allow (at most 0.5%), or a
        count of seconds or minutes that is the interval between two times ("100 gigabytes"
        after "250 screens in 150 cinemas" is a coincidence)."""
        if not self.derived and not self.intervals and not self.rates:
            return terms
        for term in sorted(new):
            if not term[1:2].isdigit():
                continue  # a name
            value = _value(term)
            if self.rates and value and (earlier := self._rate(term, value, text)) is not None:
                return self.derive(terms - {term} | {earlier}, new - {term}, text)
            if value is None or not _telling(term):
                continue
            if self.intervals and value == int(value):
                unit = _units(text).get(term, frozenset())
                i = bisect_left(self.intervals, (value,))
                while i < len(self.intervals) and self.intervals[i][0] == value:
                    _, counted, first, second = self.intervals[i]
                    if counted in unit:
                        return self.derive(terms - {term} | {first, second}, new - {term}, text)
                    i += 1
            scale = _scales(text).get(term, 1)
            value *= scale
            # a small figure is worked out only when its words tell it as a change and it is the
            # exact difference of two figures one sentence gave: "goes up by £23" after "from £38
            # to £61" (a small sum or difference anywhere else is a coincidence)
            small = value < _DERIVED_AT_LEAST
            change = value >= _DERIVED_FROM and _told_as_change(term, text)
            if small and not change:
                continue
            slack = _EXACT if small else min(_rounding(term[1:]) * scale, value * _DERIVED_SLACK)
            i = len(self.derived) if small else bisect_left(self.derived, (value - slack,))
            while i < len(self.derived) and self.derived[i][0] <= value + slack:
                _, first, second, one, two = self.derived[i]
                if _same_unit(term, text, first, one, second, two):
                    return self.derive(terms - {term} | {first, second}, new - {term}, text)
                i += 1
            if change:  # "240,000 more people" after "1.42 million visits, up from 1.18 million"
                i = bisect_left(self.changes, (value - slack,))
                if i < len(self.changes) and self.changes[i][0] <= value + slack:
                    _, first, second = self.changes[i]
                    return self.derive(terms - {term} | {first, second}, new - {term}, text)
        return terms

    def _rate(self, term: str, value: float, text: str) -> str | None:
        """The earlier amount that ``term`` (of ``text``) gives again for another period: "roughly
        £6.40 extra each month" after a rise of "£77" in a sentence of yearly bills is that rise by
        the month. The later figure names its period within a few words; the earlier sentence gave
        all its amounts for one."""
        for match in _UNIT.finditer(text):
            currency, digits, _ = match.groups()
            if not currency or figure(digits) != term:
                continue
            period = _RATE_PERIOD.search(text, match.end(), match.end() + _PERIOD_REACH)
            if period is None:
                return None
            days = _PERIOD_DAYS[(period.group(1) or period.group(2)).lower()]
            slack = _RATE_SLACK * (2 if _ROUGHLY.search(text, max(0, match.start() - _HEDGE_LENGTH), match.start()) else 1)
            for earlier, earlier_days, given in self.rates:
                if earlier_days != days and abs(earlier * days / earlier_days - value) <= value * slack:
                    return given
            return None
        return None


class _Shares:
    """The proportions the article has given, to tell a share restated in another form from a new
    figure: "one in seven voters" after "14.2% of registered voters", "close to a third of the
    38,000 acres" after "about 12,000 of those acres", "fifty cents on each dollar" after "$1 for
    every $2 a buyer saves". A later share within the rounding its form allows of a given one is
    that proportion again, and its terms are replaced by those it was given with.

    Given are the shares a sentence states (percentages, fractions, "one in seven", "$1 for every
    $2") and the ratios of its figures two by two; a ratio counts only for a later sentence that
    holds one of its two figures ("a third of the 38,000 acres"): a dozen figures make dozens of
    ratios, and any percentage would match one of them by chance. The earlier sentences are read
    only when a later one states a share, as few do."""

    def __init__(self) -> None:
        #: each earlier sentence's anchors, text and terms, in order
        self.sentences: list[tuple[frozenset[str], str, frozenset[str]]] = []
        #: the sentences each figure stands in (the first ``_CANDIDATES_PER_TERM``)
        self.by_figure: defaultdict[str, list[int]] = defaultdict(list)
        #: the positive figures of the sentences asked for ratios, by number (no year)
        self.values: dict[int, list[tuple[float, str]]] = {}
        #: the shares the sentences read so far state: (proportion, its terms, its form), sorted
        self.stated: list[tuple[float, tuple[str, ...], str]] = []
        self.read = 0

    def add(self, anchors: frozenset[str], text: str, terms: frozenset[str]) -> None:
        for term in anchors:
            if term[1:2].isdigit():
                found = self.by_figure[term]
                if len(found) < _CANDIDATES_PER_TERM:
                    found.append(len(self.sentences))
        self.sentences.append((anchors, text, terms))

    def restated(self, terms: frozenset[str], text: str, known: set[str]) -> frozenset[str]:
        """``terms`` (of the sentence ``text``) with each share that restates a given proportion
        replaced by the terms that proportion was given with; a percentage the article has given
        (``known``) is left as it is."""
        if not self.sentences or not _may_state_share(text, terms):
            return terms  # most sentences: no share, and the expressions need not run
        change = _GROWTH.search(text) is not None  # "growth of close to 39 percent": the change between two figures, as a share
        for share, own, (below, above), form in _shares(text):
            if form is _PERCENTAGE and all(term in known for term in own if term[1:2].isdigit()):
                continue  # a percentage the article has given: its own figure, not another share's
            low, high = share * below, share * above
            found = self._nearest(share, low, high, form)
            found += [(abs(value - share), given) for value, given in self._ratios(terms, change) if low <= value <= high]
            if found:
                terms = terms - own | frozenset(min(found)[1])
        return terms

    def _nearest(self, share: float, low: float, high: float, form: str) -> list[tuple[float, tuple[str, ...]]]:
        """The stated shares nearest ``share`` on either side, within ``low`` and ``high`` (a few
        on each side at most: an article of thousands of percentages must not cost their square)."""
        stated = self._stated()
        middle = bisect_left(stated, (share,))
        found = []
        for side in (range(middle - 1, max(-1, middle - 1 - _SHARES_LOOKED), -1), range(middle, min(len(stated), middle + _SHARES_LOOKED))):
            for value, given, given_form in map(stated.__getitem__, side):
                if not low <= value <= high:
                    break
                if not (form is _PERCENTAGE and given_form is _PERCENTAGE):  # "3 percent" after "2.9 percent": another figure
                    found.append((abs(value - share), given))
                    break
        return found

    def _stated(self) -> list[tuple[float, tuple[str, ...], str]]:
        """The shares the earlier sentences state (the first ``_DERIVED_KEPT``), sorted by value."""
        for _anchors, text, terms in self.sentences[self.read :]:
            if len(self.stated) < _DERIVED_KEPT and _may_state_share(text, terms):
                for share, terms, _bounds, form in _shares(text):
                    insort(self.stated, (share, tuple(sorted(terms)), form))
        self.read = len(self.sentences)
        return self.stated

    def _ratios(self, terms: frozenset[str], change: bool = False) -> Iterator[tuple[float, tuple[str, str]]]:
        """The ratios of two figures of one earlier sentence, one of them among ``terms``; with
        ``change``, also the change from the smaller to the larger as a share of the smaller
        ("growth of close to 39 percent" after "41,300 parcels, up from 29,800")."""
        held = sorted(set(chain.from_iterable(self.by_figure.get(term, ()) for term in terms if term[1:2].isdigit())))[:_CANDIDATES_PER_TERM]
        for number in held:
            values = self.values.get(number)
            if values is None:
                anchors = self.sentences[number][0]
                values = self.values[number] = [(value, term) for term in anchors if term[1:2].isdigit() and (value := _value(term)) is not None and value > 0 and not _year(term)]
            if 2 <= len(values) <= _SENTENCE_FIGURES:
                for a, first in values:
                    if first in terms:
                        for b, second in values:
                            if a < b:
                                yield a / b, (first, second)
                                if change:
                                    yield (b - a) / a, (first, second)
                            elif b < a:
                                yield b / a, (second, first)
                                if change:
                                    yield (a - b) / b, (second, first)


#: Words that tell a share as a change: "growth of 39 percent", "a rise of about a fifth", "up 12%".
_GROWTH = LazyPattern(r"\b(?:growth|grew|grow|rise|rose|risen|increase[sd]?|jump(?:ed)?|climb(?:ed)?|up|higher|more|drop(?:ped)?|fall|fell|fallen|decline[sd]?|down|lower|fewer|less|cut)\b", re.IGNORECASE)

#: The forms a share is given in.
_PERCENTAGE, _WORDED, _RATIO = "percentage", "worded", "ratio"


def _bounds(text: str, match: re.Match[str]) -> tuple[float, float]:
    """The factors of a share in words that bound what it may stand for: its rounding either side,
    or one side stretched by the hedge before it ("more than a tenth", "nearly half")."""
    hedge = _HEDGE.search(text, max(0, match.start() - _HEDGE_LENGTH), match.start())
    if hedge is not None and hedge.group("above"):
        return 1 - _WORDED_SLACK, 1 + _HEDGED_SLACK
    if hedge is not None:
        return 1 - _HEDGED_SLACK, 1 + _WORDED_SLACK
    return 1 - _WORDED_SLACK, 1 + _WORDED_SLACK


def _shares(text: str) -> list[tuple[float, frozenset[str], tuple[float, float], str]]:
    """The shares ``text`` states, each with the terms that state it and the factors that bound it:
    a fraction ("a third", "two-thirds", "half"), a count of a count ("one in seven", "1 of
    every 4"), a rate of money ("fifty cents on the dollar", "$1 for every $2"), a percentage.
    Words are rounded by nature (8%), a hedge stretches them on its side ("more than a tenth":
    up to 25% more); a percentage is within half its last digit (8% at most)."""
    found = []
    for match in _FRACTION.finditer(text):
        count = NUMBER_WORDS.get(match.group("count").lower(), "1") if match.group("count") else "1"
        part = match.group("part").lower()
        whole = _PARTS[part.removesuffix("s") if part != "halves" else "half"]
        if int(count) < whole:
            found.append((int(count) / whole, _forms_of(match.group()), _bounds(text, match), _WORDED))
    for match in _COUNT_OF_COUNT.finditer(text):
        part, whole = (NUMBER_WORDS.get(group.lower(), group.replace(",", "")) for group in (match.group("part"), match.group("whole")))
        if part.isdigit() and whole.isdigit() and 0 < int(part) < int(whole):
            found.append((int(part) / int(whole), _forms_of(match.group()), _bounds(text, match), _WORDED))
    for match in _ON_THE_DOLLAR.finditer(text):
        cents = NUMBER_WORDS.get(match.group("cents").lower(), match.group("cents"))
        if cents.isdigit() and 0 < int(cents) < 100:  # point() writes "fifty cents" as the figure 0.50
            found.append((int(cents) / 100, _forms_of(match.group()) | {f"#0.{int(cents):02d}"}, (1 - _WORDED_SLACK, 1 + _WORDED_SLACK), _WORDED))
    for match in _PERCENT.finditer(text):
        digits = match.group(1)
        value = float(digits)
        if 0 < value < 100:
            slack = min(_rounding(digits) / value, _WORDED_SLACK)
            found.append((value / 100, _forms_of(match.group()), (1 - slack, 1 + slack), _PERCENTAGE))
    return found


def _year(term: str) -> bool:
    """A figure that is a year ("#2021"): no share of anything."""
    return len(term) == 5 and term[1:].isdigit() and 1900 <= int(term[1:]) <= 2100


def _forms_of(text: str) -> frozenset[str]:
    """The terms the words of ``text`` give a point (:func:`point`)."""
    return frozenset(chain.from_iterable(_FORMS(_TOKEN_TERMS[token]) for token in _TOKEN.findall(text)))


#: A hedge before a share in words stretches it on its side: "more than a tenth" is 10% or up to
#: ``_HEDGED_SLACK`` of it more, "nearly half" 50% or up to that much less.
_HEDGE = LazyPattern(r"\b(?:(?P<above>more\s+than|over|above|upwards\s+of|at\s+least)|(?P<below>nearly|almost|close\s+to|just\s+under|under|less\s+than|not\s+quite))\s+$", re.IGNORECASE)
_HEDGE_LENGTH = 16  # the longest hedge and the space after it
_HEDGED_SLACK = 0.25
#: Fractions in words: "a third", "two-thirds", "three quarters", "half".
_PARTS = {"half": 2, "halve": 2, "third": 3, "quarter": 4, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10}
_FRACTION = LazyPattern(
    r"\b(?:(?P<count>one|two|three|four|five|six|seven|eight|nine)[\s-]+|(?:a|an)\s+|(?=half\b))(?P<part>halves|half|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)\b(?!\s+(?:quarter|period|round|inning|time|place|party|parties|straight|consecutive|year|season|term|day|week|month|game|match|race|stage|floor|grade|street|avenue|ward|district|reading|world|century|wave|time|largest|biggest|highest|most))",
    re.IGNORECASE,
)
_COUNT_OF_COUNT = LazyPattern(
    r"(?<![\w.,])[$£€]?(?P<part>\d{1,3}|one|two|three|four|five|six|seven|eight|nine)\s+(?:in|out\s+of|of\s+every|for\s+every)\s+(?:every\s+)?[$£€]?(?P<whole>\d{1,3}(?:,\d{3})*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|hundred)\b(?![.,]\d)",
    re.IGNORECASE,
)
_ON_THE_DOLLAR = LazyPattern(r"\b(?P<cents>\d{1,2}|[a-z]+(?:-[a-z]+)?)\s+cents\s+(?:on|of|for|out\s+of)\s+(?:the|each|every|a)\s+dollar\b", re.IGNORECASE)
_PERCENT = LazyPattern(r"(?<![\d.,])(\d{1,2}(?:\.\d+)?)\s*(?:%|percent\b|per\s+cent\b)", re.IGNORECASE)
#: Stated shares looked at on either side of a share's value (the nearest that may stand for it is taken).
_SHARES_LOOKED = 8


def _may_state_share(text: str, terms: frozenset[str]) -> bool:
    """Whether ``text`` (with its point's ``terms``) may state a share: a percentage or cents, a
    fraction's word, or a figure and a count of a count. Most sentences do not, and the
    expressions of :func:`_shares` need not run."""
    lowered = text.lower()
    if "%" in lowered or "cent" in lowered or not terms.isdisjoint(_fraction_terms()):
        return True
    return any(term[1:2].isdigit() for term in terms) and _COUNT_OF_COUNT.search(text) is not None


@lru_cache(maxsize=1)
def _fraction_terms() -> frozenset[str]:
    """The terms of the fractions' words, as points hold them."""
    return _forms_of(" ".join(part + "s" for part in _PARTS) + " " + " ".join(_PARTS) + " halves")


#: A share in words is rounded by nature: "a third" of 12,000 in 38,000 (31.6%), "nearly one in three" of 31%.
_WORDED_SLACK = 0.08


#: Currency signs: amounts of money in one currency add up across sentences.
_CURRENCIES = frozenset("$£€")


def _intervals(first: str, second: str) -> list[tuple[float, str]]:
    """The intervals between two times ("#2:11:04", "#2:12:39"), as counts of the unit they would
    be told in: seconds between two h:mm:ss or m:ss times, and minutes between two h:mm times."""
    parts = [[int(part) for part in term[1:].split(":")] if all(part.isdigit() for part in term[1:].split(":")) else None for term in (first, second)]
    if parts[0] is None or parts[1] is None or len(parts[0]) != len(parts[1]):
        return []
    if len(parts[0]) == 3:
        (h1, m1, s1), (h2, m2, s2) = parts
        return [(abs((h1 * 60 + m1) * 60 + s1 - ((h2 * 60 + m2) * 60 + s2)), "second")]
    if len(parts[0]) == 2:
        (a1, b1), (a2, b2) = parts
        interval = abs(a1 * 60 + b1 - (a2 * 60 + b2))
        return [(interval, "second"), (interval, "minut")]  # m:ss race times, h:mm clock times
    return []


#: A figure's unit: a currency sign before it, or the word after it ("250 screens", "$61 million").
_UNIT = LazyPattern(rf"([$£€])?({FIGURE.pattern})(?:\s+(?:million|billion|thousand|m|bn|k)\b)?(?:\s+([^\W\d_]+))?")


@lru_cache(maxsize=1024)
def _units(text: str) -> dict[str, frozenset[str]]:
    """The units of the figures of ``text``, by figure term; years ("1843") have the unit "year"."""
    units: defaultdict[str, set[str]] = defaultdict(set)
    for match in _UNIT.finditer(text):
        currency, digits, word = match.groups()
        term = figure(digits)
        if currency:
            units[term].add(currency)
        elif len(digits) == 4 and digits.isdigit() and 1000 <= int(digits) <= 2100:
            units[term].add("year")
        if word and not currency:
            units[term].update(word_terms(word.lower())[:1])
    return {term: frozenset(found) for term, found in units.items()}


def _same_unit(term: str, text: str, first: str, one_source: str, second: str, two_source: str) -> bool:
    """Whether figure ``term`` of ``text`` counts what ``first`` of ``one_source`` and ``second``
    of ``two_source`` count, or counts the years between two years."""
    unit = _units(text).get(term, frozenset())
    one, two = _units(one_source).get(first, frozenset()), _units(two_source).get(second, frozenset())
    return bool(unit & one & two) or ("year" in one and "year" in two and "year" in unit)


#: A figure told as the change between two: "240,000 more people", "a rise of £77", "up by 1,200".
_CHANGE_AFTER = LazyPattern(r"\s*(?:million|billion|thousand|m|bn|k)?\s+(?:more|fewer|less|extra|additional)\b", re.IGNORECASE)
_CHANGE_BEFORE = LazyPattern(
    r"\b(?:(?:rise|increase|jump|drop|fall|decline|gain|growth|leap|cut|reduction)\s+of|(?:up|down|rose|fell|grew|increased|decreased|dropped|climbed)\s+by)\s+(?:(?:about|around|roughly|nearly|almost|some|just\s+over|just\s+under)\s+)?[$£€]?$",
    re.IGNORECASE,
)


def _told_as_change(term: str, text: str) -> bool:
    """Whether ``term`` stands in ``text`` as a change, by its words: "240,000 more", "a rise of £77"."""
    for match in FIGURE.finditer(text):
        if figure(match.group()) == term:
            return bool(_CHANGE_AFTER.match(text, match.end()) or _CHANGE_BEFORE.search(text, max(0, match.start() - 40), match.start()))
    return False


#: A figure's multiplier: "1.42 million", "£2.1bn", "$300m", "12k".
_SCALE = LazyPattern(rf"({FIGURE.pattern})\s*(million|billion|thousand|m|bn|k)\b", re.IGNORECASE)
_SCALES = {"million": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9, "thousand": 1e3, "k": 1e3}


@lru_cache(maxsize=1024)
def _scales(text: str) -> dict[str, float]:
    """The multipliers of the figures of ``text`` that have one, by figure term: "1.42 million
    visits" and "1.18 million" differ by the "240,000 more people" a later sentence counts."""
    return {figure(digits): _SCALES[word.lower()] for digits, word in _SCALE.findall(text)}


@lru_cache(maxsize=4096)
def _value(term: str) -> float | None:
    digits = term[1:]
    if not digits[:1].isdigit() or "-" in digits or ":" in digits or digits.count(".") > 1:
        return None
    try:
        return float(digits)
    except ValueError:  # digits that are no decimal figure: "²" is a digit to str.isdigit, not to float
        return None


def _rounding(digits: str) -> float:
    """Half a unit of a figure's last written digit: 161 is 160.5-161.5, 850000 is 845,000-855,000."""
    if "." in digits:
        return 0.5 * 10 ** -len(digits.split(".")[1])
    return 0.5 * 10 ** (len(digits) - len(digits.rstrip("0")))


def _answers(document: Document) -> set[int]:
    """Indexes of the blocks that answer a question: the blocks after a heading or a line ending in
    "?", and a paragraph that opens with its own question ("**Who pays?** A state grant ...")."""
    answers: set[int] = set()
    asking = False
    for block in document.blocks:
        question = block.text.rstrip().endswith("?")
        if block.kind in (BlockKind.HEADING, BlockKind.HEADLINE):
            asking = question
        elif question and block.kind is BlockKind.PARAGRAPH and len(block.text) < 200:
            asking = True  # "Q: Who qualifies?" as a line of its own
        elif block.kind is BlockKind.PARAGRAPH and "?" in block.text[:_QUESTION_LENGTH] and _asks_first(document, block):
            answers.add(block.index)  # the question itself is no point (questions are skipped)
            asking = False
        elif asking and block.kind in _POINTS:
            answers.add(block.index)
            asking = block.kind is BlockKind.LIST_ITEM  # a list answers as a whole
    return answers


def _asks_first(document: Document, block: Block) -> bool:
    """Whether ``block`` is a question on a line of its own and its answer: its first sentence is a
    short question and ends a line of the source, and more follows."""
    sentences = document.sentences_of(block)
    if len(sentences) < 2 or not sentences[0].text.rstrip().endswith("?") or len(sentences[0].text) >= _QUESTION_LENGTH:
        return False
    end = sentences[0].start + len(sentences[0].text.rstrip())
    return document.lines.line_of(block.offsets[end - 1]) < document.lines.line_of(block.offsets[sentences[1].start])


def _expands(earlier: Point, later: Point) -> bool:
    """A lede that follows the dek expands it: saying the dek's news again there is the job."""
    return earlier.sentence.block.kind is BlockKind.DEK and later.sentence.block.index == earlier.sentence.block.index + 1


def _list_start(document: Document, p: Point) -> int:
    """The index of the first block of the list that ``p``'s item belongs to."""
    index = p.sentence.block.index
    while index > 0 and document.blocks[index - 1].kind is BlockKind.LIST_ITEM:
        index -= 1
    return index


def _judge(
    later: Point,
    ranked: list[tuple[Point, float]],
    lists: list[list[Point]],
    weigh: _Weights,
    options: RestatedOptions,
    news: bool,
    lone_news: bool = False,
) -> Match | None:
    """The surest restatement of ``later`` by one or two of the ``ranked`` earlier sentences, or a list.

    ``lists`` are the earlier items of the lists that ranked candidates belong to:
    an FAQ answer may restate three steps of a how-to list at once.

    ``ranked`` pairs each candidate with the share of ``later``'s weight it holds,
    which estimates every coverage from above (up to the index cap) and lets
    hopeless candidates go unexamined. A sentence with ``news`` (a figure or
    name the article has not given before) can only be a copy with a clause added, unless
    it is ``lone_news``: an announced recap that gathers several earlier sentences may add
    one detail and still sum them up (an info at most).
    """
    floor = _floor(options)
    best: Match | None = None
    content = _content(later)
    size = len(content) if len(content) >= 7 else 0
    similarity, containment = options.copy_similarity, options.copy_containment
    total = weigh(later.terms)
    for earlier, share in ranked:
        if size:  # a near-copy is duplicate-passage's: sets whose sizes differ more than it allows are not compared
            words = earlier.content if earlier.content is not None else _content(earlier)
            other = len(words)
            if (size / other if size <= other else other / size) >= similarity and jaccard(content, words) >= similarity:
                return None
        if share >= floor or share * total >= containment * weigh(earlier.terms):
            best = _better(best, later, (earlier,), weigh, options, news)
    if not news and (best is None or best.severity is Severity.INFO):
        for i, (first, share) in enumerate(ranked):
            for second, other in ranked[i + 1 :]:
                if share + other < options.info_pair_coverage:
                    continue  # together they cannot hold enough of it
                one, two = later.terms & first.terms, later.terms & second.terms
                if len(one - two) >= 2 and len(two - one) >= 2:  # each holds part of the point
                    pair = tuple(sorted((first, second), key=lambda p: (p.sentence.block.index, p.sentence.start)))
                    best = _better(best, later, pair, weigh, options, news)
    if not news and (best is None or best.severity is Severity.INFO):
        for items in lists:
            group = tuple(item for item in items[:_CANDIDATES] if len(later.terms & item.terms) >= 2)
            if len(group) >= 3:
                best = _better(best, later, group, weigh, options, news)
    if not news or lone_news:
        recap = _recap(later, [p for p, _ in ranked], weigh, options)
        if recap is None and best is None and later.opens and later.marked:
            recap = _gloss(later, [p for p, _ in ranked], weigh, options)
        if recap is not None and news:
            recap = Match(recap.later, recap.earlier, recap.coverage, Severity.INFO)  # it adds a detail: a hint
        if recap is not None and (
            best is None
            or recap.severity.rank > best.severity.rank
            or (recap.severity is best.severity and recap.coverage >= best.coverage + _RECAP_MARGIN)
        ):
            best = recap  # a recap or an FAQ answer that sums up several sentences at once
    return best


def _gloss(later: Point, earlier: list[Point], weigh: _Weights, options: RestatedOptions) -> Match | None:
    """A sentence that opens by announcing a restatement ("In other words, ...", "Put simply, ...")
    and tells the paragraph just before it again, its sentences' words spread over the gloss:
    ``min-shared-words`` of them shared, at ``gloss-coverage``, and no new figure or name (an info).
    The opener says what the sentence is; the words say which point it restates."""
    before = [p for p in earlier if p.sentence.block.index == later.sentence.block.index - 1]
    if not before:
        return None
    shared = frozenset().union(*(later.terms & p.terms for p in before))
    words = shared - weigh.anchors(later.terms)
    coverage = weigh(shared) / weigh(later.terms)
    if len(words) >= options.min_shared_words and coverage >= options.gloss_coverage:
        return Match(later, tuple(sorted(before, key=lambda p: p.sentence.start)), coverage, Severity.INFO)
    return None


def _announced_gloss(later: Point, points: list[Point], position: int) -> Match | None:
    """A sentence that opens by saying it tells again what was just said ("In other words, ...",
    "Put differently, ...") and gives no new figure or name restates it, whatever words it picks:
    the sentences before it in its paragraph, or else the paragraph just before, or the list
    just before, item by item ("Put another way, the higher the index, the stricter the alert"
    after the list of its tiers): an info. An opener after a heading glosses nothing."""
    block = later.sentence.block.index
    window = points[max(0, position - _GLOSSED) : position]
    before = [p for p in window if p.sentence.block.index == block]
    if not before:
        before = [p for p in window if p.sentence.block.index == block - 1]
        if before and before[0].sentence.block.kind is BlockKind.LIST_ITEM and later.sentence.block.kind is not BlockKind.LIST_ITEM:
            first = block - 1  # back to the list's first item, as far as the window reaches
            for p in reversed(window):
                if p.sentence.block.kind is not BlockKind.LIST_ITEM or p.sentence.block.index < first - 1:
                    break
                first = p.sentence.block.index
            return Match(later, tuple(p for p in window if first <= p.sentence.block.index < block), 0.0, Severity.INFO)
    if not before or before[0].sentence.block.kind is not BlockKind.PARAGRAPH:
        return None
    return Match(later, tuple(before), 0.0, Severity.INFO)


def _copied(later: Point, ranked: list[tuple[Point, float]], weigh: _Weights, options: RestatedOptions) -> bool:
    """Whether one of the ``ranked`` earlier sentences may stand whole in ``later`` (a copy with a clause added)."""
    total = weigh(later.terms)
    return any(share * total >= options.copy_containment * weigh(earlier.terms) for earlier, share in ranked)


@lru_cache(maxsize=64)
def _floor(options: RestatedOptions) -> float:
    """The least share of a sentence one earlier sentence must hold to be judged as restating it (short of a copy)."""
    return min(options.marked_coverage, options.figures_coverage, options.info_coverage, options.wordy_coverage, options.answer_coverage, options.ending_coverage)


def _recap(later: Point, earlier: list[Point], weigh: _Weights, options: RestatedOptions) -> Match | None:
    """A sentence that sums up several earlier sentences: their shared terms together.

    A recap that announces itself ("In short, ..."), one that gathers three or more of the
    article's telling figures, and an FAQ answer are judged at ``recap-coverage`` (a warning at
    ``recap-warning-coverage`` unless it is an unannounced answer); the first and the last may
    share no anchor if they share enough words (``recap-words``), as an info. Any other sentence
    of the closing part is a recap, as an info, at ``plain-recap-coverage`` with two anchors
    shared, of the sentences before its neighbouring paragraphs."""
    own = weigh.anchors(later.terms)
    summing = later.marked or later.answer or later.summing or sum(map(_telling, own)) >= 3
    if not summing and not later.closing:
        return None
    # a recap reaches back across the article: a sentence that builds on the paragraph or two
    # before it develops that thread
    near = later.sentence.block.index - _NEIGHBOURS if not summing else later.sentence.block.index + 1
    holding = tuple(
        sorted(
            (p for p in earlier if p.sentence.block.index < near and len(later.terms & p.terms) >= 2),
            key=lambda p: (p.sentence.block.index, p.sentence.start),
        )
    )
    if len(holding) < 2:
        return None
    shared = frozenset().union(*(later.terms & p.terms for p in holding))
    anchors, words = len(own & shared), len(shared - own)
    coverage = weigh(shared) / weigh(later.terms)
    # the article's closing verdict on itself: loosely worded, but what it sums up was said
    verdict = Match(later, holding, coverage, Severity.INFO) if later.verdict and len(shared) >= options.min_shared_words and coverage >= options.verdict_coverage else None
    if not summing:
        if anchors >= 2 and words >= options.min_shared_words + 1 and coverage >= options.plain_recap_coverage:
            return Match(later, holding, coverage, Severity.INFO)
        if anchors >= _RECAP_ANCHORS and own <= shared and sum(t[:1] == "#" for t in own) >= _RECAP_ANCHORS - 1 and words and coverage >= options.plain_recap_coverage:
            return Match(later, holding, coverage, Severity.INFO)  # every date, figure and name of it given before: "From April 6 to late August, plan on Route 9"
        return verdict
    if not anchors:
        if (later.marked or later.answer or later.summing) and words >= options.recap_words and coverage >= options.recap_coverage:
            return Match(later, holding, coverage, Severity.INFO)
        return verdict
    if words < options.min_shared_words + 1 - (anchors >= 3) * 2:
        return verdict
    if coverage < options.recap_coverage:
        # an announced recap ("Overall, ...") pads what it gathers with words of its own: a hint
        if (later.marked or later.summing) and coverage >= options.announced_recap_coverage:
            return Match(later, holding, coverage, Severity.INFO)
        return verdict
    # an FAQ answer may sum up the body on purpose (explainers with question subheads do): a hint
    announced = later.marked or not later.answer
    return Match(later, holding, coverage, Severity.WARNING if announced and coverage >= options.recap_warning_coverage else Severity.INFO)


def _better(best: Match | None, later: Point, earlier: tuple[Point, ...], weigh: _Weights, options: RestatedOptions, news: bool) -> Match | None:
    severity, coverage = _severity(later, earlier, weigh, options, news)
    if severity is None:
        return best
    if best is None or (severity.rank, len(earlier) == 1, coverage) > (best.severity.rank, len(best.earlier) == 1, best.coverage):
        return Match(later, earlier, coverage, severity)
    return best


def _severity(later: Point, earlier: tuple[Point, ...], weigh: _Weights, options: RestatedOptions, news: bool) -> tuple[Severity | None, float]:
    """How surely ``earlier`` (one sentence or two) already makes ``later``'s point, and the coverage."""
    own = weigh.anchors(later.terms)
    shared = frozenset().union(*(later.terms & p.terms for p in earlier))
    anchors, words = own & shared, shared - own
    figures = [t for t in anchors if t.startswith("#")]
    coverage = weigh(shared) / weigh(later.terms)
    content = weigh(words) / (weigh(later.terms - own) or 1.0)
    single = len(earlier) == 1
    enough_anchors = len(anchors) >= options.min_shared_anchors + (not single) or (
        content >= options.wordy_coverage and len(words) >= options.min_shared_words + 3  # one figure, and the same words around it
    )
    anchored = enough_anchors and len(figures) >= options.min_shared_figures and len(words) >= options.min_shared_words
    if (
        single
        and len(earlier[0].terms) >= options.copy_min_terms
        and weigh(shared) >= options.copy_containment * weigh(earlier[0].terms)
        and coverage >= options.copy_coverage
    ):
        return (Severity.WARNING if anchored else Severity.INFO), coverage  # copied whole, a clause added
    if news:
        return None, coverage  # a new figure or name: a new fact, not a restatement
    if single and later.marked and anchors and len(words) >= options.min_shared_words and coverage >= options.marked_coverage:
        return Severity.WARNING, coverage  # "In other words, ..." and the same point
    if single and later.marked and anchors and len(words) >= options.min_shared_words - 1 and coverage >= options.marked_info_coverage:
        return Severity.INFO, coverage  # "Put another way, ..." and its anchor, the words swapped
    if single and anchors & later.reexpressed and earlier[0].sentence.block is later.sentence.block and len(words) >= options.min_shared_words and coverage >= options.marked_coverage:
        return Severity.INFO, coverage  # "Grain shipments increased by more than a tenth" after "rose 11.4 percent": the figure worked over
    if single and later.answer and len(words) >= options.min_shared_words + 1 and min(coverage, content) >= options.answer_coverage:
        return Severity.WARNING, coverage  # an FAQ answer that says what the body said
    if single and later.answer and any(map(_telling, anchors)) and len(words) >= options.min_shared_words - 1 and coverage >= options.answer_coverage:
        return Severity.INFO, coverage  # a short FAQ answer that gives the body's figure again ("Yes. It must cost $385,000 or less.")
    scaled = [t for t in own if not _telling(t) and t in _scales(later.text)]  # "$6.2 million" is an amount, not a rounded rate
    telling = [t for t in own if _telling(t)] + scaled
    if own & _MONTHS and len(later.terms - shared - own) >= _SETTING_WORDS:
        # "July 11-13" told again as the setting of a sentence that mostly says something new
        # ("The notes listed July 11-13 as a tentative date before the festival moved ..."): a date
        telling = [t for t in telling if not _day_of_month(t)]
    if single and len(telling) >= 2 and all(t in shared for t in telling):
        # every telling figure of the later sentence, in one earlier sentence: the fact told again
        if coverage >= options.telling_coverage:
            # a hint when it takes an amount's small digits to make two: two sentences may hold more of the point
            return (Severity.INFO if len(telling) - len(scaled) < 2 else Severity.WARNING), coverage
        if coverage >= options.info_telling_coverage:
            return Severity.INFO, coverage
    # a score or a time ("18-13", "2:11:04") names one moment: with two more anchors and the same
    # words around it, it is that moment told again (a hint, when no stronger test passes)
    moment = (
        single
        and len(telling) == 1
        and telling[0] in shared
        and not telling[0][1:].replace(".", "").isdigit()
        and len(anchors) >= 3
        and len(words) >= options.min_shared_words + 1
        and coverage >= options.telling_coverage
    )
    if not anchored and (single or coverage >= options.pair_coverage) and (words or len(anchors) >= 5) and len(figures) >= 2 and len(anchors) >= 3 and coverage >= options.anchors_coverage:
        # the same figures and names, few of the same words (from one sentence, or nearly all of it from
        # two: "Eastgate, Milford Avenue and Hollis Street could lose Sunday hours from July 2026"); with
        # none of them, a sentence that applies a rule to a case the lede gave ("For Alder Grove, that runs through March 19.")
        return Severity.INFO, coverage
    if not anchored:
        wordy = single and anchors and len(words) >= options.min_shared_words + 2 and min(coverage, content) >= options.wordy_coverage
        if wordy and len(words) >= options.min_shared_words + 4 and min(coverage, content) >= options.wordy_warning_coverage:
            return Severity.WARNING, coverage  # one anchor, and nearly every word of the earlier sentence again
        # one telling figure (250 permits, $85,000) and many of the same words around it
        told = single and any(map(_telling, anchors)) and len(words) >= options.min_shared_words + 3
        told = told and min(coverage, content) >= options.told_coverage
        # a closing line that tells the lede's news again by its names and key words: the release's sign-off
        ending = single and later.closing and earlier[0].lede and len(anchors) >= 3 and len(words) >= options.min_shared_words + 1
        ending = ending and coverage >= options.ending_coverage
        return (Severity.INFO if wordy or told or ending or moment or _echoes(later, earlier, words, coverage, content, options) else None), coverage
    strict = (options.coverage, options.content_coverage) if single else (options.pair_coverage, options.pair_content_coverage)
    loose = (options.info_coverage, options.info_content_coverage) if single else (options.info_pair_coverage, options.info_pair_content_coverage)
    if coverage >= strict[0] and content >= strict[1]:
        return Severity.WARNING, coverage
    if single and len(figures) >= 2 and len(anchors) >= 3 and coverage >= options.anchors_coverage:
        return Severity.WARNING, coverage  # the same set of figures, told again in other words
    if coverage >= loose[0] and content >= loose[1]:
        return Severity.INFO, coverage
    if len(figures) >= 3 and coverage >= options.figures_coverage:
        return Severity.INFO, coverage  # the same figures, told again at length
    return (Severity.INFO if moment or _echoes(later, earlier, words, coverage, content, options) else None), coverage


def _echoes(later: Point, earlier: tuple[Point, ...], words: frozenset[str], coverage: float, content: float, options: RestatedOptions) -> bool:
    """Whether ``later``, a long sentence of the closing part, tells again in other words what one
    sentence well before it said (not the paragraphs just before it, whose thread it may carry on):
    four of its content words and ``echo-coverage`` of it, and what it adds only words any story
    uses ("easier than ever", "underlines the scale"): a reference or a new detail adds rare ones."""
    if not (
        later.closing
        and len(earlier) == 1
        and len(later.terms) >= options.echo_min_terms
        and earlier[0].sentence.block.index < later.sentence.block.index - _NEIGHBOURS
        and len(words) >= options.echo_words
        and coverage >= options.echo_coverage
        and content >= options.echo_content_coverage
    ):
        return False
    added = [t for t in later.terms - earlier[0].terms if t[:1] != "#"]
    common = _common_terms()
    return bool(added) and math.fsum(common.get(t, 1.0) for t in added) / len(added) <= options.echo_commonness


#: Small counts (figures 1-9): "the three-judge panel" says nothing new about a 3-0 ruling.
_COUNTS = frozenset(f"#{digit}" for digit in range(1, 10))
_WEEKDAYS = frozenset("#monday #tuesday #wednesday #thursday #friday #saturday #sunday".split())
_MONTHS = frozenset("#" + month for month in "january february march april may june july august september october november december".split())
_DAYS_OF_MONTH = frozenset(f"#{day}" for day in range(1, 32))


#: Words of its own that make a sentence about something new, though it gives a known date again.
_SETTING_WORDS = 8


def _day_of_month(term: str) -> bool:
    """A day of a month, or a range of days ("#16", "#11-13")."""
    low, dash, high = term.partition("-")
    return low in _DAYS_OF_MONTH and (not dash or f"#{high}" in _DAYS_OF_MONTH)


def _lone_news(later: Point, anchors: frozenset[str], known: set[str]) -> bool:
    """Whether ``later`` opens by announcing a recap ("In short, ...", "Bottom line: ...") in the
    article's closing part, gives ``_RECAP_ANCHORS`` or more of the article's figures and names
    again, and adds only one of its own ("in 2026" after "next year", "circling Earth"): the
    recap still sums up what came before, the detail does not make it news."""
    return later.marked and later.opens and later.closing and len(anchors - known) == 1 and len(anchors & known) >= _RECAP_ANCHORS


def _news(anchors: frozenset[str], known: set[str]) -> bool:
    """Whether ``anchors`` (a sentence's) hold a figure or a name the article has not given: a small
    count is no news, nor is the weekday of a date the article has given ("Sunday, May 17" after
    "May 16-17")."""
    unknown = anchors - known
    if unknown.issubset(_COUNTS):
        return False
    if unknown & _WEEKDAYS and anchors & known & _MONTHS and anchors & known & _DAYS_OF_MONTH:
        unknown -= _WEEKDAYS
    unknown = {term for term in unknown if not _adjective_of_known(term, known)}
    return not unknown.issubset(_COUNTS)


#: Endings that make a place's name its adjective: "Asian", "European", "Italian", "Chinese", "Pakistani".
_ADJECTIVE_ENDINGS = ("ian", "ean", "an", "n", "ese", "i")


def _adjective_of_known(term: str, known: set[str]) -> bool:
    """Whether ``term`` is the adjective of a name the article has given ("asian" after "asia",
    "european" after "europ", "canadian" after "canada"): "Southeast Asian plans" names nobody new."""
    if term.startswith("#") or len(term) < 5 or not term.endswith(("n", "e", "i")):
        return False
    for ending in _ADJECTIVE_ENDINGS:
        if term.endswith(ending):
            base = term[: -len(ending)]
            if len(base) >= 3 and (base in known or any(base + vowel in known for vowel in "aeiouy")):
                return True
    return False


def _decades(terms: frozenset[str], new: frozenset[str], text: str, known: set[str], weight: dict[str, float]) -> frozenset[str]:
    """``terms`` with each new decade ("the 1960s", a year ending in 0 followed by "s"; "the upper
    20s", of a temperature or an age) that holds a figure the article has given replaced by that
    figure (the smallest, if several; one a body sentence gave, which has a weight)."""
    for term in sorted(new):
        digits = term[1:]
        if len(digits) in (2, 4) and digits.isdigit() and digits.endswith("0") and f"{digits}s" in text:
            held = sorted(k for k in known if len(k) == len(term) and k[1:-1] == digits[:-1] and k[-1:].isdigit() and k in weight)
            if held:
                terms = terms - {term} | {held[0]}
    return terms


_MONTH_ORDER = "january february march april may june july august september october november december".split()
#: The last day of a month named: "until the end of February", "by the close of June".
_MONTH_END = LazyPattern(r"\b(?:end|close|last\s+day)\s+of\s+(" + "|".join(m.capitalize() for m in _MONTH_ORDER) + r")\b")


def _month_ends(terms: frozenset[str], new: frozenset[str], text: str, known: set[str]) -> frozenset[str]:
    """``terms`` with each new month whose end the sentence names ("free until the end of February")
    replaced by the next month when the article has dated a change to its first day ("from 1 March"):
    the one boundary, told from the other side."""
    for match in _MONTH_END.finditer(text):
        month = "#" + match.group(1).lower()
        following = "#" + _MONTH_ORDER[(_MONTH_ORDER.index(month[1:]) + 1) % 12]
        if month in new and following in known and "#1" in known:
            terms = terms - {month} | {following}
    return terms


#: A figure written with a hedge before it: "roughly 11 percent", "past £1,200", "just under $161".
_HEDGED = LazyPattern(
    r"\b(?:about|around|roughly|nearly|almost|approximately|some|more than|over|past|just (?:under|over)|"
    r"close to|upwards of|at least|less than|under|well over|well above|above|below)\s+[$£€]?(\d[\d,]*(?:\.\d+)?)",
    re.IGNORECASE,
)
#: A rounded figure stands for a figure given earlier this close to it.
_ROUNDING = 0.05


@lru_cache(maxsize=4096)
def _round(term: str) -> bool:
    """A figure of 10 or more with two significant digits at most: 40, 1,200, 9,000, 3 million's 3000000."""
    digits = term[1:]
    return digits[:1].isdigit() and digits.isdigit() and len(digits) >= 2 and len(digits.rstrip("0")) <= 2


class _Given:
    """The figures the article has given so far (in its headline, if a body sentence has them too,
    and in body sentences before), sorted by value: a rounded figure looks up the ones near it."""

    def __init__(self, terms: Iterator[str]) -> None:
        self.seen: set[str] = set()
        self.values: list[tuple[float, str]] = []
        self.add(terms)

    def add(self, terms: Iterator[str] | frozenset[str]) -> None:
        for term in terms:
            if term[1:2].isdigit() and term not in self.seen:
                self.seen.add(term)
                value = _value(term)
                if value is not None:
                    insort(self.values, (value, term))

    def near(self, value: float) -> str | None:
        """The given figure nearest ``value`` within ``_ROUNDING`` of it, not ``value`` itself (the smaller on a tie)."""
        slack = _ROUNDING * value
        low, high = bisect_left(self.values, (value - slack,)), bisect_right(self.values, (value + slack, "\uffff"))
        found = sorted((abs(v - value), term) for v, term in self.values[low:high] if v != value)
        return found[0][1] if found else None


def _rounded(terms: frozenset[str], new: frozenset[str], text: str, given: _Given) -> frozenset[str]:
    """``terms`` with each new round figure written with a hedge ("past £1,200", "roughly 9,000": two
    significant digits at most, 10 or more) replaced by the figure the article gave that it rounds, within
    5% ("£1,240", "9,400"; the nearest, if several). The expression runs only when such a figure is near."""
    near = {term: found for term in new if _round(term) and (found := given.near(_value(term))) is not None}
    if not near:
        return terms  # most sentences: the expression need not run
    hedged = {figure(digits) for digits in _HEDGED.findall(text)}
    for term in sorted(hedged.intersection(near)):
        terms = terms - {term} | {near[term]}
    return terms


@lru_cache(maxsize=4096)
def _telling(term: str) -> bool:
    """A figure that identifies a fact: 317, 12000, 58-55, 2:11:04; not a day, a month, a year, a
    count under ten or a decimal (4.2 is as often a rounded rate as a fact of its own)."""
    digits = term[1:]
    if not digits[:1].isdigit():
        return False
    if "-" in digits or ":" in digits:
        return True  # a score or a time
    try:
        value = float(digits)
    except ValueError:
        return False
    return value >= 10 and not (len(digits) == 4 and 1900 <= value <= 2100)


def _line(document: Document, p: Point) -> int:
    block = p.sentence.block
    return document.lines.line_of(block.offsets[min(p.sentence.start, len(block.offsets) - 1)])


def check(document: Document, options: RestatedOptions) -> Iterator[Hit]:
    for match in restatements(document, options):
        sentence = match.later.sentence
        lines = sorted({_line(document, p) for p in match.earlier})
        if len(lines) == 1:
            where = f"line {lines[0]}"
        elif len(match.earlier) == 2:
            where = f"lines {lines[0]} and {lines[1]}"
        else:
            where = f"lines {lines[0]}-{lines[-1]}"
        end = sentence.start + len(sentence.text.rstrip())
        yield Hit(sentence.start, end, {"where": where, "first_line": lines[0]}, severity=match.severity, block=sentence.block)


KIND = Kind("restated-point", RestatedOptions, check, "Report sentences that restate an earlier point in other words.")
