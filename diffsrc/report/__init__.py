"""Reports: one model (`PairReport`) and one module per output format, each rendering that model.

The model is imported lazily (PEP 562), so commands that only render other results (`diffsrc check` uses
`report.check`) do not pay for importing the pair pipeline.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..pair.model import PAIR_SCHEMA, DocumentInfo, PairReport

__all__ = ["PAIR_SCHEMA", "DocumentInfo", "PairReport", "render"]


def render(report: PairReport, fmt: str) -> str:
    """Render a pair report in one of the formats (`table`, `json`, `csv`, `markdown`, `html`)."""
    module = importlib.import_module(f"diffsrc.report.{_FORMAT_MODULES[fmt]}")
    return str(module.render(report))


_FORMAT_MODULES = {"table": "table", "json": "json", "csv": "csv", "markdown": "markdown", "html": "html"}


def __getattr__(name: str) -> Any:
    if name in ("PAIR_SCHEMA", "DocumentInfo", "PairReport"):
        return getattr(importlib.import_module("diffsrc.pair.model"), name)
    raise AttributeError(f"module 'diffsrc.report' has no attribute {name!r}")
