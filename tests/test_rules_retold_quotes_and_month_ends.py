"""An FAQ answer that tells again what a speaker said in the body, and a boundary told from its
other side ("until the end of February" after "from 1 March").

A quotation's words are left out when sentences are compared: a paraphrase beside the quote it
introduces is how reporting works. An FAQ answer is different: it gives the body's facts again
for a reader who skipped it, and a quote's content is one of them.

The article is our own.
"""

from __future__ import annotations

from conftest import at

import lint_news
from lint_news.config import Config

BODY = """# Library adds self-service kiosks

The Harlow County Library will install six self-service kiosks at its three branches in March, the library board decided on Tuesday.

Each kiosk cost $14,500 and was paid for from a state technology grant, according to the board's minutes.

Library director Ana Voss told the board that no positions would be eliminated. "Nobody is losing a job to a touchscreen," Voss said. "The point is to get our staff out from behind the desk, helping people with résumés, tax forms and e-readers."

"""

RETOLD = "No. Director Ana Voss has said no positions will be cut, and that staff will be freed up to help patrons with résumés and tax forms."


def _restated(text: str) -> list[tuple[str, int, int, str, str]]:
    report = lint_news.lint_text(text, config=Config(select=("LN105",)), path="kiosks.md")
    return [(f.code, f.line, f.column, f.severity.value, f.message) for f in report.findings]


def test_an_faq_answer_that_retells_a_quote_restates_the_body():
    text = BODY + "## Frequently Asked Questions\n\n### Will library staff lose their jobs?\n\n" + RETOLD + "\n"
    line, column = at(text, RETOLD)
    assert _restated(text) == [("LN105", line, column, "info", "This sentence restates the point of line 7: cut it, or say what is new")]


def test_the_same_sentence_in_the_body_is_reporting():
    # outside an FAQ, telling what the director said is how a story introduces or sums up a quote
    assert _restated(BODY + RETOLD.removeprefix("No. ") + "\n") == []


def test_an_faq_answer_with_news_of_its_own_stays_quiet():
    answer = "No. The library will also hire two part-time aides in April to run a weekly résumé clinic, the board's minutes show."
    assert _restated(BODY + "## Frequently Asked Questions\n\n### Will library staff lose their jobs?\n\n" + answer + "\n") == []


MUSEUM = """# Museum to charge for entry

From 1 March 2026, the Pelling Museum will charge adults £9 for general admission, ending 40 years of free entry, the trustees said on Monday.

Under-16s and carers will still get in free, and holders of the county leisure pass keep free entry on the first Sunday of each month.

"""


def test_the_end_of_the_month_before_a_change_is_no_new_date():
    answer = "Free general admission runs until the end of February 2026; from 1 March, adults pay £9 on the door."
    text = MUSEUM + "## FAQ\n\n### When do the charges start?\n\n" + answer + "\n"
    line, column = at(text, answer)
    assert _restated(text) == [("LN105", line, column, "warning", "This sentence restates the point of line 3: cut it, or say what is new")]


def test_the_end_of_another_month_is_news():
    answer = "Consultation on the fee ran until the end of November 2025; adults pay £9 from 1 March on the door."
    text = MUSEUM + "## FAQ\n\n### When do the charges start?\n\n" + answer + "\n"
    assert _restated(text) == []
