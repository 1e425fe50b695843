"""The two parts of NLTK that diffsrc uses, Punkt and the Snowball stemmer, loaded without NLTK's package import.

`import nltk` reads nearly all of NLTK (translation metrics, corpus readers, chunkers, collocations and numpy
through them): about 0.4 s of a cold `diffsrc compare` on a 2-core machine, for two modules that need a handful
of NLTK's own (its Punkt needs `probability`, `internals` and the path and pickle guards; Snowball needs `porter`
and stem utilities). So the two are imported under stand-ins for the `nltk`, `nltk.tokenize`, `nltk.stem` and
`nltk.corpus` packages, whose `__init__` is what costs; they are NLTK's own code, unchanged.

Afterwards every module loaded that way leaves `sys.modules` again: a program that imports nltk later gets a
whole, ordinary NLTK, not our stand-ins. Should a future NLTK need more than the stand-ins offer, or should nltk
be imported already, the ordinary import is used, so the worst case is the old cost, never a failure.
"""

from __future__ import annotations

import importlib
import importlib.util
import os
import sys
import types
from dataclasses import dataclass
from functools import lru_cache

# Packages whose __init__ is replaced by an empty stand-in; the modules we need sit under the first three, and
# Snowball's module imports `stopwords` from the fourth at import time (used only with ignore_stopwords=True).
_STAND_IN_PACKAGES = ("nltk", "nltk.tokenize", "nltk.stem")


@dataclass(frozen=True)
class NltkParts:
    punkt: types.ModuleType
    snowball: types.ModuleType


class _NoCorpora:
    """Stands for `nltk.corpus.stopwords` in Snowball's module: diffsrc never asks Snowball to skip stopwords,
    and says so plainly should anything try."""

    def __getattr__(self, name: str) -> object:
        raise RuntimeError("diffsrc loads NLTK's Snowball stemmer without NLTK's corpora")


@lru_cache(maxsize=1)
def load() -> NltkParts:
    """NLTK's `tokenize.punkt` and `stem.snowball` modules, loaded once per process."""
    if "nltk" not in sys.modules:
        try:
            return _load_alone()
        except Exception:  # noqa: BLE001 - any surprise from a newer NLTK: the ordinary import below still works
            pass
    _import_nltk()
    return NltkParts(importlib.import_module("nltk.tokenize.punkt"), importlib.import_module("nltk.stem.snowball"))


def _load_alone() -> NltkParts:
    spec = importlib.util.find_spec("nltk")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("nltk")
    root = list(spec.submodule_search_locations)[0]
    before = set(sys.modules)
    try:
        for name in _STAND_IN_PACKAGES:
            package = types.ModuleType(name)
            package.__path__ = [os.path.join(root, *name.split(".")[1:])]
            sys.modules[name] = package
        corpus = types.ModuleType("nltk.corpus")
        corpus.stopwords = _NoCorpora()  # type: ignore[attr-defined]
        sys.modules["nltk.corpus"] = corpus
        return NltkParts(importlib.import_module("nltk.tokenize.punkt"), importlib.import_module("nltk.stem.snowball"))
    finally:
        # The stand-ins, and NLTK's modules loaded under them, leave: the modules we return keep what they need.
        for name in [name for name in sys.modules if name not in before and name.split(".")[0] == "nltk"]:
            del sys.modules[name]


def _import_nltk() -> None:
    """Import nltk without letting it pull in scipy.

    nltk's package import reaches `scipy.stats` and `scipy.sparse` (about 0.8 s) for statistics and parsers we
    never use, whenever scipy is installed (datasketch and Dask users have it). nltk guards those imports and
    falls back when scipy is missing, so scipy is hidden for the duration of the import unless something else has
    loaded it already.
    """
    if "nltk" in sys.modules:
        return
    hidden = [name for name in ("scipy", "sklearn") if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # type: ignore[assignment]
    try:
        import nltk  # noqa: F401
    finally:
        for name in hidden:
            if name in sys.modules and sys.modules[name] is None:
                del sys.modules[name]
