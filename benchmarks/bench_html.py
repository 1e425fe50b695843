"""What the HTML pages cost next to the comparison itself, and how big they are.

Renders the same reports as HTML, Markdown and JSON, interleaved in one process (CPU time, median of many runs),
beside the time of `compare` for the same pair, so a busy machine slows all alike.

    python benchmarks/bench_html.py              # figures for benchmarks/README.md
    python benchmarks/bench_html.py --runs 5     # quicker
    python benchmarks/bench_html.py --corpus-page OUT   # the corpus page of a `diffsrc corpus` output folder

`--corpus-page` renders `index.html` again from the folder's graph.json and summary.csv (CPU time, size), then opens
it in headless Chromium (Debian's chromium through Playwright, as tests/test_report_html_browser.py does; skipped
without them) and times how long the page takes to be ready and to sort and filter all its pairs.
"""

from __future__ import annotations

import argparse
import statistics
import time

from bench_compare import long_pair, seed  # the same pairs as the speed benchmark

from diffsrc import Document, compare
from diffsrc.report import render


def cpu_ms(func, runs: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        start = time.process_time()
        func()
        times.append((time.process_time() - start) * 1000)
    return statistics.median(times)


CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"]


def corpus_page(folder: str, runs: int) -> None:
    """Size and render time of a corpus page, and what it costs in a browser."""
    import json
    import os
    import tempfile

    import pandas as pd

    from diffsrc.report.html import render_corpus_page

    with open(os.path.join(folder, "graph.json"), encoding="utf-8") as f:
        graph = json.load(f)
    summary = pd.read_csv(os.path.join(folder, "summary.csv"), low_memory=False)
    rows = [r for r in summary.to_dict("records") if r.get("status") != "skipped"]
    page = render_corpus_page(graph, rows, [])
    t_render = cpu_ms(lambda: render_corpus_page(graph, rows, []), max(1, runs // 10))
    print(f"{len(graph['nodes']):,} documents, {len(rows):,} pairs, {len(graph['edges']):,} edges: "
          f"index.html {len(page.encode('utf-8')) / 2**20:.1f} MiB, rendered in {t_render / 1000:.2f} s CPU")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        print("browser: skipped (playwright is not installed)")
        return
    if not os.path.exists(CHROMIUM):
        print(f"browser: skipped (no Chromium at {CHROMIUM})")
        return
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        path = os.path.join(tmp, "index.html")
        with open(path, "w", encoding="utf-8") as f:
            f.write(page)
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        ready, sort, find = [], [], []
        for _ in range(max(1, min(runs, 5))):
            tab = browser.new_page(viewport={"width": 1280, "height": 1000})
            tab.goto("file://" + path, wait_until="load", timeout=600_000)
            ready.append(tab.evaluate("performance.getEntriesByType('navigation')[0].loadEventEnd"))
            table = tab.locator(".datatable[data-table=pairs]")
            start = time.perf_counter()
            table.locator("thead th", has_text="target derived").locator("button").click()
            sort.append((time.perf_counter() - start) * 1000)
            start = time.perf_counter()
            table.locator("input.find").fill(str(graph["nodes"][-1]["id"]))
            find.append((time.perf_counter() - start) * 1000)
            tab.close()
        browser.close()
    print(f"headless Chromium, median of {len(ready)}: ready {statistics.median(ready):.0f} ms, sort all pairs "
          f"{statistics.median(sort):.0f} ms, find {statistics.median(find):.0f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=31)
    parser.add_argument("--corpus-page", metavar="OUT", help="a `diffsrc corpus` output folder")
    args = parser.parse_args()
    if args.corpus_page:
        corpus_page(args.corpus_page, args.runs)
        return
    pairs = {
        "seeds 001 -> 000": (Document.from_path(seed("001")), Document.from_path(seed("000"))),
        "~2,000-word pair": long_pair(),
    }
    print("| pair | compare | html | markdown | json | html size |")
    print("|---|---:|---:|---:|---:|---:|")
    for name, (source, target) in pairs.items():
        report = compare(source, target)
        t_compare = cpu_ms(lambda s=source, t=target: compare(s, t), max(3, args.runs // 3))
        t = {fmt: cpu_ms(lambda f=fmt, r=report: render(r, f), args.runs) for fmt in ("html", "markdown", "json")}
        size = len(render(report, "html").encode("utf-8")) / 1024
        print(f"| {name} | {t_compare:.1f} ms | {t['html']:.1f} ms | {t['markdown']:.1f} ms | {t['json']:.1f} ms "
              f"| {size:.0f} KiB |")


if __name__ == "__main__":
    main()
