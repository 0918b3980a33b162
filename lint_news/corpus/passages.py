"""Passages shared across articles: MinHash signatures and LSH banding, vectorised with numpy.

Content farms reuse the same paragraphs across hundreds of stories, sometimes with a word or
a clause changed. A *passage* is a paragraph-sized block (paragraph, list item, block quote,
dek) of at least :data:`MIN_WORDS` words; a *shared passage* is a group of passages, the same
or nearly the same, found in at least three different articles.

The method, and why each number is what it is:

- **Shingles.** A passage is the set of its :data:`SHINGLE_WORDS`-word shingles over lower-cased
  ``\\w+`` tokens (a passage shorter than that is one shingle). Four words: a 3-word shingle
  is too often a stock phrase ("one of the", "as well as") that unrelated paragraphs share,
  and a 5-word one makes a single edit cost five shingles, so that one changed word leaves a
  20-word passage at Jaccard 0.52, under the threshold below. With 4, one changed word in a
  60-word paragraph leaves Jaccard 0.87, two changed words or a 12-word clause added 0.75,
  one changed word in 20 words 0.62.
- **Hashes.** Each word is hashed once per process (BLAKE2b, 64 bits, memoised per
  whitespace token), never with Python's ``hash()``, which is salted per process. A shingle's
  hash is a polynomial of its word hashes, finished with the SplitMix64 mixer. The
  :data:`NUM_HASHES` = 128 MinHash functions are multiply-add-shift hashes
  ``(a*x + b) mod 2**64`` keeping the top 32 bits, with ``a`` and ``b`` drawn from a fixed
  SplitMix64 sequence (not numpy's generators, whose streams may change between versions), so a
  signature is the same on every machine and in every process (lower-casing and ``\\w`` follow
  the Unicode tables of the Python that runs it, which differ only for characters added to
  Unicode since). A signature is the 128 minima, uint32.
- **Bands.** :data:`NUM_BANDS` = 32 bands of R = 4 rows: two passages become candidates when
  all four rows of some band agree, with probability ``1 - (1 - J**4)**32`` for Jaccard J.
  The S-curve's threshold ``(1/32)**(1/4)`` is 0.42; P = 0.05 at J 0.2, 0.23 at 0.3, 0.87 at
  0.5, 0.99 at 0.6, 0.9998 at 0.7 and 0.999995 at 0.75, so every near-same copy above is
  found, and the candidates that are not near-same are dropped by the verification below.
  Each band buckets the passages by a 64-bit hash of its rows and links the members of a
  bucket as a chain (s - 1 pairs for s members), so a footer in 30,000 articles costs 29,999
  pairs per band, not half a billion.
- **Verification.** A candidate pair is kept when its signatures agree in at least
  ``threshold`` (default 0.5) of the 128 positions, the estimated Jaccard (standard error
  0.044 at J 0.5): this drops LSH false positives and 64-bit bucket collisions. The kept pairs
  are joined by a vectorised union-find (hook to the smaller root, then pointer jumping:
  O(log n) rounds of numpy passes), band by band, and a pair whose passages are already in one
  group is neither verified nor joined again: the groups are those of all the kept pairs, but a
  footer found by every band is verified once, not 32 times. A group counts when its passages
  are in at least ``min_articles`` distinct articles.
- **Memory.** A passage's signature and place take 528 bytes (512 of minhash, 16 of article,
  block, start and end, int32 each), half a gigabyte for a million passages (100,000 articles
  of ~600 words), so a corpus's go to disk: a :class:`SignatureSpill` appends each chunk's to
  files, with its 32 bands' keys (256 bytes a passage more, computed from the chunk alone),
  and holds nothing in memory. :func:`join` then reads one band's keys at a time with the
  builtin ``map`` (all 32 bands' with a mapper that lists them first, as Dask's does), about
  40 bytes a passage while a band is bucketed; it keeps one label a passage (int32), the
  band's candidate pairs, and reads from the files only the signatures of the pairs it
  verifies, 16,384 pairs at a time, and the places of the passages grouped. Signing holds a
  batch of about a million words. Signatures kept in memory (:func:`sign`,
  :meth:`Signatures.concatenate`) join the same way and give the same groups.

:func:`sign` works on any chunk of articles and :meth:`SignatureSpill.add` (or
:meth:`Signatures.concatenate`) puts chunks together, so signing parallelises by article;
:func:`band_candidates` is a pure function of one band's keys, so the join parallelises by
band (``mapper``). The result does not depend on how either is split.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

import numpy as np

from lint_news.blocks import BlockKind
from lint_news.document import Document

#: Blocks shorter than this are bylines, datelines, credits and "Read more" lines, which
#: recur by design and are site furniture rather than reused copy; and a shorter passage has
#: fewer than seven shingles, too few for one changed word to leave it recognisably the same.
MIN_WORDS = 10
#: Words per shingle (see the module docstring).
SHINGLE_WORDS = 4
NUM_HASHES = 128
NUM_BANDS = 32
ROWS_PER_BAND = NUM_HASHES // NUM_BANDS

_PASSAGE_KINDS = frozenset((BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.BLOCKQUOTE, BlockKind.DEK))
_WORD = re.compile(r"\w+")
_MASK = (1 << 64) - 1
#: Words hashed per batch of :func:`sign`: large enough that numpy's per-call cost vanishes,
#: small enough that the batch's arrays stay a few tens of megabytes.
_BATCH_WORDS = 1 << 20
#: Shingles hashed at a time: a 128 x 16,384 uint64 buffer (16 MiB), the fastest size measured.
_CHUNK_SHINGLES = 1 << 14
#: Candidate pairs compared at a time in verification: a 32,768 x 128 uint32 gather (16 MiB).
_PAIR_CHUNK = 1 << 14
#: Distinct whitespace tokens remembered before the word-hash memo starts afresh.
_MEMO_SIZE = 1 << 20


def _splitmix64(seed: int, count: int) -> list[int]:
    """``count`` 64-bit values of the SplitMix64 sequence: fixed constants, in plain Python."""
    values = []
    for _ in range(count):
        seed = (seed + 0x9E3779B97F4A7C15) & _MASK
        value = seed
        value = ((value ^ (value >> 30)) * 0xBF58476D1CE4E5B9) & _MASK
        value = ((value ^ (value >> 27)) * 0x94D049BB133111EB) & _MASK
        values.append(value ^ (value >> 31))
    return values


_PARAMETERS = _splitmix64(0x6C696E742D6E6577, 2 * NUM_HASHES)  # seed: b"lint-new"
_MULTIPLIERS = (np.array(_PARAMETERS[:NUM_HASHES], dtype=np.uint64) | np.uint64(1))[:, None]
_INCREMENTS = np.array(_PARAMETERS[NUM_HASHES:], dtype=np.uint64)[:, None]
_ROW_MULTIPLIERS = np.array(_splitmix64(0x62616E64, ROWS_PER_BAND), dtype=np.uint64) | np.uint64(1)  # b"band"
_POLYNOMIAL = np.uint64(0x9E3779B97F4A7C15)
_MIX_1 = np.uint64(0xBF58476D1CE4E5B9)
_MIX_2 = np.uint64(0x94D049BB133111EB)
_SHIFT_30, _SHIFT_27, _SHIFT_31, _SHIFT_32 = (np.uint64(n) for n in (30, 27, 31, 32))
_PADDING = bytes(8 * (SHINGLE_WORDS - 1))


@dataclass(frozen=True)
class Passage:
    """One place in one article: ``block.text[start:end]`` of block ``block`` of article ``article``."""

    article: int
    block: int
    start: int
    end: int


@dataclass(eq=False)  # numpy arrays do not compare to one truth value
class Signatures:
    """The places and MinHash signatures of the passages of a chunk of articles, one row each.

    ``directory`` is set when the rows are a :class:`SignatureSpill`'s: the arrays are then
    memory maps of its files, and :meth:`band` and :meth:`rows` read the files instead, so that
    :func:`join` never brings the whole minhash into memory."""

    article: np.ndarray  # int32 [n]
    block: np.ndarray  # int32 [n]
    start: np.ndarray  # int32 [n]
    end: np.ndarray  # int32 [n]
    minhash: np.ndarray  # uint32 [n, NUM_HASHES]
    directory: str | None = None

    @staticmethod
    def concatenate(parts: list[Signatures]) -> Signatures:
        """The rows of ``parts`` one after the other (no rows for no parts), in memory."""
        if not parts:
            return _no_signatures()
        return Signatures(*(np.concatenate([getattr(part, name) for part in parts]) for name in _FIELDS))

    def __len__(self) -> int:
        return len(self.article)

    def place(self, row: int) -> Passage:
        return Passage(int(self.article[row]), int(self.block[row]), int(self.start[row]), int(self.end[row]))

    def band(self, band: int) -> np.ndarray:
        """uint64 [n]: the :func:`band_keys` of band ``band``; a spill's were computed chunk by
        chunk as they came and are read from its file, so the minhash is not read for them."""
        if self.directory is None:
            return band_keys(self.minhash, band)
        return np.fromfile(os.path.join(self.directory, _band_file(band)), dtype=np.uint64, count=len(self))

    def rows(self, indices: np.ndarray) -> np.ndarray:
        """uint32 [len(indices), NUM_HASHES]: the signatures of rows ``indices``.

        A spill's are read from its file one distinct row at a time, about 2 µs a row: gathering
        them from the memory map would leave every page touched, and the pages the kernel maps
        around each, resident, so that the pairs of a footer spread over the corpus would soon
        bring in most of the file."""
        if self.directory is None:
            return self.minhash[indices]
        distinct, where = np.unique(indices, return_inverse=True)
        found = np.empty((len(distinct), NUM_HASHES), dtype=np.uint32)
        with open(os.path.join(self.directory, "minhash"), "rb", buffering=0) as file:
            for row, signature in zip(distinct.tolist(), found):
                file.seek(row * _ROW_BYTES)
                file.readinto(signature)
        return found[where]


_PLACES = ("article", "block", "start", "end")
_FIELDS = (*_PLACES, "minhash")
_ROW_BYTES = 4 * NUM_HASHES


def _band_file(band: int) -> str:
    return f"band-{band:02d}"


def _no_signatures() -> Signatures:
    empty = np.zeros(0, dtype=np.int32)
    return Signatures(empty, empty, empty, empty, np.zeros((0, NUM_HASHES), dtype=np.uint32))


class SignatureSpill:
    """Chunks' signatures collected in temporary files, so that a corpus's need not fit in memory.

    A scan adds (:meth:`add`) each chunk's :class:`Signatures` as a worker returns it and joins
    :meth:`signatures` once all are in: each place array, the minhash rows and each band's keys
    (computed here from the chunk alone) are appended to a file of their own, so the process
    holds one chunk at a time. A context manager; the files are removed when it exits (or on
    :meth:`close`), in a new directory under ``directory`` (the system's temporary directory by
    default)."""

    def __init__(self, directory: str | os.PathLike | None = None) -> None:
        self._files = tempfile.TemporaryDirectory(prefix="lint-news-signatures-", dir=directory)
        self.directory = self._files.name
        self._count = 0

    def add(self, part: Signatures) -> None:
        arrays = [(name, getattr(part, name)) for name in _FIELDS]
        arrays += [(_band_file(band), band_keys(part.minhash, band)) for band in range(NUM_BANDS)]
        for name, array in arrays:
            with open(os.path.join(self.directory, name), "ab") as file:
                array.tofile(file)
        self._count += len(part)

    def signatures(self) -> Signatures:
        """The rows added so far, as read-only memory maps of the files: pages are read as they
        are used, and :func:`join` uses only the places, one band's keys at a time (read whole
        from their file) and the rows of the pairs it verifies (:meth:`Signatures.rows`)."""
        if not self._count:
            return _no_signatures()

        def mapped(name: str, dtype: type, shape: tuple[int, ...]) -> np.ndarray:
            return np.memmap(os.path.join(self.directory, name), dtype=dtype, mode="r", shape=shape)

        places = (mapped(name, np.int32, (self._count,)) for name in _PLACES)
        return Signatures(*places, mapped("minhash", np.uint32, (self._count, NUM_HASHES)), directory=self.directory)

    def __len__(self) -> int:
        return self._count

    def close(self) -> None:
        self._files.cleanup()

    def __enter__(self) -> SignatureSpill:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class _WordHashes(dict):
    """Whitespace token -> the little-endian 64-bit BLAKE2b hashes of its ``\\w+`` words, packed.

    A token is looked up, not tokenised, after its first time: splitting on whitespace and one
    dictionary hit per token cost a third of a regular expression pass per word. ``\\w+``
    never matches whitespace, so the words of the tokens are the words of the text."""

    def __missing__(self, token: str) -> bytes:
        if len(self) >= _MEMO_SIZE:
            self.clear()
        packed = b"".join(hashlib.blake2b(word.encode("utf-8"), digest_size=8).digest() for word in _WORD.findall(token))
        self[token] = packed
        return packed


_word_hashes = _WordHashes()


def _packed_words(text: str) -> bytes:
    """The word hashes of ``text`` (lower-cased), 8 bytes a word."""
    return b"".join(map(_word_hashes.__getitem__, text.lower().split()))


#: A word that starts with a capital letter (Latin scripts; text in scripts without case has none).
_CAPITALISED = re.compile(r"\b[A-ZÀ-ÖØ-Þ]")


def _is_name_list(text: str, words: int) -> bool:
    """Whether a block is a list of names rather than prose: a team sheet, a cast list, a
    credit line, where 70% or more of the words are capitalised. Sports pages print the same
    line-up in every match report, and that is data, not reused copy."""
    return len(_CAPITALISED.findall(text)) >= 0.7 * words


def _passages(document: Document) -> Iterator[tuple[int, int, int, str, bytes]]:
    """(block index, start, end, trimmed text, packed word hashes) of each passage of ``document``."""
    for block in document.blocks:
        if block.kind not in _PASSAGE_KINDS:
            continue
        words = _packed_words(block.text)
        if len(words) < 8 * MIN_WORDS or _is_name_list(block.text, len(words) // 8):
            continue
        text = block.text
        start = len(text) - len(text.lstrip())
        end = len(text.rstrip())
        yield block.index, start, end, text[start:end], words


def passages_of(document: Document) -> list[tuple[int, int, int, str]]:
    """(block index, start, end, text) of each block of ``document`` that counts as a passage.

    Paragraphs, list items, block quotes and deks (not headlines or headings) with at least
    :data:`MIN_WORDS` ``\\w+`` words, the words the signature is made of, that are prose and
    not a list of names (:func:`_is_name_list`); ``start``/``end``
    leave out the block text's leading and trailing whitespace."""
    return [(index, start, end, text) for index, start, end, text, _ in _passages(document)]


class _Batch:
    """Passages collected for signing together: their places and their padded word hashes."""

    def __init__(self) -> None:
        self.places: list[tuple[int, int, int, int]] = []
        self.counts: list[int] = []
        self.words: list[bytes] = []
        self.size = 0

    def add(self, article: int, block: int, start: int, end: int, words: bytes) -> None:
        self.places.append((article, block, start, end))
        self.counts.append(len(words) // 8)
        # zeros after each passage: no shingle spans two passages, and a short one is padded
        self.words += (words, _PADDING)
        self.size += len(words) // 8

    def signatures(self) -> Signatures:
        if not self.places:
            return _no_signatures()
        places = np.array(self.places, dtype=np.int32).reshape(-1, 4)
        words = np.frombuffer(b"".join(self.words), dtype="<u8").astype(np.uint64)
        shingles, per_passage = _shingles(words, np.array(self.counts, dtype=np.int64))
        return Signatures(*places.T.copy(), _minhash(shingles, per_passage))


def sign(articles: Iterable[tuple[int, Document]]) -> Signatures:
    """MinHash signatures of every passage of these (article number, Document) pairs, in order.

    Deterministic across processes and machines (see the module docstring)."""
    parts = []
    batch = _Batch()
    for article, document in articles:
        for block, start, end, _, words in _passages(document):
            batch.add(article, block, start, end, words)
        if batch.size >= _BATCH_WORDS:
            parts.append(batch.signatures())
            batch = _Batch()
    parts.append(batch.signatures())
    return Signatures.concatenate(parts)


def _mix(values: np.ndarray) -> np.ndarray:
    """SplitMix64's finaliser, in place: every input bit reaches every output bit."""
    values ^= values >> _SHIFT_30
    values *= _MIX_1
    values ^= values >> _SHIFT_27
    values *= _MIX_2
    values ^= values >> _SHIFT_31
    return values


def _shingles(words: np.ndarray, counts: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The shingle hashes of passages laid out as ``words`` (each followed by zeros), and how many each has.

    Every window of :data:`SHINGLE_WORDS` positions is hashed at once; each passage then keeps
    its ``max(count - SHINGLE_WORDS + 1, 1)`` windows that start inside it."""
    gap = SHINGLE_WORDS - 1
    windows = len(words) - gap
    combined = words[:windows].copy()
    for offset in range(1, SHINGLE_WORDS):
        combined *= _POLYNOMIAL
        combined += words[offset : offset + windows]
    per_passage = np.maximum(counts - gap, 1)
    first_word = np.cumsum(counts + gap) - (counts + gap)
    first_shingle = np.cumsum(per_passage) - per_passage
    kept = np.repeat(first_word - first_shingle, per_passage) + np.arange(int(per_passage.sum()))
    return _mix(combined[kept]), per_passage


def _minhash(shingles: np.ndarray, per_passage: np.ndarray) -> np.ndarray:
    """uint32 [passages, NUM_HASHES]: each passage's minimum of every hash function over its shingles.

    Whole passages go through at a time, about :data:`_CHUNK_SHINGLES` shingles, into one reused
    [NUM_HASHES, shingles] buffer: the minimum of the full 64-bit values is taken first and its top
    32 bits kept after (the shift is monotone), one pass fewer over the buffer."""
    offsets = np.concatenate(([0], np.cumsum(per_passage)))
    signatures = np.empty((len(per_passage), NUM_HASHES), dtype=np.uint32)
    buffer = np.empty((NUM_HASHES, _CHUNK_SHINGLES), dtype=np.uint64)
    first = 0
    while first < len(per_passage):
        last = max(first + 1, int(np.searchsorted(offsets, offsets[first] + _CHUNK_SHINGLES, side="right")) - 1)
        low, high = int(offsets[first]), int(offsets[last])
        if high - low > buffer.shape[1]:  # one passage longer than the buffer
            buffer = np.empty((NUM_HASHES, high - low), dtype=np.uint64)
        hashed = buffer[:, : high - low]
        np.multiply(_MULTIPLIERS, shingles[low:high], out=hashed)
        hashed += _INCREMENTS
        minima = np.minimum.reduceat(hashed, offsets[first:last] - low, axis=1)
        signatures[first:last] = (minima >> _SHIFT_32).T
        first = last
    return signatures


def band_keys(minhash: np.ndarray, band: int) -> np.ndarray:
    """uint64 [n]: the hash of rows ``band*R:(band+1)*R`` of each signature (R = :data:`ROWS_PER_BAND`).

    A sum of the rows times odd 64-bit constants, mixed: two different row tuples collide with
    a chance of about 2**-64, and verification drops the pair if they do."""
    rows = minhash[:, band * ROWS_PER_BAND : (band + 1) * ROWS_PER_BAND].astype(np.uint64)
    keys = rows[:, 0] * _ROW_MULTIPLIERS[0]
    for row in range(1, ROWS_PER_BAND):
        keys += rows[:, row] * _ROW_MULTIPLIERS[row]
    return _mix(keys)


def band_candidates(keys: np.ndarray) -> np.ndarray:
    """int64 [m, 2]: the pairs (i, j), i < j, of consecutive passages in each bucket of one band.

    ``keys`` are the band's keys of every passage in passage order; a bucket of s members gives
    the s - 1 pairs of a chain, its members in passage order. A pure function of ``keys``: one
    distributed task per band. Sorting is numpy's fast unstable one, five times a stable sort's
    speed; the passages in buckets of two or more, usually few, are then put in order by
    sorting ``bucket * n + passage``."""
    count = len(keys)
    order = np.argsort(keys)
    ordered = keys[order]
    opens = np.ones(count, dtype=bool)  # the first of its bucket
    np.not_equal(ordered[1:], ordered[:-1], out=opens[1:])
    shared = ~opens
    shared[:-1] |= shared[1:]  # a bucket's first member too, when a second follows
    bucket = np.cumsum(opens, dtype=np.int64) - 1
    bucket, passage = np.divmod(np.sort(bucket[shared] * count + order[shared]), count)
    chained = bucket[1:] == bucket[:-1]
    return np.stack((passage[:-1][chained], passage[1:][chained]), axis=1)


@dataclass(frozen=True)
class SharedPassage:
    """A passage found, the same or nearly, in several articles."""

    places: tuple[Passage, ...]  # every occurrence, sorted by (article, block, start)
    articles: tuple[int, ...]  # the distinct article numbers, sorted


Mapper = Callable[[Callable[[np.ndarray], np.ndarray], Iterable[np.ndarray]], Iterable[np.ndarray]]


def join(signatures: Signatures, min_articles: int = 3, mapper: Mapper = map, threshold: float = 0.5) -> list[SharedPassage]:
    """The groups of same or near-same passages found in at least ``min_articles`` distinct articles.

    Candidates come from :func:`band_candidates` over every band, run through
    ``mapper(fn, iterable_of_keys)``: the builtin ``map`` here, a Dask client's map and gather on a
    cluster. A pair is kept when its estimated Jaccard is at least ``threshold``; kept pairs join
    their passages into groups. Groups come most articles first, then by first place; the result
    does not depend on the mapper or the order it returns the bands in.

    The bands' pairs are verified and joined as they come, one band at a time with a lazy mapper,
    leaving out a pair whose passages are already in one group: adding it would change no group,
    so the groups are those of all the pairs verified at once, whatever the order, and a footer
    found by all 32 bands costs one band's chain of pairs, not 32."""
    if not len(signatures):
        return []
    keys = (signatures.band(band) for band in range(NUM_BANDS))
    labels = np.arange(len(signatures), dtype=np.int32 if len(signatures) < 2**31 else np.int64)
    for pairs in mapper(band_candidates, keys):
        pairs = pairs[labels[pairs[:, 0]] != labels[pairs[:, 1]]]
        _union(labels, pairs[_agreement(signatures, pairs) >= threshold])
    groups = [_shared(signatures, rows) for rows in _groups(signatures, labels, min_articles)]
    return sorted(groups, key=lambda group: (-len(group.articles), _order(group.places[0])))


def _agreement(signatures: Signatures, pairs: np.ndarray) -> np.ndarray:
    """The fraction of signature positions where each pair agrees: its estimated Jaccard."""
    agreement = np.empty(len(pairs))
    for low in range(0, len(pairs), _PAIR_CHUNK):
        chunk = pairs[low : low + _PAIR_CHUNK]
        both = signatures.rows(chunk.ravel()).reshape(len(chunk), 2, NUM_HASHES)
        agreement[low : low + _PAIR_CHUNK] = np.count_nonzero(both[:, 0] == both[:, 1], axis=1) / NUM_HASHES
    return agreement


def _union(labels: np.ndarray, pairs: np.ndarray) -> None:
    """Joins the groups of the two passages of each pair, in place: ``labels`` holds the smallest
    passage index of each passage's group, before and after.

    Union-find in numpy: each round hooks every root to the smallest root it has an edge to,
    then jumps pointers until every passage points at its root. Each round at least halves the
    groups that still have an edge between them, so there are O(log n) rounds."""
    first, second = pairs.T
    while True:
        roots_first, roots_second = labels[first], labels[second]
        apart = roots_first != roots_second
        if not apart.any():
            return
        low = np.minimum(roots_first[apart], roots_second[apart])
        high = np.maximum(roots_first[apart], roots_second[apart])
        np.minimum.at(labels, high, low)
        while True:
            grandparent = labels[labels]
            if np.array_equal(grandparent, labels):
                break
            labels[:] = grandparent


def _groups(signatures: Signatures, labels: np.ndarray, min_articles: int) -> list[np.ndarray]:
    """The rows of each group of two or more passages in at least ``min_articles`` articles, sorted by place."""
    joined = np.flatnonzero(labels != np.arange(len(labels), dtype=labels.dtype))
    if not len(joined):
        return []
    rows = np.union1d(joined, labels[joined])  # a group's smallest row is its own label
    roots = labels[rows]
    article = signatures.article[rows]
    order = np.lexsort((signatures.start[rows], signatures.block[rows], article, roots))
    rows, roots, article = rows[order], roots[order], article[order]
    starts = np.flatnonzero(np.concatenate(([True], roots[1:] != roots[:-1])))
    new_article = np.concatenate(([True], (roots[1:] != roots[:-1]) | (article[1:] != article[:-1])))
    articles = np.add.reduceat(new_article.astype(np.int64), starts)
    ends = np.append(starts[1:], len(rows))
    return [rows[start:end] for start, end, n in zip(starts, ends, articles) if n >= min_articles]


def _shared(signatures: Signatures, rows: np.ndarray) -> SharedPassage:
    places = tuple(signatures.place(row) for row in rows.tolist())
    return SharedPassage(places, tuple(sorted({place.article for place in places})))


def _order(place: Passage) -> tuple[int, int, int]:
    return place.article, place.block, place.start


def shared_by_article(shared: list[SharedPassage]) -> dict[int, list[tuple[Passage, SharedPassage]]]:
    """For each article number that carries a shared passage, its (place, group) pairs in place order."""
    by_article: dict[int, list[tuple[Passage, SharedPassage]]] = {}
    for group in shared:
        for place in group.places:
            by_article.setdefault(place.article, []).append((place, group))
    for pairs in by_article.values():
        pairs.sort(key=lambda pair: _order(pair[0]))
    return by_article
