"""The ``sentence-model`` kind: a sentence that a model learned from annotated articles scores as a defect.

Pattern rules match the wordings their authors had in mind; each new writer
brings wordings no list has. This kind scores each sentence with a linear
model (logistic regression over the sentence's words and word pairs) learned
by ``bench/line_model.py`` from many writers' annotated articles: the
sentences on lines annotated with one family against those of clean articles,
of unannotated lines and of human news (``../shared/corpus/train.jsonl``).
What the model learns is the shape of the family ("stands as a reminder
that", "the road ahead", "a new chapter for") across writers rather than any
one writer's sentence.

Names and figures are masked before scoring (a capitalized word after the
first becomes ``N``, a number ``0``), so that the model weighs how a sentence
is built, not who is in it; the sentence's first two words are one more
feature, since a sentence's opening carries much of its shape. The model ships
as JSON in ``lint_news.data`` (a bias and a table of feature weights, only
features seen in several training sentences), and scoring is plain arithmetic:
no model library at run time.

A sentence is reported when the model's probability reaches ``threshold``.
By default that is the threshold recorded in the model file, where the model
flags one or two sentences per hundred human articles of corpus sources it was
not trained on (the file's "about" says how it was calibrated). Reported at info level by default: a learned rule is
a second opinion, right often enough to be worth a look and not often enough
to fail a build.

Options:
  model              JSON file in lint_news/data with "bias" and "weights" (required)
  threshold          probability at which a sentence is reported (default: the model's own)
  min-words          shorter sentences are left alone (default 6)
  max-words          longer sentences are left alone (default 60)

Of the options every rule takes (:mod:`lint_news.shared_options`), this kind
reads paragraphs, list items and block quotes by default (``scopes``) and
leaves alone a named speaker's quotation and a quoted mention
(``exempt-quotations``, ``exempt-mentions``), and reports only sentences no
written rule of its family reports on (``defer-to-family``): a named phrase
says more than a probability. A sentence that holds such a
quotation is scored on the writer's own words around it, and left alone when
fewer than ``min-words`` of them remain.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from lint_news.data import data_file
from lint_news.blocks import Sentence
from lint_news.document import Document
from lint_news.findings import Hit
from lint_news.kinds import Kind
from lint_news.shared_options import SharedOptions

_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d[\d.,%]*")
#: Capitalized words that are not names when they follow the first word.
_NOT_NAMES = frozenset({"I", "I'm", "I’m", "I've", "I’ve", "I'd", "I’d", "I'll", "I’ll"})


def masked_words(text: str) -> list[str]:
    """The sentence's words, lower-cased, with numbers as ``0`` and names (capitalized after the first word) as ``N``."""
    words = []
    for index, token in enumerate(_TOKEN.findall(text)):
        if token[0].isdigit():
            words.append("0")
        elif index and token[0].isupper() and token not in _NOT_NAMES:
            words.append("N")
        else:
            words.append(token.lower().replace("’", "'"))
    return words


@lru_cache(maxsize=1024)
def features(text: str) -> frozenset[str]:
    """What the model weighs: the masked words, adjacent pairs, and the opening (``^`` and the first two words).

    Cached: the rules of this kind read the same sentences one after the other."""
    words = masked_words(text)
    found = set(words)
    found.update(f"{first} {second}" for first, second in zip(words, words[1:]))
    found.add("^" + " ".join(words[:2]))
    return frozenset(found)


@dataclass(frozen=True)
class SentenceModel:
    bias: float
    weights: dict[str, float]
    threshold: float = 0.5  # the probability it was calibrated to report at

    def probability(self, text: str) -> float:
        """The model's probability that ``text`` is of its family."""
        # fsum: exact, so the set's order (which PYTHONHASHSEED changes) cannot move a sentence across the
        # threshold; the features the model does not weigh add nothing, and are left out of the sum
        logit = self.bias + math.fsum([weight for weight in map(self.weights.get, features(text)) if weight is not None])
        return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, logit))))

    def strongest(self, text: str) -> list[str]:
        """The features of ``text`` that weigh most towards the family, heaviest first."""
        weights = self.weights
        return sorted((feature for feature in features(text) if weights.get(feature, 0.0) > 0), key=lambda feature: (-weights[feature], feature))


@lru_cache(maxsize=8)
def load_model(name: str) -> SentenceModel:
    try:
        data = json.loads(data_file(name).read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise ValueError(f"cannot read sentence model '{name}': {error}") from None
    weights = data.get("weights") if isinstance(data, dict) else None
    bias = data.get("bias") if isinstance(data, dict) else None
    threshold = data.get("threshold") if isinstance(data, dict) else None
    if not isinstance(weights, dict) or not isinstance(bias, (int, float)) or not all(isinstance(value, (int, float)) for value in weights.values()):
        raise ValueError(f"sentence model '{name}' needs a numeric 'bias' and a 'weights' table of numbers")
    if not isinstance(threshold, (int, float)) or not 0 < threshold < 1:
        raise ValueError(f"sentence model '{name}' needs the 'threshold' it was calibrated at, between 0 and 1")
    return SentenceModel(float(bias), {str(key): float(value) for key, value in weights.items()}, float(threshold))


@dataclass(frozen=True)
class SentenceModelOptions:
    model: str = ""
    threshold: float | None = None  # None: the threshold the model was calibrated at
    min_words: int = 6
    max_words: int = 60

    def __post_init__(self) -> None:
        if not self.model:
            raise ValueError("option 'model' must name a model file in lint_news/data")
        if self.threshold is not None and not 0 < self.threshold < 1:
            raise ValueError("option 'threshold' must lie between 0 and 1")
        if not 0 < self.min_words <= self.max_words:
            raise ValueError("options 'min-words' and 'max-words' must satisfy 0 < min-words <= max-words")


def validate(options: SentenceModelOptions) -> None:
    """A missing or malformed model in a user's pack is a pack error, not a crash later.

    Not at construction: the built-in rules would read both models at every start, and a
    short file with no sentence of ``min-words`` never needs them."""
    load_model(options.model)


def own_words(document: Document, sentence: Sentence) -> str:
    """The sentence without the quotations it reports: a named speaker's words and quoted mentions.

    The engine leaves alone a hit *inside* such a quotation; a sentence-long hit
    holds the quotation and the words around it ("...," said the mayor), so the
    model must judge only the writer's own words."""
    block, start, end = sentence.block, sentence.start, sentence.end
    quoted = [(quotation.start, quotation.end) for quotation in document.quotations_overlapping(block, start, end) if quotation.speaker or quotation.mention]
    quoted += [(quotation.start, quotation.end) for quotation in document.mentions_overlapping(block, start, end)]
    if not quoted:
        return block.text[start:end]
    pieces, position = [], start
    for quoted_start, quoted_end in sorted(quoted):
        if quoted_start > position:
            pieces.append(block.text[position:quoted_start])
        position = max(position, quoted_end)
    pieces.append(block.text[position:end])
    return " ".join(pieces)


def check(document: Document, options: SentenceModelOptions) -> Iterator[Hit]:
    model: SentenceModel | None = None  # read at the first sentence long enough: a one-line file never needs it
    for sentence in document.sentences:
        text = sentence.text.strip()
        if not options.min_words <= len(text.split()) <= options.max_words:
            continue
        own = own_words(document, sentence)
        if len(own.split()) < options.min_words:
            continue
        if model is None:
            model = load_model(options.model)
            threshold = model.threshold if options.threshold is None else options.threshold
        probability = model.probability(own)
        if probability < threshold:
            continue
        start = sentence.start + len(sentence.text) - len(sentence.text.lstrip())
        words = ", ".join(f"'{feature}'" for feature in model.strongest(own)[:3])
        yield Hit(start, start + len(text), {"words": words, "probability": round(probability, 2)}, block=sentence.block)


KIND = Kind(
    "sentence-model",
    SentenceModelOptions,
    check,
    "Report sentences a model learned from annotated articles scores as the rule's family.",
    validate=validate,
    shared=SharedOptions(scopes=("paragraph", "list-item", "blockquote"), exempt_quotations=True, exempt_mentions=True, defer_to_family=True),
)
