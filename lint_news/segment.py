"""Sentence splitting with NLTK's Punkt and parameters shipped in the package.

Two constraints shape this module. Nothing may be downloaded at run time, so
the Punkt parameters come from ``lint_news/data/punkt_english.json`` (made by
``python -m lint_news.punkt_train``), never from ``nltk.download``. And
``lint-news check`` runs in hooks and editors, so start-up matters: a plain
``import nltk`` pulls in SciPy through ``nltk.collocations`` and costs most of
a second, while the Punkt module itself needs only a handful of light NLTK
modules. We therefore import ``nltk.tokenize.punkt`` without executing the
``nltk`` and ``nltk.tokenize`` package initializers (about 40 ms instead of
800 ms; see :mod:`lint_news.light_import`).
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from typing import TYPE_CHECKING

from lint_news.blocks import Block, BlockKind, Sentence
from lint_news.data import data_file
from lint_news.light_import import import_light, unavailable

if TYPE_CHECKING:
    from nltk.tokenize.punkt import PunktSentenceTokenizer

#: Blocks that are a single sentence by construction.
_UNSPLIT_KINDS = frozenset({BlockKind.HEADLINE, BlockKind.HEADING})


@lru_cache(maxsize=1)
def tokenizer() -> PunktSentenceTokenizer:
    """The shared Punkt tokenizer, built once from the shipped parameters."""
    # Punkt loads and trains models through these; we hand it parameters, so they stay out.
    # If another NLTK release imports names these stand-ins lack, import it whole instead.
    path_names = ("open", "validate_path")
    left_out = {
        "nltk.pathsec": dict.fromkeys(path_names, unavailable),
        "nltk.picklesec": {"allowlisted_pickle_load": unavailable},
        "nltk.probability": {"FreqDist": unavailable},
        # the tokenizer interface's helpers for other tokenizers (xml.sax pulls in urllib.request)
        "nltk.internals": {"overridden": unavailable},
        "nltk.tokenize.util": {"string_span_tokenize": unavailable},
        # Punkt's own expressions, in the standard library's engine: nltk.redos would compile
        # them with the regex module and run every match under a timer, a third of Punkt's
        # time. Its expressions are linear (the one with a ReDoS history was rewritten in
        # NLTK 3.6.6), and bench/hostile.py times the splitter on pathological text.
        "nltk.redos": {"compile": re.compile},
    }
    try:
        punkt = import_light("nltk.tokenize.punkt", ("nltk", "nltk.tokenize"), stub_modules=left_out)
    except ImportError:
        punkt = import_light("nltk.tokenize.punkt", ("nltk", "nltk.tokenize"))
    data = json.loads(data_file("punkt_english.json").read_text(encoding="utf-8"))
    params = punkt.PunktParameters()
    params.abbrev_types = set(data["abbrev_types"])
    params.collocations = {tuple(pair) for pair in data["collocations"]}
    params.sent_starters = set(data["sent_starters"])
    for word, flags in data["ortho_context"].items():
        params.ortho_context[word] = flags
    return punkt.PunktSentenceTokenizer(params)


#: Punkt's orthographic flags for a word seen in lower case (at a sentence start, inside one, or unknown).
_SEEN_LOWER_CASE = 16 | 32 | 64


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """The words Punkt's news training text used in lower case: common words, not names.

    Read from the shipped parameters (``ortho_context``), so a capitalised sentence opener can
    be told from a name without a dictionary.
    """
    return frozenset(word for word, flags in tokenizer()._params.ortho_context.items() if flags & _SEEN_LOWER_CASE)


def split_text(text: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` spans of the sentences in ``text``."""
    if not text.strip():
        return []
    return list(tokenizer().span_tokenize(text))


def split_sentences(blocks: list[Block]) -> list[Sentence]:
    """Split every block into sentences; headlines and headings stay whole."""
    sentences: list[Sentence] = []
    for block in blocks:
        if block.kind in _UNSPLIT_KINDS:
            sentences.append(Sentence(block, 0, len(block.text)))
            continue
        sentences.extend(Sentence(block, start, end) for start, end in split_text(block.text))
    return sentences
