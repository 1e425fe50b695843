"""Fit the derivation scorer (diffsrc/data/scorer.json) on the labelled sets, with cross-validation.

A logistic regression over sentence-pair features, fitted on the synthetic set, the seed gold and the
Clough-Stevenson non-derived answers, cross-validated one group at a time, with the training-set threshold folded
into its intercept. The held-out journalistic sets are never read. Method: diffsrc/evaluate/fit.py.

    python benchmarks/fit_scorer.py            # fit, cross-validate, print; --write to update scorer.json
    python benchmarks/fit_scorer.py --semantic # the same with the semantic feature (needs the semantic extra);
                                               # --write updates scorer_semantic.json, scorer.json is untouched
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np

from diffsrc.evaluate import fit

DATA = Path(fit.__file__).resolve().parents[1] / "data"  # diffsrc/data, where compare() reads the weights
SCORER = DATA / "scorer.json"
SEMANTIC_SCORER = DATA / "scorer_semantic.json"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--l2", type=float, default=1.0)
    parser.add_argument("--write", action="store_true", help="write the fitted weights into diffsrc/data/scorer.json")
    parser.add_argument("--semantic", action="store_true",
                        help="fit with the semantic feature (needs the semantic extra); --write then updates "
                             "diffsrc/data/scorer_semantic.json")
    args = parser.parse_args()
    if args.semantic:
        fit.cache_semantic_similarity()
    names = fit.feature_names(args.semantic)
    out_path = SEMANTIC_SCORER if args.semantic else SCORER

    data = fit.collect(args.seed, semantic=args.semantic)
    parts = [p for ps in data.values() for p in ps]
    set_weights = fit.set_weights(data)
    for name, ps in data.items():
        n = sum(len(t) for _, _, t in ps)
        print(f"{name}: {len(ps)} pairs, {n} sentence pairs, {int(sum(t.sum() for _, _, t in ps))} derived")

    scores = fit.cross_validate_pairwise(parts, set_weights, args.l2)
    print("cross-validated pairwise F1 (one group held out at a time):")
    for held, f1 in scores:
        print(f"  {held:32s} {f1:.3f}")
    print(f"  mean {np.mean([f for _, f in scores]):.3f}")
    end_to_end = fit.cross_validate_end_to_end(parts, set_weights, args.l2, args.seed, semantic=args.semantic)
    print("cross-validated end to end (synthetic and seed pairs, each story labelled by a model fitted without it): "
          + ", ".join(f"{k} {v:.3f}" for k, v in end_to_end.items()))

    beta = fit.fit_logistic(*fit.stack(parts, set_weights), l2=args.l2)
    trials = []
    for trial in fit.threshold_trials(beta, args.seed, semantic=args.semantic):
        print(f"threshold {trial.threshold:.2f}: " + ", ".join(f"{k} {v:.3f}" for k, v in trial.figures.items())
              + f" -> {trial.objective:.3f}")
        trials.append(trial)
    best = fit.best_trial(trials)
    weights = fit.weights_dict(best.beta, names)
    print(f"chosen threshold {best.threshold} folded into the intercept: {json.dumps(weights)}")
    if args.write:
        features = "semantic.SEMANTIC_FEATURES" if args.semantic else "score.FEATURES"
        command = "benchmarks/fit_scorer.py --semantic" if args.semantic else "benchmarks/fit_scorer.py"
        out_path.write_text(json.dumps({
            "comment": f"Fitted by {command} (logistic regression over {features} on the synthetic "
                       "set, the seed gold and the Clough-Stevenson non-derived answers; held-out set unused). "
                       f"Cross-validated pairwise F1 {np.mean([f for _, f in scores]):.3f}; best training threshold "
                       f"{best.threshold} folded into the intercept.",
            "weights": weights,
        }, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {out_path.relative_to(DATA.parents[1])}")


if __name__ == "__main__":
    main()
