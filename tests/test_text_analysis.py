"""Sentences (Punkt with shipped parameters) and direct quotations with their speakers."""

from __future__ import annotations

import subprocess
import sys

import pytest

from lint_news.readers import read_document
from lint_news.segment import split_text


def test_sentences_respect_newsroom_abbreviations():
    text = 'Mr. Smith flew to Washington, D.C. on Monday. The U.S. economy grew 2.5 percent, Gov. Ruiz said. "We are done," said Dr. Ana Ruiz. The vote was 5-4.'
    assert [text[a:b] for a, b in split_text(text)] == [
        "Mr. Smith flew to Washington, D.C. on Monday.",
        "The U.S. economy grew 2.5 percent, Gov. Ruiz said.",
        '"We are done," said Dr. Ana Ruiz.',
        "The vote was 5-4.",
    ]


def test_document_sentences_point_into_blocks():
    document = read_document("Vote Set\n\nThe board met. It voted 5-2.\n\nKey Facts\n", "a.txt")
    assert [s.text for s in document.sentences] == ["Vote Set", "The board met.", "It voted 5-2.", "Key Facts"]


def test_segmenting_needs_no_download_and_no_heavy_imports():
    """Punkt parameters ship in the package; nltk's package init (SciPy) and scikit-learn stay unloaded."""
    code = (
        "import sys\n"
        "import lint_news\n"
        "r = lint_news.lint_text('Vote Set\\n\\nMr. Smith met Gov. Ruiz. They agreed.\\n', 'a.txt')\n"
        "from lint_news.segment import split_text\n"
        "assert len(split_text('Mr. Smith met Gov. Ruiz. They agreed.')) == 2\n"
        "heavy = [m for m in ('scipy', 'sklearn', 'textstat', 'nltk.corpus', 'nltk.downloader') if m in sys.modules]\n"
        "print(heavy)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env={"NLTK_DATA": "/nonexistent", "PATH": ""})
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_full_nltk_import_still_works_after_the_light_import():
    code = "from lint_news.segment import split_text; split_text('A b. C d.'); import nltk; from nltk.tokenize import word_tokenize; print(nltk.tokenize.punkt.PunktSentenceTokenizer.__name__)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout.strip() == "PunktSentenceTokenizer", result.stderr


@pytest.mark.parametrize(
    ("text", "quoted", "speaker"),
    [
        ('"As an AI language model, I cannot help," said Dana Whitfield, the district\'s technology director.', "As an AI language model, I cannot help,", "Dana Whitfield"),
        ('Whitfield said: "Experts say the levee will hold."', "Experts say the levee will hold.", "Whitfield"),
        ("“We are done,” she said.", "We are done,", "she"),
        ('According to the Finance Ministry, "the figures are final."', "the figures are final.", "the Finance Ministry"),
        ('According to the ministry, "the figures are final."', "the figures are final.", None),  # a bare body names nobody
        ('"It is important to note that we followed procedure," Police Chief Mara Lindqvist told reporters.', "It is important to note that we followed procedure,", "Police Chief Mara Lindqvist"),
        ('Experts say "this is bad" for the town.', "this is bad", None),
        ('"Critics argue," critics argue.', "Critics argue,", None),
        ("The summary notes that the council “will revisit the budget in June.”", "will revisit the budget in June.", None),
        ("The mayor called it a “historic day” for the city.", "historic day", None),
    ],
)
def test_quotations_and_speakers(text, quoted, speaker):
    document = read_document("Headline Here\n\n" + text + "\n", "a.txt")
    assert [(q.text, q.speaker) for q in document.quotations] == [(quoted, speaker)]
