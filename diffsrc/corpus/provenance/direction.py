"""Which of two related documents came first: the direction of a pair.

The evidence (`infer_direction`), strongest first:

- `dated`: both documents carry a date (metadata, sidecar, manifest, an "Updated on" line) and one is certainly
  earlier (`text.dates.certainly_before`): dates with offsets are compared in UTC; a date and a time on that day,
  or a time without an offset and one with it less than 14 hours apart, do not decide, and the evidence says so.
  The earlier one is the source, unless it credits the later one's outlet (a paper crediting PA dated before PA's
  copy: the agency's later take of a story the paper printed from an earlier one, or a wrong date): then the
  direction is `undetermined`, its evidence both the dates and the credit.
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
  - press release: X carries a press release's marks (its "FOR IMMEDIATE RELEASE" or "PRESS RELEASE" header,
    "ENDS", "Notes to editors", a media contact, an embargo, a press-release wire's credit) and Y only some of
    them or none: a paper prints a release, an issuer does not copy a paper: +1;
  Votes against (the same evidence the other way) subtract; a positive total is a direction.
- `inferred`, weakest: fusion (`fused_sources`), only where none of the above saw anything. A text Y whose text is
  explained by several documents, each a different part of it, no two copies of one another, each with most of its
  content words outside Y (an aggregator's summary of several articles), is downstream of each: "fusion: Y is
  explained by X and ...". Not where the stronger evidence conflicts: it puts Y before one of them, or a document
  not among them before Y, or two texts would each fuse the other. A wire story whose reprints each took a
  different part of it is not fused from them: a reprint's words are the wire's.
- `undetermined`: no evidence, or evidence that cancels. The edge is drawn without claiming a direction.
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Iterable, Mapping
from datetime import timedelta

from ... import rx
from ...pair.findings.attribution import find_attribution, outlet_names
from ...text.dates import MAX_UTC_OFFSET, certainly_before, date_order_key, known_date
from ...text.lexicon import (
    canonical_agency,
    stopwords,
)
from ...text.segment import surface_tokens
from .evidence import Direction, DocumentEvidence, PairResult, SentenceLink, few_ids, pair_key

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


_CAPITALISED_AFTER = rx.compile(r"[ \t]+[A-Z]")
_CAPITALISED_BEFORE = rx.compile(r"\b[A-Z][\w'’-]*[ \t]+$")


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
        if kind == "sign-off" and agency in x.dash_credits:
            # "— Associated Press" closing a paper's brief: its credit to the agency it took the story from (an
            # agency's own copy does not end with a dash credit to itself), no mark of the agency's own copy that
            # Y stripped. Read as one, it cancelled the byline and dateline the wire's own take carries and the
            # brief lacks (an update-chain editor: the 5th write-through -> the brief was undetermined).
            continue
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
        return by_id[target].share_of({link.target for link in result.links if link.label == "verbatim"})

    found: dict[str, frozenset[str]] = {}
    for y, sources in sorted(linked.items()):
        doc = by_id[y]
        if len(sources) < 2 or len(doc.sentences) < FUSION_MIN_SENTENCES:
            continue
        parts = {x: idx for x, idx in sources.items()
                 if doc.share_of(idx) >= FUSION_MIN_PART and outside(by_id[x], doc) >= FUSION_MIN_OUTSIDE}
        while len(parts) >= 2:  # drop those whose part the others explain, until each explains its own
            own = {x: doc.share_of(idx - set().union(*(other for z, other in parts.items() if z != x)))
                   for x, idx in parts.items()}
            kept = {x: idx for x, idx in parts.items() if own[x] >= FUSION_MIN_OWN}
            if len(kept) == len(parts):
                break
            parts = kept
        if len(parts) < 2 or doc.share_of(set().union(*parts.values())) < FUSION_MIN_COVER:
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


def _describe_take(take: tuple[int, int]) -> str:
    number, refiled = take
    if number == 0:
        return "first take"
    suffix = {1: "st", 2: "nd", 3: "rd"}.get(number if number < 20 else number % 10, "th")
    return f"{number}{suffix} update" + (" (refiled)" if refiled else "")


def _update_chain(a: DocumentEvidence, b: DocumentEvidence) -> Direction | None:
    """The direction two takes of one agency's story give by their places in its update chain (a write-through is
    written over the take before it), where both say theirs and they differ; else None. An update-chain editor's
    trial: an agency's versions carry no date in their text, so every edge between seven versions of a story was
    undetermined, and a paper's reprint of a corrected fact could not be told from the correction."""
    if a.take is None or b.take is None or a.take == b.take or not a.credit or not b.credit:
        return None
    agency = canonical_agency(a.credit)
    if canonical_agency(b.credit) != agency:
        return None  # two agencies number their own takes
    (first, first_take), (second, second_take) = sorted(((a, a.take), (b, b.take)), key=lambda d: d[1])
    return Direction(first.id, second.id, "inferred", [
        f"update chain: {first.id} is {agency}'s {_describe_take(first_take)}, {second.id} its "
        f"{_describe_take(second_take)}"])


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
                dated = f"date: {when_first.describe()} before {when_second.describe()}"
                if name := _names_outlet(first, second):
                    # The earlier text credits the later one's outlet: an agency's later take of a story the
                    # paper printed from an earlier one (neither copied the other), or a date that is wrong.
                    # Neither piece of evidence is stronger, so the edge claims no direction and says why.
                    return Direction(a.id, b.id, "undetermined", [
                        dated, f"credit: {first.id} names {name}, the outlet of {second.id}: the dates and the "
                        "credit disagree"])
                return Direction(first.id, second.id, "dated", [dated])
        if (da.offset is None) != (db.offset is None):
            # A reader would order them by the clock times shown; say why they do not decide.
            unzoned = da if da.offset is None else db
            hours = MAX_UTC_OFFSET // timedelta(hours=1)
            evidence.append(f"date: {da.describe()} and {db.describe()} do not order them ({unzoned.text} gives "
                            f"no time zone, and time zones are up to {hours} hours from UTC)")
    if (taken := _update_chain(a, b)) is not None:
        return taken
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
        if x.release_marks > y.release_marks:
            # A paper prints a release, an issuer does not copy a paper; a reprint keeps at most some of its marks
            # ("Notes to editors" above a leaked note), never adds one (a churnalism researcher's trial: every
            # release-to-paper edge of a corpus of releases and their reprints was undetermined, so no reprint
            # was unattributed reuse in summary.csv).
            votes += sign
            lacks = f"{y.id} carries fewer" if y.release_marks else f"{y.id} carries none"
            evidence.append(f"press release: {x.id} carries a release's marks "
                            f"({', '.join(sorted(x.release_marks))}), {lacks}")
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
                evidence.append(f"fusion: {y.id} is explained by {x.id} and {few_ids(others)}, each a different "
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


def pair_directions(by_id: dict[str, DocumentEvidence], groups: list[list[str]],
                    pairs: dict[tuple[str, str], PairResult]
                    ) -> tuple[dict[tuple[str, str], Direction], dict[str, list[str]]]:
    """The direction of every pair that shares text (both orders looked at once, keyed by `pair_key`), and what
    each document fuses (`fused_sources`, a near-identical copy of a fused text fusing the same documents)."""
    directions: dict[tuple[str, str], Direction] = {}
    for (s, t) in sorted(pairs):
        key = pair_key(s, t)
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
            key = pair_key(x, y)
            if directions[key].direction == "undetermined":
                directions[key] = infer_direction(by_id[key[0]], by_id[key[1]], pairs.get(key),
                                                  pairs.get((key[1], key[0])), fusion=fusion)
    # A near-identical copy of a fused text fuses the same documents (what it inherits is decided pair by pair).
    fusion = {**{m: fusion[g[0]] for g in groups for m in g[1:] if g[0] in fusion}, **fusion}
    return directions, fusion


class DirectedOrder:
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
        d = self.directions.get(pair_key(src, tgt))
        if d is None:
            return None
        if d.direction == "undetermined" or (d.source, d.target) == (src, tgt):
            return d
        return None  # directed the other way: `src` cannot be a source of `tgt`
