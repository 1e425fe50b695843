"""Print a summary of the synthetic labelled set (diffsrc.evaluate.synth), or one of its pairs with --show ID.

    python benchmarks/synth.py
    python benchmarks/synth.py --show reuters_yen__rewrite-heavy
"""

from __future__ import annotations

import argparse
from collections import Counter

from diffsrc.evaluate.synth import generate_pairs


def main(argv: list[str] | None = None) -> None:
    """Print a summary of the synthetic set, or one pair with ``--show ID``."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--show", metavar="ID", help="print one pair, e.g. reuters_yen__rewrite-heavy")
    args = parser.parse_args(argv)
    pairs = generate_pairs(args.seed)
    if args.show:
        for p in pairs:
            if p.gold["id"] == args.show:
                print(p.target_text)
                for u in p.gold["target"]:
                    print(f"{u['label']:12} {u['sources']!s:10} {u['text']}")
                for i, u in enumerate(p.gold["source"]):
                    print(f"  src {i:2} {u['label']:12} {u['text'][:80]}")
        return
    verdicts = Counter(p.gold["verdict"] for p in pairs)
    labels = Counter(u["label"] for p in pairs for u in p.gold["target"])
    source_labels = Counter(u["label"] for p in pairs for u in p.gold["source"])
    print(f"{len(pairs)} pairs; verdicts {dict(verdicts)}")
    print(f"target sentences {dict(labels)}; source units {dict(source_labels)}")


if __name__ == "__main__":
    main()
