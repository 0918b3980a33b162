"""Restated points (LN105) whose figures are written another way the second time: a multiple
as "fifteenfold" and "15 times", a range as its two ends, a year as its decade, a total worked
out from amounts given in two sentences, the interval between two times. Text written here."""

from __future__ import annotations

import lint_news
from lint_news.config import Config


def _found(text: str) -> list[tuple[int, str]]:
    report = lint_news.lint_text(text, path="a.txt", config=Config(select=("LN105",)))
    return [(f.line, f.severity.value) for f in report.findings]


def _article(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs) + "\n"


def test_a_multiple_written_as_a_word_is_the_same_figure():
    text = _article(
        "Kayak Rentals Surge on the Oller River",
        "Rentals at the Oller River kayak launch rose fifteenfold between 2019 and 2024, according to the parks department's annual report.",
        "The launch added a second dock in 2022 and now rents 60 boats on summer weekends.",
        "Parks director Amal Ferreira wants a third dock built before the 2026 season.",
        "In other words, kayak rentals on the Oller River grew 15 times over from 2019 to 2024.",
    )
    assert _found(text) == [(9, "warning")]


def test_a_decade_that_holds_a_year_given_is_that_year():
    text = _article(
        "Brenn Woolen Mill Closes After 77 Years",
        "The Brenn Woolen Mill, which opened on Kessel Street in 1947, will close in March, its owners told its 38 workers on Friday.",
        "The mill's last big order, blankets for a hotel chain, ended in the spring.",
        "Owner Jonas Pike said no buyer had come forward for the looms.",
        "In short, the mill on Kessel Street that opened in the 1940s will shut in March and its 38 workers will lose their jobs.",
    )
    assert _found(text) == [(9, "warning")]


def test_an_answer_that_gives_a_range_day_by_day_restates_it():
    text = _article(
        "# Harvest Fair Returns to Brenn Fairgrounds",
        "The Brenn Harvest Fair returns to the county fairgrounds on Oct. 3-4, 2025, with 140 vendors and a tractor pull on both days.",
        "Admission is free; parking is $5.",
        "## When is the fair?",
        "The Brenn Harvest Fair runs on Friday, Oct. 3, and Saturday, Oct. 4, 2025, at the county fairgrounds, with 140 vendors.",
    )
    assert _found(text) == [(9, "warning")]


def test_a_score_gives_no_range_and_a_new_weekday_without_a_date_is_news():
    text = _article(
        "Brenn Hawks Win Opener",
        "The Brenn Hawks beat Oller 58-55 on Oct. 3 behind 21 points from guard Tessa Mund.",
        "Mund scored 14 of them in the second half.",
        "Coach Ray Dale said the team would practice on Sunday to work on its defense after giving up 55 points and 58 rebounds.",
    )
    assert _found(text) == []


def test_a_total_of_amounts_given_in_two_sentences_is_no_new_figure():
    text = _article(
        "Brenn Water Rates to Rise",
        "The typical Brenn household pays $148 a quarter for water, the utility's filing shows.",
        "Under the request, the utility would add $23.75 to that quarterly charge to pay for a new filter plant.",
        "The utility board votes on Nov. 12.",
        "Residents Kai Soto and Mira Lund told the board they could not afford it.",
        "If the board agrees, the typical household's quarterly water charge would go from $148 to $171.75 for the filter plant.",
    )
    # "would go from" and "household" are words any story uses: what it shares weighs the more
    assert _found(text) == [(11, "warning")]


def test_an_amount_in_another_currency_is_no_total_of_two():
    text = _article(
        "Brenn Water Rates to Rise",
        "The typical Brenn household pays $148 a quarter for water, the utility's filing shows.",
        "Under the request, the utility would add $23.75 to that quarterly charge to pay for a new filter plant.",
        "The utility board votes on Nov. 12.",
        "Residents Kai Soto and Mira Lund told the board they could not afford it.",
        "If the board agrees, the typical household's quarterly water charge would go from $148 to €171.75 for the filter plant.",
    )
    assert _found(text) == []


def test_the_interval_between_two_times_is_no_new_figure():
    text = _article(
        "Fisk Wins Brenn Half Marathon",
        "Lena Fisk won the Brenn Half Marathon on Sunday in 1:14:08, beating the course record of 1:16:20 set in 2011.",
        "About 2,400 runners finished the race, which starts and ends at Kessel Park.",
        "Fisk, a nurse from Oller, said she trains before her night shifts.",
        "Fisk's winning time of 1:14:08 broke the 2011 course record of 1:16:20 by 132 seconds.",
    )
    assert _found(text) == [(9, "warning")]


def test_a_count_of_seconds_that_is_no_interval_is_news():
    text = _article(
        "Fisk Wins Brenn Half Marathon",
        "Lena Fisk won the Brenn Half Marathon on Sunday in 1:14:08, beating the course record of 1:16:20 set in 2011.",
        "About 2,400 runners finished the race, which starts and ends at Kessel Park.",
        "Fisk, a nurse from Oller, said she trains before her night shifts.",
        "Fisk's winning time of 1:14:08 broke the 2011 course record of 1:16:20 and she led by 45 seconds at the turn.",
    )
    assert _found(text) == []


def test_a_digit_that_is_no_decimal_figure_is_not_read_as_one():
    """'²' is a digit to str.isdigit but no figure float() reads: found by the fix fuzz test."""
    import lint_news

    text = "The\n\nThe the the the the the the the the the the the.the ²\n\nThe.\n"
    report = lint_news.lint_text(text, path="x.txt")
    assert [f.message for f in report.findings if "failed" in f.message] == []


RENTS = (
    "Rents Climb in Dunholm",
    "The average one-bedroom flat in Dunholm now rents for £980 a month, up 9 percent in a year, the city's housing survey found.",
    "The survey counted 640 new flats finished last year, against a target of 1,100.",
    "Councillor Ada Brisk wants the target raised.",
)


def test_a_figure_rounded_with_a_hedge_is_the_figure_given():
    text = _article(*RENTS, "Put simply, a one-bedroom flat in Dunholm now costs nearly £1,000 a month to rent, 9 percent more than a year ago.")
    assert _found(text) == [(9, "warning")]


def test_a_round_figure_farther_off_is_a_new_one():
    text = _article(*RENTS, "Put simply, a one-bedroom flat in Dunholm could cost nearly £1,200 a month to rent, 9 percent more than now.")
    assert _found(text) == []


def test_a_decade_of_degrees_that_holds_a_figure_given_is_that_figure():
    text = _article(
        "Frost Threatens Brill Valley Orchards",
        "Lows in the Brill Valley are forecast to fall to 27 degrees on Tuesday night, when the pear trees are in bloom, the weather service said.",
        "Growers have rented wind machines from a firm in Oregon.",
        "The cooperative will meet on Monday.",
        "In other words, Brill Valley lows in the upper 20s on Tuesday night could hurt pear trees in bloom.",
    )
    assert _found(text) == [(9, "warning")]
