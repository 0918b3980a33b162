"""--diff: only findings on lines the change adds or modifies, in a real temporary git repository."""

from __future__ import annotations

import subprocess

import pytest

from conftest import run_cli

OLD = (
    "Library Vote Delayed\n\n"
    "Supervisors put off a vote on the library roof on Tuesday.\n\n"
    "The board will take it up again on TK, the clerk said.\n"
)
NEW_PARAGRAPH = "\nThe contractor's bid expires on TK, according to county records.\n"


def git(repo, *args):
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True)


@pytest.fixture
def repo(tmp_path):
    git(tmp_path, "init", "-q", "-b", "main")
    git(tmp_path, "config", "user.email", "desk@example.invalid")
    git(tmp_path, "config", "user.name", "Desk")
    (tmp_path / "story.txt").write_text(OLD)
    git(tmp_path, "add", "story.txt")
    git(tmp_path, "commit", "-q", "-m", "old story")
    return tmp_path


def tk_lines(result) -> list[int]:
    return [f["line"] for f in result.json["files"][0]["findings"] if f["code"] == "LN801"]


def test_without_diff_every_finding_is_reported(repo):
    (repo / "story.txt").write_text(OLD + NEW_PARAGRAPH)
    assert tk_lines(run_cli("check", "--format", "json", "story.txt", cwd=repo)) == [5, 7]


def test_diff_against_a_ref_keeps_only_changed_lines(repo):
    (repo / "story.txt").write_text(OLD + NEW_PARAGRAPH)
    result = run_cli("check", "--format", "json", "--diff=HEAD", "story.txt", cwd=repo)
    assert result.code == 1 and tk_lines(result) == [7]
    (repo / "story.txt").write_text(OLD)  # nothing changed: the old TK no longer fails the run
    unchanged = run_cli("check", "--format", "json", "--diff=HEAD", "story.txt", cwd=repo)
    assert unchanged.code == 0 and tk_lines(unchanged) == []


def test_staged_changes_are_the_default_in_a_hook(repo):
    (repo / "story.txt").write_text(OLD + NEW_PARAGRAPH)
    git(repo, "add", "story.txt")
    result = run_cli("check", "--format", "json", "--diff", "--", "story.txt", cwd=repo)
    assert tk_lines(result) == [7]


def test_merge_base_with_the_default_branch(repo):
    git(repo, "checkout", "-q", "-b", "feature")
    (repo / "story.txt").write_text(OLD + NEW_PARAGRAPH)
    git(repo, "commit", "-q", "-am", "add a paragraph")
    result = run_cli("check", "--format", "json", "--diff", "--", "story.txt", cwd=repo)
    assert tk_lines(result) == [7]
    # `--diff story.txt`: click reads the path as REF; it is not a revision, so it is a path
    assert tk_lines(run_cli("check", "--format", "json", "--diff", "story.txt", cwd=repo)) == [7]


def test_untracked_files_are_new_throughout(repo):
    (repo / "draft.txt").write_text(OLD)
    result = run_cli("check", "--format", "json", "--diff=HEAD", "draft.txt", "story.txt", cwd=repo)
    files = {f["path"]: [x["line"] for x in f["findings"] if x["code"] == "LN801"] for f in result.json["files"]}
    assert files == {"draft.txt": [5], "story.txt": []}


def test_errors_are_one_line_exit_2(repo, tmp_path_factory):
    bad_ref = run_cli("check", "--diff=no-such-branch", "story.txt", cwd=repo)
    assert bad_ref.code == 2 and bad_ref.stderr.startswith("lint-news: error: --diff: ") and bad_ref.stderr.count("\n") == 1
    elsewhere = tmp_path_factory.mktemp("plain")
    (elsewhere / "story.txt").write_text(OLD)
    outside = run_cli("check", "--diff=HEAD", "story.txt", cwd=elsewhere)
    assert outside.code == 2 and "not a git repository" in outside.stderr and "Traceback" not in outside.stderr


def test_the_api_filters_the_same_way(repo, monkeypatch):
    import lint_news
    from lint_news.diff import DiffError

    (repo / "story.txt").write_text(OLD + NEW_PARAGRAPH)
    monkeypatch.chdir(repo)
    tk = lambda report: [f.line for f in report.findings if f.code == "LN801"]  # noqa: E731
    assert tk(lint_news.lint_path("story.txt")) == [5, 7]
    assert tk(lint_news.lint_path("story.txt", diff="HEAD")) == [7]
    with pytest.raises(DiffError, match="no-such-branch"):
        lint_news.lint_path("story.txt", diff="no-such-branch")
