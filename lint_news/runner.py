"""Running lint-news over paths, standard input or a string: the layer the CLI and the API share.

Each file is linted on its own: a file that cannot be read, or whose
configuration is broken, gets an error in its report and the others go on.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from lint_news.config import Config, ConfigError, config_for, resolved
from lint_news.engine import RuleHits, lint_document, rule_set
from lint_news.readers import read_document
from lint_news.report import FileReport, Report
from lint_news.rules import PackError
from lint_news.sources import MAX_FILE_BYTES, InputError, Target, decode, read_bytes, walk
from lint_news.substance import score_document

if TYPE_CHECKING:
    from lint_news.diff import ChangedLines
    from lint_news.document import SharedPlace


@dataclass(frozen=True)
class FixMode:
    """``check --fix``: which fixes to apply, and whether to write them."""

    unsafe: bool = False  # --unsafe-fixes: the fixes a person should review too
    dry_run: bool = False  # --dry-run: work out the fixes (the CLI prints a diff), write nothing


@dataclass(frozen=True)
class Overrides:
    """Command-line settings that take precedence over configuration files."""

    select: tuple[str, ...] | None = None  # replaces the configured selection
    ignore: tuple[str, ...] = ()  # added to the configured ignores
    fail_on: str | None = None
    min_substance: float | None = None
    config: Path | None = None  # use this file instead of discovering one
    max_file_bytes: int = MAX_FILE_BYTES  # larger files are refused (--max-file-size)
    fix: FixMode | None = None  # --fix: fix what can be fixed, then report what remains

    def apply(self, config: Config) -> Config:
        changes: dict = {}
        if self.select is not None:
            changes["select"] = self.select
        if self.ignore:
            changes["ignore"] = config.ignore + self.ignore
        if self.fail_on is not None:
            changes["fail_on"] = self.fail_on
        if self.min_substance is not None:
            changes["min_substance"] = self.min_substance
        return dataclasses.replace(config, **changes) if changes else config


def _relative(path: Path, root: Path) -> str | None:
    try:
        return resolved(path).relative_to(root.resolve()).as_posix()
    except ValueError:
        return None


def _excluded(path: Path, config: Config) -> bool:
    if not config.exclude:
        return False
    relative = _relative(path, config.root)
    if relative is None:
        return False
    from pathspec import GitIgnoreSpec

    return GitIgnoreSpec.from_lines(config.exclude).match_file(relative)


def lint_source(text: str, name: str, config: Config, location: Path | None = None, format: str | None = None, shared: tuple[SharedPlace, ...] = ()) -> FileReport:
    """Lint decoded ``text`` shown as ``name``; ``location`` places it for per-file ignores.

    ``format`` overrides the one ``name``'s suffix implies; ``shared`` marks the passages other
    articles of a corpus run carry (:mod:`lint_news.corpus`)."""
    report = FileReport(path=name, fail_on=config.fail_on, min_substance=config.min_substance)
    try:
        rules = rule_set(config)
    except (ConfigError, PackError) as error:
        report.error, report.error_scope = str(error), "configuration"
        return report
    report.rules = rules.rules
    try:
        document = read_document(text, name, format)
    except InputError as error:
        report.error = str(error)
        return report
    document.shared_places = shared
    # the path relative to the configuration is for per-file-ignores alone: resolving it costs system calls
    relative = _relative(location, config.root) if location is not None and rules.per_file_ignores else None
    hits = RuleHits(document)
    report.findings = lint_document(document, rules, relative, hits)
    report.substance = score_document(document, report.findings, hits)
    report.keep_lines(text)
    return report


def _lint_target(target: Target, overrides: Overrides, stdin: str | bytes | None, shared: tuple[SharedPlace, ...] = ()) -> FileReport:
    location = target.path if target.path is not None else Path(target.name)
    try:
        config = overrides.apply(config_for(location, overrides.config))
    except ConfigError as error:
        return FileReport(path=target.name, error=str(error), error_scope="configuration")
    try:
        if target.path is None:
            data = stdin.encode("utf-8", "surrogateescape") if isinstance(stdin, str) else (stdin or b"")
        else:
            data = read_bytes(target.path, overrides.max_file_bytes)
        text = decode(data, overrides.max_file_bytes)
    except InputError as error:
        return FileReport(path=target.name, error=str(error))
    if overrides.fix is not None:
        return _fix_target(target, data, text, config, location, overrides.fix)
    return lint_source(text, target.name, config, location, shared=shared)


def _fix_target(target: Target, data: bytes, text: str, config: Config, location: Path, mode: FixMode) -> FileReport:
    """Fix one file (or standard input) and report what remains.

    The file is written only when a fix changed it, atomically and with its permissions, BOM
    and line endings; not at all when its bytes on disk are no longer those that were read
    (an editor saved it meanwhile): that is the file's error, and nothing is lost."""
    from lint_news.fixer import fix_source

    outcome, report = fix_source(text, target.name, config, location, unsafe=mode.unsafe)
    outcome.standard_input = target.path is None
    report.fixing = outcome
    if mode.dry_run or not outcome.changed or target.path is None:
        return report
    from lint_news.atomic import write_atomically
    from lint_news.fixer import encode_like

    path = resolved(target.path)
    try:
        if path.read_bytes() != data:
            return FileReport(path=target.name, error="changed on disk while it was being fixed; not written (run again)")
        permissions = path.stat().st_mode & 0o7777
        if not permissions & 0o222 or not os.access(path, os.W_OK):  # a rename would replace it all the same
            return FileReport(path=target.name, error="read-only file; the fixes were not written")
        write_atomically(path, encode_like(outcome.fixed, data), mode=permissions)
    except OSError as error:
        return FileReport(path=target.name, error=f"cannot write the fixes: {error.strerror or error}")
    return report


def expand(arguments: list[str], overrides: Overrides, stdin_filename: str | None = None) -> list[Target | FileReport]:
    """Targets for the command-line arguments, or an error report for each one that is unusable."""
    expanded: list[Target | FileReport] = []
    for argument in arguments:
        if argument == "-":
            expanded.append(Target(stdin_filename or "-", None, True))
            continue
        path = Path(argument)
        if path.is_dir():
            found: list[Target | FileReport] = []  # in walk order, errors where they occur
            for file in walk(path):
                try:
                    excluded = _excluded(file, config_for(file, overrides.config))
                except ConfigError as error:
                    found.append(FileReport(path=str(file), error=str(error), error_scope="configuration"))
                    continue
                if not excluded:
                    found.append(Target(str(file), file, False))
            if not found:
                found.append(FileReport(path=argument, error="no lintable files (.txt, .text, .md, .markdown, .html, .htm) in this folder"))
            expanded.extend(found)
        else:
            expanded.append(Target(argument, path, True))
    return expanded


def _lint_in_worker(item: tuple[Target, Overrides, tuple[SharedPlace, ...]]) -> FileReport:
    """One file in a worker process; the rules go back as their configuration, not as objects."""
    target, overrides, shared = item
    report = _lint_target(target, overrides, None, shared)
    report.rules = ()
    return report


def reports(
    arguments: list[str],
    overrides: Overrides = Overrides(),
    stdin: str | bytes | None = None,
    stdin_filename: str | None = None,
    jobs: int = 1,
    diff: str | None = None,
    cross_file: bool = False,
) -> Iterator[FileReport]:
    """Each file's report for ``arguments``, in order, as soon as it is linted.

    A caller that prints each report and lets it go (``lint-news check``) holds one file's
    report at a time however many files there are. With ``jobs`` > 1, files are linted in
    that many processes, and the reports come in the same order as with one.

    ``diff`` keeps only the findings on lines changed since that git revision ("" for
    the staged changes or the default branch, as ``--diff`` alone); a revision git
    cannot use raises :class:`lint_news.diff.DiffError` here, before any file is read.

    ``cross_file`` first reads every file to find the passages three or more of them share
    (:mod:`lint_news.corpus.marks`), which the ``shared-passage`` rule then reports in each."""
    changed = None
    if diff is not None:
        from lint_news.diff import ChangedLines

        changed = ChangedLines(diff or None)
    items = expand(arguments, overrides, stdin_filename)
    shared: dict[str, tuple[SharedPlace, ...]] = {}
    if cross_file:
        from lint_news.corpus.marks import shared_places_of_files

        shared = shared_places_of_files([item for item in items if isinstance(item, Target) and item.path is not None])
    return _reports(items, overrides, stdin, jobs, changed, shared)


def _reports(
    items: list[Target | FileReport], overrides: Overrides, stdin: str | bytes | None, jobs: int, changed: ChangedLines | None, shared: dict[str, tuple[SharedPlace, ...]]
) -> Iterator[FileReport]:
    files = [item for item in items if isinstance(item, Target) and item.path is not None]
    if jobs > 1 and len(files) > 1:
        linted = _run_parallel(items, files, overrides, stdin, jobs, shared)
    else:
        linted = (item if isinstance(item, FileReport) else _lint_target(item, overrides, stdin, shared.get(item.name, ())) for item in items)
    for report in linted:
        if changed is not None:
            changed.keep(report)
        yield report


def run(arguments: list[str], *options: object, **keywords: object) -> Report:
    """Every file's report for ``arguments`` in one :class:`Report`; the same arguments as :func:`reports`."""
    return Report(list(reports(arguments, *options, **keywords)))  # type: ignore[arg-type]


def _run_parallel(
    items: list[Target | FileReport], files: list[Target], overrides: Overrides, stdin: str | bytes | None, jobs: int, shared: dict[str, tuple[SharedPlace, ...]]
) -> Iterator[FileReport]:
    """``items`` in order; ``files`` (the targets among them that are files) go to ``jobs`` processes."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    try:  # load the rules once here, so that forked workers start with them
        rule_set(overrides.apply(config_for(files[0].path, overrides.config)))
    except (ConfigError, PackError):
        pass  # each file's report carries the error
    context = multiprocessing.get_context("fork") if "fork" in multiprocessing.get_all_start_methods() else None
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
        linted = iter(pool.map(_lint_in_worker, [(target, overrides, shared.get(target.name, ())) for target in files], chunksize=max(1, min(16, len(files) // (jobs * 4)))))
        for item in items:
            if isinstance(item, FileReport):
                yield item
            elif item.path is None:
                yield _lint_target(item, overrides, stdin)
            else:
                report = next(linted)
                if report.error is None:
                    report.rules = rule_set(overrides.apply(config_for(item.path, overrides.config))).rules
                yield report


def forget_configuration() -> None:
    """Forget the configuration files found and parsed, so an edit to one is seen on the next lint.

    Cheap (they are small files read again); the language server calls it before every lint."""
    from lint_news.session import current

    current().forget_configuration()


def invalidate() -> None:
    """Forget everything the process's session holds about the project (see :mod:`lint_news.session`):
    configuration, the rule packs and plugins loaded, the rule sets and prefilters built from them.

    The language server calls it when the client reports a configuration file or a pack changed."""
    from lint_news.session import current

    current().invalidate()
