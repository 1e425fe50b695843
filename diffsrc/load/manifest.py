"""A manifest: a CSV that gives the documents of a corpus run the metadata their files lack (date, outlet, ...).

Dates decide the direction of provenance edges, so a researcher who knows when each article appeared can say so
here rather than edit the files.
"""

from __future__ import annotations

import csv
import logging
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from ..errors import InputError
from ..text.clean import metadata_author
from ..text.dates import UnreadableDate, known_date, read_date
from ..wording import agree, plural
from .decode import metadata_date

logger = logging.getLogger(__name__)

MANIFEST_FIELDS = ("date", "outlet", "url", "title", "author")
UNDATED_LINES_SHOWN = 10


def _manifest_date(value: str, own: str | None, where: str) -> str:
    """The date a manifest row gives a document: read as every other date is (the time of day kept: it orders two
    stories of one day). One that cannot be read does not replace a date the document gives itself (a PA header's,
    front matter's): a researcher's typo cost the document the evidence that ordered it."""
    if own and known_date(own) is not None:
        try:
            return read_date(value).text
        except UnreadableDate as problem:
            logger.warning("%s: date %r %s; the document's own date %s is kept", where, value, problem, own)
            return own
    return metadata_date(value, where)


@dataclass(frozen=True)
class Manifest:
    """A manifest read and checked: its file (paths in it are relative to its folder) and its rows."""

    path: str
    rows: list[dict[str, str]]
    lines: list[int] = field(default_factory=list)  # the line each row starts on, for messages


def read_manifest(manifest: str) -> Manifest:
    """Read a manifest CSV (before any work is done, so a bad one fails at once).

    Raises:
        InputError: the manifest cannot be read or has neither an `id` nor a `path` column.
    """
    try:
        with open(manifest, encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            rows, lines = [], []
            start = 2
            for row in reader:
                rows.append(row)
                lines.append(start)
                start = reader.line_num + 1
    except FileNotFoundError:
        raise InputError("no such file", manifest) from None
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise InputError(f"cannot read the manifest: {exc}", manifest) from None
    columns = set(rows[0]) if rows else set()
    if not rows or not ({"id", "path"} & columns):
        raise InputError("manifest needs an 'id' or 'path' column and at least one row", manifest)
    return Manifest(manifest, rows, lines)


def apply_manifest(docs: Sequence[Any], manifest: str | Manifest) -> None:
    """Set date, outlet, url, title and author from a manifest CSV, matching rows to documents by `id` or `path`.

    A row that matches no document, a second row for a document and a date that cannot be read are warned about
    (with the manifest's line), and so, in one warning, are the rows of a manifest with dates that leave a
    document's date empty when it has none of its own.

    Raises:
        InputError: the manifest cannot be read or has neither an `id` nor a `path` column.
    """
    if not isinstance(manifest, Manifest):
        manifest = read_manifest(manifest)
    by_id = {d.id: d for d in docs}
    by_path = {os.path.normpath(d.path): d for d in docs if d.path}
    base = os.path.dirname(manifest.path)
    lines = manifest.lines or list(range(2, len(manifest.rows) + 2))
    first_row: dict[int, int] = {}
    # Rows whose date cell is empty for a document with no date of its own: dates are what orders an edge, and a
    # researcher who gave dates means to give them all, so the gaps are said, once, with their lines.
    undated: list[int] = []
    dated_column = "date" in (manifest.rows[0] if manifest.rows else {})
    for row, line in zip(manifest.rows, lines, strict=True):
        where = f"{manifest.path}:line {line}"
        key = (row.get("id") or "").strip()
        doc = by_id.get(key)
        if doc is None and (p := (row.get("path") or "").strip()):
            key = p
            doc = by_path.get(os.path.normpath(p)) or by_path.get(os.path.normpath(os.path.join(base, p)))
        if doc is None:
            logger.warning("%s: %r matches no input document; row not used", where, key)
            continue
        if (first := first_row.setdefault(id(doc), line)) != line:
            logger.warning("%s: a second row for %r (the first is line %d); this one wins", where, doc.id, first)
        for name in MANIFEST_FIELDS:
            if value := (row.get(name) or "").strip():
                if name == "date":
                    value = _manifest_date(value, getattr(doc, "date", None), where)
                elif name == "author":
                    # Read as a byline, as a document's own author is when it is made (`Document`).
                    value = metadata_author(value, (row.get("outlet") or "").strip() or getattr(doc, "outlet", None))
                setattr(doc, name, value)
        if dated_column and not (row.get("date") or "").strip() and not getattr(doc, "date", None):
            undated.append(line)
    if undated:
        more = ", ..." if len(undated) > UNDATED_LINES_SHOWN else ""
        logger.warning("%s: %s with an empty date (%s %s%s): ordered only by dates in the text or other evidence",
                       manifest.path, plural(len(undated), "document"), agree(len(undated), "line"),
                       ", ".join(map(str, undated[:UNDATED_LINES_SHOWN])), more)
