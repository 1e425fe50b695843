"""Attribution: where a text credits a news agency or outlet, and whether it credits the source it was compared with.

The whole text is read, page chrome included, because credits live in datelines ("TOKYO (AP) -"), credit lines
("AP |"), sentences ("According to Kyodo News, ..."), contributor lines ("The Associated Press contributed to this
report") and notices ("This story has been sourced from a third party syndicated feed").
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from ... import rx
from ...text.cjk import CJK_CHAR
from ...text.clean import (
    BYLINE_MAX_CHARS,
    EXCHANGE_SIGN_OFF,
    SIGN_OFF_MAX_CHARS,
    SIGNED_OUTLET,
    US_STATE_CODES,
    Paragraph,
    about_heading,
    credit_line_agencies,
    credit_sentence,
    page_header_agency,
)
from ...text.lexicon import (
    AGENCIES,
    AGENCIES_WORDS,
    AGENCY_ARTICLE,
    BROADCASTERS,
    CREDIT_ACCORDING_TO,
    CREDIT_WITH,
    NOTICE_NOUNS,
    NOTICE_VERBS,
    OUTLET_WORDS,
    PRESS_RELEASE_WIRES,
    RELEASE_HEADER,
    SOURCE_LABELS,
    WORD_LIKE_AGENCY_NAMES,
    agency_aliases,
    alternation,
    canonical_agency,
    other_speech_verbs,
    outlet_name_key,
)

if TYPE_CHECKING:
    from ..model import PairSummary

# A target derives substantially from its source when at least a quarter of its text derives from it, or when a
# long article lifts several passages: at least `UNATTRIBUTED_MIN_VERBATIM` verbatim sentences (strong evidence
# even when short) or `UNATTRIBUTED_MIN_SENTENCES` derived ones (paraphrase links are weaker evidence, so more
# are needed). On the seeds, 000 (a long rewrite of 001's AP story, hand-labelled 25 of 45 sentences derived)
# measures 46% and 19 sentences; 002 (a summary from other sources sharing one quote and one line with 001, gold
# verdict partially- or non-derived) measures 13-21% and 4-5 paraphrased sentences, and is not unattributed reuse.
UNATTRIBUTED_MIN_SHARE = 0.25
UNATTRIBUTED_MIN_VERBATIM = 3
UNATTRIBUTED_MIN_SENTENCES = 8

# Generic notices that credit "agencies" or a wire feed without naming one.
_GENERIC = rx.compile(
    r"(?:sourced|taken|published|received|drawn|generated)\s+(?:from|via|through)\s+(?:a\s+|an\s+|the\s+)?"
    r"(?:third[\s-]party\s+)?(?:syndicated|agency|wire|news)\s+(?:feed|copy|service|agenc(?:y|ies))"
    r"|\bwith\s+(?:inputs|input)\s+from\s+agencies\b|\(with\s+agency\s+inputs?\)|\bagency\s+copy\b"
    r"|\bsyndicated\s+feed\b"
    # A byline's or a staff credit's "and agencies" as a line of its own: "By Jane Smith and agencies", "Guardian
    # staff and agencies", "Our reporter with agencies" (a re-test: reuse so credited was called unattributed); not
    # a sentence's end ("... shared with ministers and agencies.").
    r"|^[ \t]*[^\n:.]{0,60}?\b(?:and|with|&)[ \t]+agencies[ \t]*$"
    # "Agencias", "Source: agencies", "Fuente: agencias", "Le Figaro avec agences" as a line of their own.
    r"|^[ \t]*(?:(?:" + alternation(SOURCE_LABELS) + r")[ \t]*[:：][ \t]*|[^\n:]{0,40}?\b(?:"
    + alternation(CREDIT_WITH) + r")[ \t]+)?(?:" + alternation(AGENCIES_WORDS) + r")[ \t]*\.?[ \t]*$",
    re.I | re.M,
)


# Every generic notice holds one of these; most texts hold none, and the notice pattern is slow to try everywhere.
_GENERIC_KEYS = ("syndicat", "agenc", "wire", "feed", "agentur", "agenz", "agênc", "агентств", "ajans", "وكالات")


# A credit written as credits are (in brackets, after "Source:", as a line of its own, as a sign-off): the only
# places where an agency name that is also an ordinary word ("भाषा", "共同", "AA") names the agency.
_CREDIT_FORM = True
_SENTENCE_FORM = False
_WORD_LIKE = frozenset(name.lower() for name in WORD_LIKE_AGENCY_NAMES)


# Verbs of saying other than English's (data/speech_verbs.txt), and the words that say whom they were said to.
_OTHER_SPEECH_VERBS = alternation(other_speech_verbs())
_TOLD_TO = (r"à\s+l['’]|à\s+la\s+|à\s+agência\s+|ao\s+|à\s+|a\s+la\s+agencia\s+|a\s+|all['’]|alla\s+|al\s+"
            r"|der\s+|dem\s+|tegen\s+(?:het\s+)?")


# A US state's postal code, which stands where "SYDNEY, AAP -" has its agency ("PITTSBURGH, PA -").
_US_STATE_ALTERNATION = "|".join(sorted(US_STATE_CODES))


@lru_cache(maxsize=64)
def _credit_patterns(names: str) -> list[tuple[re.Pattern[str], bool]]:
    """The phrasings that credit one of `names` (an alternation), each with whether it is a credit's form
    (`_CREDIT_FORM`) or a sentence's (`_SENTENCE_FORM`).

    Compiled through `rx`, though built for the agencies a text names: texts name few sets of them (mostly one
    or two wire agencies), and compiling the 21 patterns anew was ~30 ms of every cold `compare`."""
    # The name ends where a word does: "(?!\w)", not "\b", for names ending in a vowel sign ("भाषा").
    n = rf"(?:the\s+)?(?P<name>{names})(?!\w)(?:\s+news(?:\s+agency)?|\s+wire)?"
    agency = rf"(?:{AGENCY_ARTICLE}){n}"
    return [
        # TOKYO (AP) -, "(dpa/lnw)" (a regional desk), "（共同通信）"
        (rx.compile(rf"[(（]\s*{n}\s*(?-i:/[a-z]{{2,4}}\s*)?[)）]", re.I), _CREDIT_FORM),
        # SYDNEY, AAP -; NEW DELHI, PTI -: the agency where an American dateline has its state ("PITTSBURGH, PA -"
        # credits no one, `US_STATE_CODES`)
        (rx.compile(rf"^\s*(?-i:[A-Z][A-Z.'\- ]{{1,40}}?),\s*(?!(?-i:{_US_STATE_ALTERNATION})\s)(?-i:{n})"
                    r"\s*[-—–]{1,2}\s", re.M), _CREDIT_FORM),
        # AP |  / By X, PA / By X, Reuters, in Brussels / By X, Reuters, Brussels: after the agency only where the
        # reporter filed from, capitalised ("AP, Reuters and AFP all carried the footage." credits no one: a third
        # re-test)
        (rx.compile(rf"^\s*(?:by\s+[^|\n]{{1,60}}?\s*[,|]\s*)?{n}\s*(?:\||(?:,\s*(?:(?i:in|at)\s+)?"
                    r"(?-i:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}))?\s*$)", re.I | re.M), _CREDIT_FORM),
        (rx.compile(rf"\|\s*{n}\s*$", re.I | re.M), _CREDIT_FORM),                   # ... | Reuters
        (rx.compile(rf"\baccording\s+to\s+(?:a\s+report\s+(?:by|from|in)\s+)?{n}(?!\w)", re.I), _SENTENCE_FORM),
        (rx.compile(rf"\b(?:as\s+)?(?:first\s+)?(?:reported|cited|quoted|said|told)\s+(?:by|to|in)\s+{n}(?!\w)", re.I),
         _SENTENCE_FORM),
        (rx.compile(rf"\b{n}\s+(?:reported|reports|said|says|contributed|has\s+contributed|wrote|quoted|cited)\b",
                    re.I), _SENTENCE_FORM),
        (rx.compile(rf"\btold\s+{n}(?!\w)", re.I), _SENTENCE_FORM),
        # The same in other languages: "disse à Lusa", "dijo a EFE", "ha detto all'ANSA", "a déclaré à l'AFP",
        # "sagte der dpa", "zei tegen het ANP"
        (rx.compile(rf"(?<!\w)(?:{_OTHER_SPEECH_VERBS})\s+(?:{_TOLD_TO})\s*{n}(?!\w)", re.I), _SENTENCE_FORM),
        # A news aggregator's summary credits after the fact, verb first: "..., reports the AP.", "he tells CBS New
        # York", "..., writes the Guardian", "per Reuters".
        (rx.compile(rf"\b(?:reports|reported|tells|writes|wrote|notes|explains|per)\s+{n}(?!\w)", re.I),
         _SENTENCE_FORM),
        (rx.compile(rf"\b(?:via|from|source:|courtesy(?:\s+of)?|credit:)\s+{n}(?!\w)", re.I), _SENTENCE_FORM),
        # "Source : AFP", "Fuente: agencia EFE", "来源：新华社", "المصدر: وكالة الأناضول"
        (rx.compile(rf"(?<!\w)(?:{alternation(SOURCE_LABELS)})\s*[:：]\s*{agency}", re.I), _CREDIT_FORM),
        # "Le Figaro avec AFP", "mit Material von dpa", "Com informações da Reuters", "según informó la agencia EFE",
        # "selon l'AFP", "По материалам ТАСС", "据新华社报道" (Chinese writes no space, so no word's end either)
        (rx.compile(rf"(?<!\w)(?:{alternation(CREDIT_WITH + CREDIT_ACCORDING_TO)})\s*{agency}", re.I),
         _SENTENCE_FORM),
        (rx.compile(rf"(?:据|據)\s*(?P<name>{names})"), _SENTENCE_FORM),
        (rx.compile(rf"\b(?:reporting|additional\s+reporting|writing|editing)\s*(?:by|:)\s+[^.\n]{{0,80}}?{n}(?!\w)",
                    re.I), _SENTENCE_FORM),
        (rx.compile(rf"(?:copyright|\(c\)|©)\s*(?:\d{{4}}\s*)?{n}(?!\w)", re.I), _CREDIT_FORM),
        (rx.compile(rf"\b{n}\s*/\s*(?P<name2>{names})\b"), _CREDIT_FORM),          # (Reuters/Kyodo)
        (rx.compile(rf"(?:^|\s)/\s*{n}\s*/", re.M), _CREDIT_FORM),                  # МОСКВА, 5 декабря. /ТАСС/.
        (rx.compile(rf"(?:^|\s)[-—–]{{1,2}}\s*{n}\s*$", re.I | re.M), _CREDIT_FORM),  # ... last line. -- AFP
        (rx.compile(rf"\b(?:originally|first)\s+(?:published|appeared|ran)\s+(?:by|in|on|at)\s+{n}", re.I),
         _SENTENCE_FORM),
        # "This story was supplied by the Press Association.", "This article was supplied by PA."
        (rx.compile(rf"\b(?:this|the)\s+(?:{NOTICE_NOUNS})\s+(?:was|is|has\s+been)\s+"
                    rf"(?:{NOTICE_VERBS})\s+by\s+{n}(?!\w)", re.I), _SENTENCE_FORM),
    ]


# An outlet no list names, credited the way news summaries credit ("..., reports the Daily News", "he tells CBS
# New York", "per NPR", "according to the Miami Herald"): a capitalised name holding a word outlets are named with,
# or a broadcaster's letters. Persons and agencies of state ("according to the FBI") are no outlet.
# The name of such an outlet, "the" before it or not ("the Tyneside Chronicle", "Yorkshire Business Daily", "BBC
# Radio 4"); quotes read it too, where a quote's tag says the words were said to a paper ("..., told the Mail").
# A possessive ends the name: what follows is the outlet's presenter or programme ("Fox News' Sean Hannity" is
# "Fox News", which was "Fox News' Sean"); an apostrophe inside a word is none ("O'Neill").
_NAME_AFTER_OUTLET_WORD = r"[A-Z][\w&.-]*(?:['’](?!s?(?!\w))[\w&.-]+)*"
OUTLET_NAME = (r"(?:the\s+)?(?:[A-Z][\w&.'-]*\s+){0,3}?(?:(?:" + OUTLET_WORDS + r")|(?:" + BROADCASTERS
               + r"))(?:\s+" + _NAME_AFTER_OUTLET_WORD + r"){0,2}")
_NAMED_OUTLET = rx.compile(
    r"\b(?:reports|reported\s+by|tells|told|writes|per|according\s+to|via)\s+(?P<name>" + OUTLET_NAME + r")"
    r"(?!\w)")


def _signed_outlets(text: str) -> list[tuple[int, str, str]]:
    """Sign-off credits at a paragraph's end (`SIGNED_OUTLET`, `EXCHANGE_SIGN_OFF`): (offset, phrase, the name as
    written; "exchange" for an exchange paper not named).

    A sign-off ends its line and starts at most `SIGN_OFF_MAX_CHARS` before that end, so only those stretches with
    a dash, a bracket or "from" in them are searched (the patterns tried at every offset of a whole text cost a
    corpus run of 1,000 real articles half a second)."""
    signed: dict[int, tuple[int, str, str]] = {}
    exchange: dict[int, tuple[int, str, str]] = {}
    line_end = -1
    while line_end < len(text):
        line_end = text.find("\n", line_end + 1)
        if line_end == -1:
            line_end = len(text)
        # (Reaching back over a line break: "—Ex-" / "change." is one sign-off broken by a column.)
        window = max(0, line_end - SIGN_OFF_MAX_CHARS)
        stretch = text[window:line_end]
        if not ("—" in stretch or "–" in stretch or "-" in stretch or "[" in stretch or "rom " in stretch):
            continue
        for m in SIGNED_OUTLET.finditer(text, window, line_end):
            name = re.sub(r"^the\s+", "", m.group("name"), flags=re.I).rstrip(".,;:'")
            signed[m.start("name")] = (m.start("name"), " ".join(m.group("name").split()).rstrip(".,;:'"), name)
        for m in EXCHANGE_SIGN_OFF.finditer(text, window, line_end):
            exchange[m.start("name")] = (m.start("name"), "Exchange", "exchange")
    return [signed[at] for at in sorted(signed)] + [exchange[at] for at in sorted(exchange)]


def _named_outlets(text: str) -> list[tuple[int, str, str]]:
    """Credits of outlets no list names, verb first (`_NAMED_OUTLET`): (offset, phrase, the name as written)."""
    out = []
    for m in _NAMED_OUTLET.finditer(text):
        name = re.sub(r"^the\s+", "", m.group("name")).rstrip(".,;:'")
        out.append((m.start(), " ".join(m.group(0).split()).rstrip(".,;:'"), name))
    return out


# How far a credit phrase reaches before and after the name it credits ("additional reporting by ... for AP").
_BEFORE_NAME = 160
_AFTER_NAME = 40


def _apart(left: str, right: str) -> bool:
    """Whether two touching characters may belong to different words: not both letters or digits of a spaced
    script."""
    return not (left.isalnum() and right.isalnum()) or bool(CJK_CHAR.match(left) or CJK_CHAR.match(right))



def _windows(text: str, names: list[str]) -> tuple[list[tuple[int, int]], set[str]]:
    """Stretches of text around each mention of a name, overlapping ones merged, and the names found (lowercase)."""
    lowered = text.lower()
    hits: list[tuple[int, int]] = []
    found: set[str] = set()
    for name in {n.lower() for n in names if n}:
        # str.find per name: far faster than one case-insensitive alternation over the whole text.
        i = lowered.find(name)
        while i >= 0:
            j = i + len(name)
            # Whole words only: "pa" in "Japan" is no mention of PA. Chinese and Japanese write no space between
            # words, so a name in their script is a mention wherever it stands ("据新华社报道").
            if (i == 0 or _apart(lowered[i - 1], name[0])) and (j == len(lowered) or _apart(name[-1], lowered[j])):
                hits.append((i, j))
                found.add(name)
            i = lowered.find(name, i + 1)
    windows: list[tuple[int, int]] = []
    for m_start, m_end in sorted(hits):
        # Searching from inside a line is safe: `^` still matches only at real line starts.
        start, end = max(0, m_start - _BEFORE_NAME), min(len(text), m_end + _AFTER_NAME)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(end, windows[-1][1]))
        else:
            windows.append((start, end))
    return windows, found


def _lines(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The start and end of each line of `text` that overlaps `text[start:end]`."""
    i = text.rfind("\n", 0, start) + 1
    while i < end:
        j = text.find("\n", i)
        j = len(text) if j < 0 else j
        yield i, j
        i = j + 1


# A line holding "Page " as a word, where PA's page header may stand ("15:21 16/07/99: Page 1 (HHH) COURTS
# Whitehouse"), which names no agency to find the line by. The word is found by `str.find` and the line around it
# taken, not by a regex of the whole line (tried at every place of a text): the lines `^.*\bPage .*$` finds.
_WORD_CHAR = rx.compile(r"\w")


def _page_lines(text: str) -> list[tuple[int, int]]:
    """The spans of the lines holding "Page " after a character no word goes on through (`\\bPage `), in order."""
    spans: list[tuple[int, int]] = []
    at = text.find("Page ")
    while at >= 0:
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        if at == 0 or not _WORD_CHAR.match(text, at - 1):
            spans.append((text.rfind("\n", 0, at) + 1, end))
            at = text.find("Page ", end)  # the line's other ones are the same line
        else:
            at = text.find("Page ", at + 1)
    return spans


def _page_headers(text: str) -> list[tuple[int, int]]:
    """Where PA's page headers stand, as cleaning reads one (`page_header_agency`; `credit_line_agencies` then
    reads each line)."""
    return [(start, end) for start, end in _page_lines(text) if page_header_agency(text[start:end])]


_DOMAIN_END = rx.compile(r"\.(?:com|net|org|co\.uk|co\.in|co\.jp|in|jp|uk|au|news|info|io)$", re.I)


def outlet_names(outlet: str) -> list[str]:
    """Other ways a text names an outlet: "mid-day.com" is also "mid-day"; "The Japan Times" also "Japan Times"."""
    name = re.sub(r"^(?:https?://)?(?:www\.)?", "", outlet.strip(), flags=re.I).rstrip("/")
    names = [name, _DOMAIN_END.sub("", name)]
    names += [re.sub(r"^the\s+", "", n, flags=re.I) for n in names]
    return [n for n in dict.fromkeys(names) if len(n) >= 2]


def _credit_key(name: str) -> str:
    """A credit's comparison key: canonical agency, no domain ending, letters and digits only, the places an old
    paper's name abbreviates written out ("N. Y. Sun" is "New York Sun": `outlet_name_key`)."""
    return outlet_name_key(_DOMAIN_END.sub("", re.sub(r"^(?:www\.)?", "", canonical_agency(name).strip(), flags=re.I)))


# What marks a text as a press release: its own boilerplate ("FOR IMMEDIATE RELEASE", "ENDS", "Notes to editors",
# "Media contact:") or a press-release wire's dateline or credit. Each kind is named: a paper that reprints a
# release may keep one of them ("Notes to editors" above a leaked note), never all (`release_marks`).
# A US release's "###" is its "ENDS", "Editor's notes" its "Notes to editors" (a heading: a paper's "EDITOR'S NOTE:
# ABC is a part owner of A&E" discloses, in the singular and with its text), and "For further information please
# contact:" its contact block's label (a business and politics desk's re-test: a company's release ending so, set
# aside by cleaning as a release's lines, was read as a paper, and a paper's reprint of it as a paper's copy). A
# "For more information visit ..." is left out: a paper's service line ends so too.
_RELEASE_MARK = rx.compile(rf"^(?:(?P<header>{RELEASE_HEADER})\b|(?P<ends>-?\s*ends\s*-?\b|#{{3}}\s*$)|"
                           r"(?P<notes>notes? (?:to|for) editors?\b|editor(?:['’]s|s['’]?) notes\s*:?\s*$)|"
                           r"(?P<contact>(?:(?:media|press) (?:contacts?|enquiries|inquiries)|for (?:more|further) "
                           r"(?:information|details)\W*(?:please )?(?:contact|call|e-?mail)|for (?:media|press) "
                           r"(?:enquiries|inquiries))\b)|(?P<embargo>embargoed)\b)",
                           re.I)
# How a paper says its text comes from a press release or a statement without naming who issued it: "the company
# said in a statement", "according to a press release issued by the council".
_DISCLOSURE = rx.compile(
    r"\b(?:(?:in|according to|from|via|issued in|announced in|said in|says in) (?:a|an|the|its|their) "
    r"(?:press release|news release|statement|written statement)|(?:said|says|announced|added|confirmed|stated|"
    r"wrote) in (?:a|an|the|its|their) (?:written )?statement|according to (?:a|the|its) (?:statement|release))\b",
    re.I)


# A public body that issues its news as releases, named as a document's own outlet ("West Yorkshire Police", "Durham
# Constabulary", "Crown Prosecution Service", "Office for National Statistics", "Leeds City Council") or by the
# address it was fetched from (a force's site on police.uk, a department's or council's on gov.uk). A force's web
# release carries none of a release's own lines: its appeal ("Anyone with information should call 101 quoting log
# 1754 of 3 May", "Crimestoppers") is what the papers print word for word too, so the text cannot tell the two
# apart, and a reprint of the release was read as one paper copying another (a legal desk's re-test: direction
# undetermined and no unattributed reuse, outlet given or not). Only the document's own metadata says who issued it.
_ISSUER_OUTLET = rx.compile(
    r"(?i)^(?:[\w&'’.-]+\s+){0,4}(?:police(?:\s+service)?|constabulary|council|fire\s+and\s+rescue\s+service)$"
    r"|^(?:police\s+(?:scotland|service\s+of\s+northern\s+ireland)|crown\s+prosecution\s+service|office\s+for\s+"
    r"national\s+statistics)$")
_ISSUER_HOST = rx.compile(r"(?i)^https?://(?:[\w-]+\.)+(?:police\.uk|gov\.uk)(?::\d+)?(?:/|$)")


# A release's own lines that cleaning keeps as its text: a headline labelled as a release ("Press Release: Northwind
# Energy to build ...", "NEWS RELEASE - ..."), a "header" as the label on a line of its own is, and a closing "About
# Northwind Energy" heading over the paragraph on the issuer ("Northwind Energy is a ..."), its "notes", where no
# "ENDS" or "Notes to editors" stands above it to have cleaning set it aside (a fact-checker's re-test: a company's
# release with only these was read as a paper). The label takes a colon or a spaced dash: "Press release reveals
# ..." is a paper's headline.
_RELEASE_LABEL = rx.compile(r"(?:press|news|media) release\s*(?::|\s[-–—|]\s)", re.I)
# The last paragraphs of a text that an "About ..." heading is looked for in: a release's closing boilerplate.
RELEASE_ABOUT_PARAGRAPHS = 4


def _kept_release_marks(paragraphs: Sequence[Paragraph]) -> set[str]:
    """The kinds of a release's marks among a document's kept paragraphs: its headline's label and a closing "About
    <issuer>" heading over a paragraph on the issuer (`_RELEASE_LABEL`)."""
    marks = set()
    if paragraphs and _RELEASE_LABEL.match(paragraphs[0].text):
        marks.add("header")
    tail = paragraphs[-RELEASE_ABOUT_PARAGRAPHS:]
    for above, below in zip(tail, tail[1:], strict=False):
        if above.kind != "heading" or not about_heading(above.text):
            continue
        # The paragraph below describes the issuer the heading names ("About the University of Exeter" over "The
        # University of Exeter is ..."): a paper's factbox heading over other text is no release's.
        name = above.text[6:].removeprefix("the ").removeprefix("The ").split()
        said = below.text.removeprefix("The ").removeprefix("the ").split()
        if below.kind != "heading" and name and said and said[0].lower() == name[0].lower():
            marks.add("notes")
    return marks


def release_marks(boilerplate: Sequence[str], credit: str | None, *, outlet: str | None = None,
                  url: str | None = None, paragraphs: Sequence[Paragraph] = ()) -> frozenset[str]:
    """The kinds of a press release's marks a document's set-aside lines hold ("header", "ends", "notes",
    "contact", "embargo"), and its kept paragraphs (`paragraphs`: a labelled headline, a closing "About ..."
    heading, `_kept_release_marks`), "wire" where a press-release wire carried it, and "issuer" where its own
    outlet or address is a public body's that issues releases (`_ISSUER_OUTLET`, `_ISSUER_HOST`)."""
    marks = {kind for line in boilerplate if (m := _RELEASE_MARK.match(line.strip()))
             for kind, found in m.groupdict().items() if found}
    marks |= _kept_release_marks(paragraphs)
    if credit in PRESS_RELEASE_WIRES:
        marks.add("wire")
    if (outlet and _ISSUER_OUTLET.match(outlet.strip())) or (url and _ISSUER_HOST.match(url.strip())):
        marks.add("issuer")
    return frozenset(marks)


def is_press_release(boilerplate: Sequence[str], credit: str | None, *, outlet: str | None = None,
                     url: str | None = None, paragraphs: Sequence[Paragraph] = ()) -> bool:
    """Whether a document is a press release: its set-aside lines or kept paragraphs hold a release's marks, a
    press-release wire carried it, or its own outlet or address is a public body's that issues releases."""
    return bool(release_marks(boilerplate, credit, outlet=outlet, url=url, paragraphs=paragraphs))


def find_attribution(target_text: str, source_credit: str | None, source_outlet: str | None = None, *,
                     target_names: Sequence[str | None] = (), source_is_release: bool = False) -> dict[str, Any]:
    """The `attribution` object of a pair report.

    Args:
        target_text: the target document's whole text (body and boilerplate).
        source_credit: the source's credit (its "AP |" line or dateline agency), if it states one.
        source_outlet: the source's outlet, if known.
        target_names: the target's own credit and outlet, if known.
        source_is_release: the source is a press release (`is_press_release`): then a target that says its text
            comes from a statement or a press release ("said in a statement") credits it, named or not.

    Returns:
        `{"credited": bool, "mentions": [phrases as the target writes them], "source_credit": str|None,
        "credits": [canonical names credited]}`. `credited` is true when a mention names the source's credit or
        outlet (any alias: "Associated Press" credits AP), when the source is agency copy and the target carries
        a generic agency/syndicated-feed notice, or when the target is the same outlet's or agency's own text (a
        wire story's later version reuses the earlier one, and owes it no credit).
    """
    wanted = [c for c in (source_credit, source_outlet) if c]
    names = [a for aliases in AGENCIES.values() for a in aliases]
    for credit in wanted:
        names += [*agency_aliases(credit), *outlet_names(credit)]
    found: list[tuple[int, str, str]] = []
    # Characters already inside a mention: a later pattern matching the same words is the same credit.
    taken = bytearray(len(target_text))
    # Every credit names an agency or outlet: find the names once, then try the phrasings only around them and
    # only with the names the text holds (an alternation of 70 names is slow to try at every position).
    windows, present = _windows(target_text, names)
    patterns = _credit_patterns(alternation({n for n in names if n and n.lower() in present})) if present else []
    # A line cleaning reads as a credit line is one credit, read first, even where no phrasing below matches it:
    # "By PA Reporters", "By John Smith, with PA" (a re-test: `credited` true from the target's own credit, with no
    # mention or credit to say why), "With PA and Reuters" and "Additional reporting by Reuters and AP" (each
    # agency it names: a second re-test), PA's page header, which names no agency but is PA's, and a credit
    # cleaning sets aside as a paragraph's first or last sentence ("... on the bonnet. With PA.").
    for start, end in [*windows, *_page_headers(target_text)]:
        for line_start, line_end in _lines(target_text, start, end):
            if 1 in taken[line_start:line_end]:
                continue
            line = target_text[line_start:line_end]
            agencies = credit_line_agencies(line) if line_end - line_start <= BYLINE_MAX_CHARS else ()
            if agencies:
                at, length = line_start, line_end - line_start
            elif sentence := credit_sentence(line.strip().rstrip("<¶").rstrip()):
                _, credit, agencies = sentence
                at, length = line_start + line.find(credit), len(credit)
            else:
                continue
            taken[at:at + length] = b"\x01" * length
            phrase = " ".join(target_text[at:at + length].split()).rstrip("<¶ .").strip(" |-—–")
            found += [(at, phrase, agency) for agency in agencies]
    for pattern, credit_form in patterns:
        for start, end in windows:
            for m in pattern.finditer(target_text, start, end):
                if 1 in taken[m.start():m.end()]:
                    continue
                if not credit_form and m.group("name").lower() in _WORD_LIKE:
                    continue  # "AA said", "共同で": the word, not the agency
                taken[m.start():m.end()] = b"\x01" * (m.end() - m.start())
                phrase = " ".join(m.group(0).split()).strip(" |-—–")
                found.append((m.start(), phrase, canonical_agency(m.group("name"))))
                if m.groupdict().get("name2"):
                    found.append((m.start(), phrase, canonical_agency(m.group("name2"))))
    # A paper's sign-off names the paper it took the item from ("—Detroit Free Press." under a reprint). As with
    # `_named_outlets` below, a source that states its credit or outlet is credited only by its name: a sign-off
    # to another paper is then no mention of it.
    source_keys = {_credit_key(name) for c in wanted for name in (c, *outlet_names(c))}
    for hit in _signed_outlets(target_text):
        if wanted and _credit_key(hit[2]) not in source_keys:
            continue
        if 1 not in taken[hit[0]:hit[0] + len(hit[1])]:
            taken[hit[0]:hit[0] + len(hit[1])] = b"\x01" * len(hit[1])
            found.append(hit)
    if not wanted:
        # The source states no outlet: a credit to any outlet may be to it ("reports the Daily News" of a page
        # saved without its site's name), and names it as the target's source.
        found += [hit for hit in _named_outlets(target_text) if 1 not in taken[hit[0]:hit[0] + len(hit[1])]]
    lowered = target_text.lower()
    generic = _GENERIC.finditer(target_text) if any(k in lowered for k in _GENERIC_KEYS) else ()
    for m in generic:
        if 1 not in taken[m.start():m.end()]:
            found.append((m.start(), " ".join(m.group(0).split()), "agencies"))
    if source_is_release:
        for m in _DISCLOSURE.finditer(target_text):
            if 1 not in taken[m.start():m.end()]:
                found.append((m.start(), " ".join(m.group(0).split()), "press release"))
    found.sort(key=lambda hit: hit[0])  # in reading order; a line's agencies as it lists them
    mentions: list[str] = []
    credits: list[str] = []
    for _, phrase, credit in found:
        if phrase not in mentions:
            mentions.append(phrase)
        if credit not in credits:
            credits.append(credit)
    wanted_keys = {_credit_key(name) for c in wanted for name in (c, *outlet_names(c))}
    credited = any(_credit_key(c) in wanted_keys for c in credits)
    if not credited and "agencies" in credits and source_credit and canonical_agency(source_credit) in AGENCIES:
        credited = True
    if not credited and (own := [name for name in target_names if name and _credit_key(name) in wanted_keys]):
        credited = True  # the same outlet's or agency's own text
        # Its credit or outlet, read from its metadata or its set-aside lines, is then the credit found.
        credits.append(canonical_agency(own[0]))
    if not credited and "press release" in credits:
        credited = True  # a release is credited by saying it is one ("in a statement"), whoever is named
    return {
        "credited": credited,
        "mentions": mentions,
        "credits": credits,
        "source_credit": source_credit or source_outlet,
    }


def credited_generically(attribution: Mapping[str, Any]) -> bool:
    """Whether a target counts as crediting the source only through a generic notice ("Agencias", "with inputs from
    agencies"): it is credited, and none of the credits it names is the source's."""
    credits = attribution.get("credits") or []
    if not attribution.get("credited") or "agencies" not in credits:
        return False
    source = attribution.get("source_credit")
    keys = {_credit_key(name) for name in (source, *outlet_names(source))} if source else set()
    return not any(_credit_key(c) in keys for c in credits if c != "agencies")


def unattributed_reuse(attribution: dict[str, Any], summary: PairSummary, *, source_is_release: bool = False
                       ) -> bool:
    """Whether a substantial part of the target derives from the source and the target does not credit it.

    Substantial: the verdict is not `non-derived` and at least `UNATTRIBUTED_MIN_SHARE` of the target's text
    derives from the source, or at least `UNATTRIBUTED_MIN_VERBATIM` of its sentences are verbatim copies, or at
    least `UNATTRIBUTED_MIN_SENTENCES` derive. When the source states no credit or outlet, only a target that
    credits nobody at all is unattributed reuse (it cannot be known whom a credit to someone else refers to),
    unless the source is a press release (`is_press_release`): no agency or outlet issued it, so a mention of
    one is never its credit, and only a disclosure (`credited`: "said in a statement") is.
    """
    substantial = summary.verdict != "non-derived" and (
        summary.target_derived_share >= UNATTRIBUTED_MIN_SHARE
        or summary.verbatim >= UNATTRIBUTED_MIN_VERBATIM
        or summary.derived >= UNATTRIBUTED_MIN_SENTENCES
    )
    if not substantial or attribution["credited"]:
        return False
    # A release's quote given as said to the paper ("..., told the Chronicle", "told Yorkshire Business Daily": a
    # churnalism researcher's trial, where a release reprinted whole was no unattributed reuse) is the paper's own
    # name, not the release's: it names no source the text came from.
    return bool(attribution["source_credit"]) or source_is_release or not attribution["mentions"]
