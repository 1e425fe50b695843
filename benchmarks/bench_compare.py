"""Speed of `compare` against a difflib reference, and the CLI's cold start.

Medians of interleaved runs in one process; `compare` includes the fact-checker findings.

The reference matches each target sentence to its best source sentence by difflib.SequenceMatcher.ratio: the
obvious pure-Python way to do this job. Both run in the same process on the same sentences, interleaved, and the
median of many runs is reported, so a busy machine slows both alike.

    python benchmarks/bench_compare.py            # figures for benchmarks/README.md
    python benchmarks/bench_compare.py --runs 5   # quicker
"""

from __future__ import annotations

import argparse
import difflib
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from diffsrc import Document, PreparedDocument, compare, prepare

ROOT = Path(__file__).resolve().parents[1]


def seed(prefix: str) -> Path:
    return next((ROOT / "seeds").glob(f"{prefix}_*.txt"))


def long_pair() -> tuple[Document, Document]:
    """Two ~2,000-word articles sharing some text: seed bodies joined in different orders."""
    bodies = {p: prepare(Document.from_path(seed(p))).body_text for p in ("000", "001", "002", "003", "004")}
    paragraphs_003 = bodies["003"].split("\n\n")
    source = "\n\n".join([bodies["000"], bodies["001"], bodies["003"]])
    target = "\n\n".join([*reversed(paragraphs_003), bodies["004"], bodies["002"], bodies["000"][:3000]])
    return Document.from_text(source, id="long-source"), Document.from_text(target, id="long-target")


def difflib_reference(source: PreparedDocument, target: PreparedDocument) -> list[int]:
    src = [s.text for s in source.sentences]
    best = []
    for t in target.sentences:
        ratios = [difflib.SequenceMatcher(None, t.text, s, autojunk=False).ratio() for s in src]
        best.append(max(range(len(src)), key=ratios.__getitem__))
    return best


def timed(func, *args) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    func(*args)
    return time.perf_counter() - start


def bench_pair(name: str, source: Document, target: Document, runs: int) -> dict[str, float | str | int]:
    """Median times of diffsrc and the reference on one pair.

    Both start from segmented documents (the reference is handed diffsrc's sentences), so the main column compares
    the same job: scoring, alignment, labels (and diffsrc's findings). The end-to-end column adds what diffsrc does
    before that, from raw text: decoding, cleaning, sentence splitting.
    """
    raw_source, raw_target = source, target
    source, target = prepare(source), prepare(target)  # cleaned, segmented and featured once
    ours, end_to_end, ref = [], [], []
    for _ in range(runs):
        ours.append(timed(compare, source, target))
        fresh = Document.from_text(raw_source.text, id=source.id), Document.from_text(raw_target.text, id=target.id)
        end_to_end.append(timed(compare, *fresh))
        ref.append(timed(difflib_reference, source, target))
    words = len(raw_source.text.split()), len(raw_target.text.split())
    return {"pair": name, "words": f"{words[0]} / {words[1]}",
            "sentences": f"{len(source.sentences)} / {len(target.sentences)}",
            "diffsrc_ms": statistics.median(ours) * 1000, "end_to_end_ms": statistics.median(end_to_end) * 1000,
            "difflib_ms": statistics.median(ref) * 1000,
            "speedup": statistics.median(ref) / statistics.median(ours),
            "speedup_end_to_end": statistics.median(ref) / statistics.median(end_to_end)}


def cold_start(args: list[str], runs: int, *, first_run: bool = False) -> float:
    """Median wall time of a new `python -m diffsrc` process.

    As on a user's machine after its first run: Python's bytecode and diffsrc's compiled regular expressions
    (`diffsrc.rx`) are cached, each in a temporary folder of its own that one run fills first. (An environment with
    PYTHONDONTWRITEBYTECODE set, as a CI image may have, compiled diffsrc's source at every start: about a third
    of a second.) With `first_run`, every run starts with both folders empty: no bytecode for any package (pip writes
    the dependencies' at install, so a pip-installed diffsrc's first start is faster) and no compiled patterns."""
    times = []
    with tempfile.TemporaryDirectory() as folder:
        env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
        env.update(PYTHONPATH=str(ROOT), PYTHONPYCACHEPREFIX=os.path.join(folder, "bytecode"),
                   DIFFSRC_CACHE_DIR=os.path.join(folder, "diffsrc"))
        for run in range(runs + (0 if first_run else 1)):
            if first_run:
                shutil.rmtree(env["PYTHONPYCACHEPREFIX"], ignore_errors=True)
                shutil.rmtree(env["DIFFSRC_CACHE_DIR"], ignore_errors=True)
            start = time.perf_counter()
            subprocess.run([sys.executable, "-m", "diffsrc", *args], check=True, capture_output=True, env=env)
            if first_run or run:  # the first run only fills the caches
                times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=21)
    args = parser.parse_args()
    compare(Document.from_path(seed("001")), Document.from_path(seed("000")))  # warm imports and caches
    rows = [
        bench_pair("seeds 001 -> 000", Document.from_path(seed("001")), Document.from_path(seed("000")), args.runs),
        bench_pair("~2,000-word pair", *long_pair(), max(3, args.runs // 3)),
    ]
    print("| pair | words (source / target) | sentences | difflib reference | diffsrc `compare` | speed-up "
          "| diffsrc from raw text | speed-up |")
    print("|---|---|---|---:|---:|---:|---:|---:|")
    for r in rows:
        print(f"| {r['pair']} | {r['words']} | {r['sentences']} | {r['difflib_ms']:.0f} ms "
              f"| {r['diffsrc_ms']:.1f} ms | {r['speedup']:.0f}x "
              f"| {r['end_to_end_ms']:.1f} ms | {r['speedup_end_to_end']:.0f}x |")
    cold_runs = max(5, args.runs // 2)
    version = cold_start(["--version"], cold_runs)
    pair_args = ["compare", str(seed("001")), str(seed("000"))]
    pair = cold_start(pair_args, cold_runs)
    first = cold_start(pair_args, cold_runs, first_run=True)
    print()
    print(f"| cold start (median of {cold_runs}, `python -m diffsrc`) | wall time | target |")
    print("|---|---:|---:|")
    print(f"| `diffsrc --version` | {version * 1000:.0f} ms | < 150 ms |")
    print(f"| `diffsrc compare seeds/001… seeds/000…` | {pair * 1000:.0f} ms | < 800 ms |")
    print(f"| the same, nothing cached (no bytecode for any package, no compiled patterns) | {first * 1000:.0f} ms | |")


if __name__ == "__main__":
    main()
