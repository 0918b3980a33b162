"""The ``placeholder-link`` kind: links whose target is empty or a stand-in.

``[Rebate guidelines]()``, ``[the full report](#)`` and ``<a href="url">`` look
like citations in the rendered page and lead nowhere. Markdown and HTML hide a
link's target from the text other rules read, so this kind looks at the
targets the reader collected for each block (``Block.links``) and reports the
link's markup in the source, ``[text](target)`` or ``<a href=...>``.

Options:
  targets   regular expressions; a target that matches one in full (ignoring case
            and surrounding space) is a placeholder. The default covers an empty
            target, ``#``, and words such as url, link, insert link, TBD, TK, todo.

Links are looked for in every block; ``scopes``, as for any rule, narrows that
(:mod:`lint_news.shared_options`).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from lint_news.document import Document
from lint_news.findings import Hit, Severity
from lint_news.kinds import Kind
from lint_news.kinds.pattern import MATCH_TIMEOUT

if TYPE_CHECKING:
    import regex

DEFAULT_TARGETS = (
    r"",
    r"#",
    r"(?:insert\s+)?(?:the\s+)?(?:url|link|links|source|citation)(?:\s+(?:here|goes\s+here|needed|tbd|tk))?",
    r"(?:tbd|tk|todo|xx+|\.\.\.|…|placeholder|\[?url\]?|<url>|\{\{?\s*url\s*\}?\})",
)


@dataclass(frozen=True)
class PlaceholderLinkOptions:
    targets: tuple[str, ...] = DEFAULT_TARGETS


def validate(options: PlaceholderLinkOptions) -> None:
    """Compile the targets once; raises ValueError. Run for what users write, as the pattern kind's."""
    import regex

    try:
        _placeholder(options.targets)
    except regex.error as error:
        raise ValueError(f"invalid target pattern: {error}") from None


@lru_cache(maxsize=16)
def _placeholder(targets: tuple[str, ...]) -> regex.Pattern:
    import regex

    return regex.compile("|".join(f"(?:{target})" for target in targets), regex.IGNORECASE | regex.VERSION0)


def _markup(target: str) -> regex.Pattern:
    """The link's markup in the source: Markdown ``[text](target "title")`` or an HTML ``<a href>`` element."""
    import regex

    escaped = regex.escape(target)
    markdown = rf"\[[^\]\n]{{0,300}}\]\(\s*<?{escaped}>?(?:\s+[\"'][^\"'\n]*[\"'])?\s*\)"
    html = rf"<a\b[^>]{{0,300}}?\bhref\s*=\s*(?:\"\s*{escaped}\s*\"|'\s*{escaped}\s*'|{escaped}(?=[\s>]))[^>]{{0,300}}>(?:[^<]{{0,300}}</a\s*>)?"
    return regex.compile(f"{markdown}|{html}", regex.IGNORECASE | regex.VERSION0)


def check(document: Document, options: PlaceholderLinkOptions) -> Iterator[Hit]:
    for block in document.blocks:
        if not block.links:
            continue
        placeholder = _placeholder(options.targets)
        # the markup opens before the block's first character: "[" or "<a href=...>"
        cursor = document.lines.start_of(document.lines.line_of(block.start) - 1)
        for target in block.links:
            try:
                if not placeholder.fullmatch(target.strip(), timeout=MATCH_TIMEOUT):
                    continue
            except TimeoutError:  # a user's target pattern that backtracks: say so, never hang
                yield Hit(0, 0, {"match": "", "target": target}, block=block, severity=Severity.WARNING, notice=True,
                          message=f"Gave up on this link: a target pattern ran past the {MATCH_TIMEOUT:g} s match limit; simplify the pattern")
                continue
            found = _markup(target).search(document.source, cursor, block.end + len(target) + 16)
            if found is None:
                continue
            cursor = found.end()
            yield Hit(found.start(), found.end(), {"match": found.group(), "target": target}, block=block, source_offsets=True)


KIND = Kind("placeholder-link", PlaceholderLinkOptions, check, "Report links whose target is empty or a placeholder.", validate)
