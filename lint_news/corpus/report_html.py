"""The audit report of ``lint-news scan --report report.html``: one self-contained HTML file.

Everything is inline (CSS, a short script, hand-drawn SVG charts): the file opens offline, from
a mail attachment or a shared drive, and loads nothing. A Content-Security-Policy in the page
itself forbids every fetch and lets only this module's own script run (by its hash), so even a
slip in escaping could not run a script that came in with an article.

The sections, top to bottom: the summary figures (``#summary``), the substance histogram
(``#histogram``), findings by family (``#families``), the sources (``#sources``: a table and one
small histogram per source), the passages shared across articles (``#shared-passages``), and
the articles table (``table#articles``, sortable and filterable). Each article of ``articles``
has its own view, ``section.article#article-N`` (N counts from 1 in the order given), shown
over the page when its id is clicked (CSS ``:target``; no server needed): its text with every
finding highlighted (``<mark>``, split where findings overlap) and the findings listed below.

:func:`render_report` returns the document; :func:`write_report` writes it atomically.
"""

from __future__ import annotations

import base64
import hashlib
import math
import os
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from lint_news.corpus.output import SEVERITIES
from lint_news.findings import FAMILIES

__all__ = ["render_report", "write_report"]

_SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2}
_BAND_ORDER = {"low": 0, "medium": 1, "high": 2}

#: (bar colour, highlight colour) of each family: the family chart is the highlights' legend.
FAMILY_COLOURS = {
    "repetition": ("#d9722b", "#fde3cf"),
    "duplicated-headline": ("#c0413b", "#f9d5d3"),
    "meta-commentary": ("#8459b8", "#e9ddf7"),
    "placeholder-citation": ("#2f74b5", "#d4e5f7"),
    "padding": ("#6b7a86", "#e1e6ea"),
    "filler": ("#c29400", "#faefbf"),
    "unattributed-claim": ("#1f9384", "#cdf0eb"),
    "placeholder-text": ("#cc2f6a", "#fbd5e4"),
    "assistant-leak": ("#4f7d1f", "#dcefc7"),
}
_OTHER_COLOURS = ("#8a8f98", "#e6e7ea")

#: Shared passages longer than this many characters show a preview, the rest on expand.
PASSAGE_PREVIEW = 320
#: Ids listed with each shared passage before "N more".
PASSAGE_IDS = 20
#: Small histograms drawn, for the sources with the most articles (all are in the table).
SOURCE_CHARTS = 48

_SCRIPT = r"""(function () {
  "use strict";
  function key(row, col, type) {
    var cell = row.cells[col], v = cell.getAttribute("data-sort");
    if (v === null) v = cell.textContent.trim();
    if (type === "num") return v === "" ? null : Number(v);
    return v.toLowerCase();
  }
  function sortBy(th) {
    var table = th.closest("table"), body = table.tBodies[0], type = th.getAttribute("data-type");
    var col = th.cellIndex, dir = th.getAttribute("aria-sort") === "ascending" ? -1 : 1;
    var rows = Array.prototype.map.call(body.rows, function (row, i) { return [key(row, col, type), i, row]; });
    rows.sort(function (a, b) {
      if (a[0] === null || b[0] === null) return a[0] === b[0] ? a[1] - b[1] : a[0] === null ? 1 : -1;
      return a[0] < b[0] ? -dir : a[0] > b[0] ? dir : a[1] - b[1];
    });
    table.querySelectorAll("th[aria-sort]").forEach(function (h) { h.removeAttribute("aria-sort"); });
    th.setAttribute("aria-sort", dir === 1 ? "ascending" : "descending");
    var frag = document.createDocumentFragment();
    rows.forEach(function (r) { frag.appendChild(r[2]); });
    body.appendChild(frag);
  }
  document.querySelectorAll("table.sortable thead").forEach(function (head) {
    head.addEventListener("click", function (e) {
      var th = e.target.closest("th[data-type]");
      if (th) sortBy(th);
    });
  });
  var input = document.getElementById("filter"), select = document.getElementById("source-filter");
  var count = document.getElementById("shown-count");
  function filter() {
    var words = input.value.toLowerCase().split(/\s+/).filter(Boolean), src = select.value;
    var rows = document.querySelectorAll("#articles tbody tr"), shown = 0;
    rows.forEach(function (row) {
      var q = row.getAttribute("data-q"), ok = !src || row.getAttribute("data-source") === src;
      for (var i = 0; ok && i < words.length; i++) ok = q.indexOf(words[i]) >= 0;
      row.hidden = !ok;
      if (ok) shown++;
    });
    count.textContent = shown === rows.length ? "" :
      shown.toLocaleString("en") + " of " + rows.length.toLocaleString("en") + " rows match the filter.";
  }
  if (input && select) {
    input.addEventListener("input", filter);
    select.addEventListener("change", filter);
  }
  document.addEventListener("keydown", function (e) {
    if (e.key !== "Escape" || !/^#article-\d+$/.test(location.hash)) return;
    var close = document.querySelector(location.hash + " a.close");
    if (close) close.click();
  });
})();"""

_SCRIPT_HASH = base64.b64encode(hashlib.sha256(_SCRIPT.encode("utf-8")).digest()).decode("ascii")
_CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
    f"script-src 'sha256-{_SCRIPT_HASH}'; base-uri 'none'; form-action 'none'"
)


def _family_css() -> str:
    rules = []
    for family, (bar, light) in FAMILY_COLOURS.items():
        rules.append(f'mark[data-family="{family}"]{{background:{light}}}')
        rules.append(f".swatch.fam-{family}{{background:{bar}}}")
    return "\n".join(rules)


_CSS = """
:root{color-scheme:light;--ink:#1d2939;--muted:#5d6b7e;--line:#d9dee5;--soft:#f4f6f8;--accent:#2f5f98;
--error:#b42318;--warning:#b54708;--info:#475467}
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Liberation Sans",Arial,sans-serif;color:var(--ink);background:#fff}
main,header.top{max-width:1240px;margin:0 auto;padding:0 24px}
header.top{padding-top:20px}
h1{font-size:1.6rem;margin:0 0 .1rem}
.subtitle{margin:0}
h2{font-size:1.2rem;margin:2rem 0 .6rem;padding-bottom:.2rem;border-bottom:2px solid var(--ink)}
h3{font-size:1rem;margin:1rem 0 .4rem}
a{color:var(--accent)}
.muted,.note{color:var(--muted)}
.note{font-size:.9rem;margin:.3rem 0}
nav.toc{display:flex;flex-wrap:wrap;gap:.2rem 1.2rem;padding:.5rem 0 .7rem;font-size:.95rem;border-bottom:1px solid var(--line)}
code,.id{font-family:ui-monospace,"SFMono-Regular",Menlo,Consolas,"DejaVu Sans Mono",monospace;font-size:.88em}
.stats{display:grid;grid-template-columns:repeat(auto-fit,minmax(180px,1fr));gap:12px;margin:0;padding:0}
.stat{border:1px solid var(--line);border-radius:8px;padding:.6rem .9rem;background:var(--soft);margin:0}
.stat dt{font-size:.85rem;color:var(--muted)}
.stat dd{margin:0}
.stat.wide{grid-column:span 2}
.stat dd.value{font-size:1.7rem;font-weight:650;font-variant-numeric:tabular-nums;line-height:1.3}
.stat dd.breakdown{font-size:.88rem}
.charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(440px,1fr));gap:0 40px}
figure{margin:0}
figcaption{font-size:.88rem;color:var(--muted)}
svg{display:block;max-width:100%;height:auto}
svg text{fill:#344054;font-family:inherit}
svg .axis{stroke:#98a2b3}svg .grid{stroke:#eaecf0}
svg .bar{fill:#4a78b0}svg .count{font-weight:600}
.multiples{display:grid;grid-template-columns:repeat(auto-fill,minmax(230px,1fr));gap:14px 22px;margin-top:.6rem}
.multiples figcaption{color:var(--ink)}
table{border-collapse:collapse;width:100%;font-size:.9rem}
th,td{padding:.3rem .5rem;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
thead th{background:var(--soft);position:sticky;top:0;z-index:1;white-space:nowrap}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
th[data-type] button{all:unset;cursor:pointer}
th[data-type] button::after{content:" \\2195";color:#98a2b3}
th[aria-sort=ascending] button::after{content:" \\25B2";color:var(--ink)}
th[aria-sort=descending] button::after{content:" \\25BC";color:var(--ink)}
th[data-type] button:focus-visible{outline:2px solid var(--accent)}
tbody tr:hover{background:#f8fafc}
td.article a.id{overflow-wrap:anywhere}
td.article .title{display:block;overflow:hidden;text-overflow:ellipsis;white-space:nowrap;font-size:.86rem;color:var(--muted)}
.controls{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center;margin:.5rem 0}
.controls input,.controls select{font:inherit;padding:.3rem .5rem;border:1px solid #b8c0cc;border-radius:6px}
.controls input{min-width:22rem}
#shown-count{color:var(--muted)}
.band{display:inline-block;white-space:nowrap;padding:0 .45rem;border-radius:9px;font-size:.8rem;font-weight:600}
.band.low{background:#fde2e0;color:#912018}.band.medium{background:#fdf0c8;color:#7a4d05}.band.high{background:#d9f2df;color:#1b6b34}
.rules{list-style:none;margin:0;padding:0}
.rules li{display:inline;white-space:nowrap}
.rules li:not(:last-child)::after{content:"\\a0· ";color:#98a2b3;white-space:normal}
td.rules-cell{min-width:14rem;font-size:.86rem}
#articles{table-layout:fixed}
#articles .c-rank{width:3.5%}#articles .c-article{width:26.5%}#articles .c-source{width:10%}#articles .c-score{width:9.5%}#articles .c-band{width:8%}
#articles .c-errors{width:7%}#articles .c-findings{width:8.5%}#articles .c-rules{width:27%}
#articles th{padding-left:.3rem;padding-right:.3rem;font-size:.85rem}
#articles td{overflow-wrap:anywhere}
td.src{white-space:nowrap}
.swatch{display:inline-block;width:.7em;height:.7em;border-radius:2px;margin-right:.3em;background:#8a8f98}
.ext{text-decoration:none;margin-left:.25em}
ol.passages{padding-left:1.6rem}
ol.passages>li{margin:0 0 1rem}
blockquote{margin:.2rem 0;padding:.4rem .8rem;border-left:4px solid #c7d0db;background:var(--soft);white-space:pre-wrap;overflow-wrap:anywhere}
details>summary{cursor:pointer}
details[open] .preview{display:none}
.more{color:var(--accent);font-size:.9em}
.ids{font-size:.88rem}
.ids a,.ids .id{margin-right:.5em}
section.article{display:none}
section.article:target{display:block;position:fixed;inset:0;z-index:10;overflow:auto;background:rgba(16,24,40,.5);padding:28px 16px}
.panel{max-width:980px;margin:0 auto;background:#fff;border-radius:10px;padding:18px 28px 24px;box-shadow:0 8px 30px rgba(0,0,0,.25)}
.article-nav{display:flex;gap:1rem;justify-content:flex-end;font-size:.9rem}
.article-nav .close{margin-right:auto;font-weight:600}
.panel h3{font-size:1.25rem;margin:.4rem 0}
.text{white-space:pre-wrap;overflow-wrap:anywhere;font:16px/1.65 Georgia,"Noto Serif","DejaVu Serif",serif;border:1px solid var(--line);border-radius:6px;padding:12px 16px;margin:.6rem 0 1rem}
mark{background:#e6e7ea;color:inherit;border-bottom:2px solid transparent;padding:0}
mark[data-sev=error]{border-bottom-color:var(--error)}
mark[data-sev=warning]{border-bottom-color:#e2a33b}
mark.overlap{background-image:repeating-linear-gradient(135deg,transparent 0 5px,rgba(16,24,40,.1) 5px 7px)}
mark.point::before{content:"\\2038";color:var(--error);font-weight:700}
.legend{font-size:.85rem;color:var(--muted)}
.legend span{margin-right:.9em;white-space:nowrap}
.legend::after{content:"— hover a highlight for its findings; a two-colour one carries several."}
.sev{font-weight:600}.sev.error{color:var(--error)}.sev.warning{color:var(--warning)}.sev.info{color:var(--info)}
.suggestion{color:var(--muted);font-size:.9em}
footer{max-width:1240px;margin:2rem auto 1rem;padding:0 24px;color:var(--muted);font-size:.85rem}
@media (max-width:700px){.controls input{min-width:0;width:100%}.charts{grid-template-columns:1fr}}
@media print{body{font-size:11pt}nav.toc,.controls,.article-nav{display:none}th[data-type] button::after{content:none}thead th{position:static}
h2{break-after:avoid}figure,.stat,tr,ol.passages>li{break-inside:avoid}td.article .title{white-space:normal}
section.article:target{position:static;background:none;padding:0}.panel{box-shadow:none;padding:0}}
""".strip()

_CSS = _CSS + "\n" + _family_css()


# -- small helpers -----------------------------------------------------------------------------


_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\r": "&#13;"})


def _esc(value: Any) -> str:
    """Text or (double-quoted) attribute content, escaped. Carriage returns become ``&#13;``:
    the HTML parser would turn a raw CR LF into LF, and offsets count the CR."""
    if value is None:
        return ""
    return str(value).translate(_ESCAPES)


def _int(value: Any, default: int = 0) -> int:
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int):
        return value
    if isinstance(value, float) and math.isfinite(value):
        return int(value)
    return default


def _float(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return float(value) if math.isfinite(value) else None


def _count(value: Any) -> str:
    return f"{_int(value):,}"


def _score_text(value: Any) -> str:
    number = _float(value)
    return "—" if number is None else f"{number:.1f}"


def _share_text(value: Any) -> str:
    number = _float(value)
    if number is None:
        return "—"
    percent = number * 100
    return f"{percent:.0f}%" if percent in (0, 100) else f"{percent:.1f}%"


def _sort_value(value: float | int | None) -> str:
    if value is None:
        return ""
    return f"{value:g}" if isinstance(value, float) else str(value)


_HTTP_URL = re.compile(r"https?://[^\s\x00-\x1f\x7f\"<>\\^`{|}]+\Z", re.IGNORECASE)


def _http_url(url: Any) -> str | None:
    """The url when it is a plain http(s) url, else None (so never a javascript: link)."""
    if isinstance(url, str) and _HTTP_URL.match(url):
        return url
    return None


def _css_name(value: Any) -> str:
    return re.sub(r"[^a-z0-9-]+", "-", str(value or "other").lower()).strip("-") or "other"


def _family_swatch(family: Any) -> str:
    return f'<i class="swatch fam-{_css_name(family)}"></i>'


def _severity_counts(article: Mapping[str, Any]) -> dict[str, int]:
    counts = article.get("by_severity")
    if isinstance(counts, Mapping):
        return {severity: _int(counts.get(severity)) for severity in SEVERITIES}
    found = Counter(f.get("severity") for f in _findings(article))
    return {severity: found[severity] for severity in SEVERITIES}


def _findings(article: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    findings = article.get("findings") or []
    return [f for f in findings if isinstance(f, Mapping)]


def _substance(article: Mapping[str, Any]) -> tuple[float | None, str | None]:
    substance = article.get("substance")
    if not isinstance(substance, Mapping):
        return None, None
    band = substance.get("band")
    return _float(substance.get("score")), band if isinstance(band, str) else None


def _top_rules(findings: Sequence[Mapping[str, Any]], limit: int = 3) -> list[tuple[str, str, int]]:
    """The ``limit`` most frequent rules as (rule, family, count), ties in order of appearance."""
    counts: Counter[str] = Counter()
    families: dict[str, str] = {}
    for finding in findings:
        rule = str(finding.get("rule") or finding.get("code") or "?")
        counts[rule] += 1
        families.setdefault(rule, str(finding.get("family") or "other"))
    return [(rule, families[rule], count) for rule, count in counts.most_common(limit)]


# -- charts ------------------------------------------------------------------------------------


def _nice_step(maximum: int, ticks: int = 4) -> int:
    if maximum <= 0:
        return 1
    raw = maximum / ticks
    magnitude = 10 ** math.floor(math.log10(raw)) if raw >= 1 else 1
    for factor in (1, 2, 5, 10):
        step = int(factor * magnitude)
        if step >= raw:
            return max(step, 1)
    return int(10 * magnitude)


def _bin_labels(edges: Sequence[float]) -> list[str]:
    def fmt(x: float) -> str:
        return f"{x:g}"

    return [f"{fmt(edges[i])}–{fmt(edges[i + 1])}" for i in range(len(edges) - 1)]


def _histogram_data(histogram: Any) -> tuple[list[float], list[int], dict[str, list[int]]]:
    edges: list[float] = [float(x) for x in range(0, 101, 10)]
    overall: list[int] = [0] * 10
    by_source: dict[str, list[int]] = {}
    if isinstance(histogram, Mapping):
        given = histogram.get("edges")
        if isinstance(given, Sequence) and len(given) >= 2 and all(_float(x) is not None for x in given):
            edges = [float(x) for x in given]
        bins = len(edges) - 1

        def counts(values: Any) -> list[int]:
            values = list(values) if isinstance(values, Sequence) else []
            return [_int(values[i]) if i < len(values) else 0 for i in range(bins)]

        overall = counts(histogram.get("overall"))
        raw = histogram.get("by_source")
        if isinstance(raw, Mapping):
            by_source = {str(source): counts(values) for source, values in raw.items()}
    return edges, overall, by_source


def _histogram_svg(counts: Sequence[int], edges: Sequence[float], label: str, *, small: bool = False, chart_id: str) -> str:
    """Bars of ``counts`` over the bins of ``edges``, counts written above the bars."""
    if small:
        width, height, left, right, top, bottom = 240, 112, 6, 6, 16, 20
    else:
        width, height, left, right, top, bottom = 560, 250, 48, 12, 22, 46
    plot_w, plot_h = width - left - right, height - top - bottom
    bins = len(counts)
    maximum = max(counts, default=0)
    step = _nice_step(maximum)
    scale_top = maximum if small else max(step * math.ceil(maximum / step), 1)
    scale_top = max(scale_top, 1)
    slot = plot_w / max(bins, 1)
    gap = 2 if small else 4
    labels = _bin_labels(edges)
    total = sum(counts)
    description = f"{label}: " + (
        ", ".join(f"{labels[i]}: {counts[i]:,}" for i in range(bins)) if total else "no scored articles"
    )
    parts = [
        f'<svg id="{chart_id}" class="histogram" viewBox="0 0 {width} {height}" width="{width}" height="{height}"'
        f' role="img" aria-labelledby="{chart_id}-t" data-total="{total}">',
        f'<title id="{chart_id}-t">{_esc(description)}</title>',
    ]
    font = 9 if small else 11
    if not small:
        tick = 0
        while tick <= scale_top:
            y = top + plot_h - plot_h * tick / scale_top
            parts.append(f'<line class="grid" x1="{left}" x2="{width - right}" y1="{y:.1f}" y2="{y:.1f}"/>')
            parts.append(f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end" font-size="{font}">{tick:,}</text>')
            tick += step
        parts.append(
            f'<text transform="translate(12 {top + plot_h / 2:.0f}) rotate(-90)" text-anchor="middle" font-size="12">articles</text>'
        )
        parts.append(
            f'<text x="{left + plot_w / 2:.0f}" y="{height - 6}" text-anchor="middle" font-size="12">'
            "substance score (0 = says nothing, 100 = substantive)</text>"
        )
    for i, count in enumerate(counts):
        bar_h = plot_h * count / scale_top if count else 0
        x = left + i * slot + gap / 2
        y = top + plot_h - bar_h
        parts.append(
            f'<g data-bin="{i}" data-count="{count}"><title>{_esc(labels[i])}: {count:,} article{"" if count == 1 else "s"}</title>'
            f'<rect class="bar" x="{x:.1f}" y="{y:.1f}" width="{slot - gap:.1f}" height="{bar_h:.1f}"/>'
        )
        if count:
            parts.append(
                f'<text class="count" x="{x + (slot - gap) / 2:.1f}" y="{y - 3:.1f}" text-anchor="middle" font-size="{font}">{count:,}</text>'
            )
        parts.append("</g>")
    parts.append(f'<line class="axis" x1="{left}" x2="{width - right}" y1="{top + plot_h}" y2="{top + plot_h}"/>')
    tick_every = 5 if small else 1
    for i, edge in enumerate(edges):
        if i % tick_every and i != len(edges) - 1:
            continue
        x = left + i * slot
        anchor = "start" if small and i == 0 else "end" if small and i == len(edges) - 1 else "middle"
        parts.append(f'<line class="axis" x1="{x:.1f}" x2="{x:.1f}" y1="{top + plot_h}" y2="{top + plot_h + 4}"/>')
        parts.append(
            f'<text x="{x:.1f}" y="{top + plot_h + 15}" text-anchor="{anchor}" font-size="{font}">{edge:g}</text>'
        )
    if not total:
        parts.append(
            f'<text x="{left + plot_w / 2:.0f}" y="{top + plot_h / 2:.0f}" text-anchor="middle" font-size="{font + 1}" class="muted">no scored articles</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def _families_svg(by_family: Mapping[str, Any]) -> str:
    counts = {family: _int(by_family.get(family)) for family in FAMILIES}
    for family, value in by_family.items():
        if family not in counts:
            counts[str(family)] = _int(value)
    total = sum(counts.values())
    rows = sorted(counts.items(), key=lambda item: (-item[1], list(counts).index(item[0])))
    width, row_h, left, right, top = 560, 25, 168, 96, 6
    height = top + row_h * len(rows) + 6
    plot_w = width - left - right
    maximum = max(counts.values(), default=0) or 1
    description = "Findings by family: " + ", ".join(f"{family}: {count:,}" for family, count in rows)
    parts = [
        f'<svg id="families-chart" viewBox="0 0 {width} {height}" width="{width}" height="{height}" role="img"'
        f' aria-labelledby="families-chart-t" data-total="{total}">',
        f'<title id="families-chart-t">{_esc(description)}</title>',
    ]
    for i, (family, count) in enumerate(rows):
        y = top + i * row_h
        bar = FAMILY_COLOURS.get(family, _OTHER_COLOURS)[0]
        bar_w = plot_w * count / maximum
        share = f"{count / total:.0%}" if total else "0%"
        parts.append(
            f'<g data-family="{_esc(family)}" data-count="{count}"><title>{_esc(family)}: {count:,} findings ({share})</title>'
            f'<text x="{left - 8}" y="{y + 16}" text-anchor="end" font-size="12">{_esc(family)}</text>'
            f'<rect x="{left}" y="{y + 4}" width="{max(bar_w, 0):.1f}" height="{row_h - 8}" rx="2" fill="{bar}"/>'
            f'<text x="{left + bar_w + 6:.1f}" y="{y + 16}" font-size="12"><tspan class="count">{count:,}</tspan>'
            f' <tspan fill="#667085">({share})</tspan></text></g>'
        )
    parts.append(f'<line class="axis" x1="{left}" x2="{left}" y1="{top}" y2="{height - 4}"/>')
    parts.append("</svg>")
    return "".join(parts)


# -- highlighting ------------------------------------------------------------------------------


def _finding_label(finding: Mapping[str, Any]) -> str:
    """``LN101 repeated-sentence (warning): message``, leaving out what the finding lacks."""
    head = " ".join(str(finding[k]) for k in ("code", "rule") if finding.get(k))
    if finding.get("severity"):
        head += f" ({finding['severity']})"
    message = str(finding.get("message") or "")
    return f"{head}: {message}" if head and message else head or message


def _span(finding: Mapping[str, Any], size: int) -> tuple[int, int] | None:
    offset, length = finding.get("offset"), finding.get("length")
    if isinstance(offset, bool) or not isinstance(offset, int) or not 0 <= offset <= size:
        return None
    length = length if isinstance(length, int) and not isinstance(length, bool) and length > 0 else 0
    return offset, min(size, offset + length)


def _mark(text: str, covering: Sequence[int], findings: Sequence[Mapping[str, Any]], spans: Sequence[tuple[int, int] | None], point: bool = False) -> str:
    def strength(i: int) -> tuple[int, int]:
        start, end = spans[i] or (0, 0)
        return (_SEVERITY_RANK.get(str(findings[i].get("severity")), 0), -(end - start))

    primary = max(covering, key=strength)
    families = list(dict.fromkeys(str(findings[i].get("family") or "other") for i in covering))
    classes = [f"fam-{_css_name(family)}" for family in families]
    if len(covering) > 1:
        classes.append("overlap")
    if point:
        classes.append("point")
    title = "\n".join(_finding_label(findings[i]) for i in covering)
    style = ""
    if len(families) > 1:  # one horizontal band of colour per family, top to bottom
        colours = [FAMILY_COLOURS.get(family, _OTHER_COLOURS)[1] for family in families[:4]]
        step = 100 / len(colours)
        bands = ",".join(f"{c} {i * step:.0f}% {(i + 1) * step:.0f}%" for i, c in enumerate(colours))
        style = f' style="background:linear-gradient({bands})"'
    return (
        f'<mark class="{" ".join(classes)}" data-family="{_esc(findings[primary].get("family") or "other")}"'
        f' data-sev="{_esc(findings[primary].get("severity") or "")}" data-f="{" ".join(map(str, covering))}"'
        f'{style} title="{_esc(title)}">{_esc(text)}</mark>'
    )


def highlight(text: str, findings: Sequence[Mapping[str, Any]]) -> str:
    """``text`` escaped, each finding's span (``offset``/``length`` in code points) in ``<mark>``.

    Overlapping findings split the text into non-overlapping segments, each one ``<mark>`` that
    carries every finding covering it (``data-f``: their indexes in ``findings``; classes
    ``fam-<family>`` for each; ``overlap`` when more than one). A zero-length finding is an empty
    ``mark.point``. Findings without a usable offset are not highlighted (they are still listed).
    """
    size = len(text)
    spans = [_span(finding, size) for finding in findings]
    starts: dict[int, list[int]] = {}
    ends: dict[int, list[int]] = {}
    points: dict[int, list[int]] = {}
    for i, span in enumerate(spans):
        if span is None:
            continue
        start, end = span
        if start == end:
            points.setdefault(start, []).append(i)
        else:
            starts.setdefault(start, []).append(i)
            ends.setdefault(end, []).append(i)
    boundaries = sorted({0, size, *starts, *ends, *points})
    active: set[int] = set()
    out: list[str] = []
    for position, following in zip(boundaries, [*boundaries[1:], None]):
        active.difference_update(ends.get(position, ()))
        active.update(starts.get(position, ()))
        if position in points:
            out.append(_mark("", sorted(points[position]), findings, spans, point=True))
        if following is None:
            break
        segment = text[position:following]
        out.append(_mark(segment, sorted(active), findings, spans) if active else _esc(segment))
    return "".join(out)


# -- sections ----------------------------------------------------------------------------------


def _summary_section(summary: Mapping[str, Any]) -> str:
    severities = summary.get("by_severity") if isinstance(summary.get("by_severity"), Mapping) else {}
    counts = {severity: _int(severities.get(severity)) for severity in SEVERITIES}
    stats = [
        ("articles", "Articles linted", "", _int(summary.get("articles")), _count(summary.get("articles"))),
        ("bad_rows", "Rows skipped", "rows with no text, or of the wrong type", _int(summary.get("bad_rows")),
         _count(summary.get("bad_rows"))),
        ("median_substance", "Median substance", "0 says nothing, 100 substantive; articles without a score left out",
         _float(summary.get("median_substance")), _score_text(summary.get("median_substance"))),
        ("share_with_errors", "Articles with errors", "share of articles with at least one error-severity finding",
         _float(summary.get("share_with_errors")), _share_text(summary.get("share_with_errors"))),
    ]
    items = ""
    for key, label, hint, value, shown in stats:
        hint = f' title="{hint}"' if hint else ""
        items += f'<div class="stat" data-stat="{key}" data-value="{_sort_value(value)}"{hint}><dt>{label}</dt><dd class="value">{shown}</dd></div>'
    total = sum(counts.values())
    breakdown = " · ".join(
        f'<span class="sev {severity}" data-stat="{severity}" data-value="{counts[severity]}"><span class="value">'
        f'{counts[severity]:,}</span> {severity if severity == "info" or counts[severity] == 1 else severity + "s"}</span>'
        for severity in SEVERITIES
    )
    items += (
        f'<div class="stat wide" data-stat="findings" data-value="{total}"><dt>Findings</dt><dd class="value">{total:,}</dd>'
        f'<dd class="breakdown">{breakdown}</dd></div>'
    )
    return f'<section id="summary" aria-labelledby="summary-h"><h2 id="summary-h">Summary</h2><dl class="stats">{items}</dl></section>'


def _scores_sections(summary: Mapping[str, Any]) -> str:
    edges, overall, _ = _histogram_data(summary.get("histogram"))
    by_family = summary.get("by_family") if isinstance(summary.get("by_family"), Mapping) else {}
    histogram = (
        '<section id="histogram" aria-labelledby="histogram-h"><h2 id="histogram-h">Substance scores</h2>'
        f"<figure>{_histogram_svg(overall, edges, 'Substance scores, all articles', chart_id='histogram-overall')}"
        f'<figcaption>{sum(overall):,} scored articles in {len(edges) - 1} bins (the last one includes {edges[-1]:g}). '
        "Low scores: the article says little that is checkable.</figcaption></figure></section>"
    )
    families = (
        '<section id="families" aria-labelledby="families-h"><h2 id="families-h">Findings by family</h2>'
        f"<figure>{_families_svg(by_family)}<figcaption>Findings of every severity. The colours are those of the "
        "highlights in each article's view.</figcaption></figure></section>"
    )
    return f'<div class="charts">{histogram}{families}</div>'


def _sources_section(summary: Mapping[str, Any]) -> str:
    sources = [s for s in summary.get("sources") or [] if isinstance(s, Mapping)]
    edges, _, by_source = _histogram_data(summary.get("histogram"))
    rows = []
    for source in sources:
        name = source.get("source")
        median = _float(source.get("median_substance"))
        share = _float(source.get("share_with_errors"))
        rules = [r for r in source.get("top_rules") or [] if isinstance(r, Mapping)]
        rules_html = "".join(
            f'<li>{_family_swatch(r.get("family"))}{_esc(r.get("rule"))} <code>{_esc(r.get("code"))}</code>'
            f' <span class="muted">× {_count(r.get("findings"))}</span></li>'
            for r in rules[:5]
        )
        rows.append(
            f'<tr data-source="{_esc(name)}"><td class="src">{_esc(name) if name is not None else "<span class=muted>(none)</span>"}</td>'
            f'<td class="num" data-sort="{_int(source.get("articles"))}">{_count(source.get("articles"))}</td>'
            f'<td class="num" data-sort="{_sort_value(median)}">{_score_text(median)}</td>'
            f'<td class="num" data-sort="{_sort_value(share)}">{_share_text(share)}</td>'
            f'<td class="rules-cell"><ul class="rules">{rules_html}</ul></td></tr>'
        )
    if rows:
        table = (
            '<table id="sources" class="sortable"><thead><tr>'
            '<th scope="col" data-type="text"><button type="button">Source</button></th>'
            '<th scope="col" class="num" data-type="num"><button type="button">Articles</button></th>'
            '<th scope="col" class="num" data-type="num"><button type="button">Median substance</button></th>'
            '<th scope="col" class="num" data-type="num"><button type="button">With errors</button></th>'
            '<th scope="col">Top rules</th></tr></thead><tbody>' + "".join(rows) + "</tbody></table>"
        )
    else:
        table = '<p class="note">No sources.</p>'
    order = [str(s.get("source")) for s in sources if str(s.get("source")) in by_source]
    order += [name for name in by_source if name not in order]
    facts = {str(s.get("source")): s for s in sources}
    figures = []
    for i, name in enumerate(order[:SOURCE_CHARTS], 1):
        fact = facts.get(name, {})
        caption = f'<strong>{_esc(name)}</strong> · {sum(by_source[name]):,} scored'
        if _float(fact.get("median_substance")) is not None:
            caption += f" · median {_score_text(fact.get('median_substance'))}"
        figures.append(
            f'<figure class="source-hist" data-source="{_esc(name)}"><figcaption>{caption}</figcaption>'
            f"{_histogram_svg(by_source[name], edges, f'Substance scores, {name}', small=True, chart_id=f'histogram-source-{i}')}</figure>"
        )
    left_out = (
        f" The {SOURCE_CHARTS} sources with the most articles; {len(order) - SOURCE_CHARTS:,} more are in the table only."
        if len(order) > SOURCE_CHARTS
        else ""
    )
    multiples = (
        '<h3>Substance scores by source</h3><p class="note">Each chart has its own vertical scale; bins as above (0 to 100).'
        f"{left_out}</p>"
        f'<div class="multiples">{"".join(figures)}</div>'
        if figures
        else ""
    )
    return f'<section id="sources-section" aria-labelledby="sources-h"><h2 id="sources-h">Sources</h2>{table}{multiples}</section>'


def _passages_section(summary: Mapping[str, Any], anchors: Mapping[str, int]) -> str:
    passages = [p for p in summary.get("shared_passages") or [] if isinstance(p, Mapping)]
    items = []
    unlinked = False
    for i, passage in enumerate(passages, 1):
        text = str(passage.get("text") or "")
        if len(text) > PASSAGE_PREVIEW:
            cut = text[:PASSAGE_PREVIEW].rsplit(" ", 1)[0] if " " in text[:PASSAGE_PREVIEW] else text[:PASSAGE_PREVIEW]
            body = (
                f'<details><summary><span class="preview">{_esc(cut)}… </span><span class="more">full passage</span></summary>'
                f"{_esc(text)}</details>"
            )
        else:
            body = _esc(text)
        ids = [str(x) for x in passage.get("ids") or []]

        def link(article_id: str) -> str:
            nonlocal unlinked
            if article_id in anchors:
                return f'<a href="#article-{anchors[article_id]}" class="id">{_esc(article_id)}</a>'
            unlinked = True
            return f'<span class="id">{_esc(article_id)}</span>'

        id_html = " ".join(link(x) for x in ids[:PASSAGE_IDS])
        if len(ids) > PASSAGE_IDS:
            id_html += (
                f' <details class="more-ids"><summary>{len(ids) - PASSAGE_IDS:,} more</summary>'
                + " ".join(link(x) for x in ids[PASSAGE_IDS:])
                + "</details>"
            )
        items.append(
            f'<li class="passage" data-articles="{_int(passage.get("articles"))}"><blockquote>{body}</blockquote>'
            f'<div class="ids"><strong>{_count(passage.get("words"))} words, in {_count(passage.get("articles"))} articles:</strong> {id_html}</div></li>'
        )
    if items:
        note = '<p class="note">Most-shared first. Ids without a link are not among the articles of this report.</p>' if unlinked else '<p class="note">Most-shared first.</p>'
        content = f'{note}<ol class="passages">{"".join(items)}</ol>'
    else:
        content = '<p class="note">No passage is shared across articles.</p>'
    return f'<section id="shared-passages" aria-labelledby="passages-h"><h2 id="passages-h">Shared passages</h2>{content}</section>'


def _shown_sentence(shown: int, total: int) -> str:
    if shown < total:
        return f"Showing {shown:,} of {total:,} articles, lowest substance first."
    if shown == 0:
        return "No articles."
    return f"Showing all {shown:,} article{'' if shown == 1 else 's'}, lowest substance first."


def _article_row(n: int, article: Mapping[str, Any]) -> str:
    article_id = str(article.get("id") if article.get("id") is not None else f"#{n}")
    source = article.get("source")
    title = article.get("title")
    url = _http_url(article.get("url"))
    score, band = _substance(article)
    findings = _findings(article)
    severities = _severity_counts(article)
    top = _top_rules(findings)
    words = {article_id, str(source or ""), str(title or "")}
    for finding in findings:
        words.add(str(finding.get("rule") or ""))
        words.add(str(finding.get("code") or ""))
        words.add(str(finding.get("family") or ""))
    query = " ".join(sorted(w for w in words if w)).lower()
    ext = f'<a class="ext" href="{_esc(url)}" rel="noopener noreferrer" target="_blank" title="open the original">↗</a>' if url else ""
    band_html = f'<span class="band {_css_name(band)}">{_esc(band)}</span>' if band else '<span class="muted">—</span>'
    top_html = "".join(
        f'<li>{_family_swatch(family)}{_esc(rule)}{f" <span class=muted>× {count}</span>" if count > 1 else ""}</li>'
        for rule, family, count in top
    )
    return (
        f'<tr id="row-{n}" data-id="{_esc(article_id)}" data-source="{_esc(source or "")}" data-q="{_esc(query)}">'
        f'<td class="num" data-sort="{n}">{n}</td>'
        f'<td class="article" data-sort="{_esc(article_id)}"><a href="#article-{n}" class="id">{_esc(article_id)}</a>{ext}'
        + (f'<span class="title" title="{_esc(title)}">{_esc(title)}</span>' if title else "")
        + "</td>"
        f'<td class="src">{_esc(source or "")}</td>'
        f'<td class="num substance" data-sort="{_sort_value(score)}">{_score_text(score)}</td>'
        f'<td data-sort="{_BAND_ORDER.get(band or "", "")}">{band_html}</td>'
        f'<td class="num" data-sort="{severities["error"]}">{severities["error"]:,}</td>'
        f'<td class="num findings" data-sort="{len(findings)}">{len(findings):,}</td>'
        f'<td class="rules-cell"><ul class="rules">{top_html}</ul></td></tr>'
    )


def _articles_section(summary: Mapping[str, Any], articles: Sequence[Mapping[str, Any]]) -> str:
    total = _int(summary.get("articles"), len(articles))
    sentence = _shown_sentence(len(articles), max(total, len(articles)))
    sources = sorted({str(a.get("source")) for a in articles if a.get("source") is not None})
    options = "".join(f'<option value="{_esc(s)}">{_esc(s)}</option>' for s in sources)
    rows = "".join(_article_row(n, article) for n, article in enumerate(articles, 1))
    if articles:
        body = (
            '<div class="controls"><label>Filter <input type="search" id="filter" placeholder="id, title, source or rule"'
            ' autocomplete="off"></label>'
            f'<label>Source <select id="source-filter"><option value="">all sources</option>{options}</select></label>'
            '<span id="shown-count" aria-live="polite"></span></div>'
            '<table id="articles" class="sortable"><colgroup><col class="c-rank"><col class="c-article"><col class="c-source">'
            '<col class="c-score"><col class="c-band"><col class="c-errors"><col class="c-findings"><col class="c-rules"></colgroup><thead><tr>'
            '<th scope="col" class="num" data-type="num"><button type="button">#</button></th>'
            '<th scope="col" data-type="text"><button type="button">Article</button></th>'
            '<th scope="col" data-type="text"><button type="button">Source</button></th>'
            '<th scope="col" class="num" data-type="num" data-col="substance"><button type="button">Substance</button></th>'
            '<th scope="col" data-type="num"><button type="button">Band</button></th>'
            '<th scope="col" class="num" data-type="num"><button type="button">Errors</button></th>'
            '<th scope="col" class="num" data-type="num" data-col="findings"><button type="button">Findings</button></th>'
            f'<th scope="col">Top findings</th></tr></thead><tbody>{rows}</tbody></table>'
        )
    else:
        body = ""
    return (
        '<section id="articles-section" aria-labelledby="articles-h"><h2 id="articles-h">Articles</h2>'
        f'<p class="note" id="shown-sentence" data-shown="{len(articles)}" data-total="{max(total, len(articles))}">{sentence}'
        f'{" Click an id to read the article with its findings highlighted; click a column header to sort." if articles else ""}</p>'
        f"{body}</section>"
    )


def _article_view(n: int, count: int, article: Mapping[str, Any]) -> str:
    article_id = str(article.get("id") if article.get("id") is not None else f"#{n}")
    text = article.get("text")
    text = text if isinstance(text, str) else ""
    findings = _findings(article)
    order = sorted(range(len(findings)), key=lambda i: (_span(findings[i], len(text)) or (len(text) + 1, 0), i))
    findings = [findings[i] for i in order]
    score, band = _substance(article)
    severities = _severity_counts(article)
    url = _http_url(article.get("url"))
    source = article.get("source")
    meta = []
    if source is not None:
        meta.append(f"source <strong>{_esc(source)}</strong>")
    if url:
        meta.append(f'<a href="{_esc(url)}" rel="noopener noreferrer" target="_blank">{_esc(url)}</a>')
    elif article.get("url"):
        meta.append(f'<span class="muted">{_esc(article.get("url"))}</span>')
    substance = f"substance <strong>{_score_text(score)}</strong>"
    if band:
        substance += f' <span class="band {_css_name(band)}">{_esc(band)}</span>'
    meta.append(substance)
    meta.append(", ".join(f'<span class="sev {s}">{severities[s]:,} {s}{"s" if s != "info" and severities[s] != 1 else ""}</span>' for s in SEVERITIES))
    families = list(dict.fromkeys(str(f.get("family") or "other") for f in findings))
    legend = " ".join(f"<span>{_family_swatch(family)}{_esc(family)}</span>" for family in families)
    rows = []
    for i, finding in enumerate(findings):
        located = _span(finding, len(text)) is not None
        where = f"{_int(finding.get('line'))}:{_int(finding.get('column'))}" if finding.get("line") is not None else "—"
        suggestion = finding.get("suggestion")
        rows.append(
            f'<tr data-f="{i}"{"" if located else " data-unlocated"}><td class="num">{i + 1}</td><td class="num"><code>{where}</code></td>'
            f"<td><code>{_esc(finding.get('code'))}</code></td>"
            f"<td>{_family_swatch(finding.get('family'))}{_esc(finding.get('rule'))}</td>"
            f'<td><span class="sev {_css_name(finding.get("severity"))}">{_esc(finding.get("severity"))}</span></td>'
            f"<td>{_esc(finding.get('message'))}"
            + (f'<div class="suggestion">Suggestion: {_esc(suggestion)}</div>' if suggestion else "")
            + ("" if located else ' <span class="muted">(not located in the text)</span>')
            + "</td></tr>"
        )
    findings_html = (
        '<table class="findings"><thead><tr><th class="num">#</th><th class="num">Line:col</th><th>Code</th><th>Rule</th>'
        f'<th>Severity</th><th>Message</th></tr></thead><tbody>{"".join(rows)}</tbody></table>'
        if rows
        else '<p class="note">No findings.</p>'
    )
    nav = [f'<a class="close" href="#row-{n}">✕ Close <span class="muted">(Esc)</span></a>']
    if n > 1:
        nav.append(f'<a class="prev" href="#article-{n - 1}">← previous</a>')
    if n < count:
        nav.append(f'<a class="next" href="#article-{n + 1}">next →</a>')
    return (
        f'<section class="article" id="article-{n}" data-id="{_esc(article_id)}" aria-labelledby="article-{n}-h">'
        f'<div class="panel"><nav class="article-nav">{"".join(nav)}</nav>'
        f'<h3 id="article-{n}-h"><code>{_esc(article_id)}</code> {_esc(article.get("title") or "")}</h3>'
        f'<p class="meta">{" · ".join(meta)}</p>'
        + (f'<p class="legend">{legend}</p>' if legend else "")
        + f'<div class="text">{highlight(text, findings)}</div>'
        f"<h4>Findings ({len(findings):,})</h4>{findings_html}</div></section>"
    )


# -- the document ------------------------------------------------------------------------------


def render_report(summary: dict, articles: list[dict], title: str = "lint-news audit") -> str:
    """The whole HTML document as a string: ``summary`` (the scan summary) and ``articles`` (the
    rows of the articles table and their views, in the order given)."""
    summary = summary if isinstance(summary, Mapping) else {}
    articles = [a for a in articles or [] if isinstance(a, Mapping)]
    anchors: dict[str, int] = {}
    for n, article in enumerate(articles, 1):
        if article.get("id") is not None:
            anchors.setdefault(str(article["id"]), n)
    tool = summary.get("tool") if isinstance(summary.get("tool"), Mapping) else {}
    tool_name = f"{tool.get('name') or 'lint-news'} {tool.get('version') or ''}".strip()
    generated = summary.get("generated") or summary.get("created")
    subtitle = f"{_count(summary.get('articles'))} articles · report by {_esc(tool_name)}"
    if generated:
        subtitle += f" · {_esc(generated)}"
    toc = (
        '<nav class="toc" aria-label="Sections"><a href="#summary">Summary</a><a href="#histogram">Substance scores</a>'
        '<a href="#families">Findings by family</a><a href="#sources-section">Sources</a>'
        '<a href="#shared-passages">Shared passages</a><a href="#articles-section">Articles</a></nav>'
    )
    views = "".join(_article_view(n, len(articles), article) for n, article in enumerate(articles, 1))
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<meta name="generator" content="{_esc(tool_name)}">'
        f"<title>{_esc(title)}</title>\n<style>\n{_CSS}\n</style></head>\n<body>\n"
        f'<header class="top"><h1>{_esc(title)}</h1><p class="muted subtitle">{subtitle}</p>{toc}</header>\n'
        "<main>\n"
        + _summary_section(summary)
        + "\n"
        + _scores_sections(summary)
        + "\n"
        + _sources_section(summary)
        + "\n"
        + _passages_section(summary, anchors)
        + "\n"
        + _articles_section(summary, articles)
        + f'\n<div id="article-views">{views}</div>\n</main>\n'
        f"<footer>Generated by {_esc(tool_name)}. This file is self-contained: it loads nothing from the network.</footer>\n"
        f"<script>{_SCRIPT}</script>\n</body></html>\n"
    )


def write_report(path: str | os.PathLike[str], summary: dict, articles: list[dict], title: str = "lint-news audit") -> None:
    """Render and write atomically (:mod:`lint_news.atomic`)."""
    from lint_news.atomic import write_atomically

    write_atomically(Path(path), render_report(summary, articles, title).encode("utf-8", "replace"))
