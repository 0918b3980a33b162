"""The prefilter: one scan per block for the literals patterns need names those that may match; findings stay exact."""

from __future__ import annotations

from pathlib import Path

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

import lint_news
from lint_news import prefilter as prefilter_module
from lint_news.config import Config
from lint_news.engine import rule_set
from lint_news.kinds import pattern
from lint_news.prefilter import Prefilter, fold, required_literals
from lint_news.readers import read_document
from lint_news.rules import load_registry

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def _holds(source: str, text: str) -> bool:
    """Whether ``text`` holds a literal of every clause the prefilter reads in ``source``."""
    folded = fold(text)
    return all(any(literal in folded for literal in clause) for clause in required_literals(source))


@pytest.mark.parametrize(
    ("source", "clauses"),
    [
        (r"\bstark (?:reminder|warning)\b", [{"stark reminder", "stark warning"}]),
        (r"\bstudies\s+(?:show|suggest)", [{"studies show", "studies suggest"}]),
        (r"\bas\s+an?\s+AI\b", [{"as a ai", "as an ai"}]),  # \s+ is one space in folded text; case folded
        (r"colou?r", [{"color", "colour"}]),
        (r"(?<![\w-])TK(?![\w-])", [{"tk"}]),  # lookarounds and boundaries only narrow
        (r"(?x) in \s+ today's \s+ world  # a comment", [{"in today's world"}]),
        (r"x{3,180}y", [{"xxx"}]),
        (r"\[\s*(?:your|the)\s+name\s*\]", [{"[your name]", "[ your name]", "[your name ]", "[ your name ]", "[the name]", "[ the name]", "[the name ]", "[ the name ]"}]),
        (r"(\w+) \1 again", [{" again"}]),  # a backreference is anything
        (r"\w+ly\b", [{"ly"}]),
        (r"[$€£]\d", [{"$", "€", "£"}]),  # one sign is worth a lookup, one letter is not
        (r"\w+[ab]\d", []),  # nothing usable: a candidate on every block
        (r"a(?x: b )c", []),  # scoped verbose mode is not read
    ],
)
def test_the_literals_read_from_an_expression(source, clauses):
    assert [set(clause) for clause in required_literals(source)] == clauses


@pytest.mark.parametrize(
    ("source", "text"),
    [
        (r"(?<![\w-])TK(?![\w-])", "TK"),
        (r"\bcafé\b", "le CAFÉ au lait"),
        (r"a\s+b", "a\u00a0\n b"),  # any run of white space
        (r"(\w+) \1", "so so"),
        (r"(?x) in \s+ today's \s+ world  # a comment", "In  today's\nworld"),
        (r"(?-i:[A-Z]{2,})\s+HERE", "INSERT HERE"),
        (r"x{3,180}y", "xxxxy"),
        (r"caf\N{LATIN SMALL LETTER E WITH ACUTE}", "café"),
        (r"\p{Lu}\w+ said", "Ídolo said"),
        (r"(?m)^Sources?:\s+\S+$", "intro\nSources: Something"),
        (r"(?:a++|b)c", "aac"),
        (r"\bI am\b", "ı am"),  # IGNORECASE matches I to the dotless ı
        (r"strasse", "STRASSE"),
        (r"ſtop", "stop"),
    ],
)
def test_a_text_the_expression_matches_holds_its_literals(source, text):
    assert regex.search(source, text, flags=regex.IGNORECASE | regex.VERSION0)
    assert _holds(source, text)


def test_an_expression_with_no_literal_is_a_candidate_everywhere():
    prefilter = Prefilter([(r"a(?x: b )c", False), (r"\btapestry\b", True)])
    assert prefilter.always == frozenset({(r"a(?x: b )c", False)})
    assert prefilter.candidates("nothing here") == frozenset({(r"a(?x: b )c", False)})
    assert (r"\btapestry\b", True) in prefilter.candidates("a rich Tapestry")


def test_every_clause_must_hold():
    key = (r"\[\s*(?:insert|add)\b[^\]]*\]", True)  # "[" and one of the words
    prefilter = Prefilter([key])
    assert key in prefilter.candidates("Quote here [Insert quote]")
    assert key not in prefilter.candidates("Insert the card; press [OK]")


def test_without_pyahocorasick_the_candidates_are_the_same(monkeypatch):
    keys = _builtin_keys()
    with_automaton = Prefilter(keys)
    with_automaton.prepare(10_000)
    assert with_automaton._automaton is not None
    monkeypatch.setattr(prefilter_module, "_ahocorasick", None)
    plain = Prefilter(keys)
    plain.prepare(10_000)
    for text in _fixture_blocks()[:200]:
        assert plain.candidates(text) == with_automaton.candidates(text)


def test_the_automaton_is_built_for_the_first_document_that_is_not_tiny():
    from lint_news.readers import read_document

    prefilter = Prefilter(_builtin_keys())
    tiny = read_document("The council met on Tuesday.\n")
    tiny.use_prefilter(prefilter)
    tiny.blocks_for([next(iter(prefilter.keys))])
    assert prefilter._automaton is None  # a one-line file is read literal by literal
    article = read_document("Harlow council approves budget\n\n" + "The council approved a $48 million budget on Tuesday by a vote of 5-2. " * 5 + "\n")
    article.use_prefilter(prefilter)
    article.blocks_for([next(iter(prefilter.keys))])
    assert prefilter._automaton is not None


def _builtin_keys() -> list[tuple[str, bool]]:
    return [(source, rule.options.ignore_case) for rule in load_registry() if rule.kind == "pattern" for source in rule.options.patterns]


def _fixture_blocks() -> list[str]:
    texts = []
    for path in sorted(FIXTURES.rglob("*")):
        if path.suffix in (".txt", ".md", ".html"):
            texts.extend(block.text for block in read_document(path.read_text(encoding="utf-8-sig"), path.name).blocks)
    return texts


def test_every_builtin_pattern_has_literals_and_the_fixture_matches_are_candidates():
    keys = _builtin_keys()
    prefilter = Prefilter(keys)
    assert prefilter.always == frozenset()  # every built-in pattern is prefiltered
    blocks = _fixture_blocks()
    matched = 0
    for text in blocks:
        candidates = prefilter.candidates(text)
        for key in keys:
            if pattern._compiled(*key).search(text):
                matched += 1
                assert key in candidates, (key[0][:60], text[:80])
    assert matched > 250  # the fixtures exercise most of the packs
    # and the filter is worth having: far fewer candidates than patterns
    assert sum(len(prefilter.candidates(text)) for text in blocks) < len(blocks) * len(keys) / 10


_BLOCKS = _fixture_blocks()
_ODD = ["\u00a0", "\u2019", "\u201c", "É", "ß", "\n", "  ", "-", "İ", "\u200b"]


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(_BLOCKS), st.lists(st.tuples(st.integers(0, 400), st.sampled_from(_ODD)), max_size=4), st.booleans())
def test_prefilter_never_drops_a_match_on_edited_text(block, edits, upper):
    text = block.upper() if upper else block
    for position, insert in edits:
        position = min(position, len(text))
        text = text[:position] + insert + text[position:]
    keys = _builtin_keys()
    candidates = _PREFILTER.candidates(text)
    for key in keys:
        if pattern._compiled(*key).search(text):
            assert key in candidates, (key[0][:60], text[:80])


_PREFILTER = Prefilter(_builtin_keys())


def test_findings_are_the_same_with_and_without_the_prefilter():
    rules = rule_set(Config())
    pattern_rules = [rule for rule in rules.rules if rule.kind == "pattern"]
    for path in sorted(FIXTURES.rglob("*")):
        if path.suffix not in (".txt", ".md", ".html"):
            continue
        source = path.read_text(encoding="utf-8-sig")
        plain = read_document(source, path.name)  # no prefilter: every pattern runs
        filtered = read_document(source, path.name)
        filtered.use_prefilter(rules.prefilter)
        for rule in pattern_rules:
            assert list(rule.run(plain)) == list(rule.run(filtered)), (path.name, rule.code)


def test_builtin_packs_validate(tmp_path):
    # Start-up skips compiling the built-in patterns; this is where they are checked.
    registry = load_registry()
    for rule in registry:
        if rule.kind in registry.kinds:
            registry.kinds[rule.kind].validate(rule.options)


GREEDY_PACK = r'''[pack]
name = "slow"

[[rule]]
code = "SL101"
name = "slow-pattern"
family = "filler"
severity = "warning"
kind = "pattern"
message = "Found '{match}'"
summary = "A pattern that backtracks a lot, and a plain one."
why = "Test."
bad = "a"
good = "b"
options = { patterns = ['(?:.*,){6}Y(?!$)', '\bsynergy\b'] }
'''


def test_a_pattern_cut_off_by_the_time_limit_is_reported_and_the_others_still_run(tmp_path, monkeypatch):
    pack = tmp_path / "slow.toml"
    pack.write_text(GREEDY_PACK, encoding="utf-8")
    monkeypatch.setattr(pattern, "MATCH_TIMEOUT", 0.0005)
    text = "Budget Talks\n\nThe plan has synergy. " + "," * 4000 + "Y\n"
    report = lint_news.lint_text(text, path="a.txt", config=Config(select=("SL101",), rule_packs=(pack,)))
    found = [(f.code, f.line, f.column, f.severity.value, f.message[:28]) for f in report.findings]
    assert ("SL101", 3, 1, "warning", "Gave up on this block: patte") in found
    assert ("SL101", 3, 14, "warning", "Found 'synergy'") in found
    assert len(found) == 2
    import json

    from conftest import validate_report

    from lint_news.formatters import render

    data = json.loads(render(report, "json"))
    validate_report(data)  # the zero-length "gave up" finding keeps to the report's contract
    gave_up = next(f for f in data["files"][0]["findings"] if f["message"].startswith("Gave up"))
    assert (gave_up["family"], gave_up["line"], gave_up["column"], gave_up["length"]) == ("filler", 3, 1, 0)


_PIECES = ["a", "b", "ab", "I", "s", "é", "ß", " ", "\\w", "\\W", "\\d", "\\s", "\\S", "\\b", "\\B", ".", "[a-c]", "[^a]", "[\\w-]", "\\p{Lu}", "^", "$", "’", "\\u00e9", "—"]


def _patterns():
    return st.recursive(
        st.sampled_from(_PIECES),
        lambda inner: st.one_of(
            st.tuples(inner, inner).map("".join),
            st.tuples(inner, inner).map(lambda pair: f"(?:{pair[0]}|{pair[1]})"),
            st.tuples(st.sampled_from(["(?=", "(?!", "(?<=", "(?<!", "(?i:", "(?-i:", "("]), inner).map(lambda pair: f"{pair[0]}{pair[1]})"),
            st.tuples(inner, st.sampled_from(["*", "+", "?", "*?", "{2}", "{1,3}", "++", "{2,}"])).map("".join),
        ),
        max_leaves=8,
    )


@settings(max_examples=400, deadline=None)
@given(_patterns(), st.booleans(), st.lists(st.text(alphabet="abAB éßÉẞ-.—’_1\n\u00a0ıIſs", max_size=8), min_size=1, max_size=5))
def test_the_literals_hold_for_any_pattern(source, ignore_case, texts):
    try:
        exact = regex.compile(source, (regex.IGNORECASE if ignore_case else 0) | regex.VERSION0)
    except regex.error:
        return  # not a pattern: packs reject it at load time
    for text in texts:
        if exact.search(text):
            assert _holds(source, text), (source, text, required_literals(source))
