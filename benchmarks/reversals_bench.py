"""How well the reversed-meaning findings find a reversal planted in real wire copy, and how often they flag one
where real journalists rewrote it.

Planted: for each METER dev PA take (real 1999 court copy, `$DIFFSRC_SHARED_DATA/meter-dev`), a copy of the take
in which up to `--per-take` sentences are turned round one way each, taking turns: a word of `data/opposites.txt`
swapped for its first opposite ("rose" -> "fall"), "not" put after an auxiliary ("was jailed" -> "was not
jailed"), or a "not" taken out. `compare(take, copy)` must report a reversal at each planted sentence (recall) and
none elsewhere (false hits). The swapped words come from the same list the findings read, so the recall of
opposites measures the alignment, diff and context rules, not how many opposites English has; negations are
planted without the list. The copies are otherwise word for word, which is the case the findings are for: a
rewrite that restructures the sentence around the change is not read (module docstring of
`diffsrc.pair.findings.meaning`).

Real: every METER dev (PA story, paper) pair, as `benchmarks/accuracy.py` compares them; each reversal reported is
printed for reading (the papers turn few of PA's sentences round, so each hit is read, not counted as right).

    python benchmarks/reversals_bench.py                  # planted and real
    python benchmarks/reversals_bench.py --no-real        # planted only (about 30 s)
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from pathlib import Path

from diffsrc import Document, compare
from diffsrc.evaluate.repository import shared_data_dir
from diffsrc.text.lexicon import opposite_words

_AUXILIARY = re.compile(r"\b(was|were|is|are|had|has|will|would|could|should)\b(?! not\b)(?=\s+[a-z])")
_NOT = re.compile(r"\s\bnot\b(?=\s)")


def _opposite_swaps() -> dict[str, str]:
    """Each listed word -> the first word of the other side of its line."""
    out: dict[str, str] = {}
    for left, right in opposite_words():
        for a in left:
            out.setdefault(a, right[0])
        for b in right:
            out.setdefault(b, left[0])
    return out


def plant(sentence: str, how: str, swaps: dict[str, str]) -> str | None:
    """The sentence turned round `how` ("opposite", "negation", "un-negation"), or None when it has no place to."""
    if how == "opposite":
        for m in re.finditer(r"\b[a-z]+\b", sentence):
            if m.group() in swaps:
                return sentence[:m.start()] + swaps[m.group()] + sentence[m.end():]
        return None
    if how == "negation":
        m = _AUXILIARY.search(sentence)
        return sentence[:m.end()] + " not" + sentence[m.end():] if m else None
    m = _NOT.search(sentence)
    return sentence[:m.start()] + sentence[m.end():] if m else None


def planted(root: Path, per_take: int, seed: int) -> dict[str, int]:
    swaps = _opposite_swaps()
    rng = random.Random(seed)
    counts = {"takes": 0, "opposite": 0, "opposite found": 0, "negation": 0, "negation found": 0,
              "un-negation": 0, "un-negation found": 0, "false hits": 0}
    for path in sorted((root / "PA" / "rawtexts").rglob("*.txt")):
        # The take's sentences as diffsrc reads them, one paragraph each, so the copy's sentence i is the take's.
        source = Document.from_path(path)
        sentences = [s.text for s in compare(source, source).target_sentences]
        source = Document.from_text("\n\n".join(sentences), id="take")
        sentences = [s.text for s in compare(source, source).target_sentences]
        if len(sentences) < 3:
            continue
        changed = list(sentences)
        marks: dict[int, str] = {}
        order = list(range(1, len(sentences)))  # the first sentence is often a slug or a headline
        rng.shuffle(order)
        kinds = ["opposite", "negation", "un-negation"]
        for i in order:
            if len(marks) == per_take:
                break
            for how in kinds:
                new = plant(sentences[i], how, swaps)
                if new is not None:
                    changed[i], marks[i] = new, how
                    kinds.append(kinds.pop(kinds.index(how)))  # take turns
                    break
        report = compare(Document.from_text("\n\n".join(sentences), id="take"),
                         Document.from_text("\n\n".join(changed), id="copy")).to_dict()
        if [t["text"] for t in report["target_sentences"]] != changed:
            counts["resegmented"] = counts.get("resegmented", 0) + 1
            continue
        counts["takes"] += 1
        found = {r["target_index"] for r in report["reversals"]}
        for i, how in marks.items():
            counts[how] += 1
            counts[how + " found"] += i in found
        counts["false hits"] += len(found - set(marks))
        counts["left as they were"] = counts.get("left as they were", 0) + len(changed) - len(marks)
    return counts


def real() -> tuple[int, list[str]]:
    from diffsrc.evaluate.meter import MeterDocuments, meter_pairs

    docs = MeterDocuments()
    lines, n = [], 0
    for pair in meter_pairs():
        report = compare(*docs.pair(pair)).to_dict()
        n += 1
        for r in report["reversals"]:
            lines.append(f"{pair.id}: {r['kind']}: {r['source']!r} -> {r['target']!r}\n"
                         f"    source: {report['source_sentences'][r['source_index']]['text']}\n"
                         f"    target: {report['target_sentences'][r['target_index']]['text']}")
    return n, lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-take", type=int, default=3, help="sentences turned round in each PA take's copy")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--no-real", action="store_true", help="skip the METER papers")
    args = parser.parse_args()
    root = shared_data_dir() / "meter-dev"
    if not root.is_dir():
        sys.exit(f"Error: {root}: METER dev is not there (set DIFFSRC_SHARED_DATA to the shared data folder)")
    start = time.perf_counter()
    c = planted(root, args.per_take, args.seed)
    print(f"planted in {c['takes']} METER dev PA takes ({time.perf_counter() - start:.0f} s):")
    for how in ("opposite", "negation", "un-negation"):
        print(f"  {how}: {c[how + ' found']} of {c[how]} found ({c[how + ' found'] / max(c[how], 1):.1%})")
    print(f"  false hits (a reversal reported at a sentence left as it was): {c['false hits']} of "
          f"{c['left as they were']} sentences")
    if c.get("resegmented"):
        print(f"  ({c['resegmented']} copies split into other sentences than their take: left out)")
    if not args.no_real:
        n, lines = real()
        print(f"\nreal: {len(lines)} reversal(s) reported in {n} METER dev (PA, paper) pairs")
        print("\n".join(lines))


if __name__ == "__main__":
    main()
