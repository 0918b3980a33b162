"""Which blocks of a saved web page are the article: trafilatura decides, our parser keeps positions.

A news page is mostly not the story: navigation, cookie dialogs, "most read"
teasers, photo captions a gallery repeats, newsletter boxes, footers. Telling
the story from the page is a solved problem that we should not solve again:
trafilatura is the strongest main-content extractor for news on published
benchmarks, and measured here on saved pages against readability-lxml and
jusText (docs/pages.md). It returns text, though, not positions in the file. So lint-news
parses the page itself (:mod:`.html`, which knows where every character came
from) and keeps the blocks whose words trafilatura also kept: findings then
point at the line and column of the file as saved.

A block is kept when most of its word trigrams occur in the extracted text
(or, for a block of one or two words, when it occurs there as a phrase).
Extraction reads the string it is given: nothing is fetched, and lxml's HTML
parser resolves no external entities.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lint_news.blocks import Block

#: Share of a block's word trigrams that must occur in the extracted text for it to be article.
MIN_COVERAGE = 0.6
_WORD = re.compile(r"\w+")


def main_text(source: str) -> str | None:
    """The article text trafilatura finds in ``source``, or None when it finds none.

    Tables are left out: old sites lay whole pages out in tables, and with tables kept the
    extractor returns the page (token F1 0.88 against 0.99 on such a page in bench/pages_dev).
    """
    import trafilatura
    from lxml import html

    # parsed here, as trafilatura parses, but with libxml2's depth limit lifted: at its default
    # of 256, ~300 unclosed inline tags end the tree there and the rest of the story is lost
    parser = html.HTMLParser(collect_ids=False, default_doctype=False, encoding="utf-8", remove_comments=True, remove_pis=True, huge_tree=True)
    try:
        tree = html.fromstring(source.encode("utf-8", "surrogateescape"), parser=parser)
        return trafilatura.extract(tree, output_format="txt", include_comments=False, include_tables=False, include_images=False, deduplicate=False, with_metadata=False)
    except (ValueError, TypeError, RecursionError, html.etree.ParserError):  # lxml gives up on some malformed pages
        return None


def _words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def article_blocks(blocks: Sequence[Block], extracted: str) -> list[Block]:
    """The ``blocks`` whose words the extractor kept, in order."""
    words = _words(extracted)
    trigrams = set(zip(words, words[1:], words[2:]))
    joined = " " + " ".join(words) + " "
    kept = []
    for block in blocks:
        own = _words(block.text)
        if len(own) < 3:
            if own and f" {' '.join(own)} " in joined:
                kept.append(block)
            continue
        grams = list(zip(own, own[1:], own[2:]))
        if sum(gram in trigrams for gram in grams) >= MIN_COVERAGE * len(grams):
            kept.append(block)
    return kept
