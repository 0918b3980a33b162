"""The engine: which rules run under a configuration, and how their hits become findings.

Data flows one way: rules turn a Document into hits; the engine places each
hit (line, column, excerpt), then filters by per-file ignores and inline
directives, and finally reports directives that suppressed nothing. A rule
that raises is reported as an error finding of its own (``rule XY101 failed:
...``) and the other rules and files go on: plugins are the project's code.
"""

from __future__ import annotations

import dataclasses
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from lint_news import directives as directive_scopes
from lint_news.config import Config, ConfigError
from lint_news.document import Document
from lint_news.findings import Finding, Fix, Hit, Severity
from lint_news.fixes import fix_for
from lint_news.options import OptionError
from lint_news.prefilter import Prefilter
from lint_news.rules import Registry, Rule, load_registry, pack_stamps
from lint_news.rules.rule import FindsKey
from lint_news.selectors import best_match, is_known, matches

UNUSED_DIRECTIVE = "LN001"
_EXCERPT_LENGTH = 80


@dataclass(frozen=True)
class RuleSet:
    """The rules a configuration enables, with its severities and options applied."""

    rules: tuple[Rule, ...]
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...]
    root: Path

    @cached_property
    def prefilter(self) -> Prefilter:
        """One scan per block for every pattern of the enabled rules whose options name them in
        ``prefilter_keys`` (the pattern kind's and the unintroduced-document kind's; see :mod:`lint_news.prefilter`),
        and of the rules the substance score runs whatever is selected: without theirs, ``--select LN633``
        ran every pattern of those rules on every block, three times slower than the whole set."""
        from lint_news.substance import substance_rules

        rules = (*self.rules, *substance_rules())
        return Prefilter(key for rule in rules for key in getattr(rule.options, "prefilter_keys", ()))

    @cached_property
    def deferring(self) -> frozenset[str]:
        """Codes of the rules that report only where the rest of their family is silent (``defer-to-family``)."""
        return frozenset(rule.code for rule in self.rules if rule.shared.defer_to_family)

    def by_code(self, code: str) -> Rule | None:
        return next((rule for rule in self.rules if rule.code == code), None)

    def ignored_for(self, relative_path: str | None) -> tuple[str, ...]:
        """Selectors that ``per-file-ignores`` switch off for a file (path relative to the config)."""
        if not relative_path or not self.per_file_ignores:
            return ()
        from pathspec import GitIgnoreSpec

        selectors: list[str] = []
        for glob, names in self.per_file_ignores:
            if GitIgnoreSpec.from_lines([glob]).match_file(relative_path):
                selectors.extend(names)
        return tuple(selectors)


def _check_selectors(config: Config, registry: Registry, key: str, selectors: tuple[str, ...]) -> None:
    for selector in selectors:
        if not is_known(selector, registry):
            where = f"{config.path}: '{key}'" if config.path else f"'{key}'"
            raise ConfigError(f"{where}: unknown rule selector '{selector}' (use a code such as LN801, a prefix such as LN8, a rule name or a family)")


def rule_set(config: Config) -> RuleSet:
    """Resolve ``config`` against the registry; raises ConfigError (or PackError).

    Kept by the process's session (:mod:`lint_news.session`) per configuration, and resolved
    again when one of its rule packs changes on disk."""
    from lint_news.session import current

    return current().rule_set(config, pack_stamps(config.rule_packs))


def build_rule_set(config: Config, _stamps: tuple[tuple[str, int, int], ...]) -> RuleSet:
    """:func:`rule_set` without the session: resolved now; ``_stamps`` key the session's copy."""
    for path in config.rule_packs:  # a path mistyped in the configuration is the configuration's error
        if not path.exists():
            raise ConfigError(f"{config.path}: 'rule-packs': rule pack not found: {path}")
    registry = load_registry(config.rule_packs, config.local_plugins)
    _check_selectors(config, registry, "select", config.select or ())
    _check_selectors(config, registry, "ignore", config.ignore)
    _check_selectors(config, registry, "unfixable", config.unfixable)
    _check_selectors(config, registry, "severity", tuple(selector for selector, _ in config.severity))
    for _glob, selectors in config.per_file_ignores:
        _check_selectors(config, registry, "per-file-ignores", selectors)

    options: dict[str, Rule] = {}
    for code, overrides in config.rule_options:
        rule = registry.get(code)
        if rule is None:
            raise ConfigError(f"{config.path}: 'rules': unknown rule '{code}' (per-rule options take a code or rule name)")
        try:  # every rule's options are checked, selected or not: a typo must not wait for --select
            options[rule.code] = rule.with_options(dict(overrides), registry.kinds)
        except OptionError as error:
            raise ConfigError(f"{config.path}: 'rules.{code}': {error}") from None

    enabled = []
    for rule in registry:
        if config.select is None:
            chosen = 1 if rule.enabled else 0
        else:
            chosen = best_match(config.select, rule)
        if not chosen or best_match(config.ignore, rule) >= chosen:
            continue
        rule = options.get(rule.code, rule)
        levels = [(best_match((selector,), rule), level) for selector, level in config.severity]
        levels = [entry for entry in levels if entry[0]]
        if levels:
            rule = dataclasses.replace(rule, severity=max(levels, key=lambda entry: entry[0])[1], severity_overridden=True)
        if rule.fix is not None and best_match(config.unfixable, rule):
            rule = dataclasses.replace(rule, fix=None)
        enabled.append(rule)
    return RuleSet(tuple(enabled), config.per_file_ignores, config.root)


_TAG = re.compile(r"<[^>]*>?")


def _excerpt(document: Document, start: int, end: int) -> str:
    """The finding's text, one line; in HTML without the markup and with entities decoded."""
    text = document.source[start:end]
    if document.format == "html":
        import html  # html.entities is a large table: loaded for HTML only

        text = html.unescape(_TAG.sub(" ", text))
    text = " ".join(text.split())
    return text if len(text) <= _EXCERPT_LENGTH else text[: _EXCERPT_LENGTH - 1].rstrip() + "…"


def make_finding(document: Document, rule: Rule, hit: Hit) -> Finding:
    lines = document.lines
    start, end = hit.source_span()
    line, column = lines.position(start)
    end_line, end_column = lines.position(end)
    params = {"line": line, "column": column, **hit.params}
    return Finding(
        code=rule.code,
        rule=rule.name,
        family=rule.family,
        severity=hit.severity if hit.severity is not None and not rule.severity_overridden else rule.severity,
        message=hit.message or rule.format_message(params),
        line=line,
        column=column,
        end_line=end_line,
        end_column=end_column,
        offset=start,
        length=end - start,
        excerpt=_excerpt(document, start, end),
        fix=_fix(document, rule, hit, params) if rule.fix is not None else None,
    )


def _fix(document: Document, rule: Rule, hit: Hit, params: dict) -> Fix | None:
    """The hit's fix, or none when working it out fails: a fix is a convenience, the finding is not."""
    try:
        return fix_for(document, rule.fix, hit, params)
    except Exception:  # noqa: BLE001 - a fix that cannot be built is not offered
        if os.environ.get("LINT_NEWS_DEBUG"):
            raise
        return None


class RuleHits:
    """Each rule's hits on one document, found once.

    The engine's findings come from them, and the substance score reads them
    too: its fixed set of rules (:func:`lint_news.substance.substance_rules`) is
    mostly the rules any configuration runs, so a rule the engine has run is
    not run again, and one the configuration leaves out is run only for the score.

    A rule that raises (a plugin's bug, or a kind's on a text it never met) finds
    nothing here, and :meth:`failure` says why: one broken rule costs its own
    findings, not the run's. ``LINT_NEWS_DEBUG`` lets the exception through, traceback and all.
    """

    def __init__(self, document: Document) -> None:
        self.document = document
        self._found: dict[FindsKey, list[Hit]] = {}
        self._failed: dict[FindsKey, str] = {}

    def of(self, rule: Rule) -> list[Hit]:
        key = rule.finds  # severity overrides do not change what a rule finds
        found = self._found.get(key)
        if found is None:
            try:
                found = rule.run(self.document)
            except Exception as error:  # noqa: BLE001 - reported as the rule's error finding (failure)
                if os.environ.get("LINT_NEWS_DEBUG"):
                    raise
                self._failed[key] = _one_line(error)
                found = []
            self._found[key] = found
        return found

    def failure(self, rule: Rule) -> str | None:
        """Why ``rule`` found nothing because it raised (the exception, one line), or None."""
        return self._failed.get(rule.finds)


def lint_document(document: Document, rules: RuleSet, relative_path: str | None = None, hits: RuleHits | None = None) -> list[Finding]:
    """Run every enabled rule over ``document`` and return the findings that survive filtering.

    ``hits`` keeps what each rule found, for the substance score to read."""
    hits = hits if hits is not None else RuleHits(document)
    ignored = rules.ignored_for(relative_path)
    document.use_prefilter(rules.prefilter)
    scopes = directive_scopes.build_scopes(document.directives, document.lines)
    findings: list[Finding] = []
    notices: list[Finding] = []  # a rule saying it gave up or failed: never merged with another finding
    for rule in rules.rules:
        if ignored and matches(ignored, rule):
            continue
        try:
            for hit in hits.of(rule):
                finding = make_finding(document, rule, hit)
                if scopes and directive_scopes.suppressed(scopes, finding.line, rule):
                    continue
                (notices if hit.notice else findings).append(finding)
            problem = hits.failure(rule)
        except Exception as error:  # noqa: BLE001 - a hit make_finding cannot place: the rule's bug, reported as such
            if os.environ.get("LINT_NEWS_DEBUG"):
                raise
            findings = [finding for finding in findings if finding.code != rule.code]
            notices = [finding for finding in notices if finding.code != rule.code]
            problem = _one_line(error)
        if problem is not None and not (scopes and directive_scopes.suppressed(scopes, 1, rule)):
            notices.append(failed_finding(rule, problem))
    unused_rule = rules.by_code(UNUSED_DIRECTIVE)
    if unused_rule is not None and not (ignored and matches(ignored, unused_rule)):
        for directive in directive_scopes.unused(scopes):
            described = " ".join(directive.targets) or "all rules"
            hit = Hit(
                directive.offset,
                directive.offset + directive.length,
                {"action": directive.action, "targets": described},
                fix_unsafe=directive_scopes.names_rules_not_run(directive, rules.rules),
            )
            findings.append(make_finding(document, unused_rule, hit))
    findings = _one_per_place(findings, rules.deferring) + notices
    findings.sort(key=lambda finding: (finding.offset, finding.code))
    return findings


def _one_line(error: Exception) -> str:
    """An exception as a finding's message shows it: its type, then its text on one line."""
    text = " ".join(str(error).split())
    return f"{type(error).__name__}: {text}" if text else type(error).__name__


def failed_finding(rule: Rule, problem: str) -> Finding:
    """The error finding for a rule that raised, at the top of the file: the user learns which
    rule gave no answer and why, and the exit code says something is wrong (it is an error
    whatever severity the configuration gives the rule: the rule did not run at all)."""
    return Finding(
        code=rule.code,
        rule=rule.name,
        family=rule.family,
        severity=Severity.ERROR,
        message=f"rule {rule.code} failed: {problem}",
        line=1,
        column=1,
        end_line=1,
        end_column=1,
        offset=0,
        length=0,
        excerpt="",
    )


def _one_per_place(findings: list[Finding], deferring: frozenset[str] = frozenset()) -> list[Finding]:
    """Two findings of one family on the same words are one problem, reported once.

    A Key Takeaways bullet that repeats a body sentence is both a repeated
    sentence (LN101) and a takeaway restating the body (LN104); "strike a
    delicate balance" is a stock phrase to a pattern rule and "a delicate
    balance" to the lexicon. The reader needs one finding. Findings are the same
    words when they start at the same character, or overlap and the shorter
    covers at least half of the longer: an overused phrase inside a restated
    sentence is a second problem and stays. The more severe wins, then the one
    covering more text, then the more specific rule (higher code within the family).

    A finding of a ``deferring`` rule (``defer-to-family``) is dropped when any
    other finding of its family overlaps it.
    """
    by_family: dict[str, list[Finding]] = {}
    for finding in findings:
        by_family.setdefault(finding.family, []).append(finding)
    kept: list[Finding] = []
    for group in by_family.values():
        for cluster in _clusters(group):
            written = [finding for finding in cluster if finding.code not in deferring]
            chosen: list[Finding] = []
            for finding in sorted(cluster, key=lambda f: (f.code not in deferring, f.severity.rank, f.length, f.code, -f.offset), reverse=True):
                if finding.code in deferring and any(_overlap(finding, other) for other in written):
                    continue
                if not any(_same_words(finding, other) for other in chosen):
                    chosen.append(finding)
            kept.extend(chosen)
    return kept


def _clusters(group: list[Finding]) -> Iterator[list[Finding]]:
    """Runs of findings that overlap or start together, in order: only within one can two be the
    same words, so the choice stays linear in a long file's thousands of findings."""
    cluster: list[Finding] = []
    end = -1
    for finding in sorted(group, key=lambda f: (f.offset, f.length)):
        if cluster and finding.offset >= end and finding.offset != cluster[-1].offset:
            yield cluster
            cluster = []
        end = max(end, finding.offset + finding.length) if cluster else finding.offset + finding.length
        cluster.append(finding)
    if cluster:
        yield cluster


def _overlap(one: Finding, other: Finding) -> bool:
    return one.offset == other.offset or min(one.offset + one.length, other.offset + other.length) > max(one.offset, other.offset)


def _same_words(one: Finding, other: Finding) -> bool:
    if one.offset == other.offset:
        return True
    shared = min(one.offset + one.length, other.offset + other.length) - max(one.offset, other.offset)
    return shared > 0 and 2 * min(one.length, other.length) >= max(one.length, other.length)
