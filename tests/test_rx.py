"""The cache of compiled regular expressions (`diffsrc.rx`): what it gives back is what `re.compile` makes."""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys

import pytest

from diffsrc import rx
from diffsrc.pair.findings import quotes
from diffsrc.text import clean

from .conftest import ROOT, seed

# Real patterns of the package, the largest among them: names in every script, quote tags, bylines.
_REAL = [quotes._AFTER_AFFILIATED_VERB, quotes._BEFORE_WHO_VERB, quotes._KIN_BEFORE, clean._NAME_PLACE]


@pytest.fixture
def fresh_cache(tmp_path, monkeypatch):
    """A cache in an empty folder of its own, as a new process on a new machine would have it."""
    monkeypatch.setenv("DIFFSRC_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(rx, "_state", rx._Cache())
    return tmp_path / "cache"


def _next_process(monkeypatch) -> None:
    # What the next process starts with: nothing in memory, the file on disk.
    monkeypatch.setattr(rx, "_state", rx._Cache())


def _same(made: re.Pattern[str], expected: re.Pattern[str]) -> bool:
    # Pattern equality compares the pattern, its flags and its compiled program.
    return made == expected and made.groupindex == expected.groupindex and made.groups == expected.groups


def test_patterns_read_back_from_the_cache_are_those_re_compile_makes(fresh_cache, monkeypatch):
    for pattern in _REAL:
        assert _same(rx.compile(pattern.pattern, pattern.flags), pattern)
    rx._state.save()
    assert len(list(fresh_cache.iterdir())) == 1

    _next_process(monkeypatch)
    for pattern in _REAL:
        made = rx.compile(pattern.pattern, pattern.flags)
        assert _same(made, pattern)
    assert set(rx._state.used) == {(p.pattern, p.flags) for p in _REAL}
    # Everything came from the file: nothing new to write at exit.
    assert not rx._state._save_registered
    # And they match what re.compile's patterns match.
    line = 'said Labour councillor Peter Black, who chairs the panel'
    assert (rx.compile(quotes._AFTER_VERB_AFFILIATED.pattern).match(line).group("who")
            == quotes._AFTER_VERB_AFFILIATED.match(line).group("who") == "Peter Black")


def test_what_cleaning_reads_from_its_patterns_is_kept_and_read_back_the_same(fresh_cache, monkeypatch):
    # Cleaning's prefilters read, from each boilerplate pattern's parse, which literals every match holds, which
    # characters it starts with and whether it is anchored: the same answers from the file as worked out afresh.
    sources = [source for name in clean._PATTERN_SECTIONS for source in clean.data_sections("boilerplate.txt")[name]]
    readers = [(clean._required_literals, clean._read_required_literals), (clean._is_anchored, clean._read_is_anchored),
               (clean._first_characters.__wrapped__, clean._read_first_characters)]
    first = [[kept(source) for kept, _ in readers] for source in sources]
    rx._state.save()
    _next_process(monkeypatch)
    calls = []
    for _, read in readers:
        monkeypatch.setattr(clean, read.__name__, lambda source, read=read: calls.append(source) or read(source))
    again = [[kept(source) for kept, _ in readers] for source in sources]
    assert again == first == [[read(source) for _, read in readers] for source in sources]
    assert calls == [] and not rx._state._save_registered  # all of it from the file
    assert any(answers[0] for answers in first) and any(answers[1] for answers in first)


def test_flags_are_part_of_the_key(fresh_cache, monkeypatch):
    assert rx.compile("straße").match("STRASSE") is None
    rx.compile("straße", re.I)
    rx._state.save()
    _next_process(monkeypatch)
    assert rx.compile("abc", re.I).match("ABC")
    assert rx.compile("abc").match("ABC") is None
    assert _same(rx.compile("straße", re.I), re.compile("straße", re.I))


def test_a_damaged_cache_file_is_read_as_empty_and_rewritten(fresh_cache, monkeypatch):
    rx.compile(r"(?P<year>\d{4})")
    rx._state.save()
    (cache_file,) = fresh_cache.iterdir()
    cache_file.write_bytes(cache_file.read_bytes()[:40])  # a crash or a full disk cut it short

    _next_process(monkeypatch)
    made = rx.compile(r"(?P<year>\d{4})")
    assert _same(made, re.compile(r"(?P<year>\d{4})"))
    assert made.match("1999").group("year") == "1999"
    rx._state.save()
    _next_process(monkeypatch)
    rx.compile(r"(?P<year>\d{4})")
    assert not rx._state._save_registered  # read from the rewritten file


def test_a_damaged_program_is_compiled_afresh(fresh_cache, monkeypatch):
    rx.compile(r"a+b")
    key = (r"a+b", 0)
    flags, code, groups, groupindex, indexgroup = rx._state.entries[key]
    rx._state.entries[key] = (flags, code[:8], groups, groupindex, indexgroup)  # `_sre` refuses a cut program
    made = rx.compile(r"a+b")
    assert _same(made, re.compile(r"a+b"))


def test_a_folder_that_cannot_be_written_costs_only_the_speed(tmp_path, monkeypatch):
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the cache folder would be")
    monkeypatch.setenv("DIFFSRC_CACHE_DIR", str(blocked / "cache"))
    monkeypatch.setattr(rx, "_state", rx._Cache())
    assert rx.compile(r"\d+").match("42")
    rx._state.save()  # no error
    assert blocked.read_text().startswith("a file")


def test_an_empty_cache_dir_setting_turns_the_cache_off(tmp_path, monkeypatch):
    monkeypatch.setenv("DIFFSRC_CACHE_DIR", "")
    monkeypatch.setattr(rx, "_state", rx._Cache())
    assert rx.cache_folder() is None
    assert rx.compile(r"\w+").match("word")
    assert not rx._state.enabled() and not rx._state.used


def test_a_cold_compare_gives_the_same_report_with_and_without_the_cache(tmp_path):
    source, target = seed("001"), seed("000")

    def run(cache: str) -> str:
        env = {**os.environ, "DIFFSRC_CACHE_DIR": cache, "PYTHONPATH": str(ROOT)}
        done = subprocess.run([sys.executable, "-m", "diffsrc", "compare", str(source), str(target), "--format",
                               "json"], capture_output=True, text=True, env=env, cwd=tmp_path, check=True)
        return done.stdout

    cache = tmp_path / "cache"
    without = run("")
    first = run(str(cache))  # compiles and writes the cache
    assert [p.name.startswith("regex-") for p in cache.iterdir()] == [True]
    second = run(str(cache))  # reads it
    assert without == first == second
    assert '"verdict"' in second


def test_every_pattern_is_written_the_same_in_every_process(tmp_path):
    # A pattern built from a set (agency names, titles) came out in another order in each process, as string
    # hashing varies: each process missed the cache for it and added another copy to the file.
    script = (
        "import hashlib, importlib, pkgutil, sys\n"
        "import diffsrc\n"
        "from diffsrc import Document, compare, rx\n"
        "for module in pkgutil.walk_packages(diffsrc.__path__, 'diffsrc.'):\n"
        "    if module.name != 'diffsrc.__main__':\n"
        "        try:\n"
        "            importlib.import_module(module.name)\n"
        "        except ImportError:\n"
        "            pass\n"
        "compare(Document.from_path(sys.argv[1]), Document.from_path(sys.argv[2]))\n"
        "print(len(rx._state.used), sorted(hashlib.sha1(repr(key).encode()).hexdigest() for key in rx._state.used))\n")

    def patterns_made(hash_seed: str) -> str:
        env = {**os.environ, "PYTHONHASHSEED": hash_seed, "DIFFSRC_CACHE_DIR": str(tmp_path / hash_seed),
               "PYTHONPATH": str(ROOT)}
        return subprocess.run([sys.executable, "-c", script, str(seed("001")), str(seed("000"))], env=env,
                              capture_output=True, text=True, check=True, cwd=tmp_path).stdout

    first = patterns_made("1")
    assert int(first.split()[0]) > 300
    assert patterns_made("2") == first


def _plain_compiles_at_import(tree: ast.AST) -> list[int]:
    """Lines of `re.compile(...)` calls outside any function (run at import)."""
    lines: list[int] = []

    def visit(node: ast.AST, in_function: bool) -> None:
        for child in ast.iter_child_nodes(node):
            inside = in_function or isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda))
            if (not inside and isinstance(child, ast.Call) and isinstance(child.func, ast.Attribute)
                    and child.func.attr == "compile" and isinstance(child.func.value, ast.Name)
                    and child.func.value.id == "re"):
                lines.append(child.lineno)
            visit(child, inside)

    visit(tree, False)
    return lines


def test_module_level_patterns_go_through_the_cache():
    # A pattern compiled at import with plain re.compile is compiled again at every start: the cost `rx` removes.
    allowed = {"rx.py", "errors.py"}  # errors.py: on `diffsrc --version`'s path, where reading the file costs more
    plain = [f"{path.relative_to(ROOT)}:{line}" for path in sorted((ROOT / "diffsrc").rglob("*.py"))
             if path.name not in allowed
             for line in _plain_compiles_at_import(ast.parse(path.read_text(encoding="utf-8")))]
    assert plain == [], "use rx.compile for a pattern compiled at import: " + ", ".join(plain)


def test_no_home_folder_means_no_cache_not_a_folder_named_tilde(monkeypatch):
    monkeypatch.delenv("DIFFSRC_CACHE_DIR", raising=False)
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.setattr(rx.sys, "platform", "linux")
    monkeypatch.setattr(rx.os.path, "expanduser", lambda path: path)  # what it returns when no home is known
    assert rx.cache_folder() is None
    monkeypatch.setenv("XDG_CACHE_HOME", "/var/cache/someone")
    assert rx.cache_folder() == rx.Path("/var/cache/someone/diffsrc")
