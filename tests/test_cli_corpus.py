"""`diffsrc corpus`: the output folder, the seeds' picture, bad input and exit codes, determinism."""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path
from xml.etree import ElementTree

import pytest
from click.testing import CliRunner

from diffsrc.cli import cli
from diffsrc.corpus.run import pair_slug

from .conftest import seed
from .corpus_fixtures import page, seed_sentences

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
WIRE = list(seed_sentences("004"))
OTHER = list(seed_sentences("003"))


def _run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def _graph(out: Path) -> dict:
    return json.loads((out / "graph.json").read_text(encoding="utf-8"))


def _edges(out: Path) -> dict[tuple[str, str], dict]:
    return {(e["source"][:3], e["target"][:3]): e for e in _graph(out)["edges"]}


@pytest.fixture(scope="module")
def seeds_out(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("corpus") / "reports"
    result = _run("corpus", str(SEEDS), "--out", str(out))
    assert result.exit_code == 0, result.output
    return out


def test_writes_every_output_file(seeds_out):
    for name in ("summary.csv", "provenance.csv", "graph.json", "graph.graphml", "graph.dot", "graph.svg"):
        assert (seeds_out / name).is_file(), name
    pairs = sorted(p.name for p in (seeds_out / "pairs").iterdir())
    assert "001_72d3a0bd69b97b31.txt__000_07eeea3d0505a8a1.txt.json" in pairs
    assert "001_72d3a0bd69b97b31.txt__000_07eeea3d0505a8a1.txt.md" in pairs
    first_json = next(name for name in pairs if name.endswith(".json"))
    report = json.loads((seeds_out / "pairs" / first_json).read_text(encoding="utf-8"))
    assert report["schema"] == "diffsrc.pair/1"


def test_html_pages_for_the_corpus_and_each_pair(seeds_out):
    index = (seeds_out / "index.html").read_text(encoding="utf-8")
    assert "001_72d3a0bd69b97b31.txt__000_07eeea3d0505a8a1.txt.html" in index
    page = seeds_out / "pairs" / "001_72d3a0bd69b97b31.txt__000_07eeea3d0505a8a1.txt.html"
    assert "../index.html" in page.read_text(encoding="utf-8")


def test_seeds_picture_001_is_the_source_of_000_and_003_and_004_is_alone(seeds_out):
    edges = _edges(seeds_out)
    assert ("001", "000") in edges and ("001", "003") in edges
    assert not any("004" in pair for pair in edges)
    assert not any(target == "001" for _, target in edges)  # the AP reprint derives from none of the others
    assert edges[("001", "000")]["direction"] in ("dated", "inferred")
    if ("001", "002") in edges:
        assert edges[("001", "002")]["target_derived_share"] < edges[("001", "000")]["target_derived_share"]


def test_graph_json_follows_the_contract(seeds_out):
    graph = _graph(seeds_out)
    assert graph["schema"] == "diffsrc.graph/1"
    for node in graph["nodes"]:
        assert {"id", "path", "title", "outlet", "credit", "date"} <= set(node)
    for edge in graph["edges"]:
        assert {"source", "target", "verdict", "target_derived_share", "verbatim", "paraphrased", "direction",
                "near_duplicate", "report"} <= set(edge)
        assert edge["direction"] in ("dated", "inferred", "undetermined")
        assert (seeds_out / edge["report"]).is_file()
    assert {n["id"] for n in graph["nodes"]} == {p.name for p in SEEDS.iterdir()}


def test_summary_has_one_row_per_compared_ordered_pair_strongest_first(seeds_out):
    rows = list(csv.DictReader(io.StringIO((seeds_out / "summary.csv").read_text(encoding="utf-8"))))
    assert len({(r["source"], r["target"]) for r in rows}) == len(rows)
    rank = {"wholly-derived": 0, "partially-derived": 1, "non-derived": 2}
    keys = [(rank[r["verdict"]], -float(r["target_derived_share"])) for r in rows]
    assert keys == sorted(keys)  # by verdict, then the derived share
    pairs_written = {r["report"] for r in rows if r["report"]}
    assert all((seeds_out / p).is_file() for p in pairs_written)


def test_pair_reports_only_where_there_is_reuse_unless_all_pairs(seeds_out, tmp_path):
    rows = list(csv.DictReader(io.StringIO((seeds_out / "summary.csv").read_text(encoding="utf-8"))))
    derived = [r for r in rows if r["verdict"] != "non-derived"]
    others = [r for r in rows if r["verdict"] == "non-derived"]
    assert derived and others  # the seeds have both: 002 and 004 share a phrase or two with 000, no more
    assert all(r["report"] and (seeds_out / r["report"]).is_file() for r in derived)
    assert not any(r["report"] for r in others)
    written = {p.name.rsplit(".", 1)[0] for p in (seeds_out / "pairs").iterdir()}
    assert written == {Path(r["report"]).name.rsplit(".", 1)[0] for r in derived}
    out = tmp_path / "all"
    assert _run("corpus", str(SEEDS), "--out", str(out), "--all-pairs").exit_code == 0
    everything = list(csv.DictReader(io.StringIO((out / "summary.csv").read_text(encoding="utf-8"))))
    assert len(everything) == len(rows)
    assert all(r["report"] and (out / r["report"]).is_file() for r in everything)
    assert all((out / r["report"]).with_suffix(ext).is_file() for r in everything for ext in (".md", ".html"))


def test_provenance_has_a_row_for_every_sentence(seeds_out):
    rows = list(csv.DictReader(io.StringIO((seeds_out / "provenance.csv").read_text(encoding="utf-8"))))
    graph = _graph(seeds_out)
    assert len(rows) == sum(n["n_sentences"] for n in graph["nodes"])
    derived = [r for r in rows if r["source"]]
    assert derived and all(r["label"] in ("verbatim", "paraphrased") for r in derived)
    assert all(r["source"].startswith("001") for r in derived if r["document"].startswith("003"))


def test_provenance_names_the_closest_of_a_sentences_sources(seeds_out):
    # 000's sentence 12 quotes AP's "We are firmly preparing for President Trump's visit" (001's sentence 5) and is
    # also linked to 001's sentence 2, which only shares the story's words; its 10th retells 001's 17th, and its
    # 36th 001's 16th (Rubio). Provenance names the sentence holding most of it, not the earliest linked one.
    rows = {(r["document"], r["sentence"]): r for r in csv.DictReader(
        io.StringIO((seeds_out / "provenance.csv").read_text(encoding="utf-8")))}
    wanted = {"12": "5", "10": "17", "36": "16"}
    assert {t: rows[("000_07eeea3d0505a8a1.txt", t)]["source_sentence"] for t in wanted} == wanted


def test_graph_files_are_readable(seeds_out):
    svg = ElementTree.parse(seeds_out / "graph.svg").getroot()
    ids = {el.get("id") for el in svg.iter() if el.get("id")}
    assert "node-001_72d3a0bd69b97b31.txt" in ids
    assert "edge-001_72d3a0bd69b97b31.txt__000_07eeea3d0505a8a1.txt" in ids
    assert "pairs/001_72d3a0bd69b97b31.txt__000_07eeea3d0505a8a1.txt." in (seeds_out / "graph.svg").read_text()
    ElementTree.parse(seeds_out / "graph.graphml")
    dot = (seeds_out / "graph.dot").read_text(encoding="utf-8")
    assert dot.startswith("digraph") and '"001_72d3a0bd69b97b31.txt" -> "000_07eeea3d0505a8a1.txt"' in dot


def test_graphml_loads_in_networkx(seeds_out):
    nx = pytest.importorskip("networkx")
    g = nx.read_graphml(seeds_out / "graph.graphml")
    assert g.has_edge("001_72d3a0bd69b97b31.txt", "000_07eeea3d0505a8a1.txt")
    assert g.nodes["001_72d3a0bd69b97b31.txt"]["credit"] == "AP"


def test_same_inputs_give_byte_identical_files(seeds_out, tmp_path):
    out = tmp_path / "again"
    assert _run("corpus", str(SEEDS), "--out", str(out)).exit_code == 0
    first = {p.relative_to(seeds_out): p.read_bytes() for p in seeds_out.rglob("*") if p.is_file()}
    second = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    assert first == second


def test_committed_reports_are_up_to_date(tmp_path, monkeypatch):
    """reports/ is the README's main command on seeds/; regenerate it with `diffsrc corpus seeds/ --out reports/`."""
    monkeypatch.chdir(ROOT)
    out = tmp_path / "reports"
    assert _run("corpus", "seeds/", "--out", str(out)).exit_code == 0
    committed = {p.relative_to(ROOT / "reports").as_posix(): p.read_bytes()
                 for p in (ROOT / "reports").rglob("*") if p.is_file()}
    fresh = {p.relative_to(out).as_posix(): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    stale = sorted(k for k in committed.keys() | fresh.keys() if committed.get(k) != fresh.get(k))
    assert not stale, f"reports/ is out of date ({stale[:5]}...): run `diffsrc corpus seeds/ --out reports/`"


def test_bad_inputs_are_skipped_reported_and_exit_1(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(page(WIRE[:10], credit="AP"), encoding="utf-8")
    (folder / "b.txt").write_text(page(WIRE[:6] + OTHER[:6]), encoding="utf-8")
    (folder / "empty.txt").write_text("  \n", encoding="utf-8")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02binary")
    out = tmp_path / "out"
    result = _run("corpus", str(folder), "--out", str(out))  # an unexpected exception propagates and fails here
    # CliRunner reports any uncaught exception as exit status 1 too: the command must have exited on purpose.
    assert isinstance(result.exception, SystemExit) and result.exit_code == 1, repr(result.exception)
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        f"skipped: {folder / 'binary.txt'}: binary file (contains NUL bytes), not text",
        f"skipped: {folder / 'empty.txt'}: empty document (no text)",
        f"2 documents, 2 pairs compared, 1 derivation, 0 undetermined; 2 skipped; written to {out}",
    ]
    rows = list(csv.DictReader(io.StringIO((out / "skipped.csv").read_text(encoding="utf-8"))))
    skipped = {Path(r["path"]).name: r["reason"] for r in rows}
    assert set(skipped) == {"empty.txt", "binary.txt"}
    assert all(skipped.values())
    summary = list(csv.DictReader(io.StringIO((out / "summary.csv").read_text(encoding="utf-8"))))
    assert {(r["source"], r["target"]) for r in summary} == {("a.txt", "b.txt"), ("b.txt", "a.txt")}
    assert {e["target"] for e in _graph(out)["edges"]} == {"b.txt"}


def test_worker_processes_list_a_few_files_of_a_kind_between_them_and_the_line_counts_copies_apart(tmp_path):
    # A researcher's trial with -j 2: each worker listed five Windows-1252 files and said "more files" (twelve lines
    # where one process says six), and "223 pairs compared" counted 177 near-identical copies never compared.
    import subprocess
    import sys

    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(16):
        text = page(OTHER[n:n + 3] + WIRE[n:n + 2])
        (folder / f"p{n}.txt").write_bytes(text.replace("the", "th\xe9").encode("cp1252"))
    (folder / "wire.txt").write_text(page(WIRE[:12], credit="AP"), encoding="utf-8")
    (folder / "copy.txt").write_text(page(WIRE[:12]).replace("said", "told reporters", 1), encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    # Chunks of four documents, so that both workers read some of the sixteen (64 at a time, one would read all).
    script = ("import sys, diffsrc.corpus.run as run; run.PREPARE_CHUNK = 4; from diffsrc.cli import cli; "
              "cli(sys.argv[1:], prog_name='diffsrc')")
    done = subprocess.run([sys.executable, "-c", script, "corpus", str(folder), "--out", str(tmp_path / "out"),
                           "-j", "2"], capture_output=True, text=True, env=env, timeout=300)
    assert done.returncode == 0, done.stderr
    lines = done.stderr.splitlines()
    listed = [line for line in lines if line.endswith("not valid UTF-8; read as cp1252")]
    assert len(listed) == 5 and len(set(listed)) == 5
    assert sum(line.startswith("warning: more files are not valid UTF-8") for line in lines) == 1
    assert ", 1 near-identical copy matched, " in lines[-1], lines[-1]


@pytest.mark.parametrize("formats", [("json",), ("markdown",), ("json", "markdown")])
def test_pair_report_formats_without_html_keep_the_corpus_page_and_link_to_files_that_exist(tmp_path, formats):
    # A library user's trial: formats=("json",) also dropped index.html, and graph.svg linked every edge to a
    # pairs/*.md file that was not written.
    import re

    from diffsrc import CorpusOptions, write_corpus

    out = tmp_path / "out"
    write_corpus([str(SEEDS)], out, options=CorpusOptions(formats=formats))
    assert (out / "index.html").exists()
    for name in ("graph.svg", "index.html"):
        links = set(re.findall(r'href="(pairs/[^"#]+)"', (out / name).read_text(encoding="utf-8")))
        assert links and all((out / link).exists() for link in links), (name, sorted(links))


def test_a_pipe_or_broken_link_a_pattern_matches_is_skipped_and_listed_not_dropped(tmp_path):
    # A folder walk listed them; a glob pattern ("in/*", quoted so that diffsrc expands it) dropped them without a
    # word: "0 skipped", exit 0, one input fewer in the run.
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(page(WIRE[:10], credit="AP"), encoding="utf-8")
    (folder / "b.txt").write_text(page(WIRE[:6] + OTHER[:6]), encoding="utf-8")
    os.mkfifo(folder / "pipe.txt")
    (folder / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    out = tmp_path / "out"
    result = _run("corpus", f"{folder}/*", "--out", str(out))
    assert result.exit_code == 1, result.output
    assert result.stderr.splitlines() == [
        f"skipped: {folder / 'gone.txt'}: broken symbolic link (its target does not exist)",
        f"skipped: {folder / 'pipe.txt'}: not a regular file (a pipe, socket or device)",
        f"2 documents, 2 pairs compared, 1 derivation, 0 undetermined; 2 skipped; written to {out}",
    ]
    rows = list(csv.DictReader(io.StringIO((out / "skipped.csv").read_text(encoding="utf-8"))))
    assert {Path(r["path"]).name: r["reason"] for r in rows} == {
        "gone.txt": "broken symbolic link (its target does not exist)",
        "pipe.txt": "not a regular file (a pipe, socket or device)"}


def test_a_file_read_again_to_be_compared_is_not_warned_about_twice(tmp_path):
    # Each document is read to summarise it and again to compare it: its cp1252 warning is said once.
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_bytes(page(WIRE[:10], credit="AP").replace("the", "th\xe9").encode("cp1252"))
    (folder / "b.txt").write_bytes(page(WIRE[:8]).replace("the", "th\xe9").encode("cp1252"))
    result = _run("corpus", str(folder), "--out", str(tmp_path / "out"))
    assert result.exit_code == 0
    assert "2 pairs compared" in result.stderr
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning:")]
    assert warnings == [f"warning: {folder / name}: not valid UTF-8; read as cp1252" for name in ("a.txt", "b.txt")]


def test_an_id_holding_a_semicolon_is_warned_about(tmp_path):
    # `;` separates the ids of provenance.csv's tied_sources and linked_sources: such a file name is said, not
    # left to break a researcher's split of those cells.
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "wire;v1.txt").write_text(page(WIRE[:10], credit="AP"), encoding="utf-8")
    (folder / "paper.txt").write_text(page(WIRE[:8]), encoding="utf-8")
    result = _run("corpus", str(folder), "--out", str(tmp_path / "out"))
    assert result.exit_code == 0
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning:")]
    assert warnings == ["warning: wire;v1.txt: the id holds ';', which separates ids in provenance.csv's "
                        "tied_sources and linked_sources: give it another name (a file name, a record's id) to "
                        "split those cells back"]


def test_a_folder_of_windows_1252_files_is_warned_about_in_a_few_lines(tmp_path):
    # METER's 850 files are Windows-1252: one warning line per file (175 shown in a trial) buried every other
    # message on stderr. The first few files are named, then one line says more follow; -v names them all.
    folder = tmp_path / "in"
    folder.mkdir()
    for k in range(9):
        (folder / f"p{k}.txt").write_bytes(page(WIRE[k: k + 4]).replace("the", "th\xe9").encode("cp1252"))
    result = _run("corpus", str(folder), "--out", str(tmp_path / "out"))
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning:")]
    assert len(warnings) == 6 and all("read as cp1252" in w for w in warnings[:5])
    assert warnings[5].startswith("warning: more files are not valid UTF-8") and "diffsrc -v" in warnings[5]
    verbose = _run("-v", "corpus", str(folder), "--out", str(tmp_path / "out2"))
    assert sum("not valid UTF-8; read as cp1252" in line for line in verbose.stderr.splitlines()) == 9


def test_nothing_readable_exits_2_with_one_error_line(tmp_path):
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    result = CliRunner().invoke(cli, ["corpus", str(tmp_path / "empty.txt"), "--out", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines()[-1].startswith("Error: ")
    assert "no readable documents" in result.stderr


def test_nothing_readable_names_each_input_and_its_reason(tmp_path):
    allbad = tmp_path / "allbad.jsonl"
    allbad.write_text('{"id": "a", "text": "x\ty"}\n[1, 2]\n{"id": "c"}\n', encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["corpus", str(allbad), "--out", str(out)])
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        f"skipped: {allbad}:line 1: not valid JSON (Invalid control character at column 23)",
        f"skipped: {allbad}:line 2: not a JSON object (a list)",
        f"skipped: {allbad}:line 3: no 'text' field",
        f"Error: {allbad}: no readable documents among the inputs (3 skipped, each listed above)",
    ]
    assert not out.exists()
    missing = tmp_path / "nosuchdir"
    result = CliRunner().invoke(cli, ["corpus", str(missing), "--out", str(out)])
    assert result.exit_code == 2
    assert result.stderr == f"Error: {missing}: no such file; no readable documents among the inputs\n"
    result = CliRunner().invoke(cli, ["-q", "corpus", str(missing), str(allbad), "--out", str(out)])
    assert result.stderr.splitlines()[-2:] == [
        f"skipped: {missing}: no such file",
        f"Error: {missing}, {allbad}: no readable documents among the inputs (4 skipped, each listed above)"]


def test_same_file_names_in_different_folders_get_distinct_ids(tmp_path):
    for folder, sentences in (("x", WIRE[:10]), ("y", WIRE[:6] + OTHER[:6])):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "story.txt").write_text(page(sentences), encoding="utf-8")
    out = tmp_path / "out"
    assert _run("corpus", str(tmp_path / "x"), str(tmp_path / "y"), "--out", str(out)).exit_code == 0
    ids = {n["id"] for n in _graph(out)["nodes"]}
    assert len(ids) == 2
    assert all((out / e["report"]).is_file() for e in _graph(out)["edges"])


def test_output_folder_is_not_wiped_and_stale_pair_files_go(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(page(WIRE[:10], credit="AP"), encoding="utf-8")
    (folder / "b.txt").write_text(page(WIRE[:6] + OTHER[:6]), encoding="utf-8")
    out = tmp_path / "out"
    (out / "pairs").mkdir(parents=True)
    (out / "notes.txt").write_text("mine", encoding="utf-8")
    (out / "pairs" / "mine.json").write_text("{}", encoding="utf-8")
    assert _run("corpus", str(folder), "--out", str(out)).exit_code == 0
    assert (out / "pairs" / "a.txt__b.txt.json").is_file()
    (folder / "b.txt").write_text(page(OTHER[10:20]), encoding="utf-8")
    assert _run("corpus", str(folder), "--out", str(out)).exit_code == 0
    assert not (out / "pairs" / "a.txt__b.txt.json").exists()  # the previous run's pair, no longer sharing text
    assert (out / "notes.txt").read_text(encoding="utf-8") == "mine"
    assert (out / "pairs" / "mine.json").is_file()


def _two_reports_and_a_manifest(tmp_path: Path, manifest_text: str) -> tuple[Path, Path]:
    """A folder of a rewrite (early.txt) and the wire story it shares text with (late.txt), and a manifest."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "early.txt").write_text(page(WIRE[:6] + OTHER[:6]), encoding="utf-8")
    (folder / "late.txt").write_text(page(WIRE[:10]), encoding="utf-8")
    manifest = tmp_path / "manifest.csv"
    manifest.write_text(manifest_text, encoding="utf-8")
    return folder, manifest


def test_manifest_dates_give_dated_edges(tmp_path):
    folder, manifest = _two_reports_and_a_manifest(
        tmp_path, "id,date,outlet\nearly.txt,2025-10-20,Early Times\nlate.txt,2025-10-22,Late Post\n")
    out = tmp_path / "out"
    assert _run("corpus", str(folder), "--out", str(out), "--manifest", str(manifest)).exit_code == 0
    (edge,) = _graph(out)["edges"]
    assert (edge["source"], edge["target"], edge["direction"]) == ("early.txt", "late.txt", "dated")
    nodes = {n["id"]: n for n in _graph(out)["nodes"]}
    assert nodes["early.txt"]["outlet"] == "Early Times"


def test_a_manifest_names_authors_and_every_output_carries_them(tmp_path):
    folder, manifest = _two_reports_and_a_manifest(
        tmp_path, "id,date,author\nearly.txt,2025-10-20,Jane Doe\nlate.txt,2025-10-22,\n")
    (folder / "late.txt").write_text("By TOM WHITAKER, PA News\n\n" + page(WIRE[:10]), encoding="utf-8")
    out = tmp_path / "out"
    assert _run("corpus", str(folder), "--out", str(out), "--manifest", str(manifest)).exit_code == 0
    nodes = {n["id"]: n for n in _graph(out)["nodes"]}
    assert (nodes["early.txt"]["author"], nodes["late.txt"]["author"]) == ("Jane Doe", "Tom Whitaker")
    with open(out / "documents.csv", encoding="utf-8", newline="") as f:
        assert {row["id"]: row["author"] for row in csv.DictReader(f)} == {
            "early.txt": "Jane Doe", "late.txt": "Tom Whitaker"}
    report = json.loads((out / "pairs" / "early.txt__late.txt.json").read_text(encoding="utf-8"))
    assert (report["source"]["author"], report["target"]["author"]) == ("Jane Doe", "Tom Whitaker")
    html = (out / "pairs" / "early.txt__late.txt.html").read_text(encoding="utf-8")
    assert "<dt>author</dt><dd>Jane Doe</dd>" in html and "<dt>author</dt><dd>Tom Whitaker</dd>" in html


def test_manifest_rows_that_match_nothing_repeat_or_hold_unreadable_dates_are_warned_about(tmp_path):
    folder, manifest = _two_reports_and_a_manifest(
        tmp_path, "id,date\nearly.txt,20 October 2025\nghost.txt,2025-10-21\nlate.txt,not a date\n"
                  "late.txt,31/02/2010\n")
    out = tmp_path / "out"
    result = _run("corpus", str(folder), "--out", str(out), "--manifest", str(manifest))
    assert result.exit_code == 0
    warnings = [line for line in result.stderr.splitlines() if "manifest.csv" in line]
    assert warnings == [
        f"warning: {manifest}:line 3: 'ghost.txt' matches no input document; row not used",
        f"warning: {manifest}:line 4: date 'not a date' cannot be read (write it as YYYY-MM-DD); kept as written, "
        "it orders nothing",
        f"warning: {manifest}:line 5: a second row for 'late.txt' (the first is line 4); this one wins",
        f"warning: {manifest}:line 5: date '31/02/2010' cannot be read (write it as YYYY-MM-DD); kept as written, "
        "it orders nothing",
    ]
    dates = {r["id"]: r["date"] for r in csv.DictReader(io.StringIO((out / "documents.csv").read_text("utf-8")))}
    assert dates == {"early.txt": "2025-10-20", "late.txt": "31/02/2010"}


def test_an_unreadable_manifest_date_does_not_replace_the_documents_own_date(tmp_path):
    # A researcher's typo in a manifest ("not a date", "2026-13-45") took the date a document gives itself (front
    # matter here; PA's page header in the trial) and left junk in documents.csv's date column.
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "wire.txt").write_text("---\ndate: 2025-10-20\n---\n" + page(WIRE[:8]), encoding="utf-8")
    (folder / "paper.txt").write_text(page(WIRE[:6]), encoding="utf-8")
    manifest = tmp_path / "manifest.csv"
    manifest.write_text("id,date\nwire.txt,2026-13-45\npaper.txt,not a date\n", encoding="utf-8")
    out = tmp_path / "out"
    result = _run("corpus", str(folder), "--out", str(out), "--manifest", str(manifest))
    assert result.exit_code == 0
    assert (f"warning: {manifest}:line 2: date '2026-13-45' cannot be read (write it as YYYY-MM-DD); the document's "
            "own date 2025-10-20 is kept") in result.stderr.splitlines()
    dates = {r["id"]: r["date"] for r in csv.DictReader(io.StringIO((out / "documents.csv").read_text("utf-8")))}
    assert dates == {"wire.txt": "2025-10-20", "paper.txt": "not a date"}  # no date of its own: kept as written


def test_manifest_rows_with_an_empty_date_are_warned_about_in_one_line(tmp_path):
    # A manifest of dates with gaps: the undated documents' edges rest on other evidence, which the user is told.
    folder, manifest = _two_reports_and_a_manifest(tmp_path, "id,date,outlet\nearly.txt,,Early Times\nlate.txt, ,\n")
    result = _run("corpus", str(folder), "--out", str(tmp_path / "out"), "--manifest", str(manifest))
    assert result.exit_code == 0
    warnings = [line for line in result.stderr.splitlines() if "manifest.csv" in line]
    assert warnings == [f"warning: {manifest}: 2 documents with an empty date (lines 2, 3): ordered only by dates in "
                        "the text or other evidence"]
    assert _documents(tmp_path / "out")["early.txt"]["outlet"] == "Early Times"
    # A document dated by its own file (front matter) is not undated; a manifest without a date column says nothing.
    (folder / "late.txt").write_text("---\ndate: 2025-10-22\n---\n" + (folder / "late.txt").read_text("utf-8"),
                                     encoding="utf-8")
    result = _run("corpus", str(folder), "--out", str(tmp_path / "out2"), "--manifest", str(manifest))
    assert [line for line in result.stderr.splitlines() if "manifest.csv" in line] == [
        f"warning: {manifest}: 1 document with an empty date (line 2): ordered only by dates in the text or other "
        "evidence"]
    manifest.write_text("id,outlet\nearly.txt,Early Times\n", encoding="utf-8")
    result = _run("corpus", str(folder), "--out", str(tmp_path / "out3"), "--manifest", str(manifest))
    assert result.exit_code == 0 and "manifest.csv" not in result.stderr


def _documents(out: Path) -> dict[str, dict[str, str]]:
    return {r["id"]: r for r in csv.DictReader(io.StringIO((out / "documents.csv").read_text("utf-8")))}


TOKYO_AND_NEW_YORK = ("2025-10-22T06:00:00+09:00", "2025-10-21T19:30:00-04:00")  # 21:00 and 23:30 UTC on the 21st
TIMES_IN_UTC = ("date: 2025-10-22T06:00:00+09:00 (2025-10-21 21:00 UTC) before "
                "2025-10-21T19:30:00-04:00 (2025-10-21 23:30 UTC)")


def test_dates_with_time_zones_are_ordered_in_utc(tmp_path):
    # The clock readings alone (the 21st in New York, the 22nd in Tokyo) would put the reprint first.
    dump = tmp_path / "dump.jsonl"
    tokyo, new_york = TOKYO_AND_NEW_YORK
    dump.write_text(json.dumps({"id": "ap-tokyo", "date": tokyo, "text": page(WIRE[:10])}) + "\n"
                    + json.dumps({"id": "ny-reprint", "date": new_york, "text": page(WIRE[:6] + OTHER[:6])}) + "\n",
                    encoding="utf-8")
    out = tmp_path / "out"
    assert _run("corpus", str(dump), "--out", str(out)).exit_code == 0
    (edge,) = _graph(out)["edges"]
    assert (edge["source"], edge["target"], edge["direction"]) == ("ap-tokyo", "ny-reprint", "dated")
    assert edge["evidence"] == [TIMES_IN_UTC]


def test_manifest_dates_with_time_zones_are_ordered_in_utc(tmp_path):
    # early.txt (the rewrite) was published first, at 06:00 in Tokyo; late.txt at 19:30 in New York the day "before".
    tokyo, new_york = TOKYO_AND_NEW_YORK
    folder, manifest = _two_reports_and_a_manifest(tmp_path, f"id,date\nearly.txt,{tokyo}\nlate.txt,{new_york}\n")
    out = tmp_path / "out"
    assert _run("corpus", str(folder), "--out", str(out), "--manifest", str(manifest)).exit_code == 0
    (edge,) = _graph(out)["edges"]
    assert (edge["source"], edge["target"], edge["direction"]) == ("early.txt", "late.txt", "dated")
    assert edge["evidence"] == [TIMES_IN_UTC]


def test_jsonl_dates_are_read_as_front_matter_reads_them_and_unreadable_ones_warned_about(tmp_path):
    records = [
        {"id": "rss", "date": "Tue, 21 Oct 2025 21:00:00 GMT", "publisher": "Associated Press", "text": WIRE[:10]},
        {"id": "rss-later", "date": "Wed, 22 Oct 2025 08:30:00 GMT", "text": WIRE[:6] + OTHER[:6]},
        {"id": "day-first", "date": "23/11/1999", "text": OTHER[:8]},
        {"id": "epoch", "date": 943315200, "text": OTHER[:6] + WIRE[20:26]},
        {"id": "either-way", "date": "03/04/1999", "text": OTHER[10:18]},
        {"id": "no-date", "date": "last Tuesday", "text": OTHER[20:28]},
    ]
    dump = tmp_path / "feed.jsonl"
    dump.write_text("".join(json.dumps({**r, "text": page(r["text"])}) + "\n" for r in records), encoding="utf-8")
    out = tmp_path / "out"
    result = _run("corpus", str(dump), "--out", str(out))
    assert result.exit_code == 0
    documents = _documents(out)
    assert {i: d["date"] for i, d in documents.items()} == {
        "rss": "2025-10-21T21:00:00Z", "rss-later": "2025-10-22T08:30:00Z", "day-first": "1999-11-23",
        "epoch": "1999-11-23T00:00:00Z", "either-way": "03/04/1999", "no-date": "last Tuesday"}
    assert documents["rss"]["outlet"] == "Associated Press"
    assert [line for line in result.stderr.splitlines() if line.startswith("warning:")] == [
        f"warning: {dump}:line 5: date '03/04/1999' is ambiguous (3 April or March 4; write it as YYYY-MM-DD); "
        "kept as written, it orders nothing",
        f"warning: {dump}:line 6: date 'last Tuesday' cannot be read (write it as YYYY-MM-DD); kept as written, "
        "it orders nothing",
    ]
    edges = {(e["source"], e["target"]): e for e in _graph(out)["edges"]}
    assert edges[("rss", "rss-later")]["direction"] == "dated"


def test_a_missing_manifest_is_an_error(tmp_path):
    result = CliRunner().invoke(cli, ["corpus", str(SEEDS), "--out", str(tmp_path / "o"), "--manifest",
                                      str(tmp_path / "nope.csv")])
    assert result.exit_code == 2
    assert result.stderr.strip() == f"Error: {tmp_path / 'nope.csv'}: no such file"


def _pa_take(time: str, byline: str, paragraphs: list[str]) -> str:
    rule = "  " + "-" * 72
    lines = [line for para in paragraphs for line in (para + "<",)]
    return "\n".join([rule, "", rule, "", f"               {time} 16/07/99: Page 1 (HHH) COURTS Whitehouse", rule,
                      *([byline + "<"] if byline else []), *lines, "end<", ""])


def test_pas_continuation_take_is_pas_copy_and_reuses_the_first_take_with_credit(tmp_path):
    # A re-test on METER (whitehouse1 -> whitehouse1snap): the snap names PA only in its page header; its credit
    # was empty and its reuse of PA's first take "unattributed".
    story = ["Sussex Chief Constable's daughter Frances Whitehouse was today ordered to do 150 hours' community "
             "service after being found guilty of assaulting two police officers in her father's force.",
             "Whitehouse, 22, had drunk a litre of strong cider before she kicked and swore at the officers outside a "
             "nightclub in Brighton in April, the court heard.",
             "Magistrates said her conduct had been disgraceful but that her previous good character and her "
             "remorse meant a community penalty was enough.",
             "Her father, Paul Whitehouse, did not attend the hearing at Hove and declined to comment afterwards."]
    folder = tmp_path / "pa"
    folder.mkdir()
    (folder / "take.txt").write_text(_pa_take("02:57", "By James Morrison, PA News", story), encoding="latin-1")
    (folder / "snap.txt").write_text(_pa_take("15:21", "", story[:2]), encoding="latin-1")
    out = tmp_path / "out"
    assert _run("corpus", str(folder), "--out", str(out), "-q").exit_code == 0
    assert {d["id"]: d["credit"] for d in _documents(out).values()} == {"take.txt": "PA", "snap.txt": "PA"}
    rows = list(csv.DictReader(io.StringIO((out / "summary.csv").read_text("utf-8"))))
    assert [(r["edge"], r["unattributed_reuse"]) for r in rows if r["target"] == "snap.txt"] == [("True", "False")]


def test_dask_not_installed_names_the_option_given(tmp_path, monkeypatch):
    import sys

    # A re-test: `--dask` said "Error: --scheduler: Dask is not installed", an option the user did not pass.
    monkeypatch.setitem(sys.modules, "dask.distributed", None)  # as if not installed: importing it fails
    for option, named in ((["--dask"], "--dask"), (["--scheduler", "tcp://127.0.0.1:9"], "--scheduler")):
        result = CliRunner().invoke(cli, ["corpus", str(SEEDS), "--out", str(tmp_path / "o"), "-q", *option])
        assert (result.exit_code, result.stderr) == (
            2, f"Error: {named}: Dask is not installed: pip install 'diffsrc[dask]'\n")


def test_no_progress_bar_when_not_a_terminal_and_quiet_is_silent(tmp_path):
    result = CliRunner().invoke(cli, ["--quiet", "corpus", str(SEEDS), "--out", str(tmp_path / "o")])
    assert result.exit_code == 0
    assert result.stderr == "" and result.stdout == ""
    result = CliRunner().invoke(cli, ["corpus", str(SEEDS), "--out", str(tmp_path / "o")])
    assert "preparing" not in result.stderr and "comparing" not in result.stderr


def test_jobs_give_the_same_files_as_one_process(seeds_out, tmp_path):
    out = tmp_path / "jobs"
    assert _run("corpus", str(SEEDS), "--out", str(out), "--jobs", "2").exit_code == 0
    for path in seeds_out.rglob("*"):
        if path.is_file():
            assert (out / path.relative_to(seeds_out)).read_bytes() == path.read_bytes(), path.name


def test_help_has_examples():
    result = _run("corpus", "--help")
    assert "diffsrc corpus seeds/ --out reports/" in result.stdout


def test_a_folder_holding_our_own_html_reports_does_not_read_them_as_articles(tmp_path):
    from diffsrc.document import load_documents

    folder = tmp_path / "articles"
    folder.mkdir()
    for name in ("001", "000"):
        path = seed(name)
        (folder / path.name).write_bytes(path.read_bytes())
    result = CliRunner().invoke(cli, ["corpus", str(folder), "--out", str(folder / "out"), "--quiet"])
    assert result.exit_code == 0, result.output
    assert list((folder / "out" / "pairs").glob("*.html"))
    docs, skipped = load_documents([str(folder)])  # the reports of the first run are outputs, passed over
    assert sorted(d.id for d in docs) == sorted(p.name for p in folder.glob("*.txt"))
    assert skipped == []
    again = CliRunner().invoke(cli, ["corpus", str(folder), "--out", str(folder / "out"), "--quiet"])
    assert again.exit_code == 0, again.output


def test_an_undetermined_edge_is_never_shown_as_a_derivation(tmp_path):
    # Three papers reprint one AP story (its wire copy is not in the corpus) and a site rewrites it: the rewrite
    # took from the AP story, but nothing says from which of the three copies, and nothing says which copy came
    # first. Every output says so; none draws or lists an arrow between them.
    second = list(seed_sentences("002"))
    folder = tmp_path / "in"
    folder.mkdir()
    for paper in ("herald", "post", "times"):
        (folder / f"{paper}.txt").write_text(page(second[:16], credit="AP", title=f"Budget row - {paper}"),
                                             encoding="utf-8")
    (folder / "rewrite.txt").write_text(page(second[3:8] + OTHER[12:21], title="Our take"), encoding="utf-8")
    out = tmp_path / "out"
    assert _run("corpus", str(folder), "--out", str(out), "--quiet").exit_code == 0
    edges = _graph(out)["edges"]
    assert len(edges) == 3 and all(e["direction"] == "undetermined" and e["directed"] is False for e in edges)
    ends = [(e["source"], e["target"]) for e in edges]
    with open(out / "summary.csv", newline="", encoding="utf-8") as f:
        summary = [r for r in csv.DictReader(f) if r["edge"] == "True" or (r["target"], r["source"]) in ends]
    assert summary and all(r["direction"] == "undetermined" and r["upstream"] == "" for r in summary)
    with open(out / "provenance.csv", newline="", encoding="utf-8") as f:
        rows = [r for r in csv.DictReader(f) if r["source"]]
    assert rows and all(r["direction"] == "undetermined" and r["origin"] == "" for r in rows)
    dot = (out / "graph.dot").read_text(encoding="utf-8")
    assert dot.count("dir=none") == 3
    graphml = ElementTree.fromstring((out / "graph.graphml").read_text(encoding="utf-8"))
    ns = "{http://graphml.graphdrawing.org/xmlns}"
    directed = [d.text for d in graphml.iter(f"{ns}data") if d.get("key") == "e_directed"]
    assert directed == ["false"] * 3
    svg = ElementTree.fromstring((out / "graph.svg").read_text(encoding="utf-8"))
    paths = [p for g in svg.iter("{http://www.w3.org/2000/svg}g") if g.get("class") == "edge"
             for p in g.iter("{http://www.w3.org/2000/svg}path")]
    assert len(paths) == 3 and not any(p.get("marker-end") for p in paths)
    html = (out / "index.html").read_text(encoding="utf-8")
    for s, t in ends:
        assert f"{s} → {t}" not in html and f"{t} → {s}" not in html
        assert f"{s} — {t}" in html


def test_skipped_records_are_listed_in_line_order(tmp_path):
    dump = tmp_path / "feed.jsonl"
    good = [json.dumps({"id": f"s{i}", "text": page(WIRE[:8] if i % 2 else OTHER[:8])}) for i in range(12)]
    good[1], good[9] = "{not json", "[1, 2]"  # lines 2 and 10
    dump.write_text("\n".join(good) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    result = _run("corpus", str(dump), "--out", str(out))
    listed = [line.split(": ")[1] for line in result.stderr.splitlines() if line.startswith("skipped:")]
    assert listed == [f"{dump}:line 2", f"{dump}:line 10"]
    rows = list(csv.DictReader(io.StringIO((out / "skipped.csv").read_text(encoding="utf-8"))))
    assert [r["path"] for r in rows] == [f"{dump}:line 2", f"{dump}:line 10"]


def test_records_with_long_url_ids_get_pair_reports_whose_names_fit_the_file_system(tmp_path):
    """WARC and JSONL records are named by their URL; two 200-character URLs made a pair report's file name too
    long to write, and the run wrote nothing."""
    base = "https://www.example-news-outlet.co.uk/news/uk-news/2025/10/22/" + "court-hears-the-case-of-" * 6
    ids = [base + "wire?utm_source=feed", base + "rewrite?utm_source=feed"]
    dump = tmp_path / "feed.jsonl"
    texts = [page(WIRE[:8]), page(WIRE[:4] + OTHER[:4])]
    lines = [json.dumps({"id": i, "text": t}) + "\n" for i, t in zip(ids, texts, strict=True)]
    dump.write_text("".join(lines), encoding="utf-8")
    out = tmp_path / "out"
    result = _run("corpus", str(dump), "--out", str(out))
    assert result.exit_code == 0, result.output
    written = sorted(p.name for p in (out / "pairs").iterdir())
    assert written and all(len(name.encode("utf-8")) <= 255 for name in written)
    rows = list(csv.DictReader(io.StringIO((out / "summary.csv").read_text(encoding="utf-8"))))
    derived = [r for r in rows if r["verdict"] != "non-derived"]
    assert derived and {r["target"] for r in derived} <= set(ids)  # the tables keep the whole ids
    assert all((out / r["report"]).is_file() for r in derived)
    # Ids that differ only past the cut get files of their own.
    assert pair_slug(base + "a") != pair_slug(base + "b") and len(pair_slug(base + "a").encode("utf-8")) <= 110


def _skipped_rows(out: Path) -> list[tuple[str, str]]:
    return [(r["path"], r["reason"]) for r in csv.DictReader(io.StringIO((out / "skipped.csv").read_text("utf-8")))]


def test_web_archives_a_page_without_content_type_is_used_and_one_without_pages_is_skipped(tmp_path):
    pytest.importorskip("warcio")
    pytest.importorskip("trafilatura")
    from .warc_fixtures import FIXTURES, PAGE, PAGE_URI, write_crawl

    noctype = write_crawl(tmp_path / "noctype.warc", [(PAGE_URI, PAGE, None, "200 OK")], gzipped=False)
    images = write_crawl(tmp_path / "images.warc.gz", [("https://x.example/a.jpg", b"\xff\xd8\xff\x00", "image/jpeg",
                                                        "200 OK")], revisits=[PAGE_URI])
    out = tmp_path / "out"
    result = _run("corpus", str(FIXTURES / "ferry_wire.txt"), str(noctype), str(images), "--out", str(out), "-q")
    assert result.exit_code == 1
    reason = "no HTML pages in it (its 2 records: 1 image/jpeg response, 1 revisit record)"
    assert result.stderr.splitlines() == [f"skipped: {images}: {reason}"]
    assert _skipped_rows(out) == [(str(images), reason)]
    documents = list(csv.DictReader(io.StringIO((out / "documents.csv").read_text("utf-8"))))
    assert {d["id"] for d in documents} == {"ferry_wire.txt", PAGE_URI}


def test_a_skipped_web_archive_record_names_its_archive_and_its_uri(tmp_path):
    pytest.importorskip("warcio")
    pytest.importorskip("trafilatura")
    from .warc_fixtures import PAGE, PAGE_URI, REDIRECT_URI, write_crawl

    crawl = [(REDIRECT_URI, b"", "text/html", "301 Moved Permanently"), (PAGE_URI, PAGE, "text/html", "200 OK")]
    first, copy = write_crawl(tmp_path / "crawl.warc.gz", crawl), write_crawl(tmp_path / "copy.warc.gz", crawl)
    out = tmp_path / "out"
    result = _run("corpus", str(first), str(copy), "--out", str(out), "-q")
    assert result.exit_code == 1
    # One row per record, told apart by the archive it is in (`file:URI`, as a bad JSONL line is `file:line N`).
    assert _skipped_rows(out) == [(f"{copy}:{REDIRECT_URI}", "HTTP status 301, not a page"),
                                  (f"{first}:{REDIRECT_URI}", "HTTP status 301, not a page")]


# A Chinese and a Japanese agency story, a verbatim reprint of it in another site's page, and a rewrite (numbers and
# wording changed) that `diffsrc compare` calls wholly derived: text without spaces between its words.
CJK_CORPORA = {"zh": ("xinhua_source.txt", "local_verbatim.txt"), "ja": ("kyodo_source.txt", "chiho_verbatim.txt")}


@pytest.mark.parametrize("language", sorted(CJK_CORPORA))
def test_chinese_and_japanese_reprints_are_grouped_and_the_rewrite_is_compared(tmp_path, language):
    out = tmp_path / "out"
    assert _run("corpus", str(ROOT / "tests" / "fixtures" / "cjk" / language), "--out", str(out), "-q").exit_code == 0
    documents = {d["id"]: d for d in csv.DictReader(io.StringIO((out / "documents.csv").read_text("utf-8")))}
    agency, reprint = CJK_CORPORA[language]
    assert documents[agency]["group"] == documents[reprint]["group"] != ""
    assert documents["rewrite_changed.txt"]["group"] == ""
    summary = list(csv.DictReader(io.StringIO((out / "summary.csv").read_text("utf-8"))))
    assert [r["near_duplicate"] for r in summary if {r["source"], r["target"]} == {agency, reprint}] == ["True"]
    rewrite = [r for r in summary if r["target"] == "rewrite_changed.txt"]
    # The rewrite is compared with the group's representative, whichever copy that is.
    assert [(r["source"] in (agency, reprint), r["verdict"], r["edge"]) for r in rewrite] == [
        (True, "wholly-derived", "True")]


def test_a_second_run_into_a_folder_being_written_is_refused(tmp_path):
    # A trial: two overlapping runs into one --out both said "written" and exited 0, and one run's files were gone.
    from diffsrc.fileio import writing_folder

    out = tmp_path / "out"
    out.mkdir()
    with writing_folder(out, "diffsrc corpus run"):
        result = CliRunner().invoke(cli, ["corpus", str(SEEDS), "--out", str(out)])
    assert result.exit_code == 2
    assert f"Error: {out}: another diffsrc corpus run is writing to this folder (diffsrc corpus run by process " \
           f"{os.getpid()}" in result.stderr
    assert not (out / "summary.csv").exists()


def test_a_run_after_a_killed_one_says_so_and_clears_its_leftovers(tmp_path):
    # A trial: kill -9 left a folder mixing two runs' tables with nothing to say so, and a temporary file that the
    # next run kept.
    out = tmp_path / "out"
    (out / "pairs").mkdir(parents=True)
    (out / ".diffsrc-running").write_text("diffsrc corpus run by process 4242, started 2026-12-01 10:00:00\n",
                                          encoding="utf-8")
    (out / ".provenance.csv.k3j9x_2a.tmp").write_text("half", encoding="utf-8")
    (out / "pairs" / ".a.txt__b.txt.json.x8q1mz0p.tmp").write_text("half", encoding="utf-8")
    (out / "notes.tmp").write_text("mine", encoding="utf-8")
    # A pair report the killed run wrote (it wrote no listing of its files), and a file of the user's.
    (out / "pairs" / "x.txt__y.txt.json").write_text("{}", encoding="utf-8")
    (out / "pairs" / "my-notes.md").write_text("mine", encoding="utf-8")
    result = _run("corpus", str(SEEDS), "--out", str(out))
    assert result.exit_code == 0
    assert "the last run into this folder did not finish (diffsrc corpus run by process 4242" in result.stderr
    assert not list(out.glob(".*.tmp")) and not list((out / "pairs").glob(".*.tmp"))
    assert (out / "notes.tmp").exists() and (out / "pairs" / "my-notes.md").exists()  # not ours
    assert not (out / "pairs" / "x.txt__y.txt.json").exists()  # the killed run's, not this run's
    assert not (out / ".diffsrc-running").exists()  # this run finished


def test_a_full_disk_under_the_output_folder_names_the_folder_not_standard_output(tmp_path, monkeypatch):
    # A re-test: the output folder's running mark failing on a full disk was reported as standard output's failure
    # (and before that, a traceback).
    import errno
    import io

    from diffsrc import fileio

    class Full(io.StringIO):
        def write(self, s):
            raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(fileio, "_lock", lambda mark, what: Full())
    out = tmp_path / "out"
    result = _run("corpus", str(SEEDS), "--out", str(out))
    assert result.exit_code == 2
    assert result.output.strip().splitlines()[-1] == f"Error: {out}: cannot write: No space left on device"
