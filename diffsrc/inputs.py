"""Many inputs at once: expand files, folders and globs into documents, and list what could not be read.

Commands that take several inputs (`corpus`, `check`, `index add`) call `load_documents`; a bad file never stops
the run, it becomes a `Skipped` entry with its reason, which the caller reports.
"""

from __future__ import annotations

import glob
import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from .document import Document
from .errors import DiffsrcError, InputError

logger = logging.getLogger(__name__)

# Files in a folder that are never articles (editor droppings, our own outputs, hidden files).
_IGNORED_SUFFIXES = {".json", ".csv", ".md", ".graphml", ".dot", ".svg", ".html", ".db", ".sqlite", ".pyc"}
_ARTICLE_SUFFIXES = {".txt", ".text", ""}


@dataclass(frozen=True)
class Skipped:
    """An input that was not used, and why."""

    path: str
    reason: str

    @property
    def message(self) -> str:
        return f"{self.path}: {self.reason}"


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
            found = sorted(
                os.fspath(p) for p in path.rglob("*")
                if p.is_file() and not any(part.startswith(".") for part in p.relative_to(path).parts)
                and (p.suffix.lower() in _ARTICLE_SUFFIXES or p.suffix.lower() not in _IGNORED_SUFFIXES)
            )
            if not found:
                skipped.append(Skipped(raw, "folder holds no article files"))
            files.extend(found)
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
        by_name.setdefault(Path(f).name, []).append(f)
    ids: dict[str, str] = {}
    for name, group in by_name.items():
        if len(group) == 1:
            ids[group[0]] = name
            continue
        root = os.path.commonpath([os.path.abspath(f) for f in group])
        for f in group:
            ids[f] = Path(os.path.relpath(os.path.abspath(f), root)).as_posix()
    return ids


def iter_documents(paths: Iterable[str]) -> Iterator[Document | Skipped]:
    """Documents from files, folders and globs; unreadable inputs come out as `Skipped` (never raised)."""
    files, skipped = expand_paths(paths)
    yield from skipped
    ids = document_ids(files)
    for f in files:
        try:
            yield load_path(f, id=ids[f])
        except DiffsrcError as exc:
            yield Skipped(exc.path or f, exc.reason)


def load_path(path: str, id: str | None = None) -> Document:
    """Load one input file as a document (the format is chosen from the file: plain text for now).

    Raises:
        InputError: the file cannot be used.
    """
    if path == "-":
        import sys

        from .document import decode_bytes

        text, encoding = decode_bytes(sys.stdin.buffer.read(), "<stdin>")
        doc = Document.from_text(text, id=id if id and id != "-" else "stdin", path="-")
        doc.encoding = encoding
        return doc
    doc = Document.from_path(path, id=id)
    # Touch the cleaned text now, so a file with no article in it is skipped here, not later mid-run.
    doc.cleaned
    return doc


def load_documents(paths: Iterable[str]) -> tuple[list[Document], list[Skipped]]:
    """All readable documents named by `paths`, and the skipped inputs with their reasons."""
    docs: list[Document] = []
    skipped: list[Skipped] = []
    for item in iter_documents(paths):
        if isinstance(item, Skipped):
            logger.warning("skipped %s", item.message)
            skipped.append(item)
        else:
            docs.append(item)
    return docs, skipped


__all__ = ["InputError", "Skipped", "document_ids", "expand_paths", "iter_documents", "load_documents", "load_path"]
