"""The walkthrough notebook (docs/walkthrough.ipynb) runs top to bottom in a Jupyter kernel, so it never goes stale:
once without the shared real-news data (the seeds stand in) and once with it where it is present."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from diffsrc.evaluate.repository import shared_data_dir

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOK = ROOT / "docs" / "walkthrough.ipynb"
KERNEL = "diffsrc-tests"


@pytest.fixture
def kernel(tmp_path, monkeypatch) -> str:
    """A kernel spec that runs this Python (the test environment), ahead of any the machine has."""
    spec = tmp_path / "jupyter" / "kernels" / KERNEL
    spec.mkdir(parents=True)
    (spec / "kernel.json").write_text(json.dumps({
        "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": "diffsrc tests", "language": "python",
    }), encoding="utf-8")
    monkeypatch.setenv("JUPYTER_PATH", str(tmp_path / "jupyter"))
    monkeypatch.setenv("MPLBACKEND", "module://matplotlib_inline.backend_inline")
    return KERNEL


def _run(kernel: str) -> nbformat.NotebookNode:
    nb = nbformat.read(NOTEBOOK, as_version=4)
    # Any cell that raises fails the test (CellExecutionError, with the cell and its traceback).
    client = NotebookClient(nb, kernel_name=kernel, timeout=180, resources={"metadata": {"path": str(NOTEBOOK.parent)}})
    client.execute()
    return nb


def _outputs(nb: nbformat.NotebookNode, kind: str) -> list[str]:
    """Every output of one MIME type (or `stream` text), in order."""
    found = []
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            if kind == "stream" and out.output_type == "stream":
                found.append(out.text)
            elif kind in out.get("data", {}):
                found.append(out.data[kind])
    return found


def test_the_notebook_is_committed_without_outputs():
    nb = nbformat.read(NOTEBOOK, as_version=4)
    nbformat.validate(nb)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert code and all(c.outputs == [] and c.execution_count is None for c in code)


@pytest.mark.slow
def test_the_notebook_runs_without_the_real_news_data(kernel, tmp_path, monkeypatch):
    monkeypatch.setenv("DIFFSRC_SHARED_DATA", str(tmp_path / "no-shared-data"))
    nb = _run(kernel)
    text = "".join(_outputs(nb, "stream"))
    assert "The METER data is not at" in text and "the seeds stand in" in text
    html = _outputs(nb, "text/html")
    assert any('class="diffsrc diffsrc-inline"' in h and "Verdict: partially-derived" in h for h in html)
    assert any("<CorpusResult: 5 documents" in t for t in _outputs(nb, "text/plain"))
    assert all("<script" not in h for h in html)
    assert len(_outputs(nb, "image/png")) == 1  # the per-outlet plot


@pytest.mark.slow
def test_the_notebook_runs_with_the_real_news_data(kernel, monkeypatch):
    shared = shared_data_dir()  # $DIFFSRC_SHARED_DATA, else ../shared/data beside the checkout
    if not (shared / "meter-dev" / "labels.csv").is_file():
        pytest.skip(f"the METER development data is not at {shared / 'meter-dev'} (set DIFFSRC_SHARED_DATA to the "
                    "shared data folder)")
    monkeypatch.setenv("DIFFSRC_SHARED_DATA", os.fspath(shared))
    nb = _run(kernel)
    text = "".join(_outputs(nb, "stream"))
    assert "The METER data is not at" not in text
    assert "wholly-derived" in text and "non-derived" in text  # the derived share by METER's own verdicts
    assert len(_outputs(nb, "image/png")) == 1
    assert "unattributed rewrites among" in text
