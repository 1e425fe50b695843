"""What comparison needs of each sentence, computed once per document: its words in normal form, content stems,
quoted words and stable integer ids for its words and word n-grams.

A corpus run compares one document with many others, so these are computed when the document is prepared
(`text.prepare`), not per pair. Scoring (`pair.score`) builds its matrices from them with array operations only: a
word, a content stem and each word bigram, content-stem bigram and word trigram is a 64-bit id (a keyed hash of the
normal form, the same in every process, so documents prepared by different corpus workers compare correctly), and
"which of this sentence's trigrams occur in the source" is one sorted search over all sentences at once.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress

import numpy as np

from .. import rx
from ..arrays import unique
from .segment import content_stems, surface_tokens

# Odd multipliers of the n-gram ids (a polynomial hash modulo 2**64 over the word ids, which are random 64-bit
# numbers): an n-gram's id depends on its words and their order.
_MIX = (np.uint64(0x9E3779B97F4A7C15), np.uint64(0xC2B2AE3D27D4EB4F))


# `SentenceFeatures.common` flipped: 1 for a stem never written in lower case (a name or a number), 0 otherwise.
_NOT_COMMON = bytes.maketrans(bytes(range(256)), b"\x01" + bytes(255))


@lru_cache(maxsize=131072)
def word_id(word: str) -> int:
    """A stable 64-bit id of a word in normal form (the same in every process, unlike `hash`)."""
    return int.from_bytes(hashlib.blake2b(word.encode("utf-8"), digest_size=8).digest(), "little")


def _ids(words: Sequence[str]) -> np.ndarray:
    return np.fromiter(map(word_id, words), dtype=np.uint64, count=len(words))  # (map: no Python frame a word)


def ngram_ids(ids: np.ndarray, n: int) -> np.ndarray:
    """Ids of the word n-grams (n = 2 or 3) of a sequence of word ids."""
    if len(ids) < n:
        return np.zeros(0, dtype=np.uint64)
    with np.errstate(over="ignore"):
        if n == 2:
            return ids[:-1] * _MIX[0] + ids[1:]
        return (ids[:-2] * _MIX[0] + ids[1:-1]) * _MIX[1] + ids[2:]


@dataclass
class SentenceFeatures:
    """What scoring needs of one sentence, computed once.

    Attributes:
        key: the normal-form words joined by spaces: two sentences with equal keys are the same words.
        stems: the stemmed content words (`segment.content_stems`).
        quoted: per word, whether it stands inside quotation marks (`quoted_spans`).
        common: per content stem, whether the sentence writes it in lower case somewhere, or in a script without
            case (a common word, not a name or a number: sentences of one story share its names whatever they say).

    The word and n-gram ids scoring compares are built per document, in `FeatureBlock` (one set of arrays per
    document, not per sentence: a corpus keeps every document's features in memory).
    """

    key: str
    stems: list[str]
    # One byte per word / per stem (1 = quoted / common): bytes pickle and load far faster than small arrays, and a
    # corpus run ships every prepared document to its workers.
    quoted: bytes = b""
    common: bytes = b""
    # Whether the sentence writes the country "US" or "U.S." (`_names_the_us`): its key reads "us", as the pronoun's.
    names_the_us: bool = False

    @classmethod
    def of(cls, text: str) -> SentenceFeatures:
        tokens, quoted = quoted_tokens(text)
        stems = content_stems(tokens)
        # (a capital U first, one scan in C: most sentences have none; `"us" in tokens` compared every word)
        names_us = "U" in text and _names_the_us(text)
        return cls(" ".join(tokens), stems, bytes(quoted), _common(text, stems), names_us)

    @property
    def tokens(self) -> list[str]:
        """The words in normal form (`segment.surface_tokens`)."""
        return self.key.split()

    @property
    def names(self) -> set[str]:
        """The content stems the sentence writes with a capital or as a number (`common` 0): its names and numbers."""
        # `compress` over the flipped bytes: the set is built in C (read for every sentence of every pair compared)
        return set(compress(self.stems, self.common.translate(_NOT_COMMON)))

    @property
    def quoted_share(self) -> float:
        """The share of the sentence's words that stand inside quotation marks."""
        return sum(self.quoted) / len(self.quoted) if self.quoted else 0.0


# A word as written (a common word unless it starts with a capital: names, and a sentence's first word; scripts
# without case have no names to tell apart). Numbers are not words here: like names, they are facts.
_WORD = rx.compile(r"(?<![\w'’-])[^\W\d_][\w'’-]*")
# A quoted passage: between straight or curly double quotes, guillemets, `` '' (wire copy), curly single quotes,
# or straight single quotes that are not apostrophes (not next to a letter on their outer side).
_QUOTE_SPAN = rx.compile(r"[\"“”«»]([^\"“”«»]{3,})[\"“”«»]|``([^`']{3,})''|‘([^‘’]{3,})’"
                         r"|(?<![\w'])'([^']{3,}?)'(?![\w'])")
# A quotation mark that can open or close a quotation (not an apostrophe inside a word): most sentences have none.
_MAYBE_QUOTED = rx.compile(r"[\"“”«»‘`]|''|(?<![\w'’])['’]|['’](?![\w'’])")
# What is left of a quotation that the sentence does not both open and close (a quoted paragraph split into
# sentences, or `He was there," Smith said.`): an opening mark quotes the rest of the sentence, a closing mark the
# sentence up to it. A straight double quote opens when nothing but space is before it or a word follows it at once.
_LONE_OPEN = rx.compile(r"[“«]|``|^\s*['‘](?=\w)|\"(?=\w)")
_LONE_CLOSE = rx.compile(r"[”»]|''|(?<=[\w.,!?;:])\"|(?<=[.,!?])’")


@lru_cache(maxsize=65536)
def _word_stems(word: str) -> tuple[str, ...]:
    return tuple(content_stems(surface_tokens(word)))


# A web address as a post writes it ("https://reut.rs/3xYz", "www.bbc.co.uk/news"): its parts are no name or number.
_LINK = rx.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)


def _common(text: str, stems: list[str]) -> bytes:
    """Per stem, whether the sentence writes it in lower case somewhere (or in a script without case); the parts of
    a web address count as common words.

    Why the addresses: a post links the story it was made from ("... oil up 2% https://reut.rs/3xYz"), and the
    link's letters and digits ("xyz", "3") read as a name and a number the source lacks: a faithful post was
    partially derived for "adding" its own link (a verification desk's re-test). The substring test first: most
    sentences hold no address.
    """
    lower = {s for w in _WORD.findall(text) if not w[0].isupper() for s in _word_stems(w)}
    if "://" in text or "www." in text:
        lower.update(s for link in _LINK.findall(text) for s in content_stems(surface_tokens(link)))
    return bytes(s in lower for s in stems)


# The country as written, "US" or "U.S.", not inside a word ("USB"; "BUS" is told by the character before it: a
# pattern opening with a look-behind scans slowly).
_THE_US = rx.compile(r"U\.?S\b")


def _names_the_us(text: str) -> bool:
    """Whether a sentence names the US in capitals, as the pronoun "us" never is ("Tell us what you think").

    Why: a sentence's key is lowercase, and "us" is a function word with no stem to flag as a name (`_common`), so
    the pronoun read as the country (`classify._named_aliases`). Asked only of a sentence with a capital U.
    """
    m = _THE_US.search(text)
    while m is not None:
        if not m.start() or not (text[m.start() - 1].isalnum() or text[m.start() - 1] in "._"):
            return True
        m = _THE_US.search(text, m.end())
    return False


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of `text` that stand inside quotation marks (see `_QUOTE_SPAN` and `_LONE_OPEN`)."""
    if not _MAYBE_QUOTED.search(text):
        return []
    spans = [m.span() for m in _QUOTE_SPAN.finditer(text)]
    gaps, last = [], 0
    for start, end in spans:
        gaps.append((last, start))
        last = end
    gaps.append((last, len(text)))
    out = list(spans)
    first_gap, last_gap = gaps[0], gaps[-1]
    # A mark closing a quotation opened before the sentence: in the first gap; one opening a quotation that runs on
    # past it: in the last gap.
    if (m := _LONE_CLOSE.search(text, *first_gap)) and not _LONE_OPEN.search(text, first_gap[0], m.start()):
        out.append((0, m.end()))
    elif (m := _LONE_OPEN.search(text, *last_gap)) and not _LONE_CLOSE.search(text, m.end(), last_gap[1]):
        out.append((m.start(), len(text)))
    return sorted(out)


def quoted_tokens(text: str) -> tuple[list[str], list[bool]]:
    """The sentence's normal-form words and, per word, whether it stands inside quotation marks (`quoted_spans`).

    Quotation marks are never inside a word, so the words of the pieces between them are the sentence's words.
    """
    spans = quoted_spans(text)
    if not spans:
        tokens = surface_tokens(text)
        return tokens, [False] * len(tokens)
    tokens: list[str] = []
    flags: list[bool] = []
    last = 0
    for start, end in spans:
        for piece, inside in ((text[last:start], False), (text[start:end], True)):
            words = surface_tokens(piece)
            tokens += words
            flags += [inside] * len(words)
        last = max(last, end)
    words = surface_tokens(text[last:])
    tokens += words
    flags += [False] * len(words)
    return tokens, flags


def sentence_features(texts: Sequence[str]) -> list[SentenceFeatures]:
    return [SentenceFeatures.of(t) for t in texts]


def _flags(parts: list[bytes]) -> np.ndarray:
    return np.frombuffer(b"".join(parts), dtype=np.uint8).astype(bool)


def _ngrams(ids: np.ndarray, counts: np.ndarray, n: int) -> tuple[np.ndarray, np.ndarray]:
    """The n-gram ids of every sentence (flat, in order) and each sentence's number of them, from the flat word ids:
    the n-grams of the concatenation less those that cross a sentence boundary."""
    grams = ngram_ids(ids, n)
    per = np.maximum(counts - (n - 1), 0)
    if not len(grams):
        return grams, per
    ends = np.cumsum(counts)
    keep = np.ones(len(grams), dtype=bool)
    for k in range(1, n):  # an n-gram starting k words before a sentence's end crosses it
        at = ends - k
        keep[at[(at >= 0) & (at < len(grams))]] = False
    return grams[keep], per



@dataclass
class FeatureBlock:
    """A document's sentence features as flat arrays, every sentence's after the previous one's, for scoring.

    Built once per document (`PreparedDocument.block`), so that a pair's scoring starts from arrays, not from one
    small array per sentence. `arrays` holds each word's `quoted` flag, the ids of each sentence's distinct content
    stems (`stem_ids`) and their `common` flags, and the ids of the word bigrams (`bigrams`), content-stem bigrams
    (`stem_bigrams`) and word trigrams (`trigrams`); `counts[name]` holds each sentence's number of items of
    `arrays[name]` (`counts["quoted"]` is its number of words, `counts["stems"]` of content stems).
    """

    features: list[SentenceFeatures]
    counts: dict[str, np.ndarray]
    arrays: dict[str, np.ndarray]

    @classmethod
    def of(cls, features: Sequence[SentenceFeatures]) -> FeatureBlock:
        features = list(features)
        words = [w for f in features for w in f.key.split()]
        stems = [s for f in features for s in f.stems]
        n_tok = np.fromiter((len(f.quoted) for f in features), dtype=np.int64, count=len(features))
        n_stem = np.fromiter((len(f.stems) for f in features), dtype=np.int64, count=len(features))
        token_ids, stem_ids = _ids(words), _ids(stems)
        bigrams, n_bi = _ngrams(token_ids, n_tok, 2)
        stem_bigrams, n_sbi = _ngrams(stem_ids, n_stem, 2)
        trigrams, n_tri = _ngrams(token_ids, n_tok, 3)
        # Each sentence's distinct stems (a sentence contains a word or not), sorted, with their common flag.
        rows = np.repeat(np.arange(len(features)), n_stem)
        order = np.lexsort((stem_ids, rows))
        rows, ids, common = rows[order], stem_ids[order], _flags([f.common for f in features])[order]
        first = np.ones(len(ids), dtype=bool)
        first[1:] = (ids[1:] != ids[:-1]) | (rows[1:] != rows[:-1])
        arrays = {"quoted": _flags([f.quoted for f in features]), "stem_ids": ids[first], "common": common[first],
                  "bigrams": bigrams, "stem_bigrams": stem_bigrams, "trigrams": trigrams}
        n_distinct = np.bincount(rows[first], minlength=len(features)).astype(np.int64)
        counts = {"quoted": n_tok, "stems": n_stem, "stem_ids": n_distinct, "common": n_distinct, "bigrams": n_bi,
                  "stem_bigrams": n_sbi, "trigrams": n_tri}
        return cls(features, counts, arrays)

    @property
    def distinct(self) -> dict[str, np.ndarray]:
        """The document's distinct n-gram ids, sorted, for membership tests (worked out once, on first use)."""
        cached = self.__dict__.get("_distinct")
        if cached is None:
            cached = {name: unique(self.arrays[name]) for name in ("bigrams", "stem_bigrams", "trigrams")}
            self.__dict__["_distinct"] = cached
        return cached

    def __len__(self) -> int:
        return len(self.features)

    def head(self, n: int) -> FeatureBlock:
        """The block of the first n sentences."""
        if n >= len(self.features):
            return self
        counts = {name: c[:n] for name, c in self.counts.items()}
        arrays = {name: a[: int(counts[name].sum())] for name, a in self.arrays.items()}
        return FeatureBlock(self.features[:n], counts, arrays)
