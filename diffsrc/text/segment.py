"""Sentences, words and the normal forms that comparison works on.

Sentences come from NLTK's Punkt with the project's own parameters (abbreviations, sentence starters), built in
code: no NLTK data is loaded, so a fresh machine needs no download. English abbreviations are in `lexicon.py`, other
languages' in `diffsrc/data/abbreviations.txt`. Each heading line is a unit of its own.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache, wraps
from typing import TYPE_CHECKING, Any, TypeVar

from .. import rx
from . import nltk_parts
from .cjk import CJK_CHAR
from .lexicon import (
    ABBREVIATIONS,
    MONTH_VARIANTS,
    MONTHS,
    MONTHS_BY_LANGUAGE,
    SENTENCE_STARTERS,
    copying_spelling_variants,
    other_abbreviations,
    spelling_variants,
    stopwords,
)

if TYPE_CHECKING:
    from nltk.tokenize.punkt import PunktSentenceTokenizer

    from .clean import Paragraph


@dataclass(frozen=True)
class Sentence:
    """One unit of text to align: a sentence of a body paragraph, or a heading line."""

    index: int
    text: str
    kind: str = "body"
    paragraph: int = 0


class _BeforeANumber:
    """Abbreviations that are English words too, kept in their sentence only before a number ("Art. 5").

    Punkt asks `(word, next_word) in collocations` of every word ending in a full stop, with the next word's type
    (lowercase, a number as "##number##"); this rule answers in place of a learnt list, so that "state of the art."
    still ends its sentence.
    """

    def __init__(self, abbreviations: frozenset[str]) -> None:
        self.abbreviations = abbreviations

    def __contains__(self, pair: object) -> bool:
        word, next_word = pair  # type: ignore[misc]
        # "##number##", or a number Punkt does not read as one ("5.º", "3°")
        return word in self.abbreviations and (next_word == "##number##" or next_word[:1].isdigit())


class _WithInitials(frozenset):  # type: ignore[type-arg]
    """Abbreviations, and any two or three initials run together ("J.K.", "M.K.", "A.P.J.") as Punkt sees them
    ("j.k"): a name follows them ("Y.S. Jagan Mohan Reddy", "Justice D.Y. Chandrachud"), as a name follows "U.S."'s
    "President", so that Punkt ends a sentence there only before a word that starts sentences ("... the U.N. The
    next day"). One initial alone ("N. Chandrababu Naidu") Punkt reads as an initial already."""

    _INITIALS = rx.compile(r"[^\W\d_](?:\.[^\W\d_]){1,2}")

    def __contains__(self, word: object) -> bool:
        return super().__contains__(word) or (isinstance(word, str) and self._INITIALS.fullmatch(word) is not None)


@lru_cache(maxsize=1)
def _punkt() -> PunktSentenceTokenizer:
    # NLTK is loaded here, not at module level: `diffsrc --version` must not pay for it.
    punkt = nltk_parts.load().punkt
    other_languages = other_abbreviations()
    params = punkt.PunktParameters()
    params.abbrev_types = _WithInitials(ABBREVIATIONS | other_languages["anywhere"])  # type: ignore[assignment]
    params.sent_starters = set(SENTENCE_STARTERS)
    params.collocations = _BeforeANumber(other_languages["before a number"])  # type: ignore[assignment]
    return punkt.PunktSentenceTokenizer(params)


# A closing quote or bracket that Punkt left at the start of the next sentence belongs to the previous one; a
# guillemet before a letter opens a quotation (German »Wir helfen«), and one after a full stop with no space
# between closes one (»Ja.« Dann ...).
_LEADING_CLOSERS = rx.compile(r"^([”’)\]]+|[»«]+(?!\w)|[\"']+(?=\s|$))\s*")
# An opening guillemet or low quote that Punkt left at the end of the previous sentence, after a space ("... la
# région. «" then "Nous panserons ... »"), opens the next one, French style with the space after it.
_TRAILING_OPENERS = rx.compile(r"\s+([«„‹])$")
# Sentence-final punctuation Punkt has no model for: Chinese and Japanese (。！？｡, no space after), Hindi (। ॥),
# Arabic and Urdu (؟ ۔), with the closing quotes and brackets that follow it.
_FOREIGN_END = rx.compile(r"[。！？｡।॥؟۔]+[」』）】〕〉》”’\"')\]]*")
# A Japanese quotation closed after its full stop and followed by a quotative particle (「…。」と述べた) is part of
# the sentence that reports it.
_QUOTATIVE = ("と", "って")
# Chinese and Japanese quotation marks. A quotation of several sentences (「…。…」と述べた, “…。…”) is one quote
# and stays in the sentence that reports it; the curly quotes are Chinese ones here, where a CJK full stop is seen.
_CJK_QUOTE_PAIRS = {"「": "」", "『": "』", "“": "”"}


def _quoted_spans(sentence: str) -> list[tuple[int, int]]:
    """(opening, closing) indexes of the CJK quotations that close in this sentence; an unclosed one is no span."""
    spans: list[tuple[int, int]] = []
    opened: list[int] = []
    for i, char in enumerate(sentence):
        if char in _CJK_QUOTE_PAIRS:
            opened.append(i)
        elif opened and char == _CJK_QUOTE_PAIRS[sentence[opened[-1]]]:
            spans.append((opened.pop(), i))
    return spans


def _split_foreign(sentence: str) -> list[str]:
    """Split a Punkt sentence further at Chinese, Japanese, Hindi and Arabic sentence-final punctuation."""
    parts: list[str] = []
    start = 0
    quoted = _quoted_spans(sentence)
    for m in _FOREIGN_END.finditer(sentence):
        end = m.end()
        if end >= len(sentence) or not sentence[end:].strip():
            break
        if m.group(0)[-1] in "」』" and sentence.startswith(_QUOTATIVE, end):
            continue
        if any(opening < end <= closing for opening, closing in quoted):
            continue
        if sentence[start:end].strip():
            parts.append(sentence[start:end].strip())
        start = end
    if sentence[start:].strip():
        parts.append(sentence[start:].strip())
    return parts


# Punkt's work grows with the text it is given, and NLTK (3.9+) runs its regular expressions under a 5-second
# ReDoS timeout that raises TimeoutError: a 10 MB paragraph fails outright, and a large one can on a busy machine.
# Paragraphs longer than this go to Punkt in pieces cut at a sure sentence end (no article paragraph is this long).
PUNKT_MAX_CHARS = 20_000
_SIMPLE_END = rx.compile(r"(?<=[.!?])\s+")


# A sure sentence end: a full stop after three letters that are not an abbreviation's capitals (not "Mr.", "Oct.",
# "U.S."), then whitespace; or a Chinese/Japanese full stop. Closing quotes and brackets stay with the sentence.
@lru_cache(maxsize=1)
def _sure_end() -> re.Pattern[str]:
    # Compiled the first time a paragraph is that long: its class of lowercase letters takes ~10 ms to compile.
    return rx.compile(r"(?:(?<=[^\W\d_A-Z]{3})[.!?]|[。！？])[\"'”’)\]」』]*\s*")


def _last_match(pattern: re.Pattern[str], text: str, start: int, end: int) -> re.Match[str] | None:
    last = None
    for last in pattern.finditer(text, start, end):  # noqa: B007 - only the last one is wanted
        pass
    return last


def _punkt_pieces(text: str) -> list[str]:
    """Pieces of about PUNKT_MAX_CHARS, each cut at a sentence end (a stretch without one stays whole)."""
    pieces: list[str] = []
    start = 0
    while len(text) - start > PUNKT_MAX_CHARS:
        end = start + PUNKT_MAX_CHARS
        last = _last_match(_sure_end(), text, start + PUNKT_MAX_CHARS // 2, end)
        if last is None:  # no sure end nearby: any full stop before a space will do (". . . ." runs, initials)
            last = _last_match(_SIMPLE_END, text, start + PUNKT_MAX_CHARS // 2, end)
        if last is None or last.end() >= len(text):
            ahead = [m for m in (_sure_end().search(text, end), _SIMPLE_END.search(text, end)) if m]
            last = min(ahead, key=lambda m: m.end()) if ahead else None
            if last is None or last.end() >= len(text):
                break
        pieces.append(text[start:last.end()])
        start = last.end()
    pieces.append(text[start:])
    return pieces


def _punkt_sentences(text: str) -> list[str]:
    sentences: list[str] = []
    for piece in _punkt_pieces(text):
        try:
            sentences.extend(_punkt().tokenize(piece))
        except TimeoutError:  # NLTK's ReDoS backstop tripped (a very slow machine): split at plain sentence ends
            sentences.extend(_SIMPLE_END.split(piece))
    return sentences


# A day's number and its full stop before a month's name is an ordinal ("am 3. Oktober"), not a sentence end. Not
# when a day's number follows the month: that is an English numbered list of dates ("6. April 11, 1989: ...").
# Only the month names of a language that capitalises them (German) are needed: before a lower-case word ("3. října",
# "5. października") Punkt keeps the number in its sentence. "April", "August", "September" and "November" are
# English too: an English sentence ending in a day's number before one of them ("... rose to 12. November saw ...")
# would be joined to the next (none is in the English test data).
_ORDINAL_DAY = rx.compile(r"(?<![\d.,])(?:0?[1-9]|[12]\d|3[01])\.$")
_CAPITALISED_MONTHS = (*MONTHS_BY_LANGUAGE["de"], *MONTH_VARIANTS["de"])


# German months' abbreviations, with their full stop ("am 3. Dez. in Brüssel"; "Jan" alone is also a name).
_GERMAN_MONTH_ABBREVIATIONS = ("jan", "feb", "mär", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "nov", "dez")


@lru_cache(maxsize=1)
def _month_after_ordinal() -> re.Pattern[str]:
    months = "|".join(sorted(_CAPITALISED_MONTHS, key=lambda w: (-len(w), w)))
    abbreviations = "|".join(sorted(_GERMAN_MONTH_ABBREVIATIONS, key=lambda w: (-len(w), w)))
    return rx.compile(rf"(?:(?:{months})\b|(?:{abbreviations})\.)(?!\s+\d{{1,2}}\b)", re.IGNORECASE)


# A number and its full stop before what German counts by ordinals is an ordinal too ("in der 2. Bundesliga", "der
# 1. FC Köln", "zum 5. Mal", "in der 89. Minute", "im 19. Jh."), which Punkt took for a sentence's end (a data
# desk's trial on dpa sports copy: "... in der 2." and "Bundesliga." were two sentences). Capitalised German nouns
# no English sentence opens with after a number, looked up by the piece's first word (a set, no pattern).
_ORDINAL_NUMBER = rx.compile(r"(?<![\d.,:-])\d{1,3}\.$")
_COUNTED_BY_ORDINALS = frozenset("""
    Bundesliga Liga FC FSV SC SV Runde Spieltag Platz Rang Stelle Etage Klasse Jahrhundert Jh Jhd Weltkrieg Halbzeit
    Minute Lesung Staffel Amtszeit Quartal Halbjahr Wahlgang Advent Strafkammer Zivilkammer Senat Mal Geburtstag
    Jahrestag Todestag Sitzung Legislaturperiode Durchgang Etappe Stufe Welle Parteitag Bundesversammlung Kompanie
    Division Sinfonie Symphonie Satz
    """.split())
_FIRST_WORD = rx.compile(r"[^\W\d_]+")


def _ordinal_before_counted(sentence: str, piece: str) -> bool:
    """Whether a sentence ends in a number and its full stop that the piece after it counts ("2." "Bundesliga")."""
    if not (sentence[-2:-1].isdigit() and _ORDINAL_NUMBER.search(sentence)):
        return False
    word = _FIRST_WORD.match(piece)
    return word is not None and word.group() in _COUNTED_BY_ORDINALS


# Titles with a full stop that a name follows, which Punkt took for a sentence's end (`_split_paragraph`).
_TITLE_BEFORE_NAME = rx.compile(r"(?:^|\s)(?:MM|Pr|Mme|Mgr|Me)\.$|,\s+on\.$")
# The number or letter of a list item, which the sentence tokenizer takes for a sentence: "1.", "12.", "b.".
_ENUMERATOR = rx.compile(r"\(?(?:\d{1,3}|[a-z])[.)]")


# A syndicated corpus repeats paragraphs and sentences word for word (3,000 real-news documents: 52,800 paragraphs,
# 8,974 distinct; 62,872 sentences, 9,403 distinct), and what a corpus run reads of one depends on its text alone:
# a process reads each distinct one once (`remember_short_texts`). Only texts up to these lengths are kept, the last
# so many of them: real-news paragraphs have a median of 141 characters (99.9% under 430), sentences 118 (99.9%
# under 360). The paragraph cache holds at most ~20 MB a process (~35 MB of Chinese or Japanese), the sentence
# caches (keys and fingerprints, packed) ~20 MB each; a few MB for news.
SPLIT_CACHE_MAX_CHARS, SPLIT_CACHE_SIZE = 1_000, 8_192
SENTENCE_CACHE_MAX_CHARS, SENTENCE_CACHE_SIZE = 500, 16_384

_T = TypeVar("_T")


def remember_short_texts(max_chars: int, size: int) -> Callable[[Callable[..., _T]], Callable[..., _T]]:
    """A function of a text (and other hashable arguments) that remembers its results for the last `size` texts of
    at most `max_chars` characters, and computes them afresh for longer ones (a hostile text is not kept). The
    results are shared between calls: they must not be changed."""
    def wrap(func: Callable[..., _T]) -> Callable[..., _T]:
        remembered = lru_cache(maxsize=size)(func)

        @wraps(func)
        def call(text: str, *args: Any) -> _T:
            return remembered(text, *args) if len(text) <= max_chars else func(text, *args)

        return call

    return wrap


# Scripts written without spaces between words or marks between sentences, which nothing here splits: a paragraph
# is one unit, compared whole (docs/inputs.md, "Languages").
_UNSPLIT_SCRIPTS = {"Thai": rx.compile(r"[\u0e00-\u0e7f]"), "Lao": rx.compile(r"[\u0e80-\u0eff]"),
                    "Khmer": rx.compile(r"[\u1780-\u17ff]"), "Burmese": rx.compile(r"[\u1000-\u109f]")}
# One set of characters, not an alternation of the four sets: a pattern that opens with a set lets the engine skip
# to its characters, where an alternation is tried at every character of the document.
_ANY_UNSPLIT = rx.compile("[" + "".join(chars.pattern[1:-1] for chars in _UNSPLIT_SCRIPTS.values()) + "]")
_LETTER = rx.compile(r"[^\W\d_]")
UNSPLIT_SCRIPT_SHARE = 0.3


def unsplit_script(text: str) -> str | None:
    """The script a text is mostly written in when it is one nothing here splits into sentences or words (Thai,
    Lao, Khmer, Burmese: at least `UNSPLIT_SCRIPT_SHARE` of its letters), else None."""
    if not _ANY_UNSPLIT.search(text):  # nearly every text: one scan, in C
        return None
    letters = len(_LETTER.findall(text))
    return next((name for name, chars in _UNSPLIT_SCRIPTS.items()
                 if len(chars.findall(text)) >= UNSPLIT_SCRIPT_SHARE * letters), None)


def split_sentences(text: str) -> list[str]:
    """Split one paragraph into sentences."""
    return list(_split_paragraph(text))


@remember_short_texts(SPLIT_CACHE_MAX_CHARS, SPLIT_CACHE_SIZE)
def _split_paragraph(text: str) -> tuple[str, ...]:
    pieces = [s.strip() for s in _punkt_sentences(text) if s.strip()]
    merged: list[str] = []
    for piece in pieces:
        if merged and _ENUMERATOR.fullmatch(merged[-1]):
            # A numbered item's number ("1. Tees Storage Park will ...") is no sentence of its own.
            merged[-1] += " " + piece
            continue
        if merged and _ORDINAL_DAY.search(merged[-1]) and _month_after_ordinal().match(piece):
            merged[-1] += " " + piece
            continue
        if merged and piece.startswith("UU.") and merged[-1].endswith("EE."):
            # "EE. UU." (Estados Unidos, as EFE writes it, with a space): one abbreviation, which Punkt split at
            # its first full stop before the capitals of the second (a data desk's trial on EFE copy)
            merged[-1] += " " + piece
            continue
        if merged and _ordinal_before_counted(merged[-1], piece):
            merged[-1] += " " + piece
            continue
        if merged and _TITLE_BEFORE_NAME.search(merged[-1]) and piece[:1].isupper():
            # "MM. Dupont et Durand", "le Pr. Lefèvre", "Me Dupond"'s "Me.", Italian "il sindaco, on. Corrado":
            # titles written so only before a name (lowercase "mm." and "on." end English sentences)
            merged[-1] += " " + piece
            continue
        m = _LEADING_CLOSERS.match(piece)
        if merged and m:
            merged[-1] += m.group(1)
            piece = piece[m.end():]
            if not piece:
                continue
        elif merged and (opener := _TRAILING_OPENERS.search(merged[-1])) and opener.start() > 0:
            merged[-1] = merged[-1][:opener.start()]
            piece = opener.group(1) + (" " if opener.group(1) == "«" else "") + piece
        merged.append(piece)
    return tuple(part for sentence in merged for part in _split_foreign(sentence))


def segment_paragraphs(paragraphs: Iterable[Paragraph]) -> list[Sentence]:
    """Sentences of a document's cleaned paragraphs, numbered in reading order."""
    sentences: list[Sentence] = []
    for p_index, paragraph in enumerate(paragraphs):
        parts = [paragraph.text] if paragraph.kind == "heading" else split_sentences(paragraph.text)
        for part in parts:
            sentences.append(Sentence(len(sentences), part, paragraph.kind, p_index))
    return sentences


# Quote marks and dashes in one form each, one character for one (so offsets survive the folding).
QUOTE_FOLDS = {"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'", "‚": "'", "′": "'", "`": "'",
               "–": "-", "—": "-", "‒": "-", "―": "-", "−": "-"}
_QUOTES = str.maketrans(QUOTE_FOLDS)
_MONTH_ABBR = rx.compile(r"\b(" + "|".join(MONTHS) + r")\.?(?=\s+\d)")
_INITIALISM = rx.compile(r"\b([a-z])\.(?=[a-z]\.?\b)")
# Thousands separators, and the commas of Indian grouping by lakh and crore ("1,20,000" = "120,000").
_THOUSANDS = rx.compile(r"(?<=\d),(?=\d{3}\b|(?:\d{2},)+\d{3}\b)")
# Thousands grouped by full stops or spaces, as German, French and Spanish copy groups them ("12.000", "12 000",
# "1 500 euros"; a no-break or thin space is a space after NFKC): a regional paper restyling the agency's "12.000" as
# "12 000" copied it (a data desk's trial: such a copy was called paraphrased). Three digits after each separator,
# none before the first group and no digit or letter after the last ("2019 100", "1.5" and METER's "10 100mg
# ampoules" stay).
_GROUPED_THOUSANDS = rx.compile(r"(?<![\d.,])(\d{1,3})((?:[ .]\d{3})+)(?!\w|\.\d)")
# What every match of `_GROUPED_THOUSANDS` holds, searched first: a pattern that opens with a set of characters (a
# digit) lets the engine skip to them, where one that opens with a look behind is tried at every character.
_GROUPED_HINT = rx.compile(r"\d[ .]\d\d\d")
_PERCENT = rx.compile(r"(?<=\d)\s*(?:%|per\s*cent\b|percent\b|pct\b|pc\b)")
_WIRE_POUND = rx.compile(r"#(?=\d)")
_DIGIT = rx.compile(r"\d")
_DOT_LETTER = rx.compile(r"\.[a-z]")  # what an initialism's match holds (`_INITIALISM`), found by a fast scan
# A prefix that house styles hyphenate or close up ("re-trial" / "retrial", "co-operate" / "cooperate", "e-mail" /
# "email", "non-profit" / "nonprofit"): closed up, so a copy restyled either way keeps its words. Other hyphens
# split ("well-known" = "well known"); "vice-", "ex-", "self-", "over-" and "under-" are left out, since their
# compounds are spelt open as often as closed ("vice president", "over the counter").
_CLOSED_PREFIX = rx.compile(r"\b(re|co|pre|non|anti|e|post|multi|sub|mid|semi|counter|inter|cyber|micro|mega)-"
                            r"(?=[^\W\d_])")
_TOKEN = rx.compile(r"[£$€¥%]|\d+(?:\.\d+)?|[^\W\d_]+(?:\d+[^\W\d_]*)*|\d+[^\W\d_]+\w*")


def surface_tokens(text: str, *, close_prefixes: bool = False) -> list[str]:
    """Words of a text in a normal form that ignores surface noise.

    Case, punctuation, quote style, hyphenation, thousands separators, "%"/"per cent", month abbreviations
    (Oct. 27 = October 27), initialisms (U.S. = US) and British/American spelling all map to one form. With
    `close_prefixes`, as words are compared for copying (verbatim sentences, quotes, word diffs), a hyphenated
    prefix is closed up too, re-trial = retrial, and a verb's British forms are its American ones, apologised =
    apologized (`lexicon.copying_spelling_variants`). (The similarity scores read words without these: their model
    was fitted so.)
    """
    return list(_surface_tokens(text, close_prefixes))


# The texts whose `surface_tokens` are kept: the findings steps read the same short texts again and again (a
# sentence, an edit's words, the words after an edit: the reversal and overstatement steps read the same edits, and
# quotes every source sentence against each new quote), and a figure's normal forms take most of a sentence's
# reading (five patterns, ~100 µs for a sentence with figures).
TOKENS_CACHE_MAX_CHARS, TOKENS_CACHE_SIZE = 400, 4_096


@remember_short_texts(TOKENS_CACHE_MAX_CHARS, TOKENS_CACHE_SIZE)
def _surface_tokens(text: str, close_prefixes: bool) -> tuple[str, ...]:
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES).lower()
    # Each rewrite is made only where the text holds what it needs (a digit, a full stop before a letter, "#", a
    # comma), tested in one scan: this reads every sentence of a corpus, most of them without a figure or an
    # initialism. (No rewrite adds or removes a digit.)
    has_digit = _DIGIT.search(text) is not None
    if has_digit:
        text = _MONTH_ABBR.sub(lambda m: MONTHS[m.group(1)], text)
    if _DOT_LETTER.search(text):
        text = _INITIALISM.sub(r"\1", text)
    if has_digit:
        if "#" in text:
            text = _WIRE_POUND.sub("£", text)  # wire copy writes the pound sign as '#' ("#5m")
        if "," in text:
            text = _THOUSANDS.sub("", text)
        if _GROUPED_HINT.search(text) and _GROUPED_THOUSANDS.search(text):
            text = _GROUPED_THOUSANDS.sub(lambda m: m.group(1) + m.group(2).replace(" ", "").replace(".", ""), text)
        if "%" in text or "per" in text or "pc" in text:  # what every match of `_PERCENT` holds
            text = _PERCENT.sub(" % ", text)
    if close_prefixes and "-" in text:
        text = _CLOSED_PREFIX.sub(r"\1", text)
    text = text.replace("'", "")
    variants = copying_spelling_variants() if close_prefixes else spelling_variants()
    return tuple(variants.get(tok, tok) for tok in _TOKEN.findall(text))


def verbatim_key(text: str) -> str:
    """Two sentences are verbatim copies when their keys are equal."""
    return " ".join(surface_tokens(text, close_prefixes=True))


@lru_cache(maxsize=65536)
def _stem(word: str) -> str:
    return _stemmer().stem(word)


def stem(word: str) -> str:
    """A lowercase word's stem, as `content_stems` stems it (function words too)."""
    return _stem(word)


@lru_cache(maxsize=1)
def _stemmer():  # type: ignore[no-untyped-def]
    return nltk_parts.load().snowball.EnglishStemmer()


# Chinese and Japanese content characters: Han ideographs and katakana (hiragana is mostly grammar: particles and
# inflections). A run of CJK text is one token, having no spaces; its content words are its characters.
@lru_cache(maxsize=1)
def _cjk_content() -> re.Pattern[str]:
    # Compiled when a text first holds one: a cold `compare` of other text need not pay for it.
    return rx.compile(r"[\u30a1-\u30fa\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def content_stems(tokens: Iterable[str]) -> list[str]:
    """Stemmed content words of normal-form tokens: function words and symbols dropped, numbers kept.

    A Chinese or Japanese token contributes its Han and katakana characters, one by one (character unigrams, whose
    neighbours then make the bigrams scoring uses: the usual stand-in for word segmentation in CJK retrieval).
    """
    return [s for tok in tokens for s in _token_stems(tok)]


@lru_cache(maxsize=131072)
def _token_stems(tok: str) -> tuple[str, ...]:
    # One token's content stems, looked up once a token: every sentence of a corpus is read, in words it mostly
    # shares with the others.
    if not tok.isascii() and CJK_CHAR.search(tok):  # an ASCII token, nearly every one, holds no CJK
        return tuple(_cjk_content().findall(tok))
    if tok not in stopwords() and (len(tok) > 1 or tok.isdigit()):
        return (tok if tok[0].isdigit() else _stem(tok),)
    return ()
