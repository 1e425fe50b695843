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
    assert report.source.n_sentences == report.source.n_compared == 20
    assert 0 < report.target.n_compared < 3000 and report.target.n_sentences == 3000
    assert report.notes == [f"long.txt: only the first {report.target.n_compared} of 3000 sentences were aligned "
                            "(work bound per pair: max_matrix_cells)"]
    assert report.limits == report.notes
    labels = [s["label"] for s in report.to_dict()["target_sentences"]]
    assert len(labels) == 3000 and set(labels[report.target.n_compared:]) == {"not-compared"}


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


def test_the_words_compared_in_order_are_those_within_max_sentence_chars(monkeypatch):
    # Long words, few of them: 90 words of 9-11 letters are ~950 characters, so the bound of 300 is passed though
    # twice the word count (180) is under it. The note says "compared word for word on its first 300 characters":
    # the edit script must read no more than that of either sentence.
    from diffsrc.pair import align

    seen: list[int] = []
    real = align.words_copied_in_order

    def recorded(words, source):
        seen.extend((len(" ".join(words)), len(" ".join(source))))
        return real(words, source)

    monkeypatch.setattr(align, "words_copied_in_order", recorded)
    text = " ".join(f"longword{i:03d}" for i in range(90)) + "."
    edited = text.replace("longword050", "changed")
    report = compare(Document.from_text(text + "\n", id="source"), Document.from_text(edited + "\n", id="target"),
                     options=CompareOptions(max_sentence_chars=300))
    assert any("max_sentence_chars" in note for note in report.notes)
    assert seen and max(seen) <= 300


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


def test_the_coarse_diff_note_counts_as_the_words_do(monkeypatch):
    # The note's first test bounds a text's words by its length ((n + 1) // 2): tight for one-letter words, loose
    # for long ones; either way the note is given exactly where the split words' product passes the bound.
    from types import SimpleNamespace

    from diffsrc.pair.bounds import coarse_diff_note
    from diffsrc.pair.findings import diff as diff_module

    source = ["a b c", "a  b   c", "minister harbour", "a b"]
    target = ["x y z", "budget", "c b a"]
    for cells in range(0, 12):
        monkeypatch.setattr(diff_module, "MAX_DIFF_CELLS", cells)
        for s, t in [([0], [0]), ([1], [0]), ([2], [1]), ([0, 3], [0, 2]), ([3], [2]), ([0], [2])]:
            group = SimpleNamespace(source=s, target=t)
            words = sum(len(source[i].split()) for i in s) * sum(len(target[i].split()) for i in t)
            same = " ".join(source[i] for i in s) == " ".join(target[i] for i in t)
            assert (coarse_diff_note([group], source, target) is not None) == (words > cells and not same)


def write_distinct_sentences(path: Path, n: int) -> None:
    """`n` distinct news-like sentences, four to a paragraph."""
    import random

    rng = random.Random(7)
    who = ["The mayor", "Police", "The harbour authority", "Union leaders", "The minister", "Residents"]
    what = ["the ferry route", "the budget", "a new bridge", "fuel prices", "school closures", "road repairs"]
    sentences = [f"{rng.choice(who)} said on day {i} that {rng.choice(what)} would cost {rng.randint(2, 900)} "
                 f"million, up {rng.randint(1, 40)} percent on item {i * 7}." for i in range(n)]
    path.write_text("\n\n".join(" ".join(sentences[i:i + 4]) for i in range(0, n, 4)) + "\n", encoding="utf-8")


def test_a_10k_sentence_file_against_itself_counts_only_what_was_compared(tmp_path):
    import json
    from importlib import resources

    import jsonschema
    from click.testing import CliRunner

    from diffsrc.cli import cli

    long = tmp_path / "long.txt"
    write_distinct_sentences(long, 10_000)
    out = tmp_path / "report.json"
    result = CliRunner().invoke(cli, ["compare", str(long), str(long), "--format", "json", "-o", str(out)])
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    schema = json.loads(resources.files("diffsrc.data").joinpath("pair.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(data, schema)
    kept = data["target"]["n_compared"]
    assert 0 < kept < 10_000 and data["source"]["n_compared"] == kept
    # A file against itself: what was compared is all verbatim; the rest is neither added nor omitted.
    summary = data["summary"]
    assert (summary["verbatim"], summary["paraphrased"], summary["added"], summary["omitted"]) == (kept, 0, 0, 0)
    assert summary["source_not_compared"] == summary["target_not_compared"] == 10_000 - kept
    assert summary["target_derived_share"] == summary["source_retained_share"] == 1.0
    for side in ("source_sentences", "target_sentences"):
        labels = [s["label"] for s in data[side]]
        assert len(labels) == 10_000
        assert set(labels[:kept]) == {"verbatim"} and set(labels[kept:]) == {"not-compared"}
    # The bounds that were hit are on stderr although the report went to a file.
    assert "only the first 5000 of 10000 sentences were aligned (max_sentences)" in result.stderr
    assert f"only the first {kept} of 5000 sentences were aligned (work bound per pair" in result.stderr
    assert f"{10_000 - kept} source and {10_000 - kept} target sentences not compared" in result.stderr


def test_sentences_without_a_counterpart_are_not_compared_when_the_other_side_was_cut():
    early = [f"The council said budget item {i} would fund {i + 3} new ferries next spring." for i in range(6)]
    late = [f"Harbour police reported {i + 40} thefts at the marina during the storm week {i}." for i in range(6)]
    source = Document.from_text(" ".join(early + late) + "\n", id="wire")
    filler = [f"Filler line {i} tells of an unrelated matter number {i * 13}." for i in range(400)]
    target = Document.from_text("\n\n".join(early + filler + late) + "\n", id="story")
    report = compare(source, target, options=CompareOptions(max_sentences=100))
    data = report.to_dict()
    assert data["target"]["n_compared"] == 100 and data["source"]["n_compared"] == 12
    source_labels = [s["label"] for s in data["source_sentences"]]
    # The late sentences are in the part of the target that was not compared: not omitted, not compared.
    assert source_labels == ["verbatim"] * 6 + ["not-compared"] * 6
    assert data["summary"]["omitted"] == 0 and data["summary"]["source_not_compared"] == 6
    assert data["summary"]["source_retained_share"] == 1.0
    # The source was compared whole: the target's filler in the compared part is added.
    target_labels = [s["label"] for s in data["target_sentences"]]
    assert target_labels[:6] == ["verbatim"] * 6 and set(target_labels[6:100]) == {"added"}
    assert set(target_labels[100:]) == {"not-compared"} and data["summary"]["added"] == 94
    # Swapped, the roles swap: the late target sentences are not compared rather than added.
    swapped = compare(target, source, options=CompareOptions(max_sentences=100)).to_dict()
    assert [s["label"] for s in swapped["target_sentences"]] == ["verbatim"] * 6 + ["not-compared"] * 6
    assert swapped["summary"]["added"] == 0 and swapped["summary"]["omitted"] == 94


def test_the_human_formats_say_what_was_not_compared_in_one_row():
    from diffsrc.report import render

    doc = Document.from_text("\n\n".join(lines(50).splitlines()), id="doc.txt")
    report = compare(doc, doc, options=CompareOptions(max_sentences=10))
    table = render(report, "table")
    assert "(40 sentences not compared: a work bound was hit)" in table
    assert "10-49" in table and "Line number 49" not in table
    assert ("target 10 verbatim, 0 paraphrased, 0 added; source 0 omitted; 100% of the target derives from the source, "
            "100% of "
            "the source is retained; 40 source and 40 target sentences not compared") in " ".join(table.split())
    page = render(report, "html")
    assert "S11–S50: 40 sentences not compared" in page and "Line number 49" not in page  # numbered from 1 in HTML
    assert 'data-filter="not-compared"' in page
    assert "Line number 49" in render(report, "csv") and "Line number 49" in render(report, "json")


def test_a_corpus_run_whose_pairs_hit_a_bound_links_only_compared_sentences():
    from diffsrc import CorpusOptions, run_corpus

    text = [f"Line number {i} says something new about topic {i}." for i in range(40)]
    a = Document.from_text("\n\n".join(text), id="a")
    b = Document.from_text("\n\n".join([*text[:30], "An extra line of the copy about the weather today."]), id="b")
    result = run_corpus([a, b], options=CorpusOptions(compare=CompareOptions(max_sentences=8)))
    (edge,) = result.graph["edges"]
    assert edge["verbatim"] == edge["direct_sentences"] == 8
    # The sentences past the cut were never compared: neither derived nor added (provenance.csv says so).
    rows = result.provenance
    target = edge["target"]
    assert set(rows[(rows.document == target) & (rows.sentence < 8)].label) == {"verbatim"}
    assert set(rows[(rows.document == target) & (rows.sentence >= 8)].label) == {"not-compared"}



def test_corpus_says_on_stderr_when_a_pair_hit_a_work_bound(tmp_path):
    from click.testing import CliRunner

    from diffsrc.cli import cli

    text = [f"Line number {i} says something new about topic {i} and place {i * 7}." for i in range(5100)]
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "huge.txt").write_text("\n\n".join(text))  # past max_sentences (5000)
    (tmp_path / "in" / "small.txt").write_text("\n\n".join(text[:40] + ["The copy adds a remark on the weather."]))
    result = CliRunner().invoke(cli, ["corpus", str(tmp_path / "in"), "--out", str(tmp_path / "out"), "-q"])
    assert result.exit_code == 0, result.output
    assert result.stderr.startswith("warning: 2 compared pairs hit a work bound (huge inputs): their sentences past "
                                    "the cut are not-compared, e.g. ")
