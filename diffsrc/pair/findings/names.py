"""Names in news text by the project's own rules: capitalised word runs, titles, and who a pronoun points back to.

No tagger model: a name is a run of capitalised words (lowercase particles such as "of" allowed inside); a person
is a name that follows a title ("Foreign Minister Toshimitsu Motegi") or that the text has say something.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Collection, Container, Iterator, Sequence
from functools import lru_cache

from ... import rx
from ...text.lexicon import (
    MONTH_NAMES,
    NAME_AHEAD,
    NAME_PARTICLES,
    NAME_WORD,
    WEEKDAY_NAMES,
    first_name_sex,
    fold_name,
    is_name_word,
    party_word,
    stopwords,
)

# A run of capitalised words (`lexicon.NAME_WORD`, any script), with the lowercase particles names carry inside them.
# "and" and "for" are left out: "Trump and Takaichi said" names two people, not one. A surname may carry two
# particles ("Mr van der Merwe", "Ursula von der Leyen"; one alone read "Mr" as the speaker). "der" alone is German's
# article, no particle: after a name it opens whom the words were said to ('sagte Weselsky der Deutschen
# Presse-Agentur' gave the quote to "Weselsky der Deutschen Presse-Agentur"), and no surname carries it without
# "van" or "von" before it.
_PARTICLE = rf"(?:{'|'.join(NAME_PARTICLES)})"
_ONE_PARTICLE = rf"(?:{'|'.join(p for p in NAME_PARTICLES if p != 'der')})"
NAME = (rf"{NAME_WORD}(?:\s+(?:(?:of|the|{_ONE_PARTICLE})\s+|{_PARTICLE}\s+{_PARTICLE}\s+)?{NAME_WORD}){{0,5}}")

# Words that form titles and ranks: they start a name phrase but are not the name ("Prime Minister Sanae Takaichi").
TITLE_WORDS = frozenset(
    """
    president vice prime minister foreign defense defence finance trade economy economic chief cabinet deputy
    secretary state general gen lt col maj capt adm sgt mr mrs ms miss dr prof sen senator rep representative gov
    governor chancellor chairman chairwoman chair ceo king queen prince princess emperor empress pope ambassador
    mayor judge justice spokesman spokeswoman spokesperson commissioner director leader premier lord lady sir
    former new the a an of u.s. us japanese japan's chinese british french german indian russian american
    ukrainian israeli south north korean australian canadian minister's official officer transport health home
    education environment justice culture business energy interior shadow junior treasury attorney solicitor
    prosecuting prosecutor defending counsel detective inspector superintendent constable sergeant det insp supt
    duke duchess earl countess baron baroness viscount marquess
    m mme mlle mm monsieur madame sr sra srta señor señora dña doña sig sig.ra signor signora dott dott.ssa
    herr frau dhr mevr
    shri smt shrimati kumari sushri
    """.split()
)
# Nouns that name an office or a trade: a phrase ending in one is a title ("port authority president", "Bank of
# Japan Governor", "chief economist"), and a name after it is the holder's ("port authority president Carlos Mendes").
OFFICE_WORDS = frozenset(
    """
    president minister secretary chancellor governor senator ambassador mayor judge justice chairman chairwoman
    chairperson chair premier general spokesman spokeswoman spokesperson director executive ceo chief head leader
    commissioner councillor councilor prosecutor coroner coach manager economist analyst professor officer captain
    commander superintendent inspector sheriff attorney lawyer founder owner editor researcher scientist official
    treasurer deputy adviser advisor solicitor barrister counsel magistrate recorder constable detective sergeant
    assemblyman assemblywoman assemblymember congressman congresswoman councilman councilwoman alderman alderwoman
    lawmaker legislator
    """.split()
)
# A title in lowercase before a name: "port authority president Carlos Mendes", "the finance minister, Ana Ruiz,".
_LOWER_TITLE = rx.compile(
    rf"(?<![\w’'-])(?P<title>(?:[a-z][\w’'-]*\s+){{0,3}}(?:{'|'.join(sorted(OFFICE_WORDS))}))\s*,?\s+"
    rf"(?P<name>{NAME_WORD}(?:\s+{NAME_WORD}){{1,3}})"
)
# A name with its office in apposition: "Carlos Mendes, the port authority president," / "Ana Ruiz, president of
# the union,".
_APPOSITIVE_TITLE = rx.compile(
    rf"{NAME_AHEAD}(?P<name>{NAME_WORD}(?:\s+{NAME_WORD}){{1,3}}),\s+(?:the\s+|a\s+|an\s+)?"
    rf"(?P<title>(?:[\w’'-]+\s+){{0,3}}?(?:{'|'.join(sorted(OFFICE_WORDS))})(?:\s+(?:of|at|for)\s+[^,.;]{{1,50}})?),"
)
# Runs of lowercase letters: where an office word may stand whole (`titled_people`).
_LOWERCASE_RUN = rx.compile(r"[a-z]+")
_LOWERCASE_WORD = rx.compile(r"\b[a-z]+\b")
_WORD_BOUNDARY = rx.compile(r"\b")


def _from_word_boundary(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """What `\\b` then `pattern` finds in `text` (`finditer`), `pattern` matching no empty string: its matches that
    start at a word boundary, each searched from the end of the last (or the place after a match refused)."""
    at = 0
    while (m := pattern.search(text, at)) is not None:
        if _WORD_BOUNDARY.match(text, m.start()):
            yield m
            at = m.end()
        else:
            at = m.start() + 1


# A title before a name marks the name as a person's. (Searched through whole texts: the lookahead, what every title
# below starts with, a capital or "spokes", passes over any other word in one test.)
_TITLE = rx.compile(
    r"\b(?=[A-Z]|spokes)(?P<title>(?:(?:Vice|Deputy|Prime|Foreign|Defen[cs]e|Finance|Trade|Economy|Transport|Health|Home|Chief|"
    r"Cabinet|Treasury|State|Education|Environment|Justice|Culture|Business|Energy|Interior|Shadow|Junior)\s+){0,2}"
    r"(?:President|Minister|Secretary(?:\s+of\s+State)?|Chancellor|Governor|Senator|Ambassador|Mayor|Judge|"
    r"Justice|Chairman|Chairwoman|Premier|General|Emperor|Empress|King|Queen|Prince|Princess|Pope|Councillor|"
    r"spokesman|spokeswoman|spokesperson)|Mr\.?|Mrs\.?|Ms\.?|Miss|Dr\.?|Prof\.?|Sen\.?|Rep\.?|Gov\.?|Gen\.|Sir|Dame|Lord|Lady"
    r"|Shri|Smt\.?|Shrimati|Kumari|Sushri)"
    rf"\s+(?P<name>{NAME_WORD}(?:\s+(?:{_ONE_PARTICLE}\s+|{_PARTICLE}\s+{_PARTICLE}\s+)?{NAME_WORD}){{0,2}})"
)
_HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen"})
# Honorifics before a surname alone ("Mr Prankerd", "Miss Harvey"): the titles above that are no office, and more.
# Indian copy's: "Shri" (Mr), "Smt" / "Shrimati" (Mrs), "Kumari" / "Sushri" (Miss, Ms).
INDIAN_HONORIFICS = frozenset({"shri", "smt", "shrimati", "kumari", "sushri"})
HONORIFICS = _HONORIFICS | {"miss", "mx", "sir", "dame", "lady", "lord"} | INDIAN_HONORIFICS
PRONOUNS = frozenset({"he", "she"})
# Letters after a name: "William Taylor QC" is William Taylor.
HONOURS = frozenset({"qc", "kc", "mp", "mep", "msp", "am", "jp", "obe", "mbe", "cbe", "kbe", "dbe", "frs", "phd",
                     "jr", "sr", "jnr", "snr"})


# The name helpers below are cached: a document names each person many times, and the quotes step reads every
# mention against the others (~15 calls a distinct name on real copy).
@lru_cache(maxsize=65536)
def strip_title(name: str) -> str:
    """A name without the titles and determiners in front of it ("Foreign Minister Toshimitsu Motegi" -> "Toshimitsu
    Motegi", "Port Authority President Carlos Mendes" -> "Carlos Mendes"), nor a word describing the person before a
    first and last name ("Heartbroken Connie Smith"); the last word always stays."""
    words = name.split()
    if len(words) > 2 and words[1] in ("and", "&"):  # a couple: "Mr and Mrs Marshall"
        return name.strip(" ,.")
    if len(words) > 1 and words[-1].lower().strip(",.") in INSTITUTION_WORDS:
        return name.strip(" ,.")  # a body, not a person: "Home Office", "Foreign Ministry" keep their first word
    # A capitalised title ends in an office word: everything up to the last one before the name is title ("Tory MP
    # Alan Clark", whose party and seat came with him as his name: a speaker auditor's re-test).
    offices = [i for i, w in enumerate(words[:-1]) if w.lower().strip(",.") in OFFICE_WORDS
               or w in MEMBER_LETTERS or (i < len(words) - 2 and "-" in w and _COMPOUND_ROLE.search(w) is not None)]
    if offices:
        words = words[offices[-1] + 1:]
    while len(words) > 1 and (words[0].lower().strip(",.") in TITLE_WORDS
                               or len(words) > 2 and (describes_person(words[0].lower(), before_full_name=True)
                                                      or party_word(words[0].lower().strip(",."))
                                                      or _ELIDED_ROLE.match(words[0]) is not None
                                                      or _INITIALS.fullmatch(words[0]) is not None)):
        # A title, a word describing the person ("Heartbroken Connie Smith") or a party ("Republican Sen. Ted
        # Cruz", "Democrat John Smith": a re-test of US copy).
        words.pop(0)
    return " ".join(words).strip(" ,.")


# A French role noun after its elided article, opening a sentence with the name after it: "L'entraîneur Pierre Sage",
# "L'avocat Eric Dupond-Moretti" (a quote checker's re-test: the speaker was given as "L'entraîneur Pierre Sage"),
# or the ministry a minister's title ends in, run into the name ("le ministre de l'Agriculture Marc Fesneau" read
# "l'Agriculture Marc Fesneau"). A capital after a capital's apostrophe is a name's own ("L'Oréal", "D'Alembert").
_ELIDED_ROLE = rx.compile(r"[LlDd]['’][a-zàâäçéèêëîïôöûüù]|[ld]['’]")

# A body's initials before a first and last name, its role left out: "de la CGT Sophie Binet", "des députés LFI
# Mathilde Panot" (a quote checker's re-test: the speaker was "CGT Sophie Binet"). Not a rank or an office written
# in capitals, which the project keeps with the name as it keeps "Judge" ("WPC Lisa Conneely", "DA Kenneth Thompson").
_INITIALS = rx.compile(r"(?!(?:W?PC|PCSO|D[CSI]|DCI|DSI|DCS|DA|QC|KC)\b)[A-Z]{2,5}")

# A German compound of a club, party or body and a role, before a first and last name: "Bayern-Trainer Vincent
# Kompany", "SPD-Chefin Saskia Esken", "Grünen-Politiker Cem Özdemir" (a wire desk's re-test: dpa's "sagte
# Bayern-Trainer Vincent Kompany" gave the speaker as "Bayern-Trainer Vincent Kompany").
_COMPOUND_ROLE = rx.compile(r"-(?i:trainer|coach|chef|chefin|boss|präsident|präsidentin|minister|ministerin|sprecher"
                            r"|sprecherin|vorsitzender?|politiker|politikerin|kapitän|manager|direktor|direktorin"
                            r"|kandidat|kandidatin|abgeordneter?|star|profi)$")

# The letters of a seat, written before a name as an office is ("Labour MP Richard Burden"); in capitals only.
MEMBER_LETTERS = frozenset({"MP", "MEP", "MSP", "MLA", "AM", "Cllr"})


# Last words of capitalised phrases that name bodies and places, not people ("White House", "Crown Court").
INSTITUTION_WORDS = frozenset(
    """
    house office ministry department government council court courts party police agency union bank university committee
    commission association service times news post press group company corporation authority board institute
    league club team city county state states kingdom republic korea island islands street road station airport
    hospital hotel school church parliament senate congress assembly army navy force forces guard africa america york
    zealand arabia kong emirates east west north south
    """.split()
)


@lru_cache(maxsize=65536)
def looks_like_person(name: str) -> bool:
    """A first-and-last-name shape: two to four name words after titles, not ending in an institution word and not
    opening with a preposition or an article ("In January 1983 he left ...", read as a person, was handed a
    woman's quote after "She said:"), and not a headline's capitals ("GP TRIAL: RELATIVES TELL ...")."""
    words = strip_title(name).split()
    if len(words) > 2 and not all(map(is_name_word, words[1:-1])):
        # Particles inside a name: "Ursula von der Leyen", "Luis de Guindos" (a wire desk's re-test: no person, so
        # her "she said" went to "President Ursula"), though a place takes them too ("Rio de Janeiro", as "New York"
        # is a first and last name's shape).
        if not all(is_name_word(w) or w in NAME_PARTICLES for w in words[1:-1]) or any(
                w == "der" and words[i].lower() not in ("van", "von") for i, w in enumerate(words[1:-1])):
            return False  # "der" alone is German's article: "Weselsky der Deutschen Presse-Agentur"
        words = [w for w in words if w not in NAME_PARTICLES]
    return (2 <= len(words) <= 4 and words[-1].lower() not in INSTITUTION_WORDS and all(map(is_name_word, words))
            and words[0].lower() not in _NOT_A_FIRST_WORD and not all(w.isupper() for w in words)
            and not (words[0].lower() in _ARTICLES and words[1].lower() in _OFFICES_AFTER_AN_ARTICLE))


# An article of another language, then an office: "Le Premier ministre", "El Presidente", "Der Kanzler" open a
# sentence with no one's name (a wire desk's re-test: AFP's "Le Premier ministre, François Bayrou, a exclu ..." gave
# his "a-t-il dit" quote to "Le Premier"). An article before a name is still a name: "Le Pen", "La Russa", "Del Piero".
_ARTICLES = frozenset({"le", "la", "les", "el", "los", "las", "der", "die", "das", "il", "lo"})
# Offices in French, Spanish, Italian and German, in lowercase.
OTHER_OFFICE_WORDS = frozenset({
    "première", "président", "présidente", "presidente", "presidenta", "ministre", "ministro", "ministra", "primer",
    "primera", "primo", "kanzler", "kanzlerin", "bundeskanzler", "bundeskanzlerin", "chancelier", "maire",
    "alcalde", "alcaldesa", "sindaco", "secrétaire", "secretario", "secretaria", "portavoz", "porte-parole"})
_OFFICES_AFTER_AN_ARTICLE = TITLE_WORDS | OTHER_OFFICE_WORDS


_NOT_A_FIRST_WORD = frozenset({"in", "on", "at", "by", "for", "from", "of", "to", "the", "a", "an", "after", "before",
                               "during", "since", "until", "with", "as", "but", "and", "when", "if"})


@lru_cache(maxsize=65536)
def surname(name: str) -> str:
    """The key two mentions of one person share: the last word in `lexicon.fold_name` form ("Toshimitsu Motegi" ->
    "motegi", "José Álvarez" and "Jose Alvarez" -> "alvarez", "Abdel Fattah al-Sisi" -> "sisi")."""
    last = _last_word(strip_title(name))
    return fold_name(last.rstrip(".")) if last else ""


def _last_word(name: str) -> str:
    """A name's last word as written, letters after it aside ("Adrian Redgrave QC" -> "Redgrave")."""
    words = without_honours(name).split()
    return words[-1] if words else ""


@lru_cache(maxsize=65536)
def without_honours(name: str) -> str:
    """A name without the letters after it ("Adrian Redgrave QC" -> "Adrian Redgrave")."""
    words = name.split()
    while len(words) > 1 and words[-1].lower().strip(".,") in HONOURS:
        words.pop()
    return " ".join(words)


def titles_in(text: str) -> list[re.Match[str]]:
    """The names a text writes after a title ("Foreign Minister Toshimitsu Motegi", "Mr Prankerd"): read once a text,
    for `titled_people` and `People.mention`."""
    return list(_TITLE.finditer(text))


def titled_people(text: str, titles: Sequence[re.Match[str]] | None = None) -> list[tuple[str, str]]:
    """(title, name) for each name a text gives an office, before it ("Foreign Minister Toshimitsu Motegi", "port
    authority president Carlos Mendes") or in apposition ("Carlos Mendes, the port authority president,").
    `titles`: the text's `titles_in`, when the caller has them."""
    found = [(m.group("title"), strip_title(m.group("name")))
             for m in (titles_in(text) if titles is None else titles)]
    # Both patterns below end their title with an office word standing whole between white space (or a mark) and
    # white space or a comma, so it is one of the text's runs of lowercase letters; they are tried at every
    # character (one opens with a look-behind, the other with a look-ahead), and most paragraphs hold no office
    # word at all.
    if OFFICE_WORDS.isdisjoint(_LOWERCASE_RUN.findall(text)):
        return found
    for pattern in (_LOWER_TITLE, _APPOSITIVE_TITLE):
        for m in pattern.finditer(text):
            title = lower_title(m.group("title"))
            if title and looks_like_person(m.group("name")):
                found.append((title, strip_title(m.group("name"))))
    return found


def lower_title(phrase: str) -> str:
    """A lowercase title without the function words and reporting verbs a match may take in front of it ("said
    port authority president" -> "port authority president")."""
    words = phrase.split()
    stop = stopwords() - {"former"}  # a former minister is not the minister
    while len(words) > 1 and words[0].lower() in stop:
        words.pop(0)
    return " ".join(words)


# Honorifics that stand only before a person's name and never make an office with the word after them, as "Lord"
# does ("Lord Chancellor").
_ONLY_BEFORE_A_NAME = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr"}) | INDIAN_HONORIFICS


def is_role(name: str) -> bool:
    """A speaker named by office alone ("Transport Secretary", "the Prime Minister", "port authority president")."""
    words = [w.lower().strip(",.") for w in name.split()]
    if not words:
        return False
    if len(words) == 2 and words[0] in _ONLY_BEFORE_A_NAME:
        return False  # "Mr Judge", "Mrs Mayor": a surname that is an office's word too
    return all(w in TITLE_WORDS for w in words) or (
        words[-1] in OFFICE_WORDS and (name[:1].islower() or not looks_like_person(name))
    )


class People:
    """The people a document names, so that "Motegi" and "he" can be resolved to "Toshimitsu Motegi"."""

    def __init__(self, titled: Sequence[tuple[str, str]] = ()) -> None:
        self.full: dict[str, str] = {}
        # Surnames of the full names a document mentions anywhere ("Carlos Mendes met reporters"): a surname alone
        # there is a person's, not a capitalised common word ("Analysts").
        self.mentioned: set[str] = set()
        # Surname -> the full names the document writes with it ("pike" -> {"Gary Pike"}): whom a surname alone
        # names where no tag gave the name (`named_in_full`).
        self.in_full: dict[str, set[str]] = {}
        # Office -> the person the document gives it ("transport secretary" -> "Heidi Alexander").
        self.roles: dict[str, str] = {}
        # Surnames a relative of the named person shares ("Captain Prankerd's father Peter"): "Mr Prankerd" may be
        # either of them, so it is not resolved to the one named in full.
        self.shared: set[str] = set()
        # Surnames (as written) of names given an age ("Thomas Allsopp, 45,"): people, whom a surname alone opening
        # a sentence of the quote's paragraph names as its subject ("Allsopp did not speak ..., but ... he replied:").
        self.aged: set[str] = set()
        self._patterns: dict[tuple[str, ...], re.Pattern[str]] = {}
        # Surname -> "he" or "she", where the document says which (`mention`): a pronoun does not point back to a
        # person of the other sex ("She said:" after "Clive Barwell ... He would bind them" is not Barwell's).
        self.sex: dict[str, str] = {}
        # Surname -> the forms with titles the document writes it in, where a surname alone follows the titles ("Mrs
        # Smith", "Mr Justice Smedley"; `mention`).
        self.titled_forms: dict[str, set[str]] = {}
        # First name (`fold_name` form) -> the full names the document writes with it (`mention`): the owner of
        # "Brian's father, Ken" is the one Brian it names in full, whose surname Ken shares.
        self.first_names: dict[str, set[str]] = {}
        for title, name in titled:
            self.add(name)
            role = " ".join(title.lower().rstrip(".").split())
            if role not in HONORIFICS:
                self.roles.setdefault(role, name)

    def add(self, name: str, sure: bool = True) -> None:
        """Note a name; `sure=False` for a first name that may be a common word opening a sentence ("Given Motegi's
        reputation"), which may lengthen a name but does not make two people of one surname."""
        name = without_honours(strip_title(name))  # "John Milford QC" is John Milford
        key = surname(name)
        if not key or key in PRONOUNS or is_role(name):
            return
        known = self.full.get(key, "")
        if sure and known and not _one_form(known, name):
            # Two people with one surname ("Neil Hamilton and his wife Christine Hamilton"): "Mr Hamilton" may be
            # either, so it is not resolved to the longer name (it was, to hers).
            self.shared.add(key)
        # The longest form wins: "Toshimitsu Motegi" over "Motegi".
        if len(name) > len(known):
            self.full[key] = name

    def canonical(self, name: str) -> str:
        """The fullest form of a name the document uses; an office alone becomes the person who holds it."""
        if is_role(name):
            role = " ".join(w for w in name.lower().split() if w not in ("the", "a", "an"))
            person = self.roles.get(role)
            if person is None:
                # "the minister" for the one "Foreign Minister" the document names; "the port authority president"
                # for "Carlos Mendes, president of the port authority": every word of the office, in any order.
                words = set(role.split())
                holders = {p for r, p in self.roles.items() if words <= set(r.split())}
                person = holders.pop() if len(holders) == 1 else None
            return self.canonical(person) if person else re.sub(r"^(?:the|a|an)\s+", "", name, flags=re.I)
        stripped = strip_title(name)
        key = surname(stripped)
        if key in self.shared and len(stripped.split()) == 1:
            return name  # "Mr Prankerd", where two Prankerds speak: as written
        full = self.full.get(key, stripped)
        # Only a fuller form of the same words (a rank aside: "Pc Bateson" is "Andrew Bateson"): "Christine Hamilton"
        # is not "Neil Hamilton", nor "Al Fayed" his son "Dodi Fayed", though one surname keys them.
        words = [w for w in without_honours(stripped).split() if w.lower().rstrip(".") not in RANKS]
        same = (not words or f" {fold_name(without_honours(full))}".endswith(f" {fold_name(' '.join(words))}")
                and not _other_sex(name, full))
        found = full if same else stripped
        if len(found.split()) > 1:
            return found
        # A person known by surname alone keeps the titles the text writes before it: those of this mention ("Mrs
        # Smith", "Mr Judge", "Lord Bingham"), as above where two people share the surname, else the one titled
        # form the document writes ("He said" for Mr Guscott is "Mr Guscott"). They are how the text names the
        # person, and a surname alone may read as an office or a common word ("Judge", "Baker"); a fuller name the
        # document gives wins ("Jean Smith"). Two texts' speakers are compared by surname, titles aside (`surname`,
        # `quotes.same_speaker`), so "Mrs Smith" in one and "Jean Smith" or "Smith" in the other are one person.
        if len(name.split()) > 1:
            return name.strip(" ,.")
        forms = self.titled_forms.get(key, set())
        return next(iter(forms)) if len(forms) == 1 else found

    def mention(self, texts: Sequence[str], titles: Sequence[Sequence[re.Match[str]]] | None = None) -> None:
        """Note the surnames of the full names in texts (`mentioned`), those a relative shares (`shared`), and the
        titles written before a surname alone (`titled_forms`); `titles`: each text's `titles_in`, when the caller
        has them."""
        for n, text in enumerate(texts):
            for m in _NAME_RE.finditer(text):
                found = without_opening_words(m.group(0))  # "On Monday Tom Harris" is Tom Harris
                if looks_like_person(found) or looks_like_person(m.group(0)):
                    self.mentioned.add(surname(found))
                    if " " in found:  # not "Yesterday Harris": no first name given
                        name = without_honours(strip_title(found))
                        self.in_full.setdefault(surname(found), set()).add(name)
                        self.first_names.setdefault(fold_name(name.split()[0]), set()).add(name)
                    if _GIVEN_AN_AGE.match(text, m.end()):
                        self.aged.add(_last_word(m.group(0)))
            # (a relative's possessive first, found fast: the pattern opens with a word boundary, tried everywhere)
            if _RELATIVE_AFTER_POSSESSIVE.search(text):
                for m in _RELATIVE.finditer(text):
                    self.shared.add(fold_name(m.group(1)))
            for m in titles_in(text) if titles is None else titles[n]:
                # Not the second of a couple's titles: "Mr and Mrs Marshall" is not Mrs Marshall alone.
                if len(strip_title(m.group("name")).split()) == 1 and not _COUPLE_BEFORE.search(
                        text, max(0, m.start() - 6), m.start()):
                    self.titled_forms.setdefault(surname(m.group("name")), set()).add(" ".join(m.group(0).split()))
        self.sex = _sexes(texts)
        # A person the text gives no sex by honorific or pronoun has their first name's (data/first_names.txt): a
        # quote checker's re-test gave '"...," she told the BBC' to Mick Lynch, quoted just before, where the one
        # woman of the story was Louise Haigh. Not for a surname two people share.
        for key, full in self.full.items():
            words = strip_title(full).split()
            if key not in self.sex and key not in self.shared and len(words) > 1 and (
                    sex := first_name_sex(fold_name(words[0]))):
                self.sex[key] = sex

    def named_by_first_name(self, first: str) -> str | None:
        """The one person the document names in full with this first name ("Brian" -> "Brian Hagland"), or None
        for none or several. Only for a relative's owner: a relative named by first name alone after "his" or "her"
        is not the document's one person of that first name ("said her husband, Tom" is no Tom Walker, the
        arrested driver)."""
        names = self.first_names.get(fold_name(first), set())
        return next(iter(names)) if len(names) == 1 else None

    def is_sex(self, name: str, pronoun: str | None) -> bool:
        """Whether the document gives the person `name` the sex of "he" or "she" (`pronoun`)."""
        return pronoun is not None and self.sex.get(surname(name)) == pronoun.lower()

    def fits(self, name: str, pronoun: str | None) -> bool:
        """Whether "he" or "she" (`pronoun`) can be `name`: yes unless the document gives the person the other sex."""
        sex = self.sex.get(surname(name)) if pronoun else None
        return sex is None or sex == pronoun.lower()

    def named_in_full(self, name: str, lowercase: Container[str] = ()) -> str | None:
        """The full name the document writes for a surname alone ("Pike" -> "Gary Pike"), if it writes one only (or
        fuller forms of one: "Gary Pike", "Gary John Pike"); None where two people share the surname. A first word
        the document writes in lowercase too (`lowercase`) opens a sentence, no name ("Then Pike came in")."""
        key = surname(name)
        if len(strip_title(name).split()) != 1 or key in self.shared:
            return None
        names = [n for n in self.in_full.get(key, ()) if (first := n.split()[0].lower()) not in lowercase
                 and first not in stopwords() and not _other_sex(name, n)]
        longest = max(names, key=len, default=None)
        if longest is None or not all(_one_form(longest, other) for other in names):
            return None
        return longest

    def knows(self, name: str) -> bool:
        """Whether a name is a person's this document names in full somewhere."""
        key = surname(name)
        return key in self.full or key in self.mentioned

    def expand(self, texts: Sequence[str]) -> None:
        """Take fuller forms of known names from texts ("Toshimitsu Motegi, Japan's new Foreign Minister")."""
        if not self.full:
            return
        lasts = sorted({_last_word(self.full[k]) for k in self.full})
        # (`\b(?:...)\b` as the surnames, then the boundary before them tested: a pattern that opens with a boundary
        # is tried at every character of the text, one that opens with the names skips to their first letters)
        pattern = re.compile("(?:" + "|".join(re.escape(x) for x in lasts) + r")\b")
        lowercase: set[str] | None = None
        for text in texts:
            for m in _from_word_boundary(pattern, text):
                # The word right before the surname, if it is a capitalised word that is no title: a first name.
                if not (before := _FIRST_NAME_BEFORE.search(text, max(0, m.start() - 40), m.start())):
                    continue
                first = before.group(1)
                if (first.lower() not in TITLE_WORDS and first.lower() not in _NOT_FIRST_NAMES
                        and not describes_person(first.lower())):
                    opens = _SENTENCE_OPENS.search(text[max(0, before.start() - 4):before.start()])
                    if opens and lowercase is None:
                        lowercase = set()
                        for t in texts:
                            lowercase.update(_LOWERCASE_WORD.findall(t))
                    self.add(f"{first} {m.group(0)}", sure=not (opens and first.lower() in lowercase))

    def last_mentioned(self, before: str, earlier: str = "", pronoun: str | None = None, quote: str = "",
                       exclude: Collection[str] = ()) -> str | None:
        """The person "he" or "she" most likely points back to, or None.

        Args:
            before: the quote's paragraph up to the quote.
            earlier: the paragraphs before it.
            pronoun: "he" or "she": a person the document gives the other sex is passed over (`sex`).
            quote: the quotation: a person it names is not taken for its speaker by sex alone ("... Miss
                Hendricks." then "'It is hoped that Joy Hendricks will return ...,' she said": the spokeswoman's).

        The last person named as a sentence's subject, or as the one who says something, in the quote's own
        paragraph ("Emma Coleman, 19, read a report ... and remembered seeing Roberts ... She told the jury:" ->
        Coleman; "Detective Chief Inspector Bill Goreham said: '... abuse of Thomas by Roberts.' He added:" ->
        Goreham), else the last person named there at all, a possessive only in a sentence the quote follows ("The
        meeting will be Takaichi's first test. 'The alliance ...,' she said"); before that paragraph, the last
        person named as a sentence's subject ("Motegi returns to the post ... during Trump's first term." ->
        Motegi), since a possessive in a clause, or a name inside a quotation, is rarely who speaks next.
        """
        # A sentence's subject in the quote's own paragraph, known to the text as a person or by a first and last
        # name there ("Emma Coleman, 19, read a report").
        pattern = self._known_pattern()
        subjects = self._subjects(before, pronoun, self._known_pattern(self.aged) if self.aged else pattern)
        # Whom the tag addresses is not who speaks ("Roberts nodded as Mr Justice Smedley passed a life sentence.
        # He told Roberts:").
        # Nor is the person whose quotation the tag stands in (`exclude`: 'Mr Jones said: "... I said: `B.' He
        # said: `C.'"' -- "he" is the other man).
        addressed = _addressed(before, pronoun) | {surname(x) for x in exclude}
        subjects = [s for s in subjects if surname(s[1]) not in addressed]
        if subjects:
            return max(subjects)[1]
        if pattern is not None:
            # Then anyone known named in the quote's paragraph; then a known person (or a relative the words give the
            # pronoun's sex) as a sentence's subject in the paragraphs before.
            found = [(m.start(), m.group(1)) for m in pattern.finditer(before) if self.fits(m.group(1), pronoun)
                     and not _POSSESSIVE.match(before, m.end()) and surname(m.group(1)) not in addressed]
            if not found:
                # A possessive in a sentence the quote follows: what the sentence is about ("The meeting will be
                # Takaichi's first test. 'The alliance ...,' she said"); in the tag's own sentence it owns
                # something ("Asked about Mr Al Fayed's Ritz Hotel, he said:").
                ended = before[:_last_sentence_end(before)]
                found = [(m.start(), m.group(1)) for m in pattern.finditer(ended) if self.fits(m.group(1), pronoun)
                         and _POSSESSIVE.match(ended, m.end()) and surname(m.group(1)) not in addressed]
            if not found:
                found = [s for s in self._subjects(earlier, pronoun, pattern, known_only=True)
                         if surname(s[1]) not in addressed]
            if found:
                return self.canonical(max(found)[1])
        # Else the last of: a first-and-last name opening a sentence before ("Ellie Vance is sitting in a cafe"), and a
        # known person the pronoun's sex is known to fit ("Mr Hagland's girlfriend Connie Casey, 27, ... said ...",
        # then "'...,' she said" two paragraphs on: Ms Casey's, not that of Aaron Lee Martin, named before her).
        last = [(m.start(), strip_title(m.group(0))) for m in _NAME_RE.finditer(earlier)
                if looks_like_person(m.group(0)) and _is_subject(earlier, m.start(), m.end())
                and self.fits(m.group(0), pronoun) and surname(strip_title(m.group(0))) not in addressed]
        if pattern is not None and pronoun:
            last += [(m.start(), self.canonical(m.group(1))) for m in pattern.finditer(earlier)
                     if self.is_sex(m.group(1), pronoun) and surname(m.group(1)) not in addressed
                     and not re.search(rf"\b{re.escape(m.group(1))}\b", quote)
                     and not inside_quotation(earlier, m.start())]
        return max(last)[1] if last else None

    def _known_pattern(self, aged: set[str] = frozenset()) -> re.Pattern[str] | None:
        """The surnames of the people the document names in full (and of those `aged`), as one pattern."""
        names = tuple(sorted({_last_word(self.full[k]) for k in self.full} | aged))
        if not names:
            return None
        # Built once per set of names: a transcript's thousands of "he said" quotes ask for it each time.
        if names not in self._patterns:
            self._patterns[names] = re.compile(r"\b(" + "|".join(re.escape(x) for x in names) + r")\b")
        return self._patterns[names]

    def _subjects(self, text: str, pronoun: str | None, pattern: re.Pattern[str] | None, known_only: bool = False
                  ) -> list[tuple[int, str]]:
        """(offset, name) of the people named as a sentence's subject in `text` whom the pronoun can be: a first and
        last name (not with `known_only`), a person the document knows (`full`), and a relative the words give the
        pronoun's sex ("As Mr Lee's wife Nan-Joo tried to comfort her fatally injured husband ..." then "She later
        told police:" is a Lee's, not his)."""
        def subject(m: re.Match[str]) -> bool:
            # Not a possessive ("After Barwell's arrest, one officer said:"): the owner of something.
            return (_is_subject(text, m.start(), m.end()) and not inside_quotation(text, m.start())
                    and not _POSSESSIVE.match(text, m.end()))

        names = [] if known_only else [m for m in _NAME_RE.finditer(text) if looks_like_person(m.group(0))
                                           and subject(m) and self.fits(m.group(0), pronoun)]
        found = [(m.start(), self.canonical(strip_title(m.group(0)))) for m in names]
        if pattern is not None:  # `_known_pattern`
            # A surname of someone not named in full elsewhere, inside a full name found above, is that name ("Emma
            # Coleman, 19," not "Coleman"); one named in full elsewhere is that ("To Tomkins, he said" is Penelope).
            spans = [m.span() for m in names]
            found += [(m.start(), self.canonical(m.group(1))) for m in pattern.finditer(text)
                      if subject(m) and self.fits(m.group(1), pronoun)
                      and (surname(m.group(1)) in self.full or not any(a <= m.start() < b for a, b in spans))]
        if pronoun:
            found += [(m.start(), m.group(1)) for m in _RELATIVE.finditer(text)
                      if _RELATIVE_SEX.get(m.group("relative")) == pronoun.lower()
                      and fold_name(m.group(1)) in self.full and subject(m)]
        return found


_NAME_RE = rx.compile(NAME_AHEAD + NAME)  # searched through whole texts: `lexicon.NAME_AHEAD`
_COUPLE_BEFORE = rx.compile(r"(?:\band|&)\s+$")
# An age in apposition after a name: ", 45," or ", 45 and".
_GIVEN_AN_AGE = rx.compile(r",\s*\d{1,3}\b(?!\s*%|\.\d|,\d)")
# Police ranks abbreviated before a surname ("Pc Bateson", "DCI Smith"), which `strip_title` leaves on (they are not
# TITLE_WORDS: "Di" is a name too).
RANKS = frozenset({"pc", "wpc", "dc", "ds", "di", "dci"})
# A name's possessive ("Mr Al Fayed's Ritz Hotel, he said:"): the owner of something, rarely who speaks next.
_POSSESSIVE = rx.compile(r"['’](?:s\b|(?=\s))")  # "Al Fayed's", "Jones' car"; not "Smith'll"
# A relative named by a surname's possessive: "Captain Prankerd's father Peter", "Mrs Evans's husband".
_POSSESSIVE_RELATIVE = (
    r"['’]s?\s+(?:(?:late|elder|younger|eldest|youngest|twin|step|grand|great-grand)[\s-]*)?"
    r"(?P<relative>father|mother|brother|sister|son|daughter|wife|husband|widow|widower|parents|dad|mum|mom|uncle|"
    r"aunt|cousin|nephew|niece|fiancee?|partner|grandfather|grandmother|stepfather|stepmother)\b")
_RELATIVE = rx.compile(r"\b([A-Z][\w'’-]+)" + _POSSESSIVE_RELATIVE)
# What follows the surname: a first test that opens with the apostrophe, which the engine skips to.
_RELATIVE_AFTER_POSSESSIVE = rx.compile(_POSSESSIVE_RELATIVE)
# The relatives whose sex the word says: a man's wife ("Mr Lee's wife") is a "she" by his surname.
_RELATIVE_SEX = {**dict.fromkeys(("father", "brother", "son", "husband", "widower", "dad", "uncle", "nephew",
                                  "fiance", "grandfather", "stepfather"), "he"),
                 **dict.fromkeys(("mother", "sister", "daughter", "wife", "widow", "mum", "mom", "aunt", "niece",
                                  "fiancee", "grandmother", "stepmother"), "she")}
_FIRST_NAME_BEFORE = rx.compile(rf"\b({NAME_WORD})\s+$")
# A sentence's start, then titles ("Detective Chief Inspector"), or an office in apposition ("The judge, Mr Justice").
_SUBJECT_START = rx.compile(rf"(?:^|[.!?][\"”’)]*\s+|\n)(?:(?:The|A|An)(?:\s+[a-z][\w-]*){{1,3}},\s+)?"
                            rf"(?:{NAME_WORD}\s+){{0,4}}$")
# Where a sentence opens: the text's start, a line break, or a full stop and space (closing quotes between).
_SENTENCE_OPENS = rx.compile(r"(?:^|\n|[.!?][\"”’)]*\s+)$")
# How a tabloid describes a speaker before a first name ("Sad Richard said:", "Horrified Connie said:"): no name.
_MOODS = frozenset({"sad", "brave", "proud", "angry", "happy", "upset", "distraught", "heartbroken", "furious",
                    "jubilant", "defiant", "bitter", "emotional", "grim", "shaken", "stunned", "tearful", "weeping",
                    "smiling", "beaming", "grieving", "former", "tragic", "plucky", "evil", "jobless",
                    # In -ed, listed: a first name ends so too ("Mildred Baker", "Rasheed Khan", "Winifred").
                    "horrified", "devastated", "shocked", "delighted", "relieved", "distressed", "terrified",
                    "frightened", "worried", "disgusted", "outraged", "bereaved", "thrilled", "overjoyed",
                    "embarrassed", "disappointed", "frustrated", "concerned", "retired", "unemployed", "jailed",
                    "injured", "wounded", "disabled", "disgraced", "tormented", "traumatised", "traumatized",
                    "humiliated", "incensed", "saddened", "exhausted", "determined", "elated", "angered",
                    # What a person does, as tabloids put it before the name ("Shopkeeper John McKay"); not the
                    # trades that are surnames too (Baker, Butler, Farmer, Mason, Taylor).
                    "shopkeeper", "pensioner", "cashier", "builder", "teacher", "schoolteacher", "nurse", "mechanic",
                    "plumber", "electrician", "labourer", "businessman", "businesswoman", "landlord", "landlady",
                    "schoolboy", "schoolgirl", "housewife", "tycoon", "millionaire", "toddler", "postman",
                    "firefighter", "soldier", "gran", "granny", "grandad", "barmaid", "waitress", "cabbie",
                    "veteran", "headteacher", "headmaster", "headmistress"})
# "Father-of-four Barwell", "Mother-of-two Jane Smith", "Great-grandmother Winifred Farmer", "Ex-soldier Rusty
# Mason": a description, not a first name.
_PARENT_OF = rx.compile(r"(?:mother|father|mum|dad|grandmother|grandfather)-of-[a-z]+|great-grand[a-z]+|ex-[a-z]+")
# Trades that are surnames too: a description only before a first and last name ("Farmer Rich Judge").
_TRADE_SURNAMES = frozenset({"baker", "butler", "farmer", "mason", "taylor", "cook", "porter", "carpenter", "fisher"})


# Nouns for a person that are titles before a name as well ("Doctor Foster", "Father Brown", "Sister Wendy").
_TITLES_TOO = frozenset({"doctor", "father", "mother", "sister", "brother"})


def describes_person(word: str, *, before_full_name: bool = False) -> bool:
    """Whether a capitalised word opening a sentence before a name describes the person: a mood or state
    ("Horrified", "Sad", "Retired"), what the person does or is ("Shopkeeper", "Mother-of-two", "Ex-soldier"), a
    noun for a person that is no title ("Student Richard"; not "Judge Smith"), or an adjective in -ful ("Tearful");
    before a first and last name (`before_full_name`), a trade that is a surname too ("Farmer Rich Judge")."""
    return (word in _MOODS or (word in PERSON_NOUNS and word not in TITLE_WORDS and word not in _TITLES_TOO)
            or (word.endswith("ful") and len(word) > 5) or bool(_PARENT_OF.fullmatch(word))
            or before_full_name and word in _TRADE_SURNAMES)


def describes_in_lowercase(words: Sequence[str], *, before_full_name: bool = False) -> bool:
    """Whether lowercase words between a verb of saying and a name only say who the person is ("said horrified
    Connie Smith", "said former headteacher Mary Brown", "said mother-of-three Carol Jones"): each a title or a
    description, the words `strip_title` and `describes_person` take off the front of a capitalised name. In
    lowercase none of them can be a first name, so a trade that is a surname too is a description before one name
    as well ("said farmer Giles"). A function word is neither: "said the wife of John Smith" is hers.

    Before a person's full name or titled surname (`before_full_name`), any lowercase words and an age describe
    the person ("said grieving mother Sarah Jones", "said local resident John O'Neill", "said 67-year-old Tom
    Brown"): no list holds every such word, and the name that follows them is who speaks. Not a function word,
    nor one that says when or where the words were said ("said outside Mark Lane"), nor whom to ("told the court
    Mr Smith"), nor a verb in -ing the listed words do not hold: its object is the name ("said lawyers representing
    Tom Brown" are the lawyers' words, "said detectives hunting ..."). Before one name, only the listed words and an
    age ("said 26-year-old Connie"): "said wife Jane" may be a name cut short, an age never is."""
    stop = stopwords()
    if bool(words) and all(describes_person(w, before_full_name=True) or (w in TITLE_WORDS and w not in stop)
                           or _AGE.fullmatch(w) for w in words):
        return True
    return before_full_name and bool(words) and all(
        _AGE.fullmatch(w) or w[:1].islower() and w not in stop and w not in _SAID_WHEN_WHERE_OR_TO
        and not (w.endswith("ing") and not describes_person(w, before_full_name=True)) for w in words)


# An age before a name: "67-year-old Tom Brown".
_AGE = rx.compile(r"\d{1,3}-year-old")
# Lowercase words after a verb of saying that say when, where or to whom, not who: "said yesterday Mark Lane", "told
# the court Mr Smith". The prepositions of place and time of the languages whose wire copy names the speaker right
# after the verb (English's are stopwords): "dijo Sánchez en La Moncloa", "a affirmé Philippe Martinez sur France
# Inter", "sagte Scholz vor Journalisten" name where, and were read as the speaker's employer and its name (who
# spoke: "La Moncloa", "France Inter"). None is an English word in lowercase ("au", of "said au pair Jane Smith", is
# left out).
_SAID_WHEN_WHERE_OR_TO = frozenset("""
    yesterday today tonight earlier later afterwards outside inside near recently night morning afternoon evening
    week weekend month year court jury inquest tribunal hearing magistrates reporters journalists
    en sur dans chez devant à aux durante tras ante desde bei beim vor auf nach aus im vom
    er sie él ella il elle
    der dem den
    """.split())
# (The last lines: those languages' subject pronouns, which say who spoke before the name after them: "sagte er der
# Deutschen Presse-Agentur" gave the quote to the news agency; and German's dative articles, which open whom the
# words were said to: "sagte Weselsky der Deutschen Presse-Agentur", "sagte Seiler dem Sender Phoenix", read as the
# speaker's employer and its name, gave the quote to the agency.)


# A time that opens a sentence before a name ("Yesterday Tom Harris thanked the jury"): no first name of his.
_OPENING_TIMES = frozenset("yesterday today tonight earlier later afterwards then now".split()) | frozenset(
    WEEKDAY_NAMES)
_NOT_FIRST_NAMES = frozenset(
    "the a an on in at by for of to and but as when while after before if with from during since said says told".split()
) | _OPENING_TIMES | frozenset(MONTH_NAMES)
# What a sentence may open with before a full name, capitalised with it ("On Monday Tom Harris", "Yesterday Tom
# Harris"): a month too may be a first name ("June Brown").
_OPENING_WORDS = rx.compile(
    r"(?:(?:" + "|".join(sorted(_NOT_FIRST_NAMES - frozenset(MONTH_NAMES))) + r")\s+)+", re.IGNORECASE)


# Honorifics that say a person's sex ("Mr Barwell", "Mrs Evans", "Sir John Stevens").
_SEXED_HONORIFIC = rx.compile(rf"\b(?:(?P<he>Mr|Sir|Lord)|(?P<she>Mrs|Ms|Miss|Lady|Dame))\.?\s+(?P<name>{NAME})")
# What each of its honorifics (and `_COUPLE_HONORIFIC`'s "Mr") holds: "Mrs" holds "Mr".
_SEXED_HONORIFIC_WORDS = ("Mr", "Sir", "Lord", "Ms", "Miss", "Lady", "Dame")


def without_opening_words(name: str) -> str:
    """A name without the time or function words a sentence opens with before it ("Yesterday Brian" is Brian, "On
    Monday Tom Harris" Tom Harris); the last word always stays."""
    opening = _OPENING_WORDS.match(name)
    return name[opening.end():] if opening and opening.end() < len(name) else name


def _other_sex(titled: str, full: str) -> bool:
    """Whether a name's honorific and a full name's first name say two sexes: "Mrs Ingram" is not Charles Ingram,
    whose wife the document names by her first name alone."""
    m = _SEXED_HONORIFIC.match(titled)
    first = full.split()[0]
    return m is not None and first_name_sex(fold_name(first)) == ("she" if m.group("he") else "he")


_COUPLE_HONORIFIC = rx.compile(rf"\bMr\.?\s+(?:and|&)\s+Mrs\.?\s+(?P<name>{NAME})")
# A sentence whose subject is a person, then a sentence opening with "He" / "She": news prose names its subject and
# goes on with the pronoun ("Clive Barwell, 42, ... would lie in wait ... He would bind them"). "His" / "Her" may be
# anyone's ("Tony Blair met the Queen. Her speech was short").
_NAMED_THEN_PRONOUN = rx.compile(rf"(?:^|(?<=[.!?])\s+|\n)(?P<name>{NAME})(?P<rest>[^.!?\n]*)[.!?][\"”’']?\s+"
                                 r"(?:(?P<he>He)|(?P<she>She))\b")
# The sentence's end and the pronoun that opens the next: what every `_NAMED_THEN_PRONOUN` match ends with.
_PRONOUN_OPENS = rx.compile(r"[.!?][\"”’']?\s+(?:He|She)\b")
# What may stand right after the name as its own description: ", 42, a father of four," (commas around it).
_APPOSITION = rx.compile(r"^(?:\s*,[^,]{1,60}){1,3},")
# Words for one person: a sentence with one of them besides its subject may hand "he" or "she" to that one ("Sarah
# Collins sat with her son. He wept"), so it says nothing of the subject's sex. Only the words the pronoun can
# stand for count ("he" is not "his wife"); plurals never do ("the women").
_PERSON_NOUNS = {
    "he": frozenset("man boy son husband father brother uncle nephew grandfather stepfather king prince lord gentleman "
                    "boyfriend fiance widower dad".split()),
    "she": frozenset("woman girl daughter wife mother sister aunt niece grandmother stepmother queen princess lady "
                     "girlfriend fiancee widow mum".split()),
}
_ANY_PERSON_NOUNS = frozenset("partner child baby victim friend colleague neighbour neighbor pupil student patient "
                              "officer driver passenger witness lawyer counsel judge doctor teenager youngster "
                              "relative companion lover defendant accused".split())
# Every word above for a person ("the victim said" may stand for "he said").
PERSON_NOUNS = _PERSON_NOUNS["he"] | _PERSON_NOUNS["she"] | _ANY_PERSON_NOUNS
_CAPITALISED_WORD = rx.compile(r"(?<![\w'’-])[A-Z][\w'’-]*")


def _addressed(before: str, pronoun: str | None) -> set[str]:
    """The surnames named after the last "he" / "she" (`pronoun`) of the text before a quote: the tag's object ("He
    told Roberts:")."""
    if not pronoun:
        return set()
    at = [m.end() for m in re.finditer(rf"\b{pronoun}\b", before, re.I)]
    tag = before[at[-1]:] if at else ""
    if (not tag or len(tag) > 80 or re.search(r"[\"“”‘`]", tag) or inside_quotation(before, at[-1])
            or re.search(r"\bby\b", tag)):
        # No "he" in the tag itself (the last one is inside the quotation before), or a passive one: "she had been
        # told by Judge Jeremy Griggs:" names the speaker.
        return set()
    return {surname(w) for w in _CAPITALISED_WORD.findall(tag)}


def _one_form(a: str, b: str) -> bool:
    """Whether one of two names is the other's fuller form ("Motegi", "Toshimitsu Motegi"), ranks aside."""
    a, b = (" " + fold_name(" ".join(w for w in without_honours(x).split() if w.lower().rstrip(".") not in RANKS))
            for x in (a, b))
    return a.endswith(b) or b.endswith(a)


_SENTENCE_END = rx.compile(r"[.!?][\"”’']?(?:\s+|$)")


def _last_sentence_end(text: str) -> int:
    """Where the last sentence that ends in `text` ends (0 when none does)."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text)]
    return ends[-1] if ends else 0


def _sexes(texts: Sequence[str]) -> dict[str, str]:
    """Surname -> "he" or "she" for the people a document gives a sex: by an honorific, or by "He" / "She" opening
    the sentence after one whose subject they are and in which nobody else stands: no other capitalised word (a
    weekday or a month aside) and no word for one person the pronoun could be ("son" for "he", "the victim")
    outside the description set off by commas after the name. A surname given both (a couple, "Mr and Mrs
    Marshall"; relatives) is left out."""
    seen: dict[str, set[str]] = {}
    for text in texts:
        # (each pattern only where its words stand: both are tried at every character, and most paragraphs write no
        # honorific and open no sentence with "He" or "She")
        honorific = any(word in text for word in _SEXED_HONORIFIC_WORDS)
        present = ((_SEXED_HONORIFIC, honorific), (_NAMED_THEN_PRONOUN, _PRONOUN_OPENS.search(text) is not None))
        for pattern in (pattern for pattern, found in present if found):
            for m in pattern.finditer(text):
                name = strip_title(m.group("name"))
                sex = "he" if m.group("he") else "she"
                if pattern is _NAMED_THEN_PRONOUN and not (looks_like_person(name) and _alone(m.group("rest"), sex)):
                    continue
                seen.setdefault(surname(name), set()).add(sex)
        for m in _COUPLE_HONORIFIC.finditer(text) if honorific else ():
            seen.setdefault(surname(m.group("name")), set()).update(("he", "she"))
    return {key: next(iter(sexes)) for key, sexes in seen.items() if len(sexes) == 1 and key}


def _alone(rest: str, pronoun: str) -> bool:
    """Whether the rest of a sentence after its subject names nobody else "he" or "she" (`pronoun`) could be."""
    rest = _APPOSITION.sub("", rest)
    if any(w not in _CALENDAR_WORDS for w in _CAPITALISED_WORD.findall(rest)):
        return False
    nouns = _PERSON_NOUNS[pronoun]
    return not any(w in nouns or w in _ANY_PERSON_NOUNS for w in re.findall(r"[a-z]+", rest.lower()))


_CALENDAR_WORDS = frozenset(w.capitalize() for w in (*WEEKDAY_NAMES, *MONTH_NAMES))


def _is_subject(text: str, start: int, end: int) -> bool:
    """A name at the start of a sentence (titles, or "The judge," before it), or followed by a verb of saying."""
    if _SUBJECT_START.search(text[max(0, start - 80):start]):
        return True
    return bool(re.match(r"['’]?\s*(?:said|says|told|added|stated)\b", text[end:end + 12]))


def inside_quotation(text: str, at: int) -> bool:
    """Whether an offset of a paragraph is inside a quotation opened before it on that line (an odd number of
    straight double quotes, or more opening than closing curly ones, or ``...'' marks)."""
    if len(text) > _MARKS_FROM:
        # A quote's tag asks this of its own paragraph: on a line of megabytes of quoted speech, counting the marks
        # afresh for each of its thousands of quotes took most of a minute (tests/test_hostile_inputs.py).
        return _quotation_marks(text).open_at(at)
    line = text[text.rfind("\n", 0, at) + 1:at]
    return (line.count('"') % 2 == 1 or line.count("“") > line.count("”") or line.count("``") > line.count("''")
            or len(_OPEN_SINGLE.findall(line)) > len(_CLOSE_SINGLE.findall(line)))


_MARKS_FROM = 4096  # characters: shorter texts are counted directly, which is cheaper than indexing them


class _QuotationMarks:
    """Where a long text's quotation marks and line ends are, so that `inside_quotation` counts by bisection what
    it would count in the line up to an offset."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.lines = [m.start() + 1 for m in re.finditer("\n", text)]
        # Two-character marks counted as str.count does, from the left without overlaps (a run of them never
        # crosses a line end, so counting from the text's start pairs them as counting from the line's does).
        self.marks = {mark: [m.start() for m in re.finditer(re.escape(mark), text)]
                      for mark in ('"', "“", "”", "``", "''")}
        self.opening = [m.start() for m in _OPEN_SINGLE.finditer(text)]
        self.closing = [m.start() for m in _CLOSE_SINGLE.finditer(text)]

    def open_at(self, at: int) -> bool:
        at = max(0, min(at, len(self.text)))
        line = bisect_right(self.lines, at)
        start = self.lines[line - 1] if line else 0

        def count(positions: list[int], end: int) -> int:  # the marks starting in [start, end)
            return max(0, bisect_left(positions, end) - bisect_left(positions, start))

        # A mark just before `at` is read as the line cut there reads it: a single one never opens (no word after
        # it) and closes after a word; a two-character one there is cut in half.
        closing = count(self.closing, at - 1) + bool(
            at - 2 >= start and re.fullmatch(r"[\w.,!?]['’]", self.text[at - 2:at]))
        marks = self.marks
        return (count(marks['"'], at) % 2 == 1 or count(marks["“"], at) > count(marks["”"], at)
                or count(marks["``"], at - 1) > count(marks["''"], at - 1)
                or count(self.opening, at - 1) > closing)


@lru_cache(maxsize=4)
def _quotation_marks(text: str) -> _QuotationMarks:
    return _QuotationMarks(text)


# Single quotation marks as British papers use them: an opening one before a word, a closing one after a word or
# a punctuation mark (an apostrophe inside a word, "Roberts's", is neither).
_OPEN_SINGLE = rx.compile(r"(?:^|(?<=[\s(:]))['‘](?=\w)")
_CLOSE_SINGLE = rx.compile(r"(?<=[\w.,!?])['’](?=[\s.,;:!?)]|$)")
