"""restated-point (LN105) on a release's closing line that tells the lede's news again by its
names and key words, with no figure to tie them; text written here."""

from __future__ import annotations

import lint_news
from lint_news.config import Config


def _found(text: str) -> list[tuple[str, int, int, str]]:
    report = lint_news.lint_text(text, path="a.txt", config=Config(select=("LN105",)))
    return [(f.code, f.line, f.column, f.severity.value) for f in report.findings]


def _release(closing: str) -> str:
    paragraphs = [
        "Tamber Creek Vision Opens Eye Clinic on Dunmore Avenue",
        "Tamber Creek Vision opened its second eye clinic on Dunmore Avenue on Monday, bringing eye exams and glasses fittings closer to families on the north side.",
        "The clinic has four exam rooms and a lens lab, and it takes most insurance plans.",
        "Appointments can be booked online or by phone, and walk-ins are seen when a room is free.",
        "Optometrist Hela Brandt, who will run the clinic, trained at the state university.",
        "Frames for children are discounted through the end of the school year.",
        closing,
    ]
    return "\n\n".join(paragraphs) + "\n"


def test_a_closing_line_that_tells_the_ledes_news_again_is_a_hint():
    closing = "With its second clinic now seeing patients on Dunmore Avenue, Tamber Creek Vision is putting eye care within reach of more north-side families than ever."
    assert _found(_release(closing)) == [("LN105", 13, 1, "info")]


def test_a_closing_line_with_a_new_name_is_news():
    closing = "With its second clinic now seeing patients on Dunmore Avenue, Tamber Creek Vision plans a third near Halvern Park for north-side families."
    assert _found(_release(closing)) == []


def test_a_closing_line_that_shares_one_name_with_the_lede_is_no_restatement():
    closing = "Tamber Creek Vision will also offer free eye screenings for second graders at four elementary schools this spring."
    assert _found(_release(closing)) == []
