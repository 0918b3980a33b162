"""Studies as a sentence's tail, newsletter roadmaps, the draft's form, the requester's material, receptions and shares of a place.

Every sentence is our own. Each bad one stands for a class: research cited as the tail of a
claim (", studies have shown."), a roadmap in a dated newsletter ("In tonight's edition we'll
look at"), the writer describing its draft's length and register, a reception credited to
nobody ("is being seen as a turning point"). Each good one shares its words with reporting and
must stay quiet.
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
    ("sentence", "needle", "family", "code"),
    [
        ("Loud music can stress nesting owls, studies have shown.", ", studies have shown.", "placeholder-citation", "LN407"),
        ("Short commutes make workers happier, research has consistently found.", ", research has consistently found.", "placeholder-citation", "LN407"),
        # a comparison with a named thing is not a named study
        ("Small moons like Varn-4 are common, and studies show that their orbits drift.", "studies show", "placeholder-citation", "LN407"),
        ("In tonight's edition we'll look at the new ferry timetable and a bakery that is closing.", "In tonight's edition we'll", "meta-commentary", "LN306"),
        ("In this week's roundup, we will cover the library vote.", "In this week's roundup, we will", "meta-commentary", "LN306"),
        ("I've aimed for roughly 400 words and a neutral, wire-style tone.", "I've aimed for roughly 400 words", "meta-commentary", "LN308"),
        ("I have gone for a brisk, conversational register throughout.", "I have gone for a brisk, conversational register", "meta-commentary", "LN308"),
        ("I've kept it to about 350 words so it fits the print slot.", "I've kept it to about 350 words", "meta-commentary", "LN308"),
        ("The ruling is being seen as a victory for tenants.", "is being seen as", "unattributed-claim", "LN704"),
        ("The new timetable was being hailed as a fix for the evening rush.", "was being hailed as", "unattributed-claim", "LN704"),
        ("Some in the newsroom fear the cuts will go deeper next year.", "Some in the newsroom fear", "unattributed-claim", "LN706"),
        ("Many in the valley see the closure as the end of an era.", "Many in the valley see", "unattributed-claim", "LN706"),
        # the requester's material named as theirs, or as what the copy is based on
        ("The turnout was about 300 (your notes give both 300 and 350).", "your notes", "meta-commentary", "LN302"),
        ("Based on the bulletin pasted below, here is what residents need to know.", "Based on the bulletin pasted", "meta-commentary", "LN302"),
    ],
)
def test_each_class_is_reported_where_it_stands(sentence, needle, family, code):
    text = HEADLINE + LEAD + sentence + "\n"
    line, column = at(text, needle)
    assert (code, line, column) in _found(text, family)


@pytest.mark.parametrize(
    ("sentence", "family"),
    [
        # the study named after the claim, or as an example of research
        ("Loud music can stress nesting owls, a 2021 study by the Dunmore Bird Trust found.", "placeholder-citation"),
        ("Studies such as Dr. Lena Moss's survey of 40 farms show that the hedges help.", "placeholder-citation"),
        ("Loud music can stress nesting owls, studies have shown. The Dunmore Bird Trust study found cortisol doubled.", "placeholder-citation"),
        # a newsletter's edition as a subject of the news; a writer's aim that is not the draft's form
        ("In tonight's edition of the council bulletin, officials listed 14 road closures.", "meta-commentary"),
        ("I've aimed for the summit twice, said climber Tom Ferris, who is 61.", "meta-commentary"),
        # the reception with a named holder
        ("The ruling is being seen as a victory by the Harlow Tenants Union, its chair said.", "unattributed-claim"),
        ("The plan is being hailed as a model by Mayor Ana Ruiz.", "unattributed-claim"),
        ("Some in the audience applauded when the vote was read out.", "unattributed-claim"),
        # who shared the figures is named; a reader's notes app in service copy is not the writer's material
        ("Based on the figures shared by the county, the repairs will cost $3 million.", "meta-commentary"),
        ("Write the dates down in your notes app before the clinic opens.", "meta-commentary"),
    ],
)
def test_reporting_that_shares_the_words_stays_quiet(sentence, family):
    assert _found(HEADLINE + LEAD + sentence + "\n", family) == []


def test_a_role_before_the_name_names_the_source():
    named = HEADLINE + LEAD + "Residents contend that the noise is too loud, said council member Ana Ruiz.\n"
    assert _found(named, "unattributed-claim") == []
    crowd = HEADLINE + LEAD + "Residents contend that the noise is too loud, said many people in Harlow Park.\n"
    assert _found(crowd, "unattributed-claim") == [("LN707", *at(crowd, "Residents contend"))]
