"""The provenance graph (`diffsrc.graph/1`) as JSON, GraphML, DOT and a self-drawn SVG.

All four render the same graph dict (`provenance.build_provenance`); none computes anything of its own beyond
layout. The SVG needs no Graphviz: a layered layout (sources above what derives from them) drawn directly, so a
fresh machine with only Python gets the picture. Output is deterministic: same graph, same bytes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from os.path import commonprefix
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from .. import rx
from ..wording import agree, plural
from .json import dumps

NODE_KEYS = ["path", "title", "outlet", "credit", "date", "dateline", "url", "n_sentences", "group", "group_size",
             "author"]
EDGE_KEYS = ["verdict", "target_derived_share", "verbatim", "paraphrased", "direction", "directed", "near_duplicate",
             "report", "direct_sentences", "direct_share", "evidence"]

# SVG geometry (px).
NODE_W, NODE_H, GAP_X, GAP_Y, MARGIN = 230, 58, 36, 96, 24
ARC_DIP = GAP_Y * 0.45  # how far below its boxes a line between two boxes of one row dips
LABEL_STEP = 13  # the height of an edge label's line (font size 10) and the gap to the next
LABEL_CHAR = 6.0  # the width of one of its characters, at most (Helvetica's average is about 5.5)
# A near-duplicate group larger than this is drawn as its representative, a few copies and a "+N copies" box.
SHOWN_COPIES = 3
# Nodes per line of the picture; a wider layer wraps.
MAX_PER_ROW = 8
# Boxes in one picture. Beyond it (a corpus of hundreds of texts) the picture is an overview of the top of the corpus
# (see `Picture`): a picture of thousands of boxes is a hairball nobody can read, and the tables list everything.
MAX_BOXES = 80
# What a URL is shown without, and the characters kept before the place where two long names that would look
# alike part (`short_names`).
_URL_START = rx.compile(r"^[a-z][a-z0-9+.-]*://(?:www\d?\.)?", re.I)
NAME_LEAD = 10
# A box's line holds this many characters; a longer document name is shortened to it (`short_names`).
BOX_CHARS = 34
# An overview's lines hold fewer boxes, so that on a laptop screen the picture is not scaled down to unreadable text.
OVERVIEW_PER_ROW = 5


def render_json(graph: dict[str, Any]) -> str:
    return dumps(graph)


def _graphml_type(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "int"
    if isinstance(value, float):
        return "double"
    return "string"


def _graphml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    return str(value)


def _key_types(items: list[dict[str, Any]], keys: list[str]) -> dict[str, str]:
    types = {}
    for key in keys:
        kinds = {_graphml_type(item[key]) for item in items if item.get(key) is not None}
        types[key] = kinds.pop() if len(kinds) == 1 else ("double" if kinds == {"int", "double"} else "string")
    return types


def render_graphml(graph: dict[str, Any]) -> str:
    """GraphML for Gephi, yEd and `networkx.read_graphml` (attributes typed; missing values left out)."""
    nodes, edges = graph["nodes"], graph["edges"]
    node_types = _key_types(nodes, NODE_KEYS)
    edge_types = _key_types(edges, EDGE_KEYS)
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
        'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ]
    for key in NODE_KEYS:
        lines.append(f'  <key id="n_{key}" for="node" attr.name="{key}" attr.type="{node_types[key]}"/>')
    for key in EDGE_KEYS:
        lines.append(f'  <key id="e_{key}" for="edge" attr.name="{key}" attr.type="{edge_types[key]}"/>')
    lines.append(f'  <graph id={quoteattr(graph["schema"])} edgedefault="directed">')
    for node in nodes:
        lines.append(f"    <node id={quoteattr(node['id'])}>")
        for key in NODE_KEYS:
            if node.get(key) is not None:
                lines.append(f'      <data key="n_{key}">{escape(_graphml_value(node[key]))}</data>')
        lines.append("    </node>")
    for i, edge in enumerate(edges):
        lines.append(f"    <edge id=\"e{i}\" source={quoteattr(edge['source'])} target={quoteattr(edge['target'])}>")
        for key in EDGE_KEYS:
            value = edge.get(key)
            if value is not None and value != []:
                lines.append(f'      <data key="e_{key}">{escape(_graphml_value(value))}</data>')
        lines.append("    </edge>")
    lines += ["  </graph>", "</graphml>"]
    return "\n".join(lines) + "\n"


def is_directed(edge: Mapping[str, Any]) -> bool:
    """Whether an edge claims a direction (`directed`, or for graphs written before that key, its `direction`)."""
    if isinstance(edge.get("directed"), bool):
        return bool(edge["directed"])
    return edge.get("direction") not in (None, "undetermined")


def derivations(edges: Iterable[Mapping[str, Any]]) -> int:
    """How many edges claim a direction: the derivations the CLI, `CorpusResult` and the corpus page count (shared
    text whose direction the evidence does not decide is not one)."""
    return sum(1 for e in edges if is_directed(e))


def edge_ends(edge: Mapping[str, Any]) -> str:
    """The two ends of an edge as text: "A → B" when it claims a direction, "A — B" (shared text) when not."""
    return f"{edge['source']} {'→' if is_directed(edge) else '—'} {edge['target']}"


def _dot_quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def node_caption(node: dict[str, Any]) -> list[str]:
    """The lines a picture shows for a node: id, outlet/credit, date."""
    origin = " · ".join(v for v in (node.get("outlet"), node.get("credit") and f"credit {node['credit']}") if v)
    lines = [node["id"], origin or "outlet unknown", node.get("date") or "undated"]
    return lines


def edge_caption(edge: dict[str, Any]) -> str:
    """How much the target took (`target_derived_share`) and how much of it verbatim."""
    share = edge.get("target_derived_share") or 0.0
    verbatim = edge.get("verbatim") or 0
    derived = verbatim + (edge.get("paraphrased") or 0)
    text = f"{share:.0%} taken · {verbatim}/{derived} verbatim"
    return text + (" (copy)" if edge.get("near_duplicate") else "")


def render_dot(graph: dict[str, Any]) -> str:
    """Graphviz DOT text (`dot -Tpdf graph.dot`): sources above derivatives, same captions as the SVG."""
    lines = ["digraph provenance {", "  rankdir=TB;", '  node [shape=box, style=rounded, fontname="Helvetica"];',
             '  edge [fontname="Helvetica", fontsize=10];']
    for node in graph["nodes"]:
        lines.append(f"  {_dot_quote(node['id'])} [label={_dot_quote(chr(10).join(node_caption(node)))}];")
    for edge in graph["edges"]:
        share = edge.get("target_derived_share") or 0.0
        attrs = [f"label={_dot_quote(edge_caption(edge))}", f"penwidth={1 + 6 * share:.2f}"]
        if edge.get("near_duplicate"):
            attrs.append("style=dashed")
        if not is_directed(edge):  # drawn as a plain line: the edge claims no direction
            attrs += ["dir=none", "color=gray50"]
        lines.append(f"  {_dot_quote(edge['source'])} -> {_dot_quote(edge['target'])} [{', '.join(attrs)}];")
    lines.append("}")
    return "\n".join(lines) + "\n"


def _slug(text: str) -> str:
    return re.sub(r"[^\w.\-]+", "_", text)


def short_names(names: Iterable[str], width: int) -> dict[str, str]:
    """How long document names (URLs) are shown in `width` characters: {name: shown} for each name shortened.

    A URL is shown without its scheme and "www."; a name still too long keeps its start (the site) and its end
    (the story's slug), its middle left out. Names that would look the same keep instead the stretch where they
    part from the others ("example.co.uk/new…/04/000_07eeea…"), and a name still not told apart that way is left
    whole: two documents never look the same.
    """
    head = width * 3 // 8
    tail = width - head - 1
    bare = {name: _URL_START.sub("", name) for name in names if len(name) > width}
    shown = {name: text if len(text) <= width else text[:head] + "…" + text[-tail:]
             for name, text in sorted(bare.items())}
    for group in _alike(shown):
        for name in group:
            text = bare[name]
            parts_at = max(len(commonprefix([text, bare[other]])) for other in group if other != name)
            start = max(head, parts_at - NAME_LEAD)
            room = tail - (start > head) - (start + tail < len(text))
            shown[name] = (text[:head] + ("…" if start > head else "") + text[start:start + room]
                           + ("…" if start + room < len(text) else ""))
    for group in _alike(shown):
        for name in group:
            del shown[name]
    return shown


def _alike(shown: Mapping[str, str]) -> list[list[str]]:
    """The groups of two or more names that `shown` shows the same way."""
    forms: dict[str, list[str]] = {}
    for name, form in shown.items():
        forms.setdefault(form, []).append(name)
    return [group for group in forms.values() if len(group) > 1]


def _short(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


@dataclass
class Picture:
    """What one picture of the graph draws: its boxes and their places, the edges between them, what is left out.

    A graph of up to `MAX_BOXES` boxes is drawn whole (a big near-duplicate group as its representative, a few
    copies and a "+N copies" box). A bigger one is an overview: every near-duplicate group is one box (a
    `cluster`), the edges between two boxes are one line (the strongest, with `merged` the number it stands for),
    and only the top of the corpus is drawn: connected groups of texts with derivations first, the largest first,
    then clusters of copies alone, each laid out on its own, as many as fit in `MAX_BOXES` boxes. A text that
    shares nothing with any other is left to the tables.
    """

    nodes: list[dict[str, Any]]
    edges: list[dict[str, Any]]
    pos: dict[str, tuple[float, float]]
    overview: bool = False
    documents: int = 0  # documents in the graph
    documents_shown: int = 0  # documents drawn, a cluster box counting all its copies
    components: int = 0  # connected groups of texts in the graph
    components_shown: int = 0


Items = list[dict[str, Any]]


def _fold(nodes: Items, edges: Items) -> tuple[Items, Items]:
    """Big near-duplicate groups folded: the representative and a few copies, then one "+N copies" box.

    The box takes the folded copies' edges: a source's edges to them are one line to the box (the strongest, with
    `merged` the number it stands for), as the representative's are. Copies that derive from the wire, each with its
    edge from it, hang under the wire beside the representative, not under the representative as its copies."""
    members: dict[str, list[str]] = {}
    for node in nodes:
        if node.get("group"):
            members.setdefault(node["group"], []).append(node["id"])
    box_of: dict[str, str] = {}
    extra_nodes: list[dict[str, Any]] = []
    for rep, group in sorted(members.items()):
        copies = sorted(m for m in group if m != rep)
        if len(copies) <= SHOWN_COPIES + 1:
            continue
        folded = copies[SHOWN_COPIES:]
        box = f"+{plural(len(folded), 'copy', 'copies')} of {rep}"
        box_of.update(dict.fromkeys(folded, box))
        extra_nodes.append({"id": box, "folded": len(folded), "group": rep})
    if not box_of:
        return nodes, edges
    kept: list[dict[str, Any]] = []
    merged: dict[tuple[str, str], dict[str, Any]] = {}
    for e in edges:
        source, target = box_of.get(e["source"], e["source"]), box_of.get(e["target"], e["target"])
        if (source, target) == (e["source"], e["target"]):
            kept.append(e)
            continue
        if source == target:
            continue  # between two folded copies
        line = {**e, "source": source, "target": target, "folded": True, "merged": 1, "report": None}
        if (source, target) in merged:
            before = merged[(source, target)]
            line["merged"] += before["merged"]
            if (before.get("target_derived_share") or 0) >= (e.get("target_derived_share") or 0):
                line = {**before, "merged": line["merged"]}
        merged[(source, target)] = line
    nodes = [n for n in nodes if n["id"] not in box_of] + extra_nodes
    return nodes, kept + list(merged.values())


def _layered(nodes: list[dict[str, Any]], edges: list[dict[str, Any]], x0: float, y0: float,
             per_row: int = MAX_PER_ROW) -> tuple[dict[str, tuple[float, float]], float, float]:
    """Layered positions from (x0, y0): a node sits one below its lowest directed parent (the nodes come in
    upstream order already); a wide layer wraps. Returns the positions, the width and the height used."""
    order = {n["id"]: i for i, n in enumerate(nodes)}
    parents: dict[str, list[str]] = {n["id"]: [] for n in nodes}
    for e in edges:
        if (is_directed(e) or (e.get("folded") and e.get("near_duplicate"))) and e["target"] in parents:
            parents[e["target"]].append(e["source"])
    layer: dict[str, int] = {}
    for n in nodes:
        ps = [layer[p] for p in parents[n["id"]] if p in layer]
        layer[n["id"]] = max(ps) + 1 if ps else 0
    rows: dict[int, list[str]] = {}
    for node_id, lay in layer.items():
        rows.setdefault(lay, []).append(node_id)
    pos: dict[str, tuple[float, float]] = {}
    y = y0
    width = 0.0
    for lay in sorted(rows):
        def bary(node_id: str) -> tuple[float, int, str]:
            xs = [pos[p][0] for p in parents[node_id] if p in pos]
            return (sum(xs) / len(xs) if xs else -1.0, order[node_id], node_id)

        row = sorted(rows[lay], key=bary) if lay else sorted(rows[lay], key=lambda i: (order[i], i))
        for k, node_id in enumerate(row):
            # A wide layer wraps onto several lines, so a big corpus gives a tall picture, not an endless strip.
            pos[node_id] = (x0 + (k % per_row) * (NODE_W + GAP_X), y + (k // per_row) * (NODE_H + GAP_Y))
        width = max(width, min(len(row), per_row) * (NODE_W + GAP_X) - GAP_X)
        y += ((len(row) - 1) // per_row + 1) * (NODE_H + GAP_Y)
    return pos, width, y - y0 - GAP_Y


def _components(units: list[str], links: Iterable[tuple[str, str]]) -> list[list[str]]:
    """Connected groups of `units` (each in the units' order), in the order of their first unit."""
    parent = {u: u for u in units}

    def find(u: str) -> str:
        while parent[u] != u:
            parent[u] = parent[parent[u]]
            u = parent[u]
        return u

    for a, b in links:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[rb] = ra
    groups: dict[str, list[str]] = {}
    for u in units:
        groups.setdefault(find(u), []).append(u)
    return list(groups.values())


def picture(graph: Mapping[str, Any], *, max_boxes: int = MAX_BOXES) -> Picture:
    """The boxes, places and edges of the graph's picture (see `Picture`); `render_svg` draws it."""
    nodes = [n for n in graph["nodes"]]
    edges = [e for e in graph["edges"]]
    folded_nodes, folded_edges = _fold(nodes, edges)
    all_components = _components([n["id"] for n in nodes], ((e["source"], e["target"]) for e in edges))
    if len(folded_nodes) <= max_boxes:
        pos, _, _ = _layered(folded_nodes, folded_edges, MARGIN, MARGIN)
        return Picture(folded_nodes, folded_edges, pos, documents=len(nodes), documents_shown=len(nodes),
                       components=len(all_components), components_shown=len(all_components))

    # Overview: one box per near-duplicate group.
    unit_of = {n["id"]: n.get("group") or n["id"] for n in nodes}
    size: dict[str, int] = {}
    for u in unit_of.values():
        size[u] = size.get(u, 0) + 1
    by_id = {n["id"]: n for n in nodes}
    boxes: dict[str, dict[str, Any]] = {}
    for n in nodes:  # upstream first: a group's box takes the group's place in that order
        u = unit_of[n["id"]]
        if u not in boxes:
            boxes[u] = {**by_id.get(u, n), "id": u, "cluster": size[u]} if size[u] > 1 else n
    merged: dict[tuple[str, str, bool], dict[str, Any]] = {}
    for e in edges:
        a, b = unit_of[e["source"]], unit_of[e["target"]]
        if a == b:
            continue
        directed = is_directed(e)
        key = (a, b, True) if directed else (min(a, b), max(a, b), False)
        line = {**e, "source": a, "target": b, "merged": 1}
        if key in merged:
            line["merged"] += merged[key]["merged"]
            if (merged[key].get("target_derived_share") or 0) >= (e.get("target_derived_share") or 0):
                line = {**merged[key], "merged": line["merged"]}
        merged[key] = line
    lines = list(merged.values())
    comps = _components(list(boxes), ((e["source"], e["target"]) for e in lines))
    first = {u: i for i, u in enumerate(boxes)}
    degree: dict[str, int] = {}
    for e in lines:
        for end in (e["source"], e["target"]):
            degree[end] = degree.get(end, 0) + 1
    # Groups of several related boxes first, then clusters of copies alone; the most documents first.
    comps.sort(key=lambda c: (len(c) == 1, -sum(size[u] for u in c), -sum(degree.get(u, 0) for u in c),
                              first[c[0]]))
    chosen: list[list[str]] = []
    used = 0
    for comp in comps:
        if len(comp) == 1 and size[comp[0]] == 1:
            break  # a text that shares nothing with any other: the documents table lists it
        if used + len(comp) > max_boxes:
            if chosen:
                continue
            # One connected group bigger than the picture: its most connected boxes.
            comp = sorted(sorted(comp, key=lambda u: (-degree.get(u, 0), first[u]))[:max_boxes], key=first.get)
        chosen.append(comp)
        used += len(comp)
        if used >= max_boxes:
            break
    shown = {u for c in chosen for u in c}
    drawn_edges = [e for e in lines if e["source"] in shown and e["target"] in shown]
    pos: dict[str, tuple[float, float]] = {}
    drawn_nodes: list[dict[str, Any]] = []
    # Each connected group laid out on its own, the groups packed in shelves as wide as a page shows unscaled.
    max_width = OVERVIEW_PER_ROW * (NODE_W + GAP_X) - GAP_X
    x, y, shelf = float(MARGIN), float(MARGIN), 0.0
    for comp in chosen:
        members = set(comp)
        comp_nodes = [boxes[u] for u in comp]
        comp_edges = [e for e in drawn_edges if e["source"] in members]
        place, width, height = _layered(comp_nodes, comp_edges, 0.0, 0.0, OVERVIEW_PER_ROW)
        if x > MARGIN and x - MARGIN + width > max_width:
            x, y, shelf = float(MARGIN), y + shelf + GAP_Y, 0.0
        for u, (px, py) in place.items():
            pos[u] = (x + px, y + py)
        drawn_nodes += comp_nodes
        x += width + GAP_X
        shelf = max(shelf, height)
    return Picture(drawn_nodes, drawn_edges, pos, overview=True, documents=len(nodes),
                   documents_shown=sum(size[u] for u in shown), components=len(all_components),
                   components_shown=len(chosen))


def _caption(edge: Mapping[str, Any]) -> str:
    """An edge's label in the picture."""
    return "copies (not aligned)" if edge.get("folded") and edge.get("near_duplicate") else edge_caption(dict(edge))


def pair_page(report: str, ext: str) -> str:
    """A pair's report file in the format of extension `ext` (`pairs/x__y.json` -> `pairs/x__y.html`): what an edge
    links to, in the formats the run wrote."""
    return re.sub(r"\.(?:json|md|html)$", "", report) + f".{ext}"


def render_svg(graph: dict[str, Any], *, link_ext: str = "html", node_links: Mapping[str, str] | None = None,
               inline: bool = False, drawing: Picture | None = None) -> str:
    """An SVG picture of the graph, readable at a glance.

    Nodes show the article id, outlet/credit and date; an edge's width grows with the share of the target that
    was taken, its label says that share and how much of it is verbatim; near-duplicate copies are dashed; edges
    whose direction is undetermined are grey lines without an arrow. Every node and edge has an `id` and
    `data-*` attributes, and an edge with a pair report links to `pairs/<source>__<target>.<link_ext>`.

    Args:
        graph: the `diffsrc.graph/1` dict.
        link_ext: the extension of the pair pages the edges link to.
        node_links: node id -> href: each of these nodes is drawn inside a link to it (the HTML corpus page links a
            node to its document's entry).
        inline: the form an HTML page embeds (`graph.svg` is the standalone one): the <svg> element says it is an
            image and names it (`role="img"`, `aria-label`, as a page's images need), and no newline ends it.
        drawing: the `picture(graph)` to draw, when the caller has it already.

    A big graph is drawn as an overview of the top of the corpus (`Picture`): near-identical copies as one box,
    the largest connected groups of related texts first; the legend says how much is shown.
    """
    drawing = drawing or picture(graph)
    pos, nodes, edges = drawing.pos, drawing.nodes, drawing.edges
    drawn = [e for e in edges if e["source"] in pos and e["target"] in pos]
    # The ends each line is drawn from and to: an edge's source and target, but a line of undetermined direction
    # from the upper box down (drawn from the lower, it was an arc under both boxes, through the lower one).
    ends = {id(e): (e["target"], e["source"]) if not is_directed(e) and pos[e["target"]][1] < pos[e["source"]][1]
            else (e["source"], e["target"]) for e in drawn}
    width = max([x for x, _ in pos.values()] + [0]) + NODE_W + MARGIN
    bottom = max([y for _, y in pos.values()] + [0]) + NODE_H
    # A line between two boxes of the bottom row is an arc under them: the legend goes below its dip, or the line
    # ran through the legend's words and its label over them.
    dips = [max(pos[a][1], pos[b][1]) + NODE_H + ARC_DIP for a, b in ends.values() if pos[b][1] <= pos[a][1]]
    below = max([d - bottom for d in dips] + [0.0])
    height = bottom + below + MARGIN + (85 if drawing.overview else 70)
    # Arrows into one box end at points spread along its top, ordered as their sources stand, and their labels
    # stand one above another: at one point, two arrows merged and their labels were printed over each other.
    arriving: dict[str, list[dict[str, Any]]] = {}
    for e in drawn:
        upper, lower = ends[id(e)]
        if pos[lower][1] > pos[upper][1]:
            arriving.setdefault(lower, []).append(e)
    port: dict[int, tuple[int, int]] = {}  # id(edge) -> (its place among the lines into its lower box, how many)
    for into in arriving.values():
        into.sort(key=lambda e: (pos[ends[id(e)][0]][0], pos[ends[id(e)][0]][1], ends[id(e)][0]))
        for k, e in enumerate(into):
            port[id(e)] = (k, len(into))
    # An arrow's label starts beside its arrowhead: the picture is as wide as the furthest reaches.
    width = max([width] + [pos[ends[id(e)][1]][0] + NODE_W * (k + 1) / (n + 1) + 6 + LABEL_CHAR * len(_caption(e))
                           + MARGIN / 2 for e in drawn if id(e) in port for k, n in [port[id(e)]]])
    image_role = 'role="img" aria-label="Provenance graph" ' if inline else ""
    out = [
        f'<svg {image_role}xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
        f'width="{width:.0f}" height="{height:.0f}" viewBox="0 0 {width:.0f} {height:.0f}" '
        f'font-family="Helvetica, Arial, sans-serif" font-size="12" class="diffsrc-graph">',
        "<title>Provenance graph: which text derives from which source</title>",
        "<defs>",
        '<marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="10" markerHeight="10" '
        'markerUnits="userSpaceOnUse" orient="auto-start-reverse">'
        '<path d="M 0 0 L 10 5 L 0 10 z" fill="#334"/></marker>',
        "</defs>",
        '<rect x="0" y="0" width="100%" height="100%" fill="#ffffff"/>',
    ]
    for e in drawn:
        sx, sy = pos[ends[id(e)][0]]
        tx, ty = pos[ends[id(e)][1]]
        share = float(e.get("target_derived_share") or 0.0)
        undetermined = not is_directed(e)
        stroke = "#9aa0a6" if undetermined else "#334"
        if ty > sy:
            k, n = port[id(e)]
            x1, y1, x2, y2 = sx + NODE_W / 2, sy + NODE_H, tx + NODE_W * (k + 1) / (n + 1), ty
            mid = (y1 + y2) / 2
            d = f"M {x1:.1f} {y1:.1f} C {x1:.1f} {mid:.1f}, {x2:.1f} {mid:.1f}, {x2:.1f} {y2:.1f}"
            # beside the arrowhead (labels of edges from one source do not overlap), the later arrows' higher
            lx, ly = x2 + 6, y2 - 8 - LABEL_STEP * k
        else:  # same layer (or upwards, in a cycle): an arc below the boxes
            left, right = sorted([(sx, sy), (tx, ty)])
            x1, y1 = sx + NODE_W / 2, sy + NODE_H
            x2, y2 = tx + NODE_W / 2, ty + NODE_H
            dip = max(y1, y2) + ARC_DIP
            d = f"M {x1:.1f} {y1:.1f} C {x1:.1f} {dip:.1f}, {x2:.1f} {dip:.1f}, {x2:.1f} {y2:.1f}"
            lx, ly = (x1 + x2) / 2, dip - 6
            del left, right
        attrs = [f'd="{d}"', 'fill="none"', f'stroke="{stroke}"', f'stroke-width="{1 + 7 * share:.1f}"',
                 'stroke-opacity="0.8"']
        if e.get("near_duplicate"):
            attrs.append('stroke-dasharray="6 4"')
        if not undetermined:
            attrs.append('marker-end="url(#arrow)"')
        edge_id = f"edge-{_slug(e['source'])}__{_slug(e['target'])}"
        caption = _caption(e)
        tooltip = f"{edge_ends(e)}: {caption}; direction {e.get('direction')}"
        if e.get("merged", 1) > 1:
            tooltip += f"; the strongest of {e['merged']} edges between these two boxes"
        if e.get("evidence"):
            tooltip += " (" + "; ".join(e["evidence"]) + ")"
        body = f"<title>{escape(tooltip)}</title><path {' '.join(attrs)}/>"
        # An overview labels its arrows only: the many grey lines between copies of one story would bury them.
        if not (drawing.overview and undetermined):
            body += (f'<text x="{lx:.1f}" y="{ly:.1f}" font-size="10" fill="#223" '
                     f'stroke="#fff" stroke-width="3" paint-order="stroke">{escape(caption)}</text>')
        report = e.get("report")
        if report:
            href = pair_page(report, link_ext)
            body = f'<a href={quoteattr(href)} xlink:href={quoteattr(href)}>{body}</a>'
        out.append(f'<g class="edge" id={quoteattr(edge_id)} data-source={quoteattr(e["source"])} '
                   f'data-target={quoteattr(e["target"])} data-direction={quoteattr(str(e.get("direction")))}>'
                   f"{body}</g>")
    names = short_names([n["id"] for n in nodes if n["id"] in pos], BOX_CHARS)
    for n in nodes:
        if n["id"] not in pos:
            continue
        x, y = pos[n["id"]]
        stack = ""
        if n.get("folded"):
            lines = [f"+{n['folded']} more near-identical {agree(n['folded'], 'copy', 'copies')}",
                     f"of {_short(n['group'], 28)}", ""]
            fill, dash = "#f6f6f6", ' stroke-dasharray="4 3"'
        elif n.get("cluster"):  # a near-duplicate group as one box, drawn as a stack of pages
            caption = node_caption(n)
            copies = n["cluster"] - 1
            lines = [caption[0], f"+ {copies} near-identical {agree(copies, 'copy', 'copies')}", caption[1]]
            fill, dash = "#eef4ff", ""
            stack = "".join(f'<rect x="{x + d:.1f}" y="{y - d:.1f}" width="{NODE_W}" height="{NODE_H}" rx="6" '
                            f'fill="#ffffff" stroke="#556"/>' for d in (6, 3))
        else:
            lines = node_caption(n)
            fill, dash = ("#eef4ff" if n.get("group") else "#f8fafc"), ""
        lines[0] = names.get(lines[0], lines[0])
        text = "".join(
            f'<text x="{x + 8:.1f}" y="{y + 18 + 15 * k:.1f}"'
            + (' font-weight="bold"' if k == 0 else ' fill="#444"') + f">{escape(_short(line, BOX_CHARS))}</text>"
            for k, line in enumerate(lines) if line
        )
        about = [n["id"], n.get("title"), n.get("path")]
        if n.get("cluster"):
            about.insert(1, f"and {n['cluster'] - 1} near-identical {agree(n['cluster'] - 1, 'copy', 'copies')}")
        cluster = f' data-copies="{n["cluster"] - 1}"' if n.get("cluster") else ""
        node = (
            f'<g class="{"node cluster" if cluster else "node"}" id={quoteattr("node-" + _slug(n["id"]))} '
            f'data-id={quoteattr(n["id"])}{cluster}>'
            f"<title>{escape(' | '.join(str(v) for v in about if v))}</title>{stack}"
            f'<rect x="{x:.1f}" y="{y:.1f}" width="{NODE_W}" height="{NODE_H}" rx="6" fill="{fill}" '
            f'stroke="#556"{dash}/>{text}</g>'
        )
        href = (node_links or {}).get(n["id"])
        out.append(f"<a href={quoteattr(href)}>{node}</a>" if href else node)
    legend = [
        "Arrow: the lower text derives from the upper one (direction from dates or the texts' credits).",
        "Grey line without arrow: shared text, direction undetermined. Dashed: near-identical copy.",
        "Line width and label: share of the target taken from the source, and how much of it verbatim.",
    ]
    if drawing.overview:
        legend.append(
            f"Top of the corpus: {drawing.components_shown} of {drawing.components} connected groups of texts, "
            f"{drawing.documents_shown} of {drawing.documents} documents; a stacked box is a text and its "
            "near-identical copies.")
    ly = height - 58 - (15 if drawing.overview else 0)
    for k, line in enumerate(legend):
        out.append(f'<text x="{MARGIN}" y="{ly + 15 * k:.1f}" font-size="11" fill="#555">{escape(line)}</text>')
    out.append("</svg>")
    return "\n".join(out) + ("" if inline else "\n")


__all__ = ["MAX_BOXES", "Picture", "edge_caption", "edge_ends", "is_directed", "node_caption", "picture", "render_dot",
           "render_graphml", "render_json", "render_svg"]
