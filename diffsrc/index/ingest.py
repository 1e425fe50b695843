"""Ingest: files in, fingerprints into the index. What `diffsrc index add` and `diffsrc check` call.

Files are read, cleaned and fingerprinted in batches, here or on a Dask cluster (`workers.Workers`: the workers
read the files and send back only fingerprints, so the index is the same as one built locally; they need diffsrc
installed and must see the files at the same paths), and each batch is written in one transaction, so memory stays
flat on a large archive and the work done so far is committed.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from typing import Any, TypeVar

from ..document import Document
from ..errors import InputError, SkippedRecord, shown_path
from ..load.paths import NO_ARTICLE_FILES, NO_MATCHING_FILES, document_ids, expand_paths
from ..load.read import iter_path
from ..settings import INDEX_BULK_BATCH, INDEX_QUERY_BATCH, FingerprintParams
from ..workers import Workers
from .store import (
    AddResult,
    CheckResult,
    CheckResults,
    FingerprintedDocument,
    Index,
    fingerprint_documents,
    fingerprint_or_errors,
)

logger = logging.getLogger(__name__)
T = TypeVar("T")

# Files per worker task (Dask or local processes): big enough that scheduling overhead (~1 ms a task) is small next
# to the work (~0.5 ms a file), small enough that the workers start writing-size batches soon and share the files
# evenly.
WORKER_CHUNK = 200
# `check`: from this many files on, two worker processes read and fingerprint them, this many files a task (small,
# so that the first lookups start soon); below it the pool's start costs more than it saves.
CHECK_PARALLEL_MIN_FILES = 200
CHECK_WORKER_CHUNK = 100
# `index add`: documents per transaction once fewer than a batch of files remain to be read.
TAIL_BATCH = 600


def _files_with_ids(paths: Iterable[str], doc_id: str | None
                    ) -> tuple[list[tuple[str, str | None]], list[tuple[str, str]]]:
    """(file, id) for every input file, and (input, reason) for each input that names no file."""
    files, skipped = expand_paths(paths)
    if not files and not skipped:
        raise InputError("no input files")
    if doc_id is not None and len(files) + len(skipped) != 1:
        raise InputError(f"--id names one document, but {len(files) + len(skipped)} inputs were given")
    return _named(files, doc_id), [(s.path, s.reason) for s in skipped]


def _named(files: list[str], doc_id: str | None = None) -> list[tuple[str, str | None]]:
    """(file, id): the file's name (or `doc_id`); None for standard input, which the index names by its content
    (`iter_path`'s `content_ids`): every article piped in is its own entry, not a new version of one "stdin"."""
    ids = document_ids(files)
    return [(f, doc_id or (None if f == "-" else ids[f])) for f in files]


def _fingerprint_files(files: Sequence[tuple[str, str | None]], params: FingerprintParams,
                       bands_rows: tuple[int, int]) -> list[tuple[str, FingerprintedDocument | InputError]]:
    """Read and fingerprint (path, id) pairs: (id, the fingerprint or the `InputError` that kept it from one) for
    each document, in input order; a JSONL, CSV or WARC file gives one per record, named by the record's own id
    (by its text's hash when it has none). A bad file or record never stops the others."""
    slots: list[tuple[str, Document | InputError]] = []
    for path, doc_id in files:
        for item in iter_path(path, id=doc_id, content_ids=True):
            if isinstance(item, InputError):
                # A bad record is named by where it is (`dump.jsonl:line 7`); it has no id of its own.
                where = item.path or path
                slots.append((doc_id or "" if where == path else "", type(item)(item.reason, where)))
            else:
                slots.append((item["id"], Document(**item)))
    fingerprints = iter(fingerprint_or_errors([d for _, d in slots if isinstance(d, Document)], params,
                                              bands_rows=bands_rows))
    return [(doc_id, next(fingerprints) if isinstance(slot, Document) else slot) for doc_id, slot in slots]


def iter_fingerprints(files: Sequence[tuple[str, str | None]], index: Index, workers: Workers,
                      chunk: int) -> Iterator[list[tuple[str, FingerprintedDocument | InputError]]]:
    """(id, fingerprint or `InputError`) of (path, id) pairs, chunk by chunk, in input order, computed wherever
    `workers` runs (this process, worker processes or Dask), with the paths as given."""
    if workers.distributed:
        if any(path == "-" for path, _ in files):
            raise InputError("standard input cannot be sent to Dask workers; give files", "-")
        # Workers may run elsewhere (with another working directory): send absolute paths, keep the given ones.
        given = {os.path.abspath(path): path for path, _ in files}
        files = [(os.path.abspath(path), doc_id) for path, doc_id in files]
    else:
        given = {}
    chunks = [(files[i : i + chunk], index.params, (index.bands, index.rows)) for i in range(0, len(files), chunk)]
    for entries in workers.map(_fingerprint_files, chunks, ordered=True):
        if given:
            entries = [(doc_id, type(e)(e.reason, given.get(e.path or "", e.path)) if isinstance(e, InputError)
                        else replace(e, path=given.get(e.path or "", e.path))) for doc_id, e in entries]
        yield entries


def _nothing_to_read(failed: Sequence[tuple[str, str]]) -> InputError:
    """The error of a command none of whose inputs names a readable file, when there is no index to report into."""
    if len(failed) == 1:
        return InputError(failed[0][1], failed[0][0])
    return InputError("no input names a readable file: " + "; ".join(f"{p}: {r}" for p, r in failed))


def _warm_up(index: Index) -> None:
    """Compile the cleaning patterns and build the fingerprint tables here, before worker processes fork from this
    one, so that each does not (~0.2 s a process: as long as fingerprinting 300 documents)."""
    fingerprint_documents([Document.from_text("A short text to warm up the cleaning and the fingerprints.")],
                          index.params, bands_rows=(index.bands, index.rows))


# Whether this process has said that an index of fingerprint version 1 or 2 reads house styles word for word.
_SAID_WORD_FOR_WORD: list[bool] = []


def _say_reading(index: Index) -> None:
    """Say once on stderr (once a process: one line a run of `check` or `index add`, however many documents) that
    an index made before fingerprint version 3 reads house styles word for word: only `index info` said so, and an
    ingest job's user learnt it from the reprints it missed."""
    if index.params.version < 3 and not _SAID_WORD_FOR_WORD:
        _SAID_WORD_FOR_WORD.append(True)
        logger.warning("this index (fingerprint version %d) reads house styles word for word, so a reprint in "
                       "another style (Sept./September, 5/five, 20%%/20 per cent) may be missed; an index made anew "
                       "reads them alike", index.params.version)


def _merge(total: AddResult, part: AddResult) -> None:
    for name in ("added", "replaced", "unchanged", "failed", "skipped"):
        getattr(total, name).extend(getattr(part, name))


def add_paths(
    index_path: str | os.PathLike[str],
    paths: Iterable[str],
    *,
    threshold: float | None = None,
    doc_id: str | None = None,
    scheduler: str | None = None,
    batch_size: int = INDEX_BULK_BATCH,
    jobs: int = 1,
) -> tuple[AddResult, dict[str, Any]]:
    """Fingerprint the documents named by `paths` and add them to the index (created if missing).

    Args:
        index_path: the index file.
        paths: files, folders or glob patterns.
        threshold: the threshold of a new index (an existing one must match).
        doc_id: the id of the single input (default: its file name).
        scheduler: a Dask scheduler address: fingerprint there (the workers read the files) instead of here.
        batch_size: documents per write transaction (larger is faster; a concurrent writer waits longer).
        jobs: worker processes on this machine that read, clean and fingerprint, while this process writes.

    Returns:
        What was added, replaced or left unchanged, with each input that could not be used and why (`failed`:
        missing, unreadable, empty, binary, no article text; every other document is added all the same, so one
        bad file never holds back a batch), and the index's `info()` afterwards.

    Raises:
        InputError: no inputs were given, or `doc_id` with several.
        IndexStoreError: the index cannot be opened or written.
        WorkerError: the Dask scheduler cannot be reached.
    """
    files, failed = _files_with_ids(paths, doc_id)
    if not files and not os.path.exists(index_path):
        raise _nothing_to_read(failed)  # and no empty index is left behind for a command that failed
    existed = os.path.exists(index_path) and os.path.getsize(index_path) > 0
    created = not os.path.exists(index_path)
    with Index.open(index_path, threshold=threshold) as index:
        if existed:
            index.verify()  # a damaged index is refused, not written to
            _say_reading(index)
        if jobs > 1 and not scheduler and files:
            _warm_up(index)
        with Workers(jobs=jobs, scheduler=scheduler) as workers:
            result, info = _add_files(index, files, workers, batch_size, jobs, named=doc_id is not None)
    result.failed[:0] = failed  # inputs that name no file first, as `check` lists them
    if created and not info["documents"]:
        _remove_index(index_path)  # every input failed (empty, binary files): no empty index is left behind
    return result, info


def _add_files(index: Index, files: list[tuple[str, str | None]], workers: Workers, batch_size: int, jobs: int,
               *, named: bool = False) -> tuple[AddResult, dict[str, Any]]:
    # Written batch by batch as the fingerprints arrive, in input order: re-running after a failure skips what is
    # already in (unchanged).
    chunk = WORKER_CHUNK if workers.distributed or jobs > 1 else batch_size
    result = AddResult()
    pending: list[FingerprintedDocument] = []
    done = 0
    for entries in iter_fingerprints(files, index, workers, chunk):
        for _, entry in entries:
            if isinstance(entry, SkippedRecord):
                result.skipped.append((entry.path or "?", entry.reason))
            elif isinstance(entry, InputError):
                result.failed.append((entry.path or "?", entry.reason))
            else:
                pending.append(entry)
        done += len(entries)
        # Near the end, smaller transactions: what is still pending when the last files arrive is written while
        # the workers are idle (3,200 documents: 0.23 s of a 4.6 s run).
        if len(pending) >= batch_size or (len(files) - done < batch_size and len(pending) >= TAIL_BATCH):
            _merge(result, index.add_fingerprints(pending, batch_size=batch_size, named=named))
            pending = []
            logger.info("%s: %d of %d documents written", index.path, done, len(files))
    if pending:
        _merge(result, index.add_fingerprints(pending, batch_size=batch_size, named=named))
    return result, index.info()


def check_paths(
    index_path: str | os.PathLike[str],
    paths: Iterable[str],
    *,
    threshold: float | None = None,
    add: bool = False,
    allow_empty: bool = False,
) -> CheckResults:
    """Check the documents named by `paths` against the index; with `add`, add the clean ones.

    With `allow_empty`, a folder that holds no article files and a pattern that matches none are nothing to check
    (a warning each), not errors: an ingest job's idle run checks nothing and succeeds.

    Without `add` the index must exist; with it, a missing index is created (for `threshold`, if given). An input
    that cannot be checked (missing, unreadable, empty, binary, no article text) is an `error` result in its place,
    and every other document is checked all the same: a CI batch is never cut short by one bad file. Documents are
    read, fingerprinted and looked up a batch at a time.

    Returns:
        One `CheckResult` per input document: inputs that name no file first, then files in input order; archive
        records passed over as not articles (a redirect, a page without article text...) are no result, but
        listed in `.skipped`.

    Raises:
        InputError: no inputs were given.
        IndexStoreError: the index is missing, unreadable, or refuses the threshold.
    """
    files, skipped = expand_paths(paths)
    if allow_empty:
        # Nothing there yet, not a folder of files that are not read (a batch of .json feeds: an error still).
        for s in skipped:
            if s.reason in (NO_ARTICLE_FILES, NO_MATCHING_FILES):
                logger.warning("%s: %s: nothing to check there", shown_path(s.path), s.reason)
        skipped = [s for s in skipped if s.reason not in (NO_ARTICLE_FILES, NO_MATCHING_FILES)]
    elif not files and not skipped:
        raise InputError("no input files")
    if not files and skipped and not os.path.exists(index_path):
        if add:
            # An ingest job's first run whose inputs all fail: its errors are its results (a JUnit file with an
            # <error> per input, as against an index that exists), and no empty index is left behind.
            return CheckResults([CheckResult(s.path, "", error=s.reason) for s in skipped])
        raise _nothing_to_read([(s.path, s.reason) for s in skipped])
    named = _named(files)
    creating = add and not os.path.exists(index_path)
    # A large check reads and fingerprints its files in two worker processes, small chunks at a time, while this
    # one looks each batch up (1,000 reprints: 1.6 s against 1.8-2.0 s in one process); the lookups still go a
    # whole batch at a time, which is what makes them cheap. Standard input is read here.
    jobs = min(2, os.cpu_count() or 1) if len(files) >= CHECK_PARALLEL_MIN_FILES and "-" not in files else 1
    with Index.open(index_path, create=add, threshold=threshold if creating else None) as index:
        _say_reading(index)
        if jobs > 1:
            _warm_up(index)
        with Workers(jobs=jobs) as workers:
            chunks = iter_fingerprints(named, index, workers, CHECK_WORKER_CHUNK if jobs > 1 else INDEX_QUERY_BATCH)
            records: list[tuple[str, str]] = []
            checked = index.check_fingerprinted(_rebatch(_without_skipped(chunks, records), INDEX_QUERY_BATCH),
                                                threshold, add=add)
        left_empty = creating and not index.info()["documents"]
    if left_empty:
        _remove_index(index_path)  # a first run whose files all failed (empty, binary): as when none exists
    return CheckResults([CheckResult(s.path, "", error=s.reason) for s in skipped] + list(checked), records)


def _remove_index(index_path: str) -> None:
    """Remove an index this command created and left empty, with its write-ahead log files."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        try:
            os.remove(index_path + suffix)
        except FileNotFoundError:
            pass


def _without_skipped(chunks: Iterable[list[tuple[str, T]]], skipped: list[tuple[str, str]]
                     ) -> Iterator[list[tuple[str, T]]]:
    """The chunks without the archive records passed over as not articles, which go to `skipped` as (where, reason)."""
    for chunk in chunks:
        kept = []
        for doc_id, entry in chunk:
            if isinstance(entry, SkippedRecord):
                skipped.append((entry.path or doc_id, entry.reason))
            else:
                kept.append((doc_id, entry))
        yield kept


def _rebatch(chunks: Iterable[list[T]], size: int) -> Iterator[list[T]]:
    """The items of `chunks`, in order, in lists of `size` (the last one shorter)."""
    pending: list[T] = []
    for chunk in chunks:
        pending.extend(chunk)
        while len(pending) >= size:
            yield pending[:size]
            pending = pending[size:]
    if pending:
        yield pending


__all__ = ["add_paths", "check_paths", "iter_fingerprints"]
