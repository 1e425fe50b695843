"""Sentence-pair similarity: every target sentence against every source sentence, vectorised.

Three kinds of evidence, each a matrix of shape (n_target, n_source) with values in [0, 1]:

- `char`: rapidfuzz `fuzz.ratio` of the surface-normalised sentences (catches copies and light edits);
- `cover_target` / `cover_source`: IDF-weighted containment of stemmed content words, target-in-source and
  source-in-target (catches rewording, trimming and expansion). IDF is computed over the pair's own sentences,
  so words the whole story repeats (its names: Trump, Japan, Motegi) weigh little and sentences that merely share
  them do not look derived;
- `bigrams`: share of the target's adjacent content-word pairs found in the source (phrasing kept).

`derivation` combines them into one calibrated score with a logistic model whose weights ship in
`data/scorer.json` (fitted offline by benchmarks/fit_scorer.py; no training at run time).
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Sequence

import numpy as np

from .segment import content_stems, surface_tokens, verbatim_key


@dataclass
class SentenceFeatures:
    """What scoring needs of one sentence, computed once."""

    key: str
    stems: list[str]

    @classmethod
    def of(cls, text: str) -> SentenceFeatures:
        tokens = surface_tokens(text)
        return cls(" ".join(tokens), content_stems(tokens))


@dataclass
class ScoreMatrices:
    char: np.ndarray
    cover_target: np.ndarray
    cover_source: np.ndarray
    bigrams: np.ndarray
    shared_words: np.ndarray
    verbatim: np.ndarray
    derivation: np.ndarray
    # Per target sentence: its stems' IDF weights and its incidence rows, for merge coverage in align.py.
    target_weights: np.ndarray
    target_incidence: np.ndarray
    source_incidence: np.ndarray


FEATURES = ("char", "cover_target", "cover_source", "bigrams", "cover_min")


@lru_cache(maxsize=1)
def scorer_weights() -> dict[str, float]:
    """The shipped logistic weights: {"intercept": b, feature: w, ...}."""
    text = resources.files("diffsrc.data").joinpath("scorer.json").read_text(encoding="utf-8")
    return json.loads(text)["weights"]


def _incidence(rows: Sequence[Sequence[str]], vocab: dict[str, int]) -> np.ndarray:
    matrix = np.zeros((len(rows), max(len(vocab), 1)), dtype=np.float32)
    for i, row in enumerate(rows):
        cols = [vocab[t] for t in set(row) if t in vocab]
        matrix[i, cols] = 1.0
    return matrix


def _bigrams(stems: list[str]) -> list[str]:
    return [f"{a} {b}" for a, b in zip(stems, stems[1:])]


def feature_matrices(targets: Sequence[SentenceFeatures], sources: Sequence[SentenceFeatures]) -> ScoreMatrices:
    """All pairwise evidence for target x source sentences, and the combined derivation score."""
    from rapidfuzz import fuzz, process

    n_t, n_s = len(targets), len(sources)
    char = process.cdist([t.key for t in targets], [s.key for s in sources], scorer=fuzz.ratio,
                         dtype=np.float32, workers=1) / 100.0
    verbatim = np.array([[t.key == s.key for s in sources] for t in targets], dtype=bool).reshape(n_t, n_s)

    vocab: dict[str, int] = {}
    df: dict[str, int] = {}
    for sent in (*targets, *sources):
        for stem in set(sent.stems):
            vocab.setdefault(stem, len(vocab))
            df[stem] = df.get(stem, 0) + 1
    n_docs = n_t + n_s
    idf = np.zeros(max(len(vocab), 1), dtype=np.float32)
    for stem, col in vocab.items():
        # Smoothed IDF over the pair's sentences, floored so a word in every sentence still counts a little.
        idf[col] = max(math.log((n_docs + 1) / (df[stem] + 0.5)), 0.05)
    t_inc = _incidence([t.stems for t in targets], vocab)
    s_inc = _incidence([s.stems for s in sources], vocab)
    shared_weight = (t_inc * idf) @ s_inc.T
    t_weight = (t_inc * idf).sum(axis=1)
    s_weight = (s_inc * idf).sum(axis=1)
    with np.errstate(divide="ignore", invalid="ignore"):
        cover_target = np.nan_to_num(shared_weight / t_weight[:, None])
        cover_source = np.nan_to_num(shared_weight / s_weight[None, :])
    shared_words = t_inc @ s_inc.T

    bigram_vocab: dict[str, int] = {}
    t_bi = [_bigrams(t.stems) for t in targets]
    s_bi = [_bigrams(s.stems) for s in sources]
    for row in (*t_bi, *s_bi):
        for gram in row:
            bigram_vocab.setdefault(gram, len(bigram_vocab))
    tb = _incidence(t_bi, bigram_vocab)
    sb = _incidence(s_bi, bigram_vocab)
    with np.errstate(divide="ignore", invalid="ignore"):
        bigrams = np.nan_to_num((tb @ sb.T) / tb.sum(axis=1)[:, None])

    features = {
        "char": char,
        "cover_target": cover_target,
        "cover_source": cover_source,
        "bigrams": bigrams,
        "cover_min": np.minimum(cover_target, cover_source),
    }
    derivation = combine(features)
    derivation[verbatim] = 1.0
    return ScoreMatrices(char, cover_target, cover_source, bigrams, shared_words, verbatim, derivation,
                         t_inc * idf, t_inc, s_inc)


def combine(features: dict[str, np.ndarray], weights: dict[str, float] | None = None) -> np.ndarray:
    """The logistic derivation score from feature matrices (or vectors) of equal shape."""
    weights = weights or scorer_weights()
    z = np.full_like(features["char"], weights["intercept"], dtype=np.float64)
    for name in FEATURES:
        z = z + weights.get(name, 0.0) * features[name]
    return (1.0 / (1.0 + np.exp(-z))).astype(np.float32)


def sentence_features(texts: Sequence[str]) -> list[SentenceFeatures]:
    return [SentenceFeatures.of(t) for t in texts]


__all__ = ["FEATURES", "ScoreMatrices", "SentenceFeatures", "combine", "feature_matrices", "sentence_features",
           "verbatim_key"]
