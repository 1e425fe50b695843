"""Chinese and Japanese read word by word: each Han or kana character is a word of its own.

Both write no space between words, so a text split at spaces and punctuation reads a whole clause as one "word", and
a rewrite that changes one character per clause shares no word run with its source. One character per token is the
usual stand-in for word segmentation in CJK retrieval. The corpus candidates (`corpus.candidates`) and the
near-duplicate index (`index.fingerprint`, from fingerprint version 2) both read text this way; text without these
characters reads exactly as it did before.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .. import rx
from .lexicon import CJK_CHARS

# The code point ranges of `CJK_CHARS` ("\u3040-\u30ff..."), for code that tests code points rather than strings.
CJK_RANGES = tuple((ord(CJK_CHARS[i]), ord(CJK_CHARS[i + 2])) for i in range(0, len(CJK_CHARS), 3))

CJK_CHAR = rx.compile(f"[{CJK_CHARS}]")


def has_cjk(text: str) -> bool:
    """Whether `text` holds a Han or kana character."""
    return not text.isascii() and CJK_CHAR.search(text) is not None


def cjk_words(text: str) -> list[str]:
    """The words of `text` in order: each Han or kana character, and each run of other letters and digits."""
    return _cjk_char_or_word().findall(text)


@lru_cache(maxsize=1)
def _cjk_char_or_word() -> re.Pattern[str]:
    # Compiled when first used (by corpus runs and the index): its class of letters less the CJK ranges takes ~14 ms
    # to compile, which a cold `compare` need not pay.
    return rx.compile(rf"[{CJK_CHARS}]|[^\W_{CJK_CHARS}]+")
