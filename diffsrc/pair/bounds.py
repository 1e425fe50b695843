"""Bounding the work of one comparison, so that pathological input cannot exhaust memory or time.

Scoring builds dense matrices (sentences x vocabulary, target x source). Their size is predictable from the
sentences' features before any matrix is built, so this module predicts it and, when `max_matrix_cells` would be
passed, cuts the longer document to its first sentences until the pair fits; word-level edit scripts read at most
`max_sentence_chars` of a sentence. The caller writes the notes it returns into the report.

What was not compared is said, never guessed: `mark_not_compared` labels the sentences past a cut `not-compared`,
and so are the sentences left without a counterpart when the other document was cut (their counterpart may be in
the part that was not compared), so that neither is counted as added or omitted.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from ..settings import CompareOptions
from ..wording import agree, plural
from .classify import SentenceLabel
from .model import NOT_COMPARED
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
        # Cut the longer document first, never below the other: a short article compared with a huge file keeps
        # all of its sentences, and two long documents keep the same number (a file against itself or its copy
        # compares like with like, rather than a window of one against a shifted window of the other).
        if n_s > n_t:
            n_s = max(n_t, 1, min(n_s - 1, int(n_s * 0.9)))
        elif n_t > n_s:
            n_t = max(n_s, 1, min(n_t - 1, int(n_t * 0.9)))
        else:
            n_s = n_t = max(1, min(n_s - 1, int(n_s * 0.9)))
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
                f"{doc_id}: {plural(long, 'sentence')} longer than {limit} characters "
                f"compared word for word on {agree(long, 'its', 'their')} first {limit} characters "
                "(max_sentence_chars)"
            )
    return n_s, n_t, notes


def mark_not_compared(labels: Sequence[SentenceLabel], texts: Sequence[str], kinds: Sequence[str], *,
                      other_cut: bool) -> list[SentenceLabel]:
    """One document's sentence labels with what was not compared said so (`NOT_COMPARED`).

    Args:
        labels: the labels of the sentences that were compared (the document's first sentences).
        texts: every sentence of the document, those past the cut included.
        kinds: the kind of every sentence (`body`, `heading`, ...).
        other_cut: the other document was cut: a sentence here without a counterpart may have one in the part of
            the other that was not compared, so it is neither added nor omitted.

    Returns:
        A label per sentence of the document, in order.
    """
    out = [replace(s, label=NOT_COMPARED) if other_cut and not s.links else s for s in labels]
    out.extend(SentenceLabel(i, texts[i], NOT_COMPARED, [], None, kinds[i]) for i in range(len(labels), len(texts)))
    return out


def compared_only(labels: Sequence[SentenceLabel]) -> list[SentenceLabel]:
    """The labels of sentences that were compared: what counts and shares are computed over."""
    return [s for s in labels if s.label != NOT_COMPARED]


def coarse_diff_note(groups: Sequence[Any], source_texts: Sequence[str], target_texts: Sequence[str]) -> str | None:
    """The report note for alignment groups too long for an exact word-level diff (`findings.diff.MAX_DIFF_CELLS`)."""
    from .findings.diff import MAX_DIFF_CELLS

    def words(texts: Sequence[str], indices: Sequence[int]) -> int:
        return sum(len(texts[i].split()) for i in indices)

    def most_words(texts: Sequence[str], indices: Sequence[int]) -> int:
        # A text of n characters holds at most (n + 1) // 2 words: counted without splitting (asked of every group
        # of every pair, and the split texts were 1.5% of the seed compare; a group past the bound is rare).
        return sum((len(texts[i]) + 1) // 2 for i in indices)

    def same(g: Any) -> bool:  # the same text on both sides: the coarse script (all of it kept) is the exact one
        return " ".join(source_texts[i] for i in g.source) == " ".join(target_texts[i] for i in g.target)

    coarse = sum(1 for g in groups
                 if most_words(source_texts, g.source) * most_words(target_texts, g.target) > MAX_DIFF_CELLS
                 and words(source_texts, g.source) * words(target_texts, g.target) > MAX_DIFF_CELLS and not same(g))
    if not coarse:
        return None
    return (f"{plural(coarse, 'alignment')} too long for an exact word-level diff: common start and "
            "end kept, the middle shown as one change (MAX_DIFF_CELLS)")


__all__ = ["bound_work", "coarse_diff_note", "compared_only", "mark_not_compared"]
