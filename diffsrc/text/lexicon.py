"""The project's own word lists: stopwords, spelling variants, abbreviations, news agencies.

They live in `diffsrc/data/` (or here, where they are patterns) so the tool needs no downloaded corpus.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

# News agencies: canonical credit, then the names and abbreviations that refer to it.
AGENCIES: dict[str, tuple[str, ...]] = {
    "AP": ("AP", "Associated Press", "The Associated Press"),
    "Reuters": ("Reuters", "Thomson Reuters"),
    "AFP": ("AFP", "Agence France-Presse", "Agence France Presse"),
    "PA": ("PA", "PA Media", "Press Association", "PA News", "PA Wire"),
    "Kyodo": ("Kyodo", "Kyodo News"),
    "Jiji": ("Jiji", "Jiji Press"),
    "Xinhua": ("Xinhua", "Xinhua News Agency"),
    "Bloomberg": ("Bloomberg", "Bloomberg News"),
    "dpa": ("dpa", "DPA", "Deutsche Presse-Agentur"),
    "ANI": ("ANI", "Asian News International"),
    "PTI": ("PTI", "Press Trust of India"),
    "IANS": ("IANS", "Indo-Asian News Service"),
    "UPI": ("UPI", "United Press International"),
    "EFE": ("EFE", "Agencia EFE"),
    "ANSA": ("ANSA",),
    "Yonhap": ("Yonhap", "Yonhap News Agency"),
    "TASS": ("TASS", "Tass"),
    "AAP": ("AAP", "Australian Associated Press"),
    "CP": ("The Canadian Press", "Canadian Press"),
    "Bernama": ("Bernama",),
    "CNA": ("CNA", "Central News Agency"),
    "Anadolu": ("Anadolu", "Anadolu Agency"),
    "Interfax": ("Interfax",),
    "RIA Novosti": ("RIA Novosti", "RIA"),
    "KCNA": ("KCNA", "Korean Central News Agency"),
    "Antara": ("Antara", "Antara News Agency"),
    "IRNA": ("IRNA", "Islamic Republic News Agency"),
    "Lusa": ("Lusa",),
    "Europa Press": ("Europa Press",),
    "Notimex": ("Notimex",),
    "Belga": ("Belga",),
    "PAP": ("PAP", "Polish Press Agency"),
}

# What a byline calls its writer, after the name: "Gwyn Topham Transport correspondent", "AP Economics Writer",
# "Staff reporter", "From our correspondent". Only the last word of the role is listed; words before it are free.
BYLINE_ROLES = (
    "correspondent", "correspondents", "editor", "editors", "reporter", "reporters", "writer", "writers",
    "columnist", "critic", "journalist", "staff", "contributor", "analyst", "producer", "desk", "bureau",
    "commentator", "agencies",
)

_ALIAS_TO_AGENCY = {alias.lower(): canon for canon, aliases in AGENCIES.items() for alias in aliases}
# Longest names first so "Associated Press" wins over "AP" inside a longer credit.
AGENCY_PATTERN = "|".join(
    re.escape(a) for a in sorted({a for aliases in AGENCIES.values() for a in aliases}, key=len, reverse=True)
)


def canonical_agency(name: str) -> str:
    """The canonical credit for an agency name or abbreviation ("Associated Press" -> "AP")."""
    return _ALIAS_TO_AGENCY.get(name.strip().lower(), name.strip())


def agency_aliases(credit: str) -> tuple[str, ...]:
    """Every name the text may use for a credit (the credit itself if it is not a known agency)."""
    return AGENCIES.get(canonical_agency(credit), (credit,))


def _data_lines(name: str) -> list[str]:
    text = resources.files("diffsrc.data").joinpath(name).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    return frozenset(word for line in _data_lines("stopwords.txt") for word in line.split())


@lru_cache(maxsize=1)
def spelling_variants() -> dict[str, str]:
    """British spelling -> American spelling, single words only."""
    pairs = (line.split("\t") for line in _data_lines("spelling.tsv"))
    return {uk: us for uk, us in pairs if " " not in uk}


# Abbreviations after which a period does not end a sentence (lowercase, without the final period), for Punkt.
ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof st jr sr sen rep gov gen lt col maj capt cmdr adm sgt cpl pvt rev hon pres supt insp det
    u.s u.k u.n e.u u.s.a u.a.e d.c n.y l.a p.m a.m i.e e.g etc vs v no nos vol fig approx est dept univ assn
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
    inc ltd co corp plc bros llc mt ft ave blvd rd hwy sq cf al op ed ph.d b.a m.a
    ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo mont neb nev okla ore
    pa tenn tex va vt wash wis wyo
    """.split()
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
WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def month_number(name: str) -> int | None:
    """1-12 for a month's name or an abbreviation of at least three letters ("Oct.", "sept", "March"), else None."""
    name = name.lower().rstrip(".")
    if len(name) < 3:
        return None
    return next((i for i, month in enumerate(MONTH_NAMES, 1) if month.startswith(name)), None)


# Lower-case words inside a person's name: "Ursula von der Leyen", "Luís de Montenegro", "Mohammed bin Salman".
NAME_PARTICLES = ("de", "da", "di", "del", "della", "van", "von", "der", "den", "la", "le", "al", "bin", "ibn")
# Lower-case words that join the capitalised words of an institution's name: "Bank of Japan", "Department of
# Forestry and Fire Protection", "Procter & Gamble".
NAME_JOINERS = ("of", "and", "for", "the", "&")
