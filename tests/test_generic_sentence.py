"""The generic-sentence kind (LN628): generated-news vocabulary in a sentence that states no fact."""

from __future__ import annotations

import json
import sys
from importlib import resources

import pytest
from conftest import HEADLINE, LEAD, REPO, at, positions

import lint_news
from lint_news.kinds.generic import GenericOptions, features, has_fact, load_lexicon, score
from lint_news.kinds import builtin_kinds
from lint_news.rules import PackError, load_pack

GENERIC = "These efforts highlight the importance of ensuring transparency and addressing the potential challenges individuals face."


def ln628(text: str, path: str = "a.txt") -> list:
    return [f for f in lint_news.lint_text(text, path=path).findings if f.code == "LN628"]


def test_a_generic_sentence_mid_paragraph_is_reported_from_its_first_character():
    text = HEADLINE + LEAD + "The clinic reopened on Monday. " + GENERIC + "\n"
    findings = ln628(text)
    assert positions(findings) == [("LN628", *at(text, "These efforts"))]
    assert findings[0].end_column == at(text, "face.")[1] + len("face.")
    assert findings[0].severity.value == "info"
    assert "individuals" in findings[0].message


@pytest.mark.parametrize(
    "fact",
    [
        GENERIC.replace("individuals face", "412 individuals face"),  # a number
        GENERIC.replace("individuals face", "individuals in Dunmore face"),  # a name
        GENERIC.replace("transparency", "“transparency”"),  # a quotation mark
    ],
    ids=["number", "name", "quote"],
)
def test_a_sentence_with_a_fact_is_never_reported(fact):
    assert ln628(HEADLINE + LEAD + fact + "\n") == []


def test_inside_a_long_quote_only_a_named_speaker_exempts_the_sentence():
    # the middle sentence of a three-sentence quotation has no quotation mark of its own
    quote = f'"We reopened on Monday. {GENERIC} We will need more nurses."'
    named = HEADLINE + LEAD + quote + " said Rosa Delgado, the clinic director.\n"
    assert ln628(named) == []
    unattributed = HEADLINE + LEAD + "A flyer on the door read: " + quote + "\n"
    assert positions(ln628(unattributed)) == [("LN628", *at(unattributed, "These efforts"))]


@pytest.mark.parametrize(
    "sentence",
    [
        "Police have opened an investigation into the incident and urged the public to come forward.",
        "The board said it would focus on repairs first and decide on the new roof later in the year.",
        "Residents were told to boil their water until further notice, and most shops stayed closed.",
    ],
)
def test_ordinary_reporting_without_a_fact_stays_quiet(sentence):
    assert not has_fact(sentence)
    assert ln628(HEADLINE + LEAD + sentence + "\n") == []


def test_headings_are_not_read():
    text = "# Clinic\n\nThe clinic reopened on Monday.\n\n## " + GENERIC.rstrip(".") + "\n\nIt has 12 beds.\n"
    assert ln628(text, path="a.md") == []


def test_has_fact():
    assert has_fact("The bridge will close for 3 weeks.")
    assert has_fact("The plan was welcomed by the Port Authority.")
    assert not has_fact("Some say the plan is overdue, and I agree with them.")


def test_score_counts_each_word_and_pair_once():
    weights = {"potential": 2.0, "the potential": 1.0, "challenges": 1.5}
    total, found = score("The potential challenges and the potential costs, and more challenges.", weights)
    assert total == pytest.approx(4.5)
    assert found == ["potential", "challenges", "the potential"]
    assert "the potential" in features("The potential of it")


def test_shipped_lexicon_is_style_vocabulary_only():
    sys.path.insert(0, str(REPO / "bench"))
    try:
        import generic_lexicon
    finally:
        sys.path.remove(str(REPO / "bench"))
    data = json.loads(resources.files("lint_news.data").joinpath("generic_lexicon.json").read_text("utf-8"))
    weights = data["weights"]
    assert 30 <= len(weights) <= 1000
    for feature, weight in weights.items():
        assert feature == feature.lower() and not any(c.isdigit() for c in feature), feature
        assert 1 <= len(feature.split()) <= 2, feature
        assert weight >= data["min_log_odds"], feature
        assert feature not in generic_lexicon.OTHER_FAMILIES | generic_lexicon.SUBJECT_WORDS, feature
    assert load_lexicon("generic_lexicon.json") == pytest.approx(weights)


@pytest.mark.parametrize(
    ("options", "error"),
    [
        ("threshold = 0.0", "threshold"),
        ('lexicon = "no_such_lexicon.json"', "no_such_lexicon.json"),
        ("min-words = 50", "min-words"),
        ('scopes = ["sidebar"]', "sidebar"),
    ],
)
def test_bad_options_are_pack_errors(tmp_path, options, error):
    pack = tmp_path / "house.toml"
    pack.write_text(
        '[pack]\nname = "house"\ndescription = "d"\n\n[[rule]]\ncode = "HS101"\nname = "generic"\nfamily = "filler"\n'
        'severity = "info"\nkind = "generic-sentence"\nmessage = "m"\nsummary = "s"\nwhy = "w"\nbad = "b"\ngood = "g"\n'
        f"options = {{ {options} }}\n",
        encoding="utf-8",
    )
    with pytest.raises(PackError, match=error):
        load_pack(pack, builtin_kinds())


def test_default_options_load():
    assert GenericOptions().threshold == 8.0


# closing-exhortation (LN632): a rallying call to the reader at the end, with no fact in it

_BODY = "Harlow trails reopen\n\nThe Harlow parks board reopened 14 miles of trail on Tuesday after a 3-month closure.\n\nCrews rebuilt two bridges, the board said.\n\n"


def _exhortations(text: str) -> list[tuple[str, int, int, str]]:
    from lint_news.config import Config

    report = lint_news.lint_text(text, config=Config(select=("LN632",)))
    return [(f.code, f.line, f.column, f.severity.value) for f in report.findings]


@pytest.mark.parametrize(
    "closing",
    [
        "So pack a lunch, head for the hills and make some memories out there.",
        "Stay safe out there, and keep an eye on your neighbours.",
        "With a little patience and some good boots, we can all enjoy the woods again.",
    ],
)
def test_a_fact_free_rallying_call_at_the_end_is_a_hint(closing):
    text = _BODY + closing + "\n"
    assert _exhortations(text) == [("LN632", *at(text, closing), "info")]


@pytest.mark.parametrize(
    "closing",
    [
        "Visit the Elm Street trailhead on Saturday; parking costs $5.",  # a place, a day and a figure
        "Check the Harlow Parks Department website for closures before you go.",  # an institution named
        '"Stay on the marked paths," said ranger Ana Ruiz.',  # a named speaker's quote
        "The board meets again next month to discuss the remaining trails.",  # reporting, no call to the reader
    ],
)
def test_service_copy_with_a_fact_and_plain_reporting_stay_quiet(closing):
    assert _exhortations(_BODY + closing + "\n") == []


def test_a_rallying_call_before_the_last_two_paragraphs_is_left_alone():
    text = _BODY.replace("Crews rebuilt", "So pack a lunch and head for the hills.\n\nCrews rebuilt") + "The board meets again in June.\n\nRepairs cost $80,000, the board said.\n"
    assert _exhortations(text) == []


def test_closing_exhortation_needs_a_pattern():
    from lint_news.kinds.generic import ExhortationOptions

    with pytest.raises(ValueError, match="openers"):
        ExhortationOptions()
