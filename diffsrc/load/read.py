"""Reading one input, whatever its format, into the fields of the documents it holds.

The format is chosen from the file itself, not only its name:

- plain text (any encoding `decode.decode_bytes` reads), with optional `---` front matter for its metadata;
- HTML pages (`.html`, `.htm`, or anything that opens like a page), through trafilatura (`web.py`);
- JSON Lines (`.jsonl`, `.ndjson`) and CSV (`.csv`): one article per line or row (`records.py`);
- WARC/ARC web archives (`.warc`, `.arc`, gzipped or not): one article per HTML response record (`web.py`);
- any of these gzipped (`.gz`), and `-` for standard input.

Each reader yields a dict of `Document` fields per usable article and an `InputError` for each unusable one;
`diffsrc.document` turns the fields into documents. A bad file or record never stops the others.
"""

from __future__ import annotations

import gzip
import io
import logging
import os
import stat
import sys
import threading
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import IO, Any

from ..errors import DiffsrcError, InputError, SkippedRecord, printable_path
from ..wording import plural
from .decode import (
    decode_bytes,
    document_fields,
    fallback_warnings,
    size_text,
    split_front_matter,
    text_digest,
    warn_on_first_read,
)
from .paths import Skipped, document_ids, expand_paths, os_error_reason

logger = logging.getLogger(__name__)

_HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}
_JSONL_SUFFIXES = {".jsonl", ".ndjson"}
_ARCHIVE_SUFFIXES = {".warc", ".arc"}
# A single document (a text file, a page) larger than this is refused: it is not a news article, and reading it
# whole would only postpone the failure. Containers (JSONL, WARC) are streamed and have no overall limit.
MAX_DOCUMENT_BYTES = 64 * 2**20
# A CSV file or a gzipped file other than an archive is read into memory whole; this bounds that read.
MAX_FILE_BYTES = 1024 * 2**20

_GZIP_MAGIC = b"\x1f\x8b"
# What `_read_limited` asks for first: more than almost any article.
_FIRST_READ = 1 << 16


# --- reading bytes -------------------------------------------------------------------------------------------


# How long opening a named pipe may wait for a writer before stderr says so. A pipe named on the command line is read,
# as `cat` reads it (`<(curl ...)` is one, and its writer is already there), but a FIFO nothing writes to waits for
# ever, and a run that hangs without a word looks like a bug; two seconds is longer than a writer takes to start.
PIPE_WAIT_NOTICE_SECONDS = 2.0


def _open(path: str) -> IO[bytes]:
    """Open a file for reading, turning every OS failure into an `InputError` that says what is wrong."""
    try:
        if _is_pipe(path):
            return _open_pipe(path)
        return open(path, "rb")  # noqa: SIM115 - the caller closes it
    except OSError as exc:
        # Asked only on failure (Windows refuses a folder with a permission error): a stat per file costs a tenth
        # of reading a short one.
        if isinstance(exc, IsADirectoryError) or os.path.isdir(path):
            raise InputError("is a directory, not a file", path) from None
        raise InputError(os_error_reason(exc), path) from None


def _is_pipe(path: str) -> bool:
    """Whether `path` names a pipe (a FIFO, or `/dev/fd/63` of a process substitution), without opening it."""
    try:
        return stat.S_ISFIFO(os.stat(path).st_mode)
    except OSError:
        return False  # opening it says what is wrong


def _open_pipe(path: str) -> IO[bytes]:
    """Open a pipe for reading; if no writer has opened it after `PIPE_WAIT_NOTICE_SECONDS`, say so on stderr and
    go on waiting (Ctrl-C stops the run, exit 130)."""
    notice = threading.Timer(PIPE_WAIT_NOTICE_SECONDS, logger.warning,
                             ("%s: a named pipe that nothing writes to yet; waiting for a writer (Ctrl-C stops)",
                              printable_path(path)))
    notice.daemon = True
    notice.start()
    try:
        return open(path, "rb")  # noqa: SIM115 - the caller closes it
    finally:
        notice.cancel()


def _read_limited(stream: IO[bytes], name: str, limit: int, what: str = "file") -> bytes:
    try:
        # A buffered read of n bytes allocates n at once: asked for the limit (64 MB), each article cost a fresh
        # mapping of memory and its page faults, 25 us against 9 us for a read of 64 KB. An article fits in the
        # first read; a bigger file is read on to the limit.
        data = stream.read(min(limit + 1, _FIRST_READ))
        if len(data) == _FIRST_READ:
            data += stream.read(limit + 1 - _FIRST_READ)
    except OSError as exc:
        raise InputError(os_error_reason(exc), name) from None
    except (EOFError, zlib.error) as exc:
        raise InputError(f"truncated or corrupt gzip data ({exc})", name) from None
    if len(data) > limit:
        raise InputError(f"{what} larger than {size_text(limit)}; not read", name)
    return data


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
    """The format of a file from its name and first bytes: text, html, json, jsonl, csv or warc.

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
    if suffix == ".json" and stripped[:1] in (b"{", b"[", b'"'):
        return "json"
    if suffix == ".csv":
        return "csv"
    if suffix in _HTML_SUFFIXES or looks_like_html(head):
        return "html"
    if name == "-" and stripped.startswith(b"{"):
        first = stripped.split(b"\n", 1)[0]
        if b'"text"' in first:
            return "jsonl"
    return "text"


def _text_fields(data: bytes, name: str, doc_id: str, path: str, metadata: dict[str, str | None]) -> dict[str, Any]:
    text, encoding = decode_bytes(data, name)
    found, text = split_front_matter(text.removeprefix("\ufeff"))
    for key, value in metadata.items():
        if value is not None or key not in found:
            found[key] = value  # type: ignore[assignment]
    author = found.pop("author", None)
    return document_fields(text, id=doc_id, path=path, **found, encoding=encoding, author=author,
                           warnings=fallback_warnings(name, encoding))


@dataclass
class _Source:
    """An input opened for reading: its display name, the name its format is judged by, and a byte stream."""

    name: str
    format_name: str
    stream: io.BufferedReader
    path: str


# The standard input this process has read to its end (an object, so that a test's replaced stdin is another one).
_stdin_read: list[object] = []


def _open_source(path: str) -> _Source:
    if path == "-":
        stdin = sys.stdin.buffer
        # Messages name standard input "-", as the command line did.
        data = _read_limited(stdin, "-", MAX_FILE_BYTES, "input")
        if not data and any(seen is stdin for seen in _stdin_read):
            raise InputError("standard input was read already: it can be read once, so give - for one input only",
                             "-")
        _stdin_read[:] = [stdin]
        return _Source("-", "-", io.BufferedReader(io.BytesIO(data)), "-")  # type: ignore[arg-type]
    # Reports, tables and the index are UTF-8: a file name in another encoding ("copy\xe9.txt" from a Windows share)
    # is read from the file system as it is, and named with its odd bytes as \xNN (written as it is, it stopped a
    # whole batch with a traceback).
    shown = printable_path(path)
    stream = _open(path)
    if not stream.seekable():  # a pipe (`<(curl ...)`): read once into memory, as standard input is
        with stream:
            data = _read_limited(stream, shown, MAX_FILE_BYTES, "input")
        return _Source(shown, shown, io.BufferedReader(io.BytesIO(data)), shown)  # type: ignore[arg-type]
    return _Source(shown, shown, stream, shown)  # type: ignore[arg-type]


def iter_path(path: str, id: str | None = None, *, content_ids: bool = False,
              **metadata: str | None) -> Iterator[dict[str, Any] | InputError]:
    """Every document in one input (a file, or `-` for standard input), whatever its format.

    Yields the fields of a `Document` per usable article and an `InputError` (with the file or record it is about)
    for each unusable one; an input that cannot be read at all yields one `InputError`. Nothing else is raised.

    Args:
        path: the file, or `-`.
        id: the id of a single-document input (defaults to the file name); records of a JSONL/CSV file without an
            id of their own are named `<id>:<line>`.
        content_ids: name what has no name of its own by its content instead (what an index, which keeps one
            document per id, needs): standard input `stdin-<hash of the text>` (unless `id` is given), records
            without an id `<id>:<hash of the text>`.
        **metadata: `title`, `outlet`, `date`, `url`, `author` for a single-document input; they win over the
            file's own.
    """
    try:
        source = _open_source(path)
    except InputError as exc:
        yield exc
        return
    file_id = id or ("stdin" if path == "-" else os.path.basename(printable_path(path)))
    unnamed_stdin = content_ids and path == "-" and id is None
    with source.stream:
        try:
            for item in _iter_source(source, file_id, metadata, content_ids):
                if unnamed_stdin and isinstance(item, dict) and item["id"] == file_id:
                    item["id"] = f"stdin-{text_digest(item['text'])}"
                yield item
        except DiffsrcError as exc:
            yield InputError(exc.reason, exc.path or source.name)
        except OSError as exc:
            yield InputError(os_error_reason(exc), source.name)


def _one_gzip_member(raw: IO[bytes]) -> bool:
    """Whether a gzipped file is one gzip member with nothing after it (an archive gzipped whole, not record by
    record). Reads the first member through (a record-by-record archive's first member is one record); the stream
    is put back at its start."""
    inflate = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        while not inflate.eof:
            chunk = raw.read(1 << 16)
            if not chunk:
                return False  # cut short: warcio says so, naming the record
            inflate.decompress(chunk, 1 << 20)
            while inflate.unconsumed_tail and not inflate.eof:  # output in bounded pieces, thrown away
                inflate.decompress(inflate.unconsumed_tail, 1 << 20)
        return not (inflate.unused_data or raw.read(1))
    except zlib.error:
        return False  # damaged: warcio says so, naming the record
    finally:
        raw.seek(0)


def _iter_source(
    source: _Source, file_id: str, metadata: dict[str, str | None], content_ids: bool = False
) -> Iterator[dict[str, Any] | InputError]:
    name, format_name, raw = source.name, source.format_name, source.stream
    head = _peek(raw, name, 4096)
    whole = len(head) < 4096  # the head is the whole file (what a blank one is told by)
    stream: IO[bytes] = raw
    if head.startswith(_GZIP_MAGIC):
        head, whole = _gzip_head(raw, name)
        raw.seek(0)
        if sniff_format(format_name, head) == "warc":
            from .web import iter_warc

            _check_archive_header(head, name, whole)
            if not _one_gzip_member(raw):
                yield from iter_warc(raw, name)  # warcio reads gzipped archives itself, record by record
                return
            # The whole archive gzipped as one stream (`gzip crawl.warc`), which warcio refuses past its first
            # record ("non-chunked gzip"): read decompressed, as a plain archive.
            stream = io.BufferedReader(_GzipErrors(gzip.GzipFile(fileobj=raw, mode="rb"), name))  # type: ignore[arg-type]
            yield from iter_warc(stream, name)
            return
        stream = io.BufferedReader(_GzipErrors(gzip.GzipFile(fileobj=raw, mode="rb"), name))  # type: ignore[arg-type]
        if format_name.lower().endswith(".gz"):
            format_name = format_name[:-3]
    kind = sniff_format(format_name, head)
    if kind == "warc":
        from .web import iter_warc

        _check_archive_header(head, name, whole)

        yield from iter_warc(stream, name)
    elif kind == "jsonl":
        from .records import iter_jsonl

        yield from iter_jsonl(stream, name, file_id, content_ids=content_ids)
    elif kind == "json":
        from .records import iter_json

        yield from iter_json(_read_limited(stream, name, MAX_FILE_BYTES), name, file_id, content_ids=content_ids)
    elif kind == "csv":
        from .records import iter_csv

        yield from iter_csv(_read_limited(stream, name, MAX_FILE_BYTES), name, file_id, content_ids=content_ids)
    elif kind == "html":
        from .web import html_fields

        data = _read_limited(stream, name, MAX_DOCUMENT_BYTES)
        yield html_fields(data, id=file_id, path=source.path, **metadata)
    else:
        data = _read_limited(stream, name, MAX_DOCUMENT_BYTES)
        yield _text_fields(data, name, file_id, source.path, metadata)


def _check_archive_header(head: bytes, name: str, whole: bool) -> None:
    """Refuse an archive that has no first record: blank (`whole`: `head` is all the file holds, decompressed), cut
    before its first header ends, or not an archive."""
    if not head.strip() and whole:
        # An empty crawl (a crawler that wrote nothing) is said as an empty dump is, not as damage; a gzip stream
        # cut before its first record decompresses to nothing too, and is damage.
        raise InputError("empty document (no records)", name)
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
        raise InputError(os_error_reason(exc), name) from None


def _gzip_head(raw: IO[bytes], name: str) -> tuple[bytes, bool]:
    """The first decompressed bytes of a gzip stream, enough to tell its format (a damaged end is found later), and
    whether they are all its first member holds (it ended within them)."""
    inflate = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        head = inflate.decompress(raw.read(1 << 16), 4096)
    except zlib.error as exc:
        raise InputError(f"truncated or corrupt gzip data ({exc})", name) from None
    return head, inflate.eof


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


def load_path(path: str, id: str | None = None, *, check: bool = True, **metadata: str | None) -> dict[str, Any]:
    """Read one input as one document's fields, whatever its format (text, HTML, a one-record JSONL/CSV/WARC, `-`).

    Args:
        path: the file, or `-` for standard input.
        id: its name in reports; defaults to the file name (`stdin` for `-`).
        check: also clean the text now, so an input with no article in it fails here rather than mid-run.
        **metadata: `title`, `outlet`, `date`, `url`, `author`; these win over what the file says.

    Raises:
        InputError: the input cannot be read or used, or holds several documents (use `iter_fields`).
    """
    docs: list[dict[str, Any]] = []
    errors: list[InputError] = []
    for item in iter_path(path, id=id, **metadata):
        if isinstance(item, InputError):
            errors.append(item)
        else:
            docs.append(item)
    if len(docs) > 1:
        # Damage found past the documents read is said too: "holds 4 documents" of a cut archive is not all of it.
        damage = next((f"; {e.reason}" for e in errors if not isinstance(e, SkippedRecord)), "")
        raise InputError(f"holds {plural(len(docs), 'document')}; compare takes one (use diffsrc corpus for many)"
                         + damage, path)
    if len(errors) == 1 and not docs:
        raise errors[0]
    # Records that were passed over are said, never dropped silently: the document read may not be the one meant.
    for error in errors:
        warn_on_first_read(logger, "skipped %s", error.message)
    if not docs:
        if errors:
            raise InputError(f"no usable document ({plural(len(errors), 'record')} skipped; "
                             f"first: {errors[0].message})", path)
        raise InputError("no documents in it", path)
    fields = docs[0]
    if errors:
        fields.setdefault("warnings", []).extend(f"skipped {error.message}" for error in errors)
    if check:
        from ..text.prepare import clean_article

        clean_article(fields["text"], fields.get("path") or fields["id"])  # no article in it: fails here, not mid-run
    return fields


def iter_fields(paths: Iterable[str], *, check: bool = True) -> Iterator[dict[str, Any] | Skipped]:
    """The fields of every document named by files, folders and globs; unreadable inputs and records come out as
    `Skipped` (never raised).

    Ids are unique across the run: a record id already used by another file is prefixed with its file's id
    (`b.jsonl:42`), and a repeat within one file is skipped.

    Args:
        paths: files, folders and glob patterns.
        check: clean each text once here, so a document with no article in it is skipped with its reason.
    """
    files, skipped = expand_paths(paths)
    yield from skipped
    ids = document_ids(files)
    used: set[str] = set()
    for f in files:
        for item in _file_fields(f, ids[f], check):
            if isinstance(item, Skipped):
                yield item
                continue
            unique = unique_id(item["id"], ids[f], used)
            if unique is None:
                yield Skipped(f"{f}: {item['id']}", DUPLICATE_ID)
                continue
            item["id"] = unique
            yield item


DUPLICATE_ID = "duplicate id; kept the first"


def unique_id(doc_id: str, file_id: str, used: set[str]) -> str | None:
    """A record's id made unique across a run (and noted in `used`): as it is, or prefixed with its file's id
    (`b.jsonl:42`) when another file's record has it; None for a repeat within one file (skipped, `DUPLICATE_ID`)."""
    if doc_id in used:
        doc_id = f"{file_id}:{doc_id}"
        if doc_id in used:
            return None
    used.add(doc_id)
    return doc_id


def _file_fields(f: str, file_id: str, check: bool) -> list[dict[str, Any] | Skipped]:
    from ..text.prepare import clean_article

    items: list[dict[str, Any] | Skipped] = []
    for item in iter_path(f, id=file_id):
        if isinstance(item, DiffsrcError):
            items.append(Skipped(item.path or f, item.reason))
            continue
        if check:
            try:
                clean_article(item["text"], item.get("path") or item["id"])
            except DiffsrcError as exc:
                items.append(Skipped(exc.path or f, exc.reason))
                continue
        items.append(item)
    return items


__all__ = ["MAX_DOCUMENT_BYTES", "iter_fields", "iter_path", "load_path", "read_bytes", "sniff_format"]
