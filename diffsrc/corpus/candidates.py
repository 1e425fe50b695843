"""Candidate pairs for a corpus: which documents are worth aligning, without aligning all N² pairs.

Each document becomes a set of fingerprints: hashes of content-word trigrams (stemmed, function words dropped,
within a sentence), which survive light rewording, re-punctuation and other outlets' chrome. Chinese and Japanese,
written without spaces, are read one character at a time (`_cjk_tokens`). Two steps use them:

1. `group_near_duplicates`: copies of one text (a wire story reprinted by 50-500 outlets) are grouped first with
   MinHash and banded LSH (`index.fingerprint`, the package's one implementation), verified by the exact Jaccard
   similarity of their fingerprint sets.
   Only one representative per group is aligned in depth, so a big syndication cluster costs linear, not
   quadratic, time.
2. `candidate_pairs`: an inverted index from fingerprint to representatives. What everybody writes is no
   evidence of copying: stories on one beat share stock phrasing ("was remanded in custody", "said in a
   statement"), agency sign-offs and site menus, so a fingerprint held by many representatives is set aside
   (document frequency is counted over near-duplicate groups, not documents, so that a story reprinted 500
   times does not look like stock phrasing). Two representatives sharing enough rare fingerprints are a
   candidate pair; a common fingerprint pairs each holder with one anchor only (the holder with the most common
   fingerprints), kept on exact containment, so the rewrites and summaries of a story hundreds of outlets
   rewrote still meet it, in linear time. A derived pair never compared is a silent miss, so the rule was chosen
   on its recall against known truth (benchmarks/README.md, "Corpus mode on real news").

Everything here is deterministic: hashes are CRC-based (not Python's salted `hash`), and outputs are sorted.
"""

from __future__ import annotations

import re
import zlib
from array import array
from collections.abc import Sequence

import numpy as np

from .. import rx
from ..arrays import unique
from ..index.fingerprint import bands_for_recall, lsh_band_keys, minhash_signatures
from ..settings import CorpusOptions
from ..text.cjk import CJK_CHAR, cjk_words, has_cjk
from ..text.lexicon import stopwords
from ..text.segment import SENTENCE_CACHE_MAX_CHARS, SENTENCE_CACHE_SIZE, remember_short_texts

# Words are cut to their first letters instead of stemmed: much cheaper than Snowball, and it folds inflections
# and most British/American spellings (defence/defense) just the same for the purpose of finding candidates.
PREFIX_LETTERS = 8
_WORD = rx.compile(r"[^\W_]+", re.UNICODE)
# Content words per fingerprint. Trigrams of content words keep a quote or a reworded sentence findable (it keeps
# runs of three content words) while two articles on the same story rarely share many by chance.
SHINGLE_WORDS = 3
# MinHash permutations for grouping near-duplicates: few, because every collision is verified exactly; the bands
# are derived from the threshold so that two copies at the threshold collide with probability >= 0.99
# (`index.fingerprint.bands_for_recall`: 8 bands of 4 rows at 0.85).
MINHASH_PERMUTATIONS = 32
MINHASH_SEED = 20251022

# Chinese and Japanese put no spaces between words: `_WORD` would read a whole clause as one word, so a rewrite that
# changes one character per clause would share no fingerprint with its source, nor a reprint enough with its copy.
# Each Han or kana character is a token of its own instead (`text.cjk.cjk_words`, as the index reads them); a trigram
# of them spans about one or two words. Text without these characters is read as before.
# A line of fewer CJK tokens than this (a menu item 相关新闻, a credit 来源：新华社, a share prompt) is one fingerprint,
# as its Latin counterpart ("Related news": fewer content words than a trigram) is: counted character by character,
# a reprint's few chrome lines outweigh a short story's sentences and keep it out of its copies' near-duplicate group
# (the Chinese reprint in tests/fixtures/cjk/zh: Jaccard 0.845 to its agency copy with them, 0.885 as one each).
CJK_SHORT_LINE_TOKENS = 8
# Runs of two or more Han or katakana characters, whose character pairs stand in for a Chinese or Japanese text's
# rare words: names, places and nouns are written in them, Japanese grammar (particles, endings) in hiragana.
_HAN_OR_KATAKANA_RUN = rx.compile("[\u30a0-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{2,}")


def _hash64(text: str) -> int:
    data = text.encode("utf-8", "surrogatepass")
    return (zlib.crc32(data) << 32) | zlib.adler32(data)


def _content_words(text: str, stop: frozenset[str]) -> list[str]:
    """A sentence's words, lower-cased and without apostrophes, function words left out, in order."""
    return [w for w in _WORD.findall(text.lower().replace("’", "").replace("'", "")) if w not in stop]


def _cjk_tokens(text: str, stop: frozenset[str]) -> list[str]:
    """A sentence with Chinese or Japanese in it as tokens: each Han or kana character, and the content words (cut
    to their first letters) of the text between them, in order."""
    return [w if CJK_CHAR.match(w) else w[:PREFIX_LETTERS]
            for w in cjk_words(text.lower().replace("’", "").replace("'", ""))
            if w not in stop and (len(w) > 1 or w.isdigit() or CJK_CHAR.match(w))]


def sentence_shingles(texts: Sequence[str], *, width: int = SHINGLE_WORDS) -> np.ndarray:
    """The sorted, unique fingerprints (uint64) of a document's sentences."""
    hashes: set[int] = set()
    for text in texts:
        hashes.update(_sentence_shingles(text, width))
    return np.array(sorted(hashes), dtype=np.uint64)


def content_words(texts: Sequence[str]) -> np.ndarray:
    """The sorted, unique hashes (uint64) of a document's content words of four letters or more (cut to their first
    letters, as the fingerprints' words are; numbers and function words left out); in Chinese and Japanese, each two
    neighbouring Han or katakana characters."""
    words: set[int] = set()
    for text in texts:
        words.update(_sentence_content_words(text))
    return np.array(sorted(words), dtype=np.uint64)


# Both are read sentence by sentence, each distinct sentence once (`text.segment.remember_short_texts`); the
# hashes are kept packed, 8 bytes each.
@remember_short_texts(SENTENCE_CACHE_MAX_CHARS, SENTENCE_CACHE_SIZE)
def _sentence_shingles(text: str, width: int) -> array:
    stop = stopwords()
    if has_cjk(text):
        stems = _cjk_tokens(text, stop)
        if len(stems) < max(width, CJK_SHORT_LINE_TOKENS):
            return array("Q", [_hash64(" ".join(stems))] if len(stems) >= 2 else [])
    else:
        stems = [w[:PREFIX_LETTERS] for w in _content_words(text, stop) if len(w) > 1 or w.isdigit()]
    if len(stems) < width:
        # A short sentence (a two-word heading) is one fingerprint of its own, if it has two content words.
        return array("Q", [_hash64(" ".join(stems))] if len(stems) >= 2 else [])
    return array("Q", {_hash64(" ".join(stems[i:i + width])) for i in range(len(stems) - width + 1)})


@remember_short_texts(SENTENCE_CACHE_MAX_CHARS, SENTENCE_CACHE_SIZE)
def _sentence_content_words(text: str) -> array:
    cjk = has_cjk(text)
    words = {_hash64(w[:PREFIX_LETTERS]) for w in _content_words(CJK_CHAR.sub(" ", text) if cjk else text,
                                                                  stopwords())
             if len(w) >= 4 and not w.isdigit()}
    if cjk:
        words.update(_hash64(run[i:i + 2]) for run in _HAN_OR_KATAKANA_RUN.findall(text)
                     for i in range(len(run) - 1))
    return array("Q", words)


def jaccard(a: np.ndarray, b: np.ndarray) -> float:
    """Jaccard similarity of two sorted unique fingerprint arrays."""
    if not a.size or not b.size:
        return 0.0
    shared = np.intersect1d(a, b, assume_unique=True).size
    return shared / (a.size + b.size - shared)


class _UnionFind:
    def __init__(self, n: int):
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        ri, rj = self.find(i), self.find(j)
        if ri != rj:
            self.parent[max(ri, rj)] = min(ri, rj)


def group_near_duplicates(
    shingles: Sequence[np.ndarray], *, threshold: float = CorpusOptions.near_duplicate_threshold,
) -> list[list[int]]:
    """Groups of near-identical documents (indices into `shingles`), each sorted, groups sorted by first member.

    Every document is in exactly one group (most in a group of one). Work is linear in the number of documents
    plus the size of the LSH buckets: a bucket's members are checked against the few distinct groups already in it,
    never pairwise.
    """
    n = len(shingles)
    uf = _UnionFind(n)
    # Documents are visited in the order of their text (a hash of their fingerprints), not of their names: which
    # copy anchors a bucket decides the groups when similarity is not transitive (A~B, B~C, A!~C), and renaming the
    # files must not regroup them.
    present = sorted((i for i in range(n) if shingles[i].size),
                     key=lambda i: (zlib.crc32(shingles[i].tobytes()), shingles[i].size, i))
    if len(present) > 1:
        # The 64-bit fingerprints folded to the 32-bit values MinHash permutes (the exact check uses all 64 bits).
        folded = [(shingles[i] ^ (shingles[i] >> np.uint64(32))).astype(np.uint32) for i in present]
        signatures = minhash_signatures(folded, MINHASH_PERMUTATIONS, MINHASH_SEED)
        bands, rows = bands_for_recall(threshold, MINHASH_PERMUTATIONS)
        keys = lsh_band_keys(signatures, bands, rows, MINHASH_SEED)
        for band in range(bands):
            buckets: dict[int, list[int]] = {}
            for i, key in zip(present, keys[:, band].tolist(), strict=True):
                buckets.setdefault(key, []).append(i)
            for members in buckets.values():
                if len(members) < 2:
                    continue
                anchors: list[int] = []  # one member per distinct group seen in this bucket
                for i in members:
                    root = uf.find(i)
                    for anchor in anchors:
                        if uf.find(anchor) == root:
                            break
                        if jaccard(shingles[anchor], shingles[i]) >= threshold:
                            uf.union(anchor, i)
                            break
                    else:
                        anchors.append(i)
    groups: dict[int, list[int]] = {}
    for i in range(n):
        groups.setdefault(uf.find(i), []).append(i)
    return sorted(groups.values(), key=lambda g: g[0])


def rare_limit(n_sets: int, *, rare_share: float = CorpusOptions.rare_share, rare_min: int = CorpusOptions.rare_min,
               max_posting: int = CorpusOptions.max_posting) -> int:
    """The most sets a fingerprint may be in and still count as rare (evidence of copying) among `n_sets`."""
    return min(max_posting, max(rare_min, int(rare_share * n_sets)))


def _posting_runs(shingles: Sequence[np.ndarray]) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """The inverted index as arrays: documents sorted by fingerprint, and each fingerprint's run (start, length)."""
    n = len(shingles)
    lengths = np.array([s.size for s in shingles], dtype=np.int64)
    values = np.concatenate([s for s in shingles if s.size]) if lengths.sum() else np.zeros(0, np.uint64)
    docs = np.repeat(np.arange(n, dtype=np.int64), lengths)
    order = np.lexsort((docs, values))
    values, docs = values[order], docs[order]
    starts = np.flatnonzero(np.r_[True, values[1:] != values[:-1]]) if values.size else np.zeros(0, np.int64)
    run_lengths = np.diff(np.r_[starts, values.size])
    return docs, starts, run_lengths, lengths


def candidate_pairs(
    shingles: Sequence[np.ndarray], *,
    min_shared: int = CorpusOptions.min_shared,
    min_shared_share: float = CorpusOptions.min_shared_share,
    rare_share: float = CorpusOptions.rare_share,
    rare_min: int = CorpusOptions.rare_min,
    max_posting: int = CorpusOptions.max_posting,
    anchor_containment: float = CorpusOptions.anchor_containment,
    quote_shared: int = CorpusOptions.quote_shared,
    words: Sequence[np.ndarray] | None = None,
    word_max_df: int = CorpusOptions.word_max_df,
    word_min_shared: int = CorpusOptions.word_min_shared,
    word_min_share: float = CorpusOptions.word_min_share,
    compare_all_below: int = CorpusOptions.compare_all_below,
) -> list[tuple[int, int, int]]:
    """Pairs of documents worth aligning: (i, j, shared) with i < j, sorted; `shared` is the fingerprints that
    made the pair (its rare shared fingerprints, or all it shares for an anchor pair, or for a pair found by its
    words alone, its rare shared words).

    The sets are the near-duplicate groups' representatives, so a story reprinted 500 times counts once. A
    fingerprint in more than `rare_limit(len(shingles))` of them is stock text ("told the court", an agency
    sign-off, a site's menu): it is no evidence of copying. Two documents are a candidate when they share at
    least `min_shared` rare fingerprints, making up at least `min_shared_share` of the smaller one's rare set.
    A common fingerprint still pairs each holder with one anchor (the holder of the most common fingerprints,
    the fullest version of a widely reused text), kept when at least `anchor_containment` of the smaller
    document's fingerprints are in the other: the summaries and rewrites of a story that hundreds of outlets
    rewrote share only its common fingerprints, and meet it this way, in linear time.

    With `words` (`content_words` of each document), two documents that share at least `word_min_shared` words
    held by at most `word_max_df` documents, making up at least `word_min_share` of the smaller one's such words,
    are a candidate too: a paper that retells the wire in its own words, or a brief that condenses it, keeps the
    story's names, places and particular nouns but few runs of three content words.

    At most `compare_all_below` documents are every pair of them (`shared`: the fingerprints they share).

    The inverted index is built with numpy (sort by fingerprint, cut into posting runs), and pairs are counted
    per run length, so the cost is the number of (fingerprint, document) entries plus the rare co-occurrences.
    """
    n = len(shingles)
    if n < 2:
        return []
    if n <= compare_all_below:
        return [(i, j, int(np.intersect1d(shingles[i], shingles[j], assume_unique=True).size))
                for i in range(n) for j in range(i + 1, n)]
    docs, starts, run_lengths, sizes = _posting_runs(shingles)
    if not docs.size:
        return []
    limit = rare_limit(n, rare_share=rare_share, rare_min=rare_min, max_posting=max_posting)
    common_entry = np.repeat(run_lengths > limit, run_lengths)
    common_count = np.bincount(docs[common_entry], minlength=n)
    rare_size = sizes - common_count
    anchor_keys: list[np.ndarray] = []
    # The anchor of a common fingerprint: its holder with the most common fingerprints, then the most fingerprints.
    weight = common_count * (int(sizes.max()) + 1) + sizes
    for length in unique(run_lengths[run_lengths > limit]):
        run_starts = starts[run_lengths == length]
        members = docs[run_starts[:, None] + np.arange(length)[None, :]]  # (runs, length), ascending doc ids
        anchors = members[np.arange(members.shape[0]), np.argmax(weight[members], axis=1)]
        others = members[members != anchors[:, None]].reshape(members.shape[0], -1)
        lo = np.minimum(others, anchors[:, None])
        hi = np.maximum(others, anchors[:, None])
        anchor_keys.append((lo * n + hi).ravel())
    found: dict[int, int] = {}
    rare_keys = _co_occurrences(docs, starts, run_lengths, n, limit)
    if rare_keys.size:
        pair_keys, counts = np.unique(rare_keys, return_counts=True)
        smaller = np.minimum(rare_size[pair_keys // n], rare_size[pair_keys % n])
        keep = (counts >= min_shared) & ((counts >= min_shared_share * smaller) | (counts >= quote_shared))
        found = dict(zip(pair_keys[keep].tolist(), counts[keep].tolist(), strict=True))
    if words is not None:
        for key, count in _rare_word_pairs(words, word_max_df, word_min_shared, word_min_share).items():
            found.setdefault(key, count)
    if anchor_keys:
        for key in unique(np.concatenate(anchor_keys)).tolist():
            if key in found:
                continue
            i, j = divmod(key, n)
            shared = np.intersect1d(shingles[i], shingles[j], assume_unique=True).size
            if shared >= min_shared and shared >= anchor_containment * min(sizes[i], sizes[j]):
                found[key] = shared
    return [(k // n, k % n, c) for k, c in sorted(found.items())]


def _co_occurrences(docs: np.ndarray, starts: np.ndarray, run_lengths: np.ndarray, n: int, most: int) -> np.ndarray:
    """Pair keys (i * n + j, i < j) of every two documents in one posting run of 2 to `most` documents, once per
    run they share."""
    keys = []
    for length in unique(run_lengths):
        if length < 2 or length > most:
            continue
        run_starts = starts[run_lengths == length]
        members = docs[run_starts[:, None] + np.arange(length)[None, :]]  # (runs, length), ascending doc ids
        left, right = np.triu_indices(int(length), k=1)
        keys.append((members[:, left] * n + members[:, right]).ravel())
    return np.concatenate(keys) if keys else np.zeros(0, dtype=np.int64)


def _rare_word_pairs(words: Sequence[np.ndarray], most: int, min_shared: int, min_share: float) -> dict[int, int]:
    """Pair key -> rare words shared, for the pairs whose rare words (held by at most `most` documents) pass."""
    n = len(words)
    docs, starts, run_lengths, _ = _posting_runs(words)
    if not docs.size:
        return {}
    rare_entry = np.repeat(run_lengths <= most, run_lengths)
    rare_size = np.bincount(docs[rare_entry], minlength=n)
    pair_keys, counts = np.unique(_co_occurrences(docs, starts, run_lengths, n, most), return_counts=True)
    smaller = np.minimum(rare_size[pair_keys // n], rare_size[pair_keys % n])
    keep = (counts >= min_shared) & (counts >= min_share * smaller)
    return dict(zip(pair_keys[keep].tolist(), counts[keep].tolist(), strict=True))


__all__ = ["candidate_pairs", "content_words", "group_near_duplicates", "jaccard", "rare_limit", "sentence_shingles"]
