"""Projecting character-level annotations onto diffsrc's own sentences.

Real corpora annotate their own text (METER tags words in SGML, SPARK gives character offsets), while diffsrc
cleans and segments the raw text its own way (joins wrapped lines, drops chrome, normalises quotes). So gold is
mapped through an alignment of the non-whitespace characters of diffsrc's sentences with the non-whitespace
characters of the annotated text (rapidfuzz `Indel` opcodes after folding case, quote marks and dashes): each
sentence gets the offsets of the annotated characters that align with its own, equal characters only.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

_FOLD = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "`": "'", "–": "-", "—": "-"})


def _non_space(text: str) -> tuple[str, np.ndarray]:
    index = np.array([i for i, c in enumerate(text) if not c.isspace()], dtype=np.int64)
    return "".join(text[i] for i in index), index


def map_sentences(sentences: Sequence[str], annotated: str) -> list[np.ndarray]:
    """For each sentence, the offsets in `annotated` of the characters that align with its own."""
    from rapidfuzz.distance import Indel

    chars, owner = [], []
    for k, sentence in enumerate(sentences):
        text, _ = _non_space(sentence)
        chars.append(text)
        owner.extend([k] * len(text))
    a = "".join(chars).translate(_FOLD).lower()
    b_text, b_index = _non_space(annotated)
    b = b_text.translate(_FOLD).lower()
    owners = np.array(owner, dtype=np.int64)
    hits: list[list[np.ndarray]] = [[] for _ in sentences]
    for op in Indel.opcodes(a, b):
        if op.tag != "equal":
            continue
        src = np.arange(op.src_start, op.src_end)
        dst = b_index[op.dest_start:op.dest_end]
        who = owners[src]
        for k in np.unique(who):
            hits[int(k)].append(dst[who == k])
    return [np.concatenate(h) if h else np.zeros(0, dtype=np.int64) for h in hits]


def overlapping(hits: Sequence[np.ndarray], spans: Sequence[tuple[int, int]], min_chars: int) -> list[int]:
    """The sentences that overlap the character spans by at least `min_chars` characters (or half the spans' length
    when they are shorter than that)."""
    need = min(min_chars, max(1, sum(b - a for a, b in spans) // 2))
    out = []
    for k, h in enumerate(hits):
        n = sum(int(((h >= a) & (h < b)).sum()) for a, b in spans)
        if n >= need:
            out.append(k)
    return out
