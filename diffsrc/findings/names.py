"""Names in news text by the project's own rules: capitalised word runs, titles, and who a pronoun points back to.

No tagger model: a name is a run of capitalised words (lowercase particles such as "of" allowed inside); a person
is a name that follows a title ("Foreign Minister Toshimitsu Motegi") or that the text has say something.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# One capitalised word: "Motegi", "O'Brien", "Japan-U.S.", "F-150"; not the possessive "'s".
NAME_WORD = r"[A-Z][A-Za-z\-.]*(?:['’][A-Z][A-Za-z\-]*)?"
# A run of capitalised words, with the lowercase particles names carry inside them.
NAME = rf"{NAME_WORD}(?:\s+(?:(?:of|de|del|da|di|van|von|bin|al|la|le|the)\s+)?{NAME_WORD}){{0,5}}"

# Words that form titles and ranks: they start a name phrase but are not the name ("Prime Minister Sanae Takaichi").
TITLE_WORDS = frozenset(
    """
    president vice prime minister foreign defense defence finance trade economy economic chief cabinet deputy
    secretary state general gen lt col maj capt adm sgt mr mrs ms miss dr prof sen senator rep representative gov
    governor chancellor chairman chairwoman chair ceo king queen prince princess emperor empress pope ambassador
    mayor judge justice spokesman spokeswoman spokesperson commissioner director leader premier lord lady sir
    former new the a an of u.s. us japanese japan's chinese british french german indian russian american
    ukrainian israeli south north korean australian canadian minister's official officer
    """.split()
)
# A title before a name marks the name as a person's.
_TITLE = re.compile(
    r"\b(?:(?:Vice\s+)?President|(?:Prime|Foreign|Defen[cs]e|Finance|Trade|Economy|Chief\s+Cabinet|Deputy)?\s*Minister"
    r"|Secretary(?:\s+of\s+State)?|(?:Defen[cs]e|State|Treasury)\s+Secretary|Chancellor|Mr\.?|Mrs\.?|Ms\.?|Dr\.?"
    r"|Prof\.?|Sen\.?|Senator|Rep\.?|Gov\.?|Governor|Emperor|Empress|King|Queen|Prince|Princess|Pope|Ambassador"
    r"|Mayor|Judge|Justice|Chairman|Chairwoman|spokesman|spokeswoman|spokesperson|Premier|General|Gen\.)"
    rf"\s+(?P<name>{NAME_WORD}(?:\s+{NAME_WORD}){{0,2}})"
)
PRONOUNS = frozenset({"he", "she"})


def strip_title(name: str) -> str:
    """A name without the titles and determiners in front of it ("Foreign Minister Toshimitsu Motegi" -> "Toshimitsu
    Motegi"); the last word always stays."""
    words = name.split()
    while len(words) > 1 and words[0].lower().rstrip(",") in TITLE_WORDS:
        words.pop(0)
    return " ".join(words).strip(" ,.")


def surname(name: str) -> str:
    """The key two mentions of one person share: the last word, lowercased ("Toshimitsu Motegi" -> "motegi")."""
    words = strip_title(name).split()
    return words[-1].lower().rstrip(".") if words else ""


def titled_people(text: str) -> list[str]:
    """Names that follow a title in a text, titles stripped, in order of appearance."""
    return [strip_title(m.group("name")) for m in _TITLE.finditer(text)]


class People:
    """The people a document names, so that "Motegi" and "he" can be resolved to "Toshimitsu Motegi"."""

    def __init__(self, names: list[str]) -> None:
        self.full: dict[str, str] = {}
        for name in names:
            self.add(name)

    def add(self, name: str) -> None:
        name = strip_title(name)
        key = surname(name)
        if not key or key in PRONOUNS:
            return
        # The longest form wins: "Toshimitsu Motegi" over "Motegi".
        if len(name) > len(self.full.get(key, "")):
            self.full[key] = name

    def canonical(self, name: str) -> str:
        """The fullest form of a name the document uses."""
        name = strip_title(name)
        return self.full.get(surname(name), name)

    def expand(self, texts: Sequence[str]) -> None:
        """Take fuller forms of known names from texts ("Toshimitsu Motegi, Japan's new Foreign Minister")."""
        if not self.full:
            return
        lasts = {self.full[k].split()[-1] for k in self.full}
        pattern = re.compile(rf"\b({NAME_WORD})\s+(" + "|".join(re.escape(x) for x in sorted(lasts)) + r")\b")
        for m in pattern.finditer("\n".join(texts)):
            first = m.group(1)
            if first.lower() not in TITLE_WORDS and first.lower() not in _NOT_FIRST_NAMES:
                self.add(f"{first} {m.group(2)}")

    def last_mentioned(self, before: str, earlier: str = "") -> str | None:
        """The person "he" or "she" most likely points back to, or None.

        Args:
            before: the quote's paragraph up to the quote.
            earlier: the paragraphs before it.

        In the quote's own paragraph the last person named wins ("The meeting will be Takaichi's first test.
        'The alliance ...,' she said"); before that paragraph, the last person named as a sentence's subject
        ("Motegi returns to the post ... during Trump's first term." -> Motegi), since a possessive in a clause
        is rarely who speaks next.
        """
        if not self.full:
            return None
        pattern = re.compile(r"\b(" + "|".join(re.escape(self.full[k].split()[-1]) for k in sorted(self.full)) + r")\b")
        for text, subject_only in ((before, False), (earlier, True)):
            last = None
            for m in pattern.finditer(text):
                if not subject_only or _is_subject(text, m.start(), m.end()):
                    last = m.group(1)
            if last:
                return self.canonical(last)
        return None


_SUBJECT_START = re.compile(r"(?:^|[.!?][\"”’)]*\s+|\n)(?:[A-Z][\w.’'\-]*\s+){0,4}$")
_NOT_FIRST_NAMES = frozenset(
    """
    the a an on in at by for of to and but as when while after before if with from during since said says told
    monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
    september october november december
    """.split()
)


def _is_subject(text: str, start: int, end: int) -> bool:
    """A name at the start of a sentence (titles allowed before it), or followed by a verb of saying."""
    if _SUBJECT_START.search(text[max(0, start - 80):start]):
        return True
    return bool(re.match(r"['’]?\s*(?:said|says|told|added|stated)\b", text[end:end + 12]))
