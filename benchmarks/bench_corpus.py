"""Corpus-mode scale benchmark: a synthetic syndication corpus with known derivations.

    python benchmarks/bench_corpus.py --docs 1000 --jobs 2
    python benchmarks/bench_corpus.py --docs 10000 --jobs 2 --markdown corpus-figures.md

The corpus is built from story families. Each family has a wire story (agency dateline and credit, the agency's
own outlet) and derivatives of it: reprints (the same text under other outlets' chrome, credited to the agency;
some families have 50-500 of them, the syndication clusters), trimmed reprints (cut from the end), rewrites
(about half the sentences reworded, the rest dropped, the outlet's own sentences added, no credit) and summaries
(a few reworded sentences). Unrelated articles (no source) fill the rest. Words come from a synthetic Zipfian
vocabulary, so unrelated texts share common words but rarely runs of them. 70% of the documents carry a date in
the manifest; the rest rely on what the text says.

Reported: wall time of the corpus run (documents in memory to graph; pair files rendered but not written to disk),
peak memory (proportional set size of this process and its workers, summed, sampled every 0.1 s), candidate pairs
and candidate recall (the share of true derivations compared in depth or within one near-duplicate group: a
derivation outside them is a silent miss), and precision/recall of the recovered edges against the truth:
undirected (is there an edge) and directed (among edges with a dated or inferred direction, is it the right one).
"""

from __future__ import annotations

import argparse
import os
import random
import threading
import time
from dataclasses import dataclass, field

from diffsrc.corpus.run import run_corpus
from diffsrc.document import Document
from diffsrc.settings import CorpusOptions

OUTLETS = [f"{name}.com" for name in (
    "dailyherald", "metrotimes", "coastpost", "valleynews", "citywire", "northstar", "eveningstandardx",
    "morningledger", "harbourgazette", "plainsreporter", "riverchronicle", "islandvoice", "capitalobserver",
    "frontierjournal", "summitdaily", "lakesidecourier", "desertsun", "highlandtimes", "bayareadigest",
    "midlandsmirror")]
AGENCIES = [("AP", "apnews.com", "(AP) —"), ("Reuters", "reuters.com", "(Reuters) -"), ("AFP", "afp.com", "(AFP) —")]
PLACES = ["TOKYO", "LONDON", "PARIS", "NAIROBI", "LIMA", "OSLO", "MANILA", "CAIRO", "DENVER", "SYDNEY"]
FUNCTION = ["the", "a", "of", "to", "in", "and", "on", "for", "with", "as", "by", "that", "at", "from", "its", "was"]


@dataclass
class Truth:
    edges: set[tuple[str, str]] = field(default_factory=set)


class Generator:
    def __init__(self, seed: int = 7, vocab: int = 20000):
        self.rng = random.Random(seed)
        syllables = ["ka", "to", "ri", "mon", "sel", "van", "dor", "pli", "qua", "nes", "tur", "bel", "gra", "fin",
                     "os", "lem", "cor", "dus", "mir", "pet", "han", "jo", "zel", "ruv"]
        words: set[str] = set()
        while len(words) < vocab:
            words.add("".join(self.rng.choice(syllables) for _ in range(self.rng.randint(2, 4))))
        self.words = sorted(words)
        weights = [1.0 / (i + 1) ** 0.9 for i in range(len(self.words))]  # Zipf-like
        self.cum_weights = list(__import__("itertools").accumulate(weights))
        self.synonyms = {w: self.words[(i * 7919 + 13) % len(self.words)] for i, w in enumerate(self.words)}

    def content(self, n: int, topic: list[str]) -> list[str]:
        common = self.rng.choices(self.words, cum_weights=self.cum_weights, k=n)
        return [self.rng.choice(topic) if self.rng.random() < 0.35 else w for w in common]

    def sentence(self, topic: list[str]) -> str:
        n = self.rng.randint(9, 14)
        out = []
        for w in self.content(n, topic):
            out.append(w)
            if self.rng.random() < 0.6:
                out.append(self.rng.choice(FUNCTION))
        text = " ".join(out[:24])
        return text[0].upper() + text[1:] + "."

    def reword(self, sentence: str) -> str:
        words = sentence.rstrip(".").split()
        out = []
        for w in words:
            r = self.rng.random()
            if w.lower() in FUNCTION:
                if r < 0.3:
                    continue
                out.append(w)
            elif r < 0.2:
                out.append(self.synonyms.get(w.lower(), w))
            elif r < 0.27:
                continue
            else:
                out.append(w)
        if len(out) > 6 and self.rng.random() < 0.5:  # move a clause to the front
            cut = self.rng.randint(2, len(out) - 3)
            out = out[cut:] + ["and"] + out[:cut]
        text = " ".join(out).lower()
        return text[0].upper() + text[1:] + "."

    def story(self, n: int) -> tuple[list[str], list[str]]:
        topic = self.rng.sample(self.words[500:], 12)
        return [self.sentence(topic) for _ in range(n)], topic

    def page(self, outlet: str, title: str, paragraphs: list[str], credit: str | None) -> str:
        chrome = [f"Home > News > World > {title}", title, "Share this article"]
        if credit:
            chrome.append(f"{credit} |")
        tail = [f"Copyright 2025 {outlet.split('.')[0].title()}. All rights reserved.", "Read more"]
        return "\n\n".join(chrome + paragraphs + tail) + "\n"


def build_corpus(n_docs: int, seed: int = 7) -> tuple[list[Document], Truth, dict[str, str]]:
    """Documents, true derivation edges, and the kind of each document."""
    g = Generator(seed)
    rng = g.rng
    docs: list[Document] = []
    truth = Truth()
    kinds: dict[str, str] = {}
    day = 0

    def add(doc_id: str, text: str, kind: str, *, outlet: str, date: str | None, parent: str | None) -> None:
        docs.append(Document.from_text(text, id=doc_id, outlet=outlet, date=date))
        kinds[doc_id] = kind
        if parent:
            truth.edges.add((parent, doc_id))

    family = 0
    while len(docs) < n_docs:
        family += 1
        remaining = n_docs - len(docs)
        if rng.random() < 0.2:  # an unrelated article
            sentences, _ = g.story(rng.randint(26, 34))
            add(f"u{family:05d}.txt", g.page(rng.choice(OUTLETS), sentences[0][:40], sentences[1:], None), "unrelated",
                outlet=rng.choice(OUTLETS), date=f"2025-{1 + day % 12:02d}-{1 + day % 28:02d}", parent=None)
            continue
        day += 1
        agency, agency_outlet, mark = rng.choice(AGENCIES)
        sentences, _ = g.story(rng.randint(26, 34))
        title = sentences[0][:50].rstrip(".")
        body = [f"{rng.choice(PLACES)} {mark} {sentences[1]}"] + sentences[2:]
        base = f"2025-{1 + day % 12:02d}-{1 + day % 28:02d}"
        wire_id = f"f{family:05d}_wire.txt"

        def dated(hour: int, base: str = base) -> str | None:
            return f"{base}T{hour:02d}:00" if rng.random() < 0.7 else None

        add(wire_id, g.page(agency_outlet, title, body, agency), "wire", outlet=agency_outlet,
            date=f"{base}T06:00" if rng.random() < 0.7 else None, parent=None)
        # Syndication cluster sizes: most stories a handful of reprints, a few 50-500.
        reprints = rng.choice([0, 1, 2, 3, 5, 8]) if rng.random() < 0.97 else rng.randint(50, 500)
        reprints = min(reprints, max(0, remaining - 1))
        for k in range(reprints):
            outlet = OUTLETS[k % len(OUTLETS)]
            add(f"f{family:05d}_reprint{k:03d}.txt", g.page(outlet, title, body, agency), "reprint", outlet=outlet,
                date=dated(8 + k % 12), parent=wire_id)
        for k in range(rng.choice([0, 1, 1, 2])):
            keep = int(len(body) * rng.uniform(0.5, 0.75))
            outlet = rng.choice(OUTLETS)
            add(f"f{family:05d}_trim{k}.txt", g.page(outlet, title, body[:keep], agency), "trimmed", outlet=outlet,
                date=dated(9 + k), parent=wire_id)
        for k in range(rng.choice([0, 1, 1, 2])):
            picked = [g.reword(s) for s in sentences[1:] if rng.random() < 0.55]
            own, _ = g.story(rng.randint(8, 14))
            mixed = picked + own
            rng.shuffle(mixed)
            outlet = rng.choice(OUTLETS)
            add(f"f{family:05d}_rewrite{k}.txt", g.page(outlet, g.reword(title), mixed, None), "rewrite",
                outlet=outlet, date=dated(11 + k), parent=wire_id)
        if rng.random() < 0.5:
            picked = [g.reword(s) for s in sentences[1:8] if rng.random() < 0.7][:5]
            if picked:
                outlet = rng.choice(OUTLETS)
                add(f"f{family:05d}_summary.txt", g.page(outlet, g.reword(title), picked, None), "summary",
                    outlet=outlet, date=dated(14), parent=wire_id)
    kept = {d.id for d in docs[:n_docs]}
    return docs[:n_docs], Truth({e for e in truth.edges if e[1] in kept}), kinds


class PeakMemory:
    """Peak memory of this process and its descendants (summed proportional set sizes), and their CPU time.

    Workers may be grandchildren (a forkserver's children), which `getrusage(RUSAGE_CHILDREN)` does not see, so CPU
    time is summed from each process's last sample.
    """

    def __init__(self, interval: float = 0.1):
        import psutil

        self.process = psutil.Process()
        self.interval = interval
        self.peak = 0
        self.cpu: dict[int, float] = {}
        times = self.process.cpu_times()
        self.cpu_start = times.user + times.system
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        import psutil

        while not self._stop.is_set():
            self._sample(psutil)
            time.sleep(self.interval)
        self._sample(psutil)

    def _sample(self, psutil) -> None:  # type: ignore[no-untyped-def]
        total = 0
        for proc in [self.process, *self.process.children(recursive=True)]:
            try:
                with proc.oneshot():
                    # PSS: pages a forked worker shares with its parent are counted once, split between them.
                    total += getattr(proc.memory_full_info(), "pss", 0) or proc.memory_info().rss
                    times = proc.cpu_times()
                    self.cpu[proc.pid] = times.user + times.system
            except psutil.Error:
                pass
        self.peak = max(self.peak, total)

    @property
    def cpu_seconds(self) -> float:
        return sum(self.cpu.values()) - self.cpu_start

    def __enter__(self) -> PeakMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def candidate_recall(result, truth: Truth) -> float:  # type: ignore[no-untyped-def]
    """Share of the true derivations the run looked at: both ends in one near-duplicate group, or their groups'
    representatives compared in depth. A derivation outside these is a silent miss, whatever the aligner does."""
    rep = {member: group[0] for group in result.groups for member in group}
    compared = {(s, t) for (s, t), pair in result.pairs.items() if not pair.near_duplicate}
    seen = sum(1 for a, b in truth.edges if rep[a] == rep[b] or (rep[a], rep[b]) in compared)
    return seen / len(truth.edges) if truth.edges else 1.0


def evaluate(graph: dict, truth: Truth) -> dict[str, float]:
    found = {(e["source"], e["target"]) for e in graph["edges"]}
    undirected_truth = {frozenset(e) for e in truth.edges}
    undirected_found = {frozenset(e) for e in found}
    tp = len(undirected_truth & undirected_found)
    directed = [(e["source"], e["target"]) for e in graph["edges"] if e["direction"] != "undetermined"]
    right = sum(1 for e in directed if e in truth.edges)
    return {
        "edges_true": len(truth.edges), "edges_found": len(found),
        "precision": tp / len(undirected_found) if undirected_found else 1.0,
        "recall": tp / len(undirected_truth) if undirected_truth else 1.0,
        "directed_share": len(directed) / len(found) if found else 0.0,
        "direction_precision": right / len(directed) if directed else 1.0,
    }


def run(n_docs: int, jobs: int, seed: int) -> dict[str, float]:
    t0 = time.perf_counter()
    docs, truth, kinds = build_corpus(n_docs, seed)
    generated = time.perf_counter() - t0
    words = sum(len(d.text.split()) for d in docs) / len(docs)
    files = 0

    def sink(path: str, text: str) -> None:
        nonlocal files
        files += 1

    with PeakMemory() as memory:
        t1 = time.perf_counter()
        result = run_corpus(docs, options=CorpusOptions(jobs=jobs), sink=sink)
        elapsed = time.perf_counter() - t1
    cpu_s = memory.cpu_seconds
    scores = evaluate(result.graph, truth)
    return {"docs": len(docs), "words_per_doc": words, "generate_s": generated, "run_s": elapsed, "cpu_s": cpu_s,
            "load_avg": os.getloadavg()[0],
            "peak_mb": memory.peak / 2**20, "candidate_pairs": result.candidate_pairs,
            "candidate_recall": candidate_recall(result, truth),
            "groups": sum(1 for g in result.groups if len(g) > 1), "pair_files": files, **scores}


def run_end_to_end(n_docs: int, jobs: int, seed: int) -> dict[str, float]:
    """The CLI's whole path: files and a manifest on disk, loaded, compared, every output file written."""
    import csv
    import tempfile

    from diffsrc.corpus.output import write_corpus

    docs, truth, _ = build_corpus(n_docs, seed)
    with tempfile.TemporaryDirectory(prefix="diffsrc-bench-") as tmp:
        folder = os.path.join(tmp, "articles")
        os.mkdir(folder)
        with open(os.path.join(tmp, "manifest.csv"), "w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(["id", "date", "outlet"])
            for d in docs:
                with open(os.path.join(folder, d.id), "w", encoding="utf-8") as f:
                    f.write(d.text)
                writer.writerow([d.id, d.date or "", d.outlet or ""])
        with PeakMemory() as memory:
            t0 = time.perf_counter()
            result = write_corpus([folder], os.path.join(tmp, "out"), options=CorpusOptions(jobs=jobs),
                                  manifest=os.path.join(tmp, "manifest.csv"))
            elapsed = time.perf_counter() - t0
        files = sum(len(f) for _, _, f in os.walk(os.path.join(tmp, "out")))
    return {"docs": len(docs), "end_to_end_s": elapsed, "peak_mb": memory.peak / 2**20, "files_written": files,
            "load_avg": os.getloadavg()[0], **evaluate(result.graph, truth)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, nargs="+", default=[1000])
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--markdown", help="append a results table to this file")
    parser.add_argument("--end-to-end", action="store_true",
                        help="write the corpus as files and time write_corpus (load, compare, write every output)")
    args = parser.parse_args()
    if args.end_to_end:
        for n in args.docs:
            row = run_end_to_end(n, args.jobs, args.seed)
            print(" ".join(f"{k}={v:.3f}" if isinstance(v, float) else f"{k}={v}" for k, v in row.items()), flush=True)
        return
    rows = []
    for n in args.docs:
        row = run(n, args.jobs, args.seed)
        rows.append(row)
        print(" ".join(f"{k}={v:.3f}" if isinstance(v, float) else f"{k}={v}" for k, v in row.items()), flush=True)
    if args.markdown:
        lines = ["| docs | words/doc | run (s) | CPU (s, all processes) | load average | peak memory (MB) "
                 "| candidate pairs | candidate recall | dup groups | pair files "
                 "| edge precision | edge recall | directed | direction precision |",
                 "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
        for r in rows:
            lines.append(
                f"| {r['docs']} | {r['words_per_doc']:.0f} | {r['run_s']:.1f} | {r['cpu_s']:.1f} | {r['load_avg']:.1f} "
                f"| {r['peak_mb']:.0f} "
                f"| {r['candidate_pairs']} | {r['candidate_recall']:.3f} | {r['groups']} | {r['pair_files']} "
                f"| {r['precision']:.3f} "
                f"| {r['recall']:.3f} | {r['directed_share']:.3f} | {r['direction_precision']:.3f} |")
        with open(args.markdown, "a", encoding="utf-8") as handle:
            handle.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
