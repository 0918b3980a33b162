"""Scaffold kinds: the generic section template of machine-written "news".

One subhead called "Background" or "What's next" is ordinary editing; an
article carved into Context & Background / In-Depth Analysis / Pros and Cons /
Key Takeaways / Future Outlook / Call to Action is a template. So
``template-headings`` reports the template headings only when several appear
together, and ``section-items`` reports the bullets under a generic section
(Pros, Cons) when they are abstract: no figures, no names, mostly nouns of the
-tion/-ity/-ment kind.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from lint_news.blocks import BlockKind
from lint_news.compiled_regex import compile_re

from lint_news.document import Document
from lint_news.findings import Hit, Severity
from lint_news.kinds import Kind
from lint_news.words import STOP_WORDS, content_words

_ABSTRACT_SUFFIXES = ("tion", "sion", "ty", "ment", "ness", "ance", "ence", "ism", "ship", "ure", "ive", "ies", "acy", "ing")


@lru_cache(maxsize=64)
def _heading_pattern(headings: tuple[str, ...]) -> re.Pattern:
    return compile_re(rf"^(?:{'|'.join(headings)})\s*:?$", re.IGNORECASE)


@lru_cache(maxsize=64)
def _topical_pattern(headings: tuple[str, ...]) -> re.Pattern:
    """A scaffold heading with the story's topic after it: "Pros and Cons of the Cruise Levy",
    "Key Takeaways From the Budget Vote", "FAQs About the Closure". The topic is short and has no
    figure or sentence of its own: a subhead that reports says what happened, not what it is about."""
    return compile_re(rf"^(?:{'|'.join(headings)})\s+(?:of|for|about|on|from|around)\s+[^\W\d_][^\d.!?:;]{{1,50}}\s*:?$", re.IGNORECASE)


@dataclass(frozen=True)
class TemplateHeadingOptions:
    """``headings`` are the scaffold's own (Key Takeaways, Pros and Cons); ``common-headings``
    also occur in real reporting (Background, Analysis) and count only beside a scaffold heading,
    or when there are ``min-common-headings`` of them. ``lone-heading-severity`` reports a single
    scaffold heading on its own at that severity (``info``: a hint, since one "Key Takeaways" box
    is sometimes an outlet's house format); empty leaves it alone.

    The lists cannot name every wording ("Wrapping It All Up", "Weighing the Upsides and
    Downsides"), so a heading is also judged by its words: one made only of ``scaffold-words``
    and ``generic-words`` (stop words aside), with no figure, is a scaffold heading when it has a
    scaffold word (takeaways, upsides, wrapping) and a common one otherwise (looking, ahead).
    A subhead that says what the section reports always has a word of its own. A scaffold
    heading that only adds the story's topic ("Pros and Cons of the Cruise Levy", "FAQs About
    the Closure") is still the scaffold's."""

    headings: tuple[str, ...]
    common_headings: tuple[str, ...] = ()
    scaffold_words: tuple[str, ...] = ()
    generic_words: tuple[str, ...] = ()
    min_headings: int = 2
    min_common_headings: int = 3
    lone_heading_severity: str = ""

    def __post_init__(self) -> None:
        if not self.headings:
            raise ValueError("option 'headings' must list at least one pattern")
        if self.lone_heading_severity:
            Severity.parse(self.lone_heading_severity)
        for group in (self.headings, self.common_headings):
            try:
                if group:
                    _heading_pattern(group)
            except re.error as error:
                raise ValueError(f"invalid heading pattern: {error}") from None


_HEADING_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")


def _heading_by_words(text: str, options: TemplateHeadingOptions) -> str | None:
    """"scaffold" or "common" for a heading made only of template words, else None."""
    if not options.scaffold_words or re.search(r"\d", text) or len(text) > 60:
        return None
    words = [word.lower().replace("’", "'").removesuffix("'s") for word in _HEADING_WORD.findall(text)]
    content = [word for word in words if word not in STOP_WORDS]
    scaffold, generic = set(options.scaffold_words), set(options.generic_words)
    if not content or any(word not in scaffold and word not in generic for word in content):
        return None
    return "scaffold" if any(word in scaffold for word in content) else "common"


def check_template_headings(document: Document, options: TemplateHeadingOptions) -> Iterator[Hit]:
    scaffold = _heading_pattern(options.headings)
    topical = _topical_pattern(options.headings)
    common = _heading_pattern(options.common_headings) if options.common_headings else None
    found, strong = [], 0
    for block in document.blocks:
        if block.kind is not BlockKind.HEADING:
            continue
        text = block.text.strip()
        by_words = _heading_by_words(text, options)
        if scaffold.match(text) or by_words == "scaffold" or topical.match(text):
            found.append(block)
            strong += 1
        elif (common is not None and common.match(text)) or by_words == "common":
            found.append(block)
    if strong == 1 and len(found) == 1 and options.lone_heading_severity:
        block = found[0]
        heading = block.text.strip()
        yield Hit(block.start, block.end, {"heading": heading, "count": 1, "headings": heading, "what": "a template heading on its own"}, severity=Severity.parse(options.lone_heading_severity), block=block, source_offsets=True)
        return
    if len(found) < options.min_headings or (not strong and len(found) < options.min_common_headings):
        return
    names = ", ".join(block.text.strip().rstrip(":") for block in found)
    for block in found:
        what = f"one of {len(found)} template headings"
        yield Hit(block.start, block.end, {"heading": block.text.strip(), "count": len(found), "headings": names, "what": what}, block=block, source_offsets=True)


@dataclass(frozen=True)
class SectionItemOptions:
    headings: tuple[str, ...]
    min_abstract_share: float = 0.2
    min_items: int = 2

    def __post_init__(self) -> None:
        try:
            _heading_pattern(self.headings)
        except re.error as error:
            raise ValueError(f"invalid heading pattern: {error}") from None


def _is_generic(text: str, min_abstract_share: float) -> bool:
    if re.search(r"\d", text):
        return False
    words = content_words(text)
    if not words:
        return False
    abstract = sum(word.endswith(_ABSTRACT_SUFFIXES) for word in words)
    return abstract / len(words) >= min_abstract_share


def check_section_items(document: Document, options: SectionItemOptions) -> Iterator[Hit]:
    """Generic bullets under a template heading, or labelled with one ("Pro: Innovation, synergy")."""
    pattern = _heading_pattern(options.headings)
    in_section = False
    items = []
    for block in document.blocks:
        if block.kind in (BlockKind.HEADING, BlockKind.HEADLINE):
            in_section = bool(pattern.match(block.text.strip()))
            continue
        if block.kind is not BlockKind.LIST_ITEM:
            continue
        label, colon, rest = block.text.partition(":")
        labelled = bool(colon) and len(label) <= 60 and bool(pattern.match(label.strip()))
        body = rest if labelled else block.text
        if (in_section or labelled) and _is_generic(body, options.min_abstract_share):
            items.append((block, label.strip() if colon and len(label) <= 60 else block.text[:40].strip()))
    if len(items) < options.min_items:
        return
    for block, label in items:
        yield Hit(block.start, block.end, {"item": label}, block=block, source_offsets=True)


TEMPLATE_HEADINGS = Kind("template-headings", TemplateHeadingOptions, check_template_headings, "Report template section headings when several appear together.")
SECTION_ITEMS = Kind("section-items", SectionItemOptions, check_section_items, "Report abstract, generic bullets under template sections such as Pros and Cons.")
