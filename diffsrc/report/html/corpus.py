"""The corpus page (`index.html` of a corpus run): the provenance graph picture with its derivations as text links,
the table of compared pairs, the documents with their relations, and the inputs that were skipped.

The page stays usable at 10,000 documents and more. The two tables are not written out as HTML rows: their rows
travel in the page as JSON data islands (`<script type="application/json">`, never run), and `assets/corpus.js`
renders one page of rows at a time, with filters, sorting by any column and paging. Near-identical copies are one
row (a near-duplicate cluster, which expands to its copies). Without JavaScript the strongest rows are written as
plain HTML (`FALLBACK_ROWS` of them) and the page says where the rest are. The picture is drawn whole for a small
corpus, and as an overview of the top of the corpus for a big one (`graph.picture`).
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any
from urllib.parse import quote

from ...wording import agree, plural
from .. import graph as graph_report
from .page import PAGE_LANGUAGE, as_number, asset, esc, file_href, html_fragment, html_page, lang_attr, percent

# Summary-table columns in the order a reader scans them; other keys follow alphabetically.
SUMMARY_COLUMNS = (
    "source", "target", "verdict", "verbatim", "paraphrased", "added", "omitted",
    "target_derived_share", "source_retained_share",
)
# Rows of each table written as HTML for readers without JavaScript (the strongest, in the table's order). The
# script shows `PAGE_ROWS` at a time and lets the reader choose more.
FALLBACK_ROWS = 100
PAGE_ROWS = 50
# Links shown in one cell (a wire story may be the source of hundreds of texts); the rest are counted.
LINKS_SHOWN = 10
# A document's name longer than this (a page's URL) is shown shortened, the whole of it in the cell's tooltip: a
# name kept on one line keeps a row one line tall, and the site and the story's slug are what tells two URLs
# apart (`graph.short_names`). The script reads the shortened names from the page's "short-names" data.
ID_SHOWN = 40

# Summary keys shown under a shorter heading; keys not shown (the report link is on the names, skipped rows have
# their own list, `upstream` is folded into `direction`); and the two flags folded into one narrow "graph" column,
# so the table fits a laptop screen.
_COLUMN_NAMES = {"target_derived_share": "target derived", "source_retained_share": "source retained"}
_HIDDEN_COLUMNS = {"report", "status", "reason", "upstream"}
# Keys shown only when some row has a value: a corpus without near-identical copies has no carried rows.
_SHOWN_WHEN_SET = {"carried_from"}
_GRAPH_FLAGS = {"edge": "edge", "near_duplicate": "near-duplicate"}
# How a column's values are shown and sorted (the script reads the same kinds).
_KINDS = {"source": "id", "target": "id", "verdict": "verdict", "verbatim": "count", "paraphrased": "count",
          "added": "count", "omitted": "count", "target_derived_share": "share", "source_retained_share": "share"}
# Where the long one-word column headings may break, at a soft hyphen ("para-" / "phrased"): the narrow count and
# flag columns are as wide as their heading's longest word, and unbroken they pushed the seeds' pairs table (14
# columns) 280 px past a 1280 px window. Browsers hyphenate by dictionary only where they have one (`hyphens:auto`
# did nothing in Chromium on Linux), so the places are written here; the script names each sort button by the
# heading without them, so a screen reader hears the plain word.
_HEADING_BREAKS = {"paraphrased": "para\u00adphrased", "unattributed": "un\u00adattributed",
                   "verbatim": "verba\u00adtim", "retained": "re\u00adtained", "direction": "di\u00adrection",
                   "omitted": "omit\u00adted", "derived": "de\u00adrived"}
# Filters offered above the pairs table: a choice among a column's values ("which outlets reprint without
# credit": a target outlet and unattributed reuse).
_PAIR_FILTERS = ("verdict", "direction", "graph", "target_outlet", "unattributed_reuse")
# The documents' outlets, beside the pair's ids, when any document has one.
_OUTLET_COLUMNS = ("source_outlet", "target_outlet")


def _pair_page(report: Any, ext: str = "html") -> str | None:
    """The page beside a pair's report in the format of extension `ext` (`graph_report.pair_page`), if it has one."""
    return graph_report.pair_page(report, ext) if isinstance(report, str) and report else None


def _href(path: str) -> str:
    """A relative link to one of our files, percent-encoded (the HTML-escaped form is `page.file_href`)."""
    return quote(path, safe="/._-~")


def render_corpus_page(graph: dict[str, Any], summary_rows: Sequence[Mapping[str, Any]],
                       skipped: Sequence[Mapping[str, Any]], *, pair_pages: Mapping[tuple[str, str], str] | None = None,
                       languages: Mapping[str, str | None] | None = None, title: str = "Provenance report",
                       link_ext: str = "html") -> str:
    """A self-contained HTML page for a corpus: the provenance graph, the pairs and documents tables, skipped inputs.

    The graph picture is `graph.svg`'s drawing in its inline form: an edge links to its pair's page, a node to its
    document's entry below (which lists that document's pair pages).

    Args:
        graph: the `diffsrc.graph/1` dict.
        summary_rows: one dict per ordered pair (source, target, verdict, counts, shares, direction, ...), in the
            order to show; rows with `"status": "skipped"` are left to `skipped`.
        skipped: inputs that were not used, as {"path", "reason"} dicts.
        pair_pages: (source id, target id) -> relative href of that pair's page. By default a pair with a
            `report` (`pairs/<source>__<target>.json`, in its row or its graph edge) has its page beside it.
        languages: document id -> the language its text is written in (`text.language.text_language` of its
            opening; None: not known), for the `lang` of its title on the page as a pair page marks it
            (`page.lang_attr`). A document not in it is of a language not known.
        title: the page heading.
        link_ext: the extension of the pair pages linked to by default (`html`; `md` or `json` when the run wrote
            only those formats).

    Returns:
        The page as a string; the same inputs always give the same bytes.
    """
    nodes = [n for n in graph.get("nodes") or [] if isinstance(n, Mapping)]
    edges = [e for e in graph.get("edges") or [] if isinstance(e, Mapping)]
    rows = [r for r in summary_rows if r.get("status") != "skipped"]
    pages: dict[tuple[str, str], str] = {}
    if pair_pages is None:
        for item in [*rows, *edges]:
            if page := _pair_page(item.get("report"), link_ext):
                pages[(str(item.get("source")), str(item.get("target")))] = page
    else:
        pages = dict(pair_pages)
    doc_anchor = {str(n.get("id")): f"doc-{k}" for k, n in enumerate(nodes)}
    short = graph_report.short_names(
        [*doc_anchor, *(str(r.get(end)) for r in rows for end in ("source", "target"))], ID_SHOWN)

    out = [f"<h1>{esc(title)}</h1>", _stats(nodes, edges, len(rows), len(skipped))]
    if skipped:
        out.append(f'<p class="warning">{plural(len(skipped), "input")} {agree(len(skipped), "was", "were")} skipped: '
                   '<a href="#skipped">see why</a>.</p>')
    out.append('<nav class="links" aria-label="On this page"><a href="#graph">Graph</a><a href="#pairs">Pairs</a>'
               '<a href="#documents">Documents</a><a href="#skipped">Skipped inputs</a></nav>')

    out.append('<h2 id="graph">Provenance graph</h2>')
    drawing = graph_report.picture(graph)
    if drawing.overview:
        out.append(f'<p class="muted">The top of the corpus: the {drawing.components_shown} largest of '
                   f"{drawing.components:,} connected groups of texts ({drawing.documents_shown:,} of "
                   f"{drawing.documents:,} documents), groups of related texts before clusters of copies alone; a "
                   "stacked box is a text and its near-identical copies. Every document and pair is in the tables "
                   "below, and the whole graph in graph.json, graph.graphml and graph.dot.</p>")
    svg = graph_report.render_svg(graph, link_ext=link_ext, inline=True, drawing=drawing,
                                  node_links={node_id: f"#{anchor}" for node_id, anchor in doc_anchor.items()})
    # A region that may scroll sideways (on a phone) takes keyboard focus so it can be scrolled without a mouse.
    out.append('<figure><div class="graph" tabindex="0" role="region" aria-label="Provenance graph picture">'
               + svg + "</div>"
               "<figcaption>An arrow points from a source to the text derived from it; a grey line without an "
               "arrow joins texts that share text when the evidence does not say which came first. Select an edge "
               "to open that pair's report, or a document for its entry below. The same edges are listed as text "
               "links under the picture.</figcaption></figure>")
    out.append(_derivations(drawing, edges, pages))

    out.append('<h2 id="pairs">Pairs</h2>')
    outlets = {str(n.get("id")): n.get("outlet") for n in nodes if n.get("outlet")}
    if outlets:
        rows = [{**r, "source_outlet": outlets.get(str(r.get("source"))),
                 "target_outlet": outlets.get(str(r.get("target")))} for r in rows]
    out.append(_pairs_table(rows, pages, short))

    out.append('<h2 id="documents">Documents</h2>')
    out.append(_documents_table(nodes, edges, pages, doc_anchor, short, languages or {}))

    if short:  # the shortened names, once for both tables' script
        out.append(_data_island(short, "short-names"))
    out.append('<h2 id="skipped">Skipped inputs</h2>')
    if skipped:
        out.append("<ul>" + "".join(f"<li><code>{esc(s.get('path'))}</code>: {esc(s.get('reason'))}</li>"
                                    for s in skipped) + "</ul>")
    else:
        out.append("<p>None: every input was read.</p>")
    return html_page(title, "\n".join(out), asset("corpus.js"), wide=True)


def render_corpus_inline(graph: Mapping[str, Any], *, n_pairs: int, skipped: int, limit: int = 10) -> str:
    """A corpus run's headline counts and its strongest edges as an HTML fragment, for a notebook
    (`CorpusResult._repr_html_`): the corpus page's counts and edge lines ("A → B" only where the evidence gives a
    direction, "A — B" where it does not), without links to files that a run in memory has not written; styles
    scoped to the fragment, no script.

    Args:
        graph: the `diffsrc.graph/1` dict.
        n_pairs: ordered pairs compared.
        skipped: inputs that were not used.
        limit: edges shown, those taking the largest share of their target first.
    """
    nodes = [n for n in graph.get("nodes") or [] if isinstance(n, Mapping)]
    edges = [e for e in graph.get("edges") or [] if isinstance(e, Mapping)]
    strongest = sorted(edges, key=lambda e: (-(as_number(e.get("target_derived_share")) or 0.0),
                                             str(e.get("source")), str(e.get("target"))))[:limit]
    out = ["<h2>Provenance</h2>", _stats(nodes, edges, n_pairs, skipped)]
    if strongest:
        shown = "The" if len(strongest) == len(edges) else f"The {len(strongest)} strongest of the"
        out.append(f'<p class="muted">{shown} edges, by the share of the target taken; an arrow points from a '
                   "source to the text derived from it, a dash joins texts whose direction the evidence does not "
                   "decide.</p><ul>")
        out += [_edge_line(e, {}) for e in strongest]
        out.append("</ul>")
    else:
        out.append("<p>No document derives from another.</p>")
    return html_fragment("\n".join(out))


def _stats(nodes: Sequence[Mapping[str, Any]], edges: Sequence[Mapping[str, Any]], pairs: int, skipped: int) -> str:
    directed = graph_report.derivations(edges)
    clusters = sum(1 for n in nodes if n.get("group") == n.get("id") and (n.get("group_size") or 1) > 1)
    return (f'<ul class="stats" aria-label="Counts"><li>documents<b>{len(nodes):,}</b></li>'
            f"<li>near-duplicate clusters<b>{clusters:,}</b></li>"
            f"<li>derivations<b>{directed:,}</b></li>"
            f"<li>shared text, direction undetermined<b>{len(edges) - directed:,}</b></li>"
            f"<li>pairs compared<b>{pairs:,}</b></li><li>skipped inputs<b>{skipped:,}</b></li></ul>")


def _edge_line(e: Mapping[str, Any], pages: Mapping[tuple[str, str], str],
               sizes: Mapping[str, int] | None = None) -> str:
    """One edge as a line: "A → B" (or "A — B" when it claims no direction), linked to the pair's page when it has
    one, with its verdict and shares; `sizes` gives the cluster size of an end that stands for copies."""
    sizes = sizes or {}

    def label(end: str) -> str:
        return f"{end} (+{plural(sizes[end] - 1, 'copy', 'copies')})" if sizes.get(end) else end

    s, t = str(e.get("source")), str(e.get("target"))
    name = esc(graph_report.edge_ends({**e, "source": label(s), "target": label(t)}))
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
    if e.get("merged", 1) > 1:
        details.append(f"the strongest of {e['merged']} edges between these boxes")
    return f"<li>{link}: {esc('; '.join(d for d in details if d))}</li>"


def _derivations(drawing: graph_report.Picture, graph_edges: Sequence[Mapping[str, Any]],
                 pages: Mapping[tuple[str, str], str]) -> str:
    """The picture's edges as text links: "A → B" when an edge claims a direction, "A — B" when it does not.

    A whole picture's list is every edge of the graph, those of the copies a "+N copies" box stands for too (the
    page's "derivations" count them all); an overview's is the lines it draws, a cluster's end named with its size.
    """
    edges = [e for e in drawing.edges if not e.get("folded")] if drawing.overview else list(graph_edges)
    if not edges:
        return "<p>No document derives from another.</p>"
    sizes = {n["id"]: n.get("cluster") for n in drawing.nodes if n.get("cluster")}
    if drawing.overview:
        # The list of a big picture is long: it waits, folded, for whoever needs the picture as text.
        out = [f"<details><summary>Edges in the picture, as text ({len(edges)})</summary>"
               "<p class=\"muted\">A “+N copies” end stands for a text and its near-identical copies.</p><ul>"]
    else:
        out = ["<h3>Derivations</h3><ul>"]

    out += [_edge_line(e, pages, sizes) for e in edges]
    out.append("</ul></details>" if drawing.overview else "</ul>")
    return "".join(out)


# ------------------------------------------------------------------------------------------------- data tables
#
# A table's data island: {"name", "columns": [{"key", "label", "kind", "lang"}], "filters": [column index, ...],
# "rows": [row, ...]}; a row is {"c": [cell, ...]} plus "h" (the pair page its names link to), "a" (its anchor),
# "m" (a cluster's member rows, same shape), "g" (the row only sums its members up: the pairs of a cluster), "l"
# (the `lang` of its document's text, in the cells of a column with "lang": true; "" where that language is not
# known, absent where it is the page's own). A cell is a string, number, boolean or null; a cluster's numbers may be
# a [low, high] range; a "links" cell is a list of [text, href or null]. The script and the HTML fallback show a
# cell the same way.


def _cell_html(kind: str, value: Any, href: str | None, short: Mapping[str, str], lang: str = "") -> str:
    """One cell as the script writes it; `lang`: the `lang` attribute of a cell of document text (`lang_attr`)."""
    if kind == "links":
        links = value or []
        items = [f'<a href="{esc(h)}"{_full_name(t, short)}>{_name_html(t, short)}</a>' if h
                 else f'<span{_full_name(t, short)}>{_name_html(t, short)}</span>' if t in short else esc(t)
                 for t, h in links[:LINKS_SHOWN]]
        more = f" and {len(links) - LINKS_SHOWN} more" if len(links) > LINKS_SHOWN else ""
        return f"<td>{', '.join(items)}{more}</td>"
    if isinstance(value, bool):
        return f"<td>{'yes' if value else 'no'}</td>"
    if kind == "id":
        name = "" if _is_missing(value) else str(value)
        shown = f'<a href="{esc(href)}">{_name_html(name, short)}</a>' if href else _name_html(name, short)
        return f'<td class="id"{_full_name(name, short)}>{shown}</td>'
    if isinstance(value, list) and len(value) == 2:  # a cluster's range
        low, high = (_format(kind, v) for v in value)
        return f'<td class="n">{esc(low if low == high else f"{low}–{high}")}</td>'
    number = as_number(value)
    if number is not None and not isinstance(value, str):
        return f'<td class="n">{esc(_format(kind, number))}</td>'
    if kind == "verdict" and value:
        return f'<td><span class="tag verdict-{esc(value)}">{esc(value)}</span></td>'
    return f"<td{lang}>{'' if _is_missing(value) else esc(value)}</td>"


def _name_html(name: str, short: Mapping[str, str]) -> str:
    """A document's name, shortened as `short` says, with its whole self in a tooltip when it is."""
    return esc(short.get(name, name))


def _full_name(name: str, short: Mapping[str, str]) -> str:
    """The title attribute that shows a shortened name in full (none for a name shown whole)."""
    return f' title="{esc(name)}"' if name in short else ""


def _format(kind: str, number: float) -> str:
    return f"{number:.0%}" if kind == "share" else _plain_number(number)


def _row_html(columns: list[dict[str, str]], row: Mapping[str, Any], short: Mapping[str, str]) -> str:
    lang = lang_attr(row["l"]) if "l" in row else ""
    cells = [_cell_html(col["kind"], value, row.get("h"), short, lang if col.get("lang") else "")
             for col, value in zip(columns, row["c"], strict=True)]
    anchor = f' id="{esc(row["a"])}"' if row.get("a") else ""
    if row.get("m"):
        # Without the script a cluster cannot open: say how many copies it stands for.
        copies = plural(len(row["m"]), "copy", "copies")
        cells[0] = cells[0].replace("</td>", f'<span class="copies">+{copies}</span></td>', 1)
    return f'<tr{anchor}>{"".join(cells)}</tr>'


def _data_island(data: Any, kind: str = "table-data") -> str:
    """JSON the browser never runs (`type="application/json"`): `<`, `>` and `&` escaped, so no article text can
    close the element, whatever it holds."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return f'<script type="application/json" class="{kind}">{text}</script>'


def _data_table(name: str, caption: str, columns: list[dict[str, str]], rows: list[dict[str, Any]],
                filters: list[int], what: str, where: str, short: Mapping[str, str]) -> str:
    """A table: its first rows as HTML (what a reader without JavaScript gets), all of them as a data island, and
    the controls the script shows (filter, choices, paging; the headings become sort buttons). `short`: how long
    document names are shown (`short_names`)."""
    total = sum((0 if r.get("g") else 1) + len(r.get("m") or ()) for r in rows)  # a summing-up row: its members
    shown = rows[:FALLBACK_ROWS]
    out = [f'<div class="datatable" data-table="{esc(name)}" data-page-rows="{PAGE_ROWS}">',
           f'<div class="tools" hidden><label>Find <input type="search" class="find" '
           f'aria-controls="{esc(name)}-table" placeholder="id, title, outlet…"></label>']
    for index in filters:
        out.append(f'<label>{esc(columns[index]["label"])} <select class="choose" data-column="{index}" '
                   f'aria-controls="{esc(name)}-table"><option value="">any</option></select></label>')
    out.append('<span class="count" role="status" aria-live="polite"></span></div>')
    out.append(f'<div class="scroll" tabindex="0" role="region" aria-label="{esc(caption)}">'
               f'<table class="data {esc(name)}" id="{esc(name)}-table"><thead><tr>')
    out += [f'<th scope="col">{esc(_heading(col["label"]))}</th>' for col in columns]
    out.append("</tr></thead><tbody>")
    out += [_row_html(columns, row, short) for row in shown]
    out.append("</tbody></table></div>")
    out.append(f'<nav class="pager" hidden aria-label="{esc(caption)} pages"><button type="button" class="prev">'
               '← Previous</button><span class="where"></span><button type="button" class="next">Next →</button>'
               '<label>Rows per page <select class="size">'
               + "".join(f'<option{" selected" if n == PAGE_ROWS else ""}>{n}</option>' for n in (25, 50, 100, 250))
               + "</select></label></nav>")
    if len(shown) < len(rows) or total != len(rows):
        clusters = " (near-identical copies are one row)" if total != len(rows) else ""
        out.append(f'<p class="muted fallback">Without JavaScript this table shows its first {len(shown):,} rows '
                   f"of {len(rows):,}{clusters}, {what}; all {total:,} are in {where}.</p>")
    out.append(_data_island({"name": name, "columns": columns, "filters": filters, "rows": rows}))
    out.append("</div>")
    return "".join(out)


def _heading(label: str) -> str:
    """A column's label as its heading shows it: its long words with their soft hyphens (`_HEADING_BREAKS`)."""
    return " ".join(_HEADING_BREAKS.get(word, word) for word in label.split(" "))


def _pairs_table(rows: Sequence[Mapping[str, Any]], pages: Mapping[tuple[str, str], str],
                 short: Mapping[str, str]) -> str:
    if not rows:
        return "<p>No pairs were compared.</p>"
    present = {k for r in rows for k in r if k not in _SHOWN_WHEN_SET or r[k]} - _HIDDEN_COLUMNS
    keys = [c for c in SUMMARY_COLUMNS if c in present]
    if "target" in keys:
        keys[keys.index("target") + 1:keys.index("target") + 1] = [k for k in _OUTLET_COLUMNS if k in present]
    keys += [k for k in ("direction",) if k in present]
    keys += sorted(k for k in present if k not in keys and k not in _GRAPH_FLAGS)
    flags = [k for k in _GRAPH_FLAGS if k in present]
    columns = [{"key": k, "label": _COLUMN_NAMES.get(k, k.replace("_", " ")), "kind": _KINDS.get(k, "text")}
               for k in keys]
    if flags:
        columns.append({"key": "graph", "label": "graph", "kind": "text"})

    def entry(row: Mapping[str, Any]) -> dict[str, Any]:
        cells = [_direction(row) if k == "direction" else _plain(row.get(k)) for k in keys]
        if flags:
            cells.append(", ".join(_GRAPH_FLAGS[k] for k in flags if row.get(k) is True))
        item: dict[str, Any] = {"c": cells}
        if page := pages.get((str(row.get("source")), str(row.get("target")))):
            item["h"] = _href(page)
        return item

    # A representative's comparisons with its near-identical copies are one cluster row, where the strongest of
    # them stands in the table's order.
    copies: dict[str, list[Mapping[str, Any]]] = {}
    for row in rows:
        if row.get("near_duplicate") is True:
            copies.setdefault(str(row.get("source")), []).append(row)
    entries: list[dict[str, Any]] = []
    for row in rows:
        source = str(row.get("source"))
        group = copies.get(source, [])
        if row.get("near_duplicate") is not True or len(group) < 2:
            entries.append(entry(row))
        elif row is group[0]:
            entries.append(_pair_cluster(source, [entry(r) for r in group], columns))
    filters = [i for i, col in enumerate(columns) if col["key"] in _PAIR_FILTERS]
    note = ('<p class="muted">Shares are of the target\'s and the source\'s text. Direction says how the order of the '
            "two texts was decided; “reversed” when the evidence puts this row's target first, “undetermined” when "
            "it does not say. A row of near-identical copies compares a representative with each of its copies.</p>")
    return note + _data_table("pairs", "Pairs table", columns, entries, filters,
                              "the strongest reuse first", "summary.csv", short)


def _pair_cluster(source: str, members: list[dict[str, Any]], columns: list[dict[str, str]]) -> dict[str, Any]:
    """One row for a representative and its copies: ranges of their numbers, their most common verdict."""
    cells: list[Any] = []
    for index, col in enumerate(columns):
        values = [m["c"][index] for m in members]
        if col["key"] == "source":
            cells.append(source)
        elif col["key"] == "target":
            cells.append(f"{len(members)} near-identical {agree(len(members), 'copy', 'copies')}")
        elif col["kind"] in ("count", "share"):
            numbers = [v for v in values if isinstance(v, (int, float)) and not isinstance(v, bool)]
            cells.append([min(numbers), max(numbers)] if numbers else None)
        else:
            # The value itself when the copies agree (a flag stays a flag, shown as its rows show it).
            counts = Counter(v for v in values if v not in (None, ""))
            cells.append(counts.most_common(1)[0][0] if len(counts) == 1 else
                         "mixed: " + ", ".join(sorted(_shown(v) for v in counts)) if counts else None)
    return {"c": cells, "m": members, "g": 1}


def _shown(value: Any) -> str:
    """A cell value as the table shows it (flags as yes / no, as the page's script writes them)."""
    return ("yes" if value else "no") if isinstance(value, bool) else str(value)


def _direction(row: Mapping[str, Any]) -> Any:
    """The pair's direction as this row reads it: `upstream` (the text the evidence puts first) folded in."""
    direction, upstream = row.get("direction"), row.get("upstream")
    if isinstance(direction, str) and isinstance(upstream, str) and upstream == row.get("target"):
        return f"{direction}, reversed"
    return _plain(direction)


def _plain(value: Any) -> Any:
    """A value as JSON can carry it: NaN and other missing values as null, numpy numbers as Python numbers."""
    if _is_missing(value):
        return None
    if isinstance(value, bool | str | int):
        return value
    number = as_number(value)
    if number is not None:
        return int(number) if number.is_integer() and not isinstance(value, float) else number
    return str(value)


def _documents_table(nodes: Sequence[Mapping[str, Any]], edges: Sequence[Mapping[str, Any]],
                     pages: Mapping[tuple[str, str], str], anchors: Mapping[str, str],
                     short: Mapping[str, str], languages: Mapping[str, str | None]) -> str:
    if not nodes:
        return "<p>No documents.</p>"
    group_of = {str(n.get("id")): str(n.get("group")) for n in nodes if n.get("group")}
    # Each node's edges, gathered in one pass (a scan of all edges per node made 10,000-document pages quadratic).
    # Only an edge that claims a direction makes one document derive from the other; near-identical copies that
    # nothing orders are the cluster's own rows, not listed again as shared text.
    parents_of: dict[str, list[list[Any]]] = {}
    children_of: dict[str, list[list[Any]]] = {}
    shared_with: dict[str, list[list[Any]]] = {}
    for e in edges:
        s, t = str(e.get("source")), str(e.get("target"))
        page = pages.get((s, t))
        href = _href(page) if page else None
        if graph_report.is_directed(e):
            parents_of.setdefault(t, []).append([s, href])
            children_of.setdefault(s, []).append([t, href])
        elif not (group_of.get(s) and group_of.get(s) == group_of.get(t)):
            shared_with.setdefault(s, []).append([t, href])
            shared_with.setdefault(t, []).append([s, href])
    # Who wrote each text, when any document names an author (a new user's trial: the documents table had none).
    keys = ("id", "title", "author", "outlet", "credit", "date") if any(n.get("author") for n in nodes) else (
        "id", "title", "outlet", "credit", "date")
    columns: list[dict[str, Any]] = [{"key": k, "label": k, "kind": "id" if k == "id" else "text"} for k in keys]
    # A title is the document's own words, in its language; names (authors, outlets, credits) and dates are not.
    columns[keys.index("title")]["lang"] = True
    columns.append({"key": "copies", "label": "copies", "kind": "count"})
    columns += [{"key": "derives_from", "label": "derives from", "kind": "links"},
                {"key": "source_of", "label": "source of", "kind": "links"},
                {"key": "shared", "label": "shares text with (direction undetermined)", "kind": "links"}]

    def entry(n: Mapping[str, Any], copies: int | None) -> dict[str, Any]:
        node_id = str(n.get("id"))
        cells = [node_id, *(_plain(n.get(k)) or None for k in keys[1:]), copies,
                 parents_of.get(node_id, []), children_of.get(node_id, []), shared_with.get(node_id, [])]
        row: dict[str, Any] = {"c": cells, "a": anchors[node_id]}
        if (language := languages.get(node_id)) != PAGE_LANGUAGE:
            row["l"] = language or ""
        return row

    members: dict[str, list[Mapping[str, Any]]] = {}
    for n in nodes:
        if n.get("group") and n.get("group") != n.get("id"):
            members.setdefault(str(n.get("group")), []).append(n)
    rows = []
    for n in nodes:  # upstream first; a cluster is its representative's row, its copies inside it
        node_id = str(n.get("id"))
        if node_id in group_of and group_of[node_id] != node_id and group_of[node_id] in anchors:
            continue
        copies = members.get(node_id, [])
        row = entry(n, len(copies) or None)
        if copies:
            row["m"] = [entry(c, None) for c in copies]
        rows.append(row)
    return _data_table("documents", "Documents table", columns, rows, [], "sources first", "graph.json", short)


def _plain_number(number: float) -> str:
    return str(int(number)) if float(number).is_integer() else f"{number:.4g}"


def _is_missing(value: Any) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))
