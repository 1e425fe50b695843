"""How much of each sentence the other document contains, and the fitted model that turns it into P(derived).

`score_both(targets, sources)` measures, for every target sentence, how much of it the source holds, and for every
source sentence how much of it the target holds (the same measures with the roles swapped: `Evidence` of each
direction). The measures are containments, deliberately asymmetric: a short sentence that restates one clause of a
long source sentence is wholly contained in it, though the two are not alike.

For a sentence t (its content stems, weighted by IDF; its words in normal form) against the other document:

  cover[t, s]  IDF-weighted share of t's content stems found in sentence s (the link score)
  c1           max over s of cover[t, s]
  c2, c3       share of t's stems found in its 2 / 3 best sentences together (a merge, a summary sentence)
  cdoc         share of t's stems found anywhere in the other document; cdoc_u the same unweighted
  bi_doc       share of t's word bigrams (function words kept) found anywhere in the other document
  sbi_doc      share of t's content-stem bigrams found anywhere in the other document
  run          the longest run of t's words whose every word trigram occurs in the other document (a copied
               passage); run_share = run / words; run_unq the same over words outside quotation marks
  copied       share of t's words inside a word trigram of the other document; copied_unq the same counting only
               words outside quotation marks
  n_tok, n_stem, quoted   words, content stems, share of words inside quotation marks

IDF is the pair's own: `idf(w) = max(0.05, -log(max over the two documents of (df(w) + 0.5) / (n + 1)))`, df and n
counted in sentences, so the words the whole story repeats (its names) weigh little.

`derivation(evidence)` is a logistic model over those measures, with three of the document's own averages (`doc_c3`,
`doc_cdoc`, `doc_copied`): in a newspaper report of the same court case as the wire copy every sentence shares half
its content words with it, while a summary sentence the articles do not support shares almost none, and the model
has to read a sentence against that background. Its weights ship in `data/sentence.json`, fitted offline by
`benchmarks/fit_scorer.py` on METER dev, SPARK dev and the project's training sets; it is evaluated with numpy.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import numpy as np

from ..arrays import unique
from ..text.features import FeatureBlock, SentenceFeatures

# The per-sentence measures (see the module docstring), in the order of `Evidence.matrix`.
MEASURES = ("c1", "c2", "c3", "cdoc", "cdoc_u", "bi_doc", "sbi_doc", "run", "run_share", "copied", "copied_unq",
            "run_unq", "n_tok", "n_stem", "quoted")
# Measured as well, for the verdict or for trying in the fitting script.
EXTRA_MEASURES = ("run_q", "c1_common", "cdoc_common", "n_common")
# Counts enter the model as log(1 + x): one more copied word matters less in a long run than in a short one.
LOGGED = ("run", "run_unq", "n_tok", "n_stem")
# A sentence's length enters as at most this: the longest sentences the models were fitted on (METER dev, SPARK dev,
# the project's sets) have 102 words and 50 content stems. Longer ones are read as that long, not extrapolated: a
# 16 KB "sentence" of one phrase repeated with no full stop scored 0.88 derived against an unrelated article (the
# same phrase 20 times: added).
LENGTH_CAP = {"n_tok": 120.0, "n_stem": 60.0}
# The document's averages over its sentences that the model reads each sentence against.
CONTEXT = {"doc_c3": "c3", "doc_cdoc": "cdoc", "doc_copied": "copied"}


@dataclass
class Evidence:
    """The sentences of one document (rows) measured against another document (columns).

    Attributes:
        cover: (rows, columns) IDF-weighted share of the row sentence's content stems found in the column sentence.
        measures: per row sentence, the `MEASURES` and the longest copied run inside quotation marks (`run_q`).
        same: (rows, columns) the two sentences are the same words (equal keys).
        containment: IDF-weighted share of the row document's distinct content stems found in the column document.
        rows, columns: the sentences' features, in order.
    """

    cover: np.ndarray
    measures: dict[str, np.ndarray]
    same: np.ndarray
    containment: float = 0.0
    rows: Sequence[SentenceFeatures] = field(default_factory=list)
    columns: Sequence[SentenceFeatures] = field(default_factory=list)

    @property
    def shape(self) -> tuple[int, int]:
        return len(self.rows), len(self.columns)

    def inputs(self, names: Sequence[str] = ()) -> dict[str, np.ndarray]:
        """The sentence model's inputs: the measures (counts log-scaled), the document's averages, and any derived
        input `names` asks for: "a*b" (a product of two inputs) or "a>k" (max(0, a - k), a hinge)."""
        out = dict(self.measures)
        for name, cap in LENGTH_CAP.items():
            out[name] = np.minimum(out[name], cap)
        for name in LOGGED:
            out[name] = np.log1p(out[name])
        n = len(self.rows)
        for name, measure in CONTEXT.items():
            out[name] = np.full(n, float(self.measures[measure].mean()) if n else 0.0)
        for name in names:
            if name in out:
                continue
            if "*" in name:
                a, b = name.split("*")
                out[name] = out[a] * out[b]
            elif ">" in name:
                a, k = name.split(">")
                out[name] = np.maximum(out[a] - float(k), 0.0)
        return out


def _block(sentences: Sequence[SentenceFeatures] | FeatureBlock) -> FeatureBlock:
    return sentences if isinstance(sentences, FeatureBlock) else FeatureBlock.of(sentences)


def _ratio(numerator: np.ndarray | float, denominator: np.ndarray | float) -> np.ndarray:
    """numerator / denominator, 0 where the denominator is 0."""
    num, den = np.asarray(numerator, dtype=np.float64), np.asarray(denominator, dtype=np.float64)
    # The division broadcasts its operands and `where` itself, element for element as on broadcast copies: only the
    # output's shape is worked out here (np.broadcast_arrays, in Python, cost more than these small divisions).
    shape = num.shape if num.shape == den.shape else np.broadcast_shapes(num.shape, den.shape)
    return np.divide(num, den, out=np.zeros(shape), where=den != 0)


# (numpy's methods rather than its functions below: `np.cumsum(x)` reaches `x.cumsum()` through a Python wrapper,
# some sixty calls a compare.)
def _member(values: np.ndarray, distinct: np.ndarray) -> np.ndarray:
    """Whether each value is in `distinct` (sorted, unique)."""
    if not len(distinct) or not len(values):
        return np.zeros(len(values), dtype=bool)
    at = np.minimum(distinct.searchsorted(values), len(distinct) - 1)
    return distinct[at] == values


def _per_sentence(values: np.ndarray, counts: np.ndarray) -> np.ndarray:
    """Sums of `values` (flat, sentence after sentence) per sentence."""
    sums = np.zeros(len(counts))
    filled = counts > 0
    if filled.any():
        starts = np.concatenate([[0], counts.cumsum()[:-1]])
        sums[filled] = np.add.reduceat(values.astype(np.float64), starts[filled])
    return sums


def _entries(block: FeatureBlock, vocab: np.ndarray, only_common: bool = False) -> tuple[np.ndarray, np.ndarray]:
    """The (sentence, vocabulary column) pairs of a block's distinct content stems."""
    counts, stems = block.counts["stem_ids"], block.arrays["stem_ids"]
    rows, cols = np.arange(len(counts)).repeat(counts), vocab.searchsorted(stems)
    if only_common:
        keep = block.arrays["common"]
        return rows[keep], cols[keep]
    return rows, cols


def _incidence(entries: tuple[np.ndarray, np.ndarray], n: int, width: int) -> np.ndarray:
    matrix = np.zeros((n, max(width, 1)), dtype=np.float32)
    matrix[entries] = 1.0
    return matrix


# A joined entry costs four int64 arrays (32 bytes), a dense cell one float64 (8 bytes): the join wins below
# a quarter of a joined entry per dense cell.
_JOIN_PER_DENSE_CELL = 0.25


def _shared(a: tuple[np.ndarray, np.ndarray], b: tuple[np.ndarray, np.ndarray], weight: np.ndarray,
            shape: tuple[int, int]) -> np.ndarray:
    """(rows of a, rows of b): the summed weight of the columns each pair of rows shares, from their entries.

    A sparse join rather than a matrix product: sentences hold a few dozen of the pair's words, and a BLAS product
    of these small matrices is slow on a busy machine (multithreaded BLAS waits for cores: 8 ms instead of 0.3).
    When the join would be larger than the dense matrices (a vocabulary so small that every sentence shares most
    of its words with every other: a hostile input of 1,700 sentences from 20 words joins 45 million entries, 1.4
    GB), the product is taken instead. Which way is chosen depends on the pair only, not on its orientation, so
    swapping the documents still transposes the result exactly.
    """
    rows_a, cols_a = a
    rows_b, cols_b = b
    order = cols_b.argsort(kind="stable")
    cols_b, rows_b = cols_b[order], rows_b[order]
    lo, hi = cols_b.searchsorted(cols_a, "left"), cols_b.searchsorted(cols_a, "right")
    n = hi - lo
    joined = int(n.sum())
    width = len(weight)
    if joined > _JOIN_PER_DENSE_CELL * ((shape[0] + shape[1]) * width + shape[0] * shape[1]):
        dense_a = np.zeros((shape[0], width))
        dense_a[rows_a, cols_a] = weight[cols_a]
        dense_b = np.zeros((shape[1], width))
        dense_b[rows_b, cols_b] = 1.0
        return dense_a @ dense_b.T
    owner = np.arange(len(cols_a)).repeat(n)
    at = lo[owner] + (np.arange(int(n.sum())) - (n.cumsum() - n)[owner])
    cells = rows_a[owner] * shape[1] + rows_b[at]
    return np.bincount(cells, weights=weight[cols_a[owner]], minlength=shape[0] * shape[1]).reshape(shape)


def _copied_runs(block: FeatureBlock, found: np.ndarray) -> dict[str, np.ndarray]:
    """Copied words and the longest copied runs per sentence, from which of its trigrams the other side has.

    A run is a chain of found trigrams, each starting one word after the previous one: k chained trigrams cover
    k + 2 words. `run_unq` / `run_q` chain only trigrams whose three words are all outside / all inside quotation
    marks.
    """
    n_tri, n_tok = block.counts["trigrams"], block.counts["quoted"]
    n = len(n_tri)
    tri_owner = np.arange(n).repeat(n_tri)
    tri_first = np.concatenate([[0], n_tri.cumsum()[:-1]]) if n else np.zeros(0, dtype=np.int64)
    tok_first = np.concatenate([[0], n_tok.cumsum()[:-1]]) if n else np.zeros(0, dtype=np.int64)
    start = tok_first[tri_owner] + (np.arange(len(found)) - tri_first[tri_owner])  # first word of each trigram
    q = block.arrays["quoted"]
    covered = np.zeros(len(q), dtype=bool)
    hits = start[found]
    for k in range(3):
        covered[hits + k] = True
    all_q = q[start] & q[start + 1] & q[start + 2] if len(start) else np.zeros(0, dtype=bool)
    no_q = ~(q[start] | q[start + 1] | q[start + 2]) if len(start) else np.zeros(0, dtype=bool)
    same_owner = np.concatenate([[False], tri_owner[1:] == tri_owner[:-1]])

    def longest(flags: np.ndarray) -> np.ndarray:
        out = np.zeros(n)
        if not flags.any():
            return out
        begins = flags & ~(np.concatenate([[False], flags[:-1]]) & same_owner)
        run_id = begins.cumsum() * flags
        lengths = np.bincount(run_id)[1:]
        np.maximum.at(out, tri_owner[begins], lengths + 2)
        return out

    words = np.maximum(n_tok, 1)
    return {
        "run": longest(found), "run_unq": longest(found & no_q), "run_q": longest(found & all_q),
        "copied": _per_sentence(covered, n_tok) / words,
        "copied_unq": _per_sentence(covered & ~q, n_tok) / words,
    }


def _direction(side: FeatureBlock, other: FeatureBlock, distinct: dict[str, np.ndarray], inc: np.ndarray,
               other_inc: np.ndarray, idf: np.ndarray, shared: np.ndarray, common: np.ndarray,
               shared_common: np.ndarray) -> tuple[np.ndarray, dict[str, np.ndarray], float]:
    weights = inc * idf
    total = weights.sum(axis=1)
    cover = _ratio(shared, total[:, None]).astype(np.float32)
    n_other = len(other)
    k = min(3, n_other)
    top = (-cover).argsort(axis=1, kind="stable")[:, :k]
    m: dict[str, np.ndarray] = {"c1": cover.max(axis=1)}
    union = other_inc[top[:, 0]]
    for j in (1, 2):
        if j < k:
            union = np.maximum(union, other_inc[top[:, j]])
            m[f"c{j + 1}"] = _ratio((weights * union).sum(axis=1), total)
        else:
            m[f"c{j + 1}"] = m[f"c{j}"]
    anywhere = other_inc.max(axis=0)
    m["cdoc"] = _ratio((weights * anywhere).sum(axis=1), total)
    m["cdoc_u"] = _ratio((inc * anywhere).sum(axis=1), inc.sum(axis=1))
    common_weights = common * idf
    common_total = common_weights.sum(axis=1)
    m["c1_common"] = _ratio(shared_common, common_total[:, None]).max(axis=1)
    m["cdoc_common"] = _ratio((common_weights * anywhere).sum(axis=1), common_total)
    m["n_common"] = common.sum(axis=1).astype(np.float64)
    counts, arrays = side.counts, side.arrays
    m["bi_doc"] = _ratio(_per_sentence(_member(arrays["bigrams"], distinct["bigrams"]), counts["bigrams"]),
                         counts["bigrams"])
    m["sbi_doc"] = _ratio(_per_sentence(_member(arrays["stem_bigrams"], distinct["stem_bigrams"]),
                                        counts["stem_bigrams"]), counts["stem_bigrams"])
    m.update(_copied_runs(side, _member(arrays["trigrams"], distinct["trigrams"])))
    words = counts["quoted"]
    m["run_share"] = m["run"] / np.maximum(words, 1)
    m["n_tok"] = words.astype(np.float64)
    m["n_stem"] = counts["stems"].astype(np.float64)
    m["quoted"] = _per_sentence(arrays["quoted"], words) / np.maximum(words, 1)
    present = inc.max(axis=0)
    containment = float(_ratio((idf * present * anywhere).sum(), (idf * present).sum()))
    return cover, {k: np.asarray(v, dtype=np.float64) for k, v in m.items()}, containment


def score_both(targets: Sequence[SentenceFeatures] | FeatureBlock,
               sources: Sequence[SentenceFeatures] | FeatureBlock) -> tuple[Evidence, Evidence]:
    """The evidence of every target sentence against the source, and of every source sentence against the target.

    Symmetric by construction: `score_both(b, a)` returns the two `Evidence` of `score_both(a, b)` swapped, float for
    float (the vocabulary is sorted, the shared mass is computed in one canonical orientation), so that which text is
    called the source never changes what is found.
    """
    t_block, s_block = _block(targets), _block(sources)
    t_feats, s_feats = t_block.features, s_block.features
    same = _same_keys(t_feats, s_feats)
    if not len(t_block) or not len(s_block):
        return _empty(t_feats, s_feats, same), _empty(s_feats, t_feats, same.T)
    vocab = unique(np.concatenate([t_block.arrays["stem_ids"], s_block.arrays["stem_ids"]]))
    n_t, n_s, width = len(t_block), len(s_block), len(vocab)
    t_entries, s_entries = _entries(t_block, vocab), _entries(s_block, vocab)
    t_common, s_common = _entries(t_block, vocab, only_common=True), _entries(s_block, vocab, only_common=True)
    t_inc, s_inc = _incidence(t_entries, n_t, width), _incidence(s_entries, n_s, width)
    df_t, df_s = t_inc.sum(axis=0), s_inc.sum(axis=0)
    rate = np.maximum((df_t + 0.5) / (n_t + 1) * (df_t > 0), (df_s + 0.5) / (n_s + 1) * (df_s > 0))
    idf = np.maximum(-np.log(np.maximum(rate, 1e-9)), 0.05).astype(np.float32)
    # The IDF mass two sentences share, summed in one orientation whichever side is the target, so that swapping
    # the documents transposes it exactly (summed the other way it may round differently, and duplicate sentences
    # would then break their ties the other way).
    if _canonical(t_feats, s_feats):
        shared = _shared(t_entries, s_entries, idf, (n_t, n_s))
    else:
        shared = _shared(s_entries, t_entries, idf, (n_s, n_t)).T
    fwd = _direction(t_block, s_block, s_block.distinct, t_inc, s_inc, idf, shared,
                     _incidence(t_common, n_t, width), _shared(t_common, s_entries, idf, (n_t, n_s)))
    rev = _direction(s_block, t_block, t_block.distinct, s_inc, t_inc, idf, shared.T,
                     _incidence(s_common, n_s, width), _shared(s_common, t_entries, idf, (n_s, n_t)))
    return (Evidence(fwd[0], fwd[1], same, fwd[2], t_feats, s_feats),
            Evidence(rev[0], rev[1], same.T, rev[2], s_feats, t_feats))


def _canonical(a: Sequence[SentenceFeatures], b: Sequence[SentenceFeatures]) -> bool:
    """Whether (a, b) is the canonical orientation of the pair (an arbitrary but fixed order of the two)."""
    return (len(a), [f.key for f in a]) <= (len(b), [f.key for f in b])


def _same_keys(rows: Sequence[SentenceFeatures], columns: Sequence[SentenceFeatures]) -> np.ndarray:
    ids: dict[str, int] = {}
    r = np.array([ids.setdefault(f.key, len(ids)) for f in rows], dtype=np.int64)
    c = np.array([ids.setdefault(f.key, len(ids)) for f in columns], dtype=np.int64)
    return r[:, None] == c[None, :]


def _empty(rows: Sequence[SentenceFeatures], columns: Sequence[SentenceFeatures], same: np.ndarray) -> Evidence:
    n = len(rows)
    measures = {name: np.zeros(n) for name in (*MEASURES, *EXTRA_MEASURES)}
    measures["n_tok"] = np.array([len(f.tokens) for f in rows], dtype=np.float64)
    measures["n_stem"] = np.array([len(f.stems) for f in rows], dtype=np.float64)
    measures["quoted"] = np.array([f.quoted_share for f in rows], dtype=np.float64)
    return Evidence(np.zeros((n, len(columns)), dtype=np.float32), measures, same, 0.0, rows, columns)


# ------------------------------------------------------------------------------------------------- fitted models


@dataclass(frozen=True)
class LogisticModel:
    """A logistic model evaluated with numpy: inputs standardised (`mean`, `scale`), then sigmoid or softmax.

    Binary models have one row of `coef` and give P(classes[1]); multinomial ones one row per class. The JSON files
    in `diffsrc/data/` hold exactly these fields (written by `benchmarks/fit_scorer.py`).
    """

    features: tuple[str, ...]
    mean: np.ndarray
    scale: np.ndarray
    coef: np.ndarray
    intercept: np.ndarray
    classes: tuple[str, ...]
    meta: dict = field(default_factory=dict, compare=False)

    def proba(self, inputs: dict[str, np.ndarray]) -> np.ndarray:
        """(n, classes) probabilities of the rows given by `inputs` (one array per feature)."""
        x = np.column_stack([np.asarray(inputs[f], dtype=np.float64) for f in self.features])
        # Elementwise, not a BLAS product: these are tiny, and a busy machine makes multithreaded BLAS slow.
        z = (((x - self.mean) / self.scale)[:, None, :] * self.coef[None, :, :]).sum(axis=2) + self.intercept
        if self.coef.shape[0] == 1:
            p = 1.0 / (1.0 + np.exp(-z[:, 0]))
            return np.column_stack([1.0 - p, p])
        z = z - z.max(axis=1, keepdims=True)
        e = np.exp(z)
        return e / e.sum(axis=1, keepdims=True)

    def to_json(self) -> dict:
        return {"features": list(self.features), "mean": np.round(self.mean, 6).tolist(),
                "scale": np.round(self.scale, 6).tolist(), "coef": np.round(self.coef, 6).tolist(),
                "intercept": np.round(self.intercept, 6).tolist(), "classes": list(self.classes), "meta": self.meta}

    @classmethod
    def from_json(cls, data: dict) -> LogisticModel:
        return cls(tuple(data["features"]), np.array(data["mean"], dtype=np.float64),
                   np.array(data["scale"], dtype=np.float64), np.array(data["coef"], dtype=np.float64).reshape(
                       -1, len(data["features"])), np.array(data["intercept"], dtype=np.float64),
                   tuple(data["classes"]), dict(data.get("meta", {})))


@lru_cache(maxsize=8)
def shipped_model(name: str) -> LogisticModel:
    """A model shipped in `diffsrc/data/` (`sentence`, `verdict`)."""
    text = resources.files("diffsrc.data").joinpath(f"{name}.json").read_text(encoding="utf-8")
    return LogisticModel.from_json(json.loads(text))


def derivation(evidence: Evidence, model: LogisticModel | None = None) -> np.ndarray:
    """P(derived) of each row sentence of `evidence`: that it derives from the other document.

    A sentence that is the same words as a sentence of the other document is a copy whatever the model says (1.0).
    """
    n_rows, n_columns = evidence.shape
    if not n_rows or not n_columns:
        return np.zeros(n_rows)
    model = model or shipped_model("sentence")
    p = model.proba(evidence.inputs(model.features))[:, 1]
    p[evidence.same.any(axis=1)] = 1.0
    return p
