"""Experiment: does a sentence model learned from many writers' annotated sets find the meta-commentary and filler the rules miss?

Usage:  python bench/line_model.py [--family filler|meta-commentary] [--budget 0.01] [--C 0.5]

bench/sentence_model.py learned "generated vs human" from the corpus and caught
none of the annotated filler the build misses: the corpus generators are not
the writers whose filler we miss. This one learns from the annotated lines
themselves: every annotated set in bench/ (their held-aside thirds left out)
and ../shared/annotated's development part, each written by a different writer.

- Positives: the sentences of the paragraphs, list items and block quotes on a
  line annotated with ``--family``.
- Negatives: the sentences of clean articles, of padded-article lines more than
  one line from any annotation, and of the human articles in
  ../shared/corpus/train.jsonl (its sources split in two halves by name: one
  half trains, the other calibrates).
- Features: lower-cased words and word pairs, with names (a capitalized word
  after the first) masked as ``N`` and numbers as ``0``, and the sentence's
  first two words marked.

Leave-one-set-out: for each annotated set, a model trained on the others is
thresholded at the lowest score (0.05 grid) where the calibration half of the
human corpus gets at most ``--budget`` flagged sentences per article, and it is
scored on the held-out set the way the scorers count (a flag within one line of
an annotated line of the family): lines the build already finds, lines the
model adds, and flags elsewhere (on clean articles; in padded articles, more
than one line from any annotation). Nothing is written; the corpus text stays
in ../shared, and examples are printed to the terminal only with ``--show``.
"""

from __future__ import annotations

import os

for _variable in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_variable, "1")

import argparse  # noqa: E402
import json  # noqa: E402
import sys  # noqa: E402
from collections import Counter, defaultdict  # noqa: E402
from dataclasses import dataclass, field  # noqa: E402
from pathlib import Path  # noqa: E402

import numpy as np  # noqa: E402
from scipy.sparse import csr_matrix  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402

from lint_news.blocks import BlockKind  # noqa: E402
from lint_news.config import Config  # noqa: E402
from lint_news.kinds.sentence_model import SentenceModel, features, own_words  # noqa: E402
from lint_news.readers import read_document  # noqa: E402
from lint_news.runner import lint_source  # noqa: E402
from lint_news.sources import read_text  # noqa: E402

BENCH = Path(__file__).resolve().parent
SHARED = BENCH.parent.parent / "shared"
CORPUS = SHARED / "corpus" / "train.jsonl"
SCOPES = (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.BLOCKQUOTE)
LEARNED = ("LN633",)  # the rules of the sentence-model kind, left out of "build"
HOLDOUTS = [BENCH / "annotated_holdout.txt", BENCH / "fresh_holdout.txt", BENCH / "independent_holdout.txt"]

@dataclass
class Line:
    """One sentence of an article, where it is and what the annotation says of its line."""

    text: str
    line: int


@dataclass
class Article:
    group: str
    name: str
    clean: bool
    sentences: list[Line]
    annotated: dict[str, set[int]]
    found: dict[str, set[int]] = field(default_factory=dict)  # lines each family's build findings are on


def _holdout_names() -> set[str]:
    names = set()
    for listing in HOLDOUTS:
        if listing.exists():
            names |= {line.strip() for line in listing.read_text().splitlines() if line.strip() and not line.startswith("#")}
    return names


def sentences_of(text: str, name: str) -> list[Line]:
    """The sentences the kind scores, as it scores them: the writer's own words (:func:`own_words`)."""
    document = read_document(text, name)
    found = []
    for sentence in document.sentences:
        if sentence.block.kind not in SCOPES or not 6 <= len(sentence.text.split()) <= 60:  # the kind's default min-words and max-words
            continue
        own = own_words(document, sentence)
        if len(own.split()) < 6:
            continue
        start, _ = sentence.block.source_span(sentence.start, sentence.end)
        found.append(Line(own.strip(), document.lines.line_of(start)))
    return found


def annotated_articles(lint: bool, unread: tuple[str, ...] = ()) -> list[Article]:
    """The annotated articles, but the held-aside thirds and the sets named in ``unread`` (blind sets
    kept as a later build's unseen estimate: a model trained on them has seen them)."""
    held = _holdout_names()
    folders = sorted(p for p in BENCH.glob("*_annotated") if p.is_dir() and p.name.removesuffix("_annotated") not in unread)
    if (SHARED / "annotated").exists():
        folders.append(SHARED / "annotated")
    articles = []
    for folder in folders:
        group = folder.name.removesuffix("_annotated") if folder.parent == BENCH else "shared"
        for path in sorted(folder.rglob("*")):
            if path.suffix not in (".txt", ".md", ".html") or path.name in held:
                continue
            expect_path = path.with_name(path.stem + ".expect.json")
            if not expect_path.exists():
                continue
            expect = json.loads(expect_path.read_text())
            text = read_text(path)
            annotated = {family: set(lines) for family, lines in expect.get("families", {}).items()}
            article = Article(group, path.name, not annotated, sentences_of(text, str(path)), annotated)
            if lint:
                report = lint_source(text, str(path), Config(ignore=LEARNED))  # what the other rules find
                for finding in report.findings:
                    article.found.setdefault(finding.family, set()).add(finding.line)
            articles.append(article)
    return articles


def human_corpus() -> tuple[list[list[str]], list[list[str]]]:
    """Sentences of the human articles, by article, in two halves split by source name."""
    halves: tuple[list[list[str]], list[list[str]]] = ([], [])
    sources = set()
    records = [json.loads(line) for line in CORPUS.read_text().splitlines() if line.strip()]
    for record in records:
        if record["label"] == "human":
            sources.add(record["id"].rsplit(":", 1)[0])
    ordered = sorted(sources)
    calibrate = set(ordered[1::2])
    for record in records:
        if record["label"] != "human":
            continue
        group = record["id"].rsplit(":", 1)[0]
        texts = [line.text for line in sentences_of(record["text"], "corpus.txt")]
        halves[group in calibrate].append(texts)
    return halves


class Vocabulary:
    """Column numbers of the features seen in at least ``min_count`` training sentences."""

    def __init__(self, rows: list[set[str]], min_count: int) -> None:
        counts = Counter(gram for row in rows for gram in row)
        self.index: dict[str, int] = {gram: column for column, gram in enumerate(sorted(gram for gram, count in counts.items() if count >= min_count))}

    def matrix(self, rows: list[set[str]]) -> csr_matrix:
        data, indices, pointers = [], [], [0]
        for row in rows:
            for gram in row:
                column = self.index.get(gram)
                if column is not None:
                    indices.append(column)
                    data.append(1.0)
            pointers.append(len(indices))
        return csr_matrix((data, indices, pointers), shape=(len(rows), max(len(self.index), 1)))


def near(line: int, lines: set[int]) -> bool:
    return any(abs(line - other) <= 1 for other in lines)


def training_rows(articles: list[Article], family: str, human: list[list[str]], clean_weight: float) -> tuple[list[set[str]], list[int], list[float]]:
    rows, labels, weights = [], [], []
    for article in articles:
        every = set().union(*article.annotated.values()) if article.annotated else set()
        own = article.annotated.get(family, set())
        for sentence in article.sentences:
            if sentence.line in own:
                rows.append(features(sentence.text))
                labels.append(1)
                weights.append(1.0)
            elif article.clean or not near(sentence.line, every):
                rows.append(features(sentence.text))
                labels.append(0)
                weights.append(clean_weight)
    for texts in human:
        for text in texts:
            rows.append(features(text))
            labels.append(0)
            weights.append(1.0)
    return rows, labels, weights


def fit(rows: list[set[str]], labels: list[int], weights: list[float], c: float, min_count: int) -> tuple[Vocabulary, LogisticRegression]:
    vocabulary = Vocabulary(rows, min_count)
    matrix = vocabulary.matrix(rows)
    model = LogisticRegression(C=c, class_weight="balanced", solver="liblinear", max_iter=2000)
    model.fit(matrix, np.array(labels), sample_weight=np.array(weights))
    return vocabulary, model


def shipped(vocabulary: Vocabulary, model: LogisticRegression, prune: float) -> SentenceModel:
    """The model as it ships: weights below ``prune`` in absolute value dropped, three decimals."""
    coefficients = model.coef_[0]
    table = {gram: round(float(coefficients[column]), 3) for gram, column in vocabulary.index.items() if abs(coefficients[column]) >= prune}
    return SentenceModel(round(float(model.intercept_[0]), 4), dict(sorted(table.items())))


def probabilities(model: SentenceModel, texts: list[str]) -> np.ndarray:
    return np.array([model.probability(text) for text in texts])


def threshold_for(model: SentenceModel, calibration: list[list[str]], budget: float) -> tuple[float, float]:
    scores = probabilities(model, [text for texts in calibration for text in texts])
    for step in range(10, 100):
        threshold = step / 100
        rate = float((scores >= threshold).sum()) / len(calibration)
        if rate <= budget:
            return threshold, rate
    return 1.0, 0.0


def save(args: argparse.Namespace, articles: list[Article], train_human: list[list[str]], calibration: list[list[str]]) -> int:
    """The shipped model: every set and the training half of the human corpus; the threshold from the other half."""
    rows, labels, weights = training_rows(articles, args.family, train_human, args.clean_weight)
    model = shipped(*fit(rows, labels, weights, args.C, args.min_count), args.prune)
    threshold, rate = threshold_for(model, calibration, args.budget)
    threshold = max(threshold, args.min_threshold)
    table = model.weights
    sets = sorted({article.group for article in articles})
    data = {
        "about": f"Logistic model of {args.family} sentences, learned by bench/line_model.py (C={args.C}, clean weight {args.clean_weight}, features in >= {args.min_count} sentences) "
        f"from {sum(labels)} annotated sentences of {len(articles)} articles in {len(sets)} sets against {len(labels) - sum(labels)} others; "
        f"at threshold {threshold:.2f} it flags {rate:.3f} sentences per article in the {len(calibration)} human articles of the corpus sources it was not trained on.",
        "family": args.family,
        "threshold": threshold,
        "bias": model.bias,
        "weights": table,
    }
    args.save.write_text(json.dumps(data, indent=0, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{args.save}: {len(table)} weights, threshold {threshold:.2f} ({rate:.3f} per calibration article)")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--family", default="filler")
    parser.add_argument("--budget", type=float, default=0.01, help="flagged sentences per human article of the calibration half")
    parser.add_argument("--C", type=float, default=0.5)
    parser.add_argument("--clean-weight", type=float, default=1.0, help="weight of the annotated sets' negative sentences")
    parser.add_argument("--min-threshold", type=float, default=0.0, help="never flag below this probability")
    parser.add_argument("--min-count", type=int, default=3, help="features seen in fewer training sentences are left out")
    parser.add_argument("--prune", type=float, default=0.2, help="weights smaller than this in absolute value are dropped")
    parser.add_argument("--save", type=Path, help="train on every set, calibrate, and write the model JSON here (no evaluation)")
    parser.add_argument("--unread", action="append", default=[], metavar="SET", help="leave out this set (one not read yet, kept unseen); repeatable")
    parser.add_argument("--show", action="store_true", help="print the added hits and the flags elsewhere")
    args = parser.parse_args()
    if not CORPUS.exists():
        print(f"no corpus at {CORPUS}", file=sys.stderr)
        return 2
    articles = annotated_articles(lint=not args.save, unread=tuple(args.unread))
    train_human, calibration = human_corpus()
    if args.save:
        return save(args, articles, train_human, calibration)
    groups = sorted({article.group for article in articles})
    totals = Counter()
    print(f"{args.family}: {len(articles)} annotated articles in {len(groups)} sets; human {len(train_human)} + {len(calibration)} articles; budget {args.budget}/article")
    print(f"{'held-out set':14} {'lines':>5} {'build':>5} {'+model':>6} {'clean flags':>11} {'stray flags':>11} {'threshold':>9}")
    for group in groups:
        held = [article for article in articles if article.group == group]
        rows, labels, weights = training_rows([article for article in articles if article.group != group], args.family, train_human, args.clean_weight)
        model = shipped(*fit(rows, labels, weights, args.C, args.min_count), args.prune)
        threshold, _ = threshold_for(model, calibration, args.budget)
        threshold = max(threshold, args.min_threshold)
        lines = build = added = clean_flags = stray = 0
        for article in held:
            scores = probabilities(model, [sentence.text for sentence in article.sentences])
            flagged = [sentence for sentence, score in zip(article.sentences, scores) if score >= threshold]
            flag_lines = {sentence.line for sentence in flagged}
            if article.clean:
                clean_flags += len(flagged)
                if args.show:
                    for sentence in flagged:
                        print(f"    CLEAN {article.group} {article.name}:{sentence.line}: {sentence.text[:140]}")
                continue
            every = set().union(*article.annotated.values())
            stray_here = [sentence for sentence in flagged if not near(sentence.line, every)]
            stray += len(stray_here)
            if args.show:
                for sentence in stray_here:
                    print(f"    STRAY {article.group} {article.name}:{sentence.line}: {sentence.text[:140]}")
            found = article.found.get(args.family, set())
            for line in article.annotated.get(args.family, ()):
                lines += 1
                if near(line, found):
                    build += 1
                elif near(line, flag_lines):
                    added += 1
                    if args.show:
                        print(f"    ADDED {article.group} {article.name}:{line}")
        totals.update(lines=lines, build=build, added=added, clean=clean_flags, stray=stray)
        print(f"{group:14} {lines:5} {build:5} {added:+6} {clean_flags:11} {stray:11} {threshold:9.2f}")
    print(f"{'all':14} {totals['lines']:5} {totals['build']:5} {totals['added']:+6} {totals['clean']:11} {totals['stray']:11}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
