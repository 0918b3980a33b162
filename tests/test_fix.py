"""``check --fix``, ``fix_text`` and fixes as data: what is removed, what is kept byte for byte.

The articles under fixtures/fix/ come in pairs, ``NAME.ext`` and ``NAME.fixed.ext``: the second
is exactly what ``--fix`` must make of the first.
"""

from __future__ import annotations

import hashlib
import json
import os
import textwrap
from pathlib import Path

import pytest

import lint_news
from lint_news.config import DEFAULT
from lint_news.findings import Edit, Finding, Fix, Severity
from lint_news.fixer import apply_fixes
from lint_news.rules import PackError
from tests.conftest import FIXTURES, SHARED, at, run_cli, validate_report

FIX = FIXTURES / "fix"
PAIRS = sorted(path for path in FIX.iterdir() if ".fixed." not in path.name)
CHATBOT = FIX / "chatbot-paste.txt"


def fixed_name(path: Path) -> Path:
    return path.with_name(path.name.replace(path.suffix, ".fixed" + path.suffix))


def state(path: Path) -> tuple[str, int]:
    return hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns


# --------------------------------------------------------------------------- the fixtures


@pytest.mark.parametrize("path", PAIRS, ids=lambda path: path.name)
def test_fix_text_gives_the_fixed_fixture_and_a_second_run_changes_nothing(path: Path):
    text = path.read_text("utf-8")
    result = lint_news.fix_text(text, path=path.name)
    assert result.text == fixed_name(path).read_text("utf-8")
    again = lint_news.fix_text(result.text, path=path.name)
    assert again.text == result.text and again.applied == ()


def test_the_chatbot_paste_keeps_only_its_tk():
    """The done-when article: headline twice, a preamble, an opener, a sign-off and a TK."""
    text = CHATBOT.read_text("utf-8")
    before = lint_news.lint_text(text, path="story.txt").files[0].findings
    # the repeated headline is not reported yet: the preamble stands where the headline should
    assert [(f.code, f.line, f.fix.safety if f.fix else None) for f in before] == [
        ("LN901", 1, "safe"), ("LN604", 7, "safe"), ("LN801", 15, None), ("LN904", 17, "safe"), ("LN311", 17, None), ("LN904", 17, "safe"),
    ]
    result = lint_news.fix_text(text, path="story.txt")
    # the preamble, the opener and the first sign-off sentence in pass one; the headline (the
    # headline only once the preamble above it is gone) and the rest of the sign-off in pass two
    assert [(a.code, a.line, a.safety) for a in result.applied] == [
        ("LN901", 1, "safe"), ("LN604", 7, "safe"), ("LN904", 17, "safe"), ("LN201", 3, "safe"), ("LN904", 15, "safe"),
    ]
    assert [a.title for a in result.applied][:2] == ["Delete the chatbot preamble", "Drop the throat-clearing opener"]
    fixed = result.text
    assert [(f.code, f.line, f.column) for f in result.report.findings] == [("LN801", *at(fixed, "TK"))]
    assert fixed.startswith("Orrin Creek Footbridge Reopens After Flood Repairs\n\nThe footbridge on Mill Lane reopened on Monday")


def test_check_fix_rewrites_the_file_keeping_crlf_and_bom_and_the_rest_byte_for_byte(tmp_path: Path):
    original = CHATBOT.read_text("utf-8").replace("\n", "\r\n")
    path = tmp_path / "story.txt"
    path.write_bytes(b"\xef\xbb\xbf" + original.encode("utf-8"))
    os.chmod(path, 0o640)
    result = run_cli("check", "--fix", str(path))
    assert result.code == 1  # the TK remains, an error
    assert result.stderr == f"lint-news: {path}: fixed 5 findings (LN201, LN604, LN901, LN904)\n"
    expected = fixed_name(CHATBOT).read_text("utf-8").replace("\n", "\r\n")
    assert path.read_bytes() == b"\xef\xbb\xbf" + expected.encode("utf-8")
    assert path.stat().st_mode & 0o777 == 0o640
    assert [name for name in os.listdir(tmp_path)] == ["story.txt"]  # no temporary file left behind
    line, column = at(expected.replace("\r\n", "\n"), "TK")
    assert f"{path}:{line}:{column}: LN801 [placeholder-text]" in result.stdout
    assert "Found 1 finding (1 error) in 1 file." in result.stdout
    # every line the fixes did not touch is byte-identical, CR included
    kept = [line for line in original.split("\n") if "Sure! Here" not in line and "I hope this helps" not in line and "It is important" not in line]
    assert all(line in expected.split("\n") for line in kept)

    before = state(path)
    again = run_cli("check", "--fix", str(path))
    assert again.code == 1 and again.stderr == "" and state(path) == before


def test_dry_run_prints_the_diff_and_writes_nothing(tmp_path: Path):
    import subprocess

    path = tmp_path / "story.txt"
    path.write_bytes(CHATBOT.read_bytes())
    before = state(path)
    result = run_cli("check", "--fix", "--dry-run", "story.txt", cwd=tmp_path)
    assert result.code == 1
    assert state(path) == before
    assert result.stdout.startswith("--- a/story.txt\n+++ b/story.txt\n@@ -1,10 +1,6 @@\n-Sure! Here is a 400-word news article about the Orrin Creek footbridge:\n-\n")
    assert "+The footbridge on Mill Lane reopened on Monday" in result.stdout
    assert "-I hope this helps! Let me know if you would like a shorter version or a different headline.\n" in result.stdout
    assert result.stderr == "lint-news: would fix 5 findings in 1 file; nothing written\n"
    # the diff applies: patched onto a copy, it gives what --fix writes
    copy = tmp_path / "copy"
    copy.mkdir()
    (copy / "story.txt").write_bytes(CHATBOT.read_bytes())
    subprocess.run(["git", "apply"], input=result.stdout.encode(), check=True, cwd=copy)
    assert (copy / "story.txt").read_text("utf-8") == fixed_name(CHATBOT).read_text("utf-8")


def test_a_clean_file_is_untouched(tmp_path: Path):
    path = tmp_path / "clean.txt"
    path.write_bytes((FIXTURES / "clean" / "clean-01-council-budget.txt").read_bytes())
    before = state(path)
    result = run_cli("check", "--fix", str(path))
    assert result.code == 0 and result.stderr == "" and state(path) == before
    dry = run_cli("check", "--fix", "--dry-run", str(path))
    assert (dry.code, dry.stdout) == (0, "") and dry.stderr == "lint-news: would fix 0 findings in 0 files; nothing written\n"


@pytest.mark.parametrize("path", sorted((FIXTURES / "clean").iterdir()), ids=lambda path: path.name)
def test_fixing_a_clean_fixture_changes_nothing(path: Path):
    text = path.read_text("utf-8-sig")
    assert lint_news.fix_text(text, path=path.name, unsafe=True).text == text


def test_standard_input_prints_the_fixed_text_and_reports_on_stderr():
    result = run_cli("check", "--fix", "--stdin-filename", "story.txt", "-", stdin=CHATBOT.read_bytes())
    assert result.code == 1
    assert result.stdout == fixed_name(CHATBOT).read_text("utf-8")
    assert "LN801 [placeholder-text]" in result.stderr and "fixed 5 findings" in result.stderr


def test_json_report_after_fix_validates_and_holds_what_remains(tmp_path: Path):
    path = tmp_path / "story.txt"
    path.write_bytes(CHATBOT.read_bytes())
    data = json.loads(run_cli("check", "--fix", "--format", "json", str(path)).stdout)
    validate_report(data)
    assert [(f["code"], f["fix"]) for f in data["files"][0]["findings"]] == [("LN801", None)]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--dry-run",), "--dry-run works with --fix (write: --fix --dry-run)"),
        (("--unsafe-fixes",), "--unsafe-fixes works with --fix (write: --fix --unsafe-fixes)"),
        (("--fix", "--cross-file"), "--fix cannot be combined with --cross-file"),
        (("--fix", "--diff=HEAD"), "--fix cannot be combined with --diff"),
    ],
)
def test_usage_errors(args: tuple[str, ...], message: str):
    result = run_cli("check", *args, str(CHATBOT))
    assert (result.code, result.stdout, result.stderr) == (2, "", f"lint-news: error: {message}\n")


def test_a_file_changed_on_disk_meanwhile_is_not_overwritten(tmp_path: Path):
    from lint_news.runner import FixMode, _fix_target
    from lint_news.sources import Target

    path = tmp_path / "story.txt"
    read = CHATBOT.read_bytes()
    path.write_bytes(read + b"\nAn editor's late addition.\n")  # saved after lint-news read it
    before = state(path)
    report = _fix_target(Target(str(path), path, True), read, read.decode("utf-8"), DEFAULT, path, FixMode())
    assert report.error == "changed on disk while it was being fixed; not written (run again)"
    assert state(path) == before


def test_other_files_are_still_fixed_after_a_bad_one(tmp_path: Path):
    good = tmp_path / "good.txt"
    good.write_bytes(CHATBOT.read_bytes())
    result = run_cli("check", "--fix", str(tmp_path / "missing.txt"), str(good))
    assert result.code == 2
    assert f"{tmp_path / 'missing.txt'}: no such file" in result.stderr
    assert good.read_text("utf-8") == fixed_name(CHATBOT).read_text("utf-8")


# --------------------------------------------------------------------------- safety


def _fixes(text: str, path: str = "story.txt") -> list[tuple[str, str | None]]:
    return [(f.code, f.fix.safety if f.fix else None) for f in lint_news.lint_text(text, path=path).files[0].findings]


BODY = (
    "The council voted 5-2 on Tuesday to close the Elm Street depot, Mayor Ana Ruiz said.\n\n"
    "The depot employs 42 people, who will move to the new yard on Route 9 by June, the city said.\n"
)


def test_a_deletion_that_would_take_a_fact_with_it_is_unsafe():
    cutoff = "Depot Closes\n\n" + BODY + "\nAs of my last knowledge update, the depot handled 300 buses a day.\n"
    assert ("LN903", "unsafe") in _fixes(cutoff)
    assert lint_news.fix_text(cutoff, path="story.txt").text == cutoff  # --fix leaves it for a person
    unsafe = lint_news.fix_text(cutoff, path="story.txt", unsafe=True)
    assert unsafe.text == "Depot Closes\n\n" + BODY and [a.code for a in unsafe.applied] == ["LN903"]
    bare = "Depot Closes\n\n" + BODY + "\nAs of my last knowledge update, I cannot confirm whether the closure went ahead.\n"
    assert ("LN903", "safe") in _fixes(bare)


def test_a_model_note_is_only_ever_an_unsafe_fix():
    note = "Depot Closes\n\n" + BODY + "\n[Note: The quotes above are illustrative and should be replaced with real sources.]\n"
    assert ("LN906", "unsafe") in _fixes(note)
    assert lint_news.fix_text(note, path="story.txt").text == note


@pytest.mark.parametrize(
    "sentence",
    [
        "It is important to remember the 2019 flood, when the depot was closed for a week.",  # no "that": the opener is part of the sentence
        "The closure, it should be noted, was first proposed in 2022.",  # not at the sentence's start
        "It is important to note, however, that the vote can be appealed within 30 days.",  # the remainder is no clause
    ],
)
def test_an_opener_that_cannot_go_cleanly_has_no_fix(sentence: str):
    text = "Depot Closes\n\n" + BODY + "\n" + sentence + "\n"
    found = [(code, safety) for code, safety in _fixes(text) if code == "LN604"]
    assert found and all(safety is None for _code, safety in found)
    assert lint_news.fix_text(text, path="story.txt", unsafe=True).text == text


def test_the_opener_fix_capitalises_and_keeps_mixed_case_words():
    text = "Depot Closes\n\n" + BODY + "\nIt should be noted that eBay bought the depot's old buses for $1.2 million.\n"
    assert lint_news.fix_text(text, path="story.txt").text.endswith("\neBay bought the depot's old buses for $1.2 million.\n")


def test_an_unused_directive_for_a_rule_that_did_not_run_is_kept(tmp_path: Path):
    text = "Depot Closes\n\n# lint-news: disable-next-line LN705\n" + BODY
    assert ("LN001", "unsafe") in _fixes(text)  # LN705 is off by default: the directive may be wanted
    assert lint_news.fix_text(text, path="story.txt").text == text
    used_rule = "Depot Closes\n\n# lint-news: disable-next-line LN801\n" + BODY
    assert lint_news.fix_text(used_rule, path="story.txt").text == "Depot Closes\n\n" + BODY


# --------------------------------------------------------------------------- applying edits


def _finding(code: str, offset: int, edits: tuple[Edit, ...], safety: str = "safe") -> Finding:
    return Finding(code, "rule", "filler", Severity.WARNING, "m", 1, offset + 1, 1, offset + 2, offset, 1, "", fix=Fix("t", safety, edits))


def test_overlapping_fixes_are_resolved_earliest_first_and_whole():
    text = "abcdefghij"
    one = _finding("XX102", 2, (Edit(2, 3, ""),))  # cde
    two = _finding("XX101", 4, (Edit(4, 2, "EF"), Edit(8, 1, "I")))  # overlaps one at e: waits, both of its edits
    three = _finding("XX103", 7, (Edit(7, 1, ""),))
    unsafe = _finding("XX104", 0, (Edit(0, 1, "A"),), safety="unsafe")
    fixed, applied = apply_fixes(text, [three, two, one, unsafe])
    assert fixed == "abfgij" and [f.code for f in applied] == ["XX102", "XX103"]
    fixed, applied = apply_fixes(text, [three, two, one, unsafe], unsafe=True)
    assert fixed == "Abfgij" and [f.code for f in applied] == ["XX104", "XX102", "XX103"]


def test_fixes_appear_in_the_json_report_and_in_sarif(tmp_path: Path):
    path = tmp_path / "story.txt"
    path.write_bytes(CHATBOT.read_bytes())
    data = json.loads(run_cli("check", "--format", "json", str(path)).stdout)
    validate_report(data)
    by_code = {f["code"]: f for f in data["files"][0]["findings"]}
    text = CHATBOT.read_text("utf-8")
    assert by_code["LN901"]["fix"] == {"title": "Delete the chatbot preamble", "safety": "safe", "edits": [{"offset": 0, "length": text.index("Orrin Creek Footbridge"), "replacement": ""}]}
    opener = text.index("It is important")
    assert by_code["LN604"]["fix"]["edits"] == [{"offset": opener, "length": len("It is important to note that t"), "replacement": "T"}]
    assert by_code["LN801"]["fix"] is None and by_code["LN801"]["suggestion"] is None

    sarif = json.loads(run_cli("check", "--format", "sarif", str(path)).stdout)
    results = {r["ruleId"]: r for r in sarif["runs"][0]["results"]}
    assert results["LN604"]["fixes"] == [
        {
            "description": {"text": "Drop the throat-clearing opener (safe fix)"},
            "artifactChanges": [
                {
                    "artifactLocation": results["LN604"]["locations"][0]["physicalLocation"]["artifactLocation"],
                    "replacements": [{"deletedRegion": {"charOffset": opener, "charLength": 30}, "insertedContent": {"text": "T"}}],
                }
            ],
        }
    ]
    assert "fixes" not in results["LN801"]


# --------------------------------------------------------------------------- fixes in packs


def _pack(fix_line: str) -> str:
    return textwrap.dedent(
        f"""\
        [pack]
        name = "house"

        [[rule]]
        code = "HS101"
        name = "wordy-phrase"
        family = "filler"
        severity = "warning"
        kind = "pattern"
        message = "Wordy: '{{match}}'"
        summary = "Wordy phrases."
        why = "Shorter is clearer."
        bad = "The council met in order to vote."
        good = "The council met to vote."
        {fix_line}
        options = {{ patterns = ["\\\\bin order to\\\\b"] }}
        """
    )


def test_a_house_pack_declares_a_replacement_fix(tmp_path: Path):
    (tmp_path / "house.toml").write_text(_pack('fix = { action = "replace", replacement = "to", safety = "safe", title = "Say \'to\'" }'), "utf-8")
    (tmp_path / ".lint-news.toml").write_text('rule-packs = ["house.toml"]\nselect = ["HS101"]\n', "utf-8")
    story = tmp_path / "story.txt"
    story.write_text("Depot Closes\n\nThe council met on Tuesday in order to vote on the closure.\n", "utf-8")
    data = json.loads(run_cli("check", "--format", "json", str(story)).stdout)
    [finding] = data["files"][0]["findings"]
    assert finding["suggestion"] == "to" and finding["fix"]["title"] == "Say 'to'"
    assert run_cli("check", "--fix", str(story)).code == 0
    assert story.read_text("utf-8") == "Depot Closes\n\nThe council met on Tuesday to vote on the closure.\n"
    rule = run_cli("rule", "HS101", "--config", str(tmp_path / ".lint-news.toml")).stdout
    assert "Fix: replace (safe; applied by --fix)" in rule


@pytest.mark.parametrize(
    ("fix_line", "problem"),
    [
        ('fix = "rewrite"', "'fix' action 'rewrite' is not one of delete-match, delete-sentence, delete-block, delete-line, replace"),
        ('fix = { action = "replace" }', "'fix' action 'replace' needs a 'replacement' string"),
        ('fix = { action = "delete-match", safety = "maybe" }', "'fix' safety 'maybe' is not 'safe' or 'unsafe'"),
        ('fix = { action = "delete-match", how = 1 }', "unknown key 'how' in 'fix' (allowed: action, safety, title, replacement)"),
    ],
)
def test_a_bad_fix_in_a_pack_names_the_file_and_line(tmp_path: Path, fix_line: str, problem: str):
    from lint_news.kinds import builtin_kinds
    from lint_news.rules.packs import parse_pack

    with pytest.raises(PackError) as caught:
        parse_pack(_pack(fix_line), "house.toml", builtin_kinds())
    assert str(caught.value) == f"house.toml:15: rule HS101: {problem}"


# --------------------------------------------------------------------------- the annotated articles


def _annotated(folder: str) -> list[Path]:
    root = SHARED / "annotated" / folder
    if not root.is_dir():
        pytest.skip("../shared/annotated is not available")
    return sorted(p for p in root.iterdir() if p.suffix in (".txt", ".md", ".html"))


def test_fixing_the_annotated_clean_articles_changes_nothing():
    for path in _annotated("clean"):
        text = path.read_bytes().decode("utf-8-sig")
        assert lint_news.fix_text(text, path=path.name).text == text, path.name


def test_the_fixed_annotated_padded_articles_still_read_as_articles():
    """Only lines that carried a fixed finding change; what remains has no finding the fixes made."""
    fixed_any = 0
    for path in _annotated("padded"):
        text = path.read_bytes().decode("utf-8-sig")
        result = lint_news.fix_text(text, path=path.name)
        if result.text == text:
            continue
        fixed_any += 1
        before = lint_news.lint_text(text, path=path.name).files[0]
        after = result.report
        fixed_lines = {line for f in before.findings if f.code in {a.code for a in result.applied} for line in range(f.line, f.end_line + 1)}
        original = text.splitlines()
        kept = set(result.text.splitlines())
        changed = {number for number, line in enumerate(original, 1) if line not in kept and line.strip()}
        assert changed <= fixed_lines, (path.name, sorted(changed - fixed_lines))
        fixable = {a.code for a in result.applied}
        assert fixable <= {"LN001", "LN201", "LN503", "LN604", "LN901", "LN902", "LN903", "LN904", "LN905", "LN907"}, path.name
        new_codes = {f.code for f in after.findings} - {f.code for f in before.findings}
        assert not new_codes, (path.name, new_codes)
    assert fixed_any >= 5


def test_check_fix_in_two_processes_writes_the_same_files(tmp_path: Path):
    one, two = tmp_path / "one", tmp_path / "two"
    for folder in (one, two):
        folder.mkdir()
        for path in PAIRS:
            (folder / path.name).write_bytes(path.read_bytes())
    serial = run_cli("check", "--fix", str(one))
    parallel = run_cli("check", "--fix", "--jobs", "2", str(two))
    assert serial.code == parallel.code == 1
    assert serial.stderr.replace(str(one), "X") == parallel.stderr.replace(str(two), "X")
    for path in PAIRS:
        assert (two / path.name).read_bytes() == (one / path.name).read_bytes() == fixed_name(path).read_bytes()


def test_a_block_that_shares_its_line_in_a_saved_page_keeps_its_finding_without_a_fix():
    page = (FIXTURES / "pages" / "padded-minified.html").read_text("utf-8")
    [repeated] = [f for f in lint_news.lint_text(page, path="page.html").files[0].findings if f.code == "LN201"]
    assert repeated.fix is None and repeated.message.startswith("Headline repeated")
    assert lint_news.fix_text(page, path="page.html").text == page


def test_unfixable_rules_are_reported_but_never_fixed(tmp_path: Path):
    (tmp_path / ".lint-news.toml").write_text('unfixable = ["LN604", "duplicated-headline"]\n', "utf-8")
    story = tmp_path / "story.txt"
    story.write_bytes(CHATBOT.read_bytes())
    data = json.loads(run_cli("check", "--format", "json", str(story)).stdout)
    fixes = {f["code"]: f["fix"] for f in data["files"][0]["findings"]}
    assert fixes["LN604"] is None and fixes["LN901"] is not None
    run_cli("check", "--fix", str(story))
    fixed = story.read_text("utf-8")
    assert fixed.count("Orrin Creek Footbridge Reopens After Flood Repairs") == 2 and "It is important to note that the footbridge" in fixed
    assert "Sure! Here is" not in fixed and "I hope this helps" not in fixed
    (tmp_path / ".lint-news.toml").write_text('unfixable = ["LN6O4"]\n', "utf-8")
    bad = run_cli("check", str(story))
    assert bad.code == 2 and "'unfixable': unknown rule selector 'LN6O4'" in bad.stderr


def test_a_read_only_file_is_not_replaced(tmp_path: Path):
    path = tmp_path / "story.txt"
    path.write_bytes(CHATBOT.read_bytes())
    path.chmod(0o444)
    before = state(path)
    result = run_cli("check", "--fix", str(path))
    assert result.code == 2 and f"lint-news: error: {path}: read-only file; the fixes were not written" in result.stderr
    assert state(path) == before
