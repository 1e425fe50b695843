"""diffsrc.evaluate: gold keys find their sentences, the counts are right, the baseline behaves like one, and the
harness finds its data or says where it looked."""

from __future__ import annotations

import json
import re

import pytest

from diffsrc.errors import EvaluationDataError
from diffsrc.evaluate import (
    Confusion,
    PairScore,
    baseline_report,
    bootstrap_intervals,
    clough_dir,
    conceal_held_out,
    gold_file,
    gold_set_items,
    load_gold,
    match_keys,
    normalise_key,
    parse_options,
    run,
    score_pair,
    summarise,
)

from .conftest import data_or_skip


def test_keys_match_across_quote_style_dashes_pound_sign_and_spacing():
    sentences = ["He said \u201cno\u201d \u2014 twice.", "It cost \u00a3120 in  all.", "Other."]
    assert match_keys(['He said "no" - twice.', "It cost #120 in all"], sentences) == [0, 1]
    assert normalise_key("A\u00a0 B") == "a b"


def test_a_key_names_the_sentence_it_starts_else_one_containing_it_and_each_sentence_once():
    sentences = ["LONDON (Reuters) - The pound fell on Friday.", "The pound fell again."]
    assert match_keys(["The pound fell on Friday", "The pound fell"], sentences) == [0, 1]
    assert match_keys(["The pound fell", "The pound fell"], ["The pound fell."]) == [0, None]
    assert match_keys(["Not there at all"], sentences) == [None]


def test_confusion_precision_recall_f1():
    c = Confusion(("a", "b"))
    for gold, pred in [("a", "a"), ("a", "b"), ("b", "b"), ("b", "b")]:
        c.add(gold, pred)
    assert c.prf("a") == {"precision": 1.0, "recall": 0.5, "f1": 0.6667, "support": 2, "predicted": 1}
    assert c.prf("b")["precision"] == pytest.approx(0.6667)
    assert c.accuracy() == 0.75
    assert c.matrix() == [[1, 1], [0, 2]]


def _report(src, tgt, verdict):
    return {
        "summary": {"verdict": verdict},
        "source_sentences": [{"index": i, "text": t, "label": lab, "targets": []} for i, (t, lab) in enumerate(src)],
        "target_sentences": [
            {"index": i, "text": t, "label": lab, "sources": links, "score": None}
            for i, (t, lab, links) in enumerate(tgt)
        ],
    }


GOLD = {
    "id": "p", "verdict": "partially-derived", "verdict_alt": "non-derived",
    "source_sentences": [{"key": "The wire sentence one.", "label": "paraphrased"},
                         {"key": "The wire sentence two.", "label": "omitted"}],
    "target_sentences": [
        {"key": "A reworded sentence one.", "label": "paraphrased", "sources": ["The wire sentence one."]},
        {"key": "Something new.", "label": "added", "sources": [], "alt_label": "paraphrased"},
        {"key": "A headline", "label": "added", "sources": [], "optional": True},
    ],
}


def test_score_pair_counts_alt_labels_as_right_and_checks_links():
    report = _report(
        [("The wire sentence one.", "paraphrased"), ("The wire sentence two.", "paraphrased")],
        [("A reworded sentence one.", "paraphrased", [0]), ("Something new.", "paraphrased", [1]),
         ("Unlabelled extra.", "added", [])],
        "non-derived",
    )
    result = score_pair(GOLD, report)
    assert result.gold_verdict == "non-derived"  # the alternative verdict was predicted
    assert result.target.accuracy() == 1.0
    assert result.source.counts[("omitted", "paraphrased")] == 1
    assert (result.link_hits, result.link_total) == (1, 1)
    assert result.missing == []  # the headline is optional
    assert result.unlabelled == ["target: Unlabelled extra."]
    summary = summarise([result])
    assert summary["verdict"]["accuracy"] == 1.0
    assert summary["omitted_f1"] == 0.0


def test_baseline_labels_copies_verbatim_and_unrelated_text_added():
    report = _report(
        [("The council approved a rise in council tax on Tuesday.", "omitted"),
         ("Rain is forecast for the weekend.", "omitted")],
        [("The council approved a rise in council tax on Tuesday.", "added", []),
         ("A comet was spotted by astronomers in Chile.", "added", [])],
        "non-derived",
    )
    base = baseline_report(report)
    assert [t["label"] for t in base["target_sentences"]] == ["verbatim", "added"]
    assert [s["label"] for s in base["source_sentences"]] == ["verbatim", "omitted"]
    assert base["summary"]["verdict"] == "partially-derived"


def test_load_gold_resolves_paths_from_the_repository_root(tmp_path):
    (tmp_path / "pyproject.toml").write_text("")
    folder = tmp_path / "tests" / "fixtures"
    folder.mkdir(parents=True)
    (folder / "g.json").write_text(json.dumps({"schema": "diffsrc.gold/1", "pairs": [
        {"id": "x", "source": "seeds/a.txt", "target": "seeds/b.txt", "verdict": "non-derived",
         "source_sentences": [], "target_sentences": []}]}))
    (pair,) = load_gold(folder / "g.json")
    assert pair["source"] == str(tmp_path / "seeds" / "a.txt")
    (folder / "bad.json").write_text(json.dumps({"schema": "other", "pairs": []}))
    with pytest.raises(ValueError):
        load_gold(folder / "bad.json")


def test_accuracy_option_overrides_parse_numbers_and_booleans():
    import dataclasses

    assert parse_options([]) is None
    options = parse_options(["derived_threshold=0.6"])
    assert options.derived_threshold == 0.6
    booleans = [f.name for f in dataclasses.fields(type(options)) if isinstance(getattr(options, f.name), bool)]
    if booleans:
        assert getattr(parse_options([f"{booleans[0]}=false"]), booleans[0]) is False
    with pytest.raises(ValueError):
        parse_options(["no_such_option=1"])


def test_bootstrap_intervals_bracket_the_figure_and_narrow_with_more_pairs():
    def pairs(n_right: int, n_wrong: int) -> list[PairScore]:
        verdicts = ("wholly-derived", "non-derived")
        right = [PairScore(f"r{i}", "", verdicts[i % 2], verdicts[i % 2]) for i in range(n_right)]
        wrong = [PairScore(f"w{i}", "", "non-derived", "partially-derived") for i in range(n_wrong)]
        return right + wrong

    small, large = pairs(16, 2), pairs(160, 20)
    for results in (small, large):
        low, high = bootstrap_intervals(results)["verdict_macro_f1"]
        assert low <= summarise(results)["verdict"]["macro_f1"] <= high
    assert bootstrap_intervals(large)["verdict_macro_f1"][0] > bootstrap_intervals(small)["verdict_macro_f1"][0]
    assert bootstrap_intervals(small) == bootstrap_intervals(small)  # seeded: the same figures every run


def test_the_accuracy_report_keeps_held_out_errors_blind_unless_asked():
    with data_or_skip():
        results = run(["heldout2"])
    assert len(results["heldout2"]["pairs"]) == 24  # what --reveal-heldout prints
    conceal_held_out(results)
    hidden = json.loads(json.dumps(results))["heldout2"]
    assert hidden["pairs"] == [] and hidden["errors"] == [] and "--reveal-heldout" in hidden["concealed"]
    assert hidden["system"]["verdict"]["macro_f1"] > 0  # the figures are still there


def test_labelled_data_is_found_in_the_checkout_or_refused_with_the_path(tmp_path, monkeypatch):
    with data_or_skip():
        assert gold_file("seeds").name == "seeds.json"
    # An installed package has no benchmarks/ or tests/: the error names the file it looked for.
    with pytest.raises(EvaluationDataError, match=r"heldout2.*gold\.json.*not found.*root="):
        gold_file("heldout2", root=tmp_path)
    with pytest.raises(EvaluationDataError, match="stories"):
        gold_set_items("synthetic", root=tmp_path)
    monkeypatch.delenv("DIFFSRC_CLOUGH", raising=False)
    monkeypatch.delenv("DIFFSRC_SHARED_DATA", raising=False)
    with pytest.raises(EvaluationDataError, match="Clough-Stevenson corpus .* not found .*DIFFSRC_CLOUGH"):
        clough_dir(root=tmp_path / "checkout")
    with pytest.raises(EvaluationDataError, match=re.escape(str(tmp_path))):
        clough_dir(tmp_path)
    with pytest.raises(ValueError):
        gold_file("synthetic")


def test_missing_real_corpora_say_how_to_name_the_shared_data_folder(tmp_path, monkeypatch):
    # A reviewer's fresh clone (stop 40): `python benchmarks/accuracy.py` in a clone with no ../shared/data beside it
    # said only "METER dev ... not found in <clone>/../shared/data/meter-dev", and the Clough corpus named only
    # $DIFFSRC_CLOUGH, which no README mentions: each now names $DIFFSRC_SHARED_DATA, the variable the READMEs give.
    from diffsrc.evaluate.meter import meter_dir
    from diffsrc.evaluate.spark import spark_dir

    monkeypatch.delenv("DIFFSRC_CLOUGH", raising=False)
    monkeypatch.delenv("DIFFSRC_SHARED_DATA", raising=False)
    for find in (meter_dir, spark_dir, clough_dir):
        with pytest.raises(EvaluationDataError, match="set DIFFSRC_SHARED_DATA to the shared data folder"):
            find(root=tmp_path / "checkout")


def test_the_shared_data_beside_the_clone_is_found_from_an_installed_package(tmp_path, monkeypatch):
    # A library user's trial: with the README's `pip install .`, the package sits in site-packages and the
    # walkthrough looked for METER under .venv/lib/python3.11/shared/data; the user works in the clone.
    from diffsrc.evaluate import repository

    (tmp_path / "shared" / "data").mkdir(parents=True)
    (tmp_path / "clone").mkdir()
    (tmp_path / "venv" / "lib").mkdir(parents=True)
    monkeypatch.delenv(repository.SHARED_DATA_ENV, raising=False)
    monkeypatch.setattr(repository, "repository_root", lambda root=None: tmp_path / "venv" / "lib")
    monkeypatch.chdir(tmp_path / "clone")
    assert repository.shared_data_dir() == (tmp_path / "shared" / "data").resolve()
    # From a folder of the clone too: Jupyter starts the walkthrough's kernel in docs/ (a data journalist's trial).
    (tmp_path / "clone" / "docs").mkdir()
    monkeypatch.chdir(tmp_path / "clone" / "docs")
    assert repository.shared_data_dir() == (tmp_path / "shared" / "data").resolve()
    # Not there, the folder named is the one beside the checkout, not one inside the virtual environment.
    (tmp_path / "shared" / "data").rmdir()
    (tmp_path / "clone" / "pyproject.toml").write_text("[project]\n", encoding="utf-8")
    assert repository.shared_data_dir() == (tmp_path / "shared" / "data").resolve()


def test_clough_answers_are_read_for_fitting_with_one_task_per_fold() -> None:
    """The fitting script holds the verdict to Clough-Stevenson's floor with each task judged by models that never
    saw its source: the answers come with their verdicts (derived ones may be either derived class) and each task
    is one fold, whatever seed the other sets' stories are dealt with."""
    from diffsrc.evaluate import fit

    with data_or_skip():
        pairs = fit.clough_fit_pairs()
    assert len(pairs) == 95
    assert sum(p.verdict == "non-derived" for p in pairs) == 38
    assert all(p.verdict_alt == "partially-derived" for p in pairs if p.verdict == "wholly-derived")
    assert all(len(p.gold) == len(p.texts[0]) and not any(p.gold) for p in pairs)  # verdicts only
    for seed in (0, 3):
        fit.assign_folds(pairs, seed=seed)
        folds = {p.group: {q.fold for q in pairs if q.group == p.group} for p in pairs}
        assert sorted(len(f) for f in folds.values()) == [1] * 5
        assert sorted(f.pop() for f in folds.values()) == [0, 1, 2, 3, 4]
