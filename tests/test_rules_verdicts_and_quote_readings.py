"""Sentences that work the point just made out again ("That works out to ...", "In practice, that
means ..."), the closing verdict an article passes on itself ("Overall, ...", "In the end, ..."),
and a sentence that reads a quote for the reader ("This statement reflects ...").

Every sentence is our own. Each bad one stands for a class; each good one shares its opener or its
words with reporting and must stay quiet.
"""

from __future__ import annotations

import pytest
from conftest import HEADLINE, LEAD, at

import lint_news
from lint_news.config import Config


def _severities(text: str, family: str) -> list[tuple[str, int, str]]:
    report = lint_news.lint_text(text, None, config=Config(select=(family,)))
    return [(f.code, f.line, f.severity.value) for f in report.findings]


TURNOUT = (
    "Turnout in Fenwick's special elections has been low. In the most recent one, in 2022, 12.4% of "
    "registered voters cast a ballot, according to the county clerk.\n\n"
)


@pytest.mark.parametrize(
    "gloss",
    [
        "That works out to roughly one in eight voters taking part the last time the town held a special election.",
        "In practice, that means very few of the town's voters bother to take part when a special election comes round.",
        "This amounts to only about one voter in eight turning out the last time the town held a special election.",
    ],
)
def test_a_sentence_that_works_the_point_out_again_restates_it(gloss):
    text = HEADLINE + LEAD + TURNOUT + gloss + "\n"
    assert _severities(text, "repetition") == [("LN105", at(text, gloss[:12])[0], "info")]


def test_working_a_point_out_to_a_new_figure_is_a_new_fact():
    gloss = "That works out to about $41,000 in printing costs for a race that drew 3,100 voters."
    text = HEADLINE + LEAD + TURNOUT + gloss + "\n"
    assert _severities(text, "repetition") == []


BODY = (
    "The Kesterley Care Home kept its good rating for caring after an unannounced inspection in March, "
    "the regulator said in a report published Thursday.\n\n"
    "Inspectors found that only two nurses covered 64 residents on most night shifts, and that call bells "
    "sometimes rang for more than 20 minutes after dark.\n\n"
    "Relatives praised the kitchen staff and the activities programme, and several told inspectors the day "
    "staff knew each resident by name.\n\n"
    "The home's new owner, Calder Vale Care Group, said it would hire three more night nurses by July.\n\n"
)


@pytest.mark.parametrize("opener", ["Overall, ", "In the end, ", "At the end of the day, ", "Taken together, "])
def test_a_closing_verdict_that_adds_nothing_sums_the_article_up(opener):
    verdict = opener + "the inspection describes a caring home whose staff are stretched thin at night, when the call bells go unanswered."
    text = HEADLINE + BODY + verdict + "\n"
    assert _severities(text, "repetition") == [("LN105", at(text, opener)[0], "info")]


def test_the_same_verdict_early_in_the_article_is_not_its_close():
    verdict = "Overall, the inspection describes a caring home whose staff are stretched thin at night, when the call bells go unanswered."
    paragraphs = BODY.split("\n\n")
    text = HEADLINE + "\n\n".join([paragraphs[0], verdict, *paragraphs[1:]])
    assert _severities(text, "repetition") == []


def test_a_closing_verdict_with_a_new_fact_is_reporting():
    verdict = "Overall, inspectors rated 41 of the county's 56 care homes good or outstanding this year, according to the regulator."
    text = HEADLINE + BODY + verdict + "\n"
    assert _severities(text, "repetition") == []


QUOTE = 'Chief executive Dana Whitford called the closure "painful but necessary." '


@pytest.mark.parametrize(
    "reading",
    [
        "This statement reflects the difficult trade-offs facing rural hospitals.",
        "That remark underscores how far the board's patience has worn.",
        "This quote may suggest that the decision was made months ago.",
    ],
)
def test_a_sentence_that_reads_the_quote_before_it_is_meta_commentary(reading):
    text = HEADLINE + LEAD + QUOTE + reading + "\n"
    assert _severities(text, "meta-commentary") == [("LN312", at(text, reading[:10])[0], "warning")]
    report = lint_news.lint_text(text, None, config=Config(select=("meta-commentary",)))
    assert report.findings[0].column == at(text, reading[:10])[1]


@pytest.mark.parametrize(
    "reporting",
    [
        "This statement was issued on Tuesday after the board met behind closed doors.",
        "That remark, analyst Mia Ford said, signalled that the closure had been planned for months.",
        'Asked whether the statement reflects the board\'s view, Whitford said: "It reflects mine."',
    ],
)
def test_a_statement_reported_as_news_stays_quiet(reporting):
    text = HEADLINE + LEAD + QUOTE + reporting + "\n"
    assert _severities(text, "meta-commentary") == []


MEMO = (
    "The Alder Row Housing Co-operative's board will ask members on March 3 to approve a £240 annual levy, "
    "according to a memo sent to members on Friday.\n\n"
)


@pytest.mark.parametrize(
    ("aside", "code"),
    [
        ("It's worth noting that the memo does not include the full contractor bids, only a one-line total.", "LN303"),
        ("The memo itself is fairly even-handed in tone, though it leans toward the levy.", "LN303"),
        ("The memo reads as largely promotional in tone, with little on the alternatives.", "LN303"),
        ("Over the next few sections we'll walk you through what the levy covers and who pays it.", "LN306"),
        ("We hope this breakdown has given you a clearer picture of the vote.", "LN306"),
    ],
)
def test_the_writer_grading_or_steering_the_material_is_meta_commentary(aside, code):
    text = HEADLINE + MEMO + aside + "\n"
    found = [(f.code, f.line) for f in lint_news.lint_text(text, None, config=Config(select=("meta-commentary",))).findings]
    assert found == [(code, at(text, aside[:12])[0])]


@pytest.mark.parametrize(
    "reporting",
    [
        "The memo does not include the contractor bids, which the board said it would publish on Monday.",
        "Treasurer Ana Ruiz said the memo was balanced. \"It sets out both options,\" she said.",
        "The executive summary of the report notes that repairs were deferred. The summary calls the roof \"the largest single cost.\"",
    ],
)
def test_a_document_reported_as_news_stays_quiet(reporting):
    text = HEADLINE + MEMO + reporting + "\n"
    assert _severities(text, "meta-commentary") == []


def test_a_span_told_in_weeks_is_the_span_told_in_days():
    # "10 weeks" is no new figure after "70 days": the sentence restates the order
    text = (
        "Harlow residents told to boil water\n\n"
        "Residents of Harlow must boil their tap water for 70 days after E. coli was found at the Mill Road "
        "treatment plant on Monday, the water authority said.\n\n"
        "The authority said crews were flushing the mains and testing samples from 40 sites across the town.\n\n"
        'Engineer Dana Ruiz said the plant\'s chlorine dosing pump failed on Sunday night. "We replaced it within the hour," she said.\n\n'
        "For 10 weeks, people in Harlow will have to boil water from the tap because E. coli turned up at the Mill Road plant on Monday.\n"
    )
    assert [(code, line) for code, line, _ in _severities(text, "repetition")] == [("LN105", at(text, "For 10 weeks")[0])]
    assert _severities(text.replace("For 10 weeks", "For 12 weeks"), "repetition") == []  # 84 days: another order
