"""``lint-news train``: fit, evaluate and write the substance model (needs ``lint-news[train]``).

scikit-learn, SciPy and numpy live here only: ``pip install lint-news`` has
none of them, and scoring at lint time is plain Python (:mod:`.model`).

The corpus is JSON lines with ``id`` (``source:group:member``), ``source``,
``label`` (``human`` or ``ai``), ``generator`` (optional) and ``text``. Human
news is the positive class ("substance"). Rows that share a group (a human
article and the AI texts written from its headline) are always kept on one
side of a split, or the numbers would flatter the model. Texts are
whitespace-normalised before features, so the formatting habits of a source
(one-line human articles, blank-line AI paragraphs) cannot be learned.

The model is stacked. A wording model (logistic regression over shaped word
uni- and bigrams, :mod:`.lexical`) is fitted and cut to its
``WORDING_KEEP`` largest weights; its out-of-fold log-odds join the
explainable features in a second, standardised logistic regression, whose
decision values are calibrated by Platt scaling.

Evaluation printed and stored in the model, every fold fitting the whole
pipeline again: grouped cross-validation, leave-one-source-out (each source
scored by a model that never saw it), leave-one-generator-family-out (all
GPT texts held out, then all Mistral texts, ...), length robustness (every
article cut to its first 200 words, scored out of fold) next to the AUROC of
length alone, and the AUROC within each source that pairs human and
generated articles on the same stories. The worst fold is reported, not only
the mean. Same corpus and seed give the same model file, byte for byte.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lint_news import __version__
from lint_news.readers import read_document
from lint_news.substance import document_features
from lint_news.substance.features import FEATURES
from lint_news.substance.model import FORMAT, WORDING

#: What ``lint-news train`` needs beyond a plain install, and how to get it.
TRAIN_EXTRA = "pip install 'lint-news[train]'"
#: Articles shorter than this are not scored (the model abstains) and not trained on.
MIN_WORDS = 100
#: Regularisation strengths of the stacked model tried by grouped cross-validation (inverse: smaller is stronger).
C_GRID = (0.03, 0.1, 0.3, 1.0)
#: The wording model: its regularisation, how many articles of each class an n-gram must occur
#: in to be learned, and how many of its largest weights are kept (the rest are dropped and the model is
#: refitted on those kept, so the shipped table is the model that was evaluated).
WORDING_C = 30.0
WORDING_MIN_ARTICLES = 3
WORDING_KEEP = 4000
FOLDS = 5
BANDS = {"low_below": 40.0, "high_from": 60.0}
HUMAN_FALSE_ALARM = 0.05
#: Length robustness: articles of at least ``CUT_FROM`` words are also scored cut to ``CUT_TO``.
CUT_TO, CUT_FROM = 200, 300
#: Generator name fragment -> family, for leave-one-generator-family-out (first match wins).
GENERATOR_FAMILIES = (
    ("gpt", "openai"), ("davinci", "openai"), ("o1-", "openai"), ("claude", "anthropic"), ("mistral", "mistral"),
    ("mixtral", "mistral"), ("llama", "llama"), ("vicuna", "vicuna"), ("falcon", "falcon"), ("opt-", "opt"),
    ("gemini", "google"), ("gemma", "google"), ("palm", "google"), ("qwen", "qwen"), ("deepseek", "deepseek"),
)


def generator_family(generator: str | None) -> str:
    """The family of a generator name ("gpt-4o" -> "openai"); "unknown" when none is given."""
    if not generator:
        return "unknown"
    name = generator.lower()
    for fragment, family in GENERATOR_FAMILIES:
        if fragment in name:
            return family
    return name.split("-")[0]


@dataclass
class Corpus:
    ids: list[str]
    sources: list[str]
    groups: list[str]
    families: list[str]  # generator family, "human" for human articles
    labels: list[int]  # 1 human (substance), 0 AI
    rows: list[list[float]]
    ngrams: list[Counter[str]]
    words: list[int]
    cut_rows: dict[int, tuple[list[float], Counter[str]]]  # row index -> the first CUT_TO words' features
    digest: str


FEATURES_INDEX = {name: index for index, name in enumerate(FEATURES)}


def _log_features() -> list[str]:
    return [name for name in FEATURES if name.endswith("_per_1k_words")]


def featurize(text: str) -> tuple[list[float], int, Counter[str]]:
    """The features, word count and shaped n-grams of a corpus text (whitespace-normalised)."""
    document = read_document(" ".join(text.split()), "corpus.txt")
    features = document_features(document)
    return [features.values[name] for name in FEATURES], features.words, features.ngrams


def load_corpus(path: Path, progress=None) -> Corpus:
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    corpus = Corpus([], [], [], [], [], [], [], [], {}, digest)
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            row = json.loads(line)
            if row["label"] not in ("human", "ai"):
                raise ValueError(f"{path}:{number}: label must be 'human' or 'ai', not {row['label']!r}")
            values, words, ngrams = featurize(row["text"])
            if words < MIN_WORDS:
                continue
            if words >= CUT_FROM:
                cut_values, _, cut_ngrams = featurize(" ".join(row["text"].split()[:CUT_TO]))
                corpus.cut_rows[len(corpus.ids)] = (cut_values, cut_ngrams)
            corpus.ids.append(row["id"])
            corpus.sources.append(row["source"])
            corpus.groups.append(row["id"].rsplit(":", 1)[0])
            corpus.families.append("human" if row["label"] == "human" else generator_family(row.get("generator")))
            corpus.labels.append(1 if row["label"] == "human" else 0)
            corpus.rows.append(values)
            corpus.ngrams.append(ngrams)
            corpus.words.append(words)
            if progress and number % 500 == 0:
                progress(f"featurized {number} articles")
    return corpus


def _features_matrix(rows):
    import numpy as np

    X = np.array(rows, dtype=float)
    logged = [FEATURES_INDEX[name] for name in _log_features()]
    X[:, logged] = np.log1p(np.clip(X[:, logged], 0, None))
    return X


def _wording_matrix(ngrams: list[Counter[str]], vocabulary: dict[str, int]):
    """Sublinear counts (1 + log count) of the known n-grams, one row per article (not yet normalised)."""
    import numpy as np
    from scipy.sparse import csr_matrix

    data, columns, pointers = [], [], [0]
    for counts in ngrams:
        known = sorted((vocabulary[ngram], count) for ngram, count in counts.items() if ngram in vocabulary)
        columns.extend(column for column, _ in known)
        data.extend(1.0 + math.log(count) for _, count in known)
        pointers.append(len(columns))
    return csr_matrix((np.array(data, dtype=float), np.array(columns, dtype=np.int64), np.array(pointers, dtype=np.int64)), shape=(len(ngrams), len(vocabulary)))


def _vocabulary(ngrams: list[Counter[str]], labels: list[int]) -> dict[str, int]:
    """The n-grams found in at least ``WORDING_MIN_ARTICLES`` human *and* as many generated
    articles, in sorted order.

    An n-gram that only one class ever uses marks a source, not a way of writing: "read more"
    is the BBC's page furniture, and a model that learned it would score any page with that
    link as human.
    """
    articles: dict[int, Counter[str]] = {0: Counter(), 1: Counter()}
    for counts, label in zip(ngrams, labels):
        articles[label].update(counts.keys())
    human, generated = articles[1], articles[0]
    known = (ngram for ngram, count in human.items() if count >= WORDING_MIN_ARTICLES and generated[ngram] >= WORDING_MIN_ARTICLES)
    return {ngram: index for index, ngram in enumerate(sorted(known))}


def balanced_weights(y, sources, balanced: bool = True):
    """Sample weights under which every source weighs the same within its class.

    The corpus's human class is mostly one outlet (BBC); unweighted, the wording model learns
    that outlet's house style (British spelling, its phrasing) as "human", and flags human news
    from other outlets. Balanced, held-out human sources other than the BBC are flagged about
    half as often, for a small loss in pooled AUROC (docs/MODEL.md).
    """
    import numpy as np

    weights = np.ones(len(y))
    if not balanced:
        return weights
    for label in (0, 1):
        in_class = y == label
        for source in set(sources[in_class].tolist()):
            members = in_class & (sources == source)
            weights[members] = 1.0 / members.sum()
        if in_class.any():
            weights[in_class] *= in_class.sum() / weights[in_class].sum()
    return weights


class Wording:
    """The wording model as scikit-learn fits it: the kept columns and a logistic regression on them."""

    def __init__(self, W, y, sources, seed: int, balanced: bool = True):
        import numpy as np
        from sklearn.linear_model import LogisticRegression
        from sklearn.preprocessing import normalize

        weights = balanced_weights(y, sources, balanced)
        first = LogisticRegression(C=WORDING_C, max_iter=5000, random_state=seed).fit(normalize(W), y, sample_weight=weights)
        order = np.argsort(-np.abs(first.coef_[0]), kind="stable")[:WORDING_KEEP]
        self.columns = np.sort(order)
        self.regression = LogisticRegression(C=WORDING_C, max_iter=5000, random_state=seed).fit(normalize(W[:, self.columns]), y, sample_weight=weights)

    def decision(self, W):
        from sklearn.preprocessing import normalize

        return self.regression.decision_function(normalize(W[:, self.columns]))


class Stacked:
    """The whole pipeline, fitted on some articles: the wording model, and the stacked regression
    over the features plus the wording model's out-of-fold log-odds.

    ``parts`` is "stacked" (what ships), or for comparison "features" or "wording" alone, or
    "unbalanced" (stacked, every article weighing the same).
    """

    def __init__(self, X, W, y, groups, sources, C: float, seed: int, parts: str = "stacked"):
        import numpy as np

        self.parts = parts
        balanced = parts != "unbalanced"
        if parts != "features":
            self.wording = Wording(W, y, sources, seed, balanced)
        if parts == "wording":
            return
        columns = [X]
        if parts != "features":
            columns.append(_out_of_fold_wording(W, y, groups, sources, seed, balanced).reshape(-1, 1))
        self.regression = _pipeline(C, seed).fit(np.hstack(columns), y, logisticregression__sample_weight=balanced_weights(y, sources, balanced))

    def decision(self, X, W):
        import numpy as np

        if self.parts == "wording":
            return self.wording.decision(W)
        columns = [X] if self.parts == "features" else [X, self.wording.decision(W).reshape(-1, 1)]
        return self.regression.decision_function(np.hstack(columns))


def _folds(y, groups, seed: int):
    from sklearn.model_selection import StratifiedGroupKFold

    return StratifiedGroupKFold(n_splits=FOLDS, shuffle=True, random_state=seed).split(y.reshape(-1, 1), y, groups)


def _out_of_fold_wording(W, y, groups, sources, seed: int, balanced: bool = True):
    import numpy as np

    scores = np.zeros(len(y))
    for train, test in _folds(y, groups, seed):
        scores[test] = Wording(W[train], y[train], sources[train], seed, balanced).decision(W[test])
    return scores


def _pipeline(C: float, seed: int):
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    return make_pipeline(StandardScaler(), LogisticRegression(C=C, max_iter=5000, random_state=seed))


def _catch_rate(y, scores, false_alarm: float = HUMAN_FALSE_ALARM) -> tuple[float, float]:
    """Share of AI articles (label 0) caught when ``false_alarm`` of human ones are flagged, and the threshold."""
    import numpy as np

    human = np.sort(scores[y == 1])
    if len(human) == 0 or (y == 0).sum() == 0:
        return float("nan"), float("nan")
    threshold = human[int(math.floor(false_alarm * len(human)))]
    return float((scores[y == 0] < threshold).mean()), float(threshold)


def _auroc(y, scores) -> float:
    from sklearn.metrics import roc_auc_score

    return float(roc_auc_score(y, scores)) if len(set(y.tolist())) == 2 else float("nan")


@dataclass
class Data:
    """A corpus as matrices: features ``X``, wording counts ``W``, labels and the split keys."""

    X: Any
    W: Any
    y: Any
    groups: Any
    sources: Any
    families: Any

    def fit(self, rows, C: float, seed: int, parts: str = "stacked") -> Stacked:
        return Stacked(self.X[rows], self.W[rows], self.y[rows], self.groups[rows], self.sources[rows], C, seed, parts)


def grouped_cv(data: Data, C: float, seed: int, parts: str = "stacked", cut: tuple[Data, Any] | None = None):
    """Out-of-fold decision values with stratified group folds. With ``cut`` (the cut texts and the
    rows of ``data`` they were cut from), also theirs, each by the model of its article's fold."""
    import numpy as np

    scores = np.zeros(len(data.y))
    cut_scores = np.zeros(len(cut[0].y)) if cut is not None else None
    for train, test in _folds(data.y, data.groups, seed):
        model = data.fit(train, C, seed, parts)
        scores[test] = model.decision(data.X[test], data.W[test])
        if cut is not None:
            held = np.isin(cut[1], test)
            if held.any():
                cut_scores[held] = model.decision(cut[0].X[held], cut[0].W[held])
    return scores, cut_scores


def leave_one_source_out(data: Data, C: float, seed: int, parts: str = "stacked"):
    """Each row scored by a model trained without its source."""
    import numpy as np

    scores = np.zeros(len(data.y))
    for source in sorted(set(data.sources.tolist())):
        held = data.sources == source
        scores[held] = data.fit(~held, C, seed, parts).decision(data.X[held], data.W[held])
    return scores


def leave_one_family_out(data: Data, C: float, seed: int, human_scores, parts: str = "stacked") -> dict[str, dict[str, float]]:
    """Each generator family's texts scored by a model trained without any of them, against the
    human articles as leave-one-source-out scored them."""
    import numpy as np

    families = sorted(set(data.families.tolist()) - {"human"})
    humans = human_scores[data.y == 1]
    result = {}
    if len(families) < 2:
        return result
    for family in families:
        held = data.families == family
        scores = data.fit(~held, C, seed, parts).decision(data.X[held], data.W[held])
        y = np.r_[np.ones(len(humans)), np.zeros(len(scores))]
        result[family] = {"ai": int(held.sum()), **_summary(y, np.r_[humans, scores])}
    return result


def _calibration(y, decision) -> tuple[float, float]:
    """Platt scaling fitted on out-of-fold decision values."""
    from sklearn.linear_model import LogisticRegression

    platt = LogisticRegression(C=1e6, max_iter=1000)
    platt.fit(decision.reshape(-1, 1), y)
    return float(platt.coef_[0][0]), float(platt.intercept_[0])


def _reliability(y, probabilities, bins: int = 5) -> list[dict[str, float]]:
    table = []
    for index in range(bins):
        low, high = index / bins, (index + 1) / bins
        members = (probabilities >= low) & ((probabilities < high) if index < bins - 1 else (probabilities <= high))
        if members.sum():
            table.append({"from": low, "to": high, "articles": int(members.sum()), "mean_predicted": round(float(probabilities[members].mean()), 3), "share_human": round(float(y[members].mean()), 3)})
    return table


def _per_source(y, scores, sources, threshold: float) -> list[dict[str, Any]]:
    import numpy as np

    sources = np.array(sources)
    table = []
    for source in sorted(set(sources.tolist())):
        held = sources == source
        entry: dict[str, Any] = {"source": source, "human": int((y[held] == 1).sum()), "ai": int((y[held] == 0).sum())}
        if entry["human"]:
            entry["human_flagged"] = round(float((scores[held & (y == 1)] < threshold).mean()), 3)
        if entry["ai"]:
            entry["ai_caught"] = round(float((scores[held & (y == 0)] < threshold).mean()), 3)
        auroc = _auroc(y[held], scores[held])
        if not math.isnan(auroc):
            entry["auroc"] = round(auroc, 4)
        table.append(entry)
    return table


def _summary(y, scores) -> dict[str, float]:
    caught, _ = _catch_rate(y, scores)
    return {"auroc": round(_auroc(y, scores), 4), "ai_caught_at_5pct_human_flagged": round(caught, 4)}


def _probabilities(decision, slope: float, intercept: float):
    import numpy as np

    return 1 / (1 + np.exp(-(slope * decision + intercept)))


def _bands(probabilities):
    import numpy as np

    scores = 100 * probabilities
    return np.where(scores < BANDS["low_below"], 0, np.where(scores >= BANDS["high_from"], 2, 1))


def _data(corpus: Corpus, vocabulary: dict[str, int]) -> tuple[Data, tuple[Data, Any]]:
    """The corpus as matrices; and its cut texts as matrices, with the rows they were cut from."""
    import numpy as np

    def arrays(indexes, rows, ngrams) -> Data:
        def pick(values):
            return np.array([values[index] for index in indexes])

        X = _features_matrix(rows) if rows else np.zeros((0, len(FEATURES)))
        return Data(X, _wording_matrix(ngrams, vocabulary), pick(corpus.labels), pick(corpus.groups), pick(corpus.sources), pick(corpus.families))

    cut = sorted(corpus.cut_rows)
    data = arrays(range(len(corpus.ids)), corpus.rows, corpus.ngrams)
    cut_data = arrays(cut, [corpus.cut_rows[index][0] for index in cut], [corpus.cut_rows[index][1] for index in cut])
    return data, (cut_data, np.array(cut, dtype=np.int64))


def _length_robustness(data: Data, cut: tuple[Data, Any], cv_scores, cut_scores, words, calibration: tuple[float, float]) -> dict[str, Any]:
    """How the out-of-fold scores hold when each long article is cut to its first ``CUT_TO`` words,
    next to how well length alone tells the labels apart (pooled and within each source)."""
    import numpy as np

    cut_data, rows = cut
    words = np.log(np.array(words, dtype=float))
    result: dict[str, Any] = {
        "cut_to_words": CUT_TO,
        "articles_cut": int(len(rows)),
        "length_alone_auroc": round(_auroc(data.y, words), 4),
        "length_alone_auroc_by_source": {
            source: round(_auroc(data.y[data.sources == source], words[data.sources == source]), 4)
            for source in sorted(set(data.sources.tolist()))
            if len(set(data.y[data.sources == source].tolist())) == 2
        },
    }
    if not len(rows):
        return result
    full_bands = _bands(_probabilities(cv_scores[rows], *calibration))
    cut_bands = _bands(_probabilities(cut_scores, *calibration))
    human = cut_data.y == 1
    result["cut_auroc"] = round(_auroc(cut_data.y, cut_scores), 4)
    result["full_auroc_same_articles"] = round(_auroc(cut_data.y, cv_scores[rows]), 4)
    if human.any():
        result["human_band_kept"] = round(float((full_bands[human] == cut_bands[human]).mean()), 4)
        result["human_low_after_cut"] = round(float((cut_bands[human] == 0).mean()), 4)
    if (~human).any():
        result["ai_band_kept"] = round(float((full_bands[~human] == cut_bands[~human]).mean()), 4)
    return result


def train(corpus: Corpus, seed: int = 0, compare: bool = False, log=print) -> dict[str, Any]:
    """Choose C, evaluate, fit on everything and return the model as a JSON-ready dict."""
    import numpy as np
    import sklearn

    vocabulary = _vocabulary(corpus.ngrams, corpus.labels)
    data, cut = _data(corpus, vocabulary)
    y = data.y
    log(
        f"{len(y)} articles ({int(y.sum())} human, {int((1 - y).sum())} AI) from {len(set(corpus.sources))} sources, "
        f"{data.X.shape[1]} features and {len(vocabulary)} n-grams (keeping {min(WORDING_KEEP, len(vocabulary))})"
    )

    # C is chosen with the wording model's out-of-fold values computed once; every evaluation
    # below fits the whole pipeline again inside each fold.
    wording_values = _out_of_fold_wording(data.W, y, data.groups, data.sources, seed).reshape(-1, 1)
    stacked = np.hstack([data.X, wording_values])
    by_c = {}
    for C in C_GRID:
        scores = np.zeros(len(y))
        for train_rows, test in _folds(y, data.groups, seed):
            weights = balanced_weights(y[train_rows], data.sources[train_rows])
            scores[test] = _pipeline(C, seed).fit(stacked[train_rows], y[train_rows], logisticregression__sample_weight=weights).decision_function(stacked[test])
        by_c[C] = _auroc(y, scores)
        log(f"  C={C:<5} grouped {FOLDS}-fold CV AUROC {by_c[C]:.4f}")
    best_c = max(C_GRID, key=lambda C: (round(by_c[C], 4), -C))

    cv_scores, cut_scores = grouped_cv(data, best_c, seed, cut=cut)
    slope, intercept = _calibration(y, cv_scores)
    loso_scores = leave_one_source_out(data, best_c, seed)
    _, loso_threshold = _catch_rate(y, loso_scores)
    families = leave_one_family_out(data, best_c, seed, loso_scores)
    evaluation: dict[str, Any] = {
        "regularisation_C": best_c,
        "cv_auroc_by_C": {str(C): round(value, 4) for C, value in by_c.items()},
        "grouped_cv": _summary(y, cv_scores),
        "leave_one_source_out": _summary(y, loso_scores),
        "leave_one_source_out_per_source": _per_source(y, loso_scores, corpus.sources, loso_threshold),
        "leave_one_family_out": families,
        "length": _length_robustness(data, cut, cv_scores, cut_scores, corpus.words, (slope, intercept)),
        "calibration_brier": round(float(np.mean((_probabilities(cv_scores, slope, intercept) - y) ** 2)), 4),
        "calibration_table": _reliability(y, _probabilities(cv_scores, slope, intercept)),
    }
    if families:
        worst = min(families, key=lambda family: families[family]["auroc"])
        evaluation["leave_one_family_out_worst"] = {"family": worst, **families[worst]}
    log(f"chosen C={best_c}: grouped CV {evaluation['grouped_cv']}; leave-one-source-out {evaluation['leave_one_source_out']}")
    for entry in evaluation["leave_one_source_out_per_source"]:
        log(f"  held out {entry}")
    for family, entry in families.items():
        log(f"  generator family held out: {family} {entry}")
    log(f"  length: {evaluation['length']}")

    if compare:
        evaluation["alternatives"] = _compare(data, best_c, seed, log)

    final = data.fit(np.arange(len(y)), best_c, seed)
    scaler, regression = final.regression.named_steps["standardscaler"], final.regression.named_steps["logisticregression"]
    names = sorted(vocabulary, key=vocabulary.get)
    wording = final.wording
    return {
        "format": FORMAT,
        "features": [*FEATURES, WORDING],
        "log_features": _log_features(),
        "mean": [round(float(v), 6) for v in scaler.mean_],
        "scale": [round(float(v), 6) for v in scaler.scale_],
        "weights": [round(float(v), 6) for v in regression.coef_[0]],
        "intercept": round(float(regression.intercept_[0]), 6),
        "calibration": {"slope": round(slope, 6), "intercept": round(intercept, 6)},
        "bands": BANDS,
        "min_words": MIN_WORDS,
        "wording": {
            "intercept": round(float(wording.regression.intercept_[0]), 6),
            "ngrams": {names[column]: round(float(weight), 5) for column, weight in zip(wording.columns, wording.regression.coef_[0])},
        },
        "training": {
            "lint_news_version": __version__,
            "scikit_learn_version": sklearn.__version__,
            "corpus_sha256": corpus.digest,
            "articles": int(len(y)),
            "human": int(y.sum()),
            "ai": int((1 - y).sum()),
            "sources": sorted(set(corpus.sources)),
            "seed": seed,
            "evaluation": evaluation,
        },
    }


def _compare(data: Data, C: float, seed: int, log) -> dict[str, Any]:
    """The same evaluation for the features alone, the wording model alone and the stacked model
    without source balancing, to justify what ships."""
    results = {}
    for parts in ("features", "wording", "unbalanced"):
        loso = leave_one_source_out(data, C, seed, parts)
        families = leave_one_family_out(data, C, seed, loso, parts)
        _, threshold = _catch_rate(data.y, loso)
        per_source = _per_source(data.y, loso, data.sources.tolist(), threshold)
        results[parts] = {
            "leave_one_source_out": _summary(data.y, loso),
            "auroc_within_source": {entry["source"]: entry["auroc"] for entry in per_source if "auroc" in entry},
            "human_flagged_by_source": {entry["source"]: entry["human_flagged"] for entry in per_source if "human_flagged" in entry},
        }
        if families:
            results[parts]["leave_one_family_out_worst_auroc"] = min(entry["auroc"] for entry in families.values())
        log(f"  {parts}: {results[parts]}")
    return results


def write_model(model: dict[str, Any], out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(model, indent=1, sort_keys=False) + "\n", encoding="utf-8")

