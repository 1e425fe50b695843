"""How a count is written in every message and report: the noun agrees with the number ("1 line", "2 lines").

One helper for the whole package, so no message says "1 documents"; it sits at the bottom of the layout so that
the loaders, the pipeline's notes, the reports and the CLI can all use it.
"""

from __future__ import annotations


def agree(n: int, singular: str, plural: str | None = None) -> str:
    """The form of a word that agrees with `n`: `singular` for exactly one, else `plural` (default: singular + "s").

    >>> agree(1, "row"), agree(0, "row"), agree(2, "copy", "copies"), agree(3, "was", "were")
    ('row', 'rows', 'copies', 'were')
    """
    return singular if n == 1 else (plural if plural is not None else singular + "s")


def plural(n: int, singular: str, plural: str | None = None) -> str:
    """`n` and the noun that agrees with it.

    >>> plural(1, "line"), plural(2, "line"), plural(0, "edge"), plural(2, "copy", "copies")
    ('1 line', '2 lines', '0 edges', '2 copies')
    """
    return f"{n} {agree(n, singular, plural)}"
