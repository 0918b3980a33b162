"""Render a sample audit report (lint-news scan --report) and take a full-page screenshot of it.

Run from the repository root::

    python bench/report_screenshot.py                          # synthetic corpus, 40 articles
    python bench/report_screenshot.py --articles 2000          # a bigger synthetic one
    python bench/report_screenshot.py --summary scan-summary.json --rows articles.jsonl
    python bench/report_screenshot.py --open 3 --out /tmp/article.png   # article 3's view open

With ``--summary`` (a scan summary JSON) and ``--rows`` (a JSONL of article dicts as
``render_report`` takes them), the report shows that scan; otherwise a synthetic corpus like the
test's (tests/test_report_html.py). The report goes to ``--html`` (default: a temporary file),
the PNG to ``--out`` (default docs/images/report.png). Headless Chromium comes from
tests/chromium.py, which installs Debian's chromium when there is none and it can. It prints the
report's size and the render and screenshot times.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests"))

import chromium  # noqa: E402  (tests/chromium.py)
from test_report_html import synthetic_corpus  # noqa: E402

from lint_news.corpus.report_html import write_report  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--summary", type=Path, help="a scan summary JSON (lint-news/scan-summary@1)")
    parser.add_argument("--rows", type=Path, help="the report's articles, one JSON object a line")
    parser.add_argument("--articles", type=int, default=40, help="synthetic articles (default 40)")
    parser.add_argument("--total", type=int, help="synthetic: claim a corpus of this many, the articles its emptiest")
    parser.add_argument("--html", type=Path, help="where to write the report (default: a temporary file)")
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "images" / "report.png", help="the PNG (default docs/images/report.png)")
    parser.add_argument("--width", type=int, default=1280, help="viewport width in CSS pixels (default 1280)")
    parser.add_argument("--height", type=int, default=900, help="viewport height for --viewport and --open (default 900)")
    parser.add_argument("--viewport", action="store_true", help="the viewport only, not the full page")
    parser.add_argument("--open", type=int, metavar="N", help="open article N's view before the screenshot (implies --viewport)")
    parser.add_argument("--hostile", action="store_true", help="synthetic: add the test's two hostile articles (markup in ids and texts, CRLF)")
    parser.add_argument("--title", default="lint-news audit")
    args = parser.parse_args(argv)

    if args.summary:
        summary = json.loads(args.summary.read_text(encoding="utf-8"))
        articles = []
        if args.rows:
            with args.rows.open(encoding="utf-8") as handle:
                articles = [json.loads(line) for line in handle if line.strip()]
    else:
        summary, articles = synthetic_corpus(args.articles, special=args.hostile, total=args.total)

    folder = None
    html = args.html
    if html is None:
        folder = tempfile.TemporaryDirectory(prefix="lint-news-report-")
        html = Path(folder.name) / "report.html"
    started = time.perf_counter()
    write_report(html, summary, articles, title=args.title)
    rendered = time.perf_counter() - started
    size = html.stat().st_size
    print(f"report: {html} ({size / 1024:,.0f} KiB, {len(articles):,} articles, rendered in {rendered:.2f} s)")

    path, why = chromium.ensure_chromium()
    if not path:
        print(f"no screenshot: {why}", file=sys.stderr)
        return 1
    started = time.perf_counter()
    with chromium.Browser(path, width=args.width, height=args.height, timeout=120) as browser:
        url = html.resolve().as_uri() + (f"#article-{args.open}" if args.open else "")
        browser.open(url, timeout=120)
        loaded = time.perf_counter() - started
        browser.screenshot(args.out, full_page=not (args.viewport or args.open))
        problems = browser.exceptions + browser.console_errors + [u for u in browser.requests if not u.startswith("file://")]
    print(f"screenshot: {args.out} (page loaded in {loaded:.2f} s, {time.perf_counter() - started:.2f} s in all)")
    for problem in problems:
        print(f"page problem: {problem}", file=sys.stderr)
    if folder is not None:
        folder.cleanup()
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
