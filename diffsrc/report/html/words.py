"""Word-level changes inside aligned sentences and altered quotes, shown with <del> and <ins>.

The changes are the report's own word-level edit scripts: `alignments[].diff` and the altered quotes' `diff`, both
written by `pair.findings.diff.word_diff`. A report made without findings (`CompareOptions(findings=False)`) has
none, so the page runs that same `word_diff`: one engine, with its normal form (case, quote marks and spelling
variants are not changes) and its size bound, whichever way the report was made.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from ...pair.findings.diff import join_words, space_between, word_diff, word_tokens
from .page import changed_words, esc

Runs = list[list[tuple[str, str]]]  # per sentence: (op, words) with op `same`, `del` (source) or `ins` (target)


def word_runs(diff: Sequence[Mapping[str, Any]] | None, source_texts: Sequence[str],
              target_texts: Sequence[str]) -> tuple[Runs, Runs]:
    """Each sentence of an aligned group as runs of (op, words), for both sides.

    Args:
        diff: the report's edit script over the group's joined sentences, or None when the report has none.
        source_texts: the group's source sentences.
        target_texts: the group's target sentences.

    Returns:
        Per side, per sentence, the runs in reading order. The script is cut back into the sentences it spans, so a
        sentence split in two or two merged into one still show their changes word by word. A script that does
        not cover exactly these sentences' words (a hand-made report) is replaced by `word_diff`'s own.
    """
    runs = _cut(diff, source_texts, target_texts)
    if runs is None:
        runs = _cut(word_diff(" ".join(source_texts), " ".join(target_texts)), source_texts, target_texts)
        assert runs is not None  # word_diff keeps every word of both texts, in order
    return runs


def render_runs(runs: list[tuple[str, str]], within: str = "") -> str:
    """One sentence's runs as HTML: kept words as text, deleted ones in <del>, inserted ones in <ins>, each
    announced as such to a screen reader (`page.changed_words`); `within`: the `lang` attribute of the text the
    runs are put in."""
    out: list[str] = []
    for n, (op, text) in enumerate(runs):
        if n:
            out.append(space_between(runs[n - 1][1], text))
        if op in ("ins", "del"):
            out.append(changed_words(op, esc(text), within=within))
        else:
            out.append(esc(text))
    return "".join(out)


def _cut(diff: Sequence[Mapping[str, Any]] | None, source_texts: Sequence[str],
         target_texts: Sequence[str]) -> tuple[Runs, Runs] | None:
    """The script's words, marked kept or changed, cut into each side's sentences; None when they do not fit."""
    if diff is None:
        return None
    src: list[tuple[str, str]] = []
    tgt: list[tuple[str, str]] = []
    for item in diff:
        same = item.get("op") == "equal"
        src += [("same" if same else "del", w) for w in word_tokens(item.get("source") or "")]
        tgt += [("same" if same else "ins", w) for w in word_tokens(item.get("target") or "")]
    src_runs, tgt_runs = _per_sentence(src, source_texts), _per_sentence(tgt, target_texts)
    if src_runs is None or tgt_runs is None:
        return None
    return src_runs, tgt_runs


def _per_sentence(words: list[tuple[str, str]], texts: Sequence[str]) -> Runs | None:
    """A side's marked words cut back into its sentences and merged into runs; None when the counts differ."""
    counts = [len(word_tokens(t)) for t in texts]
    if sum(counts) != len(words):
        return None
    out: Runs = []
    position = 0
    for count in counts:
        # A run's words are gathered, then joined once: adding word by word to one string was quadratic (a
        # 4.7 MB sentence with no full stop took nine minutes to render).
        gathered: list[tuple[str, list[str]]] = []
        for op, word in words[position:position + count]:
            if gathered and gathered[-1][0] == op:
                gathered[-1][1].append(word)
            else:
                gathered.append((op, [word]))
        out.append([(op, join_words(run)) for op, run in gathered])
        position += count
    return out
