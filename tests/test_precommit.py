"""The hooks in ``.pre-commit-hooks.yaml``, run by the real ``pre-commit try-repo``.

``try-repo`` installs the project and its dependencies from PyPI into a fresh
virtualenv, as a user's first ``pre-commit run`` would, then runs the hook in a
scratch newsroom repository. Each ``try-repo`` call builds its environment in a
throwaway store of its own (``Store(tempdir)`` in ``pre_commit/commands/try_repo.py``),
so the install cannot be shared between calls: each test installs afresh (about
20 s with warm download caches). ``PRE_COMMIT_HOME`` still points into the temporary folder: pre-commit
opens its store database and log there on every command.

The hooks are tried on a one-commit snapshot of the working tree, not on this
checkout itself: for a local path, ``try-repo`` takes HEAD, plus tracked files
that are modified or staged, but never untracked ones, so in a checkout where a
new module (or this hook manifest) is not yet added it would install something
other than what is on disk. In a clean CI clone the snapshot is HEAD.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pathspec
import pytest
from conftest import REPO, Result, at

PRE_COMMIT = Path(sys.executable).parent / "pre-commit"
TIMEOUT = 600

HEADLINE = "Marlow Water Board Raises Rates for Second Year"

#: The headline printed twice and a TK left in the copy.
PADDED = f"""# {HEADLINE}

# {HEADLINE}

The Marlow Water Board voted 4-1 on Thursday to raise residential water rates by TK percent from July, the second increase in two years.
"""

#: A headline, two paragraphs, a named source and a direct quote: nothing to report.
CLEAN = f"""# {HEADLINE}

The Marlow Water Board voted 4-1 on Thursday to raise residential water rates by 6 percent from July, the second increase in two years. A household using 5,000 gallons a month will pay about $3.10 more, according to figures the board's finance office released before the meeting.

Board chair Denise Okafor said the money would pay for replacing 11 miles of cast-iron pipe laid in the 1950s, most of it under the east side. "We are patching the same mains three and four times a year," Okafor said. "Every repair crew we send out is a crew that is not replacing pipe." The lone vote against came from board member Tomas Reyes, who asked the utility to phase the increase in over two years. The new rates take effect on July 1.
"""

#: Not an article: the hook's file pattern must leave it alone, TK and all.
SCRIPT = 'TITLE = "TK"\n'

#: An archived story whose old defects (headline twice, a TK) are committed ...
ARCHIVED = PADDED
#: ... and the line a new commit adds to it, with a new TK.
ADDED = "The board will meet again on TK to set the sewer rate.\n"


def _environment(home: Path) -> dict[str, str]:
    # GIT_DIR, GIT_INDEX_FILE... are set when the tests run inside a git hook; they would
    # point every git command below at the wrong repository.
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_") and k not in ("NO_COLOR", "LINT_NEWS_DEBUG")}
    return {**env, "PRE_COMMIT_HOME": str(home)}


def _git(*args: str, cwd: Path, env: dict[str, str]) -> None:
    done = subprocess.run(["git", "-c", "commit.gpgsign=false", *args], check=False, cwd=cwd, env=env, capture_output=True, text=True, timeout=60)
    if done.returncode != 0:
        pytest.fail(f"git {' '.join(args)} failed in {cwd}: {done.stderr.strip()}")


def _init(path: Path, env: dict[str, str]) -> Path:
    path.mkdir(exist_ok=True)
    _git("init", "--quiet", cwd=path, env=env)
    _git("config", "user.name", "lint-news tests", cwd=path, env=env)
    _git("config", "user.email", "tests@lint-news.invalid", cwd=path, env=env)
    return path


def _snapshot(path: Path, env: dict[str, str]) -> Path:
    """The working tree (without what .gitignore leaves out) committed to a new repository."""
    # ".git", not ".git/": in a git worktree it is a file naming the main repository's folder, and
    # copied, `git init` and the commit below would go to the worktree's own branch
    ignored = pathspec.GitIgnoreSpec.from_lines([".git", ".venv/", *(REPO / ".gitignore").read_text("utf-8").splitlines()])

    def skip(directory: str, names: list[str]) -> list[str]:
        here = Path(directory).relative_to(REPO)
        return [name for name in names
                if ignored.match_file((here / name).as_posix() + ("/" if (Path(directory) / name).is_dir() else ""))]

    shutil.copytree(REPO, path, ignore=skip, symlinks=True)
    _init(path, env)
    _git("add", "--all", cwd=path, env=env)  # nested .gitignore files (tool caches) still apply
    _git("commit", "--quiet", "--message", "snapshot of the working tree", cwd=path, env=env)
    return path


@dataclass
class Hooks:
    """The project snapshot, a newsroom repository with articles, and how to try a hook there."""

    project: Path
    newsroom: Path
    env: dict[str, str]

    def try_repo(self, hook: str, *files: str) -> Result:
        command = [str(PRE_COMMIT), "try-repo", "--color", "never", str(self.project), hook, "--files", *files]
        done = subprocess.run(command, check=False, cwd=self.newsroom, env=self.env, capture_output=True, timeout=TIMEOUT)
        return Result(done.returncode, done.stdout.decode("utf-8", "replace"), done.stderr.decode("utf-8", "replace"))


@pytest.fixture(scope="module")
def hooks(tmp_path_factory) -> Hooks:
    if not PRE_COMMIT.is_file():
        pytest.skip(f"pre-commit is not installed next to {sys.executable} (pip install '.[test]')")
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    root = tmp_path_factory.mktemp("pre-commit")
    env = _environment(root / "pre-commit-home")
    project = _snapshot(root / "lint-news", env)

    newsroom = _init(root / "newsroom", env)
    (newsroom / "archive.md").write_text(ARCHIVED, "utf-8")
    _git("add", "archive.md", cwd=newsroom, env=env)
    _git("commit", "--quiet", "--message", "archive", cwd=newsroom, env=env)
    with (newsroom / "archive.md").open("a", encoding="utf-8") as archive:
        archive.write("\n" + ADDED)
    _git("add", "archive.md", cwd=newsroom, env=env)  # staged, as in `git commit`
    (newsroom / "story.md").write_text(PADDED, "utf-8")
    (newsroom / "clean.md").write_text(CLEAN, "utf-8")
    (newsroom / "build.py").write_text(SCRIPT, "utf-8")

    return Hooks(project, newsroom, env)


def _explain(result: Result) -> str:
    return f"exit {result.code}\n--- stdout\n{result.stdout[-4000:]}\n--- stderr\n{result.stderr[-4000:]}"


def test_hook_fails_on_a_padded_article_with_its_findings(hooks):
    result = hooks.try_repo("lint-news", "story.md", "build.py")
    assert result.code == 1, _explain(result)
    assert "- hook id: lint-news\n" in result.stdout, _explain(result)
    line, column = at(PADDED, f"# {HEADLINE}", 2)  # the whole repeated heading line
    assert f"story.md:{line}:{column}: LN201 [duplicated-headline] Headline repeated on line 3 (first on line 1): delete one\n" in result.stdout
    line, column = at(PADDED, "TK")
    assert f"story.md:{line}:{column}: LN801 [placeholder-text] 'TK' marks material still to come" in result.stdout
    assert "Found 2 findings (2 errors) in 1 file." in result.stdout
    assert "build.py" not in result.stdout  # not an article: the hook's file pattern skips it


def test_hook_passes_a_clean_article(hooks):
    assert len(CLEAN.split()) >= 120
    result = hooks.try_repo("lint-news", "clean.md")
    assert result.code == 0, _explain(result)
    assert "lint-news................................................................Passed" in result.stdout, _explain(result)


def test_diff_hook_reports_only_the_staged_lines(hooks):
    result = hooks.try_repo("lint-news-diff", "archive.md")
    assert result.code == 1, _explain(result)
    line, column = at(ARCHIVED + "\n" + ADDED, "TK", 2)
    findings = [text for text in result.stdout.splitlines() if re.match(r"archive\.md:\d+:\d+: ", text)]
    assert findings == [
        f"archive.md:{line}:{column}: LN801 [placeholder-text] 'TK' marks material still to come: fill it in or cut the sentence before publishing",
    ], _explain(result)
