"""Score this build on the helper-written probe sentences in bench/probes/.

    python bench/probe_recall.py                      # batches 1 and 2, every probe
    python bench/probe_recall.py batch3 --half odd    # the half of batch 3 nobody read
    python bench/probe_recall.py batch1 --misses assistant-leak

Each probe is one or two sentences ("bad": a defect of its family; "good": reporting that
shares its words) written by a helper that never saw the rules. A probe is linted as the
third block of a short story (a headline and a lead above it). A bad probe is caught when a
finding of its family lies in it; a good probe is a false alarm when any warning or error
lies in it. The probes test one sentence out of context, so residue rules that look at where
a block stands (the top or the foot of the copy) are at a disadvantage here.

Batches 1 and 2 were read to write rules, and the even lines of batch 3, so ``batch3 --half
odd`` is the estimate for wordings nobody here has seen (see probes/README.md).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from pathlib import Path

import lint_news

PROBES = Path(__file__).resolve().parent / "probes"
FAMILIES = ("assistant-leak", "meta-commentary", "unattributed-claim", "placeholder-citation", "filler", "placeholder-text")
_STORY = "Harlow council approves new budget\n\nThe Harlow city council approved a $48 million budget on Tuesday by a vote of 5-2.\n\n"
_FIRST_LINE = 5  # the probe's line in the story


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("batches", nargs="*", default=["batch1", "batch2"])
    parser.add_argument("--half", choices=("all", "even", "odd"), default="all", help="lines counted from 0")
    parser.add_argument("--misses", nargs="*", default=[], metavar="FAMILY", help="print the misses and false alarms of these families")
    args = parser.parse_args()
    counts: Counter[tuple[str, str]] = Counter()
    shown: defaultdict[str, list[str]] = defaultdict(list)
    for batch in args.batches:
        for number, line in enumerate((PROBES / f"{batch}.jsonl").read_text(encoding="utf-8").splitlines()):
            if args.half != "all" and (number % 2 == 0) != (args.half == "even"):
                continue
            probe = json.loads(line)
            family, text = probe["family"], probe["text"]
            findings = [f for f in lint_news.lint_text(_STORY + text + "\n").findings if f.line >= _FIRST_LINE]
            if probe["kind"] == "bad":
                counts[(family, "bad")] += 1
                if any(f.family == family for f in findings):
                    counts[(family, "caught")] += 1
                else:
                    shown[family].append(f"missed: {text}")
            else:
                counts[(family, "good")] += 1
                alarms = [f.code for f in findings if f.severity.value != "info"]
                if alarms:
                    counts[(family, "alarm")] += 1
                    shown[family].append(f"false alarm {','.join(alarms)}: {text}")
    for family in FAMILIES:
        print(f"{family:22} caught {counts[(family, 'caught')]:3}/{counts[(family, 'bad')]:<3}  good probes with a warning or error {counts[(family, 'alarm')]}/{counts[(family, 'good')]}")
    bad = sum(counts[(f, "bad")] for f in FAMILIES)
    print(f"caught {sum(counts[(f, 'caught')] for f in FAMILIES) / bad:.3f} of {bad} bad probes")
    for family in args.misses:
        for entry in shown[family]:
            print(f"  {family}: {entry}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
