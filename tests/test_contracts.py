"""The JSON contracts of docs/contracts.md: real outputs of every command, and every example on that page, validate
against the schemas the package ships; the schemas refuse what the contracts rule out; the docs cite files that
exist."""

from __future__ import annotations

import json
import re
from importlib import resources

import jsonschema
import pytest
from click.testing import CliRunner

from diffsrc.cli import cli

from .conftest import ROOT, seed
from .corpus_fixtures import page, seed_sentences
from .synthetic_news import make_story, render, reprint

CONTRACTS = {"diffsrc.pair/1": "pair", "diffsrc.findings/1": "findings", "diffsrc.graph/1": "graph",
             "diffsrc.check/1": "check"}
DOC = ROOT / "docs" / "contracts.md"


def schema(name: str) -> dict:
    return json.loads(resources.files("diffsrc.data").joinpath(f"{name}.schema.json").read_text(encoding="utf-8"))


def validate(data: dict) -> None:
    """Validate an output against the schema its `schema` key names (failing on a contract with no schema)."""
    jsonschema.Draft202012Validator(schema(CONTRACTS[data["schema"]])).validate(data)


def invoke(*args: str):
    return CliRunner().invoke(cli, list(args))


def doc_examples() -> list[dict]:
    text = DOC.read_text(encoding="utf-8")
    return [json.loads(block) for block in re.findall(r"^```json\n(.*?)^```", text, re.S | re.M)]


def test_each_contract_has_a_valid_schema_named_for_it():
    for contract, name in CONTRACTS.items():
        found = schema(name)
        jsonschema.Draft202012Validator.check_schema(found)
        assert found["$id"] == contract and found["properties"]["schema"] == {"const": contract}
        assert "docs/contracts.md" in found["description"]


def test_every_example_in_contracts_md_validates_and_each_contract_has_one():
    examples = doc_examples()
    for example in examples:
        validate(example)
    assert {e["schema"] for e in examples} == set(CONTRACTS)
    text = DOC.read_text(encoding="utf-8")
    for contract in CONTRACTS:
        assert f"`{contract}`" in text


def test_seed_compare_and_findings_json_validate():
    for target in ("000", "002", "003"):
        report = invoke("compare", str(seed("001")), str(seed(target)), "--format", "json")
        assert report.exit_code == 0
        validate(json.loads(report.stdout))
        findings = invoke("compare", str(seed("001")), str(seed(target)), "--findings", "--format", "json")
        assert findings.exit_code == 0
        validate(json.loads(findings.stdout))


def test_a_report_with_not_compared_sentences_validates():
    from diffsrc import CompareOptions, Document, compare

    doc = Document.from_path(seed("000"))
    data = compare(doc, doc, options=CompareOptions(max_sentences=10)).to_dict()
    validate(data)
    assert data["summary"]["target_not_compared"] > 0
    assert "not-compared" in {s["label"] for s in data["target_sentences"]}


def test_the_committed_corpus_reports_validate():
    validate(json.loads((ROOT / "reports" / "graph.json").read_text(encoding="utf-8")))
    pairs = sorted((ROOT / "reports" / "pairs").glob("*.json"))
    assert pairs
    for path in pairs:
        validate(json.loads(path.read_text(encoding="utf-8")))


def test_a_corpus_graph_with_every_direction_validates(tmp_path):
    wire, other = list(seed_sentences("004")), list(seed_sentences("003"))
    folder = tmp_path / "in"
    folder.mkdir()
    # Dated: the manifest dates both. Undetermined: two undated texts sharing a passage, neither credited.
    (folder / "a.txt").write_text(page(wire[:8]), encoding="utf-8")
    (folder / "b.txt").write_text(page(wire[:6] + other[:4]), encoding="utf-8")
    (folder / "c.txt").write_text(page(other[:8]), encoding="utf-8")
    (folder / "d.txt").write_text(page(other[:5] + wire[10:12]), encoding="utf-8")
    manifest = tmp_path / "manifest.csv"
    manifest.write_text("id,date\na.txt,2025-01-01\nb.txt,2025-01-02\n", encoding="utf-8")
    out = tmp_path / "out"
    result = invoke("corpus", str(folder), "--out", str(out), "--manifest", str(manifest))
    assert result.exit_code == 0, result.stderr
    graph = json.loads((out / "graph.json").read_text(encoding="utf-8"))
    validate(graph)
    assert {"dated", "undetermined"} <= {e["direction"] for e in graph["edges"]}
    for path in (out / "pairs").glob("*.json"):
        validate(json.loads(path.read_text(encoding="utf-8")))


def test_check_json_with_errors_and_already_indexed_files_validates(tmp_path):
    batch = tmp_path / "batch"
    batch.mkdir()
    (batch / "a.txt").write_text(render(make_story(1)), encoding="utf-8")
    (batch / "b.txt").write_text(reprint(make_story(1), 2), encoding="utf-8")
    (batch / "empty.txt").write_bytes(b"")
    (batch / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    index = str(tmp_path / "seen.db")
    first = invoke("check", "--index", index, str(batch), str(tmp_path / "gone.txt"), "--add", "--format", "json")
    retry = invoke("check", "--index", index, str(batch), "--add", "--format", "json")
    statuses = set()
    for result in (first, retry):
        assert result.exit_code == 2
        data = json.loads(result.stdout)
        validate(data)
        statuses |= {r["status"] for r in data["results"]}
    assert statuses == {"clean", "near-duplicate", "already-indexed", "error"}


@pytest.mark.parametrize("contract, bad", [
    ("check", {"schema": "diffsrc.check/1", "results": [{"path": "x", "status": "error", "matches": []}]}),
    ("check", {"schema": "diffsrc.check/1", "results": [{"path": "x", "status": "near-duplicate", "matches": []}]}),
    ("check", {"schema": "diffsrc.check/1", "results": [{"path": "x", "status": "duplicate", "matches": []}]}),
    ("check", {"schema": "diffsrc.check/1",
               "results": [{"path": "x", "status": "clean", "matches": [], "error": "why"}]}),
    ("graph", {"schema": "diffsrc.graph/1", "nodes": [], "edges": [
        {"source": "a", "target": "b", "verdict": "partially-derived", "target_derived_share": 0.5, "verbatim": 1,
         "paraphrased": 2, "direction": "guessed", "near_duplicate": False, "report": None}]}),
    ("graph", {"schema": "diffsrc.graph/1", "nodes": [{"id": "a"}], "edges": []}),
    ("findings", {"schema": "diffsrc.findings/1", "source": "a", "target": "b", "unattributed_reuse": False,
                  "attribution": None, "quotes": [{"status": "moved"}], "facts": []}),
])
def test_the_schemas_refuse_what_the_contracts_rule_out(contract, bad):
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft202012Validator(schema(contract)).validate(bad)


def test_a_pair_label_outside_the_vocabulary_is_refused():
    example = next(e for e in doc_examples() if e["schema"] == "diffsrc.pair/1")
    example["target_sentences"][0]["label"] = "skipped"
    with pytest.raises(jsonschema.ValidationError):
        validate(example)


def test_the_docs_and_the_code_cite_files_that_exist():
    texts = {path: path.read_text(encoding="utf-8") for path in
             [ROOT / "README.md", *(ROOT / "docs").glob("*.md"), *(ROOT / "diffsrc").rglob("*.py"),
              *(ROOT / "diffsrc" / "data").glob("*.json")]}
    for path, text in texts.items():
        assert "DESIGN.md" not in text, f"{path} cites DESIGN.md, which is not in the repository"
        for link in re.findall(r"\]\(((?:docs/)?[\w-]+\.md)\)", text):
            base = ROOT if link.startswith("docs/") or path.parent == ROOT else path.parent
            assert (base / link).is_file(), f"{path} links to {link}, which does not exist"
    for contract in CONTRACTS:
        assert any(contract in text for path, text in texts.items() if path.suffix == ".py"), contract


def test_output_folders_are_as_inputs_md_says(tmp_path):
    doc = (ROOT / "docs" / "inputs.md").read_text(encoding="utf-8")
    missing = tmp_path / "out" / "report.json"
    result = invoke("compare", str(seed("001")), str(seed("000")), "-o", str(missing))
    assert result.exit_code == 2 and result.stderr == f"Error: {missing.parent}: output folder does not exist\n"
    assert "`Error: out: output folder does not exist` (for `-o out/report.json`)" in doc
    deep = tmp_path / "nodir" / "deep" / "out"
    assert invoke("corpus", str(seed("001")), str(seed("000")), "--out", str(deep), "-q").exit_code == 0
    assert (deep / "graph.json").is_file()
    assert "`corpus --out DIR` is different: it creates `DIR` and any missing parents" in doc


def test_every_key_of_a_quote_is_described_by_both_schemas():
    # A key added to the output (allowed by the contracts) is added to the schemas too, so that a reader of the
    # schema learns its type: `said_to` (a churnalism re-test) was emitted and described nowhere but the docs.
    report = invoke("compare", str(seed("001")), str(seed("003")), "--format", "json")
    quotes = json.loads(report.stdout)["quotes"]
    assert quotes
    emitted = set().union(*(q.keys() for q in quotes))
    pair_quote = schema("pair")["properties"]["quotes"]["items"]["properties"]
    findings_quote = schema("findings")["properties"]["quotes"]["items"]["properties"]
    assert emitted <= set(pair_quote), emitted - set(pair_quote)
    assert emitted <= set(findings_quote), emitted - set(findings_quote)
