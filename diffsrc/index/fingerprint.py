"""Fingerprints for near-duplicate detection: word shingles, MinHash signatures and LSH band keys.

Everything here is vectorised with numpy over all characters, words and shingles of a document: no Python loop
runs per word or per shingle. Hashes are the project's own (position-weighted character sums finished with the
splitmix64 mixer), so fingerprints are stable across processes, machines and Python versions. Every index stores the
fingerprint version it was built with and keeps fingerprinting that way (`FingerprintParams.version`): a change to
the normalisation or hashing here is a new version, and the old one must go on giving the same bits.
"""

from __future__ import annotations

import hashlib
import logging
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any, NamedTuple

from ..settings import FingerprintParams
from ..text.cjk import CJK_RANGES, cjk_words, has_cjk
from ..text.lexicon import (
    CARDINAL_WORDS,
    HOUSE_STYLE_DROPPED,
    HOUSE_STYLE_WORDS,
    MONTH_NAMES,
    MONTHS,
    copying_spelling_variants,
)

if TYPE_CHECKING:
    import numpy as np

# The hashing constants' defaults: a fingerprint's own parameters come from `FingerprintParams`.
_DEFAULTS = FingerprintParams()

# The version a new index is built with; what each version means is in `FingerprintParams`.
FINGERPRINT_VERSION = FingerprintParams.version
# How each version reads Chinese and Japanese, for `diffsrc index info`.
FINGERPRINT_READINGS = {
    1: "Chinese and Japanese read by clause; a new index reads them by character",
    2: "Chinese and Japanese read by character; a new index also reads house styles alike",
    3: "Chinese and Japanese read by character; house styles read alike (Sept./September, 5/five, 20%/20 per cent)",
}

logger = logging.getLogger(__name__)
# Whether this process has said that a version-1 index reads Chinese and Japanese by clause (said once).
_SAID_CLAUSE_READING: list[bool] = []

# Candidates are verified exactly, so a false positive of the LSH costs only a little time while a false negative
# loses a duplicate: weigh false negatives higher than datasketch's default (0.5, 0.5).
FALSE_POSITIVE_WEIGHT = 0.2
FALSE_NEGATIVE_WEIGHT = 0.8

_MASK64 = (1 << 64) - 1
_MAX_WORD_POSITIONS = 64
# Characters dropped before splitting into words, so "U.S." == "US", "Japan's" == "Japans" and quote styles agree.
_DROP = ".'\u2018\u2019\u02bc`\u00b4"


def lsh_threshold(params: FingerprintParams) -> float:
    """The lowest Jaccard similarity a near-duplicate pair can have; the LSH bands are tuned to it."""
    return jaccard_floor(params.threshold, params.min_size_ratio)


def lsh_bands(params: FingerprintParams) -> tuple[int, int]:
    """LSH (bands, rows) derived from the index's threshold."""
    return optimal_bands(lsh_threshold(params), params.num_perm)


@dataclass(frozen=True)
class Fingerprint:
    """A document's fingerprint.

    Attributes:
        shingles: sorted unique 32-bit shingle hashes (dtype uint32): the exact set used to verify candidates.
        signature: MinHash signature (num_perm uint32 values).
        band_keys: one int64 key per LSH band.
        digest: hex digest of the shingle set, to tell an unchanged document from a changed one.
    """

    shingles: np.ndarray
    signature: np.ndarray
    band_keys: np.ndarray
    digest: str

    @property
    def n_shingles(self) -> int:
        return int(self.shingles.size)

    def __reduce__(self) -> tuple[Any, tuple[bytes, bytes, bytes, str]]:
        # Sent back from worker processes by the thousand: as bytes, half the cost of pickling three numpy arrays.
        return _fingerprint_from_bytes, (self.shingles.astype("<u4", copy=False).tobytes(),
                                         self.signature.astype("<u4", copy=False).tobytes(),
                                         self.band_keys.astype("<i8", copy=False).tobytes(), self.digest)


def _fingerprint_from_bytes(shingles: bytes, signature: bytes, band_keys: bytes, digest: str) -> Fingerprint:
    """A pickled `Fingerprint` (its arrays are read-only views of the bytes)."""
    import numpy as np

    return Fingerprint(np.frombuffer(shingles, dtype="<u4"), np.frombuffer(signature, dtype="<u4"),
                       np.frombuffer(band_keys, dtype="<i8"), digest)


def jaccard_floor(threshold: float, min_size_ratio: float) -> float:
    """Lowest Jaccard similarity of two sets whose similarity (Jaccard or containment) reaches `threshold`.

    With |A| = ratio * |B| and |A & B| = t * |A|, J = t * ratio / (1 + ratio - t * ratio); it is smallest at the
    smallest ratio allowed, and never above the threshold itself.
    """
    t, ratio = threshold, min_size_ratio
    return min(t, t * ratio / (1.0 + ratio - t * ratio))


def _collision_probability(s: np.ndarray, bands: np.ndarray | int, rows: np.ndarray | int) -> np.ndarray:
    return 1.0 - (1.0 - s**rows) ** bands


@lru_cache(maxsize=64)
def optimal_bands(
    threshold: float,
    num_perm: int,
    false_positive_weight: float = FALSE_POSITIVE_WEIGHT,
    false_negative_weight: float = FALSE_NEGATIVE_WEIGHT,
) -> tuple[int, int]:
    """LSH (bands, rows) minimising the weighted false positive and negative areas, as datasketch does.

    Same objective as datasketch's `_optimal_param` (integrals of the S-curve below and above the threshold), with
    numerical integration in numpy instead of scipy.

    Args:
        threshold: Jaccard similarity the bands should separate at.
        num_perm: signature length; bands * rows <= num_perm.
        false_positive_weight: weight of the false-positive area.
        false_negative_weight: weight of the false-negative area.

    Returns:
        (bands, rows).
    """
    import numpy as np

    # Every (bands, rows) with bands >= 2 and bands * rows <= num_perm, evaluated at once (~1 ms).
    pairs = np.array([(b, r) for b in range(2, num_perm + 1) for r in range(1, num_perm // b + 1)], dtype=float)
    bands, rows = pairs[:, :1], pairs[:, 1:]
    below = np.linspace(0.0, threshold, 257)[None, :]
    above = np.linspace(threshold, 1.0, 257)[None, :]
    fp = np.trapezoid(_collision_probability(below, bands, rows), below, axis=1)
    fn = np.trapezoid(1.0 - _collision_probability(above, bands, rows), above, axis=1)
    error = fp * false_positive_weight + fn * false_negative_weight
    best = int(np.argmin(error))  # the first minimum, as a loop over bands then rows would keep
    return int(pairs[best, 0]), int(pairs[best, 1])


@lru_cache(maxsize=64)
def bands_for_recall(threshold: float, num_perm: int, recall: float = 0.99) -> tuple[int, int]:
    """LSH (bands, rows) with the most rows (the fewest chance collisions) that still make two sets of Jaccard
    similarity `threshold` share a bucket with probability at least `recall`.

    For grouping where a missed pair is a silent loss and every collision is checked exactly anyway.
    """
    best = (num_perm, 1)
    for rows in range(1, num_perm + 1):
        bands = num_perm // rows
        if bands >= 1 and 1.0 - (1.0 - threshold**rows) ** bands >= recall:
            best = (bands, rows)
    return best


def _splitmix64(z: np.ndarray) -> np.ndarray:
    import numpy as np

    z = z ^ (z >> np.uint64(30))
    z = z * np.uint64(0xBF58476D1CE4E5B9)
    z = z ^ (z >> np.uint64(27))
    z = z * np.uint64(0x94D049BB133111EB)
    return z ^ (z >> np.uint64(31))


_GOLDEN_GAMMA = 0x9E3779B97F4A7C15
_STREAMS = {"char": 1, "shingle": 2, "perm_a": 3, "perm_b": 4, "band": 5}


@lru_cache(maxsize=64)
def _stream(seed: int, name: str, n: int) -> np.ndarray:
    """n pseudo-random uint64 constants for one purpose: splitmix64 of a counter (no numpy.random import)."""
    import numpy as np

    base = (seed * _GOLDEN_GAMMA + _STREAMS[name] * 0xD1B54A32D192ED03) & _MASK64
    counter = np.uint64(base) + np.arange(1, n + 1, dtype=np.uint64) * np.uint64(_GOLDEN_GAMMA)
    values = _splitmix64(counter)
    # Multipliers must be odd (invertible modulo 2**64); the additive constants need not.
    return values if name == "perm_b" else values | np.uint64(1)


def _constants(seed: int, num_perm: int, shingle_size: int) -> dict[str, np.ndarray]:
    return {
        "char": _stream(seed, "char", _MAX_WORD_POSITIONS),
        "shingle": _stream(seed, "shingle", shingle_size),
        "perm_a": _stream(seed, "perm_a", num_perm),
        "perm_b": _stream(seed, "perm_b", num_perm),
        "band": _stream(seed, "band", num_perm),
    }


_NEEDS_NFKC = 0x80000000


_BLOCK = 256


def _fold_block(block: int) -> np.ndarray:
    """Entries of the character table for code points [block * 256, block * 256 + 256) (see `build_fold_table`)."""
    import numpy as np

    codes = range(block * _BLOCK, (block + 1) * _BLOCK)
    chars = [chr(code) for code in codes]
    # A character NFKC maps to one other character (no-break space, full-width letters...) is looked up as that
    # character; one it expands or that may compose with its neighbours is flagged for real normalisation.
    normal = [
        c if 0xD800 <= code < 0xE000 or unicodedata.is_normalized("NFKC", c) else unicodedata.normalize("NFKC", c)
        for code, c in zip(codes, chars, strict=True)
    ]
    flagged = np.fromiter(
        (len(n) != 1 or unicodedata.combining(c) != 0 for c, n in zip(chars, normal, strict=True)),
        dtype=bool,
        count=_BLOCK,
    )
    # Conjoining Hangul jamo compose into syllables under NFKC.
    for start, end in ((0x1100, 0x1200), (0xA960, 0xA980), (0xD7B0, 0xD800)):
        lo, hi = max(start - codes.start, 0), min(end - codes.start, _BLOCK)
        if lo < hi:
            flagged[lo:hi] = True
    mapped = [c if f else n for c, n, f in zip(chars, normal, flagged, strict=True)]
    table = np.fromiter(
        (ord(low) if len(low := c.lower()) == 1 else ord(c) for c in mapped), dtype=np.uint32, count=_BLOCK
    )
    is_word = np.fromiter(map(str.isalnum, mapped), dtype=bool, count=_BLOCK)
    table[~is_word] = 32
    table[[ord(c) - codes.start for c in _DROP if ord(c) in codes]] = 0
    table[flagged] |= np.uint32(_NEEDS_NFKC)
    return table


def build_fold_table() -> np.ndarray:
    """The whole character table for the Basic Multilingual Plane, from this Python's Unicode database.

    Entry c of the table is what BMP character c becomes: its lower case if it is a word character (alphanumeric;
    regex \\w less "_"), 0 if it is dropped (dots, apostrophes), 32 (a word break) otherwise; the high bit
    (`_NEEDS_NFKC`) marks characters that NFKC normalisation may change, so normalisation runs only on texts that
    hold one. Fingerprinting fills the table lazily, 256 code points at a time, for the blocks texts use.
    """
    import numpy as np

    return np.concatenate([_fold_block(block) for block in range(0x10000 // _BLOCK)])


_UNBUILT = 0xFFFFFFFF


class _LazyFoldTable:
    """The character table, filled block by block as texts need it (building all of it costs ~50 ms)."""

    def __init__(self) -> None:
        import numpy as np

        # Blocks not built yet hold a value no entry has (an entry is at most a BMP code point with the high bit).
        self.table = np.full(0x10000, _UNBUILT, dtype=np.uint32)

    def lookup(self, raw: np.ndarray) -> np.ndarray:
        import numpy as np

        from ..arrays import unique

        # Looked up first and the blocks built after, for the characters that met an unbuilt one: a count of the
        # blocks used took as long as the lookup itself, on every batch, and `take` is twice as fast as indexing.
        clipped = np.minimum(raw, 0xFFFF)
        codes = np.take(self.table, clipped)
        missing = codes == _UNBUILT
        if missing.any():
            for block in unique(clipped[missing] >> 8).tolist():
                self.table[block * _BLOCK : (block + 1) * _BLOCK] = _fold_block(block)
            codes = np.take(self.table, clipped)
        return codes


@lru_cache(maxsize=1)
def _fold_table() -> _LazyFoldTable:
    return _LazyFoldTable()


def _code_points(text: str, version: int) -> tuple[np.ndarray, np.ndarray]:
    """Normalised code points of `text` and a mask of which are word characters."""
    codes, is_word, _ = _batch_code_points([text], version)
    return codes, is_word


def _batch_code_points(texts: Sequence[str], version: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Normalised code points of all `texts` (joined by word breaks), the word-character mask, and each code
    point's text number."""
    import numpy as np

    from ..arrays import unique

    table = _fold_table()
    texts = list(texts)
    raw = np.frombuffer("\n".join(texts).encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    # Characters outside the BMP (emoji and rare scripts) map to U+FFFF, which the table makes a word break.
    codes = table.lookup(raw)
    lengths = np.fromiter(map(len, texts), dtype=np.int64, count=len(texts)) + 1
    flagged = codes >= _NEEDS_NFKC
    if flagged.any():
        # Normalise only the texts that hold a character NFKC may change.
        owner = np.repeat(np.arange(len(texts)), lengths)[: codes.size]
        for i in unique(owner[flagged]).tolist():
            texts[i] = unicodedata.normalize("NFKC", texts[i])
        raw = np.frombuffer("\n".join(texts).encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        codes = table.lookup(raw)
        lengths = np.fromiter(map(len, texts), dtype=np.int64, count=len(texts)) + 1
    owner = np.repeat(np.arange(len(texts), dtype=np.int64), lengths)[: codes.size]
    codes = codes & np.uint32(_NEEDS_NFKC - 1)
    kept = codes != 0
    codes = codes[kept]
    return codes, codes != 32, owner[kept]


def normalise_words(text: str, *, version: int = FINGERPRINT_VERSION) -> list[str]:
    """The words shingles are made of: NFKC, lower case, without dots and apostrophes, split at non-word chars;
    from version 2, each Han or kana character is a word of its own (`text.cjk.cjk_words`).

    The fingerprint never builds this list (it hashes the code points directly); it is the same tokenisation
    spelled out for readers, tests and the datasketch reference in the benchmark.
    """
    import numpy as np

    codes, is_word = _code_points(text, version)
    if version >= 3:
        is_word = is_word.copy()
        # Word starts as `_word_hashes` finds them (Han and kana, and what follows one, start words too).
        alone = _cjk_mask(codes)
        after = np.concatenate(([False], is_word[:-1])), np.concatenate(([False], alone[:-1]))
        is_start = is_word & (~after[0] | alone | after[1])
        letters = _figure_then_letter(codes, is_word, np.flatnonzero(is_start))
        codes = np.insert(codes, letters, 32)
        is_word = np.insert(is_word, letters, False)
    spaced = np.where(is_word, codes, np.uint32(32)).astype("<u4").tobytes().decode("utf-32-le")
    words = cjk_words(spaced) if version >= 2 and _cjk_mask(codes).any() else spaced.split()
    return _fold_house_style_words(words) if version >= 3 else words


def _fold_house_style_words(words: list[str]) -> list[str]:
    """`_fold_house_styles` spelled out on a list of words (`normalise_words`)."""
    variants, dropped = _house_style_lists()
    figure = [w[:1] in _DIGITS for w in words]
    kept = [
        w for i, w in enumerate(words)
        if not (w in dropped or (i > 0 and figure[i - 1] and w in _ORDINAL_SUFFIXES)
                or (w == "per" and words[i + 1 : i + 2] == ["cent"])
                or (w == "cent" and i > 0 and words[i - 1] == "per"))
    ]
    day = [w[:1] in _DIGITS and len(w) <= 2 for w in kept]
    out = [variants.get(w, w) for w in kept]
    i = 0
    while i < len(out) - 1:
        if day[i] and out[i + 1] in MONTH_NAMES:
            out[i], out[i + 1] = out[i + 1], out[i]
            i += 1
        i += 1
    return out


_LOWEST_CJK = min(lo for lo, _ in CJK_RANGES)


def _cjk_mask(codes: np.ndarray) -> np.ndarray:
    """Which normalised code points are Han or kana (`text.cjk.CJK_RANGES`)."""
    import numpy as np

    mask = np.zeros(codes.size, dtype=bool)
    if codes.size and codes.max() >= _LOWEST_CJK:  # one pass, and none more, for text in other scripts
        for lo, hi in CJK_RANGES:
            mask |= (codes >= lo) & (codes <= hi)
    return mask


def _figure_then_letter(codes: np.ndarray, is_word: np.ndarray, starts: np.ndarray) -> np.ndarray:
    """Positions of the first letter after the figure a word opens with: where "$94.5bn", "3pm" and "20th" part
    into a figure and a word, as "$94.5 bn", "3 pm" and "20 th" (fingerprint version 3). Few words open with a
    digit, so only theirs are read (a digit or two at a time)."""
    import numpy as np

    def digit_at(at: np.ndarray) -> np.ndarray:
        return codes[at] - np.uint32(48) < 10

    at = starts[digit_at(starts)] + 1
    at = at[at < codes.size]
    while at.size and (more := digit_at(at)).any():
        at[more] += 1
        at = at[at < codes.size]
    return at[is_word[at] & ~digit_at(at)]


def _word_hashes(codes: np.ndarray, is_word: np.ndarray, seed: int, alone: np.ndarray | None = None,
                 *, split_figures: bool = False) -> tuple[np.ndarray, np.ndarray]:
    """64-bit hashes of the words in a code point array, and each word's first position; the characters marked
    `alone` (Han and kana, from fingerprint version 2) are words by themselves, and with `split_figures` (version
    3) the letters after the figure a word opens with start a word of their own."""
    import numpy as np

    follows_word = np.zeros_like(is_word)
    follows_word[1:] = is_word[:-1]
    is_start = is_word & ~follows_word
    if alone is not None and alone.any():
        # Such a character starts a word, and so does the word character after it ("新华社Xinhua": 新 华 社 xinhua).
        follows_alone = np.zeros_like(alone)
        follows_alone[1:] = alone[:-1]
        is_start |= is_word & (alone | follows_alone)
    starts = np.flatnonzero(is_start)
    if starts.size == 0:
        return np.zeros(0, dtype=np.uint64), starts
    if split_figures:
        letters = _figure_then_letter(codes, is_word, starts)
        letters = letters[~is_start[letters]]  # not a Han or kana character, a word already ("12月")
        if letters.size:
            is_start[letters] = True
            starts = np.insert(starts, np.searchsorted(starts, letters), letters)
    # Each character adds (code + 1) * a constant for its position in the word; reduceat sums each word's run
    # (and the non-word characters after it, which add 0).
    word_of_char = np.maximum(np.cumsum(is_start) - 1, 0)
    position = np.arange(codes.size) - starts[word_of_char]
    multipliers = _constants(seed, _DEFAULTS.num_perm, _DEFAULTS.shingle_size)["char"]
    contrib = (codes.astype(np.uint64) + np.uint64(1)) * multipliers[position & (_MAX_WORD_POSITIONS - 1)]
    contrib[~is_word] = 0
    sums = np.add.reduceat(contrib, starts)
    lengths = np.add.reduceat(is_word.astype(np.uint64), starts)
    return _splitmix64(sums ^ (lengths << np.uint64(56))), starts


_DIGITS = frozenset("0123456789")
_ORDINAL_SUFFIXES = ("st", "nd", "rd", "th")


@lru_cache(maxsize=1)
def _house_style_lists() -> tuple[dict[str, str], frozenset[str]]:
    """Word -> the word a house style reads it as, and the words dropped (`text.lexicon.HOUSE_STYLE_WORDS`)."""
    variants = {**copying_spelling_variants(), **MONTHS, **{w: str(v) for w, v in CARDINAL_WORDS.items()},
                **HOUSE_STYLE_WORDS}
    return variants, frozenset(HOUSE_STYLE_DROPPED)


class _HouseStyleTable(NamedTuple):
    """The house-style words' hashes in a direct-mapped table: a word's slot is `(hash >> shift) & _STYLE_MASK`,
    chosen so that no two of them share one; one lookup per word gives what it reads as and what it is."""

    shift: int
    keys: np.ndarray  # uint64 per slot: the word held there (an empty slot holds one whose own slot is another)
    canonical: np.ndarray  # uint64 per slot: the hash the word reads as (itself unless a variant)
    kinds: np.ndarray  # uint8 per slot: _DROPPED | _ORDINAL | _MONTH | _PER | _CENT


_STYLE_BITS = 15
_STYLE_MASK = (1 << _STYLE_BITS) - 1
_DROPPED, _ORDINAL, _MONTH, _PER, _CENT = 1, 2, 4, 8, 16


def _plain_word_hashes(words: Sequence[str], seed: int) -> np.ndarray:
    """`_word_hashes` of words that are one word each, read as every version reads them."""
    codes, is_word, _ = _batch_code_points([" ".join(words)], 2)
    hashes, _ = _word_hashes(codes, is_word, seed)
    assert hashes.size == len(words)
    return hashes


@lru_cache(maxsize=8)
def _house_style_table(seed: int) -> _HouseStyleTable:
    import numpy as np

    from ..arrays import unique  # not np.unique: its first call imports numpy.ma (~40 ms of a cold `check`)

    variants, dropped = _house_style_lists()
    words = sorted(set(variants) | dropped | set(_ORDINAL_SUFFIXES) | set(MONTH_NAMES) | {"per", "cent"})
    hashes = _plain_word_hashes(words, seed)
    canonical = _plain_word_hashes([variants.get(w, w) for w in words], seed)
    kinds = np.array([(w in dropped) * _DROPPED | (w in _ORDINAL_SUFFIXES) * _ORDINAL
                      | (variants.get(w, w) in MONTH_NAMES) * _MONTH | (w == "per") * _PER | (w == "cent") * _CENT
                      for w in words], dtype=np.uint8)
    # The first shift that gives every word a slot of its own (hashes are well mixed: a few tries at most).
    shift = next(shift for shift in range(64 - _STYLE_BITS)
                 if unique((hashes >> np.uint64(shift)) & np.uint64(_STYLE_MASK)).size == hashes.size)
    slots = ((hashes >> np.uint64(shift)) & np.uint64(_STYLE_MASK)).astype(np.intp)
    table = _HouseStyleTable(shift, np.full(_STYLE_MASK + 1, hashes[0], dtype=np.uint64),
                             np.zeros(_STYLE_MASK + 1, dtype=np.uint64), np.zeros(_STYLE_MASK + 1, dtype=np.uint8))
    # Empty slots hold the first word, whose own slot is another, so no word can match an empty slot.
    table.keys[slots], table.canonical[slots], table.kinds[slots] = hashes, canonical, kinds
    return table


class _Figures:
    """Which words are figures, and which of those could be a day of the month (1 or 2 digits: from version 3 a
    figure is digits only), asked of a few words: from their first positions in the code points."""

    def __init__(self, codes: np.ndarray, starts: np.ndarray):
        self.codes, self.starts = codes, starts

    def at(self, words: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        import numpy as np

        first = self.starts[words]
        digit = np.zeros((3, first.size), dtype=bool)
        for k in range(3):
            inside = first + k < self.codes.size
            digit[k, inside] = self.codes[first[inside] + k] - np.uint32(48) < 10
        return digit[0], digit[0] & ~(digit[1] & digit[2])

    def every(self) -> tuple[np.ndarray, np.ndarray]:
        import numpy as np

        return self.at(np.arange(self.starts.size))


class _KnownFigures:
    """`_Figures` of words whose answers are known already (the pieces of a long text)."""

    def __init__(self, figure: np.ndarray, day: np.ndarray):
        self.figure, self.day = figure, day

    def at(self, words: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        return self.figure[words], self.day[words]


def _fold_house_styles(words: np.ndarray, owner: np.ndarray, figures: _Figures | _KnownFigures, seed: int
                       ) -> tuple[np.ndarray, np.ndarray]:
    """Word hashes as fingerprint version 3 reads them (`words` is changed in place), and which words are kept: the
    house styles of one story's reprints read alike. "20 per cent", "20 percent" and "20%" are all "20"; "20th" is
    "20"; month abbreviations, British spellings, number words, titles and magnitudes read as one word each
    (`_house_style_lists`); and a day before its month ("20 September") reads as after it ("Sept. 20"). Rules on
    two words hold within one text. Few words are listed: only theirs are looked at after the one lookup."""
    import numpy as np

    from ..arrays import unique

    table = _house_style_table(seed)
    slots = ((words >> np.uint64(table.shift)) & np.uint64(_STYLE_MASK)).astype(np.intp)
    listed = np.flatnonzero(table.keys[slots] == words)
    slots = slots[listed]
    kinds = table.kinds[slots]
    words[listed] = table.canonical[slots]
    dropped = [listed[(kinds & _DROPPED) != 0]]
    suffix = listed[((kinds & _ORDINAL) != 0) & (listed > 0)]
    if suffix.size:
        suffix = suffix[owner[suffix] == owner[suffix - 1]]
        dropped.append(suffix[figures.at(suffix - 1)[0]])
    cent = listed[(kinds & _CENT) != 0]
    if cent.size:
        cent = cent[np.isin(cent - 1, listed[(kinds & _PER) != 0])]
        cent = cent[owner[cent] == owner[cent - 1]]
        dropped += [cent - 1, cent]
    drop = unique(np.concatenate(dropped))
    kept = np.ones(words.size, dtype=bool)
    month = listed[(kinds & _MONTH) != 0]  # never dropped
    if drop.size:
        kept[drop] = False
        # The word before each month among those kept: the one before it, unless dropped ("20th September").
        before = month - 1
        while (gone := np.isin(before, drop)).any():
            before[gone] -= 1
        words = words[kept]
        month_at = month - np.searchsorted(drop, month)
    else:
        before, month_at = month - 1, month
    has_day = before >= 0
    month, before, month_at = month[has_day], before[has_day], month_at[has_day]
    if month.size:
        swap = figures.at(before)[1] & (owner[before] == owner[month])
        at = month_at[swap]
        words[at - 1], words[at] = words[at], words[at - 1].copy()
    return words, kept


def _batch_shingles(texts: Sequence[str], shingle_size: int, seed: int, version: int) -> list[np.ndarray]:
    """Sorted unique uint32 shingle hashes of each text, computed for all texts in one pass (a text of more than
    `LONG_TEXT` characters on its own, in pieces: `_long_text_shingles`)."""
    import numpy as np

    if any(len(t) > LONG_TEXT for t in texts):
        out = [np.zeros(0, dtype=np.uint32)] * len(texts)
        short = [i for i, t in enumerate(texts) if len(t) <= LONG_TEXT]
        for i, shingles in zip(short, _batch_shingles([texts[i] for i in short], shingle_size, seed, version)
                               if short else [], strict=True):
            out[i] = shingles
        for i in (i for i, t in enumerate(texts) if len(t) > LONG_TEXT):
            out[i] = _long_text_shingles(texts[i], shingle_size, seed, version)
        return out
    codes, is_word, owner = _batch_code_points(texts, version)
    # (The character table makes every character that is no word character a space, so no such one is marked.)
    alone = _cjk_mask(codes) if version >= 2 else None
    words, starts = _word_hashes(codes, is_word, seed, alone, split_figures=version >= 3)
    n_texts = len(texts)
    if words.size == 0:
        return [np.zeros(0, dtype=np.uint32) for _ in range(n_texts)]
    word_owner = owner[starts]
    if version >= 3:
        words, kept = _fold_house_styles(words, word_owner, _Figures(codes, starts), seed)
        word_owner = word_owner[kept]
    counts = np.bincount(word_owner, minlength=n_texts)
    consts = _constants(seed, _DEFAULTS.num_perm, shingle_size)["shingle"]
    k = shingle_size
    n = max(words.size - k + 1, 0)
    combined = np.zeros(n, dtype=np.uint64)
    for j in range(k):  # k vector operations, each over all shingles of all texts
        combined += words[j : j + n] * consts[j]
    # A shingle belongs to a text when its first and last words do.
    valid = word_owner[:n] == word_owner[k - 1 : k - 1 + n]
    hashes = (_splitmix64(combined[valid]) >> np.uint64(32)).astype(np.uint64)
    keyed = (word_owner[:n][valid].astype(np.uint64) << np.uint64(32)) | hashes
    keyed.sort()  # by text, then hash; a plain sort beats np.unique's hash table here
    if keyed.size:
        keyed = keyed[np.concatenate(([True], keyed[1:] != keyed[:-1]))]
    bounds = np.searchsorted(keyed >> np.uint64(32), np.arange(n_texts + 1, dtype=np.uint64))
    values = (keyed & np.uint64(0xFFFFFFFF)).astype(np.uint32)
    out = [values[bounds[i] : bounds[i + 1]] for i in range(n_texts)]
    # A text shorter than one shingle is a single shingle of all its words (rare: a loop is fine).
    first_word = np.concatenate(([0], np.cumsum(counts)))
    for i in np.flatnonzero((counts > 0) & (counts < k)).tolist():
        m = int(counts[i])
        part = words[first_word[i] : first_word[i] + m]
        single = (part * consts[:m]).sum(dtype=np.uint64)
        out[i] = (_splitmix64(np.array([single], dtype=np.uint64)) >> np.uint64(32)).astype(np.uint32)
    return out


# A text longer than this (characters) is fingerprinted in pieces: the vectorised pass holds about 55 bytes per
# character at once (a 60 MB text file: 3.2 GB), a piece of this size about 110 MB, and the words ~1.5 bytes each.
LONG_TEXT = 1 << 21
_SHINGLE_CHUNK = 1 << 22  # shingles hashed at once from the words of a long text


def _long_text_shingles(text: str, shingle_size: int, seed: int, version: int) -> np.ndarray:
    """`_batch_shingles` of one long text, exactly, in bounded memory: its words are hashed piece by piece, each
    piece cut at white space (which no word holds, so every word is whole in one piece), and the shingles are
    hashed from the joined words a chunk at a time."""
    import numpy as np

    from ..arrays import unique

    pieces: list[np.ndarray] = []
    figures: list[np.ndarray] = []
    days: list[np.ndarray] = []
    start, n = 0, len(text)
    while start < n:
        end = min(start + LONG_TEXT, n)
        if end < n:
            cut = max(text.rfind(c, start + 1, end) for c in " \n\t")
            end = cut if cut > start else n  # no white space to cut at: the rest in one piece
        codes, is_word, _ = _batch_code_points([text[start:end]], version)
        words, starts = _word_hashes(codes, is_word, seed, _cjk_mask(codes) if version >= 2 else None,
                                     split_figures=version >= 3)
        pieces.append(words)
        if version >= 3:
            figure, day = _Figures(codes, starts).every()
            figures.append(figure)
            days.append(day)
        start = end
    words = np.concatenate(pieces) if pieces else np.zeros(0, dtype=np.uint64)
    if version >= 3 and words.size:
        # Folded once over all the pieces' words: the two-word rules hold across a cut.
        words, _ = _fold_house_styles(words, np.zeros(words.size, dtype=np.int64),
                                      _KnownFigures(np.concatenate(figures), np.concatenate(days)), seed)
    k = shingle_size
    consts = _constants(seed, _DEFAULTS.num_perm, shingle_size)["shingle"]
    if words.size < k:  # a text shorter than one shingle is a single shingle of all its words
        if not words.size:
            return np.zeros(0, dtype=np.uint32)
        single = (words * consts[: words.size]).sum(dtype=np.uint64)
        return (_splitmix64(np.array([single], dtype=np.uint64)) >> np.uint64(32)).astype(np.uint32)
    n_shingles = words.size - k + 1
    found = []
    for first in range(0, n_shingles, _SHINGLE_CHUNK):
        m = min(_SHINGLE_CHUNK, n_shingles - first)
        combined = np.zeros(m, dtype=np.uint64)
        for j in range(k):
            combined += words[first + j : first + j + m] * consts[j]
        found.append(unique((_splitmix64(combined) >> np.uint64(32)).astype(np.uint32)))
    return unique(np.concatenate(found))


def shingle_hashes(text: str, *, shingle_size: int = _DEFAULTS.shingle_size, seed: int = _DEFAULTS.seed,
                   version: int = FINGERPRINT_VERSION) -> np.ndarray:
    """Sorted unique 32-bit hashes of the word shingles of `text` (empty if it has no words; words as
    `normalise_words` reads them in fingerprint `version`).

    A text shorter than one shingle is a single shingle of all its words.
    """
    return _batch_shingles([text], shingle_size, seed, version)[0]


def minhash_signature(
    shingles: np.ndarray, *, num_perm: int = _DEFAULTS.num_perm, seed: int = _DEFAULTS.seed
) -> np.ndarray:
    """MinHash signature of a shingle set: `num_perm` uint32 minima of h(x) = (a * x + b) mod 2**32, a odd.

    Each h is a bijection of the 32-bit values; the shingle hashes are already well mixed (splitmix64), so
    32-bit affine maps estimate Jaccard without bias (tests/test_fingerprint.py) at half the cost of 64-bit
    arithmetic. All shingles and permutations are evaluated at once.
    """
    return minhash_signatures([shingles], num_perm, seed)[0]


def minhash_signatures(sets: Sequence[np.ndarray], num_perm: int, seed: int) -> np.ndarray:
    """MinHash signatures of several non-empty sets of well-mixed 32-bit hashes, one row each (uint32)."""
    import numpy as np

    consts = _constants(seed, num_perm, _DEFAULTS.shingle_size)
    a, b = consts["perm_a"].astype(np.uint32)[:, None], consts["perm_b"].astype(np.uint32)[:, None]
    out = np.empty((len(sets), num_perm), dtype=np.uint32)
    sizes = [s.size for s in sets]
    # Groups of sets up to ~8k shingles: the (num_perm x group) temporary (4 MB) stays in the CPU caches.
    budget, i = 8192, 0
    while i < len(sets):
        j, total = i, 0
        while j < len(sets) and (j == i or total + sizes[j] <= budget):
            total += sizes[j]
            j += 1
        if j == i + 1 and sizes[i] > budget:  # one very long document: reduce it in slices
            signature = np.full(num_perm, np.iinfo(np.uint32).max, dtype=np.uint32)
            for start in range(0, sizes[i], budget):
                values = np.multiply.outer(a[:, 0], sets[i][start : start + budget].astype(np.uint32))
                values += b
                np.minimum(signature, values.min(axis=1), out=signature)
            out[i] = signature
        else:
            x = np.concatenate(sets[i:j]).astype(np.uint32, copy=False)
            values = np.multiply.outer(a[:, 0], x)
            values += b
            offsets = np.concatenate(([0], np.cumsum(sizes[i : j - 1]))).astype(np.intp)
            # Permutations along rows; each set's columns are contiguous, so one reduceat takes every minimum.
            out[i:j] = np.minimum.reduceat(values, offsets, axis=1).T
        i = j
    return out


def band_keys(signature: np.ndarray, bands: int, rows: int, *, seed: int = _DEFAULTS.seed) -> np.ndarray:
    """One int64 key per band, hashing the band's number and its `rows` signature values."""
    return lsh_band_keys(signature[None, :], bands, rows, seed)[0]


def lsh_band_keys(signatures: np.ndarray, bands: int, rows: int, seed: int) -> np.ndarray:
    """One int64 key per document and band (shape: documents x bands); equal keys share an LSH bucket."""
    import numpy as np

    consts = _constants(seed, signatures.shape[1], _DEFAULTS.shingle_size)["band"]
    values = signatures[:, : bands * rows].astype(np.uint64).reshape(-1, bands, rows)
    multipliers = consts[: bands * rows].reshape(bands, rows)
    combined = (values * multipliers).sum(axis=2, dtype=np.uint64)
    combined += np.arange(bands, dtype=np.uint64) * np.uint64(0x9E3779B97F4A7C15)
    return _splitmix64(combined).view(np.int64)


def fingerprint_text(text: str, params: FingerprintParams | None = None) -> Fingerprint:
    """Fingerprint a (cleaned) text.

    Args:
        text: the document body, boilerplate already removed.
        params: fingerprint parameters; defaults to `FingerprintParams()`.

    Returns:
        The document's Fingerprint.

    Raises:
        ValueError: the text has no words.
    """
    (fp,) = fingerprint_texts([text], params)
    if fp is None:
        raise ValueError("no words to fingerprint")
    return fp


def fingerprint_texts(
    texts: Sequence[str], params: FingerprintParams | None = None, *, bands_rows: tuple[int, int] | None = None
) -> list[Fingerprint | None]:
    """Fingerprint many texts at once (one vectorised pass; much faster per text than one at a time).

    Args:
        texts: cleaned document bodies.
        params: fingerprint parameters; defaults to `FingerprintParams()`.
        bands_rows: the LSH (bands, rows) when already known (an index stores them), instead of deriving them.

    Returns:
        One Fingerprint per text, or None for a text with no words; identical to `fingerprint_text` of each.
    """
    import numpy as np

    params = params or FingerprintParams()
    if not texts:
        return []
    if params.version < 2 and not _SAID_CLAUSE_READING and any(map(has_cjk, texts)):
        # A rewrite in Chinese or Japanese shares few clauses with its source, however many characters it shares.
        _SAID_CLAUSE_READING.append(True)
        logger.warning("this index (fingerprint version %d) reads Chinese and Japanese by clause, so their "
                       "near-duplicates that are not copies may be missed; an index made anew reads them by character",
                       params.version)
    # Groups of ~256k characters: big enough to amortise numpy's per-call cost over many texts, small enough
    # that the temporaries stay in the CPU caches.
    sets: list[np.ndarray] = []
    group: list[str] = []
    size = 0
    for text in texts:
        group.append(text)
        size += len(text)
        if size >= 65536:
            sets += _batch_shingles(group, params.shingle_size, params.seed, params.version)
            group, size = [], 0
    if group:
        sets += _batch_shingles(group, params.shingle_size, params.seed, params.version)
    present = [i for i, s in enumerate(sets) if s.size]
    out: list[Fingerprint | None] = [None] * len(texts)
    if not present:
        return out
    signatures = minhash_signatures([sets[i] for i in present], params.num_perm, params.seed)
    bands, rows = bands_rows or lsh_bands(params)
    keys = lsh_band_keys(signatures, bands, rows, params.seed)
    for row, i in enumerate(present):
        shingles = sets[i]
        digest = hashlib.sha256(shingles.astype("<u4", copy=False).tobytes()).hexdigest()
        out[i] = Fingerprint(shingles=shingles, signature=signatures[row], band_keys=np.ascontiguousarray(keys[row]),
                             digest=digest)
    return out


def intersection_size(a: np.ndarray, b: np.ndarray) -> int:
    """Size of the intersection of two sorted unique arrays."""
    import numpy as np

    if a.size == 0 or b.size == 0:
        return 0
    if a.size > b.size:
        a, b = b, a
    where = np.searchsorted(b, a)
    where[where == b.size] = 0
    return int(np.count_nonzero(b[where] == a))


# Membership tests against a query's shingles use a direct-mapped table of 2**16 slots (256 kB): a lookup per
# value instead of a binary search, ~5x faster. Queries with more shingles than this use the binary search.
_SLOT_BITS = 16
_TABLE_MAX = 1 << (_SLOT_BITS - 3)


def contained(query: np.ndarray, values: np.ndarray, value_slots: np.ndarray | None = None) -> np.ndarray:
    """Which of `values` (uint32) are in `query` (sorted unique uint32, non-empty): a boolean array, exact.
    `value_slots` is `values & 0xFFFF` when the caller has it already."""
    import numpy as np

    if query.size > _TABLE_MAX:
        where = np.searchsorted(query, values)
        where[where == query.size] = 0
        return query[where] == values
    mask = np.uint32((1 << _SLOT_BITS) - 1)
    slots = query & mask
    # Empty slots hold a value whose own slot is taken (query[0]'s), so no value can match an empty slot.
    table = np.full(1 << _SLOT_BITS, query[0] ^ np.uint32(0x80000000), dtype=np.uint32)
    table[slots] = query
    stored = table[slots] == query
    if value_slots is None:
        value_slots = (values & mask).astype(np.intp)
    hit = np.take(table, value_slots) == values
    if not stored.all():
        # Query values that lost their slot to another one with the same low bits: looked up exactly.
        crowded = np.zeros(1 << _SLOT_BITS, dtype=bool)
        crowded[slots[~stored]] = True
        check = np.flatnonzero(crowded[value_slots] & ~hit)
        if check.size:
            hit[check] = np.isin(values[check], query[~stored])
    return hit


class ShingleSets:
    """Many shingle sets laid end to end, to compare queries with all of them at once (`similarities`)."""

    def __init__(self, sets: Sequence[np.ndarray]):
        import numpy as np

        self.sizes = np.fromiter((s.size for s in sets), dtype=np.int64, count=len(sets))
        self.offsets = np.zeros(self.sizes.size, dtype=np.int64)
        np.cumsum(self.sizes[:-1], out=self.offsets[1:])
        self.values = np.concatenate(sets) if sets else np.zeros(0, dtype=np.uint32)
        # Table indices as intp once, not converted by every lookup.
        self.slots = (self.values & np.uint32((1 << _SLOT_BITS) - 1)).astype(np.intp)


def similarities(query: np.ndarray, others: Sequence[np.ndarray] | ShingleSets, *,
                 min_size_ratio: float = _DEFAULTS.min_size_ratio) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """`similarity(query, other)` for many others at once: arrays of (jaccard, containment, similarity), equal to
    the one-pair function's values. All sets are sorted unique uint32 arrays, none empty; `others` may be laid out
    once (`ShingleSets`) for several queries with the same candidates."""
    import numpy as np

    sets = others if isinstance(others, ShingleSets) else ShingleSets(others)
    sizes = sets.sizes
    if not sizes.size:
        empty = np.zeros(0)
        return empty, empty, empty
    hit = contained(query, sets.values, sets.slots)
    common = np.add.reduceat(hit, sets.offsets, dtype=np.int64)
    jaccard = common / (query.size + sizes - common)
    small, large = np.minimum(sizes, query.size), np.maximum(sizes, query.size)
    containment = common / small
    decisive = np.where(small >= min_size_ratio * large, np.maximum(jaccard, containment), jaccard)
    return jaccard, containment, decisive


@dataclass(frozen=True)
class Similarity:
    """How alike two shingle sets are; all values in [0, 1].

    Attributes:
        jaccard: |A & B| / |A | B| (resemblance).
        containment: |A & B| / min(|A|, |B|): how much of the smaller document is in the larger.
        similarity: the decision value: the larger of jaccard and containment, where containment counts only when
            the smaller set holds at least `min_size_ratio` of the larger.
    """

    jaccard: float
    containment: float
    similarity: float


def similarity(a: np.ndarray, b: np.ndarray, *, min_size_ratio: float = _DEFAULTS.min_size_ratio) -> Similarity:
    """Exact similarity of two sorted unique shingle sets (see `Similarity`)."""
    if a.size == 0 or b.size == 0:
        return Similarity(0.0, 0.0, 0.0)
    common = intersection_size(a, b)
    small, large = sorted((a.size, b.size))
    jaccard = common / (a.size + b.size - common)
    containment = common / small
    decisive = max(jaccard, containment) if small >= min_size_ratio * large else jaccard
    return Similarity(jaccard, containment, decisive)
