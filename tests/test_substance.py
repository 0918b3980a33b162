"""The substance score: ordering on fixtures, abstention, layout blindness, the model file, training."""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest
from conftest import CLEAN_FIXTURES, PADDED_FIXTURES, run_cli

import lint_news
from lint_news.readers import read_document
from lint_news.substance import document_features
from lint_news.substance.model import FORMAT, Model, ModelError, default_model


def _score(path) -> float:
    return lint_news.lint_path(path).files[0].substance.score


def _substance_label(path) -> str:
    """A padded fixture's sidecar says "medium" when its defects sit in real reporting (names,
    figures, dates): one restated point does not empty an article, so its score may stay high."""
    return json.loads(path.with_name(path.stem + ".expected.json").read_text("utf-8")).get("substance", "low")


def test_clean_fixtures_score_high_and_padded_low():
    clean = [_score(path) for path in CLEAN_FIXTURES]
    padded = [_score(path) for path in PADDED_FIXTURES if _substance_label(path) == "low"]
    assert len(padded) >= len(PADDED_FIXTURES) - 3  # "medium" stays the exception
    assert min(clean) > 60, clean
    assert max(padded) < 40, padded
    assert min(clean) > max(padded)


def test_seed_article_scores_below_25(seed_article):
    substance = lint_news.lint_path(seed_article).files[0].substance
    assert substance.score < 25 and substance.band == "low"
    assert 3 <= len(substance.reasons) <= 5
    assert all(reason.effect < 0 for reason in substance.reasons[:3])


def test_short_texts_are_not_judged():
    model = default_model()
    short = " ".join(["The council met on Monday and voted 5-2 on the budget, the clerk said."] * 6)
    substance = lint_news.lint_text(f"Council Votes\n\n{short}\n").files[0].substance
    assert substance.score is None and substance.band is None
    assert substance.reasons[0].text == f"too short to judge: {6 * 13} words (the score needs {model.min_words})"  # figures are not words
    longer = lint_news.lint_text(f"Council Votes\n\n{short} {short}\n").files[0].substance
    assert longer.score is not None


@pytest.mark.parametrize("path", [p for p in CLEAN_FIXTURES + PADDED_FIXTURES if p.suffix == ".txt"], ids=lambda p: p.name)
def test_layout_is_nearly_invisible_to_the_model(path):
    """The same article as paragraphs and as one line: same words, nearly the same log-odds.

    The corpus's human articles are often one line and its AI ones paragraphs;
    the model must not be able to tell them apart by that. What remains is a
    subhead read as part of the next sentence, or a quote's speaker found
    across a paragraph break.
    """
    text = path.read_bytes().decode("utf-8-sig")
    headline, _, body = text.replace("\r\n", "\n").partition("\n")
    paragraphs = document_features(read_document(text, "a.txt"))
    one_line = document_features(read_document(headline + "\n\n" + " ".join(body.split()), "a.txt"))
    assert paragraphs.words == one_line.words
    model = default_model()
    assert abs(sum(model.contributions(paragraphs)) - sum(model.contributions(one_line))) < 0.5


def test_scoring_needs_neither_scikit_learn_nor_textstat():
    article = CLEAN_FIXTURES[0]
    code = (
        "import sys, lint_news\n"
        f"report = lint_news.lint_path({str(article)!r})\n"
        "assert report.files[0].substance.score > 60\n"
        "print(sorted(m for m in ('sklearn', 'textstat', 'scipy', 'numpy', 'tqdm') if m in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_shipped_model_file():
    from importlib import resources

    from lint_news.substance.model import WORDING

    resource = resources.files("lint_news.data").joinpath("substance_model.json")
    raw = resource.read_bytes()
    assert len(raw) <= 1024 * 1024
    data = json.loads(raw)
    assert data["format"] == FORMAT
    assert data["features"][-1] == WORDING
    ngrams = data["wording"]["ngrams"]
    assert 1000 <= len(ngrams) <= 4000
    # shaped: no outlet and no capitalised name among the learned n-grams
    assert not [ngram for ngram in ngrams if re.search(r"\b(?:bbc|cnn|reuters)\b", ngram) or re.search(r"[A-Z][a-z]", ngram)]
    evaluation = data["training"]["evaluation"]
    assert evaluation["leave_one_source_out"]["auroc"] >= 0.97
    assert evaluation["leave_one_source_out"]["ai_caught_at_5pct_human_flagged"] >= 0.85
    assert set(evaluation["leave_one_family_out"]) >= {"openai", "mistral", "anthropic", "llama"}
    assert evaluation["length"]["cut_auroc"] >= 0.95
    with pytest.raises(ModelError, match="not a lint-news substance model"):
        Model.from_dict({**data, "format": "pickle"})
    with pytest.raises(ModelError, match="features this version does not compute"):
        Model.from_dict({**data, "features": ["mystery", *data["features"][1:]]})
    with pytest.raises(ModelError, match="missing 'wording'"):
        Model.from_dict({key: value for key, value in data.items() if key != "wording"})


def test_min_substance_fails_low_files_only():
    clean, padded = str(CLEAN_FIXTURES[0]), str(PADDED_FIXTURES[5])
    assert run_cli("check", "--fail-on", "never", "--min-substance", "50", clean).code == 0
    assert run_cli("check", "--fail-on", "never", "--min-substance", "50", padded).code == 1


def test_json_substance_object():
    data = run_cli("check", "--format", "json", str(CLEAN_FIXTURES[0])).json
    substance = data["files"][0]["substance"]
    assert substance["band"] == "high" and 60 < substance["score"] <= 100
    assert 1 <= len(substance["reasons"]) <= 5
    assert set(substance["reasons"][0]) == {"feature", "value", "effect", "text"}


def test_score_command():
    result = run_cli("score", str(CLEAN_FIXTURES[0]), str(PADDED_FIXTURES[2]))
    assert result.code == 0
    lines = result.stdout.splitlines()
    headers = [line for line in lines if not line.startswith("  ")]
    assert headers[0].startswith(f"{CLEAN_FIXTURES[0]}: substance ") and headers[0].endswith("(high)")
    assert headers[1].startswith(f"{PADDED_FIXTURES[2]}: substance ") and headers[1].endswith("(low)")
    assert all(line.startswith(("  + ", "  - ")) for line in lines if line.startswith("  "))
    rows = json.loads(run_cli("score", "--format", "json", str(CLEAN_FIXTURES[0])).stdout)
    assert rows[0]["substance"]["band"] == "high" and rows[0]["error"] is None
    assert run_cli("score", "/nonexistent/story.md").code == 2


def _tiny_corpus(path):
    with path.open("w", encoding="utf-8") as out:
        for label, paths in (("human", CLEAN_FIXTURES), ("ai", PADDED_FIXTURES)):
            for index, fixture in enumerate(paths):
                source = f"{fixture.suffix[1:]}-{label}" if index % 2 else f"mixed-{fixture.suffix[1:]}"
                row = {"id": f"{source}:{fixture.stem}:{label}", "source": source, "label": label, "generator": None, "title": "", "text": fixture.read_bytes().decode("utf-8-sig")}
                out.write(json.dumps(row) + "\n")


def test_training_is_reproducible_and_writes_json(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    _tiny_corpus(corpus)
    first, second = tmp_path / "one.json", tmp_path / "two.json"
    for out in (first, second):
        result = run_cli("train", "--corpus", str(corpus), "--out", str(out), "--seed", "7")
        assert result.code == 0, result.stderr
        assert "grouped 5-fold CV AUROC" in result.stdout and "leave-one-source-out" in result.stdout
    assert first.read_bytes() == second.read_bytes()
    model = Model.from_dict(json.loads(first.read_text()))
    assert model.metadata["seed"] == 7 and model.metadata["articles"] == len(CLEAN_FIXTURES) + len(PADDED_FIXTURES)
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "a:b:c", "source": "a", "label": "robot", "text": "x"}\n')
    refused = run_cli("train", "--corpus", str(bad), "--out", str(tmp_path / "x.json"))
    assert refused.code == 2 and "label must be 'human' or 'ai'" in refused.stderr


def test_the_lower_cased_scan_counts_what_the_case_insensitive_one_does(monkeypatch):
    # features.compute scans lower-cased text with case-sensitive expressions (faster) unless the
    # text holds a character IGNORECASE folds apart from lower(); forcing the slow path everywhere
    # must give the same features on every fixture.
    from lint_news.substance import features

    texts = [path.read_text(encoding="utf-8-sig") for path in [*CLEAN_FIXTURES, *PADDED_FIXTURES]]
    texts.append("Budget Vote\n\nThe ſtate SAID on Tuesday it'S ready. İt WAS, ſaid the clerk. Don'T wait.\n")
    fast = [document_features(read_document(text, "a.txt")).values for text in texts]
    monkeypatch.setattr(features, "_FOLDS_APART", (" ",))  # every text holds a space: the original expressions
    slow = [document_features(read_document(text, "a.txt")).values for text in texts]
    assert fast == slow


_COUNTER_TEXTS = [
    "on monday, january 5, 2024 and jan. 9; mondays, 20245, x2019, 1999s, today's tonight_ 1912 2020",
    "it's what's there's he's don't can't i'm we'd you'll they've 'twas o'clock rock'n'roll ’tis isn’t",
    "sept september septa dec. december decimal oct octopus 19 2 20 199 2000-2001 19th",
]


def test_the_hand_written_date_and_contraction_counts_are_the_expressions_counts():
    from lint_news.substance import features

    texts = _COUNTER_TEXTS + [path.read_text(encoding="utf-8-sig").lower() for path in CLEAN_FIXTURES + PADDED_FIXTURES]
    for text in texts:
        assert features._count_lower_dates(text) == len(features._DATE.findall(text)), text[:60]
        assert features._count_contractions(text, features._LOWER_CONTRACTION) == len(features._LOWER_CONTRACTION.findall(text)), text[:60]
    assert features._count_lower_dates(_COUNTER_TEXTS[0]) == 7
