"""Direction and direct sources: who took from whom, decided per pair and per sentence."""

from __future__ import annotations

import csv
import json
from typing import Any

import pytest

from diffsrc.corpus.output import write_corpus
from diffsrc.corpus.provenance import DocumentEvidence, infer_direction, upstream_order
from diffsrc.corpus.run import run_corpus
from diffsrc.document import Document
from diffsrc.pair.model import DocumentInfo
from diffsrc.text.prepare import prepare

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


def test_times_with_offsets_are_ordered_as_moments_not_as_clock_readings():
    # 06:00 in Tokyo on the 22nd is 21:00 UTC on the 21st, before 19:30 in New York on the 21st (23:30 UTC).
    tokyo = _info("ap-tokyo", date="2025-10-22T06:00:00+09:00")
    new_york = _info("ny-reprint", date="2025-10-21T19:30:00-04:00")
    for pair in ((tokyo, new_york), (new_york, tokyo)):
        d = infer_direction(*pair, None, None)
        assert (d.source, d.target, d.direction) == ("ap-tokyo", "ny-reprint", "dated")
        assert d.evidence == ["date: 2025-10-22T06:00:00+09:00 (2025-10-21 21:00 UTC) before "
                              "2025-10-21T19:30:00-04:00 (2025-10-21 23:30 UTC)"]


@pytest.mark.parametrize("unzoned", [
    "2025-10-22",  # the day of the Tokyo time, in a time zone nobody gave
    "2025-10-21",  # the day before: still within 14 hours of 21:00 UTC somewhere
    "2025-10-21T19:30",  # a clock time 13.5 hours after Tokyo's, in a time zone nobody gave
    "2025-10-22T09:00",  # 12 hours after 21:00 UTC, the gap UTC-12 gives
])
def test_a_date_without_an_offset_does_not_order_a_time_it_may_equal(unzoned):
    tokyo = _info("ap-tokyo", date="2025-10-22T06:00:00+09:00")
    d = infer_direction(_info("paper", date=unzoned), tokyo, None, None)
    assert d.direction == "undetermined"
    assert d.evidence == [f"date: {unzoned} and 2025-10-22T06:00:00+09:00 (2025-10-21 21:00 UTC) do not order them "
                          f"({unzoned} gives no time zone, and time zones are up to 14 hours from UTC)"]
    # The texts' own evidence still decides.
    d = infer_direction(_info("paper", date=unzoned), _info("wire", date="2025-10-22T06:00:00+09:00", credit="AP"),
                        None, None)
    assert (d.source, d.target, d.direction) == ("wire", "paper", "inferred")


def test_dates_far_enough_apart_are_ordered_whatever_the_time_zones():
    d = infer_direction(_info("paper", date="2025-10-23T12:00"), _info("ap", date="2025-10-22T06:00:00+09:00"),
                        None, None)
    assert (d.source, d.target, d.direction) == ("ap", "paper", "dated")


def test_an_unreadable_or_ambiguous_date_orders_nothing():
    for written in ("03/04/1999", "soon"):
        d = infer_direction(_info("a", date=written), _info("b", date="1999-01-01"), None, None)
        assert (d.direction, d.evidence) == ("undetermined", [])


def test_a_credit_naming_the_other_outlet_gives_the_direction():
    agency_page = _info("wire", outlet="apnews.com", credit="AP")
    reprint = _info("paper", outlet="dailyherald.com", credit="AP", agencies_named=frozenset({"AP"}))
    d = infer_direction(reprint, agency_page, None, None)
    assert (d.source, d.target, d.direction) == ("wire", "paper", "inferred")
    assert any("credit" in e for e in d.evidence)


def test_a_text_dated_before_the_outlet_it_credits_leaves_the_direction_undetermined():
    # A wire auditor's re-test: a paper crediting PA, dated before PA's copy (PA's later take of the story, or a
    # wrong date), was drawn as PA's source, the agency copying a paper that credits it.
    wire = _info("pa.txt", credit="PA", date="1999-05-14", house_agency="PA")  # PA's page header
    paper = _info("mirror.txt", outlet="Mirror", date="1999-05-13", agencies_named=frozenset({"PA"}))
    for pair in ((wire, paper), (paper, wire)):
        d = infer_direction(*pair, None, None)
        assert d.direction == "undetermined", d
        assert d.evidence == ["date: 1999-05-13 before 1999-05-14",
                              "credit: mirror.txt names PA, the outlet of pa.txt: the dates and the credit disagree"]
    # Dated the other way round, the dates decide as before.
    d = infer_direction(_info("pa.txt", credit="PA", date="1999-05-12", house_agency="PA"), paper, None, None)
    assert (d.source, d.target, d.direction) == ("pa.txt", "mirror.txt", "dated")


def test_an_outlet_named_like_a_word_is_named_only_as_an_outlet():
    # A researcher's trial on METER with a manifest of outlets: "always expressed remorse" named the Express, "names
    # and times" the Times and "bastard" the Star, and 18 wire-to-paper edges ran from the paper to the wire.
    wire_text = ("Smith always expressed remorse, the court heard. He listed names and times when envelopes were "
                 "passed. He called the officer a stupid fat bastard.")
    for outlet in ("Express", "Times", "Star", "The Times"):
        wire = _info("pa.txt", credit="PA", search_text=wire_text)
        paper = _info("paper.txt", outlet=outlet)
        d = infer_direction(wire, paper, None, None)
        assert (d.source, d.direction) == ("pa.txt", "inferred"), (outlet, d.evidence)
        assert not any(e.startswith("credit:") for e in d.evidence), outlet
    # Nor inside a longer name, in capitals, or as what the story is about (a re-test).
    for text, outlet in (("Drinks at the Star Inn.", "Star"), ("the Mirror Group pension fund", "Mirror"),
                         ("the Independent Police Complaints Commission said", "Independent"),
                         ("THE TIMES WERE HARD", "Times"), ("the Financial Times reported that", "Times"),
                         ("the Morning Star said", "Star"), ("the Sunday Telegraph said", "Telegraph"),
                         ("He lost his libel action against the Sun in 1999.", "Sun")):
        d = infer_direction(_info("reader.txt", search_text=text), _info("other.txt", outlet=outlet), None, None)
        assert not d.evidence, (text, d.evidence)
    # As an outlet it is named in a credit phrase, as the pair report reads them; a web address in any case.
    for text, outlet in (("Smith, according to the Times, was jailed.", "Times"), ("He told The Express: sorry.",
                                                                                "Express"),
                         ("Express reported that he was jailed.", "Express"), ("The Daily Mail said so.", "Daily Mail"),
                         ("as first reported by dailyherald.com", "dailyherald.com"),
                         ("He told The Sun: sorry.", "Sun")):
        reader = _info("reader.txt", search_text=text)
        d = infer_direction(reader, _info("other.txt", outlet=outlet), None, None)
        assert (d.source, d.target) == ("other.txt", "reader.txt"), (text, d.evidence)
        assert d.evidence == [f"credit: reader.txt names {outlet}, the outlet of other.txt"]


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


def _house_style(sentence: str) -> str:
    """A reprint's own small edit of a wire sentence: still a copy by the verbatim rule."""
    words = sentence.split()
    return " ".join([*words[:3], "indeed", *words[3:]])


def test_a_copy_of_a_reprint_points_at_the_reprint_it_copied_not_at_the_wire():
    # B reprints the wire with its own small edits; C copies B's edited sentences (a chain: wire -> B -> C). Both
    # versions are verbatim copies of the wire by the 80% rule, but C carries B's edits: B is its direct source.
    edited = [_house_style(s) for s in WIRE[:8]]
    a = Document.from_text(page(WIRE[:12], credit="AP"), id="a.txt", date="2025-10-20")
    b = Document.from_text(page(edited + OTHER[:6]), id="b.txt", date="2025-10-21")
    c = Document.from_text(page(edited[:6] + OTHER[20:26]), id="c.txt", date="2025-10-22")
    result = run_corpus([a, b, c])
    assert set(_edges(result)) == {("a.txt", "b.txt"), ("b.txt", "c.txt")}
    rows = [r for r in result.lineage.rows if r["document"] == "c.txt" and r["source"]]
    assert [(r["source"], r["source_sentence"], r["origin"]) for r in rows] == [
        ("b.txt", i, "a.txt") for i in range(6)]


def test_a_copy_that_keeps_the_wire_wording_points_at_the_wire_not_at_an_edited_reprint():
    # The other way round: C has the wire's wording where B changed it, so C took from the wire, not from B.
    edited = [_house_style(s) for s in WIRE[:8]]
    a = Document.from_text(page(WIRE[:12], credit="AP"), id="a.txt", date="2025-10-20")
    b = Document.from_text(page(edited + OTHER[:6]), id="b.txt", date="2025-10-21")
    c = Document.from_text(page(WIRE[:6] + OTHER[20:26]), id="c.txt", date="2025-10-22")
    assert set(_edges(run_corpus([a, b, c]))) == {("a.txt", "b.txt"), ("a.txt", "c.txt")}


def test_a_later_version_holding_an_earlier_ones_new_paragraphs_derives_from_it_alone():
    # Versions of a developing story (an international desk's trial): v2 adds two paragraphs to v1, v3 keeps them
    # and changes a figure. v3's sentences that v1 holds too went to v1 (the most upstream), which drew v1 -> v3
    # beside v2 -> v3, and gave a sentence of v3 with v2's figure a source that has another one.
    v1 = WIRE[:10]
    v2 = [*v1[:3], OTHER[0], *v1[3:8], OTHER[1], *v1[8:]]
    v3 = [*v2[:4], OTHER[2], OTHER[3], *v2[4:7], OTHER[4], *v2[8:]]  # not a near-identical copy of v2
    docs = [Document.from_text(page(text), id=f"v{n}.txt", date=f"2025-10-2{n} 09:00")
            for n, text in enumerate((v1, v2, v3), 1)]
    result = run_corpus(docs)
    assert set(_edges(result)) == {("v1.txt", "v2.txt"), ("v2.txt", "v3.txt")}
    rows = [r for r in result.lineage.rows if r["document"] == "v3.txt" and r["source"]]
    assert {r["source"] for r in rows} == {"v2.txt"} and len(rows) == len(v3) - 3
    # A paper's reprint of v2, dated between v2 and v3, holds v2's own sentences too: it is no source of v3, and
    # v3's sentences from v1 are not left tied between v1, v2 and the reprint (a second trial: three undetermined
    # edges and "unattributed reuse" of the paper by the agency's next version).
    reprint = Document.from_text(page([*v2, OTHER[20]]), id="gazette.txt", date="2025-10-22 12:00")
    result = run_corpus([*docs, reprint])
    assert set(_edges(result)) == {("v1.txt", "v2.txt"), ("v2.txt", "v3.txt"), ("v2.txt", "gazette.txt")}
    rows = [r for r in result.lineage.rows if r["document"] == "v3.txt" and r["source"]]
    assert {(r["source"], r["direction"]) for r in rows} == {("v2.txt", "dated")}


def test_a_reprint_of_a_later_version_near_identical_to_an_earlier_one_points_at_the_later_one():
    # A standards editor's trial: version 4 of a story adds two sentences to version 3; a paper reprints version 4
    # with a line of its own, and is near-identical to version 3 as well, so it was grouped with version 3 (a copy
    # is matched to its representative alone): version 4's additions had no source, and a reprint of the paper
    # pointed at version 3 too.
    story = WIRE[:24]
    v3 = story[:20]
    v4 = [*story[:20], *OTHER[:2]]
    paper = [*v4, OTHER[30]]
    docs = [Document.from_text(page(text), id=name, date=f"2025-10-21 {hour}:00")
            for name, text, hour in (("v3.txt", v3, "09"), ("v4.txt", v4, "11"), ("paper.txt", paper, "12"),
                                     ("reprint.txt", paper, "15"))]
    result = run_corpus(docs)
    edges = _edges(result)
    assert ("v4.txt", "paper.txt") in edges and ("paper.txt", "reprint.txt") in edges
    rows = {r["sentence"]: r for r in result.lineage.rows if r["document"] == "paper.txt"}
    assert [rows[i]["source"] for i in (20, 21)] == ["v4.txt", "v4.txt"]


def test_a_reprint_quoting_a_rewrites_own_lines_keeps_the_wire_wording_from_the_wire():
    # C takes two of B's own sentences but the wire's sentences in the wire's wording where B reworded them: C
    # follows A's wording, so those sentences stay A's (A -> C) beside B -> C.
    edited = [_house_style(s) for s in WIRE[:8]]
    a = Document.from_text(page(WIRE[:12], credit="AP"), id="a.txt", date="2025-10-20")
    b = Document.from_text(page(edited + OTHER[:6]), id="b.txt", date="2025-10-21")
    c = Document.from_text(page(WIRE[:6] + OTHER[:3]), id="c.txt", date="2025-10-22")
    assert set(_edges(run_corpus([a, b, c]))) == {("a.txt", "b.txt"), ("a.txt", "c.txt"), ("b.txt", "c.txt")}


def test_reprints_of_a_wire_story_not_in_the_corpus_are_siblings():
    texts = {f"{name}.txt": page(WIRE[:14], credit="AP", title=f"{name.title()} edition") for name in ("x", "y", "z")}
    result = run_corpus([Document.from_text(t, id=i, outlet=f"{i[0]}news.com") for i, t in texts.items()])
    (group,) = result.groups
    assert sorted(group) == ["x.txt", "y.txt", "z.txt"]
    edges = _edges(result)
    # the representative (chosen by its text, not its name) joins the other two, claiming no direction
    assert set(edges) == {(group[0], other) for other in group[1:]}
    assert all(e["near_duplicate"] and e["direction"] == "undetermined" and e["report"] is None
               for e in edges.values())
    assert [n["group_size"] for n in result.graph["nodes"]] == [3, 3, 3]
    # No sibling is the original: the representative's rows name the copies as the copies' rows name it, not
    # "added" (its own text) beside copies that read "verbatim" from it.
    rows = result.provenance
    rep_rows = rows[(rows.document == group[0]) & (rows.kind == "body")]
    assert len(rep_rows) > 10 and set(rep_rows.label) == {"verbatim"}
    assert set(rep_rows.direction) == {"undetermined"} and set(rep_rows.source) == {group[1]}
    assert set(rep_rows.tied_sources) == {group[2]} and rep_rows.origin.isna().all()
    copy_rows = rows[rows.document.isin(group[1:]) & (rows.kind == "body")]
    assert set(copy_rows.source) == {group[0]} and set(copy_rows.direction) == {"undetermined"}


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
    wire_rows = result.provenance[result.provenance.document == "wire.txt"]
    assert set(wire_rows.label) == {"added"}  # the dated original: its copies come after it


def test_to_networkx_gives_a_digraph_with_the_attributes():
    pytest.importorskip("networkx")
    from diffsrc.corpus.provenance import to_networkx

    a = Document.from_text(page(WIRE[:14], credit="AP"), id="a.txt")
    b = Document.from_text(page(WIRE[:8] + OTHER[:6]), id="b.txt")
    g = to_networkx(run_corpus([a, b]).graph)
    assert list(g.edges) == [("a.txt", "b.txt")]
    assert g.edges["a.txt", "b.txt"]["direction"] == "inferred"
    assert g.nodes["a.txt"]["credit"] == "AP"


# ---------------------------------------------------------------- direction from evidence, never from file names

STORY = list(seed_sentences("004"))
SECOND = list(seed_sentences("002"))


def _wire(sentences: list[str]) -> str:
    """The agency's copy: an AP staff byline and an AP dateline."""
    return ("Storm closes schools\n\nBy Jane Doe, Associated Press\n\nTOKYO (AP) — " + "\n\n".join(sentences)
            + "\n")


def _reprint(sentences: list[str]) -> str:
    """A paper's reprint: its own masthead and copyright, the agency kept only as a credit line."""
    return ("Storm closes schools | Daily Herald\n\nAP |\n\n" + "\n\n".join(sentences)
            + "\n\nCopyright 2025 Daily Herald. All rights reserved.\n")


def _issue_corpus(wire_name: str) -> list[Document]:
    return [Document.from_text(_wire(STORY[:14]), id=wire_name),
            Document.from_text(_reprint(STORY[:14]), id="reprint.txt"),
            Document.from_text(page(STORY[:5] + OTHER[:9], title="Schools shut"), id="rewrite.txt")]


@pytest.mark.parametrize("wire_name", ["wire.txt", "a_wire.txt"])
def test_the_rewrite_attaches_to_the_wire_story_whatever_its_file_name(wire_name):
    result = run_corpus(_issue_corpus(wire_name))
    edges = _edges(result)
    assert set(edges) == {(wire_name, "reprint.txt"), (wire_name, "rewrite.txt")}
    assert edges[(wire_name, "rewrite.txt")]["direction"] == "inferred"
    # the reprint is a child of the wire story, on the evidence of the marks it stripped
    reprint = edges[(wire_name, "reprint.txt")]
    assert reprint["direction"] == "inferred" and reprint["near_duplicate"]
    assert any("AP's dateline" in e and "AP's byline" in e for e in reprint["evidence"])
    rows = [r for r in result.lineage.rows if r["document"] == "rewrite.txt" and r["source"]]
    assert rows and {r["source"] for r in rows} == {wire_name}


def _reversed_names(texts: dict[str, str]) -> dict[str, str]:
    """New names whose sort order is the reverse of the old names' order."""
    old = sorted(texts)
    return {name: f"{len(old) - k:02d}_{name}" for k, name in enumerate(old)}


def _rename_corpus() -> dict[str, str]:
    texts = {
        "wire.txt": _wire(STORY[:14]),
        "reprint.txt": _reprint(STORY[:14]),
        "rewrite.txt": page(STORY[:5] + OTHER[:9], title="Schools shut"),
        "unrelated.txt": page(OTHER[22:33]),
        "trimmed.txt": page(SECOND[:9], credit="AP", title="Budget row, short"),
        "rewrite2.txt": page(SECOND[3:8] + OTHER[12:21], title="Budget row, our take"),
    }
    # one story reprinted by three papers, its wire copy not in the corpus: nothing says which came first
    for k, paper in enumerate(["herald", "post", "times"]):
        texts[f"{paper}.txt"] = page(SECOND[:16], credit="AP", title=f"Budget row - {paper.title()} edition {k}")
    return texts


def _canonical(out, names: dict[str, str]) -> dict[str, Any]:
    """The output folder's graph and tables in the original names: undetermined edges as unordered pairs."""
    back = {new: old for old, new in names.items()}

    def name(value):
        return back.get(value, value)

    graph = json.loads((out / "graph.json").read_text(encoding="utf-8"))
    edges = set()
    for e in graph["edges"]:
        ends = (name(e["source"]), name(e["target"]))
        rest = tuple((k, json.dumps(v)) for k, v in sorted(e.items()) if k not in ("source", "target", "report",
                                                                               "evidence"))
        edges.add((ends if e["direction"] != "undetermined" else frozenset(ends), rest, len(e["evidence"])))
    nodes = {name(n["id"]): (name(n["group"]), n["group_size"], n["credit"]) for n in graph["nodes"]}
    with open(out / "summary.csv", newline="", encoding="utf-8") as f:
        summary = {(name(r["source"]), name(r["target"])): (r["edge"], r["direction"], name(r["upstream"]),
                                                           r["verdict"]) for r in csv.DictReader(f)}
    with open(out / "provenance.csv", newline="", encoding="utf-8") as f:
        rows = {(name(r["document"]), r["sentence"]): (
            frozenset(name(s) for s in [r["source"], *(r.get("tied_sources") or "").split(";")] if s), r["direction"],
            name(r["origin"])) for r in csv.DictReader(f)}
    return {"edges": edges, "nodes": nodes, "summary": summary, "rows": rows}


def test_renaming_every_file_gives_the_same_graph_and_tables(tmp_path):
    texts = _rename_corpus()
    outputs = []
    for names in ({n: n for n in texts}, _reversed_names(texts)):
        folder = tmp_path / f"in{len(outputs)}"
        folder.mkdir()
        for old, text in texts.items():
            (folder / names[old]).write_text(text, encoding="utf-8")
        write_corpus([str(folder)], tmp_path / f"out{len(outputs)}")
        outputs.append(_canonical(tmp_path / f"out{len(outputs)}", names))
    first, renamed = outputs
    for part in ("nodes", "edges", "summary", "rows"):
        assert first[part] == renamed[part], part
    # and the picture is the one the evidence supports
    edges = {e[0]: dict(e[1]) for e in first["edges"]}
    assert ("wire.txt", "rewrite.txt") in edges and ("wire.txt", "reprint.txt") in edges
    assert not any(isinstance(ends, tuple) and "rewrite2.txt" in ends for ends in edges)


def test_a_rewrite_of_tied_reprints_is_undetermined_with_the_reason():
    docs = [Document.from_text(page(SECOND[:16], credit="AP", title=f"Budget row - {p}"), id=f"{p}.txt")
            for p in ("herald", "post", "times")]
    docs.append(Document.from_text(page(SECOND[3:8] + OTHER[12:21], title="Our take"), id="rewrite.txt"))
    result = run_corpus(docs)
    (group,) = [g for g in result.groups if len(g) > 1]
    (edge,) = [e for e in result.graph["edges"] if "rewrite.txt" in (e["source"], e["target"])]
    # the rewrite took from the AP story, but which of the three copies it read nothing says
    assert edge["direction"] == "undetermined" and edge["directed"] is False
    assert any(e.startswith("wire copy:") for e in edge["evidence"])
    assert any("direct source undetermined" in e and "2 near-identical copies" in e for e in edge["evidence"])
    rows = [r for r in result.lineage.rows if r["document"] == "rewrite.txt" and r["source"]]
    assert rows and all(r["direction"] == "undetermined" and r["origin"] is None for r in rows)
    # the three copies are siblings: no arrow among them either
    assert all(not e["directed"] for e in result.graph["edges"] if e["near_duplicate"])
    assert sorted(group) == ["herald.txt", "post.txt", "times.txt"]


def test_two_equally_good_sources_are_both_named_and_neither_is_chosen():
    # Two papers print the same AP text (different enough elsewhere not to be one near-duplicate group); a rewrite
    # takes from it. Both are upstream of the rewrite, nothing says which one it read.
    a = page(SECOND[:8] + OTHER[:8], credit="AP", title="Herald")
    b = page(SECOND[:8] + OTHER[20:28], credit="AP", title="Post")
    docs = [Document.from_text(a, id="herald.txt"), Document.from_text(b, id="post.txt"),
            Document.from_text(page(SECOND[:6] + STORY[14:22], title="Ours"), id="rewrite.txt")]
    result = run_corpus(docs)
    into = {e["source"]: e for e in result.graph["edges"] if e["target"] == "rewrite.txt"}
    assert set(into) == {"herald.txt", "post.txt"}
    assert all(e["direction"] == "undetermined" and not e["directed"] for e in into.values())
    assert any("evidence puts neither first" in x for e in into.values() for x in e["evidence"])
    rows = [r for r in result.lineage.rows if r["document"] == "rewrite.txt" and r["source"]]
    assert rows and all({r["source"], r["tied_sources"]} == {"herald.txt", "post.txt"} for r in rows)


def test_agency_marks_are_read_from_datelines_bylines_and_sign_offs():
    from diffsrc.corpus.provenance import agency_marks

    assert agency_marks("", ["TOKYO (AP) —", "By Jane Doe, Associated Press"]) == {"dateline:AP", "byline:AP"}
    assert agency_marks("", ["LONDON, Oct 5 (Reuters) -", "By PA Reporter"]) == {"dateline:Reuters", "byline:PA"}
    for tail, agency in [("-- AP", "AP"), ("(Reuters)", "Reuters"), ("[AP]", "AP"), ("— AFP", "AFP"),
                         ("remanded in custody.<\nmf<", "PA"), ("remanded in custody.<\nmf", "PA")]:
        assert agency_marks(f"Story text.\n\n{tail}\n", []) == {f"sign-off:{agency}"}, tail
    # not marks: a paper's own byline, a dateline without an agency, a closing line that is not a sign-off
    assert agency_marks("Text.\n\nThat is all.\n\nmf\n", ["By Jane Doe", "LONDON —", "Daily Herald | AP"]) == set()


@pytest.mark.parametrize("chrome", ["Mehr zum Thema", "Te puede interesar", "相关新闻", "Compartir en Facebook"])
def test_a_line_of_chrome_left_on_a_reprint_does_not_make_the_source_its_trimmed_copy(chrome):
    """A reprint that is the wire text plus one line of a site's chrome (in a language cleaning does not know) made
    the wire look like the reprint cut short: the graph drew reprint -> wire, `inferred`."""
    wire = Document.from_text(page(SECOND[:9]), id="wire.txt")
    reprint = Document.from_text(page(SECOND[:9]) + f"\n{chrome}\n", id="reprint.txt")
    result = run_corpus([wire, reprint])
    d = next(iter(result.lineage.directions.values()))
    assert (d.source, d.direction) != ("reprint.txt", "inferred"), d
    assert not any("trimmed from the end" in line for line in d.evidence)


def test_a_missing_middle_paragraph_is_not_direction_evidence():
    full = Document.from_text(page(SECOND[:14]), id="a.txt")
    gap = Document.from_text(page(SECOND[:6] + SECOND[7:14]), id="b.txt")  # a paragraph gone from the middle
    cut = Document.from_text(page(SECOND[:9]), id="c.txt")  # cut from the end: a trimmed reprint
    for doc, expected in ((gap, "undetermined"), (cut, "inferred")):
        result = run_corpus([full, doc])
        d = result.lineage.directions[("a.txt", doc.id)]
        assert d.direction == expected, (doc.id, d)


@pytest.mark.parametrize("dateline", ["MADRID, 5 dic (EFE).- ", "(EFE) - MADRID, 5 DIC - ", "Madrid (EFE) - "])
def test_an_agency_dateline_in_its_own_style_makes_the_wire_copy_the_source(dateline):
    body = [
        "El Consejo de Ministros aprobó este martes un plan de ayudas de 1.500 millones de euros para los "
        "agricultores afectados por la sequía, que beneficiará a unas 120.000 explotaciones.",
        "El ministro de Agricultura, Luis Planas, explicó en rueda de prensa que las ayudas se abonarán antes del "
        "31 de marzo y que cada explotación podrá recibir hasta 15.000 euros.",
        "Las organizaciones agrarias Asaja, COAG y UPA valoraron positivamente el anuncio, aunque consideraron que "
        "llega tarde y es insuficiente.",
    ]
    wire = Document.from_text(dateline + "\n\n".join(body) + "\n", id="wire.txt")
    reprint = Document.from_text("\n\n".join(body) + "\n", id="reprint.txt")
    result = run_corpus([reprint, wire])
    (edge,) = result.graph["edges"]
    assert (edge["source"], edge["target"], edge["direction"]) == ("wire.txt", "reprint.txt", "inferred")
    assert "wire.txt is credited to EFE" in " ".join(edge["evidence"])


def test_an_agency_dateline_in_its_own_style_is_one_of_its_marks():
    from diffsrc.corpus.provenance import agency_marks

    assert agency_marks("", ["MADRID, 5 dic (EFE).-"]) == {"dateline:EFE"}
    assert agency_marks("", ["新华社北京12月5日电"]) == {"dateline:Xinhua"}
    assert agency_marks("", ["МОСКВА, 5 декабря. /ТАСС/."]) == {"dateline:TASS"}
    assert agency_marks("", ["Die Regierung (dpa) hat"]) == frozenset()


# ---------------------------------------------------------------- a wire story's write-throughs, filed by slug


def _take(slug_time: str, sentences: list[str]) -> str:
    """A Press Association take as it comes off the wire: its slug files it to the minute (day first)."""
    return (f"{'-' * 72}\n\n{slug_time} 12/07/99: Page 1 (HHH) COURTS Storm\n\n{'-' * 72}\n\n"
            "STORM CLOSES SCHOOLS\nBy Jane Doe, PA News\n\n" + "\n\n".join(sentences) + "\n")


def test_write_throughs_are_ordered_by_their_slugs_and_each_version_copies_the_one_before():
    # A wire desk's versions, named so that file names would order them wrongly: v2 rewrites one of v1's sentences,
    # extends two and adds two more; v3 corrects a figure in v2.
    v1 = STORY[:10]
    v2 = [STORY[0] + " Officials said more rain was expected.", *STORY[1:4],
          STORY[4].replace(" the ", " a ", 1) + " The council agreed.", *STORY[5:10], *SECOND[:2]]
    v3 = list(v2)
    v3[6] = v3[6] + " Police gave the figure as 36."
    docs = [Document.from_text(_take("16:45", v3), id="c_first.txt"),
            Document.from_text(_take("13:30", v2), id="b_second.txt"),
            Document.from_text(_take("12:02", v1), id="z_third.txt")]
    result = run_corpus(docs)
    dates = {n["id"]: n["date"] for n in result.graph["nodes"]}
    assert dates == {"z_third.txt": "1999-07-12T12:02", "b_second.txt": "1999-07-12T13:30",
                     "c_first.txt": "1999-07-12T16:45"}
    edges = _edges(result)
    # v3 copied v2 (it keeps v2's rewording), so the chain is v1 -> v2 -> v3, with no edge straight from v1.
    assert {key: e["direction"] for key, e in edges.items()} == {("z_third.txt", "b_second.txt"): "dated",
                                                                ("b_second.txt", "c_first.txt"): "dated"}


def test_a_dated_reprint_does_not_take_the_direction_from_the_undated_agency_copy_it_reprints(tmp_path):
    # A researcher who dates the papers (front matter, a manifest) but not the wire file: the dated reprint became
    # its near-duplicate group's representative, and the edge from the AP copy, whose evidence said so, was
    # undetermined (and summary.csv put the reprint first).
    body = ["The city council voted on Thursday to run a night ferry to the outer islands from June.",
            "The service will cost 4 million euros a year, the mayor said.", "Fishermen welcomed it.",
            '"This ends the isolation of the islands," she said.']
    wire = "HARBOUR CITY (AP) \u2014 " + " ".join(body)
    gazette = ("---\ntitle: Council backs new night ferry\noutlet: The Harbour Gazette\ndate: 14 March 2025\n---\n"
               + " ".join(body[:2] + body[3:]) + "\n")
    (tmp_path / "wire.txt").write_text(wire + "\n", encoding="utf-8")
    (tmp_path / "gazette.txt").write_text(gazette, encoding="utf-8")
    result = run_corpus([Document.from_path(tmp_path / "wire.txt"), Document.from_path(tmp_path / "gazette.txt")])
    [(key, edge)] = _edges(result).items()
    assert key == ("wire.txt", "gazette.txt") and edge["direction"] == "inferred" and edge["near_duplicate"]


def test_an_undated_press_release_is_the_source_of_its_portal_reprint_and_of_the_articles():
    # A press-release researcher's trial: without dates the release and a portal's verbatim reprint of the wire's
    # feed were one group, the reprint its representative, and every article's edge went to the reprint.
    body = STORY[:9]
    dateline = "LONDON, 3 March 2025 /PRNewswire/ -- "
    release = ("FOR IMMEDIATE RELEASE\n\nStorm closes schools\n\n" + dateline + "\n\n".join(body)
               + "\n\nENDS\n\nMedia contact:\npress@example.com\n")
    portal = ("Markets | News | Press Releases\n\nStorm closes schools\n\n" + dateline + "\n\n".join(body)
              + "\n\nENDS\n\nMedia contact:\npress@example.com\n\nView original content: https://example.com/x\n")
    docs = [Document.from_text(release, id="release.txt"), Document.from_text(portal, id="portal.txt"),
            Document.from_text("Schools shut\n\n" + "\n\n".join(body[:6] + SECOND[:3]), id="paper_a.txt"),
            Document.from_text("Storm news\n\n" + "\n\n".join(body[2:8] + SECOND[3:6]), id="paper_b.txt")]
    result = run_corpus(docs)
    edges = {key: e["direction"] for key, e in _edges(result).items()}
    assert edges == {("release.txt", "portal.txt"): "inferred", ("release.txt", "paper_a.txt"): "inferred",
                     ("release.txt", "paper_b.txt"): "inferred"}


# A force's web release carries no "ENDS" or "Notes to editors", and its appeal line is what the papers print word
# for word: a legal desk's re-test found a paper's uncredited reprint of it read as one paper copying another
# (direction undetermined, no unattributed reuse), its outlet given or not. The release's own outlet or address
# says who issued it.
_FORCE_RELEASE = [
    "Officers investigating an assault in Harehills in which a man was seriously injured are appealing for "
    "witnesses.",
    "At about 11.40pm on Saturday, 3 May, police were called to a report of a disturbance outside a takeaway on "
    "Roundhay Road, Leeds.",
    "A 27-year-old man was found with a stab wound to his leg and was taken to Leeds General Infirmary, where he "
    "remains in a stable condition.",
    "A 31-year-old man was arrested on suspicion of wounding with intent and remains in custody.",
    'Detective Inspector Claire Moss said: "We are keen to hear from anyone who saw what happened."',
    "Anyone with information should call 101 quoting log 1754 of 3 May, or Crimestoppers on 0800 555 111.",
]


@pytest.mark.parametrize("issued_by", [
    {"outlet": "West Yorkshire Police"},
    {"url": "https://www.westyorkshire.police.uk/news-appeals/appeal-after-harehills-assault"},
])
def test_a_forces_web_release_is_the_source_of_a_papers_uncredited_reprint(issued_by: dict) -> None:
    from diffsrc.corpus.tables import summary_rows

    release = Document.from_text("Appeal after Harehills assault\n\n" + "\n\n".join(_FORCE_RELEASE) + "\n",
                                 id="release.txt", **issued_by)
    paper = Document.from_text("Man stabbed outside Harehills takeaway\n\n" + "\n\n".join(_FORCE_RELEASE[1:])
                               + "\n", id="paper.txt", outlet="Yorkshire Evening Post")
    rows = {(r["source"], r["target"]): r for r in summary_rows(run_corpus([release, paper]))}
    row = rows[("release.txt", "paper.txt")]
    assert row["upstream"] == "release.txt" and row["unattributed_reuse"] is True
    # A paper's own outlet is no issuer: two papers, neither marked, stay undetermined.
    other = Document.from_text(release.text, id="release.txt", outlet="Leeds Live")
    rows = {(r["source"], r["target"]): r for r in summary_rows(run_corpus([other, paper]))}
    assert rows[("release.txt", "paper.txt")]["upstream"] is None


def test_the_agencys_next_version_has_not_reused_a_papers_reprint_of_the_one_before():
    # A standards editor's trial: a paper reprinted version 1 before version 2 came out; the pair (paper, v2) is no
    # edge (v2 took the text from v1), but its row said "unattributed reuse" of the paper by the agency.
    from diffsrc.corpus.tables import summary_rows

    v1 = WIRE[:12]
    v2 = [*v1, *OTHER[:4]]
    docs = [Document.from_text(page(v1, credit="AP"), id="v1.txt", date="2025-10-21 09:00"),
            Document.from_text(page([*v1[:10], OTHER[30]]), id="paper.txt", date="2025-10-21 10:00"),
            Document.from_text(page(v2), id="v2.txt", date="2025-10-21 12:00")]
    rows = {(r["source"], r["target"]): r for r in summary_rows(run_corpus(docs))}
    row = rows[("paper.txt", "v2.txt")]
    assert row["upstream"] == "paper.txt" and not row["edge"] and row["unattributed_reuse"] is False
    assert rows[("v1.txt", "paper.txt")]["unattributed_reuse"] is True  # the paper's own reprint without credit


_FIRE = [
    "LONDON (Reuters) - A fire at a chemical warehouse in east London forced the evacuation of hundreds of homes on "
    "Tuesday, the London Fire Brigade said.",
    "Firefighters were called to the site in Barking shortly after 4 a.m. and found the roof of the building well "
    "alight.",
    "Police closed several roads around the industrial estate and asked residents to keep their windows and doors "
    "shut.",
    "Forty-seven people were treated at the scene for breathing difficulties, an ambulance service spokeswoman said.",
    "The cause of the fire is not yet known, and an investigation will begin once the site is safe, the brigade said.",
    "The warehouse is owned by Thames Chemical Storage Ltd, which stores cleaning products and industrial solvents "
    "there.",
    "The company said in a statement that it was cooperating fully with the emergency services and the local council.",
    "Local councillor Maria Lopes said residents had been woken by explosions and a strong smell of burning plastic.",
    "A rest centre has been opened at Barking Town Hall for those who cannot return to their homes overnight.",
    "The Environment Agency said it was monitoring air quality in the area and along the nearby River Roding.",
]


def test_versions_of_a_story_are_a_chain_though_the_first_loosely_restates_a_later_ones_addition():
    # A documentation audit: v2 replaced v1's toll sentence (47) with its own (86), which v1's scores as a loose
    # paraphrase; that counted as v1 holding v2's addition, so v3 took everything it shares with v1 from v1 (and
    # v4's shared sentences were tied between v1, v2 and v3, undetermined though all four were dated).
    new = ["Eighty-six people have now been treated for breathing difficulties, and six were taken to hospital, the "
           "ambulance service said.",
           "Residents in nearby streets described seeing a huge plume of black smoke that could be seen for miles "
           "across the capital.",
           "The brigade said more than 150 firefighters and 25 engines were at the scene at the height of the blaze."]
    v1 = _FIRE
    v2 = [*_FIRE[:3], new[0], *_FIRE[4:], new[1], new[2]]
    v3 = [*v2[:6], "Health officials advised people living within a mile of the site to stay indoors until the smoke "
          "clears.", *v2[6:]]
    v4 = [*v3, "The brigade said on Tuesday afternoon that the fire was under control and crews would stay overnight "
          "to damp down."]
    docs = [Document.from_text(page(text), id=f"v{n}.txt", date=f"2026-12-03 {hour}", outlet="Reuters")
            for n, (text, hour) in enumerate(((v1, "06:45"), (v2, "09:10"), (v3, "11:05"), (v4, "14:32")), 1)]
    result = run_corpus(docs)
    edges = _edges(result)
    assert ("v1.txt", "v2.txt") in edges and ("v2.txt", "v3.txt") in edges
    assert ("v1.txt", "v3.txt") not in edges and ("v1.txt", "v4.txt") not in edges
    assert all(e["direction"] == "dated" for e in edges.values())


# ---------------------------------------------------------------- regional papers printing one trim of a wire story


def _overnight_trim(sentences: list[str]) -> list[str]:
    """The agency's trim of its story for the next day's papers: cut from the end, two sentences reworded."""
    return [sentences[0].replace("October 29", "Wednesday"), sentences[1], _house_style(sentences[2]),
            *sentences[3:5]]


def _pa_story(sentences: list[str]) -> str:
    return "By Jane Doe, PA News\n\n" + "\n\n".join(sentences) + "\n"


def _regional_papers() -> dict[str, str]:
    """A wire auditor's corpus: the PA story, and papers that all print the same trim of it under different credit
    lines (or none)."""
    trim = "\n\n".join(_overnight_trim(STORY))
    return {"pa.txt": _pa_story(STORY[:14]),
            "herald.txt": f"By Jane Doe, PA News\n\n{trim}\n",
            "post.txt": f"{trim}\n\nPress Association\n",
            "gazette.txt": f"LONDON (PA) - {trim}\n",
            "echo.txt": f"{trim}\n"}


def test_every_paper_printing_the_same_wire_trim_derives_from_the_wire_not_only_the_representative():
    # A wire auditor's trial: only the near-duplicate group's representative had a row and an edge from PA; the
    # other papers were joined to it by undetermined edges, their sentences had no origin, and the uncredited one
    # was said to reuse the representative.
    import pandas as pd

    result = run_corpus([Document.from_text(text, id=name) for name, text in _regional_papers().items()])
    (group,) = [g for g in result.groups if len(g) > 1]
    papers = sorted(_regional_papers().keys() - {"pa.txt"})
    assert sorted(group) == papers
    rep, copies = group[0], sorted(group[1:])
    edges = _edges(result)
    assert set(edges) == {("pa.txt", paper) for paper in papers}
    assert all(e["direction"] == "inferred" and not e["near_duplicate"] for e in edges.values())
    for copy in copies:
        # a copy's edge says whose comparison it carries
        assert edges[("pa.txt", copy)]["report"] is None
        assert any(line.startswith(f"carried: {copy} is a near-identical copy of {rep}")
                   for line in edges[("pa.txt", copy)]["evidence"])
    summary = result.summary.set_index(["source", "target"])
    for paper in papers:
        row = summary.loc[("pa.txt", paper)]
        assert row.verdict == "wholly-derived" and row.edge and row.upstream == "pa.txt"
        assert not row.near_duplicate
        assert row.carried_from == rep if paper != rep else pd.isna(row.carried_from)
    # the uncredited paper is unattributed reuse of PA's text, not of another paper's print of it
    assert summary.loc[("pa.txt", "echo.txt")].unattributed_reuse
    assert [paper for paper in papers if summary.loc[("pa.txt", paper)].unattributed_reuse] == ["echo.txt"]
    assert not summary.loc[(rep, "echo.txt")].unattributed_reuse
    rows = result.provenance
    body = rows[rows.document.isin(papers) & (rows.kind == "body")]
    assert len(body) == 5 * len(papers)
    assert set(body.source) == {"pa.txt"} and set(body.origin) == {"pa.txt"}
    assert set(body.direction) == {"inferred"}


def test_a_verbatim_copy_of_a_credited_papers_wire_trim_derives_from_the_wire():
    # A wire auditor's trial: the Echo prints the Western Mail's PA trim word for word without credit; keeping the
    # trim's rewording (PA's own, as the Western Mail's PA byline says) made it a copy of the Western Mail: no row
    # from PA, an inferred edge from the Western Mail, "unattributed reuse" of the paper, and 0.0 for the Echo in
    # the per-paper "share of sentences in the wire" of docs/corpus.md.
    texts = _regional_papers()
    docs = [Document.from_text(texts[name], id=name) for name in ("pa.txt", "herald.txt", "echo.txt")]
    result = run_corpus(docs)
    edges = _edges(result)
    assert set(edges) == {("pa.txt", "herald.txt"), ("pa.txt", "echo.txt")}
    summary = result.summary.set_index(["source", "target"])
    assert summary.loc[("pa.txt", "echo.txt")].unattributed_reuse
    assert not summary.loc[("herald.txt", "echo.txt")].unattributed_reuse
    p = result.provenance
    wire = {"pa.txt"}
    in_wire = p.linked_sources.fillna("").map(
        lambda ls: any(x.rsplit(":", 1)[0] in wire for x in ls.split(";") if x))
    papers = p[~p.document.isin(wire) & (p.kind == "body")]
    shares = papers.assign(in_wire=in_wire).groupby("document").in_wire.mean()
    assert shares.to_dict() == {"echo.txt": 1.0, "herald.txt": 1.0}


def test_a_later_takes_copy_lists_the_earlier_take_among_its_linked_sources():
    # A chain of a wire desk's versions, v3 a near-identical copy of v2: v3's sentences that v2 took from v1 are in
    # v1 too ("is this sentence in the wire copy at all", linked_sources), though v2 is their direct source.
    v1 = STORY[:10]
    v2 = [STORY[0] + " Officials said more rain was expected.", *STORY[1:4],
          STORY[4].replace(" the ", " a ", 1) + " The council agreed.", *STORY[5:10], *SECOND[:2]]
    v3 = list(v2)
    v3[6] = v3[6] + " Police gave the figure as 36."
    docs = [Document.from_text(_take(time, text), id=name)
            for name, time, text in (("v1.txt", "12:02", v1), ("v2.txt", "13:30", v2), ("v3.txt", "16:45", v3))]
    result = run_corpus(docs)
    assert [g for g in result.groups if len(g) > 1] == [["v2.txt", "v3.txt"]]
    rows = {r["sentence"]: r for r in result.lineage.rows if r["document"] == "v3.txt"}
    assert rows[1]["source"] == "v2.txt"
    assert rows[1]["linked_sources"].split(";") == ["v2.txt:1", "v1.txt:1"]


def test_a_figure_every_paper_changed_in_the_wire_trim_is_a_fact_row_for_each_paper():
    # The representative's comparison with the wire is carried to the copies with its changed facts: a fact-checker
    # filtering facts.csv by paper finds the changed figure in every paper that printed it, not only in one.
    texts = {name: text if name == "pa.txt" else text.replace("2%", "3%") for name, text in _regional_papers().items()}
    result = run_corpus([Document.from_text(text, id=name) for name, text in texts.items()])
    facts = result.facts
    assert sorted(facts.target) == sorted(texts.keys() - {"pa.txt"})
    changes = set(zip(facts.source, facts.source_value, facts.target_value, facts.edge, strict=True))
    assert changes == {("pa.txt", "2%", "3%", True)}


def _continuation_take(page_number: int, sentences: list[str], slug_time: str = "14:09") -> str:
    """A later page of a PA story: its page header, and no byline (PA names itself nowhere else on 199 of METER dev's
    391 takes)."""
    return (f"{'-' * 72}\n\n{slug_time} 16/07/99: Page {page_number} (HHH) COURTS Storm\n\n{'-' * 72}\n\n"
            + "\n\n".join(f"{s}<" for s in sentences) + "\n")


@pytest.mark.parametrize("credit", ["By Press Association Reporter\n\n{}", "LONDON (PA) - {}", "{}\n\nPA"])
def test_a_papers_trim_of_a_pa_take_credited_to_pa_derives_from_the_take_not_the_other_way(credit):
    # A wire auditor's re-test: a paper headed "By Press Association Reporter" (or with a "(PA)" dateline) was made
    # the source of PA's own take, the take "holding the text beside the byline without it"; a closing "PA" left
    # the pair undetermined. The take bears PA's page header: it is PA's own copy, which the paper credits.
    take = _continuation_take(3, STORY[:14])
    paper = credit.format("\n\n".join(STORY[1:7])) + "\n"
    result = run_corpus([Document.from_text(take, id="take.txt"), Document.from_text(paper, id="paper.txt")])
    edges = _edges(result)
    assert set(edges) == {("take.txt", "paper.txt")}
    assert edges[("take.txt", "paper.txt")]["direction"] == "inferred"
    assert "credit: paper.txt names PA, the outlet of take.txt" in edges[("take.txt", "paper.txt")]["evidence"]
    summary = result.summary.set_index(["source", "target"])
    assert summary.loc[("paper.txt", "take.txt")].upstream == "take.txt"


def test_papers_printing_one_trim_of_a_pa_take_headed_by_a_pa_reporter_byline_all_derive_from_the_take():
    # A wire auditor's trial: the group's representative, headed "By Press Association Reporter", had an
    # undetermined edge from PA's take (both bear a PA byline), and the other papers of the group no row from PA.
    trim = "\n\n".join(STORY[1:7])
    texts = {"take.txt": _take("13:44", STORY[:14]),
             "western.txt": f"By Press Association Reporter\n\n{trim}\n",
             "post.txt": f"{trim}\n\nThis story was supplied by the Press Association.\n",
             "echo.txt": f"{trim}\n", "chronicle.txt": f"{trim}\n"}
    result = run_corpus([Document.from_text(text, id=name) for name, text in texts.items()])
    papers = sorted(texts.keys() - {"take.txt"})
    assert set(_edges(result)) == {("take.txt", paper) for paper in papers}
    summary = result.summary.set_index(["source", "target"])
    for paper in papers:
        row = summary.loc[("take.txt", paper)]
        assert row.edge and row.direction == "inferred" and row.upstream == "take.txt"
    assert [p for p in papers if summary.loc[("take.txt", p)].unattributed_reuse] == ["chronicle.txt", "echo.txt"]


def test_copies_of_a_paper_whose_pa_source_is_one_of_two_identical_takes_get_their_row_from_pa_too():
    # METER's bombings story: PA's take and its substitute, filed the same minute, are near-identical; a regional
    # paper's edge from the take is undetermined (it may have printed either), and the other papers printing the
    # same trim had no row from PA at all. Each gets the representative's row and edge, with the same doubt.
    trim = "\n\n".join(STORY[1:7])
    texts = {"take.txt": _take("14:50", STORY[:14]), "takesub.txt": _take("14:50", STORY[:14]) + "\nend\n",
             "herald.txt": f"By Jane Doe, PA News\n\n{trim}\n", "echo.txt": f"{trim}\n",
             "post.txt": f"{trim}\n\nPress Association\n"}
    result = run_corpus([Document.from_text(text, id=name) for name, text in texts.items()])
    papers = ["echo.txt", "herald.txt", "post.txt"]
    assert sorted(next(g for g in result.groups if "echo.txt" in g)) == papers
    (wire,) = {g[0] for g in result.groups if "take.txt" in g}
    edges = _edges(result)
    summary = result.summary.set_index(["source", "target"])
    for paper in papers:
        edge = edges[(wire, paper)]
        assert not edge["directed"] and not edge["near_duplicate"]
        assert any(line.startswith(f"direct source undetermined: the text {paper} shares with {wire} is also in 1")
                   for line in edge["evidence"])
        assert summary.loc[(wire, paper)].edge


def test_a_figure_one_paper_changed_in_the_wire_trim_it_shares_with_others_is_a_fact_row_on_its_edge_from_the_wire():
    # A wire auditor's re-test: the Echo prints the same trim of PA's story as three other papers but changes a
    # figure (an age 30 made 31 in the trial); the only fact row was the Echo against the group's representative,
    # off the graph, and its edge from PA had none (the carried comparison took facts only for the sentences that
    # are the representative's word for word).
    texts = _regional_papers()
    texts["echo.txt"] = texts["echo.txt"].replace("2%", "3%")
    result = run_corpus([Document.from_text(text, id=name) for name, text in texts.items()])
    assert "echo.txt" in next(g for g in result.groups if len(g) > 1)[1:]
    facts = result.facts
    on_edges = facts[facts.edge]
    assert set(zip(on_edges.source, on_edges.target, on_edges.source_value, on_edges.target_value, strict=True)) \
        == {("pa.txt", "echo.txt", "2%", "3%")}


def test_copies_of_a_trim_of_a_papers_trim_of_the_wire_all_get_the_row_from_the_wire_the_representative_has():
    # A wire auditor's trial: the Western Mail prints PA's story with its own edits; two papers print the same
    # shorter trim of the Western Mail's. The group's representative had a row from PA (the wire its text is
    # from, though the Western Mail is its direct source), the other paper none.
    long = [STORY[0], _house_style(STORY[1]), _house_style(STORY[2]), *STORY[3:10]]
    short = "\n\n".join(long[:6])
    texts = {"pa.txt": _pa_story(STORY[:14]), "wm_long.txt": "By Jane Doe, PA News\n\n" + "\n\n".join(long) + "\n",
             "ec_short.txt": short + "\n", "ch_short.txt": short.replace("October 29", "Wednesday") + "\n"}
    result = run_corpus([Document.from_text(text, id=name) for name, text in texts.items()])
    assert sorted(next(g for g in result.groups if len(g) > 1)) == ["ch_short.txt", "ec_short.txt"]
    edges = _edges(result)
    assert {("wm_long.txt", "ch_short.txt"), ("wm_long.txt", "ec_short.txt")} <= set(edges)
    summary = result.summary.set_index(["source", "target"])
    for paper in ("ch_short.txt", "ec_short.txt"):
        row = summary.loc[("pa.txt", paper)]
        assert row.upstream == "pa.txt" and not row.edge and row.verdict != "non-derived"


def test_a_pa_take_whose_page_header_was_lost_is_still_pa_s_copy_not_a_paper_crediting_pa():
    # METER dev's arm1.txt is a web page whose extraction loses PA's page header: by its byline it credits PA, and
    # it was put after the substitute take filed 14 hours later ("credit: arm1.txt names PA, the outlet of
    # arm1sub.txt"). Its paragraphs closed by "<" and the operator's sign-off are PA's house format.
    first = "By Jane Doe, PA News<\n" + "\n".join(f"{s}<" for s in STORY[:8]) + "\nend<\n"
    substitute = _continuation_take(1, STORY[:8], slug_time="16:50") + "mf\n"
    result = run_corpus([Document.from_text(first, id="first.txt"), Document.from_text(substitute, id="sub.txt")])
    (edge,) = result.graph["edges"]
    assert not any(line.startswith("credit:") for line in edge["evidence"])
    assert edge["source"] != "sub.txt" or not edge["directed"]


def test_a_press_release_is_upstream_of_a_paper_that_keeps_fewer_of_its_marks():
    release = _info("release", release_marks=frozenset({"header", "ends", "notes", "contact"}))
    # A paper that reprinted the release with its "Notes to editors" still in it.
    leaked = _info("paper", release_marks=frozenset({"notes"}))
    for a, b in ((release, leaked), (leaked, release), (release, _info("other"))):
        d = infer_direction(a, b, None, None)
        assert (d.source, d.direction) == ("release", "inferred"), d
        assert any(e.startswith("press release: release carries") for e in d.evidence)
    d = infer_direction(release, _info("release2", release_marks=frozenset({"header", "ends", "notes", "contact"})),
                        None, None)
    assert d.direction == "undetermined"


_CHARITY_RELEASE = """PRESS RELEASE
Embargo: 00:01 Monday 17 February 2025

One in four children in the North East living in homes without enough food, charity warns

More than one in four children in the North East are growing up in households that cannot afford enough food, \
according to a new report from the charity FoodAid UK.

The report, Empty Plates, found that 27% of children in the region lived in food-insecure households in 2024, up \
from 19% in 2021. Across the UK as a whole, the figure was 21%.

The charity's network of 340 food banks handed out 1.6 million emergency parcels last year, more than a third of \
which went to families with children.

FoodAid UK is calling on the government to extend free school meals to every child in a household receiving \
Universal Credit, which it estimates would reach an extra 900,000 children.

Helen Okafor, chief executive of FoodAid UK, said: "No child should go to school hungry, yet our volunteers are \
seeing more and more families who simply cannot make ends meet."

ENDS

Notes to editors
"""


def test_a_corpus_of_a_release_and_its_reprints_points_from_the_release_and_finds_the_uncredited_ones():
    # A churnalism researcher's trial: in a folder of press releases and the stories printed from them, every edge
    # was undetermined, so `upstream` was empty and summary.csv called no reprint unattributed reuse.
    body = _CHARITY_RELEASE.split("\n\n", 2)[2].split("\n\nENDS")[0]
    reprint = body.replace(", said:", ", told the Chronicle:")
    credited = "FoodAid UK said in a statement on Monday:\n\n" + body
    docs = [Document.from_text(_CHARITY_RELEASE, id="release.txt"),
            Document.from_text(reprint, id="chronicle.txt"),
            Document.from_text(credited, id="gazette.txt")]
    s = run_corpus(docs).summary
    edges = s[s.edge].set_index("target")
    assert set(edges.index) == {"chronicle.txt", "gazette.txt"}
    assert set(edges.source) == {"release.txt"} and set(edges.upstream) == {"release.txt"}
    assert set(edges.direction) == {"inferred"}
    assert bool(edges.loc["chronicle.txt", "unattributed_reuse"]) is True
    assert bool(edges.loc["gazette.txt", "unattributed_reuse"]) is False


_FIRST_TAKE = """Explosion at Ohio chemical plant injures workers; nearby homes evacuated

By MARK GILLESPIE Associated Press

MARIETTA, Ohio (AP) — An explosion tore through a chemical plant along the Ohio River early Tuesday, injuring at \
least 14 workers and sending a column of black smoke over the city, officials said.

Marietta Fire Chief Dan Sheets said crews were called to the Westbrook Polymers plant shortly after 5:30 a.m. and \
found a storage building engulfed in flames.

Authorities ordered residents within a half-mile of the plant to leave their homes, and about 300 people were taken \
to a shelter at Marietta High School.

"We had a large fire involving a tank of solvent, and our first priority was getting everybody out," Sheets said.

It was not immediately clear what caused the blast.

The plant employs about 220 people and makes resins used in paints and adhesives.
"""
_NEW_LEAD = """Worker dies after Ohio chemical plant explosion; federal team sent

By JULIE CARR SMYTH Associated Press

MARIETTA, Ohio (AP) — A worker injured in an explosion at an Ohio chemical plant died early Wednesday, and the U.S. \
Chemical Safety Board said it was sending a team of five investigators to the site.

The worker, 41-year-old Kevin Hardesty of Belpre, died at a Columbus hospital, the Washington County coroner's \
office said. A second worker remained in critical condition.

The explosion at the Westbrook Polymers plant shortly after 5:30 a.m. Tuesday injured 14 workers and sent a column \
of black smoke over the city.

Residents forced from their homes were allowed to return Tuesday afternoon after air tests found no dangerous \
levels of chemicals.

"We had a large fire involving a tank of solvent, and our first priority was getting everybody out," Fire Chief \
Dan Sheets said.

The plant employs about 220 people and makes resins used in paints and adhesives.
"""
_BRIEF = """Worker dies after Marietta plant explosion

A worker injured in an explosion at an Ohio chemical plant died early Wednesday, and the U.S. Chemical Safety Board \
said it was sending a team of five investigators to the site.

The worker, 41-year-old Kevin Hardesty of Belpre, died at a Columbus hospital, the Washington County coroner's \
office said.

The explosion at the Westbrook Polymers plant in Marietta on Tuesday injured 14 workers.

— Associated Press
"""


def test_a_sentence_held_word_for_word_goes_to_that_version_not_to_one_that_restates_its_facts():
    # An update-chain editor's trial: a paper's brief of the overnight version copies its new lead word for word;
    # the first take only shares "explosion at Ohio chemical plant" with it (its headline), but only that pair was
    # directed (the brief lacks the take's byline and dateline), so the lead's source was the first take.
    docs = [Document.from_text(text, id=name) for name, text in
            (("take1.txt", _FIRST_TAKE), ("take5.txt", _NEW_LEAD), ("brief.txt", _BRIEF))]
    rows = {r["sentence"]: r for r in run_corpus(docs).lineage.rows if r["document"] == "brief.txt"}
    assert rows[1]["text"].startswith("A worker injured") and rows[1]["source"] == "take5.txt"


@pytest.mark.parametrize(("lines", "take"), [
    (["BC-US--Plant Explosion, 2nd Ld-Writethru", "Eds: UPDATES with quote."], (2, 0)),
    (["Plant Explosion, 11th Ld-Writethru"], (11, 0)),
    (["UPDATE 1-"], (1, 0)),
    (["REFILE-UPDATE 2-", "(Refiles to fix typo in paragraph 6)"], (2, 1)),
    (["BC-US--Plant Explosion, URGENT"], (0, 0)),
    (["Eds: UPDATES with quote from fire chief."], None),
    (["By MARK GILLESPIE Associated Press", "MARIETTA, Ohio (AP) —"], None),
])
def test_a_takes_place_in_its_update_chain_is_read_from_its_slug_or_status_tag(lines, take):
    from diffsrc.corpus.provenance.evidence import update_take

    assert update_take(lines) == take


def test_takes_of_one_agency_are_ordered_by_their_update_chain_and_not_across_agencies():
    # An update-chain editor's trial: an agency's versions carry no date, so every edge between seven versions of
    # one story was undetermined.
    first = _info("take3.txt", credit="AP", take=(3, 0))
    second = _info("take2.txt", credit="AP", take=(2, 0))
    d = infer_direction(first, second, None, None)
    assert (d.source, d.target, d.direction) == ("take2.txt", "take3.txt", "inferred")
    assert "update chain" in d.evidence[0]
    other = _info("reuters.txt", credit="Reuters", take=(1, 0))
    assert infer_direction(first, other, None, None).direction == "undetermined"


_SECOND_TAKE = "BC-US--Plant Explosion, 2nd Ld-Writethru\n\nEds: UPDATES with evacuation.\n\n" + _FIRST_TAKE
_CORRECTED_TAKE = ("BC-US--Plant Explosion, 3rd Ld-Writethru\n\nEds: CORRECTS number evacuated in paragraph 4 to about"
                   " 130, not 300, and shelter to Marietta Middle School.\n\n"
                   + _FIRST_TAKE.replace("about 300", "about 130").replace("High School", "Middle School"))


def _paper_reprint(take: str) -> str:
    """A paper's trimmed reprint of a take: its headline, and its body without the byline and the last line."""
    body = take.split("By MARK GILLESPIE Associated Press\n\n", 1)[1].replace("MARIETTA, Ohio (AP) — ", "")
    return "Chemical plant blast forces evacuations\n\n" + body.rsplit("\n\nThe plant employs", 1)[0] + "\n"


def test_a_paper_that_printed_the_corrected_figure_is_traced_to_the_correction():
    # The same trial: the correction, near-identical to the take it corrects, was grouped with it, so a paper that
    # printed the corrected 130 was matched to the uncorrected take alone and said to have changed the figure; the
    # paper that printed the uncorrected 300 is the uncorrected take's.
    docs = [Document.from_text(text, id=name) for name, text in (
        ("take2.txt", _SECOND_TAKE), ("take3.txt", _CORRECTED_TAKE), ("old.txt", _paper_reprint(_SECOND_TAKE)),
        ("new.txt", _paper_reprint(_CORRECTED_TAKE)))]
    result = run_corpus(docs)
    edges = _edges(result)
    assert edges[("take2.txt", "take3.txt")]["direction"] == "inferred"
    rows = {(r["document"], r["sentence"]): r for r in result.lineage.rows}
    corrected = next(k for (doc, k), r in rows.items() if doc == "new.txt" and "about 130" in r["text"])
    assert rows[("new.txt", corrected)]["source"] == "take3.txt"
    uncorrected = next(k for (doc, k), r in rows.items() if doc == "old.txt" and "about 300" in r["text"])
    assert rows[("old.txt", uncorrected)]["source"] == "take2.txt"


def test_a_briefs_dash_credit_to_the_agency_is_no_mark_of_the_agencys_own_copy():
    # An update-chain editor: a paper's brief closing "— Associated Press" was read as carrying AP's own sign-off,
    # which the wire's take "stripped": that vote cancelled the byline and dateline the take carries and the brief
    # lacks, and the take -> brief edge was undetermined. An agency's copy does not end with a dash credit to itself.
    body = [
        "A worker injured in an explosion at an Ohio chemical plant died early Wednesday, and the U.S. Chemical "
        "Safety Board said it was sending a team of five investigators to the site.",
        "The worker, 41-year-old Kevin Hardesty of Belpre, died at a Columbus hospital, the Washington County "
        "coroner's office said.",
        "The explosion at the Westbrook Polymers plant shortly after 5:30 a.m. Tuesday injured 14 workers and sent a "
        "column of black smoke over the city.",
        "The plant employs about 220 people and makes resins used in paints and adhesives.",
    ]
    wire = Document.from_text(
        "BC-US--Plant Explosion, 5th Ld-Writethru\n\nBy JULIE CARR SMYTH Associated Press\n\n"
        "MARIETTA, Ohio (AP) — " + "\n\n".join(body) + "\n\nThe Associated Press\n", id="wire.txt")
    brief = Document.from_text("Worker dies after Marietta plant explosion\n\n" + "\n\n".join(body[:3])
                               + "\n\n— Associated Press\n", id="brief.txt")
    result = run_corpus([brief, wire])
    d = result.lineage.directions[("brief.txt", "wire.txt")]
    assert (d.source, d.target, d.direction) == ("wire.txt", "brief.txt", "inferred"), d
    assert "sign-off" not in " ".join(d.evidence)


_COMPANY_RELEASE = [
    "Harrow Valley Foods today announced plans to open a £32 million bakery in Wakefield, creating 250 new jobs by "
    "the end of 2025.",
    "The 120,000 sq ft site at Calder Park will produce 1.5 million loaves a week for supermarkets across the north "
    "of England, the company said.",
    'Chief executive Sarah Whitlock said: "Wakefield gives us the skilled workforce and the transport links we need '
    'to grow. This is a long-term commitment to the town."',
    "Construction is due to begin in March, with the first production lines running by the autumn.",
    "The investment is supported by a £2.5 million grant from the West Yorkshire Combined Authority.",
]


@pytest.mark.parametrize(("trailer", "marks"), [
    ("###\n\nFor further information please contact Jane Morris on 01924 555 0123 or email "
     "press@harrowvalleyfoods.co.uk\n\nEditor's notes\nHarrow Valley Foods is a family-owned bakery business "
     "founded in 1962.", {"ends", "contact", "notes"}),
    ("###", {"ends"}),
])
def test_a_company_release_ending_as_us_releases_do_is_the_source_of_a_papers_reprint(trailer: str,
                                                                                       marks: set) -> None:
    # A business and politics desk's re-test: a company's plain-text release with no outlet or address, ending in
    # "###", "For further information please contact ..." and "Editor's notes" (each set aside by cleaning), was read
    # as a paper: its reprint's edge ran undetermined, from the paper to the release.
    from diffsrc.pair.findings.attribution import release_marks

    text = "Harrow Valley Foods to create 250 jobs\n\n" + "\n\n".join(_COMPANY_RELEASE) + "\n\n" + trailer + "\n"
    release = Document.from_text(text, id="release.txt")
    assert release_marks(prepare(release).cleaned.boilerplate, None) == marks
    paper = Document.from_text("Bakery firm to create 250 jobs in Wakefield\n\n" + "\n\n".join(_COMPANY_RELEASE[1:])
                               + "\n\nWakefield Council leader Denise Jeffery welcomed the news.\n", id="paper.txt")
    edges = {key: e["direction"] for key, e in _edges(run_corpus([release, paper])).items()}
    assert edges == {("release.txt", "paper.txt"): "inferred"}
    # A paper's disclosure in the singular, with its text, is no release's notes (SPARK: "EDITOR'S NOTE: ABC is a
    # part owner of the A&E Network").
    assert release_marks(["EDITOR'S NOTE: ABC is a part owner of the A&E Network", "Editor's note:"], None) == set()


@pytest.mark.parametrize(("head", "tail", "marks"), [
    ("Harrow Valley Foods to create 250 jobs", "About Harrow Valley Foods\n\nHarrow Valley Foods is a family-owned "
     "bakery business founded in 1962, employing 1,400 people at six sites.", {"notes"}),
    ("Press Release: Harrow Valley Foods to create 250 jobs", "", {"header"}),
])
def test_a_releases_label_or_lone_about_paragraph_is_a_release_mark(head: str, tail: str, marks: set) -> None:
    # A fact-checker's re-test: a company's release with only a closing "About <Company>" paragraph (no "ENDS" or
    # "Notes to editors" above it, so cleaning keeps it as text) or a "Press Release:" headline was read as a paper,
    # and its reprint's edge ran undetermined, from the paper to the release.
    from diffsrc.pair.findings.attribution import release_marks

    text = head + "\n\n" + "\n\n".join(_COMPANY_RELEASE) + "\n\n" + tail + "\n"
    release = Document.from_text(text, id="release.txt")
    cleaned = prepare(release).cleaned
    assert release_marks(cleaned.boilerplate, None, paragraphs=cleaned.paragraphs) == marks
    paper = Document.from_text("Bakery firm to create 250 jobs in Wakefield\n\n" + "\n\n".join(_COMPANY_RELEASE[1:])
                               + "\n\nWakefield Council leader Denise Jeffery welcomed the news.\n", id="paper.txt")
    edges = {key: e["direction"] for key, e in _edges(run_corpus([release, paper])).items()}
    assert edges == {("release.txt", "paper.txt"): "inferred"}


@pytest.mark.parametrize("text", [
    # A paper's headline that names a release, and a factbox heading over text about something else.
    "Press release reveals council's £2m consultancy bill\n\nThe council spent £2m on consultants last year.\n",
    "Wakefield bakery to create 250 jobs\n\nThe site will open next year.\n\nAbout the bakery\n\nIt was founded in "
    "1962 by two brothers.\n",
])
def test_a_papers_headline_naming_a_release_or_its_factbox_is_no_release_mark(text: str) -> None:
    from diffsrc.pair.findings.attribution import release_marks

    cleaned = prepare(Document.from_text(text, id="paper.txt")).cleaned
    assert release_marks(cleaned.boilerplate, None, paragraphs=cleaned.paragraphs) == set()


# An aviation desk's trial (a rail story here): a wire story, a paper's house-style restyle of it and a rewrite of the
# wire with facts changed on purpose, each made from the wire alone.
_RAIL_WIRE = [
    "Hundreds of thousands of rail passengers faced disruption on Monday after a signalling failure near London "
    "Euston halted all trains on the West Coast Main Line for more than five hours.",
    "Network Rail said the fault, which began at 06:40, was caused by damaged cables between Euston and Watford "
    "Junction.",
    "Avanti West Coast, London Northwestern Railway and the Caledonian Sleeper cancelled or delayed 412 services, "
    "according to the Rail Delivery Group.",
    "The line reopened at 11:55, but Avanti warned that disruption would continue until the end of the day.",
    "It is the third major failure on the route since September, when a broken-down train blocked the line near "
    "Wembley for 14 hours.",
]
_RAIL_RESTYLE = [
    "Hundreds of thousands of rail passengers faced disruption yesterday after a signalling failure near London "
    "Euston halted all trains on the West Coast main line for more than five hours.",
    "Network Rail said the fault, which began at 6.40am, was caused by damaged cables between Euston and Watford "
    "Junction.",
    "Avanti West Coast, London Northwestern Railway and the Caledonian Sleeper cancelled or delayed 412 trains, "
    "according to the Rail Delivery Group (RDG).",
    "The line reopened at 11.55am, but Avanti warned that disruption would continue until the end of the day.",
    "It is the third major failure on the route since September, when a broken-down train blocked the line near "
    "Wembley for fourteen hours.",
]
_RAIL_REWRITE = [
    "Hundreds of thousands of rail passengers faced disruption on Monday after a signalling failure near London "
    "Euston halted all trains on the West Coast Main Line for more than three hours.",
    "Network Rail said the fault, which began at 05:40, was caused by vandalism between Euston and Watford Junction.",
    "Avanti West Coast, London Northwestern Railway and the Caledonian Sleeper cancelled or delayed 214 services, "
    "according to the Rail Delivery Group.",
    "The line reopened at 12:55, but Avanti warned that disruption would continue until the end of the week.",
    "It is the third major failure on the route since October, when a broken-down train blocked the line near "
    "Wembley for 14 hours.",
]


def test_a_rewrite_that_changed_the_wires_figures_is_not_given_to_a_sibling_whose_pair_missed_the_change():
    # The rewrite's 05:40 and 214 went to the restyle ("6.40am", "412 trains"), a sibling with no order to the
    # rewrite, on an undetermined edge: its pair's findings missed those changes, so the rule that sends a corrected
    # figure to the version giving it (a correction) took the restyle for that version and dropped the wire.
    docs = [Document.from_text(text, id=name) for name, text in (
        ("wire.txt", "LONDON (PA) - " + "\n\n".join(_RAIL_WIRE)), ("restyle.txt", "\n\n".join(_RAIL_RESTYLE)),
        ("rewrite.txt", "LONDON - " + "\n\n".join(_RAIL_REWRITE)))]
    result = run_corpus(docs)
    edges = _edges(result)
    assert ("restyle.txt", "rewrite.txt") not in edges and ("rewrite.txt", "restyle.txt") not in edges
    assert edges[("wire.txt", "rewrite.txt")]["directed"]
    rows = [r for r in result.lineage.rows if r["document"] == "rewrite.txt"]
    changed = [r for r in rows if any(v in r["text"] for v in ("05:40", "214 services", "12:55"))]
    assert len(changed) == 3 and all(r["source"] == "wire.txt" for r in changed), changed


# The aviation desk's trial: a wire story, the agency's trim of it (its dateline and credit) and a rewrite of the
# wire with figures changed, each made from the wire alone.
_AIR_WIRE = [
    "A Cascade Air jet made an emergency landing in Portland on Friday after a section of its fuselage blew out "
    "at 16,000 feet, leaving a gaping hole in the side of the cabin, the airline said.",
    "Cascade Air Flight 1282, a Boeing 737 MAX 9 with 171 passengers and six crew on board, had taken off from "
    "Portland International Airport at 17:07 local time bound for Ontario, California.",
    "The aircraft, registered N704AL, returned to Portland about 20 minutes later and landed safely, according to "
    "flight tracking data.",
    "No one was seriously injured, although three passengers were treated for minor injuries at the scene, the "
    "airline said.",
    "The Federal Aviation Administration said it may have been caused by a faulty door plug, a panel that seals "
    "an unused emergency exit.",
    "The National Transportation Safety Board said it was sending a team of investigators to Portland.",
]
_AIR_REWRITE = [
    "A Cascade Air jet made an emergency landing in Portland on Friday after a section of its fuselage blew out "
    "at 18,000 feet, leaving a gaping hole in the side of the cabin, the airline said.",
    "Cascade Air Flight 1283, a Boeing 737 MAX 8 with 177 passengers and six crew on board, had taken off from "
    "Portland International Airport at 17:37 local time bound for Ontario, California.",
    "The aircraft, registered N708AL, returned to Portland about 20 minutes later and landed safely, according to "
    "flight tracking data.",
    "No one was seriously injured, although five passengers were treated for minor injuries at the scene, the "
    "airline said.",
    "The Federal Aviation Administration said it was caused by a faulty door plug, a panel that seals an unused "
    "emergency exit.",
    "The National Transportation Safety Board said it was sending a team of investigators to Portland.",
]


def test_a_rewrite_holding_the_wires_paragraphs_a_trim_lacks_takes_what_both_hold_from_the_wire():
    # The wire and its trim both carry the agency's dateline, so nothing orders them; the rewrite holds two of the
    # wire's paragraphs the trim lacks, but the paragraphs both hold went to the trim by their link score, and the
    # graph drew trim -> rewrite, between siblings.
    dateline = "PORTLAND, Oregon (AP) - "
    docs = [Document.from_text(text, id=name) for name, text in (
        ("wire.txt", dateline + "\n\n".join(_AIR_WIRE)),
        ("trim.txt", dateline + "\n\n".join(_AIR_WIRE[i] for i in (0, 1, 3, 4))),
        ("rewrite.txt", "PORTLAND, Oregon - " + "\n\n".join(_AIR_REWRITE)))]
    result = run_corpus(docs)
    edges = _edges(result)
    assert ("trim.txt", "rewrite.txt") not in edges and edges[("wire.txt", "rewrite.txt")]["directed"]
    rows = [r for r in result.lineage.rows if r["document"] == "rewrite.txt"]
    assert [r["source"] for r in rows] == ["wire.txt"] * len(_AIR_REWRITE)


# An arts desk's trial: a wire obituary, a paper's house-style restyle of it and a rewrite of the wire with facts
# changed on purpose, each made from the wire alone.
_OBIT_WIRE = [
    'Earl "Dusty" Hargrove, the country singer whose 1971 hit "Gravel Road Home" spent six weeks at No. 1, died '
    "Saturday in Nashville. He was 82.",
    "His son, Wade Hargrove, said his father died peacefully after a long battle with Parkinson's disease.",
    "He signed with Cumberland Records in 1968 and released 23 studio albums over five decades.",
    "Hargrove was inducted into the Country Music Hall of Fame in 2009.",
    "A public memorial will be held at the Ryman Auditorium on Dec. 20.",
]
_OBIT_RESTYLE = [
    "Earl 'Dusty' Hargrove, the country singer whose 1971 hit Gravel Road Home spent six weeks at number one, has "
    "died in Nashville aged 82.",
    "His son Wade Hargrove said his father died peacefully on Saturday after a long battle with Parkinson's disease.",
    "He signed with Cumberland Records in 1968 and released 23 studio albums over five decades.",
    "Hargrove was inducted into the Country Music Hall of Fame in 2009.",
    "A public memorial will be held at the Ryman Auditorium on 20 December.",
]
_OBIT_REWRITE = [
    'Earl "Dusty" Hargrove, the country singer whose 1971 hit "Gravel Road Home" spent six weeks at No. 2, died '
    "Saturday in Nashville. He was 84.",
    "His son, Wade Hargrove, said his father died peacefully after a short battle with cancer.",
    "He signed with Cumberland Records in 1968 and released 32 studio albums over five decades.",
    "Hargrove was inducted into the Country Music Hall of Fame in 2019.",
    "A public memorial will be held at the Grand Ole Opry House on Dec. 20.",
]


def test_a_changed_figure_is_not_given_to_a_text_holding_it_only_inside_another_figure():
    # The rewrite's "No. 2" went to the restyle, a sibling whose pair missed the change ("number one"), because its
    # sentence holds "2" inside "aged 82": the restyle was drawn as a source of the rewrite.
    docs = [Document.from_text(text, id=name) for name, text in (
        ("wire.txt", "NASHVILLE, Tenn. (AP) - " + "\n\n".join(_OBIT_WIRE)),
        ("restyle.txt", "\n\n".join(_OBIT_RESTYLE) + "\n\n- Associated Press"),
        ("rewrite.txt", "NASHVILLE, Tenn. - " + "\n\n".join(_OBIT_REWRITE)))]
    result = run_corpus(docs)
    edges = _edges(result)
    assert ("restyle.txt", "rewrite.txt") not in edges and ("rewrite.txt", "restyle.txt") not in edges
    rows = [r for r in result.lineage.rows if r["document"] == "rewrite.txt"]
    assert rows[0]["text"].startswith("Earl") and rows[0]["source"] == "wire.txt", rows[0]


# The arts desk's court story: the wire, a restyle of it (no dateline, British spelling, an agency credit) and a
# rewrite of the wire with its verdict, jury, age, date, speaker, title and prosecutor's office changed.
_COURT_WIRE = [
    "Actor Jordan Blake was found not guilty on Thursday of assaulting a photographer outside a Manhattan nightclub "
    "in 2023, ending a two-week trial.",
    "The jury of seven women and five men deliberated for about four hours before reaching the verdict in state "
    "Supreme Court.",
    "Blake, 41, had been charged with misdemeanor assault and harassment after the photographer, Kevin Doyle, said "
    "the actor shoved him to the ground on Dec. 9, 2023.",
    '"I\'m grateful to the jury and I\'m ready to get back to work," Blake told reporters outside the courthouse.',
    'Doyle\'s lawyer, Rebecca Stein, said her client was "deeply disappointed" and was considering a civil suit.',
    "Prosecutors had argued that security footage showed Blake pushing Doyle, but defense attorney Michael Harlow "
    "said the video was inconclusive.",
    'Blake, best known for the crime drama "Harbor Lights," reportedly lost two film roles after his arrest.',
    "The Manhattan District Attorney's office said it respected the jury's decision.",
]
_COURT_CHANGES = {0: ("found not guilty", "found guilty"), 1: ("seven women and five", "five women and seven"),
                  2: ("41", "44"), 3: ("Blake told", "Michael Harlow told"), 6: ("Lights", "Nights"),
                  7: ("Manhattan", "Brooklyn")}


def test_a_restyle_keeping_the_wires_facts_a_rewrite_changed_takes_what_both_hold_from_the_wire():
    # Nothing orders the wire and the rewrite (no dates, both under AP's dateline); the restyle keeps the wire's
    # verdict, jury, speaker and office where the rewrite changed them, but the lawyer's and the prosecutors'
    # paragraphs, which the rewrite left as they were, went to the rewrite (a tie, a score better by 0.001), and
    # the graph drew rewrite -> restyle between siblings.
    restyle = [p.replace("misdemeanor", "misdemeanour").replace("Dec. 9, 2023", "9 December 2023")
               .replace("defense attorney", "defence barrister").replace('"Harbor Lights,"', "Harbor Lights,")
               for p in _COURT_WIRE]
    rewrite = [p.replace(*_COURT_CHANGES[i]) if i in _COURT_CHANGES else p for i, p in enumerate(_COURT_WIRE)]
    dateline = "NEW YORK (AP) - "
    docs = [Document.from_text(text, id=name) for name, text in (
        ("wire.txt", dateline + "\n\n".join(_COURT_WIRE)), ("rewrite.txt", dateline + "\n\n".join(rewrite)),
        ("restyle.txt", "\n\n".join(restyle) + "\n\nAdditional reporting by AP"))]
    result = run_corpus(docs)
    edges = _edges(result)
    assert ("rewrite.txt", "restyle.txt") not in edges and edges[("wire.txt", "restyle.txt")]["directed"]
    rows = [r for r in result.lineage.rows if r["document"] == "restyle.txt"]
    assert [r["source"] for r in rows] == ["wire.txt"] * len(_COURT_WIRE), rows
