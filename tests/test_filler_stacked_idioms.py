"""Stacked idioms (LN631, kind ``phrase-lexicon`` with density options): ordinary idioms where they crowd."""

from __future__ import annotations

import json

import pytest
from conftest import CLEAN_FIXTURES, HEADLINE, LEAD, SHARED, at

import lint_news
from lint_news.config import Config
from lint_news.kinds import lexicon
from lint_news.kinds.lexicon import DEFAULT_LEXICON, LexiconOptions, all_forms, dense_uses, forms, uses
from lint_news.readers import read_document

IDIOMS = "idioms.json"
#: The rule's own options, as rules/filler.toml gives them.
RULE = LexiconOptions(lexicon=IDIOMS, also_count=(DEFAULT_LEXICON,), sentence_phrases=2, article_phrases=3, article_per_1000_words=5.0)
#: Plain sentences with facts in them, to make an article long without adding idioms.
FILLER_FREE = "The clerk said the county spent ${n},000 on road salt in {year}, up from ${m},000 the year before.\n\n"


def _found(text: str) -> list[tuple[str, int, int]]:
    report = lint_news.lint_text(text, config=Config(select=("LN631",)))
    return [(f.code, f.line, f.column) for f in report.findings]


def _padding(paragraphs: int) -> str:
    return "".join(FILLER_FREE.format(n=10 + i, m=20 + i, year=2000 + i) for i in range(paragraphs))


def test_two_idioms_in_one_sentence_are_reported_where_they_stand():
    text = HEADLINE + LEAD + "Parents have been raising the alarm for months, and the vote puts a spotlight on the bus shortage.\n"
    assert _found(text) == [("LN631", *at(text, "raising the alarm")), ("LN631", *at(text, "puts a spotlight on"))]


@pytest.mark.parametrize(
    ("sentence", "first", "second"),
    [
        ("The chain has cracked the code on late-night trade, and the new depot puts wind in its sails.", "cracked the code on", "puts wind in its sails"),
        ("The new pass takes the hassle out of commuting and gives riders a head start on the winter timetable.", "takes the hassle out of", "a head start on"),
        ("After a rocky road in spring, the club is back in the black.", "a rocky road", "back in the black"),
    ],
)
def test_figurative_idioms_of_every_field_stack(sentence, first, second):
    text = HEADLINE + LEAD + sentence + "\n"
    assert _found(text) == [("LN631", *at(text, first)), ("LN631", *at(text, second))]


def test_one_idiom_in_a_story_is_left_alone():
    text = HEADLINE + LEAD + "Parents raised the alarm in 2019, when 14 of the district's 22 buses failed inspection.\n\n" + _padding(3)
    assert _found(text) == []


def test_three_distinct_idioms_in_a_short_article_are_all_reported():
    text = (
        HEADLINE
        + LEAD
        + "The library welcomed the new readers with open arms.\n\n"
        + "Its archive is a treasure trove for local historians.\n\n"
        + "For the board, keeping the branch open remains front and center.\n"
    )
    assert _found(text) == [
        ("LN631", *at(text, "with open arms")),
        ("LN631", *at(text, "a treasure trove")),
        ("LN631", *at(text, "front and center")),
    ]


def test_the_same_idioms_spread_through_a_long_article_are_left_alone():
    idioms = [
        "The library welcomed the new readers with open arms.\n\n",
        "Its archive is a treasure trove for local historians.\n\n",
        "For the board, keeping the branch open remains front and center.\n\n",
    ]
    text = HEADLINE + LEAD + "".join(idiom + _padding(13) for idiom in idioms)
    document = read_document(text, "a.txt")
    assert document.word_count * 5 > 3 * 1000  # three idioms at under five per 1,000 words
    assert _found(text) == []


def test_one_idiom_repeated_counts_once():
    text = HEADLINE + LEAD + "The new normal arrived fast.\n\nThe new normal stayed.\n\nThe new normal is here.\n"
    assert _found(text) == []


def test_an_idiom_beside_a_stock_phrase_of_the_strict_lexicon_counts_towards_density():
    strict = "poured its heart into"
    assert strict in all_forms(DEFAULT_LEXICON)
    text = HEADLINE + LEAD + f"The bakery {strict} the festival and welcomed visitors with open arms.\n"
    assert _found(text) == [("LN631", *at(text, "with open arms"))]  # LN630 reports the other
    codes = {f.code for f in lint_news.lint_text(text).findings if f.family == "filler"}
    assert {"LN630", "LN631"} <= codes


def test_idioms_in_a_named_speakers_quote_are_neither_reported_nor_counted():
    quoted = '"We have been raising the alarm, and this puts a spotlight on it," said Rena Solberg, who chairs the riders\' group.\n\n'
    text = HEADLINE + LEAD + quoted + "The ferry welcomed riders with open arms.\n"
    assert _found(text) == []


def test_idioms_in_a_quote_only_the_company_speaks_are_the_writers():
    quoted = '"We have been raising the alarm, and this puts a spotlight on it," the company said.\n'
    text = HEADLINE + LEAD + quoted
    assert _found(text) == [("LN631", *at(text, "raising the alarm")), ("LN631", *at(text, "puts a spotlight on"))]
    slot = HEADLINE + LEAD + '"We have been raising the alarm, and this puts a spotlight on it," said {{spokesperson_name}}.\n'
    assert [code for code, *_ in _found(slot)] == ["LN631", "LN631"]


def test_irregular_verbs_take_their_past_forms():
    assert "led the charge" in forms("lead the charge") and "leading the charge" in forms("lead the charge")
    assert forms("sent ripples through") == forms("send ripples through")  # a phrase written in the past
    assert "taken center stage" in forms("take center stage") and "took center stage" in forms("take center stage")
    text = HEADLINE + LEAD + "The district led the charge and took center stage at the summit.\n"
    assert _found(text) == [("LN631", *at(text, "led the charge")), ("LN631", *at(text, "took center stage"))]


def test_without_density_options_every_phrase_is_reported():
    document = read_document(HEADLINE + LEAD + "The town welcomed them with open arms.\n", "a.txt")
    every = LexiconOptions(lexicon=IDIOMS)
    assert [document.blocks[hit.block.index].text[hit.start : hit.end] for hit in lexicon.check(document, every)] == ["with open arms"]
    assert list(lexicon.check(document, RULE)) == []


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"sentence_phrases": 1}, "at least 2"),
        ({"article_phrases": -1}, "must not be negative"),
        ({"also_count": (DEFAULT_LEXICON,)}, "needs a density option"),
        ({"also_count": ("nosuch.json",), "sentence_phrases": 2}, "cannot read lexicon 'nosuch.json'"),
    ],
)
def test_impossible_density_options_are_rejected(options, message):
    with pytest.raises(ValueError, match=message):
        LexiconOptions(lexicon=IDIOMS, **options)


def test_the_broad_lexicon_is_hundreds_of_idioms_and_shares_none_with_the_strict_one():
    broad = json.loads(lexicon.data_file(IDIOMS).read_text(encoding="utf-8"))["phrases"]
    strict = json.loads(lexicon.data_file(DEFAULT_LEXICON).read_text(encoding="utf-8"))["phrases"]
    assert len(broad) > 1000
    assert set(broad).isdisjoint(strict)
    for idiom in ("raise the alarm", "front and center", "with open arms", "lead the charge", "check every box", "the new normal"):
        assert idiom in broad  # a rebuilt lexicon that drops one must say so here


def test_stacked_idioms_stay_quiet_on_every_clean_fixture():
    found = [(path.name, f.line, f.excerpt) for path in CLEAN_FIXTURES for f in lint_news.lint_path(path, config=None).findings if f.code == "LN631"]
    assert found == []


CORPUS = SHARED / "corpus" / "train.jsonl"


@pytest.mark.skipif(not CORPUS.is_file(), reason="the labelled corpus is not here")
def test_on_labelled_news_the_rule_is_rare_on_human_articles_and_common_on_generated_ones():
    reported = {"human": [], "ai": []}
    with CORPUS.open(encoding="utf-8") as corpus:
        for line in corpus:
            row = json.loads(line)
            text = f"{row['title']}\n\n{row['text']}" if row.get("title") else row["text"]
            document = read_document(text, f"{row['id']}.txt")
            reported[row["label"]].append(len(dense_uses(uses(document, RULE), document.word_count, RULE)))
    human = sum(reported["human"]) / len(reported["human"])
    generated = sum(reported["ai"]) / len(reported["ai"])
    assert human <= 0.03  # measured 0.013 per human article (bench/stock_lexicon.py)
    assert generated >= 20 * human
