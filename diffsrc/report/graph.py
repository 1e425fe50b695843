"""The provenance graph (`diffsrc.graph/1`) as JSON, GraphML, DOT and a self-drawn SVG.

All four render the same graph dict (`provenance.build_provenance`); none computes anything of its own beyond
layout. The SVG needs no Graphviz: a layered layout (sources above what derives from them) drawn directly, so a
fresh machine with only Python gets the picture. Output is deterministic: same graph, same bytes.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from .json import dumps

NODE_KEYS = ["path", "title", "outlet", "credit", "date", "dateline", "url", "n_sentences", "group", "group_size"]
EDGE_KEYS = ["verdict", "target_derived_share", "verbatim", "paraphrased", "direction", "directed", "near_duplicate",
             "report", "direct_sentences", "direct_share", "evidence"]

# SVG geometry (px).
NODE_W, NODE_H, GAP_X, GAP_Y, MARGIN = 230, 58, 36, 96, 24
# A near-duplicate group larger than this is drawn as its representative, a few copies and a "+N copies" box.
SHOWN_COPIES = 3
# Nodes per line of the picture; a wider layer wraps.
MAX_PER_ROW = 8


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


def _short(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def _layout(graph: dict[str, Any]) -> tuple[dict[str, tuple[float, float]], list[dict[str, Any]], list[dict[str, Any]]]:
    """Positions of the drawn nodes, and the nodes and edges drawn (big near-duplicate groups folded)."""
    nodes = list(graph["nodes"])
    edges = list(graph["edges"])
    # Fold big near-duplicate groups: keep the representative and a few copies, add one "+N copies" box.
    members: dict[str, list[str]] = {}
    for node in nodes:
        if node.get("group"):
            members.setdefault(node["group"], []).append(node["id"])
    hidden: set[str] = set()
    extra_nodes: list[dict[str, Any]] = []
    extra_edges: list[dict[str, Any]] = []
    for rep, group in sorted(members.items()):
        copies = sorted(m for m in group if m != rep)
        if len(copies) <= SHOWN_COPIES + 1:
            continue
        folded = copies[SHOWN_COPIES:]
        hidden.update(folded)
        box = f"+{len(folded)} copies of {rep}"
        extra_nodes.append({"id": box, "folded": len(folded), "group": rep})
        extra_edges.append({"source": rep, "target": box, "near_duplicate": True, "direction": "undetermined",
                            "target_derived_share": 1.0, "verbatim": 0, "paraphrased": 0, "folded": True})
    nodes = [n for n in nodes if n["id"] not in hidden] + extra_nodes
    edges = [e for e in edges if e["source"] not in hidden and e["target"] not in hidden] + extra_edges

    # Layers: a node sits one below its lowest directed parent (the nodes come in upstream order already).
    order = {n["id"]: i for i, n in enumerate(nodes)}
    parents: dict[str, list[str]] = {n["id"]: [] for n in nodes}
    for e in edges:
        if is_directed(e) or e.get("folded"):
            parents[e["target"]].append(e["source"])
    layer: dict[str, int] = {}
    for n in sorted(nodes, key=lambda n: order[n["id"]]):
        ps = [layer[p] for p in parents[n["id"]] if p in layer]
        layer[n["id"]] = max(ps) + 1 if ps else 0
    rows: dict[int, list[str]] = {}
    for node_id, lay in layer.items():
        rows.setdefault(lay, []).append(node_id)
    pos: dict[str, tuple[float, float]] = {}
    y = float(MARGIN)
    for lay in sorted(rows):
        def bary(node_id: str) -> tuple[float, int, str]:
            xs = [pos[p][0] for p in parents[node_id] if p in pos]
            return (sum(xs) / len(xs) if xs else -1.0, order[node_id], node_id)

        row = sorted(rows[lay], key=bary) if lay else sorted(rows[lay], key=lambda i: (order[i], i))
        for k, node_id in enumerate(row):
            # A wide layer wraps onto several lines, so a big corpus gives a tall picture, not an endless strip.
            pos[node_id] = (MARGIN + (k % MAX_PER_ROW) * (NODE_W + GAP_X), y + (k // MAX_PER_ROW) * (NODE_H + GAP_Y))
        y += ((len(row) - 1) // MAX_PER_ROW + 1) * (NODE_H + GAP_Y)
    return pos, nodes, edges


def render_svg(graph: dict[str, Any], *, link_ext: str = "html", node_links: Mapping[str, str] | None = None,
               inline: bool = False) -> str:
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
    """
    pos, nodes, edges = _layout(graph)
    width = max([x for x, _ in pos.values()] + [0]) + NODE_W + MARGIN
    height = max([y for _, y in pos.values()] + [0]) + NODE_H + MARGIN + 70
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
    for e in edges:
        if e["source"] not in pos or e["target"] not in pos:
            continue
        sx, sy = pos[e["source"]]
        tx, ty = pos[e["target"]]
        share = float(e.get("target_derived_share") or 0.0)
        undetermined = not is_directed(e)
        stroke = "#9aa0a6" if undetermined else "#334"
        if ty > sy:
            x1, y1, x2, y2 = sx + NODE_W / 2, sy + NODE_H, tx + NODE_W / 2, ty
            mid = (y1 + y2) / 2
            d = f"M {x1:.1f} {y1:.1f} C {x1:.1f} {mid:.1f}, {x2:.1f} {mid:.1f}, {x2:.1f} {y2:.1f}"
            lx, ly = x2 + 6, y2 - 8  # beside the arrowhead: labels of edges from one source do not overlap
        else:  # same layer (or upwards, in a cycle): an arc below the boxes
            left, right = sorted([(sx, sy), (tx, ty)])
            x1, y1 = sx + NODE_W / 2, sy + NODE_H
            x2, y2 = tx + NODE_W / 2, ty + NODE_H
            dip = max(y1, y2) + GAP_Y * 0.45
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
        caption = "copies (not aligned)" if e.get("folded") else edge_caption(e)
        tooltip = f"{edge_ends(e)}: {caption}; direction {e.get('direction')}"
        if e.get("evidence"):
            tooltip += " (" + "; ".join(e["evidence"]) + ")"
        body = (f"<title>{escape(tooltip)}</title><path {' '.join(attrs)}/>"
                f'<text x="{lx:.1f}" y="{ly:.1f}" font-size="10" fill="#223" '
                f'stroke="#fff" stroke-width="3" paint-order="stroke">{escape(caption)}</text>')
        report = e.get("report")
        if report:
            href = re.sub(r"\.json$", f".{link_ext}", report)
            body = f'<a href={quoteattr(href)} xlink:href={quoteattr(href)}>{body}</a>'
        out.append(f'<g class="edge" id={quoteattr(edge_id)} data-source={quoteattr(e["source"])} '
                   f'data-target={quoteattr(e["target"])} data-direction={quoteattr(str(e.get("direction")))}>'
                   f"{body}</g>")
    for n in nodes:
        if n["id"] not in pos:
            continue
        x, y = pos[n["id"]]
        if n.get("folded"):
            lines = [f"+{n['folded']} more near-identical copies", f"of {_short(n['group'], 28)}", ""]
            fill, dash = "#f6f6f6", ' stroke-dasharray="4 3"'
        else:
            lines = node_caption(n)
            fill, dash = ("#eef4ff" if n.get("group") else "#f8fafc"), ""
        text = "".join(
            f'<text x="{x + 8:.1f}" y="{y + 18 + 15 * k:.1f}"'
            + (' font-weight="bold"' if k == 0 else ' fill="#444"') + f">{escape(_short(line, 34))}</text>"
            for k, line in enumerate(lines) if line
        )
        node = (
            f'<g class="node" id={quoteattr("node-" + _slug(n["id"]))} data-id={quoteattr(n["id"])}>'
            f"<title>{escape(' | '.join(str(v) for v in [n['id'], n.get('title'), n.get('path')] if v))}</title>"
            f'<rect x="{x:.1f}" y="{y:.1f}" width="{NODE_W}" height="{NODE_H}" rx="6" fill="{fill}" '
            f'stroke="#556"{dash}/>{text}</g>'
        )
        href = (node_links or {}).get(n["id"])
        out.append(f"<a href={quoteattr(href)}>{node}</a>" if href else node)
    ly = height - 58
    legend = [
        "Arrow: the lower text derives from the upper one (direction from dates or the texts' credits).",
        "Grey line without arrow: shared text, direction undetermined. Dashed: near-identical copy.",
        "Line width and label: share of the target taken from the source, and how much of it verbatim.",
    ]
    for k, line in enumerate(legend):
        out.append(f'<text x="{MARGIN}" y="{ly + 15 * k:.1f}" font-size="11" fill="#555">{escape(line)}</text>')
    out.append("</svg>")
    return "\n".join(out) + ("" if inline else "\n")


__all__ = ["edge_caption", "edge_ends", "is_directed", "node_caption", "render_dot", "render_graphml", "render_json",
           "render_svg"]
