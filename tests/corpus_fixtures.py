"""Small news texts for the corpus tests, built from the seed articles' own sentences.

Seeds 003 and 004 share no text with each other (an op-ed and an unrelated report), so stories cut from them
are unrelated unless a test copies sentences between them on purpose.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@cache
def seed_sentences(prefix: str) -> tuple[str, ...]:
    """Body sentences of the seed whose file name starts with `prefix`."""
    from diffsrc.document import Document
    from diffsrc.text.prepare import prepare

    path = next(SEEDS.glob(f"{prefix}_*.txt"))
    sentences = prepare(Document.from_path(path)).sentences
    return tuple(s.text for s in sentences if s.kind == "body" and len(s.text.split()) > 8)


def page(paragraphs: list[str], *, credit: str | None = None, title: str | None = None) -> str:
    """An article text: optional title and credit line, then one paragraph per sentence."""
    lines = []
    if title:
        lines.append(title)
    if credit:
        lines.append(f"{credit} |")
    return "\n\n".join(lines + list(paragraphs)) + "\n"


def big_corpus(stories: int = 40, copies: int = 30, rewrites: int = 2, alone: int = 20) -> tuple[dict, list[dict]]:
    """A corpus run's graph and summary rows at scale, without running one: each story is a near-duplicate
    cluster (a representative and `copies` copies, siblings nothing orders) that `rewrites` texts derive from;
    `alone` texts relate to nothing. The representative's pairs with its copies come first, as in summary.csv."""
    nodes, edges, rows = [], [], []

    def row(source: str, target: str, share: float, *, copy: bool, edge: bool, direction: str | None) -> dict:
        report = None if copy else f"pairs/{source}__{target}.json"
        return {"source": source, "target": target, "verdict": "wholly-derived" if share >= 0.7 else
                "partially-derived" if share >= 0.1 else "non-derived", "verbatim": round(20 * share),
                "paraphrased": 0 if copy else 3, "added": round(20 * (1 - share)), "omitted": 1,
                "target_derived_share": share, "source_retained_share": share, "edge": edge,
                "direction": direction, "upstream": None, "near_duplicate": copy, "report": report,
                "status": "compared", "reason": None}

    for k in range(stories):
        rep = f"s{k:03d}_00.txt"
        group = [rep] + [f"s{k:03d}_{j:02d}.txt" for j in range(1, copies + 1)]
        for j, doc in enumerate(group):
            nodes.append({"id": doc, "path": f"in/{doc}", "title": f"Story {k} as printed by paper {j}",
                          "outlet": f"paper{j}.com", "credit": "AP", "date": None, "group": rep,
                          "group_size": len(group), "n_sentences": 20})
        for j, doc in enumerate(group[1:], start=1):
            share = round(1 - (j % 7) / 100, 2)
            edges.append({"source": rep, "target": doc, "verdict": "wholly-derived", "target_derived_share": share,
                          "verbatim": 19, "paraphrased": 0, "direction": "undetermined", "directed": False,
                          "near_duplicate": True, "report": None, "evidence": []})
            rows.append(row(rep, doc, share, copy=True, edge=True, direction="undetermined"))
        for i in range(rewrites):
            doc = f"s{k:03d}_rewrite{i}.txt"
            nodes.append({"id": doc, "path": f"in/{doc}", "title": f"Our take on story {k}", "outlet": "site.com",
                          "credit": None, "date": None, "group": None, "group_size": 1, "n_sentences": 30})
            share = round(0.2 + 0.1 * i + k / 1000, 3)
            edges.append({"source": rep, "target": doc, "verdict": "partially-derived", "target_derived_share": share,
                          "verbatim": 2, "paraphrased": 5, "direction": "inferred", "directed": True,
                          "near_duplicate": False, "report": f"pairs/{rep}__{doc}.json", "evidence": ["wire copy"]})
            rows.append(row(rep, doc, share, copy=False, edge=True, direction="inferred"))
            rows.append(row(doc, rep, share / 3, copy=False, edge=False, direction="inferred"))
    for k in range(alone):
        nodes.append({"id": f"u{k:03d}.txt", "path": f"in/u{k:03d}.txt", "title": None, "outlet": None,
                      "credit": None, "date": None, "group": None, "group_size": 1, "n_sentences": 12})
    rows.sort(key=lambda r: (-r["target_derived_share"], r["source"], r["target"]))
    for r in rows:
        if r["direction"] == "inferred":
            r["upstream"] = r["source"] if r["edge"] else r["target"]
    return {"schema": "diffsrc.graph/1", "nodes": nodes, "edges": edges}, rows
