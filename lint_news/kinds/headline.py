"""Headline kinds: the headline printed again, or restated under itself.

Content farms paste the title twice, or restate it as a subhead. ``headline-repeat``
compares exactly after case-folding and dropping punctuation, so "Kyiv's hopes
hinge..." and "KYIV’S HOPES HINGE…" are the same line. ``headline-restated``
catches near-verbatim restatements (content-word Jaccard similarity) in the dek,
a subhead, the first sentence or the closing paragraph; a lede that reports the
headline's news in its own, longer words stays well below the threshold.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from lint_news.blocks import Block, BlockKind

from lint_news.document import Document
from lint_news.findings import Hit
from lint_news.kinds import Kind, NoOptions
from lint_news.readers.structure import comparable, looks_like_byline
from lint_news.words import STOP_WORDS, containment, jaccard, stems


_LABEL = re.compile(r"^\s*(?:(?:suggested|working|seo)\s+)?(?:headline|title|hed|h1)(?:\s+suggestion)?\s*[:–—-]\s*", re.IGNORECASE)


def unlabelled(text: str) -> str:
    """``text`` without a leading "Headline:" or "Title:" label."""
    return _LABEL.sub("", text, count=1)


def check(document: Document, options: NoOptions) -> Iterator[Hit]:
    headline = document.headline
    if headline is None:
        return
    target = comparable(unlabelled(headline.text))
    if not target:
        return
    first_line = document.lines.line_of(headline.start)
    for block in document.blocks[1:]:
        if comparable(unlabelled(block.text)) == target:
            yield Hit(_line_start(document, block.start), block.end, {"first_line": first_line}, block=block, source_offsets=True)


def _line_start(document: Document, offset: int) -> int:
    """The first non-blank character of ``offset``'s line: a repeated "# Headline" is the whole line.

    In HTML the block's own text is the span: the line may hold a whole minified page.
    """
    if document.format == "html":
        return offset
    start = document.lines.start_of(document.lines.line_of(offset) - 1)
    while start < offset and document.source[start] in " \t":
        start += 1
    return start


KIND = Kind("headline-repeat", NoOptions, check, "Report blocks that repeat the headline.")


@dataclass(frozen=True)
class RestatedOptions:
    similarity: float = 0.8  # dek, subhead, lede: Jaccard similarity of stemmed content words
    closing_containment: float = 0.9  # closing paragraph: share of the headline's words in one sentence
    #: A dek or lede that holds all the headline's words and little else restates it too.
    lede_containment: float = 1.0
    lede_max_ratio: float = 1.5
    min_content_words: int = 4
    #: A dek or lede that opens with the whole headline, word for word, restates it when the headline
    #: has at least this many content words (a short one is too easily a natural opening).
    opening_min_content_words: int = 5
    #: ... give or take this many function words put in or left out ("forces grain trucks onto a
    #: 14-mile detour" opens with "Forces Grain Trucks Onto 14-Mile Detour").
    opening_slack: int = 2
    #: A dek set as a second headline (no full stop) that holds this share of the headline's words
    #: (its figures aside) and brings no figure or name of its own restates it in other words
    #: ("tens of thousands of homes" under "38,000 homes"). A lede's sentence tells the
    #: headline's news again by design, so it is left to the similarity tests above.
    dek_containment: float = 0.75


def _opens_with(title: list[str], text: list[str], slack: int) -> bool:
    """Whether the words of ``text`` open with those of ``title``, in order, with at most ``slack``
    function words (articles, prepositions) put in or left out along the way."""
    i = j = spent = 0
    while i < len(title):
        if j < len(text) and text[j] == title[i]:
            i, j = i + 1, j + 1
        elif j < len(text) and text[j] in STOP_WORDS and spent < slack:
            j, spent = j + 1, spent + 1
        elif title[i] in STOP_WORDS and spent < slack:
            i, spent = i + 1, spent + 1
        else:
            return False
    return j < len(text)  # the whole headline, then more: a lede built on it


#: Blocks of prose whose first sentence is read as the lede.
LEDE_BLOCKS = 2


def _restatement_candidates(document: Document) -> Iterator[tuple[str, Block, int, int]]:
    """(where, block, start, end) for the dek, subheads, the lede sentence and the closing paragraph."""
    prose = [b for b in document.blocks[1:] if b.kind in (BlockKind.DEK, BlockKind.PARAGRAPH, BlockKind.BLOCKQUOTE) and not looks_like_byline(b.text)]
    body = [b for b in prose if b.kind is not BlockKind.DEK]
    for block in document.blocks[1:]:
        if block.kind is BlockKind.DEK:
            yield "dek", block, 0, len(block.text)
        elif block.kind is BlockKind.HEADING:
            yield "subhead", block, 0, len(block.text)
    # The lede is the first sentence of the first block of prose; pasted chatbot output puts a
    # preamble ("Here is the story...") before it, so the next block's first sentence counts too.
    for block in prose[:LEDE_BLOCKS]:
        first = document.sentences_of(block)
        if first and (block.kind is not BlockKind.DEK or len(first) > 1):
            yield "first sentence", block, first[0].start, first[0].end
    if len(body) > 2:
        for sentence in document.sentences_of(body[-1]):
            yield "closing paragraph", body[-1], sentence.start, sentence.end


#: A figure, or a capitalized word inside a sentence: what a dek would add if it added news.
_FACT = re.compile(r"\d[\d,.:%]*|(?<=[\s(“\"‘'])[A-Z][\w'’-]*")


def _adds_fact(text: str, title: str) -> bool:
    """Whether ``text`` gives a figure or a name the headline ``title`` does not."""
    given = {word.lower() for word in _FACT.findall(" " + title)} | {word.lower() for word in title.split()}
    return any(word.lower().strip(".,") not in given for word in _FACT.findall(text))


def check_restated(document: Document, options: RestatedOptions) -> Iterator[Hit]:
    headline = document.headline
    if headline is None:
        return
    title = unlabelled(headline.text)
    target = stems(title)
    if len(target) < options.min_content_words:
        return
    exact = comparable(title)
    first_line = document.lines.line_of(headline.start)
    seen: set[tuple[int, int, int]] = set()
    for where, block, start, end in _restatement_candidates(document):
        text = block.text[start:end]
        if (block.index, start, end) in seen or comparable(unlabelled(block.text)) == exact:
            continue  # a whole block that repeats the headline is headline-repeated's finding
        seen.add((block.index, start, end))
        words = stems(text)
        paraphrased = False
        verbatim = comparable(text) == exact
        opens_with = where in ("dek", "first sentence") and len(target) >= options.opening_min_content_words and _opens_with(exact.split(), comparable(text).split(), options.opening_slack)
        if verbatim or opens_with:
            restated = True
        elif where == "closing paragraph":
            restated = containment(target, words) >= options.closing_containment
        else:
            restated = jaccard(target, words) >= options.similarity
            if where in ("dek", "first sentence") and not restated:
                restated = containment(target, words) >= options.lede_containment and len(words) <= options.lede_max_ratio * len(target)
            if where == "dek" and not restated:
                worded = {word for word in target if not word[:1].isdigit()}  # its figures may come back in words
                restated = paraphrased = (
                    not text.rstrip().endswith((".", "!", "?", "”", '"'))  # set as a second headline, not a lede's sentence
                    and len(worded) >= options.min_content_words
                    and containment(worded, words) >= options.dek_containment
                    and not _adds_fact(text, title)
                )
        if restated:
            if verbatim:
                how = "word for word"
            elif opens_with:
                how = "by opening with it word for word" if comparable(text).startswith(exact + " ") else "by opening with it almost word for word"
            elif paraphrased:
                how = "in other words, adding no figure or name"
            else:
                how = "almost word for word"
            yield Hit(start, start + len(text.rstrip()), {"first_line": first_line, "where": where, "how": how}, block=block)


RESTATED = Kind("headline-restated", RestatedOptions, check_restated, "Report a dek, subhead, lede or ending that restates the headline.")
