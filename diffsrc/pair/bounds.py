"""Bounding the work of one comparison, so that pathological input cannot exhaust memory or time.

Scoring builds dense matrices (sentences x vocabulary, target x source) and runs character similarity on every
sentence pair. Their cost is predictable from the sentences' features before any matrix is built, so this module
predicts it and, when a bound in `CompareOptions` would be passed, cuts the longer document to its first
sentences until the pair fits. The caller writes the notes it returns into the report.

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

# How many target x source matrices scoring holds at its peak (char, verbatim, shared weights and words, covers and
# bigram overlaps both ways, the model's symmetric features, derivation, float64 temporaries), in float32 cells.
_PAIR_MATRICES = 18


@dataclass
class _Profile:
    """Cumulative costs of a document's first i sentences, for every i (index 0: no sentences)."""

    vocab: list[int] = field(default_factory=lambda: [0])
    chars: list[int] = field(default_factory=lambda: [0])

    @classmethod
    def of(cls, features: Sequence[SentenceFeatures], char_limit: int) -> _Profile:
        profile = cls()
        stems: set[str] = set()
        bigrams: set[tuple[str, str]] = set()
        chars = 0
        for f in features:
            stems.update(f.stems)
            bigrams.update(zip(f.stems, f.stems[1:], strict=False))
            chars += min(len(f.key), char_limit)
            # Scoring holds two sentence x vocabulary matrices for stems and one for bigrams.
            profile.vocab.append(2 * len(stems) + len(bigrams))
            profile.chars.append(chars)
        return profile


def _cells(s: _Profile, n_s: int, t: _Profile, n_t: int) -> int:
    return (n_s + n_t) * (s.vocab[n_s] + t.vocab[n_t]) + _PAIR_MATRICES * n_s * n_t


def _char_ops(s: _Profile, n_s: int, t: _Profile, n_t: int) -> int:
    # rapidfuzz's bit-parallel ratio costs about ceil(len_t / 64) x len_s word operations per pair.
    return (t.chars[n_t] // 64 + n_t) * s.chars[n_s]


def bound_work(
    source: Sequence[SentenceFeatures], target: Sequence[SentenceFeatures], *, options: CompareOptions,
    source_id: str = "source", target_id: str = "target",
) -> tuple[int, int, list[str]]:
    """How many leading sentences of each document to compare so the pair stays within the work bounds.

    Args:
        source: features of the source's sentences (already cut to `max_sentences`).
        target: features of the target's sentences.
        options: `max_sentence_chars`, `max_matrix_cells` and `max_char_ops` set the bounds.
        source_id: the source's name, for the notes.
        target_id: the target's name, for the notes.

    Returns:
        (n_source, n_target, notes): sentence counts to keep, and one note per bound that was hit, for the report.
    """
    limit = options.max_sentence_chars
    s_profile, t_profile = _Profile.of(source, limit), _Profile.of(target, limit)
    n_s, n_t = len(source), len(target)
    while (n_s > 1 or n_t > 1) and (
        _cells(s_profile, n_s, t_profile, n_t) > options.max_matrix_cells
        or _char_ops(s_profile, n_s, t_profile, n_t) > options.max_char_ops
    ):
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
                "(work bound per pair: max_matrix_cells / max_char_ops)"
            )
    for doc_id, features, kept in ((source_id, source, n_s), (target_id, target, n_t)):
        long = sum(1 for f in features[:kept] if len(f.key) > limit)
        if long:
            notes.append(
                f"{doc_id}: {plural(long, 'sentence')} longer than {limit} characters "
                f"compared on {agree(long, 'its', 'their')} first {limit} characters for character "
                "similarity (max_sentence_chars)"
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

    # A verbatim group's words are equal from start to end: its coarse script is the exact one.
    coarse = sum(1 for g in groups if getattr(g, "label", None) != "verbatim"
                 and words(source_texts, g.source) * words(target_texts, g.target) > MAX_DIFF_CELLS)
    if not coarse:
        return None
    return (f"{plural(coarse, 'alignment')} too long for an exact word-level diff: common start and "
            "end kept, the middle shown as one change (MAX_DIFF_CELLS)")


__all__ = ["bound_work", "coarse_diff_note", "compared_only", "mark_not_compared"]
