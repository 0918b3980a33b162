"""The template rules of the filler family (LN621-LN627): families of cliche with slots.

Each template is exercised through several fillings of its slots (other
adjectives, nouns, inflections), so a test fails if a rule only knows one
sentence. Positions come from the text itself, never from the linter. The
negative cases are real reporting that shares words with the templates.
"""

from __future__ import annotations

import pytest
from conftest import HEADLINE, LEAD, at, positions

import lint_news
from lint_news.findings import Severity


def filler(text: str, path: str = "a.txt") -> list:
    return [f for f in lint_news.lint_text(text, path=path).findings if f.family == "filler"]


#: (code, sentence, the text the finding must start with)
TEMPLATE_CASES = [
    # LN621 sentimental cliche
    ("LN621", "The retired umpire left an indelible mark on the league.", "indelible mark"),
    ("LN621", "Her recipes leave an indelible imprint on every menu in town.", "indelible imprint"),
    ("LN621", "His sermons touched the lives of countless families in the valley.", "touched the lives of countless"),
    ("LN621", "Neighbors cleared the road in a heartwarming display of solidarity.", "heartwarming display of solidarity"),
    ("LN621", "The parade was a celebration of the human spirit.", "celebration of the human spirit"),
    ("LN621", "Recycling is woven into the very fabric of the brewery.", "woven into the very fabric of"),
    ("LN621", "The diner is a place where memories are made over pancakes.", "where memories are made"),
    ("LN621", "The smell of cedar will transport visitors back to their childhood.", "will transport visitors back to"),
    ("LN621", "From the moment you walk through the gate, the garden feels calm.", "From the moment you walk through"),
    ("LN621", "The shop sits nestled in the heart of the old mill quarter.", "nestled in the heart of"),
    ("LN621", "The cafe has become a beloved gathering spot for retirees.", "a beloved gathering spot"),
    # LN622 sweeping context
    ("LN622", "In a world where screens shape childhood, the library bought more board games.", "In a world where"),
    ("LN622", "In an economic climate defined by uncertainty, the mill hired six workers.", "In an economic climate defined by"),
    ("LN622", "As the nation grapples with rising rents, the town counted its vacant homes.", "As the nation grapples with"),
    ("LN622", "As the region continues to wrestle with drought, farmers planted early.", "As the region continues to wrestle with"),
    ("LN622", "As the world continues to change, the museum added a night tour.", "As the world continues to"),
    ("LN622", "Birds have much to show us about our ever-changing world.", "our ever-changing world"),
    # LN623 future platitude
    ("LN623", "As we move into the future, the orchard will adapt.", "As we move into the future"),
    ("LN623", "One thing is crystal clear: the harbor has changed.", "One thing is crystal clear"),
    ("LN623", "The final lap will be talked about for decades to come.", "will be talked about for decades to come"),
    ("LN623", "The new terminal is ushering in a golden era for the airport.", "ushering in a golden era"),
    ("LN623", "The bakery is set to open a bold new chapter on the east side.", "a bold new chapter"),
    ("LN623", "For the rowing club, the future looks incredibly bright.", "the future looks incredibly bright"),
    # LN624 not-just-x
    ("LN624", "More than just a hardware store, Pell's is where the town trades news.", "More than just a hardware store,"),
    ("LN624", "The market was much more than a place to shop; it anchored the street.", "was much more than a place to shop;"),
    ("LN624", "It's not just about the trophies, it's about the friendships.", "It's not just about"),
    ("LN624", "This isn't just about parking; it is about who the street is for.", "This isn't just about"),
    ("LN624", "Whether you're a weekend angler or a lifelong fisherman, the lake rewards patience.", "Whether you're a weekend angler or a lifelong"),
    # LN625 hype phrase
    ("LN625", "The shelter has become a shining beacon of hope for the county.", "a shining beacon of hope"),
    ("LN625", "The bridge stands as a powerful symbol of the city's ambition.", "stands as a powerful symbol of"),
    ("LN625", "The startup is harnessing the power of satellite data.", "harnessing the power of"),
    ("LN625", "A heat pump can unlock the full potential of an old house.", "unlock the full potential"),
    ("LN625", "Each plate is a symphony of textures.", "a symphony of"),
    ("LN625", "Velvet seats elevate the moviegoing experience.", "elevate the moviegoing experience"),
    ("LN625", "The doors opened at noon, and the excitement was palpable.", "the excitement was palpable"),
    # LN626 civic exhortation
    ("LN626", "Stay informed, stay engaged and attend the next hearing.", "Stay informed, stay engaged"),
    ("LN626", "By staying prepared and staying connected, families can cope.", "staying prepared and staying connected"),
    ("LN626", "With a little planning, the town can weather the storm together.", "weather the storm together"),
]


@pytest.mark.parametrize(("code", "sentence", "needle"), TEMPLATE_CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(TEMPLATE_CASES)])
def test_template_fires_at_the_exact_column(code, sentence, needle):
    text = HEADLINE + LEAD + sentence + "\n"
    findings = filler(text)
    assert positions(findings) == [(code, *at(text, needle))]
    assert findings[0].severity is Severity.WARNING
    assert findings[0].excerpt.lower().startswith(needle.lower()[:20])


GENERIC_CASES = [
    ("The survey sheds new light on commuting habits.", "sheds new light on"),
    ("The cheaper battery could be a real game-changer for delivery firms.", "a real game-changer"),
    ("The vote marked a historic turning point for the port.", "marked a historic turning point"),
    ("The audit raises troubling questions about the contract.", "raises troubling questions about"),
    ("Officials urged drivers to remain vigilant on icy roads.", "remain vigilant"),
    ("The goalkeeper's save was nothing short of miraculous.", "nothing short of miraculous"),
    ("The co-op plans to rebuild the orchard, one tree at a time.", "one tree at a time"),
    ("The pianist gave a masterclass in restraint.", "a masterclass in"),
    ("Whether the levy passes remains to be seen.", "remains to be seen"),
    ("The festival fosters a deeper sense of belonging.", "fosters a deeper sense of"),
    ("The fair offers a glimmer of hope to the stallholders.", "a glimmer of hope"),
    ("The ferry's return was eagerly anticipated on the island.", "eagerly anticipated"),
    ("Streaming has reshaped the music landscape.", "reshaped the music landscape"),
    ("When you pack for the trip, remember that an ounce of prevention beats a tow truck.", "an ounce of prevention"),
    ("The start-up sells innovative solutions for cold storage.", "innovative solutions"),
    ("The app puts every bus timetable at your fingertips.", "at your fingertips"),
]


def test_two_generic_cliches_in_one_sentence_each_have_their_position():
    text = HEADLINE + LEAD + "Shop owners see a glimmer of hope in these uncertain times.\n"
    assert positions(filler(text)) == [("LN627", *at(text, "a glimmer of hope")), ("LN627", *at(text, "in these uncertain times"))]


def test_navigating_any_difficulty_metaphor():
    text = HEADLINE + LEAD + "Growers are navigating the choppy regulatory waters of the export market.\n"
    assert positions(filler(text)) == [("LN605", *at(text, "navigating the choppy regulatory waters"))]


@pytest.mark.parametrize(("sentence", "needle"), GENERIC_CASES, ids=[f"LN627-{i}" for i in range(len(GENERIC_CASES))])
def test_generic_cliche_fires_at_the_exact_column(sentence, needle):
    text = HEADLINE + LEAD + sentence + "\n"
    assert positions(filler(text)) == [("LN627", *at(text, needle))]


#: About 1,000 words of plain reporting with no stock phrase in it.
LONG_BODY = "\n\n".join(
    f"Item {n}: the water board reviewed pipe segment {n} on Monday, and the engineer logged "
    f"{n * 4} leaks reported by residents of the east ward, who asked for {n + 1} more weeks "
    f"before the board votes on the repair contract at its meeting on Elm Street."
    for n in range(1, 26)
)


def test_one_generic_cliche_in_a_long_article_is_info():
    text = HEADLINE + LEAD + LONG_BODY + "\n\nThe report sheds light on the board's backlog.\n"
    assert len(text.split()) > 900
    findings = filler(text)
    assert positions(findings) == [("LN627", *at(text, "sheds light on"))]
    assert findings[0].severity is Severity.INFO


def test_dense_generic_cliches_are_warnings():
    body = (
        "The report sheds light on a pivotal moment for the county. Officials urged residents to remain vigilant, "
        "and whether the plan works remains to be seen.\n"
    )
    text = HEADLINE + LEAD + body
    findings = filler(text)
    assert [f.code for f in findings] == ["LN627"] * 4
    assert {f.severity for f in findings} == {Severity.WARNING}


REPORTING = [
    # words of the templates in plain reporting
    "The world's largest cruise ship docked in Miami on Monday, port officials said.",
    "The nation's jobless rate fell to 3.9% in May, the Labor Department said.",
    "The bakery, on the corner of Fifth and Main, sells about 600 loaves a day.",
    "Reporters were allowed to see one cell at a time during the tour of the jail.",
    "The crew took the survey one step at a time, checking each beam with a gauge.",
    "She said the vote was not just about money but about who pays for the roads.",
    "The report, released Tuesday, found 14 violations at the plant.",
    "A beacon on the breakwater was repaired after the storm, the Coast Guard said.",
    "Whether the council will raise fares is expected to be decided on June 2.",
    "The museum's new wing is more than twice the size of the old one.",
    "The tapestry, woven in Flanders in the 1500s, was restored by a team of six.",
    "The mine left a scar on the hillside that is still visible from the highway.",
    "Volunteers worked through the night to fill 3,000 sandbags, the fire chief said.",
    "The company said it would stay in the city for at least ten years.",
]


@pytest.mark.parametrize("sentence", REPORTING, ids=[f"reporting-{i}" for i in range(len(REPORTING))])
def test_reporting_that_shares_words_with_the_templates_is_quiet(sentence):
    assert filler(HEADLINE + LEAD + sentence + "\n") == []


NAMED_QUOTES = [
    '"She left an indelible mark on this town," said Mayor Ruth Okonkwo.',
    '"In a world where everyone is in a hurry, this shop still takes its time," said Dev Malhotra, the owner.',
    '"One thing is clear: we need more buses," said Carla Reyes, the transit director.',
    'Coach Ines Barros said: "It\'s not just about winning, it\'s about how we play."',
    '"The library is a beacon of hope for our kids," said Ana Lindqvist, who chairs the board.',
    '"Stay informed, stay safe and check on your neighbors," Fire Chief Omar Haddad said.',
]


@pytest.mark.parametrize("sentence", NAMED_QUOTES, ids=[f"quote-{i}" for i in range(len(NAMED_QUOTES))])
def test_a_named_speakers_quote_is_reporting(sentence):
    assert filler(HEADLINE + LEAD + sentence + "\n") == []


def test_an_unattributed_quote_is_not_exempt():
    text = HEADLINE + LEAD + 'A banner over the door read: "A beacon of hope for the neighborhood."\n'
    assert positions(filler(text)) == [("LN625", *at(text, "A beacon of hope"))]


def test_markdown_and_html_report_the_source_column():
    markdown = "# Bakery opens\n\nThe bakery opened on Friday.\n\n- More than just a bakery, it is a meeting place.\n"
    assert positions(filler(markdown, path="a.md")) == [("LN624", *at(markdown, "More than just a bakery,"))]
    html = "<html><body><article><h1>Bakery opens</h1><p>The bakery is a <b>symphony of</b> smells.</p></article></body></html>\n"
    findings = filler(html, path="a.html")
    assert positions(findings) == [("LN625", *at(html, "a <b>symphony of"))]
