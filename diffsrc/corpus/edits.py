"""The findings of a near-identical copy's edited sentences, read sentence by sentence without a pair report (a
copy is matched to its representative, not aligned): the changed facts, reversed meanings and overstatements, and
the quotes whose wording changed. The corpus run reads them against the representative, provenance against the
source a copy's comparison is carried from (`provenance.sources.carry_to_copies`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any


def edited_facts(rep: Sequence[str], copy: Sequence[str], edited: list[tuple[int, int]]
                 ) -> list[tuple[str, str, str, int, int]]:
    """The changed facts, reversed meanings and overstatements of a near-identical copy's edited sentences, (copy
    sentence, representative sentence)."""
    from types import SimpleNamespace

    from ..pair.findings.diff import word_diff
    from ..pair.findings.facts import find_fact_changes, words_may_hold_facts
    from ..pair.findings.meaning import find_reversals, words_may_turn
    from ..pair.findings.overstatement import find_overstatements, words_may_overstate

    facts, turned, overstated = [], [], []
    for t, s in edited:
        # Only the words one version has and the other lacks can hold a changed fact or turn the sentence round.
        ours, theirs = Counter(rep[s].split()), Counter(copy[t].split())
        lost, gained = list(ours - theirs), list(theirs - ours)
        if words_may_hold_facts(lost + gained):
            facts.append((t, s))
        if words_may_turn(lost, gained):
            turned.append((t, s))
        # A reprint that took the hedge out ("may reduce" -> "reduces") is the health desk's commonest copy edit.
        if words_may_overstate(lost, gained):
            overstated.append((t, s))
    # With each pair's word diff (worked out once for both), findings are read only where an edited word can hold
    # one (most edits are words).
    diffs = {pair: word_diff(rep[pair[1]], copy[pair[0]]) for pair in dict.fromkeys([*facts, *turned, *overstated])}
    out = []
    for pairs, find in ((facts, find_fact_changes), (turned, find_reversals), (overstated, find_overstatements)):
        if pairs:
            groups = [SimpleNamespace(source=[s], target=[t]) for t, s in pairs]
            out += fact_tuples(find(groups, rep, copy, diffs=[diffs[pair] for pair in pairs]))
    return sorted(out, key=lambda f: (f[4], f[3]))


def edited_quotes(rep: Sequence[str], copy: Sequence[str], edited: list[tuple[int, int]]
                  ) -> list[tuple[str, str | None, str, str | None, str | None, bool, float | None, int | None,
                                  int | None, str | None]]:
    """The quotes of a near-identical copy's edited sentences whose wording changed ("made in Hong Kong" -> "made in
    Hong told" inside a detective's quote), each sentence read alone and without speakers (reading them would
    cost the corpus run a tenth of its time on reprints edited as much as the real-news benchmark's)."""
    from ..pair.findings.quotes import bare_quotes, match_quotes, quote_similarity, said_to_another

    out = []
    for t, s in edited:
        source = bare_quotes(rep[s], s)
        target = bare_quotes(copy[t], t) if source else []
        if len(source) == len(target):
            # A copy keeps its quotations in order: each against its own (no edit script needed for the table). A
            # quote copied word for word is a row where the edit gave it as said to the paper ('Reid said: "..."'
            # made 'Reid told the Gazette: "..."', the one edit a reprint of a release may make).
            out += [("altered" if a.text != b.text else "exact", a.text, b.text, None, None, False,
                     round(quote_similarity(a, b), 4), s, t, said_to_another(b, a))
                    for a, b in zip(source, target, strict=True) if a.text != b.text or said_to_another(b, a)]
        elif source and target:
            out += quote_tuples(q for q in match_quotes(source, target, aligned={t: {s}}, n_source=len(rep),
                                                         n_target=len(copy), derived=False)
                                 if q["status"] == "altered" or q["said_to"])
    return out


def fact_tuples(facts: Iterable[dict[str, Any]]) -> list[tuple[str, str, str, int, int]]:
    return [(f["kind"], f["source"], f["target"], f["source_index"], f["target_index"]) for f in facts]


def quote_tuples(quotes: Iterable[dict[str, Any]]
                 ) -> list[tuple[str, str | None, str, str | None, str | None, bool, float | None, int | None,
                                 int | None, str | None]]:
    """The quotes of a pair report whose wording or speaker changed, or that the target gives as said to an outlet
    the source's tag does not name (`said_to`: a release's quote presented as an interview), as
    `PairResult.quotes` keeps them."""
    return [(q["status"], q["source_text"], q["text"], q["source_speaker"], q["speaker"], bool(q["speaker_changed"]),
             q["similarity"], q["source_index"], q["target_index"], q.get("said_to"))
            for q in quotes if q["status"] == "altered" or q["speaker_changed"] or q.get("said_to")]
