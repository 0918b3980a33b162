"""The crowd-claim kind (LN707, LN708): a claim whose only source is an unnamed crowd.

Every sentence is our own. Each bad one names a crowd no phrase list of the pack
spells out (a trade found by its ending, a lexicon noun, a quantified crowd), so
the class is what is tested; each quiet one shares its words with reporting: a
named or specific group, a counted crowd, a source in the next sentence, a
crowd inside a named speaker's quotation, a crowd that only does something.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from conftest import HEADLINE, LEAD, at

import lint_news
from lint_news.kinds import builtin_kinds
from lint_news.kinds.claims import CrowdOptions

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def _found(sentence: str) -> tuple[str, list[tuple[str, int, int, str]]]:
    text = HEADLINE + LEAD + sentence + "\n"
    report = lint_news.lint_text(text)
    return text, [(f.code, f.line, f.column, f.severity.value) for f in report.findings if f.family == "unattributed-claim"]


CROWDS = [
    # a trade by its ending, with the argument register: a warning
    ("Glaziers contend that the new code will double the cost of a shopfront.", "Glaziers contend", "LN707", "warning"),
    ("Veteran sailors recommend reefing early when the wind backs to the south.", "Veteran sailors recommend", "LN707", "warning"),
    # a quantified crowd with a conviction
    ("A growing number of retired machinists are convinced the mill will never reopen.", "A growing number of retired machinists are convinced", "LN707", "warning"),
    ("Plenty of weekend hikers remain adamant that the trail should stay open.", "Plenty of weekend hikers remain adamant", "LN707", "warning"),
    # an expected reaction of an unnamed group
    ("Tenant advocates are likely to object when the board takes up the rent rules.", "Tenant advocates are likely to object", "LN707", "warning"),
    # a shared view held among a crowd
    ("There is a feeling among some longtime shopkeepers that the square has lost its heart.", "feeling among some longtime shopkeepers", "LN707", "warning"),
    # saying, believing and fearing: the milder voice, informational
    ("Glassblowers say the new kiln rules will shut the small studios.", "Glassblowers say", "LN708", "info"),
    ("Longtime ferry riders worry that the winter timetable will strand them.", "Longtime ferry riders worry", "LN708", "info"),
    ("Regulars in the old quarter feel the new owners have kept its character.", "Regulars in the old quarter feel", "LN708", "info"),
    # "according to" a crowd
    ("The rink will close in May, according to longtime members.", "according to longtime members", "LN708", "info"),
    # the crowd as the source inside a relative clause
    ("Growers are thinning fruit early, a method orchardists believe raises sugar content.", "method orchardists believe", "LN708", "info"),
    # a crowd of crews, and a crowd counted only as "a wide swath of" it
    ("Road crews across the county are convinced the new salt mix does not work.", "Road crews across the county are convinced", "LN707", "warning"),
    ("A wide swath of commuters see the new timetable as a step back.", "A wide swath of commuters see the new timetable as", "LN708", "info"),
    # a crowd told by the side it takes, and "those" with a side or a relative clause
    ("Drivers opposed to the toll contend that the bridge was paid off long ago.", "Drivers opposed to the toll contend", "LN707", "warning"),
    ("On the other hand, those opposed to the levy contend that the county should look for grants first.", "those opposed to the levy contend", "LN707", "warning"),
    ("Those in favour of the curfew say the square has grown rowdier.", "Those in favour of the curfew say", "LN708", "info"),
    ("Those who rely on the night ferry believe the cut will strand them.", "Those who rely on the night ferry believe", "LN708", "info"),
]


@pytest.mark.parametrize(("sentence", "needle", "code", "severity"), CROWDS)
def test_a_crowd_nobody_named_is_the_source(sentence, needle, code, severity):
    text, found = _found(sentence)
    assert found == [(code, *at(text, needle), severity)]


@pytest.mark.parametrize(
    "sentence",
    [
        # a specific group: a possessive, a named body before or after the crowd
        "The guild's glaziers contend that the new code will double the cost of a shopfront.",
        "In a letter, Dunmore council members recommend a delay of one year.",
        "Members of the Dunmore Rowing Club are convinced the boathouse will flood again.",
        "The orchard needs new rootstock, according to growers at Fenwick Farms.",
        # a crowd the writer counted, or compared with
        "Three glaziers contend that the code will double the cost of a shopfront.",
        "The losses were smaller than beekeepers fear in a bad year.",
        # the crowd does something: a reported fact, and a causative verb
        "Glaziers replaced 40 windows on Main Street after the storm.",
        "Crews from three counties restored power to 9,000 homes by Friday.",
        "The new rules make beekeepers feel ignored by the county.",
        # "those" as an object, and "those" before a noun, are not a crowd that claims
        "The board thanked those who spoke against the toll at Tuesday's hearing.",
        "For those who rely on the night ferry, the winter timetable starts on Monday.",
        "Those figures in favour of the toll say little about who pays it.",
        # a question asks what a crowd thinks, it does not claim it
        "Do beekeepers believe the county will help them rebuild?",
        # the wire idiom is LN705's, off by default (LN708 leaves it alone)
        "Analysts say the figures show the market is steady.",
    ],
)
def test_a_specific_counted_or_acting_crowd_stays_quiet(sentence):
    assert _found(sentence)[1] == []


def test_a_source_in_the_next_sentence_or_a_named_speakers_quote_is_attribution():
    claim = "Glaziers contend that the new code will double the cost of a shopfront."
    assert _found(claim)[1] != []
    sourced = claim + " Ines Kowal, who runs a glass shop on Pier Street, said her quotes have risen 30 percent."
    assert _found(sourced)[1] == []
    quoted = '"Glaziers contend it will double the cost," said Ines Kowal, who runs a glass shop on Pier Street.'
    assert _found(quoted)[1] == []


def test_the_kind_is_registered_and_needs_a_verb_and_a_crowd():
    assert builtin_kinds()["crowd-claim"].options is CrowdOptions
    with pytest.raises(ValueError, match="'verbs' and 'leads'"):
        CrowdOptions(people=("residents",))
    with pytest.raises(ValueError, match="'people' and 'person-endings'"):
        CrowdOptions(verbs=("say",))
    # an expression that does not compile is found by the kind's validation, which a user's pack goes through
    kind = builtin_kinds()["crowd-claim"]
    with pytest.raises(ValueError, match="invalid pattern"):
        kind.validate(CrowdOptions(verbs=("say(",), people=("residents",)))
    kind.validate(CrowdOptions(verbs=("say",), people=("residents",)))


def test_a_users_pack_with_a_crowd_verb_that_does_not_compile_is_a_pack_error(tmp_path):
    pack = tmp_path / "house.toml"
    pack.write_text(
        '[pack]\nname = "house"\n\n[[rule]]\ncode = "HS701"\nname = "crowd"\nfamily = "unattributed-claim"\n'
        'severity = "warning"\nkind = "crowd-claim"\nmessage = "m"\nsummary = "s"\nwhy = "w"\n'
        'bad = "Residents say so."\ngood = "Ann Lee said so."\noptions = { verbs = ["say("], people = ["residents"] }\n',
        encoding="utf-8",
    )
    from lint_news.rules import PackError, load_pack

    with pytest.raises(PackError, match="invalid pattern"):
        load_pack(pack, builtin_kinds())


def test_a_plural_noun_of_people_by_lexicon_or_ending_but_not_a_thing():
    options = CrowdOptions(verbs=("say",), people=("pros",), person_endings=("ists", "ers"), not_people=("numbers",))
    assert options.is_people("Pros") and options.is_people("agronomists") and options.is_people("welders")
    assert not options.is_people("numbers") and not options.is_people("ers") and not options.is_people("buses")


def test_the_claims_fixtures_are_found_where_planted_and_clean_stays_quiet():
    padded = FIXTURES / "padded" / "claims-01-orchard-frost.txt"
    planted = json.loads(padded.with_name(padded.stem + ".expected.json").read_text("utf-8"))["findings"]
    lines = padded.read_text("utf-8").split("\n")
    expected = sorted((e["line"], lines[e["line"] - 1].index(e["match"]) + 1) for e in planted)
    found = sorted((f.line, f.column) for f in lint_news.lint_path(padded).findings if f.family == "unattributed-claim")
    assert found == expected
    clean = FIXTURES / "clean" / "claims-02-harbour-dredging.txt"
    assert lint_news.lint_path(clean).findings == []


def test_a_sentence_of_thousands_of_claims_costs_the_same_per_claim():
    """The crowd is read back a bounded stretch from its verb, and a sentence's sources are
    tested once: 8,000 claims in one sentence take well under a second, not minutes."""
    import time

    from lint_news.readers import read_document

    rule = next(rule for rule in lint_news.rules.load_registry() if rule.code == "LN708")
    text = HEADLINE + LEAD + "many glaziers say and " * 8000 + "\n"
    document = read_document(text, "long.txt")
    document.sentences  # split first: the rule's own time is measured
    started = time.process_time()
    hits = rule.run(document)
    assert len(hits) == 8000 and time.process_time() - started < 5


def test_verbs_searched_one_by_one_find_what_their_alternation_finds():
    """Each verb is searched alone in a sentence (the alternation of sixty is slow in ``re``):
    the leftmost of their matches, the earlier verb's on a tie, then on from its end, as
    the alternation matches; overlapping verbs and one verb inside another included."""
    from lint_news.kinds.claims import _verbs_in

    options = CrowdOptions(
        verbs=("have said", "said would", "say", "(?:see|view) (?:[\\w'’-]+ ){1,3}?as", "saying", "a"),
        people=("pros",),
        hedges=("also", "[a-z]{3,}ly"),
    )
    texts = [
        "Pros have said would say they say so.",
        "Pros said would have also said, saying they view the plan as late.",
        "Saying so, pros see the delay as a test and say it, a say.",
        "essay sayings said wouldn't",
        "",
    ]
    numbers = tuple(range(len(options.verbs)))
    for text in texts:
        assert _verbs_in(text, options, numbers) == [found.span() for found in options.verb.finditer(text)]


def test_the_prefilter_changes_what_is_searched_not_what_is_found():
    from lint_news.config import DEFAULT
    from lint_news.engine import rule_set
    from lint_news.readers import read_document

    rules = rule_set(DEFAULT)
    crowd = [rule for rule in rules.rules if rule.kind == "crowd-claim"]
    paths = sorted((FIXTURES / "padded").glob("*.txt"))[:40] + [FIXTURES / "padded" / "claims-01-orchard-frost.txt"]
    found_any = False
    for path in paths:
        for rule in crowd:
            with_filter = read_document(path.read_text("utf-8"), path.name)
            with_filter.use_prefilter(rules.prefilter)
            without = read_document(path.read_text("utf-8"), path.name)
            hits = [(hit.start, hit.end, hit.block.index) for hit in rule.run(with_filter)]
            assert hits == [(hit.start, hit.end, hit.block.index) for hit in rule.run(without)], (path.name, rule.code)
            found_any = found_any or bool(hits)
    assert found_any


def test_the_quick_test_for_a_crowd_word_passes_every_word_the_lexicon_and_endings_take():
    options = next(rule.options for rule in lint_news.rules.load_registry() if rule.code == "LN708")
    words = [*options.people, "Agronomists", "GROWERS", "co-workers", "neighbours’", "old-timers"]
    for word in words:
        for text in (word, f"Many {word} say so.", f"({word}), they said", f"{word.upper()}—"):
            if any(options.is_people(token) for token in re.findall(r"[\w'’-]+", text)):
                assert options.may_name_people(text), text
    assert not options.may_name_people("The council voted 5-2 on Tuesday to approve the budget.")


@pytest.mark.parametrize(
    ("sentence", "needle"),
    [
        ("The broader feeling around Pellham, it seems, is that the council has stalled on the depot.", "The broader feeling around Pellham, it seems, is that"),
        ("The prevailing view in the trade is that ticket prices have peaked.", "The prevailing view in the trade is that"),
        ("The general sentiment is that the new rota is unfair to night staff.", "The general sentiment is that"),
    ],
)
def test_a_shared_view_of_a_place_or_a_trade_is_a_crowd_claim(sentence, needle):
    text, found = _found(sentence)
    assert found == [("LN706", *at(text, needle), "info")]


def test_a_shared_view_with_its_source_named_stays_quiet():
    assert _found("The mood among growers, co-op chair Ana Ruiz said, is that the frost came late.")[1] == []
    assert _found("The general sentiment is that the rota is unfair, according to a staff survey by the Pellham Nurses Union.")[1] == []
