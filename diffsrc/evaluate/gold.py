"""Gold labels: reading `diffsrc.gold/1` files, finding the sentence each key names, scoring a report against them.

Gold pairs use the format documented in tests/fixtures/gold/README.md: sentences are named by their text (a key),
not by index, so gold survives changes to the segmenter. Reports are plain `diffsrc.pair/1` dicts
(`PairReport.to_dict()`), so what is measured is exactly what a user gets.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .metrics import PairScore

GOLD_SCHEMA = "diffsrc.gold/1"

_FOLD = str.maketrans(
    {
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"', "\u2018": "'", "\u2019": "'",
        "\u201a": "'", "\u2032": "'", "\u2013": "-", "\u2014": "-", "\u2212": "-", "\u00a0": " ",
    }
)


def normalise_key(text: str) -> str:
    """Fold what gold keys and report sentences may differ in: quote style, dashes, `#` for `£`, spaces, case."""
    text = unicodedata.normalize("NFKC", text).translate(_FOLD)
    text = re.sub(r"#(?=\d)", "\u00a3", text)  # PA wire copy writes the pound sign as '#'
    return re.sub(r"\s+", " ", text).strip().casefold()


def match_keys(keys: Sequence[str], sentences: Sequence[str]) -> list[int | None]:
    """Index of the sentence each key names, or None.

    A key names the sentence that starts with it (after `normalise_key`), failing that the one that contains it.
    A sentence is given to at most one key (first come, first served), so duplicate keys cannot both match.
    """
    normed = [normalise_key(s) for s in sentences]
    taken: set[int] = set()
    out: list[int | None] = []
    for key in keys:
        k = normalise_key(key)
        found = next((i for i, s in enumerate(normed) if i not in taken and s.startswith(k)), None)
        if found is None and k:
            found = next((i for i, s in enumerate(normed) if i not in taken and k in s), None)
        if found is not None:
            taken.add(found)
        out.append(found)
    return out


def load_gold(path: str | Path) -> list[dict[str, Any]]:
    """The pairs of a `diffsrc.gold/1` file, with `source`/`target` paths made absolute.

    Paths in the file are relative to the repository root, which is the parent of the first folder up from the
    file that holds a `pyproject.toml` (or the file's own folder when there is none).

    Raises:
        FileNotFoundError: there is no such file.
        ValueError: the file is not a `diffsrc.gold/1` file.
    """
    path = Path(path).resolve()
    data = json.loads(path.read_text(encoding="utf-8"))
    if data.get("schema") != GOLD_SCHEMA:
        raise ValueError(f"{path}: not a {GOLD_SCHEMA} file")
    root = next((p for p in path.parents if (p / "pyproject.toml").exists()), path.parent)
    pairs = []
    for pair in data["pairs"]:
        pair = dict(pair)
        for side in ("source", "target"):
            if side in pair and not Path(pair[side]).is_absolute():
                pair[side] = str(root / pair[side])
        pairs.append(pair)
    return pairs


def score_pair(gold: dict[str, Any], report: dict[str, Any], *, group: str = "") -> PairScore:
    """Compare a report's labels with a gold pair's.

    Args:
        gold: one pair of a `diffsrc.gold/1` file.
        report: the `diffsrc.pair/1` dict for the same source and target.
        group: a name to aggregate by (data set, Clough category, synthetic kind...).

    Returns:
        A `PairScore`; a prediction equal to a unit's `alt_label` counts as correct.
    """
    gold_verdict = gold["verdict"]
    predicted_verdict = report["summary"]["verdict"]
    if predicted_verdict == gold.get("verdict_alt"):
        gold_verdict = predicted_verdict
    result = PairScore(gold.get("id", ""), group or gold.get("kind", ""), gold_verdict, predicted_verdict)

    src_texts = [s["text"] for s in report["source_sentences"]]
    tgt_texts = [s["text"] for s in report["target_sentences"]]
    src_units, tgt_units = gold["source_sentences"], gold["target_sentences"]
    src_match = match_keys([u["key"] for u in src_units], src_texts)
    tgt_match = match_keys([u["key"] for u in tgt_units], tgt_texts)
    src_index = {u["key"]: m for u, m in zip(src_units, src_match, strict=True)}

    for side, units, matches, sentences, confusion in (
        ("source", src_units, src_match, report["source_sentences"], result.source),
        ("target", tgt_units, tgt_match, report["target_sentences"], result.target),
    ):
        for unit, m in zip(units, matches, strict=True):
            if m is None:
                if not unit.get("optional"):
                    result.missing.append(f"{side}: {unit['key']}")
                continue
            predicted = sentences[m]["label"]
            gold_label = predicted if predicted == unit.get("alt_label") else unit["label"]
            confusion.add(gold_label, predicted)
            if gold_label != predicted:
                result.errors.append({
                    "pair": result.id, "side": side, "gold": gold_label, "predicted": predicted,
                    "score": sentences[m].get("score"), "text": sentences[m]["text"],
                    "links": [s for s in sentences[m].get("sources" if side == "target" else "targets", [])],
                })
            if side == "target" and gold_label != "added" and predicted != "added":
                wanted = {src_index.get(k) for k in unit.get("sources", [])} - {None}
                if wanted:
                    result.link_total += 1
                    result.link_hits += bool(wanted & set(sentences[m].get("sources", [])))
        named = {m for m in matches if m is not None}
        result.unlabelled += [f"{side}: {s['text']}" for i, s in enumerate(sentences) if i not in named]
    return result
