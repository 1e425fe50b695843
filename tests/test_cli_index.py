from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from diffsrc.cli import cli
from diffsrc.index.store import Index

from .synthetic_news import make_story, render

ROOT = Path(__file__).resolve().parents[1]


def invoke(*args: str):
    return CliRunner().invoke(cli, list(args))


def write_stories(folder: Path, numbers) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in numbers:
        path = folder / f"story-{i}.txt"
        path.write_text(render(make_story(i)), encoding="utf-8")
        paths.append(path)
    return paths


def info(index: Path) -> dict:
    result = invoke("index", "info", str(index), "--format", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_add_info_remove(tmp_path):
    write_stories(tmp_path / "wire", range(5))
    index = tmp_path / "seen.db"
    result = invoke("index", "add", str(index), str(tmp_path / "wire"))
    assert result.exit_code == 0
    assert result.stdout == f"5 added, 0 replaced, 0 unchanged; 5 documents in {index}\n"
    data = info(index)
    assert data["documents"] == 5 and data["threshold"] == 0.8 and data["format_version"] == 1
    assert {"bands", "rows", "num_perm", "shingle_size", "size_bytes"} <= set(data)
    table = invoke("index", "info", str(index)).stdout
    assert "documents" in table and "threshold" in table
    assert invoke("index", "remove", str(index), "story-1.txt", "story-2.txt").stdout == "2 removed\n"
    assert info(index)["documents"] == 3


def test_index_list_gives_the_ids_remove_takes_and_where_each_came_from(tmp_path):
    # The ids `index remove` needs (and the `14/story.txt` or `a.txt@digest` ones the index gives a reused name)
    # could only be found by opening the SQLite file.
    import io

    import pandas as pd

    paths = write_stories(tmp_path / "wire", range(3))
    index = tmp_path / "seen.db"
    invoke("index", "add", str(index), str(tmp_path / "wire"))
    table = invoke("index", "list", str(index))
    assert table.exit_code == 0
    assert table.stdout.splitlines() == ["id           path", *(f"story-{i}.txt  {paths[i]}" for i in range(3))]
    frame = pd.read_csv(io.StringIO(invoke("index", "list", str(index), "--format", "csv").stdout))
    assert list(frame.columns) == ["id", "path", "shingles", "digest"]
    assert frame.id.tolist() == ["story-0.txt", "story-1.txt", "story-2.txt"] and frame.shingles.dtype == "int64"
    listed = json.loads(invoke("index", "list", str(index), "--format", "json").stdout)["documents"]
    assert [d["path"] for d in listed] == [str(p) for p in paths]
    assert invoke("index", "remove", str(index), listed[1]["id"]).stdout == "1 removed\n"
    assert [d["id"] for d in json.loads(invoke("index", "list", str(index), "--format", "json").stdout)["documents"]] \
        == ["story-0.txt", "story-2.txt"]
    missing = invoke("index", "list", str(tmp_path / "none.db"))
    assert missing.exit_code == 2 and "no such index" in missing.stderr


def test_index_remove_of_an_id_not_in_the_index_is_named_and_passes_so_a_cleanup_run_twice_succeeds(tmp_path):
    # A CI cleanup step that runs twice (a retried job) found its ids gone and failed the pipeline with exit 2; a
    # typo must still be seen: each id the index does not hold is named on stderr and counted on stdout.
    write_stories(tmp_path / "wire", range(3))
    index = tmp_path / "seen.db"
    invoke("index", "add", str(index), str(tmp_path / "wire"))
    first = invoke("index", "remove", str(index), "story-1.txt")
    assert (first.exit_code, first.stdout, first.stderr) == (0, "1 removed\n", "")
    again = invoke("index", "remove", str(index), "story-1.txt")
    assert again.exit_code == 0, again.output
    assert again.stdout == "0 removed, 1 not in the index\n"
    assert again.stderr == "warning: not in the index: story-1.txt\n"
    typo = invoke("index", "remove", str(index), "story-0.txt", "stroy-2.txt")  # the id present is removed
    assert typo.exit_code == 0 and typo.stdout == "1 removed, 1 not in the index\n"
    assert typo.stderr == "warning: not in the index: stroy-2.txt\n"
    assert [d["id"] for d in json.loads(invoke("index", "list", str(index), "--format", "json").stdout)["documents"]] \
        == ["story-2.txt"]


def test_index_remove_strict_refuses_an_id_not_in_the_index_and_removes_nothing(tmp_path):
    write_stories(tmp_path / "wire", range(2))
    index = tmp_path / "seen.db"
    invoke("index", "add", str(index), str(tmp_path / "wire"))
    result = invoke("index", "remove", "--strict", str(index), "story-0.txt", "nope.txt")
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr == f"Error: {index}: no document with id 'nope.txt' in the index; nothing removed\n"
    assert info(index)["documents"] == 2
    assert invoke("index", "remove", "--strict", str(index), "story-0.txt").stdout == "1 removed\n"


def _ids(index: Path) -> list[str]:
    return [d["id"] for d in json.loads(invoke("index", "list", str(index), "--format", "json").stdout)["documents"]]


def test_index_remove_of_a_file_path_removes_the_documents_added_from_it(tmp_path, monkeypatch):
    # A re-test: `index remove seen.db wire/story-1.txt` (the file, not its id "story-1.txt") removed nothing and
    # passed, exit 0, a warning on stderr. The index records the file each document was added from: a file's path
    # stands for its documents, whatever their ids (a JSONL dump's records, one added with --id).
    paths = write_stories(tmp_path / "wire", range(3))
    dump = tmp_path / "feed.jsonl"
    dump.write_text("".join(json.dumps({"id": f"rec-{n}", "text": render(make_story(n))}) + "\n"
                            for n in (10, 11)), encoding="utf-8")
    index = tmp_path / "seen.db"
    invoke("index", "add", str(index), str(tmp_path / "wire"), str(dump))
    invoke("index", "add", str(index), str(paths[2]), "--id", "lead-story")
    assert _ids(index) == ["lead-story", "rec-10", "rec-11", "story-0.txt", "story-1.txt", "story-2.txt"]
    monkeypatch.chdir(tmp_path)
    by_path = invoke("index", "remove", str(index), "wire/story-1.txt")
    assert (by_path.exit_code, by_path.stdout, by_path.stderr) == (0, "1 removed\n", "")
    assert invoke("index", "remove", str(index), "feed.jsonl").stdout == "2 removed\n"
    assert invoke("index", "remove", str(index), str(paths[2])).stdout == "2 removed\n"  # story-2.txt, lead-story
    assert _ids(index) == ["story-0.txt"]
    # Run again (a retried cleanup), the file is still there but the index holds nothing from it: named, exit 0.
    again = invoke("index", "remove", str(index), "wire/story-1.txt")
    assert (again.exit_code, again.stdout) == (0, "0 removed, 1 not in the index\n")
    assert again.stderr == ("warning: not in the index: wire/story-1.txt (a file the index holds no document "
                            "added from)\n")
    strict = invoke("index", "remove", "--strict", str(index), "story-0.txt", "wire/story-1.txt")
    assert strict.exit_code == 2 and strict.stdout == ""
    assert _ids(index) == ["story-0.txt"]


def test_index_remove_takes_an_argument_the_index_holds_as_an_id_as_that_id(tmp_path, monkeypatch):
    # "story-1.txt" is an id, and a file of the folder the command runs in that was never added.
    write_stories(tmp_path / "wire", range(2))
    index = tmp_path / "seen.db"
    invoke("index", "add", str(index), str(tmp_path / "wire"))
    write_stories(tmp_path / "other", [1])
    monkeypatch.chdir(tmp_path / "other")
    assert invoke("index", "remove", str(index), "story-1.txt").stdout == "1 removed\n"
    assert _ids(index) == ["story-0.txt"]


def test_index_remove_of_a_folder_is_an_error_and_removes_nothing(tmp_path):
    # `index add` takes a folder; `index remove` of one would empty a whole archive on one argument.
    write_stories(tmp_path / "wire", range(2))
    index = tmp_path / "seen.db"
    invoke("index", "add", str(index), str(tmp_path / "wire"))
    result = invoke("index", "remove", str(index), "story-0.txt", str(tmp_path / "wire"))
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr == (f"Error: {tmp_path / 'wire'}: is a folder; index remove takes ids (see `diffsrc index "
                             "list`) or the files documents were added from; nothing removed\n")
    assert _ids(index) == ["story-0.txt", "story-1.txt"]


def test_index_remove_reads_ids_from_standard_input_given_a_dash(tmp_path):
    # A re-test: "-" was read as the path documents read from standard input were recorded under, and every one of
    # them was removed. A pipeline gives the ids, one a line.
    write_stories(tmp_path / "wire", range(3))
    index = tmp_path / "seen.db"
    invoke("index", "add", str(index), str(tmp_path / "wire"))
    piped = CliRunner().invoke(cli, ["index", "remove", str(index), "-"], input="story-0.txt\n\nstory-2.txt\n")
    assert (piped.exit_code, piped.stdout) == (0, "2 removed\n")
    assert _ids(index) == ["story-1.txt"]


def test_index_remove_from_an_index_that_does_not_exist_is_still_an_error(tmp_path):
    # Idempotent removal is about ids, not about a wrong index path, which no retry makes right.
    result = invoke("index", "remove", str(tmp_path / "none.db"), "story-0.txt")
    assert result.exit_code == 2 and result.stderr == f"Error: {tmp_path / 'none.db'}: no such index\n"
    assert not (tmp_path / "none.db").exists()


def test_check_of_a_pattern_matching_a_pipe_reports_it_as_an_error_not_clean(tmp_path):
    # A pipe a pattern matched was dropped: the batch checked "clean", exit 0, with one input never looked at.
    write_stories(tmp_path / "wire", range(2))
    index = tmp_path / "seen.db"
    invoke("index", "add", str(index), str(tmp_path / "wire"))
    batch = tmp_path / "incoming"
    write_stories(batch, [7])
    os.mkfifo(batch / "story-8.txt")
    result = invoke("check", "--index", str(index), f"{batch}/*.txt", "--format", "json")
    assert result.exit_code == 2
    assert result.stderr == f"Error: {batch / 'story-8.txt'}: not a regular file (a pipe, socket or device)\n"
    statuses = {Path(r["path"]).name: r["status"] for r in json.loads(result.stdout)["results"]}
    assert statuses == {"story-7.txt": "clean", "story-8.txt": "error"}


def test_index_commands_that_clean_no_text_do_not_compile_the_cleaning_patterns():
    # `index info`, `list` and `remove` (and the writing process of `index add`) never clean a text; importing the
    # cleaning module compiles ~100 patterns (~0.1 s, half of `index info`'s start-up before).
    import subprocess
    import sys

    code = ("import sys; import diffsrc.cli, diffsrc.index.ingest, diffsrc.index.store, diffsrc.load.read; "
            "print('diffsrc.text.clean' in sys.modules)")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert out.stdout.strip() == "False"


def test_re_adding_is_a_no_op_and_a_changed_file_replaces(tmp_path):
    paths = write_stories(tmp_path / "wire", range(3))
    index = tmp_path / "seen.db"
    invoke("index", "add", str(index), *map(str, paths))
    assert "0 added, 0 replaced, 3 unchanged" in invoke("index", "add", str(index), *map(str, paths)).stdout
    paths[0].write_text(render(make_story(77)))
    assert "0 added, 1 replaced, 2 unchanged" in invoke("index", "add", str(index), *map(str, paths)).stdout
    # The index holds the file as it is now: checking it finds it already indexed (its old text would not be).
    check = invoke("check", "--index", str(index), str(paths[0]), "--format", "json")
    assert json.loads(check.stdout)["results"][0]["status"] == "already-indexed"


def test_re_adding_a_file_kept_under_its_path_says_nothing_was_added(tmp_path, caplog):
    # A new user's trial: "another document named 'story-1.txt' ...: added as 'spool/story-1.txt'" was printed on
    # every `index add` of a file already kept under its path, beside "0 added, ..., 1 unchanged".
    (tmp_path / "wire").mkdir()
    (tmp_path / "wire" / "story-1.txt").write_text(render(make_story(5)), encoding="utf-8")
    spool = write_stories(tmp_path / "spool", [1])[0]
    index = tmp_path / "seen.db"
    invoke("index", "add", str(index), str(tmp_path / "wire"))
    with caplog.at_level("WARNING"):
        assert "1 added" in invoke("index", "add", str(index), str(spool)).stdout
    assert "added as 'spool/story-1.txt'" in caplog.text
    caplog.clear()
    with caplog.at_level("WARNING"):
        assert "0 added, 0 replaced, 1 unchanged" in invoke("index", "add", str(index), str(spool)).stdout
    assert "added as" not in caplog.text


def test_id_option(tmp_path):
    (path,) = write_stories(tmp_path, [1])
    index = tmp_path / "seen.db"
    assert invoke("index", "add", str(index), str(path), "--id", "wire-0001").exit_code == 0
    with Index.open(index, create=False) as opened:
        assert opened.ids() == ["wire-0001"]
    two = write_stories(tmp_path / "two", [2, 3])
    result = invoke("index", "add", str(index), *map(str, two), "--id", "x")
    assert result.exit_code == 2 and "--id names one document" in result.output


def test_new_index_threshold(tmp_path):
    (path,) = write_stories(tmp_path, [1])
    index = tmp_path / "strict.db"
    assert invoke("index", "add", str(index), str(path), "--threshold", "0.9").exit_code == 0
    assert info(index)["threshold"] == 0.9
    assert invoke("index", "add", str(index), str(path), "--threshold", "1.5").exit_code == 2


def test_commands_have_help():
    for args in (["index"], ["index", "add"], ["index", "info"], ["index", "remove"], ["check"]):
        result = invoke(*args, "--help")
        assert result.exit_code == 0 and "Usage:" in result.stdout
        assert len(result.stdout.splitlines()) > 5


@pytest.mark.slow
def test_dask_scheduler_writes_the_same_index(tmp_path, monkeypatch):
    distributed = pytest.importorskip("distributed")
    write_stories(tmp_path / "wire", range(450))  # 3 chunks of 200
    local, remote = tmp_path / "local.db", tmp_path / "dask.db"
    monkeypatch.chdir(tmp_path)  # relative paths: workers get absolute ones, the index keeps absolute ones
    assert invoke("index", "add", str(local), "wire").exit_code == 0
    # Worker processes import diffsrc from this checkout.
    monkeypatch.setenv("PYTHONPATH", str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        result = invoke("index", "add", str(remote), "wire", "--scheduler", cluster.scheduler_address)
        assert result.exit_code == 0, result.output
        assert result.stdout.startswith("450 added")
        # A file a worker cannot use is an error naming it, as without Dask.
        (tmp_path / "bad").mkdir()
        (tmp_path / "bad" / "empty.txt").write_text("   \n")
        bad = invoke("index", "add", str(remote), "bad", "--scheduler", cluster.scheduler_address)
        assert bad.exit_code == 2 and f"Error: {os.path.join('bad', 'empty.txt')}: " in bad.output
        with distributed.Client(cluster) as client:
            assert len(client.scheduler_info()["workers"]) == 2
    with Index.open(local, create=False) as a, Index.open(remote, create=False) as b:
        assert a.fingerprint_rows() == b.fingerprint_rows()
        assert a.fingerprint_rows()[0][1] == str(tmp_path / "wire" / "story-0.txt")
        assert a.info()["band_rows"] == b.info()["band_rows"]


def test_jobs_write_the_same_index_as_one_process(tmp_path, monkeypatch):
    write_stories(tmp_path / "wire", range(450))  # 3 worker tasks of 200 files
    monkeypatch.chdir(tmp_path)
    assert invoke("index", "add", "one.db", "wire").exit_code == 0
    result = invoke("index", "add", "two.db", "wire", "--jobs", "2", "--batch-size", "100")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("450 added")
    with Index.open("one.db", create=False) as a, Index.open("two.db", create=False) as b:
        assert a.fingerprint_rows() == b.fingerprint_rows()
        assert a.info()["band_rows"] == b.info()["band_rows"]
    (tmp_path / "bad").mkdir()
    (tmp_path / "bad" / "empty.txt").write_text("   \n")
    bad = invoke("index", "add", "two.db", "bad", "--jobs", "2")
    assert bad.exit_code == 2 and f"Error: {os.path.join('bad', 'empty.txt')}: " in bad.output


def test_unreachable_scheduler_is_a_clear_error(tmp_path, monkeypatch):
    pytest.importorskip("distributed")
    monkeypatch.setattr("diffsrc.settings.WORKER_CONNECT_TIMEOUT", 1.0)
    (path,) = write_stories(tmp_path, [1])
    result = invoke("index", "add", str(tmp_path / "x.db"), str(path), "--scheduler", "tcp://127.0.0.1:1")
    assert result.exit_code == 2
    assert "cannot reach the Dask scheduler" in result.output


def test_dask_not_installed_names_the_scheduler_option(tmp_path, monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "dask.distributed", None)  # as if not installed: importing it fails
    (path,) = write_stories(tmp_path, [1])
    result = invoke("index", "add", str(tmp_path / "x.db"), str(path), "--scheduler", "tcp://127.0.0.1:1")
    assert result.exit_code == 2
    assert "Error: --scheduler: Dask is not installed: pip install 'diffsrc[dask]'" in result.output


def test_bad_inputs_are_each_reported_and_never_hold_back_the_good_ones(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write_stories(tmp_path / "batch", range(3))
    (tmp_path / "batch" / "empty.txt").write_text("   \n")
    (tmp_path / "batch" / "binary.txt").write_bytes(b"\x00\x01\x02" * 50)
    for jobs in ("1", "2"):
        result = invoke("index", "add", f"i{jobs}.db", "batch", "missing.txt", "--jobs", jobs)
        assert result.exit_code == 2
        assert result.stdout.startswith("3 added, 0 replaced, 0 unchanged, 3 not added (errors below); 3 documents")
        errors = [line for line in result.stderr.splitlines() if line.startswith("Error: ")]
        assert errors == ["Error: missing.txt: no such file",
                          f"Error: {os.path.join('batch', 'binary.txt')}: binary file (contains NUL bytes), not text",
                          f"Error: {os.path.join('batch', 'empty.txt')}: empty document (no text)"]
    # A retry once the bad files are gone leaves the documents already added alone.
    (tmp_path / "batch" / "empty.txt").unlink()
    (tmp_path / "batch" / "binary.txt").unlink()
    retry = invoke("index", "add", "i1.db", "batch")
    assert retry.exit_code == 0 and retry.stdout.startswith("0 added, 0 replaced, 3 unchanged; 3 documents")


def test_a_file_of_the_same_name_from_another_folder_is_another_document(tmp_path):
    # Ids are file names, and 2025/03/14/story.txt after 2025/03/13/story.txt replaced it: an archive added day by
    # day lost every earlier article of a name the next day reused (added in one run, both were kept). It is kept
    # under its path from where the two part, with a warning; --id still replaces.
    for day, n in (("13", 1), ("14", 2)):
        write_stories(tmp_path / day, [n])[0].rename(tmp_path / day / "story.txt")
    index = str(tmp_path / "seen.db")
    assert invoke("index", "add", index, str(tmp_path / "13")).exit_code == 0
    second = invoke("index", "add", index, str(tmp_path / "14"))
    assert second.exit_code == 0 and second.stdout.startswith("1 added, 0 replaced, 0 unchanged; 2 documents")
    assert second.stderr == (f"warning: {tmp_path / '14' / 'story.txt'}: the index holds another document named "
                             f"'story.txt' (added from {tmp_path / '13' / 'story.txt'}): added as '14/story.txt' "
                             "(to replace a document, `index add` it with --id)\n")
    again = invoke("index", "add", index, str(tmp_path / "14"))  # a retried day is already in
    assert again.stdout.startswith("0 added, 0 replaced, 1 unchanged; 2 documents")
    from diffsrc import Index

    with Index.open(index) as opened:
        assert opened.ids() == ["14/story.txt", "story.txt"]
    named = invoke("index", "add", index, str(tmp_path / "14" / "story.txt"), "--id", "story.txt")
    assert named.stdout.startswith("0 added, 1 replaced")


def test_a_file_named_twice_in_other_spellings_is_added_once_under_its_name(tmp_path, monkeypatch):
    """`inc/` and `/abs/inc/a.txt` name one file: it was given the id '.', clashed with itself and nothing was added."""
    monkeypatch.chdir(tmp_path)
    write_stories(tmp_path / "inc", range(3))
    index = tmp_path / "seen.db"
    result = invoke("index", "add", str(index), "inc", str(tmp_path / "inc" / "story-1.txt"), "./inc/story-2.txt")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("3 added, 0 replaced, 0 unchanged")
    with Index.open(index) as ix:
        assert ix.ids() == ["story-0.txt", "story-1.txt", "story-2.txt"]
    checked = invoke("check", "--index", str(tmp_path / "new.db"), "--add", "inc", "./inc/story-0.txt",
                     "--format", "json")
    assert [r["status"] for r in json.loads(checked.stdout)["results"]] == ["clean"] * 3


def _children(pid: int) -> list[int]:
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", encoding="utf-8") as f:
                    fields = f.read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid and fields[0] != "Z":
                found.append(int(entry))
    return found


def _running(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", encoding="utf-8") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


@pytest.mark.skipif(not os.path.isdir("/proc/self"), reason="reads the process table from /proc (Linux)")
def test_worker_processes_end_when_the_command_is_killed(tmp_path):
    """A CI timeout's kill -9 of `index add --jobs 2` left its workers blocked on a pipe for ever."""
    import signal
    import subprocess
    import sys
    import time

    write_stories(tmp_path / "docs", range(3000))
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    proc = subprocess.Popen([sys.executable, "-m", "diffsrc", "index", "add", str(tmp_path / "seen.db"),
                             str(tmp_path / "docs"), "--jobs", "2", "--batch-size", "50"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    try:
        deadline = time.monotonic() + 30
        workers: list[int] = []
        while time.monotonic() < deadline and len(workers) < 2 and proc.poll() is None:
            workers = _children(proc.pid)
            time.sleep(0.05)
        if len(workers) < 2:
            pytest.skip("the run ended before its workers could be seen")
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and any(map(_running, workers)):
            time.sleep(0.1)
        alive = [w for w in workers if _running(w)]
        for w in alive:
            os.kill(w, signal.SIGKILL)
        assert alive == []
    finally:
        if proc.poll() is None:
            proc.kill()


def test_an_add_with_nothing_to_add_leaves_no_empty_index_behind(tmp_path):
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "readme.md").write_text("# notes\n", encoding="utf-8")
    index = tmp_path / "seen.db"
    result = invoke("index", "add", str(index), str(tmp_path / "notes"))
    assert result.exit_code == 2 and result.stderr.startswith(f"Error: {tmp_path / 'notes'}: folder holds no article")
    assert not index.exists()


def test_an_index_in_a_folder_that_does_not_exist_is_said_so(tmp_path):
    # A trial: "cannot open index: unable to open database file" (SQLite's words), where an output file's missing
    # folder is named as such.
    write_stories(tmp_path / "wire", range(2))
    result = invoke("index", "add", str(tmp_path / "nodir" / "seen.db"), str(tmp_path / "wire"))
    assert result.exit_code == 2
    assert result.stderr == f"Error: {tmp_path / 'nodir' / 'seen.db'}: the index's folder does not exist\n"
    assert not (tmp_path / "nodir").exists()


def test_a_damaged_index_is_refused_by_index_add_and_remove_not_written_to(tmp_path):
    """One damaged page that `add` never read: it used to add 3,000 documents on top of it."""
    import sqlite3

    index = tmp_path / "seen.db"
    assert invoke("index", "add", str(index), str(tmp_path / "wire")).exit_code == 2  # nothing there yet
    write_stories(tmp_path / "wire", range(40))
    assert invoke("index", "add", str(index), str(tmp_path / "wire")).exit_code == 0
    with sqlite3.connect(index) as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        (page_size,) = db.execute("PRAGMA page_size").fetchone()
    with open(index, "r+b") as stream:  # the third page
        stream.seek(2 * page_size)
        stream.write(os.urandom(page_size))
    damaged = index.read_bytes()
    write_stories(tmp_path / "more", range(40, 45))
    result = invoke("index", "add", str(index), str(tmp_path / "more"))
    assert result.exit_code == 2
    assert result.stderr.startswith(f"Error: {index}: index is corrupt (") and result.stderr.count("\n") == 1
    assert "not written to: restore a copy or rebuild it" in result.stderr
    assert index.read_bytes() == damaged
    # ... and so by `index remove`, which wrote to it and said "1 removed" (exit 0).
    removed = invoke("index", "remove", str(index), "story-0.txt")
    assert removed.exit_code == 2 and "index is corrupt (" in removed.stderr
    assert index.read_bytes() == damaged


def test_a_redirect_in_a_web_archive_is_a_skipped_record_not_an_error(tmp_path, monkeypatch):
    pytest.importorskip("warcio")
    pytest.importorskip("trafilatura")
    from .warc_fixtures import PAGE, PAGE_URI, REDIRECT_URI, write_crawl

    monkeypatch.chdir(tmp_path)
    write_crawl(tmp_path / "crawl.warc.gz", [(REDIRECT_URI, b"", "text/html", "301 Moved Permanently"),
                                             (PAGE_URI, PAGE, "text/html", "200 OK")])
    for jobs in ("1", "2"):  # the skip survives the trip back from a worker process
        result = invoke("index", "add", f"i{jobs}.db", "crawl.warc.gz", "--jobs", jobs)
        assert result.exit_code == 0, result.output
        assert result.stdout == ("1 added, 0 replaced, 0 unchanged, 1 record skipped (not articles); "
                                 f"1 document in i{jobs}.db\n")
        assert result.stderr == f"skipped: crawl.warc.gz:{REDIRECT_URI}: HTTP status 301, not a page\n"


def test_a_crawls_pages_without_an_article_and_repeat_captures_are_skipped_records_not_errors(tmp_path, monkeypatch):
    """A real crawl holds home, section and tag pages and repeat captures by the hundred: each made `index add`
    and `check` exit 2, so a CI job on crawls always failed."""
    pytest.importorskip("warcio")
    pytest.importorskip("trafilatura")
    from .warc_fixtures import EMPTY_URI, MISSING_URI, PAGE_URI, SECOND_URI, write_warc

    monkeypatch.chdir(tmp_path)
    write_warc(tmp_path / "crawl.warc.gz")  # two articles, a 404, a page without an article, a repeat capture
    result = invoke("index", "add", "i.db", "crawl.warc.gz")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("2 added, 0 replaced, 0 unchanged, 3 records skipped")
    assert sorted(result.stderr.splitlines()) == sorted([
        f"skipped: crawl.warc.gz:{MISSING_URI}: HTTP status 404, not a page",
        f"skipped: crawl.warc.gz:{EMPTY_URI}: no article text found in HTML (a \"page not found\" page)",
        f"skipped: crawl.warc.gz:{PAGE_URI}: duplicate capture (first in record 3; kept the first)",
        "warning: crawl.warc.gz: passed over 3 records that are neither page nor text: 1 image/png response, "
        "1 request record, 1 warcinfo record"])
    check = invoke("check", "--index", "i.db", "crawl.warc.gz", "--format", "json")
    assert check.exit_code == 0, check.output  # both articles already indexed; the other records are no error
    assert sorted(r["id"] for r in json.loads(check.stdout)["results"]) == sorted([PAGE_URI, SECOND_URI])
