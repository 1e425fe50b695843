"""The heldout2 gold file (benchmarks/data/heldout2/gold.json) is well-formed and stays out of fitting.

No score floors here: the set is measured, never tuned on, and the lead adds floors to tests/test_accuracy_gate.py
after measuring once (benchmarks/results/heldout2.md). These checks only load the articles; none compares them.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from diffsrc import Document
from diffsrc.evaluate import (
    GOLD_SCHEMA,
    HELDOUT_SETS,
    POOLED_SETS,
    SOURCE_LABELS,
    TARGET_LABELS,
    VERDICTS,
    gold_file,
    labelled_sentences,
    load_gold,
    match_keys,
)
from diffsrc.text.prepare import prepare

from .conftest import ROOT, data_or_skip


@pytest.fixture(scope="module")
def gold() -> Path:
    with data_or_skip():
        return gold_file("heldout2")


@pytest.fixture(scope="module")
def pairs(gold) -> list[dict]:
    return load_gold(gold)


def test_gold_file_has_the_schema_and_unique_pair_ids(gold):
    data = json.loads(gold.read_text(encoding="utf-8"))
    assert data["schema"] == GOLD_SCHEMA
    ids = [p["id"] for p in data["pairs"]]
    assert len(ids) == len(set(ids)) == 24


def test_every_pair_names_existing_files(pairs):
    missing = [(p["id"], side) for p in pairs for side in ("source", "target") if not Path(p[side]).is_file()]
    assert not missing


def test_labels_and_verdicts_are_in_the_vocabulary(pairs):
    for p in pairs:
        assert p["verdict"] in VERDICTS, p["id"]
        assert p.get("verdict_alt", p["verdict"]) in VERDICTS, p["id"]
        for unit in p["source_sentences"]:
            assert unit["label"] in SOURCE_LABELS, (p["id"], unit["key"])
        for unit in p["target_sentences"]:
            assert unit["label"] in TARGET_LABELS, (p["id"], unit["key"])
            assert unit.get("alt_label", unit["label"]) in TARGET_LABELS, (p["id"], unit["key"])
            assert unit["alt_label"] != unit["label"] if "alt_label" in unit else True


def test_sources_name_the_pairs_own_source_keys(pairs):
    for p in pairs:
        keys = [u["key"] for u in p["source_sentences"]]
        assert len(keys) == len(set(keys)), p["id"]
        for unit in p["target_sentences"]:
            assert set(unit["sources"]) <= set(keys), (p["id"], unit["key"])
            # A derived sentence says what it derives from; an added one derives from nothing unless its
            # second acceptable label is a derived one.
            if unit["label"] != "added" or unit.get("alt_label") in ("verbatim", "paraphrased"):
                assert unit["sources"], (p["id"], unit["key"])
            else:
                assert not unit["sources"], (p["id"], unit["key"])


def test_source_labels_follow_the_best_use_made_of_each_source_sentence(pairs):
    # tests/fixtures/gold/README.md: verbatim if some target sentence copies it, else paraphrased if some target
    # sentence derives from it, else omitted.
    for p in pairs:
        best: dict[str, str] = {}
        for unit in p["target_sentences"]:
            for key in unit["sources"]:
                if unit["label"] == "verbatim":
                    best[key] = "verbatim"
                else:
                    best.setdefault(key, "paraphrased")
        for unit in p["source_sentences"]:
            assert unit["label"] == best.get(unit["key"], "omitted"), (p["id"], unit["key"])


def test_every_verdict_class_appears_at_least_six_times(pairs):
    counts = Counter(p["verdict"] for p in pairs)
    assert all(counts[v] >= 6 for v in VERDICTS), counts


def test_non_derived_targets_hold_only_added_sentences(pairs):
    for p in pairs:
        if p["verdict"] == "non-derived":
            assert {u["label"] for u in p["target_sentences"]} == {"added"}, p["id"]


def test_every_gold_key_names_one_diffsrc_sentence(pairs):
    docs: dict[str, Document] = {}
    unmatched = []
    for p in pairs:
        for side in ("source", "target"):
            units = p[f"{side}_sentences"]
            doc = docs.setdefault(p[side], prepare(Document.from_path(p[side])))
            found = match_keys([u["key"] for u in units], [s.text for s in doc.sentences])
            unmatched += [(p["id"], side, u["key"]) for u, i in zip(units, found, strict=True)
                          if i is None and not u.get("optional")]
    assert not unmatched


def test_set_holds_wire_formats_and_legacy_encodings(gold):
    files = sorted(gold.parent.glob("*.txt"))
    raw = {f.name: f.read_bytes() for f in files}

    def utf8(data: bytes) -> bool:
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            return False
        return True

    assert sum(not utf8(b) for b in raw.values()) >= 3  # cp1252 / Latin-1 files
    assert sum(b"\r\n" in b for b in raw.values()) >= 3
    pa = [b for name, b in raw.items() if name.startswith("pa_")]
    assert len(pa) >= 4 and all(b"<" in b and b"Press Association" in b for b in pa)


def test_held_out_sets_are_refused_for_fitting():
    for name in (*HELDOUT_SETS, *POOLED_SETS):
        with pytest.raises(ValueError):
            labelled_sentences(name)
    for fitting in (ROOT / "benchmarks" / "fit_scorer.py", ROOT / "diffsrc" / "evaluate" / "fit.py"):
        assert "heldout" not in fitting.read_text(encoding="utf-8"), fitting
