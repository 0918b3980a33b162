"""Research and trade reports cited by what they "link", "tie" or "have consistently found", with
nobody behind them (LN407's class, beyond the verbs "show" and "suggest").

Every sentence is our own. Each bad one stands for the class: a body of research as the evidence,
with a verb of finding, and no study, author or journal a reader could look up. Each good one
names its source and must stay quiet.
"""

from __future__ import annotations

import pytest
from conftest import HEADLINE, LEAD, at

import lint_news
from lint_news.config import Config


def _found(text: str) -> list[tuple[str, int, int]]:
    report = lint_news.lint_text(text, None, config=Config(select=("placeholder-citation",)))
    return [(f.code, f.line, f.column) for f in report.findings]


@pytest.mark.parametrize(
    "claim",
    [
        "Studies consistently link leaf blowers to hearing damage among crews.",
        "Several studies have tied late bus pickups to lower attendance.",
        "Research consistently links longer commutes with lower grades.",
        "Research has long connected noisy classrooms with weaker reading scores.",
        "Traffic research has long suggested that drivers adjust to toll changes within months.",
        "Industry reports have consistently found that small fare rises barely dent ridership.",
        "Trade studies show that most diners book tables on their phones.",
    ],
)
def test_research_with_a_finding_verb_and_no_source_is_a_placeholder(claim):
    text = HEADLINE + LEAD + claim + "\n"
    line, column = at(text, claim)
    found = _found(text)
    assert [code for code, _, _ in found] == ["LN407"] and found[0][1] == line and found[0][2] >= column


@pytest.mark.parametrize(
    "claim",
    [
        "A 2022 study in the journal Transport Policy linked longer commutes with lower attendance.",
        "Research by the Urban Institute links longer commutes with lower grades.",
        "The studies tied late pickups to lower attendance, district analyst Mara Quinn said.",
        "Their research linked the outbreak to a single well.",
    ],
)
def test_research_with_a_source_stays_quiet(claim):
    text = HEADLINE + LEAD + claim + "\n"
    assert _found(text) == []
