"""Files of many articles: JSON Lines, CSV and web archives. One bad record never costs the others."""

from __future__ import annotations

import gzip
import json
import shutil

import pytest

from diffsrc.document import Skipped, load_documents
from diffsrc.text.prepare import prepare

from .warc_fixtures import (
    EMPTY_URI,
    MISSING_URI,
    PAGE,
    PAGE_URI,
    SECOND_URI,
    truncate,
    write_arc,
    write_crawl,
    write_warc,
)

warcio = pytest.importorskip("warcio")
pytest.importorskip("trafilatura")


def jsonl(*records: object) -> str:
    return "".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in records)


# --- JSON Lines -----------------------------------------------------------------------------------------------


def test_each_jsonl_line_is_a_document_with_its_metadata(tmp_path):
    path = tmp_path / "articles.jsonl"
    path.write_text(jsonl(
        {"id": "wire-1", "text": "Ministers met on Tuesday to agree the budget.", "title": "Budget", "outlet": "AP",
         "date": "2025-10-22", "url": "https://ap.example/1"},
        {"id": 2, "text": "Police said nobody was hurt in the fire.", "extra": [1, 2]},
    ))
    docs, skipped = load_documents([str(path)])
    assert not skipped
    first, second = docs
    assert (first.id, first.title, first.outlet, first.date, first.url, first.path) == (
        "wire-1", "Budget", "AP", "2025-10-22", "https://ap.example/1", str(path))
    assert second.id == "2" and second.title is None


def test_malformed_jsonl_lines_are_skipped_by_line_number_and_the_others_kept(tmp_path):
    path = tmp_path / "dump.jsonl"
    path.write_text(jsonl(
        {"id": "a", "text": "Ministers met on Tuesday to agree the budget."},
        '{"id": "b", "text": "unterminated',
        "",
        "[1, 2, 3]",
        {"id": "c"},
        {"id": "d", "text": 42},
        {"id": "e", "text": "   "},
        "[" * 100_000,
        {"id": "a", "text": "A different text under a repeated id."},
        {"text": "Police said nobody was hurt in the fire."},
    ))
    docs, skipped = load_documents([str(path)])
    assert [d.id for d in docs] == ["a", "dump.jsonl:10"]
    reasons = {s.path.rsplit(":", 1)[1]: s.reason for s in skipped}
    assert set(reasons) == {"line 2", "line 4", "line 5", "line 6", "line 7", "line 8", "line 9"}
    assert reasons["line 2"] == "not valid JSON (a string not closed before the end of the line, at column 34)"
    assert reasons["line 4"] == "not a JSON object (a list)"
    assert reasons["line 5"] == "no 'text' field"
    assert reasons["line 6"] == "the 'text' field is not a string"
    assert "empty document" in reasons["line 7"]
    assert reasons["line 8"].startswith("not valid JSON")
    assert reasons["line 9"] == "duplicate id 'a' (first on line 1; kept the first)"
    assert all(s.path.startswith(f"{path}:line ") for s in skipped)


@pytest.mark.parametrize(("name", "content", "reason"), [
    # A feed that came empty was no input at all: nothing checked, exit 0, where an empty text file is an error.
    ("feed.jsonl", "", "empty document (no records)"),
    ("feed.jsonl", "\n\n", "empty document (no records)"),
    ("feed.csv", "id,text\n", "empty document (a header row and no records)"),
    ("feed.json", "[]", "empty document (an empty list: no records)"),
    ("feed.json", '"just a string, read as text before"', "not an article: a string, not a JSON object with a 'text'"),
])
def test_a_dump_with_no_records_is_said_to_hold_none(tmp_path, name, content, reason):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    docs, skipped = load_documents([str(path)])
    assert docs == [] and [(s.path, s.reason) for s in skipped] == [(str(path), reason)]


def test_an_item_of_a_json_list_that_is_no_object_is_named_in_plain_words(tmp_path):
    path = tmp_path / "feed.json"
    path.write_text('[1, true, null, {"text": "Ministers met on Tuesday to agree the budget."}]', encoding="utf-8")
    docs, skipped = load_documents([str(path)])
    assert len(docs) == 1
    assert [s.reason for s in skipped] == ["not a JSON object (a number)", "not a JSON object (true or false)",
                                           "not a JSON object (null)"]


def test_a_jsonl_line_in_another_encoding_or_with_nul_bytes(tmp_path):
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(
        '{"id": "x", "text": "The caf\u00e9 said no on Tuesday."}\n'.encode("cp1252")
        + b'{"id": "y", "text": "bad\x00byte"}\n'
    )
    docs, skipped = load_documents([str(path)])
    assert [d.text for d in docs] == ["The caf\u00e9 said no on Tuesday."]
    assert skipped == [Skipped(f"{path}:line 2", "binary file (contains NUL bytes), not text")]


# --- CSV ------------------------------------------------------------------------------------------------------


def test_csv_rows_are_documents_and_fields_may_span_lines(tmp_path):
    path = tmp_path / "articles.csv"
    path.write_text(
        "id,Title,text,outlet,date,url\r\n"
        'w1,Budget,"Ministers met on Tuesday.\n\nThey agreed the budget, in full.",AP,2025-10-22,https://a.example\r\n'
        "w2,,,,,\r\n"
        ",Fire,Police said nobody was hurt in the fire.,,,\r\n",
        encoding="utf-8",
    )
    docs, skipped = load_documents([str(path)])
    assert [(d.id, d.title, d.outlet) for d in docs] == [("w1", "Budget", "AP"), ("articles.csv:6", "Fire", None)]
    first = prepare(docs[0])
    assert [s.text for s in first.sentences] == ["Ministers met on Tuesday.", "They agreed the budget, in full."]
    assert skipped == [Skipped(f"{path}:line 5", "empty document (no text)")]


def test_csv_without_a_text_column_is_an_error(tmp_path):
    path = tmp_path / "numbers.csv"
    path.write_text("a,b\n1,2\n")
    docs, skipped = load_documents([str(path)])
    assert docs == [] and skipped == [Skipped(str(path), "CSV has no 'text' column (columns: a, b)")]


def test_csv_fields_longer_than_the_csv_module_default_are_read(tmp_path):
    long_text = "The minister said the plan would go ahead. " * 5000  # ~215 kB, over csv's 128 kB default
    path = tmp_path / "long.csv"
    path.write_text(f'id,text\nlong,"{long_text}"\n')
    docs, skipped = load_documents([str(path)])
    assert [d.id for d in docs] == ["long"] and not skipped


# --- WARC / ARC -----------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def crawl(tmp_path_factory):
    return write_warc(tmp_path_factory.mktemp("warc") / "crawl.warc.gz")


def test_every_html_response_in_a_warc_is_a_document_named_by_its_uri(crawl):
    docs, skipped = load_documents([str(crawl)])
    assert [d.id for d in docs] == [PAGE_URI, SECOND_URI]
    page = docs[0]
    assert (page.title, page.outlet, page.date, page.url) == (
        "Council backs new night ferry to the islands", "The Harbour Gazette", "2025-03-14T09:30:00Z", PAGE_URI)
    assert page.path == str(crawl)
    # A skipped record is named by its archive and its URI, as a bad JSONL line is by its file and line.
    assert {s.path: s.reason for s in skipped} == {
        f"{crawl}:{MISSING_URI}": "HTTP status 404, not a page",
        f"{crawl}:{EMPTY_URI}": 'no article text found in HTML (a "page not found" page)',
        f"{crawl}:{PAGE_URI}": "duplicate capture (first in record 3; kept the first)",
    }


def test_an_html_response_without_a_content_type_is_read_from_what_its_payload_is(tmp_path):
    path = write_crawl(tmp_path / "noctype.warc", [
        (PAGE_URI, PAGE, None, "200 OK"),
        (SECOND_URI, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", None, "200 OK"),  # an image: passed over
    ], gzipped=False)
    docs, skipped = load_documents([str(path)])
    assert [(d.id, d.title) for d in docs] == [(PAGE_URI, "Council backs new night ferry to the islands")]
    assert skipped == []


def test_a_plain_text_response_without_a_content_type_is_an_article(tmp_path):
    story = (b"The council voted on Thursday to fund a night ferry to the islands from next spring.\n\n"
             b"Islanders had campaigned for the service for a decade, the council leader said.\n")
    docs, skipped = load_documents([str(write_crawl(tmp_path / "text.warc.gz", [(PAGE_URI, story, None, "200 OK")]))])
    assert [d.id for d in docs] == [PAGE_URI] and docs[0].text.startswith("The council voted") and not skipped


def test_a_text_plain_response_is_an_article_and_what_is_passed_over_is_said(tmp_path, caplog):
    # A wire story served as text/plain was passed over with no word in any output (a web-archive researcher's
    # trial); robots.txt is then a record with no article text, named in the skipped list.
    story = (b"The council voted on Thursday to fund a night ferry to the islands from next spring.\n\n"
             b"Islanders had campaigned for the service for a decade, the council leader said.\n")
    path = write_crawl(tmp_path / "plain.warc.gz", [
        (PAGE_URI, story, "text/plain; charset=utf-8", "200 OK"),
        ("https://x.example/robots.txt", b"User-agent: *\n", "text/plain", "200 OK"),
        ("https://x.example/a.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF", "image/jpeg", "200 OK")])
    with caplog.at_level("WARNING", logger="diffsrc"):
        docs, skipped = load_documents([str(path)])
    assert [d.id for d in docs] == [PAGE_URI] and docs[0].text.startswith("The council voted")
    assert [s.path for s in skipped] == [f"{path}:https://x.example/robots.txt"]
    assert "passed over 1 record that is neither page nor text: 1 image/jpeg response" in caplog.text


def test_an_archive_gzipped_whole_is_read_as_one_gzipped_record_by_record(tmp_path):
    # `gzip crawl.warc` makes one gzip stream, which warcio refuses past its first record ("non-chunked gzip"):
    # it was "truncated or corrupt", its pages unread.
    import gzip

    plain = write_warc(tmp_path / "crawl.warc", gzipped=False)
    whole = tmp_path / "whole.warc.gz"
    whole.write_bytes(gzip.compress(plain.read_bytes()))
    by_record = write_warc(tmp_path / "records.warc.gz")
    assert [d.id for d in load_documents([str(whole)])[0]] == [d.id for d in load_documents([str(by_record)])[0]] \
        == [PAGE_URI, SECOND_URI]


@pytest.mark.parametrize(("responses", "revisits", "holds"), [
    ([("https://x.example/a.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF", "image/jpeg", "200 OK"),
      ("https://x.example/style.css", b"body { margin: 0 }\n", "text/css", "200 OK")], [],
     "its 2 records: 1 image/jpeg response, 1 text/css response"),
    ([], [PAGE_URI], "its 1 record: 1 revisit record"),
])
def test_an_archive_without_pages_is_skipped_saying_what_it_holds(tmp_path, responses, revisits, holds):
    path = write_crawl(tmp_path / "nopages.warc.gz", responses, revisits=revisits)
    assert load_documents([str(path)]) == ([], [Skipped(str(path), f"no HTML pages in it ({holds})")])


def test_an_archive_cut_in_its_first_record_says_so_in_plain_words(tmp_path):
    # A response record with no target URI, cut short: warcio fails inside its parser (an AttributeError).
    path = tmp_path / "short.warc"
    path.write_bytes(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999\r\n\r\n"
                     b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body><p>Hello")
    assert load_documents([str(path)]) == ([], [Skipped(
        str(path), "truncated or corrupt archive: its first record cannot be read (malformed WARC record headers)")])


@pytest.mark.parametrize("gzipped", [True, False])
def test_a_truncated_archive_still_says_what_it_passed_over(tmp_path, caplog, gzipped):
    # A crawl cut short in its last page: the damage was said, but its request and image records before it were
    # passed over without a word (an undamaged archive counts them in a warning).
    path = write_warc(tmp_path / ("cut.warc.gz" if gzipped else "cut.warc"), gzipped=gzipped)
    truncate(path, 0.97)
    with caplog.at_level("WARNING", logger="diffsrc"):
        docs, skipped = load_documents([str(path)])
    assert PAGE_URI in [d.id for d in docs]
    assert any(s.reason.startswith("truncated or corrupt archive") for s in skipped)
    assert ("passed over 3 records that are neither page nor text: 1 image/png response, 1 request record, "
            "1 warcinfo record") in caplog.text


def test_an_archive_cut_in_its_first_records_headers_is_damaged_not_empty(tmp_path):
    # Cut inside the first record's WARC headers, warcio reads no record at all: it was called "no records in it".
    path = write_crawl(tmp_path / "cut.warc", [(PAGE_URI, PAGE, "text/html", "200 OK")], gzipped=False)
    path.write_bytes(path.read_bytes()[:200])
    assert load_documents([str(path)]) == ([], [Skipped(
        str(path), "truncated or corrupt archive: its first record cannot be read (malformed WARC record headers)")])


@pytest.mark.parametrize("content", [b"", b"\r\n\r\n", gzip.compress(b"", mtime=0)],
                         ids=["empty", "blank lines", "gzipped empty"])
def test_an_empty_archive_is_an_empty_document_not_a_damaged_one(tmp_path, content):
    # A crawler that wrote nothing: said as an empty JSON Lines dump is, not "truncated or corrupt archive".
    path = tmp_path / ("empty.warc.gz" if content[:2] == b"\x1f\x8b" else "empty.warc")
    path.write_bytes(content)
    assert load_documents([str(path)]) == ([], [Skipped(str(path), "empty document (no records)")])


@pytest.mark.parametrize("line", ['{"id": "x", "text": ', '{"id": "x", "text": "A story."', '{"id": "x",'])
def test_a_line_cut_short_says_the_column_it_ends_at(tmp_path, line):
    # json read past the line's newline and named "column 1" (of the line after): no use for finding the damage.
    path = tmp_path / "cut.jsonl"
    path.write_text('{"id": "a", "text": "Ministers met on Tuesday."}\n' + line + "\r\n", encoding="utf-8")
    assert load_documents([str(path)])[1] == [Skipped(
        f"{path}:line 2", f"not valid JSON (the line ends before the JSON does, at column {len(line) + 1})")]


def test_an_uncompressed_warc_reads_the_same(tmp_path):
    path = write_warc(tmp_path / "crawl.warc", gzipped=False)
    docs, _ = load_documents([str(path)])
    assert [d.id for d in docs] == [PAGE_URI, SECOND_URI]


def test_an_arc_file_is_read(tmp_path):
    docs, skipped = load_documents([str(write_arc(tmp_path / "old.arc"))])
    assert [d.id for d in docs] == [PAGE_URI] and not skipped


@pytest.mark.parametrize("keep", [0.55, 0.8, 0.97])
@pytest.mark.parametrize("gzipped", [True, False])
def test_a_truncated_warc_keeps_the_records_before_the_damage_and_says_so(tmp_path, crawl, keep, gzipped):
    path = tmp_path / ("cut.warc.gz" if gzipped else "cut.warc")
    shutil.copy(crawl, path) if gzipped else write_warc(path, gzipped=False)
    truncate(path, keep)
    docs, skipped = load_documents([str(path)])
    assert PAGE_URI in [d.id for d in docs]
    damage = [s for s in skipped if s.path == str(path)]
    assert len(damage) == 1 and damage[0].reason.startswith("truncated or corrupt archive")
    assert "the records before it were read" in damage[0].reason


def test_a_file_called_warc_that_is_not_an_archive(tmp_path):
    path = tmp_path / "fake.warc"
    path.write_text("Just some words, not an archive.\n")
    docs, skipped = load_documents([str(path)])
    assert docs == [] and len(skipped) == 1 and skipped[0].reason.startswith("not a readable WARC/ARC archive")


def test_missing_warc_extra_names_the_pip_command(crawl, monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "warcio.archiveiterator", None)
    docs, skipped = load_documents([str(crawl)])
    assert docs == [] and skipped == [Skipped(str(crawl), 'reading WARC/ARC archives needs the warc extra: '
                                                          'pip install "diffsrc[warc]"')]


def test_a_runaway_jsonl_line_is_skipped_without_losing_the_next(tmp_path, monkeypatch):
    import diffsrc.load.records as records

    monkeypatch.setattr(records, "MAX_RECORD_BYTES", 1000)
    path = tmp_path / "runaway.jsonl"
    path.write_text(jsonl({"id": "big", "text": "word " * 2000}, {"id": "ok", "text": "Police said nobody was hurt."}))
    docs, skipped = load_documents([str(path)])
    assert [d.id for d in docs] == ["ok"]
    assert skipped == [Skipped(f"{path}:line 1", "line longer than 1000 bytes")]


def test_a_null_text_is_called_null_not_missing(tmp_path):
    path = tmp_path / "dump.jsonl"
    path.write_text(jsonl({"id": "a", "text": None}, {"id": "b"}), encoding="utf-8")
    docs, skipped = load_documents([str(path)])
    assert docs == [] and [s.reason for s in skipped] == ["the 'text' field is null", "no 'text' field"]


def test_a_jsonl_record_holding_a_whole_page_is_read_as_the_page(tmp_path):
    """A scraper that stored pages, not text: the page's tags, menus and cookie banner became the article."""
    pytest.importorskip("trafilatura")
    from .warc_fixtures import PAGE

    path = tmp_path / "scraped.jsonl"
    records = [{"id": "ferry", "text": PAGE.decode("utf-8"), "outlet": "Gazette (syndicated)"},
               {"id": "plain", "text": "Ministers met on Tuesday to agree the budget for the coming year."}]
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    docs, skipped = load_documents([str(path)])
    assert not skipped
    page, plain = docs
    # The record's outlet wins; the page's date, to the minute.
    assert (page.title, page.outlet, page.date) == (
        "Council backs new night ferry to the islands", "Gazette (syndicated)", "2025-03-14T09:30:00Z")
    assert page.text.startswith("Council backs new night ferry to the islands\n\nThe city council voted on Thursday")
    assert not any(bit in page.text for bit in ("<", "We use cookies", "window.analytics"))
    assert plain.text == records[1]["text"]


@pytest.mark.parametrize("delimiter", [";", "\t", "|"])
def test_a_csv_export_with_semicolons_or_tabs_is_read(tmp_path, delimiter):
    """Excel writes ';' where the decimal mark is a comma: such an export was refused as having no 'text' column."""
    path = tmp_path / "export.csv"
    rows = [["id", "outlet", "text"], ["a", "El Diario", "El Gobierno aprobó el martes un gasto de 1,5 millones."],
            ["b", "La Voz", "La policía detuvo a dos hombres, de 23 y 31 años; ambos quedaron en libertad."]]
    path.write_text("\n".join(delimiter.join(f'"{cell}"' if delimiter in cell else cell for cell in row)
                              for row in rows) + "\n", encoding="utf-8")
    docs, skipped = load_documents([str(path)])
    assert not skipped
    assert [(d.id, d.outlet, d.text) for d in docs] == [tuple(row) for row in rows[1:]]


def test_an_updated_capture_is_a_version_of_its_own_and_a_corpus_run_shows_the_update(tmp_path):
    """An archivist following an updated story lost the update: the capture with it was skipped as a duplicate."""
    pytest.importorskip("warcio")
    pytest.importorskip("trafilatura")
    from diffsrc import compare

    from .warc_fixtures import PAGE, PAGE_URI, write_crawl

    update = "tickets will cost five euros for adults and two for children, the mayor's office confirmed on Saturday."
    updated = PAGE.replace(b"</article>", f"<p>Update: {update}</p></article>".encode())
    path = write_crawl(tmp_path / "crawl.warc.gz", [(PAGE_URI, PAGE, "text/html", "200 OK"),
                                                    (PAGE_URI, PAGE, "text/html", "200 OK"),
                                                    (PAGE_URI, updated, "text/html", "200 OK"),
                                                    (PAGE_URI, updated, "text/html", "200 OK")])
    docs, skipped = load_documents([str(path)])
    captured = _warc_dates(path)
    assert [d.id for d in docs] == [PAGE_URI, f"{PAGE_URI}@{captured[2]}"]
    assert update in docs[1].text and update not in docs[0].text
    assert [s.reason for s in skipped] == ["duplicate capture (first in record 1; kept the first)",
                                           "duplicate capture (first in record 3; kept the first)"]
    report = compare(docs[0], docs[1])
    assert report.verdict == "wholly-derived"
    assert [s.label for s in report.target_sentences if update in s.text] == ["added"]


def _warc_dates(path):
    from warcio.archiveiterator import ArchiveIterator

    with open(path, "rb") as stream:
        return [r.rec_headers.get_header("WARC-Date") for r in ArchiveIterator(stream) if r.rec_type == "response"]


@pytest.mark.parametrize("data, columns", [(b"\r\x01", "none"), (b"id,te\rxt\n1,Hello\n", "id, te")])
def test_a_csv_with_a_stray_carriage_return_in_its_first_line_is_skipped_with_a_reason(tmp_path, data, columns):
    """The delimiter sniffing fed the csv module a header line holding a bare CR: a traceback (found by fuzzing)."""
    path = tmp_path / "dump.csv"
    path.write_bytes(data)
    docs, skipped = load_documents([str(path)])
    assert not docs and [s.reason for s in skipped] == [f"CSV has no 'text' column (columns: {columns})"]


def test_the_csv_header_line_ends_where_str_splitlines_would_end_it():
    from diffsrc.load.records import _LINE_BREAK

    breaks = {c for c in map(chr, range(0x110000)) if len(f"a{c}b".splitlines()) == 2}
    assert {c for c in map(chr, range(0x110000)) if _LINE_BREAK.match(c)} == breaks


def test_a_json_true_id_is_true_and_an_object_for_a_title_is_said_not_dropped(tmp_path, caplog):
    # A trial: "id": true became the id "True" (Python's spelling), and "title": {"x": 1} was dropped without a word.
    import logging

    from diffsrc.load.read import iter_path

    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"id": True, "title": {"x": 1}, "outlet": ["a"], "text": "The minister said the "
                                "budget would rise again next year, according to officials in the capital."}) + "\n",
                    encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="diffsrc"):
        [record] = list(iter_path(str(path)))
    assert record["id"] == "true" and record.get("title") is None
    assert f"{path}:line 1: 'title' is not a string or a number (dict); not used" in caplog.text
    assert "'outlet' is not a string or a number (list)" in caplog.text
