"""SPARK dev: real news summaries (newser.com editors summarising 2-5 articles) aligned span by span to their
articles.

The corpus (`../shared/data/spark-dev`, never copied into the repository) has 19 topics; in each, crowdworkers
checked by experts aligned every summary span with the article spans it restates. diffsrc compares the summary (the
target) with each article (the source) in turn, as a user would.

Gold (THE PROJECTION RULE, the corpus README's): summary and articles are cleaned and segmented by diffsrc and the
span offsets mapped onto those sentences (`projection.map_sentences`). A summary sentence derives from article i
when an aligned summary span overlaps it by at least 10 characters (or half the span, when shorter); its sources in
article i are the article sentences the matching article spans overlap by the same rule. Any other summary sentence
is added. 196 summary sentences, 154 derived, with 3.2 gold sources each on average.

Figures: derived-vs-added macro-F1 of summary sentences (derived from any article, against the union of the
per-article reports), the same per (summary sentence, article) pair, and link precision / recall / F1 over
(summary sentence, article, article sentence) triples. Cross-validation groups by topic.
"""

from __future__ import annotations

import csv
import json
import time
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from ..document import Document
from ..settings import DEFAULT_OPTIONS, CompareOptions
from ..text.prepare import PreparedDocument, prepare
from .baseline import cross_validate, fast_macro_f1
from .metrics import grouped_folds, link_prf, macro_f1
from .projection import map_sentences, overlapping
from .repository import shared_corpus_dir

SPARK_FOLDER = "spark-dev"
MIN_OVERLAP = 10  # characters


@dataclass
class SparkTopic:
    """One topic: the summary, its articles (prepared by diffsrc) and the gold projected onto their sentences."""

    topic: str
    summary: PreparedDocument
    articles: list[PreparedDocument]
    # per summary sentence: the articles it derives from, and its (article, article sentence) sources
    gold_articles: list[set[int]] = field(default_factory=list)
    gold_sources: list[set[tuple[int, int]]] = field(default_factory=list)


def spark_dir(root: str | Path | None = None) -> Path:
    """The SPARK dev folder (`topics.json`, `alignments.csv`).

    Raises:
        EvaluationDataError: it is not there.
    """
    return shared_corpus_dir(SPARK_FOLDER, "topics.json", "SPARK dev (topics.json, alignments.csv)", root)


def _offsets(spec: str) -> list[tuple[int, int]]:
    out = []
    for piece in str(spec).split(";"):
        if piece.strip():
            a, b = piece.split(",")
            out.append((int(a), int(b)))
    return out


def _article(text: str, doc_id: str) -> PreparedDocument:
    """An article of a topic, prepared; a saved page of nothing but chrome (a tweet's stub, a script notice: five
    of SPARK dev's, none aligned to) is an article with no sentences, which nothing derives from."""
    from ..errors import InputError
    from ..text.clean import clean_text
    from ..text.features import sentence_features

    document = Document.from_text(text, id=doc_id)
    try:
        return prepare(document)
    except InputError:
        return PreparedDocument(document, clean_text(text), [], sentence_features([]))


@lru_cache(maxsize=2)
def spark_topics(root: str | Path | None = None) -> tuple[SparkTopic, ...]:
    """The 19 SPARK dev topics with their gold.

    Raises:
        EvaluationDataError: the corpus is not there.
    """
    base = spark_dir(root)
    topics = json.loads((base / "topics.json").read_text(encoding="utf-8"))
    alignments: dict[str, list[dict[str, str]]] = {}
    with (base / "alignments.csv").open(newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            alignments.setdefault(row["topic"], []).append(row)
    out = []
    for name, t in topics.items():
        summary = prepare(Document.from_text(t["summary"], id=f"{name}/summary"))
        articles = [_article(d, f"{name}/{i}") for i, d in enumerate(t["documents"])]
        topic = SparkTopic(name, summary, articles)
        s_hits = map_sentences([s.text for s in summary.sentences], t["summary"])
        a_hits = [map_sentences([s.text for s in a.sentences], d) for a, d in zip(articles, t["documents"],
                                                                                  strict=True)]
        topic.gold_articles = [set() for _ in summary.sentences]
        topic.gold_sources = [set() for _ in summary.sentences]
        for row in alignments.get(name, []):
            article = int(row["documentFile"].split(".")[0])
            for k in overlapping(s_hits, _offsets(row["summarySpanOffsets"]), MIN_OVERLAP):
                topic.gold_articles[k].add(article)
                topic.gold_sources[k] |= {(article, j) for j in overlapping(
                    a_hits[article], _offsets(row["docSpanOffsets"]), MIN_OVERLAP)}
        out.append(topic)
    return tuple(out)


def run_spark(*, options: CompareOptions | None = None, root: str | Path | None = None,
              n_folds: int = 5) -> dict[str, Any]:
    """diffsrc's shipped model and the token-set baseline on SPARK dev, scored (see the module docstring).

    diffsrc's models were fitted on this split with others (in-sample figures; grouped CV in
    `benchmarks/fit_scorer.py`); the baseline's threshold is fitted by `n_folds`-fold CV grouped by topic.
    """
    from ..pair.compare import compare

    options = replace(options or DEFAULT_OPTIONS, findings=False)
    started = time.perf_counter()
    rows = []
    for topic in spark_topics(root):
        n = len(topic.summary.sentences)
        derived_in = [[False] * len(topic.articles) for _ in range(n)]
        links: list[set[tuple[int, int]]] = [set() for _ in range(n)]
        best = np.zeros((n, len(topic.articles)))
        arg = np.zeros((n, len(topic.articles)), dtype=np.int64)
        targets = [s.text for s in topic.summary.sentences]
        for a, article in enumerate(topic.articles):
            if not article.sentences:
                continue  # page chrome only: nothing derives from it
            report = compare(article, topic.summary, options=options).to_dict()
            for k, s in enumerate(report["target_sentences"]):
                derived_in[k][a] = s["label"] != "added"
                links[k] |= {(a, j) for j in s["sources"]}
            best[:, a], arg[:, a] = _best_and_arg(targets, [s.text for s in article.sentences])
        for k in range(n):
            rows.append({"topic": topic.topic, "gold_articles": topic.gold_articles[k],
                         "gold_sources": topic.gold_sources[k], "derived_in": derived_in[k], "links": links[k],
                         "best": best[k], "arg": arg[k]})
    seconds = time.perf_counter() - started
    return {"set": "spark", "topics": len(spark_topics(root)), "summary_sentences": len(rows),
            "seconds": round(seconds, 2),
            "system": score_spark(rows, [r["derived_in"] for r in rows], [r["links"] for r in rows]),
            "baseline": score_spark(rows, *spark_baseline(rows, n_folds=n_folds)),
            "note": "diffsrc: shipped models, fitted on this split with others (in-sample); baseline: threshold "
                    f"fitted by {n_folds}-fold CV grouped by topic"}


def _best_and_arg(targets: list[str], sources: list[str]) -> tuple[np.ndarray, np.ndarray]:
    from rapidfuzz import fuzz, process, utils

    if not targets or not sources:
        return np.zeros(len(targets)), np.zeros(len(targets), dtype=np.int64)
    m = process.cdist(targets, sources, scorer=fuzz.token_set_ratio, processor=utils.default_process, workers=1)
    return m.max(axis=1) / 100.0, m.argmax(axis=1)


def topic_folds(n_folds: int = 5, root: str | Path | None = None, seed: int = 0) -> dict[str, int]:
    """The cross-validation fold of each topic (`metrics.grouped_folds` over summary sentences, grouped by topic)."""
    groups = [t.topic for t in spark_topics(root) for _ in t.summary.sentences]
    return dict(zip(groups, grouped_folds(groups, n_folds, seed), strict=True))


def spark_baseline(rows: list[dict[str, Any]], *, n_folds: int = 5) -> tuple[list[list[bool]], list[set]]:
    """The token-set baseline: a summary sentence derives from an article when its best match there reaches a
    threshold fitted by grouped CV (per summary sentence and article); its link is that best match."""
    fold_of = topic_folds(n_folds)
    folds = [fold_of[r["topic"]] for r in rows]
    cells = [(k, a) for k, r in enumerate(rows) for a in range(len(r["best"]))]
    score = np.array([rows[k]["best"][a] for k, a in cells])
    gold = np.array([0 if a in rows[k]["gold_articles"] else 1 for k, a in cells], dtype=np.int64)
    cell_folds = np.array([folds[k] for k, _ in cells])
    cands = np.unique(np.quantile(score, np.linspace(0, 1, 101)))

    def fit(train: np.ndarray) -> float:
        return float(max(cands, key=lambda t: fast_macro_f1(gold[train], (score[train] < t).astype(np.int64), 2)))

    derived = cross_validate(cell_folds, fit, lambda t, test: score[test] >= t)
    derived_in: list[list[bool]] = [[False] * len(r["best"]) for r in rows]
    links: list[set] = [set() for _ in rows]
    for (k, a), d in zip(cells, derived, strict=True):
        derived_in[k][a] = bool(d)
        if d:
            links[k].add((a, int(rows[k]["arg"][a])))
    return derived_in, links


def score_spark(rows: list[dict[str, Any]], derived_in: list[list[bool]], links: list[set]) -> dict[str, Any]:
    """Derived-vs-added (over articles joined, and per article) and link figures over SPARK rows."""
    gold = ["derived" if r["gold_articles"] else "added" for r in rows]
    predicted = ["derived" if any(d) else "added" for d in derived_in]
    per_gold = [("derived" if a in r["gold_articles"] else "added") for r in rows for a in range(len(r["best"]))]
    per_pred = [("derived" if d else "added") for ds in derived_in for d in ds]
    tp = sum(g == p == "derived" for g, p in zip(gold, predicted, strict=True))
    return {
        "derived_vs_added_macro_f1": macro_f1(gold, predicted, ("derived", "added")),
        "derived_precision": round(tp / max(predicted.count("derived"), 1), 4),
        "derived_recall": round(tp / max(gold.count("derived"), 1), 4),
        "per_article_macro_f1": macro_f1(per_gold, per_pred, ("derived", "added")),
        "links": link_prf([r["gold_sources"] for r in rows], links),
    }
