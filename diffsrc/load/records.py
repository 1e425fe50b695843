"""Dumps that hold many articles: JSON Lines (one object per line), JSON (an object or a list of objects) and CSV
(one row per article).

Each reader yields the fields of a `Document` per usable record and an `InputError` naming the record's place
(`articles.jsonl:line 7`) for each record that cannot be used; one bad record never stops the others. A damaged
container (a truncated gzip stream) ends the file with one more error, and the records read before it are kept.
Web archives are read by `web.py`.
"""

from __future__ import annotations

import csv
import io
import json
import logging
import sys
from collections.abc import Iterator
from typing import IO, Any

from .. import rx
from ..errors import DiffsrcError, InputError
from ..text.prepare import clean_article
from .decode import (
    MAX_RECORD_BYTES,
    decode_bytes,
    document_fields,
    duplicate_id,
    metadata_key,
    size_text,
    text_digest,
    warn_on_first_read,
)
from .web import html_fields, looks_like_html

logger = logging.getLogger(__name__)

def _scalar(value: Any) -> str | None:
    """A record's field as text, as JSON wrote it (`true`, not Python's `True`); None for null, an object or a
    list."""
    if value is None or isinstance(value, (dict, list)):
        return None
    text = (json.dumps(value) if isinstance(value, bool) else str(value)).strip()
    return text or None


def _record_fields(text: Any, doc_id: str, path: str, where: str, fields: dict[str, Any]) -> dict[str, Any]:
    if not isinstance(text, str):
        if text is None:
            raise InputError("the 'text' field is null" if "text" in fields else "no 'text' field", where)
        raise InputError("the 'text' field is not a string", where)
    if len(text) > MAX_RECORD_BYTES:
        raise InputError(f"text longer than {size_text(MAX_RECORD_BYTES)}", where)
    metadata = _record_metadata(fields, where)
    try:
        if looks_like_html(text[:4096].encode("utf-8", "replace")):
            # A scraper that stored the page, not its text: read as a saved page is (article, headline, metadata);
            # as plain text its tags and menus became the article.
            return html_fields(text, id=doc_id, path=path, where=where, **metadata)
        fields = document_fields(text, id=doc_id, path=path, where=where, **metadata)
        clean_article(text, where)  # a record with no article in it is skipped here, with its place
    except DiffsrcError as exc:
        raise InputError(exc.reason, where) from None
    return fields


def _record_metadata(record: dict[str, Any], where: str = "a record") -> dict[str, str]:
    """Title, outlet, date, url and author from a record's keys, which go by the names front matter accepts
    (`decode.METADATA_KEYS`); a field's own name wins over its other names (`outlet` over `publisher`)."""
    metadata: dict[str, str] = {}
    for key, value in record.items():
        field = metadata_key(str(key))
        if field is None:
            continue
        if (text := _scalar(value)) is None:
            if isinstance(value, (dict, list)):  # said, as a date that cannot be read is
                warn_on_first_read(logger, "%s: %r is not a string or a number (%s); not used", where, str(key),
                                   type(value).__name__)
            continue
        if field not in metadata or str(key).strip().lower() == field:
            metadata[field] = text
    return metadata


def unnamed_id(file_id: str, line: int, text: Any, by_content: bool) -> str:
    """The id of a record without one: `<file id>:<line>`, or with `by_content` `<file id>:<hash of its text>`.

    Why: an index keeps one document per id, so line numbers would make tomorrow's `feed.jsonl` replace today's
    records; the text's hash keeps each article its own entry and gives a record read again the same id.
    """
    if by_content and isinstance(text, str):
        return f"{file_id}:{text_digest(text)}"
    return f"{file_id}:{line}"


def iter_jsonl(stream: IO[bytes], name: str, file_id: str, *, content_ids: bool = False
               ) -> Iterator[dict[str, Any] | InputError]:
    """Document fields from a JSON Lines stream: one object per line with `text` and optional `id`, `title`, ...
    (metadata under the names front matter accepts, `decode.METADATA_KEYS`).

    Records without an `id` are named `<file id>:<line number>` (`content_ids`: `<file id>:<hash of the text>`, see
    `unnamed_id`). Malformed lines come out as `InputError`s whose path is `<file>:line N`.
    """
    seen: dict[str, str] = {}
    number = 0
    records = 0
    while raw := stream.readline(MAX_RECORD_BYTES + 1):
        number += 1
        where = f"{name}:line {number}"
        if len(raw) <= MAX_RECORD_BYTES and not raw.strip():
            continue
        records += 1
        if len(raw) > MAX_RECORD_BYTES:
            while (rest := stream.readline(1 << 20)) and not rest.endswith(b"\n"):
                pass  # the rest of a runaway line is passed over, never held in memory
            yield InputError(f"line longer than {size_text(MAX_RECORD_BYTES)}", where)
            continue
        try:
            line, _ = decode_bytes(raw.removeprefix(b"\xef\xbb\xbf") if number == 1 else raw, where)
            record = json.loads(line)
        except DiffsrcError as exc:
            yield InputError(exc.reason, where)
            continue
        except (ValueError, RecursionError) as exc:
            yield InputError(f"not valid JSON ({_json_problem(exc)})", where)
            continue
        if not isinstance(record, dict):
            yield InputError(f"not a JSON object ({_a_json(record)})", where)
            continue
        doc_id = _scalar(record.get("id")) or unnamed_id(file_id, number, record.get("text"), content_ids)
        yield _checked_record(record, record.get("text"), doc_id, name, where, seen, f"line {number}")
    if not records:  # said, as an empty text file is: a feed that came empty is not a batch checked clean
        yield InputError("empty document (no records)", name)


def iter_json(data: bytes, name: str, file_id: str, *, content_ids: bool = False
              ) -> Iterator[dict[str, Any] | InputError]:
    """Document fields from a `.json` file: one object with `text` (the file's article, named by the file unless it
    has an `id`), a list of such objects (`name:item N` for each one that cannot be used), or JSON Lines under a
    `.json` name. A diffsrc report (`"schema": "diffsrc. ..."`) is refused: it is an output, not an article."""
    try:
        text, _ = decode_bytes(data.removeprefix(b"\xef\xbb\xbf"), name)
        value = json.loads(text)
    except DiffsrcError as exc:
        yield InputError(exc.reason, name)
        return
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data":  # one object after another: JSON Lines
            yield from iter_jsonl(io.BytesIO(data), name, file_id, content_ids=content_ids)
        else:
            yield InputError(f"not valid JSON ({_json_problem(exc)})", name)
        return
    except (ValueError, RecursionError) as exc:
        yield InputError(f"not valid JSON ({_json_problem(exc)})", name)
        return
    if isinstance(value, dict) and str(value.get("schema", "")).startswith("diffsrc."):
        yield InputError(f"a diffsrc report ({value['schema']}), not an article", name)
        return
    if isinstance(value, dict):
        yield _checked_record(value, value.get("text"), _scalar(value.get("id")) or file_id, name, name, {}, "")
        return
    if not isinstance(value, list):
        yield InputError(f"not an article: {_a_json(value)}, not a JSON object with a 'text'", name)
        return
    if not value:
        yield InputError("empty document (an empty list: no records)", name)
        return
    seen: dict[str, str] = {}
    for number, record in enumerate(value, 1):
        where = f"{name}:item {number}"
        if not isinstance(record, dict):
            yield InputError(f"not a JSON object ({_a_json(record)})", where)
            continue
        doc_id = _scalar(record.get("id")) or unnamed_id(file_id, number, record.get("text"), content_ids)
        yield _checked_record(record, record.get("text"), doc_id, name, where, seen, f"item {number}")


def _a_json(value: Any) -> str:
    """What a JSON value is, in words: "a string", "a number", "a list"..."""
    kinds = {str: "a string", bool: "true or false", int: "a number", float: "a number", list: "a list"}
    return "null" if value is None else kinds.get(type(value), f"a {type(value).__name__}")


def _json_problem(exc: ValueError | RecursionError) -> str:
    """What is wrong with a line, and where: "Expecting ',' delimiter at column 15"."""
    if not isinstance(exc, json.JSONDecodeError):
        return "nested too deeply"
    if exc.msg.startswith("Invalid control character") and exc.doc[exc.pos:exc.pos + 1] in ("\n", "\r", ""):
        # The line ends inside a string: json names the newline it met, not the quote that is missing.
        return f"a string not closed before the end of the line, at column {exc.colno}"
    if exc.lineno > 1:
        # The line stops short ('{"id": "x", "text": '): json read on past its newline and named column 1 of the
        # line after, where nothing is; the column the line ends at is where the rest is missing.
        return f"the line ends before the JSON does, at column {len(exc.doc.split(chr(10), 1)[0].rstrip(chr(13))) + 1}"
    # Some of json's messages end in "at" ("Invalid control character at"): one "at column N", not "at at".
    return f"{exc.msg.removesuffix(' at')} at column {exc.colno}"


def _checked_record(record: dict[str, Any], text: Any, doc_id: str, name: str, where: str, seen: dict[str, str],
                    line: str) -> dict[str, Any] | InputError:
    """One JSON Lines or CSV record as a document, or the error that says why it is skipped."""
    try:
        doc = _record_fields(text, doc_id, name, where, record)
    except InputError as exc:
        return exc
    if first := duplicate_id(seen, doc_id, line):
        return InputError(f"duplicate id {doc_id!r} (first on {first}; kept the first)", where)
    return doc


# Delimiters a CSV export may use: Excel writes ";" where the decimal mark is a comma (most of Europe).
CSV_DELIMITERS = (",", ";", "\t", "|")


# The characters `str.splitlines` breaks lines at.
_LINE_BREAK = rx.compile("[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]")


def _delimiter(text: str) -> str:
    """The delimiter of a CSV text: the first of `CSV_DELIMITERS` under which its header row has a `text` column."""
    # Up to any line break (what `str.splitlines` breaks at; not a list of every line of a large dump): a stray CR
    # inside the first line is one to the csv module, which refuses it in a field.
    first = text[:m.start()] if (m := _LINE_BREAK.search(text)) else text
    for delimiter in CSV_DELIMITERS:
        header = next(csv.reader([first], delimiter=delimiter), [])
        if "text" in (cell.strip().lower().removeprefix("\ufeff") for cell in header):
            return delimiter
    return ","


def csv_columns(text: str) -> list[str]:
    """The names of a CSV text's header row as `iter_csv` reads them (lower-cased, under `_delimiter`'s delimiter):
    what a folder walk looks at to tell a dump of articles from a table (`paths._is_article_dump`)."""
    first = text[:m.start()] if (m := _LINE_BREAK.search(text)) else text
    header = next(csv.reader([first], delimiter=_delimiter(first)), [])
    return [cell.strip().lower().removeprefix("\ufeff") for cell in header]


def iter_csv(data: bytes, name: str, file_id: str, *, content_ids: bool = False
             ) -> Iterator[dict[str, Any] | InputError]:
    """Document fields from a CSV file whose header row names `text` and optionally `id` and metadata columns (`title`,
    `outlet`, `date`, ... as `iter_jsonl` reads them); records without an id are named as `iter_jsonl` names them.
    Fields may be separated by commas, semicolons, tabs or bars (`_delimiter`).

    Raises:
        InputError: the file cannot be decoded or has no `text` column.
    """
    text, _ = decode_bytes(data, name)
    # One article is one field, and articles are longer than the csv module's default 128 kB field limit.
    old_limit = csv.field_size_limit()
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    try:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text))
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
        rows = 0
        while True:
            start = reader.line_num + 1
            where = f"{name}:line {start}"
            try:
                row = next(reader)
            except StopIteration:
                if not rows:
                    yield InputError("empty document (a header row and no records)", name)
                return
            except csv.Error as exc:
                yield InputError(f"malformed CSV row ({exc})", where)
                if reader.line_num < start:  # the reader cannot move past the damage
                    return
                continue
            if not any(cell.strip() for cell in row):
                continue
            rows += 1
            record = dict(zip(columns, row, strict=False))
            doc_id = _scalar(record.get("id")) or unnamed_id(file_id, start, record.get("text"), content_ids)
            yield _checked_record(record, record.get("text", ""), doc_id, name, where, seen, f"line {start}")
    finally:
        csv.field_size_limit(old_limit)


__all__ = ["MAX_RECORD_BYTES", "iter_csv", "iter_json", "iter_jsonl"]
