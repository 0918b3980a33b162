"""The ``reference-list`` kind: reference entries a reader could never look up.

Generated articles close with a "Sources:" or "References:" list that looks
like scholarship and holds only names: an institution, a kind of document
("guidance on school food standards", "case summary", "annual survey"), a
plausible title. Real reference lists let a reader find the document: a link,
a date, an author. This kind reads the entries of every reference list,

- on a label line: "Sources: Harlow Council, budget summary; Harlow Water, rate
  study." (entries split at semicolons), and
- under a label of its own ("Sources", "**Further reading:**", a heading named
  so): the list items and short paragraphs that follow, up to the next heading
  or a paragraph of prose (in plain text a line that sets a title apart from
  its institution with a comma, dash or colon reads as a heading, and is an entry),

and reports each entry that has nothing to follow (a label line once, when none
of its entries has): no link or web address, no year or date (a year in a quoted title
gives none: "2026 Residential Reassessment Overview"), no author ("by",
"Surname, A.", "et al."), no volume, page, DOI or ISBN, and that is not an
interview with someone. A credit line with one
name and nothing else ("Source: Office for National Statistics", under a
chart) credits data rather than listing references and is left alone; an
entry of more than ``max-words`` words is prose, not an entry.

Options:
  labels      regular expression for the label words (matched in full, ignoring
              case, on the label without its colon and markup)
  followable  regular expression: an entry that contains a match can be looked
              up and is not reported
  max-words   an entry longer than this is prose and is not read (default 25)
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from lint_news.blocks import Block, BlockKind
from lint_news.compiled_regex import compile_re
from lint_news.document import Document
from lint_news.findings import Hit
from lint_news.kinds import Kind

DEFAULT_LABELS = (
    r"sources?|references?|citations?|further\s+reading|bibliography|works\s+cited|reading\s+list"
    r"|sources\s+and\s+(?:further\s+reading|notes|references)|notes\s+and\s+sources|references\s+and\s+further\s+reading"
)
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
DEFAULT_FOLLOWABLE = (
    r"https?://|www\.|\b[\w-]+\.(?:com|org|gov|net|edu|int|info|io|co|uk|eu|au|ca|de|fr)\b"
    r"|\b(?:1[6-9]|20)\d\d\b"
    r"|\bby\s+(?-i:[A-Z])|\bet\s+al\b|(?-i:\b[A-Z][a-z]+,\s+[A-Z]\.)"
    r"|\bdoi\b|\b(?:vol|pp|p|no|isbn|issn)\.?\s*\d"
    rf"|\b\d{{1,2}}\s+{_MONTH}(?!\w)|\b{_MONTH}\s+\d{{1,2}}\b"
    r"|\binterview(?:s|ed)?\b|\bpersonal\s+communication\b|\bin\s+conversation\s+with\b"
)

#: a finite verb in lower case: a sentence of prose, not an entry (titles capitalise theirs: "Why Towns Are Dying")
_PROSE = re.compile(r"\b(?:is|are|was|were|will|would|has|have|had|said|says|can|could|should|may|might|must|did|does)\b")
_MARKUP = re.compile(r"^[\s*_#>]+|[\s*_]+$")
_QUOTED_TITLE = re.compile(r'[“"][^“”"\n]{1,200}[”"]')
_ENTRY_SEPARATOR = re.compile(r",\s|\s[—–-]\s|:\s")
_LABEL_LINE = re.compile(r"^[\s*_]*(?P<label>[A-Za-z][A-Za-z ]{2,40}?)[\s*_]*[:—–]\s*(?:[*_]+\s*)?(?P<rest>\S.*)$", re.S)


@dataclass(frozen=True)
class ReferenceListOptions:
    labels: str = DEFAULT_LABELS
    followable: str = DEFAULT_FOLLOWABLE
    max_words: int = 25


def validate(options: ReferenceListOptions) -> None:
    """Compile both expressions once; raises ValueError."""
    try:
        _compiled(options.labels, options.followable)
    except re.error as error:
        raise ValueError(f"invalid expression: {error}") from None
    if options.max_words < 1:
        raise ValueError("max-words must be at least 1")


@lru_cache(maxsize=16)
def _compiled(labels: str, followable: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    return compile_re(rf"(?:{labels})", re.I), compile_re(followable, re.I)


#: Words one of which every default label holds: an article without any has no reference list,
#: and is not read further (the expressions are not even built).
_LABEL_WORDS = ("source", "reference", "citation", "reading", "bibliograph", "works cited")


def _entries(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The entries of ``text[start:end]`` split at semicolons, each trimmed of space and a final full stop."""
    cursor = start
    for piece in [*re.finditer(r";", text[start:end]), None]:
        stop = start + piece.start() if piece else end
        left, right = cursor, stop
        while left < right and text[left] in " \t\n-–•*_":
            left += 1
        while right > left and text[right - 1] in " \t\n.*_":
            right -= 1
        if right > left:
            yield left, right
        cursor = stop + 1


def _bare(entry: str, followable: re.Pattern[str], max_words: int) -> bool:
    words = entry.split()
    # what a title says is no way to find it: "2026 Residential Reassessment Overview" gives no date
    return 0 < len(words) <= max_words and not followable.search(_QUOTED_TITLE.sub(" ", entry)) and not _PROSE.search(entry) and any(word[:1].isupper() for word in words)


def _is_label(block: Block, labels: re.Pattern[str]) -> bool:
    """A block that is only a reference list's label: a heading or line "Sources", "**Further reading:**"."""
    if block.kind not in (BlockKind.HEADING, BlockKind.PARAGRAPH):
        return False
    return labels.fullmatch(_MARKUP.sub("", block.text).rstrip(":").strip()) is not None


def _entry_heading(block: Block) -> bool:
    """A line of a plain-text list that reads as a heading but is an entry, institution and title
    set apart ("Northern Lakes Brewers Guild, Quarterly Volume Report"): section headings hold no such mark."""
    return block.kind is BlockKind.HEADING and _ENTRY_SEPARATOR.search(block.text) is not None


def check(document: Document, options: ReferenceListOptions) -> Iterator[Hit]:
    if options.labels == DEFAULT_LABELS:
        folded = document.source.lower()
        if not any(word in folded for word in _LABEL_WORDS):
            return
    labels, followable = _compiled(options.labels, options.followable)
    under_label = False
    for block in document.blocks:
        if _is_label(block, labels):
            under_label = True
            continue
        if block.kind in (BlockKind.HEADLINE, BlockKind.HEADING, BlockKind.DEK) and not (under_label and _entry_heading(block)):
            under_label = False
            continue
        if block.links:
            continue  # linked entries can be followed (and a placeholder link is LN409's)
        line = _LABEL_LINE.match(block.text)
        if line is None or labels.fullmatch(line.group("label").strip()) is None:
            if under_label:
                if block.kind is BlockKind.PARAGRAPH and (block.word_count > options.max_words or _PROSE.search(block.text)):
                    under_label = False  # prose again: the list has ended
                    continue
                for left, right in _entries(block.text, 0, len(block.text)):
                    if _bare(block.text[left:right], followable, options.max_words):
                        yield Hit(left, right, {"match": block.text[left:right]}, block=block)
            continue
        entries = list(_entries(block.text, line.start("rest"), len(block.text)))
        if len(entries) == 1 and line.group("label").strip().lower() in ("source", "citation") and "," not in block.text[slice(*entries[0])]:
            continue  # "Source: Office for National Statistics": a credit line, not a list of references
        # a line of references is one list: reported once, from its first entry to its last, when none
        # of them can be followed (a line that dates or links some of its entries is a writer's own
        # shorthand for the rest, and the same line as LN401 reports it)
        if all(_bare(block.text[left:right], followable, options.max_words) for left, right in entries):
            left, right = entries[0][0], entries[-1][1]
            yield Hit(left, right, {"match": block.text[left:right]}, block=block)


KIND = Kind("reference-list", ReferenceListOptions, check, "Report reference-list entries with no link, date or author.", validate)
