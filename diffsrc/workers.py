"""Worker processes on this machine, started the same way wherever diffsrc uses them."""

from __future__ import annotations

from concurrent.futures import ProcessPoolExecutor


def process_pool(workers: int) -> ProcessPoolExecutor:
    """A pool of `workers` processes: forked where the platform can (workers start at once, and a caller's script
    needs no `__main__` guard), spawned elsewhere."""
    import multiprocessing

    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    return ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context(method))
