"""Crowds with no quantifier, the condensed material under other names, roadmaps and offers of another version.

Every sentence is our own; each bad one stands for a class (a bare trade as the source of a
view, "the recap" as the speaker, "In this breakdown, we'll..."), and each good one is the
reporting that shares its words and must stay quiet.
"""

from __future__ import annotations

import pytest
from conftest import HEADLINE, LEAD, at

import lint_news
from lint_news.config import Config


def _found(text: str, family: str) -> list[tuple[str, int, int, str]]:
    report = lint_news.lint_text(text, config=Config(select=(family,)))
    return [(f.code, f.line, f.column, f.severity.value) for f in report.findings]


BARE_CROWDS = [
    ("Tackle shop owners say the new limits will empty the marina by August.", "Tackle shop owners say", "LN708", "info"),
    ("Hydrologists say the aquifer recharges more slowly than the county assumes.", "Hydrologists say", "LN708", "info"),
    ("Friends say he never missed a Friday fish fry at the legion hall.", "Friends say", "LN708", "info"),
    # the argument register is a warning (LN707), as for experts and critics
    ("Seasoned volunteers point out that the shelter fills up every cold snap.", "Seasoned volunteers point out", "LN707", "warning"),
    ("Regular customers describe the diner as the town's living room.", "Regular customers describe", "LN706", "info"),
    ("Orchard growers have long complained that the frost alerts come too late.", "Orchard growers have long complained", "LN708", "info"),
    ("Ranchers are widely thought to oppose the new grazing fees.", "Ranchers are widely thought to", "LN706", "info"),
]


@pytest.mark.parametrize(("sentence", "needle", "code", "severity"), BARE_CROWDS)
def test_a_bare_crowd_of_any_trade_is_nobody_named(sentence, needle, code, severity):
    text = HEADLINE + LEAD + sentence + "\n"
    line, column = at(text, needle)
    assert _found(text, "unattributed-claim") == [(code, line, column, severity)]


@pytest.mark.parametrize(
    "sentence",
    [
        # the case's own parties are attribution
        "Prosecutors say the clerk moved $40,000 into a personal account over two years.",
        "Organizers say the parade will start at 10 a.m. on Main Street.",
        # a named organisation as the modifier, and a named person in the next sentence
        "Tackle shop owners say the limits will hurt. Dale Ruskin, who runs Ruskin Bait on Pier 2, said sales fell 30 percent.",
        # a crowd the writer counted
        "Of 40 tackle shop owners surveyed by the chamber, 31 say the limits will hurt.",
        # not a view: things, not people
        "Records show the marina sold 1,200 permits last year.",
    ],
)
def test_parties_named_people_and_records_stay_quiet(sentence):
    assert _found(HEADLINE + LEAD + sentence + "\n", "unattributed-claim") == []


CLASS_MEMBERS = [
    ("The recap describes a two-year study of well water in three townships.", "The recap describes", "meta-commentary", "LN301"),
    ("This overview was prepared from notes taken at the hearing.", "This overview was prepared from", "meta-commentary", "LN301"),
    ("It leans on a condensed version of the original coverage.", "a condensed version of the original coverage", "meta-commentary", "LN301"),
    ("The notes provided do not say who measured the water levels.", "The notes provided do not say", "meta-commentary", "LN302"),
    ("The source does not specify which wells were tested.", "The source does not specify", "meta-commentary", "LN303"),
    ("The wording here implies the district had been warned before.", "The wording here implies", "meta-commentary", "LN303"),
    ("In this rundown, we'll walk through what the rate change means for renters.", "In this rundown, we'll walk", "meta-commentary", "LN306"),
    ("Below, we break down how the new fees work and who pays them.", "Below, we break down", "meta-commentary", "LN306"),
    ("A few notes on this draft:", "A few notes on this draft", "meta-commentary", "LN308"),
    ("Recent reporting suggests the mill will close before spring.", "Recent reporting suggests", "placeholder-citation", "LN408"),
    ("The ferry takes 40 minutes, according to transit reports.", "according to transit reports", "placeholder-citation", "LN408"),
    ("Research consistently finds that bus lanes speed up commutes.", "Research consistently finds", "placeholder-citation", "LN407"),
    ("Research has also found that mulch cuts watering needs.", "Research has also found", "placeholder-citation", "LN407"),
    ("A quote from a teammate would make the piece feel less like a press release.", "would make the piece", "assistant-leak", "LN908"),
    ("The draft could use a second source on the budget figures.", "The draft could use", "assistant-leak", "LN908"),
    ("The text explains that the district ran out of substitute teachers.", "The text explains", "meta-commentary", "LN303"),
    ("Many shop owners on the east side worry that the detour will last all summer.", "Many shop owners on the east side worry", "unattributed-claim", "LN708"),
    ("Many in the township suspect the fires were set by one person.", "Many in the township suspect", "unattributed-claim", "LN706"),
    ("Bicycle mechanics generally recommend a chain check every 500 miles.", "Bicycle mechanics generally recommend", "unattributed-claim", "LN707"),
    ("Absolutely — here is the story about the ferry vote, in a plain news style.", "Absolutely — here is the story", "assistant-leak", "LN901"),
    ("Thanks for the new figures! I've worked them into the second paragraph.", "Thanks for the new figures!", "assistant-leak", "LN901"),
    ("Here's the story updated with the final vote count.", "Here's the story updated", "assistant-leak", "LN901"),
    ("Would you like me to add a sidebar on the history of the pier?", "Would you like me to", "assistant-leak", "LN904"),
    ("I kept the item to about 300 words for the weekend edition.", "I kept the item to about 300 words", "assistant-leak", "LN908"),
    ("I went with a lighter tone for the festival coverage.", "I went with a lighter tone", "assistant-leak", "LN908"),
    ("You might also want to confirm the player's age before running this.", "You might also want to confirm", "assistant-leak", "LN908"),
    ("The quotes below are placeholders until the coach calls back.", "The quotes below are placeholders", "assistant-leak", "LN906"),
    ("Option 2: Harbor Board Backs Dredging Plan", "Option 2:", "assistant-leak", "LN907"),
    ("I've rewritten the lede to put the vote first.", "I've rewritten the lede", "meta-commentary", "LN308"),
    ("As outlined above, the council still needs a second vote.", "As outlined above", "meta-commentary", "LN303"),
    ("As this explainer has shown, the toll will not pay for the bridge on its own.", "As this explainer has shown", "meta-commentary", "LN303"),
    ("As we touched on earlier, the rebate only covers the first two meters.", "As we touched on earlier", "meta-commentary", "LN303"),
    ("The ferry, as mentioned earlier, runs hourly until September.", "as mentioned earlier", "meta-commentary", "LN303"),
    ("Details on the cause were not included in the notes provided.", "in the notes provided", "meta-commentary", "LN302"),
    ("To conclude this piece, the pier will stay closed until May.", "To conclude this piece", "meta-commentary", "LN306"),
    # the writer's note on its own draft is commentary on the article as well as talk to the requester
    ("A quote from a teammate would make the piece feel less like a press release.", "would make the piece", "meta-commentary", "LN313"),
    ("Two details to confirm before the story runs: the coach's first name and the final score.", "details to confirm before the story runs", "meta-commentary", "LN313"),
    ("The template still has placeholders where the mayor's title should be.", "The template still has placeholders", "meta-commentary", "LN313"),
]


@pytest.mark.parametrize(("sentence", "needle", "family", "code"), CLASS_MEMBERS)
def test_each_sentence_is_reported_where_its_class_begins(sentence, needle, family, code):
    text = HEADLINE + LEAD + sentence + "\n"
    line, column = at(text, needle)
    assert [(c, ln, col) for c, ln, col, _ in _found(text, family)] == [(code, line, column)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The source, who asked not to be named, did not say when the wells were tested.",
        "The wording of the ordinance implies a fine for each day of the violation, the city attorney said.",
        "The overview of the budget, published by the finance office on Friday, lists 14 new positions.",
        "Below the dam, crews break down the old spillway by hand.",
        # a newsroom's "we", and "earlier" telling a time
        "As we reported Tuesday, the ferry will run hourly until September.",
        "As noted earlier this month, the ferry will run hourly until September.",
        # reporting on a draft that is itself the news
        "The council's draft budget still has gaps in its road fund, treasurer Lena Ortiz said.",
        "Editors said the profile could run before the election.",
    ],
)
def test_reporting_about_real_documents_and_people_stays_quiet(sentence):
    assert _found(HEADLINE + LEAD + sentence + "\n", "meta-commentary") == []


def test_an_offer_of_another_version_is_assistant_residue():
    sentence = "I can also prepare a shorter 200-word version for the print edition if space is tight."
    text = HEADLINE + LEAD + sentence + "\n"
    line, column = at(text, "I can also prepare")
    assert _found(text, "assistant-leak") == [("LN904", line, column, "error")]


def test_a_quoted_offer_of_another_version_is_reporting():
    sentence = '"I can also prepare a shorter version," the chatbot replied, according to the transcript Ruiz shared.'
    assert _found(HEADLINE + LEAD + sentence + "\n", "assistant-leak") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Research has found that mulch cuts watering needs. The Halden Extension research found a 20 percent saving over two summers.",
        "The Halden Extension research found that mulch cuts watering needs by a fifth.",
        "Research by the Halden Extension Service found that mulch cuts watering needs.",
        "The ferry takes 40 minutes, according to transit reports filed with the county in March.",
    ],
)
def test_named_research_and_reports_stay_quiet(sentence):
    assert _found(HEADLINE + LEAD + sentence + "\n", "placeholder-citation") == []


def test_a_sources_line_of_outlets_and_titles_with_nothing_to_follow():
    line = 'Sources: Harlow Water Board, "Rate Study Summary"; Harlow Gazette, "Water Rates to Rise"'
    text = HEADLINE + LEAD + line + "\n"
    assert _found(text, "placeholder-citation") == [("LN401", 5, 1, "warning")]
    dated = line.replace("Summary\"", "Summary,\" March 2025")
    assert _found(HEADLINE + LEAD + dated + "\n", "placeholder-citation") == []


def test_an_outlet_and_a_title_alone_on_a_line_is_a_placeholder_reference():
    text = HEADLINE + LEAD + 'Harlow Gazette, "Council Approves Budget"\n'
    assert _found(text, "placeholder-citation") == [("LN401", 5, 1, "warning")]


@pytest.mark.parametrize(
    ("sentence", "family"),
    [
        ("The text of the ordinance says fines double after 30 days.", "meta-commentary"),
        ("Mayor Dana Ruiz said a new bus line would make the east side easier to reach.", "assistant-leak"),
        ("Many in the township, including supervisor Ann Cole, suspect the fires were set by one person.", "unattributed-claim"),
    ],
)
def test_their_reporting_look_alikes_stay_quiet(sentence, family):
    assert _found(HEADLINE + LEAD + sentence + "\n", family) == []


HINTS = [
    ("Polls show residents are split on the stadium bond.", "Polls show", "placeholder-citation", "LN410"),
    ("Government figures suggest the harbor lost 300 jobs.", "Government figures suggest", "placeholder-citation", "LN410"),
    ("It has been reported that the ferry contract was never signed.", "It has been reported that", "placeholder-citation", "LN410"),
    ("Sources close to the board say the director will resign.", "Sources close to the board say", "placeholder-citation", "LN410"),
    ("The mural is believed to be the oldest in the county.", "is believed to be", "unattributed-claim", "LN706"),
    ("Hydrologists warn that the aquifer is falling.", "Hydrologists warn", "unattributed-claim", "LN708"),
    ("There are concerns that the detour will hurt the bakery.", "There are concerns that", "unattributed-claim", "LN706"),
    ("Commuters appear increasingly frustrated with the delays.", "Commuters appear increasingly frustrated", "unattributed-claim", "LN708"),
    ("Questions remain about who signed the dredging contract.", "Questions remain about", "unattributed-claim", "LN706"),
    ("The plan has been praised by some and condemned by others.", "has been praised by some", "unattributed-claim", "LN706"),
    ("According to one analysis, the levy would cost renters the most.", "According to one analysis", "placeholder-citation", "LN410"),
    ("There's mounting evidence that the bus lanes cut travel times.", "There's mounting evidence that", "placeholder-citation", "LN410"),
    # a year in the sentence that does not date the source names nothing
    ("Attendance has climbed steeply since 2022, according to recent figures.", "according to recent figures", "placeholder-citation", "LN410"),
]


@pytest.mark.parametrize(("sentence", "needle", "family", "code"), HINTS)
def test_vague_sourcing_real_reporting_also_uses_is_a_hint(sentence, needle, family, code):
    text = HEADLINE + LEAD + sentence + "\n"
    line, column = at(text, needle)
    assert _found(text, family) == [(code, line, column, "info")]


@pytest.mark.parametrize(
    "sentence",
    [
        "A Marist poll released Tuesday found that residents are split; polls show the same split in 2019.",
        "Figures from the Harlow Port Authority suggest the harbor lost 300 jobs.",
        "It has been reported by the Harlow Gazette that the ferry contract was never signed.",
        "According to one analysis by the Harlow Budget Office, the levy would cost renters the most.",
        "According to 2023 figures, attendance at the regatta rose 12 percent.",
        "According to official data released in March 2024, attendance rose.",
    ],
)
def test_a_named_poll_body_or_outlet_stays_quiet(sentence):
    assert _found(HEADLINE + LEAD + sentence + "\n", "placeholder-citation") == []


@pytest.mark.parametrize(
    ("sentence", "family"),
    [
        # a correction note names an earlier version of the article, not a draft
        ("An earlier version of this article misstated the vote count.", "assistant-leak"),
        ('"I can make it shorter," the coach said of the season.', "assistant-leak"),
        ("Should I get a flu shot this year?", "assistant-leak"),
        ("The mayor said she went with a cautious approach to the budget.", "assistant-leak"),
        ("Let's look at the numbers: the levy raises $4 million a year.", "meta-commentary"),
    ],
)
def test_reporting_that_shares_the_residue_words_stays_quiet(sentence, family):
    assert [(code, severity) for code, _, _, severity in _found(HEADLINE + LEAD + sentence + "\n", family) if severity != "info"] == []
