"""Saved web pages: the article is read, the page around it is not; the headline; `lint-news read`.

The pages in fixtures/pages are written here: a padded and a clean article inside navigation,
a cookie dialog, an advertisement, related-story teasers and a footer (whose text would be
flagged if it were read); a hidden print copy of the article; the article inside an ASP.NET
``<form>``; only an ``<article>``; minified on one line; malformed; an AMP page.
"""

from __future__ import annotations

import json
import subprocess
import sys

from conftest import FIXTURES, run_cli

import lint_news
from lint_news.readers import read_document

PAGES = FIXTURES / "pages"
PARAGRAPHS = [
    "The Port Callow harbour board voted 5-2 on Wednesday",
    "Board chair Lionel Achebe said two grain carriers",
    "The two members who voted against, Priya Raman and Colm Doherty",
    "Fenwick Marine's project manager, Hana Kowalczyk",
    "The contract is paid for from harbour dues",
]
HEADLINE = "Port Callow Approves Harbour Dredging Contract"


def _view(name: str) -> dict:
    result = run_cli("read", "--format", "json", str(PAGES / name))
    assert result.code == 0, result.stderr
    return json.loads(result.stdout)


def _findings(name: str) -> list[tuple[str, int, int]]:
    return [(f.code, f.line, f.column) for f in lint_news.lint_path(PAGES / name).findings]


def _starts(view: dict) -> list[str]:
    return [block["text"][:40] for block in view["blocks"] if block["kind"] not in ("headline",)]


def test_only_the_articles_defects_are_found_not_the_pages():
    # the cookie dialog's "Experts say", the teasers' "It is important to note" and the footer's
    # "In conclusion" are page furniture; the article's own defects are all found, in place
    assert _findings("padded-harbour-dredging.html") == [
        ("LN701", 18, 4),
        ("LN627", 18, 40),
        ("LN802", 20, 39),
        ("LN503", 21, 4),
        ("LN627", 21, 41),
        ("LN605", 21, 86),
    ]


def test_a_clean_page_reads_as_its_article():
    view = _view("clean-harbour-dredging.html")
    assert view["headline"] == HEADLINE and view["format"] == "html"
    assert view["dek"] == "The $3.2 million contract deepens the main channel before the autumn grain season."
    # the byline that the extractor files as metadata is read: it is the article's
    assert [(block["kind"], block["line"], block["column"]) for block in view["blocks"][:3]] == [("headline", 15, 5), ("dek", 16, 23), ("paragraph", 17, 19)]
    assert [text[:20] for text in _starts(view)[2:]] == [start[:20] for start in PARAGRAPHS]  # the ad slot is not read
    file = lint_news.lint_path(PAGES / "clean-harbour-dredging.html").files[0]
    assert file.findings == [] and file.substance.score >= 80


def test_hidden_elements_are_never_read():
    view = _view("clean-hidden-copy.html")
    assert view["headline"] == HEADLINE
    assert [text[:20] for text in _starts(view)] == [start[:20] for start in PARAGRAPHS]
    assert _findings("clean-hidden-copy.html") == []  # the hidden print copy is not "the same passage twice"


def test_an_article_inside_a_form_is_read():
    view = _view("clean-article-in-form.html")
    assert view["headline"] == HEADLINE
    assert [text[:20] for text in _starts(view)] == [start[:20] for start in PARAGRAPHS]
    assert lint_news.lint_path(PAGES / "clean-article-in-form.html").files[0].substance.score >= 80


def test_a_page_whose_only_text_is_its_article():
    view = _view("clean-article-only.html")
    assert view["headline"] is None
    assert [text[:20] for text in _starts(view)] == [start[:20] for start in PARAGRAPHS]
    assert lint_news.lint_path(PAGES / "clean-article-only.html").files[0].substance.score >= 80


def test_minified_page_findings_cover_their_text_not_the_line():
    file = lint_news.lint_path(PAGES / "padded-minified.html").files[0]
    (finding,) = file.findings
    assert (finding.code, finding.line, finding.column, finding.length) == ("LN201", 1, 233, len(HEADLINE))
    assert finding.excerpt == HEADLINE


def test_malformed_html_is_read_as_a_browser_would():
    # an unclosed <head>, "<h1>...</h2>", unclosed <p>s, stray end tags and a bare "&"
    view = _view("clean-malformed.html")
    assert view["headline"] == HEADLINE
    assert [text[:20] for text in _starts(view)] == [start[:20] for start in PARAGRAPHS]
    assert "offshore & that work" in view["blocks"][4]["text"]
    assert _findings("clean-malformed.html") == []


def test_an_amp_page_reads_as_its_article():
    view = _view("clean-amp.html")
    assert view["headline"] == HEADLINE
    assert [text[:20] for text in _starts(view)] == [start[:20] for start in PARAGRAPHS]  # no ad fallback, no sidebar


def test_without_h1_the_headline_is_og_title_then_the_title_without_the_site_name():
    body = "<body><p>The harbour board voted 5-2 on Wednesday to award the dredging contract, its chair said.</p></body>"
    page = f'<html><head><title>Dredging Approved | The Gazette</title>\n<meta property="og:title" content="Board Approves Dredging"></head>{body}</html>'
    document = read_document(page, "page.html")
    assert document.headline.text == "Board Approves Dredging"
    assert document.lines.position(document.headline.start) == (2, 36)  # the content attribute's text
    document = read_document(f"<html><head><title>Dredging Approved | The Gazette</title></head>{body}</html>", "page.html")
    assert document.headline.text == "Dredging Approved"
    # an <h1> that matches the page's titles wins over a site-name <h1>
    page = f"<html><head><title>Dredging Approved | The Gazette</title></head><body><h1>The Gazette</h1><h1>Dredging Approved</h1>{body[6:]}"
    assert read_document(page, "page.html").headline.text == "Dredging Approved"
    # a logo <h1> and the headline in a <div class="headline">: the block that matches the title
    page = f'<html><head><title>Dredging Approved | The Gazette</title></head><body><h1>The Gazette</h1><div class="headline">Dredging Approved</div>{body[6:]}'
    assert read_document(page, "page.html").headline.text == "Dredging Approved"
    # a logo <h1> and no block that matches: og:title, not the logo
    page = f'<html><head><meta property="og:title" content="Dredging Approved"></head><body><h1>The Gazette</h1>{body[6:]}'
    assert read_document(page, "page.html").headline.text == "Dredging Approved"
    # no og:title: the first <h1>, since a <title> that matches nothing may be the site's name
    assert read_document(f"<html><head><title>The Gazette</title></head><body><h1>Board Votes</h1>{body[6:]}", "page.html").headline.text == "Board Votes"


def test_a_page_with_no_article_is_an_error_and_the_other_files_are_linted(tmp_path):
    empty = tmp_path / "empty.html"
    empty.write_text("<html><head><title>Home</title></head><body><nav><a href='/'>Home</a></nav><footer>(c) 2025</footer></body></html>")
    result = run_cli("check", str(empty), str(PAGES / "padded-harbour-dredging.html"))
    assert result.code == 2
    errors = [line for line in result.stderr.splitlines() if line.strip()]
    assert errors == [f"lint-news: error: {empty}: no article text found in this page (lint-news read shows what was read)"]
    assert "padded-harbour-dredging.html:18:4: LN701" in result.stdout
    refused = run_cli("read", str(empty))
    assert refused.code == 2 and "no article text found" in refused.stderr
    # nor is text without a word in it, or a headline followed by an unterminated comment
    for page in ("<" * 500, "<html><body><h1>Board Votes</h1><!-- " + "draft " * 50):
        assert lint_news.lint_text(page, path="page.html").files[0].error.startswith("no article text found")


def test_excerpts_are_text_not_markup():
    page = (
        "<html><body><h1>Dredging Approved</h1>"
        "<p>It is <b>important</b> to note that the board voted 5-2 on Wednesday &amp; the chair said the channel would be deepened by August.</p>"
        "</body></html>"
    )
    findings = lint_news.lint_text(page, path="page.html").files[0].findings
    assert findings and all("<" not in f.excerpt and "&amp;" not in f.excerpt for f in findings)
    assert any(f.excerpt.startswith("It is important to note") for f in findings), [f.excerpt for f in findings]


def test_read_shows_plain_text_and_markdown_too(tmp_path):
    story = tmp_path / "story.md"
    story.write_text("# Board Approves Dredging\n\nThe harbour board voted 5-2 on Wednesday, its chair said.\n\n- Work starts in May.\n")
    view = json.loads(run_cli("read", "--format", "json", str(story)).stdout)
    assert set(view) == {"path", "format", "headline", "dek", "blocks"}
    assert view["format"] == "markdown" and view["headline"] == "Board Approves Dredging"
    assert [(b["kind"], b["line"], b["column"]) for b in view["blocks"]] == [("headline", 1, 3), ("dek", 3, 1), ("list-item", 5, 3)]
    text = run_cli("read", str(story)).stdout.splitlines()
    assert text[0] == f"{story} (markdown): 3 blocks" and text[1] == "headline: Board Approves Dredging"
    piped = run_cli("read", "--stdin-filename", "x.txt", "-", stdin=b"Board Approves Dredging\n\nThe harbour board voted on Wednesday.\n")
    assert piped.code == 0 and piped.stdout.splitlines()[0] == "x.txt (plain): 2 blocks"


def test_plain_and_markdown_runs_do_not_import_the_html_extractor():
    code = (
        "import sys, lint_news\n"
        "lint_news.lint_text('Board Approves Dredging\\n\\nThe harbour board voted on Wednesday.\\n', path='a.md')\n"
        "print(sorted(m for m in ('trafilatura', 'lxml', 'lint_news.readers.extract') if m in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_a_headline_wrapped_alone_in_an_article_does_not_hide_the_story():
    paragraphs = "".join(f"<p>{start}, the harbour board said on Wednesday in a statement about the dredging contract.</p>" for start in PARAGRAPHS)
    page = f"<html><head><title>{HEADLINE} | The Gazette</title></head><body><article class='hero'><h1>{HEADLINE}</h1></article><div class='body'>{paragraphs}</div></body></html>"
    document = read_document(page, "page.html")
    assert document.headline.text == HEADLINE
    assert [block.text[:20] for block in document.blocks[1:]] == [start[:20] for start in PARAGRAPHS]


def test_a_story_that_stands_before_its_headline_is_still_read():
    paragraphs = "".join(f"<p>{start}, the harbour board said on Wednesday in a statement about the dredging contract.</p>" for start in PARAGRAPHS)
    page = f"<html><head><title>{HEADLINE} | The Gazette</title></head><body><div class='story'>{paragraphs}</div><h1>{HEADLINE}</h1><footer>(c) 2025</footer></body></html>"
    document = read_document(page, "page.html")
    assert document.headline.text == HEADLINE
    assert [block.text[:20] for block in document.blocks[1:]] == [start[:20] for start in PARAGRAPHS]
