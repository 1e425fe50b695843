"""The pairwise pipeline: two documents in, one `PairReport` out (segment -> score -> align -> classify)."""

from __future__ import annotations

import logging

from .align import TargetLink, group_alignments, link_targets
from .classify import label_sources, label_targets, summarise
from ..document import Document
from .model import DocumentInfo, PairReport
from .score import SentenceFeatures, feature_matrices, longest_shared_run
from ..text.segment import Sentence
from ..settings import DEFAULT_OPTIONS, CompareOptions
from .bounds import bound_work, coarse_diff_note

logger = logging.getLogger(__name__)


def _bounded(doc: Document, options: CompareOptions, notes: list[str]) -> list[Sentence]:
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


def _info(doc: Document, n_sentences: int) -> DocumentInfo:
    return DocumentInfo(
        id=doc.id, path=doc.path, title=doc.display_title, outlet=doc.display_outlet, credit=doc.credit,
        date=doc.display_date, n_sentences=n_sentences, dateline=doc.dateline, url=doc.url,
    )


def compare(source: Document, target: Document, *, options: CompareOptions | None = None) -> PairReport:
    """Align the target's sentences to the source's and label both sides.

    Args:
        source: the document text may have been taken from.
        target: the document to explain in terms of the source.
        options: tuning knobs (`CompareOptions`); the defaults are calibrated on labelled data.

    Returns:
        A `PairReport`; `report.to_dict()` is the `diffsrc.pair/1` object.

    Raises:
        InputError: a document has no article text, or `options.semantic` is set without the semantic extra.
    """
    options = options or DEFAULT_OPTIONS
    notes: list[str] = []
    src = _bounded(source, options, notes)
    tgt = _bounded(target, options, notes)
    tgt_features = target.sentence_features[: len(tgt)]
    src_features = source.sentence_features[: len(src)]
    n_src, n_tgt, bound_notes = bound_work(src_features, tgt_features, options=options,
                                           source_id=source.id, target_id=target.id)
    notes.extend(bound_notes)
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
    report = PairReport(
        source=_info(source, len(src)),
        target=_info(target, len(tgt)),
        summary=summary,
        source_sentences=source_labels,
        target_sentences=target_labels,
        alignments=alignments,
        boilerplate={"source": list(source.boilerplate), "target": list(target.boilerplate)},
        notes=notes,
    )
    if options.findings:
        _add_findings(report, source, target, src, tgt, [f.stems for f in src_features])
        if note := coarse_diff_note(report.alignments, [s.text for s in src], [s.text for s in tgt]):
            report.notes.append(note)
    return report


def _add_findings(report: PairReport, source: Document, target: Document, src: list[Sentence],
                  tgt: list[Sentence], source_stems: list[list[str]] | None = None) -> None:
    """Attribution, quotes, changed facts and word-level diffs (`findings/`), added as new report keys."""
    from .findings import find_findings

    found = find_findings(source, target, src, tgt, report.alignments, report.summary, source_stems=source_stems)
    report.summary["unattributed_reuse"] = found.unattributed_reuse
    report.extras.update({"attribution": found.attribution, "quotes": found.quotes, "facts": found.facts})
    report.alignment_extras = [{"diff": diff} for diff in found.diffs]
