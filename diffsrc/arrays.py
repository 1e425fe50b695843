"""Set operations on integer arrays, done by sorting.

numpy 2's `np.unique` (and `np.setdiff1d` and `np.intersect1d` through it) finds the distinct values of a plain array
with a hash table. On the random-looking integer keys diffsrc works with (shingle hashes, band keys, n-gram and
document ids) that took 20-60 times as long as sorting on numpy 2.4 (2,000 values: 758 against 58 us; 200,000
values: 629 against 6.7 ms), and its first call imports `numpy.ma`, ~40 ms of every cold `compare` and `check`.
"""

from __future__ import annotations

import numpy as np


def unique(values: np.ndarray) -> np.ndarray:
    """The distinct values of a one-dimensional array, sorted: `np.unique(values)`."""
    ordered = np.sort(values, axis=None)
    if ordered.size < 2:
        return ordered
    return ordered[np.concatenate(([True], ordered[1:] != ordered[:-1]))]


def setdiff(values: np.ndarray, removed: np.ndarray) -> np.ndarray:
    """The distinct values of `values` not in `removed`, sorted: `np.setdiff1d(values, removed)`."""
    return np.setdiff1d(unique(values), unique(removed), assume_unique=True)
