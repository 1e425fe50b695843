"""Cleaning: separate the article from page chrome, join hard-wrapped lines, keep what the text says of its origin.

Input is a document's text with `\\n` line endings; output is a `CleanText`: body and heading paragraphs, the
boilerplate set aside (kept, so reports can list it), and the credit, dateline, outlet, title and date the text
states. Decisions rest on line shape and the project's pattern list (`data/boilerplate.txt`), never on one
outlet's page.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

from .lexicon import (
    AGENCIES,
    AGENCY_PATTERN,
    BYLINE_ROLES,
    NAME_PARTICLES,
    NAME_WORD,
    canonical_agency,
    month_number,
    stopwords,
)

# A paragraph at most this many words long is tested against the [short] chrome patterns.
SHORT_LINE_WORDS = 15
# Headings (headlines, standfirsts, subheads) are lines without final punctuation up to this many words.
HEADING_MAX_WORDS = 40
# A text is hard-wrapped when 90% of its lines are at most this long (wire copy wraps at 64-80 columns).
WRAP_MAX_WIDTH = 100

# Final punctuation includes the full stops and question marks of Chinese/Japanese (。！？｡), Hindi (। ॥) and
# Arabic/Urdu (؟ ۔), and the corner brackets that close a Japanese quotation.
_FINAL_PUNCT = re.compile(r"""[.!?…:;。！？｡।॥؟۔]["'”’»)\]」』）]*\s*$|["”’»」』]\s*$""")
# The same test with string methods (`has_final_punctuation`): the regex scans the whole line for a possible start.
_FINAL_MARKS = ".!?…:;。！？｡।॥؟۔"
_CLOSERS = "\"'”’»)]」』）"
_CLOSING_QUOTES = "\"”’»」』"
_DIGIT = re.compile(r"\d")
# Chinese and Japanese do not separate words with spaces: each Han or kana character counts as a word, so a
# paragraph of CJK prose is not mistaken for a two-word fragment.
_CJK_CHARS = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_WORD = re.compile(rf"[{_CJK_CHARS}]|[^\W{_CJK_CHARS}]+(?:['’][^\W{_CJK_CHARS}]+)*")
_DOMAIN = re.compile(
    r"^(?:https?://)?(?:www\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|in|co\.uk|uk|au|jp|news|info|io))/?$", re.I
)
_URL = re.compile(r"^(?:https?://|www\.)\S+$", re.I)

# "TOKYO (AP) —", "LONDON, Oct 5 (Reuters) -", "WASHINGTON (AFP) --" at the start of the first paragraph, or a
# place alone in capitals, "HALIFAX - ".
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'\- ]{1,40}?(?:,\s*[A-Z][A-Za-z.]*\.?)?)"
    r"(?:,?\s+(?P<when>[A-Z][a-z]{2,8}\.?\s+\d{1,2}))?"
    r"(?:\s*\((?P<agency>" + AGENCY_PATTERN + r")\)\s*(?:[-—–]{1,2}|:)|\s+(?:[-—–]{1,2}))\s+"
)
# Agency names as agencies write them (or in capitals): where a byline has no comma before the agency, a name
# such as "Ani" or "Pap" must not be read as ANI or PAP.
_AGENCY_AS_WRITTEN = "|".join(re.escape(a) for a in sorted(
    {form for aliases in AGENCIES.values() for alias in aliases for form in (alias, alias.upper())},
    key=len, reverse=True))
# "AP |", "Reuters", "By Jane Smith, PA News", "By Jane Smith | AFP": a credit or byline line of its own.
_CREDIT_LINE = re.compile(
    r"^(?i:(?:by\s+(?P<byline>[^,|]{2,60}?)\s*(?:[,|]\s*|\s+for\s+))?(?P<agency>" + AGENCY_PATTERN + r")"
    r"(?:\s+(?:news|news agency|wire))?\s*\|?\s*)$"
    # "By Mark Ellis, PA Transport Correspondent", "By Alan Jones, PA Political Staff"
    r"|^(?i:by\s+(?P<byline2>[^,|]{2,60}?)\s*,\s*(?P<agency2>" + AGENCY_PATTERN + r")(?:\s+[A-Z][a-z]+){1,3}\s*)$"
    # "By PA Reporter", "By Press Association Sport", "By JOHN SMITH Associated Press"
    r"|^(?i:by)\s+(?:(?P<byline3>[^,|]{2,60}?)\s+)?(?P<agency3>" + _AGENCY_AS_WRITTEN + r")\b"
    r"(?:\s+(?i:news|news agency|wire))?(?:\s+[A-Z][a-z]+){0,3}\s*$"
)
# "By Tom Whitaker", "BY JANE SMITH", "Written by Jane Doe": a byline line of its own.
_BYLINE = re.compile(
    r"^(?:(?:written|words|text|story|Written|Words|Text|Story)\s+)?(?:by|BY|By)\s+"
    rf"{NAME_WORD}(?:\s+(?:{NAME_WORD}|of|and|&)){{0,4}}\.?\s*$"
)
# A byline and the date beside it: "By Jane Doe | March 14, 2023", "Jane Doe, Published 14 March 2023 10:22 GMT".
_BYLINE_WITH_DATE = re.compile(
    r"^(?P<who>[^|•·\d]+?)\s*(?:[|•·,—–]\s*|\s+(?=(?i:published|updated|posted|on)\b))(?P<when>[^|•·]*\d.*)$"
)
# Bylines without "By", as newspapers set them under the headline. A name is two to four capitalised words
# (initials, "O'Neill", "de la Cruz" and capitals included); several names are joined by commas or "and".
_NAME_WORD = NAME_WORD  # any script: "José Álvarez", "Łukasz Żółć"
_NAME = rf"{_NAME_WORD}(?:\s+(?:(?:{'|'.join(NAME_PARTICLES)})\s+)*{_NAME_WORD}){{1,3}}"
_NAMES = rf"(?:(?i:by)\s+)?(?P<names>{_NAME}(?:\s*(?:,|(?i:and)|&)\s*{_NAME})*)"
_ROLE_NOUN = r"(?i:" + "|".join(BYLINE_ROLES) + r")"
_PLACE = r"(?:the\s+)?[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){0,2}"
# Words that make "Jane Doe named political editor" a headline, not a byline.
_NOT_ROLE = r"(?!(?i:names?|named|appoint(?:s|ed)?|becomes?|made|quits|resigns|sack(?:s|ed)|fire[sd]|hire[sd]|"
_NOT_ROLE += r"promoted|joins|leaves|new|wins|meets|says|to|is|was|as)\b)"
# "Gwyn Topham Transport correspondent", "Jane Doe, Political Editor", "JOSH BOAK AP Economics Writer",
# "Sam Jones and Ana Ruiz, Europe correspondents in Madrid": a name, then a role ending in a role noun.
_NAME_ROLE = re.compile(
    rf"^{_NAMES}\s*,?\s+(?:(?P<agency>{AGENCY_PATTERN})\b\s*)?"
    rf"(?:{_NOT_ROLE}[A-Z][\w&'’\-]*\s+(?:{_NOT_ROLE}[\w&'’\-]+\s+){{0,2}})?{_ROLE_NOUN}"
    rf"(?:\s+(?i:in|at|for)\s+{_PLACE})?\s*$"
    # "JOHN SMITH Associated Press", "Jane Doe, AFP"
    rf"|^{_NAMES.replace('names', 'names2')}\s*,?\s+(?P<agency2>{AGENCY_PATTERN})\s*$"
)
# "Sam Jones in Madrid", "Justin McCurry in Tokyo and Jane Doe in Seoul": a byline only under a headline.
_NAME_PLACE = re.compile(rf"^{_NAMES}\s+(?i:in|at)\s+{_PLACE}(?:\s+(?i:and)\s+{_NAME}\s+(?i:in|at)\s+{_PLACE})*\s*$")
# "Ana Ruiz and Luc Petit": names alone, a byline only under a headline.
_NAMES_ONLY = re.compile(rf"^{_NAME}(?:\s*(?:,|(?i:and)|&)\s*{_NAME})+\s*$")
# "From our correspondent", "Our Foreign Staff", "By a staff reporter", "Staff and agencies", "Guardian staff
# writer", "Telegraph reporters and agencies".
_STAFF_CREDIT = re.compile(
    rf"^(?:(?i:by)\s+)?(?:(?:(?i:from)\s+)?(?i:our)\s+(?:(?i:own)\s+)?(?:[\w&'’\-]+\s+){{0,2}}{_ROLE_NOUN}"
    rf"|(?i:a\s+staff)\s+{_ROLE_NOUN}"
    rf"|(?:[A-Z][\w&'’\-]*\s+)?(?i:staff)\s+(?:(?i:and\s+agencies)|{_ROLE_NOUN})"
    rf"|[A-Z][\w&'’\-]*\s+{_ROLE_NOUN}\s+(?i:and\s+agencies))"
    rf"(?:\s+(?i:in|at)\s+{_PLACE})?\s*$"
)
# Reuters-style contributor lines: "Reporting by Tim Kelly; Editing by Lincoln Feast", "(Additional reporting by
# Jane Doe in Seoul)".
_CONTRIB_PART = (
    r"(?i:(?:additional\s+)?(?:reporting|writing|editing|compiled|produced|research|graphics|photos?)\s+by)\s+"
    rf"{_NAME_WORD}(?:\s+(?:{_NAME_WORD}|(?i:and|in|at|from|for|of|the)|,|&))*"
)
_CONTRIBUTORS = re.compile(rf"^\(?\s*{_CONTRIB_PART}(?:\s*[;,]\s*{_CONTRIB_PART})*\s*[.;]?\s*\)?\.?\s*$")
_OUTLET_IN_NOTICE = re.compile(
    r"(?:^|[.!?]\s+|[\"“]\s*)(?P<outlet>[A-Z][\w&.\-]*(?:\s+[A-Z][\w&.\-]*){0,3})\s+"
    r"(?:accepts no responsibility|is now on (?:whatsapp|telegram|google news))",
)
_COPYRIGHT_OUTLET = re.compile(
    r"^(?:copyright|\(c\)|©)\s*(?:\d{4}\s*)?(?P<outlet>[A-Z][\w&.\-]*(?:\s+(?:&|[A-Z][\w&.\-]*)){0,4})"
)
_DATE_DMY = re.compile(r"\b(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s*(\d{4})\b")
_DATE_MDY = re.compile(r"\b([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})\b")
_DATE_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})(?!\d)")
_DATE_WORDS = frozenset(
    "mon tue tues wed thu thur thurs fri sat sun monday tuesday wednesday thursday friday saturday sunday "
    "am pm a p m gmt bst utc cet cest edt est cdt cst pdt pst et ct pt ist jst aest on at updated published posted "
    "st nd rd th".split()
)
# An agency named in a byline ("JOSH BOAK AP Economics Writer"): capitals as agencies write them.
_AGENCY_WORD = re.compile(r"\b(?:" + _AGENCY_AS_WRITTEN + r")\b")
_DATE_LINE = re.compile(r"^(?:updated|published|posted|first published|last updated)(?:\s+on)?\s*:?", re.I)


@dataclass
class Paragraph:
    """A unit of article text: a body paragraph (`kind="body"`) or a heading line (`kind="heading"`)."""

    text: str
    kind: str = "body"


@dataclass
class CleanText:
    """A text split into article paragraphs (body and headings) and set-aside boilerplate, with its stated origin."""

    paragraphs: list[Paragraph]
    boilerplate: list[str] = field(default_factory=list)
    title: str | None = None
    credit: str | None = None
    dateline: str | None = None
    outlet: str | None = None
    date: str | None = None

    @property
    def body_text(self) -> str:
        """The article (headings included, boilerplate removed), paragraphs separated by blank lines."""
        return "\n\n".join(p.text for p in self.paragraphs)


# Characters that a case-insensitive pattern matches to an ASCII letter although `str.lower()` does not turn them
# into it (dotted and dotless I, long s, the Kelvin sign): a text holding one is searched without the prefilter.
_CASE_TRAPS = ("\u0130", "\u0131", "\u017f", "\u212a")


def _required_literals(pattern: str) -> tuple[str, ...] | None:
    """Lower-cased strings of which every case-insensitive match of `pattern` contains at least one, or None.

    Read from the parsed pattern: a run of literal characters, or one such run in every branch of an alternation,
    or in a group or a repeat that occurs at least once. Only letters and symbols whose case-insensitive matches
    `str.lower()` finds are used (ASCII, and uncased punctuation and symbols); a pattern without any is always
    tried.
    """
    import unicodedata

    try:
        from re import _parser as parser  # the parser behind re.compile (Python >= 3.11)

        tree = parser.parse(pattern, re.I)
    except Exception:  # a Python without it, or a pattern it cannot read: no prefilter, the pattern is tried
        return None

    def usable(text: str) -> bool:
        return bool(text) and all(
            c.isascii() or (unicodedata.category(c)[0] in "SP" and c.lower() == c == c.upper()) for c in text)

    def best(found: list[tuple[str, ...]]) -> tuple[str, ...] | None:
        # The most selective requirement: the longest shortest alternative, then the fewest alternatives.
        return max(found, key=lambda alts: (min(map(len, alts)), -len(alts)), default=None)

    def sequence(items: Any) -> list[tuple[str, ...]]:
        found: list[tuple[str, ...]] = []
        run: list[str] = []

        def close() -> None:
            if run and usable(text := "".join(run)):
                found.append((text.lower(),))
            run.clear()

        for op, av in items:
            if op is parser.LITERAL:
                run.append(chr(av))
                continue
            close()
            if op is parser.SUBPATTERN and not av[1] and not av[2]:  # a group without inline flags
                if (required := best(sequence(av[3]))) is not None:
                    found.append(required)
            elif op is parser.BRANCH:
                alternatives: list[str] = []
                for branch in av[1]:
                    required = best(sequence(branch))
                    if required is None:
                        break
                    alternatives += required
                else:
                    found.append(tuple(dict.fromkeys(alternatives)))
            elif op is parser.IN and all(kind is parser.LITERAL for kind, _ in av):  # [>»›], or (>|»|›)
                if all(usable(chr(c)) for _, c in av):
                    found.append(tuple(dict.fromkeys(chr(c).lower() for _, c in av)))
            elif op in (parser.MAX_REPEAT, parser.MIN_REPEAT, parser.POSSESSIVE_REPEAT) and av[0] >= 1:
                if (required := best(sequence(av[2]))) is not None:
                    found.append(required)
        close()
        return found

    return best(sequence(tree))


class _PatternSet:
    """Patterns tried one by one (separately compiled, each keeps its own scan), and only where one of their
    required literals (`_required_literals`) occurs: `str.__contains__` finds those far faster than the
    case-insensitive regex scans, so most lines are searched by no pattern at all. A document's paragraphs are
    screened together (`searcher`): one pass per literal over the document, then per paragraph only the patterns
    whose literals the document holds. The answers are those of trying every pattern, which is what a text holding
    a `_CASE_TRAPS` character gets."""

    def __init__(self, patterns: list[str]):
        self.patterns = [re.compile(p, re.I) for p in patterns]
        self._always: list[re.Pattern[str]] = []
        self._by_literal: dict[str, list[re.Pattern[str]]] = {}
        for source, compiled in zip(patterns, self.patterns, strict=True):
            required = _required_literals(source)
            if required is None:
                self._always.append(compiled)
            for literal in required or ():
                self._by_literal.setdefault(literal, []).append(compiled)

    def search_all(self, text: str) -> bool:
        return any(p.search(text) for p in self.patterns)

    def search(self, text: str) -> bool:
        return self.searcher(text)(text)

    def searcher(self, text: str) -> Callable[[str], bool]:
        """A search equivalent to `search_all` for `text` and any part of it that does not cross a line
        (a paragraph of the text, when `text` is paragraphs joined by newlines)."""
        if any(c in text for c in _CASE_TRAPS):
            return self.search_all
        lowered = text.lower()
        # Lower-casing is per character here (no U+0130; final sigma depends on letters, which a newline ends,
        # and no literal holds a sigma), so a literal in a part's lower case is in the text's lower case too.
        present = [(literal, patterns) for literal, patterns in self._by_literal.items() if literal in lowered]
        always = self._always
        if not present and not always:
            return _no_match

        def search(part: str) -> bool:
            if any(p.search(part) for p in always):
                return True
            lowered = part.lower()
            return any(literal in lowered and any(p.search(part) for p in patterns) for literal, patterns in present)

        return search


def _no_match(text: str) -> bool:
    return False


@lru_cache(maxsize=1)
def _patterns() -> tuple[_PatternSet, _PatternSet]:
    """The [any] and [short] boilerplate patterns of data/boilerplate.txt."""
    sections: dict[str, list[str]] = {"any": [], "short": []}
    current = None
    text = resources.files("diffsrc.data").joinpath("boilerplate.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
            continue
        if current in sections:
            sections[current].append(line)
    return _PatternSet(sections["any"]), _PatternSet(sections["short"])


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def has_final_punctuation(text: str) -> bool:
    """Whether the text ends (before trailing whitespace) with final punctuation, closing quotes and brackets
    allowed after it, or with a closing quote: what `_FINAL_PUNCT` finds, without scanning the line."""
    # rstrip() strips what \s matches (both use Py_UNICODE_ISSPACE), which also covers `$` before a final newline;
    # the final marks and the closers are disjoint sets.
    end = text.rstrip()
    if not end:
        return False
    if end[-1] in _CLOSING_QUOTES:
        return True
    end = end.rstrip(_CLOSERS)
    return bool(end) and end[-1] in _FINAL_MARKS


def _has_digit(text: str) -> bool:
    """`any(ch.isdigit() for ch in text)`: a regex \\d (Unicode decimal digits, all of which `isdigit()`) first;
    only a non-ASCII text without one is looked at character by character (superscripts, circled digits)."""
    return bool(_DIGIT.search(text)) or (not text.isascii() and any(map(str.isdigit, text)))


def parse_date(text: str) -> str | None:
    """An ISO date (YYYY-MM-DD) from "22 October, 2025", "Oct. 22, 2025" or "2025-10-22", if the text holds one."""
    if m := _DATE_ISO.search(text):
        return m.group(0)
    for m in _DATE_DMY.finditer(text):
        if month := month_number(m.group(2)):
            return f"{int(m.group(3)):04d}-{month:02d}-{int(m.group(1)):02d}"
    for m in _DATE_MDY.finditer(text):
        if month := month_number(m.group(1)):
            return f"{int(m.group(3)):04d}-{month:02d}-{int(m.group(2)):02d}"
    return None


def _is_hard_wrapped(lines: list[str]) -> tuple[bool, int]:
    lengths = sorted(len(line) for line in lines if line.strip())
    if len(lengths) < 4:
        return False, 0
    width = lengths[int(0.9 * (len(lengths) - 1))]
    if width > WRAP_MAX_WIDTH:
        return False, 0
    # Copy that ends its paragraphs with '<' or '¶' is wire copy, wrapped however short its lines.
    marked = sum(1 for line in lines if _strip_para_mark(line)[1])
    if marked >= 2 and marked >= 0.25 * len(lengths):
        return True, width
    # Wrapped lines do not run far past the wrap width: a short page whose text is mostly in a few long
    # paragraphs, under short headline and byline lines, is not wrapped at the width of its headline. (A wrapped
    # essay may hold a formula or two on long lines: a Clough-Stevenson answer has 18% of its text on them.)
    if sum(n for n in lengths if n > 1.25 * width) >= sum(lengths) / 3:
        return False, 0
    full = sum(1 for n in lengths if n >= 0.75 * width)
    return full >= 0.4 * len(lengths), width


def _strip_para_mark(line: str) -> tuple[str, bool]:
    """A line without its paragraph-end mark, and whether it had one.

    Wire copy may end each paragraph with a stray '<' or '¶'; prose never ends a line with either. Done with string
    tests, not a regex: a `\\s*[<¶]\\s*$` search backtracks quadratically over a long run of spaces.
    """
    body = line.rstrip()
    if not body or body[-1] not in "<¶":
        return line, False
    return body[:-1].rstrip(), True


def split_paragraphs(text: str) -> list[str]:
    """Paragraphs of a text: lines, with hard-wrapped lines joined and paragraph-end marks (`<`, `¶`) removed.

    In hard-wrapped copy a paragraph ends at a blank line, a paragraph mark, an indented next line, or a line
    that stops well short of the wrap width after final punctuation. Elsewhere each line is a paragraph.
    """
    lines = [line.rstrip() for line in text.split("\n")]
    wrapped, width = _is_hard_wrapped(lines)
    if not wrapped:  # each line is a paragraph, its whitespace collapsed (what the loop below does, faster)
        return [p for p in (" ".join(_strip_para_mark(line)[0].split()) for line in lines) if p]
    paragraphs: list[str] = []
    current: list[str] = []

    def flush() -> None:
        if current:
            paragraphs.append(" ".join(part.strip() for part in current if part.strip()))
            current.clear()

    for i, raw in enumerate(lines):
        line, marked = _strip_para_mark(raw)
        if not line.strip():
            flush()
            continue
        if not wrapped:
            flush()
            current.append(line)
            if marked:
                flush()
            continue
        if current and (line[:1] in (" ", "\t")) and current[-1][:1] not in (" ", "\t"):
            flush()
        # A byline under a headline is its own paragraph, however long the headline line above it.
        byline = len(line) < 0.6 * width and _is_byline(line.strip(), in_header=True, under_title=True)
        if byline:
            flush()
        current.append(line)
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        short_end = len(line) < 0.6 * width and has_final_punctuation(line)
        heading = len(line) < 0.6 * width and not has_final_punctuation(line) and not nxt[:1].islower()
        if marked or short_end or heading or byline:
            flush()
    flush()
    return [p for p in (" ".join(p.split()) for p in paragraphs) if p]


def _is_tag_list(text: str, words: list[str], *, in_header: bool = False) -> bool:
    # "japan donald trump USA united states world news": many words, no punctuation, almost no function words,
    # and (unlike a terse headline such as "Paris strikes: unions call fresh walkout") not written as a title.
    if len(words) < 6 or has_final_punctuation(text) or "," in text or ":" in text:
        return False
    stop = stopwords()
    function_words = sum(1 for w in words if w.lower() in stop)
    lowercase = sum(1 for w in words if w.islower())
    if function_words > 0.12 * len(words) or lowercase < 0.4 * len(words):
        return False
    figure = _has_digit(text)
    # Above the body, a line stating a figure is a headline ("orders five new frigates in #4.2bn defence deal":
    # PA writes £ as #), however it is cased; tag lists name topics, not amounts.
    if in_header and figure:
        return False
    if text[:1].islower():
        return True
    # A capitalised run of ten words is a headline when it stands above the body or states a figure; below the
    # body and without figures, a tag list.
    if in_header or figure:
        return False
    return len(words) >= 10 and function_words <= 1


def _is_byline(text: str, *, in_header: bool, under_title: bool) -> bool:
    """Whether a line is a byline or staff credit ("By Tom Whitaker", "Gwyn Topham Transport correspondent")."""
    if len(text) > 160:  # bylines are short; the patterns below are not meant for paragraphs
        return False
    # The date part of _BYLINE_WITH_DATE holds a digit (\\d): a line without one is not tried.
    if (_DIGIT.search(text) and (m := _BYLINE_WITH_DATE.match(text))
            and _is_date_line(m.group("when"), _words(m.group("when")))):
        text = m.group("who")
        # "Jane Doe | 14 March 2023": a lone name dated under the headline is its byline.
        if in_header and re.fullmatch(_NAME, text):
            return True
    if has_final_punctuation(text) or _has_digit(text) or len(text) > 120:
        return False
    if _BYLINE.match(text) or _STAFF_CREDIT.match(text) or _CONTRIBUTORS.match(text):
        return True
    starts_by = text[:3].lower() == "by "
    # Without "By", a name and a role is a byline only in the header, and a name and a place only under a
    # headline: lower down (or as the first line) "Jane Doe Political editor" could be a subhead or headline.
    if m := _NAME_ROLE.match(text):
        # A Title Case line ("Biden Campaign Staff") first in the text is a headline; a byline as the first line
        # has a lowercase role ("Gwyn Topham Transport correspondent") or names an agency.
        plain = any(w.islower() for w in _words(text)) or m.group("agency") or m.group("agency2")
        return starts_by or (in_header and (under_title or bool(plain)))
    if _NAME_PLACE.match(text) or _NAMES_ONLY.match(text):
        return starts_by or (in_header and under_title)
    return False


def _is_date_line(text: str, words: list[str]) -> bool:
    # "Tue 14 Mar 2023 10.22 GMT", "October 22, 2025 4:27 PM": a line that is only a date (and time).
    if not words or len(words) > 12 or parse_date(text) is None:
        return False
    return all(w.isdigit() or w.lower().rstrip(".") in _DATE_WORDS or month_number(w) for w in words)


def _normal_key(text: str, words: list[str] | None = None) -> str:
    """The text's words, lower-cased, space-separated. Given the words of `text`, they are lower-cased rather than
    found again: `str.lower()` keeps every character's length and word/CJK/apostrophe class except for U+0130
    (dotted capital I, which becomes two characters), and lowers each character alone except for capital sigma
    (final or not by its neighbours), so both ways give the same key without those two."""
    if words is not None and "\u0130" not in text and "\u03a3" not in text:
        return " ".join(words).lower()
    return " ".join(_words(text.lower()))


def clean_text(text: str) -> CleanText:
    """Split a document's text into article paragraphs and set-aside boilerplate, and read its origin.

    Args:
        text: the document's text, `\\n` line endings.

    Returns:
        A `CleanText`. Every non-blank line of the input is either in `paragraphs` or in `boilerplate`
        (a stripped dateline prefix is listed in `boilerplate` too).
    """
    any_pattern, short_pattern = _patterns()
    result = CleanText(paragraphs=[])
    seen: set[str] = set()
    # Above the first body paragraph: where headlines, standfirsts and bylines stand.
    in_header = True
    paragraphs = split_paragraphs(text)
    words_of = [_words(para) for para in paragraphs]
    # The pattern lists are screened once for the whole document, the [short] list on its short paragraphs only.
    any_search = any_pattern.searcher("\n".join(paragraphs))
    short_search = short_pattern.searcher(
        "\n".join(para for para, words in zip(paragraphs, words_of, strict=True) if len(words) <= SHORT_LINE_WORDS))
    for para, words in zip(paragraphs, words_of, strict=True):
        key = _normal_key(para, words)
        reason = None
        if any_search(para):
            reason = "notice"
        elif len(words) <= SHORT_LINE_WORDS and short_search(para):
            reason = "chrome"
        elif key in seen:
            reason = "repeated"
        elif m := _CREDIT_LINE.match(para):
            agency = m.group("agency") or m.group("agency2") or m.group("agency3")
            result.credit = result.credit or canonical_agency(agency)
            reason = "credit"
        elif _is_byline(para, in_header=in_header, under_title=result.title is not None):
            if m := _AGENCY_WORD.search(para):
                result.credit = result.credit or canonical_agency(m.group(0))
            result.date = result.date or parse_date(para)
            reason = "byline"
        elif " " not in para and (_URL.match(para) or _DOMAIN.match(para)):  # both match no space
            reason = "link"
            if (m := _DOMAIN.match(para)) and not result.outlet:
                result.outlet = para.strip().removeprefix("https://").removeprefix("http://").removeprefix("www.")
        elif _is_tag_list(para, words, in_header=in_header):
            reason = "tags"
        elif _is_date_line(para, words):
            reason = "date"
            result.date = result.date or parse_date(para)
        elif len(words) <= 2 and not has_final_punctuation(para):
            reason = "fragment"
        seen.add(key)
        if reason:
            _read_origin(para, result)
            result.boilerplate.append(para)
            continue
        if in_header:  # no body paragraph yet (only headings, or nothing)
            if (m := _DATELINE.match(para)) and (m.group("agency") or len(m.group("place").strip()) >= 3):
                result.dateline = m.group("place").strip(" ,")
                if m.group("agency"):
                    result.credit = result.credit or canonical_agency(m.group("agency"))
                result.boilerplate.append(m.group(0).strip())
                para = para[m.end():]
                if not para.strip():
                    continue
        kind = "heading" if len(words) <= HEADING_MAX_WORDS and not has_final_punctuation(para) else "body"
        if kind == "heading" and result.title is None and in_header:
            result.title = para
        result.paragraphs.append(Paragraph(para, kind))
        in_header = in_header and kind == "heading"
    return result


def _read_origin(line: str, result: CleanText) -> None:
    """Note the outlet and date a piece of boilerplate states (a disclaimer, a copyright line, an 'Updated' line)."""
    if not result.outlet:
        if m := _OUTLET_IN_NOTICE.search(line):
            result.outlet = m.group("outlet")
        elif (m := _COPYRIGHT_OUTLET.match(line)) and not re.match(AGENCY_PATTERN + r"\b", m.group("outlet")):
            result.outlet = m.group("outlet").strip()
    if not result.date and _DATE_LINE.match(line):
        result.date = parse_date(line)
