"""The writer talking to the requester, about its input or its own working; crowds and studies nobody can check.

Every sentence is our own, written for a class found in the probe batches (bench/probes): an
offer of more output, an apology or another version announced, a check or a guess handed back
to the requester; the copy announcing or looking back on itself, the handed material's gaps and
wording; a view credited to nobody ("it is feared that", "few doubt", "people close to the
mayor"); a study told only by its fame, a poll only by its date; figurative shapes a generator
fills with any noun; slots left in lower case or as a masked count. Each case has a look-alike
from reporting that must stay quiet.
"""

from __future__ import annotations

import pytest
from conftest import HEADLINE, LEAD

import lint_news
from lint_news.config import Config

LINE = 5  # the probe's line: after the headline and the lead


def _codes(sentence: str, family: str) -> list[str]:
    report = lint_news.lint_text(HEADLINE + LEAD + sentence + "\n", config=Config(select=(family,)))
    return [f.code for f in report.findings if f.line == LINE]


#: (family, sentence, the rule that must report it, or None for any rule of the family)
BAD = [
    ("assistant-leak", "I could also put together a short sidebar on the ward boundaries if that would help.", "LN904"),
    ("assistant-leak", "Feel free to trim any of the quotes below to suit your page.", "LN904"),
    ("assistant-leak", "Let me know whether you'd rather lead with the school cuts.", "LN904"),
    ("assistant-leak", "Here's a punchier version with the vote count up top:", "LN901"),
    ("assistant-leak", "Apologies for the mix-up — the figures are corrected below.", "LN901"),
    ("assistant-leak", "Glad to help! The council met on Tuesday.", "LN901"),
    ("assistant-leak", "Be sure to double-check the spelling of the treasurer's name.", "LN908"),
    ("assistant-leak", "Since you didn't mention the meeting date, I went with Tuesday.", "LN908"),
    ("assistant-leak", "I've dropped the paragraph about the audit to keep the focus on the vote.", "LN908"),
    ("assistant-leak", "I'm not able to confirm the treasurer's pay, so check it before it runs.", "LN908"),
    ("assistant-leak", "The $2.1 million figure should stand until you confirm it with the clerk.", "LN908"),
    ("assistant-leak", "Let me recheck the math: $1.2 million and $0.9 million make $2.1 million.", "LN908"),
    ("meta-commentary", "In this section, we will look at how the levy is spent.", "LN306"),
    ("meta-commentary", "The rest of this article covers the reaction from parents.", "LN306"),
    ("meta-commentary", "This explainer aims to unpack the budget for first-time voters.", "LN306"),
    ("meta-commentary", "This article has explored the reasons for the overspend.", "LN306"),
    ("meta-commentary", "What follows turns the committee's minutes into a short news item.", "LN306"),
    ("meta-commentary", "The figures provided to me show a 9% rise in fares.", "LN302"),
    ("meta-commentary", "The memo sent with this assignment is undated.", "LN302"),
    ("meta-commentary", "The transcript is unclear on whether the motion was seconded.", "LN303"),
    ("meta-commentary", "Judging from the spreadsheet, the parks line was cut by a third.", "LN303"),
    ("meta-commentary", "The phrasing of the excerpt suggests the board was divided.", "LN303"),
    ("meta-commentary", "The council's reply, as quoted above, denies any delay.", "LN303"),
    ("meta-commentary", "Tone: upbeat. Audience: parents of young children. Length: 250 words.", "LN307"),
    ("unattributed-claim", "It is feared that the depot will close next year.", None),
    ("unattributed-claim", "Few doubt the levy will pass in November.", None),
    ("unattributed-claim", "Economists remain deeply divided over the forecast.", None),
    ("unattributed-claim", "People close to the governor say the bill is dead.", None),
    ("unattributed-claim", "The received wisdom in the chamber is that nothing will change.", None),
    ("unattributed-claim", "Detractors have dismissed the scheme as a gimmick.", None),
    ("unattributed-claim", "The plan has drawn criticism from local homeowners who say it goes too far.", None),
    ("unattributed-claim", "Most people would agree the delay was avoidable.", None),
    ("unattributed-claim", "The treasurer, we're told, wants to step down.", None),
    ("unattributed-claim", "Sources familiar with the negotiations said a deal was close.", None),
    ("placeholder-citation", "Researchers at a respected university have linked the two.", "LN410"),
    ("placeholder-citation", "As one oft-cited study put it, roads decay faster than budgets grow.", "LN410"),
    ("placeholder-citation", "Findings from a recent national survey suggest libraries are busier.", "LN410"),
    ("placeholder-citation", "Evidence from neighbouring towns shows the scheme pays for itself.", "LN410"),
    ("placeholder-citation", "A survey carried out last spring showed support slipping.", "LN410"),
    ("placeholder-citation", "One analysis estimates the repairs at $3 million.", "LN410"),
    ("placeholder-citation", "Published data show fares rose faster than wages.", "LN410"),
    ("placeholder-citation", "For details, see the relevant federal guidelines on reserves.", "LN410"),
    ("placeholder-citation", "According to a study from [Research Group], rents rose 4%.", "LN410"),
    ("placeholder-citation", "Source: State Transport Department survey.", "LN401"),
    ("filler", "The market hall remains a lighthouse of hope for the high street.", "LN629"),
    ("filler", "It is a tale as old as the town council itself.", "LN629"),
    ("filler", "The cuts reach every corner of the county's life.", "LN629"),
    ("filler", "The budget was assembled brick by brick.", "LN629"),
    ("filler", "The council has its work cut out in the spring.", "LN629"),
    ("placeholder-text", "Dana Price, [age], of [neighborhood], spoke first.", "LN802"),
    ("placeholder-text", "The motion failed on a #-# vote.", "LN802"),
]
#: (family, sentence): reporting in the same words, quiet in that family
GOOD = [
    ("assistant-leak", '"I could also put together a sidebar if that would help," said Dana Price, the council clerk.'),
    ("assistant-leak", "Residents should check the new bin schedule before the holidays, the council said."),
    ("assistant-leak", "The treasurer, Ana Ruiz, dropped the audit paragraph from her report to keep it under ten pages, she said."),
    ("meta-commentary", "In this section of the park, rangers will look at how the trees are recovering, the parks department said."),
    ("meta-commentary", "The phrasing of the text of the ordinance was changed at the second reading."),
    ("meta-commentary", "Tone deaf was how Councillor Ana Ruiz described the proposal on Tuesday."),
    ("unattributed-claim", "Economists at the Harlow Institute are divided over the forecast, said its director, Ana Ruiz."),
    ("unattributed-claim", "The plan has drawn criticism from homeowners, including Dana Price, who chairs the Elm Street association."),
    ("unattributed-claim", "Few doubt the levy will pass, said Mayor Ana Ruiz, who campaigned for it."),
    ("placeholder-text", '"He told [the mayor] he was leaving," said Dana Price.'),
]


@pytest.mark.parametrize(("family", "sentence", "code"), BAD)
def test_each_class_is_reported_by_its_rule(family, sentence, code):
    codes = _codes(sentence, family)
    assert code in codes if code else codes


@pytest.mark.parametrize(("family", "sentence"), GOOD)
def test_reporting_in_the_same_words_stays_quiet(family, sentence):
    assert _codes(sentence, family) == []
