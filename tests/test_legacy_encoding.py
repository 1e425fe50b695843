"""`--encoding`: an archive of files in a legacy encoding (Cyrillic windows-1251, Chinese GBK) is read as such,
in every command and in its worker processes, instead of being refused file by file."""

from __future__ import annotations

import csv
import json
import os

import pytest
from click.testing import CliRunner

from diffsrc.cli import cli
from diffsrc.load.decode import ENCODING_VARIABLE

WIRE = ("МОСКВА, 5 декабря. Президент России заявил во вторник, что переговоры с Украиной продолжатся на следующей "
        "неделе в Стамбуле.\n\nПо его словам, стороны договорились об обмене пленными и о новых гуманитарных "
        "коридорах для мирных жителей.\n\nПереговоры в Стамбуле станут третьим раундом прямых контактов сторон с "
        "начала года.\n")
COPY = WIRE.replace("во вторник", "в среду") + "\nЭксперты считают, что это важный шаг к прекращению огня.\n"


@pytest.fixture
def archive(tmp_path):
    """The wire story in windows-1251, a reprint of it in UTF-8 (an archive gathered over the years)."""
    (tmp_path / "wire.txt").write_bytes(WIRE.encode("cp1251"))
    (tmp_path / "copy.txt").write_text(COPY, encoding="utf-8")
    return tmp_path


def invoke(*args: str):
    result = CliRunner().invoke(cli, list(args))
    assert ENCODING_VARIABLE not in os.environ  # the setting ends with the command
    return result


def test_without_it_a_windows_1251_file_is_refused_with_the_option_named(archive):
    result = invoke("compare", str(archive / "wire.txt"), str(archive / "copy.txt"))
    assert result.exit_code == 2
    assert ("name it (--encoding windows-1251; in Python, with diffsrc.load.decode.read_legacy_as('windows-1251'):) "
            "or convert it to UTF-8") in result.stderr


def test_compare_reads_the_named_encoding_and_utf8_alike(archive):
    result = invoke("compare", "--encoding", "windows-1251", str(archive / "wire.txt"), str(archive / "copy.txt"),
                    "-f", "json")
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert any(s["text"].startswith("Президент России заявил во вторник") for s in report["source_sentences"])
    assert report["summary"]["verdict"] == "wholly-derived" and report["summary"]["verbatim"] >= 3
    assert "not valid UTF-8" not in result.stderr  # named, so not a guess to warn about


def test_corpus_workers_and_the_index_read_it_too(archive, tmp_path):
    out = tmp_path / "out"
    result = invoke("corpus", str(archive / "wire.txt"), str(archive / "copy.txt"), "--out", str(out),
                    "--encoding", "cp1251", "--jobs", "2")
    assert result.exit_code == 0, result.output
    with open(out / "summary.csv", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    # One edge between the two (its direction is the trimming rule's guess: no date or credit says).
    assert [{r["source"], r["target"]} for r in rows if r["edge"] == "True"] == [{"wire.txt", "copy.txt"}]
    index = str(tmp_path / "seen.db")
    assert invoke("index", "add", index, str(archive / "wire.txt"), "--encoding", "cp1251").exit_code == 0
    checked = invoke("check", "--index", index, str(archive / "wire.txt"), "--encoding", "cp1251", "-f", "json")
    assert json.loads(checked.stdout)["results"][0]["status"] == "already-indexed"


def test_bytes_not_valid_in_the_named_encoding_are_a_one_line_error(tmp_path):
    path = tmp_path / "broken.txt"
    path.write_bytes("Президент заявил.".encode("cp1251") + b"\x98")  # 0x98 is no character of windows-1251
    result = invoke("compare", "--encoding", "windows-1251", str(path), str(path))
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines()[-1] == (
        f"Error: {path}: neither UTF-8 (byte 0) nor cp1251 (byte 17): name its encoding (--encoding) or convert it "
        "to UTF-8")


def test_an_unknown_encoding_is_refused_before_any_work(archive):
    result = invoke("corpus", str(archive), "--out", str(archive / "out"), "--encoding", "klingon")
    assert result.exit_code == 2 and "unknown encoding 'klingon'" in result.stderr
    assert not (archive / "out").exists()


def test_the_library_setting_is_one_threads_and_never_leaks_to_another_request(tmp_path):
    """A service reads each request's files in that request's encoding: a thread inside `read_legacy_as` does not
    change how another thread reads, and nothing is left set after both end, whatever order they end in."""
    import threading

    from diffsrc import Document
    from diffsrc.load.decode import read_legacy_as

    cyrillic = tmp_path / "wire.txt"
    cyrillic.write_bytes(WIRE.encode("cp1251"))
    western = tmp_path / "cafe.txt"
    western.write_bytes("The café charges £5 for a coffee. The council approved it.".encode("cp1252"))
    read: dict[str, str] = {}
    first_in, second_in, first_out = threading.Event(), threading.Event(), threading.Event()

    def first() -> None:
        with read_legacy_as("windows-1251"):
            read["cyrillic"] = Document.from_path(cyrillic).text
            first_in.set()
            second_in.wait(5)
        first_out.set()

    def second() -> None:
        first_in.wait(5)
        read["western, meanwhile"] = Document.from_path(western).text
        with read_legacy_as("koi8-r"):
            second_in.set()
            first_out.wait(5)

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert read["cyrillic"].startswith("МОСКВА, 5 декабря.")
    assert read["western, meanwhile"].startswith("The café charges £5")
    assert ENCODING_VARIABLE not in os.environ
    assert Document.from_path(western).text.startswith("The café charges £5")
