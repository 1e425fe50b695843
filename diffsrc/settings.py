"""Tuning knobs in one place, each with the reason for its default.

`CompareOptions` is built once (by the caller or the CLI) and passed down as `options=`. Thresholds were set on
the labelled data described in benchmarks/README.md ("Accuracy"): the seed gold, the Clough-Stevenson rewrites and
the synthetic set; the held-out journalistic pairs were not used to choose them.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CompareOptions:
    # A target sentence derives from a source sentence when their derivation score (a calibrated combination of
    # character similarity, IDF-weighted content-word containment both ways and shared content bigrams; see
    # score.py) reaches this. 0.5 is the natural cut of a calibrated score.
    derived_threshold: float = 0.5
    # A further source sentence joins a target's alignment (a merge) when its own score reaches this and it adds at
    # least `merge_min_gain` of the target's content weight that the sources already chosen did not cover.
    merge_threshold: float = 0.25
    merge_min_gain: float = 0.15
    # An unlinked pair of sentences whose neighbours on both sides are linked pairs, in order, is a derivation at
    # this much lower score (align._links_in_context): the rewritten sentence of a copied passage. On the training
    # sets 0.15 raises synthetic paraphrase recall from 0.92 to 0.96 at precision 1.00; below it, sentences of the
    # target's own (0.9 of them score under 0.09 against any source) start to qualify.
    context_threshold: float = 0.15
    # A derived sentence must share this many content words with its sources, so that two short headings sharing
    # one name ("Trump in Tokyo" / "Trump's Tokyo trip") are not a derivation. Verbatim copies are exempt.
    min_shared_words: int = 2
    # Verdict from the share of the target's text that derives from the source: METER's "wholly derived" papers
    # are trimmed, lightly edited copies (most of their text derived); "partially derived" ones mix derived and
    # new paragraphs; below `partial_min_share` the overlap is incidental.
    wholly_min_share: float = 0.7
    partial_min_share: float = 0.1
    # ... but a run of this many words copied word for word (a quote lifted into an op-ed) already makes the source
    # one of the target's inputs, however little of the target it is. Eight words rarely repeat by chance.
    partial_min_run: int = 8
    # Short of such a run, one reworded sentence is weak evidence (independent reports of the same event share
    # facts and names): partial derivation needs at least this many derived sentences.
    partial_min_sentences: int = 1
    # At most this many sentences per document are aligned; longer inputs are cut and the report says so.
    # Bounds the work on pathological input (a 10 MB file of one-word lines).
    max_sentences: int = 5000
    # Character similarity looks at most at this many characters of a (normalised) sentence: rapidfuzz's ratio
    # costs length x length, and a "sentence" of 100k words (a file with no full stops) would take minutes. News
    # sentences are rarely over 400 characters; word containment and verbatim tests still use the whole sentence.
    max_sentence_chars: int = 1000
    # Work per pair, bounded so pathological input cannot exhaust memory or time: the score matrices may hold at
    # most `max_matrix_cells` numbers (sentences x vocabulary, sentences x word pairs, target x source; an upper
    # estimate, 4 bytes each), and character similarity may cost at most `max_char_ops` 64-bit word operations
    # (~2-8 s). Past either, the longer document is cut to its first sentences and the report says so. At 60M the
    # hostile-input benchmark peaks under 450 MB (120M: 720 MB). Article-sized pairs are far below both (two
    # 50-sentence articles: under 1M cells); two 1500-sentence documents of 15 random words each from a 20k
    # vocabulary are cut to ~580 sentences (1 s).
    max_matrix_cells: int = 60_000_000
    max_char_ops: int = 2_000_000_000
    # Fact-checker findings (attribution, quotes, changed facts, word diffs; `findings/`) in every report. They
    # cost about 60% of a seed-sized comparison (7 ms of 18 ms): callers that need only labels and verdicts (a
    # near-duplicate check, a graph without pair reports) can turn them off.
    findings: bool = True
    # Add a sentence-embedding similarity (all-MiniLM-L6-v2, the `semantic` extra) to the derivation score, with
    # its own fitted weights (data/scorer_semantic.json). Off by default: it costs a 1.3 GB install and 1-2 s of
    # CPU per article pair, and on the labelled sets it changes one or two sentences per set, either way
    # (benchmarks/README.md).
    semantic: bool = False


DEFAULT_OPTIONS = CompareOptions()
