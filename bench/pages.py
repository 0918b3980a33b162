"""Saved web pages: is the article read, and only the article? (the #11 measures, on pages with ground truth)

Usage:  python bench/pages.py [FOLDER ...]      (default: bench/pages_dev)

A page is ``NAME.html`` with ``NAME.article.json`` beside it: ``{"headline", "text"}``, the
article as a reader sees it (paragraphs separated by blank lines). For each page:

- token F1 of what lint-news reads (every block but the headline; ``lint-news read``) against
  the article text, and the same for the raw text of trafilatura, readability-lxml and jusText
  where they are installed (the extractor comparison);
- whether the headline read is the article's;
- the warning/error findings whose excerpt is not article text ("from outside the article"),
  and the duplicated-headline findings;
- the page's substance score against that of the article alone (as plain text), and pages of
  150+ words that get no score;
- the time to read the page (parse, extraction and block selection).
"""

from __future__ import annotations

import json
import re
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

import lint_news
from lint_news.readers import read_document
from lint_news.readers.structure import comparable

REPO = Path(__file__).resolve().parent.parent
_WORD = re.compile(r"\w+")


def _tokens(text: str) -> Counter[str]:
    return Counter(_WORD.findall(text.casefold()))


def f1(found: str, truth: str) -> float:
    got, want = _tokens(found), _tokens(truth)
    common = sum((got & want).values())
    if not common:
        return 0.0
    precision, recall = common / sum(got.values()), common / sum(want.values())
    return 2 * precision * recall / (precision + recall)


def _extractors() -> dict[str, object]:
    found = {}
    from lint_news.readers.extract import main_text

    found["trafilatura"] = lambda html: main_text(html) or ""  # as the reader calls it
    try:
        from readability import Document as Readable

        found["readability-lxml"] = lambda html: " ".join(_markup_free(Readable(html).summary()).split())
    except ImportError:
        pass
    try:
        import justext

        found["jusText"] = lambda html: "\n".join(p.text for p in justext.justext(html.encode("utf-8"), justext.get_stoplist("English")) if not p.is_boilerplate)
    except ImportError:
        pass
    return found


def _markup_free(html: str) -> str:
    import html as entities

    return entities.unescape(re.sub(r"<[^>]*>", " ", html))


def main(folders: list[Path]) -> None:
    pages = sorted(p for folder in folders for p in folder.glob("*.html") if p.with_suffix(".article.json").exists())
    extractors = _extractors()
    rows = []
    for page in pages:
        truth = json.loads(page.with_suffix(".article.json").read_text(encoding="utf-8"))
        source = page.read_text(encoding="utf-8-sig")
        started = time.perf_counter()
        try:
            document = read_document(source, page.name)
        except Exception as error:  # noqa: BLE001 - a bench reports, it does not stop
            rows.append({"page": page.name, "error": str(error)})
            continue
        seconds = time.perf_counter() - started
        body = " ".join(block.text for block in document.blocks if block is not document.headline)
        report = lint_news.lint_path(page).files[0]
        article = lint_news.lint_text(f"{truth['headline']}\n\n{truth['text']}\n", path="article.txt").files[0]
        article_text = comparable(truth["headline"] + " " + truth["text"])
        loud = [f for f in report.findings if f.severity.value in ("warning", "error")]
        outside = [f for f in loud if comparable(f.excerpt.rstrip("…")) not in article_text]
        row = {
            "page": page.name,
            "f1": f1(body, truth["text"]),
            "headline_ok": document.headline is not None and comparable(document.headline.text) == comparable(truth["headline"]),
            "loud": len(loud),
            "outside": [f"{f.code}:{f.line}:{f.excerpt[:50]}" for f in outside],
            "duplicated_headline": sum(f.family == "duplicated-headline" for f in report.findings),
            "page_score": report.substance.score if report.substance else None,
            "article_score": article.substance.score if article.substance else None,
            "article_words": len(truth["text"].split()),
            "seconds": seconds,
            **{f"f1 {name}": f1(extract(source), truth["text"]) for name, extract in extractors.items()},
        }
        rows.append(row)
    good = [row for row in rows if "error" not in row]
    print(f"{len(rows)} pages ({len(rows) - len(good)} unreadable: {[row['page'] for row in rows if 'error' in row]})")
    if not good:
        return
    print(f"token F1 of what lint-news reads: mean {statistics.mean(r['f1'] for r in good):.3f}, min {min(r['f1'] for r in good):.3f}")
    for name in extractors:
        print(f"token F1 of {name} alone: mean {statistics.mean(r['f1 ' + name] for r in good):.3f}, min {min(r['f1 ' + name] for r in good):.3f}")
    print(f"headline right: {sum(r['headline_ok'] for r in good)}/{len(good)}")
    loud, outside = sum(r["loud"] for r in good), sum(len(r["outside"]) for r in good)
    print(f"warning/error findings: {loud}, from outside the article: {outside} ({outside / max(loud, 1):.1%})")
    print(f"duplicated-headline findings: {sum(r['duplicated_headline'] for r in good)}")
    scored = [r for r in good if r["page_score"] is not None and r["article_score"] is not None]
    if scored:
        print(f"substance, page against article: mean |difference| {statistics.mean(abs(r['page_score'] - r['article_score']) for r in scored):.1f} points over {len(scored)} pages")
    unscored = [r["page"] for r in good if r["page_score"] is None and r["article_words"] >= 150]
    print(f"pages of 150+ words with no score: {len(unscored)} {unscored}")
    print(f"reading a page: median {statistics.median(r['seconds'] for r in good) * 1000:.1f} ms")
    for row in good:
        marks = []
        if row["f1"] < 0.9:
            marks.append(f"F1 {row['f1']:.2f}")
        if not row["headline_ok"]:
            marks.append("headline wrong")
        if row["outside"]:
            marks.append(f"outside: {row['outside']}")
        if marks:
            print(f"  {row['page']}: {'; '.join(marks)}")


if __name__ == "__main__":
    main([Path(arg) for arg in sys.argv[1:]] or [REPO / "bench" / "pages_dev"])
