"""Documents and loading: bytes to text (encodings, line endings), plus the metadata the text carries.

A `Document` is the unit every other step works on. Loading decides only how to turn bytes into text; what in
that text is article body and what is page chrome is `clean.py`'s job, and sentences are `segment.py`'s.
"""

from __future__ import annotations

import codecs
import hashlib
import logging
import os
import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from .errors import InputError

if TYPE_CHECKING:
    from .text.clean import CleanText
    from .pair.score import SentenceFeatures
    from .text.segment import Sentence

logger = logging.getLogger(__name__)

# Line separators a file may use: CRLF, CR, NEL (U+0085), and the Unicode line/paragraph separators.
_LINE_BREAKS = re.compile(r"\r\n|\r|\x85|\u2028|\u2029")
# C0 controls other than tab/newline/form feed: a text with many of these is binary, not an article.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
# Bytes that cp1252 leaves undefined; a file holding them can only be Latin-1 (ISO-8859-1).
_CP1252_UNDEFINED = frozenset(b"\x81\x8d\x8f\x90\x9d")


def decode_bytes(data: bytes, name: str = "<bytes>") -> tuple[str, str]:
    """Decode a file's bytes to text, returning (text, encoding name).

    UTF-8 (with or without BOM) and UTF-16/32 with a BOM are read as such; anything else that is not valid UTF-8
    is read as Windows-1252 (or Latin-1 where cp1252 has holes), with a warning naming the file.

    Raises:
        InputError: the bytes are binary (NUL bytes without a UTF-16/32 BOM, or mostly control characters).
    """
    for bom, encoding in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as exc:
                raise InputError(f"invalid {encoding} text after its byte order mark ({exc.reason})", name) from None
    if b"\x00" in data:
        raise InputError("binary file (contains NUL bytes), not text", name)
    try:
        text, encoding = data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        encoding = "latin-1" if _CP1252_UNDEFINED.intersection(data) else "cp1252"
        text = data.decode(encoding)
        logger.warning("%s: not valid UTF-8; read as %s", name, encoding)
    if text and len(_CONTROL.findall(text)) > max(8, len(text) // 50):
        raise InputError("binary file (mostly control characters), not text", name)
    return text, encoding


def normalise_newlines(text: str) -> str:
    """Turn CRLF, CR, NEL and Unicode separators into `\\n`, and drop stray control characters."""
    return _CONTROL.sub("", _LINE_BREAKS.sub("\n", text.replace("\ufeff", "")))


@dataclass
class Document:
    """One article: its text and what is known about where it came from.

    Build one with `Document.from_path` or `Document.from_text`. Metadata given explicitly (title, outlet, date,
    url) wins over what cleaning finds in the text; `credit` and `dateline` come from the text.
    """

    id: str
    text: str
    path: str | None = None
    title: str | None = None
    outlet: str | None = None
    date: str | None = None
    url: str | None = None
    encoding: str = "utf-8"
    warnings: list[str] = field(default_factory=list)
    author: str | None = None

    @classmethod
    def from_text(cls, text: str, id: str | None = None, **metadata: str | None) -> Document:
        """A document from text already in memory.

        Args:
            text: the article, page chrome and all.
            id: its name in reports; defaults to a short hash of the text.
            **metadata: optional `title`, `outlet`, `date`, `url`, `path`.

        Raises:
            InputError: the text is empty or only whitespace.
        """
        text = normalise_newlines(text)
        if id is None:
            id = "text-" + hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:12]
        if not text.strip():
            raise InputError("empty document (no text)", metadata.get("path") or id)
        return cls(id=id, text=text, **metadata)  # type: ignore[arg-type]

    @classmethod
    def from_path(cls, path: str | os.PathLike[str], id: str | None = None, **metadata: str | None) -> Document:
        """Load one article from a file: plain text, an HTML page, or a JSONL/CSV/WARC file holding one record.

        The format is chosen from the file (see `inputs.py`); `-` reads standard input.

        Args:
            path: the file.
            id: its name in reports; defaults to the file name.
            **metadata: optional `title`, `outlet`, `date`, `url`; they win over what the file says.

        Raises:
            InputError: the file is missing, a directory, unreadable, binary, empty, or holds several documents.
        """
        from .load.read import load_path

        return load_path(os.fspath(path), id=id, check=False, **metadata)

    @cached_property
    def cleaned(self) -> CleanText:
        """The text split into article body, headings and set-aside boilerplate (see `clean.clean_text`)."""
        from .text.clean import clean_text

        cleaned = clean_text(self.text)
        if not cleaned.paragraphs:
            raise InputError("no article text (everything looks like page chrome)", self.path or self.id)
        return cleaned

    @property
    def body_text(self) -> str:
        """The article body (headings included, boilerplate removed), paragraphs separated by blank lines."""
        return "\n\n".join(p.text for p in self.cleaned.paragraphs)

    @property
    def boilerplate(self) -> list[str]:
        return self.cleaned.boilerplate

    @property
    def credit(self) -> str | None:
        return self.cleaned.credit

    @property
    def dateline(self) -> str | None:
        return self.cleaned.dateline

    @property
    def display_title(self) -> str | None:
        return self.title or self.cleaned.title

    @property
    def display_outlet(self) -> str | None:
        return self.outlet or self.cleaned.outlet

    @property
    def display_date(self) -> str | None:
        return self.date or self.cleaned.date

    @cached_property
    def sentences(self) -> list[Sentence]:
        """The body's sentences and heading units, in reading order."""
        from .text.segment import segment_paragraphs

        return segment_paragraphs(self.cleaned.paragraphs)

    @cached_property
    def sentence_features(self) -> list[SentenceFeatures]:
        """What scoring needs of each sentence (normal form, content stems), computed once per document: a corpus
        run compares a document with many others."""
        from .pair.score import sentence_features

        return sentence_features([s.text for s in self.sentences])
