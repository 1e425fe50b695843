"""The README's promises, checked: its set-up commands are the ones CI runs, and its examples work."""

from __future__ import annotations

import ast
import re
import shlex
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from diffsrc.cli import cli

from .conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def _fenced(*languages: str) -> list[str]:
    """The bodies of the README's fenced blocks in `languages` (```sh, ```python...), in order."""
    return [m.group(2) for m in re.finditer(r"^```(\w*)\n(.*?)^```", README, re.S | re.M) if m.group(1) in languages]


def _setup_block() -> list[str]:
    section = README.split("## Set up", 1)[1].split("\n## ", 1)[0]
    block = re.search(r"```sh\n(.*?)```", section, re.S).group(1)
    return [line for line in block.splitlines() if line.strip() and not line.startswith("#")]


def _diffsrc_commands() -> list[list[str]]:
    """Every `diffsrc ...` command of the README's sh and console blocks, as the arguments after `diffsrc`.

    In a console block only `$ ` lines are commands; a line may chain commands with `&&` (the set-up line).
    """
    commands = []
    for language in ("sh", "console"):
        for block in _fenced(language):
            for line in block.splitlines():
                if language == "console":
                    if not line.startswith("$ "):
                        continue
                    line = line[2:]
                segment: list[str] = []
                for word in [*shlex.split(line, comments=True), "&&"]:
                    if word not in ("&&", "||", "|", ";"):
                        segment.append(word)
                        continue
                    if segment and Path(segment[0]).name == "diffsrc" and segment[1:] not in commands:
                        commands.append(segment[1:])
                    segment = []
    return commands


def _resolve(args: list[str]) -> tuple[list[str], click.Command, list[str]]:
    """(subcommand path, the command, the rest of the arguments) of a diffsrc command line."""
    command: click.Command = cli
    path: list[str] = []
    while isinstance(command, click.Group) and args and args[0] in command.commands:
        command = command.commands[args[0]]
        path.append(args[0])
        args = args[1:]
    return path, command, args


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


def test_the_readme_documents_its_commands():
    commands = _diffsrc_commands()
    # Once each: the set-up line's corpus run (the same as corpus mode's), the tour, findings, the two CI commands.
    assert len(commands) >= 5, commands
    assert {_resolve(c)[0][0] for c in commands} >= {"compare", "corpus", "index", "check"}


@pytest.mark.parametrize("args", _diffsrc_commands(), ids=lambda args: " ".join(args))
def test_every_documented_command_has_help_and_takes_its_documented_options(args):
    path, command, rest = _resolve(args)
    assert path and not isinstance(command, click.Group), f"diffsrc {' '.join(args)}: no such command"
    result = CliRunner().invoke(cli, [*path, "--help"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("Usage: ") and command.help, f"diffsrc {' '.join(path)} has no help text"
    known = {opt for param in command.params for opt in (*param.opts, *param.secondary_opts)}
    for word in rest:
        if word.startswith("-") and word != "-":
            assert word.split("=", 1)[0] in known, f"diffsrc {' '.join(path)}: no option {word}"


@pytest.mark.parametrize("args", [c for c in _diffsrc_commands() if c[0] == "compare"],
                         ids=lambda args: " ".join(args))
def test_readme_compare_commands_run(args, monkeypatch):
    monkeypatch.chdir(ROOT)  # they name the seeds as a reader in a clone would
    result = CliRunner().invoke(cli, args, catch_exceptions=False)
    assert result.exit_code == 0, result.output


def test_readme_python_examples_run_and_show_what_they_return(tmp_path, monkeypatch):
    """Each ```python block runs as written, in a scratch folder where `seeds/` is the repository's seeds.

    A line `expression  # {"key": value, ..., "key": value}` says what the expression returns: those keys must
    have those values (`...` stands for keys not shown); `expression  # 'text'` (any other literal) is its value.
    """
    blocks = _fenced("python")
    assert blocks, "the README's Python example"
    (tmp_path / "seeds").symlink_to(ROOT / "seeds", target_is_directory=True)
    monkeypatch.chdir(tmp_path)
    shown_values = 0
    for block in blocks:
        namespace: dict = {"__name__": "readme_example"}
        exec(compile(block, "README.md", "exec"), namespace)
        for line in block.splitlines():
            expression, _, shown = line.partition("  # ")
            shown = shown.strip()
            if shown.startswith("{"):
                expected = ast.literal_eval(re.sub(r"\.\.\.\s*,\s*|,\s*\.\.\.", "", shown))
                actual = eval(expression, namespace)
                assert {key: actual.get(key) for key in expected} == expected, line
            elif shown and (shown[0] in "'\"" or shown[0].isdigit()):
                assert eval(expression, namespace) == ast.literal_eval(shown), line
            else:
                continue  # a comment that says what a line does, not what it returns
            shown_values += 1
    assert shown_values, "the example shows what it returns"
