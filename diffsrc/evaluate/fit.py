"""Fit the derivation scorer (diffsrc/data/scorer.json) on the labelled sets, with cross-validation.

Training examples are sentence pairs (target sentence, source sentence) labelled 1 when the gold says the target
derives from that source sentence, else 0:
  - synthetic  (`diffsrc.evaluate.synth`: known truth by construction; its `independent` kind, other outlets' own
                reports of each story's event, supplies the hard negatives: same names and figures, other facts),
  - seeds      (hand gold for 001 against 000, 002, 003, 004),
  - clough-non (the 38 Clough-Stevenson answers written without the source: every pair is a 0; the cut/light/heavy
                answers have no sentence links, so they only check the verdicts).
The held-out journalistic sets are never read here (`sets.labelled_sentences` refuses them).

The model is a logistic regression over score.FEATURES (Newton's method, L2 penalty), fitted with pairs weighted so
that each labelled set counts alike. Its intercept is then shifted so that 0.5 is the threshold that maximises
sentence-label macro-F1 (with the synthetic verdict F1 and the Clough derived-vs-non F1) on the training sets (so
`derived_threshold=0.5` stays "the natural cut"). Cross-validation holds out one group (a synthetic story, the
seeds, one Clough task) at a time and reports the pairwise F1 on the held-out group, then runs the whole pipeline
on each left-out story's pairs with the model fitted without it (labels and verdicts a user would see on a story the
model never saw): model choices are made on that.

With `semantic=True` the features are semantic.SEMANTIC_FEATURES (needs the semantic extra). `benchmarks/fit_scorer.py`
runs all of it and prints the figures.
"""

from __future__ import annotations

import contextlib
import functools
import types
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from typing import NamedTuple

import numpy as np

from ..document import Document
from ..pair import score as score_module
from ..pair.score import FEATURES, feature_matrices, model_features
from ..settings import CompareOptions
from ..text.features import sentence_features
from ..text.prepare import prepare
from .gold import score_pair
from .metrics import PairScore, summarise
from .run import compare_report, run_clough, run_gold_set
from .sets import clough_items, gold_set_items, labelled_sentences

# (group, X, y): one group's sentence pairs; a group is "<set>:<story>", "seeds:seeds" or "clough-non:<task>".
Part = tuple[str, np.ndarray, np.ndarray]
Examples = Callable[[list[str], list[str], "list[list[int]] | None", list[bool]], tuple[np.ndarray, np.ndarray]]
THRESHOLDS = (0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7)


def feature_names(semantic: bool = False) -> tuple[str, ...]:
    """The features being fitted: score.FEATURES, or semantic.SEMANTIC_FEATURES."""
    if semantic:
        from ..pair import semantic as semantic_module

        return semantic_module.SEMANTIC_FEATURES
    return FEATURES


def cache_semantic_similarity() -> None:
    """Embed each pair once for the rest of the process: the threshold search re-runs every labelled pair nine times.

    Replaces `diffsrc.pair.semantic.similarity` with a cached wrapper; for fitting scripts, not for library use.
    """
    from ..pair import semantic

    uncached = semantic.similarity
    cached = functools.lru_cache(maxsize=None)(lambda t, s: uncached(list(t), list(s)))
    semantic.similarity = lambda t, s: cached(tuple(t), tuple(s))  # type: ignore[assignment]


def pair_examples(sources: list[str], targets: list[str], links: list[list[int]] | None,
                  labelled: list[bool], *, semantic: bool = False) -> tuple[np.ndarray, np.ndarray]:
    """Feature rows and 0/1 labels of a pair's labelled target sentences against every source sentence."""
    names = feature_names(semantic)
    m = feature_matrices(sentence_features(targets), sentence_features(sources))
    feats = model_features(m)
    if semantic:
        from ..pair import semantic as semantic_module

        feats["semantic"] = semantic_module.similarity(targets, sources)
    X, y = [], []
    for t in range(len(targets)):
        if not labelled[t]:
            continue
        for s in range(len(sources)):
            if m.verbatim[t, s]:
                continue  # verbatim pairs are decided by their keys, not by the model
            X.append([float(feats[name][t, s]) for name in names])
            y.append(1.0 if links and s in links[t] else 0.0)
    return np.array(X, dtype=np.float64).reshape(-1, len(names)), np.array(y)


def collect(seed: int, *, semantic: bool = False, examples: Examples | None = None) -> dict[str, list[Part]]:
    """{set name: [(group, X, y), ...]} for synthetic, seeds and clough-non; `examples` builds each pair's rows."""
    examples = examples or functools.partial(pair_examples, semantic=semantic)
    data: dict[str, list[Part]] = defaultdict(list)
    for name in ("synthetic", "seeds"):
        for pair in labelled_sentences(name, seed=seed):
            labelled = [label is not None for label in pair["target_labels"]]
            links = [src if label in ("verbatim", "paraphrased") else []
                     for src, label in zip(pair["target_sources"], pair["target_labels"], strict=True)]
            X, y = examples(pair["sources"], pair["targets"], links, labelled)
            group = pair["id"].split("__")[0] if name == "synthetic" else "seeds"
            data[name].append((f"{name}:{group}", X, y))
    for _file, category, source_path, target_path in clough_items():
        if category != "non":
            continue
        source, target = prepare(Document.from_path(source_path)), prepare(Document.from_path(target_path))
        targets = [t.text for t in target.sentences]
        X, y = examples([s.text for s in source.sentences], targets, None, [True] * len(targets))
        data["clough-non"].append((f"clough-non:{source_path.stem}", X, y))
    return data


def set_weights(data: dict[str, list[Part]]) -> dict[str, float]:
    """A weight per labelled set so that each counts alike, whatever its number of pairs (mean weight 1)."""
    weights = {name: 1.0 / max(sum(len(t) for _, _, t in ps), 1) for name, ps in data.items()}
    scale = 1.0 / float(np.mean(list(weights.values())))
    return {k: v * scale for k, v in weights.items()}


def fit_logistic(X: np.ndarray, y: np.ndarray, w: np.ndarray, l2: float = 1.0, iterations: int = 50) -> np.ndarray:
    """Weighted L2-penalised logistic regression by Newton's method; returns [intercept, *coefficients]."""
    A = np.hstack([np.ones((len(X), 1)), X])
    beta = np.zeros(A.shape[1])
    penalty = np.full(A.shape[1], l2)
    penalty[0] = 0.0
    for _ in range(iterations):
        p = 1.0 / (1.0 + np.exp(-A @ beta))
        gradient = A.T @ (w * (p - y)) + penalty * beta
        hessian = (A * (w * p * (1 - p))[:, None]).T @ A + np.diag(penalty)
        step = np.linalg.solve(hessian, gradient)
        beta -= step
        if np.abs(step).max() < 1e-8:
            break
    return beta


def stack(parts: list[Part], set_weights: dict[str, float]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(X, y, w) of `parts` stacked, each row weighted by its set's weight."""
    X = np.vstack([x for _, x, _ in parts])
    y = np.concatenate([t for _, _, t in parts])
    w = np.concatenate([np.full(len(t), set_weights[g.split(":")[0]]) for g, _, t in parts])
    return X, y, w


def pair_f1(beta: np.ndarray, X: np.ndarray, y: np.ndarray, threshold: float = 0.5) -> float:
    """F1 of the model's derived/not calls on sentence pairs."""
    p = 1.0 / (1.0 + np.exp(-(beta[0] + X @ beta[1:])))
    predicted = p >= threshold
    tp = float((predicted & (y == 1)).sum())
    precision = tp / max(predicted.sum(), 1)
    recall = tp / max((y == 1).sum(), 1)
    return 2 * precision * recall / max(precision + recall, 1e-9)


def weights_dict(beta: np.ndarray, names: Iterable[str] = FEATURES) -> dict[str, float]:
    """The scorer.json `weights` of a fitted model."""
    return {"intercept": round(float(beta[0]), 4),
            **{n: round(float(b), 4) for n, b in zip(names, beta[1:], strict=True)}}


@contextlib.contextmanager
def weights_in_place(weights: dict[str, float], *, semantic: bool = False) -> Iterator[CompareOptions]:
    """Run compare() with `weights` in place of the shipped ones; yields the CompareOptions to use."""
    module: types.ModuleType
    if semantic:
        from ..pair import semantic as module
        getter = "semantic_weights"
    else:
        module, getter = score_module, "scorer_weights"
    original = getattr(module, getter)
    setattr(module, getter, lambda: weights)
    try:
        yield CompareOptions(semantic=semantic)
    finally:
        setattr(module, getter, original)


def cross_validate_pairwise(parts: list[Part], weights: dict[str, float], l2: float) -> list[tuple[str, float]]:
    """(group, pairwise F1 on it) for each group with derived pairs, from a model fitted without that group."""
    scores = []
    for held in sorted({g for g, _, _ in parts}):
        train = [p for p in parts if p[0] != held]
        test = [p for p in parts if p[0] == held]
        beta = fit_logistic(*stack(train, weights), l2=l2)
        X, y, _ = stack(test, weights)
        if y.sum():
            scores.append((held, pair_f1(beta, X, y)))
    return scores


def cross_validate_end_to_end(parts: list[Part], weights: dict[str, float], l2: float, seed: int, *,
                              semantic: bool = False) -> dict[str, float]:
    """Labels and verdicts of each story's pairs from a model fitted without that story (threshold 0.5).

    The pairwise F1 scores sentence pairs one by one; this runs the whole pipeline (alignment, labels, verdicts) on
    the left-out story, so it measures what a user sees on a story the model never saw.
    """
    names = feature_names(semantic)
    items = [(f"synthetic:{g['id'].split('__')[0]}", g, make) for g, make in gold_set_items("synthetic", seed=seed)]
    items += [("seeds:seeds", g, make) for g, make in gold_set_items("seeds", seed=seed)]
    results: list[PairScore] = []
    for held in sorted({group for group, _, _ in items}):
        beta = fit_logistic(*stack([p for p in parts if p[0] != held], weights), l2=l2)
        with weights_in_place(weights_dict(beta, names), semantic=semantic) as options:
            results.extend(score_pair(g, compare_report(*make(), options), group=group)
                           for group, g, make in items if group == held)
    summary = summarise(results)
    return {"sentence_f1": summary["target"]["macro_f1"], "verdict_f1": summary["verdict"]["macro_f1"],
            "derived_f1": summary["derived"]["macro_f1"]}


def evaluate_weights(weights: dict[str, float], seed: int, *, semantic: bool = False) -> dict[str, float]:
    """Sentence macro-F1 and verdict macro-F1 on the training sets, with `weights` in place of scorer.json."""
    with weights_in_place(weights, semantic=semantic) as options:
        out = {}
        for name in ("synthetic", "seeds"):
            summary = run_gold_set(name, seed=seed, options=options)["system"]
            out[f"{name}_sentence_f1"] = summary["target"]["macro_f1"]
            out[f"{name}_verdict_f1"] = summary["verdict"]["macro_f1"]
        clough = run_clough(options=options)
        out["clough_derived_f1"] = clough["system"]["derived"]["macro_f1"]
        return out


class ThresholdTrial(NamedTuple):
    """One candidate cut: the model with it folded into the intercept, and its figures on the training sets."""

    threshold: float
    beta: np.ndarray
    figures: dict[str, float]
    objective: float


def threshold_trials(beta: np.ndarray, seed: int, *, semantic: bool = False,
                     thresholds: Iterable[float] = THRESHOLDS) -> Iterator[ThresholdTrial]:
    """The model with each candidate threshold folded into its intercept, evaluated on the training sets."""
    names = feature_names(semantic)
    for threshold in thresholds:
        shifted = beta.copy()
        shifted[0] -= np.log(threshold / (1 - threshold))
        figures = evaluate_weights(weights_dict(shifted, names), seed, semantic=semantic)
        objective = (figures["synthetic_sentence_f1"] + figures["seeds_sentence_f1"] + figures["clough_derived_f1"]
                     + figures["synthetic_verdict_f1"]) / 4
        yield ThresholdTrial(threshold, shifted, figures, objective)


def best_trial(trials: Iterable[ThresholdTrial]) -> ThresholdTrial:
    """The trial with the best objective; ties (within 0.002) go to the cut nearer 0.5, a calibrated score's own."""
    best: ThresholdTrial | None = None
    for trial in trials:
        if best is None or trial.objective > best.objective + 0.002 or (
                trial.objective > best.objective - 0.002
                and abs(trial.threshold - 0.5) < abs(best.threshold - 0.5)):
            best = trial
    if best is None:
        raise ValueError("no threshold was tried")
    return best

