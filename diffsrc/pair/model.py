"""The pair report: everything a comparison found, in one object that every output format renders."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .align import AlignmentGroup
from .classify import SentenceLabel

PAIR_SCHEMA = "diffsrc.pair/1"


@dataclass
class DocumentInfo:
    """What a report says about one side of the pair."""

    id: str
    path: str | None
    title: str | None
    outlet: str | None
    credit: str | None
    date: str | None
    n_sentences: int
    dateline: str | None = None
    url: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "path": self.path, "title": self.title, "outlet": self.outlet, "credit": self.credit,
            "date": self.date, "n_sentences": self.n_sentences, "dateline": self.dateline, "url": self.url,
        }


@dataclass
class PairReport:
    """A comparison of a target document against a source document (`diffsrc.pair/1`)."""

    source: DocumentInfo
    target: DocumentInfo
    summary: dict[str, Any]
    source_sentences: list[SentenceLabel]
    target_sentences: list[SentenceLabel]
    alignments: list[AlignmentGroup]
    boilerplate: dict[str, list[str]]
    # Limits that were hit (e.g. a document cut to max_sentences): said in the report, never silent.
    notes: list[str] = field(default_factory=list)
    # Sections added by later steps (findings: attribution, quotes, facts) keyed by their contract name.
    extras: dict[str, Any] = field(default_factory=dict)
    # Keys added to each alignment's dict by later steps (findings: the word-level `diff`), in alignment order.
    alignment_extras: list[dict[str, Any]] = field(default_factory=list)

    @property
    def verdict(self) -> str:
        return str(self.summary["verdict"])

    def to_dict(self) -> dict[str, Any]:
        """The `diffsrc.pair/1` object of DESIGN.md."""
        return {
            "schema": PAIR_SCHEMA,
            "source": self.source.to_dict(),
            "target": self.target.to_dict(),
            "summary": dict(self.summary),
            "source_sentences": [
                {"index": s.index, "text": s.text, "label": s.label, "targets": s.links, "score": s.score,
                 "kind": s.kind}
                for s in self.source_sentences
            ],
            "target_sentences": [
                {"index": s.index, "text": s.text, "label": s.label, "sources": s.links, "score": s.score,
                 "kind": s.kind}
                for s in self.target_sentences
            ],
            "alignments": [
                {"source": a.source, "target": a.target, "label": a.label, "score": round(a.score, 4),
                 **(self.alignment_extras[i] if i < len(self.alignment_extras) else {})}
                for i, a in enumerate(self.alignments)
            ],
            "boilerplate": {"source": list(self.boilerplate["source"]), "target": list(self.boilerplate["target"])},
            "notes": list(self.notes),
            **self.extras,
        }

    def rows(self) -> list[tuple[list[int], list[int], str]]:
        """Side-by-side rows in reading order: (source indices, target indices, label).

        Aligned groups and added target sentences follow the target's order; each omitted source sentence is placed
        after the row holding the nearest source sentence before it, so both sides read top to bottom.
        """
        rows: list[tuple[list[int], list[int], str]] = []
        grouped = {t for a in self.alignments for t in a.target}
        by_first_target: dict[int, list[AlignmentGroup]] = {}
        for a in self.alignments:
            by_first_target.setdefault(min(a.target), []).append(a)
        for s in self.target_sentences:
            for a in by_first_target.get(s.index, []):
                rows.append((list(a.source), list(a.target), a.label))
            if s.index not in grouped:
                rows.append(([], [s.index], "added"))
        for s in self.source_sentences:
            if s.label != "omitted":
                continue
            position = 0
            for i, (sources, _, _) in enumerate(rows):
                if sources and min(sources) < s.index:
                    position = i + 1
            rows.insert(position, ([s.index], [], "omitted"))
        return rows
