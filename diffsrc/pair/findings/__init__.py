"""Fact-checker findings on a pair: attribution, quotes, changed facts and word-level diffs.

One module per step: `attribution` (does the target credit the source?), `quotes` (direct quotations and how the
target renders them), `facts` (numbers, dates and names that changed between aligned sentences), `meaning` (an
opposite word or a negation that turns an aligned sentence round), `overstatement` (a hedge taken out, an association
made a cause, an animal finding made a human one) and `diff` (the word-level edit script of each
alignment), with what they share: `names` (people and speakers: titles, surnames, "he" and "she") and `numerals`
(numbers written in words, in the languages read). `find_findings` runs them all for `pair.compare`.
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ...text.prepare import PreparedDocument
    from ...text.segment import Sentence
    from ..align import AlignmentGroup
    from ..model import PairSummary

__all__ = ["Findings", "find_findings"]


@dataclass
class Findings:
    """What `find_findings` adds to a pair report."""

    attribution: dict[str, Any]
    quotes: list[dict[str, Any]]
    facts: list[dict[str, Any]]
    unattributed_reuse: bool
    # Edits that turn an aligned sentence's meaning round (an opposite word, a negation in or out).
    reversals: list[dict[str, Any]] = field(default_factory=list)
    # Edits that claim more than the source (a hedge taken out, an association made a cause, "in mice" dropped).
    overstatements: list[dict[str, Any]] = field(default_factory=list)
    # One edit script per alignment group, in the report's alignment order.
    diffs: list[list[dict[str, Any]]] = field(default_factory=list)


def find_findings(
    source: PreparedDocument,
    target: PreparedDocument,
    source_sentences: Sequence[Sentence],
    target_sentences: Sequence[Sentence],
    alignments: Sequence[AlignmentGroup],
    summary: PairSummary,
    *,
    source_stems: Sequence[Sequence[str]] | None = None,
) -> Findings:
    """Run every findings step on an aligned pair.

    Args:
        source: the source document.
        target: the target document.
        source_sentences: the source sentences the report lists (possibly cut to `max_sentences`).
        target_sentences: likewise for the target.
        alignments: the report's alignment groups.
        summary: the report's summary (counts, shares, verdict).
        source_stems: content stems of each source sentence, when the caller has them (the scorer does).

    Returns:
        A `Findings`.
    """
    from .attribution import find_attribution, is_press_release, unattributed_reuse
    from .diff import word_diff
    from .facts import find_fact_changes
    from .meaning import find_reversals
    from .overstatement import find_overstatements, hedges_trimmed_from_quotes
    from .quotes import extract_quotes, match_quotes, titles_of_works, written_as_titles

    src_texts = [s.text for s in source_sentences]
    tgt_texts = [s.text for s in target_sentences]
    # What depends on one document only is worked out once per document (a corpus run compares it with many).
    release = source.remember("is_press_release", lambda: is_press_release(
        source.cleaned.boilerplate, source.credit, outlet=source.outlet, url=source.document.url,
        paragraphs=source.cleaned.paragraphs))
    attribution = copy.deepcopy(target.remember(
        ("attribution", source.credit, source.outlet, release), lambda: find_attribution(
            target.document.text, source.credit, source.outlet, target_names=(target.credit, target.outlet),
            source_is_release=release)))
    aligned: dict[int, set[int]] = {}
    for group in alignments:
        for t in group.target:
            aligned.setdefault(t, set()).update(group.source)
    source_quotes = source.remember("quotes", lambda: extract_quotes(source.cleaned.paragraphs, source.sentences))
    target_quotes = target.remember("quotes", lambda: extract_quotes(target.cleaned.paragraphs, target.sentences))
    quotes = match_quotes(
        source_quotes,
        target_quotes,
        aligned=aligned,
        n_source=len(source_sentences),
        n_target=len(target_sentences),
        source_sentences=src_texts,
        source_stems=source_stems,
        derived=summary.verdict != "non-derived",
        copied={t for group in alignments if group.label == "verbatim" for t in group.target},
    )
    diffs = [
        word_diff(" ".join(src_texts[i] for i in g.source), " ".join(tgt_texts[i] for i in g.target))
        for g in alignments
    ]
    # The steps that read what an edit says, not which name it gives, read a name changed as shared text. (Not the
    # facts step: read so, METER dev's papers gave 44 more changed names, most of them a name written another way,
    # "Mother's" -> "Mum's", "England" -> "Britain", or another person's in a sentence reworded.)
    worded = [_names_as_shared(script) for script in diffs]
    facts = find_fact_changes(alignments, src_texts, tgt_texts, diffs=diffs, titles_of=titles_of_works,
                              title_quotes=source.remember("title_quotes", lambda: written_as_titles(source_quotes))
                              | target.remember("title_quotes", lambda: written_as_titles(target_quotes)))
    facts = _dateline_changed(source.dateline, target.dateline, alignments) + facts
    names = [f for f in facts if f["kind"] == "entity"]
    # An opposite word inside a name changed ("Northern California" -> "Southern California") is that name's
    # change, listed once: as the changed name, not again as a reversal.
    reversals = [r for r in find_reversals(alignments, src_texts, tgt_texts, worded)
                 if not any(f["source_index"] == r["source_index"] and f["target_index"] == r["target_index"]
                            and (f["source"] in r["source"] or r["source"] in f["source"]) for f in names)]
    # An edit the reversal step reads as turning the claim round ("may not reduce" -> "reduces") is listed there,
    # once.
    overstatements = [o for o in find_overstatements(alignments, src_texts, tgt_texts, worded)
                      if not any(r["source_index"] == o["source_index"] and r["target_index"] == o["target_index"]
                                 and (r["source"] in o["source"] or o["source"] in r["source"])
                                 for r in reversals)]
    # A quote trimmed of its speaker's hedge: `exact` to the quotes step, and its words the sentence steps leave alone.
    # Trimmed of the speaker's denial ("I don't think ..."), it says the opposite: a reversal.
    if trimmed := hedges_trimmed_from_quotes(quotes, tgt_texts):
        hedged = [r for r in trimmed if r["kind"] == "hedge"]
        if denied := [r for r in trimmed if r["kind"] == "negation"]:
            reversals = sorted(reversals + denied, key=lambda r: (r["target_index"], r["source_index"]))
        if hedged:
            overstatements = sorted(overstatements + hedged, key=lambda r: (r["target_index"], r["source_index"]))
    return Findings(
        attribution=attribution,
        quotes=quotes,
        facts=facts,
        unattributed_reuse=unattributed_reuse(attribution, summary, source_is_release=release),
        reversals=reversals,
        overstatements=overstatements,
        diffs=diffs,
    )


def _dateline_changed(source: str | None, target: str | None, alignments: Sequence[AlignmentGroup]
                      ) -> list[dict[str, Any]]:
    """A dateline's place changed in a copy whose first sentence is the source's ("EDINBURGH, Scotland (Reuters) -"
    -> "GLASGOW, Scotland (Reuters) -"), as a changed name at the two first sentences, which the dateline heads.

    Cleaning takes the dateline out of the first sentence, so the facts step never read it: an arts desk's re-test
    of a festival's city swapped found no finding. Only the place is read ("WASHINGTON" and "Washington, D.C." are
    one), and only where the two first sentences are aligned with each other: the same story's copy."""
    if not source or not target or not any(0 in g.source and 0 in g.target for g in alignments):
        return []
    if source.split(",")[0].strip().casefold() == target.split(",")[0].strip().casefold():
        return []
    return [{"kind": "entity", "source": source, "target": target, "source_index": 0, "target_index": 0}]


def _names_apart(script: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A word diff with each edit that puts one name for another beside words only one side has read as two edits:
    the name's, and the rest ("Harbor Lights," reportedly lost" -> "Harbor Nights," lost" is "Lights," ->
    "Nights,", then "reportedly" taken out).

    The diff joins neighbouring edits into one, and each findings step reads an edit whole: a title changed beside
    a hedge dropped hid both (an arts desk's re-test). Read by the findings only; the diff shown stays as it is."""
    out: list[dict[str, Any]] | None = None
    for n, edit in enumerate(script):
        # (the cheap test first: asked of every edit of every aligned group, and most edits are no name's)
        # (a capital that opens a sentence may be any word's: "A study of 24 volunteers" -> "Research")
        if edit["op"] != "replace" or not (edit["source"][:1].isupper() and edit["target"][:1].isupper()) or (
                not n or script[n - 1]["source"].endswith((".", "!", "?", ":", '."', '"'))):
            if out is not None:
                out.append(edit)
            continue
        ours, theirs = edit["source"].split(), edit["target"].split()
        names = 0
        while names < min(len(ours), len(theirs)) and ours[names][:1].isupper() and theirs[names][:1].isupper():
            names += 1
        rest = (" ".join(ours[names:]), " ".join(theirs[names:]))
        # (each side's name whole: what follows it, on either side, a lowercase word or nothing)
        if not any(rest) or not all(not words or words[0].islower() for words in rest):
            if out is not None:
                out.append(edit)
            continue
        if out is None:
            out = list(script[:n])
        out.append({"op": "replace", "source": " ".join(ours[:names]), "target": " ".join(theirs[:names]),
                    "name": True})
        out.append({"op": "replace" if all(rest) else "delete" if rest[0] else "insert",
                    "source": rest[0], "target": rest[1]})
    return script if out is None else out


def _names_as_shared(script: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A word diff split by `_names_apart`, each name's edit read as shared text joined to the shared runs beside
    it: a hedge taken out beside a title changed is then an edit in copied text, as the steps ask. The same list
    when no edit was split."""
    apart = _names_apart(script)
    if apart is script:
        return script
    out: list[dict[str, Any]] = []
    for edit in apart:
        if edit.get("name"):
            edit = {"op": "equal", "source": edit["source"], "target": edit["target"]}
        if out and edit["op"] == "equal" and out[-1]["op"] == "equal":
            out[-1] = {"op": "equal", **{side: " ".join(filter(None, (out[-1][side], edit[side])))
                                         for side in ("source", "target")}}
        else:
            out.append(edit)
    return out

