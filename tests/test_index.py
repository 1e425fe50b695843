from __future__ import annotations

import os
import sqlite3
import threading
from dataclasses import dataclass, replace

import numpy as np
import pytest

import diffsrc.index.store as store
import diffsrc.text.prepare as prepare
from diffsrc.document import Document
from diffsrc.errors import IndexStoreError, InputError
from diffsrc.index.fingerprint import shingle_hashes, similarity
from diffsrc.index.store import Index, fingerprint_documents
from diffsrc.settings import FingerprintParams

from .synthetic_news import make_story, paraphrase, render, reprint, trimmed


@dataclass
class Doc:
    """A stand-in with the attributes the index reads from diffsrc.Document."""

    id: str
    body_text: str
    path: str | None = None


@pytest.fixture
def index_path(tmp_path):
    return str(tmp_path / "seen.db")


def stories(n, start=0):
    return [Doc(f"story-{i}.txt", render(make_story(i)), f"wire/story-{i}.txt") for i in range(start, start + n)]


def test_add_query_and_info(index_path):
    with Index.open(index_path) as index:
        result = index.add(stories(20))
        assert result.added == [f"story-{i}.txt" for i in range(20)]
        info = index.info()
        assert info["documents"] == 20 and info["threshold"] == 0.8
        assert info["bands"] * info["rows"] <= info["num_perm"]
        story = make_story(7)
        matches = index.query(Doc("new", reprint(story, 1)))
        assert [m.id for m in matches] == ["story-7.txt"]
        assert 0.8 <= matches[0].similarity <= 1.0
        assert index.query(Doc("new", trimmed(story)))[0].containment == 1.0
        assert index.query(Doc("new", paraphrase(story, 1))) == []
        assert index.query(Doc("new", render(make_story(999)))) == []


def test_reopen_keeps_documents_and_parameters(index_path):
    with Index.open(index_path, threshold=0.9) as index:
        index.add(stories(3))
    with Index.open(index_path, create=False) as index:
        assert index.ids() == ["story-0.txt", "story-1.txt", "story-2.txt"]
        assert index.params.threshold == 0.9


def test_re_adding_unchanged_is_a_no_op_and_changed_replaces(index_path):
    with Index.open(index_path) as index:
        index.add(stories(3))
        before = index.fingerprint_rows()
        again = index.add(stories(3))
        assert again.unchanged == ["story-0.txt", "story-1.txt", "story-2.txt"] and not again.added
        assert index.fingerprint_rows() == before
        changed = Doc("story-1.txt", render(make_story(500)), "wire/story-1.txt")
        assert index.add([changed]).replaced == ["story-1.txt"]
        assert index.query(Doc("q", render(make_story(1)))) == []
        assert [m.id for m in index.query(Doc("q", render(make_story(500))))] == ["story-1.txt"]
        assert index.info()["documents"] == 3


def test_remove(index_path):
    with Index.open(index_path) as index:
        index.add(stories(3))
        assert index.remove(["story-1.txt"]) == ["story-1.txt"]
        assert index.query(Doc("q", render(make_story(1)))) == []
        with pytest.raises(IndexStoreError, match="no document with id 'nope'"):
            index.remove(["story-0.txt", "nope"])
        assert index.ids() == ["story-0.txt", "story-2.txt"]  # all or nothing
        band_docs = index._db.execute("SELECT count(DISTINCT doc) FROM bands").fetchone()[0]
        assert band_docs == 2
        # missing_ok: what is there is removed, what is not is passed over (a cleanup run twice)
        assert index.remove(["nope", "story-0.txt", "story-1.txt"], missing_ok=True) == ["story-0.txt"]
        assert index.ids() == ["story-2.txt"]


def test_names_given_to_remove_are_ids_or_the_files_documents_were_added_from(index_path, tmp_path):
    with Index.open(index_path) as index:
        index.add(stories(3))
        index.add([Doc("lead", render(make_story(7)), "wire/story-1.txt")])
        assert index.ids_named(["story-0.txt", "wire/story-1.txt", "nope", os.path.abspath("wire/story-2.txt")]) == {
            "story-0.txt": ["story-0.txt"], "wire/story-1.txt": ["lead", "story-1.txt"], "nope": [],
            os.path.abspath("wire/story-2.txt"): ["story-2.txt"]}
        with pytest.raises(InputError, match="is a folder"):
            index.ids_named([str(tmp_path)])


def test_duplicate_ids_in_one_add_are_refused(index_path):
    with Index.open(index_path) as index:
        with pytest.raises(InputError, match="same id"):
            index.add([Doc("a.txt", "one two three", "x/a.txt"), Doc("a.txt", "four five six", "y/a.txt")])
        assert index.ids() == []


def test_check_with_add_adds_clean_ones_and_sees_earlier_ones_in_the_run(index_path):
    story = make_story(3)
    docs = [
        Doc("a.txt", render(story), "new/a.txt"),
        Doc("b.txt", reprint(story, 9), "new/b.txt"),
        Doc("c.txt", render(make_story(4)), "new/c.txt"),
    ]
    with Index.open(index_path) as index:
        results = index.check(docs, add=True)
        assert [r.status for r in results] == ["clean", "near-duplicate", "clean"]
        assert [r.added for r in results] == [True, False, True]
        assert results[1].matches[0].id == "a.txt"
        assert index.ids() == ["a.txt", "c.txt"]
        # Without add, nothing is written.
        assert [r.status for r in index.check([Doc("d.txt", render(make_story(5)))])] == ["clean"]
        assert index.ids() == ["a.txt", "c.txt"]


def test_lsh_finds_what_brute_force_finds(index_path):
    """The LSH with exact verification returns exactly the brute-force near-duplicates (no false positives)."""
    corpus = stories(60)
    queries = []
    for i in range(0, 60, 3):
        story = make_story(i)
        queries += [Doc("r", reprint(story, i)), Doc("t", trimmed(story, 0.67)), Doc("p", paraphrase(story, i))]
    queries += [Doc("n", render(make_story(1000 + i))) for i in range(10)]
    with Index.open(index_path) as index:
        index.add(corpus)
        sets = {d.id: shingle_hashes(d.body_text) for d in corpus}
        found = 0
        for q in queries:
            qs = shingle_hashes(q.body_text)
            expected = sorted(i for i, s in sets.items() if similarity(qs, s).similarity >= 0.8)
            assert sorted(m.id for m in index.query(q)) == expected
            found += bool(expected)
        assert found == 40  # every reprint and trimmed reprint, no rewrite, no unrelated story
        # `check` looks its documents up in batches: the same matches, in the same order, as one query at a time.
        batched = index.check(queries)
        assert [r.matches for r in batched] == [index.query(q) for q in queries]
        # A check's matches read like the list `query` returns: indexing, slices, iteration, length.
        reprinted = batched[0].matches
        listed = index.query(queries[0])
        assert isinstance(listed, list) and len(reprinted) == len(listed) >= 1
        assert reprinted[0] == listed[0] and reprinted[-1] == listed[-1] and reprinted[:2] == listed[:2]
        assert list(reprinted) == listed and reprinted != listed + listed[:1]
        assert [r.matches for r in batched if not r.matches] == [[]] * (len(queries) - 40)


def test_threshold_rules(index_path):
    with Index.open(index_path, threshold=0.8) as index:
        index.add(stories(2))
        story = make_story(0)
        assert index.query(Doc("q", reprint(story, 1))) and not index.query(Doc("q", reprint(story, 1)), threshold=1.0)
        with pytest.raises(IndexStoreError, match="built for threshold 0.8"):
            index.query(Doc("q", render(story)), threshold=0.5)
    with pytest.raises(IndexStoreError, match="built with threshold 0.8, not 0.7"):
        Index.open(index_path, threshold=0.7)


def test_missing_index_without_create(tmp_path):
    with pytest.raises(IndexStoreError, match="no such index"):
        Index.open(tmp_path / "none.db", create=False)
    assert not (tmp_path / "none.db").exists()
    with pytest.raises(IndexStoreError, match="directory"):
        Index.open(tmp_path)


def test_text_file_is_refused_and_untouched(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("my notes\n" * 100)
    before = path.read_bytes()
    with pytest.raises(IndexStoreError, match="not a diffsrc index"):
        Index.open(path)
    assert path.read_bytes() == before
    assert sorted(os.listdir(tmp_path)) == ["notes.txt"]


def test_foreign_sqlite_database_is_refused_and_untouched(tmp_path):
    path = tmp_path / "other.db"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE t (x)")
    db.execute("INSERT INTO t VALUES (1)")
    db.commit()
    db.close()
    before = path.read_bytes()
    with pytest.raises(IndexStoreError, match="another application"):
        Index.open(path)
    assert path.read_bytes() == before


def _made_then_changed(index_path, statement: str) -> None:
    """A new, empty index, then one statement run on its SQLite file from outside diffsrc."""
    Index.open(index_path).close()
    db = sqlite3.connect(index_path)
    db.execute(statement)
    db.commit()
    db.close()


def test_other_format_version_is_refused(index_path):
    _made_then_changed(index_path, "PRAGMA user_version = 99")
    # Written by a newer diffsrc: the remedy is this one's upgrade, not a rebuild (a CI trial).
    with pytest.raises(IndexStoreError, match="format version 99, this diffsrc reads version 1; upgrade diffsrc"):
        Index.open(index_path)
    older = f"{index_path}.older.db"
    _made_then_changed(older, "PRAGMA user_version = 0")
    with pytest.raises(IndexStoreError, match="format version 0, this diffsrc reads version 1; rebuild the index"):
        Index.open(older)


def test_an_index_built_with_fingerprint_version_1_keeps_working_as_before(tmp_path):
    # Indexes built before version 2 (which reads Chinese and Japanese by character) are opened, added to and
    # checked with their own version, not refused; in English nothing of what they hold or find changes.
    old, new = str(tmp_path / "v1.db"), str(tmp_path / "v2.db")
    Index.open(old, params=FingerprintParams(version=1)).close()
    Index.open(new, params=FingerprintParams(version=2)).close()
    for path in (old, new):
        with Index.open(path) as index:  # as `index add` and `check` open it
            index.add(stories(20))
    with Index.open(old, create=False) as v1, Index.open(new, create=False) as v2:
        assert v1.info()["fingerprint_version"] == 1 and v2.info()["fingerprint_version"] == 2
        assert v1.params.version == 1
        assert v1.fingerprint_rows() == v2.fingerprint_rows()
        queries = [Doc("q1", reprint(make_story(7), 1)), Doc("q2", trimmed(make_story(3))),
                   Doc("q3", render(make_story(999)))]
        assert v1.check(queries) == v2.check(queries)
        assert [r.status for r in v1.check(queries)] == ["near-duplicate", "near-duplicate", "clean"]


def test_a_new_index_flags_a_house_style_reprint_and_a_version_2_index_answers_as_before(tmp_path):
    # Version 3 reads house styles alike ("Sept. 20" / "20 September", "20%" / "20 per cent"...): a new index
    # flags the wire story reprinted in another outlet's style; one built before keeps version 2, to the bit.
    from .test_fingerprint import HOUSE_STYLE

    wire, styled = ((HOUSE_STYLE / name).read_text(encoding="utf-8") for name in ("wire.txt", "reprint.txt"))
    old, new = str(tmp_path / "v2.db"), str(tmp_path / "v3.db")
    Index.open(old, params=FingerprintParams(version=2)).close()
    for path in (old, new):
        with Index.open(path) as index:  # as `index add` and `check` open it
            index.add([Doc("wire.txt", wire), *stories(10)])
    queries = [Doc("reprint.txt", styled), Doc("q1", reprint(make_story(7), 1)), Doc("q2", render(make_story(999)))]
    with Index.open(old, create=False) as v2, Index.open(new, create=False) as v3:
        assert v2.info()["fingerprint_version"] == 2 and v3.info()["fingerprint_version"] == 3
        assert [r.status for r in v3.check(queries)] == ["near-duplicate", "near-duplicate", "clean"]
        assert [m.id for m in v3.check(queries)[0].matches] == ["wire.txt"]
        assert [r.status for r in v2.check(queries)] == ["clean", "near-duplicate", "clean"]
        expected = fingerprint_documents([Doc("wire.txt", wire), *stories(10)], FingerprintParams(version=2))
        assert [row[3] for row in v2.fingerprint_rows()] == [
            e.fingerprint.shingles.astype("<u4").tobytes() for e in sorted(expected, key=lambda e: e.id)]


def test_an_index_made_with_small_pages_keeps_them_and_works_as_a_new_one(tmp_path, monkeypatch):
    # New indexes are made with 16 KB pages (smaller and quicker to write); one made before, with SQLite's 4 KB,
    # is added to and checked as it is, its log checkpointed at the same ~16 MB.
    import diffsrc.index.store as store

    old, new = str(tmp_path / "small.db"), str(tmp_path / "new.db")
    monkeypatch.setattr(store, "PAGE_SIZE", 4096)
    Index.open(old).close()
    monkeypatch.undo()
    for path in (old, new):
        with Index.open(path) as index:
            index.add(stories(20))
    for path, page_size in ((old, 4096), (new, 16384)):
        with Index.open(path, create=False) as index:
            assert index._db.execute("PRAGMA page_size").fetchone()[0] == page_size
            assert index._db.execute("PRAGMA wal_autocheckpoint").fetchone()[0] * page_size == 16 * 2**20
            index.verify()  # raises on a damaged file
            result = index.check([Doc("q", reprint(make_story(7), 1)), Doc("r", render(make_story(999)))])
            assert [r.status for r in result] == ["near-duplicate", "clean"]
            assert [m.id for m in result[0].matches] == ["story-7.txt"]


def test_fingerprint_version_1_reads_chinese_by_clause_and_a_new_index_by_character(tmp_path):
    from .test_fingerprint import edited_copy

    source, copy = edited_copy("zh/xinhua_source.txt")
    found = {}
    for version in (1, 2):
        with Index.open(str(tmp_path / f"v{version}.db"), params=FingerprintParams(version=version)) as index:
            index.add([Doc("xinhua.txt", source)])
            found[version] = [m.id for m in index.query(Doc("copy.txt", copy))]
    assert found == {1: [], 2: ["xinhua.txt"]}


def test_an_index_of_a_newer_fingerprint_version_is_refused(index_path):
    _made_then_changed(index_path, "UPDATE meta SET value = '4' WHERE key = 'fingerprint_version'")
    with pytest.raises(IndexStoreError, match="fingerprint version 4, this diffsrc reads versions 1, 2, 3; upgrade"):
        Index.open(index_path)


@pytest.mark.parametrize(("change", "said"), [
    # A CI trial: num_perm 64 with 42 bands of 3 rows ended in a numpy reshape traceback and exit status 1.
    ("UPDATE meta SET value = '64' WHERE key = 'num_perm'", "index parameters do not fit together .*"),
    ("UPDATE meta SET value = '0' WHERE key = 'bands'", "index parameters do not fit together .*"),
    # A new user's trial: a damaged meta page said "fingerprint version None ...; upgrade diffsrc", which cannot help.
    ("DELETE FROM meta WHERE key = 'fingerprint_version'", "index parameters are missing or invalid"),
    ("UPDATE meta SET value = 'x\x07' WHERE key = 'fingerprint_version'", "index parameters are missing or invalid"),
])
def test_an_index_whose_parameters_are_damaged_is_refused(index_path, change, said):
    _made_then_changed(index_path, change)
    with pytest.raises(IndexStoreError, match=f"{said}; it may be corrupt"):
        Index.open(index_path)


def test_truncated_index_is_refused(index_path):
    with Index.open(index_path) as index:
        index.add(stories(50))
    db = sqlite3.connect(index_path)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    size = os.path.getsize(index_path)
    with open(index_path, "r+b") as stream:
        stream.truncate(size // 2)
    with pytest.raises(IndexStoreError, match="truncated"):
        Index.open(index_path)
    assert os.path.getsize(index_path) == size // 2


def test_a_checkpoint_killed_midway_leaves_an_index_that_opens(index_path, tmp_path):
    # A CI engineer's trial: `kill -9` (or a full disk) while SQLite copied the log's pages into the file left the
    # header counting pages the file did not have yet, and every later command refused the index as "truncated",
    # though every page was still in the write-ahead log.
    with Index.open(index_path) as index:
        index.add(stories(20))
    index = Index.open(index_path)
    index.add(stories(40, start=20))  # committed: its pages wait in the log beside the file
    crashed = str(tmp_path / "crashed.db")
    for suffix in ("", "-wal"):
        with open(index_path + suffix, "rb") as src, open(crashed + suffix, "wb") as dst:
            dst.write(src.read())
    index.close()
    with open(index_path, "rb") as stream:
        pages = stream.read(100)[28:32]  # the page count the finished checkpoint wrote
    with open(crashed, "r+b") as stream:  # page 1 written first, the pages after it not yet
        stream.seek(28)
        stream.write(pages)
    assert os.path.getsize(crashed) < int.from_bytes(pages, "big") * 16384
    with Index.open(crashed) as index:
        assert index.info()["documents"] == 60


def test_bytes_that_are_no_text_in_a_text_column_are_named_not_quoted(index_path):
    # SQLite's message quotes the damaged bytes ("Could not decode to UTF-8 column 'digest' with text '...'"): the
    # `Error:` line of a CI log said them raw.
    from diffsrc.index.store import _translate_errors

    with pytest.raises(IndexStoreError) as caught, _translate_errors(index_path):
        raise sqlite3.OperationalError("Could not decode to UTF-8 column 'digest' with text '\udcff\x07dk'")
    assert caught.value.reason == ("index is corrupt (its digest column holds bytes that are no text); restore a "
                                   "copy or rebuild it")


def test_corrupt_pages_are_an_index_error(index_path):
    with Index.open(index_path) as index:
        index.add(stories(50))
    db = sqlite3.connect(index_path)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    with open(index_path, "r+b") as stream:
        stream.seek(4096)
        stream.write(np.random.default_rng(0).bytes(os.path.getsize(index_path) - 8192))
    with pytest.raises(IndexStoreError):
        with Index.open(index_path) as index:
            for i in range(50):
                index.query(Doc("q", render(make_story(i))))
            index.info()
            index.fingerprint_rows()


def test_check_reports_what_it_cannot_check_and_checks_the_rest(index_path):
    with Index.open(index_path) as index:
        index.add(stories(3))
        docs = [
            Doc("blank.txt", "", "new/blank.txt"),
            Doc("r.txt", reprint(make_story(1), 4), "new/r.txt"),
            stories(1, start=2)[0],  # the indexed file itself, unchanged
            Doc("fresh.txt", render(make_story(90)), "new/fresh.txt"),
            Doc("fresh.txt", render(make_story(91)), "other/fresh.txt"),
        ]
        results = index.check(docs, add=True)
        assert [r.status for r in results] == ["error", "near-duplicate", "already-indexed", "clean", "error"]
        assert results[0].error == "no words to fingerprint" and results[0].path == "new/blank.txt"
        assert results[4].error == "same id 'fresh.txt' as new/fresh.txt; give documents distinct ids"
        assert [r.added for r in results] == [False, False, False, True, False]
        assert index.ids() == ["fresh.txt", "story-0.txt", "story-1.txt", "story-2.txt"]
        # A plain query still finds the document itself: only a check knows it is looking at an indexed file.
        assert index.query(stories(1, start=2)[0])[0].id == "story-2.txt"


def test_a_lock_sqlite_reports_at_once_is_waited_out_not_an_error(tmp_path, monkeypatch):
    # Two CI jobs creating one index at the same moment: SQLite may answer "locked" without waiting (a journal-mode
    # change or WAL set-up in another process). Opening and writing wait for it, as for any other lock.
    real = Index._initialise
    answers = iter([sqlite3.OperationalError("database is locked")] * 2)

    def flaky(*args, **kwargs):
        error = next(answers, None)
        if error is not None:
            raise error
        return real(*args, **kwargs)

    monkeypatch.setattr(Index, "_initialise", staticmethod(flaky))
    with Index.open(tmp_path / "shared.db", create=True) as index:
        assert index.info()["documents"] == 0


def test_an_index_another_process_creates_meanwhile_is_opened_not_called_another_applications(index_path, monkeypatch):
    """Two ingest jobs starting on a new index at once: the second looked at the file while the first committed its
    schema, saw the tables without the application id, and refused the index as "an SQLite database of another
    application". The other job is played by a thread that creates the index right after this open's first look."""
    import threading

    import diffsrc.index.store as store

    open(index_path, "wb").close()  # the other job's connection has made the file already
    real_connect = sqlite3.connect
    creator: list[threading.Thread] = []

    class Racing(sqlite3.Connection):
        reads = 0

        def execute(self, sql, *args):
            if sql != "BEGIN":
                self.reads += 1
            if self.reads == 2 and not creator:  # after this open's first look at the file, before its second
                creator.append(threading.Thread(target=lambda: Index.open(index_path).close()))
                creator[0].start()
                creator[0].join(1.0)  # it finishes here unless this open's look holds the file still
            return super().execute(sql, *args)

    def connect(*args, **kwargs):
        if creator:
            return real_connect(*args, **kwargs)
        return real_connect(*args, factory=Racing, **kwargs)

    monkeypatch.setattr(store.sqlite3, "connect", connect)
    with Index.open(index_path) as index:
        assert index.info()["documents"] == 0
    creator[0].join()
    with Index.open(index_path, create=False) as index:
        assert index.ids() == []


def test_check_results_give_the_check_contract_in_python(index_path):
    """A background job flags near-duplicates as JSON: `CheckResults.to_dict()` is `diffsrc.check/1`, what
    `diffsrc check --format json` prints, without reaching into the report modules."""
    import json
    from importlib import resources

    import jsonschema

    from diffsrc.report.check import render_json

    with Index.open(index_path) as index:
        index.add(stories(3))
        copy = Doc("copy.txt", reprint(make_story(1), 1), "incoming/copy.txt")
        results = index.check([copy, *stories(1, start=5)])
    data = results.to_dict()
    schema = json.loads(resources.files("diffsrc.data").joinpath("check.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(data, schema)
    assert data == json.loads(render_json(results))
    assert [r["status"] for r in data["results"]] == ["near-duplicate", "clean"]
    assert data["results"][0]["matches"][0]["id"] == "story-1.txt"
    # With `add` and matches cut to the most similar, the two renderings and the schema still agree.
    with Index.open(index_path) as index:
        index.add([Doc(f"copy-{k}.txt", reprint(make_story(1), k + 2)) for k in range(3)])
        results = index.check([Doc("copy-9.txt", reprint(make_story(1), 9)), *stories(1, start=7)], add=True)
    data = results.at_most(2).to_dict()
    jsonschema.validate(data, schema)
    assert data == json.loads(render_json(results.at_most(2)))
    assert data["results"][0]["matches_total"] == 4 and len(data["results"][0]["matches"]) == 2
    assert data["results"][1]["added"] is True


@pytest.mark.skipif(not os.path.exists("/lib/x86_64-linux-gnu/libc.so.6") and not os.path.exists("/lib64/libc.so.6"),
                    reason="the allocator settings are glibc's")
def test_bulk_commands_keep_freed_memory_on_glibc():
    # `index add` and `check` set these before forking their workers (they inherit them); a batch's numpy
    # temporaries were otherwise page-faulted in again for every batch.
    from diffsrc.workers import keep_freed_memory

    assert keep_freed_memory() is True


@pytest.mark.parametrize("n_docs", [1, 9, 10, 23])
def test_every_band_row_is_written_whatever_the_batch_size(index_path, n_docs):
    # Band rows are inserted many per statement (`BAND_ROWS_PER_STATEMENT`); a batch is rarely a multiple of it.
    from diffsrc import Document

    with Index.open(index_path) as index:
        index.add([Document.from_text(render(make_story(i)), id=f"s{i}.txt") for i in range(n_docs)])
        info = index.info()
        assert info["band_rows"] == n_docs * index.bands
        for i in range(n_docs):
            assert [m.id for m in index.query(Document.from_text(render(make_story(i))))][:1] == [f"s{i}.txt"]


def documents(numbers, folder="wire"):
    """Stories as `Document`s read from files (what `index add` and `check` fingerprint), text before cleaning."""
    return [Document.from_text(render(make_story(i)), id=f"story-{i}.txt", path=f"{folder}/story-{i}.txt")
            for i in numbers]


def cleaned_otherwise(monkeypatch, paragraphs: slice) -> None:
    """An upgrade of diffsrc whose cleaning keeps other paragraphs of the same text (a new rule sets a line aside)."""
    real = prepare.clean_article
    monkeypatch.setattr(prepare, "clean_article", lambda text, name: (
        lambda cleaned: replace(cleaned, paragraphs=cleaned.paragraphs[paragraphs]))(real(text, name)))


@pytest.mark.parametrize("kept", [slice(0, -1), slice(0, 3)], ids=["one-line-set-aside", "most-set-aside"])
def test_an_indexed_file_is_itself_after_an_upgrade_cleans_it_otherwise(index_path, monkeypatch, kept):
    """After an upgrade that cleaned a file otherwise, `check` called an indexed file a near-duplicate of its own
    entry (one line set aside), or clean (so much set aside that its entry was no candidate), and `check --add`
    added it again as "story-1.txt@<digest>", until `index add` replaced the entry."""
    with Index.open(index_path) as index:
        index.add(documents(range(3)))
    cleaned_otherwise(monkeypatch, kept)
    with Index.open(index_path) as index:
        results = index.check(documents(range(3)))
        assert [(r.status, r.id, list(r.matches)) for r in results] == [
            ("already-indexed", f"story-{i}.txt", []) for i in range(3)]
        # The same file checked out elsewhere, or given another id: still itself (its path or its id).
        moved = [documents([1], folder="/ci/workspace")[0], replace(documents([2])[0], id="renamed")]
        assert [r.status for r in index.check(moved, add=True)] == ["already-indexed", "already-indexed"]
        # `index add` of the same files leaves them unchanged, their entries taking today's cleaning.
        assert index.add(documents(range(3))).unchanged == ["story-0.txt", "story-1.txt", "story-2.txt"]
        assert index.ids() == ["story-0.txt", "story-1.txt", "story-2.txt"]
        assert [r.status for r in index.check(documents(range(3)))] == ["already-indexed"] * 3
        # The same text under another name and path is no retry: a near-duplicate, as it always was.
        copy = Document.from_text(render(make_story(1)), id="copy.txt", path="elsewhere/copy.txt")
        assert [m.id for m in index.check([copy])[0].matches] == ["story-1.txt"]
        # And a changed file is what it was: a near-duplicate of its entry, replaced by `index add`.
        changed = Document.from_text(reprint(make_story(2), 1), id="story-2.txt", path="wire/story-2.txt")
        assert index.check([changed])[0].status == "near-duplicate"
        assert index.add([changed]).replaced == ["story-2.txt"]


def test_a_file_of_that_name_elsewhere_leaves_the_entry_its_own_files_raw_digest(index_path, monkeypatch):
    """`index add` of day/14/story.txt (the same text and a sign-off more, which cleaning sets aside) after
    day/13/story.txt is unchanged; it gave the entry day/14's raw digest, so after an upgrade that cleaned them
    otherwise the file the entry was added from was a near-duplicate of itself."""
    first = documents([1], folder="day/13")[0]
    signed = Document.from_text(first.text + "\n\nReporting by John Smith; Editing by Jane Doe\n",
                                id=first.id, path="day/14/story-1.txt")
    with Index.open(index_path) as index:
        index.add([first])
        assert index.add([signed]).unchanged == ["story-1.txt"]
    cleaned_otherwise(monkeypatch, slice(0, -1))
    with Index.open(index_path) as index:
        assert index.check([first])[0].status == "already-indexed"
        assert index.check([signed])[0].status == "near-duplicate"


# The schema of an index made before `docs.raw_digest` (format version 1, as the first diffsrc wrote it).
_SCHEMA_BEFORE_RAW_DIGESTS = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE docs (
    doc INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    path TEXT,
    digest TEXT NOT NULL,
    n_shingles INTEGER NOT NULL,
    shingles BLOB NOT NULL,
    band_keys BLOB NOT NULL
);
CREATE TABLE bands (key INTEGER NOT NULL, doc INTEGER NOT NULL, PRIMARY KEY (key, doc)) WITHOUT ROWID;
"""


def index_made_before_raw_digests(path: str, docs) -> None:
    """An index file as diffsrc wrote it before it kept raw digests: its schema, meta and rows, in plain SQL."""
    params = FingerprintParams()
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA page_size = 16384")
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("BEGIN")
    for statement in _SCHEMA_BEFORE_RAW_DIGESTS.split(";"):
        if statement.strip():
            db.execute(statement)
    db.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", sorted(store._params_to_meta(params).items()))
    for doc, entry in enumerate(fingerprint_documents(docs, params), start=1):
        fp = entry.fingerprint
        db.execute("INSERT INTO docs (doc, id, path, digest, n_shingles, shingles, band_keys)"
                   " VALUES (?, ?, ?, ?, ?, ?, ?)",
                   (doc, entry.id, os.path.abspath(entry.path), fp.digest, fp.n_shingles,
                    fp.shingles.astype("<u4").tobytes(), fp.band_keys.astype("<i8").tobytes()))
        db.executemany("INSERT INTO bands (key, doc) VALUES (?, ?)", ((int(k), doc) for k in fp.band_keys))
    db.execute(f"PRAGMA application_id = {store.APPLICATION_ID}")
    db.execute("PRAGMA user_version = 1")
    db.execute("COMMIT")
    db.close()


def _columns(path: str) -> list[str]:
    db = sqlite3.connect(path)
    try:
        return [row[1] for row in db.execute("PRAGMA table_info(docs)")]
    finally:
        db.close()


def test_an_index_made_before_raw_digests_is_given_them_and_answers_as_before(index_path, monkeypatch):
    index_made_before_raw_digests(index_path, documents(range(5)))
    with Index.open(index_path, create=False) as index:  # as `check` opens it
        assert _columns(index_path)[-1] == "raw_digest"
        assert index.info()["documents"] == 5 and index.info()["format_version"] == 1
        assert [r.status for r in index.check(documents(range(5)))] == ["already-indexed"] * 5
        assert [m.id for m in index.query(Document.from_text(reprint(make_story(3), 1)))] == ["story-3.txt"]
        # Rows written before know only their cleaned text; re-adding the unchanged files records the rest.
        db = sqlite3.connect(index_path)
        assert db.execute("SELECT count(raw_digest) FROM docs").fetchone()[0] == 0
        assert index.info()["without_raw_digest"] == 5  # what `index info` tells the one who upgrades
        assert index.add(documents(range(5))).unchanged == [f"story-{i}.txt" for i in range(5)]
        assert db.execute("SELECT count(raw_digest) FROM docs").fetchone()[0] == 5
        assert index.info()["without_raw_digest"] == 0
        db.close()
    cleaned_otherwise(monkeypatch, slice(0, -1))
    with Index.open(index_path, create=False) as index:
        assert [r.status for r in index.check(documents(range(5)))] == ["already-indexed"] * 5


def test_an_old_index_opened_by_several_processes_at_once_is_given_raw_digests_once(index_path):
    index_made_before_raw_digests(index_path, documents(range(3)))
    start = threading.Barrier(4)
    statuses: list[list[str]] = []

    def check() -> None:
        start.wait()
        with Index.open(index_path, create=False) as index:
            statuses.append([r.status for r in index.check(documents(range(3)))])

    threads = [threading.Thread(target=check) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert statuses == [["already-indexed"] * 3] * 4
    assert _columns(index_path).count("raw_digest") == 1


def test_a_migration_that_fails_midway_leaves_the_index_as_it_was(index_path, monkeypatch):
    index_made_before_raw_digests(index_path, documents(range(3)))
    before = _columns(index_path)
    # The column is added, then its index cannot be made: the transaction is rolled back as a whole.
    monkeypatch.setattr(store, "_RAW_DIGEST_MIGRATION",
                        (store._RAW_DIGEST_MIGRATION[0], "CREATE INDEX docs_raw_digest ON no_such_table (x)"))
    with pytest.raises(IndexStoreError, match="no such table"):
        Index.open(index_path, create=False)
    assert _columns(index_path) == before
    monkeypatch.undo()
    with Index.open(index_path, create=False) as index:
        assert [r.status for r in index.check(documents(range(3)))] == ["already-indexed"] * 3
    assert _columns(index_path) == [*before, "raw_digest"]


def test_a_damaged_index_made_before_raw_digests_is_not_written_to(index_path):
    """Opening a damaged old index added the column (writing pages into it) before `index add` refused it."""
    index_made_before_raw_digests(index_path, documents(range(20)))
    db = sqlite3.connect(index_path)
    (root,) = db.execute("SELECT rootpage FROM sqlite_master WHERE name = 'bands'").fetchone()
    db.close()
    with open(index_path, "r+b") as f:  # the bands' root page: adding a column to `docs` never reads it
        f.seek((root - 1) * store.PAGE_SIZE)
        f.write(b"\xff" * store.PAGE_SIZE)
    before = open(index_path, "rb").read()
    with pytest.raises(IndexStoreError, match="corrupt|malformed"):
        with Index.open(index_path, create=False) as index:
            index.add(documents([30]))
    assert open(index_path, "rb").read() == before
    assert "raw_digest" not in _columns(index_path)


def test_an_old_index_another_process_is_writing_is_used_as_it_is_not_waited_for(index_path):
    # A `check` must not wait behind a bulk `index add` of an older diffsrc to upgrade the file: it answers from
    # the cleaned digests, and a later open adds the column.
    index_made_before_raw_digests(index_path, documents(range(3)))
    writer = sqlite3.connect(index_path, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    try:
        with Index.open(index_path, create=False) as index:
            assert [r.status for r in index.check(documents(range(3)))] == ["already-indexed"] * 3
        assert "raw_digest" not in _columns(index_path)
    finally:
        writer.execute("COMMIT")
        writer.close()
    Index.open(index_path, create=False).close()
    assert "raw_digest" in _columns(index_path)
