"""Each sentence's direct source: which document, among those it could derive from, it was taken from.

Each sentence of a document takes, among the documents it could derive from
(pairs directed towards it, or undetermined), those whose link score is within `SCORE_MARGIN` of the best, then
prefers a directed relation, then the document the directed relations put upstream of the others. So when B and C
both derive from A, C's sentences that are in A and B go to A: the graph shows A→B and A→C, not B→C. Unless C
follows B's wording (`FOLLOW_MIN_SENTENCES`): its sentences are closer to B's versions than to A's, by the verbatim
rule's share of words copied in order, so C copied B's changes to A's text, and they go to B (a chain A→B→C); or it
holds that many of B's own sentences word for word and its versions of A's are no closer to A's. When the
evidence leaves several, the best link score wins (`SourceChooser.choose`: the sentence's P(derived) against each,
not its words copied in order); an exact tie is not broken: the sentence's direction is `undetermined` and every
tied document is named (provenance.csv's `tied_sources`). A document's direct sources are the documents
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

from collections.abc import Sequence
from dataclasses import dataclass, replace

from ...pair.model import PairSummary
from ...settings import CompareOptions
from ..edits import edited_facts, edited_quotes
from .direction import DirectedOrder, infer_direction
from .evidence import Direction, DocumentEvidence, PairResult, SentenceLink, pair_key

# A sentence's candidate sources are those whose link score is within this of its best one: a sentence copied
# from A by both B and C scores about the same against all three, and then the upstream one is its source.
SCORE_MARGIN = 0.15
# A candidate that copies under this share of the sentence's words in order is no source of it when another
# candidate holds it word for word (`SourceChooser.choose`): a restatement of the same facts, not the sentence.
LOOSE_COPY_SHARE = 0.5
# A document follows a downstream source's wording (a chain: it copied a reprint, not the wire the reprint copied)
# when at least this many of its sentences are closer to that source's version than to the upstream one's.
FOLLOW_MIN_SENTENCES = 2
# A link this strong (or verbatim) makes the pair an edge even when it is one sentence: a reused quote.
STRONG_LINK = 0.9
# ... provided the linked sentence is body text of at least this many words (a headline sharing a phrase is not).
STRONG_MIN_WORDS = 8


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
    # The pair's findings list a changed fact (a number, date or name) in this sentence against this source.
    changes_facts: bool = False
    # ... and the values the target gives instead, as it writes them.
    new_values: tuple[str, ...] = ()
    # The source's text of the sentence (the sentences it was aligned with): whether it gives those values.
    source_text: str = ""

    @property
    def sources(self) -> tuple[str, ...]:
        return (self.source, *self.tied)


def _strong(doc: DocumentEvidence, index: int, att: Attribution) -> bool:
    """A link that alone shows reuse: verbatim or near-verbatim body text of some length (a quote)."""
    kind = doc.kinds[index] if index < len(doc.kinds) else "body"
    return (att.score >= STRONG_LINK or att.label == "verbatim") and kind == "body" \
        and len(doc.sentences[index].split()) >= STRONG_MIN_WORDS


def _judged_independent(result: PairResult | None) -> bool:
    """The pair's verdict says the target does not derive from the source: what its sentences share is the same
    event reported independently (names, figures, quotes both heard), so the source is no parent of it."""
    return result is not None and result.summary.verdict == "non-derived"


def explains(doc: DocumentEvidence, idx: list[int], atts: dict[int, Attribution], options: CompareOptions) -> bool:
    """Whether these sentences make their source a direct source of `doc`: enough of it, or one strong link."""
    return bool(idx) and (doc.share_of(idx) >= options.direct_source_min_share
                          or any(_strong(doc, i, atts[i]) for i in idx))


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


def _gives(text: str, value: str) -> bool:
    """Whether `text` gives `value` as written, not inside a longer word or figure (a wire's "No. 1 ... He was 82"
    does not give a rewrite's "No. 2")."""
    start = text.find(value)
    while start >= 0:
        end = start + len(value)
        if not (start and text[start - 1].isalnum()) and not (end < len(text) and text[end].isalnum()):
            return True
        start = text.find(value, start + 1)
    return False


def copies_not_after(pairs: dict[tuple[str, str], PairResult], directions: dict[tuple[str, str], Direction]
                     ) -> dict[str, dict[int, set[str]]]:
    """Copies the evidence does not put after their representative, by the representative's sentence they hold:
    text in one of them could have come from any of them."""
    tied_copies: dict[str, dict[int, set[str]]] = {}
    for (rep, copy), result in pairs.items():
        if not result.near_duplicate:
            continue
        d = directions.get(pair_key(rep, copy))
        if d is not None and d.direction != "undetermined" and d.source == rep:
            continue
        held = tied_copies.setdefault(rep, {})
        for link in result.links:
            held.setdefault(link.sources[0], set()).add(copy)
    return tied_copies


def sentence_candidates(docs: list[DocumentEvidence], pairs: dict[tuple[str, str], PairResult], order: DirectedOrder,
                        tied_copies: dict[str, dict[int, set[str]]], group_ties: dict[tuple[str, str], set[str]]
                        ) -> dict[str, dict[int, list[Attribution]]]:
    """Each document's sentences' candidate sources, from the in-depth comparisons (representatives) whose source
    may come first; a candidate whose sentence copies the evidence does not put after it also hold is marked
    `copies_tied` (and its edge noted in `group_ties`)."""
    candidates: dict[str, dict[int, list[Attribution]]] = {d.id: {} for d in docs}
    by_id = {d.id: d for d in docs}
    for (src, tgt), result in sorted(pairs.items()):
        if result.near_duplicate or not result.links:
            continue
        rel = order.relation(src, tgt)
        if rel is None:
            continue
        held = tied_copies.get(src, {})
        changed: dict[int, tuple[str, ...]] = {}
        for fact in result.facts:
            changed[fact[4]] = (*changed.get(fact[4], ()), fact[2])
        source_sentences = by_id[src].sentences if src in by_id else []
        for link in result.links:
            first = link.sources[0]
            tied = rel.direction != "undetermined" and bool(held.get(first))
            if tied:
                group_ties.setdefault((src, tgt), set()).update(held[first])
            text = " ".join(source_sentences[i] for i in link.sources if i < len(source_sentences))
            candidates[tgt].setdefault(link.target, []).append(Attribution(
                src, first, link.score, link.label, rel.direction, False, copies_tied=tied, copied=link.copied,
                changes_facts=link.target in changed, new_values=changed.get(link.target, ()), source_text=text))
    return candidates


class SourceChooser:
    """Which of a sentence's candidates is its direct source: among those within `SCORE_MARGIN` of the best, the one
    the directed relations put upstream of the others, unless the document follows a downstream one's wording
    (`followed`); then the best score; ties are undetermined."""

    def __init__(self, candidates: dict[str, dict[int, list[Attribution]]], order: DirectedOrder) -> None:
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

    def holds_more(self, doc_id: str) -> set[tuple[str, str]]:
        """(A, B) where the document holds at least `FOLLOW_MIN_SENTENCES` sentences that A holds and B does not
        hold at all, and none that B holds and A does not: as far as this document goes, B's text is part of A's (a
        trim of A, reprinted from it or from A's own source), so the document, which took the rest from A, took what
        both hold from A too."""
        options = self.candidates[doc_id].values()
        everywhere = {o.source for opts in options for o in opts}
        if len(everywhere) < 2:
            return set()
        only: dict[tuple[str, str], int] = {}
        for opts in options:
            present = {o.source for o in opts}
            for a in {o.source for o in self.near(opts)}:
                for b in everywhere - present:
                    only[(a, b)] = only.get((a, b), 0) + 1
        return {(a, b) for (a, b), n in only.items() if n >= FOLLOW_MIN_SENTENCES and not only.get((b, a))}

    def keeps_facts(self, doc_id: str) -> set[tuple[str, str]]:
        """(A, B) where the document gives, in at least `FOLLOW_MIN_SENTENCES` sentences, a figure or name as A's
        text writes it and B's comparison lists as changed, and in none the other way: B changed A's facts (a
        rewrite of the wire with facts changed) and the document kept A's, so it took what both hold from A too."""
        kept: dict[tuple[str, str], int] = {}
        for opts in self.candidates[doc_id].values():
            near = self.near(opts)
            for b in near:
                if not b.changes_facts:
                    continue
                for a in near:
                    if a.label == "verbatim" and not a.changes_facts \
                            and all(_gives(a.source_text, v) for v in b.new_values):
                        kept[(a.source, b.source)] = kept.get((a.source, b.source), 0) + 1
        return {(a, b) for (a, b), n in kept.items() if n >= FOLLOW_MIN_SENTENCES and not kept.get((b, a))}

    def outranks(self, p: Attribution, o: Attribution, follows: set[tuple[str, str]]) -> bool:
        """Whether `p` rather than `o` is the direct source: the upstream one, unless the document follows the
        downstream one's wording."""
        if o.source in self.order.downstream(p.source):
            return (p.source, o.source) not in follows
        if p.source in self.order.downstream(o.source):
            return (o.source, p.source) in follows
        return False

    def choose(self, options: list[Attribution], allowed: set[str] | None, follows: set[tuple[str, str]],
               fuller: set[tuple[str, str]]) -> Attribution | None:
        pool = [o for o in options if allowed is None or o.source in allowed]
        if not pool:
            return None
        pool = self.near(pool)
        if any(o.label == "verbatim" for o in pool):
            # A sentence one document holds word for word was not taken from another that only restates its facts,
            # whatever the evidence says of the two documents' order (an update-chain editor's trial: a reprint of
            # a story's overnight lead, word for word in the later version, went to the first version, whose
            # headline shares "explosion at Ohio chemical plant" with it, because only that pair was directed).
            pool = [o for o in pool if o.label == "verbatim" or o.copied is None or o.copied >= LOOSE_COPY_SHARE]
            new_values = {v for o in pool if o.changes_facts for v in o.new_values}
            if new_values and any(o.label == "verbatim" and not o.changes_facts
                                  and all(_gives(o.source_text, v) for v in new_values) for o in pool):
                # The same for a sentence that gives a figure as one version does and another gives it otherwise:
                # it follows the first (a correction: a paper that printed the corrected 130 went to the take
                # before it, upstream of the correction, with 300, and was said to have changed the figure itself).
                # Only where that version gives the figure: its pair's findings may have missed the change (an
                # aviation desk's trial: a rewrite making the wire's 06:40 05:40 went to a restyle's "6.40am",
                # a sibling, whose pair listed no change, instead of the wire).
                pool = [o for o in pool if not o.changes_facts]
        directed_pool = [o for o in pool if o.direction != "undetermined"]
        if directed_pool:
            # The candidate the directed relations put upstream of the others (followed through), or the one
            # downstream whose wording the document follows.
            heads = [o for o in directed_pool
                     if not any(self.outranks(p, o, follows) for p in directed_pool if p.source != o.source)]
            pool = heads or directed_pool
            if len(pool) > 1 and fuller:
                # Candidates the evidence does not order (a wire story and a trim of it, both the agency's copy):
                # the one holding the document's other sentences too, not a sibling whose text is part of it by a
                # better link score (an aviation desk's trial: a rewrite of the wire holding five of its
                # paragraphs the trim lacks had four sentences, and an edge, from the trim); or the one whose facts
                # the document keeps where the other changed them (an arts desk's trial: a restyle of the wire
                # keeping its verdict, ages and dates had the two paragraphs a rewrite with facts changed left as
                # they were, and an edge, from the rewrite, by a link score better by 0.001 or tied).
                pool = [o for o in pool if not any((p.source, o.source) in fuller for p in pool)] or pool
        top = max(o.score for o in pool)
        pool = sorted((o for o in pool if o.score == top), key=lambda o: o.source)  # ids: output order only
        if len(pool) == 1:
            return replace(pool[0], direction="undetermined") if pool[0].copies_tied else pool[0]
        return replace(pool[0], direction="undetermined", tied=tuple(o.source for o in pool[1:]))

    def attribute(self, doc_id: str, allowed: set[str] | None) -> dict[int, Attribution]:
        """Each sentence's direct source among the `allowed` documents (None: any)."""
        follows, fuller = self.followed(doc_id), self.holds_more(doc_id) | self.keeps_facts(doc_id)
        return {i: a for i, opts in sorted(self.candidates[doc_id].items())
                if (a := self.choose(opts, allowed, follows, fuller))}


def _settle(doc: DocumentEvidence, atts: dict[int, Attribution], options: CompareOptions) -> None:
    """An edge is directed only if its directed sentences alone make it one: otherwise all its sentences say
    undetermined, so no row claims a direction its edge does not (in place)."""
    grouped: dict[str, list[int]] = {}
    for i, att in atts.items():
        for src in att.sources:
            grouped.setdefault(src, []).append(i)
    for idx in grouped.values():
        decided = [i for i in idx if atts[i].direction != "undetermined"]
        if decided and not explains(doc, decided, atts, options):
            for i in decided:
                atts[i] = replace(atts[i], direction="undetermined")


def attribute_representatives(docs: list[DocumentEvidence], rep_of: dict[str, str],
                              pairs: dict[tuple[str, str], PairResult], chooser: SourceChooser,
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
                   if not _judged_independent(pairs.get((src, doc.id))) and explains(doc, idx, first, options)}
        attributions[doc.id] = chooser.attribute(doc.id, parents) if parents else {}
        _settle(doc, attributions[doc.id], options)
    return attributions


def carry_to_copies(by_id: dict[str, DocumentEvidence], pairs: dict[tuple[str, str], PairResult],
                    attributions: dict[str, dict[int, Attribution]], directions: dict[tuple[str, str], Direction],
                    options: CompareOptions) -> dict[tuple[str, str], PairResult]:
    """Each near-identical copy's comparison with each directed direct source of its representative, and with each
    other document the representative derives from that the evidence puts first (the wire story a paper's trim
    was cut from, when the copies printed a trim of that trim: rows, not edges), carried from
    the representative's in-depth comparison through the copy's sentence matches, by (source, copy): a regional
    paper printing the same trim of a wire story as the representative gets its own row from the wire, and the
    evidence between the wire and the copy itself (its credit, the marks it stripped, a trim) decides their
    direction. No copy is aligned: grouping exists so that copies cost no comparison (`carried_from` says whose
    comparison it is).

    A copy sentence matched to a representative sentence that derives from the source derives from the source
    sentences it does, verbatim when both links are; its share of words copied in order is the representative's
    where the copy's sentence is the representative's word for word, else the smaller of the two. The counts and
    shares are the copy's own; the verdict is the representative's where the copy's text is the representative's,
    else the copy's derived share's (`share_verdict`, as a near-identical copy's). Facts and quotes of the
    comparison are carried for the copy's sentences that are the representative's word for word; its edited
    sentences are read against the source's sentence they derive from (`edits.edited_facts`)."""
    from ...pair.classify import share_verdict

    reps = {rep for (rep, _), near in pairs.items() if near.near_duplicate}
    upstream: dict[str, set[str]] = {}
    for (src, rep), compared in pairs.items():
        if rep in reps and not compared.near_duplicate and compared.summary.verdict != "non-derived" \
                and (d := directions.get(pair_key(src, rep))) is not None \
                and d.direction != "undetermined" and d.source == src:
            upstream.setdefault(rep, set()).add(src)
    carried: dict[tuple[str, str], PairResult] = {}
    for (rep, copy), near in sorted(pairs.items()):
        if not near.near_duplicate:
            continue
        # (A source the pair's evidence puts first whose direct source is in doubt among its own near-identical
        # copies, PA's take and its same-minute substitute, is upstream all the same: the copies' row is carried.)
        sources = sorted(upstream.get(rep, set()) | {a.source for a in attributions.get(rep, {}).values()
                                                     if a.direction != "undetermined" or a.copies_tied})
        doc, links = by_id[copy], list(near.links)
        exact = {link.target: link.sources[0] for link in links if link.copied is None or link.copied >= 1.0}
        same_text = len(exact) == len(links) == len(doc.sentences) == len(by_id[rep].sentences)
        for src in sources:
            compared = pairs.get((src, rep))
            if compared is None or compared.near_duplicate or compared.carried_from is not None:
                continue
            from_rep = {link.target: link for link in compared.links}
            composed = []
            for link in links:
                up = from_rep.get(link.sources[0])
                if up is None:
                    continue
                word_for_word = link.target in exact
                copied = up.copied if word_for_word or up.copied is None or link.copied is None \
                    else min(up.copied, link.copied)
                label = up.label if link.label == "verbatim" else link.label
                composed.append(SentenceLink(link.target, list(up.sources), min(up.score, link.score), label, copied))
            if not composed:
                continue
            targets = [link.target for link in composed]
            retained = {s for link in composed for s in link.sources}
            verbatim = sum(1 for link in composed if link.label == "verbatim")
            share = doc.share_of(targets)
            summary = compared.summary if same_text else PairSummary(
                verbatim=verbatim, paraphrased=len(composed) - verbatim, added=len(doc.sentences) - len(composed),
                omitted=len(by_id[src].sentences) - len(retained), target_derived_share=share,
                source_retained_share=by_id[src].share_of(retained),
                verdict=share_verdict(share, len(composed), options=options))
            # The pair report's attribution check is the copy's own (the run reads its credit): not carried.
            summary = replace(summary, unattributed_reuse=None)
            back = {r: t for t, r in exact.items()}
            facts = [(*f[:4], back[f[4]]) for f in compared.facts if f[4] in back]
            quotes = [(*q[:8], back[q[8]], *q[9:]) for q in compared.quotes if q[8] in back]
            # The copy's edited sentences (a figure it changed, "30" made "31") read against the source's sentence
            # they derive from, as the copy's own edits are read against the representative's.
            edited = [(link.target, link.sources[0]) for link in composed if link.target not in exact]
            if edited and options.findings:
                source_sentences, copy_sentences = list(by_id[src].sentences), list(doc.sentences)
                facts = sorted([*facts, *edited_facts(source_sentences, copy_sentences, edited)],
                               key=lambda f: (f[4], f[3]))
                quotes += edited_quotes(source_sentences, copy_sentences, edited)
            carried[(src, copy)] = PairResult(src, copy, summary, composed, carried_from=rep, facts=tuple(facts),
                                              quotes=tuple(quotes))
    return carried


def _changes_may_be_the_agencys(rep: DocumentEvidence, rep_atts: dict[int, Attribution],
                                by_id: dict[str, DocumentEvidence]) -> bool:
    """Whether the representative's changes to its directed sources' text may be the agency's own: it is a copy of
    the same agency's story as a source it changed (PA's overnight trim, "today" made "yesterday", that six
    regional papers print word for word), so a copy that keeps them need not have copied the representative."""
    mine = rep.agencies
    return bool(mine) and any(mine & by_id[a.source].agencies for a in rep_atts.values()
                              if a.direction != "undetermined" and a.source in by_id)


def inherit_copies(by_id: dict[str, DocumentEvidence], pairs: dict[tuple[str, str], PairResult],
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
        rel = directions.get(pair_key(rep, copy))
        internal = rel.direction if rel is not None and rel.direction != "undetermined" and rel.source == rep \
            else "undetermined"
        held = tied_copies.get(rep, {})
        own: dict[int, Attribution] = {}
        rep_atts = attributions.get(rep, {})
        # A copy the evidence puts after its representative that keeps the representative's own changes to its
        # source's text (a write-through's next version, a reprint of a reprint), or holds sentences of the
        # representative's own (from no source of it), copied the representative: all of it comes from there, as
        # a chain (A->B->C), not some of it from A.
        # Keeping changes that may be the agency's own (the representative credits the agency of the story it
        # changed) shows nothing unless the dates put the copy after the representative (a later take).
        follows_rep = internal != "undetermined" and (
            (_keeps_changes(result.links, rep_atts)
             and (internal == "dated" or not _changes_may_be_the_agencys(by_id[rep], rep_atts, by_id)))
            or sum(link.sources[0] not in rep_atts for link in result.links) >= FOLLOW_MIN_SENTENCES)
        for link in result.links:
            first_source = link.sources[0]
            upstream = None if follows_rep else rep_atts.get(first_source)
            if upstream is not None and (upstream.direction != "undetermined" or upstream.copies_tied):
                key = (upstream.source, copy)
                if key not in inherited:
                    # The carried comparison's evidence where there is one (`carry_to_copies`: a trim, the marks
                    # the copy stripped), else the two cards'.
                    inherited[key] = directions.get(pair_key(*key)) or infer_direction(
                        by_id[upstream.source], by_id[copy], None, None, fusion=fusion)
                d = inherited[key]
                if d.direction != "undetermined" and d.source == upstream.source:
                    # Upstream of the copy, but where the representative's direct source is one of the source's
                    # near-identical copies none put first, the copy's is as much in doubt: undetermined, as the
                    # representative's edge is, and for the same copies.
                    tied = upstream.copies_tied
                    if tied:
                        group_ties.setdefault(key, set()).update(group_ties.get((upstream.source, rep), ()))
                    own[link.target] = Attribution(
                        upstream.source, upstream.sentence, min(upstream.score, link.score),
                        upstream.label if link.label == "verbatim" else link.label,
                        "undetermined" if tied else d.direction, True, copies_tied=tied)
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
