"""Candidate generation: near-duplicate groups and shared-fingerprint pairs, without an N² step."""

from __future__ import annotations

import random

import numpy as np

from diffsrc.corpus.candidates import candidate_pairs, content_words, group_near_duplicates, jaccard, sentence_shingles

from .corpus_fixtures import seed_sentences


def test_fingerprints_are_deterministic_and_ignore_case_and_punctuation():
    a = sentence_shingles(["The Defence Minister said on Tuesday the budget would rise."])
    b = sentence_shingles(["the defence minister said, on Tuesday, the budget would rise"])
    assert a.dtype == np.uint64 and a.size > 0
    assert np.array_equal(a, b)
    assert np.array_equal(a, sentence_shingles(["The Defence Minister said on Tuesday the budget would rise."]))


def test_copies_group_together_and_unrelated_texts_do_not():
    story = list(seed_sentences("004"))
    other = list(seed_sentences("003"))
    docs = [
        sentence_shingles(story),
        sentence_shingles(story[:-1] + ["A line of the outlet's own at the end of the reprint, about nothing much."]),
        sentence_shingles(other),
        sentence_shingles(story),
    ]
    assert group_near_duplicates(docs) == [[0, 1, 3], [2]]


def test_a_big_syndication_cluster_is_one_group():
    story = sentence_shingles(list(seed_sentences("004")))
    groups = group_near_duplicates([story] * 300 + [sentence_shingles(list(seed_sentences("003")))])
    assert [len(g) for g in groups] == [300, 1]


def test_a_shared_sentence_makes_a_candidate_pair():
    a = list(seed_sentences("004"))[:10]
    b = list(seed_sentences("003"))[:10]
    c = list(seed_sentences("003"))[10:20] + [a[3]]
    shared = {(i, j): n for i, j, n in candidate_pairs([sentence_shingles(x) for x in (a, b, c)], compare_all_below=0)}
    assert (0, 2) in shared
    # Articles on the same news share a name or two ("Prime Minister Sanae Takaichi"), not whole sentences.
    assert shared[(0, 2)] > shared.get((0, 1), 0)


def test_a_fingerprint_held_by_many_documents_pairs_them_with_one_anchor_not_with_each_other():
    common = ["officials said the prime minister would visit the capital next week"]
    docs = [sentence_shingles(common + [f"unrelated sentence number {i} about topic {i * 7}"]) for i in range(30)]
    # Rare (held by at most rare_min documents): every holder meets every other.
    assert len(candidate_pairs(docs, rare_min=50)) == 30 * 29 // 2
    star = candidate_pairs(docs)
    assert len(star) == 29 and len({i for i, _, _ in star}) == 1


_LETTERS = ("bcdfghklmnprstvz", "aeiou")
STOCK = [
    "The defendant was remanded in custody to appear at the crown court next month.",
    "A spokesman for the force said in a statement that inquiries were continuing.",
    "Anyone with information is asked to contact police on the non-emergency number.",
    "Cookie policy | Privacy | Terms and conditions | Contact us",
    "HOME | NEWS | SPORT | BUSINESS | WEATHER",
]


def _sentences(rng: random.Random, n: int) -> list[str]:
    """Sentences of made-up words: no two stories share a content word by chance."""
    def word() -> str:
        return "".join(rng.choice(_LETTERS[0]) + rng.choice(_LETTERS[1]) for _ in range(3))
    return [" ".join(word() for _ in range(rng.randint(10, 14))).capitalize() + "." for _ in range(n)]


def _reword(rng: random.Random, sentence: str) -> str:
    words = sentence.rstrip(".").split()
    return " ".join("changed" if i % 4 == 3 else w for i, w in enumerate(words)) + "."


def test_stock_phrases_make_no_candidates_while_rewrites_summaries_and_a_quote_still_meet_their_source():
    rng = random.Random(5)
    unrelated = [_sentences(rng, 12) + rng.sample(STOCK, 3) for _ in range(60)]
    wire = _sentences(rng, 30)
    # A story rewritten by 30 outlets: its text is in far more documents than rare_min, like a stock phrase.
    rewrites = [[_reword(rng, s) if rng.random() < 0.5 else s for s in wire if rng.random() < 0.55]
                + _sentences(rng, 8) + rng.sample(STOCK, 2) for _ in range(30)]
    summaries = [[_reword(rng, s) for s in rng.sample(wire[:8], 4)] + rng.sample(STOCK, 1) for _ in range(6)]
    # A long speech, and an op-ed of 40 sentences that lifts one 12-word quote from it (10 trigrams: 2% of either).
    speech = _sentences(rng, 60)
    oped = _sentences(rng, 40) + ["She told them: " + " ".join(speech[7].rstrip(".").split()[:12]) + "."]
    texts = [*unrelated, wire, *rewrites, *summaries, speech, oped]
    w, first_rewrite, first_summary, op = 60, 61, 91, len(texts) - 1
    pairs = {(i, j) for i, j, _ in candidate_pairs([sentence_shingles(t) for t in texts])}
    # Unrelated stories share three stock sentences each (many trigrams): none of them is a candidate pair.
    assert not {(i, j) for i, j in pairs if j < w}
    assert {(w, k) for k in range(first_rewrite, first_summary)} <= pairs
    assert {(w, k) for k in range(first_summary, op - 1)} <= pairs
    assert (op - 1, op) in pairs


def test_a_big_cluster_of_differently_trimmed_reprints_stays_linear_and_meets_the_full_story():
    story = list(seed_sentences("004"))
    full = sentence_shingles(story)
    copies = [sentence_shingles(story[: 8 + k % 19]) for k in range(300)]
    pairs = candidate_pairs([full, *copies], max_posting=50)
    assert {(0, k + 1) for k in range(300)} <= {(i, j) for i, j, _ in pairs}
    # All pairs would be 301 * 300 / 2 = 45,150; only the fingerprints held by at most max_posting copies (the
    # ends of the longest trims) still pair their holders with each other.
    assert len(pairs) < 5 * 300


def test_jaccard():
    a = np.array([1, 2, 3, 4], dtype=np.uint64)
    b = np.array([3, 4, 5, 6], dtype=np.uint64)
    assert jaccard(a, b) == 2 / 6
    assert jaccard(a, np.array([], dtype=np.uint64)) == 0.0


def test_near_duplicate_groups_do_not_depend_on_the_order_of_the_inputs():
    # A~B and B~C are near-duplicates, A and C are not: which two end up together must not depend on which file
    # name sorts first (renaming the inputs must not regroup them).
    import itertools

    import numpy as np

    # (a random draw for which the old order-dependent grouping did regroup them)
    rng = np.random.default_rng(4)
    pool = np.unique(rng.integers(1, 2**63, size=600, dtype=np.uint64))
    texts = {"a": pool[0:100], "b": pool[7:107], "c": pool[14:114]}  # Jaccard 0.87 between neighbours, 0.75 apart
    partitions = set()
    for names in itertools.permutations(texts):
        groups = group_near_duplicates([np.sort(texts[n]) for n in names], threshold=0.85)
        partitions.add(frozenset(frozenset(names[i] for i in g) for g in groups))
    assert len(partitions) == 1


# The METER raider story: the PA copy, and the Star's four-sentence retelling (METER: wholly derived), which shares
# one run of three content words with it but the story's names, places and particular nouns throughout.
WIRE = [
    "A deaf armed robber's gestures failed to have the desired impact when he tried to hold up a fast-food "
    "takeaway, a court heard today.",
    "When Paul Gorman, who is also unable to speak, put on his balaclava after entering the premises, staff "
    "initially thought it was a joke and ignored him.",
    "It was only when he began brandishing a kitchen knife that they realised he was serious.",
    "Realising they were on their way, 33-year-old Gorman removed his disguise and waited for them outside, "
    "London Southwark Crown Court was told.",
    "Passing sentence, Judge George Bathurst-Norman told Gorman, of Gascoyne Estate, Hackney, that he would "
    "normally have been sent straight to prison.",
]
BRIEF = [
    "Deaf and dumb Paul Gorman put a balaclava on after entering the takeaway he planned to rob.",
    "Gorman, 33, made frantic gestures but was ignored by staff until he brandished a knife.",
    "Gorman, from Hackney, got a one year suspended jail sentence at Southwark yesterday.",
]
OTHER_STORIES = [
    ["A council has approved plans for a new library in the town centre, with work due to start in spring.",
     "The mayor said the building would open in two years and cost the taxpayer less than expected."],
    ["Flood warnings were issued across the county after a week of heavy rain swelled rivers.",
     "Residents in low-lying streets were told to move valuables upstairs as a precaution."],
]


def test_a_retelling_in_other_words_meets_its_source_by_the_storys_rarer_words():
    from diffsrc.corpus.candidates import content_words

    texts = [WIRE, BRIEF, *OTHER_STORIES]
    shingles = [sentence_shingles(t) for t in texts]
    assert np.intersect1d(shingles[0], shingles[1]).size < 3  # too few shared runs for the fingerprints alone
    assert (0, 1) not in {(i, j) for i, j, _ in candidate_pairs(shingles, compare_all_below=0)}
    found = candidate_pairs(shingles, words=[content_words(t) for t in texts], compare_all_below=0)
    assert [(i, j) for i, j, _ in found] == [(0, 1)]
    # Words everybody writes are no evidence: the same texts with the brief's rarer words made common are no pair.
    crowd = [BRIEF] * 25
    words = [content_words(t) for t in [WIRE, *crowd, *OTHER_STORIES]]
    crowded = candidate_pairs([sentence_shingles(t) for t in [WIRE, *crowd, *OTHER_STORIES]], words=words)
    assert not any(i == 0 for i, _, _ in crowded)


def test_chinese_and_japanese_are_read_character_by_character():
    # One "word" per clause when split at spaces and punctuation: a changed figure or word would share nothing.
    source = sentence_shingles(["国务院总理李强5日主持召开国务院常务会议，"
                                "决定安排1200亿元资金，支持受旱灾影响地区的农业生产。"])
    rewrite = sentence_shingles(["国务院总理李强5日主持召开国务院常务会议，决定安排1500亿元资金支持旱灾地区农业生产。"])
    assert np.intersect1d(source, rewrite).size >= 10
    japanese = sentence_shingles(["政府は5日の閣議で、干ばつの被害を受けた農家を支援するため、"
                                  "総額1兆2000億円の経済対策を決定した。"])
    retold = sentence_shingles(["政府は5日、干ばつで打撃を受けた農家向けに総額1兆5000億円の経済対策を閣議決定した。"])
    assert np.intersect1d(japanese, retold).size >= 5


def test_a_chinese_rewrite_meets_its_source_by_its_rare_words_too():
    from diffsrc.corpus.candidates import content_words

    source = content_words(["国务院总理李强5日主持召开国务院常务会议，决定安排1200亿元资金。"])
    retold = content_words(["李强在国务院常务会议上宣布，将拨出1500亿元。"])
    assert np.intersect1d(source, retold).size >= 4


def test_a_small_corpus_has_every_pair_compared_and_a_large_one_only_its_candidates():
    # A folder of a story and its sources is where a user expects every pair checked; candidates are for scale.
    texts = [WIRE, BRIEF, *OTHER_STORIES]
    shingles = [sentence_shingles(t) for t in texts]
    assert [(i, j) for i, j, _ in candidate_pairs(shingles)] == [(i, j) for i in range(4) for j in range(i + 1, 4)]
    assert candidate_pairs(shingles, compare_all_below=3) == candidate_pairs(shingles, compare_all_below=0)


def test_a_documents_fingerprints_are_its_sentences_together_in_any_mix_of_scripts():
    # Fingerprints are read sentence by sentence (a process remembers a sentence it has read); a document's are
    # the union of its sentences', whatever else the document holds.
    english = "The council approved the new harbour bridge on Tuesday after a long debate."
    chinese = "市议会周二批准了新的港口大桥。"
    both = [english, chinese]
    assert set(sentence_shingles(both)) == set(sentence_shingles([english])) | set(sentence_shingles([chinese]))
    assert set(content_words(both)) == set(content_words([english])) | set(content_words([chinese]))
    assert len(sentence_shingles([english])) > 1 and len(content_words([chinese])) > 1
