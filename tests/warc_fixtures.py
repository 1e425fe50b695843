"""Small web archives for the input tests, written with warcio (so no binary file is committed)."""

from __future__ import annotations

import gzip
from io import BytesIO
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent / "fixtures"
PAGE = (FIXTURES / "ferry_page.html").read_bytes()
NO_ARTICLE = (FIXTURES / "no_article.html").read_bytes()
SECOND_PAGE = b"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Storm closes coastal road</title>
<meta property="og:site_name" content="Coast News"></head><body><article><h1>Storm closes coastal road</h1>
<p>The coastal road between the harbour and the lighthouse was closed on Friday after a storm brought down trees
and flooded the lower section near the old pier.</p>
<p>Engineers said the road would stay shut until at least Monday while they checked the sea wall for damage.</p>
</article></body></html>"""

PAGE_URI = "https://harbourgazette.example/news/2025/03/14/night-ferry"
SECOND_URI = "https://coastnews.example/storm-road"
MISSING_URI = "https://harbourgazette.example/gone"
EMPTY_URI = "https://harbourgazette.example/app"
REDIRECT_URI = "http://harbourgazette.example/ferry"


def _response(writer, uri: str, body: bytes, content_type: str | None = "text/html; charset=utf-8",
              status: str = "200 OK"):
    from warcio.statusandheaders import StatusAndHeaders

    fields = [("Content-Type", content_type)] if content_type is not None else []
    if status.startswith("3"):
        fields.append(("Location", PAGE_URI))
    headers = StatusAndHeaders(status, fields, protocol="HTTP/1.1")
    return writer.create_warc_record(uri, "response", payload=BytesIO(body), http_headers=headers)


def write_crawl(path: Path, responses=(), *, revisits=(), gzipped: bool = True) -> Path:
    """A WARC of `responses`, each (uri, body, Content-Type or None for none, HTTP status), then a revisit record
    (a capture found unchanged, its payload stored elsewhere) for each URI of `revisits`."""
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=gzipped)
        for uri, body, content_type, status in responses:
            writer.write_record(_response(writer, uri, body, content_type=content_type, status=status))
        for uri in revisits:
            writer.write_record(writer.create_revisit_record(
                uri, "sha1:HOQ6XAAOEH6H65CSAWQMW7WCBIM4CPBO", uri, "2025-03-14T09:30:00Z"))
    return path


def write_warc(path: Path, *, gzipped: bool = True) -> Path:
    """A crawl of two articles, an image, a request, a 404 page, a page with no article and a repeat capture."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=gzipped)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "diffsrc tests"}))
        request_headers = StatusAndHeaders("GET /news/2025/03/14/night-ferry HTTP/1.1", [("Host", "example")],
                                           is_http_request=True)
        writer.write_record(writer.create_warc_record(PAGE_URI, "request", payload=BytesIO(b""),
                                                      http_headers=request_headers))
        writer.write_record(_response(writer, PAGE_URI, PAGE))
        writer.write_record(_response(writer, "https://harbourgazette.example/logo.png", b"\x89PNG\r\n\x1a\n\x00",
                                      content_type="image/png"))
        writer.write_record(_response(writer, MISSING_URI, b"<html><body><p>Not found.</p></body></html>",
                                      status="404 Not Found"))
        writer.write_record(_response(writer, EMPTY_URI, NO_ARTICLE))
        writer.write_record(_response(writer, SECOND_URI, SECOND_PAGE))
        writer.write_record(_response(writer, PAGE_URI, PAGE))  # the same page captured again
    return path


def write_arc(path: Path) -> Path:
    """An ARC (version 1) file holding the ferry page, as the Internet Archive wrote them before WARC."""
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + PAGE
    body = b"1 0 diffsrc-tests\nURL IP-address Archive-date Content-type Archive-length\n"
    header = f"filedesc://{path.name} 0.0.0.0 20250314093000 text/plain {len(body)}\n".encode()
    record = f"{PAGE_URI} 192.0.2.1 20250314093000 text/html {len(http)}\n".encode() + http + b"\n"
    path.write_bytes(header + body + b"\n" + record)
    return path


def truncate(path: Path, keep: float = 0.7) -> Path:
    """Cut a file short, as an interrupted download or a full disk leaves it."""
    data = path.read_bytes()
    path.write_bytes(data[: int(len(data) * keep)])
    return path


def gzip_file(path: Path, data: bytes) -> Path:
    path.write_bytes(gzip.compress(data, mtime=0))
    return path
