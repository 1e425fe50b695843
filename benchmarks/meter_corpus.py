"""METER dev as one corpus: does `diffsrc corpus` compare, and link, each newspaper report with its PA copy?

Every PA file and every newspaper report of METER dev (`../shared/data/meter-dev`, read from there, never copied
into the repository) goes into one folder (named day_story_file, so no name says which is the wire), and one
`diffsrc corpus` run aligns them. METER's verdicts say which papers derive from the PA copy of their story
(wholly, partially) and which do not. Reported per verdict: the share of papers compared with at least one PA file
of their story (candidate recall: a derived paper never compared is a silent miss), the share with an edge from
one (the graph's recall; for non-derived papers, how often the graph says the paper derives from the wire when
METER's journalists say it does not), and the run's wall time and number of pairs compared.

    python benchmarks/meter_corpus.py                        # this checkout
    python benchmarks/meter_corpus.py --tree /path/to/other/checkout   # the same for another checkout
"""

from __future__ import annotations

import argparse
import csv
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd

from diffsrc.evaluate.meter import meter_dir

ROOT = Path(__file__).resolve().parents[1]
VERDICTS = ("wholly-derived", "partially-derived", "non-derived")


def _flat(path: Path, root: Path, prefix: str) -> str:
    return prefix + "_".join(path.relative_to(root).parts)


def build_folder(meter: Path, folder: Path) -> None:
    for side, prefix in (("PA", "PA_"), ("newspapers", "NP_")):
        root = meter / side / "rawtexts" / "courts"
        for path in sorted(root.rglob("*.txt")):
            shutil.copy(path, folder / _flat(path, root, prefix))


def measure(meter: Path, out: Path) -> dict[str, dict[str, float]]:
    summary = pd.read_csv(out / "summary.csv")
    compared = set(zip(summary.source, summary.target, strict=True))
    edges = set(zip(summary[summary.edge].source, summary[summary.edge].target, strict=True))
    counts = {v: {"papers": 0, "compared": 0, "pa_edge": 0} for v in VERDICTS}
    with open(meter / "labels.csv", newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            paper = _flat(Path(row["newspaper_file"]), Path("newspapers/rawtexts/courts"), "NP_")
            pa = _flat(Path(row["pa_folder"]), Path("PA/rawtexts/courts"), "PA_") + "_"
            c = counts[row["verdict"]]
            c["papers"] += 1
            c["compared"] += any(paper in (a, b) and (a if b == paper else b).startswith(pa) for a, b in compared)
            c["pa_edge"] += any(b == paper and a.startswith(pa) for a, b in edges)
    return {v: {"papers": c["papers"], "compared": c["compared"] / c["papers"], "pa_edge": c["pa_edge"] / c["papers"]}
            for v, c in counts.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tree", type=Path, default=ROOT, help="the diffsrc checkout to run (default: this one)")
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    meter = meter_dir()
    env = dict(os.environ, PYTHONPATH=str(args.tree) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    with tempfile.TemporaryDirectory() as tmp:
        folder, out = Path(tmp) / "docs", Path(tmp) / "out"
        folder.mkdir()
        build_folder(meter, folder)
        cmd = [sys.executable, "-m", "diffsrc", "-q", "corpus", str(folder), "--out", str(out),
               "--jobs", str(args.jobs)]
        start = time.perf_counter()
        # From the tree's folder: `python -m` puts the working folder first on the import path.
        run = subprocess.run(cmd, env=env, cwd=args.tree, capture_output=True, text=True, check=False)
        wall = time.perf_counter() - start
        if run.returncode not in (0, 1):
            sys.exit(f"diffsrc corpus failed ({run.returncode}): {run.stderr.strip()}")
        pairs = len(pd.read_csv(out / "summary.csv"))
        results = measure(meter, out)
    print(f"{len(list(meter.rglob('*.txt')))} files; {args.tree}: wall {wall:.1f} s, {pairs} ordered pairs compared")
    print("| METER verdict | papers | compared with their PA copy | edge from their PA copy |")
    print("|---|---:|---:|---:|")
    for verdict, r in results.items():
        print(f"| {verdict} | {r['papers']} | {r['compared']:.3f} | {r['pa_edge']:.3f} |")


if __name__ == "__main__":
    main()
