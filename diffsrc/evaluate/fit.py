"""The data diffsrc's models are fitted on, and running candidate models on it: what `benchmarks/fit_scorer.py` uses.

Every development pair's evidence (`pair.score.score_both`) is computed once, with its gold and its
cross-validation fold:

  meter      METER dev (`evaluate.meter`): 458 articles against their PA copy; sentence gold by the projection
             rule, the journalists' verdicts; folds by story;
  spark      SPARK dev (`evaluate.spark`): each summary against each of its articles; a summary sentence is derived
             when it is aligned to that article, with its gold sources; folds by topic;
  clough     the Clough-Stevenson answers against their source, verdicts only (derived or not), not fitted: they
             hold the verdict model to the accuracy gate's floor on them; folds by task;
  seeds, synthetic  the project's own training sets (`sets.labelled_sentences`: seeds hand gold, the synthetic set
             by construction), anchors for the conventions the project keeps; folds by story. The sets kept for
             measuring only are refused there.

Fold k of every set is tested together, so no model is ever tested on a story or topic it saw. Fitting itself
(scikit-learn) is in the benchmark script; the package only evaluates the fitted numbers, with numpy.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from ..pair.compare import Analysis, decide
from ..pair.score import Evidence, LogisticModel, score_both
from ..settings import DEFAULT_OPTIONS, CompareOptions
from ..text.features import sentence_features
from ..text.prepare import PreparedDocument
from .meter import MeterDocuments, meter_pairs, sentence_gold
from .metrics import grouped_folds
from .sets import gold_set_items, labelled_sentences
from .spark import spark_topics, topic_folds

N_FOLDS = 5


@dataclass
class FitPair:
    """One pair's evidence with its gold.

    `gold`: per target sentence, `verbatim` / `paraphrased` / `added` (METER, project sets) or `derived` /
    `added` (SPARK), None where there is no gold. `sources`: SPARK's gold source sentences per summary sentence.
    """

    set: str
    group: str
    forward: Evidence
    backward: Evidence
    gold: list[str | None]
    verdict: str | None = None
    verdict_alt: str | None = None
    sources: list[set[int]] | None = None
    alt: list[str | None] | None = None  # a second acceptable label per target sentence (project gold)
    topic: str = ""
    article: int = 0
    fold: int = 0
    lengths: np.ndarray = field(default_factory=lambda: np.zeros(0))  # characters per target sentence
    best: np.ndarray = field(default_factory=lambda: np.zeros(0))  # the baseline's best match per target sentence
    arg: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))  # ... and which source sentence
    texts: tuple[list[str], list[str]] = ([], [])  # the target's and the source's sentences


def _texts(doc: PreparedDocument | Sequence[str]) -> list[str]:
    return [s.text for s in doc.sentences] if isinstance(doc, PreparedDocument) else list(doc)


def _pair(set_name: str, group: str, source: PreparedDocument | Sequence[str], target: PreparedDocument | Sequence[str],
          **kw: Any) -> FitPair:
    from rapidfuzz import fuzz, process, utils

    s_feats = source.features if isinstance(source, PreparedDocument) else sentence_features(list(source))
    t_feats = target.features if isinstance(target, PreparedDocument) else sentence_features(list(target))
    forward, backward = score_both(t_feats, s_feats)
    targets, sources = _texts(target), _texts(source)
    pair = FitPair(set_name, group, forward, backward, lengths=np.array([len(t) for t in targets], dtype=float),
                   texts=(targets, sources), **kw)
    if targets and sources:
        m = process.cdist(targets, sources, scorer=fuzz.token_set_ratio, processor=utils.default_process, workers=1)
        pair.best, pair.arg = m.max(axis=1) / 100.0, m.argmax(axis=1)
    else:
        pair.best, pair.arg = np.zeros(len(targets)), np.zeros(len(targets), dtype=np.int64)
    return pair


def meter_fit_pairs(root: str | None = None) -> list[FitPair]:
    docs = MeterDocuments()
    out = []
    for pair in meter_pairs(root):
        source, target = docs.pair(pair)
        texts = [s.text for s in target.sentences]
        out.append(_pair("meter", pair.story, source, target, gold=sentence_gold(pair, texts), verdict=pair.verdict,
                         topic=pair.id))
    return out


def spark_fit_pairs(root: str | None = None) -> list[FitPair]:
    out = []
    for topic in spark_topics(root):
        for a, article in enumerate(topic.articles):
            if not article.sentences:
                continue  # page chrome only (`spark._article`): no pair to learn from
            gold: list[str | None] = ["derived" if a in arts else "added" for arts in topic.gold_articles]
            sources = [{j for art, j in srcs if art == a} for srcs in topic.gold_sources]
            out.append(_pair("spark", topic.topic, article, topic.summary, gold=gold, sources=sources,
                             topic=topic.topic, article=a, verdict=spark_verdict(gold)))
    return out


def clough_fit_pairs(root: str | None = None) -> list[FitPair]:
    """The Clough-Stevenson answers against their source, verdicts only (the corpus labels whole answers): cut,
    light and heavy revisions take everything from the source, so they are wholly derived as METER defines it
    (partially derived is accepted too, `verdict_alt`); answers written without it are non-derived. Folds are the
    five tasks, so a model is tested on a task's source text it never saw."""
    from ..document import Document
    from ..text.prepare import prepare
    from .sets import clough_items

    sources: dict[Any, PreparedDocument] = {}
    out = []
    for file, category, src, answer in clough_items(root=root):
        source = sources.setdefault(src, prepare(Document.from_path(src)))
        target = prepare(Document.from_path(answer))
        derived = category != "non"
        out.append(_pair("clough", src.stem, source, target, gold=[None] * len(target.sentences),
                         verdict="wholly-derived" if derived else "non-derived",
                         verdict_alt="partially-derived" if derived else None, topic=file))
    return out


def spark_verdict(gold: Sequence[str | None]) -> str:
    """A SPARK (summary, article) pair's verdict from its sentence gold, as METER defines the classes: the article is
    the summary's only source (every summary sentence aligned to it), one source among others, or none."""
    derived = sum(g == "derived" for g in gold)
    return "wholly-derived" if derived == len(gold) else "partially-derived" if derived else "non-derived"


def project_fit_pairs(names: Iterable[str] = ("seeds", "synthetic")) -> list[FitPair]:
    out = []
    for name in names:
        verdicts = {g["id"]: g.get("verdict_alt") for g, _ in gold_set_items(name)}
        for p in labelled_sentences(name):
            group = f"{name}:{p['id'].split('__')[0]}" if name == "synthetic" else name
            out.append(_pair(name, group, p["sources"], p["targets"], gold=list(p["target_labels"]),
                             alt=list(p["alt_labels"]), verdict=p["verdict"],
                             verdict_alt=verdicts.get(p["id"]), topic=p["id"]))
    return out


def assign_folds(pairs: list[FitPair], n_folds: int = N_FOLDS, seed: int = 0) -> None:
    """Deal each set's groups into folds (`metrics.grouped_folds`; with seed 0 the folds the baseline is fitted in,
    other seeds regroup them to tell a gain from the split's luck)."""
    for name in sorted({p.set for p in pairs}):
        members = [p for p in pairs if p.set == name]
        if name == "clough":  # one task per fold, whatever the seed: five tasks, five folds
            tasks = sorted({p.group for p in members})
            for p in members:
                p.fold = tasks.index(p.group) % n_folds
            continue
        if name == "spark":
            folds = topic_folds(n_folds, seed=seed)
            for p in members:
                p.fold = folds[p.topic]
            continue
        for p, k in zip(members, grouped_folds([p.group for p in members], n_folds, seed), strict=True):
            p.fold = k


def run_pair(pair: FitPair, options: CompareOptions = DEFAULT_OPTIONS, *, sentence_model: LogisticModel | None,
             verdict_model: LogisticModel | None) -> Analysis:
    return decide(pair.forward, pair.backward, options=options, sentence_model=sentence_model,
                  verdict_model=verdict_model)
