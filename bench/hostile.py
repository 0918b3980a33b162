"""Time on pathological text: the sentence splitter alone, then the whole lint.

Usage:  python bench/hostile.py [--size 200000]

Every case is about ``--size`` characters of text no newsroom writes but a
hostile or broken input can hold: periods only, a run of initials, one
200,000-letter token, thousands of tiny quoted sentences. Times should grow
with the size, not with its square; a case that takes many seconds is a bug.
"""

from __future__ import annotations

import argparse
import time

import lint_news
from lint_news.segment import split_text


def cases(size: int) -> dict[str, str]:
    def fill(unit: str) -> str:
        return unit * max(1, size // len(unit))

    return {
        "periods": fill("."),
        "initials": fill("a. "),
        "one token": fill("x") + ".",
        "quoted sentences": fill('"Hi." '),
        "titles and quotes": fill('Mr. A. B. said "no." '),
        "spaces then a period": fill("word" + " " * 50 + "."),
        "one long sentence": fill("and the council said that "),
        "unclosed quotation": '"' + fill("the vote was close and "),
        # a share in every paragraph, each in another form: restated-point's shares must stay linear
        "shares in every form": "\n\n".join(
            f"About {n % 97 + 1}.{n % 10}% of the {1000 + 37 * n:,} acres, one in {n % 8 + 2} of them, and {10 + n % 900} of those {1000 + 37 * n:,} were lost, a third of the total."
            for n in range(max(1, size // 110))
        ),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=200_000)
    args = parser.parse_args()
    print(f"{'case':24} {'chars':>8} {'split, s':>9} {'sentences':>10} {'lint, s':>8} {'findings':>9}")
    for name, text in cases(args.size).items():
        start = time.perf_counter()
        sentences = len(split_text(text))
        split = time.perf_counter() - start
        start = time.perf_counter()
        report = lint_news.lint_text("Headline\n\n" + text, path="hostile.txt")
        linted = time.perf_counter() - start
        print(f"{name:24} {len(text):8} {split:9.3f} {sentences:10} {linted:8.2f} {len(report.findings):9}")


if __name__ == "__main__":
    main()
