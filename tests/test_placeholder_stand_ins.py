"""Stand-ins and slots of placeholder-text (issue #8): the template's filler for a name, a place, an
address or a link, in the wordings templates and chatbots use, and the real uses that look like them."""

from __future__ import annotations

import pytest
from conftest import HEADLINE, LEAD, at

import lint_news
from lint_news.config import Config


def _found(paragraph: str) -> tuple[str, list[tuple[str, int, int]]]:
    text = HEADLINE + LEAD + paragraph + "\n"
    report = lint_news.lint_text(text, config=Config(select=("placeholder-text",)))
    return text, [(f.code, f.line, f.column) for f in report.findings]


@pytest.mark.parametrize(
    ("paragraph", "code", "needle"),
    [
        ("Spokesperson John Doe said the depot would reopen in May.", "LN807", "John Doe"),
        ("The district in Anytown closed two of its four schools.", "LN807", "Anytown"),
        ("Emily Park, a senior analyst at XYZ Financial, expects a rebound.", "LN807", "XYZ Financial"),
        ("Questions can be sent to press@example.com before Friday.", "LN807", "press@example.com"),
        ("The clinic at 123 Main Street opens on Monday.", "LN807", "123 Main Street"),
        ("Local councillor [Councillor name to be confirmed] backed the plan.", "LN802", "[Councillor name to be confirmed]"),
        ("Photo: [Photographer credit]", "LN802", "[Photographer credit]"),
        ("For the full timetable, visit [website link].", "LN802", "[website link]"),
        ("Read more: [link to the council's budget page]", "LN802", "[link to the council's budget page]"),
        ("The pool will reopen on <date> after repairs.", "LN802", "<date>"),
        # one word in capitals, too long for an acronym
        ("Text FLOOD to [SHORTCODE] to get the alerts.", "LN802", "[SHORTCODE]"),
        ("Questions go to [SPOKESPERSON] at the county.", "LN802", "[SPOKESPERSON]"),
    ],
)
def test_a_stand_in_or_slot_is_reported_where_it_stands(paragraph, code, needle):
    text, found = _found(paragraph)
    assert (code, *at(text, needle)) in found


@pytest.mark.parametrize(
    "paragraph",
    [
        # the courts' own usage
        "The label sued 40 John Doe defendants over the file-sharing network, the court filing shows.",
        "Prosecutors obtained a John Doe warrant based on the DNA profile.",
        "Jane Doe 2, as the filing calls her, was 15 at the time.",
        # "Anytown, USA" as a figure of speech, a 555 number in an invented example, a real address
        "The film's set was built to look like Anytown, USA, down to the diner.",
        "Residents can report downed wires to Northfield Power at 555-0190, dispatcher Corinne Baptiste said.",
        "Tips can go to news@harlowgazette.com, the editor said.",
        "Officers were called to 123 Station Road at 2 a.m., police said.",
        # an acronym an editor put in a quote, and a transcript cue
        "\"We asked [UNICEF] and [FEMA] for help,\" shelter director Ana Ruiz said.",
        "RUIZ: Thank you all for coming. [APPLAUSE]",
    ],
)
def test_real_uses_that_look_like_stand_ins_stay_quiet(paragraph):
    assert _found(paragraph)[1] == []
