"""Measure a comparison's labels against hand or synthetic gold: key matching, P/R/F1, confusions, a baseline.

Everything here works on plain `diffsrc.pair/1` dicts (`PairReport.to_dict()`), so it measures exactly what a user
gets. Gold pairs use the `diffsrc.gold/1` format documented in tests/fixtures/gold/README.md: sentences are named by
their text (a key), not by index, so gold survives changes to the segmenter.

    >>> from diffsrc.evaluate import load_gold, score_pair, summarise
    >>> results = [score_pair(g, compare(src, tgt).to_dict()) for g in load_gold("tests/fixtures/gold/seeds.json")]
    >>> summarise(results)["target"]["macro_f1"]

`benchmarks/accuracy.py` runs this over every labelled set; `tests/test_accuracy_gate.py` runs a fast subset with
floors. Only the standard library and rapidfuzz (for the baseline) are used, imported lazily.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

GOLD_SCHEMA = "diffsrc.gold/1"
TARGET_LABELS = ("verbatim", "paraphrased", "added")
SOURCE_LABELS = ("verbatim", "paraphrased", "omitted")
VERDICTS = ("wholly-derived", "partially-derived", "non-derived")
DERIVED_CLASSES = ("derived", "non-derived")
CLOUGH_CATEGORIES = ("cut", "light", "heavy", "non")

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


# ---------------------------------------------------------------- counting


@dataclass
class Confusion:
    """Counts of (gold, predicted) label pairs over a fixed label set."""

    labels: tuple[str, ...]
    counts: Counter = field(default_factory=Counter)

    def add(self, gold: str, predicted: str) -> None:
        self.counts[(gold, predicted)] += 1

    def update(self, other: Confusion) -> None:
        self.counts.update(other.counts)

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def prf(self, label: str) -> dict[str, float | int]:
        """Precision, recall, F1 and support (gold count) of one label; 0 where undefined."""
        tp = self.counts[(label, label)]
        predicted = sum(n for (_, p), n in self.counts.items() if p == label)
        support = sum(n for (g, _), n in self.counts.items() if g == label)
        precision = tp / predicted if predicted else 0.0
        recall = tp / support if support else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4),
                "support": support, "predicted": predicted}

    def macro_f1(self, labels: Iterable[str] | None = None) -> float:
        """Mean F1 over `labels` (default: those with gold support or predictions)."""
        labels = list(labels) if labels is not None else [
            lab for lab in self.labels if any(lab in k for k in self.counts)
        ]
        return round(sum(float(self.prf(lab)["f1"]) for lab in labels) / len(labels), 4) if labels else 0.0

    def accuracy(self) -> float:
        return round(sum(n for (g, p), n in self.counts.items() if g == p) / self.total, 4) if self.total else 0.0

    def matrix(self) -> list[list[int]]:
        """Rows gold, columns predicted, in `labels` order."""
        return [[self.counts[(g, p)] for p in self.labels] for g in self.labels]

    def to_dict(self, labels: Iterable[str] | None = None) -> dict[str, Any]:
        return {
            "labels": list(self.labels),
            "matrix": self.matrix(),
            "per_label": {lab: self.prf(lab) for lab in self.labels},
            # Over the labels that occur (in gold or predictions): a class absent from both is not a failure.
            "macro_f1": self.macro_f1(labels),
            "accuracy": self.accuracy(),
            "n": self.total,
        }


def _derived(verdict: str) -> str:
    return "non-derived" if verdict == "non-derived" else "derived"


@dataclass
class PairResult:
    """One gold pair scored against one report."""

    id: str
    group: str
    gold_verdict: str
    predicted_verdict: str
    target: Confusion = field(default_factory=lambda: Confusion(TARGET_LABELS))
    source: Confusion = field(default_factory=lambda: Confusion(SOURCE_LABELS))
    missing: list[str] = field(default_factory=list)  # non-optional gold keys naming no report sentence
    unlabelled: list[str] = field(default_factory=list)  # report sentences no gold key names
    link_hits: int = 0  # derived target sentences whose predicted sources include a gold source
    link_total: int = 0
    errors: list[dict[str, Any]] = field(default_factory=list)  # mislabelled sentences, for error analysis


def score_pair(gold: dict[str, Any], report: dict[str, Any], *, group: str = "") -> PairResult:
    """Compare a report's labels with a gold pair's.

    Args:
        gold: one pair of a `diffsrc.gold/1` file.
        report: the `diffsrc.pair/1` dict for the same source and target.
        group: a name to aggregate by (data set, Clough category, synthetic kind...).

    Returns:
        A `PairResult`; a prediction equal to a unit's `alt_label` counts as correct.
    """
    gold_verdict = gold["verdict"]
    predicted_verdict = report["summary"]["verdict"]
    if predicted_verdict == gold.get("verdict_alt"):
        gold_verdict = predicted_verdict
    result = PairResult(gold.get("id", ""), group or gold.get("kind", ""), gold_verdict, predicted_verdict)

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


def _confusions(results: Sequence[PairResult]) -> tuple[Confusion, Confusion, Confusion, Confusion]:
    """Target-label, source-label, verdict and derived-vs-non confusions summed over pair results."""
    target, source = Confusion(TARGET_LABELS), Confusion(SOURCE_LABELS)
    verdict, derived = Confusion(VERDICTS), Confusion(DERIVED_CLASSES)
    for r in results:
        target.update(r.target)
        source.update(r.source)
        verdict.add(r.gold_verdict, r.predicted_verdict)
        derived.add(_derived(r.gold_verdict), _derived(r.predicted_verdict))
    return target, source, verdict, derived


def summarise(results: Sequence[PairResult]) -> dict[str, Any]:
    """Aggregate pair results: sentence confusions and P/R/F1, omitted F1, verdict F1s, link accuracy."""
    target, source, verdict, derived = _confusions(results)
    link_total = sum(r.link_total for r in results)
    return {
        "pairs": len(results),
        "target": target.to_dict(),
        "source": source.to_dict(),
        "omitted_f1": source.prf("omitted")["f1"],
        "verdict": verdict.to_dict(),
        "derived": derived.to_dict(),
        "link_accuracy": round(sum(r.link_hits for r in results) / link_total, 4) if link_total else None,
        "missing_keys": sum(len(r.missing) for r in results),
        "unlabelled_sentences": sum(len(r.unlabelled) for r in results),
    }


def _headline(results: Sequence[PairResult]) -> dict[str, float]:
    target, _, verdict, derived = _confusions(results)
    return {"sentence_macro_f1": target.macro_f1(), "verdict_macro_f1": verdict.macro_f1(),
            "derived_macro_f1": derived.macro_f1()}


def bootstrap_intervals(results: Sequence[PairResult], *, rounds: int = 1000, level: float = 0.95,
                        seed: int = 0) -> dict[str, list[float]]:
    """Percentile intervals of the headline macro-F1s over pairs drawn with replacement.

    The pair is the unit of the draw, because its sentences are not independent of one another (one article, one
    writer, one copying decision). On a set of 18 pairs one verdict moves verdict macro-F1 by about 0.05; the
    interval says how far a figure could move on another sample of the same kind.
    """
    import random

    rng = random.Random(seed)
    draws: dict[str, list[float]] = {}
    for _ in range(rounds):
        sample = [results[rng.randrange(len(results))] for _ in results]
        for name, value in _headline(sample).items():
            draws.setdefault(name, []).append(value)
    tail = (1.0 - level) / 2
    out = {}
    for name, values in draws.items():
        values.sort()
        out[name] = [round(values[int(tail * (rounds - 1))], 2), round(values[int((1 - tail) * (rounds - 1))], 2)]
    return out


# ---------------------------------------------------------------- the baseline


@dataclass(frozen=True)
class BaselineOptions:
    """The fixed thresholds of the token-set-ratio best-match baseline (issue 5's reference point)."""

    # rapidfuzz token_set_ratio (0-100) of a target sentence with its best source sentence.
    verbatim_min: float = 95.0
    derived_min: float = 70.0
    # Verdict from the derived share of target characters, as a plain tool would do it.
    wholly_min_share: float = 0.7
    partial_min_share: float = 0.1


def baseline_report(report: dict[str, Any], *, options: BaselineOptions | None = None) -> dict[str, Any]:
    """Relabel a report's sentences with the baseline: each target sentence's best source by token-set ratio.

    The baseline sees the same sentences as diffsrc (so the comparison is of labelling, not of cleaning) and
    returns a dict with the same keys that `score_pair` reads.
    """
    from rapidfuzz import fuzz, process, utils

    options = options or BaselineOptions()
    sources = [s["text"] for s in report["source_sentences"]]
    targets = [s["text"] for s in report["target_sentences"]]
    target_rows: list[dict[str, Any]] = []
    source_best: dict[int, str] = {}
    if sources and targets:
        matrix = process.cdist(targets, sources, scorer=fuzz.token_set_ratio, processor=utils.default_process)
    for i, text in enumerate(targets):
        label, links, score = "added", [], None
        if sources:
            row = matrix[i]
            j = int(row.argmax())
            best = float(row[j])
            score = best / 100
            if best >= options.derived_min:
                label = "verbatim" if best >= options.verbatim_min else "paraphrased"
                links = [j]
                if source_best.get(j) != "verbatim":
                    source_best[j] = label
        target_rows.append({"index": i, "text": text, "label": label, "sources": links, "score": score})
    source_rows = [
        {"index": j, "text": t, "label": source_best.get(j, "omitted"), "targets": []} for j, t in enumerate(sources)
    ]
    total = sum(len(t) for t in targets) or 1
    share = sum(len(r["text"]) for r in target_rows if r["label"] != "added") / total
    verdict = (
        "wholly-derived" if share >= options.wholly_min_share
        else "partially-derived" if share >= options.partial_min_share
        else "non-derived"
    )
    return {
        "summary": {"verdict": verdict, "target_derived_share": round(share, 4)},
        "source_sentences": source_rows,
        "target_sentences": target_rows,
    }


# ---------------------------------------------------------------- Clough & Stevenson (document-level labels)

# What each Clough-Stevenson category should come out as: the verdict class and the dominant target label.
CLOUGH_EXPECTED = {
    "cut": ("derived", "verbatim"),
    "light": ("derived", "paraphrased"),
    "heavy": ("derived", "paraphrased"),
    "non": ("non-derived", "added"),
}


@dataclass
class CloughResult:
    """One Clough-Stevenson answer: its category and what the report made of it."""

    file: str
    category: str
    verdict: str
    dominant: str  # the target label covering most characters; among derived text only for derived categories
    shares: dict[str, float]


def score_clough(file: str, category: str, report: dict[str, Any]) -> CloughResult:
    """Summarise one Clough-Stevenson answer's report by its verdict and the label shares of its text."""
    chars: Counter = Counter()
    for s in report["target_sentences"]:
        chars[s["label"]] += len(s["text"])
    total = sum(chars.values()) or 1
    shares = {lab: round(chars[lab] / total, 4) for lab in TARGET_LABELS}
    if CLOUGH_EXPECTED[category][0] == "derived" and chars["verbatim"] + chars["paraphrased"]:
        # "Mostly verbatim" / "mostly paraphrased" is about how the reused text was reused.
        dominant = "verbatim" if chars["verbatim"] >= chars["paraphrased"] else "paraphrased"
    else:
        dominant = max(TARGET_LABELS, key=lambda lab: (chars[lab], lab == "added"))
    return CloughResult(file, category, report["summary"]["verdict"], dominant, shares)


def summarise_clough(results: Sequence[CloughResult]) -> dict[str, Any]:
    """Per-category confusions (category x verdict, category x dominant label) and derived-vs-non F1."""
    derived = Confusion(DERIVED_CLASSES)
    by_verdict = {c: Counter() for c in CLOUGH_CATEGORIES}
    by_dominant = {c: Counter() for c in CLOUGH_CATEGORIES}
    expected_hits = Counter()
    counts = Counter()
    for r in results:
        derived.add(CLOUGH_EXPECTED[r.category][0], _derived(r.verdict))
        by_verdict[r.category][r.verdict] += 1
        by_dominant[r.category][r.dominant] += 1
        counts[r.category] += 1
        expected_hits[r.category] += r.dominant == CLOUGH_EXPECTED[r.category][1]
    return {
        "answers": len(results),
        "derived": derived.to_dict(),
        "category_by_verdict": {c: [by_verdict[c][v] for v in VERDICTS] for c in CLOUGH_CATEGORIES},
        "category_by_dominant_label": {c: [by_dominant[c][lab] for lab in TARGET_LABELS] for c in CLOUGH_CATEGORIES},
        "expected_dominant_rate": {
            c: round(expected_hits[c] / counts[c], 4) if counts[c] else None for c in CLOUGH_CATEGORIES
        },
    }
