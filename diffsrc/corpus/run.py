"""A corpus run: many documents in, pair reports, a provenance graph and sentence-level provenance out.

The run (`run_corpus`) has four steps, each deterministic whatever the number of workers:

1. prepare every document (`text.prepare`: sentences and features; fingerprints; what provenance needs of it),
   in worker processes;
2. group near-identical copies and pick candidate pairs from the fingerprint index (`candidates.py`): no N² step;
3. compare each candidate pair in depth, both ways (`pair.compare`), in worker processes or on a Dask cluster;
   copies are matched to their group's representative sentence by sentence, not aligned;
4. decide directions and direct sources (`provenance.py`).

`output.write_corpus` loads the inputs, runs, and writes the output folder.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import TYPE_CHECKING, Any

from ..document import Document
from ..errors import DiffsrcError, InputError
from ..load.paths import Skipped
from ..settings import FORMAT_EXTENSIONS, CompareOptions, CorpusOptions
from ..text.prepare import PreparedDocument
from ..workers import Workers
from .provenance import (
    DocumentEvidence,
    PairResult,
    Provenance,
    SentenceLink,
    build_provenance,
    document_evidence,
    representative_key,
)

if TYPE_CHECKING:
    import pandas as pd

logger = logging.getLogger(__name__)

Progress = Callable[[str, int, int], None]
"""progress(stage, done, total): called as work completes (stages: "loading", "preparing", "comparing")."""

# Work units sent to a worker: big enough that process and pickling overhead is small against the work.
PREPARE_CHUNK = 64
COMPARE_CHUNK = 48


@dataclass(repr=False)
class CorpusResult:
    """Everything a corpus run found; `write_corpus` writes it as a folder, and it is data in Python too.

    Attributes:
        docs: what the run kept of each document (its metadata card and sentences).
        skipped: the inputs that were not used, with their reasons.
        groups: near-duplicate groups of ids, the representative first.
        pairs: every compared ordered pair, by (source id, target id).
        lineage: the decided provenance: the graph, one row per sentence, the direction of each related pair.
        candidate_pairs: how many candidate pairs were aligned in depth.
        files: pair report files (relative path -> text), when `run_corpus` was given no sink.

    The tables are pandas DataFrames with the columns and dtypes of the output folder's CSV files (built by the
    same functions, `corpus.tables`): `summary`, `provenance`, `documents` and `skipped_table`; `graph` is the
    `diffsrc.graph/1` dict and `to_networkx()` the same graph as a `networkx.DiGraph`. In a notebook the result
    shows its headline counts and strongest derivations.
    """

    docs: list[DocumentEvidence]
    skipped: list[Skipped]
    groups: list[list[str]]
    pairs: dict[tuple[str, str], PairResult]
    lineage: Provenance
    candidate_pairs: int = 0
    files: dict[str, str] = field(default_factory=dict)  # pair files: relative path -> text

    @property
    def graph(self) -> dict[str, Any]:
        """The provenance graph, `diffsrc.graph/1` (what `graph.json` holds)."""
        return self.lineage.graph

    # The tables are built on first use (pandas is imported then) and kept: a result does not change.
    @cached_property
    def summary(self) -> pd.DataFrame:
        """One row per compared ordered pair, strongest reuse first: `summary.csv` (`tables.SUMMARY_DTYPES`)."""
        from .tables import summary_table

        return summary_table(self)

    @cached_property
    def provenance(self) -> pd.DataFrame:
        """One row per sentence of every document, with its direct source and origin: `provenance.csv`."""
        from .tables import provenance_table

        return provenance_table(self)

    @cached_property
    def documents(self) -> pd.DataFrame:
        """One row per document (the graph's nodes): id, path, title, outlet, credit, date, group: `documents.csv`."""
        from .tables import documents_table

        return documents_table(self)

    @cached_property
    def skipped_table(self) -> pd.DataFrame:
        """The inputs that were not used, with their reasons: `skipped.csv`."""
        from .tables import skipped_table

        return skipped_table(self)

    def to_networkx(self) -> Any:
        """The provenance graph as a `networkx.DiGraph` (needs the `graph` extra: pip install 'diffsrc[graph]').

        Raises:
            InputError: networkx is not installed.
        """
        from .provenance import to_networkx

        return to_networkx(self.graph)

    def __repr__(self) -> str:
        return (f"<CorpusResult: {len(self.docs)} documents, {len(self.pairs)} pairs compared, "
                f"{len(self.graph['edges'])} derivations, {len(self.skipped)} skipped>")

    def _repr_html_(self) -> str:
        """Headline counts and the strongest derivations, for notebooks (no script; the page's styles, scoped)."""
        from ..report.html import render_corpus_inline

        return render_corpus_inline(self.graph, n_pairs=len(self.pairs), skipped=len(self.skipped))


# ---------------------------------------------------------------------------------------------------- workers


@dataclass
class _Prepared:
    info: DocumentEvidence
    shingles: Any  # np.ndarray of uint64
    keys: list[str]
    document: PreparedDocument


def _prepare_chunk(docs: list[Document]) -> list[_Prepared | Skipped]:
    """Worker side: prepare each document (clean, segment, features) and what the run needs of it."""
    from ..text.prepare import prepare
    from ..text.segment import verbatim_key
    from .candidates import sentence_shingles

    out: list[_Prepared | Skipped] = []
    for doc in docs:
        try:
            prepared = prepare(doc)
        except DiffsrcError as exc:  # no article text: skipped with its reason, as an unreadable file is
            out.append(Skipped(exc.path or doc.path or doc.id, exc.reason))
            continue
        info = document_evidence(prepared)
        out.append(_Prepared(info, sentence_shingles(info.sentences), [verbatim_key(s) for s in info.sentences],
                             prepared))
    return out


def pair_slug(doc_id: str) -> str:
    """A file-name-safe form of a document id (ids holding `/` or odd characters get a short hash)."""
    slug = re.sub(r"[^\w.\-]+", "_", doc_id)
    if slug != doc_id or "__" in doc_id:
        slug = f"{slug}-{hashlib.sha1(doc_id.encode('utf-8', 'surrogatepass')).hexdigest()[:6]}"
    return slug


def pair_path(source: str, target: str, ext: str) -> str:
    return f"pairs/{pair_slug(source)}__{pair_slug(target)}.{ext}"


def _compare_chunk(docs: dict[str, PreparedDocument], pairs: list[tuple[str, str]], formats: tuple[str, ...],
                   options: CompareOptions) -> list[tuple[PairResult, dict[str, str]]]:
    from ..pair.compare import compare
    from ..report import render
    from ..report.html import render_pair_page

    out = []
    for source, target in pairs:
        report = compare(docs[source], docs[target], options=options)
        links = [SentenceLink(s.index, list(s.links), float(s.score or 0.0), s.label)
                 for s in report.target_sentences if s.label in ("verbatim", "paraphrased")]
        result = PairResult(source, target, report.summary, links)
        rendered: dict[str, str] = {}
        if links:
            result.report = pair_path(source, target, "json")
            for fmt in formats:
                if fmt == "html":
                    page = render_pair_page(report, pair_links=[("← Corpus report", "../index.html")])
                    rendered[pair_path(source, target, "html")] = page
                else:
                    rendered[pair_path(source, target, FORMAT_EXTENSIONS[fmt])] = render(report, fmt)
        out.append((result, rendered))
    return out


# ---------------------------------------------------------------------------------------------------- the run


def _near_duplicate_result(rep: _Prepared, copy: _Prepared, options: CompareOptions) -> PairResult:
    """A copy against its representative by exact sentence match (verbatim keys), without alignment."""
    from ..pair.classify import verdict
    from ..pair.model import PairSummary

    first: dict[str, int] = {}
    for i, key in enumerate(rep.keys):
        first.setdefault(key, i)
    links = [SentenceLink(t, [first[k]], 1.0, "verbatim") for t, k in enumerate(copy.keys) if k in first]
    used = {link.sources[0] for link in links}
    copy_len = [len(s) for s in copy.info.sentences]
    rep_len = [len(s) for s in rep.info.sentences]
    derived = round(sum(copy_len[link.target] for link in links) / (sum(copy_len) or 1), 4)
    retained_keys = {copy.keys[link.target] for link in links}
    retained = round(sum(n for i, n in enumerate(rep_len) if rep.keys[i] in retained_keys) / (sum(rep_len) or 1), 4)
    summary = PairSummary(
        verbatim=len(links), paraphrased=0, added=len(copy.keys) - len(links),
        omitted=sum(1 for i, k in enumerate(rep.keys) if k not in retained_keys and i not in used),
        target_derived_share=derived, source_retained_share=retained,
        verdict=verdict(derived, len(links), max((len(copy.keys[link.target].split()) for link in links), default=0),
                        options=options),
    )
    if options.findings:
        # Whether the copy credits its source, as a compared pair's report says: a reprint that drops the agency's
        # credit is unattributed reuse too (the credit check alone: it reads the copy's text once).
        from ..pair.findings.attribution import find_attribution, unattributed_reuse

        attribution = find_attribution(copy.document.document.text, rep.info.credit, rep.info.outlet)
        summary = replace(summary, unattributed_reuse=unattributed_reuse(attribution, summary))
    return PairResult(rep.info.id, copy.info.id, summary, links, near_duplicate=True)


class _StageClock:
    """Logs each stage's wall time at INFO level (`diffsrc -v corpus ...`)."""

    def __init__(self) -> None:
        import time

        self._time = time.perf_counter
        self._last = self._time()

    def lap(self, stage: str) -> None:
        now = self._time()
        logger.info("%s in %.2f s", stage, now - self._last)
        self._last = now


def _chunks(items: Sequence[Any], size: int) -> list[Sequence[Any]]:
    return [items[i:i + size] for i in range(0, len(items), size)]


def run_corpus(
    docs: Sequence[Document],
    *,
    options: CorpusOptions | None = None,
    skipped: Sequence[Skipped] = (),
    sink: Callable[[str, str], None] | None = None,
    progress: Progress | None = None,
) -> CorpusResult:
    """Compare a corpus: candidate pairs only, near-duplicates grouped, directions and direct sources decided.

    Args:
        docs: the documents (distinct ids).
        options: a `CorpusOptions` (workers, Dask scheduler, thresholds, pair report formats).
        skipped: inputs that could not be read, carried into the result for the summary.
        sink: called as `sink(relative_path, text)` for each pair report file as it is produced; without one the
            files are kept in `CorpusResult.files`.
        progress: called as `progress(stage, done, total)`.

    Returns:
        A `CorpusResult`.

    Raises:
        InputError: two documents share an id, or the Dask scheduler cannot be used.
    """
    from .candidates import candidate_pairs, group_near_duplicates

    options = options or CorpusOptions()
    seen: set[str] = set()
    for doc in docs:
        if doc.id in seen:
            raise InputError("two documents have this id; give them distinct ids", doc.id)
        seen.add(doc.id)
    result_files: dict[str, str] = {}
    emit = sink or result_files.__setitem__
    tick = progress or (lambda stage, done, total: None)

    clock = _StageClock()
    with Workers(jobs=options.jobs, scheduler=options.scheduler, connect_timeout=options.connect_timeout) as executor:
        clock.lap("workers started")
        prepared: dict[str, _Prepared] = {}
        skipped = list(skipped)
        order = sorted(docs, key=lambda d: d.id)
        chunks = _chunks(order, PREPARE_CHUNK)
        tick("preparing", 0, len(order))
        done = 0
        for batch in executor.map(_prepare_chunk, [(list(c),) for c in chunks]):
            for p in batch:
                if isinstance(p, Skipped):
                    logger.info("skipped %s", p.message)
                    skipped.append(p)
                else:
                    prepared[p.info.id] = p
            done += len(batch)
            tick("preparing", done, len(order))
        by_id = {doc_id: p.document for doc_id, p in prepared.items()}

        clock.lap("prepared")
        ids = sorted(prepared)
        raw_groups = group_near_duplicates([prepared[i].shingles for i in ids],
                                           threshold=options.near_duplicate_threshold)
        # The representative is chosen by evidence, then fullness and content, never by file name.
        groups = [sorted((ids[i] for i in g), key=lambda d: representative_key(prepared[d].info))
                  for g in raw_groups]
        groups.sort(key=lambda g: g[0])
        reps = [g[0] for g in groups]
        found = candidate_pairs([prepared[r].shingles for r in reps], min_shared=options.min_shared,
                                max_posting=options.max_posting)
        clock.lap("near-duplicates and candidates")
        ordered: list[tuple[str, str]] = []
        for i, j, _ in found:
            ordered += [(reps[i], reps[j]), (reps[j], reps[i])]
        logger.info("%d documents, %d near-duplicate groups, %d candidate pairs", len(ids),
                    sum(1 for g in groups if len(g) > 1), len(found))

        pairs: dict[tuple[str, str], PairResult] = {}
        tasks = []
        for chunk in _chunks(ordered, COMPARE_CHUNK):
            needed = {d for pair in chunk for d in pair}
            tasks.append(({d: by_id[d] for d in sorted(needed)}, list(chunk), options.formats, options.compare))
        tick("comparing", 0, len(ordered))
        for batch in executor.map(_compare_chunk, tasks):
            for pair_result, rendered in batch:
                pairs[(pair_result.source, pair_result.target)] = pair_result
                for path, text in rendered.items():
                    emit(path, text)
            tick("comparing", len(pairs), len(ordered))
        clock.lap("compared")

    for group in groups:
        for copy in group[1:]:
            pairs[(group[0], copy)] = _near_duplicate_result(prepared[group[0]], prepared[copy], options.compare)
    infos = [prepared[i].info for i in ids]
    provenance = build_provenance(infos, groups, dict(sorted(pairs.items())), options=options.compare)
    clock.lap("provenance")
    return CorpusResult(infos, skipped, groups, dict(sorted(pairs.items())), provenance,
                        candidate_pairs=len(found), files=result_files)


__all__ = ["CorpusResult", "pair_path", "run_corpus"]
