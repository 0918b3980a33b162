"""The ``reference-list`` kind (LN400): entries of a Sources or References list that cannot be looked up.

Our own wording throughout: a list under a label, a label line with entries split at semicolons,
and the lists that stay quiet (linked, dated, authored, an interview, a one-name credit line,
prose after the list).
"""

from __future__ import annotations

import pytest
from conftest import HEADLINE, LEAD, at

import lint_news
from lint_news.config import Config
from lint_news.kinds.references import ReferenceListOptions, validate


def _found(text: str, name: str = "article.md") -> list[tuple[str, int, int]]:
    report = lint_news.lint_text(text, name, config=Config(select=("LN400",)))
    return [(f.code, f.line, f.column) for f in report.findings]


def test_each_bare_entry_under_a_label_is_reported_at_its_words():
    text = HEADLINE + LEAD + "**References:**\n\n- Harlow Port Authority, dredging plan\n- Tidewater Research Group, \"Silt in the Lower Basin\"\n"
    assert _found(text) == [("LN400", *at(text, "Harlow Port Authority")), ("LN400", *at(text, "Tidewater Research Group"))]


def test_a_label_line_is_one_list_reported_once_when_none_of_its_entries_can_be_followed():
    text = HEADLINE + LEAD + "Sources: Harlow Fire Service; Calder County Council, incident log.\n"
    assert _found(text, "article.txt") == [("LN400", *at(text, "Harlow Fire Service"))]
    mixed = HEADLINE + LEAD + "Sources: Harlow Fire Service; county incident log, May 2, 2025; Calder County Council, press office.\n"
    assert _found(mixed, "article.txt") == []


def test_a_heading_named_further_reading_opens_a_list():
    text = HEADLINE + LEAD + "## Further reading\n\n- Ferry Users Forum, winter timetable review\n"
    assert _found(text) == [("LN400", *at(text, "Ferry Users Forum"))]


@pytest.mark.parametrize(
    "entries",
    [
        "- Harlow Port Authority, dredging plan (2024)",
        "- Harlow Port Authority, dredging plan, https://harlowport.example.org/dredging",
        "- [Harlow Port Authority, dredging plan](https://harlowport.example.org/dredging)",
        "- Okafor, N. and Lind, P. Silt in the Lower Basin. Estuarine Studies 12, pp. 40-58.",
        "- Dredging plan, by Nia Okafor, port engineer",
        "- Interview with harbour master Dale Ruskin, March 4",
    ],
)
def test_an_entry_a_reader_can_follow_is_quiet(entries):
    assert _found(HEADLINE + LEAD + "Sources:\n\n" + entries + "\n") == []


def test_a_one_name_credit_line_and_prose_after_a_list_are_quiet():
    text = (
        HEADLINE + LEAD + "Source: Office for National Statistics\n\n"
        "Sources:\n\n- Interview with clerk Ana Ruiz, May 2\n\n"
        "The council will publish the full minutes next week, the clerk said after the meeting.\n"
    )
    assert _found(text) == []


def test_options_are_checked_when_a_pack_is_loaded():
    with pytest.raises(ValueError, match="invalid expression"):
        validate(ReferenceListOptions(labels="sources("))
    with pytest.raises(ValueError, match="max-words"):
        validate(ReferenceListOptions(max_words=0))
