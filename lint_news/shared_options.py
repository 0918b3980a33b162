"""Options every rule takes, whatever its kind; the engine applies them to the rule's hits.

A kind finds candidates. Where a rule may look, what it leaves alone and when a
handful of hits becomes a pattern are the same questions for every kind, so
they are answered once, here, as Vale's rule definitions and proselint's check
flags do, rather than by each kind. They are written in a rule's ``options``
table beside the kind's own options, and configuration can change them per rule.

Options:
  scopes             block kinds a hit may lie in (headline, dek, heading, paragraph,
                     list-item, blockquote); empty means all
  exempt-quotations  drop hits inside a direct quotation attributed to a named speaker
                     ("...," said Mayor Ruiz): the speaker's words are reporting
  exempt-speech      drop hits inside a direct quotation that a speech verb attributes to
                     anyone, named or not ("The agent replied: "Certainly! ...""): reported
                     speech, for families whose defect is never spoken (a chatbot's residue)
  exempt-mentions    drop hits inside a quoted mention: words the sentence reports as
                     an example or evidence (several comments began "Certainly! Here's
                     ..."; a quoted title), not as the writer's own (a paragraph that is
                     one quotation is not a mention)
  min-matches        report nothing unless the article has at least this many hits
                     (one "Moreover" is style; six are a tell)
  escalate-per-1000-words, escalate-to
                     when hits per 1,000 words reach the first, report them at the
                     severity named by the second instead of the rule's default
  escalate-min-matches
                     escalate only when the article has at least this many hits
                     (default 1): a single weak phrase in a short story stays a hint
  defer-to-family    report a finding only where no rule of the same family without
                     this option reports on words it overlaps: a learned second opinion
                     speaks where the written rules are silent, and never takes the place
                     of a finding that names the phrase

A kind gives its own defaults (``Kind.shared``): the ``pattern`` kind exempts
mentions, ``generic-sentence`` reads only paragraphs, list items and block
quotes and exempts quotations, ``sentence-model`` defers to its family. Quotations and mentions are tested on hits in a
block's text; a hit on a block's markup or a link target has only its block's
kind to test. A rule's notice that it gave up (``Hit.notice``) is never dropped
or counted.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass

from lint_news.blocks import check_scopes
from lint_news.document import Document
from lint_news.findings import Hit, Severity
from lint_news.options import build_options


@dataclass(frozen=True)
class SharedOptions:
    scopes: tuple[str, ...] = ()
    exempt_quotations: bool = False
    exempt_speech: bool = False
    exempt_mentions: bool = False
    min_matches: int = 1
    escalate_per_1000_words: float = 0.0
    escalate_to: str = "warning"
    escalate_min_matches: int = 1
    defer_to_family: bool = False

    def __post_init__(self) -> None:
        check_scopes(self.scopes)
        Severity.parse(self.escalate_to)
        if self.min_matches < 1:
            raise ValueError("option 'min-matches' must be at least 1")
        if self.escalate_min_matches < 1:
            raise ValueError("option 'escalate-min-matches' must be at least 1")


#: The option names of :class:`SharedOptions` as packs write them.
SHARED_NAMES = frozenset(field.name.replace("_", "-") for field in dataclasses.fields(SharedOptions))


def split_options(raw: dict) -> tuple[dict, dict]:
    """A rule's ``options`` table as (the kind's own options, the shared ones)."""
    own = {key: value for key, value in raw.items() if key not in SHARED_NAMES}
    shared = {key: value for key, value in raw.items() if key in SHARED_NAMES}
    return own, shared


def build_shared(base: SharedOptions, raw: dict) -> SharedOptions:
    """``base`` with the shared options of a rule's table (kebab-case keys); raises OptionError.

    Most rules of a pack write the same few, so each combination is built once."""
    if not raw:
        return base
    try:
        key = (base, tuple(sorted((name, tuple(value) if isinstance(value, list) else value) for name, value in raw.items())))
        return _BUILT[key]
    except KeyError:
        built = _BUILT[key] = build_options(SharedOptions, raw, base=base)
        return built
    except TypeError:  # an unhashable value: build_options rejects it with a clear error
        return build_options(SharedOptions, raw, base=base)


_BUILT: dict[tuple, SharedOptions] = {}


def apply(document: Document, options: SharedOptions, hits: Iterable[Hit]) -> list[Hit]:
    """The hits that survive ``options``, escalated where their density says so.

    Every surviving hit's ``count`` parameter is the number of hits the rule
    kept in the article (unless the kind gave its own), for messages that say it."""
    notices: list[Hit] = []
    kept: list[Hit] = []
    for hit in hits:
        if hit.notice:
            notices.append(hit)
        elif _allowed(document, options, hit):
            kept.append(hit)
    if len(kept) < options.min_matches:
        return notices
    severity = None
    if options.escalate_per_1000_words and len(kept) >= options.escalate_min_matches and document.word_count:
        if len(kept) * 1000 / document.word_count >= options.escalate_per_1000_words:
            severity = Severity.parse(options.escalate_to)
    count = len(kept)
    for position, hit in enumerate(kept):
        changes: dict = {}
        if "count" not in hit.params:
            changes["params"] = {**hit.params, "count": count}
        if severity is not None and hit.severity is None:
            changes["severity"] = severity
        if changes:
            kept[position] = dataclasses.replace(hit, **changes)
    return notices + kept


def _allowed(document: Document, options: SharedOptions, hit: Hit) -> bool:
    block = hit.block
    if block is None:
        return True
    if options.scopes and block.kind.value not in options.scopes:
        return False
    if hit.source_offsets:
        return True
    if options.exempt_quotations and document.attributed_quotation_at(block, hit.start, hit.end):
        return False
    if options.exempt_speech and document.spoken_quotation_at(block, hit.start, hit.end):
        return False
    if options.exempt_mentions and document.mention_at(block, hit.start, hit.end):
        return False
    return True
