"""Real-news benchmark: corpus mode and the near-duplicate index on reprints of real Press Association stories.

The corpus comes from `../shared/tools/realnews_corpus.py` (resolved from the repository, or from the main
checkout when this is a git worktree; `--tool` overrides; the benchmark exits with a message when it is absent):
each PA story is "reprinted" many times with other page chrome, every other copy missing a paragraph and a few words
changed; `truth.csv` says which story each file is. Unlike `bench_corpus.py`'s synthetic vocabulary, real stories
share stock phrasing ("told the court", "was remanded in custody"), which is what this measures.

    python benchmarks/bench_realnews.py corpus --docs 1000 3000 [--jobs 2] [--runs 3] [--keep]
    python benchmarks/bench_realnews.py index --docs 20000 --check 1000 [--jobs 2] [--runs 3]
    python benchmarks/bench_realnews.py clean --docs 5000 [--runs 5]

corpus: runs `diffsrc corpus DOCS --out OUT -q` as a subprocess and measures its wall time and memory (polling
/proc every 0.1 s: the whole process tree's summed PSS and the main process's peak RSS; the largest single process's
max RSS from wait4, what `/usr/bin/time -v` reports). Scored against truth.csv (a document's story):

- edge precision: graph edges are taken undirected (A->B and B->A count once); an edge is correct when both ends
  are copies of the same story. Undetermined edges count exactly like directed ones: precision asks whether the
  relation exists, not which way it runs (the share of edges with a direction is reported separately).
- document recall: among documents whose story has at least one other copy in the corpus, the share connected by a
  graph edge (either way) to at least one copy of their own story.
- candidate recall: from summary.csv. `pairs` is the share of same-story unordered pairs compared directly
  (a row either way, near-duplicate rows included); `covered` also counts two copies in the same near-duplicate
  group (each compared with the group's representative), which is how the corpus run is meant to cover them;
  `docs` is the share of documents with a story-mate compared with at least one story-mate (the ceiling of
  document recall).
- pairs compared (ordered rows of summary.csv, and how many of them are derived: wholly- or partially-derived),
  files written and their bytes.

index: `diffsrc index add --jobs J` of N documents (CLI subprocess) against a plain datasketch script (MinHash with 128
permutations over word 5-shingles of the RAW file text, lower-cased and split on whitespace; MinHashLSH threshold
0.8), both timed in the same run, alternating order; then `diffsrc check --format json` of Q documents against the
index, and the same Q queries to the datasketch LSH. The queries are the last Q documents of the same corpus (later
variants of the same stories); 10% of the stories are held out of the index, so their queries should match nothing.
A match is correct when query and indexed document are copies of the same story; recall is over all (query,
indexed copy of its story) pairs, and also against the exact-similarity truth (pairs whose exact diffsrc similarity
on cleaned text reaches the threshold), since two copies trimmed of different paragraphs may not be near-duplicates.

clean: `clean.clean_text` alone over real-news documents (in process), median of runs: documents/s and the share
of a load (read + decode + clean) it takes.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_WORKDIR = Path(os.environ.get("DIFFSRC_BENCH_DIR", tempfile.gettempdir())) / "diffsrc-realnews"
DERIVED = ("wholly-derived", "partially-derived")
HELD_OUT_EVERY = 10  # story ids divisible by this are held out of the index (their queries should match nothing)


# -- the corpus ----------------------------------------------------------------------------------------------------


def find_tool(explicit: str | None) -> Path | None:
    """`../shared/tools/realnews_corpus.py` beside the repository (or beside the main checkout of a worktree)."""
    if explicit:
        return Path(explicit) if Path(explicit).is_file() else None
    candidates = [ROOT / ".." / "shared" / "tools" / "realnews_corpus.py"]
    try:
        common = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--path-format=absolute", "--git-common-dir"],
                                capture_output=True, text=True, check=True).stdout.strip()
        candidates.append(Path(common).parent / ".." / "shared" / "tools" / "realnews_corpus.py")
    except (OSError, subprocess.CalledProcessError):
        pass
    for c in candidates:
        if c.is_file():
            return c.resolve()
    return None


def build_corpus(tool: Path, workdir: Path, n: int, seed: int = 11) -> tuple[Path, dict[str, int]]:
    """DOCS folder and truth (file -> story) of an n-document corpus, built once and reused."""
    base = workdir.resolve() / f"realnews-{n}-s{seed}"
    docs, truth_csv = base / "docs", base / "truth.csv"
    if not (truth_csv.is_file() and docs.is_dir() and sum(1 for _ in docs.iterdir()) == n):
        shutil.rmtree(base, ignore_errors=True)
        base.mkdir(parents=True)
        subprocess.run([sys.executable, str(tool), str(docs), str(n), "--seed", str(seed)], check=True,
                       stdout=subprocess.DEVNULL)
    with open(truth_csv, newline="") as handle:
        truth = {row["file"]: int(row["story"]) for row in csv.DictReader(handle)}
    return docs, truth


# -- measuring a process tree ------------------------------------------------------------------------------------------


def _children() -> dict[int, list[int]]:
    kids: dict[int, list[int]] = defaultdict(list)
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as handle:
                stat = handle.read()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        kids[ppid].append(int(entry))
    return kids


def _tree(pid: int) -> list[int]:
    kids, out, todo = _children(), [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        todo += kids.get(p, [])
    return out


def _kb(path: str, field: str) -> int:
    try:
        with open(path) as handle:
            for line in handle:
                if line.startswith(field):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


class _NoMonitor:
    peak_tree_kb = peak_main_kb = max_procs = 0

    def stop(self) -> None:
        pass


class TreeMonitor:
    """Peak summed PSS of a process tree, and the root's peak RSS (VmHWM), polled from /proc."""

    def __init__(self, pid: int, interval: float = 0.1):
        self.pid, self.interval = pid, interval
        self.peak_tree_kb = self.peak_main_kb = self.max_procs = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            pids = _tree(self.pid)
            total = sum(_kb(f"/proc/{p}/smaps_rollup", "Pss:") for p in pids)
            self.peak_tree_kb = max(self.peak_tree_kb, total)
            self.peak_main_kb = max(self.peak_main_kb, _kb(f"/proc/{self.pid}/status", "VmHWM:"))
            self.max_procs = max(self.max_procs, len(pids))
            time.sleep(self.interval)

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()


def run_measured(cmd: list[str], env: dict[str, str] | None = None, stdout: int | None = subprocess.DEVNULL,
                 cwd: Path | None = None, *, monitor_memory: bool = True) -> dict:
    """Run a command; wall seconds, CPU seconds of the tree, memory peaks, exit status, stdout (if piped).

    `monitor_memory` off: no polling of the process tree (the peaks are then 0 but for the root's max RSS). The
    poller reads every process's smaps_rollup ten times a second, which on two cores takes CPU from a short
    command that runs worker processes (`check`: ~0.1-0.2 s of a 2 s run)."""
    t0 = time.perf_counter()
    # stderr goes to a file, so a chatty child never blocks on a full pipe while stdout is read
    with tempfile.TemporaryFile(mode="w+") as errors:
        proc = subprocess.Popen(cmd, env=env, stdout=stdout, stderr=errors, text=True, cwd=cwd)
        monitor = TreeMonitor(proc.pid) if monitor_memory else _NoMonitor()
        out = proc.stdout.read() if proc.stdout else ""
        _, status, usage = os.wait4(proc.pid, 0)  # wait4, not wait: the rusage of the whole finished tree
        errors.seek(0)
        err = errors.read()
    wall = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    monitor.stop()
    return {"wall_s": wall, "cpu_s": usage.ru_utime + usage.ru_stime, "rc": proc.returncode,
            "peak_tree_mb": monitor.peak_tree_kb / 1024, "peak_main_mb": monitor.peak_main_kb / 1024,
            "max_single_rss_mb": usage.ru_maxrss / 1024, "stdout": out, "stderr": err[-2000:]}


def diffsrc_cmd(*args: str) -> list[str]:
    return [sys.executable, "-m", "diffsrc", *args]


TREE = ROOT  # the diffsrc checkout the commands run (`--tree`: another one, for a before/after in one session)


def _env() -> dict[str, str]:
    return dict(os.environ, PYTHONPATH=str(TREE) + os.pathsep + os.environ.get("PYTHONPATH", ""))


# -- corpus mode -----------------------------------------------------------------------------------------------------


def score_corpus(out: Path, truth: dict[str, int]) -> dict:
    graph = json.loads((out / "graph.json").read_text(encoding="utf-8"))
    story = {d: truth[d] for d in truth}
    copies: dict[int, list[str]] = defaultdict(list)
    for d, s in story.items():
        copies[s].append(d)
    with_mates = {d for d in story if len(copies[story[d]]) > 1}

    edges = {frozenset((e["source"], e["target"])) for e in graph["edges"] if e["source"] != e["target"]}
    correct = [e for e in edges if len({story.get(d, -1 - i) for i, d in enumerate(e)}) == 1]
    directed = sum(1 for e in graph["edges"] if e.get("direction") not in (None, "undetermined"))
    linked = {d for e in correct for d in e}
    recalled = linked & with_mates

    compared: set[frozenset[str]] = set()
    rep_of: dict[str, str] = {}
    rows = derived = 0
    verdicts: dict[str, int] = defaultdict(int)
    with open(out / "summary.csv", newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if row.get("status", "compared") != "compared":  # skipped inputs: rows here before skipped.csv
                continue
            rows += 1
            verdicts[row["verdict"]] += 1
            derived += row["verdict"] in DERIVED
            compared.add(frozenset((row["source"], row["target"])))
            if row["near_duplicate"] == "True":
                rep_of[row["target"]] = row["source"]

    def same(a: str, b: str) -> bool:
        return a in story and b in story and story[a] == story[b]

    same_story_pairs = sum(len(c) * (len(c) - 1) // 2 for c in copies.values())
    direct = sum(1 for p in compared if len(p) == 2 and same(*p))
    # A same-story pair is covered when the two documents are copies of one representative, or when their
    # representatives (each document is its own unless it is a near-duplicate copy) were compared.
    members: dict[str, list[str]] = defaultdict(list)
    for d in story:
        members[rep_of.get(d, d)].append(d)
    covered = 0
    for rep_pair in compared | {frozenset((r,)) for r in members}:
        reps = sorted(rep_pair)
        if len(reps) == 1:
            by_story: dict[int, int] = defaultdict(int)
            for d in members.get(reps[0], []):
                by_story[story[d]] += 1
            covered += sum(k * (k - 1) // 2 for k in by_story.values())
        elif reps[0] in members and reps[1] in members and not (reps[0] in rep_of or reps[1] in rep_of):
            left: dict[int, int] = defaultdict(int)
            for d in members[reps[0]]:
                left[story[d]] += 1
            covered += sum(left[story[d]] for d in members[reps[1]])
    mate_compared = {d for p in compared for d in p
                     if len(p) == 2 and len({story.get(x, -1) for x in p}) == 1}
    files = [p for p in out.rglob("*") if p.is_file()]
    return {
        "edges": len(edges), "edge_precision": len(correct) / len(edges) if edges else 1.0,
        "wrong_edges": len(edges) - len(correct), "directed_share": directed / len(graph["edges"]) if edges else 0.0,
        "doc_recall": len(recalled) / len(with_mates) if with_mates else 1.0,
        "cand_recall_pairs": direct / same_story_pairs if same_story_pairs else 1.0,
        "cand_recall_covered": covered / same_story_pairs if same_story_pairs else 1.0,
        "cand_recall_docs": len(mate_compared & with_mates) / len(with_mates) if with_mates else 1.0,
        "pairs_compared": rows, "pairs_derived": derived, "pairs_not_derived": rows - derived,
        "near_duplicate_rows": len(rep_of), "verdicts": dict(verdicts),
        "files": len(files), "pair_files": sum(1 for p in files if p.parent.name == "pairs"),
        "bytes_mb": sum(p.stat().st_size for p in files) / 1e6,
    }


def corpus_mode(args: argparse.Namespace, tool: Path) -> list[dict]:
    rows = []
    for n in args.docs:
        docs, truth = build_corpus(tool, args.workdir, n, args.seed)
        runs = []
        for r in range(args.runs):
            out = args.workdir / f"out-corpus-{n}"
            shutil.rmtree(out, ignore_errors=True)
            cmd = diffsrc_cmd("corpus", str(docs), "--out", str(out), "-q", "--jobs", str(args.jobs), *args.extra)
            m = run_measured(cmd, env=_env(), cwd=TREE)
            if m["rc"] not in (0, 1):
                raise SystemExit(f"diffsrc corpus failed ({m['rc']}): {m['stderr']}")
            m.update(score_corpus(out, truth))
            m.pop("stdout")
            m.pop("stderr")
            runs.append(m)
            print(f"  docs={n} run {r + 1}: wall {m['wall_s']:.1f} s, tree PSS {m['peak_tree_mb']:.0f} MB, "
                  f"precision {m['edge_precision']:.4f}, doc recall {m['doc_recall']:.4f}", file=sys.stderr)
            if not args.keep:
                shutil.rmtree(out, ignore_errors=True)
        row = dict(runs[-1])
        for key in ("wall_s", "cpu_s", "peak_tree_mb", "peak_main_mb", "max_single_rss_mb"):
            row[key] = statistics.median(x[key] for x in runs)
        row["walls"] = [round(x["wall_s"], 1) for x in runs]
        row["docs"], row["jobs"], row["load_avg"] = n, args.jobs, os.getloadavg()[0]
        rows.append(row)
        print(json.dumps(row, sort_keys=True))
    if len(rows):
        print("\n| docs | jobs | wall s (median) | CPU s | tree PSS MB | main RSS MB | pairs compared | derived "
              "| files | MB written | edge precision | wrong edges | doc recall "
              "| cand. recall docs / pairs / covered |")
        print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|")
        for r in rows:
            print(f"| {r['docs']} | {r['jobs']} | {r['wall_s']:.1f} | {r['cpu_s']:.0f} | {r['peak_tree_mb']:.0f} "
                  f"| {r['peak_main_mb']:.0f} | {r['pairs_compared']} | {r['pairs_derived']} | {r['files']} "
                  f"| {r['bytes_mb']:.0f} | {r['edge_precision']:.4f} | {r['wrong_edges']} | {r['doc_recall']:.4f} "
                  f"| {r['cand_recall_docs']:.3f} / {r['cand_recall_pairs']:.3f} / {r['cand_recall_covered']:.3f} |")
    return rows


# -- index mode ------------------------------------------------------------------------------------------------------

DATASKETCH_SCRIPT = r"""
import json, os, sys, time
from datasketch import MinHash, MinHashLSH
folder, queries, out = sys.argv[1], sys.argv[2], sys.argv[3]
K, PERM, THRESHOLD = 5, 128, 0.8
def minhash(path):
    words = open(path, encoding="utf-8", errors="replace").read().lower().split()
    m = MinHash(num_perm=PERM)
    m.update_batch([" ".join(words[i:i + K]).encode("utf-8") for i in range(max(1, len(words) - K + 1))])
    return m
t0 = time.perf_counter()
lsh = MinHashLSH(threshold=THRESHOLD, num_perm=PERM)
with lsh.insertion_session() as session:
    for name in sorted(os.listdir(folder)):
        session.insert(name, minhash(os.path.join(folder, name)))
add_s = time.perf_counter() - t0
t1 = time.perf_counter()
found = {name: sorted(lsh.query(minhash(os.path.join(queries, name)))) for name in sorted(os.listdir(queries))}
query_s = time.perf_counter() - t1
json.dump({"add_s": add_s, "query_s": query_s, "found": found}, open(out, "w"))
"""


def build_index_corpus(tool: Path, workdir: Path, n: int, queries: int, seed: int
                       ) -> tuple[Path, dict[str, int], Path, dict[str, int]]:
    """Index and query folders (symlinks into one corpus, so story numbers agree; the tool numbers stories after
    shuffling them by the seed): the index gets the first n documents of the stories not held out, the queries are
    the corpus's last documents (later variants of every story, held-out ones included)."""
    head = int(n * HELD_OUT_EVERY / (HELD_OUT_EVERY - 1)) + 200
    src, truth = build_corpus(tool, workdir, head + queries, seed)
    names = sorted(truth)
    kept = [f for f in names[:head] if truth[f] % HELD_OUT_EVERY][:n]
    if len(kept) < n:
        raise SystemExit("not enough documents outside the held-out stories")
    asked = names[head:]
    folders = []
    for label, files in (("index", kept), ("queries", asked)):
        folder = workdir / f"{label}-{n}-{queries}-s{seed}"
        if not (folder.is_dir() and sum(1 for _ in folder.iterdir()) == len(files)):
            shutil.rmtree(folder, ignore_errors=True)
            folder.mkdir(parents=True)
            for f in files:
                os.symlink((src / f).resolve(), folder / f)
        folders.append(folder)
    return folders[0], {f: truth[f] for f in kept}, folders[1], {f: truth[f] for f in asked}


def _exact_truth(index_docs: Path, index_truth: dict[str, int], query_docs: Path, query_truth: dict[str, int],
                 threshold: float) -> set[tuple[str, str]]:
    """(query, indexed) pairs of the same story whose exact diffsrc similarity reaches the threshold."""
    from diffsrc.document import Document
    from diffsrc.index.fingerprint import shingle_hashes, similarity
    from diffsrc.index.store import document_body

    def sets(folder: Path, names: list[str]) -> dict[str, object]:
        return {f: shingle_hashes(document_body(Document.from_path(str(folder / f), id=f))) for f in names}

    idx = sets(index_docs, sorted(index_truth))
    qry = sets(query_docs, sorted(query_truth))
    by_story: dict[int, list[str]] = defaultdict(list)
    for f, s in index_truth.items():
        by_story[s].append(f)
    return {(q, d) for q, s in query_truth.items() for d in by_story.get(s, [])
            if similarity(qry[q], idx[d]).similarity >= threshold}


def _pr(found: dict[str, list[str]], index_truth: dict[str, int], query_truth: dict[str, int],
        exact: set[tuple[str, str]]) -> dict:
    by_story: dict[int, set[str]] = defaultdict(set)
    for f, s in index_truth.items():
        by_story[s].add(f)
    tp = fp = fn = exact_tp = 0
    for q, s in query_truth.items():
        got = set(found.get(q, []))
        want = by_story.get(s, set())
        tp += len(got & want)
        fp += len(got - want)
        fn += len(want - got)
        exact_tp += sum(1 for d in got if (q, d) in exact)
    held_out = [q for q, s in query_truth.items() if s % HELD_OUT_EVERY == 0]
    return {"precision": tp / (tp + fp) if tp + fp else 1.0, "recall": tp / (tp + fn) if tp + fn else 1.0,
            "recall_exact": exact_tp / len(exact) if exact else 1.0, "false_matches": fp,
            "held_out_queries_matched": sum(1 for q in held_out if found.get(q))}


def index_mode(args: argparse.Namespace, tool: Path) -> dict:
    n = args.docs[0]
    index_docs, index_truth, query_docs, query_truth = build_index_corpus(tool, args.workdir, n, args.check,
                                                                         args.seed)
    print("exact-similarity truth ...", file=sys.stderr)
    exact = _exact_truth(index_docs, index_truth, query_docs, query_truth, 0.8)
    script = args.workdir / "datasketch_ref.py"
    script.write_text(DATASKETCH_SCRIPT)
    results: dict[str, list[dict]] = {"diffsrc": [], "datasketch": [], "check": []}
    found_diffsrc: dict[str, list[str]] = {}
    found_ds: dict[str, list[str]] = {}
    for r in range(args.runs):
        order = ("diffsrc", "datasketch") if r % 2 == 0 else ("datasketch", "diffsrc")
        for name in order:
            if name == "diffsrc":
                db = args.workdir / "bench-index.db"
                for p in (db, Path(str(db) + "-wal"), Path(str(db) + "-shm")):
                    p.unlink(missing_ok=True)
                m = run_measured(diffsrc_cmd("index", "add", str(db), str(index_docs), "--jobs", str(args.jobs)),
                                 env=_env())
                if m["rc"] != 0:
                    raise SystemExit(f"index add failed: {m['stderr']}")
                results["diffsrc"].append(m)
                # Timed without the memory poller (the target is time; its peak is not measured).
                c = run_measured(diffsrc_cmd("check", "--index", str(db), str(query_docs), "--format", "json"),
                                 env=_env(), stdout=subprocess.PIPE, monitor_memory=False)
                if c["rc"] not in (0, 1):
                    raise SystemExit(f"check failed: {c['stderr']}")
                found_diffsrc = {Path(x["path"]).name: [mm["id"] for mm in x["matches"]]
                                 for x in json.loads(c.pop("stdout"))["results"]}
                results["check"].append(c)
            else:
                out = args.workdir / "datasketch-found.json"
                m = run_measured([sys.executable, str(script), str(index_docs), str(query_docs), str(out)])
                if m["rc"] != 0:
                    raise SystemExit(f"datasketch reference failed: {m['stderr']}")
                ref = json.loads(out.read_text())
                m["add_inner_s"], m["query_inner_s"] = ref["add_s"], ref["query_s"]
                found_ds = ref["found"]
                results["datasketch"].append(m)
            print(f"  run {r + 1} {name}: {m['wall_s']:.1f} s", file=sys.stderr)
    med = {k: statistics.median(x["wall_s"] for x in v) for k, v in results.items()}
    row = {
        "docs": n, "queries": len(query_truth), "runs": args.runs, "load_avg": os.getloadavg()[0],
        "diffsrc_add_s": med["diffsrc"], "diffsrc_add_docs_per_s": n / med["diffsrc"],
        "datasketch_s": med["datasketch"],
        "datasketch_add_s": statistics.median(x["add_inner_s"] for x in results["datasketch"]),
        "datasketch_add_docs_per_s": n / statistics.median(x["add_inner_s"] for x in results["datasketch"]),
        "datasketch_query_s": statistics.median(x["query_inner_s"] for x in results["datasketch"]),
        "ratio_add": statistics.median(x["add_inner_s"] for x in results["datasketch"]) / med["diffsrc"],
        "check_s": med["check"], "diffsrc_add_walls": [round(x["wall_s"], 1) for x in results["diffsrc"]],
        "jobs": args.jobs, "check_walls": [round(x["wall_s"], 2) for x in results["check"]],
        "diffsrc_add_cpu_s": statistics.median(x["cpu_s"] for x in results["diffsrc"]),
        "datasketch_cpu_s": statistics.median(x["cpu_s"] for x in results["datasketch"]),
        "check_cpu_s": statistics.median(x["cpu_s"] for x in results["check"]),
        "datasketch_walls": [round(x["add_inner_s"], 1) for x in results["datasketch"]],
        "diffsrc_peak_mb": max(x["peak_tree_mb"] for x in results["diffsrc"]),
        "datasketch_peak_mb": max(x["peak_tree_mb"] for x in results["datasketch"]),
        "exact_pairs": len(exact),
        "diffsrc": _pr(found_diffsrc, index_truth, query_truth, exact),
        "datasketch": _pr(found_ds, index_truth, query_truth, exact),
    }
    print(json.dumps(row, indent=1, sort_keys=True))
    print(f"\nindex add {n} docs: diffsrc {row['diffsrc_add_s']:.1f} s ({row['diffsrc_add_docs_per_s']:.0f} docs/s, "
          f"whole CLI) vs datasketch {row['datasketch_add_s']:.1f} s ({row['datasketch_add_docs_per_s']:.0f} docs/s,"
          f" read+MinHash+insert): {row['ratio_add']:.2f}x; check {len(query_truth)} docs {row['check_s']:.2f} s")
    return row


# -- cleaning alone ----------------------------------------------------------------------------------------------------


def clean_mode(args: argparse.Namespace, tool: Path) -> dict:
    from diffsrc.load.decode import decode_bytes, normalise_newlines
    from diffsrc.text.clean import clean_text

    docs, _ = build_corpus(tool, args.workdir, args.docs[0], args.seed)
    raw = [(docs / f).read_bytes() for f in sorted(os.listdir(docs))]
    texts = [normalise_newlines(decode_bytes(b)[0]) for b in raw]
    clean_text(texts[0])  # compile the patterns outside the timing
    clean_s, decode_s = [], []
    for _ in range(args.runs):
        t0 = time.perf_counter()
        for t in texts:
            clean_text(t)
        clean_s.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        for b in raw:
            normalise_newlines(decode_bytes(b)[0])
        decode_s.append(time.perf_counter() - t0)
    row = {"docs": len(texts), "clean_s": statistics.median(clean_s), "clean_runs": [round(x, 3) for x in clean_s],
           "decode_s": statistics.median(decode_s),
           "clean_ms_per_doc": 1000 * statistics.median(clean_s) / len(texts),
           "clean_docs_per_s": len(texts) / statistics.median(clean_s)}
    print(json.dumps(row, sort_keys=True))
    return row


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("mode", choices=("corpus", "index", "clean"))
    parser.add_argument("--docs", type=int, nargs="+", default=[1000])
    parser.add_argument("--check", type=int, default=1000, help="index mode: documents to check (default 1000)")
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--workdir", type=Path, default=DEFAULT_WORKDIR, help="corpora and outputs (reused)")
    parser.add_argument("--tool", help="path of realnews_corpus.py (default ../shared/tools/ from the repository)")
    parser.add_argument("--keep", action="store_true", help="keep the corpus output folder of the last run")
    parser.add_argument("--json", help="also write the figures to this JSON file")
    parser.add_argument("--tree", type=Path, help="run the diffsrc of this checkout (default: this repository's)")
    parser.add_argument("extra", nargs="*", help="after --: more arguments for `diffsrc corpus`")
    args = parser.parse_args()
    args.workdir = args.workdir.resolve()
    if args.tree:
        # `python -m diffsrc` runs in the tree's folder: the folder a module is run from comes first on its path.
        global TREE
        TREE = args.tree.resolve()
    tool = find_tool(args.tool)
    if tool is None:
        print("skipped: ../shared/tools/realnews_corpus.py not found beside the repository (give --tool PATH)",
              file=sys.stderr)
        return
    args.workdir.mkdir(parents=True, exist_ok=True)
    result = {"corpus": corpus_mode, "index": index_mode, "clean": clean_mode}[args.mode](args, tool)
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=2, sort_keys=True, default=str))


if __name__ == "__main__":
    main()
