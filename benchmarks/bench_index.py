"""Near-duplicate index benchmark: diffsrc's SQLite MinHash/LSH index against datasketch MinHash + MinHashLSH.

A synthetic corpus with known duplicates: N indexed documents of ~600 words (Zipf-distributed vocabulary, 8
paragraphs), then Q queries, of which half are planted near-duplicates of indexed documents (light word edits, a
dropped paragraph, a trimmed reprint, a new headline with page chrome), a tenth are related-but-not-duplicate texts
(a third of an indexed story inside new text), and the rest are new. Both pipelines get the same texts and the same
5-word shingles (diffsrc's normalisation), 128 permutations and the same threshold.

Each pipeline runs in its own process so peak memory (max RSS) is its own. Reported: indexing documents/second,
query documents/second, peak memory, index size (diffsrc: the SQLite file; datasketch: the pickled MinHashLSH),
precision/recall against the planted duplicates (overall and per kind), and the latency of checking one document
against the built index (in-process: open the index, fingerprint, query; and a whole `diffsrc check` process).

    python benchmarks/bench_index.py                     # small: 5,000 indexed, 1,000 queries
    python benchmarks/bench_index.py --docs 100000 --queries 10000
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]

VOCABULARY = 30_000
PARAGRAPHS = 8
WORDS_PER_PARAGRAPH = 75
BATCH = 4096  # documents per write transaction, as `diffsrc index add` uses
KINDS = ("edited", "dropped", "trimmed", "chrome", "related", "new")
CHROME = "Skip to content Menu Home World News Sign in Subscribe Listen to this article Advertisement Share this story"


def _vocabulary() -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(12345)
    letters = np.array(list("abcdefghijklmnopqrstuvwxyz"))
    lengths = rng.integers(2, 11, size=VOCABULARY)
    words = np.array(["".join(rng.choice(letters, size=n)) for n in lengths])
    weights = 1.0 / (np.arange(VOCABULARY) + 20.0)  # Zipf-like, with a flattened head like news text
    return words, np.cumsum(weights) / weights.sum()


WORDS, CDF = _vocabulary()


def _paragraphs(seed: int) -> list[np.ndarray]:
    rng = np.random.default_rng(seed)
    idx = np.searchsorted(CDF, rng.random(PARAGRAPHS * WORDS_PER_PARAGRAPH))
    return list(idx.reshape(PARAGRAPHS, WORDS_PER_PARAGRAPH))


def _text(paragraphs: list[np.ndarray]) -> str:
    return "\n\n".join(" ".join(WORDS[p]) + "." for p in paragraphs)


def indexed_text(i: int) -> str:
    return _text(_paragraphs(i))


def query(q: int, n_docs: int) -> tuple[str, str, int | None]:
    """Query q: (text, kind, id of the indexed document it duplicates or None)."""
    rng = np.random.default_rng(10_000_000 + q)
    roll = rng.random()
    kind = "new" if roll >= 0.6 else "related" if roll >= 0.5 else ("edited", "dropped", "trimmed", "chrome")[q % 4]
    if kind == "new":
        return _text(_paragraphs(20_000_000 + q)), kind, None
    source = int(rng.integers(n_docs))
    paragraphs = [p.copy() for p in _paragraphs(source)]
    if kind == "related":
        fresh = _paragraphs(30_000_000 + q)
        return _text(paragraphs[:3] + fresh[:6]), kind, None
    if kind in ("edited", "dropped"):
        for _ in range(6):  # ~1 % of the words edited
            p = int(rng.integers(len(paragraphs)))
            paragraphs[p][rng.integers(WORDS_PER_PARAGRAPH)] = rng.integers(VOCABULARY)
    if kind == "dropped":
        del paragraphs[int(rng.integers(1, len(paragraphs)))]
    if kind == "trimmed":
        paragraphs = paragraphs[: int(rng.integers(5, 7))]  # the first 5 or 6 of 8 paragraphs
    text = _text(paragraphs)
    if kind == "chrome":
        text = CHROME + "\n\nBreaking: " + " ".join(WORDS[rng.integers(0, 2000, 8)]) + "\n\n" + text + "\n\n" + CHROME
    return text, kind, source


@dataclass
class Doc:
    id: str
    body_text: str
    path: str | None = None


# -- the two pipelines (each runs in a child process) ----------------------------------------------------------


def run_diffsrc(args: argparse.Namespace, workdir: str) -> dict:
    from diffsrc.index.fingerprint import fingerprint_texts
    from diffsrc.index.store import FingerprintedDocument, Index
    from diffsrc.settings import FingerprintParams

    path = os.path.join(workdir, "index.db")
    params = FingerprintParams(threshold=args.threshold, num_perm=args.num_perm)
    index_seconds = index_cpu = query_cpu = 0.0
    with Index.open(path, params=params) as index:
        for start in range(0, args.docs, BATCH):
            texts = [(i, indexed_text(i)) for i in range(start, min(args.docs, start + BATCH))]
            t0, c0 = time.perf_counter(), time.process_time()
            fps = fingerprint_texts([t for _, t in texts], params)
            entries = [FingerprintedDocument(str(i), None, fp) for (i, _), fp in zip(texts, fps, strict=True)]
            index.add_fingerprints(entries)
            index_seconds += time.perf_counter() - t0
            index_cpu += time.process_time() - c0
        found, query_seconds = [], 0.0
        for start in range(0, args.queries, BATCH):
            docs = [Doc(f"q{q}", query(q, args.docs)[0]) for q in range(start, min(args.queries, start + BATCH))]
            t0, c0 = time.perf_counter(), time.process_time()
            results = index.check(docs)  # what `diffsrc check` runs: batch fingerprinting, then one query each
            query_seconds += time.perf_counter() - t0
            query_cpu += time.process_time() - c0
            found += [[int(m.id) for m in r.matches] for r in results]
    size = sum(os.path.getsize(p) for p in (path, path + "-wal") if os.path.exists(p))
    latency = _single_check_latency(path, args)
    return {"index_seconds": index_seconds, "query_seconds": query_seconds, "index_cpu": index_cpu,
            "query_cpu": query_cpu, "found": found, "size": size, **latency}


def _single_check_latency(path: str, args: argparse.Namespace) -> dict:
    """Check one document against the built index: in-process (open, load, clean, query) and as a CLI process."""
    from diffsrc.document import Document
    from diffsrc.index.store import Index

    folder = tempfile.mkdtemp(prefix="bench-check-")
    files = []
    for q in range(40):
        text, _, _ = query(args.queries + q, args.docs)
        files.append(os.path.join(folder, f"new-{q}.txt"))
        Path(files[-1]).write_text(text)
    timings = []
    for f in files:
        t0 = time.perf_counter()
        with Index.open(path, create=False) as index:
            index.check([Document.from_path(f)])
        timings.append((time.perf_counter() - t0) * 1000)
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    cli, bare = [], []
    for f in files[:10]:
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-m", "diffsrc", "check", "--index", path, f], env=env, capture_output=True)
        cli.append((time.perf_counter() - t0) * 1000)
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-c", "import diffsrc.cli, numpy"], env=env, capture_output=True)
        bare.append((time.perf_counter() - t0) * 1000)
    return {
        "check_ms_median": statistics.median(timings),
        "check_ms_p95": sorted(timings)[int(0.95 * len(timings))],
        "cli_ms_median": statistics.median(cli),
        "startup_ms_median": statistics.median(bare),
    }


def run_datasketch(args: argparse.Namespace, workdir: str) -> dict:
    from datasketch import MinHash, MinHashLSH

    from diffsrc.index.fingerprint import normalise_words

    k = 5

    def minhash(text: str) -> MinHash:
        words = normalise_words(text)
        shingles = {" ".join(words[i : i + k]).encode("utf-8") for i in range(max(1, len(words) - k + 1))}
        m = MinHash(num_perm=args.num_perm)
        m.update_batch(shingles)
        return m

    lsh = MinHashLSH(threshold=args.threshold, num_perm=args.num_perm)
    index_seconds = index_cpu = query_cpu = 0.0
    for start in range(0, args.docs, BATCH):
        texts = [(i, indexed_text(i)) for i in range(start, min(args.docs, start + BATCH))]
        t0, c0 = time.perf_counter(), time.process_time()
        for i, text in texts:
            lsh.insert(str(i), minhash(text))
        index_seconds += time.perf_counter() - t0
        index_cpu += time.process_time() - c0
    found, query_seconds = [], 0.0
    for q in range(args.queries):
        text, _, _ = query(q, args.docs)
        t0, c0 = time.perf_counter(), time.process_time()
        result = lsh.query(minhash(text))
        query_seconds += time.perf_counter() - t0
        query_cpu += time.process_time() - c0
        found.append([int(r) for r in result])
    size = len(pickle.dumps(lsh, protocol=pickle.HIGHEST_PROTOCOL))
    return {"index_seconds": index_seconds, "query_seconds": query_seconds, "index_cpu": index_cpu,
            "query_cpu": query_cpu, "found": found, "size": size, "bands_rows": [lsh.b, lsh.r]}


# -- driver ---------------------------------------------------------------------------------------------------


def child(args: argparse.Namespace) -> None:
    with tempfile.TemporaryDirectory(prefix="bench-index-") as workdir:
        result = (run_diffsrc if args.pipeline == "diffsrc" else run_datasketch)(args, workdir)
    result["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(result))


def score(found: list[list[int]], args: argparse.Namespace) -> dict:
    truth = [query(q, args.docs) for q in range(args.queries)]
    tp = fp = fn = 0
    per_kind: dict[str, list[int]] = {k: [0, 0] for k in KINDS}  # [found, total] of the duplicates of each kind
    false_by_kind: dict[str, int] = {k: 0 for k in KINDS}
    for (_, kind, source), got in zip(truth, found, strict=True):
        expected = {source} if source is not None else set()
        tp += len(expected & set(got))
        fp += len(set(got) - expected)
        fn += len(expected - set(got))
        false_by_kind[kind] += len(set(got) - expected)
        if source is not None:
            per_kind[kind][0] += source in got
            per_kind[kind][1] += 1
    return {
        "precision": tp / (tp + fp) if tp + fp else 1.0,
        "recall": tp / (tp + fn) if tp + fn else 1.0,
        "recall_by_kind": {k: f"{a}/{b}" for k, (a, b) in per_kind.items() if b},
        "false_positives_by_kind": {k: v for k, v in false_by_kind.items() if v},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=5000, help="documents to index (default 5000)")
    parser.add_argument("--queries", type=int, default=1000, help="documents to query (default 1000)")
    parser.add_argument("--threshold", type=float, default=0.8)
    parser.add_argument("--num-perm", type=int, default=128)
    parser.add_argument("--pipelines", default="diffsrc,datasketch", help="comma-separated: diffsrc,datasketch")
    parser.add_argument("--pipeline", help=argparse.SUPPRESS)  # internal: run one pipeline in this process
    parser.add_argument("--json", help="also write the figures to this JSON file")
    args = parser.parse_args()
    if args.pipeline:
        child(args)
        return
    rows = {}
    for name in args.pipelines.split(","):
        cmd = [sys.executable, __file__, "--pipeline", name, "--docs", str(args.docs), "--queries", str(args.queries),
               "--threshold", str(args.threshold), "--num-perm", str(args.num_perm)]
        print(f"running {name} ...", file=sys.stderr, flush=True)
        out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
        result = json.loads(out.strip().splitlines()[-1])
        result.update(score(result.pop("found"), args))
        result["index_docs_per_s"] = args.docs / result["index_seconds"]
        result["query_docs_per_s"] = args.queries / result["query_seconds"]
        # Per CPU second too: the machine may be shared, and CPU time is less sensitive to other load.
        result["index_docs_per_cpu_s"] = args.docs / result["index_cpu"]
        result["query_docs_per_cpu_s"] = args.queries / result["query_cpu"]
        rows[name] = result
    print(f"\n{args.docs} indexed, {args.queries} queries, threshold {args.threshold}, {args.num_perm} permutations\n")
    keys = ["index_docs_per_s", "index_docs_per_cpu_s", "query_docs_per_s", "query_docs_per_cpu_s", "peak_mb",
            "size", "precision", "recall", "recall_by_kind", "false_positives_by_kind", "check_ms_median",
            "check_ms_p95", "cli_ms_median", "startup_ms_median"]
    for key in keys:
        cells = []
        for name in rows:
            value = rows[name].get(key, "")
            if key == "size" and value != "":
                value = f"{value / 1e6:.1f} MB"
            elif isinstance(value, float):
                value = f"{value:.3f}" if value < 10 else f"{value:,.0f}"
            cells.append(f"{name}={value}")
        print(f"{key:<24} " + "   ".join(cells))
    if "diffsrc" in rows and "datasketch" in rows:
        for key in ("index_docs_per_s", "index_docs_per_cpu_s", "query_docs_per_s"):
            ratio = rows["diffsrc"][key] / rows["datasketch"][key]
            print(f"{key} ratio diffsrc/datasketch: {ratio:.2f}x")
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=2, sort_keys=True))


if __name__ == "__main__":
    main()
