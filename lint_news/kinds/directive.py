"""The ``unused-directive`` kind: inline directives that suppressed nothing.

Whether a directive was used is only known after every other rule has run and
the directives have been applied, so the engine reports these itself (see
:mod:`lint_news.engine`); the kind exists so that the rule has a code, a name,
documentation and can be selected or ignored like any other.
"""

from __future__ import annotations

from collections.abc import Iterator

from lint_news.document import Document
from lint_news.findings import Hit
from lint_news.kinds import Kind, NoOptions


def check(document: Document, options: NoOptions) -> Iterator[Hit]:
    return iter(())


KIND = Kind("unused-directive", NoOptions, check, "Report inline directives that suppress nothing.")
