"""Where work runs: this process, local worker processes, a local Dask cluster or a remote Dask scheduler.

Corpus runs and index builds hand `Workers` a function and a list of argument tuples (chunks of work); it runs
them wherever it was told to and yields the results, in the order given or as they complete. One executor, one
timeout for reaching a scheduler (`settings.WORKER_CONNECT_TIMEOUT`), one error (`WorkerError`) when Dask is
missing or the scheduler cannot be reached. Results are the same wherever the work ran.
"""

from __future__ import annotations

import logging
import os
import sys
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from . import rx, settings
from .errors import WorkerError

# Tasks queued per worker ahead of the caller: keeps every worker busy without computing (and holding) all the
# results at once when the caller consumes them more slowly (writing files, an index).
IN_FLIGHT_PER_WORKER = 4


class Workers:
    """An executor for chunks of work; use it as a context manager.

    Args:
        jobs: worker processes on this machine (1: run in this process), or the size of a local Dask cluster.
        scheduler: a Dask scheduler address ("tcp://host:8786"), or "local" for a LocalCluster of `jobs` worker
            processes (one per core when `jobs` is 1). Dask workers must see the same files at the same paths.
        connect_timeout: seconds to wait for the scheduler to answer (`settings.WORKER_CONNECT_TIMEOUT`).

    Raises:
        WorkerError: (on entering) Dask is not installed, or the scheduler cannot be reached.
    """

    def __init__(self, *, jobs: int = 1, scheduler: str | None = None, connect_timeout: float | None = None):
        self.jobs = jobs
        self.scheduler = scheduler
        self.connect_timeout = settings.WORKER_CONNECT_TIMEOUT if connect_timeout is None else connect_timeout
        self._pool: Any = None
        self._client: Any = None
        self._cluster: Any = None

    @property
    def distributed(self) -> bool:
        """Whether the work runs on a Dask cluster (whose workers may be on other machines)."""
        return self._client is not None

    def __enter__(self) -> Workers:
        if self.scheduler:
            try:
                from dask.distributed import Client, LocalCluster
            except ImportError:
                # No subject: a library caller gave no command-line option (the CLI names the one its user gave).
                raise WorkerError("Dask is not installed: pip install 'diffsrc[dask]'") from None
            if self.scheduler == "local":
                workers = self.jobs if self.jobs > 1 else (os.cpu_count() or 1)
                # Its workers are processes of their own: they read files in the encoding named here too.
                encoding = settings.legacy_encoding()
                env = {settings.ENCODING_VARIABLE: encoding} if encoding else {}
                self._cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                             dashboard_address=None, env=env)
                self._client = Client(self._cluster)
            else:
                try:
                    self._client = Client(self.scheduler, timeout=f"{self.connect_timeout}s")
                except (OSError, TimeoutError) as exc:
                    raise WorkerError(f"cannot reach the Dask scheduler ({exc})", self.scheduler) from None
        elif self.jobs > 1:
            self._pool = process_pool(self.jobs)
        return self

    def __exit__(self, *exc: object) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
        if self._client is not None:
            self._client.close()
        if self._cluster is not None:
            self._cluster.close()

    def _window(self) -> int:
        if self._client is not None:
            return IN_FLIGHT_PER_WORKER * max(1, len(self._client.scheduler_info().get("workers", {})))
        return IN_FLIGHT_PER_WORKER * max(1, self.jobs)

    def map(self, func: Callable[..., Any], arg_lists: Sequence[tuple[Any, ...]], *,
            ordered: bool = False) -> Iterator[Any]:
        """`func(*args)` for every tuple in `arg_lists`, at most a few tasks per worker ahead of the caller.

        Args:
            func: a module-level function (it is pickled to the workers).
            arg_lists: one argument tuple per task.
            ordered: yield results in the order of `arg_lists`; otherwise as they complete (callers that key
                their results by content get the same outcome either way).
        """
        if self._client is None and self._pool is None:
            for args in arg_lists:
                yield func(*args)
            return
        submit = self._submit
        pending: deque[Any] = deque()
        window = self._window()
        tasks = iter(arg_lists)
        for args in tasks:
            pending.append(submit(func, args))
            if len(pending) >= window:
                break
        while pending:
            future = pending.popleft() if ordered else self._first_done(pending)
            result = future.result()
            if self._client is not None:
                future.release()  # lets the cluster forget the task's result
            del future
            for args in tasks:
                pending.append(submit(func, args))
                break
            yield result

    def _submit(self, func: Callable[..., Any], args: tuple[Any, ...]) -> Any:
        if self._client is not None:
            return self._client.submit(func, *args, pure=False)
        return self._pool.submit(func, *args)

    def _first_done(self, pending: deque[Any]) -> Any:
        if self._client is not None:
            from dask.distributed import wait
        else:
            from concurrent.futures import wait
        done, _ = wait(list(pending), return_when="FIRST_COMPLETED")
        future = next(f for f in pending if f in done)
        pending.remove(future)
        return future


def process_pool(workers: int) -> Any:
    """A pool of `workers` processes: forked where the platform can (workers start at once, and a caller's script
    needs no `__main__` guard), spawned elsewhere."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    # Filters of the run's stderr that count what they show (the CLI's few-of-a-kind warnings) count across the
    # processes, so the run says what it would say in one.
    for handler in logging.getLogger("diffsrc").handlers:
        for log_filter in handler.filters:
            if callable(share := getattr(log_filter, "share_between_processes", None)):
                share()
    return ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context(method), initializer=_start_worker,
                               initargs=(settings.legacy_encoding(),))


def _start_worker(encoding: str | None) -> None:
    """A worker process's setup: it reads files in the encoding named where the pool was made (a context
    variable, which a process started later from another thread would not see), and ends with its parent."""
    settings.LEGACY_ENCODING.set(encoding)
    # Ctrl-C reaches every process of the terminal's group: the parent stops the run (exit 130) and shuts the pool
    # down; a worker that took it too printed its own KeyboardInterrupt traceback.
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if encoding is None:
        os.environ.pop(settings.ENCODING_VARIABLE, None)
    else:
        os.environ[settings.ENCODING_VARIABLE] = encoding
    # A worker ends without running `atexit`; the regular expressions it compiled are kept for the next run all the
    # same (`rx`: most of them are first compiled here, by the findings of the pairs it compares).
    from multiprocessing import util

    util.Finalize(None, rx.save, exitpriority=0)
    _die_with_parent()


def _die_with_parent() -> None:
    """Ask Linux to end this worker when the process that started it dies (killed by a CI timeout, `kill -9`):
    otherwise the worker outlives it, blocked on a pipe nobody reads, for ever. Elsewhere nothing is done."""
    if not sys.platform.startswith("linux"):
        return
    import ctypes
    import signal

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)
    except (OSError, AttributeError):
        pass  # no prctl in this C library: the worker ends with its work, as before
    if os.getppid() == 1:  # the parent died before the request took effect
        os._exit(1)


_PR_SET_PDEATHSIG = 1


# glibc's mallopt parameters, and what they are set to for a bulk run.
_M_TRIM_THRESHOLD = -1
_M_MMAP_THRESHOLD = -3
KEEP_FREED_BYTES = 64 * 2**20
HEAP_ALLOCATION_BYTES = 32 * 2**20


def keep_freed_memory() -> bool:
    """Ask the C allocator (glibc) to keep memory freed at the top of the heap, up to `KEEP_FREED_BYTES`, and to
    serve allocations below `HEAP_ALLOCATION_BYTES` from the heap, for this process and those forked from it.

    Fingerprinting a batch allocates numpy temporaries of a few hundred KB to a few MB; glibc hands memory over
    128 KB back to the system as soon as it is freed, so every batch page-faulted it in again: 180,000 page faults
    and a sixth of the CPU time of `index add` for 5,000 documents. Commands that fingerprint in bulk call this;
    the library leaves a host program's allocator as it is. Elsewhere than glibc, nothing is done.

    Returns:
        Whether the allocator took the settings.
    """
    if not sys.platform.startswith("linux"):
        return False
    import ctypes

    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):  # another C library (musl has no mallopt)
        return False
    return bool(mallopt(_M_TRIM_THRESHOLD, KEEP_FREED_BYTES)) and bool(mallopt(_M_MMAP_THRESHOLD,
                                                                              HEAP_ALLOCATION_BYTES))
