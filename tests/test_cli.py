"""The command line end to end: findings, positions, exit codes, JSON shape, bad input."""

from __future__ import annotations

import json
import re

import pytest
from conftest import FIXTURES, findings_of, run_cli

PADDED = FIXTURES / "padded" / "padded-01-headline-tk.txt"
PADDED_CRLF_BOM = FIXTURES / "padded" / "padded-02-headline-tk-crlf-bom.txt"
CLEAN = FIXTURES / "clean" / "clean-01-council-budget.txt"

#: (family, line, column) of the two planted defects; the TK sits mid-line on line 13.
EXPECTED = [("duplicated-headline", 3, 1), ("placeholder-text", 13, 149)]


def _tk_column(path) -> int:
    line = path.read_text(encoding="utf-8-sig").splitlines()[12]
    return line.index(" TK") + 2


def test_headline_twice_and_tk_are_reported_at_exact_positions():
    assert _tk_column(PADDED) == 149  # the fixture is what the expectation says
    result = run_cli("check", "--format", "json", str(PADDED))
    assert result.code == 1
    data = result.json
    assert findings_of(data) == EXPECTED
    headline, tk = data["files"][0]["findings"]
    assert (headline["code"], headline["severity"], headline["end_line"]) == ("LN201", "error", 3)
    assert tk["excerpt"] == "TK" and tk["length"] == 2 and tk["end_column"] == 151
    assert data["summary"] == {"files": 1, "findings": 2, "by_severity": {"error": 2}, "by_family": {"duplicated-headline": 1, "placeholder-text": 1}}


def test_crlf_and_bom_file_gives_the_same_lines_and_columns():
    raw = PADDED_CRLF_BOM.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    result = run_cli("check", "--format", "json", str(PADDED_CRLF_BOM))
    assert result.code == 1
    assert findings_of(result.json) == EXPECTED
    tk = result.json["files"][0]["findings"][1]
    text = raw.decode("utf-8-sig")
    assert text[tk["offset"] : tk["offset"] + tk["length"]] == "TK"  # offsets count CRLF as two code points


@pytest.mark.parametrize("path", [PADDED, PADDED_CRLF_BOM])
def test_stdin_with_stdin_filename_reports_the_same(path):
    result = run_cli("check", "--format", "json", "--stdin-filename", "story.txt", "-", stdin=path.read_bytes())
    assert result.code == 1
    data = result.json
    assert data["files"][0]["path"] == "story.txt"
    assert findings_of(data) == EXPECTED


def test_clean_article_exits_zero_without_warnings():
    result = run_cli("check", "--format", "json", str(CLEAN))
    assert result.code == 0, result.stdout
    assert [f for f in result.json["files"][0]["findings"] if f["severity"] != "info"] == []
    stdin = run_cli("check", "--format", "json", "--stdin-filename", "clean.txt", "-", stdin=CLEAN.read_bytes())
    assert stdin.code == 0 and stdin.json["files"][0]["findings"] == []


def test_binary_missing_and_good_file_in_one_call(tmp_path):
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    missing = tmp_path / "missing.md"
    result = run_cli("check", "--format", "json", str(binary), str(missing), str(PADDED))
    assert result.code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 2
    assert "Traceback" not in result.stderr
    assert lines[0].startswith("lint-news: error: ") and "photo.txt" in lines[0] and "binary" in lines[0]
    assert "missing.md" in lines[1] and "no such file" in lines[1]
    files = result.json["files"]
    assert [f["error"] is None for f in files] == [False, False, True]
    assert files[0]["findings"] == [] and files[1]["findings"] == []
    assert findings_of(result.json, 2) == EXPECTED


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty file"),
        (b"  \n\n", "empty file"),
        (b"Headline\n\nCaf\xe9 owners met on Monday.\n", "not valid UTF-8"),
        (b"\xff\xfeH\x00i\x00", "UTF-16"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(tmp_path, content, message):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    result = run_cli("check", str(bad), str(CLEAN))
    assert result.code == 2
    assert result.stderr.count("\n") == 1 and message in result.stderr
    assert "Traceback" not in result.stderr
    assert "No findings" not in result.stdout or "1 file could not be linted" in result.stdout


def test_huge_file_is_refused(tmp_path):
    huge = tmp_path / "dump.txt"
    huge.write_bytes(b"Headline\n\n" + b"The council met. " * 400_000)
    result = run_cli("check", str(huge))
    assert result.code == 2 and "too large" in result.stderr


def test_folder_without_lintable_files(tmp_path):
    (tmp_path / "notes.csv").write_text("a,b\n")
    result = run_cli("check", str(tmp_path))
    assert result.code == 2
    assert "no lintable files" in result.stderr


def test_folder_recursion_picks_article_suffixes(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "story.md").write_text("# Vote set\n\nThe vote is on TK.\n")
    (tmp_path / "b.markdown").write_text("# Vote set\n\nThe board met on Monday.\n")
    (tmp_path / "c.html").write_text("<h1>Vote</h1><p>It is [Insert date].</p>")
    (tmp_path / "d.py").write_text("TK = 1\n")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "e.txt").write_text("Title\n\nTK\n")
    result = run_cli("check", "--format", "json", str(tmp_path))
    paths = sorted(f["path"].replace(str(tmp_path), "") for f in result.json["files"])
    assert paths == ["/a/story.md", "/b.markdown", "/c.html"]
    assert result.code == 1


def test_fail_on_levels(tmp_path):
    story = tmp_path / "story.md"
    story.write_text("# Budget passes\n\n<!-- lint-news: disable LN3 -->\n\nThe council passed the budget 5-2 on Monday.\n")
    # only an info finding (the unused directive)
    assert run_cli("check", str(story)).code == 0
    assert run_cli("check", "--fail-on", "info", str(story)).code == 1
    assert run_cli("check", "--fail-on", "never", str(PADDED)).code == 0
    assert run_cli("check", "--fail-on", "error", str(PADDED)).code == 1


def test_select_and_ignore_on_the_command_line():
    only_headline = run_cli("check", "--format", "json", "--select", "duplicated-headline", str(PADDED))
    assert [f["code"] for f in only_headline.json["files"][0]["findings"]] == ["LN201"]
    without = run_cli("check", "--format", "json", "--ignore", "LN2,LN801", str(PADDED))
    assert without.json["files"][0]["findings"] == [] and without.code == 0
    unknown = run_cli("check", "--select", "LN999", str(PADDED))
    assert unknown.code == 2 and "unknown rule selector 'LN999'" in unknown.stderr


def test_text_report_has_location_code_family_and_caret():
    result = run_cli("check", str(PADDED))
    lines = result.stdout.splitlines()
    assert f"{PADDED}:3:1: LN201 [duplicated-headline] Headline repeated on line 3 (first on line 1): delete one" in lines
    tk_line = next(i for i, line in enumerate(lines) if ":13:149: LN801 [placeholder-text]" in line)
    shown, carets = lines[tk_line + 2], lines[tk_line + 3]
    assert shown[carets.index("^") : carets.rindex("^") + 1] == "TK"
    substance = lines.index(next(line for line in lines if line.startswith(f"{PADDED}: substance ")))
    assert lines[substance].endswith("(low)")
    assert lines[substance + 1].startswith("  - defects found by the rules: 2 errors, 0 warnings (-")
    assert lines[-1] == "Found 2 findings (2 errors) in 1 file."
    assert "\x1b[" not in result.stdout  # no colour when not a terminal
    coloured = run_cli("check", "--color", "always", str(PADDED))
    assert "\x1b[" in coloured.stdout


def test_quiet_and_statistics():
    quiet = run_cli("check", "--quiet", str(PADDED))
    assert quiet.stdout.splitlines() == [
        f"{PADDED}:3:1: LN201 [duplicated-headline] Headline repeated on line 3 (first on line 1): delete one",
        f"{PADDED}:13:149: LN801 [placeholder-text] 'TK' marks material still to come: fill it in or cut the sentence before publishing",
    ]
    statistics = run_cli("check", "--statistics", str(PADDED), str(PADDED_CRLF_BOM))
    rows = [line.split() for line in statistics.stdout.splitlines()[:2]]
    assert rows == [["2", "LN201", "[duplicated-headline]", "headline-repeated"], ["2", "LN801", "[placeholder-text]", "tk-marker"]]


def test_usage_errors_are_one_line_exit_2():
    result = run_cli("check", "--format", "yaml", str(PADDED))
    assert result.code == 2
    assert result.stderr.startswith("lint-news: error: ") and result.stderr.count("\n") == 1
    assert run_cli("frobnicate").code == 2
    assert run_cli("check", "--min-substance", "120", str(PADDED)).code == 2


def test_version_rules_and_rule_docs():
    version = run_cli("--version")
    assert version.code == 0 and version.stdout.strip() == "lint-news, version 0.1.0"
    rules = run_cli("rules")
    header, *rows = rules.stdout.splitlines()
    assert header.split() == ["CODE", "NAME", "FAMILY", "SEVERITY"]
    assert ["LN201", "headline-repeated", "duplicated-headline", "error"] in [row.split() for row in rows]
    listed = json.loads(run_cli("rules", "--format", "json").stdout)
    assert {row["code"] for row in listed} >= {"LN001", "LN201", "LN801", "LN802", "LN803", "LN804", "LN805"}
    doc = run_cli("rule", "LN801")
    assert doc.code == 0
    for heading in ("# tk-marker (LN801)", "Family: placeholder-text", "## Why it matters", "## Example", "## Use instead"):
        assert heading in doc.stdout
    assert run_cli("rule", "tk-marker").stdout == doc.stdout
    missing = run_cli("rule", "LN999")
    assert missing.code == 2 and "unknown rule 'LN999'" in missing.stderr


def test_json_for_a_file_with_an_error_has_no_findings_and_null_substance(tmp_path):
    empty = tmp_path / "empty.md"
    empty.write_text("")
    data = run_cli("check", "--format", "json", str(empty)).json
    assert data["files"] == [{"path": str(empty), "substance": None, "findings": [], "error": "empty file: nothing to lint"}]
    assert data["summary"] == {"files": 1, "findings": 0, "by_severity": {}, "by_family": {}}


def test_rules_reference_in_docs_is_current():
    """docs/RULES.md is generated; regenerate it with `lint-news rules --format markdown > docs/RULES.md`."""
    from conftest import REPO

    generated = run_cli("rules", "--format", "markdown")
    assert generated.code == 0
    assert (REPO / "docs" / "RULES.md").read_text(encoding="utf-8") == generated.stdout
    assert generated.stdout.count("\n## LN") == len(json.loads(run_cli("rules", "--format", "json").stdout))


def test_folder_walk_skips_special_files_and_keeps_order(tmp_path):
    import os

    (tmp_path / "b.txt").write_text("Vote set\n\nThe vote is on TK.\n")
    (tmp_path / "a.txt").write_bytes(b"Title\n\nCaf\xe9 owners met.\n")
    os.mkfifo(tmp_path / "pipe.txt")  # reading it would block forever
    result = run_cli("check", "--format", "json", str(tmp_path))
    assert result.code == 2
    names = [f["path"].rsplit("/", 1)[-1] for f in result.json["files"]]
    assert names == ["a.txt", "b.txt"]
    assert [f["error"] is None for f in result.json["files"]] == [False, True]


def test_lsp_without_pygls_is_a_one_line_error():
    import subprocess
    import sys

    code = (
        "import sys\n"
        "sys.modules['pygls'] = None  # as if lint-news[lsp] were not installed\n"
        "from lint_news.cli import main\n"
        "main(['lsp'])\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert result.stderr.startswith("lint-news: error: the language server needs pygls: pip install 'lint-news[lsp]'")
    assert result.stderr.count("\n") == 1


def test_jobs_gives_the_same_report_in_the_same_order(tmp_path):
    from pathlib import Path

    fixtures = Path(__file__).resolve().parent.parent / "fixtures"
    missing = str(tmp_path / "missing.txt")
    args = ("check", "--format", "json", "--fail-on", "never", str(fixtures / "padded"), missing, str(fixtures / "clean"))
    one = run_cli(*args)
    two = run_cli(*args, "--jobs", "2")
    assert one.code == two.code == 2  # the missing file is an input error in both
    assert one.stdout == two.stdout
    paths = [entry["path"] for entry in json.loads(two.stdout)["files"]]
    where = paths.index(missing)
    assert where > 0 and all("padded" in path for path in paths[:where]) and all("clean" in path for path in paths[where + 1 :])
    assert run_cli("check", "--jobs", "-1", str(fixtures / "clean")).code == 2


def test_kinds_lists_every_kind_and_explains_one():
    listing = run_cli("kinds")
    assert listing.code == 0
    rows = {line.split()[0]: line.split()[1] for line in listing.stdout.splitlines()[1:]}
    assert rows["pattern"].isdigit() and int(rows["pattern"]) > 50 and "restated-point" in rows
    pattern = run_cli("kinds", "pattern")
    assert pattern.code == 0
    assert "    patterns " in pattern.stdout and "required" in pattern.stdout
    assert "exempt-mentions" in pattern.stdout and "LN801" in pattern.stdout
    assert "## How it works" in pattern.stdout  # the kind module's docstring
    restated = run_cli("kinds", "restated-point")  # the options every rule takes, with this kind's defaults
    assert "Options every rule takes" in restated.stdout and "    min-matches " in restated.stdout
    generic = run_cli("kinds", "generic-sentence").stdout
    assert re.search(r"\n    scopes +list of strings +\['paragraph', 'list-item', 'blockquote'\]\n", generic)
    unknown = run_cli("kinds", "nosuch")
    assert unknown.code == 2 and unknown.stderr == "lint-news: error: unknown kind 'nosuch' (see 'lint-news kinds')\n"


@pytest.mark.parametrize("code", ["LN104", "LN502"])
def test_a_bad_heading_pattern_in_configuration_is_a_configuration_error(tmp_path, code):
    (tmp_path / "pyproject.toml").write_text(f'[tool.lint-news.rules.{code}]\nheadings = ["("]\n', encoding="utf-8")
    (tmp_path / "a.txt").write_text("Council meets\n\nThe council met on Tuesday.\n", encoding="utf-8")
    result = run_cli("check", "a.txt", cwd=tmp_path)
    assert result.code == 2
    assert f"'rules.{code}': invalid heading pattern" in result.stderr and "internal error" not in result.stderr
