"""A Markdown report: summary, side-by-side alignment table, and the boilerplate that was set aside."""

from __future__ import annotations

from ..pair.model import PairReport
from ..wording import plural
from .text import altered_quotes_by_row, shares_line, side_by_side


def _cell(text: str) -> str:
    # A table cell is one line: the sentences of a merge are kept apart by <br>.
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;").replace("\n", "<br>")


def _doc_line(label: str, info) -> str:  # type: ignore[no-untyped-def]
    parts = [f"**{label}:** `{info.id}`"]
    for name in ("title", "author", "outlet", "credit", "dateline", "date"):
        if value := getattr(info, name):
            parts.append(f"{name}: {_cell(value)}")
    parts.append(plural(info.n_sentences, "sentence"))
    return " · ".join(parts)


def render(report: PairReport) -> str:
    s = report.summary
    lines = [
        f"# {report.target.id} against {report.source.id}",
        "",
        _doc_line("Source", report.source),
        "",
        _doc_line("Target", report.target),
        "",
        f"**Verdict: {s.verdict}.** {shares_line(report)}.",
        "",
        "| target verbatim | target paraphrased | target added | source omitted | target derived | source retained |",
        "|---:|---:|---:|---:|---:|---:|",
        f"| {s.verbatim} | {s.paraphrased} | {s.added} | {s.omitted} "
        f"| {s.target_derived_share:.0%} | {s.source_retained_share:.0%} |",
        "",
    ]
    if report.findings is not None:
        from .findings import render_markdown

        lines += [*render_markdown(report), ""]
    lines += [
        "## Alignment",
        "",
        "| S# | source | label | T# | target |",
        "|---|---|---|---|---|",
    ]
    quotes = {}
    if report.findings is not None:
        from .findings import quote_cells

        quotes = altered_quotes_by_row(report.rows(), report.findings.quotes)
    for n, (src_no, src_text, label, tgt_no, tgt_text) in enumerate(side_by_side(report)):
        lines.append(f"| {src_no} | {_cell(src_text)} | {label} | {tgt_no} | {_cell(tgt_text)} |")
        for _, quote in quotes.get(n, []):
            # The whole altered quote on one row, source beside target (a quote may run past its first sentence).
            source, target = quote_cells(quote, markdown=True)
            lines.append(f"| {quote.get('source_index', '')} | {source} | ~ altered quote | "
                         f"{quote.get('target_index', '')} | {target} |")
    if report.findings is not None:
        from .findings import render_word_changes

        if changes := render_word_changes(report):
            lines += ["", *changes]
    for side in ("source", "target"):
        items = report.boilerplate[side]
        if items:
            lines += ["", f"<details><summary>Boilerplate set aside in the {side} ({len(items)})</summary>", ""]
            lines += [f"- {_cell(item)}" for item in items]
            lines += ["", "</details>"]
    for note in report.notes:
        lines += ["", f"> Note: {_cell(note)}"]
    return "\n".join(lines) + "\n"


_UNATTRIBUTED_LINE = "- **Unattributed reuse: yes** ("


def with_corpus_reading(text: str, not_counted: str) -> str:
    """A corpus run's Markdown pair report whose findings say "Unattributed reuse: yes" where the corpus does not
    count the pair (`not_counted` says why, `report.text.reuse_not_counted`): the line says both, as the HTML
    page does (a user's trial: the Markdown said yes where summary.csv said no)."""
    head, found, rest = text.partition(_UNATTRIBUTED_LINE)
    if not found:
        return text
    share, newline, tail = rest.partition("\n")
    return (f"{head}- **Unattributed reuse: not counted in this corpus** (from these two texts alone, yes: {share} "
            f"{not_counted}{newline}{tail}")
