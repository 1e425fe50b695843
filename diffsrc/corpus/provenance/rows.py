"""The per-sentence rows of `provenance.csv`: each sentence's direct source, direction, label and the other documents
it is linked to, made as they are read (one row per sentence of the corpus).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from ...pair.model import NOT_COMPARED
from .evidence import DocumentEvidence, PairResult
from .sources import Attribution


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
    evidence makes them siblings), then what that sentence is linked to, its direct source first (a copy that
    copied the representative's reprint of the wire still holds the wire's sentence); a sentence of the copy's
    own has only its direct source."""
    if rep_sentence is None:
        return _linked_text(own, ())
    upstream = rep_attributions.get(rep_sentence)
    rep_link = [] if _same_source(own, upstream) else [(rep, rep_sentence)]
    rep_source = [(upstream.source, upstream.sentence)] if upstream is not None else []
    return _linked_text(own, [*rep_link, *rep_source, *rep_links.get(rep_sentence, ())], exclude=copy_id)


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


class SentenceRows:
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
