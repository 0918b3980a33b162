"""More members of the filler, meta-commentary and unattributed-claim classes, in fresh wording.

Each sentence here is new text of our own; the point is that a rule catches the kind of
phrase, not the one phrase its author had in mind. Reporting look-alikes stay quiet.
"""

from __future__ import annotations

import pytest
from conftest import HEADLINE, LEAD, at

import lint_news
from lint_news.config import Config


def _found(text: str, family: str) -> list[tuple[str, int, int, str]]:
    report = lint_news.lint_text(text, config=Config(select=(family,)))
    return [(f.code, f.line, f.column, f.severity.value) for f in report.findings]


GENERIC_CLICHES = [
    ("In an age where every errand lives on a phone, the bank closed its branch.", "In an age where"),
    ("In today's fiercely competitive coffee landscape, the roaster cut prices.", "In today's fiercely competitive coffee landscape"),
    ("The strike reflects a complex interplay of wages and rents.", "complex interplay"),
    ("The mayor must strike a delicate balance between parking and cycling.", "strike a delicate balance"),
    ("The final was an emotional rollercoaster of a match for both benches.", "an emotional rollercoaster of a match"),
    ("The club will try to build on this momentum in the spring.", "build on this momentum"),
    ("The grant is a unique opportunity for small farms to modernise.", "a unique opportunity for"),
    ("The festival hopes to embrace a cleaner, quieter future.", "embrace a cleaner, quieter future"),
    ("The valley is still grappling with the aftermath of the flood.", "grappling with the aftermath of"),
    ("The fate of the pier hangs in the balance.", "hangs in the balance"),
    ("The orchestra finds itself at a crossroads.", "finds itself at a crossroads"),
    ("The new bridge will serve the town for years to come.", "for years to come"),
    ("The reopening marks a new chapter for the theatre.", "marks a new chapter"),
    ("The road ahead will be long for the shipyard.", "The road ahead will"),
    ("The verdict sets the stage for an appeal.", "sets the stage for"),
    ("The levy is a step in the right direction for the parks.", "a step in the right direction"),
    ("Planners met with key stakeholders at the depot.", "key stakeholders"),
    ("The closure sends a strong message to landlords.", "sends a strong message"),
    ("Parking remains a pressing concern for shop owners.", "remains a pressing concern"),
]


@pytest.mark.parametrize(("sentence", "needle"), GENERIC_CLICHES)
def test_a_weak_cliche_is_a_hint_alone(sentence, needle):
    long_lead = LEAD * 6  # a story of some length, so one phrase is not dense
    text = HEADLINE + long_lead + sentence + "\n"
    line, column = at(text, needle)
    assert _found(text, "filler") == [("LN627", line, column, "info")]


def test_one_weak_cliche_in_a_short_story_stays_a_hint_and_two_are_a_warning():
    one = HEADLINE + LEAD + "The fate of the pier hangs in the balance.\n"
    assert [severity for *_, severity in _found(one, "filler")] == ["info"]
    two = HEADLINE + LEAD + "The fate of the pier hangs in the balance. The town finds itself at a crossroads.\n"
    assert [severity for *_, severity in _found(two, "filler")] == ["warning", "warning"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Officials balanced the budget with a $2 million transfer, the treasurer said.",
        "The council met at the Crossroads Community Center on Monday.",
        "The balance of the fund, $1.2 million, will be spent by 2027.",
        "The company said the new plant would open in 2026 and employ 300 people.",
    ],
)
def test_reporting_that_shares_the_words_stays_quiet(sentence):
    assert _found(HEADLINE + LEAD + sentence + "\n", "filler") == []


@pytest.mark.parametrize(
    ("sentence", "needle", "code"),
    [
        ("Here is a draft based on the board meeting notes you shared.", "based on the board meeting notes you shared", "LN302"),
        ("According to the release provided, the plant opens in May.", "According to the release provided", "LN302"),
        ("The notes do not say how many rooms the shelter has.", "The notes do not say", "LN303"),
    ],
)
def test_material_the_writer_was_given(sentence, needle, code):
    text = HEADLINE + LEAD + sentence + "\n"
    line, column = at(text, needle)
    assert [(c, l, col) for c, l, col, _ in _found(text, "meta-commentary")] == [(code, line, column)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The data provided by the state shows 412 births last year.",
        "According to the documents provided to the court, the firm paid $3 million.",
        "The meeting minutes do not say who seconded the motion.",
    ],
)
def test_named_material_is_not_meta_commentary(sentence):
    assert _found(HEADLINE + LEAD + sentence + "\n", "meta-commentary") == []


def test_a_crowd_of_shop_owners_is_nobody_named():
    text = HEADLINE + LEAD + "Many local shop owners worry that the fees will drive customers away.\n"
    line, column = at(text, "Many local shop owners worry")
    assert [(c, l, col) for c, l, col, _ in _found(text, "unattributed-claim")] == [("LN704", line, column)]
    named = text.rstrip("\n") + " Dana Ruiz, who runs a bakery on Main Street, said sales fell 10% last month.\n"
    assert _found(named, "unattributed-claim") == []
