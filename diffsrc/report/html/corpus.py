"""The corpus page (`index.html` of a corpus run): the provenance graph picture with the derivations as text links,
the sortable table of compared pairs, the documents with their pairs, and the inputs that were skipped.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from typing import Any

from .. import graph as graph_report
from .page import as_number, asset, esc, file_href, html_page, percent

# Summary-table columns in the order a reader scans them; other keys follow alphabetically.
SUMMARY_COLUMNS = (
    "source", "target", "verdict", "verbatim", "paraphrased", "added", "omitted",
    "target_derived_share", "source_retained_share",
)


def _pair_page(report: Any) -> str | None:
    """The HTML page beside a pair's JSON report (`pairs/x__y.json` -> `pairs/x__y.html`)."""
    if isinstance(report, str) and report:
        return re.sub(r"\.json$", "", report) + ".html"
    return None


def render_corpus_page(graph: dict[str, Any], summary_rows: Sequence[Mapping[str, Any]],
                       skipped: Sequence[Mapping[str, Any]], *, pair_pages: Mapping[tuple[str, str], str] | None = None,
                       title: str = "Provenance report") -> str:
    """A self-contained HTML page for a corpus: the provenance graph, the sortable summary table, skipped inputs.

    The graph picture is `graph.svg`'s drawing in its inline form: an edge links to its pair's page, a node to its
    document's entry below (which lists that document's pair pages).

    Args:
        graph: the `diffsrc.graph/1` dict.
        summary_rows: one dict per ordered pair (source, target, verdict, counts, shares, direction, ...), in the
            order to show; rows with `"status": "skipped"` are left to `skipped`.
        skipped: inputs that were not used, as {"path", "reason"} dicts.
        pair_pages: (source id, target id) -> relative href of that pair's page. By default a pair with a
            `report` (`pairs/<source>__<target>.json`, in its row or its graph edge) has its page beside it.
        title: the page heading.

    Returns:
        The page as a string; the same inputs always give the same bytes.
    """
    nodes = [n for n in graph.get("nodes") or [] if isinstance(n, Mapping)]
    edges = [e for e in graph.get("edges") or [] if isinstance(e, Mapping)]
    rows = [r for r in summary_rows if r.get("status") != "skipped"]
    pages: dict[tuple[str, str], str] = {}
    if pair_pages is None:
        for item in [*rows, *edges]:
            if page := _pair_page(item.get("report")):
                pages[(str(item.get("source")), str(item.get("target")))] = page
    else:
        pages = dict(pair_pages)
    doc_anchor = {str(n.get("id")): f"doc-{k}" for k, n in enumerate(nodes)}

    out = [f"<h1>{esc(title)}</h1>"]
    out.append(f'<ul class="stats" aria-label="Counts"><li>documents<b>{len(nodes)}</b></li>'
               f"<li>derivations<b>{len(edges)}</b></li><li>pairs compared<b>{len(rows)}</b></li>"
               f"<li>skipped inputs<b>{len(skipped)}</b></li></ul>")
    if skipped:
        out.append(f'<p class="warning">{len(skipped)} input{"s were" if len(skipped) != 1 else " was"} skipped: '
                   '<a href="#skipped">see why</a>.</p>')
    out.append('<nav class="links" aria-label="On this page"><a href="#graph">Graph</a><a href="#pairs">Pairs</a>'
               '<a href="#documents">Documents</a><a href="#skipped">Skipped inputs</a></nav>')

    out.append('<h2 id="graph">Provenance graph</h2>')
    svg = graph_report.render_svg(graph, link_ext="html", inline=True,
                                  node_links={node_id: f"#{anchor}" for node_id, anchor in doc_anchor.items()})
    # A region that may scroll sideways (on a phone) takes keyboard focus so it can be scrolled without a mouse.
    out.append('<figure><div class="graph" tabindex="0" role="region" aria-label="Provenance graph picture">'
               + svg + "</div>"
               "<figcaption>An arrow points from a source to the text derived from it. Select an arrow to open "
               "that pair's report, or a document for its entry below. The same derivations are listed as text "
               "links under the picture.</figcaption></figure>")
    if edges:
        out.append("<h3>Derivations</h3><ul>")
        for e in edges:
            s, t = str(e.get("source")), str(e.get("target"))
            name = esc(graph_report.edge_ends(e))  # "A → B", or "A — B" when the edge claims no direction
            link = f'<a href="{file_href(pages[(s, t)])}">{name}</a>' if (s, t) in pages else name
            details = [str(e.get("verdict") or "")]
            if (share := percent(e.get("target_derived_share"))) != "":
                details.append(f"{share} of the target derived")
            if e.get("verbatim") is not None:
                details.append(f"{e.get('verbatim')} verbatim, {e.get('paraphrased', 0)} paraphrased")
            if e.get("direction"):
                details.append(f"direction {e.get('direction')}")
            if e.get("near_duplicate"):
                details.append("near-duplicate copy")
            out.append(f"<li>{link}: {esc('; '.join(d for d in details if d))}</li>")
        out.append("</ul>")
    else:
        out.append("<p>No document derives from another.</p>")

    out.append('<h2 id="pairs">Pairs</h2>')
    out.append(_summary_table(rows, pages))

    out.append('<h2 id="documents">Documents</h2>')
    out.append(_documents_table(nodes, edges, pages, doc_anchor))

    out.append('<h2 id="skipped">Skipped inputs</h2>')
    if skipped:
        out.append("<ul>" + "".join(f"<li><code>{esc(s.get('path'))}</code>: {esc(s.get('reason'))}</li>"
                                    for s in skipped) + "</ul>")
    else:
        out.append("<p>None: every input was read.</p>")
    return html_page(title, "\n".join(out), asset("corpus.js"), wide=True)


# Summary keys shown under a shorter heading; keys not shown (the report link is on the names, skipped rows have
# their own list, `upstream` is folded into `direction`); and the two flags folded into one narrow "graph" column,
# so the table fits a laptop screen.
_COLUMN_NAMES = {"target_derived_share": "target derived", "source_retained_share": "source retained"}
_HIDDEN_COLUMNS = {"report", "status", "reason", "upstream"}
_GRAPH_FLAGS = {"edge": "edge", "near_duplicate": "near-duplicate"}


def _summary_table(rows: Sequence[Mapping[str, Any]], pages: Mapping[tuple[str, str], str]) -> str:
    if not rows:
        return "<p>No pairs were compared.</p>"
    present = {k for r in rows for k in r} - _HIDDEN_COLUMNS
    columns = [c for c in SUMMARY_COLUMNS if c in present]
    columns += sorted(k for k in present if k not in SUMMARY_COLUMNS and k not in _GRAPH_FLAGS)
    flags = [k for k in _GRAPH_FLAGS if k in present]
    out = ["<p class=\"muted\">Shares are of the target's and the source's text. Direction says how the order of "
           "the two texts was decided; “reversed” when the evidence puts this row's target first."
           '<span class="sort-note" hidden> Select a column heading to sort by it; select it again to reverse.</span>'
           "</p>",
           '<div class="scroll" tabindex="0" role="region" aria-label="Pairs table">'
           '<table class="sortable summary"><thead><tr>']
    out += [f'<th scope="col">{esc(_COLUMN_NAMES.get(c, c.replace("_", " ")))}</th>' for c in columns]
    out.append('<th scope="col">graph</th>' if flags else "")
    out.append("</tr></thead><tbody>")
    for row in rows:
        source, target = str(row.get("source")), str(row.get("target"))
        page = pages.get((source, target))
        cells = [_summary_cell(c, _direction(row) if c == "direction" else row.get(c), page) for c in columns]
        if flags:
            cells.append(f"<td>{', '.join(_GRAPH_FLAGS[k] for k in flags if row.get(k) is True)}</td>")
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</tbody></table></div>")
    return "".join(out)


def _direction(row: Mapping[str, Any]) -> Any:
    """The pair's direction as this row reads it: `upstream` (the text the evidence puts first) folded in."""
    direction, upstream = row.get("direction"), row.get("upstream")
    if isinstance(direction, str) and isinstance(upstream, str) and upstream == row.get("target"):
        return f"{direction}, reversed"
    return direction


def _summary_cell(column: str, value: Any, page: str | None) -> str:
    if isinstance(value, bool):
        return f'<td data-sort="{int(value)}">{"yes" if value else "no"}</td>'
    number = as_number(value)
    if column in ("source", "target"):
        shown = f'<a href="{file_href(page)}">{esc(value)}</a>' if page else esc(value)
        return f'<td class="id">{shown}</td>'
    if column.endswith("_share") and number is not None:
        return f'<td class="n" data-sort="{number!r}">{number:.0%}</td>'
    if number is not None and not isinstance(value, str):
        return f'<td class="n" data-sort="{number!r}">{esc(_plain_number(number))}</td>'
    if column == "verdict" and value:
        return f'<td><span class="tag verdict-{esc(value)}">{esc(value)}</span></td>'
    return f"<td>{'' if _is_missing(value) else esc(value)}</td>"


def _documents_table(nodes: Sequence[Mapping[str, Any]], edges: Sequence[Mapping[str, Any]],
                     pages: Mapping[tuple[str, str], str], anchors: Mapping[str, str]) -> str:
    if not nodes:
        return "<p>No documents.</p>"

    def links(pairs: list[tuple[str, str]], other: int) -> str:
        items = []
        for pair in pairs:
            name = esc(pair[other])
            items.append(f'<a href="{file_href(pages[pair])}">{name}</a>' if pair in pages else name)
        return ", ".join(items)

    columns = ("id", "title", "outlet", "credit", "date")
    out = ['<div class="scroll"><table class="sortable documents"><thead><tr>']
    out += [f'<th scope="col">{c}</th>' for c in columns]
    out.append('<th scope="col">derives from</th><th scope="col">source of</th>'
               '<th scope="col">shares text with (direction undetermined)</th></tr></thead><tbody>')
    # Each node's edges, gathered in one pass (a scan of all edges per node made 10,000-document pages quadratic).
    # Only an edge that claims a direction makes one document derive from the other.
    parents_of: dict[str, list[tuple[str, str]]] = {}
    children_of: dict[str, list[tuple[str, str]]] = {}
    shared_with: dict[str, list[tuple[tuple[str, str], int]]] = {}
    for e in edges:
        pair = (str(e.get("source")), str(e.get("target")))
        if graph_report.is_directed(e):
            parents_of.setdefault(pair[1], []).append(pair)
            children_of.setdefault(pair[0], []).append(pair)
        else:
            shared_with.setdefault(pair[0], []).append((pair, 1))
            shared_with.setdefault(pair[1], []).append((pair, 0))
    for n in nodes:
        node_id = str(n.get("id"))
        parents = parents_of.get(node_id, [])
        children = children_of.get(node_id, [])
        others = ", ".join(links([pair], other) for pair, other in shared_with.get(node_id, []))
        cells = "".join(f"<td>{esc(n.get(c) or '')}</td>" for c in columns[1:])
        out.append(f'<tr id="{anchors[node_id]}"><td class="id">{esc(node_id)}</td>{cells}'
                   f"<td>{links(parents, 0)}</td><td>{links(children, 1)}</td><td>{others}</td></tr>")
    out.append("</tbody></table></div>")
    return "".join(out)


def _plain_number(number: float) -> str:
    return str(int(number)) if number.is_integer() else f"{number:.4g}"


def _is_missing(value: Any) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))
