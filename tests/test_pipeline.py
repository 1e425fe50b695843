"""compare(): properties every report has, whatever the input."""

from __future__ import annotations

import json
from importlib import resources

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from diffsrc import CompareOptions, Document, compare
from diffsrc.pair.score import feature_matrices
from diffsrc.text.prepare import prepare

VOCAB = ("Japan Trump Motegi minister defence spending doubled talks Tokyo week alliance said troops "
         "plan review cost 2% 50,000 2027 the a of to and in new will would").split()
sentence = st.lists(st.sampled_from(VOCAB), min_size=3, max_size=14).map(lambda ws: " ".join(ws).capitalize() + ".")
article = st.lists(sentence, min_size=1, max_size=8).map(lambda ss: "\n\n".join(ss))

SCHEMA = json.loads(resources.files("diffsrc.data").joinpath("pair.schema.json").read_text())


def check_report(report) -> dict:
    data = report.to_dict()
    jsonschema.validate(data, SCHEMA)
    for side, key in (("source_sentences", "targets"), ("target_sentences", "sources")):
        for s in data[side]:
            assert s["score"] is None or 0.0 <= s["score"] <= 1.0
            assert (s["label"] in ("added", "omitted", "not-compared")) == (not s[key])
    for a in data["alignments"]:
        assert 0.0 <= a["score"] <= 1.0
    s = data["summary"]
    assert s["verbatim"] + s["paraphrased"] + s["added"] + s["target_not_compared"] == data["target"]["n_sentences"]
    assert len(data["target_sentences"]) == data["target"]["n_sentences"]
    return data


settings.register_profile("ci", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("ci")


@settings(max_examples=40)
@given(article)
def test_a_document_against_itself_is_all_verbatim(text):
    doc = Document.from_text(text, id="a")
    data = check_report(compare(doc, doc))
    assert {s["label"] for s in data["target_sentences"]} == {"verbatim"}
    assert {s["label"] for s in data["source_sentences"]} == {"verbatim"}
    assert data["summary"]["verdict"] == "wholly-derived"


@settings(max_examples=40)
@given(article, article)
def test_swapping_source_and_target_swaps_added_and_omitted(a, b):
    da, db = Document.from_text(a, id="a"), Document.from_text(b, id="b")
    ab, ba = check_report(compare(da, db)), check_report(compare(db, da))
    assert [s["label"] for s in ab["target_sentences"]] == [
        {"omitted": "added"}.get(s["label"], s["label"]) for s in ba["source_sentences"]]
    assert [s["label"] for s in ab["source_sentences"]] == [
        {"added": "omitted"}.get(s["label"], s["label"]) for s in ba["target_sentences"]]
    assert ab["summary"]["added"] == ba["summary"]["omitted"]
    assert ab["summary"]["omitted"] == ba["summary"]["added"]


def test_reports_are_deterministic(seed_docs):
    first = compare(seed_docs["001"], seed_docs["000"]).to_dict()
    second = compare(Document.from_path(seed_docs["001"].path), Document.from_path(seed_docs["000"].path)).to_dict()
    assert json.dumps(first, sort_keys=True) == json.dumps(second, sort_keys=True)


def test_split_and_merge_are_single_alignments():
    source = Document.from_text(
        "The minister, who took office on Tuesday after a bitter leadership contest, said the country would double "
        "its defence budget by 2027.\n\nTalks with Washington begin next week. They will cover trade and troops.",
        id="src")
    target = Document.from_text(
        "The minister took office on Tuesday after a bitter leadership contest. She said the country would double "
        "its defence budget by 2027.\n\nTalks with Washington begin next week and will cover trade and troops.",
        id="tgt")
    data = check_report(compare(source, target))
    groups = {(tuple(a["source"]), tuple(a["target"])) for a in data["alignments"]}
    assert ((0,), (0, 1)) in groups  # one source sentence split in two
    assert ((1, 2), (2,)) in groups  # two source sentences merged into one


WIRE = ("Ferry service between two island ports resumes after engine repairs\n\n"
        "The ferry MV Northern Star returned to service on Friday after a nine-day suspension for engine repairs. "
        "About 9,000 passengers had their crossings cancelled or rebooked during the suspension, which came at the "
        "start of the autumn tourism season. "
        "The operator said the vessel passed sea trials on Thursday and would run its full timetable from Saturday. "
        "Local businesses said the shutdown had cost them weeks of trade.")
COPY = ("Ferry service between two island ports resumes after engine repairs\n\n"
        "The ferry MV Northern Star returned to service on Friday after a nine-day suspension for engine repairs. "
        "Around 9,000 travellers saw their trips cancelled or moved while the service was halted at the beginning "
        "of the autumn tourist season. "
        "The operator said the vessel passed sea trials on Thursday and would run its full timetable from Saturday. "
        "Local businesses said the shutdown had cost them weeks of trade.")


def test_a_heavily_reworded_sentence_inside_a_copied_passage_is_paraphrased():
    # On its own the reworded sentence is weak evidence (the two share "9,000", "cancelled", "autumn" and
    # "season"); between two copied sentences, in the source's order, it is the rewrite of the sentence between
    # their sources.
    report = check_report(compare(Document.from_text(WIRE, id="wire"), Document.from_text(COPY, id="copy")))
    labels = [s["label"] for s in report["target_sentences"]]
    assert labels == ["verbatim", "verbatim", "paraphrased", "verbatim", "verbatim"]
    assert report["target_sentences"][2]["sources"] == [2]
    assert report["summary"]["verdict"] == "wholly-derived"
    # The report says which link rests on order, and at what score.
    assert any(note.startswith("linked by context") and "T2 from S2" in note for note in report["notes"])
    without = compare(Document.from_text(WIRE, id="wire"), Document.from_text(COPY, id="copy"),
                      options=CompareOptions(context_threshold=1.0)).to_dict()
    assert without["target_sentences"][2]["label"] == "added"


def test_an_own_sentence_between_copied_ones_stays_added():
    # The paper's own sentence in the place of a sentence it dropped shares the story's names, not its content.
    own = COPY.replace(
        "Around 9,000 travellers saw their trips cancelled or moved while the service was halted at the beginning "
        "of the autumn tourist season.",
        "Islanders have campaigned for a second ferry since the MV Northern Star first broke down in 2019.")
    report = check_report(compare(Document.from_text(WIRE, id="wire"), Document.from_text(own, id="own")))
    assert [s["label"] for s in report["target_sentences"]] == ["verbatim", "verbatim", "added", "verbatim",
                                                                 "verbatim"]
    assert report["source_sentences"][2]["label"] == "omitted"
    assert not any("linked by context" in note for note in report["notes"])


def test_context_never_rests_on_the_documents_edges_alone():
    # Two one-sentence texts: both neighbours of the only pair are the documents' edges, which is no evidence.
    a = Document.from_text("The ferry MV Northern Star returned to service on Friday after engine repairs.", id="a")
    b = Document.from_text("The MV Northern Star was out of service on Friday after engine trouble.", id="b")
    score = float(feature_matrices(prepare(b).features, prepare(a).features).derivation[0, 0])
    assert CompareOptions().context_threshold <= score < CompareOptions().derived_threshold
    assert compare(a, b).to_dict()["summary"]["verdict"] == "non-derived"


def test_long_documents_are_bounded_and_the_report_says_so():
    text = "\n\n".join(f"Sentence number {i} reports event {i * 7} in detail." for i in range(60))
    doc = Document.from_text(text, id="long")
    report = check_report(compare(doc, doc, options=CompareOptions(max_sentences=20)))
    assert report["target"]["n_compared"] == 20 and report["target"]["n_sentences"] == 60
    assert report["summary"]["target_not_compared"] == report["summary"]["source_not_compared"] == 40
    assert any("max_sentences" in note for note in report["notes"])


def test_seed_rewrite_is_partially_derived_and_independent_article_is_not(seed_docs):
    rewrite = check_report(compare(seed_docs["001"], seed_docs["000"]))
    assert rewrite["summary"]["verdict"] == "partially-derived"

    def label(prefix: str) -> str:
        return next(s["label"] for s in rewrite["target_sentences"] if s["text"].startswith(prefix))

    assert label("\u201cWhat\u2019s important is not the amount") == "verbatim"
    assert label("\u201cOur national defense should be based") == "paraphrased"  # "... he asserted."
    assert label("Motegi, who returned to the Foreign Minister post") == "paraphrased"
    assert label("Whatever unfolds, the coming week") == "added"
    assert label("The plan includes a dramatic doubling of annual defense spending") == "paraphrased"
    independent = check_report(compare(seed_docs["001"], seed_docs["004"]))
    assert independent["summary"]["verdict"] == "non-derived"
    assert independent["summary"]["verbatim"] + independent["summary"]["paraphrased"] == 0


def test_boilerplate_is_listed_not_aligned(seed_docs):
    data = compare(seed_docs["001"], seed_docs["000"]).to_dict()
    assert "Listen to this article" in data["boilerplate"]["source"]
    assert all("Listen to this article" not in s["text"] for s in data["source_sentences"])
    assert data["source"]["credit"] == "AP"


@pytest.mark.parametrize("empty", ["", "   \n\n"])
def test_empty_text_is_an_error(empty):
    from diffsrc import InputError

    with pytest.raises(InputError):
        Document.from_text(empty, id="e")
