"""Readers and the Document: structure, and every character mapped back to the source."""

from __future__ import annotations

import pytest

from lint_news.blocks import BlockKind
from lint_news.readers import format_for, read_document


def _kinds(document):
    return [(block.kind, block.text) for block in document.blocks]


def _assert_mapped(document):
    """Every character of every block comes from the source character it claims (or stands for markup)."""
    for block in document.blocks:
        for index, character in enumerate(block.text):
            source_character = document.source[block.offsets[index]]
            assert character == source_character or character == " ", (block.text, index, source_character)


def test_format_by_suffix():
    assert [format_for(p) for p in ("a.md", "b.MARKDOWN", "c.html", "d.htm", "e.txt", "f.rst", None)] == [
        "markdown", "markdown", "html", "html", "plain", "plain", "plain"]


def test_plain_text_structure():
    source = (
        "Council Passes Budget\n\n"
        "A 5-2 vote ends a month of talks.\n\n"
        "The council voted on Monday.\nIt was close.\n\n"
        "Next steps\n\n"
        "• Taxes rise 2%\n"
        "- Parks get $3 million\n"
        "  from the state fund\n"
        "12. Libraries stay open\n\n"
        "Potential Pros:\n\n"
        "This is the last paragraph, and it ends with a period.\n"
    )
    document = read_document(source, "story.txt")
    assert _kinds(document) == [
        (BlockKind.HEADLINE, "Council Passes Budget"),
        (BlockKind.DEK, "A 5-2 vote ends a month of talks."),
        (BlockKind.PARAGRAPH, "The council voted on Monday. It was close."),
        (BlockKind.HEADING, "Next steps"),
        (BlockKind.LIST_ITEM, "Taxes rise 2%"),
        (BlockKind.LIST_ITEM, "Parks get $3 million from the state fund"),
        (BlockKind.LIST_ITEM, "Libraries stay open"),
        (BlockKind.HEADING, "Potential Pros:"),
        (BlockKind.PARAGRAPH, "This is the last paragraph, and it ends with a period."),
    ]
    _assert_mapped(document)
    joined = document.blocks[2]
    space = joined.text.index(" It")
    assert document.source[joined.offsets[space]] == "\n"  # the joining space stands for the line break


def test_plain_text_headline_without_blank_line_and_citation_lines():
    document = read_document("Storm Hits Coast\nThe storm arrived at 4 a.m. on Tuesday.\n\nBrookings Institution: What Are Security Guarantees\n")
    assert [b.kind for b in document.blocks] == [BlockKind.HEADLINE, BlockKind.DEK, BlockKind.PARAGRAPH]


def test_repeated_headline_does_not_take_the_dek_slot():
    document = read_document("Big News Today\n\nBig News Today\n\nA short standfirst.\n\nBody text here. More body.\n")
    assert [b.kind for b in document.blocks] == [BlockKind.HEADLINE, BlockKind.HEADING, BlockKind.DEK, BlockKind.PARAGRAPH]


def test_positions_in_crlf_and_bom_text():
    source = "Title\r\n\r\nThe vote is on TK.\r\n"
    document = read_document(source, "a.txt")
    block = document.blocks[1]
    start = block.text.index("TK")
    offset, end = block.source_span(start, start + 2)
    assert source[offset:end] == "TK"
    assert document.lines.position(offset) == (3, 16)
    assert document.lines.line_text(3) == "The vote is on TK."


def test_columns_count_code_points():
    source = "Título\n\n🙂 Zoë said the vote is TK.\n"
    document = read_document(source, "a.txt")
    block = document.blocks[1]
    offset, _ = block.source_span(block.text.index("TK"), block.text.index("TK") + 2)
    assert document.lines.position(offset) == (3, 24)


def test_markdown_structure_and_skipped_code():
    source = (
        "# Council *Passes* Budget\n\n"
        "A short dek with a [link](https://harlow.gov/budget \"Budget\") inside.\n\n"
        "## Reaction\n\n"
        "Body with **bold** and `code` and &amp; an entity,\nsoft-wrapped.\n\n"
        "- item one\n"
        "  continued\n"
        "  - nested item\n\n"
        "> Quoted text\n> more of it\n\n"
        "```\nTK in a fence\n```\n\n"
        "    TK in indented code\n\n"
        "<div>raw html TK</div>\n"
    )
    document = read_document(source, "a.md")
    assert _kinds(document) == [
        (BlockKind.HEADLINE, "Council Passes Budget"),
        (BlockKind.DEK, "A short dek with a link inside."),
        (BlockKind.HEADING, "Reaction"),
        (BlockKind.PARAGRAPH, "Body with bold and code and & an entity, soft-wrapped."),
        (BlockKind.LIST_ITEM, "item one continued"),
        (BlockKind.LIST_ITEM, "nested item"),
        (BlockKind.BLOCKQUOTE, "Quoted text more of it"),
    ]
    assert document.blocks[5].level == 1 and document.blocks[4].level == 0
    _assert_mapped(document)
    assert "https" not in " ".join(b.text for b in document.blocks)


def test_markdown_link_text_after_url_maps_correctly():
    source = "# T\n\nSee [the report](https://s.gov/tk-s) s and TK.\n"
    document = read_document(source, "a.md")
    block = document.blocks[1]
    assert block.text == "See the report s and TK."
    start = block.text.index("TK")
    assert source[block.offsets[start] : block.offsets[start] + 2] == "TK"
    assert source[block.offsets[block.text.index(" s ") + 1]] == "s"


def test_markdown_front_matter_title_is_the_headline():
    source = '---\ntitle: "Water Rates Rise"\ndate: 2026-03-02\n---\n\nRates rise 4% in July, the utility said.\n\nMore text follows here.\n'
    document = read_document(source, "a.md")
    assert document.headline is not None and document.headline.text == "Water Rates Rise"
    assert document.lines.position(document.headline.start) == (2, 9)
    assert all("2026-03-02" not in b.text for b in document.blocks)


def test_markdown_code_span_across_a_line_break_keeps_later_text_mapped():
    # CommonMark turns the line ending inside a code span into a space; the
    # reader used to lose its place there and crash on the next soft break.
    source = "# T\n\nRun `lint-news check\n--format json` over\nthe articles, and\nread TK.\n"
    document = read_document(source, "a.md")
    block = document.blocks[1]
    assert block.text == "Run lint-news check --format json over the articles, and read TK."
    _assert_mapped(document)
    offset, end = block.source_span(block.text.index("TK"), block.text.index("TK") + 2)
    assert source[offset:end] == "TK" and document.lines.position(offset) == (6, 6)


def test_markdown_crlf_positions():
    source = "# Title\r\n\r\nFirst line\r\nsecond line with TK\r\n"
    document = read_document(source, "a.md")
    block = document.blocks[1]
    assert block.text == "First line second line with TK"
    offset, end = block.source_span(block.text.index("TK"), len(block.text))
    assert source[offset:end] == "TK" and document.lines.position(offset) == (4, 18)


def test_html_reader():
    source = (
        "<html><head><title>Site</title><style>p{}</style></head><body>\n"
        "<nav>Home | TK</nav>\n"
        "<h1>Bridge &amp; Tunnel Reopen</h1>\n"
        "<p>Traffic resumed at\n   6 a.m., officials said.</p>\n"
        "<ul><li>Tolls: $5</li><li>Speed: 40 mph</li></ul>\n"
        "<blockquote><p>It went well.</p></blockquote>\n"
        "<script>var TK = 1;</script>\n"
        "<p>Caf&eacute; owners &#8220;cheered&#8221; TK.</p>\n"
        "</body></html>\n"
    )
    document = read_document(source, "a.html")
    assert _kinds(document) == [
        (BlockKind.HEADLINE, "Bridge & Tunnel Reopen"),
        (BlockKind.DEK, "Traffic resumed at 6 a.m., officials said."),
        (BlockKind.LIST_ITEM, "Tolls: $5"),
        (BlockKind.LIST_ITEM, "Speed: 40 mph"),
        (BlockKind.BLOCKQUOTE, "It went well."),
        (BlockKind.PARAGRAPH, "Café owners “cheered” TK."),
    ]
    last = document.blocks[-1]
    offset, end = last.source_span(last.text.index("TK"), last.text.index("TK") + 2)
    assert source[offset:end] == "TK" and document.lines.position(offset) == (9, 45)


@pytest.mark.parametrize("text", ["", "   \n"])
def test_blank_text_has_no_blocks(text):
    assert read_document(text, "a.txt").blocks == []
