"""The corpus run's tables: the CSV files read back with plain pandas keep integers and booleans (a skipped input
among the inputs), and the result's DataFrames are exactly what the files hold."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pandas as pd
import pytest

from diffsrc import write_corpus
from diffsrc.corpus import tables
from diffsrc.corpus.tables import SUMMARY_DTYPES, TABLE_FILES, read_table

from .corpus_fixtures import page, seed_sentences

WIRE = list(seed_sentences("004"))
OTHER = list(seed_sentences("003"))

# What plain `pd.read_csv` must give for each declared dtype when no cell is empty.
PLAIN_KIND = {"Int64": "i", "boolean": "b", "Float64": "f"}


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    folder = tmp_path_factory.mktemp("in")
    # Dated, so that the derivations have a direction and provenance.csv has origins to number.
    (folder / "wire.txt").write_text("---\ndate: 2025-03-01\n---\n" + page(WIRE[:10], credit="AP"), encoding="utf-8")
    # A rewrite that takes six of the wire's sentences and credits nobody.
    rewrite = [s.replace("2% of its GDP", "1.5% of its GDP") for s in WIRE[:6]] + OTHER[:6]
    (folder / "rewrite.txt").write_text("---\ndate: 2025-03-02\n---\n" + page(rewrite), encoding="utf-8")
    # Two reprints of the wire story: near-duplicates, one keeping the credit and one dropping it.
    reprinted = "---\ndate: 2025-03-03\n---\n"
    (folder / "reprint_credited.txt").write_text(reprinted + page(WIRE[:10], credit="AP", title="Herald"),
                                                 encoding="utf-8")
    # ... the bare one with a figure changed: a changed fact of a near-identical copy (facts.csv).
    bare = [WIRE[k].replace("2% of its GDP", "3% of its GDP") for k in range(9)]
    (folder / "reprint_bare.txt").write_text(reprinted + page(bare, title="Gazette"), encoding="utf-8")
    (folder / "empty.txt").write_text(" \n", encoding="utf-8")  # skipped: no text
    out = tmp_path_factory.mktemp("out")
    result = write_corpus([str(folder)], out)
    return result, out


def _plain(path: Path) -> pd.DataFrame:
    return pd.read_csv(path)


def test_summary_csv_keeps_integer_counts_and_boolean_flags_when_an_input_is_skipped(run):
    result, out = run
    assert [s.path.rsplit("/", 1)[-1] for s in result.skipped] == ["empty.txt"]
    s = _plain(out / "summary.csv")
    assert list(s.columns) == list(SUMMARY_DTYPES)
    for column in ("verbatim", "paraphrased", "added", "omitted"):
        assert s[column].dtype.kind == "i", (column, s[column].dtype)
    for column in ("edge", "near_duplicate", "unattributed_reuse"):
        assert s[column].dtype.kind == "b", (column, s[column].dtype)
    assert s["target_derived_share"].dtype.kind == "f"
    # The researcher's first line: the pairs that are edges of the graph.
    edges = {(e["source"], e["target"]) for e in result.graph["edges"]}
    assert set(zip(s[s.edge].source, s[s.edge].target, strict=True)) == edges
    assert "empty.txt" not in " ".join(s.source) + " ".join(s.target)


def test_skipped_inputs_are_a_table_of_their_own(run):
    _, out = run
    skipped = _plain(out / "skipped.csv")
    assert list(skipped.columns) == ["path", "reason"]
    assert [Path(p).name for p in skipped.path] == ["empty.txt"]
    assert skipped.reason[0] == "empty document (no text)"


def test_provenance_csv_writes_sentence_numbers_as_integers(run):
    _, out = run
    with open(out / "provenance.csv", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    for column in ("sentence", "source_sentence", "origin_sentence"):
        cells = [r[column] for r in rows]
        assert all(re.fullmatch(r"\d*", c) for c in cells), (column, [c for c in cells if "." in c][:3])
        assert any(cells), column
    p = _plain(out / "provenance.csv")
    assert p["sentence"].dtype.kind == "i"
    assert p["near_duplicate"].dtype.kind == "b"  # False, not empty, for a sentence that derives from nothing
    # The two columns that are empty for a sentence deriving from nothing read as integers with nullable dtypes.
    nullable = pd.read_csv(out / "provenance.csv", dtype_backend="numpy_nullable")
    assert str(nullable["source_sentence"].dtype) == "Int64" and str(nullable["origin_sentence"].dtype) == "Int64"
    derived = nullable[nullable.source.notna()]
    assert len(derived) and derived.source_sentence.notna().all()


def test_documents_csv_has_one_row_per_document_with_integer_counts(run):
    result, out = run
    d = _plain(out / "documents.csv")
    assert sorted(d.id) == sorted(doc.id for doc in result.docs)
    assert d["n_sentences"].dtype.kind == "i" and d["group_size"].dtype.kind == "i"
    assert (d.group_size > 1).sum() >= 2  # the wire story and its reprints are one near-duplicate group


@pytest.mark.parametrize("name", sorted(TABLE_FILES))
def test_each_file_reads_back_as_exactly_the_results_frame(run, name):
    result, out = run
    frames = {"summary.csv": result.summary, "provenance.csv": result.provenance,
              "documents.csv": result.documents, "skipped.csv": result.skipped_table, "facts.csv": result.facts,
              "quotes.csv": result.quotes}
    frame = frames[name]
    assert {c: str(t) for c, t in frame.dtypes.items()} == TABLE_FILES[name]
    pd.testing.assert_frame_equal(read_table(out / name), frame)
    # Plain pandas agrees on every integer, boolean and float column that has no empty cell (a table without rows,
    # this corpus's quotes.csv, is a header that says nothing of its columns' kinds).
    plain = _plain(out / name)
    for column, dtype in TABLE_FILES[name].items():
        if dtype in PLAIN_KIND and len(frame) and frame[column].notna().all():
            assert plain[column].dtype.kind == PLAIN_KIND[dtype], (name, column, plain[column].dtype)


def test_facts_csv_lists_the_figure_a_reprint_changed(run):
    # Which copies carry which changed figures: a row per changed fact of a derived pair, near-identical copies'
    # edited sentences included, with sentence numbers that join provenance.csv.
    result, out = run
    facts = read_table(out / "facts.csv")
    row = facts[facts.target == "reprint_bare.txt"].iloc[0]
    assert (row.source, row.kind, row.source_value, row.target_value, row.near_duplicate, row.edge, row.upstream) == (
        "wire.txt", "percent", "2%", "3%", True, True, "wire.txt")
    # The same change read backwards (the copy against the wire) is no edge, and says the wire came first.
    backwards = facts[(facts.source == "reprint_bare.txt") & (facts.target == "wire.txt")]
    assert backwards.empty or (not backwards.edge.any() and set(backwards.upstream) == {"wire.txt"})
    sentence = result.provenance[(result.provenance.document == "reprint_bare.txt")
                                 & (result.provenance.sentence == row.target_sentence)].text.iloc[0]
    assert "3% of its GDP" in sentence
    assert not (facts.target == "reprint_credited.txt").any()  # an unchanged copy changed nothing
    # A pair aligned in depth lists what its pair report lists.
    rewritten = facts[(facts.source == "wire.txt") & (facts.target == "rewrite.txt")]
    assert list(zip(rewritten.kind, rewritten.source_value, rewritten.target_value, rewritten.near_duplicate,
                    strict=True)) == [("percent", "2%", "1.5%", False)]


def test_declared_dtypes_are_nullable_pandas_dtypes():
    for dtypes in (tables.SUMMARY_DTYPES, tables.PROVENANCE_DTYPES, tables.SKIPPED_DTYPES, tables.DOCUMENTS_DTYPES):
        assert set(dtypes.values()) <= {"string", "Int64", "boolean", "Float64"}


def test_near_duplicate_reprints_say_whether_they_credit_their_source(run):
    result, _ = run
    s = result.summary
    copies = s[s.near_duplicate]
    # The group's representative is the earliest dated copy, the wire story; of the two reprints, the one without
    # the credit line is unattributed reuse of it, the one keeping "AP |" is not.
    assert set(copies.source) == {"wire.txt"}
    assert dict(zip(copies.target, copies.unattributed_reuse, strict=True)) == {
        "reprint_credited.txt": False, "reprint_bare.txt": True}
    rewrite = s[s.edge & (s.target == "rewrite.txt")]
    assert list(rewrite.unattributed_reuse) == [True]


def test_read_table_keeps_text_that_looks_like_a_missing_value(tmp_path):
    path = tmp_path / "skipped.csv"
    path.write_text("path,reason\nNA,null\nNone,\n", encoding="utf-8")
    frame = read_table(path)
    assert list(frame.path) == ["NA", "None"]
    assert frame.reason[0] == "null" and frame.reason.isna()[1]
    with pytest.raises(ValueError, match="not a corpus table"):
        read_table(tmp_path / "other.csv")


def test_a_reprint_with_words_changed_keeps_those_sentences_verbatim_as_compare_does(tmp_path):
    """Near-duplicate copies were matched to their representative sentence by sentence, exactly: a reprint with
    one word changed in three sentences read '3 added, 3 omitted', partially derived, where `compare` (and the
    README's 80% rule) say verbatim and wholly derived."""
    from diffsrc import Document, compare

    edited = list(WIRE[:10])
    for k in (2, 5, 8):
        words = edited[k].split()
        words[len(words) // 2] = "reportedly"
        edited[k] = " ".join(words)
    (tmp_path / "wire.txt").write_text(page(WIRE[:10], credit="AP"), encoding="utf-8")
    (tmp_path / "copy.txt").write_text(page(edited, title="Gazette"), encoding="utf-8")
    result = write_corpus([str(tmp_path / "wire.txt"), str(tmp_path / "copy.txt")], tmp_path / "out")
    row = result.summary[result.summary.near_duplicate].iloc[0]
    assert (row.source, row.target) == ("wire.txt", "copy.txt")
    pair = compare(Document.from_path(str(tmp_path / "wire.txt")), Document.from_path(str(tmp_path / "copy.txt")))
    assert (row.verbatim, row.added, row.omitted, row.verdict) == (
        pair.summary.verbatim, pair.summary.added, pair.summary.omitted, pair.summary.verdict)
    assert row.added == 0 and row.verdict == "wholly-derived"
    provenance = result.provenance[result.provenance.document == "copy.txt"]
    assert set(provenance.label) == {"verbatim"}


def test_a_reprint_that_splits_one_of_its_representatives_sentences_in_two_keeps_both_halves_verbatim(tmp_path):
    """The representative of a group of reprints runs two of the story's sentences into one (a full stop lost);
    a copy that has them apart read its second half as added, from nowhere, where `compare` says verbatim."""
    from diffsrc import Document, compare

    merged = [*WIRE[:3], WIRE[3].rstrip(".") + " " + WIRE[4], *WIRE[5:10]]
    (tmp_path / "wire.txt").write_text(page(merged, credit="AP"), encoding="utf-8")
    (tmp_path / "copy.txt").write_text(page(WIRE[:10], title="Gazette"), encoding="utf-8")
    result = write_corpus([str(tmp_path / "wire.txt"), str(tmp_path / "copy.txt")], tmp_path / "out")
    row = result.summary[result.summary.near_duplicate].iloc[0]
    assert (row.source, row.target) == ("wire.txt", "copy.txt")
    pair = compare(Document.from_path(str(tmp_path / "wire.txt")), Document.from_path(str(tmp_path / "copy.txt")))
    assert (row.verbatim, row.added, row.omitted) == (pair.summary.verbatim, 0, 0)
    provenance = result.provenance[result.provenance.document == "copy.txt"]
    assert set(provenance.label) == {"verbatim"}
    assert provenance[provenance.sentence.isin([3, 4])].source_sentence.tolist() == [3, 3]


def test_a_reprint_with_a_sentence_the_story_has_twice_keeps_an_edited_sentence_before_it_verbatim(tmp_path):
    """A sentence the story repeats ("asked Mr Browne.") is matched exactly to its first occurrence; the edited
    sentence just before its second occurrence then had no representative sentence left to be compared with, and
    read as added."""
    def story(eighth: str) -> list[str]:
        return [*WIRE[:5], f"{WIRE[5]} Asked the minister.", *WIRE[6:8], f"{eighth} Asked the minister.",
                *WIRE[9:12]]

    words = WIRE[8].split()
    words[len(words) // 2] = "reportedly"
    (tmp_path / "wire.txt").write_text(page(story(WIRE[8]), credit="AP"), encoding="utf-8")
    (tmp_path / "copy.txt").write_text(page(story(" ".join(words)), title="Gazette"), encoding="utf-8")
    result = write_corpus([str(tmp_path / "wire.txt"), str(tmp_path / "copy.txt")], tmp_path / "out")
    provenance = result.provenance[result.provenance.document == "copy.txt"]
    assert provenance.text.str.fullmatch("Asked the minister.").sum() == 2
    assert set(provenance.label) == {"verbatim"}


def test_quotes_csv_lists_quotes_a_derived_text_reworded_or_gave_to_someone_else(tmp_path):
    # An investigation asks where quotes were altered across a corpus: the pair reports had them, one JSON file
    # per pair, and nothing at the corpus level.
    quote = "We will strengthen our alliance and accelerate our defence investment as quickly as we possibly can"
    other = "The alliance is the cornerstone of peace and stability in the region and will remain so for decades"
    wire = WIRE[:8] + [f'Koizumi said: "{quote}."', f'Hegseth said: "{other}."']
    altered = quote.replace("accelerate", "speed up").replace("as quickly as we possibly can", "at once")
    paper = WIRE[:6] + OTHER[:4] + [f'Koizumi said: "{altered}."', f'Koizumi said: "{other}."']
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "wire.txt").write_text("---\ndate: 2025-03-01\n---\n" + page(wire, credit="AP"), encoding="utf-8")
    (folder / "paper.txt").write_text("---\ndate: 2025-03-02\n---\n" + page(paper), encoding="utf-8")
    result = write_corpus([str(folder)], tmp_path / "out")
    q = pd.read_csv(tmp_path / "out" / "quotes.csv")
    assert list(q.columns) == list(tables.QUOTES_DTYPES)
    forward = q[(q.source == "wire.txt") & (q.target == "paper.txt")]
    rows = {r.status + ("/speaker" if r.speaker_changed else ""): r for r in forward.itertuples()}
    assert set(rows) == {"altered", "exact/speaker"}
    assert rows["altered"].source_quote.startswith(quote[:40]) and "speed up" in rows["altered"].target_quote
    assert 0 < rows["altered"].similarity < 1 and rows["altered"].edge and rows["altered"].upstream == "wire.txt"
    speakers = (rows["exact/speaker"].source_speaker, rows["exact/speaker"].target_speaker)
    assert speakers[0].endswith("Hegseth") and speakers[1].endswith("Koizumi")
    assert q.speaker_changed.dtype.kind == "b" and q.target_sentence.dtype.kind == "i"
    assert read_table(tmp_path / "out" / "quotes.csv").equals(result.quotes)


def test_quotes_csv_names_the_sentence_holding_a_reworded_paragraph_of_a_wire_quotation(tmp_path):
    # A media researcher (METER doctor1 -> doctor1nl): PA opens each paragraph of a long quotation with `` and
    # closes only the last; a paper reworded the last paragraph's second sentence, and `source_sentence` named the
    # sentence the quotation opens in, two paragraphs before the quoted words (80 of 783 METER rows).
    said = "He was trying to intimate that mum was poorly and we should have expected that she might have died"
    wire = WIRE[:8] + ["``We were totally confused,'' said Mrs Gee.",
                       "``I wanted to know why he had not increased the dose of her tablets.",
                       "``He was going back through the readings and showing us the blood pressure figures.",
                       f"``I can remember coming out of the surgery feeling guilty. {said} at any time.''"]
    paper = WIRE[:6] + OTHER[:4] + [f'"{said.replace("have died", "die")} at any time," Mrs Gee said.']
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "wire.txt").write_text("---\ndate: 2025-03-01\n---\n" + page(wire, credit="AP"), encoding="utf-8")
    (folder / "paper.txt").write_text("---\ndate: 2025-03-02\n---\n" + page(paper), encoding="utf-8")
    write_corpus([str(folder)], tmp_path / "out")
    q = pd.read_csv(tmp_path / "out" / "quotes.csv")
    text = pd.read_csv(tmp_path / "out" / "provenance.csv").set_index(["document", "sentence"])["text"]
    [row] = q[(q.source == "wire.txt") & (q.target == "paper.txt")].itertuples()
    assert row.source_quote.startswith("He was trying"), row
    assert "He was trying" in text[("wire.txt", row.source_sentence)], text[("wire.txt", row.source_sentence)]
    assert "He was trying" in text[("paper.txt", row.target_sentence)], text[("paper.txt", row.target_sentence)]


def _wire_and_reprint(tmp_path, wire: list[str], reprint: list[str]):
    """A corpus of an AP story and a reprint of it a day later, written to `tmp_path / "out"`."""
    folder = tmp_path / "in"
    folder.mkdir()
    for name, sentences, day in (("wire.txt", wire, "01"), ("reprint.txt", reprint, "02")):
        (folder / name).write_text(f"---\ndate: 2025-03-{day}\n---\n" + page(sentences, credit="AP"),
                                   encoding="utf-8")
    return write_corpus([str(folder)], tmp_path / "out")


def test_quotes_csv_lists_a_quote_a_near_identical_reprint_reworded(tmp_path):
    # A fact-checker's trial: reprints are matched sentence by sentence without a pair report, and a detective's
    # quote reworded in one ("made in Hong Kong" -> "made in Hong told") was in no table.
    quote = "The goods were made in Hong Kong and shipped to Britain in containers through the port of Felixstowe"
    wire = WIRE[:9] + [f'Detective Sergeant Alan Hicks said: "{quote}."']
    reprint = WIRE[:9] + [f'Detective Sergeant Alan Hicks said: "{quote.replace("Hong Kong", "Hong told")}."']
    result = _wire_and_reprint(tmp_path, wire, reprint)
    q = read_table(tmp_path / "out" / "quotes.csv")
    [row] = q[(q.source == "wire.txt") & (q.target == "reprint.txt")].itertuples()
    assert row.status == "altered" and row.near_duplicate and row.edge
    assert "Hong Kong" in row.source_quote and "Hong told" in row.target_quote
    assert q.equals(result.quotes)


def test_a_sentence_a_near_identical_reprint_reworded_in_its_place_is_paraphrased_and_its_quote_altered(tmp_path):
    # A docs audit: a reprint with one figure changed and one quote reworded past the verbatim rule had that
    # sentence "added" on both sides, with no source, and the reworded quote in no table (compare finds both).
    quote = "What is important is not the amount or the GDP ratio but what is in it"
    reworded = "What matters is not the amount or the ratio of GDP but what goes into it"
    wire = WIRE[:9] + [f'Foreign Minister Toshimitsu Motegi said: "{quote}."'] + WIRE[9:12]
    reprint = WIRE[:9] + [f'Foreign Minister Toshimitsu Motegi said: "{reworded}."'] + WIRE[9:12]
    result = _wire_and_reprint(tmp_path, wire, reprint)
    [pair] = result.summary[(result.summary.source == "wire.txt") & (result.summary.target == "reprint.txt")
                            ].itertuples()
    assert pair.near_duplicate and pair.paraphrased == 1 and pair.added == 0
    p = result.provenance
    [row] = p[(p.document == "reprint.txt") & p.text.str.contains("What matters", regex=False)].itertuples()
    assert row.label == "paraphrased" and row.source == "wire.txt"
    q = result.quotes
    [quoted] = q[(q.target == "reprint.txt") & (q.status == "altered")].itertuples()
    assert "What matters" in quoted.target_quote and quoted.near_duplicate


def test_a_changed_figure_another_upstream_text_gives_names_that_text(tmp_path):
    # A fact-checker's trial on METER: 6 of 40 "changes" along PA -> paper edges were the paper following another
    # PA take of the story (a correction, a later take), which the pair it was compared with could not know.
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "take1.txt").write_text("---\ndate: 2025-03-01T09:00\n---\n" + page(WIRE[:9], credit="AP"),
                                      encoding="utf-8")
    corrected = [s.replace("2% of its GDP", "1.5% of its GDP") for s in WIRE[3:12]]
    (folder / "take2.txt").write_text("---\ndate: 2025-03-01T15:00\n---\n" + page(corrected, credit="AP"),
                                      encoding="utf-8")
    paper = WIRE[:3] + corrected[:6] + WIRE[9:12]
    (folder / "paper.txt").write_text("---\ndate: 2025-03-02\n---\n" + page(paper, title="Gazette"),
                                      encoding="utf-8")
    write_corpus([str(folder)], tmp_path / "out")
    facts = read_table(tmp_path / "out" / "facts.csv")
    rows = {(r.source, r.target): r for r in facts[facts.edge].itertuples()}
    followed = rows[("take1.txt", "paper.txt")]
    assert (followed.source_value, followed.target_value, followed.also_upstream) == ("2%", "1.5%", "take2.txt")
    # The correction itself is take2's own change: nothing upstream of it gives 1.5%.
    assert pd.isna(rows[("take1.txt", "take2.txt")].also_upstream)


def test_summary_lists_the_derived_pairs_first_however_much_a_non_derived_one_restates(seed_docs):
    # A researcher's trial: "strongest reuse first" sorted by derived share put non-derived pairs (independent
    # reports restating the same facts: 003 -> 001 is 50% paraphrased sentences) among the copies.
    from diffsrc import run_corpus

    s = run_corpus(list(seed_docs.values())).summary
    order = {"wholly-derived": 0, "partially-derived": 1, "non-derived": 2}
    ranks = [order[v] for v in s.verdict]
    assert ranks == sorted(ranks)
    pairs = [f"{a[:3]}>{b[:3]}" for a, b in zip(s.source, s.target, strict=True)]
    assert pairs.index("001>003") < pairs.index("003>001")
    assert all(group.target_derived_share.is_monotonic_decreasing for _, group in s.groupby("verdict"))


def test_a_corpus_result_gives_its_temporary_file_back():
    # A library user's trial: each result kept a temporary file open until collected (a notebook keeping 50 held 50
    # files) and warned of it (ResourceWarning); there was no way to close one.
    import os
    import warnings

    from diffsrc import Document, run_corpus

    docs = [Document.from_text("The council met on Monday and approved the new night ferry to the islands, the "
                               "mayor said.", id="a"),
            Document.from_text("The council met on Monday and approved the new night ferry to the islands, "
                               "officials said on Tuesday.", id="b")]
    before = len(os.listdir("/proc/self/fd"))
    with warnings.catch_warnings():
        warnings.simplefilter("error", ResourceWarning)
        for _ in range(5):
            with run_corpus(docs) as result:
                assert len(result.provenance) == 2
        assert len(os.listdir("/proc/self/fd")) == before
        kept = run_corpus(docs)
        del kept  # collected without a warning


def test_a_corpus_result_can_be_pickled_and_read_back_whole(seed_docs):
    """A result saved to disk or sent to another process (multiprocessing, a cache): pickling failed on the rows'
    generator and the temporary file. It comes back with its documents' sentences and every table, nothing open."""
    import pickle

    from diffsrc import run_corpus
    from diffsrc.corpus.tables import summary_rows

    with run_corpus(list(seed_docs.values())) as result:
        again = pickle.loads(pickle.dumps(result))
        assert again.graph == result.graph and summary_rows(again) == summary_rows(result)
        assert again.lineage.rows == result.lineage.rows and again.provenance.equals(result.provenance)
        assert [list(d.sentences) for d in again.docs] == [list(d.sentences) for d in result.docs]
    again.close()


def test_write_corpus_takes_documents_in_memory(tmp_path):
    # A library user's trial: texts from a DataFrame (Document.from_text) could be compared with run_corpus, but the
    # output folder (index.html, the graph, the tables) could only be written from files.
    from diffsrc import Document

    docs = [Document.from_text("The council met on Monday and approved the new night ferry to the islands, the "
                               "mayor said.", id="a", date="2025-03-01"),
            Document.from_text("The council met on Monday and approved the new night ferry to the islands, "
                               "officials said on Tuesday.", id="b", date="2025-03-02")]
    result = write_corpus(docs, tmp_path / "out")
    assert (tmp_path / "out" / "index.html").is_file() and (tmp_path / "out" / "graph.json").is_file()
    assert set(read_table(tmp_path / "out" / "documents.csv")["id"]) == {"a", "b"}
    assert len(result.summary) == 2
    with pytest.raises(TypeError, match="each path must be a str or a path, got Document"):
        write_corpus(["seeds", docs[0]], tmp_path / "mixed")


def test_a_reprint_that_runs_two_wire_sentences_into_one_keeps_it_verbatim_and_its_changed_figure(tmp_path):
    # A media researcher's report: a reprint joining two wire sentences into one ("#45,000. Surveyors' ..." ->
    # "#54,000, and surveyors' ...") had that sentence `added`, from nowhere, two wire sentences omitted, and the
    # figure it changed in no facts.csv row, where `compare` says verbatim from both and lists the change.
    from diffsrc import Document, compare

    joined = (WIRE[4].replace("2% of its GDP", "3% of its GDP").rstrip(".") + ", and "
              + WIRE[5][0].lower() + WIRE[5][1:])
    result = _wire_and_reprint(tmp_path, WIRE[:12], [*WIRE[:4], joined, *WIRE[6:12]])
    [row] = result.summary[(result.summary.source == "wire.txt") & (result.summary.target == "reprint.txt")
                           ].itertuples()
    pair = compare(Document.from_path(str(tmp_path / "in" / "wire.txt")),
                   Document.from_path(str(tmp_path / "in" / "reprint.txt")))
    # Still a copy: no pair report of its own.
    assert row.near_duplicate and pd.isna(row.report) and not any((tmp_path / "out").glob("pairs/*"))
    assert (row.verbatim, row.paraphrased, row.added, row.omitted) == (
        pair.summary.verbatim, pair.summary.paraphrased, pair.summary.added, pair.summary.omitted) == (11, 0, 0, 0)
    p = result.provenance
    [sentence] = p[(p.document == "reprint.txt") & p.text.str.contains("3% of its GDP", regex=False)].itertuples()
    assert sentence.label == "verbatim" and sentence.source == "wire.txt"
    f = read_table(tmp_path / "out" / "facts.csv")
    [fact] = f[(f.source == "wire.txt") & (f.target == "reprint.txt")].itertuples()
    assert (fact.source_value, fact.target_value, fact.near_duplicate, fact.edge) == ("2%", "3%", True, True)


def test_a_reprint_with_a_line_of_its_own_keeps_it_added_without_a_comparison_in_full(tmp_path, caplog):
    # Copies are cheap on purpose (large corpora are mostly copies): only a sentence made of the representative's
    # left-over sentences sends a copy to a full comparison, not a line the reprint added.
    import logging

    with caplog.at_level(logging.INFO, logger="diffsrc.corpus.run"):
        result = _wire_and_reprint(tmp_path, WIRE[:12], [*WIRE[:6], OTHER[0], *WIRE[6:12]])
    [row] = result.summary[(result.summary.source == "wire.txt") & (result.summary.target == "reprint.txt")
                           ].itertuples()
    assert row.near_duplicate and (row.verbatim, row.added, row.omitted) == (12, 1, 0)
    assert "compared in full" not in caplog.text


def test_a_reprint_that_runs_a_short_sentence_into_the_next_keeps_the_two_verbatim_not_one_reworded(tmp_path):
    # A sentence too short to be looked for alone (a heading, a one-line paragraph) that the reprint ran into the
    # long one after it: the long one was taken for reworded in its place (`paraphrased`) and the short one for
    # omitted, where `compare` says verbatim from both.
    from diffsrc import Document, compare

    joined = WIRE[9].rstrip(".") + ", and " + WIRE[10][0].lower() + WIRE[10][1:]
    result = _wire_and_reprint(tmp_path, WIRE[:14], [*WIRE[:9], joined, *WIRE[11:14]])
    [row] = result.summary[(result.summary.source == "wire.txt") & (result.summary.target == "reprint.txt")
                           ].itertuples()
    pair = compare(Document.from_path(str(tmp_path / "in" / "wire.txt")),
                   Document.from_path(str(tmp_path / "in" / "reprint.txt")))
    assert (row.verbatim, row.paraphrased, row.added, row.omitted) == (
        pair.summary.verbatim, pair.summary.paraphrased, pair.summary.added, pair.summary.omitted) == (13, 0, 0, 0)


_RELEASE_BODY = [
    "GreenGrid Energy today announced plans to build a 240 million pound battery storage park at Wilton.",
    "The park will create 350 jobs during construction and store enough power for 600,000 homes.",
    "Construction is due to begin in the summer and the park should open in 2027."]
# A paper's rewrite of the release's lines, with lines of its own: compared in full (not a near-identical copy).
_PAPER_BODY = [
    "A 240 million pound battery storage park is to be built at Wilton, GreenGrid Energy has announced.",
    "The park will create 350 jobs during construction and store enough power for 600,000 homes.",
    "Redcar and Cleveland councillors welcomed the plans at a meeting on Tuesday evening.",
    "Work on the site near the old steelworks is expected to start in the summer, with the park open by 2027."]


@pytest.mark.parametrize("paper_body", [_RELEASE_BODY, _PAPER_BODY], ids=["reprint", "rewrite"])
def test_quotes_csv_lists_a_release_quote_given_as_said_to_the_paper(tmp_path, paper_body):
    # A churnalism researcher loads quotes.csv into pandas to count the release quotes papers presented as said to
    # them ("..., told the Teesside Gazette"): the pair reports had `said_to`, the table had no such row or column.
    words = "Teesside is the right place for this and we are proud to invest here."
    release = ("FOR IMMEDIATE RELEASE\n\n" + "\n\n".join([*_RELEASE_BODY, f'Chief executive Tom Reid said: "{words}"'])
               + "\n")
    paper = "\n\n".join([*paper_body, f'Chief executive Tom Reid told the Teesside Gazette: "{words}"']) + "\n"
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "release.txt").write_text("---\ndate: 2025-03-01\n---\n" + release, encoding="utf-8")
    (folder / "paper.txt").write_text("---\ndate: 2025-03-02\n---\n" + paper, encoding="utf-8")
    result = write_corpus([str(folder)], tmp_path / "out")
    q = read_table(tmp_path / "out" / "quotes.csv")
    assert list(q.columns) == list(tables.QUOTES_DTYPES)
    said = q[q.said_to.notna()]
    assert [(r.source, r.target, r.status, r.said_to) for r in said.itertuples()] == [
        ("release.txt", "paper.txt", "exact", "the Teesside Gazette")]
    assert said.iloc[0].target_quote == words
    assert read_table(tmp_path / "out" / "quotes.csv").equals(result.quotes)
