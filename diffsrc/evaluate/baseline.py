"""The reference point: each target sentence's best source sentence by rapidfuzz token-set ratio.

Two forms. `baseline_report` relabels a report with fixed thresholds (issue 5's reference on the project's own
sets). On the real sets (METER, SPARK, Clough) the baseline's thresholds are fitted by grid search in the same
grouped cross-validation as anything diffsrc fits, each for the metric it is scored on (which favours it): the
helpers below.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np


@dataclass(frozen=True)
class BaselineOptions:
    """The fixed thresholds of the token-set-ratio best-match baseline."""

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


# ------------------------------------------------------------------ the baseline with thresholds fitted by CV


def best_matches(targets: list[str], sources: list[str]) -> np.ndarray:
    """Each target sentence's best token-set ratio (0-1) with a source sentence (0 without sources)."""
    from rapidfuzz import fuzz, process, utils

    if not targets or not sources:
        return np.zeros(len(targets))
    return process.cdist(targets, sources, scorer=fuzz.token_set_ratio, processor=utils.default_process,
                         workers=1).max(axis=1) / 100.0


def fast_macro_f1(gold: np.ndarray, predicted: np.ndarray, k: int) -> float:
    """Macro-F1 of integer-coded labels 0..k-1 (classes absent from both left out): the grid searches' inner loop."""
    counts = np.bincount(gold * k + predicted, minlength=k * k).reshape(k, k)
    tp = np.diag(counts).astype(np.float64)
    n_gold, n_pred = counts.sum(axis=1), counts.sum(axis=0)
    present = (n_gold + n_pred) > 0
    with np.errstate(divide="ignore", invalid="ignore"):
        f1 = np.nan_to_num(2 * tp / (n_gold + n_pred))
    return float(f1[present].mean()) if present.any() else 0.0


def cross_validate(folds: Sequence[int], fit: Callable[[np.ndarray], Any],
                   predict: Callable[[Any, np.ndarray], np.ndarray]) -> np.ndarray:
    """Out-of-fold predictions: for each fold, `fit(train indices)` then `predict(model, test indices)`."""
    folds = np.asarray(folds)
    out: np.ndarray | None = None
    for k in sorted(set(folds.tolist())):
        test = np.flatnonzero(folds == k)
        predicted = np.asarray(predict(fit(np.flatnonzero(folds != k)), test))
        if out is None:
            out = np.empty(len(folds), dtype=predicted.dtype)
        out[test] = predicted
    return out if out is not None else np.zeros(0, dtype=np.int64)


def fit_sentence_cuts(score: np.ndarray, gold: np.ndarray) -> tuple[float, float]:
    """(derived cut, verbatim cut) on best-match scores maximising derived-vs-added, then V/P/A macro-F1.

    `gold` codes the labels 0 verbatim, 1 paraphrased, 2 added.
    """
    derived_gold = (gold == 2).astype(np.int64)
    cands = np.unique(np.quantile(score, np.linspace(0, 1, 101))) if len(score) else np.array([0.5])
    t_derived = max(cands, key=lambda t: fast_macro_f1(derived_gold, (score < t).astype(np.int64), 2))
    t_verbatim = max(np.linspace(0.7, 1.0, 31),
                     key=lambda t: fast_macro_f1(gold, label_by_cuts(score, t_derived, t), 3))
    return float(t_derived), float(max(t_verbatim, t_derived))


def label_by_cuts(score: np.ndarray, t_derived: float, t_verbatim: float) -> np.ndarray:
    """0 verbatim, 1 paraphrased, 2 added."""
    return np.where(score < t_derived, 2, np.where(score >= t_verbatim, 0, 1))


SENTENCE_CUTS = np.round(np.linspace(0.5, 0.95, 10), 2)
SHARE_CUTS = np.linspace(0.0, 0.9, 46)


def share_table(best: Sequence[np.ndarray], lengths: Sequence[np.ndarray]) -> dict[float, np.ndarray]:
    """{sentence cut: share of each document's characters in sentences whose best match reaches it}."""
    return {float(t): np.array([(ln * (b >= t)).sum() / max(float(ln.sum()), 1.0)
                                for b, ln in zip(best, lengths, strict=True)])
            for t in SENTENCE_CUTS}


def fit_share_verdict(shares: dict[float, np.ndarray], gold: np.ndarray, *, three_class: bool = True,
                      ) -> tuple[float, float, float]:
    """(sentence cut, partial cut, wholly cut) maximising verdict macro-F1 on documents.

    `gold` codes 0 wholly, 1 partially, 2 non-derived; with `three_class` off, 0 derived and 1 non-derived (the
    wholly cut is then 2, never reached).
    """
    best, best_cuts = -1.0, (0.5, 0.1, 2.0)
    for t, share in shares.items():
        for lo in SHARE_CUTS:
            if not three_class:
                f = fast_macro_f1(gold, (share < lo).astype(np.int64), 2)
                if f > best:
                    best, best_cuts = f, (t, float(lo), 2.0)
                continue
            for hi in np.linspace(lo, 1.0, 21):
                f = fast_macro_f1(gold, verdict_by_cuts(share, lo, hi), 3)
                if f > best:
                    best, best_cuts = f, (t, float(lo), float(hi))
    return best_cuts


def verdict_by_cuts(share: np.ndarray, lo: float, hi: float) -> np.ndarray:
    """0 wholly (share >= hi), 1 partially (>= lo), 2 non-derived."""
    return np.where(share >= hi, 0, np.where(share >= lo, 1, 2))
