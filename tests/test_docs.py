"""The README's promises, checked: its set-up commands are the ones CI runs, and its examples work."""

from __future__ import annotations

import re

from click.testing import CliRunner

from diffsrc.cli import cli

from .conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def _setup_block() -> list[str]:
    section = README.split("## Set up", 1)[1].split("\n## ", 1)[0]
    block = re.search(r"```sh\n(.*?)```", section, re.S).group(1)
    return [line for line in block.splitlines() if line.strip() and not line.startswith("#")]


def test_readme_has_exactly_two_setup_commands_and_ci_runs_the_test_one():
    commands = _setup_block()
    assert len(commands) == 2
    main, tests = commands
    assert "diffsrc corpus seeds/ --out reports/" in main
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert tests in ci


def test_every_command_is_in_the_readme():
    for name in cli.commands:
        assert f"diffsrc {name}" in README, name


def test_readme_python_example_runs(seed_docs):
    from diffsrc import Document, compare

    report = compare(Document.from_path(seed_docs["001"].path), Document.from_path(seed_docs["000"].path))
    assert set(report.to_dict()["summary"]) >= {"verbatim", "paraphrased", "added", "omitted", "verdict"}
    assert 'from diffsrc import Document, compare' in README


def test_readme_tour_command_runs():
    runner = CliRunner()
    match = re.search(r"^diffsrc compare (\S+) (\S+)$", README, re.M)
    assert match, "the tour's compare command"
    result = runner.invoke(cli, ["compare", str(ROOT / match.group(1)), str(ROOT / match.group(2))])
    assert result.exit_code == 0, result.output
