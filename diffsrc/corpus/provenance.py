"""Provenance: which document derives from which, decided per pair (direction) and per sentence (direct sources).

Input is what a corpus run measured: a `DocumentEvidence` per document, the near-duplicate groups, and a
`PairResult` for each compared ordered pair. Output is a `Provenance`: the `diffsrc.graph/1` graph and one
provenance row per sentence of every document.

Everything is decided from the texts' own evidence; file names (ids) only order the output. Renaming the inputs
gives the same graph with the new names.

Direction of a pair (`infer_direction`), strongest evidence first:

- `dated`: both documents carry a date (metadata, sidecar, manifest, an "Updated on" line) and one is certainly
  earlier (`text.dates.certainly_before`): dates with offsets are compared in UTC; a date and a time on that day,
  or a time without an offset and one with it less than 14 hours apart, do not decide, and the evidence says so.
  The earlier one is the source.
- `inferred`: the text says so. Votes for "X is the source of Y", each recorded in the edge's `evidence`:
  - Y's credit, dateline or text names X's outlet (or the agency X is the outlet of): +2;
  - X is a wire copy (credited to an agency, carrying its marks, a syndication notice) and Y carries no agency
    credit of its own: an agency does not copy a newspaper's text, so the wire copy is upstream: +1;
  - agency marks: both credit the agency, but X carries the agency's own marks (a dateline naming it, a staff
    byline, a sign-off such as "-- AP") that Y lacks although Y holds the sentence the mark stands by: a reprint
    strips an agency's marks, an agency does not add them to a reprint: +1;
  - containment: Y is X cut from the end (all of Y verbatim in X, exactly X's first sentences, none missing in
    between: the inverted-pyramid trim of a reprint, and what was cut holds body text, not a leftover line of page
    chrome such as "Mehr zum Thema"): +1. A missing middle paragraph is not evidence (either copy
    may have lost it), and containment alone is otherwise ambiguous (a summary and the story it summarises look
    like an expansion the other way round), so it does not vote on its own beyond this.
  Votes against (the same evidence the other way) subtract; a positive total is a direction.
- `inferred`, weakest: fusion (`fused_sources`), only where none of the above saw anything. A text Y whose text is
  explained by several documents, each a different part of it, no two copies of one another, each with most of its
  content words outside Y (an aggregator's summary of several articles), is downstream of each: "fusion: Y is
  explained by X and ...". Not where the stronger evidence conflicts: it puts Y before one of them, or a document
  not among them before Y, or two texts would each fuse the other. A wire story whose reprints each took a
  different part of it is not fused from them: a reprint's words are the wire's.
- `undetermined`: no evidence, or evidence that cancels. The edge is drawn without claiming a direction.

Direct sources (`build_provenance`): each sentence of a document takes, among the documents it could derive from
(pairs directed towards it, or undetermined), those whose link score is within `SCORE_MARGIN` of the best, then
prefers a directed relation, then the document the directed relations put upstream of the others. So when B and C
both derive from A, C's sentences that are in A and B go to A: the graph shows A→B and A→C, not B→C. Unless C
follows B's wording (`FOLLOW_MIN_SENTENCES`): its sentences are closer to B's versions than to A's, by the verbatim
rule's share of words copied in order, so C copied B's changes to A's text, and they go to B (a chain A→B→C); or it
holds that many of B's own sentences word for word and its versions of A's are no closer to A's. When the
evidence leaves several, the closest wording wins; an exact tie is not broken: the sentence's direction is
`undetermined` and every tied document is named (`tied_sources`). A document's direct sources are the documents
its sentences went to, when they explain enough of it (`CompareOptions.direct_source_min_share`) or
include a strong link (a quote reused nearly word for word, `STRONG_LINK`), and the pair's verdict does not call it
non-derived (independent reports of one event share sentences that restate the same facts); its edge to one of them
is directed only if the directed sentences alone are enough.

Near-duplicate groups: one representative is compared in depth for the whole group (`representative_key`: the
agency's own page, the agency's marks, a credit, the earliest date, the fullest text, then a hash of the text,
never the id). The representative's directions to its copies stand only where no other copy that the evidence
does not put after it holds the same sentence; otherwise the copies are siblings, and text another document shares
with the group could have come from any of them: those edges are `undetermined` too, with the reason in their
evidence. Copies inherit their representative's directed sources when the evidence between that source and the
copy itself agrees; a sentence the representative holds from nowhere upstream makes the copy a sibling of it (an
undetermined, near-duplicate edge), which is what two reprints of a wire story that is not in the corpus are.
"""

from __future__ import annotations

import hashlib
import heapq
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import timedelta
from functools import partial
from typing import TYPE_CHECKING, Any

from ..errors import InputError
from ..pair.compare import document_info
from ..pair.findings.attribution import find_attribution, outlet_names
from ..pair.model import NOT_COMPARED, DocumentInfo, PairSummary
from ..settings import DEFAULT_OPTIONS, CompareOptions
from ..text.clean import dateline_agency
from ..text.dates import MAX_UTC_OFFSET, certainly_before, date_order_key, known_date
from ..text.lexicon import (
    AGENCIES,
    AGENCY_MENTION_PATTERN,
    AGENCY_PATTERN,
    BYLINE_ROLES,
    RELEASE_HEADER,
    canonical_agency,
    stopwords,
)
from ..text.segment import surface_tokens

if TYPE_CHECKING:
    from ..text.prepare import PreparedDocument

GRAPH_SCHEMA = "diffsrc.graph/1"

# A sentence's candidate sources are those whose link score is within this of its best one: a sentence copied
# from A by both B and C scores about the same against all three, and then the upstream one is its source.
SCORE_MARGIN = 0.15
# A document follows a downstream source's wording (a chain: it copied a reprint, not the wire the reprint copied)
# when at least this many of its sentences are closer to that source's version than to the upstream one's.
FOLLOW_MIN_SENTENCES = 2
# A link this strong (or verbatim) makes the pair an edge even when it is one sentence: a reused quote.
STRONG_LINK = 0.9
# ... provided the linked sentence is body text of at least this many words (a headline sharing a phrase is not).
STRONG_MIN_WORDS = 8
# Trimmed reprint: at least this share of the shorter text verbatim in the longer one ...
TRIM_VERBATIM_SHARE = 0.95
# ... and what the longer one has past it holds a body sentence of at least this many characters: a line of page
# chrome left on a reprint ("Mehr zum Thema", "相关新闻") made the agency's own copy look like the reprint cut short.
TRIM_TAIL_MIN_CHARS = 30
# Fusion (`fused_sources`): a text is downstream of two or more documents when each explains at least
# FUSION_MIN_PART of its characters, FUSION_MIN_OWN of them text no other of them explains, together at least
# FUSION_MIN_COVER; each has at least FUSION_MIN_OUTSIDE of its content words outside the text (an article that a
# summary condensed, not a reprint that took part of a wire story: a reprint's words are the wire's); no two are
# copies (FUSION_MAX_COPY of one verbatim in the other); and at least one pair's verdict calls the text derived.
# Chosen on SPARK dev (newser.com summaries, each topic a corpus without dates) against METER dev as one corpus
# (where the wire evidence decides, fusion must agree or stay out); see benchmarks/README.md.
FUSION_MIN_PART = 0.2
FUSION_MIN_OWN = 0.1
FUSION_MIN_COVER = 0.6
FUSION_MIN_OUTSIDE = 0.4
FUSION_MAX_COPY = 0.5
# ... and the text has at least this many sentences: two lines of a page, each found somewhere, fuse nothing.
FUSION_MIN_SENTENCES = 4

_SYNDICATION = re.compile(
    r"syndicated feed|has not been edited by|have not been edited by|auto-generated from|distributed by|"
    r"provided by (?:the )?(?:" + AGENCY_PATTERN + r")",
    re.I,
)
# Not the agency names that are also ordinary words ("भाषा", "共同"): a sentence using the word names no agency.
_AGENCY_MENTION = re.compile(r"\b(?:" + AGENCY_MENTION_PATTERN + r")\b")
# The agency's own marks on its copy, beyond a credit line (read by `agency_marks`). Reprints tend to strip them.
_AGENCY = r"(" + AGENCY_PATTERN + r")"
# A dateline naming the agency, as cleaning sets it aside: "TOKYO (AP) —", "LONDON, Oct 5 (Reuters) -".
_DATELINE_MARK = re.compile(r"^[A-Z][^()\n]{0,60}\(" + _AGENCY + r"\)\s*(?:[-—–]{1,2}|:)?\s*$")
# A staff byline naming the agency: "By Jane Doe, Associated Press", "By PA Reporter", "By Jane Doe | AFP".
_BYLINE_MARK = re.compile(r"^(?i:by)\s+(?:[^\n]{1,80}?[\s,|]+)?" + _AGENCY + r"\b[^\n]{0,60}$")
# "JOSH BOAK AP Economics Writer", "Jane Doe, Reuters correspondent": a name, the agency, a role.
_ROLE_BYLINE_MARK = re.compile(
    r"^[A-Z][^\n,|]{1,60}?[\s,|]+" + _AGENCY + r"(?:\s+[A-Z][a-z]+){0,3}\s+(?i:" + "|".join(BYLINE_ROLES) + r")\s*$")
# A sign-off on the last lines: "-- AP", "— Reuters", "(Reuters)", "[AP]".
_SIGN_OFF_MARK = re.compile(r"^(?:[-—–]{1,2}\s*" + _AGENCY + r"|\(\s*" + _AGENCY + r"\s*\)|\[\s*" + _AGENCY
                            + r"\s*\])\.?$")
# PA's wire copy ends each paragraph with "<" and the story with the operator's initials: "mf<" or "mf".
_PA_SIGN_OFF = re.compile(r"^[a-z]{2,3}<?$")
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
    tail = [line.strip() for line in text[-2000:].splitlines() if line.strip()][-SIGN_OFF_LINES:]
    for k, line in enumerate(tail):
        if m := _SIGN_OFF_MARK.match(line):
            marks.add("sign-off:" + canonical_agency(next(g for g in m.groups() if g)))
        elif k and k == len(tail) - 1 and _PA_SIGN_OFF.match(line) and tail[k - 1].endswith("<"):
            marks.add("sign-off:PA")
    # A release's own header ("FOR IMMEDIATE RELEASE") is its issuer's mark too: a portal that reprints the wire's
    # feed of it keeps the dateline and drops the header.
    if marks and any(_RELEASE_HEADER.match(line.strip()) for line in boilerplate):
        marks |= {"release:" + mark.split(":", 1)[1] for mark in marks}
    return frozenset(marks)


_RELEASE_HEADER = re.compile(rf"(?:{RELEASE_HEADER})\b", re.I)


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
    def own_agency(self) -> str | None:
        """The agency this document is the outlet of ("AP" for an apnews.com page), if any."""
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
    )


def representative_key(doc: DocumentEvidence) -> tuple[Any, ...]:
    """Sort key choosing a near-duplicate group's representative: the copy the evidence puts most upstream (the
    agency's own page, the one bearing the agency's marks, a credited wire copy, the earliest dated), then the
    fullest (the best one to compare the group's text with others), then its text's hash. The id comes last and
    only tells apart byte-identical texts, which are the same text whichever is chosen.

    Marks and credits come before dates: a date orders two copies only when both have one, and a researcher who
    dates the papers (front matter, a manifest) but not the wire file made a dated reprint the representative,
    which left the AP copy's edge to it undetermined."""
    return (doc.own_agency is None, -len(doc.marks), not doc.is_wire_copy, date_order_key(doc.date),
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
    # The changed facts of a derived pair, (kind, source value, target value, source sentence, target sentence) as
    # `pair.findings.facts.find_fact_changes` finds them (tuples: a corpus of 100,000 reprints keeps them all; most
    # pairs have none, and share the one empty tuple rather than a list each).
    facts: Sequence[tuple[str, str, str, int, int]] = ()
    # Its quotes whose wording or speaker changed, as the pair report's `quotes` lists them: (status, source text,
    # target text, source speaker, target speaker, speaker changed, similarity, source sentence, target sentence).
    quotes: Sequence[tuple[str, str | None, str, str | None, str | None, bool, float | None, int | None,
                           int | None]] = ()

    @property
    def shares_text(self) -> bool:
        return bool(self.links)


@dataclass(slots=True)
class Direction:
    source: str
    target: str
    direction: str  # dated | inferred | undetermined
    evidence: list[str]


def _names_outlet(reader: DocumentEvidence, other: DocumentEvidence) -> str | None:
    """How `reader` names `other`'s outlet (its credit, dateline or text), if it does.

    An outlet's name is often an English word ("Express", "Times", "Star", "Sun"): a reader names such an outlet
    when it writes the name as the outlet does (capitalised, not in capitals), on its own (not inside a longer
    name: "the Financial Times", "the Star Inn", "the Mirror Group"), in a credit phrase as the pair report reads
    them (`find_attribution`: "told The Sun", "according to the Times", "Express reported"). "Always expressed
    remorse", "names and times" and "bastard" do not name one, nor does a story about the paper ("his libel action
    against the Sun"). A name of more words is named as written ("Japan Times"), a web address's name in any case.
    """
    agency = other.own_agency
    if agency and agency in reader.agencies_named and reader.own_agency != agency:
        return agency
    outlet = (other.outlet or "").strip()
    if len(outlet) < 3 or outlet.lower() == (reader.outlet or "").strip().lower():
        return None
    text = reader.search_text
    web = "." in outlet
    for name in dict.fromkeys(re.sub(r"^the\s+", "", n, flags=re.I) for n in outlet_names(outlet)):
        # (A case-blind search, not a lower-cased copy of the whole text for every pair the reader is in.)
        if len(name) < 3 or not re.search(re.escape(name), text, re.I):
            continue
        if web:
            if re.search(r"(?<![\w.-])" + re.escape(name) + r"(?![\w-])", text, re.I):
                return other.outlet
            continue
        word = re.fullmatch(r"[^\W\d_]+", name) is not None
        alone = [m for m in re.finditer(r"(?<![\w.-])" + re.escape(name) + r"(?![\w-])", text)
                 if _on_its_own(text, m.start(), m.end())]
        if alone and (not word or find_attribution(text, None, outlet)["credited"]):
            return other.outlet
    return None


_CAPITALISED_AFTER = re.compile(r"[ \t]+[A-Z]")
_CAPITALISED_BEFORE = re.compile(r"\b[A-Z][\w'’-]*[ \t]+$")


def _on_its_own(text: str, start: int, end: int) -> bool:
    """Whether a name at text[start:end] stands alone, not as part of a longer one: no capitalised word right before
    it (but "The") or right after it ("the Financial Times", "the Star Inn")."""
    before = _CAPITALISED_BEFORE.search(text, max(0, start - 30), start)
    if before and before.group(0).strip() not in ("The", "THE"):
        return False
    return not _CAPITALISED_AFTER.match(text, end)


def _holds(xy: PairResult | None, yx: PairResult | None, index: int) -> bool:
    """Whether Y holds X's sentence `index`, as the comparison of the two shows (False when they were not compared).

    Args:
        xy: the comparison with X as source (Y's sentences link to X's).
        yx: the comparison with Y as source (X's sentences are its targets).
    """
    if xy is not None:
        return any(index in link.sources for link in xy.links)
    if yx is not None:
        return any(link.target == index for link in yx.links)
    return False


def _first_body_sentence(doc: DocumentEvidence) -> int | None:
    return next((i for i, kind in enumerate(doc.kinds) if kind == "body"), 0 if doc.sentences else None)


def _stripped_marks(x: DocumentEvidence, y: DocumentEvidence, xy: PairResult | None,
                    yx: PairResult | None) -> list[str]:
    """The agency marks X carries and Y, a copy crediting the same agency, lacks although it holds the sentence the
    mark stands by (a dateline or byline by the first body sentence, a sign-off by the last): marks Y stripped, not
    lost with a paragraph."""
    if not y.is_wire_copy or y.own_agency:
        return []
    y_agencies = {canonical_agency(y.credit)} if y.credit else {m.split(":", 1)[1] for m in y.marks}
    out = []
    for mark in sorted(x.marks - y.marks):
        kind, agency = mark.split(":", 1)
        if y_agencies and agency not in y_agencies:
            continue  # Y credits another agency: not a copy of this one's text
        index = len(x.sentences) - 1 if kind == "sign-off" else _first_body_sentence(x)
        if index is not None and index >= 0 and _holds(xy, yx, index):
            out.append(f"{agency}'s {kind}")
    return out


def _trimmed_from(longer: DocumentEvidence, shorter_links: list[SentenceLink], shorter: DocumentEvidence) -> bool:
    """The shorter text is the longer one cut from the end: all verbatim, its sources exactly the longer one's first
    sentences (a heading of the longer may be missing; a body sentence may not: a missing middle paragraph says
    nothing about which copy came first), and what was cut holds body text (`TRIM_TAIL_MIN_CHARS`)."""
    if not shorter.sentences or len(shorter.sentences) >= len(longer.sentences):
        return False
    verbatim = [link for link in shorter_links if link.label == "verbatim"]
    total = sum(len(s) for s in shorter.sentences) or 1
    covered = sum(len(shorter.sentences[link.target]) for link in verbatim)
    if covered / total < TRIM_VERBATIM_SHARE:
        return False
    used = {s for link in shorter_links for s in link.sources}
    if not used or max(used) + 1 >= len(longer.sentences):
        return False
    if not any(i < len(longer.kinds) and longer.kinds[i] == "body" and len(longer.sentences[i]) >= TRIM_TAIL_MIN_CHARS
               for i in range(max(used) + 1, len(longer.sentences))):
        return False
    missing = set(range(max(used) + 1)) - used
    return all(i < len(longer.kinds) and longer.kinds[i] == "heading" for i in missing)


def _content_words(doc: DocumentEvidence) -> list[str]:
    stop = stopwords()
    return [w for text in doc.sentences for w in surface_tokens(text) if len(w) > 3 and w not in stop]


def fused_sources(docs: list[DocumentEvidence], groups: list[list[str]], pairs: dict[tuple[str, str], PairResult],
                  decided: Iterable[Direction] = ()) -> dict[str, frozenset[str]]:
    """Per document that fuses several others (an aggregator's summary of several articles), the documents it fuses.

    A text Y fuses X1, X2, ... when each Xi explains a different part of it (`FUSION_MIN_PART` of Y's characters
    aligned with Xi, `FUSION_MIN_OWN` of them aligned with no other Xi, `FUSION_MIN_COVER` together), the Xi are no
    copies of one another (not near-identical, less than `FUSION_MAX_COPY` of either verbatim in the other), each
    has most of its content words outside Y (`FUSION_MIN_OUTSIDE`: a summary leaves most of each article out; a
    reprint that took part of a wire story is made of the wire's words, so the wire is never said to fuse its
    reprints), and the verdict of at least one pair calls Y derived. It is not said where the stronger evidence
    (`decided`: directions by dates, credits, wire marks) conflicts: where it puts Y before one of the Xi, or a
    document other than the Xi before Y (Y's shared text may come from there, the Xi being its siblings), or where
    two documents would each fuse the other.

    Args:
        docs: every document; groups: the near-duplicate groups, the representative first.
        pairs: the compared ordered pairs (source id, target id).
        decided: the directions the stronger evidence decided.
    """
    by_id = {d.id: d for d in docs}
    rep_of = {m: g[0] for g in groups for m in g}
    linked: dict[str, dict[str, set[int]]] = {}
    for (x, y), result in pairs.items():
        if result.near_duplicate or not result.links or rep_of.get(x, x) == rep_of.get(y, y):
            continue
        linked.setdefault(y, {})[x] = {link.target for link in result.links}
    before: dict[str, set[str]] = {}
    after: dict[str, set[str]] = {}
    for d in decided:
        if d.direction != "undetermined":
            before.setdefault(d.target, set()).add(d.source)
            after.setdefault(d.source, set()).add(d.target)
    words: dict[str, list[str]] = {}

    def content(doc: DocumentEvidence) -> list[str]:
        if doc.id not in words:
            words[doc.id] = _content_words(doc)
        return words[doc.id]

    def outside(x: DocumentEvidence, y: DocumentEvidence) -> float:
        own = set(content(y))
        xs = content(x)
        return sum(w not in own for w in xs) / len(xs) if xs else 0.0

    def verbatim_share(source: str, target: str) -> float:
        result = pairs.get((source, target))
        if result is None:
            return 0.0
        return _share(by_id[target], {link.target for link in result.links if link.label == "verbatim"})

    found: dict[str, frozenset[str]] = {}
    for y, sources in sorted(linked.items()):
        doc = by_id[y]
        if len(sources) < 2 or len(doc.sentences) < FUSION_MIN_SENTENCES:
            continue
        parts = {x: idx for x, idx in sources.items()
                 if _share(doc, idx) >= FUSION_MIN_PART and outside(by_id[x], doc) >= FUSION_MIN_OUTSIDE}
        while len(parts) >= 2:  # drop those whose part the others explain, until each explains its own
            own = {x: _share(doc, idx - set().union(*(other for z, other in parts.items() if z != x)))
                   for x, idx in parts.items()}
            kept = {x: idx for x, idx in parts.items() if own[x] >= FUSION_MIN_OWN}
            if len(kept) == len(parts):
                break
            parts = kept
        if len(parts) < 2 or _share(doc, set().union(*parts.values())) < FUSION_MIN_COVER:
            continue
        if all(pairs[(x, y)].summary.verdict == "non-derived" for x in parts):
            continue
        if (before.get(y, set()) - set(parts)) or (after.get(y, set()) & set(parts)):
            continue
        names = sorted(parts)
        if any(rep_of.get(a, a) == rep_of.get(b, b) or verbatim_share(a, b) >= FUSION_MAX_COPY
               or verbatim_share(b, a) >= FUSION_MAX_COPY for i, a in enumerate(names) for b in names[i + 1:]):
            continue
        found[y] = frozenset(parts)
    return {y: xs for y, xs in found.items() if not any(y in found.get(x, ()) for x in xs)}


def infer_direction(a: DocumentEvidence, b: DocumentEvidence, ab: PairResult | None,
                    ba: PairResult | None, *, fusion: Mapping[str, frozenset[str]] | None = None) -> Direction:
    """Which of `a` and `b` is the source, and on what evidence (see the module docstring).

    Args:
        a, b: the two documents.
        ab: the comparison with `a` as source (its links are `b`'s sentences), if made.
        ba: the comparison with `b` as source, if made.
        fusion: per document, the documents it fuses (`fused_sources`): used only when no other evidence is seen.

    Returns:
        A `Direction`; its `evidence` lists every vote, for and against, also when they cancel.
    """
    votes = 0
    evidence: list[str] = []
    da, db = known_date(a.date), known_date(b.date)
    if da and db:
        for (first, when_first), (second, when_second) in (((a, da), (b, db)), ((b, db), (a, da))):
            if certainly_before(when_first, when_second):
                return Direction(first.id, second.id, "dated",
                                 [f"date: {when_first.describe()} before {when_second.describe()}"])
        if (da.offset is None) != (db.offset is None):
            # A reader would order them by the clock times shown; say why they do not decide.
            unzoned = da if da.offset is None else db
            hours = MAX_UTC_OFFSET // timedelta(hours=1)
            evidence.append(f"date: {da.describe()} and {db.describe()} do not order them ({unzoned.text} gives "
                            f"no time zone, and time zones are up to {hours} hours from UTC)")
    notes = len(evidence)  # what precedes the votes says why the dates do not decide: no vote
    for x, y, sign, xy, yx in ((a, b, 1, ab, ba), (b, a, -1, ba, ab)):
        if name := _names_outlet(y, x):
            votes += 2 * sign
            evidence.append(f"credit: {y.id} names {name}, the outlet of {x.id}")
        if x.is_wire_copy and not y.is_wire_copy and not y.own_agency:
            votes += sign
            what = f"is credited to {x.credit}" if x.credit else (
                "carries a syndication notice" if x.syndication_notice else "carries an agency's marks")
            evidence.append(f"wire copy: {x.id} {what}, {y.id} is no agency's copy")
        if stripped := _stripped_marks(x, y, xy, yx):
            votes += sign
            evidence.append(f"agency marks: {x.id} carries {', '.join(stripped)}; {y.id} holds the text beside "
                            "them without them")
    if ab is not None and _trimmed_from(a, ab.links, b):
        votes += 1
        evidence.append(f"containment: {b.id} is {a.id} trimmed from the end")
    if ba is not None and _trimmed_from(b, ba.links, a):
        votes -= 1
        evidence.append(f"containment: {a.id} is {b.id} trimmed from the end")
    voted = len(evidence) > notes
    if votes > 0:
        return Direction(a.id, b.id, "inferred", evidence)
    if votes < 0:
        return Direction(b.id, a.id, "inferred", evidence)
    if fusion and not voted:
        # The weakest evidence, and only where nothing else was seen: evidence that cancels is a conflict.
        for x, y in ((a, b), (b, a)):
            if x.id in fusion.get(y.id, ()):
                others = sorted(fusion[y.id] - {x.id})
                evidence.append(f"fusion: {y.id} is explained by {x.id} and {_few(others)}, each a different "
                                "part of it, none a copy of another, each with most of its words outside it")
                return Direction(x.id, y.id, "inferred", evidence)
    return Direction(a.id, b.id, "undetermined", evidence)


def upstream_order(
    ids: Iterable[str], directed: Iterable[tuple[str, str]], dates: dict[str, str | None],
) -> dict[str, int]:
    """A rank per document, for the order of the output only: sources before what derives from them (Kahn's order;
    ties by date, then id). No decision of `build_provenance` depends on it.

    Cycles (contradictory inferences) are broken by date and id rather than failing.
    """
    ids = sorted(set(ids))
    children: dict[str, list[str]] = {i: [] for i in ids}
    indegree = {i: 0 for i in ids}
    for s, t in sorted(set(directed)):
        children[s].append(t)
        indegree[t] += 1

    def key(i: str) -> tuple[str, str]:
        return (date_order_key(dates.get(i)), i)

    heap = [key(i) for i in ids if indegree[i] == 0]
    heapq.heapify(heap)
    rank: dict[str, int] = {}
    remaining = set(ids)
    while remaining:
        if not heap:  # a cycle: release its earliest member
            heapq.heappush(heap, min(key(i) for i in remaining))
        _, node = heapq.heappop(heap)
        if node in rank:
            continue
        rank[node] = len(rank)
        remaining.discard(node)
        for child in children[node]:
            indegree[child] -= 1
            if indegree[child] == 0 and child in remaining:
                heapq.heappush(heap, key(child))
    return rank


@dataclass(slots=True)
class Attribution:
    """The direct source of one sentence."""

    source: str
    sentence: int
    score: float
    label: str
    direction: str
    near_duplicate: bool
    # Other documents the sentence is just as likely to come from (an exact tie the evidence does not break): then
    # `direction` is undetermined, and `source` is merely the first of them by id.
    tied: tuple[str, ...] = ()
    # The source is a near-duplicate group's representative and copies the evidence does not put after it hold
    # the same sentence: it is upstream of the target (`direction`), but which copy is the direct source is not
    # known. Ranks the candidate as its direction says; chosen, the sentence's direction is undetermined.
    copies_tied: bool = False
    # The share of the sentence's words copied in order from this source (`SentenceLink.copied`).
    copied: float | None = None

    @property
    def sources(self) -> tuple[str, ...]:
        return (self.source, *self.tied)


@dataclass
class Provenance:
    graph: dict[str, Any]
    directions: dict[tuple[str, str], Direction]
    # The per-sentence rows, made as they are read (one per sentence of the corpus: millions at 100k documents).
    iter_rows: Callable[[], Iterator[dict[str, Any]]]

    @property
    def rows(self) -> list[dict[str, Any]]:
        """One row per sentence of every document (`provenance.csv`), in graph order."""
        return list(self.iter_rows())

    def __reduce__(self) -> tuple[Any, ...]:
        # Pickled (a result saved, or sent to another process) with its rows made: they are made as they are read
        # from the run's own state, which stays behind.
        return (Provenance, (self.graph, self.directions, partial(iter, self.rows)))


def _share(doc: DocumentEvidence, indices: Iterable[int]) -> float:
    total = sum(len(s) for s in doc.sentences)
    return round(sum(len(doc.sentences[i]) for i in indices) / total, 4) if total else 0.0


def _strong(doc: DocumentEvidence, index: int, att: Attribution) -> bool:
    """A link that alone shows reuse: verbatim or near-verbatim body text of some length (a quote)."""
    kind = doc.kinds[index] if index < len(doc.kinds) else "body"
    return (att.score >= STRONG_LINK or att.label == "verbatim") and kind == "body" \
        and len(doc.sentences[index].split()) >= STRONG_MIN_WORDS


def _judged_independent(result: PairResult | None) -> bool:
    """The pair's verdict says the target does not derive from the source: what its sentences share is the same
    event reported independently (names, figures, quotes both heard), so the source is no parent of it."""
    return result is not None and result.summary.verdict == "non-derived"


def _explains(doc: DocumentEvidence, idx: list[int], atts: dict[int, Attribution], options: CompareOptions) -> bool:
    """Whether these sentences make their source a direct source of `doc`: enough of it, or one strong link."""
    return bool(idx) and (_share(doc, idx) >= options.direct_source_min_share
                          or any(_strong(doc, i, atts[i]) for i in idx))


def _not_compared_from(docs: list[DocumentEvidence], pairs: dict[tuple[str, str], PairResult]) -> dict[str, int]:
    """Per document, the first of its sentences that a work bound kept from being compared with one of its sources:
    a sentence from there on without a source is `not-compared`, not added (its counterpart may be in what was not
    compared).

    As in the pair report (`pair.bounds.mark_not_compared`): when the source was cut, every unlinked sentence of the
    target (from 0); when only the target was cut, its sentences past the cut (the last `target_not_compared`).
    """
    sizes = {d.id: len(d.sentences) for d in docs}
    first: dict[str, int] = {}
    for (_, target), result in pairs.items():
        s = result.summary
        if s.source_not_compared or s.target_not_compared:
            cut = 0 if s.source_not_compared else sizes.get(target, 0) - s.target_not_compared
            first[target] = min(first.get(target, cut), cut)
    return first


def _linked_options(docs: list[DocumentEvidence], rep_of: dict[str, str],
                    candidates: dict[str, dict[int, list[Attribution]]],
                    attributions: dict[str, dict[int, Attribution]],
                    ) -> dict[str, dict[int, tuple[tuple[str, int], ...]]]:
    """Per representative and sentence, the documents it was aligned with that it may derive from, as (id, closest
    sentence there), strongest link first: what `linked_sources` lists after the direct source.

    An article the pair's verdict calls independent (no edge) is listed too, since a summary of several articles
    often takes too little of each for a derived verdict. A sibling is not: a document whose sentence the evidence
    derives from the same direct source (B and C both taking from A) is no source of it.
    """
    out: dict[str, dict[int, tuple[tuple[str, int], ...]]] = {}
    for doc in docs:
        if rep_of.get(doc.id, doc.id) != doc.id:
            continue
        atts = attributions[doc.id]
        row: dict[int, tuple[tuple[str, int], ...]] = {}
        for i, options in candidates[doc.id].items():
            own = atts.get(i)
            seen: dict[str, tuple[str, int]] = {}
            for o in sorted(options, key=lambda o: (-o.score, o.source, o.sentence)):
                if o.source not in seen and not _same_source(own, attributions.get(o.source, {}).get(o.sentence)):
                    seen[o.source] = (o.source, o.sentence)
            if seen and not (own is not None and set(seen) == {own.source}):  # else the direct source says it all
                row[i] = tuple(seen.values())
        if row:
            out[doc.id] = row
    return out


def _same_source(mine: Attribution | None, theirs: Attribution | None) -> bool:
    """Whether the evidence derives both sentences from the same direct source: siblings, neither a source of the
    other."""
    return mine is not None and theirs is not None and mine.source == theirs.source \
        and "undetermined" not in (mine.direction, theirs.direction)


def _linked_text(own: Attribution | None, options: Iterable[tuple[str, int]], exclude: str = "") -> str | None:
    """The `linked_sources` cell: the direct source first, then the other linked documents."""
    seen: dict[str, str] = {own.source: f"{own.source}:{own.sentence}"} if own else {}
    for source, sentence in options:
        if source != exclude:
            seen.setdefault(source, f"{source}:{sentence}")
    return ";".join(seen.values()) or None


def _held_by_sibling_copies(attributions: dict[str, dict[int, Attribution]], copy_pairs: Mapping[str, PairResult],
                            rep_of: Mapping[str, str]) -> dict[str, dict[int, Attribution]]:
    """For each near-duplicate group's representative, the sentences it holds from no document upstream that copies
    the evidence does not put after it hold too, each attributed to those copies (undetermined, the first by id its
    source, the others tied). A copy's row names the representative as its undetermined source; the
    representative's row names the copies the same way, not "added" (text of its own) beside copies that read
    "verbatim" from it: which of the siblings wrote it first is not known."""
    holders: dict[str, dict[int, list[tuple[str, int, Attribution]]]] = {}
    for copy in sorted(copy_pairs):
        rep = rep_of.get(copy, copy)
        for i, att in attributions.get(copy, {}).items():
            if att.source == rep and att.near_duplicate and att.direction == "undetermined":
                holders.setdefault(rep, {}).setdefault(att.sentence, []).append((copy, i, att))
    out: dict[str, dict[int, Attribution]] = {}
    for rep, by_sentence in holders.items():
        own = attributions.get(rep, {})
        for sentence, held in by_sentence.items():
            if sentence in own:
                continue
            (first, index, att), *others = held
            out.setdefault(rep, {})[sentence] = Attribution(
                first, index, att.score, att.label, "undetermined", True, tied=tuple(o[0] for o in others),
                copied=att.copied)
    return out


def _copy_linked(own: Attribution | None, rep_sentence: int | None, rep: str, rep_attributions: dict[int, Attribution],
                 rep_links: dict[int, tuple[tuple[str, int], ...]], copy_id: str) -> str | None:
    """A near-duplicate copy's `linked_sources` cell: the representative's sentence its own matches (unless the
    evidence makes them siblings), then what that sentence is linked to; a sentence of the copy's own has only its
    direct source."""
    if rep_sentence is None:
        return _linked_text(own, ())
    rep_link = [] if _same_source(own, rep_attributions.get(rep_sentence)) else [(rep, rep_sentence)]
    return _linked_text(own, [*rep_link, *rep_links.get(rep_sentence, ())], exclude=copy_id)


def _keeps_changes(links: Sequence[SentenceLink], rep_atts: dict[int, Attribution]) -> bool:
    """Whether a near-identical copy keeps its representative's own changes to the representative's direct sources:
    in at least `FOLLOW_MIN_SENTENCES` of its sentences it copies the representative's wording more closely than
    the representative copied its source's, and more than twice as often as the other way (`followed`'s rule)."""
    closer_rep = closer_source = 0
    for link in links:
        # (Whatever the direction of the representative's own link: one its other copies share is undetermined,
        # and its wording is still what the copy is compared with.)
        upstream = rep_atts.get(link.sources[0])
        if upstream is None or upstream.copied is None or link.copied is None:
            continue
        if link.copied > upstream.copied:
            closer_rep += 1
        elif link.copied < upstream.copied:
            closer_source += 1
    return _follows(closer_rep, closer_source)


def _follows(closer_down: int, closer_up: int) -> bool:
    """Whether a document follows a downstream source's wording: closer to it in at least `FOLLOW_MIN_SENTENCES`
    sentences, and more than twice as often as to the upstream one's."""
    return closer_down >= FOLLOW_MIN_SENTENCES and closer_down > 2 * closer_up


def _pair_key(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a <= b else (b, a)


def _few(ids: Iterable[str], n: int = 3) -> str:
    ids = sorted(ids)
    return ", ".join(ids[:n]) + (f" and {len(ids) - n} more" if len(ids) > n else "")


def build_provenance(
    docs: list[DocumentEvidence],
    groups: list[list[str]],
    pairs: dict[tuple[str, str], PairResult],
    *,
    options: CompareOptions = DEFAULT_OPTIONS,
) -> Provenance:
    """The provenance graph (`diffsrc.graph/1`) and per-sentence rows of a compared corpus.

    The steps, each below: every related pair's direction (`_pair_directions`); each sentence's candidate sources
    from the in-depth comparisons (`_sentence_candidates`); each representative's direct sources, chosen among them
    (`_SourceChooser`, `_attribute_representatives`); what each near-identical copy inherits from its
    representative (`_inherit_copies`); then the edges and the rows (`_graph`, `_Rows`).

    Args:
        docs: every document, in any order.
        groups: near-duplicate groups of ids, the representative first (groups of one included or not).
        pairs: comparisons keyed by (source id, target id). Representatives are compared in depth both ways;
            a copy is compared (sentence by sentence, exactly or by the verbatim rule) with its representative
            only, flagged `near_duplicate`.
        options: the comparison's options: a text taking at least `direct_source_min_share` of its characters from a
            document has it as a direct source (a single link of `STRONG_LINK` or verbatim suffices too), and an
            edge inherited by a near-duplicate copy gets its verdict as a pair's would.
    """
    by_id = {d.id: d for d in docs}
    rep_of = {m: g[0] for g in groups for m in g}
    directions, fusion = _pair_directions(by_id, groups, pairs)
    order = _Order(directions)
    rank = upstream_order(by_id, order.directed, {d.id: d.date for d in docs})  # output order only
    tied_copies = _copies_not_after(pairs, directions)
    # Why an edge's direct source is undetermined: the copies holding the same text, by edge.
    group_ties: dict[tuple[str, str], set[str]] = {}
    candidates = _sentence_candidates(docs, pairs, order, tied_copies, group_ties)
    chooser = _SourceChooser(candidates, order)
    attributions = _attribute_representatives(docs, rep_of, pairs, chooser, options)
    inherited = _inherit_copies(by_id, pairs, directions, fusion, tied_copies, attributions, group_ties, options)
    for doc in docs:
        attributions.setdefault(doc.id, {})
    notes: dict[tuple[str, str], list[str]] = {}
    for (src, tgt), copies in group_ties.items():
        notes.setdefault((src, tgt), []).append(
            f"direct source undetermined: the text {tgt} shares with {src} is also in {len(copies)} near-identical "
            f"cop{'y' if len(copies) == 1 else 'ies'} of it ({_few(copies)}) that the evidence does not put after "
            "it")
    in_order = sorted(docs, key=lambda d: (rank[d.id], d.id))
    graph = _graph(in_order, groups, rep_of, rank, attributions, pairs, directions, inherited, notes, options)
    rows = _Rows(in_order, rep_of, pairs, candidates, attributions)
    return Provenance(graph=graph, directions=directions, iter_rows=rows.iter_rows)


def _pair_directions(by_id: dict[str, DocumentEvidence], groups: list[list[str]],
                     pairs: dict[tuple[str, str], PairResult]
                     ) -> tuple[dict[tuple[str, str], Direction], dict[str, list[str]]]:
    """The direction of every pair that shares text (both orders looked at once, keyed by `_pair_key`), and what
    each document fuses (`fused_sources`, a near-identical copy of a fused text fusing the same documents)."""
    directions: dict[tuple[str, str], Direction] = {}
    for (s, t) in sorted(pairs):
        key = _pair_key(s, t)
        if key in directions:
            continue
        ab, ba = pairs.get(key), pairs.get((key[1], key[0]))
        if not ((ab and ab.shares_text) or (ba and ba.shares_text)):
            continue
        directions[key] = infer_direction(by_id[key[0]], by_id[key[1]], ab, ba)
    # Fusion is the weakest evidence: read once the others are known, used only on pairs they leave open.
    fusion = fused_sources(list(by_id.values()), groups, pairs, directions.values())
    for y, xs in fusion.items():
        for x in xs:
            key = _pair_key(x, y)
            if directions[key].direction == "undetermined":
                directions[key] = infer_direction(by_id[key[0]], by_id[key[1]], pairs.get(key),
                                                  pairs.get((key[1], key[0])), fusion=fusion)
    # A near-identical copy of a fused text fuses the same documents (what it inherits is decided pair by pair).
    fusion = {**{m: fusion[g[0]] for g in groups for m in g[1:] if g[0] in fusion}, **fusion}
    return directions, fusion


class _Order:
    """What the directed relations say: which documents they put after which (followed through), and whether a
    document may be the source of another."""

    def __init__(self, directions: dict[tuple[str, str], Direction]) -> None:
        self.directions = directions
        self.directed = [(d.source, d.target) for d in directions.values() if d.direction != "undetermined"]
        self._children: dict[str, set[str]] = {}
        for s, t in self.directed:
            self._children.setdefault(s, set()).add(t)
        self._below: dict[str, set[str]] = {}

    def downstream(self, node: str) -> set[str]:
        """Every document the directed relations put after `node`, followed through."""
        if node not in self._below:
            seen: set[str] = set()
            stack = [node]
            while stack:
                for child in self._children.get(stack.pop(), ()):
                    if child not in seen:
                        seen.add(child)
                        stack.append(child)
            self._below[node] = seen
        return self._below[node]

    def relation(self, src: str, tgt: str) -> Direction | None:
        """The pair's direction when `src` may be a source of `tgt` (undetermined, or directed that way)."""
        d = self.directions.get(_pair_key(src, tgt))
        if d is None:
            return None
        if d.direction == "undetermined" or (d.source, d.target) == (src, tgt):
            return d
        return None  # directed the other way: `src` cannot be a source of `tgt`


def _copies_not_after(pairs: dict[tuple[str, str], PairResult], directions: dict[tuple[str, str], Direction]
                      ) -> dict[str, dict[int, set[str]]]:
    """Copies the evidence does not put after their representative, by the representative's sentence they hold:
    text in one of them could have come from any of them."""
    tied_copies: dict[str, dict[int, set[str]]] = {}
    for (rep, copy), result in pairs.items():
        if not result.near_duplicate:
            continue
        d = directions.get(_pair_key(rep, copy))
        if d is not None and d.direction != "undetermined" and d.source == rep:
            continue
        held = tied_copies.setdefault(rep, {})
        for link in result.links:
            held.setdefault(link.sources[0], set()).add(copy)
    return tied_copies


def _sentence_candidates(docs: list[DocumentEvidence], pairs: dict[tuple[str, str], PairResult], order: _Order,
                         tied_copies: dict[str, dict[int, set[str]]], group_ties: dict[tuple[str, str], set[str]]
                         ) -> dict[str, dict[int, list[Attribution]]]:
    """Each document's sentences' candidate sources, from the in-depth comparisons (representatives) whose source
    may come first; a candidate whose sentence copies the evidence does not put after it also hold is marked
    `copies_tied` (and its edge noted in `group_ties`)."""
    candidates: dict[str, dict[int, list[Attribution]]] = {d.id: {} for d in docs}
    for (src, tgt), result in sorted(pairs.items()):
        if result.near_duplicate or not result.links:
            continue
        rel = order.relation(src, tgt)
        if rel is None:
            continue
        held = tied_copies.get(src, {})
        for link in result.links:
            first = link.sources[0]
            tied = rel.direction != "undetermined" and bool(held.get(first))
            if tied:
                group_ties.setdefault((src, tgt), set()).update(held[first])
            candidates[tgt].setdefault(link.target, []).append(Attribution(
                src, first, link.score, link.label, rel.direction, False, copies_tied=tied, copied=link.copied))
    return candidates


class _SourceChooser:
    """Which of a sentence's candidates is its direct source: among those within `SCORE_MARGIN` of the best, the one
    the directed relations put upstream of the others, unless the document follows a downstream one's wording
    (`followed`); then the best score; ties are undetermined."""

    def __init__(self, candidates: dict[str, dict[int, list[Attribution]]], order: _Order) -> None:
        self.candidates = candidates
        self.order = order

    @staticmethod
    def near(options: list[Attribution]) -> list[Attribution]:
        best = max(o.score for o in options)
        return [o for o in options if o.score >= best - SCORE_MARGIN]

    def followed(self, doc_id: str) -> set[tuple[str, str]]:
        """(A, B) where B is downstream of A and the document follows B's wording rather than A's: in at least
        `FOLLOW_MIN_SENTENCES` of the sentences both could have given it, its words are closer to B's (more of them
        copied in order), and more than twice as many as are closer to A's; or it holds that many of B's own
        sentences (ones A lacks) word for word, and its copies of the sentences both hold are no closer to A's. A
        copy of a reprint carries the reprint's own changes to the wire's text, a later version of a story the
        earlier version's additions; a copy of the wire does neither."""
        downstream = self.order.downstream
        counts: dict[tuple[str, str], list[int]] = {}
        # (A, B): sentences the document took verbatim from B that A does not hold at all (B's own paragraphs), and
        # sentences closer to B's / A's version by words copied in order, then by score (a word B put in)
        only_down: dict[tuple[str, str], int] = {}
        wording: dict[tuple[str, str], list[int]] = {}
        everywhere = {o.source for opts in self.candidates[doc_id].values() for o in opts}
        for opts in self.candidates[doc_id].values():
            measured = [o for o in self.near(opts) if o.direction != "undetermined" and o.copied is not None]
            for up in measured:
                for down in measured:
                    if down.source == up.source or down.source not in downstream(up.source):
                        continue
                    n = counts.setdefault((up.source, down.source), [0, 0])
                    if down.copied > up.copied:  # type: ignore[operator]
                        n[0] += 1
                    elif up.copied > down.copied:  # type: ignore[operator]
                        n[1] += 1
                    if "verbatim" not in (up.label, down.label):
                        continue  # a rewritten sentence (a new headline) tells nothing of whose copy it is
                    w = wording.setdefault((up.source, down.source), [0, 0])
                    if (down.copied, down.score) > (up.copied, up.score):
                        w[0] += 1
                    elif (up.copied, up.score) > (down.copied, down.score):
                        w[1] += 1
            held = {o.source for o in self.near(opts)}  # a loose paraphrase far below the best is not the sentence
            for down in measured:
                if down.label != "verbatim":
                    continue
                for up in everywhere - held:
                    if down.source in downstream(up):
                        only_down[(up, down.source)] = only_down.get((up, down.source), 0) + 1
        follows = {pair for pair, (closer_down, closer_up) in counts.items() if _follows(closer_down, closer_up)}
        # A document holding B's own paragraphs word for word copied B, A's text with them (a later version of a
        # developing story, a reprint of a reprint): unless its versions of A's sentences are closer to A's (it has
        # the wire's wording where B changed it).
        follows |= {pair for pair, n in only_down.items()
                    if n >= FOLLOW_MIN_SENTENCES and wording.get(pair, [0, 0])[1] <= wording.get(pair, [0, 0])[0]}
        return follows

    def outranks(self, p: Attribution, o: Attribution, follows: set[tuple[str, str]]) -> bool:
        """Whether `p` rather than `o` is the direct source: the upstream one, unless the document follows the
        downstream one's wording."""
        if o.source in self.order.downstream(p.source):
            return (p.source, o.source) not in follows
        if p.source in self.order.downstream(o.source):
            return (o.source, p.source) in follows
        return False

    def choose(self, options: list[Attribution], allowed: set[str] | None,
               follows: set[tuple[str, str]]) -> Attribution | None:
        pool = [o for o in options if allowed is None or o.source in allowed]
        if not pool:
            return None
        pool = self.near(pool)
        directed_pool = [o for o in pool if o.direction != "undetermined"]
        if directed_pool:
            # The candidate the directed relations put upstream of the others (followed through), or the one
            # downstream whose wording the document follows.
            heads = [o for o in directed_pool
                     if not any(self.outranks(p, o, follows) for p in directed_pool if p.source != o.source)]
            pool = heads or directed_pool
        top = max(o.score for o in pool)
        pool = sorted((o for o in pool if o.score == top), key=lambda o: o.source)  # ids: output order only
        if len(pool) == 1:
            return replace(pool[0], direction="undetermined") if pool[0].copies_tied else pool[0]
        return replace(pool[0], direction="undetermined", tied=tuple(o.source for o in pool[1:]))

    def attribute(self, doc_id: str, allowed: set[str] | None) -> dict[int, Attribution]:
        """Each sentence's direct source among the `allowed` documents (None: any)."""
        follows = self.followed(doc_id)
        return {i: a for i, opts in sorted(self.candidates[doc_id].items())
                if (a := self.choose(opts, allowed, follows))}


def _settle(doc: DocumentEvidence, atts: dict[int, Attribution], options: CompareOptions) -> None:
    """An edge is directed only if its directed sentences alone make it one: otherwise all its sentences say
    undetermined, so no row claims a direction its edge does not (in place)."""
    grouped: dict[str, list[int]] = {}
    for i, att in atts.items():
        for src in att.sources:
            grouped.setdefault(src, []).append(i)
    for idx in grouped.values():
        decided = [i for i in idx if atts[i].direction != "undetermined"]
        if decided and not _explains(doc, decided, atts, options):
            for i in decided:
                atts[i] = replace(atts[i], direction="undetermined")


def _attribute_representatives(docs: list[DocumentEvidence], rep_of: dict[str, str],
                               pairs: dict[tuple[str, str], PairResult], chooser: _SourceChooser,
                               options: CompareOptions) -> dict[str, dict[int, Attribution]]:
    """Each representative's sentences' direct sources, in two passes. Pass 1 attributes every sentence; a
    document's direct sources are those that explain enough of it. Pass 2 attributes again among the direct sources
    only, so no sentence points at a non-edge."""
    attributions: dict[str, dict[int, Attribution]] = {}
    for doc in sorted(docs, key=lambda d: d.id):
        if rep_of.get(doc.id, doc.id) != doc.id:
            continue
        first = chooser.attribute(doc.id, None)
        by_source: dict[str, list[int]] = {}
        for i, att in first.items():
            for src in att.sources:
                by_source.setdefault(src, []).append(i)
        parents = {src for src, idx in by_source.items()
                   if not _judged_independent(pairs.get((src, doc.id))) and _explains(doc, idx, first, options)}
        attributions[doc.id] = chooser.attribute(doc.id, parents) if parents else {}
        _settle(doc, attributions[doc.id], options)
    return attributions


def _inherit_copies(by_id: dict[str, DocumentEvidence], pairs: dict[tuple[str, str], PairResult],
                    directions: dict[tuple[str, str], Direction], fusion: dict[str, list[str]],
                    tied_copies: dict[str, dict[int, set[str]]], attributions: dict[str, dict[int, Attribution]],
                    group_ties: dict[tuple[str, str], set[str]], options: CompareOptions
                    ) -> dict[tuple[str, str], Direction]:
    """Each near-identical copy's sentences' direct sources (into `attributions`), and the directions of the edges
    it inherits (returned, by (source, copy)).

    Copies inherit their representative's directed sources sentence by sentence, when the evidence between that
    source and the copy itself agrees; what the representative holds from nowhere upstream, they hold from it (a
    sibling, or a child when the evidence says so and no copy as upstream as the representative holds it).
    """
    inherited: dict[tuple[str, str], Direction] = {}
    for (rep, copy), result in sorted(pairs.items()):
        if not result.near_duplicate:
            continue
        rel = directions.get(_pair_key(rep, copy))
        internal = rel.direction if rel is not None and rel.direction != "undetermined" and rel.source == rep \
            else "undetermined"
        held = tied_copies.get(rep, {})
        own: dict[int, Attribution] = {}
        rep_atts = attributions.get(rep, {})
        # A copy the evidence puts after its representative that keeps the representative's own changes to its
        # source's text (a write-through's next version, a reprint of a reprint), or holds sentences of the
        # representative's own (from no source of it), copied the representative: all of it comes from there, as
        # a chain (A->B->C), not some of it from A.
        follows_rep = internal != "undetermined" and (
            _keeps_changes(result.links, rep_atts)
            or sum(link.sources[0] not in rep_atts for link in result.links) >= FOLLOW_MIN_SENTENCES)
        for link in result.links:
            first_source = link.sources[0]
            upstream = None if follows_rep else rep_atts.get(first_source)
            if upstream is not None and upstream.direction != "undetermined":
                key = (upstream.source, copy)
                if key not in inherited:
                    inherited[key] = infer_direction(by_id[upstream.source], by_id[copy], None, None, fusion=fusion)
                d = inherited[key]
                if d.direction != "undetermined" and d.source == upstream.source:
                    own[link.target] = Attribution(
                        upstream.source, upstream.sentence, min(upstream.score, link.score),
                        upstream.label if link.label == "verbatim" else link.label, d.direction, True)
                    continue
            direction = internal
            others = held.get(first_source, set()) - {copy}
            if direction != "undetermined" and others:
                direction = "undetermined"
                group_ties.setdefault((rep, copy), set()).update(others)
            own[link.target] = Attribution(rep, first_source, link.score, link.label, direction, True)
        attributions[copy] = own
        _settle(by_id[copy], own, options)
    return inherited


def _origin(attributions: dict[str, dict[int, Attribution]], doc_id: str, index: int) -> tuple[str, int] | None:
    """The earliest document and sentence a sentence derives from: its directed attributions followed upstream."""
    seen = {(doc_id, index)}
    current = attributions[doc_id].get(index)
    if current is None or current.direction == "undetermined":
        return None
    at = (current.source, current.sentence)
    while True:
        nxt = attributions.get(at[0], {}).get(at[1])
        if nxt is None or nxt.direction == "undetermined" or (nxt.source, nxt.sentence) in seen:
            return at
        seen.add(at)
        at = (nxt.source, nxt.sentence)


def _graph(in_order: list[DocumentEvidence], groups: list[list[str]], rep_of: dict[str, str], rank: dict[str, int],
           attributions: dict[str, dict[int, Attribution]], pairs: dict[tuple[str, str], PairResult],
           directions: dict[tuple[str, str], Direction], inherited: dict[tuple[str, str], Direction],
           notes: dict[tuple[str, str], list[str]], options: CompareOptions) -> dict[str, Any]:
    """The `diffsrc.graph/1` dict: a node per document (upstream first), an edge per direct source (`_edge`)."""
    proposed: dict[tuple[str, str], dict[str, Any]] = {}
    for doc in in_order:
        atts = attributions[doc.id]
        grouped: dict[str, list[int]] = {}
        ties: dict[str, set[str]] = {}
        for i, att in atts.items():
            for src in att.sources:
                grouped.setdefault(src, []).append(i)
                if att.tied:
                    ties.setdefault(src, set()).update(s for s in att.sources if s != src)
        for src, idx in sorted(grouped.items()):
            if src in ties:
                notes.setdefault((src, doc.id), []).append(
                    f"direct source undetermined: {_few(ties[src])} hold{'s' if len(ties[src]) == 1 else ''} the "
                    f"same text as {src}, and the evidence puts neither first")
            rel = directions.get(_pair_key(src, doc.id)) or inherited.get((src, doc.id))
            proposed[(src, doc.id)] = _edge(src, doc, idx, atts, pairs.get((src, doc.id)), rel,
                                            notes.get((src, doc.id), []), options)
    # A pair whose direction is undetermined both ways is one edge, not two: the one whose target took the larger
    # share of its text from the other, then by the texts' hashes (never by file name).
    by_id = {d.id: d for d in in_order}
    edges: dict[tuple[str, str], dict[str, Any]] = {}
    for (s, t), e in proposed.items():
        back = proposed.get((t, s))
        if back is not None and not e["directed"] and not back["directed"] and \
                (-e["direct_share"], by_id[s].content_key, s) > (-back["direct_share"], by_id[t].content_key, t):
            continue
        edges[(s, t)] = e
    members = {g[0]: len(g) for g in groups}
    nodes = []
    for doc in in_order:
        node = doc.graph_node()
        rep = rep_of.get(doc.id, doc.id)
        size = members.get(rep, 1)
        node["group"] = rep if size > 1 else None
        node["group_size"] = size
        nodes.append(node)
    edge_list = sorted(edges.values(), key=lambda e: (rank[e["source"]], rank[e["target"]], e["source"], e["target"]))
    return {"schema": GRAPH_SCHEMA, "nodes": nodes, "edges": edge_list}


class _Rows:
    """The rows of `provenance.csv`, a document at a time (upstream first), made when asked for."""

    def __init__(self, in_order: list[DocumentEvidence], rep_of: dict[str, str],
                 pairs: dict[tuple[str, str], PairResult], candidates: dict[str, dict[int, list[Attribution]]],
                 attributions: dict[str, dict[int, Attribution]]) -> None:
        self.in_order, self.rep_of, self.attributions = in_order, rep_of, attributions
        self.linked = _linked_options(in_order, rep_of, candidates, attributions)
        self.copy_pairs = {copy: result for (_, copy), result in pairs.items() if result.near_duplicate}
        self.not_compared_from = _not_compared_from(in_order, pairs)
        self.from_copies = _held_by_sibling_copies(attributions, self.copy_pairs, rep_of)

    def iter_rows(self) -> Iterator[dict[str, Any]]:
        attributions = self.attributions
        for doc in self.in_order:
            atts = attributions[doc.id]
            siblings = self.from_copies.get(doc.id, {})
            unsure = self.not_compared_from.get(doc.id, len(doc.sentences))
            # A near-duplicate copy's sentence is linked to its representative's sentence, then to what that
            # sentence is linked to.
            rep = self.rep_of.get(doc.id, doc.id)
            near = self.copy_pairs.get(doc.id) if rep != doc.id else None
            rep_sentence = {link.target: link.sources[0] for link in near.links} if near is not None else {}
            own_links = self.linked.get(rep, {})
            for i, text in enumerate(doc.sentences):
                a = atts.get(i) or siblings.get(i)
                org = _origin(attributions, doc.id, i) if a else None
                label = a.label if a else NOT_COMPARED if i >= unsure else "added"
                yield {
                    "document": doc.id, "sentence": i, "kind": doc.kinds[i] if i < len(doc.kinds) else "body",
                    "label": label, "source": a.source if a else None,
                    "source_sentence": a.sentence if a else None, "score": a.score if a else None,
                    "direction": a.direction if a else None, "near_duplicate": a.near_duplicate if a else None,
                    "origin": org[0] if org else None, "origin_sentence": org[1] if org else None,
                    "tied_sources": ";".join(a.tied) if a and a.tied else None,
                    "linked_sources": _linked_text(a, own_links.get(i, ())) if near is None else _copy_linked(
                        a, rep_sentence.get(i), rep, attributions[rep], own_links, doc.id),
                    "text": text,
                }


def _edge(src: str, doc: DocumentEvidence, idx: list[int], atts: dict[int, Attribution], result: PairResult | None,
          rel: Direction | None, notes: list[str], options: CompareOptions) -> dict[str, Any]:
    decided = [i for i in idx if atts[i].direction != "undetermined"]
    direction = atts[decided[0]].direction if decided and _explains(doc, decided, atts, options) else "undetermined"
    near_duplicate = any(atts[i].near_duplicate for i in idx)
    if result is not None:
        s = result.summary
        verdict, share, verbatim, paraphrased = s.verdict, s.target_derived_share, s.verbatim, s.paraphrased
        report = result.report
    else:
        # A copy's edge to its representative's source: no in-depth comparison was made for it.
        from ..pair.classify import share_verdict

        share = _share(doc, idx)
        verbatim = sum(1 for i in idx if atts[i].label == "verbatim")
        paraphrased = len(idx) - verbatim
        verdict = share_verdict(share, len(idx), options=options)
        report = None
    # Every piece of evidence is recorded, also on an edge it did not direct (votes that cancel, or a direction
    # whose direct source is in doubt).
    evidence = [*(rel.evidence if rel is not None else []), *notes]
    return {
        "source": src, "target": doc.id,
        "verdict": verdict, "target_derived_share": share, "verbatim": verbatim, "paraphrased": paraphrased,
        "direction": direction, "directed": direction != "undetermined", "near_duplicate": near_duplicate,
        "report": report, "direct_sentences": len(idx), "direct_share": _share(doc, idx),
        "evidence": evidence,
    }


def to_networkx(graph: dict[str, Any]) -> Any:
    """The `diffsrc.graph/1` dict as a `networkx.DiGraph` (needs the `graph` extra: pip install 'diffsrc[graph]').

    Raises:
        InputError: networkx is not installed.
    """
    try:
        import networkx as nx
    except ImportError:
        raise InputError("networkx is not installed (pip install 'diffsrc[graph]')") from None
    g = nx.DiGraph(schema=graph["schema"])
    for node in graph["nodes"]:
        g.add_node(node["id"], **{k: v for k, v in node.items() if k != "id"})
    for edge in graph["edges"]:
        g.add_edge(edge["source"], edge["target"], **{k: v for k, v in edge.items() if k not in ("source", "target")})
    return g


__all__ = ["GRAPH_SCHEMA", "Direction", "DocumentEvidence", "PairResult", "Provenance", "SentenceLink",
           "agency_marks", "build_provenance", "document_evidence", "fused_sources", "infer_direction",
           "representative_key", "to_networkx", "upstream_order"]
