"""Saved web pages: the article body and its metadata, extracted with trafilatura (dates by htmldate).

Needs the `html` extra (`pip install "diffsrc[html]"`); both libraries are imported only when a page is read.
The extracted paragraphs are separated by blank lines so that `clean.py` never mistakes short paragraphs for
hard-wrapped lines, and the headline leads the text as a heading unit, as it does in a plain-text article.
"""

from __future__ import annotations

import logging
import re
from datetime import UTC, datetime

from ..document import Document
from ..errors import InputError

logger = logging.getLogger(__name__)

HTML_EXTRA_HINT = 'reading HTML needs the html extra: pip install "diffsrc[html]"'

# A page is HTML when one of these tags opens it (after a byte order mark, whitespace, comments or an XML header).
# Atomic groups and possessive quantifiers: each comment ends at its first "-->", and no other split is ever
# retried (with backtracking, a run of comments before a non-tag takes exponential time).
_HTML_START = re.compile(
    rb"^(?:\xef\xbb\xbf)?\s*+(?:<\?xml[^>]*+>\s*+)?+(?:(?><!--.*?-->)\s*+)*+"
    rb"<(?:!doctype\s+html|html|head|body|meta|title)\b",
    re.I | re.S,
)
# Our own HTML reports say so in a generator tag; they are outputs, never articles.
_OWN_REPORT = re.compile(rb"<meta\s+name=[\"']generator[\"']\s+content=[\"']diffsrc", re.I)


def is_own_report(head: bytes) -> bool:
    """Whether the first bytes of a file are one of diffsrc's own HTML reports (an output, not an article)."""
    return bool(_OWN_REPORT.search(head[:4096]))


def looks_like_html(head: bytes) -> bool:
    """Whether the first bytes of a file are an HTML page (sniffed, whatever the file is called)."""
    return bool(_HTML_START.match(head[:4096]))


def quiet_libraries() -> None:
    # trafilatura and htmldate log "discarding data"-style warnings; with no handler of their own Python would
    # print them on stderr through its last-resort handler. A NullHandler keeps them out unless the application
    # configured logging for them.
    for name in ("trafilatura", "htmldate", "courlan", "justext", "warcio"):
        lib_logger = logging.getLogger(name)
        if not lib_logger.handlers:
            lib_logger.addHandler(logging.NullHandler())


def document_from_html(
    data: bytes | str, *, id: str, path: str | None = None, url: str | None = None, **metadata: str | None
) -> Document:
    """A document from a saved web page: its article text, headline, site name, author, date and canonical URL.

    Args:
        data: the page (bytes are decoded by trafilatura, which reads the page's declared charset).
        id: the document's name in reports.
        path: the file (or archive) it came from.
        url: the address the page was fetched from, if known (a WARC record's target URI).
        **metadata: `title`, `outlet`, `date`, `url` given explicitly; these win over the page's own.

    Raises:
        InputError: the html extra is not installed, the page cannot be parsed, or it holds no article text.
    """
    name = path or id
    if isinstance(data, bytes) and is_own_report(data):
        raise InputError("a diffsrc HTML report, not an article", name)
    try:
        import trafilatura
    except ImportError:
        raise InputError(HTML_EXTRA_HINT, name) from None
    quiet_libraries()
    # Only dates the page states in its markup: htmldate's extensive search guesses from free text and URLs, and a
    # wrong date would point a provenance edge the wrong way.
    date_params = {
        "original_date": True,
        "extensive_search": False,
        "max_date": datetime.now(UTC).strftime("%Y-%m-%d"),
    }
    try:
        result = trafilatura.bare_extraction(
            data, url=url, with_metadata=True, include_comments=False, include_tables=False,
            date_extraction_params=date_params,
        )
    except RecursionError:
        raise InputError("cannot parse HTML (nested too deeply)", name) from None
    except Exception as exc:  # noqa: BLE001 - a third-party parser on hostile input; report it, never crash
        raise InputError(f"cannot parse HTML ({type(exc).__name__}: {exc})", name) from None
    text = getattr(result, "text", None) if result is not None else None
    if not text or not text.strip():
        raise InputError("no article text found in HTML", name)

    def meta(attr: str) -> str | None:
        value = getattr(result, attr, None)
        return " ".join(value.split()) if isinstance(value, str) and value.strip() else None

    title = meta("title")
    paragraphs = [line.strip() for line in text.split("\n") if line.strip()]
    if title and paragraphs and " ".join(paragraphs[0].split()) != title:
        paragraphs.insert(0, title)
    found = {"title": title, "outlet": meta("sitename"), "date": meta("date"), "url": meta("url") or url}
    for key, value in metadata.items():
        if value is not None or key not in found:
            found[key] = value
    doc = Document.from_text("\n\n".join(paragraphs), id=id, path=path, **found)
    doc.author = meta("author")
    # trafilatura falls back to whatever text a page has (a menu, a "page not found" line); without one body
    # paragraph, what it found is page chrome and a headline, not an article.
    try:
        has_body = any(p.kind == "body" for p in doc.cleaned.paragraphs)
    except InputError:
        has_body = False
    if not has_body:
        raise InputError("no article text found in HTML", name)
    return doc


__all__ = ["HTML_EXTRA_HINT", "document_from_html", "looks_like_html", "quiet_libraries"]
