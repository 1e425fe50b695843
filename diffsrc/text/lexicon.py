"""The project's own word lists: stopwords, spelling variants, abbreviations, news agencies.

They live in `diffsrc/data/` (or here, where they are patterns) so the tool needs no downloaded corpus.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import cache, lru_cache
from importlib import resources
from types import MappingProxyType

from .. import rx

# News agencies: canonical credit, then the names and abbreviations that refer to it, in the scripts and languages
# the agency's own services and its clients write it: "ТАСС", "新华社", "(भाषा)" (PTI's Hindi service), "共同" (Kyodo
# in Japanese papers' credits and datelines, "【東京共同】"), "وكالة الأناضول" (Anadolu in Arabic).
AGENCIES: dict[str, tuple[str, ...]] = {
    "AP": ("AP", "Associated Press", "The Associated Press", "美联社"),
    "Reuters": ("Reuters", "Thomson Reuters", "رويترز", "Рейтер", "Рейтерс", "路透社", "ロイター"),
    "AFP": ("AFP", "Agence France-Presse", "Agence France Presse", "فرانس برس", "法新社"),
    "PA": ("PA", "PA Media", "Press Association", "PA News", "PA Wire"),
    "Kyodo": ("Kyodo", "Kyodo News", "共同通信", "共同通信社", "共同社", "共同"),
    "Jiji": ("Jiji", "Jiji Press", "時事通信", "時事通信社", "時事"),
    "Xinhua": ("Xinhua", "Xinhua News Agency", "新华社", "新華社", "新华通讯社"),
    "Bloomberg": ("Bloomberg", "Bloomberg News"),
    "dpa": ("dpa", "DPA", "Deutsche Presse-Agentur"),
    # dpa's financial wire, its own agency in its datelines and credits ("FRANKFURT (dpa-AFX) -"): read as "dpa"
    # it was no agency at all, the hyphen after "dpa" being no dateline's close (a wire desk's re-test).
    "dpa-AFX": ("dpa-AFX", "DPA-AFX", "dpa-AFX Wirtschaftsnachrichten"),
    "ANI": ("ANI", "Asian News International"),
    "PTI": ("PTI", "Press Trust of India", "भाषा", "पीटीआई"),
    "IANS": ("IANS", "Indo-Asian News Service", "आईएएनएस"),
    "UPI": ("UPI", "United Press International"),
    "EFE": ("EFE", "Agencia EFE"),
    "ANSA": ("ANSA", "Agenzia ANSA"),
    "Yonhap": ("Yonhap", "Yonhap News Agency", "연합뉴스"),
    "TASS": ("TASS", "Tass", "ТАСС", "ИТАР-ТАСС"),
    "AAP": ("AAP", "Australian Associated Press"),
    "CP": ("The Canadian Press", "Canadian Press"),
    "Bernama": ("Bernama",),
    "CNA": ("CNA", "Central News Agency"),
    "Anadolu": ("Anadolu", "Anadolu Agency", "Anadolu Ajansı", "AA", "وكالة الأناضول"),
    "Interfax": ("Interfax", "Интерфакс"),
    "RIA Novosti": ("RIA Novosti", "RIA", "РИА Новости"),
    "KCNA": ("KCNA", "Korean Central News Agency"),
    "Antara": ("Antara", "Antara News Agency"),
    "IRNA": ("IRNA", "Islamic Republic News Agency"),
    "Lusa": ("Lusa", "Agência Lusa"),
    "Europa Press": ("Europa Press",),
    "Notimex": ("Notimex",),
    "Belga": ("Belga",),
    "ANP": ("ANP", "Algemeen Nederlands Persbureau"),
    "PAP": ("PAP", "Polish Press Agency", "Polska Agencja Prasowa"),
    "Agência Brasil": ("Agência Brasil", "Agencia Brasil"),
    # Press-release wires: they carry companies' and institutions' releases, datelined as agencies write theirs
    # ("LONDON, 3 March 2025 /PRNewswire/ --").
    "PR Newswire": ("PR Newswire", "PRNewswire", "PRNewswire-PRWeb"),
    "Business Wire": ("Business Wire", "BUSINESS WIRE", "BusinessWire"),
    "GlobeNewswire": ("GlobeNewswire", "GLOBE NEWSWIRE", "Globe Newswire"),
    "ACCESSWIRE": ("ACCESSWIRE", "Accesswire"),
}
# The agencies above that carry press releases, not news: what they carry is a release.
PRESS_RELEASE_WIRES = frozenset({"PR Newswire", "Business Wire", "GlobeNewswire", "ACCESSWIRE"})
# A press release's own header line (a regular expression, case-insensitive): its issuer's mark.
RELEASE_HEADER = r"for immediate release|(?:press|news) release"

# Han and kana: the characters of Chinese and Japanese, which write no space between words.
CJK_CHARS = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"

# What a byline calls its writer, after the name: "Gwyn Topham Transport correspondent", "AP Economics Writer",
# "Staff reporter", "From our correspondent". Only the last word of the role is listed; words before it are free.
BYLINE_ROLES = (
    "correspondent", "correspondents", "editor", "editors", "reporter", "reporters", "writer", "writers",
    "columnist", "critic", "journalist", "staff", "contributor", "analyst", "producer", "desk", "bureau",
    "commentator", "agencies",
)

_ALIAS_TO_AGENCY = {alias.lower(): canon for canon, aliases in AGENCIES.items() for alias in aliases}
# Longest names first so "Associated Press" wins over "AP" inside a longer credit.
def alternation(phrases: Iterable[str]) -> str:
    """A regex alternation of phrases, the longest first (so "Agencia EFE" is tried before "EFE").

    Phrases of one length go in alphabetical order: the same pattern in every process, whatever order a set of them
    comes in (which varies with the process's string hashing), so that `rx` finds its compiled program."""
    return "|".join(re.escape(p) for p in sorted(phrases, key=lambda phrase: (-len(phrase), phrase)))


def first_characters(phrases: Iterable[str]) -> str:
    """A regex character class of the characters phrases start with. Written before their `alternation` in a
    pattern searched through a whole text, it has the regex engine pass over a place no phrase starts at in one
    test, not one for each phrase (a hundred agency names at every word of every document of a corpus)."""
    return "[" + "".join(sorted({re.escape(p[0]) for p in phrases if p})) + "]"


AGENCY_PATTERN = alternation({a for aliases in AGENCIES.values() for a in aliases})


# Agency names that are also ordinary words: भाषा is Hindi for "language", 共同 Japanese for "joint", 時事 for
# "current affairs", AA an English abbreviation of many things. They name the agency only where a text writes them
# as a credit (in brackets, after "Source:", as a line of their own, in a dateline), not as a mention in a sentence.
WORD_LIKE_AGENCY_NAMES = frozenset({"भाषा", "共同", "時事", "AA"})
# The names a sentence may mention an agency by: every name but the word-like ones.
_AGENCY_MENTION_NAMES = {a for aliases in AGENCIES.values() for a in aliases} - WORD_LIKE_AGENCY_NAMES
AGENCY_MENTION_PATTERN = alternation(_AGENCY_MENTION_NAMES)
# The characters those names start with (`first_characters`).
AGENCY_MENTION_FIRST = first_characters(_AGENCY_MENTION_NAMES)

# How a credit line says "Source:" ("Source : AFP", "Fuente: EFE", "Quelle: dpa", "来源：新华社"), lower case.
SOURCE_LABELS = (
    "source", "sources", "fuente", "fuentes", "fonte", "fontes", "quelle", "quellen", "kaynak", "źródło", "źródła",
    "источник", "bron", "forrás", "zdroj", "πηγή", "来源", "來源", "出典", "出处", "出處", "المصدر", "स्रोत",
)
# Phrases that end a credit line with the agency's name, after the outlet's own name where there is one: "Le Figaro
# avec AFP", "mit Material von dpa", "Com informações da Reuters", "con información de EFE".
CREDIT_WITH = (
    "avec", "mit material von", "mit material der", "mit material des", "com informações da", "com informações de",
    "com informações do", "com informações das", "com informações dos", "con información de", "con informaciones de",
    "con información de la", "con informazioni da", "на основе материалов",
)
# Phrases that credit the agency they precede, in a sentence or a line of their own: "según informó la agencia EFE",
# "selon l'AFP", "laut dpa", "По материалам ТАСС", "według PAP".
CREDIT_ACCORDING_TO = (
    "según", "según informó", "según informa", "según ha informado", "según informaron", "selon", "laut", "secondo",
    "segundo", "de acordo com", "według", "по материалам", "по данным", "по сообщению", "据", "據",
)
# A notice of whose copy a text is: "This story was supplied by the Press Association.", "Copy supplied by PA Media",
# "This article was provided by Reuters". The things it names the text as, and the verbs it says so with (both read
# as patterns: cleaning sets such a line aside with its credit, attribution reads one inside a paragraph).
NOTICE_NOUNS = r"story|article|report|item|copy|content"
NOTICE_VERBS = r"supplied|provided|filed|distributed|contributed"
# What may stand between such a phrase and the agency: an article, the word for "agency" ("la agencia EFE",
# "l'AFP", "die Agentur dpa", "a agência Lusa", "agencji PAP", "агентство ТАСС", "وكالة رويترز").
AGENCY_ARTICLE = (
    r"(?:(?:la|el|le|les|die|der|den|a|o|da|do|de|della|dell['’])\s+|l['’]|dell['’])?"
    r"(?:(?:agencia|agence|agentur|nachrichtenagentur|agenzia|agência|agencja|agencji|агентство|агентства|agency"
    r"|وكالة)\s+)?"
)
# Generic credits to unnamed agencies, as a line of their own ("Agencias", "Source: agencies", "Le Figaro avec
# agences"), lower case.
AGENCIES_WORDS = (
    "agencies", "agencias", "agences", "agenturen", "agenzie", "agências", "agencje", "агентства", "ajanslar",
    "وكالات",
)


# Counts below a hundred in English words, as broadcast scripts write every figure for the ear ("a
# twenty-four-year-old man" for the wire's "a 24-year-old man"): the word diff compares them as their digits.
CARDINAL_WORDS = MappingProxyType({
    **{w: v for v, w in enumerate("one two three four five six seven eight nine".split(), 1)},
    **{w: v for v, w in enumerate("ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen"
                                  .split(), 10)},
    **{w: 10 * v for v, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), 2)},
})


# Compounds an OCR'd column breaks at their own hyphen ("well-" / "known", "twenty-" / "five"), which cleaning
# closed up as one word ("wellknown") where the source writes "well-known" (`text.clean._join_wrapped_lines`). The
# first halves that are a word on their own and that a compositor's break rarely leaves at a line's end inside
# one word: those that keep their hyphen whatever follows ("self-", "half-", the tens), and those that keep it
# before a second half that is a word too ("so-" / "called", but "so-" / "ciety" is "society"; "well-" / "ington"
# "Wellington"). No "ex-", "co-" or "non-": "ex-" / "change", "co-" / "lonel", "non-" / "sense" break one word.
COMPOUND_HEADS = frozenset({"self", "half", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
                            "ninety"})
# The words those start that are written closed up ("self-" / "ish" is "selfish").
CLOSED_UP_COMPOUNDS = frozenset({"selfish", "selfishly", "selfishness", "selfless", "selflessly", "selflessness",
                                 "selfsame", "halfpenny", "halfpence", "halfpennies", "halfpennyworth"})
COMPOUND_HEADS_BEFORE_A_WORD = frozenset({"well", "so", "ill"})
# Second halves read as words after those first halves (besides a function word, `stopwords`, or a word the same
# text writes on its own): the ones they most often take.
COMPOUND_TAILS = frozenset({
    "known", "called", "done", "bred", "born", "made", "kept", "paid", "informed", "founded", "dressed", "treated",
    "fated", "advised", "timed", "tempered", "natured", "meaning", "health", "will", "feeling", "judged", "read",
    "used", "spent", "earned", "deserved", "armed", "equipped", "attended", "built", "liked", "off", "being",
})


# Words an outlet's name holds ("Daily News", "Miami Herald"), and broadcasters' letters: how a capitalised name
# is read as an outlet no list names (`pair.findings.attribution`, `text.clean.SIGNED_OUTLET`).
OUTLET_WORDS = (
    "News|Times|Post|Journal|Daily|Herald|Tribune|Telegraph|Guardian|Mail|Express|Star|Sun|Mirror|Independent|"
    "Gazette|Chronicle|Magazine|Insider|Observer|Globe|Review|Register|Sentinel|Examiner|Standard|Bulletin|"
    "Courier|Record|Inquirer|Press|Today|Radio|TV|Television|Network|Channel|Reporter|Weekly|Monthly|Atlantic|"
    "Verge|Wired|Axios|Politico|BuzzFeed|HuffPost|Vice|Vox|Slate|Salon|Forbes|Fortune|Variety|Deadline|Billboard|"
    "Newsweek|Time|Dispatch|Enquirer|Argus|Statesman|Plain Dealer|Echo")
BROADCASTERS = ("NPR|CBS|NBC|ABC|CNN|BBC|WSJ|MSNBC|CNBC|PBS|ESPN|TMZ|UPI|ITV|CBC|NHK|SBS|RTE|Sky|Fox|"
                 "K[A-Z]{2,3}|W[A-Z]{2,3}")

# The places an old paper's sign-off abbreviates in a paper's name ("—N. Y. Sun.", "—Phila. Ledger.", "—Cin.
# Enquirer."), by the abbreviation's letters in lower case, each only one that names a single city in a paper's name
# (no "Phil.", a first name; no state but New York's "N. Y.", the city's papers signing so): an OCR historian's
# reprint signed "—N. Y. Sun." credited no source whose outlet is "New York Sun" (`outlet_name_key`).
ABBREVIATED_PLACES = {
    "ny": "New York", "phila": "Philadelphia", "balt": "Baltimore", "balto": "Baltimore", "cin": "Cincinnati",
    "cinn": "Cincinnati", "wash": "Washington", "no": "New Orleans", "sf": "San Francisco", "st": "Saint",
}
# An abbreviation as the sign-off writes it: initials with full stops ("N. Y.", "N.Y."), or a capitalised word of
# at most five letters and a full stop ("Phila.", "St."). Compiled when first needed: most names hold no full stop.
_ABBREVIATED_WORD = r"\b(?:[A-Z]\.[ \t]*){2,}|\b[A-Z][a-z]{1,4}\."


def outlet_name_key(name: str) -> str:
    """An outlet's name as letters and digits only, lower case, without a leading "the", the places it abbreviates
    written out (`ABBREVIATED_PLACES`): "N. Y. Sun", "N.Y. Sun" and "New York Sun" have one key, "St. Louis
    Globe-Democrat" and "Saint Louis Globe-Democrat" too."""
    if "." in name:
        name = _abbreviated_word().sub(
            lambda m: ABBREVIATED_PLACES.get(re.sub(r"[^a-z]", "", m.group(0).lower()), m.group(0)) + " ", name)
    return re.sub(r"[^a-z0-9]", "", re.sub(r"^the\s+", "", name.strip().lower()))


@cache
def _abbreviated_word() -> re.Pattern[str]:
    """`_ABBREVIATED_WORD`, compiled."""
    return rx.compile(_ABBREVIATED_WORD)


def canonical_agency(name: str) -> str:
    """The canonical credit for an agency name or abbreviation ("Associated Press" -> "AP")."""
    return _ALIAS_TO_AGENCY.get(name.strip().lower(), name.strip())


def agency_aliases(credit: str) -> tuple[str, ...]:
    """Every name the text may use for a credit (the credit itself if it is not a known agency)."""
    return AGENCIES.get(canonical_agency(credit), (credit,))


def _data_lines(name: str) -> list[str]:
    text = resources.files("diffsrc.data").joinpath(name).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]


# Languages whose quotes' speakers are found by patterns of their own (quotes.py), not by capitalised names around
# the verb of saying.
OWN_SPEAKER_SHAPES = ("Japanese", "Chinese", "Hindi")


@lru_cache(maxsize=1)
def other_speech_verbs() -> tuple[str, ...]:
    """The verbs of saying (data/speech_verbs.txt) of the languages other than English that name the speaker around
    the verb ("sagte", "a déclaré", "dijo", "zei"), in the file's order."""
    return tuple(verb for language, verbs in data_sections("speech_verbs.txt").items()
                 if language not in ("English", *OWN_SPEAKER_SHAPES) for verb in verbs)


@cache
def data_sections(name: str) -> dict[str, tuple[str, ...]]:
    """The `[section]`s of a file of diffsrc/data, each its lines in order, stripped (comments, blank lines and
    lines before the first section left out)."""
    sections: dict[str, list[str]] = {}
    current: list[str] | None = None
    for line in _data_lines(name):
        line = line.strip()
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1], [])
        elif current is not None:
            current.append(line)
    return {section: tuple(lines) for section, lines in sections.items()}


@lru_cache(maxsize=1)
def other_abbreviations() -> dict[str, frozenset[str]]:
    """Other languages' abbreviations (data/abbreviations.txt) by section, "anywhere" and "before a number":
    lowercase, without the final full stop."""
    return {section: frozenset(word for line in lines for word in line.split())
            for section, lines in data_sections("abbreviations.txt").items()}


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    return frozenset(word for line in _data_lines("stopwords.txt") for word in line.split())


@lru_cache(maxsize=1)
def opposite_words() -> tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]:
    """Words of opposite meaning (data/opposites.txt): per line, the words of one side and of the other."""
    sides = (line.split("|") for line in _data_lines("opposites.txt"))
    return tuple((tuple(left.split()), tuple(right.split())) for left, right in sides)


@lru_cache(maxsize=1)
def party_names() -> dict[str, str]:
    """Each name of a political party in data/party_names.txt, lowercase, and the first name on its line: "tory" ->
    "conservative"."""
    lines = ([name.strip() for name in line.split("|")] for line in _data_lines("party_names.txt"))
    return {name: names[0] for names in lines for name in names}


@lru_cache(maxsize=1)
def entity_aliases() -> dict[str, str]:
    """Each name of a place, body or office in data/entity_aliases.txt, lowercase, and the first name on its line:
    "fed" -> "federal reserve", "britain" -> "uk", "pm" -> "prime minister"."""
    return {name: names[0] for lines in data_sections("entity_aliases.txt").values() for line in lines
            for names in ([name.strip() for name in line.split("|")],) for name in names}


@lru_cache(maxsize=1)
def office_aliases() -> frozenset[str]:
    """The names of data/entity_aliases.txt's `[offices]`, lowercase: a title a text may give for a person's name
    ("the Prime Minister" for "Rishi Sunak"), where a place's name ("North Korea") stands for no one."""
    return frozenset(name.strip() for line in data_sections("entity_aliases.txt").get("offices", ())
                     for name in line.split("|"))


@lru_cache(maxsize=1)
def team_names() -> dict[str, frozenset[str]]:
    """Each name of a sports team in data/team_names.txt, lowercase, and the teams it may name (the first name of
    each line it stands on): "spurs" -> {"tottenham hotspur"}, "united" -> every United of the list."""
    teams: dict[str, set[str]] = {}
    for line in _data_lines("team_names.txt"):
        names = [name.strip() for name in line.split("|")]
        for name in names:
            teams.setdefault(name, set()).add(names[0])
    return {name: frozenset(named) for name, named in teams.items()}


# Names data/party_names.txt leaves out as meaning several parties alone, which before a member's name are the one
# party of the member's country ("Democrat John Smith", "Labour MP Richard Burden").
_PARTY_BEFORE_NAME = {"democratic": "democratic", "democrat": "democratic", "labour": "labour"}


def party_word(word: str) -> str | None:
    """The party one lowercase word names before a member's name ("tory" -> "conservative", "gop" -> "republican",
    "democrat" -> "democratic"), or None."""
    return _PARTY_BEFORE_NAME.get(word) or party_names().get(word)


@lru_cache(maxsize=1)
def _first_name_lines() -> dict[str, frozenset[tuple[str, int]]]:
    """Each first name of data/first_names.txt and the lines it stands on, (section, line)."""
    lines: dict[str, set[tuple[str, int]]] = {}
    for section, section_lines in data_sections("first_names.txt").items():
        for n, line in enumerate(section_lines):
            for name in line.split():
                lines.setdefault(name, set()).add((section, n))
    return {name: frozenset(at) for name, at in lines.items()}


def one_first_name(a: str, b: str) -> bool:
    """Whether two lowercase first names are one name written two ways by data/first_names.txt: a short form ("bill",
    "william"; "kate", "catherine") or another spelling ("mohammed", "muhammad")."""
    lines = _first_name_lines()
    return not lines.get(a, frozenset()).isdisjoint(lines.get(b, frozenset()))


def is_listed_first_name(name: str) -> bool:
    """Whether a lowercase word is a first name of data/first_names.txt, in any of its forms ("iain", "bill")."""
    return name in _first_name_lines()


@lru_cache(maxsize=1)
def _full_first_names() -> dict[str, frozenset[str]]:
    """Each name that opens a line of data/first_names.txt (the full name, not a short form) and its sections."""
    out: dict[str, set[str]] = {}
    for section, lines in data_sections("first_names.txt").items():
        for line in lines:
            out.setdefault(line.split()[0], set()).add(section)
    return {name: frozenset(sections) for name, sections in out.items()}


def first_name_sex(name: str) -> str | None:
    """"he" or "she" for a lowercase first name data/first_names.txt gives as a full name of men or of women only
    ("john", "jane"); None for a short form, which either sex may go by ("sam", "jo", "kim", "terry"), and for a name
    it does not list."""
    sections = _full_first_names().get(name, frozenset())
    return {"men": "he", "women": "she"}.get(next(iter(sections))) if len(sections) == 1 else None


@lru_cache(maxsize=1)
def spelling_variants() -> dict[str, str]:
    """British spelling -> American spelling, single words only."""
    pairs = (line.split("\t") for line in _data_lines("spelling.tsv"))
    return {uk: us for uk, us in pairs if " " not in uk}


@lru_cache(maxsize=1)
def copying_spelling_variants() -> dict[str, str]:
    """`spelling_variants` with a verb in -ise/-yse in its other forms too ("apologised", "apologises",
    "apologising", "organiser", "organisers"), for deciding what was copied (verbatim sentences, quotes, word diffs):
    a quote reprinted with American spelling was an altered quote. (The similarity scores read words without them:
    their models were fitted so, and with them METER's verdicts in grouped CV fell by 0.001-0.005.)"""
    variants = dict(spelling_variants())
    for uk, us in list(variants.items()):
        if uk.endswith(("ise", "yse")) and us.endswith(("ize", "yze")):
            for ending in ("d", "s", "r", "rs"):
                variants.setdefault(uk + ending, us + ending)
            variants.setdefault(uk[:-1] + "ing", us[:-1] + "ing")
    return variants


# Abbreviations after which a period does not end a sentence (lowercase, without the final period), for Punkt.
ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof st jr sr sen rep gov gen lt col maj capt cmdr adm sgt cpl pvt rev hon pres supt insp det
    u.s u.k u.n e.u u.s.a u.a.e d.c n.y l.a p.m a.m i.e e.g etc vs v no nos vol fig approx est dept univ assn
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
    inc ltd co corp plc bros llc mt ft ave blvd rd hwy sq cf al op ed ph.d b.a m.a
    rs smt sh kum
    ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo mont neb nev okla ore
    pa tenn tex va vt wash wis wyo
    """.split()
)

# Answers and interjections that make a sentence of one word ("Nein. Das werde es nicht geben."), in lowercase: no
# dateline's place, though a German regional paper's dateline is one capitalised word and a full stop too.
ONE_WORD_SENTENCES = frozenset(
    "yes no yeah nope okay ok well so nein ja doch genau danke bitte oui non merci voilà sí si no vale claro gracias "
    "sim não obrigado nie tak dobrze evet hayır tamam".split()
)

# Words that begin a new sentence even right after an abbreviation ("... in the U.S. The next day ...").
SENTENCE_STARTERS = frozenset(
    "the he she it they we i but however this that these those there his her their its meanwhile".split()
)

MONTH_NAMES = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december",
)
# Abbreviations of month names, as dates write them ("Oct. 27", "Sept 3"), lower case.
MONTHS = {
    "jan": "january", "feb": "february", "mar": "march", "apr": "april", "jun": "june", "jul": "july",
    "aug": "august", "sep": "september", "sept": "september", "oct": "october", "nov": "november",
    "dec": "december",
}
# What house styles write differently for the same word, for the near-duplicate fingerprint (version 3), which
# reads a wire story and its reprint in another outlet's style alike: titles and street words the way AP abbreviates
# them ("Det. Sgt.", "St."), and magnitudes after a figure ("$94.5bn", "£5m"; a figure and the letters after it are
# two words there). Month abbreviations (`MONTHS`), number words (`CARDINAL_WORDS`) and British spellings
# (`copying_spelling_variants`) are folded with these; "per cent", "percent" and "pct" are dropped, as "%" is.
HOUSE_STYLE_WORDS = MappingProxyType({
    "det": "detective", "sgt": "sergeant", "insp": "inspector", "supt": "superintendent", "const": "constable",
    "gov": "governor", "sen": "senator", "rep": "representative", "gen": "general", "lt": "lieutenant",
    "col": "colonel", "capt": "captain", "prof": "professor", "saint": "st", "street": "st", "ave": "avenue",
    "rd": "road", "bn": "billion", "mn": "million", "m": "million", "tn": "trillion",
})
HOUSE_STYLE_DROPPED = ("percent", "pct")
WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


# Month names of the languages whose dates are read day first in words ("31 de marzo de 2025", "3. Oktober",
# "1er mars", "5 dicembre"), January first; and other spellings of some.
MONTHS_BY_LANGUAGE = {
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre"),
    "pt": ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
           "novembro", "dezembro"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"),
    "it": ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
           "novembre", "dicembre"),
    "de": ("januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november",
           "dezember"),
    "nl": ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"),
}
MONTH_VARIANTS = {"es": {"setiembre": 9}, "de": {"jänner": 1}}  # Latin American Spanish, Austrian German
# Each of those names (and variants), lowercase, to its month's number.
MONTHS_BY_NAME = {month: n for months in MONTHS_BY_LANGUAGE.values() for n, month in enumerate(months, 1)}
MONTHS_BY_NAME.update(item for variants in MONTH_VARIANTS.values() for item in variants.items())


def month_number(name: str) -> int | None:
    """1-12 for a month's name or an abbreviation of at least three letters ("Oct.", "sept", "March"), else None."""
    name = name.lower().rstrip(".")
    if len(name) < 3:
        return None
    return next((i for i, month in enumerate(MONTH_NAMES, 1) if month.startswith(name)), None)


# Lower-case words inside a person's name: "Ursula von der Leyen", "Luís de Montenegro", "Mohammed bin Salman",
# "João dos Santos", "Daphne du Maurier", "Gerard ter Horst".
NAME_PARTICLES = (
    "de", "da", "di", "del", "della", "dos", "das", "du", "des", "van", "von", "der", "den", "ter", "zu", "la",
    "le", "al", "bin", "ibn",
)
# Lower-case words that join the capitalised words of an institution's name: "Bank of Japan", "Department of
# Forestry and Fire Protection", "Procter & Gamble".
NAME_JOINERS = ("of", "and", "for", "the", "&")
# Articles, prepositions and conjunctions of German, which capitalises every noun: a run of capitalised words there
# is no name across one of these ("Nach den Worten von Agrarminister Cem Özdemir" names "Agrarminister Cem Özdemir").
# Those that are also NAME_PARTICLES ("von", "der", "den", "des", "zu") count only after one of the others.
GERMAN_FUNCTION_WORDS = frozenset(
    """
    der die das den dem des ein eine einer einem einen eines nach laut zufolge gemäß von vom zu zum zur mit bei beim
    aus auf für über unter gegen seit vor hinter neben zwischen durch ohne um an am im in ins und oder aber sowie
    wie als auch nur noch bis wegen trotz während seitens dessen deren
    """.split()
)


# --- names: one pattern for a name's word, in every script that has capital letters -----------------------------

# The code points where letters with an upper case live: Latin, Greek, Coptic, Cyrillic, Armenian, Georgian, Cherokee,
# Glagolitic, fullwidth Latin, Deseret, Osage, Vithkuqi, Old Hungarian, Warang Citi, Medefaidrin, Adlam (each span
# with room to grow). tests/test_names.py checks that no uppercase letter of the running Python's Unicode lies
# outside them, mathematical alphanumerics (not names) aside. Reading these spans, not all of Unicode, keeps the
# cost at import under a few milliseconds.
_CASED_SPANS = (
    (0x41, 0x590), (0x10A0, 0x1100), (0x13A0, 0x1400), (0x1C80, 0x2190), (0x2C00, 0x2D00), (0xA640, 0xA800),
    (0xFF21, 0xFF3B), (0x10400, 0x10600), (0x10C80, 0x10D80), (0x118A0, 0x118C0), (0x16E40, 0x16EA0),
    (0x1E900, 0x1E960),
)


def _uppercase_class() -> str:
    """A regex character class of every uppercase and titlecase letter (Unicode categories Lu and Lt)."""
    ranges: list[list[int]] = []
    for span in _CASED_SPANS:
        for code in range(*span):
            if unicodedata.category(chr(code)) in ("Lu", "Lt"):
                if ranges and ranges[-1][1] == code - 1:
                    ranges[-1][1] = code
                else:
                    ranges.append([code, code])
    return "[" + "".join(re.escape(chr(a)) + ("" if a == b else "-" + re.escape(chr(b))) for a, b in ranges) + "]"


# An uppercase letter of any script: what Python's `re` lacks as \p{Lu}. "É", "Ł", "Ø", "Đ", "Ω", "Ж".
UPPER = _uppercase_class()
# A word's letters and digits in any script, with combining accents (text that is not NFC-normalised writes "é" as
# "e" + U+0301, which `\w` does not match).
_WORD_CHAR = r"[\w\u0300-\u036f&]"
# Abbreviations a name may carry with their full stop ("Martin Luther King Jr.", "Dr. Ana Ruiz", "Acme Co."); any
# other capitalised word's final full stop ends the sentence, not the name ("said Motegi. The talks ...").
_NAME_ABBREVIATIONS = "|".join(
    "Jr Sr St Mt Ft Co Inc Corp Ltd Bros Mr Mrs Ms Dr Prof Gen Sen Rep Gov Lt Col Maj Capt Sgt Rev Hon".split()
)
# Articles and particles written joined to the name they belong to: "al-Sisi", "el-Erian", "ad-Din", "d'Estaing".
NAME_PREFIX = r"(?:(?:a[dlnrstz]|ash|el|ul)-|[dl]['’])"
# One word of a name: a capital letter of any script, then letters, digits, accents and "&"; joined by hyphens,
# apostrophes and inner full stops ("Saint-Exupéry", "Kosiniak-Kamysz", "O'Brien", "U.S.", "AT&T", "Nguyễn"); an
# initial keeps its full stop ("J.", "U.S."). Not the possessive "'s": "Takaichi's" is the name "Takaichi".
NAME_WORD = (
    rf"(?:(?:{_NAME_ABBREVIATIONS})\.(?!\w)"
    rf"|{NAME_PREFIX}?{UPPER}{_WORD_CHAR}*"
    rf"(?:-{_WORD_CHAR}+|['’](?!s\b){_WORD_CHAR}+|\.(?={_WORD_CHAR}){_WORD_CHAR}+)*"
    rf"(?:(?<![^\W\d_][^\W\d_])\.)?)"
)
# Where a name's word may start (`NAME_WORD`: a capital, its abbreviations' too, or a joined article), as a lookahead:
# written before a name searched through a whole text, it has the regex engine pass over any other place in one
# test, not after trying each abbreviation and article there.
NAME_AHEAD = rf"(?={UPPER}|{NAME_PREFIX})"
_NAME_WORD_RE = rx.compile(NAME_WORD)


def is_name_word(word: str) -> bool:
    """Whether a whole word is written as a name's word is ("Álvarez", "al-Sisi", "O'Brien"; not "said", "'s")."""
    return _NAME_WORD_RE.fullmatch(word) is not None


@lru_cache(maxsize=16_384)  # asked of the same few names again and again: every quote's speaker, every mention
def fold_name(name: str) -> str:
    """A name's comparison form: lowercase, accents and joined articles dropped, one apostrophe ("José Álvarez" and
    "Jose Alvarez" -> "jose alvarez"; "al-Sisi" and "el-Sisi" -> "sisi"; "O’Brien" -> "o'brien")."""
    name = unicodedata.normalize("NFKD", name.replace("’", "'"))
    name = "".join(c for c in name if not unicodedata.combining(c))
    # Letters that NFKD does not take apart: "Łukasz", "Søren", "Đặng", "Þórdís", "Straße".
    name = name.translate(_UNDECOMPOSED).lower()
    return " ".join(re.sub(rf"^{NAME_PREFIX}", "", word) for word in name.split())


_UNDECOMPOSED = str.maketrans({"Ł": "L", "ł": "l", "Ø": "O", "ø": "o", "Đ": "D", "đ": "d", "Þ": "Th", "þ": "th",
                               "Æ": "Ae", "æ": "ae", "Œ": "Oe", "œ": "oe", "ß": "ss", "Ð": "D", "ð": "d",
                               "ı": "i", "Ħ": "H", "ħ": "h"})
