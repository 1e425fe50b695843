"""The terminal view: source and target side by side, a label per row, and a summary line, fitted to the terminal.

Every line fits the terminal's width as the terminal draws it: wide characters (CJK, emoji) count two columns
(`report.terminal`), long file names in the headings are shortened in the middle, and the prose under the table
is wrapped. Below `MIN_TEXT_WIDTH` columns of room per text column the table is wider than the terminal rather
than unreadable.
"""

from __future__ import annotations

import shutil

from ..pair.model import PairReport
from ..wording import plural
from .terminal import display_width, grid, shorten, terminal_safe, wrap
from .text import altered_quotes_by_row, side_by_side, summary_line

# A terminal's size when it cannot be asked (output to a pipe or a file, no COLUMNS): a wide window.
FALLBACK_WIDTH = 160
# Narrower text columns than this read one or two words a line; the table stops shrinking there.
MIN_TEXT_WIDTH = 12
# The sentence-number columns wrap a long list of numbers (a merge of many sentences) past this width.
MAX_NUMBER_WIDTH = 7
# The label of an altered quote's row, on two lines so that it is no wider than "~ paraphrased".
QUOTE_LABEL = "~ altered\n  quote"
# The label of the row under an alignment whose sentences differ in a number, a date or a name: a copy labelled
# verbatim may still carry a changed figure (the Markdown and HTML reports mark it in the word diff).
FACT_LABEL = "! changed\n  fact"

Row = tuple[str, str, str, str, str]  # S#, source text, label, T#, target text


def terminal_width() -> int:
    """The terminal's width in columns (COLUMNS wins, as for every program), or `FALLBACK_WIDTH`."""
    return shutil.get_terminal_size((FALLBACK_WIDTH, 40)).columns


def column_widths(rows: list[Row], width: int) -> list[int]:
    """Widths of the five columns (S#, source, label, T#, target) for a table `width` columns wide in all."""
    def widest(column: int, heading: str, cap: int, sep: str | None = None) -> int:
        return min(cap, max([display_width(heading)] + [display_width(part) for row in rows
                                                         for line in row[column].split("\n")
                                                         for part in (line.split(sep) if sep else [line])]))

    # A number column is as wide as its widest number: the numbers of a merge stand each beside its sentence.
    src_no, label = widest(0, "S#", MAX_NUMBER_WIDTH, ","), widest(2, "label", 40)
    tgt_no = widest(3, "T#", MAX_NUMBER_WIDTH, ",")
    room = width - (src_no + label + tgt_no) - (3 * 5 + 1)
    text = max(MIN_TEXT_WIDTH, room // 2)
    return [src_no, text, label, tgt_no, max(MIN_TEXT_WIDTH, room - text)]


def _heading(side: str, doc_id: str, width: int) -> str:
    # "source: 001_72d3…b31.txt": the file name shortened in its middle; at a very narrow width, the name alone.
    prefix = f"{side}: "
    if width - len(prefix) >= 8:
        return prefix + shorten(terminal_safe(doc_id), width - len(prefix))
    return shorten(terminal_safe(doc_id), width)


def _paragraph(text: str, width: int, indent: int = 0) -> list[str]:
    """A line of prose wrapped to `width`, its continuation lines indented by `indent` more than its first."""
    lead = len(text) - len(text.lstrip(" "))
    first, *rest = wrap(terminal_safe(text.strip()), width - lead, width - lead - indent)
    return [" " * lead + first] + [" " * (lead + indent) + line for line in rest]


def with_quote_rows(report: PairReport, rows: list[Row]) -> list[Row]:
    """`rows` with a row under each alignment that holds an altered quote: the whole source quote beside the whole
    target quote, each with its side of the word diff marked (`report.text.altered_quotes_by_row`).
    """
    if report.findings is None:
        return rows
    from .findings import quote_cells

    quotes = altered_quotes_by_row(report.rows(), report.findings.quotes)
    facts = _facts_by_row(report.rows(), report.findings.facts)
    out = []
    for n, row in enumerate(rows):
        out.append(row)
        for _, quote in quotes.get(n, []):
            source, target = quote_cells(quote)
            out.append((str(quote.get("source_index", "")), source, QUOTE_LABEL, str(quote.get("target_index", "")),
                        target))
        if changed := facts.get(n):
            out.append((",".join(dict.fromkeys(str(f["source_index"]) for f in changed)),
                        "\n".join(f"{f['kind']}: {f['source']}" for f in changed), FACT_LABEL,
                        ",".join(dict.fromkeys(str(f["target_index"]) for f in changed)),
                        "\n".join(f"{f['kind']}: {f['target']}" for f in changed)))
    return out


def _facts_by_row(rows: list[tuple[list[int], list[int], str]], facts: list[dict]) -> dict[int, list[dict]]:
    """The changed facts by the side-by-side row holding their target sentence."""
    where = {i: n for n, (_, targets, _) in enumerate(rows) for i in targets}
    out: dict[int, list[dict]] = {}
    for fact in facts:
        if (row := where.get(fact.get("target_index"))) is not None:
            out.setdefault(row, []).append(fact)
    return out


def _number_lines(numbers: str, width: int) -> str:
    """A list of sentence numbers ("1,2,4,15") broken after its commas, never inside a number ("1,2,4,1" / "5"
    would read as other sentences)."""
    lines: list[str] = []
    for item in numbers.split(","):
        if lines and len(lines[-1]) + 1 + len(item) <= width:
            lines[-1] += "," + item
        else:
            if lines:
                lines[-1] += ","
            lines.append(item)
    return "\n".join(lines)


def _numbers_beside(numbers: str, text: str, width: int, text_width: int) -> str:
    """A row's sentence numbers, each on the line where its sentence starts in the text column beside it (the
    sentences of a merge or split stand one per line there); a list that does not match the text's lines (a
    quote row, a range of sentences not compared) is broken after its commas (`_number_lines`)."""
    items = numbers.split(",")
    sentences = text.split("\n")
    if len(items) < 2 or len(items) != len(sentences) or any(display_width(item) > width for item in items):
        return _number_lines(numbers, width)
    lines: list[str] = []
    for item, sentence in zip(items, sentences, strict=True):
        lines += [item] + [""] * (len(wrap(terminal_safe(sentence), text_width)) - 1)
    return "\n".join(lines)


def render(report: PairReport, *, width: int | None = None) -> str:
    """The side-by-side table, the summary line, notes and (when computed) the findings, `width` columns wide."""
    width = width or terminal_width()
    rows = with_quote_rows(report, side_by_side(report))
    widths = column_widths(rows, width)
    rows = [(_numbers_beside(s, source, widths[0], widths[1]), source, label,
             _numbers_beside(t, target, widths[3], widths[4]), target)
            for s, source, label, t, target in rows]
    headers = ["S#", _heading("source", report.source.id, widths[1]), "label", "T#",
               _heading("target", report.target.id, widths[4])]
    table_width = sum(widths) + 3 * len(widths) + 1
    prose = [summary_line(report)]
    if report.boilerplate["source"] or report.boilerplate["target"]:
        prose.append(
            f"boilerplate set aside: {plural(len(report.boilerplate['source']), 'line')} in the source, "
            f"{plural(len(report.boilerplate['target']), 'line')} in the target (listed in --format json/markdown/html)"
        )
    prose.extend(f"note: {note}" for note in report.notes)
    # Prose is wrapped to the terminal, or to the table when the table had to be wider.
    prose_width = max(width, table_width) if table_width > width else width
    lines = [grid(rows, headers, widths), ""]
    for text in prose:
        lines += _paragraph(text, prose_width, indent=2)
    if report.findings is not None:
        from .findings import render_text

        lines.append("")
        for line in render_text(report, other_notes_shown=False).rstrip("\n").split("\n"):
            lines += _paragraph(line, prose_width, indent=4)
    return "\n".join(lines) + "\n"
