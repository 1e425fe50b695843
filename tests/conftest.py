from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
FIXTURES = ROOT / "tests" / "fixtures"
# The real labelled corpora are read where the project keeps them, never copied into the repository.
SHARED_DATA = Path(os.environ.get("DIFFSRC_SHARED_DATA") or ROOT.parent / "shared" / "data")
CLOUGH = SHARED_DATA / "clough-stevenson-2011"


def seed(prefix: str) -> Path:
    """The seed article whose file name starts with `prefix` ("000" ... "004")."""
    return next(SEEDS.glob(f"{prefix}_*.txt"))


@contextlib.contextmanager
def data_or_skip() -> Iterator[None]:
    """Skip the test, saying what is missing and where, when labelled data `diffsrc.evaluate` reads is not there."""
    from diffsrc.errors import EvaluationDataError

    try:
        yield
    except EvaluationDataError as exc:
        pytest.skip(f"labelled data not available: {exc}")  # a missing real corpus's error says how to name it


@pytest.fixture(scope="session")
def seed_docs():
    from diffsrc import Document

    return {p.name[:3]: Document.from_path(p) for p in sorted(SEEDS.glob("*.txt"))}
