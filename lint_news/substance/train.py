"""``lint-news train``: fit, evaluate and write the substance model (scikit-learn lives here only).

The corpus is JSON lines with ``id`` (``source:group:member``), ``source``,
``label`` (``human`` or ``ai``) and ``text``. Human news is the positive class
("substance"). Rows that share a group (a human article and the AI texts
written from its headline) are always kept on one side of a split, or the
numbers would flatter the model. Texts are whitespace-normalised before
features, so the formatting habits of a source (one-line human articles,
blank-line AI paragraphs) cannot be learned.

Evaluation printed and stored in the model: grouped cross-validation and
leave-one-source-out (each source scored by a model that never saw it),
AUROC, the share of AI articles caught when 5% of human articles are flagged,
and calibration. Same corpus and seed give the same model file, byte for byte.
"""

from __future__ import annotations

import hashlib
import json
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lint_news import __version__
from lint_news.readers import read_document
from lint_news.substance import document_features
from lint_news.substance.features import FEATURES
from lint_news.substance.model import FORMAT

#: Articles shorter than this are not scored (the model abstains) and not trained on.
MIN_WORDS = 100
#: Regularisation strengths tried by grouped cross-validation (inverse: smaller is stronger).
C_GRID = (0.01, 0.03, 0.1, 0.3, 1.0, 3.0)
FOLDS = 5
BANDS = {"low_below": 40.0, "high_from": 60.0}
HUMAN_FALSE_ALARM = 0.05


@dataclass
class Corpus:
    ids: list[str]
    sources: list[str]
    groups: list[str]
    labels: list[int]  # 1 human (substance), 0 AI
    rows: list[list[float]]
    digest: str


FEATURES_INDEX = {name: index for index, name in enumerate(FEATURES)}


def _log_features() -> list[str]:
    return [name for name in FEATURES if name.endswith("_per_1k_words")]


def featurize(text: str) -> tuple[list[float], int]:
    document = read_document(" ".join(text.split()), "corpus.txt")
    features = document_features(document)
    return [features.values[name] for name in FEATURES], features.words


def load_corpus(path: Path, progress=None) -> Corpus:
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    corpus = Corpus([], [], [], [], [], digest)
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            row = json.loads(line)
            if row["label"] not in ("human", "ai"):
                raise ValueError(f"{path}:{number}: label must be 'human' or 'ai', not {row['label']!r}")
            values, words = featurize(row["text"])
            if words < MIN_WORDS:
                continue
            corpus.ids.append(row["id"])
            corpus.sources.append(row["source"])
            corpus.groups.append(row["id"].rsplit(":", 1)[0])
            corpus.labels.append(1 if row["label"] == "human" else 0)
            corpus.rows.append(values)
            if progress and number % 500 == 0:
                progress(f"featurized {number} articles")
    return corpus


def _matrix(corpus: Corpus):
    import numpy as np

    X = np.array(corpus.rows, dtype=float)
    logged = [FEATURES_INDEX[name] for name in _log_features()]
    X[:, logged] = np.log1p(np.clip(X[:, logged], 0, None))
    return X, np.array(corpus.labels)


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


def grouped_cv(X, y, groups, C: float, seed: int, model_factory=None):
    """Out-of-fold decision values with stratified group folds."""
    import numpy as np
    from sklearn.model_selection import StratifiedGroupKFold

    folds = StratifiedGroupKFold(n_splits=FOLDS, shuffle=True, random_state=seed)
    scores = np.zeros(len(y))
    for train, test in folds.split(X, y, groups):
        model = (model_factory or (lambda: _pipeline(C, seed)))()
        model.fit(X[train], y[train])
        scores[test] = _decision(model, X[test])
    return scores


def _decision(model, X):
    if hasattr(model, "decision_function"):
        return model.decision_function(X)
    return model.predict_proba(X)[:, 1]


def leave_one_source_out(X, y, sources, C: float, seed: int, model_factory=None):
    """Each row scored by a model trained without its source; pooled, then per source."""
    import numpy as np

    sources = np.array(sources)
    scores = np.zeros(len(y))
    for source in sorted(set(sources.tolist())):
        held = sources == source
        model = (model_factory or (lambda: _pipeline(C, seed)))()
        model.fit(X[~held], y[~held])
        scores[held] = _decision(model, X[held])
    return scores


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


def train(corpus: Corpus, seed: int = 0, compare: bool = False, log=print) -> dict[str, Any]:
    """Choose C, evaluate, fit on everything and return the model as a JSON-ready dict."""
    import numpy as np
    import sklearn

    X, y = _matrix(corpus)
    groups = np.array(corpus.groups)
    log(f"{len(y)} articles ({int(y.sum())} human, {int((1 - y).sum())} AI) from {len(set(corpus.sources))} sources, {X.shape[1]} features")

    by_c = {}
    for C in C_GRID:
        by_c[C] = _auroc(y, grouped_cv(X, y, groups, C, seed))
        log(f"  C={C:<5} grouped {FOLDS}-fold CV AUROC {by_c[C]:.4f}")
    best_c = max(C_GRID, key=lambda C: (round(by_c[C], 4), -C))

    cv_scores = grouped_cv(X, y, groups, best_c, seed)
    loso_scores = leave_one_source_out(X, y, corpus.sources, best_c, seed)
    slope, intercept = _calibration(y, cv_scores)
    cv_probabilities = 1 / (1 + np.exp(-(slope * cv_scores + intercept)))
    _, loso_threshold = _catch_rate(y, loso_scores)
    evaluation: dict[str, Any] = {
        "regularisation_C": best_c,
        "cv_auroc_by_C": {str(C): round(value, 4) for C, value in by_c.items()},
        "grouped_cv": _summary(y, cv_scores),
        "leave_one_source_out": _summary(y, loso_scores),
        "leave_one_source_out_per_source": _per_source(y, loso_scores, corpus.sources, loso_threshold),
        "calibration_brier": round(float(np.mean((cv_probabilities - y) ** 2)), 4),
        "calibration_table": _reliability(y, cv_probabilities),
    }
    log(f"chosen C={best_c}: grouped CV {evaluation['grouped_cv']}; leave-one-source-out {evaluation['leave_one_source_out']}")
    for entry in evaluation["leave_one_source_out_per_source"]:
        log(f"  held out {entry}")

    if compare:
        evaluation["alternatives"] = _compare(X, y, groups, corpus.sources, seed, log)

    final = _pipeline(best_c, seed).fit(X, y)
    scaler, regression = final.named_steps["standardscaler"], final.named_steps["logisticregression"]
    return {
        "format": FORMAT,
        "features": list(FEATURES),
        "log_features": _log_features(),
        "mean": [round(float(v), 6) for v in scaler.mean_],
        "scale": [round(float(v), 6) for v in scaler.scale_],
        "weights": [round(float(v), 6) for v in regression.coef_[0]],
        "intercept": round(float(regression.intercept_[0]), 6),
        "calibration": {"slope": round(slope, 6), "intercept": round(intercept, 6)},
        "bands": BANDS,
        "min_words": MIN_WORDS,
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


def _compare(X, y, groups, sources, seed: int, log) -> dict[str, Any]:
    """The same evaluation for two non-linear models, to justify the linear one with numbers."""
    from sklearn.ensemble import HistGradientBoostingClassifier, RandomForestClassifier

    factories = {
        "gradient_boosting": lambda: HistGradientBoostingClassifier(random_state=seed),
        "random_forest": lambda: RandomForestClassifier(n_estimators=300, min_samples_leaf=3, random_state=seed, n_jobs=1),
    }
    results = {}
    for name, factory in factories.items():
        cv = grouped_cv(X, y, groups, 0.0, seed, model_factory=factory)
        loso = leave_one_source_out(X, y, sources, 0.0, seed, model_factory=factory)
        results[name] = {"grouped_cv": _summary(y, cv), "leave_one_source_out": _summary(y, loso)}
        log(f"  {name}: {results[name]}")
    return results


def write_model(model: dict[str, Any], out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(model, indent=1, sort_keys=False) + "\n", encoding="utf-8")

