"""A fact-checker's edits of real wire copy: does `reversals` find the reversals a person writes, and stay silent
on the edits that turn nothing round?

Each edit changes one passage of a METER dev PA take (real 1999 court copy, `$DIFFSRC_SHARED_DATA/meter-dev`) by
hand, written in a fact-checker's trial of the findings (stop 30): a word put for its opposite, a negation put in or
taken out, one of those beside another small edit ("today pleaded guilty" -> "yesterday pleaded not guilty"), and
edits that must not be flagged (rewordings, a negation moved or said another way, "not only", questions,
equivalents such as "denied" -> "pleaded not guilty"). `compare(take, edited take)` must report a reversal for
each edit expected to turn the meaning round (F; F? marks those the rules are known not to reach, counted apart)
and none for the others (N).

    python benchmarks/reversal_edits.py          # about 30 s
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter

from diffsrc import Document, compare
from diffsrc.evaluate.repository import shared_data_dir

PA = "meter-dev/PA/rawtexts/courts/"
# The PA takes edited, by key.
TAKES = {
    "pol": "12.07.99/policeman/policeman1.txt",
    "inf": "12.07.99/informant/informant1.txt",
    "chi": "02.11.99/chips/chips1.txt",
    "doc": "04.10.99/doctor/doctor1.txt",
    "tro": "02.11.99/trousers/trousers1.txt",
    "dj": "04.10.99/dj/dj1.txt",
    "att": "04.10.99/attack/attack1.txt",
    "tit": "02.11.99/titanic/titanic1.txt",
    "wig": "02.11.99/wight/wight1.txt",
    "ham": "08.12.99/hamilton/hamilton3.txt",
    "boy": "14.12.99/boy/boy1.txt",
    "cel": "07.10.99/cell/cell1.txt",
    "kni": "07.10.99/knickers/knickers1.txt",
}

# (take, passage, edited passage, expected: F flag / F? known miss / N no flag, what the edit is)
EDITS = [
    ("pol", "had probably been indulging", "had probably not been indulging", "F", "insert not"),
    (
        "pol",
        "An accidental death verdict was recorded",
        "An accidental death verdict was not recorded",
        "F",
        "insert not",
    ),
    ("pol", "he agreed that the dead man", "he disagreed that the dead man", "F", "opposite agree/disagree"),
    ("pol", "Mr McCann said it was not a deliberate", "Mr McCann said it was a deliberate", "F", "remove not"),
    ("pol", "He\nwill be missed.", "He\nwill not be missed.", "F", "insert not (short sent)"),
    ("pol", "He was found dead by his wife", "He was found alive by his wife", "F", "opposite dead/alive"),
    ("pol", "Pc Gibb was based at Eaton Road", "Pc Gibb was no longer based at Eaton Road", "F", "insert no longer"),
    (
        "pol",
        "Colleagues\nand friends are extremely shocked",
        "Colleagues\nand friends are deeply shocked",
        "N",
        "reword",
    ),
    (
        "pol",
        "Mr McCann said it was not a deliberate attempt at self harm, but a process of\ntrying to apply pressure "
        "that had gone too far.",
        "Mr McCann said it was a process of trying to apply pressure that had gone too\nfar, not a deliberate "
        "attempt at self harm.",
        "N",
        "negation moved",
    ),
    ("inf", "Herbert, 31, was in debt", "Herbert, 31, was never in debt", "F", "insert never"),
    ("inf", "The organisation was no stranger", "The organisation was a stranger", "F", "remove no"),
    ("inf", "pleaded ``Guilty''", "pleaded ``Not Guilty''", "F", "insert not (quoted plea)"),
    (
        "inf",
        "Isaacs was eventually seen leaving with the bag",
        "Isaacs was eventually seen leaving without the bag",
        "F",
        "opposite with/without",
    ),
    (
        "inf",
        "Herbert and Sumer are jointly charged",
        "Herbert and Sumer are no longer jointly charged",
        "F",
        "insert no longer",
    ),
    ("inf", "He said Sumer soon learned", "He said Sumer never learned", "F", "soon->never"),
    ("inf", "The next month, the pair met again", "The next month, the two men met again", "N", "reword"),
    (
        "inf",
        "few could afford to trifle",
        "not many could afford to trifle",
        "N",
        "equivalent negation (few->not many)",
    ),
    ("chi", "denied three counts of cruelty", "admitted three counts of cruelty", "F", "opposite denied/admitted"),
    (
        "chi",
        "formally found the couple not\nguilty of the charges.",
        "formally found the couple\nguilty of the charges.",
        "F",
        "remove not",
    ),
    ("chi", "before they were able to give", "before they were unable to give", "F", "opposite able/unable"),
    ("chi", "We would regularly live on chippy meals", "We would never live on chippy meals", "F", "regularly->never"),
    (
        "chi",
        "no fresh food was kept in\nthe family house",
        "fresh food was never kept in\nthe family house",
        "N",
        "negation moved",
    ),
    (
        "chi",
        "He also claimed he was subjected to physical abuse and held to ridicule\nbecause of his weight.",
        "He claimed he was not only subjected to physical abuse but also held to\nridicule because of his weight.",
        "N",
        "not only",
    ),
    (
        "chi",
        "He also claimed he was subjected to physical abuse and held to ridicule\nbecause of his weight.",
        "Had he not also claimed he was subjected to physical abuse and held to ridicule\nbecause of his weight?",
        "N",
        "question with not",
    ),
    (
        "chi",
        "``Food was never prepared in the house ever.",
        "``Food wasn't ever prepared in the house.",
        "N",
        "never->wasn't ever",
    ),
    (
        "doc",
        "has already denied all the charges",
        "has already admitted all the charges",
        "F",
        "opposite denied/admitted",
    ),
    ("doc", "is expected to last\ninto the New Year", "is not expected to last\ninto the New Year", "F", "insert not"),
    (
        "doc",
        "Family GP Harold Shipman is to face trial tomorrow",
        "Family doctor Harold Shipman is to go on trial tomorrow",
        "N",
        "reword",
    ),
    ("doc", "Shipman will be\ndefended by", "Shipman will be\nprosecuted by", "F", "opposite defended/prosecuted"),
    ("tro", "Mrs Owen denied she", "Mrs Owen admitted she", "F", "opposite denied/admitted"),
    ("tro", "I was not happy with this conversation", "I was happy with this conversation", "F", "remove not"),
    ("tro", "its dress code was not discriminatory", "its dress code was discriminatory", "F", "remove not (near end)"),
    ("tro", "Mrs Owen was not sent home to change", "Mrs Owen was sent home to change", "F", "remove not"),
    ("tro", "did\nnot have slats", "did\nhave slats", "F", "remove not"),
    ("tro", "was first\nconfronted", "was last\nconfronted", "F", "opposite first/last"),
    ("tro", "Mr Paton never made any remarks about", "Mr Paton made no remarks about", "N", "negation restated"),
    ("tro", "I was not happy with this conversation", "I wasn't happy with this conversation", "N", "contraction"),
    ("tro", "damaged her self-esteem", "boosted her self-esteem", "F?", "opposite not in list (damaged/boosted)"),
    ("dj", "today pleaded guilty to 41 sex offences", "today pleaded not guilty to 41 sex offences", "F", "insert not"),
    (
        "dj",
        "The Crown decided not to take further action",
        "The Crown decided to take further action",
        "F",
        "remove not",
    ),
    (
        "dj",
        "He denied two counts of raping a boy",
        "He admitted two counts of raping a boy",
        "F",
        "opposite denied/admitted",
    ),
    ("dj", "admitted three counts of\nbuggery", "denied three counts of\nbuggery", "F", "opposite admitted/denied"),
    ("dj", "Pond was remanded in custody", "Pond was held in custody", "N", "reword"),
    (
        "dj",
        "at a later date yet to be fixed",
        "at a later date not yet fixed",
        "N",
        "equivalent negation (yet to be -> not yet)",
    ),
    ("dj", "also pleaded guilty to\n10 counts", "also admitted\n10 counts", "N", "reword pleaded guilty->admitted"),
    ("att", "was cleared after photographs", "was convicted after photographs", "F", "opposite cleared/convicted"),
    ("att", "pleaded not guilty to assaulting", "pleaded guilty to assaulting", "F", "remove not"),
    ("att", "witnesses who confirmed Mr", "witnesses who denied Mr", "F", "opposite confirmed/denied"),
    ("att", "``That was outrageous behaviour.", "``Was that not outrageous behaviour?", "N", "question with not"),
    ("tit", "today won the battle", "today lost the battle", "F", "opposite won/lost"),
    ("tit", "should not be allowed to trade", "should be allowed to trade", "F", "remove not"),
    ("tit", "whose action began on Monday", "whose action started on Monday", "N", "reword (synonym)"),
    ("wig", "rose to 99%", "fell to 99%", "F", "opposite rose/fell (sent end)"),
    (
        "wig",
        "it was likely that the European Court",
        "it was unlikely that the European Court",
        "F",
        "opposite likely/unlikely",
    ),
    ("cel", "But the judge rejected a bid", "But the judge accepted a bid", "F", "opposite rejected/accepted"),
    (
        "cel",
        "there was no evidence which could lead",
        "there was not any evidence which could lead",
        "N",
        "negation restated",
    ),
    (
        "kni",
        "Magistrates who rejected his claims",
        "Magistrates who accepted his claims",
        "F",
        "opposite rejected/accepted",
    ),
    ("kni", "He was allowed bail.", "He was not allowed bail.", "F", "insert not (short sent)"),
    (
        "kni",
        "Officers again searched his home and this time discovered 11 sacks",
        "Officers not only searched his home again but this time discovered 11 sacks",
        "N",
        "not only",
    ),
    (
        "kni",
        "In evidence he insisted they had been left",
        "In evidence he insisted they had never been left",
        "F",
        "insert never",
    ),
    (
        "cel",
        "A judge ruled Swansea coroner Richard Morgan had misdirected",
        "A judge ruled Swansea coroner Richard Morgan had not misdirected",
        "F",
        "insert not",
    ),
    (
        "doc",
        "has already denied all the charges",
        "has already pleaded not guilty to all the charges",
        "N",
        "equivalent denied->pleaded not guilty",
    ),
    (
        "att",
        "pleaded not guilty to assaulting",
        "pleaded innocent to assaulting",
        "N",
        "equivalent not guilty->innocent",
    ),
    (
        "att",
        "was cleared after photographs",
        "was found not guilty after photographs",
        "N",
        "equivalent cleared->found not guilty",
    ),
    ("tit", "today won the battle", "today did not lose the battle", "N", "equivalent won->did not lose"),
    (
        "tro",
        "The PGA argued that Mrs Owen was not sent home",
        "The PGA denied that Mrs Owen was sent home",
        "N",
        "equivalent argued not->denied",
    ),
    (
        "dj",
        "The Crown decided not to take further action",
        "The Crown decided to take no further action",
        "N",
        "negation moved",
    ),
    (
        "dj",
        "He denied two counts of raping a boy",
        "He pleaded not guilty to two counts of raping a boy",
        "N",
        "equivalent denied->pleaded not guilty",
    ),
    ("chi", "``No proper food was provided.", "``Proper food was not provided.", "N", "negation moved"),
    (
        "ham",
        "``perfectly lawfully''",
        "``perfectly unlawfully''",
        "F",
        "opposite lawfully/unlawfully in \"asked...if\" sentence",
    ),
    (
        "ham",
        "Pursuant to what he had agreed with Mr Greer",
        "Pursuant to what he had not agreed with Mr Greer",
        "F",
        "insert not",
    ),
    (
        "boy",
        "``I have been keeping out of trouble",
        "``I have not been keeping out of trouble",
        "F",
        "insert not in quote",
    ),
    ("boy", "were either lying or had mistaken him", "were either lying or had not mistaken him", "F", "insert not"),
    (
        "cel",
        "Mr Justice Jackson, sitting in London, disagreed.",
        "Mr Justice Jackson, sitting in London, agreed.",
        "F",
        "opposite disagreed/agreed (short)",
    ),
    (
        "cel",
        "was overturned by the High Court today",
        "was upheld by the High Court today",
        "F?",
        "opposite not in list (overturned/upheld)",
    ),
    (
        "kni",
        "Jeyakumar tripped a light sensor and was spotted",
        "Jeyakumar tripped a light sensor and was not spotted",
        "F",
        "insert not",
    ),
    ("kni", "Fortunately victim", "Unfortunately victim", "F", "prefix un- capitalised"),
    ("pol", "which went fatally wrong", "which went fatally right", "F", "opposite wrong/right"),
    ("wig", "over 1100 jobs", "under 1100 jobs", "F", "opposite over/under"),
    (
        "wig",
        "with wealthier neighbour Hampshire",
        "with poorer neighbour Hampshire",
        "F?",
        "opposite wealthier/poorer (list rich|poor)",
    ),
    ("inf", "Lowly administration officer", "Senior administration officer", "N", "non-polar edit"),
    ("inf", "in return for #1,000", "in return for #10,000", "N", "number change (fact, not reversal)"),
    ("tit", "more than\n#250,000", "less than\n#250,000", "F", "opposite more/less"),
    ("tit", "more than\n#250,000", "over\n#250,000", "N", "more than -> over (same sense)"),
    (
        "tro",
        "was physically sick in the minutes after",
        "was physically sick in the minutes before",
        "F",
        "opposite after/before",
    ),
    ("doc", "Up to 300 potential witnesses", "As many as 300 potential witnesses", "N", "reword Up to"),
    ("att", "A man was beaten up by", "A man was beaten by", "N", "phrasal \"up\" dropped"),
    (
        "dj",
        "He denied two counts of raping a boy",
        "He admitted two charges of raping a boy",
        "F",
        "opposite + nearby reword",
    ),
    (
        "dj",
        "today pleaded guilty to 41 sex offences",
        "yesterday pleaded not guilty to 41 sex offences",
        "F",
        "negation + nearby reword (today->yesterday)",
    ),
    ("inf", "Herbert, 31, was in debt", "Herbert, 31, was never in serious debt", "F", "negation + adjective"),
    (
        "att",
        "But Anthony Abramson, 29, was cleared after",
        "But Anthony Abramson, 29, was convicted shortly after",
        "F",
        "opposite + adverb",
    ),
    (
        "chi",
        "denied three counts of cruelty\nagainst the youngster",
        "admitted three counts of cruelty\nagainst the boy",
        "F",
        "opposite + later reword",
    ),
    (
        "tit",
        "today won the battle of the Titanic and\nAtlantic restaurants.",
        "today lost the legal battle of the Titanic and\nAtlantic restaurants.",
        "F",
        "opposite + adjective",
    ),
    (
        "pol",
        "An accidental death verdict was recorded on Pc Andrew Gibb",
        "Pc Andrew Gibb's death was not recorded as accidental",
        "F?",
        "negation in rewritten clause (documented miss)",
    ),
]


def main() -> None:
    argparse.ArgumentParser(description=__doc__.splitlines()[0]).parse_args()
    root = shared_data_dir()
    if not (root / PA).is_dir():
        sys.exit("METER dev not found: set DIFFSRC_SHARED_DATA to the folder holding meter-dev")
    tally: Counter[tuple[str, str]] = Counter()
    for key, old, new, expected, what in EDITS:
        take = (root / PA / TAKES[key]).read_text(encoding="latin-1")
        assert take.count(old) == 1, (key, old)
        found = compare(Document.from_text(take, id="take"),
                        Document.from_text(take.replace(old, new), id="edited")).to_dict()["reversals"]
        outcome = ("found" if found else "missed") if expected.startswith("F") else (
            "false alarm" if found else "silent")
        tally[expected, outcome] += 1
        if outcome in ("missed", "false alarm"):
            print(f"{outcome:11} {expected:2} {what}: {old!r} -> {new!r}")
    print()
    for expected, name in (("F", "reversals"), ("F?", "known misses"), ("N", "must not be flagged")):
        counts = {o: n for (e, o), n in tally.items() if e == expected}
        print(f"{name} ({sum(counts.values())}): " + ", ".join(f"{n} {o}" for o, n in sorted(counts.items())))


if __name__ == "__main__":
    main()
