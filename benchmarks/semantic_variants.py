"""Is there a better way to use the embedding similarity? Cross-validated pairwise F1 of feature variants.

Collects the same training pairs as benchmarks/fit_scorer.py (`diffsrc.evaluate.fit`: synthetic, seeds, Clough
non-derived; never the held-out set), with the cosine similarity and two pair-relative forms of it, then
cross-validates the logistic model (one group held out at a time, as fit_scorer.py does) for each feature set and L2
penalty. Reports the mean pairwise F1 over the groups with derived pairs, the seeds group's F1, and the false
positives on the held-out Clough non-derived answers (which have no derived pairs, so no F1).

    python benchmarks/semantic_variants.py          # needs the semantic extra; a few minutes (embeds every pair)
"""

from __future__ import annotations

import argparse
import os

import numpy as np

from diffsrc.evaluate import fit
from diffsrc.pair.score import FEATURES, feature_matrices, model_features
from diffsrc.text.features import sentence_features

EXTRA = ("semantic", "semantic_centered", "semantic_mutual")
COLUMNS = (*FEATURES, *EXTRA)


def _variant_examples(sources: list[str], targets: list[str], links: list[list[int]] | None,
                      labelled: list[bool]) -> tuple[np.ndarray, np.ndarray]:
    from diffsrc.pair import semantic

    m = feature_matrices(sentence_features(targets), sentence_features(sources))
    feats = model_features(m)
    sim = semantic.similarity(targets, sources)
    feats["semantic"] = sim
    # Above the pair's own level: sentences of one story all look alike to the model (same topic, same names).
    feats["semantic_centered"] = np.clip(sim - (sim.mean(axis=1, keepdims=True) + sim.mean(axis=0)) / 2, 0, 1)
    # How close to the best match of both its row and its column (1 = mutual best match).
    feats["semantic_mutual"] = np.minimum(sim / np.maximum(sim.max(axis=1, keepdims=True), 1e-6),
                                          sim / np.maximum(sim.max(axis=0, keepdims=True), 1e-6))
    X, y = [], []
    for t in range(len(targets)):
        if not labelled[t]:
            continue
        for s in range(len(sources)):
            if not m.verbatim[t, s]:
                X.append([float(feats[name][t, s]) for name in COLUMNS])
                y.append(1.0 if links and s in links[t] else 0.0)
    return np.array(X).reshape(-1, len(COLUMNS)), np.array(y)


def cross_validate(parts: list[tuple[str, np.ndarray, np.ndarray]], set_weights: dict[str, float],
                   l2: float) -> tuple[float, float, int]:
    """(mean held-out pairwise F1, the seeds group's F1, false positives on held-out Clough non-derived)."""
    scores: dict[str, float] = {}
    false_positives = 0
    for held in sorted({g for g, _, _ in parts}):
        beta = fit.fit_logistic(*fit.stack([p for p in parts if p[0] != held], set_weights), l2=l2)
        X, y, _ = fit.stack([p for p in parts if p[0] == held], set_weights)
        if y.sum():
            scores[held] = fit.pair_f1(beta, X, y)
        else:
            false_positives += int((beta[0] + X @ beta[1:] >= 0).sum())
    return float(np.mean(list(scores.values()))), scores["seeds:seeds"], false_positives


def main() -> None:
    argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter).parse_args()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    fit.cache_semantic_similarity()
    data = fit.collect(0, examples=_variant_examples)
    parts = [p for ps in data.values() for p in ps]
    set_weights = fit.set_weights(data)
    base = list(range(len(FEATURES)))
    col = {name: COLUMNS.index(name) for name in EXTRA}

    def with_columns(extra: list[int], square: bool = False) -> list[tuple[str, np.ndarray, np.ndarray]]:
        out = []
        for g, X, y in parts:
            Z = X[:, base + extra]
            if square:
                Z = np.hstack([Z, X[:, [col["semantic"]]] ** 2])
            out.append((g, Z, y))
        return out

    variants = {
        "lexical only (the default scorer)": with_columns([]),
        "+ cosine (what --semantic ships)": with_columns([col["semantic"]]),
        "+ cosine, cosine^2": with_columns([col["semantic"]], square=True),
        "+ cosine above the pair's level": with_columns([col["semantic_centered"]]),
        "+ cosine relative to mutual best": with_columns([col["semantic_mutual"]]),
        "+ all three": with_columns([col[name] for name in EXTRA]),
        "cosine alone": [(g, X[:, [col["semantic"]]], y) for g, X, y in parts],
    }
    print("| features | L2 | CV pairwise F1 (mean) | seeds F1 | Clough-non false positives |")
    print("|---|---|---|---|---|")
    for l2 in (1.0, 0.1):
        for name, variant in variants.items():
            mean, seeds, fp = cross_validate(variant, set_weights, l2)
            print(f"| {name} | {l2} | {mean:.3f} | {seeds:.3f} | {fp} |")


if __name__ == "__main__":
    main()
