"""How well diffsrc aligns a target's title (headline) to its source's title, on the tuning sets only.

A title is a unit like a sentence: cleaning makes the first heading above the body the title, and scoring and
alignment treat it as one more sentence. This script measures two things:

1. On the seeds and synthetic gold pairs: for every target title the gold derives from the source title, is it
   linked to the source title, and with the gold label? For every target title the gold calls added, is it added?
2. On perturbed headlines of the synthetic base stories (and the seed sources that have a title): the source's
   body copied verbatim under a headline that is (a) copied with one word dropped (every word in turn),
   (b) rewritten with one or two synonyms (diffsrc.evaluate.synth `synonym_rewrite`), (c) one word dropped and one
   synonym swapped, (d) rewritten by hand (`HAND_REWRITES`), (e) as (a) under a newspaper's byline and date
   lines. Is the target title linked to the source title, and how does it score?

Never run on the held-out sets: they are for the lead's one measurement.

Usage:
  python benchmarks/title_alignment.py            # readable summary
  python benchmarks/title_alignment.py --misses   # also list every missed perturbed headline
"""

from __future__ import annotations

import argparse
import random
import re
from collections import Counter
from statistics import median
from typing import Any

# Headlines as a sub-editor might rewrite the synthetic base stories' headlines (written for this script: same
# news, other words and order), keyed by story file.
HAND_REWRITES = {
    "afp_comet.txt": "Comet could be seen with the naked eye next March, astronomers say",
    "ap_wildfire.txt": "Thousands flee as wind-whipped fire tears through Northern California hills",
    "bbg_merger.txt": "Halvern to acquire robot maker Stacey in $3.6bn deal",
    "cp_ferry.txt": "Newfoundland ferry to restart after two weeks out of service",
    "defence_frigates.txt": "£4.2bn deal for five Royal Navy frigates",
    "health_waiting.txt": "NHS waiting list down for third month in a row",
    "pa_council_tax.txt": "Barnsford households face £120 council tax rise",
    "pa_court_fraud.txt": "Accountant who stole £1.3m from hospice charity is jailed",
    "reuters_yen.txt": "Yen hits three-month low after Bank of Japan holds rates",
    "sport_cricket.txt": "Root hits century to put England on top against New Zealand",
    "transport_strike.txt": "North West trains to grind to a halt in rail strike",
}
# A newspaper's header under its headline: a byline without "By" and a date line (cleaning sets both aside).
NEWSPAPER_HEADER = "Jane Doe Transport correspondent\nTue 14 Mar 2023 10.22 GMT\n"


def _title_index(doc: Any) -> int | None:
    """Index of the document's title unit among its sentences, or None when cleaning found no title."""
    title = doc.cleaned.title
    if title is None:
        return None
    return next((i for i, s in enumerate(doc.sentences) if s.text == title), None)


def gold_titles(set_name: str) -> dict[str, Any]:
    """Per gold pair of a tuning set, what happened to the target's title."""
    from diffsrc import compare, prepare
    from diffsrc.evaluate import gold_set_items, match_keys

    if set_name not in ("seeds", "synthetic"):
        raise ValueError(f"{set_name}: only the tuning sets (seeds, synthetic) are looked at here")
    rows = []
    for g, make in gold_set_items(set_name):
        source, target = (prepare(d) for d in make())
        report = compare(source, target).to_dict()
        s_title, t_title = _title_index(source), _title_index(target)
        row: dict[str, Any] = {"id": g["id"], "kind": g.get("kind") or g["id"], "source_title": s_title,
                               "target_title": t_title, "gold": None}
        if t_title is not None:
            targets = [t["text"] for t in report["target_sentences"]]
            sources = [s["text"] for s in report["source_sentences"]]
            src_index = dict(zip([u["key"] for u in g["source_sentences"]],
                                 match_keys([u["key"] for u in g["source_sentences"]], sources), strict=True))
            for unit, i in zip(g["target_sentences"], match_keys([u["key"] for u in g["target_sentences"]],
                                                                 targets), strict=True):
                if i == t_title:
                    gold_sources = {src_index.get(k) for k in unit.get("sources", [])} - {None}
                    row["gold"] = unit["label"]
                    row["gold_from_title"] = s_title in gold_sources
            unit = report["target_sentences"][t_title]
            row.update(label=unit["label"], sources=unit["sources"], score=unit["score"],
                       text=unit["text"], linked_to_title=s_title in unit["sources"])
        rows.append(row)
    return {"set": set_name, "rows": rows}


def _body(doc: Any, title_index: int) -> str:
    """The document's units after its title, one paragraph each (the body a copy would reprint)."""
    return "\n\n".join(s.text for i, s in enumerate(doc.sentences) if i != title_index)


def _content_positions(words: list[str]) -> list[int]:
    return [i for i, w in enumerate(words) if len(re.sub(r"\W", "", w)) > 0]


def perturbed_titles(seed: int = 0) -> list[dict[str, Any]]:
    """Headline variants over a verbatim body, with what diffsrc made of the target title."""
    from diffsrc import Document, compare, prepare
    from diffsrc.evaluate import gold_file, load_gold
    from diffsrc.evaluate.synth import load_stories, synonym_rewrite

    rng = random.Random(seed)
    sources = [prepare(Document.from_path(story.path)) for story in load_stories()]
    seen = set()
    for g in load_gold(gold_file("seeds")):
        if g["source"] not in seen:
            seen.add(g["source"])
            sources.append(prepare(Document.from_path(g["source"])))
    out = []
    for source in sources:
        s_title = _title_index(source)
        if s_title is None:
            continue
        headline = source.sentences[s_title].text.replace("#", "£")
        body = _body(source, s_title)
        words = headline.split()
        variants = [("one word dropped", " ".join(words[:i] + words[i + 1:])) for i in _content_positions(words)]
        for minimum in (1, 2):
            if rewritten := synonym_rewrite(headline, rng, minimum=minimum):
                variants.append((f"{minimum} synonym(s)", rewritten))
        if rewritten := synonym_rewrite(headline, rng, minimum=1):
            w = rewritten.split()
            i = rng.choice(_content_positions(w))
            variants.append(("dropped + synonym", " ".join(w[:i] + w[i + 1:])))
        if rewritten := HAND_REWRITES.get(source.id):
            variants.append(("hand rewrite", rewritten))
        dropped = [v for k, v in variants if k == "one word dropped"]
        variants += [("one word dropped, newspaper header", v) for v in dropped]
        for kind, variant in variants:
            if variant == headline or len(variant.split()) < 3:
                continue
            header = NEWSPAPER_HEADER if "newspaper header" in kind else ""
            target = prepare(Document.from_text(f"{variant}\n{header}\n{body}\n", id="target"))
            t_title = _title_index(target)
            report = compare(source, target).to_dict()
            unit = report["target_sentences"][t_title] if t_title is not None else None
            out.append({"source": source.id, "kind": kind, "headline": headline, "variant": variant,
                        "is_title": t_title is not None,
                        "label": unit["label"] if unit else None, "score": unit["score"] if unit else None,
                        "linked_to_title": bool(unit) and s_title in unit["sources"],
                        "source_title_label": report["source_sentences"][s_title]["label"]})
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--misses", action="store_true", help="list every missed perturbed headline")
    args = parser.parse_args(argv)

    for set_name in ("seeds", "synthetic"):
        result = gold_titles(set_name)
        rows = result["rows"]
        with_title = [r for r in rows if r["target_title"] is not None]
        print(f"## {set_name}: {len(rows)} pairs, {sum(r['source_title'] is not None for r in rows)} sources and "
              f"{len(with_title)} targets with a title\n")
        table: Counter[tuple[str, str, str]] = Counter()
        for r in with_title:
            gold = r["gold"] or "(no gold key)"
            if r["gold"] in ("verbatim", "paraphrased"):
                gold += " from source title" if r.get("gold_from_title") else " from elsewhere"
            linked = "linked to source title" if r["linked_to_title"] else (
                "linked elsewhere" if r["sources"] else "not linked")
            table[(gold, r["label"], linked)] += 1
        for (gold, label, linked), n in sorted(table.items()):
            print(f"- gold {gold}: predicted {label}, {linked}: {n}")
        missed = [r for r in with_title if r.get("gold_from_title") and not r["linked_to_title"]]
        for r in missed:
            print(f"  missed: {r['id']} ({r['label']}, score {r['score']}): {r['text']!r}")
        print()

    rows = perturbed_titles()
    print(f"## perturbed headlines over a verbatim body: {len(rows)} variants of "
          f"{len({r['source'] for r in rows})} headlines\n")
    print("| variant | n | title kept as title | linked to source title | label verbatim/paraphrased/added | "
          "median score when linked |")
    print("|---|---|---|---|---|---|")
    for kind in sorted({r["kind"] for r in rows}):
        sel = [r for r in rows if r["kind"] == kind]
        labels = Counter(r["label"] for r in sel)
        scores = [r["score"] for r in sel if r["linked_to_title"] and r["score"] is not None]
        print(f"| {kind} | {len(sel)} | {sum(r['is_title'] for r in sel)} | {sum(r['linked_to_title'] for r in sel)} "
              f"| {labels['verbatim']}/{labels['paraphrased']}/{labels['added']} | "
              f"{median(scores) if scores else '-'} |")
    misses = [r for r in rows if not r["linked_to_title"]]
    print(f"\n{len(misses)} not linked to the source title.")
    if args.misses:
        for r in misses:
            print(f"- {r['source']} ({r['kind']}, {r['label']}): {r['headline']!r} -> {r['variant']!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
