from __future__ import annotations

import codecs
import logging
from pathlib import Path

import pytest

from diffsrc import Document, InputError, compare
from diffsrc.document import load_documents
from diffsrc.load.decode import decode_bytes
from diffsrc.text.prepare import prepare

ARTICLE = "Ministers met on Tuesday.\nThey agreed a deal on defence spending.\n"


@pytest.mark.parametrize(
    "data, encoding",
    [
        (ARTICLE.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + ARTICLE.encode("utf-8"), "utf-8-sig"),
        (codecs.BOM_UTF16_LE + ARTICLE.encode("utf-16-le"), "utf-16"),
        (codecs.BOM_UTF16_BE + ARTICLE.encode("utf-16-be"), "utf-16"),
    ],
)
def test_unicode_encodings_decode_to_the_same_text(data, encoding):
    text, used = decode_bytes(data, "a.txt")
    assert used == encoding
    assert text.lstrip("\ufeff") == ARTICLE


def test_windows_1252_falls_back_with_a_warning_naming_the_file(tmp_path, caplog):
    path = tmp_path / "latin.txt"
    path.write_bytes("The minister said \u201cno\u201d to the \u00a35m caf\u00e9 deal.\n".encode("cp1252"))
    with caplog.at_level(logging.WARNING, logger="diffsrc"):
        doc = Document.from_path(path)
    assert "\u201cno\u201d" in doc.text and "\u00a35m caf\u00e9" in doc.text
    assert doc.encoding == "cp1252"
    assert any("latin.txt" in r.getMessage() for r in caplog.records)


@pytest.mark.parametrize("newline", ["\r\n", "\r", "\x85", "\u2028"])
def test_line_endings_are_normalised(newline):
    doc = Document.from_text(ARTICLE.replace("\n", newline))
    assert doc.text == ARTICLE


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16", "cp1252"])
def test_stray_controls_are_dropped_and_counted_in_every_encoding(encoding):
    # Controls are found on the text's UTF-8 bytes: beyond ASCII (a curly quote, a pound sign, "é") is no control,
    # and a control next to one is still dropped, whatever encoding the file was in.
    dirty = "The \x07minister\u2019s \xa35m caf\xe9\x1b deal\x7f.\r\nThey\x0b agreed.\r"
    clean = "The minister\u2019s \xa35m caf\xe9 deal.\nThey agreed.\n"
    text, _ = decode_bytes(dirty.encode(encoding), "a.txt")
    assert Document.from_text(text).text.lstrip("\ufeff") == clean
    with pytest.raises(InputError, match="mostly control characters"):
        decode_bytes(("\x07\u2019" * 40).encode("utf-8"), "b.txt")


def test_ids_default_to_file_name_and_text_hash(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(ARTICLE)
    assert Document.from_path(path).id == "story.txt"
    assert Document.from_text(ARTICLE).id == Document.from_text(ARTICLE).id
    assert Document.from_text(ARTICLE, id="x").id == "x"


@pytest.mark.parametrize(
    "make, reason",
    [
        (lambda p: p, "no such file"),
        (lambda p: (p.mkdir(), p)[1], "is a directory"),
        (lambda p: (p.write_text("  \n\t \n"), p)[1], "empty document"),
        (lambda p: (p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), p)[1], "binary file"),
        (lambda p: (p.write_bytes(bytes(range(1, 32)) * 40), p)[1], "binary file"),
    ],
)
def test_bad_inputs_raise_input_error_naming_the_file(tmp_path, make, reason):
    path = make(tmp_path / "bad.txt")
    with pytest.raises(InputError) as info:
        Document.from_path(path)
    assert reason in info.value.reason
    assert info.value.path == str(path)
    assert str(info.value).startswith(str(path) + ": ")


def test_a_page_of_only_chrome_has_no_article_text():
    doc = Document.from_text("Share\nSubscribe to our newsletter\n00:00\n", id="chrome.html")
    with pytest.raises(InputError, match="no article text"):
        prepare(doc)


def test_the_wrong_type_at_the_public_entry_points_says_what_to_pass(tmp_path):
    from pathlib import Path

    import pytest

    from diffsrc import Document, Index, compare, run_corpus, write_corpus

    seeds = Path(__file__).resolve().parents[1] / "seeds"
    doc = Document.from_path(str(next(seeds.glob("001_*"))))
    for wrong in ("Japan will build up its military.", seeds, None):
        with pytest.raises(TypeError, match=r"expected a Document.*Document\.from_path\(path\)"):
            compare(wrong, doc)
    with pytest.raises(TypeError, match="text must be a str, got bytes; decode the bytes"):
        Document.from_text(b"Japan will build up its military.")
    with pytest.raises(TypeError, match="text must be a str, got NoneType"):
        Document.from_text(None)
    with pytest.raises(TypeError, match=r"run_corpus takes Documents, got str"):
        run_corpus([str(seeds)])
    with Index.open(tmp_path / "seen.db") as index:
        for method in (index.add, index.check):
            with pytest.raises(TypeError, match=r"takes an iterable of documents"):
                method(doc)
            with pytest.raises(TypeError, match=r"takes an iterable of documents"):
                method(str(seeds))
        with pytest.raises(TypeError, match="expected a Document, got str"):
            index.query("Japan will build up its military.")
    # One path given as a string is one input (it was read letter by letter, '/' among them).
    result = write_corpus(str(seeds), tmp_path / "out")
    assert len(result.documents) == 5


def test_documents_from_a_dataframes_records_are_checked_as_from_text_checks_them(tmp_path):
    # A data journalist's trial: `[Document(**r) for r in df.to_dict("records")]` put NaN into a report's JSON
    # (not valid JSON) and a None text failed with an AttributeError deep in cleaning.
    import datetime
    import json

    import pandas as pd

    seeds = Path(__file__).resolve().parents[1] / "seeds"
    texts = [p.read_text(encoding="utf-8") for p in sorted(seeds.glob("00[01]_*"))]
    frame = pd.DataFrame([{"id": "rewrite", "text": texts[0], "title": None, "date": None},
                          {"id": "wire", "text": texts[1], "title": "Japan", "date": "2025-10-22"}])
    rewrite, wire = (Document(**r) for r in frame.to_dict("records"))
    assert (rewrite.title, rewrite.date) == (None, None)  # pandas' NaN for a missing cell
    report = compare(wire, rewrite).to_dict()
    assert json.loads(json.dumps(report, allow_nan=False))["target"]["title"] is None
    with pytest.raises(TypeError, match="document 'n': text must be a str, got NoneType"):
        Document(id="n", text=None)
    with pytest.raises(TypeError, match="a document id must be a str, got int"):
        Document(id=3, text="The council met.")
    with pytest.raises(TypeError, match="outlet must be a str or None, got int"):
        Document(id="d", text="The council met.", outlet=7)
    assert Document(id="d", text="The council met.", date=datetime.date(2025, 10, 22)).date == "2025-10-22"


def test_library_misuse_is_said_plainly_not_by_an_error_from_deep_inside(tmp_path):
    # A data journalist's trial of the Python API: a closed result, a closed index, options of the other kind, a
    # generator of documents, a threshold given as text or as 0.
    from diffsrc import CompareOptions, CorpusOptions, DiffsrcError, Index, run_corpus
    from diffsrc.errors import IndexStoreError

    seeds = Path(__file__).resolve().parents[1] / "seeds"
    docs = [Document.from_path(p) for p in sorted(seeds.glob("00[013]_*"))]
    with run_corpus(d for d in docs) as result:  # any iterable of documents
        assert len(result.docs) == 3
    with pytest.raises(DiffsrcError, match="the corpus result is closed"):
        _ = result.provenance
    with pytest.raises(TypeError, match=r"options must be a CorpusOptions, not CompareOptions \(give it as "
                                        r"CorpusOptions\(compare=\.\.\.\)\)"):
        run_corpus(docs, options=CompareOptions())
    with pytest.raises(ValueError, match=r"near_duplicate_threshold must be in \(0, 1\], not 0"):
        CorpusOptions(near_duplicate_threshold=0.0)
    with pytest.raises(TypeError, match="threshold must be a number, not str '0.8'"):
        Index.open(tmp_path / "a.db", threshold="0.8")
    with Index.open(tmp_path / "seen.db") as index:
        index.add(docs[:1])
        checked = index.check(docs[:1])
    assert "<table" in checked._repr_html_() and "already-indexed" in checked._repr_html_()
    with pytest.raises(IndexStoreError, match="index is closed"):
        index.check(docs[:1])


def test_tuning_knobs_out_of_range_or_of_the_wrong_type_are_refused_naming_the_knob():
    """A service passing a request's knobs on: a bad one used to be taken (max_sentences=0 called a text
    non-derived from itself, derived_threshold=2 went through) or to fail deep in numpy (a string); a dict for
    options failed with an AttributeError."""
    from diffsrc import CompareOptions, compare

    doc = Document.from_text("The council approved a night ferry to the islands on Tuesday. The service will cost 4 "
                             "million euros a year.", id="wire")
    for knobs, error, message in [
        ({"max_sentences": 0}, ValueError, "CompareOptions.max_sentences must be at least 1, not 0"),
        ({"derived_threshold": 2}, ValueError, r"CompareOptions.derived_threshold must be in \[0, 1\], not 2"),
        ({"link_max": -1}, ValueError, "CompareOptions.link_max must be at least 1"),
        ({"derived_threshold": "0.5"}, TypeError, "CompareOptions.derived_threshold must be a number, not str"),
        ({"link_max": 2.5}, TypeError, "CompareOptions.link_max must be an integer"),
        ({"findings": "no"}, TypeError, "CompareOptions.findings must be True or False"),
    ]:
        with pytest.raises(error, match=message):
            CompareOptions(**knobs)
    with pytest.raises(TypeError, match="options must be a CompareOptions, not dict"):
        compare(doc, doc, options={"findings": False})
    assert compare(doc, doc, options=CompareOptions(max_sentences=1, derived_threshold=0.6)).verdict == "wholly-derived"
    assert "Attributes:" in CompareOptions.__doc__ and "verbatim_min_copied" in CompareOptions.__doc__


def test_a_lone_surrogate_from_python_becomes_a_replacement_character_and_the_report_encodes_as_utf8():
    # A service's request can hold one (a JSON body with "\ud800"); the report's JSON then failed to encode as UTF-8.
    import json

    from diffsrc import compare

    doc = Document.from_text("The caf\ud800 costs five pounds, the owner said.\n\nIt opened in May.", id="a")
    assert doc.text.startswith("The caf\ufffd costs")
    json.dumps(compare(doc, doc).to_dict(), ensure_ascii=False).encode("utf-8")


def test_one_path_given_as_a_str_or_a_path_is_one_input(tmp_path, monkeypatch):
    # A library user's trial: load_documents("a.txt") read "a", ".", "t", "x", "t" (the folder "." among them),
    # and given "/path/to/file" it walked the whole file system.
    monkeypatch.chdir(tmp_path)
    (tmp_path / "sub").mkdir()
    text = "The council voted to fund a night ferry to the islands from next spring, its leader said.\n"
    (tmp_path / "a.txt").write_text(text)
    (tmp_path / "sub" / "b.txt").write_text(text)
    assert [d.id for d in load_documents("a.txt")[0]] == ["a.txt"] and load_documents("a.txt")[1] == []
    assert [d.id for d in load_documents(Path("sub"))[0]] == ["b.txt"]
    with pytest.raises(TypeError, match="got bytes"):
        load_documents(b"a.txt")
    with pytest.raises(TypeError, match="got NoneType"):
        load_documents(["a.txt", None])


def test_metadata_from_a_dataframe_row_missing_values_are_none_and_wrong_types_are_refused():
    # A library user's trial: date=np.nan became the date "nan", outlet=np.nan failed at compare time with an
    # AttributeError, outlet=pd.NA with "boolean value of NA is ambiguous", and id=123 gave a report that fails its
    # schema.
    import numpy as np
    import pandas as pd

    text = "The council voted to fund a night ferry to the islands from next spring, its leader said."
    doc = Document.from_text(text, id="row", date=np.nan, outlet=pd.NA, title=None, url=float("nan"))
    assert (doc.date, doc.outlet, doc.title, doc.url) == (None, None, None, None)
    assert compare(doc, doc).to_dict()["source"]["outlet"] is None
    assert Document.from_text(text, date=pd.Timestamp("2025-03-04")).date == "2025-03-04T00:00:00"
    with pytest.raises(TypeError, match="outlet must be a str or None, got list"):
        Document.from_text(text, outlet=["x"])
    with pytest.raises(TypeError, match="a document id must be a str, got int"):
        Document.from_text(text, id=123)
    with pytest.raises(InputError, match="cannot be empty"):
        Document.from_text(text, id="")


@pytest.mark.parametrize(("knobs", "error", "message"), [
    ({"jobs": 0}, ValueError, "CorpusOptions.jobs must be at least 1, not 0"),
    ({"jobs": "2"}, TypeError, "CorpusOptions.jobs must be an integer, not str '2'"),
    ({"near_duplicate_threshold": 5}, ValueError, "CorpusOptions.near_duplicate_threshold must be in [0.0, 1.0]"),
    ({"rare_share": "x"}, TypeError, "CorpusOptions.rare_share must be a number"),
    ({"formats": ("pdf",)}, ValueError, "CorpusOptions.formats must be a tuple of json, markdown, html"),
    ({"compare": {"findings": False}}, TypeError, "CorpusOptions.compare must be a CompareOptions"),
])
def test_corpus_options_name_the_knob_that_is_wrong(knobs, error, message):
    # A library user's trial: jobs=0, jobs=-1 and a threshold of 5 were accepted silently, jobs="2" failed deep
    # in the workers, formats=("pdf",) with a bare KeyError.
    from diffsrc.settings import CorpusOptions

    with pytest.raises(error) as info:
        CorpusOptions(**knobs)
    assert str(info.value).startswith(message)


@pytest.mark.parametrize("path", [b"/tmp/a.txt", None, 3])
def test_from_path_refuses_what_is_not_a_path_saying_so(path):
    # A library user's trial: bytes gave "AttributeError: 'bytes' object has no attribute 'encode'" from errors.py.
    with pytest.raises(TypeError, match="path must be a str or a path, got"):
        Document.from_path(path)


def test_a_date_that_reads_two_ways_is_said_in_the_documents_warnings():
    # A library user's trial: the warning went to a logger a library caller never sees; Document.warnings was empty.
    text = "The council voted to fund a night ferry to the islands from next spring, its leader said."
    doc = Document.from_text(text, id="x", date="03/04/1999")
    assert doc.date == "03/04/1999"
    assert doc.warnings == ["x: date '03/04/1999' is ambiguous (3 April or March 4; write it as YYYY-MM-DD); kept as "
                            "written, it orders nothing"]
    assert Document.from_text(text, id="y", date="1999-04-03").warnings == []
