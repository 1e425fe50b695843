"""Direct quotations: find them in both texts, name their speakers, and say how the target renders each source quote.

Quotes are read from paragraph text, not from sentences, so a quote that spans sentences ("It's not about the
amount. What matters is the substance," he said.) is one quote, and a quote split by its speaker tag ("We are
ready," he said, "and we will act.") is joined back. Each quote is then placed at the sentence it starts in.
Matching is document-wide: a quote is found in the source wherever it is, even where sentence alignment paired
its sentence with nothing.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Collection, Container, Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from ... import rx
from ...text.cjk import CJK_CHAR
from ...text.lexicon import (
    NAME_AHEAD,
    NAME_PARTICLES,
    NAME_PREFIX,
    UPPER,
    data_sections,
    first_name_sex,
    fold_name,
    is_listed_first_name,
    one_first_name,
    other_speech_verbs,
    party_names,
    stopwords,
)
from ...text.segment import content_stems, surface_tokens
from .attribution import OUTLET_NAME
from .diff import word_diff
from .facts import SAME_PERSON_MIN_RATIO, LazyWords
from .names import (
    HONORIFICS,
    INSTITUTION_WORDS,
    MEMBER_LETTERS,
    NAME,
    OFFICE_WORDS,
    OTHER_OFFICE_WORDS,
    PERSON_NOUNS,
    PRONOUNS,
    RANKS,
    TITLE_WORDS,
    People,
    describes_in_lowercase,
    describes_person,
    inside_quotation,
    is_role,
    looks_like_person,
    lower_title,
    strip_title,
    surname,
    titled_people,
    titles_in,
    without_honours,
    without_opening_words,
)

if TYPE_CHECKING:
    from ...text.clean import Paragraph
    from ...text.segment import Sentence

# A quotation has at least this many words; shorter ones are scare quotes or terms ("defense-only", "Asian NATO").
# Three words are mostly someone's: of the 230 quotes of three words in METER dev's 849 texts (157 wordings, read
# one by one), 186 were words a person said or wrote ("a pack of lies", "cold and calculating", "That's right.",
# "Absolutely no chance"), 42 a name, a term or a scare quote ("cash for questions", "Perfect Fried Chicken",
# "duty of care") and 2 marks read wrong. A four-word minimum left all of them out.
MIN_QUOTE_WORDS = 3
# A target quote renders a source quote (status "altered") when their similarity (`quote_similarity`) reaches
# this. Set between the seeds' and tests' reworded renderings (0.49 for 002's "It's not about the amount or the
# ratio to GDP..." against 001's "What's important is not the amount or the GDP ratio...", 0.9 for the tests'
# rewrite) and the best-scoring pairs of different statements on the seeds (0.37 and below).
ALTERED_MIN_SIMILARITY = 0.43
# A rendering whose sentence the aligner already paired with the source quote's sentence needs less word evidence:
# this similarity, or this share of its words in order (rapidfuzz indel ratio). The second is for a short quote
# with one word swapped ("We are confident of winning" -> "We are sure of winning": one content word of two
# shared, similarity 0.33), the misquote a fact-checker looks for, which was reported as a new and a dropped quote.
ALIGNED_MIN_SIMILARITY = 0.38
ALIGNED_MIN_WORDS = 0.75
# Two quotes this many word edits apart (indel: one word changed is two, one added or left out is one) render one
# statement when both texts give them to one speaker, or their sentences are aligned and no two speakers are named
# (a neighbour's "absolutely no help" in the sentence put where the owner's "Absolutely no chance" stood is hers):
# a three-word quote with one word changed shares two of three words, under `ALIGNED_MIN_WORDS`. Candidates share a
# content word already (`match_quotes`), so "I am innocent" and "I am sorry" never meet.
ONE_WORD_APART = 2
# A quote is given to another speaker only if it renders the source quote at least this closely (`similarity`):
# the same words, another person. METER dev as a corpus: the speaker changes below it (0.40-0.46) were all a
# question paired with its answer or two people's statements paired, never one quote moved. The price: a quote
# reworded and given to a respelt name (a trial's planted "Bathurst-Norman" -> "Bathurst-Brown", 0.34) is no
# speaker change; the changed name is still a changed fact.
SPEAKER_CHANGE_MIN_SIMILARITY = 0.5
# A target quote of at least this many words, this share of them in a longer source quote in order, is an excerpt
# of it (`_excerpt`).
EXCERPT_MIN_WORDS = 8
EXCERPT_MIN_SHARE = 0.85
# A target quote of at most this share of a source quote's words may render a stretch of it (`_part_rendered`: one
# paragraph or sentence of a wire quotation run over several paragraphs, a few words changed). Compared with the
# whole, similarity weighs the long quote down by its length, and the rendering was a new quote (METER: thomas2sub
# -> thomas628_express, the two men renamed in one sentence of counsel's three paragraphs). It renders the part when
# their similarity reaches PART_MIN_SIMILARITY, PART_MIN_WORDS_SHARE of its words stand there in order (rapidfuzz
# indel ratio; PART_SHORT_MIN_WORDS for a quote of fewer than PART_SHORT_WORDS words, whose few words find a close
# window in any long quote), and at least PART_MIN_SHARED of its content stems, and PART_MIN_CONTAINMENT of them, are
# in the part (a part that holds half the quote's words shows the other half as added). METER dev as a corpus, every
# change read: 16 new quotes became altered, all right; the one wrong pair these bars let through was two people's
# statements sharing a stock phrase, which a part of another speaker's quote now never renders.
PART_MAX_SHARE = 0.67
PART_MIN_SIMILARITY = 0.6
PART_MIN_WORDS_SHARE = 0.6
PART_SHORT_WORDS = 8
PART_SHORT_MIN_WORDS = 0.8
PART_MIN_SHARED = 3
PART_MIN_CONTAINMENT = 0.6
# Only a source quote of at most this many words is searched for a part: the search is linear in its length for
# each target quote sharing enough content words with it, and a transcript's one quote may run to thousands.
PART_MAX_SOURCE_WORDS = 2000
# The window is widened by this many words beyond the target's words it lacks ("crook in this town"), and a part
# this close to its sentence's start or end runs on to it.
PART_SLACK_WORDS = 2
# A target of whole sentences is set against the source's whole sentences around the part when they have at most
# this many times its words (METER: "During the summer of 1997 Thomas went to the shop (and) something of a sexual
# nature happened between Mr Roberts and Thomas." for "Something of a sexual nature happened between them.").
PART_SENTENCES_MAX_RATIO = 2
# A quote within a quote (a line a witness's account quotes: "Don't take liberties with me") renders, or is rendered
# by, a longer quote not exactly its words only if it has at least this share of the longer's words. Its few
# content words otherwise paired it with any longer quote sharing two ("There was a car approaching but Mr Jones
# stepped out because the light was red" with "But you went though a red light", 0.42; "You're taking f***ing
# liberties - why did you make me use my brakes?" with "Don't take liberties with me", 0.40: METER's Guscott
# pairs, where every rendering of an inner line read right was within 0.7 of its length).
INNER_MIN_LENGTH_RATIO = 0.6

# "he"/"she" before a quote resolves to a person named in its paragraph or at most this many paragraphs before,
# within this many characters of it (news paragraphs run to a few hundred; a 5 MB one-line text would otherwise be
# read back to its start for every quote).
PRONOUN_REACH = 6
PRONOUN_CHARS = 2000
# A content word in more of the source's quotes than this says nothing about which one a target quote renders (an
# article has a few dozen quotes; a transcript compared with itself may have thousands sharing "we", "people"):
# candidates come from the rarer words, or, for a quote of common words only, from quotes of the same words.
QUOTE_STEM_POSTINGS = 100
# A `new` quote whose content words stand, at least this share of them and at least this many, in one source
# sentence is the source's indirect speech put in quote marks: `unquoted_source_index` points at that sentence.
UNQUOTED_MIN_CONTAINMENT = 0.5
UNQUOTED_MIN_SHARED = 3
# ... and at least this share of the words they share stand in the quote's order, as indirect speech keeps them (a
# sentence on the quote's topic has them in another order). METER dev: of the 53 quotes pointed at a sentence, this
# drops 6, 4 of them at a sentence that only shares the topic's words ("The Titanic has sailed over the Atlantic"
# at "... owner of the Atlantic Bar and Grill, had tried to sink Marco's new Titanic restaurant"; 2 at one that says
# part of the quote in another order), and moves one to the sentence that says it ("fallen seriously and constantly
# below the standard": "... fell seriously and persistently below the standards ...").
UNQUOTED_MIN_IN_ORDER = 2 / 3


def _any_of(verbs: Sequence[str]) -> str:
    return "(?:" + "|".join(map(re.escape, verbs)) + ")"


# The verbs of saying of data/speech_verbs.txt by language, in their order (the first listed is tried first).
_VERBS_BY_LANGUAGE = data_sections("speech_verbs.txt")
_OTHER_VERBS = list(other_speech_verbs())
_VERB = _any_of([*_VERBS_BY_LANGUAGE["English"], *_OTHER_VERBS])
# Verbs whose object is whom the words were said to, not who said them ("Pike told Smith", "warned Dr Brown"): read
# by a tag inside a quotation (`_INNER_TAG`) and by the tag beside a quote that names whom it was said to
# (`_addressee`).
_TELLING_VERBS = ("told", "tell", "tells", "telling", "asked", "asking", "warned", "urged")
_PRON = r"(?:[Hh]e|[Ss]he)"
# Capitalised words that start a clause but name nobody ("One police source said:" has no speaker called "One").
_NOT_SPEAKER = (r"(?!(?:The|This|That|These|Those|It|Its|Her|His|Their|They|We|I|You|But|And|According|As|In|On"
                r"|One|Another|Some|Several|Many|A|An)\b)")
# An office in lowercase names a speaker too ("the foreign minister said"); `People` maps it to a person.
_ROLE = rf"\b(?:[a-z][\w’'-]*\s+){{0,3}}(?:{'|'.join(sorted(OFFICE_WORDS - {'official'}))})\b"
# A name starts here: a capital of any script, or an article joined to one ("al-Sisi").
_NAME_AHEAD = rf"(?={UPPER}|{NAME_PREFIX})"
# A seat before the name it belongs to: its letters, after a party (or two joined by "and") and lowercase words
# ("former"), and the seat's place after "for": "Tory MP Alan Clark", "the Labour and Co-operative MP, Tom Brown",
# "the Liberal Democrat MP for Birmingham Yardley, John Hemming" (read as a name, the party or the place spoke).
# A comma before the name only after "the" or the seat's place: "Jack Straw MP, Home Secretary" is Jack Straw, his
# letters after him.
# (A party's or a place's name as words with an ASCII capital, not `NAME` or `UPPER`: the seat stands in many
# patterns, and those classes in it doubled their compile time, a tenth of a second of every cold `compare`. The
# seats of the letters below are British.)
_PARTY = r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}"
_SEAT_HOLDER = (rf"(?:[a-z][\w’'-]*\s+){{0,2}}(?:{_PARTY}(?:\s+(?:and|&)\s+{_PARTY})?\s+)?"
                rf"(?:{'|'.join(sorted(MEMBER_LETTERS))})")
# The seat's place may end in its county between commas, before a name of two words or more ("former MP for Tatton,
# Cheshire, Neil Hamilton": Neil Hamilton, not Cheshire).
_SEAT_PLACE = (rf"\s+for\s+{_PARTY}(?:\s+(?:and|&)\s+{_PARTY})?"
               r"(?:\s*,\s+[A-Z][\w’'-]*(?=\s*,\s+[A-Z][\w’'-]*\s+[A-Z]))?")
# With no "the", a comma only after the seat's place and a party of one word or a listed name ("Conservative MP for
# Hexham, Guy Opperman", "Liberal Democrat MP for Birmingham Yardley, John Hemming" gave "Conservative MP" and
# "Liberal Democrat MP"): no person's name ("Jack Straw MP for Blackburn, Home Secretary").
_LISTED_PARTY = "|".join(sorted((" ".join(w.capitalize() for w in name.split()) for name in party_names()
                                 if " " in name), key=lambda w: (-len(w), w)))
_SEAT_OF_PARTY = (rf"(?:[a-z][\w’'-]*\s+){{0,2}}(?:(?:{_LISTED_PARTY}|[A-Z][\w’'-]*)\s+)?"
                  rf"(?:{'|'.join(sorted(MEMBER_LETTERS))}){_SEAT_PLACE}\s*,")
_SEAT = rf"(?:(?<=\b[Tt]he\s){_SEAT_HOLDER}(?:{_SEAT_PLACE})?\s*,|{_SEAT_OF_PARTY}|{_SEAT_HOLDER})"
# A lowercase title, or a seat, in front of the name it belongs to: "port authority president Carlos Mendes", "the
# finance minister, Ana Ruiz,", "Labour MP Richard Burden".
_TITLED = rf"(?:(?:{_ROLE}\s*,?|{_SEAT})\s+{_NAME_AHEAD})?"
# A body that speaks: "the Japanese government said".
_BODY = r"(?:government|ministry|officials?|spokes(?:man|woman|person)|police|military|army|office)"
# A name right after "from", "of", "in" or "at" is a place ("Miss Parker, from Stoke Newington, north London,
# said"), and so is a seat ("Mr Hamilton, the former MP for Tatton, who lost his seat, said"), not who speaks; after
# another "for" it may be ("A spokeswoman for Help the Aged said").
_NOT_A_PLACE = (r"(?<!\bfrom )(?<!\bof )(?<!\bin )(?<!\bat )(?<!\bMP for )(?<!\bMEP for )(?<!\bMSP for )"
                r"(?<!\bmember for )")
# A couple who speak together: "said Mr and Mrs Marshall" (not "Mr", nor Marshall the son the story is about).
_COUPLE = r"(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+(?:and|&)\s+(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z][\w'’-]+"
_WHO = (rf"(?:(?:[Tt]he|[Aa]n?)\s+)?{_TITLED}(?P<who>{_COUPLE}|{_ROLE}|{_NOT_A_PLACE}{_NOT_SPEAKER}{NAME}"
        rf"(?:\s+{_BODY})?|{_PRON})")
_ORG = rx.compile(rf"\b{_BODY}$")
_COUPLE_RE = rx.compile(_COUPLE)
_ADVERB = r"(?:[a-z]+ly\s+)?"
# `"...," Motegi said` / `"...," he said at ...` / `"...," Motegi, the foreign minister, said` / `Chaye Parker, 27, of
# Hackney, east London, said` (up to three pieces between commas)
_APPOSITIVE = r"(?:\s*,\s*(?P<appos>[^,“”\"]{1,80}),(?P<more>(?:\s*[^,“”\"]{1,40},){0,2}))?"
# A relative clause between a speaker and the verb: ", who chairs the Redcar Community Forum,".
_RELATIVE = r"(?:\s*,\s*(?:who|whose)\s[^“”\".!?]{1,200}?,)"
_AFTER_WHO_VERB = rx.compile(rf"^[\s,]*{_WHO}{_APPOSITIVE},?\s+{_ADVERB}{_VERB}\b")
# `"...," said Motegi` / `said port authority president Carlos Mendes` / `said the minister, Toshimitsu Motegi`
# `"...," von der Leyen said` / `"...," de Guindos told reporters`: a surname with its particles, lowercase first.
_AFTER_PARTICLE_NAME_VERB = rx.compile(
    rf"^[\s,]*(?P<who>(?:van|von|de|del|della|da|di|dos|du|le|la|al|bin|ibn)(?:\s+(?:der|den|la|las|los))?"
    rf"\s+{UPPER}[\w'’-]+)\s+{_ADVERB}{_VERB}\b")
_AFTER_VERB_WHO = rx.compile(rf"^[\s,]*{_VERB}\s+(?:[Tt]he\s+)?{_TITLED}(?P<who>{_COUPLE}|{NAME})")
# Lowercase words, or an age, that say who a person is, before the name: "horrified", "former headteacher",
# "67-year-old", "councillor" (of a party), "wife" (of a possessive). One run for every tag that reads them.
_DESCRIPTION_WORD = r"(?:[a-z][\w’'-]*|\d{1,3}-year-old)"
# A comma may stand before an age: "said mother-of-two, 34-year-old Jane Smith".
_DESCRIPTION = rf"(?P<described>{_DESCRIPTION_WORD}(?:(?:\s+|\s*,\s*(?=\d)){_DESCRIPTION_WORD}){{0,3}})"
# The name after a description, with a comma between or not: "councillor Peter Black", "councillor, Peter Black".
_DESCRIBED_NAME = rf"{_DESCRIPTION}(?:\s*,\s*|\s+)(?P<who>{NAME})"
# A verb of saying after the name ("the Labour councillor, Peter Black, said"), the tag's other order.
_THEN_VERB = rf"(?:\s*,)?\s+{_ADVERB}{_VERB}\b"
# `"...," said horrified Connie Smith` / `said former headteacher Mary Brown` / `said 67-year-old Tom Brown`: lowercase
# words or an age that describe the person (`describes_in_lowercase` says which), then the name.
# "One" or "another" before the words is an article too: `"...," one passenger, Evan Smith, told Reuters` (a
# transport desk's trial: no speaker).
_DESCRIBED_WHO = rf"(?:(?:the|a|an|one|another)\s+)?{_DESCRIBED_NAME}"
_AFTER_VERB_DESCRIBED = rx.compile(rf"^[\s,]*{_VERB}\s+{_DESCRIBED_WHO}")
_AFTER_DESCRIBED_VERB = rx.compile(rf"^[\s,]*{_DESCRIBED_WHO}{_THEN_VERB}")
# `"...," said Labour councillor Peter Black` / `said the Manchester United manager, Alex Ferguson` / `said Liverpool
# and England captain Steven Gerrard`: a party, a club or an employer (or two, joined by "and"), lowercase words
# that say what the person is to it, then the name. Read before `_AFTER_VERB_WHO`, which took the party or the club
# for the speaker ("Labour", "Chelsea", "Liverpool").
_AFFILIATED_WHO = rf"{NAME}(?:\s+(?:and|&)\s+{NAME})?\s+{_DESCRIBED_NAME}"
# A word of time before the body may say when the person was what they are to it: `said former NTSB board member John
# Goglia` (a transport desk's trial: no speaker, "former" being no body's name).
_AFFILIATED_THEN = r"(?:the\s+)?(?:(?:former|then|outgoing|acting|interim)\s+)?"
_AFTER_VERB_AFFILIATED = rx.compile(rf"^[\s,]*{_VERB}\s+{_AFFILIATED_THEN}{_AFFILIATED_WHO}")
_AFTER_AFFILIATED_VERB = rx.compile(rf"^[\s,]*{_AFFILIATED_THEN}{_AFFILIATED_WHO}{_THEN_VERB}")
# `"...," said Mr Smith's wife Jane` / `said his wife, Jane Smith` / `said Labour's John Smith` / `said Smith's
# lawyer`: a possessive is whose the speaker is, not who speaks. A body's name may follow it ("St John's Ambulance
# spokesman", "McDonald's UK chief executive"), then what the person is to it, then the name.
_OWNER = rf"(?:(?:the\s+)?(?P<owner>{NAME})['’]s|(?P<pronoun>his|her|their))\s+"
_POSSESSED = rf"(?:(?:{NAME}\s+)?{_DESCRIBED_NAME}|(?P<named>{NAME}))"
_AFTER_VERB_POSSESSIVE = rx.compile(rf"^[\s,]*{_VERB}\s+{_OWNER}(?:{_POSSESSED}|[a-z])")  # "said Smith's lawyer"
_AFTER_POSSESSIVE_VERB = rx.compile(rf"^[\s,]*{_OWNER}{_POSSESSED}{_THEN_VERB}")
# The tags whose name comes before the verb, after the quote: those read after a quote's sentence ended
# (`_speaker`) took the next sentence's subject.
_NAME_THEN_VERB = (_AFTER_POSSESSIVE_VERB, _AFTER_AFFILIATED_VERB, _AFTER_DESCRIBED_VERB)
# Relatives named by first name alone who usually bear their owner's surname ("said Mr Smith's wife Jane" is Jane
# Smith), by how the owner is named: a man, or a person by first name or surname ("Brian's father, Ken"); a married
# woman, whose mother, sister or brother bear her maiden name ("Mrs Jones's mother, Mary" was Mary Evans); an
# unmarried one, whose surname is her birth family's (METER dev: "Miss Zavaroni's sister, Carla", six times, right).
# Any other relative (a sister or a mother of a man, an aunt, a cousin) keeps the first name alone.
_KIN_OF_A_MAN = frozenset(
    "wife husband widow widower son sons daughter daughters brother brothers father parents children".split())
_KIN_OF_A_WIFE = frozenset("husband son sons daughter daughters children".split())
_KIN_OF_A_MISS = frozenset("father brother brothers sister sisters parents".split())
_WIFE_TITLES = frozenset({"mrs", "ms", "dame"})
# An owner by royal or noble title bears no surname ("Prince Charles's son, William" is no William Charles).
_NO_FAMILY_NAME = frozenset("""king queen prince princess duke duchess earl countess marquess marchioness viscount
    viscountess baron baroness lord lady emperor empress sultan sheikh pope""".split())
# A relative, right before a first name: "Mr Smith's wife ", "her husband, ", "Mr Smith's late wife ".
_KIN_BEFORE = rx.compile(rf"(?:\b(?P<pronoun>[Hh]is|[Hh]er|[Tt]heir)|(?P<the>\b[Tt]he\s+)?(?P<owner>{NAME})['’]s)\s+"
                         rf"(?:[a-z]+\s+){{0,2}}(?P<kin>{'|'.join(sorted(_KIN_OF_A_MAN | _KIN_OF_A_MISS))})"
                         rf"\s*,?\s*$")
# `"...," said the foreign minister`
_AFTER_VERB_ROLE = rx.compile(rf"^[\s,]*{_VERB}\s+(?:the|a|an)\s+(?P<who>{_ROLE})")
_AFTER_ACCORDING = rx.compile(rf"^[\s,]*according\s+to\s+(?P<who>{NAME})")
# A seat or an office held "for" a place or a brief, then its holder's name with no comma between: `"...," said Labour
# MP for Birmingham Northfield Richard Burden` / `Minister for London Glenda Jackson said:`. The place's capitalised
# words run on into the name's (`_holder_for`), where `_SEAT` and `_WHO` read the words before "for" as the
# speaker ("Labour MP", "Minister", "Labour" of "Labour councillor"). The office: a lowercase word or none ("former"),
# up to three capitalised ones, then the office's word, with "of State" ("Secretary of State for Health").
_OFFICE_FOR = (r"(?P<article>(?:[Tt]he|[Aa]n?)\s+)?"
               r"(?P<office>(?:[a-z]+\s+)?(?:[A-Z][\w’'-]*\s+){0,3}[\w’'-]+(?:\s+of\s+State)?)"
               r"\s+for\s+(?:the\s+)?(?P<run>[A-Z][\w’'-]*(?:(?:\s+(?:and|&|of|the|upon|on))?\s+[A-Z][\w’'-]*){1,7})"
               r"(?![\w’'-])")
# After the quote, the verb first ("said", not "told": whom it was told is not who said it), or the name first; or
# before the quote, the clause opening with the office.
_NOT_TOLD = "".join(f"(?<!{verb})" for verb in _TELLING_VERBS)
_AFTER_VERB_OFFICE_FOR = rx.compile(rf"^[\s,]*{_VERB}{_NOT_TOLD}\s+{_OFFICE_FOR}")
_AFTER_OFFICE_FOR_VERB = rx.compile(rf"^[\s,]*{_OFFICE_FOR}{_THEN_VERB}")
# An organisation's unnamed voice and the body it speaks for, after the quote: `"...," a spokesman for Network Rail
# said` / `said a spokeswoman for the Metropolitan Police` (the body, as `'A spokesman for Network Rail said: "..."'`
# gives it; `_AFTER_VERB_ROLE` read "spokeswoman", the other order nothing), or a source close to someone, as the
# tag writes it (`said a source close to the minister`: nothing); a body's spokesman named before the word as
# `"...," a Home Office spokesman said` gives it (`said a Home Office spokesman`: nothing). `_voice_of` reads the match.
_VOICE = (r"(?:[Aa]n?|[Tt]he)\s+(?:[a-z]+\s+)?(?:(?:spokes(?:man|woman|person)|officials?|representative|sources?)"
          r"\s+(?:for|at|from)\s+(?:the\s+)?(?P<body>[A-Z][\w&'’.-]*(?:\s+(?:(?:of|and|&|for|the)\s+){0,2}"
          r"[A-Z][\w&'’.-]*){0,5})|sources?\s+close\s+to\s+(?:(?:the|an?|his|her|their)\s+)?"
          r"(?:[\w'’-]+\s+){0,2}?[\w'’-]+|(?P<owner>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3})\s+"
          r"(?P<role>spokes(?:man|woman|person)))")
_AFTER_VERB_VOICE = rx.compile(rf"^[\s,]*{_VERB}\s+(?P<voice>{_VOICE})(?=\s*[,.;:!?]|\s*$|\s+(?:on|in|at|after|"
                               r"yesterday|today|last|this|when|as|before)\b)")
_AFTER_VOICE_VERB = rx.compile(rf"^[\s,]*(?P<voice>{_VOICE}){_THEN_VERB}")
_BEFORE_VOICE_VERB = rx.compile(rf"^\s*(?P<voice>{_VOICE}){_THEN_VERB}[^.!?“”\"]*$")
_BEFORE_OFFICE_FOR_VERB = rx.compile(rf"^\s*{_OFFICE_FOR}{_THEN_VERB}[^.!?“”\"]*$")
# The end of an office held "for" a place or a brief, right before the capitals of its place and holder.
_HOLDS_FOR = rx.compile(r"\bfor\s+(?:the\s+)?$")
# `Motegi said, "..."` / `Her foreign minister, Toshimitsu Motegi, framed it succinctly: "..."`
# The few lowercase words between the speaker and the verb ("Motegi has said", "Motegi also told") are no pronoun:
# in "... at Mr Al Fayed's Ritz Hotel In Paris, he said:" the place is not who speaks.
_BEFORE_WHO_VERB = rx.compile(
    rf"{_WHO}{_APPOSITIVE},?\s+(?:(?!(?:he|she|they|we|it|i)\b)[a-z]+\s+){{0,2}}?{_VERB}\b[^.!?“”\"]*$"
)
_BEFORE_ACCORDING = rx.compile(rf"[Aa]ccording\s+to\s+(?P<who>{NAME})[^.!?“”\"]*$")
# `Professor Anita Rao, who led the research at the university's Centre for Industrial Futures, said:` (a relative
# clause longer than an appositive, whose last capitalised words are no speaker)
_BEFORE_RELATIVE_VERB = rx.compile(rf"{_WHO}{_RELATIVE}\s+{_ADVERB}{_VERB}\b[^.!?“”\"]*$")
# An office that speaks after a clause about someone else: `Sentencing Hobbs, who had refused ..., the judge said:`.
_BEFORE_CLAUSE_ROLE_VERB = rx.compile(
    rf"{_RELATIVE}\s+(?:the|a|an)\s+(?P<who>{_ROLE})\s+{_ADVERB}{_VERB}\b[^.!?“”\"]*$")
# The tags before a quote, in the order they are tried (`_speaker`); the first two only with a relative clause.
_BEFORE_TAGS = (_BEFORE_CLAUSE_ROLE_VERB, _BEFORE_RELATIVE_VERB, _BEFORE_WHO_VERB, _BEFORE_ACCORDING)
# Text between the two halves of a split quote: `, he said, ` / ` Motegi said, `.
_SPLIT_TAG = rx.compile(rf"^\s*,?\s*{_WHO}(?:\s*,[^,“”\"]{{1,60}},)?\s+{_ADVERB}{_VERB}\b[^.!?“”\"]{{0,60}},\s*$")
# The verb first: `, said Alex Hynes, ` / `, said the managing director of ScotRail, ` (a quote checker's trial: '"I
# don't think," said Alex Hynes, "that the landslide caused the derailment."' was two quotes, and a paper's "The
# landslide caused the derailment" the second's exact words).
_SPLIT_TAG_VERB_FIRST = rx.compile(rf"^\s*,?\s*{_VERB}\s+[^.!?“”\"]{{1,80}},\s*$")
# "Vance said she ...": a name the text has say something is a person, quoted or not.
# (Searched through whole paragraphs: `lexicon.NAME_AHEAD` first.)
_SAYS_VERBS = ("said", "says", "told", "added", "wrote", "insisted", "stressed")
_SAYS = rx.compile(rf"{NAME_AHEAD}(?P<who>{_NOT_SPEAKER}{NAME}){_RELATIVE}?\s+(?:{'|'.join(_SAYS_VERBS)})\b")
_FULL_NAME = rx.compile(NAME)
# A capitalised word, in any script that has capitals.
_CAPITALISED = rx.compile(rf"(?<![\w'’-]){UPPER}[\w'’-]*")
_SENTENCE_END = rx.compile(rf"[.!?][\"”’)]*\s+(?=[\"“]|{UPPER})")
_CAPITAL_AFTER_SPACE = rx.compile(rf"\s+{UPPER}")
_QUOTATION = rx.compile(r"[\"“][^\"”]*[\"”]")
# Who says something in a sentence of indirect speech ("Mendes said the backlog would clear."), for the bare
# quote that follows it. "continued to" does something else ("He said Guscott continued to manhandle him.": the
# one who says is "he").
_SAYS_ANYWHERE = rx.compile(rf"{_WHO}{_APPOSITIVE},?\s+{_ADVERB}{_VERB}\b(?!(?<=continued)\s+to\b)")
# A tag this module cannot read (a verb of saying right after the quote, or one or a colon right before it): the
# quote has a speaker of its own, unknown, and does not run on from the text before it.
_TAG_AFTER = rx.compile(rf"^[^.!?“”\"]{{0,100}}?\b{_VERB}\b")
_TAG_BEFORE = rx.compile(rf"\b{_VERB}\b[^.!?“”\"]*$|:\s*$")
# A clause that introduces the quote after it with a colon and no verb of saying: `Mendes was blunt: "..."`. Not
# a name cut short before its last word: "The judge, Mr Justice Morland, interposed:" is not "Mr Justice"'s.
_COLON_INTRO = rx.compile(rf"^\s*{_WHO}{_APPOSITIVE}\s+(?!{UPPER})[^.!?“”\":]{{1,80}}:\s*$")
# A transcript's turn, a name and a colon: `Mr Hamilton: "So far as possible, it's true."` (a court exchange as the
# Press Association files it); read by _COLON_INTRO, the name's first word was the speaker ("Mr").
_TRANSCRIPT = rx.compile(rf"^\s*(?P<who>{NAME})\s*:\s*$")
_WORDS = rx.compile(r"\w+")

# A title with its full stop that may open the name in apposition after the speaker's role ("a déclaré le préfet,
# M. Jean-Benoît Albertini", "afirmó el jefe de bomberos, el Sr. Javier Ortega").
_APPOSITION_TITLE = (r"(?:(?:el|la|le|il|de|der|die)\s+)?"
                     r"(?:(?:M|Mme|Mlle|MM|Sr|Sra|Srta|Dr|Dra|Prof|Pr|sig|dott|dhr|mevr)\.\s+)")
_TITLE_STOP = rx.compile(r"\b(M|Mme|Mlle|MM|Sr|Sra|Srta|Dr|Dra|Prof|Pr|sig|dott|dhr|mevr)\.\s")
# Other languages put lowercase words between the verb and the name: „…“, sagte Agrarminister Cem Özdemir / «…»,
# afirmó el ministro Luis Planas / « … », a déclaré le Premier ministre Gabriel Attal / «…», — заявил министр
# Дмитрий Патрушев. The clause after the verb, to its first punctuation, holds the speaker (English keeps its own
# patterns above: "said the minister of ..." stays unread there as before).
_AFTER_OTHER_VERB = rx.compile(rf"^[\s,—–-]*{_any_of(_OTHER_VERBS)}\s+(?P<clause>[^,.;:!?“”\"«»]{{1,100}})"
                               rf"(?:,\s*(?P<apposition>{_APPOSITION_TITLE}?[^,.;:!?“”\"«»]{{1,80}}))?")
# A French tag with its pronoun after the verb, right after the quote: "a-t-il affirmé", "avait-elle dit",
# "estime-t-il", "poursuit-elle" (one lowercase verb, or the auxiliary and its participle). Not an impersonal "il",
# which is no one: "a-t-il été précisé", "semble-t-il", "paraît-il", "faut-il".
_FRENCH_INVERTED = rx.compile(r"^[\s,»”\"]*(?!(?:semble|para[iî]t|faut)-)[a-zàâäçéèêëîïôöûüù]+-(?:t-)?"
                              r"(?P<pronoun>il|elle)\b(?!-|\s+été\b)")
# A name after one of these is a place or an institution, not who speaks ("afirmó en Madrid", "de l'Agriculture"),
# or a day ("sagte er am Dienstag": German capitalises its weekdays, and the pronoun's quote was given to "Dienstag",
# a data desk's trial on dpa copy).
_PLACE_BEFORE = rx.compile(r"\b(?:en|in|im|am|vom|beim|vor|auf|à|au|aux|sur|dans|a|w|we|в|во|на|nach|aus|bei|da|di|de"
                           r"|del|des|du|durante|desde|tras|z|ze)\s+$")
_JAPANESE_QUOTATIVE = rx.compile(rf"^\s*と(?:{_any_of(_VERBS_BY_LANGUAGE['Japanese'])})")
# 岸田首相は「…」と述べた: the speaker ends the text before the quote, marked by は or が.
_JAPANESE_SPEAKER = rx.compile(r"(?P<who>[\u3005\u30a0-\u30ff\u3400-\u9fff]{1,12})[はが]\s*$")
_CHINESE_VERB = _any_of(_VERBS_BY_LANGUAGE["Chinese"])
# 李强说：“…” / “…”，李强表示。 A pronoun (他, 她, 我们) is no name: the speaker stays unknown.
_CHINESE_BEFORE = rx.compile(rf"(?P<who>(?![他她我你它])[\u4e00-\u9fff]{{2,12}}?){_CHINESE_VERB}[：:，,]?\s*$")
_CHINESE_AFTER = rx.compile(rf"^[，,\s]*(?P<who>(?![他她我你它])[\u4e00-\u9fff]{{2,12}}?){_CHINESE_VERB}")
_HINDI_VERB = _any_of(_VERBS_BY_LANGUAGE["Hindi"])
# शर्मा ने कहा, "…" / "…", शर्मा ने कहा। The name is the word or two before ने.
_HINDI_BEFORE = rx.compile(rf"(?P<who>[^\s,\"“”]+(?:\s+[^\s,\"“”]+)?)\s+{_HINDI_VERB}[^\"“”]*$")
_HINDI_AFTER = rx.compile(rf"^[\s,]*(?P<who>[^\s,\"“”]+(?:\s+[^\s,\"“”]+)?)\s+{_HINDI_VERB}")


# The subject pronouns that follow a verb of saying in the languages `_AFTER_OTHER_VERB` reads ("sagte er", "dijo
# ella", "a-t-il déclaré" puts its own before the verb), in lowercase.
_SUBJECT_PRONOUNS = frozenset("er sie es wir él ella ellos ellas lui elle".split())


# Those of one person, as the English pronoun `extract_quotes` resolves (the verbs `_AFTER_OTHER_VERB` reads are
# singular: "sagte sie" is she, not they).
_PRONOUN_AFTER_VERB = {"er": "he", "sie": "she", "él": "he", "ella": "she"}

# Spanish, Portuguese and Italian drop the subject: '«Vamos a ganar», dijo.' after a paragraph naming the
# seleccionador is his, as "he said" would be. The verb alone, then the sentence's end, or whom or where it was said
# ("dijo a los periodistas", "afirmó en rueda de prensa"): no name after it. Who it is is found as for "he"/"she",
# of either sex (`extract_quotes`; `DROPPED_SUBJECT`).
_DROPPED_SUBJECT_VERBS = [verb for language in ("Spanish", "Portuguese", "Italian")
                          for verb in _VERBS_BY_LANGUAGE[language]]
_DROPPED_SUBJECT_TAG = rx.compile(
    rf"^[\s,»”\"]*{_any_of(_DROPPED_SUBJECT_VERBS)}"
    r"(?:\s*(?:[.;]|$)|\s+(?:a|ante|en|durante|tras|ai|al|alla|aos|à|em|in)\s+[a-záéíóúàèìòùâêôãõç])")
# The speaker `_speaker` gives a quote whose tag drops its subject: resolved as a pronoun of either sex.
DROPPED_SUBJECT = "(dropped)"


def _person_after_place(words: list[str]) -> list[str]:
    """A name run that follows a role's preposition, without the club or place the role is of: "l'entraîneur de
    Liverpool Arne Slot", "le coach du Real Madrid Carlo Ancelotti" (a quote checker's re-test: "Liverpool Arne Slot"
    spoke). The person is the run's last two words, with the particles before the surname ("Virgil van Dijk")."""
    if len(words) < 3:
        return words
    k = len(words) - 2
    while k > 0 and words[k].lower() in NAME_PARTICLES:
        k -= 1
    return words[k:]


# A description that ends in the preposition of a role's club or place ("l'entraîneur de", "the manager of", "le
# président de la").
_OF_A_PLACE = frozenset({"de", "du", "des", "of", "del", "di", "da", "von", "la"})


def _speaker_in_clause(clause: str) -> str | None:
    """The person a clause after a verb of saying names: the first full name, else the first name not after a
    preposition ("el ministro Luis Planas en Madrid" -> "Luis Planas"; "le ministre Marc Fesneau" -> "Marc Fesneau").
    """
    if clause.split(None, 1)[0] in _SUBJECT_PRONOUNS:
        # "sagte er der Deutschen Presse-Agentur", "sagte sie am Rande des Gipfels": the pronoun is who speaks, and
        # the names after it whom to or where (a data desk's trial: the quote was the news agency's, and "Rande"'s)
        return None
    names = []
    for m in _FULL_NAME.finditer(clause):
        words = m.group().split()
        # "de l'Agriculture Marc Fesneau": an article joined to a capitalised word starts the ministry, not the name
        if len(words) > 2 and re.match(NAME_PREFIX, words[0]):
            words = words[1:]
        # "le maire d'Agen": a name with an elided preposition or article joined to it is a place or a body
        elided = len(words) < 2 and re.match(r"(?i)[dl]['’]", words[0]) is not None
        # (and "de la CEOE", "de los Mossos": the body a role is of, no one's name alone)
        after_place = _PLACE_BEFORE.search(clause[:m.start()]) is not None or clause[:m.start()].endswith(
            ("de la ", "de los ", "de las "))
        if after_place:
            words = _person_after_place(words)
        names.append((" ".join(words), (after_place or elided) and len(words) < 2))
    person = next((name for name, _ in names if looks_like_person(name)), None)
    found = person or next((name for name, after_place in names if not after_place), None)
    return strip_title(found) if found else None  # "M. Jean-Benoît Albertini", "Sr. Javier Ortega": the name


def _speaker_in_own_shape(before: str, after: str) -> str | None:
    """The speaker of a Japanese, Chinese or Hindi quotation, where its language puts one."""
    if _JAPANESE_QUOTATIVE.match(after):
        return m.group("who") if (m := _JAPANESE_SPEAKER.search(before)) else None
    for pattern, text in ((_CHINESE_AFTER, after), (_HINDI_AFTER, after), (_CHINESE_BEFORE, before),
                          (_HINDI_BEFORE, before)):
        if m := pattern.search(text):
            return m.group("who")
    return None


_QUOTE_MARK = rx.compile(r"[“”„«»\"‘’「」『』]")
# A text that may hold a quotation, in any convention read here (wire copy's ``, a single quote opening a word; an
# apostrophe inside one, "don't", opens nothing).
_MAY_OPEN_QUOTE = rx.compile(r"[\"“”„«»「」『』]|``|(?<!\w)['‘]")
# The marks that close a quotation opened by each mark, where that is not "”", "»" or '"': German „…“ (Polish
# „…”), German »…«, Chinese and Japanese 「…」 and 『…』.
_CLOSING = {"„": "“”\"", "»": "«", "「": "」", "『": "』"}


def _typewriter_quotes(text: str) -> str:
    """``...'' (the Press Association's wire copy, TeX) as curly quote marks, at the same offsets.

    A quotation that ends with the quote it holds closes both at once: `...''' in wire copy (``I heard him say: `I
    don't think so.'''), the inner close first. In a paragraph with no `` two straight closes after two straight
    single marks opened are an account and the quote it ends with ('He told me: 'Give me the money, old man.''),
    left to `_straight_quotes`: read as the wire's close, the account was read flat, its inner quote the teller's."""
    if "``" not in text and "''" not in text:
        return text
    text = _slipped_openings(text)
    if "``" in text:
        text = text.replace("'''", "'” ")
    elif any(_straight_quotes_open(text, m.start()) >= 2 for m in _DOUBLED_CLOSE.finditer(text)):
        return text
    return text.replace("``", " “").replace("''", "” ")


# Wire copy's quote marks in a paragraph: `` opens, '' closes, ''' closes a quote within and the quotation at once.
_WIRE_MARK = rx.compile(r"``|'''|''")
# '' typed for `` (METER's PA copy, 18 paragraphs: ''We cannot take in the news ...,'' said Mrs McFall.): at the
# paragraph's start or after a space or a colon, before a word, where no quotation could be closing.
_SLIPPED_OPEN = rx.compile(r"(?:^|(?<=[\s:]))''(?=\w)")
_WIRE_CLOSE = rx.compile(r"(?<=[\w.,!?;:…*-])'?''(?=$|[\s,.;:!?)\]—–-])")


def _slipped_openings(text: str) -> str:
    """Wire copy's '' typed where a quotation opens, as ``, at the same offsets.

    Only before any `` (whose quotations a stray '' there might close), and only where the next wire mark closes
    it, or at the paragraph's start where no mark follows: a quotation over paragraphs (the wire opens each and
    closes only the last). Never in a paragraph with straight single quotes, which may make it a paper's quote
    within a quote (''Gay' was his word,' she said.)."""
    if _has_straight_single_quotes(text):
        return text
    marks = list(_WIRE_MARK.finditer(text))
    chars = list(text)
    quote_open = False
    for k, mark in enumerate(marks):
        if mark.group() == "``":
            break
        if quote_open:
            quote_open = False  # the slipped opening's close
            continue
        if not _SLIPPED_OPEN.match(text, mark.start()):
            continue
        following = marks[k + 1] if k + 1 < len(marks) else None
        if following is not None:
            if not _WIRE_CLOSE.match(text, following.start()):
                continue
            quote_open = True
        elif text[:mark.start()].strip():
            continue
        chars[mark.start():mark.end()] = ["`", "`"]
    return "".join(chars)


def _has_straight_single_quotes(text: str) -> bool:
    """Whether a text, its wire marks aside, has a straight single quote that may close a quotation (not an
    apostrophe, nor the close of the wire's `...' within a quotation)."""
    bare = _WIRE_MARK.sub(lambda m: " " * len(m.group()), text)
    return "`" not in bare and "'" in bare and bool(_STRAIGHT_CLOSE.search(bare))


# A straight single quote that opens a quotation (at the start, or after a space, a bracket or a dash, before a
# word) and one that closes it (after a word or punctuation, before the end, a space or punctuation). An apostrophe
# inside a word (Walker's, don't) is neither; a plural possessive before a word (the Joneses' house) is not a close.
_STRAIGHT_OPEN = rx.compile(r"(?:^|(?<=[\s(\[—–-]))'(?=[\w“\"])")
_STRAIGHT_CLOSE = rx.compile(r"(?<=[\w.,!?;:…*\"”-])(?<!s)'(?=$|[\s,.;:!?)\]—–-])"
                             r"|(?<=s)'(?=$|[,.;:!?)\]—–-]|\s+(?![a-z]))|(?<=[.,!?…])'")
# Two straight closes together, after a word or punctuation: a quote within a quotation and the quotation ending at
# once ('He said: 'Give me the money.''), or, where ``...'' quotes, the wire's close.
_DOUBLED_CLOSE = rx.compile(r"(?<=[\w.,!?;:…*-])''(?=$|[\s,.;:!?)\]—–-])")


def _straight_quotes_open(text: str, at: int) -> int:
    """How many quotations in straight single marks are open at an offset: opening marks before it less closes."""
    return (sum(1 for _ in _STRAIGHT_OPEN.finditer(text, 0, at))
            - sum(1 for _ in _STRAIGHT_CLOSE.finditer(text, 0, at)))


def _straight_quotes(text: str) -> str:
    """Quotations in straight single quotes (British papers: `said: 'It was freezing cold.'`) as curly double
    marks, and quotes within them (straight single or double marks) as curly single ones, at the same offsets. A
    paragraph that quotes in double marks already is left as it is: its single quotes are quotes within quotes or
    apostrophes.

    Marks nest: an opening mark inside an open quotation opens a quote within it, which the next close ends (a
    witness's account quoting what was said to him: `'I said: 'You've broken my leg.' He was very angry.'`). Read
    flat, the account ended at its first inner close and the rest was read as quotes of their own."""
    if "'" not in text or _outside_singles_has_double(text):
        return text
    opens = [m.start() for m in _STRAIGHT_OPEN.finditer(text)]
    if not opens:
        return text
    closes = {m.start() for m in _STRAIGHT_CLOSE.finditer(text)}
    closes.update(i for m in _DOUBLED_CLOSE.finditer(text) for i in (m.start(), m.start() + 1))
    marks = sorted([(i, True) for i in opens] + [(i, False) for i in closes])
    chars = list(text)
    pairs, stack = _paired_marks(marks)
    inner: list[tuple[int, int]] = []  # the pairs inside the open outer quotation
    for start, end, depth in pairs:
        if depth:
            inner.append((start, end))
        else:
            _mark_straight(chars, text, start, end, inner)
            inner = []
    if stack:
        # A quotation of several paragraphs opens each and closes only the last: an opening mark at the start of
        # the paragraph or after a colon runs to its end, and so does one whose first sentence is a tag and the
        # quote it introduces: an account ('He said Guscott continued to manhandle him. 'He said: 'Don't take
        # liberties with me'.').
        start = stack[0]
        first = inner[0][0] if inner else start
        tags = [_INNER_TAG.search(_last_sentence(text[start + 1:a])) for a, _ in inner]
        lead = text[start + 1:first]
        if any(m and m.group("who") not in _ACCOUNT_TELLERS for m in tags):
            # A named person's tag inside: the quote before it was closed and the mark left out ('Mr Langstaff
            # asked: 'You were ... saying 'pay me or I will go public?' Dr Bolsin replied: 'That is not ...'').
            return _straight_flat(text, opens, marks)
        if (not text[:start].strip() or text[:start].rstrip().endswith(":")
                or tags and tags[0] and tags[0].start("who") == len(lead) - len(lead.lstrip())):
            _mark_straight(chars, text, start, len(text), inner)
        elif inner:
            # Else a close was not seen ("'on a number of occasions' to give substance to his 'conspiracy
            # theories', said ...", "had been 'renting boys' for Ian Greer. Mr Browne added: '...'": a plural's mark
            # before a lowercase word reads as a possessive): flat, as marks were read before they nested, each
            # opening mark closed by the next close.
            return _straight_flat(text, opens, marks)
    return "".join(chars)


def _paired_marks(marks: Sequence[tuple[int, bool]]) -> tuple[list[tuple[int, int, int]], list[int]]:
    """Quote marks paired as they nest, from (offset, whether it opens) in order: each close ends the last quotation
    opened. Returns (opening, closing, depth) of each pair, in the order they close (depth 0: not inside another),
    and the marks left open; a close with nothing open is no pair."""
    pairs: list[tuple[int, int, int]] = []
    stack: list[int] = []
    for i, opening in marks:
        if opening:
            stack.append(i)
        elif stack:
            start = stack.pop()
            pairs.append((start, i, len(stack)))
    return pairs, stack


def _straight_flat(text: str, opens: Sequence[int], marks: Sequence[tuple[int, bool]]) -> str:
    """`_straight_quotes` read flat: each opening mark closed by the next close, marks inside skipped."""
    closes = [i for i, opening in marks if not opening]
    chars = list(text)
    at = 0
    for start in opens:
        if start < at:
            continue
        end = next((c for c in closes if c > start), None)
        if end is None:
            if not text[:start].strip() or text[:start].rstrip().endswith(":"):
                end = len(text)
            else:
                break
        _mark_straight(chars, text, start, end, ())
        at = end + 1
    return "".join(chars)


# Who tells an account ("I said: ...", "He said: ..."): the words a tag inside it names.
_ACCOUNT_TELLERS = frozenset({"I", "We", "we", "He", "he", "She", "she"})


def _mark_straight(chars: list[str], text: str, start: int, end: int, inner: Sequence[tuple[int, int]]) -> None:
    """One quotation in straight single quotes as curly double marks, and the quotes within it as curly singles."""
    if len(_WORDS.findall(text[start + 1:end])) < MIN_QUOTE_WORDS:
        return
    chars[start] = "“"
    if end < len(text):
        chars[end] = "”"
    for a, b in inner:
        chars[a], chars[b] = "‘", "’"
    doubles = [i for i in range(start + 1, end) if chars[i] == '"']
    for k, i in enumerate(doubles):
        chars[i] = "‘" if k % 2 == 0 else "’"


_SINGLE_OR_DOUBLE_MARK = rx.compile(r"['\"“”]")


def _outside_singles_has_double(text: str) -> bool:
    """Whether a double quote mark stands outside every straight-single-quoted stretch (a text quoting in double
    marks, whose single quotes are nested quotes or apostrophes)."""
    # Only the marks are read, the characters between them change nothing (asked of every paragraph and sentence
    # with an apostrophe: a loop over every character was a twentieth of a document's quote reading); none at all
    # where the text has no double mark to find.
    if '"' not in text and "“" not in text and "”" not in text:
        return False
    depth = False
    for m in _SINGLE_OR_DOUBLE_MARK.finditer(text):
        i, ch = m.start(), m.group()
        if ch == "'" and (i == 0 or not text[i - 1].isalnum()) and i + 1 < len(text) and text[i + 1].isalnum():
            depth = True
        elif ch == "'" and depth and (i + 1 == len(text) or not text[i + 1].isalnum()):
            depth = False
        elif ch in '"“”' and not depth:
            return True
    return False


# Spanish (and Portuguese) dialogue: a paragraph opens its quotation with a dash and closes it with the dash that
# starts the speaker's tag (`—No vamos a dejar solo a nadie —afirmó el ministro Luis Planas.`).
_DIALOGUE_OPEN = rx.compile(rf"^\s*—(?=[¿¡]?{UPPER})")
_DIALOGUE_CLOSE = rx.compile(r"(?<=\S)\s+—(?=[^\W\d_])|$")


def _dialogue_dashes(text: str) -> str:
    """A paragraph of dialogue's dashes as curly quote marks, at the same offsets."""
    if not (m := _DIALOGUE_OPEN.match(text)):
        return text
    opening = m.end() - 1
    close = _DIALOGUE_CLOSE.search(text, opening + 1)
    end = close.end() - 1 if close and close.group() else len(text)
    if end == len(text):
        return text[:opening] + "“" + text[opening + 1:]
    return text[:opening] + "“" + text[opening + 1:end] + "”" + text[end + 1:]


def _quote_marks(text: str) -> str:
    """A paragraph's quotation marks, whatever their typing, as `_spans` reads them, at the same offsets."""
    return _straight_quotes(_typewriter_quotes(_dialogue_dashes(text)))


def _word_count(text: str) -> int:
    """Words of a quotation; in Chinese or Japanese, one for every two characters (about a word's length)."""
    cjk = len(CJK_CHAR.findall(text))
    return len(_WORDS.findall(CJK_CHAR.sub(" ", text) if cjk else text)) + cjk // 2


@dataclass
class Quote:
    """One direct quotation in a document."""

    text: str
    paragraph: int
    start: int
    end: int
    speaker: str | None = None
    sentence: int | None = None
    tokens: list[str] = field(default_factory=list)
    stems: frozenset[str] = frozenset()
    # Whether the quote's own sentence names its speaker ("..., Smith said"), rather than a pronoun or the text
    # before it handing it on: only then can two texts be said to give it to different people.
    named: bool = True
    # Whether the speaker is named as a person can be told from another (`_person_named`): a full name, or a
    # surname the document writes after a title ("Mr Smith", "Judge Brown").
    person: bool = False
    # The capitalised words of the quote's paragraph (`fold_name` form): whom it names around the quote.
    nearby: frozenset[str] = frozenset()
    # The capitalised words of the quote's sentence before it (`fold_name` form), where its own tag names its speaker:
    # whom that tag reports as saying the words ('Paul Sloan told the court that McKay was heard singing: "..."').
    lead_in: frozenset[str] = frozenset()
    # The surname of the person the quote's own tag says the words were said to ('"...," Pike told Smith' -> smith,
    # `_addressee`), in `fold_name` form.
    addressee: str | None = None
    # The paper or broadcaster the quote's own tag says the words were said to ('..., told the Mail: "..."',
    # `_said_to`), as written, else None.
    said_to: str | None = None
    # The speaker as the quote's own tag writes it, before the document's fullest form of the name replaced it ("Mr
    # Jones" for "Alun Jones").
    written: str | None = None
    # Whether the tag names the speaker by first name alone, a relative, and the surname was added from the owner
    # ("Mr Smith's wife Jane": Jane Smith, `_kin_named`): a guess, so `written` is the first name alone.
    surname_assumed: bool = False
    # Where a speaker handed on from the text before (`_running_speaker`) was read: (paragraph, offset of the tag's
    # "he"/"she"), so the pronoun is resolved from the text before the pronoun, not from what follows it ("He said
    # Guscott continued to manhandle him ..." then a quote: "he" is not Guscott).
    tag_at: tuple[int, int] | None = field(default=None, repr=False, compare=False)
    # The quote whose words this one stands in, where its speaker's account quotes another person (`_inner_quotes`):
    # reported only where another text renders it, the account's own status covering its words otherwise.
    within: Quote | None = field(default=None, repr=False, compare=False)
    # Whether an account's inner tag gives the words to the account's teller ("I said: '...'"): named as surely as the
    # account is, by its own tag.
    teller: bool = False
    # Whether a "he"/"she" quote's speaker is the one person the sentence right before it is about, by name as its
    # opening words ("Lopez declared victory late Tuesday ..." then '"This is a win ...," she said.'): as sure as a
    # name to a reader, so another text's naming someone else is a change of speaker (`_named_or_plain`).
    plain_referent: bool = False
    # Whether the quote's own tag names no one but an organisation's unnamed voice ('"...," a spokesperson for the
    # group said', "an official said"): words no person of the story said by name (`_swapped_with_unnamed`).
    unnamed_voice: bool = False
    # Where the text comes from, while the document is read (`extract_quotes`), when not from one span of its
    # paragraph: (offset in `text`, paragraph, opening mark, closing mark) of each stretch, a quote split by its tag
    # or run over paragraphs being joined from several.
    pieces: list[tuple[int, int, int, int]] = field(default_factory=list, repr=False, compare=False)
    # (offset in `text`, sentence index) of each sentence the text opens or runs into, in order (`extract_quotes`):
    # a part of a long quote (`_as_part`) is placed at the sentence that holds it, not where the quote opens.
    sentence_starts: list[tuple[int, int]] = field(default_factory=list, repr=False, compare=False)

    def stretches(self) -> list[tuple[int, int, int, int]]:
        """`pieces`, or the one span of its paragraph the text comes from."""
        return self.pieces or [(0, self.paragraph, self.start, self.end)]

    def sentence_holding(self, offset: int) -> int | None:
        """The sentence holding an offset of `text` (the one it opens in where the sentences are not known)."""
        at = bisect_right(self.sentence_starts, offset, key=lambda start: start[0])
        return self.sentence_starts[at - 1][1] if at else self.sentence


def _spans(text: str) -> list[tuple[int, int]]:
    """(open, close) offsets of the quotations in one paragraph; close is len(text) for a quote left open."""
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    single = False
    nested = 0  # curly double quotes open inside the open one (`“He told me “I will kill you” and left.”`)
    n = len(text)
    for m in _QUOTE_MARK.finditer(text):
        i, ch = m.start(), m.group()
        if nested and ch == "”":
            nested -= 1
        elif open_at is None:
            # "»" opens only right before a word (German »Wir ...«); elsewhere it closes a «…» quotation.
            if ch in "“„«\"「『" or ch == "»" and i + 1 < n and text[i + 1].isalnum():
                open_at, single = i, False
            elif ch == "‘" and (i == 0 or not text[i - 1].isalnum()):
                open_at, single = i, True
        elif not single and text[open_at] in _CLOSING:
            if ch in _CLOSING[text[open_at]]:
                spans.append((open_at, i))
                open_at = None
        elif not single and ch in "”»\"":
            spans.append((open_at, i))
            open_at = None
        elif not single and ch == "“" and text[open_at] == "“" and _INNER_TAG.search(text, open_at + 1, i) and (
                text.count("”", i) > nested + 1):
            # An opening mark right after a tag inside the quote, closed twice later: a quote within it.
            nested += 1
        elif not single and ch in "“„«":
            # A new opening mark before a close: the first quote was left open (common across paragraphs).
            spans.append((open_at, i))
            open_at = i
        elif single and ch == "’" and (i + 1 == n or not text[i + 1].isalpha()):
            spans.append((open_at, i))
            open_at = None
    if open_at is not None:
        spans.append((open_at, n))
    return spans


def bare_quotes(text: str, sentence: int) -> list[Quote]:
    """The quotations of one sentence read alone, without speakers (a near-identical copy's edited sentence)."""
    out: list[Quote] = []
    if not _MAY_OPEN_QUOTE.search(text):
        return out  # most sentences: none of the marks below, nothing to read (cheap before `_quote_marks`)
    text = _quote_marks(text)
    for start, end in _spans(text):
        words = _inner(text, start, end)
        if _untagged_title(text, start, end, words):
            continue
        if _word_count(words) >= MIN_QUOTE_WORDS:
            q = Quote(words.rstrip(",").strip(), 0, 0, 0, sentence=sentence, named=False)
            q.tokens = surface_tokens(q.text, close_prefixes=True)
            q.stems = frozenset(content_stems(q.tokens))
            if _TOLD.search(text):  # its tag, in the sentence, may give it as said to a paper
                q.said_to = _said_to(text, replace(q, start=start, end=end))
            out.append(q)
    return out


# Words a title of a work or an operation keeps in lowercase inside it ("Line of Duty", "Pride and Prejudice").
def titles_of_works(text: str) -> list[str]:
    """The titles of works a sentence gives in quotation marks, as written ('won on "Who Wants To Be A
    Millionaire"'): no quotations (`_names_a_work`), but a title changed in the copying is a changed name
    (`facts.find_fact_changes`)."""
    if not _TITLE_OPENING.search(text) or not _TITLE_SHAPE.search(text):
        return []  # most sentences, and most with quotations: no capitalised words in marks (cheap before the marks)
    text = _quote_marks(text)
    return [words.strip(" ,") for start, end in _spans(text)
            if _untagged_title(text, start, end, words := _inner(text, start, end))]


# An opening mark, then three words or more each capitalised but small words inside, then a closing mark: the shape
# of a title in marks (`_names_a_work` decides), looked for before the marks are read.
_TITLE_SHAPE = rx.compile(r"(?:``|[\"“‘'«„])[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|[a-z]{1,5})){2,}[,?!]?(?:''|[\"”’'»“])")
# What every such title opens with, an opening mark (or the second of "``") and a capital: searched first, as a
# pattern that opens with a set of characters lets the engine skip to them (`_TITLE_SHAPE` opens with an alternation,
# tried at every character: a compare asks this of every aligned group).
_TITLE_OPENING = rx.compile(r"[`\"“‘'«„][A-Z]")


def _untagged_title(text: str, start: int, end: int, words: str) -> bool:
    """Whether the marks from `start` to `end` hold a title of a work, with no speech tag beside them.

    Beside, not anywhere in the sentence: a verb of saying that reports what someone said about the work is not its
    tag ('Ingram's lawyer said the major had watched "Who Wants To Be A Millionaire" every week'; '"Strictly Come
    Dancing" drew 11 million viewers, the BBC said'; '"Line of Duty" star Martin Compston said'), where one right
    before the marks or a colon is ('The minister said: "We Will Not Be Moved"'), and so is one right after them or
    a few words on after words that end in a comma or an exclamation ('The crowd chanted "We Want Our Club Back!"
    outside the ground, fans said'). A verb right before is no tag where a verb follows the marks: the title is the
    subject of what was said ('told reporters "Who Wants To Be A Millionaire" was his favourite')."""
    return _names_a_work(words, text[:start], text[end + 1:]) and not (
        (tag := _TITLE_TAG_BEFORE.search(text, max(0, start - 40), start))
        and (tag.group().rstrip().endswith(":") or not _SUBJECT_OF_VERB.match(text, end + 1))
        or _TITLE_TAG_AFTER.match(text, end + 1)
        or words.endswith((",", "!", "?")) and _TAG_AFTER.match(text[end + 1:]))


_TITLE_TAG_BEFORE = rx.compile(rf"(?:\b{_VERB}\b,?|:)\s*$")
# A verb right after a title in marks, whose subject the title is ('"Who Wants To Be A Millionaire" was his
# favourite', '"Line of Duty" could return', '"Line of Duty" wasn't coming back', 'the BBC said "Strictly Come
# Dancing" drew 10 million', '"The Good Life" returns'): an auxiliary, a past tense or a verb in -s (not the few
# words in -s that are none: "as", "his", "perhaps").
_SUBJECT_OF_VERB = rx.compile(
    r"\s+(?:(?:was|is|were|are|has|had|have|does|did|would|could|should)(?:n[’']t)?|will|can|may|might|must"
    r"|won[’']t|can[’']t|[a-z]{2,}ed|(?!(?:his|its|this|thus|perhaps|always|sometimes|unless|besides|towards"
    r"|afterwards|plus|yes|less|across|whereas)\b)[a-z]{2,}[^s\W]s|drew|won|lost|got|made|took|went|came|saw|ran"
    r"|became|beat|sold|led|left|kept|found|brought|began|fell|grew|gave|hit|rose|set|met|told|ended)"
    r"(?![\w’'])")
_TITLE_TAG_AFTER = rx.compile(rf",?\s*{_VERB}\b")


# Words a title writes in lowercase between capitalised ones ("The Girl from Ipanema", "Bridge over Troubled Water").
_TITLE_SMALL_WORDS = frozenset("a an and as at but by for from in into nor of off on onto or out over the to up upon "
                               "via vs with".split())


def _names_a_work(words: str, before: str, after: str = "") -> bool:
    """Whether a quotation of `MIN_QUOTE_WORDS` words or more is written as a title is ("Line of Duty", "Operation
    Desert Storm", "Who Wants To Be A Millionaire", "The Lord of the Rings"): each word capitalised, bar small words
    inside. Untagged, such words name a programme, a book, a shop or a campaign, not what someone said (a re-test: a
    paper leaving out the drama's name "dropped" a quote; METER: "Perfect Fried Chicken", "Reclaim the Streets",
    "Stairway to Heaven", "Ma, He's Making Eyes at Me", "Commander In Chief of the Chilean Army"). A headline's
    capitals ("I AM INNOCENT") are no title case: someone's words, shouted. Nor are words that end a sentence inside
    the marks ("Absolutely No Chance.", its tag in the next sentence: a re-test), nor a name someone called a person,
    in the sentence before the quote (`before`): "called her `dodgy' and later `Stevie Lawrence Two'", words said to
    her.
    Four words or more are a title only in a sentence of lowercase words (`before`, `after`): in a headline set in
    title case ("'We Will Not Be Moved' Vow Over Pit Closures") every quote has its words capitalised. Nor are
    they after "a" or "an", a name for what someone is ('A "Lady of the Manor" was jailed': METER's paper quotes it
    as 'A "LADY of the manor"', and read as a title in the wire, the paper's quote was paired with the judge's
    words about her), unless a noun follows them ('a "Lord of the Rings" obsessive'). A question or an
    exclamation of four words or more in title case is a title ("Who Wants to Be a Millionaire?", "I'm A Celebrity...
    Get Me Out Of Here!"), in prose and untagged as every title here."""
    parts = words.strip(" .,;:!?").split()
    if (not _title_cased(words) or (end := words.rstrip(" ,")[-1:]) == "."
            or end in "!?" and len(parts) <= MIN_QUOTE_WORDS):
        return False
    if len(parts) > MIN_QUOTE_WORDS and (
            _AN_ARTICLE_BEFORE.search(before) and not _NOUN_AFTER.match(after)
            or not _LOWERCASE_WORD.search(f"{_last_sentence(before)} {_SENTENCE_END.split(after, maxsplit=1)[0]}")):
        return False
    return not _CALLED_A_PERSON.search(_last_sentence(before))


def _title_cased(words: str) -> bool:
    """Whether `MIN_QUOTE_WORDS` words or more are each capitalised, bar small words inside, as a title is written;
    not a headline's capitals."""
    parts = words.strip(" .,;:!?").split()
    return (bool(parts) and parts[0][:1].isupper() and not all(w.isupper() for w in parts)
            and _word_count(words) >= MIN_QUOTE_WORDS
            and all(w[:1].isupper() or 0 < i < len(parts) - 1 and w in _TITLE_SMALL_WORDS
                    for i, w in enumerate(parts)))


def written_as_titles(quotes: Iterable[Quote]) -> frozenset[str]:
    """The quotes (`extract_quotes`) written as a title is ("A Great Day For British Farmers," he said): someone's
    words all the same, by the tag beside them, so their capitalised words are no names and a word of them changed
    is an altered quote only, no changed name (`facts.find_fact_changes`). A sentence cut inside such a quote's
    paragraph can leave the tag out of the sentence ('chanted "We Want Our Club Back!" outside, fans said'): these
    are no titles of works either."""
    return frozenset(q.text for q in quotes if _title_cased(q.text))


# "a" or "an" right before a quotation's opening mark: what follows names what someone or something is, unless a
# noun follows the marks (a title used as a modifier: 'a "Who Wants To Be A Millionaire" contestant').
_AN_ARTICLE_BEFORE = rx.compile(r"(?<![\w'’-])[Aa]n?\s*$")
_NOUN_AFTER = rx.compile(r"\s+(?!(?:was|is|were|are|has|had|have|who|whom|which|that|will|would|could|can|may|might|"
                         r"must|should|said|says|told|and|or|but)\b)[a-z][a-z'’-]+\b")
# A word in lowercase: the sentence around a quote is prose, not a headline set in title case.
_LOWERCASE_WORD = rx.compile(r"(?<![\w'’-])[a-z][a-z'’-]+\b")


# Someone calling a person a name, in the sentence before a quote: "called her", "describe her as", "she was dubbed".
_CALLED_A_PERSON = rx.compile(
    r"\b(?:call(?:s|ed|ing)?|dubb(?:ed|ing)|brand(?:s|ed|ing)|nicknam(?:ed|ing)|label(?:l?ed|l?ing)"
    r"|describ(?:e|es|ed|ing))\s+(?:him|her|them|me|us|you)\b"
    r"|\b(?:he|she|they|I|we)\s+(?:was|were|had\s+been|has\s+been|is|are)\s+(?:also\s+)?"
    r"(?:called|dubbed|branded|nicknamed|labell?ed)\b", re.I)


def _inner(text: str, start: int, end: int) -> str:
    return " ".join(text[start + 1:end].split()).strip()


def _quotes_in_paragraph(text: str, p_index: int) -> list[Quote]:
    quotes: list[Quote] = []
    for start, end in _spans(text):
        inner = _inner(text, start, end)
        if quotes:
            prev = quotes[-1]
            between = text[prev.end + 1:start]
            # A quote split by its speaker tag: first half ends with a comma, second half goes on in lowercase.
            if prev.text.endswith(",") and inner[:1].islower() and (
                    _SPLIT_TAG.match(between) or _SPLIT_TAG_VERB_FIRST.match(between)):
                prev.pieces = [*prev.stretches(), (len(prev.text), p_index, start, end)]
                prev.text = prev.text[:-1] + " " + inner
                prev.end = end
                continue
        quotes.append(Quote(inner, p_index, start, end))
    return quotes


def _speaker(text: str, quote: Quote, prev_end: int, next_start: int, people: People) -> tuple[str | None, bool]:
    """The speaker a paragraph's text gives a quote, and whether the quote has a tag of its own (a speaker found,
    or a verb of saying next to the quote that names nobody this module can read)."""
    after = text[quote.end + 1:next_start]
    if quote.pieces and not after.strip(" ,.;"):
        # A quote split by its tag ('"We are ready," Alex Hynes said, "and we will act."'): the tag between its
        # halves is its own (read after the second half, it had none: no speaker).
        after = text[quote.pieces[0][3] + 1:quote.pieces[1][2]]
    # A quote a colon introduces has its tag before it: one after it that ends in a colon is the next quote's
    # ('A spokeswoman said: "... continues", Christine Hancock, general secretary of the RCN, said: "..."').
    introduced = bool(_COLON_BEFORE.search(text, max(prev_end, quote.start - 3), quote.start))
    # A quote whose full stop ends its sentence, a capital after it: what follows is a new sentence, most often about
    # another person ('Peter Black said: "This is a sad day." Mr Black's wife, Jane, said she had borrowed ...').
    # Its name, then a verb, is the quote's tag only in an older order ('"A." Smith said.'), and never the tag of a
    # quote a colon introduced, which keeps that tag.
    sentence_over = quote.text.rstrip(" ”’\"'")[-1:] == "." and _CAPITAL_AFTER_SPACE.match(after) is not None
    if sentence_over and introduced:
        after = ""
    # A quote set in running prose ("Pressed by Miss Eady that there was ``no suggestion that ...'', the witness
    # insisted: ``I am very clear ...''") is no turn of its own: a tag after it that ends in a colon introduces the
    # next quote, as after a quote a colon introduced (METER: counsel's words were the witness's).
    # (Not a pronoun's tag: '... a ``whore and prostitute'', she replied: ``I'm sure ...'' keeps one "she" for both,
    # whom the words the question quotes are said of: METER, the second went to the woman the question names.)
    embedded = bool(_IN_RUNNING_PROSE.search(text, max(prev_end, quote.start - 4), quote.start))

    def introduces_next(m: re.Match[str], tag: str | None = None) -> bool:
        return _introduces_next(quote, after if tag is None else tag, m.end(), introduced, embedded)

    def is_tag(pattern: re.Pattern[str], m: re.Match[str] | None) -> bool:
        return bool(m) and not (sentence_over and pattern in _NAME_THEN_VERB) and not _introduces_next(
            quote, after, m.end(), introduced, embedded)

    # Each shape in both orders: `said the Labour councillor, Peter Black` / `the Labour councillor, Peter Black, said`.
    for pattern in (_AFTER_VERB_POSSESSIVE, _AFTER_POSSESSIVE_VERB):
        if is_tag(pattern, m := pattern.match(after)):
            who, quote.surname_assumed = _possessed(m, people)
            return who, True
    for pattern in (_AFTER_VERB_AFFILIATED, _AFTER_AFFILIATED_VERB):
        # The person's own name, without where they are from ("said Liverpool captain Steven Gerrard of Huyton" is
        # Steven Gerrard's, not Liverpool's).
        if (is_tag(pattern, m := pattern.match(after)) and looks_like_person(_without_affiliation(m.group("who")))
                and not _owns(m)
                and describes_in_lowercase(_described(m), before_full_name=True)):
            return _named(m), True
    for pattern in (_AFTER_VERB_OFFICE_FOR, _AFTER_OFFICE_FOR_VERB):
        if is_tag(pattern, m := pattern.match(after)) and (who := _holder_for(m, people)):
            return who, True
    # (the cheap test first: few tags hold a spokesman or a source)
    if ("spokes" in after[:60] or "source" in after[:60] or "official" in after[:60]
            or "representative" in after[:60]):
        for pattern in (_AFTER_VERB_VOICE, _AFTER_VOICE_VERB):
            if is_tag(pattern, m := pattern.match(after)) and (who := _voice_of(m)):
                quote.unnamed_voice = True
                return who, True
    for pattern in (_AFTER_WHO_VERB, _AFTER_VERB_WHO, _AFTER_VERB_ROLE, _AFTER_ACCORDING):
        if (m := pattern.match(after)) and not introduces_next(m):
            # "said the Labour MP, Tom Brown's wife, Jane": the owner is not who speaks
            return (None if _owns(m) else _named(m)), True
    for pattern in (_AFTER_VERB_DESCRIBED, _AFTER_DESCRIBED_VERB):
        # One word in capitals is an office or a body, no one's name: "the former MP told the jury" (Neil Hamilton).
        if (is_tag(pattern, m := pattern.match(after)) and not (m.group("who").isupper() and " " not in m.group("who"))
                and not _owns(m) and describes_in_lowercase(_described(m), before_full_name=looks_like_person(
                    m.group("who")) or _is_titled_name(m.group("who")))):
            if _described(m)[-1:] and _described(m)[-1].lower() in _OF_A_PLACE:
                return " ".join(_person_after_place(m.group("who").split())), True
            return _named(m), True
    # A surname that opens with its particle, right after the quote: '"...," von der Leyen told a news conference',
    # '"...," de Guindos said' (a wire desk's re-test: no speaker, its lowercase first word no name's). The
    # lowercase letter first: few tags have one.
    if after[:3].lstrip(" ,")[:1].islower() and (m := _AFTER_PARTICLE_NAME_VERB.match(after)) and not _introduces_next(
            quote, after, m.end(), introduced, embedded):
        return m.group("who"), True
    # French puts the pronoun after the verb, joined to it ('« ... », a-t-il affirmé', "estime-t-elle", "poursuit-il"):
    # the English "he said", resolved as it is (`extract_quotes`), not a tagless quote (a wire desk's re-test: a later
    # change of speaker could not be seen). The characters first: few quotes have them.
    if ("-il" in after[:30] or "-elle" in after[:30]) and (m := _FRENCH_INVERTED.match(after)) and (
            not introduces_next(m)):
        return ("he" if m.group("pronoun") == "il" else "she"), True
    if (m := _DROPPED_SUBJECT_TAG.match(after)) and not introduces_next(m):
        return DROPPED_SUBJECT, True
    # A title's full stop is no clause's end: "afirmó el Sr. Pedro Sánchez", "ha detto il dott. Mario Rossi".
    untitled = _TITLE_STOP.sub(r"\1 ", after)
    if (m := _AFTER_OTHER_VERB.match(untitled)) and not introduces_next(m, untitled):
        if pronoun := _PRONOUN_AFTER_VERB.get(m.group("clause").split(None, 1)[0]):
            # "sagte er", "dijo ella": the English "he said", resolved as it is (a wire desk's re-test: the quote
            # had no speaker, so another paper's giving it to someone else went unseen)
            return pronoun, True
        if who := (_speaker_in_clause(m.group("clause"))
                   or (m.group("apposition") and _speaker_in_clause(m.group("apposition")))):
            # the role, then the name beside it: "a déclaré le préfet, M. Jean-Benoît Albertini"
            return who, True
    if who := _speaker_in_own_shape(text[prev_end:quote.start], after):
        return who, True
    # A body given by the word for its kind ('"...," the company said in a statement', "said the ministry", "police
    # said"): an organisation's words, which `extract_quotes` gives to the body of that kind named before (no
    # person pattern reads them; the speaker was unknown). The trigger words first: few quotes have one.
    if _BODY_KIND_WORD.search(after, 0, 40) and (m := _body_kind_tags()[0].match(after)) and not _introduces_next(
            quote, after, m.end(), introduced, embedded):
        return _GENERIC_BODY + _kind(m), True
    before = text[prev_end:quote.start]
    # Only the clause right before the quote can introduce it.
    ends = list(_SENTENCE_END.finditer(before))
    if ends:
        before = before[ends[-1].end():]
    if _BODY_KIND_WORD.search(before, 0, 20) and (m := _body_kind_tags()[1].match(before)):
        return _GENERIC_BODY + _kind(m), True
    if _REPORTED_SPEECH.search(before):
        # Counsel telling the court what another was heard to say: the words are that other's, who is not named
        # here ("Paul Sloan, prosecuting, told the court that the 61-year-old ... was heard singing ``...''").
        return None, True
    if (m := _BEFORE_OFFICE_FOR_VERB.match(before)) and (who := _holder_for(m, people)):
        return who, True
    if ("spokes" in before or " close to " in before) and (m := _BEFORE_VOICE_VERB.match(before)) and (
            who := _voice_of(m)):
        # 'A source close to the minister said: "..."' (was "close to the minister"), 'A spokesman for Network Rail
        # said: "..."': the body's voice, no person (Network Rail was one, so "John Smith said" in the other text
        # was a change of speaker)
        quote.unnamed_voice = True
        return who, True
    if (("our " in before or "elon " in before or "egún " in before) and (m := _BEFORE_POUR.search(before))
            and looks_like_person(who := " ".join(_person_after_place(strip_title(m.group("who")).split())))):
        # AFP's "Pour le président du Medef Patrick Martin, « ... »", "Selon le maire de Vidauban Claude Pianetti,
        # « ... »" (EFE's "Según ..."): for whom the words are said (a quote checker's re-test: no speaker)
        return who, True
    if " by " in before and (m := _BEFORE_TOLD_BY.search(before)):
        # "she had been told by Judge Jeremy Griggs:": the words are the judge's, not "she"'s (METER: given to the
        # defendant once the judge's first name told his sex)
        return strip_title(m.group("who")), True
    passed = False
    # The first two read a relative clause, which needs its "who": most clauses have none (one `in` test, where
    # their search tries every place of the clause).
    for pattern in (_BEFORE_TAGS if "who" in before else _BEFORE_TAGS[2:]):
        m = pattern.search(before)
        # then a later tag: "the court was told ... he replied:"
        while m is not None and (_not_a_person(before, m) or _inside_a_name(before, m)):
            passed = True
            m = pattern.search(before, m.start("who") + 1)
        if m is not None:
            if (before[:3].lstrip()[:1] == "," and m.start("who") > 0 and before[m.start("who") - 1].isalpha()
                    and (role := _role_phrase_tags()[1].match(before))):
                # A tag after the quote before in its sentence names a role, whose "he" is the end of "the" ('...
                # "no suggestion that ...", the witness insisted: "..."'): the role the tag sets against the other
                # side of the exchange, not the person named last (METER: Sandy Jones, the man discussed).
                return role.group("who"), True
            who, quote.surname_assumed = _kin_named(m, _named(m), people)
            return who, True
    if (passed and (opening := _FULL_NAME.match(before, len(before) - len(before.lstrip())))
            and looks_like_person(strip_title(opening.group(0)))):
        # The person the sentence opens with, whose tag the "the" hid: "Detective Chief Inspector Bill Goreham, who
        # led the inquiry said:", "Health Secretary Frank Dobson welcomed the judgment and said it would".
        return strip_title(opening.group(0)), True
    if (m := _TRANSCRIPT.match(before)) and (_is_titled_name(m.group("who")) or people.knows(m.group("who"))):
        return m.group("who"), True
    if (m := _COLON_INTRO.match(before)) and _is_person_or_role(_named(m), people):
        return _named(m), True
    # A role or a body in lowercase words that no pattern above reads ('"Cancel take-off clearance!" an air traffic
    # controller shouted', "one of the pilots told controllers", 'The investigators said: "..."'): the words as the
    # tag gives them, not a person (`is_role_phrase`), which says whose the words are better than no speaker (an
    # aviation desk's trial: "?"). The articles first: few quotes get this far.
    if (after[:8].lstrip(" ,").partition(" ")[0].lower() in _ROLE_PHRASE_OPENINGS
            and (m := _role_phrase_tags()[0].match(after)) and not introduces_next(m)):
        return m.group("who"), True
    if (after[:30].lstrip(" ,").partition(" ")[2].partition(" ")[0].lower() in _ROLE_PHRASE_OPENINGS
            and (m := _role_phrase_tags()[2].match(after)) and not introduces_next(m)):
        return m.group("who"), True
    if (before[:8].lstrip(" ,").partition(" ")[0].lower() in _ROLE_PHRASE_OPENINGS
            and (m := _role_phrase_tags()[1].match(before))):
        return m.group("who")[:1].lower() + m.group("who")[1:], True
    # The words after the quote are its tag only if its sentence goes on there (`"A," ...`, `"A" ... said`).
    goes_on = quote.text.endswith(",") or re.match(r"[\s,]*[^\W\d_]", after) and after.lstrip(" ,")[:1].islower()
    return None, bool(goes_on and _TAG_AFTER.match(after) or _TAG_BEFORE.search(before))


# The first word of a role's words in lowercase (`_role_phrase_tags`): an article, or "one" of "one of the".
_ROLE_PHRASE_OPENINGS = frozenset({"the", "a", "an", "one"})


@lru_cache(maxsize=1)
def _role_phrase_tags() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The tags giving a quote to a role or a body named in lowercase words, after the quote ('"...," an air traffic
    controller shouted') and before it ('One of the pilots told controllers: "...'); compiled when first needed.
    The words end at the verb: up to four, the first an article or "one of the"."""
    # No verb or adverb among the words ("the court was told", "the general had told", "the charges all said"), nor
    # "of" ("the king of chefs": a person's epithet, METER).
    word = (r"(?!(?:was|were|is|are|had|has|have|been|be|all|also|then|later|now|not|never|would|will|could|can|may"
            r"|might|should|must|did|does|do|of|who|which|that|and|but|yesterday|today)\b)[a-z][\w’'-]*")
    # After the quote in lowercase only: "The prosecution ..." after a quote that ended is the next sentence (METER).
    words = rf"\s+(?:{word}\s+){{0,3}}?{word}"
    # The verb first, the words ending the clause ('"...," said the accident investigators.'; not "told the jury":
    # whom the words were told).
    return (rx.compile(rf"^[\s,]*(?P<who>(?:the|an?|one\s+of\s+the){words})\s+{_ADVERB}{_VERB}\b"),
            rx.compile(rf"^[\s,]*(?P<who>(?:[Tt]he|[Aa]n?|[Oo]ne\s+of\s+the){words})\s+{_ADVERB}{_VERB}\b[^.!?“”\"]*$"),
            rx.compile(rf"^[\s,]*{_VERB}{_NOT_TOLD}\s+(?P<who>(?:the|an?|one\s+of\s+the){words})(?=\s*[,.;!?]|\s*$)"))


def is_role_phrase(speaker: str) -> bool:
    """Whether a speaker is a role or a body as a tag writes it in lowercase ("an air traffic controller", "the
    carrier", "one of the pilots"): no person's name, so never a change of speaker."""
    return speaker.split(" ", 1)[0] in _ROLE_PHRASE_OPENINGS


# The words for a body that a wire story quotes by its kind, once it has named it: "the company said in a
# statement", "the ministry said", "police said". A speaker `_speaker` finds so is "the " and the kind (lowercase:
# no name `People` is told of), which `_body_of_kind` resolves.
_GENERIC_BODY = "the "
# An airline is a wire story's "the airline" or "the carrier" ("..., the carrier said in a statement": no speaker
# before, an aviation desk's trial).
_BODY_KINDS = ("company", "firm", "ministry", "council", "police", "airline", "carrier")
_BODY_KIND_WORD = rx.compile(rf"(?i:\b(?:{'|'.join(_BODY_KINDS)})\b)")  # the same words: one list to extend


@lru_cache(maxsize=1)
def _body_kind_tags() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The tags giving a quote to a body by its kind, after the quote and before it; compiled when first needed
    (the verbs of saying make them long, and few quotes have a trigger word, `_BODY_KIND_WORD`).

    After: "the company said", "said the firm", "police said", "said police"; not "the company's chairman said" nor
    "the company spokesman said" (a person, whom other patterns read or leave unknown). Before: the clause opening
    with the body, 'The company said in a statement: "...', 'Police said: "...'."""
    kinds = "|".join(k for k in _BODY_KINDS if k != "police")  # (police without "the": its own groups)
    after = rx.compile(
        rf"^[\s,]*(?:(?:the\s+(?P<kind>{kinds})|(?P<police>police))\s+{_ADVERB}{_VERB}\b"
        rf"|{_VERB}\s+(?:the\s+(?P<kind2>{kinds})|(?P<police2>police))(?![\w'’-]))")
    before = rx.compile(
        rf"^\s*(?:[Tt]he\s+(?P<kind>{kinds})|(?P<police>[Pp]olice))\s+{_ADVERB}{_VERB}\b"
        rf"[^.!?“”\"]*$")
    return after, before


_CAPS = r"[A-Z][\w&'’-]*"


@lru_cache(maxsize=1)
def _named_bodies() -> dict[str, re.Pattern[str]]:
    """The named bodies of each kind that "the company" (...) may refer back to, compiled when first needed: a name
    before "Inc", "Ltd", "plc", a plant's or a company's word ("the Westbrook Polymers plant"), or before "said" for
    a company; a name ending in "Ministry"/"Council"/"Police", or "Ministry of ..." ("the Foreign Ministry", "Leeds
    City Council", "West Yorkshire Police"). Capitalised words only."""
    company = rx.compile(rf"(?<![\w'’-])(?P<name>{_CAPS}(?:\s+{_CAPS}){{0,3}}?"
                         r"(?:,?\s+(?:Inc|Corp|Co|Ltd|LLC|plc|PLC)\b\.?"
                         r"|(?=\s+(?:plant|factory|mill|refinery|company|firm)\b)|(?P<says>(?=\s+(?:said|says)\b))))")
    # "Singapore Airlines", "British Airways", "Delta Air Lines"
    airline = rx.compile(rf"(?P<name>(?:{_CAPS}\s+){{1,3}}(?:Airlines|Airways|Air\s+Lines|Airline))\b")
    return {
        "company": company,
        "firm": company,
        "ministry": rx.compile(rf"(?P<name>(?:{_CAPS}\s+){{0,3}}Ministry(?:\s+of(?:\s+(?:the\s+)?{_CAPS}){{1,3}})?)"),
        "council": rx.compile(rf"(?P<name>(?:{_CAPS}\s+){{1,3}}Council)\b"),
        "police": rx.compile(rf"(?P<name>(?:{_CAPS}\s+){{1,3}}Police)\b"),
        "airline": airline,
        "carrier": airline,
    }


# Words that open a capitalised run without naming the body ("The Westbrook Polymers plant", "At Acme Corp").
_NOT_A_BODY_WORD = frozenset({"The", "A", "An", "At", "In", "On", "Of", "For", "From", "By", "With", "And", "But",
                              "Its", "His", "Her", "Their", "This", "That", "Tuesday", "Monday", "Wednesday",
                              "Thursday", "Friday", "Saturday", "Sunday", "Police"})


# Last words of a body's name that is no company (`_BODY_WORDS` but a company's own).
_PUBLIC_BODY_WORDS = frozenset({"commission", "confederation", "council", "association", "society", "trust", "union",
                                "agency", "service", "services", "authority", "committee", "board", "institute",
                                "foundation", "federation", "party", "department", "league", "campaign", "charity",
                                "court", "ministry", "police", "office", "government", "university", "hospital"})


def _kind(m: re.Match[str]) -> str:
    """The kind of body a `_body_kind_tags` tag names ("company", "police")."""
    return next((g for k, g in m.groupdict().items() if g and k.startswith("kind")), "police").lower()


def _body_of_kind(kind: str, before: str) -> str:
    """The body "the company" (the firm, the ministry, the council, police) refers back to: the one body of that
    kind the text before the quote names (`_named_bodies`); else the phrase itself ("the company", "police"), which
    says whose words they are better than no speaker. Two bodies of the kind named: the phrase (which one is not
    sure)."""
    names: set[str] = set()
    for m in _named_bodies()[kind].finditer(before):
        words = m.group("name").split()
        while words and words[0] in _NOT_A_BODY_WORD and not (kind == "ministry" and words[0] == "Ministry"):
            words = words[1:]  # "The Westbrook Polymers", "Police" of "Police said" opening a sentence
        if words and not (m.groupdict().get("says") is not None and (len(words) < 2 or any(
                w.lower().rstrip(".") in HONORIFICS or _holds_title(w) or first_name_sex(fold_name(w)) is not None
                for w in words))):
            # Before "said", two words or more, none a first name or a title: a person ("Fire Chief Dan Sheets
            # said", "Hardesty said") is no company, nor is a public body ("the U.S. Chemical Safety Board said").
            if not (kind in ("company", "firm") and words[-1].lower() in _PUBLIC_BODY_WORDS):
                names.add(" ".join(words))
    if len(names) == 1:
        return names.pop()
    return kind if kind == "police" else _GENERIC_BODY + kind


def _described(m: re.Match[str]) -> list[str]:
    """The words a tag's description holds ("mother-of-two, 34-year-old": two)."""
    return m.group("described").replace(",", " ").split()


def _holder_for(m: re.Match[str], people: People) -> str | None:
    """The name an office held "for" a place runs on into (`_OFFICE_FOR`): "Richard Burden" of "Labour MP for
    Birmingham Northfield Richard Burden", "Sir Guy Opperman" of "Tory MP for Hexham Sir Guy Opperman"; None where
    the words say no name for sure ("the Labour MP for Birmingham Hodge Hill": a place of three words).

    A title in the run opens the name. Else the name is the run's last two words, after a place of one word or more,
    or its last three where a first name of data/first_names.txt opens them ("Iain Duncan Smith" of "Tory MP for
    Chingford Iain Duncan Smith": a surname of two words, no hyphen), where the name proves one (such a first name,
    or a surname the document writes after a title, "Mr Burden"), or a seat or a minister's office with no article
    before it describes the name that follows as "Labour MP Richard Burden" does. Other offices are held "for" a
    body, whose name may be of three words ("spokesman for Rolls Royce Motor Cars")."""
    office = m.group("office").split()
    word = office[-3] if office[-2:] == ["of", "State"] and len(office) > 2 else office[-1]
    if word not in MEMBER_LETTERS and word.lower() not in _HOLDER_OFFICES:
        return None
    words = m.group("run").split()
    titles = [i for i, w in enumerate(words[1:-1], 1) if w.lower().rstrip(".") in HONORIFICS]
    # No seat's place ends in a listed first name: one there opens the name ("Chingford Iain Duncan Smith" was read
    # "Duncan Smith"), as a title does.
    named_first = (not titles and len(words) > 3 and words[-4] not in _PLACE_JOINS
                   and is_listed_first_name(fold_name(words[-3])))
    name = words[titles[-1]:] if titles else words[-3:] if named_first else words[-2:]
    place = words[:len(words) - len(name)]
    if not place or any(w in _PLACE_JOINS or w in _PLACE_WORDS or w.lower() in TITLE_WORDS
                        for w in name[bool(titles):]) or place[-1] in _PLACE_JOINS:
        return None
    if _holds_title(place[0]) or _holds_title(place[-1]):
        # Whom the office serves, not a place: "a spokesman for Sir John Smith", "for Prime Minister Tony Blair".
        return None
    who = " ".join(name)
    if titles:
        return who
    if not looks_like_person(who) or _body(who):
        return None  # "A spokesman for Tesco Stores Ltd said"
    sure = (named_first or first_name_sex(fold_name(name[0])) is not None
            or bool(people.titled_forms.get(surname(who))))
    seat = not m.group("article") and (word in MEMBER_LETTERS or word.lower() in _SEAT_OFFICES)
    return who if sure or seat else None


def _voice_of(m: re.Match[str]) -> str | None:
    """The speaker an unnamed voice's tag gives (`_VOICE`): the body it speaks for ("Network Rail" of "a spokesman
    for Network Rail"), or the source close to someone as written ("a source close to the minister"); None where
    whom it speaks for is a person ("a spokesman for Sir John Smith"), whom other patterns read."""
    if m.group("owner"):
        return f"{' '.join(m.group('owner').split())} {m.group('role')}"
    body = m.group("body")
    if body is None:
        voice = " ".join(m.group("voice").split())
        return voice[:1].lower() + voice[1:]
    words = body.rstrip(".").split()
    if (_holds_title(words[0]) or first_name_sex(fold_name(words[0])) is not None) and not _body(body):
        return None
    return " ".join(words)


def _holds_title(word: str) -> bool:
    """Whether a word is a title or an office a person is named with ("Sir", "Minister", "MP")."""
    return word in MEMBER_LETTERS or word.lower().rstrip(".") in HONORIFICS | OFFICE_WORDS


# Words for an office held "for" a place or a brief ("Labour councillor for Moss Side", "candidate for Hexham").
_HOLDER_OFFICES = OFFICE_WORDS | {"candidate"}
# Words that join a place's name ("Camberwell and Peckham", "Newcastle upon Tyne"), and words that open or end one
# ("Milton Keynes South", "Bury St Edmunds"): no person's name holds them.
_PLACE_JOINS = frozenset({"and", "&", "of", "the", "upon", "on"})
# A brief's words too ("Minister for Northern Ireland Affairs"); with `TITLE_WORDS` ("Health", "Transport").
_PLACE_WORDS = frozenset({"North", "South", "East", "West", "Central", "Mid", "St", "Saint", "Upper", "Lower",
                          "Great", "Greater", "Inner", "Outer", "Hill", "Green", "Park", "Forest", "Vale", "Affairs",
                          "Ireland", "Scotland", "Wales", "England", "Britain", "Europe", "London", "Sport",
                          "Industry", "Technology", "Development", "Employment", "Services"})
# Offices held for a seat or a brief, whose holder's name follows with no article before them as "Labour MP Richard
# Burden" does: "Tory MP for Hexham Guy Opperman", "Minister for London Glenda Jackson".
_SEAT_OFFICES = frozenset({"minister", "secretary", "councillor", "councilor", "candidate"})


def _owns(m: re.Match[str]) -> bool:
    """Whether a tag's name is an owner, whose relative speaks: "said horrified Connie's mother, Jean" (not
    Connie's words)."""
    return _POSSESSIVE_AFTER.match(m.string, m.end("who")) is not None


_POSSESSIVE_AFTER = rx.compile(r"['’](?:s\b|(?=\s+[a-z]))")  # "Connie's mother", "Mr Jones' wife"


# "told the court that <someone> was heard singing", "told the jury how he heard them shouting".
_REPORTED_SPEECH = rx.compile(
    r"\b(?:told|tells|informed)\s+(?:the\s+)?(?:court|jury|inquest|tribunal|hearing|magistrates|judge)\s+(?:that|how)\b"
    r"[^.!?“”\"]*\b(?:heard\s+\w+ing|heard\s+(?:him|her|them)\s+\w+ing|singing|chanting|shouting|screaming)\b[^.!?“”\"]*$")


def _not_a_person(before: str, m: re.Match[str]) -> bool:
    """Whether a tag's "he" is the end of "the" before a word for no person: "The court was told she cradled him
    ... saying:", "the airline said", "the source added" (the pronoun went to a man named before, the judge for a
    widow's words). "The consultant anaesthetist added:", "the former goalkeeper said" still stand for "he": a
    word for a person, whom the person named before is likely to be."""
    start = m.start("who") if "who" in m.re.groupindex and m.group("who") else -1
    if start <= 0 or m.group("who").lower() not in PRONOUNS or not before[start - 1].isalpha():
        return False
    words = re.findall(r"[a-z]+", before[m.end("who"):m.end("who") + 40])[:2]
    return not any(w in _PEOPLE_WORDS for w in words)


def _inside_a_name(before: str, m: re.Match[str]) -> bool:
    """Whether a tag's speaker is the end of a place's name: "Crescent" of "Littlebury, of Fairholm Crescent, Hayes,
    Middlesex, who was single, ... described them" (an address in apposition, whose first word `_NOT_A_PLACE`
    keeps from speaking)."""
    who = m.group("who") if "who" in m.re.groupindex else None
    if not who or who.lower() in PRONOUNS or _is_titled_name(before[m.start():m.end("who")].strip()):
        return False  # "Jailing Smith, of Hampton, South West London, Judge Michael Hyam said"
    start = m.start()  # the tag's, title and article included
    return start > 0 and _IN_A_PLACE.search(before, max(0, start - 60), start) is not None


# "of Fairholm Crescent ", or an address in apposition, its pieces too: ", of Fairholm Crescent, Hayes, " (not "The
# Recorder of London, Judge Michael Hyam": a title's place).
_IN_A_PLACE = rx.compile(r"(?:\b(?:of|from|in|at|near)\s+(?:[A-Z][\w'’-]*\s+)+"
                         r"|,\s*(?:of|from|in|at|near)\s+(?:[A-Z][\w'’-]*(?:\s+|\s*,\s*))+)$")


# Words for a person, which "the ... said" may stand for as "he said" does.
_PEOPLE_WORDS = (OFFICE_WORDS | PERSON_NOUNS | frozenset("""
    former consultant anaesthetist surgeon nurse pathologist midwife goalkeeper footballer striker player singer
    actor actress businessman businesswoman farmer pilot soldier teacher headmaster headteacher headmistress boss
    landlord tenant worker mp peer bishop vicar priest father mother widow widower victim defendant accused man
    woman boy girl teenager pensioner grandmother grandfather star tycoon millionaire chef driver
    """.split()))


_COLON_BEFORE = rx.compile(r":\s*$")


# A lowercase word right before a quote's opening mark: the quote runs on from the sentence's own words.
_IN_RUNNING_PROSE = rx.compile(r"[a-z]\s*$")


def _introduces_next(quote: Quote, after: str, end: int, introduced: bool = False, embedded: bool = False) -> bool:
    """Whether the tag found after a quote introduces what follows instead, with a colon: a cross-examination
    reported turn by turn ('Mr Carman went on: "And since when ...?" Mr Hamilton said: "Well, ..."'), where the
    question is the counsel's, not Mr Hamilton's. Only after a quote that ends its sentence, one a colon introduced
    (`introduced`), or one set in running prose (`embedded`) where the tag names someone, not "he" or "she":
    '"A," he said: "B."' is one speaker's."""
    if not after[end:].lstrip().startswith(":"):
        return False
    last = quote.text.rstrip(" ”’\"'")[-1:]
    return (bool(last) and last in "?!." or introduced
            or embedded and _PRONOUNS_OF_TAGS.isdisjoint(after[:end].lower().replace(",", " ").split()))


# The pronouns a tag gives a quote with ("she replied:").
_PRONOUNS_OF_TAGS = frozenset({"he", "she", "they", "i", "we"})


def _is_person_or_role(who: str, people: People) -> bool:
    """A speaker found away from the quote's own tag: a person (a full name, or a surname the document gives in
    full), "he"/"she", or an office; not a capitalised common word ("Officials", "Analysts")."""
    return looks_like_person(who) or who.lower() in PRONOUNS or is_role(who) or people.knows(who)


def _last_sentence(text: str) -> str:
    """The last sentence of a stretch of text."""
    ends = list(_SENTENCE_END.finditer(text))
    return text[ends[-1].end():] if ends else text


def _sayer_at(sentence: str, people: People) -> tuple[str | None, int]:
    """Who the sentence has say something, the last one if several ("Mendes said the backlog would clear" ->
    Mendes), and the offset in `sentence` of the speaker's words (None and -1 with none)."""
    found, at = None, -1
    for m in _SAYS_ANYWHERE.finditer(sentence):
        if _is_person_or_role(who := _named(m), people):
            found, at = who, m.start("who")
    return found, at


def _possessed(m: re.Match[str], people: People) -> tuple[str | None, bool]:
    """The speaker of a tag whose name follows a possessive (`_AFTER_VERB_POSSESSIVE`, `_AFTER_POSSESSIVE_VERB`): the
    name (`_kin_named` for a relative known by first name, whether a surname was added); None for one not named
    ("said Smith's lawyer"), or a body named by two names ("said her employer, Marks and Spencer": not "Marks")."""
    if (named := m.group("named")) and not m.group("pronoun"):
        return named, False  # "said Labour's John Smith"; not "said their Labour colleague"
    who = m.group("who")
    if not who or _AND_A_NAME.match(m.string, m.end("who")):
        return None, False
    return _kin_named(m, who, people)


# "and" or "&" and a capitalised word after a name: a body's name of two ("Marks and Spencer").
_AND_A_NAME = rx.compile(rf"\s+(?:and|&)\s+{UPPER}")


def _kin_named(m: re.Match[str], who: str, people: People) -> tuple[str, bool]:
    """A relative's first name alone as the tag writes it, and whether a surname was added to it: the owner's, for a
    relative who usually bears it (`_family_name`: "Mr Smith's wife Jane" is Jane Smith), else the first name as
    written ("said her husband, Tom" is not the one Tom the document names in full, maybe the arrested driver; "Mrs
    Jones's mother, Mary" is no Mary Jones). The surname added is a guess, which `_speakers_differ` sets aside."""
    if who != m.group("who") or len(who.split()) != 1:
        return who, False
    kin = _KIN_BEFORE.search(m.string, 0, m.start("who"))
    if kin is None or not kin.group("owner") or kin.group("the"):
        return who, False  # "her husband, Tom"; "the Queen's sister, Margaret": no Margaret Queen
    family = _family_name(kin.group("owner"), kin.group("kin").lower(), people)
    return (f"{who} {family}", True) if family else (who, False)


def _family_name(owner: str, kin: str, people: People) -> str | None:
    """The surname a relative (`kin`, "wife") named by first name alone bears from its owner ("Mr de Souza", "Brian"),
    or None: not for a relative who may not bear it (`_KIN_OF_A_MAN` and the like), nor from an owner named by a
    royal or noble title, an office or a body ("Prince Charles", "Queen", "President"), nor from a first name
    (the time a sentence opens with aside: "Yesterday Brian") unless the document names one person of that first
    name in full ("Brian's father, Ken" is Ken Hagland, not Ken Brian)."""
    owner = without_opening_words(owner)
    words = owner.split()
    title = words[0].lower().rstrip(".")
    if (title in ("the", "a", "an") or title in _NO_FAMILY_NAME or is_role(owner)
            or words[-1].lower() in TITLE_WORDS | OFFICE_WORDS | INSTITUTION_WORDS):
        return None
    shared = _KIN_OF_A_WIFE if title in _WIFE_TITLES else _KIN_OF_A_MISS if title == "miss" else _KIN_OF_A_MAN
    if kin not in shared:
        return None
    name = strip_title(owner)
    if name == owner and len(words) == 1 and (people.first_names.get(fold_name(name))
                                               or first_name_sex(fold_name(name))):
        full = people.named_by_first_name(name)
        if full is None:
            return None
        name = strip_title(full)
    names = name.split()
    # The particles a surname carries: "de Souza", "van der Merwe" (not Carlos Souza).
    particle = next((i for i, w in enumerate(names) if w[:1].islower()), None)
    return " ".join(names[particle:]) if particle is not None else names[-1]


def _named(m: re.Match[str]) -> str:
    """The speaker of a tag match: an office's name in apposition wins ("the minister, Toshimitsu Motegi, said");
    a person's affiliation after the name is not part of it ("Sarah Whitfield of GreenGrid Energy")."""
    who = m.group("who")
    appos = (m.groupdict().get("appos") or "").strip()
    if appos and is_role(who) and _FULL_NAME.fullmatch(appos):
        return appos
    if (appos and " " not in who and _FULL_NAME.fullmatch(appos) and looks_like_person(appos)
            and (who.isupper() or _OF_BEFORE.search(m.string, max(0, m.start("who") - 5), m.start("who")))):
        # the body's initials or the ministry the role is of, then the person: "El presidente de la CEOE, Antonio
        # Garamendi, lamentó", "El ministro de Defensa, Iván Velásquez, aseguró" (a quote checker's re-test: the
        # words were given to "CEOE" and "Defensa")
        return appos
    if relation := _RELATION_OF.search(m.string, 0, m.start("who")):
        # "the brother of Ian Brown, 39-year-old Neil, said": the name after the commas speaks, or, with none, the
        # relative ("the brother of Ian Brown said"), never the person they are named by
        named = _FULL_NAME.search(appos) if appos else None
        return named.group(0) if named else f"{relation.group(1).lower()} of {relation.group('first')}{who}"
    # A titled name between the commas is who speaks; what comes before it says who they are or where they were:
    # "The Recorder of London, Judge Michael Hyam, told him", "Writing from near St Mawes, Cornwall, Mr Prankerd,
    # 63, said".
    pieces = [appos, *(m.groupdict().get("more") or "").split(",")] if appos else []
    # Not a place's second part: "Connie Casey, 27, of Cricklewood, North London, said" (compass words open titles,
    # "North Korean leader", so "North London" read as a titled name and spoke).
    titled = [p.strip() for i, p in enumerate(pieces) if _is_titled_name(p.strip())
              and not (i and _PLACE_PIECE.match(pieces[i - 1])) and not _COMPASS.match(p.strip())]
    if titled and not _is_titled_name(who):
        return titled[-1]
    if (cut := _without_affiliation(who)) != who:
        return cut
    return lower_title(who) if who[:1].islower() else who


def _without_affiliation(who: str) -> str:
    """A person's name without where they work or live after it ("Sarah Whitfield of GreenGrid Energy": Sarah
    Whitfield); anything else as it is."""
    cut = _AFFILIATION.match(who)
    return cut.group(1) if cut and looks_like_person(cut.group(1)) else who


# A relative named by the person they are related to: "the brother of", "the mother of", "the widow of".
_RELATION_OF = rx.compile(r"\b(brother|sister|mother|father|son|daughter|wife|husband|widow|widower|partner|"
                          r"fiancée?|uncle|aunt|cousin|niece|nephew|grandmother|grandfather|grandson|granddaughter|"
                          r"parents|family|relatives)\s+of\s+(?:the\s+late\s+)?(?P<first>(?:(?-i:[A-Z])[\w’'-]*\s+){0,3})$",
                          re.I)
_PLACE_PIECE = rx.compile(r"\s*(?:of|from|in|at|near)\s", re.I)
_COMPASS = rx.compile(r"(?:north|south|east|west)(?:[\s-]|$)", re.I)


def _is_titled_name(text: str) -> bool:
    """A name with an honorific or a title in front ("Mr Prankerd", "Judge Michael Hyam"), not a title alone."""
    words = text.split()
    return (len(words) >= 2 and words[0].lower().rstrip(".") in HONORIFICS | TITLE_WORDS
            and _FULL_NAME.fullmatch(text) is not None and words[-1].lower().rstrip(".") not in TITLE_WORDS)


# A person's name, then where they work: "Sarah Whitfield of GreenGrid Energy", "Jane Doe from the council".
_AFFILIATION = rx.compile(r"^(\S+(?:\s+\S+)+?)\s+(?:of|from|at)\s+(?:the\s+)?[A-Z]")


# Right after a verb whose object is whom the words were said to ("told Smith"; not "said Smith 'was a liar'").
_TELLS = "(?:" + "|".join(f"(?<={verb})" for verb in _TELLING_VERBS) + ")"
# A tag inside a quotation, right before the quote it introduces: "He said:", "I said to him:", "He was saying:",
# "He told me", "Guscott kept shouting,", "Pike told Smith:", "Pike shouted at Mr Smith:" (whom the words were said
# to is not who said them).
_INNER_TAG = rx.compile(
    rf"(?<![\w’'-])(?P<who>I|[Ww]e|[Hh]e|[Ss]he|{_NOT_SPEAKER}{NAME})\s+(?:[a-z]+ly\s+)?"
    rf"(?:(?:was|were|kept|just|then|had|would|did|has)\s+)?(?:{_VERB}|say(?:ing)?|told|tell(?:ing)?|shout(?:ing)?"
    r"|scream(?:ing)?|yell(?:ing)?|ask(?:ed|ing)?|repl(?:ying|y)|swor(?:e|ing))"
    rf"(?:\s+(?:to\s+|at\s+)?(?:me|him|her|us|them|you|the\s+\w+)|\s+(?:to|at)\s+{NAME}|{_TELLS}\s+{NAME})?"
    r"\s*[:,]?\s*$")
# Quote marks inside a quotation: curly singles, straight singles or `...' (wire copy's ``...'' holds these),
# curly doubles.
_INNER_OPEN = rx.compile(r"(?<![\w’'`])[‘'“`](?=[\w‘'“`])")
_INNER_CLOSE = rx.compile(r"(?<=[\w.,!?;:…*-])[’'”](?=$|[\s,.;:!?)\]—–’'”-])")


def _inner_quotes(text: str, outer: Quote) -> list[tuple[Quote, str]]:
    """The quotes a quotation holds that a tag inside it introduces, with the tag's speaker as written ("I", "he",
    "Guscott"): a witness's account of what was said to him. Untagged marks inside (a word someone used, a name)
    are part of the quote only."""
    marks = sorted([(m.start(), True) for m in _INNER_OPEN.finditer(text, outer.start + 1, outer.end)]
                   + [(m.start(), False) for m in _INNER_CLOSE.finditer(text, outer.start + 1, outer.end)])
    if not any(opening for _, opening in marks):
        return []
    found: list[tuple[Quote, str]] = []
    for start, end, depth in _paired_marks(marks)[0]:
        if depth:
            continue  # a quote in a quote in the account: part of the quote it stands in
        lead = _last_sentence(text[outer.start + 1:start])
        if (m := _INNER_TAG.search(lead)) and _word_count(words := _inner(text, start, end)) >= MIN_QUOTE_WORDS:
            found.append((Quote(words, outer.paragraph, start, end, within=outer), m.group("who")))
    return found


def _inner_speaker(who: str, people: People, common: Container[str]) -> str | None:
    """The speaker an inner tag names: "I" or "we" (the account's teller, resolved later), "he"/"she", or a person
    or role, without the word that opened the witness's sentence ("Then Pike said:" is Pike's, whom the document
    may name in full; `common`: the words it writes in lowercase); None for anything else ("Another said:")."""
    if who in ("I", "We", "we") or who.lower() in PRONOUNS:
        return who
    if not _is_person_or_role(who, people):
        return None
    return _without_opening_word(who, common)


def extract_quotes(paragraphs: Sequence[Paragraph], sentences: Sequence[Sentence]) -> list[Quote]:
    """Every direct quotation of a document, with its speaker and the sentence it starts in.

    Args:
        paragraphs: the document's cleaned paragraphs (`Document.cleaned.paragraphs`).
        sentences: its sentences (`Document.sentences`, possibly cut to `max_sentences`).

    Returns:
        Quotes of at least `MIN_QUOTE_WORDS` words in reading order. `speaker` is the fullest name the document
        uses for the person ("he"/"she" resolved to the person named last before the quote), or None.
    """
    texts = [_quote_marks(p.text) for p in paragraphs]
    titles = [titles_in(t) for t in texts]  # read once for the offices and the titled surnames
    people = People([pair for t, found in zip(texts, titles, strict=True) for pair in titled_people(t, found)])
    people.mention(texts, titles)
    common = LazyWords(texts)  # the words the document writes in lowercase somewhere
    for t in texts:
        # (a verb of saying first: the tag's pattern is tried at every capital, and many paragraphs hold no such verb)
        if not any(verb in t for verb in _SAYS_VERBS):
            continue
        for m in _SAYS.finditer(t):
            if looks_like_person(m.group("who")) and not _HOLDS_FOR.search(t, 0, m.start()):
                # Not a seat's place run on into the name ("Labour MP for Birmingham Northfield Richard Burden
                # said"): the name the tag reads (`_holder_for`) is noted when its quote's speaker is.
                people.add(_without_opening_word(m.group("who"), common) or m.group("who"))
    raw: list[tuple[Quote, str | None]] = []
    outer: list[tuple[Quote, str | None]] = []  # raw without the quotes within quotes
    for p_index, text in enumerate(texts):
        quotes = _quotes_in_paragraph(text, p_index)
        for i, q in enumerate(quotes):
            prev_end = quotes[i - 1].end + 1 if i else 0
            next_start = quotes[i + 1].start if i + 1 < len(quotes) else len(text)
            who, tagged = _speaker(text, q, prev_end, next_start, people)
            if not q.unnamed_voice:  # (a body's voice gives its name whole: "Rail Delivery Group", "rail" or not)
                who = _without_opening_word(who, common)
            if _untagged_title(text, q.start, q.end, q.text):
                continue
            if who is None and not tagged:
                who = _running_speaker(texts, p_index, q, quotes[i - 1] if i else None, outer, people)
                q.named = False
            elif who is None or is_role_phrase(who):
                q.unnamed_voice = bool(_UNNAMED_VOICE.search(text, q.end, min(len(text), q.end + 60))
                                       or _UNNAMED_VOICE.search(text, max(0, q.start - 60), q.start))
            if (who and who.split()[0].lower() not in PRONOUNS and not who.startswith(_GENERIC_BODY)
                    and who != DROPPED_SUBJECT and not is_role_phrase(who)):
                people.add(who)
            raw.append((q, who))
            outer.append((q, who))
            if "‘" in q.text or "'" in q.text or "“" in q.text:
                raw.extend((inner, _inner_speaker(tag, people, common)) for inner, tag in _inner_quotes(text, q))
    raw = _continued(raw, texts)
    people.expand(texts)
    starts = _sentence_starts(texts, sentences, [p.text for p in paragraphs])
    result: list[Quote] = []
    person: dict[str | None, bool] = {}  # whether each speaker is named as a person (`_person_named`)
    titled: list[str] | None = None  # what follows a title in the document: read once, when first needed
    # the last quote given by "he" or "she" (or a dropped subject, None), and to whom
    last_pronoun: tuple[str | None, str | None, Quote] | None = None
    last_named: Quote | None = None  # the last quote its own tag gives to a person by name
    nearby: dict[int, frozenset[str]] = {}  # each paragraph's capitalised words (`Quote.nearby`)
    for q, who in raw:
        if _word_count(q.text) < MIN_QUOTE_WORDS:
            continue
        text = texts[q.paragraph]
        own = q.within is not None and who in ("I", "We", "we")
        if own:
            # "I said: '...'" in a witness's account: the witness's own words, as he reports them
            q.teller = who == "I"  # "we" may be the teller and the man another text names
            who = q.within.speaker
        if who and (who == DROPPED_SUBJECT or who.split()[0].lower() in PRONOUNS):
            q.named = False
            # a dropped subject is of either sex: no pronoun to rule anyone out
            pronoun = None if who == DROPPED_SUBJECT else who.split()[0].lower()
            # The few paragraphs before: a pronoun does not reach further back in news prose.
            tag_p, tag_at = q.tag_at or (q.paragraph, q.start)
            before = texts[tag_p][max(0, tag_at - PRONOUN_CHARS):tag_at]
            earlier = "\n".join(texts[max(0, tag_p - PRONOUN_REACH):tag_p])[-PRONOUN_CHARS:]
            # A tag inside another's quotation is that speaker's report of a third person's words ('Mr Jones said:
            # `He continued ... I said to him: `A.' He was saying: `B.'': "he" is not Mr Jones).
            enclosing = ([q.within.speaker] if q.within is not None and q.within.speaker
                         else [result[-1].speaker] if q.tag_at is None and result
                         and result[-1].paragraph == q.paragraph and result[-1].speaker
                         and inside_quotation(text, q.start)
                         and _OWN_PRONOUN_TAG.search(text, max(0, q.start - 80), q.start) else [])
            if last_pronoun and _same_referent(last_pronoun, pronoun, q, texts, people) and (
                    not enclosing or last_pronoun[1] not in enclosing):
                # '..., she added: "A."' then '"B," she said.': the same person, whoever was named before.
                who = last_pronoun[1]
            elif (last_named is not None and q.tag_at is None and q.within is None and not enclosing
                  and _follows_named(last_named, pronoun, q, texts, people)):
                # '"A," said Labour Minister Jane Smith at a news conference.' then '"B," she added.': the speaker
                # of the quote right before, no one else named between, as plainly hers as a sentence about her (a
                # wire desk's re-test: the tag's name after its verb was no sentence's subject, so "she" was no one
                # and a paper giving "B" to another person went unseen).
                who, q.plain_referent = last_named.speaker, True
            else:
                who = people.last_mentioned(before, earlier, pronoun=pronoun, quote=q.text, exclude=enclosing)
                if q.tag_at is None and q.within is None and not enclosing and (
                        plain := _plain_referent(before, earlier, pronoun, q.text, people)):
                    # The person the sentence right before is about, though no tag named them and `last_mentioned`
                    # knows only those a tag or a title names (an election desk: "Lopez declared victory ..." then
                    # '"This is a win ...," she said.' went to Reyes, who had conceded in the paragraph before).
                    who, q.plain_referent = plain, True
            if q.within is None:  # a pronoun inside an account is the account's, not the text's next "he"
                last_pronoun = (pronoun, who, q)
        elif who and who.startswith(_GENERIC_BODY) and who[len(_GENERIC_BODY):] in _BODY_KINDS:
            # "the company said": the body of that kind the text named before, else the phrase
            who = _body_of_kind(who[len(_GENERIC_BODY):],
                                "\n".join(texts[:q.paragraph]) + "\n" + texts[q.paragraph][:q.start])
        elif who and _ORG.search(who):
            who = re.sub(r"^(?:The|A)\s+", "", who)
        elif who and is_role_phrase(who):
            pass  # "an air traffic controller": as the tag writes it, no person to look up
        elif who and not _COUPLE_RE.fullmatch(who):
            q.written = who.split()[0] if q.surname_assumed else who
            who = people.canonical(who)
            if q.within is not None and len(who.split()) == 1:
                # "Pike said:" inside an account: the Gary Pike the document names (a tag inside a quotation is no
                # speaker `People` was told of, and no fuller form of its name was looked for)
                who = people.named_in_full(who, common) or who
        if q.within is not None:
            # Only a tag inside the account that names a person ("Pike said:") names the words' speaker as surely
            # as a quote's own tag: "I said:" is the teller's by the account's tag, "He said:" a guess.
            q.named = q.named and not own
            if not own and who and (q.within.speaker and same_speaker(who, q.within.speaker)
                                    or who.split()[-1] in ("I", "We")):
                # the words the account quotes are another's: unknown beats the teller (or "Then I", a sentence's
                # opening read as a name)
                who = None
        q.speaker = who
        if q.paragraph not in nearby:  # once a paragraph: a transcript of one 3 MB line has thousands of quotes
            nearby[q.paragraph] = frozenset(fold_name(w) for w in _CAPITALISED.findall(text))
        q.nearby = nearby[q.paragraph]
        if q.named and q.within is None and who:
            lo = max(0, q.start - _LEAD_IN_CHARS)
            # a sentence's end, then a capital or the quote's own mark (French «, German „, which `_SENTENCE_END`
            # does not know)
            ends = [m.end() for m in _LEAD_IN_END.finditer(text, lo, q.start)
                    if (c := text[m.end():m.end() + 1]).isupper() or c in _OPENING_MARKS]
            q.lead_in = frozenset(fold_name(w) for w in _CAPITALISED.findall(text, ends[-1] if ends else lo, q.start))
        q.addressee = _addressee(text, q, who) if who else None
        q.said_to = _said_to(text, q)
        if who not in person:
            if titled is None and who and not _named_in_full(who):
                titled = _after_titles(texts)
            person[who] = _person_named(who, titled or [])
        # (an organisation's unnamed voice is no person, though the tag gives its body's name: "Network Rail")
        q.person = person[who] and not q.unnamed_voice
        # A quote joined to one with no words (a paragraph's last mark opening it) starts with a space, stripped here.
        lead = len(q.text) - len(q.text.lstrip())
        q.sentence_starts = [(max(0, at - lead), i) for at, i in _sentences_in(q, texts, starts)]
        q.sentence = q.sentence_starts[0][1] if q.sentence_starts and q.sentence_starts[0][0] == 0 else None
        q.text = q.text.rstrip(",").strip()
        q.tokens = surface_tokens(q.text, close_prefixes=True)
        q.stems = frozenset(content_stems(q.tokens))
        result.append(q)
        if q.named and q.within is None and q.person and who and not q.surname_assumed:
            last_named = q
    return result


def _follows_named(previous: Quote, pronoun: str | None, quote: Quote, texts: Sequence[str], people: People) -> bool:
    """Whether a "he"/"she" quote is the next words of the person the quote before it names (`previous`): in the
    same or the next paragraph, the pronoun fitting that person's sex (by the document or a first name), and no other
    person named between the two (a first and last name, a titled surname, or one the document knows)."""
    who = previous.speaker or ""
    if quote.paragraph - previous.paragraph not in (0, 1) or not people.fits(who, pronoun):
        return False
    first = strip_title(who).split()[0] if " " in strip_title(who) else ""
    if pronoun and first and (sex := first_name_sex(fold_name(first))) is not None and sex != pronoun:
        return False
    if quote.paragraph == previous.paragraph:
        between = texts[quote.paragraph][previous.end + 1:quote.start]
    else:
        between = texts[previous.paragraph][previous.end + 1:] + "\n" + texts[quote.paragraph][:quote.start]
    key = surname(who)
    return not any(surname(m.group(0)) != key
                   and (looks_like_person(m.group(0)) or people.knows(m.group(0)) or _is_titled_name(m.group(0)))
                   for m in _FULL_NAME.finditer(_without_quotations(between)))


# How far back a quote's sentence is read for whom its tag reports (`Quote.lead_in`): a long sentence of reported
# speech ("Mr Browne said Al Fayed claimed lobbyist Mr Greer was a homosexual, telling Mr Hitchen:") fits.
_LEAD_IN_CHARS = 300
_LEAD_IN_END = rx.compile(r"[.!?][\"”’»)]*\s+")
_OPENING_MARKS = "\"“«„‘'`"


# A tag of its own right before a quote, with "he" or "she" as a word (not the end of "the driver"): 'He was
# saying: `'.
_OWN_PRONOUN_TAG = rx.compile(rf"\b(?:[Hh]e|[Ss]he)\b(?:\s+[a-z]+){{0,2}}?\s+(?:{_VERB}|[a-z]+ing)\b[^.!?“”\"]*$")


def _plain_referent(before: str, earlier: str, pronoun: str | None, quote: str, people: People) -> str | None:
    """The one person a "he"/"she" quote can be by the sentence right before it (in its paragraph, else the
    paragraph before): the sentence opens with the person's name (a few capitalised words before the surname: a
    first name, a party, a title), names no other person the document knows, and the document names the person in
    full; not a person the quote itself names, nor one the document gives the other sex. None otherwise."""
    text = before.strip() or (earlier.rsplit("\n", 1)[-1].strip() if earlier else "")
    if not text or text[-1] not in ".!?\"”’'":
        return None  # the text before the quote is no finished sentence ("She said: ")
    prior = _last_sentence(text)
    # The role, then the name between commas, as agencies open a story: "El presidente del Gobierno, Pedro Sánchez,
    # aseguró ...", "Le Premier ministre, François Bayrou, a exclu ..." (a wire desk's re-test: EFE's '«...», dijo.'
    # after it had no speaker, "El" read as the name). The comma first: few sentences open so.
    opening = ((_APPOSED_NAME.match(prior) if "," in prior[:80] else None)
               # "La secrétaire générale de la CGT Sophie Binet a dénoncé ...": the role in lowercase after its
               # article, then the name (a quote checker's re-test: '"...", a-t-elle ajouté' had no sure speaker,
               # and a paper giving the words to another went unseen). The article first: few sentences open so.
               or (_ROLE_OPENING.match(prior) if prior[:3] in _ROLE_ARTICLES or prior[:2] in ("L'", "L’") else None)
               or _OPENING_NAME.match(prior))
    if opening is not None and (office := _OFFICE_AFTER.match(prior, opening.end(1))) and (
            office.group(1) in OFFICE_WORDS or office.group(1) in OTHER_OFFICE_WORDS):
        # "Opposition leader Mark Jones criticised the plan": a capitalised word, then an office, then the name (a
        # fact-checker's re-test: the quote was read as "Opposition"'s, and so as no one's)
        opening = _OPENING_NAME.match(prior, office.end())
    if opening is None:
        return None
    last = opening.group(1)
    full = people.full.get(surname(last)) or people.named_in_full(last)
    if (not full or not looks_like_person(full) or not people.fits(full, pronoun)
            or re.search(rf"\b{re.escape(last)}\b", quote)):
        return None
    key = surname(full)
    if any(surname(w) != key and people.knows(w) for w in _CAPITALISED_WORD.findall(prior)):
        return None
    return people.canonical(full)


# A sentence's opening role after its article, in lowercase words, then capitalised words, the last of them taken for
# a surname: "La secrétaire générale de la CGT Sophie Binet a dénoncé", "El portavoz del PP Miguel Tellado criticó".
_ROLE_ARTICLES = frozenset({"La ", "Le ", "El ", "Il ", "Lo "})
_ROLE_OPENING = rx.compile(rf"(?:La|Le|L['’]|El|Il|Lo)\s*[a-zà-ÿ][\w'’-]*(?:\s+[a-zà-ÿ][\w'’-]*){{0,6}}"
                           rf"\s+(?:[dl]['’])?(?:{UPPER}[\w'’-]*\s+){{0,3}}({UPPER}[\w'’-]+)\s+[a-z]")
# A sentence's opening capitalised words, the last of them taken for a surname ("Democrat Ana Lopez declared").
_OPENING_NAME = rx.compile(rf"(?:{UPPER}[\w'’.-]*\s+){{0,3}}({UPPER}[\w'’-]+)\s+[a-z]")
_CAPITALISED_WORD = rx.compile(rf"\b{UPPER}[\w'’-]+")
# A sentence's opening role, a few words of which the first is capitalised ("El presidente del Gobierno", "The
# foreign minister"), then a name between commas, its last capitalised word taken for the surname, then a lowercase
# word ("Pedro Sánchez, aseguró", "Luis de la Fuente, se mostró").
_APPOSED_NAME = rx.compile(rf"{UPPER}[\w'’]*(?:\s+[\w'’-]+){{0,5}},\s+{UPPER}[\w'’-]*"
                           rf"(?:\s+{UPPER}[\w'’-]*)*?"
                           rf"\s+(?:(?:de|del|la|las|los|di|da|do|dos|van|von|der|le)\s+)*({UPPER}[\w'’-]+),\s+[a-z]")
# A lowercase word after a sentence's opening capitalised words, for an office (`OFFICE_WORDS`).
_OFFICE_AFTER = rx.compile(r"\s+([a-z]+)\s+")


def _same_referent(last: tuple[str | None, str | None, Quote], pronoun: str | None, quote: Quote, texts: Sequence[str],
                   people: People) -> bool:
    """Whether a quote given by `pronoun` is by the person the last such quote was given to: the same pronoun, in
    the same or the next paragraph, and no person named between the two quotes (a first and last name, a titled
    surname, or a person the document knows; places may be: "From the witness box at London's Law Courts, he
    told the jury:")."""
    said, who, previous = last
    if who is None or said != pronoun or quote.paragraph - previous.paragraph not in (0, 1):
        return False
    # From after the last quote's closing mark to the opening mark of this one.
    if quote.paragraph == previous.paragraph:
        between = texts[quote.paragraph][previous.end + 1:quote.start]
    else:
        between = texts[previous.paragraph][previous.end + 1:] + "\n" + texts[quote.paragraph][:quote.start]
    return not any(looks_like_person(m.group(0)) or people.knows(m.group(0)) or _is_titled_name(m.group(0))
                   for m in _FULL_NAME.finditer(_without_quotations(between)))


def _without_quotations(text: str) -> str:
    return _QUOTATION.sub(" ", text)


def _continued(raw: list[tuple[Quote, str | None]], texts: Sequence[str]) -> list[tuple[Quote, str | None]]:
    """Quotations that run over paragraphs as one: a quote left open at its paragraph's end, and the next
    paragraph opening with a quote that names no speaker of its own (wire copy marks a long quotation per
    paragraph: ``...  then ``...'' closes only the last). Read paragraph by paragraph, a paper quoting it whole
    seemed to add the second paragraph's words to the first."""
    out: list[tuple[Quote, str | None]] = []
    last: Quote | None = None  # the last paragraph's part of the quotation `joined_to` ends with
    joined_to: Quote | None = None
    for q, who in raw:
        if q.within is not None:
            if q.within is last and last is not joined_to:
                q.within = joined_to  # its account's paragraph was joined to the quotation it goes on with
            out.append((q, who))  # a quote within a quote: its account runs on, not it
            continue
        if joined_to is not None and last is not None and last.end >= len(texts[last.paragraph].rstrip()) and (
                q.paragraph == last.paragraph + 1 and not texts[q.paragraph][:q.start].strip()
                and (who is None or not q.named)):
            shift = len(joined_to.text) + 1
            joined_to.pieces = [*joined_to.stretches(), *((shift + at, *span) for at, *span in q.stretches())]
            joined_to.text = f"{joined_to.text} {q.text}"
            last = q
            continue
        out.append((q, who))
        last = joined_to = q
    return out


# With the words that open a witness's next step, no first name's ("Then Pike said:").
_WHEN_WORDS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday",
                         "today", "tonight", "earlier", "later", "afterwards", "then", "now"})


def _without_opening_word(who: str | None, common: Container[str]) -> str | None:
    """A speaker found at a sentence's start without the capitalised word that opened the sentence: "Later Mr
    Roberts" is Mr Roberts, "Unemployed Mark Lloyd" Mark Lloyd, when the document writes that word in lowercase
    elsewhere or it is a function word ("Then"). Two words stay as they are ("Bill Goreham", "Will Smith": a first
    name is often a word too) unless the first is a day or time ("Tuesday Mr Hamilton") or reads as a description
    ("Tearful Connie", "Sad Richard", `describes_person`); a participle the document writes in lowercase too
    ("Sentencing Hobbs, who ..., the judge said"; not "Channing Tatum") is no name: None. One such word
    alone ("Workmates said") names nobody: None."""
    words = (who or "").split()
    if (len(words) == 1 and words[0][:1].isupper() and words[0].lower() not in PRONOUNS
            and words[0].strip(",.").lower() in common):
        return None  # "Workmates said": a common word opening the sentence, no one's name
    if len(words) < 2 or not words[0][:1].isupper():
        return who
    first = words[0].strip(",.").lower()
    described = describes_person(first) or (first.endswith("ing") and first in common)
    if first in _WHEN_WORDS or described:
        # "On Tuesday Mr Hamilton", "Tearful Connie", "Sentencing Hobbs, who ..., the judge said": a time or a
        # description opening the sentence, never a first name.
        return None if first.endswith("ing") else " ".join(words[1:])
    if len(words) < 3:
        return who
    if first in HONORIFICS or first in TITLE_WORDS or (first not in stopwords() and first not in common):
        return who
    return " ".join(words[1:])


def _running_speaker(texts: Sequence[str], p_index: int, quote: Quote, previous: Quote | None,
                     raw: Sequence[tuple[Quote, str | None]], people: People) -> str | None:
    """The speaker of a quote its own sentence gives none, carried on from the text just before it.

    A quote that goes on after its tag (`"A," Motegi said. "B."`) keeps the same speaker; so does a quote after a
    sentence that has someone say something (`Mendes said the backlog would clear. "We ..."`), and a quote opening
    a paragraph right after one that ends with a quote or such a sentence (a quote running over paragraphs).
    """
    text = texts[p_index]
    last = raw[-1] if raw else None
    if previous is not None:
        # Only the words between the two quotes can hand the second one to someone else.
        between = text[previous.end + 1:quote.start]
        sentence = _last_sentence(between)
        who, at = _sayer_at(sentence, people)
        if who and inside_quotation(text, at := previous.end + 1 + len(between) - len(sentence) + at):
            # Words between two quotes that are themselves inside a quotation (single marks nested in single
            # marks, read flat): a witness's account goes on ('Mr Jones told the jury: `... He said: `Don't take
            # liberties.'' `I said: `...''): the quote is the account's, whoever "he" is.
            named = [w for q, w in raw if q.paragraph == p_index and w and w.split()[0].lower() not in PRONOUNS]
            if named:
                return named[-1]
        elif who:
            quote.tag_at = (p_index, at)
        return who or (last[1] if last else None)
    if before := text[:quote.start].strip():
        sentence = _last_sentence(before)
        who, at = _sayer_at(sentence, people)
        if who and not inside_quotation(text, at := len(before) - len(sentence) + at + len(text) - len(text.lstrip())):
            quote.tag_at = (p_index, at)
        return who
    if p_index == 0 or not texts[p_index - 1].strip():
        return None
    prior = texts[p_index - 1].rstrip()
    tail = _last_sentence(prior)
    if last and last[0].paragraph == p_index - 1 and last[0].end >= len(prior) - len(tail) - 1:
        # The paragraph before ends with a quote (or its tag): this one goes on with it. Unless that quote was one
        # its speaker's account quoted (its mark inside an open quotation): the account goes on, not the words in it.
        if inside_quotation(prior, last[0].start):
            named = [w for q, w in raw if p_index - 4 < q.paragraph < p_index and w
                     and w.split()[0].lower() not in PRONOUNS and not inside_quotation(texts[q.paragraph], q.start)]
            if named:
                return named[-1]
        return last[1]
    who, at = _sayer_at(tail, people)
    if who and not inside_quotation(prior, at := len(prior) - len(tail) + at):
        quote.tag_at = (p_index - 1, at)
    return who


def _sentence_starts(texts: list[str], sentences: Sequence[Sentence], written: Sequence[str]
                     ) -> dict[int, list[tuple[int, int]]]:
    """Per paragraph, (character offset, sentence index) of each of its sentences; `written` are the paragraphs as
    written, `texts` with their quotation marks read (`_quote_marks`, which keeps offsets)."""
    starts: dict[int, list[tuple[int, int]]] = {}
    cursor: dict[int, int] = {}
    for s in sentences:
        text = texts[s.paragraph] if s.paragraph < len(texts) else ""
        pos = cursor.get(s.paragraph, 0)
        found = text.find(_quote_marks(s.text)[:40], pos)
        if found < 0 and s.paragraph < len(written):
            # A sentence's marks read alone can differ from the paragraph's ("Why should he start now?'" closes
            # nothing by itself): as written, then (METER: all 137 of 13,643 sentences not found the first way).
            found = written[s.paragraph].find(s.text[:40], pos)
        if found < 0:
            # Segmentation moved a closing quote across the boundary: fall back to the running position.
            found = pos
        starts.setdefault(s.paragraph, []).append((found, s.index))
        cursor[s.paragraph] = found + max(1, len(s.text) - 2)
    return starts


def _sentence_at(starts: list[tuple[int, int]], offset: int) -> int | None:
    """The sentence an offset of its paragraph falls in (`starts` are in order of offset)."""
    # A quote's opening mark may sit just before its sentence's first letter.
    at = bisect_right(starts, offset + 1, key=lambda start: start[0])
    return starts[at - 1][1] if at else None


def _sentences_in(quote: Quote, texts: Sequence[str], starts: dict[int, list[tuple[int, int]]]
                  ) -> list[tuple[int, int]]:
    """(offset in the quote's text, sentence index) of each sentence its stretches' words open in or run into."""
    out: list[tuple[int, int]] = []
    for at, paragraph, start, end in quote.stretches():
        text, in_paragraph = texts[paragraph], starts.get(paragraph, [])
        # From its first word: a closing mark read as an opening one ends its sentence, the words after it are the
        # next sentence's.
        if not (m := _WRITTEN_WORD.search(text, start + 1, end)):
            continue  # no words: a paragraph's last mark, the quotation going on in the next paragraph
        opening = m.start()
        if (first := _sentence_at(in_paragraph, opening)) is not None:
            out.append((at, first))
        # Only the sentences inside the stretch (a transcript of one 3 MB line has thousands of quotes and
        # sentences), each at its first word: the text holds the stretch's words one space apart (`_inner`).
        k = bisect_right(in_paragraph, opening + 1, key=lambda start: start[0])
        if k == len(in_paragraph) or in_paragraph[k][0] >= end:
            continue
        in_text = at
        for word in _WRITTEN_WORD.finditer(text, opening, end):
            while k < len(in_paragraph) and in_paragraph[k][0] <= word.start():
                out.append((in_text, in_paragraph[k][1]))
                k += 1
            if k == len(in_paragraph) or in_paragraph[k][0] >= end:
                break
            in_text += len(word.group()) + 1
    return out


# A word as written: what `_inner` keeps between single spaces.
_WRITTEN_WORD = rx.compile(r"\S+")


def quote_similarity(a: Quote, b: Quote) -> float:
    """How likely two quotes are renderings of one statement, in [0, 1].

    Mostly the overlap of content stems relative to the shorter quote, scaled by the square root of the quotes'
    length ratio (so a short quote sharing a few topic words with a long one is not taken for a rendering of it)
    and halved when they share fewer than two content words; the word-level match over normal-form words
    (rapidfuzz indel ratio) adds a little. Function words alone ("I have never ... a show in my life") do not
    make two statements one.
    """
    from rapidfuzz.distance import Indel

    words = Indel.normalized_similarity(a.tokens, b.tokens)
    sa = a.stems or frozenset(content_stems(a.tokens))
    sb = b.stems or frozenset(content_stems(b.tokens))
    if not sa or not sb:
        return words
    shared = len(sa & sb)
    short, long = sorted((len(sa), len(sb)))
    overlap = shared / short * (short / long) ** 0.5
    if shared < 2:
        overlap *= 0.5
    return 0.85 * overlap + 0.15 * words


def _one_word_apart(target: Quote, source: Quote, indel: Any) -> bool:
    """Whether two quotes differ by one word, changed, added or left out ("Absolutely no chance" -> "Absolutely no
    way"): a short quote's misquote, which `ALIGNED_MIN_WORDS` misses (two words of three in order is 0.67)."""
    t, s = target.tokens, source.tokens
    # Lengths first: most candidates differ by more words than that, and need no alignment of their words.
    return (abs(len(t) - len(s)) <= ONE_WORD_APART
            and indel.distance(t, s, score_cutoff=ONE_WORD_APART) <= ONE_WORD_APART)


def _one_speaker(target: Quote, source: Quote) -> bool:
    """Whether both texts name a speaker for the quotes, and the same one (`same_speaker`; unknown is no one)."""
    return (bool(target.speaker) and bool(source.speaker) and target.speaker.lower() not in PRONOUNS
            and source.speaker.lower() not in PRONOUNS and same_speaker(target.speaker, source.speaker))


def _excerpt(target: Quote, source: Quote, indel: Any) -> bool:
    """Whether a target quote is a cut excerpt of a longer source quote: at least EXCERPT_MIN_WORDS words, that
    share of them in the source quote's order ("It is inevitable that whoever was second to be killed ..." from a
    counsel's speech of twelve sentences, leaving out "assuming, as appears to be the case, ..."). Similarity weighs
    a long quote down by its length, and the excerpt was reported as a new quote."""
    t, s = target.tokens, source.tokens
    if len(t) < EXCERPT_MIN_WORDS or len(s) <= len(t):
        return False
    in_order = (len(t) + len(s) - indel.distance(t, s)) / 2  # the longest run of the target's words in order
    return in_order >= EXCERPT_MIN_SHARE * len(t)


# A word that ends a sentence: a full stop, question or exclamation mark, and any closing marks after it.
_ENDS_SENTENCE = rx.compile(r"[.!?…][\"'”’)\]]*$")


@dataclass
class _Words:
    """A source quote's words as written (character spans of its text) and their normal-form tokens, each token
    pointing at the written word it came from, so an alignment of tokens can be cut back out of the text."""

    spans: list[tuple[int, int]]
    tokens: list[str]
    word_of: list[int]
    # Where the quote's text holds the words of quotes within it (`Quote.within`): those are quotes of their own.
    inner: list[tuple[int, int]]


def _written_words(quote: Quote, inner: Sequence[Quote]) -> _Words:
    """A quote's `_Words`; `inner` are the quotes within it."""
    spans = [m.span() for m in re.finditer(r"\S+", quote.text)]
    tokens: list[str] = []
    word_of: list[int] = []
    for k, (a, b) in enumerate(spans):
        toks = surface_tokens(quote.text[a:b], close_prefixes=True)
        tokens += toks
        word_of += [k] * len(toks)
    held = [(at, at + len(q.text)) for q in inner if (at := quote.text.find(q.text)) >= 0]
    return _Words(spans, tokens, word_of, held)


def _sentence_shaped(quote: Quote) -> bool:
    """Whether a quote reads as whole sentences: it opens with a capital or a digit and ends one."""
    text = quote.text.lstrip("\"'“‘`(…. ")
    return bool(text) and (text[0].isupper() or text[0].isdigit()) and bool(_ENDS_SENTENCE.search(quote.text))


def _as_part(source: Quote, start: int, end: int) -> Quote:
    """A source quote cut down to its text from `start` to `end`: its words there, placed at the sentence holding
    them (a paragraph of a wire quotation run over several, not the one the quotation opens in)."""
    text = source.text[start:end]
    tokens = surface_tokens(text, close_prefixes=True)
    sentence = source.sentence_holding(start)
    within = [(at - start, i) for at, i in source.sentence_starts if start < at < end]
    return replace(source, text=text, tokens=tokens, stems=frozenset(content_stems(tokens)), sentence=sentence,
                   sentence_starts=within if sentence is None else [(0, sentence), *within])


def _may_render_part(target: Quote, source: Quote) -> bool:
    """Whether a target quote is short enough beside a source quote, and has enough of its content words in it, to
    render a part of it (`_part_rendered`): most pairs are ruled out here, before any alignment."""
    if not target.tokens or len(target.tokens) > PART_MAX_SHARE * len(source.tokens):
        return False
    stems = target.stems or frozenset(content_stems(target.tokens))
    held = len(stems & (source.stems or frozenset(content_stems(source.tokens))))
    # no part of the quote holds more of the target's words than all of it
    return held >= PART_MIN_SHARED and held >= PART_MIN_CONTAINMENT * len(stems)


def _part_rendered(target: Quote, source: Quote, words: _Words, indel: Any) -> Quote | None:
    """The contiguous part of a much longer source quote that a target quote renders (`PART_MAX_SHARE`), as a quote
    of the source's words there, or None. The part is found by aligning the target's words with a window of the
    source's of its own length (rapidfuzz `partial_ratio_alignment` over word tokens, linear in the source's
    length), trimmed to the words they share; a target of whole sentences renders the source's sentences around
    it, where they are not much longer, so the diff shows what the paper cut from them."""
    from rapidfuzz import fuzz

    t = target.tokens
    if not t or len(t) > PART_MAX_SHARE * len(words.tokens) or len(words.tokens) > PART_MAX_SOURCE_WORDS:
        return None
    stems = target.stems or frozenset(content_stems(t))
    found = fuzz.partial_ratio_alignment(t, words.tokens)
    start, end = found.dest_start, found.dest_end
    for widened in (False, True):
        kept = [op for op in indel.opcodes(t, words.tokens[start:end]) if op.tag == "equal"]
        if not kept:
            return None
        # The window is the target's length: where the target left source words out, its first or last words
        # stand outside it. Widen it, once, by as many words as the target has outside the words they share and
        # PART_SLACK_WORDS more, as the source may have words there the target left out ("crook in this town").
        lead, tail = kept[0].src_start, len(t) - kept[-1].src_end
        wider = (max(0, start + kept[0].dest_start - (lead and lead + PART_SLACK_WORDS)),
                 min(len(words.tokens), start + kept[-1].dest_end + (tail and tail + PART_SLACK_WORDS)))
        if widened or wider == (start, end):
            break
        start, end = wider
    first = words.word_of[start + kept[0].dest_start]
    last = words.word_of[start + kept[-1].dest_end - 1]
    part_start, part_end = words.spans[first][0], words.spans[last][1]
    if any(a < part_end and part_start < b for a, b in words.inner):
        return None  # words another person said, quoted within the source quote: that inner quote renders them
    part = _as_part(source, part_start, part_end)
    shared = len(part.stems & stems)
    in_order = indel.normalized_similarity(t, part.tokens)
    if (shared < PART_MIN_SHARED or shared < PART_MIN_CONTAINMENT * len(stems) or in_order < PART_MIN_WORDS_SHARE
            or (len(t) < PART_SHORT_WORDS and in_order < PART_SHORT_MIN_WORDS)
            or quote_similarity(target, part) < PART_MIN_SIMILARITY):
        return None
    if _sentence_shaped(target):
        part = _sentences_around(target, source, words, part, kept, first, last)
    # The whole quote has no fewer of the target's words in order than the part: where it has more, the target
    # renders more than the part (two stretches, what lay between cut), and the diff against the part would show
    # words the source has as added.
    if _in_order(t, source.tokens, indel) > _in_order(t, part.tokens, indel) + PART_SLACK_WORDS:
        return None
    return part


def _in_order(a: Sequence[str], b: Sequence[str], indel: Any) -> float:
    """How many words two token lists have in one order (their longest common subsequence)."""
    return (len(a) + len(b) - indel.distance(a, b)) / 2


def _sentences_around(target: Quote, source: Quote, words: _Words, part: Quote, kept: Sequence[Any], first: int,
                      last: int) -> Quote:
    """For a target of whole sentences, the source's sentences around its part (`_part_rendered`), if not much
    longer than the target, else the part."""
    t, text = target.tokens, source.text
    # The part reaches back to its sentence's start where the target has words before the ones they share, or the
    # start is a word or two away (else "It is inevitable that whoever ..." against
    # "that whoever ..." shows "It is inevitable" as added, where the paper cut "assuming, as appears to be the
    # case, ..." after it), and likewise on to its sentence's end.
    start_at, end_at = first, last
    while start_at > 0 and not _ENDS_SENTENCE.search(text[slice(*words.spans[start_at - 1])]):
        start_at -= 1
    while end_at < len(words.spans) - 1 and not _ENDS_SENTENCE.search(text[slice(*words.spans[end_at])]):
        end_at += 1
    if kept[0].src_start or first - start_at <= PART_SLACK_WORDS:
        first = start_at
    if len(t) > kept[-1].src_end or end_at - last <= PART_SLACK_WORDS:
        last = end_at
    sentences = _as_part(source, words.spans[first][0], words.spans[last][1])
    return sentences if len(sentences.tokens) <= PART_SENTENCES_MAX_RATIO * len(t) else part


def _joined(target: Quote, source: Sequence[Quote], first: int) -> list[int] | None:
    """The source quotes, from `first` on and one after another, whose words run together are the target quote's
    words (two at least), else None."""
    words, at, used = target.tokens, 0, []
    for i in range(first, len(source)):
        if i > first and source[i].within is not None:
            continue  # words inside the quote before, not after it
        part = source[i].tokens
        if not part or words[at:at + len(part)] != part:
            break
        at += len(part)
        used.append(i)
        if at == len(words):
            return used if len(used) >= 2 else None
    return None


def _runs_on_into(target: Quote, source: Sequence[Quote], first: int) -> list[int]:
    """The source quotes after `first`, one after another, that the target quote runs on into: each shares a run
    of EXCERPT_MIN_WORDS words (or all its words, if fewer) with the target quote."""
    words = target.tokens
    grams: dict[int, set[tuple[str, ...]]] = {}
    used: list[int] = []
    for i in range(first + 1, len(source)):
        if source[i].within is not None:
            continue  # words inside a quote before, not after it
        part = source[i].tokens
        n = min(EXCERPT_MIN_WORDS, len(part))
        if n < 3:
            break
        if n not in grams:
            grams[n] = {tuple(words[k:k + n]) for k in range(len(words) - n + 1)}
        if not any(tuple(part[k:k + n]) in grams[n] for k in range(len(part) - n + 1)):
            break
        used.append(i)
    return used


def _inner_much_shorter(inner: Quote, other: Quote) -> bool:
    """Whether a quote within a quote has far fewer words than another (`INNER_MIN_LENGTH_RATIO`)."""
    return inner.within is not None and len(inner.tokens) < INNER_MIN_LENGTH_RATIO * len(other.tokens)


def _asks(quote: Quote) -> bool:
    return quote.text.rstrip(" .'\"’”").endswith("?")


def _is_exact(target: Quote, source: Quote) -> bool:
    t, s = target.tokens, source.tokens
    if t == s:
        return True
    # A trimmed quote keeps the source's exact words.
    n = len(t)
    if 0 < n < len(s) and any(s[i:i + n] == t for i in range(len(s) - n + 1)):
        return True
    # An OCR'd reprint's quote is the source's words, some of them misread by the scan (`_misread`).
    if not 0 < n <= len(s):
        return False
    # Tried only where every word the source lacks may be a misread one of its words (most altered quotes fail here).
    held = set(s)
    if not all(any(_misread(w, v) for v in held) for w in set(t) - held):
        return False
    return any(all(a == b or _misread(a, b) for a, b in zip(t, s[i:i + n], strict=True))
               for i in range(len(s) - n + 1))


# Letters OCR reads for others in old type: the long s as f ("fhe" for "she"), h as b ("tbe"), f as t ("ot"), e as c,
# n as u ("aud"), i as l. (Read letter for letter: a misread keeps the word's length.)
_OCR_MISREADS = frozenset({("f", "s"), ("b", "h"), ("t", "f"), ("c", "e"), ("u", "n"), ("l", "i"), ("1", "l")})


@lru_cache(maxsize=4096)
def _misread(word: str, source_word: str) -> bool:
    """Whether `word` is `source_word`, a function word ("she", "the", "of"), as OCR misreads it in one letter
    ("fhe", "tbe", "ot"), into no function word: a scanned reprint's quote was "altered" by the scan alone. Only
    function words, whose misreadings are no words: "fat" for "sat" stays a change."""
    # A function word with its "'s" ("she's" is the token "shes") is one too.
    function = source_word in _FUNCTION_WORDS or (source_word[-1:] == "s" and source_word[:-1] in _FUNCTION_WORDS)
    if len(word) != len(source_word) or not function or word in _FUNCTION_WORDS:
        return False
    pairs = [(a, b) for a, b in zip(word, source_word, strict=True) if a != b]
    return len(pairs) == 1 and pairs[0] in _OCR_MISREADS


_FUNCTION_WORDS = stopwords()


def _unquoted_in(quote: Quote, sentence_stems: list[frozenset[str]], sentences: Sequence[str],
                 source_quotes: Sequence[Quote] = ()) -> int | None:
    """The source sentence that says a `new` quote's words without quote marks (indirect speech), if one does; not
    where a source quote holds them (a quote running over two sentences opens in the first: the second, read
    alone, has no quote marks).

    The sentence must carry the quote's words in the quote's order, not only share them: a sentence on the same
    topic shares its words in another order ("People shouldn't swap their blood pressure tablets for beetroot"
    against "... beetroot juice every day could lower blood pressure in people over 65" shares four of six, two in
    order), where indirect speech keeps the words' order ("Roberts wasn't able to explain how the bead got there":
    "Mr Roberts was not able to explain how the bead had got there")."""
    ordered = list(dict.fromkeys(content_stems(quote.tokens)))
    stems = set(ordered)
    if len(stems) < UNQUOTED_MIN_SHARED:
        return None
    for sq in source_quotes:
        held = stems & (sq.stems or frozenset(content_stems(sq.tokens)))
        if len(held) >= UNQUOTED_MIN_SHARED and len(held) / len(stems) >= UNQUOTED_MIN_CONTAINMENT:
            return None
    if not sentence_stems:
        sentence_stems.extend(frozenset(content_stems(surface_tokens(t))) for t in sentences)
    best, best_share = None, 0.0
    for i, sentence in enumerate(sentence_stems):
        shared = len(stems & sentence)
        share = shared / len(stems)
        if shared < UNQUOTED_MIN_SHARED or share <= best_share or share < UNQUOTED_MIN_CONTAINMENT:
            continue  # the order is read only where the words alone would do
        in_order = _shared_in_order(ordered, content_stems(surface_tokens(sentences[i])))
        if in_order >= max(UNQUOTED_MIN_SHARED, UNQUOTED_MIN_IN_ORDER * shared):
            best, best_share = i, share
    return best


def _shared_in_order(a: Sequence[str], b: Sequence[str]) -> int:
    """How many of a's words b holds in a's order (the length of their longest common subsequence, in C)."""
    from rapidfuzz.distance import LCSseq

    return int(LCSseq.similarity(a, b))


def same_speaker(a: str | None, b: str | None) -> bool:
    """Whether two speaker names refer to one person (surnames compared); unknown speakers and bodies never differ."""
    from rapidfuzz.fuzz import ratio

    if not a or not b:
        return True
    if _ORG.search(a) or _ORG.search(b) or is_role(a) or is_role(b) or is_role_phrase(a) or is_role_phrase(b):
        # "the Japanese government" and its foreign minister, or "the Transport Secretary" named by office in one
        # text and by name in the other, are not two different speakers to a reader.
        return True
    # Letters after a name first: "Adrian Redgrave QC" is a person, not a body by its initialism.
    a, b = without_honours(a), without_honours(b)
    if _first_name_and_surname(a, b) or _first_name_and_surname(b, a) or _body(a) or _body(b):
        return True
    if _first_name_of(a, b) or _first_name_of(b, a):
        return True
    a_words, b_words = _name_words(a), _name_words(b)
    if len(a_words) >= 2 and len(b_words) >= 2 and a_words[0] == b_words[0] and ratio(
            a_words[-1], b_words[-1]) >= SAME_PERSON_MIN_RATIO:
        return True  # one surname spelt two ways: "Bill Goreham" and "Bill Goram", the same detective
    if surname(a) == surname(b) and (_opposite_sexes(a, b) or _two_first_names(a, b)):
        return False  # one surname, two people: "Mrs Smith" and "Mr Smith", "John Smith" and "Jane Smith"
    # A name's words in another order or with a word before it ("Hugo Keith" and "Keith Hugo" for one barrister,
    # "Mancunian Sandra" and "Sandra Walters"): one name's last word anywhere in the other is one person to a reader
    # (a first name both share is not: "José Álvarez" and "José Martínez").
    return (surname(a) == surname(b) or strip_title(a).lower() == strip_title(b).lower()
            or bool(a_words and b_words and (a_words[-1] in b_words or b_words[-1] in a_words)))


# Honorifics that say a person's sex.
_HIS_TITLES = frozenset({"mr", "sir", "lord", "shri"})
_HER_TITLES = frozenset({"mrs", "ms", "miss", "lady", "dame", "smt", "shrimati", "kumari", "sushri"})


def _opposite_sexes(a: str, b: str) -> bool:
    """Whether two names are of people of the two sexes by their honorifics ("Mrs Smith", "Mr Smith") or a first
    name data/first_names.txt gives one sex only ("Mr Smith", "Jane Smith"; `lexicon.first_name_sex`); a couple
    ("Mr and Mrs Smith") has both."""
    sexes = []
    for name in (a, b):
        words = [w.lower().rstrip(".") for w in name.split()]
        if not words or "and" in words or "&" in words:
            return False
        sexes.append("he" if words[0] in _HIS_TITLES else "she" if words[0] in _HER_TITLES
                     else first_name_sex(fold_name(words[0])) if len(words) >= 2 else None)
    return None not in sexes and sexes[0] != sexes[1]


def _two_first_names(a: str, b: str) -> bool:
    """Whether two names of one surname give two first names ("John Smith", "Jane Smith"). Not one name's words the
    end of the other's ("Al Fayed", "Mohamed Al Fayed"), nor a word before an honorific ("Tense-looking Mr
    Hamilton"), nor one first name written two ways: initials ("J. Smith", "J.K. Smith" and "Joanne Smith"), a short
    form or another spelling of the other (METER: "Ken" and "Kenneth Jones", "Nora" and "Norah Pollard", "Nicola"
    and "Nichola Mackintosh"; a re-test: "Bill" and "William", "Kate" and "Catherine", `lexicon.one_first_name`)."""
    from rapidfuzz.fuzz import ratio

    if any(w.lower().strip(".,") in HONORIFICS for name in (a, b) for w in strip_title(name).split()[1:]):
        return False
    a_words, b_words = _name_words(a), _name_words(b)
    if len(a_words) < 2 or len(b_words) < 2 or a_words[-len(b_words):] == b_words or b_words[-len(a_words):] == a_words:
        return False
    first_a, first_b = sorted((a_words[0], b_words[0]), key=len)
    if _INITIALS.fullmatch(first_a):
        return not first_b.startswith(first_a[0])
    return not (first_b.startswith(first_a) or ratio(first_a, first_b) >= SAME_PERSON_MIN_RATIO
                or one_first_name(first_a, first_b))


# A first name given as initials, in `fold_name` form: "j", "j.k", "j.k.".
_INITIALS = rx.compile(r"[a-z](?:\.[a-z])*\.?")


def _speakers_differ(target: Quote, source: Quote) -> bool:
    """Whether two quotes' speakers are two people (`same_speaker`). Two people of one surname only as both tags
    write them: "Mr Jones" in both texts is one man, though a misprint filled one out as "Akin Jones" and the other
    as "Alun Jones" (METER, the Times). A surname only assumed for a relative (`Quote.surname_assumed`) is no
    evidence: the first name the tag writes is compared ("Mr Carter's son, Liam" and "Liam Whittle" are one
    person; "Liam" and "Steve Carter" two)."""
    if same_speaker(target.speaker, source.speaker):
        return False
    if target.surname_assumed or source.surname_assumed:
        return not same_speaker(target.written if target.surname_assumed else target.speaker,
                                source.written if source.surname_assumed else source.speaker)
    return (surname(target.speaker or "") != surname(source.speaker or "")
            or not same_speaker(target.written, source.written))


# The side of a story a body or a role speaks for, by the word its tag ends in ("the carrier", "Singapore Airlines",
# "the accident investigators", "a spokeswoman for the Metropolitan Police"): two sides are two speakers. Only sides
# no statement is issued through for another: a family's words released by police, a council's and a police force's
# joint appeal, the court's and the prosecution's words (METER: "the court heard" for counsel's) are no two sides.
_BODY_SIDES = {
    **dict.fromkeys(("company", "firm", "airline", "carrier", "operator", "manufacturer", "maker", "airlines",
                     "airways"), "company"),
    **dict.fromkeys(("investigators", "regulator", "regulators"), "investigators"),
    **dict.fromkeys(("prosecution", "prosecutors"), "prosecution"),
    **dict.fromkeys(("defence", "defense"), "defence"),
    **dict.fromkeys(("union", "unions"), "union"),
}
# The words that name a body's voice after its name ("Home Office spokesman"): the body's side.
_VOICE_WORDS = frozenset({"spokesman", "spokeswoman", "spokesperson", "official", "officials", "source", "sources",
                          "statement"})


def _body_side(speaker: str | None) -> str | None:
    """The side a speaker that names a body or a role speaks for (`_BODY_SIDES`), or None (a person, an unknown body,
    a voice whose body the tag does not say)."""
    if not speaker:
        return None
    words = speaker.lower().split()
    while len(words) > 1 and words[-1] in _VOICE_WORDS:
        words.pop()
    return _BODY_SIDES.get(words[-1])


def _bodies_differ(target: Quote, source: Quote) -> bool:
    """Whether two quotes' own tags give the words to two bodies or roles of two sides ('"...," the carrier said'
    against '"...," the investigators said'): no name on either side, so `same_speaker` calls them one speaker, but a
    reader sees the words moved from the airline to its investigators."""
    if not (target.named and source.named) or target.within is not None or source.within is not None:
        return False
    side = _body_side(target.speaker)
    return side is not None and (other := _body_side(source.speaker)) is not None and side != other


def _nested(inner: Quote, outer: Quote) -> bool:
    """Whether a quote's words stand inside quotation marks within another quote: words its speaker reports another
    said ("... The accused was heard to sing a little ditty `Findus crispy pancakes are class ...,' which he later
    denied", counsel's words, the song the accused's)."""
    from rapidfuzz.distance import Indel

    return any(Indel.normalized_similarity(inner.tokens, surface_tokens(m.group(1), close_prefixes=True)) >= 0.8
               for m in _INNER_QUOTATION.finditer(outer.text))


# A quotation inside a quote's text: single or double marks of any style around a dozen characters or more.
_INNER_QUOTATION = rx.compile(r"(?:^|(?<=[\s(]))[`‘'\"“]([^`‘\"“”’]{12,}?)[’'\"”](?=[\s.,;:!?)]|$)")


def _both_inner(target: Quote, source: Quote) -> bool:
    """Whether both quotes are words an account quotes (`Quote.within`), each given by a tag inside it: the account
    reports them, so its naming the other text's speaker too ("Pike and Smith came in. Smith said: '...'") is no
    sign of one person reporting another's words, as it is beside a quote of its own (`_reported_by_the_other`)."""
    return target.within is not None and source.within is not None


def _both_named(target: Quote, source: Quote) -> bool:
    """Whether both quotes' speakers are named, not guessed (`Quote.named`). Words an account's teller says he said
    ("I said: '...'", `Quote.teller`) are named by the account's own tag: against words the other text's account gives
    by name to someone else ("Smith said: '...'") they are a change of who said them. Not against the teller's words
    in both: a change of teller is the accounts' own."""
    if target.named and source.named:
        return True
    if not _both_inner(target, source) or (target.teller and source.teller):
        return False
    return all(q.named or (q.teller and q.within is not None and q.within.named) for q in (target, source))


def _named_or_plain(target: Quote, source: Quote) -> bool:
    """Whether both quotes' speakers are named (`_both_named`), or one is named and the other's "he"/"she" has one
    plain reading (`Quote.plain_referent`): "Lopez declared victory ... '...,' she said." against '"...," Reyes
    said.' is the quote given to another candidate, which a reader of the two sees."""
    if _both_named(target, source):
        return True
    # (both plain: '"...", advirtió.' after "El presidente de la CEOE, Antonio Garamendi, lamentó ..." in the wire
    # and after "El líder de UGT, Pepe Álvarez, valoró el acuerdo." in the paper, a quote checker's re-test)
    return (target.within is None and source.within is None
            and ((target.named and source.plain_referent) or (source.named and target.plain_referent)
                 or (target.plain_referent and source.plain_referent)))


def _addressee(text: str, quote: Quote, speaker: str) -> str | None:
    """The surname of the person the quote's tag says its speaker spoke to, right beside the quote ('"...," Pike told
    Smith'; 'Pike shouted at Mr Smith: "..."'), in `fold_name` form, else None."""
    found = (_TOLD_AFTER.match(text, quote.end + 1, quote.end + 120)
             or _TOLD_BEFORE.search(text, max(0, quote.start - 120), quote.start))
    if found is None or fold_name(found.group("who")) != fold_name(speaker.split()[-1]):
        return None
    return fold_name(found.group("whom"))


# A verb of speaking to someone and whom: "told Smith", "said to Mr Smith", "shouted at Smith", "warned Dr Brown";
# after the speaker's surname, right beside the quote (compiled once: matched against every speaker's name).
_TO_SOMEONE = (rf"(?:{'|'.join(_TELLING_VERBS)}|said\s+to|shouted\s+at|screamed\s+at|yelled\s+at)\s+"
               rf"(?:(?:Mr|Mrs|Ms|Miss|Dr|PC|Det|Sgt)\.?\s+)?(?:{UPPER}\w+\s+)?(?P<whom>{UPPER}[\w'’-]+)")
_TOLD_AFTER = rx.compile(rf"[\s,]*(?P<who>{UPPER}[\w'’-]*)\s+{_TO_SOMEONE}")
_TOLD_BEFORE = rx.compile(rf"\b(?P<who>{UPPER}[\w'’-]*)\s+{_TO_SOMEONE}[\s,:]*$")


# A tag that gives a quote as said to a paper or broadcaster: "told the Mail", "told Yorkshire Business Daily",
# "told BBC Radio Leeds", "told this newspaper". Only an outlet's name (`OUTLET_NAME`) or "this newspaper": "told
# the court", "told MPs", "told reporters" say where words were spoken, which a release or a wire can report too.
_TOLD_OUTLET = (r"(?i:told)\s+(?P<outlet>" + OUTLET_NAME
                + r"|(?i:this\s+(?:newspaper|paper|website|programme|magazine)))(?!\w)")
# The tag beside the quote, in its sentence: after it ('"...," Penrose told the Mail') with no sentence's end or
# other quote between, or before it ('Penrose, who led the study, told the Mail: "...').
_SAID_TO_AFTER = rx.compile(r"[^.!?\"“”«»\n]{0,100}?\b" + _TOLD_OUTLET)
# Either may name whom at the outlet the words were said to, after a possessive ('told Fox News' Sean Hannity: "...'):
# the outlet is still the one before it.
_AT_THE_OUTLET = r"(?:['’]s?\s+[^.!?\"“”«»\n:,]{1,60}?)?"
_SAID_TO_BEFORE = rx.compile(r"\b" + _TOLD_OUTLET + _AT_THE_OUTLET
                             + r"[^.!?\"“”«»\n\w]{0,3}(?:\s*(?:that|:))?[\s:,]*$")


def _outlet_key(outlet: str | None) -> str:
    """An outlet as `said_to` compares it: lowercase, no "the"."""
    return re.sub(r"^the\s+", "", (outlet or "").lower())


_TOLD = rx.compile(r"(?i:told)\b")


def said_to_another(target: Quote, source: Quote) -> str | None:
    """The outlet the target quote's tag gives its words as said to where the source quote's tag names no such
    outlet (a release's quote presented as an interview), as written, else None."""
    if not target.said_to:
        return None
    if source.said_to:
        # One outlet named more or less fully ("told BBC TV's Crimewatch UK" and "told BBC's Crimewatch programme",
        # METER; "the Mail" and "the Daily Mail"): the words of one name open or close the other's.
        ours, theirs = _outlet_key(target.said_to).split(), _outlet_key(source.said_to).split()
        shorter, longer = sorted((ours, theirs), key=len)
        if longer[:len(shorter)] == shorter or longer[len(longer) - len(shorter):] == shorter:
            return None
    return target.said_to


def _said_to(text: str, quote: Quote) -> str | None:
    """The outlet the quote's own tag says the words were said to ('..., told the Mail'), as written, else None."""
    found = (_SAID_TO_AFTER.match(text, quote.end + 1, min(len(text), quote.end + 160))
             or _SAID_TO_BEFORE.search(text, max(0, quote.start - 160), quote.start))
    return " ".join(found.group("outlet").split()) if found else None


def _roles_swapped(target: Quote, source: Quote) -> bool:
    """Whether each text's tag has its speaker speak to the other's speaker ('Pike told Smith' against 'Smith told
    Pike'): the two people of one exchange named both ways round, a change of who said it (a re-test: no text's
    naming of the other's speaker beside the quote can excuse it)."""
    return bool(target.addressee and source.addressee and target.speaker and source.speaker
                and target.addressee == fold_name(surname(source.speaker))
                and source.addressee == fold_name(surname(target.speaker)))


# "Pour le président du Medef Patrick Martin, ", "Selon Sophie Binet, ", "Según el alcalde Juan Pérez, ": the opening
# of the sentence the quote ends.
_BEFORE_POUR = rx.compile(rf"(?:^|[.!?»”\"]\s+)(?:[Pp]our|[Ss]elon|[Ss]egún)\s+(?:(?:le|la|les|l['’]|el|los|las)\s*)?"
                          rf"(?:[a-zà-ÿ][\w'’-]*\s+){{0,5}}(?:[dl]['’])?(?P<who>{NAME})\s*,\s*$")
# The preposition of a role's body right before a word read as the speaker ("ministro de Defensa", "minister of").
_OF_BEFORE = rx.compile(r"\b(?:de|del|of|du)\s+$")


# A passive tag right before a quote: "she had been told by Judge Jeremy Griggs:", "was warned by Mr Smith:".
_BEFORE_TOLD_BY = rx.compile(rf"\b(?:told|warned|asked|reminded)\s+by\s+(?:the\s+)?(?P<who>{NAME})\s*[:,]?\s*$")


# An organisation's unnamed voice in a quote's tag: "a spokesperson for the group", "an official", "a source".
_UNNAMED_VOICE = rx.compile(r"\b(?:[Aa]n?|[Tt]he)\s+(?:[\w-]+\s+){0,3}?(?:spokes(?:man|woman|person)|official|source"
                            r"|representative|aide)\b")


def _swapped_with_unnamed(target: Quote, source: Quote, source_quoted: set[str], target_quoted: set[str]) -> bool:
    """Whether a quote an unnamed speaker's own tag gives ('"...," a spokesperson for the group said') is given by
    name to another person the source quotes, or a person's quote to an unnamed speaker while the target quotes that
    person elsewhere: words put in the mouth of another of the story's speakers, in a story the paper reordered (a
    quote checker's re-test with four speakers: both swaps were no change of speaker, as one side named no one). Not
    where the quote's paragraph names the person too (the spokesperson may be them)."""
    if target.within is not None or source.within is not None:
        return False
    if (target.speaker and source.unnamed_voice and _named_by_own_tag(target)
            and looks_like_person(target.speaker)):
        key = surname(target.speaker)
        return key in source_quoted and key not in source.nearby and not _body_named_in(source.speaker, target)
    if source.speaker and source.person and target.unnamed_voice and looks_like_person(source.speaker):
        key = surname(source.speaker)
        return key in target_quoted and key not in target.nearby and not _body_named_in(target.speaker, source)
    return False


def _body_named_in(voice: str | None, quote: Quote) -> bool:
    """Whether the body an unnamed voice speaks for ("Virgin" of "A spokesman for Virgin") is named in the other
    quote's paragraph, whose speaker may be its own ("Richard Branson, Virgin's chairman, said": METER, the FT)."""
    words = [fold_name(w) for w in (voice or "").split() if w[:1].isupper()]
    nearby = {w.removesuffix("'s").removesuffix("’s") for w in quote.nearby}  # ("Virgin's chairman")
    return bool(words) and all(w in nearby for w in words)


def _reported_by_the_other(target: Quote, source: Quote) -> bool:
    """Whether either text names the other's speaker beside the quote: words one person reports another said (a
    constable giving evidence of what a defendant said, a judge quoting the Prime Minister) or a question and answer
    of one exchange, which two reporters attribute each their way. METER as a corpus: the 13 quotes "given to another
    speaker" along the graph's edges were all such or a misread tag, 9 of them this."""
    if target.speaker and _named_in(target.speaker, source):
        return True
    # The target naming the source's speaker nearby excuses a speaker its own tag names only where that tag reports
    # the source's speaker as saying the words, in the quote's sentence (METER: 'Paul Sloan, prosecuting, told the
    # court that McKay was heard singing: "..."'); METER's other cases give the quote to "he". A tag that names
    # someone the source's paragraph never mentions, the source's speaker named only in a sentence before ('García-Page
    # criticó el reparto. "...", afirmó Isabel Díaz Ayuso'), puts the words in another person's mouth, a
    # fact-checker's first worry (a re-test).
    return bool(source.speaker) and _named_in(source.speaker, target) and (
        not _named_by_own_tag(target) or surname(source.speaker) in target.lead_in)


def _named_by_own_tag(quote: Quote) -> bool:
    """Whether a quote's own tag names its speaker as a person, not a pronoun or the text before handing it on, nor
    a tag within an account."""
    return quote.named and quote.within is None and quote.person and not quote.surname_assumed


def _named_in(speaker: str, quote: Quote) -> bool:
    """Whether a speaker is named in a quote's paragraph: the surname, and where the quote's own speaker shares it,
    all the speaker's name ("Mrs Smith" is not named by "Mr Smith said", though "smith" is there)."""
    key = surname(speaker)
    if key not in quote.nearby:
        return False
    if not quote.speaker or surname(quote.speaker) != key:
        return True
    return all(fold_name(w.strip(".,")) in quote.nearby for w in without_honours(speaker).split() if w[:1].isupper())


def _name_words(name: str) -> list[str]:
    """A name's words without its titles, in `fold_name` form."""
    return [fold_name(w.strip(".,")) for w in strip_title(name).split() if w.lower().strip(".,") not in HONORIFICS]


def _person_named(name: str | None, titled: Sequence[str]) -> bool:
    """Whether a speaker is named as a person can be told from another: two words or more (Chinese and Japanese
    names are written without spaces), or one the document writes after a title or an honorific ("Mr Smith said",
    "said Judge Brown", "Detective Inspector Smith"; `titled`: what follows each title, `_after_titles`). A
    document's fullest name for a speaker that is one word and never titled ("Harrods", "Spanish", "Neil", "Bar")
    is as often a word read as a name as a person (METER as a corpus: 16 of 23 quotes given to another speaker
    along edges were such, none a real change). The price: a surname the wire misspells where it gives the full
    name ("Gerard Wypyszynski", then "Wypyszyski said") is one untitled word too."""
    if not name:
        return False
    if _named_in_full(name):
        return True
    # The name, then a word boundary (as `\b` has it).
    n, ends_in_word = len(name), _word_char(name[-1])
    return any(after.startswith(name) and ends_in_word != (len(after) > n and _word_char(after[n]))
               for after in titled)


def _word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _named_in_full(name: str) -> bool:
    return len(without_honours(name).split()) >= 2 or bool(CJK_CHAR.search(name))


def _after_titles(texts: Sequence[str]) -> list[str]:
    """What follows each title or honorific in the texts (up to its next space), read once a document: a long text
    quotes thousands of one-word speakers, and a pattern per speaker over the whole text took seconds."""
    return [m.group(1) for t in texts for m in _AFTER_TITLE.finditer(t)]


# Titles and honorifics a surname may follow ("Mr", "Judge", "Detective Inspector", "Pc").
_TITLES = "|".join(sorted({*HONORIFICS, *TITLE_WORDS, *RANKS, "qc"} - {
    "the", "a", "an", "of", "new", "former"}, key=lambda w: (-len(w), w)))
# A title and what follows it, looked at without taking it ("Mr Justice Smith": "Justice" after "Mr", then "Smith"
# after "Justice"). The lookahead of the titles' first letters lets the scan pass, in C, every position no title
# starts at (half this per-document read's time on METER's PA copy; the same matches).
_TITLE_INITIALS = re.escape("".join(sorted({title[0] for title in _TITLES.split("|")})))
_AFTER_TITLE = rx.compile(rf"(?i:\b(?=[{_TITLE_INITIALS}])(?:{_TITLES}))\.?\s+(?=(\S+))")


# Last words of a body's name, and an initialism ("RSPCA", "NHS Confederation", "Help the Aged" has "the").
_BODY_WORDS = frozenset({"commission", "confederation", "council", "association", "society", "trust", "union",
                         "agency", "service", "services", "authority", "committee", "board", "institute",
                         "foundation", "federation", "group", "party", "company", "ltd", "plc", "inc", "corp",
                         "department", "league", "campaign", "charity", "network", "aged", "court", "hotel",
                         "airline", "airlines", "airways", "carrier"})


def _body(name: str) -> bool:
    """Whether a speaker is a body, not a person: an initialism ("RSPCA", "NHS Confederation") or a name ending in
    a body's word ("European Commission", "Help the Aged")."""
    words = [w.strip(".,") for w in name.split()]
    return bool(words) and (any(len(w) >= 2 and w.isupper() and w.isalpha() for w in words)
                            or words[-1].lower() in _BODY_WORDS)


def _quoted_in_both(source: Sequence[Quote], target: Sequence[Quote]) -> frozenset[str]:
    """The one-word speakers both texts' own tags name ('"...," said Emery.' in each), not a first name: a
    surname alone, never titled, is a person to a reader when both texts quote him by it, so a quote moved from one
    to the other ('"...," said Amorim.' -> '"...," said Emery.': a PA match report's two managers, a wire desk's
    re-test) is a change of speaker. A one-word name only one text quotes stays no person (`_person_named`: METER's
    "Harrods", "Spanish", "Bar" were words read as names in one text)."""
    def named(quotes: Sequence[Quote]) -> set[str]:
        return {q.speaker for q in quotes if q.speaker and q.named and q.within is None and not q.person
                and " " not in q.speaker and q.speaker[:1].isupper() and first_name_sex(fold_name(q.speaker)) is None}

    return frozenset(named(source) & named(target))


def _first_name_of(a: str, b: str) -> bool:
    """Whether `a` is one word, the first name of `b` ("Richard", "Richard Thomas")."""
    a_words, b_words = a.split(), strip_title(b).split()
    return len(a_words) == 1 and len(b_words) >= 2 and fold_name(a_words[0]) == fold_name(b_words[0])


def _first_name_and_surname(a: str, b: str) -> bool:
    """Whether `a` is a first name alone ("Peter") and `b` an honorific and a surname ("Mr Prankerd"): one person to
    a reader as likely as two (a father quoted as "Peter" in one text and "Mr Prankerd" in the other)."""
    a_words, b_words = a.split(), b.split()
    return (len(a_words) == 1 and a_words[0].lower().rstrip(".") not in HONORIFICS and len(b_words) == 2
            and b_words[0].lower().rstrip(".") in HONORIFICS)


def match_quotes(
    source: list[Quote],
    target: list[Quote],
    *,
    aligned: dict[int, set[int]] | None = None,
    n_source: int | None = None,
    n_target: int | None = None,
    source_sentences: Sequence[str] = (),
    source_stems: Sequence[Sequence[str]] | None = None,
    derived: bool = True,
    copied: Collection[int] = frozenset(),
) -> list[dict[str, Any]]:
    """The `quotes` list of a pair report: each target quote matched to the source quote it renders, then the
    source quotes the target does not carry (only if it derives from the source).

    Args:
        source: the source document's quotes (`extract_quotes`).
        target: the target document's quotes.
        aligned: target sentence index -> the source sentence indices the aligner linked it to.
        n_source: sentences in the report's source list; an index past it is reported as null.
        n_target: likewise for the target.
        source_sentences: the source's sentence texts, to find where a `new` quote's words stand unquoted.
        source_stems: their content stems, if already computed.
        derived: whether the target derives from the source (the verdict is not `non-derived`). A target that does
            not cannot leave out the source's quotes: none is `dropped`.
        copied: the target sentences labelled verbatim. The one quote of such a sentence renders the one quote of
            the source sentence it copies if they share a content word, however much the rest changed ("This job is
            terrible" -> "This job is killing me": a misquote inside a copied sentence, which similarity alone called
            new and dropped). Sharing none, they are no rendering of each other (METER: quotes cut at the wrong
            mark, "the judge said at the high court" against a sentence of the judgment).

    Returns:
        One dict per quote (see docs/findings.md): status `exact`, `altered`, `new` or `dropped`.
    """
    from rapidfuzz.distance import Indel

    aligned = aligned or {}
    # Filled when the first `new` quote needs it.
    sentence_stems: list[frozenset[str]] = [frozenset(x) for x in source_stems] if source_stems is not None else []

    def index(i: int | None, n: int | None) -> int | None:
        return i if i is not None and (n is None or i < n) else None

    # Quotes that share no content word are never renderings of each other: compare only those that share one.
    by_stem: dict[str, set[int]] = {}
    by_tokens: dict[tuple[str, ...], list[int]] = {}
    for si, sq in enumerate(source):
        for stem in sq.stems or content_stems(sq.tokens):
            by_stem.setdefault(stem, set()).add(si)
        by_tokens.setdefault(tuple(sq.tokens), []).append(si)
    entries: list[dict[str, Any]] = []
    carried: set[int] = set()
    per_source_sentence = Counter(q.sentence for q in source)
    per_target_sentence = Counter(q.sentence for q in target)
    written: dict[int, _Words] = {}  # a source quote's written words, read once for all the target's quotes
    inner_of: dict[int, list[Quote]] = {}
    for sq in source:
        if sq.within is not None:
            inner_of.setdefault(id(sq.within), []).append(sq)
    quoted_in_both = _quoted_in_both(source, target)
    # The people each text quotes, by surname (the target's by their own tag, a name a reader sees): whom another's
    # words may be put in the mouth of.
    source_quoted = {surname(q.speaker) for q in source if q.speaker and q.person and q.within is None}
    target_quoted = {surname(q.speaker) for q in target if q.speaker and _named_by_own_tag(q)}
    for tq in target:
        best, best_score, exact = None, 0.0, False
        parts: dict[int, Quote] = {}
        stems = tq.stems or frozenset(content_stems(tq.tokens))
        if not stems:
            candidates: Sequence[int] = range(len(source))
        else:
            postings = [by_stem.get(x, set()) for x in stems]
            rare = [p for p in postings if len(p) <= QUOTE_STEM_POSTINGS]
            candidates = sorted(set().union(*rare)) if rare else by_tokens.get(tuple(tq.tokens), [])
        for si in candidates:
            sq = source[si]
            if _is_exact(tq, sq):
                best, best_score, exact = si, 1.0, True
                break
            if _inner_much_shorter(tq, sq) or _inner_much_shorter(sq, tq):
                continue
            score = quote_similarity(tq, sq)
            linked = tq.sentence is not None and sq.sentence in aligned.get(tq.sentence, set())
            # ... though a question does not render an answer ("You are saying that it is possible ...?" and "It
            # is possible, yes": one exchange, its lines cut at other places).
            one_slot = (linked and tq.sentence in copied and per_target_sentence[tq.sentence] == 1
                        and per_source_sentence[sq.sentence] == 1 and _asks(tq) == _asks(sq))
            part = None
            if _may_render_part(tq, sq):
                if si not in written:
                    written[si] = _written_words(sq, inner_of.get(id(sq), []))
                part = _part_rendered(tq, sq, written[si], Indel)
            if part is not None and tq.person and sq.person and _speakers_differ(tq, sq):
                # A part of another person's quote is no rendering: two people's statements share stock phrases
                # ("tens of thousands of people in nursing homes", a minister's and a nurses' leader's), and a judge
                # quotes a witness's words in his own. So a part never gives a quote to another speaker.
                part = None
            if part is not None and (part_score := quote_similarity(tq, part)) > score:
                # The part it renders, not the whole quote, is what the target is compared with and its diff shown
                # against; unless the whole renders it better (two of its sentences, the one between left out).
                parts[si], score = part, part_score
            if (part is not None or one_slot
                    or score >= (ALIGNED_MIN_SIMILARITY if linked else ALTERED_MIN_SIMILARITY)
                    or (linked and Indel.normalized_similarity(tq.tokens, sq.tokens) >= ALIGNED_MIN_WORDS)
                    or (_one_word_apart(tq, sq, Indel) and (_one_speaker(tq, sq) if not linked
                                                            else same_speaker(tq.speaker, sq.speaker)))
                    or _excerpt(tq, sq, Indel)):
                carried.add(si)
                if score > best_score:
                    best, best_score = si, score
        if exact and best is not None:
            # Words a source account quotes, quoted alone: the quote within the account they are, not the account
            # (whose speaker is the witness, not the man he quotes).
            inner = best + 1
            while inner < len(source) and source[inner].within is source[best]:  # they follow their account
                if _is_exact(tq, source[inner]):
                    best = inner
                    break
                inner += 1
        match = source[best] if best is not None else None
        if match is None and tq.within is not None:
            continue  # words an account quotes, rendered by no quote of the source: the account's entry has them
        if best is not None:
            carried.add(best)
            if match is not None and match.within is not None:
                # the words a source account quotes, quoted on their own: the account is not left out
                carried.update(i for i, sq in enumerate(source) if sq is match.within)
        joined = _joined(tq, source, best) if best is not None and not exact else None
        if joined is not None:
            # Two or more of the source's quotes run together, their words unchanged (a paper joining a speaker's
            # consecutive quotes into one): exact, against their joined words. A fact-checker's trial on METER read
            # 5 of 10 wrong "altered" quotes as such.
            match = replace(match, text=" ".join(source[i].text for i in joined))
            carried.update(joined)
            exact, best_score = True, 1.0
        elif best is not None and not exact and (run_on := _runs_on_into(tq, source, best)):
            # The quote runs on into the next of the source's quotes, cut ("... offences. The distress and
            # suffering ... is immeasurable." ending mid-way through the judge's next quote): altered, against the
            # source's quotes joined, so the diff shows the cut, not new words; the next quote is not `dropped`.
            match = replace(match, text=" ".join(source[i].text for i in [best, *run_on]))
            carried.update(run_on)
        elif best in parts and not exact:
            match = replace(match, text=parts[best].text, sentence=parts[best].sentence)
        status = "exact" if exact else ("altered" if match is not None else "new")
        entries.append({
            "status": status,
            "text": tq.text,
            "source_text": match.text if match else None,
            "speaker": tq.speaker,
            "source_speaker": match.speaker if match else None,
            # A speaker found through "he said" or the paragraph before is a guess: two guesses, or a guess and a
            # name, that differ are no change a reader would see (METER: "She said:" handed to the man last named).
            "speaker_changed": (match is not None and _named_or_plain(tq, match)
                                and (tq.person or tq.speaker in quoted_in_both)
                                and (match.person or match.speaker in quoted_in_both)
                                and best_score >= SPEAKER_CHANGE_MIN_SIMILARITY
                                and _speakers_differ(tq, match)
                                and (_both_inner(tq, match) or _roles_swapped(tq, match)
                                     or not _reported_by_the_other(tq, match))
                                and not _nested(tq, match) and not _nested(match, tq)
                                or match is not None and best_score >= SPEAKER_CHANGE_MIN_SIMILARITY
                                and (_swapped_with_unnamed(tq, match, source_quoted, target_quoted)
                                     or _bodies_differ(tq, match))),
            "target_index": index(tq.sentence, n_target),
            "source_index": index(match.sentence, n_source) if match else None,
            "similarity": round(best_score, 4) if match else None,
            "diff": word_diff(match.text, tq.text) if status == "altered" and match else None,
            "unquoted_source_index": (_unquoted_in(tq, sentence_stems, source_sentences, source)
                                      if status == "new" else None),
            # The source's words given as said to the paper ('..., told the Mail') where the source's own tag says
            # no such thing: a press release's quote presented as an interview (a churnalism researcher's question,
            # which the report could not answer).
            "said_to": said_to_another(tq, match) if match is not None else None,
        })
    for si, sq in enumerate(source):
        if si in carried or not derived or sq.within is not None:
            continue
        entries.append({
            "status": "dropped", "text": sq.text, "source_text": sq.text, "speaker": None,
            "source_speaker": sq.speaker, "speaker_changed": False, "target_index": None,
            "source_index": index(sq.sentence, n_source), "similarity": None, "diff": None,
            "unquoted_source_index": None, "said_to": None,
        })
    return entries
