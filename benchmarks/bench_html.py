"""What the HTML pages cost next to the comparison itself, and how big they are.

Renders the same reports as HTML, Markdown and JSON, interleaved in one process (CPU time, median of many runs),
beside the time of `compare` for the same pair, so a busy machine slows all alike.

    python benchmarks/bench_html.py              # figures for benchmarks/README.md
    python benchmarks/bench_html.py --runs 5     # quicker
"""

from __future__ import annotations

import argparse
import statistics
import time

from bench_compare import long_pair, seed  # the same pairs as the speed benchmark

from diffsrc import Document, compare
from diffsrc.report import render


def cpu_ms(func, runs: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        start = time.process_time()
        func()
        times.append((time.process_time() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=31)
    args = parser.parse_args()
    pairs = {
        "seeds 001 -> 000": (Document.from_path(seed("001")), Document.from_path(seed("000"))),
        "~2,000-word pair": long_pair(),
    }
    print("| pair | compare | html | markdown | json | html size |")
    print("|---|---:|---:|---:|---:|---:|")
    for name, (source, target) in pairs.items():
        report = compare(source, target)
        t_compare = cpu_ms(lambda s=source, t=target: compare(s, t), max(3, args.runs // 3))
        t = {fmt: cpu_ms(lambda f=fmt, r=report: render(r, f), args.runs) for fmt in ("html", "markdown", "json")}
        size = len(render(report, "html").encode("utf-8")) / 1024
        print(f"| {name} | {t_compare:.1f} ms | {t['html']:.1f} ms | {t['markdown']:.1f} ms | {t['json']:.1f} ms "
              f"| {size:.0f} KiB |")


if __name__ == "__main__":
    main()
