"""Placeholder text: unfilled slots at exact positions, and look-alikes left alone."""

from __future__ import annotations

import pytest

import lint_news


def _found(text: str, path: str = "a.txt") -> list[tuple[str, int, int, str]]:
    return [(f.code, f.line, f.column, f.excerpt) for f in lint_news.lint_text(text, path=path).findings if f.family == "placeholder-text"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The vote is set for TK, the clerk said.", [("LN801", 3, 21, "TK")]),
        ("The vote is set for TKTK.", [("LN801", 3, 21, "TKTK")]),
        ('"We won," said [Name], [Title] at [Company Name].', [("LN802", 3, 16, "[Name]"), ("LN802", 3, 24, "[Title]"), ("LN802", 3, 35, "[Company Name]")]),
        ("Dateline: [City, State] - [Insert quote from the mayor]", [("LN802", 3, 11, "[City, State]"), ("LN802", 3, 27, "[Insert quote from the mayor]")]),
        ("Lorem ipsum dolor sit amet, consectetur.", [("LN803", 3, 1, "Lorem ipsum dolor sit amet")]),
        ("Sales rose XX% to $X.X billion by 2025-XX-XX.", [("LN804", 3, 12, "XX%"), ("LN804", 3, 19, "$X.X billion"), ("LN804", 3, 35, "2025-XX-XX")]),
        ("Residents of {{city}} pay more from INSERT_DATE.", [("LN805", 3, 14, "{{city}}"), ("LN805", 3, 37, "INSERT_DATE")]),
        ("Your name here. Add caption here.", [("LN806", 3, 1, "Your name here"), ("LN806", 3, 17, "Add caption here")]),
        # slots in capitals naming what is missing, two words or more
        ("Apply online at [ENROLMENT PORTAL LINK] before May 2.", [("LN802", 3, 17, "[ENROLMENT PORTAL LINK]")]),
        ('"[STATEMENT FROM THE HARBOUR BOARD CHAIR — TO COME]"', [("LN802", 3, 2, "[STATEMENT FROM THE HARBOUR BOARD CHAIR — TO COME]")]),
        ("Media enquiries: [PRESS OFFICE CONTACT DETAILS].", [("LN802", 3, 18, "[PRESS OFFICE CONTACT DETAILS]")]),
        # a bracketed run of capitals is a slot whatever it names
        ("- Help enrolling in [STATE ASSISTANCE PROGRAM]", [("LN802", 3, 21, "[STATE ASSISTANCE PROGRAM]")]),
        ("Beans come from [PARTNER ROASTER] in Dunmore.", [("LN802", 3, 17, "[PARTNER ROASTER]")]),
    ],
)
def test_placeholders_are_found_exactly(body, expected):
    assert _found(f"Council Vote Set\n\n{body}\n") == expected


@pytest.mark.parametrize(
    "body",
    [
        "Shoppers lined up at TK Maxx on Saturday.",
        "The TKE fraternity was suspended, the university said.",
        '"I told [Mayor] Ruiz it was over," Lee said.',  # an editorial insertion naming a real person
        "Sales rose 12% to $4.1 billion by 2025-03-31, the company said.",
        "The quote here was clear, said Ana Ruiz.",
        "Prices in the Xbox store rose 10 percent.",
        "The XXL size sold out, the shop owner said.",
        # a redaction and transcript cues are the document's own marks
        '"We cannot release it," she wrote. "[REDACTED NAME] asked us not to."',
        "[BEGIN VIDEO CLIP] The mayor spoke first. [END VIDEO CLIP]",
        '"The [NATO] summit ran late," the minister said.',
        "The mayor paused. [LONG PAUSE] Then she spoke. [END OF CLIP]",
        "[SPONSORED CONTENT] Ten places to eat in Dunmore. [LIVE UPDATES]",
    ],
)
def test_look_alikes_are_not_placeholders(body):
    assert _found(f"Council Vote Set\n\n{body}\n") == []


def test_placeholders_in_markdown_code_are_ignored():
    assert _found("# Vote\n\n```\nTK [Name] {{city}}\n```\n\nThe board met.\n", path="a.md") == []
