"""What may stand between a crowd and its verb, and which verbs make a claim (LN707, LN708).

Every sentence is our own. The bad ones put something between the crowd and its verb (an
aside, a second crowd, a place, a relative clause, an adverb) or use a verb of reported
experience, reaction, shifted view or expectation; the quiet ones share those words with
reporting: a named body, a counted or surveyed crowd, a crowd that is an object, an aside
that names someone, a verb that reports an act, an event held on a date.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import HEADLINE, LEAD, at

import lint_news

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def _found(sentence: str) -> tuple[str, list[tuple[str, int, int, str, str]]]:
    text = HEADLINE + LEAD + sentence + "\n"
    report = lint_news.lint_text(text)
    return text, [(f.code, f.line, f.column, f.severity.value, f.excerpt) for f in report.findings if f.family == "unattributed-claim"]


BETWEEN = [
    # an aside between commas, dashes or brackets
    ("Allotment holders, for their part, insist the water charge was never agreed.", "Allotment holders, for their part, insist"),
    ("Many bus drivers — and a few dispatchers — suspect the new routes were drawn on a map, not a street.", "Many bus drivers — and a few dispatchers — suspect"),
    ("Tenants (most of them on short leases) fear the sale will mean higher rents.", "Tenants (most of them on short leases) fear"),
    # a quantified crowd at a named body, and a crowd in a named place
    ("A handful of porters at St. Ives General believe the night shift will be cut.", "A handful of porters at St. Ives General believe"),
    ("Shopkeepers in Lower Marsh complain that the loading bays are always full.", "Shopkeepers in Lower Marsh complain"),
    # two crowds joined, and a list of them
    ("Dog walkers and trail runners have generally welcomed the new footbridge.", "Dog walkers and trail runners have generally welcomed"),
    ("Many joiners, plasterers and roofers expect the permit backlog to last into spring.", "Many joiners, plasterers and roofers expect"),
    # a relative clause or a lower-case phrase after the crowd
    ("Pensioners who rely on the evening bus say the cut leaves them stranded.", "Pensioners who rely on the evening bus say"),
    ("Volunteers on the night patrol are confident the council will pay for lighting.", "Volunteers on the night patrol are confident"),
    # any adverb in -ly between crowd and verb
    ("Parents reportedly fear the merger will close the smaller school.", "Parents reportedly fear"),
]


@pytest.mark.parametrize(("sentence", "needle"), BETWEEN)
def test_what_stands_between_crowd_and_verb_keeps_it_a_claim(sentence, needle):
    text, found = _found(sentence)
    assert [(code, line, column) for code, line, column, *_ in found] == [("LN708", *at(text, needle))]
    assert found[0][3:] == ("info", needle)


VERBS = [
    # a report of experience
    ("Season-ticket holders report that the turnstiles jam on cold mornings.", "Season-ticket holders report"),
    ("Dog owners notice that the park gates are locked earlier each month.", "Dog owners notice"),
    ("Many caravanners have found that the site is half empty by September.", "Many caravanners have found that"),
    # a reaction
    ("Chess club regulars have warmly praised the library's longer hours.", "Chess club regulars have warmly praised"),
    ("Market stallholders decry the new pitch fees as a tax on small traders.", "Market stallholders decry"),
    # a view that has shifted, or a view of something "as"
    ("Crofters have increasingly come to view the wind farm as a source of income.", "Crofters have increasingly come to view"),
    ("Younger voters are beginning to question whether the ring road is needed.", "Younger voters are beginning to question"),
    ("Weekend cyclists see the towpath as the safest route into town.", "Weekend cyclists see the towpath as"),
    # a feeling voiced, a memory, a cause or a demand pinned on the crowd
    ("Season-ticket holders have voiced frustration at the new turnstiles.", "Season-ticket holders have voiced frustration"),
    ("Older allotment holders recall a time when the plots had a waiting list.", "Older allotment holders recall a time"),
    ("Boatyard workers point to the silted channel as the reason for the lost orders.", "Boatyard workers point to"),
    ("Swimmers are calling for a lifeguard at the north beach.", "Swimmers are calling for"),
    ("Many stallholders are up in arms over the new pitch fees.", "Many stallholders are up in arms"),
    # an expectation
    ("Guesthouse owners are banking on a busy Easter to make up the winter losses.", "Guesthouse owners are banking on"),
    # the crowd as the source of a relative clause, in the past tense
    ("The county dropped a levy that smallholders warned would end mixed farming in the hills.", "smallholders warned would"),
]


@pytest.mark.parametrize(("sentence", "needle"), VERBS)
def test_verbs_of_experience_reaction_changed_view_and_expectation_make_a_claim(sentence, needle):
    text, found = _found(sentence)
    assert [(code, line, column) for code, line, column, *_ in found] == [("LN708", *at(text, needle))]


def test_an_adverb_in_ly_is_a_hedge_whatever_it_is():
    text, found = _found("Skaters have grudgingly come to accept that the rink will close for the summer.")
    assert [(code, line, column) for code, line, column, *_ in found] == [("LN708", *at(text, "Skaters have grudgingly come to accept"))]


def test_an_opening_phrase_before_a_comma_is_not_the_crowd_s_count():
    text, found = _found("In 2024, many glaziers say, the orders dried up by June.")
    assert [(code, line, column) for code, line, column, *_ in found] == [("LN708", *at(text, "many glaziers say"))]


@pytest.mark.parametrize(
    "sentence",
    [
        # a named body after an unquantified crowd, and a named relative clause
        "Porters at St. Ives General believe the night shift will be cut.",
        "Pensioners who spoke to the Harlow Gazette say the cut leaves them stranded.",
        # an aside that names someone, or the writer
        "Tenants, Ana Ruiz among them, fear the sale will mean higher rents.",
        "Many chess players, including myself, think the new clock rules are a mistake.",
        # the first of two joined crowds is counted or surveyed
        "A poll of drivers and cyclists found that most want a lower limit.",
        # the crowd is an object: of a preposition, or of a verb of giving
        "Among allotment holders, meanwhile, anger at the charge has grown.",
        "The scheme will give pensioners who rely on the bus a free pass.",
        # a crowd's words run on into another clause
        "There are several joiners in the firm I would trust to lead the job.",
        # verbs of an act, not a view
        "In 23 cases, customers reported scorch marks on the casing.",
        "Night-shift cleaners report to the depot at 10 p.m.",
        "For the under-fives, parents agree to the nasal spray.",
        "Hundreds of fans greeted the team at the station.",
        "Residents come to view the archive every Saturday.",
        # the wire idiom in the past, as the source of a relative clause
        "The board passed a rule that critics said was written for one developer.",
        # a source in the next sentence
        "Crofters have increasingly come to view the wind farm as income. Morag Innes, who keeps 200 sheep on Ardvey, said the lease pays her winter feed bill.",
    ],
)
def test_a_named_counted_or_acting_crowd_stays_quiet(sentence):
    assert _found(sentence)[1] == []


def test_a_source_named_in_an_earlier_clause_does_not_source_a_later_crowd():
    sentence = "The rink sold 9,000 passes last winter, its manager Dale Orr said, and plenty of skaters credit it with keeping the town busy."
    text, found = _found(sentence)
    assert [(code, line, column) for code, line, column, *_ in found] == [("LN708", *at(text, "plenty of skaters credit"))]
    # the clause that names its source is still sourced, and a lead's phrase may be a verb's object
    assert _found("Fitting the kiosk in was hard, but Tomas Berg says shoppers have welcomed its design.")[1] == []
    assert _found("A report by the Harlow Trust blamed high rents, and worries among younger tenants that leases will not be renewed.")[1] == []


def test_an_event_held_on_a_date_is_not_a_view_held_by_nobody():
    assert _found("Correction: the hearing was moved. It was held on March 4, not March 14.")[1] == []
    assert _found("It was argued before the appeals court in May.")[1] == []
    text, found = _found("It is widely held that the old pier cannot be saved.")
    assert [(code, line, column) for code, line, column, *_ in found] == [("LN704", *at(text, "It is widely held"))]


def test_the_ferry_fixtures_are_found_where_planted_and_clean_stays_quiet():
    padded = FIXTURES / "padded" / "claims-03-ferry-timetable.txt"
    planted = json.loads(padded.with_name(padded.stem + ".expected.json").read_text("utf-8"))["findings"]
    lines = padded.read_text("utf-8").split("\n")
    expected = sorted((e["line"], lines[e["line"] - 1].index(e["match"]) + 1, "LN707") for e in planted)
    found = sorted((f.line, f.column, f.code) for f in lint_news.lint_path(padded).findings if f.family == "unattributed-claim")
    assert found == expected
    clean = FIXTURES / "clean" / "claims-04-ferry-crews.txt"
    assert lint_news.lint_path(clean).findings == []
