"""The ``lint-news`` command line.

Exit codes (DESIGN 3.3): 0 nothing at or above the fail level, 1 findings or
substance below the minimum, 2 usage, configuration or input errors. Every
error is one line on stderr starting ``lint-news: error:``; no traceback.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from lint_news import __version__
from lint_news.compiled_dataclasses import install as _install_compiled_dataclasses

_install_compiled_dataclasses()  # before the modules that define dataclasses: see its docstring

from lint_news.config import FAIL_ON_VALUES  # noqa: E402
from lint_news.formatters import FORMATS  # noqa: E402

EXIT_USAGE = 2


def _error(message: str) -> None:
    click.echo(f"lint-news: error: {message}", err=True)


def _split(values: tuple[str, ...]) -> tuple[str, ...]:
    """``--select LN8,LN201 --select padding`` -> ("LN8", "LN201", "padding")."""
    return tuple(item.strip() for value in values for item in value.split(",") if item.strip())


def _use_colour(choice: str) -> bool:
    if choice != "auto":
        return choice == "always"
    return sys.stdout.isatty() and "NO_COLOR" not in os.environ


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "-V", "--version", prog_name="lint-news")
def cli() -> None:
    """Find the defects of AI-generated and boilerplate journalism."""


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=str))
@click.option("--format", "output_format", type=click.Choice(FORMATS), default="text", show_default=True, help="Output format.")
@click.option("--select", multiple=True, metavar="RULES", help="Only these codes, prefixes, rule names or families (comma-separated; replaces the configured selection).")
@click.option("--ignore", multiple=True, metavar="RULES", help="Also switch these off (comma-separated).")
@click.option("--fail-on", type=click.Choice(FAIL_ON_VALUES), default=None, help="Lowest severity that makes the exit code 1 [default: warning].")
@click.option("--min-substance", type=click.FloatRange(0, 100), default=None, metavar="N", help="Exit 1 when a file's substance score is below N.")
@click.option("--config", "config_path", type=click.Path(path_type=Path, dir_okay=False), default=None, help="Use this configuration file instead of finding one.")
@click.option("--stdin-filename", default=None, metavar="NAME", help="Name for text read from '-' (picks format, configuration and per-file ignores).")
@click.option("--statistics", is_flag=True, help="Print how often each rule fired instead of the findings.")
@click.option("-q", "--quiet", is_flag=True, help="Print findings only: no excerpts, scores or summary.")
@click.option("--color", "colour", type=click.Choice(["auto", "always", "never"]), default="auto", show_default=True, help="Colour the text report.")
@click.option("--diff", "diff_ref", is_flag=False, flag_value="", default=None, metavar="[REF]",
              help="Only report findings on lines added or changed since REF (write --diff=REF); "
                   "alone: since the merge base with the default branch, or the staged changes.")
@click.option("-j", "--jobs", type=click.IntRange(0), default=1, show_default=True, metavar="N",
              help="Lint files in N processes (0: one per CPU); the report is the same as with 1.")
@click.option("--cross-file", is_flag=True, help="Also report passages that three or more of the files share (reads every file first).")
@click.option("--max-file-size", "max_file_size", default="5MiB", show_default=True, metavar="SIZE",
              help="Refuse larger files (exit 2 for them, the others are still linted): 5MiB, 512KiB, or bytes.")
@click.option("--fix", is_flag=True, help="Apply the safe fixes (files are rewritten; '-' prints the fixed text), then report what remains.")
@click.option("--unsafe-fixes", is_flag=True, help="With --fix: apply the fixes a person should review too.")
@click.option("--dry-run", is_flag=True, help="With --fix: print the fixes as a unified diff and write nothing (exit 1 when a file would change).")
def check(paths, output_format, select, ignore, fail_on, min_substance, config_path, stdin_filename, statistics, quiet, colour, diff_ref, jobs, cross_file, max_file_size, fix, unsafe_fixes, dry_run) -> None:
    """Lint articles (files, folders, or - for standard input)."""
    from lint_news.formatters import stream
    from lint_news.runner import FixMode, Overrides, reports

    for flag, given in (("--unsafe-fixes", unsafe_fixes), ("--dry-run", dry_run)):
        if given and not fix:
            _error(f"{flag} works with --fix (write: --fix {flag})")
            sys.exit(EXIT_USAGE)
    for flag, given in (("--diff", diff_ref is not None), ("--cross-file", cross_file)):
        if fix and given:
            _error(f"--fix cannot be combined with {flag}")
            sys.exit(EXIT_USAGE)

    if diff_ref:
        from lint_news.diff import is_revision

        if not is_revision(diff_ref) and Path(diff_ref).exists():
            paths, diff_ref = (diff_ref, *paths), ""  # `--diff story.md`: click took the path for REF
    if not paths:
        paths = ("-",) if stdin_filename else (".",)
    if config_path is not None and not config_path.is_file():
        _error(f"{config_path}: configuration file not found")
        sys.exit(EXIT_USAGE)
    from lint_news.sources import parse_size

    try:
        max_file_bytes = parse_size(max_file_size)
    except ValueError as error:
        _error(f"--max-file-size: {error}")
        sys.exit(EXIT_USAGE)
    overrides = Overrides(
        select=_split(select) or None,
        ignore=_split(ignore),
        fail_on=fail_on,
        min_substance=min_substance,
        config=config_path,
        max_file_bytes=max_file_bytes,
        fix=FixMode(unsafe=unsafe_fixes, dry_run=dry_run) if fix else None,
    )
    from lint_news.diff import DiffError

    _collect_less_often()
    stdin = sys.stdin.buffer.read() if "-" in paths else None
    try:
        files = reports(list(paths), overrides, stdin=stdin, stdin_filename=stdin_filename, jobs=jobs or os.cpu_count() or 1, diff=diff_ref, cross_file=cross_file)
    except DiffError as error:
        _error(f"--diff: {error}")
        sys.exit(EXIT_USAGE)

    if fix and dry_run:
        sys.exit(_print_fix_diffs(_errors_to_stderr(files), quiet))
    fixed_stdin: list[bytes] = []
    if fix:
        files = _announce_fixes(files, stdin, fixed_stdin, quiet)
    # with standard input fixed, stdout carries the fixed text and the report goes to stderr
    report_to_stderr = fix and stdin is not None
    colour_on = _use_colour(colour) and output_format == "text" and not report_to_stderr
    # each file's report is printed once it is linted and then let go: memory stays flat on a corpus
    tally = stream(_errors_to_stderr(files), output_format, lambda text: click.echo(text, nl=False, color=colour_on, err=report_to_stderr), colour=colour_on, quiet=quiet, statistics=statistics)
    for data in fixed_stdin:
        sys.stdout.buffer.write(data)
    sys.stdout.flush()
    sys.exit(tally.exit_code())


def _announce_fixes(files, stdin: bytes | None, fixed_stdin: list[bytes], quiet: bool):
    """Say on stderr what ``--fix`` did to each file; keep standard input's fixed text to print."""
    from lint_news.fixer import encode_like

    for report in files:
        outcome = report.fixing
        if outcome is not None and outcome.applied and not quiet:
            codes = ", ".join(sorted({applied.code for applied in outcome.applied}))
            count = len(outcome.applied)
            click.echo(f"lint-news: {report.path}: fixed {count} finding{'s' * (count != 1)} ({codes})", err=True)
        if outcome is not None and outcome.standard_input and stdin is not None:
            fixed_stdin.append(encode_like(outcome.fixed, stdin))
        yield report


def _print_fix_diffs(files, quiet: bool) -> int:
    """``--fix --dry-run``: each file's fixes as a unified diff on stdout; 1 when one would change."""
    changed = fixes = errors = 0
    for report in files:
        if report.error is not None:
            errors += 1
        outcome = report.fixing
        if outcome is None or not outcome.changed:
            continue
        changed += 1
        fixes += len(outcome.applied)
        click.echo(outcome.diff(report.path), nl=False)
    if not quiet:
        click.echo(f"lint-news: would fix {fixes} finding{'s' * (fixes != 1)} in {changed} file{'s' * (changed != 1)}; nothing written", err=True)
    return EXIT_USAGE if errors else 1 if changed else 0


@cli.command("rules")
@click.option("--format", "output_format", type=click.Choice(["text", "json", "markdown"]), default="text", show_default=True,
              help="A table, JSON, or the full Markdown reference with each rule's documentation.")
@click.option("--config", "config_path", type=click.Path(path_type=Path, dir_okay=False), default=None, help="Include the rule packs this configuration adds.")
@click.option("--check-examples", is_flag=True, help="Run every rule's bad and good examples; exit 1 if one does not behave as documented.")
def list_rules(output_format: str, config_path: Path | None, check_examples: bool) -> None:
    """List every rule: code, name, family, default severity."""
    registry = _registry(config_path)
    if check_examples:
        from lint_news.config import DEFAULT, load_config
        from lint_news.examples import check_examples as run_examples

        problems = run_examples(registry, load_config(config_path.resolve()) if config_path else DEFAULT)
        for problem in problems:
            click.echo(f"lint-news: example: {problem}", err=True)
        click.echo(f"{len(list(registry))} rules, {len(problems)} with examples that do not behave as documented.")
        sys.exit(1 if problems else 0)
    if output_format == "markdown":
        from lint_news.docs import rules_reference

        click.echo(rules_reference(list(registry)), nl=False)
        return
    if output_format == "json":
        import json

        rows = [{"code": r.code, "name": r.name, "family": r.family, "severity": r.severity.value, "summary": r.summary, "enabled": r.enabled, "source": r.source} for r in registry]
        click.echo(json.dumps(rows, indent=2, ensure_ascii=False))
        return
    width = max((len(rule.name) for rule in registry), default=4)
    click.echo(f"{'CODE':7} {'NAME':{width}} {'FAMILY':21} SEVERITY")
    for rule in registry:
        marker = "" if rule.enabled else "  (off by default)"
        click.echo(f"{rule.code:7} {rule.name:{width}} {rule.family:21} {rule.severity.value}{marker}")


@cli.command("rule")
@click.argument("code")
@click.option("--config", "config_path", type=click.Path(path_type=Path, dir_okay=False), default=None, help="Include the rule packs this configuration adds.")
def show_rule(code: str, config_path: Path | None) -> None:
    """Explain one rule (by code or name): what it finds, why, and examples."""
    from lint_news.docs import rule_documentation

    rule = _registry(config_path).get(code)
    if rule is None:
        _error(f"unknown rule '{code}' (see 'lint-news rules')")
        sys.exit(EXIT_USAGE)
    click.echo(rule_documentation(rule))


@cli.command("kinds")
@click.argument("name", required=False)
@click.option("--config", "config_path", type=click.Path(path_type=Path, dir_okay=False), default=None, help="Include the rule packs this configuration adds.")
def show_kinds(name: str | None, config_path: Path | None) -> None:
    """List the rule kinds packs can use, or explain one: its options, defaults and rules."""
    from lint_news.docs import kind_documentation

    registry = _registry(config_path)
    rules = list(registry)
    if name is None:
        width = max(len(kind) for kind in registry.kinds)
        click.echo(f"{'KIND':{width}}  RULES  SUMMARY")
        for kind in sorted(registry.kinds.values(), key=lambda kind: kind.name):
            used = sum(rule.kind == kind.name for rule in rules)
            click.echo(f"{kind.name:{width}}  {used:5}  {kind.summary}")
        return
    kind = registry.kinds.get(name)
    if kind is None:
        _error(f"unknown kind '{name}' (see 'lint-news kinds')")
        sys.exit(EXIT_USAGE)
    click.echo(kind_documentation(kind, rules), nl=False)


@cli.command("score")
@click.argument("paths", nargs=-1, type=click.Path(path_type=str))
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--config", "config_path", type=click.Path(path_type=Path, dir_okay=False), default=None, help="Use this configuration file instead of finding one.")
@click.option("--stdin-filename", default=None, metavar="NAME", help="Name for text read from '-'.")
def score(paths, output_format, config_path, stdin_filename) -> None:
    """Score how much each article says (0-100) and explain why."""
    from lint_news.report import Report
    from lint_news.runner import Overrides, reports

    if not paths:
        paths = ("-",) if stdin_filename else (".",)
    stdin = sys.stdin.buffer.read() if "-" in paths else None
    report = Report(list(_errors_to_stderr(reports(list(paths), Overrides(config=config_path), stdin=stdin, stdin_filename=stdin_filename))))
    if output_format == "json":
        import json

        rows = [{"path": f.path, "substance": f.substance.to_dict() if f.substance else None, "error": f.error} for f in report.files]
        click.echo(json.dumps(rows, indent=2, ensure_ascii=False))
    else:
        from lint_news.formatters.text import substance_lines

        for file in report.files:
            if file.error is None:
                click.echo("\n".join(substance_lines(file)))
    sys.exit(EXIT_USAGE if report.errors else 0)


@cli.command("read")
@click.argument("path", type=click.Path(path_type=str))
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--stdin-filename", default=None, metavar="NAME", help="Name (and so format) for text read from '-'.")
def read_command(path: str, output_format: str, stdin_filename: str | None) -> None:
    """Show what lint-news reads in a file: its headline, dek and blocks, with kind, line and column."""
    from lint_news.reading import document_view, view_lines
    from lint_news.readers import read_document
    from lint_news.sources import InputError, decode, read_text

    name = stdin_filename or "<stdin>" if path == "-" else path
    try:
        text = decode(sys.stdin.buffer.read()) if path == "-" else read_text(Path(path))
        document = read_document(text, name)
    except InputError as error:
        _error(f"{name}: {error}")
        sys.exit(EXIT_USAGE)
    view = document_view(document, name)
    if output_format == "json":
        import json

        click.echo(json.dumps(view, indent=2, ensure_ascii=False))
    else:
        click.echo("\n".join(view_lines(view)))


@cli.command("train")
@click.option("--corpus", "corpus_path", required=True, type=click.Path(path_type=Path, dir_okay=False, exists=True), help="Labelled JSON lines (id, source, label human|ai, text).")
@click.option("--out", "out_path", required=True, type=click.Path(path_type=Path, dir_okay=False), help="Where to write the model JSON.")
@click.option("--seed", default=0, show_default=True, help="Seed for the cross-validation folds.")
@click.option("--compare", is_flag=True, help="Also evaluate the features alone and the wording model alone, for comparison.")
def train_command(corpus_path: Path, out_path: Path, seed: int, compare: bool) -> None:
    """Fit the substance model (needs lint-news[train]) and report how it does on sources and generators it did not see."""
    from lint_news.substance import train

    try:
        import sklearn  # noqa: F401 (it brings numpy and SciPy)
    except ImportError as error:
        _error(f"lint-news train needs scikit-learn: {train.TRAIN_EXTRA} ({error})")
        sys.exit(EXIT_USAGE)

    try:
        corpus = train.load_corpus(corpus_path, progress=lambda message: click.echo(message, err=True))
    except (ValueError, KeyError) as error:
        _error(f"{corpus_path}: cannot read corpus: {error}")
        sys.exit(EXIT_USAGE)
    model = train.train(corpus, seed=seed, compare=compare, log=click.echo)
    train.write_model(model, out_path)
    click.echo(f"wrote {out_path} ({out_path.stat().st_size / 1024:.0f} KiB)")


@cli.command("scan")
@click.argument("inputs", nargs=-1, type=click.Path(path_type=str))
@click.option("-o", "--output", type=click.Path(path_type=Path, dir_okay=False), default=None,
              help="Write one row per article here: JSON lines, or Parquet for a .parquet name [default: standard output].")
@click.option("--summary", "summary_path", type=click.Path(path_type=Path, dir_okay=False), default=None, help="Also write the summary as JSON here.")
@click.option("--report", "report_path", type=click.Path(path_type=Path, dir_okay=False), default=None, help="Write the audit report, one self-contained HTML file, here.")
@click.option("-j", "--jobs", type=click.IntRange(0), default=1, show_default=True, metavar="N", help="Lint in N processes (0: one per CPU); with --dask, the LocalCluster's workers.")
@click.option("--dask", "dask_address", is_flag=False, flag_value="", default=None, metavar="[ADDRESS]",
              help="Run on a Dask cluster: the scheduler at ADDRESS (write --dask=ADDRESS), or alone a new LocalCluster.")
@click.option("--resume", is_flag=True, help="Keep the rows --output already holds and lint only the others.")
@click.option("--text-column", default="text", show_default=True, metavar="NAME", help="The column of JSON lines, CSV and Parquet inputs that holds the article.")
@click.option("--text-format", type=click.Choice(["plain", "markdown", "html"]), default="plain", show_default=True, help="How the text column is written.")
@click.option("--select", multiple=True, metavar="RULES", help="Only these codes, prefixes, rule names or families.")
@click.option("--ignore", multiple=True, metavar="RULES", help="Also switch these off.")
@click.option("--config", "config_path", type=click.Path(path_type=Path, dir_okay=False), default=None, help="Use this configuration file instead of finding one.")
@click.option("--min-articles", type=click.IntRange(2), default=3, show_default=True, metavar="N", help="A passage counts as shared when N or more articles carry it.")
@click.option("--no-shared-passages", is_flag=True, help="Do not look for passages shared across articles (one pass instead of two).")
@click.option("--report-articles", type=click.IntRange(0), default=2000, show_default=True, metavar="N", help="How many of the emptiest articles the report lists with their text.")
@click.option("--progress/--no-progress", default=None, help="Show a progress bar [default: on a terminal, outside CI].")
@click.option("-q", "--quiet", is_flag=True, help="Do not print the summary on standard error.")
def scan_command(inputs, output, summary_path, report_path, jobs, dask_address, resume, text_column, text_format, select, ignore, config_path,
                 min_articles, no_shared_passages, report_articles, progress, quiet) -> None:
    """Audit a corpus: JSON lines, CSV or Parquet files with a text column, or folders of articles.

    Writes one row per article (its substance, counts by family and severity, and the
    findings), then a summary per source on standard error. Passages that three or more
    articles share are reported in each of them. Exit 0 when every input was read, 2 when
    one could not be (bad rows are reported and skipped), 130 when interrupted: the rows
    written so far are kept, and --resume goes on from them."""
    from lint_news.config import ConfigError, config_for
    from lint_news.corpus.execution import ClusterError
    from lint_news.corpus.rows import Columns
    from lint_news.corpus.scan import ScanSettings, progress_wanted, scan
    from lint_news.engine import rule_set
    from lint_news.rules import PackError
    from lint_news.runner import Overrides
    from lint_news.sources import InputError

    if dask_address and Path(dask_address).exists():
        inputs, dask_address = (dask_address, *inputs), ""  # `--dask site.jsonl`: click took the input for ADDRESS
    if not inputs:
        _error("scan needs at least one input: a JSON-lines, CSV or Parquet file, or a folder of articles")
        sys.exit(EXIT_USAGE)
    if resume and output is None:
        _error("--resume needs --output: the rows of the earlier run")
        sys.exit(EXIT_USAGE)
    if config_path is not None and not config_path.is_file():
        _error(f"{config_path}: configuration file not found")
        sys.exit(EXIT_USAGE)
    overrides = Overrides(select=_split(select) or None, ignore=_split(ignore), config=config_path)
    try:
        config = overrides.apply(config_for(Path.cwd() / "scan", config_path))
        rule_set(config)
    except (ConfigError, PackError) as error:
        _error(str(error))
        sys.exit(EXIT_USAGE)
    settings = ScanSettings(
        inputs=tuple(inputs), config=config, columns=Columns(text_column, text_format), output=output, summary_path=summary_path,
        report_path=report_path, jobs=jobs or os.cpu_count() or 1, dask=dask_address, resume=resume,
        shared_passages=not no_shared_passages, min_articles=min_articles, report_articles=report_articles,
        progress=progress_wanted(progress), quiet=quiet,
    )
    try:
        result = scan(settings, lambda line: click.echo(line, err=True))
    except (InputError, ClusterError) as error:
        _error(str(error))
        sys.exit(EXIT_USAGE)
    sys.exit(result.exit_code)


@cli.command("lsp")
def lsp() -> None:
    """Run the Language Server Protocol server on stdio (for editors; needs lint-news[lsp])."""
    try:
        from lint_news.lsp.server import serve
    except ImportError as error:
        _error(f"the language server needs pygls: pip install 'lint-news[lsp]' ({error})")
        sys.exit(EXIT_USAGE)
    serve()


#: Allocations (net of frees) between two young-generation collections, instead of Python's 700.
_YOUNG_COLLECTION_EVERY = 10_000


def _collect_less_often() -> None:
    """Run the cyclic garbage collector less often while files are linted.

    A Document, its blocks, sentences and tokens live while one file is linted and are freed
    by reference counting after it; they hold next to no cycles (324 objects over 400 corpus
    articles). With Python's default thresholds the collector still walked them, and then the
    rules, patterns and caches loaded at start-up, in 268 collections that took 0.22-0.30 s,
    7% of the run; at 10,000 it collects 35 times, in 0.11-0.16 s. Memory is unchanged: what
    the collector would free waits a little longer."""
    import gc

    young, middle, old = gc.get_threshold()
    if 0 < young < _YOUNG_COLLECTION_EVERY:  # 0: collection is switched off (PYTHONGC, an embedding program); keep that
        gc.set_threshold(_YOUNG_COLLECTION_EVERY, middle, old)


def _errors_to_stderr(files):
    """The reports, passed on; one line on stderr per unreadable file as it comes, and a broken
    configuration or pack once, however many files it governs."""
    reported: set[str] = set()
    for file in files:
        if file.error is not None:
            line = file.error if file.error_scope == "configuration" else f"{file.path}: {file.error}"
            if line not in reported:
                reported.add(line)
                _error(line)
        yield file


def _registry(config_path: Path | None):
    from lint_news.config import ConfigError, load_config
    from lint_news.rules import PackError, load_registry

    try:
        config = load_config(config_path.resolve()) if config_path else None
        return load_registry(config.rule_packs, config.local_plugins) if config else load_registry()
    except (ConfigError, PackError) as error:
        _error(str(error))
        sys.exit(EXIT_USAGE)


def main(argv: list[str] | None = None) -> None:
    """Entry point: click, with usage errors as one line and exit code 2."""
    try:
        cli.main(args=argv, prog_name="lint-news", standalone_mode=False)
    except click.exceptions.NoArgsIsHelpError as error:  # `lint-news` alone: help, exit 2 like click
        click.echo(error.ctx.get_help() if error.ctx else str(error))
        sys.exit(EXIT_USAGE)
    except click.UsageError as error:
        _error(error.format_message())
        sys.exit(EXIT_USAGE)
    except click.exceptions.Exit as done:
        sys.exit(done.exit_code)
    except click.Abort as abort:
        if isinstance(abort.__context__, KeyboardInterrupt):
            sys.exit(130)  # Ctrl-C, as shells report it
        _error("aborted")
        sys.exit(EXIT_USAGE)
    except BrokenPipeError:
        sys.exit(0)
    except Exception as error:  # a bug: one line for the user, the traceback on request
        if os.environ.get("LINT_NEWS_DEBUG"):
            raise
        _error(f"internal error: {type(error).__name__}: {error} (set LINT_NEWS_DEBUG=1 for a traceback)")
        sys.exit(EXIT_USAGE)
    sys.exit(0)


if __name__ == "__main__":
    main()
