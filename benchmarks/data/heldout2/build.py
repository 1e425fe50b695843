"""Write the heldout2 articles and their gold labels from the hand-written spec (heldout2.spec beside this file).

The spec holds every sentence of every article once, each target sentence with the label and the wire sentences it
was written from (the annotator's record of how it was constructed), so the .txt files and gold.json cannot drift
apart. This set is NOT for tuning: see benchmarks/results/heldout2.md.

    python benchmarks/data/heldout2/build.py        # rewrites the *.txt files and gold.json

Spec format (one item per line; lines starting with `;` are comments):

    @wire FILE style=pa|agency enc=ascii|cp1252|latin-1|utf-8 eol=lf|crlf [curly] [wrap=N]
    H :: headline
    BY :: byline line (dropped by diffsrc's cleaner; not labelled)
    DL :: dateline put in front of the first body sentence (not part of its key)
    ID [opt] :: sentence      a new paragraph;  +ID :: sentence  continues the paragraph

    @target FILE source=WIRE id=PAIR verdict=V [verdict_alt=V] enc=... eol=... [curly] [wrap=N]
    NOTE :: pair note
    BY :: byline
    H LABEL SOURCES [alt=LABEL] [opt] :: headline ## note
    LABEL SOURCES [alt=LABEL] [opt] :: sentence ## note     (+LABEL continues the paragraph)
    V ID                      verbatim copy of wire sentence ID (with # -> £ and the target's quote style)

LABEL is V, P or A (verbatim, paraphrased, added); SOURCES is a comma-separated list of wire sentence ids or `-`.
"""

from __future__ import annotations

import json
import os
import re
import sys
import textwrap
from pathlib import Path

HERE = Path(__file__).resolve().parent
REL = "benchmarks/data/heldout2"
LABELS = {"V": "verbatim", "P": "paraphrased", "A": "added"}


def curly(text: str) -> str:
    """Straight quotes made typographic, the way a newspaper's system prints them."""
    text = re.sub(r'(^|[\s(\[])"', "\\1\u201c", text)
    text = text.replace('"', "\u201d")
    text = re.sub(r"(^|[\s(\[])'", "\\1\u2018", text)
    return text.replace("'", "\u2019")


def straight(text: str) -> str:
    return text.translate(str.maketrans({"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'"}))


def pounds(text: str) -> str:
    return re.sub(r"#(?=\d)", "\u00a3", text)


def continue_quotes(paras: list[list[dict]]) -> None:
    """A quote running on into the next sentence of a paragraph does not reopen its quote mark."""
    for para in paras:
        for prev, unit in zip(para, para[1:], strict=False):
            open_quotes = sum(prev["text"].count(q) for q in '"\u201c\u201d') % 2
            if open_quotes and unit["text"][:1] in '"\u201c':
                unit["text"] = unit["text"][1:]


def make_key(text: str, others: list[str]) -> str:
    """The whole sentence when short, else a word-boundary prefix of 45+ characters that no other sentence shares."""
    if len(text) <= 70:
        return text
    cut = 60
    while True:
        space = text.find(" ", cut)
        key = text if space < 0 else text[:space]
        if key == text or not any(o != text and o.startswith(key) for o in others):
            return key
        cut = len(key) + 1


def parse(path: Path) -> tuple[dict, list[dict]]:
    wires: dict[str, dict] = {}
    targets: list[dict] = []
    cur: dict | None = None
    for lineno, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.rstrip()
        if not line or line.startswith(";"):
            continue
        try:
            if line.startswith("@"):
                kind, file, *opts = line[1:].split()
                cur = {"kind": kind, "file": file, "opts": {}, "paras": [], "headline": None, "by": None,
                       "dl": None, "note": None}
                for o in opts:
                    k, _, v = o.partition("=")
                    cur["opts"][k] = v or True
                (wires.__setitem__(file, cur) if kind == "wire" else targets.append(cur))
                continue
            assert cur is not None
            head, _, text = line.partition(" :: ")
            note = None
            if " ## " in text:
                text, _, note = text.partition(" ## ")
            head = head.strip()
            if head == "BY":
                cur["by"] = text
            elif head == "DL":
                cur["dl"] = text
            elif head == "NOTE":
                cur["note"] = text
            elif cur["kind"] == "wire":
                if head == "H":
                    cur["headline"] = {"id": "H", "text": curly(text) if cur["opts"].get("curly") else text}
                else:
                    cont = head.startswith("+")
                    sid, *flags = head.lstrip("+").split()
                    text = curly(text) if cur["opts"].get("curly") else text
                    unit = {"id": sid, "text": text, "optional": "opt" in flags, "note": note}
                    if cont:
                        cur["paras"][-1].append(unit)
                    else:
                        cur["paras"].append([unit])
            else:
                parts = head.split()
                is_headline = parts[0] == "H"
                if is_headline:
                    parts = parts[1:]
                cont = parts[0].startswith("+")
                label = parts[0].lstrip("+")
                sources = [] if len(parts) < 2 or parts[1] == "-" else parts[1].split(",")
                unit = {"label": LABELS[label], "sources": sources, "text": text if _ else None, "note": note}
                for flag in parts[2:]:
                    if flag == "opt":
                        unit["optional"] = True
                    elif flag.startswith("alt="):
                        unit["alt_label"] = LABELS.get(flag[4:], flag[4:])
                    else:
                        raise ValueError(f"unknown flag {flag}")
                if is_headline:
                    cur["headline"] = unit
                elif cont:
                    cur["paras"][-1].append(unit)
                else:
                    cur["paras"].append([unit])
        except Exception as exc:  # pragma: no cover - authoring aid
            raise SystemExit(f"{path}:{lineno}: {exc}: {line}") from exc
    return wires, targets


def render(doc: dict, paras: list[list[str]], headline: str) -> str:
    opts = doc["opts"]
    wrap = int(opts.get("wrap", 0))
    out = [headline]
    if doc["kind"] == "wire" and opts.get("style") == "pa":
        if doc["by"]:
            out.append(doc["by"])
        for para in paras:
            body = " ".join(para)
            lines = textwrap.wrap(body, wrap or 66, break_on_hyphens=False)
            lines[-1] += "<"
            out.extend(lines)
        return "\n".join(out) + "\n"
    out.append("")
    if doc["by"]:
        out += [doc["by"], ""]
    for i, para in enumerate(paras):
        body = " ".join(para)
        if i == 0 and doc["dl"]:
            body = f"{doc['dl']} {body}"
        out.append("\n".join(textwrap.wrap(body, wrap, break_on_hyphens=False)) if wrap else body)
        out.append("")
    return "\n".join(out).rstrip("\n") + "\n"


def write(path: Path, text: str, enc: str, eol: str) -> None:
    if eol == "crlf":
        text = text.replace("\n", "\r\n")
    data = text.encode(enc)  # fails loudly if a character does not fit the file's encoding
    tmp = path.with_suffix(".tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def build() -> dict:
    wires, targets = parse(HERE / "heldout2.spec")
    wire_units: dict[str, dict[str, dict]] = {}
    for file, w in wires.items():
        continue_quotes(w["paras"])
        units = [w["headline"]] + [u for p in w["paras"] for u in p]
        texts = [u["text"] for u in units]
        ids = [u["id"] for u in units]
        assert len(set(ids)) == len(ids), f"{file}: duplicate ids"
        for u in units:
            u["key"] = make_key(u["text"], texts)
        wire_units[file] = {u["id"]: u for u in units}
        write(HERE / file, render(w, [[u["text"] for u in p] for p in w["paras"]], w["headline"]["text"]),
              w["opts"].get("enc", "ascii"), w["opts"].get("eol", "lf"))
    pairs = []
    for t in targets:
        o = t["opts"]
        src = wire_units[o["source"]]
        fix = (lambda s: curly(straight(pounds(s)))) if o.get("curly") else (lambda s: straight(pounds(s)))
        units = [t["headline"]] + [u for p in t["paras"] for u in p]
        for u in units:
            for s in u["sources"]:
                assert s in src, f"{t['file']}: unknown source id {s}"
            if u["text"] is None:
                assert u["label"] == "verbatim" and len(u["sources"]) == 1, f"{t['file']}: bare line needs V ID"
                u["text"] = src[u["sources"][0]]["text"]
            u["text"] = fix(u["text"])
        continue_quotes(t["paras"])
        texts = [u["text"] for u in units]
        write(HERE / t["file"], render(t, [[u["text"] for u in p] for p in t["paras"]], t["headline"]["text"]),
              o.get("enc", "utf-8"), o.get("eol", "lf"))
        used: dict[str, str] = {}
        for u in units:
            for s in u["sources"]:
                if u["label"] == "verbatim":
                    used[s] = "verbatim"
                else:
                    used.setdefault(s, "paraphrased")
        source_sentences = []
        # The headline goes last: where the cleaner runs headline, byline and first paragraph together, the first
        # body sentence's key (matched by containment) must claim that unit before the headline key does.
        for sid, su in [*list(src.items())[1:], ("H", src["H"])]:
            entry = {"key": su["key"], "label": used.get(sid, "omitted")}
            if sid == "H":
                entry.update(note="headline", optional=True)
            elif su.get("optional"):
                entry.update(note="agency credit line", optional=True)
            if su.get("note"):
                entry["note"] = su["note"]
            source_sentences.append(entry)
        target_sentences = []
        t["headline"]["optional"] = True
        t["headline"]["note"] = "; ".join(filter(None, ["headline", t["headline"].get("note")]))
        for u in units:
            entry = {"key": make_key(u["text"], texts), "label": u["label"],
                     "sources": [src[s]["key"] for s in u["sources"]]}
            for k in ("alt_label", "optional", "note"):
                if u.get(k):
                    entry[k] = u[k]
            target_sentences.append(entry)
            if u is t["headline"] and t["by"]:
                target_sentences.append({"key": t["by"], "label": "added", "sources": [], "optional": True,
                                         "note": "byline (the cleaner may drop it)"})
        pair = {"id": o["id"], "source": f"{REL}/{o['source']}", "target": f"{REL}/{t['file']}",
                "verdict": o["verdict"], "source_sentences": source_sentences, "target_sentences": target_sentences}
        if o.get("verdict_alt"):
            pair["verdict_alt"] = o["verdict_alt"]
        if t["note"]:
            pair["note"] = t["note"]
        pairs.append(pair)
    gold = {"schema": "diffsrc.gold/1",
            "description": "Second held-out journalistic set in the METER style (wire copy from PA, Reuters, AP and "
                           "AFP and three newspaper versions of each). Hand-written and hand-labelled from "
                           "benchmarks/data/heldout2/heldout2.spec; NOT to be tuned on.",
            "pairs": pairs}
    text = json.dumps(gold, indent=1, sort_keys=True, ensure_ascii=False) + "\n"
    tmp = HERE / "gold.json.tmp"
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, HERE / "gold.json")
    return gold


if __name__ == "__main__":
    g = build()
    print(f"{len(g['pairs'])} pairs written", file=sys.stderr)
