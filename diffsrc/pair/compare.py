"""The pairwise pipeline: two documents in, one `PairReport` out (prepare -> score -> align -> classify -> findings)."""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import TYPE_CHECKING

from ..settings import DEFAULT_OPTIONS, CompareOptions
from ..text.features import SentenceFeatures
from ..text.prepare import PreparedDocument, prepare
from ..text.segment import Sentence
from .align import AlignmentGroup, TargetLink, group_alignments, link_targets
from .bounds import bound_work, coarse_diff_note, compared_only, mark_not_compared
from .classify import SentenceLabel, label_sources, label_targets, summarise
from .model import DocumentInfo, PairReport, PairSummary
from .score import feature_matrices, longest_shared_run

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


def _clipped(features: SentenceFeatures, limit: int) -> SentenceFeatures:
    if len(features.key) <= limit:
        return features
    return SentenceFeatures(features.key[:limit], features.stems, features.name_sizes)


def _context_note(links: list[TargetLink], options: CompareOptions) -> str:
    """Say which links rest on order rather than on wording alone, so a reader can weigh them."""
    pairs = ", ".join(f"T{link.target} from S{link.sources[0]} ({link.score:.2f})" for link in links)
    return (f"linked by context (between two sentences taken in the source's order; scores below the "
            f"{options.derived_threshold} threshold): {pairs}")


def document_info(doc: PreparedDocument, n_sentences: int, n_compared: int | None = None) -> DocumentInfo:
    """What a report says about one side of a pair (`n_compared`: how many of its first sentences were compared)."""
    d = doc.document
    return DocumentInfo(
        id=d.id, path=d.path, title=doc.title, outlet=doc.outlet, credit=doc.credit, date=doc.date,
        n_sentences=n_sentences, dateline=doc.dateline, url=d.url, n_compared=n_compared,
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
    """
    options = options or DEFAULT_OPTIONS
    source, target = prepare(source), prepare(target)
    notes: list[str] = []  # the first ones say which work bounds were hit (report.limits)
    src = _bounded(source, options, notes)
    tgt = _bounded(target, options, notes)
    tgt_features = target.features[: len(tgt)]
    src_features = source.features[: len(src)]
    n_src, n_tgt, bound_notes = bound_work(src_features, tgt_features, options=options,
                                           source_id=source.id, target_id=target.id)
    notes.extend(bound_notes)
    n_limits = len(notes)
    src, tgt = src[:n_src], tgt[:n_tgt]
    src_features, tgt_features = src_features[:n_src], tgt_features[:n_tgt]
    matrices = feature_matrices(tgt_features, src_features, char_limit=options.max_sentence_chars)
    if options.semantic:
        from .semantic import add_semantic  # torch is imported only when asked for

        add_semantic(matrices, [s.text for s in tgt], [s.text for s in src])
    links = link_targets(matrices, options=options)
    if context := [link for link in links if link is not None and link.by_context]:
        notes.append(_context_note(context, options))
    # The longest shared run of words is an edit script over two sentences' words: cost length x length, so it
    # reads at most `max_sentence_chars` of each, like character similarity.
    limit = options.max_sentence_chars
    longest_run = max((longest_shared_run(_clipped(tgt_features[link.target], limit), _clipped(src_features[s], limit))
                       for link in links if link is not None for s in link.sources), default=0)
    target_labels = label_targets([s.text for s in tgt], links, [s.kind for s in tgt])
    source_labels = label_sources([s.text for s in src], links, [s.kind for s in src])
    alignments = group_alignments(links)
    summary = summarise(source_labels, target_labels, alignments, longest_run=longest_run, options=options)
    source_labels, target_labels, summary = _not_compared(source, target, source_labels, target_labels, summary,
                                                          alignments, longest_run, options)
    limits = notes[:n_limits]
    findings = None
    if options.findings:
        from .findings import find_findings

        findings = find_findings(source, target, src, tgt, alignments, summary,
                                 source_stems=[f.stems for f in src_features])
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
        boilerplate={"source": list(source.boilerplate), "target": list(target.boilerplate)},
        notes=notes,
        findings=findings,
        limits=limits,
    )


def _not_compared(source: PreparedDocument, target: PreparedDocument, source_labels: list[SentenceLabel],
                  target_labels: list[SentenceLabel], summary: PairSummary, alignments: list[AlignmentGroup],
                  longest_run: int, options: CompareOptions,
                  ) -> tuple[list[SentenceLabel], list[SentenceLabel], PairSummary]:
    """Label what a work bound kept from being compared `not-compared`, and count and share only what was compared."""
    source_cut = len(source_labels) < len(source.sentences)
    target_cut = len(target_labels) < len(target.sentences)
    if not (source_cut or target_cut):
        return source_labels, target_labels, summary
    source_labels = mark_not_compared(source_labels, [s.text for s in source.sentences],
                                      [s.kind for s in source.sentences], other_cut=target_cut)
    target_labels = mark_not_compared(target_labels, [s.text for s in target.sentences],
                                      [s.kind for s in target.sentences], other_cut=source_cut)
    compared_source, compared_target = compared_only(source_labels), compared_only(target_labels)
    summary = summarise(compared_source, compared_target, alignments, longest_run=longest_run, options=options)
    return source_labels, target_labels, replace(
        summary, source_not_compared=len(source_labels) - len(compared_source),
        target_not_compared=len(target_labels) - len(compared_target))
