"""Accuracy of diffsrc's labels on every labelled set, side by side with the token-set-ratio baseline.

Sets:
  seeds      hand gold for the seed pairs (tests/fixtures/gold/seeds.json)
  heldout    hand-written METER-style wire/newspaper pairs (benchmarks/data/heldout/gold.json): NOT for tuning
  heldout2   a second, larger such set written later (benchmarks/data/heldout2/gold.json, 24 pairs): NOT for
             tuning either - measure on it once per change, never fit or adjust thresholds to it
             (benchmarks/results/heldout2.md)
  heldout-all  both held-out sets pooled (42 pairs): the figure issue 5's targets are read against, since one
             verdict of an 18-pair set moves its macro-F1 by ~0.05
  synthetic  pairs generated with known truth by benchmarks/synth.py
  clough     the 95 Clough-Stevenson rewrites (document-level labels cut/light/heavy/non)

Usage:
  python benchmarks/accuracy.py                      # all sets, readable report
  python benchmarks/accuracy.py --sets heldout --errors 20
  python benchmarks/accuracy.py --json > accuracy.json
  python benchmarks/accuracy.py --sets synthetic,clough --option derived_threshold=0.55   # try a setting

Metrics (diffsrc.evaluate): P/R/F1 of target labels verbatim/paraphrased/added and their macro-F1 ("sentence
macro-F1"), source-side omitted F1, verdict macro-F1 over wholly/partially/non-derived, derived-vs-non-derived
macro-F1, and how often a derived sentence is linked to one of its gold source sentences.
"""

from __future__ import annotations

import argparse
import csv
import json
import logging
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script from anywhere
    sys.path.insert(0, str(ROOT))

from diffsrc.evaluate.harness import (  # noqa: E402
    CLOUGH_CATEGORIES,
    TARGET_LABELS,
    VERDICTS,
    PairResult,
    baseline_report,
    bootstrap_intervals,
    load_gold,
    score_clough,
    score_pair,
    summarise,
    summarise_clough,
)

SEEDS_GOLD = ROOT / "tests" / "fixtures" / "gold" / "seeds.json"
HELDOUT_GOLD = ROOT / "benchmarks" / "data" / "heldout" / "gold.json"
HELDOUT2_GOLD = ROOT / "benchmarks" / "data" / "heldout2" / "gold.json"
GOLD_FILES = {"seeds": SEEDS_GOLD, "heldout": HELDOUT_GOLD, "heldout2": HELDOUT2_GOLD}
# Measured, never tuned on: labelled_sentences (the input of fit_scorer.py) refuses them.
HELDOUT_SETS = ("heldout", "heldout2")
CLOUGH_DIR = ROOT.parent.parent / "shared" / "data" / "clough-stevenson-2011"
# Sets made of other sets' pairs, pooled into one figure.
POOLED_SETS = {"heldout-all": ("heldout", "heldout2")}
SETS = ("seeds", "heldout", "heldout2", "heldout-all", "synthetic", "clough")


def clough_dir() -> Path:
    """Where the Clough-Stevenson corpus is: $DIFFSRC_CLOUGH, else the copy in tests/fixtures, else ../shared/data."""
    import os

    candidates = (os.environ.get("DIFFSRC_CLOUGH"), ROOT / "tests" / "fixtures" / "clough-stevenson-2011", CLOUGH_DIR)
    for candidate in candidates:
        if candidate and Path(candidate, "labels.csv").exists():
            return Path(candidate)
    raise FileNotFoundError("Clough-Stevenson corpus not found (set DIFFSRC_CLOUGH)")


def _compare(source: Any, target: Any, options: Any = None) -> dict[str, Any]:
    from diffsrc import compare

    return compare(source, target, options=options).to_dict()


def parse_options(pairs: Iterable[str]) -> Any:
    """`CompareOptions` with `name=value` overrides (values parsed as numbers where they are), or None."""
    import dataclasses

    from diffsrc import CompareOptions

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
    return CompareOptions(**overrides) if overrides else None


def gold_set_items(name: str, *, seed: int = 0, limit: int | None = None) -> list[tuple[dict, Callable[[], tuple]]]:
    """(gold pair, document factory) for a gold-labelled set; the factory returns (source, target) Documents."""
    from diffsrc import Document

    items: list[tuple[dict, Callable[[], tuple]]] = []
    if name in POOLED_SETS:
        items = [item for part in POOLED_SETS[name] for item in gold_set_items(part, seed=seed)]
    elif name in GOLD_FILES:
        for g in load_gold(GOLD_FILES[name]):
            items.append((g, lambda g=g: (Document.from_path(g["source"]), Document.from_path(g["target"]))))
    elif name == "synthetic":
        from benchmarks.synth import generate_pairs, to_gold_pair

        for pair in generate_pairs(seed):
            g = to_gold_pair(pair)
            items.append((g, lambda p=pair, g=g: (
                Document.from_path(p.gold["source_path"]), Document.from_text(p.target_text, id=g["id"]))))
    else:
        raise ValueError(name)
    return items[:limit] if limit else items


def run_gold_set(name: str, *, seed: int = 0, limit: int | None = None, options: Any = None) -> dict[str, Any]:
    """Score diffsrc and the baseline on one gold-labelled set."""
    system: list[PairResult] = []
    baseline: list[PairResult] = []
    started = time.perf_counter()
    formats: dict[str, list[PairResult]] = {}
    for g, make in gold_set_items(name, seed=seed, limit=limit):
        source, target = make()
        report = _compare(source, target, options)
        group = g.get("kind") or g["id"]
        system.append(score_pair(g, report, group=group))
        baseline.append(score_pair(g, baseline_report(report), group=group))
        for tag in _format_tags(g, source, target):
            formats.setdefault(tag, []).append(system[-1])
    by_group: dict[str, list[PairResult]] = {}
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


def _format_tags(gold: dict, source: Any, target: Any) -> list[str]:
    """What kind of input a pair is, so that accuracy can be read per input format (wire copy, encodings)."""
    tags = []
    if "source" in gold:  # a file-based gold pair: look at the wire file as it was sent
        raw = (ROOT / gold["source"]).read_bytes()
        wire = b"<\n" in raw.replace(b"\r\n", b"\n") or b"<\r" in raw
        tags.append("source: wire copy (hard-wrapped, < marks)" if wire else "source: other formats")
    legacy = any(doc.encoding in ("cp1252", "latin-1") for doc in (source, target))  # decode_bytes' fallbacks
    tags.append("a file in cp1252/Latin-1" if legacy else "both files UTF-8")
    return tags


def labelled_sentences(name: str, *, seed: int = 0) -> list[dict[str, Any]]:
    """Gold labels of a set mapped onto diffsrc's own sentences, for fitting a scorer (held-out sets are refused).

    Returns one dict per pair: ``sources`` and ``targets`` (sentence texts as diffsrc segments them),
    ``target_labels`` (gold label or None where no gold key names the sentence), ``target_sources`` (gold source
    sentence indices), ``alt_labels`` (a second acceptable label or None), plus ``id``, ``group`` and ``verdict``.
    """
    from diffsrc.evaluate.harness import match_keys
    from diffsrc.text.prepare import prepare

    if name in HELDOUT_SETS or name in POOLED_SETS:
        raise ValueError(f"{name} is held out: measure on it, never fit to it")
    out = []
    for g, make in gold_set_items(name, seed=seed):
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
            links[i] = sorted({src_index[k] for k in unit.get("sources", []) if src_index.get(k) is not None})
        out.append({"id": g["id"], "group": g.get("kind") or g["id"], "verdict": g["verdict"], "sources": sources,
                    "targets": targets, "target_labels": labels, "alt_labels": alts, "target_sources": links})
    return out


def _brief(summary: dict[str, Any]) -> dict[str, Any]:
    per_label = summary["target"]["per_label"]
    recall = {f"{lab}_recall": per_label[lab]["recall"] if per_label[lab]["support"] else None for lab in per_label}
    return {"pairs": summary["pairs"], "target_accuracy": summary["target"]["accuracy"],
            "verdict_accuracy": summary["verdict"]["accuracy"], **recall}


def clough_items(limit_per_category: int | None = None) -> list[tuple[str, str, Path, Path]]:
    """(file, category, source path, answer path) for the Clough-Stevenson answers, in file order."""
    base = clough_dir()
    rows = list(csv.DictReader((base / "labels.csv").open(encoding="utf-8")))
    taken: Counter = Counter()
    out = []
    for row in rows:
        if limit_per_category and taken[row["category"]] >= limit_per_category:
            continue
        taken[row["category"]] += 1
        out.append((row["file"], row["category"], base / "texts" / row["source"], base / "texts" / row["file"]))
    return out


def run_clough(*, limit_per_category: int | None = None, options: Any = None) -> dict[str, Any]:
    """Score diffsrc and the baseline on the Clough-Stevenson answers."""
    from diffsrc import Document

    system, baseline = [], []
    started = time.perf_counter()
    sources: dict[Path, Any] = {}
    for file, category, src, answer in clough_items(limit_per_category):
        source = sources.setdefault(src, Document.from_path(src))
        report = _compare(source, Document.from_path(answer), options)
        system.append(score_clough(file, category, report))
        baseline.append(score_clough(file, category, baseline_report(report)))
    return {
        "set": "clough",
        "seconds": round(time.perf_counter() - started, 2),
        "system": summarise_clough(system),
        "baseline": summarise_clough(baseline),
        "answers": [{"file": r.file, "category": r.category, "verdict": r.verdict, "dominant": r.dominant,
                     "shares": r.shares} for r in system],
    }


def run(sets: Iterable[str] = SETS, *, seed: int = 0, options: Any = None) -> dict[str, Any]:
    """Every requested set's results, keyed by set name."""
    return {
        name: run_clough(options=options) if name == "clough" else run_gold_set(name, seed=seed, options=options)
        for name in sets
    }


# ---------------------------------------------------------------- rendering


def _table(rows: list[list[Any]], headers: list[str]) -> str:
    from tabulate import tabulate

    return tabulate(rows, headers=headers, tablefmt="github", floatfmt=".2f")


def _metric_rows(system: dict[str, Any], baseline: dict[str, Any]) -> list[list[Any]]:
    rows = []
    for lab in TARGET_LABELS:
        s, b = system["target"]["per_label"][lab], baseline["target"]["per_label"][lab]
        rows.append([f"{lab} P / R / F1", f"{s['precision']:.2f} / {s['recall']:.2f} / {s['f1']:.2f}",
                     f"{b['precision']:.2f} / {b['recall']:.2f} / {b['f1']:.2f}", s["support"]])
    rows += [
        ["sentence macro-F1", system["target"]["macro_f1"], baseline["target"]["macro_f1"], system["target"]["n"]],
        ["source omitted F1", system["omitted_f1"], baseline["omitted_f1"],
         system["source"]["per_label"]["omitted"]["support"]],
        ["verdict macro-F1", system["verdict"]["macro_f1"], baseline["verdict"]["macro_f1"], system["pairs"]],
        ["derived-vs-non macro-F1", system["derived"]["macro_f1"], baseline["derived"]["macro_f1"], system["pairs"]],
        ["derived linked to a gold source", system["link_accuracy"], baseline["link_accuracy"], ""],
    ]
    return rows


def _matrix(conf: dict[str, Any], name: str) -> str:
    labels = conf["labels"]
    return _table([[f"gold {g}", *row] for g, row in zip(labels, conf["matrix"], strict=True)], [name, *labels])


def render(results: dict[str, Any], *, errors: int = 0) -> str:
    """The readable report."""
    out: list[str] = []
    for name, res in results.items():
        out.append(f"## {name} ({res['seconds']} s)\n")
        if name == "clough":
            s, b = res["system"], res["baseline"]
            out.append(f"{s['answers']} answers. derived-vs-non macro-F1: diffsrc {s['derived']['macro_f1']:.2f}, "
                       f"baseline {b['derived']['macro_f1']:.2f}\n")
            for title, key, cols in (("verdict", "category_by_verdict", VERDICTS),
                                     ("dominant label", "category_by_dominant_label", TARGET_LABELS)):
                rows = [[c, *s[key][c], *b[key][c]] for c in CLOUGH_CATEGORIES]
                out.append(f"category x {title} (diffsrc | baseline):\n")
                out.append(_table(rows, ["category", *cols, *[f"base {c}" for c in cols]]) + "\n")
            out.append("expected dominant label (cut->verbatim, light/heavy->paraphrased, non->added): "
                       + ", ".join(f"{c} {v:.2f}" for c, v in s["expected_dominant_rate"].items())
                       + " | baseline " + ", ".join(f"{c} {v:.2f}" for c, v in b["expected_dominant_rate"].items())
                       + "\n")
            continue
        s, b = res["system"], res["baseline"]
        out.append(f"{s['pairs']} pairs, {s['target']['n']} target sentences scored; "
                   f"{s['missing_keys']} gold keys unmatched, "
                   f"{s['unlabelled_sentences']} report sentences unlabelled\n")
        out.append(_table(_metric_rows(s, b), ["metric", "diffsrc", "baseline", "support"]) + "\n")
        out.append("95% intervals with pairs resampled, diffsrc: " + ", ".join(
            "{} {:.2f}-{:.2f}".format(k.removesuffix("_macro_f1"), *v) for k, v in res["intervals"].items()) + "\n")
        out.append("target labels, diffsrc (rows gold, columns predicted):\n")
        out.append(_matrix(s["target"], "") + "\n")
        out.append("verdicts, diffsrc:\n")
        out.append(_matrix(s["verdict"], "") + "\n")
        if len(res["by_group"]) > 1 and name == "synthetic":
            rows = [[k, v["pairs"], v["target_accuracy"], *[v[f"{lab}_recall"] for lab in TARGET_LABELS],
                     v["verdict_accuracy"]] for k, v in res["by_group"].items()]
            out.append(_table(rows, ["kind", "pairs", "sentence acc", *[f"{lab} R" for lab in TARGET_LABELS],
                                     "verdict acc"]) + "\n")
        if res.get("concealed"):
            out.append(f"{res['concealed']}\n")
            continue
        wrong = [p for p in res["pairs"] if p["verdict"] != p["gold_verdict"]]
        if wrong:
            out.append("verdicts wrong: " + "; ".join(f"{p['id']} {p['gold_verdict']}->{p['verdict']}"
                                                     for p in wrong) + "\n")
        if errors:
            kinds = Counter((e["side"], e["gold"], e["predicted"]) for e in res["errors"])
            out.append("errors by kind: " + ", ".join(f"{s_} {g}->{p}: {n}" for (s_, g, p), n in kinds.most_common())
                       + "\n")
            for e in res["errors"][:errors]:
                out.append(f"- [{e['pair']}] {e['side']} gold {e['gold']} -> {e['predicted']} "
                           f"(score {e['score']}, links {e['links']}): {e['text'][:140]}")
            out.append("")
    return "\n".join(out)


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


def render_markdown(results: dict[str, Any]) -> str:
    """The figure tables of benchmarks/README.md ("Accuracy"), diffsrc | baseline side by side."""
    gold_sets = [n for n in SETS if n in results and n != "clough"]
    out: list[str] = []
    if gold_sets:
        def pair_cell(name: str, fmt: Any) -> str:
            return f"{fmt(results[name]['system'])} \\| {fmt(results[name]['baseline'])}"

        def prf(lab: str) -> Any:
            return lambda s: "{precision:.2f} / {recall:.2f} / {f1:.2f}".format(**s["target"]["per_label"][lab])

        rows = [(f"{lab} P / R / F1", prf(lab)) for lab in TARGET_LABELS] + [
            ("**sentence macro-F1**", lambda s: f"{s['target']['macro_f1']:.2f}"),
            ("source omitted F1", lambda s: f"{s['omitted_f1']:.2f}"),
            ("**verdict macro-F1**", lambda s: f"{s['verdict']['macro_f1']:.2f}"),
            ("**derived-vs-non macro-F1**", lambda s: f"{s['derived']['macro_f1']:.2f}"),
            ("derived sentence linked to a gold source",
             lambda s: "-" if s["link_accuracy"] is None else f"{s['link_accuracy']:.2f}"),
        ]
        out.append("| metric (diffsrc \\| baseline) | " + " | ".join(gold_sets) + " |")
        out.append("|---|" + "---|" * len(gold_sets))
        for title, fmt in rows:
            out.append(f"| {title} | " + " | ".join(pair_cell(n, fmt) for n in gold_sets) + " |")
        out.append("| 95% intervals, pairs resampled (sentence / verdict / derived-vs-non; diffsrc) | " + " | ".join(
            " / ".join("{:.2f}-{:.2f}".format(*results[n]["intervals"][k]) for k in
                       ("sentence_macro_f1", "verdict_macro_f1", "derived_macro_f1")) for n in gold_sets) + " |")
        out.append("| pairs / target sentences scored / gold keys unmatched | " + " | ".join(
            f"{results[n]['system']['pairs']} / {results[n]['system']['target']['n']} / "
            f"{results[n]['system']['missing_keys']}" for n in gold_sets) + " |")
        for title, key, short in (("target labels", "target", "V / P / A"), ("verdicts", "verdict", "W / P / N")):
            out.append("")
            out.append(f"| {title}, diffsrc | " + " | ".join(f"{n} {short}" for n in gold_sets) + " |")
            out.append("|---|" + "---|" * len(gold_sets))
            labels = results[gold_sets[0]]["system"][key]["labels"]
            for i, lab in enumerate(labels):
                out.append(f"| gold {lab} | " + " | ".join(
                    " / ".join(str(x) for x in results[n]["system"][key]["matrix"][i]) for n in gold_sets) + " |")
    fmt_sets = [n for n in gold_sets if n in ("heldout-all", "synthetic")]
    if fmt_sets:
        out.append("")
        out.append("| input format (pairs: sentence acc / verdict acc) | " + " | ".join(fmt_sets) + " |")
        out.append("|---|" + "---|" * len(fmt_sets))
        tags = sorted({t for n in fmt_sets for t in results[n]["by_format"]})
        for tag in tags:
            cells = []
            for n in fmt_sets:
                v = results[n]["by_format"].get(tag)
                cells.append(f"{v['pairs']}: {v['target_accuracy']:.2f} / {v['verdict_accuracy']:.2f}" if v else "")
            out.append(f"| {tag} | " + " | ".join(cells) + " |")
    if "synthetic" in results:
        out.append("")
        out.append("| synthetic kind | pairs | sentence acc | verbatim R | paraphrased R | added R | verdict acc |")
        out.append("|---|---|---|---|---|---|---|")
        for kind, v in results["synthetic"]["by_group"].items():
            cells = [v["target_accuracy"], v["verbatim_recall"], v["paraphrased_recall"], v["added_recall"],
                     v["verdict_accuracy"]]
            out.append(f"| {kind} | {v['pairs']} | " + " | ".join("" if c is None else f"{c:.2f}" for c in cells)
                       + " |")
    if "clough" in results:
        s, b = results["clough"]["system"], results["clough"]["baseline"]
        out.append("")
        out.append(f"Clough-Stevenson derived-vs-non macro-F1: diffsrc **{s['derived']['macro_f1']:.2f}**, "
                   f"baseline {b['derived']['macro_f1']:.2f}.")
        out.append("")
        out.append("| category | n | wholly | partially | non-derived | dominant verbatim | paraphrased | added "
                   "| expected dominant | baseline expected |")
        out.append("|---|---|---|---|---|---|---|---|---|---|")
        for c in CLOUGH_CATEGORIES:
            verdicts, dominant = s["category_by_verdict"][c], s["category_by_dominant_label"][c]
            out.append(f"| {c} | {sum(verdicts)} | " + " | ".join(map(str, verdicts + dominant))
                       + f" | {s['expected_dominant_rate'][c]:.2f} | {b['expected_dominant_rate'][c]:.2f} |")
        out.append("")
        out.append("Baseline, category x verdict (W / P / N): " + "; ".join(
            f"{c} " + " / ".join(map(str, b["category_by_verdict"][c])) for c in CLOUGH_CATEGORIES) + ".")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Accuracy of diffsrc's labels on the labelled sets.")
    parser.add_argument("--sets", default=",".join(SETS), help=f"comma-separated, from {','.join(SETS)}")
    parser.add_argument("--seed", type=int, default=0, help="seed of the synthetic set")
    parser.add_argument("--json", action="store_true", help="print the full results as JSON")
    parser.add_argument("--markdown", action="store_true", help="print the figure tables of benchmarks/README.md")
    parser.add_argument("--errors", type=int, default=0, metavar="N", help="list N mislabelled sentences per set")
    parser.add_argument("--reveal-heldout", action="store_true",
                        help="list the held-out sets' wrong verdicts and mislabelled sentences (hidden by default: "
                             "reading them turns a held-out set into a tuning set)")
    parser.add_argument("--option", action="append", default=[], metavar="NAME=VALUE",
                        help="override a CompareOptions field, e.g. --option derived_threshold=0.55 (repeatable)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.ERROR)  # cp1252 fallback warnings on Clough files are expected
    sets = [s.strip() for s in args.sets.split(",") if s.strip()]
    unknown = set(sets) - set(SETS)
    if unknown:
        parser.error(f"unknown sets: {', '.join(sorted(unknown))}")
    try:
        options = parse_options(args.option)
    except (ValueError, TypeError) as exc:
        parser.error(str(exc))
    results = run(sets, seed=args.seed, options=options)
    if not args.reveal_heldout:
        conceal_held_out(results)
    if args.json:
        print(json.dumps(results, indent=1, sort_keys=True, ensure_ascii=False))
    elif args.markdown:
        print(render_markdown(results))
    else:
        print(render(results, errors=args.errors))
    return 0


if __name__ == "__main__":
    sys.exit(main())
