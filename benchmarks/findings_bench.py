"""What the fact-checker findings add to a pairwise comparison.

Times `compare` with findings on and off (`CompareOptions(findings=...)`), interleaved in one process so a busy
machine slows both alike, on three pairs: the seeds 001 -> 000, bench_compare's two ~2,000-word articles, and a
large pair made of the seeds' paragraphs repeated `--copies` times (each copy prefixed, so cleaning keeps it).
CPU time (`time.process_time`), median of `--runs`.

    python benchmarks/findings_bench.py --copies 40 --runs 9
"""

from __future__ import annotations

import argparse
import statistics
import time

from bench_compare import long_pair, seed

from diffsrc import Document, compare
from diffsrc.settings import CompareOptions


def repeated_pair(copies: int) -> tuple[Document, Document]:
    src = seed("001").read_text(encoding="utf-8").split("\n\n")[8:30]
    tgt = seed("000").read_text(encoding="utf-8").split("\n")
    source = Document.from_text("\n\n".join(f"In part {i}, {p}" for i in range(copies) for p in src), id="source")
    target = Document.from_text("\n\n".join(f"In part {i}, {p}" for i in range(copies) for p in tgt), id="target")
    return source, target


def measure(pair: tuple[Document, Document], runs: int) -> tuple[float, float, int, int]:
    on, off = [], []
    for _ in range(runs):
        for findings, out in ((True, on), (False, off)):
            # Fresh documents each run: cleaning and segmentation are cached on a Document.
            s, t = (Document.from_text(d.text, id=d.id) for d in pair)
            start = time.process_time()
            report = compare(s, t, options=CompareOptions(findings=findings))
            out.append(time.process_time() - start)
            if findings:
                d = report.to_dict()
                n_quotes, n_sentences = len(d["quotes"]), d["source"]["n_sentences"] + d["target"]["n_sentences"]
    return statistics.median(on) * 1000, statistics.median(off) * 1000, n_quotes, n_sentences


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=10, help="copies of each seed article in the large pair")
    parser.add_argument("--runs", type=int, default=9, help="runs per pair; the median is reported")
    args = parser.parse_args()
    pairs = {
        "seeds 001 -> 000": (Document.from_path(seed("001")), Document.from_path(seed("000"))),
        "~2,000-word pair": long_pair(),
        f"seeds x{args.copies}": repeated_pair(args.copies),
    }
    print("| pair | sentences (both) | quotes | compare, findings off | compare, findings on | findings share |")
    print("|---|---:|---:|---:|---:|---:|")
    for name, pair in pairs.items():
        on, off, quotes, sentences = measure(pair, args.runs if "x" not in name else max(3, args.runs // 3))
        print(f"| {name} | {sentences} | {quotes} | {off:.1f} ms | {on:.1f} ms | {(on - off) / on:.0%} |")


if __name__ == "__main__":
    main()
