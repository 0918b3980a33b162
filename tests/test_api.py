"""The Python API returns the same typed objects the command line formats."""

from __future__ import annotations

from pathlib import Path

import pytest

import lint_news
from lint_news.config import Config, ConfigError


def test_lint_text_returns_typed_findings():
    report = lint_news.lint_text("Vote Set for March\n\nVote set for March!\n\nThe board meets on TK.\n")
    assert isinstance(report, lint_news.Report)
    assert [(f.code, f.family, f.severity, f.line, f.column) for f in report.findings] == [
        ("LN201", "duplicated-headline", lint_news.Severity.ERROR, 3, 1),
        ("LN801", "placeholder-text", lint_news.Severity.ERROR, 5, 20),
    ]
    assert isinstance(report.findings[0], lint_news.Finding)
    file = report.files[0]
    assert file.path == "<text>" and file.error is None
    assert file.substance.score is None and file.substance.band is None  # too short to judge: the model abstains
    assert file.substance.reasons[0].feature == "word_count" and "too short to judge" in file.substance.reasons[0].text
    assert report.exit_code() == 1


def test_lint_text_uses_the_path_suffix_for_the_format():
    markdown = lint_news.lint_text("# Title\n\n```\nTK\n```\n", path="story.md")
    plain = lint_news.lint_text("Title\n\n```\nTK\n```\n", path="story.txt")
    assert markdown.findings == [] and [f.code for f in plain.findings] == ["LN801"]


def test_lint_text_with_config_object_and_file(tmp_path):
    text = "Title\n\nThe board meets on TK at [Insert venue].\n"
    assert [f.code for f in lint_news.lint_text(text, config=Config(ignore=("LN801",))).findings] == ["LN802"]
    config_file = tmp_path / ".lint-news.toml"
    config_file.write_text('select = ["LN801"]\n')
    assert [f.code for f in lint_news.lint_text(text, config=config_file).findings] == ["LN801"]
    config_file.write_text('colour = "red"\n')
    from lint_news.runner import forget_configuration

    forget_configuration()  # the session keeps a configuration file until told it changed
    with pytest.raises(ConfigError, match="unknown key 'colour'"):
        lint_news.lint_text(text, config=config_file)


def test_lint_path_on_a_folder(tmp_path):
    (tmp_path / "a.md").write_text("# A\n\nThe vote is on TK.\n")
    (tmp_path / "b.txt").write_text("B\n\nNothing to see here today.\n")
    report = lint_news.lint_path(tmp_path)
    assert [file.path.rsplit("/", 1)[-1] for file in report.files] == ["a.md", "b.txt"]
    assert [f.code for f in report.findings] == ["LN801"]


def test_invalidate_forgets_the_loaded_rules_and_nothing_else_changes():
    from lint_news.config import Config
    from lint_news.engine import rule_set
    from lint_news.rules import load_registry
    from lint_news.runner import invalidate
    from lint_news.session import current
    from lint_news.substance import substance_rules

    config = Config()
    before, registry, scored = rule_set(config), load_registry(), substance_rules()
    assert rule_set(config) is before and load_registry() is registry  # kept by the process's session
    invalidate()
    after = rule_set(config)
    assert after is not before and load_registry() is not registry and substance_rules() is not scored
    assert current().rule_set(config, ()) is current().rule_set(config, ())  # one session holds them
    assert [rule.code for rule in after.rules] == [rule.code for rule in before.rules]
    text = "Budget Vote\n\nThe council will vote on TK.\n"
    assert [f.code for f in lint_news.lint_text(text).findings] == ["LN801"]


def test_a_report_keeps_only_the_lines_its_findings_stand_on(tmp_path):
    # A run over thousands of files must not hold every file's text until the report is printed.
    (tmp_path / "clean.txt").write_text("Budget Vote\n\nThe council approved the budget 5-2 on Tuesday.\n", encoding="utf-8")
    (tmp_path / "draft.txt").write_text("Budget Vote\n\nThe council approved it.\n\nThe vote is on TK, the clerk said.\n", encoding="utf-8")
    report = lint_news.lint_path(tmp_path)
    kept = {Path(file.path).name: file.lines for file in report.files}
    assert kept == {"clean.txt": {}, "draft.txt": {5: "The vote is on TK, the clerk said."}}
    (draft,) = [file for file in report.files if file.path.endswith("draft.txt")]
    assert draft.source_line(5) == "The vote is on TK, the clerk said." and draft.source_line(3) is None
