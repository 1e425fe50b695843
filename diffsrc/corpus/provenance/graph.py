"""The `diffsrc.graph/1` graph of a corpus: one node per document, one edge per direct source (with its direction,
evidence, verdict and shares), the near-duplicate groups; and the same graph as a networkx graph.
"""

from __future__ import annotations

from typing import Any

from ...errors import InputError
from ...settings import CompareOptions
from .evidence import Direction, DocumentEvidence, PairResult, few_ids, pair_key
from .sources import Attribution, explains

GRAPH_SCHEMA = "diffsrc.graph/1"


def provenance_graph(in_order: list[DocumentEvidence], groups: list[list[str]], rep_of: dict[str, str],
                     rank: dict[str, int], attributions: dict[str, dict[int, Attribution]],
                     pairs: dict[tuple[str, str], PairResult], directions: dict[tuple[str, str], Direction],
                     inherited: dict[tuple[str, str], Direction], notes: dict[tuple[str, str], list[str]],
                     options: CompareOptions) -> dict[str, Any]:
    """The `diffsrc.graph/1` dict: a node per document (upstream first), an edge per direct source (`_edge`)."""
    proposed: dict[tuple[str, str], dict[str, Any]] = {}
    for doc in in_order:
        atts = attributions[doc.id]
        grouped: dict[str, list[int]] = {}
        ties: dict[str, set[str]] = {}
        for i, att in atts.items():
            for src in att.sources:
                grouped.setdefault(src, []).append(i)
                if att.tied:
                    ties.setdefault(src, set()).update(s for s in att.sources if s != src)
        for src, idx in sorted(grouped.items()):
            if src in ties:
                notes.setdefault((src, doc.id), []).append(
                    f"direct source undetermined: {few_ids(ties[src])} hold{'s' if len(ties[src]) == 1 else ''} the "
                    f"same text as {src}, and the evidence puts neither first")
            rel = directions.get(pair_key(src, doc.id)) or inherited.get((src, doc.id))
            proposed[(src, doc.id)] = _edge(src, doc, idx, atts, pairs.get((src, doc.id)), rel,
                                            notes.get((src, doc.id), []), options)
    # A pair whose direction is undetermined both ways is one edge, not two: the one whose target took the larger
    # share of its text from the other, then by the texts' hashes (never by file name).
    by_id = {d.id: d for d in in_order}
    edges: dict[tuple[str, str], dict[str, Any]] = {}
    for (s, t), e in proposed.items():
        back = proposed.get((t, s))
        if back is not None and not e["directed"] and not back["directed"] and \
                (-e["direct_share"], by_id[s].content_key, s) > (-back["direct_share"], by_id[t].content_key, t):
            continue
        edges[(s, t)] = e
    members = {g[0]: len(g) for g in groups}
    nodes = []
    for doc in in_order:
        node = doc.graph_node()
        rep = rep_of.get(doc.id, doc.id)
        size = members.get(rep, 1)
        node["group"] = rep if size > 1 else None
        node["group_size"] = size
        nodes.append(node)
    edge_list = sorted(edges.values(), key=lambda e: (rank[e["source"]], rank[e["target"]], e["source"], e["target"]))
    return {"schema": GRAPH_SCHEMA, "nodes": nodes, "edges": edge_list}


def _edge(src: str, doc: DocumentEvidence, idx: list[int], atts: dict[int, Attribution], result: PairResult | None,
          rel: Direction | None, notes: list[str], options: CompareOptions) -> dict[str, Any]:
    decided = [i for i in idx if atts[i].direction != "undetermined"]
    direction = atts[decided[0]].direction if decided and explains(doc, decided, atts, options) else "undetermined"
    # A copy's edge from its representative's source, carried (`carry_to_copies`), joins two texts that are no
    # near-identical copies of each other.
    near_duplicate = result.near_duplicate if result is not None else any(atts[i].near_duplicate for i in idx)
    if result is not None:
        s = result.summary
        verdict, share, verbatim, paraphrased = s.verdict, s.target_derived_share, s.verbatim, s.paraphrased
        report = result.report
    else:
        # A copy's edge to its representative's source: no in-depth comparison was made for it.
        from ...pair.classify import share_verdict

        share = doc.share_of(idx)
        verbatim = sum(1 for i in idx if atts[i].label == "verbatim")
        paraphrased = len(idx) - verbatim
        verdict = share_verdict(share, len(idx), options=options)
        report = None
    # Every piece of evidence is recorded, also on an edge it did not direct (votes that cancel, or a direction
    # whose direct source is in doubt).
    evidence = [*(rel.evidence if rel is not None else []), *notes]
    return {
        "source": src, "target": doc.id,
        "verdict": verdict, "target_derived_share": share, "verbatim": verbatim, "paraphrased": paraphrased,
        "direction": direction, "directed": direction != "undetermined", "near_duplicate": near_duplicate,
        "report": report, "direct_sentences": len(idx), "direct_share": doc.share_of(idx),
        "evidence": evidence,
    }


def to_networkx(graph: dict[str, Any]) -> Any:
    """The `diffsrc.graph/1` dict as a `networkx.DiGraph` (needs the `graph` extra: pip install 'diffsrc[graph]').

    Raises:
        InputError: networkx is not installed.
    """
    try:
        import networkx as nx
    except ImportError:
        raise InputError("networkx is not installed (pip install 'diffsrc[graph]')") from None
    g = nx.DiGraph(schema=graph["schema"])
    for node in graph["nodes"]:
        g.add_node(node["id"], **{k: v for k, v in node.items() if k != "id"})
    for edge in graph["edges"]:
        g.add_edge(edge["source"], edge["target"], **{k: v for k, v in edge.items() if k not in ("source", "target")})
    return g
