"""`diffsrc compare` on real-world inputs: saved pages, standard input, awkward paths, broken files."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from diffsrc.cli import cli

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
PAGE, WIRE, NO_ARTICLE = FIXTURES / "ferry_page.html", FIXTURES / "ferry_wire.txt", FIXTURES / "no_article.html"

pytest.importorskip("trafilatura")


@pytest.fixture
def runner():
    return CliRunner()


def test_compare_a_saved_page_with_the_wire_copy(runner):
    result = runner.invoke(cli, ["compare", str(WIRE), str(PAGE), "-f", "json"])
    assert result.exit_code == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["target"]["title"] == "Council backs new night ferry to the islands"
    assert report["target"]["outlet"] == "The Harbour Gazette"
    assert report["target"]["date"] == "2025-03-14T09:30:00Z"  # the page's published_time
    assert report["target"]["url"] == "https://harbourgazette.example/news/2025/03/14/night-ferry"
    # The page takes every wire sentence and adds one of its own (the crew hiring): by METER's classes the wire is
    # one source among others.
    assert report["summary"]["verdict"] == "partially-derived" and report["summary"]["target_derived_share"] > 0.8


def test_standard_input_as_a_dash(runner):
    result = runner.invoke(cli, ["compare", str(WIRE), "-", "-f", "json"], input=PAGE.read_bytes())
    assert result.exit_code == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["target"]["id"] == "stdin" and report["target"]["outlet"] == "The Harbour Gazette"


def test_a_page_with_no_article_is_one_error_line(runner, tmp_path):
    out = tmp_path / "r.json"
    result = runner.invoke(cli, ["compare", str(WIRE), str(NO_ARTICLE), "-o", str(out)])
    assert result.exit_code == 2
    assert result.stderr == f"Error: {NO_ARTICLE}: no article text found in HTML (a \"page not found\" page)\n"
    assert not out.exists()


def test_output_folder_missing_fails_before_any_work_and_writes_nothing(runner, tmp_path):
    out = tmp_path / "missing folder" / "report.json"
    result = runner.invoke(cli, ["compare", str(tmp_path / "not even read.txt"), str(PAGE), "-o", str(out)])
    assert result.exit_code == 2
    assert result.stderr == f"Error: {out.parent}: output folder does not exist\n"
    assert list(tmp_path.iterdir()) == []


def test_paths_with_spaces_and_non_ascii_characters(runner, tmp_path):
    folder = tmp_path / "Läufer Berichte 2025"
    folder.mkdir()
    source, target = folder / "wire copy – AP.txt", folder / "Zeitung «Seite 1».html"
    source.write_bytes(WIRE.read_bytes().replace(b"\n", b"\r\n"))
    target.write_bytes(PAGE.read_bytes())
    out = folder / "Bericht über Fähre.json"
    result = runner.invoke(cli, ["compare", str(source), str(target), "-f", "json", "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["source"]["id"] == "wire copy – AP.txt" and report["target"]["id"] == "Zeitung «Seite 1».html"


def test_a_file_of_many_articles_is_refused_by_compare_with_a_pointer_to_corpus(runner, tmp_path):
    path = tmp_path / "two.jsonl"
    path.write_text('{"text": "One article about the ferry."}\n{"text": "Another article about the road."}\n')
    result = runner.invoke(cli, ["compare", str(WIRE), str(path)])
    assert result.exit_code == 2
    assert result.stderr == (f"Error: {path}: holds 2 documents; compare takes one (use diffsrc corpus for many)\n")


def test_a_damaged_archive_of_many_articles_says_both_when_compare_refuses_it(runner, tmp_path):
    # "holds 2 documents" alone hid that the archive was cut short (a web-archive researcher's trial).
    from .warc_fixtures import truncate, write_warc

    path = truncate(write_warc(tmp_path / "cut.warc", gzipped=False), 0.97)
    result = runner.invoke(cli, ["compare", str(WIRE), str(path)])
    assert result.exit_code == 2
    # The records it passed over are said first, as for an undamaged archive; then the one error line.
    warning, error = result.stderr.splitlines()
    assert warning.startswith(f"warning: {path}: passed over 3 records that are neither page nor text")
    assert error.startswith(f"Error: {path}: holds 2 documents; compare takes one (use diffsrc corpus for "
                            "many); truncated or corrupt archive: ")


def test_a_broken_input_never_prints_a_traceback(tmp_path):
    bad = tmp_path / "bad.warc.gz"
    bad.write_bytes(b"\x1f\x8b\x08\x00garbage that is not deflate data" * 10)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.run([sys.executable, "-m", "diffsrc", "compare", str(WIRE), str(bad)], capture_output=True,
                          text=True, env=env, timeout=60)
    assert proc.returncode == 2
    assert proc.stderr.startswith(f"Error: {bad}: ") and proc.stderr.count("\n") == 1
    assert "Traceback" not in proc.stderr


def test_a_process_substitution_is_read_as_an_input(tmp_path):
    # `diffsrc compare wire.txt <(curl -s URL)`: bash hands over /dev/fd/63, a pipe; it must be read, as `cat` reads it.
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    script = 'exec "$0" -m diffsrc compare "$1" <(cat "$2") --format json'
    proc = subprocess.run(["bash", "-c", script, sys.executable, str(WIRE), str(PAGE)], capture_output=True,
                          text=True, env=env, timeout=120)
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout)
    assert report["target"]["path"].startswith("/dev/fd/") and report["summary"]["verbatim"] > 0


def test_a_named_pipe_nothing_writes_to_is_said_on_stderr_then_read_once_written(tmp_path):
    # A FIFO named on the command line is read (like `cat`), so with no writer the run waits; it used to wait without
    # a word, which looks like a hang. It says so after a moment, and reads the pipe once something writes to it.
    import threading

    pipe = tmp_path / "pipe.txt"
    os.mkfifo(pipe)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-m", "diffsrc", "compare", str(WIRE), str(pipe), "--format", "json"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    lines: list[str] = []
    said = threading.Event()

    def read_stderr() -> None:
        for line in proc.stderr:
            lines.append(line)
            said.set()

    reader = threading.Thread(target=read_stderr)
    reader.start()
    noticed = said.wait(timeout=30)  # the notice comes after PIPE_WAIT_NOTICE_SECONDS, while nothing writes
    pipe.write_text(WIRE.read_text(encoding="utf-8"), encoding="utf-8")  # unblocks the run either way
    stdout = proc.stdout.read()
    proc.wait(timeout=120)
    reader.join(timeout=10)
    assert noticed and lines == [f"warning: {pipe}: a named pipe that nothing writes to yet; waiting for a writer "
                                 "(Ctrl-C stops)\n"]
    assert proc.returncode == 0
    assert json.loads(stdout)["summary"]["verdict"] == "wholly-derived"


def test_a_jsonl_record_passed_over_is_said_on_stderr(runner, tmp_path):
    story = {"id": "story", "text": WIRE.read_text(encoding="utf-8"), "outlet": "The Wire"}
    one = tmp_path / "one.jsonl"
    # Line 2 holds a raw tab inside a string: not valid JSON.
    one.write_text(json.dumps(story) + '\n{"id": "other", "text": "bad\tline"}\n', encoding="utf-8")
    out = tmp_path / "r.json"
    result = runner.invoke(cli, ["compare", str(WIRE), str(one), "-f", "json", "-o", str(out)])
    assert result.exit_code == 0
    assert json.loads(out.read_text(encoding="utf-8"))["target"]["id"] == "story"
    assert result.stderr == f"warning: skipped {one}:line 2: not valid JSON (Invalid control character at column 29)\n"
    assert "at at" not in result.stderr
    verbose = runner.invoke(cli, ["-v", "compare", str(WIRE), str(one), "-o", str(out)])
    assert f"skipped {one}:line 2: not valid JSON" in verbose.stderr
    assert runner.invoke(cli, ["-q", "compare", str(WIRE), str(one), "-o", str(out)]).stderr == ""


def test_standard_input_for_both_sides_says_it_can_be_read_once(runner):
    result = runner.invoke(cli, ["compare", "-", "-"], input=WIRE.read_bytes())
    assert result.exit_code == 2
    assert result.stderr == "Error: -: standard input was read already: it can be read once, so give - for one " \
                            "input only\n"
    # Empty standard input given once is what it is: empty.
    empty = runner.invoke(cli, ["compare", str(WIRE), "-"], input=b"")
    assert empty.exit_code == 2 and "empty document" in empty.stderr


@pytest.mark.parametrize(("data", "reason"), [(b"", "empty document"), (b"\x00\x01 binary", "binary file"),
                                              (b"\xff\xfe\x00\xd8", "invalid utf-16 text")])
def test_standard_input_is_named_as_on_the_command_line_whatever_is_wrong_with_it(runner, data, reason):
    result = runner.invoke(cli, ["compare", str(WIRE), "-"], input=data)
    assert result.exit_code == 2
    assert result.stderr.startswith(f"Error: -: {reason}") and result.stderr.count("\n") == 1


def test_a_text_of_a_word_or_two_is_too_short_not_page_chrome(runner, tmp_path):
    short = tmp_path / "hi.txt"
    short.write_text("Hi\n", encoding="utf-8")
    result = runner.invoke(cli, ["compare", str(WIRE), str(short)])
    assert result.exit_code == 2 and result.stderr == f"Error: {short}: no article text (only 1 word)\n"
    menu = tmp_path / "menu.txt"
    menu.write_text("Home | World | Europe | Sport\n", encoding="utf-8")
    chrome = runner.invoke(cli, ["compare", str(WIRE), str(menu)])
    assert chrome.stderr == f"Error: {menu}: no article text (everything looks like page chrome)\n"


def test_an_empty_path_is_an_error_not_the_current_folder(runner, tmp_path, monkeypatch):
    # `diffsrc check --index seen.db "$INCOMING"` with the variable unset: Path("") is the current folder, which
    # must not be checked, indexed or compared in its place.
    monkeypatch.chdir(tmp_path)
    (tmp_path / "story.txt").write_bytes(WIRE.read_bytes())
    compared = runner.invoke(cli, ["compare", str(WIRE), ""])
    assert compared.exit_code == 2 and compared.stderr == "Error: '': no such file\n"
    for args in (["corpus", "", "--out", "out"], ["index", "add", "seen.db", ""], ["check", "--index", "seen.db", ""]):
        result = runner.invoke(cli, args)
        assert result.exit_code == 2, args
        assert "Error: '': empty path (an unset variable?)" in result.stderr, args
        assert "story.txt" not in result.output, args


@pytest.mark.parametrize(("data", "reason"), [
    (b"", "empty document (no text)"),
    (b"  \n\t\n", "empty document (no text)"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDRxxxx", "binary file (contains NUL bytes), not text"),
])
def test_an_empty_or_binary_html_file_says_so_not_that_it_has_no_article(runner, tmp_path, data, reason):
    page = tmp_path / "page.html"
    page.write_bytes(data)
    result = runner.invoke(cli, ["compare", str(WIRE), str(page)])
    assert result.exit_code == 2
    assert result.stderr == f"Error: {page}: {reason}\n"


def test_a_web_archive_unreadable_from_its_first_record_says_so_in_plain_words(runner, tmp_path):
    short = tmp_path / "short.warc"
    short.write_bytes(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999\r\n\r\n"
                      b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body><p>Hello")
    result = runner.invoke(cli, ["compare", str(WIRE), str(short)])
    assert result.exit_code == 2
    # No Python internals, and no "records before it" when there were none.
    assert result.stderr == (f"Error: {short}: truncated or corrupt archive: its first record cannot be read "
                             "(malformed WARC record headers)\n")


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full (a device every write to fails)")
def test_a_standard_error_that_cannot_be_written_changes_no_exit_status(tmp_path):
    # An error line that could not reach a full stderr escaped as an OSError: exit status 1 (check's "near-duplicates
    # found") for a missing input, and a corpus run listing a skipped input stopped half-way.
    env = {**os.environ, "PYTHONPATH": str(ROOT)}

    def run(*args: str) -> int:
        with open("/dev/full", "w") as full:
            return subprocess.run([sys.executable, "-m", "diffsrc", *args], stdout=subprocess.DEVNULL, stderr=full,
                                  env=env, timeout=120).returncode

    assert run("compare", str(WIRE), str(tmp_path / "missing.txt")) == 2
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "wire.txt").write_bytes(WIRE.read_bytes())
    (tmp_path / "in" / "empty.txt").write_text("")
    assert run("corpus", str(tmp_path / "in"), "--out", str(tmp_path / "out")) == 1  # one input skipped
    assert (tmp_path / "out" / "index.html").is_file()
