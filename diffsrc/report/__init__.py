"""Reports: one module per output format, each rendering a result object and computing nothing of its own.

Two things are read at rendering, from the report itself: the HTML page's word marks, from the report's word diffs
or, where it carries none (`CompareOptions(findings=False)`, a report made by hand), from `word_diff` of the
aligned sentences; and whether a credit names the source only generically ("agencies"), for the findings' wording.

Pair reports (`pair.model.PairReport`) are rendered by `table`, `json`, `csv`, `markdown` and `html`; findings by
`findings` (with `speakers`, the one rule for showing a quote's speaker that the text, Markdown and HTML findings
share); corpus graphs by `graph` (JSON, GraphML, DOT, SVG) and `html`; near-duplicate checks by `check`.
Modules are imported when a format is asked for, so a command pays only for the format it prints.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from ..settings import PAIR_FORMATS

if TYPE_CHECKING:
    from ..pair.model import PairReport

__all__ = ["PAIR_FORMATS", "render"]


def render(report: PairReport, fmt: str) -> str:
    """Render a pair report in one of `PAIR_FORMATS` (`table`, `json`, `csv`, `markdown`, `html`)."""
    if fmt not in PAIR_FORMATS:
        raise ValueError(f"unknown pair report format {fmt!r}; one of {', '.join(PAIR_FORMATS)}")
    return str(importlib.import_module(f"diffsrc.report.{fmt}").render(report))
