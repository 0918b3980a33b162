"""Wider classes in five families (issue #8): each rule covers the kind of wording, not one phrase.

Every positive case is written fresh for the class it stands for (a chatbot handing
over what was ordered, a crowd of any trade or place holding a view, a study known
only by its year, a link described instead of given, a slot template of a stock
idiom) and is checked for its exact code, line and column. Every negative case is
the real-reporting look-alike that must stay quiet.
"""

from __future__ import annotations

import pytest
from conftest import HEADLINE, LEAD, at

import lint_news
from lint_news.config import Config
from lint_news.findings import Severity

FAMILIES = ("assistant-leak", "meta-commentary", "unattributed-claim", "placeholder-citation", "filler")


def findings(paragraph: str, family: str) -> tuple[str, list]:
    text = HEADLINE + LEAD + paragraph + "\n"
    found = [f for f in lint_news.lint_text(text, config=Config(select=FAMILIES)).findings if f.family == family]
    return text, found


# (family, code, severity, paragraph, where the finding starts)
FOUND = [
    # assistant-leak: the reply handing over what was ordered, announcing what it made, noting its register
    ("assistant-leak", "LN901", Severity.ERROR, "Here's the punchier explainer you asked for, aimed at first-time buyers:", "Here's the punchier explainer"),
    ("assistant-leak", "LN901", Severity.ERROR, "Here is a localized obituary for the Ferris family, ready to run:", "Here is a localized obituary"),
    ("assistant-leak", "LN901", Severity.ERROR, "I've put together a short recap below from the box scores and quotes you passed on.", "I've put together a short recap below"),
    ("assistant-leak", "LN901", Severity.ERROR, "Below is a streamlined rundown of what the board decided on Monday:", "Below is a streamlined rundown"),
    ("assistant-leak", "LN906", Severity.ERROR, "Some things to flag before this story runs:", "Some things to flag"),
    ("assistant-leak", "LN908", Severity.WARNING, "I kept the piece fairly conversational so it suits the newsletter.", "I kept the piece fairly conversational"),
    ("assistant-leak", "LN908", Severity.WARNING, "Going by the ridership memo you forwarded, weekday trips fell 9 percent.", "the ridership memo you forwarded"),
    ("assistant-leak", "LN903", Severity.ERROR, "I'm unable to browse the internet, so the figures may be out of date.", "I'm unable to browse the internet"),
    ("assistant-leak", "LN901", Severity.ERROR, "Sure thing \u2014 here you go:", "Sure thing \u2014 here you go:"),
    ("assistant-leak", "LN908", Severity.WARNING, "I've aimed for a plain, informative tone throughout.", "I've aimed for a plain, informative tone"),
    # meta-commentary: the copy as the thing that was ordered, read through a summary, tuned for search or an audience
    ("meta-commentary", "LN302", Severity.ERROR, "This is the shorter version you wanted, with the quotes trimmed.", "the shorter version you wanted"),
    ("meta-commentary", "LN301", Severity.WARNING, "The utility's filing, as summarized, asks for a 6 percent increase.", "as summarized,"),
    ("meta-commentary", "LN310", Severity.WARNING, "The intro repeats the focus keyword twice to help the keyword density.", "keyword density"),
    ("meta-commentary", "LN310", Severity.WARNING, "What follows is a reworked version of the county's release on the levy.", "reworked version of the county's release"),
    ("meta-commentary", "LN306", Severity.WARNING, "Bookmark this guide, and check back before the fair opens.", "Bookmark this guide"),
    # unattributed-claim: a crowd of any kind, those who knew someone, everyone in town, a side of a debate
    ("unattributed-claim", "LN708", Severity.INFO, "Many coaches suspect the new clock will favour the bigger schools.", "Many coaches suspect"),
    ("unattributed-claim", "LN706", Severity.INFO, "Those who worked with him recall a foreman who never raised his voice.", "Those who worked with him recall"),
    ("unattributed-claim", "LN706", Severity.INFO, "Just about everyone in the village knows the bridge needs work.", "Just about everyone in the village knows"),
    ("unattributed-claim", "LN708", Severity.INFO, "Opponents of the toll have long insisted it would empty the downtown.", "Opponents of the toll have long insisted"),
    ("unattributed-claim", "LN708", Severity.INFO, "Restaurant owners across the county say the new fee is hard to absorb.", "Restaurant owners across the county say"),
    ("unattributed-claim", "LN703", Severity.WARNING, "The vote was closer than expected, according to statehouse observers.", "according to statehouse observers"),
    ("unattributed-claim", "LN701", Severity.WARNING, "Experts point to the dry spring as the main cause.", "Experts point to"),
    # placeholder-citation: a study known only by its year, research of a kind, a link described instead of given
    ("placeholder-citation", "LN411", Severity.INFO, "A 2022 survey found that most renters in the state spend half their income on housing.", "A 2022 survey found"),
    ("placeholder-citation", "LN408", Severity.WARNING, "Frost damage begins near 28 degrees, according to extension research.", "according to extension research"),
    ("placeholder-citation", "LN404", Severity.ERROR, "The full schedule is on the district's website (link to the calendar).", "(link to the calendar)"),
    # more hand-overs and sign-offs, in other words than the rules' own examples
    ("assistant-leak", "LN901", Severity.ERROR, "Right, here goes: the story on the school board vote.", "Right, here goes:"),
    ("assistant-leak", "LN901", Severity.ERROR, "Here's what I put together from the council minutes.", "Here's what I put together"),
    ("assistant-leak", "LN904", Severity.ERROR, "Glad to trim the second half if it runs long.", "Glad to trim the second half"),
    ("assistant-leak", "LN904", Severity.ERROR, "I can also whip up a timeline of the strike to run beside it.", "I can also whip up a timeline"),
    ("assistant-leak", "LN904", Severity.ERROR, "Prefer a snappier headline?", "Prefer a snappier headline?"),
    ("assistant-leak", "LN908", Severity.WARNING, "I went with an upbeat, chatty tone throughout.", "I went with an upbeat, chatty tone throughout"),
    # the model's assumptions and requests, told to whoever asked
    ("assistant-leak", "LN906", Severity.ERROR, "I have made some assumptions about the route that you should check.", "I have made some assumptions"),
    ("assistant-leak", "LN906", Severity.ERROR, "The neighbors' names are made up as placeholders.", "are made up as placeholders"),
    ("assistant-leak", "LN906", Severity.ERROR, "This draft runs just under 400 words.", "This draft runs just under 400 words"),
    ("assistant-leak", "LN904", Severity.ERROR, "Once you verify the spelling of her name, I can polish the ending.", "Once you verify the spelling"),
    ("assistant-leak", "LN904", Severity.ERROR, "Let me know whether the longer lede works for you.", "Let me know whether the longer lede works"),
    ("assistant-leak", "LN908", Severity.WARNING, "You might want to include a map of the detour.", "You might want to include a map"),
    # more ways of pointing at the input
    ("meta-commentary", "LN302", Severity.ERROR, "The input doesn't say which ward the shelter is in.", "The input doesn't"),
    ("meta-commentary", "LN302", Severity.ERROR, "The supplied figures cover only the first quarter.", "The supplied figures"),
    ("meta-commentary", "LN303", Severity.WARNING, "There is no mention in the notes of who called the fire in.", "There is no mention in the notes"),
    ("meta-commentary", "LN303", Severity.WARNING, "Nothing in the material provided indicates a second site.", "Nothing in the material provided indicates"),
    ("meta-commentary", "LN308", Severity.WARNING, "No cost was given, so I've left it out.", "I've left it out"),
    # more shapes of the crowd
    ("unattributed-claim", "LN708", Severity.INFO, "Regulars at the diner will tell you the pie is the best in the county.", "Regulars at the diner will tell you"),
    ("unattributed-claim", "LN706", Severity.INFO, "The word around city hall is that the budget will be cut.", "The word around city hall is"),
    ("unattributed-claim", "LN706", Severity.INFO, "Received wisdom holds that turnout drops in the rain.", "Received wisdom holds"),
    ("unattributed-claim", "LN706", Severity.INFO, "There is a growing suspicion that the audit was rushed.", "There is a growing suspicion that"),
    ("unattributed-claim", "LN706", Severity.INFO, "Some have even dubbed it the quietest race in decades.", "Some have even dubbed it the"),
    ("unattributed-claim", "LN706", Severity.INFO, "The new schedule has been roundly criticized.", "has been roundly criticized"),
    # research nobody can look up, in more shapes
    ("placeholder-citation", "LN407", Severity.WARNING, "Research has long tied screen time to poorer sleep.", "Research has long tied"),
    ("placeholder-citation", "LN410", Severity.INFO, "As numerous studies have documented, shade trees cool a street.", "As numerous studies have documented"),
    ("placeholder-citation", "LN410", Severity.INFO, "A poll of downtown shoppers found most want free parking.", "A poll of downtown shoppers found"),
    ("placeholder-citation", "LN408", Severity.WARNING, "Vacancies have doubled since 2021, according to recent reports.", "according to recent reports"),
    # filler: slot templates of stock idioms
    ("filler", "LN629", Severity.INFO, "The tournament has shop owners, parents and coaches buzzing about next year.", "has shop owners, parents and coaches buzzing"),
    ("filler", "LN629", Severity.INFO, "The librarians are the unsung backbone of the reading program.", "the unsung backbone of the"),
    ("filler", "LN627", Severity.INFO, "The vote arrives at a moment when small towns across the state are weighing new water plants.", "arrives at a moment when"),
    # the stock-phrase lexicon (lint_news/data/stock_phrases.json) keeps phrases real news does not use
    ("filler", "LN630", Severity.INFO, "The ruling was a bittersweet victory for the tenants of Elm Court.", "a bittersweet victory"),
    ("filler", "LN630", Severity.INFO, "The cooperative is poised to capitalize on demand for cold storage.", "poised to capitalize on"),
    ("filler", "LN630", Severity.INFO, "The bakery's closure leaves a void on Main Street.", "leaves a void"),
    ("filler", "LN630", Severity.INFO, "Behind the numbers lies a quieter change in who rides the bus.", "Behind the numbers lies"),
    # a reaction or a view pinned on a crowd heard as one voice, or on nobody
    ("unattributed-claim", "LN706", Severity.INFO, "The levy has been sharply criticized by local business groups.", "has been sharply criticized by local business groups"),
    ("unattributed-claim", "LN706", Severity.INFO, "A growing chorus of parents wants the crossing guard back.", "A growing chorus of parents"),
    ("unattributed-claim", "LN706", Severity.INFO, "The closure has divided the town since March.", "has divided the town"),
    ("unattributed-claim", "LN706", Severity.INFO, "Advocates for rural schools say the formula is unfair.", "Advocates for rural schools say"),
    # sourcing counted instead of named, and the writer's source narrated
    ("placeholder-citation", "LN410", Severity.INFO, "Numerous reports have documented the backlog at the port.", "Numerous reports have documented"),
    ("placeholder-citation", "LN410", Severity.INFO, "One recent study even found that the gardens halve runoff.", "One recent study even found"),
    ("placeholder-citation", "LN410", Severity.INFO, "Multiple sources confirm the depot will close in spring.", "Multiple sources confirm"),
    ("meta-commentary", "LN300", Severity.WARNING, "The original piece goes on to list three other closures.", "The original piece goes on to"),
    ("meta-commentary", "LN300", Severity.WARNING, "Without more detail from the original article, it is hard to tell who pays.", "Without more detail from the original article"),
]


@pytest.mark.parametrize(("family", "code", "severity", "paragraph", "needle"), FOUND, ids=[f"{c[1]}-{i}" for i, c in enumerate(FOUND)])
def test_member_of_the_class_is_found(family, code, severity, paragraph, needle):
    text, found = findings(paragraph, family)
    assert (code, severity, *at(text, needle)) in [(f.code, f.severity, f.line, f.column) for f in found]


# (family, paragraph): real reporting that looks like the classes above
QUIET = [
    ("assistant-leak", "Here is the schedule the district released on Friday for the first week of classes."),
    ("assistant-leak", "I have written about the mill for twenty years, and the town has never looked like this."),
    ("assistant-leak", "Below is a breakdown of the results by precinct, as posted by the county clerk."),
    ("meta-commentary", "The council approved the version the planning board wanted, 5-2."),
    ("meta-commentary", "The show was adapted for a younger audience when it moved to the afternoon slot."),
    ("unattributed-claim", "Many years passed before the mill reopened."),
    ("unattributed-claim", "Some days feel longer than others at the shelter, director Ana Reyes said."),
    ("unattributed-claim", "Restaurant owners across the county say the fee is hard to absorb. Dana Kell, who runs the Elm Street Diner, said she raised prices twice."),
    ("unattributed-claim", "Those who knew him say he never missed a game, said his brother, Tom Ferris."),
    ("placeholder-citation", "A 2022 survey by the state housing agency found that most renters spend half their income on rent."),
    ("placeholder-citation", "A 2019 study found that flooding doubled. It was published in the journal Water Research by a team at Calder University."),
    ("placeholder-citation", "Frost damage begins near 28 degrees, according to research by Calder University's extension service."),
    ("filler", "The team tested the new pump for a week before the town switched it on."),
    ("assistant-leak", "Officials hope this works better than last year's detour."),
    ("assistant-leak", "Feel free to use this map when you plan your route, the park service says."),
    ("assistant-leak", "I assumed the worst when the phone rang at 3 a.m., she said."),
    ("assistant-leak", "The city council's first draft ran to 40 pages."),
    ("meta-commentary", "Nothing in the bill prevents the county from raising the fee."),
    ("meta-commentary", "The original report was published by the state auditor in March."),
    ("unattributed-claim", "The plan has been widely praised by the Sierra Club and the county farm bureau."),
    ("unattributed-claim", "Most agreed to the new contract on Tuesday."),
    ("unattributed-claim", "Credit unions like Northgate opened four branches this year, the state regulator said."),
    ("placeholder-citation", "Several studies point to the same result, including a 2021 analysis by Calder University researchers."),
    ("placeholder-citation", "A poll of 400 voters by the Harlow Gazette found most want free parking."),
    ("placeholder-citation", "One study, by the Harlow Institute in 2021, found the gardens halve runoff."),
    ("unattributed-claim", "The plan has been criticized by the Sierra Club and two tenant unions."),
    ("unattributed-claim", "Advocates for the homeless, including the Harlow Shelter Network, say the beds are overdue."),
    ("placeholder-citation", "Three surveys by the county have shown the same split since 2019."),
]


@pytest.mark.parametrize(("family", "paragraph"), QUIET)
def test_real_reporting_stays_quiet(family, paragraph):
    _, found = findings(paragraph, family)
    assert [(f.code, f.excerpt) for f in found if f.severity is not Severity.INFO] == []
    if family in ("unattributed-claim", "placeholder-citation"):
        assert [(f.code, f.excerpt) for f in found] == []


def test_quoted_reply_in_a_named_speakers_quote_is_reporting():
    paragraph = "\u201cHere is the upbeat press release you requested,\u201d the chatbot replied, according to the screenshot Dana Kell shared with the board."
    _, found = findings(paragraph, "assistant-leak")
    assert found == []
