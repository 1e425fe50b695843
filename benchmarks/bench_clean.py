"""Cleaning benchmark: `clean_text` alone (page chrome, bylines, credits, datelines), on real wire stories and
their reprints and on the seeds, and the share of a whole corpus run that cleaning represents.

The real-news corpus is built by `../shared/tools/realnews_corpus.py` (beside the checkout, or beside the main
checkout of a git worktree, as `bench_realnews.py` finds it; `--tool` overrides): the Press Association stories of
METER, each reprinted with another outlet's page chrome, a dropped paragraph and a few words changed. Without the
tool the real-news part is skipped, saying so, and the seeds are measured alone. Texts are decoded as the loader
decodes them, before timing.

    python benchmarks/bench_clean.py                          # 3,000 real-news documents, 7 runs, corpus of 300
    python benchmarks/bench_clean.py --docs 1000 --runs 5 --corpus-docs 0   # cleaning only, no corpus run
    python benchmarks/bench_clean.py --against main           # and the cleaning of another revision, side by side

Reported: median seconds per pass over each set, documents per second, microseconds per document and per
paragraph, MB of text per second; then a `diffsrc corpus` run (the whole library path the CLI takes, in one process:
loading, cleaning, segmenting, aligning, writing the output folder) on the first `--corpus-docs` real-news
documents and a `diffsrc index add` (`index.ingest.add_paths`, one process) of the first `--index-docs`, with every
`clean_text` call in them timed, and the share of each run's wall time they took.

With `--against REV`, the package of that git revision (`git archive`) cleans the same texts in a child process, the
two taking turns run by run (CPU time of the timed loop only; the best of the runs as well as the median, as the
machine is shared), so a change to cleaning can be shown not to slow it down.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench_realnews import find_tool

from diffsrc.evaluate.repository import shared_data_dir
from diffsrc.load.decode import decode_bytes, normalise_newlines
from diffsrc.text.clean import CleanText, clean_text, split_paragraphs

ROOT = Path(__file__).resolve().parents[1]


def realnews_tool(explicit: Path | None) -> Path | None:
    """`realnews_corpus.py`: as given, else in `../shared/tools` beside the checkout or its main checkout (as
    `bench_realnews.py` looks), else beside $DIFFSRC_SHARED_DATA; None when it is nowhere."""
    if explicit is not None:
        return explicit if explicit.is_file() else None
    beside_data = shared_data_dir(ROOT).parent / "tools" / "realnews_corpus.py"
    return find_tool(None) or (beside_data if beside_data.is_file() else None)


def read_texts(folder: Path) -> list[tuple[str, str]]:
    """(name, text) of every .txt file in `folder`, decoded and with newlines normalised as the loader does."""
    logging.disable(logging.WARNING)  # "not valid UTF-8; read as cp1252" for each Latin-1 wire story
    try:
        return [(p.name, normalise_newlines(decode_bytes(p.read_bytes(), p.name)[0]))
                for p in sorted(folder.glob("*.txt"))]
    finally:
        logging.disable(logging.NOTSET)


def build_realnews(tool: Path, out: Path, n_docs: int) -> Path:
    docs = out / "docs"
    subprocess.run([sys.executable, str(tool), str(docs), str(n_docs)], check=True, capture_output=True, text=True)
    return docs


# Run in a child process whose PYTHONPATH puts another revision's diffsrc first: one timed pass, in CPU seconds.
_CHILD = """
import json, sys, time
from diffsrc.text.clean import clean_text
texts, repeat = json.load(open(sys.argv[1], encoding="utf-8")), int(sys.argv[2])
clean_text(texts[0])
start = time.process_time()
for _ in range(repeat):
    for text in texts:
        clean_text(text)
print((time.process_time() - start) / repeat)
"""


class Reference:
    """`clean_text` of another git revision (its whole package, from `git archive`), timed in a child process."""

    def __init__(self, revision: str, workdir: Path):
        self.revision = revision
        self.root = workdir / "reference"
        self.root.mkdir()
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", revision, "diffsrc"], check=True,
                                 capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", str(self.root)], input=archive, check=True)

    def time_pass(self, texts_file: Path, repeat: int) -> float:
        env = {**os.environ, "PYTHONPATH": str(self.root)}
        done = subprocess.run([sys.executable, "-c", _CHILD, str(texts_file), str(repeat)], env=env, check=True,
                              capture_output=True, text=True)
        return float(done.stdout)


def time_cleaning(texts: list[str], runs: int, repeat: int = 1, reference: Reference | None = None,
                  workdir: Path | None = None) -> list[list[float]]:
    """CPU seconds per pass of `clean_text` over `texts` (a pass cleans them `repeat` times), one per run, and of
    the reference revision's, the two taking turns."""
    clean_text(texts[0])  # patterns compiled and the prefilter built before timing
    texts_file = None
    if reference is not None and workdir is not None:
        texts_file = workdir / f"texts-{len(texts)}.json"
        texts_file.write_text(json.dumps(texts), encoding="utf-8")
    ours: list[float] = []
    theirs: list[float] = []
    for _ in range(runs):
        start = time.process_time()
        for _ in range(repeat):
            for text in texts:
                clean_text(text)
        ours.append((time.process_time() - start) / repeat)
        if reference is not None and texts_file is not None:
            theirs.append(reference.time_pass(texts_file, repeat))
    return [ours, theirs] if reference is not None else [ours]


def describe(name: str, texts: list[str], times: list[float]) -> dict[str, Any]:
    median = statistics.median(times)
    paragraphs = sum(len(split_paragraphs(t)) for t in texts)
    size = sum(len(t.encode("utf-8")) for t in texts)
    row = {"set": name, "documents": len(texts), "paragraphs": paragraphs, "median_s": median,
           "min_s": min(times), "docs_per_s": len(texts) / median, "us_per_doc": 1e6 * median / len(texts),
           "us_per_paragraph": 1e6 * median / max(paragraphs, 1), "mb_per_s": size / 2**20 / median}
    print(f"{name:<34} {len(texts):>5} docs {paragraphs:>6} paragraphs  median {1000 * median:8.1f} ms "
          f"(best {1000 * min(times):8.1f})  {row['docs_per_s']:7,.0f} docs/s  {row['us_per_doc']:6.1f} us/doc  "
          f"{row['us_per_paragraph']:5.1f} us/paragraph  {row['mb_per_s']:5.1f} MB/s")
    return row


def measure(name: str, texts: list[str], runs: int, repeat: int, reference: Reference | None,
            workdir: Path) -> None:
    times = time_cleaning(texts, runs, repeat, reference, workdir)
    ours = describe(name, texts, times[0])
    if reference is not None:
        theirs = describe(f"{name}, {reference.revision}", texts, times[1])
        print(f"{'':<34} this checkout / {reference.revision}: median {ours['median_s'] / theirs['median_s']:.2f}, "
              f"best {ours['min_s'] / theirs['min_s']:.2f} (below 1: faster)")


class _TimedCleaning:
    """Every `clean_text` call made through the modules that import it, timed (the corpus run is in-process)."""

    MODULES = ("diffsrc.text.prepare", "diffsrc.load.web")

    def __init__(self) -> None:
        self.seconds = 0.0
        self.calls = 0
        self._saved: list[tuple[Any, Callable[..., Any]]] = []

    def __enter__(self) -> _TimedCleaning:
        import importlib

        def timed(text: str) -> CleanText:
            start = time.perf_counter()
            try:
                return clean_text(text)
            finally:
                self.seconds += time.perf_counter() - start
                self.calls += 1

        for name in self.MODULES:
            module = importlib.import_module(name)
            if getattr(module, "clean_text", None) is clean_text:
                self._saved.append((module, module.clean_text))
                module.clean_text = timed  # type: ignore[attr-defined]
        return self

    def __exit__(self, *exc: object) -> None:
        for module, original in self._saved:
            module.clean_text = original


def _timed_run(folder: Path, n_docs: int, run: Any) -> tuple[Any, float, _TimedCleaning]:
    """`run(inputs, tmp)` on a copy of the first `n_docs` files, with its wall time and its cleaning timed."""
    with tempfile.TemporaryDirectory() as tmp:
        inputs = Path(tmp) / "in"
        inputs.mkdir()
        for path in sorted(folder.glob("*.txt"))[:n_docs]:
            (inputs / path.name).write_bytes(path.read_bytes())
        logging.disable(logging.WARNING)
        try:
            with _TimedCleaning() as timer:
                start = time.perf_counter()
                result = run(inputs, Path(tmp))
                wall = time.perf_counter() - start
        finally:
            logging.disable(logging.NOTSET)
    return result, wall, timer


def corpus_share(folder: Path, n_docs: int) -> dict[str, Any]:
    """A `diffsrc corpus` run (library path, one process) on the first `n_docs` files, with its cleaning timed."""
    from diffsrc.corpus.output import write_corpus
    from diffsrc.settings import CorpusOptions

    result, wall, timer = _timed_run(folder, n_docs, lambda inputs, tmp: write_corpus(
        [str(inputs)], tmp / "out", options=CorpusOptions(jobs=1)))
    share = timer.seconds / wall
    print(f"corpus run, {len(result.docs)} documents, {len(result.pairs)} pairs: {wall:.1f} s wall; clean_text "
          f"called {timer.calls} times, {timer.seconds:.2f} s = {100 * share:.2f}% of the run")
    return {"documents": len(result.docs), "pairs": len(result.pairs), "wall_s": wall, "clean_s": timer.seconds,
            "clean_calls": timer.calls, "clean_share": share}


def index_share(folder: Path, n_docs: int) -> dict[str, Any]:
    """`diffsrc index add` (library path, one process) of the first `n_docs` files, with its cleaning timed."""
    from diffsrc.index.ingest import add_paths

    (result, _), wall, timer = _timed_run(folder, n_docs, lambda inputs, tmp: add_paths(
        tmp / "index.db", [str(inputs)]))
    share = timer.seconds / wall
    print(f"index add, {len(result.added)} documents: {wall:.1f} s wall; clean_text called {timer.calls} times, "
          f"{timer.seconds:.2f} s = {100 * share:.1f}% of the run")
    return {"documents": len(result.added), "wall_s": wall, "clean_s": timer.seconds, "clean_calls": timer.calls,
            "clean_share": share}


def main() -> None:
    parser = argparse.ArgumentParser(prog="bench_clean.py", description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=3000, help="real-news documents to build (default 3000)")
    parser.add_argument("--runs", type=int, default=7, help="timed passes per set; the median is reported")
    parser.add_argument("--corpus-docs", type=int, default=300,
                        help="documents in the corpus run that measures cleaning's share (0: no corpus run)")
    parser.add_argument("--index-docs", type=int, default=3000,
                        help="documents in the `index add` run that measures cleaning's share (0: none)")
    parser.add_argument("--tool", type=Path, default=None,
                        help="realnews_corpus.py (default: ../shared/tools beside the checkout or its main checkout)")
    parser.add_argument("--against", metavar="REV", default=None,
                        help="also time the cleaning of this git revision (e.g. main), in alternation")
    args = parser.parse_args()

    print(f"Python {sys.version.split()[0]}, load average {os.getloadavg()[0]:.1f}, {args.runs} runs per set, "
          "CPU time")
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        reference = Reference(args.against, workdir) if args.against else None
        seeds = [text for _, text in read_texts(ROOT / "seeds")]
        # The seeds are five documents: a pass cleans them 100 times, so that a run lasts long enough to time.
        measure("seeds (x100)", seeds, args.runs, 100, reference, workdir)

        tool = realnews_tool(args.tool)
        if tool is None:
            print(f"real-news corpus skipped: {args.tool or 'realnews_corpus.py'} not found (looked in "
                  "../shared/tools beside the checkout, beside its main checkout and beside $DIFFSRC_SHARED_DATA)",
                  file=sys.stderr)
            return
        docs = build_realnews(tool, workdir, args.docs)
        texts = [text for _, text in read_texts(docs)]
        measure("real-news stories+reprints", texts, args.runs, 1, reference, workdir)
        if args.corpus_docs > 0:
            corpus_share(docs, args.corpus_docs)
        if args.index_docs > 0:
            index_share(docs, args.index_docs)


if __name__ == "__main__":
    main()
