"""The persistent near-duplicate index: one SQLite file of fingerprints, LSH band keys and exact shingle sets.

    >>> from diffsrc import Document, Index
    >>> with Index.open("seen.db") as index:                     # created if missing; threshold 0.8
    ...     index.add([Document.from_path("wire/ap-1.txt")])
    ...     matches = index.query(Document.from_path("new/story.txt"))
    ...     results = index.check(docs, add=True)                 # the ingest step: check, add the clean ones

A near-duplicate is the same text lightly changed: similarity (`index.fingerprint.Similarity`) is the larger of
the shingle sets' Jaccard similarity and, when the smaller holds at least half as many shingles as the larger, their
containment. MinHash LSH finds candidates; each is verified on the exact shingle sets, so no false positive remains.

Layout (format version `FORMAT_VERSION`, also in `PRAGMA user_version`; `PRAGMA application_id` marks the file as
a diffsrc index):

- `meta(key, value)`: format and fingerprint versions and the parameters (threshold, shingle size, permutations,
  seed, bands, rows...). An index answers only queries made with its own parameters, and fingerprints with its own
  version: one built before version 2 still reads Chinese and Japanese by clause (`FingerprintParams.version`).
- `docs(doc, id, path, digest, n_shingles, shingles, band_keys, raw_digest)`: one row per document; `digest` is
  its shingle set's hash (the text as cleaned), `shingles` the sorted uint32 shingle set (little-endian), used to
  verify every LSH candidate exactly, and `raw_digest` the hash of its text as read, before cleaning (indexed):
  what tells the same file after an upgrade of diffsrc that cleans it differently. NULL in rows written before
  it was kept (and by a diffsrc that does not know it): those are told by `digest` alone.
- `bands(key, doc)`: one row per (band key, document), the LSH buckets.

Every write is one transaction (`BEGIN IMMEDIATE`) in WAL mode, so concurrent writers queue instead of failing and
a killed process leaves the last committed state. A file that is not an index (text, another application's SQLite
database, a truncated or corrupt index) raises `IndexStoreError` and is never written to.

An index made before `raw_digest` gains the column when it is opened, in one such transaction
(`Index._add_raw_digests`). It is an addition, not a new format version: a diffsrc of before it names every column
it reads and writes, so it goes on reading and adding to the file.
"""

from __future__ import annotations

import hashlib
import logging
import os
import sqlite3
import struct
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol, TypeVar

from ..document import Document
from ..errors import DiffsrcError, IndexStoreError, InputError, not_a_document, shown_path
from ..settings import INDEX_BULK_BATCH, INDEX_CHECK_BATCH, INDEX_LOCK_TIMEOUT, INDEX_QUERY_BATCH, FingerprintParams
from ..wording import plural
from .fingerprint import (
    FINGERPRINT_READINGS,
    Fingerprint,
    ShingleSets,
    fingerprint_texts,
    lsh_bands,
    lsh_threshold,
    similarities,
)

if TYPE_CHECKING:
    import pandas as pd

logger = logging.getLogger(__name__)

# A writer that has not had the write lock within this many milliseconds says that it is waiting (`_begin_write`).
LOCK_NOTICE_MS = 1000
T = TypeVar("T")

FORMAT_NAME = "diffsrc-index"
FORMAT_VERSION = 1
# "dsix": tells a diffsrc index from any other SQLite database without reading its tables.
APPLICATION_ID = 0x64736978

_SQLITE_MAGIC = b"SQLite format 3\x00"
# Looks (0.1 s apart) at a file shorter than its header says before calling it truncated.
_TRUNCATION_RETRIES = 10

_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE docs (
    doc INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    path TEXT,
    digest TEXT NOT NULL,
    n_shingles INTEGER NOT NULL,
    shingles BLOB NOT NULL,
    band_keys BLOB NOT NULL,
    raw_digest TEXT
);
CREATE INDEX docs_raw_digest ON docs (raw_digest);
CREATE TABLE bands (key INTEGER NOT NULL, doc INTEGER NOT NULL, PRIMARY KEY (key, doc)) WITHOUT ROWID;
"""
# What an index made before `docs.raw_digest` gains when it is opened (`Index._add_raw_digests`). Not a new format
# version, which a diffsrc of before would refuse: machines upgraded one by one share the index meanwhile (the rows
# such a diffsrc writes have no raw digest, and are told by their cleaned text as before).
_RAW_DIGEST_MIGRATION = (
    "ALTER TABLE docs ADD COLUMN raw_digest TEXT",
    "CREATE INDEX IF NOT EXISTS docs_raw_digest ON docs (raw_digest)",
)


class IndexableDocument(Protocol):
    """What the index needs of a document beyond `diffsrc.Document`: a cleaned body (`PreparedDocument` has it)."""

    id: str
    path: str | None

    @property
    def body_text(self) -> str: ...


def document_body(doc: Document | IndexableDocument) -> str:
    """The cleaned body a fingerprint is made of: a `Document` is cleaned here, a prepared one carries its body.

    Raises:
        InputError: a document has no article text.
    """
    if isinstance(doc, Document):
        # Imported here: the cleaning patterns take ~0.1 s to compile, which a process that only writes or looks up
        # fingerprints (`index add`'s writer, while its workers clean) never needs.
        from ..text.prepare import clean_article

        return clean_article(doc.text, doc.path or doc.id).body_text
    if not hasattr(doc, "body_text"):
        raise not_a_document(doc)
    return doc.body_text


def raw_text_digest(doc: Document | IndexableDocument) -> str | None:
    """The hash of a document's text as read, before cleaning (`docs.raw_digest`): a `Document`'s text, a prepared
    one's document's; None for one that carries only its cleaned body."""
    text = doc.text if isinstance(doc, Document) else getattr(getattr(doc, "document", None), "text", None)
    if not isinstance(text, str):
        return None
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def _many(docs: Any, method: str) -> Any:
    """`docs` as the iterable of documents `method` takes; a single document or a path string is a TypeError."""
    if isinstance(docs, (str, bytes, os.PathLike, Document)) or hasattr(docs, "body_text"):
        raise TypeError(f"Index.{method} takes an iterable of documents (Index.{method}([doc])), got "
                        f"{type(docs).__name__}; read files with Document.from_path or load_documents(paths)")
    return docs


class Match(NamedTuple):
    """An indexed document a query near-duplicates (immutable; a named tuple because a check of 1,000 reprinted
    stories makes 187,000 of them, three times faster than a frozen dataclass).

    Attributes:
        id: the indexed document's id.
        similarity: the decision value in [0, 1] (see `index.fingerprint.Similarity`).
        jaccard: exact Jaccard similarity of the shingle sets.
        containment: share of the smaller document's shingles found in the larger.
        path: the indexed document's path when it was added, if any.
    """

    id: str
    similarity: float
    jaccard: float
    containment: float
    path: str | None = None


class Matches(Sequence[Match]):
    """A query's matches, most similar first: a read-only list of `Match` that keeps its columns as arrays and
    makes each `Match` when it is read (a check of 1,000 reprinted stories finds 187,000 matches, most of which
    are only counted or written out: building them all took a tenth of the check). Equal to a list of the same
    matches.
    """

    __slots__ = ("_ids", "_paths", "_picked", "_similarity", "_jaccard", "_containment")

    def __init__(self, ids: Sequence[str] = (), paths: Sequence[str | None] = (), picked: Sequence[int] = (),
                 similarity: Sequence[float] = (), jaccard: Sequence[float] = (), containment: Sequence[float] = ()):
        # `picked[k]` is the k-th match's place in `ids` / `paths` (shared by the queries with the same candidates).
        self._ids, self._paths, self._picked = ids, paths, list(picked)
        self._similarity, self._jaccard, self._containment = list(similarity), list(jaccard), list(containment)

    def __len__(self) -> int:
        return len(self._picked)

    def __getitem__(self, k):  # type: ignore[override]
        if isinstance(k, slice):
            return [self[i] for i in range(*k.indices(len(self)))]
        i = self._picked[k]
        return Match(self._ids[i], self._similarity[k], self._jaccard[k], self._containment[k], self._paths[i])

    def __iter__(self) -> Iterator[Match]:
        ids, paths = self._ids, self._paths
        for i, s, j, c in zip(self._picked, self._similarity, self._jaccard, self._containment, strict=True):
            yield Match(ids[i], s, j, c, paths[i])

    def id_similarity(self) -> Iterator[tuple[str, float]]:
        """(id, similarity) of each match in order, without making the `Match` objects (for writing them out)."""
        ids = self._ids
        return zip((ids[i] for i in self._picked), self._similarity, strict=True)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, (Matches, list, tuple)):
            return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # a list is not hashable either

    def __repr__(self) -> str:
        return repr(list(self))


# A looked-up document's path, id and raw digest, by which a check knows the index holds it already.
_Owner = tuple[str | None, str | None, str | None]
# Bytes of candidate shingles `_query_many` keeps laid out for queries with the same candidates.
_LAID_OUT_BYTES = 64 * 2**20


# `CheckResult.status` values (the `status` of `diffsrc.check/1`).
CHECK_STATUSES = ("clean", "near-duplicate", "already-indexed", "error")


@dataclass(frozen=True)
class CheckResult:
    """The verdict for one checked document.

    Attributes:
        path: the document's path (its id if it has none; the input as given when it named no file).
        id: the document's id ("" when it could not be read).
        matches: indexed documents it near-duplicates, most similar first.
        added: whether this run added it to the index (`check(..., add=True)` adds the clean ones).
        already_indexed: the index holds this very document (same content, same path or id): a retry of an earlier
            `check --add` or a document given to `index add`, not a near-duplicate of something else.
        error: why the input could not be checked (unreadable, binary, empty, no article text); None if it was.
        nearest: for a clean document, the most similar indexed document the index's lookup found below the
            threshold (a trimmed or edited reprint that is not near enough), if any: how near it came.
        matches_total: how many near-duplicates it has when `matches` lists only the most similar of them
            (`CheckResults.at_most`, `check --max-matches`); None when `matches` is all of them.
    """

    path: str
    id: str
    matches: Sequence[Match] = field(default_factory=list)
    added: bool = False
    already_indexed: bool = False
    error: str | None = None
    nearest: Match | None = None
    matches_total: int | None = None

    @property
    def n_matches(self) -> int:
        """How many indexed documents it near-duplicates (listed in `matches` or not)."""
        return len(self.matches) if self.matches_total is None else self.matches_total

    @property
    def status(self) -> str:
        """`error`, `already-indexed`, `near-duplicate` or `clean` (`CHECK_STATUSES`)."""
        if self.error is not None:
            return "error"
        if self.already_indexed:
            return "already-indexed"
        return "near-duplicate" if self.matches else "clean"


# `CheckResults.to_pandas()`: one row per checked document, its closest match beside it.
CHECK_DTYPES = {
    "path": "string", "id": "string", "status": "string", "added": "boolean", "matches": "Int64",
    "match": "string", "similarity": "Float64", "jaccard": "Float64", "containment": "Float64", "error": "string",
    "nearest": "string", "nearest_similarity": "Float64",
}


class CheckResults(list[CheckResult]):
    """What `Index.check` returns: a list of `CheckResult`, one per document in input order, that also converts
    to the `diffsrc.check/1` object (`to_dict()`) and to a DataFrame.

    Attributes:
        skipped: (where, reason) of each archive record passed over as not a page (a redirect, an HTTP error:
            `crawl.warc.gz:https://...`); not results, and no error (`check_paths` fills it).
    """

    skipped: list[tuple[str, str]]

    def __init__(self, results: Iterable[CheckResult] = (), skipped: Iterable[tuple[str, str]] = ()) -> None:
        super().__init__(results)
        self.skipped = list(skipped)

    def at_most(self, n: int) -> CheckResults:
        """The same results with at most the `n` most similar matches each (`matches_total` says how many there
        were): an index holding 190 reprints of a story lists 190 matches for each new one."""
        trimmed = [replace(r, matches=r.matches[:n], matches_total=len(r.matches)) if len(r.matches) > n else r
                   for r in self]
        return CheckResults(trimmed, self.skipped)

    def to_dict(self) -> dict[str, Any]:
        """The `diffsrc.check/1` object (docs/contracts.md), as `diffsrc check --format json` writes it."""
        from ..report.check import to_dict

        return to_dict(self)

    def to_pandas(self) -> pd.DataFrame:
        """One row per checked document (dtypes in `CHECK_DTYPES`): `path`, `id`, `status` (`CHECK_STATUSES`),
        `added` (this run added it to the index), `matches` (how many indexed documents it near-duplicates) and
        the closest of them: `match` (its id), `similarity`, `jaccard`, `containment` (missing for a clean
        document), `error` (why an input could not be checked), and for a clean document the nearest indexed one
        the lookup found below the threshold (`nearest`, `nearest_similarity`). Every match is in
        `CheckResult.matches`."""
        import pandas as pd

        rows = []
        for r in self:
            best = r.matches[0] if r.matches else None
            rows.append({
                "path": r.path, "id": r.id, "status": r.status, "added": r.added, "matches": r.n_matches,
                "match": best.id if best else None, "similarity": best.similarity if best else None,
                "jaccard": best.jaccard if best else None, "containment": best.containment if best else None,
                "error": r.error, "nearest": r.nearest.id if r.nearest else None,
                "nearest_similarity": r.nearest.similarity if r.nearest else None,
            })
        return pd.DataFrame({c: pd.array([row[c] for row in rows], dtype=t) for c, t in CHECK_DTYPES.items()})

    def _repr_html_(self) -> str:
        """In a notebook, the results as their DataFrame (`to_pandas()`, its cells escaped by pandas), not a list's
        repr of dataclasses."""
        return self.to_pandas()._repr_html_()


@dataclass(frozen=True)
class AddResult:
    """What `Index.add` did, by document id; `failed`: (input, reason) for each input that could not be added;
    `skipped`: (where, reason) for each archive record passed over as not a page (a redirect, an HTTP error)."""

    added: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)


@dataclass(frozen=True)
class FingerprintedDocument:
    """A document's identity and fingerprint: what the index stores (and what Dask workers send back).
    `raw_digest` is the hash of its text before cleaning (`raw_text_digest`), None where that is not known."""

    id: str
    path: str | None
    fingerprint: Fingerprint
    raw_digest: str | None = None


def fingerprint_documents(
    docs: Sequence[Document | IndexableDocument], params: FingerprintParams, *,
    bands_rows: tuple[int, int] | None = None,
) -> list[FingerprintedDocument]:
    """Fingerprint many documents' cleaned bodies in one vectorised pass.

    Raises:
        InputError: a document has no article text, or no words to fingerprint.
    """
    fps = fingerprint_texts([document_body(doc) for doc in docs], params, bands_rows=bands_rows)
    out = []
    for doc, fp in zip(docs, fps, strict=True):
        if fp is None:
            raise InputError("no words to fingerprint", doc.path or doc.id)
        out.append(FingerprintedDocument(doc.id, doc.path, fp, raw_text_digest(doc)))
    return out


def fingerprint_or_errors(
    docs: Sequence[Document | IndexableDocument], params: FingerprintParams, *,
    bands_rows: tuple[int, int] | None = None,
) -> list[FingerprintedDocument | InputError]:
    """Like `fingerprint_documents`, but a document that cannot be fingerprinted gives its `InputError` in its place."""
    bodies: list[str | InputError] = []
    for doc in docs:
        try:
            bodies.append(document_body(doc))
        except DiffsrcError as exc:
            bodies.append(InputError(exc.reason, exc.path or doc.path or doc.id))
    texts = [b for b in bodies if isinstance(b, str)]
    fps = iter(fingerprint_texts(texts, params, bands_rows=bands_rows) if texts else [])
    out: list[FingerprintedDocument | InputError] = []
    for doc, body in zip(docs, bodies, strict=True):
        if isinstance(body, InputError):
            out.append(body)
        elif (fp := next(fps)) is None:
            out.append(InputError("no words to fingerprint", doc.path or doc.id))
        else:
            out.append(FingerprintedDocument(doc.id, doc.path, fp, raw_text_digest(doc)))
    return out


def _params_to_meta(params: FingerprintParams) -> dict[str, str]:
    bands, rows = lsh_bands(params)
    return {
        "format": FORMAT_NAME,
        "format_version": str(FORMAT_VERSION),
        "fingerprint_version": str(params.version),
        "threshold": repr(params.threshold),
        "min_size_ratio": repr(params.min_size_ratio),
        "shingle_size": str(params.shingle_size),
        "num_perm": str(params.num_perm),
        "seed": str(params.seed),
        "bands": str(bands),
        "rows": str(rows),
    }


def _check_header(path: str) -> None:
    """Refuse files that are not SQLite databases, or are shorter than their header says (truncated).

    A checkpoint of another process writes the header (page 1) before the pages that extend the file, so a short
    file is looked at again for a moment before it is called truncated. Beside a write-ahead log that holds pages,
    a short file is no damage: a checkpoint killed (or stopped by a full disk) while it copied the log's pages in
    leaves them all in the log, which SQLite reads, and copies in again, on open.
    """
    for attempt in range(_TRUNCATION_RETRIES + 1):
        size = os.path.getsize(path)
        with open(path, "rb") as stream:
            header = stream.read(100)
        if not header.startswith(_SQLITE_MAGIC):
            raise IndexStoreError(
                "not a diffsrc index (not an SQLite database); refusing to use or overwrite it", path
            )
        if len(header) < 100:
            raise IndexStoreError("index file is truncated (shorter than its header)", path)
        (page_size,) = struct.unpack(">H", header[16:18])
        page_size = 65536 if page_size == 1 else page_size
        (pages,) = struct.unpack(">I", header[28:32])
        # The size in the header counts only when the change counter matches "version valid for" (file format).
        valid = header[24:28] == header[92:96]
        if not (valid and pages and size < pages * page_size) or _wal_bytes(path) > 0:
            return
        if attempt < _TRUNCATION_RETRIES:
            time.sleep(0.1)
    raise IndexStoreError(f"index file is truncated ({plural(size, 'byte')}, its header says {pages * page_size})",
                          path)


def _wal_bytes(path: str) -> int:
    """The size of an index's write-ahead log (0 when it has none)."""
    try:
        return os.path.getsize(path + "-wal")
    except OSError:
        return 0


# Pages of a new index: a document's row (its shingles, ~2.5 KB for a news story) fills most of one of SQLite's
# default 4 KB pages, so the docs B-tree gained a page every row or two; on 16 KB pages writing 20,000 real-news
# documents took 0.73 CPU-s against 0.90 (medians of three) and the file is 64 MB against 77. An existing index
# keeps the page size it was made with.
PAGE_SIZE = 16384
WAL_CHECKPOINT_BYTES = 16 * 2**20


class Index:
    """A near-duplicate index in one SQLite file.

    Open one with `Index.open`; use it as a context manager or call `close()`.
    """

    def __init__(self, path: str, connection: sqlite3.Connection, params: FingerprintParams, meta: dict[str, str]):
        # WAL with synchronous=NORMAL: a commit is atomic and survives a killed process; only a power cut can undo
        # the last commits (never corrupt the file). It saves an fsync per transaction (~20 ms on slow disks).
        connection.execute("PRAGMA synchronous = NORMAL")
        # Room for the band B-tree's pages a bulk batch dirties (256 MB at most; allocated only as used).
        connection.execute("PRAGMA cache_size = -262144")
        # Checkpoint the log every ~16 MB rather than every 4 MB: fewer fsyncs while adding large batches.
        (page_size,) = connection.execute("PRAGMA page_size").fetchone()
        connection.execute(f"PRAGMA wal_autocheckpoint = {WAL_CHECKPOINT_BYTES // page_size}")
        self.path = path
        self.params = params
        self.meta = meta
        self._db = connection
        self.bands, self.rows = int(meta["bands"]), int(meta["rows"])
        # Whether rows keep their text's raw digest: not in an index made before it that could not be given the
        # column when opened (`_add_raw_digests`).
        self._raw_digests = self._has_raw_digests(connection)

    # -- opening ---------------------------------------------------------------------------------------------

    @classmethod
    def open(
        cls,
        path: str | os.PathLike[str],
        *,
        threshold: float | None = None,
        create: bool = True,
        timeout: float = INDEX_LOCK_TIMEOUT,
        params: FingerprintParams | None = None,
    ) -> Index:
        """Open an index, creating it if it does not exist and `create` is true.

        Args:
            path: the index file.
            threshold: near-duplicate similarity threshold in (0, 1]. A new index is built for it (default
                `settings.FingerprintParams.threshold`); an existing one must have been built for the same value.
            create: create the index when the file does not exist (or is empty).
            timeout: seconds to wait for another process's write transaction.
            params: all fingerprint parameters at once (advanced; `threshold` overrides its threshold).

        Returns:
            The open Index.

        Raises:
            IndexStoreError: the file is missing (and `create` is false), not an index, corrupt, truncated, of
                another format version, or built with other parameters.
        """
        name = os.fspath(path)
        if os.path.isdir(name):
            raise IndexStoreError("is a directory, not an index", name)
        exists = os.path.exists(name)
        if not exists and not create:
            raise IndexStoreError("no such index", name)
        if not exists and not os.path.isdir(os.path.dirname(os.path.abspath(name))):
            # As an output file's is said ("unable to open database file" is SQLite's word for it).
            raise IndexStoreError("the index's folder does not exist", name)
        if exists and os.path.getsize(name) == 0 and not create:
            raise IndexStoreError("empty file, not an index", name)
        if exists and os.path.getsize(name) > 0:
            _check_header(name)
        requested = params
        if threshold is not None:
            try:
                requested = replace(requested or FingerprintParams(), threshold=threshold)
            except ValueError as exc:
                raise InputError(str(exc)) from None
        # An index in a folder this process cannot write to (a shared, mounted artifact) is read as it is: SQLite
        # would otherwise need to create its write-ahead log beside it even to read. Writing to it is refused.
        frozen = exists and not os.access(os.path.dirname(os.path.abspath(name)), os.W_OK)
        try:
            if frozen:
                from urllib.parse import quote

                db = sqlite3.connect(f"file:{quote(os.path.abspath(name))}?mode=ro&immutable=1", uri=True,
                                     timeout=timeout, isolation_level=None, check_same_thread=False)
            else:
                db = sqlite3.connect(name, timeout=timeout, isolation_level=None, check_same_thread=False)
        except sqlite3.Error as exc:
            raise IndexStoreError(f"cannot open index: {exc}", name) from None
        try:
            meta = _when_unlocked(lambda: cls._initialise(db, name, requested, create, frozen=frozen))
            params_found = cls._params_from_meta(meta, name)
            if requested is not None:
                cls._refuse_mismatch(name, requested, params_found)
            return cls(name, db, params_found, meta)
        except BaseException:
            db.close()
            raise

    @staticmethod
    def _state(db: sqlite3.Connection) -> tuple[int, int, set[str]]:
        tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        application_id = db.execute("PRAGMA application_id").fetchone()[0]
        version = db.execute("PRAGMA user_version").fetchone()[0]
        return application_id, version, tables

    @classmethod
    def _state_at_once(cls, db: sqlite3.Connection) -> tuple[int, int, set[str]]:
        # One read transaction: read statement by statement, a process creating the index meanwhile could commit
        # between them, and its tables without its application id looked like another application's database.
        db.execute("BEGIN")
        try:
            return cls._state(db)
        finally:
            db.execute("COMMIT")

    @classmethod
    def _validate(cls, name: str, application_id: int, version: int, tables: set[str]) -> None:
        if application_id != APPLICATION_ID:
            raise IndexStoreError(
                "not a diffsrc index (an SQLite database of another application); refusing to use or overwrite it",
                name,
            )
        if version != FORMAT_VERSION:
            # A newer diffsrc wrote it (upgrade this one), or an older one (rebuild it with this one).
            remedy = "upgrade diffsrc" if version > FORMAT_VERSION else "rebuild the index"
            raise IndexStoreError(
                f"index format version {version}, this diffsrc reads version {FORMAT_VERSION}; {remedy}", name)
        if not {"meta", "docs", "bands"} <= tables:
            raise IndexStoreError("index is incomplete (tables missing); it may be corrupt", name)

    @classmethod
    def _initialise(
        cls, db: sqlite3.Connection, name: str, requested: FingerprintParams | None, create: bool, *,
        frozen: bool = False,
    ) -> dict[str, str]:
        with _translate_errors(name):
            application_id, version, tables = cls._state_at_once(db)
            if not (application_id == 0 and not tables):
                cls._validate(name, application_id, version, tables)
                if not frozen:
                    db.execute("PRAGMA journal_mode = WAL")
                    cls._add_raw_digests(db, name)
                return dict(db.execute("SELECT key, value FROM meta").fetchall())
            if not create:
                raise IndexStoreError("empty database, not an index", name)
            # A new (empty) file: create the schema in one transaction. Another process may be doing the same,
            # so look again once the write lock is held.
            db.execute(f"PRAGMA page_size = {PAGE_SIZE}")  # before WAL: a WAL database keeps the size it has
            db.execute("PRAGMA journal_mode = WAL")
            db.execute("BEGIN IMMEDIATE")
            try:
                application_id, version, tables = cls._state(db)
                if application_id == 0 and not tables:
                    for statement in _SCHEMA.strip().split(";"):
                        if statement.strip():
                            db.execute(statement)
                    db.executemany(
                        "INSERT INTO meta (key, value) VALUES (?, ?)",
                        sorted(_params_to_meta(requested or FingerprintParams()).items()),
                    )
                    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                    db.execute(f"PRAGMA user_version = {FORMAT_VERSION}")
                else:
                    cls._validate(name, application_id, version, tables)
                db.execute("COMMIT")
            except BaseException:
                if db.in_transaction:  # SQLite has rolled back itself after some errors (a full disk)
                    db.execute("ROLLBACK")
                raise
            return dict(db.execute("SELECT key, value FROM meta").fetchall())

    @staticmethod
    def _has_raw_digests(db: sqlite3.Connection) -> bool:
        return any(row[1] == "raw_digest" for row in db.execute("PRAGMA table_info(docs)"))

    @classmethod
    def _add_raw_digests(cls, db: sqlite3.Connection, name: str) -> None:
        """Give an index made before `docs.raw_digest` the column and its index, in one write transaction: a killed
        process leaves the index as it was, and of two processes opening it at once the second finds the column
        added. An index that cannot be given them now is used as it is (it answers all the same, its documents
        told by their cleaned text alone) and a later open adds them: a read-only file, a full disk, or a writer
        holding the lock for more than `LOCK_NOTICE_MS` (a `check` is not held up behind a long bulk add)."""
        if cls._has_raw_digests(db):
            return
        # A damaged file is refused by what reads it next and is never written to (`verify`): not even to add a
        # column. Checked once, on the first open of an index made before the column (0.2 s for 20,000 documents).
        if [row[0] for row in db.execute("PRAGMA quick_check(1)")] != ["ok"]:
            return
        (waits,) = db.execute("PRAGMA busy_timeout").fetchone()
        db.execute(f"PRAGMA busy_timeout = {min(waits, LOCK_NOTICE_MS)}")
        try:
            db.execute("BEGIN IMMEDIATE")
            try:
                if not cls._has_raw_digests(db):
                    for statement in _RAW_DIGEST_MIGRATION:
                        db.execute(statement)
                db.execute("COMMIT")
            except BaseException:
                if db.in_transaction:  # SQLite has rolled back itself after some errors (a full disk)
                    db.execute("ROLLBACK")
                raise
        except sqlite3.OperationalError as exc:
            message = str(exc)
            if not any(word in message for word in ("readonly", "read-only", "locked", "busy", "full")):
                raise
            logger.info("%s: not given raw text digests now (%s); used as it is", name, message)
        finally:
            db.execute(f"PRAGMA busy_timeout = {waits}")

    @staticmethod
    def _params_from_meta(meta: dict[str, str], name: str) -> FingerprintParams:
        version = meta.get("fingerprint_version")
        if version is None or not version.isdigit():
            # No version, or one that is no number: a damaged page (a newer diffsrc still writes a number).
            raise IndexStoreError("index parameters are missing or invalid; it may be corrupt", name)
        if version not in {str(v) for v in FINGERPRINT_READINGS}:
            # Written by a newer diffsrc: its fingerprints cannot be reproduced here.
            raise IndexStoreError(
                f"index fingerprint version {version}, this diffsrc reads versions "
                f"{', '.join(map(str, FINGERPRINT_READINGS))}; upgrade diffsrc or rebuild the index",
                name,
            )
        try:
            params = FingerprintParams(
                shingle_size=int(meta["shingle_size"]),
                num_perm=int(meta["num_perm"]),
                seed=int(meta["seed"]),
                threshold=float(meta["threshold"]),
                min_size_ratio=float(meta["min_size_ratio"]),
                version=int(version),
            )
            bands, rows = int(meta["bands"]), int(meta["rows"])
        except (KeyError, ValueError):
            raise IndexStoreError("index parameters are missing or invalid; it may be corrupt", name) from None
        if bands < 1 or rows < 1 or bands * rows > params.num_perm:
            # The LSH bands are slices of the signature: more of them than it has values cannot be read.
            raise IndexStoreError(f"index parameters do not fit together ({bands} bands of {rows} rows, "
                                  f"{params.num_perm} permutations); it may be corrupt", name)
        return params

    @staticmethod
    def _refuse_mismatch(name: str, requested: FingerprintParams, found: FingerprintParams) -> None:
        # The fingerprint version is not compared: an index keeps fingerprinting the way it was built, so one built
        # before version 2 goes on working (and finding its documents) rather than being refused.
        for key in ("threshold", "shingle_size", "num_perm", "seed", "min_size_ratio"):
            want, have = getattr(requested, key), getattr(found, key)
            if want != have:
                raise IndexStoreError(f"index was built with {key} {have}, not {want}; use {have} or a new index", name)

    # -- lifecycle -------------------------------------------------------------------------------------------

    def close(self) -> None:
        """Close the database connection."""
        self._db.close()

    def __enter__(self) -> Index:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @contextmanager
    def _write(self, *, begun: bool = False) -> Iterator[sqlite3.Connection]:
        """One write transaction (`begun`: `_try_begin_write` has opened it); rolled back on any error."""
        with _translate_errors(self.path):
            if not begun:
                self._begin_write()
            try:
                yield self._db
            except BaseException:
                if self._db.in_transaction:  # SQLite has rolled back itself after some errors (a full disk)
                    self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    def _try_begin_write(self, wait_ms: int = 0) -> bool:
        """BEGIN IMMEDIATE if the write lock is free within `wait_ms`; False when another process holds it."""
        with _translate_errors(self.path):
            (waits,) = self._db.execute("PRAGMA busy_timeout").fetchone()
            self._db.execute(f"PRAGMA busy_timeout = {min(waits, wait_ms)}")
            try:
                self._db.execute("BEGIN IMMEDIATE")
                return True
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) and "busy" not in str(exc):
                    raise
                return False
            finally:
                self._db.execute(f"PRAGMA busy_timeout = {waits}")

    def _begin_write(self) -> None:
        """BEGIN IMMEDIATE. When another process is writing, say so on stderr first: the wait can last up to the
        lock timeout, and a CI log would otherwise show nothing until the run ends or times out."""
        if self._try_begin_write(LOCK_NOTICE_MS):
            return
        (waits,) = self._db.execute("PRAGMA busy_timeout").fetchone()
        logger.warning("%s: another process is writing the index; waiting for it (up to %.0f s)", self.path,
                       waits / 1000)
        _when_unlocked(lambda: self._db.execute("BEGIN IMMEDIATE"))

    # -- fingerprints ----------------------------------------------------------------------------------------

    def fingerprint(self, doc: Document | IndexableDocument) -> FingerprintedDocument:
        """Fingerprint a document with this index's parameters."""
        return fingerprint_documents([doc], self.params, bands_rows=(self.bands, self.rows))[0]

    def _fingerprint_all(self, docs: Iterable[Document | IndexableDocument]) -> list[FingerprintedDocument]:
        fps = fingerprint_documents(list(_many(docs, "add")), self.params, bands_rows=(self.bands, self.rows))
        _refuse_duplicate_ids(fps)
        return fps

    # -- writing ---------------------------------------------------------------------------------------------

    def add(self, docs: Iterable[Document | IndexableDocument]) -> AddResult:
        """Fingerprint documents and add them; an unchanged document is left alone, a changed one replaced.

        Identity is the document id. Documents are written in transactions of `INDEX_BULK_BATCH`.

        Args:
            docs: documents (anything with `id`, `path` and `body_text`).

        Returns:
            The ids added, replaced and unchanged.

        Raises:
            InputError: a document has no text, or two documents share an id.
            IndexStoreError: the index cannot be written.
        """
        return self.add_fingerprints(self._fingerprint_all(docs))

    def add_fingerprints(
        self, entries: Sequence[FingerprintedDocument], *, batch_size: int = INDEX_BULK_BATCH,
        named: bool = False,
    ) -> AddResult:
        """Add documents fingerprinted elsewhere (e.g. on Dask workers) with this index's parameters.

        Args:
            entries: fingerprinted documents.
            batch_size: documents per write transaction.
            named: their ids were given (`index add --id`): such an id replaces the document of that id wherever
                it came from, where a file's name from another folder is another document (`_put_many`).
        """
        _refuse_duplicate_ids(entries)
        result = AddResult()
        for start in range(0, len(entries), batch_size):
            batch = list(entries[start : start + batch_size])
            begun = self._try_begin_write()
            if not begun and self._all_unchanged(batch):
                # Another process is writing, and this batch is in the index as it is: nothing to wait for.
                outcomes = ["unchanged"] * len(batch)
            else:
                with self._write(begun=begun) as db:
                    outcomes = self._put_many(db, batch, named=named)
            for entry, outcome in zip(batch, outcomes, strict=True):
                getattr(result, outcome).append(entry.id)
        return result

    def _all_unchanged(self, entries: Sequence[FingerprintedDocument]) -> bool:
        """Whether the index holds every entry under its id as `_put_many` would leave it: with its cleaned text, and
        its raw digest where the index keeps them."""
        with _translate_errors(self.path):
            held: dict[str, _StoredRow] = {}
            ids = [e.id for e in entries]
            for start in range(0, len(ids), 500):  # stay far below SQLite's bound-parameter limit
                held.update(self._stored_rows(self._db, ids[start : start + 500]))
        return all((old := held.get(e.id)) is not None and old.digest == e.fingerprint.digest
                   and not self._lacks_raw_digest(old, e) for e in entries)

    def _stored_rows(self, db: sqlite3.Connection, ids: Sequence[str]) -> dict[str, _StoredRow]:
        """The rows of these ids (at most 500 at once) that the index holds, by id."""
        raw = "raw_digest" if self._raw_digests else "NULL"
        return {doc_id: _StoredRow(*row) for doc_id, *row in db.execute(
            f"SELECT id, doc, digest, path, {raw} FROM docs WHERE id IN ({','.join('?' * len(ids))})", ids)}

    def _lacks_raw_digest(self, old: _StoredRow, entry: FingerprintedDocument) -> bool:
        """Whether a row of the entry's text should take the entry's raw digest: it was written without one (before
        the index kept them), or the file changed only where cleaning removes it (another sign-off line). Only the
        file it was added from: a file of that name elsewhere (day/14/story.txt, a copy with a sign-off more) is
        left to be told by its cleaned text, so that the file the row names stays itself after an upgrade."""
        return (self._raw_digests and entry.raw_digest is not None and old.raw_digest != entry.raw_digest
                and (old.path == entry.path if old.path is None or entry.path is None
                     else _same_path(old.path, entry.path)))

    def _put_many(self, db: sqlite3.Connection, entries: list[FingerprintedDocument], *, named: bool = False,
                  keep: bool = False) -> list[str]:
        """Write entries inside the caller's transaction; returns "added", "replaced" or "unchanged" for each.

        An entry named by its file name whose indexed namesake came from another file is stored under its path
        from where the two part ("14/story.txt"); with `keep` (`check --add`), an entry whose id an indexed document
        of other text has is stored under its id and its text's digest ("a.txt@1f2e3d4c"), the indexed one kept.
        `entries` is updated in place with the id each was stored under.
        """
        import numpy as np

        ids = [e.id for e in entries]
        existing: dict[str, _StoredRow] = {}
        for start in range(0, len(ids), 500):  # stay far below SQLite's bound-parameter limit
            existing.update(self._stored_rows(db, ids[start : start + 500]))
        outcomes, rows, new = [], [], []
        next_doc = db.execute("SELECT coalesce(max(doc), 0) + 1 FROM docs").fetchone()[0]
        for k, entry in enumerate(entries):
            fp = entry.fingerprint
            old = existing.get(entry.id)
            path = _stored_path(entry.path)
            qualified = None
            if (old is not None and not _same_text(old, entry) and not named
                    and _another_file_of_that_name(entry, old.path, path)):
                # Ids are file names, and 2025/03/14/story.txt is another article than 2025/03/13/story.txt, not a
                # new version of it: it is kept under its path from where the two part (added in one run, the two
                # would have had such ids), and the earlier one stays.
                assert old.path is not None and path is not None
                qualified = Path(os.path.relpath(path, os.path.commonpath([old.path, path]))).as_posix()
                warning = ("%s: the index holds another document named %r (added from %s): added as %r (to replace a "
                           "document, `index add` it with --id)", path, entry.id, old.path, qualified)
            elif old is not None and not _same_text(old, entry) and keep:
                # An ingest gate sees every article once: a spool file (incoming/a.txt) or a feed's record id ("1")
                # reused for another article is another document, and the one indexed under it must still be
                # found. The digest keeps the new id the same when the same text comes again (a retried batch).
                qualified = f"{entry.id}@{fp.digest[:8]}"
                warning = ("%s: the index holds other text under the id %r (from %s): added as %r, that one kept "
                           "(`index add` replaces a document)", shown_path(entry.path or entry.id), entry.id,
                           shown_path(old.path or "standard input"), qualified)
            if qualified is not None:
                entry = entries[k] = replace(entry, id=qualified)
                old = self._stored_rows(db, [qualified]).get(qualified)
                if old is None or not _same_text(old, entry):
                    # Not when it was added so before: then it is unchanged, and the count says so.
                    logger.warning(*warning)
            if old is not None and _same_text(old, entry):
                if old.digest == fp.digest:
                    # The same document (same id, same text), wherever it is read from now: left as it was added,
                    # but for the raw digest of its text where the row lacks it.
                    if self._lacks_raw_digest(old, entry):
                        db.execute("UPDATE docs SET raw_digest = ? WHERE doc = ?", (entry.raw_digest, old.doc))
                    outcomes.append("unchanged")
                    continue
                # The same text as read, cleaned otherwise since it was added (an upgrade of diffsrc): an unchanged
                # document, whose row takes today's fingerprint so that its copies are measured against the text
                # as diffsrc cleans it now. It keeps the path it was added from, as an unchanged document does.
                path, outcome = old.path, "unchanged"
            else:
                outcome = "replaced" if old is not None else "added"
            if old is not None:
                self._delete(db, old.doc)
            keys = fp.band_keys.astype("<i8", copy=False)
            rows.append(
                (next_doc, entry.id, path, fp.digest, fp.n_shingles, fp.shingles.astype("<u4", copy=False).tobytes(),
                 keys.tobytes(), entry.raw_digest)
            )
            new.append((next_doc, fp.band_keys))
            next_doc += 1
            outcomes.append(outcome)
        if rows:
            if self._raw_digests:
                db.executemany(
                    "INSERT INTO docs (doc, id, path, digest, n_shingles, shingles, band_keys, raw_digest)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    rows,
                )
            else:
                db.executemany(
                    "INSERT INTO docs (doc, id, path, digest, n_shingles, shingles, band_keys)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (row[:-1] for row in rows),
                )
            keys = np.concatenate([k for _, k in new])
            docs = np.repeat([d for d, _ in new], [k.size for _, k in new])
            order = np.argsort(keys, kind="stable")  # sorted keys insert into the B-tree with good locality
            _insert_bands(db, keys[order], docs[order])
        return outcomes

    @staticmethod
    def _delete(db: sqlite3.Connection, doc: int) -> None:
        import numpy as np

        (blob,) = db.execute("SELECT band_keys FROM docs WHERE doc = ?", (doc,)).fetchone()
        keys = np.frombuffer(blob, dtype="<i8")
        db.executemany("DELETE FROM bands WHERE key = ? AND doc = ?", ((int(k), doc) for k in keys))
        db.execute("DELETE FROM docs WHERE doc = ?", (doc,))

    def ids_named(self, names: Iterable[str]) -> dict[str, list[str]]:
        """What each name given to `remove` stands for: itself, when the index holds it as an id; else the ids of
        the documents added from the file it is a path of ("wire/story-1.txt" for the id "story-1.txt"; every
        record of a JSONL dump; a document added with --id); else nothing.

        Args:
            names: ids, or paths of files documents were added from (absolute or from this folder).

        Returns:
            Each name (once, in the order given) and the ids it stands for, sorted; [] for one the index holds
            nothing under.

        Raises:
            InputError: a name the index holds no id of is a folder: `index add` takes one, but removing all it
                holds on one argument would empty an archive by a slip.
        """
        wanted = list(dict.fromkeys(names))
        with _translate_errors(self.path):
            held = {name for name in wanted
                    if self._db.execute("SELECT 1 FROM docs WHERE id = ?", (name,)).fetchone() is not None}
            for name in wanted:
                if name not in held and os.path.isdir(name):
                    raise InputError("is a folder; index remove takes ids (see `diffsrc index list`) or the files "
                                     "documents were added from; nothing removed", name)
            paths = [name for name in wanted if name not in held]
            by_path: dict[str, list[str]] = {}
            if paths:
                # Paths are kept absolute, those of indexes written before as given (`_same_path`): every one is
                # compared; a path is one column of a table read in milliseconds.
                for doc_id, path in self._db.execute("SELECT id, path FROM docs WHERE path IS NOT NULL ORDER BY id"):
                    by_path.setdefault(os.path.abspath(path), []).append(doc_id)
        return {name: [name] if name in held else by_path.get(os.path.abspath(name), []) for name in wanted}

    def remove(self, ids: Iterable[str], *, missing_ok: bool = False) -> list[str]:
        """Remove documents by id, in one transaction.

        Args:
            ids: the ids to remove.
            missing_ok: pass over ids the index does not hold (removed already: a cleanup step run twice), rather
                than refuse them all.

        Returns:
            The ids removed, in the order given (without the ones passed over).

        Raises:
            IndexStoreError: an id is not in the index and not `missing_ok` (nothing is removed then), or the index
                is damaged (it is verified first, as a bulk add verifies it: a write can succeed on a damaged file and
                bury the damage).
        """
        wanted = list(dict.fromkeys(ids))
        self.verify()
        with self._write() as db:
            rows = {}
            for doc_id in wanted:
                row = db.execute("SELECT doc FROM docs WHERE id = ?", (doc_id,)).fetchone()
                if row is not None:
                    rows[doc_id] = row[0]
                elif not missing_ok:
                    raise IndexStoreError(f"no document with id {doc_id!r} in the index; nothing removed", self.path)
            for doc in rows.values():
                self._delete(db, doc)
        return list(rows)

    # -- reading ---------------------------------------------------------------------------------------------

    def _threshold(self, threshold: float | None) -> float:
        if threshold is None:
            return self.params.threshold
        if not 0.0 < threshold <= 1.0:
            raise InputError(f"threshold must be in (0, 1], not {threshold}")
        if threshold < self.params.threshold:
            # The LSH bands were tuned for the index threshold: below it, near-duplicates would be missed silently.
            raise IndexStoreError(
                f"index was built for threshold {self.params.threshold}; it cannot answer a lower threshold "
                f"({threshold}) without missing matches; build an index with --threshold {threshold}",
                self.path,
            )
        return threshold

    def query(self, doc: Document | IndexableDocument, *, threshold: float | None = None) -> list[Match]:
        """Indexed documents that `doc` near-duplicates, most similar first.

        Args:
            doc: the document to look up.
            threshold: similarity threshold; the index's own by default; may be stricter, not looser.

        Returns:
            Matches with similarity >= threshold, verified on the exact shingle sets.

        Raises:
            InputError: the document has no text.
            IndexStoreError: the index cannot be read, or the threshold is below the index's.
        """
        cutoff = self._threshold(threshold)
        entry = self.fingerprint(doc)
        with _translate_errors(self.path):
            return list(self._query(entry.fingerprint, cutoff)[0])

    def _query(self, fp: Fingerprint, cutoff: float, *, owner: _Owner = (None, None, None)
               ) -> tuple[Matches, str | None, Match | None]:
        """Matches of a fingerprint, the id the index holds the document itself under (`owner`: its path, id and
        raw digest; the same content, as cleaned or as read, and the same path or id) or None, and the nearest
        candidate below the cutoff when nothing matched."""
        return self._query_many([fp], cutoff, [owner])[0]

    def _query_many(self, fps: Sequence[Fingerprint], cutoff: float, owners: Sequence[_Owner]
                    ) -> list[tuple[Matches, str | None, Match | None]]:
        """`_query` of many fingerprints: the LSH buckets of all their band keys read in one statement (each
        bucket once, as one list), each candidate's shingles read once, each query verified against all its
        candidates in one vectorised pass."""
        import numpy as np

        from ..arrays import unique

        db = self._db
        db.execute("CREATE TEMP TABLE IF NOT EXISTS query_keys (key INTEGER PRIMARY KEY)")
        db.execute("CREATE TEMP TABLE IF NOT EXISTS query_docs (doc INTEGER PRIMARY KEY)")
        keys = [fp.band_keys for fp in fps]
        distinct = unique(np.concatenate(keys)) if keys else np.zeros(0, dtype=np.int64)
        # The temporary tables are filled inside a savepoint (a transaction of its own, or nested in the caller's
        # write transaction): row by row in autocommit mode, their inserts took longer than the lookups.
        db.execute("SAVEPOINT query_tables")
        db.execute("DELETE FROM query_keys")
        db.executemany("INSERT INTO query_keys (key) VALUES (?)", ((k,) for k in distinct.tolist()))
        # A near-duplicate's band keys are its copies' too: a bucket holds ~100 documents, met by every query
        # about that story. One row per bucket, its documents as text: ~4x less than a row per (query, document).
        buckets = {key: np.fromstring(docs, dtype=np.int64, sep=",") for key, docs in db.execute(
            "SELECT q.key, group_concat(b.doc) FROM query_keys q JOIN bands b ON b.key = q.key GROUP BY q.key")}
        empty = np.zeros(0, dtype=np.int64)
        candidates = []
        for query_keys in keys:
            found = [buckets[k] for k in query_keys.tolist() if k in buckets]
            candidates.append(unique(np.concatenate(found)) if found else empty)
        wanted = unique(np.concatenate(candidates)) if candidates else empty
        db.execute("DELETE FROM query_docs")
        db.executemany("INSERT INTO query_docs (doc) VALUES (?)", ((d,) for d in wanted.tolist()))
        db.execute("RELEASE query_tables")
        ids: dict[int, str] = {}
        indexed_paths: dict[int, str | None] = {}
        with_digest: dict[str, list[int]] = {}  # candidates by content digest, to find a query's own entry
        shingles: dict[int, np.ndarray] = {}
        for doc, doc_id, path, digest, blob in db.execute(
                "SELECT d.doc, d.id, d.path, d.digest, d.shingles FROM query_docs q JOIN docs d ON d.doc = q.doc"):
            ids[doc], indexed_paths[doc] = doc_id, path
            with_digest.setdefault(digest, []).append(doc)
            shingles[doc] = np.frombuffer(blob, dtype="<u4")
        if len(shingles) < len(wanted):
            # Removing a document removes its bands with it: a band naming a document the index lacks is damage
            # (a page overwritten), which a check must say rather than die of.
            lost = int(wanted[~np.isin(wanted, np.fromiter(shingles, dtype=np.int64, count=len(shingles)))][0])
            raise IndexStoreError(f"index is corrupt (its buckets name document {lost}, which it does not hold); "
                                  "restore a copy or rebuild it", self.path)
        db.execute("SAVEPOINT query_tables")
        db.execute("DELETE FROM query_keys")
        db.execute("DELETE FROM query_docs")
        db.execute("RELEASE query_tables")
        # Documents held with a query's text as read: itself, however differently it was cleaned when it was added
        # (an upgrade of diffsrc that sets aside another line), and so whether or not it is a candidate.
        with_raw_digest: dict[str, list[tuple[int, str, str | None]]] = {}
        raw_digests = sorted({raw for _, _, raw in owners if raw is not None}) if self._raw_digests else []
        for start in range(0, len(raw_digests), 500):  # stay far below SQLite's bound-parameter limit
            chunk = raw_digests[start : start + 500]
            for doc, doc_id, path, raw in db.execute(
                    f"SELECT doc, id, path, raw_digest FROM docs WHERE raw_digest IN ({','.join('?' * len(chunk))})",
                    chunk):
                with_raw_digest.setdefault(raw, []).append((doc, doc_id, path))
        # Matches come out most similar first, then by id: the candidates' ranks by id, to sort in numpy.
        rank = dict(zip(sorted(ids, key=ids.__getitem__), range(len(ids)), strict=True))
        # Copies of one story share their candidates: each candidate list is laid out once (up to a memory bound).
        laid_out: dict[bytes, tuple[ShingleSets, np.ndarray, list[str], list[str | None]]] = {}
        room = _LAID_OUT_BYTES
        out = []
        for fp, docs, (path, doc_id, raw_digest) in zip(fps, candidates, owners, strict=True):
            # The document itself, already indexed (same content, same path or id: a retried run, or the same file
            # checked out in another workspace), is no match. Same content: the same text as cleaned (then a
            # candidate), or as read. {doc: the id it is held under}.
            holding = [(d, ids[d], indexed_paths[d]) for d in with_digest.get(fp.digest, ()) if d in docs]
            holding += with_raw_digest.get(raw_digest, []) if raw_digest is not None else []
            itself = {d: held_id for d, held_id, held_path in holding
                      if held_id == doc_id or (path is not None and _same_path(held_path, path))}
            if itself:
                docs = docs[~np.isin(docs, list(itself))]
            key = docs.tobytes()
            entry = laid_out.get(key)
            if entry is None:
                doc_list = docs.tolist()
                entry = (ShingleSets([shingles[d] for d in doc_list]),
                         np.array([rank[d] for d in doc_list], dtype=np.int64),
                         [ids[d] for d in doc_list], [indexed_paths[d] for d in doc_list])
                if entry[0].values.nbytes * 3 <= room:
                    laid_out[key] = entry
                    room -= entry[0].values.nbytes * 3
            sets, ranks, id_list, path_list = entry
            jaccard, containment, decisive = similarities(fp.shingles, sets, min_size_ratio=self.params.min_size_ratio)
            keep = np.flatnonzero(decisive >= cutoff)
            keep = keep[np.lexsort((ranks[keep], -decisive[keep]))]
            matches = Matches(id_list, path_list, keep.tolist(), decisive[keep].tolist(), jaccard[keep].tolist(),
                              containment[keep].tolist())
            nearest = None
            if not keep.size and decisive.size:
                # The most similar candidate, the first by id among equals.
                best = int(np.lexsort((ranks, -decisive))[0])
                nearest = Match(id_list[best], float(decisive[best]), float(jaccard[best]), float(containment[best]),
                                path_list[best])
            # Its own id first; else the id it was stored under (`check --add`: "a.txt@1f2e3d4c" for a reused name).
            held = doc_id if doc_id in itself.values() else next(iter(itself.values()), None)
            out.append((matches, held, nearest))
        return out

    def check(
        self, docs: Iterable[Document | IndexableDocument], *, threshold: float | None = None, add: bool = False
    ) -> CheckResults:
        """Check documents against the index, optionally adding the clean ones (the ingest step).

        With `add`, each batch is checked and added in one write transaction, so documents earlier in the same
        run count too (a duplicate pair within the run reports its second document) and two concurrent runs
        never both add near-duplicates of each other. A document the index already holds (same content, same path
        or id: a retried run) is `already-indexed`, not a near-duplicate of itself. A document that cannot be
        checked (no article text, or with `add` an id an earlier document of the run has) is an `error` result;
        the others are checked all the same.

        Args:
            docs: the documents to check.
            threshold: similarity threshold (the index's by default; may be stricter, not looser).
            add: add the clean documents to the index.

        Returns:
            One CheckResult per document, in input order, as a `CheckResults` list (`.to_pandas()`: a
            DataFrame of one row per document).

        Raises:
            IndexStoreError: the index cannot be read or written, or the threshold is below the index's.
        """
        cutoff = self._threshold(threshold)  # before fingerprinting: a refused threshold fails at once
        docs = list(_many(docs, "check"))
        entries = fingerprint_or_errors(docs, self.params, bands_rows=(self.bands, self.rows))
        return self.check_fingerprinted([list(zip([d.id for d in docs], entries, strict=True))], cutoff, add=add)

    def check_fingerprinted(self, chunks: Iterable[Sequence[tuple[str, FingerprintedDocument | InputError]]],
                            threshold: float | None = None, *, add: bool = False) -> CheckResults:
        """`check` of documents fingerprinted already, chunk by chunk as the chunks come (`index.ingest.check_paths`
        reads and fingerprints the files a batch at a time, so a large check never holds every document at once).

        Args:
            chunks: (document id, its fingerprint or the `InputError` that kept it from one), in input order.
            threshold: as for `check`.
            add: as for `check`.
        """
        cutoff = self._threshold(threshold)
        results = CheckResults()
        seen: dict[str, str] = {}
        # Without `add`, documents are looked up many at a time (`_query_many`); with it, one by one, so that each
        # sees the ones added before it.
        batch = INDEX_CHECK_BATCH if add else INDEX_QUERY_BATCH
        for chunk in chunks:
            ids = [doc_id for doc_id, _ in chunk]
            entries = [entry for _, entry in chunk]
            if add:
                entries = _errors_for_repeated_ids(entries, seen)
            for start in range(0, len(entries), batch):
                part = slice(start, start + batch)
                if add:
                    begun = self._try_begin_write()
                    if not begun:
                        # Another process is writing. A batch with nothing to add (near-duplicates, documents
                        # already indexed, errors) is answered without waiting for it.
                        with _translate_errors(self.path):
                            read = self._check_batch(ids[part], entries[part], cutoff, None)
                        if not any(r.status == "clean" for r in read):
                            results.extend(read)
                            continue
                    with self._write(begun=begun) as db:
                        results.extend(self._check_batch(ids[part], entries[part], cutoff, db))
                else:
                    with _translate_errors(self.path):
                        results.extend(self._check_batch(ids[part], entries[part], cutoff, None))
        return results

    def _check_batch(self, ids: Sequence[str], entries: Sequence[FingerprintedDocument | InputError], cutoff: float,
                     db: sqlite3.Connection | None) -> list[CheckResult]:
        """Check entries in order; with a write transaction (`db`), add the clean ones as they are found."""
        results = []
        found = iter([]) if db is not None else iter(self._query_many(
            [e.fingerprint for e in entries if not isinstance(e, InputError)], cutoff,
            [(e.path, e.id, e.raw_digest) for e in entries if not isinstance(e, InputError)]))
        for doc_id, entry in zip(ids, entries, strict=True):
            if isinstance(entry, InputError):
                results.append(CheckResult(entry.path or doc_id, doc_id, error=entry.reason))
                continue
            if db is not None:
                matches, itself, nearest = self._query(entry.fingerprint, cutoff,
                                                       owner=(entry.path, entry.id, entry.raw_digest))
            else:
                matches, itself, nearest = next(found)
            if itself is not None:
                results.append(CheckResult(entry.path or entry.id, itself, already_indexed=True))
            elif db is not None and not matches:
                stored = [entry]
                self._put_many(db, stored, keep=True)
                entry = stored[0]  # under another id where the index holds other text under its own
                results.append(CheckResult(entry.path or entry.id, entry.id, added=True, nearest=nearest))
            else:
                results.append(CheckResult(entry.path or entry.id, entry.id, matches, nearest=nearest))
        return results

    def documents(self) -> list[dict[str, Any]]:
        """Every document in the index, sorted by id: its id, the path it was added from (absolute; None for standard
        input), its shingle count and its text's digest (what `check --add` appends to a reused id)."""
        with _translate_errors(self.path):
            rows = self._db.execute("SELECT id, path, n_shingles, digest FROM docs ORDER BY id").fetchall()
        return [{"id": doc_id, "path": path, "shingles": n, "digest": digest} for doc_id, path, n, digest in rows]

    def ids(self) -> list[str]:
        """All document ids in the index, sorted."""
        with _translate_errors(self.path):
            return [row[0] for row in self._db.execute("SELECT id FROM docs ORDER BY id")]

    def verify(self) -> None:
        """Read every page of the index (SQLite's `quick_check`) and refuse it if any is damaged.

        SQLite finds damage only where it reads, so a write to a damaged file can succeed and bury the damage under
        new documents; a bulk `index add` verifies an existing index first (about 0.2 s for 20,000 documents).

        Raises:
            IndexStoreError: the index is damaged.
        """
        with _translate_errors(self.path):
            problems = [row[0] for row in self._db.execute("PRAGMA quick_check(3)")]
        if problems != ["ok"]:
            said = "; ".join(" ".join(str(problem).replace("*** in database main ***", "").split())
                             for problem in problems)
            raise IndexStoreError(f"index is corrupt ({said}); not written to: restore a copy or rebuild it",
                                  self.path)

    def info(self) -> dict[str, Any]:
        """Counts and parameters, as a JSON-ready dict (keys in a fixed order)."""
        with _translate_errors(self.path):
            documents, shingles = self._db.execute("SELECT count(*), coalesce(sum(n_shingles), 0) FROM docs").fetchone()
            band_rows = self._db.execute("SELECT count(*) FROM bands").fetchone()[0]
            # Documents told by their cleaned text alone (added before the index kept raw digests, or by a diffsrc
            # of before): after an upgrade that cleans them otherwise, their files read as near-duplicates of
            # themselves until `index add` sees them again.
            unknown_raw = (self._db.execute("SELECT count(*) FROM docs WHERE raw_digest IS NULL").fetchone()[0]
                           if self._raw_digests else documents)
        p = self.params
        return {
            "path": self.path,
            "format_version": FORMAT_VERSION,
            "fingerprint_version": int(self.meta["fingerprint_version"]),
            "documents": documents,
            "without_raw_digest": unknown_raw,
            "shingles": shingles,
            "band_rows": band_rows,
            "size_bytes": _size_on_disk(self.path),
            "threshold": p.threshold,
            "lsh_threshold": round(lsh_threshold(p), 4),
            "min_size_ratio": p.min_size_ratio,
            "shingle_size": p.shingle_size,
            "num_perm": p.num_perm,
            "seed": p.seed,
            "bands": self.bands,
            "rows": self.rows,
        }

    def fingerprint_rows(self) -> list[tuple[str, str | None, str, bytes, bytes]]:
        """(id, path, digest, shingles, band_keys) of every document, sorted by id: the index's content, for tests."""
        with _translate_errors(self.path):
            return self._db.execute("SELECT id, path, digest, shingles, band_keys FROM docs ORDER BY id").fetchall()


def _size_on_disk(path: str) -> int:
    """Bytes of the index file and its write-ahead log (committed data may still be in the log)."""
    return sum(os.path.getsize(p) for p in (path, path + "-wal") if os.path.exists(p))


def _stored_path(path: str | None) -> str | None:
    """A file's path as the index keeps it: absolute, so that a check run from another folder still knows the file
    (standard input has no path to resolve)."""
    if path is None or path in ("-", "<stdin>"):
        return path
    return os.path.abspath(path)


def _another_file_of_that_name(entry: FingerprintedDocument, indexed: str | None, path: str | None) -> bool:
    """Whether an entry named by its file name comes from another file than the indexed document of that id. (An
    id given with --id, or a record's own id, names one document wherever it is read from.)"""
    return (indexed is not None and path is not None and not _same_path(indexed, path)
            and entry.id == os.path.basename(path) and os.path.basename(indexed) == entry.id)


class _StoredRow(NamedTuple):
    """What `_put_many` reads of a document the index holds (`raw_digest`: None where the row has none)."""

    doc: int
    digest: str
    path: str | None
    raw_digest: str | None


def _same_text(old: _StoredRow, entry: FingerprintedDocument) -> bool:
    """Whether an indexed row holds the entry's text: the same text as cleaned, or the same text as read (cleaned
    otherwise since: an upgrade of diffsrc that sets aside another line)."""
    return old.digest == entry.fingerprint.digest or (old.raw_digest is not None
                                                       and old.raw_digest == entry.raw_digest)


def _same_path(indexed: str | None, given: str) -> bool:
    # Indexes written before paths were stored absolute hold them as given: those resolve against this folder.
    return indexed is not None and os.path.abspath(indexed) == os.path.abspath(given)


def _errors_for_repeated_ids(
    entries: Sequence[FingerprintedDocument | InputError], seen: dict[str, str],
) -> list[FingerprintedDocument | InputError]:
    """Entries with each repeat of an earlier entry's id (`seen`: id -> where, updated) replaced by the error that
    says so."""
    out: list[FingerprintedDocument | InputError] = []
    for entry in entries:
        if isinstance(entry, FingerprintedDocument):
            where = entry.path or entry.id
            if entry.id in seen:
                entry = InputError(f"same id {entry.id!r} as {seen[entry.id]}; give documents distinct ids", where)
            else:
                seen[entry.id] = where
        out.append(entry)
    return out


# Band rows per INSERT statement: a statement of many rows binds its values in one call (840,000 rows of a 20,000
# document index: 0.60 s against 0.95 s one row at a time), and 2 x 400 values stay under SQLite's oldest limit of
# 999 bound parameters.
BAND_ROWS_PER_STATEMENT = 400


def _insert_bands(db: sqlite3.Connection, keys: Any, docs: Any) -> None:
    """Insert (key, doc) band rows, many per statement."""
    import numpy as np

    flat = np.column_stack((keys, docs)).ravel().tolist()
    n = len(flat) // 2
    full = n - n % BAND_ROWS_PER_STATEMENT
    if full:
        step = 2 * BAND_ROWS_PER_STATEMENT
        db.executemany(_bands_statement(BAND_ROWS_PER_STATEMENT),
                       (flat[i:i + step] for i in range(0, 2 * full, step)))
    if n > full:
        db.execute(_bands_statement(n - full), flat[2 * full:])


@lru_cache(maxsize=4)
def _bands_statement(rows: int) -> str:
    return "INSERT OR IGNORE INTO bands (key, doc) VALUES " + ",".join(["(?, ?)"] * rows)


def _refuse_duplicate_ids(entries: Sequence[FingerprintedDocument]) -> None:
    seen: dict[str, str] = {}
    for entry in entries:
        where = entry.path or entry.id
        if entry.id in seen:
            raise InputError(f"same id {entry.id!r} as {seen[entry.id]}; give documents distinct ids", where)
        seen[entry.id] = where


def _when_unlocked(step: Callable[[], T]) -> T:
    """Run `step`, again while SQLite answers "locked" at once. The busy timeout covers waiting for a lock, but a
    few answers skip the busy handler (a connection arriving while another process sets the file up for
    write-ahead logging: two CI jobs creating one index at the same moment); those are waited out here too."""
    deadline = time.monotonic() + INDEX_LOCK_TIMEOUT
    while True:
        try:
            return step()
        except (sqlite3.OperationalError, IndexStoreError) as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


@contextmanager
def _translate_errors(path: str) -> Iterator[None]:
    """Turn SQLite errors into IndexStoreError naming the index file."""
    try:
        yield
    except DiffsrcError:
        raise
    except sqlite3.OperationalError as exc:
        message = str(exc)
        if message.startswith("Could not decode"):
            # A text column holding bytes that are no text: a damaged page (the message quotes the bytes).
            column = message.split("column '", 1)[-1].split("'", 1)[0]
            raise IndexStoreError(f"index is corrupt (its {column} column holds bytes that are no text); restore a "
                                  "copy or rebuild it", path) from None
        if "locked" in message or "busy" in message:
            raise IndexStoreError("index is locked by another process (timed out waiting)", path) from None
        if "readonly" in message or "read-only" in message:
            where = os.path.dirname(os.path.abspath(path))
            if os.path.exists(path) and not os.access(where, os.W_OK):
                raise IndexStoreError(f"index is read-only (its folder {where} cannot be written)", path) from None
            raise IndexStoreError("index is read-only (cannot write)", path) from None
        if "disk" in message and "full" in message:
            raise IndexStoreError("disk full while writing the index", path) from None
        raise IndexStoreError(f"cannot use index: {message}", path) from None
    except sqlite3.ProgrammingError as exc:
        if "closed database" in str(exc):
            # An Index used after close() or its `with` block: the file is fine; "corrupt" sent a CI pipeline's
            # owner to rebuild a healthy index.
            raise IndexStoreError("index is closed (used after close() or after its `with` block): open it again "
                                  "with Index.open", path) from None
        raise
    except sqlite3.DatabaseError as exc:
        raise IndexStoreError(f"index is corrupt or not an index ({exc})", path) from None
