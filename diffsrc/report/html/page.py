"""The page shell every HTML report shares: the head with its Content-Security-Policy, the inlined assets, and the
escaping and formatting helpers the pages are written with.

The CSS and scripts are real files in `assets/`, read through importlib.resources (so an installed wheel finds them)
and inlined; the policy allows exactly those texts by their SHA-256 hashes, nothing else.
"""

from __future__ import annotations

import base64
import hashlib
import html
import math
import re
from collections.abc import Mapping
from functools import cache
from importlib.resources import files
from typing import Any
from urllib.parse import quote

from ..text import MARKS


@cache
def asset(name: str) -> str:
    """The text of one of the package's `assets/` files (`style.css`, `pair.js`, `corpus.js`)."""
    return files(__package__).joinpath("assets", name).read_text(encoding="utf-8")


def esc(value: Any) -> str:
    """Escape any value for HTML text or a quoted attribute."""
    return html.escape("" if value is None else str(value), quote=True)


def csp_hash(text: str) -> str:
    """The CSP source expression that allows exactly this inline style or script."""
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def file_href(path: str) -> str:
    """A relative link to one of our own files, percent-encoded so an odd file name cannot break out of it."""
    return esc(quote(path, safe="/._-~"))


def safe_url(url: str | None) -> str | None:
    """Only web links from article metadata become links; anything else (javascript:, data:) stays text."""
    if url and re.match(r"(?i)^https?://[^\s\"'<>]+$", url):
        return url
    return None


def percent(value: Any) -> str:
    number = as_number(value)
    return "" if number is None else f"{number:.0%}"


def as_number(value: Any) -> float | None:
    """A value as a float, or None for booleans, missing values, NaN and anything not numeric."""
    if isinstance(value, bool) or value is None:
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(number) else number


def badge(label: str, marks: Mapping[str, str] = MARKS, text: str | None = None) -> str:
    """A label as a badge: its mark and its word, so it is never told by colour alone."""
    mark = marks.get(label, "•")
    return (f'<span class="badge badge-{esc(label)}"><span class="mark" aria-hidden="true">{esc(mark)}</span>'
            f"{esc(text or label)}</span>")


def html_page(title: str, body: str, script: str | None, *, wide: bool = False) -> str:
    """A whole page: head with CSP allowing exactly our style and script (by hash), then the body."""
    style = asset("style.css")
    script_src = csp_hash(script) if script else "'none'"
    csp = (f"default-src 'none'; script-src {script_src}; style-src {csp_hash(style)}; "
           "img-src data:; font-src 'none'; connect-src 'none'; base-uri 'none'; form-action 'none'")
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        # The policy is our own ASCII (keywords and base64 hashes), safe inside a double-quoted attribute as is.
        f'<meta http-equiv="Content-Security-Policy" content="{csp}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="referrer" content="no-referrer">',
        # Marks the page as diffsrc's own output, so a later run over a folder holding it never reads it as news.
        '<meta name="generator" content="diffsrc">',
        f"<title>{esc(title)}</title>",
        f"<style>{style}</style>",
        "</head>",
        "<body>",
        '<a class="skip" href="#main">Skip to content</a>',
        '<main id="main" class="wide">' if wide else '<main id="main">',
        body,
        "</main>",
    ]
    if script:
        parts.append(f"<script>{script}</script>")
    parts += ["</body>", "</html>", ""]
    return "\n".join(parts)
