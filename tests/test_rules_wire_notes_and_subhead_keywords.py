"""The rewrite's specification left in the copy, the wire report as the material, a mood found in a
place, a senator who sources nothing, a keyword stuffed into subheads, a share of thirteen.

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


PRODUCTION_NOTES = [
    ("Adapted from wire copy for the Courier's house style, with the agency credit dropped.", "Adapted from wire copy for the Courier's house style", "LN310"),
    ("Closures first, UK spelling, approx. 450 words.", ", approx. 450 words", "LN310"),
    ("The wire report gives no date for the first closures.", "The wire report", "LN310"),
    ("The agency copy doesn't name the branches that will shut.", "The agency copy doesn't name", "LN303"),
    ("It's worth pointing out that the minutes frame the closures as temporary.", "It's worth pointing out that the minutes frame", "LN303"),
]


@pytest.mark.parametrize(("sentence", "needle", "code"), PRODUCTION_NOTES)
def test_the_job_and_its_material_left_in_the_copy_are_meta_commentary(sentence, needle, code):
    text = HEADLINE + LEAD + sentence + "\n"
    line, column = at(text, needle)
    assert [(c, ln, col) for c, ln, col, _ in _found(text, "meta-commentary")] == [(code, line, column)]


@pytest.mark.parametrize(
    "sentence",
    [
        # word counts that are the news, and the wire as a source
        "Entries to the library's essay prize are limited to 500 words, the trust said.",
        "Her winning entry ran to 1,200 words.",
        "The essay contest asks pupils for 300 words on their town.",
        "Wire services reported the closures on Monday afternoon.",
        "It's worth noting that the council's report was published in March, before the audit.",
        "The report was adapted from a 2019 study for the county's style of budgeting.",
    ],
)
def test_word_counts_and_wire_services_as_news_stay_quiet(sentence):
    assert _found(HEADLINE + LEAD + sentence + "\n", "meta-commentary") == []


def test_a_mood_found_in_a_place_is_nobodys_view():
    text = HEADLINE + LEAD + "There is a growing sense on the island that the council stopped listening.\n"
    line, column = at(text, "There is a growing sense on the island that")
    assert _found(text, "unattributed-claim") == [("LN704", line, column, "warning")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The feeling in the dressing room is that we can win, said coach Amy Hart.",
        "A sense of relief settled over the village when the bridge reopened.",
    ],
)
def test_a_named_mood_and_a_plain_sense_stay_quiet(sentence):
    assert _found(HEADLINE + LEAD + sentence + "\n", "unattributed-claim") == []


CLAIM = "Repair advocates argue that pairing locks are about steering business to manufacturers."


def test_a_titled_person_who_says_nothing_in_the_next_sentence_sources_nothing():
    text = HEADLINE + LEAD + CLAIM + " Sen. Olivia Marsh, who chairs the commerce committee, has introduced a bill to bar them.\n"
    line, column = at(text, "advocates argue")
    assert _found(text, "unattributed-claim") == [("LN704", line, column, "warning")]


@pytest.mark.parametrize(
    "follow_up",
    [
        'Sen. Olivia Marsh, who chairs the commerce committee, called the locks "a tax on owners."',
        '"It is a tax on owners," said Sen. Marsh.',
        "Dr. Ian Pell, who studies repair markets at Dunmore University, found the same in 2024.",
    ],
)
def test_a_titled_person_who_speaks_to_the_claim_sources_it(follow_up):
    assert _found(HEADLINE + LEAD + CLAIM + " " + follow_up + "\n", "unattributed-claim") == []


GUIDE = """# Harlow Ferry Timetable: What You Need to Know

Planning a crossing this winter? The upcoming Harlow ferry changes could upend your plans, so here is what is new for islanders and visitors.

## What are the Harlow ferry changes?

Daily return sailings fall from nine to six from 3 November, and the last boat leaves at 18:40.

## Why are the Harlow ferry changes happening?

The operator says two of its three vessels need new engines before the spring.

## How will the Harlow ferry changes affect islanders?

Commuters lose the 21:15 departure, which about 40 people used each night last winter.

## When do the Harlow ferry changes end?

The full timetable returns on 29 March, when the refitted boats come back.
"""


def test_a_keyword_stuffed_into_every_subhead_is_overused():
    line, column = at(GUIDE, "ferry changes could")
    found = [f for f in _found(GUIDE, "repetition") if f[0] == "LN102"]
    assert found == [("LN102", line, column, "info")]


def test_subheads_in_title_case_count_nothing():
    titled = GUIDE.replace("the Harlow ferry changes", "the Harlow Ferry Changes")
    assert [f for f in _found(titled, "repetition") if f[0] == "LN102"] == []


SHARES = (
    "Hollins & Rae will close 87 of its 1,140 pharmacies by March, the company said on Tuesday.\n\n"
    "Underlying profit for the half fell to £48.1 million from £61.7 million a year earlier.\n\n"
    "Chief executive Mara Quill said the branches had lost money for three years.\n\n"
    "In short, the group is shutting 87 shops, roughly one in every thirteen it runs, after profit slid from £61.7 million to £48.1 million.\n"
)


def test_one_in_every_thirteen_is_the_share_the_counts_gave():
    text = "Pharmacy chain to shut 87 branches\n\n" + SHARES
    line, column = at(text, "In short, the group")
    assert [f for f in _found(text, "repetition") if f[0] == "LN105"] == [("LN105", line, column, "warning")]


@pytest.mark.parametrize(
    ("sentence", "needle"),
    [
        ("For a league built on muddy mornings, it marks a change of habit as much as a change of law.", "a change of habit as much as a change of"),
        ("Whether the leaner plan restores the chain is a question the next few quarters will have to answer.", "is a question the next few quarters will"),
    ],
)
def test_a_closing_flourish_of_the_strict_lexicon_is_reported_wherever_it_stands(sentence, needle):
    text = HEADLINE + LEAD + sentence + "\n"
    line, column = at(text, needle)
    assert [(c, ln, col) for c, ln, col, _ in _found(text, "filler") if c == "LN630"] == [("LN630", line, column)]
