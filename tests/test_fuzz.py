"""Property tests over every reader and the whole pipeline (issue #13, item 4).

For any text, in each format (``x.txt``, ``x.md``, ``x.html``), ``lint_news.lint_text``:

* never raises; the one error allowed is HTML with no article text (the file's ``error``);
* reports findings whose ``offset``/``length`` lie inside the text and whose ``line``,
  ``column``, ``end_line`` and ``end_column`` are those of ``offset`` and ``offset + length``
  (1-based, columns in code points, lines ended by ``\\n``; ``lint_text`` takes the string as
  given, so a leading U+FEFF is a character of line 1: only the command line strips it);
* sorts them as the engine does (by offset, then code), and gives the same report twice,
  and under another ``PYTHONHASHSEED``;
* gives fixes whose edits lie inside the text, and ``fix_text`` (unsafe fixes too) never
  raises and only ever deletes characters or capitalises a letter (issue #14).

The default profile keeps the run short; ``bench/fuzz.py`` runs the same properties for
longer (it sets ``LINT_NEWS_FUZZ_EXAMPLES``).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import lint_news

settings.register_profile(
    "lint-news",
    max_examples=int(os.environ.get("LINT_NEWS_FUZZ_EXAMPLES", "120")),
    deadline=None,
    database=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.load_profile("lint-news")

PATHS = ("x.txt", "x.md", "x.html")

# --------------------------------------------------------------------------------------------
# Strategies: article-like text, markup of each format, awkward characters, and anything at all

WORDS = (
    "the council said Ana Ruiz budget vote Tuesday $48 million 5-2 mayor residents experts "
    "delve crucial landscape tapestry robust pivotal notably moreover however according to "
    "officials say it is important to note that in conclusion overall stakeholders"
).split()
PHRASES = (
    "As an AI language model", "I hope this helps!", "[citation needed]", "[DATE]", "TK", "Key Takeaways",
    "according to experts", "In today's fast-paced world,", "Certainly! Here is the article:", "Lorem ipsum",
    "said Ana Ruiz", "the ministry said", "(Source: )", "Pros and Cons", "In conclusion,", "[Insert quote here]",
    "# lint-news: disable", "<!-- lint-news: disable-next-line LN902 -->", "<!-- lint-news: disable -->",
)
PUNCTUATION = list(".,!?:;\"“”‘’'()[]{}—–…-/*_`#>|\\&<")
AWKWARD = [
    "\u202e", "\u202b", "\u202c", "\u200b", "\u200d", "\u200e", "\u0301", "\u0308", "\U0001F600",
    "\U0001F469\u200d\U0001F4BB", "\U0001F1EB\U0001F1F7", "\u05e9\u05dc\u05d5\u05dd", "\u0627\u0644\u0639\u0631\u0628\u064a\u0629",
    "\ufeff", "\u00a0", "\u3000", "\u2028", "\u2029", "\x0b", "\x0c", "\x85", "\t", "\x00", "\ud7ff", "\U0010ffff", "ß", "İ", "ﬁ",
]
BREAKS = ["\n", "\n\n", "\r\n", "\r\n\r\n", "\r", " ", "  "]
MARKDOWN = [
    "# ", "## ", "###### ", "> ", ">> ", "- ", "* ", "+ ", "1. ", "2) ", "**", "__", "_", "*", "`", "```\n", "~~~\n", "    ",
    "[", "](http://example.com)", "](", ")", "![alt](i.png)", "<https://x.y>", "[ref]: http://x.y\n", "---\n",
    "---\ntitle: Budget passes\n---\n", "***\n", "| a | b |\n|---|---|\n", "\\", "&amp;", "&#x27;", "<div>", "</div>", "<!--", "-->",
]
HTML = [
    "<p>", "</p>", "<h1>", "</h1>", "<h2>", "</h2>", "<div>", "</div>", "<article>", "</article>", "<ul>", "<li>", "</li>",
    "</ul>", "<blockquote>", "</blockquote>", "<br>", "<hr>", "&amp;", "&#8220;", "&#x201d;", "&nbsp;", "&bogus;", "&#0;",
    "&#xd800;", "<!--", "-->", "<script>", "</script>", "<style>", "<pre>", "<title>", "</title>", "<head>", "</head>", "<body>",
    '<meta property="og:title" content="Budget passes">', "<b>", "</b>", "<span hidden>", '<div style="display:none">',
    '<a href="http://x.y">', "</a>", "<nav>", "</nav>", "<", ">", "</", "<![CDATA[", "]]>", "<!DOCTYPE html>", "<?xml?>", '="',
]


def _pieces(markup: list[str]) -> st.SearchStrategy[str]:
    return st.one_of(
        st.sampled_from(WORDS).map(lambda word: word + " "),
        st.sampled_from(PHRASES),
        st.sampled_from(PUNCTUATION),
        st.sampled_from(AWKWARD),
        st.sampled_from(BREAKS),
        st.sampled_from(markup),
        st.text(max_size=8),
    )


def _joined(markup: list[str], max_size: int = 60) -> st.SearchStrategy[str]:
    return st.lists(_pieces(markup), max_size=max_size).map("".join)


@st.composite
def _article(draw: st.DrawFn, markup: list[str]) -> str:
    """A headline, a dek, paragraphs of sentences with quotations: what a story looks like, then broken."""
    def sentence() -> str:
        words = draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=14))
        text = " ".join(words).capitalize()
        if draw(st.booleans()):
            text = draw(st.sampled_from(["“", '"', "‘", "'"])) + text + draw(st.sampled_from([",” said Ana Ruiz", '," she said', "’", "", "”"]))
        return text + draw(st.sampled_from([".", "!", "?", "…", "", ":", "."]))

    headline = " ".join(draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=10))).title()
    paragraphs = []
    for _ in range(draw(st.integers(0, 6))):
        paragraph = " ".join(sentence() for _ in range(draw(st.integers(1, 4))))
        paragraphs.append(draw(st.sampled_from(["", "", "> ", "- ", "1. ", "## "])) + paragraph + draw(_joined(markup, 4)))
    end = draw(st.sampled_from(["\n", "\r\n", "\r"]))
    text = headline + end * 2 + (end * 2).join(paragraphs) + end
    if markup is HTML:
        text = "<h1>" + headline + "</h1>" + "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)
    if draw(st.booleans()):  # break it somewhere
        at = draw(st.integers(0, len(text)))
        text = text[:at] + draw(_joined(markup, 10)) + text[at:]
    return text


def _texts(markup: list[str]) -> st.SearchStrategy[str]:
    return st.one_of(_article(markup), _joined(markup), st.text(max_size=300))


PLAIN_TEXTS = _texts(MARKDOWN[:8])  # bullets and quote marks mean something in plain text too
MARKDOWN_TEXTS = _texts(MARKDOWN)
HTML_TEXTS = _texts(HTML)


# --------------------------------------------------------------------------------------------
# The properties


def _position(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def check_report(text: str, path: str) -> list[dict]:
    """Lint ``text`` as ``path``; every property that holds of one report. Returns the findings."""
    report = lint_news.lint_text(text, path=path)
    [file] = report.files
    if file.error is not None:
        assert path.endswith(".html") and file.error.startswith("no article text found"), file.error
        assert file.findings == []
        return []
    findings = file.findings
    for finding in findings:
        assert 0 <= finding.offset and finding.length >= 0 and finding.offset + finding.length <= len(text), finding
        assert (finding.line, finding.column) == _position(text, finding.offset), finding
        assert (finding.end_line, finding.end_column) == _position(text, finding.offset + finding.length), finding
        assert "\n" not in finding.excerpt and len(finding.excerpt) <= 80, finding
        assert finding.message and finding.code and finding.family in _families()
        for edit in finding.fix.edits if finding.fix else ():
            assert 0 <= edit.offset and edit.length >= 0 and edit.end <= len(text), finding
    assert findings == sorted(findings, key=lambda f: (f.offset, f.code)), [(f.offset, f.code) for f in findings]
    assert [(f.line, f.column) for f in findings] == sorted((f.line, f.column) for f in findings)
    if file.substance is not None and file.substance.score is not None:
        assert 0 <= file.substance.score <= 100
    dicts = [finding.to_dict() for finding in findings]
    again = lint_news.lint_text(text, path=path).files[0]
    assert [finding.to_dict() for finding in again.findings] == dicts
    assert (again.substance.to_dict() if again.substance else None) == (file.substance.to_dict() if file.substance else None)
    return dicts


def _families() -> tuple[str, ...]:
    from lint_news.findings import FAMILIES

    return FAMILIES


@given(PLAIN_TEXTS)
def test_plain(text: str) -> None:
    check_report(text, "x.txt")


@given(MARKDOWN_TEXTS)
def test_markdown(text: str) -> None:
    check_report(text, "x.md")


@given(HTML_TEXTS)
def test_html(text: str) -> None:
    check_report(text, "x.html")


@given(st.one_of(PLAIN_TEXTS, MARKDOWN_TEXTS, HTML_TEXTS), st.sampled_from(PATHS))
def test_any_text_in_any_format(text: str, path: str) -> None:
    check_report(text, path)


def _only_deleted_or_capitalised(fixed: str, text: str) -> bool:
    """Whether ``fixed`` is ``text`` with characters deleted and some letters capitalised, the
    only edits the built-in fixes make."""
    position = 0
    for character in fixed:
        while position < len(text) and text[position] != character and text[position].upper() != character:
            position += 1
        if position == len(text):
            return False
        position += 1
    return True


@given(st.one_of(PLAIN_TEXTS, MARKDOWN_TEXTS, HTML_TEXTS), st.sampled_from(PATHS))
def test_fixing_never_raises_and_only_deletes_or_capitalises(text: str, path: str) -> None:
    previous = os.environ.get("LINT_NEWS_DEBUG")
    os.environ["LINT_NEWS_DEBUG"] = "1"  # a fix that fails to build would otherwise just not be offered
    try:
        result = lint_news.fix_text(text, path=path, unsafe=True)
    finally:
        if previous is None:
            del os.environ["LINT_NEWS_DEBUG"]
        else:
            os.environ["LINT_NEWS_DEBUG"] = previous
    assert _only_deleted_or_capitalised(result.text, text), (text, result.text)
    assert (result.text == text) == (not result.applied)


@given(st.binary(max_size=400))
def test_decode_refuses_or_returns_text(data: bytes) -> None:
    """``sources.decode`` either returns text without a leading BOM or refuses with one line."""
    from lint_news.sources import InputError, decode

    try:
        text = decode(data)
    except InputError as error:
        assert "\n" not in str(error) and str(error)
        return
    assert text.strip() and not text.startswith("\ufeff") or data.startswith(b"\xef\xbb\xbf\xef\xbb\xbf")
    for path in PATHS:
        check_report(text, path)


# --------------------------------------------------------------------------------------------
# Regression inputs: every failure the fuzzing found stays here


@pytest.mark.parametrize("path", PATHS)
@pytest.mark.parametrize(
    "text",
    [
        "",
        "\ufeff",
        "\ufeffHeadline\n\nAs an AI language model, I cannot.",
        "\r\r\r",
        "> " * 50 + "x",
        "- " * 50 + "x",
        "<h1>" * 50,
        "<!--",
        "<!-- lint-news: disable",
        "&#xd800;&#0;&bogus;",
        "“" * 50,
        "\u0301" * 50,
        "x\u2028y\u2029z\x85w",
        # malformed marked sections: Python 3.11's HTMLParser raises AssertionError on them
        "<![A:",
        "<![0",
        "<h1>Title</h1><![weird]><p>Text after it.</p>",
    ],
)
def test_regressions(text: str, path: str) -> None:
    check_report(text, path)


# --------------------------------------------------------------------------------------------
# Determinism across processes with different hash seeds

_SAMPLE_SCRIPT = r"""
import json, random, sys
sys.path.insert(0, sys.argv[1])
import lint_news
from test_fuzz import AWKWARD, HTML, MARKDOWN, PHRASES, PUNCTUATION, WORDS
from conftest import CLEAN_FIXTURES, PADDED_FIXTURES

rng = random.Random(13)
def piece(markup):
    kind = rng.randrange(5)
    if kind == 0: return rng.choice(PHRASES)
    if kind == 1: return rng.choice(PUNCTUATION)
    if kind == 2: return rng.choice(AWKWARD)
    if kind == 3: return rng.choice(markup)
    return " ".join(rng.choice(WORDS) for _ in range(rng.randrange(1, 12))) + rng.choice([". ", "\n\n", " "])
samples = [(path.read_text("utf-8"), path.name) for path in [*CLEAN_FIXTURES[:3], *PADDED_FIXTURES[:6]]]
for path, markup in (("x.txt", MARKDOWN[:8]), ("x.md", MARKDOWN), ("x.html", HTML)):
    for _ in range(6):
        samples.append(("".join(piece(markup) for _ in range(rng.randrange(20, 120))), path))
out = []
for text, path in samples:
    file = lint_news.lint_text(text, path=path).files[0]
    out.append({"path": path, "error": file.error, "findings": [f.to_dict() for f in file.findings],
                "substance": file.substance.to_dict() if file.substance else None})
print(json.dumps(out, sort_keys=True))
"""


def test_same_report_under_another_hash_seed() -> None:
    tests = str(Path(__file__).resolve().parent)
    outputs = []
    for seed in ("0", "4242"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        env.pop("LINT_NEWS_DEBUG", None)
        process = subprocess.run([sys.executable, "-c", _SAMPLE_SCRIPT, tests], capture_output=True, env=env, timeout=120, cwd=tests)
        assert process.returncode == 0, process.stderr.decode()
        outputs.append(json.loads(process.stdout))
    assert sum(len(entry["findings"]) for entry in outputs[0]) > 0  # the sample does exercise the rules
    for first, second in zip(*outputs):
        assert first == second, first["path"]
