from __future__ import annotations

import hashlib
import random
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from diffsrc.index.fingerprint import (
    fingerprint_text,
    fingerprint_texts,
    intersection_size,
    jaccard_floor,
    lsh_bands,
    minhash_signature,
    normalise_words,
    optimal_bands,
    shingle_hashes,
    similarities,
    similarity,
)
from diffsrc.settings import FingerprintParams

from .synthetic_news import make_story, paraphrase, render, reprint, trimmed


def test_words_ignore_case_dots_apostrophes_and_unicode_forms():
    assert normalise_words("The U.S. envoy’s “plan”") == normalise_words("the US envoy's \"PLAN\"")
    assert normalise_words("ＡＢＣ ﬁne e\u0301cole") == ["abc", "fine", "école"]
    assert normalise_words("x\u00a0y_z 3.5%") == ["x", "y", "z", "35"]
    assert normalise_words("...!!") == []


def _golden(text: str) -> str:
    fp = fingerprint_text(text)
    signature = hashlib.sha256(fp.signature.astype("<u4").tobytes() + fp.band_keys.astype("<i8").tobytes())
    return fp.digest[:16] + "/" + signature.hexdigest()[:16]


def test_fingerprints_are_stable_across_processes_and_versions():
    # Golden values for the shingles and for the signature and band keys: if either changes, FINGERPRINT_VERSION
    # must change too, or existing indexes silently stop finding their documents.
    text = "Japan says it plans to tell Donald Trump it will build up its military."
    code = f"from tests.test_fingerprint import _golden; print(_golden({text!r}))"
    root = str(Path(__file__).resolve().parents[1])
    there = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=root
    ).stdout.strip()
    assert _golden(text) == there == "b089ee8b0bb17828/0ad1dcb35cd1fd81"


# Fingerprints of text in other scripts, computed before fingerprint version 2 (which reads Han and kana by
# character): indexes built before it hold these very values, and new ones must too.
_LATIN_GOLDEN = {
    "The U.S. envoy’s “plan” would cut tariffs by 3.5% from 2026, officials in Washington said on Monday. "
    "It isn't clear whether Beijing will agree; a spokesman declined to comment.":
        ("153116c173e38146/6641b9b89d65705e", [21338563, 59549086, 86641331, 473576872]),
    "Le président a déclaré à l'AFP que l'économie française résisterait. Президент заявил, что экономика выдержит.":
        ("e09390311f4b8e57/6af0502fa9b4aa91", [312414878, 808392733, 1298176293, 1596838726]),
    "two words": ("9fc67cc951aca41b/610eb38bd589a9a1", [1629191589]),
}


@pytest.mark.parametrize("version", [1, 2])
def test_text_without_han_or_kana_fingerprints_the_same_in_every_version(version):
    params = FingerprintParams(version=version)
    for text, (golden, first_shingles) in _LATIN_GOLDEN.items():
        fp = fingerprint_text(text, params)
        signature = hashlib.sha256(fp.signature.astype("<u4").tobytes() + fp.band_keys.astype("<i8").tobytes())
        assert fp.digest[:16] + "/" + signature.hexdigest()[:16] == golden
        assert fp.shingles[:4].tolist() == first_shingles


def test_version_2_reads_each_han_or_kana_character_as_a_word():
    text = "新华社Xinhua北京电，東京で会見した。"
    assert normalise_words(text, version=1) == ["新华社xinhua北京电", "東京で会見した"]
    assert normalise_words(text, version=2) == [*"新华社", "xinhua", *"北京电", *"東京で会見した"]
    # The same shingles as the text with a space between every character, read the old way.
    spaced = " ".join(normalise_words(text, version=2))
    assert shingle_hashes(text, version=2).tolist() == shingle_hashes(spaced, version=1).tolist()
    assert shingle_hashes(text, version=1).tolist() != shingle_hashes(spaced, version=1).tolist()


HOUSE_STYLE = Path(__file__).parent / "fixtures" / "house_style"


def test_version_3_reads_a_reprint_in_another_house_style_as_the_same_text():
    # A 12-sentence wire story reprinted in another outlet's style in every sentence ("Sept. 20" / "September 20",
    # "2.5%" / "2.5 per cent", "$94.5 billion" / "$94.5bn", "5" / "five", "Mr." / "Mr", curly quotes, "-" / "--"):
    # `check` did not flag it (0.30 read as in version 2), though nothing of it was rewritten.
    wire, styled = ((HOUSE_STYLE / name).read_text(encoding="utf-8") for name in ("wire.txt", "reprint.txt"))
    assert similarity(shingle_hashes(wire, version=2), shingle_hashes(styled, version=2)).similarity < 0.35
    assert similarity(shingle_hashes(wire, version=3), shingle_hashes(styled, version=3)).similarity == 1.0
    # What the story says still counts: another figure is another shingle.
    changed = wire.replace("rose 2.5% in August", "rose 3.5% in August")
    assert similarity(shingle_hashes(wire, version=3), shingle_hashes(changed, version=3)).similarity < 1.0


def test_version_3_words_are_the_house_styles_folded_and_give_its_shingles():
    assert normalise_words("On 20th Sept. sales rose 20 per cent to $94.5bn at 3pm; five of 1990s organised",
                           version=3) == ["on", "september", "20", "sales", "rose", "20", "to", "945", "billion",
                                          "at", "3", "pm", "5", "of", "1990", "s", "organized"]
    assert normalise_words("sales rose 20% to $94.5 billion", version=3) == normalise_words(
        "Sales rose 20 percent to $94.5bn", version=3) == ["sales", "rose", "20", "to", "945", "billion"]
    # Two-word rules hold within a text, and a day next to two months moves once.
    assert normalise_words("5 6 September October, per cent 2019, 2020 1st 4x4 a4s", version=3) == [
        "5", "september", "6", "october", "2019", "2020", "1", "4", "x4", "a4s"]
    # The vectorised fold (one pass over a batch of texts) and the words spelled out agree, shingle for shingle.
    texts = [(HOUSE_STYLE / name).read_text(encoding="utf-8") for name in ("wire.txt", "reprint.txt")] + [
        "rose 20 per", "cent on 20", "September", "新华社北京12月5日电 5 September 1,000", "per cent", "20 th",
        "社5bn 5月 x5th"]
    # And random runs of the words the rules look at, batched together so that two-word rules meet text ends.
    rng = np.random.default_rng(3)
    tokens = ("per", "cent", "percent", "20", "3", "2025", "th", "st", "rd", "Sept.", "September", "October", "five",
              "1,000", "$94.5bn", "20th", "organised", "Det.", "Mr.", "the", "rose", "新华社", "5月", "%", "U.S.",
              "社5bn", "4x4")
    texts += [" ".join(rng.choice(tokens, size=rng.integers(1, 12))) for _ in range(120)]
    batch = fingerprint_texts(texts, FingerprintParams(version=3))
    for text, fp in zip(texts, batch, strict=True):
        spelled = " ".join(normalise_words(text, version=3))
        assert shingle_hashes(text, version=3).tolist() == shingle_hashes(spelled, version=2).tolist()
        assert fp is None or fp.shingles.tolist() == shingle_hashes(text, version=3).tolist()


CJK_FIXTURES = Path(__file__).parent / "fixtures" / "cjk"
# One word changed in each paragraph of the agency stories: the light edit a reprint makes.
CJK_EDITS = {
    "zh/xinhua_source.txt": {"决定安排": "决定拨付", "我们不会让": "我们绝不让", "尤为明显": "尤其明显",
                             "将加强对": "将强化对"},
    "ja/kyodo_source.txt": {"決定した": "決めた", "見捨てることはない": "見捨てはしない", "となった": "だった",
                            "語った": "述べた", "批判している": "批判した"},
}


def edited_copy(name: str) -> tuple[str, str]:
    """An agency story from the CJK fixtures and its copy with one word edited per paragraph."""
    source = (CJK_FIXTURES / name).read_text(encoding="utf-8")
    copy = source
    for old, new in CJK_EDITS[name].items():
        assert old in copy
        copy = copy.replace(old, new)
    return source, copy


@pytest.mark.parametrize("name", sorted(CJK_EDITS))
def test_a_lightly_edited_chinese_or_japanese_copy_is_a_near_duplicate_from_version_2(name):
    source, copy = edited_copy(name)
    by_clause = similarity(shingle_hashes(source, version=1), shingle_hashes(copy, version=1))
    by_character = similarity(shingle_hashes(source, version=2), shingle_hashes(copy, version=2))
    # Read by clause, each edited clause is a new word: nothing of the copy is left to recognise.
    assert by_clause.similarity < 0.3
    assert by_character.similarity >= FingerprintParams().threshold


def test_short_text_is_one_shingle_and_empty_text_is_refused():
    assert shingle_hashes("two words").size == 1
    with pytest.raises(ValueError):
        fingerprint_text(" ... ")


def test_minhash_estimates_jaccard():
    rng = np.random.default_rng(0)
    universe = rng.choice(2**32, size=4000, replace=False).astype(np.uint32)
    for overlap in (0.2, 0.5, 0.8):
        a = np.sort(universe[:1000])
        b = np.sort(universe[int(1000 * (1 - overlap)) : int(1000 * (1 - overlap)) + 1000])
        exact = intersection_size(a, b) / np.union1d(a, b).size
        estimate = float(np.mean(minhash_signature(a) == minhash_signature(b)))
        assert abs(estimate - exact) < 0.12, (overlap, exact, estimate)


def test_intersection_matches_python_sets():
    rng = random.Random(3)
    for _ in range(50):
        a = sorted(set(rng.randrange(200) for _ in range(rng.randrange(0, 60))))
        b = sorted(set(rng.randrange(200) for _ in range(rng.randrange(0, 60))))
        got = intersection_size(np.array(a, dtype=np.uint32), np.array(b, dtype=np.uint32))
        assert got == len(set(a) & set(b))


def test_bands_follow_the_threshold_like_datasketch():
    datasketch_lsh = pytest.importorskip("datasketch.lsh")
    for threshold in (0.3, 0.5, 0.8, 0.9):
        ours = optimal_bands(threshold, 128, 0.5, 0.5)
        theirs = datasketch_lsh._optimal_param(threshold, 128, 0.5, 0.5)
        assert ours == theirs
    bands, rows = lsh_bands(FingerprintParams())
    assert bands * rows <= 128
    # A higher threshold means fewer, longer bands.
    assert optimal_bands(0.9, 128)[1] >= optimal_bands(0.3, 128)[1]


def test_jaccard_floor_covers_trimmed_reprints():
    # A set holding half of another (ratio 0.5) at containment 0.8 has Jaccard 0.4/1.1.
    assert jaccard_floor(0.8, 0.5) == pytest.approx(0.4 / 1.1)
    assert jaccard_floor(0.8, 1.0) == pytest.approx(0.8 / 1.2)
    assert jaccard_floor(0.5, 0.5) <= 0.5


def test_containment_counts_only_for_comparable_sizes():
    big = np.arange(1000, dtype=np.uint32)
    assert similarity(big[:600], big).similarity == 1.0
    assert similarity(big[:400], big).similarity == pytest.approx(0.4)
    assert similarity(big, big[:600]).similarity == 1.0  # symmetric
    assert similarity(big[:0], big).similarity == 0.0


@pytest.mark.parametrize("seed", range(6))
def test_reprints_are_near_duplicates_and_rewrites_are_not(seed):
    story = make_story(seed)
    original = shingle_hashes(render(story))
    threshold = FingerprintParams().threshold
    for variant in (reprint(story, seed + 100, chrome=seed), trimmed(story, 0.6)):
        assert similarity(original, shingle_hashes(variant)).similarity >= threshold
    assert similarity(original, shingle_hashes(paraphrase(story, seed))).similarity < 0.3
    other = shingle_hashes(render(make_story(seed + 1000)))
    assert similarity(original, other).similarity < 0.05


def test_lazy_character_table_matches_the_whole_table():
    from diffsrc.index.fingerprint import _fold_table, build_fold_table

    whole = build_fold_table()
    lazy = _fold_table()
    sample = np.arange(0, 0x10000, 7, dtype=np.uint32)
    assert np.array_equal(lazy.lookup(sample), whole[sample])
    assert whole[ord("A")] == ord("a") and whole[ord(".")] == 0 and whole[ord(",")] == 32


@given(
    st.sets(st.integers(0, 2**32 - 1), max_size=80),
    st.sets(st.integers(0, 2**32 - 1), max_size=80),
)
def test_similarity_is_symmetric_and_in_range(a, b):
    x, y = (np.array(sorted(s), dtype=np.uint32) for s in (a, b))
    forward, backward = similarity(x, y), similarity(y, x)
    assert forward == backward
    assert 0.0 <= forward.jaccard <= forward.containment <= 1.0
    assert forward.jaccard <= forward.similarity <= max(forward.jaccard, forward.containment)
    if a and a == b:
        assert forward.similarity == 1.0


@given(
    st.sets(st.integers(0, 2**32 - 1), min_size=1, max_size=60),
    st.lists(st.sets(st.integers(0, 2**32 - 1), min_size=1, max_size=60), min_size=1, max_size=6),
    st.integers(0, 2**32 - 1),
)
def test_many_similarities_at_once_equal_one_pair_at_a_time(query, others, salt):
    # Values sharing their low 16 bits (the lookup table's slots) with query values, to exercise the collisions.
    others = [o | {(q & 0xFFFF) | (((salt + i) << 16) & 0xFFFF0000) for i, q in enumerate(sorted(query)[:5])}
              for o in others]
    q = np.array(sorted(query), dtype=np.uint32)
    sets = [np.array(sorted(o | set(sorted(query)[: len(o) // 2])), dtype=np.uint32) for o in others]
    jaccard, containment, decisive = similarities(q, sets, min_size_ratio=0.5)
    for k, other in enumerate(sets):
        one = similarity(q, other, min_size_ratio=0.5)
        assert (one.jaccard, one.containment, one.similarity) == (jaccard[k], containment[k], decisive[k])


def test_many_similarities_for_a_long_query_and_crowded_slots():
    rng = np.random.default_rng(5)
    long_query = np.unique(rng.integers(0, 2**32, 20000, dtype=np.uint64)).astype(np.uint32)  # binary search path
    crowded = np.unique(np.r_[rng.integers(0, 2**32, 3000, dtype=np.uint64),  # many values per 16-bit slot
                              rng.integers(0, 2**32, 3000, dtype=np.uint64) & 0xFFFF00FF]).astype(np.uint32)
    for query in (long_query, crowded):
        others = [np.unique(np.r_[rng.choice(query, 1500), rng.integers(0, 2**32, 500, dtype=np.uint64)]
                            ).astype(np.uint32) for _ in range(4)]
        jaccard, containment, decisive = similarities(query, others)
        for k, other in enumerate(others):
            one = similarity(query, other)
            assert (one.jaccard, one.containment, one.similarity) == (jaccard[k], containment[k], decisive[k])


def test_a_fingerprint_sent_back_from_a_worker_process_is_the_same_fingerprint():
    import pickle

    story = render(make_story(3))
    (fp,) = fingerprint_texts([story])
    back = pickle.loads(pickle.dumps(fp))
    for name in ("shingles", "signature", "band_keys"):
        sent, received = getattr(fp, name), getattr(back, name)
        assert received.dtype == sent.dtype and np.array_equal(received, sent), name
    assert back.digest == fp.digest and back.n_shingles == fp.n_shingles
    assert similarity(back.shingles, fp.shingles).similarity == 1.0


def test_a_long_text_is_fingerprinted_in_pieces_to_exactly_the_same_shingles(monkeypatch):
    # A CI trial: one 60 MB text file took 3.2 GB to fingerprint (about 55 bytes per character at once). Past
    # LONG_TEXT characters a text is read in pieces cut at white space; its shingles must not change.
    import diffsrc.index.fingerprint as fingerprint

    mixed = "新华社北京12月5日电 国务院总理周二表示，谈判将在北京继续进行。 Café naïve ﬁne e\u0301tude"
    text = "\n\n".join([render(make_story(k)) for k in range(40)] + [mixed] * 30)
    styled = (HOUSE_STYLE / "reprint.txt").read_text(encoding="utf-8")
    text += "\n\n" + "\n\n".join([styled] * 20 + ["rose 20 per", "cent on 20", "September"] * 10)
    for version in (1, 2, 3):
        whole = fingerprint._batch_shingles(["a short text", text], 3, 7, version)
        monkeypatch.setattr(fingerprint, "LONG_TEXT", 2000)
        monkeypatch.setattr(fingerprint, "_SHINGLE_CHUNK", 500)
        pieces = fingerprint._batch_shingles(["a short text", text], 3, 7, version)
        monkeypatch.undo()
        assert all(np.array_equal(a, b) for a, b in zip(whole, pieces, strict=True))
        assert whole[1].size > 1000
