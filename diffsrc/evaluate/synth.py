"""A synthetic labelled set with known truth, generated deterministically from short wire stories.

Each base story in ``benchmarks/data/stories/`` of the checkout (:func:`repository.stories_dir`; original text written
for this purpose, in several house formats: PA copy hard-wrapped with ``#`` for the pound sign and ``<`` at paragraph
ends, Latin-1/cp1252 files, CRLF files) is turned into newspaper-style targets by edits whose effect on the labels is
known:

- ``copy-noise``: every sentence copied with surface noise only (case, punctuation, quote style, whitespace,
  British/American spelling, US/U.S., Oct./October, ``#``/``£``): all verbatim, wholly derived.
- ``trimmed``: the story cut from the bottom (and a middle paragraph dropped), a few sentences trimmed of a clause.
- ``rewrite-light`` / ``rewrite-heavy``: synonym and clause-order rewrites, sentence splits and merges, trims;
  heavy ones combine edits and reorder paragraphs.
- ``rewrite-human``: four sentences a story rewritten by hand, as a sub-editor would (``<story>.rewrites.txt``:
  the body sentence's number, a tab, the rewrite); the rest lightly edited.
- ``partial`` / ``partial-low``: derived paragraphs mixed with new ones on the same story (hard negatives);
  ``partial-human``: hand rewrites mixed with hard negatives.
- ``non-derived``: only hard negatives: sentences about the same people, places and numbers that say other things
  (``<story>.negatives.txt``, one sentence a line).
- ``independent``: a whole article on the same event written from another outlet's own reporting
  (``<story>.independent-1.txt``, ``<story>.independent-2.txt``: headline, byline, optional dateline, body), by hand:
  it reuses the wire's names, ages, places, titles, dates and numbers but restates none of its sentences, so every
  target sentence is added, every source unit omitted, and the verdict non-derived. The articles are hand-written
  and no random edit applies to them, so :func:`generate_pairs` emits every article of a story (ids
  ``<story>__independent-1``, ``<story>__independent-2``) for every seed rather than one chosen by the seed: that
  doubles the hard non-derived pairs a single-seed run evaluates and fits on, and adds no randomness.
  :func:`make_pair` alone picks one article from the seed. The target text is the article file as written
  (decoded, line endings normalised), so diffsrc's own cleaning must set the byline and dateline aside.

Usage::

    from diffsrc.evaluate.synth import generate_pairs
    for source_text, target_text, gold in generate_pairs(seed=0):
        ...

``gold`` holds ``verdict``, ``target`` (per target sentence: ``text``, ``label``, ``sources`` as indices into
``source``), ``source`` (per source unit: ``text``, ``label``), plus ``id``, ``kind``, ``story`` and
``source_path`` (the story file, so a harness can load the source through ``Document.from_path`` and exercise
decoding and cleaning). :func:`to_gold_pair` converts it to the ``diffsrc.gold/1`` pair format.

``python benchmarks/synth.py`` prints a summary, or one pair with ``--show ID``.
"""

from __future__ import annotations

import random
import re
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from .. import rx
from .repository import stories_dir

KINDS = (
    "copy-noise", "trimmed", "rewrite-light", "rewrite-heavy", "rewrite-human", "partial", "partial-low",
    "partial-human", "non-derived", "independent",
)
INDEPENDENT = "independent"

VERBATIM, PARAPHRASED, ADDED, OMITTED = "verbatim", "paraphrased", "added", "omitted"

# Abbreviations the stories use before a capitalised word; the splitter must not break after them.
_ABBREVIATIONS = ("U.S.", "Oct.", "Calif.", "Corp.", "Inc.", "Mr.", "Dr.", "St.", "No.")
_SENTENCE_END = rx.compile(r"(?<=[.!?])([\"'\u201d\u2019]?)\s+(?=[\"'\u201c\u2018]?[A-Z0-9])")
_DATELINE = rx.compile(r"^[A-Z][A-Z .,'-]+(?:, [A-Z][a-z]+\.)?(?: \((?:AP|AFP|Reuters|PA|CP)\))? ?[-\u2014\u2013] ")
_BYLINE = rx.compile(r"^By [A-Z][^.]*$")
# Files that go with a base story ("<story>.negatives.txt", ...) rather than being one.
_COMPANION = rx.compile(r"\.(?:negatives|rewrites|independent-\d+)\.txt$")

# British -> American spellings the stories contain (surface noise by the vocabulary of docs/contracts.md).
_SPELLING = {
    "defence": "defense", "Defence": "Defense", "organisation": "organization", "programme": "program",
    "centres": "centers", "centre": "center", "signalled": "signaled", "kilometres": "kilometers",
    "travelling": "traveling", "travellers": "travelers", "cancelled": "canceled", "labour": "labor",
}
_SPELLING.update({v: k for k, v in list(_SPELLING.items())})

# Content-word synonyms for rewrites: a paraphrase changes words, not only surface.
_SYNONYMS = {
    "said": ["stated"], "says": ["states"], "told": ["informed"], "rise": ["increase"],
    "increase": ["rise", "hike"], "fell": ["dropped", "slipped"], "rose": ["climbed", "advanced"],
    "needed": ["required", "necessary"], "protect": ["safeguard", "shield"], "about": ["around", "roughly"],
    "warned": ["cautioned"], "people": ["residents"],
    "more than": ["over"], "houses": ["homes"], "homes": ["houses"], "showed": ["indicated"],
    "show": ["indicate"], "forcing": ["driving"], "destroying": ["wrecking"], "buy": ["acquire", "purchase"],
    "agreed": ["struck a deal"], "jumped": ["soared", "surged"], "expected": ["anticipated", "forecast"],
    "approved": ["backed", "voted through"], "discovered": ["found", "spotted"],
    "confirmed": ["verified"], "believe": ["think"], "cautious": ["careful"], "stole": ["took", "embezzled"],
    "jailed": ["imprisoned", "sent to prison"], "transferred": ["moved"], "noticed": ["spotted"],
    "recovered": ["got back", "retrieved"], "ordered": ["commissioned"], "built": ["constructed"],
    "welcomed": ["praised", "hailed"], "warning": ["caution"], "disrupted": ["hit"], "walk out": ["strike"],
    "backed": ["supported"], "urged": ["asked"], "resume": ["restart"], "completed": ["finished"],
    "repairs": ["fixes"], "finished": ["ended"], "reached": ["got to"], "struck": ["hit", "scored"],
    "caught": ["taken"], "forecast": ["predicted"],
    "waiting": ["queueing"], "patients": ["people"], "improvement": ["progress"], "strongest": ["highest"],
    "settling": ["closing"], "evidence": ["proof"], "traders": ["investors", "dealers"],
    "repeated": ["reiterated"], "gained": ["climbed", "advanced"], "weaker": ["softer"],
    "disappointed": ["unhappy"], "possible": ["still an option"], "cash": ["money"], "jobs": ["posts"],
    "secure": ["safeguard"], "threats": ["dangers"], "carry": ["be fitted with"], "designed": ["intended"],
    "faced": ["risked"], "delays": ["hold-ups"], "officials": ["authorities"],
    "precaution": ["safety measure"], "investigation": ["inquiry"], "ease": ["drop", "abate"],
    "chance": ["opportunity"], "unpredictable": ["erratic"], "easiest": ["simplest"], "journey": ["trip"],
}

_SUBJECTS = {"the", "a", "an", "he", "she", "it", "they", "we", "i", "this", "that", "these", "those", "there", "its",
             "his", "her", "their", "only", "no", "two", "three", "four", "five", "six"}
_LOWER_START = {"The", "A", "An", "It", "He", "She", "They", "This", "That", "These", "No", "About", "If", "Its"}


@dataclass(frozen=True)
class Story:
    """A base story: its file, headline, paragraphs of sentences and hard negatives."""

    name: str
    path: Path
    headline: str
    paragraphs: tuple[tuple[str, ...], ...]
    negatives: tuple[str, ...]
    pa_style: bool
    rewrites: tuple[tuple[int, str], ...] = ()  # (unit index, hand-written paraphrase)
    independents: tuple[Path, ...] = ()  # hand-written independent articles on the same event

    @property
    def units(self) -> list[str]:
        """Source units in order: the headline, then body sentences."""
        return [self.headline] + [s for p in self.paragraphs for s in p]


class SynthPair(NamedTuple):
    """One synthetic pair: unpacks as ``(source_text, target_text, gold)``."""

    source_text: str
    target_text: str
    gold: dict


def decode_story(data: bytes) -> str:
    """Decode a story file: UTF-8 (with or without BOM), else cp1252, with line endings normalised."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252")
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\x85", "\n")


def split_sentences(paragraph: str) -> list[str]:
    """Split a paragraph of the base stories into sentences (they are written to make this unambiguous)."""
    protected = paragraph
    for i, abbr in enumerate(_ABBREVIATIONS):
        protected = protected.replace(abbr + " ", f"\x00{i}\x00 ")
    parts = []
    last = 0
    for m in _SENTENCE_END.finditer(protected):
        parts.append(protected[last : m.start()] + m.group(1))
        last = m.end()
    parts.append(protected[last:])
    out = []
    for part in parts:
        for i, abbr in enumerate(_ABBREVIATIONS):
            part = part.replace(f"\x00{i}\x00", abbr)
        if part.strip():
            out.append(part.strip())
    return out


def parse_story_text(text: str) -> tuple[str, list[list[str]], bool]:
    """Return ``(headline, paragraphs of sentences, pa_style)`` from wire copy."""
    lines = text.split("\n")
    pa_style = any(line.rstrip().endswith("<") for line in lines)
    paragraphs: list[str] = []
    current: list[str] = []
    for line in lines:
        stripped = line.strip()
        if not stripped:
            if current:
                paragraphs.append(" ".join(current))
                current = []
            continue
        ends = pa_style and stripped.endswith("<")
        current.append(stripped.rstrip("<").strip())
        if ends:
            paragraphs.append(" ".join(current))
            current = []
    if current:
        paragraphs.append(" ".join(current))
    headline, body = paragraphs[0], paragraphs[1:]
    body = [p for p in body if not _BYLINE.match(p)]
    sentences = [split_sentences(p) for p in body]
    # The dateline is credit, not sentence text: keys omit it (a report may or may not keep it in the sentence).
    sentences[0][0] = _DATELINE.sub("", sentences[0][0])
    return headline, sentences, pa_style


def load_story(path: Path) -> Story:
    """Load one base story and its negatives file."""
    headline, paragraphs, pa_style = parse_story_text(decode_story(path.read_bytes()))
    neg_path = path.with_name(path.stem + ".negatives.txt")
    negatives = tuple(line.strip() for line in neg_path.read_text(encoding="utf-8").splitlines() if line.strip())
    rewrites_path = path.with_name(path.stem + ".rewrites.txt")
    rewrites: tuple[tuple[int, str], ...] = ()
    if rewrites_path.exists():
        rows = [line.split("\t", 1) for line in rewrites_path.read_text(encoding="utf-8").splitlines() if line.strip()]
        rewrites = tuple((int(n), text.strip()) for n, text in rows)
    # Numeric order, so "independent-10" follows "independent-9".
    independents = tuple(sorted(path.parent.glob(f"{path.stem}.independent-*.txt"),
                                key=lambda p: int(p.name.rsplit("-", 1)[1].split(".")[0])))
    return Story(path.stem, path, headline, tuple(tuple(p) for p in paragraphs), negatives, pa_style, rewrites,
                 independents)


def load_stories(directory: Path | None = None) -> list[Story]:
    """All base stories in ``directory`` (default: the checkout's, :func:`repository.stories_dir`), sorted by name."""
    directory = directory or stories_dir()
    return [load_story(p) for p in sorted(directory.glob("*.txt")) if not _COMPANION.search(p.name)]


# ---------------------------------------------------------------- edits with known labels


def _pound(s: str) -> str:
    return re.sub(r"#(?=\d)", "\u00a3", s)


def _curl(s: str) -> str:
    s = re.sub(r"(^|[\s(])\"", "\\1\u201c", s)
    return s.replace('"', "\u201d").replace("'", "\u2019")


def _straighten(s: str) -> str:
    return s.translate(str.maketrans({"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'"}))


def surface_noise(s: str, rng: random.Random, *, pa_style: bool = False) -> str:
    """Change only what docs/contracts.md's vocabulary calls surface: the result is still a verbatim copy of ``s``."""
    out = _pound(s) if pa_style else s  # newspapers print PA's '#' as '£'
    ops = ["quotes", "case", "comma", "space", "spelling", "us", "oct", "dash"]
    rng.shuffle(ops)
    applied = 0
    for op in ops:
        if applied >= rng.randint(1, 3):
            break
        before = out
        if op == "quotes":
            out = _curl(out) if not any(c in out for c in "\u201c\u201d\u2019") else _straighten(out)
        elif op == "case":
            words = list(re.finditer(r"(?<= )[a-z]{4,}\b", out))
            if words:
                w = rng.choice(words)
                out = out[: w.start()] + w.group().capitalize() + out[w.end() :]
        elif op == "comma":
            commas = [m.start() for m in re.finditer(r",(?= )", out)]
            if commas:
                i = rng.choice(commas)
                out = out[:i] + out[i + 1 :]
        elif op == "space":
            spaces = [m.start() for m in re.finditer(" ", out)]
            if spaces:
                i = rng.choice(spaces)
                out = out[:i] + "  " + out[i + 1 :]
        elif op == "spelling":
            for brit, amer in _SPELLING.items():
                if re.search(rf"\b{brit}\b", out):
                    out = re.sub(rf"\b{brit}\b", amer, out)
                    break
        elif op == "us":
            out = out.replace("U.S.", "US") if "U.S." in out else re.sub(r"\bUS\b", "U.S.", out)
        elif op == "oct":
            out = re.sub(r"\bOct\. (?=\d)", "October ", out) if "Oct." in out else re.sub(
                r"\bOctober (?=\d)", "Oct. ", out
            )
        elif op == "dash":
            out = out.replace(" - ", " \u2014 ") if " - " in out else out.replace(" \u2014 ", " - ")
        applied += out != before
    return out


def _lower_first(s: str) -> str:
    first = s.split(" ", 1)[0]
    return s[0].lower() + s[1:] if first in _LOWER_START else s


def _capitalise(s: str) -> str:
    return s[:1].upper() + s[1:]


def synonym_rewrite(s: str, rng: random.Random, *, minimum: int = 2) -> str | None:
    """Replace at least ``minimum`` content words with synonyms, or return None if the sentence has too few."""
    candidates = [w for w in _SYNONYMS if re.search(rf"\b{re.escape(w)}\b", s)]
    if len(candidates) < minimum:
        return None
    rng.shuffle(candidates)
    out = s
    for w in candidates[: max(minimum, rng.randint(minimum, len(candidates)))]:
        out = re.sub(rf"\b{re.escape(w)}\b", rng.choice(_SYNONYMS[w]), out, count=1)
    return out if out != s else None


def clause_reorder(s: str) -> str | None:
    """Move an attribution or a leading clause to the other end of the sentence, or return None."""
    q = re.match(r"^([\"\u201c])(.+?)[,.]?([\"\u201d]) ((?:[A-Z][\w.'-]* ?){1,6}|he|she) (said|told [^.]+?)(.*)\.$", s)
    if q:
        who, verb, rest = q.group(4).strip(), q.group(5), q.group(6)
        who = _capitalise(who)
        if rest.startswith(", "):
            return f"{who}{rest}, {verb}: {q.group(1)}{q.group(2)}.{q.group(3)}"
        return f"{who} {verb}: {q.group(1)}{q.group(2)}.{q.group(3)}"
    q = re.match(r"^(.+?), (said|according to) ([^,]+)\.$", s)
    if q and len(q.group(3).split()) <= 8:
        who = q.group(3)
        if q.group(2) == "said":
            return f"{_capitalise(who)} said {_lower_first(q.group(1))}."
        return f"According to {who}, {_lower_first(q.group(1))}."
    q = re.match(r"^((?:[A-Z][\w.&'-]* ?){1,5}) said (?:that )?(.+)\.$", s)
    if q and len(q.group(2).split()) >= 5:
        who = q.group(1).strip()
        if re.fullmatch(r"[A-Z][a-z]+s", who):  # a plural common noun ("Forecasters"), not a name
            who = who.lower()
        return f"{_capitalise(q.group(2))}, {who} said."
    q = re.match(r"^(After|When|While|If|Although|As) ([^,]+), (.+)\.$", s)
    if q:
        return f"{_capitalise(q.group(3))} {q.group(1).lower()} {q.group(2)}."
    q = re.match(r"^(.+?) (after|before|because|as|when) (.{25,})\.$", s)
    if q and len(q.group(1).split()) >= 4 and not q.group(1).startswith(("\"", "\u201c")):
        return f"{q.group(2).capitalize()} {q.group(3)}, {_lower_first(q.group(1))}."
    return None


def trim(s: str) -> str | None:
    """Drop a trailing clause (a newspaper trimming wire copy), or return None if nothing safe to drop."""
    m = re.match(r"^(.{30,}?), (?:which|who|with|according to|as|but|and|before|while|giving|making|the) .{12,}$", s)
    # Never keep only a leading subordinate clause or attribution ("According to its report.").
    opener = r"^(?:According to|After|When|While|If|Although|As|Because|Before|Since|Until|Despite)\b"
    if (m and len(m.group(1).split()) >= 6 and not re.search(r"[\"\u201c][^\"\u201d]*$", m.group(1))
            and not re.match(opener, m.group(1))):
        return m.group(1) + "."
    return None


def split_sentence(s: str) -> tuple[str, str] | None:
    """Split one sentence into two at a coordinating clause, or return None."""
    m = re.match(r"^(.{30,}?), (and|but|while) (.{20,})$", s)
    if not m or re.search(r"[\"\u201c][^\"\u201d]*$", m.group(1)):
        return None
    second = m.group(3)
    first_word = second.split(" ", 1)[0]
    if first_word.islower() and first_word not in _SUBJECTS:
        second = "it " + second  # "..., and counts three of ..." -> "It counts three of ..."
    second = ("But " + second) if m.group(2) == "but" else _capitalise(second)
    if m.group(2) == "while":
        second = "Meanwhile, " + second
    return m.group(1) + ".", second


def merge_sentences(a: str, b: str) -> str:
    """Merge two sentences into one."""
    return a.rstrip(".") + "; " + _lower_first(b)


# ---------------------------------------------------------------- building targets


@dataclass
class _Unit:
    text: str
    label: str
    sources: list[int]


def _paraphrase(s: str, rng: random.Random, *, heavy: bool) -> str:
    """Reword ``s`` with synonyms, clause order and trims; heavy rewrites stack several edits."""
    edits = [lambda x: synonym_rewrite(x, rng, minimum=1 if heavy else 2), clause_reorder, trim]
    rng.shuffle(edits)
    out = s
    changed = 0
    for edit in edits:
        new = edit(out)
        if new and new != out:
            out, changed = new, changed + 1
            if not heavy or changed >= 2:
                break
    if out == s:  # nothing applied: fall back to a forced synonym or a reordering of a quote
        new = synonym_rewrite(s, rng, minimum=1)
        out = new or (s.rstrip(".") + ", it was reported." if s.endswith(".") else "Reportedly, " + s)
    return out


def _derived_paragraph(
    story: Story, p_index: int, rng: random.Random, *, p_verbatim: float, heavy: bool
) -> list[_Unit]:
    """Turn one source paragraph into target units with known labels."""
    offset = 1 + sum(len(p) for p in story.paragraphs[:p_index])
    sents = list(story.paragraphs[p_index])
    units: list[_Unit] = []
    i = 0
    while i < len(sents):
        s, idx = sents[i], offset + i
        roll = rng.random()
        if roll < p_verbatim:
            units.append(_Unit(surface_noise(s, rng, pa_style=story.pa_style), VERBATIM, [idx]))
        else:
            choice = rng.random()
            pair = split_sentence(s)
            if choice < 0.2 and pair:
                a, b = pair
                if heavy:
                    b = synonym_rewrite(b, rng, minimum=1) or b
                units += [_Unit(_pound(a), PARAPHRASED, [idx]), _Unit(_pound(b), PARAPHRASED, [idx])]
            elif choice < 0.4 and i + 1 < len(sents) and len(s) + len(sents[i + 1]) < 400:
                merged = merge_sentences(s, sents[i + 1])
                if heavy:
                    merged = synonym_rewrite(merged, rng, minimum=1) or merged
                units.append(_Unit(_pound(merged), PARAPHRASED, [idx, idx + 1]))
                i += 1
            else:
                units.append(_Unit(_pound(_paraphrase(s, rng, heavy=heavy)), PARAPHRASED, [idx]))
        i += 1
    return units


def _negative_paragraphs(story: Story, rng: random.Random, count: int) -> list[list[_Unit]]:
    """``count`` sentences of hard negatives, grouped into paragraphs of one or two."""
    picked = rng.sample(list(story.negatives), min(count, len(story.negatives)))
    paras: list[list[_Unit]] = []
    while picked:
        take = 1 if len(picked) == 1 or rng.random() < 0.4 else 2
        paras.append([_Unit(_pound(t), ADDED, []) for t in picked[:take]])
        picked = picked[take:]
    return paras


def _build(story: Story, kind: str, rng: random.Random) -> tuple[list[list[_Unit]], str]:
    """The target's paragraphs of units for one kind of edit, and the verdict."""
    n = len(story.paragraphs)
    headline = [_Unit(surface_noise(story.headline, rng, pa_style=story.pa_style), VERBATIM, [0])]
    if kind == "copy-noise":
        paras = [headline] + [_derived_paragraph(story, i, rng, p_verbatim=1.0, heavy=False) for i in range(n)]
        return paras, "wholly-derived"
    if kind == "trimmed":
        keep = list(range(max(2, round(n * rng.uniform(0.5, 0.75)))))
        if len(keep) > 3:
            keep.remove(rng.choice(keep[1:-1]))
        paras = [headline]
        for i in keep:
            units = _derived_paragraph(story, i, rng, p_verbatim=1.0, heavy=False)
            for u in units:
                if rng.random() < 0.3 and (t := trim(story.units[u.sources[0]])):
                    u.text, u.label = _pound(t), PARAPHRASED
            paras.append(units)
        return paras, "wholly-derived"
    if kind in ("rewrite-light", "rewrite-heavy"):
        heavy = kind == "rewrite-heavy"
        order = list(range(n))
        if heavy:
            first, rest = order[:1], order[1:]
            rng.shuffle(rest)
            order = first + rest
            keep = sorted(rng.sample(order[1:], k=max(1, len(order) - 2)), key=order.index)
            order = first + keep
        # A rewritten headline keeps its words' meaning with other words; where none can be swapped, the
        # paper writes its own headline (a new unit, and the wire headline is omitted).
        new_headline = synonym_rewrite(story.headline, rng, minimum=1)
        paras = [[_Unit(_pound(new_headline), PARAPHRASED, [0])]] if new_headline else []
        paras += [_derived_paragraph(story, i, rng, p_verbatim=0.0 if heavy else 0.3, heavy=heavy) for i in order]
        return paras, "wholly-derived"
    if kind == "rewrite-human":
        hand = dict(story.rewrites)
        paras = [headline]
        for i in range(len(story.paragraphs)):
            units = _derived_paragraph(story, i, rng, p_verbatim=0.5, heavy=False)
            # Replace the units of hand-rewritten sentences (a merge keeps its synthetic text).
            for u in units:
                if len(u.sources) == 1 and u.sources[0] in hand:
                    u.text, u.label = _pound(hand[u.sources[0]]), PARAPHRASED
            paras.append(units)
        return paras, "wholly-derived"
    if kind == "partial-human":
        picked = sorted(rng.sample(list(story.rewrites), k=min(2, len(story.rewrites))))
        derived = [[_Unit(_pound(text), PARAPHRASED, [idx])] for idx, text in picked]
        added = _negative_paragraphs(story, rng, 3)
        return derived[:1] + added + derived[1:], "partially-derived"
    if kind in ("partial", "partial-low"):
        low = kind == "partial-low"
        derived_idx = sorted(rng.sample(range(n), k=1 if low else max(2, n // 2)))
        derived = [_derived_paragraph(story, i, rng, p_verbatim=0.5, heavy=False) for i in derived_idx]
        added = _negative_paragraphs(story, rng, 5 if low else 3)
        paras = [headline] if not low else []
        # New material leads a low-derivation piece; elsewhere it is interleaved after the lead.
        paras += (added[:1] + derived + added[1:]) if low else (derived[:1] + added + derived[1:])
        return paras, "partially-derived"
    if kind == "non-derived":
        return _negative_paragraphs(story, rng, 6), "non-derived"
    raise ValueError(f"unknown kind {kind!r}")


def _gold(story: Story, kind: str, paras: list[list[_Unit]], verdict: str, pair_id: str) -> dict:
    units = story.units
    best = [OMITTED] * len(units)
    for para in paras:
        for u in para:
            for s in u.sources:
                if best[s] != VERBATIM and u.label in (VERBATIM, PARAPHRASED):
                    best[s] = u.label
    target = [{"text": u.text, "label": u.label, "sources": list(u.sources)} for p in paras for u in p]
    return {
        "id": pair_id,
        "kind": kind,
        "story": story.name,
        "source_path": str(story.path),
        "verdict": verdict,
        "source": [{"text": t, "label": lab} for t, lab in zip(units, best, strict=True)],
        "target": target,
    }


def independent_pair(story: Story, number: int) -> SynthPair:
    """The pair of ``story`` against its hand-written independent article ``number`` (1-based).

    Every target sentence (the headline and each body sentence; the byline and dateline are credit, not sentences)
    is added, every source unit omitted, and the verdict non-derived. The target text is the article as written.
    """
    path = story.independents[number - 1]
    target_text = decode_story(path.read_bytes())
    headline, paragraphs, _ = parse_story_text(target_text)
    paras = [[_Unit(headline, ADDED, [])]] + [[_Unit(s, ADDED, []) for s in p] for p in paragraphs]
    source_text = decode_story(story.path.read_bytes())
    pair_id = f"{story.name}__{INDEPENDENT}-{number}"
    return SynthPair(source_text, target_text, _gold(story, INDEPENDENT, paras, "non-derived", pair_id))


def make_pair(story: Story, kind: str, *, seed: int = 0) -> SynthPair:
    """Build one synthetic pair of ``kind`` from ``story``; the same arguments give the same pair.

    For ``independent`` the seed picks one of the story's independent articles (:func:`generate_pairs` takes all).
    """
    if kind == INDEPENDENT:
        if not story.independents:
            raise ValueError(f"story {story.name!r} has no independent articles")
        return independent_pair(story, 1 + seed % len(story.independents))
    rng = random.Random(zlib.crc32(f"{seed}:{story.name}:{kind}".encode()))
    paras, verdict = _build(story, kind, rng)
    # Keep target sentences unique, so a sentence's text names it.
    seen: set[str] = set()
    for para in paras:
        para[:] = [u for u in para if not (u.text in seen or seen.add(u.text))]
    paras = [p for p in paras if p]
    target_text = "\n\n".join(" ".join(u.text for u in p) for p in paras) + "\n"
    source_text = decode_story(story.path.read_bytes())
    return SynthPair(source_text, target_text, _gold(story, kind, paras, verdict, f"{story.name}__{kind}"))


def generate_pairs(
    seed: int = 0, *, stories: list[Story] | None = None, kinds: tuple[str, ...] = KINDS
) -> list[SynthPair]:
    """Every kind of pair for every base story, deterministically for a given ``seed``.

    Args:
        seed: varies the random edits; the same seed always gives the same pairs.
        stories: base stories (default: :func:`load_stories`).
        kinds: which kinds of pair to build (default: all of :data:`KINDS`).

    Returns:
        A list of :class:`SynthPair` ``(source_text, target_text, gold)``: for each story, its pairs in the order
        of ``kinds``, with one ``independent`` pair per independent article the story has.
    """
    stories = load_stories() if stories is None else stories
    pairs: list[SynthPair] = []
    for story in stories:
        for kind in kinds:
            if kind == INDEPENDENT:
                pairs += [independent_pair(story, n) for n in range(1, len(story.independents) + 1)]
            else:
                pairs.append(make_pair(story, kind, seed=seed))
    return pairs


def to_gold_pair(pair: SynthPair | tuple[str, str, dict]) -> dict:
    """The pair's truth in the ``diffsrc.gold/1`` pair format (sentences keyed by their text)."""
    gold = pair[2]
    source_keys = [u["text"] for u in gold["source"]]
    return {
        "id": gold["id"],
        "kind": gold["kind"],
        "source": gold["source_path"],
        "verdict": gold["verdict"],
        "source_sentences": [{"key": u["text"], "label": u["label"]} for u in gold["source"]],
        "target_sentences": [
            {"key": u["text"], "label": u["label"], "sources": [source_keys[i] for i in u["sources"]]}
            for u in gold["target"]
        ],
    }
