"""Many-to-many, order-free alignment of target sentences to the source sentences they derive from.

Rewrites reorder, split and merge, so nothing here assumes the two texts run in the same order. Each target
sentence takes its best-scoring source sentence if that reaches the derivation threshold; further source sentences
join it (a merge) while each adds content the chosen ones did not cover. A target that no single source explains
but two or three together do is a merge too. One source sentence may feed several targets (a split). Targets whose
sources are the same set form one alignment group.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .score import ScoreMatrices
from .settings import DEFAULT_OPTIONS, CompareOptions

# How many best-scoring sources are considered for a merge.
_MERGE_CANDIDATES = 4


@dataclass
class TargetLink:
    """The sources one target sentence derives from, and how strongly."""

    target: int
    sources: list[int]
    score: float
    verbatim: bool


@dataclass
class AlignmentGroup:
    source: list[int]
    target: list[int]
    label: str
    score: float


def link_targets(m: ScoreMatrices, *, options: CompareOptions = DEFAULT_OPTIONS) -> list[TargetLink | None]:
    """For every target sentence, its sources (a `TargetLink`) or None when it derives from none."""
    n_t, n_s = m.derivation.shape
    links: list[TargetLink | None] = []
    for t in range(n_t):
        if n_s == 0:
            links.append(None)
            continue
        row = m.derivation[t]
        exact = np.flatnonzero(m.verbatim[t])
        if exact.size:
            links.append(TargetLink(t, [int(exact[0])], 1.0, True))
            continue
        order = np.argsort(-row, kind="stable")[:_MERGE_CANDIDATES]
        links.append(_link_one(t, order, m, options))
    return links


def _link_one(t: int, order: np.ndarray, m: ScoreMatrices, options: CompareOptions) -> TargetLink | None:
    weights = m.target_weights[t]
    total = float(weights.sum())
    best = int(order[0])
    chosen: list[int] = []
    covered = np.zeros_like(weights, dtype=bool)
    if m.derivation[t, best] >= options.derived_threshold:
        chosen.append(best)
        covered |= m.source_incidence[best] > 0
    for s in order[1:] if chosen else order:
        s = int(s)
        if m.derivation[t, s] < options.merge_threshold or total == 0:
            break
        new = (m.source_incidence[s] > 0) & ~covered
        gain = float(weights[new].sum()) / total
        if gain >= options.merge_min_gain:
            chosen.append(s)
            covered |= m.source_incidence[s] > 0
    if not chosen:
        return None
    coverage = float(weights[covered].sum()) / total if total else 0.0
    if m.derivation[t, chosen[0]] < options.derived_threshold and (len(chosen) < 2 or coverage < 0.6):
        # No single source explains the target: accept a merge only if together they cover most of it.
        return None
    shared = int((m.target_incidence[t] * covered).sum())
    if shared < options.min_shared_words:
        return None
    score = float(max(m.derivation[t, chosen[0]], min(coverage, 0.99)))
    return TargetLink(t, chosen, score, False)


def group_alignments(links: list[TargetLink | None]) -> list[AlignmentGroup]:
    """Alignment groups: targets sharing the same set of sources are one group (a split), in target order."""
    groups: dict[tuple[int, ...], AlignmentGroup] = {}
    for link in links:
        if link is None:
            continue
        key = tuple(sorted(link.sources))
        label = "verbatim" if link.verbatim else "paraphrased"
        if key in groups and not link.verbatim and groups[key].label != "verbatim":
            group = groups[key]
            group.target.append(link.target)
            group.score = max(group.score, link.score)
        else:
            if key in groups:  # a second verbatim copy of the same source sentence: a row of its own
                key = key + (-link.target - 1,)
            groups[key] = AlignmentGroup(sorted(link.sources), [link.target], label, link.score)
    return sorted(groups.values(), key=lambda g: (min(g.target), g.source))
