"""Direct quotations and whether a named speaker is attributed.

Text inside a direct quotation attributed to a named speaker is reporting:
when a story quotes an official saying "experts say the levee will hold", the
phrase is evidence, not the writer's padding. This module finds quoted spans
(curly or straight double quotes, paired within a block) and looks around each
one for an attribution: an attribution verb next to a capitalized name or a
pronoun ("said Ana Ruiz", "Ruiz told reporters", "according to the ministry",
"she said"). Generic subjects ("experts say", "critics argue") do not count:
they are exactly the unattributed claims another family reports.
"""

from __future__ import annotations

import re

from lint_news.document import Block, BlockKind, Document, Quotation

#: How far either side of a quotation an attribution is looked for (characters).
ATTRIBUTION_WINDOW = 160

_QUOTE_PAIRS = re.compile(r"“(?P<curly>[^“”]{1,3000})”|\"(?P<straight>[^\"]{1,3000})\"")
_VERBS = (
    r"said|says|say|told|tells|added|adds|asked|asks|wrote|writes|explained|explains|stated|states|"
    r"noted|notes|argued|argues|recalled|recalls|insisted|insists|warned|warns|tweeted|posted|"
    r"replied|replies|continued|continues|testified|testifies|acknowledged|acknowledges|"
    r"admitted|admits|announced|announces|declared|declares|confirmed|confirms|predicted|"
    r"remarked|observed|commented|conceded|concedes|shouted|whispered|joked|laughed|agreed|"
    r"cautioned|urged|urges|pointed out|points out|went on"
)
_NAME = r"(?:[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|de|da|van|von|al|bin|la|le)){0,4})"
_PRONOUN = r"(?:he|she|they|He|She|They|we|We|I)"
_ROLE = r"(?:the\s+)?(?:[a-z]+\s+){0,3}(?:ministry|department|agency|company|council|court|police|spokesperson|spokesman|spokeswoman|statement|office|commission|board|union|prosecutor|mayor|governor|minister|president|chief|director|judge|coach|manager|official)"

_AFTER = re.compile(
    rf"[\s,–—-]*(?:(?P<verb1>{_VERBS})\s+(?P<name1>{_NAME}|{_ROLE})|(?P<name2>{_NAME}|{_PRONOUN}|{_ROLE})\s+(?P<verb2>{_VERBS}))\b"
)
_BEFORE = re.compile(
    rf"(?:(?P<name1>{_NAME}|{_PRONOUN}|{_ROLE})\s+(?:\w+\s+){{0,2}}?(?P<verb1>{_VERBS})\b[^.“”\"]{{0,60}}?|[Aa]ccording\s+to\s+(?P<name2>{_NAME}|{_ROLE})[^.“”\"]{{0,40}}?)[,:]?\s*$"
)

#: Capitalized words that are not names: sentence-initial function words and
#: the anonymous crowd of unattributed claims.
_NOT_NAMES = frozenset(
    """
    the a an this that these those it its there here some many most several few others other
    experts expert critics critic analysts analyst observers observer officials sources source
    people residents researchers scientists studies study reports report commentators
    supporters opponents insiders everyone someone nobody one and but or so yet also
    summary article text source
    """.split()
)


def _speaker(candidate: str | None) -> str | None:
    if not candidate:
        return None
    words = candidate.split()
    meaningful = [word for word in words if word.strip(".,'’").lower() not in _NOT_NAMES]
    if not meaningful:
        return None
    return candidate.strip()


def _attribution(block: Block, start: int, end: int) -> str | None:
    text = block.text
    after = _AFTER.match(text, end + 1, min(len(text), end + 1 + ATTRIBUTION_WINDOW))
    if after:
        speaker = _speaker(after.group("name1") or after.group("name2"))
        if speaker:
            return speaker
    before = _BEFORE.search(text, max(0, start - 1 - ATTRIBUTION_WINDOW), max(0, start - 1))
    if before:
        return _speaker(before.group("name1") or before.group("name2"))
    return None


def find_quotations(document: Document) -> list[Quotation]:
    quotations = []
    for block in document.blocks:
        if block.kind in (BlockKind.HEADLINE, BlockKind.HEADING):
            continue
        for match in _QUOTE_PAIRS.finditer(block.text):
            group = "curly" if match.group("curly") is not None else "straight"
            start, end = match.start(group), match.end(group)
            quotations.append(Quotation(block, start, end, _attribution(block, start, end)))
    return quotations
