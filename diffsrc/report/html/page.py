"""The page shell every HTML report shares: the head with its Content-Security-Policy, the inlined assets, and the
escaping and formatting helpers the pages are written with; and the fragment shell of the same pieces shown inline
in a notebook (`html_fragment`).

The CSS and scripts are real files in `assets/`, read through importlib.resources (so an installed wheel finds them)
and inlined; the policy allows exactly those texts by their SHA-256 hashes, nothing else. A fragment carries no
script (a notebook would block it, and the pages read fully without one) and the same stylesheet with every rule
scoped to the fragment, so it restyles nothing else in the notebook.
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


# The language of the pages' own words (headings, labels, the legend, notes): what `<html lang>` says. Article text
# says its own (`lang_attr`): the page's English is the one claim every report can make truly.
PAGE_LANGUAGE = "en"


def lang_attr(language: str | None) -> str:
    """The `lang` attribute for a document's text on a page (`text.language.text_language` of that document): none
    where it is the page's own language, the language's tag where another is known, and `lang=""` where none is
    ("unknown", as HTML defines it), so that the page's English is never claimed for text that may not be English
    (a screen reader would read it in an English voice; a browser would draw Han characters with Chinese or Japanese
    glyphs by that claim)."""
    if language == PAGE_LANGUAGE:
        return ""
    return f' lang="{esc(language or "")}"'


def sentence_label(prefix: str, index: int) -> str:
    """A sentence's number as a page shows it to a reader, "S1" for the source's first (`prefix` "s" or "t").

    People count from one, and an HTML reader has no index beside it to match: the pages number sentences from 1. The
    report's indices (JSON, CSV: the `diffsrc.pair/1` contract) and the page's anchors (`#s-0`, linked from other
    pages) stay as they are, from 0; the legend says so.
    """
    return f"{prefix.upper()}{index + 1}"


def changed_words(op: str, html: str, lang: str = "", *, within: str = "") -> str:
    """Words a diff marks as inserted (`op` "ins") or deleted ("del"), as an `<ins>` or `<del>` a screen reader
    announces. NVDA, JAWS and VoiceOver say nothing of the elements by default (NVDA only with "report editor
    revisions" on), so a listener heard a sentence's deleted and inserted words run together as if one text. The
    words are framed by visually hidden text, "inserted: ... (end inserted)", so what a sighted reader sees is
    unchanged; `user-select:none` keeps the frame out of a copy of the words. The frame is in the page's language,
    and says so where the words are marked as another (`lang`: the element's own `lang` attribute; `within`: that
    of the text around it)."""
    name = "inserted" if op == "ins" else "deleted"
    marker = f'<span class="vh" lang="{PAGE_LANGUAGE}">' if lang or within else '<span class="vh">'
    return f"<{op}{lang}>{marker}{name}: </span>{html}{marker} (end {name})</span></{op}>"


def html_page(title: str, body: str, script: str | None, *, wide: bool = False) -> str:
    """A whole page: head with CSP allowing exactly our style and script (by hash), then the body. Every page's
    script starts with `page.js` (what all pages do: open folded parts for printing)."""
    style = asset("style.css")
    script = asset("page.js") + (script or "")
    script_src = csp_hash(script)
    csp = (f"default-src 'none'; script-src {script_src}; style-src {csp_hash(style)}; "
           "img-src data:; font-src 'none'; connect-src 'none'; base-uri 'none'; form-action 'none'")
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{PAGE_LANGUAGE}">',
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
    parts.append(f"<script>{script}</script>")
    parts += ["</body>", "</html>", ""]
    return "\n".join(parts)


# A fragment's outer element and the selector its rules are scoped to. Two classes and the element name outweigh a
# notebook's own table styles (JupyterLab's `:not(.jp-RenderedMarkdown).jp-RenderedHTMLCommon td` right-aligns
# cells, `.jp-RenderedHTMLCommon tbody tr:nth-child(odd)` would paint over the label colours).
FRAGMENT_CLASSES = "diffsrc diffsrc-inline"
FRAGMENT_SCOPE = "div.diffsrc.diffsrc-inline"
# What a fragment needs beyond the pages' stylesheet: a notebook sets its own table font size and centring, and
# its output area (about 900 px) leaves a percentage-wide label column too narrow for "~ paraphrased".
_FRAGMENT_CSS = "table{font-size:inherit;margin:0}table.pair col.text{width:auto}table.pair col.label{width:9.5rem}"


def scope_css(css: str, scope: str) -> str:
    """A stylesheet with every rule applied only inside `scope` (`:root`, `html` and `body` become the scope).

    Handles what the package's own `style.css` holds: plain rules and `@media` blocks of them.
    """
    out: list[str] = []
    position = 0
    while True:
        brace = css.find("{", position)
        if brace < 0:
            break
        prelude = css[position:brace].strip()
        depth, end = 1, brace + 1
        while depth:
            depth += {"{": 1, "}": -1}.get(css[end], 0)
            end += 1
        block = css[brace + 1 : end - 1]
        if prelude.startswith("@media"):
            out.append(f"{prelude}{{{scope_css(block, scope)}}}")
        else:
            out.append(",".join(_scoped_selector(sel.strip(), scope) for sel in _split_selectors(prelude))
                       + "{" + block + "}")
        position = end
    return "\n".join(out)


def _split_selectors(prelude: str) -> list[str]:
    """A selector list split on its top-level commas (not those inside `:is(...)` or `[attr="a,b"]`)."""
    parts, depth, start = [], 0, 0
    for i, ch in enumerate(prelude):
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth -= 1
        elif ch == "," and depth == 0:
            parts.append(prelude[start:i])
            start = i + 1
    parts.append(prelude[start:])
    return parts


def _scoped_selector(selector: str, scope: str) -> str:
    head, _, rest = selector.partition(" ")
    if head in (":root", "html", "body"):
        return f"{scope} {rest}".rstrip() if rest else scope
    return f"{scope} {selector}"


def html_fragment(body: str) -> str:
    """Report pieces for inline display (a notebook's `_repr_html_`): the scoped stylesheet and the body in one
    `<div>`, no script, no page shell."""
    css = scope_css(asset("style.css") + "\n" + _FRAGMENT_CSS, FRAGMENT_SCOPE)
    return f'<div class="{FRAGMENT_CLASSES}"><style>{css}</style>\n{body}\n</div>'
