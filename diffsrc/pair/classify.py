"""Labels and verdicts: from alignment groups to sentence labels, the pair summary and its METER-style verdict."""

from __future__ import annotations

from dataclasses import dataclass

from ..settings import DEFAULT_OPTIONS, CompareOptions
from .align import AlignmentGroup, TargetLink
from .model import PairSummary

TARGET_LABELS = ("verbatim", "paraphrased", "added")
SOURCE_LABELS = ("verbatim", "paraphrased", "omitted")
VERDICTS = ("wholly-derived", "partially-derived", "non-derived")


@dataclass
class SentenceLabel:
    index: int
    text: str
    label: str
    links: list[int]
    score: float | None
    kind: str = "body"


def label_targets(texts: list[str], links: list[TargetLink | None], kinds: list[str]) -> list[SentenceLabel]:
    labels = []
    for i, (text, link) in enumerate(zip(texts, links, strict=True)):
        if link is None:
            labels.append(SentenceLabel(i, text, "added", [], None, kinds[i]))
        else:
            label = "verbatim" if link.verbatim else "paraphrased"
            labels.append(SentenceLabel(i, text, label, sorted(link.sources), round(link.score, 4), kinds[i]))
    return labels


def label_sources(texts: list[str], links: list[TargetLink | None], kinds: list[str]) -> list[SentenceLabel]:
    targets: dict[int, list[int]] = {i: [] for i in range(len(texts))}
    verbatim: set[int] = set()
    best: dict[int, float] = {}
    for link in links:
        if link is None:
            continue
        for s in link.sources:
            targets[s].append(link.target)
            best[s] = max(best.get(s, 0.0), 1.0 if s in link.verbatim_sources else link.score)
        verbatim.update(link.verbatim_sources)
    labels = []
    for i, text in enumerate(texts):
        if i in verbatim:
            label = "verbatim"
        elif targets[i]:
            label = "paraphrased"
        else:
            label = "omitted"
        score = round(best[i], 4) if i in best else None
        labels.append(SentenceLabel(i, text, label, sorted(targets[i]), score, kinds[i]))
    return labels


def _share(labels: list[SentenceLabel], kept: tuple[str, ...]) -> float:
    total = sum(len(s.text) for s in labels)
    if not total:
        return 0.0
    return round(sum(len(s.text) for s in labels if s.label in kept) / total, 4)


def summarise(
    sources: list[SentenceLabel],
    targets: list[SentenceLabel],
    alignments: list[AlignmentGroup],
    *,
    longest_run: int = 0,
    options: CompareOptions = DEFAULT_OPTIONS,
) -> PairSummary:
    """The summary of a pair report: counts, shares (fractions of characters) and the verdict."""
    counts = {label: sum(1 for s in targets if s.label == label) for label in TARGET_LABELS}
    derived_share = _share(targets, ("verbatim", "paraphrased"))
    return PairSummary(
        **counts,
        omitted=sum(1 for s in sources if s.label == "omitted"),
        target_derived_share=derived_share,
        source_retained_share=_share(sources, ("verbatim", "paraphrased")),
        verdict=verdict(derived_share, counts["verbatim"] + counts["paraphrased"], longest_run, options=options),
    )


def verdict(derived_share: float, derived_sentences: int, longest_run: int = 0, *,
            options: CompareOptions = DEFAULT_OPTIONS) -> str:
    """METER's three classes from how much of the target derives from the source, and how literally.

    Args:
        derived_share: fraction of the target's characters in verbatim or paraphrased sentences.
        derived_sentences: how many target sentences derive from the source.
        longest_run: the longest run of words a derived sentence shares with its source.
    """
    if not derived_sentences:
        return "non-derived"
    if derived_share >= options.wholly_min_share:
        return "wholly-derived"
    if longest_run >= options.partial_min_run:
        return "partially-derived"
    if derived_share >= options.partial_min_share and derived_sentences >= options.partial_min_sentences:
        return "partially-derived"
    return "non-derived"
