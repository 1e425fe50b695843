"""The terminal view: source and target side by side, a label per row, and a summary line."""

from __future__ import annotations

import shutil

from ..pair.model import PairReport
from .text import side_by_side, summary_line


def render(report: PairReport, *, width: int | None = None) -> str:
    from tabulate import tabulate

    width = width or shutil.get_terminal_size((160, 40)).columns
    text_width = max(24, (width - 36) // 2)
    rows = side_by_side(report)
    table = tabulate(
        rows,
        headers=["S#", f"source: {report.source.id}", "label", "T#", f"target: {report.target.id}"],
        tablefmt="simple_grid",
        maxcolwidths=[6, text_width, 14, 6, text_width],
    )
    lines = [table, "", summary_line(report)]
    if report.boilerplate["source"] or report.boilerplate["target"]:
        lines.append(
            f"boilerplate set aside: {len(report.boilerplate['source'])} lines in the source, "
            f"{len(report.boilerplate['target'])} in the target (listed in --format json/markdown)"
        )
    lines.extend(f"note: {note}" for note in report.notes)
    if report.findings is not None:
        from .findings import render_text

        lines += ["", render_text(report).rstrip("\n")]
    return "\n".join(lines) + "\n"
