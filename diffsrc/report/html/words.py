"""Word-level changes inside aligned sentences, as runs of kept, deleted and inserted words shown with <del>/<ins>.

The runs come from the report's own edit script of a group of aligned sentences (findings/diff.py); when it has
none they are computed here.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from .page import esc

_WORD = re.compile(r"\S+")

Runs = list[list[tuple[str, str]]]  # per sentence: (op, words) with op `same`, `del` (source) or `ins` (target)


def _word_key(word: str) -> str:
    """Words compare in the project's normal form, so case, quote style and spelling variants are not changes."""
    from ...text.segment import surface_tokens

    return " ".join(surface_tokens(word))


def word_runs(source_texts: Sequence[str], target_texts: Sequence[str]) -> tuple[Runs, Runs]:
    """Each sentence of an aligned group as runs of (op, words), computed here when the report has no `diff`.

    The words of all sentences on a side are compared as one sequence (rapidfuzz `Indel.opcodes` over word tokens
    in normal form, as the findings' `diff` does), so a sentence split in two or two merged into one still lines
    up word by word.
    """
    from rapidfuzz.distance import Indel

    src = [w for t in source_texts for w in _WORD.findall(t)]
    tgt = [w for t in target_texts for w in _WORD.findall(t)]
    src_ops = ["same"] * len(src)
    tgt_ops = ["same"] * len(tgt)
    for op in Indel.opcodes([_word_key(w) for w in src], [_word_key(w) for w in tgt]):
        if op.tag != "equal":
            src_ops[op.src_start:op.src_end] = ["del"] * (op.src_end - op.src_start)
            tgt_ops[op.dest_start:op.dest_end] = ["ins"] * (op.dest_end - op.dest_start)
    src_runs = _split_runs(list(zip(src_ops, src, strict=True)), source_texts)
    tgt_runs = _split_runs(list(zip(tgt_ops, tgt, strict=True)), target_texts)
    assert src_runs is not None and tgt_runs is not None  # same tokenisation, so the counts always add up
    return src_runs, tgt_runs


def _split_runs(words: list[tuple[str, str]], texts: Sequence[str]) -> Runs | None:
    """Per-word ops of a side's joined text, cut back into its sentences and merged into runs.

    None when the words do not add up to the sentences' words (a `diff` from some other tokenisation).
    """
    counts = [len(_WORD.findall(t)) for t in texts]
    if sum(counts) != len(words):
        return None
    out: Runs = []
    position = 0
    for count in counts:
        runs: list[tuple[str, str]] = []
        for op, word in words[position:position + count]:
            if runs and runs[-1][0] == op:
                runs[-1] = (op, runs[-1][1] + " " + word)
            else:
                runs.append((op, word))
        out.append(runs)
        position += count
    return out


def render_runs(runs: list[tuple[str, str]]) -> str:
    parts = []
    for op, text in runs:
        if op == "ins":
            parts.append(f"<ins>{esc(text)}</ins>")
        elif op == "del":
            parts.append(f"<del>{esc(text)}</del>")
        else:
            parts.append(esc(text))
    return " ".join(parts)


def runs_from_diff(diff: Any, source_texts: Sequence[str], target_texts: Sequence[str]) -> tuple[Runs, Runs] | None:
    """Runs from the report's own `diff` on an alignment, so the page shows exactly what the report says.

    The `diff` is a list of `{"op": equal|delete|insert|replace, "source": words, "target": words}` runs over the
    group's joined sentences (findings/diff.py). None when it is absent or not of that shape: `word_runs` then
    computes the same picture.
    """
    if not isinstance(diff, list) or not diff:
        return None
    src: list[tuple[str, str]] = []
    tgt: list[tuple[str, str]] = []
    for item in diff:
        if not isinstance(item, Mapping):
            return None
        op, a, b = item.get("op"), item.get("source") or "", item.get("target") or ""
        if op not in ("equal", "delete", "insert", "replace") or not isinstance(a, str) or not isinstance(b, str):
            return None
        src += [("same" if op == "equal" else "del", w) for w in _WORD.findall(a)]
        tgt += [("same" if op == "equal" else "ins", w) for w in _WORD.findall(b)]
    src_runs, tgt_runs = _split_runs(src, source_texts), _split_runs(tgt, target_texts)
    if src_runs is None or tgt_runs is None:
        return None
    return src_runs, tgt_runs

