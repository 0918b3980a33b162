"""Shares restated in another form, the requester's material as the writer's source, and crowds that held a view.

Every sentence is our own. Each bad one stands for a class: a proportion the article gave told
again in another form ("one in seven" after "14.2%", "a third of the 38,000 acres" after
"12,000 of 38,000", "fifty cents on each dollar" after "$1 for every $2"); talk of "the memo"
once the article has shown it was made from a memo someone handed over; the assistant telling
the requester what it made of their notes; a view credited to an unnamed crowd in the past
tense, with a long modifier or a relative clause that names a place. Each good one shares its
words with reporting and must stay quiet.
"""

from __future__ import annotations

import pytest
from conftest import HEADLINE, LEAD, at

import lint_news
from lint_news.config import Config


def _found(text: str, family: str) -> list[tuple[str, int, int]]:
    report = lint_news.lint_text(text, config=Config(select=(family,)))
    return [(f.code, f.line, f.column) for f in report.findings]


def _restates_once(text: str, opening: str) -> None:
    """The one repetition finding of ``text`` is LN105's, on the line that ``opening`` starts."""
    assert [(code, line) for code, line, _ in _found(text, "repetition")] == [("LN105", at(text, opening)[0])]


TURNOUT = "Turnout in Harlow's by-elections has long been low. In the last one, in 2022, 14.2% of registered voters in the ward cast a ballot, the county clerk said.\n\n"
ACRES = "County agent Mira Osei estimated that 38,000 acres of barley were damaged by the hail and that about 12,000 of those acres were a total loss.\n\n"
MATCH = "The Harlow savings match adds $1 for every $2 a first-time buyer saves toward a deposit, up to a maximum of $15,000.\n\n"


@pytest.mark.parametrize(
    ("body", "sentence"),
    [
        (TURNOUT, "In other words, only about one in seven registered voters in the ward cast a ballot in the last by-election in 2022."),
        (ACRES, "That means close to a third of the 38,000 damaged acres of barley were a total loss."),
        (MATCH, "In short, the savings match adds fifty cents for each dollar a first-time buyer saves, capped at $15,000."),
    ],
)
def test_a_share_told_again_in_another_form_is_a_restatement(body, sentence):
    text = HEADLINE + LEAD + body + sentence + "\n"
    line, _ = at(text, sentence[:20])
    assert [(code, found) for code, found, _ in _found(text, "repetition")] == [("LN105", line)]


@pytest.mark.parametrize(
    ("body", "sentence"),
    [
        # another percentage close to a given one is another figure
        ("The levy rose 2.9 percent last year, the assessor said.\n\n", "This year the clerk's budget rises 3 percent, with two new staff."),
        # a ratio of two figures the sentence does not point to is a coincidence
        ("Of the 534 letters the council received, 301 opposed the plan and 233 supported it.\n\n", "About 80 percent of the callers to the hotline were tenants, the housing office said."),
        # a share of something else, with its own news
        (TURNOUT, "About one in seven of the ward's bus stops has no shelter, according to a 2024 transit audit."),
    ],
)
def test_a_share_of_something_else_stays_quiet(body, sentence):
    assert _found(HEADLINE + LEAD + body + sentence + "\n", "repetition") == []


HANDOVER = "Here is a short news write-up of the council memo you shared, trimmed for a general audience.\n\n"


def test_the_handed_over_document_as_the_writers_source_is_meta_commentary():
    text = HEADLINE + HANDOVER + LEAD + "The memo positions the levy as a stopgap until the state grant arrives.\n"
    assert ("LN300", *at(text, "The memo positions")) in _found(text, "meta-commentary")
    gap = HEADLINE + HANDOVER.replace("council memo", "meeting transcript") + LEAD + "The transcript doesn't make clear whether the vote can be reopened.\n"
    assert ("LN300", *at(gap, "The transcript doesn't")) in _found(gap, "meta-commentary")


def test_a_document_the_article_introduced_stays_quiet():
    text = HEADLINE + LEAD + "A council memo released Tuesday by the finance office frames the levy as temporary. The memo positions the levy as a stopgap until the state grant arrives.\n"
    assert [code for code, _, _ in _found(text, "meta-commentary")] == []


@pytest.mark.parametrize(
    ("sentence", "needle"),
    [
        ("I've shaped your interview notes into a draft news story below.", "I've shaped your interview notes"),
        ("I turned your bullet points into a short brief for the website.", "I turned your bullet points"),
        ("The minutes do not say whether the grant survives, so that may be worth confirming with the county before publishing.", "may be worth confirming"),
        ("The clerk's first name was not given, so I've left a placeholder for it.", "I've left a placeholder"),
        ("I put brackets where the final vote count should go.", "I put brackets"),
    ],
)
def test_notes_to_the_requester_are_assistant_leaks(sentence, needle):
    text = HEADLINE + LEAD + sentence + "\n"
    assert ("LN908", *at(text, needle)) in _found(text, "assistant-leak")


def test_notes_about_other_peoples_material_stay_quiet():
    text = HEADLINE + LEAD + "\"I've shaped your interview notes into a timeline,\" the archivist told the student, Lena Osei.\n"
    assert _found(text, "assistant-leak") == []
    text = HEADLINE + LEAD + "\"I left a gap for the name on every gravestone I carved,\" said stonemason Ada Birch.\n"
    assert _found(text, "assistant-leak") == []


@pytest.mark.parametrize(
    ("sentence", "needle"),
    [
        ("Many parents felt the league had failed to check the treasurer's accounts.", "Many parents felt"),
        ("Many local real estate agents believe the match will push starter-home prices up.", "Many local real estate agents believe"),
        ("Many players who tried the demo at last year's Harlow Games Fair say it is the best co-op game in years.", "Many players who tried the demo at last year's Harlow Games Fair say"),
    ],
)
def test_a_view_credited_to_an_unnamed_crowd_is_reported(sentence, needle):
    text = HEADLINE + LEAD + sentence + "\n"
    assert ("LN708", *at(text, needle)) in _found(text, "unattributed-claim")


@pytest.mark.parametrize(
    ("sentence", "needle", "code"),
    [
        ("Residents have raised questions about the cost of the project.", "Residents have raised questions", "LN707"),
        ("The proposal has sparked concern among parents at two schools.", "sparked concern among parents", "LN707"),
        ("Fears are growing that the mill will not reopen after the winter.", "Fears are growing that", "LN706"),
    ],
)
def test_questions_and_fears_credited_to_nobody_are_reported(sentence, needle, code):
    text = HEADLINE + LEAD + sentence + "\n"
    found = _found(text, "unattributed-claim")
    assert [f for f in found if f[0] == code] and found[0][1:] == at(text, needle), found


@pytest.mark.parametrize(
    "sentence",
    [
        "The vote sparked concern among members of the Harlow council, said chair Ann Reyes.",
        "Fears are growing that the mill will not reopen, said Ann Reyes, who chairs the workers' committee.",
        "Two residents, Ann Reyes and Tom Bell, have raised questions about the cost.",
    ],
)
def test_the_same_with_a_named_source_stays_quiet(sentence):
    assert _found(HEADLINE + LEAD + sentence + "\n", "unattributed-claim") == []


@pytest.mark.parametrize(
    "sentence",
    [
        # a named body the crowd works for, with no quantifier: a specific group
        "Growers who supply Fenwick Farms said the frost cost them a week of picking.",
        # what riders felt is the experience a named speaker reports
        "\"Buses were not maintained on schedule, and riders felt it,\" said Ana Ruiz, the transit director.",
        "Riders felt it too: 41 of the 60 buses ran late in March, the audit found.",
    ],
)
def test_specific_groups_and_experiences_stay_quiet(sentence):
    assert _found(HEADLINE + LEAD + sentence + "\n", "unattributed-claim") == []


def test_a_period_told_by_its_length_is_the_period():
    passes = "Monthly passes will go from $80 to $86 on July 1, the Harlow transit board said.\n\n"
    text = HEADLINE + LEAD + passes + "Starting July 1, a 30-day pass will cost $86, up from $80.\n"
    _restates_once(text, "Starting July 1")
    other = HEADLINE + LEAD + passes + "A 30-day trial of late-night buses starts on Route 9 in August.\n"
    assert _found(other, "repetition") == []


def test_a_gloss_of_the_paragraph_before_is_a_restatement():
    before = "The shortfall came to light in May, when the league's new treasurer found it could not pay a $9,000 bill for ice time. An outside audit followed.\n\n"
    gloss = "In other words, one unpaid ice bill set off the audit that exposed the shortfall.\n"
    text = HEADLINE + LEAD + before + gloss
    _restates_once(text, "In other words")
    # the same opener on a new point, and a gloss of a paragraph further back, stay quiet
    new = "In other words, the rink will close on Mondays from January, the board said.\n"
    assert _found(HEADLINE + LEAD + before + new, "repetition") == []


def test_a_date_as_the_setting_of_something_new_and_a_sourcing_note_stay_quiet():
    lede = "Organizers said a website assistant told at least 200 people the fair would run July 11-13. It runs July 18-20.\n\n"
    setting = "The assistant's notes listed July 11-13 as a tentative date before the fair moved a week later to avoid a clash with a regional fiddle contest.\n"
    assert _found(HEADLINE + LEAD + lede + setting, "repetition") == []
    again = "In other words, the website assistant gave at least 200 people the wrong dates for the fair, July 11-13.\n"
    text = HEADLINE + LEAD + lede + again
    _restates_once(text, "In other words")
    sources = "Sources for this article include the council's July 18 memo and interviews with the organizers of the fair.\n"
    assert _found(HEADLINE + LEAD + lede + sources, "repetition") == []


@pytest.mark.parametrize(
    ("sentence", "needle", "family", "code"),
    [
        ("A few things to flag before you file: the mayor's title is missing.", "A few things to flag before you file", "assistant-leak", "LN908"),
        ("The ban takes effect in May. (Your notes just say \"state law\" here.)", "Your notes just say", "assistant-leak", "LN908"),
        ("Many on the warehouse floor believe the talks will drag on.", "Many on the warehouse floor believe", "unattributed-claim", "LN706"),
        ("This update offers an overview of the key trends for investors.", "This update offers an overview", "meta-commentary", "LN306"),
        ("Members can check whether their plan is affected at [LINK] or by phone.", "[LINK]", "placeholder-text", "LN802"),
        ("The cinema will show its last film on TK January.", "TK", "placeholder-text", "LN801"),
        ("The council agreed to sell the hall to [Buyer name] in March.", "[Buyer name]", "placeholder-text", "LN802"),
        ("Key changes I made:", "Key changes I made", "meta-commentary", "LN308"),
        ("Key changes I made:", "Key changes I made", "assistant-leak", "LN908"),
        ("Industry reports suggest that demand for gravel will keep climbing.", "Industry reports suggest", "placeholder-citation", "LN408"),
    ],
)
def test_notes_roadmaps_crowds_slots_and_reports_of_every_wording(sentence, needle, family, code):
    text = HEADLINE + LEAD + "The council met for three hours.\n\n" + sentence + "\n"
    assert (code, *at(text, needle)) in _found(text, family)


def test_a_press_release_the_writer_was_handed_is_not_introduced():
    handover = "Sure! Here's a news-style summary of the press release you pasted in.\n\n"
    text = HEADLINE + handover + LEAD + "The release is silent on staffing.\n"
    assert ("LN300", *at(text, "The release is silent")) in _found(text, "meta-commentary")
    introduced = HEADLINE + LEAD + "The hospital said in a news release on Monday that no jobs would go. The release is silent on staffing.\n"
    assert _found(introduced, "meta-commentary") == []


@pytest.mark.parametrize(
    ("handover", "sentence", "needle"),
    [
        # a long name for the handed document still hands it over
        ("Sure! Below is a write-up of the Harlow Parish Council autumn planning committee packet you sent over.", "The packet itself never commits to a start date for the works.", "The packet itself never commits"),
        ("Here's a tidy news version of the flood bulletin you pasted.", "The bulletin is careful to call the closures precautionary.", "The bulletin is careful to"),
        ("Here's a tidy news version of the flood bulletin you pasted.", "Overall, the takeaway from the bulletin is that the river should crest by Friday.", "the takeaway from the bulletin"),
    ],
)
def test_more_kinds_of_handed_document_narrated_are_meta_commentary(handover, sentence, needle):
    text = HEADLINE + handover + "\n\n" + LEAD + sentence + "\n"
    assert ("LN300", *at(text, needle)) in _found(text, "meta-commentary")


@pytest.mark.parametrize(
    "sentence",
    [
        "A flood bulletin issued at noon by the county listed six closed roads. The bulletin is careful to call the closures precautionary.",
        "The main takeaway from the report is that the reservoir is at 41 percent, the lowest since 1994.",
        "The packet itself never commits to a start date for the works, said councillor Ann Reyes.",
    ],
)
def test_a_bulletin_or_report_nobody_handed_over_stays_quiet(sentence):
    assert _found(HEADLINE + LEAD + sentence + "\n", "meta-commentary") == []


def test_a_tk_in_the_copy_is_reported_though_a_note_says_the_notes_marked_it():
    text = HEADLINE + LEAD + "The pouches cost the district TK dollars.\n\nYour notes had the pouch cost marked TK, so I left it as a placeholder.\n"
    assert ("LN801", *at(text, "TK dollars")) in _found(text, "placeholder-text")
    label = HEADLINE + LEAD + "The pouches came in boxes marked TK, the supplier's code for Tallis Kent. Each TK box holds 40.\n"
    assert _found(label, "placeholder-text") == []


def test_a_link_marker_after_a_claim_is_a_placeholder_citation():
    text = HEADLINE + LEAD + "Pouches cut phone use by half in other districts [link].\n"
    assert ("LN404", *at(text, "[link]")) in _found(text, "placeholder-citation")




def test_the_document_after_a_named_document_is_reporting_unless_the_writer_was_handed_one():
    named = HEADLINE + LEAD + "The council's editorial guidelines, updated in April, require a named editor. The document does not mention listings.\n"
    assert _found(named, "meta-commentary") == []
    handed = HEADLINE + "Here is a summary of the budget document you shared.\n\n" + LEAD + "The budget proposal goes to a vote in March. The document positions the levy as temporary.\n"
    assert ("LN300", *at(handed, "The document positions")) in _found(handed, "meta-commentary")
    provided = HEADLINE + "The provided document is a rate study by Beckett & Rowe.\n\n" + LEAD + "The study proposes a capital plan. The document does not say how poorer households would fare.\n"
    assert ("LN300", *at(provided, "The document does not")) in _found(provided, "meta-commentary")


def test_a_named_store_and_a_report_cited_by_a_story_stay_quiet():
    store = HEADLINE + LEAD + "The shop sits next to TK Maxx on the high street.\n"
    assert _found(store, "placeholder-text") == []
    quoted = HEADLINE + LEAD + 'Reviewers found the phrase "the provided text does not specify" in 11 captions. "Fieldwork matters," the report said.\n'
    assert _found(quoted, "meta-commentary") == []
    handed = HEADLINE + "Here's a summary of the flood report you shared.\n\n" + LEAD + "The report's later chapters turn more guarded.\n"
    assert ("LN300", *at(handed, "The report's later chapters")) in _found(handed, "meta-commentary")


@pytest.mark.parametrize(
    ("earlier", "later", "opening"),
    [
        # a decade is ten years
        ("A decade-long survey by the Harlow Basin Authority found that 31 percent of the basin's frog ponds have dried out.",
         "Taken together, over ten years the basin has lost about 31 percent of its frog ponds, the survey found.", "Taken together"),
        # "got underway" is a start
        ("Construction began in February 2026, and the first phase of the terminal is scheduled to open in late 2027.",
         "Work got underway in February 2026, and the first phase of the terminal should open toward the end of 2027.", "Work got underway"),
        # pence are pounds
        ("The committee approved a £0.35-per-drink late-night levy for venues open past 1am, paying for street marshals and two night buses on route 44.",
         "It is a pilot charge of 35p per drink for venues trading after 1am, paying for street marshals and two extra night buses on route 44.", "It is a pilot"),
        # twelve months are a year
        ("The council says 212 premises hold late licences, up from 131 in 2019, and police recorded 1,840 night-time incidents in the year to June.",
         "The council points to the jump in late licences from 131 in 2019 to 212 and to 1,840 night-time incidents in the twelve months to June.", "The council points"),
        # names and dates that two sentences gave, nearly all of the later one
        ("The Harlow library board will vote on closing three branches on Sundays from July 2026.\n\nThe affected branches are Eastgate, Milford Avenue and Hollis Street, which logged about 18,000 Sunday visits last year.",
         "Eastgate, Milford Avenue and Hollis Street could lose Sunday hours from July 2026.", "Eastgate, Milford Avenue and Hollis Street could"),
        # a near-copy behind an opener: one rule or the other reports it
        ("Organizers said a website assistant told at least 200 people the fair would run July 11-13. It runs July 18-20.",
         "In other words, the assistant told at least 200 people the fair would run July 11-13.", "In other words"),
    ],
)
def test_a_point_told_again_in_other_units_or_words_is_a_restatement(earlier, later, opening):
    _restates_once(HEADLINE + LEAD + earlier + "\n\n" + later + "\n", opening)
