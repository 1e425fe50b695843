"""Shared wording for the human-readable formats (table, Markdown, HTML): label marks, the summary line, the rows
side by side and the row each altered quote is shown under."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from ..pair.model import NOT_COMPARED, PairReport, PairSummary

if TYPE_CHECKING:
    from ..pair.classify import SentenceLabel

# A mark beside each label, so labels are never told by colour alone.
MARKS = {"verbatim": "=", "paraphrased": "~", "added": "+", "omitted": "-", NOT_COMPARED: "?"}


def derived_share_phrase(verdict: str, share: float) -> str:
    """How much of the target comes from the source, in words that agree with the verdict: a non-derived target
    whose sentences restate the source's (a report of the same case, which the verdict finds independent as a
    whole, whatever a few of its sentences copy) is not said to "derive" from it."""
    if verdict == "non-derived" and share > 0:
        return f"{share:.0%} of the target restates the source's content, judged independent reporting as a whole"
    if verdict == "partially-derived" and round(share, 2) >= 1:
        # "partially derived" above "100% of the target derives" read as a contradiction (a standards editor's
        # re-test): the verdict weighs how much of the wording and content the whole target shares (fitted on
        # METER, whose journalists call most such heavy rewrites partially derived), not how many sentences match.
        return ("every sentence of the target draws on the source, but too little of its wording and content for "
                "the source to be its only input")
    return f"{share:.0%} of the target derives from the source"


def summary_line(report: PairReport) -> str:
    """The pair in one line: ids, verdict, counts and shares (the terminal's summary)."""
    s = report.summary
    return (f"{report.source.id} -> {report.target.id}: {s.verdict} - "
            f"{counts_phrase(s)}; "
            f"{shares_line(report)}")


def counts_phrase(s: PairSummary) -> str:
    """The sentence counts, each side named: verbatim, paraphrased and added count the target's sentences, omitted
    the source's (a summary line that mixed them read as one side's)."""
    return (f"target {s.verbatim} verbatim, {s.paraphrased} paraphrased, {s.added} added; "
            f"source {s.omitted} omitted")


def reuse_not_counted(target: str, upstream: str | None) -> str:
    """Why a corpus run does not count a pair as unattributed reuse where the two texts alone say it is (the rule is
    `corpus.tables.summary_rows`'s), for the pair's pages."""
    if upstream == target:
        why = f"{target} came first, and a text cannot have reused a later one"
    elif upstream is not None:
        why = "the target took the text it shares with the source from another document"
    else:
        why = ("neither text is shown to have come first, and the source carries no agency's credit that the target "
               "drops: two reports of one story are not said to have copied each other")
    return f"This corpus does not count the pair as unattributed reuse (summary.csv): {why}."


def shares_line(report: PairReport) -> str:
    """How much of each side the pair shares (and what was not compared): the summary of a page that shows the
    verdict and the counts on their own."""
    s = report.summary
    line = (f"{derived_share_phrase(s.verdict, s.target_derived_share)}, "
            f"{s.source_retained_share:.0%} of the source is retained")
    if not s.complete:
        line += (f"; {s.source_not_compared} source and {s.target_not_compared} target sentences not compared (a "
                 "work bound was hit: the counts and shares are of the compared ones)")
    return line


def _numbers(indices: list[int], label: str) -> str:
    if label == NOT_COMPARED and len(indices) > 2 and indices[-1] - indices[0] == len(indices) - 1:
        return f"{indices[0]}-{indices[-1]}"
    return ",".join(str(i) for i in indices)


def _texts(sentences: list[SentenceLabel], indices: list[int], label: str) -> str:
    if label == NOT_COMPARED and len(indices) > 2:
        # The sentences past a cut: one row saying so, not thousands of rows (they are all in JSON and CSV).
        return f"({len(indices)} sentences not compared: a work bound was hit)"
    return "\n".join(sentences[i].text for i in indices)


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
            _numbers(sources, label),
            _texts(src, sources, label),
            f"{MARKS[label]} {label}",
            _numbers(targets, label),
            _texts(tgt, targets, label),
        ))
    return out


def altered_quotes_by_row(rows: Sequence[tuple[Sequence[int], Sequence[int], str]],
                          quotes: Sequence[Mapping[str, Any]]) -> dict[int, list[tuple[int, Mapping[str, Any]]]]:
    """The altered quotes among `quotes`, as (index in `quotes`, quote), by the side-by-side row (an index into
    `rows`, `PairReport.rows()`) they are shown under: the row holding the quote's target sentence, else the one
    holding its source sentence.

    A quote often runs over two sentences while only its first is aligned, so the rows alone would show it in
    pieces; each format adds one row under this one with the whole source quote beside the whole target quote.
    """
    where: dict[tuple[str, int], int] = {}
    for n, (sources, targets, _) in enumerate(rows):
        for i in sources:
            where.setdefault(("source", i), n)
        for i in targets:
            where.setdefault(("target", i), n)
    out: dict[int, list[tuple[int, Mapping[str, Any]]]] = {}
    for n, quote in enumerate(quotes):
        if quote.get("status") != "altered":
            continue
        row = None
        for side in ("target", "source"):
            index = quote.get(f"{side}_index")
            if row is None and isinstance(index, int):
                row = where.get((side, index))
        if row is not None:
            out.setdefault(row, []).append((n, quote))
    return out
