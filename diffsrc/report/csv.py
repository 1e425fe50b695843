"""One row per sentence, source and target, for pandas users; each row carries its pair's verdict and shares, so
that the files of many pairs concatenate into one table that can be grouped by pair or by verdict."""

from __future__ import annotations

from ..pair.model import PairReport

# Both shares of the pair: a wire service's auditor reads the source side (a re-test had to work it out from rows).
COLUMNS = ["source_id", "target_id", "side", "index", "kind", "label", "linked", "score", "text", "verdict",
           "target_derived_share", "source_retained_share", "start", "end"]


def frame(report: PairReport):  # type: ignore[no-untyped-def]
    """The report's sentences as a pandas DataFrame (columns `COLUMNS`)."""
    import pandas as pd

    rows = []
    for side, sentences in (("source", report.source_sentences), ("target", report.target_sentences)):
        for s in sentences:
            rows.append({
                "source_id": report.source.id, "target_id": report.target.id, "side": side, "index": s.index,
                "kind": s.kind, "label": s.label, "linked": " ".join(str(i) for i in s.links),
                "score": s.score, "text": s.text, "verdict": report.summary.verdict,
                "target_derived_share": report.summary.target_derived_share,
                "source_retained_share": report.summary.source_retained_share,
                "start": s.offset[0] if s.offset else None, "end": s.offset[1] if s.offset else None,
            })
    # Offsets are integers, empty where a sentence was not found in its text (not floats).
    return pd.DataFrame(rows, columns=COLUMNS).astype({"start": "Int64", "end": "Int64"})


def render(report: PairReport) -> str:
    return str(frame(report).to_csv(index=False, lineterminator="\n"))
