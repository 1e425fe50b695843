"""METER dev: real Press Association wire copy and the newspaper reports written from it (UK courts, 1999).

The corpus (`../shared/data/meter-dev`, never copied into the repository; `repository.shared_data_dir`) pairs 459
articles of nine national papers with the PA stories filed under the same catchline that day. Journalists gave each
article a verdict (wholly / partially / non-derived) and tagged its words `Verbatim`, `Rewrite` or `New`.

Pairs. The source is the PA folder's files (takes and updates of one story) in file-name order, joined into one
document: the journalists judged each article against the whole folder, and repeated takes cost nothing (a
sentence links to any copy). One row whose PA folder is empty in the release is skipped: 458 pairs, 120 stories.
Cross-validation groups by story (the PA folder: date and catchline).

Sentence gold (THE PROJECTION RULE). The article is cleaned and segmented by diffsrc; each sentence's characters
are aligned with the annotated text (`projection.map_sentences`) and the shares of its tagged characters that are
Verbatim / Rewrite / New decide: Verbatim >= 0.8 -> verbatim; New >= 0.8 -> added; otherwise paraphrased; no tagged
character (chrome, or one of the 125 articles whose text is wholly `<unclassified>` in the release) -> no gold.
That is METER's own 80% convention; it gives 5,493 gold sentences (1,478 verbatim, 2,093 paraphrased, 1,922 added).
The annotators tagged Rewrite and Verbatim text inside non-derived articles too (court quotes both reporters
heard), so the sentence gold of an independent report is not all `added`.
"""

from __future__ import annotations

import csv
import re
import time
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from .. import rx
from ..document import Document
from ..load.decode import decode_bytes, normalise_newlines
from ..load.paths import natural_key
from ..settings import DEFAULT_OPTIONS, CompareOptions
from ..text.prepare import PreparedDocument, prepare
from .baseline import (
    best_matches,
    cross_validate,
    fit_sentence_cuts,
    fit_share_verdict,
    label_by_cuts,
    share_table,
    verdict_by_cuts,
)
from .metrics import TARGET_LABELS, VERDICTS, Confusion, binary_label, derived_class, grouped_folds, macro_f1
from .projection import map_sentences
from .repository import shared_corpus_dir

METER_FOLDER = "meter-dev"
VERBATIM_MIN = 0.8  # share of a sentence's tagged characters that are Verbatim
ADDED_MIN = 0.8  # ... that are New


@dataclass(frozen=True)
class MeterPair:
    """One METER article and the PA copy it was judged against."""

    id: str
    story: str  # the PA folder (date/catchline): the cross-validation group
    verdict: str
    paper: Path
    pa_files: tuple[Path, ...]
    annotated: Path | None

    def source_document(self) -> Document:
        return Document.from_text("\n\n".join(read_text(p) for p in self.pa_files), id=f"PA/{self.story}")

    def target_document(self) -> Document:
        return Document.from_text(read_text(self.paper), id=self.id)


def read_text(path: Path) -> str:
    """A METER file's text (Latin-1 in the release), newlines normalised."""
    text, _ = decode_bytes(path.read_bytes(), str(path))
    return normalise_newlines(text)


def meter_dir(root: str | Path | None = None) -> Path:
    """The METER dev folder (`labels.csv`, `PA/`, `newspapers/`).

    Raises:
        EvaluationDataError: it is not there.
    """
    return shared_corpus_dir(METER_FOLDER, "labels.csv", "METER dev (labels.csv, PA/, newspapers/)", root)


@lru_cache(maxsize=2)
def meter_pairs(root: str | Path | None = None) -> tuple[MeterPair, ...]:
    """The 458 usable pairs of METER dev, in `labels.csv` order.

    Raises:
        EvaluationDataError: the corpus is not there.
    """
    base = meter_dir(root)
    out = []
    with (base / "labels.csv").open(newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            folder = base / row["pa_folder"]
            pa_files = sorted(folder.glob("*.txt"), key=lambda p: natural_key(p.name)) if folder.is_dir() else []
            if not pa_files:
                continue  # policeman, 08.12.99: the release has no PA file for it
            paper = base / row["newspaper_file"]
            annotated = base / row["newspaper_file"].replace("rawtexts", "annotated").replace(".txt", ".sgml")
            out.append(MeterPair(paper.stem, row["pa_folder"].split("courts/")[-1], row["verdict"], paper,
                                 tuple(pa_files), annotated if annotated.exists() else None))
    return tuple(out)


# ------------------------------------------------------------------------------------------------ sentence gold

_TAG = rx.compile(r"<(Verbatim|Rewrite|New)\b[^>]*>(.*?)</\1>|<unclassified>(.*?)</unclassified>", re.S)
_CODES = {"Verbatim": 1, "Rewrite": 2, "New": 3}


def parse_annotated(sgml: str) -> tuple[str, np.ndarray]:
    """The annotated article's text (tag contents, one space between tags) and each character's tag: 0 untagged,
    1 Verbatim, 2 Rewrite, 3 New."""
    body = sgml.split("<body>", 1)[-1]
    parts, codes = [], []
    for m in _TAG.finditer(body):
        text = m.group(2) if m.group(1) else m.group(3)
        parts += [text, " "]
        codes += [np.full(len(text), _CODES.get(m.group(1) or "", 0), dtype=np.int8), np.zeros(1, dtype=np.int8)]
    return "".join(parts), (np.concatenate(codes) if codes else np.zeros(0, dtype=np.int8))


def tag_shares(pair: MeterPair, sentences: list[str]) -> list[tuple[float, float, float, int]]:
    """Per sentence, the shares of its tagged characters that are Verbatim, Rewrite and New, and how many."""
    if pair.annotated is None:
        return [(0.0, 0.0, 0.0, 0)] * len(sentences)
    text, codes = parse_annotated(read_text(pair.annotated))
    out = []
    for hits in map_sentences(sentences, text):
        c = codes[hits]
        tagged = int((c > 0).sum())
        if not tagged:
            out.append((0.0, 0.0, 0.0, 0))
        else:
            out.append((float((c == 1).sum() / tagged), float((c == 2).sum() / tagged), float((c == 3).sum() / tagged),
                        tagged))
    return out


def projection_rule(verbatim: float, rewrite: float, new: float, tagged: int) -> str | None:
    """THE PROJECTION RULE (module docstring): a sentence's gold label from its tag shares."""
    if not tagged:
        return None
    if verbatim >= VERBATIM_MIN:
        return "verbatim"
    if new >= ADDED_MIN:
        return "added"
    return "paraphrased"


def sentence_gold(pair: MeterPair, sentences: list[str]) -> list[str | None]:
    return [projection_rule(*s) for s in tag_shares(pair, sentences)]


# ---------------------------------------------------------------------------------------------------- documents


class MeterDocuments:
    """Prepared documents of METER pairs, each PA folder prepared once for all the articles on its story."""

    def __init__(self) -> None:
        self._sources: dict[str, PreparedDocument] = {}

    def pair(self, pair: MeterPair) -> tuple[PreparedDocument, PreparedDocument]:
        if pair.story not in self._sources:
            self._sources[pair.story] = prepare(pair.source_document())
        return self._sources[pair.story], prepare(pair.target_document())


# ---------------------------------------------------------------------------------------------------- the run


def run_meter(*, options: CompareOptions | None = None, limit: int | None = None,
              root: str | Path | None = None, n_folds: int = 5) -> dict[str, Any]:
    """diffsrc's shipped model and the token-set baseline on METER dev, scored.

    diffsrc runs as a user runs it (`compare`, findings off: they change no label); its models were fitted on this
    split, so these are in-sample figures (the grouped-CV figures are `benchmarks/fit_scorer.py`'s). The baseline's
    thresholds are fitted in a `n_folds`-fold cross-validation grouped by story. `limit` takes the first pairs only.
    """
    from ..pair.compare import compare

    options = replace(options or DEFAULT_OPTIONS, findings=False)
    started = time.perf_counter()
    pairs = meter_pairs(root)[:limit] if limit else meter_pairs(root)
    docs = MeterDocuments()
    rows = []
    for pair in pairs:
        source, target = docs.pair(pair)
        report = compare(source, target, options=options).to_dict()
        targets = [s["text"] for s in report["target_sentences"]]
        sources = [s["text"] for s in report["source_sentences"]]
        rows.append({"id": pair.id, "story": pair.story, "verdict": pair.verdict,
                     "predicted": report["summary"]["verdict"], "gold": sentence_gold(pair, targets),
                     "labels": [s["label"] for s in report["target_sentences"]],
                     "best": best_matches(targets, sources), "lengths": np.array([len(t) for t in targets], float)})
    seconds = time.perf_counter() - started
    baseline = meter_baseline(rows, n_folds=n_folds)
    return {"set": "meter", "pairs": len(rows), "stories": len({r["story"] for r in rows}),
            "seconds": round(seconds, 2),
            "system": score_meter(rows, [r["predicted"] for r in rows], [r["labels"] for r in rows]),
            "baseline": score_meter(rows, baseline["verdicts"], baseline["labels"], baseline["binary"]),
            "note": "diffsrc: shipped models, fitted on this split (in-sample); baseline: thresholds fitted by "
                    f"{n_folds}-fold CV grouped by story"}


def meter_baseline(rows: list[dict[str, Any]], *, n_folds: int = 5) -> dict[str, Any]:
    """The token-set baseline's verdicts and sentence labels, thresholds fitted by grouped cross-validation."""
    folds = np.array(grouped_folds([r["story"] for r in rows], n_folds))
    code = {lab: i for i, lab in enumerate(TARGET_LABELS)}
    cells = [(i, k) for i, r in enumerate(rows) for k, g in enumerate(r["gold"]) if g]
    score = np.array([rows[i]["best"][k] for i, k in cells])
    gold = np.array([code[rows[i]["gold"][k]] for i, k in cells], dtype=np.int64)
    cell_folds = np.array([folds[i] for i, _ in cells], dtype=np.int64)
    sentence = cross_validate(cell_folds, lambda tr: fit_sentence_cuts(score[tr], gold[tr]),
                              lambda cuts, te: label_by_cuts(score[te], *cuts))
    labels = [["added"] * len(r["labels"]) for r in rows]
    for (i, k), lab in zip(cells, sentence, strict=True):
        labels[i][k] = TARGET_LABELS[int(lab)]
    shares = share_table([r["best"] for r in rows], [r["lengths"] for r in rows])
    verdicts = np.array([VERDICTS.index(r["verdict"]) for r in rows], dtype=np.int64)
    binary = (verdicts == 2).astype(np.int64)
    three = cross_validate(folds, lambda tr: fit_share_verdict({t: s[tr] for t, s in shares.items()}, verdicts[tr]),
                           lambda c, te: verdict_by_cuts(shares[c[0]][te], c[1], c[2]))
    two = cross_validate(folds, lambda tr: fit_share_verdict({t: s[tr] for t, s in shares.items()}, binary[tr],
                                                             three_class=False),
                         lambda c, te: verdict_by_cuts(shares[c[0]][te], c[1], c[2]))
    return {"verdicts": [VERDICTS[int(v)] for v in three], "labels": labels,
            "binary": ["non-derived" if int(v) == 2 else "derived" for v in two]}


def score_meter(rows: list[dict[str, Any]], verdicts: list[str], labels: list[list[str]],
                binary: list[str] | None = None) -> dict[str, Any]:
    """Verdict (3-class and derived-vs-non) and sentence (V/P/A and derived-vs-added) figures over METER rows."""
    gold_v = [r["verdict"] for r in rows]
    verdict = Confusion(VERDICTS)
    for g, p in zip(gold_v, verdicts, strict=True):
        verdict.add(g, p)
    binary = binary or [derived_class(v) for v in verdicts]
    sentences = Confusion(TARGET_LABELS)
    derived = Confusion(("derived", "added"))
    for r, predicted in zip(rows, labels, strict=True):
        for g, p in zip(r["gold"], predicted, strict=True):
            if g:
                sentences.add(g, p)
                derived.add(binary_label(g), binary_label(p))
    return {
        "verdict_macro_f1": verdict.macro_f1(VERDICTS),
        "derived_macro_f1": macro_f1([derived_class(v) for v in gold_v], binary, ("derived", "non-derived")),
        "verdict": verdict.to_dict(),
        "sentence_macro_f1": sentences.macro_f1(TARGET_LABELS),
        "derived_vs_added_macro_f1": derived.macro_f1(("derived", "added")),
        "derived_f1": derived.prf("derived"),
        "sentences": sentences.to_dict(),
        "gold_sentences": dict(Counter(g for r in rows for g in r["gold"] if g)),
    }
