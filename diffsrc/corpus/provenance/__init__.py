"""Provenance: which document derives from which, decided per pair (direction) and per sentence (direct sources).

Input is what a corpus run measured: a `DocumentEvidence` per document, the near-duplicate groups, and a
`PairResult` for each compared ordered pair. Output is a `Provenance`: the `diffsrc.graph/1` graph and one
provenance row per sentence of every document.

Everything is decided from the texts' own evidence; file names (ids) only order the output. Renaming the inputs
gives the same graph with the new names.

One module per step, run in this order by `build_provenance`:

- `evidence`: what provenance knows of one document (`DocumentEvidence`: its card, sentences, the agency's marks)
  and of one compared pair (`PairResult`, `SentenceLink`), and how a near-duplicate group's representative is
  chosen (`representative_key`);
- `direction`: which of two documents came first (`infer_direction`, `fused_sources`) and the order the directed
  pairs put the corpus in (`upstream_order`);
- `sources`: each sentence's direct source among the documents it may derive from, and what a near-identical copy
  inherits from its group's representative;
- `rows`: the per-sentence rows of `provenance.csv`;
- `graph`: the `diffsrc.graph/1` graph's nodes and edges, and `to_networkx`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from ...settings import DEFAULT_OPTIONS, CompareOptions
from .direction import DirectedOrder, fused_sources, infer_direction, pair_directions, upstream_order
from .evidence import (
    Direction,
    DocumentEvidence,
    PairResult,
    SentenceLink,
    agency_marks,
    document_evidence,
    few_ids,
    pair_key,
    representative_key,
)
from .graph import GRAPH_SCHEMA, provenance_graph, to_networkx
from .rows import SentenceRows
from .sources import (
    SourceChooser,
    attribute_representatives,
    carry_to_copies,
    copies_not_after,
    inherit_copies,
    sentence_candidates,
)


@dataclass
class Provenance:
    graph: dict[str, Any]
    directions: dict[tuple[str, str], Direction]
    # The per-sentence rows, made as they are read (one per sentence of the corpus: millions at 100k documents).
    iter_rows: Callable[[], Iterator[dict[str, Any]]]
    # Near-identical copies' comparisons with their representative's direct sources, carried from the
    # representative's (`carry_to_copies`): rows of summary.csv beside the compared pairs.
    carried: dict[tuple[str, str], PairResult] = field(default_factory=dict)

    @property
    def rows(self) -> list[dict[str, Any]]:
        """One row per sentence of every document (`provenance.csv`), in graph order."""
        return list(self.iter_rows())

    def __reduce__(self) -> tuple[Any, ...]:
        # Pickled (a result saved, or sent to another process) with its rows made: they are made as they are read
        # from the run's own state, which stays behind.
        return (Provenance, (self.graph, self.directions, partial(iter, self.rows), self.carried))


def build_provenance(
    docs: list[DocumentEvidence],
    groups: list[list[str]],
    pairs: dict[tuple[str, str], PairResult],
    *,
    options: CompareOptions = DEFAULT_OPTIONS,
) -> Provenance:
    """The provenance graph (`diffsrc.graph/1`) and per-sentence rows of a compared corpus.

    The steps, each below: every related pair's direction (`pair_directions`); each sentence's candidate sources
    from the in-depth comparisons (`sentence_candidates`); each representative's direct sources, chosen among them
    (`SourceChooser`, `attribute_representatives`); what each near-identical copy inherits from its
    representative (`inherit_copies`); then the edges and the rows (`provenance_graph`, `SentenceRows`).

    Args:
        docs: every document, in any order.
        groups: near-duplicate groups of ids, the representative first (groups of one included or not).
        pairs: comparisons keyed by (source id, target id). Representatives are compared in depth both ways;
            a copy is compared (sentence by sentence, exactly or by the verbatim rule) with its representative
            only, flagged `near_duplicate`.
        options: the comparison's options: a text taking at least `direct_source_min_share` of its characters from a
            document has it as a direct source (a single link of `STRONG_LINK` or verbatim suffices too), and an
            edge inherited by a near-duplicate copy gets its verdict as a pair's would.
    """
    by_id = {d.id: d for d in docs}
    rep_of = {m: g[0] for g in groups for m in g}
    directions, fusion = pair_directions(by_id, groups, pairs)
    order = DirectedOrder(directions)
    tied_copies = copies_not_after(pairs, directions)
    # Why an edge's direct source is undetermined: the copies holding the same text, by edge.
    group_ties: dict[tuple[str, str], set[str]] = {}
    candidates = sentence_candidates(docs, pairs, order, tied_copies, group_ties)
    chooser = SourceChooser(candidates, order)
    attributions = attribute_representatives(docs, rep_of, pairs, chooser, options)
    # Each copy's own comparison with its representative's direct sources, carried, and the direction its own
    # evidence gives that pair (what the copy inherits from those sources follows it).
    carried = carry_to_copies(by_id, pairs, attributions, directions, options)
    for (src, copy), result in carried.items():
        key = pair_key(src, copy)
        if key not in directions:
            ab, ba = (result, None) if key[0] == src else (None, result)
            directions[key] = infer_direction(by_id[key[0]], by_id[key[1]], ab, ba, fusion=fusion)
    pairs = {**pairs, **carried}
    inherited = inherit_copies(by_id, pairs, directions, fusion, tied_copies, attributions, group_ties, options)
    for doc in docs:
        attributions.setdefault(doc.id, {})
    notes: dict[tuple[str, str], list[str]] = {}
    for (src, tgt), copies in group_ties.items():
        notes.setdefault((src, tgt), []).append(
            f"direct source undetermined: the text {tgt} shares with {src} is also in {len(copies)} near-identical "
            f"cop{'y' if len(copies) == 1 else 'ies'} of it ({few_ids(copies)}) that the evidence does not put after "
            "it")
    for (src, copy), result in carried.items():
        notes.setdefault((src, copy), []).append(
            f"carried: {copy} is a near-identical copy of {result.carried_from}, whose comparison with {src} this "
            f"edge's counts come from, read through {copy}'s sentences (not compared in depth)")
    # Sources before what derives from them, copies' inherited edges included.
    directed = [*order.directed, *((d.source, d.target) for (source, _), d in inherited.items()
                                   if d.direction != "undetermined" and d.source == source)]
    rank = upstream_order(by_id, directed, {d.id: d.date for d in docs})  # output order only
    in_order = sorted(docs, key=lambda d: (rank[d.id], d.id))
    graph = provenance_graph(in_order, groups, rep_of, rank, attributions, pairs, directions, inherited, notes, options)
    rows = SentenceRows(in_order, rep_of, pairs, candidates, attributions)
    return Provenance(graph=graph, directions=directions, iter_rows=rows.iter_rows, carried=carried)


__all__ = ["GRAPH_SCHEMA", "Direction", "DocumentEvidence", "PairResult", "Provenance", "SentenceLink",
           "agency_marks", "build_provenance", "document_evidence", "fused_sources", "infer_direction",
           "representative_key", "to_networkx", "upstream_order"]
