"""The pairwise pipeline: two documents in, one `PairReport` out (prepare -> score -> align -> classify -> findings)."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

import numpy as np

from ..settings import DEFAULT_OPTIONS, CompareOptions
from ..text.clean import correction_notices
from ..text.features import FeatureBlock, SentenceFeatures
from ..text.prepare import PreparedDocument, prepare
from ..text.segment import Sentence, unsplit_script
from ..wording import agree, plural
from .align import AlignmentGroup, copied_in_order, group_alignments, link_from_both_sides, mirrored
from .bounds import bound_work, coarse_diff_note, compared_only, mark_not_compared
from .classify import (
    SentenceLabel,
    doc_features,
    make_labels,
    sentence_labels,
    share_verdict,
    shares_too_little,
    short_target_adds,
    short_target_note,
    summarise,
    target_sentence_labels,
    too_little_note,
    verdict,
)
from .model import DocumentInfo, PairReport, PairSummary
from .score import Evidence, LogisticModel, derivation, score_both, shipped_model

if TYPE_CHECKING:
    from ..document import Document

logger = logging.getLogger(__name__)


def _bounded(doc: PreparedDocument, options: CompareOptions, notes: list[str]) -> list[Sentence]:
    sentences = doc.sentences
    if len(sentences) > options.max_sentences:
        notes.append(
            f"{doc.id}: only the first {options.max_sentences} of {len(sentences)} sentences were aligned "
            "(max_sentences)"
        )
        sentences = sentences[: options.max_sentences]
    return sentences


@dataclass
class Analysis:
    """Everything decided about a pair of sentence lists, before it is dressed as a report.

    `p_target` / `p_source`: P(derived) of each sentence against the other document; `*_links`: each side's links;
    `*_copied`: the share of each linked sentence's words copied in order from its links; `*_labels`; the document
    evidence the verdict read (`doc`) and the verdict.
    """

    forward: Evidence
    backward: Evidence
    p_target: np.ndarray
    p_source: np.ndarray
    target_links: list[list[int]]
    source_links: list[list[int]]
    target_copied: list[float]
    source_copied: list[float]
    target_labels: list[str]
    source_labels: list[str]
    doc: dict[str, float]
    verdict: str

    def alignments(self) -> list[AlignmentGroup]:
        return group_alignments(self.target_links, self.target_labels, self.p_target.tolist())


def analyse(source: Sequence[SentenceFeatures] | FeatureBlock, target: Sequence[SentenceFeatures] | FeatureBlock, *,
            options: CompareOptions = DEFAULT_OPTIONS, sentence_model: LogisticModel | None = None,
            verdict_model: LogisticModel | None = None, semantic: tuple[np.ndarray, np.ndarray] | None = None,
            ) -> Analysis:
    """Score, link, label and judge one pair of sentence lists (`compare` without the report around it).

    `semantic` is the (target, source) best sentence-embedding similarities when the semantic scorer is on.
    """
    forward, backward = score_both(target, source)
    if semantic is not None:
        forward.measures["semantic"], backward.measures["semantic"] = semantic
        sentence_model = sentence_model or shipped_model("sentence_semantic")
    return decide(forward, backward, options=options, sentence_model=sentence_model, verdict_model=verdict_model)


def decide(forward: Evidence, backward: Evidence, *, options: CompareOptions = DEFAULT_OPTIONS,
           sentence_model: LogisticModel | None = None, verdict_model: LogisticModel | None = None,
           p_target: np.ndarray | None = None, p_source: np.ndarray | None = None) -> Analysis:
    """Labels, links and the verdict from a pair's evidence (`score.score_both`).

    `sentence_model` / `verdict_model` replace the shipped models, and `p_target` / `p_source` the sentence model's
    output: the fitting script (benchmarks/fit_scorer.py) tries its candidates this way on evidence it computed once.
    """
    target, source = forward.rows, forward.columns
    if p_target is None:
        p_target = derivation(forward, sentence_model)
    if p_source is None:
        p_source = derivation(backward, sentence_model)
    target_links = link_from_both_sides(forward, backward, p_target, p_source, options=options)
    if shares_too_little(target, source, options) is not None:
        target_links = [[] for _ in target]  # a short target sharing two stock words derives from nothing
    limit = options.max_sentence_chars
    # The verbatim rule reads the linked sentences in their document's order.
    target_copied = [copied_in_order(target[t], [source[s] for s in sorted(ls)], max_chars=limit) if ls else 0.0
                     for t, ls in enumerate(target_links)]
    target_links, target_labels = target_sentence_labels(target, source, target_links, target_copied, options)
    # The source side is the same links seen from the source, labelled by the same rule.
    source_links = mirrored(target_links, len(source))
    source_copied = [copied_in_order(source[s], [target[t] for t in ls], max_chars=limit) if ls else 0.0
                     for s, ls in enumerate(source_links)]
    source_labels = sentence_labels(source_links, source_copied, unlinked="omitted", options=options)
    doc = doc_features(forward, p_target, target_labels, options=options)
    return Analysis(forward, backward, p_target, p_source, target_links, source_links, target_copied, source_copied,
                    target_labels, source_labels, doc,
                    verdict(doc, target_labels, options=options, model=verdict_model))


def document_info(doc: PreparedDocument, n_sentences: int, n_compared: int | None = None) -> DocumentInfo:
    """What a report says about one side of a pair (`n_compared`: how many of its first sentences were compared)."""
    d = doc.document
    return DocumentInfo(
        id=d.id, path=d.path, title=doc.title, outlet=doc.outlet, credit=doc.credit, date=doc.date,
        n_sentences=n_sentences, dateline=doc.dateline, url=d.url, author=doc.author, n_compared=n_compared,
    )


def compare(source: Document | PreparedDocument, target: Document | PreparedDocument, *,
            options: CompareOptions | None = None) -> PairReport:
    """Align the target's sentences to the source's and label both sides.

    Args:
        source: the document text may have been taken from (a `Document`, or one already prepared with
            `text.prepare.prepare`, as a corpus run does once per document).
        target: the document to explain in terms of the source.
        options: tuning knobs (`CompareOptions`); the defaults are calibrated on labelled data.

    Returns:
        A `PairReport`; `report.to_dict()` is the `diffsrc.pair/1` object.

    Raises:
        InputError: a document has no article text, or `options.semantic` is set without the semantic extra.
        TypeError: `source` or `target` is not a document (a path or a string: use `Document.from_path` or
            `Document.from_text`), or `options` is not a `CompareOptions`.
    """
    if options is not None and not isinstance(options, CompareOptions):
        raise TypeError(f"options must be a CompareOptions, not {type(options).__name__}: "
                        "compare(a, b, options=CompareOptions(findings=False))")
    options = options or DEFAULT_OPTIONS
    source, target = prepare(source), prepare(target)
    notes: list[str] = []  # the first ones say which work bounds were hit (report.limits)
    src = _bounded(source, options, notes)
    tgt = _bounded(target, options, notes)
    n_src, n_tgt, bound_notes = bound_work(source.features[: len(src)], target.features[: len(tgt)],
                                           options=options, source_id=source.id, target_id=target.id)
    notes.extend(bound_notes)
    notes[:] = dict.fromkeys(notes)  # a document compared with itself is cut once, not twice over
    n_limits = len(notes)
    src, tgt = src[:n_src], tgt[:n_tgt]
    semantic = None
    if options.semantic:
        from .semantic import best_similarities  # torch is imported only when asked for

        semantic = best_similarities([s.text for s in tgt], [s.text for s in src])
    result = analyse(source.block.head(n_src), target.block.head(n_tgt), options=options, semantic=semantic)
    target_labels = make_labels([s.text for s in tgt], result.target_labels, result.target_links, result.p_target,
                                [s.kind for s in tgt], result.target_copied)
    source_labels = make_labels([s.text for s in src], result.source_labels, result.source_links, result.p_source,
                                [s.kind for s in src])
    alignments = result.alignments()
    summary = summarise(source_labels, target_labels, result.verdict)
    source_labels, target_labels, summary = _not_compared(source, target, source_labels, target_labels, summary,
                                                          options, notes)
    for doc, labels in ((source, source_labels), (target, target_labels)):
        offsets = doc.offsets
        for label in labels:
            label.offset = offsets[label.index] if label.index < len(offsets) else None
    limits = notes[:n_limits]
    for side, doc in (("source", source), ("target", target)):
        # (once a document: the whole text is scanned, and a corpus compares one document with many)
        if script := doc.remember("unsplit_script", lambda doc=doc: unsplit_script(doc.document.text)):
            notes.append(f"The {side} ({doc.id}) is written in {script}, which diffsrc does not split into sentences "
                         "or words: its paragraphs are compared whole, so copies are found and rewrites are not "
                         "(docs/inputs.md, Languages).")
    if (len(tgt) <= options.short_target_sentences and summary.added == 0 and summary.verdict == "partially-derived"
            and short_target_adds(result.doc, options)):
        notes.append(short_target_note(result.forward.rows, result.forward.columns, [s.text for s in tgt],
                                       result.doc))
    if note := _printed_release_notes(source_labels, target_labels):
        notes.append(note)
    notes.extend(correction_notes(source, target))
    if (shared := shares_too_little(result.forward.rows, result.forward.columns, options)):
        notes.append(too_little_note(shared, [s.text for s in tgt]))
    findings = None
    if options.findings:
        from .findings import find_findings

        findings = find_findings(source, target, src, tgt, alignments, summary,
                                 source_stems=[f.stems for f in source.features[:n_src]])
        summary = replace(summary, unattributed_reuse=findings.unattributed_reuse)
        if note := coarse_diff_note(alignments, [s.text for s in src], [s.text for s in tgt]):
            notes.append(note)
            limits.append(note)
    return PairReport(
        source=document_info(source, len(source.sentences), len(src)),
        target=document_info(target, len(target.sentences), len(tgt)),
        summary=summary,
        source_sentences=source_labels,
        target_sentences=target_labels,
        alignments=alignments,
        boilerplate={"source": [*source.document.page_chrome, *source.boilerplate],
                     "target": [*target.document.page_chrome, *target.boilerplate]},
        notes=notes,
        findings=findings,
        limits=limits,
    )


# How a note on a correction notice opens (`correction_notes`): the findings' views pick these notes out by it.
CORRECTION_NOTE_OPENING = "correction notice in the "


def correction_notes(source: PreparedDocument, target: PreparedDocument) -> list[str]:
    """Notes quoting the correction notices each side carries ("Eds: CORRECTS number evacuated ... to about 130,
    not 300"), which cleaning sets aside as boilerplate: a fact-checker reading a changed figure in the findings
    then has the wire's own word that the version corrected it. A notice both sides carry word for word (a
    reprint of the corrected version) says nothing of the pair and is left out."""
    found = {side: correction_notices(doc.boilerplate) for side, doc in (("source", source), ("target", target))}
    notes = []
    for side, doc in (("target", target), ("source", source)):
        other = found["source" if side == "target" else "target"]
        notes.extend(f'{CORRECTION_NOTE_OPENING}{side} ({doc.id}): "{notice}"'
                     for notice in found[side] if notice not in other)
    return notes


def _printed_release_notes(source_labels: Sequence[SentenceLabel], target_labels: Sequence[SentenceLabel]
                           ) -> str | None:
    """A note that the target prints a press release's notes to editors (the sentences cleaning reads below its
    "ENDS": `kind="notes"`), or None.

    A churnalism researcher's story that printed a release's "About Brightwater Foods" paragraph, the issuer's own
    description of itself, said nothing of it: the surest sign that a release was pasted, not reported from. Only
    verbatim copies: a rewrite that takes a fact from it ("the charity, which supports 340 food banks") used the
    release's background, it did not print its boilerplate. A note, not a finding of its own: the sentences are
    the report's already, and it needs no new key."""
    printed = [s.index for s in source_labels if s.kind == "notes" and s.label == "verbatim"]
    if not printed:
        return None
    wanted = set(printed)
    targets = sorted({t.index for t in target_labels if wanted.intersection(t.links)})
    return (f"the target prints the press release's notes to editors (its boilerplate on the issuer, never its "
            f"news): source {_indices(printed, 'sentence')} as target {_indices(targets, 'sentence')}")


def _indices(indices: Sequence[int], noun: str) -> str:
    """`[12, 13, 14, 16]` as "sentences 12-14, 16"."""
    runs: list[list[int]] = []
    for i in indices:
        if runs and i == runs[-1][-1] + 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    words = ", ".join(str(run[0]) if len(run) == 1 else f"{run[0]}-{run[-1]}" for run in runs)
    return f"{agree(len(indices), noun)} {words}"


def _not_compared(source: PreparedDocument, target: PreparedDocument, source_labels: list[SentenceLabel],
                  target_labels: list[SentenceLabel], summary: PairSummary, options: CompareOptions, notes: list[str],
                  ) -> tuple[list[SentenceLabel], list[SentenceLabel], PairSummary]:
    """Label what a work bound kept from being compared `not-compared`, and count and share only what was compared
    (the verdict was decided on the compared part already).

    A target sentence found in no compared source sentence, when the source was cut, may be in the part that was
    not compared: it is not-compared, not added, and a verdict of `non-derived` read from it as added would
    contradict the counts ("non-derived, 100% of the target derived"): the verdict is then the compared target
    sentences' own (`share_verdict`), and a note says what it rests on."""
    source_cut = len(source_labels) < len(source.sentences)
    target_cut = len(target_labels) < len(target.sentences)
    if not (source_cut or target_cut):
        return source_labels, target_labels, summary
    source_labels = mark_not_compared(source_labels, [s.text for s in source.sentences],
                                      [s.kind for s in source.sentences], other_cut=target_cut)
    target_labels = mark_not_compared(target_labels, [s.text for s in target.sentences],
                                      [s.kind for s in target.sentences], other_cut=source_cut)
    compared_source, compared_target = compared_only(source_labels), compared_only(target_labels)
    summary = summarise(compared_source, compared_target, summary.verdict)
    derived = sum(s.label in ("verbatim", "paraphrased") for s in compared_target)
    if source_cut and len(compared_target) < len(target_labels):
        if summary.verdict == "non-derived" and derived:
            summary = replace(summary, verdict=share_verdict(summary.target_derived_share, derived, options=options))
        notes.append(f"the verdict rests on the {plural(len(compared_target), 'target sentence')} compared, of "
                     f"{len(target_labels)}" + ("" if compared_target else ": it says nothing of the target"))
    return source_labels, target_labels, replace(
        summary, source_not_compared=len(source_labels) - len(compared_source),
        target_not_compared=len(target_labels) - len(compared_target))
