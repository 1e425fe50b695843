"""Synthetic wire stories, their reprints and their rewrites, for the near-duplicate tests.

A story is built from a fixed vocabulary by a seeded generator, so every test sees the same text. The variants are
the cases the index must tell apart: a reprint (other page chrome, a new headline, a dropped paragraph, a few words
edited), a trimmed reprint (the first paragraphs only), and a paraphrased rewrite (most sentences reworded and
reordered, quotes kept), which is not a near-duplicate.
"""

from __future__ import annotations

import random

NOUNS = (
    "minister government official council committee parliament court election budget agency police report "
    "company market bank economy city region border army talks summit deal treaty company worker union strike "
    "hospital school village river storm flood fire drought harvest festival team coach season player fans "
    "investigation prosecutor judge witness lawyer trial sentence protest crowd leader party campaign vote"
).split()
VERBS = (
    "said announced warned confirmed denied rejected approved proposed launched delayed suspended expanded "
    "criticised praised questioned described planned promised opened closed raised cut"
).split()
ADJECTIVES = (
    "new former senior local national foreign regional public private major minor early late sharp sudden "
    "long short strong weak final formal"
).split()
PLACES = "Tokyo Paris Nairobi Lima Oslo Cairo Delhi Quito Accra Hanoi Riga Sofia".split()
SYNONYMS = {
    "said": "stated",
    "announced": "declared",
    "warned": "cautioned",
    "new": "fresh",
    "former": "previous",
    "major": "significant",
    "government": "administration",
    "minister": "secretary",
    "official": "spokesperson",
    "talks": "negotiations",
    "deal": "agreement",
    "city": "town",
    "sharp": "steep",
    "early": "initial",
    "the": "this",
    "on": "during",
}
CHROME = [
    ["Home > News > World", "Listen to this article", "Advertisement", "Subscribe to our newsletter"],
    ["Skip to content", "Menu", "Share this story", "Sign in", "Most read"],
    ["E-paper", "Trending now", "Follow us on social media", "Related stories", "Cookie settings"],
]


def _sentence(rng: random.Random) -> str:
    words = [rng.choice(ADJECTIVES).capitalize(), rng.choice(NOUNS)]
    for _ in range(rng.randint(3, 5)):
        words += [rng.choice(VERBS), "the", rng.choice(ADJECTIVES), rng.choice(NOUNS)]
        words += [rng.choice(("in", "on", "after", "before", "with")), rng.choice(PLACES)]
    return " ".join(words) + "."


def _quote(rng: random.Random) -> str:
    inner = " ".join(rng.choice(NOUNS + VERBS + ADJECTIVES) for _ in range(14))
    return f'"{inner.capitalize()}," the {rng.choice(NOUNS)} said.'


def make_story(seed: int, paragraphs: int = 12) -> dict[str, object]:
    """A wire story: a headline and paragraphs of 2-3 sentences (~600 words), one with a quote."""
    rng = random.Random(seed)
    body = []
    for i in range(paragraphs):
        sentences = [_sentence(rng) for _ in range(rng.randint(2, 3))]
        if i % 4 == 1:
            sentences.append(_quote(rng))
        body.append(" ".join(sentences))
    headline = " ".join(rng.choice(NOUNS + ADJECTIVES) for _ in range(8)).capitalize()
    return {"headline": headline, "paragraphs": body}


def render(story: dict[str, object], chrome: list[str] | None = None) -> str:
    """The story as a page: optional chrome lines around the headline and body."""
    chrome = chrome or []
    parts = chrome[:2] + [str(story["headline"])] + list(story["paragraphs"]) + chrome[2:]  # type: ignore[arg-type]
    return "\n\n".join(parts) + "\n"


def _edit_words(text: str, rng: random.Random, edits: int) -> str:
    words = text.split(" ")
    for _ in range(edits):
        i = rng.randrange(len(words))
        words[i] = rng.choice(("reportedly", "also", "now", "again", words[i].upper()))
    return " ".join(words)


def reprint(story: dict[str, object], seed: int, *, chrome: int = 1) -> str:
    """Another outlet's reprint: its own chrome, a new headline, one paragraph dropped, ~8 words edited."""
    rng = random.Random(seed)
    paragraphs = list(story["paragraphs"])  # type: ignore[call-overload]
    del paragraphs[rng.randrange(1, len(paragraphs))]
    paragraphs = [_edit_words(p, rng, 1) if rng.random() < 0.6 else p for p in paragraphs]
    headline = "Update: " + " ".join(reversed(str(story["headline"]).split()))
    return render({"headline": headline, "paragraphs": paragraphs}, CHROME[chrome % len(CHROME)])


def trimmed(story: dict[str, object], keep: float = 0.6) -> str:
    """A trimmed reprint: the headline and the first `keep` share of the paragraphs."""
    paragraphs = list(story["paragraphs"])  # type: ignore[call-overload]
    return render({"headline": story["headline"], "paragraphs": paragraphs[: max(1, int(len(paragraphs) * keep))]})


def paraphrase(story: dict[str, object], seed: int) -> str:
    """A rewrite: sentences reordered, most reworded (synonyms, moved clauses, dropped words); quotes kept."""
    rng = random.Random(seed)
    out = []
    for paragraph in story["paragraphs"]:  # type: ignore[attr-defined]
        sentences = paragraph.split(". ")
        rng.shuffle(sentences)
        rewritten = []
        for sentence in sentences:
            if sentence.startswith('"'):
                rewritten.append(sentence)  # quotes survive rewrites
                continue
            words = [SYNONYMS.get(w, w) for w in sentence.split()]
            # Move the tail clause to the front and drop every seventh word, as a rewriting journalist might.
            cut = len(words) // 2
            words = words[cut:] + ["while"] + words[:cut]
            words = [w for i, w in enumerate(words) if i % 7 != 3]
            rewritten.append(" ".join(words))
        out.append(". ".join(rewritten))
    rng.shuffle(out)
    headline = "Analysis: what the " + " ".join(str(story["headline"]).split()[:3]) + " means"
    return render({"headline": headline, "paragraphs": out})
