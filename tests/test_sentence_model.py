"""The sentence-model kind (LN633 learned-filler): sentences a model learned from annotated articles scores as a family."""

from __future__ import annotations

import json
import math

import pytest
from conftest import HEADLINE, LEAD, at, positions

import lint_news
from lint_news.config import Config
from lint_news.kinds import builtin_kinds
from lint_news.kinds.sentence_model import SentenceModel, SentenceModelOptions, features, load_model, masked_words
from lint_news.rules import PackError, load_pack

FILLER = "The new ferry terminal stands as a powerful symbol of what a community can achieve when it comes together."


def learned(text: str, path: str = "a.txt") -> list:
    report = lint_news.lint_text(text, path=path, config=Config(select=("LN633",)))
    return report.findings


def test_a_filler_sentence_mid_paragraph_is_reported_from_its_first_character():
    text = HEADLINE + LEAD + "The terminal opened on Monday. " + FILLER + "\n"
    findings = learned(text)
    assert positions(findings) == [("LN633", *at(text, "The new ferry"))]
    assert findings[0].family == "filler" and findings[0].severity.value == "info"
    assert findings[0].end_column == at(text, "together.")[1] + len("together.")
    assert "'stands" in findings[0].message or "'community'" in findings[0].message


@pytest.mark.parametrize(
    "sentence",
    [
        "The council voted 7-2 on Tuesday to close the Elm Street pool, citing repair costs of $1.2 million.",
        "Police said the driver, 34, was taken to hospital with minor injuries after the crash on Route 9.",
        "The school board will meet again on March 3 to discuss the budget, a spokesperson said.",
        "Residents were told to boil their water until further notice, and most shops stayed closed.",
        "The report's summary notes that 41 of the 60 units were inspected, according to the court filing.",
    ],
)
def test_reporting_stays_quiet(sentence):
    assert learned(HEADLINE + LEAD + sentence + "\n") == []


def test_a_named_speakers_quote_and_a_quoted_example_are_left_alone():
    quoted = HEADLINE + LEAD + f'"{FILLER}" said Mayor Ana Ruiz at the opening.\n'
    assert learned(quoted) == []
    mention = HEADLINE + LEAD + f'Critics mocked the brochure, which claimed that "{FILLER[:-1]}" in bold type.\n'
    assert learned(mention) == []


def test_headings_and_the_headline_are_not_read():
    text = "# " + FILLER.rstrip(".") + "\n\nThe terminal opened on Monday with 12 berths.\n"
    assert learned(text, path="a.md") == []


def test_names_and_numbers_are_masked_and_the_opening_is_a_feature():
    assert masked_words("Mayor Ana Ruiz said 1,200 people came") == ["mayor", "N", "N", "said", "0", "people", "came"]
    found = features("As the town looks ahead")
    assert {"^as the", "as the", "looks ahead", "town"} <= found
    # the same sentence about other people and figures is the same sentence to the model
    assert features("The mayor, Ruiz, said 40 came.") == features("The mayor, Delgado, said 7,000 came.")


def test_probability_is_the_logistic_of_bias_plus_weights_of_distinct_features():
    model = SentenceModel(bias=-1.0, weights={"stands": 2.0, "stands as": 1.0, "0": -3.0}, threshold=0.5)
    assert model.probability("It stands as it stands as ever.") == pytest.approx(1 / (1 + math.exp(-2.0)))
    assert model.strongest("It stands as it stands as ever.") == ["stands", "stands as"]
    assert model.probability("It stands at 40.") == pytest.approx(1 / (1 + math.exp(2.0)))  # -1 + 2 - 3


def test_the_shipped_model_is_a_small_masked_table():
    model = load_model("filler_model.json")
    assert 500 <= len(model.weights) <= 10_000
    for feature in model.weights:
        assert feature == feature.lower() or "N" in feature.split() or feature.startswith("^"), feature
        assert len(feature.lstrip("^").split()) <= 2, feature
        assert not any(character.isdigit() and character != "0" for character in feature), feature


def _pack(tmp_path, options: str):
    pack = tmp_path / "house.toml"
    pack.write_text(
        '[pack]\nname = "house"\ndescription = "d"\n\n[[rule]]\ncode = "HS101"\nname = "learned"\nfamily = "filler"\n'
        'severity = "info"\nkind = "sentence-model"\nmessage = "m"\nsummary = "s"\nwhy = "w"\nbad = "b"\ngood = "g"\n'
        f"options = {{ {options} }}\n",
        encoding="utf-8",
    )
    return pack


@pytest.mark.parametrize(
    ("options", "error"),
    [
        ("threshold = 0.5", "model"),
        ('model = "no_such_model.json"', "no_such_model.json"),
        ('model = "filler_model.json", threshold = 1.5', "threshold"),
        ('model = "common_terms.json"', "bias"),
        ('model = "filler_model.json", min-words = 90', "min-words"),
        ('model = "generic_lexicon.json"', "bias"),  # a lexicon is not a model
    ],
)
def test_bad_options_are_pack_errors(tmp_path, options, error):
    with pytest.raises(PackError, match=error):
        load_pack(_pack(tmp_path, options), builtin_kinds())


def test_the_threshold_is_the_models_own_unless_a_rule_sets_one(tmp_path):
    from lint_news.data import data_file

    assert load_model("filler_model.json").threshold == json.loads(data_file("filler_model.json").read_text(encoding="utf-8"))["threshold"]
    text = HEADLINE + LEAD + FILLER + "\n"
    probability = load_model("filler_model.json").probability(FILLER)
    assert probability >= load_model("filler_model.json").threshold
    assert [f.code for f in learned(text)] == ["LN633"]
    stricter = Config(select=("LN633",), rule_options=(("LN633", (("threshold", (probability + 1) / 2),)),))
    assert lint_news.lint_text(text, config=stricter).findings == []


def test_a_learned_finding_defers_to_a_written_rule_of_its_family_on_the_same_sentence():
    sentence = "The new ferry terminal stands as a testament to what a community can achieve when it comes together."
    text = HEADLINE + LEAD + sentence + "\n"
    # alone, the model reports the sentence; with the stock-phrase rules on, the phrase they name is the finding
    assert [(f.code, f.column) for f in lint_news.lint_text(text, config=Config(select=("LN633",))).findings] == [("LN633", 1)]
    assert [(f.code, f.line, f.column) for f in lint_news.lint_text(text).findings if f.family == "filler"] == [("LN606", 5, at(text, "stands as a testament")[1])]


def test_defer_to_family_is_an_option_every_rule_takes(tmp_path):
    pack = tmp_path / "house.toml"
    rule = '[[rule]]\ncode = "{code}"\nname = "{name}"\nfamily = "filler"\nseverity = "info"\nkind = "pattern"\nmessage = "m"\nsummary = "s"\nwhy = "w"\nbad = "b"\ngood = "g"\n'
    pack.write_text(
        '[pack]\nname = "house"\ndescription = "d"\n\n'
        + rule.format(code="HS101", name="whole-sentence") + "options = { patterns = ['pier reopened on Friday[^.]*'], defer-to-family = true }\n\n"
        + rule.format(code="HS102", name="phrase") + "options = { patterns = ['to great fanfare'] }\n",
        encoding="utf-8",
    )
    config = Config(select=("HS1",), rule_packs=(pack,))
    both = HEADLINE + LEAD + "The pier reopened on Friday to great fanfare.\n"
    assert [f.code for f in lint_news.lint_text(both, config=config).findings] == ["HS102"]
    alone = HEADLINE + LEAD + "The pier reopened on Friday after repairs.\n"
    assert [f.code for f in lint_news.lint_text(alone, config=config).findings] == ["HS101"]
