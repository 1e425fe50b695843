"""Bounding the work of one comparison, so that pathological input cannot exhaust memory or time.

Scoring builds dense matrices (sentences x vocabulary, target x source). Their size is predictable from the
sentences' features before any matrix is built, so this module predicts it and, when `max_matrix_cells` would be
passed, cuts the longer document to its first sentences until the pair fits; word-level edit scripts read at most
`max_sentence_chars` of a sentence. The caller writes the notes it returns into the report.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from ..settings import CompareOptions
from .score import SentenceFeatures

# How many target x source matrices scoring holds at its peak (shared weight, the covers both ways and their float64
# temporaries, candidate order, equal keys, common-word covers), in float32 cells.
_PAIR_MATRICES = 18
# ... and sentence x vocabulary matrices per document (content and common-word incidence, their IDF weights, the
# union of the best candidates).
_VOCAB_MATRICES = 4


@dataclass
class _Profile:
    """Cumulative costs of a document's first i sentences, for every i (index 0: no sentences)."""

    vocab: list[int] = field(default_factory=lambda: [0])

    @classmethod
    def of(cls, features: Sequence[SentenceFeatures]) -> _Profile:
        profile = cls()
        stems: set[str] = set()
        for f in features:
            stems.update(f.stems)
            profile.vocab.append(_VOCAB_MATRICES * len(stems))
        return profile


def _cells(s: _Profile, n_s: int, t: _Profile, n_t: int) -> int:
    return (n_s + n_t) * (s.vocab[n_s] + t.vocab[n_t]) + _PAIR_MATRICES * n_s * n_t


def bound_work(
    source: Sequence[SentenceFeatures], target: Sequence[SentenceFeatures], *, options: CompareOptions,
    source_id: str = "source", target_id: str = "target",
) -> tuple[int, int, list[str]]:
    """How many leading sentences of each document to compare so the pair stays within the work bounds.

    Args:
        source: features of the source's sentences (already cut to `max_sentences`).
        target: features of the target's sentences.
        options: `max_sentence_chars` and `max_matrix_cells` set the bounds.
        source_id: the source's name, for the notes.
        target_id: the target's name, for the notes.

    Returns:
        (n_source, n_target, notes): sentence counts to keep, and one note per bound that was hit, for the report.
    """
    limit = options.max_sentence_chars
    s_profile, t_profile = _Profile.of(source), _Profile.of(target)
    n_s, n_t = len(source), len(target)
    while (n_s > 1 or n_t > 1) and _cells(s_profile, n_s, t_profile, n_t) > options.max_matrix_cells:
        # Cut the longer document first: a short article compared with a huge file keeps all of its sentences.
        if n_s >= n_t:
            n_s = max(1, min(n_s - 1, int(n_s * 0.9)))
        else:
            n_t = max(1, min(n_t - 1, int(n_t * 0.9)))
    notes: list[str] = []
    for doc_id, kept, total in ((source_id, n_s, len(source)), (target_id, n_t, len(target))):
        if kept < total:
            notes.append(
                f"{doc_id}: only the first {kept} of {total} sentences were aligned "
                "(work bound per pair: max_matrix_cells)"
            )
    for doc_id, features, kept in ((source_id, source, n_s), (target_id, target, n_t)):
        long = sum(1 for f in features[:kept] if len(f.key) > limit)
        if long:
            notes.append(
                f"{doc_id}: {long} sentence{'s' if long != 1 else ''} longer than {limit} characters "
                f"compared word for word on {'their' if long != 1 else 'its'} first {limit} characters "
                "(max_sentence_chars)"
            )
    return n_s, n_t, notes


def coarse_diff_note(groups: Sequence[Any], source_texts: Sequence[str], target_texts: Sequence[str]) -> str | None:
    """The report note for alignment groups too long for an exact word-level diff (`findings.diff.MAX_DIFF_CELLS`)."""
    from .findings.diff import MAX_DIFF_CELLS

    def words(texts: Sequence[str], indices: Sequence[int]) -> int:
        return sum(len(texts[i].split()) for i in indices)

    def same(g: Any) -> bool:  # the same text on both sides: the coarse script (all of it kept) is the exact one
        return " ".join(source_texts[i] for i in g.source) == " ".join(target_texts[i] for i in g.target)

    coarse = sum(1 for g in groups
                 if words(source_texts, g.source) * words(target_texts, g.target) > MAX_DIFF_CELLS and not same(g))
    if not coarse:
        return None
    return (f"{coarse} alignment{'s' if coarse != 1 else ''} too long for an exact word-level diff: common start and "
            "end kept, the middle shown as one change (MAX_DIFF_CELLS)")


__all__ = ["bound_work", "coarse_diff_note"]
