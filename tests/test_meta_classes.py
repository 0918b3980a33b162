"""Meta-commentary and assistant-leak by class (issue #8, item 4).

Four classes, each with look-alikes from real reporting:

1. a chatbot's opening line that names the material it was given or the rewrite it made is
   chatbot residue (LN901) and also talks about that material (meta-commentary);
2. any material named by whoever supplied it ("the parks memo you forwarded"), not only a
   fixed list of nouns, is both families; a reader's own photos, forms and phone numbers are not;
3. the piece announcing its own coverage ("This primer runs through", "In this roundup, I've
   picked") and the gaps of the material it was made from ("not reflected in this summary");
4. an offer to rework the copy is a sign-off (assistant-leak) that talks about the text
   (meta-commentary): one finding of each family, never two of one.

Positions are computed from the text (the needle's line and column), never from the linter.
"""

from __future__ import annotations

import pytest
from conftest import HEADLINE, LEAD, at

import lint_news
from lint_news.findings import Severity

FAMILIES = ("meta-commentary", "assistant-leak")


def found(text: str) -> list[tuple[str, int, int]]:
    report = lint_news.lint_text(text, path="a.txt")
    return sorted((f.code, f.line, f.column) for f in report.findings if f.family in FAMILIES and f.severity is not Severity.INFO)


def article(paragraph: str) -> str:
    return HEADLINE + LEAD + paragraph + "\n"


# (paragraph, [(code, needle)]): every finding of the two families, where it starts
CASES = [
    # 1. an opening line naming the material or the rewrite: LN901 has the line, a meta rule the reference (and
    # LN908 the material named as the requester's, as anywhere else: an opening LN901 misses still has it)
    (
        "Sure, here's a short item based on the parks memo you forwarded, kept under 300 words.",
        [("LN901", "Sure, here's"), ("LN302", "the parks memo you forwarded"), ("LN908", "the parks memo you forwarded")],
    ),
    (
        "Okay, here is a rewrite of the county press release for a general audience:",
        [("LN901", "Okay, here is"), ("LN310", "a rewrite of the county press release")],
    ),
    (
        "Sure, here's a rewritten version of the budget story:",
        [("LN901", "Sure, here's"), ("LN310", "rewritten version of the budget story")],
    ),
    (
        "Here is a news item built from the library board agenda:",
        [("LN901", "Here is a news item"), ("LN310", "news item built from the library board agenda")],
    ),
    # 2. any noun phrase, then who supplied it: both families, at the same words
    ("The school board agenda you uploaded lists two closed sessions.", [("LN302", "The school board agenda"), ("LN908", "The school board agenda")]),
    ("The draft budget memo you sent over leaves out the pension figures.", [("LN302", "The draft budget memo"), ("LN908", "The draft budget memo")]),
    ("The volunteer sign-up sheet that you pasted in has no phone numbers.", [("LN302", "The volunteer sign-up sheet"), ("LN908", "The volunteer sign-up sheet")]),
    ("The narrative you provided contains several claims about the mayor.", [("LN302", "The narrative you provided"), ("LN908", "The narrative you provided")]),
    # 3. the piece announcing itself, and the gaps of its material
    ("This primer runs through the new parking zones and what a permit costs.", [("LN306", "This primer runs through")]),
    ("The pools reopen in June. This guide rounds up the six that stay open late.", [("LN306", "This guide rounds up")]),
    ("In this roundup, I've picked the four best trails for families.", [("LN306", "In this roundup, I've picked")]),
    ("We have gathered the key deadlines for applicants in this guide.", [("LN306", "We have gathered")]),
    ("This story is based on the notes provided by the campaign.", [("LN306", "This story is based on")]),
    ("The bus schedule changes are not reflected in this summary.", [("LN303", "are not reflected in this summary")]),
    ("Attendance figures were not included in the source notes.", [("LN303", "not included in the source notes")]),
    ("The main points of the excerpt are that the pool closes in June and reopens in 2027.", [("LN303", "main points of the excerpt")]),
    ("We'll cover the new fees and deadlines in this guide.", [("LN306", "We'll cover")]),
    # 4. an offer to rework the copy: one finding of each family
    (
        "Let me know if you'd prefer the piece shortened for the print edition.",
        [("LN311", "Let me know if you'd prefer"), ("LN904", "Let me know if you'd prefer")],
    ),
    (
        "The council meets again in March. Let me know if you'd like a shorter version.",
        [("LN311", "Let me know if you'd like"), ("LN904", "Let me know if you'd like")],
    ),
    ("Feel free to adjust the quotes to fit your publication.", [("LN311", "Feel free to adjust"), ("LN904", "Feel free to adjust")]),
    (
        "Would you prefer a plainer headline or a longer version with the full schedule?",
        [("LN311", "Would you prefer"), ("LN904", "Would you prefer")],
    ),
    (
        "The pool opens at noon. If it helps, feel free to plug in the coach's exact quote.",
        [("LN311", "feel free to plug in"), ("LN904", "feel free to plug in")],
    ),
]


@pytest.mark.parametrize(("paragraph", "expected"), CASES, ids=[str(i) for i in range(len(CASES))])
def test_each_class_is_reported_by_family_at_its_words(paragraph, expected):
    text = article(paragraph)
    assert found(text) == sorted((code, *at(text, needle)) for code, needle in expected)


OFFERS = [
    "If you need it shorter, I can cut the paragraph about the diving board.",
    "Should I add a section on parking for visitors?",
    "I can add a quote from the lifeguard captain if you send one.",
    "Let me know if you would like this trimmed to a two-line brief or expanded with the history of the pool.",
    "Would you like a shorter version for the newsletter or a catchier headline?",
    "I could also turn this into a 100-word brief if that would help.",
    "Feel free to swap in the director's exact wording.",
]


@pytest.mark.parametrize("offer", OFFERS)
def test_an_offer_to_rework_the_copy_is_both_families_once(offer):
    report = lint_news.lint_text(article(offer), path="a.txt")
    families = sorted(f.family for f in report.findings if f.line == 5)
    assert families == ["assistant-leak", "meta-commentary"]


LOOK_ALIKES = [
    # the reader's own material in a service story, and what a reader shared with someone else
    "Double-check that the photos you shared on social media are set to private.",
    "Bring a copy of the form you submitted online to the clinic.",
    "If the phone number you provided is out of date, call the county office.",
    "The agency said it would delete the data you shared with the app.",
    "Readers sent more than 200 replies, and these are some of the memories you shared with us.",
    "The tax office will mail the refund to the address you provided on your return.",
    # an open letter or an advice column thanks or answers someone, and is not about material
    "To the nurses of Ward 4: the care you provided to my mother in her last weeks will never be forgotten.",
    "The situation you shared sounds exhausting, and you are not alone in it.",
    # reports, analyses and methodology notes that are the news or say where it came from
    "This report examines emergency room waits at 40 hospitals, the auditor said.",
    "This analysis is based on census data from 2010 to 2020.",
    "This story draws on court filings and interviews with 14 former employees.",
    "The new feature walks users through setting up two-factor login.",
    "The key findings of the report, released Monday, surprised lawmakers.",
    "Details of the settlement were not provided.",
    "The budget cuts were not reflected in the mayor's speech.",
    "A source notes the vote was close.",
    "The council ordered a rewrite of the zoning code after the hearing.",
    # versions and offers that are not about this copy
    "A longer version of this story appeared in the Sunday print edition.",
    "The clerk will post a shorter version of the ordinance online.",
    "Want a different cut of beef? The butcher on Main Street can help.",
    "You can swap in almond milk for the cream.",
    "Would you like a free flu shot? The clinic on Elm Street offers them through March.",
    "Feel free to replace the filter every three months.",
    "I can tell you it expanded faster than anyone planned, and the board agreed.",
]


@pytest.mark.parametrize("paragraph", LOOK_ALIKES)
def test_look_alike_stays_quiet(paragraph):
    assert found(article(paragraph)) == []
