"""Inputs: files, folders, globs and standard input, in whatever format they come, turned into documents.

The format is chosen from the file itself, not only its name:

- plain text (any encoding `document.decode_bytes` reads), with optional `---` front matter for its metadata;
- HTML pages (`.html`, `.htm`, or anything that opens like a page), through trafilatura (`html_extract.py`);
- JSON Lines (`.jsonl`, `.ndjson`) and CSV (`.csv`): one article per line or row (`records.py`);
- WARC/ARC web archives (`.warc`, `.arc`, gzipped or not): one article per HTML response record;
- any of these gzipped (`.gz`), and `-` for standard input.

Commands that take several inputs (`corpus`, `check`, `index add`) call `load_documents`; a bad file or record
never stops the run, it becomes a `Skipped` entry with its reason, which the caller reports.
"""

from __future__ import annotations

import errno
import glob
import gzip
import io
import logging
import os
import re
import sys
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from ..document import Document, decode_bytes
from ..errors import DiffsrcError, InputError

logger = logging.getLogger(__name__)

# Files in a folder that are never articles (our own outputs, editor droppings). Named explicitly, a .csv or
# .json file is still read; only a folder walk passes them over, since reports are written as CSV and JSON.
_IGNORED_SUFFIXES = {".json", ".csv", ".md", ".graphml", ".dot", ".svg", ".db", ".sqlite", ".pyc", ".tmp"}
_HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}
_JSONL_SUFFIXES = {".jsonl", ".ndjson"}
_ARCHIVE_SUFFIXES = {".warc", ".arc"}
# A single document (a text file, a page) larger than this is refused: it is not a news article, and reading it
# whole would only postpone the failure. Containers (JSONL, WARC) are streamed and have no overall limit.
MAX_DOCUMENT_BYTES = 64 * 2**20
# A CSV file or a gzipped file other than an archive is read into memory whole; this bounds that read.
MAX_FILE_BYTES = 1024 * 2**20

_GZIP_MAGIC = b"\x1f\x8b"
_FRONT_MATTER_KEY = re.compile(r"([A-Za-z][\w-]{0,40})[ \t]*+:(.*)")
# Front matter keys and the metadata field each fills.
FRONT_MATTER_FIELDS = {
    "title": "title", "headline": "title",
    "outlet": "outlet", "source": "outlet", "publisher": "outlet", "site": "outlet", "sitename": "outlet",
    "site_name": "outlet", "publication": "outlet",
    "date": "date", "published": "date", "pubdate": "date", "publication_date": "date",
    "url": "url", "link": "url", "canonical": "url", "canonical_url": "url",
    "author": "author", "byline": "author",
}


@dataclass(frozen=True)
class Skipped:
    """An input that was not used, and why."""

    path: str
    reason: str

    @property
    def message(self) -> str:
        return f"{self.path}: {self.reason}"


def _walk_folder(folder: Path) -> tuple[list[str], list[Skipped]]:
    found: list[str] = []
    skipped: list[Skipped] = []
    for p in folder.rglob("*"):
        if any(part.startswith(".") for part in p.relative_to(folder).parts):
            continue
        suffix = p.suffix.lower()
        if suffix in _IGNORED_SUFFIXES or (suffix in (".html", ".htm") and _is_own_report_file(p)):
            continue  # our own outputs (reports of an earlier run) are passed over, as a folder's .json/.md are
        if p.is_file():
            found.append(os.fspath(p))
        elif p.is_symlink() and not p.is_dir():
            # A dangling link or a link loop would otherwise vanish from the run without a word.
            skipped.append(Skipped(os.fspath(p), _link_problem(p)))
        elif not p.is_dir():
            # Named on the command line a pipe is read (`<(curl ...)`); met in a folder, it may never end.
            skipped.append(Skipped(os.fspath(p), "not a regular file (a pipe, socket or device)"))
    return sorted(found), sorted(skipped, key=lambda s: s.path)


def _is_own_report_file(p: Path) -> bool:
    from .web import is_own_report

    try:
        with p.open("rb") as handle:
            return is_own_report(handle.read(4096))
    except OSError:
        return False


def _link_problem(p: Path) -> str:
    try:
        p.stat()
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "symbolic link loop"
        return "broken symbolic link (its target does not exist)"
    return "not a regular file"


def expand_paths(paths: Iterable[str]) -> tuple[list[str], list[Skipped]]:
    """Files named by `paths` (files, folders searched recursively for articles, glob patterns), in a stable order.

    Returns:
        (files, skipped): the files to load, and the paths that named nothing.
    """
    files: list[str] = []
    skipped: list[Skipped] = []
    for raw in paths:
        if raw == "-":
            files.append(raw)
            continue
        path = Path(raw)
        if path.is_dir():
            found, bad = _walk_folder(path)
            if not found and not bad:
                skipped.append(Skipped(raw, "folder holds no article files"))
            files.extend(found)
            skipped.extend(bad)
        elif path.exists() or path.is_symlink():
            files.append(raw)
        elif glob.has_magic(raw):
            matches = sorted(glob.glob(raw, recursive=True))
            if not matches:
                skipped.append(Skipped(raw, "pattern matches no files"))
            files.extend(m for m in matches if Path(m).is_file())
        else:
            skipped.append(Skipped(raw, "no such file"))
    seen: set[str] = set()
    unique = [f for f in files if not (f in seen or seen.add(f))]  # type: ignore[func-returns-value]
    return unique, skipped


def document_ids(files: list[str]) -> dict[str, str]:
    """An id per file: its name, or its path relative to the inputs' common folder where names collide."""
    by_name: dict[str, list[str]] = {}
    for f in files:
        by_name.setdefault("stdin" if f == "-" else Path(f).name, []).append(f)
    ids: dict[str, str] = {}
    for name, group in by_name.items():
        if len(group) == 1:
            ids[group[0]] = name
            continue
        root = os.path.commonpath([os.path.abspath(f) for f in group])
        for f in group:
            ids[f] = Path(os.path.relpath(os.path.abspath(f), root)).as_posix()
    return ids


# --- reading bytes -------------------------------------------------------------------------------------------


def _open(path: str) -> IO[bytes]:
    """Open a file for reading, turning every OS failure into an `InputError` that says what is wrong."""
    try:
        if os.path.isdir(path):
            raise InputError("is a directory, not a file", path)
        return open(path, "rb")  # noqa: SIM115 - the caller closes it
    except InputError:
        raise
    except OSError as exc:
        raise InputError(_os_reason(exc), path) from None


def _os_reason(exc: OSError) -> str:
    if exc.errno == errno.ENOENT:
        return "no such file" if not os.path.islink(exc.filename or "") else "broken symbolic link"
    if exc.errno == errno.ELOOP:
        return "symbolic link loop"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    if exc.errno == errno.EISDIR:
        return "is a directory, not a file"
    return f"cannot read: {exc.strerror or exc}"


def _read_limited(stream: IO[bytes], name: str, limit: int, what: str = "file") -> bytes:
    try:
        data = stream.read(limit + 1)
    except OSError as exc:
        raise InputError(_os_reason(exc), name) from None
    except (EOFError, zlib.error) as exc:
        raise InputError(f"truncated or corrupt gzip data ({exc})", name) from None
    if len(data) > limit:
        raise InputError(f"{what} larger than {_size(limit)}; not read", name)
    return data


def _size(n: int) -> str:
    return f"{n // 2**20} MB" if n >= 2**20 else f"{n} bytes"


def read_bytes(path: str, limit: int = MAX_DOCUMENT_BYTES) -> bytes:
    """A file's bytes (at most `limit`), with every failure an `InputError` naming the file and the reason."""
    with _open(path) as stream:
        return _read_limited(stream, path, limit)


# --- formats ---------------------------------------------------------------------------------------------------


def _suffixes(name: str) -> tuple[str, bool]:
    """The format suffix of a file name, and whether it is gzipped (`a.warc.gz` -> (".warc", True))."""
    lower = name.lower()
    gzipped = lower.endswith(".gz")
    if gzipped:
        lower = lower[:-3]
    return os.path.splitext(lower)[1], gzipped


def sniff_format(name: str, head: bytes) -> str:
    """The format of a file from its name and first bytes: text, html, jsonl, csv or warc.

    The content wins where it is unambiguous (a WARC header, an HTML page); otherwise the suffix decides, and
    standard input (no suffix) that opens with a JSON object holding `text` is JSON Lines.
    """
    from .web import looks_like_html

    suffix, _ = _suffixes(name)
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith((b"WARC/", b"filedesc://")) or suffix in _ARCHIVE_SUFFIXES:
        return "warc"
    if suffix in _JSONL_SUFFIXES:
        return "jsonl"
    if suffix == ".csv":
        return "csv"
    if suffix in _HTML_SUFFIXES or looks_like_html(head):
        return "html"
    if name in ("-", "<stdin>") and stripped.startswith(b"{"):
        first = stripped.split(b"\n", 1)[0]
        if b'"text"' in first:
            return "jsonl"
    return "text"


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """Metadata from `---`-fenced `key: value` lines at the top of a text, and the text without them.

    Recognised keys fill `title`, `outlet`, `date`, `url` and `author` (see `FRONT_MATTER_FIELDS`; dates are
    written as YYYY-MM-DD where they can be read). Text whose first line is not `---`, or whose fenced block
    holds a line that is not `key: value`, is returned unchanged: a rule of dashes is not front matter.
    """
    if not text.startswith("---"):
        return {}, text
    lines = text.split("\n", 42)
    if lines[0].strip() != "---":
        return {}, text
    metadata: dict[str, str] = {}
    for i, line in enumerate(lines[1:41], 1):
        if line.strip() in ("---", "..."):
            rest = "\n".join(lines[i + 1:])
            return _normalise_front_matter(metadata), rest
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        m = _FRONT_MATTER_KEY.fullmatch(line.rstrip())
        if not m:
            return {}, text
        key, value = m.group(1).lower().replace("-", "_"), m.group(2).strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        if key in FRONT_MATTER_FIELDS and value and FRONT_MATTER_FIELDS[key] not in metadata:
            metadata[FRONT_MATTER_FIELDS[key]] = value
    return {}, text


def _normalise_front_matter(metadata: dict[str, str]) -> dict[str, str]:
    from ..text.clean import parse_date

    if "date" in metadata:
        metadata["date"] = parse_date(metadata["date"]) or metadata["date"]
    return metadata


def _text_document(data: bytes, name: str, doc_id: str, path: str, metadata: dict[str, str | None]) -> Document:
    text, encoding = decode_bytes(data, name)
    found, text = split_front_matter(text.removeprefix("\ufeff"))
    author = found.pop("author", None)
    for key, value in metadata.items():
        if value is not None or key not in found:
            found[key] = value  # type: ignore[assignment]
    doc = Document.from_text(text, id=doc_id, path=path, **found)
    doc.encoding = encoding
    doc.author = author
    if encoding in ("cp1252", "latin-1"):
        doc.warnings.append(f"{name}: not valid UTF-8; read as {encoding}")
    return doc


@dataclass
class _Source:
    """An input opened for reading: its display name, the name its format is judged by, and a byte stream."""

    name: str
    format_name: str
    stream: io.BufferedReader
    path: str


def _open_source(path: str) -> _Source:
    if path == "-":
        data = _read_limited(sys.stdin.buffer, "<stdin>", MAX_FILE_BYTES, "input")
        return _Source("<stdin>", "-", io.BufferedReader(io.BytesIO(data)), "-")  # type: ignore[arg-type]
    stream = _open(path)
    if not stream.seekable():  # a pipe (`<(curl ...)`): read once into memory, as standard input is
        with stream:
            data = _read_limited(stream, path, MAX_FILE_BYTES, "input")
        return _Source(path, path, io.BufferedReader(io.BytesIO(data)), path)  # type: ignore[arg-type]
    return _Source(path, path, stream, path)  # type: ignore[arg-type]


def iter_path(path: str, id: str | None = None, **metadata: str | None) -> Iterator[Document | InputError]:
    """Every document in one input (a file, or `-` for standard input), whatever its format.

    Yields a `Document` per usable article and an `InputError` (with the file or record it is about) for each
    unusable one; an input that cannot be read at all yields one `InputError`. Nothing else is raised.

    Args:
        path: the file, or `-`.
        id: the id of a single-document input (defaults to the file name); records of a JSONL/CSV file without an
            id of their own are named `<id>:<line>`.
        **metadata: `title`, `outlet`, `date`, `url` for a single-document input; they win over the file's own.
    """
    try:
        source = _open_source(path)
    except InputError as exc:
        yield exc
        return
    file_id = id or ("stdin" if path == "-" else Path(path).name)
    with source.stream:
        try:
            yield from _iter_source(source, file_id, metadata)
        except DiffsrcError as exc:
            yield InputError(exc.reason, exc.path or source.name)
        except OSError as exc:
            yield InputError(_os_reason(exc), source.name)


def _iter_source(source: _Source, file_id: str, metadata: dict[str, str | None]) -> Iterator[Document | InputError]:
    name, format_name, raw = source.name, source.format_name, source.stream
    head = _peek(raw, name, 4096)
    stream: IO[bytes] = raw
    if head.startswith(_GZIP_MAGIC):
        head = _gzip_head(raw, name)
        raw.seek(0)
        if sniff_format(format_name, head) == "warc":
            from .records import iter_warc

            _check_archive_header(head, name)
            yield from iter_warc(raw, name)  # warcio reads gzipped archives itself, record by record
            return
        stream = io.BufferedReader(_GzipErrors(gzip.GzipFile(fileobj=raw, mode="rb"), name))  # type: ignore[arg-type]
        if format_name.lower().endswith(".gz"):
            format_name = format_name[:-3]
    kind = sniff_format(format_name, head)
    if kind == "warc":
        from .records import iter_warc

        _check_archive_header(head, name)

        yield from iter_warc(stream, name)
    elif kind == "jsonl":
        from .records import iter_jsonl

        yield from iter_jsonl(stream, name, file_id)
    elif kind == "csv":
        from .records import iter_csv

        yield from iter_csv(_read_limited(stream, name, MAX_FILE_BYTES), name, file_id)
    elif kind == "html":
        from .web import document_from_html

        data = _read_limited(stream, name, MAX_DOCUMENT_BYTES)
        yield document_from_html(data, id=file_id, path=source.path, **metadata)
    else:
        data = _read_limited(stream, name, MAX_DOCUMENT_BYTES)
        yield _text_document(data, name, file_id, source.path, metadata)


def _check_archive_header(head: bytes, name: str) -> None:
    start = head.lstrip(b"\r\n")
    if start.startswith((b"WARC/", b"filedesc://")):
        return
    if b"WARC/".startswith(start) or b"filedesc://".startswith(start):  # empty, or cut inside the first header
        raise InputError("truncated or corrupt archive: it ends before its first record", name)
    raise InputError("not a readable WARC/ARC archive (it does not start with a WARC or ARC header)", name)


def _peek(stream: io.BufferedReader, name: str, n: int) -> bytes:
    try:
        return stream.peek(n)[:n]
    except OSError as exc:
        raise InputError(_os_reason(exc), name) from None


def _gzip_head(raw: IO[bytes], name: str) -> bytes:
    """The first decompressed bytes of a gzip stream, enough to tell its format (a damaged end is found later)."""
    try:
        return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(raw.read(1 << 16), 4096)
    except zlib.error as exc:
        raise InputError(f"truncated or corrupt gzip data ({exc})", name) from None


class _GzipErrors(io.RawIOBase):
    """A gzip stream whose failures (a truncated or corrupt file) are `InputError`s naming the file."""

    def __init__(self, inner: gzip.GzipFile, name: str) -> None:
        self._inner = inner
        self._name = name

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:  # type: ignore[no-untyped-def]
        try:
            data = self._inner.read(len(b))
        except (OSError, EOFError, zlib.error) as exc:
            raise InputError(f"truncated or corrupt gzip data ({exc})", self._name) from None
        b[: len(data)] = data
        return len(data)


# --- the public entry points -----------------------------------------------------------------------------------


def load_path(path: str, id: str | None = None, *, check: bool = True, **metadata: str | None) -> Document:
    """Load one input as one document, whatever its format (text, HTML, a one-record JSONL/CSV/WARC file, `-`).

    Args:
        path: the file, or `-` for standard input.
        id: its name in reports; defaults to the file name (`stdin` for `-`).
        check: also clean the text now, so an input with no article in it fails here rather than mid-run.
        **metadata: `title`, `outlet`, `date`, `url`; these win over what the file says.

    Raises:
        InputError: the input cannot be read or used, or holds several documents (use `load_documents`).
    """
    docs: list[Document] = []
    errors: list[InputError] = []
    for item in iter_path(path, id=id, **metadata):
        if isinstance(item, InputError):
            errors.append(item)
        else:
            docs.append(item)
    name = "<stdin>" if path == "-" else path
    if len(docs) > 1:
        raise InputError(f"holds {len(docs)} documents; compare takes one (use diffsrc corpus for many)", name)
    if not docs:
        if len(errors) == 1:
            raise errors[0]
        if errors:
            raise InputError(f"no usable document ({len(errors)} records skipped; first: {errors[0].message})", name)
        raise InputError("no documents in it", name)
    doc = docs[0]
    if check:
        _ = doc.cleaned  # a file with no article in it fails here, not later mid-run
    return doc


def _load_file(f: str, file_id: str, prepare: bool = False) -> list[Document | Skipped]:
    """Every document of one input file, or why it was skipped; cleaned (and with `prepare`, segmented)."""
    items: list[Document | Skipped] = []
    for item in iter_path(f, id=file_id):
        if isinstance(item, DiffsrcError):
            items.append(Skipped(item.path or f, item.reason))
            continue
        try:
            _ = item.cleaned  # a document with no article in it is skipped here, not later mid-run
            if prepare:  # done where the file was read: a worker process, in a parallel load
                _ = item.sentences
        except DiffsrcError as exc:
            items.append(Skipped(exc.path or f, exc.reason))
            continue
        items.append(item)
    return items


def _load_chunk(chunk: list[tuple[str, str]]) -> list[list[Document | Skipped]]:
    return [_load_file(f, file_id, prepare=True) for f, file_id in chunk]


def _per_file(files: list[str], ids: dict[str, str], workers: int) -> Iterator[list[Document | Skipped]]:
    """Each file's items, in file order; with `workers` > 1, read, cleaned and segmented in worker processes."""
    if workers <= 1 or len(files) < 2 * workers:
        for f in files:
            yield _load_file(f, ids[f])
        return
    from ..workers import process_pool

    pairs = [(f, ids[f]) for f in files]
    size = max(1, min(64, len(pairs) // (workers * 4)))
    chunks = [pairs[i : i + size] for i in range(0, len(pairs), size)]
    with process_pool(workers) as pool:
        for results in pool.map(_load_chunk, chunks):  # map keeps the order: same ids as a serial load
            yield from results


def iter_documents(paths: Iterable[str], *, workers: int = 1) -> Iterator[Document | Skipped]:
    """Documents from files, folders and globs; unreadable inputs and records come out as `Skipped` (never raised).

    Ids are unique across the run: a record id already used by another file is prefixed with its file's id
    (`b.jsonl:42`), and a repeat within one file is skipped.

    Args:
        paths: files, folders and glob patterns.
        workers: read and prepare the files in this many processes (the result is the same as with one).
    """
    files, skipped = expand_paths(paths)
    yield from skipped
    ids = document_ids(files)
    used: set[str] = set()
    for f, items in zip(files, _per_file(files, ids, workers), strict=True):
        for item in items:
            if isinstance(item, Skipped):
                yield item
                continue
            if item.id in used:
                renamed = f"{ids[f]}:{item.id}"
                if renamed in used:
                    yield Skipped(f"{f}: {item.id}", "duplicate id; kept the first")
                    continue
                item.id = renamed
            used.add(item.id)
            yield item


def load_documents(
    paths: Iterable[str], *, progress: Callable[[int, int], None] | None = None, workers: int = 1
) -> tuple[list[Document], list[Skipped]]:
    """All readable documents named by `paths`, and the skipped inputs with their reasons.

    Args:
        paths: files, folders and glob patterns.
        progress: called as `progress(files_done, files_total)` while reading (an archive or JSON Lines file
            counts once, however many documents it holds).
        workers: read, clean and segment the files in this many processes (same result as one).
    """
    paths = list(paths)
    total = max(1, len(expand_paths(paths)[0])) if progress else 0
    files_seen: set[str | None] = set()
    docs: list[Document] = []
    skipped: list[Skipped] = []
    for item in iter_documents(paths, workers=workers):
        if isinstance(item, Skipped):
            # Info, not a warning: the caller gets the list and reports it (the corpus command prints each one).
            logger.info("skipped %s", item.message)
            skipped.append(item)
        else:
            docs.append(item)
        if progress:
            files_seen.add(item.path)
            progress(min(len(files_seen), total), total)
    return docs, skipped


__all__ = [
    "FRONT_MATTER_FIELDS", "MAX_DOCUMENT_BYTES", "InputError", "Skipped", "document_ids", "expand_paths",
    "iter_documents", "iter_path", "load_documents", "load_path", "read_bytes", "sniff_format",
    "split_front_matter",
]
