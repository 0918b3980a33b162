"""``--diff``: report only findings on lines a change adds or modifies.

A newsroom adopting lint-news on an old archive wants new defects flagged,
not ten years of old ones. The changed lines come from ``git diff -U0``:

- ``--diff=REF``: the working tree against REF;
- ``--diff`` alone: the staged changes when there are any (a pre-commit hook),
  otherwise the working tree against the merge base of HEAD and the default
  branch (``origin/HEAD``, else ``main`` or ``master``).

Files git does not track yet count as changed throughout. A finding is kept
when any line it covers changed.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from lint_news.report import FileReport

if TYPE_CHECKING:
    import subprocess

_HUNK = re.compile(r"^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@")


class DiffError(Exception):
    """The changed lines cannot be worked out; the message says why in one line."""


def _git(*args: str, cwd: Path | None = None, check: bool = True) -> subprocess.CompletedProcess:
    import subprocess  # here, not at the top: every `check` imports this module, few ever run git

    try:
        result = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True)
    except FileNotFoundError:
        raise DiffError("git is not installed") from None
    if check and result.returncode != 0:
        message = (result.stderr.strip().splitlines() or [f"git {args[0]} failed"])[-1]
        raise DiffError(message.removeprefix("fatal: "))
    return result


def is_revision(ref: str, cwd: Path | None = None) -> bool:
    try:
        return _git("rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}", cwd=cwd, check=False).returncode == 0
    except DiffError:
        return False


def _default_branch(root: Path) -> str:
    remote_head = _git("symbolic-ref", "--quiet", "--short", "refs/remotes/origin/HEAD", cwd=root, check=False)
    candidates = [remote_head.stdout.strip()] if remote_head.returncode == 0 else []
    candidates += ["main", "master", "origin/main", "origin/master"]
    for candidate in candidates:
        if candidate and is_revision(candidate, root):
            return candidate
    raise DiffError("cannot find the default branch (no origin/HEAD, main or master); give one: --diff=REF")


def changed_lines(diff_text: str, root: Path) -> dict[Path, set[int]]:
    """Added or modified line numbers per file (absolute paths) in a ``git diff -U0`` output."""
    changed: dict[Path, set[int]] = {}
    current: set[int] | None = None
    for line in diff_text.splitlines():
        if line.startswith("+++ "):
            target = line[4:]
            if target == "/dev/null":
                current = None
            else:
                current = changed.setdefault((root / target.removeprefix("b/")).resolve(), set())
        elif line.startswith("@@") and current is not None:
            match = _HUNK.match(line)
            if match:
                start, count = int(match.group(1)), int(match.group(2) if match.group(2) is not None else 1)
                current.update(range(start, start + count))
    return changed


def _changes(ref: str | None, root: Path) -> tuple[dict[Path, set[int]], set[Path]]:
    """Changed lines per file, and the files changed throughout (untracked, or new and staged)."""
    if ref is None:
        staged = _git("diff", "--cached", "--name-only", cwd=root).stdout.strip()
        if staged:
            diff = _git("diff", "--cached", "-U0", "--no-color", "--no-ext-diff", cwd=root).stdout
            return changed_lines(diff, root), set()
        ref = _git("merge-base", "HEAD", _default_branch(root), cwd=root).stdout.strip()
    elif not is_revision(ref, root):
        raise DiffError(f"'{ref}' is not a commit, branch or tag here")
    diff = _git("diff", "-U0", "--no-color", "--no-ext-diff", ref, cwd=root).stdout
    untracked = _git("ls-files", "--others", "--exclude-standard", "-z", cwd=root).stdout
    return changed_lines(diff, root), {(root / name).resolve() for name in untracked.split("\0") if name}


class ChangedLines:
    """The lines a change adds or modifies, worked out once before a run (raises DiffError)."""

    def __init__(self, ref: str | None, cwd: Path | None = None) -> None:
        top = _git("rev-parse", "--show-toplevel", cwd=cwd).stdout.strip()
        self.cwd = Path(cwd or Path.cwd())
        self.changed, self.whole = _changes(ref, Path(top).resolve())

    def keep(self, file: FileReport) -> None:
        """Drop, in place, every finding of ``file`` that is not on a changed line."""
        if file.error is not None:
            return
        path = (self.cwd / file.path).resolve()
        if path in self.whole:
            return
        lines = self.changed.get(path, set())
        file.findings = [f for f in file.findings if any(n in lines for n in range(f.line, f.end_line + 1))]
