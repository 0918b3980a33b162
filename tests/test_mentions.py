"""Use vs mention: quoted words the article reports are not the writer's own defects.

A chatbot reply quoted in a story about chatbots, a quoted title, a quoted
example: the quotation is a *mention*. Residue that is not quoted, a paragraph
that is one quotation, and quotations that are somebody's speech (named or
not) are still the writer's. Also the classes of meta-commentary,
assistant-leak and placeholder-text residue, written as variants, and the
precision traps each family must leave alone.
"""

from __future__ import annotations

import pytest
from conftest import CLEAN_FIXTURES as CLEAN
from conftest import HEADLINE, LEAD, SHARED, at, positions

import lint_news
from lint_news.document import Document
from lint_news.findings import Severity
from lint_news.readers import read_document

FAMILIES = ("meta-commentary", "assistant-leak", "placeholder-text", "filler")
MENTION_FIXTURE = next(path for path in CLEAN if path.stem == "clean-26-journal-retractions")


def ours(text: str) -> list:
    return [f for f in lint_news.lint_text(text).findings if f.family in FAMILIES and f.severity is not Severity.INFO]


# ---------------------------------------------------------------------------
# the Document notion: which quotations are mentions


@pytest.mark.parametrize(
    ("paragraph", "mentions"),
    [
        # evidence quoted inside the writer's own sentence
        ('Several letters begin "Certainly! Here is a letter," and nine end with "I hope this helps!"', [True, True]),
        ('The phrase "as an AI language model" appeared in 12 papers, the journal found.', [True]),
        ('Forty comments called the plan "a delicate balancing act."', [True]),
        ('One comment says "I hope this helps!" at the end.', [True]),  # a piece of text as the subject
        ('"I hope this helps," one comment read.', [True]),
        ('An abstract that said "the provided text does not specify" was withdrawn.', [True]),
        # a paragraph or sentence that is one quotation is pasted, not a mention
        ('"As an AI language model, I cannot verify this."', [False]),
        ('Note: "I hope this helps!"', [False]),
        ('"As an AI language model, I cannot do that." The council rejected it.', [False]),
        # speech, named or not, is not a mention
        ('"It is a testament," said Ana Ruiz.', [False]),
        ('The company said the plan was "a testament to our values."', [False]),
        ('"We love [CITY]," said [Name], [Title] at [Company].', [False]),
        ('"Our bread is a testament," {{founder}}, founder of {{company}}, said.', [False]),
        ('Its director, Owen Pask, said: "[Insert quote from director]"', [False]),
        ('The judge condemned the scheme, saying, "This was a vital lesson."', [False]),
        ('"This incident underscores the danger," the statement read.', [False]),
        ('Dana Moss explained the change in the logo: "It is vital in the digital age."', [False]),
        ('Experts say "this is bad" for the town.', [False]),
        # what software says is its output, shown as evidence; a person's assistant speaks
        ('Asked about late fees, the library\'s chatbot replied: "Certainly! Fees ended in 2023. I hope this helps!"', [True]),
        ('When the deadline passed, the app warned: "Your session has expired."', [True]),
        ('The mayor\'s assistant replied: "She is not available today."', [False]),
        # "it" speaks for software when the paragraph is about software; a company's "it said" does not
        ('The assistant speaks in stock replies. Asked about loss, it answers: "As an AI language model, I do not grieve."', [True]),
        ('The company rarely comments. Asked about layoffs, it said: "We do not discuss staffing."', [False]),
        # a piece of text, wherever it stands, read out in full
        ('The comment on his report card read, in full: "[Student Name] is a pleasure to have in class."', [True]),
        # a quotation that ends its sentence is not spoken by the next sentence's subject
        ('One card printed as "XX has mastered XX of the 12 standards." Lowe said the two fields hold a name and a number.', [True]),
        # a piece of text that is read out, shown, or is what "one" of the texts before says
        ('On the last track a voice reads its reply exactly as she received it: "As an AI language model, I cannot grieve."', [True]),
        ('Police found drafts of text messages. One, read to the court, said: "Your [BANK NAME] account is suspended."', [True]),
        ('Police interviewed two tellers. One, a trainee, said: "I saw nothing."', [False]),
        ('On the album a flat synthetic voice says: "I hope this helps!"', [True]),
        # a noun the article names as software speaks as software: "the tutor" of a story about an AI tutor
        ('The district tested an AI homework tutor. A student typed a problem, and the tutor replied: "Certainly! I hope this helps!"', [True]),
        ('The district hired a homework tutor. A student typed a problem, and the tutor replied: "Certainly! I hope this helps!"', [False]),
        # the head of a hyphenated compound: "an automated ticket-help assistant" is software
        ('The fair switched off an automated ticket-help assistant. Asked the dates, the assistant answered his question: "Certainly! I hope this helps!"', [True]),
        ('The fair hired a ticket-help assistant. Asked the dates, the assistant answered his question: "Certainly! I hope this helps!"', [False]),
    ],
)
def test_which_quotations_are_mentions(paragraph, mentions):
    document = read_document("Headline Here\n\n" + paragraph + "\n", "a.txt")
    assert [q.mention for q in document.quotations] == mentions


def test_mention_at_finds_the_mention_that_contains_a_span():
    document = read_document('Headline Here\n\nNine letters end with "I hope this helps!" and little else.\n', "a.txt")
    block = document.blocks[1]
    start = block.text.index("I hope")
    assert document.mention_at(block, start, start + len("I hope this helps!")).text == "I hope this helps!"
    assert document.mention_at(block, 0, 4) is None  # "Nine" is the writer's own


def test_a_long_quoted_passage_is_not_a_mention():
    passage = " ".join(["word"] * 70)
    document = read_document(f'Headline Here\n\nThe letter included "{passage}" at the end.\n', "a.txt")
    assert [q.mention for q in document.quotations] == [False]


# ---------------------------------------------------------------------------
# the rules: a mention is exempt in every family, residue is not


def test_quoted_residue_in_a_story_about_chatbots_is_reporting():
    body = (
        'Auditors found 19 papers whose introductions began "Certainly! Here is a possible introduction for your topic:" '
        'and nine that ended with "I hope this helps!"\n\n'
        'One methods section contains the sentence "As an AI language model, I cannot access the samples."\n\n'
        'Reviewers counted 11 captions with the phrase "the provided text does not specify" and three notes that read "[Insert citation here]".\n\n'
        'Twenty papers described the area as "a rich tapestry of geological history."\n'
    )
    assert ours(HEADLINE + LEAD + body) == []


def test_the_same_residue_unquoted_is_flagged():
    body = (
        "Certainly! Here is a possible introduction for your topic:\n\n"
        "As an AI language model, I cannot access the samples.\n\n"
        "The provided text does not specify the sample size. See [Insert citation here].\n\n"
        "I hope this helps!\n"
    )
    text = HEADLINE + LEAD + body
    assert positions(ours(text)) == sorted(
        [
            ("LN901", *at(text, "Certainly!")),
            ("LN902", *at(text, "As an AI")),
            ("LN302", *at(text, "The provided text")),
            ("LN802", *at(text, "[Insert")),
            ("LN904", *at(text, "I hope this helps")),
        ]
    )


def test_whole_paragraph_quotations_are_still_flagged():
    body = '"As an AI language model, I cannot access the samples."\n\n"I hope this helps! Let me know if you\'d like any changes."\n'
    text = HEADLINE + LEAD + body
    assert [f.code for f in ours(text)] == ["LN902", "LN904", "LN904"]


REPLY = "> Certainly! Here's what you need to know about permits. You have 30 days to appeal. I hope this helps!\n"


@pytest.mark.parametrize(
    ("introduction", "flagged"),
    [
        # a block quote the paragraph before introduces as someone's words is evidence
        ("Asked how long an appeal takes, the city's chatbot replied:", []),
        ("The email read, in part:", []),
        ("One of the 40 replies began:", []),
        ("A parent forwarded the tutor's full answer:", []),
        ("The essay still opened with the chatbot's own reply:", []),
        # a block quote nobody introduces is pasted text, and so is one after a chatbot preamble
        ("The city council met on Tuesday.", ["LN901", "LN904"]),
        ("Here is the article you asked for:", ["LN901", "LN901", "LN904"]),
        ("Below is the reply you can post as the city's answer:", ["LN901", "LN904"]),
    ],
)
def test_a_block_quote_introduced_as_someones_words_is_a_mention(introduction, flagged):
    text = "# Harlow council approves new budget\n\n" + LEAD + introduction + "\n\n" + REPLY + "\nThe city fixed the answer on Oct. 22.\n"
    assert [f.code for f in lint_news.lint_text(text, "story.md").findings if f.family in FAMILIES and f.severity is not Severity.INFO] == flagged


@pytest.mark.parametrize(("option", "quoted_too"), [("", False), (", exempt-mentions = false", True)])
def test_a_house_rule_can_opt_out_of_the_mention_exemption(tmp_path, option, quoted_too):
    (tmp_path / "house.toml").write_text(
        '[pack]\nname = "house"\ndescription = "Our own rules"\n\n[[rule]]\ncode = "HS101"\nname = "banned-word"\n'
        'family = "filler"\nseverity = "warning"\nkind = "pattern"\nmessage = "{match}"\n'
        'summary = "A banned word."\nwhy = "House style."\nbad = "It was synergy."\ngood = "It was cheap."\n'
        f'options = {{ patterns = ["\\\\bsynergy\\\\b"]{option} }}\n',
        "utf-8",
    )
    (tmp_path / ".lint-news.toml").write_text('rule-packs = ["house.toml"]\nselect = ["HS101"]\n', "utf-8")
    article = tmp_path / "a.txt"
    line = 'Ten memos used the word "synergy" in their titles. It was synergy.'
    article.write_text(HEADLINE + line + "\n", "utf-8")
    quoted, unquoted = line.index("synergy") + 1, line.rindex("synergy") + 1
    expected = [("HS101", 3, quoted)] * quoted_too + [("HS101", 3, unquoted)]
    assert [(f.code, f.line, f.column) for f in lint_news.lint_path(article).findings] == expected


# ---------------------------------------------------------------------------
# substance: the defect cap reads the findings after the exemption


def test_clean_story_quoting_residue_has_no_findings_and_scores_high():
    report = lint_news.lint_path(MENTION_FIXTURE)
    assert [(f.code, f.line) for f in report.findings if f.severity is not Severity.INFO] == []
    assert report.files[0].substance.score >= 80


def test_without_the_exemption_the_same_story_would_be_floored(monkeypatch):
    # guards the test above: the fixture really quotes residue the rules would otherwise report
    monkeypatch.setattr(Document, "mention_at", lambda self, block, start, end: None)
    report = lint_news.lint_path(MENTION_FIXTURE)
    errors = [f for f in report.findings if f.severity is Severity.ERROR]
    assert {f.family for f in errors} == {"assistant-leak", "meta-commentary", "placeholder-text"}
    assert report.files[0].substance.score < 25  # floored by the errors (20.2 once continued quotations count as attributed)


@pytest.mark.parametrize("stem", ["padded-27-journal-pasted", "padded-28-whole-quotes"])
def test_padded_counterparts_score_low(stem):
    from conftest import PADDED_FIXTURES

    path = next(p for p in PADDED_FIXTURES if p.stem == stem)
    assert lint_news.lint_path(path).files[0].substance.score < 20


# ---------------------------------------------------------------------------
# the classes, as variants (own wording), and their look-alikes

POSITIVE = [
    # meta-commentary: material the writer was given
    ("LN302", "According to the provided notes, the meeting lasted three hours.", "According to the provided notes"),
    ("LN302", "The release you shared does not name the new chief executive.", "The release you shared"),
    ("LN302", "I left the time blank because it wasn't in your notes.", "in your notes"),
    ("LN301", "The summary identifies the chair as Ana Ruiz.", "The summary identifies"),
    ("LN301", "The excerpt highlights the cost of the repairs.", "The excerpt highlights"),
    ("LN300", "According to the abstract, the sample included 400 patients.", "According to the abstract"),
    ("LN303", "As mentioned in the source, the plant will close next year.", "As mentioned in the source"),
    ("LN303", "The text does not name the three schools involved.", "The text does not name"),
    ("LN303", "It is unclear from the text whether the mayor attended.", "It is unclear from the text"),
    ("LN305", "This wording implies that the decision is final.", "This wording implies"),
    ("LN307", "Rewrite the following article in a friendly tone for young readers.", "Rewrite the following"),
    ("LN307", "Please summarize the text below in three paragraphs.", "Please summarize the text"),
    ("LN307", "Target length: 600 words.", "Target length"),
    ("LN308", "Note: I've kept all the original quotes and figures.", "I've kept all the original quotes"),
    ("LN308", "I left placeholders where the dates should go.", "I left placeholders"),
    # assistant-leak
    ("LN901", "Here are two possible headlines: Council passes budget; Budget clears council.", "Here are two possible headlines"),
    ("LN903", "I can't browse the internet, so I could not check the minutes.", "I can't browse the internet"),
    ("LN903", "I cannot access real-time data, so the totals may be out of date.", "I cannot access real-time data"),
    ("LN904", "I hope this article helps you understand the vote.", "I hope this article helps"),
    ("LN904", "Feel free to ask if you need more details.", "Feel free to ask if"),
    ("LN904", "If you'd like, I can also write a shorter version for social media.", "If you'd like, I can also write"),
    ("LN904", "Please verify these figures with the clerk's office before publishing.", "Please verify these figures"),
    ("LN904", "You may want to add a quote from the mayor here.", "You may want to add a quote"),
    # placeholder-text
    ("LN802", "Hours will be [HOURS], seven days a week.", "[HOURS]"),
    ("LN802", "The mayor, [Mayor's Name], will speak.", "[Mayor's Name]"),
    ("LN802", "It will open on [Month Day, Year].", "[Month Day, Year]"),
    ("LN802", "Contact <NAME> for details.", "<NAME>"),
    ("LN802", "The winner, ____, will be announced Friday.", "____"),
    ("LN804", "The project will cost XX million dollars.", "XX"),
    ("LN804", "The school was founded in 19XX.", "19XX"),
    ("LN804", "Turnout rose X% from 2020.", "X%"),
    ("LN805", "Dear {first_name}, thank you for voting.", "{first_name}"),
    ("LN805", "Welcome to %CITY%, the best place to live.", "%CITY%"),
    ("LN806", "The winner is INSERT NAME HERE.", "INSERT NAME HERE"),
    ("LN806", "The vote is set for (insert date).", "(insert date)"),
    # more of the assistant and the material it was given
    ("LN302", "As you requested, the article is under 400 words.", "As you requested"),
    ("LN303", "The article highlights the importance of early voting.", "The article highlights"),
    ("LN902", "I don't have personal opinions about the mayor, but here is a balanced summary.", "I don't have personal opinions"),
    ("LN902", "I apologize for the confusion in the earlier draft.", "I apologize for the confusion"),
    ("LN902", "Regenerate response", "Regenerate response"),
]


@pytest.mark.parametrize(("code", "paragraph", "needle"), POSITIVE, ids=[case[1][:40] for case in POSITIVE])
def test_variant_is_flagged_at_its_position(code, paragraph, needle):
    text = HEADLINE + LEAD + paragraph + "\n"
    found = [(f.code, f.line, f.column) for f in ours(text)]
    assert (code, *at(text, needle)) in found


NEGATIVE = [
    # a real, named report that "notes" something
    "The 48-page audit, titled Response Times in Rural Counties, notes that 14 stations missed the target.",
    # a correction note
    "Correction: An earlier version of this article misstated the date of the hearing. It was March 4.",
    # editorial brackets inside a quotation
    '"They [the council] never answered the letter, and it was signed [sic] by the clerk," Ruiz said.',
    '"We told [the company] in writing," said Ana Ruiz.',
    # ordinary bracketed insertions and look-alike Xs
    'Traders said [Oil prices] had steadied by the afternoon.',
    "The halftime show at Super Bowl XX drew 92 million viewers.",
    "The study looked at XX chromosomes in 300 patients.",
    "XX mice developed kidney damage at twice the rate of XY mice, whatever their hormones.",
    "The museum bought a 16th-century Flemish tapestry of the siege of Orsk for 2.3m pounds.",
    # TK in a name, and the same name written short
    "The grocer, which trades as TK Foods, said TK would hold its prices through April.",
    # a stock phrase in the second quotation of a named speaker
    '"We lost 6-0 at Pellham three years ago," Dana Szabo said. "That they lift this trophy is a testament to them."',
    # TK as a code the sentence explains
    "TK is the agency's code for the Tanner-Kessler crosstown route.",
    "Riders on route TK will see new timetables from Monday.",
    # second-person service writing and material that is itself news
    "Keep the receipts in your notes app until the rebate arrives.",
    "As stated in the report published by the auditor on Tuesday, the fund is short $2 million.",
    "The court's summary judgment ended the case.",
    "Based on the information provided by the county, the road will reopen in June.",
    "I don't have personal opinions about the mayor, the columnist Dana Hale wrote in 2019.",
    "The Times article, published in May, highlights the case of a nurse in Leeds.",
]


@pytest.mark.parametrize("paragraph", NEGATIVE, ids=[case[:40] for case in NEGATIVE])
def test_look_alike_is_quiet(paragraph):
    assert ours(HEADLINE + LEAD + paragraph + "\n") == []


def test_tk_in_a_fenced_code_block_and_explained_after_it_is_quiet():
    text = '# Transit feed opens\n\nThe agency published its feed on Monday.\n\n```\n{"route": "TK"}\n```\n\nTK is the code for the crosstown route.\n'
    assert [f for f in lint_news.lint_text(text, path="a.md").findings if f.family == "placeholder-text"] == []


@pytest.mark.skipif(not (SHARED / "annotated" / "clean").is_dir(), reason="../shared/annotated not present")
def test_development_chatbot_comments_article_is_quiet():
    path = SHARED / "annotated" / "clean" / "c09_chatbot_comments.html"
    if not path.is_file():
        pytest.skip("article not present")
    report = lint_news.lint_path(path)
    assert [f.code for f in report.findings if f.severity is not Severity.INFO] == []
    assert report.files[0].substance.score >= 80


def test_a_mention_in_a_headline_or_heading_is_exempt_and_residue_there_is_not():
    text = (
        '# Journal retracts papers that said "As an AI language model"\n\n'
        "The journal retracted 31 papers on Tuesday, editor Ana Ruiz said.\n\n"
        '## Why "I hope this helps!" ended up in print\n\n'
        "The papers were pulled in March, Ruiz said.\n\n"
        "## As an AI language model, I cannot help\n"
    )
    assert positions(f for f in lint_news.lint_text(text, path="a.md").findings if f.family in FAMILIES) == [("LN902", 9, 4)]


def test_single_quotation_marks_can_hold_a_mention():
    body = "Nine letters ended with \u2018I hope this helps!\u2019 and little else.\n\n\u2018As an AI language model, I cannot help.\u2019\n"
    text = HEADLINE + LEAD + body
    assert positions(ours(text)) == [("LN902", 7, 2)]  # the whole-paragraph quotation is still residue


def test_a_quote_that_a_piece_of_text_introduces_is_a_mention_even_after_a_speech_verb():
    import lint_news

    text = (
        "Parents flood board with chatbot letters\n\n"
        "The board received 212 letters before Tuesday's vote, clerk Dana Ruiz said.\n\n"
        'At the meeting she read two aloud: messages that began "Certainly! Here is a letter you can send to your board" '
        'and others that closed "I hope this helps!" The board voted 4-1.\n'
    )
    found = [(f.code, f.line) for f in lint_news.lint_text(text, path="a.txt").findings if f.family == "assistant-leak"]
    assert found == []
    pasted = "Parents flood board\n\nCertainly! Here is a letter you can send to your board:\n\nThe board voted 4-1 on Tuesday.\n"
    assert [f.code for f in lint_news.lint_text(pasted, path="a.txt").findings if f.family == "assistant-leak"] == ["LN901"]


def test_a_quoted_footnote_where_it_stands_is_a_mention():
    import lint_news

    text = (
        "Judge sanctions lawyer over chatbot brief\n\n"
        "Judge Ana Ortiz fined attorney Lee Park $5,000 on Monday for a brief that cited 6 cases that do not exist.\n\n"
        'A footnote on page 12 reads: "As an AI language model, I cannot verify these cases, so please check them."\n\n'
        "Park said he would pay the fine, according to his lawyer.\n"
    )
    assert [f.code for f in lint_news.lint_text(text, path="a.txt").findings if f.family == "assistant-leak"] == []


def test_a_chatbot_reply_the_story_quotes_after_a_speech_verb_is_reporting():
    text = (
        "Library chatbot misstates late-fee policy\n\n"
        "The Harlow Public Library abolished late fees in March 2023, director Ana Ruiz said on Monday.\n\n"
        'Asked by a reporter on Friday whether fees still applied, the library\'s new chatbot replied: "Great question! '
        'Late fees are 25 cents a day. I hope this helps, and let me know if you have any other questions!"\n\n'
        "Ruiz said the vendor would correct the answer by Wednesday.\n"
    )
    assert ours(text) == []
    # the same words pasted as the writer's own are residue
    pasted = text.replace('the library\'s new chatbot replied: "Great question! Late fees are 25 cents a day. ', "the fee is 25 cents a day. ").replace('questions!"', "questions!")
    assert [f.code for f in ours(pasted)] == ["LN904"]


@pytest.mark.parametrize(
    ("paragraph", "speakers"),
    [
        ('When the deadline passed, the app warned: "Your session has expired."', [None]),  # not "he" inside "the"
        ('She told the board: "We are done." The mayor said: "No."', ["She", "The mayor"]),
        ('Mayor Ana Ruiz said: "It is a testament."', ["Mayor Ana Ruiz"]),
        ('Experts said: "It is bad."', [None]),
        ('The company said the plan was "a testament to our values."', [None]),  # a body, not a person: the writer's own
        # a body named only by what it is, or an unfilled slot, names nobody; a named body or person does
        ('"Our doors are open," the company said.', [None]),
        ('"Our doors are open," the firm said in a statement.', [None]),
        ('"Our doors are open," said the state health department.', [None]),
        ('According to the agency, "the doors are open."', [None]),
        ('"Our doors are open," said {{spokesperson_name}}, {{title}} at Acme.', [None]),
        ('"Our doors are open," the Harbor Authority said.', ["the Harbor Authority"]),
        ('"Our doors are open," Acme Corp. said.', ["Acme Corp."]),
        ('"Our doors are open," said council member Ada Pryce.', ["Ada Pryce."]),
        ('"Our doors are open," said the company spokesperson.', ["the company spokesperson"]),
        ('"Our doors are open," the mayor said.', ["the mayor"]),
        # the next quotation goes on in the same voice when only the attribution stands between them
        ('"We lost 6-0 three years ago," she said. "That they lift this trophy is a testament to them."', ["she", "she"]),
        ('"We will fix it," Ruiz said, adding: "The plan is sound."', ["Ruiz", "Ruiz"]),
        ('"We will fix it." Ruiz said in a statement.', ["Ruiz"]),
        ('"We will fix it." Ruiz posted a photo of the card on Tuesday.', [None]),
    ],
)
def test_who_speaks_a_quotation(paragraph, speakers):
    document = read_document("Headline Here\n\n" + paragraph + "\n", "a.txt")
    assert [q.speaker for q in document.quotations] == speakers


@pytest.mark.parametrize(
    ("attribution", "exempt"),
    [
        ("the company said", False),
        ("the firm said in a statement", False),
        ("the agency said", False),
        ("said {{spokesperson_name}}", False),
        ("Acme Corp. said", True),
        ("said Ana Ruiz, the clinic's owner", True),
    ],
)
def test_a_stock_phrase_in_a_quote_is_filler_unless_someone_named_speaks_it(attribution, exempt):
    """A body named only by what it is, or an unfilled slot, answers for nothing: its quote's
    stock phrases are the writer's. A named person or organisation is reporting."""
    text = HEADLINE + LEAD + f'"This clinic is a testament to the resilience of our neighbors," {attribution}.\n'
    found = [(f.code, f.line, f.column) for f in lint_news.lint_text(text).findings if f.code == "LN606"]
    assert found == ([] if exempt else [("LN606", *at(text, "is a testament to"))])


def test_a_quotation_after_another_sentence_is_not_the_speakers_any_more():
    text = HEADLINE + LEAD + '"We lost," Dana Szabo said. The crowd left early. "It is a testament to them."\n'
    assert [(f.code, f.line, f.column) for f in ours(text)] == [("LN606", *at(text, "is a testament to"))]


def test_tk_alone_is_still_a_placeholder():
    text = HEADLINE + LEAD + "The fund will pay TK families by March, the trust said.\n"
    assert [(f.code, f.line, f.column) for f in ours(text)] == [("LN801", *at(text, "TK"))]
