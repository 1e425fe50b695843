"""A corpus run's output folder: pair reports, the two tables, the graph in every format, and index.html.

`write_corpus` loads the inputs, runs the corpus (`run.run_corpus`) and writes `DIR/pairs/*`, `summary.csv`,
`provenance.csv`, `graph.json`, `graph.graphml`, `graph.dot`, `graph.svg` and `index.html`, atomically, replacing
only diffsrc's own files (listed in `OUTPUTS_LIST`).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ..document import load_documents
from ..errors import InputError, OutputError
from ..fileio import write_atomic
from ..load.manifest import apply_manifest
from ..settings import FORMAT_EXTENSIONS, CorpusOptions
from .run import CorpusResult, Progress, run_corpus

# The list of files a run wrote, so the next run into the same folder removes its stale ones and nothing else.
OUTPUTS_LIST = ".diffsrc-outputs"
# Threads writing pair files (a corpus of 10,000 articles writes ~18,000 of them): file I/O releases the GIL.
WRITER_THREADS = 4
MAX_PENDING_WRITES = 256

SUMMARY_COLUMNS = [
    "source", "target", "verdict", "verbatim", "paraphrased", "added", "omitted", "target_derived_share",
    "source_retained_share", "edge", "direction", "upstream", "near_duplicate", "report", "status", "reason",
]
PROVENANCE_COLUMNS = [
    "document", "sentence", "kind", "label", "source", "source_sentence", "score", "direction", "near_duplicate",
    "origin", "origin_sentence", "tied_sources", "text",
]


def summary_rows(result: CorpusResult) -> list[dict[str, Any]]:
    """One row per compared ordered pair (strongest reuse first), then one per skipped input.

    `edge` says whether the ordered pair is an edge of the graph; `direction` is how the pair's direction was
    decided (dated, inferred, undetermined; empty when the pair shares no text): the direction of the graph's edge
    between the two when there is one (either way round), else the pair's own evidence; `upstream` is the
    document that direction puts first, empty when it is undetermined.
    """
    edges = {(e["source"], e["target"]): e for e in result.graph["edges"]}
    directions = result.provenance.directions
    rows = []
    for (source, target), pair in result.pairs.items():
        s = pair.summary
        edge = edges.get((source, target))
        either = edge or edges.get((target, source))
        rel = directions.get((min(source, target), max(source, target)))
        if either is not None:
            direction = either["direction"]
            upstream = either["source"] if direction != "undetermined" else None
        else:
            direction = rel.direction if rel else None
            upstream = rel.source if rel is not None and rel.direction != "undetermined" else None
        rows.append({
            "source": source, "target": target, "verdict": s.verdict, "verbatim": s.verbatim,
            "paraphrased": s.paraphrased, "added": s.added, "omitted": s.omitted,
            "target_derived_share": s.target_derived_share, "source_retained_share": s.source_retained_share,
            "edge": edge is not None, "direction": direction, "upstream": upstream,
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


_OWN_PAIR_FILE = re.compile(r"pairs/[^/]+__[^/]+\.(?:" + "|".join(sorted(set(FORMAT_EXTENSIONS.values()))) + ")")


def _own_file_name(name: str) -> bool:
    return bool(_OWN_PAIR_FILE.fullmatch(name))


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
    from ..report import graph as graph_report

    options = options or CorpusOptions()
    paths = list(paths)
    # Documents are cleaned once, when the workers prepare them: one without article text is skipped then.
    docs, skipped = load_documents(
        paths, progress=(lambda done, total: progress("loading", done, total)) if progress else None, check=False)
    if manifest:
        apply_manifest(docs, manifest)
    no_documents = InputError("no readable documents among the inputs", ", ".join(str(p) for p in paths) or None)
    if not docs:
        raise no_documents
    out = Path(out_dir)
    created = [p for p in (out, out / "pairs") if not p.exists()]
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
    if not result.docs:  # every document was skipped when prepared (no article text): leave nothing behind
        for folder in reversed(created):
            folder.rmdir()
        raise no_documents
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

        skipped_rows = [{"path": s.path, "reason": s.reason} for s in result.skipped]
        files["index.html"] = render_corpus_page(graph, rows, skipped_rows)
    for rel, text in files.items():
        write_atomic(out / rel, text)
        written.append(rel)
    _remove_stale(out, set(written))
    return result


def _remove_stale(out: Path, written: set[str]) -> None:
    listing = out / OUTPUTS_LIST
    previous: set[str] = set()
    if listing.is_file():
        previous = {line.strip() for line in listing.read_text(encoding="utf-8").splitlines() if line.strip()}
    for rel in sorted(previous - written):
        if _own_file_name(rel) or rel in {"index.html"}:
            (out / rel).unlink(missing_ok=True)
    write_atomic(listing, "".join(f"{rel}\n" for rel in sorted(written)))


__all__ = ["OUTPUTS_LIST", "PROVENANCE_COLUMNS", "SUMMARY_COLUMNS", "summary_rows", "write_corpus"]
