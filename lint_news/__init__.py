"""lint-news: a linter for AI-generated and boilerplate journalism.

Use it from Python::

    import lint_news

    report = lint_news.lint_text(open("story.md").read(), path="story.md")
    for finding in report.findings:
        print(finding.line, finding.column, finding.code, finding.family, finding.message)

``lint_text`` lints a string with the given configuration (defaults when
``config`` is None; a :class:`Config` or the path of a configuration file
otherwise). ``lint_path`` lints a file or a folder exactly as
``lint-news check`` does, finding configuration files next to the articles.
Both return a :class:`Report`, the object the command line formats.
``fix_text`` applies the fixes the findings carry, as ``lint-news check --fix``
does, and returns the fixed text, the fixes applied and what remains.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

__version__ = "0.1.0"
__all__ = [
    "Config",
    "FileReport",
    "Finding",
    "Report",
    "Severity",
    "Substance",
    "__version__",
    "fix_text",
    "lint_path",
    "lint_text",
]

if TYPE_CHECKING:
    from os import PathLike

    from lint_news.config import Config
    from lint_news.fixer import FixResult
    from lint_news.findings import Finding, Severity
    from lint_news.report import FileReport, Report, Substance

_LAZY = {
    "Config": "lint_news.config",
    "Finding": "lint_news.findings",
    "Severity": "lint_news.findings",
    "FileReport": "lint_news.report",
    "Report": "lint_news.report",
    "Substance": "lint_news.report",
}


def __getattr__(name: str):
    # Keep ``import lint_news`` cheap for the command line: load on first use.
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'lint_news' has no attribute {name!r}")


def lint_text(text: str, path: str | None = None, config: Config | str | PathLike | None = None) -> Report:
    """Lint ``text``; ``path`` names it (and picks the format by suffix: .md, .html, else plain)."""
    from pathlib import Path

    from lint_news.config import DEFAULT, Config, load_config
    from lint_news.report import Report
    from lint_news.runner import lint_source

    if config is None:
        config = DEFAULT
    elif not isinstance(config, Config):
        config = load_config(Path(config).resolve())
    return Report([lint_source(text, path or "<text>", config)])


def fix_text(text: str, path: str | None = None, config: Config | str | PathLike | None = None, unsafe: bool = False) -> FixResult:
    """Apply the fixes of ``text``'s findings (the safe ones; all with ``unsafe``), pass by pass
    as ``check --fix`` does, and return the fixed text, the fixes applied and what remains."""
    from pathlib import Path

    from lint_news.config import DEFAULT, Config, load_config
    from lint_news.fixer import FixResult, fix_source

    if config is None:
        config = DEFAULT
    elif not isinstance(config, Config):
        config = load_config(Path(config).resolve())
    outcome, report = fix_source(text, path or "<text>", config, unsafe=unsafe)
    return FixResult(outcome.fixed, tuple(outcome.applied), report)


def lint_path(path: str | PathLike, config: str | PathLike | None = None, diff: str | None = None) -> Report:
    """Lint a file or folder as ``lint-news check PATH`` would (``config`` forces a file).

    ``diff`` is ``--diff``: only findings on lines changed since that git revision
    ("" for the staged changes or the default branch), asked of git in the current
    directory as the command line does; raises ``lint_news.diff.DiffError``."""
    from pathlib import Path

    from lint_news.runner import Overrides, run

    return run([str(path)], Overrides(config=Path(config) if config else None), diff=diff)
