"""One-sentence source against one-sentence target (MSRP-style pairs) on real news: SPARK dev's alignments.

How the pairs are built, and why diffsrc's figure is not a held-out one: `diffsrc/evaluate/sentence_pairs.py`.
Prints diffsrc's and the token-set baseline's accuracy and macro-F1 (the baseline's threshold fitted in
cross-validation grouped by topic), the majority class's accuracy, and the verdicts.

    python benchmarks/sentence_pairs.py [--json out.json] [--misses 5]
"""

from __future__ import annotations

import argparse
import json

from diffsrc.errors import EvaluationDataError
from diffsrc.evaluate.sentence_pairs import run_sentence_pairs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", help="also write the figures to this file")
    parser.add_argument("--misses", type=int, default=0, help="list this many pairs diffsrc gets wrong")
    args = parser.parse_args()
    try:
        out = run_sentence_pairs(misses=args.misses)
    except EvaluationDataError as exc:  # the shared data folder is missing: say which
        parser.exit(2, f"{parser.prog}: error: {exc}\n")
    text = json.dumps(out, indent=1)
    print(text)
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            f.write(text + "\n")


if __name__ == "__main__":
    main()
