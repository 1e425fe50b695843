"""Inputs: the format is read from the file, a bad input is a named skip, and the rest of the run goes on."""

from __future__ import annotations

import contextlib
import csv
import gzip
import io
import json
import os
import sys

import pytest

from diffsrc import Document, InputError
from diffsrc.document import Skipped, load_documents
from diffsrc.load.decode import split_front_matter
from diffsrc.load.paths import expand_paths
from diffsrc.load.read import load_path, sniff_format
from diffsrc.text.prepare import prepare

ARTICLE = (
    "Ministers met on Tuesday to agree the budget.\n\n"
    "The finance minister said the deal would cut borrowing by a third over five years.\n"
)


def write(path, text: str | bytes):
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, str):
        path.write_text(text, encoding="utf-8")
    else:
        path.write_bytes(text)
    return path


# --- front matter ---------------------------------------------------------------------------------------------


def test_front_matter_fills_metadata_and_is_not_article_text(tmp_path):
    path = write(tmp_path / "story.txt", "---\ntitle: \"Budget agreed\"\noutlet: The Daily Ledger\n"
                 "date: 22 October 2025\nurl: https://ledger.example/budget\nauthor: Jo Bloggs\n---\n" + ARTICLE)
    doc = Document.from_path(path)
    assert (doc.title, doc.outlet, doc.date, doc.url, doc.author) == (
        "Budget agreed", "The Daily Ledger", "2025-10-22", "https://ledger.example/budget", "Jo Bloggs")
    assert doc.text == ARTICLE
    assert "title:" not in " ".join(s.text for s in prepare(doc).sentences)


def test_a_byline_given_as_the_author_is_the_name_reports_show(tmp_path):
    # Front matter, a record's field, a DataFrame row: the author is read as a byline when the document is made,
    # so the API and the reports name one author (a desk and an agency are no part of it, a staff credit no one).
    path = write(tmp_path / "story.txt", "---\nbyline: By JANE SMITH, Crime Correspondent, PA News\n---\n" + ARTICLE)
    doc = Document.from_path(path)
    assert doc.author == prepare(doc).author == "Jane Smith"
    assert Document(id="row", text=ARTICLE, author="Staff and agencies").author is None
    assert Document.from_text(ARTICLE, author="Peter Beal; Chris Marritt").author == "Peter Beal and Chris Marritt"


def test_three_authors_read_the_same_from_a_record_and_from_a_page():
    # A record's byline and a page's author, both "A; B; C" as trafilatura and CMSs join them: the reports of the
    # two name them alike, and a document made again from a document's fields keeps its author.
    byline = "Jane Smith; John Doe; Ana Ruiz"
    page = Document.from_html(f'<html><head><meta name="author" content="{byline}"></head><body><article>'
                              + "".join(f"<p>{line}</p>" for line in ARTICLE.splitlines() if line.strip())
                              + "</article></body></html>", id="page.html")
    record = Document.from_text(ARTICLE, id="record", author=byline)
    assert record.author == page.author == "Jane Smith, John Doe and Ana Ruiz"
    assert Document(id="again", text=ARTICLE, author=record.author).author == record.author


def test_explicit_metadata_wins_over_front_matter(tmp_path):
    path = write(tmp_path / "story.txt", "---\noutlet: From the file\n---\n" + ARTICLE)
    assert Document.from_path(path, outlet="Given").outlet == "Given"


@pytest.mark.parametrize("text", [
    "---\n\nA rule of dashes, then prose: not front matter.\n",
    "---\ntitle: no closing fence\n" + ARTICLE,
    "--- \nnot a key value line\n---\n" + ARTICLE,
])
def test_dashes_that_are_not_front_matter_leave_the_text_alone(text):
    assert split_front_matter(text) == ({}, text)


def test_front_matter_keys_have_aliases_and_windows_line_endings(tmp_path):
    path = write(tmp_path / "s.txt", ("---\nheadline: H\nsource: S\npublished: 2025-03-14\nlink: https://x.example\n"
                                      "---\n" + ARTICLE).replace("\n", "\r\n").encode())
    doc = Document.from_path(path)
    assert (doc.title, doc.outlet, doc.date, doc.url) == ("H", "S", "2025-03-14", "https://x.example")
    assert "\r" not in doc.text


@pytest.mark.parametrize("written, read", [
    ("Tue, 21 Oct 2025 21:00:00 GMT", "2025-10-21T21:00:00Z"),
    ("Tue, 21 Oct 2025 17:00:00 -0400", "2025-10-21T17:00:00-04:00"),
    ("2025-10-22T06:00:00+09:00", "2025-10-22T06:00:00+09:00"),
    ("2025-10-22 06:00", "2025-10-22T06:00"),
    ("23/11/1999", "1999-11-23"),
    ("11/23/1999", "1999-11-23"),
    ("943315200", "1999-11-23T00:00:00Z"),
    ("22 October 2025", "2025-10-22"),
])
def test_a_date_reads_the_same_in_front_matter_jsonl_and_csv(tmp_path, written, read):
    story = write(tmp_path / "story.txt", f"---\npublisher: Ledger\npubdate: {written}\n---\n" + ARTICLE)
    dump = write(tmp_path / "dump.jsonl", json.dumps({"publisher": "Ledger", "pubdate": written, "text": ARTICLE}))
    table = io.StringIO()
    csv.writer(table).writerows([["Publisher", "pubdate", "text"], ["Ledger", written, ARTICLE]])
    rows = write(tmp_path / "rows.csv", table.getvalue())
    docs, skipped = load_documents([str(story), str(dump), str(rows)])
    assert not skipped and len(docs) == 3
    assert {(d.outlet, d.date) for d in docs} == {("Ledger", read)}


# --- choosing the format --------------------------------------------------------------------------------------


@pytest.mark.parametrize("name, head, expected", [
    ("a.txt", b"Plain words.", "text"),
    ("a.txt", b"<!DOCTYPE html><html>", "html"),
    ("page", b"\xef\xbb\xbf  <html lang=en>", "html"),
    ("a.html", b"no tags at all", "html"),
    ("a.jsonl", b'{"text": "x"}', "jsonl"),
    ("a.ndjson.gz", b'{"text": "x"}', "jsonl"),
    ("-", b'{"id": 1, "text": "x"}\n', "jsonl"),
    ("a.txt", b'{"text": "x"}', "text"),
    ("a.csv", b"id,text\n", "csv"),
    ("a.bin", b"WARC/1.1\r\n", "warc"),
    ("a.arc", b"filedesc://a.arc", "warc"),
])
def test_format_is_sniffed_from_name_and_content(name, head, expected):
    assert sniff_format(name, head) == expected


def test_gzipped_text_and_jsonl_are_read(tmp_path):
    txt = write(tmp_path / "story.txt.gz", gzip.compress(ARTICLE.encode()))
    assert Document.from_path(txt).text == ARTICLE
    jsonl = write(tmp_path / "a.jsonl.gz", gzip.compress(b'{"id": "one", "text": "Ministers met on Tuesday."}\n'))
    docs, skipped = load_documents([str(jsonl)])
    assert [d.id for d in docs] == ["one"] and not skipped


def test_truncated_gzip_text_is_a_clear_error(tmp_path):
    data = gzip.compress((ARTICLE * 200).encode())
    path = write(tmp_path / "story.txt.gz", data[: len(data) // 2])
    with pytest.raises(InputError, match="truncated or corrupt gzip"):
        Document.from_path(path)


def test_standard_input_is_read_for_dash(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(ARTICLE.encode("utf-16"))))
    doc = Document.from_path("-")
    assert doc.id == "stdin" and doc.path == "-" and doc.text == ARTICLE and doc.encoding == "utf-16"


def test_standard_input_may_be_json_lines(monkeypatch):
    lines = b'{"id": "a", "text": "Ministers met on Tuesday."}\n{"id": "b", "text": "Police said nobody was hurt."}\n'
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(lines)))
    docs, skipped = load_documents(["-"])
    assert [d.id for d in docs] == ["a", "b"] and not skipped


def test_one_document_loader_refuses_a_file_of_many(tmp_path):
    path = write(tmp_path / "a.jsonl", '{"text": "One article here."}\n{"text": "Another article here."}\n')
    with pytest.raises(InputError, match="holds 2 documents.*diffsrc corpus"):
        Document.from_path(path)


def test_a_file_of_one_record_is_one_document(tmp_path):
    path = write(tmp_path / "a.jsonl", '{"id": "only", "text": "One article here.", "outlet": "Wire"}\n')
    doc = Document.from_path(path)
    assert (doc.id, doc.outlet) == ("only", "Wire")


# --- many inputs ----------------------------------------------------------------------------------------------


def test_a_folder_yields_text_html_and_dumps_but_not_our_own_outputs(tmp_path):
    from pathlib import Path

    fixtures = Path(__file__).parent / "fixtures"
    write(tmp_path / "in" / "wire.txt", ARTICLE)
    write(tmp_path / "in" / "page.html", (fixtures / "ferry_page.html").read_bytes())
    write(tmp_path / "in" / "more.jsonl", '{"id": "j1", "text": "Police said nobody was hurt in the fire."}\n')
    write(tmp_path / "in" / "report.json", '{"alignments": [{"text": "a"}], "schema": "diffsrc.pair/1"}')
    write(tmp_path / "in" / "empty.json", "{}")
    write(tmp_path / "in" / "provenance.csv", "document,sentence,kind,label,source,text\nwire.txt,0,body,added,,A\n")
    write(tmp_path / "in" / "summary.csv", "source,target,verdict\n")
    write(tmp_path / "in" / "config.json", '[1, 2, {"name": "x"}]')
    # A researcher's exports beside them are articles: a CSV with a `text` column (semicolons, as Excel writes in
    # most of Europe), a JSON list of records, a JSON object with a `text` field.
    write(tmp_path / "in" / "part1.csv", "id;text\nc1;The ferry sailed at noon.\n")
    write(tmp_path / "in" / "part3.json", '[{"id": "l1", "text": "The council met."}, {"id": "l2", "text": "Rain."}]')
    write(tmp_path / "in" / "one.json", '{"id": "o1", "title": "Fire", "text": "A fire broke out."}')
    docs, skipped = load_documents([str(tmp_path / "in")])
    assert sorted(d.id for d in docs) == ["c1", "j1", "l1", "l2", "o1", "page.html", "wire.txt"]
    assert not skipped


def test_ids_stay_unique_across_files(tmp_path):
    write(tmp_path / "a.jsonl", '{"id": "1", "text": "Ministers met on Tuesday."}\n')
    write(tmp_path / "b.jsonl", '{"id": "1", "text": "Police said nobody was hurt."}\n')
    docs, skipped = load_documents([str(tmp_path / "a.jsonl"), str(tmp_path / "b.jsonl")])
    assert [d.id for d in docs] == ["1", "b.jsonl:1"] and not skipped


def test_mixed_encodings_in_one_corpus_all_load(tmp_path):
    text = "The caf\u00e9 owner said \u201cno\u201d to the \u00a35m offer on Tuesday.\n"
    write(tmp_path / "c" / "utf8.txt", text.encode("utf-8"))
    write(tmp_path / "c" / "bom.txt", text.encode("utf-8-sig"))
    write(tmp_path / "c" / "utf16.txt", text.encode("utf-16"))
    write(tmp_path / "c" / "cp1252.txt", text.encode("cp1252"))
    write(tmp_path / "c" / "latin1.txt", "The caf\u00e9 owner said no on Tuesday.\x81\n".encode("latin-1"))
    docs, skipped = load_documents([str(tmp_path / "c")])
    assert not skipped
    by_id = {d.id: d for d in docs}
    assert {d.encoding for d in docs} == {"utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1"}
    for name in ("utf8.txt", "bom.txt", "utf16.txt", "cp1252.txt"):
        assert by_id[name].text == text, name
    assert by_id["cp1252.txt"].warnings and "cp1252" in by_id["cp1252.txt"].warnings[0]


def test_paths_with_spaces_and_non_ascii_characters(tmp_path):
    path = write(tmp_path / "Zürich news" / "Wahl 2025 – Ergebnis ✓.txt", ARTICLE)
    doc = Document.from_path(path)
    assert doc.id == "Wahl 2025 – Ergebnis ✓.txt" and doc.path == str(path)
    docs, skipped = load_documents([str(tmp_path / "Zürich news")])
    assert [d.id for d in docs] == ["Wahl 2025 – Ergebnis ✓.txt"] and not skipped


def test_windows_line_endings_give_the_same_sentences(tmp_path):
    unix = Document.from_path(write(tmp_path / "u.txt", ARTICLE))
    windows = Document.from_path(write(tmp_path / "w.txt", ARTICLE.replace("\n", "\r\n").encode()))
    assert [s.text for s in prepare(windows).sentences] == [s.text for s in prepare(unix).sentences]


def test_a_bad_file_is_skipped_with_its_reason_and_the_rest_is_kept(tmp_path):
    good = write(tmp_path / "good.txt", ARTICLE)
    binary = write(tmp_path / "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    empty = write(tmp_path / "empty.txt", "   \n")
    docs, skipped = load_documents([str(good), str(binary), str(empty), str(tmp_path / "missing.txt")])
    assert [d.id for d in docs] == ["good.txt"]
    reasons = {s.path: s.reason for s in skipped}
    assert reasons[str(tmp_path / "missing.txt")] == "no such file"
    assert "binary" in reasons[str(binary)]
    assert "empty document" in reasons[str(empty)]


# --- links and permissions ------------------------------------------------------------------------------------


def test_a_symlink_loop_is_named_not_followed(tmp_path):
    loop = tmp_path / "loop.txt"
    os.symlink(loop, loop)
    with pytest.raises(InputError, match="symbolic link loop"):
        Document.from_path(loop)
    docs, skipped = load_documents([str(loop)])
    assert docs == [] and skipped == [Skipped(str(loop), "symbolic link loop")]


def test_links_that_go_nowhere_inside_a_folder_are_reported(tmp_path):
    folder = tmp_path / "in"
    write(folder / "good.txt", ARTICLE)
    os.symlink(folder / "a.txt", folder / "b.txt")
    os.symlink(folder / "b.txt", folder / "a.txt")
    os.symlink(folder / "nowhere.txt", folder / "dangling.txt")
    files, skipped = expand_paths([str(folder)])
    assert files == [str(folder / "good.txt")]
    assert {(os.path.basename(s.path), s.reason) for s in skipped} == {
        ("a.txt", "symbolic link loop"), ("b.txt", "symbolic link loop"),
        ("dangling.txt", "broken symbolic link (its target does not exist)"),
    }


def test_a_folder_walk_reads_subfolders_but_not_hidden_entries_or_linked_folders(tmp_path, monkeypatch):
    folder = tmp_path / "in"
    write(folder / "a.txt", ARTICLE)
    write(folder / "2024" / "05" / "b.txt", ARTICLE)
    write(folder / ".git" / "c.txt", ARTICLE)  # a hidden folder
    write(folder / ".draft.txt", ARTICLE)  # a hidden file
    write(tmp_path / "elsewhere" / "d.txt", ARTICLE)
    os.symlink(tmp_path / "elsewhere", folder / "linked")  # may loop back: not entered
    os.symlink(folder, folder / "2024" / "up")
    files, skipped = expand_paths([str(folder)])
    assert files == [str(folder / "2024" / "05" / "b.txt"), str(folder / "a.txt")] and skipped == []
    # Spelt as the folder was given: the current folder's files by their bare names.
    monkeypatch.chdir(folder)
    assert expand_paths(["."]) == (["2024/05/b.txt", "a.txt"], [])
    assert expand_paths(["2024/"]) == (["2024/05/b.txt"], [])


def test_a_pattern_enters_no_linked_folder_and_no_file_is_read_twice_through_a_link(tmp_path, monkeypatch):
    """`glob` follows linked folders: "arch/**" read arch/latest/x.txt beside arch/2025-03-14/x.txt (a CI check
    called the file a near-duplicate of itself), and a link loop read one file dozens of times, then failed."""
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "arch" / "2025-03-14" / "x.txt", ARTICLE)
    os.symlink("2025-03-14", tmp_path / "arch" / "latest")
    write(tmp_path / "tree" / "sub" / "b.txt", ARTICLE)
    os.symlink(".", tmp_path / "tree" / "sub" / "self")
    assert expand_paths(["arch/**"]) == (["arch/2025-03-14/x.txt"], [])
    assert expand_paths(["tree/**/*.txt"]) == (["tree/sub/b.txt"], [])
    # A pattern's own fixed part may be a link: that is where the user asked to look.
    assert expand_paths(["arch/latest/*.txt"]) == (["arch/latest/x.txt"], [])
    # Named both ways, a file is read once, as first named.
    assert expand_paths(["arch/latest/x.txt", "arch/2025-03-14/x.txt", "tree/sub/self/b.txt",
                         "tree/sub/b.txt"]) == (["arch/latest/x.txt", "tree/sub/self/b.txt"], [])


def test_a_subfolder_that_cannot_be_listed_is_listed_and_the_rest_is_read(tmp_path, monkeypatch):
    # Faked, since root lists any folder whatever its permissions.
    folder = tmp_path / "in"
    write(folder / "good.txt", ARTICLE)
    write(folder / "locked" / "secret.txt", ARTICLE)
    real_scandir = os.scandir

    def scandir(where):
        if os.path.basename(os.path.normpath(where)) == "locked":
            raise PermissionError(13, "Permission denied", where)
        return real_scandir(where)

    monkeypatch.setattr(os, "scandir", scandir)
    files, skipped = expand_paths([str(folder)])
    assert files == [str(folder / "good.txt")]
    assert skipped == [Skipped(str(folder / "locked"), "permission denied")]


def test_a_pipe_inside_a_folder_is_listed_not_read(tmp_path):
    folder = tmp_path / "in"
    write(folder / "good.txt", ARTICLE)
    os.mkfifo(folder / "pipe.txt")
    files, skipped = expand_paths([str(folder)])
    assert files == [str(folder / "good.txt")]
    assert skipped == [Skipped(str(folder / "pipe.txt"), "not a regular file (a pipe, socket or device)")]


def test_an_entry_that_cannot_be_looked_at_is_listed_and_the_rest_is_read(tmp_path, monkeypatch):
    # As /proc/1/cwd is, even to root: stat() itself is refused. Faked here, since root passes every chmod.
    folder = tmp_path / "in"
    write(folder / "good.txt", ARTICLE)
    write(folder / "locked.txt", ARTICLE)
    real_stat = type(folder).stat

    def stat(self, *args, **kwargs):
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real_stat(self, *args, **kwargs)

    class Entry:  # a folder entry whose type cannot be read without a stat (some file systems do not say)
        def __init__(self, entry):
            self.entry, self.name = entry, entry.name

        def is_dir(self, follow_symlinks=True):
            return self.entry.is_dir(follow_symlinks=follow_symlinks)

        def is_file(self):
            if self.name == "locked.txt":
                raise PermissionError(13, "Permission denied", self.entry.path)
            return self.entry.is_file()

        def is_symlink(self):
            return self.entry.is_symlink()

    real_scandir = os.scandir

    @contextlib.contextmanager
    def scandir(where):
        with real_scandir(where) as listing:
            yield [Entry(e) for e in listing]

    monkeypatch.setattr(type(folder), "stat", stat)
    monkeypatch.setattr(os, "scandir", scandir)
    files, skipped = expand_paths([str(folder), str(folder / "locked.txt")])
    assert files == [str(folder / "good.txt")]
    assert skipped == [Skipped(str(folder / "locked.txt"), "permission denied")] * 2


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0,
                    reason="root reads any file whatever its permissions (and so does a folder without x)")
def test_an_unreadable_file_is_permission_denied(tmp_path):
    path = write(tmp_path / "secret.txt", ARTICLE)
    path.chmod(0)
    try:
        with pytest.raises(InputError, match="permission denied"):
            Document.from_path(path)
    finally:
        path.chmod(0o644)


def test_an_unreadable_file_is_permission_denied_even_when_run_as_root(tmp_path, monkeypatch):
    # Root bypasses file modes, so the failure open() would raise for anyone else is simulated here.
    import builtins

    path = write(tmp_path / "secret.txt", ARTICLE)
    real_open = builtins.open

    def deny(file, *args, **kwargs):
        if str(file) == str(path):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", deny)
    docs, skipped = load_documents([str(path)])
    assert docs == [] and skipped == [Skipped(str(path), "permission denied")]


def test_a_directory_named_as_a_file_is_an_error(tmp_path):
    with pytest.raises(InputError, match="is a directory"):
        load_path(str(tmp_path))


def test_an_oversized_file_is_refused_without_reading_it_all(tmp_path, monkeypatch):
    import diffsrc.load.read as inputs

    monkeypatch.setattr(inputs, "MAX_DOCUMENT_BYTES", 1000)
    path = write(tmp_path / "big.txt", ARTICLE * 100)
    with pytest.raises(InputError, match="larger than"):
        Document.from_path(path)


def test_a_file_longer_than_the_first_read_is_read_whole_and_the_limit_still_holds(tmp_path, monkeypatch):
    import diffsrc.load.read as inputs

    last = "The last paragraph of a very long article ends here."
    path = write(tmp_path / "long.txt", ARTICLE * 2000 + "\n\n" + last + "\n")
    assert path.stat().st_size > 3 * inputs._FIRST_READ
    assert Document.from_path(path).text.rstrip().endswith(last)
    monkeypatch.setattr(inputs, "MAX_DOCUMENT_BYTES", 2 * inputs._FIRST_READ)
    with pytest.raises(InputError, match="larger than"):
        Document.from_path(path)


def test_a_named_pipe_is_read_like_standard_input(tmp_path):
    # What `diffsrc compare wire.txt <(curl -s URL | gzip)` hands over: a pipe, here of a gzipped article.
    import threading

    pipe = tmp_path / "fd63"
    os.mkfifo(pipe)
    writer = threading.Thread(target=lambda: pipe.write_bytes(gzip.compress(ARTICLE.encode())))
    writer.start()
    try:
        doc = Document.from_path(str(pipe))
    finally:
        writer.join(timeout=10)
    assert doc.text == ARTICLE and doc.id == "fd63"


def test_preparing_in_worker_processes_gives_the_same_documents_and_skips(tmp_path):
    from diffsrc.corpus.run import run_corpus
    from diffsrc.settings import CorpusOptions

    from .conftest import SEEDS

    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        for seed_file in sorted(SEEDS.glob("*.txt")):
            (tmp_path / folder / seed_file.name).write_bytes(seed_file.read_bytes())
    (tmp_path / "a" / "empty.txt").write_text("")
    (tmp_path / "a" / "chrome.txt").write_text("Share this article\nSubscribe\n")
    (tmp_path / "a" / "records.jsonl").write_text('{"id": "x", "text": "One story here."}\n{"id": "x", "text": "A"}\n')
    docs, skipped = load_documents([str(tmp_path)], check=False)
    serial = run_corpus(docs, skipped=skipped, options=CorpusOptions(jobs=1))
    parallel = run_corpus(docs, skipped=skipped, options=CorpusOptions(jobs=2))
    assert [(d.id, d.sentences) for d in parallel.docs] == [(d.id, d.sentences) for d in serial.docs]
    assert sorted(parallel.skipped, key=str) == sorted(serial.skipped, key=str)
    assert len(serial.docs) == 11
    assert sorted((s.path.rsplit("/", 1)[-1], s.reason.split(" (")[0]) for s in serial.skipped) == [
        ("chrome.txt", "no article text"), ("empty.txt", "empty document"), ("records.jsonl:line 2", "no article text")]


def test_a_folder_of_tables_and_notes_says_what_it_passed_over(tmp_path):
    """A folder holding only a table and notes was 'no article files', without a word about the files in it."""
    (tmp_path / "dates.csv").write_text("id,date\na,2025-03-14\n", encoding="utf-8")
    (tmp_path / "notes.md").write_text("# notes\n", encoding="utf-8")
    files, skipped = expand_paths([str(tmp_path)])
    assert files == []
    assert [(s.path, s.reason) for s in skipped] == [(str(tmp_path), (
        "folder holds no article files (1 .csv, 1 .md passed over: reports and tables are not read from a folder; "
        "a CSV or JSON dump of articles is read: it has a 'text' column or field)"))]


def test_what_a_folder_walk_passes_over_is_said_once_and_not_for_the_manifest_read_beside_it(tmp_path, caplog):
    # Passed-over files became a warning (a JSON feed in a batch folder is not read): said once even where the files
    # are counted first for a progress bar, and not for the manifest a corpus run reads from the same folder.
    import logging

    from diffsrc.corpus.output import write_corpus
    from diffsrc.document import load_documents

    write(tmp_path / "a.txt", ARTICLE)
    (tmp_path / "manifest.csv").write_text("id,date\na.txt,2025-03-14\n", encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="diffsrc"):
        load_documents([str(tmp_path)], progress=lambda done, total: None)
    assert [r.getMessage() for r in caplog.records if "passed over" in r.getMessage()] == [
        f"{tmp_path}: 1 .csv passed over: reports and tables are not read from a folder; a CSV or JSON dump of "
        "articles is read: it has a 'text' column or field"]
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="diffsrc"):
        write_corpus([str(tmp_path)], tmp_path / "out", manifest=str(tmp_path / "manifest.csv"))
    assert not [r for r in caplog.records if "passed over" in r.getMessage()]
    # Nor for a file named beside its folder, which is read (a new user's trial: "in/ in/rows.csv").
    folder = tmp_path / "in"
    folder.mkdir()
    write(folder / "a.txt", ARTICLE)
    (folder / "rows.csv").write_text("id,text\nr1,\"" + ARTICLE.replace('"', "'") + "\"\n", encoding="utf-8")
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="diffsrc"):
        docs, _ = load_documents([str(folder), str(folder / "rows.csv")])
    assert not [r for r in caplog.records if "passed over" in r.getMessage()] and len(docs) == 2
    # Named by a pattern too, the manifest is the run's, not a dump of articles (it was skipped: exit 1).
    result = write_corpus([str(tmp_path / "*")], tmp_path / "out2", manifest=str(tmp_path / "manifest.csv"))
    assert result.skipped == [] and [n["id"] for n in result.graph["nodes"]] == ["a.txt"]


def test_a_saved_pages_assets_and_a_crawls_logs_are_not_read_as_articles(tmp_path):
    """A folder saved with "Save page as, complete" or left by a crawler: its scripts, style sheets, index and log
    became documents in the graph and tables, its images skipped entries that made every run exit 1."""
    write(tmp_path / "page.txt", ARTICLE)
    assets = tmp_path / "page_files"
    assets.mkdir()
    (assets / "commercial.js").write_text("window.ads = {slot: 'top', sizes: [[728, 90]]};\n", encoding="utf-8")
    (assets / "style.css").write_text("body { font-family: serif; margin: 0 auto; }\n", encoding="utf-8")
    (assets / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    (tmp_path / "crawl.cdx").write_text(" CDX N b a m s k r M S V g\nexample.com/ 20250314 ...\n", encoding="utf-8")
    (tmp_path / "crawl.log").write_text("2025-03-14T09:30:00Z 200 1234 https://example.com/ - text/html\n")
    files, skipped = expand_paths([str(tmp_path)])
    assert [os.path.basename(f) for f in files] == ["page.txt"] and skipped == []
    (tmp_path / "page.txt").unlink()
    _, skipped = expand_paths([str(tmp_path)])
    assert skipped[0].reason == ("folder holds no article files (1 .cdx, 1 .css, 1 .js, 1 .log, 1 .png passed over: "
                                 "page assets and media are not read from a folder)")


@pytest.mark.parametrize("encoding, text", [
    ("windows-1251", "Президент России заявил во вторник, что переговоры продолжатся в Москве."),
    ("gbk", "新华社北京12月5日电 国务院总理周二表示，谈判将在北京继续进行。"),
    ("shift_jis", "共同通信によると、首相は火曜日、交渉は東京で続けられると述べた。"),
])
def test_text_in_a_non_western_legacy_encoding_is_refused_with_how_to_convert_it(tmp_path, encoding, text):
    """Read as Windows-1252, a Russian or Chinese file became gibberish, and identical texts compared as all
    added and omitted, after one warning."""
    path = tmp_path / "story.txt"
    path.write_bytes(text.encode(encoding))
    with pytest.raises(InputError, match=r"not UTF-8, and \d+% of its bytes are beyond ASCII.*convert it to UTF-8"):
        load_path(str(path))
    # Western European text in Windows-1252 is still read, with its warning.
    path.write_bytes("Le président a déclaré mardi que les négociations reprendraient à Genève.".encode("cp1252"))
    assert "président a déclaré" in load_path(str(path))["text"]


def test_random_bytes_without_a_nul_are_binary_not_a_legacy_encoding(tmp_path):
    # A CI trial: random bytes with no NUL were "not UTF-8 ... in another legacy encoding; name it (--encoding
    # windows-1251)", advice that cannot help a binary file.
    import random

    rng = random.Random(7)
    path = tmp_path / "noise.txt"
    path.write_bytes(bytes(rng.choice(range(1, 256)) for _ in range(20_000)))
    with pytest.raises(InputError, match=r"^.*binary file \(mostly control characters\), not text$"):
        load_path(str(path))


def test_utf16_without_a_byte_order_mark_says_how_to_save_it(tmp_path):
    path = tmp_path / "export.txt"
    path.write_bytes("The court in Leeds heard the case on Monday, and the jury was sent out.\n".encode("utf-16-le"))
    with pytest.raises(InputError, match="UTF-16 text without a byte order mark.*save it as UTF-8"):
        load_path(str(path))
    (tmp_path / "image.bin").write_bytes(bytes(range(256)) * 4)
    with pytest.raises(InputError, match="binary file"):
        load_path(str(tmp_path / "image.bin"))
