"""Property-based fuzzing of the loader, the cleaner, the segmenter and a comparison: whatever the input, the only
exception is a `DiffsrcError` with a reason, and nothing hangs.

Each example runs under an alarm of `BOUND` seconds (a hang detector, far above the milliseconds an example takes).
"""

from __future__ import annotations

import os
import signal
from contextlib import contextmanager
from functools import lru_cache

from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st

from diffsrc import DiffsrcError, Document, compare
from diffsrc.load.decode import decode_bytes, split_front_matter
from diffsrc.text.clean import clean_text, split_paragraphs
from diffsrc.text.prepare import prepare
from diffsrc.text.segment import segment_paragraphs, split_sentences, surface_tokens

BOUND = 20

# DIFFSRC_FUZZ_EXAMPLES=5000 runs a longer hunt locally; the suite uses 150 examples per property.
FUZZ = settings(max_examples=int(os.environ.get("DIFFSRC_FUZZ_EXAMPLES", "150")), deadline=None, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@contextmanager
def time_bound(seconds: int = BOUND):
    def expired(signum, frame):
        raise AssertionError(f"no result within {seconds} s (a hang or runaway work)")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


# Text that looks enough like news to reach every branch: words, sentence ends in several scripts, quotes,
# wire marks, datelines, chrome, separators, and the characters hostile files are made of.
PIECES = st.sampled_from([
    "The", "minister", "said", "Tuesday", "U.S.", "Oct.", "27", "£5m", "3.5%", "per cent", "(AP)", "TOKYO", "—",
    ".", ". ", "!", "?", "...", "\u2026", ",", ";", ":", '"', "\u201c", "\u201d", "'", "\u2019", "(", ")", "<",
    "\u00b6",
    " ", "  ", "\t", "\n", "\n\n", "\r\n", "\r", "\u2028", "\x85", "\x00", "\x07", "\x1b", "\ufeff",
    "Share", "Subscribe", "Home > News >", "Copyright 2025", "By Jane Smith", "www.example.com",
    "\u05e9\u05dc\u05d5\u05dd", "\u0645\u0631\u062d\u0628\u0627", "\u061f", "\u200f", "\u202e",
    "e\u0301", "\u0308",
    "\U0001f600", "\U0001f1ef\U0001f1f5", "\u200d", "\u65e5\u672c", "\u3002", "\uff01", "\uff1f", "\u300c", "\u300d",
    "\u0915\u0940", "\u0964", "---", "title: x",
])
NEWSY = st.lists(PIECES, max_size=120).map("".join)
ANY_TEXT = st.one_of(st.text(max_size=400), st.text(st.characters(codec="utf-8"), max_size=400), NEWSY)


def _use(doc: Document) -> None:
    """Everything a report needs from a document."""
    doc = prepare(doc)
    assert isinstance(doc.sentences, list) and isinstance(doc.body_text, str)
    assert all(v is None or isinstance(v, str) for v in (doc.title, doc.outlet, doc.date,
                                                         doc.credit, doc.dateline))


@FUZZ
@given(st.binary(max_size=2000))
def test_loader_on_random_bytes(data):
    with time_bound():
        try:
            text, encoding = decode_bytes(data, "fuzz.bin")
        except DiffsrcError as exc:
            assert exc.reason and exc.path == "fuzz.bin"
            return
        assert isinstance(text, str) and encoding
        try:
            _use(Document.from_text(text, id="fuzz"))
        except DiffsrcError as exc:
            assert exc.reason


@FUZZ
@given(ANY_TEXT)
def test_document_cleaner_and_segmenter_on_any_text(text):
    with time_bound():
        try:
            doc = Document.from_text(text)
        except DiffsrcError as exc:
            assert exc.reason == "empty document (no text)"
            return
        cleaned = clean_text(doc.text)
        for paragraph in cleaned.paragraphs:
            assert paragraph.text.strip()
        sentences = segment_paragraphs(cleaned.paragraphs)
        assert all(s.text.strip() for s in sentences)
        assert [s.index for s in sentences] == list(range(len(sentences)))
        split_paragraphs(doc.text)
        split_front_matter(doc.text)
        for s in sentences:
            split_sentences(s.text)
            surface_tokens(s.text)


@FUZZ
@given(NEWSY, NEWSY)
def test_comparison_of_any_two_texts(a, b):
    with time_bound():
        try:
            report = compare(Document.from_text(a, id="a"), Document.from_text(b, id="b")).to_dict()
        except DiffsrcError as exc:
            assert exc.reason
            event("unusable input")
            return
        event("compared")
        summary = report["summary"]
        assert 0.0 <= summary["target_derived_share"] <= 1.0 and 0.0 <= summary["source_retained_share"] <= 1.0


@FUZZ
@given(st.text(st.characters(blacklist_categories=("Cs",)), max_size=300))
def test_a_document_compared_with_itself_is_wholly_derived(text):
    with time_bound():
        try:
            doc = prepare(Document.from_text(text, id="same"))
            assert doc.sentences is not None
        except DiffsrcError:
            return
        report = compare(doc, doc).to_dict()
        assert report["summary"]["added"] == 0 and report["summary"]["omitted"] == 0


SUFFIXES = st.sampled_from([".txt", ".jsonl", ".csv", ".html", ".warc", ".txt.gz", ".warc.gz", ""])
FILE_BYTES = st.one_of(
    st.binary(max_size=3000),
    NEWSY.map(lambda s: s.encode("utf-8", "surrogatepass")),
    st.lists(st.one_of(NEWSY, st.sampled_from(['{"id": 1, "text": "', '"}', "{", "}", "[", "]", ",", '"text":',
                                               "id,text,title\n", '"', "WARC/1.0\r\n", "Content-Length: 12\r\n",
                                               "WARC-Type: response\r\n", "\r\n\r\n", "<html><body><p>", "</p>",
                                               "<!--", "-->", "<meta charset=latin-1>"])),
             max_size=40).map(lambda parts: "".join(parts).encode("utf-8", "surrogatepass")),
)


@FUZZ
@given(FILE_BYTES, SUFFIXES, st.booleans())
def test_any_file_in_any_format_loads_or_is_skipped_with_a_reason(data, suffix, gzipped):
    import gzip
    import tempfile
    from pathlib import Path

    from diffsrc.document import Skipped, load_documents

    with time_bound(), tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"fuzz{suffix}"
        path.write_bytes(gzip.compress(data, mtime=0) if gzipped or suffix.endswith(".gz") else data)
        docs, skipped = load_documents([str(path)])
        for doc in docs:
            _use(doc)
        assert all(isinstance(s, Skipped) and s.reason for s in skipped)


@FUZZ
@given(st.floats(min_value=0.0, max_value=1.0), st.booleans(), st.binary(max_size=64))
# A fresh clone's draw: a gzipped archive cut 41 bytes in decompresses to nothing and was called an empty document,
# as a blank archive is (since the empty-archive message), not a damaged one.
@example(keep=0.0078125, gzipped=True, junk=b"")
def test_a_web_archive_cut_or_damaged_anywhere(keep, gzipped, junk):
    import tempfile
    from pathlib import Path

    import pytest

    pytest.importorskip("warcio")
    pytest.importorskip("trafilatura")
    from diffsrc.document import load_documents

    from .warc_fixtures import PAGE_URI, SECOND_URI

    with time_bound(), tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / ("crawl.warc.gz" if gzipped else "crawl.warc")
        data = _crawl(gzipped)
        cut = int(len(data) * keep)
        path.write_bytes(data[:cut] + junk)
        docs, skipped = load_documents([str(path)])
        assert {d.id for d in docs} <= {PAGE_URI, SECOND_URI}
        assert all(s.reason for s in skipped)
        damaged = any("truncated or corrupt" in s.reason for s in skipped)
        if cut < len(data) and not junk and not damaged:
            # Cut between two records, the file is a valid shorter archive: nothing to report. So is a cut in the
            # last bytes of a gzip member (its checksum, the compressed blank lines after the record), after all of
            # the record's data: nothing is lost.
            slack = 16 if gzipped else 0
            unnoticed = f"cut at {cut} of {len(data)} went unnoticed: {skipped}"
            assert any(end - slack <= cut <= end + 4 for end in _record_ends(data)), unnoticed


@lru_cache(maxsize=2)
def _crawl(gzipped: bool) -> bytes:
    """One archive per run: record ids and dates differ between writes, and a failing example must replay."""
    import tempfile
    from pathlib import Path

    from .warc_fixtures import write_warc

    with tempfile.TemporaryDirectory() as tmp:
        return write_warc(Path(tmp) / "crawl.warc", gzipped=gzipped).read_bytes()


def _record_ends(data: bytes) -> list[int]:
    """Where each record of an archive ends (before the blank lines that separate uncompressed records)."""
    from io import BytesIO

    from warcio.archiveiterator import ArchiveIterator

    records = ArchiveIterator(BytesIO(data))
    ends = [0]
    for _ in records:
        ends.append(records.get_record_offset() + records.get_record_length())
    return ends


@FUZZ
@given(st.one_of(ANY_TEXT, st.text(st.characters(max_codepoint=0xDFFF), max_size=400)))
def test_stray_controls_are_dropped_as_the_pattern_drops_them(text: str) -> None:
    # Controls are deleted from the text's UTF-8 bytes (PA's wire copy marks each paragraph with \x19): exactly
    # what deleting every match of the pattern did, on any text (lone surrogates included).
    from diffsrc.load.decode import _CONTROL, _drop_controls

    assert _drop_controls(text) == _CONTROL.sub("", text)
