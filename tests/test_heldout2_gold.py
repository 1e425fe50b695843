"""The heldout2 gold file (benchmarks/data/heldout2/gold.json) is well-formed and stays out of fitting.

No score floors here: the set is measured, never tuned on, and the lead adds floors to tests/test_accuracy_gate.py
after measuring once (benchmarks/results/heldout2.md). These checks only load the articles; none compares them.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from diffsrc import Document  # noqa: E402
from diffsrc.evaluate.harness import GOLD_SCHEMA, SOURCE_LABELS, TARGET_LABELS, VERDICTS, load_gold, match_keys  # noqa: E402
from diffsrc.text.prepare import prepare  # noqa: E402

GOLD = ROOT / "benchmarks" / "data" / "heldout2" / "gold.json"


@pytest.fixture(scope="module")
def pairs() -> list[dict]:
    return load_gold(GOLD)


def test_gold_file_has_the_schema_and_unique_pair_ids():
    data = json.loads(GOLD.read_text(encoding="utf-8"))
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


def test_set_holds_wire_formats_and_legacy_encodings():
    files = sorted(GOLD.parent.glob("*.txt"))
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
    from benchmarks import accuracy

    for name in (*accuracy.HELDOUT_SETS, *accuracy.POOLED_SETS):
        with pytest.raises(ValueError):
            accuracy.labelled_sentences(name)
    assert "heldout" not in (ROOT / "benchmarks" / "fit_scorer.py").read_text(encoding="utf-8")
