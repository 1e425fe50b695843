"""Accuracy gate: diffsrc's labels on the labelled sets may not fall below these floors.

The floors sit just below the figures measured when they were set (benchmarks/README.md, "Accuracy"); they may only
go up. The full report, with the baseline beside it, is `python benchmarks/accuracy.py`. Every set here runs in a
few seconds, so the gate runs all of them.
"""

from __future__ import annotations

import pytest

from diffsrc.evaluate import clough_dir, gold_file, load_gold, match_keys, normalise_key, run_clough, run_gold_set
from diffsrc.text.prepare import prepare

from .conftest import data_or_skip

# Measured on the issue-5 follow-up (name discount, independent-report training pairs, context links; see
# benchmarks/README.md "Accuracy"): sentence macro-F1 seeds 0.95 / heldout 0.96 / heldout2 0.94 / synthetic 0.99;
# verdict macro-F1 seeds 1.00 / heldout 0.84 / heldout2 0.96 / synthetic 0.99; derived-vs-non seeds 1.00 / heldout
# 0.86 / heldout2 1.00 / synthetic 0.99; omitted F1 synthetic 0.99. Floors sit just below. (Before: heldout 0.95 /
# 0.82 / 0.78, synthetic 0.97 / 0.95 / 0.95 on 99 pairs.) The held-out floors guard against regressions; they
# are not targets to tune to.
FLOORS = {
    "seeds": {"sentence_macro_f1": 0.94, "verdict_macro_f1": 0.99, "derived_macro_f1": 0.99},
    "heldout": {"sentence_macro_f1": 0.95, "verdict_macro_f1": 0.83, "derived_macro_f1": 0.85},
    "heldout2": {"sentence_macro_f1": 0.93, "verdict_macro_f1": 0.95, "derived_macro_f1": 0.99},
    "synthetic": {"sentence_macro_f1": 0.98, "verdict_macro_f1": 0.98, "derived_macro_f1": 0.98,
                  "omitted_f1": 0.98},
}
# Clough-Stevenson: share of each category's answers whose dominant label is the expected one
# (cut -> verbatim, light/heavy -> paraphrased, non -> added), the share of `non` answers called non-derived and
# derived-vs-non-derived macro-F1. Measured 0.63 / 0.89 / 0.89 / 1.00, 21 of 38 (0.55), 0.78. At 8408d31 it was
# 34 of 38 and 0.92: symmetric linking in 363bf77 made 13 independent answers partially derived.
# Raised with the fitted scorer (benchmarks/fit_scorer.py): derived-vs-non 0.78 -> 0.96 and non-derived answers
# 21 -> 37 of 38, at the cost of one heavy answer (17 -> 16 of 19 mostly paraphrased, floor 0.85 -> 0.84).
CLOUGH_FLOORS = {"cut": 0.60, "light": 0.85, "heavy": 0.84, "non": 0.95, "derived_macro_f1": 0.94,
                 "non_derived_rate": 0.95}


@pytest.fixture(scope="module")
def gold_results() -> dict:
    with data_or_skip():
        return {name: run_gold_set(name) for name in ("seeds", "heldout", "heldout2", "synthetic")}


@pytest.fixture(scope="module")
def clough_results() -> dict:
    with data_or_skip():
        clough_dir()
        return run_clough()


def _metrics(summary: dict) -> dict[str, float]:
    return {
        "sentence_macro_f1": summary["target"]["macro_f1"],
        "verdict_macro_f1": summary["verdict"]["macro_f1"],
        "derived_macro_f1": summary["derived"]["macro_f1"],
        "omitted_f1": summary["omitted_f1"],
    }


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_labelled_set_stays_above_floors(gold_results, name):
    measured = _metrics(gold_results[name]["system"])
    below = {k: (measured[k], floor) for k, floor in FLOORS[name].items() if measured[k] < floor}
    assert not below, f"{name}: below floor (measured, floor): {below}"


@pytest.mark.parametrize("name", ["heldout", "heldout2", "synthetic"])
def test_labels_beat_the_token_set_baseline(gold_results, name):
    system, baseline = gold_results[name]["system"], gold_results[name]["baseline"]
    assert system["target"]["macro_f1"] > baseline["target"]["macro_f1"]


def _seed_pair(gold_results, pair_id: str) -> dict:
    return next(p for p in gold_results["seeds"]["pairs"] if p["id"] == pair_id)


def test_seed_rewrite_000_is_partially_derived_with_its_reworded_sentences_found(gold_results):
    pair = _seed_pair(gold_results, "001__000")
    assert pair["verdict"] == "partially-derived"
    assert pair["target_accuracy"] >= 0.86  # measured 0.89: paraphrased -> added misses
    errors = [e for e in gold_results["seeds"]["errors"] if e["pair"] == "001__000" and e["side"] == "target"]
    # No sentence of the rewrite is called derived when the gold says it is the rewriter's own.
    assert not [e for e in errors if e["gold"] == "added"]
    # The one quote kept word for word is found as verbatim.
    assert not [e for e in errors if e["gold"] == "verbatim"]


def test_seed_004_derives_nothing(gold_results):
    pair = _seed_pair(gold_results, "001__004")
    assert pair["verdict"] == "non-derived"
    assert pair["target_accuracy"] == 1.0


def test_seed_derived_sentences_are_linked_to_their_gold_sources(gold_results):
    assert gold_results["seeds"]["system"]["link_accuracy"] >= 0.9


def test_synthetic_copies_with_surface_noise_are_verbatim(gold_results):
    assert gold_results["synthetic"]["by_group"]["copy-noise"]["target_accuracy"] >= 0.9


def test_clough_categories_come_out_as_labelled(clough_results):
    system = clough_results["system"]
    rates = system["expected_dominant_rate"]
    for category in ("cut", "light", "heavy", "non"):
        assert rates[category] >= CLOUGH_FLOORS[category], (category, rates[category])
    non = system["category_by_verdict"]["non"]
    assert non[2] / sum(non) >= CLOUGH_FLOORS["non_derived_rate"]
    assert system["derived"]["macro_f1"] >= CLOUGH_FLOORS["derived_macro_f1"]


def test_seed_gold_keys_name_exactly_one_report_sentence():
    from diffsrc import Document

    with data_or_skip():
        seeds_gold = gold_file("seeds")
    for pair in load_gold(seeds_gold):
        for side, units in (("source", pair["source_sentences"]), ("target", pair["target_sentences"])):
            doc = prepare(Document.from_path(pair[side]))
            texts = [s.text for s in doc.sentences]
            normed = [normalise_key(t) for t in texts]
            keys = [u["key"] for u in units]
            matches = match_keys(keys, texts)
            for unit, m in zip(units, matches, strict=True):
                if unit.get("optional"):
                    continue
                assert m is not None, f"{pair['id']} {side}: no sentence for key {unit['key']!r}"
                key = normalise_key(unit["key"])
                starts = [i for i, t in enumerate(normed) if t.startswith(key)]
                assert len(starts) <= 1, f"{pair['id']} {side}: key {unit['key']!r} is ambiguous"
            # Every source key a target cites is one of the pair's source units.
            if side == "target":
                source_keys = {u["key"] for u in pair["source_sentences"]}
                for unit in units:
                    assert set(unit.get("sources", [])) <= source_keys, (pair["id"], unit["key"])
            # Every sentence of the document is labelled (optional units may be chrome and are exempt).
            named = {m for m in matches if m is not None}
            assert len(named) == len(texts), f"{pair['id']} {side}: unlabelled {set(range(len(texts))) - named}"


def test_wire_copy_and_legacy_encodings_are_labelled_as_well_as_the_rest():
    # Issue 5: what is tuned must hold on hard-wrapped PA copy (`#` for the pound sign, `<` at paragraph ends) and
    # on cp1252/Latin-1 files. Measured on both held-out sets pooled: 0.96 and 0.95 sentence accuracy.
    with data_or_skip():
        by_format = run_gold_set("heldout-all")["by_format"]
    wire, legacy = by_format["source: wire copy (hard-wrapped, < marks)"], by_format["a file in cp1252/Latin-1"]
    assert wire["pairs"] >= 20 and legacy["pairs"] >= 20
    assert wire["target_accuracy"] >= 0.94 and legacy["target_accuracy"] >= 0.94
