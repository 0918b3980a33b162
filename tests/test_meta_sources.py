"""Meta-commentary, round 2 (issue #8): the document a writer was handed, cited as its source.

1. LN300 (kind ``unintroduced-document``): a generic document noun with "the" in a source role
   ("according to the synopsis", "the digest credits", "is described in the write-up as", "the
   overview these notes are based on", "what follows condenses an earlier recap") is reported unless
   the article introduced that document first: with "a"/"an" or a possessive, an owner's name, or
   what it is "of"; a match's own sentence introduces nothing after it.
2. the piece pointing down the page at itself (LN306), production labels (LN310), the requester's
   message after a verb of sourcing (LN302) and the gaps of the material wherever they fall (LN308).

Every wording here is new (none is from a bench set). Positions come from the text, never the linter.
"""

from __future__ import annotations

import pytest
from conftest import HEADLINE, LEAD, at

import lint_news
from lint_news.findings import Severity
from lint_news.kinds.unintroduced import UnintroducedOptions, validate

FAMILIES = ("meta-commentary", "assistant-leak")


def found(text: str) -> list[tuple[str, int, int]]:
    report = lint_news.lint_text(text, path="a.txt")
    return sorted((f.code, f.line, f.column) for f in report.findings if f.family in FAMILIES and f.severity is not Severity.INFO)


def article(*paragraphs: str) -> str:
    return HEADLINE + LEAD + "\n\n".join(paragraphs) + "\n"


# (paragraphs, [(code, needle, occurrence)]): every finding of the two families, where it starts
CASES = [
    # 1. a document never introduced, in each source role
    (["According to the transcript, the plant will close in May."], [("LN300", "According to the transcript", 1)]),
    # where an older rule has the same words, it reports them (the general rule has the lowest code)
    (["The synopsis notes that the plant will close in May."], [("LN301", "The synopsis notes that", 1)]),
    (["Per the rundown, three trustees objected to the fee."], [("LN300", "Per the rundown", 1)]),
    (["Trustee Ana Ortiz is described in the write-up as a reluctant candidate."], [("LN300", "is described in the write-up", 1)]),
    (["The account credits the mayor with the idea, and gives her critics a single line."], [("LN300", "The account credits", 1)]),
    (["In the account, the fire chief is the last to speak."], [("LN300", "In the account", 1)]),
    (["Trustees voted 4-3. The document does not say who called the vote."], [("LN300", "The document does not", 1)]),
    (["The overview these notes are based on covers Tuesday's hearing on the levy."], [("LN300", "The overview these notes are based on", 1)]),
    (["The vote went 4-3, and the original writer seems to have relied on one trustee for it."], [("LN300", "the original writer seems", 1)]),
    (["As the rundown has it, the chair walked out before the vote."], [("LN300", "As the rundown has it", 1)]),
    (["Nowhere does the synopsis say who pays for the dredging."], [("LN300", "Nowhere does the synopsis say", 1)]),
    (["It is unclear from the digest whether the state must sign off."], [("LN300", "unclear from the digest", 1)]),
    (["The write-up's version of events puts the walkout after the vote."], [("LN300", "The write-up's version", 1)]),
    (["The source notes never say when the permit expires."], [("LN300", "The source notes never say", 1)]),
    # the copy condensing a document it names with "an": that does not introduce it for what comes after
    (
        ["What follows condenses an earlier recap of the zoning hearing.", "According to the recap, the board tabled the vote."],
        [("LN300", "What follows condenses an earlier recap", 1), ("LN300", "According to the recap", 1)],
    ),
    # 2. the other classes
    (["Below, this analysis breaks down what the ruling changes for tenants."], [("LN306", "Below, this analysis breaks", 1)]),
    (["Drafting note: the second quote was shortened to fit."], [("LN310", "Drafting note:", 1)]),
    (["The closing line stays upbeat, as per the brief."], [("LN310", "as per the brief", 1)]),
    (["The schedule below is based on your email from Friday."], [("LN302", "based on your email", 1), ("LN908", "based on your email", 1)]),
    (["I kept the tone warm and used the dates from your message."], [("LN302", "the dates from your message", 1), ("LN906", "I kept the tone warm", 1), ("LN908", "the dates from your message", 1)]),
    (["Would a two-line teaser for your website be helpful?"], [("LN311", "Would a two-line teaser", 1), ("LN904", "Would a two-line teaser", 1)]),
    (["Times are marked TK wherever a start time was not given."], [("LN308", "wherever a start time was not given", 1)]),
]


@pytest.mark.parametrize(("paragraphs", "expected"), CASES, ids=[str(i) for i in range(len(CASES))])
def test_each_class_is_reported_at_its_words(paragraphs, expected):
    text = article(*paragraphs)
    assert found(text) == sorted((code, *at(text, needle, occurrence)) for code, needle, occurrence in expected)


LOOK_ALIKES = [
    # a document introduced first: with "a", its owner, or what it is of
    ["The inspector's account of the crash was filed Monday.", "According to the account, the pilot radioed twice."],
    ["An excerpt from her memoir ran in Sunday's paper.", "In the excerpt, she describes leaving the mill at 16."],
    ["The White House released the rough transcript on Wednesday.", "According to the transcript, the call lasted 30 minutes."],
    ["The transcript of the call was released by the county.", "The transcript quotes the dispatcher asking twice for the address."],
    # named on the spot, or not a source at all
    ["According to the Gazette's account, the fire began at 2 a.m."],
    ["According to the summary of the bill, fees rise in July."],
    ["She opened a savings account in 2019.", "The account gives 3 percent interest."],
    ["Banks may freeze funds if the owner of the account does not respond."],
    ["The judge granted summary judgment to the county on Friday."],
    # reports the story is about, readers' own mail, and what a town lacks
    ["This analysis looks at 2,000 households in three counties, the institute said."],
    ["Per the brief filed Monday, the city argues the ordinance is void."],
    ["Editor's note: This story was updated to correct the date of the hearing."],
    ["Based on your income, you may qualify for the rebate."],
    ["Check the spam folder in your email for the confirmation code."],
    ["The van will stop anywhere a town has no clinic."],
    ["Investigators took notes at the scene.", "The notes say the driver was not wearing a seat belt."],
    ["Would a cheaper version of the bill be useful to rural towns? Its sponsor thinks so."],
    ["Police said the driver's name was not provided."],
]


@pytest.mark.parametrize("paragraphs", LOOK_ALIKES, ids=[str(i) for i in range(len(LOOK_ALIKES))])
def test_look_alike_stays_quiet(paragraphs):
    assert found(article(*paragraphs)) == []


def test_the_kind_refuses_a_pattern_without_a_noun_group_and_an_introduction_without_the_noun():
    with pytest.raises(ValueError, match="no group named 'noun'"):
        validate(UnintroducedOptions(patterns=(r"\baccording to the overview\b",)))
    with pytest.raises(ValueError, match="no \\{noun\\}"):
        UnintroducedOptions(patterns=(r"\bper the (?P<noun>recap)\b",), introductions=(r"\ba recap\b",))
