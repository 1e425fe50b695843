"""Accuracy with and without the semantic scorer, in one run, side by side (needs the `semantic` extra).

Runs benchmarks/accuracy.py's sets (`diffsrc.evaluate.run`) twice, with `CompareOptions()` and
`CompareOptions(semantic=True)`, and prints the markdown tables of benchmarks/README.md. The held-out set is
measured, never tuned on.

    python benchmarks/semantic_accuracy.py                  # all sets (a few minutes: every pair is embedded)
    python benchmarks/semantic_accuracy.py --sets seeds,heldout
"""

from __future__ import annotations

import argparse
import logging
import os
from statistics import mean
from typing import Any

from diffsrc import CompareOptions
from diffsrc.evaluate import run
from diffsrc.evaluate.render import real_rows

# METER takes most of an hour with the embedding; its cross-validated comparison is fit_scorer.py --semantic's.
DEFAULT_SETS = ("spark", "clough", "seeds", "heldout-all", "synthetic")


def gold_rows(res: dict[str, Any]) -> list[tuple[str, str]]:
    s = res["system"]
    para = s["target"]["per_label"]["paraphrased"]
    return [
        ("sentence macro-F1", f"{s['target']['macro_f1']:.3f}"),
        ("paraphrased precision", f"{para['precision']:.3f}"),
        ("paraphrased recall", f"{para['recall']:.3f}"),
        ("paraphrased F1", f"{para['f1']:.3f}"),
        ("verdict macro-F1", f"{s['verdict']['macro_f1']:.3f}"),
        ("derived-vs-non macro-F1", f"{s['derived']['macro_f1']:.3f}"),
        ("seconds (whole set)", f"{res['seconds']:.1f}"),
    ]


def clough_rows(res: dict[str, Any]) -> list[tuple[str, str]]:
    s = res["system"]
    rows = [("derived-vs-non macro-F1", f"{s['derived']['macro_f1']:.3f}")]
    for category in ("cut", "light", "heavy", "non"):
        answers = [a for a in res["answers"] if a["category"] == category]
        derived = mean(a["shares"]["verbatim"] + a["shares"]["paraphrased"] for a in answers)
        paraphrased = mean(a["shares"]["paraphrased"] for a in answers)
        non = sum(a["verdict"] == "non-derived" for a in answers)
        rows.append((f"{category}: mean derived / paraphrased share of text, non-derived verdicts",
                     f"{derived:.2f} / {paraphrased:.2f}, {non}/{len(answers)}"))
    rows.append(("seconds (whole set)", f"{res['seconds']:.1f}"))
    return rows


def synthetic_kind_rows(res: dict[str, Any]) -> list[tuple[str, str]]:
    return [(f"synthetic {kind}: paraphrased R / sentence acc / verdict acc",
             " / ".join("-" if v[k] is None else f"{v[k]:.2f}"
                        for k in ("paraphrased_recall", "target_accuracy", "verdict_accuracy")))
            for kind, v in res["by_group"].items()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sets", default=",".join(DEFAULT_SETS))
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    logging.basicConfig(level=logging.ERROR)
    sets = [s for s in args.sets.split(",") if s]
    both = {flag: run(sets, seed=args.seed, options=CompareOptions(semantic=flag)) for flag in (False, True)}
    print("| set | metric | default | --semantic |")
    print("|---|---|---|---|")
    for name in sets:
        if name in ("meter", "spark"):
            rows = [[(metric, f"{value:.3f}") for metric, value, _ in real_rows(name, both[f][name])]
                    for f in (False, True)]
        elif name == "clough":
            rows = [clough_rows(both[f]["clough"]) for f in (False, True)]
        else:
            rows = [gold_rows(both[f][name]) for f in (False, True)]
            if name == "synthetic":
                rows = [r + synthetic_kind_rows(both[f][name]) for r, f in zip(rows, (False, True), strict=True)]
        for (metric, off), (_, on) in zip(*rows, strict=True):
            print(f"| {name} | {metric} | {off} | {on} |")


if __name__ == "__main__":
    main()
