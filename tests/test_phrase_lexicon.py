"""The stock-phrase lexicon (LN630, kind ``phrase-lexicon``): hundreds of phrases, in their forms."""

from __future__ import annotations

import json

import pytest
from conftest import HEADLINE, LEAD, at

import lint_news
from lint_news.config import Config
from lint_news.kinds import lexicon
from lint_news.kinds.lexicon import DEFAULT_LEXICON, LexiconOptions, all_forms, forms, matches


def _all_forms() -> set[str]:
    return all_forms(DEFAULT_LEXICON)


def _literal_forms() -> set[str]:
    """The forms without a slot: text that holds them word for word."""
    return {form for form in _all_forms() if "{" not in form}


def _found(text: str) -> list[tuple[str, int, int, str]]:
    report = lint_news.lint_text(text, config=Config(select=("LN630",)))
    return [(f.code, f.line, f.column, f.severity.value) for f in report.findings]


def test_a_phrase_takes_its_forms():
    assert forms("walk a tightrope") == ["walk a tightrope", "walked a tightrope", "walking a tightrope", "walks a tightrope"]
    assert "rolled up her sleeves" in forms("roll up their sleeves") and "rolls up his sleeves" in forms("roll up their sleeves")
    assert "hitting its stride" in forms("hit its stride")
    assert forms("a testament to") == ["a testament to"]  # an article does not inflect


def test_the_shipped_lexicon_is_hundreds_of_phrases_and_loads():
    data = json.loads(lexicon.data_file(DEFAULT_LEXICON).read_text(encoding="utf-8"))
    assert len(data["phrases"]) > 300 and data["human_articles"] > 1000
    assert len(_all_forms()) > len(data["phrases"])


@pytest.mark.parametrize(
    ("sentence", "needle"),
    [
        ("The new coach has the team hitting its stride before the playoffs.", "hitting its stride"),
        ("Volunteers rolled up their sleeves to repaint the gym.", "rolled up their sleeves"),
        ("Her family poured their hearts into the farm stand.", "poured their hearts into"),
    ],
)
def test_a_phrase_in_a_form_of_its_own_is_a_hint(sentence, needle):
    assert needle.lower() in _all_forms()  # a rebuilt lexicon that drops it must say so here
    text = HEADLINE + LEAD + sentence + "\n"
    assert _found(text) == [("LN630", *at(text, needle), "info")]


def test_whole_words_only_and_overlaps_keep_the_longest():
    phrase = next(form for form in sorted(_literal_forms()) if " " in form and form.isascii())
    text = f"Before x{phrase} after, and {phrase.upper()} again."
    spans = matches(text)
    assert [text[start:end].lower() for start, end in spans] == [phrase]  # glued to a letter it is no match
    assert matches("") == []


def test_a_named_speakers_quote_and_a_quoted_example_are_not_reported():
    phrase = "poured their hearts into"
    assert phrase in _all_forms()
    quoted = HEADLINE + LEAD + f'"We {phrase} this place," said Ana Ruiz, the owner.\n'
    assert _found(quoted) == []
    mention = HEADLINE + LEAD + f'Nine of the reviews used the phrase "{phrase}" word for word, the study found.\n'
    assert _found(mention) == []
    own = HEADLINE + LEAD + f"The owners {phrase} this place.\n"
    assert [code for code, *_ in _found(own)] == ["LN630"]


def _every_whole_word_match(text: str) -> list[tuple[int, int]]:
    """The reference: every form found anywhere, kept when it starts and ends on a word boundary."""
    lower = lexicon._lowered(text)  # line breaks read as spaces
    found = []
    for form in _all_forms():
        if "{" in form:
            found += [match.span() for match in lexicon._slot_pattern(form).finditer(lower)]
            continue
        start = lower.find(form)
        while start != -1:
            stop = start + len(form)
            if (start == 0 or not lower[start - 1].isalnum()) and (stop == len(lower) or not lower[stop].isalnum()):
                found.append((start, stop))
            start = lower.find(form, start + 1)
    return lexicon.keep_longest(found)


def test_the_word_index_finds_what_a_search_for_every_form_finds():
    sample = sorted(_literal_forms())[::97]
    # glued to letters, after punctuation, across a line break, hyphenated, overlapping one another
    text = (LEAD * 2) + " ".join(sample) + " x" + sample[3] + " (" + sample[5] + ")-" + sample[7].replace(" ", "\n", 1) + "."
    assert matches(text) == _every_whole_word_match(text) and len(matches(text)) > 20


def test_a_missing_lexicon_is_an_option_error():
    with pytest.raises(ValueError, match="cannot read lexicon 'nosuch.json'"):
        LexiconOptions(lexicon="nosuch.json")


def test_the_lexicon_stays_quiet_on_every_clean_fixture():
    from conftest import CLEAN_FIXTURES

    found = [(path.name, f.line, f.excerpt) for path in CLEAN_FIXTURES for f in lint_news.lint_path(path, config=None).findings if f.code == "LN630"]
    assert found == []


@pytest.mark.parametrize(
    ("sentence", "needle"),
    [
        # a slot of one to three words, filled with words of my own
        ("For the valley, the orchard is no longer a weekend sideline but a livelihood.", "is no longer a weekend sideline but a"),
        ("For the valley, the orchard is no longer a sideline but a livelihood.", "is no longer a sideline but a"),
        ("The closure serves as a grim reminder that roads need upkeep.", "serves as a grim reminder that"),
        ("The closure stands as a grim reminder that roads need upkeep.", "stands as a grim reminder that"),
        # a slot that ends in punctuation: its last word carries the comma
        ("The fight is not just about rent money, it's about staying in town.", "not just about rent money, it's about"),
        # figurative frames of balance and weight, with an adjective of the writer's own
        ("Small farms are walking a regulatory tightrope this spring.", "walking a regulatory tightrope"),
        ("The ferry operator walks a seasonal high wire every winter.", "walks a seasonal high wire"),
        ("Few bills carry as much political freight as the water levy.", "carry as much political freight as"),
        # a release's milestone and steps away, with words of its own in the slot
        ("The new line is another milestone in its decade-long journey to the coast.", "another milestone in its decade-long journey"),
        ("Ordering a refill is now just a few quick steps away.", "just a few quick steps away"),
    ],
)
def test_a_slot_phrase_matches_whatever_fills_its_gap(sentence, needle):
    text = HEADLINE + LEAD + sentence + "\n"
    assert _found(text) == [("LN630", *at(text, needle), "info")]


@pytest.mark.parametrize(
    "sentence",
    [
        "For the valley, the orchard is no longer a profitable weekend family sideline but a livelihood.",  # four words: too many
        "The orchard is no longer a sideline. But a livelihood it is not yet.",  # a slot never crosses a sentence end
        "Growers say the new sprayer could change the game for the valley.",
    ],
)
def test_a_slot_phrase_needs_its_gap_within_bounds(sentence):
    assert _found(HEADLINE + LEAD + sentence + "\n") == []


def test_a_slot_matches_as_a_plain_phrase_does():
    phrases = ["is no longer a {1-3} but a", "play a {1} part in"]
    index = lexicon._index("test", phrases)
    assert set(index) >= {"longer"}  # indexed by its words, never by a slot
    assert "played a {1} part in" in {form for seconds in index.values() for group in seconds.values() for form in group}
    assert lexicon._slot_pattern("play a {1} part in").search("they play a quiet part in it")


@pytest.mark.parametrize("phrase", ["is no longer a {1-3}", "a {0} b", "a {1-7} b", "a {1-2} {1} b", "a {1-2 b", "a {0-1}, b"])
def test_a_malformed_slot_is_a_lexicon_error(phrase):
    with pytest.raises(ValueError, match="slot"):
        lexicon._index("test", [phrase])
