"""rx: regular expressions compiled once per machine, not once per run: `rx.compile` is `re.compile` with a cache.

Python compiles every regular expression afresh in every process. diffsrc's name, quote-tag, credit and boilerplate
patterns are about 320,000 characters (a name's pattern alone holds a class of every uppercase letter, and the
quote tags hold names several times over), and compiling them was about a second of every cold `compare` and
`check`, more than everything else a cold start does together. Their compiled programs depend only on the pattern,
its flags and the Python that compiled them, so they are kept in a file in the user's cache folder, as matplotlib
keeps its font list and pip its wheels, and the next process reads them back in milliseconds.

What makes this safe:
- The programs are Python's own: `re`'s parser and code generator make them (`re._compiler.compile` does exactly
  these steps), and `_sre` (which checks every program it is given) builds the pattern object from them. A pattern
  read back compares equal to `re.compile`'s (`Pattern.__eq__` compares pattern, flags and program); the first use
  in a process checks that on a sample pattern, and with any Python whose private `re` API differs the cache is off
  and every pattern is compiled the usual way.
- The file is keyed by the exact Python build and its regular expression engine's version, and written atomically;
  a missing, unreadable or damaged file is the same as an empty one, and a folder that cannot be written costs only
  the speed.
- Only patterns fixed in the code go through here (`compile`): never one built from input text, which would grow
  the file without end. (The credit patterns are built for the agencies a text names, but from a fixed list, and
  texts name few sets of them.) Facts read from a fixed pattern's parse go here too (`remembered`). `errors.py`,
  on the path of every command, keeps `re.compile` for its one small pattern: through here it put the reading of
  the file on `diffsrc --version`'s path.

`DIFFSRC_CACHE_DIR` names the folder (default: `$XDG_CACHE_HOME/diffsrc`, `~/.cache/diffsrc`, or `%LOCALAPPDATA%`
on Windows); set to an empty value, it turns the cache off.
"""

from __future__ import annotations

import atexit
import marshal
import os
import re
import sys
from array import array
from collections.abc import Callable
from pathlib import Path
from typing import AnyStr, TypeVar

try:  # The engine behind `re`: its private API is checked before it is used (`_usable`).
    import _sre
    from re import _compiler, _parser

    # The array type of the engine's code words (4 bytes where the engine is built as usual).
    _WORD = next(kind for kind in "ILQ" if array(kind).itemsize == _sre.CODESIZE)
except (ImportError, AttributeError, StopIteration):  # pragma: no cover - then every pattern is compiled as usual
    _sre = None

# A program: the flags the pattern ends with, its code, its group count less one, its named groups both ways: what
# `_sre.compile` takes after the pattern. Kept as bytes, tuples, dicts, ints and strings, which `marshal` reads fast
# and which cannot run code when read; the code as the engine's machine words (a list of ints took twice as long to
# read: the patterns' programs are about 770,000 words, most of them the bitmaps of large character classes).
Program = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]

# More entries than diffsrc's own patterns (about 600) means something else went through here: keep only a run's own.
_MAX_ENTRIES = 4000

T = TypeVar("T")


def compile(pattern: AnyStr, flags: int | re.RegexFlag = 0) -> re.Pattern[AnyStr]:
    """`re.compile(pattern, flags)`, from the cache of compiled programs where it holds the pattern (a text or a
    bytes pattern: each is its own key)."""
    flags = int(flags)
    if not _state.enabled():
        return re.compile(pattern, flags)
    key = (pattern, flags)
    program = _state.entries.get(key)
    if program is not None:
        try:
            compiled = _built(pattern, program)
        except Exception:  # a damaged entry: compile the pattern afresh, and keep the new program
            program = None
        else:
            _state.used[key] = program
            return compiled
    program = _program(pattern, flags)
    _state.entries[key] = _state.used[key] = program
    _state.remember_to_save()
    return _built(pattern, program)


def remembered(kind: str, pattern: str, read: Callable[[str], T]) -> T:
    """`read(pattern)`, kept in the cache file beside the programs under `kind`: for what diffsrc works out from a
    fixed pattern's parse (cleaning's prefilters read which literals every match holds), which is the same in
    every process. The value must be one `marshal` writes: None, a bool, or tuples and frozensets of strings."""
    if not _state.enabled():
        return read(pattern)
    key = (pattern, kind)
    if key in _state.entries:
        value = _state.used[key] = _state.entries[key]
        return value  # type: ignore[return-value]
    value = read(pattern)
    _state.entries[key] = _state.used[key] = value  # type: ignore[assignment]
    _state.remember_to_save()
    return value


def _built(pattern: AnyStr, program: Program) -> re.Pattern[AnyStr]:
    final_flags, code, groups, groupindex, indexgroup = program
    return _sre.compile(pattern, final_flags, array(_WORD, code).tolist(), groups, groupindex, indexgroup)


def _program(pattern: str | bytes, flags: int) -> Program:
    # The steps of `re._compiler.compile`, keeping the program it hands to `_sre.compile`.
    parsed = _parser.parse(pattern, flags)
    code = array(_WORD, _compiler._code(parsed, flags)).tobytes()
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return flags | parsed.state.flags, code, parsed.state.groups - 1, groupindex, tuple(indexgroup)


def _usable() -> bool:
    """Whether this Python's `re` internals make the programs `re.compile` makes (checked once, on a sample)."""
    if _sre is None:
        return False
    sample = r"(?P<who>[A-ZÀ-Þ]\w+)(?:\s+(?P=who))?|(\d+)"
    try:
        made = _built(sample, _program(sample, re.IGNORECASE))
    except Exception:
        return False
    expected = re.compile(sample, re.IGNORECASE)
    return made == expected and made.groupindex == expected.groupindex and made.groups == expected.groups


def cache_folder() -> Path | None:
    """Where the compiled programs are kept, or None for no cache: `DIFFSRC_CACHE_DIR` set empty, or no home."""
    chosen = os.environ.get("DIFFSRC_CACHE_DIR")
    if chosen is not None:
        return Path(chosen) if chosen.strip() else None
    if sys.platform == "win32" and os.environ.get("LOCALAPPDATA"):
        return Path(os.environ["LOCALAPPDATA"]) / "diffsrc" / "Cache"
    base = os.environ.get("XDG_CACHE_HOME")
    if not base:
        home = os.path.expanduser("~")
        if home == "~":  # no home folder (a service account): no cache, rather than a folder named "~" here
            return None
        base = os.path.join(home, ".cache")
    return Path(base) / "diffsrc"


def _cache_file(folder: Path) -> Path:
    # One file per Python build and engine: a program is only valid for the engine that made it.
    engine = f"{sys.implementation.cache_tag}-{sys.hexversion:x}-{getattr(_sre, 'MAGIC', 0)}-{sys.maxunicode:x}"
    return folder / f"regex-{engine}.marshal"


def _read(path: Path) -> dict[tuple[str | bytes, int], Program]:
    try:
        entries = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return entries if isinstance(entries, dict) else {}


class _Cache:
    """The programs read from the cache file, those this process used, and whether it must write them back."""

    def __init__(self) -> None:
        self.entries: dict[tuple[str | bytes, int], Program] = {}
        self.used: dict[tuple[str | bytes, int], Program] = {}
        self._file: Path | None = None
        self._enabled: bool | None = None
        self._save_registered = False
        self.new = False  # whether this process compiled a pattern the file did not hold

    def enabled(self) -> bool:
        if self._enabled is None:
            folder = cache_folder()
            self._enabled = folder is not None and _usable()
            if self._enabled:
                self._file = _cache_file(folder)
                self.entries = _read(self._file)
        return self._enabled

    def remember_to_save(self) -> None:
        self.new = True
        if not self._save_registered:
            self._save_registered = True
            atexit.register(self.save)

    def save(self) -> None:
        """Write this process's programs with those already in the file (another process may have added some)."""
        if self._file is None or not self.new:
            return
        merged = {**_read(self._file), **self.used}
        if len(merged) > _MAX_ENTRIES:
            merged = dict(self.used)
        # (`fileio.write_atomic`'s steps, written out: fileio's own patterns go through here, and importing it
        # would make an import circle.)
        import tempfile  # only when there is something to write: it is slow to import

        try:
            self._file.parent.mkdir(parents=True, exist_ok=True)
            fd, temporary = tempfile.mkstemp(prefix=f".{self._file.name}.", suffix=".tmp", dir=self._file.parent)
            try:
                with os.fdopen(fd, "wb") as handle:
                    marshal.dump(merged, handle)
                os.replace(temporary, self._file)
            except BaseException:
                Path(temporary).unlink(missing_ok=True)
                raise
        except (OSError, ValueError):  # a read-only home, a full disk: the cache only saves time
            return
        self.new = False


_state = _Cache()


def save() -> None:
    """Write the programs this process compiled to the cache file now, if there are new ones (done at exit; a
    forked worker process, which ends without running `atexit`, calls this itself)."""
    _state.save()
