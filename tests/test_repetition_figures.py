"""Restated points (LN105) whose only "new" facts are not new: a figure worked out from two
figures already given, an acronym of words already written. Text written here."""

from __future__ import annotations

import lint_news
from lint_news.config import Config
from lint_news.kinds.restatement import _units


def _found(text: str, *codes: str) -> list[tuple[str, int, int, str]]:
    report = lint_news.lint_text(text, path="a.txt", config=Config(select=codes))
    return [(f.code, f.line, f.column, f.severity.value) for f in report.findings]


def _article(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs) + "\n"


def _levy(recap: str) -> str:
    return _article(
        "Brenn County to Rebuild Its Jail Kitchen",
        "Brenn County will rebuild the jail kitchen with a $412,000 state grant and $96,000 from its capital fund, under a plan the commissioners approved on a 3-2 vote.",
        "The kitchen was built in 1962 and last renovated in 1987.",
        "Inmate meals will be trucked in from the Oller Road school kitchen during the work.",
        "Commissioner Teodora Vask said the contract should have gone out to bid twice.",
        recap,
    )


def test_a_total_of_two_figures_of_one_sentence_is_no_new_figure():
    # $508,000 is $412,000 and $96,000: the recap says the plan again
    text = _levy("In short, the county will spend $508,000 in grant and capital money to rebuild the jail kitchen.")
    assert _found(text, "LN105") == [("LN105", 11, 1, "warning")]


def test_a_figure_that_is_no_sum_of_earlier_ones_is_news():
    text = _levy("In short, the county will spend $508,000 in grant and capital money to rebuild the jail kitchen and $70,500 on new freezers.")
    assert _found(text, "LN105") == []
    text = _levy("In short, the county will spend $611,000 in grant and capital money to rebuild the jail kitchen.")
    assert _found(text, "LN105") == []


def test_a_figure_in_another_unit_is_no_sum_even_if_the_arithmetic_works():
    # 508 inmates is not $412,000 + $96,000 in any sense
    text = _article(
        "Brenn County Jail Count",
        "The Brenn County jail has 412 beds and 96 cells in its annex, the sheriff's office said.",
        "The annex opened in 1987.",
        "Commissioner Teodora Vask asked for a staffing study.",
        "In short, the Brenn County jail and its annex will hold 508 inmates in their beds and cells, the sheriff said.",
    )
    assert _found(text, "LN105") == []


def test_the_years_between_two_years_are_no_new_figure():
    text = _article(
        "Brenn County to Scan Deeds",
        "The Brenn County recorder will scan the deed books kept from 1851 to 1979, about 800,000 pages, the recorder's office said.",
        "A $230,000 grant pays for the scanners.",
        "Recorder Imre Lath said the oldest volumes are crumbling.",
        "Put simply, 128 years of Brenn County deed books will be scanned page by page.",
    )
    assert _found(text, "LN105") == [("LN105", 9, 1, "warning")]


def test_units_are_a_currency_sign_or_the_word_after_the_figure():
    units = _units("A $412,000 grant, 96 cells and 1962 to 1987, 25 years")
    assert units["#412000"] == {"$"}
    assert units["#96"] == {"cell"}
    assert units["#1962"] >= {"year"} and units["#1987"] == {"year"}
    assert units["#25"] == {"year"}


def _smoke(recap: str) -> str:
    return _article(
        "Orrin Schools Cancel Outdoor Sports on Smoke Days",
        "Orrin district schools will cancel outdoor physical education and after-school practices whenever the air quality index reaches 175, the school board decided 6-1 on Tuesday.",
        "Readings passed 175 on nine school days last fall.",
        "Board member Lise Dorran voted no, saying the filters should come first.",
        recap,
    )


def test_an_acronym_of_words_already_given_is_no_new_name():
    # "PE" is "physical education", "AQI" "air quality index": the recap adds nothing
    assert _found(_smoke("In other words, once the AQI reaches 175, PE and after-school practices in Orrin district schools are canceled."), "LN105") == [
        ("LN105", 9, 1, "warning")
    ]


def test_an_acronym_of_words_never_given_is_a_new_name():
    # "YMCA" spells nothing the article gave: a new name, so the recap is no plain warning; as the
    # one detail an announced recap adds to four figures and names given before, it is a hint
    assert _found(_smoke("In other words, once the AQI reaches 175, PE and after-school practices at the YMCA in Orrin district schools are canceled."), "LN105") == [
        ("LN105", 9, 1, "info")
    ]
    assert _found(_smoke("In other words, once the AQI reaches 175, PE and after-school practices at the YMCA and the NHRC in Orrin district schools are canceled."), "LN105") == []


def test_a_correction_note_gives_the_corrected_figure_again_by_design():
    # the same sentence as a recap is a restatement; as the correct figure of a correction note it is not
    restated = "Brenn County will rebuild the jail kitchen with a $412,000 state grant and $96,000 from its capital fund, the commissioners decided."
    assert _found(_levy(restated), "LN105") == [("LN105", 11, 1, "warning")]
    for note in (
        f"Correction: An earlier version of this article gave the grant as $421,000. {restated}",
        f"Clarification (May 4): {restated}",
        f"An earlier version of this story misstated the grant. {restated}",
    ):
        assert _found(_levy(note), "LN105") == [], note


def test_a_place_named_again_as_its_adjective_is_no_new_name():
    article = _article(
        "Roaming Plans Get Cheaper",
        "A 5 GB plan for a week in Portugal runs between $9 and $18, while plans covering Kenya cost $20 to $35 for 10 GB.",
        "The carriers said the prices would hold until June.",
        "The regulator did not comment on Monday.",
        "{recap}",
    )
    recap = "So a week in Portugal with 5 GB costs about $9 to $18, and Kenyan plans run around $20 to $35 for 10 GB."
    assert _found(article.format(recap=recap), "LN105") == [("LN105", 9, 1, "warning")]
    # a name the article has not given is news, adjective or not
    assert _found(article.format(recap=recap.replace("Kenyan", "Ugandan")), "LN105") == []
