"""A view held "in some quarters", a crowd that "has long felt", a verdict "broadly seen", the
writer's check put to whoever publishes, a template quote's flourish, a gloss "in effect" and a
small change worked out from a sentence's two figures.

Every sentence is our own; each bad one stands for a class, and each good one is the reporting
that shares its words and must stay quiet.
"""

from __future__ import annotations

import pytest
from conftest import HEADLINE, LEAD, at

import lint_news
from lint_news.config import Config


def _found(text: str, family: str) -> list[tuple[str, int, int, str]]:
    report = lint_news.lint_text(text, config=Config(select=(family,)))
    return [(f.code, f.line, f.column, f.severity.value) for f in report.findings]


NOBODYS_VIEWS = [
    ("Even so, there is unease in certain quarters that the depot could close.", "unease in certain quarters"),
    ("The levy is seen in many quarters as a tax on commuters.", "seen in many quarters"),
    ("The scheme is broadly regarded as a model for other counties.", "is broadly regarded as"),
    ("Growers across the valley have long felt that the water board ignores them.", "Growers across the valley have long felt"),
]


@pytest.mark.parametrize(("sentence", "needle"), NOBODYS_VIEWS)
def test_a_view_that_nobody_holds_is_an_unattributed_claim(sentence, needle):
    text = HEADLINE + LEAD + sentence + "\n"
    line, column = at(text, needle)
    assert _found(text, "unattributed-claim") == [("LN706", line, column, "info")]


@pytest.mark.parametrize(
    "sentence",
    [
        # quarters that are places, money or the year; a view someone holds
        "Price gouging has begun in some quarters of the city, the attorney general said.",
        "The company reported its strongest sales in three quarters.",
        "The scheme is broadly similar to one Dorset tried in 2019.",
        "Growers across the valley felt the frost on Tuesday, when it reached minus 6C.",
    ],
)
def test_quarters_of_a_city_and_a_frost_felt_stay_quiet(sentence):
    assert _found(HEADLINE + LEAD + sentence + "\n", "unattributed-claim") == []


@pytest.mark.parametrize(
    ("sentence", "needle", "code"),
    [
        (
            "One thing I couldn't pin down from the text is who signs off the budget.",
            "couldn't pin down from the text",
            "LN303",
        ),
        (
            "The minutes say both, so it is worth checking with the clerk before you publish.",
            "checking with the clerk before you publish",
            "LN313",
        ),
    ],
)
def test_the_writers_note_to_whoever_publishes_is_meta_commentary(sentence, needle, code):
    text = HEADLINE + LEAD + sentence + "\n"
    line, column = at(text, needle)
    assert [(c, ln, col) for c, ln, col, _ in _found(text, "meta-commentary")] == [(code, line, column)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Inspectors could not pin down the cause of the fire, the brigade said.",
        "Voters should check their polling station before they go.",
        "Authors are told to check their proofs before publishing begins, the press said.",
    ],
)
def test_checks_that_are_news_stay_quiet(sentence):
    assert _found(HEADLINE + LEAD + sentence + "\n", "meta-commentary") == []


def test_a_quote_given_to_an_unfilled_speaker_slot_answers_for_its_flourish():
    sentence = '"This is exactly what shared ambition looks like," said {{spokesperson_name}}.'
    text = HEADLINE + LEAD + sentence + "\n"
    line, column = at(text, "is exactly what shared ambition looks like")
    assert [(c, ln, col) for c, ln, col, _ in _found(text, "filler") if c == "LN630"] == [("LN630", line, column)]


def test_the_same_flourish_in_a_named_persons_quote_is_reporting():
    sentence = '"This is exactly what shared ambition looks like," said council leader Mara Quill.'
    assert _found(HEADLINE + LEAD + sentence + "\n", "filler") == []


STORY = (
    "Ferry fares to rise next month\n\n"
    "The Harlow ferry will run six crossings a day from 3 November, the operator said on Monday.\n\n"
    '"We have been covering sailings with relief crews, with office staff, with me. That is not a timetable," '
    "said harbour master Glenn Atwater.\n\n"
)


def test_a_sentence_that_opens_in_effect_glosses_the_paragraph_before():
    text = STORY + "In effect, the operator has been sailing short-handed for months.\n"
    line, column = at(text, "In effect, the operator")
    assert [f for f in _found(text, "repetition") if f[0] == "LN105"] == [("LN105", line, column, "info")]


def test_in_effect_with_news_of_its_own_is_no_gloss():
    text = STORY + "In effect, the operator will lose £1.2 million by March, its accounts show.\n"
    assert [f for f in _found(text, "repetition") if f[0] == "LN105"] == []


RENTS = (
    "Allotment rents to rise\n\n"
    "Harlow council plans to raise the yearly rent on a full plot from £38 to £61 from April, a report says.\n\n"
    "Half-plots would go from £21 to £34, and tenants over 66 would keep their half-rate discount.\n\n"
    "Water bills at the seven sites reached £14,900 last year, the report says.\n\n"
)


def test_a_small_rise_worked_out_from_one_sentences_two_figures_is_no_new_figure():
    text = RENTS + "Put another way, the full plot goes up by £23 a year.\n"
    line, column = at(text, "Put another way")
    assert [f[:2] for f in _found(text, "repetition") if f[0] == "LN105"] == [("LN105", line)]
    assert column == 1


def test_a_small_rise_that_no_sentence_gives_is_news():
    text = RENTS + "Put another way, the full plot goes up by £27 a year.\n"
    assert [f for f in _found(text, "repetition") if f[0] == "LN105"] == []


@pytest.mark.parametrize(
    ("text", "needle", "code", "family"),
    [
        (
            "Plant to close\n\nOkay, here's an overview of the plant closure and what it could mean for the town.\n\n"
            "The Marlow Ridge plant will close in March, the company said on Monday.\n",
            "Okay, here's an overview",
            "LN901",
            "assistant-leak",
        ),
        (
            HEADLINE + LEAD + "The minutes leave the routes out, so I've kept that part general rather than naming any lines.\n",
            "I've kept that part general",
            "LN908",
            "assistant-leak",
        ),
        (
            HEADLINE + LEAD + "It's worth noting that the meeting notes don't specify which routes will be cut.\n",
            "It's worth noting that the meeting notes don't",
            "LN303",
            "meta-commentary",
        ),
        (HEADLINE + LEAD + "Analysts project sales growth of 4% to 6% through June.\n", "Analysts project", "LN706", "unattributed-claim"),
        (HEADLINE + "By [[reporter byline]]\n\nThe council voted on Monday.\n", "[[reporter byline]]", "LN805", "placeholder-text"),
        (HEADLINE + LEAD + "Overdue fines end on <<effective date>>.\n", "<<effective date>>", "LN805", "placeholder-text"),
        (HEADLINE + LEAD + "The fund serves __TOWN_NAME__ residents.\n", "__TOWN_NAME__", "LN805", "placeholder-text"),
    ],
)
def test_more_shapes_of_each_family(text, needle, code, family):
    line, column = at(text, needle)
    assert [(c, ln, col) for c, ln, col, _ in _found(text, family) if c == code] == [(code, line, column)]


@pytest.mark.parametrize(
    ("text", "family"),
    [
        (HEADLINE + LEAD + '"Okay, here\'s the thing," said union organiser Dan Cole. "We fight."\n', "assistant-leak"),
        (HEADLINE + LEAD + "The __Harlow__ parish and [[1]] are markup, not slots.\n", "placeholder-text"),
    ],
)
def test_a_named_speakers_okay_and_markup_stay_quiet(text, family):
    assert _found(text, family) == []


STORM = "Storm Isolde leaves 38,000 homes without power as gusts top 90mph\n\n"


def test_a_dek_that_tells_the_headline_again_in_other_words_restates_it():
    text = STORM + "Storm Isolde leaves tens of thousands of homes without power as gusts of more than 90mph hit the coast\n\n" + (
        "BRACKENMOUTH — The storm cut electricity to about 38,000 properties overnight, Westline Power said.\n"
    )
    assert [f for f in _found(text, "duplicated-headline")] == [("LN202", 3, 1, "warning")]


@pytest.mark.parametrize(
    "dek",
    [
        "Westline Power says crews from three counties will work through Wednesday as gusts top 90mph",
        "Homes without power after gusts of 94mph at Brackenmouth; Storm Isolde heads north on Wednesday",
    ],
)
def test_a_dek_that_adds_a_name_or_a_figure_is_news(dek):
    text = STORM + dek + "\n\nBRACKENMOUTH — The storm cut electricity to about 38,000 properties overnight, Westline Power said.\n"
    assert _found(text, "duplicated-headline") == []


@pytest.mark.parametrize(
    ("sentence", "needle", "code", "family"),
    [
        (
            "I left the appendix out, since it seemed too granular — happy to add it back or trim this to a brief.",
            "happy to add it back or trim this to a brief",
            "LN904",
            "assistant-leak",
        ),
        (
            "Here's the wire story reworked in a tighter house style, so your subs can paste it straight in.",
            "Here's the wire story reworked",
            "LN901",
            "assistant-leak",
        ),
        ("We've rounded up the questions readers ask most often below.", "We've rounded up the questions", "LN306", "meta-commentary"),
        ("Many in Wrayford believe the decision was taken months ago.", "Many in Wrayford believe", "LN706", "unattributed-claim"),
    ],
)
def test_offers_preambles_gathered_faqs_and_a_named_places_crowd(sentence, needle, code, family):
    text = HEADLINE + LEAD + sentence + "\n"
    line, column = at(text, needle)
    assert [(c, ln, col) for c, ln, col, _ in _found(text, family) if c == code] == [(code, line, column)]


@pytest.mark.parametrize(
    ("sentence", "family"),
    [
        ("Many in the crowd waved flags as the parade passed the town hall.", "unattributed-claim"),
        ("Some in Harlow Town Council's planning team were reassigned in May.", "unattributed-claim"),
        ("The trust has gathered 1,200 signatures here since March, its chair said.", "meta-commentary"),
        ('"We\'re happy to add them back," said librarian Ada Pryce of the fines.', "assistant-leak"),
    ],
)
def test_a_crowd_that_does_something_and_a_named_offer_stay_quiet(sentence, family):
    assert _found(HEADLINE + LEAD + sentence + "\n", family) == []


def test_each_restatement_of_the_headline_says_how_it_restates_it():
    text = (
        STORM
        + "Storm Isolde leaves tens of thousands of homes without power as gusts of more than 90mph hit the coast\n\n"
        + "BRACKENMOUTH — The storm cut electricity to about 38,000 properties overnight, Westline Power said.\n\n"
        + "Crews from three counties will work through Wednesday, the company said.\n\n"
        + "Two main roads were closed by fallen trees, police said.\n\n"
        + "Storm Isolde leaves 38,000 homes without power as gusts top 90mph across the western coast tonight.\n"
    )
    report = lint_news.lint_text(text, config=Config(select=("duplicated-headline",)))
    assert [(f.line, f.message.split(": ")[0]) for f in report.findings] == [
        (3, "The dek restates the headline (line 1) in other words, adding no figure or name"),
        (11, "The closing paragraph restates the headline (line 1) almost word for word"),
    ]
