"""diffsrc: which sentences of an article derive from a source, verbatim or paraphrased, and which are new.

    >>> from diffsrc import Document, compare
    >>> report = compare(Document.from_path("wire.txt"), Document.from_path("story.txt"))
    >>> report.to_dict()["summary"]["verdict"]

Names are imported lazily (PEP 562) so that `import diffsrc` and `diffsrc --version` stay cheap.
"""

from __future__ import annotations

import importlib
import logging
from typing import Any

from . import display as _display

__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())
# A pair report shows itself in a notebook as the pair page's summary and alignment table (`display.py` says why
# it is wired here).
_display.register_html("pair", "diffsrc.report.html.pair:render_pair_inline")

_EXPORTS = {
    "CheckResults": "diffsrc.index.store",
    "CompareOptions": "diffsrc.settings",
    "CorpusResult": "diffsrc.corpus.run",
    "DiffsrcError": "diffsrc.errors",
    "Document": "diffsrc.document",
    "Index": "diffsrc.index.store",
    "IndexStoreError": "diffsrc.errors",
    "InputError": "diffsrc.errors",
    "OutputError": "diffsrc.errors",
    "PairReport": "diffsrc.pair.model",
    "PairSummary": "diffsrc.pair.model",
    "PreparedDocument": "diffsrc.text.prepare",
    "WorkerError": "diffsrc.errors",
    "compare": "diffsrc.pair.compare",
    "prepare": "diffsrc.text.prepare",
    "CorpusOptions": "diffsrc.settings",
    "run_corpus": "diffsrc.corpus.run",
    "write_corpus": "diffsrc.corpus.output",
}

__all__ = sorted([*_EXPORTS, "__version__"])


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        value = getattr(importlib.import_module(_EXPORTS[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'diffsrc' has no attribute {name!r}")


def __dir__() -> list[str]:
    return __all__
