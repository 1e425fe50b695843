"""Where each sentence stands in its input: `start` / `end` in the pair report and the pair CSV, so annotations
made on the input text (SPARK's span offsets, a fact-checker's highlights) join diffsrc's sentences."""

from __future__ import annotations

import io
import json
from importlib import resources

import pandas as pd
import pytest
from click.testing import CliRunner

from diffsrc import Document, compare
from diffsrc.cli import cli
from diffsrc.text.prepare import locate_sentences, prepare

from .conftest import seed

_FOLD = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"})


def _same_words(a: str, b: str) -> bool:
    return a.translate(_FOLD).split() == b.translate(_FOLD).split()


def test_every_seed_sentence_is_found_where_it_stands() -> None:
    source, target = Document.from_path(seed("001")), Document.from_path(seed("000"))
    report = compare(source, target).to_dict()
    for doc, side in ((source, "source_sentences"), (target, "target_sentences")):
        for s in report[side]:
            assert s["start"] is not None, s["text"]
            assert _same_words(doc.text[s["start"]:s["end"]], s["text"])
        starts = [s["start"] for s in report[side]]
        assert starts == sorted(starts)  # reading order


def test_a_hard_wrapped_sentence_spans_its_line_breaks_and_chrome_is_skipped() -> None:
    wrapped = ("The council approved the plan for 300 new homes on the former\n"
               "factory site last night, after a debate that lasted more than\n"
               "three hours and drew a crowd of residents to the town hall, a\n"
               "spokesman for the council said on Wednesday morning in Leeds.")
    text = f"Share this article\n\n{wrapped}\n\nWork starts in May.\n"
    doc = prepare(Document.from_text(text, id="wrapped.txt"))
    assert doc.boilerplate == ["Share this article"] and len(doc.sentences) == 2
    (start, end), (start2, end2) = doc.offsets
    assert text[start:end] == wrapped  # one sentence, joined by cleaning, found across its line breaks
    assert text[start2:end2] == "Work starts in May."


def test_a_sentence_the_text_has_twice_is_found_at_each_place() -> None:
    sentences = ["He said no.", "Then he left.", "He said no."]
    text = "He said no.  Then he left.\nHe said no."
    assert locate_sentences(sentences, text) == [(0, 11), (13, 26), (27, 38)]
    assert locate_sentences(["Not in the text at all."], text) == [None]


def test_the_csv_and_json_carry_the_offsets(tmp_path) -> None:
    source, target = str(seed("001")), str(seed("000"))
    runner = CliRunner()
    frame = pd.read_csv(io.StringIO(runner.invoke(cli, ["compare", source, target, "-f", "csv"]).stdout))
    assert frame["start"].dtype.kind == "i" and (frame["end"] > frame["start"]).all()
    data = json.loads(runner.invoke(cli, ["compare", source, target, "-f", "json"]).stdout)
    assert list(frame["start"]) == [s["start"] for s in data["source_sentences"] + data["target_sentences"]]
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(resources.files("diffsrc.data").joinpath("pair.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(data, schema)


def test_a_word_broken_at_a_line_end_is_found_where_it_stands() -> None:
    # Cleaning joins "Laugh-" / "lin" into "Laughlin"; the sentence must still be found in the text as read.
    text = "The mill of Jones & Laugh-\nlin exploded. Four men were in-\n  stantly killed.\nAn Anglo-\nSaxon fled."
    sentences = ["The mill of Jones & Laughlin exploded.", "Four men were instantly killed.", "An Anglo-Saxon fled."]
    spans = locate_sentences(sentences, text)
    assert [text[a:b] for a, b in spans] == [
        "The mill of Jones & Laugh-\nlin exploded.", "Four men were in-\n  stantly killed.", "An Anglo-\nSaxon fled."]
    # A sentence whose first word is broken.
    assert locate_sentences(["Instantly killed."], "In-\nstantly killed.") == [(0, 19)]


def test_folding_a_texts_marks_by_replacement_is_folding_each_mark():
    """`_fold` replaces each mark the text holds with `str.replace` (no mark folds to one folded in turn): the same
    text as folding every character through `QUOTE_FOLDS`, offsets kept."""
    from diffsrc.text.prepare import _fold
    from diffsrc.text.segment import QUOTE_FOLDS

    marks = "".join(QUOTE_FOLDS)
    mixed = "“Quote,” he said — ‘in part’ – «yes» `no' „ja“ 5′ −3 ― ‒ ‚x"
    for text in ("", "plain text", marks, mixed, "a" + marks * 2):
        folded = _fold(text)
        assert folded == "".join(QUOTE_FOLDS.get(c, c) for c in text) and len(folded) == len(text)
