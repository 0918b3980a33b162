"""What a scan adds up to: per source, how many articles, how substantive, how often in error.

The summary is built from the output rows as they are written (and, with ``--resume``,
from the rows an earlier run wrote), so it is the same however the run was split. It
keeps a score per article and a handful of counters: a few megabytes for 100,000
articles. The report's table keeps the ``limit`` emptiest articles only.
"""

from __future__ import annotations

import heapq
import statistics
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from lint_news import __version__
from lint_news.corpus.output import SEVERITIES
from lint_news.findings import FAMILIES

SCHEMA = "lint-news/scan-summary@1"
HISTOGRAM_EDGES = tuple(range(0, 101, 10))
TOP_RULES = 5


def _bin(score: float) -> int:
    return min(int(score // 10), len(HISTOGRAM_EDGES) - 2)


@dataclass
class _Source:
    articles: int = 0
    with_errors: int = 0
    scores: list[float] = field(default_factory=list)
    rules: Counter = field(default_factory=Counter)  # (code, rule, family) -> findings
    histogram: list[int] = field(default_factory=lambda: [0] * (len(HISTOGRAM_EDGES) - 1))

    def add(self, row: dict[str, Any]) -> None:
        self.articles += 1
        if row["by_severity"]["error"]:
            self.with_errors += 1
        score = (row["substance"] or {}).get("score")
        if score is not None:
            self.scores.append(score)
            self.histogram[_bin(score)] += 1
        for finding in row["findings"]:
            self.rules[(finding["code"], finding["rule"], finding["family"])] += 1

    def median(self) -> float | None:
        return round(statistics.median(self.scores), 1) if self.scores else None

    def share_with_errors(self) -> float:
        return round(self.with_errors / self.articles, 4) if self.articles else 0.0

    def top_rules(self) -> list[dict[str, Any]]:
        ranked = sorted(self.rules.items(), key=lambda item: (-item[1], item[0]))[:TOP_RULES]
        return [{"code": code, "rule": rule, "family": family, "findings": count} for (code, rule, family), count in ranked]


class Summary:
    """Adds up output rows; ``limit`` is how many of the emptiest articles the report lists."""

    def __init__(self, limit: int = 2000) -> None:
        self.total = _Source()
        self.sources: dict[str, _Source] = {}
        self.bad_rows = 0
        self.by_family: Counter = Counter()
        self.by_severity: Counter = Counter()
        self._limit = limit
        self._emptiest: list[tuple[float, int, int, dict[str, Any]]] = []  # a max-heap, by negated keys
        self._order = 0

    def add(self, row: dict[str, Any]) -> None:
        self.total.add(row)
        self.sources.setdefault(row["source"], _Source()).add(row)
        self.by_family.update(row["by_family"])
        self.by_severity.update(row["by_severity"])
        self._keep_if_empty(row)

    def add_bad_row(self) -> None:
        self.bad_rows += 1

    def _keep_if_empty(self, row: dict[str, Any]) -> None:
        """Keep ``row`` among the ``limit`` emptiest so far: lowest score, then most findings, then first."""
        if self._limit <= 0:
            return
        score = (row["substance"] or {}).get("score")
        entry = (-(score if score is not None else 101.0), len(row["findings"]), -self._order, row)
        self._order += 1
        if len(self._emptiest) < self._limit:
            heapq.heappush(self._emptiest, entry)
        elif entry[:3] > self._emptiest[0][:3]:
            heapq.heapreplace(self._emptiest, entry)

    def emptiest(self) -> list[dict[str, Any]]:
        """The rows the report lists, emptiest first."""
        return [entry[3] for entry in sorted(self._emptiest, key=lambda entry: entry[:3], reverse=True)]

    def to_dict(self, shared_passages: list[dict[str, Any]], report_articles: int, min_articles: int = 3) -> dict[str, Any]:
        ordered = sorted(self.sources.items(), key=lambda item: (-item[1].articles, item[0]))
        return {
            "schema": SCHEMA,
            "tool": {"name": "lint-news", "version": __version__},
            "articles": self.total.articles,
            "bad_rows": self.bad_rows,
            "median_substance": self.total.median(),
            "share_with_errors": self.total.share_with_errors(),
            "by_family": {family: self.by_family[family] for family in FAMILIES},
            "by_severity": {severity: self.by_severity[severity] for severity in SEVERITIES},
            "histogram": {
                "edges": list(HISTOGRAM_EDGES),
                "overall": self.total.histogram,
                "by_source": {name: source.histogram for name, source in ordered},
            },
            "sources": [
                {
                    "source": name,
                    "articles": source.articles,
                    "median_substance": source.median(),
                    "share_with_errors": source.share_with_errors(),
                    "top_rules": source.top_rules(),
                }
                for name, source in ordered
            ],
            "shared_passage_min_articles": min_articles,
            "shared_passages": shared_passages,
            "report_articles": report_articles,
        }


def summary_text(summary: dict[str, Any], passages_shown: int = 5) -> str:
    """The summary as a person reads it on stderr at the end of a scan."""
    lines = []

    def median(value: float | None) -> str:
        return "-" if value is None else f"{value:.1f}"

    lines.append(
        f"{summary['articles']:,} articles ({summary['bad_rows']:,} rows skipped): median substance "
        f"{median(summary['median_substance'])}, {summary['share_with_errors']:.1%} with errors"
    )
    width = max([len("source"), *(len(source["source"]) for source in summary["sources"])])
    lines.append(f"  {'source':<{width}}  {'articles':>8}  {'median':>6}  {'errors':>6}  top rules")
    for source in summary["sources"]:
        top = ", ".join(f"{rule['code']} {rule['rule']} ({rule['findings']:,})" for rule in source["top_rules"][:3]) or "-"
        lines.append(
            f"  {source['source']:<{width}}  {source['articles']:>8,}  {median(source['median_substance']):>6}  "
            f"{source['share_with_errors']:>6.1%}  {top}"
        )
    shared = summary["shared_passages"]
    if shared:
        least = summary.get("shared_passage_min_articles", 3)
        lines.append(f"{len(shared):,} passages shared by {least} or more articles; the most shared:")
        for passage in shared[:passages_shown]:
            text = passage["text"] if len(passage["text"]) <= 90 else passage["text"][:87] + "..."
            ids = ", ".join(passage["ids"][:3]) + (", ..." if len(passage["ids"]) > 3 else "")
            lines.append(f"  {passage['articles']:,} articles ({ids}): \"{text}\"")
    return "\n".join(lines) + "\n"
