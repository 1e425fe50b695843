"""Many-to-many, order-free alignment of target sentences to the source sentences they derive from.

Rewrites reorder, split and merge, so nothing here assumes the two texts run in the same order. Each target
sentence takes its best-scoring source sentence if that reaches the derivation threshold; further source sentences
join it (a merge) while each adds content the chosen ones did not cover. A target that no single source explains
but two or three together do is a merge too. One source sentence may feed several targets (a split). Targets whose
sources are the same set form one alignment group. Order is used once, as evidence and not as a constraint: an
unexplained sentence between two linked ones is matched to the unexplained source sentence between theirs at a
lower score (a rewrite inside a copied passage).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from ..settings import DEFAULT_OPTIONS, CompareOptions
from .score import ScoreMatrices

# How many best-scoring sources are considered for a merge.
_MERGE_CANDIDATES = 4


@dataclass
class TargetLink:
    """The sources one target sentence derives from, how strongly, and which of them it copies verbatim."""

    target: int
    sources: list[int]
    score: float
    verbatim_sources: list[int] = field(default_factory=list)
    # Found by its place between two linked pairs at a score below the derivation threshold (_links_in_context).
    by_context: bool = False

    @property
    def verbatim(self) -> bool:
        return bool(self.verbatim_sources)

    def add(self, source: int, score: float, verbatim: bool) -> None:
        if source not in self.sources:
            self.sources.append(source)
        if verbatim and source not in self.verbatim_sources:
            self.verbatim_sources.append(source)
        self.score = max(self.score, score)


@dataclass
class AlignmentGroup:
    source: list[int]
    target: list[int]
    label: str
    score: float


def link_targets(m: ScoreMatrices, *, options: CompareOptions = DEFAULT_OPTIONS) -> list[TargetLink | None]:
    """For every target sentence, its sources (a `TargetLink`) or None when it derives from none.

    Links are looked for in both directions and joined: a target sentence may merge several source sentences,
    and a source sentence may be split over several targets (a merge seen from the other side). Doing both makes
    the result symmetric: swapping source and target swaps added and omitted, nothing else.
    """
    links = _link_one_way(m, options)
    for b in _link_one_way(m.transpose(), options):
        if b is None:
            continue
        for t in b.sources:  # seen from the source side, b.target is a source sentence and b.sources are targets
            verbatim = b.target in b.verbatim_sources or t in b.verbatim_sources
            if links[t] is None:
                links[t] = TargetLink(t, [], 0.0)
            links[t].add(b.target, b.score, verbatim)  # type: ignore[union-attr]
    for t, s in _links_in_context(links, m, options):
        links[t] = TargetLink(t, [s], float(m.derivation[t, s]), by_context=True)
    return links


def _links_in_context(links: list[TargetLink | None], m: ScoreMatrices,
                      options: CompareOptions) -> list[tuple[int, int]]:
    """Unlinked sentence pairs that sit between two linked pairs, in order, and score at least the context threshold.

    A copied article keeps its source's order: when target sentences i-1 and i+1 derive from source sentences j-1
    and j+1, and neither i nor j is explained by anything else, i is most likely a heavy rewrite of j (a rewritten
    headline above a copied lede, a reworded sentence in a trimmed copy). Such a pair needs far less lexical
    evidence than a pair found on its own. The start or the end of both documents may stand in for one of the two
    neighbours (a rewritten headline above a copied lede), never for both. The decision is taken on the links found
    without context (no chains), so the rule stays symmetric.
    """
    n_t, n_s = m.derivation.shape
    linked = {(t, s) for t, link in enumerate(links) if link is not None for s in link.sources}
    used_sources = {s for _, s in linked}

    def edge(t: int, s: int) -> bool:  # both before the start, or both past the end
        return (t < 0 and s < 0) or (t >= n_t and s >= n_s)

    found = []
    for t in (t for t, link in enumerate(links) if link is None):
        for s in np.flatnonzero(m.derivation[t] >= options.context_threshold):
            s = int(s)
            before, after = (t - 1, s - 1) in linked, (t + 1, s + 1) in linked
            # Both sides linked, or one linked and the other the documents' edge; never the edges alone.
            if ((before or edge(t - 1, s - 1)) and (after or edge(t + 1, s + 1)) and (before or after)
                    and s not in used_sources and m.shared_words[t, s] >= options.min_shared_words):
                found.append((t, s))
    return found


def _link_one_way(m: ScoreMatrices, options: CompareOptions) -> list[TargetLink | None]:
    n_t, n_s = m.derivation.shape
    links: list[TargetLink | None] = []
    used_exact: set[int] = set()
    for t in range(n_t):
        if n_s == 0:
            links.append(None)
            continue
        exact = [int(s) for s in np.flatnonzero(m.verbatim[t])]
        if exact:
            # Repeated sentences: pair each copy with a copy not yet taken, so compare(a, a) keeps every one.
            s = next((s for s in exact if s not in used_exact), exact[0])
            used_exact.add(s)
            links.append(TargetLink(t, [s], 1.0, [s]))
            continue
        order = np.argsort(-m.derivation[t], kind="stable")[:_MERGE_CANDIDATES]
        links.append(_link_one(t, order, m, options))
    return links


def _link_one(t: int, order: np.ndarray, m: ScoreMatrices, options: CompareOptions) -> TargetLink | None:
    weights = m.target_incidence[t] * m.idf  # one row; `m.target_weights[t]` would build the whole matrix
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
    return TargetLink(t, chosen, float(max(m.derivation[t, s] for s in chosen)))


def group_alignments(links: list[TargetLink | None]) -> list[AlignmentGroup]:
    """Alignment groups in target order: each verbatim pair is a group; the other sources of a target form a
    paraphrased group, and targets drawing on the same set of sources share it (a split)."""
    groups: list[AlignmentGroup] = []
    paraphrased: dict[tuple[int, ...], AlignmentGroup] = {}
    for link in links:
        if link is None:
            continue
        for s in sorted(link.verbatim_sources):
            groups.append(AlignmentGroup([s], [link.target], "verbatim", 1.0))
        rest = tuple(sorted(set(link.sources) - set(link.verbatim_sources)))
        if not rest:
            continue
        if rest in paraphrased:
            paraphrased[rest].target.append(link.target)
            paraphrased[rest].score = max(paraphrased[rest].score, link.score)
        else:
            paraphrased[rest] = AlignmentGroup(list(rest), [link.target], "paraphrased", link.score)
            groups.append(paraphrased[rest])
    return sorted(groups, key=lambda g: (min(g.target), g.label != "verbatim", g.source))
