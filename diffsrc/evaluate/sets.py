"""The labelled sets, and their pairs as (gold, documents) ready to compare.

  meter      METER dev: real PA wire copy and the newspaper reports written from it (`evaluate.meter`)
  spark      SPARK dev: real news summaries aligned to their articles (`evaluate.spark`)
  seeds      hand gold for the seed pairs (tests/fixtures/gold/seeds.json)
  heldout    hand-written METER-style wire/newspaper pairs (benchmarks/data/heldout/gold.json): NOT for tuning
  heldout2   a second, larger such set written later (benchmarks/data/heldout2/gold.json, 24 pairs): NOT for
             tuning either - measure on it once per change, never fit or adjust thresholds to it
             (benchmarks/results/heldout2.md)
  heldout-all  both held-out sets pooled (42 pairs): the figure issue 5's targets are read against, since one
             verdict of an 18-pair set moves its macro-F1 by ~0.05
  synthetic  pairs generated with known truth by `diffsrc.evaluate.synth`
  clough     the 95 Clough-Stevenson rewrites (document-level labels cut/light/heavy/non)

The files are found through `repository` (the checkout, or `root=`); see there for the defaults.
"""

from __future__ import annotations

import csv
import functools
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..document import Document
from ..text.prepare import prepare
from .gold import load_gold, match_keys
from .repository import GOLD_FILES, clough_dir, gold_file, stories_dir
from .synth import SynthPair, generate_pairs, load_stories, to_gold_pair

# Real labelled journalism first (nobody here wrote it: METER dev, SPARK dev, Clough-Stevenson), then the
# project's own sets.
REAL_SETS = ("meter", "spark", "clough")
SETS = (*REAL_SETS, "seeds", "heldout", "heldout2", "heldout-all", "synthetic")
# Measured, never tuned on: labelled_sentences (the input of benchmarks/fit_scorer.py) refuses them.
HELDOUT_SETS = ("heldout", "heldout2")
# Sets made of other sets' pairs, pooled into one figure.
POOLED_SETS = {"heldout-all": ("heldout", "heldout2")}

GoldItem = tuple[dict[str, Any], Callable[[], tuple[Document, Document]]]


def gold_set_items(name: str, *, seed: int = 0, limit: int | None = None,
                   root: str | Path | None = None) -> list[GoldItem]:
    """(gold pair, document factory) for a gold-labelled set; the factory returns (source, target) Documents.

    Args:
        name: a gold-labelled set of `SETS` (not `meter`, `spark` or `clough`, which have their own runs).
        seed: the synthetic set's seed.
        limit: only the first `limit` pairs.
        root: the checkout holding the data (default: `repository.repository_root`).

    Raises:
        ValueError: `name` is not a gold-labelled set.
        EvaluationDataError: its files are not there.
    """
    items: list[GoldItem] = []
    if name in POOLED_SETS:
        items = [item for part in POOLED_SETS[name] for item in gold_set_items(part, seed=seed, root=root)]
    elif name in GOLD_FILES:
        for g in load_gold(gold_file(name, root=root)):
            items.append((g, functools.partial(_read_files, g["source"], g["target"])))
    elif name == "synthetic":
        for pair in generate_pairs(seed, stories=load_stories(stories_dir(root))):
            g = to_gold_pair(pair)
            items.append((g, functools.partial(_read_synthetic, pair, g["id"])))
    else:
        raise ValueError(name)
    return items[:limit] if limit else items


def _read_files(source: str, target: str) -> tuple[Document, Document]:
    return Document.from_path(source), Document.from_path(target)


def _read_synthetic(pair: SynthPair, pair_id: str) -> tuple[Document, Document]:
    """The source from its story file (decoding and cleaning are exercised), the generated target from its text."""
    return Document.from_path(pair.gold["source_path"]), Document.from_text(pair.target_text, id=pair_id)


def labelled_sentences(name: str, *, seed: int = 0, root: str | Path | None = None) -> list[dict[str, Any]]:
    """Gold labels of a set mapped onto diffsrc's own sentences, for fitting a scorer (held-out sets are refused).

    Returns one dict per pair: ``sources`` and ``targets`` (sentence texts as diffsrc segments them),
    ``target_labels`` (gold label or None where no gold key names the sentence), ``target_sources`` (gold source
    sentence indices), ``alt_labels`` (a second acceptable label or None), plus ``id``, ``group`` and ``verdict``.

    Raises:
        ValueError: `name` is a held-out set (measure on it, never fit to it).
    """
    if name in HELDOUT_SETS or name in POOLED_SETS:
        raise ValueError(f"{name} is held out: measure on it, never fit to it")
    out = []
    for g, make in gold_set_items(name, seed=seed, root=root):
        source, target = (prepare(d) for d in make())
        sources = [s.text for s in source.sentences]
        targets = [t.text for t in target.sentences]
        src_match = match_keys([u["key"] for u in g["source_sentences"]], sources)
        src_index = {u["key"]: m for u, m in zip(g["source_sentences"], src_match, strict=True)}
        labels: list[str | None] = [None] * len(targets)
        alts: list[str | None] = [None] * len(targets)
        links: list[list[int]] = [[] for _ in targets]
        tgt_match = match_keys([u["key"] for u in g["target_sentences"]], targets)
        for unit, i in zip(g["target_sentences"], tgt_match, strict=True):
            if i is None:
                continue
            labels[i], alts[i] = unit["label"], unit.get("alt_label")
            links[i] = sorted({j for k in unit.get("sources", []) if (j := src_index.get(k)) is not None})
        out.append({"id": g["id"], "group": g.get("kind") or g["id"], "verdict": g["verdict"], "sources": sources,
                    "targets": targets, "target_labels": labels, "alt_labels": alts, "target_sources": links})
    return out


def clough_items(limit_per_category: int | None = None, *, folder: str | Path | None = None,
                 root: str | Path | None = None) -> list[tuple[str, str, Path, Path]]:
    """(file, category, source path, answer path) for the Clough-Stevenson answers, in file order.

    Raises:
        EvaluationDataError: the corpus is not there (`repository.clough_dir` says where it was looked for).
    """
    base = clough_dir(folder, root=root)
    with (base / "labels.csv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    taken: Counter = Counter()
    out = []
    for row in rows:
        if limit_per_category and taken[row["category"]] >= limit_per_category:
            continue
        taken[row["category"]] += 1
        out.append((row["file"], row["category"], base / "texts" / row["source"], base / "texts" / row["file"]))
    return out
