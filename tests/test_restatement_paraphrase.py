"""Restated points told in other words (LN105) and keyword phrases (LN102), on text written here.

Each test pairs a restatement of one class with the reporting it must leave alone.
"""

from __future__ import annotations

import json

import pytest

import lint_news
from lint_news.config import Config
from lint_news.data import data_file
from lint_news.kinds import restatement


def _found(text: str, *codes: str) -> list[tuple[str, int, int, str]]:
    report = lint_news.lint_text(text, path="a.txt", config=Config(select=codes))
    return [(f.code, f.line, f.column, f.severity.value) for f in report.findings]


def _messages(text: str, code: str) -> list[str]:
    return [f.message for f in lint_news.lint_text(text, path="a.txt", config=Config(select=(code,))).findings]


def _article(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs) + "\n"


@pytest.fixture
def without_paraphrases(monkeypatch):
    """restated-point with an empty paraphrase lexicon, to show what the lexicon adds."""
    monkeypatch.setattr(restatement, "_paraphrases", lambda: ({}, frozenset()))
    restatement._TOKEN_TERMS.clear()
    yield
    restatement._TOKEN_TERMS.clear()


OBITUARY = _article(
    "Orla Fenn, Who Kept the Kestrel Cinema Lit, Dies at 79",
    "Orla Fenn, who ran the Kestrel Cinema on Dock Street for 38 seasons and screened more than 1,400 films, died Sunday at her home in Brantley. She was 79.",
    "She sold tickets herself on opening nights and mended the seats with upholstery thread.",
    "Her daughter, Ines Fenn, said the family would keep the cinema open through the winter.",
    "Fenn, who operated the Kestrel for 38 seasons and showed well over 1,400 films, never missed an opening night.",
)

QUAKE = _article(
    "Quake Rattles Dorrel Valley",
    "A magnitude 3.9 earthquake struck 8 miles north of Dorrel shortly before dawn Friday, the state geological survey reported.",
    "Schools opened on time after crews checked two bridges on Route 5.",
    "The 3.9 quake hit 8 miles north of Dorrel, the survey said.",
)


def test_ran_and_operated_screened_and_showed_are_one_point():
    assert _found(OBITUARY, "LN105") == [("LN105", 9, 1, "warning")]
    assert _messages(OBITUARY, "LN105") == ["This sentence restates the point of line 3: cut it, or say what is new"]


def test_without_quake_and_earthquake_folded_together_the_quake_told_again_is_only_a_hint(without_paraphrases):
    assert _found(QUAKE, "LN105") == [("LN105", 7, 1, "info")]


def test_the_quake_told_again_is_reported():
    assert _found(QUAKE, "LN105") == [("LN105", 7, 1, "warning")]


def test_the_lexicon_ships_in_the_package_and_its_groups_do_not_overlap():
    data = json.loads(data_file("paraphrase.json").read_text(encoding="utf-8"))
    words = [word for group in data["groups"] for word in group.split()]
    assert len(words) == len(set(words))
    fold, hedges = restatement._paraphrases()
    assert fold[restatement._TOKEN_TERMS["operated"][0][0]] == fold[restatement._TOKEN_TERMS["ran"][0][0]]
    assert "well" in hedges


def test_cents_written_out_are_the_same_figure():
    text = _article(
        "Levy Passes in Tarrow",
        "Tarrow voters approved a library levy of $0.30 per $100 of assessed value on Tuesday, 2,210 votes to 1,874.",
        "The library plans to restore Sunday hours in March.",
        "The levy, thirty cents per $100 of assessed value, won 2,210 votes to 1,874.",
    )
    assert _found(text, "LN105") == [("LN105", 7, 1, "warning")]


def test_may_before_a_figure_is_the_month():
    text = _article(
        "New Sirens for Kell County",
        "Kell County will finish installing 28 new storm sirens by May 2027, before the peak of the tornado season, the emergency office said.",
        "The old sirens date from the 1980s.",
        "All 28 sirens should be working by May 2027, ahead of the height of tornado season.",
    )
    assert _found(text, "LN105") == [("LN105", 7, 1, "warning")]


def test_a_source_named_at_the_end_is_no_new_fact():
    # "the Orrin Harbor Authority said" names a source, not a new fact about the closure
    text = _article(
        "Ferry Halted",
        "Ferry service to Gull Island was suspended on Wednesday after inspectors found a cracked rudder on the MV Plover.",
        "About 420 islanders rely on the crossing.",
        "The MV Plover was pulled from service to Gull Island on Wednesday because inspectors found a cracked rudder, the Orrin Harbor Authority said.",
    )
    assert _found(text, "LN105") == [("LN105", 7, 1, "warning")]


def test_a_new_name_that_is_not_a_source_is_still_news():
    text = _article(
        "Ferry Halted",
        "Ferry service to Gull Island was suspended on Wednesday after inspectors found a cracked rudder on the MV Plover.",
        "About 420 islanders rely on the crossing.",
        "The MV Plover was pulled from service to Gull Island on Wednesday because inspectors found a cracked rudder, and the MV Tern will cover the route.",
    )
    assert _found(text, "LN105") == []


def test_an_answer_that_takes_up_its_questions_words_restates_nothing():
    text = _article(
        "Winter Pool Questions",
        "The Marsh Road pool will stay open through the winter for the first time, the parks department said on Monday.",
        "Lifeguards will work in two shifts.",
        "Q. Can the Marsh Road pool heaters run on the new solar panels in winter?",
        "No, the Marsh Road pool heaters cannot run on the solar panels in winter, because the panels cover only the summer load.",
        "Lifeguard training starts in May.",
    )
    assert _found(text, "LN105") == []


RECAP = (
    "Tarrow Council Sets Budget",
    "The Tarrow council adopted a $61.5 million budget on Monday, after a two-hour hearing.",
    "Council member Aldo Brisk voted against it.",
    "The budget pays for nine new firefighters at the Lunn Road station.",
    "Brisk said the city could not afford them.",
    "It also draws $3.2 million from reserves to cover lower sales-tax receipts.",
    "Library hours stay the same, and the pool will open a week earlier in June.",
    "The parks department will also replace the bleachers at Lunn Field.",
)
GATHERING = "Adopted Monday, the $61.5 million budget hires nine firefighters and draws $3.2 million from reserves."


def test_a_sentence_that_gathers_facts_from_across_the_article_is_a_hint_naming_them():
    text = _article(*RECAP, GATHERING)
    assert _found(text, "LN105") == [("LN105", 17, 1, "info")]
    assert _messages(text, "LN105") == ["This sentence restates the point of lines 3-11: cut it, or say what is new"]


def test_a_sentence_that_builds_on_the_paragraphs_just_before_it_is_no_recap_of_them():
    # the same sentence right after the paragraph it builds on: only the two sentences it repeats are named
    text = _article(*RECAP[:6], GATHERING)
    assert _messages(text, "LN105") == ["This sentence restates the point of lines 3 and 11: cut it, or say what is new"]


def test_an_announced_recap_padded_with_its_own_words_is_a_hint():
    text = _article(
        *RECAP,
        "Overall, the council's $61.5 million budget, with its $3.2 million draw from reserves, reflects a careful balancing of "
        "competing priorities in uncertain times for a community that values both prudence and service.",
    )
    assert _found(text, "LN105") == [("LN105", 17, 1, "info")]
    # without its opener the same sentence says too much of its own to be a recap
    assert _found(text.replace("Overall, the council's", "The council's"), "LN105") == []


CLINIC = (
    "Clinic Hours Cut",
    "The Pell Street clinic will close its pharmacy counter on Saturdays from March 1, the county health department said.",
    "Its weekday hours are unchanged.",
)


@pytest.mark.parametrize(
    ("closing", "severity"),
    [
        ("The clinic's pharmacy counter will be shut on Saturdays from March on, with the staff moving to weekday shifts.", "info"),
        ("The clinic's pharmacy counter, in other words, will be shut on Saturdays from March on, with the staff moving to weekday shifts.", "warning"),
    ],
)
def test_in_other_words_inside_the_sentence_announces_a_restatement(closing, severity):
    assert _found(_article(*CLINIC, closing), "LN105") == [("LN105", 7, 1, severity)]


def test_one_telling_figure_and_the_same_words_around_it_is_a_hint():
    text = _article(
        "Court Keeps Rental Cap",
        "A state appeals court on Thursday upheld the ordinance that limits whole-home short-term rentals in Grell to 300 permits.",
        "Owners who sued had argued the cap was arbitrary.",
        "The three-judge ruling keeps the 300-permit limit on whole-home short-term rentals in place.",
    )
    assert _found(text, "LN105") == [("LN105", 7, 1, "info")]


def _keyword_release(uses: int) -> str:
    body = [
        "Here is the release, built around the keyword \"Harlow Creek Trail passes\":",
        "The county parks office has started selling Harlow Creek Trail passes at its Main Street desk.",
        "Hikers can also buy Harlow Creek Trail passes online, and seniors pay half price.",
        "Every Harlow Creek Trail passes purchase supports trail upkeep, the office said.",
        "These Harlow Creek Trail passes are valid for a year from the date of sale.",
        "Parking at the north trailhead remains free.",
    ]
    kept = body[: uses + 1] + body[5:]
    return _article("Trail Passes on Sale", *kept)


def test_a_long_name_with_its_noun_is_a_keyword_from_four_uses_at_its_first_unquoted_use():
    # the quoted mention on line 3 is counted but does not set the place: the first use is line 5
    assert _found(_keyword_release(4), "LN102") == [("LN102", 5, 45, "info")]
    assert _messages(_keyword_release(4), "LN102") == ["'harlow creek trail passes' appears 5 times (62.5 per 1,000 words): vary it or cut the restatements"]


def test_a_long_name_with_its_noun_three_times_is_not_a_keyword():
    assert _found(_keyword_release(2), "LN102") == []


def _long_name_release(uses: int) -> str:
    sentences = [
        "The Orrin Valley Regional Water Authority approved new rates on Monday.",
        "Customers of the Orrin Valley Regional Water Authority will see the change in April.",
        "The board of the Orrin Valley Regional Water Authority voted 6-1.",
        "Bills from the Orrin Valley Regional Water Authority will rise about $4 a month.",
        "The Orrin Valley Regional Water Authority serves about 48,000 households.",
        "A hearing on the Orrin Valley Regional Water Authority budget is set for May 3.",
    ]
    kept = sentences[:uses] + [sentence.replace("the Orrin Valley Regional Water Authority", "the authority") for sentence in sentences[uses:]]
    return _article("Water Rates Rise", *kept)


def test_a_long_name_said_in_full_again_and_again_is_a_keyword():
    assert _found(_long_name_release(6), "LN102") == [("LN102", 3, 5, "info")]


def test_a_long_name_said_in_full_a_few_times_is_who_the_story_is_about():
    assert _found(_long_name_release(3), "LN102") == []


def test_a_sentence_that_gathers_earlier_facts_deep_inside_a_long_article_is_no_recap():
    later = [f"Item {n}: the council also renamed the {street} underpass after a vote of residents." for n, street in enumerate(
        ("Ash Street", "Bell Road", "Cole Avenue", "Dunn Lane", "Elm Row", "Fir Court", "Gray Street", "Holt Road"), start=2)]
    text = _article(*RECAP, GATHERING, *later)
    # only the two sentences it repeats most are named, as for any sentence: no recap of lines 3-11
    assert _messages(text, "LN105") == ["This sentence restates the point of lines 3 and 11: cut it, or say what is new"]


def test_in_other_words_glossing_a_term_late_in_the_sentence_announces_nothing():
    gloss = "The clinic's pharmacy counter will be shut on Saturdays from March on, with the staff moving to what the county calls, in other words, weekday shifts."
    assert _found(_article(*CLINIC, gloss), "LN105") == []
