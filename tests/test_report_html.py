"""The audit report of ``lint-news scan --report``: one self-contained, offline HTML file.

The pure-Python tests always run. The browser tests load the report in a real headless
Chromium (tests/chromium.py, installed with apt-get when missing and possible, else skipped
saying why) and check what a person would do with it: read the counts, sort, filter, open an
article and see its findings highlighted, with no script error and no network request.

:func:`synthetic_corpus` builds a consistent summary and articles (the summary is computed from
the article dicts); bench/report_screenshot.py uses it too.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import random
import re
import statistics
from collections import Counter, defaultdict
from html.parser import HTMLParser
from pathlib import Path

import pytest

import chromium
from lint_news.corpus.report_html import highlight, render_report, write_report
from lint_news.findings import FAMILIES

# -- a synthetic corpus --------------------------------------------------------------------------

#: (phrase, code, rule, family, severity, message, sentence): phrases planted in texts, found by position.
PLANTED = [
    ("It is important to note that", "LN604", "important-to-note", "filler", "warning",
     "Filler opener 'It is important to note that': state the point", "It is important to note that the {topic} matters."),
    ("In conclusion,", "LN503", "in-conclusion", "padding", "warning",
     "Essay-style 'In conclusion': news stories do not sum up", "In conclusion, the {topic} affects everyone."),
    ("[insert quote from the mayor]", "LN802", "bracket-slot", "placeholder-text", "error",
     "Unfilled slot '[insert quote from the mayor]'", "The mayor said [insert quote from the mayor]."),
    ("TK", "LN801", "tk-marker", "placeholder-text", "error", "'TK' marker: a fact still to come", "The vote total was TK."),
    ("As an AI language model,", "LN902", "ai-self-reference", "assistant-leak", "error",
     "The text calls itself an AI model", "As an AI language model, I cannot attend council meetings."),
    ("Experts say", "LN701", "anonymous-experts", "unattributed-claim", "warning",
     "'Experts say' without naming one", "Experts say the {topic} is overdue."),
    ("according to reports", "LN408", "vague-report-reference", "placeholder-citation", "warning",
     "'according to reports': which reports?", "Costs have doubled, according to reports."),
    ("plays a pivotal role", "LN607", "pivotal-role", "filler", "info",
     "Stock phrase 'plays a pivotal role'", "The {topic} plays a pivotal role in the life of {place}."),
    ("I hope this helps!", "LN904", "chat-sign-off", "assistant-leak", "error", "Chatbot sign-off 'I hope this helps!'", "I hope this helps!"),
    ("Based on the provided text,", "LN302", "provided-text", "meta-commentary", "error",
     "Refers to 'the provided text': leftover prompt", "Based on the provided text, the {topic} passed."),
]
SOURCES = ("metro-daily", "wire-feed", "county-post", "valley-news")
PLACES = ("Harlow", "Ashford", "Brockton", "Dunmore", "Elkin", "Fairview", "Glenwood", "Halstead")
TOPICS = ("budget", "library renovation", "bus routes", "water rates", "school board", "bridge repair", "zoning plan", "park levy")
FACTS = (
    "The {place} council voted {a}-{b} on Tuesday to approve the {topic}.",
    "The plan costs ${m} million, according to figures released by the finance office.",
    "Mayor Dana Ruiz said the vote followed {a} public hearings since March.",
    "Residents who spoke at the meeting were split, with {a} in favour and {b} against.",
    "The {topic} will take effect on July {d}, a spokesperson for the city said.",
    "County records show the last change of this kind was made in {y}.",
    "Council member Lee Park, who voted no, said the city had not studied the costs.",
    "The finance director, Omar Haddad, told the council that reserves stand at ${m} million.",
)
SHARED = (
    "This article was produced with the help of automated tools and reviewed by our editors. "
    "For corrections, contact the newsroom. Our coverage of local government is supported by readers like you, "
    "and we rely on that support to keep reporting on the decisions that affect your community every day."
)


def _position(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, column


def _finding(text: str, offset: int, length: int, code: str, rule: str, family: str, severity: str, message: str) -> dict:
    line, column = _position(text, offset)
    end_line, end_column = _position(text, offset + length)
    return {
        "code": code, "rule": rule, "family": family, "severity": severity, "message": message,
        "line": line, "column": column, "end_line": end_line, "end_column": end_column,
        "offset": offset, "length": length, "excerpt": text[offset : offset + length][:80], "suggestion": None,
    }


def _article(rng: random.Random, n: int, source: str) -> dict:
    place, topic = rng.choice(PLACES), rng.choice(TOPICS)

    def fact(template: str) -> str:
        return template.format(place=place, topic=topic, a=rng.randint(2, 9), b=rng.randint(0, 6),
                                        m=rng.randint(2, 90), d=rng.randint(1, 28), y=rng.randint(1994, 2021))

    planted = rng.sample(PLANTED, k=rng.choice((0, 1, 1, 2, 3, 4)))
    sentences = [fact(template) for template in rng.sample(FACTS, rng.randint(5, len(FACTS)))]
    for phrase, *_, sentence in planted:
        at = len(sentences) if phrase in ("In conclusion,", "I hope this helps!") else rng.randrange(1, len(sentences) + 1)
        sentences.insert(at, sentence.format(place=place, topic=topic))
    repeated = rng.random() < 0.3
    if repeated:
        sentences.append(sentences[0])
    paragraphs = [" ".join(sentences[i : i + 3]) for i in range(0, len(sentences), 3)]
    title = f"{place} {topic} vote draws {rng.choice(('praise', 'criticism', 'questions', 'a crowd'))}"
    text = title + "\n\n" + "\n\n".join(paragraphs)
    if rng.random() < 0.35:
        text += "\n\n" + SHARED
    findings = []
    for phrase, code, rule, family, severity, message, _ in planted:
        offset = text.index(phrase, len(title))
        findings.append(_finding(text, offset, len(phrase), code, rule, family, severity, message))
    if repeated:
        sentence = sentences[0]
        offset = text.index(sentence, text.index(sentence, len(title)) + 1)
        findings.append(_finding(text, offset, len(sentence), "LN101", "repeated-sentence", "repetition", "warning",
                                 "Sentence repeated from paragraph 1: delete one"))
    findings.sort(key=lambda f: (f["offset"], f["length"]))
    return _finalise({"id": f"{source[:2]}-{n:04d}", "url": f"https://{source}.example.org/news/{n}", "source": source,
                      "title": title, "text": text, "findings": findings}, rng)


def _finalise(article: dict, rng: random.Random | None = None, score: float | None = -1.0) -> dict:
    """Counts and a substance score consistent with the article's findings."""
    findings = article["findings"]
    severity = Counter(f["severity"] for f in findings)
    family = Counter(f["family"] for f in findings)
    article["by_severity"] = {s: severity[s] for s in ("error", "warning", "info")}
    article["by_family"] = {f: family[f] for f in FAMILIES}
    if score == -1.0:
        jitter = rng.uniform(-8, 8) if rng else 0.0
        score = round(min(100.0, max(0.0, 88 - 22 * severity["error"] - 9 * severity["warning"] - 3 * severity["info"] + jitter)), 1)
    article["substance"] = {"score": score, "band": None if score is None else "low" if score < 35 else "high" if score >= 65 else "medium"}
    return article


def _special_articles() -> list[dict]:
    """Hostile and tricky articles: markup everywhere, an overlap, an emoji, CRLF, no score."""
    text = (
        "Crossing guard honoured\n\n<script>window.__pwned = 1</script> The school board "
        "honoured crossing guard 🙂 Ruth Sim on Monday. Experts say it is important to note that she "
        "never missed a day. It is important to note that her route covers four streets.\n"
    )
    start = text.index("Experts say")
    overlap = [
        _finding(text, start, len("Experts say it is important to note that she never missed a day."), "LN101",
                 "repeated-sentence", "repetition", "warning", 'Repeated "sentence" <b>here</b>'),
        _finding(text, start, len("Experts say"), "LN701", "anonymous-experts", "unattributed-claim", "warning", "'Experts say' without naming one"),
        _finding(text, text.index("it is important"), len("it is important to note that"), "LN604", "important-to-note",
                 "filler", "warning", "Filler opener <em>important</em>"),
        _finding(text, text.index("<script>"), len("<script>window.__pwned = 1</script>"), "LN805", "template-variable",
                 "placeholder-text", "error", "Markup <script>alert('msg')</script> in the text"),
    ]
    overlap.sort(key=lambda f: (f["offset"], f["length"]))
    hostile = _finalise({
        "id": "x<script>window.__pwned=2</script>", "url": "javascript:window.__pwned=3", "source": "county-post",
        "title": '<img src="https://tracker.invalid/p.gif" onerror="window.__pwned=4">', "text": text, "findings": overlap,
    }, score=4.0)
    crlf_text = "Storm closes Route 9\r\n\r\nThe road closed at 6 a.m.\r\nCrews said TK.\r\nIn conclusion,\r\nit is shut.\r\n"
    span = crlf_text.index("Crews")
    crlf = _finalise({
        "id": "wi-crlf", "url": None, "source": "wire-feed", "title": None, "text": crlf_text,
        "findings": [
            _finding(crlf_text, span, len("Crews said TK.\r\nIn conclusion,"), "LN303", "source-text-gap", "meta-commentary", "warning", "Gap spans lines"),
            _finding(crlf_text, crlf_text.index("TK"), 2, "LN801", "tk-marker", "placeholder-text", "error", "'TK' marker"),
            _finding(crlf_text, crlf_text.index("In conclusion,"), len("In conclusion,"), "LN503", "in-conclusion", "padding", "warning", "Essay-style ending"),
        ],
    }, score=None)
    return [hostile, crlf]


def synthetic_corpus(n: int = 40, seed: int = 7, *, special: bool = True, total: int | None = None) -> tuple[dict, list[dict]]:
    """``(summary, articles)``: ``n`` articles (two hostile ones among them when ``special``),
    lowest substance first, and the summary computed from them. ``total`` claims a larger corpus
    whose lowest-substance ``n`` these are (the counts then describe the ``n`` alone)."""
    rng = random.Random(seed)
    extra = _special_articles() if special else []
    articles = [_article(rng, i + 1, rng.choice(SOURCES[:3] if i % 9 else SOURCES)) for i in range(n - len(extra))] + extra
    articles.sort(key=lambda a: (a["substance"]["score"] is None, a["substance"]["score"] or 0.0, a["id"]))
    return summarise(articles, total=total), articles


def summarise(articles: list[dict], *, total: int | None = None, bad_rows: int = 2) -> dict:
    """A scan summary computed from article dicts (as the caller computes it from its rows)."""
    def median(values):
        return round(statistics.median(values), 1) if values else None

    def top_rules(group):
        counts = Counter((f["code"], f["rule"], f["family"]) for a in group for f in a["findings"])
        return [{"code": c, "rule": r, "family": fam, "findings": k} for (c, r, fam), k in counts.most_common(5)]

    def bins(group):
        counts = [0] * 10
        for a in group:
            score = a["substance"]["score"]
            if score is not None:
                counts[min(int(score // 10), 9)] += 1
        return counts

    by_source = defaultdict(list)
    for article in articles:
        by_source[article["source"]].append(article)
    sources = [
        {"source": name, "articles": len(group),
         "median_substance": median([a["substance"]["score"] for a in group if a["substance"]["score"] is not None]),
         "share_with_errors": round(sum(a["by_severity"]["error"] > 0 for a in group) / len(group), 4),
         "top_rules": top_rules(group)}
        for name, group in sorted(by_source.items(), key=lambda item: (-len(item[1]), item[0]))
    ]
    passages = defaultdict(list)
    for article in articles:
        if SHARED in article["text"]:
            passages[SHARED].append(article["id"])
    scores = [a["substance"]["score"] for a in articles if a["substance"]["score"] is not None]
    return {
        "schema": "lint-news/scan-summary@1",
        "tool": {"name": "lint-news", "version": "0.1.0"},
        "articles": total if total is not None else len(articles),
        "bad_rows": bad_rows,
        "median_substance": median(scores),
        "share_with_errors": round(sum(a["by_severity"]["error"] > 0 for a in articles) / len(articles), 4) if articles else 0.0,
        "by_family": {f: sum(a["by_family"][f] for a in articles) for f in FAMILIES},
        "by_severity": {s: sum(a["by_severity"][s] for a in articles) for s in ("error", "warning", "info")},
        "histogram": {"edges": list(range(0, 101, 10)), "overall": bins(articles),
                      "by_source": {s["source"]: bins(by_source[s["source"]]) for s in sources}},
        "sources": sources,
        "shared_passages": [{"text": text, "words": len(text.split()), "articles": len(ids), "ids": ids}
                            for text, ids in sorted(passages.items(), key=lambda item: -len(item[1]))],
        "report_articles": len(articles),
    }


# -- reading the HTML back -----------------------------------------------------------------------


class _Tags(HTMLParser):
    """Every start tag with its attributes, and the text inside each <mark> and <script>."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.marks: list[tuple[dict, str]] = []
        self.scripts: list[str] = []
        self._stack: list[tuple[str, dict, list[str]]] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append((tag, attrs))
        if tag in ("mark", "script", "style"):
            self._stack.append((tag, attrs, []))

    def handle_endtag(self, tag):
        if self._stack and self._stack[-1][0] == tag:
            name, attrs, parts = self._stack.pop()
            if name == "mark":
                self.marks.append((attrs, "".join(parts)))
            elif name == "script":
                self.scripts.append("".join(parts))

    def handle_data(self, data):
        if self._stack:
            self._stack[-1][2].append(data)


def _parse(html: str) -> _Tags:
    parser = _Tags()
    parser.feed(html)
    parser.close()
    return parser


def _marked(html: str) -> dict[int, str]:
    """Finding index -> the concatenated text of the marks that carry it."""
    spans: dict[int, str] = defaultdict(str)
    for attrs, text in _parse(html).marks:
        for index in attrs.get("data-f", "").split():
            spans[int(index)] += text
    return dict(spans)


@pytest.fixture(scope="module")
def corpus():
    return synthetic_corpus(40)


@pytest.fixture(scope="module")
def report(corpus):
    return render_report(*corpus, title="Audit <of> the week")


# -- pure Python ---------------------------------------------------------------------------------


def test_one_file_with_no_external_reference(report, corpus):
    _, articles = corpus
    parsed = _parse(report)
    urls = {a["url"] for a in articles if a["url"] and a["url"].startswith("https://")}
    for tag, attrs in parsed.tags:
        assert tag not in ("link", "img", "iframe", "object", "embed", "audio", "video", "source", "base"), tag
        assert "src" not in attrs, (tag, attrs)
        if "href" in attrs:
            href = attrs["href"]
            assert href.startswith("#") or href in urls, href
    style = report[report.index("<style>") : report.index("</style>")]
    assert "@import" not in style and "url(" not in style
    assert len(parsed.scripts) == 1 and not any(a.get("src") for t, a in parsed.tags if t == "script")
    assert "http-equiv" in report and "default-src 'none'" in report


def test_the_script_hash_is_the_one_the_policy_allows(report):
    script = _parse(report).scripts[0]
    digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
    assert f"'sha256-{digest}'" in report
    assert len(script.splitlines()) < 80


def test_user_supplied_text_is_escaped(report, corpus):
    parsed = _parse(report)
    assert len(parsed.scripts) == 1  # ours only: no <script> came in with an article
    assert "<script>window.__pwned" not in report and "<img" not in report
    assert "&lt;script&gt;window.__pwned = 1&lt;/script&gt;" in report
    assert 'data-id="x&lt;script&gt;window.__pwned=2&lt;/script&gt;"' in report
    for tag, attrs in parsed.tags:
        assert not any(name.startswith("on") for name in attrs), (tag, attrs)
        assert "javascript:" not in attrs.get("href", "")
    assert "<b>here</b>" not in report and "&lt;b&gt;here&lt;/b&gt;" in report
    assert "<title>Audit &lt;of&gt; the week</title>" in report


def test_only_http_urls_become_links():
    article = {"id": "a", "source": "s", "text": "x", "findings": [], "url": "javascript:alert(1)"}
    for url, linked in [("javascript:alert(1)", False), ("https://example.org/a?b=1&c=2", True), ("http://x.org", True),
                        (" https://x.org", False), ("ftp://x.org/file", False), ("data:text/html,hi", False), (None, False)]:
        html = render_report({"articles": 1}, [{**article, "url": url}])
        hrefs = [a["href"] for t, a in _parse(html).tags if t == "a" and not a["href"].startswith("#")]
        assert hrefs == ([url, url] if linked else []), url


def test_a_finding_wraps_exactly_its_code_points():
    text = "0123456789ABCDEFGHIJ"
    html = highlight(text, [{"offset": 10, "length": 5, "family": "filler", "severity": "warning", "message": "m"}])
    assert _marked(html) == {0: "ABCDE"} == {0: text[10:15]}
    emoji = "🙂é 🙂 <x> & done"
    html = highlight(emoji, [{"offset": 2, "length": 5, "family": "padding", "message": "<b>"}])
    assert _marked(html) == {0: emoji[2:7]}
    assert 'title="&lt;b&gt;"' in html and "&lt;x</mark>&gt; &amp; done" in html


def test_overlapping_findings_become_segments_carrying_every_finding():
    text = "abcdefghijklmnopqrstuvwxyz0123"
    findings = [
        {"offset": 5, "length": 10, "family": "repetition", "severity": "warning", "message": "one"},
        {"offset": 10, "length": 10, "family": "filler", "severity": "error", "message": "two"},
        {"offset": 0, "length": 30, "family": "padding", "severity": "info", "message": "all"},
        {"offset": 12, "length": 0, "family": "placeholder-text", "severity": "error", "message": "point"},
        {"offset": 10, "length": 10, "family": "filler", "severity": "warning", "message": "same span"},
        {"offset": 99, "length": 3, "family": "filler", "message": "out of range"},
        {"offset": None, "length": 3, "family": "filler", "message": "no offset"},
    ]
    html = highlight(text, findings)
    marks = _parse(html).marks
    assert "".join(t for _, t in marks) == text  # the padding finding covers all of it, once
    assert _marked(html) == {0: text[5:15], 1: text[10:20], 2: text, 3: "", 4: text[10:20]}
    segments = [(a["data-f"], t) for a, t in marks]
    assert segments == [("2", "abcde"), ("0 2", "fghij"), ("0 1 2 4", "kl"), ("3", ""), ("0 1 2 4", "mno"),
                        ("1 2 4", "pqrst"), ("2", "uvwxyz0123")]
    classes = {a["data-f"]: a["class"].split() for a, _ in marks}
    assert {"fam-repetition", "fam-filler", "fam-padding", "overlap"} <= set(classes["0 1 2 4"])
    assert "point" in classes["3"]
    strongest = {a["data-f"]: (a["data-family"], a["data-sev"]) for a, _ in marks}
    assert strongest["0 2"] == ("repetition", "warning") and strongest["1 2 4"] == ("filler", "error")


def test_carriage_returns_survive_the_html_parser():
    text = "a\r\nTK\r\nb"
    html = highlight(text, [{"offset": 1, "length": 4, "family": "filler", "message": "m"}])
    assert "&#13;" in html and "\r" not in html


def test_every_article_view_highlights_its_findings(report, corpus):
    _, articles = corpus
    sections = report.split('<section class="article" ')[1:]
    assert len(sections) == len(articles)
    for section, article in zip(sections, articles):
        text = article["text"]
        spans = _marked(section.split('<div class="text">', 1)[1].split("</div>", 1)[0])
        expected = {i: text[f["offset"] : f["offset"] + f["length"]].replace("\r", "") for i, f in enumerate(article["findings"])}
        assert {i: s.replace("\r", "") for i, s in spans.items()} == expected
        assert section.count('<tr data-f="') == len(article["findings"])


def test_the_shown_rows_sentence():
    _, articles = synthetic_corpus(5, special=False)
    summary = summarise(articles, total=100_000)
    assert "Showing 5 of 100,000 articles, lowest substance first." in render_report(summary, articles)
    assert "Showing all 5 articles, lowest substance first." in render_report(summarise(articles), articles)


def test_summary_figures(report, corpus):
    summary, _ = corpus
    for key in ("articles", "bad_rows"):
        assert re.search(rf'data-stat="{key}" data-value="{summary[key]}"[^>]*><dt>[^<]*</dt><dd class="value">{summary[key]:,}<', report)
    assert f'<dd class="value">{summary["median_substance"]:.1f}</dd>' in report
    assert f'{summary["share_with_errors"] * 100:.1f}%' in report
    for severity, count in summary["by_severity"].items():
        assert f'data-stat="{severity}" data-value="{count}"' in report


def test_charts_carry_their_counts(report, corpus):
    summary, _ = corpus
    bars = re.findall(r'<svg id="histogram-overall".*?</svg>', report, re.S)[0]
    assert [int(c) for c in re.findall(r'<g data-bin="\d+" data-count="(\d+)"', bars)] == summary["histogram"]["overall"]
    assert "<title" in bars and 'role="img"' in bars and "substance score" in bars
    assert report.count('class="source-hist"') == len(summary["sources"])
    for family in FAMILIES:
        assert f'<g data-family="{family}" data-count="{summary["by_family"][family]}">' in report


def test_many_sources_chart_the_biggest_only(corpus):
    summary = dict(corpus[0])
    names = [f"site-{i:02d}" for i in range(60)]
    summary["sources"] = [{"source": n, "articles": 100 - i, "median_substance": 50.0, "share_with_errors": 0.1, "top_rules": []}
                          for i, n in enumerate(names)]
    summary["histogram"] = {**summary["histogram"], "by_source": {n: [1] * 10 for n in names}}
    html = render_report(summary, [])
    assert html.count('class="source-hist"') == 48 and "12 more are in the table only" in html
    assert html.count('<tr data-source="site-') == 60 and 'data-source="site-47"' in html and 'figure class="source-hist" data-source="site-48"' not in html


def test_shared_passages_link_to_the_articles_in_the_report():
    _, articles = synthetic_corpus(12, special=False)
    summary = summarise(articles)
    ids = [f"gone-{i}" for i in range(30)] + [articles[3]["id"]]
    summary["shared_passages"] = [{"text": "word " * 200, "words": 200, "articles": len(ids), "ids": ids}]
    html = render_report(summary, articles)
    block = html[html.index('id="shared-passages"') : html.index('id="articles-section"')]
    assert f'<a href="#article-4" class="id">{articles[3]["id"]}</a>' in block
    assert "11 more</summary>" in block and "full passage" in block
    assert block.count('<span class="id">gone-') == 30


def test_an_empty_corpus_renders():
    summary = {"schema": "lint-news/scan-summary@1", "tool": {"name": "lint-news", "version": "0.1.0"}, "articles": 0,
               "bad_rows": 0, "median_substance": None, "share_with_errors": 0.0, "by_family": {}, "by_severity": {},
               "histogram": {"edges": list(range(0, 101, 10)), "overall": [0] * 10, "by_source": {}},
               "sources": [], "shared_passages": [], "report_articles": 0}
    html = render_report(summary, [])
    assert html.startswith("<!DOCTYPE html>") and html.rstrip().endswith("</html>")
    assert 'data-stat="articles" data-value="0"' in html and 'data-stat="median_substance" data-value=""' in html
    assert "No articles." in html and "no scored articles" in html and "No passage is shared" in html
    assert render_report({}, [])  # and a summary with nothing in it


def test_write_report_is_atomic(tmp_path, corpus):
    target = tmp_path / "report.html"
    target.write_text("old")
    write_report(target, *corpus)
    assert target.read_text(encoding="utf-8") == render_report(*corpus)
    assert [p.name for p in tmp_path.iterdir()] == ["report.html"]
    umask = os.umask(0)
    os.umask(umask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask


def test_write_report_leaves_nothing_behind_on_failure(tmp_path, monkeypatch):
    def fail(*args):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(OSError):
        write_report(tmp_path / "report.html", {}, [])
    assert list(tmp_path.iterdir()) == []


# -- in a real browser ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def browser():
    path = chromium.require_chromium()
    with chromium.Browser(path, timeout=30) as instance:
        yield instance


@pytest.fixture
def page(browser, tmp_path, corpus):
    target = tmp_path / "report.html"
    write_report(target, *corpus)
    browser.open(target.as_uri())
    yield browser
    assert browser.exceptions == [], browser.exceptions
    assert browser.console_errors == [], browser.console_errors
    assert all(url.startswith("file://") for url in browser.requests), browser.requests
    assert browser.evaluate("performance.getEntriesByType('resource').length") == 0
    assert browser.evaluate("window.__pwned === undefined")


def test_browser_shows_the_summary_and_every_row(page, corpus):
    summary, articles = corpus
    shown = page.evaluate("Object.fromEntries([...document.querySelectorAll('#summary [data-stat]')]"
                          ".map(e => [e.dataset.stat, e.querySelector('.value').textContent]))")
    assert shown["articles"] == f"{summary['articles']:,}" and shown["bad_rows"] == str(summary["bad_rows"])
    assert shown["median_substance"] == f"{summary['median_substance']:.1f}"
    assert shown["share_with_errors"] == f"{summary['share_with_errors'] * 100:.1f}%"
    for severity in ("error", "warning", "info"):
        assert shown[severity] == str(summary["by_severity"][severity])
    assert page.evaluate("document.querySelectorAll('table#articles tbody tr').length") == len(articles)
    assert page.evaluate("[...document.querySelectorAll('tr[data-id]')].map(r => r.dataset.id)") == [a["id"] for a in articles]
    assert page.evaluate("document.getElementById('shown-sentence').textContent").startswith(f"Showing all {len(articles)} articles")
    assert page.evaluate("getComputedStyle(document.querySelector('section.article')).display") == "none"
    bars = page.evaluate("[...document.querySelectorAll('#histogram-overall g[data-bin]')].map(g => g.getBBox().height > 0)")
    assert bars == [count > 0 for count in summary["histogram"]["overall"]]


def test_browser_sorts_by_substance_both_ways(page, corpus):
    _, articles = corpus
    read = "[...document.querySelectorAll('#articles tbody tr')].map(r => r.querySelector('td.substance').dataset.sort)"
    header = "document.querySelector('#articles th[data-col=substance]')"
    scores = [a["substance"]["score"] for a in articles]
    known = sorted(s for s in scores if s is not None)
    nulls = [""] * scores.count(None)
    page.evaluate(f"{header}.click()")
    assert [float(v) for v in page.evaluate(read) if v] == known and page.evaluate(read)[len(known):] == nulls
    assert page.evaluate(f"{header}.getAttribute('aria-sort')") == "ascending"
    page.evaluate(f"{header}.querySelector('button').click()")  # the button inside, as a keyboard user would
    assert [float(v) for v in page.evaluate(read) if v] == known[::-1] and page.evaluate(read)[len(known):] == nulls
    assert page.evaluate(f"{header}.getAttribute('aria-sort')") == "descending"
    page.evaluate("document.querySelector('#articles th[data-col=findings]').click()")
    counts = [int(v) for v in page.evaluate("[...document.querySelectorAll('#articles tbody tr')].map(r => r.querySelector('td.findings').dataset.sort)")]
    assert counts == sorted(len(a["findings"]) for a in articles)
    assert page.evaluate(f"{header}.hasAttribute('aria-sort')") is False


def test_browser_filters_by_text_and_source(page, corpus):
    _, articles = corpus
    visible = "[...document.querySelectorAll('#articles tbody tr')].filter(r => !r.hidden && r.offsetParent).map(r => r.dataset.id)"
    type_ = "(q => { const e = document.getElementById('filter'); e.value = q; e.dispatchEvent(new Event('input', {bubbles: true})); })"
    page.evaluate(f"{type_}('TK-MARKER')")
    expected = [a["id"] for a in articles if any(f["rule"] == "tk-marker" for f in a["findings"])]
    assert expected and page.evaluate(visible) == expected
    assert page.evaluate("document.getElementById('shown-count').textContent") == f"{len(expected)} of {len(articles)} rows match the filter."
    page.evaluate(f"{type_}('')")
    assert len(page.evaluate(visible)) == len(articles)
    page.evaluate("(s => { s.value = 'valley-news'; s.dispatchEvent(new Event('change')); })(document.getElementById('source-filter'))")
    expected = [a["id"] for a in articles if a["source"] == "valley-news"]
    assert expected and page.evaluate(visible) == expected
    page.evaluate(f"{type_}('{expected[0]}')")
    assert page.evaluate(visible) == expected[:1]


@pytest.mark.parametrize("which", ["x<script>window.__pwned=2</script>", "wi-crlf", "most findings"])
def test_browser_opens_an_article_with_its_findings_marked(page, corpus, which):
    _, articles = corpus
    if which == "most findings":
        which = max(articles, key=lambda a: len(a["findings"]))["id"]
    n, article = next((i, a) for i, a in enumerate(articles, 1) if a["id"] == which)
    page.evaluate(f"document.querySelector('tr[data-id=\"' + CSS.escape({json.dumps(which)}) + '\"] a[href^=\"#article-\"]').click()")
    assert page.evaluate("location.hash") == f"#article-{n}"
    section = f"document.getElementById('article-{n}')"
    assert page.evaluate(f"getComputedStyle({section}).display") == "block"
    assert page.evaluate(f"{section}.getBoundingClientRect().height") > 100
    marks = page.evaluate(f"[...{section}.querySelectorAll('.text mark')].map(m => [m.dataset.f, m.textContent])")
    got: dict[int, str] = defaultdict(str)
    for indexes, text in marks:
        for index in indexes.split():
            got[int(index)] += text
    text = article["text"]
    assert dict(got) == {i: text[f["offset"] : f["offset"] + f["length"]] for i, f in enumerate(article["findings"])}
    assert page.evaluate(f"{section}.querySelector('.text').textContent") == text
    assert page.evaluate(f"{section}.querySelectorAll('table.findings tbody tr').length") == len(article["findings"])
    page.evaluate("document.dispatchEvent(new KeyboardEvent('keydown', {key: 'Escape'}))")
    assert page.evaluate("location.hash") == f"#row-{n}"
    assert page.evaluate(f"getComputedStyle({section}).display") == "none"
