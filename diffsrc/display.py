"""Rich display in notebooks: which function renders an object for its `_repr_html_`.

Rendering is a later stage (`report/`) than some of the objects it shows: a `PairReport` is made in `pair/`, and a
stage never imports a later one (tests/test_layout.py). So such an object asks here for its renderer by name, and
the package's top level (`diffsrc/__init__.py`, above every stage, which runs before any module of the package)
says here which function that is. The renderer's module is imported only when an object is first displayed.
"""

from __future__ import annotations

import importlib
from typing import Any

# kind -> "module:function"
_RENDERERS: dict[str, str] = {}


def register_html(kind: str, target: str) -> None:
    """Say which function (`"package.module:function"`) renders objects of `kind` as an HTML fragment."""
    _RENDERERS[kind] = target


def render_html(kind: str, obj: Any) -> str:
    """`obj` as an HTML fragment, by the function registered for `kind`.

    Raises:
        LookupError: no renderer is registered for `kind`.
    """
    if kind not in _RENDERERS:
        raise LookupError(f"no HTML renderer registered for {kind!r}")
    module, _, name = _RENDERERS[kind].partition(":")
    return str(getattr(importlib.import_module(module), name)(obj))
