"""Inline directives: switching rules off and on from inside an article.

Markdown and HTML use comments::

    <!-- lint-news: disable LN301 meta-commentary -->
    <!-- lint-news: enable -->
    <!-- lint-news: disable-next-line LN801 -->
    <!-- lint-news: disable-file -->

Plain text has no comments, so a line of its own that starts with
``# lint-news:`` is a directive (``# lint-news: disable-next-line LN801``);
the HTML-comment form also works there. Targets are codes, code prefixes,
rule names or families, separated by spaces or commas; no target means every
rule. A directive that suppresses nothing is reported (rule LN001), as ruff
reports unused ``noqa`` comments, so stale suppressions do not pile up.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from lint_news.blocks import Directive, LineIndex
from lint_news.selectors import specificity

if TYPE_CHECKING:
    from lint_news.rules import Rule

ACTIONS = ("disable", "enable", "disable-next-line", "disable-file")

_COMMENT = re.compile(r"<!--\s*lint-news:\s*(?P<body>.*?)\s*-->", re.DOTALL)
_PLAIN_LINE = re.compile(r"^\s*#\s*lint-news:\s*(?P<body>.*?)\s*$")
_PLAIN_COMMENT_LINE = re.compile(r"^\s*<!--\s*lint-news:\s*(?P<body>.*?)\s*-->\s*$")


def _parse_body(body: str, offset: int, length: int) -> Directive | None:
    words = body.replace(",", " ").split()
    if not words or words[0] not in ACTIONS:
        return None
    return Directive(words[0], tuple(words[1:]), offset, length)


def parse_directive_line(line: str, line_offset: int) -> Directive | None:
    """A plain-text line that is wholly a directive, or None."""
    match = _PLAIN_LINE.match(line) or _PLAIN_COMMENT_LINE.match(line)
    if not match:
        return None
    start = len(line) - len(line.lstrip())
    return _parse_body(match.group("body"), line_offset + start, len(line.strip()))


def parse_comments(text: str, offset: int) -> list[Directive]:
    """Every directive comment inside ``text``, which starts at source ``offset``."""
    directives = []
    for match in _COMMENT.finditer(text):
        directive = _parse_body(match.group("body"), offset + match.start(), match.end() - match.start())
        if directive is not None:
            directives.append(directive)
    return directives


@dataclass
class _Scope:
    directive: Directive
    first_line: int
    last_line: int  # inclusive; a large number for "to the end"
    enabled_again: list[tuple[int, tuple[str, ...]]] = field(default_factory=list)
    used: bool = False

    def names(self, rule: Rule) -> bool:
        targets = self.directive.targets
        return not targets or any(specificity(target, rule) for target in targets)

    def covers(self, line: int, rule: Rule) -> bool:
        if not (self.first_line <= line <= self.last_line) or not self.names(rule):
            return False
        for enable_line, targets in self.enabled_again:
            if enable_line <= line and (not targets or any(specificity(t, rule) for t in targets)):
                return False
        return True


def _next_text_line(lines: LineIndex, after: int) -> int:
    line = after + 1
    while line <= lines.line_count and not lines.line_text(line).strip():
        line += 1
    return line


def build_scopes(directives: list[Directive], lines: LineIndex) -> list[_Scope]:
    """Turn directives into line ranges where they suppress their targets."""
    end_of_file = lines.line_count + 1
    scopes: list[_Scope] = []
    open_scopes: list[_Scope] = []
    for directive in sorted(directives, key=lambda d: d.offset):
        line = lines.line_of(directive.offset)
        if directive.action == "disable-file":
            scopes.append(_Scope(directive, 1, end_of_file))
        elif directive.action == "disable-next-line":
            target = _next_text_line(lines, lines.line_of(directive.offset + directive.length - 1))
            scopes.append(_Scope(directive, target, target))
        elif directive.action == "disable":
            scope = _Scope(directive, line, end_of_file)
            scopes.append(scope)
            open_scopes.append(scope)
        else:  # enable
            for scope in open_scopes:
                scope.enabled_again.append((line, directive.targets))
    return scopes


def suppressed(scopes: list[_Scope], line: int, rule: Rule) -> bool:
    """Whether a finding of ``rule`` on ``line`` is switched off; marks the scopes used."""
    hit = False
    for scope in scopes:
        if scope.covers(line, rule):
            scope.used = True
            hit = True
    return hit


def names_rules_not_run(directive: Directive, rules: tuple[Rule, ...]) -> bool:
    """Whether one of the directive's targets names none of ``rules`` (a rule this run left
    out): such a directive suppresses nothing today but may be wanted when that rule runs."""
    return any(not any(specificity(target, rule) for rule in rules) for target in directive.targets)


def unused(scopes: list[_Scope]) -> list[Directive]:
    return [scope.directive for scope in scopes if not scope.used]
