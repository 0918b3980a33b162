"""The writer talking to the requester, about its input or its own working; crowds and studies nobody can check.

Every sentence is our own, written for a class found in the probe batches (bench/probes): an
offer of more output, an apology or another version announced, a check or a guess handed back
to the requester; the copy announcing or looking back on itself, the handed material's gaps and
wording; a view credited to nobody ("it is feared that", "few doubt", "people close to the
mayor"); a study told only by its fame, a poll only by its date; figurative shapes a generator
fills with any noun; slots left in lower case or as a masked count. Each case has a look-alike
from reporting that must stay quiet.
"""

from __future__ import annotations

import pytest
from conftest import HEADLINE, LEAD

import lint_news
from lint_news.config import Config

LINE = 5  # the probe's line: after the headline and the lead


def _codes(sentence: str, family: str) -> list[str]:
    report = lint_news.lint_text(HEADLINE + LEAD + sentence + "\n", config=Config(select=(family,)))
    return [f.code for f in report.findings if f.line == LINE]


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("I could also put together a short sidebar on the ward boundaries if that would help.", "LN904"),
        ("Feel free to trim any of the quotes below to suit your page.", "LN904"),
        ("Let me know whether you'd rather lead with the school cuts.", "LN904"),
        ("Here's a punchier version with the vote count up top:", "LN901"),
        ("Apologies for the mix-up — the figures are corrected below.", "LN901"),
        ("Glad to help! The council met on Tuesday.", "LN901"),
        ("Be sure to double-check the spelling of the treasurer's name.", "LN908"),
        ("Since you didn't mention the meeting date, I went with Tuesday.", "LN908"),
        ("I've dropped the paragraph about the audit to keep the focus on the vote.", "LN908"),
        ("I'm not able to confirm the treasurer's pay, so check it before it runs.", "LN908"),
        ("The $2.1 million figure should stand until you confirm it with the clerk.", "LN908"),
        ("Let me recheck the math: $1.2 million and $0.9 million make $2.1 million.", "LN908"),
    ],
)
def test_the_writer_speaking_to_the_requester_is_an_assistant_leak(sentence, code):
    assert code in _codes(sentence, "assistant-leak")


@pytest.mark.parametrize(
    "sentence",
    [
        '"I could also put together a sidebar if that would help," said Dana Price, the council clerk.',
        "Residents should check the new bin schedule before the holidays, the council said.",
        "The treasurer, Ana Ruiz, dropped the audit paragraph from her report to keep it under ten pages, she said.",
    ],
)
def test_reporting_in_the_same_words_is_no_assistant_leak(sentence):
    assert _codes(sentence, "assistant-leak") == []


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("In this section, we will look at how the levy is spent.", "LN306"),
        ("The rest of this article covers the reaction from parents.", "LN306"),
        ("This explainer aims to unpack the budget for first-time voters.", "LN306"),
        ("This article has explored the reasons for the overspend.", "LN306"),
        ("What follows turns the committee's minutes into a short news item.", "LN306"),
        ("The figures provided to me show a 9% rise in fares.", "LN302"),
        ("The memo sent with this assignment is undated.", "LN302"),
        ("The transcript is unclear on whether the motion was seconded.", "LN303"),
        ("Judging from the spreadsheet, the parks line was cut by a third.", "LN303"),
        ("The phrasing of the excerpt suggests the board was divided.", "LN303"),
        ("The council's reply, as quoted above, denies any delay.", "LN303"),
        ("Tone: upbeat. Audience: parents of young children. Length: 250 words.", "LN307"),
    ],
)
def test_the_copy_talking_about_itself_or_its_input_is_meta_commentary(sentence, code):
    assert code in _codes(sentence, "meta-commentary")


@pytest.mark.parametrize(
    "sentence",
    [
        "In this section of the park, rangers will look at how the trees are recovering, the parks department said.",
        "The phrasing of the text of the ordinance was changed at the second reading.",
        "Tone deaf was how Councillor Ana Ruiz described the proposal on Tuesday.",
    ],
)
def test_reporting_in_the_same_words_is_no_meta_commentary(sentence):
    assert _codes(sentence, "meta-commentary") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "It is feared that the depot will close next year.",
        "Few doubt the levy will pass in November.",
        "Economists remain deeply divided over the forecast.",
        "People close to the governor say the bill is dead.",
        "The received wisdom in the chamber is that nothing will change.",
        "Detractors have dismissed the scheme as a gimmick.",
        "The plan has drawn criticism from local homeowners who say it goes too far.",
        "Most people would agree the delay was avoidable.",
        "The treasurer, we're told, wants to step down.",
        "Sources familiar with the negotiations said a deal was close.",
    ],
)
def test_a_view_credited_to_nobody_is_an_unattributed_claim(sentence):
    assert _codes(sentence, "unattributed-claim")


@pytest.mark.parametrize(
    "sentence",
    [
        "Economists at the Harlow Institute are divided over the forecast, said its director, Ana Ruiz.",
        "The plan has drawn criticism from homeowners, including Dana Price, who chairs the Elm Street association.",
        "Few doubt the levy will pass, said Mayor Ana Ruiz, who campaigned for it.",
    ],
)
def test_a_view_with_its_holder_named_stays_quiet(sentence):
    assert _codes(sentence, "unattributed-claim") == []


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("Researchers at a respected university have linked the two.", "LN410"),
        ("As one oft-cited study put it, roads decay faster than budgets grow.", "LN410"),
        ("Findings from a recent national survey suggest libraries are busier.", "LN410"),
        ("Evidence from neighbouring towns shows the scheme pays for itself.", "LN410"),
        ("A survey carried out last spring showed support slipping.", "LN410"),
        ("One analysis estimates the repairs at $3 million.", "LN410"),
        ("Published data show fares rose faster than wages.", "LN410"),
        ("For details, see the relevant federal guidelines on reserves.", "LN410"),
        ("According to a study from [Research Group], rents rose 4%.", "LN410"),
        ("Source: State Transport Department survey.", "LN401"),
    ],
)
def test_a_source_nobody_can_find_is_a_placeholder_citation(sentence, code):
    assert code in _codes(sentence, "placeholder-citation")


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("The market hall remains a lighthouse of hope for the high street.", "LN629"),
        ("It is a tale as old as the town council itself.", "LN629"),
        ("The cuts reach every corner of the county's life.", "LN629"),
        ("The budget was assembled brick by brick.", "LN629"),
        ("The council has its work cut out in the spring.", "LN629"),
    ],
)
def test_a_figurative_shape_filled_with_any_noun_is_filler(sentence, code):
    assert code in _codes(sentence, "filler")


@pytest.mark.parametrize(
    "sentence",
    [
        "Dana Price, [age], of [neighborhood], spoke first.",
        "The motion failed on a #-# vote.",
    ],
)
def test_a_slot_in_lower_case_or_a_masked_count_is_placeholder_text(sentence):
    codes = _codes(sentence, "placeholder-text")
    assert codes and set(codes) == {"LN802"}


def test_an_editors_insertion_in_a_quote_is_no_slot():
    assert _codes('"He told [the mayor] he was leaving," said Dana Price.', "placeholder-text") == []
