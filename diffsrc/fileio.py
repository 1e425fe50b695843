"""Safe writes: every output file is written to a temporary name beside it and renamed into place."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

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
