"""The unattributed-claim (LN7xx) and placeholder-citation (LN4xx) families as classes, not phrase lists.

Each positive case is a member of the family written fresh (a different subject,
verb, tense, hedge or layout from the rule's own examples) with the exact code,
line and column it must be reported at. Each negative case is the real-reporting
look-alike that must stay quiet: a critic named in the sentence, a source named
in the next sentence, a full academic reference, a citation with a link and a
date, a report identified by who released it and when.
"""

from __future__ import annotations

import pytest
from conftest import HEADLINE, LEAD, at

import lint_news
from lint_news.config import Config
from lint_news.findings import Severity

FAMILIES = ("unattributed-claim", "placeholder-citation")


def lint(text: str, path: str = "a.txt") -> list:
    config = Config(select=FAMILIES)
    return [f for f in lint_news.lint_text(text, path=path, config=config).findings if f.family in FAMILIES]


def serious(findings) -> list[tuple[str, int, int]]:
    return sorted((f.code, f.line, f.column) for f in findings if f.severity is not Severity.INFO)


# ---------------------------------------------------------------------------
# unattributed claims: (code, severity, paragraph, where the finding starts)

CLAIMS = [
    ("LN704", Severity.WARNING, "Many longtime residents quietly feel the rezoning ignores them.", "Many longtime residents quietly feel"),
    ("LN704", Severity.WARNING, "A growing number of parents argue that the new bus routes are unsafe.", "A growing number of parents argue"),
    ("LN704", Severity.WARNING, "The depot may close next year, and it has been suggested that the land could be sold.", "it has been suggested"),
    ("LN704", Severity.WARNING, "It is widely believed that the mayor will not run again.", "It is widely believed"),
    ("LN704", Severity.WARNING, "Some within the industry argue the levy will drive ferries out of business.", "Some within the industry argue"),
    ("LN704", Severity.WARNING, "Others worry that the fees will keep rising every year.", "Others worry"),
    ("LN704", Severity.WARNING, "While some contend the plan is overdue, the vote was close.", "some contend"),
    ("LN701", Severity.WARNING, "Health experts have long warned that the clinic is understaffed.", "Health experts have long warned"),
    ("LN701", Severity.WARNING, "Rents will keep climbing, according to leading experts.", "according to leading experts"),
    ("LN707", Severity.WARNING, "Skeptics contend that the pilot program was never given a fair test.", "Skeptics contend"),
    ("LN702", Severity.WARNING, "Opponents have repeatedly accused the board of rushing the vote.", "Opponents have repeatedly accused"),
    ("LN703", Severity.WARNING, "Meteorologists caution that the ice could bring down power lines.", "Meteorologists caution"),
    ("LN703", Severity.WARNING, "Observers note that turnout was unusually low in the northern wards.", "Observers note"),
    ("LN703", Severity.WARNING, "Industry analysts suggest the merger will raise prices.", "Industry analysts suggest"),
    ("LN703", Severity.WARNING, "According to insiders, the coach will be replaced before spring.", "According to insiders"),
    ("LN704", Severity.WARNING, "Proponents maintain that the toll will pay for itself within a decade.", "Proponents maintain"),
    ("LN704", Severity.WARNING, "It is said that the old mill was the first in the state to run on steam.", "It is said that"),
    ("LN708", Severity.INFO, "Residents fear the closure will leave the north end without a grocery store.", "Residents fear"),
    ("LN708", Severity.INFO, "Legal experts say the sentence is long for a first offence.", "Legal experts say"),
    ("LN706", Severity.INFO, "Some believe the team has already peaked.", "Some believe"),
    ("LN706", Severity.INFO, "Researchers believe the decline began in the 1990s.", "Researchers believe"),
]


@pytest.mark.parametrize(("code", "severity", "paragraph", "needle"), CLAIMS, ids=[f"{c[0]}-{i}" for i, c in enumerate(CLAIMS)])
def test_claim_pinned_on_nobody_is_found(code, severity, paragraph, needle):
    text = HEADLINE + LEAD + paragraph + "\n"
    found = [(f.code, f.severity, f.line, f.column) for f in lint(text)]
    assert found == [(code, severity, *at(text, needle))]


CLAIMS_WITH_A_SOURCE = [
    # the critic is named in the same sentence
    "Critics, including Sen. Mara Voss, argue that the bill leaves rural riders behind.",
    "Critics argue the schedule is unrealistic, said Ray Duarte, who chairs the riders' union.",
    # the subject is specific
    "Analysts at Fennick Securities suggest the merger will raise prices.",
    "Three economists interviewed by the Gazette said the levy would cost jobs.",
    "Of those surveyed, many residents believe the bus service has improved.",
    "Those experts who testified on Tuesday argue the dam is sound.",
    # a named person in the next sentence of the same paragraph
    "Experts warn the levee may not hold. Dana Whitfield, an engineer with the county, said repairs are a year away.",
    "Many residents feel the rezoning ignores them. \u201cNobody asked us,\u201d said Olu Adeyemi, who has lived on Pine Street for 30 years.",
    # comparisons and quantities that are not claims
    "The fund grew faster than many analysts expected.",
    "Some of the critics were in the gallery on Tuesday.",
    "There is some hope that the bridge reopens by June.",
    "Some think tanks argue for a higher tax.",
    # quotations by a named speaker are reporting
    "\u201cCritics argue we moved too fast, and they are wrong,\u201d Mayor Ines Palma said.",
]


@pytest.mark.parametrize("paragraph", CLAIMS_WITH_A_SOURCE)
def test_sourced_or_specific_claim_is_quiet(paragraph):
    assert serious(lint(HEADLINE + LEAD + paragraph + "\n")) == []


def test_next_sentence_exemption_stops_at_the_paragraph_and_needs_a_person():
    claim = "Critics argue the depot was closed without a study."
    assert lint(HEADLINE + LEAD + claim + " Ana Bruck, who led the residents' group, said no study was done.\n") == []
    for rest in (
        "\n\nAna Bruck said no study was done.\n",  # the next paragraph
        " Harlow Transit Authority said it had a study.\n",  # an organisation, not a person
        " The depot opened in 1961. Ana Bruck said no study was done.\n",  # two sentences on
    ):
        text = HEADLINE + LEAD + claim + rest
        assert serious(lint(text)) == [("LN702", *at(text, "Critics argue"))], rest


def test_ln705_stays_off_by_default_and_ln706_is_information():
    text = HEADLINE + LEAD + "Analysts said the figures show the market is stabilising.\n"
    assert [f for f in lint_news.lint_text(text).findings if f.family == "unattributed-claim"] == []
    rules = {rule.code: rule for rule in lint_news.rules.load_registry()}
    assert rules["LN705"].enabled is False and rules["LN706"].enabled is not False
    assert rules["LN706"].severity is Severity.INFO


# ---------------------------------------------------------------------------
# placeholder citations: (code, path, text after the lead, where the finding starts)

CITATIONS = [
    ("LN401", "a.md", '- Marlow Institute for Housing, "Rents and Wages in Small Cities"\n', "Marlow Institute"),
    ("LN401", "a.txt", "Source: Department of Transportation \u2013 \u201cBridge Condition Summary\u201d\n", "Source:"),
    ("LN401", "a.txt", "Northfield Water Authority \u2013 Drought Readiness Plan for the Coming Decade\n", "Northfield Water Authority"),
    ("LN401", "a.txt", "Sources: Harlow City Council, State Water Board and the Regional Planning Commission\n", "Sources:"),
    ("LN401", "a.txt", "Source: State Department of Agriculture, Orchard Disease Management Guide\n", "Source:"),
    ("LN401", "a.html", "<p>Source: Harlow Unified Transportation Department \u2013 Route Consolidation Plan</p>\n", "Source:"),
    ("LN408", "a.txt", "According to reports, the mill will close in June.\n", "According to reports"),
    ("LN408", "a.txt", "The mill lost money for three straight years, according to recent reports.\n", "according to recent reports"),
    ("LN408", "a.txt", "Reports suggest the owner has been looking for a buyer.\n", "Reports suggest"),
    ("LN408", "a.txt", "Data shows rents in the county rose faster than wages.\n", "Data shows"),
    ("LN409", "a.md", "The county posted [its rebate rules]() on Monday.\n", "[its rebate rules]()"),
    ("LN409", "a.md", "- [Drought Readiness Plan](#)\n", "[Drought Readiness Plan](#)"),
    ("LN409", "a.html", '<p>Read <a href="url">the full audit</a> online.</p>\n', '<a href="url">'),
    ("LN404", "a.txt", "The plan is online: [Drought Readiness Plan](insert link here)\n", "(insert link here)"),
]


def _article(path: str, body: str) -> str:
    if path.endswith(".html"):
        return f"<html><body><article><h1>Harlow council approves new budget</h1><p>{LEAD.strip()}</p>{body}</article></body></html>\n"
    if path.endswith(".md"):
        return "# " + HEADLINE + LEAD + body
    return HEADLINE + LEAD + body


@pytest.mark.parametrize(("code", "path", "body", "needle"), CITATIONS, ids=[f"{c[0]}-{i}" for i, c in enumerate(CITATIONS)])
def test_citation_with_nothing_checkable_is_found(code, path, body, needle):
    text = _article(path, body)
    assert serious(lint(text, path=path)) == [(code, *at(text, needle))]


CHECKABLE_CITATIONS = [
    ("a.txt", "Source: U.S. Census Bureau, American Community Survey 2022\n"),
    ("a.txt", "Source: Harlow Port Authority, Dredging Plan (https://harlowport.gov/plan)\n"),
    ("a.txt", "According to a report by the state auditor released Tuesday, response times rose 12 percent.\n"),
    ("a.txt", "According to reports in the Harlow Gazette, the mill will close in June.\n"),
    ("a.txt", "The data shows a steady decline, the department said.\n"),
    ("a.txt", "Reports of flooding reached the county on Monday night.\n"),
    ("a.txt", "Okafor, T., Lindqvist, A. and Ruiz, M. (2022). Fungal networks after fire. Journal of Forest Ecology 41(3): 210\u2013228.\n"),
    ("a.md", '- Harlow Institute for Rural Health, "Clinic Closures, 2015\u20132023," published June 2024, https://harlowinstitute.org/closures\n'),
    ("a.txt", "Source: U.S. Census Bureau\n"),
    ("a.md", "- [Drought Readiness Plan](https://northfieldwater.org/drought-plan-2024.pdf)\n"),
    ("a.md", "The full [audit report](https://auditor.state.gov/2024/ems) runs to 62 pages.\n"),
    ("a.txt", "Northfield Water Authority \u2013 the county's largest utility \u2013 raised rates in May.\n"),
]


@pytest.mark.parametrize(("path", "body"), CHECKABLE_CITATIONS)
def test_checkable_citation_is_quiet(path, body):
    assert serious(lint(_article(path, body), path=path)) == []


# ---------------------------------------------------------------------------
# the kinds behind them


def test_pattern_kind_unless_next_sentence_looks_one_sentence_ahead_in_the_block(tmp_path):
    pack = tmp_path / "house.toml"
    pack.write_text(
        '[pack]\nname = "house"\ndescription = "d"\n\n[[rule]]\ncode = "HS201"\nname = "vague-word"\nfamily = "unattributed-claim"\n'
        'severity = "warning"\nkind = "pattern"\nmessage = "m {match}"\nsummary = "s"\nwhy = "w"\nbad = "Folks reckon so."\ngood = "Ann Lee said so."\n'
        "options = { patterns = ['''\\bfolks reckon\\b'''], unless-next-sentence = ['''\\bsaid [A-Z]'''] }\n",
        encoding="utf-8",
    )
    config = Config(select=("HS201",), rule_packs=(pack,))

    def found(body: str) -> list[tuple[int, int]]:
        text = HEADLINE + LEAD + body + "\n"
        return [(f.line, f.column) for f in lint_news.lint_text(text, config=config).findings]

    assert found("Folks reckon the bridge will close. It was built in 1931, said Ann Lee.") == []
    assert found("Folks reckon the bridge will close. It was built in 1931. Ann Lee said so.") == [(5, 1)]
    assert found("Folks reckon the bridge will close.\n\nIt was built in 1931, said Ann Lee.") == [(5, 1)]


def test_placeholder_link_kind_checks_its_options():
    from lint_news.kinds.links import KIND, PlaceholderLinkOptions
    from lint_news.shared_options import SharedOptions

    with pytest.raises(ValueError, match="unknown scope"):  # scopes are an option of every rule
        SharedOptions(scopes=("sidebar",))
    with pytest.raises(ValueError, match="invalid target pattern"):  # compiled when a user's pack is loaded
        KIND.validate(PlaceholderLinkOptions(targets=("(",)))
    KIND.validate(PlaceholderLinkOptions())
