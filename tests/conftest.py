"""Shared helpers: run the real command line, validate JSON against the shipped schema."""

from __future__ import annotations

import atexit
import json
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "fixtures"
SHARED = REPO.parent / "shared"
ARTICLE_SUFFIXES = (".txt", ".md", ".html")
CLEAN_FIXTURES = sorted(p for p in (FIXTURES / "clean").iterdir() if p.suffix in ARTICLE_SUFFIXES)
PADDED_FIXTURES = sorted(p for p in (FIXTURES / "padded").iterdir() if p.suffix in ARTICLE_SUFFIXES)

# The start-up cache (lint_news.cache) of this test run, never the user's: the subprocesses the
# tests start inherit it. Entries are keyed by content, so sharing one folder is safe.
_CACHE_DIR = tempfile.mkdtemp(prefix="lint-news-test-cache-")
os.environ["LINT_NEWS_CACHE_DIR"] = _CACHE_DIR
atexit.register(shutil.rmtree, _CACHE_DIR, True)

#: A headline and a plain, sourced first paragraph to put rule examples under.
HEADLINE = "Harlow council approves new budget\n\n"
LEAD = "The Harlow city council approved a $48 million budget on Tuesday by a vote of 5-2.\n\n"


def house_pack(message: str = "Stock phrase '{match}': say what happened") -> str:
    """A newsroom's own one-rule pack (HS101, family filler, "at the end of the day")."""
    return (
        '[pack]\nname = "house"\ndescription = "Our own rules"\n\n[[rule]]\ncode = "HS101"\nname = "banned-cliche"\n'
        'family = "filler"\nseverity = "warning"\nkind = "pattern"\n'
        f"message = {json.dumps(message)}\n"
        'summary = "Phrases the style guide bans."\nwhy = "They say nothing."\n'
        'bad = "At the end of the day, the vote failed."\ngood = "The vote failed 4-3."\n'
        'options = { patterns = ["\\\\bat the end of the day\\\\b"] }\n'
    )


def at(text: str, needle: str, occurrence: int = 1) -> tuple[int, int]:
    """1-based (line, column) of the ``occurrence``-th ``needle`` in ``text``."""
    index = -1
    for _ in range(occurrence):
        index = text.index(needle, index + 1)
    line = text.count("\n", 0, index) + 1
    column = index - (text.rfind("\n", 0, index) + 1) + 1
    return line, column


def positions(findings) -> list[tuple[str, int, int]]:
    return sorted((f.code, f.line, f.column) for f in findings)


@dataclass
class Result:
    code: int
    stdout: str
    stderr: str

    @property
    def json(self) -> dict:
        data = json.loads(self.stdout)
        validate_report(data)
        return data


def run_cli(*args: str, stdin: bytes | None = None, cwd: Path | None = None, env: dict[str, str] | None = None) -> Result:
    """Run ``lint-news`` as a user would: a separate process, real exit code, real streams.

    ``env`` adds (or overrides) environment variables, e.g. ``PYTHONPATH`` for a plugin.
    """
    env = {**{k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "LINT_NEWS_DEBUG")}, **(env or {})}
    process = subprocess.run(
        [sys.executable, "-m", "lint_news", *args],
        input=stdin if stdin is not None else b"",
        capture_output=True,
        cwd=cwd,
        env=env,
        timeout=120,
    )
    return Result(process.returncode, process.stdout.decode("utf-8"), process.stderr.decode("utf-8"))


_SCHEMA = None


def validate_report(data: dict) -> None:
    """Validate a JSON report against the schema shipped in the package."""
    global _SCHEMA
    import jsonschema

    if _SCHEMA is None:
        _SCHEMA = json.loads(resources.files("lint_news.schemas").joinpath("report.schema.json").read_text("utf-8"))
        jsonschema.Draft202012Validator.check_schema(_SCHEMA)
    jsonschema.Draft202012Validator(_SCHEMA).validate(data)


def findings_of(data: dict, index: int = 0) -> list[tuple[str, int, int]]:
    return [(f["family"], f["line"], f["column"]) for f in data["files"][index]["findings"]]


@pytest.fixture
def seed_article() -> Path:
    path = SHARED / "examples" / "seed-article.txt"
    if not path.is_file():
        pytest.skip("../shared/examples/seed-article.txt is not available")
    return path


_SCAN_VALIDATORS: dict[str, object] = {}


def validate_scan(data: dict, definition: str) -> None:
    """Validate a scan output row (``definition`` "row") or summary ("summary") against the shipped schema."""
    import jsonschema
    from referencing import Registry, Resource

    if definition not in _SCAN_VALIDATORS:
        schemas = resources.files("lint_news.schemas")
        report = json.loads(schemas.joinpath("report.schema.json").read_text("utf-8"))
        scan = json.loads(schemas.joinpath("scan.schema.json").read_text("utf-8"))
        jsonschema.Draft202012Validator.check_schema(scan)
        registry = Registry().with_resources([(schema["$id"], Resource.from_contents(schema)) for schema in (report, scan)])
        _SCAN_VALIDATORS[definition] = jsonschema.Draft202012Validator({"$ref": f"{scan['$id']}#/$defs/{definition}"}, registry=registry)
    _SCAN_VALIDATORS[definition].validate(data)
