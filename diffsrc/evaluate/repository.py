"""Where the labelled data is: folders of a diffsrc checkout, found, or refused with a message saying where to look.

The labelled sets are not part of the installed package. Their gold files and articles are in the repository, and
every function of `diffsrc.evaluate` that reads them takes the folder (`root=`, the checkout; `folder=`, the
Clough-Stevenson corpus) or resolves it here:

- the checkout: `root` when given, else the folder above the `diffsrc` package, which is the checkout itself in an
  editable install (`pip install -e .`, as `tests/setup.sh` does) or when run from a clone;
- in it: `tests/fixtures/gold/seeds.json` (seeds), `benchmarks/data/heldout/` and `benchmarks/data/heldout2/`
  (the held-out sets, each with a `gold.json`), `benchmarks/data/stories/` (the synthetic set's base stories);
- the real labelled corpora that nobody here wrote (Clough-Stevenson, METER, SPARK) are never copied into the
  repository: they are read from the shared data folder, `$DIFFSRC_SHARED_DATA` or else `../shared/data` beside
  the checkout (`shared_data_dir`); the Clough-Stevenson corpus (a folder with `labels.csv` and `texts/`) may also
  be named by `folder` or `$DIFFSRC_CLOUGH`.

What is not there raises `EvaluationDataError` naming the path; the tests skip on it, saying why.
"""

from __future__ import annotations

import os
from pathlib import Path

from ..errors import EvaluationDataError

# Relative to the checkout.
GOLD_FILES = {
    "seeds": Path("tests/fixtures/gold/seeds.json"),
    "heldout": Path("benchmarks/data/heldout/gold.json"),
    "heldout2": Path("benchmarks/data/heldout2/gold.json"),
}
STORIES = Path("benchmarks/data/stories")
CLOUGH_ENV = "DIFFSRC_CLOUGH"
SHARED_DATA_ENV = "DIFFSRC_SHARED_DATA"
SHARED_DATA = Path("../shared/data")  # relative to the checkout

_NO_CHECKOUT = "not found; the labelled sets are in a diffsrc checkout, not in an installed package (pass root=)"
# Said with every real corpus not found: the variable the READMEs give, so a clone that is not beside the shared data
# (a reviewer's, a CI job's) learns how to point at it from the error alone.
_NAME_SHARED_DATA = f"set {SHARED_DATA_ENV} to the shared data folder"


def repository_root(root: str | Path | None = None) -> Path:
    """The checkout that holds the labelled sets: `root`, else the folder above the `diffsrc` package."""
    return Path(root) if root is not None else Path(__file__).resolve().parents[2]


def _existing(path: Path, what: str) -> Path:
    if not path.exists():
        raise EvaluationDataError(f"{what} {_NO_CHECKOUT}", str(path))
    return path


def gold_file(name: str, *, root: str | Path | None = None) -> Path:
    """The `diffsrc.gold/1` file of a gold-labelled set (`seeds`, `heldout`, `heldout2`).

    Raises:
        ValueError: `name` is not a gold-labelled set.
        EvaluationDataError: the file is not there.
    """
    if name not in GOLD_FILES:
        raise ValueError(f"{name!r} has no gold file; those that do: {', '.join(GOLD_FILES)}")
    return _existing(repository_root(root) / GOLD_FILES[name], f"the {name} gold file")


def stories_dir(root: str | Path | None = None) -> Path:
    """The folder of the synthetic set's base wire stories."""
    return _existing(repository_root(root) / STORIES, "the synthetic set's base stories")


def shared_data_dir(root: str | Path | None = None) -> Path:
    """The folder of the real labelled corpora: $DIFFSRC_SHARED_DATA, else `../shared/data` beside the checkout (the
    folder above the package, or, for a package installed into a virtual environment, the working directory's or
    one of its parents'; it may not exist: the callers say what is missing)."""
    if env := os.environ.get(SHARED_DATA_ENV):
        return Path(env)
    beside_package = (repository_root(root) / SHARED_DATA).resolve()
    if root is None and not beside_package.exists():
        # `pip install .` puts the package in site-packages: the checkout it came from is where the user works,
        # in it or in a folder of it (a notebook's kernel starts in docs/: the data beside the checkout was missed).
        here = Path.cwd()
        for folder in (here, *here.parents):
            if (beside := (folder / SHARED_DATA).resolve()).exists():
                return beside
        for folder in (here, *here.parents):
            if (folder / "pyproject.toml").exists():  # not found: say where the checkout's would be
                return (folder / SHARED_DATA).resolve()
    return beside_package


def shared_corpus_dir(name: str, marker: str, description: str, root: str | Path | None = None) -> Path:
    """A corpus folder of the shared data folder (`name`), recognised by the file `marker` in it.

    Raises:
        EvaluationDataError: it is not there (`description` says what was looked for).
    """
    folder = shared_data_dir(root) / name
    if not (folder / marker).exists():
        raise EvaluationDataError(f"{description} not found in {folder}; {_NAME_SHARED_DATA}", str(folder))
    return folder


def clough_dir(folder: str | Path | None = None, *, root: str | Path | None = None) -> Path:
    """The Clough-Stevenson corpus: `folder`, else $DIFFSRC_CLOUGH, else the shared data folder's copy.

    Raises:
        EvaluationDataError: no candidate holds a `labels.csv`.
    """
    if folder is not None:
        candidates = [Path(folder)]
    else:
        candidates = [Path(p) for p in (os.environ.get(CLOUGH_ENV),) if p]
        candidates.append(shared_data_dir(root) / "clough-stevenson-2011")
    for candidate in candidates:
        if (candidate / "labels.csv").exists():
            return candidate
    raise EvaluationDataError(
        f"Clough-Stevenson corpus (labels.csv and texts/) not found in {', '.join(map(str, candidates))}; "
        f"{_NAME_SHARED_DATA}, or {CLOUGH_ENV} to the corpus's own folder")
