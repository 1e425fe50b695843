from __future__ import annotations

import io
import json
import os
import subprocess
import sys

import pandas as pd
import pytest
from click.testing import CliRunner

from diffsrc import __version__
from diffsrc.cli import cli

from .conftest import ROOT, seed

SOURCE, TARGET = str(seed("001")), str(seed("000"))


@pytest.fixture
def runner():
    return CliRunner()


def test_version(runner):
    result = runner.invoke(cli, ["--version"])
    assert result.exit_code == 0
    assert __version__ in result.stdout


def test_every_command_has_help_with_an_example(runner):
    top = runner.invoke(cli, ["--help"])
    assert top.exit_code == 0 and "Example" in top.stdout
    for name, command in cli.commands.items():
        result = runner.invoke(cli, [name, "--help"])
        assert result.exit_code == 0, name
        assert command.help and "diffsrc " + name in result.stdout, f"{name} --help has no example"


def test_table_is_side_by_side_with_labels_and_a_summary_line(runner):
    result = runner.invoke(cli, ["compare", SOURCE, TARGET])
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "source: 001_72d3a0bd69b97b31.txt" in out and "target: 000_07eeea3d0505a8a1.txt" in out
    for label in ("= verbatim", "~ paraphrased", "+ added", "- omitted"):
        assert label in out
    assert "partially-derived" in out.splitlines()[-2] or "partially-derived" in out


def test_json_is_the_pair_contract(runner):
    result = runner.invoke(cli, ["compare", SOURCE, TARGET, "--format", "json"])
    data = json.loads(result.stdout)
    assert data["schema"] == "diffsrc.pair/1"
    assert set(data) >= {"source", "target", "summary", "source_sentences", "target_sentences", "alignments",
                         "boilerplate"}


def test_csv_is_one_row_per_sentence(runner):
    result = runner.invoke(cli, ["compare", SOURCE, TARGET, "--format", "csv"])
    frame = pd.read_csv(io.StringIO(result.stdout))
    data = json.loads(runner.invoke(cli, ["compare", SOURCE, TARGET, "--format", "json"]).stdout)
    assert len(frame) == data["source"]["n_sentences"] + data["target"]["n_sentences"]
    assert set(frame["label"]) <= {"verbatim", "paraphrased", "added", "omitted"}
    # Every row carries its pair's verdict and shares: many pairs' files concatenate into one table. The source's
    # retained share too (a wire auditor's re-test worked it out from the rows).
    assert set(frame["verdict"]) == {data["summary"]["verdict"]}
    assert set(frame["target_derived_share"]) == {data["summary"]["target_derived_share"]}
    assert set(frame["source_retained_share"]) == {data["summary"]["source_retained_share"]}


def test_markdown_lists_boilerplate(runner):
    result = runner.invoke(cli, ["compare", SOURCE, TARGET, "--format", "markdown"])
    assert result.stdout.startswith("# 000_07eeea3d0505a8a1.txt against 001_72d3a0bd69b97b31.txt")
    assert "Listen to this article" in result.stdout


def test_a_posted_time_line_is_listed_as_boilerplate_not_an_added_sentence(runner, tmp_path):
    # A reprint that says only when it was posted ("Posted: 09:15", no date) had that line as an added sentence.
    wire = ROOT / "tests" / "fixtures" / "ferry_wire.txt"
    headline, body = wire.read_text(encoding="utf-8").split("\n\n", 1)
    reprint = tmp_path / "reprint.txt"
    reprint.write_text(f"{headline}\n\nPosted: 09:15\n\n{body}", encoding="utf-8")
    data = json.loads(runner.invoke(cli, ["compare", str(wire), str(reprint), "--format", "json"]).stdout)
    assert sorted(data["boilerplate"]["target"]) == sorted([*data["boilerplate"]["source"], "Posted: 09:15"])
    assert not [s for s in data["target_sentences"] if "09:15" in s["text"]]
    assert data["summary"]["added"] == 0


def test_output_file_is_written(runner, tmp_path):
    out = tmp_path / "report.json"
    result = runner.invoke(cli, ["compare", SOURCE, TARGET, "-f", "json", "-o", str(out)])
    assert result.exit_code == 0 and result.stdout == ""
    assert json.loads(out.read_text())["schema"] == "diffsrc.pair/1"
    assert [p.name for p in tmp_path.iterdir()] == ["report.json"]  # no temporary file left behind


def _bad(tmp_path, kind):
    path = tmp_path / f"bad {kind}.txt"
    if kind == "directory":
        path.mkdir()
    elif kind == "empty":
        path.write_text("")
    elif kind == "whitespace":
        path.write_text(" \n\t\n")
    elif kind == "binary":
        path.write_bytes(b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)))
    elif kind == "chrome":
        path.write_text("Share\nSubscribe\n00:00\n")
    return str(path)


@pytest.mark.parametrize(
    "kind, reason",
    [("missing", "no such file"), ("directory", "is a directory, not a file"), ("empty", "empty document (no text)"),
     ("whitespace", "empty document (no text)"), ("binary", "binary file (contains NUL bytes), not text"),
     ("chrome", "no article text (everything looks like page chrome)")],
)
@pytest.mark.parametrize("side", ["source", "target"])
def test_bad_input_is_one_error_line_exit_2_and_no_output(runner, tmp_path, kind, reason, side):
    bad = _bad(tmp_path, kind)
    out = tmp_path / "out.json"
    args = [bad, TARGET] if side == "source" else [SOURCE, bad]
    result = runner.invoke(cli, ["compare", *args, "-f", "json", "-o", str(out)])
    assert result.exit_code == 2
    assert result.stderr == f"Error: {bad}: {reason}\n"
    assert not out.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in tmp_path.iterdir()
                                                                if not p.name.startswith(".out"))


def test_output_folder_that_does_not_exist(runner, tmp_path):
    out = tmp_path / "nope" / "r.json"
    result = runner.invoke(cli, ["compare", SOURCE, TARGET, "-o", str(out)])
    assert result.exit_code == 2
    assert result.stderr == f"Error: {out.parent}: output folder does not exist\n"


def test_output_that_is_a_folder_is_a_one_line_error(runner, tmp_path):
    result = runner.invoke(cli, ["compare", SOURCE, TARGET, "-o", str(tmp_path)])
    assert result.exit_code == 2
    assert result.stderr == f"Error: {tmp_path}: is a folder; -o takes the name of the file to write\n"


@pytest.mark.parametrize("where", ["before", "after"])
def test_quiet_silences_warnings_before_or_after_the_command_name(runner, tmp_path, where):
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Japan\u2019s new foreign minister said Wednesday the caf\u00e9 would close.\n".encode("cp1252"))
    args = ["compare", SOURCE, str(latin), "-f", "json"]
    result = runner.invoke(cli, ["-q", *args] if where == "before" else [*args[:1], "-q", *args[1:]])
    assert result.exit_code == 0 and result.stderr == "" and json.loads(result.stdout)["summary"]


def test_latin1_input_warns_on_stderr_and_keeps_stdout_clean(runner, tmp_path):
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Japan\u2019s new foreign minister said Wednesday the caf\u00e9 would close.\n".encode("cp1252"))
    result = runner.invoke(cli, ["compare", SOURCE, str(latin), "-f", "json"])
    assert result.exit_code == 0
    assert "latin.txt: not valid UTF-8; read as cp1252" in result.stderr
    json.loads(result.stdout)


def test_python_dash_m_runs_without_traceback(tmp_path):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.run([sys.executable, "-m", "diffsrc", "compare", str(tmp_path / "x.txt"), TARGET],
                          capture_output=True, text=True, env=env)
    assert proc.returncode == 2
    assert proc.stderr == f"Error: {tmp_path / 'x.txt'}: no such file\n"


def test_output_files_get_the_usual_permissions(runner, tmp_path):
    import stat

    out = tmp_path / "report.json"
    runner.invoke(cli, ["compare", SOURCE, TARGET, "-f", "json", "-o", str(out)])
    mask = os.umask(0)
    os.umask(mask)
    assert stat.S_IMODE(out.stat().st_mode) == 0o666 & ~mask


def test_output_extension_names_the_format_unless_format_is_given(runner, tmp_path):
    # A new user's trial: `-o pair.html` wrote the terminal's box table into a file called .html.
    expected = {"pair.html": "<!DOCTYPE html>", "pair.csv": "source_id,target_id,", "pair.json": "{",
                "pair.md": "#", "pair.txt": "┌"}
    for name, start in expected.items():
        result = runner.invoke(cli, ["compare", SOURCE, TARGET, "-o", str(tmp_path / name)])
        assert result.exit_code == 0, result.output
        assert (tmp_path / name).read_text(encoding="utf-8").startswith(start), name
    # --format wins over the extension.
    result = runner.invoke(cli, ["compare", SOURCE, TARGET, "--format", "json", "-o", str(tmp_path / "x.html")])
    assert result.exit_code == 0 and json.loads((tmp_path / "x.html").read_text(encoding="utf-8"))["schema"]
