"""The ``shared-passage`` kind: a passage that other articles of the corpus carry too.

Content farms reuse the same paragraph, or one with a word changed, across hundreds of
stories. One article alone cannot show it; a corpus run (``lint-news scan``, or
``lint-news check --cross-file`` over many files) signs every passage of every article,
finds those that recur in three or more articles (:mod:`lint_news.corpus.passages`) and
marks them on each Document (``Document.shared_places``). This kind turns each mark into
a finding, so selection, severity overrides and inline directives apply as to any rule.
Linted alone, an article gets nothing from it.

Message parameter: ``others``, how many other articles (for ``check``, files) carry the passage.
"""

from __future__ import annotations

from collections.abc import Iterator

from lint_news.document import Document
from lint_news.findings import Hit
from lint_news.kinds import Kind, NoOptions


def check(document: Document, options: NoOptions) -> Iterator[Hit]:
    for place in document.shared_places:
        yield Hit(place.start, place.end, {"others": place.others}, block=document.blocks[place.block])


KIND = Kind("shared-passage", NoOptions, check, "Report passages that other articles of the corpus share (corpus runs only).")
