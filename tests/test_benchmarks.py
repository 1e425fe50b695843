"""The benchmark scripts run as documented, `python benchmarks/<script>.py` from any folder, importing `diffsrc`
(and each other, the script's folder being on sys.path) with no sys.path edits of their own."""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest

from .conftest import ROOT

SCRIPTS = sorted((ROOT / "benchmarks").glob("*.py"))
# benchmarks/data/heldout2/build.py is not among them: it rewrites the set's files and takes no arguments.
SYS_PATH_EDIT = re.compile(r"\bsys\.path\s*(\.\s*(insert|append|extend)\b|\[|\+?=)")


def _script(*args: str, cwd) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, *args], capture_output=True, text=True, cwd=cwd, timeout=300)


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda p: p.name)
def test_script_answers_help(script, tmp_path):
    done = _script(str(script), "--help", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"usage: {script.name}")


def test_no_script_or_test_edits_sys_path():
    files = [*SCRIPTS, *ROOT.glob("benchmarks/**/*.py"), *ROOT.glob("tests/**/*.py")]
    assert not [f.relative_to(ROOT) for f in files if SYS_PATH_EDIT.search(f.read_text(encoding="utf-8"))]


def test_accuracy_script_runs_from_another_folder(tmp_path):
    done = _script(str(ROOT / "benchmarks" / "accuracy.py"), "--sets", "seeds", "--json", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    seeds = json.loads(done.stdout)["seeds"]
    assert seeds["system"]["pairs"] == len(seeds["pairs"]) == 4
