"""The vectorised evidence against a slow, obviously-correct reference (one sentence at a time, Python sets), and
the fitted sentence model's behaviour on cases a reader can judge."""

from __future__ import annotations

import json
import math

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from diffsrc.pair.score import LogisticModel, derivation, score_both, shipped_model
from diffsrc.settings import CompareOptions
from diffsrc.text.features import SentenceFeatures, sentence_features

WORDS = ("the minister said japan would double defence spending to 2% of gdp by 2027 trump visit tokyo 8,000 "
         "Bank of Japan Kazuo Ueda").split()
QUOTED = st.lists(st.sampled_from(WORDS), min_size=1, max_size=5).map(lambda ws: '"' + " ".join(ws) + '"')
sentences = st.lists(st.one_of(st.sampled_from(WORDS), QUOTED), min_size=1, max_size=12).map(" ".join)


def _idf(targets: list[SentenceFeatures], sources: list[SentenceFeatures]):
    def idf(word: str) -> float:
        rates = [(sum(word in set(f.stems) for f in side) + 0.5) / (len(side) + 1)
                 for side in (targets, sources) if any(word in f.stems for f in side)]
        return max(-math.log(max(rates)), 0.05)
    return idf


def _runs(flags: list[bool]) -> int:
    best = run = 0
    for f in flags:
        run = run + 1 if f else 0
        best = max(best, run)
    return best + 2 if best else 0


def reference(targets: list[str], sources: list[str], rank: np.ndarray
              ) -> tuple[dict[str, np.ndarray], np.ndarray, float]:
    """Every measure of `score.MEASURES` (and the extra ones), one target sentence at a time.

    `rank` orders each target's candidates for c2 and c3: equal covers may round apart in float32, so the order is
    taken from the vectorised cover, which is compared with this one's on its own.
    """
    t_feats, s_feats = sentence_features(targets), sentence_features(sources)
    idf = _idf(t_feats, s_feats)

    def contained(words: set[str], within: set[str]) -> float:
        total = sum(idf(w) for w in words)
        return sum(idf(w) for w in words & within) / total if total else 0.0

    src_stems = [set(s.stems) for s in s_feats]
    every = set().union(*src_stems)
    src_bi = {b for s in s_feats for b in zip(s.tokens, s.tokens[1:], strict=False)}
    src_sbi = {b for s in s_feats for b in zip(s.stems, s.stems[1:], strict=False)}
    src_tri = {g for s in s_feats for g in zip(s.tokens, s.tokens[1:], s.tokens[2:], strict=False)}
    out: dict[str, list[float]] = {}
    cover = np.zeros((len(targets), len(sources)))
    for i, t in enumerate(t_feats):
        stems = set(t.stems)
        common = {w for w, c in zip(t.stems, t.common, strict=True) if c}
        cover[i] = [contained(stems, s) for s in src_stems]
        order = list(rank[i])
        row = {"c1": cover[i].max(), "cdoc": contained(stems, every),
               "c2": contained(stems, set().union(*(src_stems[j] for j in order[:2]))),
               "c3": contained(stems, set().union(*(src_stems[j] for j in order[:3]))),
               "cdoc_u": len(stems & every) / len(stems) if stems else 0.0,
               "c1_common": max(contained(common, s) for s in src_stems), "cdoc_common": contained(common, every),
               "n_common": len(common)}
        bigrams = list(zip(t.tokens, t.tokens[1:], strict=False))
        sbigrams = list(zip(t.stems, t.stems[1:], strict=False))
        row["bi_doc"] = sum(b in src_bi for b in bigrams) / len(bigrams) if bigrams else 0.0
        row["sbi_doc"] = sum(b in src_sbi for b in sbigrams) / len(sbigrams) if sbigrams else 0.0
        n, q = len(t.tokens), list(t.quoted)
        found = [g in src_tri for g in zip(t.tokens, t.tokens[1:], t.tokens[2:], strict=False)]
        covered = [any(found[k] for k in range(max(0, w - 2), min(w + 1, len(found)))) for w in range(n)]
        row["run"] = _runs(found)
        row["run_unq"] = _runs([f and not any(q[k:k + 3]) for k, f in enumerate(found)])
        row["run_q"] = _runs([f and all(q[k:k + 3]) for k, f in enumerate(found)])
        row["run_share"] = row["run"] / max(n, 1)
        row["copied"] = sum(covered) / max(n, 1)
        row["copied_unq"] = sum(c and not qq for c, qq in zip(covered, q, strict=True)) / max(n, 1)
        row["n_tok"], row["n_stem"], row["quoted"] = n, len(t.stems), sum(q) / max(n, 1)
        for k, v in row.items():
            out.setdefault(k, []).append(v)
    target_words = set().union(*(set(t.stems) for t in t_feats))
    return {k: np.array(v) for k, v in out.items()}, cover, contained(target_words, every)


@settings(max_examples=50, deadline=None)
@given(st.lists(sentences, min_size=1, max_size=5), st.lists(sentences, min_size=1, max_size=5))
def test_vectorised_measures_equal_the_sentence_by_sentence_reference(targets, sources):
    forward, backward = score_both(sentence_features(targets), sentence_features(sources))
    expected, cover, containment = reference(targets, sources, np.argsort(-forward.cover, axis=1, kind="stable"))
    for name, values in expected.items():
        np.testing.assert_allclose(forward.measures[name], values, atol=1e-5, err_msg=name)
    np.testing.assert_allclose(forward.cover, cover, atol=1e-5)
    assert math.isclose(forward.containment, containment, abs_tol=1e-5)
    # The backward evidence is the forward evidence of the swapped pair, float for float.
    swapped, _ = score_both(sentence_features(sources), sentence_features(targets))
    np.testing.assert_array_equal(swapped.cover, backward.cover)
    for name, values in backward.measures.items():
        np.testing.assert_array_equal(swapped.measures[name], values, err_msg=name)
    p = derivation(forward)
    assert ((p >= 0) & (p <= 1)).all()


def test_quoted_words_are_marked_in_a_quote_a_quoted_paragraph_and_after_a_closing_tag():
    def marked(text: str) -> list[str]:
        f = SentenceFeatures.of(text)
        return [w for w, q in zip(f.tokens, f.quoted, strict=True) if q]

    assert marked('Motegi said: "We will see." Then he left.') == ["we", "will", "see"]
    assert marked('It was not me," Smith told the court.') == ["it", "was", "not", "me"]
    assert marked("\u201cIt was awful and I want justice.") == ["it", "was", "awful", "and", "i", "want", "justice"]
    assert marked("Don\u2019t go there, he said.") == []


def test_shared_story_names_alone_do_not_make_a_derivation():
    source = [
        "Trump will meet Takaichi in Tokyo next week, Motegi said.",
        "Japan plans to double its defence spending by 2027.",
        "Motegi said Japan hopes to cooperate with South Korea and Australia.",
        "Takaichi took office on Tuesday as Japan's first female leader.",
    ]
    target = [
        "Trump and Takaichi are expected to discuss tariffs on Japanese cars in Tokyo.",
        "Motegi, Japan's top diplomat, has served under three prime ministers.",
    ]
    forward, _ = score_both(sentence_features(target), sentence_features(source))
    assert (derivation(forward) < CompareOptions().derived_threshold).all()


def test_a_reworded_sentence_is_derived_and_contained_in_its_source():
    source = ["Japan is currently undergoing a five-year military buildup through 2027 as part of its national "
              "security strategy, including doubling its annual defense spending to 2% of gross domestic product.",
              "He said Japan also hopes to cooperate with South Korea."]
    target = ["The plan includes a dramatic doubling of annual defense spending to 2% of the country's gross "
              "domestic product over a five-year buildup."]
    forward, backward = score_both(sentence_features(target), sentence_features(source))
    assert derivation(forward)[0] > CompareOptions().derived_threshold
    assert forward.cover[0, 0] > 0.6 and forward.cover[0, 1] < 0.2
    # Containment is asymmetric: the long source sentence holds the short target, not the other way round.
    assert backward.cover[0, 0] < forward.cover[0, 0]


def test_the_shipped_models_round_trip_through_json():
    for name in ("sentence", "verdict"):
        model = shipped_model(name)
        again = LogisticModel.from_json(json.loads(json.dumps(model.to_json())))
        inputs = {f: np.linspace(0.0, 1.0, 7) for f in model.features}
        np.testing.assert_allclose(again.proba(inputs), model.proba(inputs), atol=1e-6)
        assert np.allclose(model.proba(inputs).sum(axis=1), 1.0)


def test_a_tiny_vocabulary_is_scored_densely_with_the_same_evidence(monkeypatch):
    # Sentences drawn from a handful of words share most of them with every other sentence: the sparse join of
    # shared words would hold millions of entries, so the dense product is taken. Both ways give the same evidence.
    import random

    from diffsrc.pair import score

    rng = random.Random(4)
    vocab = "harbour ferry council budget minister police night islands route vote".split()
    texts = [" ".join(rng.choice(vocab) for _ in range(12)).capitalize() + "." for _ in range(120)]
    source = [SentenceFeatures.of(t) for t in texts[:60]]
    target = [SentenceFeatures.of(t) for t in texts[60:]]
    dense = score.score_both(target, source)
    # The swap property holds on the dense path too.
    np.testing.assert_array_equal(score.score_both(source, target)[0].cover, dense[1].cover)
    monkeypatch.setattr(score, "_JOIN_PER_DENSE_CELL", float("inf"))  # never dense
    sparse = score.score_both(target, source)
    for d, s in zip(dense, sparse, strict=True):
        np.testing.assert_allclose(d.cover, s.cover, rtol=1e-6)
        for name, values in s.measures.items():
            np.testing.assert_allclose(d.measures[name], values, rtol=1e-6, err_msg=name)


def test_the_verdict_reads_which_of_the_source_words_a_target_shares():
    """A report that shares only the wire's names and numbers is told from one that also takes its wording and its
    details (the verdict model's `common_found`, `names_found`, `source_rare_used`)."""
    from diffsrc.pair.compare import analyse

    wire = sentence_features([
        "Bank of Japan governor Kazuo Ueda said on Tuesday the central bank would keep buying bonds until March.",
        "Ueda told reporters in Tokyo that wage growth remained too sluggish to justify tighter policy.",
        "The yen weakened past 150 to the dollar after the remarks.",
    ])
    copy = sentence_features([
        "Bank of Japan governor Kazuo Ueda said the central bank would keep buying bonds until March.",
        "Wage growth remained too sluggish to justify tighter policy, Ueda told reporters in Tokyo.",
    ])
    names_only = sentence_features([
        "Kazuo Ueda faced an angry crowd of savers outside the Bank of Japan in Tokyo.",
        "Protesters waved banners and chanted until police arrived in March.",
    ])
    copied, independent = analyse(wire, copy).doc, analyse(wire, names_only).doc
    # both name Ueda, the bank, Tokyo and March (a sentence's capitalised first word counts as a name too)
    assert copied["names_found"] > 0.8 and independent["names_found"] > 0.8
    assert copied["common_found"] > 0.8 > 0.3 > independent["common_found"]
    assert copied["source_rare_used"] > 2 * independent["source_rare_used"]
