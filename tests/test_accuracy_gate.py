"""Accuracy gate: diffsrc's labels on the labelled sets may not fall below these floors.

Real labelled journalism first (METER dev, SPARK dev, Clough-Stevenson): floors there only go up, and the token-set
baseline, its thresholds fitted by cross-validation on the same set, may not beat diffsrc on any of them. The
shipped models were fitted on METER dev and SPARK dev, so those floors guard in-sample figures (the grouped-CV
figures are benchmarks/fit_scorer.py's, in benchmarks/README.md). The full report is `python benchmarks/accuracy.py`.
The whole gate runs in well under a minute (METER's 458 pairs take most of it).
"""

from __future__ import annotations

import pytest

from diffsrc.evaluate import clough_dir, gold_file, load_gold, match_keys, normalise_key, run_clough, run_gold_set
from diffsrc.evaluate.meter import run_meter
from diffsrc.evaluate.spark import run_spark
from diffsrc.text.prepare import prepare

from .conftest import data_or_skip

# Measured with the models fitted on METER dev and SPARK dev (issue 13; benchmarks/README.md), floors just below:
# METER verdict 0.69, derived-vs-non 0.74 (0.68 / 0.73 before the verdict read the shared vocabulary by kind),
# sentence V/P/A 0.74, derived-vs-added 0.79; SPARK derived-vs-added 0.84, link F1 0.54. Before issue 13 (not fitted
# on them): 0.51 / 0.56 / 0.45 / 0.69 and 0.51 / 0.24. With the links mirrored (stop 19): 0.692 / 0.735 / 0.754 /
# 0.790, SPARK 0.833 / 0.552; the sentence and link floors moved up. A sentence pair that adds a fact partially
# derived (stop 29): verdict 0.692 -> 0.699, its floor up. A link after the best needs a tenth of its own content in
# the sentence, or a detail it shares (stop 37, `link_back_floor`): SPARK link F1 0.552 -> 0.561, its floor up. The
# verdict refitted on the current evidence with its offsets held to Clough's floor (stop 41): verdict 0.699 ->
# 0.707, derived-vs-non 0.740 -> 0.748, their floors up.
METER_FLOORS = {"verdict_macro_f1": 0.705, "derived_macro_f1": 0.745, "sentence_macro_f1": 0.75,
                "derived_vs_added_macro_f1": 0.78}
SPARK_FLOORS = {"derived_vs_added_macro_f1": 0.83, "link_f1": 0.56}
# One-sentence pairs from SPARK dev's alignments (MSRP-style; `evaluate.sentence_pairs`), stop 38: accuracy 0.774
# (the majority class 0.735), macro-F1 0.711; the baseline 0.727 / 0.648.
SENTENCE_PAIR_FLOORS = {"accuracy": 0.765, "macro_f1": 0.70}

# The project's own sets. Issue 13 changed the conventions to METER's (THE VERBATIM RULE: 80% of the words copied
# in order is verbatim; same-fact sentences of an independent report may be paraphrased), which the invented sets'
# gold does not follow (their light rewrites are "paraphrased", their independent reports' same-fact sentences
# "added"): where they dropped, their floors moved down to just below what the real-data models measure (before ->
# now, sentence / verdict / derived-vs-non): heldout 0.96 / 0.84 / 0.86 -> 0.68 / 0.89 / 0.93, heldout2 0.94 / 0.96
# / 1.00 -> 0.81 / 0.83 / 0.91, synthetic 0.99 / 0.99 / 0.99 -> 0.71 / 0.85 / 0.92 (omitted F1 0.99 -> 0.87). The
# seeds keep their floors: 0.95 / 1.00 / 1.00. Since the links are mirrored (a source sentence a derived target
# sentence draws on is used, never omitted), synthetic's omitted F1 is 0.858: its floor moved from 0.86 to 0.85.
FLOORS = {
    "seeds": {"sentence_macro_f1": 0.95, "verdict_macro_f1": 0.99, "derived_macro_f1": 0.99},
    "heldout": {"sentence_macro_f1": 0.67, "verdict_macro_f1": 0.83, "derived_macro_f1": 0.85},
    "heldout2": {"sentence_macro_f1": 0.80, "verdict_macro_f1": 0.82, "derived_macro_f1": 0.90},
    "synthetic": {"sentence_macro_f1": 0.70, "verdict_macro_f1": 0.84, "derived_macro_f1": 0.91,
                  "omitted_f1": 0.85},
}
# Clough-Stevenson: share of each category's answers whose dominant label is an expected one (cut -> verbatim,
# light -> verbatim or paraphrased, heavy -> paraphrased, non -> added), the share of `non` answers called
# non-derived and derived-vs-non macro-F1. Before issue 13: 0.63 / 0.89 / 0.84 / 1.00, 37 of 38, 0.96. Now 0.79 /
# 1.00 / 0.84 / 0.92, 37 of 38, 0.97: every floor but `non` stayed or went up; `non` went down from 0.95 to 0.90
# because three answers written without the source restate its facts in sentences the real-data conventions call
# paraphrased (the verdict calls 37 of 38 non-derived, one partially derived).
CLOUGH_FLOORS = {"cut": 0.75, "light": 0.95, "heavy": 0.84, "non": 0.90, "derived_macro_f1": 0.96,
                 "non_derived_rate": 0.97}


@pytest.fixture(scope="module")
def gold_results() -> dict:
    with data_or_skip():
        return {name: run_gold_set(name) for name in ("seeds", "heldout", "heldout2", "synthetic")}


@pytest.fixture(scope="module")
def clough_results() -> dict:
    with data_or_skip():
        clough_dir()
        return run_clough()


@pytest.fixture(scope="module")
def meter_results() -> dict:
    with data_or_skip():
        return run_meter()


@pytest.fixture(scope="module")
def spark_results() -> dict:
    with data_or_skip():
        return run_spark()


def test_one_sentence_pairs_stay_above_floors_the_majority_class_and_the_baseline():
    from diffsrc.evaluate.sentence_pairs import run_sentence_pairs

    with data_or_skip():
        measured = run_sentence_pairs()
    system, baseline = measured["system"], measured["baseline"]
    below = {k: (system[k], floor) for k, floor in SENTENCE_PAIR_FLOORS.items() if system[k] < floor}
    assert not below, f"one-sentence pairs below floor (measured, floor): {below}"
    assert system["accuracy"] > measured["majority_accuracy"]
    assert system["accuracy"] > baseline["accuracy"] and system["macro_f1"] > baseline["macro_f1"]


def test_meter_dev_stays_above_floors_and_beats_the_baseline(meter_results):
    assert meter_results["pairs"] == 458 and meter_results["stories"] == 120
    system, baseline = meter_results["system"], meter_results["baseline"]
    below = {k: (system[k], floor) for k, floor in METER_FLOORS.items() if system[k] < floor}
    assert not below, f"METER dev below floor (measured, floor): {below}"
    beaten = {k: (system[k], baseline[k]) for k in METER_FLOORS if baseline[k] >= system[k]}
    assert not beaten, f"the token-set baseline beats diffsrc on METER dev (diffsrc, baseline): {beaten}"


def test_spark_dev_stays_above_floors_and_beats_the_baseline(spark_results):
    system, baseline = spark_results["system"], spark_results["baseline"]
    measured = {"derived_vs_added_macro_f1": system["derived_vs_added_macro_f1"], "link_f1": system["links"]["f1"]}
    below = {k: (measured[k], floor) for k, floor in SPARK_FLOORS.items() if measured[k] < floor}
    assert not below, f"SPARK dev below floor (measured, floor): {below}"
    assert system["derived_vs_added_macro_f1"] > baseline["derived_vs_added_macro_f1"]
    assert system["links"]["f1"] > baseline["links"]["f1"]


def test_clough_categories_come_out_as_labelled_and_beat_the_baseline(clough_results):
    system = clough_results["system"]
    rates = system["expected_dominant_rate"]
    for category in ("cut", "light", "heavy", "non"):
        assert rates[category] >= CLOUGH_FLOORS[category], (category, rates[category])
    non = system["category_by_verdict"]["non"]
    assert non[2] / sum(non) >= CLOUGH_FLOORS["non_derived_rate"]
    assert system["derived"]["macro_f1"] >= CLOUGH_FLOORS["derived_macro_f1"]
    assert system["derived"]["macro_f1"] > clough_results["baseline_cv"]["derived_macro_f1"]


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


def _seed_pair(gold_results, pair_id: str) -> dict:
    return next(p for p in gold_results["seeds"]["pairs"] if p["id"] == pair_id)


def test_every_seed_verdict_is_right(gold_results):
    verdicts = {p["id"]: (p["verdict"], p["gold_verdict"]) for p in gold_results["seeds"]["pairs"]}
    assert verdicts["001__000"][0] == "partially-derived"  # a rewrite of the wire story
    assert verdicts["001__003"][0] == "partially-derived"  # an op-ed lifting one quote (the lifted-quote rule)
    assert verdicts["001__002"][0] == "non-derived"  # Reuters' own report of the same event
    assert verdicts["001__004"][0] == "non-derived"


def test_seed_rewrite_000_keeps_its_reworded_sentences_and_its_copied_quote(gold_results):
    pair = _seed_pair(gold_results, "001__000")
    assert pair["target_accuracy"] >= 0.93  # measured 0.96
    errors = [e for e in gold_results["seeds"]["errors"] if e["pair"] == "001__000" and e["side"] == "target"]
    # At most one sentence of the rewrite is called derived where the gold says it is the rewriter's own (measured:
    # one, "the meeting ... will serve as both a test and an opportunity", which echoes the wire's "would serve as an
    # opportunity"; none before issue 13).
    assert len([e for e in errors if e["gold"] == "added"]) <= 1
    # The quote kept word for word is found as verbatim.
    assert not [e for e in errors if e["gold"] == "verbatim"]


def test_seed_004_derives_nothing(gold_results):
    pair = _seed_pair(gold_results, "001__004")
    assert pair["verdict"] == "non-derived"
    assert pair["target_accuracy"] == 1.0


def test_seed_derived_sentences_are_linked_to_their_gold_sources(gold_results):
    assert gold_results["seeds"]["system"]["link_accuracy"] >= 0.9


def test_synthetic_copies_with_surface_noise_are_verbatim(gold_results):
    assert gold_results["synthetic"]["by_group"]["copy-noise"]["target_accuracy"] >= 0.9


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
    # on cp1252/Latin-1 files, as well as on the other held-out files (issue 13 moved the accuracy itself down with
    # the conventions, see FLOORS).
    with data_or_skip():
        res = run_gold_set("heldout-all")
    by_format = res["by_format"]
    wire, legacy = by_format["source: wire copy (hard-wrapped, < marks)"], by_format["a file in cp1252/Latin-1"]
    overall = res["system"]["target"]["accuracy"]
    assert wire["pairs"] >= 20 and legacy["pairs"] >= 20
    assert wire["target_accuracy"] >= overall - 0.05 and legacy["target_accuracy"] >= overall - 0.05
