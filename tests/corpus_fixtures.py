"""Small news texts for the corpus tests, built from the seed articles' own sentences.

Seeds 003 and 004 share no text with each other (an op-ed and an unrelated report), so stories cut from them
are unrelated unless a test copies sentences between them on purpose.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@cache
def seed_sentences(prefix: str) -> tuple[str, ...]:
    """Body sentences of the seed whose file name starts with `prefix`."""
    from diffsrc.document import Document
    from diffsrc.text.prepare import prepare

    path = next(SEEDS.glob(f"{prefix}_*.txt"))
    sentences = prepare(Document.from_path(path)).sentences
    return tuple(s.text for s in sentences if s.kind == "body" and len(s.text.split()) > 8)


def page(paragraphs: list[str], *, credit: str | None = None, title: str | None = None) -> str:
    """An article text: optional title and credit line, then one paragraph per sentence."""
    lines = []
    if title:
        lines.append(title)
    if credit:
        lines.append(f"{credit} |")
    return "\n\n".join(lines + list(paragraphs)) + "\n"
