"""How much the fact-checker findings add to a pairwise comparison.

Builds a source and a target from the seeds (001's article paragraphs and 000's, each repeated `--copies` times
with a distinct prefix so cleaning keeps every copy), runs `compare`, and reports the time of the whole comparison
and of the findings step (`pipeline._add_findings`) alone, best of `--repeat` runs.

    PYTHONPATH=. python benchmarks/findings_bench.py --copies 10
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from diffsrc import Document, pipeline

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def _documents(copies: int) -> tuple[Document, Document]:
    src = next(SEEDS.glob("001_*.txt")).read_text(encoding="utf-8").split("\n\n")[8:30]
    tgt = next(SEEDS.glob("000_*.txt")).read_text(encoding="utf-8").split("\n")
    source = Document.from_text("\n\n".join(f"In part {i}, {p}" for i in range(copies) for p in src), id="source")
    target = Document.from_text("\n\n".join(f"In part {i}, {p}" for i in range(copies) for p in tgt), id="target")
    return source, target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=10, help="copies of each seed article (size of the pair)")
    parser.add_argument("--repeat", type=int, default=3, help="runs; the best is reported")
    args = parser.parse_args()
    original = pipeline._add_findings
    spent: list[float] = []

    def timed(*a, **k):  # type: ignore[no-untyped-def]
        start = time.perf_counter()
        original(*a, **k)
        spent.append(time.perf_counter() - start)

    pipeline._add_findings = timed  # type: ignore[assignment]
    totals = []
    for _ in range(args.repeat):
        source, target = _documents(args.copies)  # fresh documents: cleaning and segmentation are not cached
        start = time.perf_counter()
        report = pipeline.compare(source, target)
        totals.append(time.perf_counter() - start)
    d = report.to_dict()
    print(f"copies={args.copies} source_sentences={d['source']['n_sentences']} "
          f"target_sentences={d['target']['n_sentences']} quotes={len(d['quotes'])} facts={len(d['facts'])}")
    print(f"compare (with findings): {min(totals):.3f} s; findings step: {min(spent):.3f} s "
          f"({min(spent) / min(totals):.0%})")


if __name__ == "__main__":
    main()
