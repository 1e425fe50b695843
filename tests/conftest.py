from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
FIXTURES = ROOT / "tests" / "fixtures"
CLOUGH = FIXTURES / "clough-stevenson-2011"


def seed(prefix: str) -> Path:
    """The seed article whose file name starts with `prefix` ("000" ... "004")."""
    return next(SEEDS.glob(f"{prefix}_*.txt"))


@pytest.fixture(scope="session")
def seed_docs():
    from diffsrc import Document

    return {p.name[:3]: Document.from_path(p) for p in sorted(SEEDS.glob("*.txt"))}
