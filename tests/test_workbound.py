"""Work per pair is bounded, the longer document is the one cut, and the report says when a bound was hit."""

from __future__ import annotations

from pathlib import Path

from diffsrc import CompareOptions, Document, compare, prepare
from diffsrc.pair.bounds import bound_work
from diffsrc.text.features import sentence_features

FIXTURES = Path(__file__).parent / "fixtures"


def lines(n: int, stem: str = "Line") -> str:
    return "".join(f"{stem} number {i} says something new about topic {i}.\n" for i in range(n))


def test_article_sized_pairs_are_not_bounded():
    wire = Document.from_path(FIXTURES / "ferry_wire.txt")
    page = Document.from_text((FIXTURES / "ferry_wire.txt").read_text() * 3, id="long")
    report = compare(wire, page)
    assert report.notes == []
    assert report.target.n_sentences == len(prepare(page).sentences)


def test_the_longer_document_is_cut_first_and_the_report_says_so():
    short = Document.from_text(lines(20, "Short"), id="short.txt")
    long = Document.from_text(lines(3000), id="long.txt")
    options = CompareOptions(max_matrix_cells=2_000_000)
    report = compare(short, long, options=options)
    assert report.source.n_sentences == 20
    assert 0 < report.target.n_sentences < 3000
    assert report.notes == [f"long.txt: only the first {report.target.n_sentences} of 3000 sentences were aligned "
                            "(work bound per pair: max_matrix_cells)"]
    assert len(report.to_dict()["target_sentences"]) == report.target.n_sentences


def test_bound_work_reports_counts_without_building_anything():
    feats = sentence_features([f"Sentence {i} about the council vote on the night ferry." for i in range(1000)])
    n_s, n_t, notes = bound_work(feats, feats[:10], options=CompareOptions(max_matrix_cells=500_000),
                                 source_id="s", target_id="t")
    assert n_t == 10 and n_s < 1000 and notes[0].startswith(f"s: only the first {n_s} of 1000 sentences")


def test_long_sentences_are_compared_word_for_word_on_their_start_but_verbatim_needs_the_whole_sentence():
    base = " ".join(f"word{i}" for i in range(400)) + "."
    changed_end = " ".join(f"word{i}" for i in range(300)) + " " + " ".join(f"other{i}" for i in range(100)) + "."
    source = Document.from_text(base + "\n", id="source")
    report = compare(source, Document.from_text(changed_end + "\n", id="target"),
                     options=CompareOptions(max_sentence_chars=200))
    assert report.to_dict()["target_sentences"][0]["label"] == "paraphrased"
    assert any("max_sentence_chars" in note for note in report.notes)
    same = compare(source, Document.from_text(base + "\n", id="copy"), options=CompareOptions(max_sentence_chars=200))
    assert same.to_dict()["target_sentences"][0]["label"] == "verbatim"


def test_word_diffs_of_huge_rewritten_sentences_are_coarse_and_noted():
    import random

    rng = random.Random(0)
    vocab = "the minister said police government people year council harbour ferry budget".split()
    words = [rng.choice(vocab) for _ in range(20_000)]
    edited = [("changed" if i % 50 == 0 else w) for i, w in enumerate(words)]
    report = compare(Document.from_text(" ".join(words) + ".", id="a"), Document.from_text(" ".join(edited) + ".",
                                                                                         id="b"))
    # 98% of the words copied in order: verbatim by the rule, and its diff is coarse all the same.
    assert report.to_dict()["target_sentences"][0]["label"] == "verbatim"
    assert any("too long for an exact word-level diff" in note for note in report.notes)
    diff = report.to_dict()["alignments"][0]["diff"]
    assert " ".join(run["target"] for run in diff if run["target"]) == " ".join(edited) + "."
