"""A corpus run's output folder: pair reports, the tables, the graph in every format, and index.html.

`write_corpus` loads the inputs, runs the corpus (`run.run_corpus`) and writes `DIR/pairs/*`, `summary.csv`,
`provenance.csv`, `documents.csv`, `skipped.csv`, `graph.json`, `graph.graphml`, `graph.dot`, `graph.svg` and
`index.html`, atomically, replacing only diffsrc's own files (listed in `OUTPUTS_LIST`). The CSV files are the
result's DataFrames (`corpus.tables`), so a notebook's `result.summary` and `summary.csv` cannot disagree.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from .. import rx
from ..document import Document
from ..errors import InputError, OutputError
from ..fileio import RUNNING_MARK, write_atomic, writing_folder
from ..load.manifest import Manifest, read_manifest
from ..load.paths import Skipped, document_ids, expand_paths, input_paths, natural_key
from ..settings import FORMAT_EXTENSIONS, CorpusOptions
from .run import CorpusResult, FileSource, Progress, peak_memory, run_corpus
from .tables import (
    PROVENANCE_COLUMNS,
    SUMMARY_COLUMNS,
    csv_chunks,
    csv_text,
    skipped_rows,
    summary_rows,
)

logger = logging.getLogger(__name__)

# The list of files a run wrote, so the next run into the same folder removes its stale ones and nothing else.
OUTPUTS_LIST = ".diffsrc-outputs"
# Threads writing pair files (a corpus of 10,000 articles writes ~18,000 of them): file I/O releases the GIL.
WRITER_THREADS = 4
MAX_PENDING_WRITES = 256

class NoReadableDocuments(InputError):
    """No input held a document that could be used; `skipped` names each input (or record) and its reason.

    One skipped input is the error itself (`nosuchdir: no such file; ...`); with several, the message counts them
    and the command line lists each one before it.
    """

    def __init__(self, paths: list[str], skipped: list[Skipped]):
        self.skipped = sorted(skipped, key=lambda s: natural_key(s.path))
        what = "no readable documents among the inputs"
        if len(self.skipped) == 1:
            super().__init__(f"{self.skipped[0].reason}; {what}", self.skipped[0].path)
        elif not self.skipped:  # e.g. an empty JSON Lines file: nothing in it to skip
            super().__init__(f"{what} (they hold no documents)", ", ".join(paths) or None)
        else:
            super().__init__(f"{what} ({len(self.skipped)} skipped, each listed above)", ", ".join(paths) or None)


_OWN_PAIR_FILE = rx.compile(r"pairs/[^/]+__[^/]+\.(?:" + "|".join(sorted(set(FORMAT_EXTENSIONS.values()))) + ")")


def _own_file_name(name: str) -> bool:
    return bool(_OWN_PAIR_FILE.fullmatch(name))


def write_corpus(
    paths: Iterable[str] | str | os.PathLike[str] | Iterable[Document],
    out_dir: str | os.PathLike[str],
    *,
    options: CorpusOptions | None = None,
    manifest: str | None = None,
    progress: Progress | None = None,
) -> CorpusResult:
    """Load the inputs, run the corpus comparison and write the output folder (`paths` may be one path, too).

    Writes `pairs/<source>__<target>.json`, `.md` and `.html` for every ordered pair whose target derives from its
    source (every compared pair with `options.all_pairs`),
    `summary.csv`, `provenance.csv`, `documents.csv`, `facts.csv`, `quotes.csv`, `skipped.csv` (the tables of
    `corpus.tables`),
    `graph.json`, `graph.graphml`, `graph.dot`, `graph.svg` and `index.html`.
    Files are written atomically; other files in the folder are left alone, and pair files an earlier run wrote
    that this run does not are removed.

    Args:
        paths: files, folders and glob patterns; or documents already in memory (`Document.from_text` of a
            DataFrame's rows, say), compared as they are.
        out_dir: the output folder (created if missing).
        options: a `CorpusOptions`.
        manifest: a CSV with `id` or `path` and any of `date`, `outlet`, `url`, `title`, `author` columns.
        progress: called as `progress(stage, done, total)`.

    Returns:
        The `CorpusResult` (its tables as DataFrames: `result.summary`, `result.provenance`, ...);
        `result.skipped` lists the inputs that could not be read.

    Raises:
        NoReadableDocuments: no input could be read (an `InputError` whose `skipped` says why, for each input).
        InputError: the manifest is unusable.
        OutputError: the output folder cannot be written, or another run is writing it (`fileio.writing_folder`:
            while a run writes, and after one was killed, the folder holds `.diffsrc-running`).
    """
    options = options or CorpusOptions()
    items = [paths] if isinstance(paths, (str, os.PathLike)) else list(paths)
    sources: list[Document | FileSource]
    if items and all(isinstance(item, Document) for item in items):
        # Documents in memory (a library user's texts, no files behind them): compared as run_corpus compares them.
        sources, skipped, paths = list(items), [], [d.id for d in items]
    else:
        paths = input_paths(items)  # one path is one input, not a string of one-letter paths
        # The files are read, cleaned and summarised by the workers (one without article text is skipped then); this
        # process never holds the documents.
        files, skipped = expand_paths(paths, read_otherwise=[manifest] if manifest else [])
        if manifest:  # named by a pattern too ('archive/*'): it is the run's manifest, not a dump of articles
            files = [f for f in files if os.path.abspath(f) != os.path.abspath(manifest)]
        ids = document_ids(files)
        sources = [FileSource(f, ids[f]) for f in files]
    read = read_manifest(manifest) if manifest else None
    if not sources:
        raise NoReadableDocuments([str(p) for p in paths], skipped)
    out = Path(out_dir)
    created = [p for p in (out, out / "pairs") if not p.exists()]
    try:
        (out / "pairs").mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"cannot create the output folder: {exc.strerror or exc}", os.fspath(out)) from None
    with writing_folder(out, "diffsrc corpus run", subfolders=("pairs",)) as interrupted:
        if interrupted:
            logger.warning("%s: the last run into this folder did not finish (%s); its files are replaced now",
                           out, interrupted)
        return _write_corpus(out, created, paths, sources, skipped, read, options, progress, bool(interrupted))


def _write_corpus(out: Path, created: list[Path], paths: list[str], sources: list[Document | FileSource],
                  skipped: list[Skipped], read: Manifest | None, options: CorpusOptions, progress: Progress | None,
                  interrupted: bool) -> CorpusResult:
    from ..report import graph as graph_report

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

        result = run_corpus(sources, options=options, skipped=skipped, sink=sink, progress=progress, manifest=read)
        for future in pending:
            future.result()  # re-raises the first OutputError
    withdrawn = set(result.withdrawn)
    for rel in withdrawn:
        (out / rel).unlink(missing_ok=True)
    written = [rel for rel in written if rel not in withdrawn]
    if not result.docs:  # every document was skipped when prepared (no article text): leave nothing behind
        (out / RUNNING_MARK).unlink(missing_ok=True)
        for folder in reversed(created):
            folder.rmdir()
        raise NoReadableDocuments([str(p) for p in paths], result.skipped)
    graph = result.graph
    # Edges link to the pair pages written, the HTML ones where there are: with only JSON written, graph.svg linked
    # every edge to a Markdown file that was not there (a library user's trial).
    link_ext = next((FORMAT_EXTENSIONS[f] for f in ("html", "markdown", "json") if f in options.formats), "html")
    # The tables are the result's own DataFrames (`result.summary`, ...), written as they are; provenance.csv (a
    # row per sentence: millions at 100,000 documents) is the same table written chunk by chunk as it is made.
    # Each file is rendered and written in turn, so only one is in memory at a time.
    outputs: list[tuple[str, Callable[[], str | Iterable[str]]]] = [
        ("summary.csv", lambda: csv_text(result.summary)),
        ("provenance.csv", lambda: csv_chunks(result)),
        ("documents.csv", lambda: csv_text(result.documents)),
        ("facts.csv", lambda: csv_text(result.facts)),
        ("quotes.csv", lambda: csv_text(result.quotes)),
        ("skipped.csv", lambda: csv_text(result.skipped_table)),
        ("graph.json", lambda: graph_report.render_json(graph)),
        ("graph.graphml", lambda: graph_report.render_graphml(graph)),
        ("graph.dot", lambda: graph_report.render_dot(graph)),
        ("graph.svg", lambda: graph_report.render_svg(graph, link_ext=link_ext)),
    ]
    # The corpus page whatever the pair reports' formats (`formats` names those: without "html" the page was not
    # written either, and nothing said so), its pairs linked to their reports in the best format written.
    from ..report.html import render_corpus_page

    rows = summary_rows(result)
    _say_corpus_readings(out, result, rows, set(written))
    outputs.append(("index.html", lambda: render_corpus_page(graph, rows, skipped_rows(result), link_ext=link_ext,
                                                             languages=document_languages(result))))
    for rel, render in outputs:
        started = time.perf_counter()
        write_atomic(out / rel, render())
        written.append(rel)
        logger.info("%s written in %.2f s%s", rel, time.perf_counter() - started, peak_memory())
    _remove_stale(out, set(written), interrupted)
    return result


def document_languages(result: CorpusResult) -> dict[str, str | None]:
    """The language each document is written in, read from its opening sentences as a pair page reads them
    (`text.language`; None: not known): for the `lang` of its title on the corpus page."""
    from ..text.language import opening, text_language

    return {doc.id: text_language(opening(doc.sentences)) for doc in result.docs}


def _say_corpus_readings(out: Path, result: CorpusResult, rows: list[dict[str, Any]], written: set[str]) -> None:
    """Each pair page written says what the corpus made of its pair, in the place the page kept for it; a Markdown
    report, where the corpus does not count the reuse its findings call unattributed, says so and why."""
    from ..report import markdown
    from ..report.html.pair import corpus_readings, with_corpus_reading
    from .run import pair_path

    for (source, target), note, not_counted in corpus_readings(rows, result.graph["edges"]):
        if (rel := pair_path(source, target, "html")) in written:
            write_atomic(out / rel, with_corpus_reading((out / rel).read_text(encoding="utf-8"), note, not_counted))
        if not_counted and (rel := pair_path(source, target, "md")) in written:
            text = (out / rel).read_text(encoding="utf-8")
            if (said := markdown.with_corpus_reading(text, not_counted)) != text:
                write_atomic(out / rel, said)


def _remove_stale(out: Path, written: set[str], interrupted: bool = False) -> None:
    """Remove the files of ours an earlier run wrote and this one did not (the listing of the last finished run,
    and after a killed run, which wrote no listing, every pair file of ours in the folder), and list this run's."""
    listing = out / OUTPUTS_LIST
    previous: set[str] = set()
    if listing.is_file():
        previous = {line.strip() for line in listing.read_text(encoding="utf-8").splitlines() if line.strip()}
    if interrupted:
        previous |= {f"pairs/{name}" for name in os.listdir(out / "pairs")}
    for rel in sorted(previous - written):
        if _own_file_name(rel) or rel in {"index.html"}:
            (out / rel).unlink(missing_ok=True)
    write_atomic(listing, "".join(f"{rel}\n" for rel in sorted(written)))


__all__ = ["NoReadableDocuments", "OUTPUTS_LIST", "PROVENANCE_COLUMNS", "SUMMARY_COLUMNS", "summary_rows",
           "write_corpus"]
