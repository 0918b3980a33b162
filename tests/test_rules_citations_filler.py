"""The placeholder-citation (LN4xx) and filler (LN6xx) rule packs: where they fire, where they must not.

Positive cases give the exact position of every finding; the position is
computed from the text itself (the needle's line and column), never from the
linter. Negative cases are the look-alikes real reporting is full of: citations
with links, named studies, quoted speakers, one stock phrase in a long story.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import CLEAN_FIXTURES as CLEAN
from conftest import HEADLINE, LEAD, at, positions
from conftest import PADDED_FIXTURES as PADDED

import lint_news
from lint_news.findings import Severity

FAMILIES = ("placeholder-citation", "filler")


def ours(report) -> list:
    return [f for f in report.findings if f.family in FAMILIES]


def lint(text: str, path: str = "a.txt") -> list:
    return ours(lint_news.lint_text(text, path=path))


# ---------------------------------------------------------------------------
# placeholder-citation: positive cases

CITATION_CASES = [
    (
        "LN401",
        "Budget plans have been tested elsewhere.\n\nRegional Planning Council: Post-Storm Recovery Frameworks\n",
        "Regional Planning Council:",
    ),
    (
        "LN401",
        "Talks ended without a deal.\n\nUnited Nations Environment Programme: Guidance on Coastal Flood Barriers in Small Island States\n",
        "United Nations Environment Programme:",
    ),
    (
        "LN401",
        "Talks ended without a deal.\n\nPresident of Ukraine: Volodymyr Zelenskyy presented the Ukrainian Peace Formula\n",
        "President of Ukraine:",
    ),
    (
        "LN401",
        "Talks ended without a deal.\n\nInstitute for Enterprise Technology: What Comes After the Cloud?\n",
        "Institute for Enterprise Technology:",
    ),
    (
        "LN402",
        "Talks ended.\n\nCenter for Digital Markets: Vendor Consolidation – This type of analysis often delves into the effects of mergers.\n",
        "– This type of analysis often delves into",
    ),
    (
        "LN402",
        "Talks ended.\n\nChatham House: What guarantees look like – This resource offers insights into the proposals.\n",
        "– This resource offers insights into",
    ),
    (
        "LN402",
        "Talks ended.\n\nWorld Bank Water Report – While not directly about the dam, the findings are relevant to the wider debate.\n",
        "– While not directly about",
    ),
    (
        "LN403",
        "Talks ended.\n\nFor a deeper understanding of how coastal cities recover, one might look to analyses of rebuilding after earlier storms.\n",
        "For a deeper understanding",
    ),
    (
        "LN404",
        "Several insurers have stopped writing new policies in the county [citation needed].\n",
        "[citation needed]",
    ),
    ("LN404", "A study commissioned by the team projected 600 permanent jobs [Source].\n", "[Source]"),
    ("LN404", "The district says use fell by 24 percent [source needed] last summer.\n", "[source needed]"),
    ("LN404", "Reyes said the tax brought in $19.6 million last year (link).\n", "(link)"),
    ("LN404", "The full agreement is online [link].\n", "[link]"),
    ("LN405", "The financing plan is posted at https://example.com/stadium-plan.\n", "https://example.com/stadium-plan"),
    ("LN405", "Details are at www.example.org/details for residents.\n", "www.example.org/details"),
    ("LN406", "Ether fell 23 percent over the same period. :contentReference[oaicite:3]{index=3}\n", ":contentReference[oaicite:3]{index=3}"),
    ("LN406", "Tessaly did not respond to requests for comment. turn0search0\n", "turn0search0"),
    ("LN406", "Tessaly did not respond to requests for comment. citeturn0search0\n", "citeturn0search0"),
    ("LN406", "Smuggling of beans to neighboring countries has increased. 【12†source】\n", "【12†source】"),
    (
        "LN406",
        "Background: https://www.halvernledger.com/business/port-plan?utm_source=chatgpt.com\n",
        "?utm_source=chatgpt.com",
    ),
    ("LN407", "Studies show that watering limits can cut summer demand by a fifth.\n", "Studies show"),
    ("LN407", "Additionally, studies have shown that automated terminals move more containers.\n", "studies have shown"),
    ("LN407", "Research suggests that remote workers are more productive.\n", "Research suggests"),
    ("LN407", "The policy is popular, and according to recent studies it will reduce crime.\n", "according to recent studies"),
    ("LN407", "Evidence suggests that the program reduced absences.\n", "Evidence suggests"),
]


@pytest.mark.parametrize(("code", "body", "needle"), CITATION_CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CITATION_CASES)])
def test_placeholder_citation_fires_at_the_exact_position(code, body, needle):
    text = HEADLINE + LEAD + body
    findings = [f for f in lint(text) if f.code != "LN633"]  # the learned filler rule's view of a bare claim is test_sentence_model's
    line, column = at(text, needle)
    assert positions(findings) == [(code, line, column)]
    severity = Severity.ERROR if code in ("LN404", "LN406") else Severity.WARNING
    assert [f.severity for f in findings] == [severity]
    assert findings[0].family == "placeholder-citation"


def test_bare_citation_in_a_markdown_list_item():
    text = "# Harlow council approves new budget\n\n" + LEAD + "Further reading:\n\n- Gulf Coast Resilience Institute: Lessons From a Decade of Coastal Storms\n"
    findings = lint(text, path="a.md")
    assert positions(findings) == [("LN401", *at(text, "Gulf Coast Resilience Institute:"))]


# ---------------------------------------------------------------------------
# placeholder-citation: what must stay quiet

CITATION_NEGATIVES = [
    # a citation that carries its URL, a year or an author is checkable
    ("a.txt", "Urban Institute: What Rent Caps Do to Supply? https://www.urban.org/research/rent-caps/\n"),
    ("a.txt", "Urban Institute: Rent Caps Revisited (2023)\n"),
    ("a.txt", "Urban Institute: Rent Caps Revisited, by Jane Okafor\n"),
    # Markdown link citations: the target is a link, so the block is checkable
    ("a.md", "[Urban Institute: How Rent Caps Change Housing Supply in Mid-Sized Cities](https://www.urban.org/research/rc/)\n"),
    ("a.md", "Urban Institute: [How Rent Caps Change Housing Supply in Mid-Sized Cities](https://www.urban.org/research/rc/)\n"),
    # subheads, labels and datelines
    ("a.txt", "Potential Pros:\n\nThe plan keeps two libraries open.\n"),
    ("a.txt", "Pros and Cons\n\nThe plan keeps two libraries open.\n"),
    ("a.txt", "WASHINGTON — The Senate voted 52-48 on Thursday to confirm the nominee.\n"),
    ("a.txt", "Credit: Paul J. Richards/Getty Images\n"),
    ("a.txt", "Peter Bergen: New sketches allege horrific treatment of detainee\n"),
    ("a.txt", "Harlow Police Department: The suspect was arrested at 4 a.m. He has not been charged.\n"),
    # a study named in the sentence
    ("a.txt", "A 2023 study by the Urban Institute shows that rents rose 9 percent, and studies show similar results elsewhere (2021).\n"),
    ("a.txt", "Research published in The Lancet shows that the drug cut deaths by a third.\n"),
    ("a.txt", "Studies by the Pacific Institute have shown that watering limits cut demand.\n"),
    ("a.txt", "According to studies from Harvard University, the effect fades after a year.\n"),
    ("a.txt", "Previous studies (Smith et al.) have shown the same pattern.\n"),
    ("a.txt", "The council commissioned a survey in March. Their research shows that most residents back the plan.\n"),
    ("a.txt", "Internet use has doubled in two years, research suggests.\n\nA survey of 2,000 adults by Ofcom found that half stream video daily.\n"),
    # a quotation attributed to a named speaker is reporting
    ("a.txt", "\"Studies have shown that the program works,\" said council member Tom Hale.\n"),
    # real domains that merely contain the word
    ("a.txt", "The ministry's site, counterexample.com.au, lists the rules.\n"),
    ("a.txt", "Readers can write to the editor at letters@example.com with corrections.\n"),
]


@pytest.mark.parametrize(("path", "body"), CITATION_NEGATIVES, ids=[f"neg-{i}" for i in range(len(CITATION_NEGATIVES))])
def test_placeholder_citation_look_alikes_are_not_reported(path, body):
    headline = "# Harlow council approves new budget\n\n" if path.endswith(".md") else HEADLINE
    findings = lint(headline + LEAD + body, path=path)
    assert [(f.code, f.excerpt) for f in findings if f.family == "placeholder-citation"] == []


def test_example_com_behind_markdown_link_text():
    text = "# Harlow council approves new budget\n\n" + LEAD + "The [full financing plan](https://example.com/plan) is online.\n"
    assert positions(lint(text, path="a.md")) == [("LN405", *at(text, "https://example.com/plan"))]


def test_chatbot_tracking_parameter_behind_html_link():
    text = "<h1>Harlow council approves new budget</h1><p>" + LEAD.strip() + ' See <a href="https://harlow.gov/plan?utm_source=chatgpt.com">the plan</a>.</p>'
    assert [f.code for f in lint(text, path="a.html")] == ["LN406"]


def test_example_com_written_out_in_markdown_is_seen():
    text = "# Harlow council approves new budget\n\n" + LEAD + "The full plan is posted at https://example.com/plan.\n"
    assert positions(lint(text, path="a.md")) == [("LN405", *at(text, "https://example.com/plan"))]


# ---------------------------------------------------------------------------
# filler: positive cases (short articles, so rate-based rules are warnings)

FILLER_CASES = [
    ("LN601", "The fare increase underscores nothing but a delicate balancing act for the agency.\n", "delicate balancing act"),
    ("LN602", "Leaders must weigh the intricate geopolitical landscape of the region.\n", "intricate geopolitical landscape"),
    ("LN602", "The deal faces an intricate regulatory landscape in Brussels.\n", "intricate regulatory landscape"),
    ("LN603", "The talks carried the palpable weight of unresolved issues.\n", "palpable weight"),
    ("LN604", "It is important to note that fares cover a third of the budget.\n", "It is important to note"),
    ("LN604", "Still, it's worth noting that the vote was close.\n", "it's worth noting"),
    ("LN605", "Residents must navigate the complexities of insurance claims.\n", "navigate the complexities"),
    ("LN606", "The reopening is a testament to the resilience of the town.\n", "is a testament to"),
    ("LN607", "Community hospitals play a pivotal role in small towns.\n", "play a pivotal role"),
    ("LN608", "In today's fast-paced world, investors must act quickly.\n", "In today's fast-paced world"),
    ("LN609", "The collapse underscores the volatility of digital assets.\n", "underscores the"),
    ("LN610", "Crews kept residents away from downed lines, highlighting the challenges ahead.\n", "highlighting the"),
    ("LN611", "The festival celebrates the rich tapestry of the city's communities.\n", "rich tapestry of"),
    ("LN612", "The review will delve into the reasons for the delay.\n", "delve into"),
    ("LN613", "The merger presents multifaceted challenges for the county.\n", "multifaceted challenges"),
    ("LN613", "In the ever-evolving world of retail, stores are closing.\n", "In the ever-evolving"),
    ("LN613", "The plan raises a myriad of questions for residents.\n", "a myriad of"),
    ("LN614", "The outage serves as a stark reminder of the grid's fragility.\n", "serves as a stark reminder"),
    ("LN616", "For retailers, the holiday rush is a double-edged sword.\n", "a double-edged sword"),
    ("LN617", "Only time will tell whether the plan will succeed.\n", "Only time will tell"),
    ("LN618", "With the election weeks away, the stakes are high for both parties.\n", "the stakes are high"),
    ("LN619", "It is crucial for policymakers to address these concerns.\n", "It is crucial for policymakers to"),
    ("LN620", "In a shocking turn of events, the mayor resigned on Friday.\n", "In a shocking turn of events"),
]


@pytest.mark.parametrize(("code", "body", "needle"), FILLER_CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(FILLER_CASES)])
def test_filler_fires_at_the_exact_position(code, body, needle):
    text = HEADLINE + LEAD + body
    findings = lint(text)
    assert positions(findings) == [(code, *at(text, needle))]
    # a short article: even the rate-based rules reach warning with one match
    assert findings[0].severity is Severity.WARNING
    assert findings[0].family == "filler"


def test_paving_the_way_needs_density():
    once = HEADLINE + LEAD + "\n\n".join(LONG_BODY.split("\n\n")[:10]) + "\n\nThe vote paves the way for a new library on Mill Street.\n"
    assert 300 < len(once.split()) < 500
    findings = lint(once)
    assert positions(findings) == [("LN615", *at(once, "paves the way"))]
    assert findings[0].severity is Severity.INFO
    twice = HEADLINE + LEAD + "The vote paves the way for a library. It also paved the way for a pool.\n"
    assert {(f.code, f.severity) for f in lint(twice)} == {("LN615", Severity.WARNING)}


def test_several_filler_phrases_in_one_sentence_each_have_their_position():
    body = "In today's fast-paced world, the decision underscores the delicate balancing act officials face, highlighting the stakes.\n"
    text = HEADLINE + LEAD + body
    assert positions(lint(text)) == sorted(
        [
            ("LN608", *at(text, "In today's fast-paced world")),
            ("LN609", *at(text, "underscores the")),
            ("LN601", *at(text, "delicate balancing act")),
            ("LN610", *at(text, "highlighting the")),
        ]
    )


# ---------------------------------------------------------------------------
# filler: density gating and quotations

#: About 1,300 words of plain reporting, with no stock phrase in it.
LONG_BODY = "\n\n".join(
    f"Paragraph {n}: the council's finance committee reviewed line {n} of the budget on Monday, "
    f"and the clerk recorded {n * 3} objections from residents of the north ward, who asked for "
    f"{n + 2} more weeks to comment before the final vote in the chamber on Mill Street."
    for n in range(1, 31)
)


def test_long_body_is_long_and_clean():
    text = HEADLINE + LEAD + LONG_BODY + "\n"
    assert len(text.split()) > 1000
    assert lint(text) == []


def test_one_moreover_in_a_long_article_is_not_a_warning():
    text = HEADLINE + LEAD + LONG_BODY + "\n\nMoreover, the clerk said the objections would be published.\n"
    assert [f for f in lint(text) if f.severity is not Severity.INFO] == []


def test_one_stock_phrase_in_a_long_article_is_info_only():
    sentence = "It is important to note that the clerk published the objections."
    text = HEADLINE + LEAD + LONG_BODY + "\n\n" + sentence + "\n"
    findings = lint(text)
    assert positions(findings) == [("LN604", *at(text, "It is important to note"))]
    assert findings[0].severity is Severity.INFO


def test_dense_stock_phrases_in_a_long_article_are_warnings():
    padded = "\n\n".join(f"It is important to note that line {n} was reviewed." for n in range(1, 4))
    text = HEADLINE + LEAD + padded + "\n\n" + "\n\n".join(LONG_BODY.split("\n\n")[:3]) + "\n"
    findings = lint(text)
    assert [f.code for f in findings] == ["LN604"] * 3
    assert {f.severity for f in findings} == {Severity.WARNING}


def test_quotation_attributed_to_a_named_person_is_not_filler():
    body = (
        '"It is important to note that rates have not risen since 2019," said Ana Ruiz, the utility\'s finance director.\n\n'
        '"This budget is a testament to the hard work of our staff and plays a pivotal role in the recovery," Mayor Tom Hale said.\n\n'
        'Ruiz said: "We face a delicate balancing act between repairs and rates."\n'
    )
    assert lint(HEADLINE + LEAD + body) == []


def test_unattributed_quotation_is_not_exempt():
    # a paragraph that is one quotation, and a quotation of an unnamed "company", are the writer's own
    body = '"It is important to note that rates will rise."\n\nThe company said the plan was "a testament to our values."\n'
    text = HEADLINE + LEAD + body
    assert [(f.family, f.line) for f in lint(text)] == [("filler", 5), ("filler", 7)]


def test_quoted_mention_is_not_filler():
    body = 'The notice read: "It is important to note that rates will rise."\n\nForty letters called the plan "a testament to our values."\n'
    assert lint(HEADLINE + LEAD + body) == []


def test_reported_speech_is_not_an_exhortation():
    body = "The IMF also said it was crucial that the central bank be strengthened.\n"
    assert lint(HEADLINE + LEAD + body) == []


def test_filler_look_alikes():
    bodies = [
        "The Bayeux Tapestry of 1070 will be shown in Britain.",
        "The delicate balance of the reef depends on water temperature.",
        "The political landscape changed after the 2019 election.",
        "Transit plays a key role in the region's economy, with 80,000 daily riders.",
        "The results, reflecting the fall in sales, were published on Monday.",
    ]
    for body in bodies:
        assert lint(HEADLINE + LEAD + body + "\n") == [], body


# ---------------------------------------------------------------------------
# fixtures and the seed article


@pytest.mark.parametrize("path", CLEAN, ids=lambda p: p.name)
def test_clean_fixtures_have_no_citation_or_filler_warnings(path):
    findings = ours(lint_news.lint_path(path))
    assert [(f.code, f.line, f.column, f.excerpt) for f in findings if f.severity is not Severity.INFO] == []


def _planted(path: Path) -> list[dict]:
    data = json.loads(path.with_name(path.stem + ".expected.json").read_text("utf-8"))
    return [entry for entry in data["findings"] if entry["family"] in FAMILIES]


@pytest.mark.parametrize("path", [p for p in PADDED if _planted(p)], ids=lambda p: p.name)
def test_planted_citations_and_filler_are_found_on_their_lines(path):
    found = {(f.family, f.line) for f in ours(lint_news.lint_path(path))}
    missing = [entry for entry in _planted(path) if (entry["family"], entry["line"]) not in found]
    assert missing == []


def test_padded_fixtures_filler_is_mostly_at_warning():
    planted = warned = 0
    for path in PADDED:
        findings = ours(lint_news.lint_path(path))
        for entry in _planted(path):
            planted += 1
            warned += any(
                f.family == entry["family"] and f.line == entry["line"] and f.severity is not Severity.INFO for f in findings
            )
    assert planted >= 80 and warned / planted >= 0.9


def test_seed_article(seed_article):
    findings = ours(lint_news.lint_path(seed_article))
    lines = seed_article.read_text("utf-8").split("\n")

    def line_of(prefix: str) -> int:
        return next(i for i, line in enumerate(lines, 1) if line.startswith(prefix))

    citations = {(f.code, f.line) for f in findings if f.family == "placeholder-citation"}
    assert {
        ("LN401", line_of("United Nations Security Council:")),
        ("LN401", line_of("President of Ukraine:")),
        ("LN402", line_of("Brookings Institution:")),
        ("LN402", line_of("Atlantic Council: ")),
        ("LN402", line_of("Chatham House: ")),
        ("LN403", line_of("For a deeper understanding")),
    } <= citations
    filler = {(f.code, f.excerpt, f.severity) for f in findings if f.family == "filler"}
    assert {
        ("LN601", "delicate balancing act", Severity.WARNING),
        ("LN602", "intricate geopolitical landscape", Severity.WARNING),
        ("LN603", "palpable weight", Severity.WARNING),
    } <= filler
