"""``pip install .`` gives a working lint-news with the rule packs as package data.

Installs the project into a scratch folder and runs it from outside the source
tree, so nothing can be picked up from the checkout by accident.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from conftest import REPO


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    target = tmp_path_factory.mktemp("site")
    build = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-warn-script-location", "--target", str(target), str(REPO)],
        capture_output=True, text=True, timeout=300,
    )
    if build.returncode != 0:
        pytest.fail(f"pip install failed: {build.stderr[-2000:]}")
    return target


def _run(installed, *args, stdin=""):
    env = {**os.environ, "PYTHONPATH": str(installed)}
    outside = installed.parent
    return subprocess.run([sys.executable, "-m", "lint_news", *args], capture_output=True, text=True, input=stdin, cwd=outside, env=env, timeout=60)


def test_installed_copy_carries_packs_schema_and_punkt_parameters(installed):
    package = installed / "lint_news"
    assert sorted(p.name for p in (package / "packs").glob("*.toml")) == sorted(p.name for p in (REPO / "rules").glob("*.toml"))
    assert (package / "schemas" / "report.schema.json").is_file()
    assert (package / "data" / "punkt_english.json").is_file()


def test_installed_copy_runs_outside_the_source_tree(installed):
    probe = subprocess.run([sys.executable, "-c", "import lint_news; print(lint_news.__file__)"], capture_output=True, text=True,
                           cwd=installed.parent, env={**os.environ, "PYTHONPATH": str(installed)})
    assert probe.stdout.strip().startswith(str(installed))
    rules = _run(installed, "rules")
    assert rules.returncode == 0 and "LN801" in rules.stdout and "packs" in _run(installed, "rule", "LN801").stdout
    checked = _run(installed, "check", "--quiet", "--stdin-filename", "s.txt", "-", stdin="Title\n\nTitle\n\nMr. Ruiz set the date as TK.\n")
    assert checked.returncode == 1
    assert checked.stdout.splitlines() == [
        "s.txt:3:1: LN201 [duplicated-headline] Headline repeated on line 3 (first on line 1): delete one",
        "s.txt:5:26: LN801 [placeholder-text] 'TK' marks material still to come: fill it in or cut the sentence before publishing",
    ]
