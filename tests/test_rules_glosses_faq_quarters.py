"""Announced glosses, FAQ answers under their own question, quarters told by their months, and the
slots, notes, offers, reference lines, surveys and crowds of this batch of wordings.

Every sentence is our own. Each bad one stands for a class: a sentence that says it tells the
point again ("Put differently, ...") whatever words it picks; an FAQ answer on the line after its
bold question; "the July-to-September period" for the third quarter; a slot for a period
("[QUARTER]"); a range of letters for a figure ("X to Y percent"); an offer of another version
of the copy; a plain-text reference line under "Sources" that reads as a heading; a trade's
surveys as the evidence; a bare trade as the crowd behind a long-held view. Each good one shares
its words with reporting and must stay quiet.
"""

from __future__ import annotations

import pytest
from conftest import HEADLINE, LEAD, at

import lint_news
from lint_news.config import Config


def _found(text: str, family: str, path: str | None = None) -> list[tuple[str, int, int]]:
    report = lint_news.lint_text(text, path, config=Config(select=(family,)))
    return [(f.code, f.line, f.column) for f in report.findings]


def _severities(text: str, family: str, path: str | None = None) -> list[tuple[str, int, str]]:
    report = lint_news.lint_text(text, path, config=Config(select=(family,)))
    return [(f.code, f.line, f.severity.value) for f in report.findings]


STAFFING = (
    "The clinic's manager told the board that one nurse covered every 21 patients on most weekend shifts, "
    "against a county guideline of one for every 14.\n\n"
)


@pytest.mark.parametrize(
    "opener",
    ["Put differently, ", "In other words, ", "Said another way, ", "Put simply, ", "In short, "],
)
def test_a_sentence_that_announces_a_gloss_restates_the_paragraph_before(opener):
    # no word of the gloss need be the paragraph's: the opener says what the sentence is
    gloss = opener + "the weekends have been staffed below what the county advises, and the hiring drive has not caught up."
    text = HEADLINE + LEAD + STAFFING + gloss + "\n"
    assert _severities(text, "repetition") == [("LN105", at(text, opener)[0], "info")]


def test_a_gloss_inside_its_paragraph_restates_the_sentences_before_it():
    paragraph = (
        "Farmer Ana Reyes said her policy pays only above a 40 percent loss measured at harvest, so the damage "
        "will not be known until October. Put another way, the storm's true cost will only show once the last rows are cut.\n"
    )
    text = HEADLINE + LEAD + paragraph
    assert _severities(text, "repetition") == [("LN105", at(text, "Farmer Ana")[0], "info")]


@pytest.mark.parametrize(
    "sentence",
    [
        # a new figure: the opener introduces a point of its own
        "Put differently, the clinic would need 37 more nurses to meet the guideline, the manager said.",
        # a new name
        "In other words, the Marlow Street clinic across town has had the same trouble.",
    ],
)
def test_a_gloss_with_news_of_its_own_stays_quiet(sentence):
    assert _found(HEADLINE + LEAD + STAFFING + sentence + "\n", "repetition") == []


def test_a_gloss_after_a_list_restates_its_items():
    text = (
        "# Harlow sets three drought stages\n\n" + LEAD + "The water board sorts the summer into three stages:\n\n"
        "- **Stage 1:** reservoirs below 80 percent, lawns watered twice a week\n"
        "- **Stage 2:** below 60 percent, lawns watered once a week\n"
        "- **Stage 3:** below 40 percent, no lawn watering at all\n\n"
        "Put another way, the lower the reservoirs fall, the tighter the limits on every garden hose.\n"
    )
    assert _severities(text, "repetition", "story.md") == [("LN105", at(text, "Put another way")[0], "info")]


def test_a_recap_that_points_back_at_the_article_is_announced():
    text = (
        HEADLINE + LEAD + "The Harlow water board's drought plan bans lawn watering once the Calder reservoir falls below 40 percent.\n\n"
        "Crews will read the reservoir gauge every Monday and post the figure on the board's website.\n\n"
        "As we touched on earlier, watering stops when the Calder slips past 40 percent.\n"
    )
    # without its opener the sentence shares too few words to be judged a restatement
    assert _severities(text, "repetition") == [("LN105", at(text, "As we touched on earlier")[0], "info")]


def test_a_gloss_after_a_heading_glosses_nothing():
    text = "# Harlow council approves new budget\n\n" + LEAD + "## What changes\n\nIn short, the parks office gets its first full-time ranger.\n"
    assert _found(text, "repetition", "story.md") == []


FAQ_BODY = (
    "# Harlow leaf collection: what to know\n\n"
    "Harlow's public works crews will collect bagged leaves on 11 Saturdays this fall, starting Oct. 4, "
    "and a $240,000 county grant is paying for two extra trucks.\n\n"
    "## Frequently asked questions\n\n"
)


def test_an_faq_answer_on_the_line_after_its_question_is_an_answer():
    text = FAQ_BODY + "**Who pays for it?**\nA $240,000 county grant is paying for the additional trucks this season.\n"
    assert _found(text, "repetition", "guide.md") == [("LN105", *at(text, "A $240,000"))]


def test_an_faq_answer_with_news_of_its_own_and_a_question_answered_on_its_own_line_stay_quiet():
    answer = FAQ_BODY + "**Where do the leaves go?**\nThey are composted at the Ridge Road site and sold back to gardeners for $3 a bag.\n"
    assert _found(answer, "repetition", "guide.md") == []
    # a rhetorical question and its answer on one line are prose, not an FAQ pair
    prose = HEADLINE + LEAD + "Who pays for the trucks? A $240,000 county grant pays for them this fall, and the county clerk said the money was set aside in May.\n"
    assert _found(prose, "repetition") == []


RESULTS = "Marlow Foods reported third-quarter sales of $84.6 million on Thursday, up from $79.2 million a year earlier.\n\n"
TURNOUT = "In the last by-election, in 2022, 11.4% of registered voters in the ward cast a ballot, the county clerk said.\n\n"
COSTS = "A typical wallbox costs between £800 and £1,200 fitted, depending on the cable run and the fuse board.\n\n"
QUARTER = "Marlow took in $84.6 million in the July-to-September period, up from the $79.2 million of the same months last year."
HEDGED = "That means only a little over a tenth of registered voters in the ward cast a ballot in the 2022 by-election."
MIDDLE = "Put simply, most households should set aside around £1,000 for a straightforward installation."
BILLS = "From April the average water bill in the valley will rise from £512 to £589 a year, an increase of £77, the company said.\n\n"
PARK = "The park recorded 1.42 million visits this season, up from 1.18 million the season before, its owner said.\n\n"
MORE = "Put another way, roughly 240,000 more people passed through the gates this season than last."
WAITS = "Vessels now wait an average of 4.2 days at anchor for a berth, up from less than a day in the spring. "
HOURS = "In other words, ships idle offshore for more than four days, against the sub-24-hour waits of the spring."
PANTRY = "The pantry handed out 41,300 food parcels last year, up from 29,800 the year before, its annual report says.\n\n"
GROWTH = "In other words, the 41,300 parcels mark growth of close to 39 percent in a single year."
MONTHLY = "In plain terms, a typical household will pay around £77 more across the year, or roughly £6.40 extra each month."


@pytest.mark.parametrize(
    ("earlier", "later", "restates"),
    [
        # a calendar quarter told by its months; months that are no quarter are dates, and news
        (RESULTS, QUARTER, True),
        (RESULTS, QUARTER.replace("July-to-September", "August-to-October"), False),
        # a hedged share in words stands for the figure on its side; "nearly a tenth" is at most 10%
        (TURNOUT, HEDGED, True),
        (TURNOUT, HEDGED.replace("a little over", "nearly"), False),
        # a range told by its middle; the same figure after a sentence that gives no range is news
        (COSTS, MIDDLE, True),
        (COSTS.replace("between £800 and £1,200", "£800 or £1,200 with a smart timer"), MIDDLE, False),
        # a yearly amount told by the month; a monthly figure that is no twelfth of one is news
        (BILLS, MONTHLY, True),
        (BILLS, MONTHLY.replace("£6.40", "£9.10"), False),
        # the change between two figures in millions, told as a count of "more"; a count that is no such change is news
        (PARK, MORE, True),
        (PARK, MORE.replace("240,000", "310,000"), False),
        # 24 hours are a day; 36 hours are news
        (WAITS, HOURS, True),
        (WAITS, HOURS.replace("sub-24-hour", "sub-36-hour"), False),
        # the change between two figures as a share of the first; a share that is no such change is news
        (PANTRY, GROWTH, True),
        (PANTRY, GROWTH.replace("39 percent", "52 percent"), False),
    ],
)
def test_a_figure_told_again_in_another_form_is_no_new_figure(earlier, later, restates):
    text = HEADLINE + LEAD + earlier + later + "\n"
    assert _found(text, "repetition") == ([("LN105", *at(text, later[:12]))] if restates else [])


@pytest.mark.parametrize(
    ("sentence", "needle", "family", "code"),
    [
        ("The new canning line is scheduled to open in [QUARTER], the brewery said.", "[QUARTER]", "placeholder-text", "LN802"),
        ("The ferry will run a reduced timetable through [Season].", "[Season]", "placeholder-text", "LN802"),
        ("Analysts project growth of X to Y percent through June.", "X to Y percent", "placeholder-text", "LN804"),
        ("Happy to write a shorter web brief or a social post version if that would help.", "Happy to write", "assistant-leak", "LN904"),
        ("Industry surveys show that small venues are closing across the region.", "Industry surveys show", "placeholder-citation", "LN407"),
        ("Conservationists have long regarded the marsh as the county's most important habitat.", "Conservationists have long regarded", "unattributed-claim", "LN706"),
        ("Archivists and local historians have long considered the ledgers irreplaceable.", "Archivists and local historians", "unattributed-claim", "LN706"),
        ("Prison reform groups have long said that visiting rooms are out of date.", "Prison reform groups", "unattributed-claim", "LN706"),
        ("Landlords are expected to raise rents by 4% in April, according to the latest figures.", "according to the latest figures", "placeholder-citation", "LN408"),
        # a note that tells the writer to rework the copy, and the wire wording it came from
        ("(Note: paraphrase the quotes above if they read too close to the agency's.)", "Note: paraphrase", "meta-commentary", "LN310"),
        ("[Reminder: tighten this section before it runs]", "Reminder: tighten", "meta-commentary", "LN310"),
        ("Keep the quotes short if the original wire wording is too close.", "the original wire wording", "meta-commentary", "LN310"),
        # what the material alone cannot settle
        ("Nine were accepted, so which two were rejected can't be confirmed from the text alone.", "can't be confirmed from the text alone", "meta-commentary", "LN303"),
        ("We cannot tell from the notes which ward the councillor represents.", "cannot tell from the notes", "meta-commentary", "LN303"),
        # a year that dates the phones dates no report
        ("Most phones released since 2020 support it, and according to recent industry data, adoption has surged.", "according to recent industry data", "placeholder-citation", "LN408"),
        ("Housing charities have long called for more social homes in the district.", "Housing charities", "unattributed-claim", "LN706"),
        ("Many electoral administrators would recognise these problems as common across the sector.", "Many electoral administrators", "unattributed-claim", "LN706"),
        ("Late May is widely considered the ideal time to walk the cliff path.", "is widely considered the ideal", "unattributed-claim", "LN706"),
        ("It's worth flagging that the report never breaks the numbers down by household type.", "It's worth flagging", "meta-commentary", "LN303"),
        ("I smoothed the resident's quote slightly so it reads better.", "I smoothed", "meta-commentary", "LN308"),
        ("The board has declared an interim dividend of [X.X]p per share.", "[X.X]", "placeholder-text", "LN802"),
        ("Profit is expected to be between £[X] million and £[Y] million.", "[Y]", "placeholder-text", "LN802"),
        ("Roughly 80 percent of charging takes place at home, according to industry research.", "according to industry research", "placeholder-citation", "LN408"),
        # a slot with a note on why it is empty, and the note itself speaking of the material handed over
        ("[Council officer name — not in notes] told the meeting the boundary dates from 2009.", "[Council officer name — not in notes]", "placeholder-text", "LN802"),
        ("[council officer — name not given] told the meeting the boundary dates from 2009.", "[council officer — name not given]", "placeholder-text", "LN802"),
        ("The hall opens in [month, to be confirmed], the trust said.", "[month, to be confirmed]", "placeholder-text", "LN802"),
        ("[Council officer name — not in notes] told the meeting the boundary dates from 2009.", "Council officer name — not in notes", "meta-commentary", "LN302"),
        ("The treasurer (not named in the notes) said the books were balanced.", "not named in the notes", "meta-commentary", "LN302"),
    ],
)
def test_slots_ranges_offers_notes_surveys_and_crowds_of_every_wording(sentence, needle, family, code):
    text = HEADLINE + LEAD + sentence + "\n"
    assert (code, *at(text, needle)) in _found(text, family)


@pytest.mark.parametrize(
    ("sentence", "family"),
    [
        # a trade's data named by who compiled it
        ("Market data compiled by the Brewers Association shows craft volume fell 4 percent.", "placeholder-citation"),
        ("Their industry data shows the same drop, the guild's director said.", "placeholder-citation"),
        # a named family's long-held view, and a crowd with a quantifier the crowd rules already read
        ("The Okafors have long regarded the farm as the family's anchor, said Grace Okafor.", "unattributed-claim"),
        ("The Howard League has long said that visiting rooms are out of date.", "unattributed-claim"),
        ("Many residents will recognise the name from the old cinema on Bridge Street.", "unattributed-claim"),
        ("The route is widely considered the safest on the coast, said Ana Ruiz, the coastguard station officer.", "unattributed-claim"),
        ("Rents rose 4% in April, according to the latest figures from the Office for National Statistics.", "placeholder-citation"),
        ("Note: check your local listings for start times.", "meta-commentary"),
        ("Whether he appealed could not be confirmed from the court records.", "meta-commentary"),
        ("(Editor's note: This story has been updated to correct the date of the vote.)", "meta-commentary"),
        ("Adoption has surged, according to industry data released in 2024 by the GSM Association.", "placeholder-citation"),
        # a bracketed season that is an editor's insertion names the real one
        ('"We open in [the] spring," she said.', "placeholder-text"),
        # an editor's note in brackets, and a person the reporting says a document leaves unnamed
        ('"He was, [sic — not in original] a fine player," she wrote.', "placeholder-text"),
        ("The official (not named in the press release) signed the order.", "meta-commentary"),
    ],
)
def test_named_data_named_families_and_insertions_stay_quiet(sentence, family):
    assert _found(HEADLINE + LEAD + sentence + "\n", family) == []


def test_a_tk_in_the_copy_is_reported_though_a_long_note_says_the_notes_marked_it():
    text = (
        HEADLINE + LEAD + "Talks with the two neighboring stations are TK.\n\n"
        "A few things to check before this runs:\n\n"
        "- Your notes didn't include the host's name, so I left a placeholder, and the status of the talks with the "
        "other two stations is marked TK since the notes only say it is ongoing.\n"
    )
    assert ("LN801", *at(text, "TK.")) in _found(text, "placeholder-text")


REFERENCES = (
    "Harlow brewers report a slow quarter\n\n"
    "Harlow's brewers sold fewer cans in the first quarter, the guild said on Monday.\n\n"
    "Sources\n\n"
    "Harlow Brewers Guild, Quarterly Volume Report\n\n"
    "Regional Packaging Index: Q1 Summary\n"
)


def test_plain_text_reference_lines_that_read_as_headings_are_entries():
    assert _found(REFERENCES, "placeholder-citation", "story.txt") == [
        ("LN400", *at(REFERENCES, "Harlow Brewers Guild")),
        ("LN400", *at(REFERENCES, "Regional Packaging")),
    ]


def test_a_section_heading_after_the_sources_ends_the_list():
    text = REFERENCES.replace("Harlow Brewers Guild, Quarterly Volume Report\n\nRegional Packaging Index: Q1 Summary\n", "Harlow Brewers Guild report, 2026 (https://harlowbrewersguild.org/q1)\n\nWhat Comes Next\n\nThe guild meets again in June.\n")
    assert _found(text, "placeholder-citation", "story.txt") == []


def test_a_gloss_set_off_inside_the_sentence_restates_the_paragraph_before():
    gloss = "The weekend shifts are, in other words, staffed below what the county advises."
    text = HEADLINE + LEAD + STAFFING + gloss + "\n"
    assert _severities(text, "repetition") == [("LN105", at(text, "The weekend")[0], "info")]


def test_a_short_faq_answer_that_gives_the_bodys_figure_again_is_a_hint():
    text = FAQ_BODY.replace("is paying for two extra trucks", "pays for the trucks") + "**Is there a limit on the grant?**\nYes. The county grant is capped at $240,000 for the whole program.\n"
    assert _severities(text, "repetition", "guide.md") == [("LN105", at(text, "Yes. The county")[0], "info")]


def test_a_log_of_the_edits_is_an_edit_note_and_a_move_in_the_story_stays_quiet():
    log = HEADLINE + LEAD + "Changes:\n\n- Moved the vote count into the first sentence so readers get the result right away.\n- Pulled the mayor's quote up to the second paragraph.\n"
    found = _found(log, "meta-commentary")
    assert ("LN308", *at(log, "Moved the vote")) in found and ("LN308", *at(log, "Pulled the")) in found
    story = HEADLINE + LEAD + "Workers moved the statue to the first floor of the museum on Monday. Moved to the second floor in 1990, it had stood by a window.\n"
    assert _found(story, "meta-commentary") == []


BRIDGE = (
    HEADLINE
    + "The county will close the Mill Street Bridge to all traffic from June 3 to about September 30 while crews replace its deck.\n\n"
    + "Drivers will be sent to Route 12, which the county estimates adds 8 to 14 minutes to a trip at rush hour.\n\n"
    + "The work costs $6.2 million, most of it from federal bridge funds, the county engineer said.\n\n"
    + "Crews found corroded steel in two girders during an inspection last year.\n\n"
    + "Businesses on Mill Street said they expect fewer customers while the bridge is shut.\n\n"
)


def test_a_closing_sentence_whose_dates_and_figures_were_all_given_sums_them_up():
    text = BRIDGE + "From June 3 to late September, plan on Route 12 and allow a few extra minutes.\n"
    assert _severities(text, "repetition") == [("LN105", at(text, "From June 3")[0], "info")]
    # one new date: a new fact
    other = BRIDGE + "From June 3 to late September, plan on Route 12; a public meeting is set for May 20.\n"
    assert _found(other, "repetition") == []


SCAM = (
    HEADLINE
    + "A retired nurse lost £41,000 to a fake trading site whose support desk was a chatbot, police said.\n\n"
    + 'She asked to withdraw £3,000. The agent replied: "Certainly! I\'d be happy to help you with that. '
    + 'A release fee of £900 is required. Let me know if you have any other questions."\n'
)


def test_chatbot_words_reported_as_someones_reply_are_speech_not_residue():
    # the speaker opens the sentence and is named by a common noun ("The agent", "The caller")
    assert _found(SCAM, "assistant-leak") == []
    assert _found(SCAM.replace("The agent replied", "The caller told her"), "assistant-leak") == []


def test_the_same_words_as_the_writers_own_or_as_a_whole_paragraph_are_still_residue():
    own = HEADLINE + "Certainly! I'd be happy to help you with that. Here is the article you asked for.\n\n" + LEAD
    assert ("LN901", 3, 1) in _found(own, "assistant-leak")
    whole = HEADLINE + LEAD + '"Certainly! I\'d be happy to help you with that. Let me know if you have any other questions."\n'
    assert [code for code, _, _ in _found(whole, "assistant-leak")] != []


def test_a_quoted_paragraph_the_paragraph_before_introduces_as_a_reply_is_evidence():
    introduced = (
        HEADLINE + LEAD + "The practice switched off its overnight chatbot after a dog owner shared the exchange. After she typed that her dog had eaten gum, the chatbot replied:\n\n"
        + '"I\'m sorry to hear that! Keep an eye on him. I hope this helps, and let me know if there\'s anything else I can do!"\n\n'
        + "The reply did not mention xylitol, the practice's head vet said.\n"
    )
    assert _found(introduced, "assistant-leak") == []
    # the same paragraph with nothing introducing it is the writer's own
    bare = introduced.replace(" After she typed that her dog had eaten gum, the chatbot replied:", "")
    assert [code for code, _, _ in _found(bare, "assistant-leak")] == ["LN904"]


def test_a_long_name_said_in_full_counts_its_possessive_uses():
    text = (
        HEADLINE
        + "The Brackenfield Community Pool will close for repairs from May 4, the council said on Monday.\n\n"
        + "The Brackenfield Community Pool's roof leaks, and its boiler failed twice last winter.\n\n"
        + "Swimmers will use the school pool in Marlow while the Brackenfield Community Pool's work goes on.\n\n"
        + "The Brackenfield Community Pool's manager said lessons would move to Saturdays.\n\n"
        + "The council expects the Brackenfield Community Pool to reopen in September.\n"
    )
    assert ("LN102", *at(text, "Brackenfield Community Pool")) in _found(text, "repetition")


def test_a_year_in_a_quoted_title_is_no_date_of_the_reference():
    text = HEADLINE + LEAD + '**Sources:** Harlow County Assessor\'s Office, "2026 Residential Reassessment Overview."\n'
    assert [code for code, _, _ in _found(text, "placeholder-citation", "story.md")] == ["LN400"]
    dated = text.replace('Overview."', 'Overview," March 2026.')
    assert _found(dated, "placeholder-citation", "story.md") == []


def test_the_handed_document_described_with_an_adverb_is_meta_commentary():
    text = HEADLINE + "Here is a short summary of the board paper you pasted in.\n\n" + LEAD + "The document is noticeably thin on how the last £400,000 would be spent.\n"
    assert ("LN300", *at(text, "The document is")) in _found(text, "meta-commentary")


def test_a_subhead_that_is_one_quotation_holds_up_someones_words():
    text = (
        "# Food bank pauses its chatbot after wrong advice\n\n"
        + "The Harlow food bank switched off its website chatbot on Monday after it told a family they did not qualify for help.\n\n"
        + '## "Certainly! Here\'s what you need to know"\n\n'
        + "That was how the bot began each answer, volunteers said, before listing rules the charity dropped in 2024.\n"
    )
    assert _found(text, "assistant-leak", "story.md") == []
    # a subhead in the writer's own voice is still residue
    own = text.replace('## "Certainly! Here\'s what you need to know"', "## Certainly! Here's what you need to know")
    assert [code for code, _, _ in _found(own, "assistant-leak", "story.md")] == ["LN901"]


def test_a_reference_line_that_names_the_report_again_is_no_restatement():
    text = (
        "# Student rents outpace loans, survey finds\n\n"
        + "The report, titled *Key Takeaways from the 2025 Harlow Student Rent Survey*, is based on 2,912 responses from students at the University of Harlow, collected between February and April by its Centre for Housing Studies.\n\n"
        + "Average rents rose 9% while maintenance loans rose 3%, the authors found. The survey also asked students how far they travel.\n\n"
        + "**Reference:** Raval, S. and Ibe, T. (2025). *Key Takeaways from the 2025 Harlow Student Rent Survey*. Centre for Housing Studies Working Paper 25/07, University of Harlow, 20 October 2025, 46 pp.\n"
    )
    assert _found(text, "repetition", "story.md") == []


def test_worth_flagging_about_the_story_itself_stays_quiet():
    text = HEADLINE + LEAD + "It's worth flagging that the council has not yet set a date for the vote, the clerk said.\n"
    assert _found(text, "meta-commentary") == []


def test_a_section_of_the_handed_document_is_meta_commentary_and_a_law_section_is_not():
    handed = HEADLINE + "Here is a short summary of the annual report you shared.\n\n" + LEAD + "Reading between the lines, this section is noticeably more guarded in tone than the rest.\n"
    assert ("LN300", *at(handed, "this section")) in _found(handed, "meta-commentary")
    law = HEADLINE + LEAD + "The judge said this section is unclear about who pays, and asked both sides for briefs.\n"
    assert _found(law, "meta-commentary") == []


def test_market_research_by_a_named_firm_is_a_source():
    text = HEADLINE + LEAD + "Some 21% of drinkers took part last year, according to market research firm Nielsen.\n"
    assert "LN408" not in [code for code, _, _ in _found(text, "placeholder-citation")]  # (LN410's hint asks which research, as before)


def test_a_title_that_opens_with_in_conclusion_is_no_wrap_up():
    body = HEADLINE + LEAD + "The bookshop sold 1,140 copies over ten days, its manager said.\n\n"
    title = body + "In Conclusion: Last Essays, the founder's posthumous collection, was the best-selling title.\n"
    assert _found(title, "padding") == []
    wrap = body + "In conclusion: the festival had its best year, and the future looks bright.\n"
    assert [code for code, _, _ in _found(wrap, "padding")] == ["LN503"]


FREIGHT = "Grain carloads rose 11.4 percent to 24,650 on strong export demand through the Gulf ports."
TENTH = "Grain shipments increased by more than a tenth compared with last year, driven largely by export demand."


def test_the_next_sentence_that_gives_the_figure_again_in_another_form_restates_it():
    text = HEADLINE + LEAD + FREIGHT + " " + TENTH + "\n"
    assert _severities(text, "repetition") == [("LN105", at(text, TENTH[:12])[0], "info")]


def test_the_figure_in_another_form_in_a_later_paragraph_or_with_a_new_figure_is_quiet():
    assert _found(HEADLINE + LEAD + FREIGHT + "\n\n" + TENTH + "\n", "repetition") == []
    assert _found(HEADLINE + LEAD + FREIGHT + " " + TENTH.replace("last year", "the 19,300 of last year") + "\n", "repetition") == []


def test_two_amounts_in_millions_given_again_in_a_takeaway_are_the_fact_told_again():
    earnings = "Harborline Credit Union reported net income of $6.2 million for the quarter, up from $4.9 million a year earlier.\n\n"
    takeaway = "Net income climbed to $6.2 million from $4.9 million on stronger loan yields."
    text = HEADLINE + LEAD + earnings + "Key figures:\n\n- " + takeaway + "\n"
    assert _found(text, "repetition") == [("LN105", *at(text, takeaway[:12]))]
    other = HEADLINE + LEAD + earnings + "Key figures:\n\n- " + takeaway.replace("$6.2 million from $4.9 million", "$7.1 million from $5.3 million") + "\n"
    assert _found(other, "repetition") == []
