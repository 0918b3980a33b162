"""The command line's dataclass methods come from the start-up cache after the first run.

Each case runs in a fresh interpreter: the hook is process-wide and installed by the command line."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

_PROBE = textwrap.dedent(
    """
    import dataclasses, sys
    import lint_news.cli  # installs the hook before lint-news's classes are defined
    from lint_news import compiled_dataclasses as hook
    from lint_news.config import DEFAULT
    from lint_news.runner import lint_source

    lint_source("A short line of text.", "one.txt", DEFAULT)

    @dataclasses.dataclass(frozen=True, order=True)
    class Point:
        x: int
        y: int = 2

    one, other = Point(1), Point(1, 2)
    assert one == other and hash(one) == hash(other) and repr(one) == "Point(x=1, y=2)" and Point(0) < one
    try:
        one.x = 5
    except dataclasses.FrozenInstanceError:
        pass
    else:
        raise SystemExit("a frozen class took an assignment")
    print("compiled anew" if hook._compiled_anew else "all from the cache", len(hook._used))
    """
)


def _probe(cache_dir, **environment) -> str:
    env = {**os.environ, "LINT_NEWS_CACHE_DIR": str(cache_dir)}
    env.pop("LINT_NEWS_NO_CACHE", None)
    env.update(environment)
    done = subprocess.run([sys.executable, "-c", _PROBE], capture_output=True, text=True, env=env, check=False)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_the_second_run_compiles_no_dataclass_method(tmp_path):
    first = _probe(tmp_path)
    assert first.startswith("compiled anew")
    assert len(list(tmp_path.glob("dataclass-code-*.marshal"))) == 1
    second = _probe(tmp_path)
    assert second.startswith("all from the cache"), second
    assert int(second.split()[-1]) > 100  # the methods of lint-news's own classes, and the probe's


def test_without_the_cache_every_run_compiles_and_nothing_is_kept(tmp_path):
    assert _probe(tmp_path, LINT_NEWS_NO_CACHE="1").startswith("compiled anew")
    assert _probe(tmp_path, LINT_NEWS_NO_CACHE="1").startswith("compiled anew")
    assert not tmp_path.exists() or not list(tmp_path.glob("dataclass-code-*"))


def test_a_damaged_cache_entry_is_compiled_again(tmp_path):
    _probe(tmp_path)
    (entry,) = tmp_path.glob("dataclass-code-*.marshal")
    entry.write_bytes(b"\x00not marshal")
    assert _probe(tmp_path).startswith("compiled anew")
    assert _probe(tmp_path).startswith("all from the cache")


def test_importing_the_library_leaves_dataclasses_alone():
    done = subprocess.run([sys.executable, "-c", "import dataclasses, lint_news, lint_news.runner; print('exec' in vars(dataclasses))"], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"
