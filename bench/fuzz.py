"""The property tests of tests/test_fuzz.py, run for much longer than the test suite does.

Usage:  python bench/fuzz.py [--examples 20000] [--minutes 10] [-k PATTERN]

Runs the Hypothesis properties (plain, Markdown, HTML, any format, decoding) in rounds of
``--examples`` examples per property, each round with a new seed, until ``--minutes`` have
passed (or one round, without ``--minutes``). A failure stops the run and prints the
falsifying example and its ``@reproduce_failure`` blob, as Hypothesis reports them; put
the input in tests/test_fuzz.py's ``test_regressions`` once it is fixed.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PROPERTIES = "test_plain or test_markdown or test_html or test_any_text or test_decode"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=20_000, help="examples per property per round")
    parser.add_argument("--minutes", type=float, default=None, help="keep running rounds this long")
    parser.add_argument("-k", default=PROPERTIES, help="which properties (a pytest -k expression)")
    parser.add_argument("--seed", type=int, default=None, help="the first round's seed")
    args = parser.parse_args()
    seed = args.seed if args.seed is not None else random.SystemRandom().randrange(2**32)
    deadline = time.monotonic() + args.minutes * 60 if args.minutes else None
    env = {**os.environ, "LINT_NEWS_FUZZ_EXAMPLES": str(args.examples)}
    env.pop("LINT_NEWS_DEBUG", None)
    rounds = examples = 0
    start = time.monotonic()
    while True:
        command = [sys.executable, "-m", "pytest", str(REPO / "tests" / "test_fuzz.py"), "-x", "-q", "-p", "no:cacheprovider",
                   "-k", args.k, f"--hypothesis-seed={seed}", "--hypothesis-show-statistics"]
        round_start = time.monotonic()
        process = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True)
        rounds += 1
        passed = process.returncode == 0
        tested = sum(int(found) for found in re.findall(r"- (\d+) passing", process.stdout))
        examples += tested
        print(f"round {rounds}: seed {seed}, {time.monotonic() - round_start:.0f} s, {'passed' if passed else 'FAILED'}", flush=True)
        if not passed:
            print(process.stdout[-20_000:])
            print(process.stderr[-5_000:], file=sys.stderr)
            print(f"reproduce: LINT_NEWS_FUZZ_EXAMPLES={args.examples} python -m pytest tests/test_fuzz.py -k '{args.k}' --hypothesis-seed={seed}")
            return 1
        if deadline is None or time.monotonic() >= deadline:
            break
        seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**32
    print(f"{rounds} rounds, {time.monotonic() - start:.0f} s, no failure" + (f" ({examples} examples generated)" if examples else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
