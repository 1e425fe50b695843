"""The pair report: everything a comparison found, in one object that every output format renders."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd

    from .align import AlignmentGroup
    from .classify import SentenceLabel
    from .findings import Findings

PAIR_SCHEMA = "diffsrc.pair/1"
# The label of a sentence a work bound kept from being compared with the whole of the other document (past its own
# document's cut, or without a counterpart in the compared part of a document that was cut): neither added nor
# omitted, and left out of the counts and shares (`pair.bounds.mark_not_compared`).
NOT_COMPARED = "not-compared"


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
    # Who wrote it: the page's or record's author, else the names its byline gives.
    author: str | None = None
    # In a pair report: how many of the first sentences were compared (the rest are `not-compared`); None elsewhere.
    n_compared: int | None = None

    def to_dict(self) -> dict[str, Any]:
        out = {
            "id": self.id, "path": self.path, "title": self.title, "outlet": self.outlet, "credit": self.credit,
            "date": self.date, "n_sentences": self.n_sentences, "dateline": self.dateline, "url": self.url,
            "author": self.author,
        }
        if self.n_compared is not None:
            out["n_compared"] = self.n_compared
        return out


@dataclass(frozen=True)
class PairSummary:
    """The `summary` of a pair report: counts of labels, shares of characters and the METER-style verdict.

    Counts and shares are of the sentences that were compared: a work bound may leave some `not-compared`.

    Attributes:
        verbatim, paraphrased, added: target sentences with each label.
        omitted: source sentences the target does not use.
        target_derived_share: fraction of the compared target characters in verbatim or paraphrased sentences.
        source_retained_share: fraction of the compared source characters the target uses.
        verdict: `wholly-derived`, `partially-derived` or `non-derived`.
        unattributed_reuse: the target reuses the source substantially without crediting it; None when the
            findings were not computed (`CompareOptions.findings` off).
        source_not_compared, target_not_compared: sentences of each side labelled `not-compared` (a work bound
            was hit; the report's notes say which).
    """

    verbatim: int
    paraphrased: int
    added: int
    omitted: int
    target_derived_share: float
    source_retained_share: float
    verdict: str
    unattributed_reuse: bool | None = None
    source_not_compared: int = 0
    target_not_compared: int = 0

    @property
    def complete(self) -> bool:
        """Whether every sentence of both documents was compared (no work bound was hit)."""
        return not (self.source_not_compared or self.target_not_compared)

    @property
    def derived(self) -> int:
        """Target sentences that derive from the source (verbatim or paraphrased)."""
        return self.verbatim + self.paraphrased

    def to_dict(self) -> dict[str, Any]:
        """The contract's `summary` object (`unattributed_reuse` only where the findings were computed)."""
        out: dict[str, Any] = {
            "verbatim": self.verbatim, "paraphrased": self.paraphrased, "added": self.added, "omitted": self.omitted,
            "target_derived_share": self.target_derived_share, "source_retained_share": self.source_retained_share,
            "verdict": self.verdict,
            "source_not_compared": self.source_not_compared, "target_not_compared": self.target_not_compared,
        }
        if self.unattributed_reuse is not None:
            out["unattributed_reuse"] = self.unattributed_reuse
        return out


# `PairReport.to_pandas()`: one row per row of the side-by-side view.
ROW_DTYPES = {
    "source_id": "string", "target_id": "string", "label": "string", "score": "Float64",
    "source_index": "Int64", "target_index": "Int64", "source_sentences": "object", "target_sentences": "object",
    "source_text": "string", "target_text": "string",
}


def _fresh(value: Any) -> Any:
    """A copy of JSON-shaped data (dicts and lists of plain values): what `to_dict` hands out is the caller's."""
    # (plain values are taken as they are without a call: most of a report's values are strings and numbers)
    if isinstance(value, dict):
        return {k: _fresh(v) if isinstance(v, (dict, list)) else v for k, v in value.items()}
    if isinstance(value, list):
        return [_fresh(v) if isinstance(v, (dict, list)) else v for v in value]
    return value


@dataclass(repr=False)
class PairReport:
    """A comparison of a target document against a source document (`diffsrc.pair/1`).

    `to_dict()` is the JSON contract, `to_pandas()` the side-by-side rows as a DataFrame; in a notebook a report
    shows the pair page's summary and alignment table (`_repr_html_`).
    """

    source: DocumentInfo
    target: DocumentInfo
    summary: PairSummary
    source_sentences: list[SentenceLabel]
    target_sentences: list[SentenceLabel]
    alignments: list[AlignmentGroup]
    boilerplate: dict[str, list[str]]
    # Limits that were hit (e.g. a document cut to max_sentences): said in the report, never silent.
    notes: list[str] = field(default_factory=list)
    # Fact-checker findings (attribution, quotes, changed facts, one word diff per alignment); None when the
    # comparison was run without them (`CompareOptions.findings` off).
    findings: Findings | None = None
    # The notes that say a work bound was hit (max_sentences, max_matrix_cells, max_sentence_chars,
    # MAX_DIFF_CELLS): what the command line repeats on stderr, whatever the output format.
    limits: list[str] = field(default_factory=list)

    @property
    def verdict(self) -> str:
        """The pair's verdict (`summary.verdict`): `wholly-derived`, `partially-derived` or `non-derived`."""
        return self.summary.verdict

    def to_dict(self) -> dict[str, Any]:
        """The `diffsrc.pair/1` object of docs/contracts.md: a new object every call, which the caller may change
        without changing the report."""
        diffs = self.findings.diffs if self.findings is not None else []
        out = {
            "schema": PAIR_SCHEMA,
            "source": self.source.to_dict(),
            "target": self.target.to_dict(),
            "summary": self.summary.to_dict(),
            "source_sentences": [
                {"index": s.index, "text": s.text, "label": s.label, "targets": list(s.links), "score": s.score,
                 "kind": s.kind, **_offset(s)}
                for s in self.source_sentences
            ],
            "target_sentences": [
                {"index": s.index, "text": s.text, "label": s.label, "sources": list(s.links), "score": s.score,
                 "kind": s.kind, **_offset(s)}
                for s in self.target_sentences
            ],
            "alignments": [
                {"source": list(a.source), "target": list(a.target), "label": a.label, "score": round(a.score, 4),
                 **({"diff": _fresh(diffs[i])} if i < len(diffs) else {})}
                for i, a in enumerate(self.alignments)
            ],
            "boilerplate": {"source": list(self.boilerplate["source"]), "target": list(self.boilerplate["target"])},
            "notes": list(self.notes),
        }
        if self.findings is not None:
            out.update({"attribution": _fresh(self.findings.attribution), "quotes": _fresh(self.findings.quotes),
                        "facts": _fresh(self.findings.facts), "reversals": _fresh(self.findings.reversals),
                        "overstatements": _fresh(self.findings.overstatements)})
        return out

    def __repr__(self) -> str:
        s = self.summary
        return (f"<PairReport {self.source.id} -> {self.target.id}: {s.verdict}, target {s.verbatim} verbatim, "
                f"{s.paraphrased} paraphrased, {s.added} added; source {s.omitted} omitted; "
                f"{s.target_derived_share:.0%} of the target derived>")

    def _repr_html_(self) -> str:
        """The pair page's summary and alignment table, for notebooks: `report.html`'s own rendering, escaped,
        without a script (the renderer is a later stage, registered in `diffsrc.display`)."""
        from ..display import render_html

        return render_html("pair", self)

    def to_pandas(self) -> pd.DataFrame:
        """The side-by-side view as a DataFrame: one row per alignment (a group of source and target sentences),
        per added target sentence and per omitted source sentence, in reading order (`rows()`).

        Columns (dtypes in `ROW_DTYPES`): `source_id`, `target_id`; `label` (verbatim, paraphrased, added,
        omitted); `score` (the alignment's, in [0, 1]; missing for added and omitted rows); `source_index` and
        `target_index` (the first sentence number on each side, missing where the side is empty); `source_sentences`
        and `target_sentences` (every sentence number of the row, as lists: a split or a merge has several);
        `source_text` and `target_text` (the row's sentences, joined by a space; missing where the side is empty).
        """
        import pandas as pd

        scores = {(tuple(a.source), tuple(a.target)): a.score for a in self.alignments}
        src = [s.text for s in self.source_sentences]
        tgt = [s.text for s in self.target_sentences]
        records = []
        for sources, targets, label in self.rows():
            score = scores.get((tuple(sources), tuple(targets)))
            records.append({
                "source_id": self.source.id, "target_id": self.target.id, "label": label,
                "score": None if score is None else round(score, 4),
                "source_index": sources[0] if sources else None, "target_index": targets[0] if targets else None,
                "source_sentences": list(sources), "target_sentences": list(targets),
                "source_text": " ".join(src[i] for i in sources) or None,
                "target_text": " ".join(tgt[i] for i in targets) or None,
            })
        columns = {}
        for column, dtype in ROW_DTYPES.items():
            values = [r[column] for r in records]
            # Lists go in as objects one by one (pd.array would read a list of lists as a 2-D array).
            columns[column] = pd.Series(values, dtype=object) if dtype == "object" else pd.array(values, dtype=dtype)
        return pd.DataFrame(columns)

    def rows(self) -> list[tuple[list[int], list[int], str]]:
        """Side-by-side rows in reading order: (source indices, target indices, label).

        Aligned groups and added target sentences follow the target's order; each omitted source sentence is placed
        after the row holding the nearest source sentence before it, so both sides read top to bottom (links are
        mirrored, `align.mirrored`: every derived source sentence is in a group). Sentences left
        `not-compared` by a work bound take the place an added or omitted one would; those past the cuts make one
        last row.
        """
        n_source = _compared(self.source, self.source_sentences)
        n_target = _compared(self.target, self.target_sentences)
        rows: list[tuple[list[int], list[int], str]] = []
        grouped = {t for a in self.alignments for t in a.target}
        by_first_target: dict[int, list[AlignmentGroup]] = {}
        for a in self.alignments:
            by_first_target.setdefault(min(a.target), []).append(a)
        for s in self.target_sentences[:n_target]:
            for a in by_first_target.get(s.index, []):
                rows.append((list(a.source), list(a.target), a.label))
            if s.index not in grouped:
                rows.append(([], [s.index], s.label))
        shown = {i for a in self.alignments for i in a.source}
        for s in self.source_sentences[:n_source]:
            if s.label == NOT_COMPARED or s.index in shown:
                continue
            position = 0
            for i, (sources, _, _) in enumerate(rows):
                if sources and min(sources) < s.index:
                    position = i + 1
            rows.insert(position, ([s.index], [], s.label))
        tail_source = list(range(n_source, len(self.source_sentences)))
        tail_target = list(range(n_target, len(self.target_sentences)))
        if tail_source or tail_target:
            rows.append((tail_source, tail_target, NOT_COMPARED))
        return rows


def _compared(info: DocumentInfo, sentences: list[SentenceLabel]) -> int:
    return len(sentences) if info.n_compared is None else min(info.n_compared, len(sentences))


def _offset(sentence: SentenceLabel) -> dict[str, int | None]:
    """A sentence's `start` and `end` in its document's text (null where it could not be found there)."""
    start, end = sentence.offset if sentence.offset is not None else (None, None)
    return {"start": start, "end": end}
