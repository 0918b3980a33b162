"""The headline found in every layout, and restated wherever the lede is; a lone scaffold heading.

Text written here: a saved page whose title is its ``<h1>``, a label in front of a pasted
title, a byline between the headline and the lede, the headline copied as the first sentence.
"""

from __future__ import annotations

import lint_news
from lint_news.config import Config
from lint_news.blocks import BlockKind
from lint_news.readers import read_document
from lint_news.readers.structure import looks_like_byline


def _found(text: str, *codes: str, path: str = "a.txt") -> list[tuple[str, int, int, str]]:
    report = lint_news.lint_text(text, path=path, config=Config(select=codes))
    return [(f.code, f.line, f.column, f.severity.value) for f in report.findings]


def _messages(text: str, *codes: str, path: str = "a.txt") -> list[str]:
    return [f.message for f in lint_news.lint_text(text, path=path, config=Config(select=codes)).findings]


PAGE = (
    "<html><head><title>Ferry Fares Rise 8% From June | Harbour Times</title>\n"
    '<meta property="og:title" content="Ferry Fares Rise 8% From June"></head><body>\n'
    "<header><p>Harbour Times</p><p>Subscribe for $1 a week</p></header>\n"
    "<article>\n"
    "<h1>Ferry Fares Rise 8% From June</h1>\n"
    '<p class="dek">Ferry Fares Rise 8% From June</p>\n'
    '<p class="byline">By Ines Calder | Transport | May 2, 2025</p>\n'
    "<p>The island ferry board voted 4-1 on Thursday to raise the adult fare to $6.50.</p>\n"
    "</article>\n"
    "<p>Most read: Harbour Times quiz</p>\n"
    "</body></html>\n"
)


def test_a_page_headline_is_its_h1_and_only_the_article_is_read():
    document = read_document(PAGE, "page.html")
    assert [(block.kind, block.text) for block in document.blocks] == [
        (BlockKind.HEADLINE, "Ferry Fares Rise 8% From June"),
        (BlockKind.PARAGRAPH, "Ferry Fares Rise 8% From June"),
        (BlockKind.PARAGRAPH, "By Ines Calder | Transport | May 2, 2025"),
        (BlockKind.PARAGRAPH, "The island ferry board voted 4-1 on Thursday to raise the adult fare to $6.50."),
    ]


def test_a_dek_that_repeats_the_h1_is_a_repeated_headline():
    assert _found(PAGE, "duplicated-headline", path="page.html") == [("LN201", 6, 16, "error")]  # the text, not the tag


def test_a_page_without_h1_falls_back_to_the_first_short_block():
    page = "<body><p>Ferry Fares Rise</p><p>The board voted 4-1 on Thursday to raise the fare, its chair said.</p></body>"
    assert read_document(page, "page.html").headline.text == "Ferry Fares Rise"


def test_bylines_are_not_deks_or_ledes():
    for byline in ("By Ines Calder", "By Ines Calder | Transport | May 2, 2025", "Posted by the newsroom", "Press release | Harbour Times", "Updated 6:10 p.m."):
        assert looks_like_byline(byline), byline
    for prose in ("Bystanders filmed the collapse.", "The board voted 4-1 to raise fares by 8% from June, its chair said on Thursday."):
        assert not looks_like_byline(prose), prose
    text = "Ferry Fares Rise 8% From June\n\nBy Ines Calder\n\nThe board voted 4-1 on Thursday, its chair said.\n"
    document = read_document(text, "a.txt")
    assert [block.kind for block in document.blocks] == [BlockKind.HEADLINE, BlockKind.PARAGRAPH, BlockKind.PARAGRAPH]


def test_headline_copied_as_the_first_sentence_of_a_longer_lede():
    text = (
        "Ferry Fares Rise 8% From June\n\n"
        "Ferry fares rise 8% from June. The board voted 4-1 on Thursday, and the adult fare goes to $6.50.\n\n"
        "The last rise was in 2019, board minutes show.\n"
    )
    assert _found(text, "duplicated-headline") == [("LN202", 3, 1, "warning")]
    assert _messages(text, "LN202") == ["The first sentence restates the headline (line 1) word for word: say something new"]


def test_headline_with_a_clause_added_after_a_byline():
    text = (
        "Ferry Fares Rise 8% From June\n\n"
        "By Ines Calder | Transport\n\n"
        "Ferry fares rise 8% from June, and commuters are worried.\n\n"
        "The board voted 4-1 on Thursday to raise the adult fare to $6.50, its chair said.\n"
    )
    assert _found(text, "duplicated-headline") == [("LN202", 5, 1, "warning")]


def test_a_labelled_title_repeats_the_headline():
    text = (
        "# Ferry Fares Rise 8% From June\n\n"
        "Headline: Ferry Fares Rise 8% From June\n\n"
        "The board voted 4-1 on Thursday to raise the adult fare to $6.50, its chair said.\n"
    )
    assert _found(text, "duplicated-headline", path="a.md") == [("LN201", 3, 1, "error")]


def test_front_matter_title_printed_again_as_a_heading():
    text = (
        "---\ntitle: Ferry Fares Rise 8% From June\n---\n\n"
        "# Ferry Fares Rise 8% From June\n\n"
        "The board voted 4-1 on Thursday to raise the adult fare to $6.50, its chair said.\n"
    )
    assert _found(text, "duplicated-headline", path="a.md") == [("LN201", 5, 1, "error")]


def test_a_lede_and_dek_that_add_news_stay_quiet():
    text = (
        "Ferry Fares Rise 8% From June\n\n"
        "Commuters will pay $6.50, up from $6, after a 4-1 board vote.\n\n"
        "By Ines Calder\n\n"
        "The island ferry board raised fares on Thursday for the first time since 2019, its chair said.\n"
    )
    assert _found(text, "duplicated-headline") == []


def test_a_lone_scaffold_heading_is_a_hint_and_a_lone_common_one_is_nothing():
    body = "Bridge Closes\n\nThe bridge closes on May 1, the state said.\n\n"
    lone = body + "Key Takeaways\n\n- It carries 30,000 cars a day.\n"
    assert _found(lone, "LN501") == [("LN501", 5, 1, "info")]
    assert _messages(lone, "LN501") == ["Template section 'Key Takeaways' (a template heading on its own): replace the scaffold with reporting"]
    assert _found(body + "Why It Matters\n\nIt carries 30,000 cars a day.\n", "LN501") == []


def test_a_bold_line_on_its_own_is_a_markdown_subhead():
    text = (
        "# Bridge Closes\n\nThe bridge closes on May 1, the state said.\n\n"
        "**Key Takeaways:**\n\n- It carries 30,000 cars a day.\n\n"
        "**Future Outlook**\n\nThe months ahead will test commuters.\n\n"
        "**Tolls rise.** The toll goes to $3 on June 1, the state said.\n"
    )
    document = read_document(text, "a.md")
    assert [(block.kind, block.text) for block in document.blocks if block.kind is BlockKind.HEADING] == [
        (BlockKind.HEADING, "Key Takeaways:"),
        (BlockKind.HEADING, "Future Outlook"),
    ]  # a bold lead-in followed by prose is still a paragraph
    assert _found(text, "LN501", path="a.md") == [("LN501", 5, 3, "warning"), ("LN501", 9, 3, "warning")]


def test_a_conclusion_label_opens_a_wrap_up():
    text = "Bridge Closes\n\nThe bridge closes on May 1, the state said.\n\nConclusion: the closure will test the town's patience.\n"
    assert _found(text, "LN503") == [("LN503", 5, 1, "warning")]
    assert _found("Bridge Closes\n\nThe bridge closes on May 1. The conclusion: tolls rise, the state said.\n", "LN503") == []


def test_a_lede_that_opens_with_the_whole_headline_after_a_preamble():
    text = (
        "New Bike Lanes Planned for Ferris Avenue\n\n"
        "Here is the story you asked for.\n\n"
        "New bike lanes planned for Ferris Avenue will run 2.3 miles from the park to the station, the city said on Monday.\n\n"
        "The $4.1 million project removes 140 parking spaces, according to the transport office.\n"
    )
    assert _found(text, "LN202") == [("LN202", 5, 1, "warning")]
    assert _messages(text, "LN202") == ["The first sentence restates the headline (line 1) by opening with it word for word: say something new"]
    short = "Storm Cuts Power\n\nStorm cuts power to 20,000 homes in Harlow, the utility said on Monday.\n"
    assert _found(short, "LN202") == []  # a short headline is a natural opening


def test_a_dek_that_opens_with_the_headline_word_for_word_restates_it():
    import lint_news

    text = (
        "Ferry Service Halted as Gale Sweeps Lund Sound\n\n"
        "Ferry service halted as gale sweeps Lund Sound: that was the word from the harbor on Friday.\n\n"
        "The operator cancelled 14 crossings after gusts of 70 mph, a spokeswoman said.\n"
    )
    found = [(f.code, f.line, f.column) for f in lint_news.lint_text(text, path="a.txt").findings if f.family == "duplicated-headline"]
    assert found == [("LN202", 3, 1)]


def test_a_lede_that_opens_with_the_headline_give_or_take_an_article_restates_it():
    text = (
        "# Ferry Crossing Shuts for Dredging Until the Spring Thaw\n\n"
        "**The ferry crossing shuts for dredging until spring thaw** — and for the 600 islanders who ride it, the winter just got longer.\n\n"
        "Harbour master Lena Okoro said the channel had silted to 1.9 metres, below the ferry's draft of 2.2 metres.\n"
    )
    assert _found(text, "LN202") == [("LN202", 3, 1, "warning")]
    assert _messages(text, "LN202") == ["The dek restates the headline (line 1) by opening with it almost word for word: say something new"]
    # the headline's words, but in the lede's own order and with its own verbs: reporting
    own_words = text.replace(
        "**The ferry crossing shuts for dredging until spring thaw** — and for the 600 islanders who ride it, the winter just got longer.",
        "Dredging will shut the ferry crossing until the spring thaw, leaving 600 islanders without their winter link, the harbour office said.",
    )
    assert _found(own_words, "LN202") == []
    # a word of substance changed is no longer the headline
    assert _found(text.replace("until spring thaw**", "until late April**"), "LN202") == []
