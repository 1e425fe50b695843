"""`diffsrc.pair/1` as JSON: sorted keys, stable order, so reports can be diffed and committed."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..pair.model import PairReport


def dumps(obj: Any) -> str:
    """Every JSON diffsrc writes (pair reports, graphs, check results, index info): sorted keys, two-space indent,
    UTF-8 text rather than escapes, one final newline."""
    return json.dumps(obj, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def render(report: PairReport) -> str:
    return dumps(report.to_dict())
