"""Shared wording for the human-readable formats (table, Markdown, HTML): label marks and the summary line."""

from __future__ import annotations

from ..pair.model import PairReport

# A mark beside each label, so labels are never told by colour alone.
MARKS = {"verbatim": "=", "paraphrased": "~", "added": "+", "omitted": "-"}


def summary_line(report: PairReport) -> str:
    s = report.summary
    return (
        f"{report.source.id} -> {report.target.id}: {s.verdict} - "
        f"{s.verbatim} verbatim, {s.paraphrased} paraphrased, {s.added} added, {s.omitted} omitted; "
        f"{s.target_derived_share:.0%} of the target derives from the source, "
        f"{s.source_retained_share:.0%} of the source is retained"
    )


def side_by_side(report: PairReport) -> list[tuple[str, str, str, str, str]]:
    """Rows of (source numbers, source text, label, target numbers, target text) in reading order.

    The sentences of a split or merge are kept one per line, so that a heading without a full stop does not run
    into the sentence after it.
    """
    src = report.source_sentences
    tgt = report.target_sentences
    out = []
    for sources, targets, label in report.rows():
        out.append((
            ",".join(str(i) for i in sources),
            "\n".join(src[i].text for i in sources),
            f"{MARKS[label]} {label}",
            ",".join(str(i) for i in targets),
            "\n".join(tgt[i].text for i in targets),
        ))
    return out
