"""Labels and verdicts: from links to sentence labels, the pair summary and its METER-style verdict.

Sentence labels. A target sentence is `added` when it has no link (`align.link_from_both_sides`), otherwise
derived, and then `verbatim` or `paraphrased` by THE VERBATIM RULE: a derived sentence is verbatim when at least
`verbatim_min_copied` (80%) of its words are copied in order from the sentences it is linked to
(`align.copied_in_order`); words it leaves out do not count against it. A copy with a date word or a title changed
("today" -> "yesterday", "Mr" -> "Dr") keeps about 95% of its words in order and is verbatim, its word diff showing
the change; a sentence reworded, reordered or padded with more than a fifth of new words is paraphrased. Source
sentences are labelled by the same rule over the same links seen from their side (`omitted`: no derived target
sentence draws on it). A verbatim sentence linked to several keeps the one it is copied from (`copied_from`).
THE COPY RULE (`unlink_strays_of_a_copy`): in a text mostly copied word for word (a reprint, the next version of a
wire story), a paraphrased sentence that draws only on source sentences copied word for word elsewhere and copies
little of its own words in order is a sentence the source lacks: added; in a copy (`COPY_VERBATIM_SHARE` of its
sentences verbatim), either condition alone makes it added (`target_sentence_labels` applies all three).

Verdict. METER's three classes (wholly / partially / non-derived) from document-level evidence of how much of the
target is taken from the source and how literally (`doc_features`), by a multinomial logistic model fitted on METER
dev's 458 real verdicts with the project's own sets and SPARK's summary/article pairs as anchors
(`data/verdict.json`, `benchmarks/fit_scorer.py`).
It separates derivation from same-event reporting, which shares names, charges and quotes heard by both reporters
but little running text. One case METER has no paper of is a rule on top (`lifted_quote`): a long quotation copied
word for word into a text about something else. A target of at most `short_target_sentences` sentences (a sentence
pair) takes its verdict from its sentence labels: none derived is non-derived, some partially, all wholly derived
unless it adds a fact (`short_target_adds`: a share of its content words new to the source, a name or a number
among them), which is partially derived; a target of any length whose every sentence is verbatim is wholly derived
(a text against itself).
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass

import numpy as np

from ..settings import COPY_EDIT_MIN_COPIED, COPY_VERBATIM_SHARE, DEFAULT_OPTIONS, MOSTLY_COPIED_SHARE, CompareOptions
from ..text.features import SentenceFeatures
from ..text.segment import content_stems, surface_tokens
from ..wording import plural
from .align import copied_in_order, words_copied_in_order
from .model import PairSummary
from .score import Evidence, LogisticModel, shipped_model

TARGET_LABELS = ("verbatim", "paraphrased", "added")
SOURCE_LABELS = ("verbatim", "paraphrased", "omitted")
VERDICTS = ("wholly-derived", "partially-derived", "non-derived")


@dataclass
class SentenceLabel:
    index: int
    text: str
    label: str
    links: list[int]  # in document order
    score: float | None
    kind: str = "body"
    # The linked sentence that holds most of this one's content (the first by link score); what provenance names
    # as the sentence it derives from. Not part of `diffsrc.pair/1`.
    closest: int | None = None
    # The share of its words copied in order from its links (the verbatim rule's measure), for linked sentences:
    # how close its wording is to this source's, which a corpus run weighs between two sources. Not part of
    # `diffsrc.pair/1`.
    copied: float | None = None
    # (start, end): where the sentence stands in its document's text (`PreparedDocument.offsets`), None where it
    # could not be found there.
    offset: tuple[int, int] | None = None


def sentence_labels(links: Sequence[Sequence[int]], copied: Sequence[float], *, unlinked: str,
                    options: CompareOptions = DEFAULT_OPTIONS) -> list[str]:
    """One side's labels: `unlinked` (added / omitted) without a link, else verbatim or paraphrased by the rule."""
    return [unlinked if not ls else "verbatim" if c >= options.verbatim_min_copied else "paraphrased"
            for ls, c in zip(links, copied, strict=True)]


def target_sentence_labels(rows: Sequence[SentenceFeatures], columns: Sequence[SentenceFeatures],
                           links: list[list[int]], copied: Sequence[float], options: CompareOptions = DEFAULT_OPTIONS
                           ) -> tuple[list[list[int]], list[str]]:
    """The target side's links and labels: THE VERBATIM RULE (`sentence_labels`), a verbatim sentence's links
    narrowed to the sentence it is copied from (`copied_from`), then THE COPY RULE of a mostly copied text
    (`unlink_strays_of_a_copy`). The source side takes the same links, mirrored, by the verbatim rule alone."""
    labels = sentence_labels(links, copied, unlinked="added", options=options)
    links = copied_from(rows, columns, links, labels, options)
    unlink_strays_of_a_copy(links, labels, copied)
    return links, labels


def unlink_strays_of_a_copy(links: list[list[int]], labels: list[str], copied: list[float]) -> None:
    """In a copy (`settings.COPY_VERBATIM_SHARE` of the target's sentences verbatim), a paraphrased sentence drawing
    only on source sentences copied word for word elsewhere, or copying less than COPY_EDIT_MIN_COPIED of its words,
    is a sentence the source lacks, linked to something else: added, without links (in place). In a text mostly
    copied (`settings.MOSTLY_COPIED_SHARE`: an updated version of a story, a live blog around the wire's copy), one
    that does both."""
    verbatim = sum(label == "verbatim" for label in labels)
    if verbatim < MOSTLY_COPIED_SHARE * len(labels):
        return
    a_copy = verbatim >= COPY_VERBATIM_SHARE * len(labels)
    copied_elsewhere = {ls[0] for ls, label in zip(links, labels, strict=True) if label == "verbatim" and len(ls) == 1}
    for t, (ls, label) in enumerate(zip(links, labels, strict=True)):
        if label != "paraphrased":
            continue
        drawn_elsewhere, barely_copied = all(s in copied_elsewhere for s in ls), copied[t] < COPY_EDIT_MIN_COPIED
        if (drawn_elsewhere or barely_copied) if a_copy else (drawn_elsewhere and barely_copied):
            links[t] = []
            labels[t] = "added"


def copied_from(rows: Sequence[SentenceFeatures], columns: Sequence[SentenceFeatures], links: list[list[int]],
                labels: list[str], options: CompareOptions) -> list[list[int]]:
    """Links of verbatim sentences narrowed to the sentences they are copied from: when one linked sentence alone
    holds the copy, the others that merely share its words go (the word diff is then against the copy's source)."""
    out = []
    for row, (ls, label) in enumerate(zip(links, labels, strict=True)):
        if label == "verbatim" and len(ls) > 1:
            alone = [s for s in ls if copied_in_order(rows[row], [columns[s]], max_chars=options.max_sentence_chars)
                     >= options.verbatim_min_copied]
            ls = alone or ls
        out.append(ls)
    return out


def make_labels(texts: Sequence[str], labels: Sequence[str], links: Sequence[Sequence[int]], p: np.ndarray,
                kinds: Sequence[str], copied: Sequence[float] | None = None) -> list[SentenceLabel]:
    """`SentenceLabel`s of one side (the score is P(derived), given for linked sentences; `links` closest first;
    `copied` the verbatim rule's share of each sentence's words copied in order)."""
    return [SentenceLabel(i, text, label, sorted(ls), round(float(p[i]), 4) if ls else None, kinds[i],
                          ls[0] if ls else None, round(float(copied[i]), 4) if ls and copied is not None else None)
            for i, (text, label, ls) in enumerate(zip(texts, labels, links, strict=True))]


# ------------------------------------------------------------------------------------------------------ verdict

# The document evidence the verdict model may read (see `doc_features`).
DOC_FEATURES = ("share", "soft", "verb_share", "verb_share_unq", "containment", "copied", "copied_unq",
                "maxrun", "maxrun_unq", "maxrun_q", "quoted_of_copied", "lead", "common_found", "names_found",
                "source_rare_used", "new_share", "new_names")


def doc_features(forward: Evidence, p_target: np.ndarray, target_labels: Sequence[str], *,
                 options: CompareOptions = DEFAULT_OPTIONS) -> dict[str, float]:
    """How much of the target derives from the source, and how literally.

    share / verb_share: share of the target's characters in derived / verbatim sentences (verb_share_unq: verbatim
    sentences not mostly inside quotation marks); soft: character-weighted mean P(derived); containment:
    IDF-weighted share of the target's distinct content words found in the source; copied / copied_unq: share of
    the target's words inside word trigrams of the source (all / outside quotation marks); maxrun / maxrun_unq /
    maxrun_q: log(1 + the longest copied run of words) anywhere / outside / inside quotation marks;
    quoted_of_copied: share of the copied words that are quoted; lead: the highest P(derived) of the first two
    sentences. The vocabulary the two texts share, split by kind (`_shared_vocabulary`): common_found /
    names_found: share of the target's distinct common words / names and numbers found in the source;
    source_rare_used: share of the source's details (content words of one source sentence only) the target uses.
    What a short target (`options.short_target_sentences`) adds, which `short_target_adds` reads (0 for a longer
    one, whose verdict the model gives): new_share, the share of its distinct content words the source lacks;
    new_names, how many of its names and numbers the source lacks (`new_names`).
    """
    out = dict.fromkeys(DOC_FEATURES, 0.0)
    rows = forward.rows
    if not rows or not forward.shape[1]:
        return out
    m = forward.measures
    chars = np.array([max(len(f.key), 1) for f in rows], dtype=np.float64)
    w = chars / chars.sum()
    derived = np.array([label != "added" for label in target_labels])
    verbatim = np.array([label == "verbatim" for label in target_labels])
    words = m["n_tok"]
    total_words = max(float(words.sum()), 1.0)
    copied_words = float((m["copied"] * words).sum())
    out.update(
        share=float(w[derived].sum()), soft=float((w * p_target).sum()), verb_share=float(w[verbatim].sum()),
        verb_share_unq=float(w[verbatim & (m["quoted"] < 0.5)].sum()), containment=forward.containment,
        copied=copied_words / total_words, copied_unq=float((m["copied_unq"] * words).sum()) / total_words,
        maxrun=float(np.log1p(m["run"].max())), maxrun_unq=float(np.log1p(m["run_unq"].max())),
        maxrun_q=float(np.log1p(m["run_q"].max())),
        quoted_of_copied=(copied_words - float((m["copied_unq"] * words).sum())) / max(copied_words, 1.0),
        lead=float(p_target[:2].max()),
    )
    out.update(_shared_vocabulary(rows, forward.columns))
    if len(rows) <= options.short_target_sentences:
        out.update(_added_content(rows, forward.columns))
    return out


def _shared_vocabulary(rows: Sequence[SentenceFeatures], columns: Sequence[SentenceFeatures]) -> dict[str, float]:
    """Which of the target's words the source has, by kind, and how many of the source's details the target uses.

    Why: a report of the same court case as the wire copy shares its names, numbers and charges whatever its origin
    (names_found is high for both); a copy also shares the wire's common words (its wording: common_found) and
    carries the details the wire mentions once (source_rare_used), where an independent report tells the case from
    its own notes. Distinct content stems, unweighted; a stem written with a capital or as a number anywhere in the
    target counts as a name.
    """
    source_df: Counter[str] = Counter()
    for f in columns:
        source_df.update(set(f.stems))
    used = {stem for f in rows for stem in f.stems}
    names = target_names(rows)
    common = used - names
    rare = [w for w, n in source_df.items() if n == 1]

    # (Counted with `map` over the look-up, in C: a target's every distinct stem is looked up, in every pair.)
    def found(words: set[str]) -> float:
        return sum(map(source_df.__contains__, words)) / len(words) if words else 0.0

    return {"common_found": found(common), "names_found": found(names),
            "source_rare_used": sum(map(used.__contains__, rare)) / len(rare) if rare else 0.0}


def _added_content(rows: Sequence[SentenceFeatures], columns: Sequence[SentenceFeatures]) -> dict[str, float]:
    """`new_share` and `new_names` of `doc_features`: what the target says that the source does not."""
    source = {stem for f in columns for stem in f.stems}
    used = {stem for f in rows for stem in f.stems}
    return {"new_share": 1.0 - sum(w in source for w in used) / len(used) if used else 0.0,
            "new_names": float(len(new_names(target_names(rows), source, rows=rows, columns=columns)))}


def target_names(rows: Sequence[SentenceFeatures]) -> set[str]:
    """A text's names and numbers: the content stems it writes with a capital or as a number somewhere."""
    return {stem for f in rows for stem in f.names}


def new_names(names: set[str], source_stems: Collection[str], *, rows: Sequence[SentenceFeatures] = (),
              columns: Sequence[SentenceFeatures] = ()) -> list[str]:
    """The names and numbers of `names` the source lacks, sorted. A name the source writes longer or shorter (a
    stem of at least 4 letters beginning the other: "Asian" for "Asia", "Lancs" for "Lancashire") is not new, nor
    is a month's or a weekday's name: "July-September" restates "third-quarter", "Tuesday" "yesterday"; nor, given
    the target's `rows` and the source's `columns`, another name of a place, body or office the source names
    (`_aliased_stems`: "the UK" for "Britain", "the Fed" for "the Federal Reserve", "Number 10" for "Downing
    Street")."""
    missing = sorted(n for n in names if n not in source_stems and n not in _calendar_stems())
    if missing and rows and columns:
        aliased = _aliased_stems(rows, columns)
        missing = [n for n in missing if n not in aliased]
    if not missing:
        return []
    by_prefix: dict[str, list[str]] = {}
    for stem in source_stems:
        if len(stem) >= 4:
            by_prefix.setdefault(stem[:4], []).append(stem)
    return [n for n in missing
            if not any(s.startswith(n) or n.startswith(s) for s in by_prefix.get(n[:4], ()))]


@functools.cache
def _alias_forms() -> tuple[tuple[str, str, frozenset[str]], ...]:
    """Each name of data/entity_aliases.txt as the text's words read it, padded with spaces for a look-up in a
    sentence's key, with the name it stands for and its content stems."""
    from ..text.lexicon import entity_aliases

    forms = []
    for name, canonical in entity_aliases().items():
        words = " ".join(surface_tokens(name))
        forms.append((f" {words} ", canonical, frozenset(content_stems(words.split()))))
    return tuple(forms)


def _named_aliases(features: Sequence[SentenceFeatures]) -> list[tuple[str, frozenset[str]]]:
    """The names of data/entity_aliases.txt the sentences write, whole (or with a possessive's "s": "UK's" reads
    "uks"), as (the name they stand for, their content stems)."""
    keys = " ".join(f" {f.key} " for f in features)
    # A name of function words alone ("US", read "us") counts only in a sentence that writes it in capitals: the
    # pronoun ("Tell us what you think") named the US, and made a target's "United States" or "Washington" no new
    # name (`_aliased_stems`).
    capitals = " ".join(f" {f.key} " for f in features if f.names_the_us)
    return [(canonical, stems) for padded, canonical, stems in _alias_forms()
            if padded in (keys if stems else capitals) or f"{padded[:-1]}s " in (keys if stems else capitals)]


def _aliased_stems(rows: Sequence[SentenceFeatures], columns: Sequence[SentenceFeatures]) -> frozenset[str]:
    """The stems of the target's names that are another name of a place, body or office the source names.

    Why: a rewrite writes "the UK" for "Britain's", "the Fed" for "the Federal Reserve", "America" for "the United
    States", "Number 10" for "Downing Street": the same thing under another name, no fact the source lacks (a
    business and politics desk's re-test: each made a faithful one-sentence rewrite partially derived, its note
    naming "UK" or "Fed" as new). Read only when the target has a name the source lacks (`new_names`)."""
    named = {canonical for canonical, _ in _named_aliases(columns)}
    if not named:
        return frozenset()
    return frozenset(stem for canonical, stems in _named_aliases(rows) if canonical in named for stem in stems)


@functools.cache
def _calendar_stems() -> frozenset[str]:
    from ..text.lexicon import MONTH_NAMES, MONTHS, WEEKDAY_NAMES

    return frozenset(content_stems([*MONTH_NAMES, *MONTHS, *WEEKDAY_NAMES]))


def verdict(features: dict[str, float], target_labels: Sequence[str], *, options: CompareOptions = DEFAULT_OPTIONS,
            model: LogisticModel | None = None) -> str:
    """METER's verdict: from the sentence labels for a short target, else from the document model, then the
    lifted-quote rule (`lifted_quote`)."""
    derived = sum(label != "added" for label in target_labels)
    if not derived:
        return "non-derived"
    if all(label == "verbatim" for label in target_labels):
        return "wholly-derived"  # every sentence copied: nothing for the model to weigh (a text against itself)
    if len(target_labels) <= options.short_target_sentences:
        if derived < len(target_labels) or short_target_adds(features, options):
            return "partially-derived"
        return "wholly-derived"
    model = model or shipped_model("verdict")
    p = model.proba({k: np.array([v]) for k, v in features.items()})[0]
    found = model.classes[int(np.argmax(p))]
    if found == "non-derived" and lifted_quote(features, options):
        return "partially-derived"
    return found


def short_target_adds(features: dict[str, float], options: CompareOptions = DEFAULT_OPTIONS) -> bool:
    """A short target (a sentence pair) whose sentences all derive but add what the source does not say: at least
    `short_target_new_share` of its content words absent from the source, a name or a number among them.

    Why: a sentence may copy a clause and add one ("..., and it plans to cut 300 jobs in Europe"): derived, as its
    label says, but not wholly from the source. Rewording alone leaves common words unmatched (synonyms) and keeps
    the names and numbers; a new fact brings a new name or number with its words. METER's short papers drawing on
    the wire and adding details (an age, a street, a date) are partially derived.
    """
    return features.get("new_share", 0.0) >= options.short_target_new_share and features.get("new_names", 0.0) >= 1


def shares_too_little(rows: Sequence[SentenceFeatures], columns: Sequence[SentenceFeatures],
                      options: CompareOptions = DEFAULT_OPTIONS) -> list[str] | None:
    """The content stems a short target (`options.short_target_sentences`) shares with the source when they are too
    few to make it derived: fewer than `short_target_min_shared`, and no two of them in a row in both texts. None
    for a longer target, or one with enough in common.

    Why: two stock words of a story ("The case continues." against a court report holding "case" and "continued")
    read as a paraphrase to the sentence model, which sees a text of one sentence as its own background. A
    restatement keeps a pair of its source's words together ("Profits rose." for "The company said profits
    rose."), or more words than that.
    """
    if len(rows) > options.short_target_sentences or {f.key for f in rows} & {f.key for f in columns}:
        return None  # a longer target, or a sentence of the source's, word for word ("0?" against itself)
    source = {stem for f in columns for stem in f.stems}
    shared = sorted({stem for f in rows for stem in f.stems if stem in source})
    if len(shared) >= options.short_target_min_shared:
        return None
    source_pairs = {pair for f in columns for pair in zip(f.stems, f.stems[1:], strict=False)}
    if any(pair in source_pairs for f in rows for pair in zip(f.stems, f.stems[1:], strict=False)):
        return None
    if len(shared) > 1 and any(_copies_a_sentence(f, columns, options) for f in rows):
        return None
    return shared


# The fewest words a short target's sentence needs for the verbatim rule to make it a copy though it shares under
# `short_target_min_shared` content words: "The case continues." (three words, two of them the story's stock) stays
# derived from nothing however a source writes "case" and "continued".
_SHORT_COPY_MIN_WORDS = 4


def _copies_a_sentence(row: SentenceFeatures, columns: Sequence[SentenceFeatures], options: CompareOptions) -> bool:
    """Whether a short target's sentence copies one source sentence by the verbatim rule (`verbatim_min_copied` of
    its words in order, at least `_SHORT_COPY_MIN_WORDS` of them).

    Why: a headline or a push alert keeps its source's function words and few content words ("The suspect is no
    longer in custody." -> "The suspect is in custody.", "Guaido: 'We will fight on'" for the wire's quote, "The
    jury found him guilty of manslaughter." -> "The jury cleared him of manslaughter."): two content words apart,
    but every other word in the source's order. Those are the source's sentence, edited (a verification desk's
    re-test: each was called non-derived, its reversal or its exact quote reported beside "derives from nothing").
    """
    tokens = row.tokens
    if len(tokens) < _SHORT_COPY_MIN_WORDS:
        return False
    need = options.verbatim_min_copied * len(tokens)
    return any(words_copied_in_order(tokens, f.tokens) >= need for f in columns)


def too_little_note(shared: list[str], texts: Sequence[str]) -> str:
    """The report's note when `shares_too_little` decided: the words the target shares, as it writes them."""
    shown = _words_written(texts, set(shared))
    return (f"non-derived: the target shares {plural(len(shared), 'content word')} with the source "
            f"({', '.join(shown) or 'none'}) and no two of them in a row, too little to call it derived "
            "(short_target_min_shared)")


def _words_written(texts: Sequence[str], stems: set[str]) -> list[str]:
    """The words of `texts` whose content stems are among `stems`, as written, each once, in order."""
    shown: list[str] = []
    for text in texts:
        for word in text.split():
            word = word.strip(".,;:!?\"'()[]“”‘’")
            if word not in shown and stems.intersection(content_stems(surface_tokens(word))):
                shown.append(word)
    return shown


def short_target_note(rows: Sequence[SentenceFeatures], columns: Sequence[SentenceFeatures], texts: Sequence[str],
                      features: dict[str, float]) -> str:
    """The report's note when `short_target_adds` decided the verdict: what the target adds, in its own words."""
    shown = _words_written(texts, set(new_names(target_names(rows), {stem for f in columns for stem in f.stems},
                                                rows=rows, columns=columns)))
    return (f"partially derived, though every target sentence derives: {features['new_share']:.0%} of the target's "
            f"content words are not in the source, names or numbers among them ({', '.join(shown[:8])}) "
            "(short_target_new_share)")


def lifted_quote(features: dict[str, float], options: CompareOptions = DEFAULT_OPTIONS) -> bool:
    """A quotation of at least `lifted_quote_min_words` words copied word for word into a text that otherwise
    shares little of its content with the source (containment below `lifted_quote_max_containment`).

    METER cannot teach this case: its non-derived papers share long court quotes with the wire copy because both
    reporters heard them, and those papers report the same case (they share most of their content words); no
    METER paper lifts a quote into a text about something else. There, the project's convention holds: the quote
    was taken from the source (an op-ed quoting the wire's translation of a minister, seed 003).
    """
    words = float(np.expm1(features.get("maxrun_q", 0.0)))
    return (words >= options.lifted_quote_min_words - 1e-6
            and features.get("containment", 1.0) < options.lifted_quote_max_containment)


def share_verdict(derived_share: float, linked: int, *, options: CompareOptions = DEFAULT_OPTIONS) -> str:
    """The verdict of a pair that was not aligned sentence by sentence (a corpus near-duplicate copy, whose sentences
    are matched to its representative's exactly, or the edge a copy inherits): from its derived share alone."""
    if not linked:
        return "non-derived"
    return "wholly-derived" if derived_share >= options.unaligned_wholly_min_share else "partially-derived"


def _share(labels: Sequence[SentenceLabel], kept: tuple[str, ...]) -> float:
    total = sum(len(s.text) for s in labels)
    if not total:
        return 0.0
    return round(sum(len(s.text) for s in labels if s.label in kept) / total, 4)


def summarise(sources: list[SentenceLabel], targets: list[SentenceLabel], verdict_name: str) -> PairSummary:
    """The summary of a pair report: counts, shares (fractions of characters) and the verdict."""
    counts = {label: sum(1 for s in targets if s.label == label) for label in TARGET_LABELS}
    return PairSummary(
        **counts,
        omitted=sum(1 for s in sources if s.label == "omitted"),
        target_derived_share=_share(targets, ("verbatim", "paraphrased")),
        source_retained_share=_share(sources, ("verbatim", "paraphrased")),
        verdict=verdict_name,
    )
