"""Every knob in one place, each with its one default and the reason for it.

Options objects are built once (by the caller or the CLI, whose help texts read their defaults from here) and
passed down as `options=`: `CompareOptions` for a pair, `CorpusOptions` for a corpus run, `FingerprintParams` and
the `INDEX_*` values for the near-duplicate index, `WORKER_CONNECT_TIMEOUT` for any Dask cluster. Thresholds of
the pair pipeline were set on the labelled data described in benchmarks/README.md ("Accuracy"); the held-out
journalistic pairs were not used to choose them.
"""

from __future__ import annotations

import os
from contextvars import ContextVar
from dataclasses import dataclass, field
from numbers import Integral, Real


@dataclass(frozen=True)
class CompareOptions:
    """How `compare` (and a corpus run's comparisons) decide; the defaults are calibrated on labelled data (the
    comments beside each field in `diffsrc/settings.py` say how). Pass as `compare(a, b, options=...)`.

    Attributes:
        derived_threshold: P(derived) in [0, 1] from which a sentence derives from the other document.
        min_common_cover: share in [0, 1] of a sentence's common content words its best counterpart must hold.
        verbatim_min_copied: the verbatim rule, a share in [0, 1] of a sentence's words copied in order (0.8).
        link_rel, link_floor: a derived sentence links every counterpart scoring at least `link_rel` of its best
            and at least `link_floor` (both in [0, 1]) ...
        link_max: ... at most this many (>= 1).
        link_back_floor: ... and a candidate after the best only when at least this share in [0, 1] of its own
            content is in the sentence.
        lifted_quote_min_words, lifted_quote_max_containment: the lifted-quote rule (a quote of at least that many
            words copied word for word, otherwise less than that share in [0, 1] of content words shared).
        short_target_sentences: a target of at most this many sentences (>= 0) takes its verdict from its labels.
        short_target_new_share: ... partially derived when at least this share in [0, 1] of its content words,
            a name or a number among them, is new to the source.
        short_target_min_shared: ... and derived from nothing when it shares fewer than this many content words
            (>= 0) with the source, and no two in a row.
        direct_source_min_share, unaligned_wholly_min_share: corpus provenance shares, in [0, 1].
        max_sentences, max_sentence_chars, max_matrix_cells: work bounds (>= 1) against pathological input.
        findings: compute the fact-checker findings (60-80% of a comparison's time, docs/findings.md).
        semantic: add the sentence-embedding scorer (the `semantic` extra).

    Raises:
        TypeError: a field is not a number (or, for `findings` and `semantic`, not a bool).
        ValueError: a field is out of its range.
    """

    # A sentence derives from the other document when its P(derived) (score.derivation: the fitted sentence model,
    # data/sentence.json) reaches this. Chosen by benchmarks/fit_scorer.py on the training folds of METER dev (real
    # word-tagged newspaper sentences), SPARK dev (real summary sentences) and the project's seeds and synthetic
    # set, maximising the mean of METER's and SPARK's derived-vs-added macro-F1 (grouped cross-validation).
    derived_threshold: float = 0.5
    # ... and shares more than names and numbers (align.derived): a sentence whose best counterpart holds less than
    # this share of its common (lower-case) content words is not derived. On METER dev, SPARK dev and the seeds 0.1
    # changes no figure by more than 0.002 (0.15 starts to cost SPARK); it keeps a copying paper's own sentence
    # that only names the story's people and places added.
    min_common_cover: float = 0.1
    # THE VERBATIM RULE (README): a derived sentence is verbatim when at least this share of its words is copied in
    # order from the sentences it is linked to (align.copied_in_order; words it leaves out do not count). Decided,
    # not fitted: it is METER's own 80% convention, and on METER dev V/P/A macro-F1 is flat from 0.75 to 0.8 and
    # falls above (0.70 at 0.9).
    verbatim_min_copied: float = 0.8
    # A derived sentence is linked to every sentence of the other document whose link score is at least
    # `link_rel` times its best candidate's and at least `link_floor`, at most `link_max` of them
    # (`align.one_way_links`; `align.choose` is the same rule for one sentence, which the fitting script tries).
    # Fitted on SPARK dev (summary sentences with their aligned article sentences, 3.2 sources each on average):
    # link F1 0.54 with these, against about 0.41 for the best candidate alone.
    link_rel: float = 0.4
    link_floor: float = 0.2
    link_max: int = 5
    # ... and a candidate after the best is linked only when at least this share of its own content (IDF-weighted)
    # is in the sentence, or the two share two names or numbers or three words in a row (`align.after_the_best`):
    # a source sentence sharing a common word or two with a short target sentence is not one of its sources ("The
    # case continues." and "He was reinstated and continued working at the CPS.", a wire auditor's re-test: a
    # condensed paper was said to keep half the wire), where a name and an age out of the wire's list of
    # defendants is (without that, METER lost a changed age). Grouped CV on the cached evidence of
    # benchmarks/fit_scorer.py, regroupings 0 / 1 / 2, against no floor: SPARK link F1 0.518 / 0.524 / 0.499 ->
    # 0.528 / 0.530 / 0.508, METER verdict +0.003 / -0.002 / -0.010, derived-vs-non +0.009 / -0.003 / -0.003,
    # V/P/A +0.001 / +0.000 / -0.001 (within the splits' noise); the floor alone gained as much on links but lost
    # METER findings; 0.15 and 0.2 gain less on two splits of three.
    link_back_floor: float = 0.1
    # The lifted-quote rule (classify.lifted_quote): a target the verdict model calls non-derived is partially
    # derived when it copies a quotation of at least `lifted_quote_min_words` words word for word and otherwise
    # shares less than `lifted_quote_max_containment` of its content words with the source. Chosen by
    # benchmarks/fit_scorer.py on METER dev, SPARK dev, the seeds and the synthetic set: the rule with these never
    # contradicts a verdict there (it fires on the seed op-ed 003 and rewrite 000 and on four SPARK summaries of
    # the article, and on no METER paper; 8 words or containment 0.45 would turn METER non-derived papers).
    lifted_quote_min_words: int = 10
    lifted_quote_max_containment: float = 0.4
    # A target of at most this many sentences (a sentence pair, MSRP-style) takes its verdict from its sentence
    # labels: the document model (data/verdict.json) is fitted on whole articles and has nothing to go on.
    short_target_sentences: int = 2
    # ... and it is partially derived, though every sentence derives, when at least this share of its distinct
    # content words is absent from the source, a name or a number among them (classify.short_target_adds: a clause
    # or a fact added). Chosen by benchmarks/fit_scorer.py on the training folds like the lifted-quote rule: on
    # METER dev's 39 papers of one or two sentences, 0.2 turns four partially derived papers from wholly derived
    # and no wholly derived one (0.15: two wholly derived ones too; 0.25: one partially derived only).
    short_target_new_share: float = 0.2
    # ... and it derives from nothing when it shares fewer than this many distinct content words with the source
    # and no two of them in a row (classify.shares_too_little): "The case continues." against a court story shares
    # "case" and "continued", the wire's stock, and was a wholly derived, uncredited copy (a wire auditor's
    # re-test). Only for short targets: inside a paper that copies the wire, METER's journalists call such a line
    # derived as often as not (METER dev: 56 gold-derived and 51 gold-added sentences of this kind labelled
    # derived), and the paper's other sentences carry its verdict. No METER, SPARK or Clough-Stevenson pair is a
    # target this short, so no figure changes.
    short_target_min_shared: int = 3
    # Corpus provenance: a document taking at least this share of its characters from another has it as a direct
    # source (a single verbatim or near-verbatim body sentence suffices too; corpus.provenance).
    direct_source_min_share: float = 0.1
    # A pair that is not aligned sentence by sentence (a near-duplicate copy in a corpus run, matched to its group's
    # representative sentence by sentence, exactly or by the verbatim rule; an edge a copy inherits from it) is
    # wholly derived from this share of its characters in linked sentences, else partially derived (non-derived
    # without a link). 0.7 was the pair verdict's wholly-derived share before the verdict model; near-duplicates
    # are far above it.
    unaligned_wholly_min_share: float = 0.7
    # At most this many sentences per document are aligned; longer inputs are cut and the report says so.
    # Bounds the work on pathological input (a 10 MB file of one-word lines).
    max_sentences: int = 5000
    # Word-level edit scripts (the verbatim rule, the longest shared run) read at most this many characters of a
    # sentence's normal form: they cost length x length, and a "sentence" of 100k words (a file with no full stops)
    # would take minutes. News sentences are rarely over 400 characters; word containment and the copied-run
    # measures still use the whole sentence.
    max_sentence_chars: int = 1000
    # Work per pair, bounded so pathological input cannot exhaust memory or time: the score matrices may hold at
    # most `max_matrix_cells` numbers (sentences x vocabulary, target x source; an upper estimate, 4 bytes each).
    # Past it, the longer document is cut to its first sentences and the report says so. At 60M the hostile-input
    # benchmark peaked under 450 MB. Article-sized pairs are far below it (two 50-sentence articles: under 1M
    # cells).
    max_matrix_cells: int = 60_000_000
    # Fact-checker findings (attribution, quotes, changed facts, word diffs; `findings/`) in every report. They
    # cost 60-80% of a seed-sized comparison (docs/findings.md): callers that need only labels and verdicts (a
    # near-duplicate check, a graph without pair reports) can turn them off.
    findings: bool = True
    # Add a sentence-embedding similarity (all-MiniLM-L6-v2, the `semantic` extra: each sentence's best cosine
    # with a sentence of the other document) to the sentence model's inputs, with its own fitted weights
    # (data/sentence_semantic.json). Off by default: it costs a 1.3 GB install and 1-2 s of CPU per article pair.
    # In grouped CV it raises SPARK dev's summary-sentence derived-vs-added macro-F1 from 0.81 to 0.86 and leaves
    # METER dev within a point either way (docs/semantic.md).
    semantic: bool = False

    def __post_init__(self) -> None:
        # A service passing a request's knobs on gets an error naming the knob, not a numpy error deep in the
        # pipeline or a silently empty comparison (max_sentences=0 called a text non-derived from itself).
        for name in _SHARES + _COUNTS:
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, Integral if name in _COUNTS else Real):
                kind = "an integer" if name in _COUNTS else "a number"
                raise TypeError(f"CompareOptions.{name} must be {kind}, not {type(value).__name__} {value!r}")
        for name in _SHARES:
            if not 0.0 <= getattr(self, name) <= 1.0:
                raise ValueError(f"CompareOptions.{name} must be in [0, 1], not {getattr(self, name)!r}")
        for name in _COUNTS:
            least = 0 if name == "short_target_sentences" else 1
            if getattr(self, name) < least:
                raise ValueError(f"CompareOptions.{name} must be at least {least}, not {getattr(self, name)!r}")
        for name in ("findings", "semantic"):
            if not isinstance(getattr(self, name), bool):
                raise TypeError(f"CompareOptions.{name} must be True or False, not {getattr(self, name)!r}")


_SHARES = ("derived_threshold", "min_common_cover", "verbatim_min_copied", "link_rel", "link_floor", "link_back_floor",
           "lifted_quote_max_containment", "short_target_new_share", "direct_source_min_share",
           "unaligned_wholly_min_share")
_COUNTS = ("link_max", "lifted_quote_min_words", "short_target_sentences", "short_target_min_shared", "max_sentences",
           "max_sentence_chars",
           "max_matrix_cells")

DEFAULT_OPTIONS = CompareOptions()


# ------------------------------------------------------------------------------------------------ output formats

# Every format a pair report is rendered in (`diffsrc compare --format`); `report.render` knows each one.
PAIR_FORMATS = ("table", "json", "csv", "markdown", "html")
# The pair report files a corpus run writes for each pair that shares text (html pages link back to index.html).
CORPUS_PAIR_FORMATS = ("json", "markdown", "html")
# The file name extension of each format's files.
FORMAT_EXTENSIONS = {"json": "json", "markdown": "md", "html": "html", "csv": "csv"}
# `diffsrc check --format`.
CHECK_FORMATS = ("table", "json", "junit")


# ------------------------------------------------------------------------------------------------------ workers

# The encoding files that are not UTF-8 are in, when the user names one (`--encoding windows-1251`,
# `load.decode.read_legacy_as`). A context variable, so that one thread's or task's setting (a request of a
# service) is never another's; worker processes are handed it when they start (`workers.py`). A process that no
# setting reached reads this environment variable (remote Dask workers: DIFFSRC_ENCODING=windows-1251).
ENCODING_VARIABLE = "DIFFSRC_ENCODING"
LEGACY_ENCODING: ContextVar[str | None] = ContextVar("diffsrc_legacy_encoding")


def legacy_encoding() -> str | None:
    """The encoding named for files that are not UTF-8 here (None: guess Windows-1252): `read_legacy_as`'s in this
    thread or task, else the process's `DIFFSRC_ENCODING`."""
    try:
        return LEGACY_ENCODING.get()
    except LookupError:
        return os.environ.get(ENCODING_VARIABLE) or None


# Seconds to wait for a Dask scheduler to answer before calling it unreachable (corpus runs and index builds alike).
WORKER_CONNECT_TIMEOUT = 20.0


# ------------------------------------------------------------------------------------------------------- corpus


@dataclass(frozen=True)
class CorpusOptions:
    """Knobs of a corpus run (`diffsrc corpus`, `run_corpus`)."""

    # Worker processes on this machine, or the size of a local Dask cluster.
    jobs: int = 1
    # A Dask scheduler address ("tcp://host:8786"), or "local" for a LocalCluster of `jobs` worker processes.
    scheduler: str | None = None
    # Seconds to wait for a Dask scheduler to answer before giving up with an error (None: the default above).
    connect_timeout: float | None = None
    # Candidate pairs (`corpus.candidates.candidate_pairs`), among near-duplicate groups' representatives. A
    # fingerprint (content-word trigram) in more than max(rare_min, rare_share x representatives) of them, or in
    # more than max_posting, is stock text, not evidence of copying. Chosen on real-news corpora (PA wire stories
    # reprinted with other outlets' chrome; 1k, 3k, 10k documents), the synthetic corpus of bench_corpus.py (10k)
    # and a set of 3 wire stories rewritten by 300 outlets and summarised by 100 (benchmarks/README.md, "Corpus mode
    # on real news"): with these values every derived pair of all of them is compared (candidate recall 1.000)
    # while candidates between different stories fall from 7,675 to 6 at 1k real-news documents (204 settings
    # tried; 1-5% and 5-20 change little; higher min_shared or min_shared_share start losing synthetic summaries).
    rare_share: float = 0.02
    rare_min: int = 10
    # Two representatives sharing at least this many rare fingerprints, making up at least min_shared_share of the
    # smaller one's rare fingerprints, are aligned. Three: one reused quote of 6 content words gives 4 trigrams,
    # while unrelated stories of one beat share at most one or two rare ones by chance (99th percentile 1).
    min_shared: int = 3
    min_shared_share: float = 0.05
    # ... or at least this many rare fingerprints whatever their share: a long quote lifted into a long op-ed (the
    # seeds' 003 takes 10 trigrams, 3.8% of the smaller document, from 001).
    quote_shared: int = 8
    # A common fingerprint pairs each holder with one anchor (the holder of the most common fingerprints, the fullest
    # text); the pair is aligned when this share of the smaller one's fingerprints is in the other. It is what keeps
    # the summaries of a heavily rewritten story (199 of 499 lost without it in the 300-outlet set).
    anchor_containment: float = 0.1
    # A fingerprint held by more representatives than this is common whatever the corpus size: it bounds the pairs
    # one fingerprint can generate (max_posting^2 / 2).
    max_posting: int = 200
    # Rare words (`corpus.candidates.content_words`: content words of 4+ letters in at most word_max_df
    # representatives: a story's names, places and particular nouns) find what the trigrams miss: papers that
    # retell the wire in their own words and short briefs that condense it (METER dev as one corpus: trigrams left
    # 6% of wholly and 9% of partially derived papers never compared with their PA copy). Two representatives
    # sharing at least word_min_shared rare words, making up at least word_min_share of the smaller one's, are
    # aligned: with these, 0.7% and 1.3% are missed (benchmarks/README.md, "METER dev as one corpus").
    word_max_df: int = 20
    word_min_shared: int = 4
    word_min_share: float = 0.25
    # A corpus of at most this many representatives has every pair aligned (the name says "below"; the bound is
    # inclusive, `CorpusOptions(compare_all_below=12)` compares every pair of 12): candidates keep a large corpus from
    # costing N^2 alignments, while a small folder (a story and its sources, a summary and the articles it draws on)
    # is where a user expects every pair checked. An aggregator's summary takes a quote from one article and a
    # phrase from another, too little of either for the rules above (SPARK dev: 6 of the 46 summary/article pairs
    # the annotators aligned were never compared).
    compare_all_below: int = 12
    # Near-duplicates: Jaccard similarity of fingerprint sets at least this. Reprints that differ only in chrome,
    # a headline or a line or two score > 0.9; a reprint trimmed to 80% of the story scores 0.8 and is aligned in
    # depth instead, as a trimmed reprint is worth a report of its own.
    near_duplicate_threshold: float = 0.85
    compare: CompareOptions = field(default_factory=CompareOptions)
    # Pair report formats written for every pair whose target derives from its source (wholly or partly).
    formats: tuple[str, ...] = CORPUS_PAIR_FORMATS
    # Write pair reports for every pair compared in depth, non-derived ones too. Off: at 1,000 real-news documents
    # five in six compared pairs were non-derived (different stories sharing a phrase), and their reports were 84%
    # of the 529 MB written; every compared pair keeps its row in summary.csv either way.
    all_pairs: bool = False

    def __post_init__(self) -> None:
        # As CompareOptions: a knob named in the error, not a TypeError deep in the workers or a silent no-op
        # (jobs=0, a threshold of 5; a library user's trial).
        for name, kind, least, most in _CORPUS_KNOBS:
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, kind):
                what = "an integer" if kind is Integral else "a number"
                raise TypeError(f"CorpusOptions.{name} must be {what}, not {type(value).__name__} {value!r}")
            if value < least or (most is not None and value > most):
                span = f"at least {least}" if most is None else f"in [{least}, {most}]"
                raise ValueError(f"CorpusOptions.{name} must be {span}, not {value!r}")
        if self.near_duplicate_threshold == 0:
            # At 0 every candidate pair is a near-identical copy, never compared in depth: a rewrite's report said
            # "partially derived" over counts of 44 added sentences and 1 verbatim (a library user's trial).
            raise ValueError("CorpusOptions.near_duplicate_threshold must be in (0, 1], not 0")
        if self.connect_timeout is not None and (isinstance(self.connect_timeout, bool) or not isinstance(
                self.connect_timeout, Real) or self.connect_timeout <= 0):
            raise ValueError(f"CorpusOptions.connect_timeout must be a positive number or None, not "
                             f"{self.connect_timeout!r}")
        if self.scheduler is not None and not isinstance(self.scheduler, str):
            raise TypeError(f"CorpusOptions.scheduler must be an address or None, not {self.scheduler!r}")
        if not isinstance(self.compare, CompareOptions):
            raise TypeError(f"CorpusOptions.compare must be a CompareOptions, not {type(self.compare).__name__}")
        if isinstance(self.formats, str) or not all(f in CORPUS_PAIR_FORMATS for f in self.formats):
            raise ValueError(f"CorpusOptions.formats must be a tuple of {', '.join(CORPUS_PAIR_FORMATS)}, not "
                             f"{self.formats!r}")
        if not isinstance(self.all_pairs, bool):
            raise TypeError(f"CorpusOptions.all_pairs must be True or False, not {self.all_pairs!r}")


# (knob, type, least, most): CorpusOptions' numbers.
_CORPUS_KNOBS = (
    ("jobs", Integral, 1, None), ("rare_share", Real, 0.0, 1.0), ("rare_min", Integral, 1, None),
    ("min_shared", Integral, 1, None), ("min_shared_share", Real, 0.0, 1.0), ("quote_shared", Integral, 1, None),
    ("anchor_containment", Real, 0.0, 1.0), ("max_posting", Integral, 1, None), ("word_max_df", Integral, 1, None),
    ("word_min_shared", Integral, 1, None), ("word_min_share", Real, 0.0, 1.0),
    ("compare_all_below", Integral, 0, None), ("near_duplicate_threshold", Real, 0.0, 1.0),
)


# -------------------------------------------------------------------------------------------------------- index


@dataclass(frozen=True)
class FingerprintParams:
    """The parameters that decide a near-duplicate fingerprint; an index stores them and refuses others.

    Args:
        shingle_size: words per shingle. Why 5: one edited word removes at most 5 shingles, so a lightly edited
            reprint of a ~600-word story keeps ~90 % of its shingles, while a paraphrased rewrite keeps only the
            runs of 5 identical words it happens to share (mostly quotes): on the seeds the paraphrase 000 shares
            well under 10 % with its source 001 (tests/test_fingerprint.py, tests/test_index.py). 3-word shingles
            let shared quotes and stock phrases count.
        num_perm: MinHash permutations (signature length); 128 is the usual datasketch default, and what the
            benchmark compares against.
        seed: seed of the hash constants.
        threshold: similarity in (0, 1] from which two documents are near-duplicates. Why 0.8: lightly changed
            reprints (other chrome, new headline, a dropped paragraph, a few edited words) score 0.85-1.0 on the
            synthetic reprints in the tests; paraphrased rewrites score below 0.2. 0.8 leaves room both ways.
        min_size_ratio: containment counts only when the smaller document has at least this share of the larger
            one's shingles: a trimmed reprint keeps most of the story, while one quoted paragraph inside a long
            article is reuse, not a near-duplicate. It also bounds the Jaccard similarity the LSH has to find
            (`index.fingerprint.lsh_threshold`).
        version: how text is read into words. 1: each run of letters and digits is a word, so Chinese and Japanese,
            written without spaces, are read a clause at a time and a rewrite edited in most clauses shares almost
            no shingle with its source. 2: each Han or kana character is a word of
            its own as well (`text.cjk`), so their shingles are runs of 5 characters. Other scripts read the same
            in both, to the bit. An index keeps fingerprinting with the version it was built with, so indexes built
            before version 2 still work (and still read Chinese and Japanese by clause until rebuilt). 3 (the
            default for a new index): as 2, and the house styles of one story's reprints read alike, so that a wire
            story reprinted in another outlet's style throughout ("Sept. 20" / "20 September", "20%" / "20 per
            cent", "$94.5bn" / "$94.5 billion", "5" / "five", "organise" / "organize") is the
            same text: every restyled word broke up to 5 shingles, and a 12-sentence story restyled in every
            sentence scored 0.30 (`tests/fixtures/house_style`; now 1.0). It costs ~8% more instructions to
            fingerprint (~2% of `index add`; `index.fingerprint._fold_house_styles`). Version 2 indexes keep
            reading them apart.
    """

    shingle_size: int = 5
    num_perm: int = 128
    seed: int = 1
    threshold: float = 0.8
    min_size_ratio: float = 0.5
    version: int = 3

    def __post_init__(self) -> None:
        for name in ("threshold", "min_size_ratio"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, Real):
                raise TypeError(f"{name} must be a number, not {type(value).__name__} {value!r}")
        if not 0.0 < self.threshold <= 1.0:
            raise ValueError(f"threshold must be in (0, 1], not {self.threshold}")
        if not 0.0 < self.min_size_ratio <= 1.0:
            raise ValueError(f"min_size_ratio must be in (0, 1], not {self.min_size_ratio}")
        if self.shingle_size < 1 or self.num_perm < 2:
            raise ValueError("shingle_size must be >= 1 and num_perm >= 2")
        if self.version not in (1, 2, 3):
            raise ValueError(f"fingerprint version must be 1, 2 or 3, not {self.version}")


# THE COPY RULE (`pair.classify.unlink_strays_of_a_copy`). A copy: a target at least this share of whose sentences
# are verbatim. Two reprints of one story that each lost
# another paragraph had the missing paragraphs' sentences linked to each other or to a sentence already copied
# word for word elsewhere, as paraphrases (0.93): in a copy, a paraphrased sentence keeps its links only when some
# source sentence it draws on is not copied elsewhere and at least COPY_EDIT_MIN_COPIED of its words are copied
# in order (an edited sentence of the copy). Same-story reprints of a real-news corpus (3,000 documents): 315 of
# 3,358 derived pairs had such a "paraphrase", 31 after; METER dev, SPARK dev and the project's sets in grouped CV
# within 0.0002 (METER's papers and SPARK's summaries are rarely copies).
COPY_VERBATIM_SHARE = 0.8
COPY_EDIT_MIN_COPIED = 0.3
# A text mostly copied: at least this share of its sentences verbatim (an updated version of a wire story, a live
# blog around the wire's copy). The document's background (most of it copied) lifts every sentence, so the new
# paragraphs of an update came out "paraphrased" of a sentence the text also copies word for word ("0 added"): a
# paraphrased sentence there that draws only on sentences copied elsewhere AND copies less than
# COPY_EDIT_MIN_COPIED of its words in order is added. Grouped CV (`fit_scorer.py`, regroupings 0 / 1 / 2): METER
# verdict +0.002 / +0.007 / +0.000, derived-vs-non +0.005 / +0.005 / +0.000, sentence figures within 0.0002,
# SPARK unchanged; synthetic sentences +0.003 / +0.003 / +0.003, its verdicts -0.023 / +0.012 / +0.000. The same
# figures at 0.5 and at 0.4 (0.3: METER verdict -0.005 on regrouping 0); 0.4 also takes a paper's own sentence
# that merely names a sibling's people off the sibling (4 of 9 sentences copied from the wire they share).
MOSTLY_COPIED_SHARE = 0.4
# Documents looked up together by `check` (without --add): their LSH candidates come from one join and each candidate's
# shingles are read once per batch (a story reprinted 190 times is a candidate of every query about it: checking
# 1,000 such documents read 190,000 shingle sets one query at a time, ~20,000 in batches of 1,024).
INDEX_QUERY_BATCH = 1024
# Documents per write transaction of `check --add`: small, so a concurrent writer waits a fraction of a second.
INDEX_CHECK_BATCH = 256
# Documents per write transaction of a bulk add (`index add`). Each batch's band keys land all over the band
# B-tree, so a commit rewrites most of its pages whatever the batch size: 4096 documents per commit write ~5x less
# than 256 at 100k documents (benchmarks/README.md), and a concurrent writer waits a second or two at most.
INDEX_BULK_BATCH = 4096
# How long (seconds) a writer waits for another one to finish its transaction before giving up.
INDEX_LOCK_TIMEOUT = 120.0
