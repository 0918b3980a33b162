"""Defect classes in wordings no list names: scaffold headings judged by their words, chatbot
framing addressed to "you", source-document meta, vague crowds and studies, figurative
clichés, editor's notes in brackets. Every example here is written for this test."""

from __future__ import annotations

import pytest
from conftest import HEADLINE, LEAD, at

import lint_news
from lint_news.findings import Severity


def findings(text: str, path: str = "a.txt") -> list:
    return lint_news.lint_text(text, path=path).findings


def codes_at(text: str, path: str = "a.txt") -> list[tuple[str, int, int]]:
    return sorted((f.code, f.line, f.column) for f in findings(text, path))


# ---------------------------------------------------------------------------
# scaffold headings by their words


def test_scaffold_headings_in_new_wording_are_a_template():
    text = (
        "# Harbor dredging starts in May\n\nCrews will dredge 2 miles of channel from May 6, the port said.\n\n"
        "## Setting the Scene\n\nThe channel silted up after the 2023 storms, the port said.\n\n"
        "## Weighing the Upsides\n\nDeeper water lets 40-foot barges in again, said harbor master Lena Orr.\n\n"
        "## Wrapping It All Up\n\nThe $3 million job ends in August.\n"
    )
    found = [(f.code, f.line) for f in findings(text, "a.md") if f.family == "padding"]
    assert found == [("LN501", 5), ("LN501", 9), ("LN501", 13)]


def test_subheads_that_say_what_the_section_reports_stay_quiet():
    text = (
        "# Harbor dredging starts in May\n\nCrews will dredge 2 miles of channel from May 6, the port said.\n\n"
        "## Why the channel silted up\n\nThe 2023 storms carried sand in, the port said.\n\n"
        "## Barges return\n\nDeeper water lets 40-foot barges in again, said harbor master Lena Orr.\n\n"
        "## Key dates\n\nWork ends in August.\n"
    )
    assert [f for f in findings(text, "a.md") if f.family == "padding"] == []


def test_a_summary_opener_in_other_words_is_in_conclusion():
    text = HEADLINE + LEAD + "In the final analysis, the council chose a smaller budget.\n"
    assert ("LN503", 5, 1) in codes_at(text)


# ---------------------------------------------------------------------------
# a chatbot's framing, offers and process notes


def test_chatbot_framing_line_addressed_to_the_user():
    text = "Ferry fares rise\n\nOf course! Here's a clean, publishable take on the story, built from the board packet you forwarded:\n\nFares rise 5% on June 1, the ferry board said.\n"
    found = codes_at(text)
    assert ("LN901", 3, 1) in found
    assert ("LN302", *at(text, "the board packet you forwarded")) in found


def test_offer_and_process_note_in_the_chatbots_voice():
    text = (
        HEADLINE + LEAD + "I went with the byline left blank because none was given.\n\n"
        "I could not verify the vote count beyond the agenda you attached.\n\nWant me to cut a shorter web version?\n"
    )
    found = codes_at(text)
    assert ("LN906", 5, 1) in found
    assert ("LN906", 7, 1) in found
    assert ("LN904", 9, 1) in found


def test_a_reporter_writing_in_the_first_person_is_not_a_chatbot():
    text = HEADLINE + LEAD + "I asked the mayor whether she wanted a second term; she said no.\n"
    assert [f for f in findings(text) if f.family == "assistant-leak"] == []


# ---------------------------------------------------------------------------
# meta-commentary about an unnamed source document


@pytest.mark.parametrize(
    "sentence",
    [
        "The text goes on to list three options for the levy.",
        "According to the attached file, turnout was 31%.",
        "The material does not specify when the vote will be held.",
        "As the opening section of the document puts it, the plan is overdue.",
    ],
)
def test_talk_about_the_source_material_is_meta(sentence):
    text = HEADLINE + LEAD + sentence + "\n"
    assert any(f.family == "meta-commentary" and f.line == 5 for f in findings(text))


def test_a_named_report_that_notes_something_is_reporting():
    text = HEADLINE + LEAD + 'The 40-page audit, titled "Fleet Costs 2025," notes that repairs rose 12%.\n'
    assert [f for f in findings(text) if f.family == "meta-commentary"] == []


# ---------------------------------------------------------------------------
# vague crowds and vague studies


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("Many weekend anglers are convinced the new limit will empty the pier.", "LN707"),
        ("Market watchers broadly agree the mill will not reopen.", "LN704"),
        ("Among people who follow the league closely, the coach has come to be regarded as the best hire in years.", "LN704"),
        ("Studies of similar river towns have found that levees raise land values.", "LN407"),
        ("Research from top universities points to shorter commutes after such changes.", "LN407"),
        ("According to a widely cited national survey, most drivers speed in school zones.", "LN408"),
    ],
)
def test_vague_crowds_and_studies(sentence, code):
    text = HEADLINE + LEAD + sentence + "\n"
    assert (code, 5, 1) in [(f.code, f.line, f.column) for f in findings(text)] or any(f.code == code and f.line == 5 for f in findings(text))


def test_a_crowd_with_a_named_member_in_the_next_sentence_is_sourced():
    text = HEADLINE + LEAD + "Many weekend anglers are convinced the new limit will empty the pier. Angler Tom Reyes, 61, said he will fish elsewhere.\n"
    assert [f for f in findings(text) if f.family == "unattributed-claim" and f.severity is not Severity.INFO] == []


def test_a_study_with_its_authors_is_a_citation():
    text = HEADLINE + LEAD + "Studies of similar river towns by economists at Ohio State University have found that levees raise land values.\n"
    assert [f for f in findings(text) if f.family == "placeholder-citation"] == []


# ---------------------------------------------------------------------------
# figurative clichés, and editor's notes left in brackets


def test_figurative_cliches_are_info_and_a_warning_when_dense():
    one = HEADLINE + LEAD + "The vote speaks volumes about the town.\n"
    assert [(f.code, f.severity) for f in findings(one) if f.code == "LN629"] == [("LN629", Severity.INFO)]
    many = HEADLINE + LEAD + "The vote speaks volumes. It lays bare old rifts. The budget was no walk in the park.\n"
    assert [f.severity for f in findings(many) if f.code == "LN629"] == [Severity.WARNING] * 3


@pytest.mark.parametrize(
    ("sentence", "needle"),
    [
        ("The closure marks a crossroads moment for the harbor town.", "marks a crossroads"),
        ("The flood serves as a sobering wake-up call for the county.", "serves as a sobering wake-up call"),
        ("The ferry stands as a bridge between past and present.", "stands as a bridge"),
        ("The fair is the thread that binds the valley together.", "the thread that binds"),
        ("At the end of the day, the budget is about trust.", "At the end of the day,"),
        ("The ruling is more than a footnote; it is a warning to landlords.", "is more than a footnote; it is"),
        ("It's not just a library, it's a lifeline.", "It's not just a library, it's"),
    ],
)
def test_shapes_of_significance_framing_are_figurative_cliches(sentence, needle):
    text = HEADLINE + LEAD + sentence + "\n"
    found = [(f.line, f.column, f.severity) for f in findings(text) if f.code == "LN629"]
    assert found == [(*at(text, needle), Severity.INFO)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The bridge between the two islands opened in 1931.",
        "Crews stop work at the end of the day, at 6 p.m., the foreman said.",
        "The vote was more than a year late, and the clerk said the delay cost $40,000.",
        "The mill was not just closed in 1998; it was demolished in 2003.",
    ],
)
def test_literal_uses_of_those_words_stay_quiet(sentence):
    assert [f for f in findings(HEADLINE + LEAD + sentence + "\n") if f.code == "LN629"] == []


def test_a_named_speakers_idiom_is_reporting():
    text = HEADLINE + LEAD + '"This budget was no walk in the park," said council member Ada Pryce.\n'
    assert [f for f in findings(text) if f.code == "LN629"] == []


def test_an_editors_note_in_brackets_is_placeholder_text():
    text = HEADLINE + LEAD + "About 300 families [number? check with Ruiz] use the pantry each week.\n"
    assert ("LN806", *at(text, "[number?")) in codes_at(text)


def test_editorial_brackets_in_a_quote_are_not_notes():
    text = HEADLINE + LEAD + '"They [the council] voted twice," said resident Ana Ruiz.\n'
    assert [f for f in findings(text) if f.family == "placeholder-text"] == []


def test_tk_explained_once_covers_the_whole_article():
    text = (
        "Mural signed by its painter\n\nThe conservator found the initials TK in the corner of the 1938 mural.\n\n"
        "\"She signed every mural 'TK,' always in ochre,\" conservator Ivo Lund said.\n"
    )
    assert [f for f in findings(text) if f.code == "LN801"] == []
