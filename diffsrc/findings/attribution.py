"""Attribution: where a text credits a news agency or outlet, and whether it credits the source it was compared with.

The whole text is read, page chrome included, because credits live in datelines ("TOKYO (AP) -"), credit lines
("AP |"), sentences ("According to Kyodo News, ..."), contributor lines ("The Associated Press contributed to this
report") and notices ("This story has been sourced from a third party syndicated feed").
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from ..lexicon import AGENCIES, agency_aliases, canonical_agency

# A target derives substantially from its source when at least this share of its text derives from it, or at
# least this many of its sentences do (a long article that lifts several paragraphs still reuses them). On the
# seeds, 000 (a rewrite of 001's AP copy) has 38% and 14 sentences; 002, which shares only a few facts and one
# quote with 001 through other reports, has 14% and 4 weak paraphrases.
UNATTRIBUTED_MIN_SHARE = 0.2
UNATTRIBUTED_MIN_SENTENCES = 5

# Generic notices that credit "agencies" or a wire feed without naming one.
_GENERIC = re.compile(
    r"(?:sourced|taken|published|received|drawn|generated)\s+(?:from|via|through)\s+(?:a\s+|an\s+|the\s+)?"
    r"(?:third[\s-]party\s+)?(?:syndicated|agency|wire|news)\s+(?:feed|copy|service|agenc(?:y|ies))"
    r"|\bwith\s+(?:inputs|input)\s+from\s+agencies\b|\(with\s+agency\s+inputs?\)|\bagency\s+copy\b"
    r"|^[ \t]*(?:agencies|source:[ \t]*agencies)[ \t]*$|\bsyndicated\s+feed\b",
    re.I | re.M,
)


def _name_pattern(names: list[str]) -> str:
    return "|".join(re.escape(n) for n in sorted(set(names), key=len, reverse=True) if n)


@lru_cache(maxsize=64)
def _credit_patterns(names: str) -> list[re.Pattern[str]]:
    """The phrasings that credit one of `names` (an alternation)."""
    n = rf"(?:the\s+)?(?P<name>{names})\b(?:\s+news(?:\s+agency)?|\s+wire)?"
    return [
        re.compile(rf"\(\s*{n}\s*\)", re.I),                                   # TOKYO (AP) -
        re.compile(rf"^\s*(?:by\s+[^|\n]{{1,60}}?\s*[,|]\s*)?{n}\s*(?:\||$)", re.I | re.M),  # AP |  / By X, PA
        re.compile(rf"\|\s*{n}\s*$", re.I | re.M),                              # ... | Reuters
        re.compile(rf"\baccording\s+to\s+(?:a\s+report\s+(?:by|from|in)\s+)?{n}\b", re.I),
        re.compile(rf"\b(?:as\s+)?(?:first\s+)?(?:reported|cited|quoted|said|told)\s+(?:by|to|in)\s+{n}\b", re.I),
        re.compile(rf"\b{n}\s+(?:reported|reports|said|says|contributed|has\s+contributed|wrote|quoted|cited)\b"),
        re.compile(rf"\btold\s+{n}\b", re.I),
        re.compile(rf"\b(?:via|from|source:|courtesy(?:\s+of)?|credit:|photo:)\s+{n}\b", re.I),
        re.compile(rf"\b(?:reporting|additional\s+reporting|writing|editing)\s+by\s+[^.\n]{{0,80}}?{n}\b", re.I),
        re.compile(rf"(?:copyright|\(c\)|©)\s*(?:\d{{4}}\s*)?{n}\b", re.I),
        re.compile(rf"\b{n}\s*/\s*[A-Z]", re.M),                                   # AP/Getty, Reuters/Kyodo
    ]


# How far a credit phrase reaches before and after the name it credits ("additional reporting by ... for AP").
_BEFORE_NAME = 160
_AFTER_NAME = 40


def _windows(text: str, names: list[str]) -> list[tuple[int, int]]:
    """Stretches of text around each mention of a name, overlapping ones merged."""
    lowered = text.lower()
    hits: list[tuple[int, int]] = []
    for name in {n.lower() for n in names if n}:
        # str.find per name: far faster than one case-insensitive alternation over the whole text.
        i = lowered.find(name)
        while i >= 0:
            j = i + len(name)
            # Whole words only: "pa" in "Japan" is no mention of PA.
            if (i == 0 or not lowered[i - 1].isalnum()) and (j == len(lowered) or not lowered[j].isalnum()):
                hits.append((i, j))
            i = lowered.find(name, i + 1)
    windows: list[tuple[int, int]] = []
    for m_start, m_end in sorted(hits):
        # Searching from inside a line is safe: `^` still matches only at real line starts.
        start, end = max(0, m_start - _BEFORE_NAME), min(len(text), m_end + _AFTER_NAME)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(end, windows[-1][1]))
        else:
            windows.append((start, end))
    return windows


def find_attribution(target_text: str, source_credit: str | None, source_outlet: str | None = None) -> dict[str, Any]:
    """The `attribution` object of a pair report.

    Args:
        target_text: the target document's whole text (body and boilerplate).
        source_credit: the source's credit (its "AP |" line or dateline agency), if it states one.
        source_outlet: the source's outlet, if known.

    Returns:
        `{"credited": bool, "mentions": [phrases as the target writes them], "source_credit": str|None,
        "credits": [canonical names credited]}`. `credited` is true when a mention names the source's credit or
        outlet (any alias: "Associated Press" credits AP), or when the source is agency copy and the target
        carries a generic agency/syndicated-feed notice.
    """
    wanted = [c for c in (source_credit, source_outlet) if c]
    names = [a for aliases in AGENCIES.values() for a in aliases]
    for credit in wanted:
        names += list(agency_aliases(credit))
    name_pattern = _name_pattern(names)
    patterns = _credit_patterns(name_pattern)
    found: list[tuple[int, str, str]] = []
    # Characters already inside a mention: a later pattern matching the same words is the same credit.
    taken = bytearray(len(target_text))
    # Every credit names an agency or outlet: find the names once, then try the phrasings only around them.
    windows = _windows(target_text, names)
    for pattern in patterns:
        for start, end in windows:
            for m in pattern.finditer(target_text, start, end):
                if 1 in taken[m.start():m.end()]:
                    continue
                taken[m.start():m.end()] = b"\x01" * (m.end() - m.start())
                found.append((m.start(), " ".join(m.group(0).split()).strip(" |-"),
                              canonical_agency(m.group("name"))))
    for m in _GENERIC.finditer(target_text):
        if 1 not in taken[m.start():m.end()]:
            found.append((m.start(), " ".join(m.group(0).split()), "agencies"))
    found.sort()
    mentions: list[str] = []
    credits: list[str] = []
    for _, phrase, credit in found:
        if phrase not in mentions:
            mentions.append(phrase)
        if credit not in credits:
            credits.append(credit)
    wanted_keys = {canonical_agency(c).lower() for c in wanted}
    credited = any(c.lower() in wanted_keys for c in credits)
    if not credited and "agencies" in credits and source_credit and canonical_agency(source_credit) in AGENCIES:
        credited = True
    return {
        "credited": credited,
        "mentions": mentions,
        "credits": credits,
        "source_credit": source_credit or source_outlet,
    }


def unattributed_reuse(attribution: dict[str, Any], summary: dict[str, Any]) -> bool:
    """Whether a substantial part of the target derives from the source and the target does not credit it.

    Substantial: the verdict is not `non-derived` and at least `UNATTRIBUTED_MIN_SHARE` of the target's text, or
    `UNATTRIBUTED_MIN_SENTENCES` of its sentences, derive from the source. When the source states no credit or
    outlet, only a target that credits nobody at all is unattributed reuse (it cannot be known whom a credit
    to someone else refers to).
    """
    derived = int(summary.get("verbatim", 0)) + int(summary.get("paraphrased", 0))
    substantial = summary.get("verdict") != "non-derived" and (
        float(summary.get("target_derived_share", 0.0)) >= UNATTRIBUTED_MIN_SHARE
        or derived >= UNATTRIBUTED_MIN_SENTENCES
    )
    if not substantial or attribution["credited"]:
        return False
    return bool(attribution["source_credit"]) or not attribution["mentions"]
