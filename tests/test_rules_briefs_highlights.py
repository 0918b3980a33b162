"""A brief left in the copy, remarks on the handed document, crowds by where they live, highlights that restate.

Every sentence is our own. Each bad one stands for a class: the requester's brief pasted as a
block ("Rewrite for the weekend section: warm tone, 400 words"); the writer remarking on what
stands out in the material it was handed; an unnamed crowd described by where it lives or
works ("many people living under the flight path"); a moral pinned on the news as "a sobering
wake-up call"; a bullet under a "Quarter Highlights" heading that gives a body sentence's
figure again; a duration written "9 hours and 10 minutes" and then "9 hours 10 minutes". Each
good one shares its words with reporting and must stay quiet.
"""

from __future__ import annotations

import pytest
from conftest import HEADLINE, LEAD, at

import lint_news
from lint_news.config import Config


def _found(text: str, family: str) -> list[tuple[str, int, int]]:
    report = lint_news.lint_text(text, config=Config(select=(family,)))
    return [(f.code, f.line, f.column) for f in report.findings]


@pytest.mark.parametrize(
    "brief",
    [
        "Rewrite for the weekend community section: warm tone, local angle first, about 400 words, keep all quotes verbatim.",
        "Write for our website: 300 words, neutral tone.",
        "Summarize this for the newsletter: three bullets, plain language, keep the quotes.",
    ],
)
def test_a_brief_left_as_a_block_is_a_prompt_echo(brief):
    text = HEADLINE + brief + "\n\n" + LEAD
    assert _found(text, "meta-commentary") == [("LN307", 3, 1)]


@pytest.mark.parametrize(
    "notice",
    [
        "Write to: The Editor, 12 High Street, Harlow, with your name and address; letters of 300 words or fewer.",
        "Write for the Gazette: the paper pays $50 for guest columns of 600 words, its editor said.",
    ],
)
def test_a_letters_notice_or_a_sentence_about_writing_is_no_brief(notice):
    assert _found(HEADLINE + LEAD + notice + "\n", "meta-commentary") == []


HANDED = "Sure, here's a summary of the draft airport plan you uploaded.\n\n"


def test_what_stands_out_in_the_handed_material_is_the_writer_talking_about_its_input():
    text = HEADLINE + HANDED + LEAD + "One thing that stands out in the material is how thin the section on rail access is.\n"
    assert ("LN300", *at(text, "stands out in the material")) in _found(text, "meta-commentary")


def test_what_stands_out_in_a_report_a_story_cites_stays_quiet():
    # no handover: "the report" is the one the story cites
    cited = HEADLINE + LEAD + "What stands out in the report is how little it says about the cost of the rail spur.\n"
    assert _found(cited, "meta-commentary") == []
    # after a handover, a report the sentence itself describes is reporting
    described = HEADLINE + HANDED + LEAD + "What stands out in the report, published by the council on Monday, is the cost.\n"
    assert [code for code, _, _ in _found(described, "meta-commentary")] == ["LN302"]  # the handover alone


def test_an_unnamed_crowd_described_by_where_it_lives_holds_a_view():
    text = HEADLINE + LEAD + "Understandably, many people living under the flight path are uneasy about what this means for their evenings.\n"
    assert _found(text, "unattributed-claim") == [("LN708", *at(text, "many people living"))]
    nearby = HEADLINE + LEAD + "Many people living nearby are worried about what the extension means.\n"
    assert _found(nearby, "unattributed-claim") == [("LN708", *at(nearby, "Many people living"))]


def test_a_crowd_that_lives_somewhere_and_is_named_stays_quiet():
    named = HEADLINE + LEAD + "Many people living under the flight path are uneasy, said Ana Ruiz, who chairs the residents' association.\n"
    assert _found(named, "unattributed-claim") == []
    counted = HEADLINE + LEAD + "Three people living under the flight path are suing the airport over night flights.\n"
    assert _found(counted, "unattributed-claim") == []


def test_a_sobering_wake_up_call_is_a_moral_pinned_on_the_news():
    text = HEADLINE + LEAD + "For the campaign, the result is a sobering wake-up call about how far volunteers can reach.\n"
    assert _found(text, "filler") == [("LN614", *at(text, "a sobering wake-up call"))]
    quoted = HEADLINE + LEAD + '"This is a sobering wake-up call for every volunteer campaign," said organizer Dana Price.\n'
    assert _found(quoted, "filler") == []


RESULTS = (
    "Westmoor Dairy reports third-quarter results\n\n"
    "Westmoor Dairy Cooperative said on Thursday that net sales fell 6.2 percent to $318.4 million in the third quarter.\n\n"
    "The cooperative paid its 1,140 member farms an average of $19.85 per hundredweight of milk, down from $21.40 a year earlier.\n\n"
    "Quarter Highlights\n\n"
    "{bullet}\n"
)


def test_a_highlight_that_gives_a_body_figure_again_restates_it():
    text = RESULTS.format(bullet="- Member farms received an average pay price of $19.85 per hundredweight.")
    assert _found(text, "LN104") == [("LN104", 9, 3)]
    assert lint_news.lint_text(text, config=Config(select=("LN104",))).findings[0].message == "This takeaway only restates line 5: cut it, or the summary list"


def test_a_highlight_with_its_own_figures_stays_quiet():
    text = RESULTS.format(bullet="- The new cheese line at the Dunmore plant reached full capacity in August, adding 40 jobs.")
    assert _found(text, "repetition") == []


def test_a_duration_written_with_and_is_the_same_figure_without_it():
    body = (
        "Hospital waits grow\n\n"
        "Patients at Harlow Vale General Hospital waited a median of 9 hours and 10 minutes for a ward bed in the first week of December, "
        "up from 6 hours and 40 minutes a year earlier, according to figures presented to the hospital's board on Tuesday.\n\n"
        "The board will review its winter plan again at its January 14 meeting.\n\n"
        "Key Takeaways\n\n"
        "- Median waits for a ward bed hit 9 hours 10 minutes, up from 6 hours 40 minutes a year ago.\n"
    )
    assert [(code, line) for code, line, _ in _found(body, "repetition")] == [("LN105", 9)]


HALF_YEAR = (
    "Harlow Fibre reports first-half growth\n\n"
    "Revenue rose 31% to £48.3m, compared with £36.9m a year earlier, Harlow Fibre said on Tuesday.\n\n"
    "Brackley House, a care home on Mill Lane in Tenby, was rated inadequate after an inspection in March by the county.\n\n"
    "Highlights of the period:\n\n"
    "{bullet}\n"
)


@pytest.mark.parametrize(
    "bullet",
    [
        "- Revenue up 31% to £48.3m",  # every figure of the bullet in one sentence
        "- Brackley House in Tenby was downgraded after inspectors visited in March.",  # three of its names again
    ],
)
def test_a_highlight_that_condenses_a_sentence_by_its_figures_or_names_restates_it(bullet):
    text = HALF_YEAR.format(bullet=bullet)
    assert _found(text, "LN104") == [("LN104", 9, 3)]


@pytest.mark.parametrize(
    "bullet",
    [
        "- Revenue up 31% to £52.0m in the third quarter",  # a figure of its own
        "- A new depot opens in Tenby in May.",
    ],
)
def test_a_highlight_with_a_figure_or_a_fact_of_its_own_stays_quiet(bullet):
    assert _found(HALF_YEAR.format(bullet=bullet), "LN104") == []
