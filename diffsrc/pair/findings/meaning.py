"""Reversed meaning in aligned sentences: an opposite word ("fell" for "rose", "acquitted" for "convicted") or a
negation put in or taken out ("was not guilty" for "was guilty"), in text that is otherwise the source's.

Read from each alignment's word diff (`diff.word_diff`): one edit of a few words, next to words both texts share,
whose two sides differ in polarity an odd number of times. An opposite word is one flip (`data/opposites.txt`, or a
negating prefix: "unable" for "able"), a negation word more on one side another ("denied" for "did not admit" is
two, and says the same). The edit's other content words must be the same on both sides, so a clause rewritten
around a negation ("no one was hurt" for "three people were injured") is not read: the facts steps and the word
diff show those. A fact-checker reads every hit, so the rules prefer missing a reversal to inventing one.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from ... import rx
from ...text.lexicon import opposite_words, stopwords
from ...text.segment import stem, surface_tokens
from .diff import join_words, word_diff, word_tokens
from .facts import (
    lone_sentences_in_one_place,
    merged_verdicts_changed,
    restates_amounts,
    verdicts_agree,
    verdicts_changed,
)
from .numerals import is_quantity_word

# Negation words in `surface_tokens` form (the apostrophe of "didn't" dropped).
NEGATORS = frozenset({
    "not", "no", "never", "nobody", "nothing", "none", "neither", "nor", "cannot", "nowhere",
    "dont", "doesnt", "didnt", "isnt", "arent", "wasnt", "werent", "hasnt", "havent", "hadnt", "wont", "wouldnt",
    "cant", "couldnt", "shouldnt", "mustnt", "neednt", "aint",
    # French, Italian, German, Dutch, Spanish and Portuguese ("n'a pas été placé", "non erano", "nicht", "kein",
    # "niet", "geen", "não"; Spanish "no" is English's)
    "pas", "jamais", "non", "nicht", "kein", "keine", "keinen", "keinem", "keiner", "keines", "nie", "niemals",
    "niet", "geen", "nooit", "não", "nunca",
})
# Words a negation takes the place of ("still friendly" -> "no longer friendly", "already paid" -> "not yet paid",
# "always" -> "never" is an opposite of its own).
_NEGATED_IN_PLACE = frozenset({"still", "already", "yet"})
# French elided negation before a vowel: "n'a", "n'est", "n'ont" (the apostrophe dropped); the word's own verb,
# with "pas" the negation ("a été placé" -> "n'a pas été placé").
_ELIDED_NE = frozenset({"na", "nai", "nest", "nont", "nétait", "navait", "navaient", "nétaient", "nen", "ny"})
# Words that say "not" without one, counted when two texts' negations are compared ("Denying he was aware" says
# "he was not aware"; "unless she had" says "if she did not have").
_IMPLIED_NEGATIONS = frozenset({"unless", "deny", "denies", "denied", "denying", "refuse", "refuses", "refused",
                                "refusing"})
# Verbs that say "did not" before "to" and a verb ("Mr Corran refused to concede" for "Mr Corran conceded", "failed
# to win", "declined to endorse"): one negation of the verb after them, with their "to" no content of the edit's
# own. Counted only with that "to" ("the bank failed" negates nothing), and not read as the opposite of a word the
# other side has ("accepted" -> "refused to accept" is the acceptance negated, once).
_NEGATING_VERBS = frozenset({"refuse", "refuses", "refused", "refusing", "fail", "fails", "failed", "failing",
                             "decline", "declines", "declined", "declining"})
# Of those, the ones that are as often a fall to a figure ("shares declined to 40p" for "fell to 40p"): a refusal
# only before a word the text shows ("declined to comment"; an edit that ends at "to" leaves "declined" a fall, and
# "declined to 40p" -> "rose to 40p" its opposite).
_FALLING_VERBS = frozenset({"decline", "declines", "declined", "declining"})
# "fell short of a majority" says "did not win a majority": one negation, its three words no content of the edit's
# own, and the verb of reaching on the other side ("won", "reached", "beat") the verb it negates (an election desk's
# re-test: "fell short of a majority" -> "won a majority" was no finding). "fell" alone stays a fall.
_FALLING_SHORT = frozenset({"fall", "falls", "fell", "fallen", "falling"})
_REACHING_VERBS = frozenset({"win", "wins", "won", "winning", "reach", "reaches", "reached", "secure", "secures",
                             "secured", "achieve", "achieves", "achieved", "clinch", "clinched", "hit", "hits",
                             "meet", "meets", "met", "beat", "beats", "top", "topped", "tops", "exceed", "exceeded",
                             "exceeds", "surpass", "surpassed", "make", "made", "get", "got", "gain", "gained",
                             "command", "commands", "commanded"})
# Verbs that make a deal: with a negation put in or taken out, one said for another is the same act, the negation
# the edit's turn ("held talks but reached no deal" -> "held talks and signed a deal": a labour desk's re-test found
# no finding, the verb changed beside the negation).
_AGREEING_VERBS = frozenset({"reach", "reaches", "reached", "sign", "signs", "signed", "strike", "strikes", "struck",
                             "agree", "agrees", "agreed", "seal", "seals", "sealed", "conclude", "concludes",
                             "concluded", "clinch", "clinched", "broker", "brokered"})
# Verbs that claim or own to a result ("declared victory", "claimed victory", "conceded defeat", "admitted defeat"):
# the result is what the sentence says, the verb its grammar, so "declared victory" -> "conceded defeat" is the
# result turned round once (two words differ, and the verbs are no opposites in `data/opposites.txt`). "Conceded"
# alone, across from a win, is "conceded defeat" ("Mr Corran conceded" -> "Mr Corran claimed victory"); elsewhere
# it concedes a point or a goal, and is left as it is.
_RESULT_VERBS = frozenset({"declare", "declares", "declared", "declaring", "claim", "claims", "claimed", "claiming",
                           "concede", "concedes", "conceded", "conceding", "admit", "admits", "admitted", "admitting",
                           "accept", "accepts", "accepted", "accepting"})
_RESULT_NOUNS = frozenset({"victory", "defeat", "win"})
_CONCEDING = frozenset({"concede", "concedes", "conceded", "conceding"})
_WINNING = frozenset({"victory", "win", "wins", "won", "winning"})
# A seat's result: a gain is taken from another party and a hold from none, so "a Labour gain from the
# Conservatives" -> "a Labour hold" drops the "from" phrase with the gain (an election desk's re-test: no finding).
_GAINING = frozenset({"gain", "gains", "gained", "gaining"})
_HOLDING = frozenset({"hold", "holds", "held", "holding", "retain", "retains", "retained", "retaining", "keep",
                      "keeps", "kept"})
# Verbs that take a seat from another party ("Labour took the seat from the Conservatives", "taking the seat from"):
# a gain where "from" names the loser and the other side holds ("Labour held the seat": an election desk's re-test,
# no finding, "took" and "held" being no listed opposites). Read as "gain" only there (`_as_gains`).
_TAKING = frozenset({"take", "takes", "took", "taken", "taking", "capture", "captures", "captured", "capturing",
                     "seize", "seizes", "seized", "seizing", "snatch", "snatches", "snatched", "snatching", "win",
                     "wins", "won", "winning"})
# What is taken from a party or held: the seat the words between the verb and "from" must name
# (`_seat_taken_as_one_edit`).
_SEATS = frozenset({"seat", "seats", "ward", "wards", "constituency", "division"})
_SEAT_VERBS = _TAKING | _HOLDING
# Words a negation brings with it or takes the place of: auxiliaries ("admitted" -> "did not admit"), articles
# ("was a stranger" -> "was no stranger") and "longer" of "no longer": not content of their own.
_AUXILIARIES = frozenset({"do", "does", "did", "have", "has", "had", "be", "is", "are", "was", "were", "been", "being",
                          "will", "would", "shall", "should", "can", "could", "may", "might", "must", "a", "an", "the",
                          "longer"})
# The auxiliaries of tense alone, no modal among them ("may", "could" hedge): an edit of only these changes when,
# not what (`_separate_edit`).
_TENSE_WORDS = frozenset({"is", "are", "was", "were", "has", "have", "had", "been", "be", "being"})
# The words a headline or a push alert leaves out of a copied sentence: its articles and its tense's auxiliaries.
_HEADLINE_DROPPED = _TENSE_WORDS | {"a", "an", "the"}
# A prefix the hyphen cuts off its word ("re-elected" is "re" and "elected"): no content of its own in an edit, so
# "was re-elected" -> "was defeated" is "elected" for its opposite.
_SPLIT_PREFIXES = frozenset({"re"})
# A negation word that starts one of these says something else: "not only ... but", "no doubt", "No 10".
_NOT_A_NEGATION = frozenset({("not", "only"), ("not", "just"), ("no", "doubt"), ("nothing", "but"),
                             ("no", "matter"), ("non", "seulement"), ("non", "solo"), ("non", "soltanto"),
                             ("nicht", "nur"), ("niet", "alleen"), ("niet", "enkel"), ("não", "só"),
                             ("non", "plus")})
# Irregular past forms, read as their verb where a negation's auxiliary takes the tense ("did not find" ->
# "found", "had not given" -> "gave"): the stemmer leaves "found" and "find" two words.
_IRREGULAR_PAST = {
    "found": "find", "gave": "give", "given": "give", "took": "take", "taken": "take", "made": "make", "knew": "know",
    "known": "know", "saw": "see", "seen": "see", "told": "tell", "got": "get", "gotten": "get", "went": "go",
    "gone": "go", "came": "come", "thought": "think", "paid": "pay", "held": "hold", "kept": "keep", "left": "leave",
    "met": "meet", "brought": "bring", "bought": "buy", "sold": "sell", "ran": "run", "spoke": "speak",
    "spoken": "speak", "wrote": "write", "written": "write", "felt": "feel", "heard": "hear", "meant": "mean",
    "sent": "send", "spent": "spend", "built": "build", "understood": "understand", "stood": "stand",
    "chose": "choose", "chosen": "choose", "drove": "drive", "driven": "drive", "ate": "eat", "eaten": "eat",
    "drank": "drink", "drunk": "drink", "slept": "sleep", "taught": "teach", "caught": "catch", "fought": "fight",
}
# Prepositions an opposite takes as its own ("in custody", "on bail"): one put for the other beside a listed
# opposite is that opposite's.
_PLACING = frozenset({"in", "on", "at", "into", "onto"})
# Prepositions a result takes its opponent with ("a 2-1 victory over Leeds", "a 2-1 defeat by Leeds", "a loss to",
# "a win against"): one put for another beside a listed opposite is that opposite's (a sports desk's re-test:
# "victory over" -> "defeat by" was no finding, two words changed).
_RESULT_OVER = frozenset({"over", "against", "by", "to"})
# Conjunctions joining a clause to the one before it: one put for another beside a negation is its grammar
# (`_separate_edit`). Not "yet", which a negation takes the place of (`_NEGATED_IN_PLACE`).
_CONJUNCTIONS = frozenset({"and", "but", "or", "while", "whereas", "although", "though"})
# Words that bound or round the figure right after them ("up to 40%", "at least 27", "as many as 300").
_FIGURE_QUALIFIERS = frozenset({"up", "to", "about", "around", "some", "nearly", "almost", "roughly", "approximately",
                                "at", "least", "most", "more", "than", "as", "many", "much", "over", "under", "just"})
# Prefixes that make a word's opposite ("unable", "illegal", "dishonest", "non-violent" closed up as "nonviolent").
_NEGATING_PREFIXES = ("un", "in", "im", "il", "ir", "dis", "non")
# Words that take one of those prefixes without turning into their opposite ("disable" is no opposite of "able";
# "unable" is, by data/opposites.txt).
_NOT_OPPOSITES = frozenset({
    "cover", "close", "form", "press", "prove", "port", "pose", "charge", "count", "play", "miss", "tend", "vest",
    "side", "deed", "solve", "tribute", "patch", "card", "course", "sent", "till", "plant", "part", "pact", "come",
    "cite", "put", "fuse", "still", "volve", "dent", "sure", "mate", "pair", "peach", "pound", "sect", "spect",
    "quest", "tent", "ward", "mission", "posit", "pute", "rupt", "turn", "verse", "vent", "spire", "habit", "fringe",
    "flame", "flate", "ability", "bar", "arm", "able",
})
# An edit longer than this on either side is a rewrite, not a swapped or negated word.
MAX_EDIT_WORDS = 6
# Shared words around the edit: it sits in copied text, with more than this many on its two sides together, or this
# many on its one side at a sentence's end ("... turned upside down." -> "... upside up.").
MIN_CONTEXT_WORDS = 3
# An edit beside the one read that the shared words around it are counted past: this many words a side at most.
MAX_SIDE_EDIT_WORDS = 2
# Share of the target sentence's content words in the shared runs from the one source sentence the edit is in: the
# two are one text with an edit, not two reports of one thing or a merge (`_TargetSentence.one_text_with`).
MIN_SHARED_SHARE = 0.5
# Share of a target sentence's content words copied from the source sentences it merges, for one of them to be read
# as one text with its part of the sentence (`_TargetSentence._one_part_of_a_merged_copy`): a copy, not a rewrite.
MIN_MERGED_COPY_SHARE = 0.7
# Words of the source's own text next to the edit, shown with it ("was not guilty" for "was guilty"); without the
# quotation marks a word there may carry («No vamos» showed as '"No vamos').
CONTEXT_WORDS = 1
_QUOTE_MARKS = "\"'“”„«»‘’‚‹›`"
# Tokens that write an amount's unit rather than what happened to it: currency signs, "%", a multiplier's letter
# ("m" of "€9.4m" as `surface_tokens` reads it).
_AMOUNT_WORD = rx.compile(r"[$£€¥₹%]|[mkbp]")


@lru_cache(maxsize=1)
def _opposites() -> dict[str, frozenset[str]]:
    """Each stem's opposite stems (`data/opposites.txt`, both ways)."""
    out: dict[str, set[str]] = {}
    for left_words, right_words in opposite_words():
        # In the form the texts' words are read in ("defence" is "defense" there).
        left, right = ({stem(t) for w in words for t in surface_tokens(w)} for words in (left_words, right_words))
        for a in left:
            out.setdefault(a, set()).update(right)
        for b in right:
            out.setdefault(b, set()).update(left)
    return {k: frozenset(v - {k}) for k, v in out.items()}


def _prefix_opposites(a: str, b: str) -> bool:
    """"unable"/"able", "illegal"/"legal": one word is the other with a negating prefix."""
    short, long_ = sorted((a, b), key=len)
    if len(short) < 4:
        return False
    prefix = long_[:len(long_) - len(short)]
    return long_.endswith(short) and prefix in _NEGATING_PREFIXES and short not in _NOT_OPPOSITES


def are_opposites(a: str, b: str, *, prefixed: bool = True) -> bool:
    """Whether two words (`surface_tokens` form) mean opposite things: listed as opposites, or (with `prefixed`)
    one the other with a negating prefix."""
    if a == b or not a.isalpha() or not b.isalpha():
        return False
    return stem(b) in _opposites().get(stem(a), ()) or (prefixed and _prefix_opposites(a, b))


def _negations(tokens: Sequence[str], following: str | None, *, implied: bool = False) -> int:
    """The negation words among `tokens` (`following`: the word after them); with `implied`, the words that say
    "not" without one too."""
    count = 0
    for i, tok in enumerate(tokens):
        nxt = tokens[i + 1] if i + 1 < len(tokens) else following
        if tok in NEGATORS and (tok, nxt) not in _NOT_A_NEGATION and not (tok == "no" and (nxt or "")[:1].isdigit()):
            count += 1
        elif _negating_verb(tokens, i, nxt) or (tok in _FALLING_SHORT and _falling_short(tokens, i, following)):
            count += 1
        elif implied and tok in _IMPLIED_NEGATIONS:
            count += 1
    return count


def _before_the_end(tokens: list[str], following: str | None) -> tuple[list[str], str | None]:
    """An edit's words and the word after them, less a negation that is the text's very last word (`following`
    None): emphasis, which negates nothing."""
    if following is None and tokens and tokens[-1] in NEGATORS:
        return tokens[:-1], None
    return tokens, following


def _flips(source: list[str], target: list[str], written: tuple[str, str], following: tuple[str | None, str | None],
           sentence_negations: tuple[int, int] | None) -> tuple[int, str] | None:
    """How many times an edit turns the meaning round, and how ("opposite" or "negation"); None when the edit
    changes more than polarity (its other words differ, auxiliaries aside).

    `following`: the first word after the edit on each side ((None, None) at the text's end). `written`: the
    edit's two sides as written (a word with a capital is a name, no prefixed opposite: "Incumbria" for "in
    Cumbria"). `sentence_negations`: the two whole sentences' negations, implied ones too (None: not known, as if
    they differed): a negation counts only where their numbers differ (a negation moved, "not offering further" ->
    "offering no further", or said another way, "Denying he was aware" -> "he was not aware", turns nothing
    round)."""
    opposite = 0
    # A negating verb and its "to" ("refused to") are a negation, counted as one below: neither is matched as an
    # opposite nor left as content ("conceded" -> "refused to concede" is "concede" and a negation).
    negating = [_negating_verb_words(source, following[0]), _negating_verb_words(target, following[1])]
    # "fell short of" likewise: a negation, counted below, none of its words content.
    shortfall = [_falling_short_words(source, following[0]), _falling_short_words(target, following[1])]
    left = _as_results([w for k, w in enumerate(source) if k not in negating[0] and k not in shortfall[0]], target)
    right = _as_results([w for k, w in enumerate(target) if k not in negating[1] and k not in shortfall[1]], source)
    left, right = _as_gains(left, right), _as_gains(right, left)
    left, right = _as_no_change(left, right)
    right, left = _as_no_change(right, left)
    lowercase = written[0] == written[0].lower() and written[1] == written[1].lower()
    paired: list[tuple[str, str]] = []
    for a in list(left):
        b = next((b for b in right if are_opposites(a, b, prefixed=lowercase)), None)
        if b is not None:
            opposite += 1
            paired.append((a, b))
            left.remove(a)
            right.remove(b)
    for a, b in paired:
        # A gain names the party it was taken from, a hold none ("gain from the Conservatives" -> "hold").
        if a in _GAINING and b in _HOLDING and "from" in left:
            left = left[:left.index("from")]
        elif b in _GAINING and a in _HOLDING and "from" in right:
            right = right[:right.index("from")]
    # An opposite that says "not" itself ("denied" for "admitted") is that opposite, not a negation of the sentence.
    s_neg, t_neg = sentence_negations or (1, 0)  # not known yet: as if they differed (the most the edit can do)
    s_neg -= sum(a in _IMPLIED_NEGATIONS for a, _ in paired)
    t_neg -= sum(b in _IMPLIED_NEGATIONS for _, b in paired)
    # A negation negates what follows it: one put at a sentence's very end is emphasis ("never prepared in the
    # house, never."), and `following` is None there. One inside an edit that ends the sentence still negates the
    # edit's next word ("is innocent." -> "is not guilty.": that opposite and that negation say the same thing).
    negation = (abs(_negations(*_before_the_end(source, following[0]))
                    - _negations(*_before_the_end(target, following[1])))
                if s_neg != t_neg else 0)
    # "none of them was" -> "one of them was": the negation's own word stays behind; "was still friendly" -> "was no
    # longer friendly": a negation stands in the place of "still" (a function word, which the rest is not read for).
    behind = {"one"} if ("none" in source and "one" in target) or ("one" in source and "none" in target) else set()
    if negation:
        behind |= _NEGATED_IN_PLACE
        if any(shortfall):
            behind |= _REACHING_VERBS  # "fell short of" -> "won": "won" is the verb the shortfall negates

    # One conjunction for another ("but does not prevent" -> "and prevents"): the contrast a negation takes with it
    # (`_separate_edit` reads it so beside the edit; here the diff joined it to the edit).
    if negation and any(t in _CONJUNCTIONS for t in left) and any(t in _CONJUNCTIONS for t in right):
        behind |= _CONJUNCTIONS
    if negation and any(t in _AGREEING_VERBS for t in left) and any(t in _AGREEING_VERBS for t in right):
        behind |= _AGREEING_VERBS

    # A figure changed one for one beside the word turned round ("2024, beating" -> "2023, missing") is the facts
    # step's finding, and the opposite still an opposite; a figure put in or taken out is a rewrite ("three people
    # were hurt" -> "no one was hurt").
    figures = [sum(any(c.isdigit() for c in t) for t in side) for side in (left, right)]
    changed_figures = figures[0] == figures[1]

    def rest(tokens: list[str]) -> list[str]:
        # An amount's currency and multiplier words are how a house writes it ("$56.5 billion, above" -> "$56.5bn,
        # below" turns only "above" round).
        return sorted(stem(_IRREGULAR_PAST.get(t, t)) for t in tokens
                      if t not in NEGATORS and t not in _AUXILIARIES and t not in behind and t not in _ELIDED_NE
                      and t not in _SPLIT_PREFIXES and not _AMOUNT_WORD.fullmatch(t) and not is_quantity_word(t)
                      and not (changed_figures and any(c.isdigit() for c in t)))

    kept, put = rest(left), rest(right)
    if kept != put:
        # One word more on one side: an opposite with a word beside it is still that opposite ("cleared" ->
        # "convicted shortly"), and a negation may stand in place of a word ("soon learned" -> "never learned"),
        # but not come with one ("admitted" -> "did not fully admit" says something else).
        # A listed opposite may bring a function word with it ("ahead of" -> "behind", "won" -> "lost to"); a
        # prefix's may not ("in match-fixing" -> "inmatch-fixing" is a lost space). A negating verb's "to" and the
        # verb after it are the whole edit ("conceded" -> "refused to concede"): with a word in place of another
        # ("for falling to" -> "for failing to": a misprint) it says something else.
        # ... or its own preposition in place of the other's ("in custody" -> "on bail", a legal desk's trial).
        listed = any(stem(b) in _opposites().get(stem(a), ()) for a, b in paired)
        # A result's opposite with the opponent's preposition put in, taken out or changed, and the rest of the
        # edit the same words in another order (`_result_reordered_as_one_edit`: "beat Leeds 2-1" -> "lost 2-1 to
        # Leeds"): the capitals there are the opponent's name, on both sides, no prefix read into a name.
        reordered = listed and not any(negating) and not any(shortfall) and _prepositions_apart(kept, put)
        if not reordered and (any(negating) or any(shortfall) or not (lowercase and (
                _one_word_more(kept, put)
                or (listed and _one_word_more(kept, put, function=True))
                or (listed and len(kept) == len(put) == 1 and kept[0] in _PLACING and put[0] in _PLACING)
                or (listed and len(kept) == len(put) == 1 and kept[0] in _RESULT_OVER and put[0] in _RESULT_OVER)))):
            return None
        negated_target = _negations(target, following[1]) > _negations(source, following[0])
        if not opposite and negation and negated_target != (len(kept) > len(put)):
            return None
    flips = opposite + negation
    return (flips, "opposite" if opposite else "negation") if flips else None


def _prepositions_apart(a: list[str], b: list[str]) -> bool:
    """Whether two sorted word lists differ only by a result's opponent preposition (`_RESULT_OVER`) put in, taken
    out or put for another, one a side at most."""
    extra_a, extra_b = list(a), []
    for word in b:
        if word in extra_a:
            extra_a.remove(word)
        else:
            extra_b.append(word)
    return (0 < len(extra_a) + len(extra_b) and len(extra_a) <= 1 and len(extra_b) <= 1
            and all(w in _RESULT_OVER for w in extra_a + extra_b))


def _negating_verb_words(tokens: Sequence[str], following: str | None) -> set[int]:
    """Positions of each negating verb ("refused", "failed", "declined") and its "to" among an edit's tokens."""
    out: set[int] = set()
    for k in range(len(tokens)):
        if _negating_verb(tokens, k, tokens[k + 1] if k + 1 < len(tokens) else following):
            out.update((k, k + 1) if k + 1 < len(tokens) else (k,))
    return out


def _falling_short(tokens: Sequence[str], k: int, following: str | None) -> bool:
    """Whether `tokens[k]` starts "fell short of" (`following`: the word after the tokens)."""
    if tokens[k] not in _FALLING_SHORT:
        return False
    return [*tokens[k + 1:k + 3], following][:2] == ["short", "of"]


def _falling_short_words(tokens: Sequence[str], following: str | None) -> set[int]:
    """Positions of the words of each "fell short of" among an edit's tokens."""
    out: set[int] = set()
    for k in range(len(tokens)):
        if _falling_short(tokens, k, following):
            out.update(p for p in (k, k + 1, k + 2) if p < len(tokens))
    return out


def _as_results(side: list[str], other: Sequence[str]) -> list[str]:
    """An edit's words with a verb that claims or owns to a result dropped before it ("declared victory" is
    "victory"), and a lone "conceded" read as "defeat" where the other side has a win (`_RESULT_VERBS`)."""
    if _RESULT_VERBS.isdisjoint(side):
        return side
    won = not _WINNING.isdisjoint(other)
    out = []
    for k, word in enumerate(side):
        if word in _RESULT_VERBS:
            nxt = k + 2 if k + 2 < len(side) and side[k + 1] in ("a", "an") else k + 1
            if nxt < len(side) and side[nxt] in _RESULT_NOUNS:
                continue
            if won and word in _CONCEDING:
                word = "defeat"
        out.append(word)
    return out


def _as_gains(side: list[str], other: Sequence[str]) -> list[str]:
    """An edit's words with a verb of taking read as "gain" where "from" follows it and the other side holds
    ("took the seat from the Conservatives" against "held the seat": `_TAKING`)."""
    if "from" not in side or _HOLDING.isdisjoint(other) or _TAKING.isdisjoint(side[:side.index("from")]):
        return side
    at = side.index("from")
    return ["gain" if k < at and w in _TAKING else w for k, w in enumerate(side)]


# How statistics copy says a figure did not move, with the words that carry it ("was unchanged at 62.6 percent",
# "held steady at", "remained flat", "was little changed at"): one word, "unchanged", across from a figure that moved
# ("fell to 62.6 percent", `data/opposites.txt`). A statistics desk's re-test: several words changed there, and no
# finding.
_NO_CHANGE = frozenset({"unchanged", "flat", "steady", "stable"})
_NO_CHANGE_VERBS = frozenset({"held", "holds", "hold", "remained", "remains", "remain", "stayed", "stays", "stay",
                              "was", "were", "is", "are", "been", "has", "have", "had",
                              # ... and the words that soften it ("broadly unchanged", "virtually flat")
                              "broadly", "largely", "virtually", "essentially", "basically", "nearly", "almost",
                              "roughly", "more", "or", "less"})
# The preposition of a figure's level ("unchanged at 62.6") and of a move's ("fell to 62.6", "rose by 0.1 point").
_LEVEL_WORDS = frozenset({"at", "to", "by"})


def _as_no_change(side: list[str], other: list[str]) -> tuple[list[str], list[str]]:
    """An edit's two sides with a figure's standing still on `side` read as one word, "unchanged" ("was little
    changed at" is "unchanged", no opposite of "was unchanged at" by its prefix), and, where `other` moves
    (`_NO_CHANGE`), the words that carry either taken out ("rose to" is "rose"); else both as given."""
    if "changed" in side and (at := side.index("changed")) and side[at - 1] in ("little", "barely", "largely"):
        side = [*side[:at - 1], "unchanged", *side[at + 1:]]
    if _NO_CHANGE.isdisjoint(side) or not _NO_CHANGE.isdisjoint(other) or "changed" in other or not any(
            stem(w) in _opposites().get(stem("unchanged"), ()) for w in other):
        return side, other
    # The verb that carries the standstill and the level's preposition belong to it, as the move's "to" or "by"
    # belongs to the move: none of them is content of its own.
    return ([w for w in side if w not in _NO_CHANGE_VERBS and w not in _LEVEL_WORDS],
            [w for w in other if w not in _LEVEL_WORDS])


def _seat_taken_as_one_edit(script: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A word diff with a seat taken turned into one held read as one edit: "took" -> "held", "the seat" shared,
    "from the Conservatives" taken out are three runs, whose first alone is no opposite, and whose context
    (one word before it at a sentence's start) too short to read; joined, "took the seat from the Conservatives" ->
    "held the seat" is a gain made a hold (`_as_gains`). The same script otherwise."""
    for n in range(len(script) - 2):
        edit = script[n]
        # (the cheap tests first: asked of every edit of every aligned group, and all but never true)
        if edit["op"] != "replace" or edit["source"].lower() not in _SEAT_VERBS:
            continue
        shared, dropped = script[n + 1], script[n + 2]
        if " " in edit["target"] or shared["op"] != "equal" or shared["source"].count(" ") > 3:
            continue
        ours, theirs = _words(edit["source"]), _words(edit["target"])
        if len(ours) != 1 or len(theirs) != 1 or _SEATS.isdisjoint(_words(shared["source"])):
            continue
        if ours[0] in _TAKING and theirs[0] in _HOLDING:
            taker, holder = "source", "target"
        elif theirs[0] in _TAKING and ours[0] in _HOLDING:
            taker, holder = "target", "source"
        else:
            continue
        if dropped[holder] or _words(dropped[taker])[:1] != ("from",):
            continue
        joined = {key: " ".join(run[key] for run in (edit, shared, dropped) if run[key])
                  for key in ("source", "target")}
        return [*script[:n], {"op": "replace", **joined}, *script[n + 3:]]
    return script


# A match's result by its winner's or its loser's verb (`data/opposites.txt`): the cheap test of an edit's first word
# before `_result_reordered_as_one_edit` reads its runs.
_RESULT_OPPOSITES = frozenset({"beat", "beats", "beating", "lose", "loses", "lost", "losing", "win", "wins", "won",
                               "winning", "defeat", "defeats", "defeated"})
# Runs past the verb's edit that a reordered result may span, and the most words of a shared run among them (a
# result's figure or opponent: "Leeds", "2-1"; a longer shared run is the copied text after the edit).
_RESULT_RUNS = 4
_RESULT_SHARED_WORDS = 2


def _result_reordered_as_one_edit(script: list[dict[str, Any]], maybe: Sequence[int]) -> list[dict[str, Any]] | None:
    """A word diff with a match's result turned round and its words reordered read as one edit: "Arsenal beat Leeds
    2-1 at" -> "Arsenal lost 2-1 to Leeds at" is "beat" -> "lost 2-1 to", "Leeds" shared, "2-1" taken out: the
    opposite's edit has one shared word after it and no copied text, so it was not read (a fact-checker's re-test of
    a sports desk's fault: "lost to Leeds 2-1" was found, "lost 2-1 to Leeds" not). The runs from the verb's edit
    to the next copied text are joined where their words are the same on both sides but the two verbs and the
    opponent's preposition ("to", "by", "over", "against"): the score and the opponent moved, the result turned. The
    team before the verb must be shared (a run of the texts' own before the edit): "Leeds lost 2-1 to Arsenal" for
    "Arsenal beat Leeds 2-1" says the same, and starts with an edit. Only the edits `maybe` are tried (`_maybe_edits`:
    a result's verb is a listed opposite, so most groups have none to try). None where there is no such result."""
    for n in maybe:
        edit = script[n]
        if not 0 < n < len(script) - 1 or edit["op"] != "replace" or edit["source"].split(" ", 1)[0].lower() \
                not in _RESULT_OPPOSITES:
            continue
        if script[n - 1]["op"] != "equal":
            continue
        ours, theirs = surface_tokens(edit["source"]), surface_tokens(edit["target"])
        if not ours or not theirs or not are_opposites(ours[0], theirs[0], prefixed=False):
            continue
        end = n + 1  # the first run past the joined ones
        while end < len(script) and end <= n + _RESULT_RUNS and not (
                script[end]["op"] == "equal" and _word_count(script[end]["source"]) > _RESULT_SHARED_WORDS):
            end += 1
        if end == n + 1 or end - n > _RESULT_RUNS or script[end - 1]["op"] == "equal":
            continue  # the edit alone (read as it is), or no shared text to end the stretch
        joined = {key: " ".join(run[key] for run in script[n:end] if run[key]) for key in ("source", "target")}
        left, right = surface_tokens(joined["source"])[1:], surface_tokens(joined["target"])[1:]
        if not left or sorted(w for w in left if w not in _RESULT_OVER) != sorted(
                w for w in right if w not in _RESULT_OVER):
            continue
        return [*script[:n], {"op": "replace", **joined}, *script[end:]]
    return None


def _negating_verb(tokens: Sequence[str], k: int, nxt: str | None) -> bool:
    """Whether `tokens[k]` (`nxt` the word after it) is a negating verb before its "to" (`_NEGATING_VERBS`)."""
    if tokens[k] not in _NEGATING_VERBS or nxt != "to":
        return False
    after = tokens[k + 2] if k + 2 < len(tokens) and tokens[k + 1] == "to" else None
    return tokens[k] not in _FALLING_VERBS or (after is not None and after.isalpha())


def _one_word_more(a: list[str], b: list[str], *, function: bool = False) -> bool:
    """Whether one sorted word list is the other with one content word (not a number) more ("in match-fixing" ->
    "inmatch-fixing" is a slip of the keyboard, not "match" turned round); with `function`, one function word
    ("of") more instead."""
    short, long_ = sorted((a, b), key=len)
    if len(long_) != len(short) + 1:
        return False
    extra = list(long_)
    for word in short:
        if word not in extra:
            return False
        extra.remove(word)
    return extra[0].isalpha() and (extra[0] in stopwords()) == function


@dataclass
class _Run:
    """One run of an edit script, with where its words stand in the group's joined texts."""

    op: str
    source: list[str]  # the run's words as the source writes them
    target: list[str]
    s_start: int
    t_start: int


def _runs(script: list[dict[str, Any]]) -> list[_Run]:
    runs, s_pos, t_pos = [], 0, 0
    for edit in script:
        run = _Run(edit["op"], word_tokens(edit["source"]), word_tokens(edit["target"]), s_pos, t_pos)
        runs.append(run)
        s_pos += len(run.source)
        t_pos += len(run.target)
    return runs


def _in_copied_text(script: list[dict[str, Any]], n: int) -> bool:
    """Whether the edit `script[n]` sits in copied text, not at a rewrite's loose ends or on one-word anchors
    ("would" ... "be", "to" before a dropped clause) where the words of other text happen to fall in order.

    The shared words either side are counted past one small edit of another kind beside it ("today pleaded guilty"
    -> "yesterday pleaded not guilty", "won the battle" -> "lost the legal battle"): a copy edited in two places
    is still a copy."""
    before, at_start = _context(script, n, -1)
    after, at_end = _context(script, n, +1)
    return _enough_context(before, after, at_start, at_end)


def _enough_context(before: int | None, after: int | None, at_start: bool, at_end: bool) -> bool:
    """The shared words either side of an edit (None: the edit starts or ends the text) are enough to call it an
    edit of copied text: two on each side, or one that starts or ends the text ("The prosecution was" -> "The
    defence was"), four in all; three on its one side when it starts or ends the text."""
    if before is None or after is None:
        side = before or after
        return side is not None and side >= MIN_CONTEXT_WORDS
    return (before >= 2 or at_start) and (after >= 2 or at_end) and before + after >= MIN_CONTEXT_WORDS + 1


def _edits_to_read(script: list[dict[str, Any]], *,
                   may: Callable[[Sequence[str], Sequence[str]], bool] | None = None,
                   max_words: int = MAX_EDIT_WORDS) -> list[int]:
    """The edits of an alignment's script that may turn its sentence round and sit in copied text, in order: the
    cheap tests first, as most edits of a rewrite are neither. An edit whose own neighbours are too short is read
    past a small edit beside it (`_in_copied_text`) only where most of the target's words are shared with the
    source (a copy with edits; a rewrite's scattered one-word anchors the sentence test refuses anyway).

    `may`: what an edit's two sides' words (`_words` form) must hold to be read, `_may_turn` unless given (the
    overstatement step reads the same edits of copied text for a hedge taken out: `overstatement`). `max_words`:
    the most words an edit's side may have (`MAX_EDIT_WORDS` unless given)."""
    # The words first: most groups have no edit that can hold what is looked for, and nothing more is counted.
    maybe = _maybe_edits(script, may=may, max_words=max_words)
    return _in_copied_text_of(script, maybe) if maybe else []


def _maybe_edits(script: list[dict[str, Any]], *, may: Callable[[Sequence[str], Sequence[str]], bool] | None = None,
                 max_words: int = MAX_EDIT_WORDS) -> list[int]:
    """The edits of a script short enough and holding words that `may` (`_may_turn` unless given) finds can hold
    what is looked for: `_edits_to_read`'s cheap first test."""
    may = may or _may_turn
    # (Each side shorter than max_words words, counted by the spaces `join_words` puts between them: written out,
    # as this is asked of every edit of every aligned group, by two steps.)
    return [n for n, e in enumerate(script) if e["op"] != "equal" and e["source"].count(" ") < max_words
            and e["target"].count(" ") < max_words and may(_words(e["source"]), _words(e["target"]))]


def _in_copied_text_of(script: list[dict[str, Any]], maybe: list[int]) -> list[int]:
    """Of the edits `maybe` (`_maybe_edits`), those in copied text (`_edits_to_read`)."""
    counts = [_word_count(e["target"]) for e in script]
    last = len(script) - 1
    near: list[int] = []
    far: list[int] = []
    for n in maybe:
        before, after = counts[n - 1] if n else None, counts[n + 1] if n < last else None
        (near if _enough_context(before, after, n == 1, n + 1 == last) else far).append(n)
    if far and sum(c for c, e in zip(counts, script, strict=True) if e["op"] == "equal") < MIN_SHARED_SHARE * sum(
            counts):
        far = []
    return sorted([*near, *(n for n in far if _in_copied_text(script, n))])


def _context(script: list[dict[str, Any]], n: int, step: int) -> tuple[int | None, bool]:
    """The shared words on one side of the edit `script[n]` (None: it is the text's first or last run), past at
    most one small edit (`MAX_SIDE_EDIT_WORDS` words a side, nothing in it that can turn a sentence), and whether
    they reach the text's start or end."""
    k = n + step
    if not 0 <= k < len(script):
        return None, True
    words = _word_count(script[k]["target"])
    beyond = k + step  # the edit past the shared run, then the shared run past it
    if 0 <= beyond + step < len(script) and _separate_edit(script, beyond):
        return words + _word_count(script[beyond + step]["target"]), beyond + 2 * step in (-1, len(script))
    if beyond + step in (-1, len(script)) and _headline_drop(script[beyond]):
        # Only an article or an auxiliary left out past the shared run ("The drug may slow" -> "Drug slows"): the
        # target's text starts (or ends) there.
        return words, True
    return words, beyond in (-1, len(script))


def _headline_drop(edit: dict[str, Any]) -> bool:
    """Whether an edit only leaves out words a headline drops (`_HEADLINE_DROPPED`, at most `MAX_SIDE_EDIT_WORDS`)."""
    return not edit["target"] and 0 < _word_count(edit["source"]) <= MAX_SIDE_EDIT_WORDS and all(
        w.lower() in _HEADLINE_DROPPED for w in _words(edit["source"]))


def _separate_edit(script: list[dict[str, Any]], k: int) -> bool:
    """Whether `script[k]` is a small edit of its own: a content word or a figure changed or put in ("today" ->
    "yesterday", "legal", "5%" -> "7%"), that turns nothing round itself. Function words only ("to be" of "yet to
    be fixed" -> "not yet fixed") are another edit's grammar, and words taken out may be what the other edit turns
    ("had been negligent and unreasonable" -> "had not been unreasonable"): neither is an edit of its own."""
    edit = script[k]
    if edit["source"] and edit["target"] and restates_amounts(edit["source"], edit["target"]):
        return True  # "59.6 billion euros," -> "€59.6bn,": a house style's figures, however many words they take
    if not edit["target"] and k + 1 < len(script) and script[k + 1]["source"][:1].isdigit() and all(
            w in _FIGURE_QUALIFIERS for w in _words(edit["source"].lower())):
        # A figure's qualifier taken out ("by up to 40% in mice" -> "by 40%"): it bounds the figure after it and
        # turns no other edit round, so the "in mice" dropped beside it is still read in copied text (a science
        # desk's re-test: the species qualifier went unseen when "up to" went with it).
        return True
    if _headline_drop(edit):
        # Headlinese drops an article or an auxiliary ("Trump was found guilty" -> "Trump found not guilty",
        # "The minister has resigned" -> "Minister resigns"): those words turn nothing, and the copied words past
        # them still frame the other edit (a verification desk's re-test: a push alert's "found not guilty" went
        # unseen, "found" alone before it too little context).
        return True
    if (not edit["target"] or _word_count(edit["source"]) > MAX_SIDE_EDIT_WORDS
            or _word_count(edit["target"]) > MAX_SIDE_EDIT_WORDS):
        return False
    ours, theirs = _words(edit["source"]), _words(edit["target"])
    if not ours and not theirs:  # a figure changed ("rise by 5%" -> "fall by 7%") is an edit of its own
        return any(c.isdigit() for c in edit["source"]) and any(c.isdigit() for c in edit["target"])
    if len(ours) == len(theirs) == 1 and ours[0].lower() != theirs[0].lower() and {
            ours[0].lower(), theirs[0].lower()} <= _CONJUNCTIONS:
        # One conjunction for another ("..., but was not recommended" -> "..., and was recommended"): a negation
        # taken out takes its contrast with it, so the copy changes the word before it too, and the clause around
        # both is still the source's.
        return True
    if ours and theirs and all(w.lower() in _TENSE_WORDS for w in ours + theirs):
        # A tense changed alone, a broadcast script's present perfect ("was arrested" -> "has been arrested", "were
        # injured" -> "have been injured"): copied text either side all the same (a radio desk's re-test: "was
        # arrested on suspicion of" -> "has been arrested for" was no overstatement, its one shared word "arrested"
        # too little context).
        return True
    stop = stopwords()
    if all(w in stop for w in ours + theirs):
        return False
    if not _may_turn(ours, theirs):
        return True  # no word in it that can turn anything round (most such edits: read no further)
    source, target = surface_tokens(edit["source"]), surface_tokens(edit["target"])
    return not _flips(source, target, (edit["source"], edit["target"]), _following(script, k), None)


def _following(script: list[dict[str, Any]], k: int) -> tuple[str | None, str | None]:
    """The first word after the edit `script[k]` on each side ((None, None) at the text's end)."""
    after = script[k + 1] if k + 1 < len(script) else None
    return ((surface_tokens(after["source"]) or [None])[0],
            (surface_tokens(after["target"]) or [None])[0]) if after else (None, None)


def _sentence_of(position: int, starts: list[int], indices: Sequence[int]) -> int:
    """The sentence (report index) holding the word at `position` of a group's joined text."""
    k = 0
    while k + 1 < len(starts) and starts[k + 1] <= position:
        k += 1
    return indices[k]


def _starts(indices: Sequence[int], texts: Sequence[str]) -> list[int]:
    starts, n = [], 0
    for i in indices:
        starts.append(n)
        n += len(word_tokens(texts[i]))
    return starts


@dataclass
class _TargetSentence:
    """What one target sentence of a group shares with the source: its content words, those in shared runs by the
    source sentence they come from, and the stretch of source words those runs cover."""

    content: int = 0
    shared: dict[int, int] = field(default_factory=dict)  # source sentence -> content words shared with it
    source_words: list[str] = field(default_factory=list)
    target_words: list[str] = field(default_factory=list)
    # Where the content words stand among `target_words`, all of them and those shared with each source sentence.
    content_at: list[int] = field(default_factory=list)
    shared_at: dict[int, list[int]] = field(default_factory=dict)

    def one_text_with(self, source: int) -> bool:
        """Whether the sentence shares MIN_SHARED_SHARE of its content words with this one source sentence: the
        two are one text with an edit, not a merge whose words fall in order across several sentences
        ("... told the court" from one, "that she ... in self-defence" from another). Or the sentence copies
        several source sentences one after another (`_one_part_of_a_merged_copy`)."""
        return self.shared.get(source, 0) >= MIN_SHARED_SHARE * self.content > 0 or self._one_part_of_a_merged_copy(
            source)

    def _one_part_of_a_merged_copy(self, source: int) -> bool:
        """Whether the sentence is a copy of several source sentences joined (MIN_MERGED_COPY_SHARE of its content
        words shared) in which this one's words make one stretch, no other's among them, shared at MIN_SHARED_SHARE:
        "Shares rose 4% on Tuesday after the company missed analysts' expectations" for "Shares rose 4% on Tuesday.
        The company beat analysts' expectations" (a markets desk's re-test: the reversal in a line merging two wire
        sentences was no finding, each sentence's share of the line being under half)."""
        at = self.shared_at.get(source)
        if not at or len(at) < MIN_CONTEXT_WORDS or sum(self.shared.values()) < MIN_MERGED_COPY_SHARE * self.content:
            return False
        first, last = at[0], at[-1]
        if any(first <= p <= last for other, ps in self.shared_at.items() if other != source for p in ps):
            return False  # words of two sentences in turn: a rewrite drawing on both, not two copied in a row
        return len(at) >= MIN_SHARED_SHARE * sum(first <= p <= last for p in self.content_at)

    def negations(self) -> tuple[int, int]:
        """Negations (implied ones too) in the source stretch and in the sentence: a negation moved within them
        ("not offering further" -> "offering no further") or said another way ("Denying he was aware" -> "he was
        not aware") leaves the numbers alike, and another clause of a long source sentence is not counted."""
        return (_negations(surface_tokens(" ".join(self.source_words)), None, implied=True),
                _negations(surface_tokens(" ".join(self.target_words)), None, implied=True))


def _target_sentences(runs: list[_Run], t_starts: list[int], targets: Sequence[int], s_starts: list[int],
                      sources: Sequence[int]) -> dict[int, _TargetSentence]:
    stop = stopwords()
    out = {i: _TargetSentence() for i in targets}
    spans: dict[int, list[int]] = {}  # per sentence, the source words its shared runs reach, first and last
    source_words = [w for run in runs for w in run.source]
    for run in runs:
        for k, word in enumerate(run.target):
            sentence = out[_sentence_of(run.t_start + k, t_starts, targets)]
            sentence.target_words.append(word)
            content = any(t not in stop for t in _words(word)) or any(c.isdigit() for c in word)
            sentence.content += content
            if content:
                sentence.content_at.append(len(sentence.target_words) - 1)
            if run.op == "equal":
                s_index = _sentence_of(run.s_start + k, s_starts, sources)
                sentence.shared[s_index] = sentence.shared.get(s_index, 0) + content
                if content:
                    sentence.shared_at.setdefault(s_index, []).append(len(sentence.target_words) - 1)
                span = spans.setdefault(_sentence_of(run.t_start + k, t_starts, targets),
                                        [run.s_start + k, run.s_start + k])
                span[1] = run.s_start + k
    for i, (first, last) in spans.items():
        out[i].source_words = source_words[first:last + 1]
    return out


# A question says nothing either way ("Mr Henriques asked him if the diagnosis was justified", "Had Mr Al Fayed not
# accused ...?"): its sentence is not read.
_QUESTION = rx.compile(r"\?[\"'”’»)\]]*\s*$|\b(?:asked|wondered)\b[^.!?]*\b(?:if|whether)\b", re.IGNORECASE)


def _may_turn(ours: Sequence[str], theirs: Sequence[str]) -> bool:
    """Whether the words one side has and the other's (`surface_tokens` form) can turn a sentence round: a
    negation, a listed opposite, or one word the other with a negating prefix."""
    # (`map` rather than a generator: asked of every edit of every aligned group, twice, and mostly false.)
    if any(map(_turns, ours)) or any(map(_turns, theirs)):
        return True
    # A word of one side that is a word of the other with a negating prefix. (Each word's unprefixed form is looked
    # up once, in C: a word-by-word loop over every prefix was most of this test's cost.)
    return (any(map(theirs.__contains__, filter(None, map(_unprefixed, ours))))
            or any(map(ours.__contains__, filter(None, map(_unprefixed, theirs)))))


# The negating prefix a word's first two letters can open (no two prefixes share them: `_unprefixed` tries one).
_PREFIX_OF_HEAD = {p[:2]: p for p in _NEGATING_PREFIXES}


@lru_cache(maxsize=65536)
def _unprefixed(word: str) -> str | None:
    """A word of six characters or more without the negating prefix it opens with ("unlawful" -> "lawful"), else
    None."""
    prefix = _PREFIX_OF_HEAD.get(word[:2])
    return word[len(prefix):] if prefix is not None and len(word) >= 6 and word.startswith(prefix) else None


@lru_cache(maxsize=65536)
def _turns(word: str) -> bool:
    """A negation or a listed opposite (looked up once a word: edits are read in every aligned group of every
    pair)."""
    return word in NEGATORS or word in _IMPLIED_NEGATIONS or (word.isalpha() and stem(word) in _opposites())


def words_may_turn(ours: Sequence[str], theirs: Sequence[str]) -> bool:
    """Whether two versions of a sentence can differ in meaning by `find_reversals`, from the words each has and
    the other lacks (as `str.split` cuts them): a cheap test before a word diff."""
    return _may_turn(_words(" ".join(ours)), _words(" ".join(theirs)))


def _word_count(text: str) -> int:
    # Words counted by the spaces `join_words` puts between them (none between Chinese or Japanese characters,
    # whose runs then count as one word: no reversal is read there).
    return text.count(" ") + 1 if text else 0


_WORD = rx.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


@lru_cache(maxsize=65536)
def _words(text: str) -> tuple[str, ...]:
    # The edit's words in `surface_tokens` form, cheaply: lowercase letters, the apostrophe of "didn't" dropped.
    # (Cached: the reversal and overstatement steps read the same edits of every aligned group.)
    words = _WORD.findall(text.lower())
    return tuple(w.replace("'", "").replace("’", "") for w in words) if ("'" in text or "’" in text) else tuple(words)


@dataclass
class _PlacedEdit:
    """An edit of an alignment's script placed in its sentences: the source and target sentence it stands in, the
    target sentence's reading (`_TargetSentence`) and the edit as shown, with a word of shared text either side."""

    source_index: int
    target_index: int
    sentence: _TargetSentence
    shown: tuple[str, str]


def _placed_edits(group: Any, script: list[dict[str, Any]], candidates: Sequence[int], source_texts: Sequence[str],
                  target_texts: Sequence[str], reads: Callable[[int], Any]) -> Iterator[tuple[Any, _PlacedEdit]]:
    """Each candidate edit that `reads` finds something in (not None), with where it stands: only an edit whose
    target sentence is one text with its source sentence (`_TargetSentence.one_text_with`), neither a question.
    The steps that read edits of copied text (reversals, overstatements) place them alike; where each run's words
    stand is worked out only for an edit `reads` keeps."""
    runs: list[_Run] | None = None
    for n in candidates:
        found = reads(n)
        if found is None:
            continue
        if runs is None:
            runs = _runs(script)
            s_starts, t_starts = _starts(group.source, source_texts), _starts(group.target, target_texts)
            sentences = _target_sentences(runs, t_starts, group.target, s_starts, group.source)
        run = runs[n]
        before = runs[n - 1] if n > 0 else _Run("equal", [], [], 0, 0)
        after = runs[n + 1] if n + 1 < len(runs) else _Run("equal", [], [], 0, 0)
        t_index = _sentence_of(run.t_start, t_starts, group.target)
        s_index = _sentence_of(run.s_start, s_starts, group.source)
        sentence = sentences[t_index]
        if (not sentence.one_text_with(s_index) or _QUESTION.search(target_texts[t_index])
                or _QUESTION.search(source_texts[s_index])):
            continue
        shown = (join_words([*before.source[-CONTEXT_WORDS:], *run.source, *after.source[:CONTEXT_WORDS]]),
                 join_words([*before.target[-CONTEXT_WORDS:], *run.target, *after.target[:CONTEXT_WORDS]]))
        yield found, _PlacedEdit(s_index, t_index, sentence, (shown[0].strip(_QUOTE_MARKS),
                                                               shown[1].strip(_QUOTE_MARKS)))


# Police copy's statuses that a release gives negated ("No arrests have been made", "injuries not thought to be
# life-threatening", "no one has been charged"), and a story may print as done ("A man has been arrested", "with
# life-threatening injuries"): a suspect who does not exist, a casualty's family told the worst. The rewrite is
# rarely one short edit ("No arrests have been made" -> "A man was arrested" changes the words round the status),
# so the edit rules miss it (a police desk's trial on a sheriff's release: no finding); a sentence copied one to
# one is read whole instead, for the status negated in the source, and said in the target with no negation at all.
_STATUS_TRIGGERS = ("arrest", "charged", "life-threatening", "life threatening")
# The words before the status in which its negation stands ("no one has been arrested", "not thought to be
# life-threatening").
_STATUS_NEGATION_WORDS = 4


def _status_words(text: str) -> list[tuple[int, bool]]:
    """Each word of a sentence (`str.split`) that names a status (`_STATUS_TRIGGERS`), and whether a negation
    stands in it or in the words before it."""
    words = [surface_tokens(w) for w in text.split()]
    out = []
    for k, toks in enumerate(words):
        status = any(t.startswith("arrest") or t == "charged" for t in toks) or any(
            a == "life" and b == "threatening" for a, b in zip(toks, toks[1:], strict=False))
        if status:
            before = [t for w in words[max(0, k - _STATUS_NEGATION_WORDS):k] for t in w]
            out.append((k, any(t in NEGATORS for t in (*toks, *before))))
    return out


def _status_negation_dropped(source: str, target: str) -> tuple[str, str] | None:
    """A sentence and its copy where the source negates a police status every time it names it and the target
    names it with no negation anywhere: the words from the source's negation to the status, and the target's
    status with three words before it; None for anything else."""
    s_lower, t_lower = source.lower(), target.lower()
    if not any(w in s_lower and w in t_lower for w in _STATUS_TRIGGERS):  # cheap first: read for every 1:1 copy
        return None
    if "?" in source or "?" in target or any(t in NEGATORS or t in _IMPLIED_NEGATIONS
                                             for t in surface_tokens(target)):
        return None
    s_status, t_status = _status_words(source), _status_words(target)
    if not s_status or not t_status or not all(negated for _, negated in s_status):
        return None
    s_words, t_words = source.split(), target.split()
    k = s_status[0][0]
    start = next(j for j in range(max(0, k - _STATUS_NEGATION_WORDS), k + 1)
                 if any(t in NEGATORS for t in surface_tokens(s_words[j])))
    t_k = t_status[0][0]
    return (" ".join(s_words[start:k + 1]).strip(".,;:\"“”"),
            " ".join(t_words[max(0, t_k - 3):t_k + 1]).strip(".,;:\"“”"))


def _read_status(group: Any, source_texts: Sequence[str], target_texts: Sequence[str],
                 out: list[dict[str, Any]]) -> None:
    """Add to `out` a police status whose negation a sentence copied one to one dropped
    (`_status_negation_dropped`)."""
    if len(group.source) == 1 and len(group.target) == 1 and (
            dropped := _status_negation_dropped(source_texts[group.source[0]], target_texts[group.target[0]])):
        out.append({"kind": "negation", "source": dropped[0], "target": dropped[1],
                    "source_index": group.source[0], "target_index": group.target[0]})


# The words a verdict is given in, of either side: a reversal of them in a sentence whose verdicts are unchanged
# (`verdicts_agree`) is the charges reordered.
_VERDICT_WORDS = frozenset({"guilty", "convicted", "convict", "cleared", "acquitted", "acquit", "innocent",
                            "admitted", "denied", "denies"})


# The `legal` notes of court copy's reversals: what changed in law, in plain words (the kinds stay two).
LEGAL_VERDICT = "a verdict or plea turned round: guilty of what the source clears, or cleared of what it convicts"
LEGAL_UNANIMOUS = "a majority verdict printed as unanimous"
LEGAL_APPEAL = "an appeal court's ruling turned round: a conviction or ruling quashed or upheld"
_APPEAL_WORDS = frozenset({"quash", "quashed", "overturn", "overturned", "uphold", "upheld"})
LEGAL_CHARGE = "a charge printed as a conviction or an admission: guilt no court has found"
LEGAL_BAIL = "bail and custody turned round: a defendant said to be free who is held, or held who is free"


def _inside_quote(text: str, words: str) -> bool:
    """Whether `words` stand inside quotation marks in a sentence (a speaker's words about convictions, not the
    court's verdict: METER's '"No one has been convicted of this offence ... and subsequently convicted of
    murder.'; a quote's wording is the quotes step's)."""
    at = text.find(words.split(" ... ")[0])
    if at < 0:
        return False
    before = text[:at]
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


def _legal_note(words: Sequence[str]) -> str | None:
    """The `legal` note of an edit turned round, from its two sides' words: a verdict's or bail's; None for others."""
    if not _VERDICT_WORDS.isdisjoint(words):
        return LEGAL_VERDICT
    if "bail" in words or "custody" in words:
        return LEGAL_BAIL
    if not _APPEAL_WORDS.isdisjoint(words):
        return LEGAL_APPEAL
    return None


# A jury's majority verdict ("by a majority of 10 to 2", "a majority verdict", "an 11-1 majority"): a copy that
# prints it as unanimous says all twelve jurors convicted, which they did not (a legal desk's re-test: "by a
# majority of 10 to 2" -> "unanimously" was no finding, the edit rewriting more than one word). Read only where
# "majority" is in the sentence (the cheap test), with a jury's word (`_JURY_WORDS`).
_JURY_MAJORITY = rx.compile(r"(?i)\bmajority (?:verdicts?|decision|of \w+ to \w+)|\b\w+(?:-| to )\w+ majority"
                            r"|\bby a majority(?: of \w+ to \w+)?")
_JURY_WORDS = frozenset({"jury", "jurors", "jury's", "verdict", "verdicts", "guilty", "convicted", "convict",
                         "cleared", "acquitted"})


def _words_about(text: str, start: int, end: int, before: int, after: int) -> str:
    """The words of a text from `before` words before `start` to `after` words after `end`."""
    head, tail = text[:start].split(), text[end:].split()
    return " ".join([*head[len(head) - before:], text[start:end], *tail[:after]]).strip(".,;:\"“”")


def jury_majority_lost(source: str, target: str) -> tuple[str, str, bool] | None:
    """A sentence giving a jury's majority verdict and its copy that drops the majority: (the source's words around
    it, the target's around its verdict word or its "unanimous", whether the target says unanimous). None where
    the target still says majority or gives no verdict of its own (a trim of the verdict is no claim about it)."""
    if "majority" not in source.lower() or "majority" in target.lower():
        return None
    m = _JURY_MAJORITY.search(source)
    if m is None or _JURY_WORDS.isdisjoint(surface_tokens(source)):
        return None
    t_lowered = target.lower()
    at = t_lowered.find("unanim")
    unanimous = at >= 0
    if not unanimous:
        at = min((k for k in (t_lowered.find(w) for w in ("guilty", "convicted", "cleared", "acquitted")) if k >= 0),
                 default=-1)
        if at < 0:
            return None
    end = at + len(target[at:].split()[0]) if target[at:].split() else at
    return _words_about(source, m.start(), m.end(), 3, 1), _words_about(target, at, end, 3, 2), unanimous


# A casualty's, a suspect's and a jury's states that a rewrite can turn round without one short edit: "A 15-year-old
# boy was critically injured" -> "A fifteen-year-old boy has died", "were taken to hospital with serious injuries"
# -> "have died in hospital", "remains in police custody" -> "has since been released", "The jury failed to reach a
# verdict" -> "The jury found him guilty" (a legal desk's re-test: none was found, the clause rewritten round the
# state). Read in a sentence and its copy, one to one, whole: the source in one state and not the other, the target
# in the other and not the first. Each: the source's words (lowercase substrings, the cheap test), the target's,
# the `legal` note. Both ways for the casualty and the suspect (a death printed as an injury misleads as much); a
# verdict printed as a hung jury claims less. A sentence naming both states ("died from his injuries", "released
# from custody", "cleared of murder but failed to reach a verdict on manslaughter") is not read.
# (A word ending in "*" is a stem: "injur*" is "injured", "injuries", "injury".)
_INJURED = ("injur*", "wounded", "hurt", "critical condition", "serious condition", "stable condition")
_DEAD = ("died", "dead", "killed", "death", "deaths", "dies", "fatal*", "lost his life", "lost her life")
_HELD = ("custody", "detained", "behind bars", "remains in jail", "remains in prison", "being held", "held in jail",
         "held without bail", "held on bond", "held on $")
_FREED = ("released", "freed", "bailed", "on bail", "let go", "walked free")
_HUNG = ("failed to reach a verdict", "could not reach a verdict", "unable to reach a verdict",
         "failed to agree a verdict", "could not agree on a verdict", "unable to agree", "hung jury", "no verdict",
         "failed to reach verdicts", "could not reach verdicts", "unable to reach verdicts")
_GIVEN = ("guilty", "convicted", "cleared", "acquitted", "convict", "acquit")
LEGAL_DEATH = "an injury printed as a death, or a death as an injury: a casualty's state turned round"
LEGAL_HUNG = "a jury that reached no verdict printed as convicting or clearing: a verdict no jury gave"
_STATES = ((_INJURED, _DEAD, LEGAL_DEATH, True), (_HELD, _FREED, LEGAL_BAIL, True), (_HUNG, _GIVEN, LEGAL_HUNG, False))


@lru_cache(maxsize=16)
def _state_words(words: tuple[str, ...]) -> re.Pattern[str]:
    """One search for any of a state's words (their "*" dropped) as substrings: the cheap test `state_turned` asks
    of every sentence copied one to one, three states each way."""
    return rx.compile("|".join(re.escape(w.rstrip("*")) for w in words))


def _state_at(lowered: str, words: Sequence[str]) -> tuple[int, int]:
    """Where the first of `words` stands in a lowercased sentence, as whole words ("dead" not in "deadline", "hurt"
    not in "hurtled"), and where the word it ends in ends; (-1, -1) for none."""
    found = (-1, -1)
    for w in words:
        k = lowered.find(w.rstrip("*"))
        while k >= 0:
            end = k + len(w.rstrip("*"))
            if w.endswith("*"):
                while end < len(lowered) and lowered[end].isalpha():
                    end += 1
            if not (k and lowered[k - 1].isalpha()) and not (end < len(lowered) and lowered[end].isalpha()):
                if found[0] < 0 or k < found[0]:
                    found = (k, end)
                break
            k = lowered.find(w.rstrip("*"), k + 1)
    return found


@lru_cache(maxsize=4096)
def _states_named(sentence: str) -> frozenset[tuple[str, ...]]:
    """The states' word lists (`_STATES`) a sentence holds one of as a substring (`_state_words`): the cheap test
    `state_turned` asks of every sentence copied one to one, kept per sentence (a corpus compares one source with
    many targets)."""
    lowered = sentence.lower()
    return frozenset(words for first, second, _, _ in _STATES for words in (first, second)
                     if _state_words(words).search(lowered))


# An injury's severity given as another: "his injuries are not thought to be life-threatening" or "minor injuries"
# -> "seriously injured" / "in a critical condition" (a legal desk's re-test: no finding, no word of the one state
# turned into the other's). Three degrees, as police releases word them: not serious (minor, slight, not thought to
# be life-threatening), serious, and critical (life-threatening, critical, fighting for life); a negated degree is
# the first's, read before the others so "not life-threatening" is not "life-threatening". Read as `_STATES` are:
# a sentence and its copy, one to one, one text with each other, where the two give no degree in common (the
# police's "serious but not life-threatening" gives two, and a copy keeping either keeps the release's word) and
# the target's is another; "life-threatening" for "serious" is no finding (a critical injury is a serious one too),
# a serious or critical one printed as minor is. A unit's or an offence's "serious" ("the Serious Collision
# Investigation Unit", "serious assault") and a police "critical incident" are no degree.
_SEVERITY = rx.compile(
    r"(?P<low>(?:minor|slight|superficial)\s+(?:injur\w*|cuts?|wounds?)|cuts\s+and\s+bruises|"
    r"(?:not|non)[\s-]+(?:(?:thought|believed|considered|said)\s+to\s+be\s+)?(?:life[\s-]threatening|serious(?:ly)?)"
    r"|not\s+(?:seriously|badly)\s+(?:injured|hurt))"
    r"|(?P<high>life[\s-]threatening|critical(?:ly)?(?!\s+incident)|fighting\s+for\s+(?:his|her|their)\s+li(?:fe|ves))"
    r"|(?P<mid>serious(?:ly)?(?!\s+(?:collision|crime|case|organised|incident|fraud|violence|offence|sexual|assault"
    r"|concerns?))|life[\s-]changing|badly\s+(?:injured|hurt))")
_SEVERITY_WORDS = ("minor", "slight", "superficial", "bruises", "threatening", "critical", "serious", "fighting for",
                   "life-changing", "life changing", "badly")
_DEGREES = {"low": 1, "mid": 2, "high": 3}
LEGAL_SEVERITY = ("an injury's severity changed: minor or not life-threatening printed as serious or critical, or the "
                  "other way")


def _degrees(lowered: str) -> dict[int, tuple[int, int]]:
    """The injury degrees a lowercased sentence gives (`_SEVERITY`), each with where it first stands."""
    found: dict[int, tuple[int, int]] = {}
    for m in _SEVERITY.finditer(lowered):
        found.setdefault(_DEGREES[m.lastgroup or "mid"], m.span())
    return found


def severity_changed(source: str, target: str) -> tuple[str, str, str] | None:
    """A sentence and its copy that give a casualty's injuries another degree (see `_SEVERITY`): the words around
    each side's degree and the `legal` note; None for anything else."""
    s_lower, t_lower = source.lower(), target.lower()
    # cheap first: read for every sentence copied one to one
    if not any(w in s_lower for w in _SEVERITY_WORDS) or not any(w in t_lower for w in _SEVERITY_WORDS):
        return None
    ours, theirs = _degrees(s_lower), _degrees(t_lower)
    both = s_lower + t_lower
    if (not ours or not theirs or not ours.keys().isdisjoint(theirs) or {*ours, *theirs} == {2, 3}
            or not any(w in both for w in ("injur", "hurt", "condition", "wound"))):
        return None
    (s_at, s_end), (t_at, t_end) = ours[max(ours)], theirs[max(theirs)]
    if "?" in source + target or _inside_quote(target, target[t_at:t_end]) or _inside_quote(source, source[s_at:s_end]):
        return None
    # One text with the source (`MIN_SHARED_SHARE`), read without the degrees' own words and of the shorter side: the
    # aligner links the two one to one, and a rewrite that trims the release and rewords the degree ("was taken to
    # hospital with injuries that are not thought to be life-threatening after the crash on the A38 near Bromsgrove
    # on Saturday night, West Mercia Police said" -> "A motorcyclist was left fighting for his life after a smash
    # on the A38 near Bromsgrove on Saturday night") shares the rest of the shorter one (a business and politics
    # desk's re-test: only close copies were read, half the longer side's words shared). Two casualties graded
    # apart in one sentence give two degrees, one kept, and are no finding above.
    ignore = stopwords()
    t_stems = {stem(t) for t in surface_tokens(_without_degrees(t_lower)) if t not in ignore}
    s_stems = {stem(t) for t in surface_tokens(_without_degrees(s_lower)) if t not in ignore}
    if len(t_stems & s_stems) < MIN_SHARED_SHARE * max(min(len(t_stems), len(s_stems)), 1):
        return None
    return _words_about(source, s_at, s_end, 3, 1), _words_about(target, t_at, t_end, 3, 1), LEGAL_SEVERITY


def _without_degrees(lowered: str) -> str:
    """A lowercased sentence without the words of its injury degrees (`_SEVERITY`)."""
    return _SEVERITY.sub(" ", lowered)


@lru_cache(maxsize=64)
def injuries_graded(whole: str) -> bool:
    """Whether a source text grades an injury anywhere (`_SEVERITY`, beside an injury's word), read once a text (a
    corpus compares one source with many targets): most texts grade none, and then no sentence is read for it."""
    lowered = whole.lower()
    return any(w in lowered for w in ("injur", "hurt", "condition", "wound")) and bool(_SEVERITY.search(lowered))


def state_turned(source: str, target: str, *, severity: bool = True) -> tuple[str, str, str] | None:
    """A sentence and its copy that put a casualty, a suspect or a jury in the other state (`_STATES`), or give an
    injury another degree (`severity_changed`, read where `severity`: the source grades an injury somewhere): the
    words around each side's state word and the `legal` note; None for anything else (a question, a quote's
    words)."""
    s_named, t_named = _states_named(source), _states_named(target)
    if not s_named or not t_named:  # nearly every sentence: no state word on one side
        return severity_changed(source, target) if severity else None
    s_lower, t_lower = source.lower(), target.lower()
    for first, second, legal, both_ways in _STATES:
        for ours, theirs in ((first, second), (second, first)) if both_ways else ((first, second),):
            if ours not in s_named or theirs not in t_named:
                continue
            (s_at, s_end), (t_at, t_end) = _state_at(s_lower, ours), _state_at(t_lower, theirs)
            if s_at < 0 or t_at < 0 or _state_at(s_lower, theirs)[0] >= 0 or _state_at(t_lower, ours)[0] >= 0:
                continue
            if "?" in source + target or _inside_quote(target, target[t_at:t_end]) or _inside_quote(
                    source, source[s_at:s_end]):
                continue
            # One text with the source, as the edit rules ask (`MIN_SHARED_SHARE`), of each side's content words:
            # METER's "a jury heard how the child died three days after the attack when her life support machine
            # was switched off" beside another paper's "The machine was switched off three days later when it
            # became apparent that the injuries were irreversible" shares four of eleven, and tells of one death.
            ignore = stopwords()
            ours = {stem(t) for t in surface_tokens(target) if t not in ignore}
            theirs = {stem(t) for t in surface_tokens(source) if t not in ignore}
            if len(ours & theirs) < MIN_SHARED_SHARE * max(len(ours), len(theirs), 1):
                continue
            return _words_about(source, s_at, s_end, 3, 1), _words_about(target, t_at, t_end, 3, 1), legal
    return severity_changed(source, target) if severity else None


# An award's nomination as a thing won (`data/opposites.txt` has "won" and "nominated" as opposites): "was nominated
# for the Oscar" -> "won an Oscar nomination" says the same.
_NOMINATION_STEMS = frozenset({stem("nomination"), stem("nod")})
_WINNING_STEMS = frozenset({stem("won"), stem("win")})


def _nomination_won(edit: tuple[Any, ...], source_text: str, target_text: str) -> bool:
    """Whether an edit puts "won" for "nominated" (or back) where the winning side won the nomination itself."""
    (left, right), texts = edit[:2], (source_text, target_text)
    for side, other, text in ((left, right, texts[0]), (right, left, texts[1])):
        stems, others = {stem(t) for t in side}, {stem(t) for t in other}
        if not _WINNING_STEMS.isdisjoint(stems) and stem("nominated") in others and not _NOMINATION_STEMS.isdisjoint(
                stem(t) for t in surface_tokens(text) if t != "nominated"):
            return True
    return False


def find_reversals(
    alignments: Sequence[Any],
    source_texts: Sequence[str],
    target_texts: Sequence[str],
    diffs: Sequence[list[dict[str, Any]]],
    *,
    lone: bool = True,
) -> list[dict[str, Any]]:
    """The `reversals` list of a pair report: edits of aligned sentences that turn their meaning round.

    Args:
        alignments: the report's alignment groups (`.source`, `.target` index lists).
        source_texts: the report's source sentence texts.
        target_texts: the report's target sentence texts.
        diffs: each group's `word_diff`, in the same order.
        lone: also read the headline against its sources, and lone sentences in one place of both texts
            (`facts.lone_sentences_in_one_place`) as groups of their own.

    Returns:
        Dicts `{"kind", "source", "target", "source_index", "target_index"}` in target order: `kind` is `opposite`
        (a word for its opposite) or `negation` (a negation put in or taken out); `source` / `target` are the edited
        words as each text writes them, with a word of shared text either side.
    """
    out: list[dict[str, Any]] = []
    for group, script in zip(alignments, diffs, strict=True):
        script = _seat_taken_as_one_edit(script)
        found_before = len(out)
        # Most groups have no short edit holding a word that can turn a sentence round: nothing more is read.
        maybe = _maybe_edits(script)
        if maybe and (reordered := _result_reordered_as_one_edit(script, maybe)) is not None:
            script = reordered
            maybe = _maybe_edits(script)
        candidates = _in_copied_text_of(script, maybe) if maybe else []
        if not candidates:
            _read_status(group, source_texts, target_texts, out)
            continue

        def reads(n: int, script: list[dict[str, Any]] = script) -> Any:
            e = script[n]
            edit = (surface_tokens(e["source"]), surface_tokens(e["target"]), (e["source"], e["target"]),
                    _following(script, n))
            # (nothing the edit's own words turn round, whatever the sentences' negations: not read further)
            return edit if _flips(*edit, None) else None

        for edit, placed in _placed_edits(group, script, candidates, source_texts, target_texts, reads):
            found = _flips(*edit, placed.sentence.negations())
            if found and found[0] % 2 and not _nomination_won(
                    edit, source_texts[placed.source_index], target_texts[placed.target_index]):
                out.append({
                    "kind": found[1],
                    "source": placed.shown[0],
                    "target": placed.shown[1],
                    "source_index": placed.source_index,
                    "target_index": placed.target_index,
                })
                if legal := _legal_note(surface_tokens(placed.shown[0] + " " + placed.shown[1])):
                    out[-1]["legal"] = legal
        if len(out) == found_before:  # (an edit found says it better: "are not thought" -> "are thought")
            _read_status(group, source_texts, target_texts, out)
    # A verdict or plea turned round between two charges ("guilty of murder but cleared of robbery" -> "guilty of
    # robbery but cleared of murder", "convicted of rape and cleared of kidnap" -> "convicted of rape and kidnap"):
    # no word is put for its opposite, so the edits above miss it; read in a sentence and its copy (merged
    # sentences give verdicts on other defendants).
    linked: set[int] | None = None  # the source sentences some group holds, read at the first group that needs them
    graded = injuries_graded(" ".join(source_texts))
    for group in alignments:
        if len(group.source) == 1 and len(group.target) == 1 and any(
                r["source_index"] == group.source[0] and r["target_index"] == group.target[0] for r in out) and (
                verdicts_agree(source_texts[group.source[0]], target_texts[group.target[0]])):
            # ("found guilty of murder but cleared of robbery" -> "acquitted of robbery but convicted of murder":
            # the word diff pairs "found guilty" with "acquitted", the verdicts are the same)
            out = [r for r in out if (r["source_index"], r["target_index"]) != (group.source[0], group.target[0])
                   or _VERDICT_WORDS.isdisjoint(surface_tokens(r["source"] + " " + r["target"]))]
        if len(group.source) == 1 and len(group.target) == 1 and not any(
                r["source_index"] == group.source[0] and r["target_index"] == group.target[0] for r in out):
            out += [{"kind": "opposite", "source": s, "target": t,
                     "legal": LEGAL_CHARGE if charged else LEGAL_VERDICT,
                     "source_index": group.source[0], "target_index": group.target[0]}
                    for s, t, charged in verdicts_changed(source_texts[group.source[0]], target_texts[group.target[0]])
                    if not _inside_quote(target_texts[group.target[0]], t)]
            if not any(r["source_index"] == group.source[0] and r["target_index"] == group.target[0] for r in out) \
                    and (turned := state_turned(source_texts[group.source[0]], target_texts[group.target[0]],
                                                severity=graded)):
                out.append({"kind": "opposite", "source": turned[0], "target": turned[1], "legal": turned[2],
                            "source_index": group.source[0], "target_index": group.target[0]})
            lost = jury_majority_lost(source_texts[group.source[0]], target_texts[group.target[0]])
            if lost and lost[2]:  # made unanimous (a majority only dropped is an overstatement's)
                out.append({"kind": "opposite", "source": lost[0], "target": lost[1], "legal": LEGAL_UNANIMOUS,
                            "source_index": group.source[0], "target_index": group.target[0]})
        if len(group.target) == 1 and 1 <= len(group.source) <= 4:
            # Sentences merged into one, or one copied beside an omitted one: a conviction and an acquittal of one
            # defendant made two convictions ("was convicted of affray. He was cleared of violent disorder." ->
            # "was convicted of affray and violent disorder"). The omitted sentences between the group's and either
            # side of it are read with them (an offence they give two ways, two defendants', is left out).
            if linked is None:
                linked = {i for g in alignments for i in g.source}
            around = [i for i in range(min(group.source) - 1, max(group.source) + 2)
                      if 0 <= i < len(source_texts) and (i in group.source or i not in linked)]
            if len(around) < 2:
                continue
            out += [{"kind": "opposite", "source": s, "target": t, "legal": LEGAL_CHARGE if charged else LEGAL_VERDICT,
                     "source_index": around[k], "target_index": group.target[0]}
                    for k, s, t, charged in merged_verdicts_changed([source_texts[i] for i in around],
                                                                    target_texts[group.target[0]])
                    if not _inside_quote(target_texts[group.target[0]], t)
                    and not any(r["source_index"] == around[k] and r["target_index"] == group.target[0] for r in out)]
    if not lone:
        return out
    out += _headline_reversals(alignments, source_texts, target_texts, found=out)
    # A lone sentence in one place of both (`lone_sentences_in_one_place`): an election desk's "The Conservatives
    # held Bury North with a majority of 1,204." -> "... lost Bury North by 1,204 votes." shares only names and a
    # figure, so the two are not linked, and the seat turned round was no finding. Read as an alignment of its own,
    # by the same rules (copied words around the edit, one text with the source sentence).
    lone = [_Lone([s], [t]) for s, t in lone_sentences_in_one_place(alignments, len(source_texts), len(target_texts))]
    if lone:
        out += find_reversals(lone, source_texts, target_texts, [
            word_diff(source_texts[g.source[0]], target_texts[g.target[0]]) for g in lone], lone=False)
    return sorted(out, key=lambda r: (r["target_index"], r["source_index"]))


@dataclass
class _Lone:
    """Two lone sentences read as an alignment group (`.source`, `.target`)."""

    source: list[int]
    target: list[int]


# A headline: the target's first sentence, of at most this many words, with no full stop, question or exclamation
# mark at its end.
HEADLINE_MAX_WORDS = 15
# The words either side of an opposite word in which the headline and the source sentence must share a figure or
# a content word (`_headline_reversals`): "12% profit fall" against "a 12 percent rise in ... profit".
HEADLINE_ANCHOR_WORDS = 3


def _headline_reversals(alignments: Sequence[Any], source_texts: Sequence[str], target_texts: Sequence[str], *,
                        found: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """Opposite words in a headline against a source sentence it is linked to: a word whose opposite the source
    sentence writes (and not the word itself, nor the headline the opposite), each with a figure or a content word
    of the other's within a few words (`HEADLINE_ANCHOR_WORDS`).

    A markets desk: "Unilever posts 12% profit fall, misses forecasts" over the wire's "a 12 percent rise in ...
    profit" was no reversal: a headline rewrites its sentence wholesale, so the word diff has no copied text around
    the edit for `find_reversals` to read. The shared figure or word beside both opposites is what ties them to one
    fact ("12% ... fall" / "12 percent rise"): an opposite elsewhere in the sentence is another fact's."""
    text = target_texts[0] if target_texts else ""
    words = word_tokens(text)
    if not words or len(words) > HEADLINE_MAX_WORDS or text.rstrip(_QUOTE_MARKS + ")").endswith((".", "?", "!")):
        return []
    sources = sorted({i for group in alignments if 0 in group.target for i in group.source})
    if not sources and not any(0 in group.target for group in alignments):
        # A headline the reprint added over the copied lead is linked to nothing (it shares too few words with
        # any one sentence): it tops the source's headline and lead, its first two sentences (a markets desk's
        # re-test: "Acme profit misses forecasts" over a lead copied whole, "beating analysts' expectations").
        sources = list(range(min(2, len(source_texts))))
    if not sources:
        return []
    target_keys = [_anchor_keys(w) for w in words]
    target_read = _results_read(words, target_keys)
    target_stems = {_lemma(t) for w in words for t in surface_tokens(w)} | {_lemma(t) for t in target_read if t}
    source_words = [word_tokens(source_texts[i]) for i in sources]
    source_read = [_results_read(ws) for ws in source_words]
    source_stems = {_lemma(t) for ws in source_words for w in ws for t in surface_tokens(w)} | {
        _lemma(t) for read in source_read for t in read if t}
    out: list[dict[str, Any]] = []
    for i, mine in enumerate(target_read):
        ours = [mine] if mine else []
        if len(ours) != 1 or _lemma(ours[0]) in source_stems or not _turns(ours[0]):
            continue
        for s_index, theirs_words, theirs_read in zip(sources, source_words, source_read, strict=True):
            for j, other in enumerate(theirs_read):
                theirs = [other] if other else []
                if (len(theirs) != 1 or _lemma(theirs[0]) in target_stems
                        or not are_opposites(ours[0], theirs[0], prefixed=False)):
                    continue
                near_t = set().union(*_around(target_keys, i))
                near_s = set().union(*_around([_anchor_keys(w) for w in theirs_words], j))
                if not near_t & near_s or any(r["source_index"] == s_index and r["target_index"] == 0
                                              for r in [*found, *out]):
                    continue
                out.append({
                    "kind": "opposite",
                    "source": join_words(_span(theirs_words, j, near_t & near_s, theirs_read)).strip(
                        _QUOTE_MARKS + ",;:"),
                    "target": join_words(_span(words, i, near_t & near_s, target_read)).strip(_QUOTE_MARKS + ",;:"),
                    "source_index": s_index,
                    "target_index": 0,
                })
    return out


# A result against forecasts written in other words than "beats" or "misses" (a markets desk's re-test: "Acme
# profit falls short of forecasts" over a lead "beating analysts' expectations" was no finding, "misses forecasts"
# was): read as that verb, where what it is measured against follows within HEADLINE_ANCHOR_WORDS (`_SAME_ANCHOR`),
# so that "falls short of" is no fall, and "tops the league" or "trails in the polls" nothing. "exceeds" and
# "surpasses" are opposites of "misses" in `data/opposites.txt` already.
_RESULT_PHRASES = {
    **dict.fromkeys((("falls", "short", "of"), ("fell", "short", "of"), ("fall", "short", "of"),
                     ("falling", "short", "of"), ("fallen", "short", "of"), ("comes", "in", "below"),
                     ("came", "in", "below"), ("come", "in", "below"), ("coming", "in", "below")), "misses"),
    **dict.fromkeys((("comes", "in", "above"), ("came", "in", "above"), ("come", "in", "above"),
                     ("coming", "in", "above"), ("comes", "in", "ahead", "of"), ("came", "in", "ahead", "of")),
                    "beats"),
}
_RESULT_WORDS = {"trails": "misses", "trailed": "misses", "trail": "misses", "tops": "beats", "topped": "beats",
                 "top": "beats", "topping": "beats"}
_RESULT_HEADS = frozenset(p[0] for p in _RESULT_PHRASES) | frozenset(_RESULT_WORDS)


def _results_read(words: Sequence[str], keys: Sequence[set[str]] | None = None) -> list[str | None]:
    """Each written word's one letter token, as the headline rule reads it (None: no one such token; "": a later
    word of a phrase read whole), with a result against forecasts in other words read as "beats" or "misses"
    (`_RESULT_PHRASES`, `_RESULT_WORDS`). `keys`: the words' `_anchor_keys`, when worked out already."""
    tokens = [[t for t in surface_tokens(w) if t.isalpha()] for w in words]
    read = [t[0] if len(t) == 1 else None for t in tokens]
    for i, head in enumerate(read):
        if head not in _RESULT_HEADS:
            continue
        size, verb = next(((len(p), v) for p, v in _RESULT_PHRASES.items()
                           if tuple(read[i:i + len(p)]) == p), (1, _RESULT_WORDS.get(head)))
        end = i + size
        after = range(end, min(len(words), end + HEADLINE_ANCHOR_WORDS))
        if verb and any("forecast" in (keys[k] if keys else _anchor_keys(words[k])) for k in after):
            read[i:end] = [verb, *[""] * (size - 1)]  # "": a later word of the phrase, shown with its head
    return read


# Irregular forms of the opposites' verbs, read as their verb where a headline's word is checked against the words
# its source writes: "Acme shares fall as profit rises" over "profit rose ... while its shares fell" writes the
# source's own two facts, not "fall" for "rose".
_HEADLINE_FORMS = {**_IRREGULAR_PAST, "rose": "rise", "risen": "rise", "fell": "fall", "fallen": "fall",
                   "grew": "grow", "grown": "grow", "shrank": "shrink", "shrunk": "shrink", "slid": "slide",
                   "lost": "lose", "won": "win", "led": "lead", "lent": "lend"}


def _lemma(token: str) -> str:
    return stem(_HEADLINE_FORMS.get(token, token))


# Stems a headline writes for the source's, as one anchor: what a result is measured against ("Acme profit misses
# forecasts" over "Acme's profit beat analysts' expectations": a markets desk's re-test, no word shared beside the
# opposites, so no finding).
_SAME_ANCHOR = dict.fromkeys(("forecast", "expect", "estim", "consensus", "predict"), "forecast")


def _anchor_keys(word: str) -> set[str]:
    """What a written word can share with another text's beside an opposite: its figures ("12%" and "12
    percent" both 12) and its content stems (`_SAME_ANCHOR` read as one)."""
    stop = stopwords()
    keys = {t if any(c.isdigit() for c in t) else stem(t) for t in surface_tokens(word)
            if any(c.isdigit() for c in t) or (t.isalpha() and len(t) > 2 and t not in stop and not _turns(t))}
    return {_SAME_ANCHOR.get(k, k) for k in keys}


def _around(keys: Sequence[set[str]], at: int) -> list[set[str]]:
    return [keys[k] for k in range(max(0, at - HEADLINE_ANCHOR_WORDS), min(len(keys), at + HEADLINE_ANCHOR_WORDS + 1))
            if k != at]


def _span(words: Sequence[str], at: int, shared: set[str], read: Sequence[str | None]) -> list[str]:
    """The words from the opposite word to the nearest word holding a shared anchor, as written, with the rest of a
    phrase read as one word ("falls short of", `_results_read`)."""
    near = [k for k in range(max(0, at - HEADLINE_ANCHOR_WORDS), min(len(words), at + HEADLINE_ANCHOR_WORDS + 1))
            if k != at and _anchor_keys(words[k]) & shared]
    end = at
    while end + 1 < len(read) and read[end + 1] == "":
        end += 1
    # (counted from a phrase's end after it, and for a phrase the one after it where two are as near: "falls short
    # of forecasts", not "profit falls short of"; for one word the one before, as ever)
    k = min(near, key=lambda n: (at - n, end > at) if n < at else (n - end, end == at))
    return list(words[min(k, at):max(k, end) + 1])
