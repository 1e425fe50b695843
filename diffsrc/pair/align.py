"""Which sentences of the other document a derived sentence comes from: links, both ways, and alignment groups.

Rewrites reorder, split, merge and compress, so nothing here assumes the two texts run in the same order. A
derived sentence is linked to every sentence of the other document whose link score (`Evidence.cover`: the share
of its content that sentence holds) is at least `link_rel` times its best candidate's and at least `link_floor`, best
first, at most `link_max`: a one-to-one rewrite has one clear best and keeps one link; a sentence fusing two or
three sentences (a merge, a summary sentence) has several candidates near the best and keeps them all. A sentence
that is the same words as sentences of the other document is linked to those.

Both sides are read, and one set of links comes out, the same from either side. Whether a target sentence
derives from the source is decided by its own evidence (a target sentence to the source sentences that hold its
content: the labels fitted on METER and SPARK). A source sentence whose content a derived target sentence holds
(the backward evidence) adds that link too; its content found only in target sentences of the target's own
(`added`) adds nothing. The links are then mirrored: a source sentence's targets are exactly the target sentences
linked to it, so a long source sentence condensed into a short one is used, not `omitted`, and no source sentence
points at an `added` sentence. The target is the side explained, so swapping the documents is not a mirror image
(a summary sentence fusing three source sentences is derived; each of those three, as a target, may not be).
Target sentences that draw on the same set of source sentences form one alignment group (a split).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np

from ..settings import DEFAULT_OPTIONS, CompareOptions
from ..text.features import SentenceFeatures
from .score import Evidence


@dataclass
class AlignmentGroup:
    source: list[int]
    target: list[int]
    label: str
    score: float


def choose(scores: np.ndarray, *, rel: float, floor: float, k: int) -> list[int]:
    """The candidates of one sentence: at least `rel` of the best score and at least `floor`, best first, at most k.

    The best candidate is always chosen when it shares anything at all.
    """
    if not scores.size:
        return []
    order = np.argsort(-scores, kind="stable")[:k]
    best = float(scores[order[0]])
    if best <= 0.0:
        return []
    cut = max(rel * best, floor)
    return [int(j) for j in order if scores[j] >= cut] or [int(order[0])]


def one_way_links(evidence: Evidence, derived: np.ndarray, *, options: CompareOptions = DEFAULT_OPTIONS,
                  tie_break: np.ndarray | None = None) -> list[list[int]]:
    """For each row sentence of `evidence` marked derived, the column sentences it is linked to ([] otherwise).

    Candidates are ranked by their link score; `tie_break` (rows, columns) ranks those scoring the same: "The case
    continues." holds as much of "... details of criminal cases ..." as of "The case was adjourned until Thursday.",
    and the one whose own content it holds most of comes first (the link is to the stock line, not to the wire's
    longest sentence with "case" in it)."""
    n_rows, n_columns = evidence.shape
    out: list[list[int]] = [[] for _ in range(n_rows)]
    if not n_columns:
        return out
    cover = evidence.cover
    if tie_break is None:
        order = (-cover).argsort(axis=1, kind="stable")[:, :options.link_max]
    else:  # np.lexsort sorts by its last key first; scores equal to four places are a tie (float32 sums)
        order = np.lexsort((-tie_break, -np.round(cover, 4)), axis=1)[:, :options.link_max]
    best = cover[np.arange(n_rows), order[:, 0]]
    cut = np.maximum(options.link_rel * best, options.link_floor)
    # `choose`, for all rows at once: the best always, the others from the cut (compared as arrays, read as lists)
    above = (np.take_along_axis(cover, order, axis=1) >= cut[:, None]).tolist()
    ranked = order.tolist()
    same_rows = evidence.same.any(axis=1)
    for row in np.flatnonzero(derived).tolist():
        if same_rows[row]:
            out[row] = np.flatnonzero(evidence.same[row]).tolist()
        elif best[row] > 0:
            columns = ranked[row]
            out[row] = [columns[0]] + [s for s, kept in zip(columns[1:], above[row][1:], strict=True) if kept]
    return out


def link_from_both_sides(forward: Evidence, backward: Evidence, p_target: np.ndarray, p_source: np.ndarray, *,
                         options: CompareOptions = DEFAULT_OPTIONS) -> list[list[int]]:
    """The sources of each target sentence, closest first, read from both sides (the source side's are `mirrored`
    from them).

    A target sentence derived from the source (`derived` on the `forward` rows) is linked to its candidates, best
    first, a candidate after the best only when at least `link_back_floor` of its own content is in the target
    sentence or the two share a detail (`after_the_best`: a long source sentence that shares one word with a
    short target sentence is not its source); a
    source sentence the target retains (`backward` rows) is linked to its candidates among the derived target
    sentences, after those.
    """
    sources = one_way_links(forward, derived(forward, p_target, options=options), options=options,
                            tie_break=backward.cover.T)
    sources = [after_the_best(forward, backward, t, candidates, options) for t, candidates in enumerate(sources)]
    retained = one_way_links(backward, derived(backward, p_source, options=options), options=options)
    for s, ts in enumerate(retained):
        for t in ts:
            if sources[t] and s not in sources[t]:  # a target sentence the forward evidence calls added stays added
                sources[t].append(s)
    return sources


def after_the_best(forward: Evidence, backward: Evidence, row: int, candidates: list[int],
                   options: CompareOptions = DEFAULT_OPTIONS) -> list[int]:
    """A target sentence's candidates (best first) without those after the best that are not its sources: less than
    `link_back_floor` of their own content in it, and no detail shared (`_shares_a_detail`)."""
    return candidates[:1] + [s for s in candidates[1:] if backward.cover[s, row] >= options.link_back_floor
                             or _shares_a_detail(forward.rows[row], forward.columns[s])]


def _shares_a_detail(sentence: SentenceFeatures, candidate: SentenceFeatures) -> bool:
    """Whether a candidate holding less than `link_back_floor` of its own content in a sentence is still one of its
    sources: the two share two names or numbers (a defendant's name and age taken out of the wire's list of them:
    "Vicky Haswell, 25, of The Avenue, Seaham; Michelle Wilson, 36, ..." for "Vicky Haswell, 24, matron in
    charge, ...", where a changed age is a finding) or three words in a row (a clause copied out of a long
    sentence). One or two common words are not ("The case continues." and "... reinstated and continued working")."""
    if len(sentence.names & candidate.names) >= 2:
        return True
    trigrams = set(_trigrams(sentence.tokens))
    return any(trigram in trigrams for trigram in _trigrams(candidate.tokens))


def mirrored(links: Sequence[Sequence[int]], n_other: int) -> list[list[int]]:
    """The same links seen from the other side: for each of its `n_other` sentences, the sentences linked to it."""
    out: list[list[int]] = [[] for _ in range(n_other)]
    for row, columns in enumerate(links):
        for column in columns:
            out[column].append(row)
    return out


def derived(evidence: Evidence, p: np.ndarray, *, options: CompareOptions = DEFAULT_OPTIONS) -> np.ndarray:
    """Which row sentences of `evidence` derive from the other document: P(derived) reaches `derived_threshold`, and
    the sentence shares more than names and numbers with it.

    Names and numbers alone are not derivation (issue 13): a sentence whose best counterpart holds less than
    `min_common_cover` of its common (lower-case) content words is not derived whatever the model says (a long
    organisation's name copied word for word included). A sentence without common words (a headline in capitals,
    a line of names and scores) is left to the model, and one that is the same words as one of the other document
    is always derived. Sentences of a paper that copies the wire read as derived to the model (METER's
    wholly-derived papers have almost no sentences of their own); this keeps the paper's own sentence that only
    names the story's people and places added.
    """
    m = evidence.measures
    names_only = (m["c1_common"] < options.min_common_cover) & (m["n_common"] > 0)
    return ((p >= options.derived_threshold) & ~names_only) | evidence.same.any(axis=1)


def copied_in_order(sentence: SentenceFeatures, linked: Sequence[SentenceFeatures], *,
                    max_chars: int | None = None) -> float:
    """The share of a sentence's words copied in order from its linked sentences: THE VERBATIM RULE's measure.

    The words of the "equal" blocks of a word-level edit script (rapidfuzz Levenshtein opcodes over normal-form
    words) between the sentence and its linked sentences joined in their document's order. Words the sentence
    leaves out of its sources do not count against it (a trimmed copy is a copy); words it adds, changes or moves
    do. `max_chars` bounds the work: only the words within that many characters of each sentence's normal form
    are compared in order (`CompareOptions.max_sentence_chars`); a longer sentence also needs as large a share of
    its words inside word trigrams of its linked sentences, so a changed ending past the bound still counts.
    """
    if not linked or not sentence.key:
        return 0.0
    key = sentence.key
    if any(f.key == key for f in linked):  # the same words: a copy, however long
        return 1.0
    tokens = sentence.tokens  # split once: `tokens` splits the sentence's key on every read
    if max_chars is None or (len(key) <= max_chars and all(len(f.key) <= max_chars for f in linked)):
        # Every sentence within the bound (nearly all): nothing is clipped, and the linked words are split from
        # their keys joined, in C. (A key's words and the spaces between them are at most its length, so `_clip`
        # would keep them all.)
        return words_copied_in_order(tokens, " ".join(f.key for f in linked).split()) / len(tokens)
    linked_tokens = [f.tokens for f in linked]
    words = _clip(tokens, max_chars)
    clipped = [_clip(t, max_chars) for t in linked_tokens]
    share = words_copied_in_order(words, [w for ws in clipped for w in ws]) / len(words)
    if len(words) < len(tokens) or any(len(c) < len(t) for c, t in zip(clipped, linked_tokens, strict=True)):
        # Past the bound, the whole sentence still counts: its words in trigrams of the linked sentences.
        share = min(share, _trigram_share(sentence, linked))
    return share


def words_copied_in_order(words: Sequence[str], source: Sequence[str]) -> int:
    """How many of `words` stand in the "equal" blocks of a word-level edit script (rapidfuzz Levenshtein opcodes)
    against `source`: the count the verbatim rule divides by the sentence's length."""
    # The words the script's replaces and deletes do not touch are its equal blocks' (opcodes are made from these
    # edit operations): counted from the operations' tags, made in C, with no opcode read field by field.
    operations = _levenshtein().editops(words, source).as_list()
    return len(words) - len(operations) + [op[0] for op in operations].count("insert")


@lru_cache(maxsize=1)
def _levenshtein() -> Any:
    # rapidfuzz is imported when first needed (~80 ms of a cold start); the verbatim rule is read for every linked
    # sentence of every pair, and an import statement run each time costs more than this cached call.
    from rapidfuzz.distance import Levenshtein

    return Levenshtein


def _trigram_share(sentence: SentenceFeatures, linked: Sequence[SentenceFeatures]) -> float:
    """The share of a sentence's words inside word trigrams of the linked sentences (in any order)."""
    words = sentence.tokens
    if len(words) < 3:
        return 0.0
    grams = {g for f in linked for g in _trigrams(f.tokens)}
    covered = np.zeros(len(words), dtype=bool)
    for k, gram in enumerate(_trigrams(words)):
        if gram in grams:
            covered[k:k + 3] = True
    return float(covered.mean())


def _trigrams(words: list[str]) -> list[tuple[str, str, str]]:
    return list(zip(words, words[1:], words[2:], strict=False))


def _clip(tokens: list[str], max_chars: int | None) -> list[str]:
    # The words joined by single spaces, as the normal form holds them: within the bound, nothing to cut. (Twice
    # the word count is no such test: it is at most the length, so 200 long words passed a bound of 1000 whole.)
    if max_chars is None or sum(map(len, tokens)) + len(tokens) - 1 <= max_chars:
        return tokens
    total = 0
    for i, token in enumerate(tokens):
        total += len(token) + 1
        if total > max_chars + 1:
            return tokens[:i]
    return tokens


def group_alignments(target_links: Sequence[Sequence[int]], target_labels: Sequence[str],
                     scores: Sequence[float]) -> list[AlignmentGroup]:
    """Alignment groups in target order: target sentences with the same label drawing on the same set of source
    sentences share one group (a split: one source sentence rewritten, or trimmed, as two)."""
    groups: dict[tuple[str, tuple[int, ...]], AlignmentGroup] = {}
    for t, (sources, label, score) in enumerate(zip(target_links, target_labels, scores, strict=True)):
        if not sources or label not in ("verbatim", "paraphrased"):
            continue
        key = (label, tuple(sorted(sources)))
        if key in groups:
            groups[key].target.append(t)
            groups[key].score = max(groups[key].score, float(score))
        else:
            groups[key] = AlignmentGroup(list(key[1]), [t], label, float(score))
    return sorted(groups.values(), key=lambda g: (min(g.target), g.label != "verbatim", g.source))
