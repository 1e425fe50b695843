"""The reference point (issue 5): each target sentence's best source sentence by rapidfuzz token-set ratio."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class BaselineOptions:
    """The fixed thresholds of the token-set-ratio best-match baseline."""

    # rapidfuzz token_set_ratio (0-100) of a target sentence with its best source sentence.
    verbatim_min: float = 95.0
    derived_min: float = 70.0
    # Verdict from the derived share of target characters, as a plain tool would do it.
    wholly_min_share: float = 0.7
    partial_min_share: float = 0.1


def baseline_report(report: dict[str, Any], *, options: BaselineOptions | None = None) -> dict[str, Any]:
    """Relabel a report's sentences with the baseline: each target sentence's best source by token-set ratio.

    The baseline sees the same sentences as diffsrc (so the comparison is of labelling, not of cleaning) and
    returns a dict with the same keys that `score_pair` reads.
    """
    from rapidfuzz import fuzz, process, utils

    options = options or BaselineOptions()
    sources = [s["text"] for s in report["source_sentences"]]
    targets = [s["text"] for s in report["target_sentences"]]
    target_rows: list[dict[str, Any]] = []
    source_best: dict[int, str] = {}
    if sources and targets:
        matrix = process.cdist(targets, sources, scorer=fuzz.token_set_ratio, processor=utils.default_process)
    for i, text in enumerate(targets):
        label, links, score = "added", [], None
        if sources:
            row = matrix[i]
            j = int(row.argmax())
            best = float(row[j])
            score = best / 100
            if best >= options.derived_min:
                label = "verbatim" if best >= options.verbatim_min else "paraphrased"
                links = [j]
                if source_best.get(j) != "verbatim":
                    source_best[j] = label
        target_rows.append({"index": i, "text": text, "label": label, "sources": links, "score": score})
    source_rows = [
        {"index": j, "text": t, "label": source_best.get(j, "omitted"), "targets": []} for j, t in enumerate(sources)
    ]
    total = sum(len(t) for t in targets) or 1
    share = sum(len(r["text"]) for r in target_rows if r["label"] != "added") / total
    verdict = (
        "wholly-derived" if share >= options.wholly_min_share
        else "partially-derived" if share >= options.partial_min_share
        else "non-derived"
    )
    return {
        "summary": {"verdict": verdict, "target_derived_share": round(share, 4)},
        "source_sentences": source_rows,
        "target_sentences": target_rows,
    }
