from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

from diffsrc.cli import cli

from .synthetic_news import make_story, paraphrase, render, reprint, trimmed

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "diffsrc", *args], capture_output=True, text=True, cwd=cwd, env=_env()
    )


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def write_stories(folder: Path, numbers, make=render, prefix="story") -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in numbers:
        path = folder / f"{prefix}-{i}.txt"
        path.write_text(make(make_story(i)) if make is render else make(i), encoding="utf-8")
        paths.append(path)
    return paths


def invoke(*args: str):
    return CliRunner().invoke(cli, list(args))


@pytest.fixture
def seen(tmp_path):
    """An index of 30 wire stories."""
    write_stories(tmp_path / "wire", range(30))
    index = tmp_path / "seen.db"
    result = invoke("index", "add", str(index), str(tmp_path / "wire"))
    assert result.exit_code == 0, result.output
    return index


def test_exit_codes_and_json_contract(seen, tmp_path):
    new = tmp_path / "new"
    new.mkdir()
    (new / "dup.txt").write_text(reprint(make_story(4), 1))
    (new / "fresh.txt").write_text(render(make_story(400)))
    result = invoke("check", "--index", str(seen), str(new / "fresh.txt"), "--format", "json")
    assert result.exit_code == 0
    assert json.loads(result.stdout) == {
        "schema": "diffsrc.check/1",
        "results": [{"path": str(new / "fresh.txt"), "status": "clean", "matches": []}],
    }
    result = invoke("check", "--index", str(seen), str(new / "dup.txt"), str(new / "fresh.txt"), "--format", "json")
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert [r["status"] for r in data["results"]] == ["near-duplicate", "clean"]
    (match,) = data["results"][0]["matches"]
    assert set(match) == {"id", "similarity"} and match["id"] == "story-4.txt"
    assert 0.8 <= match["similarity"] <= 1.0
    assert set(data) == {"schema", "results"} and set(data["results"][0]) == {"path", "status", "matches"}


def test_table_output_names_the_match(seen, tmp_path):
    path = tmp_path / "trimmed.txt"
    path.write_text(trimmed(make_story(9)))
    result = invoke("check", "--index", str(seen), str(path))
    assert result.exit_code == 1
    assert "near-duplicate" in result.stdout and "story-9.txt" in result.stdout
    assert "1 of 1 near-duplicate" in result.stdout


def test_a_clean_document_says_how_near_the_nearest_indexed_one_came(tmp_path):
    # A wire desk's trial: a trimmed reprint wholly derived from the wire (two thirds of its words in the story's
    # order) was "clean" with no figure at all; now it says how near it came, and a true stranger says nothing.
    wire = tmp_path / "wire.txt"
    story = make_story(7)
    wire.write_text(render(story), encoding="utf-8")
    index = tmp_path / "seen.db"
    assert invoke("index", "add", str(index), str(wire)).exit_code == 0
    # The same story with every 15th word changed: two thirds of its 5-word shingles are the wire's.
    words = render(story).split(" ")
    edited = tmp_path / "edited.txt"
    edited.write_text(" ".join(w if k % 15 else "reportedly" for k, w in enumerate(words, 1)), encoding="utf-8")
    stranger = tmp_path / "stranger.txt"
    stranger.write_text(render(make_story(501)), encoding="utf-8")
    status, results = _checked(index, edited, stranger)
    assert status == 0 and [r["status"] for r in results] == ["clean", "clean"]
    assert results[0]["nearest"]["id"] == "wire.txt" and 0 < results[0]["nearest"]["similarity"] < 0.8
    assert "nearest" not in results[1]
    table = invoke("check", "--index", str(index), str(edited)).stdout
    assert f"nearest: wire.txt  {results[0]['nearest']['similarity']:.2f}" in table


def test_junit_output(seen, tmp_path):
    dup, fresh = tmp_path / "dup.txt", tmp_path / "fresh.txt"
    dup.write_text(reprint(make_story(2), 5))
    fresh.write_text(paraphrase(make_story(3), 5))  # a rewrite is not a near-duplicate
    out = tmp_path / "report.xml"
    result = invoke("check", "--index", str(seen), str(dup), str(fresh), "--format", "junit", "-o", str(out))
    assert result.exit_code == 1 and result.stdout == ""
    suite = ET.parse(out).getroot().find("testsuite")
    assert suite.get("tests") == "2" and suite.get("failures") == "1"
    cases = {c.get("name"): c for c in suite.findall("testcase")}
    assert "story-2.txt" in cases[str(dup)].find("failure").get("message")
    assert cases[str(fresh)].find("failure") is None


def test_add_adds_clean_ones_only(seen, tmp_path):
    new = tmp_path / "incoming"
    new.mkdir()
    (new / "a.txt").write_text(render(make_story(500)))
    (new / "b.txt").write_text(reprint(make_story(500), 2))  # duplicate of a, in the same run
    (new / "c.txt").write_text(reprint(make_story(1), 2))  # duplicate of an indexed story
    result = invoke("check", "--index", str(seen), str(new), "--add", "--format", "json")
    assert result.exit_code == 1
    statuses = {Path(r["path"]).name: r["status"] for r in json.loads(result.stdout)["results"]}
    assert statuses == {"a.txt": "clean", "b.txt": "near-duplicate", "c.txt": "near-duplicate"}
    # The JSON says which it added (a pipeline cannot read the table's "clean (added)").
    assert [r.get("added") for r in json.loads(result.stdout)["results"]] == [True, None, None]
    info = json.loads(invoke("index", "info", str(seen), "--format", "json").stdout)
    assert info["documents"] == 31
    retried = json.loads(invoke("check", "--index", str(seen), str(new / "a.txt"), "--add", "--format", "json").stdout)
    assert "added" not in retried["results"][0]


def test_check_add_creates_a_missing_index(tmp_path):
    paths = write_stories(tmp_path / "in", range(3))
    index = tmp_path / "new.db"
    assert invoke("check", "--index", str(index), *map(str, paths), "--add").exit_code == 0
    copy = tmp_path / "copy.txt"
    copy.write_bytes(paths[0].read_bytes())
    assert invoke("check", "--index", str(index), str(copy)).exit_code == 1


def test_seeds_rewrite_is_not_a_near_duplicate_but_a_reprint_is(tmp_path):
    index = tmp_path / "seeds.db"
    assert invoke("index", "add", str(index), str(next(SEEDS.glob("001_*.txt")))).exit_code == 0
    result = invoke("check", "--index", str(index), str(next(SEEDS.glob("000_*.txt"))), "--format", "json")
    assert result.exit_code == 0, result.stdout
    # The same AP story on another site: other chrome, another headline, the last paragraph dropped.
    source = next(SEEDS.glob("001_*.txt")).read_text(encoding="utf-8")
    body = source[source.index("Japan's new foreign minister said") :]
    paragraphs = [p for p in body.split("\n\n") if p.strip()][:-1]
    page = "\n\n".join(["Skip to content", "World | Asia", "Japan to show Trump its defence build-up", *paragraphs,
                        "Copyright 2025 The Associated Press. All rights reserved.", "Related stories"])
    reprinted = tmp_path / "reprint.txt"
    reprinted.write_text(page, encoding="utf-8")
    result = invoke("check", "--index", str(index), str(reprinted), "--format", "json")
    assert result.exit_code == 1, result.stdout
    assert json.loads(result.stdout)["results"][0]["matches"][0]["id"] == "001_72d3a0bd69b97b31.txt"


def _checked(index: Path, *paths: Path) -> tuple[int, list[dict]]:
    result = invoke("check", "--index", str(index), *map(str, paths), "--format", "json")
    assert result.exit_code in (0, 1), result.output
    return result.exit_code, json.loads(result.stdout)["results"]


def test_a_wire_story_reprinted_in_another_house_style_is_flagged_but_a_reused_lead_is_for_compare(tmp_path):
    # The 12-sentence wire story restyled in every sentence ("Sept. 20" -> "September 20", "2.5%" -> "2.5 per
    # cent", "$94.5 billion" -> "$94.5bn", "5" -> "five") was clean at 0.30; another story that opens with the
    # wire's lead is reuse, not a near-duplicate: clean here, and `compare` finds the sentence.
    from .test_fingerprint import HOUSE_STYLE

    index = tmp_path / "seen.db"
    assert invoke("index", "add", str(index), str(HOUSE_STYLE / "wire.txt")).exit_code == 0
    status, results = _checked(index, HOUSE_STYLE / "reprint.txt", HOUSE_STYLE / "lead_reused.txt")
    assert status == 1 and [r["status"] for r in results] == ["near-duplicate", "clean"]
    assert results[0]["matches"] == [{"id": "wire.txt", "similarity": 1.0}]
    compared = invoke("compare", str(HOUSE_STYLE / "wire.txt"), str(HOUSE_STYLE / "lead_reused.txt"), "--format",
                      "json")
    target = json.loads(compared.stdout)["target_sentences"]
    assert target[0]["label"] == "verbatim" and {s["label"] for s in target[1:]} == {"added"}


@pytest.mark.parametrize("language", ["zh", "ja"])
def test_a_new_index_finds_a_lightly_edited_chinese_or_japanese_copy_an_old_one_missed(tmp_path, language,
                                                                                     monkeypatch):
    from diffsrc.index import fingerprint
    from diffsrc.index.store import Index
    from diffsrc.settings import FingerprintParams

    from .test_fingerprint import CJK_FIXTURES, edited_copy

    (name,) = [name for name in ("zh/xinhua_source.txt", "ja/kyodo_source.txt") if name.startswith(language)]
    _, copy = edited_copy(name)
    edited = tmp_path / "edited.txt"
    edited.write_text(copy, encoding="utf-8")
    verbatim = next(p for p in (CJK_FIXTURES / language).glob("*_verbatim.txt"))
    # An index built before fingerprint version 2 (made here with version 1, then added to as any index is).
    old, new = tmp_path / "old.db", tmp_path / "new.db"
    Index.open(old, params=FingerprintParams(version=1)).close()
    for index in (old, new):
        assert invoke("index", "add", str(index), str(CJK_FIXTURES / name)).exit_code == 0
    # Read by clause, the old index finds the verbatim reprint but not the copy edited in every paragraph, and
    # says why it may miss such copies (once, however many documents are checked).
    monkeypatch.setattr(fingerprint, "_SAID_CLAUSE_READING", [])
    result = invoke("check", "--index", str(old), str(verbatim), str(edited), "--format", "json")
    assert [r["status"] for r in json.loads(result.stdout)["results"]] == ["near-duplicate", "clean"]
    assert result.stderr.count("reads Chinese and Japanese by clause") == 1
    monkeypatch.setattr(fingerprint, "_SAID_CLAUSE_READING", [])
    result = invoke("check", "--index", str(new), str(verbatim), str(edited), "--format", "json")
    assert "by clause" not in result.stderr
    status, results = _checked(new, verbatim, edited)
    assert status == 1 and [r["status"] for r in results] == ["near-duplicate", "near-duplicate"]
    assert results[1]["matches"][0]["id"] == Path(name).name and results[1]["matches"][0]["similarity"] > 0.85
    assert invoke("index", "info", str(old)).stdout.count(
        "fingerprint_version  1 (Chinese and Japanese read by clause; a new index reads them by character)") == 1
    assert "fingerprint_version  3 (Chinese and Japanese read by character; house styles read alike" in invoke(
        "index", "info", str(new)).stdout


def test_an_index_made_before_house_styles_were_read_alike_says_so_once_a_run(tmp_path, monkeypatch):
    from diffsrc.index import ingest
    from diffsrc.index.store import Index
    from diffsrc.settings import FingerprintParams

    story = ("The council agreed on Sept. 5 to raise its budget by 20 per cent, the mayor said on Tuesday. "
             "Five new schools will open in the north of the city next year, officials said.\n")
    files = []
    for n, text in enumerate((story, story.replace("Sept. 5", "5 September"), story.replace("Five", "5"))):
        files.append(tmp_path / f"s{n}.txt")
        files[-1].write_text(text, encoding="utf-8")
    old, new = tmp_path / "old.db", tmp_path / "new.db"
    Index.open(old, params=FingerprintParams(version=2)).close()
    for index in (old, new):
        assert invoke("index", "add", str(index), str(files[0])).exit_code == 0
    # An ingest job's run on an index of version 2: one line on stderr however many documents it checks, with what
    # it may miss and what to do; an index of this version says nothing.
    monkeypatch.setattr(ingest, "_SAID_WORD_FOR_WORD", [])
    result = invoke("check", "--index", str(old), *map(str, files[1:]), "--format", "json")
    assert result.stderr.count("reads house styles word for word") == 1
    assert "an index made anew reads them alike" in result.stderr
    monkeypatch.setattr(ingest, "_SAID_WORD_FOR_WORD", [])
    assert invoke("index", "add", str(old), str(files[1])).stderr.count("(fingerprint version 2) reads house") == 1
    monkeypatch.setattr(ingest, "_SAID_WORD_FOR_WORD", [])
    assert "house styles" not in invoke("check", "--index", str(new), *map(str, files[1:])).stderr


def test_the_chinese_rewrite_is_scored_by_characters_and_found_by_an_index_for_its_similarity(tmp_path):
    from .test_fingerprint import CJK_FIXTURES

    # The rewrite changes the figures, shortens every paragraph and drops one: 0.57 of its 5-character shingles
    # are the agency story's, not a near-duplicate at the default 0.8 (read by clause it shared none), but found
    # by an index built for 0.5.
    source, rewrite = CJK_FIXTURES / "zh" / "xinhua_source.txt", CJK_FIXTURES / "zh" / "rewrite_changed.txt"
    default, loose = tmp_path / "default.db", tmp_path / "loose.db"
    assert invoke("index", "add", str(default), str(source)).exit_code == 0
    assert invoke("index", "add", str(loose), str(source), "--threshold", "0.5").exit_code == 0
    assert _checked(default, rewrite) == (0, [{"path": str(rewrite), "status": "clean", "matches": [],
                                               "nearest": {"id": "xinhua_source.txt", "similarity": 0.5664}}])
    status, results = _checked(loose, rewrite)
    assert status == 1 and results[0]["matches"] == [{"id": "xinhua_source.txt", "similarity": 0.5664}]


def test_errors_exit_2_with_one_line(seen, tmp_path):
    story = tmp_path / "s.txt"
    story.write_text(render(make_story(1)))
    cases = [
        (["check", "--index", str(tmp_path / "none.db"), str(story)], f"Error: {tmp_path / 'none.db'}: no such index"),
        (["check", "--index", str(seen), str(story), "--threshold", "0.5"], "cannot answer a lower threshold"),
        (["index", "add", str(seen), str(story), "--threshold", "0.9"], "built with threshold 0.8, not 0.9"),
        # (without --strict an id not in the index is a warning and exit 0: test_cli_index.py)
        (["index", "remove", "--strict", str(seen), "nope"], "no document with id 'nope'"),
    ]
    for args, message in cases:
        result = run(*args)
        assert result.returncode == 2, (args, result.stderr)
        assert result.stdout == ""
        assert result.stderr.count("\n") == 1 and result.stderr.startswith("Error: ")
        assert message in result.stderr
        assert "Traceback" not in result.stderr


@pytest.mark.parametrize("add", [False, True])
def test_text_file_as_index_is_refused_and_untouched(tmp_path, add):
    notes = tmp_path / "notes.txt"
    notes.write_text("not an index\n" * 50)
    before = notes.read_bytes()
    story = tmp_path / "s.txt"
    story.write_text(render(make_story(1)))
    result = run("check", "--index", str(notes), str(story), *(["--add"] if add else []))
    assert result.returncode == 2
    reason = "not a diffsrc index (not an SQLite database); refusing to use or overwrite it"
    assert result.stderr == f"Error: {notes}: {reason}\n"
    assert notes.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt", "s.txt"]


def test_truncated_index_is_a_clear_error(seen, tmp_path):
    db = sqlite3.connect(seen)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    size = seen.stat().st_size
    with open(seen, "r+b") as stream:
        stream.truncate(size // 3)
    before = seen.read_bytes()
    story = tmp_path / "s.txt"
    story.write_text(render(make_story(1)))
    for args in (["check", "--index", str(seen), str(story)], ["check", "--index", str(seen), str(story), "--add"]):
        result = run(*args)
        assert result.returncode == 2
        assert result.stderr.startswith(f"Error: {seen}: index file is truncated")
    assert seen.read_bytes() == before


@pytest.mark.slow
def test_two_concurrent_check_add_processes_lose_nothing(tmp_path):
    first = write_stories(tmp_path / "a", range(0, 300), prefix="a")
    second = write_stories(tmp_path / "b", range(300, 600), prefix="b")
    index = tmp_path / "shared.db"
    cmd = [sys.executable, "-m", "diffsrc", "check", "--index", str(index), "--add", "--format", "json"]
    procs = [subprocess.Popen([*cmd, str(tmp_path / d)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                              env=_env()) for d in ("a", "b")]
    outputs = [p.communicate(timeout=300) for p in procs]
    for proc, (stdout, stderr) in zip(procs, outputs, strict=True):
        assert proc.returncode == 0, stderr
        assert {r["status"] for r in json.loads(stdout)["results"]} == {"clean"}
    listed = run("index", "info", str(index), "--format", "json")
    assert json.loads(listed.stdout)["documents"] == 600
    from diffsrc.index.store import Index

    with Index.open(index, create=False) as opened:
        assert opened.ids() == sorted(p.name for p in first + second)
        assert opened._db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def _wait_for_a_commit(proc: subprocess.Popen, index: Path) -> None:
    """Until the running command has committed documents to `index` (or ended, or two minutes passed)."""
    deadline = time.monotonic() + 120
    committed = 0
    while committed == 0 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
        try:
            db = sqlite3.connect(f"file:{index}?mode=ro", uri=True, timeout=5)
            committed = db.execute("SELECT count(*) FROM docs").fetchone()[0]
            db.close()
        except sqlite3.Error:
            pass  # not created yet


@pytest.mark.slow
def test_kill_9_during_add_leaves_a_usable_index(tmp_path):
    paths = write_stories(tmp_path / "archive", range(1500))
    index = tmp_path / "archive.db"
    archive = str(tmp_path / "archive")
    add = [sys.executable, "-m", "diffsrc", "index", "add", str(index), archive, "--batch-size", "100"]
    proc = subprocess.Popen(add, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=_env())
    _wait_for_a_commit(proc, index)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL, "the add finished before it could be killed"
    info = run("index", "info", str(index), "--format", "json")
    assert info.returncode == 0, info.stderr
    partial = json.loads(info.stdout)["documents"]
    assert 0 < partial < 1500
    # The index is usable: it answers, and the add can be finished.
    copy = tmp_path / "copy.txt"
    copy.write_bytes(paths[0].read_bytes())
    assert run("check", "--index", str(index), str(copy)).returncode == 1
    done = run("index", "add", str(index), str(tmp_path / "archive"))
    assert done.returncode == 0, done.stderr
    assert f"{partial} unchanged" in done.stdout
    assert json.loads(run("index", "info", str(index), "--format", "json").stdout)["documents"] == 1500


def test_an_interrupted_check_add_exits_130_not_1(tmp_path):
    # Ctrl-C (SIGINT from a CI wrapper) printed "Aborted!" and exited 1, check's "near-duplicates found": a
    # wrapper went on with a run that had not finished.
    write_stories(tmp_path / "batch", range(1200))
    index = tmp_path / "ci.db"
    check = [sys.executable, "-m", "diffsrc", "check", "--index", str(index), str(tmp_path / "batch"), "--add"]
    proc = subprocess.Popen(check, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=_env(),
                            start_new_session=True)
    _wait_for_a_commit(proc, index)  # the workers are busy now
    # As a terminal's Ctrl-C does: to the whole process group, the two worker processes too (each printed its
    # KeyboardInterrupt traceback).
    os.killpg(proc.pid, signal.SIGINT)
    _, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 130, stderr
    assert stderr.strip().splitlines()[-1] == "Interrupted."
    assert "Traceback" not in stderr
    # What it added before the interrupt is there, and the batch can be run again.
    again = run("check", "--index", str(index), str(tmp_path / "batch"), "--add")
    assert again.returncode == 0, again.stderr
    assert json.loads(run("index", "info", str(index), "--format", "json").stdout)["documents"] == 1200


def test_max_matches_lists_the_most_similar_and_says_how_many_there_were(tmp_path):
    # An index of many reprints of one story listed every one of them for each new reprint: 191 matches a
    # document, 1.7 MB of JSON for 200 documents in a CI artifact.
    write_stories(tmp_path / "wire", [7], make=lambda i: render(make_story(i)))
    for k in range(1, 6):
        write_stories(tmp_path / "wire", [k * 100 + 7], make=lambda _, k=k: reprint(make_story(7), k))
    index = str(tmp_path / "seen.db")
    invoke("index", "add", index, str(tmp_path / "wire"))
    query = tmp_path / "new.txt"
    query.write_text(reprint(make_story(7), 9), encoding="utf-8")
    full = json.loads(invoke("check", "--index", index, str(query), "--format", "json").stdout)["results"][0]
    assert len(full["matches"]) == 6 and "matches_total" not in full
    cut = invoke("check", "--index", index, str(query), "--format", "json", "--max-matches", "2")
    assert cut.exit_code == 1
    [result] = json.loads(cut.stdout)["results"]
    assert result["matches"] == full["matches"][:2] and result["matches_total"] == 6
    table = invoke("check", "--index", index, str(query), "--max-matches", "2").stdout
    assert f"{full['matches'][0]['id']} (+5 more)" in table
    junit = invoke("check", "--index", index, str(query), "--max-matches", "2", "--format", "junit").stdout
    assert "(+4 more)" in junit
    assert invoke("check", "--index", index, str(query), "--max-matches", "0").exit_code == 2


def test_allow_empty_makes_an_idle_batch_a_success_and_keeps_every_other_error(seen, tmp_path):
    # A CI job that runs every few minutes mostly finds no new files: without a flag, "folder holds no article
    # files" (exit 2) failed every idle run.
    (tmp_path / "incoming").mkdir()
    idle = run("check", "--index", str(seen), str(tmp_path / "incoming"), str(tmp_path / "incoming" / "*.txt"),
               "--allow-empty", "--format", "json")
    assert idle.returncode == 0, idle.stderr
    assert json.loads(idle.stdout)["results"] == []
    assert idle.stderr.splitlines() == [
        f"warning: {tmp_path / 'incoming'}: folder holds no article files: nothing to check there",
        f"warning: {tmp_path / 'incoming' / '*.txt'}: pattern matches no files: nothing to check there"]
    assert invoke("check", "--index", str(seen), str(tmp_path / "incoming")).exit_code == 2  # without the flag
    # Its JUnit report holds one skipped case: a report of no test cases fails Jenkins' junit step (a CI trial).
    junit = run("check", "--index", str(seen), str(tmp_path / "incoming"), "--allow-empty", "-f", "junit")
    suite = ET.fromstring(junit.stdout).find("testsuite")
    assert (junit.returncode, suite.get("tests"), suite.get("skipped"), suite.get("failures")) == (0, "1", "1", "0")
    assert suite.find("testcase/skipped") is not None
    # A missing file or a missing index is still an error.
    assert invoke("check", "--index", str(seen), str(tmp_path / "gone.txt"), "--allow-empty").exit_code == 2
    missing = invoke("check", "--index", str(tmp_path / "none.db"), str(tmp_path / "incoming"), "--allow-empty")
    assert missing.exit_code == 2 and "no such index" in missing.stderr
    # A folder of files that are not read (a batch of reports and tables) is no idle batch: an error still.
    feeds = tmp_path / "feeds"
    feeds.mkdir()
    (feeds / "report.json").write_text(json.dumps({"schema": "diffsrc.pair/1", "summary": {}}), encoding="utf-8")
    (feeds / "table.csv").write_text("id,date\na,2025-03-14\n", encoding="utf-8")
    assert invoke("check", "--index", str(seen), str(feeds), "--allow-empty").exit_code == 2
    # A .json feed of articles in it is read (it was passed over as if it were a report).
    (feeds / "feed.json").write_text(json.dumps({"text": render(make_story(950))}), encoding="utf-8")
    assert invoke("check", "--index", str(seen), str(feeds), "--allow-empty").exit_code == 0
    # A batch that has files is checked as ever.
    write_stories(tmp_path / "incoming", [3], make=lambda i: reprint(make_story(i), 1))
    assert invoke("check", "--index", str(seen), str(tmp_path / "incoming"), "--allow-empty").exit_code == 1


def bad_batch(folder: Path) -> dict[str, str]:
    """Good stories (one a reprint of an indexed one) among an empty, a binary, an undecodable and a chrome-only
    file; returns the reason expected for each bad file."""
    folder.mkdir()
    (folder / "a-fresh.txt").write_text(render(make_story(700)), encoding="utf-8")
    (folder / "b-reprint.txt").write_text(reprint(make_story(4), 3), encoding="utf-8")
    (folder / "c-fresh.txt").write_text(render(make_story(701)), encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    (folder / "broken-utf16.txt").write_bytes(b"\xff\xfe" + "The minister".encode("utf-16-le") + b"\x00")
    (folder / "chrome.txt").write_text("Share\nSubscribe\n00:00\n", encoding="utf-8")
    return {
        "empty.txt": "empty document (no text)",
        "image.txt": "binary file (contains NUL bytes), not text",
        "broken-utf16.txt": "invalid utf-16 text after its byte order mark (truncated data)",
        "chrome.txt": "no article text (everything looks like page chrome)",
    }


def test_a_batch_with_bad_files_checks_every_good_one_and_reports_each_bad_one(seen, tmp_path):
    bad = bad_batch(tmp_path / "incoming")
    gone = str(tmp_path / "gone.txt")
    report = tmp_path / "check.xml"
    result = run("check", "--index", str(seen), str(tmp_path / "incoming"), gone, "--add", "--format", "junit",
                 "-o", str(report))
    assert result.returncode == 2 and result.stdout == ""
    assert "Traceback" not in result.stderr
    expected = {str(tmp_path / "incoming" / name): reason for name, reason in bad.items()} | {gone: "no such file"}
    assert sorted(result.stderr.splitlines()) == sorted(f"Error: {path}: {reason}" for path, reason in expected.items())
    suite = ET.parse(report).getroot().find("testsuite")
    assert (suite.get("tests"), suite.get("failures"), suite.get("errors")) == ("8", "1", "5")
    cases = {c.get("name"): c for c in suite.findall("testcase")}
    for path, reason in expected.items():
        assert cases[path].find("error").get("message") == reason
    assert "story-4.txt" in cases[str(tmp_path / "incoming" / "b-reprint.txt")].find("failure").get("message")
    # The good ones were checked, and with --add the clean ones are in the index.
    info = json.loads(invoke("index", "info", str(seen), "--format", "json").stdout)
    assert info["documents"] == 32

    result = invoke("check", "--index", str(seen), str(tmp_path / "incoming"), gone, "--format", "json")
    assert result.exit_code == 2
    data = json.loads(result.stdout)
    by_name = {Path(r["path"]).name: r for r in data["results"]}
    assert {name: r["status"] for name, r in by_name.items()} == {
        "gone.txt": "error", "a-fresh.txt": "already-indexed", "b-reprint.txt": "near-duplicate",
        "c-fresh.txt": "already-indexed", **{name: "error" for name in bad}}
    for name, reason in bad.items():
        assert by_name[name]["error"] == reason and by_name[name]["matches"] == []
    table = invoke("check", "--index", str(seen), str(tmp_path / "incoming"))
    assert table.exit_code == 2
    assert "1 of 7 near-duplicate, 2 already indexed, 4 could not be checked" in table.stdout
    assert "binary file (contains NUL bytes), not text" in table.stdout


def test_a_retried_check_add_finds_its_files_already_indexed_not_duplicates_of_themselves(tmp_path):
    batch = write_stories(tmp_path / "batch", range(5))
    index = str(tmp_path / "ci.db")
    first = invoke("check", "--index", index, str(tmp_path / "batch"), "--add", "--format", "json")
    assert first.exit_code == 0
    assert {r["status"] for r in json.loads(first.stdout)["results"]} == {"clean"}
    retry = invoke("check", "--index", index, str(tmp_path / "batch"), "--add", "--format", "json")
    assert retry.exit_code == 0, retry.stdout
    assert json.loads(retry.stdout)["results"] == [
        {"path": str(p), "status": "already-indexed", "matches": []} for p in batch]
    # The same command run from the folder above, naming the batch relatively.
    again = run("check", "--index", index, "./batch/", "--add", cwd=tmp_path)
    assert again.returncode == 0 and "0 of 5 near-duplicate, 5 already indexed" in again.stdout
    assert json.loads(invoke("index", "info", index, "--format", "json").stdout)["documents"] == 5
    # The same text under another path is a near-duplicate, as is the file once it has changed.
    copy = tmp_path / "elsewhere.txt"
    copy.write_bytes(batch[2].read_bytes())
    assert invoke("check", "--index", index, str(copy)).exit_code == 1
    batch[3].write_text(reprint(make_story(3), 1), encoding="utf-8")
    changed = json.loads(invoke("check", "--index", index, str(batch[3]), "--format", "json").stdout)
    assert changed["results"][0]["status"] == "near-duplicate"
    assert changed["results"][0]["matches"][0]["id"] == "story-3.txt"


def test_an_indexed_file_is_already_indexed_after_an_upgrade_cleans_it_otherwise(tmp_path, monkeypatch):
    """After an upgrade of diffsrc that set aside one more line of a file, `check` read the indexed file as a
    near-duplicate of its own entry (exit 1) until `index add` replaced the entry."""
    import diffsrc.text.prepare as prepare

    wire = write_stories(tmp_path / "wire", range(3))
    index = str(tmp_path / "seen.db")
    assert invoke("index", "add", index, str(tmp_path / "wire")).exit_code == 0
    real = prepare.clean_article

    def upgraded(text, name):  # its last paragraph now set aside
        cleaned = real(text, name)
        return replace(cleaned, paragraphs=cleaned.paragraphs[:-1])

    monkeypatch.setattr(prepare, "clean_article", upgraded)
    checked = invoke("check", "--index", index, str(wire[1]), "--format", "json")
    assert checked.exit_code == 0, checked.output
    assert json.loads(checked.stdout) == {
        "schema": "diffsrc.check/1", "results": [{"path": str(wire[1]), "status": "already-indexed", "matches": []}]}
    retried = invoke("check", "--index", index, str(tmp_path / "wire"), "--add")
    assert retried.exit_code == 0 and "0 of 3 near-duplicate, 3 already indexed" in retried.stdout
    again = invoke("index", "add", index, str(tmp_path / "wire"))
    assert again.exit_code == 0 and again.stdout.startswith("0 added, 0 replaced, 3 unchanged")
    assert [d["id"] for d in json.loads(invoke("index", "list", index, "--format", "json").stdout)["documents"]] == [
        "story-0.txt", "story-1.txt", "story-2.txt"]


def test_check_add_never_evicts_an_indexed_article_whose_name_or_id_is_reused(tmp_path):
    # An ingest gate's spool file (incoming/a.txt) holds another article on every run, and feeds reuse record ids:
    # each new article was stored over the last one, and that one's later copies passed as clean.
    index, spool = str(tmp_path / "seen.db"), tmp_path / "incoming" / "a.txt"
    spool.parent.mkdir()
    spool.write_text(render(make_story(1)), encoding="utf-8")
    assert invoke("check", "--index", index, str(spool.parent), "--add").exit_code == 0
    spool.write_text(render(make_story(2)), encoding="utf-8")
    second = run("check", "--index", index, str(spool.parent), "--add", "--format", "json")
    assert second.returncode == 0
    [result] = json.loads(second.stdout)["results"]
    assert result["status"] == "clean" and result["id"].startswith("a.txt@")
    assert f"warning: {spool}: the index holds other text under the id 'a.txt'" in second.stderr
    assert "added as " + repr(result["id"]) in second.stderr
    # Both are indexed: a copy of either is caught, and the second run repeated finds its file already indexed.
    for n, found in ((1, "a.txt"), (2, result["id"])):
        copy = tmp_path / f"copy-{n}.txt"
        copy.write_text(reprint(make_story(n), 1), encoding="utf-8")
        checked = json.loads(invoke("check", "--index", index, str(copy), "--format", "json").stdout)
        assert [m["id"] for m in checked["results"][0]["matches"]] == [found]
    again = json.loads(invoke("check", "--index", index, str(spool.parent), "--add", "--format", "json").stdout)
    # ... under the id it is indexed under, not "a.txt" (the other article's).
    assert (again["results"][0]["status"], again["results"][0]["id"]) == ("already-indexed", result["id"])
    # Two feeds that both number their records from 1.
    for n, feed in ((3, "feed-a.jsonl"), (4, "feed-b.jsonl")):
        (tmp_path / feed).write_text(json.dumps({"id": "1", "text": render(make_story(n))}) + "\n", encoding="utf-8")
        assert invoke("check", "--index", index, str(tmp_path / feed), "--add").exit_code == 0
    assert json.loads(invoke("index", "info", index, "--format", "json").stdout)["documents"] == 4
    # `index add` still replaces a document by its id: a new version of a file is that file.
    spool.write_text(render(make_story(5)), encoding="utf-8")
    assert invoke("index", "add", index, str(spool)).stdout.startswith("0 added, 1 replaced")


def test_a_jsonl_dump_is_indexed_and_checked_record_by_record(tmp_path):
    # An ingest pipeline's dump: one article per line, each with its id; a bad line is one error, not the file's.
    dump = tmp_path / "feed.jsonl"
    lines = [json.dumps({"id": f"story-{n}", "text": render(make_story(n))}) for n in range(3)]
    dump.write_text("\n".join([*lines, "{not json"]) + "\n", encoding="utf-8")
    index = str(tmp_path / "seen.db")
    added = invoke("index", "add", index, str(dump))
    assert added.exit_code == 2 and added.stdout.startswith("3 added")
    assert f"Error: {dump}:line 4: not valid JSON" in added.stderr
    later = tmp_path / "later.jsonl"
    later.write_text(json.dumps({"id": "reprint", "text": reprint(make_story(1), 5)}) + "\n"
                     + json.dumps({"id": "fresh", "text": render(make_story(900))}) + "\n", encoding="utf-8")
    checked = invoke("check", "--index", index, str(later), "--format", "json")
    assert checked.exit_code == 1
    assert [(r["id"], r["status"], [m["id"] for m in r["matches"]]) for r in json.loads(checked.stdout)["results"]] == [
        ("reprint", "near-duplicate", ["story-1"]), ("fresh", "clean", [])]
    table = invoke("check", "--index", index, str(later))
    assert f"{later} [reprint]" in table.stdout


def test_a_json_feed_is_read_as_records_named_or_in_a_folder_and_a_report_in_a_folder_is_said_to_be_passed_over(
        seen, tmp_path):
    # A feed saved as .json was read as one plain-text document (its JSON syntax shingled: a reprint at 0.98 came
    # out clean at 0.78), and in a batch folder it was passed over without a word.
    one = tmp_path / "one.json"
    one.write_text(json.dumps({"id": "feed-2", "text": reprint(make_story(2), 1)}, indent=2), encoding="utf-8")
    lines = tmp_path / "two.json"
    lines.write_text(json.dumps({"id": "a", "text": render(make_story(900))}) + "\n"
                     + json.dumps({"id": "b", "text": reprint(make_story(3), 1)}) + "\n", encoding="utf-8")
    listed = tmp_path / "list.json"
    listed.write_text(json.dumps([{"text": reprint(make_story(4), 1)}, "stray"]), encoding="utf-8")
    result = invoke("check", "--index", str(seen), str(one), str(lines), str(listed), "--format", "json")
    assert result.exit_code == 2  # the stray item
    got = [(r.get("id"), r["status"], [m["id"] for m in r["matches"]][:1])
           for r in json.loads(result.stdout)["results"]]
    assert got == [("feed-2", "near-duplicate", ["story-2.txt"]), ("a", "clean", []),
                   ("b", "near-duplicate", ["story-3.txt"]), (got[3][0], "near-duplicate", ["story-4.txt"]),
                   (None, "error", [])]
    assert f"Error: {listed}:item 2: not a JSON object (a string)" in result.stderr
    # A diffsrc report is an output, not an article.
    report = tmp_path / "pair.json"
    report.write_text(json.dumps({"schema": "diffsrc.pair/1", "summary": {}}), encoding="utf-8")
    refused = invoke("check", "--index", str(seen), str(report))
    assert refused.exit_code == 2
    assert f"Error: {report}: a diffsrc report (diffsrc.pair/1), not an article" in refused.stderr
    # In a batch folder beside an article, the .json feed is read too (a researcher's folder of exports lost six of
    # ten articles, passed over as if they were reports); a report beside it is passed over, and the run says so.
    batch = tmp_path / "batch"
    write_stories(batch, [901])
    (batch / "feed.json").write_bytes(one.read_bytes())
    (batch / "pair.json").write_bytes(report.read_bytes())
    folder = run("check", "--index", str(seen), str(batch), "--format", "json")
    assert folder.returncode == 1  # the feed is a near-duplicate of story 2
    assert {r.get("id", r["path"]): r["status"] for r in json.loads(folder.stdout)["results"]} == {
        "feed-2": "near-duplicate", str(batch / "story-901.txt"): "clean"}
    assert (f"warning: {batch}: 1 .json passed over: reports and tables are not read from a folder; a CSV or JSON "
            "dump of articles is read: it has a 'text' column or field") in folder.stderr


def test_a_file_added_by_a_relative_path_is_known_from_any_folder(tmp_path):
    # `index add seen.db archive/` from one folder, then `check` from inside archive/ (a CI step with another working
    # directory): the file is already indexed, not a near-duplicate of itself.
    batch = write_stories(tmp_path / "archive", range(3))
    added = run("index", "add", "seen.db", "archive/", cwd=tmp_path)
    assert added.returncode == 0, added.stderr
    inside = run("check", "--index", "../seen.db", batch[1].name, "--format", "json", cwd=tmp_path / "archive")
    assert inside.returncode == 0, inside.stdout
    assert json.loads(inside.stdout)["results"][0]["status"] == "already-indexed"
    # Seen from elsewhere, a copy of the same text is still a near-duplicate.
    copy = tmp_path / "copy.txt"
    copy.write_bytes(batch[1].read_bytes())
    assert run("check", "--index", "seen.db", "copy.txt", cwd=tmp_path).returncode == 1


def test_the_check_table_lines_up_with_wide_file_names(seen, tmp_path):
    from diffsrc.report.terminal import display_width

    incoming = tmp_path / "incoming"
    incoming.mkdir()
    (incoming / "東京の記事.txt").write_text(reprint(make_story(3), seed=3), encoding="utf-8")
    (incoming / "new.txt").write_text(render(make_story(400)), encoding="utf-8")
    # As on a core install, where nothing provides wcwidth (some test dependencies do).
    code = ("import sys; sys.modules['wcwidth'] = None; from diffsrc.cli import cli; "
            f"cli(['check', '--index', {str(seen)!r}, {str(incoming)!r}])")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=_env())
    assert result.returncode == 1, result.stderr
    lines = result.stdout.splitlines()
    header, rule, *rows = lines[: lines.index("")]
    assert len(rows) == 2 and any("東京の記事.txt" in row for row in rows)
    # Every line puts its status column where the heading does, counted in terminal columns (a CJK character
    # takes two), and the rule under each heading is as wide as its column.
    status_at = display_width(header[: header.index("status")])
    for row in rows:
        status = next(s for s in ("near-duplicate", "clean") if s in row)
        assert display_width(row[: row.index(status)]) == status_at, row
    assert len(rule.split()[0]) == status_at - 2


def _check_json(*args: str, stdin: str | None = None) -> tuple[int, list[dict]]:
    result = CliRunner().invoke(cli, ["check", *args, "--format", "json"], input=stdin)
    return result.exit_code, json.loads(result.stdout)["results"]


def test_articles_piped_in_one_by_one_are_each_their_own_entry(tmp_path):
    """Every article read from standard input was named 'stdin', so each `check --add` replaced the last one."""
    index = str(tmp_path / "seen.db")
    first, second = render(make_story(1)), render(make_story(2))
    assert _check_json("--index", index, "-", "--add", stdin=first)[1][0]["status"] == "clean"
    assert _check_json("--index", index, "-", "--add", stdin=second)[1][0]["status"] == "clean"
    code, results = _check_json("--index", index, "-", stdin=reprint(make_story(1), 3))
    assert code == 1 and results[0]["status"] == "near-duplicate"
    assert results[0]["matches"][0]["id"].startswith("stdin-")
    assert _check_json("--index", index, "-", "--add", stdin=first)[1][0]["status"] == "already-indexed"


def test_records_without_ids_from_files_of_one_name_do_not_replace_each_other(tmp_path):
    """A daily `feed.jsonl` named its records feed.jsonl:1, feed.jsonl:2 ...: the next day's replaced them."""
    index = str(tmp_path / "seen.db")
    for day, stories in (("day1", (1, 2)), ("day2", (3, 4))):
        (tmp_path / day).mkdir()
        lines = [json.dumps({"text": render(make_story(i))}) for i in stories]
        (tmp_path / day / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        code, results = _check_json("--index", index, str(tmp_path / day / "feed.jsonl"), "--add")
        assert code == 0 and [r["status"] for r in results] == ["clean", "clean"]
    copies = write_stories(tmp_path / "new", (1, 3), make=lambda i: reprint(make_story(i), 5))
    code, results = _check_json("--index", index, *(str(p) for p in copies))
    assert code == 1 and [r["status"] for r in results] == ["near-duplicate", "near-duplicate"]
    assert all(r["matches"][0]["id"].startswith("feed.jsonl:") for r in results)


def test_the_same_file_read_from_another_folder_is_already_indexed_not_a_copy_of_itself(tmp_path):
    """Re-adding unchanged files from another folder moved their stored path: a retried check from the first
    folder then found each file a near-duplicate of itself, and a CI workspace at a new path did too."""
    index = str(tmp_path / "seen.db")
    stories = write_stories(tmp_path / "arch", range(3))
    assert CliRunner().invoke(cli, ["index", "add", index, str(tmp_path / "arch")]).exit_code == 0
    workspace = tmp_path / "ci-run-2"
    workspace.mkdir()
    copies = [workspace / p.name for p in stories]
    for p, copy in zip(stories, copies, strict=True):
        copy.write_text(p.read_text(encoding="utf-8"), encoding="utf-8")
    again = CliRunner().invoke(cli, ["index", "add", index, str(workspace)])
    assert again.stdout.startswith("0 added, 0 replaced, 3 unchanged")
    for path in (stories[0], copies[0]):
        code, results = _check_json("--index", index, str(path))
        assert code == 0 and results[0]["status"] == "already-indexed"
    with sqlite3.connect(index) as db:  # where it was added from, as the index said it was left
        assert db.execute("SELECT path FROM docs WHERE id = 'story-0.txt'").fetchone()[0] == str(stories[0])


def _as_other_user() -> list[str] | None:
    """A command prefix that runs without the right to write a folder this test made read-only: none needed when
    the tests do not run as root (the folder's mode applies), `setpriv` to user nobody when they do."""
    import shutil

    if os.geteuid() != 0:
        return []
    if shutil.which("setpriv"):
        return ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
    return None


def test_an_index_in_a_read_only_folder_can_be_checked_but_not_written():
    """A shared index mounted read-only: SQLite needs to create its log beside the file, so even a plain check
    failed with 'index is read-only'."""
    import shutil
    import tempfile

    prefix = _as_other_user()
    if prefix is None:
        pytest.skip("running as root without setpriv: nothing here can be made unwritable")
    base = Path(tempfile.mkdtemp())  # under /tmp, where another user can reach it (pytest's folders are private)
    shared = base / "shared"
    try:
        base.chmod(0o755)
        shared.mkdir()
        write_stories(base / "wire", range(3))
        assert invoke("index", "add", str(shared / "seen.db"), str(base / "wire")).exit_code == 0
        copy = write_stories(base / "new", [1], make=lambda i: reprint(make_story(i), 2))[0]
        other = write_stories(base / "other", [40])[0]
        shared.chmod(0o555)

        def cli_run(*args: str) -> subprocess.CompletedProcess[str]:
            return subprocess.run([*prefix, sys.executable, "-m", "diffsrc", *args], capture_output=True, text=True,
                                  env=_env(), cwd="/")

        checked = cli_run("check", "--index", str(shared / "seen.db"), str(copy), "--format", "json")
        assert checked.returncode == 1, checked.stderr
        assert json.loads(checked.stdout)["results"][0]["matches"][0]["id"] == "story-1.txt"
        assert cli_run("index", "info", str(shared / "seen.db")).returncode == 0
        added = cli_run("check", "--index", str(shared / "seen.db"), str(other), "--add")
        assert added.returncode == 2
        assert f"Error: {shared / 'seen.db'}: index is read-only (its folder {shared} cannot be written)" in \
            added.stderr
        assert sorted(os.listdir(shared)) == ["seen.db"]
    finally:
        shared.chmod(0o755)
        shutil.rmtree(base)


def test_files_of_one_name_carry_their_ids_in_the_json(tmp_path):
    """Two story.txt in two folders are indexed as a/story.txt and b/story.txt: the results must say which is
    which, or a match's id cannot be traced back to its input."""
    for folder, n in (("a", 1), ("b", 2)):
        write_stories(tmp_path / "dn" / folder, [n])[0].rename(tmp_path / "dn" / folder / "story.txt")
    code, results = _check_json("--index", str(tmp_path / "seen.db"), str(tmp_path / "dn"), "--add")
    assert code == 0 and [(r["id"], r["status"]) for r in results] == [("a/story.txt", "clean"),
                                                                        ("b/story.txt", "clean")]


def test_a_large_check_read_by_worker_processes_gives_the_results_of_one_process(tmp_path):
    """From CHECK_PARALLEL_MIN_FILES files on, two worker processes read and fingerprint while the command looks
    batches up: the results, their order and the exit status are those of the in-process check."""
    from diffsrc.document import load_documents
    from diffsrc.index.ingest import CHECK_PARALLEL_MIN_FILES
    from diffsrc.index.store import Index

    index = tmp_path / "seen.db"
    assert invoke("index", "add", str(index), *map(str, write_stories(tmp_path / "wire", range(20)))).exit_code == 0
    queries = write_stories(tmp_path / "new", range(CHECK_PARALLEL_MIN_FILES + 50),
                            make=lambda i: reprint(make_story(i % 40), i))
    code, results = _check_json("--index", str(index), str(tmp_path / "new"))
    with Index.open(index) as ix:
        expected = ix.check(load_documents(sorted(map(str, queries)))[0])
    assert code == 1
    assert [(r["path"], r["status"], [m["id"] for m in r["matches"]]) for r in results] == [
        (r.path, r.status, [m.id for m in r.matches]) for r in expected]
    assert {r["status"] for r in results} == {"clean", "near-duplicate"}


def test_a_redirect_in_a_web_archive_is_listed_as_skipped_and_leaves_the_exit_status_to_the_pages(tmp_path,
                                                                                                  monkeypatch):
    pytest.importorskip("warcio")
    pytest.importorskip("trafilatura")
    from .warc_fixtures import PAGE, PAGE_URI, REDIRECT_URI, write_crawl

    monkeypatch.chdir(tmp_path)
    redirect = (REDIRECT_URI, b"", "text/html", "301 Moved Permanently")
    write_crawl(tmp_path / "crawl.warc.gz", [redirect, (PAGE_URI, PAGE, "text/html", "200 OK")])
    write_crawl(tmp_path / "mirror.warc.gz", [redirect, ("https://mirror.example/ferry", PAGE, "text/html", "200 OK")])
    runner = CliRunner()
    assert runner.invoke(cli, ["index", "add", "seen.db", "crawl.warc.gz"]).exit_code == 0
    skipped = "HTTP status 301, not a page"
    # The crawl itself: its page is already indexed, the redirect is no error: exit 0.
    again = runner.invoke(cli, ["check", "--index", "seen.db", "crawl.warc.gz", "--format", "json"])
    assert again.exit_code == 0, again.output
    assert again.stderr == f"skipped: crawl.warc.gz:{REDIRECT_URI}: {skipped}\n"
    assert [r["status"] for r in json.loads(again.stdout)["results"]] == ["already-indexed"]
    # A mirror of it: its page is a near-duplicate, and exit 1 says so (not 2, for the redirect).
    mirror = runner.invoke(cli, ["check", "--index", "seen.db", "mirror.warc.gz"])
    assert mirror.exit_code == 1, mirror.output
    assert mirror.stderr == f"skipped: mirror.warc.gz:{REDIRECT_URI}: {skipped}\n"
    assert "near-duplicate" in mirror.stdout and REDIRECT_URI not in mirror.stdout


def test_check_add_keeps_a_file_of_an_indexed_name_from_another_folder_apart(tmp_path):
    for day, n in (("13", 1), ("14", 2)):
        write_stories(tmp_path / day, [n])[0].rename(tmp_path / day / "story.txt")
    index = str(tmp_path / "seen.db")
    assert invoke("check", "--index", index, "--add", str(tmp_path / "13")).exit_code == 0
    result = invoke("check", "--index", index, "--add", str(tmp_path / "14"), "--format", "json")
    assert result.exit_code == 0
    [entry] = json.loads(result.stdout)["results"]
    assert entry["status"] == "clean" and entry["id"] == "14/story.txt"  # the id it was added under


def test_check_output_extension_names_the_format(seen, tmp_path):
    new = tmp_path / "fresh.txt"
    new.write_text(render(make_story(400)))
    assert invoke("check", "--index", str(seen), str(new), "-o", str(tmp_path / "out.json")).exit_code == 0
    assert json.loads((tmp_path / "out.json").read_text())["schema"] == "diffsrc.check/1"
    assert invoke("check", "--index", str(seen), str(new), "-o", str(tmp_path / "out.xml")).exit_code == 0
    assert ET.parse(tmp_path / "out.xml").getroot().tag in ("testsuites", "testsuite")
    # An extension naming a format check does not write is refused (it wrote the table into out.csv), before any
    # work; one that names no format is the table.
    refused = invoke("check", "--index", str(seen), str(new), "-o", str(tmp_path / "out.csv"))
    assert refused.exit_code == 2 and not (tmp_path / "out.csv").exists()
    assert "this command does not write csv; its formats are table, json, junit" in refused.output
    assert invoke("check", "--index", str(seen), str(new), "-o", str(tmp_path / "out.log")).exit_code == 0
    assert "clean" in (tmp_path / "out.log").read_text()


# Standard output on a full disk: every write fails as /dev/full fails it.
_FULL_STDOUT = """
import errno, io, os, sys
class Full(io.TextIOBase):
    pending = False  # what a buffered stream keeps after a failed write, and fails to flush again
    def write(self, s):
        self.pending = True
        raise OSError(errno.ENOSPC, "No space left on device")
    def flush(self):
        if self.pending:
            raise OSError(errno.ENOSPC, "No space left on device")
    def fileno(self):
        self.pending = False  # the descriptor is about to point at /dev/null
        return os.open(os.devnull, os.O_WRONLY)
sys.stdout = Full()
sys.argv = ["diffsrc", *sys.argv[1:]]
from diffsrc.cli import main
main()
"""


@pytest.mark.parametrize("command", ["check", "index info", "compare", "--version"])
def test_standard_output_that_cannot_be_written_is_an_error_not_found_near_duplicates(tmp_path, command):
    # A CI trial: `check ... > file` on a full disk gave a traceback and exit status 1, which a CI job reads as
    # "near-duplicates found"; `compare` lost its table and exited 0.
    index = tmp_path / "seen.db"
    assert run("index", "add", str(index), str(SEEDS)).returncode == 0
    seed = str(sorted(SEEDS.glob("000_*.txt"))[0])
    args = {"check": ["check", "--index", str(index), seed], "index info": ["index", "info", str(index)],
            "compare": ["compare", str(sorted(SEEDS.glob("001_*.txt"))[0]), seed], "--version": ["--version"]}[command]
    proc = subprocess.run([sys.executable, "-c", _FULL_STDOUT, *args], capture_output=True, text=True, cwd=ROOT,
                          env=_env())
    assert proc.returncode == 2, proc.stderr
    assert proc.stderr.strip().splitlines()[-1] == "Error: <stdout>: cannot write: No space left on device"
    assert "Traceback" not in proc.stderr
    # A reader that stopped reading (`| head`) meant to: no message, no traceback; exit status 2 (click ends its own
    # --help and --version on a closed pipe with 1, its convention).
    closed = _FULL_STDOUT.replace("errno.ENOSPC, \"No space left on device\"", "errno.EPIPE, \"Broken pipe\"")
    proc = subprocess.run([sys.executable, "-c", closed, *args], capture_output=True, text=True, cwd=ROOT, env=_env())
    assert (proc.returncode, proc.stderr) == (1 if command == "--version" else 2, "")


def test_check_add_says_it_waits_for_another_writer_and_does_not_wait_with_nothing_to_add(tmp_path):
    # A CI trial: `check --add` behind another process's write transaction printed nothing for two minutes, then
    # failed the whole batch, even when every document was a near-duplicate and there was nothing to write.
    index = tmp_path / "seen.db"
    assert run("index", "add", str(index), str(SEEDS)).returncode == 0
    fresh = tmp_path / "fresh.txt"
    fresh.write_text(render(make_story(4242)), encoding="utf-8")
    writer = sqlite3.connect(index, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")  # another process writing
    try:
        started = time.monotonic()
        dup = run("check", "--index", str(index), "--add", str(sorted(SEEDS.glob("001_*.txt"))[0]), "-f", "json")
        assert time.monotonic() - started < 8  # answered without the lock (it waits up to two minutes)
        assert dup.returncode == 0 and "waiting" not in dup.stderr
        assert json.loads(dup.stdout)["results"][0]["status"] == "already-indexed"
        # So does `index add` of documents the index holds as they are (a re-test: it waited, saying so).
        started = time.monotonic()
        again = run("index", "add", str(index), str(SEEDS))
        assert time.monotonic() - started < 8 and again.returncode == 0 and "waiting" not in again.stderr
        assert again.stdout.startswith("0 added, 0 replaced, 5 unchanged")
        waiting = subprocess.Popen([sys.executable, "-m", "diffsrc", "check", "--index", str(index), "--add",
                                    str(fresh), "-f", "json"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                   text=True, env=_env())
        time.sleep(4)  # long enough to have asked for the lock and said so
    finally:
        writer.execute("COMMIT")
        writer.close()
    out, err = waiting.communicate(timeout=60)
    assert waiting.returncode == 0, err
    assert "another process is writing the index; waiting for it" in err
    assert json.loads(out)["results"][0]["status"] == "clean" and json.loads(out)["results"][0]["added"]


def test_a_first_check_add_whose_inputs_all_fail_writes_its_errors_and_no_index(tmp_path):
    # A CI trial: the bootstrap run of an ingest job (no index yet) whose inputs were all unreadable wrote no JUnit
    # file for the CI to publish, where the same run against an existing index writes one <error> per input.
    index, report = tmp_path / "new.db", tmp_path / "check.xml"
    proc = run("check", "--index", str(index), "--add", str(tmp_path / "gone.txt"), str(tmp_path / "lost.txt"),
               "-o", str(report))
    assert proc.returncode == 2
    assert proc.stderr.splitlines() == [f"Error: {tmp_path / 'gone.txt'}: no such file",
                                        f"Error: {tmp_path / 'lost.txt'}: no such file"]
    suite = ET.parse(report).getroot()
    assert (suite.get("tests"), suite.get("errors")) == ("2", "2")
    assert not index.exists()  # nothing was added: no empty index left behind


def test_a_first_run_whose_files_are_all_unusable_leaves_no_index(tmp_path):
    # A second CI trial: files that exist but hold nothing to index (empty, binary) left an empty index behind,
    # from `check --add` and from `index add` alike, where missing files left none.
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "blob.txt").write_bytes(b"\x00\x01\x02 not text")
    checked = run("check", "--index", str(tmp_path / "a.db"), "--add", str(folder), "-f", "json")
    assert checked.returncode == 2
    assert [r["status"] for r in json.loads(checked.stdout)["results"]] == ["error", "error"]
    added = run("index", "add", str(tmp_path / "b.db"), str(folder))
    assert added.returncode == 2 and added.stdout.strip().endswith(f"no index written to {tmp_path / 'b.db'}")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in"]


def test_a_damaged_index_is_an_error_and_the_report_asked_for_is_written(tmp_path):
    # A CI trial: an index with pages overwritten made `check` die with a KeyError traceback and exit 1 (read as
    # "near-duplicate found"), or quote raw bytes; and no JUnit file was written for the CI to publish.
    index = tmp_path / "seen.db"
    assert run("index", "add", str(index), str(SEEDS)).returncode == 0
    db = sqlite3.connect(index)
    db.execute("DELETE FROM docs WHERE id = '001_72d3a0bd69b97b31.txt'")  # its buckets left naming it
    db.commit()
    db.close()
    report = tmp_path / "check.xml"
    proc = run("check", "--index", str(index), str(SEEDS / "001_72d3a0bd69b97b31.txt"), "-o", str(report))
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    (line,) = proc.stderr.splitlines()
    assert line.startswith(f"Error: {index}: index is corrupt (its buckets name document ")
    error = ET.parse(report).getroot().find(".//error")
    assert error is not None and error.get("message").startswith("not checked: the index cannot be used (")
