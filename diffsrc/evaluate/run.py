"""Run diffsrc and the token-set baseline on a labelled set and score both: the figures of benchmarks/accuracy.py.

    >>> from diffsrc.evaluate import run_gold_set
    >>> run_gold_set("seeds")["system"]["target"]["macro_f1"]

Metrics: P/R/F1 of target labels verbatim/paraphrased/added and their macro-F1 ("sentence macro-F1"), source-side
omitted F1, verdict macro-F1 over wholly/partially/non-derived, derived-vs-non-derived macro-F1, and how often a
derived sentence is linked to one of its gold source sentences.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import numpy as np

from ..document import Document
from ..pair import semantic
from ..pair.compare import compare
from ..settings import CompareOptions
from .baseline import baseline_report, best_matches, cross_validate, fast_macro_f1, fit_share_verdict, share_table
from .clough import CLOUGH_EXPECTED, score_clough, summarise_clough
from .gold import score_pair
from .metrics import PairScore, bootstrap_intervals, grouped_folds, summarise
from .sets import HELDOUT_SETS, POOLED_SETS, SETS, clough_items, gold_set_items


def parse_options(pairs: Iterable[str]) -> CompareOptions | None:
    """`CompareOptions` with `name=value` overrides (values parsed as numbers where they are), or None.

    Raises:
        ValueError: an unknown option, a boolean given something other than true/false, or `semantic=true` without
            the semantic extra.
    """
    overrides: dict[str, Any] = {}
    for item in pairs:
        name, _, value = item.partition("=")
        if name not in {f.name for f in dataclasses.fields(CompareOptions)}:
            raise ValueError(f"unknown option {name!r}")
        default = getattr(CompareOptions(), name)
        if isinstance(default, bool):
            if value.lower() not in ("true", "false", "1", "0", "yes", "no"):
                raise ValueError(f"{name} takes true or false, not {value!r}")
            overrides[name] = value.lower() in ("true", "1", "yes")
        elif isinstance(default, int | float):
            overrides[name] = type(default)(value)
        else:
            overrides[name] = value
    if overrides.get("semantic") and not semantic.available():
        # Said before any set runs, in one line: otherwise a traceback out of the first pair, after METER's minute.
        raise ValueError(semantic.INSTALL_ADVICE)
    return CompareOptions(**overrides) if overrides else None


def compare_report(source: Document, target: Document, options: CompareOptions | None = None) -> dict[str, Any]:
    """The `diffsrc.pair/1` dict of one pair: what the scoring functions read."""
    return compare(source, target, options=options).to_dict()


def run_gold_set(name: str, *, seed: int = 0, limit: int | None = None, options: CompareOptions | None = None,
                 root: str | Path | None = None) -> dict[str, Any]:
    """Score diffsrc and the baseline on one gold-labelled set (see `sets.gold_set_items` for the arguments)."""
    system: list[PairScore] = []
    baseline: list[PairScore] = []
    started = time.perf_counter()
    formats: dict[str, list[PairScore]] = {}
    for g, make in gold_set_items(name, seed=seed, limit=limit, root=root):
        source, target = make()
        report = compare_report(source, target, options)
        group = g.get("kind") or g["id"]
        system.append(score_pair(g, report, group=group))
        baseline.append(score_pair(g, baseline_report(report), group=group))
        for tag in _format_tags(g, source, target):
            formats.setdefault(tag, []).append(system[-1])
    by_group: dict[str, list[PairScore]] = {}
    for r in system:
        by_group.setdefault(r.group, []).append(r)
    return {
        "set": name,
        "seconds": round(time.perf_counter() - started, 2),
        "system": summarise(system),
        "baseline": summarise(baseline),
        "intervals": bootstrap_intervals(system),
        "by_group": {k: _brief(summarise(v)) for k, v in sorted(by_group.items())},
        "by_format": {k: _brief(summarise(v)) for k, v in sorted(formats.items())},
        "pairs": [
            {"id": r.id, "gold_verdict": r.gold_verdict, "verdict": r.predicted_verdict,
             "baseline_verdict": b.predicted_verdict, "target_accuracy": r.target.accuracy(),
             "missing": r.missing}
            for r, b in zip(system, baseline, strict=True)
        ],
        "errors": [e for r in system for e in r.errors],
    }


def _format_tags(gold: dict, source: Document, target: Document) -> list[str]:
    """What kind of input a pair is, so that accuracy can be read per input format (wire copy, encodings)."""
    tags = []
    if "source" in gold:  # a file-based gold pair (its path made absolute by load_gold): the wire file as sent
        raw = Path(gold["source"]).read_bytes()
        wire = b"<\n" in raw.replace(b"\r\n", b"\n") or b"<\r" in raw
        tags.append("source: wire copy (hard-wrapped, < marks)" if wire else "source: other formats")
    legacy = any(doc.encoding in ("cp1252", "latin-1") for doc in (source, target))  # decode_bytes' fallbacks
    tags.append("a file in cp1252/Latin-1" if legacy else "both files UTF-8")
    return tags


def _brief(summary: dict[str, Any]) -> dict[str, Any]:
    per_label = summary["target"]["per_label"]
    recall = {f"{lab}_recall": per_label[lab]["recall"] if per_label[lab]["support"] else None for lab in per_label}
    return {"pairs": summary["pairs"], "target_accuracy": summary["target"]["accuracy"],
            "verdict_accuracy": summary["verdict"]["accuracy"], **recall}


def run_clough(*, limit_per_category: int | None = None, options: CompareOptions | None = None,
               folder: str | Path | None = None, root: str | Path | None = None) -> dict[str, Any]:
    """Score diffsrc and the baseline on the Clough-Stevenson answers (see `sets.clough_items`)."""
    system, baseline = [], []
    started = time.perf_counter()
    sources: dict[Path, Document] = {}
    best, lengths, tasks = [], [], []
    for file, category, src, answer in clough_items(limit_per_category, folder=folder, root=root):
        source = sources.setdefault(src, Document.from_path(src))
        report = compare_report(source, Document.from_path(answer), options)
        system.append(score_clough(file, category, report))
        baseline.append(score_clough(file, category, baseline_report(report)))
        targets = [s["text"] for s in report["target_sentences"]]
        best.append(best_matches(targets, [s["text"] for s in report["source_sentences"]]))
        lengths.append(np.array([len(t) for t in targets], dtype=float))
        tasks.append(src.stem)
    return {
        "set": "clough",
        "seconds": round(time.perf_counter() - started, 2),
        "system": summarise_clough(system),
        "baseline": summarise_clough(baseline),
        "baseline_cv": clough_baseline_cv(system, best, lengths, tasks),
        "answers": [{"file": r.file, "category": r.category, "verdict": r.verdict, "dominant": r.dominant,
                     "shares": r.shares} for r in system],
    }


def clough_baseline_cv(results: list, best: list[np.ndarray], lengths: list[np.ndarray], tasks: list[str],
                       n_folds: int = 5) -> dict[str, Any]:
    """The token-set baseline's derived-vs-non macro-F1 on Clough with its cuts (sentence best-match threshold,
    share of characters) fitted by cross-validation grouped by task, as on METER."""
    gold = np.array([0 if CLOUGH_EXPECTED[r.category][0] == "derived" else 1 for r in results], dtype=np.int64)
    shares = share_table(best, lengths)
    folds = grouped_folds(tasks, n_folds)
    predicted = cross_validate(folds, lambda tr: fit_share_verdict({t: s[tr] for t, s in shares.items()}, gold[tr],
                                                                   three_class=False),
                               lambda c, te: (shares[c[0]][te] < c[1]).astype(np.int64))
    return {"derived_macro_f1": round(fast_macro_f1(gold, predicted, 2), 4),
            "note": f"thresholds fitted by {n_folds}-fold cross-validation grouped by task"}


def run(sets: Iterable[str] = SETS, *, seed: int = 0, options: CompareOptions | None = None,
        root: str | Path | None = None) -> dict[str, Any]:
    """Every requested set's results, keyed by set name."""
    from .meter import run_meter
    from .spark import run_spark

    out: dict[str, Any] = {}
    for name in sets:
        if name == "meter":
            out[name] = run_meter(options=options, root=root)
        elif name == "spark":
            out[name] = run_spark(options=options, root=root)
        elif name == "clough":
            out[name] = run_clough(options=options, root=root)
        else:
            out[name] = run_gold_set(name, seed=seed, options=options, root=root)
    return out


def conceal_held_out(results: dict[str, Any]) -> None:
    """Keep the held-out sets blind: drop which pairs and sentences they get wrong (counts and figures stay).

    Reading a held-out set's errors is how it turns into a tuning set (benchmarks/results/heldout2.md);
    `--reveal-heldout` shows them on purpose.
    """
    for name, res in results.items():
        if name in HELDOUT_SETS or name in POOLED_SETS:
            wrong = sum(p["verdict"] != p["gold_verdict"] for p in res["pairs"])
            res["concealed"] = (f"held out: wrong verdicts {wrong}, mislabelled sentences {len(res['errors'])}; not "
                                "listed (--reveal-heldout lists them, and spends the set)")
            res["pairs"], res["errors"] = [], []
