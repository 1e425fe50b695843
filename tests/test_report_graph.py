"""Graph writers: JSON, GraphML, DOT and the self-drawn SVG render the same graph, deterministically."""

from __future__ import annotations

import re
from xml.etree import ElementTree

import pytest

from diffsrc.report.graph import render_dot, render_graphml, render_json, render_svg

SVG = "{http://www.w3.org/2000/svg}"


def _graph(copies: int = 0) -> dict:
    nodes = [{"id": "wire & co <1>.txt", "path": "in/wire.txt", "title": "A \"quoted\" title", "outlet": "apnews.com",
              "credit": "AP", "date": "2025-10-22", "group": "wire & co <1>.txt" if copies else None,
              "group_size": copies + 1, "n_sentences": 20},
             {"id": "rewrite.txt", "path": "in/rewrite.txt", "title": None, "outlet": None, "credit": None,
              "date": None, "group": None, "group_size": 1, "n_sentences": 30}]
    edges = [{"source": "wire & co <1>.txt", "target": "rewrite.txt", "verdict": "partially-derived",
              "target_derived_share": 0.42, "verbatim": 3, "paraphrased": 9, "direction": "inferred",
              "near_duplicate": False, "report": "pairs/x__rewrite.txt.json", "evidence": ["wire copy"]}]
    for k in range(copies):
        nodes.append({"id": f"copy{k}.txt", "path": None, "title": None, "outlet": f"p{k}.com", "credit": "AP",
                      "date": None, "group": "wire & co <1>.txt", "group_size": copies + 1, "n_sentences": 20})
        edges.append({"source": "wire & co <1>.txt", "target": f"copy{k}.txt", "verdict": "wholly-derived",
                      "target_derived_share": 1.0, "verbatim": 20, "paraphrased": 0, "direction": "undetermined",
                      "near_duplicate": True, "report": None, "evidence": []})
    return {"schema": "diffsrc.graph/1", "nodes": nodes, "edges": edges}


def test_svg_is_well_formed_with_ids_links_and_captions():
    svg = render_svg(_graph())
    root = ElementTree.fromstring(svg)
    groups = {g.get("id"): g for g in root.iter(f"{SVG}g")}
    assert "node-wire_co_1_.txt" in groups and "node-rewrite.txt" in groups
    edge = groups["edge-wire_co_1_.txt__rewrite.txt"]
    assert edge.get("data-source") == "wire & co <1>.txt"
    link = edge.find(f"{SVG}a")
    assert link is not None and link.get("href") == "pairs/x__rewrite.txt.html"
    texts = " ".join(t.text or "" for t in root.iter(f"{SVG}text"))
    assert "42% taken · 3/12 verbatim" in texts and "apnews.com · credit AP" in texts and "2025-10-22" in texts
    # the source sits above the text derived from it
    rects = {g.get("data-id"): float(g.find(f"{SVG}rect").get("y")) for g in groups.values() if g.get("data-id")}
    assert rects["wire & co <1>.txt"] < rects["rewrite.txt"]


def test_big_near_duplicate_groups_are_folded_in_the_picture_but_not_in_the_data():
    graph = _graph(copies=40)
    root = ElementTree.fromstring(render_svg(graph))
    shown = [g.get("data-id") for g in root.iter(f"{SVG}g") if g.get("class") == "node"]
    assert len(shown) < 10 and any(s.startswith("+37 copies") for s in shown)
    assert ElementTree.fromstring(render_graphml(graph)).find(".//{http://graphml.graphdrawing.org/xmlns}graph")
    assert render_dot(graph).count("style=dashed") == 40


def _wire_printed_by_papers(papers: int) -> dict:
    """PA's story and papers that all print one trim of it: a near-duplicate group whose every member has its own
    edge from the wire (carried from the representative's comparison), and no edge from the representative."""
    nodes = [{"id": "pa.txt", "credit": "PA", "group": None, "group_size": 1}]
    edges = []
    for k in range(papers):
        nodes.append({"id": f"paper{k}.txt", "credit": "PA", "group": "paper0.txt", "group_size": papers})
        edges.append({"source": "pa.txt", "target": f"paper{k}.txt", "verdict": "wholly-derived",
                      "target_derived_share": 1.0, "verbatim": 8, "paraphrased": 0, "direction": "inferred",
                      "directed": True, "near_duplicate": False, "report": None, "evidence": []})
    return {"schema": "diffsrc.graph/1", "nodes": nodes, "edges": edges}


def test_folded_copies_that_each_derive_from_the_wire_hang_under_the_wire_not_under_a_paper():
    # A wire auditor's re-test: 7 papers' edges from PA were drawn as a dashed "+7 more near-identical copies of
    # paper0.txt" box under paper0, as if they were paper0's copies; PA's arrows to them were gone.
    root = ElementTree.fromstring(render_svg(_wire_printed_by_papers(11)))
    edges = [(g.get("data-source"), g.get("data-target")) for g in root.iter(f"{SVG}g") if g.get("class") == "edge"]
    assert ("pa.txt", "+7 copies of paper0.txt") in edges
    assert all(source == "pa.txt" for source, _ in edges)
    box = next(g for g in root.iter(f"{SVG}g") if g.get("id") == "edge-pa.txt___7_copies_of_paper0.txt")
    assert "the strongest of 7 edges" in box.find(f"{SVG}title").text
    rects = {g.get("data-id"): float(g.find(f"{SVG}rect").get("y")) for g in root.iter(f"{SVG}g") if g.get("data-id")}
    assert rects["+7 copies of paper0.txt"] == rects["paper0.txt"] > rects["pa.txt"]


def test_inline_form_is_the_same_picture_named_as_an_image_with_nodes_linked():
    graph = _graph()
    graph["nodes"][1]["id"] = graph["edges"][0]["target"] = 'the "rewrite".txt'  # quoteattr picks single quotes
    standalone = render_svg(graph)
    links = {"wire & co <1>.txt": "#doc-0", 'the "rewrite".txt': "#doc-1"}
    inline = render_svg(graph, inline=True, node_links=links)
    assert standalone.startswith("<svg xmlns=") and standalone.endswith("</svg>\n")
    assert inline.startswith('<svg role="img" aria-label="Provenance graph" xmlns=') and inline.endswith("</svg>")
    root = ElementTree.fromstring(inline)
    linked = {a.find(f"{SVG}g").get("data-id"): a.get("href") for a in root.findall(f"{SVG}a")}
    assert linked == links  # every node, whatever its name, inside a link to its entry
    # otherwise the very same drawing
    unlinked = inline.replace('<a href="#doc-0">', "").replace('<a href="#doc-1">', "").replace("</g></a>", "</g>")
    assert unlinked.replace('role="img" aria-label="Provenance graph" ', "", 1) + "\n" == standalone


def test_outputs_are_deterministic():
    for render in (render_json, render_graphml, render_dot, render_svg):
        assert render(_graph(copies=5)) == render(_graph(copies=5))


def test_graphml_round_trips_through_networkx():
    nx = pytest.importorskip("networkx")
    import io

    g = nx.read_graphml(io.BytesIO(render_graphml(_graph(copies=2)).encode("utf-8")))
    assert g.edges["wire & co <1>.txt", "rewrite.txt"]["target_derived_share"] == 0.42
    assert g.edges["wire & co <1>.txt", "copy0.txt"]["near_duplicate"] is True
    assert g.nodes["wire & co <1>.txt"]["title"] == 'A "quoted" title'


def test_a_big_graph_is_drawn_as_the_top_of_the_corpus_not_a_hairball():
    from diffsrc.report.graph import MAX_BOXES, picture

    from .corpus_fixtures import big_corpus

    graph, _ = big_corpus(stories=60, copies=12, rewrites=2, alone=300)
    drawing = picture(graph)
    assert drawing.overview and len(drawing.nodes) <= MAX_BOXES
    # a near-duplicate cluster is one box, and the edges between two boxes one line
    clusters = [n for n in drawing.nodes if n.get("cluster")]
    assert clusters and all(n["cluster"] == 13 and n["id"].endswith("_00.txt") for n in clusters)
    assert all(not e["near_duplicate"] for e in drawing.edges)
    # texts that derive from one another come first: no unrelated text while a story is left out
    assert not any(n["id"].startswith("u") for n in drawing.nodes)
    assert drawing.documents == len(graph["nodes"]) and drawing.documents_shown == 15 * len(clusters)
    # each connected group is laid out on its own: a story sits above its rewrites
    for n in clusters:
        k = n["id"][:4]
        assert all(drawing.pos[n["id"]][1] < drawing.pos[r][1] for r in drawing.pos if r.startswith(f"{k}_rewrite"))
    root = ElementTree.fromstring(render_svg(graph))
    assert len([g for g in root.iter(f"{SVG}g") if (g.get("class") or "").startswith("node")]) == len(drawing.nodes)
    texts = " ".join(t.text or "" for t in root.iter(f"{SVG}text"))
    assert f"{drawing.documents_shown} of {drawing.documents} documents" in texts
    # a small graph is drawn whole, as before
    assert not picture(_graph(copies=5)).overview


def _edge(source: str, target: str, share: float, verbatim: int, paraphrased: int, direction: str) -> dict:
    return {"source": source, "target": target, "verdict": "partially-derived", "target_derived_share": share,
            "verbatim": verbatim, "paraphrased": paraphrased, "direction": direction, "near_duplicate": False,
            "report": None, "evidence": []}


def _text_boxes(root) -> list[tuple[str, float, float, float, float]]:
    """Each edge label's and legend line's (text, left, top, right, bottom), at the width Helvetica gives (about
    0.55 of the font size a character)."""
    boxes = []
    for text in root.iter(f"{SVG}text"):
        size = float(text.get("font-size") or 12)
        if size > 11:  # a box's own lines: inside its box
            continue
        x, y = float(text.get("x")), float(text.get("y"))
        boxes.append((text.text, x, y - size, x + 0.55 * size * len(text.text), y + 0.25 * size))
    return boxes


def test_edge_labels_and_lines_keep_clear_of_each_other_and_of_the_legend():
    """An HTML reader's trial on one METER story (PA's first take and its update, four papers): two arrows into the
    Guardian's box ended at one point with their labels printed over each other ("100%taken 00/5 verbatim"), and
    the grey line between two papers in the bottom row ran through the legend, its label over the legend's words."""
    names = ["pa1.txt", "pa2.txt", "sun.txt", "mirror.txt", "mail.txt", "guardian.txt"]
    nodes = [{"id": n, "path": None, "title": None, "outlet": None, "credit": None, "date": None, "group": None,
              "group_size": 1, "n_sentences": 10} for n in names]
    edges = [_edge("pa1.txt", "pa2.txt", 0.53, 5, 3, "dated"), _edge("pa1.txt", "sun.txt", 1.0, 0, 4, "inferred"),
             _edge("pa1.txt", "guardian.txt", 0.84, 0, 4, "inferred"),
             _edge("pa2.txt", "mirror.txt", 1.0, 0, 5, "inferred"),
             _edge("pa2.txt", "mail.txt", 0.65, 6, 11, "inferred"),
             _edge("pa2.txt", "guardian.txt", 1.0, 0, 5, "inferred"),
             _edge("mail.txt", "sun.txt", 1.0, 0, 4, "undetermined"),
             _edge("guardian.txt", "mirror.txt", 1.0, 0, 5, "undetermined")]
    root = ElementTree.fromstring(render_svg({"schema": "diffsrc.graph/1", "nodes": nodes, "edges": edges}))
    boxes = _text_boxes(root)
    assert len(boxes) == len(edges) + 3
    overlaps = [(a[0], b[0]) for i, a in enumerate(boxes) for b in boxes[i + 1:]
                if a[1] < b[3] and b[1] < a[3] and a[2] < b[4] and b[2] < a[4]]
    assert overlaps == []
    assert max(right for _, _, _, right, _ in boxes) <= float(root.get("width"))  # none cut off at the right
    # every line's lowest point (a cubic's control points bound it) above the legend's first line
    legend_top = min(top for text, _, top, _, _ in boxes if text.startswith("Arrow:"))
    lowest = max(float(y) for group in root.iter(f"{SVG}g") if group.get("class") == "edge"
                 for path in group.iter(f"{SVG}path") for y in re.findall(r"[-\d.]+", path.get("d"))[1::2])
    assert lowest < legend_top
