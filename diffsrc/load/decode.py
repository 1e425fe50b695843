"""Bytes to text, and text to the fields of a document.

Encodings (UTF-8 with or without BOM, UTF-16/32 with a BOM, the encoding the user names for the rest
(`read_legacy_as`), else a Windows-1252/Latin-1 fallback that warns), line
endings (CRLF, CR, NEL and the Unicode separators become `\\n`), and `---` front matter at the top of a text file.
The loaders build every document's fields with `document_fields`, so an id and an empty text are treated alike
whatever the format.
"""

from __future__ import annotations

import codecs
import hashlib
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

from .. import rx
from ..errors import InputError
from ..settings import ENCODING_VARIABLE, LEGACY_ENCODING, legacy_encoding
from ..text.dates import UnreadableDate, read_date
from ..wording import plural

logger = logging.getLogger(__name__)

# Set while a file is read a second time in one run (a corpus worker reading a document again to compare it): the
# first read said what there was to say about the file.
_READ_AGAIN: ContextVar[bool] = ContextVar("diffsrc_read_again", default=False)


@contextmanager
def read_again() -> Iterator[None]:
    """Read files again without repeating the warnings their first read gave (cp1252, skipped records)."""
    token = _READ_AGAIN.set(True)
    try:
        yield
    finally:
        _READ_AGAIN.reset(token)


@contextmanager
def read_legacy_as(encoding: str | None) -> Iterator[None]:
    """Read files that are not UTF-8 (and have no byte order mark) in `encoding` instead of guessing Windows-1252,
    in this thread (or asyncio task) and the worker processes a corpus run or index build starts meanwhile (None:
    guess, as without it). Other threads are not affected: a service may serve requests of different encodings at
    once.

    Raises:
        LookupError: Python knows no such encoding.
    """
    if encoding is not None:
        encoding = codecs.lookup(encoding).name
    token = LEGACY_ENCODING.set(encoding)
    try:
        yield
    finally:
        LEGACY_ENCODING.reset(token)


def warn_on_first_read(log: logging.Logger, message: str, *args: object) -> None:
    """`log.warning`, except while a file is read again (`read_again`)."""
    if not _READ_AGAIN.get():
        log.warning(message, *args)

# Line separators a file may use: CRLF, CR, NEL (U+0085), and the Unicode line/paragraph separators.
_LINE_BREAKS = rx.compile(r"\r\n|\r|\x85|\u2028|\u2029")
# C0 controls other than tab/newline/form feed: a text with many of these is binary, not an article.
_CONTROL = rx.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
# Every byte value but those controls. Deleting them from a text's UTF-8 leaves exactly its controls (a character
# beyond ASCII is encoded in bytes of 0x80 and above): a C scan about ten times faster than the regex's, which
# every document read goes through twice.
_NOT_CONTROL_BYTES = bytes(b for b in range(256) if not _CONTROL.match(chr(b)))
_CONTROL_BYTES = bytes(b for b in range(128) if _CONTROL.match(chr(b)))
# Bytes that cp1252 leaves undefined; a file holding them can only be Latin-1 (ISO-8859-1).
_CP1252_UNDEFINED = frozenset(b"\x81\x8d\x8f\x90\x9d")


def decode_bytes(data: bytes, name: str = "<bytes>", *, warn: bool = True) -> tuple[str, str]:
    """Decode a file's bytes to text, returning (text, encoding name).

    UTF-8 (with or without BOM) and UTF-16/32 with a BOM are read as such; anything else that is not valid UTF-8
    is read in the encoding the user named (`read_legacy_as`), else as Windows-1252 (or Latin-1 where cp1252 has
    holes) with a warning naming the file (unless `warn` is false).

    Raises:
        InputError: the bytes are binary (NUL bytes without a UTF-16/32 BOM, or mostly control characters) or a
            PDF, not valid in the encoding named, or too far beyond ASCII to be Western European text when none was
            named.
    """
    for bom, encoding in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as exc:
                raise InputError(f"invalid {encoding} text after its byte order mark ({exc.reason})", name) from None
    if data[:1024].lstrip().startswith(b"%PDF-"):
        # A PDF with uncompressed streams is all ASCII and passes as text: its operators ("BT /F1 10 Tf") became
        # sentences of a report.
        raise InputError("a PDF document, not text: extract its text first (pdftotext <file> <file>.txt)", name)
    if b"\x00" in data:
        if _looks_like_utf16(data):
            raise InputError("UTF-16 text without a byte order mark, which cannot be told from binary data for "
                             "sure; save it as UTF-8 (or UTF-16 with a BOM)", name)
        raise InputError("binary file (contains NUL bytes), not text", name)
    try:
        text, encoding = data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as not_utf8:
        if named := legacy_encoding():
            text, encoding = _decode_named(data, named, name, not_utf8)
        else:
            if (share := _beyond_ascii_share(data)) > WESTERN_MAX_BEYOND_ASCII:
                if len(data) - len(data.translate(None, _CONTROL_BYTES)) > max(8, len(data) // 50):
                    # Random bytes (no NUL) are not text in some other encoding: no encoding to name would help.
                    # (ASCII controls only: in a legacy encoding bytes 0x80-0x9f are letters and punctuation.)
                    raise InputError("binary file (mostly control characters), not text", name) from None
                raise InputError(
                    f"not UTF-8, and {share:.0%} of its bytes are beyond ASCII, too many for Windows-1252 (Western "
                    "European) text: it is in another legacy encoding (Cyrillic windows-1251, Chinese GBK, Japanese "
                    "Shift-JIS...); name it (--encoding windows-1251; in Python, with "
                    "diffsrc.load.decode.read_legacy_as('windows-1251'):) or convert it to UTF-8 (iconv -f <its "
                    "encoding> -t utf-8)", name) from None
            encoding = "latin-1" if _CP1252_UNDEFINED.intersection(data) else "cp1252"
            text = data.decode(encoding)
            if warn:
                warn_on_first_read(logger, "%s: not valid UTF-8; read as %s", name, encoding)
    if text and _control_count(text) > max(8, len(text) // 50):
        raise InputError("binary file (mostly control characters), not text", name)
    return text, encoding


def fallback_warnings(name: str, encoding: str) -> list[str]:
    """What a document read as Windows-1252 (or Latin-1) by `decode_bytes`, for want of UTF-8, keeps in its
    `warnings`: the line `decode_bytes` logs; nothing for another encoding."""
    return [f"{name}: not valid UTF-8; read as {encoding}"] if encoding in ("cp1252", "latin-1") else []


def _decode_named(data: bytes, encoding: str, name: str, not_utf8: UnicodeDecodeError) -> tuple[str, str]:
    """Bytes that are not UTF-8 in the encoding the user named: (text, its codec name)."""
    try:
        codec = codecs.lookup(encoding).name
    except LookupError:
        raise InputError(f"unknown encoding {encoding!r} (--encoding, or {ENCODING_VARIABLE})", name) from None
    try:
        return data.decode(codec), codec
    except UnicodeDecodeError as exc:
        raise InputError(f"neither UTF-8 (byte {not_utf8.start}) nor {codec} (byte {exc.start}): name its encoding "
                         "(--encoding) or convert it to UTF-8", name) from None


# Text that is not UTF-8 is read as Windows-1252 only when at most this share of its non-space bytes are beyond
# ASCII: accented letters and curly quotes are a few per cent of French, German or Spanish text, while Russian in
# windows-1251 or Chinese in GBK has most of its letters there, and read as Windows-1252 became a report of
# gibberish ("Ïðåçèäåíò") in which identical texts shared nothing.
WESTERN_MAX_BEYOND_ASCII = 0.3
_HIGH_BYTES = bytes(range(128, 256))


def _beyond_ascii_share(data: bytes) -> float:
    """The share of bytes beyond ASCII among a text's bytes that are not whitespace."""
    visible = len(data) - sum(data.count(c) for c in b" \t\r\n")
    return (len(data) - len(data.translate(None, _HIGH_BYTES))) / visible if visible else 0.0


def not_text_reason(data: bytes) -> str | None:
    """Why bytes hold no text at all (binary, empty), as `decode_bytes` and `document_fields` would say it; None
    when they are text. A page is checked with this before its HTML is parsed: a parser would only say it found
    no article, and its own charset (not this guess) decides how its text is read."""
    try:
        text, _ = decode_bytes(data, warn=False)
    except InputError as exc:
        return exc.reason
    return None if text.strip() else "empty document (no text)"


def _looks_like_utf16(data: bytes) -> bool:
    """Whether NUL bytes stand at every other place of a text's head (ASCII text written as UTF-16 without a BOM)."""
    head = data[:4096]
    if len(head) < 16:
        return False
    even, odd = head[0::2], head[1::2]
    return any(half.count(0) >= 0.9 * len(half) and other.count(0) == 0 for half, other in ((even, odd), (odd, even)))


def _control_count(text: str) -> int:
    """How many characters of the text `_CONTROL` matches."""
    return len(text.encode("utf-8", "surrogatepass").translate(None, _NOT_CONTROL_BYTES))


# A surrogate code point on its own: no character, and no UTF-8 can encode it (text handed in from Python can hold
# one; a file decoded here cannot).
_LONE_SURROGATE = rx.compile("[\ud800-\udfff]")


def normalise_newlines(text: str) -> str:
    """Turn CRLF, CR, NEL and Unicode separators into `\\n`, drop stray control characters, and replace a lone
    surrogate with U+FFFD (a report holding one could not be written as UTF-8 JSON)."""
    text = text.replace("\ufeff", "")
    if not text.isascii():
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:
            text = _LONE_SURROGATE.sub("\ufffd", text)
    # Most texts have neither: `in` tests and a byte count are far cheaper than the substitutions' scans.
    if "\r" in text or "\x85" in text or "\u2028" in text or "\u2029" in text:
        text = _LINE_BREAKS.sub("\n", text)
    return _drop_controls(text) if _control_count(text) else text


def _drop_controls(text: str) -> str:
    """The text without the characters `_CONTROL` matches, deleted from its UTF-8 bytes as they are counted (a
    quarter of the pattern's time; PA's wire copy marks every paragraph with one, \x19)."""
    return text.encode("utf-8", "surrogatepass").translate(None, _CONTROL_BYTES).decode("utf-8", "surrogatepass")


def size_text(n: int) -> str:
    """A byte count for messages: "64 MB", "1000 bytes"."""
    return f"{n // 2**20} MB" if n >= 2**20 else plural(n, "byte")


def text_digest(text: str) -> str:
    """A short hash of a text (its newlines normalised): the id of a document that has no name of its own."""
    return hashlib.sha1(normalise_newlines(text).encode("utf-8", "surrogatepass")).hexdigest()[:12]


# A single article larger than this is refused (a runaway line or record, not a news story).
MAX_RECORD_BYTES = 64 * 2**20


def duplicate_id(seen: dict[str, str], doc_id: str, where: str) -> str | None:
    """The place an id was first seen, if `doc_id` is a repeat (a JSON Lines line, a web archive's capture);
    otherwise remember it and return None."""
    if doc_id in seen:
        return seen[doc_id]
    seen[doc_id] = where
    return None


def document_fields(text: str, *, id: str | None = None, where: str | None = None, **metadata: Any) -> dict[str, Any]:
    """The fields of a `Document` (`Document(**fields)`) for text already decoded.

    Newlines are normalised; the id defaults to a short hash of the text. A date is written as ISO 8601
    (`text.dates.read_date`); one that cannot be read is kept as written, with a warning naming `where` (the
    record, e.g. `dump.jsonl:line 3`; by default the path or id).

    Raises:
        InputError: the text is empty or only whitespace, or the id is empty.
        TypeError: the id is not a str, or metadata other than the date is neither a str nor missing (None, or
            pandas' NaN / NA / NaT, as a DataFrame row gives a missing value: read as None).
    """
    text = normalise_newlines(text)
    metadata = {key: metadata_value(key, value) if key in TEXT_METADATA else value for key, value in metadata.items()}
    if id is not None and not isinstance(id, str):
        raise TypeError(f"a document id must be a str, got {type(id).__name__}: {id!r}")
    if id == "":
        raise InputError("a document id cannot be empty", metadata.get("path"))
    if id is None:
        id = "text-" + text_digest(text)
    if not text.strip():
        raise InputError("empty document (no text)", metadata.get("path") or id)
    if metadata.get("date") is not None:
        said: list[str] = []
        metadata["date"] = metadata_date(metadata["date"], where or metadata.get("path") or id, said)
        if said:
            metadata["warnings"] = [*(metadata.get("warnings") or []), *said]
    return {"id": id, "text": text, **metadata}


# Metadata a caller gives as text (a DataFrame's cells among them).
TEXT_METADATA = frozenset({"title", "outlet", "date", "url", "path", "author"})


def metadata_value(key: str, value: Any) -> Any:
    """A metadata value as given, None for a missing one (pandas writes a missing cell as NaN, NA or NaT)."""
    if value is None or isinstance(value, str):
        return value
    if (isinstance(value, float) and value != value) or type(value).__name__ in ("NAType", "NaTType"):
        return None
    if key == "date":
        return value  # a datetime, a timestamp in seconds: `metadata_date` reads it
    raise TypeError(f"{key} must be a str or None, got {type(value).__name__}: {value!r}")


def metadata_date(value: Any, where: str, warnings: list[str] | None = None) -> str:
    """A date given with a document, as diffsrc writes dates (ISO 8601); one that cannot be read is kept as written,
    with a warning naming `where` (logged, and added to `warnings` if given: a library caller reads it in
    `Document.warnings`): provenance passes over it rather than order documents by a guess."""
    try:
        return read_date(value).text
    except UnreadableDate as problem:
        text = str(value).strip()
        warn_on_first_read(logger, "%s: date %r %s; kept as written, it orders nothing", where, text, problem)
        if warnings is not None:
            warnings.append(f"{where}: date {text!r} {problem}; kept as written, it orders nothing")
        return text


_FRONT_MATTER_KEY = rx.compile(r"([A-Za-z][\w-]{0,40})[ \t]*+:(.*)")
# The names metadata goes by (front matter keys, JSON Lines keys, CSV columns) and the field each fills: one list,
# so a dump's `publisher` is its outlet as a text file's is.
METADATA_KEYS = {
    "title": "title", "headline": "title",
    "outlet": "outlet", "source": "outlet", "publisher": "outlet", "site": "outlet", "sitename": "outlet",
    "site_name": "outlet", "publication": "outlet",
    "date": "date", "published": "date", "pubdate": "date", "publication_date": "date",
    "url": "url", "link": "url", "canonical": "url", "canonical_url": "url",
    "author": "author", "byline": "author",
}


def metadata_key(name: str) -> str | None:
    """The metadata field a front matter key, JSON key or CSV column fills (`Publisher`, `pub-date`), if any."""
    return METADATA_KEYS.get(name.strip().lower().replace("-", "_"))


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """Metadata from `---`-fenced `key: value` lines at the top of a text, and the text without them.

    Recognised keys fill `title`, `outlet`, `date`, `url` and `author` (see `METADATA_KEYS`; `document_fields`
    reads the date). Text whose first line is not `---`, or whose fenced block
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
            return metadata, rest
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        m = _FRONT_MATTER_KEY.fullmatch(line.rstrip())
        if not m:
            return {}, text
        field, value = metadata_key(m.group(1)), m.group(2).strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        if field and value and field not in metadata:
            metadata[field] = value
    return {}, text
