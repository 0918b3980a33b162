"""The meta-commentary (LN3xx), assistant-leak (LN9xx) and unattributed-claim (LN7xx) packs.

Positive cases give the exact position of every finding of these families;
the position is computed from the text itself (the needle's line and column),
never from the linter. Negative cases are the look-alikes real reporting is
full of: reports and summaries that are themselves news, the legal "summary
judgment", chatbot words quoted as evidence, claims whose sentence names its
source.
"""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest
from conftest import CLEAN_FIXTURES as CLEAN
from conftest import HEADLINE, LEAD, REPO, at, positions
from conftest import PADDED_FIXTURES as PADDED

import lint_news
from lint_news.config import Config
from lint_news.findings import Severity
from lint_news.rules import load_registry

FAMILIES = ("meta-commentary", "assistant-leak", "unattributed-claim")


def ours(report) -> list:
    return [f for f in report.findings if f.family in FAMILIES]


def lint(text: str, path: str = "a.txt") -> list:
    return ours(lint_news.lint_text(text, path=path))


# ---------------------------------------------------------------------------
# positive cases: (code, paragraph text, needle where the finding starts)

POSITIVE_CASES = [
    # meta-commentary
    ("LN301", "The summary notes that the council \"approved the budget.\"", "The summary notes that"),
    ("LN300", "As mentioned in the summary, the vote was 5-2.", "As mentioned in the summary"),
    ("LN300", "According to the summary, the mayor opposed the cuts.", "According to the summary"),
    ("LN301", "The emphasis on job losses in the summary suggests the story was written early.", "The emphasis on job losses"),
    ("LN302", "The provided text does not say how many libraries will close.", "The provided text does not say"),
    ("LN302", "Council members disagreed, but the provided article does not specify why.", "but the provided article does not specify"),
    ("LN302", "As the input text suggests, the cuts will be contested.", "As the input text suggests"),
    ("LN302", "The narrative you have given contains several claims about the mayor.", "The narrative you have given"),
    ("LN302", "The vote was 5-2, but the summary provided does not indicate who dissented.", "but the summary provided"),
    ("LN303", "The text does not specify how the library hours will change.", "The text does not specify"),
    ("LN303", "The original article states that the vote was 5-2.", "The original article states"),
    ("LN303", "Based on the information provided, it is unclear when the cuts begin.", "Based on the information provided"),
    ("LN303", "The information provided in the source does not include staffing figures.", "The information provided in the source"),
    ("LN304", "The source, from the Harlow Gazette, may present a particular perspective on the vote.", "The source, from the Harlow Gazette, may present a particular perspective"),
    ("LN304", "The source may reflect the views of the council majority.", "The source may reflect the views of"),
    ("LN305", "Maintaining objectivity means weighing the council's projections against past budgets.", "Maintaining objectivity means"),
    ("LN305", "The potential for selective omission of context is also relevant here.", "The potential for selective omission of context"),
    ("LN305", "A comprehensive analysis requires considering the views of library staff.", "A comprehensive analysis requires considering"),
    ("LN305", "The budget passed quickly. This phrasing suggests that the terms were settled.", "This phrasing suggests"),
    ("LN305", "The use of trigger words is less evident in this coverage.", "The use of trigger words"),
    ("LN306", "In this article, we will explore what the budget means for residents.", "In this article, we will explore"),
    ("LN306", "This article aims to examine the budget line by line.", "This article aims to examine"),
    ("LN307", "The article should be approximately 500 words and include quotes.", "The article should be approximately"),
    ("LN307", "The claims made in the prompt are not supported by the budget documents.", "made in the prompt"),
    # assistant-leak
    ("LN901", "Certainly! Here is a 500-word news article about the Harlow budget vote:", "Certainly! Here is a 500-word news article"),
    ("LN901", "Sure, here's a shorter version of the budget story:", "Sure, here's a shorter version"),
    ("LN901", "Here is a news article about the Harlow budget vote:", "Here is a news article about"),
    ("LN902", "As an AI language model, I cannot confirm the final vote count.", "As an AI language model"),
    ("LN902", "As an AI, I do not have opinions about the budget.", "As an AI, I"),
    ("LN903", "As of my last knowledge update, the council had seven members.", "As of my last knowledge update"),
    ("LN903", "The library budget was $2 million before my knowledge cutoff.", "my knowledge cutoff"),
    ("LN904", "I hope this helps! The council meets again in March.", "I hope this helps!"),
    ("LN904", "The council meets again in March. Let me know if you'd like more on the library cuts.", "Let me know if you'd like more on the library cuts."),
    ("LN904", "Feel free to adjust it as needed for your publication.", "Feel free to adjust it"),
    ("LN904", "Would you like me to look into the library cuts as well?", "Would you like me to look into"),
    ("LN905", "I'm sorry, but I can't write an article that presents these claims as fact.", "I'm sorry, but I can't"),
    ("LN905", "I cannot fulfill this request because it asks for invented quotes.", "I cannot fulfill this request"),
    ("LN906", "[Note: The quotes above are illustrative and should be replaced with real sources.]", "[Note: The quotes above"),
    ("LN906", "Note: This article is a fictional account written as requested.", "Note: This article is a fictional"),
    ("LN906", "(650 words)", "(650 words)"),
    ("LN907", "Subtitle: Library hours will be cut across the city", "Subtitle:"),
    # unattributed-claim
    ("LN701", "Experts say the cuts will hurt children most.", "Experts say"),
    ("LN701", "Additionally, experts warn that the reserve fund is too small.", "experts warn"),
    ("LN701", "The plan relies on sales tax growth, which experts believe is unlikely.", "experts believe"),
    ("LN702", "Critics argue that the council moved too quickly.", "Critics argue"),
    ("LN702", "Critics have long argued that the library is underfunded.", "Critics have long argued"),
    ("LN703", "Analysts suggest that more cuts are likely next year.", "Analysts suggest"),
    ("LN703", "Some observers see the vote as a turning point for the council.", "Some observers"),
    ("LN704", "Many believe that the library should have been spared.", "Many believe"),
    ("LN704", "It is widely believed that the mayor will veto the budget.", "It is widely believed"),
    ("LN704", "Some argue the cuts go too far.", "Some argue"),
]

ERROR_CODES = {"LN302", "LN901", "LN902", "LN903", "LN904", "LN905", "LN906"}


@pytest.mark.parametrize(("code", "paragraph", "needle"), POSITIVE_CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(POSITIVE_CASES)])
def test_positive_case_is_found_exactly(code, paragraph, needle):
    text = HEADLINE + LEAD + paragraph + "\n"
    line, column = at(text, needle)
    found = lint(text)
    assert [(f.code, f.line, f.column) for f in found] == [(code, line, column)]
    assert found[0].severity is (Severity.ERROR if code in ERROR_CODES else Severity.WARNING)
    assert "{match}" not in found[0].message and found[0].excerpt.rstrip("…") in found[0].message


def test_positions_are_literal():
    """A spot check with hand-counted positions, independent of the ``at`` helper."""
    text = "Harlow budget passes\n\nThe vote was 5-2.\n\nThe council met Tuesday. Critics argue that the cuts go too far.\n"
    assert positions(lint(text)) == [("LN702", 5, 26)]
    text = "Harlow budget passes\n\nCertainly! Here is a news article about the vote:\n\nThe vote was 5-2.\n"
    assert positions(lint(text)) == [("LN901", 3, 1)]
    text = "Harlow budget passes\n\nThe vote was 5-2. The summary notes that turnout was low.\n"
    assert positions(lint(text)) == [("LN301", 3, 19)]


def test_positions_survive_markdown_and_crlf():
    text = "# Harlow budget passes\r\n\r\nThe vote was **5-2**. As an AI language model, I cannot say more.\r\n\r\n*Experts warn* that the reserve is too small.\r\n"
    assert positions(lint(text, path="a.md")) == [("LN701", 5, 2), ("LN902", 3, 23)]


# ---------------------------------------------------------------------------
# negative cases: look-alikes in real reporting

NEGATIVE_CASES = [
    # meta-commentary look-alikes
    "The report, published Tuesday by the state auditor, notes that the fund ran short in 2023.",
    "Judge Alvarez granted the city's motion for summary judgment on Friday.",
    "A summary of the bill released by the clerk shows $4 million in cuts to libraries.",
    "According to a summary of the bill released by the clerk, libraries lose $4 million.",
    "According to the summary released by the clerk's office, libraries lose $4 million.",
    "The summary, published Tuesday by the auditor, notes that the fund ran short.",
    "In summary, the council approved the budget and delayed the library vote.",
    "The council heard a summary of public comments before the vote.",
    "The information provided by the finance department shows a $3 million gap.",
    "The article provided a rare look at the council's private deliberations, Ruiz said.",
    "Police said the source of the fire was a faulty heater.",
    "The source said the mayor would veto the budget. He asked not to be named.",
    "The bill's text does not specify how the savings will be spent.",
    "Lawyers for the city presented counter-arguments at Friday's hearing.",
    "Summary executions were reported in the region, the UN said.",
    "The wording suggests the bank is ready to raise rates in March.",
    "The risk of selective reporting of trial results worries regulators.",
    "The information provided does not match police records, the sheriff said.",
    "The defence will present counter-arguments on Monday.",
    "Users typed the request in the prompt box and waited for an answer.",
    # assistant-leak look-alikes
    "\"As an AI language model, I cannot verify the tenant's payment history,\" Farrell said, reading from the letter.",
    "\"I hope this helps,\" said Mayor Ana Ruiz as she handed the first check to the library director.",
    "Here is what the budget does: it cuts library hours and adds two police officers.",
    "Sure, the council could have waited, Ruiz said, but the deadline was June 30.",
    "The library will open a new branch, as of next spring, the director said.",
    "Correction: An earlier version of this story misstated the vote. It was 5-2.",
    "Editor's note: This story has been updated with the final vote count.",
    "I cannot recall a budget this difficult, Ruiz said.",
    "She is an AI researcher at Harlow University.",
    "Feel free to adjust the seasoning to taste.",
    "Here is the article's key finding:",
    "Here are the draft rules the council approved:",
    "Here's the version of events police gave:",
    "Bard is described as a language model that can draft letters.",
    # unattributed-claim look-alikes
    "Experts at the Met Office say the storm will weaken by Friday.",
    "Analysts at Barclays said the bank would cut rates.",
    "Critics, including council member Jane Doe, argue that the library cuts go too far.",
    "Critics argue the plan is rushed, said Jane Doe, who chairs the finance committee.",
    "Experts believe the levee will hold, according to the Army Corps of Engineers.",
    "Experts warn the storm could intensify, citing data from the National Hurricane Center.",
    "Many believe the vote was rigged, according to a Gallup poll released Monday.",
    "Moody's analysts suggest that rates will fall next year.",
    "Goldman Sachs analysts suggest that rates will fall next year.",
    "\"Experts say the library is the heart of this town,\" said council member Ana Ruiz.",
    "“Critics argue that we moved too fast, and they are wrong,” Mayor Ruiz said.",
    "Experts say the cuts will hurt children most, Dr. Lena Forsythe of Harlow University said.",
    "Studies show that library use rises in recessions.",
    "The council's critics were in the gallery on Tuesday.",
    "Those experts who testified on Tuesday said the plan was sound.",
]


@pytest.mark.parametrize("paragraph", NEGATIVE_CASES)
def test_look_alike_is_not_flagged(paragraph):
    text = HEADLINE + LEAD + paragraph + "\n"
    assert [(f.code, f.excerpt) for f in lint(text) if f.severity is not Severity.INFO] == []


def test_quoted_chatbot_words_from_the_clean_fixture_are_reporting():
    text = (
        "Housing office pulls chatbot\n\n"
        "At that hearing, Council member Naomi Farrell held up a letter.\n\n"
        "\u201cThis is on the housing authority\u2019s letterhead, and the second paragraph reads, "
        "\u2018As an AI language model, I cannot verify the tenant\u2019s payment history,\u2019\u201d Farrell said.\n"
    )
    assert lint(text) == []
    # the same words unquoted are the chatbot's own
    unquoted = "Housing office pulls chatbot\n\nAs an AI language model, I cannot verify the tenant's payment history.\n"
    assert positions(lint(unquoted)) == [("LN902", 3, 1)]


def test_a_person_named_in_the_next_sentence_of_the_paragraph_sources_the_claim():
    claim = "Many believe that a second phase could follow."
    # the next sentence names the person: sourced
    assert lint(HEADLINE + LEAD + claim + " Dr. Ines Varga said that depends on supply.\n") == []
    assert lint(HEADLINE + LEAD + claim + " Ines Varga, who runs the clinic, said that depends on supply.\n") == []
    # a name one paragraph down does not source it
    text = HEADLINE + LEAD + claim + "\n\nInes Varga said supply was short.\n"
    assert positions(lint(text)) == [("LN704", *at(text, "Many believe"))]
    # nor does a company that "said" something else in the next sentence
    text = HEADLINE + LEAD + claim + " Varga Logistics Company said it had 40 trucks ready.\n"
    assert positions(lint(text)) == [("LN704", *at(text, "Many believe"))]
    # nor a name two sentences on
    text = HEADLINE + LEAD + claim + " Supply is short. Ines Varga said so on Monday.\n"
    assert positions(lint(text)) == [("LN704", *at(text, "Many believe"))]


def test_wire_idiom_is_off_by_default_and_informational_when_selected():
    text = HEADLINE + LEAD + "Analysts say the figures show the market is stabilising.\n"
    assert lint(text) == []
    found = ours(lint_news.lint_text(text, path="a.txt", config=Config(select=("LN705",))))
    assert [(f.code, f.severity, f.line, f.column) for f in found] == [("LN705", Severity.INFO, *at(text, "Analysts say"))]
    # selecting the family turns the strict rule on too
    found = ours(lint_news.lint_text(text, path="a.txt", config=Config(select=("unattributed-claim",))))
    assert [f.code for f in found] == ["LN705"]


def test_headline_style_attribution_is_not_flagged():
    text = "Testing must grow, experts say\n\nA big jump in testing is needed to get through the crisis, experts say\n\nThe state ran 4,000 tests on Monday.\n"
    assert [f for f in lint(text) if f.severity is not Severity.INFO] == []


# ---------------------------------------------------------------------------
# fixtures and the seed article

@pytest.mark.parametrize("path", CLEAN, ids=lambda p: p.name)
def test_clean_fixtures_have_none_of_these_findings(path):
    assert [(f.code, f.line, f.column, f.excerpt) for f in ours(lint_news.lint_path(path))] == []


def _planted(path: Path) -> list[tuple[str, int, int]]:
    expected = json.loads(path.with_name(path.stem + ".expected.json").read_text("utf-8"))["findings"]
    lines = path.read_bytes().decode("utf-8-sig").split("\n")
    return sorted(
        (e["family"], e["line"], lines[e["line"] - 1].index(e["match"]) + 1) for e in expected if e["family"] in FAMILIES
    )


@pytest.mark.parametrize("path", PADDED, ids=lambda p: p.name)
def test_padded_fixtures_show_every_planted_defect_and_no_other(path):
    planted = _planted(path)
    found = sorted({(f.family, f.line, f.column) for f in ours(lint_news.lint_path(path)) if f.severity is not Severity.INFO})
    assert found == planted


def test_padded_fixtures_plant_enough_of_each_family():
    planted = [entry for path in PADDED for entry in _planted(path)]
    for family in FAMILIES:
        assert sum(1 for entry in planted if entry[0] == family) >= 10, family


def test_seed_article_meta_commentary(seed_article):
    text = seed_article.read_bytes().decode("utf-8-sig")
    found = positions(f for f in lint_news.lint_path(seed_article).findings if f.family == "meta-commentary")
    for code, needle in [
        ("LN301", "The summary notes that"),
        ("LN305", "This phrasing suggests"),
        ("LN305", "The potential for selective omission of context"),
        ("LN304", "The source, from The"),
        ("LN305", "A comprehensive analysis requires considering"),
        ("LN305", "The use of trigger words"),
        ("LN302", "in the provided summary"),
        ("LN305", "Maintaining objectivity means"),
    ]:
        assert (code, *at(text, needle)) in found, needle
    assert all(line in (47, 51, 53) for _, line, _ in found)


# ---------------------------------------------------------------------------
# the packs themselves

PACKS = {"meta-commentary": "LN3", "assistant-leak": "LN9", "unattributed-claim": "LN7"}


@pytest.mark.parametrize("family", sorted(PACKS))
def test_pack_codes_families_and_options(family):
    rules = [rule for rule in load_registry() if rule.family == family and rule.code != "LN001"]
    assert len(rules) >= 5
    for rule in rules:
        assert rule.code.startswith(PACKS[family]) and rule.kind in ("pattern", "crowd-claim", "unintroduced-document"), rule.code
        assert rule.shared.exempt_quotations, rule.code
        assert "{match}" in rule.message, rule.code
        assert rule.kind != "pattern" or all("\\b" in pattern or pattern.startswith(("^", "(?:^", "\\[")) for pattern in rule.options.patterns), rule.code


def test_assistant_leak_is_an_error_and_unattributed_claims_are_warnings():
    rules = {rule.code: rule for rule in load_registry()}
    assert all(rules[code].severity is Severity.ERROR for code in ("LN901", "LN902", "LN903", "LN904", "LN905", "LN906"))
    assert all(rules[code].severity is Severity.WARNING for code in ("LN701", "LN702", "LN703", "LN704"))
    assert rules["LN301"].severity is Severity.WARNING and rules["LN302"].severity is Severity.ERROR


def test_unattributed_claim_rules_share_one_unless_sentence_list():
    text = (REPO / "rules" / "unattributed-claim.toml").read_text("utf-8")
    pack = tomllib.loads(text)
    assert len(pack["pack"]["lists"]["named-source"]) >= 8 and len(pack["pack"]["lists"]["named-source-next"]) >= 3
    # defined once, in [pack.lists], and referred to by each kind's defaults
    assert text.count("unless-sentence = [") == text.count('unless-sentence = ["@named-source"]') == 2
    assert text.count("unless-next-sentence = [") == text.count('unless-next-sentence = ["@named-source-next"]') == 2
    rules = [rule for rule in lint_news.rules.load_registry() if rule.code.startswith("LN70")]
    assert len({rule.options.unless_sentence for rule in rules}) == 1
    assert rules[0].options.unless_sentence == tuple(pack["pack"]["lists"]["named-source"])


def test_rule_docs_are_printed(capsys):
    from conftest import run_cli

    result = run_cli("rule", "LN301")
    assert result.code == 0
    assert "summary-reference" in result.stdout and "meta-commentary" in result.stdout
    assert "The summary notes that" in result.stdout


# LN309 source-narration: a class (the writer narrating the document it worked from), counted per article.

NARRATED = (
    "Ferry Service Gets a Second Boat\n\n"
    "The writeup covers a harbor board meeting held on Monday night.\n\n"
    "By the reporter's tally, 60 riders signed the petition for a second boat.\n\n"
    "The board approved the $3.1 million purchase 4-1, and the coverage hints that the vote was never in doubt.\n\n"
    "Nothing in the story explains where the boat will dock.\n"
)


def test_an_article_that_keeps_narrating_its_source_is_reported_at_each_phrase():
    findings = [f for f in lint_news.lint_text(NARRATED).findings if f.code == "LN309"]
    assert positions(findings) == [
        ("LN309", *at(NARRATED, "By the reporter's tally")),
        ("LN309", *at(NARRATED, "the coverage hints")),
        ("LN309", *at(NARRATED, "Nothing in the story")),
    ]
    assert {f.severity for f in findings} == {Severity.WARNING}


# A crowd's view in any tense, and concern with nobody behind it.


@pytest.mark.parametrize(
    ("sentence", "needle", "code", "severity"),
    [
        ("Questions have been raised about the land deal.", "Questions have been raised", "LN704", Severity.WARNING),
        ("Concerns had already been raised that the levee could fail.", "Concerns had already been raised", "LN704", Severity.WARNING),
        ("The levy has drawn criticism from some quarters.", "criticism from some quarters", "LN704", Severity.WARNING),
        ("Many longtime residents have long believed the plant was unsafe.", "Many longtime residents have long believed", "LN708", Severity.INFO),
        ("Some in the neighborhood have long suspected that the lot was used at night.", "Some in the neighborhood have long suspected", "LN706", Severity.INFO),
        ("Locals have grumbled for years that the road floods.", "Locals have grumbled", "LN706", Severity.INFO),
        ("Some neighbors say the fence came too late.", "Some neighbors say", "LN708", Severity.INFO),
        ("It is an open secret that the mill will close.", "It is an open secret", "LN706", Severity.INFO),
    ],
)
def test_claims_pinned_on_a_crowd_in_other_tenses(sentence, needle, code, severity):
    text = HEADLINE + LEAD + sentence + "\n"
    found = [(f.code, f.line, f.column, f.severity) for f in lint_news.lint_text(text).findings if f.family == "unattributed-claim"]
    assert found == [(code, *at(text, needle), severity)]


@pytest.mark.parametrize(
    ("body", "quiet"),
    [
        # two narrations are not yet a habit: reporters cite other outlets' stories
        ("The story says 60 riders signed the petition. The board approved the purchase 4-1. Nothing in the story explains where the boat will dock.", "LN309"),
        # a named report, study or filing is never counted
        ("The report says ridership doubled. The report notes the boat is 30 years old. The report also cites two groundings in 2023.", "LN309"),
        # a review discusses a book's author twice, and quotes the book's own words
        ('The author says the harbor "was never meant for two boats." The author notes the dock dates from 1911. "The story says itself," she told me.', "LN309"),
        # concern with its source named, interest that is no opinion, a crowd whose member is named
        ("Concerns have been raised by the county auditor, Ann Lee, in a letter to the board.", "unattributed-claim"),
        ("The company said it had interest from several quarters and hoped to sell quickly.", "unattributed-claim"),
        ("Some have speculated that the mill will close, said Ann Lee, the mayor.", "unattributed-claim"),
        ("Residents of 14 homes have been told to boil their water until Friday.", "unattributed-claim"),
    ],
)
def test_sourced_or_occasional_look_alikes_stay_quiet(body, quiet):
    text = HEADLINE + LEAD + body + "\n"
    assert [f for f in lint_news.lint_text(text).findings if quiet in (f.code, f.family)] == []


@pytest.mark.parametrize(
    ("sentence", "needles"),
    [
        ("I kept all the figures exactly as they appeared in your notes, so check the vote count.", ["I kept"]),
        ("A few notes on the draft: I left the closing date as a placeholder because the clinic told you May 16.", ["I left"]),
        ("Your notes had no turnout figure, so I've left it out of the story.", ["I've left"]),
        ("I trimmed the story to 450 words, as you asked, and kept every figure.", ["I trimmed"]),
    ],
)
def test_the_writer_telling_the_requester_what_it_did_with_their_copy_is_addressed_to_them(sentence, needles):
    text = HEADLINE + LEAD + sentence + "\n"
    found = [(f.code, f.line, f.column) for f in lint_news.lint_text(text).findings if f.code == "LN908"]
    assert found == [("LN908", *at(text, needle)) for needle in needles]


@pytest.mark.parametrize(
    "sentence",
    [
        "If you prefer to do the opposite, I made a list for you, too.",  # a columnist to readers, about no copy
        '"I kept your notes from the hearing," Ruiz told the reporter.',
        "I left the meeting before the vote, the clerk said, and you could hear the crowd outside.",
    ],
)
def test_first_and_second_person_without_the_copy_or_inside_a_quote_stay_quiet(sentence):
    assert [f.code for f in lint_news.lint_text(HEADLINE + LEAD + sentence + "\n").findings if f.code == "LN908"] == []
