"""Time and peak memory of the hostile inputs, end to end (load, clean, segment, compare), one child process each.

    python benchmarks/hostile_inputs.py                  # all cases at full size, a Markdown table on stdout
    python benchmarks/hostile_inputs.py --scale 0.1      # a quick run at a tenth of the sizes
    python benchmarks/hostile_inputs.py --cases 10mb_line,tiny_lines

Each case writes its input to a temporary folder, then a child process loads it with
`diffsrc.document.load_documents`, prepares it, compares it with the small wire fixture and with itself, and
reports wall time and peak RSS (`ru_maxrss`) of that process.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WIRE = ROOT / "tests" / "fixtures" / "ferry_wire.txt"

CHILD = r"""
import json, resource, sys, time
from diffsrc import Document, DiffsrcError, compare, prepare
from diffsrc.document import load_documents

t0 = time.perf_counter()
docs, skipped = load_documents([sys.argv[1]])
out = {"docs": len(docs), "skipped": [s.message[-90:] for s in skipped[:2]]}
t1 = time.perf_counter()
if docs:
    doc = prepare(docs[0])  # cleaned and segmented once, as a corpus run does
    out["sentences"] = len(doc.sentences)
    t2 = time.perf_counter()
    wire = compare(Document.from_path(sys.argv[2]), doc)
    t3 = time.perf_counter()
    self_report = compare(doc, doc)
    t4 = time.perf_counter()
    out.update(segment=t2 - t1, vs_wire=t3 - t2, vs_self=t4 - t3, notes=len(set(self_report.notes + wire.notes)))
out.update(load=t1 - t0, total=time.perf_counter() - t0,
           peak_mb=resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
print(json.dumps(out))
"""


def _words(n: int, seed: int) -> str:
    rng = random.Random(seed)
    vocab = ("the minister said police government people year council harbour ferry budget night islands "
             "report workers route plan vote debate trial").split()
    return " ".join(rng.choice(vocab) for _ in range(n))


def _sentences(n: int, seed: int) -> str:
    words = _words(n, seed).split(" ")
    return ". ".join(" ".join(words[i:i + 10]).capitalize() for i in range(0, len(words), 10)) + "."


def _page(paragraphs: int) -> str:
    body = "".join(f"<p>{_words(40, i).capitalize()}.</p>\n" for i in range(paragraphs))
    return f"<!DOCTYPE html><html><head><title>Big page</title></head><body><article>{body}</article></body></html>"


def _speech(n_bytes: int) -> str:
    rng = random.Random(8)
    names = ["Tom Harrocks", "Mary Begbie", "Paul Gorman", "Andrew Gibb", "Ann Leys", "John Walker"]
    parts, size = [], 0
    while size < n_bytes:
        part = (f"{rng.choice(names)} spoke to the {_words(3, size)} inquiry. "
                f'"We have done {_words(8, size + 1)} for the harbour workers," he said. ')
        parts.append(part)
        size += len(part)
    return "".join(parts)


def cases(scale: float) -> dict[str, tuple[str, bytes]]:
    """name -> (description, file bytes)."""
    n = lambda k: max(1, int(k * scale))  # noqa: E731
    rng = random.Random(0)
    unicode_pool = ["abc def. ", "\u05e9\u05dc\u05d5\u05dd ", "\u0645\u0631\u062d\u0628\u0627. ", "\u200f\u202e",
                    "e\u0301\u0308", "\U0001f600\u200d\U0001f469", "\u3002\uff01", "\n", "\r\n", "\u2028"]
    return {
        "random_bytes": ("1 MB of random bytes", random.Random(1).randbytes(n(1_000_000))),
        "random_unicode": ("50k random pieces: RTL, combining marks, emoji, CJK, separators",
                           "".join(rng.choice(unicode_pool) for _ in range(n(50_000))).encode()),
        "10mb_line": ("10 MB on one line (one sentence, commas, no full stop)",
                      _words(n(1_750_000), 4).replace(" the ", ", the ").encode()),
        "10mb_sentences": ("10 MB on one line of 10-word sentences", _sentences(n(1_750_000), 6).encode()),
        "100k_word_sentence": ("one sentence of 100k words", (_words(n(100_000), 5) + ".\n").encode()),
        "tiny_lines": ("10k tiny lines", "".join(f"Line {i} is here.\n" for i in range(n(10_000))).encode()),
        "spaces": ("300k spaces inside a line", ("The minister" + " " * n(300_000) + "said it. <\n").encode()),
        "10mb_html": ("10 MB HTML page, 40k paragraphs in one article (sniffed)", _page(n(40_000)).encode()),
        "5mb_quotes": ("5 MB on one line of prose quoting people (\"..., he said\")", _speech(n(5_000_000)).encode()),
    }


def run(path: Path) -> dict:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", CHILD, str(path), str(WIRE)], capture_output=True, text=True,
                          env=env, timeout=600)
    if done.returncode:
        return {"error": done.stderr.strip().splitlines()[-1]}
    return json.loads(done.stdout)


def _formatter(result: dict):  # type: ignore[no-untyped-def]
    return lambda key: f"{result[key]:.2f}" if key in result else "-"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0, help="multiply every input size by this")
    parser.add_argument("--cases", default="", help="comma-separated case names (default: all)")
    args = parser.parse_args()
    chosen = cases(args.scale)
    if args.cases:
        chosen = {k: v for k, v in chosen.items() if k in args.cases.split(",")}
    print("| case | input | size | documents | sentences | load s | segment s | vs wire s | vs self s | total s "
          "| peak RSS MB | bound notes |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        for name, (what, data) in chosen.items():
            path = Path(tmp) / f"{name}.txt"
            path.write_bytes(data)
            r = run(path)
            if "error" in r:
                print(f"| {name} | {what} | {len(data):,} | error: {r['error']} |")
                continue
            fmt = _formatter(r)
            docs = str(r["docs"]) if r["docs"] else f"0 (skipped: {r['skipped'][0]})"
            print(f"| {name} | {what} | {len(data):,} | {docs} | {r.get('sentences', '-')} | {fmt('load')} "
                  f"| {fmt('segment')} | {fmt('vs_wire')} | {fmt('vs_self')} | {fmt('total')} "
                  f"| {r['peak_mb']:.0f} | {r.get('notes', '-')} |", flush=True)


if __name__ == "__main__":
    main()
