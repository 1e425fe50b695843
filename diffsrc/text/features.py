"""What comparison needs of each sentence, computed once per document: its normal form, content stems and names.

A corpus run compares one document with many others, so these are computed when the document is prepared
(`text.prepare`), not per pair. Scoring (`pair.score`) builds its matrices from them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from .lexicon import NAME_JOINERS, NAME_PARTICLES, NAME_WORD
from .segment import content_stems, surface_tokens


@dataclass
class SentenceFeatures:
    """What scoring needs of one sentence, computed once.

    `name_sizes` maps the stems of a multi-word proper name in the sentence ("Royal College of Emergency
    Medicine") to the name's number of content words.
    """

    key: str
    stems: list[str]
    name_sizes: dict[str, int] = field(default_factory=dict)

    @classmethod
    def of(cls, text: str) -> SentenceFeatures:
        tokens = surface_tokens(text)
        return cls(" ".join(tokens), content_stems(tokens), name_word_sizes(text))


# A run of name words (`lexicon.NAME_WORD`, any script), joined by the lower-case particles that names contain
# ("Bank of Japan", "Department of Forestry and Fire Protection", "Élisabeth Borne"); a possessive stays inside the
# run, as in "Leicester Coroner's Court" and "Swindon Magistrates' Court".
_JOINERS = "|".join(re.escape(w) for w in (*NAME_JOINERS, *NAME_PARTICLES))
_POSSESSIVE = r"(?:['’]s?(?!\w))?"
_NAME_RUN = re.compile(rf"{NAME_WORD}{_POSSESSIVE}(?:\s+(?:(?:{_JOINERS})\s+)*{NAME_WORD}{_POSSESSIVE})+")
_WORD = re.compile(r"[^\W\d_][\w'’.&-]*")


def name_word_sizes(text: str) -> dict[str, int]:
    """The stems of each multi-word proper name in `text`, mapped to the name's size in content words.

    A headline in title case or capitals is all capitalised words: it has no names to tell apart, so none.
    """
    words = _WORD.findall(text)
    if not words or sum(w[0].isupper() for w in words) > 0.6 * len(words):
        return {}
    sizes: dict[str, int] = {}
    for match in _NAME_RUN.finditer(text):
        stems = set(content_stems(surface_tokens(match.group())))
        if len(stems) > 1:
            for stem in stems:
                sizes[stem] = min(sizes.get(stem, len(stems)), len(stems))
    return sizes


def sentence_features(texts: Sequence[str]) -> list[SentenceFeatures]:
    return [SentenceFeatures.of(t) for t in texts]
