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
- `baseline`: the token-set-ratio best-match baseline diffsrc is measured against (fixed cuts, or cuts fitted by
  cross-validation on the real sets);
- `projection`: real corpora's character-level annotations mapped onto diffsrc's own sentences;
- `meter`, `spark`: the real labelled journalism (METER dev, SPARK dev): loaders, the sentence-gold projection
  rules, their runs and metrics, read from the shared data folder;
- `clough`: the Clough-Stevenson answers' document-level scoring;
- `sets`: the labelled sets (meter, spark, clough, seeds, heldout, heldout2, heldout-all, synthetic);
- `run`: diffsrc and the baseline run and scored on a set (what `benchmarks/accuracy.py` prints);
- `render`: the readable report and the figure tables of benchmarks/README.md;
- `fit`: every development pair's evidence with its gold and fold, and running candidate models on it (what
  `benchmarks/fit_scorer.py` fits with).

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
from .sets import HELDOUT_SETS, POOLED_SETS, REAL_SETS, SETS, clough_items, gold_set_items, labelled_sentences

__all__ = [
    "CLOUGH_CATEGORIES", "CLOUGH_EXPECTED", "DERIVED_CLASSES", "GOLD_SCHEMA", "HELDOUT_SETS", "POOLED_SETS",
    "REAL_SETS", "SETS",
    "SOURCE_LABELS", "TARGET_LABELS", "VERDICTS", "BaselineOptions", "CloughResult", "Confusion", "PairScore",
    "baseline_report", "bootstrap_intervals", "clough_dir", "clough_items", "compare_report", "conceal_held_out",
    "gold_file", "gold_set_items", "labelled_sentences", "load_gold", "match_keys", "normalise_key",
    "parse_options", "repository_root", "run", "run_clough", "run_gold_set", "score_clough", "score_pair",
    "stories_dir", "summarise", "summarise_clough",
]
