"""The wording model of the substance score: shapes, reasons, length, the cap on quotations, the extra."""

from __future__ import annotations

import re
import subprocess
import sys
from importlib import metadata

import pytest
from conftest import CLEAN_FIXTURES, PADDED_FIXTURES

import lint_news
from lint_news.readers import read_document
from lint_news.substance import document_features
from lint_news.substance.lexical import shape_sentences, readable
from lint_news.substance.model import WORDING, default_model


def _shapes(*sentences: str) -> list[list[str]]:
    return [list(tokens) for tokens in shape_sentences(sentences).sentences]


def test_names_figures_and_dates_become_their_shape():
    assert _shapes("Mayor Jane Okafor told the BBC on Monday that 1,200 homes, 4% of the total, flooded in 2023.") == [
        ["<s>", "mayor", "NAME", "told", "the", "NAME", "on", "DATE", "that", "NUM", "homes", "NUM", "of", "the", "total", "flooded", "in", "YEAR"]
    ]
    # outlets in lower case (handles, addresses) and capitalised openers that are names
    assert _shapes("Okafor spoke to cnn and reuters.") == [["<s>", "NAME", "spoke", "to", "NAME", "and", "NAME"]]
    # a capitalised opener that news text uses in lower case stays a word; one it never does is a name
    assert _shapes("However, rivers rose.", "Okafor left.") == [["<s>", "however", "rivers", "rose"], ["<s>", "NAME", "left"]]
    # so does one that the article itself uses in lower case
    assert _shapes("Zorbing is new.", "They tried zorbing.") == [["<s>", "zorbing", "is", "new"], ["<s>", "they", "tried", "zorbing"]]
    # "may" and "march" are dates only when capitalised inside a sentence
    assert _shapes("Crowds may march in May.") == [["<s>", "crowds", "may", "march", "in", "DATE"]]


def test_readable_ngrams_show_shapes_never_names():
    assert readable("<s> however") == "However"
    assert readable("said NAME") == "said [name]"
    assert readable("NUM per") == "[number] per"
    assert readable("<s> NAME") == "[name]"


def _article(body: str) -> str:
    return "Flood Defences Fail in Riverside\n\n" + body


def test_no_reason_names_an_outlet_or_a_person():
    body = " ".join(
        [
            "Mayor Jane Okafor told BBC News on Monday that 1,200 homes flooded.",
            "\u201cWe were not ready,\u201d Okafor told the BBC, adding that pumps failed at 3am.",
            "(CNN) Residents said the river rose 2 metres in an hour, according to the Environment Agency.",
        ]
        * 8
    )
    substance = lint_news.lint_text(_article(body)).files[0].substance
    texts = " ".join(reason.text.lower() for reason in substance.reasons)
    assert not re.search(r"\b(?:bbc|cnn|okafor|jane|environment agency)\b", texts), texts


def test_the_wording_reason_quotes_only_ngrams_of_the_article():
    model = default_model()
    for path in [*CLEAN_FIXTURES, *PADDED_FIXTURES]:
        document = read_document(path.read_bytes().decode("utf-8-sig"), path.name)
        features = document_features(document)
        substance = model.score(features)
        for reason in substance.reasons or ():
            if reason.feature != WORDING:
                continue
            readable_ngrams = {readable(ngram) for ngram in features.ngrams}
            quoted = re.findall(r"'([^']+)'", reason.text.partition(": ")[2])
            assert quoted and set(quoted) <= readable_ngrams, (path.name, reason.text)


def test_a_generated_article_is_told_which_wording_gave_it_away(seed_article):
    substance = lint_news.lint_path(seed_article).files[0].substance
    wording = [reason for reason in substance.reasons if reason.feature == WORDING]
    assert wording and wording[0].effect < 0
    assert wording[0].text.startswith("wording typical of generated news: '")


def _long_clean_fixtures():
    return [path for path in CLEAN_FIXTURES if path.suffix == ".txt" and len(path.read_bytes().split()) >= 300]


@pytest.mark.parametrize("path", _long_clean_fixtures(), ids=lambda p: p.name)
def test_a_clean_article_cut_to_its_first_200_words_keeps_its_band(path):
    text = path.read_bytes().decode("utf-8-sig")
    headline, _, body = text.replace("\r\n", "\n").partition("\n")
    full = lint_news.lint_text(text).files[0].substance
    cut = lint_news.lint_text(headline + "\n\n" + " ".join(body.split()[:200]) + "\n").files[0].substance
    assert full.band == cut.band == "high", (full.score, cut.score)


def test_a_quoted_mention_that_is_still_reported_does_not_floor_a_clean_article():
    clean = CLEAN_FIXTURES[0].read_bytes().decode("utf-8-sig").replace("\r\n", "\n")
    headline, _, body = clean.partition("\n")
    quoted = "\u201cAs an AI language model, I cannot verify the tenant\u2019s payment history.\u201d"
    text = f"{headline}\n\n{quoted}\n{body}"
    report = lint_news.lint_text(text).files[0]
    assert ("LN902", 3) in [(finding.code, finding.line) for finding in report.findings]  # still reported: a whole quoted paragraph
    assert report.substance.score >= 80, report.substance
    # the same words unquoted are the writer's own, and cap the score
    unquoted = lint_news.lint_text(f"{headline}\n\n{quoted[1:-1]}\n{body}").files[0].substance
    assert unquoted.score < report.substance.score
    assert unquoted.reasons[0].feature == "defect_density_per_1k_words"


def test_a_plain_install_needs_no_scikit_learn():
    # numpy is a dependency (lint-news scan signs passages with it), but linting never imports it
    requirements = metadata.requires("lint-news") or []
    scikit = [requirement for requirement in requirements if requirement.lower().startswith(("scikit-learn", "scipy"))]
    assert scikit and all("extra ==" in requirement for requirement in scikit), scikit
    assert any('extra == "train"' in requirement for requirement in scikit)


def test_train_without_the_extra_is_a_one_line_error(tmp_path):
    code = (
        "import sys\n"
        "sys.modules['sklearn'] = None\n"  # what an install without lint-news[train] sees
        "from lint_news.cli import main\n"
        f"sys.argv = ['lint-news', 'train', '--corpus', {str(CLEAN_FIXTURES[0])!r}, '--out', {str(tmp_path / 'm.json')!r}]\n"
        "main()\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "pip install 'lint-news[train]'" in lines[0], result.stderr
    assert not (tmp_path / "m.json").exists()
