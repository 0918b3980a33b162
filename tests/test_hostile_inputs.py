"""Hostile input: what ``lint-news check`` does with files no newsroom writes (issue #13, item 3).

Every input is generated here, into the test's own folder, and linted by the real command
line in a subprocess next to a clean article: the hostile file gets its documented outcome,
the clean one is still linted, the exit code is 0, 1 or 2, standard error never holds a
traceback or an "internal error", the JSON report is valid, nothing read is written to, and
each case ends within a generous time bound.

Encoding policy and limits, as observed (``lint_news.sources``):

* Files are UTF-8. Each refusal is that file's error, one line on standard error
  (``lint-news: error: PATH: MESSAGE``), exit code 2; the other files are still linted.
* Larger than 5 MiB (``MAX_FILE_BYTES``): ``file too large (50.0 MiB; the limit is 5 MiB)``,
  refused by its size before it is read. A device or pipe named on the command line is
  read up to the limit and no further (``/dev/zero``: ``file too large (over 5 MiB; ...)``).
* A UTF-16 byte-order mark (``FF FE`` or ``FE FF``): ``UTF-16 text is not supported; save the
  file as UTF-8``. A UTF-32 LE file starts with ``FF FE`` too and gets the same message;
  UTF-32 BE and UTF-16 without a BOM hold NUL bytes and are binary.
* A NUL byte in the first 8 KiB: ``binary file (contains NUL bytes), not text`` (random bytes
  get this). A NUL further in is not looked for: the file is read as text, NUL included.
* Invalid UTF-8 (a stray byte, a truncated sequence, an overlong form, an encoded
  surrogate): ``not valid UTF-8 (byte 0xff on line 5); save the file as UTF-8``, naming
  the first bad byte and its line (lines counted by ``\\n``).
* A UTF-8 byte-order mark is dropped; offsets and columns count from the character after
  it (a second BOM is text). ``lint_news.lint_text`` takes a string as given: a leading
  U+FEFF there is a character of line 1.
* Empty, whitespace-only, or a BOM alone: ``empty file: nothing to lint``.
* Line endings: LF and CRLF. CR alone separates blocks (the readers split lines as Python
  does), but lines are counted by LF only, so every finding of a CR-only file is on line 1
  with its column counted from the start of the file.
* RTL overrides, zero-width and combining characters, emoji: text like any other; columns
  count code points, not graphemes or UTF-16 units.
* Markdown nesting: lists and block quotes are read 100 deep (markdown-it's ``maxNesting``
  200; its CommonMark preset's 20 hid everything after ten nested list markers); a file
  nested deeper is refused: ``Markdown nested over 100 lists or block quotes deep: the text
  past that depth cannot be read``.
* HTML nesting is not limited by our parser (100,000 nested ``<div>``\\s read in ~2 s), and the
  extractor's lxml tree is built with libxml2's depth limit lifted (its default of 256 lost
  the story after ~300 unclosed inline tags).
* A page with no article text: ``no article text found in this page (lint-news read shows
  what was read)``.
* Folders: ``os.walk`` does not follow symbolic links, so a symlink loop inside a folder is
  never entered, and a symlink to nothing or to itself is not a regular file and is skipped;
  so is a FIFO. Named on the command line: a dangling link is ``no such file``, a FIFO with
  no writer reads as empty. A file listed and then deleted before it is read: ``no such file``.
* Time: linear in the size (a 1 MB line ~2 s, 200,000 lines ~5 s, 200,000 one-line
  paragraphs ~20 s with a finding each), thousands of quotations in one sentence included.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from conftest import CLEAN_FIXTURES, validate_report

CLEAN = "clean.txt"
LEAK = "As an AI language model, I cannot verify this."  # LN902, assistant-leak
TEXT = "Harlow council approves budget\n\nThe Harlow city council approved a $48 million budget on Tuesday by a vote of 5-2.\n\n" + LEAK + "\n"
#: Where LEAK stands in TEXT: line 5, column 1, offset 116.
LEAK_OFFSET = TEXT.index(LEAK)


@dataclass
class Run:
    code: int
    stdout: str
    stderr: str
    seconds: float

    @property
    def report(self) -> dict:
        data = json.loads(self.stdout)
        validate_report(data)
        return data

    def file(self, name: str) -> dict:
        return next(entry for entry in self.report["files"] if entry["path"] == name)


def _snapshot(folder: Path) -> dict[str, tuple[str, int]]:
    """sha256 and mtime of every regular file under ``folder`` (links not followed)."""
    found = {}
    for root, _folders, files in os.walk(folder):
        for name in files:
            path = Path(root, name)
            if path.is_symlink() or not path.is_file():
                continue
            found[str(path)] = (hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns)
    return found


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    """A folder with a clean article and an empty configuration (so no ``.lint-news.toml``
    further up, in a shared temporary folder, can change the run)."""
    (tmp_path / ".lint-news.toml").write_text("", encoding="utf-8")
    shutil.copyfile(CLEAN_FIXTURES[0], tmp_path / CLEAN)
    return tmp_path


def lint(folder: Path, *arguments: str, timeout: float = 60) -> Run:
    """``lint-news check --format json ARGUMENTS clean.txt`` in ``folder``: checked for what every
    run must do (exit code, no traceback, valid JSON, clean file linted, inputs unchanged)."""
    before = _snapshot(folder)
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "LINT_NEWS_DEBUG")}
    start = time.perf_counter()
    process = subprocess.run(
        [sys.executable, "-m", "lint_news", "check", "--format", "json", *arguments, CLEAN],
        cwd=folder, env=env, capture_output=True, timeout=timeout, stdin=subprocess.DEVNULL,
    )
    run = Run(process.returncode, process.stdout.decode("utf-8"), process.stderr.decode("utf-8"), time.perf_counter() - start)
    assert run.code in (0, 1, 2), run.stderr
    assert "Traceback" not in run.stderr and "internal error" not in run.stderr, run.stderr
    clean = run.file(CLEAN)
    assert clean["error"] is None and clean["findings"] == [], clean
    assert _snapshot(folder) == before, "lint-news changed a file it read"
    return run


# --------------------------------------------------------------------------------------------
# The cases: a file's bytes, and either the one-line error it gets or what must be found in it


@dataclass(frozen=True)
class Refused:
    message: str


@dataclass(frozen=True)
class Linted:
    #: (code, line, column) that must be among the file's findings
    findings: tuple[tuple[str, int, int], ...] = ()
    offsets: tuple[tuple[str, int], ...] = field(default=())  # (code, offset) that must be found


def _random_bytes(size: int, seed: int, low: int = 0) -> bytes:
    rng = random.Random(seed)
    return bytes(rng.randrange(low, 256) for _ in range(size))


def _cases() -> list:
    utf8 = TEXT.encode("utf-8")
    unicode_line = "The council\u200b approved\u200d e\u0301\u0301\u0301 the budget \U0001F600\U0001F469\u200d\U0001F4BB \u202ereversed\u202c \u05e9\u05dc\u05d5\u05dd \u202b\u0627\u0644\u0639\u0631\u0628\u064a\u0629\u202c on Tuesday.\n\n"
    unicode_text = "Harlow \u202ecouncil\u202c approves budget \U0001F600\n\n" + unicode_line + LEAK + "\n"
    div_page = (
        "<html><head><title>Council budget</title></head><body><h1>Council budget</h1>" + "<div>" * 100_000
        + "<p>The council approved the budget on Tuesday by five votes to two after a long debate. " + LEAK + "</p>"
        + "</div>" * 100_000 + "</body></html>"
    )
    leak_in_div_page = div_page.index(LEAK)
    unbalanced = "\u201c(\"[ said the mayor \u2018{<( ]) \u201d\u201d)) \u00ab\u2039 " * 2000
    return [
        pytest.param("random.bin.txt", _random_bytes(20_000, 1), Refused("binary file (contains NUL bytes), not text"), id="random-binary"),
        pytest.param("random-no-nul.txt", _random_bytes(20_000, 2, low=1), Refused("not valid UTF-8 (byte 0xf5 on line 1); save the file as UTF-8"), id="random-bytes-without-nul"),
        pytest.param("stray.txt", utf8 + b"\nThe mayor said \xff\xfe it was fine.\n", Refused("not valid UTF-8 (byte 0xff on line 7); save the file as UTF-8"), id="invalid-utf8-in-text"),
        pytest.param("truncated.txt", utf8 + b"The end \xe2\x80", Refused("not valid UTF-8 (byte 0xe2 on line 6); save the file as UTF-8"), id="truncated-utf8"),
        pytest.param("overlong.txt", utf8 + b"\xc0\xaf\n", Refused("not valid UTF-8 (byte 0xc0 on line 6); save the file as UTF-8"), id="overlong-utf8"),
        pytest.param("surrogate.txt", utf8 + b"\xed\xa0\x80\n", Refused("not valid UTF-8 (byte 0xed on line 6); save the file as UTF-8"), id="encoded-surrogate"),
        pytest.param("nul.txt", utf8 + b"\x00 more\n", Refused("binary file (contains NUL bytes), not text"), id="nul-byte"),
        pytest.param("late-nul.txt", utf8 * 80 + b"\x00\n", Linted(offsets=(("LN902", LEAK_OFFSET),)), id="nul-byte-after-8KiB-is-text"),
        pytest.param("utf16le.txt", b"\xff\xfe" + TEXT.encode("utf-16-le"), Refused("UTF-16 text is not supported; save the file as UTF-8"), id="utf16-le-bom"),
        pytest.param("utf16be.txt", b"\xfe\xff" + TEXT.encode("utf-16-be"), Refused("UTF-16 text is not supported; save the file as UTF-8"), id="utf16-be-bom"),
        pytest.param("utf16-nobom.txt", TEXT.encode("utf-16-le"), Refused("binary file (contains NUL bytes), not text"), id="utf16-without-bom"),
        pytest.param("utf32.txt", TEXT.encode("utf-32"), Refused("UTF-16 text is not supported; save the file as UTF-8"), id="utf32-le-bom"),
        pytest.param("bom.txt", b"\xef\xbb\xbf" + utf8, Linted((("LN902", 5, 1),), (("LN902", LEAK_OFFSET),)), id="utf8-bom"),
        pytest.param("bom-only.txt", b"\xef\xbb\xbf", Refused("empty file: nothing to lint"), id="utf8-bom-alone"),
        pytest.param("two-boms.txt", b"\xef\xbb\xbf\xef\xbb\xbf" + utf8, Linted((("LN902", 5, 1),), (("LN902", LEAK_OFFSET + 1),)), id="second-bom-is-text"),
        pytest.param("crlf.txt", TEXT.replace("\n", "\r\n").encode(), Linted((("LN902", 5, 1),), (("LN902", LEAK_OFFSET + 4),)), id="crlf"),
        pytest.param("cr.txt", TEXT.replace("\n", "\r").encode(), Linted((("LN902", 1, LEAK_OFFSET + 1),), (("LN902", LEAK_OFFSET),)), id="cr-only-lines"),
        pytest.param("seps.txt", ("Harlow council approves budget\u2028\u2029\x0b\x0c\x1c\x85" + LEAK + "\u2028It did.\n").encode(), Linted(offsets=(("LN902", 36),)), id="unicode-line-separators"),
        pytest.param("empty.txt", b"", Refused("empty file: nothing to lint"), id="empty"),
        pytest.param("blank.txt", " \n\t\r\n  \n\u00a0\u3000\n".encode(), Refused("empty file: nothing to lint"), id="whitespace-only"),
        pytest.param("huge.txt", utf8 * (50 * 1024 * 1024 // len(utf8) + 1), Refused("file too large (50.0 MiB; the limit is 5 MiB)"), id="50MB"),
        pytest.param("long-line.txt", ("Headline\n\n" + "word " * 200_000 + "\n\n" + LEAK + "\n").encode(), Linted((("LN902", 5, 1),)), id="1MB-line-no-punctuation"),
        pytest.param("long-line-end.txt", ("Headline\n\n" + "word " * 200_000 + LEAK + "\n").encode(), Linted((("LN902", 3, 1_000_001),)), id="1MB-line-then-a-sentence"),
        pytest.param("lines.txt", ("Headline\n\n" + "a line\n" * 200_000 + "\n" + LEAK + "\n").encode(), Linted((("LN902", 200_004, 1),)), id="200000-short-lines"),
        pytest.param("quotes.md", ("Headline\n\n> " + LEAK + "\n\n" + "> " * 5000 + "deep.\n\n" + LEAK + "\n").encode(), Refused("Markdown nested over 100 lists or block quotes deep: the text past that depth cannot be read"), id="5000-nested-block-quotes"),
        pytest.param("quote-lines.md", ("Headline\n\n" + LEAK + "\n\n" + "".join(">" * depth + " text\n" for depth in range(1, 3001))).encode(), Refused("Markdown nested over 100 lists or block quotes deep: the text past that depth cannot be read"), id="block-quotes-3000-lines-deepening"),
        pytest.param("lists.md", ("Headline\n\n- " + LEAK + "\n\n" + "- " * 5000 + "deep.\n").encode(), Refused("Markdown nested over 100 lists or block quotes deep: the text past that depth cannot be read"), id="5000-nested-lists"),
        pytest.param("ordered.md", ("Headline\n\n1. " + LEAK + "\n\n" + "1. " * 5000 + "deep.\n").encode(), Refused("Markdown nested over 100 lists or block quotes deep: the text past that depth cannot be read"), id="5000-nested-ordered-lists"),
        pytest.param("emphasis.md", ("Headline\n\n" + LEAK + "\n\n" + "*" * 5000 + "x" + "_" * 5000 + " [" * 5000 + "](" * 5000 + "`" * 3000 + "\n").encode(), Linted((("LN902", 3, 1),)), id="thousands-of-unbalanced-markdown-markers"),
        pytest.param("divs.html", div_page.encode(), Linted(offsets=(("LN902", leak_in_div_page),)), id="100000-nested-divs"),
        pytest.param("open-divs.html", ("<h1>Council budget</h1>" + "<div>" * 100_000 + "<p>" + LEAK + " The council approved the budget on Tuesday.</p>").encode(), Linted(), id="100000-unclosed-divs"),
        pytest.param("no-article.html", b"<html><head><title>x</title></head><body><nav>Home</nav><script>var a = 1;</script></body></html>", Refused("no article text found in this page (lint-news read shows what was read)"), id="html-without-article"),
        pytest.param("tags.html", ("<h1>Headline</h1><p>" + LEAK + "</p>" + "<b><i><span>" * 3000 + "<p>More</p>" + "</div></p>" * 3000).encode(), Linted(offsets=(("LN902", 20),)), id="thousands-of-unbalanced-html-tags"),
        pytest.param("unbalanced.txt", ("Headline\n\n" + unbalanced + "\n\n" + LEAK + "\n").encode(), Linted((("LN902", 5, 1),)), id="unbalanced-quotes-and-brackets-plain"),
        pytest.param("unbalanced.md", ("Headline\n\n" + unbalanced + "\n\n" + LEAK + "\n").encode(), Linted((("LN902", 5, 1),)), id="unbalanced-quotes-and-brackets-markdown"),
        pytest.param("unbalanced.html", ("<h1>Headline</h1><p>" + unbalanced + "</p><p>" + LEAK + "</p>").encode(), Linted(offsets=(("LN902", 20 + len(unbalanced) + 7),)), id="unbalanced-quotes-and-brackets-html"),
        pytest.param("unicode.txt", unicode_text.encode(), Linted((("LN902", 5, 1),)), id="rtl-zero-width-combining-emoji"),
        pytest.param("combining.txt", ("Headline\n\n" + "a" + "\u0301" * 100_000 + ".\n\n" + LEAK + "\n").encode(), Linted((("LN902", 5, 1),)), id="100000-combining-marks"),
        pytest.param("emoji.md", ("# Headline \U0001F600\n\n" + "\U0001F469\u200d\U0001F4BB " * 20_000 + "\n\n" + LEAK + "\n").encode(), Linted((("LN902", 5, 1),)), id="20000-emoji-sequences"),
    ]


@pytest.mark.parametrize(("name", "data", "expected"), _cases())
def test_hostile_file(workspace: Path, name: str, data: bytes, expected) -> None:
    (workspace / name).write_bytes(data)
    run = lint(workspace, name)
    entry = run.file(name)
    if isinstance(expected, Refused):
        assert run.code == 2
        assert entry["error"] == expected.message
        assert run.stderr.splitlines() == [f"lint-news: error: {name}: {expected.message}"]
        assert entry["findings"] == []
    else:
        assert entry["error"] is None, entry["error"]
        assert run.stderr == ""
        assert run.code == (1 if any(f["severity"] in ("warning", "error") for f in entry["findings"]) else 0)
        found = {(f["code"], f["line"], f["column"]) for f in entry["findings"]}
        assert set(expected.findings) <= found, sorted(found)[:20]
        offsets = {(f["code"], f["offset"]) for f in entry["findings"]}
        assert set(expected.offsets) <= offsets, sorted(offsets)[:20]
    assert run.seconds < 60


def test_the_50MB_file_is_refused_without_reading_it(workspace: Path) -> None:
    with open(workspace / "huge.txt", "wb") as file:
        file.truncate(50 * 1024 * 1024)  # sparse: NUL bytes, but its size alone refuses it
    run = lint(workspace, "huge.txt", timeout=30)
    assert run.file("huge.txt")["error"] == "file too large (50.0 MiB; the limit is 5 MiB)"
    assert run.seconds < 30


# --------------------------------------------------------------------------------------------
# Folders, links, pipes, devices and files that go away


def test_symlink_loops_in_a_folder_are_not_followed(workspace: Path) -> None:
    folder = workspace / "stories"
    (folder / "sub").mkdir(parents=True)
    (folder / "story.txt").write_text(TEXT, encoding="utf-8")
    (folder / "sub" / "up").symlink_to("..", target_is_directory=True)
    (folder / "sub" / "self").symlink_to(".", target_is_directory=True)
    (folder / "loop.txt").symlink_to("loop.txt")
    (folder / "a.md").symlink_to("b.md")
    (folder / "b.md").symlink_to("a.md")
    (folder / "dangling.txt").symlink_to("missing.txt")
    run = lint(workspace, "stories", timeout=30)
    assert [entry["path"] for entry in run.report["files"]] == [str(Path("stories", "story.txt")), CLEAN]
    assert [f["code"] for f in run.file(str(Path("stories", "story.txt")))["findings"]] == ["LN902"]
    assert run.code == 1


def test_a_dangling_symlink_named_on_the_command_line_is_no_such_file(workspace: Path) -> None:
    (workspace / "dangling.txt").symlink_to("missing.txt")
    run = lint(workspace, "dangling.txt", timeout=30)
    assert run.code == 2
    assert run.stderr.splitlines() == ["lint-news: error: dangling.txt: no such file"]


def test_a_symlink_loop_named_on_the_command_line_is_an_error_for_that_file(workspace: Path) -> None:
    (workspace / "loop.txt").symlink_to("loop.txt")
    run = lint(workspace, "loop.txt", timeout=30)
    assert run.code == 2
    assert run.file("loop.txt")["error"] == "cannot read: Too many levels of symbolic links"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_in_a_folder_is_skipped_and_one_named_does_not_block(workspace: Path) -> None:
    os.mkfifo(workspace / "pipe.txt")
    run = lint(workspace, ".", timeout=30)
    assert [entry["path"] for entry in run.report["files"]] == [CLEAN, CLEAN]  # the folder's file, then the argument
    run = lint(workspace, "pipe.txt", timeout=30)  # no writer: it used to wait for one forever
    assert run.code == 2
    assert run.stderr.splitlines() == ["lint-news: error: pipe.txt: empty file: nothing to lint"]


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero here")
def test_an_endless_device_is_read_up_to_the_limit(workspace: Path) -> None:
    run = lint(workspace, "/dev/zero", timeout=30)  # used to read until memory ran out
    assert run.code == 2
    assert run.stderr.splitlines() == ["lint-news: error: /dev/zero: file too large (over 5 MiB; the limit is 5 MiB)"]


def test_a_fifo_with_a_writer_is_read(tmp_path: Path) -> None:
    """Opening without waiting must not lose a writer's text (``<(cat story.txt)`` is a pipe too)."""
    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs here")
    import threading

    from lint_news.sources import InputError, read_text

    pipe = tmp_path / "pipe.txt"
    os.mkfifo(pipe)
    done = threading.Event()

    def write() -> None:
        while not done.is_set():
            try:
                with open(pipe, "w", encoding="utf-8") as file:  # waits for a reader
                    file.write(TEXT)
                return
            except BrokenPipeError:  # that reader had already seen no writer and gone: again
                continue

    writer = threading.Thread(target=write, daemon=True)
    writer.start()
    text = ""
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:  # before the writer opens, the pipe reads as empty
        try:
            text = read_text(pipe)
            break
        except InputError:
            time.sleep(0.01)
    done.set()
    unblock = os.open(pipe, os.O_RDONLY | os.O_NONBLOCK)  # a writer still waiting for a reader goes on
    writer.join(10)
    os.close(unblock)
    writer.join(10)
    assert text == TEXT


def test_a_file_deleted_between_listing_and_reading(workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """In-process: the folder is listed (``expand``), one file is deleted, then the files are read."""
    from lint_news import runner

    folder = workspace / "stories"
    folder.mkdir()
    for name in ("a.txt", "b.txt", "c.txt"):
        (folder / name).write_text(TEXT, encoding="utf-8")
    linted = runner.reports([str(folder)])  # lists the folder now, reads each file as it is asked for
    (folder / "b.txt").unlink()
    files = list(linted)
    assert [(Path(f.path).name, f.error) for f in files] == [("a.txt", None), ("b.txt", "no such file"), ("c.txt", None)]
    assert [f.code for f in files[0].findings] == [f.code for f in files[2].findings] == ["LN902"]

    real_walk = runner.walk
    monkeypatch.setattr(runner, "walk", lambda path: [*real_walk(path), Path(path, "vanished.txt")])
    files = list(runner.reports([str(folder)]))
    assert [(Path(f.path).name, f.error) for f in files] == [("a.txt", None), ("c.txt", None), ("vanished.txt", "no such file")]


# --------------------------------------------------------------------------------------------
# Known gaps: each fails today; the reason says where the fix belongs


def test_thousands_of_quotations_in_one_sentence_are_linear(workspace: Path) -> None:
    """640,000 characters of quotation marks with no sentence end: 64,000 quotations in one
    sentence. 54 s today (160,000 characters: 2.3 s; 320,000: 8.5 s); about 7 s once linear."""
    (workspace / "quotes.txt").write_text("Headline\n\n" + "\u201d\u201c\u2019\u2018 " * 128_000 + "\n", encoding="utf-8")
    try:
        run = lint(workspace, "quotes.txt", timeout=20)
    except subprocess.TimeoutExpired:
        pytest.fail("over 20 s")
    assert run.file("quotes.txt")["error"] is None


def test_markdown_text_after_a_deep_list_is_linted(workspace: Path) -> None:
    """Ten nested list markers on one line hide the rest of the document from every rule."""
    (workspace / "deep.md").write_text("Headline\n\n" + "- " * 10 + "deep.\n\n" + LEAK + "\n", encoding="utf-8")
    run = lint(workspace, "deep.md", timeout=30)
    assert [f["code"] for f in run.file("deep.md")["findings"]] == ["LN902"]


def test_html_text_after_unclosed_inline_tags_is_linted(workspace: Path) -> None:
    """300 unclosed ``<b>`` hide every paragraph after them (100 do not)."""
    page = "<h1>Headline</h1><p>" + "The mayor <b>said the vote was close. " * 300 + "</p><p>" + LEAK + "</p>"
    (workspace / "deep.html").write_text(page, encoding="utf-8")
    run = lint(workspace, "deep.html", timeout=30)
    assert "LN902" in [f["code"] for f in run.file("deep.html")["findings"]]


def test_max_file_size_sets_the_limit_and_names_it(tmp_path: Path) -> None:
    from conftest import run_cli

    (tmp_path / ".lint-news.toml").write_text("", encoding="utf-8")
    story = tmp_path / "story.txt"
    story.write_text("Council meets\n\n" + "The council met on Monday to set the budget. " * 3000, encoding="utf-8")  # 135 KB
    small = tmp_path / "small.txt"
    small.write_text("Council meets\n\n" + LEAK + "\n", encoding="utf-8")
    refused = run_cli("check", "--quiet", "--max-file-size", "100KiB", str(story), str(small), cwd=tmp_path)
    assert refused.code == 2
    assert f"lint-news: error: {story}: file too large (0.1 MiB; the limit is 100 KiB)" in refused.stderr.splitlines()
    assert ": LN902 " in refused.stdout  # the other file is still linted
    assert run_cli("check", "--quiet", "--max-file-size", "1MiB", str(story), cwd=tmp_path).code in (0, 1)
    bad = run_cli("check", "--max-file-size", "lots", str(story), cwd=tmp_path)
    assert bad.code == 2 and bad.stderr == "lint-news: error: --max-file-size: 'lots' is not a size (write 5MiB, 512KiB or a number of bytes)\n"


def test_sizes_parse_as_people_write_them() -> None:
    from lint_news.sources import parse_size, size_text

    assert [parse_size(text) for text in ("5MiB", "5M", "5 mb", "512k", "512KiB", "1000", "1.5M")] == [5 << 20, 5 << 20, 5 << 20, 512 << 10, 512 << 10, 1000, 3 << 19]
    assert [size_text(size) for size in (5 << 20, 100 << 10, 300, 3 << 19)] == ["5 MiB", "100 KiB", "300 bytes", "1.5 MiB"]
    for text in ("", "0", "-3M", "5 parsecs"):
        with pytest.raises(ValueError):
            parse_size(text)


def test_ctrl_c_during_check_exits_130_without_a_traceback(tmp_path: Path) -> None:
    import signal
    import sys

    (tmp_path / ".lint-news.toml").write_text("", encoding="utf-8")
    folder = tmp_path / "drafts"
    folder.mkdir()
    for number in range(3000):  # each its own text, so that none can come from the results cache
        (folder / f"story-{number:04d}.txt").write_text(f"{TEXT}\nFiled as story {number}.\n", encoding="utf-8")
    before = {path.name: hashlib.sha256(path.read_bytes()).hexdigest() for path in folder.iterdir()}
    # Ctrl-C as a terminal delivers it, though the tests run in the background (where a shell starts them with it ignored)
    process = subprocess.Popen([sys.executable, "-m", "lint_news", "check", str(folder)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=tmp_path,
                               preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    process.stdout.readline()  # the first report is out: past start-up (a signal during imports is Python's, not ours), and 3,000 files take far longer
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=60)
    assert process.returncode == 130, err.decode()
    assert b"Traceback" not in err and b"internal error" not in err
    assert {path.name: hashlib.sha256(path.read_bytes()).hexdigest() for path in folder.iterdir()} == before
