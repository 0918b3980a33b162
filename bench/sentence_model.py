"""Experiment: should a learned sentence model join the rules to find filler no list has yet?

Usage:  python bench/sentence_model.py [--corpus ../shared/corpus/train.jsonl] [--budget 0.02] [--save PATH]

A linear model over the words and word pairs of a sentence (names and numbers
masked, a start-of-sentence marker) is trained with scikit-learn to tell the
sentences of generated articles from those of human ones (noisy labels: we only
want the confident tail). Like the ``generic-sentence`` kind (LN628), it only
looks at *candidates*: paragraph, list-item and block-quote sentences of 6-45
words with no fact (``lint_news.kinds.generic.has_fact``: no digit, no
quotation mark, no capitalized word after the first) and not inside a quotation
attributed to a named speaker. What would ship is a JSON table of n-gram ->
weight and a bias, scored with plain arithmetic (``score`` below).

1. Corpus, leave-one-source-out (the two kinit sources, a human and a generated
   half of the same stories, are held out together): for a few model settings,
   the threshold is the lowest (on a 0.05 grid) at which *every* held-out
   source gets at most ``--budget`` flagged sentences per human article; the
   setting that then flags the most generated sentences the current build does
   not already cover is chosen. Baselines on the same candidates: the LN628
   lexicon learned the same leave-one-source-out way (bench/generic_lexicon.py)
   and the shipped LN628 as the build runs it.
2. Annotated sets (../shared/annotated development part and held-out third,
   bench/independent_annotated, bench/typical_annotated): the model trained on
   the whole corpus, at that threshold, against ``lint-news check --format
   json``: the annotated lines the build misses that the model catches (within
   one line, as the scorers count), by family, and where else its flags land.
3. Model size after pruning, scoring time per article, and examples printed to
   the terminal only (never written anywhere): the corpus text stays in ../shared.

Uses one core (liblinear; BLAS threads pinned to 1). Writes nothing unless
``--save`` is given (then the final model's JSON, e.g. to /tmp).
"""

from __future__ import annotations

import os

for _variable in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_variable, "1")

import argparse  # noqa: E402
import json  # noqa: E402
import math  # noqa: E402
import random  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from collections import Counter, defaultdict  # noqa: E402
from dataclasses import dataclass  # noqa: E402
from pathlib import Path  # noqa: E402

import numpy as np  # noqa: E402

import lint_news  # noqa: E402
from lint_news.kinds.generic import features as lexicon_features  # noqa: E402
from lint_news.kinds.generic import has_fact, load_lexicon  # noqa: E402
from lint_news.kinds.sentence_model import masked_words  # noqa: E402
from lint_news.readers import read_document  # noqa: E402
from lint_news.sources import read_text  # noqa: E402

BENCH = Path(__file__).resolve().parent
SHARED = BENCH.parent.parent / "shared"
CORPUS = SHARED / "corpus" / "train.jsonl"
SCOPES = frozenset({"paragraph", "list-item", "blockquote"})
MIN_WORDS, MAX_WORDS = 6, 45
PRUNE = 0.1  # weights smaller than this (in absolute value) are dropped from the shipped table
GRID_STEP = 0.05

sys.dont_write_bytecode = True  # no bench/__pycache__ from the import below
sys.path.insert(0, str(BENCH))
from generic_lexicon import learn as learn_lexicon  # noqa: E402

# --------------------------------------------------------------------------- features and model

def features(text: str) -> list[str]:
    """Distinct masked words (as the sentence-model kind masks them) and adjacent word pairs, with ``<s>`` marking the sentence start."""
    words = ["<s>", *masked_words(text)]
    return sorted(set(words[1:]) | {f"{a} {b}" for a, b in zip(words, words[1:])})


@dataclass
class Model:
    weights: dict[str, float]
    bias: float

    def score(self, feats) -> float:
        weights = self.weights
        return self.bias + sum(weights.get(feature, 0.0) for feature in feats)

    def top(self, feats, n: int = 4) -> list[str]:
        return sorted((f for f in feats if self.weights.get(f, 0) > 0), key=lambda f: -self.weights[f])[:n]

    def to_json(self) -> str:
        return json.dumps({"bias": round(self.bias, 3), "weights": dict(sorted(self.weights.items()))}, ensure_ascii=False)


@dataclass(frozen=True)
class Setting:
    name: str
    weighting: str  # "balanced": both labels equal weight; "cell": every (source, label) cell equal weight
    C: float
    min_df: int
    consistent: bool = False  # keep only n-grams that lean the same way in every paired training source


SETTINGS = [
    Setting("balanced C=0.3", "balanced", 0.3, 5),
    Setting("per-source C=1", "cell", 1.0, 3),
    Setting("per-source C=0.3 consistent", "cell", 0.3, 3, consistent=True),
]


@dataclass
class Cand:
    """A candidate sentence: no fact, in a prose block, 6-45 words."""

    group: str
    generated: bool
    article: int
    text: str
    feats: list[str]
    start: int  # source offsets
    end: int
    covered: bool = False  # a build finding of any family overlaps it
    covered_filler: bool = False  # ... of the filler family


def candidates(document):
    """(text, start, end) of the sentences a filler model may judge: the LN628 kind's selection."""
    for sentence in document.sentences:
        block = sentence.block
        if block.kind.value not in SCOPES:
            continue
        text = sentence.text.strip()
        if not MIN_WORDS <= len(text.split()) <= MAX_WORDS or has_fact(text):
            continue
        if document.attributed_quotation_at(block, sentence.start, sentence.end):
            continue
        lead = len(sentence.text) - len(sentence.text.lstrip())
        start, end = block.source_span(sentence.start + lead, sentence.start + lead + len(text))
        yield text, start, end


def sample_weights(groups: np.ndarray, labels: np.ndarray, how: str) -> np.ndarray:
    weights = np.ones(len(labels))
    if how == "balanced":
        for label in (0, 1):
            mask = labels == label
            weights[mask] = len(labels) / (2 * mask.sum())
        return weights
    cells = Counter(zip(groups, labels))
    for i, (group, label) in enumerate(zip(groups, labels)):
        weights[i] = 1.0 / (cells[group, label] * sum(1 for other in (0, 1) if cells[group, other]))
    for label in (0, 1):
        mask = labels == label
        weights[mask] *= 0.5 / weights[mask].sum()
    return weights * len(labels)


def consistent_features(train: list[Cand]) -> set[str]:
    """N-grams whose smoothed log-odds (generated vs human) has one sign in every paired source of ``train``."""
    counts: dict[str, tuple[Counter, Counter]] = defaultdict(lambda: (Counter(), Counter()))
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for cand in train:
        counts[cand.group][cand.generated].update(cand.feats)
        totals[cand.group][cand.generated] += 1
    paired = [group for group in totals if all(totals[group])]
    keep = set()
    for feature in set().union(*(counts[g][0].keys() | counts[g][1].keys() for g in paired)):
        leans = [math.log(((counts[g][1][feature] + 0.5) / totals[g][1]) / ((counts[g][0][feature] + 0.5) / totals[g][0])) for g in paired]
        if all(lean > 0 for lean in leans) or all(lean < 0 for lean in leans):
            keep.add(feature)
    return keep


def train(cands: list[Cand], setting: Setting) -> Model:
    from sklearn.feature_extraction.text import CountVectorizer
    from sklearn.linear_model import LogisticRegression

    keep = consistent_features(cands) if setting.consistent else None
    docs = [c.feats if keep is None else [f for f in c.feats if f in keep] for c in cands]
    vectorizer = CountVectorizer(analyzer=lambda feats: feats, binary=True, min_df=setting.min_df)
    matrix = vectorizer.fit_transform(docs)
    labels = np.array([c.generated for c in cands], dtype=int)
    groups = np.array([c.group for c in cands])
    model = LogisticRegression(C=setting.C, solver="liblinear", max_iter=2000)
    model.fit(matrix, labels, sample_weight=sample_weights(groups, labels, setting.weighting))
    weights = {name: round(float(w), 2) for name, w in zip(vectorizer.get_feature_names_out(), model.coef_[0]) if abs(w) >= PRUNE}
    return Model(weights, float(model.intercept_[0]))


# --------------------------------------------------------------------------- corpus

def source_group(source: str) -> str:
    return "kinit" if source.startswith("kinit") else source


def load_corpus(path: Path):
    """Articles (group, generated) and their candidates, with the current build's findings marked on them."""
    articles, cands = [], []
    started = time.perf_counter()
    with open(path, encoding="utf-8") as corpus:
        for index, line in enumerate(corpus):
            row = json.loads(line)
            text = f"{row['title']}\n\n{row['text']}" if row.get("title") else row["text"]  # as bench/eval_corpus.py
            name = f"{row['id']}.txt"
            group, generated = source_group(row["source"]), row["label"] == "ai"
            articles.append((group, generated, row["id"]))
            findings = lint_news.lint_text(text, path=name).files[0].findings
            spans = [(f.offset, f.offset + max(1, f.length), f.family, f.code) for f in findings]
            for sentence, start, end in candidates(read_document(text, name)):
                cand = Cand(group, generated, index, sentence, features(sentence), start, end)
                overlapping = [s for s in spans if s[0] < end and start < s[1]]
                cand.covered = bool(overlapping)
                cand.covered_filler = any(s[2] == "filler" for s in overlapping)
                cands.append(cand)
    return articles, cands, time.perf_counter() - started


def choose_threshold(scores: np.ndarray, cands: list[Cand], human_articles: Counter, budget: float) -> float:
    """The lowest grid threshold at which every held-out source stays within ``budget`` flags per human article."""
    human = np.array([not c.generated for c in cands])
    groups = np.array([c.group for c in cands])
    top = math.ceil(scores.max() / GRID_STEP) * GRID_STEP + GRID_STEP
    chosen = top
    for threshold in np.arange(top, scores.min() - GRID_STEP, -GRID_STEP):
        rates = [((groups == g) & human & (scores >= threshold)).sum() / human_articles[g] for g in human_articles]
        if max(rates) > budget:
            break
        chosen = threshold
    return round(float(chosen), 2)


def corpus_table(scores: np.ndarray, threshold: float, cands, articles) -> dict:
    """Per held-out source: flags per human / generated article, and the share of articles with 1+ / 3+ flags."""
    per_article = Counter()
    beyond_build = Counter()
    for cand, value in zip(cands, scores):
        if value >= threshold:
            per_article[cand.article] += 1
            beyond_build[cand.article] += not cand.covered_filler
    rows = {}
    for group in sorted({g for g, _, _ in articles}):
        for generated in (False, True):
            ids = [i for i, (g, gen, _) in enumerate(articles) if g == group and gen == generated]
            if not ids:
                continue
            flags = sum(per_article[i] for i in ids)
            rows[group, generated] = (
                len(ids), flags / len(ids), sum(beyond_build[i] for i in ids) / len(ids),
                sum(per_article[i] >= 1 for i in ids) / len(ids), sum(per_article[i] >= 3 for i in ids) / len(ids),
            )
    return rows


def print_corpus_rows(title: str, threshold, rows: dict) -> None:
    print(f"\n{title} (threshold {threshold})")
    print(f"  {'held-out source':20} {'label':9} {'articles':>8} {'flags/art':>9} {'not in build':>12} {'1+ flags':>8} {'3+ flags':>8}")
    for (group, generated), (n, rate, beyond, one, three) in rows.items():
        label = "generated" if generated else "human"
        print(f"  {group:20} {label:9} {n:8} {rate:9.3f} {beyond:12.3f} {one:8.1%} {three:8.1%}")


def pooled(rows: dict, generated: bool, column: int = 1) -> float:
    cells = [(v[0], v[column]) for (g, gen), v in rows.items() if gen == generated]
    return sum(n * r for n, r in cells) / max(1, sum(n for n, _ in cells))


# --------------------------------------------------------------------------- annotated sets

def _names(path: Path) -> set[str]:
    return {line.strip() for line in path.read_text("utf-8").splitlines() if line.strip() and not line.startswith("#")}


def annotated_sets() -> dict[str, list[Path]]:
    def articles(folder: Path) -> list[Path]:
        return sorted(p for p in folder.rglob("*") if p.suffix in (".txt", ".md", ".html") and p.with_suffix(".expect.json").exists())

    shared = articles(SHARED / "annotated")
    held = _names(BENCH / "annotated_holdout.txt")
    return {
        "shared dev": [p for p in shared if p.name not in held],
        "shared holdout": [p for p in shared if p.name in held],
        "independent (all)": articles(BENCH / "independent_annotated"),
        "typical": articles(BENCH / "typical_annotated"),
    }


def build_report(paths: list[Path]) -> dict[Path, list[dict]]:
    beside = Path(sys.executable).with_name("lint-news")
    command = [str(beside) if beside.exists() else "lint-news", "check", "--format", "json", "--fail-on", "never"]
    result = subprocess.run([*command, *map(str, paths)], capture_output=True, text=True, check=False)
    return {Path(f["path"]).resolve(): f["findings"] for f in json.loads(result.stdout)["files"]}


def scored_candidates(path: Path, model: Model) -> list[tuple[int, int, float, str]]:
    """(line, end_line, score, text) of every candidate sentence of ``path``."""
    document = read_document(read_text(path), str(path))
    return [(document.lines.position(start)[0], document.lines.position(max(start, end - 1))[0], model.score(features(sentence)), sentence)
            for sentence, start, end in candidates(document)]


def near(line: int, first: int, last: int) -> bool:
    return first - 1 <= line <= last + 1


def evaluate_annotated(paths: list[Path], findings: dict, scored: dict, threshold: float) -> dict:
    """Build-missed annotated lines the model's flags catch, and where the other flags land."""
    result = {"expected": Counter(), "found": Counter(), "caught": Counter(), "examples": [], "missed_filler": [],
              "clean_articles": 0, "clean_flags": 0, "clean_flags_new": 0, "padded_flags": 0, "on_annotated": 0,
              "unannotated": 0, "unannotated_filler_absent": 0, "already_filler": 0}
    for path in paths:
        expect = json.loads(path.with_suffix(".expect.json").read_text("utf-8"))
        built = findings[path.resolve()]
        flags = [c for c in scored[path] if c[2] >= threshold]
        annotated_lines = {line for lines in expect["families"].values() for line in lines}
        for first, last, _, _ in flags:
            if any(f["family"] == "filler" and f["line"] <= last and first <= f["end_line"] for f in built):
                result["already_filler"] += 1
        if not expect["families"]:
            result["clean_articles"] += 1
            result["clean_flags"] += len(flags)
            result["clean_flags_new"] += sum(not any(f["line"] <= last and first <= f["end_line"] for f in built) for first, last, _, _ in flags)
            continue
        result["padded_flags"] += len(flags)
        for first, last, _, _ in flags:
            if any(near(line, first, last) for line in annotated_lines):
                result["on_annotated"] += 1
            else:
                result["unannotated"] += 1
                result["unannotated_filler_absent"] += "filler" in expect["absent"]
        for family, lines in expect["families"].items():
            for line in lines:
                result["expected"][family] += 1
                if any(f["family"] == family and f["line"] - 1 <= line <= f["end_line"] + 1 for f in built):
                    result["found"][family] += 1
                    continue
                hit = next((flag for flag in flags if near(line, flag[0], flag[1])), None)
                if hit:
                    result["caught"][family] += 1
                    result["examples"].append((path.name, line, family, hit[2], hit[3]))
                if family == "filler":
                    nearby = [c for c in scored[path] if near(line, c[0], c[1])]
                    best = max(nearby, key=lambda c: c[2]) if nearby else None
                    result["missed_filler"].append((path.name, line, best[2] if best else None, best[3] if best else ""))
    return result


# --------------------------------------------------------------------------- main

def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--budget", type=float, default=0.02, help="flagged sentences per held-out human article (default 0.02)")
    parser.add_argument("--save", type=Path, default=None, help="write the final model's JSON here (outside the repository)")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    started = time.perf_counter()
    rng = random.Random(args.seed)

    articles, cands, elapsed = load_corpus(args.corpus)
    groups = sorted({g for g, _, _ in articles})
    human_articles = Counter(g for g, generated, _ in articles if not generated)
    print(f"corpus: {len(articles)} articles, {len(cands)} candidate sentences (no number, name or quote); "
          f"read and linted with the current build in {elapsed:.0f} s")
    print("held-out sources: " + ", ".join(f"{g} ({human_articles[g]} human, {sum(1 for a in articles if a[0] == g and a[1])} generated)" for g in groups))

    # Baselines on the same candidates: the current build's LN628 (in-sample: its lexicon saw every source) ...
    ln628 = load_lexicon("generic_lexicon.json")
    shipped = np.array([sum(ln628.get(f, 0.0) for f in lexicon_features(c.text)) for c in cands])
    # ... and the LN628 lexicon learned leave-one-source-out, at a threshold chosen as for the model.
    lexicon_input = [(c.group, c.generated, lexicon_features(c.text)) for c in cands]
    loso_lex = np.zeros(len(cands))
    for held in groups:
        weights = learn_lexicon(lexicon_input, set(groups) - {held}, 1.0, 4)
        for i, cand in enumerate(cands):
            if cand.group == held:
                loso_lex[i] = sum(weights.get(f, 0.0) for f in lexicon_input[i][2])
    lex_threshold = choose_threshold(loso_lex, cands, human_articles, args.budget)

    summary = []
    rows_shipped = corpus_table(shipped, 6.0, cands, articles)
    summary.append(("LN628 shipped, t=6 (in-sample; in build)", 6.0, rows_shipped))
    rows_lex = corpus_table(loso_lex, lex_threshold, cands, articles)
    summary.append(("LN628 lexicon, leave-one-source-out", lex_threshold, rows_lex))

    fold_scores: dict[str, np.ndarray] = {}
    fold_sizes: dict[str, list[int]] = {}
    train_time = 0.0
    for setting in SETTINGS:
        scores = np.zeros(len(cands))
        sizes = []
        for held in groups:
            t0 = time.perf_counter()
            model = train([c for c in cands if c.group != held], setting)
            train_time += time.perf_counter() - t0
            sizes.append(len(model.weights))
            for i, cand in enumerate(cands):
                if cand.group == held:
                    scores[i] = model.score(cand.feats)
        fold_scores[setting.name] = scores
        fold_sizes[setting.name] = sizes
        threshold = choose_threshold(scores, cands, human_articles, args.budget)
        summary.append((f"model: {setting.name}", threshold, corpus_table(scores, threshold, cands, articles)))

    print(f"\n== 1. corpus, leave-one-source-out, threshold: every held-out source <= {args.budget} flags per human article ==")
    print(f"  {'scorer':40} {'thresh':>6} {'human/art':>9} {'max src':>7} {'gen/art':>7} {'gen not in build':>16} {'gen 3+':>6}")
    for name, threshold, rows in summary:
        worst = max(v[1] for (g, gen), v in rows.items() if not gen)
        three = sum(v[0] * v[4] for (g, gen), v in rows.items() if gen) / max(1, sum(v[0] for (g, gen), v in rows.items() if gen))
        print(f"  {name:40} {threshold:6.2f} {pooled(rows, False):9.3f} {worst:7.3f} {pooled(rows, True):7.3f} {pooled(rows, True, 2):16.3f} {three:6.1%}")
    model_rows = [s for s in summary if s[0].startswith("model: ")]
    best_name, threshold, best_rows = max(model_rows, key=lambda s: pooled(s[2], True, 2))
    setting = next(s for s in SETTINGS if f"model: {s.name}" == best_name)
    print(f"  chosen: {setting.name} (most generated sentences not already covered by a filler finding), threshold {threshold}")
    print_corpus_rows("chosen model per held-out source", threshold, best_rows)
    print_corpus_rows("LN628 as shipped, same candidates, for comparison", 6.0, rows_shipped)

    scores = fold_scores[setting.name]
    flagged_human = [(c, s) for c, s in zip(cands, scores) if s >= threshold and not c.generated]
    generated = np.array([c.generated for c in cands])
    overlap_ln628 = int(((scores >= threshold) & (shipped >= 6.0) & generated).sum())
    gen_flags = int(((scores >= threshold) & generated).sum())
    print(f"  generated-article flags also flagged by LN628 (shipped): {overlap_ln628} of {gen_flags}; "
          f"human-article flags that already carry any build finding: {sum(c.covered for c, _ in flagged_human)} of {len(flagged_human)}")

    # The model as it would ship: trained on the whole corpus, at the leave-one-source-out threshold.
    sets = annotated_sets()
    paths = [p for group in sets.values() for p in group]
    findings = build_report(paths)
    families = ["filler", "padding", "unattributed-claim", "meta-commentary", "placeholder-citation", "repetition",
                "duplicated-headline", "placeholder-text", "assistant-leak"]
    print("\n== 2. annotated sets (78 articles): each setting trained on the whole corpus, at its threshold ==")
    finals = {}
    for other in SETTINGS:
        t0 = time.perf_counter()
        model = train(cands, other)
        train_time += time.perf_counter() - t0
        other_threshold = next(t for n, t, _ in summary if n == f"model: {other.name}")
        scored = {p: scored_candidates(p, model) for p in paths}
        finals[other.name] = (model, scored)
        pooled_result = evaluate_annotated(paths, findings, scored, other_threshold)
        missed = pooled_result["expected"]["filler"] - pooled_result["found"]["filler"]
        print(f"  {other.name:30} threshold {other_threshold:5.2f}: build-missed filler lines caught {pooled_result['caught']['filler']}/{missed}, "
              f"other families' missed lines caught {sum(pooled_result['caught'][f] for f in families if f != 'filler')}, "
              f"flags {pooled_result['padded_flags'] + pooled_result['clean_flags']} (on clean articles {pooled_result['clean_flags']}, "
              f"on unannotated padded lines {pooled_result['unannotated']})")
    final, scored = finals[setting.name]
    size = len(final.to_json().encode("utf-8"))
    if args.save:
        args.save.write_text(final.to_json() + "\n", encoding="utf-8")

    print(f"\n  chosen setting ({setting.name}, threshold {threshold}) per set:")
    results = {name: evaluate_annotated(group, findings, scored, threshold) for name, group in sets.items()}
    print(f"  {'set':18} {'filler: build -> +model':>24} {'other fam. caught':>17} {'flags':>5} {'on annot.':>9} {'unannot.':>8} "
          f"{'(filler absent)':>15} {'dup of filler':>13} {'clean arts':>10} {'flags on clean':>14}")
    for name, r in results.items():
        n = r["expected"]["filler"]
        other = sum(r["caught"][f] for f in families if f != "filler")
        flags = r["padded_flags"] + r["clean_flags"]
        print(f"  {name:18} {r['found']['filler']:>8}/{n} -> {r['found']['filler'] + r['caught']['filler']:>3}/{n} (+{r['caught']['filler']})"
              f" {other:>17} {flags:5} {r['on_annotated']:9} {r['unannotated']:8} {r['unannotated_filler_absent']:15} "
              f"{r['already_filler']:13} {r['clean_articles']:10} {r['clean_flags']:7} ({r['clean_flags_new']} new)")
    print("  annotated lines missed by the build / of those caught by the model, by family:")
    for name, r in results.items():
        cells = [f"{f} {r['expected'][f] - r['found'][f]}/{r['caught'][f]}" for f in families if r["expected"][f] - r["found"][f]]
        print(f"    {name:18} " + (", ".join(cells) or "nothing missed"))
    missed_filler = [m for r in results.values() for m in r["missed_filler"]]
    reachable = [m for m in missed_filler if m[2] is not None]
    print(f"  build-missed filler lines: {len(missed_filler)}; with a candidate sentence (no number, name or quote) on them: {len(reachable)}; "
          f"model scores there: {', '.join(f'{m[2]:.1f}' for m in sorted(reachable, key=lambda m: -m[2]))}")

    print("\n  threshold sweep (chosen setting): corpus leave-one-source-out vs all annotated sets together")
    print(f"  {'thresh':>6} {'human/art':>9} {'max src':>7} {'gen not in build':>16} | {'missed filler caught':>20} {'other caught':>12} "
          f"{'flags/clean art':>15} {'unannot. padded':>15}")
    human_mask = ~generated
    group_array = np.array([c.group for c in cands])
    not_built = np.array([not c.covered_filler for c in cands])
    sweep = [threshold] + [t for t in (3.0, 2.5, 2.0, 1.5, 1.0, 0.5, 0.0) if t < threshold]
    for value in sweep:
        r = evaluate_annotated(paths, findings, scored, value)
        rates = [((group_array == g) & human_mask & (scores >= value)).sum() / human_articles[g] for g in human_articles]
        human_rate = (human_mask & (scores >= value)).sum() / sum(human_articles.values())
        gen_rate = (generated & not_built & (scores >= value)).sum() / max(1, len(articles) - sum(human_articles.values()))
        missed = r["expected"]["filler"] - r["found"]["filler"]
        other = sum(r["caught"][f] for f in families if f != "filler")
        print(f"  {value:6.2f} {human_rate:9.3f} {max(rates):7.3f} {gen_rate:16.3f} | {r['caught']['filler']:>14}/{missed:<5} {other:12} "
              f"{r['clean_flags'] / max(1, r['clean_articles']):15.2f} {r['unannotated']:15}")

    # Size and speed of the shipped form.
    sample = [p for paths in sets.values() for p in paths]
    t0 = time.perf_counter()
    docs = [read_document(read_text(p), str(p)) for p in sample]
    read_ms = (time.perf_counter() - t0) / len(sample) * 1000
    t0 = time.perf_counter()
    for _ in range(5):
        for document in docs:
            for sentence, _, _ in candidates(document):
                final.score(features(sentence))
    score_ms = (time.perf_counter() - t0) / (5 * len(docs)) * 1000
    print("\n== 3. size and speed ==")
    print(f"  weights after pruning |w| < {PRUNE}: {len(final.weights)} (fold models {min(fold_sizes[setting.name])}-{max(fold_sizes[setting.name])}); "
          f"JSON {size / 1024:.0f} KiB; LN628 lexicon: {len(ln628)} entries")
    print(f"  scoring (candidate selection + features + weights) {score_ms:.2f} ms per annotated article "
          f"(reading and segmenting it: {read_ms:.2f} ms); training {train_time:.0f} s for all folds and settings")

    print("\n== 4. 15 flagged sentences of held-out human articles (terminal only) ==")
    for cand, value in rng.sample(flagged_human, min(15, len(flagged_human))):
        print(f"  [{cand.group}, {articles[cand.article][2]}] {value:.2f} ({', '.join(final.top(cand.feats))}): {cand.text}")
    flagged_generated = [(c, s) for c, s in zip(cands, scores) if s >= threshold and c.generated and not c.covered_filler]
    print(f"\n  and 8 of the {len(flagged_generated)} flagged sentences of held-out generated articles that no filler finding covers:")
    for cand, value in rng.sample(flagged_generated, min(8, len(flagged_generated))):
        print(f"  [{cand.group}] {value:.2f} ({', '.join(final.top(cand.feats))}): {cand.text}")
    print("\n== 5. 15 annotated lines the build misses and the model catches ==")
    caught = [(name, *example) for name, r in results.items() for example in r["examples"]]
    for name, file, line, family, value, text in sorted(rng.sample(caught, min(15, len(caught)))):
        print(f"  [{name}] {file}:{line} {family} {value:.2f}: {text}")
    if len(caught) < 15:
        print(f"  ({len(caught)} caught.) The best-scoring candidate sentences on build-missed filler lines, below threshold {threshold}:")
        for file, line, value, text in sorted(reachable, key=lambda m: -m[2])[: 15 - len(caught)]:
            print(f"  {file}:{line} {value:.2f}: {text}")
    print(f"\ndone in {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
