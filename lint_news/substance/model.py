"""The substance model at lint time: JSON in, plain arithmetic out.

The model is stacked: a wording model (:class:`~.lexical.Wording`, a weight per
shaped word n-gram) gives its log-odds, and that value joins the explainable
features in a standardised logistic regression with Platt calibration. All of
it is stored as JSON (feature names, transforms, scaling, weights, the n-gram
table, calibration, training metadata). Loading it runs no code (no pickle),
and scoring needs no scikit-learn or numpy: dictionary lookups, a dot product
and a sigmoid.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from lint_news.data import data_file
from lint_news.report import Reason, Substance
from lint_news.substance.features import FEATURES, REASONS, Features
from lint_news.substance.lexical import Wording, readable

FORMAT = "lint-news/substance-model@2"
MODEL_FILE = "substance_model.json"
#: How many reasons a score carries at most, and the smallest effect (score points) worth naming.
MAX_REASONS = 5
MIN_REASON_EFFECT = 1.0
#: Score points per unit of calibrated log-odds at the middle of the scale (100 x the sigmoid's slope at 0).
POINTS_PER_LOGIT = 25.0
#: The stacked feature that carries the wording model's log-odds.
WORDING = "wording_log_odds"
#: How many phrases the wording reason quotes.
WORDING_PHRASES = 3


class ModelError(ValueError):
    """A model file that cannot be used."""


def _sigmoid(value: float) -> float:
    if value >= 0:
        return 1.0 / (1.0 + math.exp(-value))
    exponential = math.exp(value)
    return exponential / (1.0 + exponential)


@dataclass(frozen=True)
class Model:
    features: tuple[str, ...]
    log_features: frozenset[str]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    weights: tuple[float, ...]
    intercept: float
    calibration_slope: float
    calibration_intercept: float
    low_below: float
    high_from: float
    min_words: int
    wording: Wording
    metadata: dict[str, Any]

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Model:
        if data.get("format") != FORMAT:
            raise ModelError(f"not a lint-news substance model (format {data.get('format')!r}, expected {FORMAT!r})")
        try:
            features = tuple(data["features"])
            unknown = [name for name in features if name not in FEATURES and name != WORDING]
            if unknown:
                raise ModelError(f"model uses features this version does not compute: {', '.join(unknown)}")
            columns = [tuple(float(v) for v in data[key]) for key in ("mean", "scale", "weights")]
            if any(len(column) != len(features) for column in columns):
                raise ModelError("model columns do not match its feature list")
            return cls(
                features=features,
                log_features=frozenset(data.get("log_features", ())),
                mean=columns[0],
                scale=columns[1],
                weights=columns[2],
                intercept=float(data["intercept"]),
                calibration_slope=float(data["calibration"]["slope"]),
                calibration_intercept=float(data["calibration"]["intercept"]),
                low_below=float(data["bands"]["low_below"]),
                high_from=float(data["bands"]["high_from"]),
                min_words=int(data["min_words"]),
                wording=Wording({str(ngram): float(weight) for ngram, weight in data["wording"]["ngrams"].items()}, float(data["wording"]["intercept"])),
                metadata=dict(data.get("training", {})),
            )
        except (KeyError, TypeError, AttributeError) as error:
            raise ModelError(f"model file is missing {error}") from None

    def _values(self, features: Features) -> tuple[dict[str, float], list[tuple[float, str]]]:
        """Every feature's value, the wording model's log-odds included, and that model's terms."""
        terms = self.wording.terms(self.wording.known(features.shaped))
        return {**features.values, WORDING: self.wording.log_odds(terms)}, terms

    def _standardized(self, values: dict[str, float]) -> list[float]:
        row = []
        for name, mean, scale in zip(self.features, self.mean, self.scale):
            value = values[name]
            if name in self.log_features:
                value = math.log1p(max(value, 0.0))
            row.append((value - mean) / scale if scale else 0.0)
        return row

    def contributions(self, features: Features) -> list[float]:
        """Each feature's term in the log-odds (weight x standardized value)."""
        return [weight * value for weight, value in zip(self.weights, self._standardized(self._values(features)[0]))]

    def _probability(self, logit: float) -> float:
        return _sigmoid(self.calibration_slope * logit + self.calibration_intercept)

    def band(self, score: float) -> str:
        return "low" if score < self.low_below else "high" if score >= self.high_from else "medium"

    def score(self, features: Features) -> Substance:
        if features.words < self.min_words:
            text = f"too short to judge: {features.words} words (the score needs {self.min_words})"
            return Substance(None, None, (Reason("word_count", float(features.words), 0.0, text),))
        values, terms = self._values(features)
        row = self._standardized(values)
        contributions = [weight * value for weight, value in zip(self.weights, row)]
        logit = self.intercept + sum(contributions)
        score = 100.0 * self._probability(logit)
        # A feature's effect is its pull in score points at the middle of the scale: linear in
        # the log-odds, so effects add up and do not vanish for articles scored near 0 or 100.
        effects = [(POINTS_PER_LOGIT * self.calibration_slope * contribution, index, name) for index, (name, contribution) in enumerate(zip(self.features, contributions))]
        reasons = []
        for effect, index, name in sorted(effects, key=lambda item: -abs(item[0]))[:MAX_REASONS]:
            if abs(effect) < MIN_REASON_EFFECT:
                break
            text = _describe_wording(effect, terms) if name == WORDING else _describe(name, row[index], features)
            reasons.append(Reason(name, round(values[name], 3), round(effect, 1), text))
        return Substance(round(score, 1), self.band(score), tuple(reasons))


def _describe_wording(effect: float, terms: list[tuple[float, str]]) -> str:
    """The wording reason: the article's own n-grams that pulled most in the reason's direction.

    The n-grams come from the article, so a reason never quotes a phrase the article lacks; one
    that only repeats part of a phrase already quoted ("underscores" after "underscores the") is
    passed over.
    """
    pulling = sorted((term for term in terms if (term[0] < 0) == (effect < 0) and term[0]), key=lambda term: -abs(term[0]))
    chosen: list[set[str]] = []
    phrases = []
    for _, ngram in pulling:
        words = set(ngram.split(" "))
        if any(words <= seen or seen <= words for seen in chosen):
            continue
        chosen.append(words)
        phrases.append(f"'{readable(ngram)}'")
        if len(phrases) == WORDING_PHRASES:
            break
    kind = "generated news" if effect < 0 else "human reporting"
    return f"wording typical of {kind}: {', '.join(phrases)}" if phrases else f"wording typical of {kind}"


def _describe(name: str, standardized: float, features: Features) -> str:
    low, high = REASONS[name]
    phrase = low if standardized < 0 else high
    count = features.counts.get(name)
    if count == 0:
        phrase = phrase.replace("few ", "no ", 1).replace(" ({count})", "")
    return phrase.format(value=features.values[name], count=count if count is not None else "")


def load_model(path: Path) -> Model:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ModelError(f"{path}: cannot read model: {error}") from None
    return Model.from_dict(data)


@lru_cache(maxsize=1)
def default_model() -> Model | None:
    """The model shipped in the package, or None if this installation has none."""
    resource = data_file(MODEL_FILE)
    if not resource.is_file():
        return None
    return Model.from_dict(json.loads(resource.read_text(encoding="utf-8")))
