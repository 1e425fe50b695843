"""Files that hold many articles: JSON Lines, CSV and WARC/ARC web archives.

Each reader yields a `Document` per usable record and a `Skipped` entry, naming the record's place
(`articles.jsonl:line 7`, a WARC record's target URI), for each record that cannot be used; one bad record never
stops the others. A damaged container (a truncated gzip stream) ends the file with one more `Skipped` entry, and
the records read before the damage are kept.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import logging
import sys
from collections.abc import Iterator
from typing import IO, Any

from ..document import Document, decode_bytes
from ..errors import DiffsrcError, InputError

logger = logging.getLogger(__name__)

# The record fields diffsrc reads (JSONL keys, CSV columns); any others are ignored.
METADATA_FIELDS = ("title", "outlet", "date", "url")
# A single article larger than this is refused (a runaway line or record, not a news story).
MAX_RECORD_BYTES = 64 * 2**20

WARC_EXTRA_HINT = 'reading WARC/ARC archives needs the warc extra: pip install "diffsrc[warc]"'


def _size(n: int) -> str:
    return f"{n // 2**20} MB" if n >= 2**20 else f"{n} bytes"


def _scalar(value: Any) -> str | None:
    if value is None or isinstance(value, (dict, list)):
        return None
    text = str(value).strip()
    return text or None


def _duplicate(seen: dict[str, str], doc_id: str, where: str) -> str | None:
    """The place an id was first seen, if `doc_id` is a repeat; otherwise remember it and return None."""
    if doc_id in seen:
        return seen[doc_id]
    seen[doc_id] = where
    return None


def _record_document(text: Any, doc_id: str, path: str, where: str, fields: dict[str, Any]) -> Document:
    if not isinstance(text, str):
        raise InputError("no 'text' field" if text is None else "the 'text' field is not a string", where)
    if len(text) > MAX_RECORD_BYTES:
        raise InputError(f"text longer than {_size(MAX_RECORD_BYTES)}", where)
    metadata = {key: _scalar(fields.get(key)) for key in METADATA_FIELDS}
    try:
        doc = Document.from_text(text, id=doc_id, path=path, **metadata)
        _ = doc.cleaned  # a record with no article in it is skipped here, with its place
    except DiffsrcError as exc:
        raise InputError(exc.reason, where) from None
    return doc


def iter_jsonl(stream: IO[bytes], name: str, file_id: str) -> Iterator[Document | InputError]:
    """Documents from a JSON Lines stream: one object per line with `text` and optional `id`, `title`, ...

    Records without an `id` are named `<file id>:<line number>`. Malformed lines come out as `InputError`s whose
    path is `<file>:line N`.
    """
    seen: dict[str, str] = {}
    number = 0
    while raw := stream.readline(MAX_RECORD_BYTES + 1):
        number += 1
        where = f"{name}:line {number}"
        if len(raw) > MAX_RECORD_BYTES:
            while (rest := stream.readline(1 << 20)) and not rest.endswith(b"\n"):
                pass  # the rest of a runaway line is passed over, never held in memory
            yield InputError(f"line longer than {_size(MAX_RECORD_BYTES)}", where)
            continue
        if not raw.strip():
            continue
        try:
            line, _ = decode_bytes(raw.removeprefix(b"\xef\xbb\xbf") if number == 1 else raw, where)
            record = json.loads(line)
        except DiffsrcError as exc:
            yield InputError(exc.reason, where)
            continue
        except (ValueError, RecursionError) as exc:
            reason = exc.msg if isinstance(exc, json.JSONDecodeError) else "nested too deeply"
            column = f" at column {exc.colno}" if isinstance(exc, json.JSONDecodeError) else ""
            yield InputError(f"not valid JSON ({reason}{column})", where)
            continue
        if not isinstance(record, dict):
            yield InputError(f"not a JSON object (a {type(record).__name__})", where)
            continue
        doc_id = _scalar(record.get("id")) or f"{file_id}:{number}"
        yield _checked_record(record, record.get("text"), doc_id, name, where, seen, f"line {number}")


def _checked_record(record: dict[str, Any], text: Any, doc_id: str, name: str, where: str, seen: dict[str, str],
                    line: str) -> Document | InputError:
    """One JSON Lines or CSV record as a document, or the error that says why it is skipped."""
    try:
        doc = _record_document(text, doc_id, name, where, record)
    except InputError as exc:
        return exc
    if first := _duplicate(seen, doc_id, line):
        return InputError(f"duplicate id {doc_id!r} (first on {first}; kept the first)", where)
    return doc


def iter_csv(data: bytes, name: str, file_id: str) -> Iterator[Document | InputError]:
    """Documents from a CSV file with a header row naming `text` and optionally `id`, `title`, `outlet`, `date`, `url`.

    Raises:
        InputError: the file cannot be decoded or has no `text` column.
    """
    text, _ = decode_bytes(data, name)
    # One article is one field, and articles are longer than the csv module's default 128 kB field limit.
    old_limit = csv.field_size_limit()
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    try:
        reader = csv.reader(io.StringIO(text, newline=""))
        try:
            header = next(reader)
        except StopIteration:
            raise InputError("empty CSV file (no header row)", name) from None
        except csv.Error as exc:
            raise InputError(f"malformed CSV header ({exc})", name) from None
        columns = [h.strip().lower().removeprefix("\ufeff") for h in header]
        if "text" not in columns:
            raise InputError(f"CSV has no 'text' column (columns: {', '.join(columns) or 'none'})", name)
        seen: dict[str, str] = {}
        while True:
            start = reader.line_num + 1
            where = f"{name}:line {start}"
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                yield InputError(f"malformed CSV row ({exc})", where)
                if reader.line_num < start:  # the reader cannot move past the damage
                    return
                continue
            if not any(cell.strip() for cell in row):
                continue
            record = dict(zip(columns, row, strict=False))
            doc_id = _scalar(record.get("id")) or f"{file_id}:{start}"
            yield _checked_record(record, record.get("text", ""), doc_id, name, where, seen, f"line {start}")
    finally:
        csv.field_size_limit(old_limit)


def _is_html(content_type: str | None) -> bool:
    return content_type is not None and "html" in content_type.lower()


def iter_warc(stream: IO[bytes], name: str) -> Iterator[Document | InputError]:
    """Documents from a WARC or ARC archive (gzipped or not): every HTML response record, named by its target URI.

    Non-HTML records (images, scripts, requests, metadata) are not articles and are passed over; HTML records
    that cannot be used (an HTTP error status, no article text) come out as `InputError`s naming the URI.

    Raises:
        InputError: the warc extra is not installed. (Damage ends the file with one yielded `InputError`; the caller
            checks first that the file opens with a WARC or ARC header.)
    """
    try:
        from warcio.archiveiterator import ArchiveIterator
        from warcio.exceptions import ArchiveLoadFailed
    except ImportError:
        raise InputError(WARC_EXTRA_HINT, name) from None
    from .web import document_from_html, quiet_libraries

    quiet_libraries()
    seen: dict[str, str] = {}
    records = ArchiveIterator(stream, arc2warc=True)
    count = 0
    while True:
        chatter = io.StringIO()
        try:
            # warcio prints "record not followed by newline" warnings straight to stderr; keep them for our log.
            with contextlib.redirect_stderr(chatter):
                record = next(records)
                count += 1
                item = _html_record(record, name, count)
        except StopIteration:
            if count and _unread_tail(stream, records):
                yield InputError(_damage(count, f"the record after record {count} is cut short"), name)
            return
        except ArchiveLoadFailed as exc:
            # The file opened with a WARC/ARC header (checked before), so a record that cannot be parsed is damage.
            yield InputError(_damage(count, " ".join(str(exc).split()) or "unknown format"), name)
            return
        except Exception as exc:  # noqa: BLE001 - EOFError, zlib.error, parser errors: a truncated or corrupt stream
            yield InputError(_damage(count, " ".join(str(exc).split()) or type(exc).__name__), name)
            return
        finally:
            if chatter.getvalue().strip():
                logger.warning("%s: %s", name, " ".join(chatter.getvalue().split()))
        if item is None:
            continue
        uri, status, payload = item
        if not status.startswith("2"):
            yield InputError(f"HTTP status {status or 'missing'}, not a page", uri)
            continue
        if len(payload) > MAX_RECORD_BYTES:
            yield InputError(f"record larger than {_size(MAX_RECORD_BYTES)}", uri)
            continue
        try:
            doc = document_from_html(payload, id=uri, path=name, url=uri)
            _ = doc.cleaned
        except DiffsrcError as exc:
            yield InputError(exc.reason, uri)
            continue
        if first := _duplicate(seen, uri, f"record {count}"):
            yield InputError(f"duplicate capture (first in {first}; kept the first)", uri)
            continue
        yield doc


def _html_record(record: Any, name: str, count: int) -> tuple[str, str, bytes] | None:
    """(target URI, HTTP status, payload) of an HTML response or resource record; None for any other record.

    Raises:
        EOFError: the record's block ends before its Content-Length (a truncated archive).
    """
    item = None
    uri = record.rec_headers.get_header("WARC-Target-URI") or f"{name}#record{count}"
    if not (record.rec_headers.get_header("Content-Length") or "").strip().isdigit():
        # Every WARC record states its length; a header block that stops before it was cut off.
        raise EOFError(f"record {count} ({uri}) has no Content-Length (cut short?)")
    if record.rec_type in ("response", "resource"):
        if record.rec_type == "response" and record.http_headers is not None:
            content_type = record.http_headers.get_header("Content-Type")
            status = record.http_headers.get_statuscode() or ""
        else:
            content_type = record.rec_headers.get_header("Content-Type")
            status = "200" if record.rec_type == "resource" else ""
        if _is_html(content_type):
            item = uri, status, record.content_stream().read(MAX_RECORD_BYTES + 1)
    # Read every record to its end (as warcio would), to see whether its block is as long as its header says.
    while record.raw_stream.read(1 << 16):
        pass
    remaining = getattr(record.raw_stream, "limit", None)
    if remaining is None:  # no Content-Length: the record's header was cut off before it
        raise EOFError(f"record {count} ({uri}) has no Content-Length (cut short?)")
    if remaining > 0:
        raise EOFError(f"record {count} ({uri}) is cut short")
    return item


def _unread_tail(stream: IO[bytes], records: Any) -> bool:
    """Whether anything but blank lines follows the last record warcio could read (a record cut off in its header)."""
    try:
        stream.seek(int(records.offset))
        return bool(stream.read(1 << 16).strip())
    except (OSError, ValueError, AttributeError, TypeError):
        return False


def _damage(count: int, detail: str) -> str:
    where = f" after record {count}" if count and "record" not in detail else ""
    return f"truncated or corrupt archive{where}: {detail}; the records before it were read"


__all__ = ["METADATA_FIELDS", "WARC_EXTRA_HINT", "iter_csv", "iter_jsonl", "iter_warc"]
