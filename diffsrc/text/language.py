"""The language a text is written in, where its letters say so unambiguously; None where they do not.

For the `lang` attribute of the HTML reports, which tells a screen reader which voice to read a text in and a browser
which glyphs to draw Han characters with: a wrong claim is worse than none (an English voice reading French), so
this names a language only where the evidence leaves no doubt, and otherwise says nothing:

- a script written in one language only, making up most of the letters: kana (Japanese; Han characters beside
  them are Japanese too), Hangul (Korean), Han without kana (Chinese), Thai, Lao, Khmer, Burmese, Greek, Georgian,
  Armenian. Latin, Cyrillic, Arabic, Devanagari and Hebrew letters are each written in several languages, so they
  name none by themselves;
- English, in Latin letters, by its commonest words ("the", "of", "and", "to", "said", ...): a third of the words
  of English news, where the commonest words of French, German, Spanish, Italian, Portuguese, Dutch, the
  Scandinavian languages and Polish are next to absent; a text in one of those has them, and few English ones.

No statistical language identifier is used: none ships with the core install, and a guess between Spanish and
Portuguese on a short sentence is the wrong claim this avoids.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Han is read with kana: Chinese and Japanese both write it.
_KANA = re.compile(r"[\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f]")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
# (BCP 47 tag, the letters of a script written in that language alone).
_ONE_LANGUAGE_SCRIPTS = (
    ("ko", re.compile(r"[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]")),
    ("th", re.compile(r"[\u0e00-\u0e7f]")),
    ("lo", re.compile(r"[\u0e80-\u0eff]")),
    ("km", re.compile(r"[\u1780-\u17ff]")),
    ("my", re.compile(r"[\u1000-\u109f]")),
    ("el", re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]")),
    ("ka", re.compile(r"[\u10a0-\u10ff]")),
    ("hy", re.compile(r"[\u0530-\u058f]")),
)
# Every letter of the scripts above, in one class: found in one pass.
_NAMING_SCRIPTS = re.compile(
    "[" + "".join(p.pattern[1:-1] for p in (_KANA, _HAN, *(script for _, script in _ONE_LANGUAGE_SCRIPTS))) + "]")
_LETTER = re.compile(r"[^\W\d_]")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
# What is read of a text: its language shows in its first paragraphs, and a report page reads both sides of a pair
# (the whole of the seed pair took 3 ms, 40% of writing its page; this much of each side 0.3 ms).
SAMPLE_CHARS = 1500
# A script names the text's language when it holds more than this share of its letters.
SCRIPT_SHARE = 0.5
# The commonest words of English, and of the other languages news is read in with Latin letters (French, German,
# Spanish, Italian, Portuguese, Dutch, the Scandinavian languages, Polish). Some are words of both ("a", "in", "is",
# "was", "to", "of", "on"): English is claimed where its words are common and the others' rare.
_ENGLISH_WORDS = frozenset(
    "the of and to a in is was that for on with said he it as at by from his has have be were but not had who an are "
    "this which after been would their they she her its will".split())
_OTHER_WORDS = frozenset(
    "le la les des du une est et dans pour qui pas sur au aux "  # French
    "der das und ist nicht ein eine dem den mit sich auf für von zu "  # German
    "el los las del que y es por una con para se lo "  # Spanish
    "il della che di sono gli nel alla "  # Italian
    "os da não uma em com ao "  # Portuguese
    "de het een en dat voor niet zijn "  # Dutch
    "och att är som på og er til ikke af "  # Swedish, Norwegian, Danish
    "się nie w z na jest że "  # Polish
    .split())
# English news has a third of its words in `_ENGLISH_WORDS` (the first 1,500 characters of the seeds' and the shared
# data's 955 English texts: median 37%, 29% or more in 95% of them; 953 are named English, the two left out 47-
# and 28-word wire snaps) and almost none in `_OTHER_WORDS` (at most 1.2%: "de" of a name, "y" of a list). The
# other languages' texts in tests/test_language.py have at most 12% in the first (Dutch: "is", "was", "of") and a
# quarter of that or more in the second. A text of a few words (a headline) tells nothing: at least
# `ENGLISH_MIN_HITS` of them.
ENGLISH_SHARE = 0.15
ENGLISH_OVER_OTHERS = 4
ENGLISH_MIN_HITS = 2


@lru_cache(maxsize=4096)  # a corpus's pages read each document's opening once per pair it is in
def text_language(text: str) -> str | None:
    """The BCP 47 tag of the language `text` is written in ("en", "ja", "zh", "ko", "el", ...) where its letters
    leave no doubt (module docstring), else None."""
    text = text[:SAMPLE_CHARS]
    named = _NAMING_SCRIPTS.findall(text) if not text.isascii() else ()  # one pass; none in most texts
    if named and len(named) > SCRIPT_SHARE * len(_LETTER.findall(text)):
        kana, han = len(_KANA.findall(text)), len(_HAN.findall(text))
        if kana + han > len(named) / 2:
            # Japanese writes kana in every sentence; Chinese none. A few (a Japanese name quoted in a Chinese
            # text) do not make it Japanese.
            return "ja" if kana >= 0.05 * (kana + han) else "zh"
        counts = {tag: len(script.findall(text)) for tag, script in _ONE_LANGUAGE_SCRIPTS}
        return max(counts, key=lambda tag: counts[tag])
    # Other letters (Latin, Cyrillic, Arabic, ...) name no language; English is told by its words, which a text in
    # Cyrillic or Arabic letters does not have.
    words = _WORD.findall(text.lower())
    english = sum(map(_ENGLISH_WORDS.__contains__, words))
    others = sum(map(_OTHER_WORDS.__contains__, words))
    english_enough = english >= ENGLISH_MIN_HITS and english >= ENGLISH_SHARE * len(words)
    return "en" if english_enough and english > ENGLISH_OVER_OTHERS * others else None
