"""The accuracy harness that the tests and the benchmarks both import: labelled sets, gold, metrics, a baseline.

    >>> from diffsrc import compare
    >>> from diffsrc.evaluate import gold_set_items, score_pair, summarise
    >>> scores = [score_pair(g, compare(*make()).to_dict()) for g, make in gold_set_items("seeds")]
    >>> summarise(scores)["target"]["macro_f1"]

Modules, in the order data flows through them:

- `repository`: where the labelled data is (a diffsrc checkout; an installed package has none) and the clear
  error when it is not there;
- `synth`: the synthetic labelled set, generated with known truth from the checkout's base stories;
- `gold`: `diffsrc.gold/1` files, matching gold keys to report sentences, scoring one report (`PairScore`);
- `metrics`: label vocabularies, `Confusion` (P/R/F1), `summarise`, bootstrap intervals;
- `baseline`: the token-set-ratio best-match baseline diffsrc is measured against;
- `clough`: the Clough-Stevenson answers' document-level scoring;
- `sets`: the labelled sets (seeds, heldout, heldout2, heldout-all, synthetic, clough) as pairs to compare;
- `run`: diffsrc and the baseline run and scored on a set (what `benchmarks/accuracy.py` prints);
- `render`: the readable report and the figure tables of benchmarks/README.md;
- `fit`: fitting the scorer's logistic model on the tuning sets (what `benchmarks/fit_scorer.py` prints).

`tests/test_accuracy_gate.py` runs the sets with floors; `python benchmarks/accuracy.py` prints the full report.
"""

from __future__ import annotations

from .baseline import BaselineOptions, baseline_report
from .clough import CLOUGH_CATEGORIES, CLOUGH_EXPECTED, CloughResult, score_clough, summarise_clough
from .gold import GOLD_SCHEMA, load_gold, match_keys, normalise_key, score_pair
from .metrics import (
    DERIVED_CLASSES,
    SOURCE_LABELS,
    TARGET_LABELS,
    VERDICTS,
    Confusion,
    PairScore,
    bootstrap_intervals,
    summarise,
)
from .repository import clough_dir, gold_file, repository_root, stories_dir
from .run import compare_report, conceal_held_out, parse_options, run, run_clough, run_gold_set
from .sets import HELDOUT_SETS, POOLED_SETS, SETS, clough_items, gold_set_items, labelled_sentences

__all__ = [
    "CLOUGH_CATEGORIES", "CLOUGH_EXPECTED", "DERIVED_CLASSES", "GOLD_SCHEMA", "HELDOUT_SETS", "POOLED_SETS", "SETS",
    "SOURCE_LABELS", "TARGET_LABELS", "VERDICTS", "BaselineOptions", "CloughResult", "Confusion", "PairScore",
    "baseline_report", "bootstrap_intervals", "clough_dir", "clough_items", "compare_report", "conceal_held_out",
    "gold_file", "gold_set_items", "labelled_sentences", "load_gold", "match_keys", "normalise_key",
    "parse_options", "repository_root", "run", "run_clough", "run_gold_set", "score_clough", "score_pair",
    "stories_dir", "summarise", "summarise_clough",
]
