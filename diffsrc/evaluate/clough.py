"""Clough & Stevenson answers: document-level labels (cut, light, heavy, non) against a report's verdict and shares.

The corpus labels whole answers, not sentences, so an answer is scored by its verdict and by the label that covers
most of its text.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from .metrics import DERIVED_CLASSES, TARGET_LABELS, VERDICTS, Confusion, derived_class

CLOUGH_CATEGORIES = ("cut", "light", "heavy", "non")

# What each Clough-Stevenson category should come out as: the verdict class and the dominant target label(s). A
# light revision (a few words substituted) keeps 80% of its words in order, which the verbatim rule (README) calls
# verbatim, so either derived label is right for it.
CLOUGH_EXPECTED: dict[str, tuple[str, tuple[str, ...]]] = {
    "cut": ("derived", ("verbatim",)),
    "light": ("derived", ("verbatim", "paraphrased")),
    "heavy": ("derived", ("paraphrased",)),
    "non": ("non-derived", ("added",)),
}


@dataclass
class CloughResult:
    """One Clough-Stevenson answer: its category and what the report made of it."""

    file: str
    category: str
    verdict: str
    dominant: str  # the target label covering most characters; among derived text only for derived categories
    shares: dict[str, float]


def score_clough(file: str, category: str, report: dict[str, Any]) -> CloughResult:
    """Summarise one Clough-Stevenson answer's report by its verdict and the label shares of its text."""
    chars: Counter = Counter()
    for s in report["target_sentences"]:
        chars[s["label"]] += len(s["text"])
    total = sum(chars.values()) or 1
    shares = {lab: round(chars[lab] / total, 4) for lab in TARGET_LABELS}
    if CLOUGH_EXPECTED[category][0] == "derived" and chars["verbatim"] + chars["paraphrased"]:
        # "Mostly verbatim" / "mostly paraphrased" is about how the reused text was reused.
        dominant = "verbatim" if chars["verbatim"] >= chars["paraphrased"] else "paraphrased"
    else:
        dominant = max(TARGET_LABELS, key=lambda lab: (chars[lab], lab == "added"))
    return CloughResult(file, category, report["summary"]["verdict"], dominant, shares)


def summarise_clough(results: Sequence[CloughResult]) -> dict[str, Any]:
    """Per-category confusions (category x verdict, category x dominant label) and derived-vs-non F1."""
    derived = Confusion(DERIVED_CLASSES)
    by_verdict: dict[str, Counter] = {c: Counter() for c in CLOUGH_CATEGORIES}
    by_dominant: dict[str, Counter] = {c: Counter() for c in CLOUGH_CATEGORIES}
    expected_hits: Counter = Counter()
    counts: Counter = Counter()
    for r in results:
        derived.add(CLOUGH_EXPECTED[r.category][0], derived_class(r.verdict))
        by_verdict[r.category][r.verdict] += 1
        by_dominant[r.category][r.dominant] += 1
        counts[r.category] += 1
        expected_hits[r.category] += r.dominant in CLOUGH_EXPECTED[r.category][1]
    return {
        "answers": len(results),
        "derived": derived.to_dict(),
        "category_by_verdict": {c: [by_verdict[c][v] for v in VERDICTS] for c in CLOUGH_CATEGORIES},
        "category_by_dominant_label": {c: [by_dominant[c][lab] for lab in TARGET_LABELS] for c in CLOUGH_CATEGORIES},
        "expected_dominant_rate": {
            c: round(expected_hits[c] / counts[c], 4) if counts[c] else None for c in CLOUGH_CATEGORIES
        },
    }
