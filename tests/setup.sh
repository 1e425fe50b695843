#!/usr/bin/env bash
# Test set-up for a fresh machine with only Python 3.11: a virtual environment in .venv with diffsrc (editable)
# and its test dependencies. Idempotent: re-running only installs what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3.11}"
command -v "$PYTHON" >/dev/null 2>&1 || PYTHON=python3
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
# The optional extras are tested too: html/warc (saved pages, web archives), graph (GraphML read back by
# networkx), dask (a 2-worker LocalCluster must match the single-process run), bench (datasketch: the LSH
# parameters are checked against its _optimal_param), notebook (matplotlib: docs/walkthrough.ipynb is run in an
# ipykernel by tests/test_notebook.py; the test extra brings nbclient and ipykernel). Not semantic: its test skips
# without it (1.3 GB of torch), see docs/semantic.md.
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e ".[test,html,warc,graph,dask,bench,notebook]"
# Browser tests (tests/test_report_html_browser.py) drive Debian's Chromium; install it when we may (root with apt),
# otherwise those tests skip and say why. Never a browser download.
command -v chromium >/dev/null 2>&1 || {
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    (apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium) >/dev/null \
      || echo "setup: could not install chromium; browser tests will be skipped" >&2
  else
    echo "setup: chromium not installed (needs root and apt-get); browser tests will be skipped" >&2
  fi
}
