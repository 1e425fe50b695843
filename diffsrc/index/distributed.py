"""Fingerprinting on a Dask cluster, for archives too large for one machine (`diffsrc index add --scheduler`).

The workers read and clean the files and fingerprint them; only fingerprints travel back, and this process writes
them to the index, so the index is the same as one built locally. The workers need diffsrc installed and must see
the files at the same paths (a shared file system).
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Iterator, Sequence
from dataclasses import replace

from ..errors import IndexStoreError, InputError
from .fingerprint import FingerprintParams
from .store import FingerprintedDocument, fingerprint_documents

# Files per task: big enough that scheduling overhead (~1 ms a task) is small next to the work (~1 ms a file).
CHUNK_SIZE = 200
# Chunks queued per worker ahead of the writer: keeps every worker busy without fingerprinting the whole archive
# into memory first.
IN_FLIGHT = 4
# How long to wait for the scheduler to answer before calling the address unreachable.
CONNECT_TIMEOUT = "10s"


def _fingerprint_chunk(
    files: Sequence[tuple[str, str]], params: FingerprintParams
) -> list[FingerprintedDocument | tuple[str, str]]:
    """Worker side: fingerprints, or (path, reason) for a file that cannot be used."""
    from ..errors import DiffsrcError
    from ..load.read import load_path

    docs = []
    for path, doc_id in files:
        try:
            docs.append(load_path(path, id=doc_id))
        except DiffsrcError as exc:
            return [(exc.path or path, exc.reason)]
    try:
        return list(fingerprint_documents(docs, params))
    except DiffsrcError as exc:
        return [(exc.path or "?", exc.reason)]


def iter_fingerprints(
    files: Sequence[tuple[str, str]], params: FingerprintParams, address: str
) -> Iterator[list[FingerprintedDocument]]:
    """Fingerprint (path, id) pairs on the Dask cluster at `address`; yields them chunk by chunk, in input order.

    At most `IN_FLIGHT` chunks per worker are queued ahead of the caller, so neither this process nor the cluster
    holds the fingerprints of a whole archive at once.

    Raises:
        IndexStoreError: dask.distributed is not installed or the scheduler cannot be reached.
        InputError: a worker could not use a file.
    """
    if any(path == "-" for path, _ in files):
        raise InputError("standard input cannot be sent to Dask workers; give files", "-")
    try:
        from distributed import Client
    except ImportError:
        raise IndexStoreError("--scheduler needs dask.distributed: pip install 'diffsrc[dask]'") from None
    try:
        client = Client(address, timeout=CONNECT_TIMEOUT)
    except (OSError, TimeoutError) as exc:
        raise IndexStoreError(f"cannot reach the Dask scheduler: {exc}", address) from None
    # Workers may run elsewhere (with another working directory): send absolute paths, keep the given ones.
    absolute = [(os.path.abspath(path), doc_id) for path, doc_id in files]
    given = {os.path.abspath(path): path for path, _ in files}
    chunks = [absolute[i : i + CHUNK_SIZE] for i in range(0, len(absolute), CHUNK_SIZE)]
    try:
        window = IN_FLIGHT * max(1, len(client.scheduler_info().get("workers", {})))
        pending: deque = deque()
        submitted = 0
        while submitted < len(chunks) or pending:
            while submitted < len(chunks) and len(pending) < window:
                pending.append(client.submit(_fingerprint_chunk, chunks[submitted], params, pure=False))
                submitted += 1
            future = pending.popleft()
            result = future.result()
            del future  # lets the cluster forget the chunk
            entries: list[FingerprintedDocument] = []
            for item in result:
                if isinstance(item, tuple):
                    raise InputError(item[1], given.get(item[0], item[0]))
                entries.append(replace(item, path=given.get(item.path or "", item.path)))
            yield entries
    finally:
        client.close()
