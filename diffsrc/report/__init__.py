"""Reports: one model (`PairReport`) and one module per output format, each rendering that model."""

from __future__ import annotations

from .model import PAIR_SCHEMA, DocumentInfo, PairReport

__all__ = ["PAIR_SCHEMA", "DocumentInfo", "PairReport", "render"]


def render(report: PairReport, fmt: str) -> str:
    """Render a pair report in one of the formats (`table`, `json`, `csv`, `markdown`, `html`)."""
    import importlib

    module = importlib.import_module(f"diffsrc.report.{_FORMAT_MODULES[fmt]}")
    return str(module.render(report))


_FORMAT_MODULES = {"table": "table", "json": "json", "csv": "csv", "markdown": "markdown", "html": "html"}
