"""Cleaning: separate the article from page chrome, join hard-wrapped lines, keep what the text says of its origin.

Input is a document's text with `\\n` line endings; output is a `CleanText`: body and heading paragraphs, the
boilerplate set aside (kept, so reports can list it), and the credit, dateline, outlet, title and date the text
states. Decisions rest on wording, line shape and place together (`data/boilerplate.txt` says which of its
patterns apply to which lines), never on a keyword alone and never on one outlet's page: reporting mentions
subscribers, cookies and newsletters, and a sentence of the article wrongly set aside is worse than a share bar kept.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache, cached_property, lru_cache
from typing import Any, NamedTuple, Protocol, TypeVar

from .. import rx
from .lexicon import (
    ABBREVIATIONS,
    AGENCIES,
    AGENCY_ARTICLE,
    AGENCY_PATTERN,
    BROADCASTERS,
    BYLINE_ROLES,
    CJK_CHARS,
    CLOSED_UP_COMPOUNDS,
    COMPOUND_HEADS,
    COMPOUND_HEADS_BEFORE_A_WORD,
    COMPOUND_TAILS,
    CREDIT_ACCORDING_TO,
    CREDIT_WITH,
    MONTH_NAMES,
    MONTHS_BY_NAME,
    NAME_PARTICLES,
    NAME_WORD,
    NOTICE_NOUNS,
    NOTICE_VERBS,
    ONE_WORD_SENTENCES,
    OUTLET_WORDS,
    SENTENCE_STARTERS,
    SOURCE_LABELS,
    UPPER,
    WEEKDAY_NAMES,
    alternation,
    canonical_agency,
    data_sections,
    month_number,
    other_abbreviations,
    stopwords,
)

# A paragraph at most this many words long is tested against the [label], [short] and [list] chrome patterns, and a
# sentence longer than this is prose, not a credit, byline or date line.
SHORT_LINE_WORDS = 15
# Headings (headlines, standfirsts, subheads) are lines without final punctuation up to this many words.
HEADING_MAX_WORDS = 40
# Calls to action ("Sign up to our newsletter for the best stories in your inbox") are at most this many words.
PROMPT_MAX_WORDS = 40
# A text is hard-wrapped when 90% of its lines are at most this long (wire copy wraps at 64-80 columns).
WRAP_MAX_WIDTH = 100

# Final punctuation includes the full stops and question marks of Chinese/Japanese (。！？｡), Hindi (। ॥) and
# Arabic/Urdu (؟ ۔), and the corner brackets that close a Japanese quotation.
_FINAL_PUNCT = rx.compile(r"""[.!?…:;。！？｡।॥؟۔]["'”’»)\]」』）]*\s*$|["”’»」』]\s*$""")
# The same test with string methods (`has_final_punctuation`): the regex scans the whole line for a possible start.
_FINAL_MARKS = ".!?…:;。！？｡।॥؟۔"
_CLOSERS = "\"'”’»)]」』）"
_CLOSING_QUOTES = "\"”’»」』"
_DIGIT = rx.compile(r"\d")
# Chinese and Japanese do not separate words with spaces: each Han or kana character counts as a word, so a
# paragraph of CJK prose is not mistaken for a two-word fragment.
_WORD = rx.compile(rf"[{CJK_CHARS}]|[^\W{CJK_CHARS}]+(?:['’][^\W{CJK_CHARS}]+)*")
_DOMAIN = rx.compile(
    r"^(?:https?://)?(?:www\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|in|co\.uk|uk|au|jp|news|info|io))/?$", re.I
)
_URL = rx.compile(r"^(?:https?://|www\.)\S+$", re.I)

# "TOKYO (AP) —", "LONDON, Oct 5 (Reuters) -", "WASHINGTON (AFP) --" at the start of the first paragraph, or a
# place alone in capitals, "HALIFAX - ".
_DATELINE = rx.compile(
    r"^(?P<place>[A-Z][A-Z.'\- ]{1,40}?(?:,\s*[A-Z][A-Za-z.]*\.?)?)"
    r"(?:,?\s+(?P<when>[A-Z][a-z]{2,8}\.?\s+\d{1,2}))?"
    r"(?:\s*\((?P<agency>" + AGENCY_PATTERN + r")\)\s*(?:[-—–]{1,2}|:)\s+|\s+(?:[-—–]{1,2})\s+"
    # A press-release wire's: "SAN FRANCISCO--(BUSINESS WIRE)--Acme Corp today announced ...".
    r"|[-—–]{2}\((?P<wire>" + AGENCY_PATTERN + r")\)[-—–]{2}\s*)"
)
# The same with an agency of any language, in the styles agencies write their own datelines: a place in capitals of
# any script, in title case or in a script without case (one to three words), a date in the agency's language,
# then the agency in brackets or slashes, and a dash, a colon, a full stop or nothing: "MADRID, 5 dic (EFE).-",
# "Berlin (dpa) -", "PARIS, 5 déc 2024 (AFP) -", "SÃO PAULO, 5 DEZ (Reuters) -", "МОСКВА, 5 декабря. /ТАСС/.",
# "नयी दिल्ली, पांच दिसंबर (भाषा)", "NEW DELHI, Dec 5 (PTI)". The agency is required, and without a date so is the
# punctuation after it: a sentence does not begin with a place and an agency's name in brackets, and a place whose
# word begins in lower case is no place (`_read_dateline`). dpa's places may be two joined by a slash, or joined by
# "am" and "an der", and its regional services sign in the brackets: "Frankfurt/Main (dpa) -", "Frankfurt am Main
# (dpa) -", "Halle an der Saale (dpa) -", "Bad Homburg (dpa/lhe) -"; EFE's by "de": "Las Palmas de Gran Canaria,
# 3 oct (EFE).-" (a data desk's trial: none was read, so the dateline stayed in the first sentence and the reprint
# credited no one). Up to five words.
_DATELINE_WORD = r"[^\W\d_][^\s,()/]*"
_DATELINE_DATE = r"[^\s,()/]+(?:\s+[^\s,()/]+){0,3}?(?:,\s*\d{4})?"
_AGENCY_DATELINE = rx.compile(
    rf"^(?P<place>{_DATELINE_WORD}(?:[ \-/]{_DATELINE_WORD}){{0,4}}?)(?:,\s*(?P<when>{_DATELINE_DATE}))?"
    r"\s*(?:\((?P<agency>" + AGENCY_PATTERN + r")(?:/[a-z]{2,4})?\)|/(?P<agency_slashed>" + AGENCY_PATTERN + r")/)"
    r"(?P<end>\s*\.?\s*[-—–]{1,2}|\s*:|\.)?\s+"
)
# The agency first, as ANSA writes it: "(ANSA) - ROMA, 5 DIC -".
_AGENCY_FIRST_DATELINE = rx.compile(
    r"^\((?P<agency>" + AGENCY_PATTERN + r")\)\s*[-—–]{1,2}\s*"
    rf"(?P<place>{_DATELINE_WORD}(?:[ \-]{_DATELINE_WORD}){{0,2}}?)(?:,\s*(?P<when>{_DATELINE_DATE}))?"
    r"\s*[-—–]{1,2}\s+"
)
# The agency alone, with no place, as financial wires and aggregators print the first paragraph: "(AFP) - Deutsche
# Bank shares rose ...", "(dpa-AFX) - ...", "(Reuters) -" (a statistics and wire desk's re-test: no credit was read
# and "(AFP) -" stayed in the first sentence). The dash or colon is required: "(AFP) reported" is a sentence.
_AGENCY_ONLY_DATELINE = rx.compile(
    r"^\((?P<agency>" + AGENCY_PATTERN + r")(?:/[a-z]{2,4})?\)\s*(?:[-—–]{1,2}|:)\s+")
# Chinese and Japanese agencies put their name and the place together: "新华社北京12月5日电" (Xinhua, Beijing,
# 5 December), "【東京共同】" (Tokyo, Kyodo), "(서울=연합뉴스)" (Seoul, Yonhap).
_CJK_DATELINE = rx.compile(
    r"^(?P<agency>新华社|新華社)(?P<place>[\u4e00-\u9fff]{1,6}?)(?P<when>\d{1,2}月\d{1,2}日)?电"
    r"(?:\s*[（(]记者[^）)\n]{0,30}[）)])?\s*"
    r"|^【(?P<place2>[^】\s]{1,10}?)(?P<agency2>共同|時事)】\s*"
    r"|^[(（](?P<place3>[^=)）\s]{1,10})=(?P<agency3>연합뉴스)[)）]\s*"
)
# German regional papers open their first paragraph with the place alone and a full stop: "Potsdam. Die
# Bundesregierung will ...". One capitalised word (or a hyphenated name), then a capitalised sentence of at least
# four words; an abbreviation ("Dr. Müller", "Sra. Pérez"), a function word and a sentence on its own are no place
# (`_read_dateline`).
_PLACE_DOT_DATELINE = rx.compile(
    rf"^(?P<place>{UPPER}[^\W\d_]{{2,}}(?:-{UPPER}[^\W\d_]+)*)\.\s+(?=(?P<next>{UPPER}[^\W\d_]*)(?:\s+\S+){{3}})"
)
# Agency names as agencies write them (or in capitals): where a byline has no comma before the agency, a name
# such as "Ani" or "Pap" must not be read as ANI or PAP.
_AGENCY_AS_WRITTEN = alternation(
    {form for aliases in AGENCIES.values() for alias in aliases for form in (alias, alias.upper())})
# The agencies a credit line names, one or several ("With PA and Reuters", "By Jane Smith, AP, Reuters and AFP"),
# each with the word a wire adds to its name ("PA News", "Reuters news agency", "PA Wire").
_AGENCY_NEWS = r"(?:\s+(?i:news|news\s+agency|wire))?"


def _agency_list(agency: str) -> str:
    """One agency of `agency` or several, joined by commas, "&" or "and"."""
    one = r"(?:" + agency + r")" + _AGENCY_NEWS
    return one + r"(?:\s*(?:,|&|\band\b)\s*(?i:the\s+)?" + one + r")*"


_AGENCY_LIST = _agency_list(AGENCY_PATTERN)
_AGENCY_AS_WRITTEN_LIST = _agency_list(_AGENCY_AS_WRITTEN)
# "AP |", "Reuters", "By Jane Smith, PA News", "By Jane Smith | AFP": a credit or byline line of its own. "With PA"
# and "By Jane Smith, with PA" too (a re-test: the byline was read as the article's title, an added heading, and the
# reprint called unattributed reuse), with a full stop ("With PA.") or several agencies ("With PA and Reuters": a
# second re-test).
_CREDIT_LINE = rx.compile(
    r"^(?i:(?:by\s+(?P<byline>[^,|]{2,60}?)\s*(?:[,|]\s*(?:with\s+(?:the\s+)?)?|\s+for\s+)|with\s+(?:the\s+)?)?"
    r"(?P<agency>" + _AGENCY_LIST + r")\s*\|?\s*\.?\s*)$"
    # "By Mark Ellis, PA Transport Correspondent", "By Alan Jones, PA Political Staff"
    r"|^(?i:by\s+(?P<byline2>[^,|]{2,60}?)\s*,\s*(?P<agency2>" + AGENCY_PATTERN + r")(?:\s+[A-Z][a-z]+){1,3}\s*)$"
    # "By PA Reporter", "By Press Association Sport", "By JOHN SMITH Associated Press", "By John Smith and Press
    # Association reporters"; "By a PA Reporter" (an article before the agency, no name: a user's trial read the line
    # as the article's title and called the credited copy unattributed reuse)
    r"|^(?i:by)\s+(?:(?i:an?)\s+(?=" + _AGENCY_AS_WRITTEN + r"\b))?"
    r"(?:(?P<byline3>[^,|]{2,60}?)\s+)?(?P<agency3>" + _AGENCY_AS_WRITTEN + r")\b"
    r"(?:\s+(?i:news|news agency|wire))?"
    r"(?:\s+(?:[A-Z][a-z]+|(?i:reporters?|staff|correspondents?|writers?|journalists?))){0,3}\s*\.?\s*$"
    # "By Joe Quinn, PA News, in Zeist, Netherlands", "..., at the Old Bailey": where the reporter filed from.
    r"|^(?i:by\s+(?P<byline4>[^,|]{2,60}?)\s*,\s*(?P<agency4>" + AGENCY_PATTERN + r")(?:\s+news)?\s*,?"
    r"\s+(?:in|at)\s+(?:the\s+)?)"
    r"[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){0,2}(?:\s*,\s*[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){0,2})?\s*$"
)
# Each agency of a credit line's list (`_listed_agencies`); a name ends where a word does, "(?!\w)", not "\b", for
# names ending in a vowel sign ("भाषा").
_AGENCY_IN_LIST = rx.compile(r"(?i:(?<!\w)(?:" + AGENCY_PATTERN + r")(?!\w))")


# Credit lines in other languages: "Source : AFP", "Fuente: agencia EFE", "Quelle: dpa", "来源：新华社", "المصدر: وكالة
# الأناضول", "Le Figaro avec AFP", "mit Material von dpa", "Com informações da Reuters", "según informó la agencia
# EFE", "По материалам ТАСС", "Fuente: EFE y Europa Press". The whole line is the credit: "según EFE" ending a
# sentence of the article is the article's.
_LOCAL_CREDIT_LINE = rx.compile(
    r"^(?i:(?:(?:[^:|]{1,40}?[\s,]+)?(?:" + alternation(CREDIT_WITH) + r")"
    r"|(?:" + alternation(CREDIT_ACCORDING_TO) + r"))\s*"
    r"|(?:" + alternation(SOURCE_LABELS) + r")\s*[:：]\s*)"
    r"(?i:" + AGENCY_ARTICLE + r")(?P<agency>" + AGENCY_PATTERN + r")(?:/[a-z]{2,4})?"
    r"(?:\s*(?:,|/|(?i:y|e|et|und|and|i|и|ve|و))\s*(?:" + AGENCY_PATTERN + r"))*\s*[.。]?\s*$"
)
_CREDIT_WITH_OPENERS = tuple(CREDIT_WITH)


def _local_credit_line(line: str) -> re.Match[str] | None:
    """A credit line in another language (`_LOCAL_CREDIT_LINE`), also between parentheses, as regional papers close
    a reprint of agency copy: "(mit Material von dpa)", "(Con información de EFE)" (a data desk's trial: the German
    line was kept as an added sentence of the reprint and credited no one, where "(Avec AFP)", two words, was set
    aside as chrome). Only the phrases that say "with material from": "(Source: AFP)" in English copy is read as
    before. A string test first: this is asked of many lines."""
    stripped = line.strip()
    if stripped[:1] == "(" and stripped[-1:] == ")" and stripped[1:].lower().startswith(_CREDIT_WITH_OPENERS):
        return _LOCAL_CREDIT_LINE.match(stripped[1:-1].strip())
    return _LOCAL_CREDIT_LINE.match(line)


# "This story was supplied by the Press Association.", "Supplied by the Press Association", "Copy supplied by PA
# Media", "Additional reporting by PA", "Courtesy of Reuters": a notice, a line of its own or a paragraph's first or
# last sentence (`credit_sentence`), that says whose copy the text is (a re-test: read as the article's last
# sentence, an added one, and no credit). The agencies as they write themselves: "the footage was supplied by pa"
# is no one's credit, and neither is a subject other than the story's ("The footage was supplied by PA.").
_SUPPLIED_LINE = rx.compile(
    r"^(?i:(?:(?:(?:this|the)\s+(?:" + NOTICE_NOUNS + r")\s+(?:was|is|has\s+been)\s+"
    r"|(?:copy|content|story|material|text)\s+)?(?:" + NOTICE_VERBS + r")\s+by"
    r"|(?:additional\s+)?reporting\s+by|courtesy\s+of)\s+(?:the\s+)?)"
    r"(?P<agency>" + _AGENCY_AS_WRITTEN_LIST + r")"
    r"(?i:\s+(?:reporters?|staff|correspondents?))?\s*\.?\s*$")
# A credit as a paragraph's first or last sentence: "With PA." or a notice (`_SUPPLIED_LINE`), after or before a
# sentence of the paragraph ("... on the bonnet. This story was supplied by the Press Association."). Only these:
# a byline is no sentence of prose.
_WITH_SENTENCE = rx.compile(r"^(?i:with\s+(?:the\s+)?)(?P<agency>" + _AGENCY_AS_WRITTEN_LIST + r")\s*\.\s*$")
# Where a paragraph's first sentence ends and the next begins (the end of `_INNER_END`, kept with its capital).
_SENTENCE_GAP = rx.compile(r"(?<=[^\W\d_]{2}[.!?])[\"'”’)]*\s+(?=[\"“‘'(]*[A-Z])")
# The words a credit sentence opens with (string tests first: this is asked of every paragraph).
_CREDIT_SENTENCE_OPENERS = ("with ", "this ", "the ", "copy ", "content ", "story ", "material ", "text ",
                            "supplied ", "provided ", "filed ", "distributed ", "contributed ", "additional ",
                            "reporting ", "courtesy ")
# What `_SUPPLIED_LINE` and `_WITH_SENTENCE` match before the agency: a paragraph whose first sentence is a credit
# opens with it. Matched at the paragraph's start (anchored: tried there only) before its first sentence is looked
# for: `_SENTENCE_GAP` opens with a look-behind, so its search is tried at every character up to the first
# sentence's end, and a fifth of news paragraphs open with "The" (credit_sentence was ~8% of cleaning).
_CREDIT_OPENING = rx.compile(
    r"(?i:with\s+|(?:(?:(?:this|the)\s+(?:" + NOTICE_NOUNS + r")\s+(?:was|is|has\s+been)\s+"
    r"|(?:copy|content|story|material|text)\s+)?(?:" + NOTICE_VERBS + r")\s+by"
    r"|(?:additional\s+)?reporting\s+by|courtesy\s+of)\s+)")
# "By Tom Whitaker", "BY JANE SMITH": a byline line of its own (its label read as "By" first, `_byline_form`).
_BYLINE = rx.compile(
    r"^(?:by|BY|By)\s+"
    rf"{NAME_WORD}(?:\s+(?:{NAME_WORD}|of|and|&|{'|'.join(NAME_PARTICLES)})){{0,4}}\.?\s*$"
)
# The other words a byline opens with: "Written by Jane Doe", "By: Jane Doe", "Written by: Jane Doe", "Author: Jane
# Doe", "Authors: ...", and a live page's "Edited by Frances Mao" (a live-blog desk's trial: it stood as a heading of
# every blog its editor ran, "verbatim" between two of them). A colon is required after "Author", which opens
# sentences too ("Author Jane Doe said ..."); below the body that label is an info box's, not a byline (`_is_byline`).
_BYLINE_LABEL = rx.compile(
    r"^(?i:(?:(?:written|words|text|story|edited)\s+)?by\s*:\s*|(?:written|words|text|story|edited)\s+by\s+"
    r"|(?P<author>authors?\s*:)\s*)")
# "By" in other languages: "Par Jean Dupont" (French), "Por María García" (Spanish, Portuguese), "Von Hans Müller"
# (German), "di Mario Rossi" (Italian), "Door Jan de Vries" (Dutch). Each is a word of prose or a name's particle too
# ("Par ailleurs", "Von der Leyen", "Di Maio"), so it is a label only before a capitalised name word that is no
# particle, and only above the body (`_is_byline`); the name patterns then judge the rest as a "By" line's.
# Capitalised, each also opens English headlines of a byline's shape ("Par Three Ace For Rahm", "Por Favor Cafe
# Opens", "Von Trapp Villa Sold", "Di Maio Resigns"): then it is a label only before a comma and what follows it
# ("Par Jean Dupont, AFP") or in a text of its language (`_foreign_label`).
_FOREIGN_BYLINE_LABEL = rx.compile(
    r"^(?P<label>[Pp]ar|PAR|[Pp]or|POR|[Vv]on|VON|[Dd]i|DI|[Dd]oor|DOOR)\s+"
    rf"(?=(?!(?i:{'|'.join(NAME_PARTICLES)})\b){NAME_WORD})"
)
_FOREIGN_LABEL_LANGUAGES = {"par": ("fr",), "por": ("es", "pt"), "von": ("de",), "di": ("it",), "door": ("nl",)}
_THEN_A_COMMA = rx.compile(r"[^,]{3,80},\s*\S")
# `_foreign_label`'s language for a line read on its own, as a metadata author field is: any label is one.
ANY_LANGUAGE = "*"
# What a "By" line may give after its names, past a dash, a bar or a bullet or in brackets: where the writer works,
# a desk, a reading time or a date ("By Jane Smith - Harbour Gazette", "By Jane Smith (Harbour Gazette)", "By Jane
# Smith • 5 min read"); or a paper after "for" ("By Jane Smith for the Daily Mail", "By Jane Smith For Mailonline").
_BYLINE_TAIL_SEPARATOR = rx.compile(r"\s+[-–—]{1,2}\s+|\s*[|•·]\s*|\s+(?=@\w)")  # "By Jane Smith @janesmith"
_BYLINE_FOR = rx.compile(r"^(?P<head>.+?)\s+(?i:for)\s+(?P<tail>(?:(?i:the)\s+)?[A-Z].*)$")
_BYLINE_BRACKETS = rx.compile(r"^(?P<head>.+?)\s*\((?P<tail>[^()]+)\)$")
_HANDLE = rx.compile(r"@\w[\w.]*")  # "By Jane Smith (@janesmith)"
# What a "By" line may give after its names past a comma: a site's initials or address ("By Jane Smith, CNN", "By
# Jane Smith, axios.com"; a word in capitals only after a name that is not, as "BY LATE AFTERNOON, CHAOS" is a
# headline), and where the reporter filed from ("By Jane Smith, in Washington", "..., in Zeist, Netherlands").
_BYLINE_COMMA_TAIL = rx.compile(
    r"^(?P<head>.+?)\s*,\s*(?:(?P<site>[A-Z]{2,5}|[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|co\.uk|news|io))"
    r"|(?i:in|at)\s+(?:the\s+)?[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){0,2}"
    r"(?:\s*,\s*[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){0,2})?)\s*$"
)
_READING_TIME = rx.compile(r"(?i:\d{1,3}\s*-?\s*(?:min|mins|minute|minutes)\.?\s+read)")
# A paper, a site or a desk as a byline names it: capitalised words and the words that join them ("Harbour
# Gazette", "The Mail on Sunday", "Mailonline", "BBC News"), or a role ("Political editor").
_AFFILIATION_WORD = r"[A-Z][\w&'’.\-]*"
_AFFILIATION = rx.compile(
    rf"(?:(?i:the)\s+)?{_AFFILIATION_WORD}(?:\s+(?:{_AFFILIATION_WORD}|of|the|and|&|on|in|at|for)){{0,5}}"
    rf"|(?:{_AFFILIATION_WORD}\s+)?(?:[\w&'’\-]+\s+){{0,2}}(?i:{'|'.join(BYLINE_ROLES)})"
)
# "Jr." and "Sr." end a name with a full stop that ends no sentence: "By Martin Luther King Jr.". A comma before
# one ("John Smith, Jr.") does not part it from the name.
_NAME_SUFFIX_END = rx.compile(r"\s(?:Jr|Sr|JR|SR)\.$")
_COMMA_BEFORE_SUFFIX = rx.compile(r",\s*((?:Jr|Sr|JR|SR)\b\.?)")
# A byline and the date beside it: "By Jane Doe | March 14, 2023", "Jane Doe, Published 14 March 2023 10:22 GMT".
_BYLINE_WITH_DATE = rx.compile(
    r"^(?P<who>[^|•·\d]+?)\s*(?:[|•·,—–]\s*|\s+(?=(?i:published|updated|posted|on)\b))(?P<when>[^|•·]*\d.*)$"
)
# Bylines without "By", as newspapers set them under the headline. A name is two to four capitalised words
# (initials, "O'Neill", "de la Cruz" and capitals included); several names are joined by commas or "and".
_NAME_WORD = NAME_WORD  # any script: "José Álvarez", "Łukasz Żółć"
_NAME = rf"{_NAME_WORD}(?:\s+(?:(?:{'|'.join(NAME_PARTICLES)})\s+)*{_NAME_WORD}){{1,3}}"
# Names are joined by a comma, "and" or "&", or a comma and then one ("Jane Smith, Tom Brown, and Ana Ruiz").
_NAME_SEPARATOR = r"\s*(?:,\s*(?:(?i:and)\b|&)?|(?i:and)|&)\s*"
_NAMES = rf"(?:(?i:by)\s+)?(?P<names>{_NAME}(?:{_NAME_SEPARATOR}{_NAME})*)"
_ROLE_NOUN = r"(?i:" + "|".join(BYLINE_ROLES) + r")"
_PLACE = r"(?:the\s+)?[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){0,2}"
# Words that make "Jane Doe named political editor" a headline, not a byline.
_NOT_ROLE = r"(?!(?i:names?|named|appoint(?:s|ed)?|becomes?|made|quits|resigns|sack(?:s|ed)|fire[sd]|hire[sd]|"
_NOT_ROLE += r"promoted|joins|leaves|new|wins|meets|says|to|is|was|as)\b)"
# "Gwyn Topham Transport correspondent", "Jane Doe, Political Editor", "JOSH BOAK AP Economics Writer",
# "Sam Jones and Ana Ruiz, Europe correspondents in Madrid": a name, then a role ending in a role noun.
_NAME_ROLE = rx.compile(
    rf"^{_NAMES}\s*,?\s+(?:(?P<agency>{AGENCY_PATTERN})\b\s*)?"
    rf"(?:{_NOT_ROLE}[A-Z][\w&'’\-]*\s+(?:{_NOT_ROLE}[\w&'’\-]+\s+){{0,2}})?{_ROLE_NOUN}"
    rf"(?:\s+(?i:in|at|for)\s+{_PLACE})?\s*$"
    # "JOHN SMITH Associated Press", "Jane Doe, AFP"
    rf"|^{_NAMES.replace('names', 'names2')}\s*,?\s+(?P<agency2>{AGENCY_PATTERN})\s*$"
)
# "Sam Jones in Madrid", "Justin McCurry in Tokyo and Jane Doe in Seoul": a byline only under a headline.
_NAME_PLACE = rx.compile(rf"^{_NAMES}\s+(?i:in|at)\s+{_PLACE}(?:\s+(?i:and)\s+{_NAME}\s+(?i:in|at)\s+{_PLACE})*\s*$")
# "Ana Ruiz and Luc Petit": names alone, a byline only under a headline.
_NAMES_ONLY = rx.compile(rf"^{_NAME}(?:{_NAME_SEPARATOR}{_NAME})+\s*$")
# "From our correspondent", "Our Foreign Staff", "By a staff reporter", "Staff and agencies", "Guardian staff
# writer", "Telegraph reporters and agencies".
_STAFF_CREDIT = rx.compile(
    rf"^(?:(?i:by)\s+)?(?:(?:(?i:from)\s+)?(?i:our)\s+(?:(?i:own)\s+)?(?:[\w&'’\-]+\s+){{0,2}}{_ROLE_NOUN}"
    rf"|(?i:a\s+staff)\s+{_ROLE_NOUN}"
    rf"|(?:[A-Z][\w&'’\-]*\s+)?(?i:staff)\s+(?:(?i:and\s+agencies)|{_ROLE_NOUN})"
    rf"|[A-Z][\w&'’\-]*\s+{_ROLE_NOUN}\s+(?i:and\s+agencies))"
    rf"(?:\s+(?i:in|at)\s+{_PLACE})?\s*$"
)
# Reuters-style contributor lines: "Reporting by Tim Kelly; Editing by Lincoln Feast", "(Additional reporting by
# Jane Doe in Seoul)".
_CONTRIB_ROLES = r"reporting|writing|editing|compiled|produced|research|graphics|photos?"
_CONTRIB_PART = (
    rf"(?i:(?:additional\s+)?(?:{_CONTRIB_ROLES})\s+by)\s+"
    rf"{_NAME_WORD}(?:\s+(?:{_NAME_WORD}|(?i:and|in|at|from|for|of|the)|,|&))*"
)
_CONTRIBUTORS = rx.compile(rf"^\(?\s*{_CONTRIB_PART}(?:\s*[;,]\s*{_CONTRIB_PART})*\s*[.;]?\s*\)?\.?\s*$")
_OUTLET_IN_NOTICE = rx.compile(
    r"(?:^|[.!?]\s+|[\"“]\s*)(?P<outlet>[A-Z][\w&.\-]*(?:\s+[A-Z][\w&.\-]*){0,3})\s+"
    r"(?:accepts no responsibility|is now on (?:whatsapp|telegram|google news))",
)
# "© 2025 The Daily Courier. All rights reserved.", "Copyright © 2024 Northern Star Media Ltd", "(c) Courier
# Media 2023": the name is capitalised words (a word may hold dots, "Mid-day.com", but does not end in one).
# A name written in Chinese or Japanese is one run of Han and kana ("地方新聞社", "新华网"), and "Copyright" itself is
# no outlet's name ("Copyright © 2024 地方新聞社 All rights reserved."), nor is the "All rights reserved" after one.
_OUTLET_WORD = r"(?!(?i:copyright|all\s+rights)\b)[A-Z][\w&'’\-]*(?:\.[\w&\-]+)*"
_COPYRIGHT_OUTLET = rx.compile(
    r"^(?:(?i:copyright)\s*)?(?:©|\((?i:c)\))?\s*(?:(?i:copyright)\s+)?(?:(?i:of)\s+)?"  # "© Copyright of X"
    r"(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?"
    rf"(?P<outlet>[{CJK_CHARS}]+|{_OUTLET_WORD}(?:\s+(?:&|of|{_OUTLET_WORD})){{0,4}})"
)
_COPYRIGHT_LINE = rx.compile(r"^(?:©|\(c\)|copyright\b)", re.I)
_DATE_DMY = rx.compile(r"\b(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s*(\d{4})\b")
_DATE_MDY = rx.compile(r"\b([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})\b")
_DATE_ISO = rx.compile(r"\b(\d{4})-(\d{2})-(\d{2})(?!\d)")
_DATE_WORDS = frozenset(
    "mon tue tues wed thu thur thurs fri sat sun monday tuesday wednesday thursday friday saturday sunday "
    "am pm a p m gmt bst utc cet cest edt est cdt cst pdt pst et ct pt ist jst aest on at updated published posted "
    "st nd rd th".split()
)
# An agency named in a byline ("JOSH BOAK AP Economics Writer"): capitals as agencies write them.
_AGENCY_WORD = rx.compile(r"\b(?:" + _AGENCY_AS_WRITTEN + r")\b")
_DATE_LINE = rx.compile(
    r"^(?:(?P<updated>updated|last updated|mis à jour|actualisé|modifié|aktualisiert|actualizado|atualizado|aggiornato"
    r"|bijgewerkt)|published|posted|first published|publié|veröffentlicht|publicado|pubblicato|gepubliceerd)"
    r"(?:\s+(?:on|le|am|el|em|il|op))?\s*:?", re.I)
# The same words inside a line: "Publié le ... à 06h45, mis à jour le ... à 14h32" gives two moments.
_DATE_LINE_IN = rx.compile(r"(?:^|(?<=[,;|]\s)|(?<=\s[-–—]\s))" + _DATE_LINE.pattern[1:], re.I)


def _next_date_line(line: str, start: int) -> int:
    """Where the next timestamp phrase of a line begins (its end if none)."""
    m = _DATE_LINE_IN.search(line, start)
    return m.start() if m else len(line)


# A timestamp line's date written the way other languages write it ("3 décembre 2026", "3 de diciembre de 2026",
# "3. Dezember 2026", "03.12.2026") and its time of day ("06:45", "14h32", "14.32 Uhr", "2:30 pm").
_DATE_DMY_WORDS = rx.compile(r"\b(\d{1,2})(?:\.|er|º)?\s+(?:de\s+)?([^\W\d_]{3,10})\.?,?\s+(?:de\s+)?(\d{4})\b")
_DATE_DMY_DIGITS = rx.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b")
_TIME_OF_DAY = rx.compile(r"\b([01]?\d|2[0-3])\s*[:hH.]\s*([0-5]\d)\b(?:\s*(?i:(a\.?m\.?|p\.?m\.?)))?")


@dataclass
class Paragraph:
    """A unit of article text: a body paragraph (`kind="body"`), a heading line (`kind="heading"`), or a paragraph
    of a press release's notes to editors below its "ENDS" (`kind="notes"`: its "About ..." paragraph, its
    numbered notes)."""

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
    # The moment an "Updated ..." line gives: a version's own time, which wins over a publication date the
    # document's metadata states (front matter's `date:` is often the first version's).
    updated: str | None = None
    # Who wrote it, as its byline names them ("By Jane Smith, PA News" -> "Jane Smith"); none for a staff credit.
    author: str | None = None

    @property
    def body_text(self) -> str:
        """The article (headings included, boilerplate removed), paragraphs separated by blank lines."""
        return "\n\n".join(p.text for p in self.paragraphs)


# Characters that a case-insensitive pattern matches to an ASCII letter although `str.lower()` does not turn them
# into it (dotted and dotless I, long s, the Kelvin sign): a text holding one is searched without the prefilter.
_CASE_TRAPS = ("\u0130", "\u0131", "\u017f", "\u212a")


@lru_cache(maxsize=1024)
def _parsed(pattern: str) -> Any:
    """`pattern` parsed case-insensitively by the parser behind re.compile (3.11+), or None on a Python without it
    or for a pattern it cannot read. Read once for the three questions below, which are then kept in `rx`'s file:
    parsing the boilerplate patterns three times in every process was ~40 ms of every cold start."""
    try:
        from re import _parser as parser  # type: ignore[attr-defined]

        return parser.parse(pattern, re.I)
    except Exception:
        return None


def _required_literals(pattern: str) -> tuple[str, ...] | None:
    """Lower-cased strings of which every case-insensitive match of `pattern` contains at least one, or None
    (`_read_required_literals`), kept with the compiled patterns: reading the boilerplate patterns' parses was
    ~5% of a cold `compare`'s instructions."""
    return rx.remembered("clean.required_literals", pattern, _read_required_literals)


def _read_required_literals(pattern: str) -> tuple[str, ...] | None:
    """Lower-cased strings of which every case-insensitive match of `pattern` contains at least one, or None.

    Read from the parsed pattern: a run of literal characters, or one such run in every branch of an alternation,
    or in a group or a repeat that occurs at least once. Only letters and symbols whose case-insensitive matches
    `str.lower()` finds are used (ASCII, and uncased punctuation and symbols); a pattern without any is always
    tried.
    """
    import unicodedata

    if (tree := _parsed(pattern)) is None:  # no prefilter: the pattern is tried on every text
        return None
    from re import _parser as parser  # type: ignore[attr-defined]

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


class _Search(Protocol):
    def __call__(self, part: str, lowered: str | None = None, /) -> bool: ...


class _PatternSet:
    """Patterns tried one by one (separately compiled, each keeps its own scan), and only where one of their
    required literals (`_required_literals`) occurs: `str.__contains__` finds those far faster than the
    case-insensitive regex scans, so most lines are searched by no pattern at all. A document's paragraphs are
    screened together (`searcher`): one pass per literal over the document, then per paragraph only the patterns
    whose literals the document holds. The answers are those of trying every pattern, which is what a text holding
    a `_CASE_TRAPS` character gets.

    With `combine_anchored`, for sets tried on a few short lines only, the patterns anchored at the start ("^...")
    are one pattern instead, `^(?:a|b|...)`, tried at the start of each line (a regex anchored at the start is
    tried there only): no pass over the document for their literals. A line beginning with an ASCII character is
    tried with only those of them that may begin with it (`_first_characters`): most short lines begin with a
    character that few labels or none begin with."""

    def __init__(self, patterns: Sequence[str], *, combine_anchored: bool = False):
        anchored = [source for source in patterns if combine_anchored and _is_anchored(source)]
        self._anchored = _AnchoredPatterns(anchored) if anchored else None
        # The other patterns, each compiled on its own (an anchored one is matched through `_anchored` only).
        self.patterns = [rx.compile(p, re.I) for p in patterns if p not in anchored]
        self._always: list[re.Pattern[str]] = []
        self._by_literal: dict[str, list[re.Pattern[str]]] = {}
        for source, compiled in zip([p for p in patterns if p not in anchored], self.patterns, strict=True):
            required = _required_literals(source)
            if required is None:
                self._always.append(compiled)
            for literal in required or ():
                self._by_literal.setdefault(literal, []).append(compiled)

    def search_all(self, text: str, lowered: str | None = None) -> bool:
        # An anchored pattern's search is its match at the start (no pattern here is MULTILINE).
        return self.starts(text) or any(p.search(text) for p in self.patterns)

    def starts(self, part: str) -> bool:
        """Whether one of the combined anchored patterns matches at the start of `part` (any line: they are not
        screened by literals)."""
        return self._anchored is not None and self._anchored.match(part)

    def search(self, text: str) -> bool:
        return self.searcher(text)(text)

    def searcher(self, text: str, *, found: Collection[str] | None = None) -> _Search:
        """A search equivalent to `search_all` for `text` and any part of it that does not cross a line
        (a paragraph of the text, when `text` is paragraphs joined by newlines). It may be given the part's
        lower case, `part.lower()`, when the caller has it.

        `found` is what `_literals_in(text, sets)` found, when several sets screen one text: one pass per literal of
        all of them, not one per set (None: this set looks for its own)."""
        if found is None:
            if any(c in text for c in _CASE_TRAPS):
                return self.search_all
            lowered = text.lower()
            # Lower-casing is per character here (no U+0130; final sigma depends on letters, which a newline ends,
            # and no literal holds a sigma), so a literal in a part's lower case is in the text's lower case too.
            present = [(literal, patterns) for literal, patterns in self._by_literal.items() if literal in lowered]
        else:
            present = [(literal, patterns) for literal, patterns in self._by_literal.items() if literal in found]
        always = self._always
        anchored = self._anchored
        if not present and not always and anchored is None:
            return _no_match

        def search(part: str, lowered: str | None = None) -> bool:
            if anchored is not None and anchored.match(part):
                return True
            for pattern in always:
                if pattern.search(part):
                    return True
            if lowered is None:
                lowered = part.lower()
            for literal, patterns in present:  # loops, not any(): this runs for every paragraph
                if literal in lowered:
                    for pattern in patterns:
                        if pattern.search(part):
                            return True
            return False

        return search


class _AnchoredPatterns:
    """The patterns of a `_PatternSet` anchored at the start ("^..."), tried at the start of a line as few combined
    patterns, `^(?:a|b|...)` (one match where each would be one): those whose match may begin with any character,
    and those that may begin with the line's first character (`_first_characters`; a case-insensitive match of an
    ASCII character is one of the pattern's characters or their other case, and the `_CASE_TRAPS` characters, which
    also match ASCII letters, are not taken for first characters). A line beginning with any other character is
    tried with all of them.

    Each combination is compiled the first time it is needed. Compiled up front, one per ASCII character with the
    patterns of any first character repeated in each, they were a fifteenth of a cold `compare` (54 distinct
    patterns, ~50 ms), where a document's lines begin with a few dozen characters at most."""

    def __init__(self, anchored: Sequence[str]) -> None:
        self.sources = list(anchored)
        self._firsts = {source: _first_characters(source) for source in anchored}
        self._any_first = _combined([a for a in anchored if self._firsts[a] is None])
        self._by_first: dict[str, re.Pattern[str] | None] = {}
        self._every: re.Pattern[str] | None = None

    def match(self, line: str) -> bool:
        c = line[:1]
        if len(c) != 1 or not c.isascii():
            if self._every is None:
                self._every = _combined(self.sources)
            return self._every.match(line) is not None
        if self._any_first is not None and self._any_first.match(line):
            return True
        if c not in self._by_first:
            lower = c.lower()
            self._by_first[c] = _combined([a for a in self.sources if (first := self._firsts[a]) and lower in first])
        return (specific := self._by_first[c]) is not None and specific.match(line) is not None


def _combined(anchored: Sequence[str]) -> re.Pattern[str] | None:
    """Patterns anchored at the start as one, `^(?:a|b|...)` (the same matches at the start), or None for none."""
    return rx.compile("^(?:" + "|".join(f"(?:{a[1:]})" for a in anchored) + ")", re.I) if anchored else None


@cache
def _first_characters(pattern: str) -> frozenset[str] | None:
    """`_read_first_characters`, kept with the compiled patterns (as `_required_literals`)."""
    return rx.remembered("clean.first_characters", pattern, _read_first_characters)


def _read_first_characters(pattern: str) -> frozenset[str] | None:
    """The characters, lower-cased ASCII, that a case-insensitive match of `pattern` may begin with, when the
    parsed pattern says so plainly (a literal, a set of literals, alternatives of those, a group or a repeat of at
    least once around them, after zero-width assertions); else None."""
    if (tree := _parsed(pattern)) is None:  # every line is tried
        return None
    from re import _parser as parser  # type: ignore[attr-defined]

    def first(items: Any) -> set[str] | None:
        for op, av in items:
            if op is parser.AT:  # ^, \b: they consume nothing
                continue
            if op is parser.LITERAL:
                chars = {chr(av)}
            elif op is parser.IN and all(kind is parser.LITERAL for kind, _ in av):
                chars = {chr(c) for _, c in av}
            elif op is parser.BRANCH:
                chars = set()
                for branch in av[1]:
                    if (found := first(branch)) is None:
                        return None
                    chars |= found
            elif op is parser.SUBPATTERN and not av[1] and not av[2]:  # a group without inline flags
                return first(av[3])
            elif op in (parser.MAX_REPEAT, parser.MIN_REPEAT, parser.POSSESSIVE_REPEAT) and av[0] >= 1:
                return first(av[2])
            else:
                return None
            # Only ASCII first characters are told apart, and a case trap matches an ASCII letter: with one, none is.
            if any(c in _CASE_TRAPS for c in chars):
                return None
            return {c.lower() for c in chars if c.isascii()}
        return None  # nothing that consumes a character: the pattern may match an empty string

    found = first(tree)
    return None if found is None else frozenset(found)


def _is_anchored(pattern: str) -> bool:
    """`_read_is_anchored`, kept with the compiled patterns (as `_required_literals`)."""
    return rx.remembered("clean.is_anchored", pattern, _read_is_anchored)


def _read_is_anchored(pattern: str) -> bool:
    """Whether a pattern matches only at the start of a text: it begins with ^, outside any alternation."""
    if (tree := _parsed(pattern)) is None:  # the pattern is screened, not combined
        return False
    from re import _parser as parser  # type: ignore[attr-defined]

    return pattern.startswith("^") and len(tree) > 0 and tree[0] == (parser.AT, parser.AT_BEGINNING)


def _no_match(text: str, lowered: str | None = None) -> bool:
    return False


def _literals_in(text: str, sets: tuple[_PatternSet, ...], lowered: str | None = None) -> frozenset[str] | None:
    """The literals of `sets` that occur in `text`, lower-cased (what `_PatternSet.searcher` screens by); None for
    a text holding a `_CASE_TRAPS` character, which every set searches in full. `lowered` is `text.lower()`."""
    if any(c in text for c in _CASE_TRAPS):
        return None
    if lowered is None:
        lowered = text.lower()
    found: set[str] = set()
    for literal, inside in _literal_union(sets):
        # A literal that holds a shorter one (" here" holds "here") is not looked for where that one is absent.
        if (inside is None or inside in found) and literal in lowered:
            found.add(literal)
    return frozenset(found)


def _paragraphs_screened(paragraphs: list[str], document: str, sets: tuple[_PatternSet, ...]
                         ) -> tuple[frozenset[str] | None, set[int] | None]:
    """`_literals_in(document, sets)` for `document`, `paragraphs` joined by newlines, and the indices of the
    paragraphs that hold one of those literals (None and None for a text holding a `_CASE_TRAPS` character).

    Read paragraph by paragraph, each one's literals kept across documents (`_PARAGRAPH_LITERALS`): the reprints of
    a story share most of their paragraphs (nine in ten of 5,000 real-news reprints' were met before in one
    process), and a scan of the whole document for each literal was a twelfth of `index add`'s worker time. No
    literal holds a newline, and lower-casing is per character (the case traps aside; no literal holds a sigma),
    so the document holds a literal exactly where one of its paragraphs does."""
    if any(c in document for c in _CASE_TRAPS):
        return None, None
    kept = _PARAGRAPH_LITERALS.setdefault(sets, {})
    found: set[str] = set()
    held: set[int] = set()
    for i, para in enumerate(paragraphs):
        literals = kept.get(para)
        if literals is None:
            literals = _literals_in(para, sets) or frozenset()
            if len(para) <= KEPT_PARAGRAPH_MAX_CHARS:
                _kept(kept, para, literals)
        if literals:
            found |= literals
            held.add(i)
    return frozenset(found), held


# Paragraphs longer than this are not kept by the caches of paragraphs (a news paragraph is a few hundred
# characters): a 60 MB one-line text stays in memory no longer than its cleaning.
KEPT_PARAGRAPH_MAX_CHARS = 2000
# The literals each paragraph met holds, per screened group of pattern sets (`_paragraphs_screened`), emptied when
# full as the caches of lines are (`_kept`).
_PARAGRAPH_LITERALS: dict[tuple[_PatternSet, ...], dict[str, frozenset[str]]] = {}


@lru_cache(maxsize=8)
def _literal_union(sets: tuple[_PatternSet, ...]) -> tuple[tuple[str, str | None], ...]:
    """The literals of `sets`, shortest first, each with the longest other one it holds (or None)."""
    literals = sorted({lit for patterns in sets for lit in patterns._by_literal}, key=lambda lit: (len(lit), lit))
    return tuple((literal, max((other for other in literals[:n] if other in literal), key=len, default=None))
                 for n, literal in enumerate(literals))


_PATTERN_SECTIONS = ("any", "line", "label", "short", "list", "prompt")


@lru_cache(maxsize=1)
def _patterns() -> tuple[_PatternSet, ...]:
    """The [any], [line], [label], [short], [list] and [prompt] patterns of data/boilerplate.txt (its header says
    which paragraphs each is tried on)."""
    sections = data_sections("boilerplate.txt")
    # Anchored patterns are cheaper tried at the start of each line, combined, than looked for in the whole
    # document: [label], [short] and [list] are tried on the short lines only (a few per document), and [any]'s
    # notices that open a line ("Eds:", "UPDATES with") have literals that occur in most texts ("eds", "adds").
    return tuple(_PatternSet(sections[name], combine_anchored=name in ("any", "label", "short", "list"))
                 for name in _PATTERN_SECTIONS)


@dataclass(frozen=True)
class _ChromeWords:
    share: frozenset[str]
    networks: frozenset[str]
    menu: frozenset[str]


@lru_cache(maxsize=1)
def _chrome_words() -> _ChromeWords:
    """The [share words], [networks] and [menu words] of data/boilerplate.txt, lower-cased, as `_words` splits them
    ("e-mail" is "e" and "mail")."""
    sections = data_sections("boilerplate.txt")

    def words(name: str) -> frozenset[str]:
        return frozenset(w.lower() for line in sections[name] for w in _words(line))

    return _ChromeWords(words("share words"), words("networks"), words("menu words"))


# `_WORD` on ASCII text, where it has no CJK characters or curly apostrophes to tell apart (about 1.5x faster).
_ASCII_WORD = rx.compile(r"\w+(?:'\w+)*", re.ASCII)


def _words(text: str) -> list[str]:
    return _ASCII_WORD.findall(text) if text.isascii() else _WORD.findall(text)


# A text of more than SHORT_LINE_WORDS words as `_words` finds them, without finding them all: the pattern stops at
# the 16th word. Each word is atomic and the gaps possessive, so that backtracking cannot cut a word in two; on
# ASCII text, `_ASCII_WORD` with possessive repeats (faster than an atomic group).
_LONGER_THAN_SHORT = rx.compile(rf"(?:\W*+(?>{_WORD.pattern})){{{SHORT_LINE_WORDS + 1}}}")
_ASCII_LONGER_THAN_SHORT = rx.compile(rf"(?:\W*+\w++(?:'\w++)*+){{{SHORT_LINE_WORDS + 1}}}", re.ASCII)


def _is_long_sentence(text: str) -> bool:
    """Whether a paragraph is a sentence (`_is_sentence`) of more than SHORT_LINE_WORDS words: prose, which most
    of the tests of cleaning do not apply to. Its words are counted only as far as needed."""
    if not _ends_as_sentence(text):
        return False
    longer = _ASCII_LONGER_THAN_SHORT if text.isascii() else _LONGER_THAN_SHORT
    return longer.match(text) is not None


def has_final_punctuation(text: str) -> bool:
    """Whether the text ends (before trailing whitespace) with final punctuation, closing quotes and brackets
    allowed after it, or with a closing quote: what `_FINAL_PUNCT` finds, without scanning the line."""
    return _ends_with(text, _FINAL_MARKS)


def _ends_with(text: str, marks: str) -> bool:
    """Whether the text ends with one of `marks` (closers allowed after it) or with a closing quote."""
    # rstrip() strips what \s matches (both use Py_UNICODE_ISSPACE), which also covers `$` before a final newline;
    # the final marks and the closers are disjoint sets.
    end = text.rstrip()
    if not end:
        return False
    if end[-1] in _CLOSING_QUOTES:
        return True
    end = end.rstrip(_CLOSERS)
    return bool(end) and end[-1] in marks


# The marks that open a list item, with the space after them.
_BULLETS = frozenset({"- ", "* ", "• ", "– ", "· "})


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


def timestamp_line_date(text: str) -> str | None:
    """The moment a timestamp line gives ("December 3, 2026 06:45", "3 décembre 2026 à 14h32", "03.12.2026, 14:32
    Uhr"): an ISO date, with its time of day when the line has one ("2026-12-03T14:32"), else None."""
    span: tuple[int, int] | None = None
    date = parse_date(text)
    if date is not None:
        found = _DATE_ISO.search(text) or _DATE_DMY.search(text) or _DATE_MDY.search(text)
        span = found.span() if found else None
    elif (m := _DATE_DMY_WORDS.search(text)) and (month := MONTHS_BY_NAME.get(m.group(2).lower())
                                                   or month_number(m.group(2))):
        date, span = f"{int(m.group(3)):04d}-{month:02d}-{int(m.group(1)):02d}", m.span()
    elif (m := _DATE_DMY_DIGITS.search(text)) and 1 <= int(m.group(2)) <= 12 and 1 <= int(m.group(1)) <= 31:
        date, span = f"{int(m.group(3)):04d}-{int(m.group(2)):02d}-{int(m.group(1)):02d}", m.span()
    if date is None:
        return None
    rest = text[:span[0]] + " " + text[span[1]:] if span else text
    if not (t := _TIME_OF_DAY.search(rest)):
        return date
    hour, minute = int(t.group(1)), int(t.group(2))
    if t.group(3) and hour <= 12:
        hour = hour % 12 + (12 if t.group(3).lower().startswith("p") else 0)
    return f"{date}T{hour:02d}:{minute:02d}"


def looks_hard_wrapped(lines: list[str]) -> bool:
    """Whether lines are those of a hard-wrapped text (most of them broken near one width, at most 100 columns)."""
    return _is_hard_wrapped(lines)[0]


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


_PARA_MARKS = ("<", "¶")
# Every character but the space and the newline that `str.split()` splits at (`str.isspace()`; a test checks the list).
_OTHER_SPACES = tuple("\t\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007"
                      "\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000")


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
    that stops well short of the wrap width after final punctuation. Elsewhere each line is a paragraph. A rule
    (a run of dashes, equals signs, underscores or stars) is a paragraph of its own, wherever it stands.
    """
    return _split_paragraphs(text)[0]


def _split_paragraphs(text: str) -> tuple[list[str], list[bool]]:
    """`split_paragraphs`, and for each paragraph whether it starts a block (a blank line, or the start of the
    text, before it): lines of one block are a list or a menu where one ends a paragraph."""
    lines = [line.rstrip() for line in text.split("\n")]
    paragraphs: list[str]
    starts: list[bool]
    wrapped, width = _is_hard_wrapped(lines)
    if not wrapped:  # each line is a paragraph, its whitespace collapsed (what the loop below does, faster)
        # In a text whose only whitespace is spaces and newlines (one test for the whole text), collapsing a line
        # without a double space is stripping it: splitting and joining each line cost more than all the rest.
        plain = not any(space in text for space in _OTHER_SPACES)
        collapsed = [line.strip() if plain and "  " not in line else " ".join(line.split())
                     for line in (_strip_para_mark(line)[0] if line[-1:] in _PARA_MARKS else line for line in lines)]
        paragraphs = [para for para in collapsed if para]
        starts = [not before for before, para in zip(["", *collapsed], collapsed, strict=False) if para]
        return _cut_at_rules(text, paragraphs, starts)
    paragraphs = []
    starts = []
    blank = True
    current: list[str] = []

    def flush() -> None:
        nonlocal blank
        if current:
            if para := _join_wrapped_lines(current, text):
                paragraphs.append(para)
                starts.append(blank)
                blank = False
            current.clear()

    for i, raw in enumerate(lines):
        line, marked = _strip_para_mark(raw)
        if not line.strip():
            flush()
            blank = True
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
    return _cut_at_rules(text, paragraphs, starts)


# A word broken at a line's end: letters, then the hyphen the line ends with ("exam-" / "ination"). Typeset
# columns of OCR'd newspapers break most long words so; joined with a space they are two words ("Laugh- lin"),
# which differ from the source's "Laughlin" in every word diff, label and entity comparison.
_BROKEN_HEAD = rx.compile(r"([^\W\d_]+)-$")
_BROKEN_TAIL = rx.compile(r"[^\W\d_]+")
# Surname prefixes a compositor breaks before a capital ("Mc-" / "Carthy"): the hyphen is the break's, not the name's.
_NAME_PREFIXES = frozenset({"Mc", "Mac", "M'"})


def _compound(head: str, tail: str, text: str) -> bool:
    """Whether a word broken at a line's end at its hyphen is a compound that keeps it ("well-" / "known",
    "twenty-" / "five", `COMPOUND_HEADS`), not one word ("so-" / "ciety"): its first half is a listed word and,
    for most of them, its second half a word too, and the text does not write the two closed up elsewhere."""
    first = head.lower()
    if (first not in COMPOUND_HEADS and first not in COMPOUND_HEADS_BEFORE_A_WORD) or f"{head}{tail}" in text:
        return False
    second = tail.lower()
    if first in COMPOUND_HEADS:
        return first + second not in CLOSED_UP_COMPOUNDS
    # A word the text writes on its own elsewhere ("... as was known to all"), not the broken word's own tail after
    # its line break; looked for only at such a rare break.
    return (second in COMPOUND_TAILS or second in stopwords()
            or re.search(rf"(?<![\w-])(?<!-\n){re.escape(tail)}(?![\w-])", text) is not None)


def _join_wrapped_lines(lines: list[str], text: str) -> str:
    """The lines of one hard-wrapped paragraph joined, each one's white space collapsed; a word broken at a line's
    end (`_BROKEN_HEAD`) is joined whole again.

    The break's hyphen is dropped ("situa-" / "tion" is "situation"), unless the text writes the word with that
    hyphen elsewhere ("to-morrow") or the line goes on with a capital ("Anglo-" / "Saxon" is "Anglo-Saxon"; but
    "Mc-" / "Carthy" is "McCarthy"), or its halves are a listed compound's (`_compound`: "well-" / "known" is
    "well-known", which an OCR historian saw closed up as "wellknown" against the source's "well-known"). Any other
    compound broken at its own hyphen and written nowhere else in the text is closed up, one word: in a typeset
    column most line-end hyphens break a word, and a compound closed up costs one word of a diff, where every
    broken word kept apart cost two.
    """
    out = ""
    for part in lines:
        words = " ".join(part.split())
        if not words:
            continue
        if not out:
            out = words
            continue
        head = _BROKEN_HEAD.search(out) if out[-1] == "-" else None
        tail = _BROKEN_TAIL.match(words) if head else None
        if head is None or tail is None:
            out = f"{out} {words}"
        elif words[0].isupper() and tail.group().isupper() and len(tail.group()) > 1:
            out = f"{out} {words}"  # a line of capitals after a hyphen: a headline's dash, no broken word
        elif words[0].islower() or head.group(1) in _NAME_PREFIXES:
            kept = f"{head.group(1)}-{tail.group()}"
            out = out + words if kept in text or _compound(head.group(1), tail.group(), text) else out[:-1] + words
        else:
            out += words
    return out


# A scanned page's running head, where OCR leaves it: inside the text at a page or column break, a line of
# capitals with the page number at one end and the paper's date ("THE WEEKLY HERALD, SATURDAY, MAY 3, 1884.  5",
# "4 THE DAILY GLOBE: BOSTON, MONDAY, JUNE 2, 1890"). At most this many words.
RUNNING_HEAD_MAX_WORDS = 14
_PAGE_NUMBER_END = rx.compile(r"^\s*\d{1,3}\s+\D|\D\s+\d{1,3}\s*$")
_HEAD_YEAR = rx.compile(r"\b1[6-9]\d\d\b|\b20\d\d\b")
_HEAD_MONTH = rx.compile(r"\b(?:" + "|".join(m.upper() for m in MONTH_NAMES) + r")\b")


def _is_running_head(para: str) -> bool:
    """Whether a paragraph is a page's running head (`RUNNING_HEAD_MAX_WORDS`): capitals, a page number at one end,
    a year and a month."""
    # The cheap tests first: a page number is a digit at the line's first or last character (`_PAGE_NUMBER_END`'s
    # digits are decimals, which `isdigit` holds), which few paragraphs have; upper-casing first copied every one.
    if len(para) > 160 or not ((line := para.strip())[:1].isdigit() or line[-1:].isdigit()):
        return False
    if para.upper() != para or not _PAGE_NUMBER_END.search(para):
        return False
    letters = sum(ch.isalpha() for ch in para)
    return (letters >= 8 and len(para.split()) <= RUNNING_HEAD_MAX_WORDS and _HEAD_YEAR.search(para) is not None
            and _HEAD_MONTH.search(para) is not None)


def _join_across_running_heads(paragraphs: list[str], starts: list[bool]) -> tuple[list[str], list[bool], list[str]]:
    """Paragraphs with the running heads OCR left at page breaks taken out (returned apart, for the boilerplate),
    and a paragraph the break cut in two joined again: the one before ends without final punctuation and the one
    after goes on in lower case ("... "You shall" / HEAD / "have the place," he said ..."). The head was an added
    sentence of its own, and the sentence it cut two half sentences."""
    if not any(_is_running_head(para) for para in paragraphs[1:]):
        return paragraphs, starts, []
    heads: list[str] = []
    out: list[str] = []
    out_starts: list[bool] = []
    joined = False
    for i, para in enumerate(paragraphs):
        if i and _is_running_head(para):  # the first line is the headline's place
            heads.append(para)
            nxt = paragraphs[i + 1] if i + 1 < len(paragraphs) else ""
            joined = bool(out and nxt[:1].islower() and not has_final_punctuation(out[-1]))
            continue
        if joined:
            out[-1] = _join_wrapped_lines([out[-1], para], "\n".join(paragraphs))
            joined = False
            continue
        out.append(para)
        out_starts.append(starts[i])
    return out, out_starts, heads


# A rule inside a paragraph: text saved or re-flowed from wire copy can run its slug, a rule and its headline
# together ("15:49 04/10/99: Page 1 (HHH) COURTS Lynx ------ DNA PROVED LINK ..."). A rule is a run of at least
# this many dashes, equals signs, underscores or stars.
RULE_MIN_CHARS = 8
_RULE_SEEDS = tuple(c * RULE_MIN_CHARS for c in "-=_*")


def _cut_at_rules(text: str, paragraphs: list[str], starts: list[bool]) -> tuple[list[str], list[bool]]:
    # Only the kinds of rule that the text holds are looked for in its paragraphs (most texts with rules have one
    # kind, dashes).
    seeds = [seed for seed in _RULE_SEEDS if seed in text]
    if not seeds:
        return paragraphs, starts
    cut: list[str] = []
    cut_starts: list[bool] = []
    for para, start in zip(paragraphs, starts, strict=True):
        if (seeds[0] in para) if len(seeds) == 1 else any(seed in para for seed in seeds):
            pieces = _rule_pieces(para)
            cut += pieces
            cut_starts += [start] + [False] * (len(pieces) - 1)
        else:
            cut.append(para)
            cut_starts.append(start)
    return cut, cut_starts


def _rule_pieces(para: str) -> list[str]:
    """A paragraph cut before and after each rule in it, the rules kept as pieces (string search, no regex)."""
    pieces: list[str] = []
    rest = para
    while True:
        at = min((i for i in (rest.find(seed) for seed in _RULE_SEEDS) if i >= 0), default=-1)
        if at < 0:
            break
        # The rule's end: its run of rule characters stripped at once (a wire's rule is ~72 of them, one a document).
        end = len(rest) - len(rest[at:].lstrip("-=_*"))
        if before := rest[:at].strip():
            pieces.append(before)
        pieces.append(rest[at:end])
        rest = rest[end:]
    if rest := rest.strip():
        pieces.append(rest)
    return pieces


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


# Bylines are short; the byline patterns are not meant for paragraphs.
BYLINE_MAX_CHARS = 160


def _byline_form(text: str, *, foreign: bool = True, language: Language = ANY_LANGUAGE) -> str:
    """A line as the byline patterns read it: a byline's label as "By" ("Author: Jane Doe", "Written by: Jane Doe"
    -> "By Jane Doe"; with `foreign`, "Par Jean Dupont" -> "By Jean Dupont" as `_foreign_label` reads it in a text
    of `language`) and "Jr." after a comma as part of the name ("John Smith, Jr." -> "John Smith Jr.")."""
    if (m := _BYLINE_LABEL.match(text)) or (foreign and (m := _foreign_label(text, language))):
        text = "By " + text[m.end():]
    if "," in text:
        text = _COMMA_BEFORE_SUFFIX.sub(r" \1", text)
    return text


def _byline_head(text: str) -> str:
    """A "By" line without what follows its names (`_is_byline_tail`, `_BYLINE_COMMA_TAIL`): "By Jane Smith -
    Harbour Gazette", "By Jane Smith (Harbour Gazette)", "By Jane Smith • 5 min read", "By Jane Smith for the Daily
    Mail", "By Jane Smith, CNN, in Washington" -> "By Jane Smith". The line as it is when any part after the names is
    something else ("By Tuesday - What We Know")."""
    head, *tails = _BYLINE_TAIL_SEPARATOR.split(text)
    if (m := _BYLINE_BRACKETS.match(head)) or (m := _BYLINE_FOR.match(head)):
        head, tails = m.group("head"), [m.group("tail"), *tails]
    if not all(_is_byline_tail(tail.strip()) for tail in tails):
        return text
    while "," in head and (m := _BYLINE_COMMA_TAIL.match(head)) and not (m.group("site") and m.group("head").isupper()):
        head, tails = m.group("head"), [head[m.end("head"):], *tails]
    return head if tails else text


# "Jane Smith | Reuters", "Jane Smith • CNN", "Jane Smith @janesmith": names without "By", then where or when they
# write past a bar or a bullet, or a handle (`_is_byline_tail`).
_NAMES_THEN_TAIL = rx.compile(
    rf"^(?P<names>{_NAME}(?:{_NAME_SEPARATOR}{_NAME})*)(?:\s*[|•·]\s*|\s+(?=@\w))(?P<tail>\S.*)$")


def _names_before_tail(text: str) -> str | None:
    """The names of a line that gives only names and, past a bar, a bullet or as a handle, where they write
    (`_NAMES_THEN_TAIL`): "Jane Smith | Reuters" -> "Jane Smith"; else None."""
    if not any(c in text for c in "|•·@") or not (m := _NAMES_THEN_TAIL.match(text)):
        return None
    if not all(_is_byline_tail(tail.strip()) for tail in _BYLINE_TAIL_SEPARATOR.split(m.group("tail"))):
        return None
    return m.group("names")


# The lower-case words that join a paper's or a desk's name ("The Mail on Sunday", "North of England editor").
_AFFILIATION_JOINERS = frozenset({"of", "the", "and", "on", "in", "at", "for"})


def _is_byline_tail(text: str) -> bool:
    """Whether a part of a byline after its names says where or when it was written, not who: a paper, a site or a
    desk ("Harbour Gazette", "the Daily Mail", "Political editor"), a handle, a reading time ("5 min read") or a
    date; never a phrase with another function word in it ("What We Know", "All Was Lost")."""
    if _READING_TIME.fullmatch(text) or _DOMAIN.match(text) or _HANDLE.fullmatch(text):
        return True
    if _has_digit(text):
        return _is_date_line(text, _words(text)) or (_DATE_LINE.match(text) is not None
                                                     and parse_date(text) is not None)
    return _AFFILIATION.fullmatch(text) is not None and not any(
        (w := word.lower()) in stopwords() and w not in _AFFILIATION_JOINERS for word in text.split())


# A text's language as the byline rules take it (`_foreign_label`): a tag, None (not known), `ANY_LANGUAGE`, or a
# function that reads it, called only for a line that opens with a capitalised label in another language (reading
# a document's language is a pass over its words, which almost no line needs).
Language = str | None | Callable[[], str | None]


def _foreign_label(text: str, language: Language) -> re.Match[str] | None:
    """A byline's label in another language at the start of a line ("Par Jean Dupont"), in a text written in
    `language` (`language.text_language`; None: not known; `ANY_LANGUAGE`: a line read on its own). In lowercase it
    is one anywhere; capitalised, only before a comma and what follows it ("Par Jean Dupont, AFP") or in a text of
    its language: "Par Three Ace For Rahm" over an English story is a headline."""
    m = _FOREIGN_BYLINE_LABEL.match(text)
    if m is None or m.group("label").islower() or language == ANY_LANGUAGE:
        return m
    if _THEN_A_COMMA.match(text, m.end()):
        return m
    if callable(language):
        language = language()
    return m if language in _FOREIGN_LABEL_LANGUAGES[m.group("label").lower()] else None


def _is_byline(text: str, *, in_header: bool, under_title: bool, language: Language = None) -> bool:
    """Whether a line is a byline or staff credit ("By Tom Whitaker", "Gwyn Topham Transport correspondent"), in a
    text written in `language` (for a label in another language, `_foreign_label`)."""
    if len(text) > BYLINE_MAX_CHARS:
        return False
    if not in_header and (m := _BYLINE_LABEL.match(text)) and m.group("author"):
        return False  # an info box's "Author: Raynor Winn" under a book review names the book's author
    text = _byline_form(text, foreign=in_header, language=language)
    # The date part of _BYLINE_WITH_DATE holds a digit (\\d): a line without one is not tried.
    if (_DIGIT.search(text) and (m := _BYLINE_WITH_DATE.match(text))
            and _is_date_line(m.group("when"), _words(m.group("when")))):
        text = m.group("who")
        # "Jane Doe | 14 March 2023": a lone name dated under the headline is its byline.
        if in_header and re.fullmatch(_NAME, text):
            return True
    starts_by = text[:3].lower() == "by "
    if starts_by:
        text = _byline_head(text)
    elif in_header and under_title and (names := _names_before_tail(text)) and _names_someone(names, language):
        return True  # "Jane Smith | Reuters" under the headline; as the first line, a page's title ("Oil Prices | AP")
    if ((has_final_punctuation(text) and not _NAME_SUFFIX_END.search(text)) or _has_digit(text)
            or len(text) > 120):
        return False
    if _STAFF_CREDIT.match(text) or _CONTRIBUTORS.match(text):
        return True
    if _BYLINE.match(text):
        return _names_someone(text, language)
    # What each pattern below needs, tested first (the patterns backtrack on a capitalised headline): a role noun
    # or a closing agency, " in " or " at ", or a comma, "and" or "&" between names.
    low = text.lower()
    traps = any(c in text for c in _CASE_TRAPS)
    role = (traps or any(noun in low for noun in BYLINE_ROLES)
            or (text.rsplit(None, 1) or [""])[-1] in _AGENCY_ALIAS_ENDS)
    # Without "By", a name and a role is a byline only in the header, and a name and a place only under a
    # headline: lower down (or as the first line) "Jane Doe Political editor" could be a subhead or headline.
    if role and (m := _NAME_ROLE.match(text)):
        # A Title Case line ("Biden Campaign Staff") first in the text is a headline; a byline as the first line
        # has a lowercase role ("Gwyn Topham Transport correspondent") or names an agency.
        plain = any(w.islower() for w in _words(text)) or _alternative(m, "agency")
        return starts_by or (in_header and (under_title or bool(plain)))
    if ((traps or _IN_AT.search(text)) and _NAME_PLACE.match(text)) or (
            (traps or "," in text or "&" in text or "and" in low) and _NAMES_ONLY.match(text)):
        return (starts_by or (in_header and under_title)) and _names_someone(text, language)
    return False


def _alternative(m: re.Match[str], name: str) -> str | None:
    """Group `name` of whichever alternative of a pattern matched: each captures it under its own numbered name
    (`name`, `name2`, `name3`, ...); the first that holds text, as `m.group("x") or m.group("x2") or ...` reads."""
    values = [value for key, value in m.groupdict().items() if key.rstrip("0123456789") == name]
    return next((value for value in values if value), values[-1])


def _names_someone(text: str, language: Language = ANY_LANGUAGE) -> bool:
    """Whether a line in a byline's shape names its writer, or credits a desk ("By Express Reporter", "By BBC
    News"): a headline in that shape names no one ("By Royal Appointment", "By Midnight, All Was Lost").
    `language`: the text's, as `_is_byline` reads the line in it."""
    if _byline_author(text, language) is not None:
        return True
    last = (text.rsplit(None, 1) or [""])[-1]
    return (last.lower() in BYLINE_ROLES or last.lower() in _OUTLET_WORDS or last in _AGENCY_ALIAS_ENDS) and (
        _reads_as_names(text.split()[1:] if text[:3].lower() == "by " else text.split()))


# Capitalised words of a byline's role ("Gwyn Topham Transport correspondent", "JOSH BOAK AP Economics Writer"),
# which the name patterns take with the name before them.
_DESK_WORDS = frozenset(BYLINE_ROLES) | frozenset(
    "transport economics economic political politics foreign home business sport sports health science education "
    "legal crime security defence defense environment environmental chief senior deputy associate assistant staff "
    "europe european asia africa diplomatic technology tech royal arts media energy climate social affairs industry "
    "city investigations data football culture consumer world national international global north south east west "
    "america americas middle washington london paris brussels beijing moscow markets finance financial "
    "entertainment music travel food fashion property motoring religious religion medical news".split())


# "... and agencies", "... with agency reporting" after a byline's names.
_AND_AGENCIES = rx.compile(r"\s+(?:and|with|&)\s+(?:agencies|agency|staff|wires)(?:\s+reporting)?\s*$", re.I)
# The last words of papers' and sites' names: a byline's part ending in one names where the author writes (not
# "Sun", "Star", "Post", "Mercury": surnames too).
_OUTLET_WORDS = frozenset(
    "news gazette times herald echo express mail mirror observer chronicle telegraph guardian independent tribune "
    "journal standard courier online media tv radio daily weekly magazine advertiser argus bulletin dispatch "
    "examiner inquirer sentinel network digital".split())
# Titles before a name and honours after it, which are no part of an author's name.
_NAME_TITLES = frozenset("dr prof professor sir dame lord lady baroness baron mr mrs ms miss rev revd cllr".split())
_NAME_HONOURS = frozenset("mp qc kc obe mbe cbe mep msp phd".split())
# "Jr." and "Sr.", which are part of a name: an author is "Martin Luther King Jr.", as written.
_NAME_SUFFIXES = (" jr", " sr")
# Words that open the set phrases headlines write after "By" ("By Royal Appointment", "By Popular Demand", "By
# Midnight Tonight", "By Christmas Day", "By New Year"), which are no one's first name; a byline in that shape names
# no one. Not "Dawn", "Grace", "Chance" or "Noel": first names too.
_NOT_FIRST_NAMES = frozenset(
    "royal popular public special appointment invitation demand request design default accident mistake midnight "
    "nightfall tonight tomorrow yesterday today definition proxy christmas easter thanksgiving halloween hogmanay "
    "boxing new noon lunchtime".split()) | frozenset(WEEKDAY_NAMES)


def _byline_author(text: str, language: Language = ANY_LANGUAGE) -> str | None:
    """The names a byline line gives (`_is_byline` said it is one): "By Tom Whitaker", "Jane Doe | 14 March 2023",
    "Gwyn Topham Transport correspondent", "Sam Jones in Madrid", "Ana Ruiz and Luc Petit"; None for a staff
    credit ("From our correspondent"); the reporters and writers of a list of contributors ("Reporting by Jane
    Smith; Editing by Tom Brown" -> "Jane Smith"). `language`: the text's, as `_is_byline` read the line in it."""
    text = _byline_form(text, language=language)
    if _DIGIT.search(text) and (m := _BYLINE_WITH_DATE.match(text)):
        text = m.group("who").strip()
    if _CONTRIBUTORS.match(text):
        return _reporters(text)
    if text[:3].lower() == "by ":
        text = _byline_head(text)
    elif names := _names_before_tail(text):
        text = names  # "Jane Smith | Reuters"
    text = _AND_AGENCIES.sub("", text)  # "By Jane Smith and agencies": she wrote it
    if _BYLINE.match(text):
        return _as_name(text)
    if m := _NAME_ROLE.match(text):
        return _as_name(m.group("names") or m.group("names2"))
    if _NAME_PLACE.match(text):  # "Sam Jones and Ana Ruiz in Madrid", "Justin McCurry in Tokyo and Jane Doe in Seoul"
        return _as_name(re.sub(rf"\s+(?i:in|at)\s+{_PLACE}(?=\s+(?i:and)\s|\s*$)", "", text))
    if _NAMES_ONLY.match(text) or re.fullmatch(_NAME, text):
        return _as_name(text)
    return None


# One part of a list of contributors: its label ("Reporting by", "Additional reporting by", "Editing by") and the
# names up to the next part.
_CONTRIB_LABEL = rx.compile(rf"(?i:(?P<additional>additional\s+)?(?P<role>{_CONTRIB_ROLES})\s+by)\s+")
# Where a contributor was: "Jane Smith in London", "Tom Brown at the United Nations".
_CONTRIB_PLACE = rx.compile(rf"\s+(?i:in|at|from)\s+{_PLACE}(?=\s*(?:,|&|(?i:and)\b|$))")


def _reporters(text: str) -> str | None:
    """Who wrote a story, as its list of contributors says: the names after "Reporting by" and "Writing by", not its
    editors, producers or additional reporters, and not where they were ("Reporting by Jane Smith and Tom Brown in
    London; Editing by Ann Roe" -> "Jane Smith and Tom Brown")."""
    labels = list(_CONTRIB_LABEL.finditer(text))
    names = []
    for label, after in zip(labels, [*labels[1:], None], strict=True):
        if label.group("additional") or label.group("role").lower() not in ("reporting", "writing"):
            continue
        part = text[label.end():after.start() if after else len(text)].strip(" \t;,.()")
        names.append(_CONTRIB_PLACE.sub("", part))
    return _as_name(" and ".join(names)) if names else None


def metadata_author(text: str, outlet: str | None = None) -> str | None:
    """The author a byline written as metadata names (a record's `byline`, a page's author): "By Jane Smith, PA
    News" -> "Jane Smith"; several, as trafilatura joins them ("Kim Park; Island Post"), without the site's own name
    (`outlet`) or a paper's; None for a staff credit ("Staff reporter") or a link; a name the byline rules do not
    read ("Smith, Jane") as it is."""
    names = []
    for part in re.split(r"[;|]", text):
        part = " ".join(part.split())
        # "Par Jean Dupont" is Jean Dupont; "Di Maio" and "Von Braun" are names that open with their particle.
        if name := _metadata_name(_byline_form(part), outlet) or _metadata_name(_byline_form(part, foreign=False),
                                                                                 outlet):
            names.append(name)
    # Joined as a byline's names are (`_as_name`), so that the author read again (a `Document` made from another's
    # fields, a page's author read when its fields are and again when its Document is made) is the same.
    return _joined_names(names)


def _metadata_name(part: str, outlet: str | None) -> str | None:
    """The names one part of a metadata byline gives (`metadata_author`), or None."""
    if not part or _STAFF_CREDIT.match(part) or (outlet and part.lower() == outlet.strip().lower()):
        return None
    if m := _CREDIT_LINE.match(part):
        return _as_name(_alternative(m, "byline"))
    if part[:3].lower() == "by ":
        return _byline_author(part) or _as_name(part)
    # "Jane Smith, Political Editor", "Dr Jane Smith", "JANE SMITH" as a byline says them; what the byline rules
    # leave no name of is kept as given ("Smith, Jane", "Madonna") unless it names a paper or a role.
    words = {w.lower().strip(",.") for w in part.split()}
    return _as_name(_AND_AGENCIES.sub("", part)) or (
        part if _reads_as_names(part.split()) and not words & (_OUTLET_WORDS | set(BYLINE_ROLES))
        and "/" not in part else None)


def _reads_as_names(words: list[str]) -> bool:
    """Whether a byline's words can be a name: no function word or verb of saying ("Widow Tells Court", "WE MUST
    DISGUISE WITNESSES": a headline the names-only pattern also fits), a name's particles aside, and the function
    words that are names too when written as one ("Will Hutton", "May Bulman", "Nguyen Van An")."""
    return not any((w := word.lower()) in stopwords() and w not in NAME_PARTICLES and w.rstrip(".") not in _NAME_TITLES
                   and not (w in _NAMES_TOO and word[0].isupper() and not word.isupper())
                   for word in words)


# Function words that are first names or parts of names too ("Will Hutton", "May Bulman", "Don Smith", "Nguyen Van
# An", "Kim Won"): a name when written capitalised in a byline, not in capitals ("WILL RETURN" is a headline).
_NAMES_TOO = frozenset("will may don an won ma".split())


def _as_name(text: str | None) -> str | None:
    """A byline's names as a report shows them: "By", a desk's words and an agency's name left out ("Jane Doe,
    Chief Political Editor", "JOSH BOAK AP Economics Writer": the name patterns take capitalised words), capitals in
    title case ("BY JANE SMITH" -> "Jane Smith"); several names joined by commas and "and"."""
    if not text:
        return None
    text = re.sub(r"^(?i:by)\s+", "", text.strip()).rstrip(" .,")
    if text.lower().endswith(_NAME_SUFFIXES):
        text += "."  # the full stop of "Jr." is the name's
    parts = re.split(r"\s*(?:,|&|\b(?i:and)\b)\s*", text)
    # (A paper after the name may open with "The": "Jane Smith, The Guardian".)
    if not all(_reads_as_names((re.sub(r"^(?i:the)\s+", "", part) if k else part).split())
               for k, part in enumerate(parts)):
        return None  # a headline in a byline's shape: "SCHOOLGIRL BABYSITTER MURDERED TODDLER, COURT TOLD"
    if not re.search(r"&|\b(?i:and)\b", text):
        parts = parts[:1]  # "Jane Smith, Harbour Gazette": a name, then where she writes
    names = []
    for name in parts:
        words = name.split()
        if words and words[-1].lower() in BYLINE_ROLES:  # a role of its own: "Old Bailey Correspondent"
            continue
        if words and words[-1].lower() in _OUTLET_WORDS:  # a paper, not a person: "Harbour Gazette", "BBC News"
            continue
        roles = [k for k, w in enumerate(words[:-1]) if w.lower() in BYLINE_ROLES]
        if roles:  # a role before the name: "By Royal Correspondent Rebecca English"
            words = words[roles[-1] + 1:]
        titles = []
        while words and words[0].lower().rstrip(".") in _NAME_TITLES:
            titles.append(words.pop(0))
        if titles and len(words) == 1:  # known by title and surname: "By Lord Ashcroft", "By Baroness Jones"
            words = titles[-1:] + words
        if words and words[0].lower() in _NOT_FIRST_NAMES:
            return None  # "By Royal Appointment": a headline
        while words and (words[-1].lower() in _DESK_WORDS or _AGENCY_WORD.fullmatch(words[-1])
                         or words[-1].lower() in _NAME_HONOURS):
            words.pop()
        if not _reads_as_names(words):
            return None
        if len(words) >= 2:  # a name is a first name and a surname at least; one word left is a desk's or a site's
            name = " ".join(words)
            names.append(" ".join(w.title() if len(w) > 1 else w for w in words) if name.isupper() else name)
    return _joined_names(names)


def _joined_names(names: list[str]) -> str | None:
    """Several names as a report shows them: "Jane Smith, John Doe and Ana Ruiz"; None for none."""
    if not names:
        return None
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


# The last word of each agency name as agencies write it: a line that ends in one may end in an agency.
_AGENCY_ALIAS_ENDS = frozenset(alias.rsplit(None, 1)[-1] for aliases in AGENCIES.values() for alias in aliases)
_IN_AT = rx.compile(r"\s(?:in|at)\s", re.I)


# What a month's name or abbreviation begins with (`month_number` wants three letters at least).
_MONTH_PREFIXES = frozenset(month[:3] for month in MONTH_NAMES)
# A date line ("Tue 14 Mar 2023 10.22 GMT") has at most this many words.
DATE_LINE_MAX_WORDS = 12


def _is_date_line(text: str, words: list[str]) -> bool:
    # "Tue 14 Mar 2023 10.22 GMT", "October 22, 2025 4:27 PM": a line that is only a date (and time).
    if not words or len(words) > DATE_LINE_MAX_WORDS:
        return False
    # Every word a date word first (most lines fail on their first word), then a whole date in them.
    return (all(w.isdigit() or (low := w.lower().rstrip(".")) in _DATE_WORDS
                or (low[:3] in _MONTH_PREFIXES and month_number(w)) for w in words)
            and parse_date(text) is not None)


# A section's label and a date between separators, a page's furniture above its headline: "Business | 4 March
# 2025", "News • Tue 4 Mar 2025 10.22 GMT".
_SECTION_SEPARATOR = rx.compile(r"\s*[|•·]\s*")


def _is_section_date_line(text: str, words: list[str]) -> bool:
    """Whether a line is a section's label (or two) and a date, between separators: "Business | 4 March 2025"."""
    if not words or len(words) > DATE_LINE_MAX_WORDS or not any(c in text for c in "|•·"):
        return False
    items = [item for item in _SECTION_SEPARATOR.split(text.strip()) if item]
    dates = [item for item in items if _is_date_line(item, _words(item))]
    labels = [item for item in items if item not in dates]
    # A label is a menu item's few capitalised words; a line of two dates or of a sentence and a date is no section's.
    return (len(dates) == 1 and 1 <= len(labels) <= 2
            and all(item[:1].isupper() and len(_words(item)) <= MENU_ITEM_WORDS and _MENU_ITEM.fullmatch(item)
                    for item in labels))


# The last words of papers' names as their mastheads print them: the byline's outlet words, and those that are
# surnames too (in a masthead, standing alone above a date line, "Star" and "Post" are the paper's).
_MASTHEAD_WORDS = _OUTLET_WORDS | frozenset(
    "star post sun mercury press record citizen globe leader evening voice review gleaner clarion".split())
_MASTHEAD_JOINERS = frozenset(("the", "of", "and"))
MASTHEAD_MAX_WORDS = 6


def _is_masthead(text: str, words: list[str]) -> bool:
    """Whether a line reads as a paper's name: "Doncaster Evening Star", "The Yorkshire Post", "MANCHESTER EVENING
    NEWS" (a few capitalised words, the last a paper's, no final punctuation)."""
    return (1 <= len(words) <= MASTHEAD_MAX_WORDS and words[0][:1].isupper() and not has_final_punctuation(text)
            and words[-1].lower() in _MASTHEAD_WORDS
            and all(w[:1].isupper() or w.lower() in _MASTHEAD_JOINERS for w in words))


def _opens_with_masthead(paragraphs: list[str], words_of: list[list[str] | None], i: int) -> bool:
    """Whether paragraph i, the first of a text's header, is a paper's masthead: a paper's name on a line of its own,
    then a date line or a section and date ("Business | 4 March 2025"), then more (the headline). The date line
    below it is what tells a masthead from a headline in title case ("Markets Rally on Jobs News"), which stands
    above the body or a byline."""
    words = words_of[i]
    if words is None or not _is_masthead(paragraphs[i], words) or i + 2 >= len(paragraphs):
        return False
    below, below_words = paragraphs[i + 1], words_of[i + 1]
    return below_words is not None and (_is_date_line(below, below_words)
                                        or _is_section_date_line(below, below_words))


def _normal_key(text: str, words: list[str] | None = None) -> str:
    """The text's words, lower-cased, space-separated. Given the words of `text`, they are lower-cased rather than
    found again: `str.lower()` keeps every character's length and word/CJK/apostrophe class except for U+0130
    (dotted capital I, which becomes two characters), and lowers each character alone except for capital sigma
    (final or not by its neighbours), so both ways give the same key without those two."""
    if words is not None and "\u0130" not in text and "\u03a3" not in text:
        return " ".join(words).lower()
    return " ".join(_words(text.lower()))


# Marks that end a sentence: final punctuation but the colon and semicolon, which end a label ("Related:").
_SENTENCE_MARKS = _FINAL_MARKS.replace(":", "").replace(";", "")


def _ends_sentence(text: str) -> bool:
    """Whether the text ends as a sentence does: `has_final_punctuation` without a final colon or semicolon."""
    return _ends_with(text, _SENTENCE_MARKS)


def _is_sentence(text: str, words: list[str]) -> bool:
    """Whether a paragraph is written as a sentence of prose: four words or more, ending as a sentence does.

    Chrome is labels, controls and lists ("Related stories", "Share this article: Facebook Twitter"); a paragraph
    shaped as a sentence is kept unless its wording only occurs in notices or calls to action (data/boilerplate.txt).
    """
    return len(words) >= 4 and _ends_as_sentence(text)


def _ends_as_sentence(text: str) -> bool:
    """`_ends_sentence` for a paragraph, which ends without whitespace: mostly its last character tells."""
    last = text[-1:]
    return (last in _SENTENCE_MARKS and last != "") or _ends_sentence(text)


_QUOTATION = rx.compile("[\"“”„«»「」『』]")


def _is_quoted(text: str) -> bool:
    """Whether a sentence holds a quotation: double quotation marks, or a single one opening it ('...,' she said)."""
    return text[:1] in ("'", "‘") or _QUOTATION.search(text) is not None

# Separators of menu items and breadcrumbs: "Home | World | Europe", "Home / Business / Markets", "News › UK".
_SEPARATOR = rx.compile(r"\s*[|»›]\s*|\s+[>/•·]\s+")
_SEPARATOR_CHARS = "|»›•·>/"
# A menu item or breadcrumb step: words (not a formula, "P(A | B)"), at most this many of them and characters.
_MENU_ITEM = rx.compile(r"[^\W_][\w&'’.\- ]*")
MENU_ITEM_WORDS = 4
MENU_ITEM_CHARS = 30


def _is_menu(text: str, words: list[str]) -> bool:
    """Whether a line that is not a sentence is a menu or a breadcrumb: short items between separators (three or
    more, or two menu words such as "Cookie policy | Privacy"), or three or more capitalised words, most of them
    menu words ("News Sport Weather Business")."""
    menu = _chrome_words().menu
    if any(c in text for c in _SEPARATOR_CHARS):
        items = [item.strip() for item in _SEPARATOR.split(text) if item.strip()]
        if len(items) >= 2 and all(len(item) <= MENU_ITEM_CHARS and len(_words(item)) <= MENU_ITEM_WORDS
                                   and _MENU_ITEM.fullmatch(item) for item in items):
            if len(items) >= 3 or all(w.lower() in menu for w in words):
                return True
    if not 3 <= len(words) <= 12 or any(w[:1].islower() for w in words):
        return False
    return sum(1 for w in words if w.lower() in menu) >= max(3, 0.75 * len(words))


def _is_share_bar(words: list[str]) -> bool:
    """Whether a line's words are a share bar's: share words and networks only (counts allowed), with two networks
    or beginning "Share" or "Follow" ("Share this article: Facebook Twitter WhatsApp", "Facebook 12 X 3 Email")."""
    if len(words) < 2:
        return False
    chrome = _chrome_words()
    lowered = [w.lower() for w in words]
    networks = sum(1 for w in lowered if w in chrome.networks)
    if not networks or not all(w in chrome.share or w in chrome.networks or w.isdigit() for w in lowered):
        return False
    return networks >= 2 or lowered[0] in ("share", "follow")


# An agency's name as agencies write it (or in capitals), to its canonical credit: "(AP)", "[Reuters]", "— AFP".
_AGENCY_FORMS = {form: canonical_agency(form)
                 for aliases in AGENCIES.values() for alias in aliases for form in (alias, alias.upper())}
_AGENCY_LAST_WORDS = frozenset(form.rsplit(None, 1)[-1] for form in _AGENCY_FORMS)
# Dashes that sign off copy: an em or en dash may touch the agency's name ("—AP"); a hyphen needs a space before
# it, or "pre-AP" would be a credit.
_SIGN_OFF_DASHES = "—–-"


_OPENERS = {")": "(", "]": "[", "）": "（"}
# A regional desk after the agency, as dpa's regional services sign: "(dpa/lnw)", "(dpa/lby)".
_REGIONAL_DESK = rx.compile(r"/[a-z]{2,4}")


def _bracketed_agency(inside: str) -> str | None:
    """The canonical agency a bracketed credit names ("AP", "dpa/lnw", "共同通信"), or None."""
    inside = inside.strip()
    if (agency := _AGENCY_FORMS.get(inside)) is None and "/" in inside:
        name, desk = inside.split("/", 1)
        if _REGIONAL_DESK.fullmatch("/" + desk.strip()):
            agency = _AGENCY_FORMS.get(name.strip())
    return agency


def _trailing_credit(text: str) -> tuple[str, str, str, bool, str] | None:
    """An agency credit that ends a paragraph ("... on Sunday (AP)", "... on Sunday. [Reuters]", "... — AFP"):
    (the paragraph before it, the credit as written, the canonical agency, whether it was in brackets, the full
    stop after it that ends the paragraph's last sentence: "... on Sunday (AP)."), or None.

    String tests only: this runs on every paragraph, and almost none ends in a bracket or an agency's name."""
    last = text[text.rfind(" ") + 1:]
    if last[-1:] == ".":
        last = last[:-1]
    if not last or (last[-1] not in ")]）" and last not in _AGENCY_LAST_WORDS and "—" not in last
                    and "–" not in last):
        return None
    end = text.rstrip()
    stop = end.endswith(".")
    if stop:  # "... on Sunday (AP).": the full stop is the sentence's
        end = end[:-1].rstrip()
    if not end:
        return None
    if end[-1] in ")]）":
        opener = end.rfind(_OPENERS[end[-1]])
        if opener < 0 or (agency := _bracketed_agency(end[opener + 1:-1])) is None:
            return None
        before = end[opener - 1] if opener else " "
        if not (before.isspace() or before in _FINAL_MARKS or before in _CLOSERS):  # "word(AP)"
            return None
        rest = end[:opener].rstrip()
        if stop and rest and not has_final_punctuation(rest):
            return rest, end[opener:], agency, True, "."
        return rest, text[len(rest):].strip(), agency, True, ""
    if last not in _AGENCY_LAST_WORDS and last.rsplit("—", 1)[-1].rsplit("–", 1)[-1] not in _AGENCY_FORMS:
        return None
    # "... in the quarter — AP", "... in the quarter -- Associated Press"
    at = max(end.rfind(dash) for dash in _SIGN_OFF_DASHES)
    if at < 0 or (agency := _AGENCY_FORMS.get(end[at + 1:].strip())) is None:
        return None
    start = at
    while start > 0 and end[start - 1] in _SIGN_OFF_DASHES:
        start -= 1
    if end[at] == "-" and start > 0 and not end[start - 1].isspace():
        return None
    rest = end[:start].rstrip()
    return rest, text[len(rest):].strip(), agency, False, ""


# Words only an old paper's or magazine's name ends with ("Youth's Companion", "Boston Transcript", "Puck"), read as
# an outlet only in a sign-off (`SIGNED_OUTLET`), never after a verb: "told the judge" credits no one.
_SIGN_OFF_OUTLET_WORDS = ("Companion|Transcript|Advertiser|Ledger|Picayune|Democrat|Republican|Intelligencer|"
                          "Bee|Eagle|Commercial|Leader|Puck|Judge|Siftings|Blade|Traveller|Traveler|Oracle|"
                          "Inter-Ocean")
# An outlet's word may start a hyphened name ("St. Louis Globe-Democrat", "Times-Picayune", "Post-Dispatch"), which
# an outlet's word ended before: such a sign-off was read as none, and credited no one.
# Title words of old papers that are common words too ("—S. F. Call.", "—Balto. American.", "—Memphis Appeal."): an
# outlet's word only after a place's name or its abbreviation, so a bare "—Call." or "—American." is no sign-off.
# Without them "—S. F. Call." was cut into "...—S." and an added sentence "F. Call.", and credited no "San
# Francisco Call" (the key writes the abbreviation out: `lexicon.outlet_name_key`).
_SIGN_OFF_TITLE_WORDS = "Call|American|Appeal|Item"
_OUTLET_NAME = (r"(?:[Tt]he[ \t]+)?(?:(?:[A-Z][\w&.'’-]*[ \t]+){0,3}?(?:" + OUTLET_WORDS + "|" + _SIGN_OFF_OUTLET_WORDS
                + "|" + BROADCASTERS + r")|(?:[A-Z][\w&.'’-]*[ \t]+){1,3}?(?:" + _SIGN_OFF_TITLE_WORDS + r"))"
                r"(?:-[A-Z][a-z]+)?(?:[ \t]+[A-Z][\w&.'’-]*){0,2}")
# A paper signing the item it reprints, as the press of the 19th and early 20th centuries did, at the item's end:
# after a dash, on a line of its own or touching the last sentence ("... by the road.—Detroit Free Press.", "—N. Y.
# Sun."), or in brackets, often on a line of its own under the headline ("[Boston Transcript.]", "[From the Detroit
# Free Press.]", "[Youth's Companion." with its closing bracket lost in the scan), or "From the Detroit Free Press"
# as a line. The name holds an outlet's word, so "... at the house.—Mrs. Smith." credits no one; a dash or a
# bracket follows a sentence's end or starts the line, so a saved page's title ("Home - BBC News") is no sign-off.
# (`paper_sign_off` sets one aside in cleaning; `pair.findings.attribution` reads them in the whole text.)
SIGNED_OUTLET = rx.compile(
    r"(?:(?:^[ \t]*|(?<=[.!?\"'”’])[ \t]*)[-—–]{1,2}[ \t]*"
    r"|(?:^|(?<=[.!?\"'”’]))[ \t]*\[[ \t]*(?:[Ff]rom[ \t]+)?|^[ \t]*[Ff]rom[ \t]+(?=[Tt]he[ \t]))"
    r"(?P<name>" + _OUTLET_NAME + r")[ \t]*[.,]?[ \t]*\]?[ \t]*$", re.M)
# "Exchange", the word a paper signed an item with that it took from another paper without naming it ("—Exchange.",
# "[Exchange]", "—Ex."): a credit to some other paper, none named (so it names no source). A column may break it
# ("—Ex-" / "change.").
EXCHANGE_SIGN_OFF = rx.compile(r"(?:(?:^|(?<=[.!?\"'”’]))[ \t]*(?:[-—–]{1,2}|\[)[ \t]*)"
                       r"(?P<name>Ex(?:-[ \t]*\n[ \t]*)?change|Ex\.(?=[ \t]*$))[ \t]*[.,]?[ \t]*\]?[ \t]*$", re.M)


# How far from a paragraph's end a paper's sign-off starts, at most: only that much of each paragraph is searched.
SIGN_OFF_MAX_CHARS = 80


# dpa's sign-off under a story: the agency and its editors' initials ("dpa ab/xy", "dpa ab xy", "dpa/ab", "dpa-AFX
# ab/he"), or dpa-AFX's desk codes after the last sentence ("... von einer Enttäuschung. /ab/DP/zb"). As AFP's
# "bur-abc/jpa" (data/boilerplate.txt), it is no sentence: kept, it stood as an omitted or added one of its own.
# In lowercase, as dpa writes it; after a sentence's end or alone on its line.
_DPA_SIGN_OFF = rx.compile(r"(?:^|(?<=[.!?\"'”“»«)]))[ \t]*"
                           r"(?:dpa(?:-AFX)?(?:[ \t]+[a-z]{1,4})?(?:[ \t]*/[ \t]*[a-zA-Z]{1,4})+"
                           r"|dpa(?:-AFX)?(?:[ \t]+[a-z]{2,4}){1,2}|/[a-z]{1,4}(?:/[A-Za-z]{1,4}){1,3})[ \t]*$")
# How far from a paragraph's end dpa's sign-off starts, at most.
DPA_SIGN_OFF_MAX_CHARS = 24


def dpa_sign_off(paragraph: str) -> tuple[str, str] | None:
    """dpa's sign-off that ends a paragraph or is the whole of it (`_DPA_SIGN_OFF`): (the paragraph before it, the
    sign-off as written), or None."""
    tail = paragraph.rstrip()[-DPA_SIGN_OFF_MAX_CHARS:]
    if "/" not in tail and "dpa" not in tail:  # cheap first: almost no paragraph ends so
        return None
    m = _DPA_SIGN_OFF.search(paragraph, max(0, len(paragraph.rstrip()) - DPA_SIGN_OFF_MAX_CHARS))
    if not m:
        return None
    return paragraph[:m.start()].rstrip(), m.group(0).strip()


def paper_sign_off(paragraph: str) -> tuple[str, str, str | None] | None:
    """A paper's sign-off that ends a paragraph or is the whole of it (`SIGNED_OUTLET`, `EXCHANGE_SIGN_OFF`): (the
    paragraph before it, the sign-off as written, the paper's name, None for "Exchange"), or None."""
    if not paragraph or paragraph[-1] not in ".]" and not paragraph[-1].isalpha():
        return None
    tail_at = max(0, len(paragraph) - SIGN_OFF_MAX_CHARS)
    tail = paragraph[tail_at:]
    if "—" not in tail and "–" not in tail and "-" not in tail and "[" not in tail and not (
            tail_at == 0 and tail[:5].lower() == "from "):
        return None
    for pattern in (SIGNED_OUTLET, EXCHANGE_SIGN_OFF):
        # Searched from the tail's start, a sentence's end just before it is still seen by the pattern's
        # look-behind; a paragraph is one line, so `^` is its start.
        m = pattern.search(paragraph, tail_at)
        if m is None:
            continue
        name = re.sub(r"^the\s+", "", m.group("name"), flags=re.I).rstrip(".,;:'")
        return (paragraph[:m.start()].rstrip(), paragraph[m.start():].strip(),
                " ".join(name.split()) if pattern is SIGNED_OUTLET else None)
    return None


# Where a paper's sign-off may start (`SIGNED_OUTLET`, `EXCHANGE_SIGN_OFF`): a dash or a bracket after a sentence's
# end, or a dash, a bracket or "from" opening a line. Those patterns open with an alternation and a look-behind, which
# Python's engine tries at every character; this one opens with a character class, which it skips to.
_SIGN_OFF_START = rx.compile(r"[.!?\"'”’][ \t]*[-—–\[]")
# A line opening with a sign-off: "[", "from", or one or two dashes (then a name, which opens with a letter: a
# rule, "-----", opens none, and a wire's copy holds one). At the document's start, or after a newline (led by a
# literal, skipped to).
_SIGN_OFF_LINE_OPENING = r"[ \t]*(?:[-—–]{1,2}(?![-—–])|\[|[Ff]rom)"
_SIGN_OFF_FIRST_LINE = rx.compile(_SIGN_OFF_LINE_OPENING)
_SIGN_OFF_NEXT_LINE = rx.compile("\n" + _SIGN_OFF_LINE_OPENING)


def _may_hold_paper_sign_off(document: str) -> bool:
    """Whether any of a document's paragraphs (`document`, joined by newlines) may end with a paper's sign-off: the
    per-document first test of `paper_sign_off`, which only a paragraph with such a start is tried with (almost no
    modern text has one: the test ran on every paragraph of every text). A paragraph is one line."""
    return (_SIGN_OFF_START.search(document) is not None or _SIGN_OFF_FIRST_LINE.match(document) is not None
            or _SIGN_OFF_NEXT_LINE.search(document) is not None)


# dpa's desk codes at a line's end ("/ab/DP/zb"): with "dpa", the literals every match of `_DPA_SIGN_OFF` holds, as
# a pattern led by a literal (skipped to), searched once in a document.
_DPA_DESK_CODES = rx.compile(r"/[a-z]{1,4}(?:/[A-Za-z]{1,4}){1,3}[ \t]*$", re.M)


def _may_hold_dpa_sign_off(document: str) -> bool:
    """Whether any paragraph of a document (joined by newlines) may end with dpa's sign-off: the per-document first
    test of `dpa_sign_off` (a "/" is in nearly every news text; desk codes at a line's end are not)."""
    return "dpa" in document or _DPA_DESK_CODES.search(document) is not None


# A sentence end inside a paragraph: a full stop, question or exclamation mark after a word of two letters or more
# that is not an abbreviation ("Mr.", "Oct."), then a capital.
_INNER_END = rx.compile(r"([^\W\d_]{2,})[.!?][\"'”’)]*\s+[\"“‘'(]*[A-Z]")
# A paragraph without final punctuation that holds two sentences and at least this many words is body text (a
# paragraph whose full stop was lost), not a heading: headlines and subheads are one sentence.
SEVERAL_SENTENCES_MIN_WORDS = 10
# A paragraph signed with a dash credit ("Japan to build up military - Reuters") above the body, of one sentence
# and at most this many words, is a headline as aggregators print them; a longer one is body.
SIGNED_HEADLINE_MAX_WORDS = 20
# Headline-shaped lines that follow a list label ("Related stories") in the same block, below the start of the
# body, are that list: at most this many of them, each at most this many words.
LIST_MAX_ITEMS = 12
LIST_ITEM_MAX_WORDS = 20


def _several_sentences(text: str, words: list[str]) -> bool:
    """Whether a paragraph without final punctuation holds two sentences or more (and enough words to be body)."""
    if len(words) < SEVERAL_SENTENCES_MIN_WORDS:
        return False
    return any(m.group(1).lower() not in ABBREVIATIONS for m in _INNER_END.finditer(text))


class _LineVerdict(NamedTuple):
    """What the tests of lines say of a paragraph that is not a long sentence of prose, in the order they are
    asked (`clean_text`): the first reason found before the list test, among the tests of short lines, or among the
    tests of a line's form (after the test for a repeated line), and what a credit, byline, date or link line
    states."""

    key: str | None  # the line's normal form, remembered to find it repeated (None for a sentence)
    before_lists: str | None
    among_lines: str | None
    opens_list: bool | None  # a list label: whether the lines below it are its list
    prose: bool  # a sentence of prose: no test of a line's form applies
    line_form: str | None
    credit: str | None
    date: str | None
    outlet: str | None
    author: str | None


# Verdicts on lines, kept across documents: a site's menus, share bars, labels and footers come back on every page
# of it (at 20,000 reprints, a fifth of cleaning's time went on testing them again). Emptied when this full.
LINE_VERDICTS_KEPT = 20_000
_LINE_VERDICTS: dict[tuple[str, str, str, bool, bool, str | None], _LineVerdict] = {}


def _shape(para: str) -> tuple[list[str] | None, bool]:
    """A paragraph's words (None for a long sentence of prose, whose words no test needs) and whether it is written
    as a sentence; a short line's are kept (`_SHAPES`): a site's chrome comes back on every page. The word lists
    are shared: no caller changes them. A long sentence met before is known as one (`_PROSE`): a story's reprints
    share most of their paragraphs, and counting each one's words again was ~4% of `index add`'s worker time."""
    shape = _SHAPES.get(para)
    if shape is not None:
        return shape
    if para in _PROSE:
        return None, True
    if _is_long_sentence(para):
        if len(para) <= KEPT_PARAGRAPH_MAX_CHARS:
            _kept(_PROSE, para, True)
        return None, True
    words = _words(para)
    return _kept(_SHAPES, para, (words, _is_sentence(para, words)))


_SHAPES: dict[str, tuple[list[str], bool]] = {}
# The long sentences of prose met (`_shape`), emptied when full as the caches of lines are.
_PROSE: dict[str, bool] = {}
T = TypeVar("T")


def _kept(cache: dict[Any, T], key: Any, value: T) -> T:
    """`value`, kept in one of the caches of lines under `key` (emptied when it holds `LINE_VERDICTS_KEPT`)."""
    if len(cache) >= LINE_VERDICTS_KEPT:
        cache.clear()
    cache[key] = value
    return value


class _Screen:
    """A document's paragraphs with their shapes, and the pattern searches screened once for the whole of it: what
    the tests of lines (`judge`, `prompt`) ask of each paragraph."""

    def __init__(self, paragraphs: list[str]) -> None:
        self.paragraphs = paragraphs
        # Most of a news text is long sentences of prose, which the tests below need to know only as such: their words
        # (None here) are found only if a test asks for them.
        shapes = [_shape(para) for para in paragraphs]
        self.words_of = words_of = [words for words, _ in shapes]
        self.short = short = [words is not None and len(words) <= SHORT_LINE_WORDS for words in words_of]
        self.sentence = sentence = [is_sentence for _, is_sentence in shapes]

        # The pattern lists are screened once for the whole document, one pass per literal: [any] and [prompt] on all
        # of it, the lists for short lines on its short paragraphs.
        self.any_pattern, line_pattern, label_pattern, short_pattern, list_pattern, prompt_pattern = _patterns()
        document = "\n".join(paragraphs)
        found, self.screened = _paragraphs_screened(paragraphs, document, (self.any_pattern, prompt_pattern))
        self.any_search, self.prompt_search = (
            p.searcher(document, found=found) for p in (self.any_pattern, prompt_pattern))
        # The rules read at each paragraph's end, tested once for the whole document first: each one's trigger lies
        # within a line, so a paragraph (or a part of one) holds it only if the document does.
        self.may_sign_off = _may_hold_paper_sign_off(document)
        self.may_desk_codes = _may_hold_dpa_sign_off(document)
        lines = "\n".join(para for para, is_sentence in zip(paragraphs, sentence, strict=True) if not is_sentence)
        self.line_search = line_pattern.searcher(lines)
        short_lines = "\n".join(para for para, is_short in zip(paragraphs, short, strict=True) if is_short)
        found = _literals_in(short_lines, (label_pattern, short_pattern, list_pattern))
        self.label_search, self.short_search, self.list_search = (
            p.searcher(short_lines, found=found) for p in (label_pattern, short_pattern, list_pattern))

    @cached_property
    def language(self) -> str | None:
        """The language the document is written in, where its words say so (`language.text_language`): read only
        for a line that opens with a byline's label in another language ("Par Jean Dupont")."""
        from .language import text_language

        return text_language("\n".join(self.paragraphs))

    def read_language(self) -> str | None:
        """`language`, read when first asked for: what the byline rules are given (`Language`), so that a document
        none of whose lines opens with a label in another language is never read for it. (Given as `self.language`,
        it was read for every document with a short line to test: ~60% of a news corpus's, a pass over each one's
        words.)"""
        return self.language

    def screens(self, i: int) -> bool:
        """Whether paragraph i holds a literal of the [any] or [prompt] patterns (every one does in a text with a
        case trap): the only paragraphs those are tried on."""
        return self.screened is None or i in self.screened

    def prompt(self, i: int, para: str, low: str | None, is_sentence: bool) -> bool:
        """Whether paragraph i (`para`, what is left of it after a closing credit) is a call to action: at most
        PROMPT_MAX_WORDS words as split, a [prompt] pattern, and no quotation (quoted, it is reporting)."""
        words = self.words_of[i]
        return (len(_words(self.paragraphs[i]) if words is None else words) <= PROMPT_MAX_WORDS
                and self.prompt_search(para, low) and not (is_sentence and _is_quoted(para)))

    def judge(self, i: int, para: str, words: list[str], is_sentence: bool, in_header: bool, under_title: bool
              ) -> _LineVerdict:
        """What the tests of lines say of paragraph i (`para`, what is left of it after a closing credit, whose
        words and sentence shape are given): a function of the line and of whether it stands in the header under a
        title, not of the lines around it."""
        low = para.lower() if self.short[i] else None  # shared by the searches of short lines
        # Only a line that is not a sentence is set aside for being repeated, so only those are remembered.
        key = None if is_sentence else _normal_key(para, words)
        before_lists = among_lines = line_form = None
        opens_list = credit = date = outlet = author = None
        prose = False
        if not words:  # punctuation or symbols only: a rule, a bullet, "* * *"
            before_lists = "fragment"
        elif self.any_pattern.starts(para) or (self.screens(i) and self.any_search(para, low)):
            before_lists = "notice"
        elif not self.sentence[i] and not is_sentence and self.line_search(para, low):
            before_lists = "chrome"
        elif self.short[i] and self.list_search(para, low):
            among_lines = "chrome"
            # A bare label ("Related stories", "Most read:") heads a list of the lines below it; not in the header,
            # where the list and the article's own headline cannot be told apart.
            opens_list = not in_header and not para.partition(":")[2].strip()
        elif self.short[i] and self.label_search(para, low):
            among_lines = "chrome"
        elif self.short[i] and not self.sentence[i] and not is_sentence and self.short_search(para, low):
            among_lines = "chrome"
        elif self.screens(i) and self.prompt(i, para, low, is_sentence):
            among_lines = "prompt"
        elif is_sentence and len(words) > SHORT_LINE_WORDS:
            prose = True
        elif m := _CREDIT_LINE.match(para):
            credit = _credit_line_listed(m)[0]
            author = _as_name(_alternative(m, "byline"))
            line_form = "credit"
        elif (m := _local_credit_line(para)) or (m := _SUPPLIED_LINE.match(para)):
            credit = _listed_agencies(m.group("agency"))[0]
            line_form = "credit"
        elif _is_byline(para, in_header=in_header, under_title=under_title, language=self.read_language):
            if m := _AGENCY_WORD.search(para):
                credit = canonical_agency(m.group(0))
            date = parse_date(para)
            author = _byline_author(para, self.read_language)
            line_form = "byline"
        elif " " not in para and (_URL.match(para) or _DOMAIN.match(para)):  # both match no space
            line_form = "link"
            if _DOMAIN.match(para):
                outlet = para.strip().removeprefix("https://").removeprefix("http://").removeprefix("www.")
        elif _is_tag_list(para, words, in_header=in_header):
            line_form = "tags"
        elif _is_date_line(para, words) or _is_section_date_line(para, words):
            line_form = "date"
            date = parse_date(para)
        elif not is_sentence and (_is_share_bar(words) or _is_menu(para, words)):
            line_form = "menu"
        elif len(words) <= 2 and not has_final_punctuation(para) and not (
                para[:2] in _BULLETS and _has_digit(para)):  # "- Jobs: 350", a list's key figure, is content
            line_form = "fragment"
        return _LineVerdict(key, before_lists, among_lines, opens_list, prose, line_form, credit, date, outlet,
                            author)



def clean_text(text: str) -> CleanText:
    """Split a document's text into article paragraphs and set-aside boilerplate, and read its origin.

    A paragraph is set aside on its wording together with its length and shape (data/boilerplate.txt says which
    patterns apply to which lines), its place (a list of links below a list label; a heading repeated), or its
    form (a byline, a credit line, a link, a tag list, a date, a menu, a breadcrumb, a share bar); a paragraph
    written as a sentence is kept unless its wording only occurs in notices or calls to action.

    Args:
        text: the document's text, `\\n` line endings.

    Returns:
        A `CleanText`. Every non-blank line of the input is either in `paragraphs` or in `boilerplate`
        (a stripped dateline prefix and a stripped closing credit, "(AP)", are listed in `boilerplate` too).
    """
    result = CleanText(paragraphs=[])
    seen: set[str] = set()
    # Above the first body paragraph: where headlines, standfirsts and bylines stand.
    in_header = True
    # Whether the lines below are the list of links under a list label ("Related stories"), and how many it has.
    list_open = False
    list_items = 0
    paragraphs, block_starts = _split_paragraphs(text)
    paragraphs, block_starts, running_heads = _join_across_running_heads(paragraphs, block_starts)
    result.boilerplate += running_heads
    screen = _Screen(paragraphs)
    words_of, sentence = screen.words_of, screen.sentence
    # The paper's name a masthead at the top prints: the text's outlet where nothing else in it names one.
    masthead = None
    # Below a press release's "ENDS" or "Notes to editors" (`_release_trailer`): its notes, not its story.
    trailer = False
    # Whether the text may hold an embedded post's signature (`_EMBED_SIGNATURE`): one test for the document, none
    # per paragraph of the many that cannot. `kept_from` is the index of the paragraph last kept.
    embeds = "(@" in text
    kept_from = -1
    embedded: list[Paragraph] = []  # the embedded posts set aside, in order (kept if nothing else is left)
    # The agencies that closing credits below the headline name, with the index of the paragraph each closes, and
    # the index of the last body paragraph kept (`last_body`).
    closing: list[tuple[str, int]] = []
    last_body = -1

    for i, para in enumerate(paragraphs):
        words, is_sentence = words_of[i], sentence[i]
        signed: bool | None = None  # a closing credit was stripped: in brackets (True) or after a dash (False)
        closed: str | None = None  # the agency that closing credit names
        stop = ""  # the full stop after it, which ends the paragraph's last sentence
        # A paragraph cut by a credit sentence starts or ends where no line does: the document's first tests of the
        # sign-offs do not answer for it.
        cut = False
        if found := credit_sentence(para):
            # A credit that opens or closes a paragraph of other sentences: set aside, the rest kept as it is.
            para, credit, agencies = found
            result.credit = result.credit or agencies[0]
            result.boilerplate.append(credit)
            words, is_sentence = _shape(para)
            cut = True
        if tail := _trailing_credit(para):
            # `para` stays a part of the paragraph, for the searches screened on the whole document.
            para, credit, agency, signed, stop = tail
            # The text's credit if it signs a headline or a line set aside, or closes the text's last body
            # paragraph; one closing a body paragraph with more below is the paragraph's own (`closing`).
            closed = agency
            result.boilerplate.append(credit)
            if not para:
                closing.append((agency, i))
                continue
            words = _words(para)
            is_sentence = _is_sentence(para + stop, words)
        elif (screen.may_sign_off or cut) and (paper := paper_sign_off(para)):
            # A paper's sign-off on an item it reprints ("... by the road.—Detroit Free Press.", "[From the Boston
            # Transcript.]"): the credit the text states, not a sentence of it (it made the item's last sentence
            # differ from every reprint's, and stood as an omitted or added "sentence" of its own).
            para, credit, paper_name = paper
            result.credit = result.credit or paper_name
            result.boilerplate.append(credit)
            if not para:
                continue
            words, is_sentence = _shape(para)
        elif (screen.may_desk_codes or cut) and (desk := dpa_sign_off(para)):
            # dpa's editors' initials under its story ("dpa ab/xy", "... Enttäuschung. /ab/DP/zb"): no sentence.
            para, credit = desk
            result.boilerplate.append(credit)
            if not para:
                continue
            words, is_sentence = _shape(para)
        if para[:1].isdigit() and (end := _entry_time(para, stop)):  # (no call for the other paragraphs)
            # A live blog's entry time glued to its first sentence: the entry's time, not its words (kept, "14:05"
            # was a number the sentence "changed" from the wire copy it pasted, a false changed fact).
            result.boilerplate.append(para[:end].strip())
            para = para[end:]
            words = _words(para)
            is_sentence = _is_sentence(para + stop, words)
        reason = None
        if closed is not None and not (is_sentence or words is None):
            result.credit = result.credit or closed  # a signed headline or line: it stays what it was
            closed = None
        if list_open and (block_starts[i] or words is None or is_sentence or len(words) > LIST_ITEM_MAX_WORDS
                          or list_items >= LIST_MAX_ITEMS):
            list_open = False
        key = None
        if embeds and _EMBED_SIGNATURE.match(para):
            # A post embedded in the page (a live blog's tweet): its signature, and its text just above it, are
            # the poster's words, not the page's. Kept, the text was the blog's own sentence "copying" the wire
            # story the post quoted, and two blogs embedding one post were linked as copies of each other.
            reason = "embed"
            if kept_from == i - 1 and result.paragraphs and len(result.paragraphs[-1].text) <= EMBED_MAX_CHARS:
                embedded.append(result.paragraphs.pop())
                result.boilerplate.append(embedded[-1].text)
            embedded.append(Paragraph(para, "body"))
        elif words is None:  # a long sentence of prose: of the tests below, only the notices' and prompts' apply
            if screen.any_pattern.starts(para) or (screen.screens(i) and screen.any_search(para, None)):
                reason = "notice"
            elif screen.screens(i) and screen.prompt(i, para, None, is_sentence):
                reason = "prompt"
        else:
            # What the tests say of this line is the same wherever it stands: a site's chrome, met again in the
            # next page, is looked up, not tested again.
            under_title = result.title is not None
            # ... but for a byline's label in another language, read in the text's language (`_foreign_label`).
            language = screen.language if _FOREIGN_BYLINE_LABEL.match(para) else None
            line_key = (paragraphs[i], para, stop, in_header, under_title, language)
            verdict = _LINE_VERDICTS.get(line_key)
            if verdict is None:
                verdict = _kept(_LINE_VERDICTS, line_key,
                                screen.judge(i, para, words, is_sentence, in_header, under_title))
            key = verdict.key
            if verdict.before_lists:
                reason = verdict.before_lists
            elif list_open:
                reason = "list"
                list_items += 1
            elif verdict.among_lines:
                reason = verdict.among_lines
                if verdict.opens_list is not None:
                    list_open = verdict.opens_list
                    list_items = 0
            elif verdict.prose:
                pass  # a sentence of prose: the tests below are for lines (credits, bylines, dates, menus, fragments)
            elif key is not None and key in seen:  # a headline or a label again; a sentence said twice is kept
                reason = "repeated"
            elif verdict.line_form:
                reason = verdict.line_form
                if verdict.credit is not None:
                    result.credit = result.credit or verdict.credit
                if reason in ("byline", "date"):
                    result.date = result.date or verdict.date
                result.author = result.author or verdict.author
                if verdict.outlet is not None and not result.outlet:
                    result.outlet = verdict.outlet
        if (not reason and in_header and not result.paragraphs and masthead is None
                and _opens_with_masthead(paragraphs, words_of, i)):
            # A paper's name above the date and the headline, as a text copied from its page begins ("Doncaster
            # Evening Star" / "Business | 4 March 2025"): page furniture, which was the text's title and an "added"
            # sentence in every comparison.
            reason = "masthead"
            masthead = para.strip()
        if key is not None:
            seen.add(key)
        if reason:
            if closed is not None:
                result.credit = result.credit or closed
            _read_origin(para, result)
            result.boilerplate.append(para)
            trailer = trailer or _release_trailer(para)
            continue
        para += stop
        if in_header and (tag := _STATUS_TAG.match(para)) and para[tag.end():].strip():
            # A wire's status tag before its headline ("UPDATE 2: ...", "UPDATE 1-...", "ACTUALISATION - ..."):
            # a version's label, not its words (it made every version's headline "paraphrased", its number a
            # "changed fact", and a reprint that dropped it look closer to another version).
            end = tag.end()
            while (more := _STATUS_TAG.match(para, end)) and para[more.end():].strip():
                # Tags stack on a refile or a correction ("REFILE-UPDATE 2-...", "CORRECTED-UPDATE 1-..."): the
                # version's number stayed in the headline and the title, a changed number between two takes.
                end = more.end()
            result.boilerplate.append(para[:end].strip())
            para = para[end:]
            words = _words(para)
        if in_header:  # no body paragraph yet (only headings, or nothing)
            if dateline := _read_dateline(para):
                place, agency, end = dateline
                result.dateline = place or None  # (an agency alone names no place: "(AFP) - ...")
                if agency:
                    result.credit = result.credit or agency
                    # A wire's dateline with a year dates the text: "LONDON, 3 March 2025 /PRNewswire/ --".
                    result.date = result.date or parse_date(para[:end])
                result.boilerplate.append(para[:end].strip())
                para = para[end:]
                if not para.strip():
                    continue
                words = _words(para)
        if (is_sentence or words is None or len(words) > HEADING_MAX_WORDS or has_final_punctuation(para)
                or _several_sentences(para, words)):
            kind = "body"
        elif signed is None:
            kind = "heading"
        else:
            # A closing credit signs off body copy; only a short line above the body signed after a dash is a
            # headline as aggregators print them ("Japan to build up military - Reuters").
            kind = "heading" if not signed and in_header and len(words) <= SIGNED_HEADLINE_MAX_WORDS else "body"
        if trailer and kind != "heading":
            kind = "notes"
        elif trailer and about_heading(para):
            # A release's "About Brightwater Foods" above its boilerplate on the issuer: a label, as "Notes to
            # editors" is (a churnalism researcher saw it linked into a story's headline, the issuer's name shared).
            result.boilerplate.append(para)
            continue
        if kind == "heading" and result.title is None and in_header:
            result.title = para
        result.paragraphs.append(Paragraph(para, kind))
        kept_from = i
        if kind == "body":
            last_body = i
        if closed is not None:
            if kind == "body":
                closing.append((closed, i))
            else:
                result.credit = result.credit or closed
        in_header = in_header and kind == "heading"
    # A closing credit with body text below it credits its own paragraph: a live blog's post ("... the agency said.
    # - AP", "(AP)", "– Reuters" under the next ones), a round-up's brief. Taken for the text's credit, it made a
    # blog AP's "wire copy", upstream in the corpus graph of the wrap-up written from it and of other blogs, and of
    # the Reuters story it pasted. Still listed in the boilerplate, and read as attribution.
    for agency, at in closing:
        if at >= last_body:
            result.credit = result.credit or agency
            break
    if embedded and not result.paragraphs:
        # A text that is an embedded post and nothing else (a post quoted as the whole input, an article's signature
        # line as a one-sentence text: "- Pantone 448 C (@Pantone448C) August 17, 2012" is a SPARK article's
        # sentence) is the text itself, not a page's embed: kept, not refused as all page chrome.
        for paragraph in embedded:
            # (one listing each: a line like it set aside for another reason stays listed, so nothing is lost)
            result.boilerplate.remove(paragraph.text)
        result.paragraphs = embedded
    if result.outlet is None and masthead is not None:
        result.outlet = masthead
    if result.credit is None and any(_is_page_header(line) for line in result.boilerplate):
        # Only where the text credits no one itself: PA's header on another agency's story ("AP" signing off an
        # Australian court report PA carried) marks the feed, not the writer.
        result.credit = "PA"
    return result


def _release_trailer(line: str) -> bool:
    """Whether a set-aside line ends a press release's story: "ENDS" ("-ends-", "###") or "Notes to editors"."""
    line = line.strip().lower()
    return line == "###" or line.strip("-–— ") == "ends" or line.startswith(
        ("notes to editor", "note to editor", "notes for editor", "note for editor"))


def about_heading(line: str) -> bool:
    """Whether a heading names what a release's issuer is: "About Brightwater Foods", "About the University of
    Exeter" (a capital after "About" and "the": "About 300 homes flooded" is a headline)."""
    if not line.startswith("About ") or len(line) > 80:
        return False
    name = line[6:].removeprefix("the ").removeprefix("The ")
    return name[:1].isupper()


# A wire's status tag before a headline, in capitals: "UPDATE 2: ", "UPDATE 1-", "REFILE-", "CORRECTED-",
# "WRAPUP 1-", "BREAKING - ", "ACTUALISATION - ", "AKTUALISIERUNG: ", "ACTUALIZACIÓN - ".
# Tried with `match` (at a position too, for stacked tags), so no "^".
_STATUS_TAG = rx.compile(
    r"(?:UPDATE|UPDATED|CORRECTED|CORRECTION|REFILE|RPT|WRAPUP|RECASTS|URGENT|FLASH|BREAKING|EXCLUSIVE|ADVISORY"
    r"|ACTUALISATION|ACTUALISÉ|AKTUALISIERUNG|ACTUALIZACIÓN|ACTUALIZADO|AGGIORNAMENTO|ATUALIZAÇÃO)"
    r"(?:\s+\d{1,2})?\s*(?:[-–—:]|\s[-–—]\s)\s*(?=\S)")


# A live blog's entry time glued to the entry's first words, as a page pasted as text gives it: "14:05 GMT: A
# tsunami ...", "1.15pm East Japan Railway ...", "12:58 – Officials ...", "13.40 Japan's prime minister ...". Tried
# with `match`, on a paragraph beginning with a digit (`clean_text`).
_ZONES = "GMT|BST|UTC|CET|CEST|EDT|EST|CDT|CST|PDT|PST|ET|CT|PT|IST|JST|KST|AEST|AEDT"
_ENTRY_TIME = rx.compile(
    r"(?:[01]?\d|2[0-3])(?::|\.)[0-5]\d(?:\s*(?P<ampm>[ap]\.?m\.?))?"
    rf"(?:\s*\(?(?P<zone>{_ZONES})\)?)?"
    rf"(?:\s*(?P<sep>[:|–—-])\s*|\s+)(?=[\"“‘'(]?[A-Z])(?!(?:{_ZONES})\b)")


def _entry_time(para: str, stop: str) -> int:
    """Where the entry's own words begin after a live blog's entry time at the start of `para` (0: none). A bare time
    ("13.40 Japan's ...") is one only before a sentence; with a zone, am/pm or a separator, before two words or more.
    `stop` is the full stop after a closing credit stripped from `para`."""
    if not (m := _ENTRY_TIME.match(para)):
        return 0
    rest = para[m.end():]
    words = _words(rest)
    if m.group("ampm") or m.group("zone") or m.group("sep"):
        return m.end() if len(words) >= 2 else 0
    return m.end() if _is_sentence(rest + stop, words) else 0


# An embedded post's signature as a saved or pasted page keeps it below the post's text: "— NHK WORLD News
# (@NHKWORLD_News) March 3, 2026" (Twitter/X's embed). Tried only on a document holding "(@" (`clean_text`).
_EMBED_SIGNATURE = rx.compile(
    r"[—–-]{1,2}\s*[^()\n]{1,60}?\s*\(@\w{1,30}\)\s*"
    r"(?:[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Za-z]{3,9}\.?,?\s+\d{4})\s*$")
# An embedded post's text is at most this many characters (a tweet's 280, and the "pic.twitter.com/..." link its
# picture adds): a longer paragraph above a signature is the page's own.
EMBED_MAX_CHARS = 320


# An agency's abbreviation, in capitals, after a dateline's place and a comma (`_read_dateline`), and the US states'
# postal codes, which stand there in an American dateline ("PITTSBURGH, PA").
_COMMA_AGENCY = rx.compile(r",\s*(" + _AGENCY_AS_WRITTEN + r")$")
US_STATE_CODES = frozenset(
    "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR "
    "PA RI SC SD TN TX UT VT VA WA WV WI WY DC".split())


# Lower-case words that join a place's name, besides a person's particles: "Frankfurt am Main", "Halle an der Saale",
# "Châlons-en-Champagne".
_PLACE_PARTICLES = frozenset({"am", "an", "im", "en", "sur", "lès", "les"})


def _read_dateline(text: str) -> tuple[str, str | None, int] | None:
    """The dateline a first paragraph begins with: (the place, the canonical agency or None, where the text after
    it begins), or None."""
    if (m := _DATELINE.match(text)) and (m.group("agency") or m.group("wire") or len(m.group("place").strip()) >= 3):
        agency = m.group("agency") or m.group("wire")
        place = m.group("place").strip(" ,")
        if not agency and (signed := _COMMA_AGENCY.search(place)) and signed.group(1) not in US_STATE_CODES:
            # "SYDNEY, AAP -", "NEW DELHI, PTI -": the agency after a comma where a state would stand; not
            # "PITTSBURGH, PA -", Pennsylvania's code and no Press Association.
            place, agency = place[:signed.start()], signed.group(1)
        return place, agency and canonical_agency(agency), m.end()
    # What the other patterns need before trying them (each heading above the body is asked): a CJK dateline is
    # not ASCII, an agency's name stands in brackets or slashes.
    if not text.isascii() and (m := _CJK_DATELINE.match(text)):
        place, agency = _alternative(m, "place"), _alternative(m, "agency")
        return place, canonical_agency(agency), m.end()
    if ("(" in text or "/" in text) and (m := _AGENCY_DATELINE.match(text) or _AGENCY_FIRST_DATELINE.match(text)):
        place = m.group("place")
        # A word in lower case is no place's ("nach (dpa)", "el martes (EFE)"), particles aside ("Rio de Janeiro",
        # "Frankfurt am Main", "Halle an der Saale").
        if any(word[:1].islower() and word not in NAME_PARTICLES and word not in _PLACE_PARTICLES
               for word in re.split(r"[ \-/]", place)):
            return None
        # Without a date, only a dash, colon or full stop after the agency ends a dateline: "Die Regierung (dpa) hat
        # beschlossen" is a sentence naming its source.
        if m.re is _AGENCY_DATELINE and not m.group("when") and not m.group("end"):
            return None
        agency = m.groupdict().get("agency") or m.groupdict().get("agency_slashed")
        return place.strip(" ,"), canonical_agency(agency), m.end()
    if text.startswith("(") and (m := _AGENCY_ONLY_DATELINE.match(text)):
        return "", canonical_agency(m.group("agency")), m.end()
    if (m := _PLACE_DOT_DATELINE.match(text)) and _may_be_a_place(m.group("place"), m.group("next")):
        return m.group("place"), None, m.end()
    return None


def _may_be_a_place(word: str, next_word: str) -> bool:
    """Whether a word standing alone before a full stop at the start of a text may be a dateline's place: not an
    abbreviation of any language, a function word or an answer ("Nein."), and not followed by an English
    sentence's first word ("Chaos. That is ..." is a sentence of one word)."""
    lowered, following = word.lower(), next_word.lower()
    others = other_abbreviations()
    return not (lowered in ABBREVIATIONS or lowered in others["anywhere"] or lowered in others["before a number"]
                or lowered in stopwords()
                or lowered in ONE_WORD_SENTENCES or following in stopwords() or following in SENTENCE_STARTERS)


def dateline_agency(line: str) -> str | None:
    """The canonical agency a line names when the whole line is a dateline, as cleaning sets one aside ("MADRID,
    5 dic (EFE).-", "(ANSA) - ROMA, 5 DIC -", "新华社北京12月5日电"), else None."""
    line = line.strip()
    found = _read_dateline(line + " ")
    return found[1] if found and found[2] >= len(line) else None


def _is_page_header(line: str) -> bool:
    """Whether a line is PA's page header (`_WIRE_SLUG` with its priority code)."""
    return line[:1].isdigit() and bool((m := _WIRE_SLUG.match(line)) and m.group("priority"))


def page_header_agency(line: str) -> str | None:
    """The agency whose own page header a line is ("14:09 16/07/99: Page 3 (HHH) COURTS Vagrants": PA's), else None:
    the agency's own wire copy carries it, no newspaper's report does."""
    line = _strip_para_mark(line)[0].strip()
    return "PA" if _is_page_header(line) else None


def _listed_agencies(listed: str) -> tuple[str, ...]:
    """The canonical agencies a credit's list names ("PA and Reuters" -> PA, Reuters), in order, once each."""
    return tuple(dict.fromkeys(canonical_agency(m.group(0)) for m in _AGENCY_IN_LIST.finditer(listed))) or (
        canonical_agency(listed),)


def _credit_line_listed(m: re.Match[str]) -> tuple[str, ...]:
    """The canonical agencies a `_CREDIT_LINE` match credits, in reading order: its byline's as written too ("By
    Jane Smith of PA and Tom Brown of Reuters" credits PA and Reuters)."""
    byline = _alternative(m, "byline") or ""
    return tuple(dict.fromkeys([*(canonical_agency(a.group(0)) for a in _AGENCY_WORD.finditer(byline)),
                                *_listed_agencies(_alternative(m, "agency") or "")]))


def credit_line_agencies(line: str) -> tuple[str, ...]:
    """The canonical agencies a line credits when cleaning reads the whole line as a credit line ("By Jane Smith,
    with PA", "With PA and Reuters", "By PA Reporters", "This story was supplied by the Press Association.",
    "Source: AFP", PA's page header), or as a "By" line naming an agency ("By John Smith and Press Association
    reporters"), else none: attribution names the line as the credit it is, not only the document's credit it
    gave."""
    line = _strip_para_mark(line)[0].strip()
    if m := _CREDIT_LINE.match(line):
        return _credit_line_listed(m)
    if (m := _local_credit_line(line)) or (m := _SUPPLIED_LINE.match(line)):
        return _listed_agencies(m.group("agency"))
    if (line[:3].lower() == "by " and _is_byline(line, in_header=False, under_title=False)
            and (agencies := [m.group(0) for m in _AGENCY_WORD.finditer(line)])):
        return tuple(dict.fromkeys(canonical_agency(agency) for agency in agencies))
    return ("PA",) if _is_page_header(line) else ()


def credit_sentence(paragraph: str) -> tuple[str, str, tuple[str, ...]] | None:
    """A credit that is the first or the last sentence of a paragraph of several ("This story was supplied by the
    Press Association. It has not been edited.", "... on the bonnet. With PA."): (the rest of the paragraph, the
    credit sentence, the canonical agencies it credits), or None. Only a notice (`_SUPPLIED_LINE`) or "With" and
    the agencies is such a sentence; the other sentences are left whole.

    String tests first: this runs on every paragraph, and almost none opens or ends with a credit."""
    if (paragraph[:14].lower().startswith(_CREDIT_SENTENCE_OPENERS) and _CREDIT_OPENING.match(paragraph)
            and (gap := _SENTENCE_GAP.search(paragraph))):
        first, rest = paragraph[:gap.start()], paragraph[gap.end():]
        if agencies := _credited_in_sentence(first):
            return rest, first, agencies
    last_word = paragraph[paragraph.rstrip().rfind(" ") + 1:].rstrip(" .")
    if last_word in _AGENCY_LAST_WORDS or last_word.lower() in _CREDIT_SENTENCE_LAST_WORDS:
        gaps = list(_SENTENCE_GAP.finditer(paragraph))
        if gaps:
            rest, last = paragraph[:gaps[-1].start()], paragraph[gaps[-1].end():].rstrip()
            if agencies := _credited_in_sentence(last):
                return rest, last, agencies
    return None


# The last words a credit sentence may end with after its agency ("PA News", "Press Association reporters").
_CREDIT_SENTENCE_LAST_WORDS = frozenset(("news", "wire", "agency", "reporter", "reporters", "staff",
                                         "correspondent", "correspondents"))


def _credited_in_sentence(sentence: str) -> tuple[str, ...]:
    """The agencies a sentence credits when the whole of it is a credit (`credit_sentence`), else none."""
    if m := _SUPPLIED_LINE.match(sentence) or _WITH_SENTENCE.match(sentence):
        return _listed_agencies(m.group("agency"))
    return ()


def _read_origin(line: str, result: CleanText) -> None:
    """Note the outlet, credit and date a piece of boilerplate states (a disclaimer, a copyright line, an 'Updated'
    line): a copyright line naming an agency ("© 2025 The Associated Press") credits the text to it."""
    if not result.outlet or not result.credit:
        if m := _OUTLET_IN_NOTICE.search(line):
            result.outlet = result.outlet or m.group("outlet")
        elif line[:1] in "©(Cc" and _COPYRIGHT_LINE.match(line) and (m := _COPYRIGHT_OUTLET.match(line)):
            if agency := re.match(AGENCY_PATTERN + r"\b", m.group("outlet")):
                result.credit = result.credit or canonical_agency(agency.group(0))
            else:
                result.outlet = result.outlet or m.group("outlet").strip()
    if m := _DATE_LINE.match(line):
        # An update's time, not the first publication's, tells one version of a story from the next: the last
        # moment a line gives ("Publié le ... à 06h45, mis à jour le ... à 14h32"), an update's over a publication's.
        moments = [(bool(u.group("updated")), when) for u in _DATE_LINE_IN.finditer(line)
                   if (when := timestamp_line_date(line[u.end():_next_date_line(line, u.end())]))]
        if moments and (not result.date or moments[-1][0]):
            result.date = moments[-1][1]
            if moments[-1][0]:
                result.updated = result.date
    elif not result.date and line[:1].isdigit() and (m := _WIRE_SLUG.match(line)):
        result.date = _slug_date(m)


# A Press Association take's slug, which files it to the minute, day first: "17:57 16/07/99: Page 1 (HHH) COURTS
# Ambulance" (set aside as chrome; its time orders a story's takes and write-throughs). With its priority code in
# brackets it is PA's page header, and marks the text as PA's copy: every one of METER dev's 391 PA files carries one
# ("(HHH)", 3 "(OOO)"), none of its 459 newspaper reports does, and the continuation takes and snaps that name PA
# nowhere else (200 of the 391: no byline, no credit) were otherwise read as nobody's.
_WIRE_SLUG = rx.compile(r"(\d{1,2})[:.](\d{2})\s+(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})\s*:?\s*page\s+\d+\b"
                        r"(?:\s+\((?-i:(?P<priority>[A-Z]{3}))\)(?=\s|$))?", re.I)
# A two-digit year below this is 20xx, from it on 19xx (PA's slugs of 1999 say "99").
_CENTURY_PIVOT = 70


def _slug_date(m: re.Match[str]) -> str | None:
    """The ISO date and time a wire slug states ("1999-07-16T17:57"), or None if it names no real moment."""
    hour, minute, day, month, year = (int(g) for g in m.groups()[:5])
    if len(m.group(5)) == 2:
        year += 1900 if year >= _CENTURY_PIVOT else 2000
    try:
        return datetime(year, month, day, hour, minute).isoformat(timespec="minutes")
    except ValueError:  # "25:61 31/02/99"
        return None


# A correction or clarification notice among the boilerplate a version of a story carries: a wire's advisory
# ("Eds: CORRECTS number evacuated ... to about 130, not 300", "(Corrects spelling of name)", "CORRECTION: ..."),
# or a paper's notice under the story ("This story has been corrected to show ...", "An earlier version of this
# story misstated ..."). The wire's own words in capitals, the notices' in any case; other advisories ("UPDATES
# with ...", "RECASTS top") are no correction, nor is a page's link ("Correction or clarification? Contact us",
# "Corrections policy"). A cheap test of the lowered text first: most boilerplate has none.
_CORRECTION_NOTICE = rx.compile(
    r"\b(?:CORRECTS|CORRECTED|CORRECTION|CORRECTING|CLARIFIES|CLARIFICATION)\b"
    r"|^\W*(?:[Ee]ds?\s*:\s*)?(?:[Cc]orrects|[Cc]larifies)\b|^\W*(?:[Cc]orrection|[Cc]larification)\s*[:—–-]"
    r"|(?i:\b(?:story|article|report|version)\s+(?:has\s+been|was|is)\s+(?:corrected|clarified|amended)\b"
    r"|\ban\s+earlier\s+version\s+of\s+this\s+(?:story|article|report)\b)")


def correction_notices(boilerplate: Sequence[str]) -> list[str]:
    """The correction and clarification notices among a document's set-aside boilerplate, as written."""
    return [line for line in boilerplate
            if ("correct" in (lowered := line.lower()) or "clarif" in lowered or "earlier version" in lowered)
            and _CORRECTION_NOTICE.search(line)]
