"""The accuracy report as text: readable (with confusion matrices) or the figure tables of benchmarks/README.md.

Both render what `run.run` returns; the baseline's figure stands beside diffsrc's in every row.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from tabulate import tabulate

from ..wording import plural
from .clough import CLOUGH_CATEGORIES
from .metrics import TARGET_LABELS, VERDICTS
from .sets import REAL_SETS, SETS


def _table(rows: list[list[Any]], headers: list[str]) -> str:
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


def real_rows(name: str, res: dict[str, Any]) -> list[list[Any]]:
    """(metric, diffsrc, baseline) rows of a real set (`meter`, `spark`, `clough`)."""
    s, b = res["system"], res["baseline"]
    if name == "meter":
        return [["verdict 3-class macro-F1", s["verdict_macro_f1"], b["verdict_macro_f1"]],
                ["derived-vs-non macro-F1", s["derived_macro_f1"], b["derived_macro_f1"]],
                ["sentence V/P/A macro-F1", s["sentence_macro_f1"], b["sentence_macro_f1"]],
                ["sentence derived-vs-added macro-F1", s["derived_vs_added_macro_f1"], b["derived_vs_added_macro_f1"]],
                ["sentence derived-class F1", s["derived_f1"]["f1"], b["derived_f1"]["f1"]]]
    if name == "spark":
        return [["summary sentence derived-vs-added macro-F1", s["derived_vs_added_macro_f1"],
                 b["derived_vs_added_macro_f1"]],
                ["per (summary sentence, article) macro-F1", s["per_article_macro_f1"], b["per_article_macro_f1"]],
                ["link F1", s["links"]["f1"], b["links"]["f1"]]]
    return [["derived-vs-non macro-F1", s["derived"]["macro_f1"], res["baseline_cv"]["derived_macro_f1"]]]


def render(results: dict[str, Any], *, errors: int = 0) -> str:
    """The readable report."""
    out: list[str] = []
    for name, res in results.items():
        out.append(f"## {name} ({res['seconds']} s)\n")
        if name in ("meter", "spark"):
            out.append(f"{res['note']}\n")
            out.append(_table(real_rows(name, res), ["metric", "diffsrc", "baseline"]) + "\n")
            s = res["system"]
            if name == "meter":
                out.append("verdicts, diffsrc:\n" + _matrix(s["verdict"], "") + "\n")
                out.append("sentence labels, diffsrc (gold by the projection rule):\n" + _matrix(s["sentences"], "")
                           + "\n")
            else:
                out.append(f"derived precision / recall, diffsrc: {s['derived_precision']:.2f} / "
                           f"{s['derived_recall']:.2f}; links P / R: {s['links']['precision']:.2f} / "
                           f"{s['links']['recall']:.2f}\n")
            continue
        if name == "clough":
            s, b = res["system"], res["baseline"]
            out.append(f"{plural(s['answers'], 'answer')}. derived-vs-non macro-F1: "
                       f"diffsrc {s['derived']['macro_f1']:.2f}, "
                       f"baseline {res['baseline_cv']['derived_macro_f1']:.2f} (cuts fitted by CV grouped by task; "
                       f"with issue 5's fixed cuts {b['derived']['macro_f1']:.2f})\n")
            for title, key, cols in (("verdict", "category_by_verdict", VERDICTS),
                                     ("dominant label", "category_by_dominant_label", TARGET_LABELS)):
                rows = [[c, *s[key][c], *b[key][c]] for c in CLOUGH_CATEGORIES]
                out.append(f"category x {title} (diffsrc | baseline):\n")
                out.append(_table(rows, ["category", *cols, *[f"base {c}" for c in cols]]) + "\n")
            out.append("expected dominant label (cut->verbatim, light->verbatim or paraphrased, heavy->paraphrased, "
                       "non->added): "
                       + ", ".join(f"{c} {v:.2f}" for c, v in s["expected_dominant_rate"].items())
                       + " | baseline " + ", ".join(f"{c} {v:.2f}" for c, v in b["expected_dominant_rate"].items())
                       + "\n")
            continue
        s, b = res["system"], res["baseline"]
        out.append(f"{plural(s['pairs'], 'pair')}, {plural(s['target']['n'], 'target sentence')} scored; "
                   f"{plural(s['missing_keys'], 'gold key')} unmatched, "
                   f"{plural(s['unlabelled_sentences'], 'report sentence')} unlabelled\n")
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


def render_markdown(results: dict[str, Any]) -> str:
    """The figure tables of benchmarks/README.md ("Accuracy"), diffsrc | baseline side by side."""
    gold_sets = [n for n in SETS if n in results and n not in REAL_SETS]
    out: list[str] = []
    real = [n for n in REAL_SETS if n in results]
    if real:
        out.append("| real set | metric | diffsrc | token-set baseline |")
        out.append("|---|---|---|---|")
        for n in real:
            for metric, s, b in real_rows(n, results[n]):
                out.append(f"| {n} | {metric} | **{s:.2f}** | {b:.2f} |")
        out.append("")
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
                   f"baseline {results['clough']['baseline_cv']['derived_macro_f1']:.2f} (cuts fitted by CV; "
                   f"{b['derived']['macro_f1']:.2f} with issue 5's fixed cuts).")
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
