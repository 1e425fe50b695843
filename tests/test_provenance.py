"""Direction and direct sources: who took from whom, decided per pair and per sentence."""

from __future__ import annotations

from diffsrc.corpus.provenance import DocumentEvidence, infer_direction, upstream_order
from diffsrc.corpus.run import run_corpus
from diffsrc.document import Document
from diffsrc.pair.model import DocumentInfo

from .corpus_fixtures import page, seed_sentences

WIRE = list(seed_sentences("004"))
OTHER = list(seed_sentences("003"))


def _info(id: str, **kw) -> DocumentEvidence:
    card = DocumentInfo(id=id, path=None, title=None, outlet=kw.pop("outlet", None), credit=kw.pop("credit", None),
                        date=kw.pop("date", None), n_sentences=len(kw.get("sentences", [])), url=kw.pop("url", None))
    return DocumentEvidence(card, **kw)


def _edges(result) -> dict[tuple[str, str], dict]:
    return {(e["source"], e["target"]): e for e in result.graph["edges"]}


def test_dates_decide_direction():
    d = infer_direction(_info("b", date="2025-10-23"), _info("a", date="2025-10-22"), None, None)
    assert (d.source, d.target, d.direction) == ("a", "b", "dated")


def test_equal_dates_and_no_other_evidence_leave_direction_undetermined():
    d = infer_direction(_info("a", date="2025-10-22"), _info("b", date="2025-10-22"), None, None)
    assert d.direction == "undetermined"


def test_a_credit_naming_the_other_outlet_gives_the_direction():
    agency_page = _info("wire", outlet="apnews.com", credit="AP")
    reprint = _info("paper", outlet="dailyherald.com", credit="AP", agencies_named=frozenset({"AP"}))
    d = infer_direction(reprint, agency_page, None, None)
    assert (d.source, d.target, d.direction) == ("wire", "paper", "inferred")
    assert any("credit" in e for e in d.evidence)


def test_a_wire_copy_is_upstream_of_an_uncredited_text():
    d = infer_direction(_info("rewrite"), _info("wire", credit="AP"), None, None)
    assert (d.source, d.target, d.direction) == ("wire", "rewrite", "inferred")


def test_two_wire_copies_without_dates_are_undetermined():
    d = infer_direction(_info("x", credit="AP", outlet="a.com"), _info("y", credit="AP", outlet="b.com"), None, None)
    assert d.direction == "undetermined"


def test_upstream_order_survives_cycles():
    rank = upstream_order(["a", "b", "c"], [("a", "b"), ("b", "a"), ("b", "c")], {})
    assert sorted(rank, key=rank.get) == ["a", "b", "c"]


def test_direct_sources_only_siblings_are_not_parent_and_child():
    # B and C both take from A (the wire) and so share A's sentences 4-7: the graph shows A->B and A->C, not B-C.
    a = Document.from_text(page(WIRE[:14], credit="AP"), id="a.txt")
    b = Document.from_text(page(WIRE[:8] + OTHER[:6]), id="b.txt")
    c = Document.from_text(page(WIRE[4:12] + OTHER[10:16]), id="c.txt")
    result = run_corpus([c, b, a])
    edges = _edges(result)
    assert set(edges) == {("a.txt", "b.txt"), ("a.txt", "c.txt")}
    assert all(e["direction"] == "inferred" and not e["near_duplicate"] for e in edges.values())
    rows = [r for r in result.lineage.rows if r["document"] == "c.txt"]
    assert {r["source"] for r in rows} == {"a.txt", None}
    assert [r["source_sentence"] for r in rows if r["source"]] == list(range(4, 12))


def test_a_text_taken_from_a_derivative_points_at_the_derivative():
    # C takes B's own sentences (not in A): B is C's direct source, and C's origin for them is B.
    a = Document.from_text(page(WIRE[:10], credit="AP"), id="a.txt", date="2025-10-20")
    b = Document.from_text(page(WIRE[:6] + OTHER[:8]), id="b.txt", date="2025-10-21")
    c = Document.from_text(page(OTHER[:8] + OTHER[20:26]), id="c.txt", date="2025-10-22")
    edges = _edges(run_corpus([a, b, c]))
    assert set(edges) == {("a.txt", "b.txt"), ("b.txt", "c.txt")}
    assert edges[("b.txt", "c.txt")]["direction"] == "dated"


def test_reprints_of_a_wire_story_not_in_the_corpus_are_siblings():
    texts = {f"{name}.txt": page(WIRE[:14], credit="AP", title=f"{name.title()} edition") for name in ("x", "y", "z")}
    result = run_corpus([Document.from_text(t, id=i, outlet=f"{i[0]}news.com") for i, t in texts.items()])
    assert result.groups == [["x.txt", "y.txt", "z.txt"]]
    edges = _edges(result)
    assert set(edges) == {("x.txt", "y.txt"), ("x.txt", "z.txt")}
    assert all(e["near_duplicate"] and e["direction"] == "undetermined" and e["report"] is None
               for e in edges.values())
    assert [n["group_size"] for n in result.graph["nodes"]] == [3, 3, 3]


def test_copies_of_a_dated_wire_story_point_at_it_as_near_duplicates():
    docs = [Document.from_text(page(WIRE[:14], credit="AP"), id="wire.txt", outlet="apnews.com", date="2025-10-22")]
    docs += [Document.from_text(page(WIRE[:14], credit="AP", title=f"Copy {k}"), id=f"copy{k}.txt",
                                outlet=f"paper{k}.com") for k in range(4)]
    docs.append(Document.from_text(page(WIRE[:5] + OTHER[:9]), id="rewrite.txt"))
    result = run_corpus(docs)
    edges = _edges(result)
    assert set(edges) == {("wire.txt", f"copy{k}.txt") for k in range(4)} | {("wire.txt", "rewrite.txt")}
    assert all(edges[("wire.txt", f"copy{k}.txt")]["near_duplicate"] for k in range(4))
    assert all(e["direction"] == "inferred" for e in edges.values())
    assert result.candidate_pairs == 1  # the copies were not aligned against each other or the rewrite


def test_to_networkx_gives_a_digraph_with_the_attributes():
    import pytest

    pytest.importorskip("networkx")
    from diffsrc.corpus.provenance import to_networkx

    a = Document.from_text(page(WIRE[:14], credit="AP"), id="a.txt")
    b = Document.from_text(page(WIRE[:8] + OTHER[:6]), id="b.txt")
    g = to_networkx(run_corpus([a, b]).graph)
    assert list(g.edges) == [("a.txt", "b.txt")]
    assert g.edges["a.txt", "b.txt"]["direction"] == "inferred"
    assert g.nodes["a.txt"]["credit"] == "AP"
