"""A corpus run: many documents in, pair reports, a provenance graph and sentence-level provenance out.

The run (`run_corpus`) has four steps, each deterministic whatever the number of workers:

1. summarise every document in worker processes (read, clean, segment; the evidence provenance needs of it, its
   fingerprints, a hash of each sentence's verbatim key). Documents stream through the workers: the main process
   keeps these summaries (and writes the sentence texts to a temporary file, `spool.py`), never the documents;
2. group near-identical copies and pick candidate pairs from the fingerprint index (`candidates.py`): no N² step;
3. compare each candidate pair in depth, both ways (`pair.compare`), in worker processes or on a Dask cluster:
   tasks carry document references (a file to read again, or the document itself when it came from memory or
   from a multi-document file), and each worker prepares the few documents it compares, keeping the last ones;
   copies are matched to their group's representative sentence by sentence, not aligned (the few holding a
   sentence that matching cannot place, two run into one, are compared with it with the candidate pairs);
4. decide directions and direct sources (`provenance/`).

`output.write_corpus` runs it on files and writes the output folder.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import uuid
from collections import OrderedDict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import TYPE_CHECKING, Any

from ..document import Document
from ..errors import DiffsrcError, InputError
from ..load.paths import Skipped
from ..pair.model import PairSummary
from ..settings import FORMAT_EXTENSIONS, CompareOptions, CorpusOptions
from ..text.prepare import PreparedDocument
from ..text.segment import SENTENCE_CACHE_MAX_CHARS, SENTENCE_CACHE_SIZE, remember_short_texts
from ..wording import plural
from ..workers import Workers
from .edits import edited_facts, edited_quotes, fact_tuples, quote_tuples
from .provenance import (
    DocumentEvidence,
    PairResult,
    Provenance,
    SentenceLink,
    build_provenance,
    document_evidence,
    representative_key,
)
from .spool import SentenceSpool

if TYPE_CHECKING:
    import pandas as pd

logger = logging.getLogger(__name__)

Progress = Callable[[str, int, int], None]
"""progress(stage, done, total): called as work completes (stages: "preparing", "comparing")."""

# Work units sent to a worker: big enough that process and pickling overhead is small against the work.
PREPARE_CHUNK = 64
COMPARE_CHUNK = 48
# Prepared documents a worker keeps for the next comparisons (a representative is compared with each of its
# candidates, and tasks hold consecutive pairs): a few MB.
WORKER_CACHE = 64


# ---------------------------------------------------------------------------------------------------- sources


@dataclass(frozen=True)
class FileSource:
    """An input file for the workers to read (`write_corpus` makes one per file): its path as given and the id
    of its document (`load.paths.document_ids`; records of a JSONL/CSV/WARC file get their own)."""

    path: str
    id: str


@dataclass(frozen=True)
class DocumentRef:
    """How a worker gets a document again: from its file, or carried along (a document made in memory, a record
    of a multi-document file, standard input).

    Attributes:
        id: the document's id in the run.
        path: the file, as given (what reports show).
        file_id: the id the file is read with (`load.read.load_path`).
        location: the path the workers open (absolute on a Dask cluster, whose workers may run elsewhere).
        metadata: title/outlet/date/url/author given for it (a manifest), which win over the file's own.
        document: the document itself, when there is no file to read it from.
    """

    id: str
    path: str | None = None
    file_id: str | None = None
    location: str | None = None
    metadata: tuple[tuple[str, str], ...] = ()
    document: Document | None = None

    def load(self) -> Document:
        if self.document is not None:
            return replace(self.document, id=self.id, **dict(self.metadata))
        from ..load.decode import read_again
        from ..load.read import load_path

        assert self.location is not None
        with read_again():  # summarising the document read it first, and said what there was to say
            doc = Document(**load_path(self.location, id=self.file_id, check=False, **dict(self.metadata)))
        doc.id, doc.path = self.id, self.path
        return doc


@dataclass
class _Summary:
    """What the main process keeps of a document: the evidence provenance needs, the fingerprints candidates
    need, and what matching a copy against its representative needs (no text beyond the evidence's)."""

    evidence: DocumentEvidence
    shingles: Any  # np.ndarray of uint64
    words: Any  # np.ndarray of uint64: its content words (`candidates.content_words`)
    keys: Any  # np.ndarray of uint64: a hash of each sentence's verbatim key (`text.segment.verbatim_key`)
    lengths: Any  # np.ndarray of int64: characters in each sentence
    ref: DocumentRef | None  # None while it travels back from a worker that was handed the reference


# ---------------------------------------------------------------------------------------------------- workers


def _key_hash(key: str) -> int:
    return int.from_bytes(hashlib.blake2b(key.encode("utf-8", "surrogatepass"), digest_size=8).digest(), "little")


@remember_short_texts(SENTENCE_CACHE_MAX_CHARS, SENTENCE_CACHE_SIZE)
def _sentence_key_hash(sentence: str) -> int:
    """The hash of a sentence's verbatim key (`text.segment.surface_tokens`), each distinct sentence's once (a
    syndicated corpus repeats its sentences word for word)."""
    from ..text.segment import surface_tokens

    return _key_hash(" ".join(surface_tokens(sentence)))


def _summarise(doc: Document, ref: DocumentRef | None) -> _Summary | Skipped:
    """Worker side: clean and segment a document, and summarise what the run needs of it."""
    import numpy as np

    from ..text.prepare import clean_article
    from ..text.segment import segment_paragraphs
    from .candidates import content_words, sentence_shingles

    try:
        cleaned = clean_article(doc.text, doc.path or doc.id)
    except DiffsrcError as exc:  # no article text: skipped with its reason, as an unreadable file is
        return Skipped(exc.path or doc.path or doc.id, exc.reason)
    # Sentence features are computed only for the documents compared in depth (`_prepared`), a few in a hundred.
    prepared = PreparedDocument(doc, cleaned, segment_paragraphs(cleaned.paragraphs), [])
    evidence = document_evidence(prepared)
    return _Summary(
        evidence, sentence_shingles(evidence.sentences), content_words(evidence.sentences),
        np.array([_sentence_key_hash(s) for s in evidence.sentences], dtype=np.uint64),
        np.array([len(s) for s in evidence.sentences], dtype=np.int64), ref)


def _relocate(path: str | None, location: str, given: str) -> str | None:
    """A path a worker saw (under `location`) as the user gave it (under `given`)."""
    if path is not None and location != given and path.startswith(location):
        return given + path[len(location):]
    return path


Item = tuple[str | None, "_Summary | Skipped"]


def _summarise_sources(sources: list[tuple[FileSource | DocumentRef, str | None, list[Any] | None]]
                       ) -> list[list[Item]]:
    """Worker side: each source's documents, summarised, as (id, summary or Skipped); (None, Skipped) for an
    input or record that could not be read."""
    from ..load.read import iter_path

    out: list[list[Item]] = []
    for source, location, preloaded in sources:
        if isinstance(source, DocumentRef):
            # The caller keeps the reference (and the document it holds): none travels back.
            out.append([(source.id, _summarise(source.load(), None))])
            continue
        where = location or source.path
        items = preloaded if preloaded is not None else list(iter_path(where, id=source.id))
        found = [item for item in items if isinstance(item, dict)]
        results: list[Item] = []
        for item in items:
            if isinstance(item, DiffsrcError):
                results.append((None, Skipped(_relocate(item.path, where, source.path) or source.path,
                                              item.reason)))
                continue
            doc = Document(**item)
            doc.path = _relocate(doc.path, where, source.path)
            if len(found) == 1 and preloaded is None:
                ref = DocumentRef(doc.id, path=doc.path, file_id=source.id, location=where)
            else:
                ref = DocumentRef(doc.id, document=doc)
            results.append((doc.id, _summarise(doc, ref)))
        out.append(results)
    return out


_PREPARED: OrderedDict[tuple[str, str], PreparedDocument] = OrderedDict()


def _prepared(run: str, ref: DocumentRef) -> PreparedDocument:
    """A document prepared for comparison (features and all), from this worker's last ones when it has it."""
    from ..text.prepare import prepare

    key = (run, ref.id)
    if key in _PREPARED:
        _PREPARED.move_to_end(key)
        return _PREPARED[key]
    doc = prepare(ref.load())
    _PREPARED[key] = doc
    while len(_PREPARED) > WORKER_CACHE:
        _PREPARED.popitem(last=False)
    return doc


# Bytes of a document id kept in a pair report's file name: two of them, `__`, a hash each and `.html` stay within
# the 255 bytes a file name may have on common file systems (record ids of JSONL and WARC files are often URLs).
SLUG_MAX_BYTES = 100


def pair_slug(doc_id: str) -> str:
    """A file-name-safe form of a document id: ids holding `/` or odd characters, and long ones (cut to
    `SLUG_MAX_BYTES`), get a short hash of the whole id."""
    slug = re.sub(r"[^\w.\-]+", "_", doc_id)
    cut = slug.encode("utf-8", "surrogatepass")[:SLUG_MAX_BYTES].decode("utf-8", "ignore")
    if slug != doc_id or "__" in doc_id or cut != slug:
        slug = f"{cut}-{hashlib.sha1(doc_id.encode('utf-8', 'surrogatepass')).hexdigest()[:6]}"
    return slug


def pair_path(source: str, target: str, ext: str) -> str:
    return f"pairs/{pair_slug(source)}__{pair_slug(target)}.{ext}"


def wants_report(summary: PairSummary, all_pairs: bool) -> bool:
    """Whether a compared pair gets report files: when the target derives from the source (wholly or partly), or
    for every pair with `CorpusOptions.all_pairs`."""
    return all_pairs or summary.verdict != "non-derived"


def report_path(source: str, target: str, formats: Sequence[str]) -> str | None:
    """The pair report a table or the graph points at: the JSON one, or the first format written."""
    if not formats:
        return None
    fmt = "json" if "json" in formats else formats[0]
    return pair_path(source, target, FORMAT_EXTENSIONS[fmt])


def _compare_chunk(run: str, refs: dict[str, DocumentRef], pairs: list[tuple[str, str]], formats: tuple[str, ...],
                   options: CompareOptions, all_pairs: bool = False) -> list[tuple[PairResult, dict[str, str]]]:
    from ..pair.compare import compare
    from ..report import render
    from ..report.html import render_pair_page

    out = []
    for source, target in pairs:
        report = compare(_prepared(run, refs[source]), _prepared(run, refs[target]), options=options)
        links = [SentenceLink(s.index, [s.closest, *(i for i in s.links if i != s.closest)], float(s.score or 0.0),
                              s.label, s.copied)
                 for s in report.target_sentences if s.label in ("verbatim", "paraphrased")]
        result = PairResult(source, target, report.summary, links)
        if report.findings is not None and report.summary.verdict != "non-derived":
            result.facts = fact_tuples([*report.findings.facts, *report.findings.reversals,
                                        *report.findings.overstatements])
            result.quotes = quote_tuples(report.findings.quotes)
        rendered: dict[str, str] = {}
        if wants_report(report.summary, all_pairs):
            result.report = report_path(source, target, formats)
            for fmt in formats:
                if fmt == "html":
                    page = render_pair_page(report, pair_links=[("← Corpus report", "../index.html")],
                                            in_corpus=True)
                    rendered[pair_path(source, target, "html")] = page
                else:
                    rendered[pair_path(source, target, FORMAT_EXTENSIONS[fmt])] = render(report, fmt)
        out.append((result, rendered))
    return out


# ---------------------------------------------------------------------------------------------------- the run


class _NearDuplicateLinks(Sequence[SentenceLink]):
    """A copy's sentences found in its representative, as `SentenceLink`s made when looked at (a copy of a
    25-sentence story costs three small arrays, not 25 objects); `copied` is 1 for an exact copy, the verbatim
    rule's share for a sentence with a word changed, and under `verbatim_min` for one reworded in its place
    (`paraphrased`)."""

    __slots__ = ("_copied", "_sources", "_targets", "_verbatim_min")

    def __init__(self, targets: Any, sources: Any, copied: Any, verbatim_min: float):
        self._targets, self._sources, self._copied = targets, sources, copied
        self._verbatim_min = verbatim_min

    def __len__(self) -> int:
        return int(self._targets.size)

    def _link(self, t: int, s: int, c: float) -> SentenceLink:
        return SentenceLink(t, [s], 1.0, "verbatim" if c >= self._verbatim_min else "paraphrased", c)

    def __getitem__(self, index: int) -> SentenceLink:  # type: ignore[override]
        return self._link(int(self._targets[index]), int(self._sources[index]), float(self._copied[index]))

    def __iter__(self) -> Iterator[SentenceLink]:
        for t, s, c in zip(self._targets.tolist(), self._sources.tolist(), self._copied.tolist(), strict=True):
            yield self._link(t, s, c)


# Rounds of taking copies that hold another document's text out of their near-duplicate group, and the most
# documents a sentence may be in and still tell (a line that hundreds of reprints add is a stock line, not what one
# version added to the next).
APART_ROUNDS = 3
APART_MAX_HOLDERS = 5


def _apart_from_their_group(groups: list[list[str]], summaries: dict[str, _Summary],
                            threshold: float) -> list[list[str]]:
    """The groups, without the copies that hold a sentence their representative lacks and another document,
    dated after the representative, has: version 4 of a story, near-identical to version 3 and grouped with it,
    and a reprint of version 4, which took version 4's additions from it; only alignments of their own say so (a
    copy is matched to its representative alone). Such copies are grouped again among themselves (a reprint of a
    reprint stays with it), each group under the representative of its own. (A reprint holding wire sentences
    its representative trimmed stays: the wire is dated before it, and the representative holds the rest.)"""
    import numpy as np

    from ..arrays import setdiff, unique
    from ..text.dates import certainly_before, known_date
    from ..text.lexicon import canonical_agency
    from .candidates import group_near_duplicates

    dates = {d: known_date(s.evidence.date) for d, s in summaries.items()}
    # A take's place in its agency's update chain orders two takes of one agency as a date does (an update-chain
    # editor's trial: a correction near-identical to the take it corrects was grouped with it, so a paper that
    # printed the corrected figure was matched to the uncorrected take alone, and said to have changed it).
    takes = {d: (canonical_agency(s.evidence.credit), s.evidence.take) for d, s in summaries.items()
             if s.evidence.take is not None and s.evidence.credit}

    def later_take(doc: str, than: str) -> bool:
        a, b = takes.get(than), takes.get(doc)
        return a is not None and b is not None and a[0] == b[0] and a[1] < b[1]

    def later(doc: str, than: str) -> bool:
        a, b = dates.get(than), dates.get(doc)
        return (a is not None and b is not None and certainly_before(a, b)) or later_take(doc, than)

    def ordered(rep: str) -> bool:
        return dates.get(rep) is not None or rep in takes

    for _ in range(APART_ROUNDS):  # a copy leaving may leave a reprint of it holding its text: look again
        if all(len(g) == 1 for g in groups):
            break
        if not any(len(g) > 1 and ordered(g[0]) for g in groups):
            break  # only a dated representative (or a numbered take) has later documents
        # Each dated group's copies' own sentences (verbatim keys their representative lacks), and the documents
        # holding any of those (found for those keys only: a corpus holds millions of sentences).
        own = {copy: setdiff(summaries[copy].keys, summaries[g[0]].keys)
               for g in groups if len(g) > 1 and ordered(g[0]) for copy in g[1:]}
        own = {copy: keys for copy, keys in own.items() if keys.size}
        holders: dict[int, list[str]] = {}
        if own:
            wanted = unique(np.concatenate(list(own.values())))
            names = list(summaries)
            keys = np.concatenate([summaries[d].keys for d in names])
            owner = np.repeat(np.arange(len(names)), [summaries[d].keys.size for d in names])
            hit = np.isin(keys, wanted)  # one vectorised pass over every sentence of the corpus
            for key, k in zip(keys[hit].tolist(), owner[hit].tolist(), strict=True):
                if not (held := holders.setdefault(key, [])) or held[-1] != names[k]:
                    held.append(names[k])
        out: list[list[str]] = []
        apart: list[str] = []
        for group in groups:
            rep = group[0]
            stays = [rep]
            for copy in group[1:]:
                # A later take of the representative's story is a version of its own (its own sentences, if any,
                # are the update), or a copy holding sentences a later document has.
                elsewhere = later_take(copy, rep) or any(
                    d != copy and later(d, rep) for k in own.get(copy, np.zeros(0)).tolist()
                    if len(held := holders.get(int(k), ())) <= APART_MAX_HOLDERS for d in held)
                (apart if elsewhere else stays).append(copy)
            out.append(stays)
        if not apart:
            return groups
        again = group_near_duplicates([summaries[d].shingles for d in apart], threshold=threshold)
        groups = out + [sorted((apart[i] for i in g), key=lambda d: representative_key(summaries[d].evidence))
                        for g in again]
    return groups


def _near_duplicate_results(rep: _Summary, copies: Sequence[_Summary], options: CompareOptions
                            ) -> tuple[list[PairResult], list[str]]:
    """Each copy against its representative without alignment: by exact sentence match (verbatim keys; the copies
    of a group are matched in one vectorised pass), then each sentence left over against the representative's
    left-over sentences between the same matched neighbours, by the verbatim rule (`_edited_sentences`: a copy
    with a word changed in a sentence keeps it verbatim, as `compare` says; a sentence the representative ran
    into the one before it is a copy of that one).

    Returns the copies' results, and the copies to compare in full instead: those holding a sentence this matching
    could not place that is made of the representative's left-over sentences there (two of them run into one, a
    full stop lost, which `compare` links to both)."""
    import numpy as np

    from ..pair.classify import share_verdict

    # The representative's distinct keys, with the first sentence holding each (a stable sort keeps it first).
    order = np.argsort(rep.keys, kind="stable")
    ordered = rep.keys[order]
    first = np.r_[True, ordered[1:] != ordered[:-1]] if ordered.size else np.zeros(0, dtype=bool)
    unique, first_index = ordered[first], order[first]
    rep_unique = np.searchsorted(unique, rep.keys)  # each representative sentence's key, as an index into unique
    rep_total = int(rep.lengths.sum())
    keys = np.concatenate([c.keys for c in copies])
    where = np.minimum(np.searchsorted(unique, keys), max(unique.size - 1, 0))
    hits = unique[where] == keys if unique.size else np.zeros(keys.size, dtype=bool)
    results = []
    in_full: list[str] = []
    start = 0
    rep_sentences: list[str] | None = None  # read back from the spool once, if a copy has an edited sentence
    rep_tokens: dict[int, list[str]] = {}  # and their words, for all the group's copies
    for copy in copies:
        stop = start + copy.keys.size
        hit, found = hits[start:stop], where[start:stop]
        start = stop
        targets = np.flatnonzero(hit)
        matched = found[targets]
        sources = first_index[matched]
        kept = np.zeros(unique.size, dtype=bool)
        kept[matched] = True
        retained = kept[rep_unique] if rep_unique.size else np.zeros(0, dtype=bool)
        copied = np.ones(targets.size)
        edited = []
        if targets.size < copy.keys.size and not retained.all():
            rep_sentences = rep_sentences if rep_sentences is not None else list(rep.evidence.sentences)
            copy_sentences = list(copy.evidence.sentences)
            edited, unplaced = _edited_sentences(rep_sentences, copy_sentences, targets.tolist(), sources.tolist(),
                                                 retained.copy(), options.verbatim_min_copied, rep_tokens)
            if unplaced:
                in_full.append(copy.evidence.id)
                continue
            if edited:
                triples = sorted([*zip(targets.tolist(), sources.tolist(), copied.tolist(), strict=True), *edited])
                targets = np.array([t for t, _, _ in triples], dtype=np.int64)
                sources = np.array([s for _, s, _ in triples], dtype=np.int64)
                copied = np.array([c for _, _, c in triples])
                retained[[s for _, s, _ in edited]] = True
        derived_share = round(int(copy.lengths[targets].sum()) / (int(copy.lengths.sum()) or 1), 4)
        retained_share = round(int(rep.lengths[retained].sum()) / (rep_total or 1), 4)
        reworded = int((copied < options.verbatim_min_copied).sum())
        summary = PairSummary(
            verbatim=int(targets.size) - reworded, paraphrased=reworded, added=int(copy.keys.size - targets.size),
            omitted=int(rep.keys.size - retained.sum()),
            target_derived_share=derived_share, source_retained_share=retained_share,
            verdict=share_verdict(derived_share, int(targets.size), options=options),
        )
        links = _NearDuplicateLinks(targets, sources, copied, options.verbatim_min_copied)
        result = PairResult(rep.evidence.id, copy.evidence.id, summary, links,  # type: ignore[arg-type]
                            near_duplicate=True)
        if options.findings and edited and rep_sentences is not None:
            # A copy's edited sentences are where a figure or a name was changed (a reprint that kept an
            # uncorrected age): their facts, as a pair report would list them.
            result.facts = edited_facts(rep_sentences, copy_sentences, [(t, r) for t, r, _ in edited])
            result.quotes = edited_quotes(rep_sentences, copy_sentences, [(t, r) for t, r, _ in edited])
        results.append(result)
    return results, in_full


# A copy's left-over sentence is looked for among at most this many of the representative's left-over sentences
# between its matched neighbours (a near-identical copy keeps its story's order; this bounds a reordered one).
EDITED_WINDOW = 12
# A left-over sentence with this share of its words copied in order from the one left-over sentence in its place
# (between the same matched neighbours) is that sentence reworded: paraphrased, as `compare` labels it (a quote
# reworded in a reprint, "What matters is not the amount or the ratio of GDP but what goes into it.").
REWORDED_MIN_COPIED = 0.5


def _edited_sentences(rep: Sequence[str], copy: Sequence[str], targets: list[int], sources: list[int],
                      used: Any, min_copied: float, rep_tokens: dict[int, list[str]]
                      ) -> tuple[list[tuple[int, int, float]], bool]:
    """(copy sentence, representative sentence, share of its words copied in order) links of the copy's sentences
    that exact matching left over and
    that the verbatim rule calls copies of a left-over representative sentence between the same matched
    neighbours: at least `min_copied` of the copy sentence's words copied in order (a word or a figure changed), or
    at least REWORDED_MIN_COPIED where the two are all that is left between those neighbours (a sentence reworded
    in its place, `paraphrased`); and whether a sentence left over still is made of the representative's left-over
    sentences between its neighbours (`_made_of_left_over`), which only an alignment places.
    `used` marks the representative's sentences matched already; it is updated. `rep_tokens` caches the
    representative's words for the group's copies."""
    from bisect import bisect_left

    from ..pair.align import words_copied_in_order
    from ..text.segment import surface_tokens

    def tokens(r: int) -> list[str]:
        theirs = rep_tokens.get(r)
        if theirs is None:
            theirs = rep_tokens[r] = surface_tokens(rep[r])
        return theirs

    linked = set(targets)
    out = []
    left: list[tuple[list[str], range]] = []  # the copy's sentences placed nowhere: words, where they stand
    for t in range(len(copy)):
        if t in linked:
            continue
        words = surface_tokens(copy[t])
        if not words:
            continue
        at = bisect_left(targets, t)
        low = sources[at - 1] if at else -1
        # The next matched sentence after it in the representative: a sentence the story has twice ("asked Mr
        # Browne.") is matched to its first occurrence, which may stand before `low`.
        high = next((s for s in sources[at:] if s > low), len(rep))
        # A sentence holding most of this one's words in order is not much shorter (characters, a loose bound).
        shortest = 0.6 * len(copy[t])
        window = [r for r in range(low + 1, high) if len(rep[r]) >= shortest][:EDITED_WINDOW]
        # A representative sentence not matched yet first; else one an edited sentence matched already: the
        # representative ran two sentences into one (a full stop lost) and the copy has them apart, each a copy
        # of part of it, as `compare` links a split.
        best = {False: (-1, 0.0), True: (-1, 0.0)}
        for r in window:
            share = words_copied_in_order(words, tokens(r)) / len(words)
            taken = bool(used[r])
            if share > best[taken][1]:
                best[taken] = (r, share)
        r, share = best[False] if best[False][1] >= min_copied else best[True]
        if r >= 0 and share >= min_copied:
            out.append((t, r, share))
            used[r] = True
        elif best[False][1] >= REWORDED_MIN_COPIED and _alone_in_place(t, linked, range(low + 1, high), used):
            r, share = best[False]
            out.append((t, r, share))
            used[r] = True
        else:
            left.append((words, range(low + 1, high)))
    # Looked at once every edited sentence has taken its own: what is left of the representative there.
    unplaced = any(_made_of_left_over(words, [r for r in place if not used[r]][:EDITED_WINDOW], tokens)
                   for words, place in left)
    return out, unplaced


def _made_of_left_over(words: list[str], left_over: list[int], tokens: Callable[[int], list[str]]) -> bool:
    """Whether a copy sentence placed nowhere has at least REWORDED_MIN_COPIED of its words copied in order from
    the representative's left-over sentences between its matched neighbours, read as one text: two of them run
    into one (a full stop lost), or one reworded beside another the copy dropped. `compare` links it to them; a
    line the copy added of its own shares little with them and stays `added`."""
    from ..pair.align import words_copied_in_order

    if not left_over:
        return False
    theirs = [word for r in left_over for word in tokens(r)]
    return words_copied_in_order(words, theirs) >= REWORDED_MIN_COPIED * len(words)


def _alone_in_place(t: int, linked: set[int], place: range, used: Any) -> bool:
    """Whether copy sentence `t` and one representative sentence are all that is left between the same matched
    neighbours: the one stands where the other stood. (Short ones count too: a heading the copy ran into the
    sentence after it leaves the two, which `compare` links both, not a sentence reworded.)"""
    return (t - 1 in linked or t == 0) and (t + 1 in linked) and sum(not used[r] for r in place) == 1


# Copies whose credit a worker checks per task (~0.2 ms each: the text read again and searched for credits).
CREDIT_CHUNK = 256


def _credit_chunk(items: list[tuple[DocumentRef, str | None, str | None, tuple[str | None, ...], bool]]
                  ) -> list[dict[str, Any]]:
    """Worker side: whether each copy credits its representative (the attribution check of a pair report)."""
    from ..pair.findings.attribution import find_attribution

    out = []
    for ref, credit, outlet, own, release in items:
        found = find_attribution(ref.load().text, credit, outlet, target_names=own, source_is_release=release)
        out.append({key: found[key] for key in ("credited", "mentions", "source_credit")})
    return out


def _credit_copies(results: list[PairResult], cards: dict[str, DocumentEvidence], refs: dict[str, DocumentRef],
                   executor: Workers | None) -> None:
    """`unattributed_reuse` of each copy against its representative (or, carried, against the representative's
    source), as a compared pair's report says: a reprint that drops the agency's credit is unattributed reuse too.
    The workers (or this process, when given none) read the copies' texts again (the main process keeps none);
    copies whose reuse is not substantial need no reading."""
    from ..pair.findings.attribution import unattributed_reuse

    # Reuse that is not substantial is never unattributed, credited or not: only substantial copies are read
    # (an uncredited attribution with a source credit is unattributed reuse exactly when the reuse is substantial).
    uncredited = {"credited": False, "mentions": [], "source_credit": "?"}
    needed = [k for k, r in enumerate(results) if unattributed_reuse(uncredited, r.summary)]
    items = []
    for k in needed:
        source, copy = cards[results[k].source], cards[results[k].target]
        # A copy of a press release is read as its pair report reads it ("said in a statement" credits it).
        items.append((refs[copy.id], source.credit, source.outlet, (copy.credit, copy.outlet),
                      bool(source.release_marks)))
    found: list[dict[str, Any]] = []
    chunks = [(list(c),) for c in _chunks(items, CREDIT_CHUNK)]
    for batch in (executor.map(_credit_chunk, chunks, ordered=True) if executor is not None
                  else (_credit_chunk(*chunk) for chunk in chunks)):
        found += batch
    attributions = dict(zip(needed, found, strict=True))
    for k, result in enumerate(results):
        release = bool(cards[result.source].release_marks)
        reused = k in attributions and unattributed_reuse(attributions[k], result.summary, source_is_release=release)
        result.summary = replace(result.summary, unattributed_reuse=reused)


class _StageClock:
    """Logs each stage's wall time at INFO level (`diffsrc -v corpus ...`)."""

    def __init__(self) -> None:
        import time

        self._time = time.perf_counter
        self._last = self._time()

    def lap(self, stage: str) -> None:
        now = self._time()
        logger.info("%s in %.2f s%s", stage, now - self._last, peak_memory())
        self._last = now


def peak_memory() -> str:
    """This process's peak memory, as the stage logs say it (empty where it cannot be read)."""
    try:
        import resource
    except ImportError:  # not on Windows
        return ""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # kB on Linux
    return f" (peak memory {peak / 1024:.0f} MB)"


def _chunks(items: Sequence[Any], size: int) -> list[Sequence[Any]]:
    return [items[i:i + size] for i in range(0, len(items), size)]


@dataclass(repr=False)
class CorpusResult:
    """Everything a corpus run found; `write_corpus` writes it as a folder, and it is data in Python too.

    Attributes:
        docs: what the run kept of each document (its metadata card and sentences).
        skipped: the inputs that were not used, with their reasons.
        groups: near-duplicate groups of ids, the representative first.
        pairs: every compared ordered pair, by (source id, target id), and each near-identical copy's comparisons
            carried from its representative's (`PairResult.carried_from`).
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
    # Pair files produced and then withdrawn (a pair whose target the dates put first): a sink's writer removes them.
    withdrawn: list[str] = field(default_factory=list)
    # The temporary file the documents' sentences are read back from (`spool.py`): `close()` gives it back.
    spool: SentenceSpool | None = field(default=None, repr=False, compare=False)

    def close(self) -> None:
        """Give back the temporary file the documents' sentences are kept in (a process keeping many results holds
        one file each until they are collected). The tables and the graph already built stay usable; sentences
        and the provenance rows not yet read cannot be read after it."""
        if self.spool is not None:
            self.spool.close()

    def __enter__(self) -> CorpusResult:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

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
    def facts(self) -> pd.DataFrame:
        """One row per changed fact of every derived pair (which copies carry which changed figures and names):
        `facts.csv` (`tables.FACTS_DTYPES`)."""
        from .tables import facts_table

        return facts_table(self)

    @cached_property
    def quotes(self) -> pd.DataFrame:
        """One row per quote of every derived pair whose wording or speaker changed, or that the target gives as
        said to an outlet (`said_to`): `quotes.csv` (`tables.QUOTES_DTYPES`)."""
        from .tables import quotes_table

        return quotes_table(self)

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
        from ..report.graph import derivations

        directed = derivations(self.graph["edges"])
        undetermined = len(self.graph["edges"]) - directed
        return (f"<CorpusResult: {len(self.docs)} documents, {self.pairs_counted()}, "
                f"{plural(directed, 'derivation')}, {undetermined} undetermined, {len(self.skipped)} skipped>")

    def _repr_html_(self) -> str:
        """Headline counts and the strongest derivations, for notebooks (no script; the page's styles, scoped)."""
        from ..report.html import render_corpus_inline

        return render_corpus_inline(self.graph, n_pairs=self._compared, skipped=len(self.skipped))

    @property
    def _compared(self) -> int:
        """Pairs compared or matched (a copy's carried comparisons are not comparisons made)."""
        return sum(1 for pair in self.pairs.values() if pair.carried_from is None)

    def pairs_counted(self) -> str:
        """"46 pairs compared, 177 near-identical copies matched": the comparisons made in depth, and the copies
        matched to their group's representative sentence by sentence, which cost next to nothing (a researcher read
        "223 pairs compared" of a run that compared 46)."""
        copies = sum(1 for pair in self.pairs.values() if pair.carried_from is None and pair.near_duplicate)
        compared = plural(self._compared - copies, "pair") + " compared"
        return f"{compared}, {plural(copies, 'near-identical copy', 'near-identical copies')} matched" if copies \
            else compared


def _tasks(sources: Sequence[Document | FileSource], distributed: bool) -> list[tuple[list[Any]]]:
    """Prepare tasks: chunks of (source, the path workers open, documents read here already)."""
    from ..load.read import iter_path

    entries: list[tuple[FileSource | DocumentRef, str | None, list[Any] | None]] = []
    for source in sources:
        if isinstance(source, Document):
            entries.append((DocumentRef(source.id, document=source), None, None))
        elif source.path == "-":
            # Standard input is read here: a worker process cannot read this process's input.
            entries.append((source, None, list(iter_path("-", id=source.id))))
        else:
            entries.append((source, os.path.abspath(source.path) if distributed else source.path, None))
    return [(list(chunk),) for chunk in _chunks(entries, PREPARE_CHUNK)]


def run_corpus(
    docs: Sequence[Document | FileSource],
    *,
    options: CorpusOptions | None = None,
    skipped: Sequence[Skipped] = (),
    sink: Callable[[str, str], None] | None = None,
    progress: Progress | None = None,
    manifest: Any = None,
) -> CorpusResult:
    """Compare a corpus: candidate pairs only, near-duplicates grouped, directions and direct sources decided.

    Args:
        docs: the documents (distinct ids), or `FileSource`s for the workers to read (`write_corpus` gives
            these: the files are read, cleaned and summarised in the workers, and read again there for the few
            documents compared in depth; a record's id already taken by an earlier file is prefixed with its
            file's id, as `load_documents` does).
        options: a `CorpusOptions` (workers, Dask scheduler, thresholds, pair report formats).
        skipped: inputs that could not be read, carried into the result for the summary.
        sink: called as `sink(relative_path, text)` for each pair report file as it is produced; without one the
            files are kept in `CorpusResult.files`.
        progress: called as `progress(stage, done, total)`.
        manifest: a `load.manifest.Manifest` (or its path) to apply to the documents read from `FileSource`s.

    Returns:
        A `CorpusResult`.

    Raises:
        InputError: two documents share an id, or the Dask scheduler cannot be used.
    """
    from ..load.read import DUPLICATE_ID, unique_id
    from .candidates import candidate_pairs, group_near_duplicates

    options = options or CorpusOptions()
    if not isinstance(options, CorpusOptions):
        raise TypeError(f"options must be a CorpusOptions, not {type(options).__name__}"
                        + (" (give it as CorpusOptions(compare=...))" if isinstance(options, CompareOptions) else ""))
    seen: set[str] = set()
    if isinstance(docs, (str, bytes, os.PathLike)):
        raise TypeError("run_corpus takes documents (load_documents(paths)); to run on files and write the "
                        "output folder, write_corpus(paths, out)")
    docs = list(docs)  # any iterable of them (a generator over a DataFrame's rows): counted and read twice
    for doc in docs:
        if not isinstance(doc, (Document, FileSource)):
            raise TypeError(f"run_corpus takes Documents, got {type(doc).__name__} {str(doc)[:40]!r}: "
                            "load_documents(paths) reads files, write_corpus(paths, out) runs on them")
        if isinstance(doc, Document):
            if doc.id in seen:
                raise InputError("two documents have this id; give them distinct ids", doc.id)
            seen.add(doc.id)
    result_files: dict[str, str] = {}
    emit = sink or result_files.__setitem__
    tick = progress or (lambda stage, done, total: None)
    run = uuid.uuid4().hex  # names this run's documents in the workers' caches

    clock = _StageClock()
    spool = SentenceSpool()
    with Workers(jobs=options.jobs, scheduler=options.scheduler, connect_timeout=options.connect_timeout) as executor:
        clock.lap("workers started")
        summaries: dict[str, _Summary] = {}
        skipped = list(skipped)
        tasks = _tasks(docs, executor.distributed)
        tick("preparing", 0, len(docs))
        done = 0
        used: set[str] = set()
        for batch, (entries,) in zip(executor.map(_summarise_sources, tasks, ordered=True), tasks, strict=True):
            for results, (source, _, _) in zip(batch, entries, strict=True):
                for doc_id, item in results:
                    if doc_id is not None and isinstance(source, FileSource):
                        # Ids are unique across the run, as `load.read.iter_fields` makes them.
                        unique = unique_id(doc_id, source.id, used)
                        if unique is None:
                            skipped.append(Skipped(f"{source.path}: {doc_id}", DUPLICATE_ID))
                            continue
                        if unique != doc_id and isinstance(item, _Summary):
                            item.evidence.info.id = unique
                            item.ref = replace(item.ref, id=unique)
                    if isinstance(item, Skipped):
                        logger.info("skipped %s", item.message)
                        skipped.append(item)
                        continue
                    if item.ref is None:
                        item.ref = source  # type: ignore[assignment]
                    item.evidence = spool.evidence(item.evidence)
                    summaries[item.evidence.id] = item
            done += len(entries)
            tick("preparing", done, len(docs))
        if manifest is not None:
            _apply_manifest(list(summaries.values()), manifest)
        clock.lap(f"prepared ({spool.size / 2**20:.0f} MB of sentences spooled)")

        ids = sorted(summaries)
        if listed := [i for i in ids if ";" in i]:
            # Nothing silent: `;` separates the ids of provenance.csv's `tied_sources` and `linked_sources` cells.
            logger.warning("%s: %s, which separates ids in provenance.csv's tied_sources and linked_sources: "
                           "give %s another name (a file name, a record's id) to split those cells back", listed[0],
                           "the id holds ';'" if len(listed) == 1 else f"this id and {len(listed) - 1} more hold ';'",
                           "it" if len(listed) == 1 else "them")
        raw_groups = group_near_duplicates([summaries[i].shingles for i in ids],
                                           threshold=options.near_duplicate_threshold)
        # The representative is chosen by evidence, then fullness and content, never by file name.
        groups = [sorted((ids[i] for i in g), key=lambda d: representative_key(summaries[d].evidence))
                  for g in raw_groups]
        groups = _apart_from_their_group(groups, summaries, options.near_duplicate_threshold)
        groups.sort(key=lambda g: g[0])
        reps = [g[0] for g in groups]
        found = candidate_pairs(
            [summaries[r].shingles for r in reps], min_shared=options.min_shared,
            min_shared_share=options.min_shared_share, rare_share=options.rare_share, rare_min=options.rare_min,
            max_posting=options.max_posting, anchor_containment=options.anchor_containment,
            quote_shared=options.quote_shared, words=[summaries[r].words for r in reps],
            word_max_df=options.word_max_df, word_min_shared=options.word_min_shared,
            word_min_share=options.word_min_share, compare_all_below=options.compare_all_below)
        for summary in summaries.values():
            summary.shingles = summary.words = None  # grouped and paired: the fingerprints are no longer needed
        clock.lap("near-duplicates and candidates")
        ordered: list[tuple[str, str]] = []
        for i, j, _ in found:
            ordered += [(reps[i], reps[j]), (reps[j], reps[i])]
        logger.info("%d documents, %d near-duplicate groups, %d candidate pairs", len(ids),
                    sum(1 for g in groups if len(g) > 1), len(found))

        # Copies are matched to their representative here (cheap, in this process), so that the few to compare in
        # full instead go to the workers with the candidate pairs.
        copy_results: list[PairResult] = []
        in_full: list[tuple[str, str]] = []
        for group in groups:
            if len(group) > 1:
                matched, unplaced = _near_duplicate_results(summaries[group[0]], [summaries[c] for c in group[1:]],
                                                            options.compare)
                copy_results += matched
                in_full += [(group[0], copy) for copy in unplaced]
        if in_full:
            logger.info("%s compared in full (a sentence matching could not place)",
                        plural(len(in_full), "near-identical copy", "near-identical copies"))
        clock.lap("near-duplicates matched")

        pairs: dict[tuple[str, str], PairResult] = {}
        tasks = []
        # A copy compared in full is still a copy: no pair report of its own, as a matched one has none.
        for compared, formats, all_pairs in ((ordered, options.formats, options.all_pairs), (in_full, (), False)):
            for chunk in _chunks(compared, COMPARE_CHUNK):
                refs = {d: summaries[d].ref for d in sorted({d for pair in chunk for d in pair})}
                tasks.append((run, refs, list(chunk), formats, options.compare, all_pairs))
        total = len(ordered) + len(in_full)
        tick("comparing", 0, total)
        done = 0
        for batch in executor.map(_compare_chunk, tasks):
            for pair_result, rendered in batch:
                pairs[(pair_result.source, pair_result.target)] = pair_result
                for path, text in rendered.items():
                    emit(path, text)
            done += len(batch)
            tick("comparing", done, total)
        for key in in_full:
            pairs[key].near_duplicate = True
            copy_results.append(pairs.pop(key))
        clock.lap("compared")

        refs = {d: summaries[d].ref for d in ids}
        if options.compare.findings:
            _credit_copies(copy_results, {d: summaries[d].evidence for d in ids}, refs, executor)
        for result in copy_results:
            pairs[(result.source, result.target)] = result
        clock.lap("near-duplicates credited")
    infos = [summaries[i].evidence for i in ids]
    summaries.clear()  # fingerprints and keys are no longer needed
    provenance = build_provenance(infos, groups, dict(sorted(pairs.items())), options=options.compare)
    if provenance.carried:
        # A copy's carried comparison with its representative's source: its own credit is read (a few copies, in
        # this process: the workers are gone).
        if options.compare.findings:
            _credit_copies(list(provenance.carried.values()), {d.id: d for d in infos}, refs, None)
        pairs.update(provenance.carried)
    clock.lap("provenance")
    withdrawn = [] if options.all_pairs else _withdraw_later_to_earlier(pairs, provenance, options.formats)
    for rel in withdrawn:
        result_files.pop(rel, None)
    result = CorpusResult(infos, skipped, groups, dict(sorted(pairs.items())), provenance,
                          candidate_pairs=len(found), files=result_files, withdrawn=withdrawn, spool=spool)
    if sink is None and {"html", "markdown"} & set(options.formats):
        # The pair pages kept here say what the corpus made of their pair, as written ones do (`write_corpus`).
        from ..report import markdown
        from ..report.html.pair import corpus_readings, with_corpus_reading
        from .tables import summary_rows

        for (source, target), note, not_counted in corpus_readings(summary_rows(result), result.graph["edges"]):
            if (rel := pair_path(source, target, "html")) in result_files:
                result_files[rel] = with_corpus_reading(result_files[rel], note, not_counted)
            if not_counted and (rel := pair_path(source, target, "md")) in result_files:
                result_files[rel] = markdown.with_corpus_reading(result_files[rel], not_counted)
    return result


def _withdraw_later_to_earlier(pairs: dict[tuple[str, str], PairResult], provenance: Provenance,
                               formats: Sequence[str]) -> list[str]:
    """The pair report files of pairs whose target the dates put first: a text cannot have taken from a later one,
    so "the article partially derived from the summary" written the day after it is no report to keep (its row in
    summary.csv stays, with `upstream`). Their `report` is cleared; returns the files to withdraw."""
    from .tables import pair_direction

    edges = {(e["source"], e["target"]): e for e in provenance.graph["edges"]}
    files: list[str] = []
    for (source, target), pair in pairs.items():
        if pair.report is None:
            continue
        direction, upstream = pair_direction(edges, provenance.directions, source, target)
        if direction == "dated" and upstream == target:
            pair.report = None
            files += [pair_path(source, target, FORMAT_EXTENSIONS[fmt]) for fmt in formats]
    return files


@dataclass
class _Metadata:
    """A document's id, path and the manifest fields set on it (what `apply_manifest` matches and sets)."""

    id: str
    path: str | None
    title: str | None = None
    outlet: str | None = None
    date: str | None = None
    url: str | None = None
    author: str | None = None


def _apply_manifest(summaries: list[_Summary], manifest: Any) -> None:
    """A manifest's title/outlet/date/url/author on the summaries' evidence and their references (so that workers read
    the documents with them), exactly as `apply_manifest` sets them on loaded documents."""
    from ..load.manifest import MANIFEST_FIELDS, apply_manifest

    # Each card holds the document's own date, so that the manifest tells an undated document from a dated one.
    own = [s.evidence.info.date for s in summaries]
    cards = [_Metadata(s.evidence.id, s.evidence.info.path, date=date) for s, date in zip(summaries, own, strict=True)]
    apply_manifest(cards, manifest)
    for summary, card, date in zip(summaries, cards, own, strict=True):
        given = {name: value for name in MANIFEST_FIELDS
                 if (value := getattr(card, name)) is not None and not (name == "date" and value == date)}
        if given:
            info = summary.evidence.info
            for name, value in given.items():
                setattr(info, name, value)
            summary.ref = replace(summary.ref, metadata=tuple(sorted(given.items())))


__all__ = ["CorpusResult", "DocumentRef", "FileSource", "pair_path", "run_corpus"]
