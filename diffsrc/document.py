"""Documents: the unit every step works on, and the ways in (text in memory, a file, many files).

A `Document` is plain data: its text as read and what is known of where it came from. It runs nothing; cleaning,
segmentation and sentence features are `text.prepare`'s (`prepare(document)`), and reading files is `load/`'s.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from .load.paths import Skipped, expand_paths, input_paths

logger = logging.getLogger(__name__)


@dataclass
class Document:
    """One article: its text and what is known about where it came from.

    Build one with `Document.from_path` or `Document.from_text`. Metadata given explicitly (title, outlet, date,
    url) wins over what cleaning finds in the text; `credit` and `dateline` come from the text.
    """

    id: str
    text: str
    path: str | None = None
    title: str | None = None
    outlet: str | None = None
    date: str | None = None
    url: str | None = None
    encoding: str = "utf-8"
    warnings: list[str] = field(default_factory=list)
    author: str | None = None
    # A saved page's lines its article extraction left out (menus, share bars, related links, comments, footer):
    # not the document's text, but listed in reports with the boilerplate cleaning sets aside.
    page_chrome: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        """A document built directly (`Document(**row)` for each of a DataFrame's records) is checked as `from_text`
        checks one: a missing cell (pandas' NaN / NA / NaT) is None, a date given as a datetime is written as ISO
        8601, and a text or id that is not a str is a TypeError naming it, not an AttributeError from deep inside
        (or NaN in a report's JSON). The author is read as a byline (`text.clean.metadata_author`), here once, so
        that `author` is the one reports show: "Paul Peachey; Crime Correspondent; PA News" is Paul Peachey, a staff
        or agency credit ("Staff; Agencies") no author.

        Raises:
            TypeError: the id or text is not a str, or metadata other than the date is neither a str nor missing.
        """
        if not isinstance(self.id, str):
            raise TypeError(f"a document id must be a str, got {type(self.id).__name__}: {self.id!r}")
        if not isinstance(self.text, str):
            raise TypeError(f"document {self.id!r}: text must be a str, got {type(self.text).__name__}")
        from .load.decode import TEXT_METADATA, metadata_date, metadata_value

        for key in TEXT_METADATA:
            value = getattr(self, key)
            if value is not None and not isinstance(value, str):
                value = metadata_value(key, value)
                if key == "date" and value is not None:
                    value = metadata_date(value, self.path or self.id, self.warnings)
                setattr(self, key, value)
        if self.author:
            from .text.clean import metadata_author  # the cleaning rules, imported only for a document with one

            self.author = metadata_author(self.author, self.outlet)

    @classmethod
    def from_text(cls, text: str, id: str | None = None, **metadata: str | None) -> Document:
        """A document from text already in memory.

        Args:
            text: the article, page chrome and all (a saved web page's HTML goes to `from_html`).
            id: its name in reports; defaults to a short hash of the text.
            **metadata: optional `title`, `outlet`, `date`, `url`, `author`, `path`.

        Raises:
            InputError: the text is empty or only whitespace.
            TypeError: `text` is not a str (bytes: decode them, or read the file with `from_path`).
        """
        from .load.decode import document_fields

        if not isinstance(text, str):
            raise TypeError(f"text must be a str, got {type(text).__name__}"
                            + ("; decode the bytes, or read the file with Document.from_path(path)"
                               if isinstance(text, (bytes, bytearray)) else ""))
        return cls(**document_fields(text, id=id, **metadata))

    @classmethod
    def from_html(cls, html: str | bytes, id: str | None = None, **metadata: str | None) -> Document:
        """An article from a saved web page already in memory, read as `from_path` reads an `.html` file: the article
        text, headline, site name, author and date are extracted, and the menus, scripts and markup left out
        (`from_text` would take the markup for text). Needs the `html` extra.

        Args:
            html: the page; bytes are decoded in the charset the page declares, else as UTF-8 or Windows-1252.
            id: its name in reports; defaults to a short hash of the extracted text.
            **metadata: optional `title`, `outlet`, `date`, `url` (the address it was fetched from), `author`,
                `path`; they win over what the page says.

        Raises:
            InputError: the html extra is not installed, the page cannot be parsed, or it holds no article text.
            TypeError: `html` is neither str nor bytes.
        """
        from .load.decode import text_digest
        from .load.web import html_fields

        if not isinstance(html, (str, bytes, bytearray)):
            raise TypeError(f"html must be a str or bytes, got {type(html).__name__}")
        fields = html_fields(bytes(html) if isinstance(html, bytearray) else html, id=id or "<html>", **metadata)
        if id is None:
            fields["id"] = "text-" + text_digest(fields["text"])
        return cls(**fields)

    @classmethod
    def from_path(cls, path: str | os.PathLike[str], id: str | None = None, **metadata: str | None) -> Document:
        """Load one article from a file: plain text, an HTML page, or a JSONL/CSV/WARC file holding one record.

        The format is chosen from the file (see `load/read.py`); `-` reads standard input.

        Args:
            path: the file.
            id: its name in reports; defaults to the file name.
            **metadata: optional `title`, `outlet`, `date`, `url`, `author`; they win over what the file says.

        Raises:
            InputError: the file is missing, a directory, unreadable, binary, empty, or holds several documents.
            TypeError: `path` is not a str or a path (bytes: decode the name; text: `from_text`).
        """
        from .load.read import load_path

        if not isinstance(path, (str, os.PathLike)) or not isinstance(os.fspath(path), str):
            raise TypeError(f"path must be a str or a path, got {type(path).__name__}")
        return cls(**load_path(os.fspath(path), id=id, check=False, **metadata))


def iter_documents(paths: Iterable[str] | str | os.PathLike[str], *, check: bool = True
                   ) -> Iterator[Document | Skipped]:
    """Documents from files, folders and globs; unreadable inputs and records come out as `Skipped` (never raised).

    Args:
        paths: files, folders and glob patterns (one str or path is one input).
        check: skip here, with its reason, a document that holds no article text (cleaning it once to see).
    """
    from .load.read import iter_fields

    for item in iter_fields(paths, check=check):
        yield item if isinstance(item, Skipped) else Document(**item)


def load_documents(
    paths: Iterable[str] | str | os.PathLike[str], *, progress: Callable[[int, int], None] | None = None,
    check: bool = True
) -> tuple[list[Document], list[Skipped]]:
    """All readable documents named by `paths`, and the skipped inputs with their reasons.

    Args:
        paths: files, folders and glob patterns (one str or path is one input).
        progress: called as `progress(files_done, files_total)` while reading (an archive or JSON Lines file
            counts once, however many documents it holds).
        check: skip documents that hold no article text (see `iter_documents`).
    """
    paths = input_paths(paths)  # one str or path is one input
    total = max(1, len(expand_paths(paths, warn=False)[0])) if progress else 0  # iter_documents says what it passes
    files_seen: set[str | None] = set()
    docs: list[Document] = []
    skipped: list[Skipped] = []
    for item in iter_documents(paths, check=check):
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


__all__ = ["Document", "Skipped", "iter_documents", "load_documents"]
