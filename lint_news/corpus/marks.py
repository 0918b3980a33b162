"""From shared passages to the marks each article's Document carries (``Document.shared_places``).

The corpus runs meet here: ``lint-news scan`` marks the rows of a corpus, and
``lint-news check --cross-file`` the files of one run, so that the ``shared-passage``
rule reports a passage in every article that carries it, with how many others do.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from lint_news.document import SharedPlace

if TYPE_CHECKING:
    from lint_news.corpus.passages import SharedPassage
    from lint_news.sources import Target


def marks_by_article(groups: Iterable[SharedPassage]) -> dict[int, tuple[SharedPlace, ...]]:
    """Each article's marks, in text order, for the shared passages ``groups``."""
    marks: dict[int, list[SharedPlace]] = {}
    for group in groups:
        others = len(group.articles) - 1
        for place in group.places:
            marks.setdefault(place.article, []).append(SharedPlace(place.block, place.start, place.end, others))
    return {article: tuple(sorted(found, key=lambda mark: (mark.block, mark.start))) for article, found in marks.items()}


def shared_places_of_files(targets: list[Target], min_articles: int = 3) -> dict[str, tuple[SharedPlace, ...]]:
    """The marks of each file of ``targets`` (by name) that shares a passage with ``min_articles`` - 1 others.

    A file that cannot be read is left out here; linting it reports why."""
    from lint_news.corpus.passages import join, sign
    from lint_news.readers import read_document
    from lint_news.sources import InputError, read_text

    def documents() -> Iterator[tuple[int, object]]:
        for number, target in enumerate(targets):
            try:
                yield number, read_document(read_text(target.path), target.name)
            except InputError:
                continue

    marks = marks_by_article(join(sign(documents()), min_articles))
    return {targets[number].name: found for number, found in marks.items()}
