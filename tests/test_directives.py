"""Inline directives through the real command line: what they switch off, where, and stale ones (LN001)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import run_cli


def lint(tmp_path: Path, name: str, text: str, *options: str, newline: str = "\n", cli: bool = False) -> tuple[int, list[dict]]:
    """Lint ``text`` written to ``tmp_path/name``: the exit code and the JSON findings.

    With ``cli`` the real command line runs in a subprocess (and its JSON is
    validated against the schema); otherwise the same runner runs in this
    process, which is much faster for the many small cases here.
    """
    path = tmp_path / name
    path.write_bytes(text.replace("\n", newline).encode("utf-8"))
    if cli:
        result = run_cli("check", "--format", "json", *options, str(path))
        data = result.json
        assert data["files"][0]["error"] is None, data["files"][0]["error"]
        return result.code, data["files"][0]["findings"]
    from lint_news.runner import Overrides, run

    settings: dict = {}
    for option, value in zip(options[::2], options[1::2]):
        if option == "--select":
            settings["select"] = tuple(value.split(","))
        elif option == "--ignore":
            settings["ignore"] = tuple(value.split(","))
        elif option == "--fail-on":
            settings["fail_on"] = value
        else:
            raise AssertionError(f"unsupported option {option}")
    report = run([str(path)], Overrides(**settings))
    [file] = report.files
    assert file.error is None, file.error
    return report.exit_code(), [finding.to_dict() for finding in file.findings]


def positions(findings: list[dict]) -> list[tuple[str, int, int]]:
    return [(f["code"], f["line"], f["column"]) for f in findings]


# ---------------------------------------------------------------------------
# Markdown comments


def test_disable_then_enable_by_code(tmp_path):
    text = (
        "# Vote set\n"
        "\n"
        "The vote is on TK and [Insert date].\n"  # 3
        "\n"
        "<!-- lint-news: disable LN801 -->\n"  # 5
        "\n"
        "The date is TK and [Insert city].\n"  # 7
        "\n"
        "<!-- lint-news: enable -->\n"  # 9
        "\n"
        "Again TK here.\n"  # 11
    )
    code, findings = lint(tmp_path, "story.md", text, cli=True)
    assert positions(findings) == [("LN801", 3, 16), ("LN802", 3, 23), ("LN802", 7, 20), ("LN801", 11, 7)]
    assert code == 1


#: TK at 5:16, [Insert date] at 5:23, Lorem ipsum at 5:38, under a disable directive on line 3.
TARGETED = "# Vote set\n\n<!-- lint-news: disable {targets} -->\n\nThe vote is on TK and [Insert date]. Lorem ipsum dolor.\n"
TK, SLOT, LOREM = ("LN801", 5, 16), ("LN802", 5, 23), ("LN803", 5, 38)


@pytest.mark.parametrize(
    ("targets", "expected"),
    [
        ("LN801", [SLOT, LOREM]),
        ("ln801", [SLOT, LOREM]),
        ("LN8", []),
        ("LN80", []),
        ("tk-marker", [SLOT, LOREM]),
        ("placeholder-text", []),
        ("LN801 lorem-ipsum", [SLOT]),
        ("LN801, LN802", [LOREM]),
        ("bracket-slot,lorem-ipsum", [TK]),
        ("", []),  # no target: every rule
    ],
)
def test_disable_targets(tmp_path, targets, expected):
    code, findings = lint(tmp_path, "story.md", TARGETED.format(targets=targets))
    assert positions(findings) == expected
    assert code == (1 if expected else 0)


def test_enable_with_targets_only_reenables_those(tmp_path):
    text = (
        "# Vote set\n"
        "\n"
        "<!-- lint-news: disable LN8 -->\n"
        "The vote is on TK and [Insert date] and Lorem ipsum.\n"  # 4: all off
        "<!-- lint-news: enable LN801, bracket-slot -->\n"
        "Again TK and [Insert city] and lorem ipsum.\n"  # 6: LN803 still off
        "\n"
        "<!-- lint-news: enable placeholder-text -->\n"
        "\n"
        "Lorem ipsum at last.\n"  # 10
    )
    _, findings = lint(tmp_path, "story.md", text)
    assert positions(findings) == [("LN801", 6, 7), ("LN802", 6, 14), ("LN803", 10, 1)]


def test_disable_next_line(tmp_path):
    text = (
        "# Vote set\n"
        "\n"
        "<!-- lint-news: disable-next-line LN801 -->\n"
        "The vote is on TK and [Insert date].\n"  # 4
        "Then TK again.\n"  # 5: not the next line
        "\n"
        "<!-- lint-news: disable-next-line -->\n"
        "\n"
        "TK and [Insert city].\n"  # 9: blank lines are skipped; no target = all
        "TK.\n"  # 10
    )
    _, findings = lint(tmp_path, "story.md", text)
    assert positions(findings) == [("LN802", 4, 23), ("LN801", 5, 6), ("LN801", 10, 1)]


def test_disable_file_anywhere_in_the_file(tmp_path):
    text = "# Vote set\n\nThe vote is on TK and [Insert date].\n\nLorem ipsum.\n\n<!-- lint-news: disable-file placeholder-text -->\n"
    code, findings = lint(tmp_path, "story.md", text)
    assert findings == [] and code == 0
    text = "# Vote set\n\n# Vote set\n\n<!-- lint-news: disable-file LN801 LN803 -->\n\nThe vote is on TK and [Insert date]. Lorem ipsum.\n"
    _, findings = lint(tmp_path, "story.md", text)
    assert positions(findings) == [("LN201", 3, 1), ("LN802", 7, 23)]
    _, findings = lint(tmp_path, "story.md", "<!-- lint-news: disable-file -->\n# Vote set\n\n# Vote set\n\nThe vote is on TK.\n")
    assert findings == []


def test_crlf_file_keeps_directive_lines(tmp_path):
    text = "# Vote set\n\n<!-- lint-news: disable-next-line LN802 -->\nThe vote is on TK and [Insert date].\n\n<!-- lint-news: disable LN803 -->\n"
    _, findings = lint(tmp_path, "story.md", text, newline="\r\n")
    assert [(f["code"], f["line"], f["column"], f["severity"]) for f in findings] == [("LN801", 4, 16, "error"), ("LN001", 6, 1, "info")]


# ---------------------------------------------------------------------------
# Unused directives: LN001


def test_directive_that_suppresses_nothing_is_reported(tmp_path):
    text = (
        "# Budget passes\n"
        "\n"
        "The council passed the budget 5-2 on Monday. <!-- lint-news: disable-next-line LN801 -->\n"  # 3
        "The vote followed a long debate.\n"  # 4: nothing to suppress
        "\n"
        "  <!-- lint-news: disable LN803 -->\n"  # 6: indented two spaces
        "\n"
        "The mayor signed it on TK.\n"  # 8: LN801, not suppressed by the LN803 directive
        "\n"
        "<!-- lint-news: disable-file unfilled-number -->\n"  # 10
    )
    code, findings = lint(tmp_path, "story.md", text, cli=True)
    assert positions(findings) == [("LN001", 3, 46), ("LN001", 6, 3), ("LN801", 8, 24), ("LN001", 10, 1)]
    unused = [f for f in findings if f["code"] == "LN001"]
    assert {(f["rule"], f["family"], f["severity"]) for f in unused} == {("unused-directive", "padding", "info")}
    assert unused[0]["message"] == "Directive 'disable-next-line LN801' suppresses nothing here: remove it"
    assert unused[0]["excerpt"] == "<!-- lint-news: disable-next-line LN801 -->"
    assert (unused[0]["end_line"], unused[0]["end_column"]) == (3, 46 + len("<!-- lint-news: disable-next-line LN801 -->"))
    assert unused[1]["message"] == "Directive 'disable LN803' suppresses nothing here: remove it"
    assert code == 1  # the LN801 error

    _, ignored = lint(tmp_path, "story.md", text, "--ignore", "LN001", cli=True)
    assert positions(ignored) == [("LN801", 8, 24)]


def test_unused_directive_alone_is_info_and_fails_only_on_info(tmp_path):
    text = "# Budget passes\n\n<!-- lint-news: disable-next-line -->\nThe council passed the budget 5-2 on Monday.\n"
    code, findings = lint(tmp_path, "story.md", text, cli=True)
    assert positions(findings) == [("LN001", 3, 1)]
    assert findings[0]["message"] == "Directive 'disable-next-line all rules' suppresses nothing here: remove it"
    assert code == 0
    code, _ = lint(tmp_path, "story.md", text, "--fail-on", "info", cli=True)
    assert code == 1
    code, findings = lint(tmp_path, "story.md", text, "--ignore", "LN001", "--fail-on", "info")
    assert findings == [] and code == 0
    _, findings = lint(tmp_path, "story.md", text, "--ignore", "padding", "--fail-on", "info")
    assert findings == []


def test_directive_reenabled_before_it_suppressed_anything_is_unused(tmp_path):
    text = "# Vote set\n\n<!-- lint-news: disable LN801 -->\n\nNothing here.\n\n<!-- lint-news: enable LN801 -->\n\nThe vote is on TK.\n"
    _, findings = lint(tmp_path, "story.md", text)
    assert positions(findings) == [("LN001", 3, 1), ("LN801", 9, 16)]


def test_directive_naming_no_rule_is_unused(tmp_path):
    text = "# Vote set\n\n<!-- lint-news: disable LN8O1 -->\n\nThe vote is on TK.\n"
    _, findings = lint(tmp_path, "story.md", text)
    assert positions(findings) == [("LN001", 3, 1), ("LN801", 5, 16)]


def test_unused_directive_not_reported_when_its_rule_is_not_selected(tmp_path):
    text = "# Vote set\n\n<!-- lint-news: disable-next-line LN802 -->\nThe vote is on TK.\n"
    _, findings = lint(tmp_path, "story.md", text, "--select", "LN8")
    assert positions(findings) == [("LN801", 4, 16)]


# ---------------------------------------------------------------------------
# Code is not a directive


@pytest.mark.parametrize(
    "code_block",
    [
        "```\n<!-- lint-news: disable-file -->\n```\n",
        "~~~markdown\n<!-- lint-news: disable LN801 -->\n~~~\n",
        "    <!-- lint-news: disable-file -->\n",
        "`<!-- lint-news: disable-file -->` is how you switch it off.\n",
    ],
    ids=["backtick-fence", "tilde-fence", "indented", "inline-code"],
)
def test_directives_inside_code_are_not_directives(tmp_path, code_block):
    text = f"# Vote set\n\n{code_block}\nThe vote is on TK.\n"
    line = text.splitlines().index("The vote is on TK.") + 1
    code, findings = lint(tmp_path, "story.md", text)
    assert positions(findings) == [("LN801", line, 16)]  # not suppressed, and no LN001 for it
    assert code == 1


# ---------------------------------------------------------------------------
# Plain text: the line form


def test_plain_text_hash_line_directives(tmp_path):
    text = (
        "Vote set\n"
        "\n"
        "# lint-news: disable-next-line LN801\n"
        "The vote is on TK and [Insert date].\n"  # 4
        "\n"
        "   <!-- lint-news: disable-next-line LN802 -->\n"
        "More TK and [Insert city].\n"  # 7
        "  # lint-news: disable-next-line lorem-ipsum\n"  # 8: unused
        "Nothing here.\n"
        "This line is # lint-news: disable LN8 not a directive TK.\n"  # 10
    )
    _, findings = lint(tmp_path, "story.txt", text, cli=True)
    assert positions(findings) == [("LN802", 4, 23), ("LN801", 7, 6), ("LN001", 8, 3), ("LN801", 10, 55)]
    unused = findings[2]
    assert unused["excerpt"] == "# lint-news: disable-next-line lorem-ipsum"
    assert unused["message"] == "Directive 'disable-next-line lorem-ipsum' suppresses nothing here: remove it"


def test_plain_text_disable_enable_and_file(tmp_path):
    text = (
        "Vote set\n"
        "\n"
        "The vote is on TK.\n"  # 3
        "# lint-news: disable placeholder-text\n"
        "The date is TK and [Insert date].\n"  # 5
        "# lint-news: enable LN802\n"
        "Again TK and [Insert city].\n"  # 7
        "<!-- lint-news: enable -->\n"
        "Finally TK.\n"  # 9
    )
    _, findings = lint(tmp_path, "story.txt", text)
    assert positions(findings) == [("LN801", 3, 16), ("LN802", 7, 14), ("LN801", 9, 9)]
    _, findings = lint(tmp_path, "story.txt", text + "# lint-news: disable-file\n")
    assert findings == []


def test_plain_text_directive_lines_are_not_article_text(tmp_path):
    # a directive line is neither a headline nor text a rule can match
    text = "# lint-news: disable-next-line LN803\nVote set\n\nVote set\n\nLorem ipsum here.\n"
    _, findings = lint(tmp_path, "story.txt", text)
    assert positions(findings) == [("LN001", 1, 1), ("LN201", 4, 1), ("LN803", 6, 1)]


# ---------------------------------------------------------------------------
# HTML


def test_html_comment_directives(tmp_path):
    text = (
        "<html><body>\n"
        "<h1>Vote set</h1>\n"
        "<p>The vote is on TK.</p>\n"  # 3
        "<!-- lint-news: disable-next-line LN801 -->\n"
        "<p>The date is TK and [Insert date].</p>\n"  # 5
        "<!-- lint-news: disable bracket-slot -->\n"
        "<p>Again TK and [Insert city].</p>\n"  # 7
        "<p>Unused <!-- lint-news: disable LN803 --> here.</p>\n"  # 8
        "<!-- lint-news: enable -->\n"
        "<p>Last [Insert name].</p>\n"  # 10
        "</body></html>\n"
    )
    code, findings = lint(tmp_path, "story.html", text, cli=True)
    assert positions(findings) == [("LN801", 3, 19), ("LN802", 5, 23), ("LN801", 7, 10), ("LN001", 8, 11), ("LN802", 10, 9)]
    assert code == 1
    _, findings = lint(tmp_path, "story.html", "<!-- lint-news: disable-file LN8 -->\n" + text)
    assert positions(findings) == [("LN001", 9, 11)]
