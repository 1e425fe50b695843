"""Corpus mode: many documents in, pair reports, a provenance graph and sentence-level provenance out.

The run (`run_corpus`) has four steps, each deterministic whatever the number of workers:

1. prepare every document (sentences, fingerprints, what provenance needs of it), in worker processes;
2. group near-identical copies and pick candidate pairs from the fingerprint index (`candidates.py`): no N² step;
3. compare each candidate pair in depth, both ways (`pipeline.compare`), in worker processes or on a Dask
   cluster; copies are matched to their group's representative sentence by sentence, not aligned;
4. decide directions and direct sources (`provenance.py`).

`write_corpus` loads the inputs, runs, and writes the output folder (`DIR/pairs/*`, `summary.csv`,
`provenance.csv`, `graph.*`), replacing only diffsrc's own files.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..document import Document
from ..errors import InputError
from ..load.read import Skipped, load_documents
from .provenance import DocInfo, PairResult, Provenance, SentenceLink, build_provenance, doc_info
from ..settings import DEFAULT_OPTIONS, CompareOptions

logger = logging.getLogger(__name__)

Progress = Callable[[str, int, int], None]
"""progress(stage, done, total): called as work completes (stages: "loading", "preparing", "comparing")."""

# The list of files a run wrote, so the next run into the same folder removes its stale ones and nothing else.
OUTPUTS_LIST = ".diffsrc-outputs"
# Work units sent to a worker: big enough that process and pickling overhead is small against the work.
PREPARE_CHUNK = 64
COMPARE_CHUNK = 48
# Threads writing pair files (a corpus of 10,000 articles writes ~18,000 of them): file I/O releases the GIL.
WRITER_THREADS = 4
MAX_PENDING_WRITES = 256


@dataclass(frozen=True)
class CorpusOptions:
    """Knobs of a corpus run. The candidate thresholds are documented in `candidates.py`."""

    jobs: int = 1
    # A Dask scheduler address ("tcp://host:8786"), or "local" for a LocalCluster of `jobs` worker processes.
    scheduler: str | None = None
    # Seconds to wait for a Dask scheduler to answer before giving up with an error.
    connect_timeout: float = 20.0
    min_shared: int = 2
    max_posting: int = 200
    near_duplicate_threshold: float = 0.85
    compare: CompareOptions = DEFAULT_OPTIONS
    # Pair report formats written for every pair that shares text (html pages link back to index.html).
    formats: tuple[str, ...] = ("json", "markdown", "html")


@dataclass
class CorpusResult:
    """Everything a corpus run found; `write_corpus` renders it."""

    docs: list[DocInfo]
    skipped: list[Skipped]
    groups: list[list[str]]
    pairs: dict[tuple[str, str], PairResult]
    provenance: Provenance
    candidate_pairs: int = 0
    files: dict[str, str] = field(default_factory=dict)  # pair files: relative path -> text

    @property
    def graph(self) -> dict[str, Any]:
        return self.provenance.graph


# ---------------------------------------------------------------------------------------------------- workers


@dataclass
class _Prepared:
    info: DocInfo
    shingles: Any  # np.ndarray of uint64
    keys: list[str]
    sentences: list[Any]


def _prepare_chunk(docs: list[Document]) -> list[_Prepared]:
    from .candidates import sentence_shingles
    from ..text.segment import verbatim_key

    out = []
    for doc in docs:
        info = doc_info(doc)
        out.append(_Prepared(info, sentence_shingles(info.sentences), [verbatim_key(s) for s in info.sentences],
                             doc.sentences))
    return out


def pair_slug(doc_id: str) -> str:
    """A file-name-safe form of a document id (ids holding `/` or odd characters get a short hash)."""
    slug = re.sub(r"[^\w.\-]+", "_", doc_id)
    if slug != doc_id or "__" in doc_id:
        slug = f"{slug}-{hashlib.sha1(doc_id.encode('utf-8', 'surrogatepass')).hexdigest()[:6]}"
    return slug


def pair_path(source: str, target: str, ext: str) -> str:
    return f"pairs/{pair_slug(source)}__{pair_slug(target)}.{ext}"


_EXTENSIONS = {"json": "json", "markdown": "md", "html": "html"}


def _compare_chunk(docs: dict[str, Document], pairs: list[tuple[str, str]], formats: tuple[str, ...],
                   options: CompareOptions) -> list[tuple[PairResult, dict[str, str]]]:
    from ..pair.compare import compare
    from ..report import render
    from ..report.html import render_pair_page

    out = []
    for source, target in pairs:
        report = compare(docs[source], docs[target], options=options)
        links = [SentenceLink(s.index, list(s.links), float(s.score or 0.0), s.label)
                 for s in report.target_sentences if s.label != "added"]
        result = PairResult(source, target, dict(report.summary), links)
        rendered: dict[str, str] = {}
        if links:
            result.report = pair_path(source, target, "json")
            for fmt in formats:
                if fmt == "html":
                    page = render_pair_page(report, pair_links=[("← Corpus report", "../index.html")])
                    rendered[pair_path(source, target, "html")] = page
                else:
                    rendered[pair_path(source, target, _EXTENSIONS[fmt])] = render(report, fmt)
        out.append((result, rendered))
    return out


# ---------------------------------------------------------------------------------------------------- executors


class _Executor:
    """Runs chunks of work and yields their results as they complete (order does not matter: results are keyed)."""

    def __init__(self, options: CorpusOptions):
        self.options = options
        self._pool: Any = None
        self._client: Any = None
        self._cluster: Any = None

    def __enter__(self) -> _Executor:
        if self.options.scheduler:
            try:
                from dask.distributed import Client, LocalCluster
            except ImportError:
                raise InputError("Dask is not installed (pip install 'diffsrc[dask]')", "--scheduler") from None
            if self.options.scheduler == "local":
                workers = self.options.jobs if self.options.jobs > 1 else (os.cpu_count() or 1)
                self._cluster = LocalCluster(n_workers=workers, threads_per_worker=1,
                                             processes=True, dashboard_address=None)
                self._client = Client(self._cluster)
            else:
                try:
                    self._client = Client(self.options.scheduler, timeout=f"{self.options.connect_timeout}s")
                except OSError as exc:
                    raise InputError(f"cannot reach the Dask scheduler ({exc})", self.options.scheduler) from None
        elif self.options.jobs > 1:
            from ..workers import process_pool

            # Workers start at the first task (preparing documents), before any writer thread of `write_corpus`
            # exists: forking then is safe.
            self._pool = process_pool(self.options.jobs)
        return self

    def __exit__(self, *exc: object) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
        if self._client is not None:
            self._client.close()
        if self._cluster is not None:
            self._cluster.close()

    def map(self, func: Callable[..., Any], arg_lists: Sequence[tuple[Any, ...]]) -> Iterator[Any]:
        if self._client is not None:
            from dask.distributed import as_completed

            futures = [self._client.submit(func, *args, pure=False) for args in arg_lists]
            for future in as_completed(futures):
                yield future.result()
                future.release()
        elif self._pool is not None:
            from concurrent.futures import as_completed as done

            futures = [self._pool.submit(func, *args) for args in arg_lists]
            for future in done(futures):
                yield future.result()
        else:
            for args in arg_lists:
                yield func(*args)


# ---------------------------------------------------------------------------------------------------- the run


def _rep_key(p: _Prepared) -> tuple[Any, ...]:
    from .provenance import _date_key

    info = p.info
    # The group's representative is its most upstream copy: the agency's own (the others credit it), the earliest
    # dated, a credited wire copy, the fullest, then by id.
    return (info.own_agency is None, _date_key(info.date) or "~", not info.is_wire_copy, -len(info.sentences),
            info.id)


def _near_duplicate_result(rep: _Prepared, copy: _Prepared, options: CompareOptions) -> PairResult:
    """A copy against its representative by exact sentence match (verbatim keys), without alignment."""
    from ..pair.classify import verdict

    first: dict[str, int] = {}
    for i, key in enumerate(rep.keys):
        first.setdefault(key, i)
    links = [SentenceLink(t, [first[k]], 1.0, "verbatim") for t, k in enumerate(copy.keys) if k in first]
    used = {link.sources[0] for link in links}
    copy_len = [len(s) for s in copy.info.sentences]
    rep_len = [len(s) for s in rep.info.sentences]
    derived = round(sum(copy_len[link.target] for link in links) / (sum(copy_len) or 1), 4)
    retained_keys = {copy.keys[link.target] for link in links}
    retained = round(sum(n for i, n in enumerate(rep_len) if rep.keys[i] in retained_keys) / (sum(rep_len) or 1), 4)
    summary = {
        "verbatim": len(links), "paraphrased": 0, "added": len(copy.keys) - len(links),
        "omitted": sum(1 for i, k in enumerate(rep.keys) if k not in retained_keys and i not in used),
        "target_derived_share": derived, "source_retained_share": retained,
        "verdict": verdict(derived, len(links), max((len(copy.keys[link.target].split()) for link in links), default=0),
                           options=options),
    }
    return PairResult(rep.info.id, copy.info.id, summary, links, near_duplicate=True)


class _StageClock:
    """Logs each stage's wall time at INFO level (`diffsrc -v corpus ...`)."""

    def __init__(self) -> None:
        import time

        self._time = time.perf_counter
        self._last = self._time()

    def lap(self, stage: str) -> None:
        now = self._time()
        logger.info("%s in %.2f s", stage, now - self._last)
        self._last = now


def _chunks(items: Sequence[Any], size: int) -> list[Sequence[Any]]:
    return [items[i:i + size] for i in range(0, len(items), size)]


def run_corpus(
    docs: Sequence[Document],
    *,
    options: CorpusOptions | None = None,
    skipped: Sequence[Skipped] = (),
    sink: Callable[[str, str], None] | None = None,
    progress: Progress | None = None,
) -> CorpusResult:
    """Compare a corpus: candidate pairs only, near-duplicates grouped, directions and direct sources decided.

    Args:
        docs: the documents (distinct ids).
        options: a `CorpusOptions` (workers, Dask scheduler, thresholds, pair report formats).
        skipped: inputs that could not be read, carried into the result for the summary.
        sink: called as `sink(relative_path, text)` for each pair report file as it is produced; without one the
            files are kept in `CorpusResult.files`.
        progress: called as `progress(stage, done, total)`.

    Returns:
        A `CorpusResult`.

    Raises:
        InputError: two documents share an id, or the Dask scheduler cannot be used.
    """
    from .candidates import candidate_pairs, group_near_duplicates

    options = options or CorpusOptions()
    seen: set[str] = set()
    for doc in docs:
        if doc.id in seen:
            raise InputError("two documents have this id; give them distinct ids", doc.id)
        seen.add(doc.id)
    result_files: dict[str, str] = {}
    emit = sink or result_files.__setitem__
    tick = progress or (lambda stage, done, total: None)

    clock = _StageClock()
    with _Executor(options) as executor:
        clock.lap("workers started")
        prepared: dict[str, _Prepared] = {}
        order = sorted(docs, key=lambda d: d.id)
        chunks = _chunks(order, PREPARE_CHUNK)
        tick("preparing", 0, len(order))
        for batch in executor.map(_prepare_chunk, [(list(c),) for c in chunks]):
            for p in batch:
                prepared[p.info.id] = p
            tick("preparing", len(prepared), len(order))
        by_id = {d.id: d for d in docs}
        for doc_id, p in prepared.items():
            # Keep the sentences computed in the worker, so the comparison workers get them with the document.
            by_id[doc_id].__dict__["sentences"] = p.sentences
            p.sentences = []

        clock.lap("prepared")
        ids = sorted(prepared)
        raw_groups = group_near_duplicates([prepared[i].shingles for i in ids],
                                           threshold=options.near_duplicate_threshold)
        groups = [sorted((ids[i] for i in g), key=lambda d: _rep_key(prepared[d])) for g in raw_groups]
        groups.sort(key=lambda g: g[0])
        reps = [g[0] for g in groups]
        found = candidate_pairs([prepared[r].shingles for r in reps], min_shared=options.min_shared,
                                max_posting=options.max_posting)
        clock.lap("near-duplicates and candidates")
        ordered: list[tuple[str, str]] = []
        for i, j, _ in found:
            ordered += [(reps[i], reps[j]), (reps[j], reps[i])]
        logger.info("%d documents, %d near-duplicate groups, %d candidate pairs", len(ids),
                    sum(1 for g in groups if len(g) > 1), len(found))

        pairs: dict[tuple[str, str], PairResult] = {}
        tasks = []
        for chunk in _chunks(ordered, COMPARE_CHUNK):
            needed = {d for pair in chunk for d in pair}
            tasks.append(({d: by_id[d] for d in sorted(needed)}, list(chunk), options.formats, options.compare))
        tick("comparing", 0, len(ordered))
        for batch in executor.map(_compare_chunk, tasks):
            for pair_result, rendered in batch:
                pairs[(pair_result.source, pair_result.target)] = pair_result
                for path, text in rendered.items():
                    emit(path, text)
            tick("comparing", len(pairs), len(ordered))
        clock.lap("compared")

    for group in groups:
        for copy in group[1:]:
            pairs[(group[0], copy)] = _near_duplicate_result(prepared[group[0]], prepared[copy], options.compare)
    infos = [prepared[i].info for i in ids]
    provenance = build_provenance(infos, groups, dict(sorted(pairs.items())))
    clock.lap("provenance")
    return CorpusResult(infos, list(skipped), groups, dict(sorted(pairs.items())), provenance,
                        candidate_pairs=len(found), files=result_files)


# ---------------------------------------------------------------------------------------------------- tables

SUMMARY_COLUMNS = [
    "source", "target", "verdict", "verbatim", "paraphrased", "added", "omitted", "target_derived_share",
    "source_retained_share", "edge", "direction", "upstream", "near_duplicate", "report", "status", "reason",
]
PROVENANCE_COLUMNS = [
    "document", "sentence", "kind", "label", "source", "source_sentence", "score", "direction", "near_duplicate",
    "origin", "origin_sentence", "text",
]


def summary_rows(result: CorpusResult) -> list[dict[str, Any]]:
    """One row per compared ordered pair (strongest reuse first), then one per skipped input.

    `edge` says whether the ordered pair is an edge of the graph; `direction` is how the pair's direction was
    decided (dated, inferred, undetermined; empty when the pair shares no text) and `upstream` the document the
    evidence puts first.
    """
    edges = {(e["source"], e["target"]): e for e in result.graph["edges"]}
    directions = result.provenance.directions
    rows = []
    for (source, target), pair in result.pairs.items():
        s = pair.summary
        edge = edges.get((source, target))
        rel = directions.get((min(source, target), max(source, target)))
        rows.append({
            "source": source, "target": target, "verdict": s["verdict"], "verbatim": s["verbatim"],
            "paraphrased": s["paraphrased"], "added": s["added"], "omitted": s["omitted"],
            "target_derived_share": s["target_derived_share"], "source_retained_share": s["source_retained_share"],
            "edge": edge is not None,
            "direction": edge["direction"] if edge else (rel.direction if rel else None),
            "upstream": None if rel is None or rel.direction == "undetermined" else rel.source,
            "near_duplicate": pair.near_duplicate, "report": pair.report, "status": "compared", "reason": None,
        })
    rows.sort(key=lambda r: (-r["target_derived_share"], -r["verbatim"], -r["paraphrased"], r["source"], r["target"]))
    for item in sorted(result.skipped, key=lambda s: s.path):
        rows.append({**{c: None for c in SUMMARY_COLUMNS}, "source": item.path, "status": "skipped",
                     "reason": item.reason})
    return rows


def _csv(rows: list[dict[str, Any]], columns: list[str]) -> str:
    import pandas as pd

    frame = pd.DataFrame(rows, columns=columns)
    return str(frame.to_csv(index=False, lineterminator="\n"))


# ---------------------------------------------------------------------------------------------------- writing


def _own_file_name(name: str) -> bool:
    return bool(re.fullmatch(r"pairs/[^/]+__[^/]+\.(?:json|md|html)", name))


def write_corpus(
    paths: Iterable[str],
    out_dir: str | os.PathLike[str],
    *,
    options: CorpusOptions | None = None,
    manifest: str | None = None,
    progress: Progress | None = None,
) -> CorpusResult:
    """Load the inputs, run the corpus comparison and write the output folder.

    Writes `pairs/<source>__<target>.json`, `.md` and `.html` for every ordered pair that shares text,
    `summary.csv`, `provenance.csv`, `graph.json`, `graph.graphml`, `graph.dot`, `graph.svg` and `index.html`.
    Files are written atomically; other files in the folder are left alone, and pair files an earlier run wrote
    that this run does not are removed.

    Args:
        paths: files, folders and glob patterns.
        out_dir: the output folder (created if missing).
        options: a `CorpusOptions`.
        manifest: a CSV with `id` or `path` and any of `date`, `outlet`, `url`, `title` columns.
        progress: called as `progress(stage, done, total)`.

    Returns:
        The `CorpusResult`; `result.skipped` lists the inputs that could not be read.

    Raises:
        InputError: no input could be read, or the manifest is unusable.
        OutputError: the output folder cannot be written.
    """
    from ..errors import OutputError
    from ..fileio import write_atomic
    from ..report import graph as graph_report

    options = options or CorpusOptions()
    paths = list(paths)
    docs, skipped = load_documents(
        paths, progress=(lambda done, total: progress("loading", done, total)) if progress else None,
        workers=options.jobs if not options.scheduler else 1)
    if manifest:
        apply_manifest(docs, manifest)
    if not docs:
        raise InputError("no readable documents among the inputs", ", ".join(str(p) for p in paths) or None)
    out = Path(out_dir)
    try:
        (out / "pairs").mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"cannot create the output folder: {exc.strerror or exc}", os.fspath(out)) from None
    written: list[str] = []
    from collections import deque
    from concurrent.futures import ThreadPoolExecutor

    # Pair files are written by a few threads, overlapping the disk with the comparisons.
    with ThreadPoolExecutor(WRITER_THREADS) as writers:
        pending: deque[Any] = deque()

        def sink(rel: str, text: str) -> None:
            # At most a few hundred rendered files wait in memory: if the disk is slower than the comparisons,
            # they wait for it.
            while len(pending) >= MAX_PENDING_WRITES:
                pending.popleft().result()
            pending.append(writers.submit(write_atomic, out / rel, text))
            written.append(rel)

        result = run_corpus(docs, options=options, skipped=skipped, sink=sink, progress=progress)
        for future in pending:
            future.result()  # re-raises the first OutputError
    graph = result.graph
    rows = summary_rows(result)
    files = {
        "summary.csv": _csv(rows, SUMMARY_COLUMNS),
        "provenance.csv": _csv(result.provenance.rows, PROVENANCE_COLUMNS),
        "graph.json": graph_report.render_json(graph),
        "graph.graphml": graph_report.render_graphml(graph),
        "graph.dot": graph_report.render_dot(graph),
    }
    link_ext = "html" if "html" in options.formats else "md"
    svg = graph_report.render_svg(graph, link_ext=link_ext)
    files["graph.svg"] = svg
    if "html" in options.formats:
        from ..report.html import render_corpus_page

        files["index.html"] = render_corpus_page(graph, rows, [{"path": s.path, "reason": s.reason} for s in skipped],
                                                 svg)
    for rel, text in files.items():
        write_atomic(out / rel, text)
        written.append(rel)
    _remove_stale(out, set(written))
    return result


def _remove_stale(out: Path, written: set[str]) -> None:
    from ..fileio import write_atomic

    listing = out / OUTPUTS_LIST
    previous: set[str] = set()
    if listing.is_file():
        previous = {line.strip() for line in listing.read_text(encoding="utf-8").splitlines() if line.strip()}
    for rel in sorted(previous - written):
        if _own_file_name(rel) or rel in {"index.html"}:
            (out / rel).unlink(missing_ok=True)
    write_atomic(listing, "".join(f"{rel}\n" for rel in sorted(written)))


def apply_manifest(docs: list[Document], manifest: str) -> None:
    """Set date, outlet, url and title from a manifest CSV, matching rows to documents by `id` or `path`.

    Raises:
        InputError: the manifest cannot be read or has neither an `id` nor a `path` column.
    """
    import csv

    try:
        with open(manifest, encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.DictReader(handle))
    except FileNotFoundError:
        raise InputError("no such file", manifest) from None
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise InputError(f"cannot read the manifest: {exc}", manifest) from None
    columns = set(rows[0]) if rows else set()
    if not rows or not ({"id", "path"} & columns):
        raise InputError("manifest needs an 'id' or 'path' column and at least one row", manifest)
    by_id = {d.id: d for d in docs}
    by_path = {os.path.normpath(d.path): d for d in docs if d.path}
    base = os.path.dirname(manifest)
    for row in rows:
        doc = by_id.get((row.get("id") or "").strip())
        if doc is None and (p := (row.get("path") or "").strip()):
            doc = by_path.get(os.path.normpath(p)) or by_path.get(os.path.normpath(os.path.join(base, p)))
        if doc is None:
            continue
        for name in ("date", "outlet", "url", "title"):
            if value := (row.get(name) or "").strip():
                setattr(doc, name, value)


__all__ = ["CorpusOptions", "CorpusResult", "PROVENANCE_COLUMNS", "SUMMARY_COLUMNS", "apply_manifest",
           "pair_path", "run_corpus", "summary_rows", "write_corpus"]
