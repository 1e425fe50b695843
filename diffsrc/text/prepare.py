"""Preparing a document for comparison: clean, segment, and compute each sentence's features, once.

`prepare(document)` is the one place the text steps run in order. The pairwise pipeline, the corpus workers and
the findings all take the `PreparedDocument` it returns and hand it along; nothing else re-cleans or re-segments.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import rx
from ..errors import InputError, not_a_document
from .clean import CleanText, clean_text
from .features import FeatureBlock, SentenceFeatures, sentence_features
from .segment import QUOTE_FOLDS, Sentence, segment_paragraphs

if TYPE_CHECKING:
    from ..document import Document

NO_ARTICLE_TEXT = "no article text (everything looks like page chrome)"
# A one-line text set aside whole with fewer words than this is called too short, not page chrome (lines such as
# "Share", "Subscribe", "00:00" together are chrome).
_FEWEST_WORDS = 4


@dataclass(frozen=True)
class PreparedDocument:
    """A document with its cleaned text, its sentences and their features.

    Metadata given explicitly with the document (title, outlet, date) wins over what cleaning found in the text;
    `credit` and `dateline` come from the text.
    """

    document: Document
    cleaned: CleanText
    sentences: list[Sentence]
    features: list[SentenceFeatures]
    # What later steps work out about the document alone (its quotes, its credits), kept so that a document
    # compared with many others is analysed once (`remember`).
    memo: dict[Any, Any] = field(default_factory=dict, compare=False, repr=False)

    @property
    def id(self) -> str:
        return self.document.id

    @property
    def block(self) -> FeatureBlock:
        """The sentences' features as flat arrays, for scoring: built on first use (a corpus run compares only some
        of its documents in depth) and kept."""
        return self.remember("block", lambda: FeatureBlock.of(self.features))

    def remember(self, key: Any, compute: Callable[[], Any]) -> Any:
        """`compute()`, worked out once per document and key."""
        if key not in self.memo:
            self.memo[key] = compute()
        return self.memo[key]

    @property
    def offsets(self) -> list[tuple[int, int] | None]:
        """Each sentence's (start, end) character offsets in the document's text (`Document.text`), None where
        cleaning changed it past finding (`locate_sentences`). Worked out on first use and kept."""
        return self.remember("offsets", lambda: locate_sentences([s.text for s in self.sentences],
                                                                 self.document.text))

    @property
    def body_text(self) -> str:
        """The article body (headings included, boilerplate removed), paragraphs separated by blank lines."""
        return self.cleaned.body_text

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
    def title(self) -> str | None:
        return self.document.title or self.cleaned.title

    @property
    def outlet(self) -> str | None:
        return self.document.outlet or self.cleaned.outlet

    @property
    def author(self) -> str | None:
        """The author the document's metadata names (`Document.author`, read as a byline when the document was
        made), else its byline's."""
        return self.document.author or self.cleaned.author

    @property
    def date(self) -> str | None:
        """The metadata's date, else the text's; an "Updated ..." line in the text wins over a metadata date it
        comes after or makes more precise (front matter `date: 2026-12-03` and "Updated: 3 December 2026 14:32":
        the version of 14:32)."""
        stated = self.document.date
        if stated and self.cleaned.updated and _refines(stated, self.cleaned.updated):
            return self.cleaned.updated
        return stated or self.cleaned.date


def _refines(stated: str, updated: str) -> bool:
    """Whether an update's moment comes after a stated date, or falls within a stated day and says the time."""
    from .dates import certainly_before, known_date

    first, then = known_date(stated), known_date(updated)
    if first is None or then is None or first.offset != then.offset and first.offset is not None:
        return False
    if certainly_before(first, then):
        return True
    return first.start <= then.start and then.end <= first.end and then.end - then.start < first.end - first.start


def clean_article(text: str, name: str) -> CleanText:
    """A text split into article, headings and set-aside boilerplate (see `clean.clean_text`).

    Raises:
        InputError: nothing in the text is article (everything looks like page chrome); the error names `name`.
    """
    cleaned = clean_text(text)
    if not cleaned.paragraphs:
        words = len(text.split())
        if words < _FEWEST_WORDS and "\n" not in text.strip():
            # "Hi" is not page chrome; it is too short to say anything about.
            raise InputError(f"no article text (only {words} {'word' if words == 1 else 'words'})", name)
        raise InputError(NO_ARTICLE_TEXT, name)
    return cleaned


# Characters cleaning may write in another form, one for one (quote marks, dashes; `segment.QUOTE_FOLDS`, as words
# are compared): folded alike on both sides, so a sentence is found in the text it came from at the same offsets.
_FOLDABLE = rx.compile("[" + re.escape("".join(QUOTE_FOLDS)) + "]")


def _fold(text: str) -> str:
    # A replacement only where there is something to fold (str.translate reads every character through a dict:
    # ten times slower on a page of news), one `str.replace` per mark the text holds (a substitution called
    # back into Python for every mark; no mark folds to one that is folded in turn, so the order does not matter).
    if not _FOLDABLE.search(text):
        return text
    for mark, folded in QUOTE_FOLDS.items():
        if mark in text:
            text = text.replace(mark, folded)
    return text


def locate_sentences(sentences: Sequence[str], text: str) -> list[tuple[int, int] | None]:
    """Where each sentence stands in `text`, the document's text as read: (start, end) character offsets, or None.

    Cleaning joins wrapped lines and sets boilerplate aside but keeps a sentence's words, so a sentence is its words
    in order with any white space between them; each is looked for after the one before (a document's sentences are
    in reading order), then from the start. Quote marks and dashes compare in one form (`QUOTE_FOLDS`).
    """
    folded = _fold(text)
    out: list[tuple[int, int] | None] = []
    pos = 0
    for sentence in sentences:
        wanted = _fold(sentence)
        # Most sentences stand in the text as they are: found by plain search, without a pattern to build.
        at = folded.find(wanted, pos)
        if at >= 0 and wanted:
            out.append((at, at + len(wanted)))
            pos = at + len(wanted)
            continue
        words = wanted.split()
        if not words:
            out.append(None)
            continue
        found = _words_at(folded, words, pos, len(folded)) or _words_at(folded, words, 0, pos)
        out.append(found)
        if found is not None:
            pos = found[1]
    return out


def _words_at(text: str, words: list[str], start: int, end: int) -> tuple[int, int] | None:
    """The first place in `text[start:end]` holding `words` in order with white space between them: what a pattern
    of the words joined by white space finds, without building one per sentence (hard-wrapped wire copy has a line
    break in most sentences, and a long text's thousands of patterns took seconds)."""
    first, n = words[0], len(text)
    # Cleaning joins a word broken at a line's end ("Laugh-" / "lin": `clean._join_wrapped_lines`), so a word may
    # stand in the text with a hyphen and a line break inside it; looked for so only in a text holding such a break.
    broken = "-\n" in text
    for at in _places(text, first, start, end, broken):
        stop = _word_end(text, first, at, broken)
        for word in words[1:]:
            if stop < 0:
                break
            gap = stop
            while gap < n and text[gap].isspace():
                gap += 1
            if gap == stop:
                break
            stop = _word_end(text, word, gap, broken)
        else:
            if 0 <= stop <= end:
                return at, stop
    return None


def _places(text: str, word: str, start: int, end: int, broken: bool) -> Iterator[int]:
    """Where `word` may begin in `text[start:end]`: where it stands whole, then (in a text with broken words) where
    it stands broken at a line's end."""
    at = text.find(word, start, end)
    while at >= 0:
        yield at
        at = text.find(word, at + 1, end)
    if broken:
        for cut in range(1, len(word)):
            at = text.find(word[:cut] + "-\n", start, end)
            while at >= 0:
                yield at
                at = text.find(word[:cut] + "-\n", at + 1, end)


def _word_end(text: str, word: str, at: int, broken: bool) -> int:
    """Where `word` ends if it stands in `text` at `at`, whole or broken at a line's end ("Laugh-\nlin" for
    "Laughlin", "Mc-\n  Carthy" for "McCarthy"); -1 if it does not."""
    if text.startswith(word, at):
        return at + len(word)
    if not broken:
        return -1
    i, n = at, len(text)
    for k, char in enumerate(word):
        if i < n and text[i] == char and not (char == "-" and text.startswith("\n", i + 1)):
            i += 1
            continue
        # A break's hyphen, then white space holding the line break, inside the word (the hyphen is the word's
        # own where the word writes one there: "Anglo-Saxon").
        if not (0 < k and i + 1 < n and text[i] == "-" and text[i + 1].isspace()):
            return -1
        j = i + 1
        while j < n and text[j].isspace():
            j += 1
        if "\n" not in text[i + 1:j]:
            return -1
        if char == "-":
            i = j
            continue
        if j >= n or text[j] != char:
            return -1
        i = j + 1
    return i


def prepare(document: Document | PreparedDocument) -> PreparedDocument:
    """Clean and segment a document and compute its sentences' features (a prepared document is returned as is).

    Raises:
        InputError: the document has no article text.
    """
    if isinstance(document, PreparedDocument):
        return document
    if not isinstance(getattr(document, "text", None), str):
        raise not_a_document(document)
    cleaned = clean_article(document.text, document.path or document.id)
    sentences = segment_paragraphs(cleaned.paragraphs)
    return PreparedDocument(document, cleaned, sentences, sentence_features([s.text for s in sentences]))
