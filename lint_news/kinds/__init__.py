"""Rule kinds: the engines that rule packs configure.

A kind is code; a rule is data. The ``pattern`` kind finds phrases, the
``headline-repeat`` kind compares the headline with the blocks under it, and
so on; a TOML rule pack picks a kind and gives it options, a code, a message
and documentation. Third-party kinds register through the ``lint_news.kinds``
entry-point group with a :class:`Kind` object.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from lint_news.document import Document
from lint_news.findings import Hit
from lint_news.shared_options import SharedOptions


@dataclass(frozen=True)
class NoOptions:
    """For kinds that take no options."""


def _nothing_to_validate(options: Any) -> None:
    return None


@dataclass(frozen=True)
class Kind:
    """A rule engine: ``check(document, options)`` yields hits; ``options`` is its option dataclass.

    ``validate(options)`` raises ValueError for options that build but cannot
    work (a pattern that does not compile). It runs for what users write: their
    packs and configuration. The built-in packs are validated by the test suite.
    ``shared`` is where the kind's rules start from for the options every rule
    takes (:mod:`lint_news.shared_options`); the engine applies them.
    """

    name: str
    options: type
    check: Callable[[Document, Any], Iterable[Hit]]
    summary: str
    validate: Callable[[Any], None] = _nothing_to_validate
    shared: SharedOptions = SharedOptions()


def builtin_kinds() -> dict[str, Kind]:
    from lint_news.kinds import claims, corpus, directive, generic, headline, lexicon, links, pattern, references, repetition, restatement, scaffold, sentence_model, unintroduced

    kinds = (
        pattern.KIND,
        headline.KIND,
        headline.RESTATED,
        repetition.DUPLICATE,
        repetition.OVERUSED,
        repetition.OPENERS,
        repetition.TAKEAWAYS,
        restatement.KIND,
        scaffold.TEMPLATE_HEADINGS,
        scaffold.SECTION_ITEMS,
        directive.KIND,
        corpus.KIND,
        generic.KIND,
        generic.EXHORTATION,
        sentence_model.KIND,
        lexicon.KIND,
        claims.KIND,
        links.KIND,
        references.KIND,
        unintroduced.KIND,
    )
    return {kind.name: kind for kind in kinds}
