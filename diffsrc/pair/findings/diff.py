"""Word-level edit scripts between two texts: what a rewrite deleted, inserted and replaced, word by word.

The script is rapidfuzz's `Indel.opcodes` over word tokens, with each delete next to an insert joined into one
`replace`. Chinese and Japanese, written without spaces, are compared character by character (each Han or kana
character a token, as the cleaning counts words), so a reworded quotation shows only the characters that changed.
Words are compared in `segment.surface_tokens` normal form, so case, punctuation, quote style, thousands
separators, spelling variants (defence/defense, U.S./US) and hyphenated prefixes (re-trial/retrial) are `equal`,
not edits; each entry keeps the words as each text writes them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from ... import rx
from ...text.cjk import has_cjk
from ...text.lexicon import CARDINAL_WORDS, CJK_CHARS
from ...text.segment import SENTENCE_CACHE_MAX_CHARS, SENTENCE_CACHE_SIZE, remember_short_texts, surface_tokens

# A word: a Chinese or Japanese character on its own, else a run of other characters up to a space.
_CJK_WORD = rf"[{CJK_CHARS}]|[^\s{CJK_CHARS}]+"
# Characters of scripts written without spaces, with their punctuation and full-width forms: no space is put back
# between two of them when runs are joined.
_UNSPACED = rx.compile(rf"[{CJK_CHARS}\u3000-\u303f\uff00-\uffef]")
# An exact edit script costs source words x target words, in time and in memory (a bit matrix: 200M cells ~ 25 MB).
# Past that (two "sentences" of 15k words and more, never news prose), the texts' common start and end are `equal`
# runs and everything between them one `replace`: still a valid script, only coarser.
MAX_DIFF_CELLS = 200_000_000


@lru_cache(maxsize=65536)
def _key(token: str) -> str:
    # Pure punctuation ("—", "|") has no normal-form words: it compares equal to any other pure punctuation.
    words = surface_tokens(token, close_prefixes=True)
    if words and words[0] in CARDINAL_WORDS:
        words = _as_digits(words)
    return " ".join(words)


def _as_digits(words: list[str]) -> list[str]:
    """A word's normal-form parts with the count it starts with as digits ("forty five year old" -> "45 year old").

    A radio script writes "The twenty-four-year-old denies murder" for the wire's "The 24-year-old denies murder":
    compared as words, the age and the verb beside it were one edit, and "denies" -> "admits" next to the age
    was no reversal (a broadcast desk's re-test); every age and count was an edit of its own in the diff shown."""
    value = CARDINAL_WORDS[words[0]]
    rest = 1
    if 20 <= value and value % 10 == 0 and len(words) > 1 and CARDINAL_WORDS.get(words[1], 10) < 10:
        value += CARDINAL_WORDS[words[1]]  # "forty five": a ten and a unit
        rest = 2
    return [str(value), *words[rest:]]


def word_tokens(text: str) -> list[str]:
    """The whitespace-separated words of a text, punctuation attached, as the text writes them; Chinese and
    Japanese characters one by one."""
    if text.isascii() or not has_cjk(text):
        # `str.split` and the pattern's `\s` are the same whitespace (Py_UNICODE_ISSPACE): the same words, in C
        # without a regular expression (a compare splits some 120 texts: this was 7% of its time).
        return text.split()
    return re.findall(_CJK_WORD, text)


def space_between(left: str, right: str) -> str:
    """What stands between two runs of words when they are joined: a space, or nothing between two Chinese or
    Japanese characters (or their punctuation)."""
    if left and right and _UNSPACED.match(left[-1]) and _UNSPACED.match(right[0]):
        return ""
    return " "


def join_words(words: list[str]) -> str:
    """Words or runs joined as text: by spaces, except between Chinese or Japanese characters."""
    joined = " ".join(word for word in words if word)
    if joined.isascii() or not _UNSPACED.search(joined):  # the usual case: no Chinese or Japanese, every join a space
        return joined
    parts: list[str] = []  # joined once: adding word by word to one string is quadratic in a 100,000-word line
    for word in words:
        if word:
            if parts:
                parts.append(space_between(parts[-1], word))
            parts.append(word)
    return "".join(parts)


def copied_at_most(sources: list[str], target: str) -> list[int]:
    """For each source text, an upper bound of the target words `word_diff(source, target)` keeps `equal`: the
    target's words that the source has, compared as the diff compares them (an edit script keeps a common
    subsequence). Cheap beside the diffs themselves, for a caller that needs a share copied only above some cut."""
    target_keys = _keys_in_order(target)
    return [sum(map(_key_set(source).__contains__, target_keys)) for source in sources]


# A text's word keys (`_key` of each of its `word_tokens`), kept per text: the findings read a group's sentences in
# its word diff and its merges' sentences against each target line they are linked to, and a corpus reads one
# source against many targets (looked up a word at a time, the keys were most of `copied_at_most`'s cost).
@remember_short_texts(SENTENCE_CACHE_MAX_CHARS, SENTENCE_CACHE_SIZE)
def _keys_in_order(text: str) -> tuple[str, ...]:
    return tuple(map(_key, word_tokens(text)))


@remember_short_texts(SENTENCE_CACHE_MAX_CHARS, SENTENCE_CACHE_SIZE)
def _key_set(text: str) -> frozenset[str]:
    return frozenset(_keys_in_order(text))


def word_diff(source: str, target: str) -> list[dict[str, Any]]:
    """The word-level edit script that turns `source` into `target`.

    Args:
        source: the source text (one sentence or several joined by spaces).
        target: the target text.

    Returns:
        Runs in reading order, each `{"op": "equal"|"delete"|"insert"|"replace", "source": str, "target": str}`:
        `source` holds the run's words as the source writes them ("" for an insert), `target` the target's
        ("" for a delete). Joining the `source` fields with `join_words` (spaces, none between Chinese or
        Japanese characters) gives the source text back (whitespace normalised), and likewise for `target`.
    """
    # A text without a character of the scripts written without spaces has no Chinese or Japanese either: its
    # words are its `str.split` (`word_tokens`), and it is scanned for those characters once, not twice.
    s_unspaced, t_unspaced = _unspaced(source), _unspaced(target)
    src = word_tokens(source) if s_unspaced else source.split()
    tgt = word_tokens(target) if t_unspaced else target.split()
    # (`src` and `tgt` are the texts' `word_tokens` either way: their keys are kept per text)
    src_keys = _keys_in_order(source)
    tgt_keys = _keys_in_order(target)
    if len(src_keys) * len(tgt_keys) > MAX_DIFF_CELLS:
        return _coarse_diff(src, tgt, src_keys, tgt_keys)
    # Chinese or Japanese anywhere: runs are joined with care; otherwise every join is a space, done in C.
    join = join_words if s_unspaced or t_unspaced else " ".join
    script: list[dict[str, Any]] = []
    # Neighbouring delete/insert/replace runs are one edit (as `_merge_edits` joins them): their words are
    # contiguous on each side, so each side of the edit is joined once from its whole span, not run by run (the
    # same text: `join_words` of two runs puts between them what it puts between their boundary words). A compare
    # makes a script per aligned group: this was a third of the scripts' time.
    edit: list[int] | None = None  # source start, source end, target start, target end of the edit being read
    # Indel (longest common subsequence) rather than Levenshtein: Levenshtein would rather replace word by word
    # than keep a moved phrase ("Motegi said" at the other end of the sentence) as `equal`, and an edit script
    # is read for what stayed the same.
    # (The opcodes as tuples, made in C: an `Opcode` object read field by field was a tenth of a script's cost.)
    for tag, src_start, src_end, dest_start, dest_end in indel().opcodes(src_keys, tgt_keys).as_list():
        if tag != "equal":
            if edit is None:
                edit = [src_start, src_end, dest_start, dest_end]
            else:
                edit[1], edit[3] = src_end, dest_end
            continue
        if edit is not None:
            script.append(_edit_entry(join(src[edit[0]:edit[1]]), join(tgt[edit[2]:edit[3]])))
            edit = None
        script.append({"op": "equal", "source": join(src[src_start:src_end]), "target": join(tgt[dest_start:dest_end])})
    if edit is not None:
        script.append(_edit_entry(join(src[edit[0]:edit[1]]), join(tgt[edit[2]:edit[3]])))
    return script


def _unspaced(text: str) -> bool:
    """Whether a text holds a character of a script written without spaces (`_UNSPACED`). (`isascii` is known
    without a scan: most news sentences hold no character outside ASCII.)"""
    return not text.isascii() and _UNSPACED.search(text) is not None


@lru_cache(maxsize=1)
def indel() -> Any:
    """rapidfuzz's `Indel` module, imported when first needed (~80 ms of a cold start): a word diff is made for
    every aligned group of every pair, and an import statement run each time costs more than this cached call."""
    from rapidfuzz.distance import Indel

    return Indel


def _edit_entry(source: str, target: str) -> dict[str, Any]:
    """One edit of a script: a `replace` when both sides have words, else a `delete` or an `insert`."""
    return {"op": "replace" if source and target else ("delete" if source else "insert"),
            "source": source, "target": target}


def _coarse_diff(src: list[str], tgt: list[str], src_keys: Sequence[str], tgt_keys: Sequence[str]
                 ) -> list[dict[str, Any]]:
    """Common start and end as `equal` runs, the rest one edit: linear work for texts too long for an exact script."""
    start = 0
    while start < min(len(src_keys), len(tgt_keys)) and src_keys[start] == tgt_keys[start]:
        start += 1
    end = 0
    while end < min(len(src_keys), len(tgt_keys)) - start and src_keys[-1 - end] == tgt_keys[-1 - end]:
        end += 1
    runs = [
        ("equal", src[:start], tgt[:start]),
        ("replace", src[start:len(src) - end], tgt[start:len(tgt) - end]),
        ("equal", src[len(src) - end:], tgt[len(tgt) - end:]),
    ]
    script = [{"op": op if (a and b) or op == "equal" else ("delete" if a else "insert"),
               "source": join_words(a), "target": join_words(b)} for op, a, b in runs if a or b]
    return _merge_edits(script)


def _merge_edits(script: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Join neighbouring delete/insert/replace runs into one replace, so an edit reads as one change."""
    merged: list[dict[str, Any]] = []
    for entry in script:
        if merged and entry["op"] != "equal" and merged[-1]["op"] != "equal":
            last = merged[-1]
            for side in ("source", "target"):
                last[side] = join_words([last[side], entry[side]])
            last["op"] = "replace" if last["source"] and last["target"] else ("delete" if last["source"] else "insert")
        else:
            merged.append(dict(entry))
    return merged

