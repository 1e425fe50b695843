"""Overstatement in aligned sentences: science copy that claims more than its source, in text that is otherwise the
source's. A hedge taken out ("may reduce" -> "reduces", "could prevent" -> "will prevent", "findings suggest" ->
"findings prove"), an association made a cause ("was linked to" -> "caused", "associated with" -> "leads to"), and
a finding in animals or cells reported without saying so ("cut tumours by half in mice" -> "cuts tumours by half"):
the commonest exaggerations of health news (Sumner et al., BMJ 2014). A study's own caveats taken out are hedges
too: a range's floor ("between 10% and 20%" -> "20%"), a small study's size ("a pilot study of 12 patients" -> "a
study"), a preprint's "not yet peer reviewed", a relative risk made a share of people ("a 50% higher risk" -> "half
of users will"); and a headline that makes the association a cause is read against the source sentences
(`_headline_cause`), as it rewrites wholesale.

A report's `overstatements` key of its own, not a reversal kind: a hedge taken out does not turn the claim round,
it hardens it, and validators pinned to the shipped schemas know the reversal kinds `opposite` and `negation` only.

Read as reversals are (`meaning`): one short edit of an aligned sentence's word diff, in copied text (shared words
either side), the target sentence one text with the source sentence, no question. The edit must take the hedge out
and say nothing else: its other words the same, auxiliaries aside; and the target sentence as a whole must hedge
less than the source's stretch ("may reduce" -> "reduces, possibly," moved the hedge; "the study suggests it
reduces" still marks the finding uncertain). A fact-checker reads every hit, so the rules prefer a miss.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from ... import rx
from ...text.lexicon import stopwords
from ...text.segment import stem, surface_tokens
from .facts import acquittals_dropped
from .meaning import (
    _AUXILIARIES,
    _IRREGULAR_PAST,
    HEADLINE_MAX_WORDS,
    MAX_EDIT_WORDS,
    NEGATORS,
    _edits_to_read,
    _following,
    _placed_edits,
    _word_count,
    _words,
    jury_majority_lost,
)

__all__ = ["find_overstatements", "hedges_trimmed_from_quotes", "overstates", "words_may_overstate"]

# Words that hedge a claim. "may" only as written in lowercase ("May" is a month); "would" is none: reported
# speech's tense ("said it would seek" -> "will seek" claims no more).
# News copy's own hedge of what is not yet confirmed: "is reportedly planning": a push alert or a headline that drops
# it ("Twitter is planning") prints as fact what the wire hedged (a verification desk's re-test, no finding). Read
# as every hedge is: the edit takes the word out and nothing else. ("is expected to" and "are believed to" are
# hedges too, but "expected" is a common word of wire copy: as a trigger it made the seed compare 1% slower, over
# the speed budget; they wait for a cheaper test.)
_HEDGES = frozenset({"may", "might", "could", "possibly", "perhaps", "probably", "likely", "potentially",
                     "suggest", "suggests", "suggested", "suggesting", "appear", "appears", "appeared", "seem",
                     "seems", "seemed", "reportedly"})
# Court copy's hedge: a charge not yet proven is "alleged" ("is alleged to have hidden the knife", "allegedly
# stabbed"); a paper that prints it as done ("hid the knife") states guilt before a verdict, a contempt risk. Read
# as a hedge taken out (the same kind: the finding's contract keeps its three kinds), its verb's tense aside
# (`_VERB_FORMS`).
# A defendant's denial is the same hedge ("Wilson, 29, denies murdering Peter Brown" -> "Wilson, 29, murdered Peter
# Brown": a legal desk's re-test, no finding): the charge printed as done.
_ALLEGING = frozenset({"alleged", "allegedly", "denies", "denied", "deny", "denying"})
# An arrest's hedge: a man "arrested on suspicion of looting" has been accused of nothing yet; "arrested for
# looting" says he looted (a radio desk's re-test: a script's "has been arrested for causing death by dangerous
# driving", from the wire's "on suspicion of causing", was no finding). Its words and the "for" that replaces them.
_SUSPICION = frozenset({"on", "suspicion", "of"})
# Words on the target's side that still hedge ("may" -> "might", "could" -> "can"), or still say a charge is
# unproven ("alleged" -> "accused of", "denies"): no finding.
_STILL_HEDGED = _HEDGES | _ALLEGING | {"can", "would", "should", "possible", "potential", "unclear", "uncertain",
                                      "accused", "denies", "denied", "deny", "charged", "allegation", "allegations",
                                      "claimed", "claims", "claim"}
# An association, and the words that make it a cause.
_ASSOCIATIONS = frozenset({"linked", "link", "links", "associated", "association", "tied", "correlated",
                           "correlation", "connected"})
# Substrings every association or likelihood word holds (`_ASSOCIATIONS`, "likely" of `_likelier`).
_ASSOCIATING_STEMS = ("link", "associat", "tied", "correlat", "connected", "likely")
_CAUSES = frozenset({"cause", "causes", "caused", "causing", "lead", "leads", "led", "leading", "trigger",
                     "triggers", "triggered", "triggering"})
# Of those, the ones that make a cause only before "to" ("leads to a lower risk"): "who was associated with the
# gang" -> "who led the gang" is a man's part in it, not a cause (a false "cause" found in a crime desk's copy).
_LEADING = frozenset({"lead", "leads", "led", "leading"})


# Police copy's hedge: a man "arrested on suspicion of" an offence is suspected, not accused; one "charged with" it
# is accused, and is named in court. "was arrested on suspicion of grievous bodily harm" -> "was charged with
# grievous bodily harm" states a charge no one has brought (a police desk's trial on a force's release: no finding),
# and "a person of interest" -> "a suspect" names as suspected a man the police have not (US copy). The words that
# suspect, dropped from the source's side, and the words that accuse, from the target's; the rest must be the same
# words (the offence), so "arrested on suspicion of burglary" -> "arrested for burglary" (US usage) says nothing
# new and "charged with theft" for "suspicion of burglary" is the facts' and the word diff's.
_SUSPECTING = frozenset({"arrested", "arrest", "held", "detained", "on", "suspicion", "of", "being", "person",
                         "persons", "interest"})
_ACCUSING = frozenset({"charged", "charge", "charges", "with", "convicted", "of", "guilty", "found", "suspect",
                       "suspects", "accused", "jailed", "for", "sentenced"})
# The target's words that say more than suspicion (one must be there: "arrested on suspicion of" -> "arrested over"
# only rewords it).
_ACCUSED = frozenset({"charged", "charge", "charges", "convicted", "guilty", "accused", "jailed", "sentenced"})


def _suspicion_made_charge(source: Sequence[str], target: Sequence[str]) -> bool:
    """Whether an edit makes a suspect accused: "arrested on suspicion of" -> "charged with" / "convicted of", "a
    person of interest" -> "a suspect", the offence and the rest the same words."""
    if "suspicion" in source:
        accuses = not _ACCUSED.isdisjoint(target)
    elif "interest" in source and ("person" in source or "persons" in source):
        accuses = "suspect" in target or "suspects" in target or not _ACCUSED.isdisjoint(target)
    else:
        return False
    return accuses and "suspicion" not in target and _rest(source, _SUSPECTING) == _rest(target, _ACCUSING)


def _claims_cause(tokens: Sequence[str], following: str | None) -> bool:
    """Whether an edit's side holds a verb of causing: "lead" and its forms only before "to", in the edit or as
    the word after it (`following`)."""
    return any(t in _CAUSES and (t not in _LEADING or (tokens[k + 1] if k + 1 < len(tokens) else following) == "to")
               for k, t in enumerate(tokens))


# Words that say a hedged finding is now certain ("suggest" -> "prove"); on the target's side they are how the
# hedge was taken out, not content of the edit's own.
_CERTAIN = frozenset({"prove", "proves", "proved", "proven", "show", "shows", "showed", "shown", "confirm",
                      "confirms", "confirmed", "demonstrate", "demonstrates", "demonstrated", "definitely",
                      "certainly", "clearly"})
# Words an association or a hedge brings with it ("linked to", "associated with", "is likely to", "appears to").
_LINKING = frozenset({"to", "with", "that"})
# What a study was done in, when not in people: dropped from a claim it makes the claim a human one ("in mice",
# "in vitro"). Court copy has cells and tubes of its own ("spent the night in the cells", "attacked on the tube"):
# cells count with a word that makes them a study's ("human cells", "cancer cells", "cell cultures"), a dish or a
# tube as "petri dish" or "test tubes", and "the lab" only in a sentence about cells or animals (`_lab_words`).
_ANIMALS = frozenset({"mice", "mouse", "rats", "rat", "rodents", "rodent", "animals", "animal", "monkeys", "monkey",
                      "primates", "pigs", "zebrafish", "fruitflies", "flies", "worms", "yeast", "vitro"})
_CELLS = frozenset({"cells", "cell", "cultures", "culture"})
_CELL_WORDS = frozenset({"human", "cancer", "tumour", "tumor", "stem", "cultured", "cultures", "culture"})
_LAB = frozenset({"laboratory", "lab", "labs", "laboratories"})
_VESSELS = {"petri": frozenset({"dish", "dishes"}), "test": frozenset({"tube", "tubes"})}
# Words that may stand with them in a qualifier ("in laboratory mice", "in a petri dish", "in studies on rats") or
# take its place ("in mice" -> "in people", which is the same claim made larger).
_SPECIES_FRAME = frozenset({"in", "on", "of", "a", "an", "the", "studies", "study", "experiments", "tests",
                            "fruit", "dish", "dishes", "tube", "tubes", "petri", "test", "cell", "cells"}
                           | _CELL_WORDS | _LAB)
_PEOPLE = frozenset({"in", "people", "humans", "patients", "adults", "men", "women", "children"})
_QUOTED = rx.compile(r"[\"“„«‘][^\"”»’]*(?:[\"”»’]|$)")
# A closing mark (a single one after a stop or a comma: not the apostrophe of "drug’s" or "patients’ risk") and an
# opening one.
_CLOSING = rx.compile(r"[”»]|(?<=[.,!?])’")
_OPENING = rx.compile(r"[“„«]|‘(?![^\W\d_]’)")


def _hedge_words(tokens: Sequence[str], written: str) -> list[str]:
    """The hedging words of an edit's side (`surface_tokens` form); "may" only as written in lowercase."""
    return [w for w in tokens if w in _HEDGES and (w != "may" or re.search(r"(?<!\w)may(?!\w)", written))]


def _uncertainty(text: str) -> int:
    """How many words of a stretch of text hedge or associate rather than assert ("may", "suggests", "linked")."""
    tokens = surface_tokens(text)
    return len(_hedge_words(tokens, text)) + sum(t in _ASSOCIATIONS or t in _ALLEGING or t in _SUSPENDED
                                                 or t == "suspicion" for t in tokens)


# A hedge's helper verb ("may help reduce anxiety" -> "cuts anxiety": a health desk's re-test, no finding, as "help"
# was a word of the edit's own). Taken out with a hedge only: "helps reduce" alone is read as no hedge.
_HELPING = frozenset({"help", "helps", "helped"})


# Verbs of an effect that science copy puts one for another as the hedge goes ("may reduce the risk" -> "cuts the
# risk", "could lower" -> "reduces", "may prevent" -> "stops": a health desk's re-test, none found, the rest of the
# edit no longer the same word): read as one verb, by stem. Only where the hedge is taken out is this read, so "may
# reduce" -> "could cut" (hedged still) and "reduced" -> "cut" (no hedge) stay silent.
_SAME_EFFECT = {
    **dict.fromkeys(("reduc", "cut", "lower", "lessen", "decreas", "slash"), "reduc"),
    **dict.fromkeys(("increas", "rais", "boost", "heighten"), "increas"),
    **dict.fromkeys(("prevent", "stop", "block", "avert", "protect"), "prevent"),
}


# An association with a risk made the verb of an effect: "is associated with an increased risk of dementia" ->
# "increases the risk of dementia", "was linked to a higher risk of bowel cancer" -> "causes bowel cancer" /
# "raises the risk", "linked to a lower risk" -> "cuts the risk" / "prevents" (a health desk's re-test: none found,
# the edit's other words no longer the same). Read as the risk's direction (`_as_effect`): the direction words of
# the association's risk, and the effect verbs and cause verbs of the claim, one word each way. The association's
# own word kept ("is tied to", "associated with") is no finding.
_EFFECT_VERBS = frozenset({"increase", "increases", "increased", "raise", "raises", "raised", "boost", "boosts",
                           "boosted", "heighten", "heightens", "heightened", "reduce", "reduces", "reduced", "cut",
                           "cuts", "lower", "lowers", "lowered", "lessen", "lessens", "lessened", "decrease",
                           "decreases", "decreased", "slash", "slashes", "slashed", "prevent", "prevents",
                           "prevented", "stop", "stops", "stopped", "block", "blocks", "blocked", "avert", "averts",
                           "averted", "protect", "protects", "protected"})
_RISK_DIRECTION = {**dict.fromkeys(("higher", "greater", "bigger", "elevated", "heightened"), "increas"),
                   **dict.fromkeys(("lower", "smaller", "reduced", "decreased"), "reduc")}
# Words of the risk itself ("a higher risk of", "an increased likelihood of"), which the effect verb's object may
# drop ("linked to a higher risk of bowel cancer" -> "causes bowel cancer").
# "against" is the object's word of "protects against" ("linked to a lower risk of liver disease" -> "protects
# against liver disease": a headline's, no finding in the re-test).
_RISK_WORDS = frozenset({"risk", "risks", "chance", "chances", "likelihood", "odds", "of", "against"})


# An edit longer than this on either side is a rewrite: two words more than a reversal's (`MAX_EDIT_WORDS`), as an
# association with a risk takes them ("was linked to a higher risk of" -> "causes" is seven words for one).
MAX_OVERSTATEMENT_EDIT_WORDS = MAX_EDIT_WORDS + 2


def _as_effect(tokens: Sequence[str], dropped: frozenset[str]) -> list[str]:
    """An edit's side as the direction of the effect it claims ("increased risk of" and "causes" both "increas",
    "lower risk of" and "prevents" both "reduc"), with its other words' stems."""
    out = set()
    for t in tokens:
        if t in dropped or t in _AUXILIARIES or t in _RISK_WORDS:
            continue
        if t in _CAUSES:
            out.add("increas")
            continue
        effect = _RISK_DIRECTION.get(t) or _SAME_EFFECT.get(stem(t), stem(t))
        out.add("reduc" if effect == "prevent" else effect)
    return sorted(out)


# A suspended sentence printed as immediate custody ("a nine-month prison sentence, suspended for two years" -> "a
# nine-month prison sentence"): says the defendant went to jail, which they did not. Read as a hedge taken out
# too, in a sentence about a sentence (`_CUSTODY`, so "suspended for two matches" in sports copy is not read),
# the edit dropping "suspended" and at most its term ("for two years", "for 12 months").
_SUSPENDED = frozenset({"suspended"})
_CUSTODY = frozenset({"jail", "jailed", "prison", "sentence", "sentenced", "custody", "custodial", "imprisonment",
                      "imprisoned", "detention", "term", "jailing"})
_TERM_WORDS = frozenset({"for", "a", "an", "of", "period", "year", "years", "month", "months", "week", "weeks",
                         "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                         "twelve", "eighteen", "18", "24", "and", "sentence", "wholly"})


def _custody_words(text: str) -> bool:
    """Whether a sentence is about a court's sentence, where "suspended" qualifies it."""
    return not _CUSTODY.isdisjoint(surface_tokens(text))


# Irregular verb forms that an allegation's "to have" takes with it ("is alleged to have hidden" -> "hid",
# "allegedly stole" -> "had stolen"): read as their verb, as the stemmer leaves them apart.
_VERB_FORMS = {**_IRREGULAR_PAST, "hid": "hide", "hidden": "hide", "stole": "steal", "stolen": "steal",
               "struck": "strike", "threw": "throw", "thrown": "throw", "shot": "shoot", "beaten": "beat",
               "broke": "break", "broken": "break", "fled": "flee", "bit": "bite", "bitten": "bite", "hit": "hit",
               "lay": "lie", "lain": "lie", "led": "lead", "set": "set", "put": "put", "sought": "seek",
               "forced": "force", "fell": "fall", "fallen": "fall", "did": "do", "done": "do", "withheld": "withhold"}


def _rest(tokens: Sequence[str], dropped: frozenset[str]) -> list[str]:
    stems = (stem(_VERB_FORMS.get(t, t)) for t in tokens if t not in dropped and t not in _AUXILIARIES)
    return sorted(_SAME_EFFECT.get(s, s) for s in stems)


def _names_a_study(words: Sequence[str], *, lab: bool) -> bool:
    """Whether words name what a study was done in other than people ("mice", "human cells", "a petri dish"; "the
    lab" with `lab`, the sentence being about cells or animals)."""
    return (any(w in _ANIMALS for w in words)
            or (any(w in _CELLS for w in words) and any(w in _CELL_WORDS or w in _LAB for w in words))
            or any(w in _VESSELS[k] for k in _VESSELS if k in words for w in words)
            or (lab and any(w in _LAB for w in words)))


def _lab_words(text: str) -> bool:
    """Whether a sentence is about cells or animals, where "in the lab" says what a finding was made in."""
    return any(t in _ANIMALS or t in _CELLS for t in surface_tokens(text))


# A hedge's horizon, which goes with it: "might one day lead to a treatment" -> "will lead to a treatment" (a
# science desk's re-test: no finding, as "one day" was a word of the edit's own). Read on the source's side only, and
# only with a hedging word: "will one day lead" still says when.
_HORIZONS = (("one", "day"), ("some", "day"), ("someday",), ("eventually",), ("in", "the", "future"),
             ("in", "future"), ("in", "the", "long", "term"), ("in", "years", "to", "come"))


def _without_horizon(tokens: list[str]) -> list[str]:
    """An edit's side without a hedge's horizon (`_HORIZONS`)."""
    out, k = [], 0
    while k < len(tokens):
        form = next((f for f in _HORIZONS if tuple(tokens[k:k + len(f)]) == f), None)
        if form is None:
            out.append(tokens[k])
        k += len(form) if form else 1
    return out


def overstates(source: list[str], target: list[str], written: tuple[str, str], *, lab: bool = False,
               following: str | None = "to", custody: bool = False) -> str | None:
    """How an edit claims more than its source: `hedge` (a hedging word on the source's side, none on the
    target's, the rest the same words: "may reduce" -> "reduces", "could prevent" -> "will prevent", "findings
    suggest" -> "findings prove"), `cause` ("was linked to" -> "caused", "associated with" -> "leads to"),
    `species` ("in mice" taken out or made "in people"; `lab`: "in the lab" counts, `_lab_words`); None for
    anything else. Court copy's `hedge`s: "alleged" taken out of a charge ("is alleged to have hidden" -> "hid"),
    and, with `custody` (the sentence is about a sentence), "suspended" taken out of one. A negation on either side is
    the reversal step's ("may not reduce" -> "reduces" turns the claim round). `following`: the target's word after
    the edit ("to" unless given: "led" at the edit's end then reads as "led to")."""
    if any(t in NEGATORS for t in (*source, *target)):
        return None
    # (before the hedges: "charged" still hedges an allegation, but it is what a suspicion was made)
    if _suspicion_made_charge(source, target):
        return "suspicion"
    if not any(t in _STILL_HEDGED for t in target):
        if any(t in _ASSOCIATIONS for t in source) and _claims_cause(target, following):
            if _rest(source, _ASSOCIATIONS | _LINKING | _HEDGES) == _rest(target, _CAUSES | _LINKING):
                return "cause"
        if (any(t in _ASSOCIATIONS for t in source) and not any(t in _ASSOCIATIONS for t in target)
                and (_claims_cause(target, following) or any(t in _EFFECT_VERBS for t in target))
                and _as_effect(source, _ASSOCIATIONS | _LINKING | _HEDGES) == _as_effect(target, _LINKING)):
            return "cause"
        if _hedge_words(source, written[0]) and not any(t in _ASSOCIATIONS for t in source):
            if _rest(_without_horizon(source), _HEDGES | _LINKING | _HELPING) == _rest(target, _CERTAIN | _LINKING):
                return "hedge"
        # "is alleged to have hidden" -> "hid", "the alleged victim" -> "the victim", "allegedly stabbed" ->
        # "stabbed": the allegation and its "to" go, the rest the same words.
        if not _ALLEGING.isdisjoint(source) and _rest(source, _ALLEGING | _LINKING) == _rest(target, _LINKING):
            return "hedge"
        # "arrested on suspicion of looting" -> "arrested for looting": the suspicion goes, nothing else.
        if "suspicion" in source and _rest(source, _SUSPICION) == _rest(target, frozenset({"for"})):
            return "suspicion"
    gone = [t for t in source if t not in target]
    if (custody and "suspended" in gone and "suspended" not in target and all(t in _TERM_WORDS or t.isdigit()
                                                                               for t in gone if t != "suspended")
            and all(t in source for t in target)):
        return "hedge"
    if (_names_a_study(gone, lab=lab) and all(t in _ANIMALS or t in _SPECIES_FRAME for t in gone)
            and all(t in _PEOPLE or t in source for t in target)
            # A qualifier's own "in" ("in mice" dropped), or the species made people ("in mice" -> "in people"),
            # not a noun taken out ("the cells died" -> "died": a rewrite's).
            and ("in" in gone or (target and all(t in _PEOPLE for t in target)))):
        return "species"
    return None


# A ceiling on the figure right after it ("reduced tumour growth by up to 40%", "as many as 300 species"): taken out,
# the most a study saw is reported as what it saw, the figure untouched (a science desk's re-test: "up to 40%" ->
# "40%" was no finding). A floor ("at least") taken out claims less, and "about" only rounds: neither is one.
_CEILINGS = (("up", "to"), ("as", "many", "as"), ("as", "much", "as"))


def _ceiling_taken_out(source: list[str], target: list[str], following: dict[str, Any] | None) -> bool:
    """Whether an edit takes only a figure's ceiling out, the figure right after it in shared text."""
    return (not target and tuple(source) in _CEILINGS and following is not None
            and following["op"] == "equal" and following["source"][:1].isdigit())


# A range's floor taken out, its top printed as the figure ("fell by between 10% and 20%" -> "fell by 20%", "lasted
# from 3 to 7 years" -> "lasted 7 years", "10-20%" -> "20%" or "up to 20%": a science desk's re-test, no finding):
# the best a study saw reported as what it saw, as a ceiling taken out is. "rose from 3 to 7" -> "rose to 7" keeps
# the figure's "to" and is no range (the edit must take the connecting word too, the figure right after it).
_RANGE_OPENERS = frozenset({"between", "from"})
_RANGE_JOINS = frozenset({"and", "to"})
# Numbers a range in copy may be written with ("from three to seven years"), besides digits.
_NUMBER_WORDS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                           "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "hundred"})
# A range written with a dash between its figures ("10-20%", "3–7 years"), as the word diff leaves it one word.
_DASHED = rx.compile(r"\d[\d.,]*\s?%?\s?[-–]\s?\d")


def _is_number(token: str) -> bool:
    return token[:1].isdigit() or token in _NUMBER_WORDS


def _range_floor_taken_out(source: list[str], target: list[str], written: str,
                           following: dict[str, Any] | None) -> bool:
    """Whether an edit takes only a range's floor out, keeping its top (shared text right after the edit, or the
    edit's own last figure) and nothing but a ceiling in its place."""
    if source[-1:] and source[-1] in _RANGE_JOINS:
        # "between 10% and" / "from 3 to" / "10 to" deleted, the top figure next in shared text: the opener (if
        # any), one figure and at most two words of its unit ("10 per cent and"), then the join.
        body = source[1:-1] if source[0] in _RANGE_OPENERS else source[:-1]
        return ((not target or tuple(target) in _CEILINGS) and bool(body) and _is_number(body[0]) and len(body) <= 3
                and not any(_is_number(t) for t in body[1:]) and following is not None
                and following["op"] == "equal" and _is_number((surface_tokens(following["source"]) or [""])[0]))
    # "10-20%" -> "20%" / "up to 20%": one word each side, the target's figure the range's top.
    return (len(source) >= 2 and _is_number(source[0]) and _is_number(source[1]) and bool(_DASHED.search(written))
            and bool(target) and target[len(target) - len(source) + 1:] == source[1:]
            and tuple(target[:len(target) - len(source) + 1]) in (*_CEILINGS, ()))


# A small study's smallness taken out ("a pilot study of 12 patients found" -> "a study found"): its findings read
# as a full trial's (a science desk's re-test, no finding). The size word before the study's word, or its sample
# of fewer than `_SMALL_SAMPLE` people after it.
_SMALL_STUDY = frozenset({"pilot", "small", "preliminary", "tiny", "feasibility", "early", "exploratory", "stage"})
_STUDY_WORDS = frozenset({"study", "studies", "trial", "trials", "findings", "results", "research", "data",
                          "experiment", "experiments"})
_SAMPLED = frozenset({"patients", "people", "participants", "volunteers", "adults", "children", "women", "men",
                      "subjects", "students", "users", "babies", "infants", "smokers", "pupils"})
# A pilot study's size: trials of this many people or more are not called small (CONSORT's pilot guidance puts
# pilots at 12-70 a arm); the figure read as the edit writes it.
_SMALL_SAMPLE = 100


def _small_study_taken_out(source: list[str], target: list[str], before: str | None, after: str | None) -> bool:
    """Whether an edit takes out only what said a study was small: its size word ("pilot", "small") before the
    study's word (`after`), or its sample ("of 12 patients", "involving just 30 adults") after it (`before`)."""
    if target:
        return False
    if all(t in _SMALL_STUDY for t in source):
        return after in _STUDY_WORDS
    if before not in _STUDY_WORDS or source[0] not in ("of", "involving", "with", "among", "in", "on"):
        return False
    figures = [t for t in source if t[:1].isdigit()]
    return (len(source) <= 5 and source[-1] in _SAMPLED and len(figures) == 1
            and figures[0].replace(",", "").isdigit() and int(figures[0].replace(",", "")) < _SMALL_SAMPLE)


# A study not yet peer reviewed, said so in a clause the copy drops ("The findings, which have not yet been peer
# reviewed, show" -> "The findings show", "published as a preprint and not yet peer-reviewed,": a science desk's
# re-test, no finding, as the clause's "not" kept it from the hedge rule). A preprint's results then read as a
# journal's. Not where the target says it anywhere else.
_UNREVIEWED = frozenset({"preprint", "preprints", "medrxiv", "biorxiv", "arxiv"})


def _review_caveat_taken_out(source: list[str], target: list[str]) -> bool:
    """Whether an edit takes out only a clause saying a study is not peer reviewed or is a preprint."""
    return not target and (("peer" in source and any(t.startswith("review") for t in source))
                           or not _UNREVIEWED.isdisjoint(source))


# A figure's basis, which says what the figure measures: "in real terms" (after inflation), "seasonally adjusted",
# "excluding bonuses", "on a like-for-like basis" (stores open a year), "at constant currency". Taken out, the
# figure is reported as another one ("regular pay rose by 1.9%" reads as the cash rise; a statistics desk's re-test:
# no finding). Each basis's words, as `surface_tokens` reads them, by the measure they name: a target that names
# the same measure in other words ("adjusted for inflation" for "in real terms") has kept it.
_BASES = {
    "real": (("real", "terms"), ("adjusted", "for", "inflation"), ("inflation", "adjusted"), ("after", "inflation")),
    "seasonal": (("seasonally", "adjusted"), ("seasonal", "adjustment"), ("seasonally", "adjusting")),
    "bonus": (("excluding", "bonuses"), ("excluding", "bonus"), ("ex", "bonuses"), ("without", "bonuses"),
              ("regular", "pay")),
    "like": (("like", "for", "like"), ("same", "store")),
    "constant": (("constant", "currency"), ("constant", "currencies"), ("constant", "prices"),
                 ("constant", "exchange", "rates")),
}
_BASIS_HEADS = frozenset(words[0] for forms in _BASES.values() for words in forms)
# Words a basis brings with it ("in real terms", "on a like-for-like basis", "adjusted for inflation,"): no content
# of the edit's own.
_BASIS_FRAME = frozenset({"in", "on", "a", "an", "the", "at", "basis", "and", "terms"})


def _bases(tokens: Sequence[str]) -> dict[str, set[int]]:
    """The measures a token list names a basis of (`_BASES`), each with the positions of its words."""
    out: dict[str, set[int]] = {}
    for k, tok in enumerate(tokens):
        if tok not in _BASIS_HEADS:
            continue
        for measure, forms in _BASES.items():
            for form in forms:
                if tuple(tokens[k:k + len(form)]) == form:
                    out.setdefault(measure, set()).update(range(k, k + len(form)))
    return out


def _basis_taken_out(source: list[str], target: list[str], target_sentence: str) -> bool:
    """Whether an edit takes out only a figure's basis (`_BASES`), which the target sentence names nowhere else."""
    if target or _BASIS_HEADS.isdisjoint(source):
        return False
    found = _bases(source)
    if not found:
        return False
    inside = set().union(*found.values())
    if any(t not in _BASIS_FRAME for k, t in enumerate(source) if k not in inside):
        return False
    kept = _bases(surface_tokens(target_sentence))
    return any(measure not in kept for measure in found)


# The words `_may_overstate` looks for in an edit's source side ("up", "many", "much" of a ceiling).
_TRIGGERS = (_HEDGES | _ALLEGING | _SUSPENDED | _ASSOCIATIONS | _ANIMALS | _CELLS | _LAB | frozenset(_VESSELS)
             | {"up", "many", "much", "suspicion", "interest", "peer"} | _UNREVIEWED)
# Words of a study's size and a figure's basis are common ("people", "early", "after", "without"): an edit is read
# for them only in a source that names a study (`_STUDY_WORDS`) or a basis (`_BASES`), where alone they can
# overstate it (as candidates everywhere, they made the overstatement step ten times as costly on the seed pair).
_TRIGGERS_BY_SOURCE = {
    (study, based): _TRIGGERS | (_SMALL_STUDY | _SAMPLED if study else frozenset()) | (_BASIS_HEADS if based else
                                                                                      frozenset())
    for study in (False, True) for based in (False, True)}
# Every word an edit may be read for, whatever the source (the corpus's cheap test before a word diff).
_EDIT_WORDS = _TRIGGERS_BY_SOURCE[True, True]
# A range's edit holds a figure, which `_may_overstate`'s words leave out ("between 10% and", "10-20%"): read on the
# edit's text, a figure then a dash and a figure, or a figure and a join word at the edit's end.
# Two patterns, searched in turn: the first opens with its digit outside any alternation, so the regular expression
# engine skips to the digits of the text (an alternation of three was tried at every character: a tenth of the
# overstatement step).
_RANGED_EDIT_FIGURES = rx.compile(r"\d(?:[\d.,]*\s?%?\s?[-–]\s?\d|\D{0,12}\b(?:to|and)\W*$)")
_RANGED_EDIT_WORDS = rx.compile(r"\b(?:between|from) \w+ (?:and|to)\W*$")
# A source text that holds a range at all ("10% and 20%", "3 to 7", "10-20"), and one that holds a study's size.
# (A unit may sit on the first figure, "between 5kg and 8kg", and copy writes small ones in words, "between two and
# four months".)
_RANGED_TEXT = rx.compile(r"\d(?:%|[a-z]{1,3})?\s?(?:[-–]|to |and |per cent (?:to|and) )\s?\d|\b(?:between|from) "
                          r"(?:two|three|four|five|six|seven|eight|nine|ten) (?:and|to) ")
_STUDY_TRIGGERS = _SMALL_STUDY | {"study", "studies", "risk", "likely", "odds", "chance"}
_STUDY_SIZE_WORDS = _SMALL_STUDY | _SAMPLED


def _may_be_ranged(edit: str) -> bool:
    """`_RANGED_EDIT_FIGURES` or `_RANGED_EDIT_WORDS` on an edit's text, after the substrings every match holds (a
    dash, "to" or "and"): the search is read for every edit of every group, and most edits hold none of them."""
    if not ("-" in edit or "–" in edit or "to" in edit or "and" in edit):
        return False
    return (_RANGED_EDIT_FIGURES.search(edit) is not None
            or ("between " in edit or "from " in edit) and _RANGED_EDIT_WORDS.search(edit) is not None)


def _may_overstate(ours: Sequence[str], theirs: Sequence[str], words: frozenset[str] = _EDIT_WORDS) -> bool:
    """The cheap test before an edit is read: its source side holds a hedge, an association or a species (one of
    `words`)."""
    return not words.isdisjoint(ours)


def _any_words(ours: Sequence[str], theirs: Sequence[str]) -> bool:
    return True


def words_may_overstate(ours: Sequence[str], theirs: Sequence[str]) -> bool:
    """Whether two versions of a sentence can differ by `find_overstatements`, from the words each has and the
    other lacks (as `str.split` cuts them): a cheap test before a word diff."""
    words = [w.strip(".,;:!?\"'()“”‘’").lower() for w in ours]
    # (a range's floor: a figure lost with its join or dash, "between 10% and", "10-20%")
    return _may_overstate(words, ()) or (any(w[:1].isdigit() for w in words) and (
        not (_RANGE_OPENERS | _RANGE_JOINS).isdisjoint(words) or any(_DASHED.search(w) for w in words)))


def _quoted(text: str, words: str) -> bool:
    """Whether `words` stand inside quotation marks in `text` (a quote's wording is the quotes step's finding): a
    quote in the sentence, or the sentence's start up to a closing mark with no opening one before it (the second
    sentence of a quote that opened in the one before: 'said: "The results are encouraging. The drug could
    reduce deaths."')."""
    if not words:
        return False
    spans = [m.group() for m in _QUOTED.finditer(text)]
    close = _CLOSING.search(text)
    if close and not _OPENING.search(text, 0, close.start()):
        spans.append(text[:close.start()])
    if text.count('"') % 2:  # a straight mark unmatched: it opens or closes a quote of another sentence
        spans += [text[:text.index('"')], text[text.rindex('"'):]]
    return any(words in span for span in spans)


# Words that say someone was sent to jail. A target sentence that says so of a source sentence whose sentence was
# suspended, and has no "suspended", put the defendant in jail ("was given an 18-month sentence, suspended for two
# years" -> "was jailed for 18 months": a legal desk's trial, no finding, as the edit rewrote more than the
# qualifier). "prison" and "custody" are also the suspended sentence's own words ("a prison sentence, suspended"):
# new in the target only.
_JAILED = frozenset({"jailed", "jail", "imprisoned", "prison", "custody", "locked", "bars"})
# Words that say a defendant did not go to jail, as copy says a suspended sentence ("escaped jail", "walked free").
_SPARED = frozenset({"escaped", "escapes", "avoided", "avoids", "spared", "dodged", "free", "walked", "walks"})


def _words_around(text: str, at: frozenset[str], before: int, after: int) -> str:
    """The words of a sentence from `before` words before the first of `at` to `after` words after it."""
    words = text.split()
    k = next(k for k, w in enumerate(words) if surface_tokens(w) and surface_tokens(w)[0] in at)
    return " ".join(words[max(0, k - before):k + after + 1]).strip(".,;:\"“”")


# Sentences that send no one to jail, as court copy words them (lowercase substrings, the cheap test), each with
# what a copy that still gives it holds and the word its phrase is shown around. A copy that prints any of them as
# a jail term ("given a 12-month community order" -> "jailed for 12 months", "fined £500" -> "jailed", "detained
# under the Mental Health Act" -> "jailed": a legal desk's re-test, no finding) says the defendant went to prison,
# which they did not: a libel. "suspended" is read in a sentence about a sentence only (`_custody_words`: not
# "suspended for two matches"). Unpaid work and a fine go with other sentences ("jailed and fined"), so a copy
# that keeps them may still have jailed someone the source did not: they keep nothing (None).
_NON_CUSTODIAL: tuple[tuple[str, str | None, str], ...] = (
    ("suspended", "suspend", "suspended"), ("community order", "community", "community"),
    ("community service", "community", "community"), ("unpaid work", None, "unpaid"), ("fined", None, "fined"),
    ("conditional discharge", "discharge", "conditional"), ("absolute discharge", "discharge", "absolute"),
    ("mental health act", "hospital", "mental"), ("mental health act", "mental health", "mental"),
    ("hospital order", "hospital", "hospital"), ("secure hospital", "hospital", "hospital"),
    ("referral order", "order", "referral"), ("youth rehabilitation order", "order", "rehabilitation"),
    ("supervision order", "order", "supervision"))
# What each says in plain words, for the finding's `legal` note.
_DISPOSALS = {"suspended": "a suspended sentence", "community": "a community sentence",
              "unpaid": "a community sentence", "fined": "a fine", "conditional": "a discharge",
              "absolute": "a discharge", "referral": "a youth court's order", "rehabilitation": "a youth court's order",
              "supervision": "a youth court's order",
              "mental": "detention in hospital under the Mental Health Act", "hospital": "detention in hospital"}

# A legal desk reads court findings by what they change in law, not by the kind's science-copy name ("hedge"): each
# court rule's finding carries a `legal` note saying it plainly (a key added to the contract; the kinds stay
# three, as validators pinned to the shipped schemas know them).
LEGAL_ALLEGATION = "an allegation printed as fact before a verdict (contempt risk)"
LEGAL_ACQUITTAL = "an acquittal left out: the conviction printed without it"
LEGAL_MAJORITY = "a majority verdict printed as the jury's plain verdict"
# Police copy's: a suspect printed as charged, or a person of interest as a suspect.
LEGAL_SUSPICION = ("a suspicion printed as a charge or as the offence (\"arrested for\"), or a person of interest as a "
                   "suspect (contempt and libel risk)")


def _as_jail(disposal: str) -> str:
    return f"{disposal} printed as jail: custody the court did not impose"


def _custody_added(source: str, target: str) -> tuple[str, str, str] | None:
    """A sentence and its copy where the source's suspended sentence, community order, fine, discharge or
    detention under the Mental Health Act (`_NON_CUSTODIAL`) is the target's jail term (`_JAILED`): the words
    around the source's and around the target's jail word, and the `legal` note; None for anything else. Only
    where the source says no one was jailed (a sentence jailing one defendant and suspending another's is two
    sentences' facts, and a copy that keeps the first is a trim) and the target gives none of those sentences nor
    spares anyone jail (`_SPARED`)."""
    lowered = source.lower()
    held = [(kept, word) for phrase, kept, word in _NON_CUSTODIAL if phrase in lowered]
    if not held:  # cheap first: read for every sentence copied one to one (a ~2,000-word pair's compare spent a
        return None  # sixth of its time tokenising them here)
    t_lowered = target.lower()
    if any(kept and kept in t_lowered for kept, _ in held):
        return None
    s_tokens, t_tokens = surface_tokens(source), surface_tokens(target)
    if not _SPARED.isdisjoint(t_tokens) or not (_JAILED - {"prison", "custody"}).isdisjoint(s_tokens):
        return None
    # (jail only threatened, "was warned he could face jail, but was fined", imposes none)
    if not _JAIL_THREATENED.isdisjoint(t_tokens):
        return None
    shown = next((word for _, word in held if word in s_tokens and (word != "suspended" or _custody_words(source))),
                 None)
    if shown is None:
        return None
    new = (_JAILED - set(s_tokens)).intersection(t_tokens)
    if not new:
        return None
    return (_words_around(source, frozenset({shown}), 4, 3), _words_around(target, frozenset(new), 1, 3),
            _as_jail(_DISPOSALS[shown]))


# A sentence that jails no one, left out, while another sentence of the copy jails the defendant: "He was fined
# £500." omitted and "Hughes, 34, who was jailed at Harrogate Magistrates' Court, admitted ..." printed from its
# neighbours (a legal desk's re-test: no finding, as `_custody_added` reads a sentence and its copy one to one and
# the merged sentence's sources say nothing of the sentence). Read only where the source jails no one anywhere
# (none of `_JAILED`'s own words but "prison" and "custody", which a suspended sentence and a remand use) and gives
# a sentence that jails no one (`_NON_CUSTODIAL`), and the target's jail words (`_JAIL_PRINTED`) stand in a
# sentence derived from the source that neither spares, negates nor only threatens jail ("could face jail"), while
# the target gives none of the source's non-custodial sentences anywhere (two defendants, one jailed, one fined).
_JAIL_PRINTED = rx.compile(r"(?<![\w-])(?:jail(?:ed)?|imprison(?:ed|ment)|(?:sent|taken) to prison|in prison|prison "
                           r"(?:sentence|term)|behind bars|locked up|(?<!non-)custodial sentence)(?![\w-])")
_JAIL_THREATENED = frozenset({"could", "may", "might", "faces", "face", "facing", "if", "risk", "risks", "warned",
                              "threat"})


@lru_cache(maxsize=64)
def _disposals_without_jail(whole: str) -> tuple[str, ...]:
    """The non-custodial sentences (`_NON_CUSTODIAL` phrases) of a source text that jails no one; () for one that
    jails someone or gives none (read once a text: a corpus compares one source with many targets)."""
    lowered = whole.lower()
    held = tuple(phrase for phrase, _, _ in _NON_CUSTODIAL if phrase in lowered)
    if not held or not (_JAILED - {"prison", "custody"}).isdisjoint(surface_tokens(whole)):
        return ()
    return held


def _jail_beside_a_disposal(alignments: Sequence[Any], source_texts: Sequence[str], target_texts: Sequence[str],
                            whole: str, found: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """Target sentences derived from the source that jail the defendant where the source jails no one and gives a
    sentence that jails no one (see `_JAIL_PRINTED`): the words around that sentence's word and the target's jail
    word, and the `legal` note; one finding a target sentence, none where one is already found there."""
    held = _disposals_without_jail(whole)
    if not held:  # cheap first: most sources sentence no one, or jail someone
        return []
    t_whole = " ".join(target_texts).lower()
    if any(phrase in t_whole or (kept and kept in t_whole) for phrase, kept, _ in _NON_CUSTODIAL if phrase in held):
        return []
    if not _SPARED.isdisjoint(surface_tokens(t_whole)):
        return []
    linked = {i for group in alignments for i in group.source}
    out = []
    for t in sorted({t for group in alignments for t in group.target}):
        m = _JAIL_PRINTED.search(target_texts[t].lower())
        if m is None or any(o["target_index"] == t for o in found):
            continue
        tokens = surface_tokens(target_texts[t])
        if not NEGATORS.isdisjoint(tokens) or not _JAIL_THREATENED.isdisjoint(tokens) or "?" in target_texts[t]:
            continue
        # (a speaker's words: 'said: "I never want to see the inside of a jail again"')
        if _quoted(target_texts[t], target_texts[t][m.start():m.end()]):
            continue
        # The sentence that gives the disposal: one the target left out first (the sentence the copy dropped).
        given = [(s, word) for s, text in enumerate(source_texts) for phrase, _, word in _NON_CUSTODIAL
                 if phrase in held and phrase in text.lower() and word in surface_tokens(text)
                 and (word != "suspended" or _custody_words(text))]
        if not given:
            return out
        s, word = min(given, key=lambda g: (g[0] in linked, g[0]))
        jail = frozenset(surface_tokens(m.group())[:1])
        out.append({"kind": "hedge", "source": _words_around(source_texts[s], frozenset({word}), 4, 3),
                    "target": _words_around(target_texts[t], jail, 1, 3), "legal": _as_jail(_DISPOSALS[word]),
                    "source_index": s, "target_index": t})
    return out


# A charge, or a suspect, that the source never names: a release that says a man was arrested (and nowhere that
# anyone was charged), rewritten as "Man charged after Harehills attack" / "A man has been charged after ...", or
# a sheriff's "person of interest" (and nowhere a suspect) as "Suspect identified in Pine Ridge shooting" (a police
# desk's trial: no finding; the headline and the lead rewrite the whole sentence, so no edit holds the change). Read
# in the target's derived sentences and its headline, where the word stands with no negation in the sentence
# ("no one has been charged" says what the release says); listed as the edit rule's `hedge`.
# Each: what the source says, what it must not say, the target's words that claim more, and the source's words shown
# before and after its own.
_NEVER_BROUGHT = ((("arrest",), "charg", frozenset({"charged"}), (1, 3)),
                  (("person of interest", "persons of interest", "people of interest"), "suspect",
                   frozenset({"suspect", "suspects", "suspected"}), (3, 1)))


def _never_brought(alignments: Sequence[Any], source_texts: Sequence[str],
                   target_texts: Sequence[str]) -> list[dict[str, Any]]:
    """Target sentences that charge, or suspect, where the source only arrests, or names a person of interest
    (`_NEVER_BROUGHT`): the words around the source's arrest and the target's charge."""
    whole = " ".join(source_texts).lower()
    rules = [rule for rule in _NEVER_BROUGHT if any(said in whole for said in rule[0]) and rule[1] not in whole]
    if not rules:  # cheap first: a source that arrests no one, or names the charge itself
        return []
    from .meaning import HEADLINE_MAX_WORDS  # (meaning imports this module's neighbours: read at call time)

    derived = sorted({t for group in alignments for t in group.target})
    if target_texts and 0 not in derived and len(target_texts[0].split()) <= HEADLINE_MAX_WORDS and not (
            target_texts[0].rstrip().endswith((".", "?", "!"))):
        derived.insert(0, 0)  # the headline, which the aligner seldom links
    out = []
    for t in derived:
        tokens = surface_tokens(target_texts[t])
        for said, _, claims, (before, after) in rules:
            if claims.isdisjoint(tokens) or any(w in NEGATORS for w in tokens) or "?" in target_texts[t]:
                continue
            s = next(i for i, text in enumerate(source_texts) if any(x in text.lower() for x in said))
            s_at = frozenset(w for w in surface_tokens(source_texts[s]) if w.startswith(said[0].split()[-1]))
            out.append({"kind": "hedge", "source": _words_around(source_texts[s], s_at, before, after),
                        "target": _words_around(target_texts[t], claims, 3, 1), "legal": LEGAL_SUSPICION,
                        "source_index": s, "target_index": t})
            break
    return out


# A relative risk printed as an absolute one ("had a 50% higher risk of dropping out" -> "half of users will drop
# out", "doubles the risk of poor sleep" -> "one in two people will sleep poorly": a science desk's re-test, no
# finding, the sentence reworded round the figure): a risk raised by half read as half of everyone, the commonest
# misreading of a study's figures in health copy. Read as a hedge taken out (the finding's contract keeps its three
# kinds): the risk's frame goes, and the target says who will, not who is likelier to. Only where the target has no
# risk word left ("a 50% higher risk, or about 15% of users" keeps it) and the source gives no share of its own.
_RELATIVE = rx.compile(r"\b\d+(?:\.\d+)?\s?(?:%|per ?cent) (?:higher|greater|increased|raised|bigger|lower|reduced|"
                       r"smaller) (?:risk|chance|likelihood|odds)|\b(?:doubl|tripl|quadrupl|halv)\w* (?:the|their|its|"
                       r"a|your) (?:\w+ )?(?:risk|chance|odds|likelihood)|\btwice as likely"
                       r"|\b(?:\w+) times (?:more|as) likely")
_ABSOLUTE = rx.compile(r"\b\d+(?:\.\d+)?\s?(?:%|per ?cent) of\b|\b(?:one|two|three|\d+) (?:in|out of) "
                       r"(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\b|\bhalf (?:of|the|all)\b")
_RISK_FRAME = frozenset({"risk", "risks", "likely", "likelier", "likelihood", "chance", "chances", "odds", "times"})


def _relative_made_absolute(source: str, target: str) -> tuple[str, str] | None:
    """A sentence's relative risk and its copy's share of people (`_RELATIVE`, `_ABSOLUTE`), each with the words
    after it; None for anything else."""
    if not ("risk" in source or "likel" in source or "odds" in source or "chance" in source):  # cheap first
        return None
    relative = _RELATIVE.search(source.lower())
    if relative is None or _ABSOLUTE.search(source.lower()):
        return None
    absolute = _ABSOLUTE.search(target.lower())
    if absolute is None or not _RISK_FRAME.isdisjoint(surface_tokens(target)):
        return None
    return _phrase(source, relative.start(), relative.end()), _phrase(target, absolute.start(), absolute.end())


def _phrase(text: str, start: int, end: int, more: int = 3) -> str:
    """The words of `text` from `start` to `end`, with up to `more` words after, as the text writes them."""
    rest = text[end:].split()
    return " ".join([text[start:end], *rest[:more]]).strip(".,;:\"“”")


# A hedge taken out in a sentence rewritten round it: "The findings ... might one day lead to a treatment for people
# whose ..." -> "The team said the compound will lead to a treatment for people whose ..." (a science desk's re-test:
# no finding, the subject reworded into the same edit as the hedge, so the edit is a rewrite's, not one hedge's).
# Read where the edit's source side ends in a modal hedge (its horizon aside, `_HORIZONS`), its target side in
# "will", and a run of at least `HEDGED_CLAIM_MIN_WORDS` shared words, the claim, follows: the same claim, made
# certain.
_MODAL_HEDGES = frozenset({"may", "might", "could"})
HEDGED_CLAIM_MIN_WORDS = 4


def _hedge_before_claim(script: list[dict[str, Any]]) -> tuple[str, str] | None:
    """An edit that ends in a modal hedge on the source's side and in "will" on the target's, before a shared claim
    of at least `HEDGED_CLAIM_MIN_WORDS` words: the hedge and the claim's first words, as each text writes them."""
    for n, e in enumerate(script[:-1]):
        # (the cheap test first: most edits hold no "will")
        if e["op"] != "replace" or "will" not in e["target"] or _MODAL_HEDGES.isdisjoint(_words(e["source"])):
            continue
        after = script[n + 1]
        source, target = surface_tokens(e["source"]), surface_tokens(e["target"])
        core = _without_horizon(source)
        if (target[-1:] != ["will"] or core[-1:] == [] or core[-1] not in _MODAL_HEDGES
                or not _hedge_words(core[-1:], e["source"]) or _word_count(after["target"]) < HEDGED_CLAIM_MIN_WORDS
                or any(t in NEGATORS for t in (*source, *target, *surface_tokens(after["source"])[:2]))):
            continue
        words = e["source"].split()
        at = max(k for k, w in enumerate(words) if surface_tokens(w)[-1:] == [core[-1]])
        claim = after["source"].split()[:3]
        return " ".join([*words[at:], *claim]).strip(".,;:\"“”"), " ".join(
            [e["target"].split()[-1], *claim]).strip(".,;:\"“”")
    return None


# A small study's size reworded away rather than deleted: "A study of 24 volunteers found" -> "Research found" (one
# edit, the study's word put for another), or the sentence rewritten round its finding ("..., according to new
# research"): its findings read as a full trial's (a science desk's re-test: found when the words were deleted, missed
# when reworded). The sample, after a study's word, and read in the source sentence; the target sentence gives neither
# its figure nor its people, nor a size word (`_SMALL_STUDY`).
_SAMPLE_OF_STUDY = rx.compile(r"\b(?:stud(?:y|ies)|trials?|experiments?|research|survey)\s+"
                              r"(?:of|involving|with|among|in|on)\s+(?:just\s+|only\s+|some\s+|about\s+|around\s+)?"
                              r"(?P<n>\d{1,3})\s+(?P<who>[a-z]+)")
# Words that may stand for the study once its sample is gone ("A study of 24 volunteers" -> "Research", "A new study").
_STUDY_FRAME = _STUDY_WORDS | {"a", "an", "the", "new", "recent", "latest", "this", "their", "scientists",
                               "researchers", "one"}


def _study_said(target: str) -> str:
    """How a target sentence names the study whose sample it dropped: its study's word, three words before it and two
    after ("according to new research"), else its first five words."""
    words = target.split()
    at = next((k for k, w in enumerate(words) if surface_tokens(w)[:1] and surface_tokens(w)[0] in _STUDY_WORDS), None)
    shown = words[max(0, at - 3):at + 3] if at is not None else words[:5]
    return " ".join(shown).strip(".,;:\"“”")


def _sample_reworded(source: str, target: str, *, edit: tuple[list[str], list[str]] | None = None) -> str | None:
    """The sample a source sentence gives its small study ("study of 24 volunteers"), where the target sentence says
    nothing of the study's size; with `edit`, only where the edit takes the sample and puts a study's word for it."""
    m = _SAMPLE_OF_STUDY.search(source.lower())
    if m is None or m.group("who") not in _SAMPLED or int(m.group("n")) >= _SMALL_SAMPLE:
        return None
    if edit is not None and not (edit[1] and all(t in _STUDY_FRAME for t in edit[1])
                                 and m.group("n") in edit[0] and m.group("who") in edit[0]):
        return None
    tokens = surface_tokens(target)
    if m.group("n") in tokens or m.group("who") in tokens or not _SMALL_STUDY.isdisjoint(tokens):
        return None
    return source[m.start():m.end()]


# A headline that makes the source's association a cause ("Ultra-processed food linked to higher risk of depression
# in women" -> "Ultra-processed food increases depression risk in women, study finds", "Junk food triggers
# depression"): a headline rewrites its sentence wholesale, so the word diff has no copied text around the verb for
# the edit rule to read (a science desk's re-test: none found, the body keeping "linked to" word for word). Read as
# `meaning._headline_reversals` reads a headline: the target's first sentence, short and with no full stop, against
# the source sentences it is linked to (its headline and lead when none), one of which associates and none of which
# claims the effect itself; the two must share at least `HEADLINE_SHARED_WORDS` content words (what is linked to
# what), and the headline hold no hedge or association of its own.
HEADLINE_SHARED_WORDS = 2


def _claims_effect(tokens: Sequence[str]) -> bool:
    """Whether words claim a cause or an effect: a verb of causing, or of an effect that is not a risk's adjective
    ("increases the risk", "cuts"; not "an increased risk", "a lower risk")."""
    return _claims_cause(tokens, None) or any(
        t in _EFFECT_VERBS and (k + 1 == len(tokens) or tokens[k + 1] not in _RISK_WORDS)
        for k, t in enumerate(tokens))


def _likelier(tokens: Sequence[str]) -> bool:
    """Whether words compare how likely an outcome is ("were 30% more likely to develop dementia"): an association
    as observational studies report one, which "causes dementia" makes a cause (a science desk's re-test)."""
    return any(t == "likely" and k and tokens[k - 1] in ("more", "less") for k, t in enumerate(tokens))


def _directions(tokens: Sequence[str]) -> set[str]:
    """The directions ("increas", "reduc") of the risks and effects words claim ("a lower risk", "less likely",
    "cuts", "prevents", "causes")."""
    out = set()
    for k, t in enumerate(tokens):
        if t in _RISK_DIRECTION:
            out.add(_RISK_DIRECTION[t])
        elif t == "likely" and k and tokens[k - 1] in ("more", "less"):
            out.add("increas" if tokens[k - 1] == "more" else "reduc")
        elif t in _CAUSES:
            out.add("increas")
        elif t in _EFFECT_VERBS:
            effect = _SAME_EFFECT.get(stem(t), "")
            if effect:
                out.add("reduc" if effect == "prevent" else effect)
    return out


def _headline_cause(source_texts: Sequence[str], target_texts: Sequence[str], linked: Sequence[int], *,
                    target_index: int = 0, headline: bool = True) -> tuple[int, str, str] | None:
    """The source sentence whose association the target's headline makes a cause, with the words around each; None
    for anything else. Not `headline`: the target sentence `target_index` against the one it is linked to only
    (`linked`), a sentence reworded round its verb."""
    # A sentence reworded one to one is read only against a linked source sentence that associates (the cheap test
    # first: it is asked of every such sentence).
    if not headline and not any(w in lowered for i in linked if (lowered := source_texts[i].lower())
                                for w in _ASSOCIATING_STEMS):
        return None
    text = target_texts[target_index] if target_texts else ""
    words = text.split()
    if headline and (not words or len(words) > HEADLINE_MAX_WORDS
                     or text.rstrip("\"'”’)").endswith((".", "?", "!"))):
        return None
    if not words or not any(w.strip(".,;:").lower() in _EFFECT_VERBS or w.strip(".,;:").lower() in _CAUSES
                            for w in words):  # cheap first: read for every sentence reworded one to one
        return None
    tokens = surface_tokens(text)
    if (not _claims_effect(tokens) or any(t in NEGATORS or t in _STILL_HEDGED or t in _ASSOCIATIONS for t in tokens)
            or _quoted(text, text.strip())):
        return None
    ignore = stopwords() | _EFFECT_VERBS | _CAUSES | _RISK_WORDS | _ASSOCIATIONS | {"study", "finds", "says"}
    ours = {stem(t) for t in tokens if t not in ignore and not t.isdigit()}
    # The linked sentences first, then any other (a headline drawn from a later paragraph, "Artificial sweeteners
    # cause depression" over the release's fourth sentence, is linked to the release's headline or to nothing).
    first = list(linked or range(min(2, len(source_texts))))
    order = [*first, *(i for i in range(len(source_texts)) if i not in first)] if headline else list(linked)
    read = [(i, surface_tokens(source_texts[i])) for i in order]
    # A claim the source makes itself ("Coffee cuts liver disease risk" over its own "linked to" in the body: the
    # headline a copy keeps) is the source's.
    if headline and any(_claims_effect(theirs) and NEGATORS.isdisjoint(theirs)
                        and len(ours & {stem(t) for t in theirs}) >= HEADLINE_SHARED_WORDS for _, theirs in read):
        return None
    for i, theirs in read:
        if ((_ASSOCIATIONS.isdisjoint(theirs) and not _likelier(theirs)) or _claims_effect(theirs)
                or any(t in NEGATORS for t in theirs)
                or len(ours & {stem(t) for t in theirs}) < HEADLINE_SHARED_WORDS):
            continue
        # The effect turned round ("linked to a lower risk" -> "raises the risk") is a reversal, not this.
        if (ways := _directions(theirs)) and (claimed := _directions(tokens)) and not ways & claimed:
            continue
        said = next(w for w in words if surface_tokens(w) and _claims_effect(surface_tokens(w)[:1]))
        associating = not _ASSOCIATIONS.isdisjoint(theirs)
        return (i, _words_around(source_texts[i], _ASSOCIATIONS if associating else frozenset({"likely"}),
                                 1 if associating else 2, 3),
                _words_around(text, frozenset(surface_tokens(said)[:1]), 1, 2))
    return None


# An allegation's attribution taken out of a sentence: "Prosecutors allege that the councillor took bribes" -> "The
# councillor took bribes", "the court heard that Smith punched the victim" -> "Smith punched the victim", "It is
# alleged that" dropped, "is accused of defrauding" -> "defrauded", "Police said the man had stabbed his neighbour"
# -> "The man stabbed his neighbour": the claim printed as the paper's own fact, outside the privilege of a fair
# report of the proceedings (a legal desk's re-test: none was found, the attribution being no hedging word and
# often the sentence's whole opening). Read in a sentence and its copy, one to one: the source attributes
# (`_ATTRIBUTIONS`, lowercase substrings, the cheap test), the target attributes nothing (`_STILL_ATTRIBUTED`:
# "..., police said" keeps it), and the target's content words are the source's without the attribution, with at
# most one of the source's left out (a trim, not a rewrite). Police's "said" alone (US copy's "According to
# police", "authorities said" too) attributes much that accuses no one ("police said the road was closed"): read
# only where the claim names an offence (`_OFFENCE_STEMS`) and no arrest (the police's own act).
# A court's attribution too accuses only where its claim names an offence: "The court heard that the family moved to
# Leeds in 2010." -> "The family moved to Leeds in 2010." accuses no one of anything (a legal desk's re-test: a
# false alarm). A named speaker ("Prosecutor John Smith told the court that Walsh took bribes", "..., Mr Smith,
# prosecuting, told the jury") is the attribution's, with the words before its verb (`_speaker_words`): it was no
# finding, the speaker's name counting as words the copy left out.
_ATTRIBUTIONS = ("allege", "court heard", "jury heard", "court was told", "jury was told", "accused of",
                 "it is claimed", "it was claimed", "told the court", "told the jury", "told jurors",
                 "told magistrates", "told the hearing", "told the trial", "told the inquest")
_SAYING = ("police said", "police say", "prosecutors said", "prosecutors say", "prosecution said", "officers said",
           "detectives said", "police believe", "police claim", "according to police", "according to prosecutors",
           "according to authorities", "according to investigators", "according to the police", "authorities said",
           "authorities say", "investigators said", "investigators say", "deputies said", "prosecutors told",
           "prosecution told", "prosecutor told")
_ATTRIBUTING = frozenset({"police", "prosecutors", "prosecutor", "prosecution", "officers", "detectives", "court",
                          "jury", "heard", "told", "said", "say", "says", "allege", "alleges", "alleged", "alleging",
                          "that", "it", "how", "accused", "claimed", "claim", "believe", "crown", "jurors",
                          "according", "authorities", "investigators", "deputies"})
_STILL_ATTRIBUTED = _ATTRIBUTING - {"police", "court", "jury", "that", "it", "how", "crown", "officers", "authorities",
                                    "investigators", "deputies"} | _ALLEGING | {
    "saying", "according", "accusing", "claims", "allegation", "allegations", "reportedly", "suspected", "suspicion",
    "charged", "charge", "charges", "denial", "trial", "prosecuted"}
_OFFENCE_STEMS = ("stab", "punch", "attack", "assault", "kill", "murder", "rape", "stole", "steal", "rob", "brib",
                  "fraud", "shot", "shoot", "beat", "threat", "abus", "harass", "kick", "strangl", "smuggl", "launder",
                  "indecent", "sexual", "groom", "burgl", "theft", "arson", "set fire", "fire", "knife", "weapon",
                  "drug", "supplied", "embezzl", "forg", "blackmail", "kidnap", "hit", "struck", "drove", "driving",
                  "defraud", "lied", "lying", "dishonest", "deceiv", "grop", "molest", "neglect", "cruel", "corrupt",
                  "bullied", "bullying", "throttl", "slap", "wound", "conspir", "cheat", "stalk", "traffick", "exploit")
# (read at a word's start: "rob" of "robbed", not of "probation"; "hit" not of "white")
_OFFENCE = rx.compile(r"(?<![\w'’-])(?:" + "|".join(sorted(set(_OFFENCE_STEMS))) + ")")
LEGAL_ATTRIBUTION = ("an allegation's attribution taken out: a claim of police, prosecutors or a court printed as "
                     "fact (libel and contempt risk)")


# Most words before an attribution's verb that are read as its speaker ("Prosecutor John Smith", "Mr Smith,
# prosecuting,"): a sentence's opening, or its last clause after a comma ("..., prosecutor John Smith told the court").
SPEAKER_MAX_WORDS = 6
_TOLD = rx.compile(r"(?<![\w-])(?:told|said|alleged|allege|alleges|claimed|claims)(?![\w-])")


def _speaker_words(source: str, lowered: str) -> list[str]:
    """The words of a sentence's attribution before its verb (the speaker: "Prosecutor John Smith told the court
    that ...", "..., Mr Smith, prosecuting, told the jury."), as tokens; [] where the verb stands after more than
    `SPEAKER_MAX_WORDS` words (the speaker is then the claim's own subject, "Brown, 42, is accused of")."""
    m = _TOLD.search(lowered)
    if m is None:
        return []
    before = source[:m.start()]
    opening = before[before.rfind(",") + 1:] if len(before.split()) > SPEAKER_MAX_WORDS else before
    words = surface_tokens(opening)
    return words if len(words) <= SPEAKER_MAX_WORDS else []


def _attribution_dropped(source: str, target: str) -> tuple[str, str] | None:
    """A sentence that attributes an allegation and its copy that states it as fact (see `_ATTRIBUTIONS`): the
    source's attribution with the words after it, and the target's first words; None for anything else."""
    lowered = source.lower()
    said = not any(p in lowered for p in _ATTRIBUTIONS)
    if said and not any(p in lowered for p in _SAYING):  # cheap first: read for every sentence copied one to one
        return None
    # (an arrest police report is their act, not a claim: "Police said a man had been arrested"; a claim that
    # names no offence accuses no one)
    if (said and "arrest" in lowered) or not _OFFENCE.search(lowered):
        return None
    # (a witness's words given as a quote, METER's 'Thompson told the court: ``I thought ...' -> "'I thought ...",
    # are the quotes step's: a quotation mark on either side is not read)
    if any(q in source or q in target for q in ('"', "“", "”", "``", "''", "‘")):
        return None
    t_tokens = surface_tokens(target)
    if not _STILL_ATTRIBUTED.isdisjoint(t_tokens) or "?" in source + target:
        return None
    ignore = stopwords() | _AUXILIARIES
    s_tokens = surface_tokens(source)
    speaker = {stem(t) for t in _speaker_words(source, lowered)} - ignore
    rest = {stem(_VERB_FORMS.get(t, t)) for t in s_tokens if t not in ignore and t not in _ATTRIBUTING}
    ours = {stem(_VERB_FORMS.get(t, t)) for t in t_tokens if t not in ignore}
    if len(ours) < 3 or not ours <= rest or len(rest - ours - speaker) > 1:
        return None
    words = source.split()
    at = next((k for k, w in enumerate(words) if surface_tokens(w) and surface_tokens(w)[0] in _ATTRIBUTING
               and surface_tokens(w)[0] not in ("that", "how")), 0)
    return " ".join(words[max(0, at - 1):at + 4]).strip(".,;:\"“”"), " ".join(target.split()[:4]).strip(".,;:\"“”")


# A claim's attribution taken out of a copied sentence, outside court copy: "Hamas claimed that 500 people were
# killed in the blast" -> "500 people were killed in the blast", "According to local media, at least 20 people died"
# -> "At least 20 people died", "Unconfirmed reports said the president had been taken to hospital" -> "The
# president has been taken to hospital": a party's claim or an unverified report printed as the target's own fact,
# the commonest fault a verification desk finds in a post made from wire copy (a re-test: none was found, no hedging
# word being taken out). Read as `_attribution_dropped` is, in a sentence and its copy one to one: the attribution
# stands at the sentence's start or end (`_CLAIMED`), the target attributes nothing, and its content words are the
# rest of the source's with at most one left out. An official source given by "according to" ("according to police",
# "according to the ministry") is left to the legal rule, which reads police only where they accuse someone: police
# and officials attribute much that is routine. What anyone "claimed" is contested ("the ministry claimed that 300
# soldiers had been killed").
_CLAIMED = rx.compile(
    r"^(?:(?P<a>according to [^,]{2,60}|unconfirmed (?:media )?reports (?:said|say|suggested|suggest)"
    r"(?: that)?|(?:[\w'’-]+ ){0,4}(?:claimed|claims|has claimed|have claimed)(?: that)?),? )"
    r"|(?P<b>,? (?:according to [^,]{2,60}|(?:[\w'’-]+ ){0,4}(?:claimed|claims))\W*$)", re.IGNORECASE)
# Edited words any such attribution leaves in the word diff (lowercase substrings: the cheap test on every group).
_CLAIM_EDITS = ("laim", "ccording", "nconfirmed")
# Sources whose attribution is routine (the legal rule reads theirs), and words that still attribute in the target.
_OFFICIAL = frozenset({"police", "prosecutors", "prosecutor", "prosecution", "officers", "detectives", "court",
                       "authorities", "investigators", "deputies", "officials", "official", "spokesman",
                       "spokeswoman", "spokesperson", "ministry", "government"})
_STILL_CLAIMED = _STILL_ATTRIBUTED | {"reports", "reported", "report", "unconfirmed", "sources", "source", "told",
                                     "claiming"}


def _claims(text: str) -> bool:
    """Whether a sentence holds the words of a claim's attribution (`_CLAIM_EDITS`): the first test of every group
    read one to one, three substring searches of its source sentence."""
    return "laim" in text or "ccording" in text or "nconfirmed" in text


def _claim_edit(edit: dict[str, Any]) -> bool:
    """Whether an edit of a group's word diff takes out words an attribution of a claim holds (`_CLAIM_EDITS`)."""
    return edit["op"] != "equal" and any(w in edit["source"] for w in _CLAIM_EDITS)


def _claim_dropped(source: str, target: str) -> tuple[str, str] | None:
    """A sentence that attributes a claim (`_CLAIMED`) and its copy that states it as fact: the source's
    attribution and the target's first words; None for anything else."""
    found = _CLAIMED.search(source.strip())
    if found is None or any(q in source or q in target for q in ('"', "“", "”", "``", "''", "‘")) or "?" in source:
        return None
    span = found.group("a") or found.group("b")
    said = surface_tokens(span)
    t_tokens = surface_tokens(target)
    if ("according" in said and not _OFFICIAL.isdisjoint(said)) or not _STILL_CLAIMED.isdisjoint(t_tokens):
        return None
    ignore = stopwords() | _AUXILIARIES
    rest = {stem(_VERB_FORMS.get(t, t)) for t in surface_tokens(source[:found.start()] + " " + source[found.end():])
            if t not in ignore}
    ours = {stem(_VERB_FORMS.get(t, t)) for t in t_tokens if t not in ignore}
    if len(ours) < 3 or not ours <= rest or len(rest - ours) > 1:
        return None
    return span.strip(" ,.;:"), " ".join(target.split()[:4]).strip(".,;:")


# News copy's hedges of what is not yet done or confirmed, a verb's phrase: "is expected to raise rates", "are
# believed to have stolen", "is thought to be considering", "is understood to be in talks", "is set to announce". A
# rewrite that drops one ("The bank will raise rates", "The hackers stole", "Tesco is in talks") prints as fact what
# the wire hedged (a business and politics desk's re-test: none was a finding). Their words are common in wire copy
# ("than expected", "set up", "a thought"), so they are no `_HEDGES` trigger (that made the seed compare 1% slower):
# read only in a source that writes one of the phrases, in a group one sentence to one whose edits take a hedge's
# word out (`_news_hedge_edit`), and then the phrase is read in the sentence.
_NEWS_HEDGE_WORDS = ("expected", "believed", "thought", "understood", "set")
_NEWS_HEDGE_PHRASES = tuple(f"{w} to " for w in _NEWS_HEDGE_WORDS)
_NEWS_HEDGE = rx.compile(r"\b(?:is|are|was|were|'s|’s)\s+(?:(?:widely|now|also|still|generally|already)\s+)?"
                         r"(?P<hedge>expected|believed|thought|understood|set)\s+to\s+(?:(?:have|be)\s+)?")
# The target's words that still hedge it, beside `_STILL_HEDGED`: the same hedge, or another ("likely", "poised",
# "plans to", "sources", "reported"). A speaker's "said" is none: the source's statement is attributed as well.
_STILL_NEWS_HEDGED = _STILL_HEDGED | frozenset(_NEWS_HEDGE_WORDS) | {
    "expect", "expects", "expecting", "expectation", "expectations", "believe", "believes", "think", "thinks",
    "understand", "understands", "poised", "due", "plan", "plans", "planning", "planned", "aims", "aiming",
    "intends", "tipped", "forecast", "forecasts", "predicted", "predict", "seen", "sources", "source", "reported",
    "reports", "report", "according"}
# The words a hedge's phrase and its plain statement write round their verb ("is expected to raise" -> "will raise",
# "are believed to have stolen" -> "stole", "is thought to be considering" -> "is considering").
_NEWS_HEDGE_FRAME = frozenset({*_AUXILIARIES, "will", "shall", "to", "widely", "now", "also", "still", "generally",
                               "already", "s", "the", "a", "an", *_NEWS_HEDGE_WORDS})


def _news_hedge_edit(edit: dict[str, Any], words: tuple[str, ...] = _NEWS_HEDGE_WORDS) -> bool:
    """Whether an edit of a group's word diff takes out a news hedge's word (`words`, of `_NEWS_HEDGE_WORDS`): the
    group's cheap test, substrings of its edits' source side."""
    if edit["op"] == "equal" or edit["op"] == "insert":
        return False
    text = edit["source"]
    return any(w in text for w in words)


def _news_hedge_dropped(script: list[dict[str, Any]], source: str, target: str) -> tuple[str, str] | None:
    """A news hedge (`_NEWS_HEDGE`) one edit takes out of a sentence with nothing else but its auxiliaries, the
    target still hedging nothing (`_STILL_NEWS_HEDGED`): the edit's words on each side, with a shared word either
    side; None for anything else."""
    if _NEWS_HEDGE.search(source) is None or not _STILL_NEWS_HEDGED.isdisjoint(surface_tokens(target)):
        return None
    for n, e in enumerate(script):
        if not _news_hedge_edit(e):
            continue
        ours = surface_tokens(e["source"])
        # (its auxiliary may be a shared word before it: "is [expected to raise -> raising]")
        around = " ".join([script[n - 1]["source"].split()[-1] if n and script[n - 1]["source"] else "",
                           e["source"], script[n + 1]["source"] if n + 1 < len(script) else ""])
        if _NEWS_HEDGE.search(around) is None:
            continue  # the edit holds the word, not the phrase ("than expected", "set up")
        rest = [stem(_VERB_FORMS.get(t, t)) for t in ours if t not in _NEWS_HEDGE_FRAME]
        theirs = [stem(_VERB_FORMS.get(t, t)) for t in surface_tokens(e["target"]) if t not in _NEWS_HEDGE_FRAME]
        # The rest the same words both ways, a verb's form aside ("to raise" -> "raising", "to announce" ->
        # "announces"): a clause deleted with its hedge ("during what is thought to have been a prank") is an
        # omission, not a claim printed as fact.
        if (any(not any(t[:4] == r[:4] for r in rest) for t in theirs)
                or any(not any(t[:4] == r[:4] for t in theirs) for r in rest)):
            continue
        before = script[n - 1]["source"].split()[-1:] if n and script[n - 1]["op"] == "equal" else []
        after = (script[n + 1]["source"].split()[:1] if n + 1 < len(script) and script[n + 1]["op"] == "equal"
                 else [])
        shown = (" ".join([*before, e["source"], *after]), " ".join([*before, e["target"], *after]))
        return shown[0].strip(" ,.;:"), " ".join(shown[1].split()).strip(" ,.;:")
    return None


# A corpus run compares one source with many targets, and this reads the source's whole text each time (a seed
# compare spent 5% of its time here): the answer, a bool, is kept for the last few documents.
@lru_cache(maxsize=256)
def _holds_trigger(text: str) -> bool:
    """Whether a text holds a hedging, associating or species word (`_TRIGGERS`; a sample's "people" only with a
    study's word), a risk (`_relative_made_absolute`), a range, a sentence that jails no one (`_NON_CUSTODIAL`), or
    an attribution (`_ATTRIBUTIONS`, `_SAYING`, `_CLAIM_EDITS`), anywhere."""
    tokens = surface_tokens(text)
    lowered = text.lower()
    return (not (_EDIT_WORDS - _SAMPLED).isdisjoint(tokens) or not _STUDY_TRIGGERS.isdisjoint(tokens)
            or bool(_RANGED_TEXT.search(text)) or any(p in lowered for p, _, _ in _NON_CUSTODIAL)
            or "majority" in lowered or "cleared" in lowered or "acquitted" in lowered
            or any(p in lowered for p in _ATTRIBUTIONS) or any(p in lowered for p in _SAYING)
            or any(p in lowered for p in _CLAIM_EDITS) or any(p in lowered for p in _NEWS_HEDGE_PHRASES))


@lru_cache(maxsize=256)
def _news_hedged(text: str) -> tuple[str, ...]:
    """The news hedges' words a source text writes with their "to" (`_NEWS_HEDGE_PHRASES`), anywhere: its groups'
    edits are searched for these alone (most sources write one or none)."""
    return tuple(w for w, p in zip(_NEWS_HEDGE_WORDS, _NEWS_HEDGE_PHRASES, strict=True) if p in text)


@lru_cache(maxsize=256)
def _source_reads(text: str) -> tuple[bool, bool, bool]:
    """Whether a source text names a study (`_STUDY_WORDS`), a figure's basis (`_BASES`) and a range
    (`_RANGED_TEXT`), read once a text (a corpus compares one source with many targets)."""
    tokens = surface_tokens(text)
    return not _STUDY_WORDS.isdisjoint(tokens), bool(_bases(tokens)), bool(_RANGED_TEXT.search(text))


def find_overstatements(
    alignments: Sequence[Any],
    source_texts: Sequence[str],
    target_texts: Sequence[str],
    diffs: Sequence[list[dict[str, Any]]],
) -> list[dict[str, Any]]:
    """The `overstatements` list of a pair report: edits of aligned sentences that claim more than the source.

    Args:
        alignments: the report's alignment groups (`.source`, `.target` index lists).
        source_texts: the report's source sentence texts.
        target_texts: the report's target sentence texts.
        diffs: each group's `word_diff`, in the same order.

    Returns:
        Dicts `{"kind", "source", "target", "source_index", "target_index"}` in target order: `kind` is `hedge` (a
        hedge taken out), `cause` (an association made a cause) or `species` (an animal or cell qualifier
        dropped); `source` / `target` are the edited words as each text writes them, with a word of shared text
        either side.
    """
    out: list[dict[str, Any]] = []
    never = _never_brought(alignments, source_texts, target_texts)
    # Most sources hold no hedging, associating or species word at all: no edit of theirs can overstate them.
    whole = " ".join(source_texts)
    if not _holds_trigger(whole):
        return never
    linked = {i for group in alignments for i in group.source}
    # A range's edits are searched only in a source that holds a range, a study's size only where it names a study,
    # a figure's basis only where it names one.
    studied, based, ranged = _source_reads(whole)
    news_hedged = _news_hedged(whole)
    may = functools.partial(_may_overstate, words=_TRIGGERS_BY_SOURCE[studied, based])
    told: set[str] | None = None  # the species words the target gives anywhere, read at the first species edit
    for group, script in zip(alignments, diffs, strict=True):
        candidates = _edits_to_read(script, may=may, max_words=MAX_OVERSTATEMENT_EDIT_WORDS)
        # A study's size word and its sample are taken out together ("A pilot study of 12 patients found" -> "A
        # study found"): two edits a word apart, which the context test reads as a rewrite's loose ends. Read in a
        # sentence that is mostly shared (`_placed_edits` then asks that it be one text with its source).
        small = [n for n, e in enumerate(script) if e["op"] == "delete" and n not in candidates
                 and not _STUDY_SIZE_WORDS.isdisjoint(_words(e["source"]))] if studied else []
        if small and 2 * sum(_word_count(e["target"]) for e in script if e["op"] == "equal") >= sum(
                _word_count(e["target"]) for e in script):
            candidates = sorted({*candidates, *small})
        if ranged and any(e["op"] != "equal" and _may_be_ranged(e["source"]) for e in script):
            candidates = sorted({*candidates, *(n for n in _edits_to_read(script, may=_any_words,
                                                                          max_words=MAX_OVERSTATEMENT_EDIT_WORDS)
                                                if _may_be_ranged(script[n]["source"]))})

        def reads(n: int, group: Any = group, script: list[dict[str, Any]] = script) -> tuple[str, dict] | None:
            nonlocal told
            e = script[n]
            source, target = surface_tokens(e["source"]), surface_tokens(e["target"])
            lab = any(_lab_words(source_texts[i]) for i in group.source)
            # (a target that says the defendant escaped jail has said the sentence was suspended, in its words)
            custody = "suspended" in source and any(_custody_words(source_texts[i]) for i in group.source) and all(
                _SPARED.isdisjoint(surface_tokens(target_texts[i])) for i in group.target)
            kind = overstates(source, target, (e["source"], e["target"]), lab=lab,
                              following=_following(script, n)[1], custody=custody)
            after = script[n + 1] if n + 1 < len(script) else None
            if kind is None and _ceiling_taken_out(source, target, after):
                kind = "ceiling"  # listed as a hedge: the figure's own, read apart from the sentence's hedging
            if kind is None and source and _range_floor_taken_out(source, target, e["source"], after):
                kind = "ceiling"  # a range's floor: the figure's own too
            if kind is None and source and _small_study_taken_out(
                    source, target, (surface_tokens(script[n - 1]["source"]) or [None])[-1] if n else None,
                    _following(script, n)[0]):
                kind = "ceiling"  # the study's own caveat, read apart from the sentence's hedging
            if kind is None and source and target and studied and _sample_reworded(
                    " ".join(source_texts[i] for i in group.source), " ".join(target_texts[i] for i in group.target),
                    edit=(source, target)):
                kind = "ceiling"  # the study's sample, a study's word put in its place ("Research found")
            if kind is None and _review_caveat_taken_out(source, target) and not any(
                    "peer" in t or "preprint" in t.lower() or "rxiv" in t.lower() for t in target_texts):
                kind = "ceiling"  # (a "not" in it: the sentence's hedging is not what is read)
            if kind is None and _basis_taken_out(
                    source, target, " ".join(target_texts[i] for i in group.target)) and any(
                    c.isdigit() for i in group.source for c in source_texts[i]):
                kind = "ceiling"  # a figure's basis: the figure's own caveat, read apart from the sentence's hedging
            # A qualifier the target gives anywhere ("in mice" in another paragraph) tells its reader.
            if kind == "species" and told is None:
                told = {stem(t) for t in surface_tokens(" ".join(target_texts))
                        if t in _ANIMALS or t in _CELLS or t in _LAB}
            if kind is None or (kind == "species" and any(
                    stem(t) in (told or ()) for t in source if t in _ANIMALS or t in _CELLS or t in _LAB)):
                return None
            return kind, e

        for (kind, e), placed in _placed_edits(group, script, candidates, source_texts, target_texts, reads):
            sentence, s_index, t_index = placed.sentence, placed.source_index, placed.target_index
            # A hedge moved within the sentence, or the sentence still marked uncertain ("the study suggests"):
            # the target hedges as much as the source's stretch it copies.
            # An association made a cause under a negation claims less ("no evidence that it was linked to" ->
            # "no evidence that it caused").
            if kind == "cause" and sentence.negations()[1]:
                continue
            # (The stretch runs from the first shared word to the last: a hedge the edit takes out of the
            # sentence's start, "Possibly the drug ...", is the edit's own.)
            # (A suspicion made a charge is read in the edit alone: "suspicion" is no hedging word to count.)
            if kind not in ("species", "ceiling", "suspicion") and (_uncertainty(" ".join(sentence.target_words))
                                      >= max(_uncertainty(" ".join(sentence.source_words)),
                                             _uncertainty(e["source"]))):
                continue
            # A quote's words are the speaker's: a change there is the quotes step's `altered` quote.
            if _quoted(source_texts[s_index], e["source"]) or _quoted(target_texts[t_index], e["target"]):
                continue
            found = {"kind": "hedge" if kind in ("ceiling", "suspicion") else kind, "source": placed.shown[0],
                     "target": placed.shown[1], "source_index": s_index, "target_index": t_index}
            if kind == "hedge" and not _ALLEGING.isdisjoint(taken := surface_tokens(e["source"])):
                found["legal"] = LEGAL_ALLEGATION
            elif kind == "hedge" and "suspended" in taken:
                found["legal"] = _as_jail(_DISPOSALS["suspended"])
            elif kind == "suspicion":
                found["legal"] = LEGAL_SUSPICION
            out.append(found)
        if (len(group.source) == 1 and len(group.target) == 1 and not any(
                o["source_index"] == group.source[0] and o["target_index"] == group.target[0] for o in out)
                and (lost := _custody_added(source_texts[group.source[0]], target_texts[group.target[0]]))):
            out.append({"kind": "hedge", "source": lost[0], "target": lost[1], "legal": lost[2],
                        "source_index": group.source[0], "target_index": group.target[0]})
        elif (len(group.source) == 1 and len(group.target) == 1 and not any(
                o["source_index"] == group.source[0] and o["target_index"] == group.target[0] for o in out)
                and (bare := _attribution_dropped(source_texts[group.source[0]], target_texts[group.target[0]]))):
            out.append({"kind": "hedge", "source": bare[0], "target": bare[1], "legal": LEGAL_ATTRIBUTION,
                        "source_index": group.source[0], "target_index": group.target[0]})
        elif (len(group.source) == 1 and len(group.target) == 1 and _claims(source_texts[group.source[0]])
                and any(map(_claim_edit, script))
                and (bare := _claim_dropped(source_texts[group.source[0]], target_texts[group.target[0]]))):
            out.append({"kind": "hedge", "source": bare[0], "target": bare[1],
                        "source_index": group.source[0], "target_index": group.target[0]})
        elif (len(group.source) == 1 and len(group.target) == 1
                and (made := _relative_made_absolute(source_texts[group.source[0]], target_texts[group.target[0]]))
                and not _quoted(target_texts[group.target[0]], made[1])):
            out.append({"kind": "hedge", "source": made[0], "target": made[1],
                        "source_index": group.source[0], "target_index": group.target[0]})
        elif (len(group.source) == 1 and len(group.target) == 1 and not any(
                o["source_index"] == group.source[0] and o["target_index"] == group.target[0] for o in out)
                # (the cheap test first: a modal hedge anywhere in the source sentence)
                and ("may" in source_texts[group.source[0]] or "might" in source_texts[group.source[0]]
                     or "could" in source_texts[group.source[0]])
                and (made := _hedge_before_claim(script))
                and _uncertainty(target_texts[group.target[0]]) < _uncertainty(source_texts[group.source[0]])
                and not _quoted(source_texts[group.source[0]], made[0])
                and not _quoted(target_texts[group.target[0]], made[1])):
            out.append({"kind": "hedge", "source": made[0], "target": made[1],
                        "source_index": group.source[0], "target_index": group.target[0]})
        elif (studied and len(group.source) == 1 and len(group.target) == 1
                and getattr(group, "label", None) == "paraphrased" and not any(
                    o["source_index"] == group.source[0] and o["target_index"] == group.target[0] for o in out)
                # (the cheap test first: an edit that takes a figure and a sample's people out)
                and any(e["op"] != "equal" and not _SAMPLED.isdisjoint(_words(e["source"]))
                        and any(c.isdigit() for c in e["source"]) for e in script)
                and (sample := _sample_reworded(source_texts[group.source[0]], target_texts[group.target[0]]))
                and not _quoted(source_texts[group.source[0]], sample)
                and not any(sample.split()[-2] in surface_tokens(t) for t in target_texts)):
            out.append({"kind": "hedge", "source": sample, "target": _study_said(target_texts[group.target[0]]),
                        "source_index": group.source[0], "target_index": group.target[0]})
        if (news_hedged and len(group.source) == 1 and len(group.target) == 1
                and any(_news_hedge_edit(e, news_hedged) for e in script)
                and not any(o["source_index"] == group.source[0] and o["target_index"] == group.target[0] for o in out)
                and (bare := _news_hedge_dropped(script, source_texts[group.source[0]],
                                                 target_texts[group.target[0]]))
                and not _quoted(source_texts[group.source[0]], bare[0])
                and not _quoted(target_texts[group.target[0]], bare[1])):
            out.append({"kind": "hedge", "source": bare[0], "target": bare[1],
                        "source_index": group.source[0], "target_index": group.target[0]})
        # An acquittal the target drops while it keeps the conviction beside it: in the group's own sentences, or
        # an omitted one the group's sources stand either side of (two sentences merged round it).
        if len(group.target) == 1 and group.source:
            between = [i for i in range(min(group.source), max(group.source) + 1)
                       if i in group.source or i not in linked]
            for k, shown, convicted in acquittals_dropped([source_texts[i] for i in between],
                                                          target_texts[group.target[0]], " ".join(target_texts)):
                out.append({"kind": "hedge", "source": shown, "target": convicted, "legal": LEGAL_ACQUITTAL,
                            "source_index": between[k], "target_index": group.target[0]})
        # A jury's majority verdict given as the jury's plain verdict ("found him guilty by a majority of 10 to 2"
        # -> "found him guilty"): the target claims more agreement than there was; made "unanimous", it is the
        # reversal step's.
        if (len(group.source) == 1 and len(group.target) == 1
                and (lost := jury_majority_lost(source_texts[group.source[0]], target_texts[group.target[0]]))
                and not lost[2]):
            out.append({"kind": "hedge", "source": lost[0], "target": lost[1], "legal": LEGAL_MAJORITY,
                        "source_index": group.source[0], "target_index": group.target[0]})
    # A sentence reworded round its verb, one to one ("was linked to a 20% lower risk of heart disease" -> "cut the
    # risk of heart disease by 20%": the figure moved, so the word diff has no one edit for the verb; "were 30% more
    # likely to develop dementia" -> "causes dementia", verbatim by the 80% rule): read as a headline is, against
    # its one source sentence.
    for group in alignments:
        if (len(group.source) == 1 and len(group.target) == 1
                and getattr(group, "label", None) in ("paraphrased", "verbatim")
                and not any(o["target_index"] == group.target[0] for o in out)
                and (found := _headline_cause(source_texts, target_texts, group.source,
                                              target_index=group.target[0], headline=False)) is not None
                and not _quoted(source_texts[found[0]], found[1])
                and not _quoted(target_texts[group.target[0]], found[2])):
            out.append({"kind": "cause", "source": found[1], "target": found[2], "source_index": found[0],
                        "target_index": group.target[0]})
    if target_texts and not any(o["target_index"] == 0 and o["kind"] == "cause" for o in out):
        linked = sorted({i for group in alignments if 0 in group.target for i in group.source})
        if (found := _headline_cause(source_texts, target_texts, linked)) is not None:
            out.append({"kind": "cause", "source": found[1], "target": found[2], "source_index": found[0],
                        "target_index": 0})
    out += _jail_beside_a_disposal(alignments, source_texts, target_texts, whole, out)
    # (an edit found at a sentence says it better: "arrested on suspicion of" -> "charged with")
    out += [n for n in never if not any(o["target_index"] == n["target_index"] for o in out)]
    return sorted(out, key=lambda r: (r["target_index"], r["source_index"]))


# A quote trimmed round its claim: the quotes step calls it `exact` (the kept words are the speaker's), but the cut
# may take the speaker's hedge or condition with it ("We have to assume that the landslide caused the derailment" ->
# "The landslide caused the derailment", "I will not resign unless the party asks me to" -> "I will not resign": a
# transport desk's trial, no finding). The speaker's own hedging words in the cut clause (`_HEDGES`, and the verbs
# that give a claim as a belief or a guess), or a condition that opens it; a cut at a sentence's end, or a clause
# after "but"/"and", leaves the kept claim as the speaker made it.
# ("uncertain" is none: METER's "told him in no uncertain terms that he should" is the opposite of a hedge.)
_BELIEVING = frozenset({"think", "thought", "believe", "believed", "assume", "assumed", "suspect", "suspected",
                        "suppose", "guess", "presume", "reckon", "possible", "possibly"})
_CONDITIONS = frozenset({"if", "unless", "provided", "providing"})
_CLAUSE_ENDS = frozenset({"but", "and", "so", "because"})
_FRAMING = frozenset({"think", "look", "looking", "remember", "recall", "consider", "compare"})
_OPINING = frozenset({"ought", "should", "must", "shouldn't", "mustn't"})
# Words a negation before a quote's claim denies the claim with: the speaker's belief, knowledge, evidence or word
# ("I don't think", "There is no evidence that", "It is not true that", "I never said"). Cut away with its
# negation, the kept claim says what the speaker denied.
_DENYING_FRAMES = _BELIEVING - {"possible", "possibly"} | {
    "true", "evidence", "proof", "sign", "signs", "suggestion", "suggest", "suggesting", "said", "say", "saying",
    "claim", "claiming", "sure", "know", "knew", "clear", "certain", "convinced", "case", "accept", "agree",
    "believes", "thinks", "knows", "suggests", "feel", "felt"}
# Words that deny or doubt the claim after them without a negation ("I doubt the landslide caused ...").
_DOUBTING = frozenset({"doubt", "doubts", "doubted", "deny", "denies", "denied", "dispute", "disputes", "disputed"})
_DENYING_NEGATORS = frozenset({"not", "no", "never", "nobody", "nothing", "none", "cannot", "dont", "doesnt",
                               "didnt", "isnt", "arent", "wasnt", "werent", "hasnt", "havent", "hadnt", "wont",
                               "wouldnt", "cant", "couldnt"})


def _quote_words(text: str) -> list[tuple[str, str]]:
    """A quote's words as written, each with its bare lowercase form (to find the kept words in the source's)."""
    return [(w, w.strip("\"'“”‘’.,;:!?()[]—–-").lower()) for w in text.split()]


def _cut_clause(words: Sequence[str], *, before: bool) -> list[str]:
    """The cut words in the kept words' own sentence and clause: before them, from after the last stop, semicolon
    or joining word; after them, up to the first stop."""
    if before:
        start = 0
        for k, w in enumerate(words):
            if w.endswith((".", "!", "?", ";", ":")) or w.lower() in _CLAUSE_ENDS:
                start = k + 1
        return list(words[start:])
    for k, w in enumerate(words):
        if w.endswith((".", "!", "?", ";")):
            return list(words[:k + 1])
    return list(words)


def _hedges_claim(clause: Sequence[str], kept: Sequence[str], *, before: bool) -> bool:
    """Whether a cut clause hedges or conditions the kept claim (`kept`, its bare words): a condition opening it
    ("unless the party asks", "If they ask me,"), or a hedging word in the clause before it ("It may have been", "We
    have to assume that", "I think"), or a short tag after it (", I think.", ", probably.")."""
    bare = [w.strip("\"'“”‘’.,;:!?()[]—–-") for w in clause]
    lowered = [w.lower() for w in bare]
    if not lowered:
        return False
    if lowered[0] in _CONDITIONS or lowered[:3] == ["as", "long", "as"] or lowered[:3] == ["so", "long", "as"]:
        # A condition on the speaker's own looking back is a frame, no condition on the claim (METER: "If I think
        # back over a number of years, it would not be unfair to say that the NHS handled this ... cavalier").
        return _FRAMING.isdisjoint(lowered[:4])
    if not before and len(lowered) > 3:
        return False
    if any(w in _HEDGES and (w != "may" or b == "may") for w, b in zip(lowered, bare, strict=True)):
        return True
    # A belief before an opinion is no hedge: "I think we ought to learn lessons from this" is the lawyer's view
    # with or without "I think" (METER), where "I think the signal failed" is a fact made less sure.
    return not _BELIEVING.isdisjoint(lowered) and _OPINING.isdisjoint(kept[:4])


def _denies_claim(clause: Sequence[str]) -> bool:
    """Whether a cut clause before the kept claim denies it: a negation, then a word of belief, evidence or saying
    ("I don't think", "We have no evidence that", "It is not true that", "Nobody believes"), or a word of doubt or
    denial with no negation before it ("I doubt", "We deny that"; not "I don't doubt", "no doubt")."""
    lowered = [w.strip("\"'“”‘’.,;:!?()[]—–-").lower().replace("'", "").replace("’", "") for w in clause]
    # (a "No," that answers a question denies nothing after it: "No, I think the landslide caused it")
    negated = next((k for k, w in enumerate(lowered) if w in _DENYING_NEGATORS and not clause[k].endswith(",")),
                   None)
    doubted = next((k for k, w in enumerate(lowered) if w in _DOUBTING), None)
    if doubted is not None and (negated is None or doubted < negated):
        return True
    return negated is not None and not _DENYING_FRAMES.isdisjoint(lowered[negated + 1:])


def hedges_trimmed_from_quotes(quotes: Sequence[dict[str, Any]], target_texts: Sequence[str]) -> list[dict[str, Any]]:
    """`overstatements` of the `hedge` kind for exact quotes trimmed so that the cut takes the speaker's hedge or
    condition: the source's cut clause with the first or last kept words, and the kept words. A cut that takes the
    speaker's denial of the claim ("I don't think the landslide caused" -> "The landslide caused") turns it round:
    that entry is of the `negation` kind, a reversal for the caller to list as one."""
    out = []
    for q in quotes:
        # (the cheap test first: an exact quote the source says at more length; most are whole quotes)
        if (q["status"] != "exact" or len(q["source_text"]) <= len(q["text"]) + 2 or q["source_index"] is None
                or q["target_index"] is None):
            continue
        source, kept = _quote_words(q["source_text"]), [b for _, b in _quote_words(q["text"]) if b]
        bare = [b for _, b in source]
        n = len(kept)
        if not 0 < n < len(bare) or not all(bare):
            continue
        at = next((i for i in range(len(bare) - n + 1) if bare[i:i + n] == kept), None)
        if at is None:
            continue
        written = [w for w, _ in source]
        before = _cut_clause(written[:at], before=True)
        after = _cut_clause(written[at + n:], before=False)
        # (kept words that end at a stop end the claim: the cut after them is another sentence's, as METER's "... of
        # those individuals." trimmed from a judge's next sentence, "If a witness turns up in a Shirley Bassey wig")
        if written[at + n - 1].endswith((".", "!", "?", ";")):
            after = []
        kind = "hedge"
        if _denies_claim(before):
            kind = "negation"
            shown = (" ".join([*before, *written[at:at + min(n, 3)]]), " ".join(q["text"].split()[:3]))
        elif _hedges_claim(before, kept, before=True):
            shown = (" ".join([*before, *written[at:at + min(n, 3)]]), " ".join(q["text"].split()[:3]))
        elif _hedges_claim(after, kept, before=False):
            shown = (" ".join([*written[at + n - min(n, 3):at + n], *after]), " ".join(q["text"].split()[-3:]))
        else:
            continue
        # The target that hedges the quote in its own words ("he suggested", "if ...") tells its reader.
        framing = surface_tokens(target_texts[q["target_index"]].replace(q["text"], " "))
        if not _HEDGES.isdisjoint(framing) or not _CONDITIONS.isdisjoint(framing) or not _BELIEVING.isdisjoint(
                framing) or (kind == "negation" and not (_DENYING_NEGATORS | _ALLEGING).isdisjoint(framing)):
            continue
        out.append({"kind": kind, "source": shown[0], "target": shown[1], "source_index": q["source_index"],
                    "target_index": q["target_index"]})
    return out
