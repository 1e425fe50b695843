"""A manifest: a CSV that gives the documents of a corpus run the metadata their files lack (date, outlet, ...).

Dates decide the direction of provenance edges, so a researcher who knows when each article appeared can say so
here rather than edit the files.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ..errors import InputError

MANIFEST_FIELDS = ("date", "outlet", "url", "title")


@dataclass(frozen=True)
class Manifest:
    """A manifest read and checked: its file (paths in it are relative to its folder) and its rows."""

    path: str
    rows: list[dict[str, str]]


def read_manifest(manifest: str) -> Manifest:
    """Read a manifest CSV (before any work is done, so a bad one fails at once).

    Raises:
        InputError: the manifest cannot be read or has neither an `id` nor a `path` column.
    """
    try:
        with open(manifest, encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.DictReader(handle))
    except FileNotFoundError:
        raise InputError("no such file", manifest) from None
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise InputError(f"cannot read the manifest: {exc}", manifest) from None
    columns = set(rows[0]) if rows else set()
    if not rows or not ({"id", "path"} & columns):
        raise InputError("manifest needs an 'id' or 'path' column and at least one row", manifest)
    return Manifest(manifest, rows)


def apply_manifest(docs: Sequence[Any], manifest: str | Manifest) -> None:
    """Set date, outlet, url and title from a manifest CSV, matching rows to documents by `id` or `path`.

    Raises:
        InputError: the manifest cannot be read or has neither an `id` nor a `path` column.
    """
    if not isinstance(manifest, Manifest):
        manifest = read_manifest(manifest)
    by_id = {d.id: d for d in docs}
    by_path = {os.path.normpath(d.path): d for d in docs if d.path}
    base = os.path.dirname(manifest.path)
    for row in manifest.rows:
        doc = by_id.get((row.get("id") or "").strip())
        if doc is None and (p := (row.get("path") or "").strip()):
            doc = by_path.get(os.path.normpath(p)) or by_path.get(os.path.normpath(os.path.join(base, p)))
        if doc is None:
            continue
        for name in MANIFEST_FIELDS:
            if value := (row.get(name) or "").strip():
                setattr(doc, name, value)
