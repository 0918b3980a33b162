"""The substance score: does this article say anything? 0-100, a band, and the reasons.

``score_document`` runs on every ``lint-news check`` in two stages:

1. The model reads the prose: features in plain Python (:mod:`.features`), a
   logistic model read from shipped JSON (:mod:`.model`), trained on human and
   AI-generated news with scikit-learn (:mod:`.train`, ``lint-news train``).
2. The rules' evidence caps it. The model cannot see layout (it must not
   learn its training sources' formatting), and an article can read like
   reporting around a Pros and Cons scaffold, an unfilled TK or a chatbot
   sign-off. So the findings reported for the article, weighed by severity
   (error 3, warning 1, info 0), less one warning's worth, per 1,000 words as
   the defect density D, cap the score at ``100 * exp(-D / 5)``: one error in
   500 words caps it at 45, two warnings at 67. A lone warning caps nothing:
   it is a hint, and on real human news it is as often a false alarm as not
   (the cap without that grace put 5.2% of the corpus's human articles below
   80 against the model's 2.1%; with it, 2.5%, and the AI articles are scored
   as before). Clean reporting has D = 0 and no cap.
   The cap reads the findings as reported, after the rules' quotation and
   mention exemptions, and a finding that still lies inside quotation marks
   (a whole quoted paragraph, say) does not count: it is someone's reported
   words, shown to the editor but not held against the writer, so one quoted
   mention never floors a clean article.
"""

from __future__ import annotations

import bisect
import math
from collections import Counter
from collections.abc import Iterable
from typing import TYPE_CHECKING

from lint_news.document import Document
from lint_news.findings import Finding, Severity
from lint_news.report import Reason, Substance
from lint_news.rules import Rule, load_registry
from lint_news.substance.features import (
    LAYOUT_KINDS,
    SUBSTANCE_FAMILIES,
    Features,
    compute,
)
from lint_news.substance.model import MAX_REASONS

if TYPE_CHECKING:
    from lint_news.engine import RuleHits


#: Kinds whose findings the score does not count: the learned sentence models were trained on the
#: annotated sets the score is measured on, and came after the score's own model was fitted.
UNCOUNTED_KINDS = frozenset({"sentence-model"})


def _reads_layout(rule: Rule) -> bool:
    if rule.kind in LAYOUT_KINDS:
        return True
    if rule.kind == "pattern":  # a pattern anchored to the start of a block reads paragraph breaks
        return any(pattern.startswith("^") for pattern in rule.options.patterns)
    return False


def substance_rules() -> tuple[Rule, ...]:
    """The built-in rules (default options) whose findings feed the score: sentence readers only.

    Fixed, whatever the configuration selects, so a project's ``ignore`` list
    cannot raise its own scores. Kept by the process's session.
    """
    from lint_news.session import current

    return current().substance_rules()


def build_substance_rules() -> tuple[Rule, ...]:
    """:func:`substance_rules` without the session."""
    return tuple(rule for rule in load_registry() if rule.enabled and rule.family in SUBSTANCE_FAMILIES and rule.kind not in UNCOUNTED_KINDS and not _reads_layout(rule))


def document_features(document: Document, hits: RuleHits | None = None) -> Features:
    """The model's features of ``document``; ``hits`` holds what the engine's rules found on it."""
    if hits is None:
        from lint_news.engine import RuleHits

        hits = RuleHits(document)
    by_family: Counter[str] = Counter()
    for rule in substance_rules():
        by_family[rule.family] += len(hits.of(rule))
    return compute(document, by_family)


#: Weight of a finding in the defect density, by severity.
DEFECT_WEIGHTS = {Severity.ERROR: 3.0, Severity.WARNING: 1.0, Severity.INFO: 0.0}
#: Defect density (weighted findings per 1,000 words) that divides the cap by e.
DEFECT_SCALE = 5.0
#: Weight an article's findings may carry before they cap its score: one warning.
DEFECT_GRACE = 1.0


def quoted_spans(document: Document) -> list[tuple[int, int]]:
    """The source spans that ``document``'s quotations cover, merged where they nest or touch, in order."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(quotation.block.source_span(quotation.start, quotation.end) for quotation in document.quotations):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _inside(finding: Finding, spans: list[tuple[int, int]]) -> bool:
    at = bisect.bisect_right(spans, (finding.offset, math.inf)) - 1
    return at >= 0 and finding.offset + finding.length <= spans[at][1]


def defect_cap(findings: Iterable[Finding], words: int) -> tuple[float, float]:
    """The defect density of an article and the score cap it implies."""
    weight = max(0.0, sum(DEFECT_WEIGHTS[finding.severity] for finding in findings) - DEFECT_GRACE)
    density = weight * 1000.0 / max(words, 1)
    return density, 100.0 * math.exp(-density / DEFECT_SCALE)


def score_document(document: Document, findings: list[Finding], hits: RuleHits | None = None) -> Substance | None:
    """The substance of ``document`` given its reported ``findings`` (and the rules' ``hits`` they
    came from, see :func:`document_features`); None when no model is installed."""
    from lint_news.substance.model import default_model

    model = default_model()
    if model is None:
        return None
    features = document_features(document, hits)
    substance = model.score(features)
    if substance.score is None:
        return substance
    quoted = quoted_spans(document) if findings else []
    counted = [finding for finding in findings if not _inside(finding, quoted)]
    density, cap = defect_cap(counted, features.words)
    if cap >= substance.score:
        return substance
    errors = sum(finding.severity is Severity.ERROR for finding in counted)
    warnings = sum(finding.severity is Severity.WARNING for finding in counted)
    text = f"defects found by the rules: {errors} error{'s' * (errors != 1)}, {warnings} warning{'s' * (warnings != 1)}"
    capped = round(cap, 1)
    reason = Reason("defect_density_per_1k_words", round(density, 2), round(capped - substance.score, 1), text)
    return Substance(capped, model.band(capped), (reason, *substance.reasons[: MAX_REASONS - 1]))
