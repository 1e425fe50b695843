"""Sentence-pair similarity: every target sentence against every source sentence, vectorised.

The evidence, each a matrix of shape (n_target, n_source):

- `char`: rapidfuzz `fuzz.ratio` of the surface-normalised sentences (catches copies and light edits);
- `cover_target` / `cover_source`: IDF-weighted containment of stemmed content words, target-in-source and
  source-in-target (catches rewording, trimming and expansion). IDF is computed over the pair's own sentences,
  so words the whole story repeats (its names: Trump, Japan, Motegi) weigh little and sentences that merely share
  them do not look derived;
- `bigrams_target` / `bigrams_source`: share of each side's adjacent content-word pairs found in the other
  (phrasing kept);
- `shared_weight`: the IDF mass of the content words the two share (absolute evidence: two short headings that
  share one rare word are 100% "contained" in each other, but that is little evidence).

Words of a multi-word proper name ("California Department of Forestry and Fire Protection") are discounted, so
that the name counts about as one fact: independent reports of the same event name the same bodies and people in
sentences that say other things.

`derivation` combines them with a logistic model whose weights ship in `data/scorer.json` (fitted offline by
benchmarks/fit_scorer.py on the labelled sets; no training at run time). Its features are symmetric in the two
sentences, so the score of (a, b) is the score of (b, a): which text is called the source never changes whether
two sentences are related.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import pairwise

import numpy as np

from ..text.features import SentenceFeatures

# Each word of a k-word name weighs 1 / k ** NAME_DISCOUNT of a word, so the whole name weighs sqrt(k) words: a
# name is more specific than one word but is one fact, not k. Cross-validated by story on the training sets
# (benchmarks/fit_scorer.py, end to end), no discount gives verdict macro-F1 0.954 and 0.5 or 1 give 0.983; 0.5
# has the better pairwise F1 (0.919 against 0.908).
NAME_DISCOUNT = 0.5

# The logistic model's inputs, all in [0, 1] and symmetric in the two sentences.
FEATURES = ("char", "cover_max", "cover_min", "bigrams_max", "bigrams_min", "shared", "length_ratio")


@dataclass
class ScoreMatrices:
    char: np.ndarray
    cover_target: np.ndarray
    cover_source: np.ndarray
    bigrams_target: np.ndarray
    bigrams_source: np.ndarray
    shared_weight: np.ndarray
    shared_words: np.ndarray
    verbatim: np.ndarray
    derivation: np.ndarray
    idf: np.ndarray
    target_incidence: np.ndarray
    source_incidence: np.ndarray

    @property
    def bigrams(self) -> np.ndarray:
        return self.bigrams_target

    def transpose(self) -> ScoreMatrices:
        """The same evidence seen from the other side: source sentences as targets, target sentences as sources."""
        return ScoreMatrices(
            self.char.T, self.cover_source.T, self.cover_target.T, self.bigrams_source.T, self.bigrams_target.T,
            self.shared_weight.T, self.shared_words.T, self.verbatim.T, self.derivation.T, self.idf,
            self.source_incidence, self.target_incidence,
        )


@lru_cache(maxsize=1)
def scorer_weights() -> dict[str, float]:
    """The shipped logistic weights: {"intercept": b, feature: w, ...}."""
    text = resources.files("diffsrc.data").joinpath("scorer.json").read_text(encoding="utf-8")
    return dict(json.loads(text)["weights"])


def _incidence(rows: Sequence[Sequence[str]], vocab: dict[str, int]) -> np.ndarray:
    matrix = np.zeros((len(rows), max(len(vocab), 1)), dtype=np.float32)
    for i, row in enumerate(rows):
        cols = [vocab[t] for t in set(row) if t in vocab]
        matrix[i, cols] = 1.0
    return matrix


def _bigrams(stems: list[str]) -> list[str]:
    return [f"{a} {b}" for a, b in pairwise(stems)]


def _ratio(numerator: np.ndarray, denominator: np.ndarray) -> np.ndarray:
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.nan_to_num(numerator / denominator).astype(np.float32)


def feature_matrices(targets: Sequence[SentenceFeatures], sources: Sequence[SentenceFeatures], *,
                     char_limit: int | None = None) -> ScoreMatrices:
    """All pairwise evidence for target x source sentences, and the combined derivation score.

    `char_limit` bounds the work of character similarity: it compares at most that many leading characters of
    each sentence's key (see `CompareOptions.max_sentence_chars`).
    """
    from rapidfuzz import fuzz, process

    char = process.cdist([t.key[:char_limit] for t in targets], [s.key[:char_limit] for s in sources],
                         scorer=fuzz.ratio, dtype=np.float32, workers=1) / 100.0
    key_ids: dict[str, int] = {}
    t_keys = np.array([key_ids.setdefault(t.key, len(key_ids)) for t in targets], dtype=np.int64)
    s_keys = np.array([key_ids.setdefault(s.key, len(key_ids)) for s in sources], dtype=np.int64)
    verbatim = t_keys[:, None] == s_keys[None, :]

    vocab: dict[str, int] = {}
    for sent in (*targets, *sources):
        for stem in sent.stems:
            vocab.setdefault(stem, len(vocab))
    t_inc = _incidence([t.stems for t in targets], vocab)
    s_inc = _incidence([s.stems for s in sources], vocab)
    # How informative a word is: how rare it is within each document's sentences (smoothed), taking the document
    # where it is most common. Counting each side apart matters: a word that both texts use once has the weight
    # of any word used once, so sharing it is not mistaken for being common. Floored so that a word in every
    # sentence still counts a little.
    rate = np.maximum((t_inc.sum(axis=0) + 0.5) / (len(targets) + 1) * (t_inc.sum(axis=0) > 0),
                      (s_inc.sum(axis=0) + 0.5) / (len(sources) + 1) * (s_inc.sum(axis=0) > 0))
    idf = np.maximum(-np.log(np.maximum(rate, 1e-9)), 0.05)
    # A multi-word name is one piece of evidence, not one per word: two sentences that both mention the Royal
    # College of Emergency Medicine share one name, which is no more than sharing one rare word. A word that
    # also occurs outside that name (a surname alone, "the college") keeps its full weight.
    smallest_name: dict[int, int] = {}
    for sent in (*targets, *sources):
        for stem in sent.stems:
            col = vocab[stem]
            smallest_name[col] = min(smallest_name.get(col, 1 << 30), sent.name_sizes.get(stem, 1))
    name_size = np.ones(len(idf))
    name_size[list(smallest_name)] = list(smallest_name.values())
    idf = (idf / name_size ** NAME_DISCOUNT).astype(np.float32)
    shared_weight = (t_inc * idf) @ s_inc.T
    cover_target = _ratio(shared_weight, (t_inc * idf).sum(axis=1)[:, None])
    cover_source = _ratio(shared_weight, (s_inc * idf).sum(axis=1)[None, :])

    bigram_vocab: dict[str, int] = {}
    t_bi = [_bigrams(t.stems) for t in targets]
    s_bi = [_bigrams(s.stems) for s in sources]
    for row in (*t_bi, *s_bi):
        for gram in row:
            bigram_vocab.setdefault(gram, len(bigram_vocab))
    tb = _incidence(t_bi, bigram_vocab)
    sb = _incidence(s_bi, bigram_vocab)
    shared_bigrams = tb @ sb.T
    bigrams_target = _ratio(shared_bigrams, tb.sum(axis=1)[:, None])
    bigrams_source = _ratio(shared_bigrams, sb.sum(axis=1)[None, :])

    m = ScoreMatrices(char, cover_target, cover_source, bigrams_target, bigrams_source, shared_weight,
                      t_inc @ s_inc.T, verbatim, np.zeros_like(char), idf, t_inc, s_inc)
    m.derivation = combine(model_features(m))
    m.derivation[verbatim] = 1.0
    return m


def model_features(m: ScoreMatrices) -> dict[str, np.ndarray]:
    """Symmetric features in [0, 1] for the logistic model (see FEATURES)."""
    t_words = m.target_incidence.sum(axis=1)[:, None]
    s_words = m.source_incidence.sum(axis=1)[None, :]
    return {
        "char": m.char,
        "cover_max": np.maximum(m.cover_target, m.cover_source),
        "cover_min": np.minimum(m.cover_target, m.cover_source),
        "bigrams_max": np.maximum(m.bigrams_target, m.bigrams_source),
        "bigrams_min": np.minimum(m.bigrams_target, m.bigrams_source),
        # IDF mass shared, squashed to [0, 1): about 0.5 for two rare words in common, 0.9 for six.
        "shared": 1.0 - np.exp(-m.shared_weight / 4.0),
        "length_ratio": _ratio(np.minimum(t_words, s_words), np.maximum(np.maximum(t_words, s_words), 1)),
    }


def combine(features: dict[str, np.ndarray], weights: dict[str, float] | None = None) -> np.ndarray:
    """The logistic derivation score from feature matrices (or vectors) of equal shape."""
    weights = weights or scorer_weights()
    z = np.full(np.shape(features["char"]), weights["intercept"], dtype=np.float64)
    # Every weighted feature, so a weight set with extra features (semantic.py's) combines the same way.
    for name, weight in weights.items():
        if name != "intercept":
            z = z + weight * features[name]
    return (1.0 / (1.0 + np.exp(-z))).astype(np.float32)


def longest_shared_run(a: SentenceFeatures, b: SentenceFeatures) -> int:
    """The longest run of consecutive words two sentences share (in normal form): a lifted quote or clause."""
    from rapidfuzz.distance import Levenshtein

    opcodes = Levenshtein.opcodes(a.key.split(), b.key.split())
    return max((op.src_end - op.src_start for op in opcodes if op.tag == "equal"), default=0)
