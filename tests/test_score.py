"""The vectorised scorer against a slow, obviously-correct reference (one pair at a time)."""

from __future__ import annotations

import math
from itertools import pairwise

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz

from diffsrc.pair.score import FEATURES, NAME_DISCOUNT, combine, feature_matrices
from diffsrc.text.features import name_word_sizes, sentence_features

WORDS = ("the minister said japan would double defence spending to 2% of gdp by 2027 trump visit tokyo 8,000 "
         "Bank of Japan Kazuo Ueda").split()
sentences = st.lists(st.sampled_from(WORDS), min_size=1, max_size=12).map(" ".join)


def reference_features(targets: list[str], sources: list[str]) -> dict[str, np.ndarray]:
    t_feats, s_feats = sentence_features(targets), sentence_features(sources)
    def idf(word: str) -> float:
        rates = [(sum(word in set(f.stems) for f in side) + 0.5) / (len(side) + 1)
                 for side in (t_feats, s_feats) if any(word in f.stems for f in side)]
        # A word seen only inside multi-word names is discounted by the size of the smallest such name.
        size = min(f.name_sizes.get(word, 1) for f in (*t_feats, *s_feats) if word in f.stems)
        return max(-math.log(max(rates)), 0.05) / size ** NAME_DISCOUNT

    def containment(a: set[str], b: set[str]) -> float:
        total = sum(idf(w) for w in a)
        return sum(idf(w) for w in a & b) / total if total else 0.0

    def bigrams(stems: list[str]) -> set[str]:
        return {f"{x} {y}" for x, y in pairwise(stems)}

    out = {k: np.zeros((len(targets), len(sources))) for k in ("char", "cover_target", "cover_source", "bigrams")}
    for i, t in enumerate(t_feats):
        for j, s in enumerate(s_feats):
            out["char"][i, j] = fuzz.ratio(t.key, s.key) / 100
            out["cover_target"][i, j] = containment(set(t.stems), set(s.stems))
            out["cover_source"][i, j] = containment(set(s.stems), set(t.stems))
            tb = bigrams(t.stems)
            out["bigrams"][i, j] = len(tb & bigrams(s.stems)) / len(tb) if tb else 0.0
    return out


@settings(max_examples=60, deadline=None)
@given(st.lists(sentences, min_size=1, max_size=5), st.lists(sentences, min_size=1, max_size=5))
def test_vectorised_features_equal_the_pairwise_reference(targets, sources):
    m = feature_matrices(sentence_features(targets), sentence_features(sources))
    ref = reference_features(targets, sources)
    for name, expected in ref.items():
        np.testing.assert_allclose(getattr(m, name), expected, atol=1e-5, err_msg=name)
    assert ((m.derivation >= 0) & (m.derivation <= 1)).all()
    swapped = feature_matrices(sentence_features(sources), sentence_features(targets))
    np.testing.assert_allclose(swapped.derivation, m.derivation.T, atol=1e-6)  # symmetric in the two sentences


def test_derivation_increases_with_every_kind_of_evidence():
    base = {k: np.array([0.3]) for k in FEATURES}
    low = combine(base)[0]
    for name in ("char", "cover_max", "shared"):
        assert combine({**base, name: np.array([0.9])})[0] > low, name


def test_shared_story_names_alone_do_not_make_a_derivation():
    source = [
        "Trump will meet Takaichi in Tokyo next week, Motegi said.",
        "Japan plans to double its defence spending by 2027.",
        "Motegi said Japan hopes to cooperate with South Korea and Australia.",
        "Takaichi took office on Tuesday as Japan's first female leader.",
    ]
    target = [
        "Trump and Takaichi are expected to discuss tariffs on Japanese cars in Tokyo.",
        "Motegi, Japan's top diplomat, has served under three prime ministers.",
    ]
    m = feature_matrices(sentence_features(target), sentence_features(source))
    assert (m.derivation < 0.5).all()


def test_a_reworded_sentence_scores_as_derived():
    source = ["Japan is currently undergoing a five-year military buildup through 2027 as part of its national "
              "security strategy, including doubling its annual defense spending to 2% of gross domestic product.",
              "He said Japan also hopes to cooperate with South Korea."]
    target = ["The plan includes a dramatic doubling of annual defense spending to 2% of the country's gross "
              "domestic product over a five-year buildup."]
    m = feature_matrices(sentence_features(target), sentence_features(source))
    assert m.derivation[0, 0] > 10 * m.derivation[0, 1]
    assert m.cover_target[0, 0] > 0.6 and m.cover_target[0, 1] < 0.2


def test_multi_word_names_are_found_but_headlines_in_title_case_are_not_names():
    assert name_word_sizes("Cal Fire said the Department of Forestry and Fire Protection hired 8,000 staff.") == {
        "cal": 2, "depart": 4, "forestri": 4, "fire": 2, "protect": 4}
    assert name_word_sizes("The yen fell after the Bank of Japan held rates.") == {"bank": 2, "japan": 2}
    assert name_word_sizes("Astronomers Spot Comet That May Be Visible To The Naked Eye") == {}
    assert name_word_sizes("Officials said 40 homes burned.") == {}


def test_a_shared_organisation_name_is_one_piece_of_evidence():
    # Independent reports of the same event name the same bodies: sharing a five-word name is not a derivation.
    source = ["The Ridge Fire had burned 6,200 acres by Monday evening and was 5% contained, according to the "
              "California Department of Forestry and Fire Protection.",
              "Forecasters said the winds would ease by Wednesday."]
    target = ["The California Department of Forestry and Fire Protection is hiring 8,000 seasonal firefighters "
              "this year.",
              "By Monday evening the Ridge Fire had burned 6,200 acres, state fire officials said, and was 5% "
              "contained."]
    m = feature_matrices(sentence_features(target), sentence_features(source))
    assert m.derivation[0, 0] < 0.2
    assert m.derivation[1, 0] > 0.5

