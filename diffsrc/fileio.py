"""Safe writes: every output file is written to a temporary name beside it and renamed into place."""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from . import rx
from .errors import OutputError


def _process_umask() -> int:
    # Read once, at import (before any writer thread): os.umask can only be read by setting it.
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


_UMASK = _process_umask()


def write_atomic(path: str | os.PathLike[str], data: str | bytes | Iterable[str], *, encoding: str = "utf-8") -> None:
    """Write `data` to `path` so that a crash leaves either the old file or the whole new one, never half.

    `data` may be an iterable of text chunks, written as they come (a table too big to hold as one string).

    Raises:
        OutputError: the folder does not exist or cannot be written.
    """
    target = Path(path)
    folder = target.parent
    if not folder.is_dir():
        raise OutputError("output folder does not exist", os.fspath(folder) or ".")
    chunks: Iterable[str | bytes] = [data] if isinstance(data, (str, bytes)) else data
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise OutputError(f"cannot write: {exc.strerror or exc}", os.fspath(target)) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            for chunk in chunks:
                handle.write(chunk.encode(encoding) if isinstance(chunk, str) else chunk)
        # mkstemp makes the file private (0600); give it the mode a plain open() would, or keep the old file's.
        mode = target.stat().st_mode & 0o7777 if target.exists() else 0o666 & ~_UMASK
        os.chmod(tmp, mode)
        # No fsync: the rename alone already means a crashed or killed run leaves either the old file or the whole
        # new one. Syncing every file to disk cost a corpus run of 18,000 report files most of its time; reports
        # can be regenerated, and the index (SQLite) makes its own durability guarantees.
        os.replace(tmp, target)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise OutputError(f"cannot write: {exc.strerror or exc}", os.fspath(target)) from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


# The mark of a run writing an output folder: there while it writes, and left behind by a run that was killed.
RUNNING_MARK = ".diffsrc-running"
# A temporary file of `write_atomic` (".summary.csv.k3j9x_2a.tmp"): left behind only by a killed writer.
_TEMPORARY = rx.compile(r"\..+\.[A-Za-z0-9_]{8}\.tmp")


@contextmanager
def writing_folder(folder: str | os.PathLike[str], what: str = "run", subfolders: Iterable[str] = ()
                   ) -> Iterator[str | None]:
    """Hold an output folder for one writer while the block runs, marked as being written.

    A second writer is refused rather than let the two interleave their files (each file is atomic, the folder is
    not: one run's tables beside the other's). A run killed part way leaves the mark (`RUNNING_MARK`, its process
    and start time), so that a reader sees the folder is incomplete; the next run takes the folder over and removes
    the temporary files the killed one left (in the folder and its `subfolders`). The mark goes when the block ends
    without an error; after an error it stays (the folder may be half written), unless the caller removes it.

    Yields:
        What the mark of an interrupted earlier run said, or None.

    Raises:
        OutputError: another process is writing the folder.
    """
    mark = Path(folder) / RUNNING_MARK
    handle = _lock(mark, what)
    try:
        previous = handle.read().strip() or None
        try:
            handle.seek(0)
            handle.truncate()
            handle.write(f"{what} by process {os.getpid()}, started {time.strftime('%Y-%m-%d %H:%M:%S')}\n")
            handle.flush()
        except OSError as exc:  # a full disk: the folder's first write
            raise OutputError(f"cannot write: {exc.strerror or exc}", os.fspath(folder)) from None
        _remove_temporaries(Path(folder), subfolders)
        yield previous
        mark.unlink(missing_ok=True)
    finally:
        handle.close()  # and with it the lock


def _lock(mark: Path, what: str) -> IO[str]:
    try:
        import fcntl
    except ImportError:  # not on Windows: the mark alone
        return open(mark, "a+", encoding="utf-8")  # noqa: SIM115 - closed by writing_folder
    while True:
        try:
            handle = open(mark, "a+", encoding="utf-8")  # noqa: SIM115 - closed by writing_folder
        except OSError as exc:
            raise OutputError(f"cannot write: {exc.strerror or exc}", os.fspath(mark.parent)) from None
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            handle.seek(0)
            holder = handle.read().strip()
            handle.close()
            raise OutputError(f"another {what} is writing to this folder ({holder or 'a process'}); wait for it "
                              "to finish or write to another folder", os.fspath(mark.parent)) from None
        try:
            same = os.fstat(handle.fileno()).st_ino == os.stat(mark).st_ino
        except FileNotFoundError:
            same = False
        if same:  # not a mark its finishing holder removed while this process opened it
            handle.seek(0)
            return handle
        handle.close()


def _remove_temporaries(folder: Path, subfolders: Iterable[str]) -> None:
    for sub in (folder, *(folder / name for name in subfolders)):
        try:
            names = os.listdir(sub)
        except OSError:
            continue
        for name in names:
            if _TEMPORARY.fullmatch(name):
                (sub / name).unlink(missing_ok=True)
