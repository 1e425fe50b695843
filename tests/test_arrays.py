"""Set operations on integer arrays by sorting (`diffsrc.arrays`): numpy's answers, without its hash table."""

from __future__ import annotations

import json
import subprocess
import sys

import numpy as np
import pytest

from diffsrc.arrays import setdiff, unique

from .conftest import ROOT, seed


@pytest.mark.parametrize("dtype", [np.int64, np.uint32, np.uint64, np.int32])
@pytest.mark.parametrize("size", [0, 1, 2, 7, 2_000])
def test_unique_and_setdiff_give_numpys_answers(dtype, size):
    rng = np.random.default_rng(size)
    values = rng.integers(0, max(size // 3, 1) * 10, size=size).astype(dtype)
    removed = rng.integers(0, max(size // 3, 1) * 10, size=size // 2).astype(dtype)
    assert np.array_equal(unique(values), np.unique(values)) and unique(values).dtype == dtype
    assert np.array_equal(setdiff(values, removed), np.setdiff1d(values, removed))
    assert setdiff(values, removed).dtype == dtype


def test_a_compare_and_a_check_do_not_import_numpy_ma(tmp_path):
    # numpy's np.unique imports numpy.ma on first use: ~40 ms of every cold start, for nothing.
    code = ("import json, sys\nfrom diffsrc.cli import cli\n"
            "for args in (['compare', sys.argv[1], sys.argv[2]], ['index', 'add', sys.argv[3], sys.argv[1]],"
            " ['check', '--index', sys.argv[3], sys.argv[2]]):\n"
            "    try:\n        cli.main(args, standalone_mode=False)\n    except SystemExit:\n        pass\n"
            "print(json.dumps('numpy.ma' in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code, str(seed("001")), str(seed("002")), str(tmp_path / "i.db")],
                          capture_output=True, text=True, timeout=180, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.splitlines()[-1]) is False
