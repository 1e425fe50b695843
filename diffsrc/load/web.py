"""The web: saved pages (article body and metadata by trafilatura, dates by htmldate) and WARC/ARC web archives.

Pages need the `html` extra (`pip install "diffsrc[html]"`), archives the `warc` extra (warcio); the libraries
are imported only when a page or an archive is read. A page's bytes are decoded here (`decode_page`: the charset
its server or its head declares), not guessed by the parser. The extracted paragraphs are separated by blank lines
so that cleaning never mistakes short paragraphs for hard-wrapped lines (but for a wrapped text set line by line
with `<br>`, whose lines are joined as a text file's are), and the headline leads the text as a heading unit, as it
does in a plain-text article. What the extraction leaves out of a page is kept as its chrome, listed in reports;
paragraphs it drops beside a box of links are put back, and embedded posts and pull quotes left out. An archive
yields one document per HTML or plain-text response record.
"""

from __future__ import annotations

import codecs
import contextlib
import functools
import html
import io
import logging
import re
import zlib
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import IO, Any

from .. import rx
from ..errors import DiffsrcError, InputError, SkippedRecord
from ..text.clean import clean_text, looks_hard_wrapped, metadata_author
from ..text.prepare import clean_article
from ..text.segment import QUOTE_FOLDS
from ..wording import plural
from .decode import (
    MAX_RECORD_BYTES,
    decode_bytes,
    document_fields,
    fallback_warnings,
    not_text_reason,
    size_text,
    text_digest,
    warn_on_first_read,
)

logger = logging.getLogger(__name__)

HTML_EXTRA_HINT = 'reading HTML needs the html extra: pip install "diffsrc[html]"'
WARC_EXTRA_HINT = 'reading WARC/ARC archives needs the warc extra: pip install "diffsrc[warc]"'

# A page is HTML when one of these tags opens it (after a byte order mark, whitespace, comments or an XML header).
# Atomic groups and possessive quantifiers: each comment ends at its first "-->", and no other split is ever
# retried (with backtracking, a run of comments before a non-tag takes exponential time).
_HTML_START = rx.compile(
    rb"^(?:\xef\xbb\xbf)?\s*+(?:<\?xml[^>]*+>\s*+)?+(?:(?><!--.*?-->)\s*+)*+"
    rb"<(?:!doctype\s+html|html|head|body|meta|title)\b",
    re.I | re.S,
)
# The charset a page declares in its head: `<meta charset="...">` or `<meta http-equiv="Content-Type"
# content="text/html; charset=...">` (the HTML standard's prescan reads the first 1,024 bytes; pages put long
# scripts first, so more is read here).
_META_CHARSET = rx.compile(rb"<meta\b[^>]*?\bcharset\s*=\s*[\"']?\s*([A-Za-z0-9._:-]+)", re.I)
_CHARSET_PARAM = rx.compile(r"charset\s*=\s*[\"']?\s*([A-Za-z0-9._:-]+)", re.I)
# Labels the HTML standard decodes as Windows-1252: pages labelled Latin-1 or ASCII are written in it.
_WINDOWS_1252_LABELS = frozenset({"iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii",
                                  "iso_8859-1", "cp819", "ibm819", "windows-1252", "cp1252", "x-cp1252"})
# A page's <title>, and what separates a site's name from the headline in it ("Site | Headline", "Headline - Site").
_TITLE_ELEMENT = rx.compile(r"<title[^>]*>(.*?)</title>", re.I | re.S)
_TITLE_SEPARATOR = rx.compile(r"\s+[|\-–—:·•»]\s+|\s*\|\s*")
# The headline a page's <title> names is looked for among the text's first lines (a menu may stand above it).
HEADLINE_WITHIN_LINES = 8
_QUOTES = str.maketrans(QUOTE_FOLDS)
# A line break tag: a page laying a wrapped text out line by line uses one per line.
_BR_TAG = rx.compile(rb"<br\b", re.I)
BR_LINES_MIN = 4
# Our own HTML reports say so in a generator tag; they are outputs, never articles.
_OWN_REPORT = rx.compile(rb"<meta\s+name=[\"']generator[\"']\s+content=[\"']diffsrc", re.I)


def is_own_report(head: bytes) -> bool:
    """Whether the first bytes of a file are one of diffsrc's own HTML reports (an output, not an article)."""
    return bool(_OWN_REPORT.search(head[:4096]))


def looks_like_html(head: bytes) -> bool:
    """Whether the first bytes of a file are an HTML page (sniffed, whatever the file is called)."""
    return bool(_HTML_START.match(head[:4096]))


def charset_of(content_type: str | None) -> str | None:
    """The charset parameter of a Content-Type header value ("text/html; charset=windows-1252"), if any."""
    m = _CHARSET_PARAM.search(content_type or "")
    return m.group(1) if m else None


def decode_page(data: bytes, name: str, declared: str | None = None, said: list[str] | None = None
                ) -> tuple[str, str]:
    """A page's bytes as text, and the codec they were decoded with (`Document.encoding`): in the charset the server
    declared (`declared`, an HTTP Content-Type's), else in the one the page declares in its head, else as any text
    file (`decode.decode_bytes`: UTF-8, or Windows-1252 with a warning naming the file). A byte order mark wins over
    both declarations, as in browsers.

    trafilatura would otherwise guess the encoding of a page that is not UTF-8 from its bytes, and a guess on a
    short page reads "£36,000" as "Ż36,000" without a word.

    `said` (a `Document.warnings` list) gets what is warned about, as a text file's warnings are its document's.

    Raises:
        InputError: the bytes are binary (`decode_bytes`).
    """
    said = [] if said is None else said
    if data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _decoded_as_text(data, name, said)
    if declared is None and (m := _META_CHARSET.search(data[:8192])):
        declared = m.group(1).decode("ascii")
    encoding = _codec(declared)
    if encoding is None or encoding == "utf-8":
        return _decoded_as_text(data, name, said)
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        # One template for the log and the document: the CLI counts warnings of a kind by it (`cli._FewOfAKind`).
        template = "%s: not valid %s as declared; read as any text file"
        warn_on_first_read(logger, template, name, declared)
        said.append(template % (name, declared))
        return _decoded_as_text(data, name, said)
    if "\x00" in text:
        raise InputError("binary file (contains NUL bytes), not text", name)
    return text, encoding


def _decoded_as_text(data: bytes, name: str, said: list[str]) -> tuple[str, str]:
    """`decode_bytes`, with its warning (a page that is not UTF-8 read as Windows-1252) added to `said`."""
    text, encoding = decode_bytes(data, name)
    said.extend(fallback_warnings(name, encoding))
    return text, encoding


def _codec(label: str | None) -> str | None:
    """Python's codec for a charset label (None for none, or one Python does not know)."""
    if not label:
        return None
    label = label.strip().lower()
    if label in _WINDOWS_1252_LABELS:
        return "cp1252"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


# A page's publication moment in its metadata, with a time of day: htmldate reads the day only, and articles of one
# day are then not ordered (an article and the press release it copies, published hours apart).
_PUBLISHED = rx.compile(
    r"""<meta\s[^>]*?(?:property|name|itemprop)\s*=\s*["'](?:article:published_time|og:published_time|"""
    r"""datePublished|pubdate|publishdate|date)["'][^>]*>""", re.I)
_CONTENT = rx.compile(r"""content\s*=\s*["']([^"']+)["']""", re.I)
_JSON_LD_PUBLISHED = rx.compile(r'"datePublished"\s*:\s*"([^"]+)"')
_ISO_WITH_TIME = rx.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?")


def _published_time(page: str, day: str | None) -> str | None:
    """The page's publication date and time (ISO 8601) where its metadata states a time of day on the day htmldate
    found (or on any day, when it found none); None otherwise."""
    head = page[:131072]
    found = [_CONTENT.search(m.group(0)) for m in _PUBLISHED.finditer(head)]
    values = [m.group(1) for m in found if m] + _JSON_LD_PUBLISHED.findall(head)
    for value in values:
        if (m := _ISO_WITH_TIME.fullmatch(value.strip())) and (day is None or m.group(0)[:10] == day[:10]):
            return m.group(0).replace(" ", "T", 1)
    return None


def _title_parts(page: str) -> list[str]:
    """The parts of a page's `<title>` ("Site | Headline" -> ["Site", "Headline"]); [] without a title."""
    m = _TITLE_ELEMENT.search(page[:65536])
    if not m:
        return []
    return [part for part in (" ".join(p.split()) for p in _TITLE_SEPARATOR.split(html.unescape(m.group(1)))) if part]


def _joined(paragraphs: list[str], data: bytes | str) -> str:
    """The extracted lines as one text: paragraphs apart (a blank line between them), except on a page that lays a
    hard-wrapped text out line by line with `<br>` (old wire and CMS pages), whose lines are handed to cleaning as
    lines, to be joined as the lines of a hard-wrapped text file are."""
    raw = data if isinstance(data, bytes) else data.encode("utf-8", "replace")
    if len(_BR_TAG.findall(raw)) >= BR_LINES_MIN and looks_hard_wrapped(paragraphs):
        return "\n".join(paragraphs)
    return "\n\n".join(paragraphs)


def quiet_libraries() -> None:
    # trafilatura and htmldate log "discarding data"-style warnings; with no handler of their own Python would
    # print them on stderr through its last-resort handler. A NullHandler keeps them out unless the application
    # configured logging for them.
    for name in ("trafilatura", "htmldate", "courlan", "justext", "warcio"):
        lib_logger = logging.getLogger(name)
        if not lib_logger.handlers:
            lib_logger.addHandler(logging.NullHandler())


def html_fields(
    data: bytes | str, *, id: str, path: str | None = None, url: str | None = None, charset: str | None = None,
    where: str | None = None, **metadata: str | None
) -> dict[str, Any]:
    """The fields of a document from a saved web page: its article text, headline, site name, author, date and
    canonical URL.

    Args:
        data: the page (bytes are decoded by `decode_page`).
        id: the document's name in reports.
        path: the file (or archive) it came from.
        url: the address the page was fetched from, if known (a WARC record's target URI).
        charset: the charset the server declared for the bytes (a WARC record's HTTP Content-Type), if any.
        where: the place named in warnings about the metadata (a record, `dump.jsonl:line 3`; default the path).
        **metadata: `title`, `outlet`, `date`, `url` given explicitly; these win over the page's own.

    Raises:
        InputError: the html extra is not installed, the page cannot be parsed, or it holds no article text.
    """
    name = path or id
    if isinstance(data, bytes) and is_own_report(data):
        raise InputError("a diffsrc HTML report, not an article", name)
    # An empty file or an image saved as .html is said to be what it is, not "no article text found".
    if reason := not_text_reason(data if isinstance(data, bytes) else data.encode("utf-8", "surrogatepass")):
        raise InputError(reason, name)
    try:
        import trafilatura
    except ImportError:
        raise InputError(HTML_EXTRA_HINT, name) from None
    quiet_libraries()
    # A page given as text was decoded by its caller; its bytes are Python's str, which reports write as UTF-8.
    encoding = "utf-8"
    said: list[str] = []
    if isinstance(data, bytes):
        data, encoding = decode_page(data, name, charset, said)
    # Only dates the page states in its markup: htmldate's extensive search guesses from free text and URLs, and a
    # wrong date would point a provenance edge the wrong way.
    date_params = {
        "original_date": True,
        "extensive_search": False,
        "max_date": datetime.now(UTC).strftime("%Y-%m-%d"),
    }
    page = _without_embeds(data) if _EMBED.search(data) else data
    result = _extract(trafilatura, page, name, url=url, date_params=date_params, short=False)
    text = getattr(result, "text", None) if result is not None else None
    if text and "\n" not in text.strip():
        # One line with no paragraph in it: maybe a short article the library took for a failed extraction, whose
        # fallback flattened the whole article element into one line, headline, byline, date and share buttons
        # run into the sentences (every brief of a site then shares that text with every other). The article
        # markup's own paragraphs, when that line holds them, are the article.
        short = _extract(trafilatura, page, name, url=url, date_params=date_params, short=True)
        short_text = getattr(short, "text", None) if short is not None else None
        if short_text and _holds_paragraphs(text, short_text):
            result, text = short, short_text
    if not text or not text.strip():
        raise InputError("no article text found in HTML", name)

    def meta(attr: str) -> str | None:
        value = getattr(result, attr, None)
        return " ".join(value.split()) if isinstance(value, str) and value.strip() else None

    title, outlet = meta("title"), meta("sitename")
    tree = _tree(data)
    paragraphs = _with_skipped_paragraphs([line.strip() for line in text.split("\n") if line.strip()], tree, name)
    title_parts = _title_parts(data)
    firsts = [" ".join(p.split()) for p in paragraphs[:HEADLINE_WITHIN_LINES]]
    named = {_folded(part) for part in title_parts} if len(title_parts) > 1 else set()
    headline = next((line for line in firsts if _folded(line) in named), None)
    if headline is not None:
        # "Site | Headline": trafilatura took the site's name for the headline, which is in the text itself (under
        # a menu, maybe, that cleaning sets aside).
        site = [part for part in title_parts if _folded(part) != _folded(headline)]
        title, outlet = headline, outlet or (site[0] if len(site) == 1 else None)
    elif (shown := _shown_headline(tree, paragraphs, site=outlet)) is not None:
        # The page's visible <h1> is in the text: it is the headline readers saw. The metadata's title (og:title,
        # often a shorter headline written for search and social media) is not the article's text.
        title = shown
    elif title and paragraphs:
        # The headline as the text shows it, when the text holds it below a menu; else it is set above the text.
        title = next((line for line in firsts if _folded(line) == _folded(title)), None) or title
        if title not in firsts:
            paragraphs.insert(0, title)
    found = {"title": title, "outlet": outlet, "date": _published_time(data, meta("date")) or meta("date"),
             "url": meta("url") or url, "author": meta("author")}
    for key, value in metadata.items():
        if value is not None or key not in found:
            found[key] = value
    if _is_error_page(title_parts, paragraphs):
        raise InputError("no article text found in HTML (a \"page not found\" page)", name)
    fields = document_fields(_joined(paragraphs, data), id=id, path=path, where=where, encoding=encoding,
                             **found, warnings=[*said, *(found.pop("warnings", None) or [])])
    fields["page_chrome"] = _left_out(tree, paragraphs)
    if others := _articles_left_out(tree, paragraphs):
        # A round-up page of several stories is one document: the extraction reads one of them, and the others
        # are listed with the page chrome. Said, so that a story missing from the comparison is not a surprise.
        rest = "the other is" if others == 1 else f"the other {others} are"
        said = (f"{name}: the page holds {others + 1} articles; one was read, {rest} listed with the page chrome, "
                "not compared (save each as a page of its own to compare it)")
        warn_on_first_read(logger, "%s", said)  # once, though a corpus run reads a page again
        fields["warnings"] = [*(fields.get("warnings") or []), said]
    # trafilatura falls back to whatever text a page has (a menu, a "page not found" line); without one body
    # paragraph, what it found is page chrome and a headline, not an article.
    cleaned = clean_text(fields["text"])
    if not any(p.kind == "body" for p in cleaned.paragraphs):
        raise InputError("no article text found in HTML", name)
    # The author reports show (`PreparedDocument.author`), decided here as they decide it, so that the page's
    # `Document.author` is the same: its metadata's, read as a byline ("Staff; Agencies" is no one), else the names
    # of the byline in its text, which was cleaned just now anyway.
    named = metadata_author(fields["author"], fields.get("outlet")) if fields.get("author") else None
    fields["author"] = named or cleaned.author
    return fields


# What a saved error page calls itself, in its <title> or its first line ("404", "Page not found | Daily Express").
_ERROR_PAGE_TITLE = rx.compile(
    r"^(error\s*)?(404|410)(\s*$|\s*[-:|–—]|\s+(error|not\s+found|page|gone)\b)|^(404\s*[-:|]?\s*)?(page|article|story|content)\s+(not\s+found|(is\s+)?no\s+longer\s+"
    r"available|(does\s+not|doesn't)\s+exist|unavailable)\b|^not\s+found$|^(sorry|oops)\b.{0,40}\b(not\s+"
    r"(be\s+)?found|doesn't\s+exist|does\s+not\s+exist)", re.IGNORECASE)
# A page that says it is one, with at most this many words of text, is an error page; a longer text is an article
# ("Page not found: how the web forgets", an essay about dead links).
ERROR_PAGE_MAX_WORDS = 80


def _is_error_page(title_parts: list[str], paragraphs: list[str]) -> bool:
    """Whether a saved page is a server's "page not found" (or gone) page rather than an article: sites answer a
    dead link with a page of their chrome and a line of apology, status 200 once saved."""
    named = [*title_parts, *paragraphs[:1]]
    return (any(_ERROR_PAGE_TITLE.search(" ".join(t.split())) for t in named)
            and sum(len(p.split()) for p in paragraphs) <= ERROR_PAGE_MAX_WORDS)


# Markup of text inside an article that is not the outlet's own: an embedded post (the embed codes of X/Twitter,
# Instagram, TikTok, Reddit, Facebook) or a pull quote repeating a sentence of the body in large type.
_EMBED = rx.compile(r"""class\s*=\s*["'][^"']*?\b(?:twitter-tweet|instagram-media|tiktok-embed|reddit-embed-bq|"""
                    r"""fb-post|pull-?quote)""", re.IGNORECASE)


def _without_embeds(page: str) -> str:
    """The page without its embedded posts and pull quotes: an embedded post's text ("Well done to everyone who gave
    evidence. - West Midlands Police (@WMPolice)") was labelled as the article's own sentences, and a pull quote
    counted its sentence twice. Left out of the article, they are listed with the page's other lines
    (`Document.page_chrome`)."""
    tree = _tree(page)
    if tree is None:
        return page
    from lxml import html as lxml_html

    for element in list(tree.iter()):
        if isinstance(element.tag, str) and _EMBED.search(f'class="{element.get("class") or ""}"'):
            if element.getparent() is not None:
                element.drop_tree()
    return lxml_html.tostring(tree, encoding="unicode")


def _extract(trafilatura: Any, data: str, name: str, *, url: str | None, date_params: dict[str, Any],
             short: bool) -> Any:
    """trafilatura's extraction of a page: its text and metadata.

    With `short`, an article of a paragraph or two is taken as the page's article markup holds it: by default the
    library takes a body under 250 characters for a failed extraction and falls back to other ways of reading the
    page.

    Raises:
        InputError: the page cannot be parsed.
    """
    try:
        return trafilatura.bare_extraction(
            data, url=url, with_metadata=True, include_comments=False, include_tables=False,
            date_extraction_params=date_params, config=_short_article_config() if short else None,
        )
    except RecursionError:
        raise InputError("cannot parse HTML (nested too deeply)", name) from None
    except Exception as exc:  # noqa: BLE001 - a third-party parser on hostile input; report it, never crash
        raise InputError(f"cannot parse HTML ({type(exc).__name__}: {exc})", name) from None


def _holds_paragraphs(line: str, text: str) -> bool:
    """Whether a flattened line holds every paragraph of `text`, and more."""
    flat = " ".join(line.split())
    paragraphs = [" ".join(p.split()) for p in text.split("\n") if p.strip()]
    return bool(paragraphs) and sum(map(len, paragraphs)) < len(flat) and all(p in flat for p in paragraphs)


@functools.lru_cache(maxsize=1)
def _short_article_config() -> Any:
    from trafilatura.settings import use_config

    config = use_config()
    config.set("DEFAULT", "MIN_EXTRACTED_SIZE", "1")
    return config


# Elements whose text is a block of the page, and those whose text is never the article's (a paragraph inside one
# is a related story's teaser, a caption, a form's small print).
_BLOCKS = ("p", "div", "blockquote", "li", "h2", "h3", "h4")
_NOT_ARTICLE = frozenset({"aside", "nav", "header", "footer", "figure", "figcaption", "form", "button", "script",
                          "style", "noscript", "template", "iframe", "select", "label", "menu"})
# A paragraph the extraction left out is put back when it is prose: this many words at least, ending a sentence,
# with less than this share of its text in links.
SKIPPED_MIN_WORDS = 8
SKIPPED_MAX_LINK_SHARE = 0.2
_ENDS_SENTENCE = rx.compile(r"[.!?:][\"'”’»)\]]*$")


def _tree(page: str) -> Any:
    """The page parsed by lxml as trafilatura parses it; None if it cannot be (trafilatura parsed it once already:
    what is read from the tree is a correction, and none is better than a crash)."""
    try:
        from trafilatura.utils import load_html

        return load_html(page)
    except Exception:  # noqa: BLE001
        return None


# Elements that start a line of the page's text, and elements whose text is never shown.
_LINE_TAGS = frozenset({
    "p", "div", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "table", "tr", "td", "th",
    "caption", "blockquote", "pre", "figure", "figcaption", "section", "article", "header", "footer", "nav", "aside",
    "main", "form", "fieldset", "legend", "button", "label", "option", "details", "summary", "br", "hr", "address",
    "body"})
_UNSHOWN = frozenset({"script", "style", "noscript", "template", "head", "svg", "math", "iframe", "object"})


def _page_lines(tree: Any) -> list[str]:
    """The text a reader sees on the page, line by line (a block element starts a line): menus, bylines, share bars,
    the article, related links, comments, footer. Walked without recursion (pages nest deep)."""
    from lxml import etree

    lines: list[str] = []
    buffer: list[str] = []
    hidden = 0

    def flush() -> None:
        line = " ".join("".join(buffer).split())
        if line:
            lines.append(line)
        buffer.clear()

    for event, element in etree.iterwalk(tree, events=("start", "end")):
        tag = element.tag.lower() if isinstance(element.tag, str) else None
        if event == "start":
            if tag in _UNSHOWN:
                hidden += 1
            elif not hidden and tag is not None:
                if tag in _LINE_TAGS:
                    flush()
                buffer.append(element.text or "")
            continue
        if tag in _UNSHOWN:
            hidden -= 1
        elif not hidden and tag in _LINE_TAGS:
            flush()
        if not hidden and element.getparent() is not None:
            buffer.append(element.tail or "")
    flush()
    return lines


def _folded(line: str) -> str:
    """A headline as compared with the page's title: a <title> often writes straight quotes and hyphens where the
    visible headline has typographic ones ("Clerk 'sold secrets'" for "Clerk ‘sold secrets’"), one headline."""
    return line.translate(_QUOTES)


def _shown_headline(tree: Any, paragraphs: list[str], site: str | None) -> str | None:
    """The page's `<h1>` when it is one of the text's first lines (the headline as the page shows it), else None.
    A site that sets its logo in an `<h1>` (its name) has no headline there."""
    if tree is None:
        return None
    firsts = [" ".join(p.split()) for p in paragraphs[:HEADLINE_WITHIN_LINES]]
    for element in tree.iter("h1"):
        shown = " ".join("".join(element.itertext()).split())
        if shown and shown in firsts and shown != site:
            return shown
    return None


def _left_out(tree: Any, paragraphs: list[str]) -> list[str]:
    """The lines of the page that are not in the article read from it: listed in reports with the boilerplate that
    cleaning sets aside, so that what the extraction left out is seen, not lost."""
    if tree is None:
        return []
    article = "\n".join(" ".join(p.split()) for p in paragraphs)
    # A table-layout page's menu ("Home | News | Sport") may come out of the extraction in pieces, a paragraph for
    # each link and bar: the line is in the article then too, and cleaning lists its pieces; listed whole here as
    # well, it would be listed twice.
    in_pieces = " ".join(article.split())
    return [line for line in _page_lines(tree) if line not in article and line not in in_pieces]


def _with_skipped_paragraphs(paragraphs: list[str], tree: Any, name: str) -> list[str]:
    """The extracted paragraphs, with the article's own paragraphs trafilatura left out put back in their place.

    Its article detection drops a paragraph now and then whose markup differs from its neighbours' (a body that
    alternates `<p>` and `<div class="para">` after a box of related links lost every `<div>`), and the report would
    call the source's matching sentences omitted without a word. A paragraph is put back when it stands after the
    first extracted paragraph, beside one of them (the same parent element), and reads as prose
    (`SKIPPED_MIN_WORDS` words or more, ending a sentence, few links, in no aside, figure or form): what the
    article's markup holds, not a box beside it.
    """
    if len(paragraphs) < 2 or tree is None:
        return paragraphs
    blocks = [(el, " ".join(el.text_content().split())) for el in tree.iter(*_BLOCKS)
              if not any(child.tag in _BLOCKS for child in el)]
    wanted = {" ".join(p.split()): i for i, p in enumerate(paragraphs)}
    matched = [(k, wanted[text]) for k, (_, text) in enumerate(blocks) if text in wanted]
    if len(matched) < 2:
        return paragraphs
    parents = {blocks[k][0].getparent() for k, _ in matched}
    after: dict[int, list[str]] = {}  # extracted paragraph -> the paragraphs put back after it
    previous = matched[0]
    for k in range(matched[0][0] + 1, len(blocks)):
        element, text = blocks[k]
        if text in wanted:
            previous = (k, wanted[text])
            continue
        if element.getparent() in parents and _reads_as_prose(element, text):
            after.setdefault(previous[1], []).append(text)
    if not after:
        return paragraphs
    logger.info("%s: %s the article extraction left out put back", name,
                plural(sum(map(len, after.values())), "paragraph"))
    return [q for i, p in enumerate(paragraphs) for q in (p, *after.get(i, ()))]


# Words of prose an <article> element left out must hold to be called a story of its own: a teaser card in a list of
# related stories (its headline and a sentence of standfirst) holds fewer.
ARTICLE_MIN_WORDS = 30


def _articles_left_out(tree: Any, paragraphs: list[str]) -> int:
    """How many of the page's `<article>` elements hold a story of prose none of which was read, on a page where
    another `<article>` was read (a round-up of several stories); 0 otherwise."""
    if tree is None:
        return 0
    article = "\n".join(" ".join(p.split()) for p in paragraphs)
    read, left_out = False, 0
    for element in tree.iter("article"):
        if any(ancestor.tag == "article" for ancestor in element.iterancestors()):
            continue
        prose = [text for block in element.iter(*_BLOCKS) if not any(child.tag in _BLOCKS for child in block)
                 if _reads_as_prose(block, text := " ".join(block.text_content().split()))]
        if any(text in article for text in prose):
            read = True
        elif sum(len(text.split()) for text in prose) >= ARTICLE_MIN_WORDS:
            left_out += 1
    return left_out if read else 0


def _reads_as_prose(element: Any, text: str) -> bool:
    if len(text.split()) < SKIPPED_MIN_WORDS or not _ENDS_SENTENCE.search(text):
        return False
    if any(ancestor.tag in _NOT_ARTICLE for ancestor in element.iterancestors()):
        return False
    linked = sum(len(" ".join(a.text_content().split())) for a in element.iter("a"))
    return linked <= SKIPPED_MAX_LINK_SHARE * len(text)


def _is_html(content_type: str | None) -> bool:
    return content_type is not None and "html" in content_type.lower()


def _is_plain_text(content_type: str | None) -> bool:
    return content_type is not None and content_type.split(";")[0].strip().lower() == "text/plain"


# A truncated or corrupt stream fails with these, and their text says what is wrong. Anything else warcio raises on a
# malformed record (a response without a target URI: "'NoneType' object has no attribute 'startswith'") is a Python
# error whose text means nothing to a user, and is reported as malformed headers.
_READ_ERRORS = (EOFError, OSError, zlib.error)


def iter_warc(stream: IO[bytes], name: str) -> Iterator[dict[str, Any] | InputError]:
    """Document fields from a WARC or ARC archive (gzipped or not): every HTML response record, named by its target URI.

    A response without a Content-Type is read when its payload is an HTML page or text. Other records (images,
    scripts, requests, revisits, metadata) are not articles and are passed over; records that cannot be used (an
    HTTP status other than 2xx, no article text) come out as `InputError`s naming the archive and the URI
    (`crawl.warc.gz:https://...`), a redirect or an HTTP error as a `SkippedRecord`, and so is a repeat capture of a
    URI's text; a capture whose text differs from the URI's earlier ones (the story updated) is a document named
    `URI@WARC-Date`. An archive with no page in it is one `InputError` that says what it holds.

    Raises:
        InputError: the warc extra is not installed. (Damage ends the file with one yielded `InputError`; the caller
            checks first that the file opens with a WARC or ARC header.)
    """
    try:
        from warcio.archiveiterator import ArchiveIterator
        from warcio.exceptions import ArchiveLoadFailed
    except ImportError:
        raise InputError(WARC_EXTRA_HINT, name) from None
    quiet_libraries()
    # Each URI's captures: the record each of its texts (by digest) was first captured in.
    captures: dict[str, dict[str, str]] = {}
    ids: set[str] = set()
    passed_over: Counter[str] = Counter()
    records = ArchiveIterator(stream, arc2warc=True)
    count = 0  # records read whole
    used = False  # whether any record was yielded (a document, or why it could not be one)

    def damage(detail: str) -> InputError:
        # The damage message says only where the archive breaks off: the records passed over before it are said
        # as in an undamaged archive, or a truncated crawl's images and requests would go without a word.
        if passed_over:
            logger.warning("%s: passed over %s", name, _passed_over(passed_over))
        return InputError(_damage(count + 1, detail), name)

    while True:
        chatter = io.StringIO()
        try:
            # warcio prints "record not followed by newline" warnings straight to stderr; keep them for our log.
            with contextlib.redirect_stderr(chatter):
                record = next(records)
                kind, item = _page_record(record, name, count + 1)
                count += 1
        except StopIteration:
            if _unread_tail(stream, records):
                # A record cut off in its header: warcio stops as if the archive ended there.
                yield damage(f"the record after record {count} is cut short" if count
                             else "malformed WARC record headers")
            elif not used:
                yield InputError(_no_pages(passed_over), name)
            elif passed_over:
                # Not articles, but said: a crawl's stylesheets and images, and whatever else it holds.
                logger.warning("%s: passed over %s", name, _passed_over(passed_over))
            return
        except ArchiveLoadFailed as exc:
            # The file opened with a WARC/ARC header (checked before), so a record that cannot be parsed is damage.
            yield damage(" ".join(str(exc).split()) or "unknown format")
            return
        except _READ_ERRORS as exc:  # a truncated or corrupt stream
            yield damage(" ".join(str(exc).split()) or type(exc).__name__)
            return
        except Exception:  # noqa: BLE001 - warcio's parser on a malformed record: say so, never crash
            yield damage("malformed WARC record headers")
            return
        finally:
            if chatter.getvalue().strip():
                logger.warning("%s: %s", name, " ".join(chatter.getvalue().split()))
        if item is None:
            passed_over[kind] += 1
            continue
        used = True
        uri, status, payload, charset, captured = item
        where = f"{name}:{uri}"
        if not status.startswith("2"):
            yield SkippedRecord(f"HTTP status {status or 'missing'}, not a page", where)
            continue
        if len(payload) > MAX_RECORD_BYTES:
            yield SkippedRecord(f"record larger than {size_text(MAX_RECORD_BYTES)}", where)
            continue
        try:
            if kind == "text":
                said: list[str] = []
                text, encoding = decode_page(payload, where, charset, said)  # in the charset the server declared
                doc = document_fields(text, id=uri, path=name, url=uri, encoding=encoding, warnings=said)
                clean_article(doc["text"], where)  # no article in it: skipped here, naming the record
            else:
                doc = html_fields(payload, id=uri, path=name, url=uri, charset=charset)
        except DiffsrcError as exc:  # a home page, a tag page, an app shell: a crawl holds many
            yield SkippedRecord(exc.reason, where)
            continue
        text_key = text_digest(doc["text"])
        versions = captures.setdefault(uri, {})
        if first := versions.get(text_key):
            yield SkippedRecord(f"duplicate capture (first in {first}; kept the first)", where)
            continue
        if versions:
            # A re-capture with other text is the story updated: a document of its own, named by when it was
            # captured, so that a corpus run shows what the update changed (and an index keeps both versions).
            doc["id"] = f"{uri}@{captured}" if captured and f"{uri}@{captured}" not in ids else f"{uri}@record {count}"
            logger.info("%s: a later capture with other text, read as %s", where, doc["id"])
        versions[text_key] = f"record {count}"
        ids.add(doc["id"])
        yield doc


def _page_record(record: Any, name: str,
                 number: int) -> tuple[str, tuple[str, str, bytes, str | None, str | None] | None]:
    """What a record is (`html`, `text`, or what was passed over: `revisit`, `image/png response`...) and, for a
    page, its (target URI, HTTP status, payload, the charset its Content-Type declares, the WARC-Date it was
    captured at).

    Raises:
        EOFError: the record's block ends before its Content-Length (a truncated archive).
    """
    item = None
    uri = record.rec_headers.get_header("WARC-Target-URI") or f"{name}#record{number}"
    captured = record.rec_headers.get_header("WARC-Date")
    if not (record.rec_headers.get_header("Content-Length") or "").strip().isdigit():
        # Every WARC record states its length; a header block that stops before it was cut off.
        raise EOFError(f"record {number} ({uri}) has no Content-Length (cut short?)")
    kind = f"{record.rec_type} record"
    if record.rec_type in ("response", "resource"):
        if record.rec_type == "response" and record.http_headers is not None:
            content_type = record.http_headers.get_header("Content-Type")
            status = record.http_headers.get_statuscode() or ""
        else:
            content_type = record.rec_headers.get_header("Content-Type")
            status = "200" if record.rec_type == "resource" else ""
        if _is_html(content_type):
            payload = record.content_stream().read(MAX_RECORD_BYTES + 1)
            kind, item = "html", (uri, status, payload, charset_of(content_type), captured)
        elif _is_plain_text(content_type):
            # A wire story or a press release served as text/plain is an article as a .txt file is (robots.txt
            # and the like are then skipped, named, as no article text).
            payload = record.content_stream().read(MAX_RECORD_BYTES + 1)
            kind, item = "text", (uri, status, payload, charset_of(content_type), captured)
        elif content_type is None or not content_type.strip():
            # No Content-Type: the payload says what it is (a page, text, or something else to pass over).
            payload = record.content_stream().read(MAX_RECORD_BYTES + 1)
            if looks_like_html(payload):
                kind, item = "html", (uri, status, payload, None, captured)
            elif not not_text_reason(payload[:65536]):
                kind, item = "text", (uri, status, payload, None, captured)
            else:
                kind = f"{record.rec_type} without a Content-Type"
        else:
            kind = f"{content_type.split(';')[0].strip().lower()} {record.rec_type}"
    # Read every record to its end (as warcio would), to see whether its block is as long as its header says.
    while record.raw_stream.read(1 << 16):
        pass
    remaining = getattr(record.raw_stream, "limit", None)
    if remaining is None:  # no Content-Length: the record's header was cut off before it
        raise EOFError(f"record {number} ({uri}) has no Content-Length (cut short?)")
    if remaining > 0:
        raise EOFError(f"record {number} ({uri}) is cut short")
    return kind, item


def _no_pages(passed_over: Counter[str]) -> str:
    """Why an archive gave no document: what its records were instead."""
    if not passed_over:
        return "no records in it"
    return f"no HTML pages in it (its {plural(sum(passed_over.values()), 'record')}: {_kinds(passed_over)})"


def _passed_over(passed_over: Counter[str]) -> str:
    """"3 records that are neither page nor text: 2 image/png response, 1 request record"."""
    total = sum(passed_over.values())
    verb = "is" if total == 1 else "are"
    return f"{plural(total, 'record')} that {verb} neither page nor text: {_kinds(passed_over)}"


def _kinds(passed_over: Counter[str]) -> str:
    return ", ".join(f"{n} {kind}" for kind, n in sorted(passed_over.items(), key=lambda kv: (-kv[1], kv[0])))


def _unread_tail(stream: IO[bytes], records: Any) -> bool:
    """Whether anything but blank lines follows the last record warcio could read (a record cut off in its header)."""
    try:
        stream.seek(int(records.offset))
        return bool(stream.read(1 << 16).strip())
    except (OSError, ValueError, AttributeError, TypeError):
        return False


def _damage(number: int, detail: str) -> str:
    """The message of damage found at record `number` (counted from 1); the records before it were read."""
    if not detail.startswith(("record ", "the record ")):
        detail = f"{'its first record' if number == 1 else f'record {number}'} cannot be read ({detail})"
    tail = "; the records before it were read" if number > 1 else ""
    return f"truncated or corrupt archive: {detail}{tail}"


__all__ = ["HTML_EXTRA_HINT", "WARC_EXTRA_HINT", "charset_of", "decode_page", "html_fields", "iter_warc",
           "looks_like_html", "quiet_libraries"]
