"""Provenance: which document derives from which, decided per pair (direction) and per sentence (direct sources).

Input is what a corpus run measured: a `DocumentEvidence` per document, the near-duplicate groups, and a
`PairResult` for each compared ordered pair. Output is a `Provenance`: the `diffsrc.graph/1` graph and one
provenance row per sentence of every document.

Direction of a pair (`infer_direction`), strongest evidence first:

- `dated`: both documents carry a date (metadata, sidecar, manifest, an "Updated on" line) and the dates differ:
  the earlier one is the source.
- `inferred`: the text says so. Votes for "X is the source of Y":
  - Y's credit, dateline or text names X's outlet (or the agency X is the outlet of): +2;
  - X is a wire copy (credited to an agency, an agency dateline, a syndication notice) and Y carries no agency
    credit of its own: an agency does not copy a newspaper's text, so the wire copy is upstream: +1;
  - containment: Y is X cut from the end (all of Y verbatim in X, X's first sentences, the inverted-pyramid
    trim of a reprint): +1. Containment alone is otherwise ambiguous (a summary and the story it summarises look
    like an expansion the other way round), so it does not vote on its own beyond this.
  Votes against (the same evidence the other way) subtract; a positive total is a direction.
- `undetermined`: no evidence, or evidence that cancels. The edge is drawn without claiming a direction.

Direct sources (`build_provenance`): each sentence of a document takes, among the documents it could derive from
(pairs directed towards it, or undetermined), those whose link score is within `SCORE_MARGIN` of the best, then
prefers a directed relation, then the most upstream document (topological order of the directed relations,
dates, ids). So when B and C both derive from A, C's sentences that are in A and B go to A: the graph shows A→B
and A→C, not B→C. A document's direct sources are the documents its sentences went to, when they explain enough
of it (the pair verdict's `CompareOptions.partial_min_share`) or include a strong link (a quote reused nearly
word for word, `STRONG_LINK`).
Copies in a near-duplicate group inherit the sentence sources of the group's representative; a sentence the
representative holds from nowhere upstream makes the copies siblings of it (an undetermined, near-duplicate edge),
which is what two reprints of a wire story that is not in the corpus are.
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..errors import InputError
from ..pair.compare import document_info
from ..pair.model import DocumentInfo, PairSummary
from ..settings import DEFAULT_OPTIONS, CompareOptions
from ..text.lexicon import AGENCIES, AGENCY_PATTERN, canonical_agency

if TYPE_CHECKING:
    from ..text.prepare import PreparedDocument

GRAPH_SCHEMA = "diffsrc.graph/1"

# A sentence's candidate sources are those whose link score is within this of its best one: a sentence copied
# from A by both B and C scores about the same against all three, and then the upstream one is its source.
SCORE_MARGIN = 0.15
# A link this strong (or verbatim) makes the pair an edge even when it is one sentence: a reused quote.
STRONG_LINK = 0.9
# ... provided the linked sentence is body text of at least this many words (a headline sharing a phrase is not).
STRONG_MIN_WORDS = 8
# Trimmed reprint: at least this share of the shorter text verbatim in the longer one.
TRIM_VERBATIM_SHARE = 0.95

_SYNDICATION = re.compile(
    r"syndicated feed|has not been edited by|have not been edited by|auto-generated from|distributed by|"
    r"provided by (?:the )?(?:" + AGENCY_PATTERN + r")",
    re.I,
)
_AGENCY_MENTION = re.compile(r"\b(?:" + AGENCY_PATTERN + r")\b")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+)?")


@dataclass
class DocumentEvidence:
    """What provenance needs to know of one document (built once per document by the corpus run): its metadata
    card (the same `DocumentInfo` pair reports show), its sentences, and the evidence of origin its text holds."""

    info: DocumentInfo
    sentences: list[str] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)
    # Agencies the text names (credit, dateline, "told The Associated Press"), canonical names.
    agencies_named: frozenset[str] = frozenset()
    # Lower-cased text and boilerplate, to look for another document's outlet name in it.
    search_text: str = ""
    syndication_notice: bool = False

    @property
    def id(self) -> str:
        return self.info.id

    @property
    def outlet(self) -> str | None:
        return self.info.outlet

    @property
    def credit(self) -> str | None:
        return self.info.credit

    @property
    def date(self) -> str | None:
        return self.info.date

    @property
    def url(self) -> str | None:
        return self.info.url

    @property
    def is_wire_copy(self) -> bool:
        return bool(self.credit and canonical_agency(self.credit) in AGENCIES) or self.syndication_notice

    @property
    def own_agency(self) -> str | None:
        """The agency this document is the outlet of ("AP" for an apnews.com page), if any."""
        for name in (self.outlet, self.url):
            if not name:
                continue
            key = re.sub(r"^(?:https?://)?(?:www\.)?", "", name.lower()).split("/")[0]
            for canon, aliases in AGENCIES.items():
                for alias in aliases:
                    a = alias.lower()
                    if key == a or key.startswith(a.replace(" ", "") + "news.") or key.startswith(a + "."):
                        return canon
        return None

    def graph_node(self) -> dict[str, Any]:
        return self.info.to_dict()


def document_evidence(doc: PreparedDocument) -> DocumentEvidence:
    """A `DocumentEvidence` from a prepared document."""
    sentences = doc.sentences
    boilerplate = list(doc.boilerplate)
    body = doc.body_text
    named = {canonical_agency(m.group(0)) for m in _AGENCY_MENTION.finditer(body)}
    if doc.credit:
        named.add(canonical_agency(doc.credit))
    named |= {canonical_agency(m.group(0)) for line in boilerplate for m in _AGENCY_MENTION.finditer(line)}
    return DocumentEvidence(
        info=document_info(doc, len(sentences)),
        sentences=[s.text for s in sentences], kinds=[s.kind for s in sentences],
        agencies_named=frozenset(named),
        search_text="\n".join([body, *boilerplate]).lower(),
        syndication_notice=any(_SYNDICATION.search(line) for line in boilerplate),
    )


@dataclass(slots=True)
class SentenceLink:
    """A target sentence derived from source sentences (one row of a pair report's target side)."""

    target: int
    sources: list[int]
    score: float
    label: str


@dataclass(slots=True)
class PairResult:
    """What provenance keeps of one ordered comparison (source -> target)."""

    source: str
    target: str
    summary: PairSummary
    links: list[SentenceLink]
    near_duplicate: bool = False
    report: str | None = None  # path of the pair report, relative to the output folder, when one was written

    @property
    def shares_text(self) -> bool:
        return bool(self.links)


@dataclass(slots=True)
class Direction:
    source: str
    target: str
    direction: str  # dated | inferred | undetermined
    evidence: list[str]


def _date_key(date: str | None) -> str | None:
    if date and (m := _DATE.match(date.strip())):
        return m.group(0).replace(" ", "T")
    return None


def _names_outlet(reader: DocumentEvidence, other: DocumentEvidence) -> str | None:
    """How `reader` names `other`'s outlet (its credit, dateline or text), if it does."""
    agency = other.own_agency
    if agency and agency in reader.agencies_named and reader.own_agency != agency:
        return agency
    outlet = (other.outlet or "").strip().lower()
    if len(outlet) >= 4 and outlet != (reader.outlet or "").strip().lower():
        stem = re.sub(r"^(?:https?://)?(?:www\.)?", "", outlet)
        if stem and stem in reader.search_text:
            return other.outlet
        bare = stem.split(".")[0]
        if len(bare) >= 5 and re.search(r"\b" + re.escape(bare) + r"\b", reader.search_text):
            return other.outlet
    return None


def _trimmed_from(longer: DocumentEvidence, shorter_links: list[SentenceLink], shorter: DocumentEvidence) -> bool:
    """The shorter text is the longer one cut from the end: all verbatim, its sources the longer one's first."""
    if not shorter.sentences or len(shorter.sentences) >= len(longer.sentences):
        return False
    verbatim = [link for link in shorter_links if link.label == "verbatim"]
    total = sum(len(s) for s in shorter.sentences) or 1
    covered = sum(len(shorter.sentences[link.target]) for link in verbatim)
    if covered / total < TRIM_VERBATIM_SHARE:
        return False
    used = {s for link in verbatim for s in link.sources}
    return bool(used) and max(used) < len(used) + max(1, len(used) // 10)


def infer_direction(a: DocumentEvidence, b: DocumentEvidence, ab: PairResult | None,
                    ba: PairResult | None) -> Direction:
    """Which of `a` and `b` is the source, and on what evidence (see the module docstring).

    Args:
        a, b: the two documents.
        ab: the comparison with `a` as source (its links are `b`'s sentences), if made.
        ba: the comparison with `b` as source, if made.
    """
    da, db = _date_key(a.date), _date_key(b.date)
    if da and db and da[:len(db)] != db[:len(da)]:
        first, second = (a, b) if da < db else (b, a)
        return Direction(first.id, second.id, "dated", [f"date: {first.date} before {second.date}"])
    votes = 0
    evidence: list[str] = []
    for x, y, sign in ((a, b, 1), (b, a, -1)):
        if name := _names_outlet(y, x):
            votes += 2 * sign
            evidence.append(f"credit: {y.id} names {name}, the outlet of {x.id}")
        if x.is_wire_copy and not y.is_wire_copy and not y.own_agency:
            votes += sign
            what = f"credited to {x.credit}" if x.credit else "carries a syndication notice"
            evidence.append(f"wire copy: {x.id} is {what}, {y.id} carries no agency credit")
    if ab is not None and _trimmed_from(a, ab.links, b):
        votes += 1
        evidence.append(f"containment: {b.id} is {a.id} trimmed from the end")
    if ba is not None and _trimmed_from(b, ba.links, a):
        votes -= 1
        evidence.append(f"containment: {a.id} is {b.id} trimmed from the end")
    if votes > 0:
        return Direction(a.id, b.id, "inferred", evidence)
    if votes < 0:
        return Direction(b.id, a.id, "inferred", evidence)
    return Direction(a.id, b.id, "undetermined", evidence)


def upstream_order(
    ids: Iterable[str], directed: Iterable[tuple[str, str]], dates: dict[str, str | None],
) -> dict[str, int]:
    """A rank per document: sources before what derives from them (Kahn's order; ties by date, then id).

    Cycles (contradictory inferences) are broken by date and id rather than failing.
    """
    ids = sorted(set(ids))
    children: dict[str, list[str]] = {i: [] for i in ids}
    indegree = {i: 0 for i in ids}
    for s, t in sorted(set(directed)):
        children[s].append(t)
        indegree[t] += 1

    def key(i: str) -> tuple[str, str]:
        return (_date_key(dates.get(i)) or "~", i)

    heap = [key(i) for i in ids if indegree[i] == 0]
    heapq.heapify(heap)
    rank: dict[str, int] = {}
    remaining = set(ids)
    while remaining:
        if not heap:  # a cycle: release its earliest member
            heapq.heappush(heap, min(key(i) for i in remaining))
        _, node = heapq.heappop(heap)
        if node in rank:
            continue
        rank[node] = len(rank)
        remaining.discard(node)
        for child in children[node]:
            indegree[child] -= 1
            if indegree[child] == 0 and child in remaining:
                heapq.heappush(heap, key(child))
    return rank


@dataclass(slots=True)
class Attribution:
    """The direct source of one sentence."""

    source: str
    sentence: int
    score: float
    label: str
    direction: str
    near_duplicate: bool


@dataclass
class Provenance:
    graph: dict[str, Any]
    directions: dict[tuple[str, str], Direction]
    # The per-sentence rows, made as they are read (one per sentence of the corpus: millions at 100k documents).
    iter_rows: Callable[[], Iterator[dict[str, Any]]]

    @property
    def rows(self) -> list[dict[str, Any]]:
        """One row per sentence of every document (`provenance.csv`), in graph order."""
        return list(self.iter_rows())


def _share(doc: DocumentEvidence, indices: Iterable[int]) -> float:
    total = sum(len(s) for s in doc.sentences)
    return round(sum(len(doc.sentences[i]) for i in indices) / total, 4) if total else 0.0


def _strong(doc: DocumentEvidence, index: int, att: Attribution) -> bool:
    """A link that alone shows reuse: verbatim or near-verbatim body text of some length (a quote)."""
    kind = doc.kinds[index] if index < len(doc.kinds) else "body"
    return (att.score >= STRONG_LINK or att.label == "verbatim") and kind == "body" \
        and len(doc.sentences[index].split()) >= STRONG_MIN_WORDS


def build_provenance(
    docs: list[DocumentEvidence],
    groups: list[list[str]],
    pairs: dict[tuple[str, str], PairResult],
    *,
    options: CompareOptions = DEFAULT_OPTIONS,
) -> Provenance:
    """The provenance graph (`diffsrc.graph/1`) and per-sentence rows of a compared corpus.

    Args:
        docs: every document, in any order.
        groups: near-duplicate groups of ids, the representative first (groups of one included or not).
        pairs: comparisons keyed by (source id, target id). Representatives are compared in depth both ways;
            a copy is compared (by exact sentence match) with its representative only, flagged `near_duplicate`.
        options: the comparison's options: a text taking at least `partial_min_share` of its characters from a
            document has it as a direct source (a single link of `STRONG_LINK` or verbatim suffices too), and an
            edge inherited by a near-duplicate copy gets its verdict as a pair's would.
    """
    by_id = {d.id: d for d in docs}
    rep_of = {m: g[0] for g in groups for m in g}
    # Direction of every related pair (both orders looked at once).
    directions: dict[tuple[str, str], Direction] = {}
    for (s, t) in sorted(pairs):
        key = (min(s, t), max(s, t))
        if key in directions:
            continue
        ab, ba = pairs.get(key), pairs.get((key[1], key[0]))
        if not ((ab and ab.shares_text) or (ba and ba.shares_text)):
            continue
        directions[key] = infer_direction(by_id[key[0]], by_id[key[1]], ab, ba)
    directed = [(d.source, d.target) for d in directions.values() if d.direction != "undetermined"]
    rank = upstream_order(by_id, directed, {d.id: d.date for d in docs})

    def relation(src: str, tgt: str) -> Direction | None:
        d = directions.get((min(src, tgt), max(src, tgt)))
        if d is None:
            return None
        if d.direction == "undetermined" or (d.source, d.target) == (src, tgt):
            return d
        return None  # directed the other way: `src` cannot be a source of `tgt`

    # Sentence candidates of every document, from in-depth comparisons (representatives).
    candidates: dict[str, dict[int, list[Attribution]]] = {d.id: {} for d in docs}
    for (src, tgt), result in sorted(pairs.items()):
        if result.near_duplicate or not result.links:
            continue
        rel = relation(src, tgt)
        if rel is None:
            continue
        for link in result.links:
            candidates[tgt].setdefault(link.target, []).append(Attribution(
                src, min(link.sources), link.score, link.label, rel.direction, False))

    def choose(options: list[Attribution], allowed: set[str] | None) -> Attribution | None:
        pool = [o for o in options if allowed is None or o.source in allowed]
        if not pool:
            return None
        best = max(o.score for o in pool)
        pool = [o for o in pool if o.score >= best - SCORE_MARGIN]
        return min(pool, key=lambda o: (o.direction == "undetermined", rank[o.source], -o.score, o.source))

    def attribute(doc_id: str, allowed: set[str] | None) -> dict[int, Attribution]:
        return {i: a for i, opts in sorted(candidates[doc_id].items()) if (a := choose(opts, allowed))}

    # Pass 1: attribute every sentence; a document's direct sources are those that explain enough of it.
    # Pass 2: attribute again among the direct sources only, so no sentence points at a non-edge.
    attributions: dict[str, dict[int, Attribution]] = {}
    for doc in sorted(docs, key=lambda d: d.id):
        if rep_of.get(doc.id, doc.id) != doc.id:
            continue
        first = attribute(doc.id, None)
        by_source: dict[str, list[int]] = {}
        for i, att in first.items():
            by_source.setdefault(att.source, []).append(i)
        parents = {
            src for src, idx in by_source.items()
            if _share(doc, idx) >= options.partial_min_share or any(_strong(doc, i, first[i]) for i in idx)
        }
        attributions[doc.id] = attribute(doc.id, parents) if parents else {}

    # Copies inherit their representative's sources sentence by sentence; what the representative holds from
    # nowhere upstream, they hold from it (a sibling or a child, as the pair's direction says).
    for (rep, copy), result in sorted(pairs.items()):
        if not result.near_duplicate:
            continue
        rel = directions.get((min(rep, copy), max(rep, copy)))
        own: dict[int, Attribution] = {}
        rep_atts = attributions.get(rep, {})
        for link in result.links:
            first_source = min(link.sources)
            upstream = rep_atts.get(first_source)
            if upstream is not None and upstream.direction != "undetermined":
                own[link.target] = Attribution(upstream.source, upstream.sentence, min(upstream.score, link.score),
                                               upstream.label if link.label == "verbatim" else link.label,
                                               upstream.direction, True)
            else:
                direction = "undetermined" if rel is None else rel.direction
                if rel is not None and rel.direction != "undetermined" and rel.source != rep:
                    direction = "undetermined"  # the copy is the earlier one: no claim that it took from rep
                own[link.target] = Attribution(rep, first_source, link.score, link.label, direction, True)
        attributions[copy] = own
    for doc in docs:
        attributions.setdefault(doc.id, {})

    # Origins: follow directed attributions upstream to the earliest document.
    def origin(doc_id: str, index: int) -> tuple[str, int] | None:
        seen = {(doc_id, index)}
        current = attributions[doc_id].get(index)
        if current is None or current.direction == "undetermined":
            return None
        at = (current.source, current.sentence)
        while True:
            nxt = attributions.get(at[0], {}).get(at[1])
            if nxt is None or nxt.direction == "undetermined" or (nxt.source, nxt.sentence) in seen:
                return at
            seen.add(at)
            at = (nxt.source, nxt.sentence)

    edges: dict[tuple[str, str], dict[str, Any]] = {}
    in_order = sorted(docs, key=lambda d: (rank[d.id], d.id))
    for doc in in_order:
        atts = attributions[doc.id]
        grouped: dict[str, list[int]] = {}
        for i, att in atts.items():
            grouped.setdefault(att.source, []).append(i)
        for src, idx in sorted(grouped.items()):
            sample = atts[idx[0]]
            if sample.direction == "undetermined" and (doc.id, src) in edges:
                continue  # one undetermined edge per pair, drawn from the more upstream document
            edges[(src, doc.id)] = _edge(src, doc, idx, atts, sample, pairs, directions, options)

    def iter_rows() -> Iterator[dict[str, Any]]:
        for doc in in_order:
            atts = attributions[doc.id]
            for i, text in enumerate(doc.sentences):
                a = atts.get(i)
                org = origin(doc.id, i) if a else None
                yield {
                    "document": doc.id, "sentence": i, "kind": doc.kinds[i] if i < len(doc.kinds) else "body",
                    "label": a.label if a else "added", "source": a.source if a else None,
                    "source_sentence": a.sentence if a else None, "score": a.score if a else None,
                    "direction": a.direction if a else None, "near_duplicate": a.near_duplicate if a else None,
                    "origin": org[0] if org else None, "origin_sentence": org[1] if org else None, "text": text,
                }

    node_rank = {d.id: rank[d.id] for d in docs}
    group_of = {g[0]: g for g in groups}
    nodes = []
    for doc in sorted(docs, key=lambda d: (node_rank[d.id], d.id)):
        node = doc.graph_node()
        rep = rep_of.get(doc.id, doc.id)
        group = group_of.get(rep, [doc.id])
        node["group"] = rep if len(group) > 1 else None
        node["group_size"] = len(group)
        nodes.append(node)
    edge_list = sorted(edges.values(), key=lambda e: (node_rank[e["source"]], node_rank[e["target"]],
                                                       e["source"], e["target"]))
    graph = {"schema": GRAPH_SCHEMA, "nodes": nodes, "edges": edge_list}
    return Provenance(graph=graph, directions=directions, iter_rows=iter_rows)


def _edge(src: str, doc: DocumentEvidence, idx: list[int], atts: dict[int, Attribution], sample: Attribution,
          pairs: dict[tuple[str, str], PairResult], directions: dict[tuple[str, str], Direction],
          options: CompareOptions) -> dict[str, Any]:
    result = pairs.get((src, doc.id))
    rel = directions.get((min(src, doc.id), max(src, doc.id)))
    direction = sample.direction
    near_duplicate = any(atts[i].near_duplicate for i in idx)
    if result is not None:
        s = result.summary
        verdict, share, verbatim, paraphrased = s.verdict, s.target_derived_share, s.verbatim, s.paraphrased
        report = result.report
    else:
        # A copy's edge to its representative's source: no in-depth comparison was made for it.
        from ..pair.classify import verdict as pair_verdict

        share = _share(doc, idx)
        verbatim = sum(1 for i in idx if atts[i].label == "verbatim")
        paraphrased = len(idx) - verbatim
        verdict = pair_verdict(share, len(idx), options=options)
        report = None
    evidence = list(rel.evidence) if rel is not None and direction != "undetermined" else []
    if rel is None and near_duplicate and direction != "undetermined":
        evidence = ["inherited from the near-duplicate group's representative"]
    return {
        "source": src, "target": doc.id,
        "verdict": verdict, "target_derived_share": share, "verbatim": verbatim, "paraphrased": paraphrased,
        "direction": direction, "near_duplicate": near_duplicate, "report": report,
        "direct_sentences": len(idx), "direct_share": _share(doc, idx),
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


__all__ = ["GRAPH_SCHEMA", "Direction", "DocumentEvidence", "PairResult", "Provenance", "SentenceLink",
           "build_provenance", "document_evidence", "infer_direction", "to_networkx", "upstream_order"]
