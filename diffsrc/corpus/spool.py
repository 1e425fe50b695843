"""Texts of a corpus run, kept on disk rather than in the main process.

A corpus of 100,000 articles holds some 2.5 million sentences: as Python strings in lists, about 450 MB the run
needs only twice (a few lengths while deciding provenance, and the text column of `provenance.csv`), and as much
again of lower-cased text in which provenance looks for other documents' outlet names. The main process writes
each document's sentences and search text once to a temporary file as the workers hand them over, and keeps a
`SpooledEvidence` whose `sentences` (a `SpooledSentences`: an offset, a size and a count) and `search_text` are
read back when they are looked at.
"""

from __future__ import annotations

import marshal
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import fields
from typing import Any, overload

from ..errors import DiffsrcError
from .provenance import DocumentEvidence


class SentenceSpool:
    """An append-only temporary file of sentence lists (gone when the spool and every reference to it are).

    Reads come back through a one-document cache, since provenance looks at one document's sentences several
    times in a row.
    """

    def __init__(self) -> None:
        self._file = tempfile.TemporaryFile(prefix="diffsrc-sentences-")
        self._end = 0
        self._last: tuple[int, tuple[list[str], str]] | None = None

    def add(self, sentences: Sequence[str], search_text: str = "") -> SpooledSentences:
        """Write a document's sentences (and search text); the returned sequence reads them back."""
        blob = marshal.dumps((list(sentences), search_text))
        self._file.seek(self._end)
        self._file.write(blob)
        spooled = SpooledSentences(self, self._end, len(blob), len(sentences))
        self._end += len(blob)
        return spooled

    def read(self, offset: int, size: int) -> tuple[list[str], str]:
        if self._last is not None and self._last[0] == offset:
            return self._last[1]
        if self._file.closed:  # not "seek of closed file" from deep inside (a notebook user's trial)
            raise DiffsrcError("the corpus result is closed, and its sentences with it: read its tables (provenance "
                               "among them) or pickle it before close() or inside its `with` block")
        self._file.seek(offset)
        entry: tuple[list[str], str] = marshal.loads(self._file.read(size))
        self._last = (offset, entry)
        return entry

    def evidence(self, evidence: DocumentEvidence) -> SpooledEvidence:
        """The same evidence, its sentences and search text written here."""
        spooled = SpooledEvidence.__new__(SpooledEvidence)
        spooled.__dict__.update(evidence.__dict__)
        spooled.__dict__["sentences"] = self.add(evidence.sentences, evidence.search_text)
        spooled.__dict__.pop("search_text", None)
        return spooled

    @property
    def size(self) -> int:
        """Bytes written."""
        return self._end

    def close(self) -> None:
        """Close (and so delete) the temporary file."""
        self._file.close()
        self._last = None

    def __reduce__(self) -> tuple[Any, ...]:
        # A result pickled takes its documents' sentences with it (`SpooledEvidence.__reduce__`): no file to keep.
        return (_no_spool, ())

    def __del__(self) -> None:
        # Closed here rather than by the file object's own finaliser, which warns (ResourceWarning) of a file left
        # open: a spool is meant to live as long as the result that reads it.
        file = getattr(self, "_file", None)
        if file is not None:
            file.close()


class SpooledSentences(Sequence[str]):
    """A document's sentences in a `SentenceSpool`: its length without reading, its items read on access."""

    __slots__ = ("_count", "_offset", "_size", "_spool")

    def __init__(self, spool: SentenceSpool, offset: int, size: int, count: int):
        self._spool, self._offset, self._size, self._count = spool, offset, size, count

    def __len__(self) -> int:
        return self._count

    @overload
    def __getitem__(self, index: int) -> str: ...

    @overload
    def __getitem__(self, index: slice) -> list[str]: ...

    def __getitem__(self, index: int | slice) -> str | list[str]:
        return self._spool.read(self._offset, self._size)[0][index]

    def __iter__(self) -> Iterator[str]:
        return iter(self._spool.read(self._offset, self._size)[0])

    @property
    def search_text(self) -> str:
        return self._spool.read(self._offset, self._size)[1]

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Sequence) and not isinstance(other, str):
            return list(self) == list(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"SpooledSentences({list(self)!r})"

    def __reduce__(self) -> tuple[Any, ...]:
        return (list, (list(self),))  # pickled (sent elsewhere) as a plain list


class SpooledEvidence(DocumentEvidence):
    """A `DocumentEvidence` whose sentences and search text wait in a `SentenceSpool` (`SentenceSpool.evidence`).

    The search text is a property here: read from the spool unless one was set on this object.
    """

    @property  # type: ignore[override]
    def search_text(self) -> str:
        text = self.__dict__.get("_search_text")
        return text if text is not None else self.__dict__["sentences"].search_text

    @search_text.setter
    def search_text(self, value: str) -> None:
        self.__dict__["_search_text"] = value

    def __reduce__(self) -> tuple[Any, ...]:
        # Pickled (sent elsewhere) as a plain DocumentEvidence holding its texts.
        values = {f.name: getattr(self, f.name) for f in fields(DocumentEvidence)}
        values["sentences"] = list(values["sentences"])
        return (_evidence, (values,))


def _no_spool() -> None:
    return None


def _evidence(values: dict[str, Any]) -> DocumentEvidence:
    return DocumentEvidence(**values)


__all__ = ["SentenceSpool", "SpooledEvidence", "SpooledSentences"]
