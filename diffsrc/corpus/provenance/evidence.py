"""What provenance knows of each document and each compared pair, built once by the corpus run: the document's card
and sentences, the agency's marks on its text (reprints strip them), the pair's sentence links and findings; and how
a near-duplicate group's representative is chosen.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ... import rx
from ...pair.compare import document_info
from ...pair.findings.attribution import release_marks
from ...pair.model import DocumentInfo, PairSummary
from ...text.clean import dateline_agency, page_header_agency
from ...text.dates import date_order_key
from ...text.lexicon import (
    AGENCIES,
    AGENCY_MENTION_FIRST,
    AGENCY_MENTION_PATTERN,
    AGENCY_PATTERN,
    BYLINE_ROLES,
    RELEASE_HEADER,
    canonical_agency,
)

if TYPE_CHECKING:
    from ...text.prepare import PreparedDocument


_SYNDICATION = rx.compile(
    r"syndicated feed|has not been edited by|have not been edited by|auto-generated from|distributed by|"
    r"provided by (?:the )?(?:" + AGENCY_PATTERN + r")",
    re.I,
)
# Not the agency names that are also ordinary words ("भाषा", "共同"): a sentence using the word names no agency.
# Searched through every document's body: a word no name starts with is passed over in one test.
_AGENCY_MENTION = rx.compile(r"\b(?=" + AGENCY_MENTION_FIRST + r")(?:" + AGENCY_MENTION_PATTERN + r")\b")
# The agency's own marks on its copy, beyond a credit line (read by `agency_marks`). Reprints tend to strip them.
_AGENCY = r"(" + AGENCY_PATTERN + r")"
# A dateline naming the agency, as cleaning sets it aside: "TOKYO (AP) —", "LONDON, Oct 5 (Reuters) -".
_DATELINE_MARK = rx.compile(r"^[A-Z][^()\n]{0,60}\(" + _AGENCY + r"\)\s*(?:[-—–]{1,2}|:)?\s*$")
# A staff byline naming the agency: "By Jane Doe, Associated Press", "By PA Reporter", "By Jane Doe | AFP".
_BYLINE_MARK = rx.compile(r"^(?i:by)\s+(?:[^\n]{1,80}?[\s,|]+)?" + _AGENCY + r"\b[^\n]{0,60}$")
# "JOSH BOAK AP Economics Writer", "Jane Doe, Reuters correspondent": a name, the agency, a role.
_ROLE_BYLINE_MARK = rx.compile(
    r"^[A-Z][^\n,|]{1,60}?[\s,|]+" + _AGENCY + r"(?:\s+[A-Z][a-z]+){0,3}\s+(?i:" + "|".join(BYLINE_ROLES) + r")\s*$")
# A sign-off on the last lines: "-- AP", "— Reuters", "(Reuters)", "[AP]".
_SIGN_OFF_MARK = rx.compile(r"^(?:[-—–]{1,2}\s*" + _AGENCY + r"|\(\s*" + _AGENCY + r"\s*\)|\[\s*" + _AGENCY
                            + r"\s*\])\.?$")
# A dash before the agency's name on the last lines ("— Associated Press", "-- AP"): a paper's credit to the agency
# it took the story from. An agency's own copy does not close with a dash credit to itself (AP's ends "The Associated
# Press", PA's with its operator's initials), so this sign-off is no mark a copy of it stripped (`dash_credits`).
_DASH_CREDIT = rx.compile(r"^[-—–]{1,2}\s*" + _AGENCY + r"\.?$")
# PA's wire copy ends each paragraph with "<" and the story with the operator's initials: "mf<" or "mf".
_PA_SIGN_OFF = rx.compile(r"^[a-z]{2,3}<?$")
SIGN_OFF_LINES = 3  # the last non-blank lines looked at for a sign-off


def agency_marks(text: str, boilerplate: Iterable[str]) -> frozenset[str]:
    """The agency's own marks a text carries, as "kind:agency": "dateline:AP", "byline:AP", "sign-off:PA".

    Args:
        text: the document's whole text (its last lines are looked at for a sign-off).
        boilerplate: the lines cleaning set aside (where a dateline prefix and a byline end up).
    """
    marks: set[str] = set()
    for line in boilerplate:
        line = line.strip()
        if m := _DATELINE_MARK.match(line):
            marks.add("dateline:" + canonical_agency(m.group(1)))
        elif agency := dateline_agency(line):  # "MADRID, 5 dic (EFE).-", "新华社北京12月5日电"
            marks.add("dateline:" + agency)
        elif len(line.split()) <= 14 and (m := _BYLINE_MARK.match(line) or _ROLE_BYLINE_MARK.match(line)):
            marks.add("byline:" + canonical_agency(m.group(1)))
    tail = _tail(text)
    for line in tail:
        if m := _SIGN_OFF_MARK.match(line):
            marks.add("sign-off:" + canonical_agency(next(g for g in m.groups() if g)))
    if _pa_operator_sign_off(tail):
        marks.add("sign-off:PA")
    # A release's own header ("FOR IMMEDIATE RELEASE") is its issuer's mark too: a portal that reprints the wire's
    # feed of it keeps the dateline and drops the header.
    if marks and any(_RELEASE_HEADER.match(line.strip()) for line in boilerplate):
        marks |= {"release:" + mark.split(":", 1)[1] for mark in marks}
    return frozenset(marks)


_RELEASE_HEADER = rx.compile(rf"(?:{RELEASE_HEADER})\b", re.I)


def _tail(text: str) -> list[str]:
    """The last non-blank lines of a text, where a sign-off is looked for."""
    return [line.strip() for line in text[-2000:].splitlines() if line.strip()][-SIGN_OFF_LINES:]


def dash_credits(text: str) -> frozenset[str]:
    """The agencies a dash credit on the text's last lines names ("— Associated Press": AP), canonical names."""
    return frozenset(canonical_agency(m.group(1)) for line in _tail(text) if line[:1] in "-—–"
                     and (m := _DASH_CREDIT.match(line)))


def _pa_operator_sign_off(tail: list[str]) -> bool:
    """Whether the text ends as PA's wire copy does: a paragraph closed by "<", then the operator's initials."""
    return len(tail) >= 2 and bool(_PA_SIGN_OFF.match(tail[-1])) and tail[-2].endswith("<")


# A take's place in its agency's update chain, as its slug or status tag (set aside by cleaning) says it: AP's
# "BC-US--Plant Explosion, 2nd Ld-Writethru" (2), Reuters' "UPDATE 3-" (3, "REFILE-UPDATE 3-" after it), a first
# take's "URGENT" or "BULLETIN" (0). Tried only on the few boilerplate lines holding "writethru", "update" or a
# first take's word (`update_take`).
_WRITETHRU = rx.compile(r"\b(\d{1,2})(?:st|nd|rd|th)\s+(?:ld|add)[- ]?write-?thru\b", re.I)
_UPDATE_TAG = rx.compile(r"((?:(?:REFILE|CORRECTED|RPT)\s*-\s*)*)UPDATE\s+(\d{1,2})\s*[-–—:]")
_FIRST_TAKE = rx.compile(r"(?:^|[\s,])(?:URGENT|BULLETIN|FLASH)$")


def update_take(boilerplate: Iterable[str]) -> tuple[int, int] | None:
    """The take's place in its agency's update chain (`_WRITETHRU`, `_UPDATE_TAG`, `_FIRST_TAKE`), as (its number,
    1 for a refile or correction of that number else 0), or None where no line says it."""
    for line in boilerplate:
        line = line.strip()
        lowered = line.lower()
        if "writethru" in lowered or "write-thru" in lowered:
            if m := _WRITETHRU.search(line):
                return int(m.group(1)), 0
        elif "UPDATE" in line:
            if m := _UPDATE_TAG.match(line):
                return int(m.group(2)), int(bool(m.group(1)))
        elif line.endswith(("URGENT", "BULLETIN", "FLASH")) and len(line) < 80 and _FIRST_TAKE.search(line):
            return 0, 0
    return None


def house_agency(text: str, boilerplate: Iterable[str]) -> str | None:
    """The agency whose own wire copy the text is, by the house format no reprint keeps: PA's page header ("14:09
    16/07/99: Page 3 (HHH) COURTS Vagrants"), or its paragraphs closed by "<" and the operator's sign-off ("mf",
    "end<": a take whose header a web page's extraction lost)."""
    if agency := next((a for line in boilerplate if (a := page_header_agency(line))), None):
        return agency
    return "PA" if _pa_operator_sign_off(_tail(text)) else None


@dataclass
class DocumentEvidence:
    """What provenance needs to know of one document (built once per document by the corpus run): its metadata
    card (the same `DocumentInfo` pair reports show), its sentences, and the evidence of origin its text holds."""

    info: DocumentInfo
    sentences: list[str] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)
    # Agencies the text names (credit, dateline, "told The Associated Press"), canonical names.
    agencies_named: frozenset[str] = frozenset()
    # The text and its boilerplate, to look for another document's outlet name in (`_names_outlet`).
    search_text: str = ""
    syndication_notice: bool = False
    # The agency's own marks on the text (`agency_marks`): "dateline:AP", "byline:AP", "sign-off:Reuters".
    marks: frozenset[str] = frozenset()
    # A hash of the document's text: two equally good representatives of a group are told apart by their text,
    # never by their file names.
    content_key: str = ""
    # The agency whose own wire copy the text is (`house_agency`: PA's page header "14:09 16/07/99: Page 3 (HHH) ...",
    # its operator's sign-off): the agency's own copy, as its web page is (`own_agency`). Most of a story's takes
    # name the agency nowhere else.
    house_agency: str | None = None
    # The kinds of a press release's marks the text carries (`release_marks`: "header", "ends", "notes", "contact",
    # "embargo", "wire"): a release's issuer is upstream of the papers that print it.
    release_marks: frozenset[str] = frozenset()
    # The agencies a dash credit closes the text with (`dash_credits`: "— Associated Press"): a reprint's credit,
    # not the agency's own sign-off, though `marks` holds it as one ("sign-off:AP").
    dash_credits: frozenset[str] = frozenset()
    # The take's place in its agency's update chain (`update_take`: "2nd Ld-Writethru" is (2, 0)), or None: the
    # versions of a story an agency sends carry no date in their text, only this.
    take: tuple[int, int] | None = None

    @property
    def id(self) -> str:
        return self.info.id

    @property
    def outlet(self) -> str | None:
        return self.info.outlet

    @property
    def credit(self) -> str | None:
        return self.info.credit

    @property
    def date(self) -> str | None:
        return self.info.date

    @property
    def url(self) -> str | None:
        return self.info.url

    @property
    def is_wire_copy(self) -> bool:
        return bool(self.credit and canonical_agency(self.credit) in AGENCIES) or self.syndication_notice \
            or bool(self.marks)

    @property
    def agencies(self) -> set[str]:
        """The agencies the document is a copy of: its credit's, its marks', the one it is the outlet of."""
        found = {m.split(":", 1)[1] for m in self.marks}
        if self.credit and canonical_agency(self.credit) in AGENCIES:
            found.add(canonical_agency(self.credit))
        if self.own_agency:
            found.add(self.own_agency)
        return found

    @property
    def own_agency(self) -> str | None:
        """The agency this document is the outlet of ("AP" for an apnews.com page, "PA" for a take bearing PA's page
        header), if any."""
        if self.house_agency:
            return self.house_agency
        for name in (self.outlet, self.url):
            if not name:
                continue
            key = re.sub(r"^(?:https?://)?(?:www\.)?", "", name.lower()).split("/")[0]
            for canon, aliases in AGENCIES.items():
                for alias in aliases:
                    a = alias.lower()
                    if key == a or key.startswith(a.replace(" ", "") + "news.") or key.startswith(a + "."):
                        return canon
        return None

    def share_of(self, indices: Iterable[int]) -> float:
        """The share of the document's characters in these sentences (rounded to 4 places)."""
        total = sum(len(s) for s in self.sentences)
        return round(sum(len(self.sentences[i]) for i in indices) / total, 4) if total else 0.0

    def graph_node(self) -> dict[str, Any]:
        return self.info.to_dict()


def document_evidence(doc: PreparedDocument) -> DocumentEvidence:
    """A `DocumentEvidence` from a prepared document."""
    sentences = doc.sentences
    boilerplate = list(doc.boilerplate)
    body = doc.body_text
    named = {canonical_agency(m.group(0)) for m in _AGENCY_MENTION.finditer(body)}
    if doc.credit:
        named.add(canonical_agency(doc.credit))
    named |= {canonical_agency(m.group(0)) for line in boilerplate for m in _AGENCY_MENTION.finditer(line)}
    return DocumentEvidence(
        info=document_info(doc, len(sentences)),
        sentences=[s.text for s in sentences], kinds=[s.kind for s in sentences],
        agencies_named=frozenset(named),
        search_text="\n".join([body, *boilerplate]),
        syndication_notice=any(_SYNDICATION.search(line) for line in boilerplate),
        marks=agency_marks(doc.document.text, boilerplate),
        content_key=hashlib.sha1(doc.document.text.encode("utf-8", "surrogatepass")).hexdigest()[:16],
        house_agency=house_agency(doc.document.text, boilerplate),
        release_marks=release_marks(boilerplate, doc.credit, outlet=doc.outlet, url=doc.document.url,
                                    paragraphs=doc.cleaned.paragraphs),
        take=update_take(boilerplate),
        dash_credits=dash_credits(doc.document.text),
    )


def representative_key(doc: DocumentEvidence) -> tuple[Any, ...]:
    """Sort key choosing a near-duplicate group's representative: the copy the evidence puts most upstream (the
    agency's own page, the one bearing the agency's marks, a credited wire copy, a press release over its reprint,
    the earliest dated), then the fullest (the best one to compare the group's text with others), then its text's
    hash. The id comes last and only tells apart byte-identical texts, which are the same text whichever is chosen.

    Marks and credits come before dates: a date orders two copies only when both have one, and a researcher who
    dates the papers (front matter, a manifest) but not the wire file made a dated reprint the representative,
    which left the AP copy's edge to it undetermined."""
    # A take's place in the update chain stands beside its date: the earlier of two near-identical takes is the
    # representative (the later one made the earlier one's source, and is then taken out of the group).
    return (doc.own_agency is None, -len(doc.marks), not doc.is_wire_copy, -len(doc.release_marks),
            date_order_key(doc.date), doc.take is None, doc.take or (0, 0),
            -sum(len(s) for s in doc.sentences), doc.content_key, doc.id)


@dataclass(slots=True)
class SentenceLink:
    """A target sentence derived from source sentences (one row of a pair report's target side)."""

    target: int
    sources: list[int]  # the closest first (`SentenceLabel.closest`): the sentence it is said to derive from
    score: float
    label: str
    # The share of its words copied in order from its sources (the verbatim rule's measure): how close its wording
    # is to this source's (1 for a near-duplicate copy's exact matches). None where it was not measured.
    copied: float | None = None


@dataclass(slots=True)
class PairResult:
    """What provenance keeps of one ordered comparison (source -> target)."""

    source: str
    target: str
    summary: PairSummary
    links: list[SentenceLink]
    near_duplicate: bool = False
    report: str | None = None  # path of the pair report, relative to the output folder, when one was written
    # A near-identical copy's comparison with a direct source of its group's representative, not made but carried
    # from the representative's (`sources.carry_to_copies`): the representative's id.
    carried_from: str | None = None
    # The changed facts of a derived pair, (kind, source value, target value, source sentence, target sentence) as
    # `pair.findings.facts.find_fact_changes` finds them (tuples: a corpus of 100,000 reprints keeps them all; most
    # pairs have none, and share the one empty tuple rather than a list each).
    facts: Sequence[tuple[str, str, str, int, int]] = ()
    # Its quotes whose wording or speaker changed, or that the target gives as said to an outlet, as the pair
    # report's `quotes` lists them: (status, source text, target text, source speaker, target speaker, speaker
    # changed, similarity, source sentence, target sentence, said to).
    quotes: Sequence[tuple[str, str | None, str, str | None, str | None, bool, float | None, int | None,
                           int | None, str | None]] = ()

    @property
    def shares_text(self) -> bool:
        return bool(self.links)


@dataclass(slots=True)
class Direction:
    source: str
    target: str
    direction: str  # dated | inferred | undetermined
    evidence: list[str]


def pair_key(a: str, b: str) -> tuple[str, str]:
    """The key of an unordered pair of documents: a direction is decided once for both orders."""
    return (a, b) if a <= b else (b, a)


def few_ids(ids: Iterable[str], n: int = 3) -> str:
    """A few ids for an edge's evidence, sorted: "a, b, c and 4 more"."""
    ids = sorted(ids)
    return ", ".join(ids[:n]) + (f" and {len(ids) - n} more" if len(ids) > n else "")
