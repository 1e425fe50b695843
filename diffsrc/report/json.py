"""`diffsrc.pair/1` as JSON: sorted keys, stable order, so reports can be diffed and committed."""

from __future__ import annotations

import json
from typing import Any

from ..pair.model import PairReport


def dumps(obj: Any) -> str:
    return json.dumps(obj, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def render(report: PairReport) -> str:
    return dumps(report.to_dict())
