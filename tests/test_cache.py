"""The start-up cache: a value is computed once per key, and the cache never turns into an error."""

from __future__ import annotations

import datetime
import marshal
import re

import pytest

import lint_news
from lint_news import cache
from lint_news.config import Config
from lint_news.prefilter import Prefilter


@pytest.fixture
def folder(tmp_path, monkeypatch):
    monkeypatch.setenv("LINT_NEWS_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("LINT_NEWS_NO_CACHE", raising=False)
    return tmp_path / "cache"


def _counting(value):
    calls = []

    def compute():
        calls.append(1)
        return value

    return compute, calls


def test_a_value_is_computed_once_per_key(folder):
    compute, calls = _counting({"a": [1, 2]})
    assert cache.cached("thing", ["key", 1], compute) == {"a": [1, 2]}
    assert cache.cached("thing", ["key", 1], compute) == {"a": [1, 2]}
    assert len(calls) == 1
    assert len(list(folder.glob("thing-*.marshal"))) == 1
    cache.cached("thing", ["key", 2], compute)  # other inputs: computed again
    assert len(calls) == 2


def test_no_cache_when_switched_off(folder, monkeypatch):
    monkeypatch.setenv("LINT_NEWS_NO_CACHE", "1")
    compute, calls = _counting([1])
    cache.cached("thing", [], compute)
    cache.cached("thing", [], compute)
    assert len(calls) == 2
    assert not folder.exists()


def test_a_folder_that_cannot_be_written_only_means_no_cache(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("LINT_NEWS_CACHE_DIR", str(blocker / "cache"))
    compute, calls = _counting([1])
    assert cache.cached("thing", [], compute) == [1]
    assert cache.cached("thing", [], compute) == [1]
    assert len(calls) == 2


def test_a_damaged_entry_is_computed_again_and_replaced(folder):
    compute, calls = _counting({"ok": True})
    cache.cached("thing", [], compute)
    (entry,) = folder.glob("thing-*.marshal")
    entry.write_bytes(entry.read_bytes()[:-3])  # half a file, as a crash mid-write would leave
    assert cache.cached("thing", [], compute) == {"ok": True}
    assert marshal.loads(entry.read_bytes()) == {"ok": True}
    assert len(calls) == 2


def test_a_value_that_is_not_plain_data_is_returned_and_not_kept(folder):
    value = {"when": datetime.date(2026, 12, 1)}  # a TOML date
    compute, calls = _counting(value)
    assert cache.cached("thing", [], compute) == value
    assert cache.cached("thing", [], compute) == value
    assert len(calls) == 2
    assert list(folder.glob("*.marshal")) == []
    assert list(folder.glob(".tmp-*")) == []


def test_old_entries_are_removed(folder):
    for number in range(12):
        cache.cached("thing", [number], lambda: number)
    assert len(list(folder.glob("thing-*.marshal"))) == 8
    assert cache.cached("other", [], lambda: 0) == 0  # other names keep their own entries
    assert len(list(folder.glob("thing-*.marshal"))) == 8


def test_the_prefilter_is_the_same_from_the_cache(folder):
    keys = [(r"\bstark\s+(?:reminder|warning)\b", True), (r"\w+ly\b", True)]
    fresh = Prefilter(keys)
    assert list(folder.glob("prefilter-*.marshal"))
    cached = Prefilter(keys)
    for text in ("A stark  Reminder.", "Slowly.", "Nothing."):
        assert cached.candidates(text) == fresh.candidates(text)


def test_an_edited_pack_is_read_again(folder, tmp_path):
    pack = tmp_path / "house.toml"
    text = (
        '[pack]\nname = "house"\n\n[[rule]]\ncode = "HS101"\nname = "banned-cliche"\nfamily = "filler"\n'
        'severity = "warning"\nkind = "pattern"\nmessage = "MESSAGE"\nsummary = "s"\nwhy = "w"\n'
        'bad = "At the end of the day."\ngood = "The vote failed."\noptions = { patterns = ["\\\\bat the end of the day\\\\b"] }\n'
    )
    article = "Budget vote\n\nAt the end of the day, the vote failed 4-3.\n"
    config = Config(select=("HS101",), rule_packs=(pack,))
    pack.write_text(text.replace("MESSAGE", "first wording"), encoding="utf-8")
    assert [f.message for f in lint_news.lint_text(article, config=config).findings] == ["first wording"]
    pack.write_text(text.replace("MESSAGE", "second wording, longer"), encoding="utf-8")
    assert [f.message for f in lint_news.lint_text(article, config=config).findings] == ["second wording, longer"]


def test_a_compiled_pattern_comes_back_from_the_cache_and_matches_the_same(folder):
    import regex

    from lint_news.compiled_regex import compile_pattern

    source, flags = r"(?<![\w-])(?P<word>stark)\s+(?:reminder|warning)s?\b", regex.IGNORECASE | regex.VERSION0
    fresh = compile_pattern(source, flags)
    (entry,) = folder.glob("regex-*.marshal")
    kept = compile_pattern(source, flags)
    assert kept is not fresh and type(kept) is type(fresh)
    assert (kept.pattern, kept.flags, kept.groupindex) == (fresh.pattern, fresh.flags, fresh.groupindex)
    text = "A STARK reminder, a stark-warning and two stark  warnings."
    assert [(m.span(), m.group("word")) for m in kept.finditer(text, timeout=1)] == [(m.span(), m.group("word")) for m in fresh.finditer(text)]
    second = text.index("stark  warnings")
    expected = [(2, 16), (second, second + len("stark  warnings"))]
    assert [m.span() for m in kept.finditer(text)] == expected
    entry.write_bytes(marshal.dumps(["not", "a", "pattern"]))  # damaged: compiled again
    again = compile_pattern(source, flags)
    assert [m.span() for m in again.finditer(text)] == expected


def test_re_patterns_are_built_from_their_kept_program(folder):
    from lint_news.compiled_regex import compile_re

    source = r"(?P<crowd>many|some)\s+(?:residents|experts)\s+(?P<verb>say|argue)s?\b"
    text = "Many residents say it works; some experts argue it does not. MANY EXPERTS SAY so."
    expected = re.compile(source, re.IGNORECASE)
    first = compile_re(source, re.IGNORECASE)
    assert len(list(folder.glob("re-*.marshal"))) == 1
    second = compile_re(source, re.IGNORECASE)  # from the kept program
    for built in (first, second):
        assert [(m.span(), m.groupdict()) for m in built.finditer(text)] == [(m.span(), m.groupdict()) for m in expected.finditer(text)]
        assert (built.pattern, built.flags, built.groups, built.groupindex) == (expected.pattern, expected.flags, expected.groups, expected.groupindex)


def test_a_damaged_re_entry_is_compiled_again(folder):
    from lint_news.compiled_regex import compile_re

    compile_re(r"\bstark\s+reminder\b")
    (entry,) = folder.glob("re-*.marshal")
    entry.write_bytes(marshal.dumps([0, [1, 2, 3], 0, {}, []]))  # a program _sre refuses
    assert compile_re(r"\bstark\s+reminder\b").search("a stark  reminder").span() == (2, 17)


def test_an_invalid_re_pattern_raises_as_re_does(folder):
    from lint_news.compiled_regex import compile_re

    with pytest.raises(re.error):
        compile_re(r"(unclosed")


def test_an_entry_in_use_outlasts_newer_ones_written_meanwhile(folder):
    """Checkouts sharing the folder write entries of their own; the one read on every run stays."""
    cache.cached("thing", ["used"], lambda: "used")
    for number in range(7):
        cache.cached("thing", [number], lambda: number)
    compute, calls = _counting("used")
    assert cache.cached("thing", ["used"], compute) == "used"  # read: now the most recently used
    for number in range(7, 10):
        cache.cached("thing", [number], lambda: number)
    assert len(list(folder.glob("thing-*.marshal"))) == 8
    assert cache.cached("thing", ["used"], compute) == "used"
    assert calls == []


def test_entries_another_process_wrote_count_towards_the_limit(folder):
    for number in range(6):
        cache.cached("thing", [number], lambda: number)
    cache._entries.clear()  # as a new process: it lists the folder on its first store
    for number in range(6, 9):
        cache.cached("thing", [number], lambda: number)
    assert len(list(folder.glob("thing-*.marshal"))) == 8
    assert list(folder.glob(".*.tmp")) == []
