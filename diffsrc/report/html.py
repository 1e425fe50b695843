"""Self-contained HTML reports: a pair page (side by side, word-level changes, findings) and a corpus page
(provenance graph, sortable summary table, skipped inputs).

Each page is one file with its CSS, script and pictures inline: no CDN, no network, readable offline and
attachable to an email. Every piece of article text is escaped, and a Content-Security-Policy allows only this
module's own script and style (by hash), so markup that came in with an article shows as text and runs nothing.
The pages are fully readable without JavaScript; the script only adds label filters and table sorting.
"""

from __future__ import annotations

import base64
import hashlib
import html
import math
import re
from collections.abc import Mapping, Sequence
from typing import Any
from urllib.parse import quote

from ..pair.model import PairReport
from .text import MARKS, summary_line

LABELS = ("verbatim", "paraphrased", "added", "omitted")

LABEL_HELP = {
    "verbatim": "the same words as the source; only case, punctuation, quote marks or spelling variants differ",
    "paraphrased": "derived from source sentences: reworded, split, merged or trimmed",
    "added": "in the target only: not derived from this source",
    "omitted": "in the source only: the target does not carry it",
}

VERDICT_HELP = {
    "wholly-derived": "the source is the target's only input",
    "partially-derived": "the source is one of the target's inputs",
    "non-derived": "the target does not derive from the source",
}

# Marks for quote findings, so their status is never told by colour alone either.
QUOTE_MARKS = {"exact": "=", "altered": "≠", "new": "+", "dropped": "−"}

# Summary-table columns in the order a reader scans them; other keys follow alphabetically.
SUMMARY_COLUMNS = (
    "source", "target", "verdict", "verbatim", "paraphrased", "added", "omitted",
    "target_derived_share", "source_retained_share",
)

CSS = """\
:root{color-scheme:light;--fg:#111827;--muted:#4b5563;--bg:#fff;--line:#d1d5db;--link:#1d4ed8;
--verbatim-bg:#dbeafe;--verbatim-fg:#1e3a8a;--verbatim-edge:#1d4ed8;
--paraphrased-bg:#fef3c7;--paraphrased-fg:#78350f;--paraphrased-edge:#b45309;
--added-bg:#dcfce7;--added-fg:#14532d;--added-edge:#15803d;
--omitted-bg:#fee2e2;--omitted-fg:#7f1d1d;--omitted-edge:#b91c1c;
--ins-bg:#bbf7d0;--del-bg:#fecaca}
*{box-sizing:border-box}
[hidden]{display:none!important}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Liberation Sans",sans-serif;
color:var(--fg);background:var(--bg)}
main{max-width:1200px;margin:0 auto;padding:1rem 1.25rem 3rem}
h1{font-size:1.5rem;line-height:1.25;margin:.5rem 0;overflow-wrap:anywhere}
h2{font-size:1.2rem;margin:2rem 0 .5rem;border-bottom:1px solid var(--line);padding-bottom:.25rem}
h3{font-size:1rem;margin:1rem 0 .25rem}
a{color:var(--link)}
a:focus-visible,button:focus-visible,summary:focus-visible,[tabindex]:focus-visible{outline:3px solid #f59e0b;
outline-offset:2px}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.25rem .5rem;z-index:2}
nav.links{font-size:.95rem;margin-bottom:.5rem}nav.links a{margin-right:1rem}
.muted{color:var(--muted)}
.verdict{display:inline-block;font-weight:700;padding:.2rem .6rem;border-radius:.3rem;border:2px solid currentColor}
.verdict-wholly-derived{color:#7f1d1d;background:#fee2e2}
.verdict-partially-derived{color:#78350f;background:#fef3c7}
.verdict-non-derived{color:#14532d;background:#dcfce7}
.warning{border-left:6px solid #b91c1c;background:#fee2e2;color:#7f1d1d;padding:.5rem .75rem;margin:.75rem 0}
.ok{border-left:6px solid #15803d;background:#dcfce7;color:#14532d;padding:.5rem .75rem;margin:.75rem 0}
.docs{display:grid;grid-template-columns:1fr 1fr;gap:1rem;margin:1rem 0}
.doc{border:1px solid var(--line);border-radius:.4rem;padding:.5rem .75rem;min-width:0}
.doc h3{margin-top:.25rem}
.doc dl{display:grid;grid-template-columns:max-content 1fr;gap:.1rem .75rem;margin:.25rem 0}
.doc dt{color:var(--muted)}.doc dd{margin:0;overflow-wrap:anywhere}
.stats{display:flex;flex-wrap:wrap;gap:.5rem;margin:.75rem 0;padding:0;list-style:none}
.stats li{border:1px solid var(--line);border-radius:.4rem;padding:.35rem .7rem;min-width:7rem}
.stats b{display:block;font-size:1.3rem}
.legend{display:flex;flex-wrap:wrap;gap:.5rem 1.25rem;margin:.5rem 0;padding:0;list-style:none;font-size:.95rem}
.legend li{display:flex;gap:.4rem;align-items:baseline;max-width:34rem}
.badge{display:inline-block;white-space:nowrap;font-weight:600;font-size:.9rem;padding:.05rem .45rem;
border-radius:.3rem;border:1px solid currentColor}
.mark{font-family:ui-monospace,"DejaVu Sans Mono",monospace;font-weight:700;margin-right:.25rem}
.badge-verbatim,.badge-exact{background:var(--verbatim-bg);color:var(--verbatim-fg)}
.badge-paraphrased,.badge-altered{background:var(--paraphrased-bg);color:var(--paraphrased-fg)}
.badge-added,.badge-new{background:var(--added-bg);color:var(--added-fg)}
.badge-omitted,.badge-dropped{background:var(--omitted-bg);color:var(--omitted-fg)}
ins{background:var(--ins-bg);color:#052e16;text-decoration:underline;text-decoration-thickness:2px}
del{background:var(--del-bg);color:#450a0a;text-decoration:line-through}
.filters{display:flex;flex-wrap:wrap;gap:.4rem;margin:.75rem 0;align-items:center}
.filters button{font:inherit;font-size:.95rem;padding:.3rem .7rem;border:2px solid #374151;border-radius:.3rem;
background:#fff;color:var(--fg);cursor:pointer}
.filters button[aria-pressed=true]{background:#111827;color:#fff}
table{border-collapse:collapse;width:100%}
th,td{text-align:left;vertical-align:top;padding:.4rem .5rem;border-bottom:1px solid var(--line)}
thead th{position:sticky;top:0;background:#f3f4f6;z-index:1}
table.pair{table-layout:fixed}
table.pair col.text{width:44%}table.pair col.label{width:12%}
tr.row{border-left:6px solid transparent}
tr.row-verbatim{background:var(--verbatim-bg);border-left-color:var(--verbatim-edge)}
tr.row-paraphrased{background:var(--paraphrased-bg);border-left-color:var(--paraphrased-edge)}
tr.row-added{background:var(--added-bg);border-left-color:var(--added-edge)}
tr.row-omitted{background:var(--omitted-bg);border-left-color:var(--omitted-edge)}
tr.row td.label .badge{background:#fff}
tr.row:target,.sent:target{outline:3px solid #f59e0b;outline-offset:-3px}
.sent{margin:0 0 .35rem;overflow-wrap:anywhere}.sent:last-child{margin-bottom:0}
.num{font-size:.8rem;color:var(--muted);text-decoration:none;font-family:ui-monospace,monospace;margin-right:.3rem}
.none{color:var(--muted);font-style:italic}
.kind{font-size:.75rem;text-transform:uppercase;letter-spacing:.04em;color:var(--muted);margin-right:.3rem}
.score{display:block;font-size:.8rem;color:var(--muted);margin-top:.2rem}
.flags{display:block;margin-top:.2rem;font-size:.85rem}
.flags a{margin-right:.5rem;white-space:nowrap}
details{margin:.5rem 0;border:1px solid var(--line);border-radius:.4rem;padding:.4rem .75rem}
summary{cursor:pointer;font-weight:600}
ul.plain{list-style:none;padding:0}ul.plain li{margin:.4rem 0}
details ul{margin:.5rem 0;padding-left:1.25rem}details li{overflow-wrap:anywhere}
table.findings td,table.findings th{font-size:.95rem}
figure{margin:1rem 0}figure svg{max-width:100%;height:auto}
figcaption{color:var(--muted);font-size:.95rem}
.graph{overflow-x:auto;border:1px solid var(--line);border-radius:.4rem;padding:.5rem;background:#fff}
th button.sort{font:inherit;font-weight:700;background:none;border:0;padding:0;color:inherit;cursor:pointer;
text-align:left}
th button.sort::after{content:" \\2195";color:var(--muted)}
th[aria-sort=ascending] button.sort::after{content:" \\25B2"}
th[aria-sort=descending] button.sort::after{content:" \\25BC"}
.tag{white-space:nowrap;padding:0 .2rem;border-radius:.2rem}
td.n{text-align:right;font-variant-numeric:tabular-nums}
table.sortable th,table.sortable td{font-size:.875rem;padding:.35rem .35rem}
table.sortable td.n,table.sortable td.id{white-space:nowrap}
main.wide{max-width:1400px}
svg a:focus-visible rect,svg a:focus-visible path{stroke:#f59e0b;stroke-width:4}
svg a:hover rect{stroke-width:2}
.scroll{overflow-x:auto}
@media (max-width:700px){
main{padding:.75rem}
.docs{grid-template-columns:1fr}
table.pair,table.pair tbody,table.pair tr,table.pair td{display:block;width:100%}
table.pair thead,table.pair colgroup{display:none}
table.pair tr.row{margin:0 0 .75rem;border-left-width:6px}
table.pair td{border:0;padding:.3rem .5rem}
table.pair td.empty{display:none}
.graph svg{max-width:none}
table.pair td.text::before{content:attr(data-side);display:block;font-size:.75rem;font-weight:700;
text-transform:uppercase;letter-spacing:.04em;color:var(--muted)}
}
@media print{.filters,nav.links{display:none!important}thead th{position:static}}
"""

PAIR_SCRIPT = """\
(function () {
  var bar = document.getElementById("filters");
  if (!bar) return;
  var rows = Array.prototype.slice.call(document.querySelectorAll("tr.row"));
  var status = document.getElementById("filter-status");
  var buttons = Array.prototype.slice.call(bar.querySelectorAll("button[data-filter]"));
  function show(filter) {
    var shown = 0;
    buttons.forEach(function (b) {
      b.setAttribute("aria-pressed", b.getAttribute("data-filter") === filter ? "true" : "false");
    });
    rows.forEach(function (r) {
      var keep = filter === "all" || r.getAttribute("data-label") === filter;
      r.hidden = !keep;
      if (keep) shown++;
    });
    status.textContent = filter === "all" ? "Showing all " + rows.length + " rows." :
      "Showing " + shown + " " + filter + " row" + (shown === 1 ? "" : "s") + " of " + rows.length + ".";
  }
  buttons.forEach(function (b) { b.addEventListener("click", function () { show(b.getAttribute("data-filter")); }); });
  // A link to a sentence (from a finding) must not land on a row the filter hides.
  function reveal() {
    var id = decodeURIComponent(location.hash.slice(1));
    var el = id && document.getElementById(id);
    var row = el && el.closest ? el.closest("tr.row") : null;
    if (row && row.hidden) { show("all"); el.scrollIntoView(); }
  }
  window.addEventListener("hashchange", reveal);
  bar.hidden = false;
})();
"""

CORPUS_SCRIPT = """\
(function () {
  function key(cell) {
    var v = cell.getAttribute("data-sort");
    if (v === null) v = cell.textContent.trim();
    var n = parseFloat(v);
    return v !== "" && isFinite(v) ? n : v.toLowerCase();
  }
  function compare(a, b) {
    if (typeof a === "number" && typeof b === "number") return a - b;
    if (typeof a === "number") return -1;
    if (typeof b === "number") return 1;
    return a < b ? -1 : a > b ? 1 : 0;
  }
  Array.prototype.forEach.call(document.querySelectorAll("table.sortable"), function (table) {
    var heads = table.tHead.rows[0].cells;
    var body = table.tBodies[0];
    Array.prototype.forEach.call(body.rows, function (r, i) { r.setAttribute("data-order", i); });
    Array.prototype.forEach.call(heads, function (th, col) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "sort";
      button.textContent = th.textContent;
      button.setAttribute("aria-label", "Sort by " + th.textContent);
      th.textContent = "";
      th.appendChild(button);
      button.addEventListener("click", function () {
        var ascending = th.getAttribute("aria-sort") !== "ascending";
        Array.prototype.forEach.call(heads, function (h) { h.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var c = compare(key(a.cells[col]), key(b.cells[col]));
          if (!ascending) c = -c;
          return c || a.getAttribute("data-order") - b.getAttribute("data-order");
        });
        rows.forEach(function (r) { body.appendChild(r); });
      });
    });
    var notes = document.querySelectorAll(".sort-note");
    Array.prototype.forEach.call(notes, function (note) { note.hidden = false; });
  });
})();
"""


# --------------------------------------------------------------------------------------------------------------
# Small helpers


def _e(value: Any) -> str:
    """Escape any value for HTML text or a quoted attribute."""
    return html.escape("" if value is None else str(value), quote=True)


def _csp_hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def _href(path: str) -> str:
    """A relative link to one of our own files, percent-encoded so an odd file name cannot break out of it."""
    return _e(quote(path, safe="/._-~"))


def _safe_url(url: str | None) -> str | None:
    """Only web links from article metadata become links; anything else (javascript:, data:) stays text."""
    if url and re.match(r"(?i)^https?://[^\s\"'<>]+$", url):
        return url
    return None


def _percent(value: Any) -> str:
    number = _number(value)
    return "" if number is None else f"{number:.0%}"


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or value is None:
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(number) else number


def _badge(label: str, marks: Mapping[str, str] = MARKS, text: str | None = None) -> str:
    mark = marks.get(label, "•")
    return (f'<span class="badge badge-{_e(label)}"><span class="mark" aria-hidden="true">{_e(mark)}</span>'
            f"{_e(text or label)}</span>")


def _page(title: str, body: str, script: str | None, *, extra_styles: Sequence[str] = (), wide: bool = False) -> str:
    """A whole page: head with CSP allowing exactly our style and script (by hash), then the body."""
    style_hashes = " ".join([_csp_hash(CSS), *sorted({_csp_hash(s) for s in extra_styles})])
    unsafe_hashes = "'unsafe-hashes' " if extra_styles else ""
    script_src = _csp_hash(script) if script else "'none'"
    csp = (f"default-src 'none'; script-src {script_src}; style-src {unsafe_hashes}{style_hashes}; "
           "img-src data:; font-src 'none'; connect-src 'none'; base-uri 'none'; form-action 'none'")
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        # The policy is our own ASCII (keywords and base64 hashes), safe inside a double-quoted attribute as is.
        f'<meta http-equiv="Content-Security-Policy" content="{csp}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="referrer" content="no-referrer">',
        # Marks the page as diffsrc's own output, so a later run over a folder holding it never reads it as news.
        '<meta name="generator" content="diffsrc">',
        f"<title>{_e(title)}</title>",
        f"<style>{CSS}</style>",
        "</head>",
        "<body>",
        '<a class="skip" href="#main">Skip to content</a>',
        '<main id="main" class="wide">' if wide else '<main id="main">',
        body,
        "</main>",
    ]
    if script:
        parts.append(f"<script>{script}</script>")
    parts += ["</body>", "</html>", ""]
    return "\n".join(parts)


# --------------------------------------------------------------------------------------------------------------
# Word-level changes


_WORD = re.compile(r"\S+")

Runs = list[list[tuple[str, str]]]  # per sentence: (op, words) with op `same`, `del` (source) or `ins` (target)


def _word_key(word: str) -> str:
    """Words compare in the project's normal form, so case, quote style and spelling variants are not changes."""
    from ..text.segment import surface_tokens

    return " ".join(surface_tokens(word))


def _word_runs(source_texts: Sequence[str], target_texts: Sequence[str]) -> tuple[Runs, Runs]:
    """Each sentence of an aligned group as runs of (op, words), computed here when the report has no `diff`.

    The words of all sentences on a side are compared as one sequence (rapidfuzz `Indel.opcodes` over word tokens
    in normal form, as the findings' `diff` does), so a sentence split in two or two merged into one still lines
    up word by word.
    """
    from rapidfuzz.distance import Indel

    src = [w for t in source_texts for w in _WORD.findall(t)]
    tgt = [w for t in target_texts for w in _WORD.findall(t)]
    src_ops = ["same"] * len(src)
    tgt_ops = ["same"] * len(tgt)
    for op in Indel.opcodes([_word_key(w) for w in src], [_word_key(w) for w in tgt]):
        if op.tag != "equal":
            src_ops[op.src_start:op.src_end] = ["del"] * (op.src_end - op.src_start)
            tgt_ops[op.dest_start:op.dest_end] = ["ins"] * (op.dest_end - op.dest_start)
    src_runs = _split_runs(list(zip(src_ops, src, strict=True)), source_texts)
    tgt_runs = _split_runs(list(zip(tgt_ops, tgt, strict=True)), target_texts)
    assert src_runs is not None and tgt_runs is not None  # same tokenisation, so the counts always add up
    return src_runs, tgt_runs


def _split_runs(words: list[tuple[str, str]], texts: Sequence[str]) -> Runs | None:
    """Per-word ops of a side's joined text, cut back into its sentences and merged into runs.

    None when the words do not add up to the sentences' words (a `diff` from some other tokenisation).
    """
    counts = [len(_WORD.findall(t)) for t in texts]
    if sum(counts) != len(words):
        return None
    out: Runs = []
    position = 0
    for count in counts:
        runs: list[tuple[str, str]] = []
        for op, word in words[position:position + count]:
            if runs and runs[-1][0] == op:
                runs[-1] = (op, runs[-1][1] + " " + word)
            else:
                runs.append((op, word))
        out.append(runs)
        position += count
    return out


def _render_runs(runs: list[tuple[str, str]]) -> str:
    parts = []
    for op, text in runs:
        if op == "ins":
            parts.append(f"<ins>{_e(text)}</ins>")
        elif op == "del":
            parts.append(f"<del>{_e(text)}</del>")
        else:
            parts.append(_e(text))
    return " ".join(parts)


def _runs_from_diff(diff: Any, source_texts: Sequence[str], target_texts: Sequence[str]) -> tuple[Runs, Runs] | None:
    """Runs from the report's own `diff` on an alignment, so the page shows exactly what the report says.

    The `diff` is a list of `{"op": equal|delete|insert|replace, "source": words, "target": words}` runs over the
    group's joined sentences (findings/diff.py). None when it is absent or not of that shape: `_word_runs` then
    computes the same picture.
    """
    if not isinstance(diff, list) or not diff:
        return None
    src: list[tuple[str, str]] = []
    tgt: list[tuple[str, str]] = []
    for item in diff:
        if not isinstance(item, Mapping):
            return None
        op, a, b = item.get("op"), item.get("source") or "", item.get("target") or ""
        if op not in ("equal", "delete", "insert", "replace") or not isinstance(a, str) or not isinstance(b, str):
            return None
        src += [("same" if op == "equal" else "del", w) for w in _WORD.findall(a)]
        tgt += [("same" if op == "equal" else "ins", w) for w in _WORD.findall(b)]
    src_runs, tgt_runs = _split_runs(src, source_texts), _split_runs(tgt, target_texts)
    if src_runs is None or tgt_runs is None:
        return None
    return src_runs, tgt_runs


# --------------------------------------------------------------------------------------------------------------
# Pair page


def render(report: PairReport) -> str:
    """The pair page (`diffsrc compare --format html`)."""
    return render_pair_page(report)


def render_pair_page(report: PairReport, *, pair_links: Sequence[tuple[str, str]] | None = None) -> str:
    """A self-contained HTML page for one pair: summary and verdict, side-by-side aligned rows, findings.

    Args:
        report: the comparison to show.
        pair_links: (text, href) links shown at the top, e.g. `[("Corpus index", "../index.html")]`.

    Returns:
        The page as a string (UTF-8 HTML5); the same report always gives the same bytes.
    """
    data = report.to_dict()
    src_sents = data["source_sentences"]
    tgt_sents = data["target_sentences"]
    findings = _Findings(data)
    rows = report.rows()
    diffs = {(tuple(a["source"]), tuple(a["target"])): a.get("diff") for a in data["alignments"]}
    scores = {(tuple(a["source"]), tuple(a["target"])): a.get("score") for a in data["alignments"]}

    title = f"{report.target.id} against {report.source.id}"
    out = _pair_header(report, data, findings, pair_links)
    sections = [("Findings", "findings")] if findings.present else []
    sections += [("Alignment", "alignment"), ("Boilerplate", "boilerplate")]
    out.append('<nav class="links" aria-label="On this page">'
               + "".join(f'<a href="#{anchor}">{text}</a>' for text, anchor in sections) + "</nav>")
    out.append(findings.section())

    out.append('<h2 id="alignment">Alignment</h2>')
    out.append(_legend())
    counts = {label: sum(1 for r in rows if r[2] == label) for label in LABELS}
    out.append('<div class="filters" id="filters" role="group" aria-label="Show only rows labelled" hidden>')
    out.append('<span class="muted">Show:</span>')
    out.append(f'<button type="button" data-filter="all" aria-pressed="true">All ({len(rows)})</button>')
    for label in LABELS:
        out.append(f'<button type="button" data-filter="{label}" aria-pressed="false">'
                   f'<span class="mark" aria-hidden="true">{_e(MARKS[label])}</span>{label} ({counts[label]})</button>')
    out.append('<span id="filter-status" class="muted" role="status" aria-live="polite"></span>')
    out.append("</div>")

    out.append('<div class="scroll"><table class="pair">')
    out.append(f"<caption class=\"muted\">{len(rows)} rows in reading order; a row spanning several sentences is "
               "a split or a merge.</caption>")
    out.append('<colgroup><col class="text"><col class="label"><col class="text"></colgroup>')
    out.append(f'<thead><tr><th scope="col">Source: {_e(report.source.id)}</th><th scope="col">Label</th>'
               f'<th scope="col">Target: {_e(report.target.id)}</th></tr></thead>')
    out.append("<tbody>")
    for n, (sources, targets, label) in enumerate(rows):
        key = (tuple(sources), tuple(targets))
        src_texts = [src_sents[i]["text"] for i in sources]
        tgt_texts = [tgt_sents[i]["text"] for i in targets]
        if sources and targets:
            runs = _runs_from_diff(diffs.get(key), src_texts, tgt_texts) or _word_runs(src_texts, tgt_texts)
            src_runs, tgt_runs = runs
        else:
            src_runs = [[("same", t)] for t in src_texts]
            tgt_runs = [[("same", t)] for t in tgt_texts]
        score = scores.get(key)
        out.append(f'<tr id="row-{n}" class="row row-{_e(label)}" data-label="{_e(label)}">')
        out.append(_side_cell("Source", "s", sources, src_sents, src_runs, findings))
        score_html = f'<span class="score">score {score:.2f}</span>' if isinstance(score, (int, float)) else ""
        out.append(f'<td class="label">{_badge(label)}{score_html}</td>')
        out.append(_side_cell("Target", "t", targets, tgt_sents, tgt_runs, findings))
        out.append("</tr>")
    out.append("</tbody></table></div>")

    out.append('<h2 id="boilerplate">Boilerplate set aside</h2>')
    out.append('<p class="muted">Page chrome and credits removed before aligning; listed so nothing is lost '
               "silently.</p>")
    for side in ("source", "target"):
        items = data["boilerplate"].get(side) or []
        if not items:
            out.append(f"<p>None in the {side}.</p>")
            continue
        out.append(f"<details><summary>{side.capitalize()}: {len(items)} line{'s' if len(items) != 1 else ''}"
                   "</summary><ul>")
        out.extend(f"<li>{_e(item)}</li>" for item in items)
        out.append("</ul></details>")

    return _page(title, "\n".join(p for p in out if p), PAIR_SCRIPT)


def _pair_header(report: PairReport, data: Mapping[str, Any], findings: _Findings,
                 pair_links: Sequence[tuple[str, str]] | None) -> list[str]:
    """The top of a pair page: links, heading, verdict, summary, counts, the two documents and any notes."""
    summary = data["summary"]
    out: list[str] = []
    if pair_links:
        out.append('<nav class="links" aria-label="Related pages">'
                   + "".join(f'<a href="{_href(href)}">{_e(text)}</a>' for text, href in pair_links) + "</nav>")
    out.append(f"<h1>{_e(report.target.id)} <span class=\"muted\">against</span> {_e(report.source.id)}</h1>")
    verdict = summary.get("verdict", "")
    out.append(f'<p><span class="verdict verdict-{_e(verdict)}">Verdict: {_e(verdict)}</span> '
               f'<span class="muted">({_e(VERDICT_HELP.get(verdict, ""))})</span></p>')
    out.append(f"<p>{_e(summary_line(report))}.</p>")
    out.append(findings.attribution_banner(summary))
    out.append('<ul class="stats" aria-label="Counts">')
    for label in LABELS:
        side = "source" if label == "omitted" else "target"
        out.append(f"<li>{_badge(label)}<b>{_e(summary.get(label, 0))}</b>"
                   f'<span class="muted">{side} sentences</span></li>')
    out.append(f'<li>target derived<b>{_percent(summary.get("target_derived_share"))}</b>'
               '<span class="muted">of its text</span></li>')
    out.append(f'<li>source retained<b>{_percent(summary.get("source_retained_share"))}</b>'
               '<span class="muted">of its text</span></li>')
    out.append("</ul>")
    out.append('<div class="docs">')
    out.append(_doc_card("Source", data["source"]))
    out.append(_doc_card("Target", data["target"]))
    out.append("</div>")
    for note in data.get("notes") or []:
        out.append(f'<p class="warning"><strong>Note:</strong> {_e(note)}</p>')
    return out


def render_findings_page(report: PairReport) -> str:
    """A self-contained HTML page of only the fact-checker findings (`diffsrc compare --findings --format html`).

    The summary and verdict, then attribution, quotes and changed facts, and the sentences they point at (each
    with its anchor, so the findings' links land on the sentence's text).
    """
    data = report.to_dict()
    findings = _Findings(data)
    out = _pair_header(report, data, findings, None)
    out.append(findings.section() or '<h2 id="findings">Findings</h2><p>None: this report carries no findings.</p>')
    referred = sorted({anchor for anchor in findings.by_sentence}, key=lambda a: (a[0] != "s", int(a[2:])))
    if referred:
        out.append('<h2 id="sentences">Sentences the findings point at</h2><ul class="plain">')
        for anchor in referred:
            side, index = ("source", "source_sentences") if anchor[0] == "s" else ("target", "target_sentences")
            text = data[index][int(anchor[2:])]["text"]
            out.append(f'<li class="sent" id="{anchor}"><a class="num" href="#{anchor}">{anchor[0].upper()}'
                       f'{anchor[2:]}</a><span class="muted">{side}:</span> {_e(text)}'
                       f"{findings.flags(anchor[0], int(anchor[2:]))}</li>")
        out.append("</ul>")
    return _page(f"Findings: {report.target.id} against {report.source.id}", "\n".join(p for p in out if p), None)


def _side_cell(side: str, prefix: str, indices: list[int], sentences: list[dict[str, Any]],
               runs: list[list[tuple[str, str]]], findings: _Findings) -> str:
    if not indices:
        missing = "not in the source" if prefix == "s" else "not in the target"
        return f'<td class="text empty" data-side="{side}"><span class="none">({missing})</span></td>'
    parts = [f'<td class="text" data-side="{side}">']
    for i, sentence_runs in zip(indices, runs, strict=True):
        kind = sentences[i].get("kind") or "body"
        kind_html = f'<span class="kind">{_e(kind)}</span>' if kind != "body" else ""
        anchor = f"{prefix}-{i}"
        parts.append(f'<p class="sent" id="{anchor}"><a class="num" href="#{anchor}" '
                     f'aria-label="{side} sentence {i}">{prefix.upper()}{i}</a>{kind_html}'
                     f"{_render_runs(sentence_runs)}{findings.flags(prefix, i)}</p>")
    parts.append("</td>")
    return "".join(parts)


def _doc_card(side: str, info: Mapping[str, Any]) -> str:
    rows = []
    for name in ("title", "outlet", "credit", "date", "dateline", "path", "url", "n_sentences"):
        value = info.get(name)
        if value is None or value == "":
            continue
        if name == "url" and (url := _safe_url(str(value))):
            shown = f'<a href="{_e(url)}" rel="noreferrer noopener">{_e(url)}</a>'
        else:
            shown = _e(value)
        label = "sentences" if name == "n_sentences" else name
        rows.append(f"<dt>{label}</dt><dd>{shown}</dd>")
    return (f'<section class="doc" aria-label="{side} document"><h3>{side}: {_e(info.get("id"))}</h3>'
            f"<dl>{''.join(rows)}</dl></section>")


def _legend() -> str:
    items = [f"<li>{_badge(label)}<span>{_e(LABEL_HELP[label])}</span></li>" for label in LABELS]
    items.append("<li><ins>inserted</ins><span>words the target has that its source sentences do not</span></li>")
    items.append("<li><del>deleted</del><span>words of the source that its target sentences dropped</span></li>")
    return f'<ul class="legend" aria-label="Legend">{"".join(items)}</ul>'


class _Findings:
    """The fact-checker sections of a report (attribution, quotes, facts), when present, with links both ways."""

    def __init__(self, data: Mapping[str, Any]):
        self.attribution = data.get("attribution") if isinstance(data.get("attribution"), Mapping) else None
        self.quotes = [q for q in data.get("quotes") or [] if isinstance(q, Mapping)]
        self.facts = [f for f in data.get("facts") or [] if isinstance(f, Mapping)]
        # sentence anchor ("t-6") -> [(finding id, short text)]
        self.by_sentence: dict[str, list[tuple[str, str]]] = {}
        for n, q in enumerate(self.quotes):
            status = str(q.get("status", "quote"))
            for prefix, key in (("t", "target_index"), ("s", "source_index"), ("s", "unquoted_source_index")):
                if isinstance(q.get(key), int):
                    self.by_sentence.setdefault(f"{prefix}-{q[key]}", []).append((f"quote-{n}", f"quote {status}"))
        for n, f in enumerate(self.facts):
            kind = str(f.get("kind", "fact"))
            for prefix, key in (("t", "target_index"), ("s", "source_index")):
                if isinstance(f.get(key), int):
                    self.by_sentence.setdefault(f"{prefix}-{f[key]}", []).append((f"fact-{n}", f"{kind} changed"))

    def flags(self, prefix: str, index: int) -> str:
        items = self.by_sentence.get(f"{prefix}-{index}")
        if not items:
            return ""
        links = "".join(f'<a href="#{fid}"><span aria-hidden="true">⚑ </span>{_e(text)}</a>' for fid, text in items)
        return f'<span class="flags">{links}</span>'

    def attribution_banner(self, summary: Mapping[str, Any]) -> str:
        if summary.get("unattributed_reuse") is True:
            return ('<p class="warning" role="note"><strong><span aria-hidden="true">⚠ </span>Unattributed reuse:'
                    "</strong> a substantial share of the target derives from the source, and the target does not "
                    'credit it. <a href="#findings">See the findings</a>.</p>')
        if self.attribution and self.attribution.get("credited") is True:
            return ('<p class="ok"><strong><span aria-hidden="true">✓ </span>Credited:</strong> the target credits '
                    'the source. <a href="#findings">See the findings</a>.</p>')
        return ""

    @property
    def present(self) -> bool:
        return bool(self.attribution or self.quotes or self.facts)

    def section(self) -> str:
        if not self.present:
            return ""
        out = ['<h2 id="findings">Findings</h2>']
        if self.attribution:
            a = self.attribution
            credited = a.get("credited")
            state = "credits" if credited else "does not credit"
            credit = a.get("source_credit")
            out.append("<h3>Attribution</h3>")
            out.append(f"<p>The target <strong>{state}</strong> the source"
                       f"{' (' + _e(credit) + ')' if credit else ''}.</p>")
            mentions = [m for m in a.get("mentions") or [] if m]
            if mentions:
                out.append("<p>Credit lines in the target: " + ", ".join(f"“{_e(m)}”" for m in mentions) + ".</p>")
        if self.quotes:
            out.append("<h3>Quotes</h3>")
            out.append('<div class="scroll"><table class="findings"><thead><tr><th scope="col">Status</th>'
                       '<th scope="col">Quote in the target</th><th scope="col">In the source</th>'
                       '<th scope="col">Speaker</th><th scope="col">Sentences</th></tr></thead><tbody>')
            for n, q in enumerate(self.quotes):
                out.append(self._quote_row(n, q))
            out.append("</tbody></table></div>")
        if self.facts:
            out.append("<h3>Changed numbers and names</h3>")
            out.append('<div class="scroll"><table class="findings"><thead><tr><th scope="col">Kind</th>'
                       '<th scope="col">Source</th><th scope="col">Target</th><th scope="col">Sentences</th>'
                       "</tr></thead><tbody>")
            for n, f in enumerate(self.facts):
                out.append(f'<tr id="fact-{n}"><td>{_e(f.get("kind"))}</td><td><del>{_e(f.get("source"))}</del></td>'
                           f'<td><ins>{_e(f.get("target"))}</ins></td><td>{_sentence_links(f)}</td></tr>')
            out.append("</tbody></table></div>")
        return "\n".join(out)


    @staticmethod
    def _quote_row(n: int, q: Mapping[str, Any]) -> str:
        status = str(q.get("status", ""))
        text, source_text = q.get("text"), q.get("source_text")
        if status == "altered" and text and source_text:
            runs = _runs_from_diff(q.get("diff"), [str(source_text)], [str(text)])
            (src_runs,), (tgt_runs,) = runs or _word_runs([str(source_text)], [str(text)])
            target_html, source_html = f"“{_render_runs(tgt_runs)}”", f"“{_render_runs(src_runs)}”"
        elif status == "dropped":
            target_html, source_html = '<span class="none">(not in the target)</span>', f"“{_e(source_text or text)}”"
        else:
            target_html = f"“{_e(text)}”"
            source_html = f"“{_e(source_text)}”" if source_text else '<span class="none">(not quoted)</span>'
        if isinstance(q.get("unquoted_source_index"), int):
            i = q["unquoted_source_index"]
            source_html = (f'<span class="none">not quoted;</span> the words are in <a href="#s-{i}">source S{i}</a> '
                           "without quote marks")
        speaker, source_speaker = q.get("speaker"), q.get("source_speaker")
        changed = q.get("speaker_changed")
        if changed is None:
            changed = bool(speaker and source_speaker and speaker != source_speaker)
        if changed:
            speaker_html = (f'<strong><span aria-hidden="true">⚠ </span>{_e(speaker or "nobody")}</strong> '
                            f"(the source: {_e(source_speaker or 'nobody')})")
        elif status == "dropped":
            speaker_html = _e(source_speaker or "—")
        else:
            speaker_html = _e(speaker or source_speaker or "—")
        return (f'<tr id="quote-{n}"><td>{_badge(status, QUOTE_MARKS)}</td><td>{target_html}</td>'
                f"<td>{source_html}</td><td>{speaker_html}</td><td>{_sentence_links(q)}</td></tr>")


def _sentence_links(finding: Mapping[str, Any]) -> str:
    links = []
    if isinstance(finding.get("source_index"), int):
        i = finding["source_index"]
        links.append(f'<a href="#s-{i}">source S{i}</a>')
    if isinstance(finding.get("target_index"), int):
        i = finding["target_index"]
        links.append(f'<a href="#t-{i}">target T{i}</a>')
    return ", ".join(links) or "—"


# --------------------------------------------------------------------------------------------------------------
# Corpus page


def _pair_page(report: Any) -> str | None:
    """The HTML page beside a pair's JSON report (`pairs/x__y.json` -> `pairs/x__y.html`)."""
    if isinstance(report, str) and report:
        return re.sub(r"\.json$", "", report) + ".html"
    return None


def render_corpus_page(graph: Mapping[str, Any], summary_rows: Sequence[Mapping[str, Any]],
                       skipped: Sequence[Mapping[str, Any]], svg: str, *,
                       pair_pages: Mapping[tuple[str, str], str] | None = None,
                       title: str = "Provenance report") -> str:
    """A self-contained HTML page for a corpus: the provenance graph, the sortable summary table, skipped inputs.

    Args:
        graph: the `diffsrc.graph/1` dict.
        summary_rows: one dict per ordered pair (source, target, verdict, counts, shares, direction, ...), in the
            order to show; rows with `"status": "skipped"` are left to `skipped`.
        skipped: inputs that were not used, as {"path", "reason"} dicts.
        svg: the graph picture (`graph.svg`), inlined; its links to the pair pages are kept, and each node is made
            a link to its document's entry (which lists that document's pair pages).
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

    out = [f"<h1>{_e(title)}</h1>"]
    out.append(f'<ul class="stats" aria-label="Counts"><li>documents<b>{len(nodes)}</b></li>'
               f"<li>derivations<b>{len(edges)}</b></li><li>pairs compared<b>{len(rows)}</b></li>"
               f"<li>skipped inputs<b>{len(skipped)}</b></li></ul>")
    if skipped:
        out.append(f'<p class="warning">{len(skipped)} input{"s were" if len(skipped) != 1 else " was"} skipped: '
                   '<a href="#skipped">see why</a>.</p>')
    out.append('<nav class="links" aria-label="On this page"><a href="#graph">Graph</a><a href="#pairs">Pairs</a>'
               '<a href="#documents">Documents</a><a href="#skipped">Skipped inputs</a></nav>')

    out.append('<h2 id="graph">Provenance graph</h2>')
    svg_body, svg_styles = _inline_svg(svg, doc_anchor)
    # A region that may scroll sideways (on a phone) takes keyboard focus so it can be scrolled without a mouse.
    out.append('<figure><div class="graph" tabindex="0" role="region" aria-label="Provenance graph picture">'
               + svg_body + "</div>"
               "<figcaption>An arrow points from a source to the text derived from it. Select an arrow to open "
               "that pair's report, or a document for its entry below. The same derivations are listed as text "
               "links under the picture.</figcaption></figure>")
    if edges:
        out.append("<h3>Derivations</h3><ul>")
        for e in edges:
            s, t = str(e.get("source")), str(e.get("target"))
            name = f"{_e(s)} → {_e(t)}"
            link = f'<a href="{_href(pages[(s, t)])}">{name}</a>' if (s, t) in pages else name
            details = [str(e.get("verdict") or "")]
            if (share := _percent(e.get("target_derived_share"))) != "":
                details.append(f"{share} of the target derived")
            if e.get("verbatim") is not None:
                details.append(f"{e.get('verbatim')} verbatim, {e.get('paraphrased', 0)} paraphrased")
            if e.get("direction"):
                details.append(f"direction {e.get('direction')}")
            if e.get("near_duplicate"):
                details.append("near-duplicate copy")
            out.append(f"<li>{link}: {_e('; '.join(d for d in details if d))}</li>")
        out.append("</ul>")
    else:
        out.append("<p>No document derives from another.</p>")

    out.append('<h2 id="pairs">Pairs</h2>')
    out.append(_summary_table(rows, pages))

    out.append('<h2 id="documents">Documents</h2>')
    out.append(_documents_table(nodes, edges, pages, doc_anchor))

    out.append('<h2 id="skipped">Skipped inputs</h2>')
    if skipped:
        out.append("<ul>" + "".join(f"<li><code>{_e(s.get('path'))}</code>: {_e(s.get('reason'))}</li>"
                                    for s in skipped) + "</ul>")
    else:
        out.append("<p>None: every input was read.</p>")
    return _page(title, "\n".join(out), CORPUS_SCRIPT, extra_styles=svg_styles, wide=True)


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
    out += [f'<th scope="col">{_e(_COLUMN_NAMES.get(c, c.replace("_", " ")))}</th>' for c in columns]
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
    number = _number(value)
    if column in ("source", "target"):
        shown = f'<a href="{_href(page)}">{_e(value)}</a>' if page else _e(value)
        return f'<td class="id">{shown}</td>'
    if column.endswith("_share") and number is not None:
        return f'<td class="n" data-sort="{number!r}">{number:.0%}</td>'
    if number is not None and not isinstance(value, str):
        return f'<td class="n" data-sort="{number!r}">{_e(_plain_number(number))}</td>'
    if column == "verdict" and value:
        return f'<td><span class="tag verdict-{_e(value)}">{_e(value)}</span></td>'
    return f"<td>{'' if _is_missing(value) else _e(value)}</td>"


def _documents_table(nodes: Sequence[Mapping[str, Any]], edges: Sequence[Mapping[str, Any]],
                     pages: Mapping[tuple[str, str], str], anchors: Mapping[str, str]) -> str:
    if not nodes:
        return "<p>No documents.</p>"

    def links(pairs: list[tuple[str, str]], other: int) -> str:
        items = []
        for pair in pairs:
            name = _e(pair[other])
            items.append(f'<a href="{_href(pages[pair])}">{name}</a>' if pair in pages else name)
        return ", ".join(items)

    columns = ("id", "title", "outlet", "credit", "date")
    out = ['<div class="scroll"><table class="sortable documents"><thead><tr>']
    out += [f'<th scope="col">{c}</th>' for c in columns]
    out.append('<th scope="col">derives from</th><th scope="col">source of</th></tr></thead><tbody>')
    # Each node's edges, gathered in one pass (a scan of all edges per node made 10,000-document pages quadratic).
    parents_of: dict[str, list[tuple[str, str]]] = {}
    children_of: dict[str, list[tuple[str, str]]] = {}
    for e in edges:
        pair = (str(e.get("source")), str(e.get("target")))
        parents_of.setdefault(pair[1], []).append(pair)
        children_of.setdefault(pair[0], []).append(pair)
    for n in nodes:
        node_id = str(n.get("id"))
        parents = parents_of.get(node_id, [])
        children = children_of.get(node_id, [])
        cells = "".join(f"<td>{_e(n.get(c) or '')}</td>" for c in columns[1:])
        out.append(f'<tr id="{anchors[node_id]}"><td class="id">{_e(node_id)}</td>{cells}'
                   f"<td>{links(parents, 0)}</td><td>{links(children, 1)}</td></tr>")
    out.append("</tbody></table></div>")
    return "".join(out)


def _plain_number(number: float) -> str:
    return str(int(number)) if number.is_integer() else f"{number:.4g}"


def _is_missing(value: Any) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


_XML_PROLOG = re.compile(r"^\s*(<\?xml[^>]*\?>\s*)?(<!--.*?-->\s*)*(<!DOCTYPE[^>]*>\s*)?", re.S)
_STYLE_ATTR = re.compile(r"""\sstyle\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_STYLE_ELEMENT = re.compile(r"<style[^>]*>(.*?)</style>", re.S)
# A node group as report/graph.py writes it: <g class="node" ... data-id="..."> ... </g> (no nested groups).
_NODE_GROUP = re.compile(r'<g class="node"[^>]*?\sdata-id="([^"]*)"[^>]*>.*?</g>', re.S)


def _inline_svg(svg: str, doc_anchor: Mapping[str, str]) -> tuple[str, list[str]]:
    """The SVG ready to inline (no XML prolog/DOCTYPE, nodes linked to their documents' entries), and the styles
    it carries, for the CSP to allow by hash.

    The SVG comes from our own graph writer, which escapes document names; the CSP still lets no script in it run.
    """
    if not svg or "<svg" not in svg:
        return '<p class="none">(no graph picture)</p>', []
    body = _XML_PROLOG.sub("", svg, count=1).strip()

    def link_node(m: re.Match[str]) -> str:
        anchor = doc_anchor.get(html.unescape(m.group(1)))
        return f'<a href="#{anchor}">{m.group(0)}</a>' if anchor else m.group(0)

    body = _NODE_GROUP.sub(link_node, body)
    styles = [html.unescape(a if a is not None else b) for a, b in _STYLE_ATTR.findall(body)]
    styles += _STYLE_ELEMENT.findall(body)
    if 'role="img"' not in body[:400]:
        body = body.replace("<svg", '<svg role="img" aria-label="Provenance graph"', 1)
    return body, styles
