"""The substance model at lint time: JSON in, plain arithmetic out.

The model is a standardised logistic regression with Platt calibration,
stored as JSON (feature names, transforms, scaling, weights, calibration,
training metadata). Loading it runs no code (no pickle), and scoring needs no
scikit-learn: a dot product and a sigmoid, a fraction of a millisecond.
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

FORMAT = "lint-news/substance-model@1"
MODEL_FILE = "substance_model.json"
#: How many reasons a score carries at most, and the smallest effect (score points) worth naming.
MAX_REASONS = 5
MIN_REASON_EFFECT = 1.0
#: Score points per unit of calibrated log-odds at the middle of the scale (100 x the sigmoid's slope at 0).
POINTS_PER_LOGIT = 25.0


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
    metadata: dict[str, Any]

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Model:
        if data.get("format") != FORMAT:
            raise ModelError(f"not a lint-news substance model (format {data.get('format')!r}, expected {FORMAT!r})")
        try:
            features = tuple(data["features"])
            unknown = [name for name in features if name not in FEATURES]
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
                metadata=dict(data.get("training", {})),
            )
        except (KeyError, TypeError) as error:
            raise ModelError(f"model file is missing {error}") from None

    def standardized(self, features: Features) -> list[float]:
        row = []
        for name, mean, scale in zip(self.features, self.mean, self.scale):
            value = features.values[name]
            if name in self.log_features:
                value = math.log1p(max(value, 0.0))
            row.append((value - mean) / scale if scale else 0.0)
        return row

    def contributions(self, features: Features) -> list[float]:
        """Each feature's term in the log-odds (weight x standardized value)."""
        return [weight * value for weight, value in zip(self.weights, self.standardized(features))]

    def _probability(self, logit: float) -> float:
        return _sigmoid(self.calibration_slope * logit + self.calibration_intercept)

    def band(self, score: float) -> str:
        return "low" if score < self.low_below else "high" if score >= self.high_from else "medium"

    def score(self, features: Features) -> Substance:
        if features.words < self.min_words:
            text = f"too short to judge: {features.words} words (the score needs {self.min_words})"
            return Substance(None, None, (Reason("word_count", float(features.words), 0.0, text),))
        row = self.standardized(features)
        contributions = self.contributions(features)
        logit = self.intercept + sum(contributions)
        score = 100.0 * self._probability(logit)
        # A feature's effect is its pull in score points at the middle of the scale: linear in
        # the log-odds, so effects add up and do not vanish for articles scored near 0 or 100.
        effects = [(POINTS_PER_LOGIT * self.calibration_slope * contribution, index, name) for index, (name, contribution) in enumerate(zip(self.features, contributions))]
        reasons = []
        for effect, index, name in sorted(effects, key=lambda item: -abs(item[0]))[:MAX_REASONS]:
            if abs(effect) < MIN_REASON_EFFECT:
                break
            reasons.append(Reason(name, round(features.values[name], 3), round(effect, 1), _describe(name, row[index], features)))
        return Substance(round(score, 1), self.band(score), tuple(reasons))


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
