"""Residue of how a story was produced, and claims and flourishes in new wording.

The classes: a rewrite that narrates its own source document or its edits, notes
left by a rewrite tool, an assistant offering to rework the copy, a crowd with a
trade in front of it ("retail analysts expect"), and the flourishes of generated
copy. Every sentence is new text of our own; the reporting look-alikes stay quiet.
"""

from __future__ import annotations

import pytest
from conftest import HEADLINE, LEAD, at

import lint_news
from lint_news.config import Config


def _found(text: str, family: str) -> list[tuple[str, int, int]]:
    report = lint_news.lint_text(text, config=Config(select=(family,)))
    return [(f.code, f.line, f.column) for f in report.findings]


def _codes(text: str, family: str) -> list[str]:
    return [code for code, _, _ in _found(text, family)]


def test_a_rewrite_that_keeps_narrating_its_source_document():
    body = (
        "The piece reports that the ferry missed 14 sailings in March.\n\n"
        "The author explains that a cracked shaft kept the boat in dry dock.\n\n"
        "According to the write-up, the operator owes the county $20,000 in penalties.\n"
    )
    text = HEADLINE + LEAD + body
    assert _found(text, "meta-commentary") == [
        ("LN309", *at(text, "The piece reports")),
        ("LN309", *at(text, "The author explains")),
        ("LN309", *at(text, "According to the write-up")),
    ]


def test_one_mention_of_another_outlets_article_is_reporting():
    text = HEADLINE + LEAD + "The Ledger's article reports that the ferry missed 14 sailings, which the operator disputes.\n"
    assert _found(text, "meta-commentary") == []


@pytest.mark.parametrize(
    ("sentence", "needle", "code"),
    [
        ("The tone of the article is mostly upbeat about the ferry.", "The tone of the article is", "LN304"),
        ("The notes I was working from do not give the vote count.", "The notes I was working from", "LN302"),
        ("[Keep it under 400 words and use a friendly tone.]", "[Keep it under 400 words", "LN307"),
        ("I've trimmed the quotes from the harbor master to one line each.", "I've trimmed the quotes", "LN308"),
        ("I kept every name exactly as it appeared in the original.", "I kept every name exactly as it appeared", "LN308"),
        ("(Condensed to three paragraphs as requested.)", "Condensed to three paragraphs as requested", "LN310"),
        ("This rewrite keeps the quotes but drops the sidebar.", "This rewrite", "LN310"),
        ("The original wire story ran about 900 words.", "The original wire story", "LN310"),
        ("Two paragraphs were cut to fit the word limit.", "cut to fit the word limit", "LN310"),
        ("Suggested slug: ferry-shaft-repairs", "Suggested slug", "LN310"),
        ("What follows is a short recap of the attached article, with the figures checked.", "a short recap of the attached article", "LN301"),
    ],
)
def test_notes_about_the_making_of_the_copy(sentence, needle, code):
    text = HEADLINE + LEAD + sentence + "\n"
    assert _found(text, "meta-commentary") == [(code, *at(text, needle))]


@pytest.mark.parametrize(
    "sentence",
    [
        "The council approved the rewrite of the zoning code on Tuesday, 6-1.",
        "Wire services reported the closure on Monday, citing the port authority.",
        "The records were released as requested by the newspaper in March.",
        "The Ledger's SEO team was cut by half, the paper's editor said.",
        "The article, published Tuesday in the Harbor Ledger, quoted three pilots by name.",
        "Ruiz wrote a brief overview of the story in 2019, the paper said.",
    ],
)
def test_reporting_about_rewrites_and_wire_stories_stays_quiet(sentence):
    assert _found(HEADLINE + LEAD + sentence + "\n", "meta-commentary") == []


@pytest.mark.parametrize(
    ("sentence", "needle", "code"),
    [
        ("If that helps, I can turn this into a shorter brief for the newsletter.", "If that helps, I can", "LN904"),
        ("I could shorten it to a 200-word item for the weekend edition.", "I could shorten it to", "LN904"),
        ("You might want to add the photographer's credit before the piece runs.", "You might want to add", "LN904"),
        ("I can only go by what the agenda listed, so the vote count may differ.", "I can only go by what", "LN906"),
    ],
)
def test_an_assistant_offering_to_rework_the_copy(sentence, needle, code):
    text = HEADLINE + LEAD + sentence + "\n"
    assert _found(text, "assistant-leak") == [(code, *at(text, needle))]


def test_advice_to_readers_and_a_reporters_own_voice_stay_quiet():
    body = (
        "Tenants may want to photograph the unit before they move out, the housing office said.\n\n"
        "I can only imagine what the crossing was like in 1953, said Dana Pell, the ferry's oldest pilot.\n"
    )
    assert _found(HEADLINE + LEAD + body, "assistant-leak") == []


@pytest.mark.parametrize(
    ("sentence", "needle", "code"),
    [
        ("Retail watchers expect the mall to lose two more anchors next year.", "Retail watchers expect", "LN708"),
        ("Shipping observers say the route rarely turns a profit in winter.", "Shipping observers say", "LN708"),
        ("Many in the valley see the closure as the end of an era.", "Many in the valley see the closure as", "LN706"),
        ("Commuters have largely welcomed the new timetable.", "Commuters have largely welcomed", "LN708"),
        ("It is widely expected that the pier will reopen in spring.", "It is widely expected", "LN706"),
        ("Dairy farmers across the county have long complained about milk prices.", "Dairy farmers across the county have long complained", "LN708"),
        ("Plenty of diners credit the chef with reviving the strip.", "Plenty of diners credit", "LN708"),
        ("Ticket sales rose, with many viewing the new coach as a draw.", "many viewing", "LN706"),
        ("Investors had broadly braced for a weaker year.", "Investors had broadly braced", "LN706"),
    ],
)
def test_a_crowd_with_a_trade_or_a_place_in_front_of_it_is_nobody_named(sentence, needle, code):
    text = HEADLINE + LEAD + sentence + "\n"
    assert _found(text, "unattributed-claim") == [(code, *at(text, needle))]


@pytest.mark.parametrize(
    "sentence",
    [
        "Many see Mayor Ruiz as the favorite, a poll by the Harbor Ledger found in May.",
        "Retail watchers at Fennick Securities expect the mall to lose two anchors.",
        "Shipping observers say the route rarely turns a profit, said Ana Ruiz, who runs the port.",
    ],
)
def test_a_crowd_tied_to_a_name_or_a_poll_stays_quiet(sentence):
    assert _found(HEADLINE + LEAD + sentence + "\n", "unattributed-claim") == []


@pytest.mark.parametrize(
    ("sentence", "needle"),
    [
        ("The depot is a bold step toward a cleaner future for the port.", "a bold step toward a cleaner future"),
        ("The bakery is building a brighter, healthier tomorrow for the block.", "building a brighter, healthier tomorrow"),
        ("The deal is a genuine win-win for riders and drivers.", "a genuine win-win"),
        ("All eyes will be on the harbor vote in June.", "All eyes will be on"),
        ("The ferry line has weathered its share of storms since 1990.", "weathered its share of storms"),
        ("Tidewater Foods, a trusted leader in regional groceries, opened a store.", "a trusted leader in"),
        ("The firm sells innovative payment solutions to small shops.", "innovative payment solutions"),
        ("The new market has something for everyone on Saturdays.", "something for everyone"),
        ("The crews cleared the road, one fallen branch at a time.", "one fallen branch at a time"),
        ("The crowd at the reopening was nothing short of electrifying.", "nothing short of electrifying"),
    ],
)
def test_the_flourishes_of_generated_copy_are_hints(sentence, needle):
    text = HEADLINE + LEAD * 6 + sentence + "\n"  # long enough that one phrase is not dense
    report = lint_news.lint_text(text, config=Config(select=("filler",)))
    assert [(f.code, f.line, f.column, f.severity.value) for f in report.findings] == [("LN627", *at(text, needle), "info")]


def test_industry_reports_with_nothing_named_are_a_placeholder_citation():
    text = HEADLINE + LEAD + "Demand for heat pumps doubled last year, according to industry reports.\n"
    assert _codes(text, "placeholder-citation") == ["LN408"]
    named = HEADLINE + LEAD + "Demand doubled last year, according to industry reports published by the Heat Pump Council.\n"
    assert _codes(named, "placeholder-citation") == []


def test_a_review_identified_by_where_and_when_it_was_presented_is_named():
    text = HEADLINE + LEAD + "Delays doubled in January, according to an internal review presented to the transit board on Tuesday.\n"
    assert _codes(text, "placeholder-citation") == []
    vague = HEADLINE + LEAD + "Delays doubled in January, according to an internal review.\n"
    assert _codes(vague, "placeholder-citation") == ["LN408"]
