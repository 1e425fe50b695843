#!/usr/bin/env bash
# Test set-up for a fresh machine with only Python 3.11: a virtual environment in .venv with diffsrc (editable)
# and its test dependencies. Idempotent: re-running only installs what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3.11}"
command -v "$PYTHON" >/dev/null 2>&1 || PYTHON=python3
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e ".[test]"
# Corpus tests: networkx reads graph.graphml back; a 2-worker Dask LocalCluster must match the single-process run.
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e ".[test,graph,dask]"
