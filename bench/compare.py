"""lint-news side by side with proselint, in one run, on the same articles.

    python bench/compare.py ../shared/corpus/train.jsonl [--articles 400] [--write docs/performance.md]

Installs proselint (the latest on PyPI, or ``--proselint-spec``) into its own
virtualenv under ``~/.cache/lint-news-bench`` the first time, then measures
both tools the same way, as separate processes, each measurement the median of
``--repeat`` runs (at least 25 for the cold start, the shortest and noisiest), the two tools taking turns:

- throughput: one invocation over a folder of human news articles (articles/s, MB/s), and the CPU
  time (user + system) of that run, which the neighbours' load on a shared machine leaves alone;
- cold start: one one-line file, interpreter start-up included;
- peak memory (maximum resident set size) of the throughput run;
- one 5 MB file (articles joined), and the same 100 articles as one file vs 100 files;
- scaling: one article, and the same text made 10 and 100 times longer.

lint-news is installed from this checkout into a virtualenv of its own
there too, as a user would install it (every default rule and the substance
score on); its start-up cache (:mod:`lint_news.cache`) is a folder of the benchmark's own,
warmed by one unmeasured run, as it is for every run of a pre-commit hook but the first. Ratios are lint-news's speed over proselint's,
so above 1 means lint-news is faster. The corpus text is written to a
temporary folder and removed afterwards; nothing of it is kept.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import venv
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CACHE = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "lint-news-bench"

#: Runs a command and prints its wall time and the peak RSS of the command (KiB) as JSON.
_MEASURE = (
    "import json, resource, subprocess, sys, time\n"
    "start = time.perf_counter()\n"
    "subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)\n"
    "wall = time.perf_counter() - start\n"
    "usage = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
    "print(json.dumps({'wall': wall, 'cpu': usage.ru_utime + usage.ru_stime, 'rss_kib': usage.ru_maxrss}))\n"
)


def proselint_command(spec: str) -> list[str]:
    """The proselint executable from its own virtualenv, installed on first use."""
    home = CACHE / "proselint-venv"
    executable = home / "bin" / "proselint"
    if not executable.exists():
        print(f"installing {spec} into {home} ...", file=sys.stderr)
        venv.create(home, with_pip=True, clear=True)
        subprocess.run([str(home / "bin" / "python"), "-m", "pip", "install", "--quiet", spec], check=True)
    return [str(executable), "check"]


def lint_news_command() -> list[str]:
    """lint-news from this checkout, installed into its own virtualenv as a user installs it.

    Not the editable install a developer works in: that adds an import hook to
    every interpreter start (about 10 ms here), and may run without compiled
    bytecode; proselint is measured as pip installs it, and so is lint-news."""
    home = CACHE / "lint-news-venv"
    python = home / "bin" / "python"
    # From a clean copy of the checkout: setuptools reuses an in-tree build/ folder, and files
    # it holds from an older layout would be installed beside the current ones.
    with tempfile.TemporaryDirectory(prefix="lint-news-source-") as temporary:
        source = Path(temporary) / "lint-news"
        shutil.copytree(REPO, source, ignore=shutil.ignore_patterns(".git", "build", "dist", "*.egg-info", "__pycache__"))
        if not python.exists():
            print(f"creating {home} ...", file=sys.stderr)
            venv.create(home, with_pip=True, clear=True)
            subprocess.run([str(python), "-m", "pip", "install", "--quiet", str(source)], check=True)
        else:  # this checkout as it is now; the dependencies stay as installed
            subprocess.run([str(python), "-m", "pip", "install", "--quiet", "--no-deps", "--force-reinstall", str(source)], check=True)
    return [str(home / "bin" / "lint-news"), "check", "--fail-on", "never"]


#: lint-news's start-up cache for the benchmark alone: the user's own folder keeps a few entries per
#: name, and other lint-news runs on the machine (a test suite, an editor) can push the benchmark's out
#: between its runs, which then pay for rebuilding them.
LINT_NEWS_CACHE = CACHE / "lint-news-start-up-cache"


def measure(command: list[str], env: dict[str, str] | None = None) -> tuple[float, float, int]:
    """Wall seconds, CPU seconds (user + system) and peak RSS (KiB) of one run of ``command``.

    CPU time is what the tool itself spent; on a shared machine wall time also holds the
    neighbours' load, so both are reported."""
    output = subprocess.run([sys.executable, "-c", _MEASURE, *command], capture_output=True, text=True, check=True, env=env).stdout
    result = json.loads(output)
    return result["wall"], result["cpu"], result["rss_kib"]


def human_articles(corpus: Path, count: int) -> list[str]:
    texts = []
    with corpus.open(encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            if row.get("label") == "human" and len(row.get("text", "").split()) >= 150:
                texts.append(row["text"])
                if len(texts) == count:
                    break
    if len(texts) < count:
        sys.exit(f"{corpus}: only {len(texts)} human articles of 150 words or more")
    return texts


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def machine() -> str:
    model = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{os.cpu_count()} cores{', ' + model if model else ''}; Python {platform.python_version()}; {platform.system()} {platform.release()}"


def versions(proselint: list[str], lint_news: list[str]) -> tuple[str, str, int, int]:
    lint_version = subprocess.run([lint_news[0], "--version"], capture_output=True, text=True).stdout.strip()
    prose_version = subprocess.run([proselint[0], "version"], capture_output=True, text=True).stdout.strip()
    rules = subprocess.run([lint_news[0], "rules", "--format", "json"], capture_output=True, text=True).stdout
    lint_rules = sum(1 for rule in json.loads(rules) if rule.get("enabled", True))
    config = subprocess.run([proselint[0], "dump-config"], capture_output=True, text=True).stdout
    try:
        checks = json.loads(config).get("checks", {})
        prose_rules = sum(1 for value in checks.values() if value)
    except (json.JSONDecodeError, AttributeError):
        prose_rules = 0
    return lint_version, prose_version, lint_rules, prose_rules


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--articles", type=int, default=400)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--proselint-spec", default="proselint")
    parser.add_argument("--write", type=Path, default=None, help="also write the table to this Markdown file")
    args = parser.parse_args()

    proselint = proselint_command(args.proselint_spec)
    lint_news = lint_news_command()
    texts = human_articles(args.corpus, args.articles)
    tools = {"lint-news": lint_news, "proselint": proselint}
    environments = {"lint-news": {**os.environ, "LINT_NEWS_CACHE_DIR": str(LINT_NEWS_CACHE)}, "proselint": None}
    rows: list[tuple[str, dict[str, str], str]] = []

    with tempfile.TemporaryDirectory(prefix="lint-news-compare-") as temporary:
        root = Path(temporary)
        folder = root / "articles"
        folder.mkdir()
        for number, text in enumerate(texts):
            write(folder, f"article-{number:04d}.txt", text)
        megabytes = sum(len(text.encode("utf-8")) for text in texts) / 1e6
        short = write(root, "short.txt", "The council met on Tuesday.\n")
        big_text, index = [], 0
        while sum(len(part) for part in big_text) < 5_000_000:
            big_text.append(texts[index % len(texts)])
            index += 1
        big = write(root, "five-mb.txt", "\n\n".join(big_text)[:5_000_000])
        hundred = root / "hundred"
        hundred.mkdir()
        for number, text in enumerate(texts[:100]):
            write(hundred, f"a{number:03d}.txt", text)
        joined = write(root, "hundred-joined.txt", "\n\n".join(texts[:100]))
        median_article = sorted(texts, key=len)[len(texts) // 2]
        scale = {n: write(root, f"x{n}.txt", "\n\n".join([median_article] * n)) for n in (1, 10, 100)}

        # Each measurement alternates the tools run by run, so a machine that speeds up or slows
        # down during the benchmark (a shared virtual machine does) moves both alike.
        measurements = [
            ("throughput_wall", folder, args.repeat),
            ("cold", short, max(args.repeat, 25)),
            ("big", big, args.repeat),
            ("hundred_files", hundred, args.repeat),
            ("hundred_joined", joined, args.repeat),
            *((f"x{n}", path, args.repeat) for n, path in scale.items()),
        ]
        walls: dict[str, dict[str, list[float]]] = {name: {} for name in tools}
        peaks: dict[str, list[int]] = {name: [] for name in tools}
        for name, command in tools.items():  # a first run of each, unmeasured, fills the start-up caches
            measure([*command, str(short)], environments[name])
        for key, path, runs in measurements:
            for _ in range(runs):
                for name, command in tools.items():
                    wall, cpu, rss = measure([*command, str(path)], environments[name])
                    walls[name].setdefault(key, []).append(wall)
                    if key == "throughput_wall":
                        walls[name].setdefault("throughput_cpu", []).append(cpu)
                        peaks[name].append(rss)
        results = {name: {key: statistics.median(values) for key, values in walls[name].items()} for name in tools}
        for name in tools:
            results[name]["rss_mib"] = max(peaks[name]) / 1024

    lint_version, prose_version, lint_rules, prose_rules = versions(proselint, lint_news)
    ours, theirs = results["lint-news"], results["proselint"]

    def speed(key: str) -> str:
        return f"{theirs[key] / ours[key]:.2f}x"

    rows = [
        ("throughput, articles/s", {n: f"{len(texts) / r['throughput_wall']:.0f}" for n, r in results.items()}, speed("throughput_wall")),
        ("throughput, MB/s", {n: f"{megabytes / r['throughput_wall']:.3f}" for n, r in results.items()}, speed("throughput_wall")),
        (f"{len(texts)} articles, s", {n: f"{r['throughput_wall']:.2f}" for n, r in results.items()}, speed("throughput_wall")),
        (f"{len(texts)} articles, CPU s", {n: f"{r['throughput_cpu']:.2f}" for n, r in results.items()}, speed("throughput_cpu")),
        ("cold start, one-line file, s", {n: f"{r['cold']:.3f}" for n, r in results.items()}, speed("cold")),
        ("peak memory, MiB", {n: f"{r['rss_mib']:.0f}" for n, r in results.items()}, f"{ours['rss_mib'] / theirs['rss_mib']:.2f}x the memory"),
        ("one 5 MB file, s", {n: f"{r['big']:.2f}" for n, r in results.items()}, speed("big")),
        ("100 articles as 100 files, s", {n: f"{r['hundred_files']:.2f}" for n, r in results.items()}, speed("hundred_files")),
        ("the same 100 as one file, s", {n: f"{r['hundred_joined']:.2f}" for n, r in results.items()}, speed("hundred_joined")),
        ("one file / 100 files", {n: f"{r['hundred_joined'] / r['hundred_files']:.2f}" for n, r in results.items()}, ""),
        ("one article, s", {n: f"{r['x1']:.3f}" for n, r in results.items()}, speed("x1")),
        ("same text x10, s", {n: f"{r['x10']:.3f}" for n, r in results.items()}, speed("x10")),
        ("same text x100, s", {n: f"{r['x100']:.3f}" for n, r in results.items()}, speed("x100")),
    ]
    lines = [
        f"Machine: {machine()}.",
        f"Tools: {lint_version} ({lint_rules} rules enabled by default, substance score on); {prose_version} ({prose_rules} check groups enabled).",
        f"Articles: the first {len(texts)} human articles of 150+ words in {args.corpus.name} ({megabytes:.2f} MB); median of {args.repeat} runs (cold start: {max(args.repeat, 25)}), the tools taking turns; every figure includes interpreter start-up.",
        "",
        "| measure | lint-news | proselint | lint-news speed-up |",
        "| --- | ---: | ---: | ---: |",
    ]
    lines += [f"| {label} | {values['lint-news']} | {values['proselint']} | {ratio} |" for label, values, ratio in rows]
    table = "\n".join(lines)
    print(table)
    if args.write:
        _write_markdown(args.write, table, " ".join([Path(sys.argv[0]).as_posix(), *sys.argv[1:]]))
    return 0


def _write_markdown(path: Path, table: str, command: str) -> None:
    """Replace the generated section of ``path`` (between the markers), keeping the rest."""
    begin, end = "<!-- bench/compare.py: begin -->", "<!-- bench/compare.py: end -->"
    section = f"{begin}\nMeasured with `python {command}` on {time.strftime('%Y-%m-%d')}.\n\n{table}\n{end}"
    old = path.read_text(encoding="utf-8") if path.exists() else ""
    if begin in old and end in old:
        new = old[: old.index(begin)] + section + old[old.index(end) + len(end) :]
    else:
        new = (old.rstrip() + "\n\n" if old else "# Performance\n\n") + section + "\n"
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text(new, encoding="utf-8")
    temporary.replace(path)


if __name__ == "__main__":
    sys.exit(main())
