"""The prefilter: one RE2 scan per block names the patterns that may match; findings stay exact."""

from __future__ import annotations

from pathlib import Path

import pytest
import re2
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

import lint_news
from lint_news.config import Config
from lint_news.engine import rule_set
from lint_news.kinds import pattern
from lint_news.prefilter import Prefilter, Untranslatable, superset
from lint_news.readers import read_document
from lint_news.rules import load_registry

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def _re2_matches(source: str, ignore_case: bool, text: str) -> bool:
    return re2.search(superset(source, ignore_case), text) is not None


@pytest.mark.parametrize(
    ("source", "text"),
    [
        (r"(?<![\w-])TK(?![\w-])", "TK"),  # lookarounds dropped
        (r"\bcafé\b", "le café au lait"),  # Unicode word boundary: RE2's \b is ASCII-only
        (r"\w+ly\b", "éminemment sûrly"),  # \w beyond ASCII
        (r"a\s+b", "a\u00a0b"),  # a no-break space is \s in Python, not in RE2
        (r"(\w+) \1", "so so"),  # a backreference becomes "anything"
        (r"(?x) in \s+ today's \s+ world  # a comment", "in today's world"),
        (r"(?-i:[A-Z]{2,})\s+HERE", "INSERT HERE"),
        (r"x{3,180}y", "xxxy"),
        (r"caf\N{LATIN SMALL LETTER E WITH ACUTE}", "café"),
        (r"\p{Lu}\w+ said", "Ídolo said"),
        (r"(?m)^Sources?:\s+\S+$", "intro\nSources: Something"),
        (r"(?:a++|b)c", "aac"),
    ],
)
def test_superset_matches_where_the_original_does(source, text):
    assert regex.search(source, text, flags=regex.IGNORECASE | regex.VERSION0)
    assert _re2_matches(source, True, text)


def test_scoped_verbose_flag_is_untranslatable_and_then_always_a_candidate():
    with pytest.raises(Untranslatable):
        superset(r"a(?x: b )c", False)
    prefilter = Prefilter([(r"a(?x: b )c", False), (r"\btapestry\b", True)])
    assert prefilter.candidates("nothing here") == frozenset({(r"a(?x: b )c", False)})
    assert (r"\btapestry\b", True) in prefilter.candidates("a rich Tapestry")


def _builtin_keys() -> list[tuple[str, bool]]:
    return [(source, rule.options.ignore_case) for rule in load_registry() if rule.kind == "pattern" for source in rule.options.patterns]


def _fixture_blocks() -> list[str]:
    texts = []
    for path in sorted(FIXTURES.rglob("*")):
        if path.suffix in (".txt", ".md", ".html"):
            texts.extend(block.text for block in read_document(path.read_text(encoding="utf-8-sig"), path.name).blocks)
    return texts


def test_every_builtin_pattern_goes_into_re2_and_the_fixture_matches_are_candidates():
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


_PIECES = ["a", "b", "é", "ß", "\\w", "\\W", "\\d", "\\s", "\\S", "\\b", "\\B", ".", "[a-c]", "[^a]", "[\\w-]", "\\p{Lu}", "^", "$", "’", "\\u00e9", "—"]


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


@settings(max_examples=300, deadline=None)
@given(_patterns(), st.booleans(), st.lists(st.text(alphabet="abAB éßÉẞ-.—’_1\n\u00a0", max_size=8), min_size=1, max_size=5))
def test_the_rewrite_is_a_superset_for_any_pattern(source, ignore_case, texts):
    try:
        exact = regex.compile(source, (regex.IGNORECASE if ignore_case else 0) | regex.VERSION0)
    except regex.error:
        return  # not a pattern: packs reject it at load time
    try:
        wider = re2.compile(superset(source, ignore_case))
    except Untranslatable:
        return  # always a candidate
    for text in texts:
        if exact.search(text):
            assert wider.search(text), (source, text)
