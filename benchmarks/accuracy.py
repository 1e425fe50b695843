"""Accuracy of diffsrc's labels on every labelled set, side by side with the token-set-ratio baseline.

Sets (diffsrc.evaluate.sets), real labelled journalism first: meter (METER dev, 458 newspaper reports against
their PA copy), spark (SPARK dev, news summaries aligned to their articles), clough (the 95 Clough-Stevenson
answers; all three read from the shared data folder, never copied into the repository); then the project's own:
seeds, heldout, heldout2 (held out: measured, never tuned on), heldout-all (both pooled), synthetic.

Usage:
  python benchmarks/accuracy.py                      # all sets, readable report (about a minute)
  python benchmarks/accuracy.py --sets meter,spark   # the real development sets only
  python benchmarks/accuracy.py --sets heldout --errors 20
  python benchmarks/accuracy.py --json > accuracy.json
  python benchmarks/accuracy.py --sets synthetic,clough --option derived_threshold=0.55   # try a setting

Metrics: on METER, verdict 3-class and derived-vs-non macro-F1, sentence V/P/A and derived-vs-added macro-F1
(sentence gold by the projection rule of diffsrc.evaluate.meter); on SPARK, summary-sentence derived-vs-added
macro-F1 and link F1 (diffsrc.evaluate.spark); each beside the token-set baseline with its thresholds fitted by
cross-validation grouped by story or topic. diffsrc's models are fitted on these two sets, so these are in-sample
figures: the grouped cross-validation is `benchmarks/fit_scorer.py`'s. On the project's sets (diffsrc.evaluate.run):
P/R/F1 of target labels verbatim/paraphrased/added and their macro-F1 ("sentence macro-F1"), source-side omitted
F1, verdict macro-F1 over wholly/partially/non-derived, derived-vs-non-derived macro-F1, and how often a derived
sentence is linked to one of its gold source sentences.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys

from diffsrc.errors import EvaluationDataError
from diffsrc.evaluate import SETS, conceal_held_out, parse_options, run
from diffsrc.evaluate.render import render, render_markdown


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Accuracy of diffsrc's labels on the labelled sets.")
    parser.add_argument("--sets", default=",".join(SETS), help=f"comma-separated, from {','.join(SETS)}")
    parser.add_argument("--seed", type=int, default=0, help="seed of the synthetic set")
    parser.add_argument("--json", action="store_true", help="print the full results as JSON")
    parser.add_argument("--markdown", action="store_true", help="print the figure tables of benchmarks/README.md")
    parser.add_argument("--errors", type=int, default=0, metavar="N", help="list N mislabelled sentences per set")
    parser.add_argument("--reveal-heldout", action="store_true",
                        help="list the held-out sets' wrong verdicts and mislabelled sentences (hidden by default: "
                             "reading them turns a held-out set into a tuning set)")
    parser.add_argument("--option", action="append", default=[], metavar="NAME=VALUE",
                        help="override a CompareOptions field, e.g. --option derived_threshold=0.55 (repeatable)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.ERROR)  # cp1252 fallback warnings on Clough files are expected
    sets = [s.strip() for s in args.sets.split(",") if s.strip()]
    unknown = set(sets) - set(SETS)
    if unknown:
        parser.error(f"unknown sets: {', '.join(sorted(unknown))}")
    try:
        options = parse_options(args.option)
    except (ValueError, TypeError) as exc:
        parser.error(str(exc))
    try:
        results = run(sets, seed=args.seed, options=options)
    except EvaluationDataError as exc:  # run outside a checkout: say which folder is missing
        parser.exit(2, f"{parser.prog}: error: {exc}\n")
    if not args.reveal_heldout:
        conceal_held_out(results)
    if args.json:
        print(json.dumps(results, indent=1, sort_keys=True, ensure_ascii=False))
    elif args.markdown:
        print(render_markdown(results))
    else:
        print(render(results, errors=args.errors))
    return 0


if __name__ == "__main__":
    sys.exit(main())
