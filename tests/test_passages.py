"""Cross-article boilerplate: MinHash signatures of passages and their LSH join (lint_news.corpus.passages)."""

from __future__ import annotations

import dataclasses
import json
import os
import random
import subprocess
import sys
from array import array
from concurrent.futures import ThreadPoolExecutor

import numpy as np

from lint_news.blocks import Block, BlockKind
from lint_news.corpus.passages import (
    MIN_WORDS,
    NUM_BANDS,
    NUM_HASHES,
    Passage,
    SharedPassage,
    SignatureSpill,
    Signatures,
    band_candidates,
    band_keys,
    join,
    passages_of,
    shared_by_article,
    sign,
)
from lint_news.document import Document
from lint_news.readers import read_document

#: A small vocabulary of made-up words: paragraphs drawn from it at random share no 4-word run.
VOCABULARY = [c + v + d for c in "bdfklmnprstv" for v in "aeiou" for d in ("", "n", "r", "sk")]
FIELDS = ("article", "block", "start", "end", "minhash")


def sentence(rng: random.Random) -> str:
    words = rng.choices(VOCABULARY, k=rng.randint(8, 14))
    return " ".join(words).capitalize() + "."


def paragraph(rng: random.Random, sentences: int = 5) -> str:
    return " ".join(sentence(rng) for _ in range(sentences))


def corpus(seed: int, count: int, planted: dict[int, list[str]]) -> list[str]:
    """``count`` article texts: a headline and four unique paragraphs, ``planted[n]`` put in among them."""
    rng = random.Random(seed)
    texts = []
    for number in range(count):
        paragraphs = [paragraph(rng, rng.randint(3, 5)) for _ in range(4)]
        for text in planted.get(number, []):
            paragraphs.insert(rng.randint(0, len(paragraphs)), text)
        texts.append(f"Report {number}\n\n" + "\n\n".join(paragraphs) + "\n")
    return texts


def read(texts: list[str]) -> list[tuple[int, Document]]:
    return [(number, read_document(text, "a.txt")) for number, text in enumerate(texts)]


def text_at(documents: list[tuple[int, Document]], place: Passage) -> str:
    return documents[place.article][1].blocks[place.block].text[place.start : place.end]


def same_signatures(first: Signatures, second: Signatures) -> bool:
    return all(np.array_equal(getattr(first, name), getattr(second, name)) for name in FIELDS)


def near_same_corpus() -> tuple[list[tuple[int, Document]], dict[str, list[int]], dict[str, str]]:
    """Articles where a base paragraph recurs as is, with one word changed and with a clause added;
    an unrelated paragraph recurs in others, and one that opens like the base but goes on differently."""
    rng = random.Random(11)
    base = paragraph(rng, 5)
    words = base.split()
    changed = " ".join(words[:20] + ["zzyzx"] + words[21:])
    clause = " ".join(words[:30] + ["which", "nobody", "had", "expected", "then,"] + words[30:])
    unrelated = paragraph(rng, 5)
    opening = base.split(". ")[0] + ". " + paragraph(rng, 4)
    texts = {"base": base, "changed": changed, "clause": clause, "unrelated": unrelated, "opening": opening}
    chosen = rng.sample(range(120), 6 + 2 + 2 + 4 + 3)
    where = {"base": chosen[:6], "changed": chosen[6:8], "clause": chosen[8:10], "unrelated": chosen[10:14], "opening": chosen[14:]}
    planted = {article: [texts[name]] for name, articles in where.items() for article in articles}
    return read(corpus(5, 120, planted)), where, texts


def planted_corpus() -> tuple[list[tuple[int, Document]], list[int], str]:
    """330 articles, 30 of which share one paragraph."""
    rng = random.Random(3)
    shared_text = paragraph(rng, 5)
    chosen = sorted(rng.sample(range(330), 30))
    return read(corpus(1, 330, {article: [shared_text] for article in chosen})), chosen, shared_text


def spill_of(documents: list[tuple[int, Document]], directory) -> SignatureSpill:
    spill = SignatureSpill(directory)
    for part in (documents[:100], [], documents[100:]):
        spill.add(sign(part))
    return spill


def test_a_paragraph_planted_in_30_of_330_articles_is_one_shared_passage_with_exactly_those_articles():
    documents, chosen, shared_text = planted_corpus()
    signatures = sign(documents)
    assert len(signatures) == sum(len(passages_of(document)) for _, document in documents)
    shared = join(signatures)
    assert len(shared) == 1
    assert shared[0].articles == tuple(chosen)
    assert [place.article for place in shared[0].places] == chosen
    assert {text_at(documents, place) for place in shared[0].places} == {shared_text}


def test_near_same_copies_are_grouped_with_the_others_and_an_unrelated_paragraph_is_not():
    documents, where, texts = near_same_corpus()
    shared = join(sign(documents))
    family = tuple(sorted(where["base"] + where["changed"] + where["clause"]))
    assert [group.articles for group in shared] == [family, tuple(sorted(where["unrelated"])), tuple(sorted(where["opening"]))]
    assert {text_at(documents, place) for place in shared[0].places} == {texts["base"], texts["changed"], texts["clause"]}
    assert {text_at(documents, place) for place in shared[1].places} == {texts["unrelated"]}


def test_a_stricter_threshold_separates_the_near_same_copies():
    documents, where, _ = near_same_corpus()
    shared = join(sign(documents), threshold=1.0)
    assert tuple(sorted(where["base"])) in [group.articles for group in shared]
    assert tuple(sorted(where["base"] + where["changed"] + where["clause"])) not in [group.articles for group in shared]


def test_a_paragraph_in_two_articles_is_not_reported_with_min_articles_3():
    text = paragraph(random.Random(4), 5)
    signatures = sign(read(corpus(2, 40, {7: [text], 19: [text]})))
    assert join(signatures) == []
    assert [group.articles for group in join(signatures, min_articles=2)] == [(7, 19)]


def test_a_paragraph_twice_in_one_article_and_once_in_another_counts_two_articles():
    text = paragraph(random.Random(4), 5)
    documents = read(corpus(2, 40, {7: [text, text], 19: [text]}))
    signatures = sign(documents)
    assert join(signatures) == []
    (group,) = join(signatures, min_articles=2)
    assert group.articles == (7, 19)
    assert [place.article for place in group.places] == [7, 7, 19]
    assert group.places[0].block < group.places[1].block


def test_signatures_are_the_same_in_processes_with_other_hash_seeds(tmp_path):
    texts = corpus(9, 20, {3: [paragraph(random.Random(1))], 8: ["Ünïcode wörds, façade and naïve café — ΣΟΦΙΑ ΟΔΟΣ İstanbul " * 3]})
    (tmp_path / "texts.json").write_text(json.dumps(texts), encoding="utf-8")
    script = (
        "import json, sys, numpy as np\n"
        "from lint_news.readers import read_document\n"
        "from lint_news.corpus.passages import sign\n"
        "texts = json.load(open(sys.argv[1], encoding='utf-8'))\n"
        "s = sign([(n, read_document(t, 'a.txt')) for n, t in enumerate(texts)])\n"
        "np.savez(sys.argv[2], article=s.article, block=s.block, start=s.start, end=s.end, minhash=s.minhash)\n"
    )
    here = sign(read(texts))
    assert len(here) == 2 + 4 * 20
    for seed in ("1", "2"):
        out = tmp_path / f"signatures-{seed}.npz"
        environment = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-c", script, str(tmp_path / "texts.json"), str(out)], env=environment, check=True)
        there = np.load(out)
        assert all(np.array_equal(there[name], getattr(here, name)) for name in FIELDS)


#: The signature of the pangram below, as the first release computed it.
PINNED_FIRST_HASHES = [10798666, 642833613, 1467693568, 916910694]
PINNED_SUM = 50176627984


def test_signatures_do_not_change_between_versions_or_machines():
    """Pinned values: signatures stored by one release or machine must match the next one's."""
    document = read_document("Title\n\nThe quick brown fox jumps over the lazy dog near the old river bank today.\n", "a.txt")
    minhash = sign([(0, document)]).minhash
    assert minhash.dtype == np.uint32 and minhash.shape == (1, NUM_HASHES)
    assert minhash[0, :4].tolist() == PINNED_FIRST_HASHES
    assert int(minhash.astype(np.uint64).sum()) == PINNED_SUM


def test_join_gives_the_same_result_whatever_the_mapper():
    documents, _, _ = near_same_corpus()
    signatures = sign(documents)
    expected = join(signatures)
    calls = []

    def reversed_mapper(fn, keys):
        keys = list(keys)
        calls.append(len(keys))
        return [fn(key) for key in reversed(keys)]

    assert join(signatures, mapper=reversed_mapper) == expected
    assert calls == [NUM_BANDS]
    with ThreadPoolExecutor(2) as pool:
        assert join(signatures, mapper=lambda fn, keys: list(pool.map(fn, keys))) == expected
    assert len(expected) == 3


def test_spilled_signatures_are_the_in_memory_ones_and_join_the_same(tmp_path):
    for documents in (planted_corpus()[0], near_same_corpus()[0]):
        whole = sign(documents)
        with spill_of(documents, tmp_path) as spill:
            spilled = spill.signatures()
            assert len(spill) == len(spilled) == len(whole)
            assert same_signatures(spilled, whole) and isinstance(spilled.minhash, np.memmap)
            assert all(np.array_equal(spilled.band(band), band_keys(whole.minhash, band)) for band in (0, 17, NUM_BANDS - 1))
            rows = np.array([5, 0, 5, len(whole) - 1])
            assert np.array_equal(spilled.rows(rows), whole.minhash[rows])
            for threshold in (0.5, 1.0):
                expected = join(whole, threshold=threshold)
                assert join(spilled, threshold=threshold) == expected
                assert join(spilled, threshold=threshold, mapper=lambda fn, keys: [fn(key) for key in reversed(list(keys))]) == expected
            assert join(spilled, min_articles=2) == join(whole, min_articles=2)
            assert join(dataclasses.replace(spilled, minhash=None)) == join(whole)  # the join never reads the minhash whole


def test_a_spill_removes_its_files_on_exit_and_joins_the_planted_paragraph(tmp_path):
    documents, chosen, shared_text = planted_corpus()
    with spill_of(documents, tmp_path) as spill:
        assert os.path.dirname(spill.directory) == str(tmp_path)
        assert len(os.listdir(spill.directory)) == len(FIELDS) + NUM_BANDS
        (group,) = join(spill.signatures())
    assert os.listdir(tmp_path) == []
    assert group.articles == tuple(chosen)
    assert {text_at(documents, place) for place in group.places} == {shared_text}


def test_a_spill_of_no_parts_or_empty_parts_has_no_signatures(tmp_path):
    with SignatureSpill(tmp_path) as spill:
        assert len(spill) == 0 and join(spill.signatures()) == []
        spill.add(sign([]))
        assert len(spill.signatures()) == 0 and spill.signatures().minhash.shape == (0, NUM_HASHES)
        assert join(spill.signatures()) == []
    assert os.listdir(tmp_path) == []


def test_signing_in_chunks_gives_the_same_signatures_and_empty_parts_are_harmless():
    documents = read(corpus(6, 30, {}))
    whole = sign(documents)
    parts = [sign(documents[:10]), sign([]), sign(documents[10:])]
    assert same_signatures(Signatures.concatenate(parts), whole)
    assert len(Signatures.concatenate([sign([])])) == 0


def test_no_articles_give_empty_signatures_and_no_shared_passages():
    empty = sign([])
    assert len(empty) == 0
    assert empty.minhash.shape == (0, NUM_HASHES) and empty.minhash.dtype == np.uint32
    assert empty.article.dtype == np.int32
    assert len(Signatures.concatenate([])) == 0 and Signatures.concatenate([]).minhash.shape == (0, NUM_HASHES)
    assert join(empty) == []
    assert join(sign(read(corpus(6, 5, {})))) == []


def test_passages_of_skips_headlines_headings_and_short_blocks():
    source = (
        "# Headline of the story that is here\n\n"
        "A dek or first paragraph with enough words to count as a passage here today.\n\n"
        "## A heading that is long enough to have more than ten words in it\n\n"
        "Short paragraph here, too short.\n\n"
        "- A list item that has more than ten words in it for the test to count.\n"
        "- Short item.\n\n"
        "> A block quote that also has well over ten words in it for this test.\n\n"
        "A closing paragraph with well over ten words so that it counts as a passage.\n"
    )
    document = read_document(source, "a.md")
    found = passages_of(document)
    assert [document.blocks[index].kind for index, _, _, _ in found] == [
        BlockKind.DEK, BlockKind.LIST_ITEM, BlockKind.BLOCKQUOTE, BlockKind.PARAGRAPH,
    ]
    assert all(document.blocks[index].text[start:end] == text for index, start, end, text in found)


def test_passages_of_counts_words_and_trims_whitespace():
    def block(text: str) -> Block:
        return Block(BlockKind.PARAGRAPH, text, array("q", range(len(text))))

    enough = "  " + " ".join(["word,"] * MIN_WORDS) + " \t"
    too_few = " ".join(["word"] * (MIN_WORDS - 1)) + " — — — — —"
    document = Document(source="", format="plain", blocks=[block(too_few), block(enough)])
    ((index, start, end, text),) = passages_of(document)
    assert (index, start, end) == (1, 2, 2 + len(" ".join(["word,"] * MIN_WORDS)))
    assert text == enough.strip() == enough[start:end]


def test_a_list_of_names_is_not_a_passage_but_prose_with_names_is():
    line_up = "Ashford: J Robinson (capt); M Cueto, J Noon, O Barkley, J Lewsey; C Hodgson, H Ellis; G Rowntree, S Thompson."
    prose = "Ana Ruiz, who chairs the Ashford council, said the bus routes would change in May after 1,200 residents wrote to her."
    document = read_document(f"Match report\n\n{line_up}\n\n{prose}\n", "a.txt")
    assert [text for _, _, _, text in passages_of(document)] == [prose]
    untranslated = "東京都は月曜日に新しい予算案を発表し、住民の意見を聞くための会議を来月開くと述べた。" + " 予算 会議 住民" * 4
    assert len(passages_of(read_document(f"見出し\n\n{untranslated}\n", "a.txt"))) == 1  # no letter case: never a list of names


def test_band_candidates_chain_the_members_of_each_bucket():
    keys = np.array([5, 3, 5, 5, 3, 7], dtype=np.uint64)
    pairs = band_candidates(keys)
    assert pairs.dtype == np.int64 and pairs.shape == (3, 2)
    assert sorted(map(tuple, pairs.tolist())) == [(0, 2), (1, 4), (2, 3)]
    assert band_candidates(np.zeros(30_000, dtype=np.uint64)).tolist() == [[i, i + 1] for i in range(29_999)]
    assert band_candidates(np.arange(10, dtype=np.uint64)).shape == (0, 2)


def test_band_keys_hash_only_their_own_rows():
    rows = NUM_HASHES // NUM_BANDS
    minhash = np.arange(3 * NUM_HASHES, dtype=np.uint32).reshape(3, NUM_HASHES)
    minhash[1, rows:] = 0  # row 1 agrees with row 0 in band 0 only
    minhash[1, :rows] = minhash[0, :rows]
    assert band_keys(minhash, 0).dtype == np.uint64
    assert band_keys(minhash, 0)[0] == band_keys(minhash, 0)[1] != band_keys(minhash, 0)[2]
    assert band_keys(minhash, 1)[0] != band_keys(minhash, 1)[1]


def test_shared_by_article_lists_each_articles_places_in_order():
    text = paragraph(random.Random(4), 5)
    other = paragraph(random.Random(8), 5)
    documents = read(corpus(2, 40, {3: [text, other], 11: [other, text], 20: [text, other]}))
    shared = join(sign(documents))
    assert len(shared) == 2
    by_article = shared_by_article(shared)
    assert sorted(by_article) == [3, 11, 20]
    for article, pairs in by_article.items():
        assert len(pairs) == 2
        assert pairs[0][0].block < pairs[1][0].block
        assert all(place in group.places and isinstance(group, SharedPassage) for place, group in pairs)
        assert {text_at(documents, place) for place, _ in pairs} == {text, other}
