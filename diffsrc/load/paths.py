"""Which files the inputs name: files, folders searched recursively, glob patterns, `-`; and an id for each."""

from __future__ import annotations

import errno
import glob
import logging
import os
import re
import stat
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from .. import rx
from ..errors import printable_path, shown_path

logger = logging.getLogger(__name__)

# Files in a folder that are never articles (our own outputs, editor droppings). Named explicitly, a .csv or
# .json file is still read; only a folder walk passes them over, since reports are written as CSV and JSON.
_OUTPUT_SUFFIXES = {".json", ".csv", ".md", ".graphml", ".dot", ".svg", ".db", ".sqlite", ".pyc", ".tmp"}
# What a saved page ("Save page as, complete") or a crawl leaves beside its pages: scripts, style sheets, images,
# fonts, media, crawl indexes and logs. Read as text they became documents of their own in the graph and tables.
_ASSET_SUFFIXES = {
    ".js", ".mjs", ".css", ".map", ".cdx", ".cdxj", ".log", ".png", ".jpg", ".jpeg", ".gif", ".webp", ".avif",
    ".ico", ".bmp", ".tif", ".tiff", ".woff", ".woff2", ".ttf", ".otf", ".eot", ".mp3", ".mp4", ".m4a", ".webm",
    ".mov", ".wav", ".ogg", ".pdf", ".zip", ".swf", ".wasm",
}
_IGNORED_SUFFIXES = _OUTPUT_SUFFIXES | _ASSET_SUFFIXES
# The reasons an input that exists names no file to read: nothing there yet (`check --allow-empty` passes them).
NO_ARTICLE_FILES = "folder holds no article files"
NO_MATCHING_FILES = "pattern matches no files"
# A pipe, socket or device met in a folder or matched by a pattern: listed, not read (it may never end).
NOT_A_REGULAR_FILE = "not a regular file (a pipe, socket or device)"


def natural_key(text: str) -> tuple[tuple[int, int | str], ...]:
    """Sort key that reads the numbers in `text` as numbers: `feed.jsonl:line 2` before `feed.jsonl:line 10`."""
    return tuple((0, int(t)) if t.isdigit() else (1, t) for t in re.split(r"(\d+)", text) if t)


@dataclass(frozen=True)
class Skipped:
    """An input that was not used, and why (`path` as text any file can hold: `errors.printable_path`)."""

    path: str
    reason: str

    def __post_init__(self) -> None:
        object.__setattr__(self, "path", printable_path(self.path))

    @property
    def message(self) -> str:
        return f"{shown_path(self.path)}: {self.reason}"


def _walk_folder(folder: Path) -> tuple[list[str], list[Skipped], list[str]]:
    """(article files, entries that cannot be read, files passed over) under a folder: hidden files and folders
    are left out, and linked folders are not entered (a link loop would never end).

    Walked with `os.scandir`, whose entries know their type without a `stat` each: `Path.rglob` spent 0.35 s
    listing a folder of 20,000 articles before `index add` could start on them."""
    found: list[str] = []
    skipped: list[Skipped] = []
    passed: list[str] = []
    base = os.fspath(folder)
    # Paths spelt as `folder / name` spells them: "name" under ".", "/name" under "/".
    top = "" if base == "." else base if base.endswith(os.sep) else base + os.sep
    pending = [top]
    while pending:
        where = pending.pop()
        try:
            with os.scandir(where or ".") as listing:
                entries = list(listing)
        except OSError as exc:  # a folder that cannot be listed (permission denied): listed, not fatal
            skipped.append(Skipped(where.rstrip(os.sep) or base, os_error_reason(exc)))
            continue
        for entry in entries:
            name = entry.name
            if name.startswith("."):
                continue
            path = where + name
            try:
                if entry.is_dir(follow_symlinks=False):
                    pending.append(path + os.sep)
                    continue
                is_file = entry.is_file()  # a stat only for a link, or where the folder does not say
            except OSError as exc:  # an entry that cannot even be looked at (permission denied): listed, not fatal
                skipped.append(Skipped(path, os_error_reason(exc)))
                continue
            suffix = _suffix(name)
            if is_file and suffix in _DUMP_SUFFIXES and _is_article_dump(path, suffix):
                found.append(path)
            elif suffix in _IGNORED_SUFFIXES or (suffix in (".html", ".htm") and _is_own_report_file(Path(path))):
                # Our own outputs (reports and tables of an earlier run) are passed over, and so are a folder's
                # other .json/.csv/.md files and a saved page's assets.
                if is_file:
                    passed.append(path)
            elif is_file:
                found.append(path)
            elif (unread := _not_read(path)) is not None:
                skipped.append(unread)
    return sorted(found), sorted(skipped, key=lambda s: natural_key(s.path)), passed


# A .csv or .json file in a folder is read when it is an article dump, not one of our own outputs: a researcher's
# folder of exports lost six of ten articles with exit 0 when every .csv and .json was taken for a report.
_DUMP_SUFFIXES = {".csv", ".json"}
_SNIFF_BYTES = 65536
# Our only table with a `text` column is provenance.csv (one row per sentence); a dump is one row per article.
_OWN_TABLE_COLUMNS = {"document", "sentence", "label", "text"}
_OWN_SCHEMA = rx.compile(rb'"schema"\s*:\s*"diffsrc\.')
_TEXT_KEY = rx.compile(rb'"text"\s*:')
# A JSON file this large is read as a dump only when it is a list (what exporters write); parsing a large object to
# see whether it is an article would cost every walk over a folder of our pair reports.
_JSON_PARSE_MAX = 1 << 20


def _is_article_dump(path: str, suffix: str) -> bool:
    """Whether a .csv or .json file met in a folder holds articles (`load.records` reads them): a CSV whose header
    names a `text` column and is not our provenance table's; a JSON list of objects with a `text` field, or such an
    object, not one of our reports (`"schema": "diffsrc...."`). A file that cannot be opened is left to the walk's
    other rules (passed over, as before)."""
    try:
        with open(path, "rb") as f:
            head = f.read(_SNIFF_BYTES)
            size = os.fstat(f.fileno()).st_size
    except OSError:
        return False
    if suffix == ".csv":
        from .records import csv_columns

        columns = set(csv_columns(head.decode("utf-8", "replace")))
        return "text" in columns and not _OWN_TABLE_COLUMNS <= columns
    body = head.lstrip().removeprefix(b"\xef\xbb\xbf").lstrip()
    if body[:1] not in (b"[", b"{") or _OWN_SCHEMA.search(head) or not _TEXT_KEY.search(head):
        return False
    if size > _JSON_PARSE_MAX:
        return body[:1] == b"[" and body[1:].lstrip()[:1] == b"{"  # a list of objects, one naming `text` early
    import json

    try:
        with open(path, "rb") as f:
            value = json.loads(f.read())
    except (OSError, ValueError):
        return True  # a damaged dump (it names `text`): read, so its error is listed, not passed over unseen
    if isinstance(value, list):
        return any(isinstance(item, dict) and "text" in item for item in value)
    return isinstance(value, dict) and "text" in value and not str(value.get("schema", "")).startswith("diffsrc.")


def _not_read(path: str) -> Skipped | None:
    """Why a path met in a folder or matched by a pattern, and no regular file, is not read; None for a folder (a
    linked one is not entered, one a pattern matches has its files matched)."""
    try:
        mode = os.stat(path).st_mode
    except OSError as exc:
        # A dangling link or a link loop would otherwise vanish from the run without a word.
        return Skipped(path, _link_problem(Path(path)) if os.path.islink(path) else os_error_reason(exc))
    if stat.S_ISDIR(mode):
        return None
    # Named on the command line a pipe is read (`<(curl ...)`); met in a folder or matched by a pattern, it may
    # never end, and dropping it without a word lost an input from the run (`corpus 'in/*'` said "0 skipped").
    return Skipped(path, NOT_A_REGULAR_FILE)


def _suffix(name: str) -> str:
    """A file name's suffix, lower-cased, as `Path.suffix` reads it ("a.tar.gz" -> ".gz"; "notes." -> "")."""
    dot = name.rfind(".")
    return name[dot:].lower() if 0 < dot < len(name) - 1 else ""


def _passed_over(passed: list[str]) -> str:
    """What a folder held that is not read from a folder, for messages: " (2 .csv, 1 .md passed over: ...)"."""
    if not passed:
        return ""
    kinds = Counter(Path(p).suffix.lower() for p in passed)
    listed = ", ".join(f"{n} {suffix}" for suffix, n in sorted(kinds.items()))
    # (A .csv or .json holding articles is read, `_is_article_dump`: say what makes one, for a file meant as one.)
    dumps = kinds.keys() & _DUMP_SUFFIXES
    hint = "; a CSV or JSON dump of articles is read: it has a 'text' column or field" if dumps else ""
    what = "reports and tables" if kinds.keys() <= _OUTPUT_SUFFIXES else (
        "page assets and media" if kinds.keys() <= _ASSET_SUFFIXES else "reports, tables, page assets and media")
    return f" ({listed} passed over: {what} are not read from a folder{hint})"


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
        if exc.errno == errno.ENOENT:
            return "broken symbolic link (its target does not exist)"
        return os_error_reason(exc)
    return NOT_A_REGULAR_FILE


def os_error_reason(exc: OSError) -> str:
    """What an `OSError` met reading an input means, in the words of an `Error:` line."""
    if exc.errno == errno.ENOENT:
        return "no such file" if not os.path.islink(exc.filename or "") else "broken symbolic link"
    if exc.errno == errno.ELOOP:
        return "symbolic link loop"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    if exc.errno == errno.EISDIR:
        return "is a directory, not a file"
    return f"cannot read: {exc.strerror or exc}"


def input_paths(paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]]) -> list[str]:
    """The inputs as a list of path strings: one str or path is one input, not a string of one-letter paths ("/"
    among them: the whole file system).

    Raises:
        TypeError: an input is not a str or a path (bytes, None, a number).
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    elif isinstance(paths, (bytes, bytearray)) or not isinstance(paths, Iterable):
        raise TypeError(f"paths must be a str, a path or a list of them, got {type(paths).__name__}")
    out = []
    for p in paths:
        path = os.fspath(p) if isinstance(p, (str, os.PathLike)) else None
        if not isinstance(path, str):
            raise TypeError(f"each path must be a str or a path, got {type(p).__name__}: {p!r:.60}")
        out.append(path)
    return out


def expand_paths(paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]], *, warn: bool = True,
                 read_otherwise: Iterable[str] = ()) -> tuple[list[str], list[Skipped]]:
    """Files named by `paths` (files, folders searched recursively for articles, glob patterns), in a stable order.

    A folder's files that are not read as articles (tables, reports, a saved page's assets) are counted in a warning
    (`warn`), but for those the caller reads otherwise (`read_otherwise`: a manifest kept beside the articles).

    Returns:
        (files, skipped): the files to load, and the paths that named nothing.

    Raises:
        TypeError: an input is not a str or a path (`input_paths`).
    """
    paths = input_paths(paths)
    # A file given by name is read, though a folder given beside it would pass it over ("in/ in/rows.csv").
    known = {os.path.abspath(p) for p in (*read_otherwise, *paths) if p and p != "-"}
    files: list[str] = []
    skipped: list[Skipped] = []
    for raw in paths:
        if raw == "-":
            files.append(raw)
            continue
        if not raw:
            # Path("") is the current folder: an unset shell variable must not check or index everything here.
            skipped.append(Skipped(raw, "empty path (an unset variable?); give a file, folder or pattern"))
            continue
        path = Path(raw)
        try:
            is_dir = path.is_dir()
        except OSError as exc:
            skipped.append(Skipped(raw, os_error_reason(exc)))
            continue
        if is_dir:
            found, bad, passed = _walk_folder(path)
            if not found and not bad:
                skipped.append(Skipped(raw, NO_ARTICLE_FILES + _passed_over(passed)))
            elif warn and (unread := [p for p in passed if os.path.abspath(p) not in known]):
                # Said, not only logged: a JSON feed dropped into a batch folder is not read, and a CI job must see
                # that it was not.
                logger.warning("%s: %s", shown_path(raw), _passed_over(unread).strip(" ()"))
            files.extend(found)
            skipped.extend(bad)
        elif path.exists() or path.is_symlink():
            files.append(raw)
        elif glob.has_magic(raw):
            matches = sorted(glob.glob(raw, recursive=True))
            if not matches:
                skipped.append(Skipped(raw, NO_MATCHING_FILES))
            for match in _not_through_linked_folders(raw, matches):
                if os.path.isfile(match):
                    files.append(match)
                elif (unread := _not_read(match)) is not None:  # as in a folder
                    skipped.append(unread)
        else:
            skipped.append(Skipped(raw, "no such file"))
    if len(paths) == 1:  # one input names no file twice (neither a folder walk nor a pattern enters a linked folder)
        return files, skipped
    # A file named twice is read once, however it was spelt ("inc/a.txt", "./inc/a.txt", "/home/me/inc/a.txt",
    # "latest/a.txt" through a link to its folder): read twice, it was a near-duplicate of itself and failed a CI
    # check. The first spelling is kept.
    seen: set[object] = set()
    unique = []
    for f in files:
        key = f if f == "-" else _file_key(f)
        if key not in seen:
            seen.add(key)
            unique.append(f)
    return unique, skipped


def _file_key(path: str) -> object:
    """What names one file however it is reached: its device and inode (a link, a linked folder), else its path."""
    try:
        st = os.stat(path)
    except OSError:
        return os.path.normcase(os.path.abspath(path))
    return (st.st_dev, st.st_ino) if st.st_ino else os.path.normcase(os.path.realpath(path))


def _not_through_linked_folders(pattern: str, matches: list[str]) -> list[str]:
    """A pattern's matches but those reached through a linked folder below the pattern's fixed part, which a folder
    walk does not enter either: `glob` follows them, so "arch/**" read arch/latest/x.txt beside arch/2025-03-14/x.txt
    (a near-duplicate of itself), and a link loop read one file dozens of times before failing."""
    parts = Path(pattern).parts
    fixed = next((i for i, part in enumerate(parts) if glob.has_magic(part)), len(parts))
    linked: dict[str, bool] = {}

    def is_linked(folder: str) -> bool:
        if folder not in linked:
            linked[folder] = os.path.islink(folder)
        return linked[folder]

    kept = []
    for match in matches:
        folders = Path(match).parts[:-1]
        if not any(is_linked(os.path.join(*folders[: i + 1])) for i in range(fixed, len(folders))):
            kept.append(match)
    return kept


def document_ids(files: list[str]) -> dict[str, str]:
    """An id per file: its name, or its path relative to the inputs' common folder where names collide."""
    by_name: dict[str, list[str]] = {}
    for f in files:
        name = "stdin" if f == "-" else os.path.basename(f.rstrip(os.sep) or f)
        by_name.setdefault(printable_path(name), []).append(f)  # a name of another encoding than UTF-8 as \xNN
    ids: dict[str, str] = {}
    for name, group in by_name.items():
        if len(group) == 1:
            ids[group[0]] = name
            continue
        root = os.path.commonpath([os.path.abspath(f) for f in group])
        for f in group:
            ids[f] = printable_path(Path(os.path.relpath(os.path.abspath(f), root)).as_posix())
    return ids
