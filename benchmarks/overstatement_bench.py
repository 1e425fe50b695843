"""How well the overstatement findings find a hedge taken out of real wire copy, and how often they flag one where
the hedge was kept in other words.

For each METER dev PA take (real 1999 court copy, `$DIFFSRC_SHARED_DATA/meter-dev`) holding a lowercase "may",
"could" or "might" before a verb (not "not", "have" or "be"), two copies of the take, each with one such hedge
changed, chosen at random with `--seed`: one with the hedge made "will" ("could help" -> "will help": a hedge taken
out, which must be found) and one with it made another hedge ("may" -> "might", "could" -> "might", "might" ->
"may": which must not be). `compare(take, copy)` is read for its `overstatements`. The takes are court copy, not
science copy: what they measure is the reading of copied text (alignment, diff, context, questions, quotes), and
that a hedge kept is no finding; METER dev's and SPARK dev's real pairs give no overstatement
(`benchmarks/README.md`, "Overstatement").

    python benchmarks/overstatement_bench.py            # about a minute
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time

from diffsrc import Document, compare
from diffsrc.evaluate.repository import shared_data_dir

_HEDGE = re.compile(r"(?<!\w)(may|could|might) (?!not\b|have\b|be\b)([a-z]+)")
_KEPT = {"may": "might", "could": "might", "might": "may"}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    root = shared_data_dir() / "meter-dev" / "PA" / "rawtexts"
    if not root.is_dir():
        print(f"no METER dev data at {root}", file=sys.stderr)
        return 1
    rng = random.Random(args.seed)
    counts = {"taken out": [0, 0], "kept": [0, 0]}
    missed: list[str] = []
    start = time.perf_counter()
    for path in sorted(root.glob("*/*/*/*.txt")):
        text = path.read_bytes().decode("latin-1")
        hedges = list(_HEDGE.finditer(text))
        if not hedges:
            continue
        for case in counts:
            m = rng.choice(hedges)
            word = "will" if case == "taken out" else _KEPT[m.group(1)]
            copy = text[:m.start()] + word + text[m.start() + len(m.group(1)):]
            found = compare(Document.from_text(text, id="take"), Document.from_text(copy, id="copy")).to_dict()[
                "overstatements"]
            counts[case][1] += 1
            counts[case][0] += bool(found)
            if case == "taken out" and not found:
                missed.append(" ".join(text[max(0, m.start() - 70):m.end() + 30].split()))
    taken, kept = counts["taken out"], counts["kept"]
    print(f"hedge taken out: {taken[0]} of {taken[1]} found; hedge kept in other words: {kept[0]} of {kept[1]} "
          f"flagged ({time.perf_counter() - start:.0f} s)")
    for context in missed:
        print(f"  missed: ...{context}...")
    return 0


if __name__ == "__main__":
    sys.exit(main())
