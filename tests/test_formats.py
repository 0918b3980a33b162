"""The machine formats end to end: SARIF 2.1.0, GitHub Actions workflow commands, JSON lines."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import FIXTURES, PADDED_FIXTURES, SHARED, house_pack, run_cli

from lint_news import __version__
from lint_news.formatters.github import escape_data, escape_property
from lint_news.formatters.sarif import artifact_location

PADDED = FIXTURES / "padded" / "padded-01-headline-tk.txt"
PADDED_CRLF_BOM = FIXTURES / "padded" / "padded-02-headline-tk-crlf-bom.txt"
CLEAN = FIXTURES / "clean" / "clean-01-council-budget.txt"
CLEAN_MD = FIXTURES / "clean" / "clean-13-museum-reopening.md"
SARIF_SCHEMA = SHARED / "schemas" / "sarif-schema-2.1.0.json"

HEADLINE_MESSAGE = "Headline repeated on line 3 (first on line 1): delete one"
TK_MESSAGE = "'TK' marks material still to come: fill it in or cut the sentence before publishing"
#: DESIGN 3.2: the fields of one finding in the JSON report.
FINDING_KEYS = {"code", "rule", "family", "severity", "message", "line", "column", "end_line", "end_column", "offset", "length", "excerpt", "suggestion", "fix"}

#: Two sourced paragraphs with nothing for any rule to find.
EXTRA_PARAGRAPHS = (
    "The board meets in the council chamber on Grove Street; its meetings are broadcast on the county's website.\n\n"
    "Halden Construction, founded in 1974, built the county's courthouse annex in 2016, according to county records.\n"
)


# --------------------------------------------------------------------------- helpers


def sarif(*args: str, cwd: Path | None = None, code: int | None = None) -> dict:
    """Run ``check --format sarif``, validate the log against the official schema, return it."""
    result = run_cli("check", "--format", "sarif", *args, cwd=cwd)
    if code is not None:
        assert result.code == code, result.stderr
    assert "Traceback" not in result.stderr
    log = json.loads(result.stdout)
    validate_sarif(log)
    return log


_VALIDATOR = None


def validate_sarif(log: dict) -> None:
    global _VALIDATOR
    if not SARIF_SCHEMA.is_file():
        pytest.skip(f"{SARIF_SCHEMA} is not available")
    import jsonschema

    if _VALIDATOR is None:
        schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
        jsonschema.Draft4Validator.check_schema(schema)
        _VALIDATOR = jsonschema.Draft4Validator(schema)
    _VALIDATOR.validate(log)


def regions(log: dict) -> list[tuple[str, str, int, int, int, int]]:
    out = []
    for result in log["runs"][0]["results"]:
        region = result["locations"][0]["physicalLocation"]["region"]
        out.append((result["ruleId"], result["level"], region["startLine"], region["startColumn"], region["endLine"], region["endColumn"]))
    return out


def start_line(result: dict) -> int:
    return result["locations"][0]["physicalLocation"]["region"]["startLine"]


def fingerprint(result: dict) -> str:
    return result["partialFingerprints"]["lintNews/v1"]


def insert_after_line(text: str, line: int, insertion: str) -> str:
    lines = text.split("\n")
    return "\n".join(lines[:line] + ["", insertion.rstrip("\n")] + lines[line:])


# --------------------------------------------------------------------------- SARIF


def test_sarif_is_valid_and_places_the_fixture_findings_exactly():
    log = sarif(str(PADDED), code=1)
    assert log["version"] == "2.1.0"
    assert log["$schema"] == "https://json.schemastore.org/sarif-2.1.0.json"
    assert len(log["runs"]) == 1
    run = log["runs"][0]
    driver = run["tool"]["driver"]
    assert driver["name"] == "lint-news" and driver["version"] == __version__
    assert run["columnKind"] == "unicodeCodePoints"
    assert regions(log) == [("LN201", "error", 3, 1, 3, 64), ("LN801", "error", 13, 149, 13, 151)]
    headline, tk = run["results"]
    assert headline["message"]["text"] == HEADLINE_MESSAGE
    assert tk["message"]["text"] == TK_MESSAGE
    region = tk["locations"][0]["physicalLocation"]["region"]
    assert (region["charOffset"], region["charLength"], region["snippet"]["text"]) == (1354, 2, "TK")
    assert tk["properties"]["family"] == "placeholder-text"
    # an absolute path on the command line becomes a file: URI without a base
    location = tk["locations"][0]["physicalLocation"]["artifactLocation"]
    assert location == {"uri": PADDED.as_uri()}
    invocation = run["invocations"][0]
    assert invocation["executionSuccessful"] is True and invocation["toolExecutionNotifications"] == []
    assert run["properties"]["substance"][str(PADDED)] is not None


def test_sarif_relative_paths_are_uris_under_srcroot(tmp_path):
    story = tmp_path / "news desk" / "story #1.txt"
    story.parent.mkdir()
    story.write_bytes(PADDED.read_bytes())
    log = sarif("news desk/story #1.txt", cwd=tmp_path, code=1)
    run = log["runs"][0]
    location = run["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert location == {"uri": "news%20desk/story%20%231.txt", "uriBaseId": "%SRCROOT%"}
    assert run["originalUriBaseIds"]["%SRCROOT%"]["uri"] == tmp_path.resolve().as_uri() + "/"
    assert list(run["properties"]["substance"]) == ["news desk/story #1.txt"]


def test_artifact_location_encoding():
    assert artifact_location("a b/c,d:e.md") == {"uri": "a%20b/c%2Cd%3Ae.md", "uriBaseId": "%SRCROOT%"}
    assert artifact_location("./drafts/../news/é.txt") == {"uri": "news/%C3%A9.txt", "uriBaseId": "%SRCROOT%"}
    assert artifact_location("/srv/news/a b.txt") == {"uri": "file:///srv/news/a%20b.txt"}


def test_sarif_crlf_bom_twin_has_the_same_positions_and_fingerprints():
    plain, twin = sarif(str(PADDED), code=1), sarif(str(PADDED_CRLF_BOM), code=1)
    assert regions(twin) == regions(plain)
    assert [fingerprint(r) for r in twin["runs"][0]["results"]] == [fingerprint(r) for r in plain["runs"][0]["results"]]


def test_sarif_rule_index_and_levels_match_the_json_report():
    paths = [str(path) for path in PADDED_FIXTURES]
    log = sarif(*paths, code=1)
    report = json.loads(run_cli("check", "--format", "json", *paths).stdout)
    rules = log["runs"][0]["tool"]["driver"]["rules"]
    results = log["runs"][0]["results"]
    expected = [(f["code"], f["severity"], f["line"], f["column"], f["end_line"], f["end_column"]) for file in report["files"] for f in file["findings"]]
    assert len(results) == len(expected) > 20
    levels = {"error": "error", "warning": "warning", "info": "note"}
    assert regions(log) == [(code, levels[sev], *pos) for code, sev, *pos in expected]
    for result in results:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
    assert {r["level"] for r in results} >= {"error", "warning"}


def test_sarif_rule_metadata():
    log = sarif(str(PADDED), code=1)
    rules = log["runs"][0]["tool"]["driver"]["rules"]
    ids = [rule["id"] for rule in rules]
    assert ids == sorted(set(ids)) and {"LN001", "LN201", "LN801"} <= set(ids)
    listed = {row["code"]: row for row in json.loads(run_cli("rules", "--format", "json").stdout)}
    assert set(ids) == {code for code, row in listed.items() if row["enabled"]}
    levels = {"error": "error", "warning": "warning", "info": "note"}
    for rule in rules:
        row = listed[rule["id"]]
        assert rule["name"] == row["name"]
        assert rule["shortDescription"]["text"] == row["summary"]
        assert rule["fullDescription"]["text"] and rule["fullDescription"]["text"] == rule["fullDescription"]["text"].strip()
        assert rule["help"]["markdown"].startswith(f"# {row['name']} ({rule['id']})\n")
        assert rule["help"]["text"] == rule["help"]["markdown"]
        assert rule["defaultConfiguration"]["level"] == levels[row["severity"]]
        assert rule["properties"] == {"family": row["family"], "tags": [row["family"]]}
    tk = rules[ids.index("LN801")]
    assert tk["fullDescription"]["text"] in tk["help"]["markdown"]
    # the log does not carry the machine's directories
    assert str(Path(__file__).resolve().parent.parent) not in json.dumps(rules)


def test_sarif_fingerprint_survives_lines_added_above(tmp_path):
    text = PADDED.read_text(encoding="utf-8")
    original = tmp_path / "original.txt"
    original.write_text(text, encoding="utf-8")
    edited = tmp_path / "edited.txt"
    edited.write_text(insert_after_line(text, 5, EXTRA_PARAGRAPHS), encoding="utf-8")
    before, after = sarif(str(original), code=1), sarif(str(edited), code=1)
    assert [r[0] for r in regions(after)] == ["LN201", "LN801"]  # the new paragraphs add no findings
    tk_before, tk_after = before["runs"][0]["results"][1], after["runs"][0]["results"][1]
    assert start_line(tk_after) == start_line(tk_before) + 4 == 17
    assert fingerprint(tk_after) == fingerprint(tk_before)
    assert fingerprint(after["runs"][0]["results"][0]) == fingerprint(before["runs"][0]["results"][0])
    # while a change to the TK's own line changes its fingerprint
    changed = tmp_path / "changed.txt"
    changed.write_text(text.replace("contract again on TK", "contract again soon, on TK"), encoding="utf-8")
    assert fingerprint(sarif(str(changed), code=1)["runs"][0]["results"][1]) != fingerprint(tk_before)


def test_sarif_identical_findings_in_one_file_get_different_fingerprints(tmp_path):
    story = tmp_path / "story.txt"
    story.write_text("Vote set\n\nThe vote is on TK.\n\nThe council met on Monday.\n\nThe vote is on TK.\n", encoding="utf-8")
    log = sarif(str(story), code=1)
    tks = [r for r in log["runs"][0]["results"] if r["ruleId"] == "LN801"]
    assert [start_line(r) for r in tks] == [3, 7]
    assert fingerprint(tks[0]) != fingerprint(tks[1])
    assert all(len(fingerprint(r)) == 64 and int(fingerprint(r), 16) >= 0 for r in tks)


def test_sarif_missing_file_is_a_tool_execution_notification(tmp_path):
    missing = tmp_path / "missing.md"
    log = sarif(str(missing), str(PADDED), code=2)
    run = log["runs"][0]
    invocation = run["invocations"][0]
    assert invocation["executionSuccessful"] is False
    (notification,) = invocation["toolExecutionNotifications"]
    assert notification["level"] == "error"
    assert "missing.md" in notification["message"]["text"] and "no such file" in notification["message"]["text"]
    assert notification["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == missing.as_uri()
    assert [r[0] for r in regions(log)] == ["LN201", "LN801"]  # the readable file is still reported
    assert str(missing) not in run["properties"]["substance"]


def test_sarif_clean_file_has_no_results_but_describes_the_rules():
    log = sarif(str(CLEAN), code=0)
    run = log["runs"][0]
    assert run["results"] == []
    assert run["invocations"][0]["executionSuccessful"] is True
    assert len(run["tool"]["driver"]["rules"]) > 50


# --------------------------------------------------------------------------- GitHub


def test_github_annotations_for_the_fixture():
    result = run_cli("check", "--format", "github", "fixtures/padded/padded-01-headline-tk.txt", cwd=PADDED.parent.parent.parent)
    assert result.code == 1
    path = "fixtures/padded/padded-01-headline-tk.txt"
    assert result.stdout.splitlines() == [
        f"::error file={path},line=3,col=1,endLine=3,endColumn=64,title=LN201 (headline-repeated)::{HEADLINE_MESSAGE}",
        f"::error file={path},line=13,col=149,endLine=13,endColumn=151,title=LN801 (tk-marker)::{TK_MESSAGE}",
    ]


def test_github_crlf_bom_twin_gives_the_same_positions():
    lines = run_cli("check", "--format", "github", str(PADDED_CRLF_BOM)).stdout.splitlines()
    assert [line.split(",title=")[0].split(",", 1)[1] for line in lines] == [
        "line=3,col=1,endLine=3,endColumn=64",
        "line=13,col=149,endLine=13,endColumn=151",
    ]


def test_github_escape_functions():
    assert escape_data("50% done\r\nnext: a, b") == "50%25 done%0D%0Anext: a, b"
    assert escape_property("a,b:c%d\ne") == "a%2Cb%3Ac%25d%0Ae"
    # % first, so that the escapes themselves are not escaped again
    assert escape_property("%3A") == "%253A"
    assert escape_data("plain") == escape_property("plain") == "plain"


HOUSE_PACK = house_pack("100% stock: '{match}', cut it\nsee: style guide")


def test_github_escapes_paths_and_messages_end_to_end(tmp_path):
    (tmp_path / "house.toml").write_text(HOUSE_PACK, encoding="utf-8")
    (tmp_path / ".lint-news.toml").write_text('rule-packs = ["house.toml"]\nselect = ["HS"]\n', encoding="utf-8")
    (tmp_path / "vote, day: 1.txt").write_text("Vote fails\n\nAt the end of the day, the vote failed 4-3.\n", encoding="utf-8")
    result = run_cli("check", "--format", "github", "vote, day: 1.txt", cwd=tmp_path)
    assert result.code == 1, result.stderr
    assert result.stdout == (
        "::warning file=vote%2C day%3A 1.txt,line=3,col=1,endLine=3,endColumn=22,title=HS101 (banned-cliche)"
        "::100%25 stock: 'At the end of the day', cut it%0Asee: style guide\n"
    )


def test_github_info_is_a_notice(tmp_path):
    text = CLEAN_MD.read_text(encoding="utf-8")
    story = tmp_path / "story.md"
    story.write_text(insert_after_line(text, 1, "<!-- lint-news: disable LN801 -->"), encoding="utf-8")
    result = run_cli("check", "--format", "github", "--fail-on", "never", "story.md", cwd=tmp_path)
    assert result.code == 0
    (line,) = result.stdout.splitlines()
    assert line.startswith("::notice file=story.md,line=3,col=1,endLine=3,")
    assert ",title=LN001 (unused-directive)::" in line
    # and fails the run only when asked to
    assert run_cli("check", "--format", "github", "--fail-on", "info", "story.md", cwd=tmp_path).code == 1


def test_github_missing_file_and_clean_file(tmp_path):
    result = run_cli("check", "--format", "github", "gone, really.md", str(CLEAN), cwd=tmp_path)
    assert result.code == 2
    assert result.stdout == "::error file=gone%2C really.md,line=1::no such file\n"
    assert run_cli("check", "--format", "github", str(CLEAN)).stdout == ""


# --------------------------------------------------------------------------- JSON lines


def test_json_lines_one_finding_per_line():
    result = run_cli("check", "--format", "json-lines", str(PADDED))
    assert result.code == 1
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["code"], r["line"], r["column"], r["end_column"]) for r in rows] == [("LN201", 3, 1, 64), ("LN801", 13, 149, 151)]
    for row in rows:
        assert set(row) == FINDING_KEYS | {"path"}
        assert row["path"] == str(PADDED)
    assert rows[1]["message"] == TK_MESSAGE and rows[1]["offset"] == 1354 and rows[1]["suggestion"] is None
    # the same findings, field for field, as the JSON report
    report = json.loads(run_cli("check", "--format", "json", str(PADDED)).stdout)
    assert [{k: v for k, v in r.items() if k != "path"} for r in rows] == report["files"][0]["findings"]


def test_json_lines_keeps_non_ascii_and_covers_a_folder(tmp_path):
    story = tmp_path / "café.txt"
    story.write_text("Vote à Genève\n\nLe vote aura lieu le TK, a dit Élise Martin.\n", encoding="utf-8")
    result = run_cli("check", "--format", "json-lines", "--select", "LN801", str(tmp_path))
    assert result.code == 1
    assert "café.txt" in result.stdout and "\\u" not in result.stdout
    (row,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert (row["code"], row["line"], row["column"]) == ("LN801", 3, 22)


def test_json_lines_clean_file_prints_nothing_and_missing_file_an_error_line(tmp_path):
    clean = run_cli("check", "--format", "json-lines", str(CLEAN))
    assert clean.code == 0 and clean.stdout == ""
    missing = tmp_path / "missing.md"
    result = run_cli("check", "--format", "json-lines", str(missing), str(CLEAN))
    assert result.code == 2
    assert [json.loads(line) for line in result.stdout.splitlines()] == [{"path": str(missing), "error": "no such file"}]
