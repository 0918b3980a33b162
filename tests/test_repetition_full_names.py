"""overused-phrase (LN102) on a long name said in full again and again, on text written here.

A reporter names an organisation in full once and then writes "the club"; copy that repeats
"the Fennick Rowing Club" in every paragraph is padding its keyword.
"""

from __future__ import annotations

import lint_news
from lint_news.config import Config


def _found(text: str) -> list[tuple[str, int, int, str, str]]:
    report = lint_news.lint_text(text, path="a.txt", config=Config(select=("LN102",)))
    return [(f.code, f.line, f.column, f.severity.value, f.message) for f in report.findings]


SENTENCES = [
    "Rowers of every age now train at the Fennick Rowing Club on weekday mornings before work.",
    "Membership at the Fennick Rowing Club costs less than a gym pass, and boats are shared.",
    "Coaches at the Fennick Rowing Club run a beginners' course each spring on the reservoir.",
    "The Fennick Rowing Club also enters two crews in the regional regatta every August.",
    "Volunteers keep the Fennick Rowing Club boathouse open on Saturdays for visitors.",
    "Families who join the Fennick Rowing Club can borrow life jackets for younger children.",
]


def _article(uses: int, dek: str | None = None) -> str:
    body = [s if i < uses else s.replace("the Fennick Rowing Club", "the club") for i, s in enumerate(SENTENCES)]
    return "\n\n".join(["Why Rowing Is Booming", *([dek] if dek else []), "Rowing has quietly become the town's busiest sport.", *body]) + "\n"


def test_a_three_word_name_said_in_full_five_times_is_reported_at_its_first_use():
    assert _found(_article(5)) == [
        ("LN102", 5, 38, "info", "'fennick rowing club' appears 5 times (51.5 per 1,000 words): vary it or cut the restatements")
    ]


def test_a_three_word_name_said_in_full_four_times_is_who_the_story_is_about():
    assert _found(_article(4)) == []


def test_a_title_case_dek_is_not_a_use_of_the_name_nor_its_place():
    dek = "The Fennick Rowing Club Opens Its Doors: What New Members Need to Know"
    assert _found(_article(4, dek)) == []
    assert [line for _, line, *_ in _found(_article(5, dek))] == [7]


def test_a_long_name_is_one_finding_not_one_per_piece_of_it():
    text = _article(6).replace("Fennick Rowing Club", "Fennick Valley Rowing Club")
    assert [message.split("'")[1] for *_, message in _found(text)] == ["fennick valley rowing club"]


def test_a_person_named_in_full_again_and_again_is_not_a_keyword():
    text = _article(6).replace("the Fennick Rowing Club", "Dana Fennick")
    assert _found(text) == []


PLATFORM = [
    "Founded in 2021, the company sells a cold-chain tracking platform to grocers and drug wholesalers.",
    "Its cold-chain tracking platform reads the temperature of each pallet every ten minutes.",
    "The new money will take the cold-chain tracking platform into Latin America next year.",
    "Rivals sell a similar cold-chain tracking platform, but none with sensors this cheap.",
]


def _platform(uses: int) -> str:
    body = [s if i < uses else s.replace("cold-chain tracking platform", "system") for i, s in enumerate(PLATFORM)]
    return "\n\n".join(["Tracker Raises Funds", "The start-up raised $42 million on Tuesday.", *body]) + "\n"


def test_a_three_word_phrase_said_four_times_in_a_short_piece_is_reported_at_its_first_use():
    found = _found(_platform(4))
    assert [(code, line, column, severity) for code, line, column, severity, _ in found] == [("LN102", 5, 38, "info")]
    assert "'cold-chain tracking platform' appears 4 times" in found[0][4]


def test_a_three_word_phrase_said_three_times_is_quiet():
    assert _found(_platform(3)) == []
