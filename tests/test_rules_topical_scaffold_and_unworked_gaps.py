"""A scaffold heading with the story's topic after it, and the writer owning up to what it could
not work out from the material it was given.

Every sentence is our own; each bad one stands for a class, and each good one is the reporting
that shares its words and must stay quiet.
"""

from __future__ import annotations

import pytest
from conftest import HEADLINE, LEAD, at

import lint_news
from lint_news.config import Config


def _found(text: str, family: str) -> list[tuple[str, int, int, str]]:
    report = lint_news.lint_text(text, config=Config(select=(family,)), path="story.md")
    return [(f.code, f.line, f.column, f.severity.value) for f in report.findings]


BODY = "The levy starts on 1 April and costs £6 a passenger, the harbour trust said.\n\n"


@pytest.mark.parametrize(
    "heading",
    [
        "Pros and Cons of the Cruise Levy",
        "Key Takeaways From the Budget Vote",
        "FAQs About the Pool Closure",
        "Frequently Asked Questions on the New Timetable",
    ],
)
def test_a_scaffold_heading_that_names_the_topic_is_still_the_scaffold(heading):
    text = f"# Harbour levy approved\n\n{BODY}## {heading}\n\n{BODY}## Final Thoughts\n\n{BODY}"
    line, column = at(text, heading)
    final, final_column = at(text, "Final Thoughts")
    assert _found(text, "padding") == [("LN501", line, column, "warning"), ("LN501", final, final_column, "warning")]


def test_a_lone_topical_scaffold_heading_is_a_hint():
    text = f"# Harbour levy approved\n\n{BODY}## Pros and Cons of the Cruise Levy\n\n{BODY}"
    line, column = at(text, "Pros and Cons of the Cruise Levy")
    assert _found(text, "padding") == [("LN501", line, column, "info")]


@pytest.mark.parametrize(
    "heading",
    [
        # subheads that report: a figure, a sentence, or a topic that is the news itself
        "Pros and cons of a £6 levy",
        "Key takeaways from the report were ignored. Here is why",
        "Why the levy was approved",
        "Cruise lines weigh the cost",
    ],
)
def test_subheads_that_report_stay_quiet(heading):
    text = f"# Harbour levy approved\n\n{BODY}## {heading}\n\n{BODY}## Final Thoughts\n\n{BODY}"
    line, column = at(text, "Final Thoughts")
    assert _found(text, "padding") == [("LN501", line, column, "info")]


@pytest.mark.parametrize(
    ("sentence", "needle"),
    [
        (
            "The accounts do not break out collection costs, so I haven't been able to say whether the £1.1 million is gross or net.",
            "I haven't been able to say whether",
        ),
        ("I wasn't able to determine exactly when the consultation closes.", "I wasn't able to determine exactly when"),
    ],
)
def test_what_the_writer_could_not_work_out_is_told_to_the_requester(sentence, needle):
    text = HEADLINE + LEAD + sentence + "\n"
    line, column = at(text, needle)
    assert _found(text, "assistant-leak") == [("LN908", line, column, "warning")]


@pytest.mark.parametrize(
    "sentence",
    [
        '"I haven\'t been able to say whether we will reopen," the owner said.',
        "Investigators have not been able to say whether the fire was deliberate.",
        "I was able to confirm the date with the clerk's office on Monday.",
    ],
)
def test_a_quoted_or_third_person_gap_stays_quiet(sentence):
    assert _found(HEADLINE + LEAD + sentence + "\n", "assistant-leak") == []


@pytest.mark.parametrize(
    ("sentence", "needle"),
    [
        # trouble conceded without being named; a mood laid over a scene
        ("The quarter was not without its headwinds.", "was not without its"),
        ("By noon the shop had the unmistakable hum of a village getting its front room back.", "the unmistakable hum of"),
    ],
)
def test_a_concession_or_a_mood_without_a_fact_is_a_stock_phrase(sentence, needle):
    text = HEADLINE + LEAD + sentence + "\n"
    line, column = at(text, needle)
    assert _found(text, "filler") == [("LN630", line, column, "info")]


def test_the_same_words_in_a_named_speakers_quote_stay_quiet():
    text = HEADLINE + LEAD + '"It was not without its headwinds," the treasurer, Ann Lyle, said.\n'
    assert _found(text, "filler") == []


@pytest.mark.parametrize(
    ("sentence", "needle", "family", "code", "severity"),
    [
        # the outlet's own name left as a slot
        ("Patients who spoke to [publication] outside the surgery were divided.", "[publication]", "placeholder-text", "LN802", "error"),
        # a recap announced as one
        ("Short on time? Here's the at-a-glance version of the plan.", "Here's the at-a-glance version", "meta-commentary", "LN306", "warning"),
        # an offer to rework the copy, with the assistant's "if that would help"
        ("- Happy to cut this down to a short web brief if that would help!", "Happy to cut this down to a short web brief if that would help!", "assistant-leak", "LN904", "error"),
        # a view held along a coast, nobody named
        ("The new boat is widely regarded along this stretch of coast as overdue.", "is widely regarded along this stretch of coast as", "unattributed-claim", "LN706", "info"),
        # the writer flagging a weakness to whoever asked
        ("It is worth flagging that the savings rest on one contract.", "It is worth flagging", "meta-commentary", "LN303", "warning"),
        ("The insiders line is my reading of your shorthand.", "my reading of your shorthand", "meta-commentary", "LN303", "warning"),
    ],
)
def test_slots_recaps_offers_and_flags_of_the_requester(sentence, needle, family, code, severity):
    text = HEADLINE + LEAD + sentence + "\n"
    line, column = at(text, needle)
    assert _found(text, family) == [(code, line, column, severity)]


@pytest.mark.parametrize(
    ("sentence", "family"),
    [
        ('"He told [the station] he would resign," Ms Lyle said.', "placeholder-text"),
        ("Everything the council covered on Tuesday is in the minutes, the clerk said.", "meta-commentary"),
        ("The boat is regarded by the RNLI's divisional inspector, Tom Hale, as the fastest in its class.", "unattributed-claim"),
        ("Harbour master Ann Lyle said she was happy to cut the fee if that would help the fleet.", "assistant-leak"),
        ("It is worth flagging that the vote has moved, the clerk said. The meeting starts at 7pm.", "meta-commentary"),
    ],
)
def test_the_reporting_that_shares_their_words_stays_quiet(sentence, family):
    assert _found(HEADLINE + LEAD + sentence + "\n", family) == []


def test_a_template_quotes_solemn_opener_is_filler_when_nobody_said_it():
    sentence = '"This was not a decision we took lightly," said [Practice Principal Name], principal dentist at the surgery.'
    text = HEADLINE + LEAD + sentence + "\n"
    line, column = at(text, "not a decision we took lightly")
    assert _found(text, "filler") == [("LN630", line, column, "info")]


def test_the_same_opener_from_a_named_speaker_stays_quiet():
    sentence = '"This was not a decision we took lightly," said Dr Ann Lyle, principal dentist at the surgery.'
    assert _found(HEADLINE + LEAD + sentence + "\n", "filler") == []
