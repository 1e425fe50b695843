"""Counting: the label vocabularies, a confusion matrix with P/R/F1, one pair's counts, and their aggregates.

Everything here is arithmetic over labels that `gold.score_pair` has already matched; nothing reads a file.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

TARGET_LABELS = ("verbatim", "paraphrased", "added")
SOURCE_LABELS = ("verbatim", "paraphrased", "omitted")
VERDICTS = ("wholly-derived", "partially-derived", "non-derived")
DERIVED_CLASSES = ("derived", "non-derived")


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


def derived_class(verdict: str) -> str:
    """`derived` for a wholly or partially derived verdict, else `non-derived`."""
    return "non-derived" if verdict == "non-derived" else "derived"


@dataclass
class PairScore:
    """How one report's labels compare with one gold pair's: confusions, verdicts, links and the misses."""

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


def _confusions(results: Sequence[PairScore]) -> tuple[Confusion, Confusion, Confusion, Confusion]:
    """Target-label, source-label, verdict and derived-vs-non confusions summed over pair scores."""
    target, source = Confusion(TARGET_LABELS), Confusion(SOURCE_LABELS)
    verdict, derived = Confusion(VERDICTS), Confusion(DERIVED_CLASSES)
    for r in results:
        target.update(r.target)
        source.update(r.source)
        verdict.add(r.gold_verdict, r.predicted_verdict)
        derived.add(derived_class(r.gold_verdict), derived_class(r.predicted_verdict))
    return target, source, verdict, derived


def summarise(results: Sequence[PairScore]) -> dict[str, Any]:
    """Aggregate pair scores: sentence confusions and P/R/F1, omitted F1, verdict F1s, link accuracy."""
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


def _headline(results: Sequence[PairScore]) -> dict[str, float]:
    target, _, verdict, derived = _confusions(results)
    return {"sentence_macro_f1": target.macro_f1(), "verdict_macro_f1": verdict.macro_f1(),
            "derived_macro_f1": derived.macro_f1()}


def bootstrap_intervals(results: Sequence[PairScore], *, rounds: int = 1000, level: float = 0.95,
                        seed: int = 0) -> dict[str, list[float]]:
    """Percentile intervals of the headline macro-F1s over pairs drawn with replacement.

    The pair is the unit of the draw, because its sentences are not independent of one another (one article, one
    writer, one copying decision). On a set of 18 pairs one verdict moves verdict macro-F1 by about 0.05; the
    interval says how far a figure could move on another sample of the same kind.
    """
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


# ------------------------------------------------------------------------------- plain lists, folds and links


def macro_f1(gold: Sequence[str], predicted: Sequence[str], labels: Sequence[str]) -> float:
    """Macro-F1 of two label lists over `labels` (those absent from both lists are left out)."""
    confusion = Confusion(tuple(labels))
    for g, p in zip(gold, predicted, strict=True):
        confusion.add(g, p)
    present = [lab for lab in labels if any(lab in k for k in confusion.counts)]
    return confusion.macro_f1(present)


def binary_label(label: str) -> str:
    """`added` for added or omitted, else `derived`."""
    return "added" if label in ("added", "omitted") else "derived"


def grouped_folds(groups: Sequence[str], n_folds: int = 5, seed: int = 0) -> list[int]:
    """The fold of each item for a cross-validation grouped by `groups` (one story in one fold).

    Groups are shuffled with a fixed seed, then dealt to folds largest first, each to the emptiest fold, so folds
    are balanced and reproducible.
    """
    unique = sorted(set(groups))
    random.Random(seed).shuffle(unique)
    sizes = Counter(groups)
    load = [0] * n_folds
    fold_of: dict[str, int] = {}
    for g in sorted(unique, key=lambda g: -sizes[g]):  # stable: ties keep the shuffled order
        k = min(range(n_folds), key=load.__getitem__)
        fold_of[g] = k
        load[k] += sizes[g]
    return [fold_of[g] for g in groups]


def link_prf(gold: Sequence[set], predicted: Sequence[set]) -> dict[str, float]:
    """Micro precision, recall and F1 over (sentence, source) links."""
    tp = sum(len(g & p) for g, p in zip(gold, predicted, strict=True))
    n_pred = sum(len(p) for p in predicted)
    n_gold = sum(len(g) for g in gold)
    precision = tp / n_pred if n_pred else 0.0
    recall = tp / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}
