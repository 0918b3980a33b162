"""Rule packs (TOML data) and Python plugins (entry points): loading, validation, documentation."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from conftest import run_cli

import lint_news
from lint_news.config import Config
from lint_news.findings import FAMILIES, Severity
from lint_news.rules import builtin_pack_paths, load_registry

# ---------------------------------------------------------------------------
# Malformed packs: exit 2, one line naming the pack and the line at fault

#: A valid pack of two rules; the second rule's keys sit on lines 19-29.
PACK = r'''# House rules for the metro desk.
[pack]
name = "house"

[[rule]]
code = "HS101"
name = "banned-cliche"
family = "filler"
severity = "warning"
kind = "pattern"
message = "Stock phrase '{match}': say what happened"
summary = "Phrases the style guide bans."
why = "They say nothing."
bad = "At the end of the day, the vote failed."
good = "The vote failed 4-3."
options = { patterns = ["\\bat the end of the day\\b"] }

[[rule]]
code = "HS102"
name = "buzzword"
family = "filler"
severity = "info"
kind = "pattern"
message = "Buzzword '{match}'"
summary = "Corporate buzzwords."
why = "They hide what a company did."
bad = "The merger creates synergy."
good = "The merger cuts 300 jobs."
options = { patterns = ["\\bsynergy\\b"] }
'''

STORY = "Merger approved\n\nAt the end of the day, the merger creates synergy, the board said.\n"


def pack_line(key: str, rule: int = 2) -> int:
    """The line of ``key = ...`` in the ``rule``-th [[rule]] of PACK."""
    lines = PACK.splitlines()
    header = [number for number, line in enumerate(lines, 1) if line == "[[rule]]"][rule - 1]
    return next(number for number, line in enumerate(lines, 1) if number > header and line.startswith(f"{key} ="))


def replace_in_second_rule(old: str, new: str) -> str:
    head, tail = PACK.split('code = "HS102"', 1)
    assert old in 'code = "HS102"' + tail, old
    return head + ('code = "HS102"' + tail).replace(old, new, 1)


def site_with_pack(tmp_path: Path, pack_text: str) -> tuple[Path, Path]:
    (tmp_path / "rules").mkdir(parents=True)
    pack = tmp_path / "rules" / "house.toml"
    pack.write_text(pack_text, encoding="utf-8")
    # only the pack's rules, so built-in rules added later cannot change what is reported
    (tmp_path / ".lint-news.toml").write_text('rule-packs = ["rules/house.toml"]\nselect = ["HS"]\n', encoding="utf-8")
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    return pack, story


def test_pack_line_helper_counts_what_the_comment_says():
    assert (pack_line("code", rule=1), pack_line("severity", rule=1)) == (6, 9)
    assert (pack_line("code"), pack_line("family"), pack_line("kind"), pack_line("options")) == (19, 21, 23, 29)


def test_valid_pack_rules_fire_with_their_codes_and_positions(tmp_path):
    pack, story = site_with_pack(tmp_path, PACK)
    result = run_cli("check", "--format", "json", str(story), cwd=tmp_path)
    assert result.code == 1
    findings = result.json["files"][0]["findings"]
    assert [(f["code"], f["rule"], f["family"], f["severity"], f["line"], f["column"], f["end_column"]) for f in findings] == [
        ("HS101", "banned-cliche", "filler", "warning", 3, 1, 22),
        ("HS102", "buzzword", "filler", "info", 3, 43, 50),
    ]
    assert findings[1]["message"] == "Buzzword 'synergy'"
    listed = json.loads(run_cli("rules", "--format", "json", "--config", str(tmp_path / ".lint-news.toml")).stdout)
    house = {row["code"]: row for row in listed if row["code"].startswith("HS")}
    assert sorted(house) == ["HS101", "HS102"] and house["HS102"]["source"] == str(pack)
    doc = run_cli("rule", "HS102", "--config", str(tmp_path / ".lint-news.toml"))
    assert doc.code == 0 and "# buzzword (HS102)" in doc.stdout and "The merger creates synergy." in doc.stdout


BROKEN_PACKS = [
    # (id, pack text, expected line, message fragment)
    ("invalid-toml", replace_in_second_rule('kind = "pattern"', 'kind = "pattern'), pack_line("kind"), "invalid TOML"),
    ("unknown-key", replace_in_second_rule('kind = "pattern"\n', 'kind = "pattern"\ncolour = "red"\n'), pack_line("kind") + 1, "unknown key 'colour' in [[rule]]"),
    ("unknown-family", replace_in_second_rule('family = "filler"', 'family = "fluff"'), pack_line("family"), "unknown family 'fluff'"),
    ("bad-code", replace_in_second_rule('code = "HS102"', 'code = "hs-102"'), pack_line("code"), "invalid code 'hs-102'"),
    ("bad-name", replace_in_second_rule('name = "buzzword"', 'name = "Buzz Word"'), pack_line("name"), "invalid name 'Buzz Word'"),
    ("unknown-kind", replace_in_second_rule('kind = "pattern"', 'kind = "regexp"'), pack_line("kind"), "unknown kind 'regexp'"),
    ("bad-severity", replace_in_second_rule('severity = "info"', 'severity = "fatal"'), pack_line("severity"), "unknown severity 'fatal'"),
    ("invalid-regex", replace_in_second_rule("\\\\bsynergy\\\\b", "(synergy"), pack_line("options"), "invalid pattern '(synergy'"),
    ("unknown-option", replace_in_second_rule("options = { ", "options = { colour = 1, "), pack_line("options"), "unknown option 'colour'"),
    ("empty-summary", replace_in_second_rule('summary = "Corporate buzzwords."', 'summary = ""'), pack_line("summary"), "'summary' must be a non-empty string"),
    ("missing-key", replace_in_second_rule('why = "They hide what a company did."\n', ""), pack_line("code") - 1, "missing required key 'why'"),
    ("clashes-with-builtin", replace_in_second_rule('code = "HS102"', 'code = "LN801"'), pack_line("code"), "clashes with LN801 (tk-marker)"),
    ("name-clashes-with-builtin", replace_in_second_rule('name = "buzzword"', 'name = "tk-marker"'), pack_line("code"), "clashes with LN801 (tk-marker)"),
    ("duplicate-in-pack", replace_in_second_rule('code = "HS102"', 'code = "HS101"'), pack_line("code"), "rule HS101 (buzzword) clashes with HS101 (banned-cliche)"),
]


def test_malformed_pack_is_one_line_error_with_its_line(tmp_path):
    """Each broken pack under its own folder's configuration, all linted in one run: one
    stderr line per pack, starting with ``pack:line:``, and that folder's file has the error."""
    packs, stories = [], []
    for case_id, text, _, _ in BROKEN_PACKS:
        pack, story = site_with_pack(tmp_path / case_id, text)
        packs.append(pack)
        stories.append(str(story))
    result = run_cli("check", "--format", "json", *stories, cwd=tmp_path)
    assert result.code == 2
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == len(BROKEN_PACKS), result.stderr
    files = result.json["files"]
    for (case_id, _, line, fragment), pack, stderr_line, file in zip(BROKEN_PACKS, packs, lines, files):
        assert stderr_line.startswith(f"lint-news: error: {pack}:{line}: "), (case_id, line, stderr_line)
        assert fragment in stderr_line, (case_id, stderr_line)
        assert file["findings"] == [] and file["error"] == stderr_line.removeprefix("lint-news: error: ")


def test_pack_line_numbers_point_into_the_first_rule_too(tmp_path):
    text = PACK.replace('severity = "warning"', 'severity = "loud"', 1)
    pack, story = site_with_pack(tmp_path, text)
    result = run_cli("check", str(story), cwd=tmp_path)
    assert result.code == 2
    assert result.stderr.startswith(f"lint-news: error: {pack}:{pack_line('severity', rule=1)}: unknown severity 'loud'")


def test_malformed_pack_also_fails_the_rules_listing(tmp_path):
    site_with_pack(tmp_path, replace_in_second_rule('family = "filler"', 'family = "fluff"'))
    result = run_cli("rules", "--config", str(tmp_path / ".lint-news.toml"))
    assert result.code == 2 and "Traceback" not in result.stderr
    assert result.stderr.splitlines() == [result.stderr.strip()] and f"house.toml:{pack_line('family')}: unknown family 'fluff'" in result.stderr


PACK_STRUCTURE_ERRORS = [
    ('[[rule]]\ncode = "HS101"\n', "missing [pack] table"),
    ('[pack]\nname = "house"\n', "at least one [[rule]]"),
    ('[pack]\nname = "house"\nauthor = "me"\n\n[[rule]]\ncode = "HS101"\n', "unknown key 'author' in [pack]"),
    ('[pack]\nname = "house"\n[extras]\nx = 1\n', "unknown top-level key 'extras'"),
]


def test_pack_structure_errors(tmp_path):
    packs, stories = [], []
    for number, (text, _) in enumerate(PACK_STRUCTURE_ERRORS):
        pack, story = site_with_pack(tmp_path / f"case{number}", text)
        packs.append(pack)
        stories.append(str(story))
    result = run_cli("check", *stories, cwd=tmp_path)
    assert result.code == 2 and "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == len(PACK_STRUCTURE_ERRORS), result.stderr
    for (text, fragment), pack, line in zip(PACK_STRUCTURE_ERRORS, packs, lines):
        assert line.startswith(f"lint-news: error: {pack}") and fragment in line, (text, line)


# ---------------------------------------------------------------------------
# Built-in rules: identity and documentation

FAMILY_OF_DIGIT = {
    "0": "padding",  # core: LN001 unused-directive
    "1": "repetition",
    "2": "duplicated-headline",
    "3": "meta-commentary",
    "4": "placeholder-citation",
    "5": "padding",
    "6": "filler",
    "7": "unattributed-claim",
    "8": "placeholder-text",
    "9": "assistant-leak",
}
_BUILTIN_SOURCES = {str(path) for path in builtin_pack_paths()}
BUILTIN = [rule for rule in load_registry() if rule.source in _BUILTIN_SOURCES]


def test_builtin_packs_are_loaded():
    codes = [rule.code for rule in BUILTIN]
    assert {"LN001", "LN201", "LN801", "LN802", "LN803", "LN804", "LN805"} <= set(codes)
    assert len(codes) == len(set(codes))
    names = [rule.name for rule in BUILTIN]
    assert len(names) == len(set(names))


@pytest.mark.parametrize("rule", BUILTIN, ids=[rule.code for rule in BUILTIN])
def test_builtin_rule_identity_and_docs(rule):
    assert re.fullmatch(r"LN[0-9]{3}", rule.code)
    assert rule.family in FAMILIES
    assert rule.family == FAMILY_OF_DIGIT[rule.code[2]], (rule.code, rule.family)
    if rule.code[2] == "0":
        assert rule.code == "LN001" and rule.kind == "unused-directive"
    assert re.fullmatch(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*", rule.name)
    assert isinstance(rule.severity, Severity)
    for field in ("message", "summary", "why", "bad", "good"):
        value = getattr(rule, field)
        assert isinstance(value, str) and value.strip(), (rule.code, field)
    assert rule.bad.strip() != rule.good.strip()


#: A neutral headline to put over an example, for rules that only look at an article's body.
@pytest.mark.parametrize("rule", BUILTIN, ids=[rule.code for rule in BUILTIN])
def test_builtin_rule_examples(rule):
    from lint_news.examples import check_examples

    assert [str(problem) for problem in check_examples([rule])] == []


def test_check_examples_command_reports_a_pack_whose_example_lies(tmp_path):
    pack = tmp_path / "house.toml"
    pack.write_text(PACK.replace('bad = "At the end of the day, the vote failed."', 'bad = "The vote failed."'), encoding="utf-8")
    config = tmp_path / ".lint-news.toml"
    config.write_text('rule-packs = ["house.toml"]\n', encoding="utf-8")
    result = run_cli("rules", "--check-examples", "--config", str(config))
    assert result.code == 1
    assert "lint-news: example: HS101: its bad example gives no finding in any reading" in result.stderr
    assert run_cli("rules", "--check-examples").code == 0


def test_plain_builtin_examples_fire_as_given():
    """The simplest examples need no help: linted exactly as given, with only their rule selected."""
    for code in ("LN001", "LN201", "LN801", "LN802", "LN803", "LN804", "LN805"):
        rule = next(rule for rule in BUILTIN if rule.code == code)
        report = lint_news.lint_text(rule.bad, config=Config(select=(code,)))
        assert report.findings and {f.code for f in report.findings} == {code}
        assert lint_news.lint_text(rule.good, config=Config(select=(code,))).findings == []


def test_unused_directive_examples_in_markdown_and_with_every_rule():
    rule = next(rule for rule in BUILTIN if rule.code == "LN001")
    # the bad example is a directive with nothing to suppress, however it is read
    for path in ("example.md", "example.txt"):
        report = lint_news.lint_text(rule.bad, path=path)
        assert [(f.code, f.line, f.column) for f in report.findings] == [("LN001", 1, 1)], path
        assert lint_news.lint_text(rule.good, path=path).findings == []


def test_rule_listing_matches_the_registry():
    listed = json.loads(run_cli("rules", "--format", "json").stdout)
    rows = {row["code"]: row for row in listed}
    for rule in BUILTIN:
        assert rows[rule.code]["name"] == rule.name
        assert rows[rule.code]["family"] == rule.family
        assert rows[rule.code]["severity"] == rule.severity.value
        assert rows[rule.code]["summary"] == rule.summary


# ---------------------------------------------------------------------------
# Python plugins through the lint_news.rules entry-point group

PLUGIN = '''
import re

from lint_news.findings import Hit
from lint_news.rules import python_rule

_WORD = re.compile(r"\\bsynergy\\b", re.IGNORECASE)


def _check(document, options):
    for block in document.blocks:
        for match in _WORD.finditer(block.text):
            start, end = block.source_span(match.start(), match.end())
            yield Hit(start, end, {"match": match.group()})


SYNERGY = python_rule(
    code="NR101",
    name="synergy-buzzword",
    family="filler",
    severity="warning",
    message="Buzzword '{match}': say what the merger does",
    check=_check,
    summary="The word 'synergy'.",
    why="It names no saving, no job, no product.",
    bad="The merger creates synergy.",
    good="The merger closes two plants.",
)
'''


def install_plugin(folder: Path, module: str, source: str, target: str) -> dict[str, str]:
    """A module and a dist-info folder on ``folder``: a distribution as pip would leave it."""
    (folder / f"{module}.py").write_text(source, encoding="utf-8")
    info = folder / f"{module}-0.1.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {module.replace('_', '-')}\nVersion: 0.1\n", encoding="utf-8")
    (info / "entry_points.txt").write_text(f"[lint_news.rules]\nrule = {target}\n", encoding="utf-8")
    return {"PYTHONPATH": str(folder)}


def test_entry_point_plugin_rule_is_listed_and_fires(tmp_path):
    env = install_plugin(tmp_path, "newsroom_plugin", PLUGIN, "newsroom_plugin:SYNERGY")
    story = tmp_path / "story.md"
    story.write_text("# Merger approved\n\nThe board said the *merger* creates **synergy** for both firms.\n", encoding="utf-8")

    listed = run_cli("rules", env=env)
    assert listed.code == 0
    assert ["NR101", "synergy-buzzword", "filler", "warning"] in [row.split() for row in listed.stdout.splitlines()]
    assert "NR101" not in run_cli("rules").stdout  # only there when the plugin is installed

    doc = run_cli("rule", "NR101", env=env)
    assert doc.code == 0 and "# synergy-buzzword (NR101)" in doc.stdout

    result = run_cli("check", "--format", "json", str(story), env=env)
    assert result.code == 1
    [finding] = result.json["files"][0]["findings"]
    assert (finding["code"], finding["rule"], finding["family"], finding["severity"]) == ("NR101", "synergy-buzzword", "filler", "warning")
    assert (finding["line"], finding["column"], finding["end_column"], finding["excerpt"]) == (3, 39, 46, "synergy")
    assert finding["message"] == "Buzzword 'synergy': say what the merger does"

    # plugin rules take part in selection and directives like built-in ones
    assert run_cli("check", "--format", "json", "--ignore", "NR1", str(story), env=env).json["files"][0]["findings"] == []
    story.write_text("# Merger approved\n\n<!-- lint-news: disable-next-line synergy-buzzword -->\nThe merger creates synergy.\n", encoding="utf-8")
    assert run_cli("check", "--format", "json", str(story), env=env).json["files"][0]["findings"] == []


BROKEN_PLUGIN = 'raise ImportError("newsroom_plugin needs the newsroom SDK")\n'


def test_plugin_whose_entry_point_raises_is_one_line_error(tmp_path):
    env = install_plugin(tmp_path, "broken_plugin", BROKEN_PLUGIN, "broken_plugin:RULES")
    story = tmp_path / "story.md"
    story.write_text("# Vote set\n\nThe vote is on TK.\n", encoding="utf-8")
    for args in (("check", str(story)), ("rules",), ("rule", "LN801")):
        result = run_cli(*args, env=env)
        assert result.code == 2, args
        assert "Traceback" not in result.stderr
        lines = result.stderr.splitlines()
        assert len(lines) == 1, result.stderr
        assert lines[0].startswith("lint-news: error: ")
        assert "broken_plugin:RULES" in lines[0] and "newsroom_plugin needs the newsroom SDK" in lines[0]


def test_plugin_that_gives_no_rule_is_one_line_error(tmp_path):
    env = install_plugin(tmp_path, "odd_plugin", "RULES = 42\n", "odd_plugin:RULES")
    result = run_cli("rules", env=env)
    assert result.code == 2 and "Traceback" not in result.stderr
    assert result.stderr.count("\n") == 1 and "odd_plugin:RULES" in result.stderr and "must give a Rule" in result.stderr


def test_plugin_rule_clashing_with_a_builtin_is_one_line_error(tmp_path):
    env = install_plugin(tmp_path, "newsroom_plugin", PLUGIN.replace('"NR101"', '"LN801"'), "newsroom_plugin:SYNERGY")
    result = run_cli("rules", env=env)
    assert result.code == 2 and "Traceback" not in result.stderr
    assert result.stderr.count("\n") == 1 and "newsroom_plugin:SYNERGY" in result.stderr and "clashes with LN801 (tk-marker)" in result.stderr


def test_broken_plugin_is_reported_once_for_many_files(tmp_path):
    env = install_plugin(tmp_path, "broken_plugin", BROKEN_PLUGIN, "broken_plugin:RULES")
    for name in ("a.md", "b.md"):
        (tmp_path / name).write_text("# Vote set\n\nThe vote is on TK.\n", encoding="utf-8")
    result = run_cli("check", str(tmp_path / "a.md"), str(tmp_path / "b.md"), env=env)
    assert result.code == 2
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert "broken_plugin:RULES" in lines[0] and "newsroom_plugin needs the newsroom SDK" in lines[0]


# ---------------------------------------------------------------------------
# Pack-level lists and defaults

LISTS_PACK = r'''[pack]
name = "house"

[pack.lists]
sourced = ['\bsaid\s+[A-Z]\w+']

[pack.defaults.pattern]
exempt-quotations = true
unless-sentence = ["@sourced"]

[[rule]]
code = "HS201"
name = "vague-crowd"
family = "unattributed-claim"
severity = "warning"
kind = "pattern"
message = "Who says '{match}'?"
summary = "Crowds."
why = "Test."
bad = "Many fans say the coach must go."
good = "Many fans say the coach must go, said Ana Ruiz."
options = { patterns = ['\bmany\s+fans\s+say\b'] }

[[rule]]
code = "HS202"
name = "vague-crowd-quoted"
family = "unattributed-claim"
severity = "warning"
kind = "pattern"
message = "Who says '{match}'?"
summary = "Crowds, quotes included."
why = "Test."
bad = "Most fans say the coach must go."
good = "Most fans agree."
options = { patterns = ['\bmost\s+fans\s+say\b'], exempt-quotations = false, unless-sentence = ["@sourced", '\bpoll\b'] }
'''


def test_pack_lists_and_defaults_are_shared_and_a_rules_own_options_win():
    from lint_news.kinds import builtin_kinds
    from lint_news.rules import parse_pack

    rules = {rule.code: rule for rule in parse_pack(LISTS_PACK, "house.toml", builtin_kinds())}
    assert rules["HS201"].shared.exempt_quotations is True
    assert rules["HS201"].options.unless_sentence == (r"\bsaid\s+[A-Z]\w+",)
    assert rules["HS202"].shared.exempt_quotations is False
    assert rules["HS202"].options.unless_sentence == (r"\bsaid\s+[A-Z]\w+", r"\bpoll\b")


def test_a_list_inside_a_pattern_becomes_one_alternation():
    from lint_news.kinds import builtin_kinds
    from lint_news.readers import read_document
    from lint_news.rules import PackError, parse_pack

    pack = LISTS_PACK.replace(r"options = { patterns = ['\bmany\s+fans\s+say\b'] }", r"options = { patterns = ['\b(?:many|most)\s+{@crowds}\s+say\b'] }")
    pack = pack.replace("[pack.lists]\n", "[pack.lists]\ncrowds = ['fans', 'supporters?']\n")
    rule = {rule.code: rule for rule in parse_pack(pack, "house.toml", builtin_kinds())}["HS201"]
    assert rule.options.patterns == (r"\b(?:many|most)\s+(?:fans|supporters?)\s+say\b",)
    document = read_document("Most fans agree.\n\nMany supporters say the coach must go.\n", "a.txt")
    assert [(hit.block.text[hit.start : hit.end], hit.block.index) for hit in rule.run(document)] == [("Many supporters say", 1)]
    with pytest.raises(PackError, match=re.escape("unknown list '@crowd' (this pack's lists: @crowds, @sourced)")):
        parse_pack(pack.replace("{@crowds}", "{@crowd}"), "house.toml", builtin_kinds())


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (('"@sourced"]', '"@nosuch"]'), "unknown list '@nosuch' (this pack's lists: @sourced)"),
        (("[pack.defaults.pattern]", "[pack.defaults.patern]"), "[pack.defaults]: unknown kind 'patern'"),
        (("sourced = [", "Sourced = ["), "invalid list name 'Sourced'"),
    ],
)
def test_broken_pack_lists_and_defaults_are_errors(change, message):
    from lint_news.kinds import builtin_kinds
    from lint_news.rules import PackError, parse_pack

    with pytest.raises(PackError, match=re.escape(message)):
        parse_pack(LISTS_PACK.replace(*change, 1), "house.toml", builtin_kinds())


# ---------------------------------------------------------------------------
# Local plugins: Python rules and kinds kept in the project

LOCAL_RULES = '''
from lint_news.findings import Hit
from lint_news.rules import python_rule


def check(document, options):
    for block in document.blocks:
        at = block.text.find("synergy")
        if at != -1:
            yield Hit(*block.source_span(at, at + len("synergy")))


RULES = [python_rule(code="HL101", name="house-synergy", family="filler", severity="warning",
                     message="House style: no 'synergy'", check=check, summary="Synergy.", why="Test.",
                     bad="A synergy.", good="A merger.")]
'''


def test_local_plugin_rules_load_from_the_projects_folder(tmp_path):
    (tmp_path / "lint_plugins").mkdir()
    (tmp_path / "lint_plugins" / "house_local_rules.py").write_text(LOCAL_RULES, encoding="utf-8")
    (tmp_path / ".lint-news.toml").write_text('[local-plugins]\npaths = ["lint_plugins"]\nrules = ["house_local_rules:RULES"]\n', encoding="utf-8")
    (tmp_path / "a.txt").write_text("Council meets\n\nThe merger brings synergy, the mayor said on Tuesday.\n", encoding="utf-8")
    result = run_cli("check", "--format", "json", "a.txt", cwd=tmp_path)
    found = [(f["code"], f["line"], f["column"]) for f in json.loads(result.stdout)["files"][0]["findings"]]
    assert ("HL101", 3, 19) in found
    listed = run_cli("rule", "HL101", "--config", str(tmp_path / ".lint-news.toml"))
    assert listed.code == 0 and "local plugin house_local_rules:RULES" in listed.stdout


@pytest.mark.parametrize(
    ("table", "message"),
    [
        ('rules = ["no_such_module_here:RULES"]', "local plugin no_such_module_here:RULES: cannot load rules: ModuleNotFoundError"),
        ('rules = ["house"]', "'house' is not module:attribute"),
        ('scripts = ["x:y"]', "unknown key 'scripts'"),
    ],
)
def test_broken_local_plugins_are_one_line_errors(tmp_path, table, message):
    (tmp_path / ".lint-news.toml").write_text(f"[local-plugins]\n{table}\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text("Council meets\n\nThe council met on Tuesday.\n", encoding="utf-8")
    result = run_cli("check", "a.txt", cwd=tmp_path)
    assert result.code == 2
    assert message in result.stderr and "Traceback" not in result.stderr
