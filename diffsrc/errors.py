"""The library's exceptions: it raises only these, and the CLI maps them to `Error: <file>: <reason>`."""

from __future__ import annotations

import os
import re


def shown_path(path: str) -> str:
    """A path as a one-line message names it: an empty argument (an unset shell variable) reads as ''; a newline
    or another control character in a file name is written as an escape (`\\n`), so that a name cannot break the
    line or forge another message ("empty\\nError: fake.txt"); a name in another encoding than UTF-8 as
    `printable_path` writes it."""
    if not path:
        return "''"
    path = printable_path(path)
    return _CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), path)


def printable_path(path: str) -> str:
    """A path as text any file can hold: a file name whose bytes are not UTF-8 ("copy\\xe9.txt" written in
    Latin-1, which Python reads with surrogate escapes) with those bytes as `\\xNN`."""
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        return os.fsencode(path).decode("utf-8", "backslashreplace")
    return path


_CONTROL = re.compile(r"[\x00-\x1f\x7f\x85\u2028\u2029]")


class DiffsrcError(Exception):
    """Base class for every error diffsrc raises on purpose.

    Args:
        reason: one line saying what is wrong, for a person.
        path: the file (or input name) the error is about, if any.
    """

    exit_code = 2

    def __init__(self, reason: str, path: str | None = None):
        self.reason = reason
        self.path = None if path is None else printable_path(path)  # written to tables and reports as it is
        super().__init__(self.message)

    @property
    def message(self) -> str:
        if self.path is None:
            return self.reason
        return f"{shown_path(self.path)}: {self.reason}"


class InputError(DiffsrcError):
    """An input cannot be read, decoded or used (missing, binary, empty...)."""


class SkippedRecord(InputError):
    """A record of an archive that is not an article: not a page by the crawl's own account (a redirect, an HTTP
    error), a page without article text (a home or tag page), a repeat capture. A crawl holds many, chosen by no
    one: passed over with a word in every command, never an error that fails a run."""


class OutputError(DiffsrcError):
    """An output cannot be written."""


class IndexStoreError(DiffsrcError):
    """A near-duplicate index is missing, corrupt, foreign or of another format."""


class WorkerError(DiffsrcError):
    """Work cannot be sent where it was to run: Dask is not installed, or its scheduler cannot be reached."""


class EvaluationDataError(DiffsrcError):
    """Labelled data the accuracy harness reads is not there (an installed package has no benchmarks/ or tests/)."""


def not_a_document(value: object) -> TypeError:
    """The error of a public entry point handed something other than a document (a path, a string of text)."""
    return TypeError(f"expected a Document, got {type(value).__name__} {str(value)[:40]!r}: read a file with "
                     "Document.from_path(path), text with Document.from_text(text)")
