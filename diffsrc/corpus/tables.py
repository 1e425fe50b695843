"""The tables of a corpus run, built once each: the DataFrames a notebook gets (`CorpusResult.summary`, ...) and the
CSV files of the output folder (`summary.csv`, ...) are the same frames, so they cannot disagree.

Every column has an explicit pandas dtype: nullable `Int64` for counts and sentence numbers, `boolean` for flags,
`Float64` for shares and scores, `string` for ids and text. A table holds only rows of one kind, so a column never
mixes kinds: skipped inputs are a table of their own (`skipped.csv`), not rows of empty cells in `summary.csv`.
Read back with plain `pd.read_csv`, every count comes back `int64` and every flag `bool` (so `s[s.edge]` works).
Cells are empty only where there is nothing to say: a text or a score (a pair that shares nothing has no
`direction`), `unattributed_reuse` in a run made without findings, and in `provenance.csv` the source sentence and
origin sentence of a sentence that derives from nothing; plain `pd.read_csv` reads those two columns as float when
some are empty, `read_table` (or `dtype_backend="numpy_nullable"`) as `Int64`. `read_table(path)` gives back
exactly the frame the file was written from.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from ..pair.classify import VERDICTS

if TYPE_CHECKING:
    import pandas as pd

    from .provenance import Direction, PairResult
    from .run import CorpusResult

# Column -> dtype, in the files' column order.
SUMMARY_DTYPES: dict[str, str] = {
    "source": "string", "target": "string", "verdict": "string",
    "verbatim": "Int64", "paraphrased": "Int64", "added": "Int64", "omitted": "Int64",
    "target_derived_share": "Float64", "source_retained_share": "Float64",
    "edge": "boolean", "direction": "string", "upstream": "string", "near_duplicate": "boolean",
    "unattributed_reuse": "boolean", "report": "string", "carried_from": "string",
}
PROVENANCE_DTYPES: dict[str, str] = {
    "document": "string", "sentence": "Int64", "kind": "string", "label": "string", "source": "string",
    "source_sentence": "Int64", "score": "Float64", "direction": "string", "near_duplicate": "boolean",
    "origin": "string", "origin_sentence": "Int64", "tied_sources": "string",
    "linked_sources": "string", "text": "string",
}
SKIPPED_DTYPES: dict[str, str] = {"path": "string", "reason": "string"}
DOCUMENTS_DTYPES: dict[str, str] = {
    "id": "string", "path": "string", "title": "string", "outlet": "string", "credit": "string", "date": "string",
    "dateline": "string", "url": "string", "n_sentences": "Int64", "group": "string", "group_size": "Int64",
    "author": "string",
}
FACTS_DTYPES: dict[str, str] = {
    "source": "string", "target": "string", "kind": "string", "source_value": "string", "target_value": "string",
    "source_sentence": "Int64", "target_sentence": "Int64", "near_duplicate": "boolean", "edge": "boolean",
    "upstream": "string", "also_upstream": "string",
}
QUOTES_DTYPES: dict[str, str] = {
    "source": "string", "target": "string", "status": "string", "source_quote": "string", "target_quote": "string",
    "source_speaker": "string", "target_speaker": "string", "speaker_changed": "boolean", "similarity": "Float64",
    "source_sentence": "Int64", "target_sentence": "Int64", "near_duplicate": "boolean", "edge": "boolean",
    "upstream": "string",
    # Added last, so that a table read by position keeps its columns where they were.
    "said_to": "string",
}
SUMMARY_COLUMNS = list(SUMMARY_DTYPES)
PROVENANCE_COLUMNS = list(PROVENANCE_DTYPES)

# The output folder's table files and their dtypes (`read_table` goes by the file name).
TABLE_FILES: dict[str, dict[str, str]] = {
    "summary.csv": SUMMARY_DTYPES, "provenance.csv": PROVENANCE_DTYPES, "skipped.csv": SKIPPED_DTYPES,
    "documents.csv": DOCUMENTS_DTYPES, "facts.csv": FACTS_DTYPES, "quotes.csv": QUOTES_DTYPES,
}


def pair_direction(edges: Mapping[tuple[str, str], dict[str, Any]], directions: Mapping[tuple[str, str], Direction],
                   source: str, target: str) -> tuple[str | None, str | None]:
    """A compared pair's direction (dated, inferred, undetermined; None when the pair shares no text) and the
    document it puts first (None when undetermined): the graph's edge between the two, either way round, when there
    is one (`edges` by (source, target)), else the pair's own evidence (`Provenance.directions`)."""
    either = edges.get((source, target)) or edges.get((target, source))
    if either is not None:
        return either["direction"], either["source"] if either["direction"] != "undetermined" else None
    rel = directions.get((min(source, target), max(source, target)))
    if rel is None:
        return None, None
    return rel.direction, rel.source if rel.direction != "undetermined" else None


def summary_rows(result: CorpusResult) -> list[dict[str, Any]]:
    """One row per compared ordered pair, strongest reuse first (by verdict, then the target's derived share).

    A near-identical copy's row from a direct source of its representative is carried from the representative's
    comparison (`carried_from` names the representative; empty for a pair compared or matched itself).
    `edge` says whether the ordered pair is an edge of the graph; `direction` is how the pair's direction was
    decided (dated, inferred, undetermined; empty when the pair shares no text): the direction of the graph's edge
    between the two when there is one (either way round), else the pair's own evidence; `upstream` is the
    document that direction puts first, empty when it is undetermined. `unattributed_reuse` is the pair report's
    (the target reuses this source substantially without crediting it), except that it is False where `upstream`
    is the target (a text cannot have reused a later one: an article dated before the summary of it is not
    unattributed reuse of the summary) and where the source came first but the pair is no edge (the target took
    the text from another document: the agency's next version did not reuse a paper's reprint of the agency's
    earlier one), and where no evidence says which came first, True only when the source
    credits an agency the target does not (whichever came first, the target carries the agency's copy without its
    credit); two papers' reports of one story, neither crediting anyone, are not said to have reused each other.
    Empty when the run computed no findings (`CompareOptions(findings=False)`).
    """
    edges = {(e["source"], e["target"]): e for e in result.graph["edges"]}
    credited = {node["id"] for node in result.graph["nodes"] if node.get("credit")}
    rows: list[dict[str, Any]] = []
    for (source, target), pair in result.pairs.items():
        s = pair.summary
        edge = edges.get((source, target))
        direction, upstream = pair_direction(edges, result.lineage.directions, source, target)
        rows.append({
            "source": source, "target": target, "verdict": s.verdict, "verbatim": s.verbatim,
            "paraphrased": s.paraphrased, "added": s.added, "omitted": s.omitted,
            "target_derived_share": s.target_derived_share, "source_retained_share": s.source_retained_share,
            "edge": edge is not None, "direction": direction, "upstream": upstream,
            "near_duplicate": pair.near_duplicate,
            "unattributed_reuse": _unattributed(s.unattributed_reuse, source, upstream, source in credited,
                                                edge is not None),
            "report": pair.report, "carried_from": pair.carried_from,
        })
    # By verdict, then share: a non-derived pair whose sentences restate the source's facts (an independent report
    # of the same event) has a high derived share, and does not belong among the copies.
    rank = {verdict: k for k, verdict in enumerate(VERDICTS)}
    rows.sort(key=lambda r: (rank.get(r["verdict"], len(rank)), -r["target_derived_share"], -r["verbatim"],
                             -r["paraphrased"], r["source"], r["target"]))
    return rows


def _unattributed(reported: bool | None, source: str, upstream: str | None, source_credits: bool,
                  direct: bool = True) -> bool | None:
    """The pair report's `unattributed_reuse` where the order allows it (`summary_rows`). `direct`: the pair is an
    edge of the graph; a target the source came before that took
    the text from a third document (a paper's reprint and the agency's next version, both from the wire's earlier
    one) did not reuse this source."""
    if reported is None:
        return reported
    if upstream == source:
        return reported and direct
    # A later text cannot have reused the target; with no order, only an agency's credit says whose the text is.
    return reported and upstream is None and source_credits


def provenance_rows(result: CorpusResult) -> list[dict[str, Any]]:
    """One row per sentence of every document: its label, direct source, direction and origin.

    `near_duplicate` is False for a sentence that derives from nothing (no link came by a near-duplicate copy), so
    the column is a plain boolean.
    """
    return list(iter_provenance_rows(result))


def iter_provenance_rows(result: CorpusResult) -> Iterator[dict[str, Any]]:
    """`provenance_rows`, one at a time (a corpus of 100,000 documents has some 2.5 million)."""
    for row in result.lineage.iter_rows():
        yield {**row, "near_duplicate": row["near_duplicate"] is True}


def fact_rows(result: CorpusResult) -> list[dict[str, Any]]:
    """One row per changed fact of every derived pair (a number, a percentage, a sum, a date or a name the target
    writes differently from the sentence it copied), as its pair report lists it; a near-identical copy's edited
    sentences are read too. Sentence numbers are those of `provenance.csv` (join on document and sentence for the
    texts). In source, target and target sentence order. `edge` and `upstream` are the pair's, as in
    `summary.csv`: a changed figure along an edge of the graph is a copy's change; one from a later text to an
    earlier one (`upstream` is the target) is the earlier text's figure read backwards, and one between two copies
    of a third (no edge) compares siblings. `also_upstream`, on a row along an edge: another document with an edge
    into the target whose sentence the target sentence derives from and which gives the target's value (a wire
    story's other take, a correction): the target follows that text, and the change is not its own."""
    rows = _finding_rows(result, lambda pair: sorted(pair.facts, key=lambda f: (f[4], f[3])), lambda f: {
        "kind": f[0], "source_value": f[1], "target_value": f[2], "source_sentence": f[3], "target_sentence": f[4]})
    if rows:
        _mark_also_upstream(result, rows)
    return rows


def _mark_also_upstream(result: CorpusResult, rows: list[dict[str, Any]]) -> None:
    """Set `also_upstream` on the fact rows along edges whose target value another upstream document gives, in a
    sentence the target sentence is linked to (METER: a paper's "35" where the PA take compared says 34 and a later
    take "amends age of Pc Hendricks to 35"; 6 of 40 changes a fact-checker's trial read were such)."""
    from ..pair.findings.facts import extract_facts

    sources_of: dict[str, list[str]] = {}
    for edge in result.graph["edges"]:
        if edge.get("directed"):  # upstream of the target by the evidence, not a sibling
            sources_of.setdefault(edge["target"], []).append(edge["source"])
    sentences = {doc.info.id: doc.sentences for doc in result.docs}

    def values(text: str, kind: str, surface: str | None = None) -> set[Any]:
        if kind == "entity":  # a name as written, in any case
            return {surface.lower()} if surface is not None else {text.lower()}
        return {v for f in extract_facts(text) if f.kind == kind and (surface is None or f.surface == surface)
                for v in f.values}

    def gives(text: str, kind: str, wanted: set[Any]) -> bool:
        if kind == "entity":
            return any(re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text.lower()) for name in wanted)
        return bool(values(text, kind) & wanted)

    for row in rows:
        target, k = row["target"], row["target_sentence"]
        others = [o for o in sorted(sources_of.get(target, ())) if o != row["source"] and (o, target) in result.pairs]
        target_text = sentences.get(target, [])
        if not row["edge"] or not others or k is None or k >= len(target_text):
            continue  # most rows: a reprint with one source, nothing else to read
        wanted = values(target_text[k], row["kind"], row["target_value"])
        for other in others if wanted else ():
            pair = result.pairs[(other, target)]
            linked = {j for link in pair.links if link.target == k for j in link.sources}
            other_text = sentences.get(other, [])
            if any(j < len(other_text) and gives(other_text[j], row["kind"], wanted) for j in sorted(linked)):
                row["also_upstream"] = other
                break


def quote_rows(result: CorpusResult) -> list[dict[str, Any]]:
    """One row per quote of every derived pair whose wording changed (`status` `altered`: `source_quote` is the
    source's words, `similarity` how close they are), that the target gives to another speaker
    (`speaker_changed`, both speakers named at the quote) or that the target gives as said to an outlet where the
    source's tag does not (`said_to`, "told the Mail": a release's quote presented as an interview), as its pair
    report lists them. In source, target and
    target sentence order; sentence numbers, `edge` and `upstream` as in `facts.csv`. Near-identical copies are
    matched sentence by sentence without a report: their quotes are not read here (an edited figure or name in
    them is in `facts.csv`)."""
    return _finding_rows(result, lambda pair: pair.quotes, lambda q: {
        "status": q[0], "source_quote": q[1], "target_quote": q[2], "source_speaker": q[3], "target_speaker": q[4],
        "speaker_changed": q[5], "similarity": q[6], "source_sentence": q[7], "target_sentence": q[8],
        "said_to": q[9]})


def _finding_rows(result: CorpusResult, items: Callable[[PairResult], Sequence[tuple[Any, ...]]],
                  columns: Callable[[tuple[Any, ...]], dict[str, Any]]) -> list[dict[str, Any]]:
    """One row per finding of every pair (`items` of a pair, each made a row's own `columns`), beside the pair's
    source, target, `near_duplicate`, and `edge` and `upstream` as `summary.csv` has them."""
    edges = {(e["source"], e["target"]): e for e in result.graph["edges"]}
    rows = []
    for (source, target), pair in sorted(result.pairs.items()):
        found = items(pair)
        if not found:
            continue
        _, upstream = pair_direction(edges, result.lineage.directions, source, target)
        shared = {"near_duplicate": pair.near_duplicate, "edge": (source, target) in edges, "upstream": upstream}
        rows.extend({"source": source, "target": target, **columns(item), **shared} for item in found)
    return rows


def skipped_rows(result: CorpusResult) -> list[dict[str, Any]]:
    """One row per input that was not used, with its reason, by path."""
    from ..load.paths import natural_key

    return [{"path": s.path, "reason": s.reason} for s in sorted(result.skipped, key=lambda s: natural_key(s.path))]


def document_rows(result: CorpusResult) -> list[dict[str, Any]]:
    """One row per document, as the graph's nodes (upstream first): metadata and near-duplicate group."""
    return [dict(node) for node in result.graph["nodes"]]


def frame(rows: Iterable[Mapping[str, Any]], dtypes: Mapping[str, str]) -> pd.DataFrame:
    """Rows as a DataFrame with exactly these columns, in this order, of these dtypes (missing keys are NA)."""
    import pandas as pd

    rows = list(rows)
    return pd.DataFrame({column: pd.array([row.get(column) for row in rows], dtype=dtype)
                         for column, dtype in dtypes.items()})


def summary_table(result: CorpusResult) -> pd.DataFrame:
    """`summary.csv` as a DataFrame (`SUMMARY_DTYPES`)."""
    return frame(summary_rows(result), SUMMARY_DTYPES)


def provenance_table(result: CorpusResult) -> pd.DataFrame:
    """`provenance.csv` as a DataFrame (`PROVENANCE_DTYPES`)."""
    return frame(provenance_rows(result), PROVENANCE_DTYPES)


def skipped_table(result: CorpusResult) -> pd.DataFrame:
    """`skipped.csv` as a DataFrame (`SKIPPED_DTYPES`)."""
    return frame(skipped_rows(result), SKIPPED_DTYPES)


def documents_table(result: CorpusResult) -> pd.DataFrame:
    """`documents.csv` as a DataFrame (`DOCUMENTS_DTYPES`)."""
    return frame(document_rows(result), DOCUMENTS_DTYPES)


def facts_table(result: CorpusResult) -> pd.DataFrame:
    """`facts.csv` as a DataFrame (`FACTS_DTYPES`)."""
    return frame(fact_rows(result), FACTS_DTYPES)


def quotes_table(result: CorpusResult) -> pd.DataFrame:
    """`quotes.csv` as a DataFrame (`QUOTES_DTYPES`)."""
    return frame(quote_rows(result), QUOTES_DTYPES)


def csv_text(table: pd.DataFrame) -> str:
    """A table as CSV text: NA as an empty cell, integers without a decimal point, flags as True/False."""
    return str(table.to_csv(index=False, lineterminator="\n"))


# Rows per chunk of `csv_chunks`: a DataFrame of 50,000 provenance rows is ~50 MB.
CSV_CHUNK_ROWS = 50_000


def csv_chunks(result: CorpusResult) -> Iterator[str]:
    """`csv_text(provenance_table(result))`, chunk by chunk as the rows are made, so the whole table is never in
    memory (the dtypes are fixed per column, so every chunk writes its cells as the whole table would)."""
    chunk: list[dict[str, Any]] = []
    first = True
    for row in iter_provenance_rows(result):
        chunk.append(row)
        if len(chunk) == CSV_CHUNK_ROWS:
            text = csv_text(frame(chunk, PROVENANCE_DTYPES))
            yield text if first else text.split("\n", 1)[1]
            chunk, first = [], False
    if chunk or first:
        text = csv_text(frame(chunk, PROVENANCE_DTYPES))
        yield text if first else text.split("\n", 1)[1]


def read_table(path: str | os.PathLike[str], *, dtypes: Mapping[str, str] | None = None) -> pd.DataFrame:
    """Read one of a corpus run's tables back with its dtypes: the same frame the file was written from.

    Args:
        path: `summary.csv`, `provenance.csv`, `skipped.csv` or `documents.csv` of an output folder.
        dtypes: the columns' dtypes; by default those of the file's name (`TABLE_FILES`).

    Only empty cells are missing values: a sentence reading "NA" or "null" stays text.

    Raises:
        ValueError: the file name is not one of the tables and no `dtypes` were given.
    """
    import pandas as pd

    if dtypes is None:
        name = os.path.basename(os.fspath(path))
        if name not in TABLE_FILES:
            raise ValueError(f"{name!r} is not a corpus table ({', '.join(TABLE_FILES)}); pass dtypes=")
        dtypes = TABLE_FILES[name]
    return pd.read_csv(path, dtype=dict(dtypes), keep_default_na=False, na_values=[""])


__all__ = [
    "DOCUMENTS_DTYPES", "PROVENANCE_COLUMNS", "PROVENANCE_DTYPES", "SKIPPED_DTYPES", "SUMMARY_COLUMNS",
    "SUMMARY_DTYPES", "TABLE_FILES", "csv_chunks", "csv_text", "document_rows", "documents_table", "frame",
    "iter_provenance_rows", "provenance_rows",
    "provenance_table", "read_table", "skipped_rows", "skipped_table", "summary_rows", "summary_table",
]
