"""Configuration through the real command line: discovery, keys, selectors, and errors.

Every test writes its own configuration files and articles under ``tmp_path``
and runs ``lint-news`` in a subprocess, so discovery walks real folders.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import house_pack, run_cli

#: LN801 (TK) at 3:16 and LN802 ([Insert date]) at 3:23, both errors by default.
STORY = "# Vote set\n\nThe vote is on TK and [Insert date].\n"
BOTH = [("LN801", 3, 16), ("LN802", 3, 23)]

#: The headline twice (LN201 at 3:1, the whole "# " line), TK at 5:16, a slot at 5:23, lorem ipsum at 5:38.
RICH = "# Vote set\n\n# Vote set\n\nThe vote is on TK and [Insert date]. Lorem ipsum dolor sit amet.\n"
RICH_ALL = {"LN201": ("LN201", 3, 1), "LN801": ("LN801", 5, 16), "LN802": ("LN802", 5, 23), "LN803": ("LN803", 5, 38)}

#: Only a TK: one LN801 at 3:16.
TK_ONLY = "Vote set\n\nThe vote is on TK, the clerk said.\n"

HOUSE_PACK = house_pack()


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def found(data: dict, index: int = 0) -> list[tuple[str, int, int]]:
    return [(f["code"], f["line"], f["column"]) for f in data["files"][index]["findings"]]


def by_path(data: dict) -> dict[str, list[tuple[str, int, int]]]:
    return {file["path"]: [(f["code"], f["line"], f["column"]) for f in file["findings"]] for file in data["files"]}


def check_json(tmp_path: Path, *args: str):
    return run_cli("check", "--format", "json", *args, cwd=tmp_path)


def assert_one_line_error(result, *fragments: str) -> str:
    assert result.code == 2, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("lint-news: error: ")
    for fragment in fragments:
        assert fragment in lines[0], (fragment, lines[0])
    return lines[0]


# ---------------------------------------------------------------------------
# Discovery


def test_each_kind_of_config_file_is_found_by_walking_up(tmp_path):
    """One run over folders each governed by a different file (or none)."""
    write(tmp_path / "none" / "story.md", STORY)
    write(tmp_path / "dot" / ".lint-news.toml", 'select = ["LN802"]\n')
    write(tmp_path / "dot" / "a" / "b" / "story.md", STORY)
    write(tmp_path / "pyproj" / "pyproject.toml", '[project]\nname = "site"\n\n[tool.lint-news]\nignore = ["tk-marker"]\n')
    write(tmp_path / "pyproj" / "news" / "story.md", STORY)
    write(tmp_path / "cfg" / "setup.cfg", "[metadata]\nname = site\n\n[lint-news]\nignore = LN802\n")
    write(tmp_path / "cfg" / "news" / "story.md", STORY)
    # files without lint-news settings are passed over on the way up
    write(tmp_path / "skip" / ".lint-news.toml", 'ignore = ["LN801"]\n')
    write(tmp_path / "skip" / "sub" / "pyproject.toml", "[tool.black]\nline-length = 88\n")
    write(tmp_path / "skip" / "sub" / "setup.cfg", "[flake8]\nmax-line-length = 88\n")
    write(tmp_path / "skip" / "sub" / "story.md", STORY)
    paths = ["none/story.md", "dot/a/b/story.md", "pyproj/news/story.md", "cfg/news/story.md", "skip/sub/story.md"]
    result = check_json(tmp_path, *paths)
    assert result.code == 1 and result.stderr == ""
    assert by_path(result.json) == {
        "none/story.md": BOTH,
        "dot/a/b/story.md": [("LN802", 3, 23)],
        "pyproj/news/story.md": [("LN802", 3, 23)],
        "cfg/news/story.md": [("LN801", 3, 16)],
        "skip/sub/story.md": [("LN802", 3, 23)],
    }


def test_nearest_configuration_wins_and_is_not_merged(tmp_path):
    write(tmp_path / ".lint-news.toml", 'ignore = ["LN801"]\nseverity = { LN802 = "warning" }\n')
    write(tmp_path / "sub" / "pyproject.toml", '[tool.lint-news]\nselect = ["LN8"]\n')
    write(tmp_path / "top.md", STORY)
    write(tmp_path / "sub" / "deeper" / "story.md", STORY)
    result = check_json(tmp_path, "top.md", "sub/deeper/story.md")
    data = result.json
    # the parent's ignore and severity govern top.md only
    assert by_path(data) == {"top.md": [("LN802", 3, 23)], "sub/deeper/story.md": BOTH}
    assert [f["severity"] for f in data["files"][0]["findings"]] == ["warning"]
    assert [f["severity"] for f in data["files"][1]["findings"]] == ["error", "error"]


def test_in_one_folder_lint_news_toml_then_pyproject_then_setup_cfg(tmp_path):
    for folder in ("all", "two", "one"):
        write(tmp_path / folder / "setup.cfg", "[lint-news]\nselect = LN803\n")
        write(tmp_path / folder / "story.md", RICH)
    for folder in ("all", "two"):
        write(tmp_path / folder / "pyproject.toml", '[tool.lint-news]\nselect = ["LN802"]\n')
    write(tmp_path / "all" / ".lint-news.toml", 'select = ["LN801"]\n')
    result = check_json(tmp_path, "all/story.md", "two/story.md", "one/story.md")
    assert by_path(result.json) == {
        "all/story.md": [RICH_ALL["LN801"]],
        "two/story.md": [RICH_ALL["LN802"]],
        "one/story.md": [RICH_ALL["LN803"]],
    }


def test_config_option_forces_one_file(tmp_path):
    write(tmp_path / ".lint-news.toml", 'select = ["LN801"]\n')
    write(tmp_path / "sub" / ".lint-news.toml", 'select = ["LN803"]\n')
    write(tmp_path / "settings" / "strict.toml", 'select = ["LN802"]\nseverity = { LN802 = "info" }\n')
    write(tmp_path / "top.md", RICH)
    write(tmp_path / "sub" / "story.md", RICH)
    result = check_json(tmp_path, "--config", "settings/strict.toml", "top.md", "sub/story.md")
    assert by_path(result.json) == {"top.md": [RICH_ALL["LN802"]], "sub/story.md": [RICH_ALL["LN802"]]}
    assert result.code == 0  # LN802 lowered to info by the forced file, default fail-on warning


def test_forced_config_must_exist_and_have_a_section(tmp_path):
    write(tmp_path / "story.md", STORY)
    missing = run_cli("check", "--config", "nope.toml", "story.md", cwd=tmp_path)
    assert_one_line_error(missing, "nope.toml", "configuration file not found")
    write(tmp_path / "other" / "pyproject.toml", "[tool.black]\nline-length = 88\n")
    no_section = run_cli("check", "--config", "other/pyproject.toml", "story.md", cwd=tmp_path)
    assert_one_line_error(no_section, str(tmp_path / "other" / "pyproject.toml"), "no [tool.lint-news] section")


# ---------------------------------------------------------------------------
# select / ignore: codes, prefixes, names, families; the most specific selector wins


SELECTOR_CASES = [
    # (select, ignore, codes still reported in RICH)
    (None, ["LN2", "lorem-ipsum"], ["LN801", "LN802"]),
    (["LN8"], [], ["LN801", "LN802", "LN803"]),
    (["LN8"], ["LN801"], ["LN802", "LN803"]),
    (["LN801"], ["placeholder-text"], ["LN801"]),
    (["tk-marker"], ["LN8"], ["LN801"]),
    (["LN80"], ["LN8"], ["LN801", "LN802", "LN803"]),
    (["LN8"], ["LN80"], []),
    (["placeholder-text", "duplicated-headline"], ["bracket-slot", "LN202"], ["LN201", "LN801", "LN803"]),
    (["LN201", "lorem-ipsum"], [], ["LN201", "LN803"]),
    (["ln8"], ["Ln802"], ["LN801", "LN803"]),
]


def toml_list(values: list[str]) -> str:
    return "[" + ", ".join(f'"{value}"' for value in values) + "]"


def test_select_and_ignore_most_specific_selector_wins(tmp_path):
    """Each case in its own folder with its own configuration, all linted in one run."""
    paths = []
    for number, (select, ignore, _) in enumerate(SELECTOR_CASES):
        settings = (f"select = {toml_list(select)}\n" if select is not None else "") + f"ignore = {toml_list(ignore)}\n"
        write(tmp_path / f"case{number}" / ".lint-news.toml", settings)
        paths.append(str(write(tmp_path / f"case{number}" / "story.md", RICH).relative_to(tmp_path)))
    result = check_json(tmp_path, *paths)
    assert result.stderr == ""
    reported = by_path(result.json)
    for path, (select, ignore, expected) in zip(paths, SELECTOR_CASES):
        assert reported[path] == [RICH_ALL[code] for code in expected], (select, ignore)


def test_command_line_select_replaces_and_ignore_extends_the_configuration(tmp_path):
    write(tmp_path / ".lint-news.toml", 'select = ["LN801"]\nignore = ["LN803"]\n')
    write(tmp_path / "story.md", RICH)
    result = check_json(tmp_path, "--select", "LN8", "--ignore", "LN802", "story.md")
    assert found(result.json) == [RICH_ALL["LN801"]]  # LN803 still ignored by the file


# ---------------------------------------------------------------------------
# severity, fail-on, min-substance


def test_severity_override_shows_in_json_and_changes_exit_status(tmp_path):
    write(tmp_path / "plain" / "story.txt", TK_ONLY)
    write(tmp_path / "lowered" / ".lint-news.toml", 'severity = { LN801 = "warning" }\n')
    write(tmp_path / "lowered" / "story.txt", TK_ONLY)

    plain = check_json(tmp_path, "--fail-on", "error", "plain/story.txt")
    assert plain.code == 1
    assert [(f["code"], f["severity"]) for f in plain.json["files"][0]["findings"]] == [("LN801", "error")]

    lowered = check_json(tmp_path, "--fail-on", "error", "lowered/story.txt")
    assert lowered.code == 0
    data = lowered.json
    assert [(f["code"], f["line"], f["column"], f["severity"]) for f in data["files"][0]["findings"]] == [("LN801", 3, 16, "warning")]
    assert data["summary"]["by_severity"] == {"warning": 1}
    assert run_cli("check", "lowered/story.txt", cwd=tmp_path).code == 1  # default fail-on warning


def test_most_specific_severity_override_wins(tmp_path):
    write(tmp_path / ".lint-news.toml", 'severity = { placeholder-text = "info", LN8 = "warning", LN801 = "error", lorem-ipsum = "warning" }\n')
    write(tmp_path / "story.md", RICH)
    data = check_json(tmp_path, "story.md").json
    assert [(f["code"], f["severity"]) for f in data["files"][0]["findings"]] == [
        ("LN201", "error"),
        ("LN801", "error"),
        ("LN802", "warning"),
        ("LN803", "warning"),
    ]


@pytest.mark.parametrize(
    ("settings", "cli", "code"),
    [
        ('fail-on = "error"\nseverity = { LN801 = "warning" }\n', [], 0),
        ('fail-on = "never"\n', [], 0),
        ('fail-on = "info"\nseverity = { LN801 = "info" }\n', [], 1),
        ('fail-on = "error"\nseverity = { LN801 = "warning" }\n', ["--fail-on", "warning"], 1),  # the command line wins
    ],
)
def test_fail_on_from_configuration(tmp_path, settings, cli, code):
    write(tmp_path / ".lint-news.toml", settings)
    write(tmp_path / "story.txt", TK_ONLY)
    result = run_cli("check", *cli, "story.txt", cwd=tmp_path)
    assert result.code == code, result.stdout + result.stderr
    assert ":3:16: LN801 [placeholder-text]" in result.stdout


def test_min_substance_from_configuration(tmp_path):
    import lint_news

    write(tmp_path / "toml" / ".lint-news.toml", "min-substance = 40\n")
    write(tmp_path / "toml" / "story.txt", TK_ONLY)
    write(tmp_path / "cfg" / "setup.cfg", "[lint-news]\nmin-substance = 12.5\n")
    write(tmp_path / "cfg" / "story.txt", TK_ONLY)
    result = check_json(tmp_path, "toml/story.txt", "cfg/story.txt")
    assert result.code == 1 and result.stderr == ""
    assert [file["error"] for file in result.json["files"]] == [None, None]
    report = lint_news.lint_path(tmp_path / "toml" / "story.txt")
    assert report.files[0].min_substance == 40.0
    assert lint_news.lint_path(tmp_path / "cfg" / "story.txt").files[0].min_substance == 12.5
    assert lint_news.lint_path(tmp_path / "toml" / "story.txt", config=tmp_path / "cfg" / "setup.cfg").files[0].min_substance == 12.5


# ---------------------------------------------------------------------------
# per-file-ignores and exclude


def test_per_file_ignores_with_globs_relative_to_the_config(tmp_path):
    site = tmp_path / "site"
    write(site / ".lint-news.toml", 'per-file-ignores = { "archive/**" = ["placeholder-text"], "*.draft.md" = ["LN802", "lorem-ipsum"] }\n')
    write(site / "archive" / "2019" / "story.md", RICH)
    write(site / "news" / "story.md", RICH)
    write(site / "news" / "next.draft.md", RICH)
    # run from a different folder: globs are relative to the configuration file, not the cwd
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    result = run_cli("check", "--format", "json", str(site), cwd=elsewhere)
    assert by_path(result.json) == {
        str(site / "archive" / "2019" / "story.md"): [RICH_ALL["LN201"]],
        str(site / "news" / "next.draft.md"): [RICH_ALL["LN201"], RICH_ALL["LN801"]],
        str(site / "news" / "story.md"): list(RICH_ALL.values()),
    }


def test_exclude_applies_when_walking_but_not_to_named_files(tmp_path):
    write(tmp_path / ".lint-news.toml", 'exclude = ["drafts/old/", "*.tmp.md"]\n')
    write(tmp_path / "drafts" / "old" / "a.md", STORY)
    write(tmp_path / "drafts" / "new.md", STORY)
    write(tmp_path / "news" / "b.tmp.md", STORY)
    write(tmp_path / "news" / "c.md", STORY)
    walked = check_json(tmp_path, ".")
    assert sorted(by_path(walked.json)) == ["drafts/new.md", "news/c.md"]
    named = check_json(tmp_path, "drafts/old/a.md", "news/b.tmp.md")
    assert by_path(named.json) == {"drafts/old/a.md": BOTH, "news/b.tmp.md": BOTH}


def test_exclude_is_relative_to_the_config_file(tmp_path):
    write(tmp_path / "site" / ".lint-news.toml", 'exclude = ["/old.md"]\n')
    write(tmp_path / "site" / "old.md", STORY)
    write(tmp_path / "site" / "sub" / "old.md", STORY)
    result = check_json(tmp_path, "site")
    assert sorted(by_path(result.json)) == ["site/sub/old.md"]


# ---------------------------------------------------------------------------
# Per-rule options and rule packs


TKTK = "Vote set\n\nThe vote is on TK. Then TKTK came.\n"  # LN801 at 3:16 and 3:25


def test_per_rule_options_in_toml(tmp_path):
    write(tmp_path / "plain" / "story.txt", TKTK)
    write(tmp_path / "by-code" / ".lint-news.toml", '[rules.LN801]\nexceptions = ["TKTK"]\n')
    write(tmp_path / "by-code" / "story.txt", TKTK)
    write(tmp_path / "by-name" / "pyproject.toml", '[tool.lint-news.rules.tk-marker]\nexceptions = ["TK"]\n')
    write(tmp_path / "by-name" / "story.txt", TKTK)
    result = check_json(tmp_path, "plain/story.txt", "by-code/story.txt", "by-name/story.txt")
    assert by_path(result.json) == {
        "plain/story.txt": [("LN801", 3, 16), ("LN801", 3, 25)],
        "by-code/story.txt": [("LN801", 3, 16)],
        "by-name/story.txt": [("LN801", 3, 25)],  # exceptions match the whole matched text
    }


def test_per_rule_options_change_other_pattern_settings(tmp_path):
    write(tmp_path / ".lint-news.toml", '[rules.LN803]\nscopes = ["headline"]\n\n[rules.LN801]\npatterns = ["\\\\bTBD\\\\b"]\n')
    write(tmp_path / "story.md", "# Lorem ipsum TBD\n\nThe vote is on TK. Lorem ipsum dolor. TBD.\n")
    assert found(check_json(tmp_path, "story.md").json) == [("LN803", 1, 3), ("LN801", 1, 15), ("LN801", 3, 39)]


REPEATED = (
    "# Council sets fees\n\n"
    "The council approved the new parking fees for the downtown district on Monday.\n\n"
    "The fees take effect in July, the finance office said.\n\n"
    "On Monday the council approved new parking fees for the downtown district.\n"
)


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        ("", [("LN101", 7, 1, "warning")]),
        ('escalate-per-1000-words = 1\nescalate-to = "error"\n', [("LN101", 7, 1, "error")]),
        ("escalate-per-1000-words = 1\nescalate-min-matches = 2\n", [("LN101", 7, 1, "warning")]),
        ('scopes = ["list-item"]\n', []),
        ('scopes = ["paragraph"]\n', [("LN101", 7, 1, "warning")]),
        ("min-matches = 2\n", []),
    ],
)
def test_options_every_rule_takes_apply_to_kinds_other_than_pattern(tmp_path, options, expected):
    # LN101 is a duplicate-passage rule: scopes, min-matches and escalation are the engine's, not the kind's
    write(tmp_path / ".lint-news.toml", f"select = [\"LN101\"]\n\n[rules.LN101]\n{options}")
    write(tmp_path / "story.md", REPEATED)
    findings = check_json(tmp_path, "story.md").json["files"][0]["findings"]
    assert [(f["code"], f["line"], f["column"], f["severity"]) for f in findings] == expected


def test_an_unknown_option_lists_the_kinds_options_and_those_every_rule_takes(tmp_path):
    write(tmp_path / ".lint-news.toml", "[rules.LN101]\nfrobnicate = 2\n")
    write(tmp_path / "story.md", REPEATED)
    assert_one_line_error(run_cli("check", "story.md", cwd=tmp_path), "'rules.LN101'", "unknown option 'frobnicate'", "similarity", "min-matches", "scopes")


def test_unknown_option_for_an_unselected_rule_is_still_an_error(tmp_path):
    write(tmp_path / ".lint-news.toml", 'select = ["LN802"]\n\n[rules.LN801]\nfrobnicate = 1\n')
    write(tmp_path / "story.md", STORY)
    assert_one_line_error(run_cli("check", "story.md", cwd=tmp_path), "'rules.LN801'", "frobnicate")


def test_per_rule_options_code_is_case_insensitive_like_selectors(tmp_path):
    write(tmp_path / ".lint-news.toml", '[rules.ln801]\nexceptions = ["TKTK"]\n')
    write(tmp_path / "story.txt", TKTK)
    assert found(check_json(tmp_path, "story.txt").json) == [("LN801", 3, 16)]


def test_rule_pack_relative_to_the_config_file(tmp_path):
    site = tmp_path / "site"
    write(site / "style" / "house.toml", HOUSE_PACK)
    # LN801 is selected too, so that built-in filler rules cannot blur what the pack reports
    write(site / ".lint-news.toml", 'rule-packs = ["style/house.toml"]\nselect = ["HS", "LN801"]\n')
    write(site / "news" / "story.txt", "Vote fails\n\nThe vote on TK failed. At the end of the day, it was 4-3.\n")
    write(site / "news" / "clean.txt", "Vote fails\n\nThe council met on Monday and the vote failed 4-3.\n")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    result = run_cli("check", "--format", "json", str(site / "news" / "story.txt"), str(site / "news" / "clean.txt"), cwd=elsewhere)
    assert result.code == 1
    story, clean = result.json["files"]
    assert clean["findings"] == [] and clean["error"] is None
    assert found(result.json) == [("LN801", 3, 13), ("HS101", 3, 24)]
    finding = story["findings"][1]
    assert (finding["code"], finding["rule"], finding["family"], finding["severity"]) == ("HS101", "banned-cliche", "filler", "warning")
    assert (finding["line"], finding["column"], finding["end_line"], finding["end_column"]) == (3, 24, 3, 45)
    assert finding["excerpt"] == "At the end of the day"
    assert finding["message"] == "Stock phrase 'At the end of the day': say what happened"

    listed = run_cli("rules", "--config", str(site / ".lint-news.toml"), cwd=elsewhere)
    assert ["HS101", "banned-cliche", "filler", "warning"] in [row.split() for row in listed.stdout.splitlines()]
    # the pack's codes are selectors like any other: a prefix beats a family, a code beats a prefix
    write(site / ".lint-news.toml", 'rule-packs = ["style/house.toml"]\nselect = ["HS1", "LN801"]\nignore = ["filler"]\n')
    only = run_cli("check", "--format", "json", str(site / "news" / "story.txt"), cwd=elsewhere)
    assert found(only.json) == [("LN801", 3, 13), ("HS101", 3, 24)]
    write(site / ".lint-news.toml", 'rule-packs = ["style/house.toml"]\nselect = ["HS", "LN801"]\nignore = ["HS101"]\n')
    without = run_cli("check", "--format", "json", str(site / "news" / "story.txt"), cwd=elsewhere)
    assert found(without.json) == [("LN801", 3, 13)]


def test_missing_rule_pack_is_a_config_error(tmp_path):
    write(tmp_path / ".lint-news.toml", 'rule-packs = ["style/nope.toml"]\n')
    write(tmp_path / "story.md", STORY)
    assert_one_line_error(run_cli("check", "story.md", cwd=tmp_path), str(tmp_path / "style" / "nope.toml"), "rule pack not found")


# ---------------------------------------------------------------------------
# setup.cfg spelling


def test_setup_cfg_lists_pairs_and_rule_sections(tmp_path):
    write(
        tmp_path / "setup.cfg",
        "[lint-news]\n"
        "select = LN8,\n"
        "    duplicated-headline\n"
        "ignore = LN803, LN804\n"
        "severity =\n"
        "    LN801: warning\n"
        "    duplicated-headline: info\n"
        "per-file-ignores =\n"
        "    archive/*.md: LN802, LN201\n"
        "fail-on = error\n"
        "exclude =\n"
        "    drafts/\n"
        "\n"
        "[lint-news.rules.LN801]\n"
        'exceptions = ["TKTK"]\n'
        "ignore-case = false\n",
    )
    story = RICH.replace("on TK and", "on TK and TKTK and")  # shifts the slot and lorem ipsum by 9
    write(tmp_path / "news" / "story.md", story)
    write(tmp_path / "archive" / "old.md", story)
    write(tmp_path / "drafts" / "draft.md", story)
    result = check_json(tmp_path, ".")
    data = result.json
    assert by_path(data) == {
        "archive/old.md": [("LN801", 5, 16)],
        "news/story.md": [("LN201", 3, 1), ("LN801", 5, 16), ("LN802", 5, 32)],
    }
    news = data["files"][1]["findings"]
    assert [f["severity"] for f in news] == ["info", "warning", "error"]
    assert result.code == 1  # LN802 is an error and fail-on = error
    data = check_json(tmp_path, "archive/old.md").json
    assert [f["severity"] for f in data["files"][0]["findings"]] == ["warning"]
    assert run_cli("check", "archive/old.md", cwd=tmp_path).code == 0  # only a warning; fail-on = error


def test_setup_cfg_with_only_a_rules_section_is_found(tmp_path):
    write(tmp_path / ".lint-news.toml", 'select = ["LN802"]\n')  # further up: must not win
    write(tmp_path / "site" / "setup.cfg", '[metadata]\nname = site\n\n[lint-news.rules.LN801]\nexceptions = ["TKTK"]\n')
    write(tmp_path / "site" / "story.txt", TKTK)
    assert found(check_json(tmp_path, "site/story.txt").json) == [("LN801", 3, 16)]


def test_setup_cfg_multiple_per_file_ignores_lines(tmp_path):
    write(tmp_path / "setup.cfg", "[lint-news]\nper-file-ignores =\n    a.md: LN801\n    b.md: placeholder-text\n")
    write(tmp_path / "a.md", STORY)
    write(tmp_path / "b.md", STORY)
    write(tmp_path / "c.md", STORY)
    assert by_path(check_json(tmp_path, "a.md", "b.md", "c.md").json) == {"a.md": [("LN802", 3, 23)], "b.md": [], "c.md": BOTH}


# ---------------------------------------------------------------------------
# Errors: exit 2, one line naming the file and the key


TOML_ERRORS = [
    ('colour = "red"\n', ["unknown key 'colour'"]),
    ('fail-on = "loud"\n', ["'fail-on'", "'loud'"]),
    ("fail-on = 1\n", ["'fail-on'"]),
    ("min-substance = 101\n", ["'min-substance'", "101"]),
    ("min-substance = -1\n", ["'min-substance'", "-1"]),
    ('min-substance = "40"\n', ["'min-substance'"]),
    ("min-substance = true\n", ["'min-substance'"]),
    ('select = ["LN999"]\n', ["'select'", "unknown rule selector 'LN999'"]),
    ('select = ["LN8", "placeholder-txt"]\n', ["'select'", "unknown rule selector 'placeholder-txt'"]),
    ('ignore = ["nonsense"]\n', ["'ignore'", "unknown rule selector 'nonsense'"]),
    ('ignore = [""]\n', ["'ignore'"]),
    ("select = 3\n", ["'select'"]),
    ('severity = { LN999 = "info" }\n', ["'severity'", "unknown rule selector 'LN999'"]),
    ('severity = { LN801 = "fatal" }\n', ["'severity'", "LN801", "'fatal'"]),
    ('severity = "info"\n', ["'severity'"]),
    ('per-file-ignores = { "*.md" = ["LN77"] }\n', ["'per-file-ignores'", "unknown rule selector 'LN77'"]),
    ('per-file-ignores = ["LN801"]\n', ["'per-file-ignores'"]),
    ('exclude = 3\n', ["'exclude'"]),
    ("[rules.LN801]\nfrobnicate = 1\n", ["'rules.LN801'", "unknown option 'frobnicate'"]),
    ("[rules.LN801]\nignore-case = 1\n", ["'rules.LN801'", "ignore-case"]),
    ("[rules.LN801]\npatterns = []\n", ["'rules.LN801'", "patterns"]),
    ('[rules.LN801]\npatterns = ["(unclosed"]\n', ["'rules.LN801'", "(unclosed"]),
    ('[rules.LN201]\nexceptions = ["x"]\n', ["'rules.LN201'", "unknown option 'exceptions'"]),
    ('[rules.LN999]\nexceptions = ["x"]\n', ["'rules'", "unknown rule 'LN999'"]),
    ("rules = { LN801 = 5 }\n", ["'rules'"]),
    ('select = ["LN8"\n', ["invalid TOML"]),
]


PYPROJECT_ERRORS = [
    ('[tool.lint-news]\nfail-on = "loud"\n', ["'fail-on'"]),
    ('[tool.lint-news]\ncolour = "red"\n', ["unknown key 'colour'"]),
    ('[tool.lint-news]\nselect = ["LN999"]\n', ["'select'", "LN999"]),
    ("[tool.lint-news.rules.LN801]\nfrobnicate = 1\n", ["'rules.LN801'", "frobnicate"]),
    ("[tool.lint-news]\nselect = [\n", ["invalid TOML"]),
    ('[tool]\nlint-news = "LN8"\n', ["must be a table"]),
]

SETUP_CFG_ERRORS = [
    ("[lint-news]\ncolour = red\n", ["unknown key 'colour'"]),
    ("[lint-news]\nfail-on = loud\n", ["'fail-on'", "'loud'"]),
    ("[lint-news]\nmin-substance = lots\n", ["'min-substance'"]),
    ("[lint-news]\nmin-substance = 150\n", ["'min-substance'", "150"]),
    ("[lint-news]\nselect = LN8, LN999\n", ["'select'", "LN999"]),
    ("[lint-news]\nseverity =\n    LN801 warning\n", ["'severity'", "key: value"]),
    ("[lint-news]\nseverity =\n    LN801: fatal\n", ["'severity'", "'fatal'"]),
    ("[lint-news]\nper-file-ignores =\n    *.md: LN77\n", ["'per-file-ignores'", "LN77"]),
    ("[lint-news]\n\n[lint-news.extra]\nx = 1\n", ["unknown section [lint-news.extra]"]),
    ("[lint-news.rules.LN801]\nfrobnicate = 1\n", ["'rules.LN801'", "frobnicate"]),
    ('[lint-news.rules.LN999]\nexceptions = ["x"]\n', ["'rules'", "LN999"]),
    ("[lint-news]\nselect = LN8\nselect = LN2\n", ["invalid setup.cfg"]),
]


@pytest.mark.parametrize(
    ("name", "cases"),
    [(".lint-news.toml", TOML_ERRORS), ("pyproject.toml", PYPROJECT_ERRORS), ("setup.cfg", SETUP_CFG_ERRORS)],
    ids=["lint-news-toml", "pyproject", "setup-cfg"],
)
def test_bad_configuration_is_one_line_error_naming_file_and_key(tmp_path, name, cases):
    """One broken configuration per folder, all linted in one run: each gives exactly one
    stderr line naming its file and key, and an error (no findings) for the file under it."""
    configs, stories = [], []
    for number, (settings, _) in enumerate(cases):
        configs.append(write(tmp_path / f"case{number}" / name, settings))
        stories.append(str(write(tmp_path / f"case{number}" / "story.md", STORY).relative_to(tmp_path)))
    result = check_json(tmp_path, *stories)
    assert result.code == 2
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == len(cases), result.stderr
    files = result.json["files"]
    for line, file, config, (settings, fragments) in zip(lines, files, configs, cases):
        assert line.startswith(f"lint-news: error: {config}: "), (settings, line)
        for fragment in fragments:
            assert fragment in line, (settings, fragment, line)
        assert file["error"] == line.removeprefix("lint-news: error: ") and file["findings"] == []


def test_bad_configuration_single_run(tmp_path):
    """The plain case, on its own: one file, one broken key, exit 2."""
    config = write(tmp_path / ".lint-news.toml", 'select = ["LN8"]\nfail-on = "loud"\n')
    write(tmp_path / "story.md", STORY)
    result = run_cli("check", "story.md", cwd=tmp_path)
    line = assert_one_line_error(result, str(config), "'fail-on'", "'loud'")
    assert line == f"lint-news: error: {config}: 'fail-on' must be one of error, warning, info, never, not 'loud'"


def test_broken_config_only_affects_the_files_under_it(tmp_path):
    broken = write(tmp_path / "broken" / ".lint-news.toml", 'fail-on = "loud"\n')
    write(tmp_path / "broken" / "a.md", STORY)
    write(tmp_path / "broken" / "b.md", STORY)
    write(tmp_path / "fine" / "story.md", STORY)
    for arguments in (["broken/a.md", "broken/b.md", "fine/story.md"], ["."]):
        result = check_json(tmp_path, *arguments)
        line = assert_one_line_error(result, str(broken), "'fail-on'")  # reported once, not per file
        assert "a.md" not in line
        data = result.json
        files = {file["path"].removeprefix("./"): file for file in data["files"]}
        assert sorted(files) == ["broken/a.md", "broken/b.md", "fine/story.md"]
        assert files["broken/a.md"]["error"] and files["broken/b.md"]["error"]
        assert files["broken/a.md"]["findings"] == [] and files["broken/b.md"]["findings"] == []
        assert files["fine/story.md"]["error"] is None
        assert [(f["code"], f["line"], f["column"]) for f in files["fine/story.md"]["findings"]] == BOTH
        assert data["summary"]["findings"] == 2
