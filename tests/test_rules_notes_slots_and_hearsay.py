"""Desk notes, slots in lower case, numbered reference lists, material as a container, hearsay.

Every sentence is our own. Each bad one stands for a class: an instruction to the desk left in
the copy ("Note to editor: swap in ..."), a writer owning up to a quote it made up, a slot that
names whose detail is missing ("[the principal's name]"), a reference list numbered "[1]", a
year that dates the event rather than the report, the material handed over as the container of
what the article can say, hearsay from a trade or a town. Each good one shares its words with
reporting and must stay quiet.
"""

from __future__ import annotations

import pytest
from conftest import HEADLINE, LEAD, at

import lint_news
from lint_news.config import Config


def _found(text: str, family: str) -> list[tuple[str, int, int]]:
    report = lint_news.lint_text(text, config=Config(select=(family,)))
    return [(f.code, f.line, f.column) for f in report.findings]


FLAGGED = [
    # an instruction to the desk, in any markup
    ("_Note for the desk: replace the turnout figure once the clerk certifies it._", "Note for the desk: replace", "meta-commentary", "LN310"),
    ("The pool opens June 1. Please remove this paragraph before it runs.", "Please remove this paragraph before it runs", "meta-commentary", "LN310"),
    # the material as the container of what the article can say
    ("The cost of the repairs was not given in the notes.", "not given in the notes", "meta-commentary", "LN303"),
    ("The turnout, as set out in the brief, was about 300.", "as set out in the brief", "meta-commentary", "LN303"),
    ("Nothing about the contractor features in the files provided.", "features in the files provided", "meta-commentary", "LN303"),
    ("The material does not name the contractor.", "The material does not name", "meta-commentary", "LN303"),
    ("This version is based on your phone notes from the hearing.", "based on your phone notes", "meta-commentary", "LN302"),
    ("Read on for the full rundown of the new bus timetable.", "Read on for the full rundown", "meta-commentary", "LN306"),
    ("The transcript breaks off before the second speaker finishes.", "The transcript breaks off", "meta-commentary", "LN303"),
    ("The pool will reopen in June. [Times not given in the release.]", "[Times not given in the release.]", "meta-commentary", "LN303"),
    ("From the information provided, the roof was replaced in 2019.", "From the information provided", "meta-commentary", "LN303"),
    ("The notes I worked from do not give the vote count.", "notes I worked from", "meta-commentary", "LN303"),
    ("No turnout figure appears in what you sent.", "in what you sent", "meta-commentary", "LN303"),
    ("The vote count is inferred from the recap, not from the minutes.", "inferred from the recap", "meta-commentary", "LN303"),
    ("The clerk's summary of the meeting does not say who seconded the motion.", "The clerk's summary of the meeting does not say", "meta-commentary", "LN303"),
    ("The release we were sent makes no mention of job losses.", "The release we were sent makes no mention", "meta-commentary", "LN303"),
    ("The outline leaves it unclear whether the depot will close.", "The outline leaves it unclear", "meta-commentary", "LN303"),
    ("Nothing is known beyond what was in the brief.", "beyond what was in the brief", "meta-commentary", "LN303"),
    ("It then goes on to list four more depots.", "It then goes on to list", "meta-commentary", "LN303"),
    ("Keep that in mind as you read further.", "as you read further", "meta-commentary", "LN306"),
    ("This recap pulls together the week's reporting on the strike.", "This recap pulls together", "meta-commentary", "LN306"),
    ("Using the timetable and the service update provided, the changes are these.", "the service update provided", "meta-commentary", "LN302"),
    ("Staff numbers were omitted from this draft.", "omitted from this draft", "meta-commentary", "LN310"),
    ("I have preserved every quote verbatim.", "I have preserved every quote verbatim", "meta-commentary", "LN308"),
    ("I cannot independently verify the figures in the leaflet.", "I cannot independently verify the figures", "assistant-leak", "LN908"),
    ("I can't vouch for the accuracy of the totals.", "I can't vouch for the accuracy", "assistant-leak", "LN908"),
    ("I haven't seen the original planning report, so treat the totals with care.", "I haven't seen the original planning report", "assistant-leak", "LN908"),
    ("If you could send over the minutes, the totals can be checked.", "If you could send over the", "assistant-leak", "LN908"),
    # the writer owning up to what it made up, and handing checks back to the requester
    ("I wrote the coach's comment as a placeholder because the notes had no quotes.", "I wrote the coach's comment as a placeholder", "assistant-leak", "LN908"),
    ("You might want to swap it for a real quote from the coach.", "You might want to swap it for a real", "assistant-leak", "LN908"),
    ("The start time came from the flyer, which may be worth checking before publication.", "which may be worth checking", "assistant-leak", "LN908"),
    ("You may want to verify the attendance figure before publishing.", "You may want to verify the attendance figure before publishing", "assistant-leak", "LN908"),
    ("Glad to make further tweaks to the intro.", "Glad to make further tweaks", "assistant-leak", "LN904"),
    ("That ought to help your subscribers follow the budget fight.", "That ought to help your subscribers", "assistant-leak", "LN908"),
    # slots that say whose detail is missing, and a role standing where a name belongs
    ("The plan was presented by [the principal's name] at the meeting.", "[the principal's name]", "placeholder-text", "LN802"),
    ("Tickets go on sale at [name of the venue] on Friday.", "[name of the venue]", "placeholder-text", "LN802"),
    ('"We are thrilled," said [Regional Sales Director], speaking for the firm.', "[Regional Sales Director]", "placeholder-text", "LN802"),
    ("The new depot will employ up to X,000 drivers.", "X,000", "placeholder-text", "LN804"),
    ("Recent reports point to a fall in bookings at seaside hotels.", "Recent reports point to", "placeholder-citation", "LN408"),
    ("Burglaries peak in December, according to police figures.", "according to police figures", "placeholder-citation", "LN408"),
    ("Evidence from comparable pilots abroad shows the fares work.", "Evidence from comparable pilots abroad shows", "placeholder-citation", "LN410"),
    ("It is being claimed that the pier will be sold.", "It is being claimed", "unattributed-claim", "LN704"),
    # hearsay from a trade or a town
    ("Those in the trucking industry have been warning about the bridge for years.", "Those in the trucking industry have been warning", "unattributed-claim", "LN704"),
    ("There is a growing feeling in the neighborhood that the clinic will close.", "There is a growing feeling in the neighborhood that", "unattributed-claim", "LN704"),
    ("Ask any regular at the diner and you will hear that the pie is the best in the county.", "Ask any regular at the diner and you will hear", "unattributed-claim", "LN704"),
    ("Commuters have voiced growing doubts about the late trains.", "Commuters have voiced growing doubts", "unattributed-claim", "LN707"),
]


@pytest.mark.parametrize(("sentence", "needle", "family", "code"), FLAGGED)
def test_each_class_is_reported_where_it_stands(sentence, needle, family, code):
    text = HEADLINE + LEAD + sentence + "\n"
    line, column = at(text, needle)
    assert (code, line, column) in _found(text, family)


@pytest.mark.parametrize(
    ("text", "family"),
    [
        # a reference list, numbered, with the placeholder citation in it; a full reference with a year is left alone
        (HEADLINE + LEAD + "## Sources\n\n[1] Harlow Transit Institute, \"Rider Habits After the Fare Cap.\"\n", "placeholder-citation"),
        (HEADLINE + LEAD + "The answer is yes. Research suggests the caps cut car trips by a tenth.\n", "placeholder-citation"),
        (HEADLINE + LEAD + "Fees will double by 2030 (source: market research).\n", "placeholder-citation"),
        # a year in the claim dates the event, not the reports
        (HEADLINE + LEAD + "Reports suggest that a similar storm in March 2019 flooded the same underpass.\n", "placeholder-citation"),
    ],
)
def test_placeholder_citations_in_other_layouts(text, family):
    assert _found(text, family), text


@pytest.mark.parametrize(
    ("sentence", "family"),
    [
        # a press release's notes to editors describe the company
        ("Notes to editors: Harlow Foods was founded in 1990 and employs 300 people.", "meta-commentary"),
        # how-to copy about a file, not the article
        ("To turn the feature off, open the settings file and delete this line from it.", "meta-commentary"),
        # a named summary is a document
        ("The figures were included in the summary of the audit released on Monday.", "meta-commentary"),
        ("The claim was dismissed in the summary judgment issued in May.", "meta-commentary"),
        # consumer advice to the reader
        ("It is worth checking the forecast before you set out on the ridge trail.", "assistant-leak"),
        ("You may want to replace the filter with a new one every three months, the manufacturer said.", "assistant-leak"),
        # an editor's insertion names the person after it; a redaction is not a slot
        ('"I told [Commission Chair] Ruiz the same thing," she said.', "placeholder-text"),
        ("The depot handles 12,000 pallets and paid $40,000 in fees.", "placeholder-text"),
        # the reports are dated; a trade's members who are counted
        ("A 2021 report by the state auditor found that the underpass flooded twice.", "placeholder-citation"),
        ("Of the 30 people in the trucking industry surveyed by the chamber, 22 said the bridge needs work.", "unattributed-claim"),
        ("Pew Research found that 40 percent of riders use the bus daily.", "placeholder-citation"),
    ],
)
def test_reporting_that_shares_the_words_stays_quiet(sentence, family):
    assert _found(HEADLINE + LEAD + sentence + "\n", family) == []


def test_a_story_about_the_tk_marker_mentions_it():
    """An article about copy that went out unfinished talks about TK; a TK left in a quote is a hole."""
    about = (
        "Weekly apologises for unfinished caption\n\n"
        "The Orwell Weekly apologised on Monday after a caption in its print edition went out with a gap.\n\n"
        '"It had TK still in it when it went to the printer," editor Mae Olsen said. "TK is shorthand we use for a fact still to come."\n'
    )
    assert _found(about, "placeholder-text") == []
    hole = HEADLINE + LEAD + '"We expect TK visitors this summer," said Mayor Ana Ruiz.\n'
    assert _found(hole, "placeholder-text") == [("LN801", *at(hole, "TK"))]


@pytest.mark.parametrize(
    "opening",
    [
        "Here's your newsletter item, trimmed to fit the slot.",
        "Revised version of the council story (tightened, same facts):",
    ],
)
def test_copy_handed_over_by_its_own_name_is_a_preamble(opening):
    text = "Harlow council approves new budget\n\n" + opening + "\n\n" + LEAD
    assert ("LN901", *at(text, opening[:12])) in _found(text, "assistant-leak")


@pytest.mark.parametrize(
    "sentence",
    [
        "Here's a look at the three candidates for mayor.",
        "The statement provided by the council said the vote was unanimous.",
        "The burglary rate fell, according to police figures released by the force on Tuesday.",
        "A 2023 report by the state auditor highlighted the delays.",
    ],
)
def test_reporting_that_shares_the_new_words_stays_quiet(sentence):
    text = HEADLINE + LEAD + sentence + "\n"
    assert _found(text, "assistant-leak") + _found(text, "meta-commentary") + _found(text, "placeholder-citation") == []


def test_a_writers_note_about_its_own_tk_markers_leaves_them_holes():
    text = (
        HEADLINE + LEAD + "Turnout was TK, the clerk said.\n\n"
        "The vote count wasn't in your notes, so I left TK markers where the figures go.\n"
    )
    found = _found(text, "placeholder-text")
    assert ("LN801", *at(text, "TK")) in found
    assert ("LN801", *at(text, "TK", 2)) in found
