"""Rule packs, configuration and plugins are data or the project's code, never the tool's.

A pack's pattern that backtracks for ever, a malformed or mistyped file, a
plugin rule that raises: each is reported to the user (a finding, or one line
on stderr with exit 2) and never hangs the run or ends it with a traceback.
Every case runs through the real command line.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from conftest import run_cli

# ---------------------------------------------------------------------------
# Patterns past the match time limit


def pack_text(rules: str, name: str = "slow") -> str:
    return f'[pack]\nname = "{name}"\n\n{rules}'


def rule_text(code: str, name: str, options: str, severity: str = "warning") -> str:
    return (
        f'[[rule]]\ncode = "{code}"\nname = "{name}"\nfamily = "filler"\nseverity = "{severity}"\nkind = "pattern"\n'
        "message = \"Found '{match}'\"\n"
        'summary = "Test."\nwhy = "Test."\nbad = "a"\ngood = "b"\n'
        f"options = {options}\n\n"
    )


#: The textbook catastrophic pattern first, a plain one second.
CATASTROPHIC = rule_text("SL101", "slow-pattern", r"""{ patterns = ['(a+)+$', '\bsynergy\b'] }""")
#: 50,000 a's and a "!": ``(a+)+$`` tries every way to split the run before it fails.
RUN = "a" * 50_000 + "!"
STORY = f"Budget talks\n\nThe plan has synergy.\n\nsynergy {RUN}\n\nMore synergy here.\n"
GAVE_UP = "Gave up on this block: pattern '(a+)+$' ran past the 1 s match limit, so its matches here are not reported; simplify the pattern"


def site(tmp_path: Path, pack: str, story: str = STORY, select: str = "SL") -> Path:
    (tmp_path / "slow.toml").write_text(pack, encoding="utf-8")
    (tmp_path / ".lint-news.toml").write_text(f'rule-packs = ["slow.toml"]\nselect = ["{select}"]\n', encoding="utf-8")
    (tmp_path / "story.txt").write_text(story, encoding="utf-8")
    return tmp_path / "story.txt"


def test_a_pattern_past_the_time_limit_is_reported_and_the_rules_other_pattern_still_runs(tmp_path):
    """Item 1 and 2 of issue #13.5: the time-out is a warning of the rule (its code, in the
    file's report), at the block it gave up on; the rule's plain pattern still reports on that
    block and the others; and the whole run stays well within the bound (one second per block
    and pattern, not the hours ``(a+)+$`` would take)."""
    site(tmp_path, pack_text(CATASTROPHIC))
    started = time.monotonic()
    result = run_cli("check", "--format", "json", "story.txt", cwd=tmp_path)
    assert time.monotonic() - started < 10
    assert result.code == 1 and result.stderr == ""
    [file] = result.json["files"]
    assert file["path"] == "story.txt"
    found = [(f["code"], f["severity"], f["line"], f["column"], f["length"], f["message"]) for f in file["findings"]]
    assert found == [
        ("SL101", "warning", 3, 14, 7, "Found 'synergy'"),
        # the notice and the match start at the same character: both are kept
        ("SL101", "warning", 5, 1, 7, "Found 'synergy'"),
        ("SL101", "warning", 5, 1, 0, GAVE_UP),
        ("SL101", "warning", 7, 6, 7, "Found 'synergy'"),
    ]
    text = run_cli("check", "story.txt", cwd=tmp_path)
    assert text.code == 1
    assert f"story.txt:5:1: SL101 [filler] {GAVE_UP}" in text.stdout.splitlines()


def test_a_catastrophic_pattern_is_not_rejected_at_load(tmp_path):
    """Whether a pattern backtracks badly depends on the text: ``(a+)+$`` is instant on prose.
    It loads, lists and runs; the time limit is what bounds it."""
    site(tmp_path, pack_text(CATASTROPHIC), story="Budget talks\n\nThe plan has synergy and a few aaaa words.\n")
    result = run_cli("check", "--format", "json", "story.txt", cwd=tmp_path)
    assert result.code == 1 and result.stderr == ""
    assert [(f["line"], f["column"], f["message"]) for f in result.json["files"][0]["findings"]] == [(3, 14, "Found 'synergy'")]


def test_a_test_pattern_past_the_time_limit_leaves_the_match_reported_and_says_so(tmp_path):
    """``unless-sentence`` and ``unless-article`` patterns that run out of time excuse nothing:
    the match is reported, with a notice naming the option and the pattern (no crash)."""
    rules = rule_text("SL201", "slow-sentence-test", r"""{ patterns = ['\bsynergy\b'], unless-sentence = ['(a+)+$'] }""")
    rules += rule_text("SL202", "slow-article-test", r"""{ patterns = ['\bplan\b'], unless-article = ['(a+)+$'] }""")
    site(tmp_path, pack_text(rules))
    result = run_cli("check", "--format", "json", "story.txt", cwd=tmp_path)
    assert result.code == 1 and result.stderr == ""
    found = [(f["code"], f["line"], f["column"], f["message"]) for f in result.json["files"][0]["findings"]]
    untested = "ran past the 1 s match limit, so matches are reported without that test; simplify the pattern"
    assert found == [
        ("SL202", 3, 5, "Found 'plan'"),
        ("SL201", 3, 14, "Found 'synergy'"),
        ("SL201", 5, 1, "Found 'synergy'"),
        ("SL201", 5, 1, f"Gave up on this block: unless-sentence pattern '(a+)+$' {untested}"),
        ("SL202", 5, 1, f"Gave up on this block: unless-article pattern '(a+)+$' {untested}"),
        ("SL201", 7, 6, "Found 'synergy'"),
    ]


# ---------------------------------------------------------------------------
# Malformed packs: exit 2, one line naming the pack, the line and the rule

PACK = r'''[pack]
name = "house"

[[rule]]
code = "HS101"
name = "banned-cliche"
family = "filler"
severity = "warning"
kind = "pattern"
message = "Stock phrase '{match}'"
summary = "Phrases the style guide bans."
why = "They say nothing."
bad = "At the end of the day, the vote failed."
good = "The vote failed 4-3."
options = { patterns = ['\bat the end of the day\b'] }
'''
SECOND_RULE = PACK[PACK.index("[[rule]]") :].replace('name = "banned-cliche"', 'name = "other-cliche"')
ALLOWED_KINDS = (
    "closing-exhortation, crowd-claim, duplicate-passage, generic-sentence, headline-repeat, headline-restated, overused-phrase, pattern, phrase-lexicon, "
    "placeholder-link, reference-list, repeated-opener, restated-point, section-items, sentence-model, shared-passage, takeaway-restates, template-headings, unintroduced-document, unused-directive"
)
PATTERN_OPTIONS = (
    "patterns, ignore-case, exceptions, unless-sentence, unless-next-sentence, unless-article, skip-linked-blocks, match-links, "
    "defer-to-family, escalate-min-matches, escalate-per-1000-words, escalate-to, exempt-mentions, exempt-quotations, exempt-speech, min-matches, scopes"
)

BROKEN_PACKS = [
    # (id, pack text, the message after "lint-news: error: PACK")
    ("malformed-toml", PACK.replace('kind = "pattern"', 'kind = "pattern'), r":9: invalid TOML: Illegal character '\n'"),
    ("unclosed-at-end", PACK + "[[rule]]\ncode = [\n", ":17: invalid TOML: Invalid value at the end of the file"),
    ("severity-number", PACK.replace('severity = "warning"', "severity = 3"), ":8: key 'severity' must be a non-empty string"),
    ("patterns-string", PACK.replace(r"patterns = ['\bat the end of the day\b']", "patterns = 'x'"),
     """:15: rule HS101: option 'patterns' must be a list of strings, not a string (write ["x"] for one)"""),
    ("patterns-number", PACK.replace(r"patterns = ['\bat the end of the day\b']", "patterns = [3]"), ":15: rule HS101: option 'patterns' must be a list of strings"),
    ("ignore-case-string", PACK.replace("options = { ", 'options = { ignore-case = "yes", '), ":15: rule HS101: option 'ignore-case' must be true or false"),
    ("options-string", PACK.replace(r"options = { patterns = ['\bat the end of the day\b'] }", 'options = "x"'), ":15: key 'options' must be a table"),
    ("unknown-kind", PACK.replace('kind = "pattern"', 'kind = "regexp"'), f":9: unknown kind 'regexp' (allowed: {ALLOWED_KINDS})"),
    ("unknown-option", PACK.replace("options = { ", "options = { colour = 1, "), f":15: rule HS101: unknown option 'colour' (allowed: {PATTERN_OPTIONS})"),
    ("bad-regex", PACK.replace(r"\bat the end of the day\b", "(unclosed"), ":15: rule HS101: invalid pattern '(unclosed': missing ) at position 9"),
    ("duplicate-code", PACK + "\n" + SECOND_RULE, ":18: rule HS101 (other-cliche) clashes with HS101 (banned-cliche) from {pack}"),
]


@pytest.mark.parametrize(("text", "message"), [case[1:] for case in BROKEN_PACKS], ids=[case[0] for case in BROKEN_PACKS])
def test_broken_pack_is_one_line_error_with_file_line_and_rule(tmp_path, text, message):
    root = tmp_path.resolve()
    (root / "house.toml").write_text(text, encoding="utf-8")
    (root / ".lint-news.toml").write_text('rule-packs = ["house.toml"]\nselect = ["HS"]\n', encoding="utf-8")
    (root / "a.txt").write_text("Vote\n\nAt the end of the day, the vote failed.\n", encoding="utf-8")
    result = run_cli("check", "a.txt", cwd=root)
    pack = root / "house.toml"
    assert result.code == 2
    assert result.stderr.splitlines() == [f"lint-news: error: {pack}{message.format(pack=pack)}"]


def test_the_same_code_in_two_packs_is_an_error_at_the_second(tmp_path):
    root = tmp_path.resolve()
    (root / "one.toml").write_text(PACK, encoding="utf-8")
    (root / "two.toml").write_text(PACK.replace('name = "house"', 'name = "desk"').replace('name = "banned-cliche"', 'name = "other-cliche"'), encoding="utf-8")
    (root / ".lint-news.toml").write_text('rule-packs = ["one.toml", "two.toml"]\n', encoding="utf-8")
    (root / "a.txt").write_text("Vote\n\nThe vote failed.\n", encoding="utf-8")
    result = run_cli("check", "a.txt", cwd=root)
    assert result.code == 2
    assert result.stderr.splitlines() == [f"lint-news: error: {root / 'two.toml'}:5: rule HS101 (other-cliche) clashes with HS101 (banned-cliche) from {root / 'one.toml'}"]


def test_a_missing_pack_names_the_configuration_that_lists_it(tmp_path):
    root = tmp_path.resolve()
    (root / ".lint-news.toml").write_text('rule-packs = ["style/nope.toml"]\n', encoding="utf-8")
    (root / "a.txt").write_text("Vote\n\nThe vote failed.\n", encoding="utf-8")
    result = run_cli("check", "a.txt", cwd=root)
    assert result.code == 2
    assert result.stderr.splitlines() == [f"lint-news: error: {root / '.lint-news.toml'}: 'rule-packs': rule pack not found: {root / 'style' / 'nope.toml'}"]


# ---------------------------------------------------------------------------
# Malformed configuration files

TOP_KEYS = "select, ignore, unfixable, severity, per-file-ignores, rule-packs, local-plugins, fail-on, min-substance, exclude, rules"
BROKEN_CONFIGS = [
    # (file name, text, the message after "lint-news: error: CONFIG")
    (".lint-news.toml", 'select = ["LN8"\n', ": invalid TOML: Unclosed array at the end of the file (at line 1)"),
    (".lint-news.toml", 'select = ["LN8"]\nfail-on = "loud\n', r": invalid TOML: Illegal character '\n' (at line 2, column 16)"),
    (".lint-news.toml", 'colour = "red"\n', f": unknown key 'colour' (allowed: {TOP_KEYS})"),
    (".lint-news.toml", "rule-packs = 3\n", ": 'rule-packs' must be a list of strings"),
    (".lint-news.toml", "fail-on = 3\n", ": 'fail-on' must be one of error, warning, info, never, not 3"),
    (".lint-news.toml", "severity = { LN801 = 3 }\n", ": 'severity': LN801: unknown severity '3' (allowed: info, warning, error)"),
    (".lint-news.toml", "[local-plugins]\npaths = 3\n", ": 'local-plugins.paths' must be a list of strings"),
    (".lint-news.toml", '[rules.LN801]\npatterns = "TK"\n', """: 'rules.LN801': option 'patterns' must be a list of strings, not a string (write ["TK"] for one)"""),
    (".lint-news.toml", '[rules.LN801]\npatterns = ["(TK"]\n', ": 'rules.LN801': invalid pattern '(TK': missing ) at position 3"),
    ("pyproject.toml", "[tool.lint-news]\nselect = [\n", ": invalid TOML: Invalid value at the end of the file (at line 2)"),
    ("pyproject.toml", '[tool.lint-news]\ncolour = "red"\n', f": unknown key 'colour' (allowed: {TOP_KEYS})"),
    ("pyproject.toml", '[tool.lint-news]\nmin-substance = "40"\n', ": 'min-substance' must be a number from 0 to 100, not '40'"),
    ("pyproject.toml", "[tool.lint-news]\nselect = 3\n", ": 'select' must be a list of strings"),
    ("setup.cfg", "[lint-news]\nselect = LN8\nselect = LN2\n",
     ": invalid setup.cfg: While reading from '{config}' [line  3]: option 'select' in section 'lint-news' already exists"),
    ("setup.cfg", "select = LN8\n", ": invalid setup.cfg: File contains no section headers (line 1)"),
    ("setup.cfg", "[lint-news]\ncolour = red\n", f": unknown key 'colour' (allowed: {TOP_KEYS})"),
    ("setup.cfg", "[lint-news]\nmin-substance = lots\n", ": 'min-substance' must be a number from 0 to 100, not 'lots'"),
    ("setup.cfg", "[lint-news.rules.LN801]\nignore-case = maybe\n", ": 'rules.LN801': option 'ignore-case' must be true or false"),
]


@pytest.mark.parametrize(("name", "text", "message"), BROKEN_CONFIGS, ids=[f"{case[0]}-{number}" for number, case in enumerate(BROKEN_CONFIGS)])
def test_broken_configuration_is_one_line_error(tmp_path, name, text, message):
    root = tmp_path.resolve()
    config = root / name
    config.write_text(text, encoding="utf-8")
    (root / "a.txt").write_text("Vote\n\nThe vote failed.\n", encoding="utf-8")
    result = run_cli("check", "a.txt", cwd=root)
    assert result.code == 2
    assert result.stderr.splitlines() == [f"lint-news: error: {config}{message.format(config=config)}"]


# ---------------------------------------------------------------------------
# A plugin rule that raises

FAILING_RULES = '''
from lint_news.findings import Hit
from lint_news.rules import python_rule


def divide(document, options):
    yield Hit(0, 4)
    1 / 0


def nonsense(document, options):
    yield "not a hit"


def fine(document, options):
    for block in document.blocks:
        at = block.text.find("synergy")
        if at != -1:
            yield Hit(*block.source_span(at, at + len("synergy")))


def rule(code, name, check):
    return python_rule(code=code, name=name, family="filler", severity="info", message="House style: no 'synergy'",
                       check=check, summary="Test.", why="Test.", bad="A synergy.", good="A merger.")


RULES = [rule("XY101", "divides", divide), rule("XY102", "yields-nonsense", nonsense), rule("XY103", "house-synergy", fine)]
'''


def test_a_plugin_rule_that_raises_is_an_error_finding_and_the_run_goes_on(tmp_path):
    (tmp_path / "lint_plugins").mkdir()
    (tmp_path / "lint_plugins" / "failing_rules.py").write_text(FAILING_RULES, encoding="utf-8")
    (tmp_path / ".lint-news.toml").write_text(
        'select = ["XY", "LN801"]\n[local-plugins]\npaths = ["lint_plugins"]\nrules = ["failing_rules:RULES"]\n', encoding="utf-8"
    )
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text("Council meets\n\nThe merger brings synergy on TK.\n", encoding="utf-8")
    result = run_cli("check", "--format", "json", "a.txt", "b.txt", cwd=tmp_path)
    assert result.code == 1 and result.stderr == ""
    expected = [
        ("XY101", "error", 1, 1, 0, "rule XY101 failed: ZeroDivisionError: division by zero"),
        ("XY102", "error", 1, 1, 0, "rule XY102 failed: AttributeError: 'str' object has no attribute 'notice'"),
        ("XY103", "info", 3, 19, 7, "House style: no 'synergy'"),
        ("LN801", "error", 3, 30, 2),  # the built-in rule beside them still runs
    ]
    for file in result.json["files"]:
        found = [(f["code"], f["severity"], f["line"], f["column"], f["length"], f["message"]) for f in file["findings"]]
        assert found[:3] == expected[:3], file["path"]
        assert [entry[:5] for entry in found[3:]] == [expected[3][:5]], file["path"]
        assert file["error"] is None
    text = run_cli("check", "a.txt", cwd=tmp_path)
    assert text.code == 1 and "a.txt:1:1: XY101 [filler] rule XY101 failed: ZeroDivisionError: division by zero" in text.stdout.splitlines()
    # a configuration that lowers the rule's severity does not hide that it did not run
    (tmp_path / ".lint-news.toml").write_text(
        'select = ["XY101"]\nseverity = { XY101 = "info" }\n[local-plugins]\npaths = ["lint_plugins"]\nrules = ["failing_rules:RULES"]\n', encoding="utf-8"
    )
    again = run_cli("check", "--format", "json", "a.txt", cwd=tmp_path)
    assert again.code == 1
    assert [(f["code"], f["severity"]) for f in again.json["files"][0]["findings"]] == [("XY101", "error")]


def test_a_failing_rule_with_debug_set_shows_its_traceback(tmp_path):
    (tmp_path / "lint_plugins").mkdir()
    (tmp_path / "lint_plugins" / "failing_rules.py").write_text(FAILING_RULES, encoding="utf-8")
    (tmp_path / ".lint-news.toml").write_text('select = ["XY101"]\n[local-plugins]\npaths = ["lint_plugins"]\nrules = ["failing_rules:RULES"]\n', encoding="utf-8")
    (tmp_path / "a.txt").write_text("Council meets\n\nThe merger brings synergy.\n", encoding="utf-8")
    result = run_cli("check", "a.txt", cwd=tmp_path, env={"LINT_NEWS_DEBUG": "1"})
    assert result.code != 0 and "ZeroDivisionError" in result.stderr and "Traceback" in result.stderr


def test_a_link_target_pattern_past_the_time_limit_is_a_notice_not_a_hang(tmp_path):
    (tmp_path / ".lint-news.toml").write_text('[rules.LN409]\ntargets = ["(a+)+$", "#"]\n', encoding="utf-8")
    story = tmp_path / "story.md"
    story.write_text("# Council vote\n\nSee [the report](" + "a" * 40_000 + "!) and [the minutes](#).\n", encoding="utf-8")
    result = run_cli("check", "--select", "LN409", str(story), cwd=tmp_path)
    assert result.code == 1, result.stderr
    lines = [line for line in result.stdout.splitlines() if ": LN409 " in line]
    assert len(lines) == 2
    assert "Gave up on this link: a target pattern ran past the 1 s match limit; simplify the pattern" in lines[0]
    assert "Link '[the minutes](#)' goes nowhere" in lines[1]
