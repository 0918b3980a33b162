"""The written fixtures: padded articles light up where their sidecars say; clean ones stay dark.

Each article in fixtures/ has a sidecar ``STEM.expected.json`` listing the
defects planted in it (family, line, and the matched text for phrase defects).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import lint_news
from conftest import FIXTURES

CLEAN = sorted(p for p in (FIXTURES / "clean").iterdir() if p.suffix in (".txt", ".md", ".html"))
PADDED = sorted(p for p in (FIXTURES / "padded").iterdir() if p.suffix in (".txt", ".md", ".html"))


def _expected(path: Path) -> list[dict]:
    return json.loads(path.with_name(path.stem + ".expected.json").read_text("utf-8"))["findings"]


def _text(path: Path) -> str:
    return path.read_bytes().decode("utf-8-sig")


def _column(path: Path, line: int, match: str) -> int:
    return _text(path).split("\n")[line - 1].index(match) + 1


def test_there_are_enough_fixtures():
    assert len(CLEAN) >= 20 and len(PADDED) >= 20
    assert all(p.with_name(p.stem + ".expected.json").is_file() for p in CLEAN + PADDED)


@pytest.mark.parametrize("path", CLEAN, ids=lambda p: p.name)
def test_clean_articles_have_no_findings(path):
    report = lint_news.lint_path(path)
    assert report.files[0].error is None
    assert [(f.code, f.line, f.column, f.excerpt) for f in report.findings] == []


@pytest.mark.parametrize("path", PADDED, ids=lambda p: p.name)
def test_placeholder_text_is_found_exactly(path):
    """Every planted placeholder at its line and column, and no other placeholder finding."""
    expected = sorted((e["line"], _column(path, e["line"], e["match"])) for e in _expected(path) if e["family"] == "placeholder-text")
    found = sorted((f.line, f.column) for f in lint_news.lint_path(path).findings if f.family == "placeholder-text")
    assert found == expected


@pytest.mark.parametrize("path", PADDED, ids=lambda p: p.name)
def test_duplicated_headline_findings_are_planted_ones(path):
    """Precision for the headline rule: it only fires where a repeat was planted."""
    planted = {e["line"] for e in _expected(path) if e["family"] == "duplicated-headline"}
    found = {f.line for f in lint_news.lint_path(path).findings if f.code == "LN201"}
    assert found <= planted


def test_headline_printed_twice_is_found_in_every_fixture_that_has_it():
    printed_twice = []
    for path in PADDED:
        lines = _text(path).split("\n")
        headline = lines[0].lstrip("# ").strip()
        if len(lines) > 2 and lines[2].lstrip("# ").strip() == headline:
            printed_twice.append(path)
    assert len(printed_twice) >= 4
    for path in printed_twice:
        assert [(f.code, f.line, f.column) for f in lint_news.lint_path(path).findings if f.code == "LN201"] == [
            ("LN201", 3, _column(path, 3, _text(path).split("\n")[0].lstrip("# ").strip()))
        ]


def test_seed_article_headline_repeat(seed_article):
    findings = lint_news.lint_path(seed_article).findings
    assert [(f.code, f.family, f.line, f.column) for f in findings if f.family == "duplicated-headline"] == [("LN201", "duplicated-headline", 3, 1)]
