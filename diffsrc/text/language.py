"""The language a text is written in, where its letters say so unambiguously; None where they do not.

For the `lang` attribute of the HTML reports, which tells a screen reader which voice to read a text in and a browser
which glyphs to draw Han characters with: a wrong claim is worse than none (an English voice reading French), so
this names a language only where the evidence leaves no doubt, and otherwise says nothing:

- a script written in one language only, making up most of the letters: kana (Japanese; Han characters beside
  them are Japanese too), Hangul (Korean), Han without kana (Chinese), Thai, Lao, Khmer, Burmese, Greek, Georgian,
  Armenian. Latin, Cyrillic, Arabic, Devanagari and Hebrew letters are each written in several languages, so they
  name none by themselves;
- English, in Latin letters, by its commonest words ("the", "of", "and", "to", "said", ...): a third of the words
  of English news, where the commonest words of French, German, Spanish, Italian, Portuguese, Dutch, the
  Scandinavian languages and Polish are next to absent; a text in one of those has them, and few English ones;
- French, German, Spanish, Italian, Portuguese, Dutch, Swedish, Norwegian, Danish and Polish, in Latin letters, the
  same way: where a language's commonest words are a large share of the words, and the words it alone of these
  writes ("les", "und", "los", "não", "het", "och", "ikke" is Norwegian's and Danish's both) are several times
  those of every other, English's and those of the close languages it could be mistaken for (Catalan, Galician,
  Afrikaans, Czech) included. Two close languages not told apart by a clear margin (Spanish and Portuguese in one
  sentence each, Norwegian and Danish with few words of their own) are neither named.

No statistical language identifier is used: none ships with the core install, and a guess between Spanish and
Portuguese on a short sentence is the wrong claim this avoids.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from .. import rx

# Han is read with kana: Chinese and Japanese both write it.
_KANA = rx.compile(r"[\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f]")
_HAN = rx.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
# (BCP 47 tag, the letters of a script written in that language alone).
_ONE_LANGUAGE_SCRIPTS = (
    ("ko", rx.compile(r"[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]")),
    ("th", rx.compile(r"[\u0e00-\u0e7f]")),
    ("lo", rx.compile(r"[\u0e80-\u0eff]")),
    ("km", rx.compile(r"[\u1780-\u17ff]")),
    ("my", rx.compile(r"[\u1000-\u109f]")),
    ("el", rx.compile(r"[\u0370-\u03ff\u1f00-\u1fff]")),
    ("ka", rx.compile(r"[\u10a0-\u10ff]")),
    ("hy", rx.compile(r"[\u0530-\u058f]")),
)
# Every letter of the scripts above, in one class: found in one pass.
_NAMING_SCRIPTS = rx.compile(
    "[" + "".join(p.pattern[1:-1] for p in (_KANA, _HAN, *(script for _, script in _ONE_LANGUAGE_SCRIPTS))) + "]")
_LETTER = rx.compile(r"[^\W\d_]")
_WORD = rx.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
# What is read of a text: its language shows in its first paragraphs, and a report page reads both sides of a pair
# (the whole of the seed pair took 3 ms, 40% of writing its page; this much of each side 0.3 ms).
SAMPLE_CHARS = 1500
# A script names the text's language when it holds more than this share of its letters.
SCRIPT_SHARE = 0.5
# The commonest words of English. Some are words of the other languages too ("a", "in", "is", "was", "to", "of",
# "on"): English is claimed where its words are common and the others' (`_OTHER_WORDS`) rare.
_ENGLISH_WORDS = frozenset(
    "the of and to a in is was that for on with said he it as at by from his has have be were but not had who an are "
    "this which after been would their they she her its will".split())
# The commonest words of the other languages news is read in with Latin letters: (BCP 47 tag, the commonest of them
# that English does not write, the rest of them). A word of one of them alone is that language's own (derived below:
# "les", "und", "los", "não", "het"); a word written in several ("de", "que", "la", "den", "og") is a word of each.
# The tags not in `_LATIN_NAMED` are never named, but stand beside the others so that a text in one of them is not
# taken for its neighbour: Catalan beside Spanish, Galician beside Portuguese, Afrikaans beside Dutch, Czech beside
# Polish. An elision counts by what stands before its apostrophe ("qu'il" as "qu'", "dell'anno" as "dell'").
_LATIN_WORDS = (
    ("fr", "le la les de des du une et est en dans pour que qui pas sur au aux il se",
           "un ce cette ces a à été avec ont sont leur leurs elle ils sa son ses ne plus par était avait fait être "
           "aussi après depuis lors contre dont où déjà très sous ainsi selon nous vous on mais entre comme qu' n' "
           "s' c' j' jusqu' lorsqu' puisqu' l' d'"),
    ("de", "der das und ist nicht ein eine dem den des mit sich auf für von zu er es",
           "die einen einem einer eines zum zur im in an am auch wird wurde werden hat haben hatte sie bei nach aus "
           "dass noch sind oder seine ihre über vor durch nur soll sagte bereits gegen schon mehr sei wir als wie so "
           "war man"),
    ("es", "el la los las de del y en que una por para con se lo le les es",
           "a un su sus fue según pero más está están también hay muy ya dijo aunque tras hasta mientras otros otras "
           "otro otra cuando donde sin no al como sobre entre este esta ha han sido desde ser pese sigue fueron "
           "había puede ante ni luego tiene hace así embargo además mismo"),
    ("it", "il lo la le gli di del della da nel alla che una con sono se",
           "i delle dei degli dal dalla in nella nelle negli a al alle ai è e un uno per non più anche ha hanno "
           "stato stata su sul sulla questo questa ma dopo ancora così secondo tra fra essere come si ci l' d' dell' "
           "all' nell' sull' dall' un' c'"),
    ("pt", "os de da das em na uma que com por para ao não se",
           "o a as do dos no nos nas um e aos foi mais também pelo pela pelos pelas são à às já sua suas seu seus "
           "foram disse após até quando ainda isso essa esse numa num como sobre entre está ser ter tem nesta neste "
           "desta deste dessa desse nessa nesse há mas muito sem depois então estão têm será vai lhe apesar onde"),
    ("nl", "de het een en dat voor zijn niet er",
           "van in is op te met die aan om ook als bij door naar werd wordt worden heeft hebben deze hij ze zij uit "
           "nog maar tegen wel meer dan waar geen was of zich zou zo al toen echter alleen omdat tussen hun wij"),
    ("sv", "och att på som en är den de",
           "i det ett för av med till inte om har var också vid hade när sedan enligt än sina säger sade mellan "
           "detta dessa finns även varit mycket utan vara hur vad där någon några något inom samt efter sig mot blev "
           "kan ska han hon men eller under ut sa"),
    ("no", "og på som en et er til den de ikke der",
           "i det for av med om har var også å ble etter hadde seg mellom noen blitt opp hva meg uten gjennom sier "
           "nå enn mye fortsatt kan skal han hun men eller ut fra at sin sine mot dette disse ifølge bare hvor være "
           "sa fikk noe vært gikk slik"),
    ("da", "og på som en et er til den de ikke af der",
           "i det for med om har var også havde mod siger mellem nogen blevet ud op hvad hendes uden gennem sagde "
           "oplyser kan skal han hun men eller fra at sin sine efter blev dette disse ifølge bare hvor nu sig mig "
           "være fik gik noget været nogle"),
    ("pl", "w z na się jest nie że",
           "i do o po od za to dla oraz przez są który która które jego już także może czy został została było był "
           "była tym jak ale roku ich a"),
    ("ca", "el la les de del en que una es com",
           "els dels i a un per amb va no al més seu seva aquest aquesta aquests també però perquè són hi ho pel "
           "pels fins ha han sobre"),
    ("gl", "os de da das en na que con por para ao",
           "o a as do dos no nos nas un unha e non foi polo pola tamén xa cando ata dixo máis aínda coa co súa foron "
           "dende despois como sobre entre"),
    ("af", "en het nie dat",
           "die van in is te om op vir met wat hulle sy word deur sal ons baie was aan ook maar"),
    ("cs", "na se z",
           "a v je že do o to které který která jako byl byla bylo jsou také podle ale pro po od za jak roku"),
)
_LATIN_NAMED = frozenset(("fr", "de", "es", "it", "pt", "nl", "sv", "no", "da", "pl"))
_LATIN_TAGS = ("en", *(tag for tag, _, _ in _LATIN_WORDS))
# The words that tell English from the others: the others' commonest words that English does not write. The rest
# are left out, English words ("a", "in", "die", "so", "i") and rarer ones alike: counting every word of the table
# that `_ENGLISH_WORDS` lacks, 27 of the 14,226 texts named English (the shared data, the seeds, the fixtures and
# 3,000 RealNews pages, each read raw, cleaned and as sentences) were no more ("I", "Al", "son", "am" counted).
_OTHER_WORDS = frozenset(word for _, not_english, _ in _LATIN_WORDS for word in not_english.split())
# English news has a third of its words in `_ENGLISH_WORDS` (the first 1,500 characters of the seeds' and the shared
# data's 955 English texts: median 37%, 29% or more in 95% of them; 953 are named English, the two left out 47-
# and 28-word wire snaps) and almost none in `_OTHER_WORDS` (at most 1.2%: "de" of a name, "y" of a list). The
# other languages' texts in tests/test_language.py have at most 12% in the first (Dutch: "is", "was", "of") and a
# quarter of that or more in the second. A text of a few words (a headline) tells nothing: at least
# `ENGLISH_MIN_HITS` of them.
ENGLISH_SHARE = 0.15
ENGLISH_OVER_OTHERS = 4
ENGLISH_MIN_HITS = 2


def _languages_of_words() -> dict[str, tuple[int, ...]]:
    """Each word of `_LATIN_WORDS` and `_ENGLISH_WORDS`: the indexes (in `_LATIN_TAGS`) of the languages writing it."""
    of: dict[str, list[int]] = {}
    for index, words in enumerate((_ENGLISH_WORDS, *(set(f"{not_english} {more}".split())
                                                      for _, not_english, more in _LATIN_WORDS))):
        for word in words:
            of.setdefault(word, []).append(index)
    return {word: tuple(indexes) for word, indexes in of.items()}


_LANGUAGES_OF_WORD = _languages_of_words()
# A language is named where its commonest words are `LATIN_SHARE` of the text's words or more, its own words (those
# no other language here writes) number `LATIN_MIN_HITS` or more, and `LATIN_OVER_OTHERS` times the own words of
# each other language here (English's too): Spanish and Portuguese share most of their commonest words, and are
# told apart by their own ("los", "y", "muy" against "não", "uma", "com") or not at all.
# Chosen on the paragraphs of tests/test_language.py (news of 40-70 words; a first 1,500 characters is 130-240
# words): their language's commonest words are 16-53% of their words and its own 1-16 of them; the most of another
# language's own in any is 1 (and 2 of 23 in a joined 1,500 characters of Dutch). A headline (5-7 words) has at most
# one own word. The 955 English texts of the seeds and the shared data name no other language.
LATIN_SHARE = 0.15
LATIN_OVER_OTHERS = 4
LATIN_MIN_HITS = 5


def _latin_counts(words: list[str]) -> tuple[list[int], list[int]]:
    """For each language of `_LATIN_TAGS`: how many of `words` are among its commonest, and how many its own."""
    common, own = [0] * len(_LATIN_TAGS), [0] * len(_LATIN_TAGS)
    get = _LANGUAGES_OF_WORD.get
    for word in words:
        indexes = get(word)
        if indexes is None:
            apostrophe = max(word.find("'"), word.find("’"))
            if apostrophe < 0:
                continue
            indexes = get(word[:apostrophe].replace("’", "'") + "'")
            if indexes is None:
                continue
        for index in indexes:
            common[index] += 1
        if len(indexes) == 1:
            own[indexes[0]] += 1
    return common, own


def _latin_language(words: list[str]) -> str | None:
    """The language of `_LATIN_NAMED` that `words` are written in, where its words say so (`LATIN_SHARE`), else None."""
    if len(words) < LATIN_MIN_HITS:
        return None
    common, own = _latin_counts(words)
    best = max(range(1, len(_LATIN_TAGS)), key=own.__getitem__)
    if (own[best] < LATIN_MIN_HITS or common[best] < LATIN_SHARE * len(words)
            or any(LATIN_OVER_OTHERS * hits >= own[best] for index, hits in enumerate(own) if index != best)):
        return None
    tag = _LATIN_TAGS[best]
    return tag if tag in _LATIN_NAMED else None


def opening(parts: Iterable[str]) -> str:
    """The first of a document's sentences (or paragraphs), joined: as much of them as `text_language` reads."""
    taken, size = [], 0
    for part in parts:
        if size >= SAMPLE_CHARS:
            break
        taken.append(part)
        size += len(part) + 1
    return "\n".join(taken)


@lru_cache(maxsize=4096)  # a corpus's pages read each document's opening once per pair it is in
def text_language(text: str) -> str | None:
    """The BCP 47 tag of the language `text` is written in ("en", "ja", "zh", "ko", "el", ...) where its letters
    leave no doubt (module docstring), else None."""
    text = text[:SAMPLE_CHARS]
    named = _NAMING_SCRIPTS.findall(text) if not text.isascii() else ()  # one pass; none in most texts
    if named and len(named) > SCRIPT_SHARE * len(_LETTER.findall(text)):
        kana, han = len(_KANA.findall(text)), len(_HAN.findall(text))
        if kana + han > len(named) / 2:
            # Japanese writes kana in every sentence; Chinese none. A few (a Japanese name quoted in a Chinese
            # text) do not make it Japanese.
            return "ja" if kana >= 0.05 * (kana + han) else "zh"
        counts = {tag: len(script.findall(text)) for tag, script in _ONE_LANGUAGE_SCRIPTS}
        return max(counts, key=lambda tag: counts[tag])
    # Other letters (Latin, Cyrillic, Arabic, ...) name no language; English is told by its words, which a text in
    # Cyrillic or Arabic letters does not have.
    words = _WORD.findall(text.lower())
    english = sum(map(_ENGLISH_WORDS.__contains__, words))
    others = sum(map(_OTHER_WORDS.__contains__, words))
    english_enough = english >= ENGLISH_MIN_HITS and english >= ENGLISH_SHARE * len(words)
    if english_enough and english > ENGLISH_OVER_OTHERS * others:
        return "en"
    return _latin_language(words)
