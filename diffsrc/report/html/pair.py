"""The pair pages: the full page of one comparison (summary, the two documents, findings, side-by-side aligned rows
with word-level changes and each altered quote whole under its row, label filters, a bar and keys to go from change
to change, boilerplate) and the page of its findings alone (`compare --findings --format html`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

from ...pair.model import NOT_COMPARED, PairReport
from ...wording import agree, plural
from ..text import MARKS, altered_quotes_by_row, reuse_not_counted, shares_line
from .findings import UNATTRIBUTED_WARNING, FindingSections
from .page import asset, badge, esc, file_href, html_fragment, html_page, lang_attr, percent, safe_url, sentence_label
from .words import render_runs, word_runs

LABELS = ("verbatim", "paraphrased", "added", "omitted")

LABEL_HELP = {
    "verbatim": "copied: at least 80% of its words in the source's order (the word diff shows any change)",
    "paraphrased": "derived from source sentences: reworded, split, merged or compressed",
    "added": "in the target only: not derived from this source",
    "omitted": "in the source only: the target does not carry it",
    NOT_COMPARED: "a work bound kept it from being compared with the whole other document: neither added nor "
                  "omitted, and not in the counts",
}

VERDICT_HELP = {
    "wholly-derived": "the source is the target's only input",
    "partially-derived": "the source is one of the target's inputs",
    "non-derived": "the target does not derive from the source",
}


# Where a corpus run's pair page says what the corpus made of the pair (which text came first, whether the pair is
# an edge): known only once every pair is compared, after the page is written (`corpus_direction_html`).
CORPUS_NOTE_MARK = "<!-- diffsrc: the corpus's reading of this pair -->"


def side_languages(data: Mapping[str, Any]) -> dict[str, str | None]:
    """The language each side ("s", "t") is written in, read from its sentences where they say it unambiguously
    (`text.language`), else None: for the `lang` of its text on the page (`page.lang_attr`), where a wrong claim is
    worse than none. Markup of the page, not a finding: no other format has a place for it."""
    from ...text.language import text_language

    return {prefix: text_language(_opening(data[key])) for prefix, key in (("s", "source_sentences"),
                                                                         ("t", "target_sentences"))}


def _opening(sentences: Sequence[Mapping[str, Any]]) -> str:
    """The first sentences' text, as much as `text_language` reads of it."""
    from ...text.language import opening

    return opening(str(sentence.get("text") or "") for sentence in sentences)


def render_pair_page(report: PairReport, *, pair_links: Sequence[tuple[str, str]] | None = None,
                     in_corpus: bool = False) -> str:
    """A self-contained HTML page for one pair: summary and verdict, side-by-side aligned rows, findings.

    Args:
        report: the comparison to show.
        pair_links: (text, href) links shown at the top, e.g. `[("Corpus index", "../index.html")]`.
        in_corpus: a page of a corpus run: it holds `CORPUS_NOTE_MARK` under the verdict, for the corpus's
            reading of the pair (`corpus_direction_html`).

    Returns:
        The page as a string (UTF-8 HTML5); the same report always gives the same bytes.
    """
    data = report.to_dict()
    languages = side_languages(data)
    findings = FindingSections(data, languages)
    title = f"{report.target.id} against {report.source.id}"
    findings.place_rows(report.rows())
    out = _pair_header(report, data, findings, pair_links, in_corpus=in_corpus)
    sections = [("Findings", "findings")] if findings.present else []
    sections += [("Alignment", "alignment"), ("Boilerplate", "boilerplate")]
    out.append('<nav class="links" aria-label="On this page">'
               + "".join(f'<a href="#{anchor}">{text}</a>' for text, anchor in sections) + "</nav>")
    out.append(findings.section())
    out += _alignment_section(report, data, findings, page=True)

    out.append('<h2 id="boilerplate">Boilerplate set aside</h2>')
    out.append('<p class="muted">Page chrome and credits removed before aligning; listed so nothing is lost '
               "silently.</p>")
    for side in ("source", "target"):
        items = data["boilerplate"].get(side) or []
        if not items:
            out.append(f"<p>None in the {side}.</p>")
            continue
        out.append(f"<details><summary>{side.capitalize()}: {plural(len(items), 'line')}"
                   f"</summary><ul{lang_attr(languages[side[0]])}>")
        out.extend(f"<li>{esc(item)}</li>" for item in items)
        out.append("</ul></details>")

    return html_page(title, "\n".join(p for p in out if p), asset("pair.js"))


def render_pair_inline(report: PairReport) -> str:
    """The pair page's summary and alignment table as an HTML fragment, for a notebook (`PairReport._repr_html_`).

    The same pieces as the page (`render_pair_page`), without its script, its label filters (which need the script)
    and its in-page links and ids (two reports shown in one notebook must not share them); styles scoped to the
    fragment. Article text is escaped as on the page.
    """
    data = report.to_dict()
    languages = side_languages(data)
    findings = FindingSections(data, languages)
    out = _pair_header(report, data, findings, None, page=False)
    out += _alignment_section(report, data, findings, page=False)
    return html_fragment("\n".join(p for p in out if p))


def _alignment_section(report: PairReport, data: Mapping[str, Any], findings: FindingSections, *,
                       page: bool) -> list[str]:
    """The legend and the side-by-side table of aligned rows (on a page also the label filters, ids and links)."""
    src_sents = data["source_sentences"]
    tgt_sents = data["target_sentences"]
    rows = report.rows()
    # Each group's word diff as the report holds it (`findings.diffs`); a report without findings has none.
    diffs = {(tuple(a["source"]), tuple(a["target"])): a.get("diff") for a in data["alignments"]}
    scores = {(tuple(a["source"]), tuple(a["target"])): a.get("score") for a in data["alignments"]}

    labels = LABELS + ((NOT_COMPARED,) if not report.summary.complete else ())
    # A change: a row that is not verbatim, or a verbatim copy with a figure, a name or a quote changed in it.
    is_change = [label != "verbatim" or any(findings.changed("s", i) for i in sources)
                 or any(findings.changed("t", i) for i in targets) for sources, targets, label in rows]
    out = ['<h2 id="alignment">Alignment</h2>' if page else "<h2>Alignment</h2>"]
    out.append(_legend(labels))
    if page:
        counts = {label: sum(1 for r in rows if r[2] == label) for label in labels}
        out.append('<div class="filters" id="filters" role="group" aria-label="Show only rows labelled" hidden>')
        out.append('<span class="muted">Show rows (a split or merge is one row):</span>')
        out.append(f'<button type="button" data-filter="all" aria-pressed="true">All ({len(rows)})</button>')
        for label in labels:
            out.append(f'<button type="button" data-filter="{label}" aria-pressed="false">'
                       f'<span class="mark" aria-hidden="true">{esc(MARKS[label])}</span>{label} ({counts[label]})'
                       "</button>")
        out.append('<span id="filter-status" class="muted" role="status" aria-live="polite"></span>')
        out.append("</div>")
        # Shown by the script (no dead buttons without it); stays at the top of the window while the rows scroll.
        changes = sum(is_change)
        out.append('<div class="jump" id="jump" role="group" aria-label="Go from change to change" hidden>'
                   '<button type="button" id="prev-change" aria-keyshortcuts="p">'
                   '<span aria-hidden="true">↑ </span>Previous change <kbd>p</kbd></button>'
                   '<button type="button" id="next-change" aria-keyshortcuts="n">'
                   '<span aria-hidden="true">↓ </span>Next change <kbd>n</kbd></button>'
                   '<span id="change-status" class="muted" role="status" aria-live="polite">'
                   f"{plural(changes, 'change')} (rows not verbatim, or with a finding)</span></div>")

    # Not in a sideways-scrolling box (its fixed layout fits any width, and a phone stacks its cells): inside one,
    # the column headings could not stay at the top of the window as a long alignment scrolls by.
    out.append('<div class="alignment"><table class="pair">')
    out.append(f"<caption class=\"muted\">{plural(len(rows), 'row')} in reading order; a row spanning several "
               "sentences is a split or a merge.</caption>")
    out.append('<colgroup><col class="text"><col class="label"><col class="text"></colgroup>')
    out.append(f'<thead><tr><th scope="col">Source: {esc(report.source.id)}</th><th scope="col">Label</th>'
               f'<th scope="col">Target: {esc(report.target.id)}</th></tr></thead>')
    out.append("<tbody>")
    quote_rows = altered_quotes_by_row(rows, findings.quotes)
    anchored: set[str] = set()  # a sentence in several rows (drawn on by several merges) is anchored at its first
    for n, (sources, targets, label) in enumerate(rows):
        key = (tuple(sources), tuple(targets))
        src_texts = [src_sents[i]["text"] for i in sources]
        tgt_texts = [tgt_sents[i]["text"] for i in targets]
        if sources and targets:
            src_runs, tgt_runs = word_runs(diffs.get(key), src_texts, tgt_texts)
        else:
            src_runs = [[("same", t)] for t in src_texts]
            tgt_runs = [[("same", t)] for t in tgt_texts]
        score = scores.get(key)
        row_id = f' id="row-{n}"' if page else ""
        change = ' data-change=""' if is_change[n] else ""
        out.append(f'<tr{row_id} class="row row-{esc(label)}" data-label="{esc(label)}"{change}>')
        score_html = f'<span class="score">score {score:.2f}</span>' if isinstance(score, (int, float)) else ""
        if label == NOT_COMPARED and len(sources) + len(targets) > 2:
            out.append(f"{_not_compared_cell('Source', 's', sources)}<td class=\"label\">{badge(label)}</td>"
                       f"{_not_compared_cell('Target', 't', targets)}</tr>")
            continue
        out.append(_side_cell("Source", "s", sources, src_sents, src_runs, findings, anchored, page=page))
        out.append(f'<td class="label">{badge(label)}{score_html}</td>')
        out.append(_side_cell("Target", "t", targets, tgt_sents, tgt_runs, findings, anchored, page=page))
        out.append("</tr>")
        out.extend(findings.alignment_quote_row(q, quote, label) for q, quote in quote_rows.get(n, []))
    out.append("</tbody></table></div>")
    return out


def _pair_header(report: PairReport, data: Mapping[str, Any], findings: FindingSections,
                 pair_links: Sequence[tuple[str, str]] | None, *, page: bool = True,
                 in_corpus: bool = False) -> list[str]:
    """The top of a pair page: links, heading, verdict, summary, counts, the two documents and any notes
    (`page` off: no link to the findings section, which a fragment does not have)."""
    summary = data["summary"]
    out: list[str] = []
    if pair_links:
        out.append('<nav class="links" aria-label="Related pages">'
                   + "".join(f'<a href="{file_href(link)}">{esc(text)}</a>' for text, link in pair_links) + "</nav>")
    out.append(f"<h1>{esc(report.target.id)} <span class=\"muted\">against</span> {esc(report.source.id)}</h1>")
    verdict = summary.get("verdict", "")
    out.append(f'<p><span class="verdict verdict-{esc(verdict)}">Verdict: {esc(verdict)}</span> '
               f'<span class="muted">({esc(VERDICT_HELP.get(verdict, ""))})</span></p>')
    if in_corpus:
        out.append(CORPUS_NOTE_MARK)  # the corpus's reading of the pair goes here once every pair is compared
    out.append(f"<p>{esc(shares_line(report))}.</p>")
    out.append(findings.attribution_banner(summary, links=page))
    out.append('<ul class="stats" aria-label="Counts">')
    for label in LABELS:
        side = "source" if label == "omitted" else "target"
        out.append(f"<li>{badge(label)}<b>{esc(summary.get(label, 0))}</b>"
                   f'<span class="muted">{side} {agree(summary.get(label, 0), "sentence")}</span></li>')
    compared = "of its compared text" if not report.summary.complete else "of its text"
    out.append(f'<li>target derived<b>{percent(summary.get("target_derived_share"))}</b>'
               f'<span class="muted">{compared}</span></li>')
    out.append(f'<li>source retained<b>{percent(summary.get("source_retained_share"))}</b>'
               f'<span class="muted">{compared}</span></li>')
    if not report.summary.complete:
        s = report.summary
        out.append(f"<li>{badge(NOT_COMPARED)}<b>{s.source_not_compared} / {s.target_not_compared}</b>"
                   '<span class="muted">source / target sentences</span></li>')
    out.append("</ul>")
    out.append('<div class="docs">')
    out.append(_doc_card("Source", data["source"], findings.lang["s"]))
    out.append(_doc_card("Target", data["target"], findings.lang["t"]))
    out.append("</div>")
    for note in data.get("notes") or []:
        out.append(f'<p class="warning"><strong>Note:</strong> {esc(note)}</p>')
    return out


def corpus_readings(rows: Iterable[Mapping[str, Any]], edges: Sequence[Mapping[str, Any]]
                    ) -> Iterator[tuple[tuple[str, str], str, str]]:
    """((source, target), what the corpus made of the pair as HTML, why the corpus does not count the pair as
    unattributed reuse or "") for each row of a run's `summary.csv` rows (`corpus.tables.summary_rows`), with the
    evidence its graph's `edges` give: which text came first and why, and whether the pair is an edge. Known only
    once every pair is compared, after the pages are made: each page keeps a place for it (`CORPUS_NOTE_MARK`,
    filled by `with_corpus_reading`)."""
    evidence = {(e["source"], e["target"]): e.get("evidence") or [] for e in edges}
    for row in rows:
        source, target = row["source"], row["target"]
        why = evidence.get((source, target)) or evidence.get((target, source)) or []
        not_counted = reuse_not_counted(target, row["upstream"]) if row["unattributed_reuse"] is False else ""
        yield (source, target), corpus_direction_html(source, target, row["direction"], row["upstream"],
                                                      row["edge"], why, row["verdict"]), not_counted


def with_corpus_reading(page: str, reading: str, not_counted: str = "") -> str:
    """A corpus run's pair page with the corpus's reading of its pair in the place the page kept for it. Where the
    page warns of unattributed reuse and the corpus does not count it (`not_counted` says why), the reading says so
    and the warning becomes what the two texts alone show: a user's trial read "Unattributed reuse" on a paper's
    page against another paper's report of the same agency story, while summary.csv and the corpus page said no."""
    if not_counted and UNATTRIBUTED_WARNING in page:
        reading = reading.removesuffix("</p>") + f" {esc(not_counted)}</p>"
        page = page.replace(UNATTRIBUTED_WARNING, (
            '<p class="muted" role="note"><strong>Unattributed reuse, read from these two texts alone:</strong> a '
            "substantial share of the target derives from the source, and the target does not credit it; this "
            "corpus does not count it (above)."), 1)
    return page.replace(CORPUS_NOTE_MARK, reading, 1)


def corpus_direction_html(source: str, target: str, direction: str | None, upstream: str | None, edge: bool,
                          evidence: Sequence[str] = (), verdict: str | None = None) -> str:
    """What a corpus run made of a pair, for its page: which text the evidence puts first and why, and whether the
    pair is an edge of the provenance graph (a pair page compares the target against the source as named, whichever
    came first: a "reversed" pair reads the later text as the source)."""
    basis = "going by their dates" if (direction or "").startswith("dated") else "going by the evidence"
    if upstream is None:
        said = ("In this corpus, the evidence does not say which of the two came first (direction undetermined)."
                if direction else "In this corpus, the two share no text.")
    elif upstream == source:
        said = f"In this corpus, the source, {source}, came first, {basis}."
    else:
        said = (f"In this corpus, the target, {target}, came first, {basis}: read this page the other way round, "
                "as what the source took from the target.")
    graph = ("This pair is an edge of the provenance graph." if edge else
             "This pair is not an edge of the provenance graph: the target is not derived from the source."
             if verdict == "non-derived" else
             "This pair is not an edge of the provenance graph (its shared text has a more direct source there, "
             "or runs the other way).")
    why = f" Evidence: {'; '.join(evidence)}." if evidence else ""
    return f'<p class="muted" role="note">{esc(said)} {esc(graph)}{esc(why)}</p>'


def render_findings_page(report: PairReport) -> str:
    """A self-contained HTML page of only the fact-checker findings (`diffsrc compare --findings --format html`).

    The summary and verdict, then attribution, quotes and changed facts, and the sentences they point at (each
    with its anchor, so the findings' links land on the sentence's text).
    """
    data = report.to_dict()
    languages = side_languages(data)
    findings = FindingSections(data, languages)
    out = _pair_header(report, data, findings, None)
    out.append(findings.section() or '<h2 id="findings">Findings</h2><p>None: this report carries no findings.</p>')
    referred = sorted({anchor for anchor in findings.by_sentence}, key=lambda a: (a[0] != "s", int(a[2:])))
    if referred:
        out.append('<h2 id="sentences">Sentences the findings point at</h2><ul class="plain">')
        for anchor in referred:
            side, index = ("source", "source_sentences") if anchor[0] == "s" else ("target", "target_sentences")
            text = data[index][int(anchor[2:])]["text"]
            out.append(f'<li class="sent" id="{anchor}"><a class="num" href="#{anchor}">'
                       f'{sentence_label(anchor[0], int(anchor[2:]))}</a><span class="muted">{side}:</span> '
                       f"<bdi{findings.lang[anchor[0]]}>{esc(text)}</bdi>"
                       f"{findings.flags(anchor[0], int(anchor[2:]))}</li>")
        out.append("</ul>")
    return html_page(f"Findings: {report.target.id} against {report.source.id}", "\n".join(p for p in out if p), None)


def _side_cell(side: str, prefix: str, indices: list[int], sentences: list[dict[str, Any]],
               runs: list[list[tuple[str, str]]], findings: FindingSections, anchored: set[str], *,
               page: bool = True) -> str:
    """One side of an alignment row; `anchored`: the sentences given their `id` in earlier rows (an id is the
    page's once: the first row holding the sentence has it, as `#s-6` links go there)."""
    if not indices:
        missing = "(not in the source)" if prefix == "s" else "(not in the target)"
        return f'<td class="text empty" data-side="{side}"><span class="none">{esc(missing)}</span></td>'
    parts = [f'<td class="text" data-side="{side}">']
    for i, sentence_runs in zip(indices, runs, strict=True):
        kind = sentences[i].get("kind") or "body"
        kind_html = f'<span class="kind">{esc(kind)}</span>' if kind != "body" else ""
        anchor = f"{prefix}-{i}"
        shown = sentence_label(prefix, i)
        number = (f'<a class="num" href="#{anchor}" aria-label="{side} sentence {shown[1:]}">{shown}</a>' if page
                  else f'<span class="num" aria-label="{side} sentence {shown[1:]}">{shown}</span>')
        sentence_id = f' id="{anchor}"' if page and anchor not in anchored else ""
        anchored.add(anchor)
        # <bdi>: a right-to-left sentence (Arabic, Hebrew) reads in its own direction beside the number
        parts.append(f'<p class="sent"{sentence_id}>{number}{kind_html}'
                     f"<bdi{findings.lang[prefix]}>{render_runs(sentence_runs, findings.lang[prefix])}</bdi>"
                     f"{findings.flags(prefix, i, links=page)}</p>")
    parts.append("</td>")
    return "".join(parts)


def _not_compared_cell(side: str, prefix: str, indices: list[int]) -> str:
    """The sentences past a cut, as one cell: how many and which, not thousands of rows (JSON and CSV list them)."""
    if not indices:
        return f'<td class="text empty" data-side="{side}"><span class="none">(all compared)</span></td>'
    first, last = sentence_label(prefix, indices[0]), sentence_label(prefix, indices[-1])
    return (f'<td class="text" data-side="{side}"><span class="none">{first}–{last}: {len(indices)} sentences not '
            "compared (a work bound was hit)</span></td>")


def _doc_card(side: str, info: Mapping[str, Any], lang: str = "") -> str:
    """A document's metadata; `lang`: the `lang` attribute of its title (`page.lang_attr`)."""
    rows = []
    for name in ("title", "author", "outlet", "credit", "date", "dateline", "path", "url", "n_sentences"):
        value = info.get(name)
        if value is None or value == "":
            continue
        if name == "url" and (url := safe_url(str(value))):
            shown = f'<a href="{esc(url)}" rel="noreferrer noopener">{esc(url)}</a>'
        else:
            shown = esc(value)
        label = "sentences" if name == "n_sentences" else name
        rows.append(f"<dt>{label}</dt><dd{lang if name == 'title' else ''}>{shown}</dd>")
    # An h2, as the sections after it: an h3 here stood under no h2 (the page's outline went h1, h3, h3, h2).
    return (f'<section class="doc" aria-label="{side} document"><h2>{side}: {esc(info.get("id"))}</h2>'
            f"<dl>{''.join(rows)}</dl></section>")


def _legend(labels: Sequence[str] = LABELS) -> str:
    items = [f"<li>{badge(label)}<span>{esc(LABEL_HELP[label])}</span></li>" for label in labels]
    items.append("<li><ins>inserted</ins><span>words the target has that its source sentences do not</span></li>")
    items.append("<li><del>deleted</del><span>words of the source that its target sentences dropped</span></li>")
    items.append('<li><span class="num">S1</span><span>sentences are numbered from 1 on this page; the JSON and CSV '
                 "reports, the Markdown report and the terminal count from 0 (S1 here is index 0 there)</span></li>")
    items.append('<li><span class="score">score 0.97</span><span>how likely the model finds it that the target '
                 "sentence derives from the source (0 to 1, from how much of its content the source holds): not a "
                 "share of words copied</span></li>")
    return f'<ul class="legend" aria-label="Legend">{"".join(items)}</ul>'

