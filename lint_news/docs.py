"""Rule documentation as ``lint-news rule CODE`` prints it (in the spirit of ``ruff rule``)."""

from __future__ import annotations

import textwrap

from lint_news.rules import Rule


def _indented(example: str) -> str:
    return textwrap.indent(example.strip("\n"), "    ")


def rule_documentation(rule: Rule) -> str:
    """Markdown documentation for one rule: what it finds, why it matters, a bad and a good example."""
    why = textwrap.dedent(rule.why).strip()
    parts = [
        f"# {rule.name} ({rule.code})",
        "",
        f"Family: {rule.family}",
        f"Default severity: {rule.severity.value}{'' if rule.enabled else ' (off unless selected)'}",
        f"Kind: {rule.kind}",
        f"Defined in: {rule.source}",
        "",
        "## What it finds",
        rule.summary,
        "",
        "## Why it matters",
        why,
        "",
        "## Example",
        "",
        _indented(rule.bad),
        "",
        "## Use instead",
        "",
        _indented(rule.good),
    ]
    return "\n".join(parts).rstrip() + "\n"
