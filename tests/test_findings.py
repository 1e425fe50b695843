"""Fact-checker findings: attribution, quotes, changed facts and word-level diffs on pair reports."""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diffsrc import CompareOptions, Document, compare, prepare
from diffsrc.pair.findings.attribution import find_attribution
from diffsrc.pair.findings.diff import word_diff
from diffsrc.pair.findings.facts import changed_entities, changed_facts, extract_facts, lowercase_words
from diffsrc.pair.findings.quotes import extract_quotes

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

WIRE = "\n\n".join([
    'Japan weighs bigger defence budget ahead of Trump visit\nAP |',
    (
        "TOKYO (AP) — Japan's foreign minister said Wednesday the country will keep building up its military "
        'ahead of a visit by President Donald Trump on Oct 27-29.'
    ),
    (
        'Japan plans to raise annual defence spending to 2% of gross domestic product by 2027, officials '
        'said.'
    ),
    (
        'Trump is expected to press Japan to raise its defence spending to 5% of GDP and pay more for the '
        '50,000 US troops stationed in the country.'
    ),
    (
        '"Our national defence should be based on our own independent decision," Foreign Minister Toshimitsu '
        'Motegi said. "What matters is not the amount but what is in it."'
    ),
    'Prime Minister Sanae Takaichi said she would meet Trump at the Akasaka Palace.',
    '"We will stand firmly with our allies in the region," Takaichi said at a news conference.',
    'Motegi served as foreign minister in 2019-2021 and negotiated a trade deal with Washington.',
    '"We are firmly preparing for the president\'s visit," Motegi said.',
]) + "\n"

REWRITE = "\n\n".join([
    'Japan to boost military before Trump trip',
    (
        "Japan's foreign minister said Wednesday the country will keep building up its military ahead of a "
        'visit by President Donald Trump on October 27 to 29.'
    ),
    (
        'Japan plans to raise annual defense spending to 2 percent of gross domestic product by 2027, '
        'officials said.'
    ),
    (
        'Trump is expected to press Japan to raise its defense spending to 3.5% of GDP and pay more for the '
        '30,000 U.S. troops stationed in the country.'
    ),
    (
        '"Our national defense should be based on our own independent decision," Foreign Minister Toshimitsu '
        'Motegi said. "It is not about the amount. What matters is what is in the budget," he added.'
    ),
    'Prime Minister Sanae Takaichi said she would meet Trump at the Imperial Palace.',
    '"We will stand firmly with our allies in the region," Motegi said at a news conference.',
    'Motegi served as foreign minister from 2019 to 2021 and negotiated a trade deal with Washington.',
]) + "\n"


@pytest.fixture(scope="module")
def rewrite_report() -> dict:
    return compare(Document.from_text(WIRE, id="wire.txt"), Document.from_text(REWRITE, id="rewrite.txt")).to_dict()


def _quote(report: dict, words: str) -> dict:
    matches = [q for q in report["quotes"] if words in q["text"]]
    assert matches, f"no quote with {words!r}: {[q['text'] for q in report['quotes']]}"
    return matches[0]


# --- a rewrite that changes facts, rewords and moves quotes, and drops the credit ---------------------------------


def test_changed_percentage_and_troop_count_are_findings(rewrite_report: dict) -> None:
    facts = {(f["kind"], f["source"], f["target"]) for f in rewrite_report["facts"]}
    assert ("percent", "5%", "3.5%") in facts
    assert ("number", "50,000", "30,000") in facts
    troops = next(f for f in rewrite_report["facts"] if f["source"] == "50,000")
    src = rewrite_report["source_sentences"][troops["source_index"]]["text"]
    tgt = rewrite_report["target_sentences"][troops["target_index"]]["text"]
    assert "50,000" in src and "30,000" in tgt


def test_replaced_place_name_is_an_entity_finding(rewrite_report: dict) -> None:
    entities = {(f["source"], f["target"]) for f in rewrite_report["facts"] if f["kind"] == "entity"}
    assert ("Akasaka Palace", "Imperial Palace") in entities


def test_equivalent_forms_in_the_rewrite_are_not_findings(rewrite_report: dict) -> None:
    surfaces = {f["source"] for f in rewrite_report["facts"]} | {f["target"] for f in rewrite_report["facts"]}
    for form in ("2%", "2 percent", "2019-2021", "2019", "2021", "Oct 27-29", "27", "2027", "US", "U.S."):
        assert form not in surfaces
    # The four changes the rewrite made: 5% -> 3.5%, 50,000 -> 30,000, the palace, and the quote's speaker name.
    assert len(rewrite_report["facts"]) == 4, rewrite_report["facts"]
    assert ("Takaichi", "Motegi") in {(f["source"], f["target"]) for f in rewrite_report["facts"]}


def test_spelling_variant_quote_is_exact(rewrite_report: dict) -> None:
    q = _quote(rewrite_report, "Our national defense")
    assert q["status"] == "exact"
    assert q["source_text"].startswith("Our national defence")
    assert q["speaker"] == q["source_speaker"] == "Toshimitsu Motegi"


def test_reworded_quote_is_altered_with_a_diff(rewrite_report: dict) -> None:
    q = _quote(rewrite_report, "It is not about the amount")
    assert q["status"] == "altered"
    assert q["source_text"] == "What matters is not the amount but what is in it."
    assert q["speaker"] == "Toshimitsu Motegi"  # "he added" resolved to the last named speaker
    ops = {e["op"] for e in q["diff"]}
    assert ops & {"replace", "insert", "delete"}


def test_quote_moved_to_another_speaker_is_flagged(rewrite_report: dict) -> None:
    q = _quote(rewrite_report, "stand firmly with our allies")
    assert q["status"] == "exact"
    assert q["speaker"] == "Toshimitsu Motegi"
    assert q["source_speaker"] == "Sanae Takaichi"
    assert q["speaker_changed"] is True


def test_quote_the_rewrite_leaves_out_is_dropped(rewrite_report: dict) -> None:
    q = _quote(rewrite_report, "firmly preparing")
    assert q["status"] == "dropped"
    assert q["target_index"] is None and q["source_index"] is not None


def test_a_lifted_quote_makes_its_sentence_derived_and_is_matched_as_a_quote() -> None:
    # The rest of the sentence is new, but a quote copied word for word is taken from the source (issue 13).
    source = (
        "Fishing crews in Hokkaido spent the week repairing nets, checking engines and arguing over quotas, and "
        'at the harbour meeting Motegi told them: "We will never trade away your fishing grounds."'
    )
    target = 'Asked on television about the row, Motegi replied: "We will never trade away your fishing grounds."'
    report = compare(Document.from_text(source, id="s"), Document.from_text(target, id="t")).to_dict()
    assert report["target_sentences"][0]["label"] == "paraphrased"
    assert report["target_sentences"][0]["sources"] == [0]
    assert [(q["status"], q["target_index"], q["source_index"]) for q in report["quotes"]] == [("exact", 0, 0)]


def test_dropped_credit_line_is_unattributed_reuse(rewrite_report: dict) -> None:
    assert rewrite_report["source"]["credit"] == "AP"
    assert rewrite_report["attribution"] == {"credited": False, "mentions": [], "credits": [], "source_credit": "AP"}
    assert rewrite_report["summary"]["unattributed_reuse"] is True


def test_crediting_the_agency_clears_unattributed_reuse() -> None:
    credited = REWRITE + "\nThe Associated Press contributed to this report.\n"
    report = compare(Document.from_text(WIRE, id="wire.txt"), Document.from_text(credited, id="r.txt")).to_dict()
    assert report["attribution"]["credited"] is True
    assert report["attribution"]["mentions"] == ["The Associated Press contributed"]
    assert report["summary"]["unattributed_reuse"] is False


def test_unrelated_text_is_not_unattributed_reuse() -> None:
    other = "The weather in Oslo was mild on Sunday. Ferries ran on time and the harbour was busy with tourists."
    report = compare(Document.from_text(WIRE, id="wire.txt"), Document.from_text(other, id="o.txt")).to_dict()
    assert report["summary"]["unattributed_reuse"] is False


# --- facts: equivalent forms are never findings ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("He served in 2019-2021.", "He served from 2019 to 2021."),
        ("The visit runs Oct 27-29.", "The visit runs October 27 to 29."),
        ("The visit runs between October 27 and 29.", "The visit runs Oct. 27-29."),
        ("Some 50,000 troops are based there.", "Some 50000 troops are based there."),
        ("Spending rises to 2% of GDP.", "Spending rises to 2 percent of GDP."),
        ("Spending rises to 2% of GDP.", "Spending rises to 2 per cent of GDP."),
        ("US troops stay in Japan.", "U.S. troops stay in Japan."),
        ("The United States and Japan agreed.", "The US and Japan agreed."),
        ("It is a five-year plan.", "It is a 5-year plan."),
        ("The fund holds $1.5 million.", "The fund holds US$1,500,000."),
        ("The fund holds 3 billion dollars.", "The fund holds $3 billion."),
        ("On October 22, 2025, Motegi spoke.", "On Oct. 22, 2025 Motegi spoke."),
        ("Ford F-150 trucks and Type-12 missiles.", "Type-12 missiles and Ford F-150 trucks."),
        ("Japan's defence minister met Hegseth.", "Japan's defense minister met Hegseth."),
        ("The Associated Press reported the talks.", "AP reported the talks."),
    ],
)
def test_equivalent_forms_are_not_findings(source: str, target: str) -> None:
    assert changed_facts(source, target) == []
    assert changed_entities(source, target) == []


def test_dropped_or_added_numbers_are_not_findings() -> None:
    # A paraphrase that leaves a number out, or adds one, has not changed a fact.
    assert changed_facts("Japan will spend 2% of GDP by 2027 on 50,000 troops.", "Japan will spend more.") == []
    assert changed_facts("Japan will spend more.", "Japan will spend 2% of GDP by 2027.") == []


@pytest.mark.parametrize(
    ("source", "target", "kind", "old", "new"),
    [
        ("NATO levels of 5% of GDP", "NATO levels of 3.5% of GDP", "percent", "5%", "3.5%"),
        ("some 50,000 US troops", "some 30,000 US troops", "number", "50,000", "30,000"),
        ("a $3 billion package", "a $4 billion package", "money", "$3 billion", "$4 billion"),
        ("the talks on October 27", "the talks on October 28", "date", "October 27", "October 28"),
        ("the plan runs to 2027", "the plan runs to 2029", "date", "2027", "2029"),
        ("he said on Tuesday", "he said on Wednesday", "date", "Tuesday", "Wednesday"),
    ],
)
def test_changed_values_are_findings(source: str, target: str, kind: str, old: str, new: str) -> None:
    assert [(s.kind, s.surface, t.surface) for s, t in changed_facts(source, target)] == [(kind, old, new)]


def test_a_changed_multiplier_alone_is_found_in_a_report() -> None:
    source = "The government approved a package worth $3 billion for the region on Monday."
    target = "The government approved a package worth $3 million for the region on Monday."
    report = compare(Document.from_text(source, id="s"), Document.from_text(target, id="t")).to_dict()
    assert [(f["kind"], f["source"], f["target"]) for f in report["facts"]] == [("money", "$3 billion", "$3 million")]


def test_a_transport_restyle_names_the_same_flight_network_and_airport() -> None:
    # A transport desk's trial: a flight code with a space, "Tube" for "London Underground", "Nepalese" for "Nepali"
    # and the IATA code the source defines for its airport were changed names.
    flight = "Flight SQ321, a Boeing 777-300ER with 211 passengers, dropped 6,000 feet."
    assert changed_entities(flight, flight.replace("SQ321", "SQ 321")) == []
    assert changed_entities(flight, flight.replace("SQ321", "SQ312")) == [("Flight SQ321", "Flight SQ312")]
    tickets = "Tickets were accepted on Chiltern Railways and London Underground services."
    assert changed_entities(tickets, tickets.replace("London Underground", "Tube")) == []
    assert changed_entities("It crashed near the central Nepali city of Pokhara.",
                            "It crashed near the central Nepalese city of Pokhara.") == []
    wire = ("The jet made an emergency landing at Los Angeles International Airport (LAX) on Tuesday. Flight DL1544 "
            "returned to LAX at 14:05 GMT, about 25 minutes after departure.")
    restyle = ("The jet made an emergency landing at LAX on Tuesday. Flight DL1544 returned to Los Angeles "
               "International Airport at 2:05 p.m. GMT, about 25 minutes after departure.")
    report = compare(Document.from_text(wire, id="wire"), Document.from_text(restyle, id="restyle")).to_dict()
    assert report["facts"] == []
    swapped = compare(Document.from_text(wire, id="wire"),
                      Document.from_text(wire.replace("LAX", "SFO"), id="facts")).to_dict()
    assert ("LAX", "SFO") in [(f["source"], f["target"]) for f in swapped["facts"]]
    # An airport changed with its code shows its code's bracket closed (was "London Heathrow (LHR").
    departed = "The flight had departed London Heathrow (LHR) at 10:38 p.m. on Monday and was due in Singapore."
    report = compare(Document.from_text(departed, id="wire"),
                     Document.from_text(departed.replace("Heathrow (LHR)", "Gatwick (LGW)"), id="facts")).to_dict()
    assert [(f["source"], f["target"]) for f in report["facts"]] == [("London Heathrow (LHR)", "London Gatwick (LGW)")]


def test_a_name_replaced_in_the_same_place_is_a_finding() -> None:
    assert changed_entities("Motegi said the plan was firm.", "Takaichi said the plan was firm.") == [
        ("Motegi", "Takaichi")
    ]
    # A name moved elsewhere in the sentence is not a replacement.
    assert changed_entities("Motegi met Takaichi in Tokyo.", "Takaichi met Motegi in Tokyo.") == []
    # A name the sentence gives twice, replaced once, is (a disaster desk's trial: a province named as its city is,
    # "Kahramanmaras" -> "Malatya", was no finding since the city's "Kahramanmaras" was still there); reworded, moved
    # or trimmed, it is not; and sentences merged into one give their names fewer times, no name changed.
    quake = ("The quake struck near the town of Goksun in Kahramanmaras province, about 80 kilometers north of the "
             "city of Kahramanmaras.")
    assert changed_entities(quake, quake.replace("in Kahramanmaras", "in Malatya")) == [("Kahramanmaras", "Malatya")]
    assert changed_entities(quake, quake.replace("in Kahramanmaras province", "in the province of Kahramanmaras")) == []
    assert changed_entities(quake, "The quake struck about 80 kilometers north of the city of Kahramanmaras, near the "
                                   "town of Goksun in Kahramanmaras province.") == []
    assert changed_entities("Smith told Jones that Smith would appeal.",
                            "Smith told Jones that Jones would appeal.") == [("Smith", "Jones")]
    assert changed_entities("Forte Hotels was sued. Costs will be paid by Forte Hotels.",
                            "He sued Posthouse Hotels and Forte.", one_sentence_each=False) == []
    # A new user's trial: a surname respelt with the first one's letters in order is no abbreviation ("Blofeld" in
    # "Bloomfield", as "Berks" is in "Berkshire"), and a possessive alone is a name ("St Mary's", "Mr Lee's").
    sentence = "Sentencing Hobbs to life, Mr Justice Blofeld said he should serve at least 20 years."
    assert changed_entities(sentence, sentence.replace("Blofeld", "Bloomfield")) == [("Blofeld", "Bloomfield")]
    assert changed_entities("He died at St Mary's Hospital in Paddington.", "He died at St Thomas' Hospital in "
                            "Paddington.") == [("St Mary's Hospital", "St Thomas Hospital")]
    assert changed_entities("Mr Lee's friend, Ki Joon Jin, saw the attack.", "Mr Seung's friend, Ki Joon Jin, saw "
                            "the attack.") == [("Lee's", "Seung's")]
    assert changed_entities("He lives in Reading, Berks.", "He lives in Reading, Berkshire.") == []
    # An MP described by seat in one text and by party in the other is one man (METER, hamilton416_mirror).
    assert changed_entities("He was tainted like former Tatton MP Neil Hamilton.",
                            "He was tainted like former Tory MP Neil Hamilton.") == []
    # One party for another before the same MP is a changed fact, not the same man described two ways.
    assert changed_entities("He said Tory MP John Smith had wasted the money.",
                            "He said Labour MP John Smith had wasted the money.") == [
        ("Tory MP John Smith", "Labour MP John Smith")]
    assert changed_entities("He said Conservative MP John Smith had wasted the money.",
                            "He said Tory MP John Smith had wasted the money.") == []


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("Takaichi will meet Trump in Tokyo.", "Japan's Prime Minister will meet Trump in Tokyo."),
        ("Officials said the talks went well.", "Analysts said the talks went well."),
    ],
)
def test_titles_and_sentence_initial_words_are_not_entity_findings(source: str, target: str) -> None:
    common = lowercase_words(["Japanese officials and analysts agree.", source, target])
    assert changed_entities(source, target, common=common) == []


# One party for another at a sentence's start, after "the" or with a possessive: the copy error an election desk
# most fears (an election-night trial: none of these was found), and the same party named two ways is none.
@pytest.mark.parametrize(("source", "target", "expected"), [
    ("Labour held Bury North with a majority of 1,204.",
     "The Conservatives held Bury North with a majority of 1,204.", [("Labour", "The Conservatives")]),
    ("Labour's Sarah Whitfield won the seat with a majority of 4,512.",
     "Conservative Sarah Whitfield won the seat with a majority of 4,512.",
     [("Labour's Sarah Whitfield", "Conservative Sarah Whitfield")]),
    ("The SNP held the seat with a majority of 900.", "Labour held the seat with a majority of 900.",
     [("The SNP", "Labour")]),
    ("The Conservatives held Bury North with a majority of 1,204.",
     "The Tories held Bury North with a majority of 1,204.", []),
    ("The SNP held the seat with a majority of 900.",
     "The Scottish National Party held the seat with a majority of 900.", []),
    ("Labour held Bury North with a majority of 1,204.",
     "The Labour Party held Bury North with a majority of 1,204.", []),
    # "Democrats", a name several parties go by, for another party's (a US results story's trial).
    ("Democrats need to gain five seats to win control of the House.",
     "Republicans need to gain five seats to win control of the House.", [("Democrats", "Republicans")]),
    # Two parties reordered.
    ("Labour and the Conservatives both lost ground to Reform UK.",
     "The Conservatives and Labour both lost ground to Reform UK.", []),
])
def test_a_party_put_for_another_is_a_changed_name(source: str, target: str, expected: list) -> None:
    assert changed_entities(source, target) == expected
    facts = compare(Document.from_text(source, id="s"), Document.from_text(target, id="t")).to_dict()["facts"]
    assert [(f["kind"], f["source"], f["target"]) for f in facts] == [("entity", *pair) for pair in expected]


@pytest.mark.parametrize(
    ("source", "target"),
    [
        # Tabloid leads in capitals (METER: the Star and the Mirror, the Mirror and the Star): no names.
        ("A FIEND who stabbed his lover in the stomach was yesterday caged for life.",
         "A MAN who stabbed his lover in the stomach was yesterday caged for life."),
        ("A WOMAN was jailed for seven years yesterday.", "A MUM-of-four was jailed for seven years yesterday."),
        # A peer's title for the peer (METER: the Mirror and PA): one person.
        ("The letter was read to the Duke at the palace.", "The letter was read to Prince Philip at the palace."),
    ],
)
def test_a_headlines_capitals_and_a_peers_title_are_not_entity_findings(source: str, target: str) -> None:
    # The rest of the papers write "man" and "woman" in lowercase, as papers do.
    common = lowercase_words([source, target, "The man, 26, and the woman, 30, were arrested."])
    assert changed_entities(source, target, common=common) == []


def test_an_acronym_opening_a_sentence_is_still_a_name() -> None:
    common = lowercase_words(["The charity said the figures were worrying for the man and the woman."])
    assert changed_entities("The NSPCC said the figures were worrying.", "The RSPCA said the figures were worrying.",
                            common=common) == [("NSPCC", "RSPCA")]
    assert changed_entities("UNICEF said the figures were worrying.", "OXFAM said the figures were worrying.",
                            common=common) == [("UNICEF", "OXFAM")]
    # A document's first sentence is where tabloids write whole words in capitals (METER: the Independent and the
    # Mail), words the rest of the papers may never write in lowercase.
    assert changed_entities("A DRIFTER who killed a pensioner was jailed for life.",
                            "A VAGRANT who killed a pensioner was jailed for life.", common=common, lead=True) == []


def test_an_entity_finding_is_the_name_without_the_joining_words_around_it() -> None:
    # The word diff's run was "the Oasis Kebab Shop": the finding is the name.
    assert changed_entities("Tickets were sold by the Oasis Kebab Shop on Friday.",
                            "Tickets were sold by Newport Magistrates Court on Friday.") == [
        ("Oasis Kebab Shop", "Newport Magistrates Court")]
    # Acronyms and ranks in capitals are still names.
    assert changed_entities("Pupils sat the GSCE exams.", "Pupils sat the GCSE exams.") == [("GSCE", "GCSE")]
    assert changed_entities("WPC Smith arrested the man.", "PC Jones arrested the man.") == [
        ("WPC Smith", "PC Jones")]


def test_ranges_give_one_fact_per_end() -> None:
    values = sorted(f.value for f in extract_facts("in 2019-2021 and Oct 27-29"))
    assert values == [("day", 10, 27), ("day", 10, 29), ("year", 2019), ("year", 2021)]


def test_a_list_of_days_is_a_date_each_and_the_same_days_either_way_round_are_no_change() -> None:
    # METER: PA's "December 14, 15, 21 and 24" and the Independent's "14,15,21 and 24 December" were a changed date
    # ("December 14" -> "21 and 24 December").
    days = sorted(f.value for f in extract_facts("He assaulted them on December 14, 15, 21 and 24 of 1998."))
    assert days == [("day", 12, 14), ("day", 12, 15), ("day", 12, 21), ("day", 12, 24), ("year", 1998)]
    assert changed_facts("He indecently assaulted the two civilian workers on December 14, 15, 21 and 24 of 1998.",
                         "He indecently assaulted two civilian workers on 14,15,21 and 24 December.") == []
    # A number after a date and a comma is no day of a list.
    assert [(f.kind, f.value) for f in extract_facts("On May 3, 25 people were hurt.")] == [
        ("date", ("day", 5, 3)), ("number", 25.0)]


# --- quotes ---------------------------------------------------------------------------------------------------------


def _quotes(text: str) -> list:
    doc = Document.from_text(text)
    prepared = prepare(doc)
    return extract_quotes(prepared.cleaned.paragraphs, prepared.sentences)


def test_straight_and_curly_quotes_with_speakers() -> None:
    quotes = _quotes(
        'Foreign Minister Toshimitsu Motegi spoke on Monday. "We are firmly preparing for the visit," Motegi said.\n\n'
        "Motegi said, “Japan will decide its own defence policy.”\n\n"
        "“The alliance is the cornerstone of our policy,” said Prime Minister Sanae Takaichi.\n\n"
        "According to Kyodo News, “the two leaders will meet on Tuesday” in Tokyo.\n"
    )
    assert [(q.text, q.speaker) for q in quotes] == [
        ("We are firmly preparing for the visit", "Toshimitsu Motegi"),
        ("Japan will decide its own defence policy.", "Toshimitsu Motegi"),
        ("The alliance is the cornerstone of our policy", "Sanae Takaichi"),
        ("the two leaders will meet on Tuesday", "Kyodo News"),
    ]


def test_wire_copy_typewriter_quotes_are_quotes_and_match_curly_ones() -> None:
    # The Press Association's copy (METER) quotes ``like this''; a paper prints the same words in curly marks.
    wire = ("Judge Ann Leys told the pair: ``These were despicable offences against the public,'' before jailing "
            "them.\n\n``You will go to prison for a long time,'' she added.\n")
    assert [(q.text, q.speaker) for q in _quotes(wire)] == [
        ("These were despicable offences against the public", "Ann Leys"),
        ("You will go to prison for a long time", "Ann Leys"),
    ]
    paper = "Judge Ann Leys told the pair: “These were despicable offences against the public,” before jailing them.\n"
    report = compare(Document.from_text(wire, id="pa"), Document.from_text(paper, id="paper")).to_dict()
    assert [q["status"] for q in report["quotes"]] == ["exact", "dropped"]


def test_wire_quote_opened_by_a_slip_with_two_apostrophes_is_a_quote() -> None:
    # METER's PA copy (boy1nl, thomas1sub): ''...'' for ``...''. The paragraph gave no quote: a paper's copy of it
    # was "new", and a word changed in it was never seen.
    wire = ("Boy killed\n\n"
            "Charles McFall, 40, wept in court.\n\n"
            "''We cannot take in the news, it is absolutely devastating,'' said Mr McFall.\n\n"
            "Judge Michael Hyam told him there were a ''great many mitigating factors in this case.''\n")
    assert [(q.text, q.speaker) for q in _quotes(wire)] == [
        ("We cannot take in the news, it is absolutely devastating", "Charles McFall"),
        ("great many mitigating factors in this case.", "Michael Hyam")]
    paper = "Charles McFall said: 'We cannot take in the news, it is absolutely shattering.'\n"
    [entry] = [q for q in _pair_report(wire, paper)["quotes"] if q["status"] != "dropped"]
    assert (entry["status"], entry["speaker"]) == ("altered", "Charles McFall")


def test_wire_quotation_over_paragraphs_with_a_slipped_opening_is_one_quote() -> None:
    # PA opens each paragraph of a quotation and closes only the last; a middle one opened with '' (METER thomas1sub)
    # ended the quote there, and the rest went on as a quote of its own.
    quotes = _quotes(
        "Murder trial\n\n"
        "Charles Wide QC, prosecuting, said: ``They got to know each other in May or June of 1997.\n\n"
        "''In the early evening of August 21 Thomas left home on his bicycle.\n\n"
        "``The Crown say that he was going to see Mr Roberts.''\n\n"
        "''Thomas was wearing a necklace,'' said Mr Wide. ``You may conclude he was strangled from behind.''\n")
    assert [(q.text, q.speaker) for q in quotes] == [
        ("They got to know each other in May or June of 1997. In the early evening of August 21 Thomas left home "
         "on his bicycle. The Crown say that he was going to see Mr Roberts.", "Charles Wide"),
        ("Thomas was wearing a necklace", "Charles Wide"),
        ("You may conclude he was strangled from behind.", "Charles Wide")]


def test_two_straight_single_marks_a_paper_opens_with_are_no_wire_quote() -> None:
    # A paper's quotation opening with a quote within it is not the wire's slip: read so, it ran to the paragraph's
    # end, tag and all.
    quotes = _quotes("Trial\n\n''Gay' was the word he used about himself,' said Mrs Brown.\n")
    assert not any("said Mrs Brown" in q.text for q in quotes)


def test_british_straight_single_quotes_are_quotes_and_apostrophes_are_not() -> None:
    # METER's papers (the Mail, the Sun) quote 'like this', a quotation of several paragraphs opening each one.
    paper = ("RSPCA inspector Rob Skinner said: 'Roger Baker is one of the most consistently cruel men we saw.\n\n"
             "'He is a cruel and heartless man who doesn't care for his animals.'\n\n"
             "His boss said he was 'clean cut and affable' but 'got involved in minor accidents and wouldn't say.'\n\n"
             "One police source said: 'He is a very cruel and evil man, my word.'\n\n"
             "They met at the Joneses' house on Walker's Road, where he didn't stay long.\n")
    assert [(q.text, q.speaker) for q in _quotes(paper)] == [
        # one quotation of two paragraphs, the first left open
        ("Roger Baker is one of the most consistently cruel men we saw. He is a cruel and heartless man who doesn't "
         "care for his animals.", "Rob Skinner"),
        ("clean cut and affable", None),
        ("got involved in minor accidents and wouldn't say.", None),
        ("He is a very cruel and evil man, my word.", None),  # "One police source" names nobody
    ]
    # A word changed inside such a quote is an altered quote, as it is in double quotes.
    wire = "RSPCA inspector Rob Skinner said: ``He is a cruel and callous man who doesn't care for his animals.''\n"
    report = compare(Document.from_text(wire, id="pa"), Document.from_text(paper, id="paper")).to_dict()
    assert [q["status"] for q in report["quotes"] if q.get("source_index") is not None] == ["altered"]


def test_single_quotes_inside_double_quotes_stay_quotes_within_quotes() -> None:
    assert [q.text for q in _quotes('He said: "We will go to the \'big house\' tonight and stay there."')] == [
        "We will go to the 'big house' tonight and stay there."]
    nested = _quotes("'My name in the house was \"stupid fat b******\",' he added.")
    assert [q.text for q in nested] == ["My name in the house was ‘stupid fat b******’"]


def test_quote_split_by_speaker_tag_is_one_quote() -> None:
    quotes = _quotes('"We are ready for the talks," he said, "and we will not give ground on tariffs."')
    assert len(quotes) == 1
    assert quotes[0].text == "We are ready for the talks and we will not give ground on tariffs."


def test_quote_spanning_sentences_is_one_quote_at_its_first_sentence() -> None:
    quotes = _quotes(
        "Minister Toshimitsu Motegi spoke to reporters in Tokyo. "
        "“It’s not about the amount or the ratio to GDP. What matters is the substance of our defense,” he said."
    )
    assert len(quotes) == 1
    assert quotes[0].text.startswith("It’s not about") and quotes[0].text.endswith("substance of our defense")
    assert quotes[0].sentence == 1
    assert quotes[0].speaker == "Toshimitsu Motegi"


def test_pronoun_resolves_to_the_person_in_the_quotes_paragraph() -> None:
    quotes = _quotes(
        "President Donald Trump will visit Tokyo. Prime Minister Sanae Takaichi will host him.\n\n"
        "The meeting will be Takaichi’s first major diplomatic test. "
        "“The alliance with the United States is the cornerstone of our policy,” she said at a news conference.\n"
    )
    assert quotes[0].speaker == "Sanae Takaichi"


def test_words_a_witness_reports_inside_his_evidence_are_the_other_mans() -> None:
    # METER (the Times, 1999): single quotation marks nested in single marks. The witness's account quotes the man
    # he accuses; before, every "He was saying: '...'" went to the witness himself.
    quotes = _quotes(
        "Guscott denies assault\n\n"
        "Mr Jones said that after Mr Guscott's car narrowly missed him, it screeched to a halt and he tapped on the "
        "window to 'remonstrate' with the driver for passing the red light.\n\n"
        "Mr Jones said: 'He continued to lift me up and down, then he started swearing and shouting. I looked down "
        "and I said to him: 'You've broken my leg.' He was saying: 'Don't take liberties with me.' And I said: "
        "'But you went through a red light.' He kept saying: 'Never walk out in front of my car like that.' He was "
        "very angry.'\n")
    def said(opening: str) -> str | None:
        return next(q.speaker for q in quotes if q.text.startswith(opening))

    assert said("Don't take liberties") == said("Never walk out") == "Mr Guscott"
    assert said("He continued to lift me") == "Mr Jones"


def _said(quotes: list, opening: str) -> str | None:
    return next(q.speaker for q in quotes if q.text.startswith(opening))


@pytest.mark.parametrize(("text", "speaker"), [
    # An AP write-through: the company the story named, which "the company said in a statement" refers back to
    # (its speaker was "?").
    ("The explosion at the Westbrook Polymers plant shortly after 5:30 a.m. Tuesday injured 14 workers.\n\n"
     '"Our hearts are with the Hardesty family and with everyone at Westbrook," the company said in a statement.',
     "Westbrook Polymers"),
    ("Westbrook Polymers said it was cooperating with investigators.\n\n"
     'The company said: "All of our employees have been accounted for tonight."', "Westbrook Polymers"),
    ("The Foreign Ministry summoned the ambassador on Tuesday.\n\n"
     '"This is an unacceptable interference in our internal affairs," the ministry said.', "Foreign Ministry"),
    ("West Yorkshire Police arrested two men in Leeds on Tuesday.\n\n"
     '"We are not looking for anyone else in connection with the incident," police said.', "West Yorkshire Police"),
    # No body of the kind named, or two: the phrase itself, not a guess.
    ('Two men were arrested in Leeds.\n\n"We are not looking for anyone else at this time," police said.', "police"),
    ("Acme Corp and Beta Ltd signed the deal on Monday.\n\n"
     '"We are delighted with the outcome of the talks today," the company said.', "the company"),
    # A person before "said" is no company: "the company" is not the fire chief.
    ("Fire Chief Dan Sheets said the fire was out.\n\n"
     '"We are cooperating fully with all of the investigators," the company said.', "the company"),
    # An aviation desk's trial: "the carrier" and "the airline" had no speaker ("?").
    ("A Singapore Airlines flight from London hit severe turbulence over Myanmar.\n\n"
     '"Singapore Airlines offers its deepest condolences to the family," the carrier said in a statement.',
     "Singapore Airlines"),
    ('A flight aborted its take-off at LaGuardia.\n\n"We are co-operating fully with investigators," the airline '
     "said.", "the airline"),
])
def test_a_quote_given_by_a_body_named_by_its_kind_goes_to_the_body_named_before(text: str, speaker: str) -> None:
    assert [q.speaker for q in _quotes(text)] == [speaker]


@pytest.mark.parametrize(("text", "speaker"), [
    # An aviation desk's trial: a role or a body in lowercase words had no speaker ("?").
    ('A Delta flight aborted its take-off.\n\n"Cancel take-off clearance!" an air traffic controller shouted.',
     "an air traffic controller"),
    ('A flight returned to Los Angeles.\n\n"We declared an emergency and are returning to the field," one of the '
     "pilots told controllers.", "one of the pilots"),
    ('A flight returned to Los Angeles.\n\nThe investigators said: "The engine failed in the climb."',
     "the investigators"),
    # The verb first (a quote checker's trial: no speaker).
    ('A flight returned to Los Angeles.\n\n"The engine failed in the climb," said the accident investigators.',
     "the accident investigators"),
    # "The court was told" is no role's words: an auxiliary ends the reading (METER: "court was").
    ('Tomkins was in the dock.\n\nThe court was told: "I love you, I love you."', None),
])
def test_a_quote_given_by_a_role_in_lowercase_words_goes_to_those_words(text: str, speaker: str | None) -> None:
    assert [q.speaker for q in _quotes(text)] == [speaker]


def test_a_role_against_a_name_is_no_change_of_speaker() -> None:
    text = ('A Delta flight aborted its take-off at LaGuardia on Sunday night.\n\n'
            '"Cancel take-off clearance, Delta 1943, cancel take-off clearance," {0} shouted.')
    quotes = compare(Document("a", text.format("an air traffic controller")),
                     Document("b", text.format("controller Tom Baker"))).to_dict()["quotes"]
    assert [(q["speaker"], q["source_speaker"], q["speaker_changed"]) for q in quotes] == [
        ("Tom Baker", "an air traffic controller", False)]


def test_an_airline_named_two_ways_is_no_change_of_speaker() -> None:
    # "the carrier" in one text, "the airline" or the airline's name in the other: one body to a reader.
    wire = ('A Delta flight aborted its take-off at LaGuardia on Sunday night.\n\n'
            '"We are co-operating fully with the investigators," {0} said in a statement.')
    for source, target in (("the carrier", "the airline"), ("Delta", "the carrier")):
        quotes = compare(Document("a", wire.format(source)), Document("b", wire.format(target))).to_dict()["quotes"]
        assert [(q["status"], q["speaker_changed"]) for q in quotes] == [("exact", False)]
        assert quotes[0]["speaker"] and quotes[0]["source_speaker"]



@pytest.mark.parametrize(("tag", "speaker"), [
    # A quote checker's list: an organisation's unnamed voice showed as "spokeswoman", or nobody ("?"); now the body
    # it speaks for, as 'A spokesman for Network Rail said: "..."' gave it, or the source as the tag writes it.
    ('"We are working hard to reopen the line," a spokesman for Network Rail said.', "Network Rail"),
    ('"We are working hard to reopen the line," said a spokeswoman for the Metropolitan Police.',
     "Metropolitan Police"),
    ('"We are working hard to reopen the line," said a Home Office spokesman.', "Home Office spokesman"),
    ('"We are working hard to reopen the line," a Home Office spokesman said.', "Home Office spokesman"),
    ('"We are working hard to reopen the line," said a source close to the minister.',
     "a source close to the minister"),
    ('A source close to the minister said: "We are working hard to reopen the line."',
     "a source close to the minister"),
    # Whom the spokesman serves is a person: no body to show.
    ('"We are working hard to reopen the line," a spokesman for Sir John Smith said.', None),
])
def test_an_organisations_unnamed_voice_is_shown_by_the_body_it_speaks_for(tag: str, speaker: str | None) -> None:
    assert [q.speaker for q in _quotes("The line was closed on Tuesday.\n\n" + tag)] == [speaker]


RAIL_LINE = ('The line near Carrbridge was closed on Tuesday after the derailment.\n\n'
             '"We are working hard to reopen the line as soon as we can," {0}.')


@pytest.mark.parametrize(("source", "target", "changed"), [
    # Two sides of the story: the airline's words given to its investigators (a quote checker's list: no change).
    ("the carrier said", "the investigators said", True),
    ("the prosecution said", "the defence said", True),
    # One body two ways, a body and its spokesman, a voice and a person (who may be the voice): no change.
    ("the carrier said", "the airline said", False),
    ("a spokesman said", "Network Rail said", False),
    ("a spokesman for Network Rail said", "Network Rail said", False),
    ("a spokesman for Network Rail said", "said John Smith, the chief engineer", False),
    ("the family said", "police said", False),
])
def test_two_bodies_or_roles_of_two_sides_are_a_change_of_speaker(source: str, target: str, changed: bool) -> None:
    quotes = _pair_report("A Singapore Airlines flight was diverted.\n\n" + RAIL_LINE.format(source),
                          "A Singapore Airlines flight was diverted.\n\n" + RAIL_LINE.format(target))["quotes"]
    assert [(q["status"], q["speaker_changed"]) for q in quotes] == [("exact", changed)]


@pytest.mark.parametrize("tag", ["Alex Hynes said", "said Alex Hynes", "said Alex Hynes, the managing director"])
def test_a_quote_split_by_its_tag_is_one_quote_with_that_tags_speaker(tag: str) -> None:
    # A quote checker's trial: the tag between the halves named nobody (read after the second half), and with the
    # verb first the halves were two quotes.
    quotes = _quotes(f'The line was closed.\n\n"We are ready to reopen the line," {tag}, "and we will do so soon."')
    assert [(q.text, q.speaker) for q in quotes] == [
        ("We are ready to reopen the line and we will do so soon.", "Alex Hynes")]


def test_a_tag_with_a_colon_after_a_quote_in_running_prose_introduces_the_next_quote() -> None:
    # METER (PA, an employment tribunal): counsel's words, set in the sentence's own clause, went to the witness
    # whose tag introduces her answer; and her answer, read through the "he" of "the witness", to the man discussed.
    quotes = _quotes(
        "Mr Paton told her Sandy Jones liked to see women in skirts.\n\n"
        "Pressed by Miss Eady that she had ``exaggerated'' her account and that there was ``no suggestion that Mr "
        "Jones wanted to see women in skirts'', the witness insisted: ``I am very clear about what was said.''")
    assert [(q.text[:13], q.speaker) for q in quotes] == [("no suggestion", None), ("I am very cle", "the witness")]


def test_a_witness_account_in_single_marks_is_read_whole_with_the_words_it_quotes_inside() -> None:
    # METER (the Times): single marks nested in single marks. Read flat, the account stopped at the first inner
    # close ("... I said to him: 'You've broken my leg."), and the rest went to whoever its inner tags named.
    quotes = _quotes(
        "Guscott denies assault\n\n"
        "Jeremy Guscott, 34, denies causing actual bodily harm to Ken Jones.\n\n"
        "Mr Jones said: 'He continued to lift me up and down. I looked down and I said to him: 'You've broken my "
        "leg.' He was saying: 'Don't take liberties with me.' He said: 'You are lucky I didn't punch your lights "
        "out.' He was very angry.'\n")
    account = next(q for q in quotes if q.text.startswith("He continued"))
    assert account.text.endswith("He was very angry.") and account.speaker == "Ken Jones"
    assert _said(quotes, "You are lucky") == _said(quotes, "Don't take liberties") == "Jeremy Guscott"
    assert _said(quotes, "You've broken my leg") == "Ken Jones"  # "I said" in his own account: his words


def test_words_quoted_in_a_wire_account_are_the_man_it_names() -> None:
    # Press Association copy: ``...'' with `...' inside. The inner words were part of the account only.
    quotes = _quotes(
        "Guscott case\n\n"
        "Jeremy Guscott, 34, the rugby player, denies assault.\n\n"
        "Antiques dealer Ken Jones told the jury: ``I went over to slap on the window. He told me `You are lucky I "
        "don't punch your lights out' and then he walked off.''\n")
    account = next(q for q in quotes if q.text.startswith("I went over"))
    assert account.text.endswith("then he walked off.") and account.speaker == "Ken Jones"
    assert _said(quotes, "You are lucky") == "Jeremy Guscott"


def test_double_marks_inside_double_marks_do_not_cut_the_quote_short() -> None:
    quotes = _quotes(
        "Road rage trial\n\n"
        "Jeremy Guscott denies assault.\n\n"
        "“I went over to the car. He told me “You are lucky I don't punch your lights out” and then he drove "
        "off,” said Ken Jones.\n")
    account = next(q for q in quotes if q.text.startswith("I went over"))
    assert account.text.endswith("then he drove off") and account.speaker == "Ken Jones"
    assert _said(quotes, "You are lucky") == "Jeremy Guscott"


def test_an_inner_he_said_is_not_the_tag_of_the_account_it_stands_in() -> None:
    # METER (the Guardian): an account over paragraphs, each opening with a mark, its inner "He said:" read as the
    # tag of the account's paragraph, which went to the man quoted and then carried on to the next paragraph (and
    # "He said Guscott continued to manhandle him" had Guscott say something).
    quotes = _quotes(
        "Guscott trial\n\n"
        "Jeremy Guscott, the rugby player, denies assault.\n\n"
        "Mr Jones added: 'My legs were on the ground but my body was being lifted.'\n\n"
        "He said Guscott continued to manhandle him against the shop front. 'He said: 'Don't take liberties with "
        "me'.\n\n"
        "'I said: 'But you went though a red light'.'\n")
    account = next(q for q in quotes if q.text.startswith("He said: ‘Don't take liberties"))
    assert account.text.endswith("I said: ‘But you went though a red light’.") and account.speaker == "Mr Jones"
    assert _said(quotes, "Don't take liberties") == "Jeremy Guscott"
    assert _said(quotes, "But you went") == "Mr Jones"


def test_an_account_in_straight_single_marks_ending_with_its_inner_quote_is_read_nested() -> None:
    # A re-test: the two closing marks ('...old man.'') were read as the wire's ``...'' close, and the account flat,
    # its inner words the witness's own.
    quotes = _quotes(
        "Shop raid\n\n"
        "Gary Pike, 40, denies robbery.\n\n"
        "Shopkeeper Mary Brown told the court: 'I was behind the counter when he came in. He told me: 'Give me the "
        "money, old man.''\n")
    assert [(q.text, q.speaker) for q in quotes] == [
        ("I was behind the counter when he came in. He told me: ‘Give me the money, old man.’", "Mary Brown"),
        ("Give me the money, old man.", "Gary Pike")]
    # The wire's own account ending with its inner quote (METER: ``I heard Dr Shipman say: `I don't think ...'[''])
    # closes both; its ``...'' quotations are read as before.
    wire = _quotes(
        "Shop raid\n\n"
        "Gary Pike, 40, denies robbery.\n\n"
        "Shopkeeper Mary Brown told the court: ``I was behind the counter when he came in. He told me: `Give me the "
        "money, old man.'''\n\n"
        "``It was the worst day of my life,'' she said. ``I still cannot sleep at night,'' she added.\n")
    assert [(q.text, q.speaker) for q in wire] == [
        ("I was behind the counter when he came in. He told me: `Give me the money, old man.'", "Mary Brown"),
        ("Give me the money, old man.", "Gary Pike"),
        ("It was the worst day of my life", "Mary Brown"),
        ("I still cannot sleep at night", "Mary Brown")]


def test_an_inner_tag_of_a_surname_alone_is_the_person_the_document_names() -> None:
    # A re-test: "Pike said:" inside an account gave "Pike", no person to compare with another text's speaker.
    text = ("Shop raid\n\n"
            "Shopkeeper Mary Brown told the court: 'I was behind the counter when Gary Pike came in. Pike said: 'Give "
            "me the money, old man.' Then he left.'\n")
    assert _said(_quotes(text), "Give me the money") == "Gary Pike"
    # Two people of the surname: which one is not known.
    assert _said(_quotes(text.replace("came in.", "came in with his brother Tom Pike.")), "Give me the money") == "Pike"
    # A fifth re-test: "Mrs Ingram said:" was Charles Ingram, the one Ingram named in full (his wife by her first
    # name alone): a man's first name is not hers.
    couple = ("Quiz trial\n\nCharles Ingram, 39, and his wife, Diana, 38, deny deception.\n\n"
              "A production assistant, Sarah Hope, told the court: \"I was standing behind the set. Mrs Ingram said: "
              "'We have done it, we have won the million.'\"\n")
    assert _said(_quotes(couple), "We have done it") != "Charles Ingram"
    assert _said(_quotes(couple.replace("Mrs Ingram", "Mr Ingram")), "We have done it") == "Charles Ingram"


def test_an_inner_tag_opened_by_then_is_the_person_or_the_teller_it_names() -> None:
    # A fact-checker's re-test: "Then Pike said:" inside an account gave "Then Pike", and "Then I said:" nobody,
    # where the words are Gary Pike's and the teller's own. A sentence's "Then" is no first name outside one either.
    account = ("Shop raid\n\nGary Pike, 34, denies robbery.\n\n"
               "Shopkeeper Mary Brown told the court: \"I was behind the counter. Then Pike said: 'Give me the money, "
               "old man.' I was terrified.\"\n")
    assert _said(_quotes(account), "Give me the money") == "Gary Pike"
    assert _said(_quotes(account.replace("Then Pike", "Then I")), "Give me the money") == "Mary Brown"
    told = "Shop raid\n\nGary Pike, 34, denies robbery.\n\nThen Pike said: \"Give me the money, old man.\"\n"
    assert _said(_quotes(told), "Give me the money") == "Gary Pike"


def test_an_inner_quote_given_to_another_person_is_a_speaker_change() -> None:
    # A re-test: the account names both men, which read as one reporting the other's words: never flagged.
    source = ("Shop raid\n\n"
              "Gary Pike, 40, and John Smith, 38, deny robbery.\n\n"
              "Shopkeeper Mary Brown told the court: 'Pike and Smith came in together. Pike said: 'Give me the money, "
              "old man.' Then they left.'\n")
    report = _pair_report(source, source.replace("Pike said:", "Smith said:"))
    inner = next(q for q in report["quotes"] if q["text"] == "Give me the money, old man.")
    assert (inner["speaker"], inner["source_speaker"], inner["speaker_changed"]) == ("John Smith", "Gary Pike", True)
    # A guess on one side ("He said:", resolved by the pronoun rule) is no change a reader would see.
    for target in (source.replace("Pike said:", "He said:"), source):
        assert [q["speaker_changed"] for q in _pair_report(source, target)["quotes"]] == [False, False]


def test_an_inner_tag_naming_whom_the_words_were_said_to_gives_them_to_the_speaker() -> None:
    # A re-test: "Pike told Smith:" inside an account gave no inner quote, where "Pike said:" did.
    text = ("Shop raid\n\n"
            "Gary Pike, 40, and John Smith, 38, deny robbery.\n\n"
            "Shopkeeper Mary Brown told the court: 'Pike and Smith came in together. Pike said: 'Get out of my way, "
            "old man.' Then they left.'\n")
    for tag in ("Pike told Smith:", "Pike told Mr Smith:", "Pike said to Smith:", "Pike shouted at Smith:",
                "Pike shouted at me:"):
        quotes = _quotes(text.replace("Pike said:", tag))
        assert [(q.text, q.speaker) for q in quotes][1:] == [("Get out of my way, old man.", "Gary Pike")], tag
    # A name right after "said" is whom the words are about, not to: no tag, the words the account's.
    about = text.replace("Pike said: 'Get out of my way, old man.'", "Pike said Smith 'was a liar and a thief.'")
    assert [q.speaker for q in _quotes(about)] == ["Mary Brown"]


def test_the_tellers_own_words_in_an_account_given_to_another_person_are_a_speaker_change() -> None:
    # A re-test: "I said:" in one text's account (the shopkeeper's words, by the account's tag) against "Smith
    # said:" in the other's was never flagged, the teller's words counting as a guess.
    source = ("Shop raid\n\n"
              "Gary Pike, 40, and John Smith, 38, deny robbery.\n\n"
              "Shopkeeper Mary Brown told the court: 'Pike and Smith came in together. I said: 'Get out of my shop, "
              "both of you.' Then they left.'\n")
    target = source.replace("I said:", "Smith said:")
    for a, b in ((source, target), (target, source)):
        inner = next(q for q in _pair_report(a, b)["quotes"] if q["text"] == "Get out of my shop, both of you.")
        assert inner["speaker_changed"], inner
        assert {inner["speaker"], inner["source_speaker"]} == {"Mary Brown", "John Smith"}
    # "He said:" is a guess, "We said:" may be the teller and Smith, and an account given by "she" a guess too.
    for tag in ("He said:", "We said:"):
        assert not any(q["speaker_changed"] for q in _pair_report(source.replace("I said:", tag), target)["quotes"])
    guessed = source.replace("Shopkeeper Mary Brown told", "Shopkeeper Mary Brown, 50, was in court. She told")
    assert not any(q["speaker_changed"] for q in _pair_report(guessed, guessed.replace("I said:", "Smith said:"))[
        "quotes"])


def test_words_an_account_quotes_are_matched_as_the_quoted_mans_and_never_reported_alone() -> None:
    from diffsrc.pair.findings.quotes import match_quotes

    wire = _quotes(
        "Guscott case\n\n"
        "Jeremy Guscott, 34, the rugby player, denies assault.\n\n"
        "Antiques dealer Ken Jones told the jury: ``I went over to slap on the window. He told me 'You are lucky I "
        "don't punch your lights out' and then he walked off.''\n")
    paper = _quotes(
        "Guscott in court\n\n"
        "Jeremy Guscott told antiques dealer Ken Jones: 'You are lucky I don't punch your lights out.'\n")
    [entry] = match_quotes(wire, paper)
    assert (entry["status"], entry["speaker"], entry["source_speaker"]) == ("exact", "Jeremy Guscott",
                                                                          "Jeremy Guscott")
    # Rendered by nothing, the words the account quotes are in the account's entry only: no second `dropped`.
    other = _quotes("Weather\n\n'It will rain all day tomorrow in the west,' the forecaster Jane Brown said.\n")
    assert [e["source_text"][:14] for e in match_quotes(wire, other) if e["status"] == "dropped"] == [
        "I went over to"]
    assert [e["status"] for e in match_quotes(other, wire)] == ["new", "dropped"]  # the account is new, alone


def test_a_word_in_single_marks_inside_a_quote_leaves_it_whole() -> None:
    quotes = _quotes(
        "Trial\n\n"
        "'He had the 'audacity' to step out in front of my car and knock on my window,' said Ken Jones.\n")
    assert [(q.text, q.speaker) for q in quotes] == [
        ("He had the ‘audacity’ to step out in front of my car and knock on my window", "Ken Jones")]


def test_someone_who_continued_to_do_something_is_not_who_said_it() -> None:
    # METER (the Guardian): "continued" is a verb of saying, "continued to" is not.
    quotes = _quotes(
        "Guscott trial\n\n"
        "Ken Jones, 47, an antiques dealer, told the jury he had been crossing the road.\n\n"
        "He said Jeremy Guscott continued to manhandle him against the shop front. 'I was very frightened and could "
        "not get away.'\n")
    assert quotes[-1].text.startswith("I was very frightened") and quotes[-1].speaker == "Ken Jones"


def test_a_pronoun_tag_is_not_the_person_its_sentence_then_addresses() -> None:
    # METER (the Guardian): "He told ... magistrate Ronald Bartle that ...": he is the counsel named before.
    quotes = _quotes(
        "Pinochet extradition hearing opens\n\n"
        "Opening the case for the government of Spain, Alun Jones QC said the charges constituted 'some of the most "
        "serious allegations of crime ever to come before English criminal courts'.\n\n"
        "He told deputy chief metropolitan magistrate Ronald Bartle that an act of torture by any public official "
        "anywhere in the world is an offence by UK law. 'It is facile to argue in the modern world these offences "
        "are a matter for Chile and no one else.'\n")
    assert quotes[-1].text.startswith("It is facile") and quotes[-1].speaker == "Alun Jones QC"


def test_she_said_after_a_quote_of_hers_goes_on_with_her_in_the_next_paragraph() -> None:
    # METER (the Independent): the quote below "Asked how she felt, she said:" went to the campaigner named two
    # paragraphs up; "exclaimed" is a verb of saying too.
    quotes = _quotes(
        "Woman freed after 11 years\n\nMary Druhan was freed by the Court of Appeal yesterday.\n\n"
        "David Jessel, who heads the Trial and Error team and has visited Ms Druhan many times in prison, said the "
        "original case was flawed. He said the court had not been told the principal witness was a drug addict.\n\n"
        "Lord Bingham said the Court of Appeal had found 17 \"inherent problems\" with the conviction.\n\n"
        "As she emerged from the cells, Ms Druhan exclaimed: \"I'm free. I'm free. I'm free.\"  Asked how she felt, "
        "she said:\n\n\"What I have really been looking forward to is a Cornetto and at last I have had one.\"\n")
    assert [q.speaker for q in quotes[-2:]] == ["Mary Druhan", "Mary Druhan"]


@pytest.mark.parametrize("paragraph", [
    "Broward County Sheriff's Deputy George Ferguson testified: \"In my experience, this is the first time we've "
    "seen where a boat would go through another boat.\"",
    "\"In my experience, this is the first time we've seen where a boat would go through another boat,\" Deputy "
    "George Ferguson testified.",
])
def test_a_witness_who_testified_is_the_quotes_speaker(paragraph: str) -> None:
    # METER (the Times, a Florida boat trial): the deputy's words had speaker "?" in every findings format, since
    # "testified", how court copy tags a witness, was no verb of saying.
    quotes = _quotes("Boat killer jailed\n\nA millionaire was jailed for 85 years yesterday for killing six people "
                     "when he drove his powerboat into a fishing boat.\n\n" + paragraph + "\n")
    assert [q.speaker for q in quotes] == ["George Ferguson"]


@pytest.mark.parametrize(("opening", "speaker"), [
    ("Horrified Connie", "Connie"),         # METER's tabloids: a mood, a noun or an -ed word before the name
    ("Sad Richard", "Richard"),
    ("Angry John McKay", "John McKay"),
    ("Student Richard", "Richard"),
    ("Retired WPC Lisa Conneely", "WPC Lisa Conneely"),
    ("Winifred Smith", "Winifred Smith"),   # first names in -ed (a new user's trial: "Baker", "Khan" before)
    ("Mildred Baker", "Mildred Baker"),
    ("Rasheed Khan", "Rasheed Khan"),
    ("Father Brown", "Father Brown"),       # a noun for a person that is a title too
    ("Heartbroken Connie Smith, 62, wept as she told the inquest:", "Connie Smith"),  # "she" finds her, undescribed
    ("Shopkeeper John McKay", "John McKay"),  # what the person does (a new user's trial)
    ("Pensioner Mavis Grant", "Mavis Grant"),
    ("Mother-of-three Carol", "Carol"),       # METER's transplant story
    ("Farmer Rich Judge", "Rich Judge"),      # a trade that is a surname too, before a first and last name
    ("Farmer Giles", "Farmer Giles"),          # ... and not before one name: it may be his
    ("Mason Mount", "Mason Mount"),
    ("Veteran Earnest Judge", "Earnest Judge"),
    ("Ex-soldier Rusty Mason", "Rusty Mason"),
    ("Great-grandmother Winifred Farmer", "Winifred Farmer"),
    ("Headmaster Jeremy Nichols", "Jeremy Nichols"),  # METER (PA, exams2): a school's head
    ("Former Headteacher Mary Brown", "Mary Brown"),
])
def test_a_word_describing_the_speaker_before_the_name_is_no_part_of_it(opening: str, speaker: str) -> None:
    tag = opening if opening.endswith(":") else f"{opening} said:"
    quotes = _quotes(f"Neighbours cleared\n\nThe case was heard yesterday.\n\n{tag} \"A few in this "
                     "village made our lives a misery.\"\n")
    assert [q.speaker for q in quotes] == [speaker]


def test_a_description_in_lowercase_after_the_verb_is_no_part_of_the_speaker() -> None:
    # A new user's trial: "said horrified Connie Smith" gave the quote no speaker at all, where "Horrified Connie
    # Smith said" gave it hers. The same words describe the person after the verb, in lowercase.
    tags = [
        ("said horrified Connie Smith", "Connie Smith"),
        ("said shopkeeper John McKay", "John McKay"),
        ("said mother-of-three Carol Jones", "Carol Jones"),
        ("said former headteacher Mary Brown", "Mary Brown"),
        ("said a tearful Jean Evans", "Jean Evans"),
        ("said heartbroken Connie", "Connie"),
        # A re-test: any lowercase words, and an age, describe the person before a first and last name.
        ("said grieving mother Sarah Jones", "Sarah Jones"),
        ("said local resident John O'Neill, 54", "John O'Neill"),
        ("said 67-year-old Tom Brown", "Tom Brown"),
        ("said keen amateur gardener Mr Davies", "Mr Davies"),
        # A fact-checker's re-test: an age before a first name alone (gave nobody), a comma before an age.
        ("said 26-year-old Connie", "Connie"),
        ("said mother-of-two, 34-year-old Jane Smith", "Jane Smith"),
        # Lowercase words that describe nobody: the name after them is not who speaks.
        ("said the wife of Peter Evans", None),
        ("said horrified Connie's mother, Jean", None),  # Connie's mother speaks, not Connie (gave "Connie")
        ("said 26-year-old Connie's mother", None),
        ("said outside Mark Lane", None),
        ("said yesterday Mark Lane", None),
        # A second re-test: a verb in -ing before the name takes the name as its object; the words are the
        # lawyers', detectives', campaigners' (they were given to Tom Brown, and a paper naming the lawyers showed
        # the quote "given to another speaker").
        ("said lawyers representing Tom Brown", None),
        ("said detectives investigating Tom Brown", None),
        ("said campaigners supporting Tom Brown", None),
    ]
    paper = "Village shop fire\n\n" + "\n\n".join(
        f'"The {thing} went up in flames in minutes last night," {tag}.'
        for thing, (tag, _) in zip(["shop", "barn", "garage", "school hall", "bus shelter", "church roof", "pub",
                                    "mill", "bakery", "chapel", "cafe", "library", "cottage", "boathouse",
                                    "warehouse", "pavilion", "stable", "kiosk", "garden centre", "chip shop"],
                                   tags, strict=True))
    report = _pair_report(paper, paper)
    assert [q["speaker"] for q in report["quotes"]] == [speaker for _, speaker in tags]


@pytest.mark.parametrize(("tag", "speaker"), [
    # A re-test: a party, a club or an employer before the words that say what the person is to it was taken for
    # the speaker ("Labour", "Chelsea"), so a quote moved from Peter Black to Alan White was no speaker change.
    ("said Labour councillor Peter Black", "Peter Black"),
    ("said Tory leader William Hague", "William Hague"),
    ("said Chelsea fan Tom Brown", "Tom Brown"),
    ("said Manchester United manager Alex Ferguson", "Alex Ferguson"),
    ("said BBC correspondent Jane Hill", "Jane Hill"),
    # ... and as before: the name alone, a title, an office.
    ("said Tom Brown", "Tom Brown"),
    ("said Home Secretary Jack Straw", "Jack Straw"),
    ("said Labour", "Labour"),
    # A second re-test: a possessive is whose the speaker is ("Mr Smith's wife Jane", read as Mr Smith, was then
    # a quote "given to another speaker" against a paper's "said Jane Smith, his wife").
    ("said Labour's John Smith", "John Smith"),
    ("said Britain's Prime Minister Tony Blair", "Tony Blair"),
    ("said Smith's lawyer", None),
    # A third re-test: a relative known by first name takes the family's surname; a body's name may stand between
    # the possessive and the description, and a comma before the name.
    ("said Mr Smith's wife Jane", "Jane Smith"),
    ("said St John's Ambulance spokesman Tom Brown", "Tom Brown"),
    ("said McDonald's UK chief executive Alistair Macrow", "Alistair Macrow"),
    ("said Mr Smith's lawyer, Jane Brown", "Jane Brown"),
    # A fourth re-test: a comma before the name ("the Labour councillor, Peter Black" gave "Labour"), two
    # affiliations joined by "and" (gave "Liverpool"), and a relative named after "his" or "her" (gave nobody).
    ("said the Labour councillor, Peter Black", "Peter Black"),
    ("said the Manchester United manager, Alex Ferguson", "Alex Ferguson"),
    ("said the BBC correspondent, Jane Hill", "Jane Hill"),
    ("said Liverpool and England captain Steven Gerrard", "Steven Gerrard"),
    ("said the Liverpool and England captain, Steven Gerrard", "Steven Gerrard"),
    ("said his wife, Jane Smith", "Jane Smith"),
    ("said his wife Jane Smith", "Jane Smith"),
    ("said her husband, Tom", "Tom"),  # a first name the document names no one in full by: as written
    # A speaker auditor: a body of two names after "her" gave its first ("Marks").
    ("said her employer, Marks and Spencer", None),
    ("said their Labour colleague", None),  # not "Labour"
    ("said the former MP", None),  # one word in capitals is an office or a body, not a name (gave "MP")
    # A seat's letters before the name, as an office is (gave "Tory MP Alan Clark", no person to tell from another).
    ("said Tory MP Alan Clark", "Alan Clark"),
    ("said Labour MEP Richard Corbett", "Richard Corbett"),
    # US copy's party before an office or a name is no part of the name (gave "Republican Sen. Ted Cruz").
    ("said Republican Sen. Ted Cruz", "Ted Cruz"),
    ("said GOP Rep. Jim Jordan", "Jim Jordan"),
    ("said Democrat John Smith", "John Smith"),
    ("said Democratic Gov. Gavin Newsom", "Gavin Newsom"),
    ("said Democratic Assemblyman John Wisniewski", "John Wisniewski"),  # gave "Democratic Assemblyman ..."
    # Where the person is from after the name (gave "Tory", "Liverpool").
    ("the assemblyman said", "assemblyman"),  # a US office in lowercase speaks as "the minister" does (gave nobody)
    ("said Tory councillor Jane Doe of Leeds", "Jane Doe"),
    ("said Liverpool captain Steven Gerrard of Huyton", "Steven Gerrard"),
    ("said Republican lawmaker Jane Doe of Texas", "Jane Doe"),
    # A fact-checker's re-test: the seat after "the", with a comma ("Labour", "Tory MP" spoke); not letters after a
    # name ("Jack Straw MP, Home Secretary" is no seat of Jack Straw's before the Home Secretary), nor an owner.
    ("said the Labour and Co-operative MP, Tom Brown", "Tom Brown"),
    ("said the Tory MP for Kensington and Chelsea, Alan Clark", "Alan Clark"),
    ("said Jack Straw MP, Home Secretary", "Jack Straw"),
    ("said the Labour MP, Tom Brown's wife, Jane", None),
    ("said Pieter van der Merwe", "Pieter van der Merwe"),  # a surname's two particles (gave "Pieter")
    # A fact-checker's re-test: an office held "for" a place or a brief, then the name with no comma ("Labour MP",
    # "Tory MP", "Minister", "Labour" spoke). Not whom an office serves, nor a place of three words after "the", nor
    # whom the words were told.
    ("said Labour MP for Birmingham Northfield Richard Burden", "Richard Burden"),
    ("said the Labour MP for Birmingham Northfield Richard Burden", "Richard Burden"),
    ("said Tory MP for Hexham Guy Opperman", "Guy Opperman"),
    ("said Tory MP for Hexham Sir Guy Opperman", "Guy Opperman"),
    ("said Labour MP for Camberwell and Peckham Harriet Harman", "Harriet Harman"),
    ("said Labour MEP for the West Midlands Richard Corbett", "Richard Corbett"),
    ("said Secretary of State for Health Frank Dobson", "Frank Dobson"),
    ("said Labour councillor for Moss Side Peter Black", "Peter Black"),
    ("said a spokesman for Sir John Smith", "spokesman"),
    ("said the Labour MP for Birmingham Hodge Hill", "Labour MP"),
    ("he told Labour MP for Hexham Guy Opperman", None),
    # A fact-checker's re-test: a listed first name before the last two words opens a name of three ("Duncan Smith"
    # spoke), and a comma after the seat's place with no "the" ("Conservative MP" spoke), not after a person's name.
    ("said Tory MP for Chingford Iain Duncan Smith", "Iain Duncan Smith"),
    ("said the Tory MP for Chingford Iain Duncan Smith", "Iain Duncan Smith"),
    ("said Conservative MP for Hexham, Guy Opperman", "Guy Opperman"),
    ("said former Labour MP for Hexham, Tom Brown", "Tom Brown"),
    ("said Liberal Democrat MP for Birmingham Yardley, John Hemming", "John Hemming"),
    ("said Jack Straw MP for Blackburn, Home Secretary", "Jack Straw"),
    # A fact-checker's re-test on a PA seat ("the former MP for Tatton, Cheshire"): the county spoke.
    ("said former Tory MP for Tatton, Cheshire, Neil Hamilton", "Neil Hamilton"),
    ("said the former MP for Tatton, Cheshire, Neil Hamilton", "Neil Hamilton"),
])
def test_a_party_or_club_before_the_speakers_description_is_no_speaker(tag: str, speaker: str) -> None:
    quotes = _quotes(f'Council row\n\nThe council met on Monday.\n\n"The decision was taken without any '
                     f'consultation at all," {tag}.\n')
    assert [q.speaker for q in quotes] == [speaker]


@pytest.mark.parametrize(("person", "speaker"), [
    ("the Labour councillor, Peter Black", "Peter Black"),
    ("Labour councillor Peter Black", "Peter Black"),
    ("the Manchester United manager, Alex Ferguson", "Alex Ferguson"),
    ("Liverpool and England captain Steven Gerrard", "Steven Gerrard"),
    ("his wife, Jane Smith", "Jane Smith"),
    ("Mr Smith's wife, Jane", "Jane Smith"),
    ("former headteacher Mary Brown", "Mary Brown"),
    # A fact-checker's re-test: a seat with two parties or its place ("Labour", "Liberal Democrat" or "Birmingham
    # Yardley" spoke), an age before a first name alone (nobody), a surname with two particles ("Mr" spoke).
    ("the Labour and Co-operative MP, Tom Brown", "Tom Brown"),
    ("the Liberal Democrat MP for Birmingham Yardley, John Hemming", "John Hemming"),
    ("the Tory MP, Alan Clark", "Alan Clark"),
    ("the former Labour MP, Tony Benn", "Tony Benn"),
    ("26-year-old Connie", "Connie"),
    ("Mr van der Merwe's wife, Elsa", "Elsa van der Merwe"),
    # A fact-checker's re-test: the seat's place run on into the name, no comma ("Labour MP", nobody, or
    # "Birmingham Northfield Richard Burden" spoke).
    ("Labour MP for Birmingham Northfield Richard Burden", "Richard Burden"),
    ("Tory MP for Hexham Guy Opperman", "Guy Opperman"),
    ("Minister for London Glenda Jackson", "Glenda Jackson"),
    # A fact-checker's re-test: a name of three words ("Duncan Smith" spoke), a comma after the seat's place with no
    # "the" ("Conservative MP" or nobody spoke).
    ("Tory MP for Chingford Iain Duncan Smith", "Iain Duncan Smith"),
    ("Conservative MP for Hexham, Guy Opperman", "Guy Opperman"),
    # A transport desk's trial: "former" before the body, "one" before the description (nobody spoke).
    ("former NTSB board member John Goglia", "John Goglia"),
    ("one passenger, Evan Smith", "Evan Smith"),
])
def test_a_described_speaker_is_read_in_every_order_of_the_tag(person: str, speaker: str) -> None:
    # A re-test: "said the Labour councillor, Peter Black" was Labour's quote, "the Labour councillor, Peter Black,
    # said" after the quote nobody's, and "The Labour councillor, Peter Black, said:" before it Peter Black's.
    words = '"The decision was taken without any consultation at all'
    before = f"{person[:1].upper()}{person[1:]} said: {words}.\""
    tags = [f'{words}," said {person}.', f'{words}," {person}, said.', before]
    for tag in tags:
        quotes = _quotes(f"Council row\n\nThe council met on Monday.\n\n{tag}\n")
        assert [q.speaker for q in quotes] == [speaker], tag


@pytest.mark.parametrize(("text", "speaker"), [
    # METER: the tag before the quote gave the first name alone, the same tag after it the family's name.
    ('Mr Brown\'s brother Neil, 39, said: "If he was a dog he would have been shot by now."', "Neil Brown"),
    ('"If he was a dog he would have been shot by now," said Mr Brown\'s brother Neil.', "Neil Brown"),
    # The owner known by first name: the surname of the one person of that first name (not "Neil Brian"), a time
    # opening the sentence aside (the owner was "Yesterday Brian").
    ('Brian Hagland, 23, died in hospital.\n\nBrian\'s younger brother Neil said: "This is not justice for '
     'Brian."', "Neil Hagland"),
    ('Brian Hagland, 23, died in hospital.\n\nYesterday Brian\'s father, Ken, said: "This is not justice for '
     'Brian."', "Ken Hagland"),
    ('Brian Hagland, 23, died in hospital.\n\nLast night Brian\'s father, Ken, said: "This is not justice for '
     'Brian."', "Ken Hagland"),
    # A speaker auditor: only a relative who usually bears the owner's surname is given it. A man's sister, a
    # married woman's mother or brother bear another ("Mrs Jones's mother, Mary" was Mary Evans in the paper,
    # "Mr Carter's sister, Donna" Donna Whittle); a married woman's husband and children, an unmarried one's
    # sister (METER dev: "Miss Zavaroni's sister, Carla", six times) bear hers.
    ('Brian Hagland, 23, died in hospital.\n\nYesterday Brian\'s sister Jane said: "This is not justice for '
     'Brian."', "Jane"),
    ('Mrs Jones\'s mother, Mary, said: "We never gave up hope that she would come home."', "Mary"),
    ('Mr Carter\'s sister, Donna, 32, said: "The fence had been broken for months."', "Donna"),
    ('"Those boys should still be alive today," said Mrs Hughes\'s brother, Tony.', "Tony"),
    ('"We are just so relieved that she is safe," said Mrs Jones\'s husband, Paul.', "Paul Jones"),
    ('Miss Zavaroni\'s sister, Carla, said: "She was a wonderful singer all her life."', "Carla Zavaroni"),
    # ... nor from a royal title, an office or a body; a surname keeps its particles.
    ('Prince Charles\'s son, William, said: "My father has given his life to this cause."', "William"),
    ('The Queen\'s sister, Margaret, said: "It is a marvellous achievement for everyone."', "Margaret"),
    ('Mr de Souza\'s son, Carlos, said: "Dad founded the charity in a back room."', "Carlos de Souza"),
])
def test_a_relative_named_by_first_name_takes_the_family_name(text: str, speaker: str) -> None:
    quotes = _quotes(f"Court case\n\n{text}\n")
    assert [q.speaker for q in quotes] == [speaker]


@pytest.mark.parametrize(("named", "speaker"), [
    # A speaker auditor: the one Tom the document names in full was taken for the husband ("Tom Harris"), who was
    # the arrested driver, Tom Walker, in one of its texts, then flagged against the paper's "Tom Harris".
    ("Tom Harris, 52, runs the shop with his wife Jane.", "Tom"),
    ("The lorry driver, Tom Walker, 51, was arrested.", "Tom"),
    ("Tom Harris and Tom Jones ran the shop.", "Tom"),
    ("The shop had stood for a century.", "Tom"),
    ("Yesterday Tom Harris thanked the firemen.", "Tom"),
])
def test_a_relative_named_by_first_name_after_his_or_her_stays_the_first_name(named: str, speaker: str) -> None:
    # "said her husband, Tom" names the husband by first name only: which Tom, the document does not say.
    for tag in ('"We have lost everything we worked for," said her husband, Tom.',
                'Her husband, Tom, said: "We have lost everything we worked for."'):
        quotes = _quotes(f"Shop fire\n\n{named}\n\n{tag}\n")
        assert [q.speaker for q in quotes] == [speaker], tag


def test_a_quote_moved_between_two_members_of_one_party_is_a_speaker_change() -> None:
    # A speaker auditor's re-test: "Labour MP Richard Burden" -> "Labour MP Tom Brown" was never flagged.
    source = ("Plant closure\n\nMPs debated the closure of the Longbridge plant yesterday.\n\n"
              "\"The workers of Longbridge deserve better than this,\" said Labour MP Richard Burden.\n")
    report = _pair_report(source, source.replace("Richard Burden", "Tom Brown"))
    assert [(q["speaker"], q["source_speaker"], q["speaker_changed"]) for q in report["quotes"]] == [
        ("Tom Brown", "Richard Burden", True)]


def test_a_quote_moved_between_two_holders_of_one_seat_written_with_its_place_is_a_speaker_change() -> None:
    # A fact-checker's re-test: "Labour MP for Birmingham Northfield Richard Burden" gave "Labour MP", so the quote
    # given to Tom Brown went unflagged, and the same person written "Richard Burden, the Labour MP for ..." showed
    # two names.
    source = ("Plant closure\n\nMPs debated the closure of the Longbridge plant yesterday.\n\n"
              "\"The workers of Longbridge deserve better than this,\" said Labour MP for Birmingham Northfield "
              "Richard Burden.\n")
    moved = _pair_report(source, source.replace("Richard Burden", "Tom Brown"))
    assert [(q["speaker"], q["source_speaker"], q["speaker_changed"]) for q in moved["quotes"]] == [
        ("Tom Brown", "Richard Burden", True)]
    reworded = _pair_report(source, source.replace("Labour MP for Birmingham Northfield Richard Burden",
                                                   "Richard Burden, the Labour MP for Birmingham Northfield"))
    assert [(q["speaker"], q["source_speaker"], q["speaker_changed"]) for q in reworded["quotes"]] == [
        ("Richard Burden", "Richard Burden", False)]


@pytest.mark.parametrize(("wire", "paper", "speakers"), [
    # A fact-checker's re-test: the party, the seat's place, "Mr" or nobody was a text's speaker, so a quote moved
    # from one person to another went unflagged, and one person written two ways showed two names, or one and none.
    ("said the Labour and Co-operative MP, Tom Brown", "said the Labour and Co-operative MP, Gisela Stuart",
     ("Gisela Stuart", "Tom Brown", True)),
    ("said the Liberal Democrat MP for Birmingham Yardley, John Hemming",
     "said John Hemming, the Liberal Democrat MP for Birmingham Yardley", ("John Hemming", "John Hemming", False)),
    ("said mother-of-two, 34-year-old Jane Smith", "said mother-of-two, 34-year-old Jane Brown",
     ("Jane Brown", "Jane Smith", True)),
    ("said 26-year-old Connie Casey", "said 26-year-old Connie", ("Connie", "Connie Casey", False)),
    ("said Mr van der Merwe's wife, Elsa", "said Mr van der Merwe's wife, Anna",
     ("Anna van der Merwe", "Elsa van der Merwe", True)),
    # A fact-checker's re-test: "Conservative MP" spoke in both texts, so the quote moved to Tom Brown went
    # unflagged; one man written two ways was "Duncan Smith" in one.
    ("said Conservative MP for Hexham, Guy Opperman", "said Conservative MP for Hexham, Tom Brown",
     ("Tom Brown", "Guy Opperman", True)),
    ("said Tory MP for Chingford Iain Duncan Smith", "said Iain Duncan Smith, the Tory MP for Chingford",
     ("Iain Duncan Smith", "Iain Duncan Smith", False)),
])
def test_a_speaker_described_before_the_name_is_compared_across_texts(wire: str, paper: str, speakers: tuple) -> None:
    def text(tag: str) -> str:
        return (f"Plant closure\n\nMPs debated the closure of the Longbridge plant yesterday.\n\n"
                f"\"The workers of Longbridge deserve better than this,\" {tag}.\n")
    report = _pair_report(text(wire), text(paper))
    assert [(q["speaker"], q["source_speaker"], q["speaker_changed"]) for q in report["quotes"]] == [speakers]


@pytest.mark.parametrize(("wire", "paper", "changed"), [
    # A speaker auditor: "Mr Carter's sister, Donna" was Donna Carter, flagged against the paper's Donna Whittle;
    # a surname a relative is given from the owner is a guess, no evidence of another person.
    ("Mr Carter's sister, Donna,", "Liam's aunt, Donna Whittle,", False),
    ("Mr Carter's son, Liam,", "Liam Whittle", False),
    ("Mrs Jones's husband, Paul,", "Paul Evans", False),
    ("Mr Carter's son, Liam,", "Steve Carter", True),  # the first name the tag writes still tells two people
])
def test_a_surname_given_to_a_relative_is_no_speaker_change(wire: str, paper: str, changed: bool) -> None:
    story = ("Liam Carter, 14, from Orrell, died on July 4 last year.\n\n{} said: \"The fence had been broken for "
             "months and the owners knew it.\"\n")
    quote = _pair_quote(story.format(wire), story.format(paper), "The fence had been broken")
    assert quote["speaker_changed"] is changed


@pytest.mark.parametrize("after", [
    "Mr Black's wife, Jane, said she had borrowed her first book there.",
    "His wife, Jane, said she had borrowed her first book there.",
    "Former headteacher Mary Brown said the decision was shameful.",
    "Mary Brown said the decision was shameful.",
])
def test_a_quote_a_colon_introduced_keeps_its_tag(after: str) -> None:
    # A speaker auditor: the next sentence's subject, its verb after the name, was read as the quote's tag (Jane
    # Black, Mary Brown), then flagged against a paper that moved that sentence to a paragraph of its own.
    quotes = _quotes(f'Library closes\n\nPeter Black said: "This is a sad day for the city and for every child in '
                     f'it." {after}\n')
    assert [q.speaker for q in quotes] == ["Peter Black"]


def test_pronoun_with_no_titled_person_finds_the_named_subject() -> None:
    quotes = _quotes(
        "Ellie Vance is sitting in a north London cafe, two weeks before her tour.\n\n"
        '"I have never felt so nervous about a show in my life," she says, laughing.\n'
    )
    assert quotes[0].speaker == "Ellie Vance"


def test_continued_quote_keeps_its_speaker() -> None:
    quotes = _quotes('"We will decide for ourselves," Motegi said. "What matters is what is in the budget."')
    assert [q.speaker for q in quotes] == ["Motegi", "Motegi"]


def test_a_wire_quotation_over_two_paragraphs_quoted_whole_is_exact() -> None:
    # METER: PA opens each paragraph of a long quotation and closes only the last; a paper quoting it whole was
    # shown as adding the second paragraph's words ("altered", the words "inserted").
    source = ("Mrs Strover said: ``I have heard that the jury was asleep and nobody pointed it out to the court clerk "
              "later.\n\n``They held their own investigation and found it was true. It is only fair to have a "
              "re-trial.''\n")
    target = ('Mrs Strover said: "I have heard that the jury was asleep and nobody pointed it out to the court clerk '
              'later. They held their own investigation and found it was true. It is only fair to have a re-trial."')
    report = compare(Document.from_text(source, id="s"), Document.from_text(target, id="t")).to_dict()
    assert [q["status"] for q in report["quotes"]] == ["exact"]


def test_quote_running_over_paragraphs_keeps_its_speaker() -> None:
    quotes = _quotes(
        "“We will build up our defence capability step by step,” Motegi said. “We will not rush.\n\n"
        "“The plan will be reviewed next year and we will tell our allies about it.”\n"
    )
    assert [q.speaker for q in quotes] == ["Motegi", "Motegi"]
    assert quotes[1].text == ("We will not rush. The plan will be reviewed next year and we will tell our allies "
                              "about it.")


def test_speaker_named_by_office_is_the_person_holding_it() -> None:
    quotes = _quotes(
        "Transport Secretary Heidi Alexander announced the money on Monday.\n\n"
        "“For too long drivers have been dodging craters on our roads,” the Transport Secretary said.\n"
    )
    assert quotes[0].speaker == "Heidi Alexander"


def test_lowercase_office_resolves_to_its_holder() -> None:
    quotes = _quotes(
        "Foreign Minister Toshimitsu Motegi met reporters on Wednesday.\n\n"
        '"We are firmly preparing for the visit," the foreign minister said.\n\n'
        '"We will not rush the review," the minister added.\n'
    )
    assert [q.speaker for q in quotes] == ["Toshimitsu Motegi", "Toshimitsu Motegi"]


def test_office_and_name_are_not_a_speaker_change() -> None:
    from diffsrc.pair.findings.quotes import same_speaker

    assert same_speaker("Transport Secretary", "Heidi Alexander")
    assert same_speaker("Japanese government", "Toshimitsu Motegi")
    assert not same_speaker("Sanae Takaichi", "Toshimitsu Motegi")


def test_wire_pound_sign_and_short_multipliers_in_money() -> None:
    assert changed_facts("Network Rail was fined #3.4m.", "Network Rail was fined £3.4 million.") == []
    assert [(s.surface, t.surface) for s, t in changed_facts("It was fined #3.4m.", "It was fined £3.2m.")] == [
        ("#3.4m", "£3.2m")
    ]
    # Outside money "m" is no multiplier but a unit (metres): the number is read whole, 3.4, never 3.
    assert [(f.surface, f.value) for f in extract_facts("a 3.4m-long wall")] == [("3.4m", 3.4)]


def test_scare_quotes_are_not_quotations() -> None:
    assert _quotes("Japan's “defense-only” posture and the “Asian NATO” idea were discussed.") == []


def test_a_quotation_of_three_words_is_a_quote_with_its_speaker() -> None:
    # A new user's trial: "cowardly and unprovoked" and "Absolutely no chance" were no quotes (four words were the
    # least). On METER dev, 186 of the 230 quotes of three words were someone's words; scare quotes of one or two
    # words stay out.
    source = ("Shop attacked in high street\n\nA shopkeeper was hurt when two men attacked him in Bridge Street on "
              "Monday night.\n\nChief Inspector Mary Brown said the attack was \"cowardly and unprovoked\".\n\n"
              "Residents blamed the so-called \"experts\" behind the council's \"zero tolerance\" plan.\n\n"
              "Asked whether the men would be caught, she said: \"We have good descriptions of both of them.\"\n\n"
              "The shop's owner, John Smith, was asked whether he would close. \"Absolutely no chance,\" he said.\n")
    report = _pair_report(source, source.replace("cowardly and unprovoked", "cowardly and vicious"))
    assert [(q["status"], q["text"], q["source_text"], q["speaker"]) for q in report["quotes"]] == [
        ("altered", "cowardly and vicious", "cowardly and unprovoked", "Mary Brown"),
        ("exact", "We have good descriptions of both of them.", "We have good descriptions of both of them.",
         "Mary Brown"),
        ("exact", "Absolutely no chance", "Absolutely no chance", "John Smith"),
    ]


def test_a_title_of_three_capitalised_words_is_no_quotation() -> None:
    # A re-test: with three-word quotes admitted, the names of works and operations in quote marks were quotations,
    # and a paper leaving out the title "dropped" them. A tag makes one a quote still: a slogan someone shouted.
    source = ("Actress wins award\n\nShe starred in the BBC drama \"Line of Duty\" last year.\n\n"
              "The campaign, known as \"Operation Desert Storm\", began in January 1991.\n\n"
              "\"Absolutely no chance,\" he said.\n\n\"Bring Them Home,\" the marchers shouted.\n\n"
              "She said a sergeant called her \"dodgy\" and later \"Stevie Lawrence Two\".\n")
    # ... and so does a name someone called a person (METER: words said to a constable).
    kept = ["Absolutely no chance", "Bring Them Home", "Stevie Lawrence Two"]
    assert [q.text for q in _quotes(source)] == kept
    report = _pair_report(source, "Actress wins award\n\nShe starred in a BBC drama last year.\n")
    assert [q["text"] for q in report["quotes"] if q["status"] == "dropped"] == kept


def test_a_title_of_four_words_or_more_is_no_quotation() -> None:
    # A re-test: four words and more in title case were read as quotes, and a paper leaving a title out "dropped"
    # them. Words that end a sentence inside the marks stay a quote ("Absolutely No Chance.", below), and so do
    # quotes in a headline set in title case, whose every word is capitalised, and a name for what someone is after
    # "a" (METER: the wire's 'A "Lady of the Manor" was jailed', which a paper quotes as 'A "LADY of the manor"').
    source = ("Quiz winner\n\n"
              "He won a million pounds on \"Who Wants To Be A Millionaire\" last year.\n\n"
              "She has read \"The Lord of the Rings\" twice.\n\n"
              "A \"Lady of the Manor\" was jailed for nine months.\n\n"
              "\"We Will Not Be Moved\" Vow Over Pit Closures\n\n"
              "\"Give Us Our Money Back,\" the marchers shouted.\n")
    kept = ["Lady of the Manor", "We Will Not Be Moved", "Give Us Our Money Back"]
    assert [q.text for q in _quotes(source)] == kept
    report = _pair_report(source, "Quiz winner\n\nHe won a million pounds on a quiz show last year.\n")
    assert [q["text"] for q in report["quotes"] if q["status"] == "dropped"] == kept


def test_a_title_used_as_a_modifier_or_with_lowercase_prepositions_is_no_quotation() -> None:
    # A fifth re-test: 'a "Who Wants To Be A Millionaire" contestant' (a noun after the marks) and titles with
    # "from" or "over" in lowercase were quotes, "dropped" when a paper left them out.
    source = ("Quiz trial\n\n"
              "Ingram, a \"Who Wants To Be A Millionaire\" contestant, appeared in court on Monday.\n\n"
              "The band played \"The Girl from Ipanema\" and \"Bridge over Troubled Water\" at the wedding.\n")
    assert _quotes(source) == []
    # A question or an exclamation in title case is a title too (a re-test: "dropped" against the same show).
    show = ("Quiz trial\n\nThe major won the top prize on the hit ITV show \"Who Wants to Be a Millionaire?\" in "
            "2001, the court heard.\n\nHe later appeared on \"I'm A Celebrity... Get Me Out Of Here!\" in the "
            "jungle.\n")
    assert _quotes(show) == []
    other = show.replace("Who Wants to Be a Millionaire?", "Who Wants To Be A Millionaire")
    report = _pair_report(show, other)
    assert report["quotes"] == [] and report["facts"] == []
    assert _quotes("Quiz\n\nThe crowd chanted \"We Want Our Club Back!\" outside the ground, fans said.\n")


def test_a_title_in_reported_speech_is_no_quotation() -> None:
    # A re-test: a verb of saying anywhere in the sentence made a title a quote, the person reported its speaker
    # (METER: 'They said that ... the song "Flower of Scotland" was played 16 times' was a quote). Only a tag beside
    # the marks makes one: before them, a colon, or after them.
    source = ("Quiz trial\n\nIngram's lawyer said the major had watched \"Who Wants To Be A Millionaire\" every week."
              "\n\n\"Strictly Come Dancing\" drew 11 million viewers, the BBC said on Monday.\n\n"
              "Smith said he had read \"The Lord of the Rings\" and \"War and Peace\" while he was in prison.\n\n"
              "\"Line of Duty\" star Martin Compston said the new series would be the last.\n\n"
              "The minister said: \"We Will Not Be Moved On This\" to the crowd.\n\n"
              "\"Bring Our Boys Home,\" said Mrs Jones.\n")
    assert [(q.text, q.speaker) for q in _quotes(source)] == [
        ("We Will Not Be Moved On This", "minister"), ("Bring Our Boys Home", "Mrs Jones")]
    report = _pair_report(source, source.replace("Who Wants To Be A Millionaire", "The Chase"))
    assert [(q["status"], q["text"]) for q in report["quotes"]] == [
        ("exact", "We Will Not Be Moved On This"), ("exact", "Bring Our Boys Home")]


def test_a_title_that_is_the_subject_of_what_was_said_is_no_quotation() -> None:
    # A fact-checker's re-test: a verb of saying right before the marks made the title its quote, so a title changed
    # was a quote dropped and a new one given to Ingram. A verb after the marks makes the title its subject; a
    # colon before them still introduces a quotation.
    source = ("Quiz trial\n\nThe major appeared at the court on Monday.\n\nIngram told reporters \"Who Wants To Be A "
              "Millionaire\" was his favourite programme.\n")
    report = _pair_report(source, source.replace("Who Wants To Be A Millionaire", "The Weakest Link Celebrity Special"))
    assert report["quotes"] == []
    assert [(f["kind"], f["source"], f["target"]) for f in report["facts"]] == [
        ("entity", "Who Wants To Be A Millionaire", "The Weakest Link Celebrity Special")]
    colon = "Rally\n\nThe minister said: \"We Will Not Be Moved On This\" was all he said to the crowd.\n"
    assert [(q.text, q.speaker) for q in _quotes(colon)] == [("We Will Not Be Moved On This", "minister")]


@pytest.mark.parametrize("verb", ["could return", "wasn't coming back", "might return", "can't return",
                                  "drew 10 million", "returns", "attracted viewers"])
def test_a_title_before_a_verb_is_the_subject_of_what_was_said(verb: str) -> None:
    # A fact-checker's re-test: only "was", "is", "will" and the like made the title a subject; before "could" or
    # "wasn't" the BBC was still quoted, and the title left out of the rewrite was a dropped quote.
    source = f'Drama\n\nThe BBC said "Line of Duty" {verb} next year for a seventh series.\n'
    report = _pair_report(source, source.replace('"Line of Duty"', "its police drama"))
    assert report["quotes"] == []


def test_a_title_changed_in_the_copying_is_a_changed_name() -> None:
    # A fifth re-test: with titles no quotations, a title replaced by another showed nothing at all.
    source = ("Quiz winner\n\nThe major won the top prize on \"Who Wants To Be A Millionaire\" in September 2001, "
              "the court heard.\n")
    target = source.replace("Who Wants To Be A Millionaire", "The Weakest Link Celebrity Special")
    assert _report_facts(source, target) == [
        ("entity", "Who Wants To Be A Millionaire", "The Weakest Link Celebrity Special")]
    film = "Obsession\n\nThe court heard he had watched \"The Lord of the Rings\" every night for a year.\n"
    assert _report_facts(film, film.replace("Lord of the Rings", "Chronicles of Narnia")) == [
        ("entity", "The Lord of the Rings", "The Chronicles of Narnia")]
    assert _report_facts(source, source) == []
    # One work however its capitals or its article are written (a re-test).
    show = "Drama\n\nThe show, \"Line of Duty\", returns to BBC One on Sunday night.\n"
    assert _report_facts(show, show.replace("Line of Duty", "Line Of Duty").replace("BBC One", "BBC1")) == []
    assert _report_facts(film, film.replace("The Lord of the Rings", "Lord of the Rings").replace(
        "The court", "A court")) == []


def test_a_quote_written_in_title_case_changed_is_one_altered_quote_and_no_changed_name() -> None:
    # A re-test: a tagged quote in title case reworded was an altered quote and a changed name ("Farmers" ->
    # "Farming"), and where a sentence cut after its "!" left the tag out, the whole quote a changed title as well.
    source = ("Farm policy\n\nThe minister spoke at the show in Yorkshire on Tuesday.\n\n"
              "\"A Great Day For British Farmers,\" he said.\n\n"
              "The crowd chanted \"Save Our Dairy Farms Now!\" outside the hall, officials said.\n")
    target = source.replace("British Farmers", "British Farming").replace("Dairy Farms", "Dairy Herds")
    report = _pair_report(source, target)
    assert [(q["status"], q["text"]) for q in report["quotes"]] == [
        ("altered", "A Great Day For British Farming"), ("altered", "Save Our Dairy Herds Now!")]
    assert report["facts"] == []
    # Untagged, such words are a title of a work: a changed name, and no quote.
    work = "Farm policy\n\nThe minister spoke at the show. He called it \"A Great Day For British Farmers\".\n"
    report = _pair_report(work, work.replace("Farmers", "Farming"))
    assert report["quotes"] == []
    assert _report_facts(work, work.replace("Farmers", "Farming")) == [
        ("entity", "A Great Day For British Farmers", "A Great Day For British Farming")]


def test_one_word_changed_in_a_three_word_quote_is_altered() -> None:
    # A re-test: "Absolutely no chance" -> "Absolutely no way" was a new quote and a dropped one (two words of three
    # shared in order, below the share that pairs longer quotes in aligned sentences).
    source = ("Shop attacked in high street\n\nA shopkeeper was hurt when two men attacked him on Monday.\n\n"
              "The shop's owner, John Smith, was asked whether he would close. \"Absolutely no chance,\" he said.\n")
    report = _pair_report(source, source.replace("no chance", "no way"))
    assert [(q["status"], q["text"], q["source_text"], q["speaker"]) for q in report["quotes"]] == [
        ("altered", "Absolutely no way", "Absolutely no chance", "John Smith")]
    # Another person's three words sharing two, in a sentence of their own, render nothing: new, and the owner's
    # quote dropped.
    other = source.replace(' "Absolutely no chance," he said.', "") + (
        "\nHis neighbour, Mary Brown, said the police had been \"absolutely no help\" at all.\n")
    report = _pair_report(source, other)
    assert sorted((q["status"], q["text"]) for q in report["quotes"]) == [
        ("dropped", "Absolutely no chance"), ("new", "absolutely no help")]
    # A second re-test: in title case, its tag in the next sentence, the quote was read as a title and lost. Words
    # that end a sentence inside the marks are said, not a title.
    source = ("Shop attacked in high street\n\nA shopkeeper was hurt when two men attacked him on Monday.\n\n"
              "\"Absolutely No Chance.\" That was the verdict of the shop's owner, Peter Hill.\n")
    report = _pair_report(source, source.replace("No Chance", "No Way"))
    assert [(q["status"], q["text"], q["source_text"]) for q in report["quotes"]] == [
        ("altered", "Absolutely No Way.", "Absolutely No Chance.")]


# --- attribution -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "credit", "mention"),
    [
        ("TOKYO (AP) — Japan said on Wednesday it would spend more.", "AP", "(AP)"),
        ("AP |\n\nJapan said on Wednesday it would spend more.", "AP", "AP"),
        ("According to AP, Japan will spend more.", "AP", "According to AP"),
        ("Japan will spend more, as reported by the Associated Press.", "AP", "as reported by the Associated Press"),
        ("Japan will spend more.\n\nThe Associated Press contributed to this report.", "AP",
         "The Associated Press contributed"),
        ("Japan will spend more, Reuters reported.", "Reuters", "Reuters reported"),
        ("Motegi told Kyodo News that Japan will spend more.", "Kyodo", "told Kyodo News"),
        ("Japan will spend more.\n\nCopyright 2025 Agence France-Presse. All rights reserved.", "AFP",
         "Copyright 2025 Agence France-Presse"),
        ("Japan will spend more.\n\n(c) Press Association 2025", "PA", "(c) Press Association"),
        ("Japan will spend more, Xinhua reported.", "Xinhua", "Xinhua reported"),
        ("Japan will spend more, according to Bloomberg News.", "Bloomberg", "according to Bloomberg News"),
        ("NEW DELHI (PTI) — India will spend more.", "PTI", "(PTI)"),
        ("Japan will spend more, dpa reported.", "dpa", "dpa reported"),
        ("Japan will spend more.\n\nThe minister spoke in Tokyo. -- AFP", "AFP", "AFP"),
        ("TOKYO (Reuters/Kyodo) — Japan will spend more.", "Kyodo", "Reuters/Kyodo"),
        ("This article was originally published on mid-day.com.", "mid-day.com", "originally published on mid-day.com"),
        # A news aggregator's summary (newser.com, SPARK dev) credits verb first.
        ("The Coast Guard is looking for a man who made 30 fake distress calls, reports the AP.", "AP",
         "reports the AP"),
        ("He found the 1750s tavern, he tells CBS New York.", "CBS New York", "tells CBS New York"),
        ("Protests continued overnight, per Reuters.", "Reuters", "per Reuters"),
    ],
)
def test_credit_forms_are_recognised(text: str, credit: str, mention: str) -> None:
    found = find_attribution(text, credit) if "." not in credit else find_attribution(text, None, credit)
    assert found["credited"] is True
    assert mention in found["mentions"]


@pytest.mark.parametrize(("text", "mention"), [
    # A summary of a page saved without its site's name (SPARK dev, a researcher's trial): the credit names an
    # outlet no list holds, and the page may be that outlet's.
    ("A man was charged on Monday, reports the Daily News.", "reports the Daily News"),
    ("He found the tavern in 2012, he tells CBS New York.", "tells CBS New York"),
    ("The storm moved east overnight, per NPR.", "per NPR"),
    ("The fire spread fast, according to the Miami Herald.", "according to the Miami Herald"),
])
def test_a_credit_to_an_outlet_no_list_names_counts_when_the_source_names_none(text: str, mention: str) -> None:
    found = find_attribution(text, None)
    assert found["mentions"] == [mention] and found["credited"] is False
    # A source with a credit of its own is credited only by name: "the Daily News" is not AP.
    assert find_attribution(text, "AP")["mentions"] == []


@pytest.mark.parametrize("text", [
    "The bill passed, according to House Majority Leader Steny Hoyer.",
    "He fled the country, according to the FBI.",
    "The mayor told reporters he was fine.",
])
def test_people_and_agencies_of_state_are_no_outlet(text: str) -> None:
    assert find_attribution(text, None)["mentions"] == []


def test_a_summary_crediting_its_source_verb_first_is_not_unattributed_reuse() -> None:
    # SPARK dev test10: an AP story ("BALTIMORE (AP) -") and the newser.com summary of it, which ends its first
    # sentence "..., reports the AP." compare used to say "does not credit the source (AP)" and "unattributed
    # reuse: YES".
    story = ("BALTIMORE (AP) - The U.S. Coast Guard says it is looking for a man who has cost the service about "
             "$500,000 after responding to nearly 30 fake distress calls since July.\n\n"
             "The calls came from a man who said he was on a boat in the Chesapeake Bay near Annapolis.\n\n"
             "Coast Guard officials say the hoax calls divert crews from real emergencies.\n")
    summary = ("The US Coast Guard says it's looking for a man who has cost the service about $500,000 after "
               "responding to nearly 30 of his fake distress calls, reports the AP. The calls came from a man "
               "who said he was on a boat in the Chesapeake Bay near Annapolis. The hoax calls divert crews from "
               "real emergencies, Coast Guard officials say.\n")
    report = compare(Document.from_text(story, id="ap.txt"), Document.from_text(summary, id="newser.txt")).to_dict()
    assert report["summary"]["verdict"] != "non-derived"  # substantial reuse: only the credit clears it
    assert report["attribution"]["credited"] is True and "reports the AP" in report["attribution"]["mentions"]
    assert report["summary"]["unattributed_reuse"] is False


def test_syndicated_feed_notice_credits_agency_copy_only() -> None:
    notice = "Japan will spend more.\n\nThis story has been sourced from a third party syndicated feed, agencies."
    assert find_attribution(notice, "AP")["credited"] is True
    assert find_attribution(notice, None, "The Japan Times")["credited"] is False


@pytest.mark.parametrize(("line", "credited"), [
    # A re-test: a byline's "and agencies" credits the wire, as "sourced from a syndicated feed" does.
    ("By Jane Smith and agencies", True),
    ("By Jane Smith, with agencies", True),
    ("Guardian staff and agencies", True),
    # A sentence that ends so credits no one.
    ("The report was shared with ministers and agencies.", False),
])
def test_a_byline_and_agencies_credits_agency_copy(line: str, credited: bool) -> None:
    assert find_attribution(f"EU unveils sanctions\n\n{line}\n\nThe EU unveiled new sanctions.", "Reuters")[
        "credited"] is credited


@pytest.mark.parametrize("byline", ["By Jane Smith, Reuters, in Brussels", "By Jane Smith, Reuters, Brussels"])
def test_a_byline_naming_the_agency_and_a_place_is_a_credit(byline: str) -> None:
    # A re-test: "credited": true with no credit and no mention (the target's own credit alone said so); a second,
    # the place without "in": not credited at all.
    found = find_attribution(f"EU unveils sanctions\n\n{byline}\n\nThe EU unveiled new sanctions.", "Reuters")
    assert (found["credited"], found["credits"], found["mentions"]) == (True, ["Reuters"], [byline])


_PA_TAKE = ("By Damien Brook, PA News\n\n"
            "A New Age traveller yesterday lost a claim for compensation against a driver who crushed him as he lay "
            "in front of her car while his friends attacked her.\n\n"
            "Roger Gedge, 30, of Arnold, Nottingham, lost a leg and suffered other injuries in the incident in July "
            "1994.\n\nHe claimed the driver of the car, Sarah Field, 27, from Cheltenham, had been negligent and "
            "unreasonable.\n")
_PA_BODY = _PA_TAKE.split("\n\n", 1)[1]


@pytest.mark.parametrize(("text", "mention"), [
    # A re-test: each was "unattributed reuse" of PA's copy; the byline was the title and an added heading, the
    # "supplied by" notices an added sentence.
    ("By John Smith, with PA\n\n" + _PA_BODY, "By John Smith, with PA"),
    (_PA_BODY + "\nWith PA\n", "With PA"),
    (_PA_BODY + "\nThis story was supplied by the Press Association.\n",
     "This story was supplied by the Press Association"),
    (_PA_BODY + "\nThis article was supplied by PA.\n", "This article was supplied by PA"),
    # A second re-test: each still unattributed reuse, the credit line an added sentence.
    ("By John Smith, with PA.\n\n" + _PA_BODY, "By John Smith, with PA"),
    (_PA_BODY + "\nWith PA.\n", "With PA"),
    (_PA_BODY + "\nSupplied by the Press Association\n", "Supplied by the Press Association"),
    (_PA_BODY + "\nCopy supplied by PA Media\n", "Copy supplied by PA Media"),
    # ... and a notice inside a paragraph of body copy, closing or opening it.
    (_PA_BODY.rstrip() + " This story was supplied by the Press Association.\n",
     "This story was supplied by the Press Association"),
    ("This story was supplied by the Press Association. " + _PA_BODY,
     "This story was supplied by the Press Association"),
    (_PA_BODY.rstrip() + " With PA.\n", "With PA"),
])
def test_a_reprint_crediting_pa_in_a_byline_or_a_closing_line_is_credited(text: str, mention: str) -> None:
    report = compare(Document.from_text(_PA_TAKE, id="pa.txt"), Document.from_text(text, id="paper.txt")).to_dict()
    assert report["attribution"] == {"credited": True, "mentions": [mention], "credits": ["PA"],
                                     "source_credit": "PA"}
    assert report["summary"]["unattributed_reuse"] is False
    assert (report["summary"]["verdict"], report["summary"]["added"], report["target"]["title"]) == (
        "wholly-derived", 0, None)
    assert any(line.startswith(mention) for line in report["boilerplate"]["target"])  # set aside, still listed


@pytest.mark.parametrize("notice", ["This content was supplied by the Press Association.",
                                    "This story was contributed by PA.", "The article was provided by PA."])
def test_a_notice_inside_a_paragraph_is_read_in_the_words_cleaning_reads_it_in(notice: str) -> None:
    # "content" and "contributed" made a notice cleaning set aside as a closing line, but inside a paragraph
    # attribution (with a list of its own) did not read them: the paper was unattributed reuse.
    paras = _PA_BODY.strip().split("\n\n")
    text = f"{paras[0]}\n\n{paras[1].rstrip()} {notice} Police were called.\n\n" + "\n\n".join(paras[2:])
    report = compare(Document.from_text(_PA_TAKE, id="pa.txt"), Document.from_text(text, id="paper.txt")).to_dict()
    assert report["attribution"]["credited"] is True and report["attribution"]["credits"] == ["PA"]
    assert report["attribution"]["mentions"] == [notice.rstrip(".")]
    assert report["summary"]["unattributed_reuse"] is False


@pytest.mark.parametrize("byline", ["By Press Association Reporter", "By PA Reporters", "By John Smith and PA",
                                    "By Our Staff and Press Association",
                                    "By John Smith and Press Association reporters",
                                    # A user's trial: an article before the agency was the title, and no credit.
                                    "By a PA Reporter", "By a Press Association reporter", "By A PA REPORTER"])
def test_a_credit_read_from_the_targets_own_byline_is_in_the_json(byline: str) -> None:
    # A re-test: `credited` true with empty `mentions` and `credits`; only the text output said why.
    report = compare(Document.from_text(_PA_TAKE, id="pa.txt"),
                     Document.from_text(f"{byline}\n\n{_PA_BODY}", id="paper.txt")).to_dict()
    assert report["attribution"] == {"credited": True, "mentions": [byline], "credits": ["PA"],
                                     "source_credit": "PA"}


@pytest.mark.parametrize(("line", "credits"), [
    # A second re-test: "With PA and Reuters" was an added sentence and the reprint unattributed reuse.
    ("With PA and Reuters", ["PA", "Reuters"]),
    ("By John Smith, with Reuters and PA.", ["Reuters", "PA"]),
    ("Additional reporting by Reuters and the Press Association", ["Reuters", "PA"]),
    ("By Jane Smith of PA and Tom Brown of Reuters", ["PA", "Reuters"]),
])
def test_a_credit_line_naming_several_agencies_credits_each(line: str, credits: list[str]) -> None:
    report = compare(Document.from_text(_PA_TAKE, id="pa.txt"),
                     Document.from_text(f"{_PA_BODY}\n{line}\n", id="paper.txt")).to_dict()
    assert report["attribution"] == {"credited": True, "mentions": [line.rstrip(".")], "credits": credits,
                                     "source_credit": "PA"}
    assert (report["summary"]["unattributed_reuse"], report["summary"]["added"]) == (False, 0)


def test_pas_own_take_is_credited_by_its_page_header() -> None:
    # METER's continuation takes name PA only in the page header: a take reusing the first one was "unattributed
    # reuse", with nothing in the JSON to say whose the take was.
    take = (f"{'-' * 72}\n\n    15:21 16/07/99: Page 1 (HHH) COURTS Traveller\n{'-' * 72}\n"
            + _PA_BODY.replace("\n\n", "<\n") + "end\n")
    report = compare(Document.from_text(_PA_TAKE, id="pa.txt"), Document.from_text(take, id="snap.txt")).to_dict()
    assert report["target"]["credit"] == "PA"
    assert report["attribution"] == {"credited": True, "mentions": ["15:21 16/07/99: Page 1 (HHH) COURTS Traveller"],
                                     "credits": ["PA"], "source_credit": "PA"}
    assert report["summary"]["unattributed_reuse"] is False


def test_a_targets_own_credit_from_its_metadata_is_its_credit() -> None:
    text = "A man was jailed for life today for the murder of his neighbour after a row over a hedge."
    assert find_attribution(text, "PA", target_names=("PA", None)) == {
        "credited": True, "mentions": [], "credits": ["PA"], "source_credit": "PA"}


@pytest.mark.parametrize("line", [
    "The verdict was read over the PA system.", "Her PA, John Smith, said she was relieved.",
    "Mrs Field, a PA to a Cheltenham solicitor, was relieved.", "The footage was supplied by PA.",
    "She had lunch with PA staff.", "The story was filed by a PA system engineer.",
    "With PA equipment failing, the concert organisers said the crowd could not be warned to keep clear of cars.",
    "The PA system at the concert was not working, witnesses said.",
    "The court heard the story. The footage was supplied by PA."])
def test_pa_named_otherwise_credits_no_one(line: str) -> None:
    report = compare(Document.from_text(_PA_TAKE, id="pa.txt"),
                     Document.from_text(f"{_PA_BODY}\n{line}\n", id="paper.txt")).to_dict()
    assert report["attribution"]["credited"] is False and report["attribution"]["mentions"] == []
    assert report["summary"]["unattributed_reuse"] is True
    found = find_attribution("PITTSBURGH, PA - A man was jailed for life today for the murder of his neighbour.", "PA")
    assert found["credited"] is False and found["mentions"] == []


@pytest.mark.parametrize(("text", "credit"), [("SYDNEY, AAP - A man was charged.", "AAP"),
                                              ("NEW DELHI, PTI - The Centre approved the package.", "PTI")])
def test_an_agency_after_the_datelines_comma_is_its_credit(text: str, credit: str) -> None:
    # "SYDNEY, AAP -" was read as a place and its state: the source stated no credit, a reprint naming none was
    # not told apart from one carrying the dateline.
    source = compare(Document.from_text(f"{text}\n\nPolice said a man was arrested at 2.15am.\n", id="wire.txt"),
                     Document.from_text("A man was charged.\n", id="paper.txt")).to_dict()
    assert source["attribution"]["source_credit"] == credit
    found = find_attribution(f"Title\n\n{text}\n", None)
    assert found["credits"] == [credit] and found["mentions"] == [text.split(" -")[0]]


@pytest.mark.parametrize("line", ["AP, Reuters and AFP all carried the footage.",
                                  "Reuters, which first reported the talks"])
def test_a_line_that_opens_with_an_agency_credits_it_only_as_a_byline_would(line: str) -> None:
    # A third re-test: with the place after an agency read without "in", any line opening "AP, " credited AP.
    found = find_attribution(f"EU unveils sanctions\n\nThe EU unveiled new sanctions.\n\n{line}\n", "AP")
    assert found["mentions"] == [] and found["credited"] is False


def test_crediting_the_source_outlet_counts() -> None:
    found = find_attribution("Trump will visit Tokyo, The Japan Times reported.", None, "The Japan Times")
    assert found["credited"] is True
    assert found["source_credit"] == "The Japan Times"
    assert found["mentions"] == ["The Japan Times reported"]


def test_credit_to_another_agency_does_not_credit_the_source() -> None:
    found = find_attribution("Japan will spend more, according to Reuters.", "AP")
    assert found["credited"] is False
    assert found["credits"] == ["Reuters"]


def test_photo_credits_are_not_text_credits() -> None:
    assert find_attribution("Donald Trump. Pic/AFP\n\nPhoto: AP/Eugene Hoshiko", "AP")["credited"] is False


def test_outlet_named_by_its_site_name_credits_it() -> None:
    found = find_attribution("Trump will visit Tokyo, Mid-day reported.", None, "www.mid-day.com")
    assert found["credited"] is True


def test_words_that_contain_an_abbreviation_are_not_credits() -> None:
    assert find_attribution("According to Apple, sales rose. From Pakistan, news came.", "AP")["mentions"] == []


@pytest.mark.parametrize(
    ("credit_line", "credit"),
    [
        ("Le Figaro avec AFP", "AFP"), ("Source : AFP", "AFP"), ("Fuente: EFE", "EFE"),
        ("según informó la agencia EFE", "EFE"), ("Agencias", "EFE"), ("mit Material von dpa", "dpa"),
        ("Quelle: dpa", "dpa"), ("(dpa/lnw)", "dpa"), ("Fonte: ANSA", "ANSA"), ("Kaynak: AA", "Anadolu"),
        ("(AA)", "Anadolu"), ("Anadolu Ajansı", "Anadolu"), ("ТАСС", "TASS"), ("По материалам ТАСС", "TASS"),
        ("Źródło: PAP", "PAP"), ("Com informações da Reuters", "Reuters"), ("(رويترز)", "Reuters"),
        ("（共同通信）", "Kyodo"), ("来源：新华社", "Xinhua"), ("(भाषा)", "PTI"), ("المصدر: وكالة الأناضول", "Anadolu"),
        ("据新华社报道，国务院决定安排资金。", "Xinhua"), ("Le ministre l'a confirmé, selon l'AFP.", "AFP"),
        ("(ANP)", "ANP"),
        # said to the agency, as "told Reuters" (a European observatory's trial: "unattributed reuse" of Lusa)
        ("O plano foi aprovado, disse à Lusa fonte do Governo.", "Lusa"),
        ("Il piano è stato approvato, ha detto all'ANSA il ministro.", "ANSA"),
        ("Le plan a été adopté, a déclaré à l'AFP le ministre.", "AFP"),
        ("Der Plan sei beschlossen, sagte der dpa ein Sprecher.", "dpa"),
        ("El plan fue aprobado, dijo a EFE el ministro.", "EFE"),
    ],
)
def test_credits_in_other_languages_credit_the_agency(credit_line: str, credit: str) -> None:
    found = find_attribution(f"Le gouvernement a adopté mardi un plan d'aide.\n\n{credit_line}\n", credit)
    assert found["credited"] is True
    assert found["mentions"]


@pytest.mark.parametrize(
    ("text", "credit"),
    [
        ("The AA said the roads were busy over the holiday weekend.", "Anadolu"),  # the motoring association
        ("両国は共同声明を発表した。", "Kyodo"),  # "joint statement"
        ("मंत्री ने हिंदी भाषा में भाषण दिया।", "PTI"),  # "in the Hindi language"
        ("Le Figaro avec Reuters", "AFP"),
    ],
)
def test_ordinary_words_and_other_agencies_in_other_languages_do_not_credit_the_source(text: str, credit: str) -> None:
    assert find_attribution(text, credit)["credited"] is False


def test_a_reprint_crediting_the_agency_in_french_is_not_unattributed_reuse() -> None:
    wire = ("PARIS (AFP) - Le gouvernement a adopté mardi un plan d'aide de 1,5 milliard d'euros pour les "
            "agriculteurs touchés par la sécheresse, a annoncé le ministre de l'Agriculture.\n\n"
            "Quelque 12 000 exploitations du sud du pays pourront en bénéficier, selon le ministère.\n\n"
            "Les syndicats agricoles ont salué un premier pas mais jugent l'enveloppe insuffisante.\n")
    reprint = wire.removeprefix("PARIS (AFP) - ") + "\nLe Figaro avec AFP\n"
    report = compare(Document.from_text(wire, id="afp.txt"), Document.from_text(reprint, id="figaro.txt"))
    assert report.to_dict()["attribution"]["credited"] is True
    assert report.summary.unattributed_reuse is False
    uncredited = compare(Document.from_text(wire, id="afp.txt"),
                         Document.from_text(wire.removeprefix("PARIS (AFP) - "), id="copy.txt"))
    assert uncredited.summary.unattributed_reuse is True


# --- word-level diff -------------------------------------------------------------------------------------------------


def test_word_diff_rebuilds_both_texts_and_ignores_surface_noise() -> None:
    source = "Our national defence should be based on our own decision, Motegi said."
    target = "Our national defense should be based on our own independent decision, Takaichi said at a briefing."
    script = word_diff(source, target)
    assert " ".join(e["source"] for e in script if e["source"]) == source
    assert " ".join(e["target"] for e in script if e["target"]) == target
    assert script[0] == {"op": "equal", "source": "Our national defence should be based on our own",
                         "target": "Our national defense should be based on our own"}
    assert {"op": "insert", "source": "", "target": "independent"} in script
    assert {"op": "replace", "source": "Motegi", "target": "Takaichi"} in script


def test_every_alignment_has_a_diff(rewrite_report: dict) -> None:
    assert rewrite_report["alignments"]
    for a in rewrite_report["alignments"]:
        assert all(e["op"] in {"equal", "insert", "delete", "replace"} for e in a["diff"])
        source = " ".join(rewrite_report["source_sentences"][i]["text"] for i in a["source"])
        assert " ".join(e["source"] for e in a["diff"] if e["source"]) == " ".join(source.split())


def test_indices_stay_inside_a_cut_report() -> None:
    from diffsrc.settings import CompareOptions

    report = compare(Document.from_text(WIRE, id="w"), Document.from_text(REWRITE, id="r"),
                     options=CompareOptions(max_sentences=3)).to_dict()
    for q in report["quotes"]:
        assert q["target_index"] is None or q["target_index"] < 3
        assert q["source_index"] is None or q["source_index"] < 3
    assert all(f["target_index"] < 3 and f["source_index"] < 3 for f in report["facts"])


def test_findings_can_be_turned_off() -> None:
    from diffsrc.settings import CompareOptions

    report = compare(Document.from_text(WIRE, id="w"), Document.from_text(REWRITE, id="r"),
                     options=CompareOptions(findings=False)).to_dict()
    assert not {"attribution", "quotes", "facts", "reversals"} & set(report)
    assert "unattributed_reuse" not in report["summary"]
    assert all("diff" not in a for a in report["alignments"])


def test_report_with_findings_validates_against_the_schema(rewrite_report: dict) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(resources.files("diffsrc.data").joinpath("pair.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(rewrite_report, schema)
    for key in ("attribution", "quotes", "facts", "reversals"):
        assert key in schema["properties"]


# --- the seeds -------------------------------------------------------------------------------------------------------


def _seed(prefix: str) -> Document:
    return Document.from_path(next(SEEDS.glob(f"{prefix}_*.txt")))


@pytest.fixture(scope="module")
def seed_reports() -> dict[str, dict]:
    return {t: compare(_seed("001"), _seed(t)).to_dict() for t in ("000", "002", "003")}


def test_seed_000_credits_ap_and_kyodo(seed_reports: dict[str, dict]) -> None:
    a = seed_reports["000"]["attribution"]
    assert a["credited"] is True and a["source_credit"] == "AP"
    assert {"AP", "Kyodo"} <= set(a["credits"])
    assert "According to Kyodo News" in a["mentions"] and "As reported by AP" in a["mentions"]
    assert seed_reports["000"]["summary"]["unattributed_reuse"] is False


@pytest.mark.parametrize("target", ["000", "003"])
def test_seed_defence_quote_is_exact(seed_reports: dict[str, dict], target: str) -> None:
    q = _quote(seed_reports[target], "Our national defense should be based on our own independent decision")
    assert q["status"] == "exact"
    assert "defence" in q["source_text"]
    assert q["speaker"] == q["source_speaker"] == "Toshimitsu Motegi"
    assert q["speaker_changed"] is False


def test_seed_002_renders_the_gdp_quote_altered(seed_reports: dict[str, dict]) -> None:
    q = _quote(seed_reports["002"], "It’s not about the amount or the ratio to GDP")
    assert q["status"] == "altered"
    assert q["source_text"] == "What's important is not the amount or the GDP ratio but what's in it."
    assert q["speaker"] == q["source_speaker"] == "Toshimitsu Motegi"
    assert q["diff"]


def test_seed_equivalent_dates_are_not_findings(seed_reports: dict[str, dict]) -> None:
    # 001 writes "2019-2021" and "Oct 27-29", 000 "from 2019 to 2021" and "between October 27 and 29".
    assert seed_reports["000"]["facts"] == []


# --- false alarms on the held-out journalistic set -------------------------------------------------------------------

HELDOUT = Path(__file__).resolve().parent.parent / "benchmarks" / "data" / "heldout"


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("pa_dog_attack.txt", "sun_dog_attack.txt"),
        ("pa_rail_fine.txt", "mirror_rail_fine.txt"),
        ("pa_singer_tour.txt", "express_singer_tour.txt"),
        ("pa_potholes.txt", "mail_potholes.txt"),
        ("pa_potholes.txt", "times_cycling_potholes.txt"),
    ],
)
def test_faithful_reprints_have_no_fact_or_quote_alarms(source: str, target: str) -> None:
    # Trimmed and lightly edited reprints (hand-labelled wholly- or partially-derived): every fact and quote they
    # carry is the wire's, written in other surface forms (# for £, curly quotes, "six times" for "on six occasions").
    if not (HELDOUT / source).exists():
        pytest.skip("held-out set not present")
    report = compare(Document.from_path(HELDOUT / source), Document.from_path(HELDOUT / target)).to_dict()
    assert report["facts"] == []
    assert [q for q in report["quotes"] if q["status"] in ("altered", "new") or q["speaker_changed"]] == []


# --- properties ------------------------------------------------------------------------------------------------------

_words = st.lists(st.sampled_from(["Japan", "defence", "defense", "U.S.", "US", "2%", "said", "“quote”", "the", "—",
                                   "50,000", "Motegi", "Takaichi", "a", "of", "GDP"]), max_size=25)


@settings(max_examples=200, deadline=None)
@given(_words, _words)
def test_word_diff_always_rebuilds_both_sides(source: list[str], target: list[str]) -> None:
    script = word_diff(" ".join(source), " ".join(target))
    assert " ".join(e["source"] for e in script if e["source"]) == " ".join(source)
    assert " ".join(e["target"] for e in script if e["target"]) == " ".join(target)
    for e in script:
        assert e["op"] in {"equal", "insert", "delete", "replace"}
        assert (e["op"] == "insert") == (not e["source"]) and (e["op"] == "delete") == (not e["target"])


@settings(max_examples=300, deadline=None)
@given(_words, _words)
def test_the_verbatim_rule_counts_the_words_of_the_scripts_equal_blocks(source: list[str], target: list[str]) -> None:
    # The verbatim rule's count is read from the edit operations (faster than the opcodes made from them): it must
    # be the words of the Levenshtein script's "equal" blocks, which is how the rule is defined.
    from rapidfuzz.distance import Levenshtein

    from diffsrc.pair.align import words_copied_in_order

    equal = sum(op.src_end - op.src_start for op in Levenshtein.opcodes(target, source) if op.tag == "equal")
    assert words_copied_in_order(target, source) == equal


def test_a_word_diff_of_japanese_beside_english_joins_each_script_as_it_is_written() -> None:
    # (A text is scanned once for unspaced scripts; its words are then split by character, and joined unspaced.)
    script = word_diff("東京で会議が開かれた。Japan’s PM said", "大阪で会議が開かれた。Japan PM said")
    assert script[:2] == [{"op": "replace", "source": "東京", "target": "大阪"},
                          {"op": "equal", "source": "で会議が開かれた", "target": "で会議が開かれた"}]
    assert script[-1] == {"op": "equal", "source": "PM said", "target": "PM said"}


def test_swapping_source_and_target_swaps_new_and_dropped_quotes() -> None:
    forward = compare(Document.from_text(WIRE, id="w"), Document.from_text(REWRITE, id="r")).to_dict()["quotes"]
    backward = compare(Document.from_text(REWRITE, id="r"), Document.from_text(WIRE, id="w")).to_dict()["quotes"]
    swap = {"new": "dropped", "dropped": "new", "exact": "exact", "altered": "altered"}
    assert sorted(swap[q["status"]] for q in forward) == sorted(q["status"] for q in backward)
    assert sum(q["speaker_changed"] for q in forward) == sum(q["speaker_changed"] for q in backward)


# --- speakers named by a lowercase title, and quotes that run on -----------------------------------------------------

PORT_QUOTE = "We will not let the port close again this winter"


@pytest.mark.parametrize(
    "text",
    [
        f'"{PORT_QUOTE}," port authority president Carlos Mendes said.',
        f'"{PORT_QUOTE}," said port authority president Carlos Mendes.',
        f'"{PORT_QUOTE}," said the port authority president, Carlos Mendes.',
        f'"{PORT_QUOTE}," the port authority president, Carlos Mendes, said on Friday.',
        f'"{PORT_QUOTE}," said Port Authority President Carlos Mendes.',
        f'Ships queued off the coast as port authority president Carlos Mendes told reporters: "{PORT_QUOTE}."',
        f'"{PORT_QUOTE}," chamber of commerce president Carlos Mendes said.',
    ],
)
def test_speaker_after_a_lowercase_title_is_the_person(text: str) -> None:
    assert [q.speaker for q in _quotes(text)] == ["Carlos Mendes"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # Court reporting (METER's papers): the trades of the court are titles as much as a minister's office.
        ("'It is only fair to have a retrial,' said his solicitor Tim Brown.", "Tim Brown"),
        ('"It was over the weekend of August 28," said prosecuting barrister Adrian Redgrave.', "Adrian Redgrave"),
        ('"You showed not a flicker of emotion during the trial," the magistrate, Jane Hale, said.', "Jane Hale"),
        ('"I accept the evidence that this woman was attacked," said the recorder Iain McLaren.', "Iain McLaren"),
    ],
)
def test_speaker_after_a_court_title_is_the_person(text: str, speaker: str) -> None:
    assert [q.speaker for q in _quotes(text)] == [speaker]


@pytest.mark.parametrize(
    ("intro", "tag", "speaker"),
    [
        ("Finance Minister Fernando Haddad met union leaders on Monday.", "said the finance minister",
         "Fernando Haddad"),
        ("Carlos Mendes, president of the port authority, spoke on Friday.", "the port authority president said",
         "Carlos Mendes"),
        ("Port authority president Carlos Mendes spoke on Friday.", "the president said", "Carlos Mendes"),
        # A former minister is not the minister the article names.
        ("Foreign Minister Mauro Vieira met the unions on Monday.", "a former foreign minister said",
         "former foreign minister"),
    ],
)
def test_speaker_named_by_a_lowercase_office_is_its_holder(intro: str, tag: str, speaker: str) -> None:
    quotes = _quotes(f'{intro}\n\n"{PORT_QUOTE}," {tag}.\n')
    assert [q.speaker for q in quotes] == [speaker]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # After a sentence of indirect speech, in the same paragraph.
        ("Port authority president Carlos Mendes said the backlog would clear by Friday. "
         '"We have never seen a queue like this one in twenty years."', ["Carlos Mendes"]),
        # A new paragraph that goes on with the quote of the paragraph before.
        ('"We expect the backlog to clear within two weeks," Mendes told reporters.\n\n'
         '"Fees will fall once the queue is gone, and the port will be busier than before."', ["Mendes", "Mendes"]),
        # A new paragraph after one that ends with someone saying something.
        ("Dock workers returned on Monday.\n\nÂngela Núñez, who leads the union, said the deal was fair.\n\n"
         '"Nobody wanted this strike to last nine days, least of all the workers."', ["Ângela Núñez"]),
        # Someone else speaks in between: the quote is theirs.
        ('"We expect the backlog to clear within two weeks," Mendes told reporters. Ana Ruiz said the union '
         'disagreed. "Nothing will change for the workers on the docks."', ["Mendes", "Ana Ruiz"]),
        # A surname alone speaks for the full name the article gives; a capitalised common word is nobody.
        ("Carlos Mendes met reporters on Friday. Mendes said the backlog would clear. "
         '"We have never seen a queue like this one in twenty years."', ["Carlos Mendes"]),
        ('Analysts said the rise was expected. "Prices will keep rising through the winter months."', [None]),
        # Its own tag names someone by a role: the role, not the speaker before it.
        ('"We expect the backlog to clear within two weeks," Mendes told reporters.\n\n'
         '"Nobody wanted this strike to last nine days," the ship\'s cook told us.', ["Mendes", "the ship's cook"]),
        # Nobody speaks before it: no speaker is made up.
        ('The port reopened on Monday after nine days.\n\n"Nothing will change for the workers on the docks."',
         [None]),
        # A clause that introduces the quote with a colon.
        ('Carlos Mendes was blunt: "We will reopen the port next week for every ship."', ["Carlos Mendes"]),
        ('Officials were cautious: "We will reopen the port next week for every ship."', [None]),
    ],
)
def test_quote_that_runs_on_keeps_the_speaker_before_it(text: str, speakers: list) -> None:
    assert [q.speaker for q in _quotes(text)] == speakers


def test_quote_moved_between_accented_names_is_given_to_another_speaker() -> None:
    source = (
        "Madrid port strike ends\n\n"
        "Dockers in Valencia and Algeciras went back to work on Tuesday after the government stepped in.\n\n"
        '"We have reached an agreement that protects every job in the port," said José Álvarez, the union leader.\n\n'
        "Employers' spokesman José Martínez said the deal would cost the industry about 40 million euros.\n"
    )
    moved = source.replace("said José Álvarez, the union leader", "said José Martínez, the employers' spokesman")
    report = compare(Document.from_text(source, id="s"), Document.from_text(moved, id="t")).to_dict()
    q = _quote(report, "protects every job")
    assert (q["speaker"], q["source_speaker"], q["speaker_changed"]) == ("José Martínez", "José Álvarez", True)
    # The same quote in a reprint that drops the accents has not changed hands.
    plain = source.replace("José Álvarez", "Jose Alvarez")
    report = compare(Document.from_text(source, id="s"), Document.from_text(plain, id="t")).to_dict()
    assert _quote(report, "protects every job")["speaker_changed"] is False


@pytest.mark.parametrize(("source_speaker", "speaker", "changed"), [
    # A re-test: a quote moved between two people of one surname was never flagged.
    ("Mrs Smith", "Mr Smith", True),      # titles of the two sexes
    ("Miss Smith", "Mr Smith", True),
    ("John Smith", "Jane Smith", True),   # two first names
    # One person, named two ways.
    ("Mrs Smith", "Jean Smith", False),
    ("Smith", "John Smith", False),
    ("J. Smith", "John Smith", False),
    ("Mr Smith", "John Smith", False),    # his first name: not a title's sex against it
    ("Nichola Mackintosh", "Nicola Mackintosh", False),  # METER: a first name spelt two ways, a short form
    ("Kenneth Jones", "Ken Jones", False),
    ("Neil Hamilton", "Tense-looking Mr Hamilton", False),  # a description, no first name
    # A second re-test: a first name's short forms and spellings (data/first_names.txt), and initials.
    ("Bill Smith", "William Smith", False),
    ("Bob Smith", "Robert Smith", False),
    ("Mike Smith", "Michael Smith", False),
    ("Kate Smith", "Catherine Smith", False),
    ("Tony Smith", "Anthony Smith", False),
    ("Liz Smith", "Elizabeth Smith", False),
    ("Mohammed Khan", "Muhammad Khan", False),
    ("J.K. Smith", "Joanne Smith", False),
    ("Bill Smith", "Robert Smith", True),
    # A title against a first name of the other sex (data/first_names.txt), and a name of either sex.
    ("Mr Smith", "Jane Smith", True),
    ("Mrs Smith", "John Smith", True),
    ("Sir John Smith", "Lady Smith", True),
    ("Mr Smith", "Alex Smith", False),
    # A third re-test: a short form tells no sex (Jo Johnson, Kim Howells, Sam Cameron).
    ("Mr Johnson", "Jo Johnson", False),
    ("Mr Howells", "Kim Howells", False),
    ("Mrs Cameron", "Sam Cameron", False),
])
def test_a_quote_moved_between_people_of_one_surname_is_given_to_another_speaker(
        source_speaker: str, speaker: str, changed: bool) -> None:
    tag = '"We will fight this decision all the way to the highest court in the land," said {}.\n'
    opening = "Family to appeal\n\nThe family lost their case at the High Court yesterday.\n\n"
    q = _pair_quote(opening + tag.format(source_speaker), opening + tag.format(speaker), "highest court")
    assert (q["status"], q["speaker_changed"]) == ("exact", changed), q


def test_one_man_tagged_by_title_and_surname_in_both_texts_keeps_his_quote() -> None:
    # METER (the Times): a misprint filled "Mr Jones" out to "Akin Jones" where the wire has "Alun Jones QC"; both
    # tags say "Mr Jones", one man.
    tag = '\n\n"These are the most serious allegations ever to come before the English courts," said Mr Jones.\n'
    source = "Extradition hearing\n\nAlun Jones QC opened the case for Spain." + tag
    q = _pair_quote(source, source.replace("Alun", "Akin"), "most serious allegations")
    assert (q["speaker"], q["source_speaker"], q["speaker_changed"]) == ("Akin Jones", "Alun Jones", False)


# --- dropped quotes only where the target derives from the source ----------------------------------------------------

UNRELATED_SOURCE = "\n\n".join([
    "Santos port reopens after strike",
    "The Port of Santos reopened on Monday after a nine-day strike by dock workers over pay.",
    '"We expect the backlog to clear within two weeks," port authority president Carlos Mendes said.',
    '"Nobody wanted this strike to last nine days, least of all the workers," union leader Ana Ruiz said.',
])
UNRELATED_TARGET = "\n\n".join([
    "Oslo opens new library",
    "Oslo's new public library opened its doors on Saturday to thousands of visitors.",
    '"This building belongs to everyone who lives in the city," mayor Anne Lindboe said at the opening.',
])


def test_unrelated_target_drops_no_quotes() -> None:
    report = compare(Document.from_text(UNRELATED_SOURCE, id="s"),
                     Document.from_text(UNRELATED_TARGET, id="t")).to_dict()
    assert report["summary"]["verdict"] == "non-derived"
    assert [q["status"] for q in report["quotes"]] == ["new"]
    # Seen the other way round, the same pair: the source's quote is not dropped either.
    report = compare(Document.from_text(UNRELATED_TARGET, id="t"),
                     Document.from_text(UNRELATED_SOURCE, id="s")).to_dict()
    assert [q["status"] for q in report["quotes"]] == ["new", "new"]


def test_derived_target_still_drops_the_quotes_it_leaves_out(rewrite_report: dict) -> None:
    assert rewrite_report["summary"]["verdict"] != "non-derived"
    assert [q["status"] for q in rewrite_report["quotes"]].count("dropped") == 1


# --- one speaker rule for the text, Markdown and HTML findings -------------------------------------------------------


def test_every_format_shows_the_same_speaker() -> None:
    from diffsrc.report import findings as findings_report

    source = "\n\n".join([
        "Santos port reopens after strike",
        "The Port of Santos reopened on Monday after a nine-day strike by dock workers over pay and conditions.",
        '"We expect the backlog to clear within two weeks," port authority president Carlos Mendes said.',
        '"Nobody wanted this strike to last nine days, least of all the workers," Mendes told reporters.',
    ])
    target = "\n\n".join([
        "Santos port reopens after strike",
        "The Port of Santos reopened on Monday after a nine-day strike by dock workers over pay and conditions.",
        'Ships were already moving. "We expect the backlog to be cleared in about two weeks."',
        '"Nobody wanted this strike to last nine days, least of all the workers," union leader Ana Ruiz said.',
    ])
    report = compare(Document.from_text(source, id="s"), Document.from_text(target, id="t"))
    unnamed = "? (the source: Carlos Mendes)"          # the target names nobody
    moved = "Ana Ruiz (the source: Carlos Mendes)"      # the target gives it to someone else
    text = findings_report.render(report, "table")
    markdown = findings_report.render(report, "markdown")
    html = findings_report.render(report, "html")
    assert f'{unnamed}: "We expect the backlog to be cleared' in text and f'{moved}: "Nobody wanted' in text
    assert f"| {unnamed} |" in markdown and f"| {moved} |" in markdown
    assert f'<td data-heading="Speaker">{unnamed}</td>' in html
    assert "Ana Ruiz</strong> (the source: Carlos Mendes)" in html


# --- changed figures in heavily reworded sentences, once the sentences are linked ------------------------------------

REWORDED_SOURCE = "\n\n".join([
    "Port of Santos reopens after strike",
    "The Port of Santos will reopen on Monday after a nine-day strike by dock workers, port authority president "
    "Carlos Mendes said on Friday.",
    "Unemployment in the state of São Paulo rose to 7.2% in the second quarter, the statistics agency IBGE reported.",
    "About 1,200 dock workers took part in the strike, which left 85 ships waiting at anchor off the coast.",
    "The union said its members had accepted a pay rise of 6.5 percent over two years.",
    "Infant mortality in the port district fell to 12 deaths per 1,000 births last year.",
])
REWORDED_TARGET = "\n\n".join([
    "Brazil's biggest port to resume operations",
    "Latin America's busiest container terminal is set to resume work next week, its chief said, ending a walkout "
    "that had lasted eleven days.",
    "Joblessness across São Paulo state climbed to 7.9 per cent between April and June, according to official "
    "figures.",
    "At one point fifty-eight vessels were stuck offshore, after some 1,500 stevedores downed tools.",
    "Members agreed to a wage increase of 5.5% spread across a two-year period, it added.",
    "Last year the district around the docks recorded 14 infant deaths in every 1,000 live births.",
])


@dataclass
class _Link:
    """An alignment group as `find_findings` reads one (`report.alignments`): sentences linked by any aligner."""

    source: list[int]
    target: list[int]
    label: str = "paraphrased"
    score: float = 0.5


def test_changed_figures_are_found_in_linked_sentences_where_the_words_around_them_agree() -> None:
    from diffsrc.pair.findings import find_findings

    source, target = prepare(Document.from_text(REWORDED_SOURCE, id="s")), prepare(Document.from_text(REWORDED_TARGET,
                                                                                                     id="t"))
    report = compare(source, target)
    # Each sentence pair says the same thing in other words; an aligner that links them (issue 13's, or
    # `--semantic`) hands them to the findings as alignment groups.
    links = [_Link([i], [i]) for i in range(1, 6)]
    found = find_findings(source, target, source.sentences, target.sentences, links, report.summary)
    facts = [(f["kind"], f["source"], f["target"], f["source_index"], f["target_index"]) for f in found.facts]
    # A value is compared with one in its place: the words around it agree ("12 deaths per 1,000 births", "14
    # infant deaths in every 1,000 live births"). Where the words around it were replaced ("85 ships waiting at
    # anchor", "fifty-eight vessels were stuck offshore"; "the state of São Paulo rose to 7.2%", "São Paulo state
    # climbed to 7.9 per cent", where only the name and "state" stay) nothing says the two values are one fact:
    # on METER's real papers, pairs of values read that way were mostly two different facts of one story.
    assert facts == [("number", "12", "14", 5, 5)]


@pytest.mark.parametrize(
    ("source", "target", "changes"),
    [
        ("About 1,200 dock workers walked out, leaving 85 ships at anchor.",
         "At one point 58 ships were left at anchor after 1,500 dock workers walked out.",
         [("1,200", "1,500"), ("85", "58")]),
        ("The strike lasted nine days.", "The strike went on for thirteen days.", [("nine", "thirteen")]),
        ("85 ships waited offshore.", "Fifty-eight vessels waited offshore.", [("85", "Fifty-eight")]),
        ("The firm has 312 staff.", "The firm employs three hundred and twenty people.",
         [("312", "three hundred and twenty")]),
        # Counts of the same thing are paired, whatever their order and size.
        ("It sent 40 ships and 45 workers.", "It sent 60 workers and 50 ships.", [("40", "50"), ("45", "60")]),
        ("Prices rose 3.1% in May and 2.4% in June.", "Prices rose 2.2% in June after 3.4% in May.",
         [("3.1%", "3.4%"), ("2.4%", "2.2%")]),
    ],
)
def test_changed_counts_are_paired_by_what_they_count_and_their_size(source: str, target: str, changes: list) -> None:
    assert [(s.surface, t.surface) for s, t in changed_facts(source, target)] == changes


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("The walkout lasted 13 days.", "The walkout lasted thirteen days."),
        ("Some 25 ships waited.", "Some twenty-five ships waited."),
        ("The firm has 312 staff.", "The firm has three hundred and twelve staff."),
        ("It hired 24 guards.", "It hired two dozen guards."),
        ("About 100 ships waited.", "About a hundred ships waited."),
        ("It costs 2 million reais.", "It costs two million reais."),
        ("It is one of 58 ships.", "It is one of fifty-eight ships."),
    ],
)
def test_numbers_in_words_equal_their_digits(source: str, target: str) -> None:
    assert changed_facts(source, target) == []


BRIDGE = "The bridge will be closed for {} while engineers repair the deck, the council said."


@pytest.mark.parametrize(("old", "new"), [
    ("a week", "a month"),          # no numeral on either side: "a" is one, and its unit changed
    ("two weeks", "a month"),
    ("a month", "a week"),
    ("six months", "a year"),
    ("11 months", "a year"),
    ("an hour", "a day"),
])
def test_a_span_of_time_written_without_a_numeral_changes(old: str, new: str) -> None:
    pairs = changed_facts(BRIDGE.format(old), BRIDGE.format(new))
    assert [(s.kind, s.surface, t.surface) for s, t in pairs] == [("number", old, new)]


@pytest.mark.parametrize(("old", "new"), [
    ("a fortnight", "two weeks"), ("a year", "12 months"), ("an hour", "60 minutes"), ("a week", "seven days"),
    ("a decade", "ten years"), ("a month", "four weeks"), ("two weeks", "14 days"), ("52 weeks", "a year"),
    ("three months", "90 days"), ("one year", "a year"),
])
def test_one_span_of_time_in_other_units_is_no_change(old: str, new: str) -> None:
    assert changed_facts(BRIDGE.format(old), BRIDGE.format(new)) == []


@pytest.mark.parametrize(("source", "target", "changes"), [
    # A time of day (a court's timeline), "10am" = "10.00am", "a.m." with its stops.
    ("The 999 call was made at 4.25pm on Sunday, the court heard.",
     "The 999 call was made at 6.25pm on Sunday, the court heard.", [("4.25pm", "6.25pm")]),
    ("The hearing began at 10am.", "The hearing began at 10.00am.", []),
    ("The hearing began at 10.30 a.m. yesterday.", "The hearing began at 11.30 a.m. yesterday.",
     [("10.30 a.m.", "11.30 a.m.")]),
    # ... but two times of one timeline are two facts (METER: PA and the Mail).
    ("An ambulance was called at 4.25pm on February 16.",
     "By 4.55pm, the ambulance had still not appeared and Dr Griffiths called once more.", []),
    ("He was pronounced dead at 8.12pm.", "He was dead by 8.l2 pm.", []),  # OCR's "l" for 1: no time read
    # Inches as papers write them, one unit two ways.
    ("He was 6ft 3ins tall, the jury heard.", "He was 6ft 5ins tall, the jury heard.", [("3ins", "5ins")]),
    ("He was 6ft 3ins tall, the jury heard.", "He was 6ft 3in tall, the jury heard.", []),
    # A scan's letter O for a zero (METER: the Guardian's "£1,OOO" for PA's "#1,000") is a zero.
    ("The informant was paid #1,000 for the tip.", "The informant was paid £1,OOO for the tip.", []),
])
def test_times_of_day_inches_and_a_scans_zeros(source: str, target: str, changes: list) -> None:
    assert [(s.surface, t.surface) for s, t in changed_facts(source, target)] == changes


# A time of day told in words (a statistics and wire desk's re-test: "at 7.40am" -> "at twenty to nine" was no
# finding): either half of the day, so "7.40am" is "twenty to eight".
@pytest.mark.parametrize(("target", "changes"), [
    ("A train derailed near Manchester Piccadilly at twenty to nine on Monday, police said.",
     [("7.40am", "twenty to nine")]),
    ("A train derailed near Manchester Piccadilly at twenty to eight on Monday, police said.", []),
    ("A train derailed near Manchester Piccadilly at 8.40am on Monday, police said.", [("7.40am", "8.40am")]),
    ("A train derailed near Manchester Piccadilly at quarter past seven on Monday, police said.",
     [("7.40am", "quarter past seven")]),
])
def test_a_time_of_day_told_in_words_is_read(target: str, changes: list) -> None:
    source = "A train derailed near Manchester Piccadilly at 7.40am on Monday, police said."
    assert [(s.surface, t.surface) for s, t in changed_facts(source, target)] == changes


def test_a_spoken_range_is_no_time_of_day() -> None:
    assert changed_facts("He faces from five to ten years in jail if convicted, the court heard.",
                         "He faces from five to ten years in jail if convicted, the court heard, at 9am.") == []
    assert changed_facts("The meeting ended at half past four.", "The meeting ended at half past four.") == []
    assert [(s.surface, t.surface) for s, t in changed_facts(
        "The meeting ended at 4pm, officials said.", "The meeting ended at five o'clock, officials said.")] == [
        ("4pm", "five o'clock")]


def test_one_shared_word_far_from_two_values_in_long_sentences_places_nothing() -> None:
    # A facts audit of METER (66 rows along edges read, 49 real): a word three away shared by two long sentences of
    # one story ("cruelty") joined two facts; between short close texts one shared word still places them.
    assert changed_facts(
        "Simpson was jailed for six months for cruelty to his children at Leeds Crown Court in 1997 and was "
        "released early on licence.",
        "The court heard that he had already served five and a half months of a sentence for cruelty before the "
        "family moved to Bradford.") == []
    pairs = changed_facts("The strike lasted nine days.", "The strike went on for thirteen days.")
    assert [(s.surface, t.surface) for s, t in pairs] == [("nine", "thirteen")]
    assert changed_entities("He was found at his home near Bicester, Oxon.",
                            "He was found at his home near Bicester, Oxfordshire.") == []


def test_a_span_of_time_pairs_only_with_a_span_and_not_by_the_word_later() -> None:
    # METER: PA's "three officers were later found guilty" and a paper's "a week later"; PA's "nine months later"
    # and "A month later he attacked ...": two facts each, which "later" alone does not place together.
    assert changed_facts("Police said he drowned, but three officers were later found guilty of neglect of duty.",
                         "His body was found in the Thames a week later.") == []
    assert changed_facts("It was not until nine months later that detectives finally got their man.",
                         "A month later he attacked a 26-year-old in Leeds.") == []
    # ... and where the rest of the place agrees, the span changed (METER's Bondi papers).
    pairs = changed_facts("But after more than a week of deliberations, the jury cleared him of murder.",
                          "But after six days of deliberations, a jury cleared Martin of murder.")
    assert [(s.surface, t.surface) for s, t in pairs] == [("a week", "six days")]


@pytest.mark.parametrize(
    ("source", "target", "whole_source"),
    [
        # Real METER pairs (PA copy and a paper, abridged) gave these as changed numbers.
        ("It involved more than 60 officers from three forces in the hunt for the man.",
         "Barwell abducted lone women from car parks during a 13-year reign of terror.", None),
        ("Roger Baker, 57, from Ventongimps Common, pleaded guilty.",
         "Roger Baker admitted 17 charges of causing unnecessary suffering.",
         "Roger Baker, 57, from Ventongimps Common, pleaded guilty. He faced charges of cruelty."),
        ("He has been making the calls for two years.", "He made more than 30 hoax calls.", None),
        ("He was jailed for five and a half months.", "He was jailed for 5.5 months.", None),
    ],
)
def test_numbers_that_count_different_things_are_not_a_changed_fact(source: str, target: str,
                                                                    whole_source: str | None) -> None:
    whole = (whole_source, target) if whole_source else None
    assert changed_facts(source, target, whole=whole) == []


@pytest.mark.parametrize(
    ("source", "target"),
    [
        # Real METER pairs (PA copy and a paper), linked as paraphrases, each side a different fact of one story.
        ("Three judges in London ruled that the convictions of Mary Druhan were unsafe.",
         "Former nurse Mary Druhan, 55, was arrested after a fire killed two men at a squat."),
        ("Mr Brettwood died in Sunderland General Hospital three days later from a morphine overdose.",
         "Mr Brettwood had been admitted to the nursing home 12 days before, after hospital treatment."),
        ("The trial date was today put back to May 3 next year, more than a year after the handover of the two "
         "accused men, to allow the defence more time to prepare.",
         "Granting the defence request to put back the start of the trial, originally due to start on February 2, "
         "the judge said: \"It is abundantly clear that preparation of the defence case is of exceptional "
         "difficulty.\""),
        ("Christopher Grant, 45, and Meryl Grant, 43, denied three counts of cruelty against the youngster.",
         "His father Christopher Grant, 45, forced him to live on junk food in the family's five-bedroom house."),
    ],
)
def test_values_in_different_places_of_linked_sentences_are_not_a_changed_fact(source: str, target: str) -> None:
    assert changed_facts(source, target) == []


@pytest.mark.parametrize(
    ("source", "target", "changes"),
    [
        # METER as a corpus: a paper adding up the wire's figures was read as changing one of them.
        ("David Cassell, 56, was alleged to have assaulted two boys and two girls at St Michaels Preparatory School.",
         "David Cassell, 56, was alleged to have assaulted four children at St Michael's preparatory school.", []),
        ("Sentencing her, the magistrate ordered her to pay £400 compensation to the injured officer and £250 costs.",
         "She was ordered to pay £650 by Brighton magistrates.", []),
        ("The council will close 3 libraries and 2 pools.", "The council will close 5 sites, the mayor said.", []),
        # Two figures that happen to add up, a count and a span of time, are no total.
        ("He appeared before a panel of three City of London magistrates, in a three-minute hearing.",
         "In a six-minute hearing for plea and directions, he was told his trial will start in March.", ["six"]),
        # A sum that is not the total is still a change; a total in another currency is not a total.
        ("Police said 12 men and 3 women were arrested at the ground.", "Police said 16 people were arrested.",
         ["16"]),
        ("She was ordered to pay £400 compensation and £250 costs.", "She was ordered to pay $650 in all.",
         ["$650"]),
        # Ages add up to nothing: "Three men" and Lee Smith's 31 are no total of Darren Pike's 34, and Lee Smith's
        # age changed (a fact-checker's report: missed).
        ("The defendants, Darren Pike, 34, Lee Smith, 29, and Wayne Brown, 41, all from Leeds, deny murder.",
         "Three men, including Lee Smith, 31, deny murder.", ["31"]),
        ("The defendants, Darren Pike, 34, Lee Smith, 29, and Wayne Brown, 41, all from Leeds, deny murder.",
         "Two men, Lee Smith, 31, and Darren Pike, 34, deny murder.", ["31"]),
        # Two people's ages in a list given in another order are no change.
        ("The defendants, Pike, 34, Smith, 29, all from Leeds, deny murder.",
         "The defendants, Smith, 29, Pike, 34, all from Leeds, deny murder.", []),
        ("The defendants, Darren Pike, 34, Lee Smith, 29, and Wayne Brown, 41, all from Leeds, deny murder.",
         "Three men, including Darren Pike, 34, deny murder.", []),
    ],
)
def test_a_total_of_the_other_sides_figures_is_not_a_changed_fact(source: str, target: str, changes: list) -> None:
    assert [t.surface for _, t in changed_facts(source, target)] == changes


def test_an_age_changed_where_the_target_trims_a_list_of_defendants_is_found() -> None:
    # A fact-checker's texts: the paper keeps one of three defendants and changes his age (missed: "Three" and
    # "31" added up to Darren Pike's 34).
    source = ("A man stabbed his neighbour to death after a row over a parking space, Leeds Crown Court heard today."
              "\n\nThe defendants, Darren Pike, 34, Lee Smith, 29, and Wayne Brown, 41, all from Leeds, deny murder."
              "\n\nProsecutor Andrew Collins QC said the victim, Mark Taylor, 52, was stabbed five times outside his"
              " home in Armley on March 3.\n\nThe case continued this afternoon when the jury were shown CCTV footage"
              " of the attack.\n")
    target = "Three men, including Lee Smith, 31, deny murder.\n"
    report = compare(Document.from_text(source, id="a.txt"), Document.from_text(target, id="b.txt")).to_dict()
    assert [(f["kind"], f["source"], f["target"]) for f in report["facts"]] == [("number", "29", "31")]


def test_of_the_values_of_linked_sentences_only_one_in_the_same_place_is_a_changed_fact() -> None:
    # METER: PA's copy and the Mirror's sentence, linked as a paraphrase.
    source = ("David Smith, 43, a lorry driver from Hampton, west London, was convicted by an eight man - four women "
              "jury of the Ripper-style killing of 21-year-old prostitute Amanda Walker at a Surrey beauty spot in "
              "April this year.")
    target = ("The 19-stone loner, obsessed with sadomasochistic sex, was convicted at the Old Bailey yesterday of "
              "killing 22-year-old prostitute Amanda Walker.")
    assert [(s.surface, t.surface) for s, t in changed_facts(source, target)] == [("21", "22")]


@pytest.mark.parametrize(
    ("source", "target", "whole"),
    [
        # METER as a corpus (PA copy and papers, abridged): the two values share only what they count, and a
        # document gives that more than one value: the boy of 13 is the accused, the boy of nine the victim; the
        # teenager weighed 22 stone at 12 and 15 stone now.
        ("A judge ruled today that a 13-year-old boy was mentally unfit to stand trial for murder.",
         "The parents of a nine-year-old boy who died after he was set alight were devastated today.",
         ("A judge ruled today that a 13-year-old boy was mentally unfit to stand trial for murder. The "
          "nine-year-old boy died in hospital.", None)),
        ("A teenager told a jury how his weight ballooned to 22 stone after his parents fed him on chips.",
         "Richard Thomas, who has slimmed to 15 stone after leaving home, told a jury how he was fed chips.",
         (None, "Richard Thomas, who has slimmed to 15 stone after leaving home, told a jury how he was fed chips. "
                "He said he weighed 22 stone when he was 12.")),
    ],
)
def test_values_that_share_only_what_a_document_counts_more_than_once_are_not_a_changed_fact(
        source: str, target: str, whole: tuple) -> None:
    whole_source, whole_target = whole
    assert changed_facts(source, target, whole=(whole_source or source, whole_target or target)) == []
    # Where each document gives it one value, what they count places them: the babysitter's age changed.
    assert [(s.surface, t.surface) for s, t in changed_facts(
        "A 13-year-old babysitter went on trial today accused of murdering a toddler in her care.",
        "TODDLER Molly Adams was killed by her 12-year-old babysitter, a court heard yesterday.",
        whole=("A 13-year-old babysitter went on trial. The babysitter denies murder.",
               "TODDLER Molly Adams was killed by her 12-year-old babysitter, a court heard yesterday."))] == [
        ("13", "12")]


def test_a_value_the_other_document_gives_as_often_elsewhere_is_not_a_changed_fact() -> None:
    # METER (PA copy and a paper, abridged): the accused is 13, the boy he killed nine; the paper gives "the
    # 13-year-old accused" further down, so its nine-year-old boy is another fact, not the accused's age changed.
    source = "A judge ruled today that a 13-year-old boy was mentally unfit to stand trial for murder."
    target = "The parents of a nine-year-old boy who died after he was set alight were devastated today."
    whole = (source, target + " A judge ruled that the 13-year-old accused of killing their son was unfit to stand "
                              "trial.")
    assert changed_facts(source, target, whole=whole) == []
    # A copy that changed one of two mentions of a figure still changed it.
    source = "He was jailed for 30 months today."
    target = "He was jailed for 36 months today."
    whole = (source + " The 30 months will run from today.", target + " The 30 months will run from today.")
    assert [(s.surface, t.surface) for s, t in changed_facts(source, target, whole=whole)] == [("30", "36")]


@pytest.mark.parametrize(
    ("source", "target", "changes"),
    [
        # METER: "3½" came out as 31 and 2 (NFKC writes ½ as 1⁄2), and wire copy's ASCII "31/2" the same way.
        ("She was jailed for three and a half years.", "She was jailed for 3½ years.", []),
        ("She was jailed for 31/2 years.", "She was jailed for 3 1/2 years.", []),
        ("She was jailed for 3½ years.", "She was jailed for 4½ years.", [("3.5", "4.5")]),
    ],
)
def test_a_half_written_as_a_fraction_is_read_as_one(source: str, target: str, changes: list) -> None:
    assert [(s.surface, t.surface) for s, t in changed_facts(source, target)] == changes


@pytest.mark.parametrize(("surface", "text", "written"), [
    ("3.5", "jailed for 31/2 years", "31/2"),
    ("3.5", "jailed for 3 1/2 years", "3 1/2"),
    ("0.5", "On 1/2/2020 he ran ½ mile", "½"),  # not the date
    ("1.5", "Smith, of 11/2 Park Road, was jailed for 1½ years", "1½"),  # the fraction sign before the address
    ("1.5", "a 211/2 mile run and 1 1/2 miles", "1 1/2"),  # not inside a longer number
])
def test_a_fraction_is_found_as_written(surface: str, text: str, written: str) -> None:
    from diffsrc.pair.findings.facts import _as_written

    assert _as_written(surface, text) == written


def test_a_changed_fraction_is_shown_as_each_text_writes_it() -> None:
    # A fact-checker searches the text for the value a finding shows: "3.5" is not in "jailed for 31/2 years".
    report = compare(Document.from_text("Tate was jailed for 31/2 years at the Old Bailey on Friday.", id="wire"),
                     Document.from_text("Tate was jailed for 4½ years at the Old Bailey on Friday.", id="paper"))
    facts = [(f["kind"], f["source"], f["target"]) for f in report.to_dict()["facts"]]
    assert facts == [("number", "31/2", "4½")]


@pytest.mark.parametrize(
    ("source", "target", "changes"),
    [
        # METER: a law's year is part of its name, not the year of an event ("the 1982 Aviation Security Act" read
        # as changed into the year of the bombing).
        ("They face charges of conspiracy, murder and a breach of the 1982 Aviation Security Act over Lockerbie.",
         "The Libyans accused of the bombing, which killed 270 when a flight blew up in 1988, will be tried for "
         "conspiracy as well as murder.", []),
        ("He was charged under the 1982 Aviation Security Act.", "He was charged under the 1984 Aviation Security "
         "Act.", [("1982", "1984")]),
        ("The provisions of the National Health Service Act 1977 and the National Assistance Act 1948 do not make it "
         "unlawful.", "The provisions of the National Health Service Act 1977 and the 1990 NHS and Community Care Act "
         "did not make it unlawful.", []),
        ("In 1998 Smith moved to Leeds, the court heard.", "In 1996 Smith moved to Leeds, the court heard.",
         [("1998", "1996")]),
    ],
)
def test_a_year_in_a_name_changes_only_into_the_year_of_a_name(source: str, target: str, changes: list) -> None:
    assert [(s.surface, t.surface) for s, t in changed_facts(source, target)] == changes


@pytest.mark.parametrize(
    ("source", "target", "changes"),
    [
        # Real METER pairs whose papers changed the figure (abridged).
        ("A 13-year-old babysitter went on trial today accused of murdering a toddler in her care.",
         "TODDLER Molly Adams was killed by her 12-year-old babysitter, a court heard yesterday.", [("13", "12")]),
        ("It took a court clerk 15 minutes to read out the 35 charges on which Spain seeks to extradite him.",
         "The charges, which took the clerk of the court 16 minutes to read out, included torture.",
         [("15", "16")]),
        ("The inquiry was also investigating another rape and kidnapping in Leicester in 1994.",
         "Charges of kidnapping and raping a woman in Leicester in May 1984 were left on the file.",
         [("1994", "1984")]),
        ("Pc Hendricks, 34, is accused of hitting Sergeant Mark Workman with a snooker cue.",
         "Sgt Mark Workman said Pc Joy Hendricks, 35, punched him and hit him with the cue.", [("34", "35")]),
        # An age in a list's apposition (a fact-checker's report of a miss that this code finds: a guard).
        ("Three men, including Lee Smith, 31, were arrested.", "Three men, including Lee Smith, 35, were arrested.",
         [("31", "35")]),
        ("Three men, including Lee Smith, 31, were arrested after the raid on Tuesday.",
         "Lee Smith, 35, was one of three men arrested after the raid on Tuesday.", [("31", "35")]),
    ],
)
def test_values_in_the_same_place_of_reworded_sentences_are_a_changed_fact(source: str, target: str,
                                                                           changes: list) -> None:
    assert [(s.surface, t.surface) for s, t in changed_facts(source, target)] == changes


@pytest.mark.parametrize(("source", "target", "changes"), [
    # A zero more or fewer after the same words (a fact-checker's trial: none was found), and still not two figures
    # of loosely aligned sentences an order of magnitude apart
    ("The crowd numbered 3,000.", "The crowd numbered 30,000.", [("3,000", "30,000")]),
    ("He paid 2000 pounds for it, the court heard.", "He paid 200 pounds for it, the court heard.",
     [("2000 pounds", "200 pounds")]),
    ("Officials said they paid £2,000 in all.", "Officials said they paid £20,000 in all.", [("£2,000", "£20,000")]),
    ("The plan brings £240 million of investment.", "A skills fund of £30 million is part of the plan.", []),
    # a range's ends pair with the other range's (a fact-checker's trial: four -> seven, five -> six)
    ("He said he drank four to five pints a night.", "He said he drank six to seven pints a night.",
     [("four", "six"), ("five", "seven")]),
])
def test_a_figure_in_the_same_place_pairs_with_its_own_counterpart(source: str, target: str, changes: list) -> None:
    assert [(s.surface, t.surface) for s, t in changed_facts(source, target)] == changes


@pytest.mark.parametrize(("source", "target", "change"), [
    # a place opening the sentence, the body's name going on in shared words (a fact-checker's trial: missed)
    ("Reading Crown Court heard that Hobbs had killed all three friends in the house.",
     "Oxford Crown Court heard that Hobbs had killed all three friends in the house.",
     [("Reading Crown Court", "Oxford Crown Court")]),
    # not a capital before a person's name (METER: "Jobless Brian Smith" / "Evil Brian Smith"), nor a common word
    ("Jobless Brian Smith was jailed for four years at the Old Bailey yesterday.",
     "Evil Brian Smith was jailed for four years at the Old Bailey yesterday.", []),
    ("Police said the man had been arrested at his home in Leeds on Monday.",
     "Officers said the man had been arrested at his home in Leeds on Monday.", []),
])
def test_a_name_opening_a_sentence_is_changed_only_where_a_bodys_name_goes_on(source: str, target: str,
                                                                              change: list) -> None:
    assert [(s, t) for kind, s, t in _report_facts(source, target) if kind == "entity"] == change


@pytest.mark.parametrize(
    ("source", "target"),
    [
        # Real METER pairs: a word opening both sentences that the documents never capitalise inside one.
        ("Referring to the awful accident in Paris, Mr Browne said it was not caused by his employee.",
         "Turning to the awful accident in Paris, Mr Browne said it was not caused by his employee."),
        ("Close circuit TV should not function at any time while they give evidence, argued Mr Boyd.",
         "Closed circuit TV also should not function at any time while they testified, Mr Boyd argued."),
        ("Kevan Roberts was convicted by a unanimous verdict at Norwich Crown Court.",
         "Homosexual Roberts was convicted by a unanimous verdict at Norwich Crown Court."),
        # A name and its initials, or its first word.
        ("One of the most sensitive areas of the Crown Prosecution Service work concerned the family.",
         "One of the most sensitive areas of the CPS work concerned the family."),
        ("He said the Metropolitan Police Service would not comment.", "He said the Met would not comment."),
        ("A spokesman for the FA said the matter was closed.",
         "A spokesman for the Football Association said the matter was closed."),
        # A headline run into the sentence after it is not one name.
        ("Tourists face trial over air rage on a flight to America. Magistrates committed them.",
         "Tourists face trial over air rage on a flight to the United States committed them."),
    ],
)
def test_words_that_are_no_name_in_the_documents_are_no_changed_name(source: str, target: str) -> None:
    from diffsrc.pair.findings.facts import find_fact_changes

    # The documents around the sentences, which name Mr Roberts inside a sentence.
    context = "The jury heard that Kevan Roberts had met the boy. It was told Mr Roberts denied it."
    found = find_fact_changes([_Link([0], [0])], [source, context], [target, context])
    assert [f for f in found if f["kind"] == "entity"] == []


def test_a_name_the_documents_give_inside_a_sentence_is_compared_where_it_opens_one() -> None:
    from diffsrc.pair.findings.facts import find_fact_changes

    source, target = "Motegi said the plan was firm.", "Takaichi said the plan was firm."
    context = "Talks were led by Toshimitsu Motegi. Officials said Sanae Takaichi would attend."
    found = find_fact_changes([_Link([0], [0])], [source, context], [target, context])
    assert [(f["source"], f["target"]) for f in found if f["kind"] == "entity"] == [("Motegi", "Takaichi")]


def test_an_age_is_compared_with_an_age() -> None:
    found = changed_facts("Roger Baker, 57, from Truro, admitted 17 charges.", "Roger Baker, 67, admitted 17 charges.")
    assert [(s.surface, t.surface) for s, t in found] == [("57", "67")]


def test_a_swapped_name_is_shown_without_the_office_before_it() -> None:
    found = changed_entities("He will meet Secretary of State Marco Rubio in Tokyo.",
                             "He will meet Secretary of State Mike Pompeo in Tokyo.")
    assert found == [("Marco Rubio", "Mike Pompeo")]


@pytest.mark.parametrize(("source", "target", "changes"), [
    # A fact-checker's planted changes in real PA copy: the new value was in the sentence already.
    ("The trial of all three men, which lasted five days, ended yesterday.",
     "The trial of all three men, which lasted three days, ended yesterday.", [("five", "three")]),
    ("It took the jury of 10 men and two women half an hour to clear him of three charges.",
     "It took the jury of nine men and three women half an hour to clear him of three charges.",
     [("10", "nine"), ("two", "three")]),
    ("He was fined £500 and ordered to pay £200 costs.", "He was fined £500 and ordered to pay £500 costs.",
     [("£200", "£500")]),
    # ... and the other way: one of two equal values in a sentence changed.
    ("He was fined £500 and ordered to pay £500 costs.", "He was fined £500 and ordered to pay £300 costs.",
     [("£500", "£300")]),
])
def test_a_value_changed_into_one_the_sentence_has_already_is_a_changed_fact(source: str, target: str,
                                                                              changes: list) -> None:
    assert [(s.surface, t.surface) for s, t in changed_facts(source, target)] == changes


@pytest.mark.parametrize(("source", "target", "changes"), [
    # British copy writes units against the figure; a court desk must catch a sentence's unit changed.
    ("The car was doing between 81mph and 89mph at the point of impact.",
     "The car was doing between 71mph and 89mph at the point of impact.", [("81mph", "71mph")]),
    ("The defendant, who is 6ft 4in tall, denied assault.", "The defendant, who is 6ft 1in tall, denied assault.",
     [("4in", "1in")]),
    ("He was jailed for 30 months for the attack on the man.", "He was jailed for 30 years for the attack on the man.",
     [("30 months", "30 years")]),
    # A figure with a unit is no changed count of something else; the same span said another way is no change.
    ("The 6ft tall man and eight others were arrested.", "The man and five others were arrested.",
     [("eight", "five")]),
    ("He was doing 81 mph on the bypass.", "He was doing 71mph on the bypass.", [("81 mph", "71mph")]),
    ("He carried 10kg of cannabis.", "He carried 10lb of cannabis.", [("10kg", "10lb")]),
    ("The 19st loner denied murder.", "The 16st loner denied murder.", [("19st", "16st")]),
    ("She was jailed for three years and six months.", "She was jailed for 31/2 years.", []),
    ("She was jailed for three years and six months.", "She was jailed for four years and six months.",
     [("three years and six months", "four years and six months")]),
    ("He was jailed for 30 months.", "He was jailed for two and a half years.", []),
    ("Two days before the attack, Smith had threatened her.", "The baby was delivered two weeks premature.", []),
    # An amount given at another rate is a changed fact, shown with its rate (the "a" of "a week" is not a second
    # one); "a year", "per year", "per annum" and "annually" are one rate.
    ("The project cost residents $90 per month in extra charges.",
     "The project cost residents $90 per week in extra charges.", [("$90 per month", "$90 per week")]),
    ("He earns 500 pounds a week, the court heard.", "He earns 500 pounds a month, the court heard.",
     [("500 pounds a week", "500 pounds a month")]),
    ("Prices rose 2% a year under the deal.", "Prices rose 2% a month under the deal.", [("2% a year", "2% a month")]),
    ("They paid $40 monthly for the flat.", "They paid $40 weekly for the flat.", [("$40 monthly", "$40 weekly")]),
    ("He was paid £30,000 a year by the firm.", "He was paid £30,000 per annum by the firm.", []),
    ("He was paid £30,000 a year by the firm.", "He was paid £30,000 annually by the firm.", []),
    # A unit written out, as wire copy gives distances, depths and areas: the figure kept with another unit is a
    # changed fact (a disaster desk's trial: "10 kilometers (6 miles) deep" as "10 miles deep" was none); the two
    # units given the other way round, abbreviated or one dropped are no change.
    ("The quake was centered 10 kilometers (6 miles) deep, about 80 kilometers (50 miles) north of the city.",
     "The quake was centered 10 miles deep, about 80 kilometers (50 miles) north of the city.",
     [("10 kilometers", "10 miles")]),
    ("The quake was centered 10 kilometers (6 miles) deep, about 80 kilometers (50 miles) north of the city.",
     "The quake was centered 6 miles (10 km) deep, about 50 miles (80 km) north of the city.", []),
    ("The quake was centered 10 kilometers (6 miles) deep, about 80 kilometers (50 miles) north of the city.",
     "The quake was centered 10 km deep, about 80 km north of the city.", []),
    ("The quake was centered 10 km deep near the town.", "The quake was centered 10 miles deep near the town.",
     [("10 km", "10 miles")]),
    ("The fire has burned 12,000 acres (4,856 hectares), Cal Fire said.", "The fire has burned 12,000 hectares, Cal "
     "Fire said.", [("12,000 acres", "12,000 hectares")]),
    ("The fire has burned 120 square miles so far.", "The fire has burned 120 square kilometers so far.",
     [("120 square miles", "120 square kilometers")]),
    ("The fire has burned 120 square miles so far.", "The fire has burned 120 sq mi so far.", []),
    ("He is 6ft tall, the court heard.", "He is 6 feet tall, the court heard.", []),
    # The bracketed conversion's figure kept with the first unit stands where the first figure stood (a science
    # desk's re-test: "30 miles (48 km)" as "48 miles" was none, "48" having "miles" before it in the source).
    ("The storm travelled 30 miles (48 km) inland on Tuesday.", "The storm travelled 48 miles inland on Tuesday.",
     [("48 km", "48 miles")]),
    ("The storm travelled 30 miles (48 km) inland on Tuesday.", "The storm travelled 48 km inland on Tuesday.", []),
    ("The storm travelled 30 miles (48 km) inland on Tuesday.",
     "The storm travelled 48 km (30 miles) inland on Tuesday.", []),
])
def test_units_and_spans_of_time(source: str, target: str, changes: list) -> None:
    assert [(s.surface, t.surface) for s, t in changed_facts(source, target)] == changes


@pytest.mark.parametrize(("source", "target", "changes"), [
    # A writethru rewrites the lead of the first take; a paper still running the first take's toll is read against
    # the update: the dead against the dead, the injured against the injured (a disaster desk's trial found none of
    # them, or the 12 dead as a changed 310 injured).
    ("The death toll from a magnitude 6.8 earthquake that struck southern Turkey early Tuesday rose to at least 27, "
     "with more than 310 people injured, officials said.",
     "A magnitude 6.8 earthquake struck southern Turkey early Tuesday, killing at least 12 people and injuring more "
     "than 140, officials said.", [("27", "12"), ("310", "140")]),
    ("The magnitude 6.8 earthquake killed at least 27 people, officials said.",
     "At least 12 people died when the 6.8 quake struck, officials said.", [("27", "12")]),
    ("Five people were killed and 20 injured when the bus overturned.",
     "The bus overturned, leaving five dead and 12 hurt.", [("20", "12")]),
    # The same figures reworded or reordered are none; a magnitude is no toll.
    ("The earthquake killed at least 27 people and injured 310.",
     "At least 310 people were injured and 27 killed by the earthquake.", []),
    ("The blast killed 12 people, including three children, police said.",
     "Three children were among the 12 people killed in the blast, police said.", []),
    ("The magnitude 6.8 earthquake killed at least 27 people.", "The magnitude 7.1 earthquake killed at least 27 "
     "people.", [("6.8", "7.1")]),
    # A transport desk's trial: "one" before a person is a count ("One passenger died" -> "Two passengers died" was
    # no finding); "a passenger" for it, or "one of them", is none.
    ("One passenger died and 30 others were injured when the flight hit severe turbulence.",
     "Two passengers died and 30 others were injured when the flight hit severe turbulence.", [("One", "Two")]),
    ("The crash killed one person and injured 12.", "The crash killed three people and injured 12.",
     [("one", "three")]),
    ("One passenger died and 30 others were injured when the flight hit severe turbulence.",
     "A passenger died and 30 others were injured when the flight hit severe turbulence.", []),
    ("One of them died and 30 others were injured.", "Two of them died and 30 others were injured.", []),
])
def test_a_count_of_the_dead_or_injured_pairs_with_the_same_count(source: str, target: str, changes: list) -> None:
    assert [(s.surface, t.surface) for s, t in changed_facts(source, target)] == changes


@pytest.mark.parametrize(("target", "changes"), [
    # A disaster desk's trial: the zones of a wire's "local time (GMT)" swapped was no finding.
    ("The quake hit at 4:17 a.m. GMT (0117 local time) near the town of Goksun.",
     [("4:17 a.m. local time", "4:17 a.m. GMT")]),
    ("The quake hit at 0117 GMT (4:17 a.m. local time) near the town of Goksun.", []),
    ("The quake hit at 4:17 a.m. (0117 UTC) near the town of Goksun.", []),
    ("The quake hit at 4:17 a.m. local time near the town of Goksun.", []),
])
def test_a_time_kept_with_another_time_zone_is_a_changed_fact(target: str, changes: list) -> None:
    source = "The quake hit at 4:17 a.m. local time (0117 GMT) near the town of Goksun."
    assert [(s.surface, t.surface) for s, t in changed_facts(source, target)] == changes
    # One zone written as standard, summer or plain time is none; another zone is.
    landfall = "The storm made landfall at 9:30 p.m. EST on Monday."
    assert changed_facts(landfall, landfall.replace("EST", "ET")) == []
    assert [(s.surface, t.surface) for s, t in changed_facts(landfall, landfall.replace("EST", "PST"))] == [
        ("9:30 p.m. EST", "9:30 p.m. PST")]


@pytest.mark.parametrize(("source", "target", "changes"), [
    # A transport desk's trial: a 24-hour clock time was read as numbers, Reuters' "(0505 GMT)" against a restyle's
    # "(05:05 GMT)" the number 505 changed into 5.
    ("The jet went down at about 10:50 a.m. local time (0505 GMT), minutes before it was due to land.",
     "The jet went down at about 10.50am local time (05:05 GMT), minutes before it was due to land.", []),
    ("The plane landed at 3:45 p.m. local time (0845 GMT).", "The plane landed at 15:45 local time (08:45 GMT).", []),
    ("The jet returned to LAX at 14:05 GMT, about 25 minutes after departure.",
     "The jet returned to LAX at 2:05 p.m. GMT, about 25 minutes after departure.", []),
    ("Network Rail said the fault, which began at 06:40, was caused by damaged cables.",
     "Network Rail said the fault, which began at 6.40am, was caused by damaged cables.", []),
    # A time changed is one date, not two numbers.
    ("The jet returned to LAX at 14:05 GMT, about 25 minutes after departure.",
     "The jet returned to LAX at 15:05 GMT, about 25 minutes after departure.", [("date", "14:05", "15:05")]),
    ("The jet went down at 0505 GMT.", "The jet went down at 0605 GMT.", [("date", "0505", "0605")]),
    # A race time, a verse or a score is no time of day.
    ("He won in 2:05 on Sunday.", "He won in 2:08 on Sunday.", [("number", "2:05", "2:08")]),
])
def test_a_time_on_the_24_hour_clock_is_one_time_of_day(source: str, target: str, changes: list) -> None:
    assert [(s.kind, s.surface, t.surface) for s, t in changed_facts(source, target)] == changes


@pytest.mark.parametrize(("target", "changes"), [
    # A copy that rounds a figure has not changed it (a fact-checker's re-test: "1,02,345 votes" as "1.02 lakh
    # votes" was a changed number) ...
    ("The crowd of 52,000 watched the final at the stadium.", []),
    ("The crowd of about 52,000 watched the final at the stadium.", []),
    ("The crowd of more than 52,000 watched the final at the stadium.", []),
    ("The crowd of nearly 53,000 watched the final at the stadium.", []),
    # ... but a figure off by more than its rounding, or a bound the exact figure is on the wrong side of, is changed.
    ("The crowd of 53,000 watched the final at the stadium.", [("52,345", "53,000")]),
    ("The crowd of more than 53,000 watched the final at the stadium.", [("52,345", "53,000")]),
    ("The crowd of nearly 52,000 watched the final at the stadium.", [("52,345", "52,000")]),
    ("The crowd of 25,000 watched the final at the stadium.", [("52,345", "25,000")]),
])
def test_a_figure_rounded_in_the_copy_is_no_changed_fact(target: str, changes: list) -> None:
    source = "The crowd of 52,345 watched the final at the stadium."
    assert [(s.surface, t.surface) for s, t in changed_facts(source, target)] == changes


@pytest.mark.parametrize(("source", "target", "changes"), [
    ("He won 1,02,345 votes in the constituency.", "He won 1.02 lakh votes in the constituency.", []),
    ("The deal is worth £1,234,567 to the club.", "The deal is worth £1.2m to the club.", []),
    ("The deal is worth £1,234,567 to the club.", "The deal is worth £1.3m to the club.", [("£1,234,567", "£1.3m")]),
    ("Unemployment rose to 5.37% last month.", "Unemployment rose to 5.4% last month.", []),
    # Small figures are exact: two significant digits or fewer are no rounding of one another.
    ("He was fined £500 for the offence.", "He was fined £1,000 for the offence.", [("£500", "£1,000")]),
    ("Police said 15 people died in the crash.", "Police said 20 people died in the crash.", [("15", "20")]),
    ("Police said 123 people were hurt.", "Police said 100 people were hurt.", [("123", "100")]),
    ("Police said 123 people were hurt.", "Police said about 100 people were hurt.", []),
    # METER (pinochet605_telegraph): "some 1,198" and "some 1,100" are two statements, not one rounded.
    ("They kept the relatives of some 1,198 in the dark.", "They kept the relatives of some 1,100 in the dark.",
     [("1,198", "1,100")]),
])
def test_rounding_in_other_notations_and_small_figures(source: str, target: str, changes: list) -> None:
    assert [(s.surface, t.surface) for s, t in changed_facts(source, target)] == changes


def test_a_changed_name_is_shown_without_the_office_and_place_before_it() -> None:
    from diffsrc.pair.findings.facts import changed_entities

    # A fact-checker's trial: "Crown Court Judge George Bathurst-Norman" came out as "Court Judge George ...".
    assert changed_entities("Sentencing, Crown Court Judge George Bathurst-Norman said it was grave.",
                            "Sentencing, Crown Court Judge George Bathurst-Brown said it was grave.") == [
        ("George Bathurst-Norman", "George Bathurst-Brown")]


@pytest.mark.parametrize(("source", "target", "changes"), [
    # A court desk corrects a wrong rank; METER's papers write one rank several ways (12 false changes).
    ("Detective Sergeant John Smith said the investigation was complete.",
     "Detective Inspector John Smith said the investigation was complete.",
     [("Sergeant John Smith", "Inspector John Smith")]),
    ("Pc Joy Hendricks, 34, is accused of assault.", "Sgt Joy Hendricks, 34, is accused of assault.",
     [("Pc Joy Hendricks", "Sgt Joy Hendricks")]),
    ("WPC Hendricks said she was relieved.", "Pc Hendricks said she was relieved.", []),
    ("Col Gadaffi was not in court.", "Colonel Gadaffi was not in court.", []),
    ("The sergeant said the inquiry was over.", "The inspector said the inquiry was over.", []),
    # A regional editor's trial: a rank in place of the first name before the same surname is one woman.
    ("Joy Hendricks said she had endured years of abuse from colleagues.",
     "WPC Hendricks said she had endured years of abuse from colleagues.", []),
    ("Sergeant Workman denied making such comments.", "Mark Workman denied making such comments.", []),
    ("The court heard Pc Hendricks had endured years of abuse.",
     "The court heard WPC Joy Hendricks had endured years of abuse.", []),
    # ... but a rank's word that is a surname is a name like any other.
    ("Yesterday John Major said the party would win.", "Yesterday John Smith said the party would win.",
     [("Yesterday John Major", "Yesterday John Smith")]),
])
def test_a_rank_changed_before_the_same_name_is_a_changed_fact(source: str, target: str, changes: list) -> None:
    from diffsrc.pair.findings.facts import changed_entities

    assert changed_entities(source, target) == changes


ADDRESS = "John Smith, 34, of Elm Road, Harehills, Leeds, must serve at least 18 years before he can be considered."


@pytest.mark.parametrize(("source", "target", "changes"), [
    # A legal desk's trial on PA court copy: a defendant's street changed ("Road" and "Street" are institution
    # words, and the other text's "Oak Street" has "Street" still) was no finding; a wrong address names a neighbour.
    (ADDRESS, ADDRESS.replace("Elm Road", "Elm Street"), [("Elm Road", "Elm Street")]),
    (f"{ADDRESS} Wilson, of Oak Street, denies it.", f"{ADDRESS.replace('Elm Road', 'Elm Street')} Wilson, of Oak "
     "Street, denies it.", [("Elm Road", "Elm Street")]),
    # One street written two ways, or a text that names the street still.
    (ADDRESS, ADDRESS.replace("Elm Road", "Elm Rd"), []),
    (f"{ADDRESS} Elm Street is nearby.", f"{ADDRESS.replace('Elm Road', 'Elm Street')} Elm Road is nearby.", []),
])
def test_a_street_changed_in_an_address_is_a_changed_fact(source: str, target: str, changes: list) -> None:
    assert changed_entities(source, target) == changes


TERM = "Mark Taylor, 47, of Church Lane, Sale, was jailed for four years and six months."


@pytest.mark.parametrize(("target", "changes"), [
    # A legal desk's trial: UK copy's hyphenated half was read as its whole number, a false changed sentence.
    (TERM.replace("four years and six months", "four-and-a-half years"), []),
    (TERM.replace("four years and six months", "two-and-a-half years"),
     [("four years and six months", "two-and-a-half")]),
])
def test_a_hyphenated_half_is_read_whole(target: str, changes: list) -> None:
    assert [(s.surface, t.surface) for s, t in changed_facts(TERM, target)] == changes


PLEA = "Smith pleaded guilty to the murder of Peter Brown, 52, who was stabbed four times outside his home."
CLEARED = "Smith's girlfriend, Karen Jones, 29, was cleared of assisting an offender at Leeds Crown Court."


@pytest.mark.parametrize(("source", "target", "changes"), [
    # A legal desk's trial on PA court copy: an offence put for another was no finding (all lowercase words).
    (PLEA, PLEA.replace("murder", "manslaughter"), [("murder", "manslaughter")]),
    (CLEARED, CLEARED.replace("assisting an offender", "murder"), [("assisting an offender", "murder")]),
    (PLEA.replace("murder", "attempted murder"), PLEA, [("attempted murder", "murder")]),
    # One offence said another way, an offence dropped, or one the sentence names still.
    (PLEA, "Smith admitted murdering Peter Brown, 52, who was stabbed four times outside his home.", []),
    (PLEA, PLEA.replace(" to the murder of", " to killing"), []),
    ("Smith was cleared of murder but convicted of manslaughter.", "Smith was convicted of manslaughter.", []),
    # An offence named in general (METER dev: "causing actual bodily harm" -> "assault", "armed robbery" ->
    # "robbery").
    ("They all deny two charges of causing actual bodily harm and one of affray.",
     "They all deny two charges of assault and one of affray.", []),
    ("He was serving a jail sentence for armed robbery at the time.",
     "He was serving a jail sentence for robbery at the time.", []),
])
def test_an_offence_changed_is_a_changed_fact(source: str, target: str, changes: list) -> None:
    report = compare(Document.from_text(source, id="s"), Document.from_text(target, id="t")).to_dict()
    assert [(f["source"], f["target"]) for f in report["facts"] if f["kind"] == "entity"] == changes


BOOKED = "He was booked into the Marion County Jail on charges of aggravated battery and resisting arrest."


@pytest.mark.parametrize(("source", "target", "changes"), [
    # A police desk's trial on a sheriff's and a force's releases: an offence police copy names, put for another,
    # was no finding ("aggravated battery" was no offence to the facts step).
    (BOOKED, BOOKED.replace("aggravated battery", "attempted murder"), [("aggravated battery", "attempted murder")]),
    (BOOKED.replace("aggravated battery", "DUI"), BOOKED.replace("aggravated battery", "vehicular homicide"),
     [("DUI", "vehicular homicide")]),
    ("A man, 25, was arrested on suspicion of burglary and remains in custody.",
     "A man, 25, was arrested on suspicion of aggravated burglary and remains in custody.",
     [("burglary", "aggravated burglary")]),
    # The same offence in general words, or in other words of one.
    (BOOKED, BOOKED.replace("aggravated battery", "battery"), []),
    (BOOKED.replace("aggravated battery", "drunk driving"), BOOKED.replace("aggravated battery", "drink driving"),
     []),
])
def test_an_offence_in_a_police_release_changed_is_a_changed_fact(source: str, target: str, changes: list) -> None:
    report = compare(Document.from_text(source, id="s"), Document.from_text(target, id="t")).to_dict()
    assert [(f["source"], f["target"]) for f in report["facts"] if f["kind"] == "entity"] == changes


RELEASED = "A 19-year-old woman, who was also arrested, has been released under investigation."
DIED = "The driver of the car, a 58-year-old man, died in hospital on Sunday morning, police said."


@pytest.mark.parametrize(("source", "target", "changes"), [
    # A police desk's trial on a force's release: a suspect's status, or where a casualty died, put for another
    # was no finding.
    (RELEASED, RELEASED.replace("under investigation", "without charge"), [("under investigation", "without charge")]),
    (RELEASED.replace("under investigation", "on bail pending further enquiries"),
     RELEASED.replace("under investigation", "with no further action"), [("on bail", "with no further action")]),
    (RELEASED, RELEASED.replace("under investigation", "on bail"), [("under investigation", "on bail")]),
    (DIED, DIED.replace("in hospital", "at the scene"), [("in hospital", "at the scene")]),
    # The same status in other words, or one kept.
    (RELEASED.replace("under investigation", "without charge"),
     RELEASED.replace("under investigation", "without being charged"), []),
    (RELEASED, RELEASED.replace("has been", "was"), []),
    ("The motorcyclist was taken to hospital, police said.",
     "The motorcyclist was taken to hospital for treatment, police said.", []),
])
def test_a_suspects_status_or_a_place_of_death_changed_is_a_changed_fact(source: str, target: str,
                                                                         changes: list) -> None:
    report = compare(Document.from_text(source, id="s"), Document.from_text(target, id="t")).to_dict()
    assert [(f["source"], f["target"]) for f in report["facts"] if f["kind"] == "entity"] == changes


def test_a_value_the_target_still_has_is_not_changed_however_often_the_source_repeats_it() -> None:
    # METER's chips pair: PA's headline and body both say 22 stone; the paper's sentence keeps 22 and adds 15.
    source = "DIET OF CHIPS BOY BALLOONED TO 22 STONE. The boy weighed 22 stone at the age of 12."
    target = "I weigh 15 stone now, but I used to be 22 stone when I was 12."
    assert changed_facts(source, target) == []


def test_a_place_after_from_is_not_the_speaker() -> None:
    text = ('Miss Parker, from Stoke Newington, north London, said: "When the judge ordered the test I was upset."\n\n'
            'Chaye Parker, 27, of Hackney, east London, said: "We are happy with the outcome of the case today."\n')
    assert [q.speaker for q in _quotes(text)] == ["Chaye Parker", "Chaye Parker"]


def test_the_same_outlets_own_text_needs_no_credit() -> None:
    from diffsrc.pair.findings.attribution import find_attribution

    text = "A man was jailed for life today for the murder of his neighbour after a row over a hedge."
    assert find_attribution(text, None, "PA")["credited"] is False
    assert find_attribution(text, None, "PA", target_names=(None, "PA"))["credited"] is True
    assert find_attribution(text, "AP", None, target_names=("Associated Press", None))["credited"] is True
    assert find_attribution(text, "AP", None, target_names=("Reuters", "Daily Herald"))["credited"] is False


# --- quotes in other languages' conventions -------------------------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    # German „…“: the closing “ closes the quote (it used to open a phantom one over the rest of the paragraph).
    ("„Wir lassen die Bäuerinnen und Bauern nicht allein“, sagte Özdemir. Die Ernteausfälle lägen bei 40 Prozent.",
     [("Wir lassen die Bäuerinnen und Bauern nicht allein", "Özdemir")]),
    # German »…«: the quote is the text inside, not the tag after «.
    ("»Wir werden keinen Landwirt im Stich lassen«, sagte Agrarminister Cem Özdemir am Dienstag in Berlin.",
     [("Wir werden keinen Landwirt im Stich lassen", "Agrarminister Cem Özdemir")]),
    # Polish „…”
    ("„Nie zostawimy żadnego rolnika bez pomocy” – powiedział minister Czesław Siekierski.",
     [("Nie zostawimy żadnego rolnika bez pomocy", "Czesław Siekierski")]),
    # Spanish dialogue dashes.
    ("—No vamos a dejar solo a ningún agricultor —afirmó el ministro Luis Planas en Madrid.",
     [("No vamos a dejar solo a ningún agricultor", "Luis Planas")]),
    ("«No vamos a dejar solo a ningún agricultor», afirmó el ministro Luis Planas este martes en Madrid.",
     [("No vamos a dejar solo a ningún agricultor", "Luis Planas")]),
    ("« Nous ne laisserons aucun agriculteur sur le bord de la route », a déclaré le ministre de l'Agriculture "
     "Marc Fesneau mardi.",
     [("Nous ne laisserons aucun agriculteur sur le bord de la route", "Marc Fesneau")]),
    ("«Non lasceremo solo nessun agricoltore», ha detto il ministro Francesco Lollobrigida.",
     [("Non lasceremo solo nessun agricoltore", "Francesco Lollobrigida")]),
    ("«Мы не оставим ни одного фермера без помощи», — заявил министр Дмитрий Патрушев.",
     [("Мы не оставим ни одного фермера без помощи", "Дмитрий Патрушев")]),
    ("岸田首相は「この危機でどの農家も見捨てることはない」と述べた。",
     [("この危機でどの農家も見捨てることはない", "岸田首相")]),
    ("李强说：“我们不会让任何一个农民在这场危机中掉队。”他表示，资金将发放到位。",
     [("我们不会让任何一个农民在这场危机中掉队。", "李强")]),
    ('शर्मा ने कहा, "यह किसानों के लिए ऐतिहासिक कदम है।"', [("यह किसानों के लिए ऐतिहासिक कदम है।", "शर्मा")]),
], ids=["de-low9", "de-guillemets", "pl", "es-dash", "es", "fr", "it", "ru", "ja", "zh", "hi"])
def test_quotes_in_local_conventions_with_their_speakers(text: str, expected: list) -> None:
    assert [(q.text, q.speaker) for q in _quotes(text)] == expected


@pytest.mark.parametrize("source, target, speakers", [
    ("«No vamos a dejar solo a ningún agricultor en esta crisis», afirmó el ministro Luis Planas este martes.",
     "«No vamos a dejar solo a ningún agricultor en esta crisis», afirmó la vicepresidenta Teresa Ribera este martes.",
     ("Teresa Ribera", "Luis Planas")),
    ("« Nous ne laisserons aucun agriculteur sur le bord de la route », a déclaré le ministre Marc Fesneau mardi.",
     "« Nous ne laisserons aucun agriculteur sur le bord de la route », a déclaré le Premier ministre Gabriel "
     "Attal mardi.",
     ("Gabriel Attal", "Marc Fesneau")),
    ("岸田首相は「この危機でどの農家も見捨てることはない」と述べた。支援金は3月末までに支払われる。",
     "坂本農相は「この危機で農家を決して見捨てない」と述べた。支援金は3月末までに支払われる。",
     ("坂本農相", "岸田首相")),
    # Dutch (a second trial: no verb of saying, so the quote kept the speaker of the quote before)
    ('"Onze gedachten zijn bij de slachtoffers en hun families", zei burgemeester Jan van Zanen dinsdag.',
     '"Onze gedachten zijn bij de slachtoffers en hun families", zei minister Hugo de Jonge dinsdag.',
     ("Hugo de Jonge", "Jan van Zanen")),
], ids=["es", "fr", "ja", "nl"])
def test_a_quote_given_to_another_speaker_is_flagged_in_other_languages(source, target, speakers) -> None:
    report = compare(Document.from_text(source, id="s"), Document.from_text(target, id="t")).to_dict()
    [quote] = report["quotes"]
    assert quote["speaker_changed"] and (quote["speaker"], quote["source_speaker"]) == speakers


@pytest.mark.parametrize(("text", "speaker"), [
    # the role, then the name after a comma (a speaker "?" before), and a title with its full stop kept out
    ("« Nous resterons mobilisés toute la nuit avec les secours », a déclaré le préfet, M. Jean-Benoît Albertini, "
     "mardi soir.", "Jean-Benoît Albertini"),
    ("—Hemos trabajado toda la noche sin descanso —afirmó el jefe de bomberos, el Sr. Javier Ortega.",
     "Javier Ortega"),
    ('"La ciudad está de luto por las víctimas de esta tragedia", dijo el alcalde, José Luis Martínez-Almeida.',
     "José Luis Martínez-Almeida"),
    ("« Il faut agir vite pour les sinistrés du Gers », a affirmé Mme Claire Dupuis lundi.", "Claire Dupuis"),
    ("« Nous panserons les plaies de nos citoyens », a affirmé le maire d'Agen, Jean Dionis du Séjour, mardi.",
     "Jean Dionis du Séjour"),
    # a title with its full stop right after the verb (a documentation audit: "Sr", or nobody)
    ("«No vamos a dejar solo a ningún agricultor en esta crisis», afirmó el Sr. Pedro Sánchez en Madrid.",
     "Pedro Sánchez"),
    ('"Non lasceremo solo nessun agricoltore in questa crisi", ha detto il dott. Mario Rossi a Roma.', "Mario Rossi"),
    ('"We laten geen enkele boer in de steek in deze crisis", zei dhr. Jan de Vries dinsdag.', "Jan de Vries"),
], ids=["fr-apposition", "es-dash-title", "es-apposition", "fr-title", "fr-elided-place", "es-title", "it-title",
        "nl-title"])
def test_a_speaker_named_after_their_role_or_title_in_other_languages(text: str, speaker: str) -> None:
    doc = Document.from_text(text, id="a")
    [quote] = compare(doc, doc).to_dict()["quotes"]
    assert quote["speaker"] == speaker


@pytest.mark.parametrize(("text", "speaker"), [
    # A place or a broadcaster after a preposition, right after the speaker's name (a news agency's data desk:
    # "La Moncloa" and "France Inter" were given the words, as if the speaker's employer and its name).
    ('"Vamos a garantizar que ningún joven pague más del 30 % de su sueldo", dijo Sánchez en La Moncloa.',
     "Sánchez"),
    ("« Nous ne lâcherons rien », a affirmé Philippe Martinez sur France Inter.", "Philippe Martinez"),
    ("„Wir lassen uns nicht erpressen“, sagte Weselsky vor Journalisten in Frankfurt am Main.", "Weselsky"),
    # whom to, in the dative (a wire desk's re-test: "Weselsky der Deutschen Presse-Agentur", then the agency alone)
    ("„Wir lassen uns nicht länger hinhalten“, sagte Weselsky der Deutschen Presse-Agentur.", "Weselsky"),
    ("„Wir lassen uns nicht länger hinhalten“, sagte Weselsky der Zeitung.", "Weselsky"),
    ("„Wir lassen uns nicht länger hinhalten“, sagte Claus Weselsky dem Nachrichtensender Phoenix.",
     "Claus Weselsky"),
    ("„Wir lassen uns nicht länger hinhalten“, sagte Ursula von der Leyen der Deutschen Presse-Agentur.",
     "Ursula von der Leyen"),
], ids=["es-en", "fr-sur", "de-vor", "de-dative-agency", "de-dative-paper", "de-dem", "de-von-der-dative"])
def test_a_place_after_the_speaker_s_name_is_not_the_speaker_in_other_languages(text: str, speaker: str) -> None:
    assert [q.speaker for q in _quotes(text + "\n")] == [speaker]


@pytest.mark.parametrize("text", [
    "„Wir werden so lange streiken, bis ein Angebot vorliegt“, sagte er am Dienstag in Frankfurt.",
    "„Das ist völlig unverhältnismäßig“, sagte er der Deutschen Presse-Agentur.",
    "„Wir brauchen eine Einigung“, sagte sie am Rande des Gipfels.",
    "«Es un plan hecho a medida de unos pocos», dijo ella en Toledo.",
], ids=["de-weekday", "de-agency", "de-am-rande", "es-ella"])
def test_a_pronoun_after_the_verb_is_who_speaks_not_a_name_after_it(text: str) -> None:
    # a data desk's trial on dpa copy: the quotes were given to "Dienstag", the news agency and "Rande des Gipfels"
    assert [q.speaker for q in _quotes(text + "\n")] == [None]


@pytest.mark.parametrize(("tag", "speaker"), [
    ("a-t-il affirmé", "Marc Fesneau"),
    ("estime-t-il", "Marc Fesneau"),
    ("poursuit-il", "Marc Fesneau"),
    ("a-t-elle déclaré", "Élisabeth Borne"),
], ids=["a-t-il", "estime-t-il", "poursuit-il", "a-t-elle"])
def test_a_french_pronoun_after_the_verb_is_the_person_named_before(tag: str, speaker: str) -> None:
    # A wire desk's re-test: "a-t-il affirmé" left the quote without a speaker, where "he said" has the man named in
    # the sentence before, so another paper giving the words to someone else went unseen.
    text = ("Le gouvernement a présenté mardi sa réforme agricole.\n\n"
            "Élisabeth Borne a ouvert la séance. Marc Fesneau a défendu le texte devant les syndicats. "
            "« Nous ne laisserons tomber aucun agriculteur dans cette crise », " + tag + ".\n")
    if "elle" in tag:
        text = text.replace("Élisabeth Borne a ouvert la séance. Marc Fesneau a défendu",
                            "Marc Fesneau a ouvert la séance. Élisabeth Borne a défendu")
    assert [q.speaker for q in _quotes(text)] == [speaker]
    # and so the words given by name to another are a change of speaker
    other = text.replace(tag, "a affirmé Arnaud Rousseau")
    quote = _quote(_pair_report(text, other), "agriculteur")
    assert (quote["speaker"], quote["source_speaker"], quote["speaker_changed"]) == ("Arnaud Rousseau", speaker, True)


@pytest.mark.parametrize(("text", "speaker"), [
    ("Claus Weselsky drohte am Dienstag mit neuen Streiks. „Wir lassen uns nicht länger hinhalten“, sagte er in "
     "Frankfurt.", "Claus Weselsky"),
    ("Isabel Díaz Ayuso criticó la reforma en Madrid. «No vamos a dejar solo a ningún agricultor», dijo ella.",
     "Isabel Díaz Ayuso"),
], ids=["de-er", "es-ella"])
def test_a_pronoun_after_the_verb_is_the_person_named_before(text: str, speaker: str) -> None:
    # A wire desk's re-test: "sagte er" left dpa's quote without a speaker, where "he said" has the person named before
    assert [q.speaker for q in _quotes(text + "\n")] == [speaker]


@pytest.mark.parametrize("tag", ["a-t-il été précisé", "semble-t-il"])
def test_an_impersonal_french_il_is_no_one(tag: str) -> None:
    text = ("Marc Fesneau a défendu le texte devant les syndicats. "
            "« Nous ne laisserons tomber aucun agriculteur dans cette crise », " + tag + ".\n")
    assert [q.speaker for q in _quotes(text)] == [None]


@pytest.mark.parametrize(("text", "speaker"), [
    # a relative named by the person they are related to (a fact-checker's trial on METER: Neil Brown's words were
    # given to his murdered brother Ian, in four papers' quote rows)
    ("Following today's hearing the brother of Ian Brown, 39-year-old Neil, said of Hobbs: \"If he was a dog he "
     "would have been shot by now.\"", "Neil"),
    ('The brother of Ian Brown said: "If he was a dog he would have been shot by now."', "brother of Ian Brown"),
    ('"If he was a dog he would have been shot by now," said Neil Brown, the brother of Ian Brown.', "Neil Brown"),
])
def test_a_relative_speaks_not_the_person_they_are_named_by(text: str, speaker: str) -> None:
    doc = Document.from_text(text, id="a")
    [quote] = compare(doc, doc).to_dict()["quotes"]
    assert quote["speaker"] == speaker


def test_a_reworded_chinese_quote_is_reported_altered() -> None:
    source = Document.from_text("李强说：“我们不会让任何一个农民在这场危机中掉队。”", id="s")
    target = Document.from_text("李强说：“我们绝不让任何一个农民在这场危机中掉队。”", id="t")
    [quote] = compare(source, target).to_dict()["quotes"]
    assert quote["status"] == "altered" and quote["speaker"] == "李强" and not quote["speaker_changed"]


# --- facts: numbers as other languages write them --------------------------------------------------------------------


def _pair_report(source: str, target: str) -> dict:
    """The pair report of two texts, as a dict: the source named `wire`, the target `paper`."""
    return compare(Document.from_text(source, id="wire"), Document.from_text(target, id="paper")).to_dict()


def _pair_quote(source: str, target: str, words: str) -> dict:
    """The target quote holding `words` in the pair report of two texts."""
    return _quote(_pair_report(source, target), words)


def _report_facts(source: str, target: str) -> list[tuple[str, str, str]]:
    return [(f["kind"], f["source"], f["target"]) for f in _pair_report(source, target)["facts"]]


@pytest.mark.parametrize(
    ("source", "target", "facts"),
    [
        # Decimal commas, with percent and multiplier words in Spanish, German, Turkish and Arabic.
        ("La producción cayó un 3,2 % y el sector perdió más de 1,5 millones de toneladas de cereal.",
         "La producción cayó un 5,2 % y el sector perdió más de 2,5 millones de toneladas de cereal.",
         [("percent", "3,2 %", "5,2 %"), ("number", "1,5 millones", "2,5 millones")]),
        ("Die Inflation stieg auf 3,2 Prozent, das Paket umfasst 1,5 Milliarden Euro für die Landwirte.",
         "Die Inflation stieg auf 2,3 Prozent, das Paket umfasst 2,5 Milliarden Euro für die Landwirte.",
         [("percent", "3,2 Prozent", "2,3 Prozent"), ("money", "1,5 Milliarden Euro", "2,5 Milliarden Euro")]),
        ("TÜİK'e göre enflasyon yüzde 3,2 oldu ve çiftçilere destek verilecek.",
         "TÜİK'e göre enflasyon yüzde 5,2 oldu ve çiftçilere destek verilecek.",
         [("percent", "yüzde 3,2", "yüzde 5,2")]),
        ("أعلنت الحكومة عن حزمة مساعدات بقيمة 1,5 مليار ليرة للمزارعين المتضررين من الجفاف.",
         "أعلنت الحكومة عن حزمة مساعدات بقيمة 2,5 مليار ليرة للمزارعين المتضررين من الجفاف.",
         [("money", "1,5 مليار ليرة", "2,5 مليار ليرة")]),
        # Thousands grouped by spaces (plain, no-break, narrow no-break) or points, shown as written.
        ("Le chômage a reculé, selon l'Insee, soit 12 000 demandeurs d'emploi de moins.",
         "Le chômage a reculé, selon l'Insee, soit 21 000 demandeurs d'emploi de moins.",
         [("number", "12 000", "21 000")]),
        ("Le chômage a reculé à 7,3 %, soit 12\u202f000 demandeurs d'emploi de moins.",
         "Le chômage a reculé à 7,5 %, soit 12\u00a0000\u00a0000 demandeurs d'emploi de moins.",
         [("percent", "7,3 %", "7,5 %"), ("number", "12 000", "12 000 000")]),
        ("El plan cuesta 1.500 millones de euros y llegará a 120.000 explotaciones del sur del país.",
         "El plan cuesta 1.500 millones de euros y llegará a 120 explotaciones del sur del país.",
         [("number", "120.000", "120")]),
        # Arabic-Indic digits with the Arabic decimal separator.
        ("ستقدم الحكومة ١٫٥ مليار دولار لمساعدة ١٢٠ ألف مزارع متضرر من الجفاف هذا العام.",
         "ستقدم الحكومة ٢٫٥ مليار دولار لمساعدة ١٢٠ ألف مزارع متضرر من الجفاف هذا العام.",
         [("money", "١٫٥ مليار دولار", "٢٫٥ مليار دولار")]),
        # Chinese and Japanese: figures right against the characters, and myriads (万, 億/亿, 兆).
        ("政府は5日、総額1兆2000億円の経済対策を閣議決定した。コメの収穫量は前年比3.2%減の680万トンとなった。",
         "政府は5日、総額1兆5000億円の経済対策を閣議決定した。コメの収穫量は前年比5.2%減の680万トンとなった。",
         [("money", "1兆2000億円", "1兆5000億円"), ("percent", "3.2%", "5.2%")]),
        ("国务院决定安排1200亿元资金。今年全国粮食产量同比下降3.2%，共有120万户农民受灾。",
         "国务院决定安排1500亿元资金。今年全国粮食产量同比下降5.2%，共有150万户农民受灾。",
         [("money", "1200亿元", "1500亿元"), ("percent", "3.2%", "5.2%"), ("number", "120万", "150万")]),
        # A date in words is a date, day and month.
        ("Las ayudas se abonarán antes del 31 de marzo de 2025 a todos los agricultores afectados.",
         "Las ayudas se abonarán antes del 30 de abril de 2025 a todos los agricultores afectados.",
         [("date", "31 de marzo de 2025", "30 de abril de 2025")]),
        # Percent and money words in Hindi and Arabic are percentages and sums, not plain numbers.
        ("सरकार ने किसानों को 1,200 करोड़ रुपये की सहायता दी है और महंगाई 5 प्रतिशत रही।",
         "सरकार ने किसानों को 1,500 करोड़ रुपये की सहायता दी है और महंगाई 6 प्रतिशत रही।",
         [("money", "1,200 करोड़ रुपये", "1,500 करोड़ रुपये"), ("percent", "5 प्रतिशत", "6 प्रतिशत")]),
        ("وقال البنك المركزي إن التضخم ارتفع إلى 3,2 بالمئة خلال الشهر الماضي.",
         "وقال البنك المركزي إن التضخم ارتفع إلى 4,2 بالمئة خلال الشهر الماضي.",
         [("percent", "3,2 بالمئة", "4,2 بالمئة")]),
        # A death toll in words in French, German and Spanish (an international desk's trial: not read before).
        ("Les intempéries ont fait quatre morts et douze blessés dans le Gers, selon la préfecture.",
         "Les intempéries ont fait cinq morts et douze blessés dans le Gers, selon la préfecture.",
         [("number", "quatre", "cinq")]),
        ("Bei dem Unglück kamen nach Angaben der Polizei sechs Menschen ums Leben, zweiundzwanzig wurden verletzt.",
         "Bei dem Unglück kamen nach Angaben der Polizei sieben Menschen ums Leben, dreiundzwanzig wurden verletzt.",
         [("number", "sechs", "sieben"), ("number", "zweiundzwanzig", "dreiundzwanzig")]),
        ("El temporal ha causado la muerte de veintidós personas en la provincia de Valencia.",
         "El temporal ha causado la muerte de treinta y dos personas en la provincia de Valencia.",
         [("number", "veintidós", "treinta y dos")]),
        # ... in Italian, Portuguese and Dutch, and capitalised where the sentence starts (a second trial).
        ("I vigili del fuoco hanno trovato tre morti e ventidue feriti nell'edificio crollato.",
         "I vigili del fuoco hanno trovato quattro morti e ventotto feriti nell'edificio crollato.",
         [("number", "tre", "quattro"), ("number", "ventidue", "ventotto")]),
        ("Morreram dois homens e vinte e duas pessoas ficaram feridas no acidente.",
         "Morreram três homens e vinte e duas pessoas ficaram feridas no acidente.",
         [("number", "dois", "três")]),
        ("Bij de brand in Rotterdam vielen drie doden en tweeëntwintig gewonden.",
         "Bij de brand in Rotterdam vielen vier doden en tweeëntwintig gewonden.",
         [("number", "drie", "vier")]),
        ("Trois personnes ont été tuées dans l'accident, selon la préfecture du Gers.",
         "Quatre personnes ont été tuées dans l'accident, selon la préfecture du Gers.",
         [("number", "Trois", "Quatre")]),
        # A date in Dutch (it was two numbers)
        ("De brand brak uit op 3 december in een loods in Rotterdam.",
         "De brand brak uit op 4 december in een loods in Rotterdam.",
         [("date", "3 december", "4 december")]),
        # French 70-99 and Italian compounds in "tré" (a documentation audit: not read)
        ("Selon la préfecture, il y a eu soixante-douze blessés dans le Gers.",
         "Selon la préfecture, il y a eu quatre-vingt-deux blessés dans le Gers.",
         [("number", "soixante-douze", "quatre-vingt-deux")]),
        ("Secondo la prefettura ci sono ventidue feriti nel crollo.",
         "Secondo la prefettura ci sono ventitré feriti nel crollo.", [("number", "ventidue", "ventitré")]),
        # A month in German is a changed date, not also a changed name.
        ("Die Frist endet am 15. Januar 2027, teilte das Ministerium mit.",
         "Die Frist endet am 15. Februar 2027, teilte das Ministerium mit.",
         [("date", "15. Januar 2027", "15. Februar 2027")]),
    ],
)
def test_changed_numbers_in_other_notations_are_findings(source: str, target: str, facts: list) -> None:
    assert sorted(_report_facts(source, target)) == sorted(facts)


@pytest.mark.parametrize(
    ("source", "target", "facts"),
    [
        # Indian grouping by lakh and crore was read as no number at all: the change went unseen.
        ("According to the state disaster management authority, 1,20,000 people were displaced and 37 people died "
         "in the floods that hit the coastal districts.",
         "According to the state disaster management authority, 12,000 people were displaced and 37 people died "
         "in the floods that hit the coastal districts.",
         [("number", "1,20,000", "12,000")]),
        ("Each family that lost its house will receive ₹1,20,000 from the state relief fund, officials said.",
         "Each family that lost its house will receive ₹12,000 from the state relief fund, officials said.",
         [("money", "₹1,20,000", "₹12,000")]),
        # The same sentence with one figure changed, where what it counts ("people") is counted twice: the words
        # around the figure are the same words.
        ("According to the authority, 120,000 people were displaced and 37 people died in the floods that hit "
         "the districts.",
         "According to the authority, 20,000 people were displaced and 37 people died in the floods that hit "
         "the districts.",
         [("number", "120,000", "20,000")]),
        ("The Budget allocated Rs 1.5 lakh crore for defence this year, the finance ministry said.",
         "The Budget allocated Rs 15 lakh crore for defence this year, the finance ministry said.",
         [("money", "Rs 1.5 lakh crore", "Rs 15 lakh crore")]),
        # "pc" is Indian copy's per cent (lowercase: "PC" is a constable).
        ("Turnout was 67.4 per cent in the first phase of polling, the Election Commission said.",
         "Turnout was 76.4 pc in the first phase of polling, the Election Commission said.",
         [("percent", "67.4 per cent", "76.4 pc")]),
        # A date that ends its sentence is shown without the full stop ("26 October." -> "26 November.").
        ("Kunju, a senior Indian Union Muslim League (IUML) leader, was arrested on 26 October.",
         "Kunju, a senior Indian Union Muslim League (IUML) leader, was arrested on 26 November.",
         [("date", "26 October", "26 November")]),
        # A country's dollars are not another country's; "A$1.2" is a sum, not a name.
        ("The federal government will spend A$1.2 billion buying back water entitlements in the basin.",
         "The federal government will spend US$1.2 billion buying back water entitlements in the basin.",
         [("money", "A$1.2 billion", "US$1.2 billion")]),
        ("The federal government will spend A$1.2 billion buying back water entitlements in the basin.",
         "The federal government will spend A$12 billion buying back water entitlements in the basin.",
         [("money", "A$1.2 billion", "A$12 billion")]),
    ],
)
def test_changed_figures_of_indian_and_australian_copy_are_findings(source: str, target: str, facts: list) -> None:
    assert sorted(_report_facts(source, target)) == sorted(facts)


def test_a_multiplier_joined_by_a_hyphen_is_the_same_sum() -> None:
    # "a Rs 5-crore package" was read as Rs 5, a changed sum against the wire's "Rs 5 crore".
    assert changed_facts("It approved Rs 5 crore for the villages.",
                         "It approved a Rs 5-crore package for the villages.") == []
    assert [f.value for f in extract_facts("a $1.2-billion deal and a 5-lakh-strong rally")] == [
        ("USD", 1.2e9), 500000.0]


@pytest.mark.parametrize(
    ("source", "target"),
    [
        # One number written two ways: "1.500" is 1500 in Spanish, and some reading of each side agrees.
        ("El plan cuesta 1.500 millones de euros y llegará a 120.000 explotaciones del sur del país.",
         "El plan cuesta 1500 millones de euros y llegará a 120 000 explotaciones del sur del país."),
        # A lakh is 100,000 and a crore 10,000,000.
        ("The government will give Rs 1,200 crore to 2.5 lakh farmers hit by the drought, officials said.",
         "The government will give Rs 12 billion to 250,000 farmers hit by the drought, officials said."),
        # Indian grouping, a multiplier joined by a hyphen, "Rs." with its full stop (a sentence end before).
        ("Each family will get Rs 2.5 lakh, and 1,20,000 people were displaced, officials said.",
         "Each family will get Rs 2,50,000, and 120,000 people were displaced, officials said."),
        ("The Centre approved Rs 5 crore for the flood-hit villages of the coastal districts on Sunday.",
         "The Centre approved a Rs. 5-crore package for the flood-hit villages of the coastal districts on Sunday."),
        # A crore abbreviated, and the lakh crore of Indian budgets (1.5 lakh crore is 1.5 trillion).
        ("The Centre has approved Rs 1,200 crore for the project in the coastal districts, officials said.",
         "The Centre has approved Rs 1,200 cr for the project in the coastal districts, officials said."),
        ("The Budget allocated Rs 1.5 lakh crore for defence this year, the finance ministry said.",
         "The Budget allocated a Rs 1,50,000-crore sum for defence this year, the finance ministry said."),
        # Australian copy's "$" is the "A$" of the wire, and "$1.2b" is $1.2 billion.
        ("The federal government will spend A$1.2 billion buying back water entitlements in the basin.",
         "The federal government will spend $1.2b buying back water entitlements in the basin."),
        # Abbreviated multipliers are the words they abbreviate, and no name.
        ("Das Paket umfasst 1,5 Mrd. Euro und soll 12.000 Betrieben zugutekommen.",
         "Das Paket umfasst 1,5 Milliarden Euro und soll 12 000 Betrieben zugutekommen."),
        ("Il governo ha stanziato 2,5 mld di euro per 40 mila imprese.",
         "Il governo ha stanziato 2,5 miliardi di euro per 40 mila imprese."),
        ("Правительство выделит 1,5 млрд рублей на помощь фермерам.",
         "Правительство выделит 1,5 миллиарда рублей на помощь фермерам."),
        ("Rząd przeznaczy 3 mln zł dla 12 tys. gospodarstw.",
         "Rząd przeznaczy 3 miliony zł dla 12 tysięcy gospodarstw."),
    ],
)
def test_the_same_number_written_another_way_is_not_a_finding(source: str, target: str) -> None:
    assert _report_facts(source, target) == []


def test_a_german_date_with_an_ordinal_point_is_a_date() -> None:
    # "3. Oktober" reads as day and month (the sentence splitter may yet cut after "3.": the facts of each
    # aligned group are read from the text the group holds).
    found = changed_facts("Das Geld soll bis zum 3. Oktober 2025 ausgezahlt werden.",
                          "Das Geld soll bis zum 3. November 2025 ausgezahlt werden.")
    assert [(f.kind, f.surface, t.surface) for f, t in found] == [("date", "3. Oktober 2025", "3. November 2025")]
    assert changed_facts("Er kam am 3. Oktober.", "He came on October 3.") == []


def test_a_number_keeps_both_readings_of_its_separator() -> None:
    # "1,500" is 1500 in English and 1.5 in Spanish; other forms decide.
    assert [f.readings for f in extract_facts("1,500 and 3,2 and 120.000 and 1.234,5 workers")] == [
        (1500.0, 1.5), (3.2,), (120000.0,), (1234.5,)]
    # English figures read as before.
    assert [f.value for f in extract_facts("Some 50,000 troops and 1.5 million people")] == [50000.0, 1.5e6]
    assert changed_facts("some 50,000 US troops", "some 50 US troops") != []


@pytest.mark.parametrize(
    ("source", "target", "found"),
    [
        # German capitalises nouns: "Nach den Worten von" before a name is not part of it.
        ("Bundeslandwirtschaftsminister Cem Özdemir (Grüne) sagte, das Geld solle fließen.",
         "Nach den Worten von Agrarminister Cem Özdemir (Grüne) soll das Geld fließen.",
         [("Bundeslandwirtschaftsminister Cem Özdemir", "Agrarminister Cem Özdemir")]),
        ("Laut Ministerin Anna Lührmann sank die Ernte.", "Laut Ministerin Katja Keul sank die Ernte.",
         [("Ministerin Anna Lührmann", "Ministerin Katja Keul")]),
        # A name's own particles stay in it.
        ("Die Kommission unter Ursula von der Leyen will handeln.", "Die Kommission unter Olaf Scholz will handeln.",
         [("Ursula von der Leyen", "Olaf Scholz")]),
    ],
)
def test_a_german_name_span_stops_at_function_words(source: str, target: str, found: list) -> None:
    assert changed_entities(source, target) == found


@pytest.mark.parametrize(("source", "target", "found"), [
    # one noun for another after the article both share: a rewording (a data desk's trial on dpa reprints)
    ("Die Gewerkschaft fordert mehr Geld für die Beschäftigten.",
     "Die Gewerkschaft fordert mehr Geld für die Mitarbeiter.", []),
    ("Der Kanzler reiste am Montag nach Paris.", "Der Regierungschef reiste am Montag nach Paris.", []),
    ("Der Streik betraf vor allem den Fernverkehr in Bayern.",
     "Der Streik betraf vor allem den Regionalverkehr in Bayern.", []),
    # a place, a party and a person are still names
    ("Der Streik betraf vor allem den Fernverkehr in Bayern.", "Der Streik betraf vor allem den Fernverkehr in Hessen.",
     [("Bayern", "Hessen")]),
    ("Umfragen sehen die SPD bei 16 Prozent.", "Umfragen sehen die CDU bei 16 Prozent.", [("SPD", "CDU")]),
    ("Den Vorsitz übernimmt Olaf Scholz.", "Den Vorsitz übernimmt Friedrich Merz.",
     [("Olaf Scholz", "Friedrich Merz")]),
])
def test_a_german_noun_for_another_after_their_article_is_no_changed_name(source: str, target: str,
                                                                          found: list) -> None:
    assert changed_entities(source, target) == found


_DPA_JOBS = ("Hannover (dpa) - Der Autozulieferer Continental streicht in Deutschland {0}. Das teilte das "
             "Unternehmen am Dienstag in Hannover mit. Die Bundesregierung will mehr Geld {1} bereitstellen, sagte "
             "Agrarminister Cem Özdemir. Die Gewerkschaft IG Metall kritisierte den Schritt scharf.")
_WIRE_JOBS = ("Continental said on Tuesday it would cut {0} in Germany, the company said in a statement. The "
              "government wants to give more money {1}, the minister said, and the union criticised the move.")


@pytest.mark.parametrize(("template", "source", "target", "found"), [
    # German capitalises every noun: after a number or a preposition, one noun for another is a rewording (a European
    # wire desk's re-test of dpa reprints)
    (_DPA_JOBS, ("1.200 Stellen", "für Landwirte"), ("1.200 Arbeitsplätze", "für Bauern"), []),
    # a place, a region and a person after a preposition are still names
    (_DPA_JOBS, ("1.200 Stellen in Bayern", "für Sachsen"), ("1.200 Stellen in Hessen", "für Hessen"),
     [("Bayern", "Hessen"), ("Sachsen", "Hessen")]),
    (_DPA_JOBS, ("1.200 Stellen", "mit Scholz"), ("1.200 Stellen", "mit Merz"), [("Scholz", "Merz")]),
    # English is never read so
    (_WIRE_JOBS, ("1,200 jobs", "in 2019 Smith"), ("1,200 jobs", "in 2019 Jones"), [("Smith", "Jones")]),
])
def test_a_german_noun_after_a_number_or_preposition_is_no_changed_name(template: str, source: tuple,
                                                                        target: tuple, found: list) -> None:
    report = compare(Document.from_text(template.format(*source), id="s"),
                     Document.from_text(template.format(*target), id="t")).to_dict()
    assert [(f["source"], f["target"]) for f in report["facts"] if f["kind"] == "entity"] == found


@pytest.mark.parametrize(("text", "speaker"), [
    ("Bauernpräsident Joachim Rukwied nannte die Hilfen „einen ersten Schritt, aber bei weitem nicht ausreichend“.",
     "Bauernpräsident Joachim Rukwied"),
    ("Rukwied nannte das „einen ersten Schritt, aber bei weitem nicht ausreichend“.", "Rukwied"),
    ("Der Minister Cem Özdemir bezeichnete das Paket als „einen großen Erfolg für alle Betriebe“.", "Cem Özdemir"),
    ("„Das ist ein erster Schritt, aber nicht genug“, forderte Bauernpräsident Joachim Rukwied.",
     "Bauernpräsident Joachim Rukwied"),
    ("El ministro Luis Planas calificó la ayuda de «un paso muy importante para el campo».", "Luis Planas"),
    ("Le ministre Marc Fesneau a qualifié le plan de « une avancée majeure pour nos agriculteurs ».", "Marc Fesneau"),
])
def test_more_verbs_of_saying_in_other_languages_name_the_speaker(text: str, speaker: str) -> None:
    assert [q.speaker for q in _quotes(text + "\n")] == [speaker]


def test_chinese_and_japanese_are_diffed_character_by_character() -> None:
    script = word_diff("我们不会让任何一个农民在这场危机中掉队。", "我们绝不让任何一个农民在这场危机中掉队。")
    rest = "让任何一个农民在这场危机中掉队。"
    assert [(e["op"], e["source"], e["target"]) for e in script] == [
        ("equal", "我们", "我们"), ("insert", "", "绝"), ("equal", "不", "不"), ("delete", "会", ""),
        ("equal", rest, rest),
    ]
    # Words in other scripts, and Latin words inside CJK text, stay whole and spaced.
    assert word_diff("Motegi 说 the plan", "Motegi 说 a plan")[1] == {"op": "replace", "source": "the", "target": "a"}


def test_a_quote_restyled_from_re_trial_to_retrial_is_the_same_quote() -> None:
    # House styles hyphenate prefixes or close them up; the paper's copy of the solicitor's words is exact, and its
    # sentence a verbatim copy with the word diff shown, not a quote reworded and a sentence paraphrased.
    source = ("Timothy Price, 26, was convicted at Oxford Crown Court.\n\n"
              "'It is only fair to have a re-trial, and we will co-operate fully,' said his solicitor Tim Brown.\n")
    target = ("Timothy Price, 26, was convicted at Oxford Crown Court.\n\n"
              "'It is only fair to have a retrial, and we will cooperate fully,' said his solicitor Tim Brown.\n")
    report = _pair_report(source, target)
    q = _quote(report, "only fair")
    assert q["status"] == "exact", q
    assert [s["label"] for s in report["target_sentences"]] == ["verbatim", "verbatim"]


def test_an_age_the_wire_sets_off_by_one_comma_is_an_age_the_paper_changed() -> None:
    # A write-through's reader: the paper ran the uncorrected age in its own style ("Ian Brown, 38, and").
    facts = _report_facts("He killed Ian Brown, 36 and Peter Smith, 31 after tying them together in the flat.",
                          "He killed Ian Brown, 38, and Peter Smith, 31, after tying them together in the flat.")
    assert facts == [("number", "36", "38")]


@pytest.mark.parametrize(
    ("source", "target"),
    [
        # A county written short, a role word for a role word, a number word at the start of a sentence (a number,
        # reported once, not a name), a wire headline in capitals.
        ("Jenny Harvey, 30, of Reading, Berks, was found dead at the flat on Monday morning.",
         "Jenny Harvey, 30, of Reading, Berkshire, was found dead at the flat on Monday morning."),
        ("Prosecuting Adrian Redgrave QC said the killings were carried out over a single weekend.",
         "Prosecutor Adrian Redgrave QC said the killings were carried out over a single weekend."),
        ("AXE KILLER JAILED FOR LIFE OVER TRIPLE MURDER", "AXE KILLER CAGED FOR LIFE OVER TRIPLE MURDER"),
    ],
)
def test_a_restyled_name_role_or_capitals_headline_is_not_a_changed_name(source: str, target: str) -> None:
    assert _report_facts(source, target) == []


def test_a_number_word_that_opens_a_sentence_is_one_changed_number_not_also_a_name() -> None:
    facts = _report_facts("Three people died when the lorry hit the bus near Slough last August, police said.",
                          "Five people died when the lorry hit the bus near Slough last August, police said.")
    assert facts == [("number", "Three", "Five")]


def test_a_respelt_name_is_still_a_changed_name() -> None:
    facts = _report_facts("The victims were Ian Browne and Peter Smith, who had shared the flat for a year.",
                          "The victims were Ian Brown and Peter Smith, who had shared the flat for a year.")
    assert facts == [("entity", "Ian Browne", "Ian Brown")]


_CHAIRMAN = "The club's chairman, {}, said the ground would be sold next year."
_BY_ELECTION = "The seat was won by {} by 400 votes in the by-election."


@pytest.mark.parametrize(("source", "target", "facts"), [
    # A short form of one first name (data/first_names.txt), one party by another of its names (data/party_names.txt):
    # one person, one party (a fact-checker's trial: reported as changed names).
    (_CHAIRMAN.format("Dave Jones"), _CHAIRMAN.format("David Jones"), []),
    (_CHAIRMAN.format("Mr Bill Smith"), _CHAIRMAN.format("Mr William Smith"), []),
    (_BY_ELECTION.format("the Conservative candidate"), _BY_ELECTION.format("the Tory candidate"), []),
    (_BY_ELECTION.format("the Conservatives"), _BY_ELECTION.format("the Tories"), []),
    (_BY_ELECTION.format("the Tory Party"), _BY_ELECTION.format("the Conservatives"), []),
    (_BY_ELECTION.format("the Labour Party"), _BY_ELECTION.format("Labour"), []),
    # Another first name, another surname, another party stay changes.
    (_CHAIRMAN.format("Dave Jones"), _CHAIRMAN.format("Steve Jones"), [("entity", "Dave Jones", "Steve Jones")]),
    (_CHAIRMAN.format("Dave Jones"), _CHAIRMAN.format("David Evans"), [("entity", "Dave Jones", "David Evans")]),
    (_BY_ELECTION.format("the Conservative candidate"), _BY_ELECTION.format("the Labour candidate"),
     [("entity", "Conservative", "Labour")]),
    (_BY_ELECTION.format("the Tories"), _BY_ELECTION.format("the Lib Dems"), [("entity", "Tories", "Lib Dems")]),
])
def test_a_first_name_written_short_or_a_partys_other_name_is_no_changed_name(source: str, target: str,
                                                                             facts: list) -> None:
    assert _report_facts(source, target) == facts


@pytest.mark.parametrize(("source", "target", "may"), [
    ("He said the car was red.", "The man said a car was red.", False),  # function words only
    ("Ian Browne, 36, was found dead.", "Ian Brown, 36, was found dead.", True),  # a name
    ("Ian Brown, 36, was found dead.", "Ian Brown, 38, was found dead.", True),  # a figure
    ("Three people died on Monday.", "Five people died on Monday.", True),  # a number word
    ("The fire began on Monday night.", "The blaze began on Monday night.", False),
])
def test_a_near_identical_copys_edit_is_read_for_facts_only_where_it_can_hold_one(source, target, may):
    from diffsrc.pair.findings.facts import may_hold_changed_facts

    assert may_hold_changed_facts(source, target) is may
    if not may:  # the test never hides a change the full reading would find
        assert _report_facts(source, target) == []


def test_a_quote_running_over_two_sentences_is_not_said_to_be_unquoted_in_its_second():
    # The wire's quote opens in one sentence and ends in the next; a paper quotes words of its second sentence.
    # That sentence, read alone, has no quote marks, but the source does quote those words.
    source = ('Prosecuting, Adrian Redgrave QC said: "It was over the weekend of August 28-29 that this accused '
              'murdered three friends. He did so over a period of about 24 hours, all in the same house in Slough, '
              'in circumstances of almost unimaginable cruelty and savagery."\n')
    target = ('The killings were carried out "in circumstances of almost unimaginable savagery and callousness", '
              'Adrian Redgrave QC told the court.\n')
    q = _pair_quote(source, target, "unimaginable")
    assert q.get("unquoted_source_index") is None, q


def test_mr_surname_is_not_resolved_to_the_one_person_of_that_name_when_a_relative_shares_it():
    # A wire desk's trial: the father ("Captain Prankerd's father Peter") wrote the words; "Mr Prankerd" was taken
    # for the dead son named in full, and the paper that named the father was flagged for moving the quote.
    source = ("Captain Simon Prankerd, 32, died when the yacht sank off the Azores.\n\n"
              "Captain Prankerd's father Peter said the family were devastated by the loss of their son.\n\n"
              '"His love was his family and the ocean," wrote Mr Prankerd in a statement.\n')
    target = ("Simon Prankerd, 32, died when the yacht sank off the Azores.\n\n"
              '"His love was his family and the ocean," wrote his father Peter in a statement.\n')
    q = _pair_quote(source, target, "ocean")
    assert q["source_speaker"] == "Mr Prankerd"
    assert q["status"] == "exact" and not q["speaker_changed"], q


def test_mr_surname_is_not_resolved_to_a_woman_of_that_surname_named_in_full():
    # "Neil Hamilton and his wife Christine Hamilton": "Mr Hamilton" was resolved to the longer full name, hers.
    text = ("Neil Hamilton and his wife Christine Hamilton arrived at the High Court on Monday for the hearing.\n\n"
            '"We are confident of winning," Mr Hamilton said outside the court.\n\n'
            '"I have never been so angry in my life," Mrs Hamilton said.\n')
    speakers = {q["text"]: q["source_speaker"] for q in _pair_report(text, text)["quotes"]}
    assert speakers == {"We are confident of winning": "Mr Hamilton",
                        "I have never been so angry in my life": "Mrs Hamilton"}


def test_consecutive_quotes_run_together_word_for_word_are_exact() -> None:
    # A fact-checker's trial on METER (bondi2 -> bondi103_express): a paper joining two of the father's quotes into
    # one was "altered", the second quote's words shown as inserted.
    source = ("Brian Hagland, 28, died after a fight in Sydney.\n\n"
              '"The autopsy said his injuries from the fight were the cause of death," Mr Hagland said.\n\n'
              '"Brian was just walking along the street, it was totally unprovoked."\n')
    target = ("Brian Hagland, 28, died after a fight in Sydney.\n\nHis father Ron Hagland said: \"The autopsy said his "
              "injuries from the fight were the cause of death. Brian was just walking along the street, it was "
              'totally unprovoked."\n')
    [q] = _pair_report(source, target)["quotes"]
    assert q["status"] == "exact" and q["similarity"] == 1.0, q
    assert "cause of death" in q["source_text"] and "unprovoked" in q["source_text"]
    # One word changed in the join is still an alteration.
    [q] = _pair_report(source, target.replace("totally unprovoked", "completely unprovoked"))["quotes"]
    assert q["status"] == "altered"


def test_a_cut_excerpt_of_a_long_quote_is_altered_not_new() -> None:
    # A new user's trial (METER, axe1nl -> axe27_mail): the paper quotes one sentence of counsel's long speech with a
    # clause cut; similarity weighs the long quote down by its length and the excerpt was a "new" quote.
    speech = ("It was over the weekend of August 28 that this accused murdered three friends. He did so over a period "
              "of about 24 hours, all in the same house in Slough. He bound and gagged him and kept him prisoner until "
              "the following day. He similarly bound and gagged him and then decided that these two men should die. "
              "It is inevitable that assuming, as appears to be the case, he killed the two of them at the same time "
              "that whoever was second to be killed both saw and heard the killing of the first.")
    source = f'Alan Hobbs, 32, admitted three murders.\n\nAdrian Redgrave QC, prosecuting, said: "{speech}"\n'
    target = ("Alan Hobbs, 32, admitted three murders.\n\nMr Redgrave said: 'It is inevitable that whoever was second "
              "to be killed both saw and heard the killing of the first.'\n")
    q = _pair_quote(source, target, "inevitable")
    # Against the sentence it cuts, not the whole speech: the diff shows the clause left out, not four sentences.
    sentence = speech[speech.index("It is inevitable"):]
    assert q["status"] == "altered" and q["source_text"] == sentence, q
    assert [d["source"] for d in q["diff"] if d["op"] == "delete"] == [
        "assuming, as appears to be the case, he killed the two of them at the same time that"], q["diff"]


# Press Association copy runs a quotation over paragraphs: `` opens each, '' closes only the last (METER, thomas2sub).
_WIRE_SPEECH = ("Kevan Roberts, 34, denies murdering Thomas Marshall, 12, whose body was found in 1998.\n\n"
                "Prosecuting, Mr Wide said: ``During the summer of 1997 Thomas went to the shop and something of a "
                "sexual nature happened between Mr Roberts and Thomas.\n\n"
                "``Precisely what, the prosecution cannot say. Only two people were present and one of them is "
                "dead.\n\n"
                "``You may however come to the conclusion that Thomas was street-wise enough to try to exploit the "
                "situation but not so mature as to realise what he might be getting himself into.''\n")


def test_one_sentence_of_a_long_wire_quote_reworded_is_altered_against_that_sentence() -> None:
    # METER (thomas2sub -> thomas628_express): the paper renames the two men in one sentence of counsel's quote of
    # three paragraphs; compared with the whole quote it was a "new" quote and the wire's quote "dropped", so the
    # changed names went unseen.
    target = ("Kevan Roberts, 34, denies murdering Thomas Marshall, 12.\n\n"
              'Mr Wide told the jury: "Something of a sexual nature happened between Kevan Roberts and Thomas '
              'Marshall."\n')
    [q] = _pair_report(_WIRE_SPEECH, target)["quotes"]
    assert q["status"] == "altered", q
    assert q["source_text"] == "something of a sexual nature happened between Mr Roberts and Thomas.", q
    assert [(d["source"], d["target"]) for d in q["diff"] if d["op"] != "equal"] == [
        ("Mr", "Kevan"), ("", "Marshall.")]


def test_one_paragraph_of_a_long_wire_quote_reworded_is_diffed_against_that_paragraph() -> None:
    # The diff shows the two words changed, not the other two paragraphs as deleted.
    target = ("Kevan Roberts, 34, denies murdering Thomas Marshall, 12.\n\n"
              'Mr Wide said: "Precisely what, the prosecution cannot tell. Only two people were there and one of them '
              'is dead."\n')
    [q] = _pair_report(_WIRE_SPEECH, target)["quotes"]
    assert q["status"] == "altered", q
    assert q["source_text"] == ("Precisely what, the prosecution cannot say. Only two people were present and one "
                                "of them is dead."), q
    assert [(d["source"], d["target"]) for d in q["diff"] if d["op"] != "equal"] == [
        ("say.", "tell."), ("present", "there")]


_WIRE_ACCOUNT = ("Her daughter Jacqueline Gee told the court her mother had suffered only mild blood pressure.\n\n"
                 "``We were totally confused,'' said Mrs Gee.\n\n"
                 "``I wanted to know why he had not increased the dose of her tablets.\n\n"
                 "``He was going back through the readings and showing us the blood pressure figures.\n\n"
                 "``I can remember coming out of the surgery feeling guilty. He was trying to intimate that mum was "
                 "poorly and we should have expected that she might have died at any time.''\n")


@pytest.mark.parametrize("source, target, opening", [
    # METER (doctor1 -> doctor1nl): the last paragraph's second sentence reworded; the index named the sentence the
    # quotation opens in, three paragraphs before.
    (_WIRE_ACCOUNT, "Mrs Gee said the doctor had been very calm.\n\n"
                    '"He was trying to intimate that mum was poorly and we should have expected that she might die at '
                    'any time," she said.\n', "He was trying to intimate"),
    (_WIRE_SPEECH, "Kevan Roberts, 34, denies murdering Thomas Marshall, 12.\n\n"
                   'Mr Wide said: "Precisely what, the prosecution cannot tell. Only two people were there and one of '
                   'them is dead."\n', "Precisely what"),
    # A quote split by its tag, the stretch after the tag's second sentence.
    ('The council met on Monday.\n\n"We are ready for this fight and the people of this town know it," the mayor, '
     'John Smith, said, "and we will act on it now. Nobody in this council will stop us building the new homes that '
     'the town needs so badly."\n',
     'The council met.\n\nJohn Smith said: "Nobody on this council will stop us building the homes that the town '
     'needs so badly."\n', "Nobody in this council"),
])
def test_a_quote_rendering_a_stretch_of_a_long_quote_points_at_the_sentence_holding_it(
        source: str, target: str, opening: str) -> None:
    # `source_index` is the sentence holding `source_text`, where a fact-checker looks for the words, not the one
    # the whole quotation opens in.
    report = _pair_report(source, target)
    [q] = [q for q in report["quotes"] if q["status"] != "dropped"]
    assert q["status"] == "altered" and q["source_text"].startswith(opening), q
    assert opening in report["source_sentences"][q["source_index"]]["text"], q
    assert q["text"][:20] in report["target_sentences"][q["target_index"]]["text"], q


@pytest.mark.parametrize("paragraph, opening", [
    # METER (pancake275_mirror): a closing mark read as an opening one ends its sentence; the words after it, the
    # next sentence's, were placed at the sentence the mark ends.
    ('Prosecutor Paul Sloan told Newcastle Crown Court: "The defendant was heard by colleagues saying he was unhappy '
     'with his redundancy. "He said \'What kind of job will I get at my age?" Mr Sloan added that after more than '
     "5,500 cubes of glass had been returned from customers, tests showed they were from the same source.",
     "Mr Sloan added"),
    # METER (hamilton658_sun): a sentence whose marks read alone differ from the paragraph's is found as written
    # (the running position fell inside "No.", and the quote's first word in the next sentence).
    ("Mr Browne: 'He was drunk, was he not?'\n\nMr Fayed: 'No. He was not drunk.'", "No."),
    # METER (pancake279_star): a paragraph's last mark, a closing one read as opening, joined to the next
    # paragraph's quote: placed at the paragraph with no words of it.
    ('He told them he had cut himself clearing a greenhouse, an explanation he later denied giving."\n\n'
     '"On the weekend of January 10 and 11, he was heard to say that someone could get back at the company.',
     "On the weekend"),
])
def test_a_quote_is_placed_at_the_sentence_holding_its_first_word(paragraph: str, opening: str) -> None:
    report = _pair_report("McKay, from Wark, Northumberland, was arrested in February last year.\n",
                          f"{paragraph}\n\nHe denies five charges of contaminating goods.\n")
    [q] = [q for q in report["quotes"] if q["text"].startswith(opening)]
    assert opening in report["target_sentences"][q["target_index"]]["text"], q


def test_two_stretches_of_a_long_quote_joined_are_diffed_against_the_whole_quote() -> None:
    # METER (thomas2sub -> thomas642_telegraph): the paper joins the second paragraph's first sentence and the third
    # paragraph; against the third alone the diff showed "Precisely what, the prosecution cannot say." as added.
    target = ("Kevan Roberts, 34, denies murdering Thomas Marshall, 12.\n\n"
              'Mr Wide said: "Precisely what, the prosecution cannot say. But you may come to the conclusion that '
              'Thomas was streetwise enough to exploit the situation but not so mature as to realise what he might be '
              'getting himself into."\n')
    [q] = _pair_report(_WIRE_SPEECH, target)["quotes"]
    assert q["status"] == "altered" and q["source_text"].startswith("During the summer of 1997"), q
    assert any(d["op"] == "equal" and d["source"].startswith("Precisely what") for d in q["diff"]), q["diff"]
    assert any(d["op"] != "equal" and "Only two people" in d["source"] for d in q["diff"]), q["diff"]


def test_a_stock_phrase_or_a_name_in_a_long_quote_makes_no_rendering_of_it() -> None:
    # METER (care1nl -> care92_mail): a minister's words and a nurses' leader's share "tens of thousands of people in
    # nursing homes"; a quote naming a man is no rendering of a long quote naming him.
    from diffsrc.pair.findings.quotes import match_quotes

    hancock = _quotes("Christine Hancock, general secretary of the RCN, said: \"Pam Coughlan's brave decision to fight "
                      "the closure of her home has brought her personal success. It has been a long fight. It should "
                      "also bring an end to means-testing for nursing care for tens of thousands of people in nursing "
                      "homes.\"\n")
    dobson = _quotes('Health Secretary Frank Dobson said the ruling would "safeguard tens of thousands of elderly and '
                     'vulnerable people in nursing homes".\n')
    assert [e["status"] for e in match_quotes(hancock, dobson)] == ["new", "dropped"]
    wide = _quotes(_WIRE_SPEECH)
    named = _quotes('Thomas\'s mother said: "Mr Roberts is a dangerous man who went to the shop."\n')
    assert [e["status"] for e in match_quotes(wide, named)] == ["new", "dropped"]


def test_a_short_quote_with_one_word_swapped_in_an_aligned_sentence_is_altered() -> None:
    # One content word of two shared: it was reported as a new quote and a dropped one, not as the misquote it is.
    source = ("The Hamiltons arrived at the High Court on Monday for the libel hearing against Mohamed Al Fayed.\n\n"
              '"We are confident of winning," Neil Hamilton said outside the court.\n')
    target = ("The Hamiltons arrived at the High Court yesterday for the libel hearing against Mohamed Al Fayed.\n\n"
              '"We are sure of winning," Neil Hamilton told reporters.\n')
    q = _pair_quote(source, target, "winning")
    assert q["status"] == "altered" and q["source_text"] == "We are confident of winning", q
    assert [r["status"] for r in _pair_report(source, target)["quotes"]] == ["altered"]


def test_a_quote_moved_from_one_qc_to_another_is_flagged_and_a_qc_is_one_person() -> None:
    # A new user's trial: "QC" made both names a body (an initialism), so barristers never differed.
    source = ('The robbery was planned for weeks, the court heard.\n\n'
              'Adrian Redgrave QC said: "This was a cold and calculated crime."\n')
    moved = _pair_quote(source, source.replace("Adrian Redgrave QC", "Richard Benson QC"), "calculated")
    assert moved["speaker_changed"] is True and moved["speaker"] == "Richard Benson"
    # One barrister as "Adrian Redgrave QC", "Mr Redgrave" and "Adrian Redgrave" is one speaker, named in full.
    target = ('The robbery was planned for weeks, the court heard from Adrian Redgrave.\n\n'
              '"This was a cold and calculated crime," Mr Redgrave said.\n')
    same = _pair_quote(source, target, "calculated")
    assert same["speaker_changed"] is False and same["speaker"] == same["source_speaker"] == "Adrian Redgrave"


def test_words_one_person_reports_another_said_are_no_speaker_change() -> None:
    # A fact-checker's trial on METER: all 8 quotes "given to another speaker" along PA -> paper edges were wrong.
    # The wire has a constable giving evidence of the defendant's words; the paper gives them to the defendant.
    source = ("Chambers and his friend were charged after a row in a kebab shop.\n\n"
              "Giving evidence, Pc Gareth Jones said Chambers had told him he became agitated after the women told "
              'him to "go back to where you come from, you idiot".\n')
    target = ("Chambers and his friend were charged after a row in a kebab shop.\n\n"
              'Anthony Chambers said the women had told him to "go back to where you come from, you idiot".\n')
    q = _pair_quote(source, target, "where you come from")
    assert q["source_speaker"] == "Pc Gareth Jones" and q["speaker"] == "Anthony Chambers", q
    assert q["speaker_changed"] is False
    # A question and its answer, each reporter cutting the exchange elsewhere, are not one quote moved.
    source = ("Mr Browne questioned Mr Al Fayed about the payments.\n\n"
              'Mr Browne: "You are saying that it is possible he got between £90,000 and £110,000?"\n\n'
              'Mr Al Fayed: "It\'s possible."\n')
    target = ("Mr Browne questioned Mr Al Fayed about the payments.\n\n"
              'Mr Browne: "You are saying that it is possible he got between £90,000 and £110,000?" Mr Al Fayed: '
              '"It is possible, yes."\n')
    assert not any(r["speaker_changed"] for r in _pair_report(source, target)["quotes"])


def test_a_loose_rendering_is_no_quote_given_to_another_speaker() -> None:
    # METER (hamilton2nl -> hamilton359_guardian): a witness's answer was paired with counsel's question about it
    # (similarity 0.46) and read as the witness's words given to counsel.
    source = ("Mr Carman asked whether a junior minister owed a duty of candour.\n\n"
              'Mr Hamilton said: "So far as possible, it\'s true."\n')
    target = ("Mr Carman asked whether a junior minister owed a duty of candour.\n\n"
              'Mr Carman asked: "What do you mean, so far as possible? Is there any impediment to show candour?"\n')
    assert not any(q["speaker_changed"] for q in _pair_report(source, target)["quotes"])


def test_a_quote_moved_from_one_named_person_to_another_is_still_flagged():
    source = ('"We will appeal against the ruling," said Simon Prankerd, the yacht\'s owner, on Monday.\n')
    target = ('"We will appeal against the ruling," said Peter Harvey, the yacht\'s owner, on Monday.\n')
    assert _pair_quote(source, target, "appeal")["speaker_changed"] is True


@pytest.mark.parametrize(("source", "tag", "new_tag", "speakers"), [
    ('El presidente de Castilla-La Mancha, Emiliano García-Page, criticó el reparto. "Es un plan hecho a medida de '
     'unos pocos", afirmó García-Page en Toledo.\n', "afirmó García-Page en Toledo",
     "afirmó Isabel Díaz Ayuso en Madrid", ("Isabel Díaz Ayuso", "Emiliano García-Page")),
    ('John Smith criticised the plan. "It is a stitch-up," Smith said in Leeds.\n', "Smith said",
     "Mark Jones said", ("Mark Jones", "John Smith")),
], ids=["es", "en"])
def test_a_quote_given_by_name_to_another_is_flagged_though_the_paragraph_names_the_speaker(
        source: str, tag: str, new_tag: str, speakers: tuple[str, str]) -> None:
    # A fact-checker's and a wire desk's re-test: the target's tag names someone the source never mentions, and the
    # sentence before still names the source's speaker; that naming excused the change as one person reporting
    # another's words.
    quote = _quote(_pair_report(source, source.replace(tag, new_tag)), " ")
    assert (quote["speaker"], quote["source_speaker"], quote["speaker_changed"]) == (*speakers, True)


def test_words_a_tag_reports_the_source_s_speaker_saying_are_no_speaker_change() -> None:
    # METER (pancake, papers 1 and 2): counsel told the court what the accused was heard singing; the paper's tag
    # names counsel, and the accused in the quote's own sentence.
    source = ('Angry John McKay, 61, allegedly contaminated diced onions for the snacks, and was heard singing: '
              '"Findus crispy pancakes are class, because they are full of glass."\n')
    target = ('Paul Sloan, prosecuting, told Newcastle Crown Court that McKay was heard singing: "Findus pancakes are '
              'class, because they are full of glass" by colleagues at the Nestle-owned plant.\n')
    quote = _pair_quote(source, target, "glass")
    assert (quote["speaker"], quote["source_speaker"], quote["speaker_changed"]) == (
        "Paul Sloan", "John McKay", False)


def test_values_of_different_clauses_are_not_one_value_changed() -> None:
    # A fact-checker's trial on METER (sentences the aligner linked): the words that place a value are read within
    # its clause. Across commas these shared "children" and "murder", and the lease's "terms" and the settlement's.
    def changed(source: str, target: str) -> list[tuple[str, str, str]]:
        return [(s.kind, s.surface, t.surface) for s, t in changed_facts(source, target)]

    assert changed(
        "The day after the murder the couple, who had been married for 28 years and had two children, were due to "
        "complete the purchase of a new home.",
        "Penelope Tomkins, 49, who could not leave her husband for fear of losing the love of her two grown-up "
        "children, was jailed for 3½ years after admitting soliciting to murder.") == []
    assert changed(
        "The total legal costs of the abandoned claim, estimated at more than #500,000, will be paid by Forte Hotels "
        "under the terms of the settlement with Mr Peyton.",
        "Mr Peyton, who opened the Atlantic in 1994, was also suing his landlords, Posthouse Hotels and Forte, for "
        "damages claiming that such competition was not allowed under the terms of his £480,000-a-year lease.") == []
    # A value changed in its clause still is, a date's commas aside.
    assert changed(
        "At the hearing it took a court clerk 15 minutes to read out the 35 charges against the general.",
        "The charges, which took the clerk of the court 16 minutes to read out, included allegations of torture.") == [
        ("number", "15", "16")]
    assert changed(
        "27. Between October 18, 1989 and an unknown date in mid-November: Patricia Irrazaval by beating her.",
        "27. Torturing Patricia Irrazaval between Oct 26, 1989, and a date unknown by beating her.") == [
        ("date", "October 18, 1989", "Oct 26, 1989")]


def test_an_age_in_any_words_is_an_age() -> None:
    # METER: "a 23-year-old woman" and "a 16-year jail term" were one number changed (a "-year-old" counted years,
    # as the term does); "was 12 at the time" in the wire did not keep a paper's "12-year-old babysitter" (PA's
    # lead says 13) from being a change.
    def changed(source: str, target: str, whole: str | None = None) -> list[tuple[str, str]]:
        return [(s.surface, t.surface) for s, t in changed_facts(source, target, whole=(whole or source, target))]

    assert changed("But even jail did not stop him: Barwell raped a 23-year-old woman while on home leave.",
                   "Two attacks were committed while he was on home leave from a 16-year jail term.") == []
    lead = "A 13-year-old babysitter went on trial today accused of murdering a toddler in her care."
    paper = "Molly Adams was killed by her 12-year-old babysitter, a court heard yesterday."
    assert changed(lead, paper) == [("13", "12")]
    for later in ("The girl, who was 12 at the time, denies murder.", "The girl, aged 12 then, denies murder."):
        assert changed(lead, paper, f"{lead} {later}") == []


def test_a_share_of_a_count_is_no_age_and_counts_what_the_count_counts() -> None:
    # A fact-checker's trial on METER: "Pinochet, 34 of them" was read as his age and paired with "Pinochet, 83";
    # "42,000 of the 157,500 people" counted nothing and 40,000 people became 157,500.
    def changed(source: str, target: str) -> list[tuple[str, str]]:
        return [(s.surface, t.surface) for s, t in changed_facts(source, target)]

    assert changed(
        "The CPS has laid out 35 charges against Pinochet, 34 of them allegations that individuals were tortured.",
        "The court heard the prosecution case against Pinochet, 83, was politically motivated.") == []
    assert changed(
        "It saved the Government from paying the nursing home bills of more than 40,000 people who fund their care.",
        "Currently, 42,000 of the 157,500 people in nursing care have to pay up to £500 a week.") == [
        ("40,000", "42,000")]


def test_two_peoples_ages_in_sentences_aligned_as_a_paraphrase_are_not_one_age_changed() -> None:
    # "Hobbs, 32" in one paper and "Miss Harvey, 30" in another's reworded sentence; a respelt name keeps its age.
    assert _report_facts(
        "Alan Hobbs, 32, was high on drugs when he killed three friends at a flat in Slough last August.",
        "High on drugs, he killed three friends, Gillian Harvey, 30, among them, at a flat in Slough last August."
    ) == []
    # ... and a name changed with the age after it is a changed name too (one replaced run of the word diff).
    assert sorted(_report_facts("Police named the victim as Ian Browne, 38, of Slough, who died at the scene.",
                                "Police named the victim as Ian Brown, 36, of Slough, who died at the scene.")) == [
        ("entity", "Ian Browne", "Ian Brown"), ("number", "38", "36")]


RELEASE = ("FOR IMMEDIATE RELEASE\n\nGreenGrid to build battery park on Teesside\n\n"
           "GreenGrid Energy today announced plans to build a 240 million pound battery storage park at Wilton.\n\n"
           "The park will create 350 jobs during construction and store enough power for 600,000 homes.\n\n"
           "Construction is due to begin in the summer and the park should open in 2027.\n\nENDS\n")


@pytest.mark.parametrize(("disclosure", "credited"), [
    ("the company said in a statement", True),
    ("according to a press release issued by the company", True),
    ("the firm told reporters", False),
])
def test_a_paper_that_says_its_text_comes_from_a_statement_credits_a_press_release(disclosure, credited):
    # A press-release researcher's trial: "in a statement" and "according to a press release" are how papers
    # disclose a release, and both counted as unattributed reuse.
    target = ("GreenGrid Energy plans to build a 240 million pound battery storage park at Wilton, " + disclosure
              + ".\n\nThe park will create 350 jobs during construction and store enough power for 600,000 homes."
              "\n\nConstruction is due to begin in the summer and the park should open in 2027.\n")
    report = _pair_report(RELEASE, target)
    assert report["attribution"]["credited"] is credited
    assert report["summary"]["unattributed_reuse"] is (not credited)


_ABOUT = ("GreenGrid Energy is an independent battery storage developer founded in 2015 and based in London. "
          "It operates eleven sites across England and Scotland.")


@pytest.mark.parametrize(("story_end", "noted"), [
    ("\n\n" + _ABOUT + "\n", True),  # the release's "About" paragraph printed as it stands
    # A rewrite that takes a fact from it: the release's background, not its boilerplate printed.
    ("\n\nThe London-based developer, founded in 2015, runs eleven sites.\n", False),
    ("\n", False),
])
def test_a_story_that_prints_a_releases_notes_to_editors_is_noted(story_end, noted):
    # A churnalism researcher's story printed a release's "About Brightwater Foods" paragraph under its own news,
    # and the report said nothing of it: the surest sign a release was pasted.
    release = RELEASE + "\nNotes to editors\n\nAbout GreenGrid Energy\n" + _ABOUT + "\n\nMedia contact:\n" \
        "press@greengrid-energy.co.uk\n"
    story = ("GreenGrid Energy today announced plans to build a 240 million pound battery storage park at Wilton."
             "\n\nThe park will create 350 jobs during construction and store enough power for 600,000 homes."
             + story_end)
    notes = [n for n in _pair_report(release, story)["notes"] if "notes to editors" in n]
    assert notes == (["the target prints the press release's notes to editors (its boilerplate on the issuer, never "
                      "its news): source sentences 4-5 as target sentences 2-3"] if noted else [])


@pytest.mark.parametrize("told", ["told the Teesside Chronicle", "told Tees Business Daily", "told the BBC"])
def test_a_release_quote_given_as_said_to_the_paper_is_no_credit_of_the_release(told):
    # A churnalism researcher's trial: a release reprinted whole, its quote given as said to the paper ("...,
    # told the Chronicle"), was no unattributed reuse, since the source states no credit and the target "credits"
    # an outlet. No outlet issued a release: naming one is no credit of it.
    release = RELEASE.replace("ENDS", 'Chief executive Tom Reid said: "Teesside is the right place for this."\n\nENDS')
    target = ("GreenGrid Energy today announced plans to build a 240 million pound battery storage park at Wilton."
              "\n\nThe park will create 350 jobs during construction and store enough power for 600,000 homes.\n\n"
              "Construction is due to begin in the summer and the park should open in 2027.\n\n"
              f'Chief executive Tom Reid {told}: "Teesside is the right place for this."\n')
    report = _pair_report(release, target)
    assert report["attribution"]["credited"] is False
    assert report["summary"]["unattributed_reuse"] is True


_RELEASE_QUOTE = ('Chief executive Tom Reid said: "Teesside is the right place for this and we are proud to invest '
                  'here."')


@pytest.mark.parametrize(("tag", "said_to"), [
    ('Chief executive Tom Reid told the Teesside Gazette: "{q}"', "the Teesside Gazette"),
    ('"{q}" Tom Reid, the chief executive, told Tees Business Daily.', "Tees Business Daily"),
    ('Tom Reid told this newspaper: "{q}"', "this newspaper"),
    # Where words were spoken is no claim of an interview: a release or a wire can say so too.
    ('Tom Reid told the conference: "{q}"', None),
    ('Chief executive Tom Reid said: "{q}"', None),
])
def test_a_release_quote_given_as_said_to_the_paper_is_a_quote_finding(tag, said_to):
    # A churnalism researcher's question: which quotes were lifted from the release and presented as if said to
    # the reporter. The report counted them "exact" and said nothing more.
    release = RELEASE.replace("ENDS", _RELEASE_QUOTE + "\n\nENDS")
    words = "Teesside is the right place for this and we are proud to invest here."
    target = ("GreenGrid Energy plans to build a 240 million pound battery storage park at Wilton.\n\n"
              "The park will create 350 jobs during construction and store enough power for 600,000 homes.\n\n"
              + tag.format(q=words) + "\n")
    quote = _pair_quote(release, target, "right place")
    assert quote["status"] == "exact"
    assert quote["said_to"] == said_to


# A tag naming the outlet's presenter after a possessive: the outlet is the name before it, not the presenter's first
# name with it ("Fox News' Sean").
@pytest.mark.parametrize(("tag", "said_to"), [
    ('Tom Reid told Fox News\' Sean Hannity: "{q}"', "Fox News"),
    ('"{q}" Tom Reid told CNN\'s Jake Tapper.', "CNN"),
    ('Tom Reid told the Teesside Gazette\'s business editor: "{q}"', "the Teesside Gazette"),
])
def test_a_quote_said_to_an_outlets_presenter_is_said_to_the_outlet(tag, said_to):
    release = RELEASE.replace("ENDS", _RELEASE_QUOTE + "\n\nENDS")
    words = "Teesside is the right place for this and we are proud to invest here."
    target = ("GreenGrid Energy plans to build a 240 million pound battery storage park at Wilton.\n\n"
              + tag.format(q=words) + "\n")
    assert _pair_quote(release, target, "right place")["said_to"] == said_to


def test_a_new_quote_is_not_said_to_be_unquoted_in_a_sentence_only_on_its_topic():
    # A churnalism researcher's trial: a charity's quote the paper added shares "people", "blood pressure" and
    # "beetroot" with the release's opening sentence, in another order; the report said the release gives the quote
    # without quote marks there.
    source = ("Drinking a glass of beetroot juice every day could significantly lower blood pressure in people over "
              "65, according to new research from the University of Exeter.\n\n"
              "The study followed 112 adults aged 65 to 80 over a period of 12 weeks.\n")
    target = ("Beetroot juice could lower blood pressure in people over 65, according to a University of Exeter "
              "study of 112 adults.\n\n"
              'A British Heart Foundation spokesperson said: "People shouldn\'t swap their blood pressure tablets '
              'for beetroot."\n')
    assert _pair_quote(source, target, "tablets")["unquoted_source_index"] is None
    # Indirect speech keeps the quote's words in their order: that sentence is still pointed at.
    source += "\nMr Roberts was not able to explain how the bead had got there.\n"
    target += '\n"Roberts wasn\'t able to explain how the bead got there," the officer said.\n'
    assert _pair_quote(source, target, "bead")["unquoted_source_index"] == 2


@pytest.mark.parametrize(("source_tag", "target_tag"), [
    ("told BBC TV's Crimewatch UK", "told BBC's Crimewatch programme"),  # METER's lynx228_mail
    ("told the Daily Mail", "told the Mail"),
])
def test_a_quote_said_to_one_outlet_named_more_or_less_fully_is_no_finding(source_tag, target_tag):
    words = "It was freezing cold, I just went under the water, then the survival instinct took over."
    source = f"The 26-year-old victim later {source_tag}: \"{words}\"\n"
    target = f"At the time of the hunt she {target_tag}: '{words}'\n"
    assert _pair_quote(source, target, "freezing")["said_to"] is None


def test_a_quote_said_to_the_paper_in_the_source_too_is_no_finding():
    source = RELEASE.replace("ENDS", 'Tom Reid told the Teesside Gazette: "Teesside is the right place for this '
                             'and we are proud to invest here."\n\nENDS')
    target = ("GreenGrid Energy plans to build a 240 million pound battery storage park at Wilton.\n\n"
              '"Teesside is the right place for this and we are proud to invest here," Tom Reid told the Teesside '
              "Gazette.\n")
    assert _pair_quote(source, target, "right place")["said_to"] is None


def test_a_statement_does_not_credit_a_source_that_is_no_press_release():
    wire = RELEASE.replace("FOR IMMEDIATE RELEASE\n\n", "").replace("\nENDS\n", "\n")
    target = ("GreenGrid Energy plans to build a 240 million pound battery storage park at Wilton, the company said "
              "in a statement.\n\nThe park will create 350 jobs during construction and store enough power for "
              "600,000 homes.\n\nConstruction is due to begin in the summer and the park should open in 2027.\n")
    report = _pair_report(wire, target)
    assert report["attribution"]["credited"] is False


@pytest.mark.parametrize(("paragraph", "speaker"), [
    # A relative clause longer than an appositive: its last capitalised words are no speaker.
    ('Professor Anita Rao, who led the research at the University of Teesmouth\'s Centre for Industrial Futures, '
     'said: "Teesside has the projects, the people and the ports to lead the country."', "Anita Rao"),
    # A speaker named with a relative clause earlier in the paragraph is the "she" of the quote.
    ('Jean Armitage, who chairs the Redcar Community Forum, said residents had heard big numbers before. "We were '
     'told hydrogen would bring thousands of jobs, and we are still waiting," she said.', "Jean Armitage"),
    # A seat after "for" is a place, not who speaks (it was "Tatton").
    ('Mr Hamilton, the former MP for Tatton, who lost his seat in 1997, said: "I will fight on until my name is '
     'cleared."', "Mr Hamilton"),
    # A person's affiliation after the name is not part of it.
    ('"Batteries are the missing piece of a clean power system," said Sarah Whitfield of GreenGrid Energy.',
     "Sarah Whitfield"),
])
def test_a_speaker_tag_with_a_relative_clause_or_an_affiliation_names_the_person(paragraph, speaker):
    (quote,) = _quotes(paragraph)
    assert quote.speaker == speaker


def test_sums_an_order_of_magnitude_apart_that_count_nothing_in_common_are_not_one_changed_sum() -> None:
    # A press-release researcher's trial: an article joining two releases had the company's investment and the
    # university's skills fund aligned loosely, and "£240 million -> £30 million" read as a changed figure.
    from diffsrc.pair.findings.facts import changed_facts

    assert changed_facts("- Investment: £240 million",
                         "The university also set up a regional green skills fund of £30 million.") == []
    assert _report_facts("The council paid £42,000 for the new ferry timetable study, it said.",
                         "The council paid £24,000 for the new ferry timetable study, it said.") == [
        ("money", "£42,000", "£24,000")]


# --- facts: tokens joined by a slash, values that swapped places, the points of one timeline --------------------------


@pytest.mark.parametrize(("source", "target", "facts"), [
    # An event's name is one fact, not two numbers (it was 9 -> 7 and 11 -> 7).
    ("The attacks of 9/11 changed the way airports screen passengers, the minister said.",
     "The attacks of 7/7 changed the way airports screen passengers, the minister said.",
     [("date", "9/11", "7/7")]),
    # A date written in figures changes whole, its year with it (it was the day alone, as a number: 12 -> 13).
    ("The hearing was adjourned until 12/03/2024, the court was told.",
     "The hearing was adjourned until 13/03/2024, the court was told.",
     [("date", "12/03/2024", "13/03/2024")]),
    ("The club's accounts for 1998/99 showed a loss, the chairman said.",
     "The club's accounts for 1999/2000 showed a loss, the chairman said.",
     [("date", "1998/99", "1999/2000")]),
    # Odds that can be no day and month, and a mark out of ten, are a number.
    ("The bookmakers were offering odds of 33/1 on the dog being called Charlie.",
     "The bookmakers were offering odds of 50/1 on the dog being called Charlie.",
     [("number", "33/1", "50/1")]),
    ("Inspectors rated the hospital's hygiene 4/10 after the outbreak.",
     "Inspectors rated the hospital's hygiene 7/10 after the outbreak.",
     [("number", "4/10", "7/10")]),
    # A token read as a fraction on one side and a date on the other still pairs (a re-test: both were missed).
    ("The meeting on 3/4 was cancelled by the council after the storm.",
     "The meeting on 5/4 was cancelled by the council after the storm.",
     [("date", "3/4", "5/4")]),
    ("Odds were 2/1 on the favourite winning the race, bookmakers said.",
     "Odds were 1/2 on the favourite winning the race, bookmakers said.",
     [("date", "2/1", "1/2")]),
    # Odds with a slash on one side and a hyphen on the other are one token in two notations (a fact-checker's
    # re-test: "10/1" -> "12-1" was no longer found once "10/1" became one token and "12-1" stayed two numbers).
    ("The horse was offered at odds of 10/1 by the bookmakers.",
     "The horse was offered at odds of 12-1 by the bookmakers.",
     [("number", "10/1", "12-1")]),
    ("The horse was offered at odds of 10-1 by the bookmakers.",
     "The horse was offered at odds of 12/1 by the bookmakers.",
     [("number", "10-1", "12/1")]),
    ("The horse was offered at odds of 10/1 by the bookmakers.",
     "The horse was offered at odds of 10-1 by the bookmakers.", []),
])
def test_numbers_joined_by_a_slash_change_as_one_fact(source: str, target: str, facts: list) -> None:
    assert _report_facts(source, target) == facts


@pytest.mark.parametrize(("source", "target", "facts"), [
    ("Arsenal beat Chelsea 3-1 on Saturday.", "Arsenal beat Chelsea 1-3 on Saturday.",
     [("number", "3-1", "1-3")]),
    ("The home side won 2-0 at the weekend.", "The home side won 0-2 at the weekend.",
     [("number", "2-0", "0-2")]),
    # The score kept, the teams swapped: no figure changed (the names turned round are `test_names_turned_round`).
    ("Arsenal beat Chelsea 3-1 on Saturday.", "Chelsea beat Arsenal 3-1 on Saturday.",
     [("entity", "Arsenal beat Chelsea", "Chelsea beat Arsenal")]),
    # The score written from the other team's side with the teams: the same result.
    ("Arsenal beat Chelsea 3-1 on Saturday.", "Chelsea lost 1-3 to Arsenal on Saturday.", []),
])
def test_a_score_written_the_other_way_round_is_a_changed_fact(source: str, target: str, facts: list) -> None:
    # A re-test: "3-1" -> "1-3" has the same two numbers on each side, which cancelled out.
    assert _report_facts(source, target) == facts


@pytest.mark.parametrize(("source", "target", "facts"), [
    # Sports copy: a minute, a place in a table or a race, a distance or time written against its unit.
    ("Darwin Nunez sealed the win in the 89th minute.", "Darwin Nunez sealed the win in the 87th minute.",
     [("number", "89th", "87th")]),
    ("Chelsea remain in fourth place.", "Chelsea remain in fifth place.", [("number", "fourth", "fifth")]),
    ("Manchester City slipped to third.", "Manchester City slipped to fourth.", [("number", "third", "fourth")]),
    # An arts desk: an album's place in an artist's work, its title changed right before it (a change of its own).
    ('Ellie Marsh topped the chart with "Paper Lanterns," her third studio album, the company said.',
     'Ellie Marsh topped the chart with "Paper Balloons," her second studio album, the company said.',
     [("number", "third", "second"), ("entity", "Lanterns", "Balloons")]),
    ("Chelsea remain in fourth place.", "Chelsea remain in 5th place.", [("number", "fourth", "5th")]),
    ("He scored in second-half stoppage time.", "He scored in first-half stoppage time.",
     [("number", "second", "first")]),
    ("Tentoglou won the long jump with a leap of 8.41m.", "Tentoglou won the long jump with a leap of 8.14m.",
     [("number", "8.41m", "8.14m")]),
    ("Bolt's world record of 9.58sec was never threatened.", "Bolt's world record of 9.68sec was never threatened.",
     [("number", "9.58sec", "9.68sec")]),
    ("Duplantis broke the record for the 10th time.", "Duplantis broke the record for the 11th time.",
     [("number", "10th", "11th")]),
    # A score or a time with one figure changed is shown whole, not as the figure ("1" -> "2", "05" -> "50").
    ("Liverpool beat Chelsea 3-1 at Anfield on Sunday.", "Liverpool beat Chelsea 3-2 at Anfield on Sunday.",
     [("number", "3-1", "3-2")]),
    ("City drew 2-2 with Spurs on Saturday.", "City drew 1-1 with Spurs on Saturday.", [("number", "2-2", "1-1")]),
    ("Hassan won the marathon in 2:18:05 on Sunday.", "Hassan won the marathon in 2:18:50 on Sunday.",
     [("number", "2:18:05", "2:18:50")]),
    ("Butker kicked a field goal with 1:12 left in the game.", "Butker kicked a field goal with 2:12 left in the game.",
     [("number", "1:12", "2:12")]),
    # The same facts written another way: no finding.
    ("Chelsea remain in fourth place.", "Chelsea remain in 4th place.", []),
    ("Duplantis broke the record for the 10th time.", "Duplantis broke the record for the tenth time.", []),
    ("Bolt's world record of 9.58 seconds was never threatened.",
     "Bolt's world record of 9.58sec was never threatened.", []),
    ("The meeting was held for 30 minutes.", "The meeting was held for 30mins.", []),
    # "s" against a whole number is a decade, no unit (METER: "the 70s" -> "the 1970s" is no change).
    ("Lena Zavaroni was a child star in the 70s.", "Lena Zavaroni was a child star in the 1970s.", []),
    ("Tentoglou won the long jump with a leap of 8.41 metres.", "Tentoglou won the long jump with a leap of 8.41m.",
     []),
    # "a second" before the word it describes is a place; as a span of time it is "a".
    ("He returns for the second time.", "He returns for a second time.", []),
    # Ordinals after other words are two points of one timeline, no place changed (METER's snooker story).
    ("PC Hendricks said she was abused from her first day with the unit.",
     "On only my second day with the unit I was asked about my boyfriend.", []),
])
def test_sports_ordinals_and_units_written_against_the_figure(source: str, target: str, facts: list) -> None:
    # A re-test: an ordinal ("89th", "fourth") and a figure with a unit against it ("8.41m", "9.58sec") were read
    # as no value at all, so a reprint that changed a minute, a place or a distance was no finding; a score's or a
    # time's changed figure was shown alone.
    assert _report_facts(source, target) == facts


@pytest.mark.parametrize(("source", "target", "facts"), [
    ("Sales rose from £8m to £10m last year.", "Sales fell from £10m to £8m last year.",
     [("money", "£8m", "£10m"), ("money", "£10m", "£8m")]),
    ("Membership of the club grew from 80 to 100 in the last decade, it said.",
     "Membership of the club grew from 100 to 80 in the last decade, it said.",
     [("number", "80", "100"), ("number", "100", "80")]),
    # The sentence reordered around its range: the range is the same.
    ("The number of members rose from 80 to 100 last year, the club said.",
     "Last year, the club said, the number of members rose from 80 to 100.", []),
    # Between two values, their order says nothing.
    ("The tickets will cost between £8 and £10 each, the club said.",
     "The tickets will cost between £10 and £8 each, the club said.", []),
    # A year at each end of the range (a fourth re-test: the year between the two values hid the range).
    ("The company said its sales rose from £8m in 2019 to £10m in 2020 across its shops.",
     "The company said its sales fell from £10m in 2019 to £8m in 2020 across its shops.",
     [("money", "£8m", "£10m"), ("money", "£10m", "£8m")]),
])
def test_a_from_to_range_whose_ends_swapped_is_a_changed_fact(source: str, target: str, facts: list) -> None:
    # A re-test: both values stay in the sentence, and a new verb before them ("rose" -> "fell") hid the swap.
    assert _report_facts(source, target) == facts


@pytest.mark.parametrize(("source", "target", "facts"), [
    # A re-test: pence were read as nothing at all, so a share price's change was lost.
    ("The firm's shares traded at 12.5p on Tuesday, the exchange said.",
     "The firm's shares traded at 14.5p on Tuesday, the exchange said.", [("money", "12.5p", "14.5p")]),
    ("A first-class stamp will cost 85p from April, Royal Mail said.",
     "A first-class stamp will cost 95p from April, Royal Mail said.", [("money", "85p", "95p")]),
    # Pence are pounds: "50p" is "£0.50"; a video's lines are no money.
    ("The coin is worth 50p, the Royal Mint said.", "The coin is worth £0.50, the Royal Mint said.", []),
    ("The match is streamed in 720p on the club's site.", "The match is streamed in 1080p on the club's site.", []),
])
def test_pence_are_money(source: str, target: str, facts: list) -> None:
    assert _report_facts(source, target) == facts


@pytest.mark.parametrize(("source", "target"), [
    ("Read more at https://example.com/news/2024/05/story-12345 for all the details.",
     "Read more at https://example.com/news/2023/11/story-99 for all the details."),
    ("Entries can be sent to awards-2024@example.com before the closing date in June.",
     "Entries can be sent to awards-2025@example.com before the closing date in June."),
])
def test_digits_in_a_web_or_email_address_are_no_facts(source: str, target: str) -> None:
    # A re-test: the addresses' digits were a changed year and a changed number.
    from diffsrc.pair.findings.facts import extract_facts

    assert _report_facts(source, target) == []
    assert [f.kind for f in extract_facts(source)] == ([] if "http" in source else ["date"])  # June


@pytest.mark.parametrize(("source", "swapped", "reordered", "facts"), [
    ("He was banned for a week and suspended for a month, the club said.",
     "He was banned for a month and suspended for a week, the club said.",
     "He was suspended for a month and banned for a week, the club said.",
     [("number", "a week", "a month"), ("number", "a month", "a week")]),
    ("An ambulance was called at 4.25pm and arrived at 4.55pm, the court heard.",
     "An ambulance was called at 4.55pm and arrived at 4.25pm, the court heard.",
     "An ambulance arrived at 4.55pm, having been called at 4.25pm, the court heard.",
     [("date", "4.25pm", "4.55pm"), ("date", "4.55pm", "4.25pm")]),
    ("Three men and two women were arrested after the raid on the warehouse.",
     "Two men and three women were arrested after the raid on the warehouse.",
     "Two women and three men were arrested after the raid on the warehouse.",
     [("number", "Three", "Two"), ("number", "two", "three")]),
    ("Smith, 34, and Jones, 35, denied conspiracy to defraud at Leeds Crown Court.",
     "Smith, 35, and Jones, 34, denied conspiracy to defraud at Leeds Crown Court.",
     "Jones, 35, and Smith, 34, denied conspiracy to defraud at Leeds Crown Court.",
     [("number", "34", "35"), ("number", "35", "34")]),
    ("He was fined £500 and ordered to pay £300 costs by the magistrates.",
     "He was fined £300 and ordered to pay £500 costs by the magistrates.",
     "He was ordered to pay £300 costs and fined £500 by the magistrates.",
     [("money", "£500", "£300"), ("money", "£300", "£500")]),
    # Two ranges: a range's first value is placed by what follows the range (a second re-test: the reordered
    # sentence read as two swapped prices, "£3" -> "£1" and "£1" -> "£3").
    ("Prices went from £3 to £5 for adults and from £1 to £2 for children, the museum said.",
     "Prices went from £1 to £5 for adults and from £3 to £2 for children, the museum said.",
     "Prices went from £1 to £2 for children and from £3 to £5 for adults, the museum said.",
     [("money", "£3", "£1"), ("money", "£1", "£3")]),
    # ... and a day or a place, which the other words that place a value leave out (a third re-test).
    ("Tickets cost from £3 to £5 on weekdays and from £1 to £2 on Sundays.",
     "Tickets cost from £1 to £5 on weekdays and from £3 to £2 on Sundays.",
     "Tickets cost from £1 to £2 on Sundays and from £3 to £5 on weekdays.",
     [("money", "£3", "£1"), ("money", "£1", "£3")]),
    ("Unemployment rose from 4% to 5% in Wales and from 3% to 4% in England.",
     "Unemployment rose from 3% to 5% in Wales and from 4% to 4% in England.",
     "Unemployment rose from 3% to 4% in England and from 4% to 5% in Wales.",
     [("percent", "4%", "3%"), ("percent", "3%", "4%")]),
    # ... and when it was: "this year" / "last year", a year, or a range of months whose end is no month read
    # alone ("May"), or a year at each end (a fourth re-test: each read as two swapped values).
    ("Tickets cost from £3 to £5 this year and from £1 to £2 last year, the club said.",
     "Tickets cost from £1 to £5 this year and from £3 to £2 last year, the club said.",
     "Tickets cost from £1 to £2 last year and from £3 to £5 this year, the club said.",
     [("money", "£3", "£1"), ("money", "£1", "£3")]),
    ("Tickets cost from £3 to £5 in 2019 and from £1 to £2 in 2020, the club said.",
     "Tickets cost from £1 to £5 in 2019 and from £3 to £2 in 2020, the club said.",
     "Tickets cost from £1 to £2 in 2020 and from £3 to £5 in 2019, the club said.",
     [("money", "£3", "£1"), ("money", "£1", "£3")]),
    ("Work will run from March to May in Cardiff and from June to August in Swansea, the council said.",
     "Work will run from June to May in Cardiff and from March to August in Swansea, the council said.",
     "Work will run from June to August in Swansea and from March to May in Cardiff, the council said.",
     [("date", "March", "June"), ("date", "June", "March")]),
    ("Profits rose from £3m in 2019 to £5m in 2020 and from £1m to £2m last year, the firm said.",
     "Profits rose from £1m in 2019 to £5m in 2020 and from £3m to £2m last year, the firm said.",
     "Profits rose from £1m to £2m last year and from £3m in 2019 to £5m in 2020, the firm said.",
     [("money", "£3m", "£1m"), ("money", "£1m", "£3m")]),
    # The dead and the injured swapped behind a hedge: "at least" and "more than" tell no place, the words before
    # them do (a disaster desk's trial: a toll of 27 dead and 310 injured reprinted as 310 dead, no finding).
    ("The death toll rose to at least 27, with more than 310 people injured, officials said.",
     "The death toll rose to at least 310, with more than 27 people injured, officials said.",
     "With more than 310 people injured, the death toll rose to at least 27, officials said.",
     [("number", "27", "310"), ("number", "310", "27")]),
    ("The quake struck early Tuesday, killing at least 12 people and injuring more than 140, officials said.",
     "The quake struck early Tuesday, killing at least 140 people and injuring more than 12, officials said.",
     "The quake struck early Tuesday, injuring more than 140 and killing at least 12 people, officials said.",
     [("number", "12", "140"), ("number", "140", "12")]),
    # The same swap in a sentence reworded round the figures, so that no word beside a figure is the source's: whom
    # each counts (dead, hurt) tells it (a disaster desk's re-test found none).
    ("The earthquake killed 12 people and injured 40 others, officials said.",
     "The earthquake left 40 people dead and 12 hurt, officials said.",
     "Forty people were hurt and 12 killed in the earthquake, officials said.",
     [("number", "12", "40"), ("number", "40", "12")]),
    # ... and where a word stands between a count and whom it counts ("three remain missing", "12 still missing"):
    # the dead and the missing swapped (a breaking-news desk's re-test found none).
    ("Twelve people were killed and three remain missing after a landslide hit the village of Kalimpong on Tuesday, "
     "police said.",
     "A landslide hit the village of Kalimpong on Tuesday, leaving three dead and 12 still missing, police said.",
     "A landslide hit the village of Kalimpong on Tuesday, leaving 12 dead and three still missing, police said.",
     [("number", "Twelve", "three"), ("number", "three", "12")]),
    # Efficacy figures swapped between doses: what each rate is given for ("one dose", "a single dose", "two doses")
    # tells it (a health desk's re-test found none).
    ("One dose is about 93% effective at preventing measles, and two doses are about 97% effective, according to "
     "the CDC.",
     "A single dose is about 97 per cent effective at preventing measles, and two doses about 93 per cent, the CDC "
     "says.",
     "Two doses are about 97 per cent effective at preventing measles and a single dose about 93 per cent, the CDC "
     "says.",
     [("percent", "93%", "97 per cent"), ("percent", "97%", "93 per cent")]),
    # ... and where each rate's thing follows it ("95% effective after two doses"): reordered round its rates, the
    # words "the vaccine was" stand before each in turn, which read as a swap (a health desk's re-test).
    ("The vaccine was 95% effective after two doses and 52% after one dose, the researchers said.",
     "The vaccine was 52% effective after two doses and 95% after one dose, the researchers said.",
     "After one dose the vaccine was 52% effective, rising to 95% after two doses, the researchers said.",
     [("percent", "95%", "52%"), ("percent", "52%", "95%")]),
])
def test_two_values_that_swapped_places_are_changed_facts_and_a_reordered_sentence_none(
        source: str, swapped: str, reordered: str, facts: list) -> None:
    # Each value is still in the sentence, so the values cancel out; the words before and after each tell that they
    # changed places. A sentence reordered with its values keeps each by its words.
    assert _report_facts(source, swapped) == facts
    assert _report_facts(source, reordered) == []


@pytest.mark.parametrize(("source", "target", "facts"), [
    # The dead and the missing swapped across two sentences that align as two groups (both source sentences to the
    # first target sentence, the second to the second): a breaking-news desk's re-test found only "Three" ->
    # "Twelve", not the dead turned from 12 to three.
    ("At least 12 people were killed when the bridge collapsed. Three others remain missing.",
     "The bridge collapse left three people dead. Twelve people remain missing.",
     [("number", "12", "three"), ("number", "Three", "Twelve")]),
    # ... and a paragraph apart, each sentence aligned one to one.
    ("At least 12 people were killed when the bridge collapsed on Tuesday. Rescue teams worked through the night "
     "under floodlights. Three others remain missing, police said.",
     "The bridge collapse on Tuesday left three people dead. Rescue teams worked through the night under "
     "floodlights. Twelve people remain missing, police said.",
     [("number", "12", "three"), ("number", "Three", "Twelve")]),
    # A count moved to another sentence with its role kept changed nothing.
    ("At least 12 people were killed when the bridge collapsed on Tuesday. Rescue teams worked through the night "
     "under floodlights. Three others remain missing, police said.",
     "Three people remain missing after the bridge collapse on Tuesday. Rescue teams worked through the night "
     "under floodlights. At least 12 people were killed, police said.", []),
    ("At least 12 people were killed when the bridge collapsed. Three others remain missing.",
     "Three people remain missing after the bridge collapse. At least 12 people were killed, police said.", []),
    ("At least 12 people were killed when the bridge collapsed. Three others remain missing.",
     "The bridge collapse killed at least 12 people. Three more are still missing.", []),
])
def test_casualty_counts_that_traded_roles_across_sentences_are_changed_facts(
        source: str, target: str, facts: list) -> None:
    assert _report_facts(source, target) == facts


@pytest.mark.parametrize(("source", "target", "facts"), [
    # A journey's direction and a result turned round, the rest the same (a fourth re-test: no figure, and each
    # name still in the sentence, so neither rule found anything).
    ("He flew from London to Paris on Monday for the talks, officials said.",
     "He flew from Paris to London on Monday for the talks, officials said.",
     [("entity", "from London to Paris", "from Paris to London")]),
    ("On Saturday Arsenal beat Chelsea 3-1 at the Emirates Stadium.",
     "On Saturday Chelsea beat Arsenal 3-1 at the Emirates Stadium.",
     [("entity", "Arsenal beat Chelsea", "Chelsea beat Arsenal")]),
    ("Mr Smith sued Mr Jones for libel over the article, the court heard.",
     "Mr Jones sued Mr Smith for libel over the article, the court heard.",
     [("entity", "Mr Smith sued Mr Jones", "Mr Jones sued Mr Smith")]),
    # Not the two ways round on one side, nor a verb that reads both ways, nor a result told from the other side
    # (days and months turned round are dates: `test_a_range_of_months_or_days_turned_round`).
    ("Trains from London to Paris and from Paris to London were cancelled on Monday.",
     "Trains from Paris to London and from London to Paris were cancelled on Monday.", []),
    ("Mr Smith met Mr Jones at the hotel in the afternoon, the court heard.",
     "Mr Jones met Mr Smith at the hotel in the afternoon, the court heard.", []),
    ("On Saturday Arsenal beat Chelsea 3-1 at the Emirates Stadium.",
     "On Saturday Chelsea lost 1-3 to Arsenal at the Emirates Stadium.", []),
    # A fifth re-test: "from X to Y" with no journey is an area or a list, the same either way round.
    ("Stars from Beyonce to Adele paid tribute to the singer on social media last night.",
     "Stars from Adele to Beyonce paid tribute to the singer on social media last night.", []),
    ("Heavy snow is expected to fall from Aberdeen to Plymouth overnight, forecasters said.",
     "Heavy snow is expected to fall from Plymouth to Aberdeen overnight, forecasters said.", []),
    ("The airline said it would move its head office from Dublin to London next year.",
     "The airline said it would move its head office from London to Dublin next year.",
     [("entity", "from Dublin to London", "from London to Dublin")]),
    # A sixth re-test: a stretch after a word that is no journey (services, a road that runs, queues).
    ("Train services were disrupted from Edinburgh to London for most of Monday, the operator said.",
     "Train services were disrupted from London to Edinburgh for most of Monday, the operator said.", []),
    ("The A1 runs from London to Edinburgh and is the longest numbered road in Britain.",
     "The A1 runs from Edinburgh to London and is the longest numbered road in Britain.", []),
    # A time or a month opening the sentence, and the ages of a court report, beside the names.
    ("Yesterday Arsenal beat Chelsea 2-1 in the FA Cup semi-final at Wembley.",
     "Yesterday Chelsea beat Arsenal 2-1 in the FA Cup semi-final at Wembley.",
     [("entity", "Arsenal beat Chelsea", "Chelsea beat Arsenal")]),
    ("In March Arsenal beat Chelsea 2-1 in the FA Cup semi-final at Wembley.",
     "In March Chelsea beat Arsenal 2-1 in the FA Cup semi-final at Wembley.",
     [("entity", "Arsenal beat Chelsea", "Chelsea beat Arsenal")]),
    ("Theresa May defeated Jeremy Corbyn in the vote on Tuesday night, MPs said.",
     "Jeremy Corbyn defeated Theresa May in the vote on Tuesday night, MPs said.",
     [("entity", "Theresa May defeated Jeremy Corbyn", "Jeremy Corbyn defeated Theresa May")]),
    ("Darren Wilson, 34, stabbed Mark Taylor, 29, outside a nightclub in Leeds, the court heard.",
     "Mark Taylor, 29, stabbed Darren Wilson, 34, outside a nightclub in Leeds, the court heard.",
     [("entity", "Darren Wilson, 34, stabbed Mark Taylor", "Mark Taylor, 29, stabbed Darren Wilson")]),
])
def test_names_turned_round(source: str, target: str, facts: list) -> None:
    assert _report_facts(source, target) == facts


@pytest.mark.parametrize(("source", "target", "facts"), [
    # An election desk's winner and loser swapped (an election-night trial: none was found): a swing's direction
    # (the parties with their "the", a figure before "from"), a seat taken from a party, an incumbent unseated, a
    # poll's leader.
    ("The result represents a swing of 9.4% from the Conservatives to Labour.",
     "The result represents a swing of 9.4% from Labour to the Conservatives.",
     [("entity", "from the Conservatives to Labour", "from Labour to the Conservatives")]),
    ("It was a Labour gain from the Conservatives, the first since 1997.",
     "It was a Conservative gain from Labour, the first since 1997.",
     [("entity", "Labour gain from the Conservatives", "Conservative gain from Labour")]),
    ("Ana Lopez unseated Mark Reyes in the mayoral runoff on Sunday.",
     "Mark Reyes unseated Ana Lopez in the mayoral runoff on Sunday.",
     [("entity", "Ana Lopez unseated Mark Reyes", "Mark Reyes unseated Ana Lopez")]),
    ("Mr Hale leads Ms Ortiz by 48% to 44% among likely voters.",
     "Ms Ortiz leads Mr Hale by 48% to 44% among likely voters.",
     [("entity", "Mr Hale leads Ms Ortiz", "Ms Ortiz leads Mr Hale")]),
    # With each candidate's party, and a description before the one beaten (a US results story's trial).
    ("Democrat Ana Lopez defeated Republican incumbent Mark Reyes in Georgia on Tuesday, flipping a seat.",
     "Republican Mark Reyes defeated Democrat Ana Lopez in Georgia on Tuesday, flipping a seat.",
     [("entity", "Democrat Ana Lopez defeated Republican incumbent Mark Reyes",
       "Republican Mark Reyes defeated Democrat Ana Lopez")]),
    # The same result told another way, or by another of a party's names.
    ("Democrat Ana Lopez defeated Republican incumbent Mark Reyes in Georgia on Tuesday, flipping a seat.",
     "Republican incumbent Mark Reyes was defeated by Democrat Ana Lopez in Georgia on Tuesday, flipping a seat.",
     []),
    ("Ana Lopez unseated Mark Reyes in the mayoral runoff on Sunday.",
     "Mark Reyes was unseated by Ana Lopez in the mayoral runoff on Sunday.", []),
    ("Mr Hale leads Ms Ortiz by 48% to 44% among likely voters.",
     "Ms Ortiz trails Mr Hale by 48% to 44% among likely voters.", []),
    ("It was a Labour gain from the Conservatives, the first since 1997.",
     "It was a Labour gain from the Tories, the first since 1997.", []),
    ("The result represents a swing of 9.4% from the Conservatives to Labour.",
     "The result represents a swing of 9.4% to Labour from the Conservatives.", []),
])
def test_an_election_winner_and_loser_turned_round(source: str, target: str, facts: list) -> None:
    assert _report_facts(source, target) == facts


@pytest.mark.parametrize(("source", "target", "facts"), [
    # A re-test: a journey named and then described after a comma was not seen as a journey.
    ("The charity walk, which ran from Land's End to John O'Groats, raised £5,000 for the hospice.",
     "The charity walk, which ran from John O'Groats to Land's End, raised £5,000 for the hospice.",
     [("entity", "from Land's End to John O'Groats", "from John O'Groats to Land's End")]),
    ("The flight, from Paris to London, was delayed by four hours on Monday.",
     "The flight, from London to Paris, was delayed by four hours on Monday.",
     [("entity", "from Paris to London", "from London to Paris")]),
    # A third re-test: "rode" was no word of motion.
    ("The cyclists, who rode from London to Brighton on Sunday, raised £5,000 for charity.",
     "The cyclists, who rode from Brighton to London on Sunday, raised £5,000 for charity.",
     [("entity", "from London to Brighton", "from Brighton to London")]),
    # A comma after a word of motion opens a list as often: no journey.
    ("Fans travelled to the gala, from Beyonce to Adele, in their thousands last night.",
     "Fans travelled to the gala, from Adele to Beyonce, in their thousands last night.", []),
    # A third re-test: a span or a list right before "from", a word of motion before it (read as journeys).
    ("The stars who travelled to the gala ranged from Beyonce to Adele, organisers said on Sunday.",
     "The stars who travelled to the gala ranged from Adele to Beyonce, organisers said on Sunday.", []),
    ("Passengers on the flight included everyone from Tony Blair to Elton John, the airline said.",
     "Passengers on the flight included everyone from Elton John to Tony Blair, the airline said.", []),
])
def test_a_journey_described_after_a_comma_turned_round(source: str, target: str, facts: list) -> None:
    assert _report_facts(source, target) == facts


@pytest.mark.parametrize(("source", "target", "facts"), [
    # A re-test: the passive was not read, so the roles swapped in it were no finding.
    ("Arsenal beat Chelsea in the FA Cup semi-final at Wembley on Saturday.",
     "Arsenal were beaten by Chelsea in the FA Cup semi-final at Wembley on Saturday.",
     [("entity", "Arsenal beat Chelsea", "Arsenal were beaten by Chelsea")]),
    ("Smith attacked Jones outside the pub on Friday night, the court heard.",
     "Smith was attacked by Jones outside the pub on Friday night, the court heard.",
     [("entity", "Smith attacked Jones", "Smith was attacked by Jones")]),
    ("Chelsea were beaten 3-1 by Arsenal in the FA Cup semi-final at Wembley.",
     "Arsenal were beaten 3-1 by Chelsea in the FA Cup semi-final at Wembley.",
     [("entity", "Chelsea were beaten 3-1 by Arsenal", "Arsenal were beaten 3-1 by Chelsea")]),
    ("Mr Smith has been replaced by Mr Jones as chairman of the board, the firm said.",
     "Mr Smith replaced Mr Jones as chairman of the board, the firm said.",
     [("entity", "Mr Smith has been replaced by Mr Jones", "Mr Smith replaced Mr Jones")]),
    # A verb in another tense is the same verb (it was another "how" before).
    ("Mr Smith sued Mr Jones for libel over the article, the court heard.",
     "Mr Jones sues Mr Smith for libel over the article, the court heard.",
     [("entity", "Mr Smith sued Mr Jones", "Mr Jones sues Mr Smith")]),
    # A third re-test: the present tense of the verbs ("robs", "punches") was no verb.
    ("Wilson robbed Taylor of his wallet outside the pub, the court heard.",
     "Taylor robs Wilson of his wallet outside the pub, the court heard.",
     [("entity", "Wilson robbed Taylor", "Taylor robs Wilson")]),
    ("Wilson punched Taylor in the face outside the pub, the court heard.",
     "Taylor punches Wilson in the face outside the pub, the court heard.",
     [("entity", "Wilson punched Taylor", "Taylor punches Wilson")]),
    # The same result told in the passive: the same roles, no finding.
    ("Arsenal beat Chelsea in the FA Cup semi-final at Wembley on Saturday.",
     "Chelsea were beaten by Arsenal in the FA Cup semi-final at Wembley on Saturday.", []),
    ("Arsenal beat Chelsea 3-1 in the FA Cup semi-final at Wembley.",
     "Chelsea were beaten 3-1 by Arsenal in the FA Cup semi-final at Wembley.", []),
    ("Mr Smith has been replaced by Mr Jones as chairman of the board, the firm said.",
     "Mr Jones replaced Mr Smith as chairman of the board, the firm said.", []),
])
def test_names_turned_round_in_the_passive(source: str, target: str, facts: list) -> None:
    assert _report_facts(source, target) == facts


@pytest.mark.parametrize(("source", "target", "facts"), [
    # A re-test: "May" alone is no month read, so "from March to May" turned round was no finding; nor was a
    # range of weekdays, whose own names, turned round with it, read as a result told from the other side.
    ("The exhibition runs from March to May at the city gallery, its director said.",
     "The exhibition runs from May to March at the city gallery, its director said.",
     [("date", "March", "May"), ("date", "May", "March")]),
    ("The festival moved from June to September this year, organisers said.",
     "The festival moved from September to June this year, organisers said.",
     [("date", "June", "September"), ("date", "September", "June")]),
    ("The office is open from Monday to Friday for the whole of the summer.",
     "The office is open from Friday to Monday for the whole of the summer.",
     [("date", "Monday", "Friday"), ("date", "Friday", "Monday")]),
    # The end of a range of months is a month however "May" reads alone.
    ("The exhibition runs from March to May at the city gallery, its director said.",
     "The exhibition runs from March to June at the city gallery, its director said.",
     [("date", "May", "June")]),
    # A sentence reordered around its range, and a range between two years, whose order says nothing.
    ("The exhibition runs from March to May at the city gallery, its director said.",
     "From March to May the exhibition runs at the city gallery, its director said.", []),
    ("He served as mayor between 1998 and 2001, the council said in a statement.",
     "He served as mayor between 2001 and 1998, the council said in a statement.", []),
])
def test_a_range_of_months_or_days_turned_round(source: str, target: str, facts: list) -> None:
    assert _report_facts(source, target) == facts


@pytest.mark.parametrize(("source", "target", "facts"), [
    # A fact-checker's re-test: with a year at each end only "March" -> "May" was found ("to May" was no month).
    ("The abuse went on from March 1998 to May 2001, the court heard.",
     "The abuse went on from May 2001 to March 1998, the court heard.",
     [("date", "March 1998", "May 2001"), ("date", "May 2001", "March 1998")]),
    ("The abuse went on from 3 March 1998 to 5 May 2001, the court heard.",
     "The abuse went on from 5 May 2001 to 3 March 1998, the court heard.",
     [("date", "3 March 1998", "5 May 2001"), ("date", "5 May 2001", "3 March 1998")]),
    # Only the months turned round, the years kept; one end changed.
    ("The abuse went on from March 1998 to May 2001, the court heard.",
     "The abuse went on from May 1998 to March 2001, the court heard.",
     [("date", "March", "May"), ("date", "May", "March")]),
    ("The abuse went on from March 1998 to May 2001, the court heard.",
     "The abuse went on from March 1998 to June 2001, the court heard.",
     [("date", "May", "June")]),
    # Ranges that were not read: "until", weekdays without "from", two days of one date.
    ("The office is open from Monday until Friday for the whole of the summer.",
     "The office is open from Friday until Monday for the whole of the summer.",
     [("date", "Monday", "Friday"), ("date", "Friday", "Monday")]),
    ("The exhibition runs from March until May at the city gallery, its director said.",
     "The exhibition runs from May until March at the city gallery, its director said.",
     [("date", "March", "May"), ("date", "May", "March")]),
    ("The office is open Monday to Friday for the whole of the summer.",
     "The office is open Friday to Monday for the whole of the summer.",
     [("date", "Monday", "Friday"), ("date", "Friday", "Monday")]),
    ("The festival runs from 1 to 5 March at the city gallery, its director said.",
     "The festival runs from 5 to 1 March at the city gallery, its director said.",
     [("date", "1 to 5 March", "5 to 1 March")]),
    ("The festival runs from the 1st to the 5th of March, its director said.",
     "The festival runs from the 1st to the 7th of March, its director said.",
     [("date", "1st to the 5th of March", "1st to the 7th of March")]),
    # Two ranges reordered with what each holds for: none turned round (each was a swap of its first months).
    ("Work will run from March until May in Cardiff and from June until August in Swansea, the council said.",
     "Work will run from June until August in Swansea and from March until May in Cardiff, the council said.", []),
    ("Work ran from March 2019 to May 2020 in Cardiff and from June 2021 to August 2022 in Swansea, they said.",
     "Work ran from June 2021 to August 2022 in Swansea and from March 2019 to May 2020 in Cardiff, they said.", []),
    # A fact-checker's re-test: two months without "from", weekdays in the plural, "through" for "to" were no
    # range, so turned round they were no finding, and a month after no preposition no value read at all.
    ("The exhibition runs March to May at the city gallery, its director said.",
     "The exhibition runs May to March at the city gallery, its director said.",
     [("date", "March", "May"), ("date", "May", "March")]),
    ("The exhibition runs March to May at the city gallery, its director said.",
     "The exhibition runs March to June at the city gallery, its director said.",
     [("date", "May", "June")]),
    ("The exhibition runs March 2019 to May 2020 at the city gallery, its director said.",
     "The exhibition runs May 2020 to March 2019 at the city gallery, its director said.",
     [("date", "March 2019", "May 2020"), ("date", "May 2020", "March 2019")]),
    ("The office is open Mondays to Fridays for the whole of the summer.",
     "The office is open Fridays to Mondays for the whole of the summer.",
     [("date", "Mondays", "Fridays"), ("date", "Fridays", "Mondays")]),
    ("The office is open Monday through Friday for the whole of the summer.",
     "The office is open Friday through Monday for the whole of the summer.",
     [("date", "Monday", "Friday"), ("date", "Friday", "Monday")]),
    ("The exhibition runs from March through May at the city gallery, its director said.",
     "The exhibition runs from May through March at the city gallery, its director said.",
     [("date", "March", "May"), ("date", "May", "March")]),
    # A weekday in the plural changed is a changed date, once (it was a changed name).
    ("The office is open Mondays to Fridays for the whole of the summer.",
     "The office is open Mondays to Saturdays for the whole of the summer.",
     [("date", "Fridays", "Saturdays")]),
    # ... the same days written another way, and two such ranges reordered with what each holds for: none.
    ("The office is open Mondays to Fridays for the whole of the summer.",
     "The office is open Monday to Friday for the whole of the summer.", []),
    ("The office is open Monday through Friday for the whole of the summer.",
     "The office is open Monday to Friday for the whole of the summer.", []),
    ("Work will run March to May in Cardiff and June to August in Swansea, the council said.",
     "Work will run June to August in Swansea and March to May in Cardiff, the council said.", []),
    ("The office is open Monday through Friday in Cardiff and Tuesday through Saturday in Swansea, they said.",
     "The office is open Tuesday through Saturday in Swansea and Monday through Friday in Cardiff, they said.", []),
    ("The office is open Mondays to Fridays in Cardiff and Tuesdays to Saturdays in Swansea, they said.",
     "The office is open Tuesdays to Saturdays in Swansea and Mondays to Fridays in Cardiff, they said.", []),
    # Two days of months without "from" (stop 38's note): a range too, turned round; reordered, none.
    ("The exhibition runs 1 March to 5 May at the city gallery, its director said.",
     "The exhibition runs 5 May to 1 March at the city gallery, its director said.",
     [("date", "1 March", "5 May"), ("date", "5 May", "1 March")]),
    ("Work will run 1 March to 5 May in Cardiff and 6 May to 9 June in Swansea, the council said.",
     "Work will run 6 May to 9 June in Swansea and 1 March to 5 May in Cardiff, the council said.", []),
    # Two weekdays or days in a list, not a range: their order says nothing.
    ("He was seen at the shop on Mondays and Fridays, the court heard.",
     "He was seen at the shop on Fridays and Mondays, the court heard.", []),
    ("He was seen at the shop on Monday and Friday, the court heard.",
     "He was seen at the shop on Friday and Monday, the court heard.", []),
    ("He was seen at the shop on 14 and 15 December, the court heard.",
     "He was seen at the shop on 15 and 14 December, the court heard.", []),
])
def test_a_range_of_dates_with_years_or_until_turned_round(source: str, target: str, facts: list) -> None:
    assert _report_facts(source, target) == facts


def test_names_turned_round_in_sentences_that_differ_otherwise_are_no_finding() -> None:
    # Two sentences of one story aligned loosely: each says who attacked whom, at another time.
    from diffsrc.pair.findings.facts import turned_round_names

    assert turned_round_names("Smith attacked Jones outside the pub on Friday night, the court heard.",
                              "Jones attacked Smith in his cell weeks later, a prison officer told the jury.") == []
    assert turned_round_names("Smith attacked Jones outside the pub on Friday night, the court heard.",
                              "Jones attacked Smith outside the pub on Friday night, the court heard.") == [
        ("Smith attacked Jones", "Jones attacked Smith")]


@pytest.mark.parametrize(("source", "target", "facts"), [
    ("Work is expected to begin in March 2025, the council said.",
     "Work is expected to begin in May 2025, the council said.",
     [("date", "March", "May")]),
    ("Work is expected to begin in May 2025, the council said.",
     "Work is expected to begin in June 2025, the council said.",
     [("date", "May", "June")]),
    # Without a year "May" may be a person ("a letter from May"): no month is read.
    ("The letter from May was read out to the council, officials said.",
     "The letter from Johnson was read out to the council, officials said.", []),
])
def test_may_before_a_year_is_the_month(source: str, target: str, facts: list) -> None:
    assert _report_facts(source, target) == facts


@pytest.mark.parametrize(("source", "target", "facts"), [
    # A fact-checker's re-test: a weekday in the plural ending a name was read as the day, so a band or a restaurant
    # left out became a changed date, and a band changed no changed name.
    ("TGI Fridays said it would close 36 of its restaurants across the country.",
     "The chain said on Thursday it would close 36 of its restaurants across the country.", []),
    ("Shaun Ryder of the Happy Mondays played the festival, organisers said.",
     "Shaun Ryder played the festival on Friday, organisers said.", []),
    ("The Happy Mondays headlined the festival on Saturday, organisers said.",
     "The Stone Roses headlined the festival on Saturday, organisers said.",
     [("entity", "Happy Mondays", "Stone Roses")]),
    # After a small word, at the start of a sentence or in a range, it is still every such day.
    ("On Fridays the market opens at six in the morning, traders said.",
     "On Saturdays the market opens at six in the morning, traders said.", [("date", "Fridays", "Saturdays")]),
    ("The office is open Mondays to Fridays for the whole of the summer.",
     "The office is open Mondays to Saturdays for the whole of the summer.", [("date", "Fridays", "Saturdays")]),
])
def test_a_weekday_in_the_plural_that_ends_a_name_is_no_date(source: str, target: str, facts: list) -> None:
    assert _report_facts(source, target) == facts


@pytest.mark.parametrize(("source", "target"), [
    ("The two men, aged 34 and 29, were arrested at the scene, police said.",
     "The two men, aged 29 and 34, were arrested at the scene, police said."),
    ("Flights leave at 9am and 5pm every day from the island, the airline said.",
     "Flights leave at 5pm and 9am every day from the island, the airline said."),
    ("The homes are priced at £250,000 and £400,000, the agents said.",
     "The homes are priced at £400,000 and £250,000, the agents said."),
])
def test_a_list_of_values_given_in_another_order_is_no_swap(source: str, target: str) -> None:
    # A re-test of the swap rule: each value was reported changed into the other.
    assert _report_facts(source, target) == []


@dataclass
class _Group:
    source: list[int]
    target: list[int]


def test_a_time_the_other_document_gives_elsewhere_is_another_point_of_its_timeline() -> None:
    # METER's ambulance story: PA's "an ambulance was called at 4.25pm" linked to the Mail's "Dr Griffiths called
    # once more at 4.55pm", where PA has 4.55pm further on: two times of one afternoon, not one time changed.
    from diffsrc.pair.findings.facts import find_fact_changes

    source = ["An ambulance was called at 4.25pm on February 16.",
              "By 4.55pm it had still not arrived and the doctor called again."]
    target = ["Dr Griffiths called once more at 4.55pm.", "The ambulance arrived at 5.05pm."]
    assert find_fact_changes([_Group([0], [0])], source, target) == []
    # After the same words, it is the time that changed, whatever else the document says.
    target = ["An ambulance was called at 4.55pm on February 16.", "The ambulance arrived at 5.05pm."]
    assert [(f["source"], f["target"]) for f in find_fact_changes([_Group([0], [0])], source, target)] == [
        ("4.25pm", "4.55pm")]


def test_spans_opening_their_sentences_are_compared_by_the_rest_of_their_place() -> None:
    # "Two days later" and "Two weeks later" have no words before them to agree: the arrest and the charge are two
    # points of one timeline. Of one event, the span changed.
    assert _report_facts("Two days later he was arrested at his home in Leeds.",
                         "Two weeks later he was charged with the murder.") == []
    assert _report_facts("Two days later he was arrested at his home in Leeds.",
                         "Two weeks later he was arrested at his home in Leeds.") == [
        ("number", "Two days", "Two weeks")]


# --- speakers that changed, as METER's papers showed them -----------------------------------------------------------


@pytest.mark.parametrize(("a", "b"), [
    ("Richard", "Richard Thomas"),           # a first name alone, and the full name
    ("William Taylor", "William Taylor QC"),  # letters after a name
    ("David Williams", "RSPCA"),             # bodies, by initials or by their last word
    ("Sally Greengross", "NHS Confederation"),
    ("Richard Branson", "European Commission"),
    ("Help the Aged", "Gail Elkington"),
])
def test_one_person_or_a_body_is_no_changed_speaker(a: str, b: str) -> None:
    from diffsrc.pair.findings.quotes import same_speaker

    assert same_speaker(a, b) and same_speaker(b, a)


@pytest.mark.parametrize(("a", "b"), [
    # METER: one barrister with his names in PA's wrong order; a demonym before a first name; a surname spelt two
    # ways after one first name; a court is a body, not a person.
    ("Hugo Keith", "Keith Hugo"), ("Mancunian Sandra", "Sandra Walters"), ("Bill Goreham", "Bill Goram"),
    ("Iain MacLaren", "Nottingham County Court"),
])
def test_one_persons_names_written_two_ways_are_one_speaker(a: str, b: str) -> None:
    from diffsrc.pair.findings.quotes import same_speaker

    assert same_speaker(a, b) and same_speaker(b, a)


def test_a_quote_given_to_a_person_named_by_title_and_surname_is_flagged() -> None:
    # A re-test: "Mr Smith said" names a person even where the paper never gives a first name.
    source = ('The victims\' spokeswoman, Mary Jones, said: "We are relieved that he is finally behind bars '
              'tonight."')
    target = 'Mr Smith said: "We are relieved that he is finally behind bars tonight."'
    report = compare(Document.from_text(source, id="s"), Document.from_text(target, id="t")).to_dict()
    [quote] = [q for q in report["quotes"] if q["status"] != "dropped"]
    assert (quote["source_speaker"], quote["speaker"], quote["speaker_changed"]) == ("Mary Jones", "Mr Smith", True)


def test_a_surname_alone_keeps_its_title_and_is_one_person_with_the_full_name() -> None:
    # A new user's trial: "Mr Judge" kept its title and "Mrs Smith" lost hers. A person the text names by surname
    # alone is shown as it titles them, tagged by name or by "she"; a fuller name the text gives wins, and titles
    # do not make two people of one across two texts.
    source = ('Jean Smith opened the shop in 1975.\n\n"We are heartbroken that it will close after forty years," '
              'she said.\n\n"The council never asked us what we thought of the plan," said Jean Smith.')
    target = source.replace("Jean Smith", "Mrs Smith")
    report = _pair_report(source, target)
    assert [(q["speaker"], q["source_speaker"], q["speaker_changed"]) for q in report["quotes"]] == [
        ("Mrs Smith", "Jean Smith", False)] * 2


def test_a_quote_given_to_a_person_whose_surname_is_an_office_word_is_flagged() -> None:
    # "Mr Judge" was read as an office, which no speaker is ever told apart from.
    source = 'Mary Jones said: "We were never told about the closure of the depot until it was too late."'
    target = 'Mr Judge said: "We were never told about the closure of the depot until it was too late."'
    quote = _pair_quote(source, target, "depot")
    assert (quote["speaker"], quote["source_speaker"], quote["speaker_changed"]) == ("Mr Judge", "Mary Jones", True)


def test_a_unit_changed_alone_is_found_through_compare() -> None:
    # The word diff's edit holds no digit ("months" -> "years"): the group must still be read for facts.
    source = "He was jailed for 30 months for the attack on the man.\n\nThe hearing continues tomorrow in the town."
    target = "He was jailed for 30 years for the attack on the man.\n\nThe hearing continues tomorrow in the town."
    report = compare(Document.from_text(source, id="s"), Document.from_text(target, id="t")).to_dict()
    assert [(f["source"], f["target"]) for f in report["facts"]] == [("30 months", "30 years")]


def test_a_date_opening_a_sentence_is_not_a_person() -> None:
    from diffsrc.pair.findings.names import looks_like_person

    # METER (the Times): "In January 1983 he left a 26-year-old mother to die ... She said: ..." gave the woman's
    # words to "In January".
    assert not looks_like_person("In January") and not looks_like_person("But Sally Greengross")
    assert looks_like_person("Sally Greengross") and looks_like_person("Al Fayed")


def test_a_speaker_named_in_one_word_is_never_given_to_another() -> None:
    # METER: a document's fullest name for a speaker that is one word ("Harrods", "Neil", "Spanish", "Bar") was a
    # word read as a name as often as a person: 17 of 23 quotes "given to another speaker" were such, none real.
    source = 'The brother of the victim, Neil, said: "He was a lovely man who never hurt anyone in his whole life."'
    target = 'Ian Brown said: "He was a lovely man who never hurt anyone in his whole life."'
    report = compare(Document.from_text(source, id="s"), Document.from_text(target, id="t")).to_dict()
    [quote] = report["quotes"]
    assert quote["source_speaker"] == "Neil" and quote["speaker"] == "Ian Brown"
    assert not quote["speaker_changed"]


def test_a_quote_moved_between_two_speakers_each_text_quotes_by_surname_alone_is_a_speaker_change() -> None:
    # A wire desk's re-test: PA's match report quotes both managers by surname alone ('"...," said Amorim.'), and a
    # paper that gave each one's words to the other showed no change of speaker: a one-word name was no person.
    # Both texts quote both men by those names, so they are people to a reader, in either order of the tag.
    source = ("Manchester United beat Aston Villa 2-1 at Old Trafford on Saturday.\n\n"
              '"We showed real character today after a difficult first half," said Amorim.\n\n'
              '"The players never stopped believing and the crowd carried us," Amorim said.\n\n'
              '"We had chances to kill the game and we did not take them," said Emery.\n\n'
              '"It is a lesson for us, and we must learn it quickly," Emery said.\n')
    swapped = (source.replace("Amorim", "@").replace("Emery", "Amorim").replace("@", "Emery"))
    report = _pair_report(source, swapped)
    assert [(q["source_speaker"], q["speaker"], q["speaker_changed"]) for q in report["quotes"]] == [
        ("Amorim", "Emery", True), ("Amorim", "Emery", True), ("Emery", "Amorim", True), ("Emery", "Amorim", True)]
    # A faithful copy, and a copy that keeps the quotes' order changed, change no speaker.
    assert not any(q["speaker_changed"] for q in _pair_report(source, source)["quotes"])
    paragraphs = source.split("\n\n")
    reordered = "\n\n".join([paragraphs[0], *paragraphs[3:], *paragraphs[1:3]]) + "\n"
    assert not any(q["speaker_changed"] for q in _pair_report(source, reordered)["quotes"])


@pytest.mark.parametrize("wire, paper, speaker", [
    # Spanish drops the subject: the seleccionador's or the president's "dijo" (a wire desk's re-test: no speaker,
    # so the paper's giving the words to the opposition leader went unseen)
    ("MADRID, 12 mar (EFE).- El presidente del Gobierno, Pedro Sánchez, aseguró este martes que el Ejecutivo "
     "agotará la legislatura pese a la derrota parlamentaria.\n\n"
     "«Vamos a ganar esta batalla y vamos a llegar a 2027», dijo.\n",
     "«Vamos a ganar esta batalla y vamos a llegar a 2027», dijo Alberto Núñez Feijóo.\n", "Pedro Sánchez"),
    ("ROMA, 12 mar (ANSA) - Giorgia Meloni ha difeso martedì la manovra davanti al Senato.\n\n"
     "«Non faremo nessun passo indietro sui conti pubblici», ha detto ai giornalisti.\n",
     "«Non faremo nessun passo indietro sui conti pubblici», ha detto Elly Schlein.\n", "Giorgia Meloni"),
    # The office before the name in French, with or without commas: "Le Premier" was read as a person's name.
    ("PARIS, 12 mars (AFP) - Le Premier ministre, François Bayrou, a exclu mardi toute démission après le rejet du "
     "budget.\n\n«Nous allons gagner cette bataille, et nous irons jusqu'au bout», a-t-il dit.\n",
     "«Nous allons gagner cette bataille, et nous irons jusqu'au bout», a dit Marine Le Pen.\n", "François Bayrou"),
    ("PARIS, 12 mars (AFP) - Le Premier ministre François Bayrou a exclu mardi toute démission après le rejet du "
     "budget.\n\n«Nous allons gagner cette bataille, et nous irons jusqu'au bout», a-t-il dit.\n",
     "«Nous allons gagner cette bataille, et nous irons jusqu'au bout», a dit Marine Le Pen.\n", "François Bayrou"),
])
def test_a_quote_whose_tag_drops_its_subject_is_the_person_named_before(wire: str, paper: str, speaker: str) -> None:
    lead = wire.split("\n\n")[0].split(" - ", 1)[-1].split(".- ", 1)[-1]
    [quote] = _pair_report(wire, f"{lead}\n\n{paper}")["quotes"]
    assert quote["source_speaker"] == speaker and quote["speaker_changed"] is True
    # The paper that keeps the tag keeps the speaker.
    [kept] = _pair_report(wire, wire.split(" - ", 1)[-1].split(".- ", 1)[-1])["quotes"]
    assert kept["source_speaker"] == kept["speaker"] == speaker and kept["speaker_changed"] is False


@pytest.mark.parametrize("tag, speaker", [
    # A wire desk's re-test: dpa's role compounds were read as part of the name ("Bayern-Trainer Vincent Kompany").
    ("sagte Bayern-Trainer Vincent Kompany nach dem Spiel.", "Vincent Kompany"),
    ("sagte SPD-Chefin Saskia Esken.", "Saskia Esken"),
    ("sagte Grünen-Politiker Cem Özdemir.", "Cem Özdemir"),
    # a double first name keeps its hyphen
    ("sagte Hans-Peter Friedrich.", "Hans-Peter Friedrich"),
])
def test_a_german_role_compound_before_the_name_is_no_part_of_the_speaker(tag: str, speaker: str) -> None:
    [quote] = _quotes(f"Bundesliga\n\n„Wir haben heute eine sehr reife Leistung gezeigt“, {tag}\n")
    assert quote.speaker == speaker


def test_a_surname_with_its_particles_is_a_speaker() -> None:
    # A wire desk's re-test on Reuters copy: '"...," von der Leyen told a news conference' had no speaker, and her
    # next quote's "she said" went to "President Ursula"; EFE's "Luis de la Fuente" in apposition was no person.
    quotes = _quotes("BRUSSELS (Reuters) - European Commission President Ursula von der Leyen said on Wednesday the "
                     "bloc would respond firmly to new U.S. tariffs.\n\n"
                     '"We will defend our workers and our industry with every tool we have," von der Leyen told a '
                     'news conference.\n\n"We remain open to negotiations, but not with a gun to our head," she '
                     'said.\n')
    assert [q.speaker for q in quotes] == ["Ursula von der Leyen", "Ursula von der Leyen"]
    [quote] = _quotes("MADRID (EFE).- El seleccionador español, Luis de la Fuente, se mostró convencido este martes de "
                      "que su equipo llegará a la final.\n\n«Vamos a ganar, este grupo está preparado», dijo.\n")
    assert quote.speaker == "Luis de la Fuente"
    # German's article after a name is no particle of it ('sagte Weselsky der Deutschen Presse-Agentur').
    from diffsrc.pair.findings.names import looks_like_person

    assert not looks_like_person("Weselsky der Deutschen")


def test_a_pronouns_quote_after_a_named_quote_is_that_speakers() -> None:
    # A wire desk's re-test: '"A," said Labour Minister Jane Smith at a news conference.' then '"B," she added.' gave
    # "B" to no one (the name after its verb was no sentence's subject), so a paper giving it to another person, or
    # AFP's '«B», a-t-elle ajouté.' to the CGT's leader, went unseen.
    wire = ("The government presented its reform of unemployment insurance on Tuesday.\n\n"
            '"This reform is necessary to reach full employment," said Labour Minister Jane Smith at a news '
            'conference.\n\n"We are not asking the unemployed to pay for the crisis," she added.\n\n'
            "Union leader Sophie Binet called the plan an attack on the most vulnerable.\n")
    quotes = _quotes(wire)
    assert [q.speaker for q in quotes] == ["Jane Smith", "Jane Smith"]
    paper = wire.replace('she added', 'said Sophie Binet')
    entries = _pair_report(wire, paper)["quotes"]
    assert [(q["source_speaker"], q["speaker"], q["speaker_changed"]) for q in entries] == [
        ("Jane Smith", "Jane Smith", False), ("Jane Smith", "Sophie Binet", True)]
    # Not across another person named between, nor against the pronoun's sex.
    assert _quotes(wire.replace("she added", "he added"))[1].speaker is None
    between = wire.replace('conference.\n\n', 'conference.\n\nSophie Binet walked out.\n\n')
    assert _quotes(between)[1].speaker != "Jane Smith"


@pytest.mark.parametrize("tag, speaker", [
    # A wire desk's re-test: EFE's and AFP's other verbs of saying tagged no speaker.
    ("«Hemos tenido el partido en nuestras manos», lamentó el técnico del Valencia, Carlos Corberán.",
     "Carlos Corberán"),
    ("«Nous avons fait le maximum pour les Français», a regretté le ministre de l'Economie, Eric Lombard.",
     "Eric Lombard"),
    ("«Non abbiamo mai nascosto nulla ai cittadini», ha ammesso il sindaco Roberto Gualtieri.", "Roberto Gualtieri"),
])
def test_agency_verbs_of_saying_in_other_languages_tag_a_speaker(tag: str, speaker: str) -> None:
    [quote] = _quotes(f"Noticias\n\n{tag}\n")
    assert quote.speaker == speaker


def test_two_people_are_still_a_changed_speaker() -> None:
    from diffsrc.pair.findings.quotes import same_speaker

    assert not same_speaker("José Álvarez", "José Martínez")
    assert not same_speaker("Richard Thomas", "Richard Evans")


def test_a_speaker_found_through_a_pronoun_is_no_changed_speaker() -> None:
    # METER's sleep story: the Guardian quotes Sandy Strover after "She said:", with a man named in between; the
    # pronoun was handed to him and the quote reported as given to another speaker.
    from diffsrc.pair.findings.quotes import match_quotes

    quote = "Giving evidence was the hardest thing I have ever done in my whole life."
    source = _quotes(f'Sandy Strover told the inquest about the night. Sandy Strover said: "{quote}"')
    target = _quotes("Sandy Strover, 45, was the first witness at the inquest.\n\n"
                     "Coroner Tim Brown told the jury the case was unusual.\n\n"
                     f'She said: "{quote}"')
    [entry] = [e for e in match_quotes(source, target) if e["status"] != "dropped"]
    assert entry["status"] == "exact" and entry["speaker_changed"] is False
    # Named in both texts, two people are a change.
    renamed = _quotes(f'Tim Brown said: "{quote}"')
    [entry] = [e for e in match_quotes(source, renamed) if e["status"] != "dropped"]
    assert entry["speaker_changed"] is True


@pytest.mark.parametrize(("text", "speaker"), [
    # The Daily Mail's report of a murder trial (METER): "she" and "he" are the subject of a sentence before, not
    # the last person named, who was the defendant each time.
    ("Emma Coleman, 19, read a report of the trial and remembered seeing Roberts standing in front of a mountain "
     "bike. She told the jury: 'When I read about the bike being dismantled I thought \"Oh God\". I felt sick.'",
     "Emma Coleman"),
    ("Detective Chief Inspector Bill Goreham said yesterday: 'There was a relationship, but it was abuse of Thomas "
     "by Roberts.' He described the killer as cold. He added: 'Roberts, like many of them, lived a lie for years.'",
     "Bill Goreham"),
    ("Kevan Roberts nodded as sentence was passed. The judge, Mr Justice Smedley, said the term would be long. He "
     "added: 'You have described him to witnesses as not an angel, but he did not deserve to die.'",
     "Smedley"),
    # PA (METER, bennett1): a surname alone opening the quote's paragraph, of a man given an age, is the subject;
    # the pronoun went to the man he was charged with killing, the one named in full and called "Mr" later.
    ("Thomas Allsopp, 45, from Belfast, denied murdering taxi driver Charles Bennett. Mr Bennett was found on "
     "waste ground.\n\nAllsopp did not speak during the hearing, but the court was told that when charged, he "
     "replied: \"I am totally innocent of all charges and you know it.\"",
     "Allsopp"),
    # The Telegraph (METER, thomas351): whom "he" addresses is not "he" ("He told Roberts:").
    ("Roberts nodded as Mr Justice Smedley passed a life sentence yesterday. He told Roberts: \"You have been "
     "found guilty by the jury of strangling to death a young boy of 12.\"",
     "Smedley"),
])
def test_he_or_she_is_the_subject_before_the_quote_not_the_last_name(text: str, speaker: str) -> None:
    text = "Kevan Roberts said he had never harmed the boy.\n\n" + text  # the defendant, a known speaker
    quotes = [q for q in _quotes(text) if len(q.text.split()) > 6]
    assert quotes[-1].speaker is not None and quotes[-1].speaker.endswith(speaker)


@pytest.mark.parametrize(("text", "speakers"), [
    # The Times (METER, lynx243): the woman who survived the canal speaks; the rapist named before was "He".
    ("Clive Barwell, 42, a father of four, would lie in wait for the women in car parks. He would bind them before "
     "driving them off.\n\nIn January 1983 he left a 26-year-old mother to die in a canal in Leeds.\n\n"
     'She said: "Not a day goes by without me thinking of it. In winter I remember about it most."',
     [None]),
    # The Express (METER, bondi103): the quote in the next paragraph is still the girlfriend's, not her late
    # fiance's, though he ("Mr Hagland") is the sentence's subject.
    ("Brian Hagland, 28, was strangled three years ago.\n\nMr Hagland's girlfriend Connie Casey, 27, said she was "
     'upset. Fighting back tears, she added: "I have struggled for nearly three years to reach this point."\n\n'
     '"I had hoped with my evidence that we would get murder or at least manslaughter," she said.\n\n'
     "The couple had planned to emigrate, said Ms Casey.",
     ["Connie Casey", "Connie Casey"]),
    # The Times (METER, manslaughter107): the widow speaks, by her husband's surname.
    ("Judge George Bathurst-Norman said there was no excuse. Mr Lee had been taking a stroll beside the river.\n\n"
     "As Mr Lee's wife Nan-Joo tried to comfort her fatally injured husband, Tate continued to attack him.\n\n"
     "She later told police: \"I said, 'My husband is dying, please stop', but he went on kicking him.\"",
     ["Lee"]),
    # PA (METER, vagrants3): a titled woman ("Lady Kennedy") is a person the pronoun can point back to.
    ("Lord Bingham said the conviction was unsafe.\n\nLady Kennedy said two witnesses were part of a vagrant "
     "community.\n\nShe referred to the slippery quality of their evidence: \"Their consciousness of time is wholly "
     'unreliable and their memories are poor," she told the court.',
     ["Lady Kennedy"]),
    # A possessive opening the sentence is no subject ("After Barwell's arrest", METER's lynx252).
    ("Clive Barwell, 42, would lie in wait for the women in car parks.\n\nDetective Superintendent Max McLean "
     "led the inquiry.\n\nAfter Barwell's arrest, he said: \"It's amazing he didn't kill any of these women. It "
     'was only a matter of time."',
     ["Max McLean"]),
    # PA (METER, snooker5sub): the person the quote speaks of is not its speaker, though she is the one woman named.
    ("A Scotland Yard spokeswoman said no action would be taken against Miss Hendricks.\n\n"
     '"It is hoped that Joy Hendricks will return to normal duties as soon as possible," she said.',
     ["Scotland Yard"]),
])
def test_he_or_she_is_never_a_person_the_document_gives_the_other_sex(text: str, speakers: list) -> None:
    quotes = [q for q in _quotes(text) if len(q.text.split()) > 6]
    assert [q.speaker for q in quotes] == speakers


def test_the_same_pronoun_in_the_next_quote_is_the_same_speaker() -> None:
    # PA (METER, head1), as the wire wrote it: "he told the court", then "he added" in the next paragraph, is the
    # headmaster both times; nobody is named between the two quotes (the second had no speaker).
    quotes = _quotes("\n\n".join([
        "David Cassell, 56, was alleged to have assaulted two boys and two girls at St Michaels Preparatory School in "
        "Tawstock, near Barnstaple, Devon, between 1977 and 1982.",
        "The first offences allegedly involved a nine-year-old girl who was assaulted once a month for two years, "
        "Bournemouth Crown Court heard.",
        "The second victim was said to have been assaulted during a school trip to watch Somerset play cricket in "
        "1978 when he was 11.",
        "After deliberating for more than 11 hours, a jury of seven women and five men acquitted Cassell of five "
        "indecency and indecent assault charges.",
        "The defendant still faces five further sexual abuse charges relating to a second girl and an 11-year-old "
        "boy who was said to be so upset by what happened that he ran away from the school.",
        "Cassell, who is no longer in charge of the school but still lives in the area, denied the allegations, "
        "saying he was ``amazed and flabbergasted'' at what had been suggested by the former pupils.",
        "``I could not believe what I was hearing, because the events did not occur. It has all come as a complete "
        "shock - it is hard to get it into one's head to be honest,'' he told the court.",
        "``It is a possibility they have got together and made these allegations up between them to get back at me "
        "in some way,'' he added."]))
    assert [q.speaker for q in quotes if len(q.text.split()) > 6] == ["David Cassell", "David Cassell"]


def test_a_cross_examination_reported_turn_by_turn_gives_each_question_to_the_counsel() -> None:
    # The Times and the Mail (METER, hamilton345, hamilton661): the name after a question introduces the answer
    # ("Mr Hamilton said: ..."); it is not the question's tag.
    quotes = _quotes(
        'Mr Carman went on: "And since when did a select committee make findings that he would be suspended?" '
        'Mr Hamilton said: "Well, he was subject to a very great deal of criticism."\n\n'
        "Mr Browne said: 'Are you trying, by dragging in these references to Lord Archer and Mr Aitken, to taint "
        "Mr Hamilton? Is that what you are doing?' Mr Al Fayed responded: 'It is just to show the quality of the "
        "people.'")
    assert [q.speaker for q in quotes] == ["Mr Carman", "Mr Hamilton", "Mr Browne", "Al Fayed"]
    # A tag between the two halves of one speaker's words still gives both to the speaker.
    quotes = _quotes('"We are firmly preparing for the visit," Motegi said: "the date is not fixed yet."')
    assert {q.speaker for q in quotes} == {"Motegi"}


def test_the_he_in_the_is_no_speaker_unless_the_word_after_it_is_a_person() -> None:
    # A fact-checker's trial (METER, shotgun1sub): "The court was told she cradled him ... saying:" read "he" in
    # "The" and gave the widow's words to the judge named before.
    quotes = _quotes("Mr Justice Blofeld jailed Littlebury for life.\n\nMrs Tomkins arrived back at the house to "
                     "find her husband lying in the street.\n\nThe court was told she cradled him in her arms "
                     "saying: \"I love you, I love you, please stay with me.\"")
    assert [q.speaker for q in quotes] == [None]
    # "the airline said" is nobody named; a later tag in the sentence still is, and so is the sentence's subject.
    assert [q.speaker for q in _quotes(
        "Thomas Allsopp, 45, denied murder.\n\nAllsopp did not speak, but the court was told that when charged, he "
        'replied: "I am totally innocent of all charges and you know it."')] == ["Allsopp"]
    assert [q.speaker for q in _quotes(
        'Health Secretary Frank Dobson welcomed the judgment and said it would "safeguard tens of thousands of '
        'elderly and vulnerable people".')] == ["Frank Dobson"]
    # "the consultant anaesthetist added" still stands for the man the paragraph is about.
    assert [q.speaker for q in _quotes(
        "Tearful Dr Stephen Bolsin said he wanted the parents to know.\n\nHead bowed, the consultant anaesthetist "
        'added: "I am sorry for what happened to them and to their children."')] == ["Stephen Bolsin"]


def test_a_tag_after_a_quote_a_colon_introduced_is_the_next_quotes() -> None:
    # A fact-checker's trial (METER, care126_guardian): the Help the Aged spokeswoman's words went to the nurses'
    # leader, whose tag after them introduces her own quote.
    quotes = _quotes('A spokeswoman for Help the Aged said: "Older people are caught in the middle. The muddled mess '
                     'continues", Christine Hancock, general secretary of the Royal College of Nursing, said: "The '
                     'simplest and fairest solution would be free care for all of them."')
    assert [q.speaker for q in quotes] == ["Help the Aged", "Christine Hancock"]
    # Counsel telling the court what someone was heard singing is not the singer (METER, pancake1).
    quotes = _quotes("John McKay, 61, denies contaminating goods.\n\nPaul Sloan, prosecuting, told the court that "
                     "the 61-year-old was heard singing ``Findus pancakes are class, because they are full of glass'' "
                     "by colleagues.")
    assert [q.speaker for q in quotes] == [None]
    # ... and a paper quoting the song itself, given to the singer, gives counsel's words to nobody else.
    source = ("John McKay, 61, denies contaminating goods.\n\nMr Sloan added: ``After the first complaints rumours "
              "started. The accused was heard to sing a little ditty `Findus crispy pancakes are class, because they "
              "are full of glass,' which he later denied.''\n")
    target = ("John McKay, 61, denies contaminating goods.\n\nJohn McKay was heard singing: \"Findus crispy "
              'pancakes are class, because they are full of glass."\n')
    q = _pair_quote(source, target, "Findus")
    assert q["source_speaker"] == "Mr Sloan" and q["speaker"] == "John McKay" and q["speaker_changed"] is False, q


def test_a_place_in_apposition_is_not_the_speaker() -> None:
    # A new user's trial (METER, bondi69_sun): "North London" read as a titled name and was given the quote.
    for text, speaker in [
        ('Connie Casey, 27, of Cricklewood, North London, said: "He was a lovely man who never hurt anyone."',
         "Connie Casey"),
        ('Her friend Connie, of Cricklewood, North London, added: "He was a lovely man who never hurt anyone."',
         "Connie"),
    ]:
        assert [q.speaker for q in _quotes(text)] == [speaker]


def test_the_end_of_an_address_is_not_the_speaker() -> None:
    # A researcher's trial (METER, shotgun1sub): "Fairholm Crescent" was the speaker of a quote its resident gave;
    # and "Lauderdale" of "in Fort Lauderdale" spoke for the mother named after it (boat293_times).
    quotes = _quotes('Jones, of Maple Crescent, Rothwell, West Yorkshire, who lived alone, was said to have grown '
                     'obsessed with her and described them "as two halves of a whole".')
    assert [q.speaker for q in quotes] == [None]
    quotes = _quotes('After the sentencing at the district court in Fort Myers, the pilot\'s sister, Anne Hollis, 44, '
                     'said from her home in Leeds: "It is a relief. We can sleep again."')
    assert [q.speaker for q in quotes] == ["Anne Hollis"]
    # A titled name after an address in apposition still speaks.
    quotes = _quotes('Jailing Smith, of Hampton, south-west London, Judge Michael Hyam said he was "without pity or '
                     'remorse of any kind".')
    assert [q.speaker for q in quotes] == ["Michael Hyam"]


def test_a_place_before_he_said_is_not_the_speaker() -> None:
    # The Mail and PA (METER, hamilton421, hamilton1sub): "..., he said:" after a place names the place's clause,
    # not who speaks ("Ritz Hotel In Paris" and "Law Courts" were speakers).
    quotes = _quotes("Brian Dodd, a former bodyguard, gave evidence for Mr Hamilton.\n\nAsked about the stay at the "
                     "Ritz Hotel In Paris, he said: 'I can understand Mr Hamilton's problem. One of the rooms cost "
                     "3,000 pounds a night.'\n\nFrom the witness box at London's Law Courts, he told the jury: 'I "
                     "have told you before I am a bodyguard who has lost his job.'")
    assert [q.speaker for q in quotes] == ["Brian Dodd", "Brian Dodd"]


def test_a_possessive_in_the_sentence_before_the_quote_is_who_she_is() -> None:
    # Seed 002: the quote's paragraph names only Takaichi, in a possessive; "she" went to Trump, quoted two
    # paragraphs up. A possessive in the tag's own sentence still owns something ("Asked about Mr Al Fayed's Ritz
    # Hotel, he said").
    lines = next(SEEDS.glob("002_*.txt")).read_text(encoding="utf-8").splitlines()
    quotes = _quotes("\n\n".join(lines[:5]))
    assert [q.speaker for q in quotes] == ["Donald Trump", "Sanae Takaichi"]
    quotes = _quotes("Neil Hamilton gave evidence on Monday.\n\nAsked about Mr Al Fayed's Ritz Hotel, he said: 'I "
                     "can understand the problem. One of the rooms cost 3,000 pounds a night.'")
    assert [q.speaker for q in quotes] == ["Neil Hamilton"]


@pytest.mark.parametrize(("text", "speaker"), [
    # Someone else "he" or "she" could be stands in the sentence before the pronoun: it says nothing of the
    # subject's sex, so the subject still speaks.
    ("Jane Brown questioned Evans for more than an hour on Monday. He had denied the charge.\n\n"
     '"He was not telling the truth about this at all," she told the jury.', "Jane Brown"),
    ("Sarah Collins sat with her son in court. He wept as the verdict was read.\n\n"
     '"We are so glad this is finally over for the family," she said.', "Sarah Collins"),
    ("Mark Evans, 40, strangled his wife at their home. She had tried to leave him.\n\n"
     '"I did not mean to hurt her at all that night," he told police.', "Mark Evans"),
    ("Tony Blair met the Queen at the palace on Monday. Her speech was short.\n\n"
     '"We had a very good meeting today at the palace," he said.', "Tony Blair"),
    # A person named between two quotes given by "he" takes the second, whatever the quote marks.
    ('Chris Brown runs the shop in the town.\n\n"We will keep going with this business," he said. Alan Green said: '
     '"That is simply not true at all."\n\n"It is a hard time for all of us here," he said.', "Alan Green"),
    # A surname inside a longer word of the quote is not the person named in it.
    ('The club was run for years by Mr Gordon Hill.\n\n"Hillsborough was a terrible day for all of us," he said.',
     "Gordon Hill"),
])
def test_he_or_she_keeps_the_right_speaker_where_the_evidence_is_weak(text: str, speaker: str) -> None:
    assert _quotes(text)[-1].speaker == speaker


def test_two_people_of_one_surname_keep_their_own_names() -> None:
    # METER (the Hamilton libel trial, the Mail): the fullest name for a surname is no other person's name with
    # another first name ("Neil Hamilton" is not "Christine Hamilton", "Mr Al Fayed" not his son "Dodi Fayed").
    quotes = _quotes('Neil Hamilton said: "I have never taken a penny in cash from anybody at all."\n\n'
                     'Christine Hamilton said: "We will fight on until the whole truth is known."\n\n'
                     "Mr Al Fayed's son Dodi Fayed died in Paris.\n\n"
                     'Mr Al Fayed said: "I have the right to believe everything I have been told."')
    assert [q.speaker for q in quotes] == ["Neil Hamilton", "Christine Hamilton", "Al Fayed"]


def test_a_headline_in_capitals_is_no_speaker() -> None:
    # PA (METER, doctor1): "He explained" has nobody to point back to but the headline's capitals.
    quotes = _quotes("GP TRIAL: RELATIVES TELL OF GUILTY FEELINGS\n\nHer daughter Jacqueline Gee told the court "
                     "her mother had suffered from only mild blood pressure. Mrs Gee was upset.\n\n"
                     'He explained that he could tell the cause of death "from the way she was lying on the bed".')
    assert [q.speaker for q in quotes] == [None]


def test_a_couple_speaking_together_is_the_couple() -> None:
    text = ("Thomas's parents, Carol and John Marshall, were in court.\n\n"
            "\"No-one who knew him would recognise the boy described as our Thomas,\" said Mr and Mrs Marshall.")
    assert [q.speaker for q in _quotes(text)] == ["Mr and Mrs Marshall"]


def _story_and_rival(story: list[str], quote: str) -> dict:
    """The pair report of a story against a rival that copies it with its second sentence's quote replaced by
    `quote`."""
    rival = [*story[:1], story[1].replace("This job is terrible.", quote), *story[2:]]
    return compare(Document.from_text("\n\n".join(story), id="ours"), Document.from_text("\n\n".join(rival),
                   id="rival"), options=CompareOptions(findings=True)).to_dict()


def test_a_misquote_inside_a_copied_sentence_is_an_altered_quote() -> None:
    # A standards-editor trial: the copied sentence's quote "This job is terrible" became "This job is killing me";
    # too few words in common for the quote matcher, it was one quote new and another dropped.
    story = ["Mrs Cross, 44, told the tribunal her husband had changed after his promotion in the spring.",
             "Mrs Cross said he told her when he came home that night: \"This job is terrible.\"",
             "He went off sick for a month soon afterwards and was prescribed tranquillisers by his doctor.",
             "The tribunal was adjourned until tomorrow when the council is expected to give evidence."]
    report = _story_and_rival(story, "This job is killing me.")
    assert report["target_sentences"][1]["label"] == "verbatim"
    [quote] = report["quotes"]
    assert (quote["status"], quote["source_text"], quote["text"]) == (
        "altered", "This job is terrible.", "This job is killing me.")


def test_a_quote_spelt_the_american_way_is_the_same_quote() -> None:
    # A trial: "We apologised ... the organisers" reprinted as "We apologized ... the organizers" was an altered
    # quote (0.85), though -our, -re and defence/defense were already the same words.
    uk = 'The club said: "We apologised at once to the organisers and we are realising how serious it was."'
    us = 'The club said: "We apologized at once to the organizers and we are realizing how serious it was."'
    from diffsrc.pair.findings.quotes import match_quotes

    [entry] = match_quotes(_quotes(uk), _quotes(us))
    assert entry["status"] == "exact"


@pytest.mark.parametrize("line", ["Additional reporting: Daily Chronicle", "Additional reporting by Daily Chronicle",
                                  "Reporting: The Daily Chronicle"])
def test_a_contributor_line_with_a_colon_credits_the_outlet(line: str) -> None:
    # A trial: "Additional reporting: Daily Chronicle" was no credit, "Additional reporting by ..." was.
    text = "A civil servant shot himself after complaining that his job had become terrible.\n\n" + line
    assert find_attribution(text, None, "The Daily Chronicle")["credited"] is True


def test_a_copied_sentences_quote_sharing_no_word_with_the_sources_is_not_its_rendering() -> None:
    # METER as a corpus: quotes cut at the wrong mark ("the judge said at the high court in London.") were paired,
    # as "altered" (similarity 0.006), with whatever quote a copied sentence held.
    story = ["Mrs Cross, 44, told the tribunal her husband had changed after his promotion in the spring.",
             "Mrs Cross said that when he came home late from the office one night in March he told her, in front of "
             "their two children: \"This job is terrible.\"",
             "He went off sick for a month soon afterwards and was prescribed tranquillisers by his doctor."]
    report = _story_and_rival(story, "Nobody there ever listens.")
    assert report["target_sentences"][1]["label"] == "verbatim"
    assert sorted(q["status"] for q in report["quotes"]) == ["dropped", "new"]


def test_a_sentences_opening_word_is_not_part_of_the_speakers_name() -> None:
    # METER as a corpus: speakers named "Later Mr Jones", "Then" ... as the capitalised word opening the sentence.
    text = ("Kevan Roberts was arrested later that week at his home in Eccles.\n\n"
            "Later Mr Roberts said: \"I did not do it, I was at home all night with my mother.\"")
    [quote] = _quotes(text)
    assert quote.speaker is not None and not quote.speaker.startswith("Later")
    assert quote.speaker.endswith("Roberts")
    # A first name that is also a word stays: "Bill Goreham said".
    [quote] = _quotes("Police had to bill the council for the overtime.\n\n"
                      "Bill Goreham said: \"There were thousands and thousands of these necklaces in the shops.\"")
    assert quote.speaker == "Bill Goreham"


@pytest.mark.parametrize(("sentence", "speaker"), [
    # METER as a corpus: "London", "St Mawes", "Sentencing Hobbs", "Tuesday Mr Hamilton" and "Mr" were speakers,
    # and gave "speaker changed" flags against the person each paper named.
    ('The Recorder of London, Judge Michael Hyam, told him: "You are without pity or remorse, and you will be '
     'kept in prison for a very long time."', "Michael Hyam"),
    ('Writing from his home near St Mawes, Cornwall, Mr Prankerd, 63, said: "The facts remain that the human '
     'misery will not simply float away on the tide."', "Mr Prankerd"),
    ('Sentencing Hobbs, who had refused to undergo psychiatric analysis at the hospital, the judge said: "Your '
     'conduct was extremely wicked and your behaviour extremely callous."', "judge"),
    # A transcript's turn, as PA files a cross-examination: not "Mr" alone.
    ('Mr Hamilton: "So far as possible, it is true that I took the money from him."', "Mr Hamilton"),
    ('On Tuesday Mr Hamilton said: "I did not take cash for questions from anyone at any time, not ever."',
     "Mr Hamilton"),
    # A clause with a colon after the name and its title in apposition (METER, hamilton665): not "Mr Justice".
    ('The judge, Mr Justice Morland, interposed: "The jury are fully aware that the Archer case has nothing to do '
     'with this one."', "Mr Justice Morland"),
    ('Tearful Dr Stephen Bolsin said: "I had no choice but to speak out about the deaths of the babies in our '
     'care."', "Stephen Bolsin"),
    # A first name that looks like a participle is still one.
    ('Channing Tatum said: "I was not there at the time of the attack on the street outside the club."',
     "Channing Tatum"),
])
def test_where_a_sentence_names_its_speaker_among_places_times_and_descriptions(sentence, speaker) -> None:
    [quote] = _quotes("The case was heard at the Old Bailey before sentencing later this month.\n\n" + sentence)
    assert quote.speaker == speaker


def test_a_common_word_opening_the_sentence_is_no_speaker() -> None:
    # METER as a corpus: "Workmates said" gave the quote to "Workmates", a speaker change from a named person.
    text = ("His workmates at the depot had noticed the change in him over the summer.\n\n"
            "Workmates said: \"He was never the same man after the accident in the yard last year.\"")
    [quote] = _quotes(text)
    assert quote.speaker is None


def test_a_quote_run_on_into_the_next_one_and_cut_is_altered_against_both_and_drops_neither() -> None:
    # A web-archive researcher's trial (METER's pensioners story): the paper ran the judge's quote on into the first
    # clause of her next one and stopped there; the next quote was listed as "dropped" although its words were in
    # the paper, and the run-on words showed as new.
    source = ("Two builders who conned pensioners were jailed by a judge yesterday.\n\n"
              '"These were despicable offences. You targeted elderly, vulnerable victims and cold-called them," '
              "Mrs Justice Smith told them.\n\n"
              '"The distress and suffering which you have caused is immeasurable and society expects there will be '
              'severe punishment," she said.\n')
    target = ("Two builders who conned pensioners were jailed by a judge yesterday.\n\n"
              'Mrs Justice Smith told them: "These were despicable offences. You targeted elderly, vulnerable victims '
              'and cold-called them. The distress and suffering which you have caused is immeasurable."\n')
    quotes = _pair_report(source, target)["quotes"]
    assert [q["status"] for q in quotes] == ["altered"]
    assert "society expects" in quotes[0]["source_text"]
    assert [(e["op"], e["target"]) for e in quotes[0]["diff"] if e["op"] != "equal"] == [("delete", "")]


def test_a_tag_naming_both_people_the_other_way_round_is_a_speaker_change() -> None:
    # A re-test: '"...," Pike told Smith' against '"...," Smith told Pike' was no speaker change: each text names the
    # other's speaker beside the quote (as a witness reporting a defendant's words does), which excused it. A tag
    # with the two people of one exchange named both ways round is a change of who said it.
    source = ("Murder trial\n\nDarren Pike, 34, and Lee Smith, 29, deny murder.\n\n"
              "\"You are going to pay for this tonight,\" Pike told Smith outside the pub.\n\nThe trial continues.\n")
    swapped = source.replace("Pike told Smith", "Smith told Pike")
    report = _pair_report(source, swapped)
    assert [(q["speaker"], q["source_speaker"], q["speaker_changed"]) for q in report["quotes"]] == [
        ("Lee Smith", "Darren Pike", True)]
    report = _pair_report(source, source.replace("outside the pub", "outside the Red Lion pub"))
    assert [(q["speaker"], q["speaker_changed"]) for q in report["quotes"]] == [("Darren Pike", False)]


def test_clauses_reordered_with_their_figures_and_places_are_no_change_but_swapped_figures_are() -> None:
    # A third re-test: "by 5% in Wales and by 3% in Scotland" given the other way round was two swapped figures: the
    # place after each figure, a capitalised word, did not place it. It does now, as a range's does.
    source = "Prices\n\nPrices rose by 5% in Wales and by 3% in Scotland last year, the ONS said on Tuesday.\n"
    assert _report_facts(source, source.replace("5% in Wales and by 3% in Scotland",
                                                "3% in Scotland and by 5% in Wales")) == []
    assert _report_facts(source, source.replace("5% in March and", "").replace(
        "5% in Wales and by 3% in Scotland", "3% in Wales and by 5% in Scotland")) == [
        ("percent", "5%", "3%"), ("percent", "3%", "5%")]
    months = "Jobs\n\nUnemployment fell by 20,000 in March and by 15,000 in April, the figures showed on Wednesday.\n"
    assert _report_facts(months, months.replace("20,000 in March and by 15,000 in April",
                                                "15,000 in April and by 20,000 in March")) == []


@pytest.mark.parametrize(("source", "target", "changes"), [
    # A fact-checker's trial on SPARK dev's US stories: AP style abbreviates a state after its city.
    ("The calls have originated from around the area of Annapolis, Maryland.",
     "The calls have originated from around the area of Annapolis, Md.", []),
    ("A former employee at the branch in New Lisbon, New Jersey, gave him the orders.",
     "A former employee at the branch in New Lisbon, N.J., gave him the orders.", []),
    ("The calls have originated from around the area of Annapolis, Maryland.",
     "The calls have originated from around the area of Annapolis, Va.", [("Maryland", "Va")]),
    # "LA" is Los Angeles, not Louisiana's "La.".
    ("He moved to Los Angeles last year.", "He moved to LA last year.", []),
])
def test_a_us_state_as_ap_style_abbreviates_it_is_the_same_place(source: str, target: str, changes: list) -> None:
    assert changed_entities(source, target) == changes


@pytest.mark.parametrize(("source", "target", "changes"), [
    # A fact-checker's trial on SPARK dev's US stories: an office changed before the same name.
    ("More recently, however, Bezos donated $2,700 this past September to Rep. Jason Chaffetz, R-Utah.",
     "More recently, however, Bezos donated $2,700 this past September to Sen. Jason Chaffetz, R-Utah.",
     [("Rep Jason Chaffetz", "Sen Jason Chaffetz")]),
    ("He is in a tough race with Gov. Brian Schweitzer of Montana.",
     "He is in a tough race with Sen. Brian Schweitzer of Montana.",
     [("Gov Brian Schweitzer", "Sen Brian Schweitzer")]),
    ("He wrote to Rep. Jason Chaffetz about it.", "He wrote to Congressman Jason Chaffetz about it.", []),
    ("He wrote to Sen. Patty Murray about it.", "He wrote to Senator Patty Murray about it.", []),
])
def test_a_us_office_changed_before_the_same_name_is_a_changed_fact(source: str, target: str, changes: list) -> None:
    assert changed_entities(source, target) == changes


def test_a_party_changed_where_the_sentence_opens_is_a_changed_fact() -> None:
    # SPARK dev (AP, Trenton): a rewrite that makes the bill's Democratic sponsor a Republican.
    source = ("Democratic Assemblyman John Wisniewski said the legislation is aimed at discouraging distracted "
              "driving. He said the bill was not about coffee.")
    target = source.replace("Democratic", "Republican")
    report = compare(Document.from_text(source, id="s"), Document.from_text(target, id="t")).to_dict()
    assert [(f["source"], f["target"]) for f in report["facts"] if f["kind"] == "entity"] == [
        ("Democratic Assemblyman John Wisniewski", "Republican Assemblyman John Wisniewski")]
    same_party = source.replace("Democratic", "Democrat")
    report = compare(Document.from_text(source, id="s"), Document.from_text(same_party, id="t")).to_dict()
    assert [f for f in report["facts"] if f["kind"] == "entity"] == []


@pytest.mark.parametrize(("text", "speaker"), [
    # Indian copy's honorifics are titles, as "Mr" and "Mrs" are: the speaker is the person the document names in
    # full ("Shri Singh" was shown as the speaker, and compared as a name of its own).
    ("Defence Minister Rajnath Singh spoke in Lucknow.\n\n"
     '"We will give a befitting reply to anyone who disturbs peace on our borders," Shri Singh said.\n',
     "Rajnath Singh"),
    ('Union Finance Minister Smt Nirmala Sitharaman said, "The economy will grow by 7 per cent this year."\n',
     "Nirmala Sitharaman"),
])
def test_indian_honorifics_are_titles_of_the_speaker(text: str, speaker: str) -> None:
    assert [q.speaker for q in _quotes(text)] == [speaker]


def test_indian_honorifics_tell_the_speakers_sex() -> None:
    # "Smt Singh" is not "Shri Singh": a quote given by one to the other is given to another speaker.
    source = 'Shri Singh said, "We will give a befitting reply to anyone who disturbs the peace."\n'
    target = 'Smt Singh said, "We will give a befitting reply to anyone who disturbs the peace."\n'
    report = compare(Document.from_text(source, id="wire.txt"), Document.from_text(target, id="paper.txt")).to_dict()
    assert [q["speaker_changed"] for q in report["quotes"]] == [True]


def test_swaps_read_by_key_agree_with_reading_each_value_against_every_other():
    # A long line of figures took 115 s in `_swaps_of`, each value read against every other and every target
    # value; it reads each distinct (value, anchors) once now. On many small random lists of values and anchors,
    # both ways find the same swaps.
    import random as _random

    from diffsrc.pair.findings.facts import Fact, _swaps_of
    from diffsrc.text.lexicon import stopwords

    def reference(source, target, kind):
        stop = stopwords()

        def kept(value, anchors, k):
            return any(v == value and a[k] == anchors[k] for _, v, a in target)

        out, used = [], set()
        for s1, v1, a1 in source:
            for _, v2, a2 in source:
                if v2 == v1:
                    continue
                apart = [k for k in (0, 1) if a1[k] and a2[k] and a1[k] != a2[k]]
                if not apart or any(kept(v1, a1, k) or kept(v2, a2, k) for k in apart):
                    continue
                for k in apart:
                    if k == 0 and all(w in stop for w in (*a1[0], *a2[0])):
                        continue
                    t1 = next((t for t, v, a in target if v == v2 and a[k] == a1[k] and id(t) not in used), None)
                    if t1 is not None and any(v == v1 and a[k] == a2[k] for _, v, a in target):
                        out.append((s1, t1))
                        used.add(id(t1))
                        break
                else:
                    continue
                break
        return out

    rng = _random.Random(3)
    words = [("for",), ("jailed", "for"), ("banned", "for"), ("men",), ()]
    after = ["week", "month", "year", None]
    found = 0
    for _ in range(3000):
        def side(n):
            return [(Fact("number", float(v), str(v), i), float(v), (rng.choice(words), rng.choice(after)))
                    for i, v in enumerate(rng.choice((1, 2, 3)) for _ in range(n))]
        source, target = side(rng.randrange(1, 7)), side(rng.randrange(1, 7))
        expected = reference(source, target, "number")
        assert _swaps_of(source, target, "number") == expected, (source, target)
        found += bool(expected)
    assert found > 100  # the random lists hold swaps often enough to test something


@pytest.mark.parametrize(("source", "target", "expected"), [
    # A rate to four decimals was a grouped "1.083" and a "2" (3.083, or 1,085): "$1.0823" read 4.082 or 1,085, the
    # same 1,085, and the change went unseen.
    ("The euro was trading at $1.0832 after the results.", "The euro was at $1.0823.",
     [("money", "$1.0832", "$1.0823")]),
    ("The yuan was quoted at 7.1234 per dollar.", "The yuan was quoted at 7.1243 per dollar.",
     [("number", "7.1234", "7.1243")]),
    # ... and a rate rounded in the copy was a changed one (3.083 against 1.08).
    ("The euro was trading at $1.0832 after the results.", "The euro was at $1.08.", []),
    ("The yuan was quoted at 7.1234 per dollar.", "The yuan was quoted at 7.12 per dollar.", []),
])
def test_a_rate_to_four_decimals_is_one_figure(source: str, target: str, expected: list) -> None:
    assert [(s.kind, s.surface, t.surface) for s, t in changed_facts(source, target)] == expected


@pytest.mark.parametrize(("source", "target", "expected"), [
    # A markets desk's re-test: a London share price in pence given as pounds (a hundredfold slip) was no finding,
    # "3,942 pence" being a plain number and "£3,942" money; a thousand pence and more were no money either way.
    ("Shares rose 3.2 percent to 3,942 pence by 0920 GMT.", "Shares rose 3.2% to £3,942 by 0920 GMT.",
     [("money", "3,942 pence", "£3,942")]),
    ("Shares fell 3.2% to 142.50 pence.", "Shares fell 3.2% to £142.50.", [("money", "142.50 pence", "£142.50")]),
    ("Shares fell 3.2% to 142.50 pence.", "Shares fell 3.2% to 124.50p.", [("money", "142.50 pence", "124.50p")]),
    ("It earned 42 cents a share, beating forecasts.", "It earned $42 a share, beating forecasts.",
     [("money", "42 cents", "$42")]),
    # The same price in the copy's style is no change.
    ("Shares rose 3.2 percent to 3,942 pence by 0920 GMT.", "Shares rose 3.2% to 3,942p by 0920 GMT.", []),
    # A transport desk's trial: euro copy's cents ("0.175 euros" -> "17.5 cents" was a changed sum).
    ("It will pay a final dividend of 0.175 euros per share in September.",
     "It will pay a final dividend of 17.5 cents per share in September.", []),
    ("It will pay a final dividend of 0.175 euros per share in September.",
     "It will pay a final dividend of 15.5 cents per share in September.", [("money", "0.175 euros", "15.5 cents")]),
    ("Shares rose 3.2 percent to 3,942 pence by 0920 GMT.", "Shares rose 3.2% to £39.42 by 0920 GMT.", []),
    ("Shares were at 3942p in London.", "Shares were at 3,942 pence in London.", []),
    ("It earned 42 cents a share, beating forecasts.", "It earned $0.42 a share, beating forecasts.", []),
])
def test_pence_and_cents_are_money(source: str, target: str, expected: list) -> None:
    assert [(s.kind, s.surface, t.surface) for s, t in changed_facts(source, target)] == expected


@pytest.mark.parametrize(("source", "target", "expected"), [
    # A markets desk's re-test: basis points are hundredths of a percentage point. "25 basis points" as "0.25
    # percentage point" was a changed figure (25 -> 0.25), and "percentage point(s)" was never read as a rate.
    ("The Bank of England cut rates by 25 basis points to 5%.",
     "The Bank of England cut rates by 0.25 percentage point to 5%.", []),
    ("The yield rose 7bp to 4.12% on Friday.", "The yield rose 0.07 percentage points to 4.12% on Friday.", []),
    ("The Bank of England cut rates by a quarter point to 5%.",
     "The Bank of England cut rates by 25 basis points to 5%.", []),
    ("The Fed made a three-quarter-point increase in June.", "The Fed made a 75 basis point increase in June.", []),
    ("The Bank of England cut rates by 25 basis points to 5%.",
     "The Bank of England cut rates by 0.5 percentage point to 5%.",
     [("percent", "25 basis points", "0.5 percentage point")]),
    ("The Bank of England cut rates by a quarter point to 5%.",
     "The Bank of England cut rates by half a point to 5%.", [("percent", "quarter point", "half a point")]),
    ("Unemployment rose 0.2 percentage points to 4.3% in March.",
     "Unemployment rose 0.3 percentage points to 4.3% in March.",
     [("percent", "0.2 percentage points", "0.3 percentage points")]),
    ("Analysts expect a 0.5-percentage-point rise in May.", "Analysts expect a 0.75-percentage-point rise in May.",
     [("percent", "0.5-percentage-point", "0.75-percentage-point")]),
])
def test_basis_and_percentage_points_are_one_measure(source: str, target: str, expected: list) -> None:
    assert [(s.kind, s.surface, t.surface) for s, t in changed_facts(source, target)] == expected


@pytest.mark.parametrize(("source", "target", "changes"), [
    # A markets desk's re-test: a company office changed before the same name was no finding where the sentence
    # opens with it ("CFO" was one capitalised word the documents do not write inside a sentence).
    ("Chief Executive Hein Schumacher said the company would cut about 3,000 jobs in Europe.",
     "CFO Hein Schumacher said the company would cut about 3,000 jobs in Europe.",
     [("Chief Executive Hein Schumacher", "CFO Hein Schumacher")]),
    ("Chief Financial Officer Amy Hood said the company expected revenue of $60bn.",
     "CEO Amy Hood said the company expected revenue of $60bn.",
     [("Chief Financial Officer Amy Hood", "CEO Amy Hood")]),
    ("The company said Chairman Jon Smith backed the deal.",
     "The company said Chief Executive Jon Smith backed the deal.",
     [("Chairman Jon Smith", "Chief Executive Jon Smith")]),
    # One office written two ways is none.
    ("Chief Executive Hein Schumacher said the company would cut about 3,000 jobs in Europe.",
     "CEO Hein Schumacher said the company would cut about 3,000 jobs in Europe.", []),
    ("Chief Financial Officer Amy Hood said the company expected revenue of $60bn.",
     "CFO Amy Hood said the company expected revenue of $60bn.", []),
])
def test_a_company_office_changed_before_the_same_name_is_a_changed_fact(source: str, target: str,
                                                                          changes: list) -> None:
    assert changed_entities(source, target) == changes


@pytest.mark.parametrize(("source", "target", "expected"), [
    # A markets desk's re-test: a results story's quarter changed into "Q4" was no finding.
    ("Microsoft said its profit rose 27% in the third quarter of fiscal 2024.",
     "Microsoft said its profit rose 27% in Q4 of fiscal 2024.", [("date", "third quarter", "Q4")]),
    ("Third-quarter profit rose 27%, the company said on Tuesday.",
     "Second-quarter profit rose 27%, the company said on Tuesday.", [("date", "Third-quarter", "Second-quarter")]),
    # The same quarter in the copy's style is none.
    ("Profit rose 27% in the third quarter, the company said on Tuesday.",
     "Profit rose 27% in Q3, the company said on Tuesday.", []),
    ("Third-quarter profit rose 27%, the company said on Tuesday.", "Q3 profit rose 27%, the company said on Tuesday.",
     []),
])
def test_a_quarter_is_a_date(source: str, target: str, expected: list) -> None:
    assert [(s.kind, s.surface, t.surface) for s, t in changed_facts(source, target)] == expected


def test_a_figure_changed_beside_another_in_house_style_keeps_its_place() -> None:
    # A markets desk's re-test: "3.2 percent" written "3.2%" and "points" dropped took the place words the changed
    # price and index level had, and neither change was found.
    source = ("Shares in the consumer goods group rose 3.2 percent to 3,942 pence by 0920 GMT, making them the biggest "
              "gainers on the FTSE 100 index, which was up 0.4 percent at 7,712.3 points.")
    changed = ("Shares in the consumer goods group rose 3.2% to £3,942 by 0920 GMT, the biggest gainers on the FTSE "
               "100, which was up 0.4% at 7,721.3.")
    assert [(s.surface, t.surface) for s, t in changed_facts(source, changed)] == [
        ("3,942 pence", "£3,942"), ("7,712.3", "7,721.3")]
    kept = ("Shares in the consumer goods group rose 3.2% to 3,942p by 0920 GMT, the biggest gainers on the FTSE 100, "
            "which was up 0.4% at 7,712.3.")
    assert changed_facts(source, kept) == []


@pytest.mark.parametrize(("target", "expected"), [
    # A markets desk's re-test: a range with its multiplier written once was a changed sum, "$60.4 billion" ->
    # "$60.4", its high end no money at all.
    ("CFO Amy Hood said Microsoft expected revenue of $60.4-61.4bn in the current quarter.", []),
    ("CFO Amy Hood said Microsoft expected revenue of $60.4 to 61.4bn in the current quarter.", []),
    ("CFO Amy Hood said Microsoft expected revenue of $60.4-64.1bn in the current quarter.",
     [("money", "$61.4 billion", "64.1bn")]),
])
def test_a_money_range_with_one_multiplier_is_read_at_both_ends(target: str, expected: list) -> None:
    source = ("Chief Financial Officer Amy Hood said the company expected revenue of between $60.4 billion and $61.4 "
              "billion in the current quarter.")
    assert [(s.kind, s.surface, t.surface) for s, t in changed_facts(source, target)] == expected


@pytest.mark.parametrize(("target", "expected"), [
    # A markets desk's re-test: "fiscal 2024" -> "FY25" was no finding ("FY25" no fact at all).
    ("The company reported results for FY25 on Tuesday.", [("date", "2024", "FY25")]),
    ("The company reported results for FY24 on Tuesday.", []),
    ("The company reported results for FY2024 on Tuesday.", []),
])
def test_a_fiscal_year_shortened_is_a_year(target: str, expected: list) -> None:
    source = "The company reported results for fiscal 2024 on Tuesday."
    assert [(s.kind, s.surface, t.surface) for s, t in changed_facts(source, target)] == expected


@pytest.mark.parametrize(("source", "target", "changes"), [
    # A health desk's worst copy error is a dose's unit: "mg" for "mcg" is a thousandfold dose, the figure untouched.
    ("Patients received 10 mg of the drug once a week.", "Patients received 10 mcg of the drug once a week.",
     [("10 mg", "10 mcg")]),
    ("The jab is given as a single dose of 120 micrograms.", "The jab is given as a single dose of 120 milligrams.",
     [("120 micrograms", "120 milligrams")]),
    ("Adults should take 400mcg of folic acid a day.", "Adults should take 400mg of folic acid a day.",
     [("400mcg", "400mg")]),
    # (Findings show figures after NFKC normalisation, which writes the micro sign as the Greek mu.)
    ("The tablet holds 5 \u00b5g of the hormone.", "The tablet holds 5 mg of the hormone.", [("5 \u03bcg", "5 mg")]),
    # One unit written two ways is no change.
    ("Patients received 10 milligrams of the drug.", "Patients received 10mg of the drug.", []),
    ("The jab holds 120 micrograms of antigen.", "The jab holds 120mcg of antigen.", []),
    ("The jab holds 120 micrograms of antigen.", "The jab holds 120 µg of antigen.", []),
    ("Take 500mg of paracetamol.", "Take 500 mg of paracetamol.", []),
])
def test_a_dose_given_in_another_unit_is_a_changed_fact(source: str, target: str, changes: list) -> None:
    assert [(s.surface, t.surface) for s, t in changed_facts(source, target)] == changes


def test_a_dose_unit_changed_alone_is_found_through_compare() -> None:
    # The word diff's edit is "mg" -> "mcg", no digit in it: the group must still be read for facts.
    source = ("Patients received 10 mg of the drug, called obicetrapib, once a week under the skin.\n\n"
              "The study was funded by the company that makes the drug.")
    target = source.replace("10 mg", "10 mcg")
    report = compare(Document.from_text(source, id="s"), Document.from_text(target, id="t")).to_dict()
    assert [(f["kind"], f["source"], f["target"]) for f in report["facts"]] == [("number", "10 mg", "10 mcg")]


_WARMED = "The world has already warmed by {} since pre-industrial times, the WMO said."


@pytest.mark.parametrize(("source", "target", "changes"), [
    # A climate desk's figures are written against their unit: "1.2C" was read as no figure, so a warming changed
    # was no finding at all.
    (_WARMED.format("1.2C"), _WARMED.format("1.5C"), [("1.2C", "1.5C")]),
    (_WARMED.format("1.2C"), _WARMED.format("1.5°C"), [("1.2C", "1.5°C")]),
    (_WARMED.format("1.2C"), _WARMED.format("1.2F"), [("1.2C", "1.2F")]),
    (_WARMED.format("1.2C (2.2F)"), _WARMED.format("2.2C"), [("2.2F", "2.2C")]),
    # The scale written out measures what the glued letter does.
    (_WARMED.format("1.2C"), _WARMED.format("1.5 degrees Celsius"), [("1.2C", "1.5")]),
    ("CO2 levels reached 420ppm in May, the agency said.", "CO2 levels reached 410ppm in May, the agency said.",
     [("420ppm", "410ppm")]),
    ("CO2 levels reached 420 ppm in May, the agency said.", "CO2 levels reached 420 ppb in May, the agency said.",
     [("420 ppm", "420 ppb")]),
    # One value converted or written another way is none.
    (_WARMED.format("1.2C"), _WARMED.format("2.2F"), []),
    (_WARMED.format("1.2C"), _WARMED.format("1.2°C"), []),
    (_WARMED.format("1.2C"), _WARMED.format("1.2 degrees Celsius"), []),
    (_WARMED.format("1.2C"), _WARMED.format("1.2C (2.2F)"), []),
    (_WARMED.format("1.2C"), _WARMED.format("2.2 degrees Fahrenheit"), []),
    ("CO2 levels reached 420ppm in May, the agency said.",
     "CO2 levels reached 420 parts per million in May, the agency said.", []),
])
def test_a_temperature_or_concentration_changed_is_a_changed_fact(source: str, target: str, changes: list) -> None:
    report = compare(Document.from_text(source, id="s"), Document.from_text(target, id="t")).to_dict()
    assert [(f["source"], f["target"]) for f in report["facts"]] == changes


@pytest.mark.parametrize(("source", "target", "changes"), [
    # The unit's word is the whole edit, no digit in it: the group was never read for facts through `compare`.
    ("Ice cover in September 2022 was 4.87 million square kilometres, the agency said.",
     "Ice cover in September 2022 was 4.87 million square miles, the agency said.",
     [("4.87 million square kilometres", "4.87 million square miles")]),
    ("The fire has burned 12,000 acres so far, officials said.",
     "The fire has burned 12,000 hectares so far, officials said.", [("12,000 acres", "12,000 hectares")]),
    ("The storm travelled 48 kilometres inland on Tuesday.", "The storm travelled 48 km inland on Tuesday.", []),
])
def test_a_unit_written_out_and_changed_alone_is_found_through_compare(source: str, target: str,
                                                                       changes: list) -> None:
    report = compare(Document.from_text(source, id="s"), Document.from_text(target, id="t")).to_dict()
    assert [(f["source"], f["target"]) for f in report["facts"]] == changes


_PHONE = "The phone comes with {} of storage as standard, Apple said on Monday."


@pytest.mark.parametrize(("source", "target", "changes"), [
    # A tech desk's trial: a figure written against its unit ("256GB", "120Hz", "4.05GHz") was no figure at all,
    # so a storage, refresh rate or clock speed changed in a reprint was no finding.
    (_PHONE.format("256GB"), _PHONE.format("512GB"), [("256GB", "512GB")]),
    (_PHONE.format("256GB"), _PHONE.format("256TB"), [("256GB", "256TB")]),
    # The unit edited alone, no digit in the edit: the group must still be read for facts.
    (_PHONE.format("256 GB"), _PHONE.format("256 TB"), [("256 GB", "256 TB")]),
    ("It has a 120Hz display and a chip that runs at up to 4.05GHz, the company said.",
     "It has a 90Hz display and a chip that runs at up to 3.2GHz, the company said.",
     [("120Hz", "90Hz"), ("4.05GHz", "3.2GHz")]),
    ("The handset works on 5G networks, the company said.", "The handset works on 4G networks, the company said.",
     [("5G", "4G")]),
    ("The set records 4K video, the company said.", "The set records 8K video, the company said.", [("4K", "8K")]),
    # One figure in one unit written with or without a space is no change.
    (_PHONE.format("256GB"), _PHONE.format("256 GB"), []),
    ("It has a 120Hz display and a chip that runs at up to 4.05GHz, the company said.",
     "It has a 120 Hz display and a chip that runs at up to 4.05 GHz, the company said.", []),
])
def test_a_storage_or_speed_changed_is_a_changed_fact(source: str, target: str, changes: list) -> None:
    report = compare(Document.from_text(source, id="s"), Document.from_text(target, id="t")).to_dict()
    assert [(f["source"], f["target"]) for f in report["facts"]] == changes


_RIVAL = "Samsung, Apple's main rival, launched its {} in January with Google's Gemini AI model built in."


@pytest.mark.parametrize(("target", "changes"), [
    # A tech desk's trial: a phone put for another was no finding, "Pixel 9" and "iPhone 16" being no names (a
    # model number closing them, a capital inside the word).
    (_RIVAL.format("Pixel 9"), [("Galaxy S24", "Pixel 9")]),
    (_RIVAL.format("iPhone 16"), [("Galaxy S24", "iPhone 16")]),
    (_RIVAL.format("Galaxy S25"), [("Galaxy S24", "Galaxy S25")]),
    (_RIVAL.format("Galaxy S24"), []),
])
def test_a_product_put_for_another_is_a_changed_name(target: str, changes: list) -> None:
    source = _RIVAL.format("Galaxy S24")
    report = compare(Document.from_text(source, id="s"), Document.from_text(target, id="t")).to_dict()
    assert [(f["source"], f["target"]) for f in report["facts"]] == changes


def test_a_model_number_changed_alone_is_one_changed_number() -> None:
    source = "The phone comes with twice the storage of last year's iPhone 15 Pro, Apple said on Monday."
    target = source.replace("iPhone 15", "iPhone 14")
    report = compare(Document.from_text(source, id="s"), Document.from_text(target, id="t")).to_dict()
    assert [(f["kind"], f["source"], f["target"]) for f in report["facts"]] == [("number", "15", "14")]


@pytest.mark.parametrize(("source", "target", "changes"), [
    # A tech desk's re-test: a version of three parts has two decimal points and was read as no figure at all.
    ("Apple released iOS 18.2.1 on Tuesday, fixing several bugs.",
     "Apple released iOS 18.3.1 on Tuesday, fixing several bugs.", [("number", "18.2.1", "18.3.1")]),
    ("The update moves Chrome to version 120.0.6099.109, Google said.",
     "The update moves Chrome to version 120.0.6099.110, Google said.",
     [("number", "120.0.6099.109", "120.0.6099.110")]),
    # A point release against its figure of two parts: 18.2 was a quantity and paired with nothing.
    ("Apple released iOS 18.2 on Tuesday, fixing several bugs.",
     "Apple released iOS 18.2.1 on Tuesday, fixing several bugs.", [("number", "18.2", "18.2.1")]),
    ("Apple released iOS 18.2 on Tuesday, fixing several bugs.",
     "Apple released iOS 18.2.0 on Tuesday, fixing several bugs.", []),
    # Release codes and model names: "24H2" (a figure first) was no name, and "GPT-4" was still inside "GPT-4o".
    ("Microsoft began rolling out Windows 11 24H2 to all users on Tuesday.",
     "Microsoft began rolling out Windows 11 23H2 to all users on Tuesday.",
     [("entity", "Windows 11 24H2", "Windows 11 23H2")]),
    ("OpenAI said GPT-4o would be available to free users from Monday.",
     "OpenAI said GPT-4 would be available to free users from Monday.", [("entity", "GPT-4o", "GPT-4")]),
    ("Samsung said the Galaxy S24 Ultra would cost $1,299 in the US.",
     "Samsung said the Galaxy S23 Ultra would cost $1,299 in the US.",
     [("entity", "Galaxy S24 Ultra", "Galaxy S23 Ultra")]),
    ("The new MacBook Pro runs on the M3 Pro chip, Apple said.",
     "The new MacBook Pro runs on the M2 Pro chip, Apple said.", [("entity", "M3 Pro", "M2 Pro")]),
    # A name restyled, a number grouped by points, a date written with them, and a code moved are no change.
    ("Apple released iOS 18 on Monday, the company said.", "Apple released iOS18 on Monday, the company said.", []),
    ("OpenAI said GPT-4o would be available to free users from Monday.",
     "OpenAI said GPT4o would be available to free users from Monday.", []),
    ("Rund 1.500.000 Menschen kamen am 12.03.2024 nach Berlin.",
     "Rund 1.500.000 Menschen kamen am 12.3.2024 nach Berlin.", []),
    ("The H100 is faster than the A100, Nvidia said.", "The A100 is slower than the H100, Nvidia said.", []),
    # A model's name shortened to its letters: "PS5" is the "PlayStation 5", the "PlayStation 4" another console.
    ("Sony sold 1.2 million PS5 consoles in the quarter.",
     "Sony sold 1.2 million PlayStation 5 consoles in the quarter.", []),
    ("Sony sold 1.2 million PS5 consoles in the quarter.",
     "Sony sold 1.2 million PlayStation 4 consoles in the quarter.", [("entity", "PS5", "PlayStation 4")]),
])
def test_a_version_or_model_code_changed_is_a_changed_fact(source: str, target: str, changes: list) -> None:
    report = compare(Document.from_text(source, id="s"), Document.from_text(target, id="t")).to_dict()
    assert [(f["kind"], f["source"], f["target"]) for f in report["facts"]] == changes


_RELEASED = "OpenAI released {} to all users on Thursday, the company said."


@pytest.mark.parametrize(("source", "target", "changes"), [
    # A fact-checker's re-test: a model code in lowercase was no name, so "o1" -> "o3" was no finding.
    (_RELEASED.format("o1"), _RELEASED.format("o3"), [("entity", "o1", "o3")]),
    (_RELEASED.format("o3-mini"), _RELEASED.format("o4-mini"), [("entity", "o3-mini", "o4-mini")]),
    (_RELEASED.format("claude-3-opus"), _RELEASED.format("claude-3-sonnet"),
     [("entity", "claude-3-opus", "claude-3-sonnet")]),
    # One model named two ways is no change.
    ("OpenAI released a model called o1 to all users.", "OpenAI released the o1 model to all users.", []),
    # A chip named with its family is shown whole: "9 285K" -> "7 265K" (or only "9" -> "7") said whose it was not.
    ("The laptop uses Intel's Core Ultra 9 285K chip, the company said.",
     "The laptop uses Intel's Core Ultra 7 265K chip, the company said.",
     [("entity", "Core Ultra 9 285K", "Core Ultra 7 265K")]),
    ("AMD's Ryzen 9 9950X will go on sale next month, the company said.",
     "AMD's Ryzen 7 9700X will go on sale next month, the company said.",
     [("entity", "Ryzen 9 9950X", "Ryzen 7 9700X")]),
    ("The PC has a Core i7 14700K processor and 32GB of memory.",
     "The PC has a Core i9 14900K processor and 32GB of memory.", [("entity", "Core i7 14700K", "Core i9 14900K")]),
    # A model's version and tier word both changed: "3.5" -> "3" left "Sonnet" -> "Opus" unsaid.
    ("Anthropic said Claude 3.5 Sonnet would be available in Europe.",
     "Anthropic said Claude 3 Opus would be available in Europe.", [("entity", "Claude 3.5 Sonnet", "Claude 3 Opus")]),
])
def test_a_lowercase_code_or_a_chip_in_its_family_changed_is_a_changed_name(source: str, target: str,
                                                                             changes: list) -> None:
    report = compare(Document.from_text(source, id="s"), Document.from_text(target, id="t")).to_dict()
    assert [(f["kind"], f["source"], f["target"]) for f in report["facts"]] == changes


_HEARING = "The hearing was held on {} in Berlin, the court said."


@pytest.mark.parametrize(("source", "target", "changes"), [
    # A fact-checker's re-test: a date written with points was no fact ("12.03.2024" -> "13.03.2024": no finding),
    # and an ISO date three numbers ("2024-03-12" -> "2024-03-13": a changed number).
    ("12.03.2024", "13.03.2024", [("date", "12.03.2024", "13.03.2024")]),
    ("12/03/2024", "13/03/2024", [("date", "12/03/2024", "13/03/2024")]),
    ("2024-03-12", "2024-03-13", [("date", "2024-03-12", "2024-03-13")]),
    # One date written another way is no change.
    ("12.03.2024", "12 March 2024", []),
    ("12.03.2024", "12/03/2024", []),
    ("2024-03-12", "12.03.2024", []),
    ("2024-03-12", "03/12/2024", []),
    ("2024-03-12", "12 March 2024", []),
    # A date in figures against one in words is another day where they differ, however the figures are written.
    ("12.03.2024", "13 March 2024", [("date", "12.03.2024", "13 March 2024")]),
    ("13 March 2024", "12/03/2024", [("date", "13 March 2024", "12/03/2024")]),
    ("12 March 2024", "12.03.2025", [("date", "12 March 2024", "12.03.2025")]),
    ("12.03.2024", "12 March", []),
    ("03/12/2024", "March 12, 2024", []),
    # A weekday shortened before its day is part of the date, no name ("Tues 12 Mar" -> "Wed 13 Mar" was both).
    ("Tues 12 Mar", "Wed 13 Mar", [("date", "12 Mar", "13 Mar")]),
    ("Tues 12 Mar", "Tuesday 12 March", []),
])
def test_a_date_in_figures_changed_is_one_date_changed(source: str, target: str, changes: list) -> None:
    report = compare(Document.from_text(_HEARING.format(source), id="s"),
                     Document.from_text(_HEARING.format(target), id="t")).to_dict()
    assert [(f["kind"], f["source"], f["target"]) for f in report["facts"]] == changes


@pytest.mark.parametrize(("source", "target", "changes"), [
    # An arts desk's re-test: a title after the noun that says what the work is, changed beside other words, was no
    # changed name ("Harbor Lights, reportedly lost" -> "Harbor Nights, lost": a hedge finding only).
    ("Blake, best known for the film Harbor Lights, reportedly lost two film roles after his arrest.",
     "Blake, best known for the film Harbor Nights, lost two film roles after his arrest.",
     [("entity", "Harbor Lights", "Harbor Nights")]),
    ("Her album Blue Static was released in 2019 and sold well.",
     "Her album Blue Statics, released in 2019, sold well.", [("entity", "Blue Static", "Blue Statics")]),
    ("The band will release the album Blue Static in May, its label said.",
     "The band will release the album Blue Statics in May, its label said.",
     [("entity", "Blue Static", "Blue Statics")]),
    # A report's title is shown whole, not its first word ("Fixing" -> "Building"), nor with the day after it.
    ("The report, Fixing the Foundations, was published on Monday by the Treasury.",
     "The report, Building the Foundations, was published on Monday by the Treasury.",
     [("entity", "Fixing the Foundations", "Building the Foundations")]),
    ("The Treasury published its report Fixing the Foundations on Monday.",
     "The Treasury published its report Building the Foundations on Monday.",
     [("entity", "Fixing the Foundations", "Building the Foundations")]),
    # A title restyled in quotes or italics, and a sentence trimmed, are no change.
    ("The band will release the album Blue Static in May, its label said.",
     'The band will release the album "Blue Static" in May, its label said.', []),
    ("The band will release the album Blue Static in May, its label said.",
     "The band will release the album *Blue Static* in May, its label said.", []),
    ("The band will release the album Blue Static in May, its label said.",
     "The band will release the album Blue Static in May.", []),
])
def test_a_title_after_its_work_noun_changed_is_a_changed_name(source: str, target: str, changes: list) -> None:
    report = compare(Document.from_text(source, id="s"), Document.from_text(target, id="t")).to_dict()
    assert [(f["kind"], f["source"], f["target"]) for f in report["facts"]] == changes


_KRW = "Samsung's operating profit rose to {} in the quarter."


@pytest.mark.parametrize(("source", "target", "changes"), [
    # A tech desk's re-test: won, Swiss francs, renminbi and Nordic crowns were no money, so a sum put in another
    # currency was no change ("CHF 1,299" -> "€1,299") and a sum changed was a bare number or a name ("RMB167.2").
    ("The laptop costs CHF 1,299 in Switzerland.", "The laptop costs €1,299 in Switzerland.",
     [("money", "CHF 1,299", "€1,299")]),
    (_KRW.format("9.18 trillion won"), _KRW.format("9.18 trillion yen"),
     [("money", "9.18 trillion won", "9.18 trillion yen")]),
    (_KRW.format("₩9.18 trillion"), _KRW.format("₩9.81 trillion"), [("money", "₩9.18 trillion", "₩9.81 trillion")]),
    ("Tencent's revenue rose to RMB167.2 billion.", "Tencent's revenue rose to RMB176.2 billion.",
     [("money", "RMB167.2 billion", "RMB176.2 billion")]),
    ("Tencent's revenue rose to RMB167.2 billion.", "Tencent's revenue rose to HK$167.2 billion.",
     [("money", "RMB167.2 billion", "HK$167.2 billion")]),
    ("Sales rose to SEK 12.4 billion, the company said.", "Sales rose to NOK 12.4 billion, the company said.",
     [("money", "SEK 12.4 billion", "NOK 12.4 billion")]),
    # One sum in one currency written another way is none; "won" after a bare figure is the verb.
    (_KRW.format("9.18 trillion won"), _KRW.format("₩9.18 trillion"), []),
    (_KRW.format("9.18 trillion won"), _KRW.format("KRW 9.18 trillion"), []),
    ("The laptop costs CHF 1,299 in Switzerland.", "The laptop costs 1,299 Swiss francs in Switzerland.", []),
    ("Tencent's revenue rose to RMB167.2 billion.", "Tencent's revenue rose to 167.2 billion yuan.", []),
    ("The team, which won 3 titles, said so.", "The team, which won 4 titles, said so.", [("number", "3", "4")]),
])
def test_a_sum_in_won_francs_renminbi_or_crowns_is_money(source: str, target: str, changes: list) -> None:
    report = compare(Document.from_text(source, id="s"), Document.from_text(target, id="t")).to_dict()
    assert [(f["kind"], f["source"], f["target"]) for f in report["facts"]] == changes


@pytest.mark.parametrize(("source", "target", "changes"), [
    # A tech desk's re-test: a unit after a space was left out of the finding ("3.2" -> "4.05"), where a unit
    # written against its figure was shown ("3.2GHz" -> "4.05GHz").
    ("The chip runs at 3.2 GHz, the company said on Monday.", "The chip runs at 4.05 GHz, the company said on Monday.",
     [("3.2 GHz", "4.05 GHz")]),
    (_PHONE.format("256 GB"), _PHONE.format("512GB"), [("256 GB", "512GB")]),
    # "in" after a figure is as often the word as inches.
    ("Membership grew to 100 in the last decade, it said.", "Membership grew to 80 in the last decade, it said.",
     [("100", "80")]),
])
def test_a_changed_figure_is_shown_with_its_spaced_unit(source: str, target: str, changes: list) -> None:
    report = compare(Document.from_text(source, id="s"), Document.from_text(target, id="t")).to_dict()
    assert [(f["source"], f["target"]) for f in report["facts"]] == changes


@pytest.mark.parametrize("source", [
    # Two companies swapped inside one sentence: each is still in the other's sentence, and the swap must be seen.
    "Microsoft said it would buy the startup, beating Google.",
    "Microsoft agreed to buy the startup for $2 billion, outbidding Google, people familiar with the matter said.",
])
def test_two_companies_swapped_in_one_sentence_are_a_changed_name(source: str) -> None:
    target = source.replace("Microsoft", "@").replace("Google", "Microsoft").replace("@", "Google")
    report = compare(Document.from_text(source, id="s"), Document.from_text(target, id="t")).to_dict()
    assert [f["kind"] for f in report["facts"]] == ["entity"]
    assert "Microsoft" in report["facts"][0]["source"] and "Google" in report["facts"][0]["target"]


@pytest.mark.parametrize(("target", "changes"), [
    # A tech desk's trial: both prices rose by $100, and the nearest two values paired first ($1,199 -> $1,099)
    # left $999 -> $1,299: one price up by $300, the other down.
    ("Pricing starts at $1,099 for the iPhone 16 Pro and $1,299 for the Pro Max.",
     [("$999", "$1,099"), ("$1,199", "$1,299")]),
    ("Pricing starts at $999 for the iPhone 16 Pro and $1,299 for the Pro Max.", [("$1,199", "$1,299")]),
])
def test_two_prices_changed_in_one_sentence_pair_in_their_places(target: str, changes: list) -> None:
    source = "Pricing starts at $999 (U.S.) for iPhone 16 Pro and $1,199 (U.S.) for iPhone 16 Pro Max."
    assert [(s.surface, t.surface) for s, t in changed_facts(source, target)] == changes


@pytest.mark.parametrize(("source", "target", "changes"), [
    # A tech desk's trial: a quarter or a fiscal year changed was reported twice, as a date and as a name.
    ("Analysts expect revenue of $85.8 billion in Q3 FY24, the bank said.",
     "Analysts expect revenue of $85.8 billion in Q4 FY24, the bank said.", [("date", "Q3", "Q4")]),
    ("Analysts expect revenue of $94.5 billion in FY2024, the bank said.",
     "Analysts expect revenue of $94.5 billion in FY2025, the bank said.", [("date", "FY2024", "FY2025")]),
])
def test_a_quarter_or_fiscal_year_changed_is_one_changed_date(source: str, target: str, changes: list) -> None:
    report = compare(Document.from_text(source, id="s"), Document.from_text(target, id="t")).to_dict()
    assert [(f["kind"], f["source"], f["target"]) for f in report["facts"]] == changes


_WORTH = "Nvidia became the first chipmaker worth {}, and analysts expect revenue of {} this year."


@pytest.mark.parametrize(("target", "changes"), [
    # A tech desk's trial: "$3tn", "$3T" and "$94.5B" were read as $3 and $94.5, so a faithful restyling was a
    # changed sum and a real change ("$3 trillion" -> "$3bn") read as none.
    (_WORTH.format("$3tn", "$94.5bn"), []),
    (_WORTH.format("$3T", "$94.5B"), []),
    (_WORTH.format("$3 trln", "$94.5 bln"), []),
    (_WORTH.format("$3bn", "$94.5B"), [("$3 trillion", "$3bn")]),
])
def test_a_sum_abbreviated_as_business_copy_writes_it_is_the_same_sum(target: str, changes: list) -> None:
    source = _WORTH.format("$3 trillion", "$94.5 billion")
    report = compare(Document.from_text(source, id="s"), Document.from_text(target, id="t")).to_dict()
    assert [(f["source"], f["target"]) for f in report["facts"]] == changes


_EMISSIONS = "Emissions fell by {} last year, the agency said."


@pytest.mark.parametrize(("target", "changes"), [
    # A gigatonne is a billion tonnes: the climate desk's own figure restyled was a changed number (1.2 -> 1.2 billion).
    (_EMISSIONS.format("1.2 billion tonnes"), []),
    (_EMISSIONS.format("1.2bn tonnes"), []),
    (_EMISSIONS.format("1.2Gt"), []),
    (_EMISSIONS.format("1.2 megatonnes"), [("1.2 gigatonnes", "1.2 megatonnes")]),
    (_EMISSIONS.format("1.5 gigatonnes"), [("1.2 gigatonnes", "1.5 gigatonnes")]),
])
def test_gigatonnes_are_billions_of_tonnes(target: str, changes: list) -> None:
    source = _EMISSIONS.format("1.2 gigatonnes")
    report = compare(Document.from_text(source, id="s"), Document.from_text(target, id="t")).to_dict()
    assert [(f["source"], f["target"]) for f in report["facts"]] == changes


@pytest.mark.parametrize(("source", "target", "changes"), [
    # A time word after a function word places the figure, it does not count it: "1.2 billion last year" is no
    # span of years (a science desk's re-test saw "1.2 gigatonnes of" -> "1.2 billion last" as a unit changed).
    ("Greenland lost 1.2 gigatonnes of ice in the summer melt, scientists said on Tuesday.",
     "Greenland lost 1.2 billion last year in the summer melt, scientists said on Tuesday.", []),
    ("The firm sold 5 this week, it said.", "The firm sold 5 last month, it said.", []),
    ("The plant employs 300 each year, it said.", "The plant employs 300 next month, it said.", []),
    # The spans themselves still change, right after the number or past a word adding to the count.
    ("He was jailed for 30 months.", "He was jailed for 30 years.", [("30 months", "30 years")]),
    ("He faces a 30-month sentence.", "He faces a 30-year sentence.", [("30-month", "30-year")]),
    ("The talks ran for two more weeks.", "The talks ran for two more months.", [("two more", "two more")]),
])
def test_a_time_word_past_a_function_word_is_no_unit(source: str, target: str, changes: list) -> None:
    assert [(s.surface, t.surface) for s, t in changed_facts(source, target)] == changes




@pytest.mark.parametrize(("source", "target", "changes"), [
    # A relative risk given as an absolute one: "by 23%" -> "by 23 percentage points" keeps the figure and turns a
    # fall from 2.1% to 1.6% into one of 23 points. The same figure is a change when its sort changes.
    ("The drug reduced the risk of heart attack by 23% in the trial.",
     "The drug reduced the risk of heart attack by 23 percentage points in the trial.",
     [("23%", "23 percentage points")]),
    ("Turnout rose by 4 percentage points on the last election.", "Turnout rose by 4 per cent on the last election.",
     [("4 percentage points", "4 per cent")]),
    # "per cent", "percent" and "%" are one sort; so are "point" and "points".
    ("The vaccine cut severe illness by 82% over one season.",
     "The vaccine cut severe illness by 82 per cent over one season.", []),
    ("Unemployment fell by 1 percentage point in a year.", "Unemployment fell by 1 percentage points in a year.", []),
])
def test_percent_and_percentage_points_are_two_measures(source: str, target: str, changes: list) -> None:
    assert [(s.surface, t.surface) for s, t in changed_facts(source, target)] == changes


@pytest.mark.parametrize(("source", "target", "changes"), [
    # A researcher's university swapped, where the place's name is also part of another name in the sentence: the
    # name that moved would be "Oxford", but the target's "Oxford" is the group's, not the university's.
    ("Professor Sir Andrew Pollard, director of the Oxford Vaccine Group at the University of Oxford, said the "
     "results were encouraging.",
     "Professor Sir Andrew Pollard, director of the Oxford Vaccine Group at the University of Cambridge, said the "
     "results were encouraging.", [("Oxford", "Cambridge")]),
    ("Dr Jane Smith of Cambridge University, who worked with the Oxford Vaccine Group, led the study.",
     "Dr Jane Smith of Oxford University, who worked with the Oxford Vaccine Group, led the study.",
     [("Cambridge University", "Oxford University")]),
    # Between two single sentences a name is counted (the disaster desk's province rule): the target names "Oxford"
    # twice where the source names it once, so her university changed, and so did who threatened Tom Jones.
    ("Dr Jane Smith of Cambridge University, who worked with the Oxford team, led the study.",
     "Dr Jane Smith of Oxford University, who worked with the Oxford team, led the study.",
     [("Cambridge University", "Oxford University")]),
    ("Tom Jones told the court that Mr Smith had threatened him outside the pub.",
     "Tom Jones told the court that Mr Jones had threatened him outside the pub.", [("Smith", "Jones")]),
    # A name that moved is still no change.
    ("The Oxford team worked with the Cambridge team on the trial.",
     "The Cambridge team worked with the Oxford team on the trial.", []),
])
def test_a_name_found_elsewhere_only_inside_another_name_is_still_a_changed_name(source: str, target: str,
                                                                                 changes: list) -> None:
    assert changed_entities(source, target) == changes


@pytest.mark.parametrize(("source", "target", "changes"), [
    # A dose's frequency: "twice a day" -> "once a day" halves it.
    ("Patients took the pill twice a day for 12 weeks, the researchers said.",
     "Patients took the pill once a day for 12 weeks, the researchers said.", [("twice", "once")]),
    ("The tablets are taken twice daily with food, the leaflet says.",
     "The tablets are taken three times daily with food, the leaflet says.", [("twice", "three")]),
    # The same frequency in other words, and "once" or "twice" that count no doses, are none.
    ("The tablets are taken twice daily with food.", "The tablets are taken twice a day with food.", []),
    ("Once he arrived, the doctor examined him at the clinic.", "When he arrived, the doctor examined him there.", []),
    ("Smokers were twice as likely to develop the disease.", "Smokers were three times as likely to develop it.", []),
])
def test_a_dose_frequency_changed_is_a_changed_fact(source: str, target: str, changes: list) -> None:
    assert [(s.surface, t.surface) for s, t in changed_facts(source, target)] == changes


# --- quotes: a "she said" quote whose speaker no tag names ----------------------------------------------------------

_RACE = ("ATLANTA (AP) - Democrat Ana Lopez defeated Republican incumbent Mark Reyes in Georgia's 7th Congressional "
         "District on Tuesday.\n\n"
         "Reyes conceded Wednesday morning in a statement, saying: \"The voters have made their choice, and I wish "
         "Ana well.\"\n\n"
         "Lopez declared victory late Tuesday before cheering supporters in Marietta.\n\n")


def test_pronoun_quote_goes_to_the_candidate_named_as_the_sentence_before_s_subject() -> None:
    # An election desk: "she said" after "Lopez declared victory ..." went to Reyes, the one person a tag had named,
    # so a reprint giving the victory quote to Reyes showed no change of speaker.
    wire = _RACE + '"This is a win for every family that felt ignored in Washington," she said.\n'
    wrong = _RACE + '"This is a win for every family that felt ignored in Washington," Reyes said.\n'
    right = _RACE + '"This is a win for every family that felt ignored in Washington," Lopez said.\n'
    quote = _pair_quote(wire, wrong, "every family")
    assert (quote["source_speaker"], quote["speaker"], quote["speaker_changed"]) == ("Ana Lopez", "Mark Reyes", True)
    assert _pair_quote(wrong, wire, "every family")["speaker_changed"]
    assert not _pair_quote(wire, right, "every family")["speaker_changed"]
    # A sentence naming both is no plain reading: the guess stays a guess.
    both = wire.replace("Lopez declared victory late Tuesday", "Lopez declared victory over Reyes late Tuesday")
    assert not _pair_quote(both, wrong.replace("Lopez declared victory late Tuesday",
                                               "Lopez declared victory over Reyes late Tuesday"),
                           "every family")["speaker_changed"]


def test_pronoun_quote_goes_to_the_person_an_office_names_as_the_sentence_before_s_subject() -> None:
    # A fact-checker's re-test: "Opposition leader Mark Jones criticised ..." then '"...," he said.' gave the quote to
    # no one ("Opposition" was read as the subject's name), so the wire's giving it to John Smith was no change.
    source = ("Council leader John Smith criticised the housing plan on Monday.\n\n"
              '"It is a stitch-up that hands the land to a few developers," Mr Smith said in Leeds.\n')
    target = ("Opposition leader Mark Jones criticised the housing plan on Monday.\n\n"
              '"It is a stitch-up that hands the land to a few developers," he said in Leeds.\n')
    quote = _pair_quote(source, target, "stitch-up")
    assert (quote["source_speaker"], quote["speaker"], quote["speaker_changed"]) == ("John Smith", "Mark Jones", True)


# --- facts: a figure's short line in the same place of a copy --------------------------------------------------------


def test_a_short_figure_line_alone_in_its_slot_shows_its_changed_figure() -> None:
    # A markets desk: "The euro was at $1.0823." for the wire's "The euro was trading at $1.0832 after the results."
    # shares only "euro" and a figure, so it is added (names and numbers alone are not derivation), and the rate
    # the copy changed was shown nowhere.
    wire = ("Unilever Plc reported a 12 percent rise in profit on Thursday.\n\n"
            "Turnover fell 1.2 percent to 59.6 billion euros, hit by currency movements.\n\n"
            "The euro was trading at $1.0832 after the results.\n\nThe shares closed higher.\n")
    copy = wire.replace("The euro was trading at $1.0832 after the results.", "The euro was at $1.0823.")
    report = _pair_report(wire, copy)
    assert report["target_sentences"][2]["label"] == "added"
    assert _report_facts(wire, copy) == [("money", "$1.0832", "$1.0823")]
    assert report["facts"][0]["source_index"] == report["facts"][0]["target_index"] == 2
    # The same figure, or a line of other words in the slot ("The pound was at $1.2650."), is no change.
    assert _report_facts(wire, copy.replace("$1.0823", "$1.0832")) == []
    assert _report_facts(wire, copy.replace("The euro was at $1.0823.", "The pound was at $1.2650.")) == []


def test_an_obituary_age_on_a_line_of_its_own_shows_its_change() -> None:
    # An arts desk: AP's "She was 87." has no content word but the age, so the copy's "She was 86." is added and
    # the wrong age was shown nowhere.
    wire = ('LOS ANGELES (AP) - Margaret Ellison, the actress who won the Oscar for "The Quiet Harbor," has died.'
            " She was 87.\n\nEllison died Tuesday at her home in Santa Monica, California, her publicist said.\n")
    copy = wire.replace("She was 87.", "She was 86.")
    report = _pair_report(wire, copy)
    assert report["target_sentences"][1]["label"] == "added"
    assert _report_facts(wire, copy) == [("number", "87", "86")]
    assert report["facts"][0]["source_index"] == report["facts"][0]["target_index"] == 1
    # The same age, or other words in the slot ("He was 86."), is no change.
    assert _report_facts(wire, wire) == []
    assert _report_facts(wire, wire.replace("She was 87.", "They were 86.")) == []


@pytest.mark.parametrize(("source", "target", "expected"), [
    # An arts desk's obituaries: the survivor made another relative.
    ("She is survived by her daughter, Jane Reed, and three grandchildren, the family said.",
     "She is survived by her son, Jane Reed, and three grandchildren, the family said.",
     [("entity", "daughter", "son")]),
    ("Hargrove is survived by his wife of 58 years, Betty, his son, Wade, and two daughters.",
     "Hargrove is survived by his sister, Betty, his son, Wade, and two daughters.", [("entity", "wife", "sister")]),
    # The same relative in the house's word, or the relatives named in another order: no change.
    ("He is survived by his mother, Ann, and a brother.", "He is survived by his mum, Ann, and a brother.", []),
    ("He is survived by his wife, Ann, and a brother.", "He is survived by a brother and his wife, Ann.", []),
    # Two relatives in a clause rewritten round them are two people (METER).
    ("Neither Hyams, of Edgware, north London, nor his wife were in the best of health, said the judge.",
     "Paul Hyams, of Edgware, north London, was said to have been hit by several unfortunate mishaps, the worst of "
     "which was his daughter's severe learning difficulties.", []),
])
def test_a_relative_put_for_another_is_a_changed_name(source: str, target: str, expected: list) -> None:
    assert _report_facts(source, target) == expected


def test_a_dateline_place_changed_is_a_changed_name() -> None:
    # An arts desk: a festival's city swapped in the dateline, which cleaning takes out of the first sentence, was
    # shown nowhere.
    wire = ("EDINBURGH, Scotland (Reuters) - The Edinburgh International Festival will open on Aug. 1 with a new "
            "staging of Verdi's opera, organizers said on Tuesday.\n\nThe program features 180 performances by "
            "2,100 artists from 41 countries over three weeks, the festival director said.\n")
    copy = wire.replace("EDINBURGH", "GLASGOW")
    assert _report_facts(wire, copy) == [("entity", "EDINBURGH, Scotland", "GLASGOW, Scotland")]
    # The place in the house's case, or no dateline, is no change.
    assert _report_facts(wire, wire.replace("EDINBURGH, Scotland", "Edinburgh, Scotland")) == []
    assert _report_facts(wire, wire.replace("EDINBURGH, Scotland (Reuters) - ", "")) == []


# --- facts: an office changed with the words around the name reordered -----------------------------------------------


@pytest.mark.parametrize(
    ("source", "target", "facts"),
    [
        # A markets desk: the office moved from after "said" to before the name, and changed.
        ('"We are rapidly infusing AI across every layer of the tech stack," said Chief Executive Satya Nadella.',
         '"We are rapidly infusing AI across every layer of the tech stack," CFO Satya Nadella said.',
         [("entity", "Chief Executive Satya Nadella", "CFO Satya Nadella")]),
        ("Finance Minister Jane Doe said the budget would be passed by the end of March.",
         "Jane Doe, the foreign minister, said the budget would be passed by the end of March.",
         [("entity", "Finance Minister Jane Doe", "Jane Doe, the foreign minister")]),
        # The same office written another way or in another place, or one of two offices kept: no change.
        ("Finance Minister Jane Doe said the budget would be passed by the end of March.",
         "Jane Doe, the finance minister, said the budget would be passed by the end of March.", []),
        ("Chief Executive Officer Jane Doe said the company would cut 300 jobs in Europe.",
         "Jane Doe, the company's CEO, said the company would cut 300 jobs in Europe.", []),
        ("Chairman and Chief Executive Jane Doe said the company would cut 300 jobs in Europe.",
         "Jane Doe, the chairman, said the company would cut 300 jobs in Europe.", []),
    ],
)
def test_an_office_changed_with_the_name_s_words_reordered_is_a_changed_name(source: str, target: str,
                                                                            facts: list) -> None:
    assert _report_facts(source, target) == facts


def test_an_office_read_where_no_office_is_changed_is_no_change() -> None:
    # METER dev (the Independent): "Prime Minister, the Foreign Secretary" read "Prime Minister" as a person given
    # another office; "Health Secretary Frank Dobson" against "Frank Dobson, the Secretary" is one office, shorter;
    # "deputy prime minister" is no prime minister.
    assert _report_facts("The Prime Minister, the Foreign Secretary and the Chancellor met on Tuesday evening.",
                         "The Prime Minister, the Home Secretary and the Chancellor met on Tuesday evening.") == []
    assert _report_facts("Health Secretary Frank Dobson said the scheme would start in April.",
                         "Frank Dobson, the Secretary, said the scheme would start in April.") == []
    assert _report_facts("The deputy prime minister Michael Heseltine said the talks would go on.",
                         "Michael Heseltine, the prime minister, said the talks would go on.") == []


@pytest.mark.parametrize(("sources", "target", "facts"), [
    # A target linked to two source sentences, whose new value or name the other source sentence gives for something
    # else: read against the merged sources, it cancelled (a health desk's re-test found neither; the aligner linked
    # "people over 65" to the sentence with "65 people" in it).
    (["Most of the cases are in children aged 5 to 17, and 56 people have been hospitalized, officials said.",
      "Health officials said people over 65 were less likely to be infected."],
     "Most cases are in children aged between five and 17, and 65 people have been taken to hospital, officials "
     "said.",
     [("number", "56", "65")]),
    (['"This is a meaningful benefit," said Dr. Stephen Nicholls of Monash University in Melbourne, who led the '
      'study.',
      "Dr. Michelle O'Donoghue of Brigham and Women's Hospital in Boston, who was not involved in the research, said "
      "the results may change practice."],
     "Dr Stephen Nicholls of Harvard University in Boston, who was not involved, said the results may change "
     "practice.",
     [("entity", "Michelle O'Donoghue", "Stephen Nicholls"),
      ("entity", "Brigham and Women's Hospital", "Harvard University")]),
    # The same merges kept faithful: nothing.
    (["Most of the cases are in children aged 5 to 17, and 56 people have been hospitalized, officials said.",
      "Health officials said people over 65 were less likely to be infected."],
     "Most cases are in children aged between five and 17, and 56 people have been taken to hospital, officials "
     "said.", []),
    (['"This is a meaningful benefit," said Dr. Stephen Nicholls of Monash University in Melbourne, who led the '
      'study.',
      "Dr. Michelle O'Donoghue of Brigham and Women's Hospital in Boston, who was not involved in the research, said "
      "the results may change practice."],
     "Dr Michelle O'Donoghue of Brigham and Women's Hospital in Boston, who was not involved, said the results may "
     "change practice, unlike Dr Stephen Nicholls.", []),
])
def test_a_change_in_a_merged_sentence_is_read_against_the_sentence_it_copies(sources: list, target: str,
                                                                              facts: list) -> None:
    from diffsrc.pair.findings.facts import find_fact_changes

    found = find_fact_changes([_Link(list(range(1, len(sources) + 1)), [1])], ["Headline.", *sources],
                              ["Headline.", target])
    assert [(f["kind"], f["source"], f["target"]) for f in found] == facts
# --- the sign-offs of 19th- and early-20th-century reprints (OCR'd pages) ------------------------------------------

@pytest.mark.parametrize(("text", "mention", "credit"), [
    # A dash touching the item's last sentence, and on a line of its own.
    ("The city man went around by the road.—Detroit Free Press.", "Detroit Free Press", "Detroit Free Press"),
    ("The city man went around by the road.\n—Detroit Free Press.", "Detroit Free Press", "Detroit Free Press"),
    ("Four men were killed.\u2014N. Y. Sun.", "N. Y. Sun", "N. Y. Sun"),
    ("Four men were killed. -- Chicago Tribune", "Chicago Tribune", "Chicago Tribune"),
    # In brackets under the headline, its closing bracket lost in the scan, or "From the ..." as a line.
    ("A LESSON.\n\n[From the Boston Transcript.]\n\nA poor boy once applied for a situation.", "the Boston Transcript",
     "Boston Transcript"),
    ("But you keep the hearts that loved you so.\n[Youth's Companion.", "Youth's Companion", "Youth's Companion"),
    ("From the Detroit Free Press\n\nA city man was walking through a pasture.", "the Detroit Free Press",
     "Detroit Free Press"),
    # "Exchange": another paper, not named; a column may break the word.
    ("His name was Laffitte.—Exchange.", "Exchange", "exchange"),
    ("The city man went around by the road.—Ex-\nchange.", "Exchange", "exchange"),
])
def test_an_old_papers_sign_off_is_a_credit(text: str, mention: str, credit: str) -> None:
    # A historian's reprints credited their source paper as the press of the time did; none of these was read as
    # a credit, so every reprint was "unattributed reuse" and its credit was missing from the report.
    found = find_attribution(text, None)
    assert found["mentions"] == [mention] and found["credits"] == [credit]


def test_a_sign_off_naming_the_sources_paper_credits_it() -> None:
    text = "The city man went around by the road.\n\u2014Detroit Free Press.\n"
    assert find_attribution(text, None, "Detroit Free Press")["credited"] is True
    # A sign-off to another paper is no mention of a source that names its own.
    assert find_attribution(text, None, "Boston Transcript")["mentions"] == []


@pytest.mark.parametrize(("signed", "outlet", "credited"), [
    ("N. Y. Sun", "New York Sun", True),
    ("N.Y. Tribune", "New York Tribune", True),
    ("Phila. Ledger", "Philadelphia Ledger", True),
    ("Chicago Inter-Ocean", "Chicago Inter-Ocean", True),
    ("St. Louis Globe-Democrat", "Saint Louis Globe-Democrat", True),
    ("N. Y. Sun", "Baltimore Sun", False),           # another city's Sun
    ("Sun", "New York Sun", False),                  # no city: any Sun
    ("N. Y. Tribune", "New York Times", False),
    ("S. F. Call", "San Francisco Call", True),      # a title word that is a common word too
    ("Balto. American", "Baltimore American", True),
    ("S. F. Call", "Baltimore American", False),
    ("Call", "San Francisco Call", False),           # no city: any Call
])
def test_an_abbreviated_sign_off_credits_the_paper_it_abbreviates(signed: str, outlet: str, credited: bool) -> None:
    # A historian's reprint signed "—N. Y. Sun." credited no source whose outlet is "New York Sun", and
    # "—St. Louis Globe-Democrat." was read as no sign-off at all.
    text = f"Four men were killed. The cause of the explosion is not known.—{signed}.\n"
    assert find_attribution(text, None, outlet)["credited"] is credited


@pytest.mark.parametrize("text", [
    "Japan to build up its military - BBC News",        # a saved page's title: no sentence ends before the dash
    "He was sentenced on Friday.\u2014Mrs. Smith.",       # a name, no paper's
    "The court heard from the Judge on Monday.",
    "The exchange was heated, he said.",
])
def test_lines_that_are_no_sign_off_credit_no_one(text: str) -> None:
    assert find_attribution(text, None)["mentions"] == []


def test_a_quote_misread_by_the_scan_is_exact_but_a_changed_word_is_not() -> None:
    # An OCR'd reprint's "fhe ain't never hurt nobody" (the long s read as f) was an "altered" quote of the source's
    # "she ain't never hurt nobody": the scan, not the paper, changed it.
    source = ('A city man met the farmer\'s boy in the pasture.\n\n"Well," said the boy, "she ain\'t never hurt '
              'nobody yet, but she\'s awful particular about who comes into her pasture."\n')
    scanned = source.replace("she", "fhe").replace("the farmer", "tbe farmer")
    report = compare(Document.from_text(source, id="s.txt"), Document.from_text(scanned, id="t.txt")).to_dict()
    assert {q["status"] for q in report["quotes"]} == {"exact"}
    # A real word put for another is a change, whatever the letters: "he" for "she", "sat" for "fat".
    changed = source.replace("she ain't", "he ain't")
    report = compare(Document.from_text(source, id="s.txt"), Document.from_text(changed, id="t.txt")).to_dict()
    assert "altered" in {q["status"] for q in report["quotes"]}


# --- correction notices ----------------------------------------------------------------------------------------------

_CORRECTED_WIRE = (
    "BC-US--Plant Explosion, 3rd Ld-Writethru\n\n"
    "Eds: CORRECTS number evacuated in paragraph 2 to about 130, not 300.\n\n"
    "MARIETTA, Ohio (AP) — An explosion tore through a chemical plant along the Ohio River early Tuesday, injuring "
    "at least 14 workers, officials said.\n\n"
    "Authorities ordered residents within a half-mile of the plant to leave their homes, and about {n} people were "
    "taken to a shelter at Marietta Middle School.\n\n"
    "It was not immediately clear what caused the blast.\n")


def test_a_correction_notice_a_version_carries_is_noted_beside_the_changed_fact() -> None:
    # An update-chain editor: the 3rd write-through's "Eds: CORRECTS ... to about 130, not 300" was set aside as
    # boilerplate, so the findings showed 300 -> 130 as a changed fact with no word that the wire corrected it.
    from diffsrc.report.findings import render

    earlier = Document.from_text(_CORRECTED_WIRE.replace("Eds: CORRECTS number evacuated in paragraph 2 to about 130, "
                                                         "not 300.", "Eds: UPDATES with evacuation.").format(n=300),
                                 id="v3.txt")
    corrected = Document.from_text(_CORRECTED_WIRE.format(n=130), id="v4.txt")
    report = compare(earlier, corrected)
    notice = '"Eds: CORRECTS number evacuated in paragraph 2 to about 130, not 300."'
    assert [n for n in report.notes if "correction" in n] == [f"correction notice in the target (v4.txt): {notice}"]
    assert f"note: correction notice in the target (v4.txt): {notice}" in render(report, "table")
    assert notice in render(report, "markdown")
    # the other way round, the source carries it; a reprint of the corrected version with the same notice, none
    assert [n for n in compare(corrected, earlier).notes if "correction" in n] == [
        f"correction notice in the source (v4.txt): {notice}"]
    assert not [n for n in compare(corrected, corrected).notes if "correction" in n]


@pytest.mark.parametrize(("line", "is_notice"), [
    ("Eds: CORRECTS number evacuated in paragraph 4 to about 130, not 300.", True),
    ("(Corrects spelling of name in paragraph 3)", True),
    ("CORRECTION: An earlier version of this story misstated the number of people evacuated.", True),
    ("This story has been corrected to show the shelter is at Marietta Middle School.", True),
    ("An earlier version of this article gave the wrong age for the worker.", True),
    ("Eds: UPDATES with details on evacuation, quote from fire chief. With AP Photos.", False),
    ("(Refiles to fix typo in paragraph 6)", False),
    ("Eds: RECASTS top with evacuation order lifted; ADDS quote from Ohio EPA.", False),
    ("Correctional officers' union responds", False),
    ("Correction: the shelter is at Marietta Middle School.", True),
    ("Correction or clarification? Contact our newsroom", False),
    ("Corrections policy", False),
])
def test_correction_notices_are_told_from_other_advisories(line: str, is_notice: bool) -> None:
    from diffsrc.text.clean import correction_notices

    assert correction_notices([line]) == ([line] if is_notice else [])


def test_every_findings_format_carries_the_reports_notes() -> None:
    # A fact-checker's pipeline read `compare --findings --format json` (diffsrc.findings/1), which had no `notes`:
    # the wire's "Eds: CORRECTS ... to about 130, not 300" beside the changed fact, and a release's notes to
    # editors printed verbatim, were shown by the terminal, Markdown and HTML views only (the latter only by the
    # Markdown with the correction notice) and by no CSV row.
    import csv
    import io

    import jsonschema

    from diffsrc.report.findings import render

    earlier = Document.from_text(_CORRECTED_WIRE.replace("Eds: CORRECTS number evacuated in paragraph 2 to about 130, "
                                                         "not 300.", "Eds: UPDATES with evacuation.").format(n=300),
                                 id="v3.txt")
    corrected = Document.from_text(_CORRECTED_WIRE.format(n=130), id="v4.txt")
    release = RELEASE + "\nNotes to editors\n\nAbout GreenGrid Energy\n" + _ABOUT + "\n\nMedia contact:\n" \
        "press@greengrid-energy.co.uk\n"
    story = ("GreenGrid Energy today announced plans to build a 240 million pound battery storage park at Wilton."
             "\n\nThe park will create 350 jobs during construction and store enough power for 600,000 homes."
             "\n\n" + _ABOUT + "\n")
    schema = json.loads(resources.files("diffsrc.data").joinpath("findings.schema.json").read_text("utf-8"))
    for report in (compare(earlier, corrected), compare(Document.from_text(release, id="wire"),
                                                        Document.from_text(story, id="paper"))):
        assert report.notes
        findings = json.loads(render(report, "json"))
        assert findings["notes"] == report.to_dict()["notes"]   # the pair report's key, as it has it
        jsonschema.Draft202012Validator(schema).validate(findings)
        assert "notes" in schema["properties"]
        rows = [r for r in csv.DictReader(io.StringIO(render(report, "csv"))) if r["finding"] == "note"]
        assert [r["target"] for r in rows] == report.notes
        for fmt in ("table", "markdown", "html"):
            shown = render(report, fmt)
            for note in report.notes:
                assert (note if fmt == "table" else note.replace("|", "\\|") if fmt == "markdown"
                        else note.replace('"', "&quot;").replace("'", "&#x27;")) in shown, (fmt, note)


def test_a_police_log_number_changed_is_a_number_not_a_year() -> None:
    # A police desk's trial: "quoting log 1873" -> "log 1837" was a changed "date" (1873 read as a year).
    source = "Anyone with information is asked to call 101, quoting log 1873 of 14 June."
    report = compare(Document.from_text(source, id="s"),
                     Document.from_text(source.replace("1873", "1837"), id="t")).to_dict()
    assert [(f["kind"], f["source"], f["target"]) for f in report["facts"]] == [("number", "1873", "1837")]



def test_a_flight_number_changed_is_a_number_not_a_year() -> None:
    # A transport desk's trial: "Delta Flight 1943" -> "Delta Flight 1934" was a changed "date".
    source = "Delta Flight 1943, bound for Santo Domingo in the Dominican Republic, had 145 passengers on board."
    report = compare(Document.from_text(source, id="s"),
                     Document.from_text(source.replace("1943", "1934"), id="t")).to_dict()
    assert [(f["kind"], f["source"], f["target"]) for f in report["facts"]] == [("number", "1943", "1934")]


@pytest.mark.parametrize(("target", "changes"), [
    # A transport desk's trial: the wrong runway was no finding (its designator's letter made it no number).
    ("An American Airlines Boeing 777 crossed runway 4R without clearance as a Delta jet was taking off.",
     [("runway 4L", "runway 4R")]),
    ("An American Airlines Boeing 777 crossed runway 22L without clearance as a Delta jet was taking off.",
     [("runway 4L", "runway 22L")]),
    ("An American Airlines Boeing 777 crossed Runway 04L without clearance as a Delta jet was taking off.", []),
])
def test_a_runway_changed_is_a_finding(target: str, changes: list) -> None:
    source = "An American Airlines Boeing 777 crossed runway 4L without clearance as a Delta jet was taking off."
    report = compare(Document.from_text(source, id="s"), Document.from_text(target, id="t")).to_dict()
    assert [(f["source"], f["target"]) for f in report["facts"]] == changes


@pytest.mark.parametrize(("source", "target", "changes"), [
    # A transport desk's trial: an aircraft's type read as numbers ("777-300ER" counted "300 er") was no finding, or
    # a bare digit changed ("9" -> "8").
    ("Flight SQ321, a Boeing 777-300ER with 211 passengers and 18 crew on board, dropped 6,000 feet in three minutes.",
     "Flight SQ321, a Boeing 787-10 with 211 passengers and 18 crew on board, dropped 6,000 feet in three minutes.",
     [("entity", "Boeing 777-300ER", "Boeing 787-10")]),
    ("Cascade Air Flight 1282, a Boeing 737 MAX 9 with 171 passengers and six crew on board, took off at 17:07.",
     "Cascade Air Flight 1282, a Boeing 737 MAX 8 with 171 passengers and six crew on board, took off at 17:07.",
     [("entity", "Boeing 737 MAX 9", "Boeing 737 MAX 8")]),
    ("An American Boeing 777 crossed the runway as a Delta Boeing 737-900 was accelerating for take-off.",
     "An American Boeing 767 crossed the runway as a Delta Boeing 737-800 was accelerating for take-off.",
     [("entity", "Boeing 777", "Boeing 767"), ("entity", "Boeing 737-900", "Boeing 737-800")]),
    # The same type written otherwise, or with less of its variant, is none.
    ("Cascade Air Flight 1282, a Boeing 737 MAX 9 with 171 passengers and six crew on board, took off at 17:07.",
     "Cascade Air Flight 1282, a 737 Max 9 with 171 passengers and six crew aboard, took off at 17:07.", []),
    ("Flight SQ321, a Boeing 777-300ER with 211 passengers and 18 crew on board, dropped 6,000 feet in three minutes.",
     "Flight SQ321, a Boeing 777 with 211 passengers and 18 crew on board, dropped 6,000 feet in three minutes.", []),
])
def test_an_aircraft_type_changed_is_one_name(source: str, target: str, changes: list) -> None:
    report = compare(Document.from_text(source, id="s"), Document.from_text(target, id="t")).to_dict()
    assert [(f["kind"], f["source"], f["target"]) for f in report["facts"]] == changes

# A statistics release and news copy written from it (a statistics desk's trial on ONS-style labour market and
# inflation bulletins). Each sentence of the copy is a close rewrite of the release's, so each is aligned.
_STATS_RELEASE = (
    "The Consumer Prices Index rose by 3.2% in the 12 months to October 2026, up from 2.9% in the 12 months to "
    "September.\n\nThe economic inactivity rate was 21.9%, down 0.1 percentage points on the quarter.\n\n"
    "Employment rose by 150,000 to 33.2 million in the three months to September.\n\n"
    "The unemployment rate rose by 0.2 percentage points on the quarter to 4.1% in the three months to September."
    "\n\nAnnual growth in regular pay, excluding bonuses, was 5.2% in July to September 2026.\n\n"
    "There were 819,000 job vacancies, the lowest since March 2021.\n\n"
    "The annual rate for September was revised down from 3.0% to 2.9%.\n\n"
    "Almost 1 million people had been unemployed for 27 weeks or more.\n\n"
    "The August figure was revised up from a fall of 6,000 to a rise of 12,000.\n")


@pytest.mark.parametrize(("old", "new", "fact"), [
    # The period a figure is measured over, changed: an annual rate given as a month's, a quarter's change as a
    # year's, a rolling quarter's figure as one month's.
    ("in the 12 months to October 2026, up", "in the month of October 2026, up",
     ("date", "in the 12 months to October", "in the month of October")),
    ("down 0.1 percentage points on the quarter", "down 0.1 percentage points on the year",
     ("date", "on the quarter", "on the year")),
    ("33.2 million in the three months to September", "33.2 million in September",
     ("date", "in the three months to September", "in September")),
    ("5.2% in July to September 2026", "5.2% in September 2026", ("date", "July to September", "in September")),
    # A figure's level given as its change, and its change as its level.
    ("rose by 0.2 percentage points on the quarter to 4.1%", "rose by 4.1 percentage points",
     ("percent", "by 0.2 percentage points on the quarter to 4.1%", "by 4.1 percentage points")),
    ("rose by 150,000 to 33.2 million", "rose to 150,000", ("number", "by 150,000 to 33.2 million", "to 150,000")),
    # A superlative bounded by a time made a record.
    ("the lowest since March 2021", "the lowest on record", ("date", "lowest since March 2021", "on record")),
    ("the lowest since March 2021", "a record low", ("date", "lowest since March 2021", "a record low")),
    # A revised figure given at its old value.
    ("was revised down from 3.0% to 2.9%", "was 3.0%", ("percent", "revised down from 3.0% to 2.9%", "3.0%")),
    # ... with words opening each value, and a revision turned round.
    ("was revised up from a fall of 6,000 to a rise of 12,000", "showed a fall of 6,000",
     ("number", "revised up from a fall of 6,000 to a rise of 12,000", "6,000")),
    ("revised up from a fall of 6,000 to a rise of 12,000", "revised down from a rise of 12,000 to a fall of 6,000",
     ("number", "revised up from a fall of 6,000 to a rise of 12,000",
      "revised down from a rise of 12,000 to a fall of 6,000")),
    # A figure's hedge turned to its other side.
    ("Almost 1 million people", "More than 1 million people", ("number", "Almost 1 million", "More than 1 million")),
    # A figure moved to another series of the statistic (a statistics desk's re-test: no finding, the figure kept).
    ("growth in regular pay, excluding", "growth in total pay, excluding", ("entity", "regular pay", "total pay")),
    ("growth in regular pay, excluding", "growth in median pay, excluding", ("entity", "regular pay", "median pay")),
])
def test_a_statistics_period_or_its_level_and_change_changed_is_a_fact(old: str, new: str, fact: tuple) -> None:
    assert old in _STATS_RELEASE
    assert _report_facts(_STATS_RELEASE, _STATS_RELEASE.replace(old, new)) == [fact]


# A statistics desk's re-test: a change given as a level where the source gives no level was no finding (only a
# source giving both, "by X to Y", was read).
@pytest.mark.parametrize(("source", "target", "fact"), [
    ("Regular pay excluding bonuses rose by 2% in real terms, the Office for National Statistics said.",
     "Regular pay excluding bonuses rose to 2% in real terms, the Office for National Statistics said.",
     ("percent", "by 2%", "to 2%")),
    ("Employment rose by 150,000 in the three months to September, the figures showed.",
     "Employment climbed to 150,000 in the three months to September, the figures showed.",
     ("number", "by 150,000", "to 150,000")),
    ("House prices fell by 2.1 per cent in the year to March, the Halifax said on Friday.",
     "House prices fell to 2.1 per cent in the year to March, the Halifax said on Friday.",
     ("percent", "by 2.1 per cent", "to 2.1 per cent")),
])
def test_a_change_given_as_a_level_is_a_fact(source: str, target: str, fact: tuple) -> None:
    assert _report_facts(source, target) == [fact]


@pytest.mark.parametrize(("source", "target"), [
    # A rate's percentage is one figure either way; "rose 2%" is "rose by 2%".
    ("The Consumer Prices Index rose by 3.2% in the 12 months to October, the ONS said.",
     "Inflation rose to 3.2% in the 12 months to October, the ONS said."),
    ("Annual growth in regular pay rose by 5.2% in July to September, the ONS said.",
     "Annual growth in regular pay rose to 5.2% in July to September, the ONS said."),
    ("Regular pay excluding bonuses rose by 2% in real terms, the Office for National Statistics said.",
     "Regular pay excluding bonuses rose 2% in real terms, the Office for National Statistics said."),
])
def test_a_rate_or_a_change_kept_is_no_fact(source: str, target: str) -> None:
    assert _report_facts(source, target) == []


@pytest.mark.parametrize(("old", "new"), [
    # Faithful rewording of the same figures and periods is no finding.
    ("The Consumer Prices Index rose by 3.2% in the 12 months to October 2026",
     "Inflation rose to 3.2 per cent in the year to October 2026"),
    ("Employment rose by 150,000 to 33.2 million in the three months to September",
     "In the three months to September employment rose by 150k to 33.2m"),
    ("down 0.1 percentage points on the quarter", "down 0.1 points quarter-on-quarter"),
    ("rose by 0.2 percentage points on the quarter to 4.1%", "rose to 4.1%"),
    ("in July to September 2026", "in the three months to September 2026"),
    ("the lowest since March 2021", "the lowest for more than five years"),
    ("was revised down from 3.0% to 2.9%", "was revised down to 2.9%"),
    ("was revised down from 3.0% to 2.9%", "was cut to 2.9% from 3.0%"),
    ("revised up from a fall of 6,000 to a rise of 12,000", "revised up to a rise of 12,000"),
    ("Almost 1 million people", "Nearly 1 million people"),
    ("growth in regular pay, excluding", "growth in basic pay, excluding"),
    ("Almost 1 million people", "Just under 1 million people"),
])
def test_a_statistics_period_or_movement_reworded_is_no_fact(old: str, new: str) -> None:
    assert old in _STATS_RELEASE
    assert _report_facts(_STATS_RELEASE, _STATS_RELEASE.replace(old, new)) == []


@pytest.mark.parametrize(("source", "target", "changes"), [
    # The previous month's rate given as the current one, and the current as the previous ("rose by" written "rose
    # to", as an annual rate may be: the place is the movement's either way).
    ("CPI rose by 3.2% in the 12 months to October, up from 2.9% in the 12 months to September.",
     "CPI rose to 2.9% in the 12 months to October, up from 3.2% in the 12 months to September.",
     [("3.2%", "2.9%"), ("2.9%", "3.2%")]),
    ("Inflation rose by 3.2% in October, up from 2.9% in September.",
     "Inflation rose to 2.9% in October, up from 3.2% in September.", [("3.2%", "2.9%"), ("2.9%", "3.2%")]),
    ("CPI rose by 3.2% in the 12 months to October, up from 2.9% in September.",
     "Inflation rose to 3.2% in the year to October, up from 2.9% the month before.", []),
])
def test_a_current_and_previous_rate_swapped_across_rose_by_and_rose_to(source: str, target: str,
                                                                        changes: list) -> None:
    assert [(s.surface, t.surface) for s, t in changed_facts(source, target)] == changes


@pytest.mark.parametrize(("source", "target"), [
    # Two statements a merged group links give two figures their own periods and hedges: a period or a hedge read
    # across them is no change (a corpus run of the trial's copy; METER dev's jury hours against a judge's tariff).
    (["Annual growth in regular pay was 5.2% in September 2026.", "Regular pay rose by 1.9% on the year."],
     ["Annual growth in regular pay was 5.2% in July to September 2026."]),
    (["The jury deliberated for nearly 10 hours.", "The judge said he would serve 12 years."],
     ["The judge said he should serve at least 10 years."]),
])
def test_a_statistics_period_or_hedge_is_read_against_its_own_figure(source: list, target: list) -> None:
    from diffsrc.pair.findings.facts import find_fact_changes

    found = find_fact_changes([_Link(list(range(len(source))), list(range(len(target))))], source, target)
    assert [f for f in found if f["source"] in ("on the year", "nearly 10")] == []


@pytest.mark.parametrize(("source", "target", "changes"), [
    # A legal desk's re-test: a life sentence printed as a term of years, or the other way, was no finding ("life"
    # is no figure).
    ("Hart was jailed for life at Chelmsford Crown Court.", "Hart was jailed for six years at Chelmsford Crown Court.",
     [("for life", "six years")]),
    ("Hart was jailed for six years at Chelmsford Crown Court.", "Hart was jailed for life at Chelmsford Crown Court.",
     [("six years", "for life")]),
    ("Hart was given a life sentence at Chelmsford Crown Court.",
     "Hart was given a six-year jail term at Chelmsford Crown Court.", [("life sentence", "six-year jail term")]),
    # Life kept, its minimum term trimmed, or "life" of no sentence: none.
    ("Hart was jailed for life and told he must serve a minimum of 22 years.",
     "Hart was jailed for life and told he must serve at least 22 years.", []),
    ("Hart was jailed for life and told he must serve a minimum of 22 years.",
     "Hart must serve at least 22 years in prison.", []),
    ("Hart was jailed for six years for the attack which left Mr Brown with life-changing injuries.",
     "Hart was jailed for six years for the attack.", []),
])
def test_a_life_sentence_and_a_term_of_years_put_for_each_other_is_a_changed_fact(source: str, target: str,
                                                                                   changes: list) -> None:
    report = compare(Document.from_text(source, id="s"), Document.from_text(target, id="t")).to_dict()
    assert [(f["source"], f["target"]) for f in report["facts"] if f["kind"] == "entity"] == changes


# A radio script writes figures for the ear (a broadcast desk's re-test): a percentage or a sum in words was read
# as bare numbers ("two", "three"), so "3.2%" -> "two point three per cent" and "£1.5m" -> "two and a half million
# pounds" were no finding, and "3,500" -> "three thousand five hundred" was a changed figure ("five hundred").
@pytest.mark.parametrize(("source", "target", "change"), [
    ("Deaths on Welsh roads rose by 3.2% last year.", "Deaths on Welsh roads rose by two point three per cent in 2024.",
     ("percent", "3.2%", "two point three per cent")),
    ("Inflation fell to 2.6% in March.", "Inflation fell to two-point-eight per cent in March.",
     ("percent", "2.6%", "two-point-eight per cent")),
    ("Unemployment rose by 20% in the year.", "Unemployment rose by thirty per cent in the year.",
     ("percent", "20%", "thirty per cent")),
    ("The council will spend £1.5m on it.", "The council will spend two and a half million pounds on it.",
     ("money", "£1.5m", "two and a half million pounds")),
    ("The firm made a profit of £2.4bn.", "The firm made a profit of four point two billion pounds.",
     ("money", "£2.4bn", "four point two billion pounds")),
    ("The firm is cutting 3,500 jobs.", "The firm is cutting four thousand five hundred jobs.",
     ("number", "3,500", "four thousand five hundred")),
    ("Some 1,950 people signed the petition.", "More than two thousand people signed the petition.",
     ("number", "1,950", "two thousand")),
    ("Deaths rose to 104 last year.", "Deaths rose to one hundred and fourteen last year.",
     ("number", "104", "one hundred and fourteen")),
])
def test_a_figure_changed_in_words_for_air_is_a_changed_fact(source: str, target: str, change: tuple) -> None:
    assert [(s.kind, s.surface, t.surface) for s, t in changed_facts(source, target)] == [change]


@pytest.mark.parametrize(("source", "target"), [
    ("Deaths on Welsh roads rose by 3.2% last year to 104.",
     "Deaths on Welsh roads rose by three point two per cent last year to one hundred and four."),
    ("Inflation fell to 2.6% in March.", "Inflation fell to two-point-six per cent in March."),
    ("Shares fell 0.5%.", "Shares fell nought point five per cent."),
    ("Unemployment rose by 20% in the year.", "Unemployment rose by twenty per cent in the year."),
    ("The council will spend £1.5m on it.", "The council will spend one point five million pounds on it."),
    ("The council will spend £1.5m on the scheme.", "The council will spend one and a half million pounds on it."),
    ("The firm made a profit of £2.4bn.", "The firm made a profit of two point four billion pounds."),
    ("The firm is cutting 3,500 jobs.", "The firm is cutting three thousand five hundred jobs."),
    ("The firm is cutting 3,500 jobs.", "The firm is cutting thirty-five hundred jobs."),
    ("The 1,200 homes were flooded.", "Twelve hundred homes were flooded."),
    ("Some 1,950 people signed the petition.", "Almost two thousand people signed the petition."),
    ("Police said almost 2,000 vehicles an hour use the route.", "Almost two thousand vehicles an hour use the route."),
    ("At one point two men were seen on the roof.", "At one point two men were seen on the roof."),
])
def test_a_figure_written_for_air_is_no_changed_fact(source: str, target: str) -> None:
    assert changed_facts(source, target) == []


# A script's pronunciation guide is not part of the name (a broadcast desk's re-test: "Sioned (SHO-ned Williams"
# was shown changed into "Sian Williams", the guide read into the name and its bracket lost).
@pytest.mark.parametrize(("source", "target", "changes"), [
    ("Inspector Sioned (SHO-ned) Williams said their thoughts were with the family.",
     "Inspector Sian Williams said their thoughts were with the family.", [("Sioned Williams", "Sian Williams")]),
    ("Inspector Sioned Williams said their thoughts were with the family.",
     "Inspector Sioned (SHO-ned) Williams said their thoughts were with the family.", []),
    ("Councillor Gwenllian Jones said the plan was wrong.",
     "Councillor Gwenllian (gwen-HLEE-an) Jones said the plan was wrong.", []),
])
def test_a_pronunciation_guide_is_not_part_of_a_name(source: str, target: str, changes: list) -> None:
    assert changed_entities(source, target) == changes


# A script written in capitals, as US newsrooms write for the prompter (a broadcast desk's re-test): with no
# lowercase word to place a value by, "nine hours" -> "TEN HOURS" and "24-year-old" -> "THIRTY-FOUR-YEAR-OLD" were
# no changed fact.
def test_a_figure_changed_in_a_script_in_capitals_is_a_changed_fact() -> None:
    source = ("A 24-year-old man has died after a crash on the A470 near Brecon.\n\n"
              "She said the road was closed for almost nine hours while officers examined the scene.\n")
    changed = ("A THIRTY-FOUR-YEAR-OLD MAN HAS DIED AFTER A CRASH ON THE A470 NEAR BRECON.\n\n"
               "THE ROAD WAS CLOSED FOR ALMOST TEN HOURS.\n")
    kept = ("A TWENTY-FOUR-YEAR-OLD MAN HAS DIED AFTER A CRASH ON THE A470 NEAR BRECON.\n\n"
            "THE ROAD WAS CLOSED FOR ALMOST NINE HOURS.\n")
    wire = Document.from_text(source, id="wire")
    facts = compare(wire, Document.from_text(changed, id="script")).to_dict()["facts"]
    assert [(f["kind"], f["source"], f["target"]) for f in facts] == [("number", "24", "THIRTY-FOUR"),
                                                                      ("number", "nine", "TEN")]
    assert compare(wire, Document.from_text(kept, id="script")).to_dict()["facts"] == []


@pytest.mark.parametrize(("text", "speaker"), [
    # AFP's tags of praise and regret (a quote checker's re-test: no speaker, or the coach quoted before)
    ("« C'est une immense fierté pour tout le club », a salué le président Nasser al-Khelaïfi.",
     "Nasser al-Khelaïfi"),
    ("« Nous n'avons pas su tuer le match, c'est une grosse déception », a déploré l'entraîneur de Liverpool Arne "
     "Slot.", "Arne Slot"),
    ("« Ce plan arrive trop tard et il reste très insuffisant », déplore le président de la FNSEA Arnaud Rousseau.",
     "Arnaud Rousseau"),
    ("Le ministre de l'Agriculture Marc Fesneau s'est félicité : « C'est un effort sans précédent pour nos "
     "campagnes. »", "Marc Fesneau"),
    # the role noun after its elided article is no part of the name
    ("L'entraîneur Pierre Sage a jugé le match « d'un niveau exceptionnel pour la Ligue 1 ».", "Pierre Sage"),
], ids=["a-salue", "a-deplore-club", "deplore-de-la", "s-est-felicite-ministry", "elided-role"])
def test_french_praise_and_regret_tags_name_their_speaker(text: str, speaker: str) -> None:
    assert [q.speaker for q in _quotes("Le PSG s'est qualifié mardi soir pour les quarts de finale.\n\n"
                                       + text + "\n")] == [speaker]


def test_a_french_quote_given_to_another_speaker_after_a_praise_tag_is_flagged() -> None:
    # the source's tag is "estime" (present tense): unread, the target's giving it to the minister went unseen
    source = ("Le gouvernement a présenté mercredi un plan de 2 milliards d'euros pour les agriculteurs.\n\n"
              "« Nous allons suivre de près la mise en oeuvre des mesures », estime la députée écologiste Sandrine "
              "Rousseau.\n")
    target = source.replace("estime la députée écologiste Sandrine Rousseau", "estime le ministre Marc Fesneau")
    quote = _quote(_pair_report(source, target), "mise en oeuvre")
    assert (quote["speaker"], quote["source_speaker"], quote["speaker_changed"]) == (
        "Marc Fesneau", "Sandrine Rousseau", True)


# A quote checker's re-test: a Reuters rail-strike story with four speakers, and a paper's reordered rewrite.
RAIL_WIRE = "\n\n".join([
    "LONDON (Reuters) - Britain's biggest rail union announced three days of strikes next month on Tuesday, after "
    "talks with train operators over pay and working conditions broke down.",
    '"Our members have been left with no choice but to take action," RMT general secretary Mick Lynch said in a '
    'statement.',
    "Transport Secretary Louise Haigh said the walkout would cause misery for millions of passengers. \"This strike "
    "is completely unjustified and I urge the union to get back round the table,\" she told the BBC.",
    '"We remain open to talks at any time," a spokesperson for the Rail Delivery Group said.',
    "Passenger group Transport Focus chief executive Alex Robertson said travellers would be \"bitterly "
    "disappointed\". \"People just want a reliable service,\" he said.",
]) + "\n"
RAIL_PAPER = "\n\n".join([
    "Rail passengers face three days of disruption next month after Britain's biggest rail union called strikes.",
    "Transport Secretary Louise Haigh said the walkout would cause misery for millions of passengers.",
    '"Our members have been left with no choice but to take action," RMT general secretary Mick Lynch said in a '
    'statement.',
    '"This strike is completely unjustified," she told the BBC.',
    '"We remain open to talks at any time," said Alex Robertson, chief executive of Transport Focus.',
    '"People just want a reliable service," a spokesperson for the Rail Delivery Group said.',
]) + "\n"


def test_she_is_not_the_man_quoted_just_before_when_the_story_names_a_woman() -> None:
    # "Mick" and "Louise" tell their sex: "she" after Lynch's quote is Louise Haigh's (it was given to him)
    quote = _quote(_pair_report(RAIL_WIRE, RAIL_PAPER), "completely unjustified")
    assert (quote["speaker"], quote["source_speaker"], quote["speaker_changed"]) == (
        "Louise Haigh", "Louise Haigh", False)


def test_a_quote_swapped_with_an_unnamed_spokesperson_s_is_given_to_another_speaker() -> None:
    report = _pair_report(RAIL_WIRE, RAIL_PAPER)
    # the operators' spokesperson's words given by name to the passengers' group's chief
    # (the spokesperson shown by the body it speaks for, as 'A spokesperson for the Rail Delivery Group said:' is)
    named = _quote(report, "remain open")
    assert (named["speaker"], named["source_speaker"], named["speaker_changed"]) == (
        "Alex Robertson", "Rail Delivery Group", True)
    # and his words to the unnamed spokesperson
    unnamed = _quote(report, "reliable service")
    assert (unnamed["speaker"], unnamed["source_speaker"], unnamed["speaker_changed"]) == (
        "Rail Delivery Group", "Alex Robertson", True)
    from diffsrc.report.speakers import speaker_text
    assert speaker_text(named) == "Alex Robertson (the source: Rail Delivery Group)"
    # the rest keep their speakers
    assert not any(q["speaker_changed"] for q in report["quotes"] if q is not named and q is not unnamed)


def test_a_bodys_unnamed_voice_given_to_a_person_named_as_that_bodys_is_no_change_of_speaker() -> None:
    # METER (the FT): a Virgin spokesman's words given to "Richard Branson, Virgin's chairman", whom the wire quotes
    # elsewhere: the body's voice and its chairman, not words put in another speaker's mouth.
    wire = ('The airline was fined on Tuesday.\n\nA spokesman for Virgin said: "The ruling will sound the death knell '
            'for the sales incentive schemes."\n\nRichard Branson said: "We will fight on for lower fares."')
    paper = ('The airline was fined on Tuesday.\n\nRichard Branson, {0}, said: "The ruling will sound the death knell '
             'for the sales incentive schemes."\n\nRichard Branson said: "We will fight on for lower fares."')
    assert not _quote(_pair_report(wire, paper.format("Virgin's chairman")), "death knell")["speaker_changed"]
    assert _quote(_pair_report(wire, paper.format("the union's leader")), "death knell")["speaker_changed"]


def test_a_named_spokesperson_s_quote_is_no_change_of_speaker() -> None:
    # the paper names the spokesperson its source does not: no other of the story's speakers, no change
    paper = RAIL_WIRE.replace("a spokesperson for the Rail Delivery Group said",
                              "said Jacqueline Starr, chief executive of the Rail Delivery Group")
    assert not _quote(_pair_report(RAIL_WIRE, paper), "remain open")["speaker_changed"]


# A quote checker's re-test on EFE copy: the employers' chief's words given to a union leader in a reordered rewrite.
SMI_WIRE = "\n\n".join([
    "MADRID, 12 mar (EFE).- El Gobierno aprobó este martes una subida del salario mínimo del 4,4 % para este año.",
    "El presidente de la CEOE, Antonio Garamendi, lamentó que el Ejecutivo haya \"roto el diálogo social\". "
    "\"Las pequeñas empresas no pueden asumir este coste\", advirtió.",
    "\"Seguiremos movilizándonos hasta que los salarios recuperen el poder adquisitivo\", aseguró el secretario "
    "general de CCOO, Unai Sordo.",
    "El líder de UGT, Pepe Álvarez, valoró el acuerdo como \"un paso en la buena dirección\".",
]) + "\n"
SMI_PAPER = "\n\n".join([
    "El Gobierno aprobó este martes una subida del salario mínimo del 4,4 %.",
    "\"Seguiremos movilizándonos hasta que los salarios recuperen el poder adquisitivo\", aseguró el presidente de "
    "la CEOE, Antonio Garamendi.",
    "El líder de UGT, Pepe Álvarez, valoró el acuerdo. \"Las pequeñas empresas no pueden asumir este coste\", "
    "advirtió.",
]) + "\n"


@pytest.mark.parametrize(("words", "speakers"), [
    # the role's body in initials is no speaker: the name in apposition is
    ("Seguiremos", ("Antonio Garamendi", "Unai Sordo")),
    # a dropped subject after a sentence about one person in each text: as plain as a name
    ("pequeñas empresas", ("Pepe Álvarez", "Antonio Garamendi")),
], ids=["apposition-after-initials", "both-plain"])
def test_a_spanish_quote_given_to_another_of_the_story_s_speakers_is_flagged(words: str, speakers: tuple) -> None:
    quote = _quote(_pair_report(SMI_WIRE, SMI_PAPER), words)
    assert (quote["speaker"], quote["source_speaker"], quote["speaker_changed"]) == (*speakers, True)


def test_a_passive_tag_names_the_speaker_after_by() -> None:
    text = ("Yvonne Amor, 53, also shouted abuse at the bailiffs.\n\nMoments earlier, she had been told by Judge "
            "Jeremy Griggs: \"Had you lived in a humble abode, the court would deal with you very severely.\"\n")
    assert [q.speaker for q in _quotes(text)] == ["Jeremy Griggs"]


# A quote checker's re-test on AFP copy: the union leader's words given to an MP in a reordered rewrite.
BUDGET_WIRE = "\n\n".join([
    "PARIS, 4 juin (AFP) - Le Premier ministre François Bayrou a annoncé mercredi un gel des dépenses de l'Etat "
    "pour 2026.",
    "La secrétaire générale de la CGT Sophie Binet a dénoncé \"une provocation\". \"Ce gouvernement fait payer la "
    "crise aux fonctionnaires et aux retraités\", a-t-elle ajouté.",
    "Pour le président du Medef Patrick Martin, \"c'est un premier pas, mais il faudra aller plus loin sur les "
    "dépenses sociales\".",
    "\"Nous censurerons ce budget s'il ne change pas\", a prévenu la cheffe des députés LFI Mathilde Panot.",
]) + "\n"
BUDGET_PAPER = "\n\n".join([
    "François Bayrou a annoncé mercredi un gel des dépenses de l'Etat pour 2026.",
    "\"C'est un premier pas, mais il faudra aller plus loin\", a salué Patrick Martin, président du Medef.",
    "\"Ce gouvernement fait payer la crise aux fonctionnaires\", a dénoncé Mathilde Panot, cheffe des députés LFI.",
]) + "\n"


def test_french_role_openings_pour_and_initials_name_the_speaker() -> None:
    assert [q.speaker for q in _quotes(BUDGET_WIRE)] == ["Sophie Binet", "Patrick Martin", "Mathilde Panot"]


def test_a_french_quote_after_a_role_opening_given_to_another_is_flagged() -> None:
    quote = _quote(_pair_report(BUDGET_WIRE, BUDGET_PAPER), "fonctionnaires")
    assert (quote["speaker"], quote["source_speaker"], quote["speaker_changed"]) == (
        "Mathilde Panot", "Sophie Binet", True)
    assert not _quote(_pair_report(BUDGET_WIRE, BUDGET_PAPER), "premier pas")["speaker_changed"]


@pytest.mark.parametrize(("source", "target", "expected"), [
    ("2,000", "two-thousand", []),
    ("2 million", "two-million", []),
    ("almost 2,000", "more than two-thousand", [("almost 2,000", "more than two-thousand")]),
    ("2,000", "three-thousand", [("2,000", "three-thousand")]),
], ids=["same", "same-million", "hedge-crossed", "changed"])
def test_a_broadcast_script_s_hyphenated_number_in_words_is_read_whole(source: str, target: str,
                                                                        expected: list) -> None:
    # a broadcast desk's re-test: "2,000" -> "two-thousand" was a changed figure, "2,000" -> "two"
    report = _pair_report(f"Floods have forced {source} people from their homes in northern Bangladesh, officials "
                          "said on Tuesday.",
                          f"Floods have forced {target} people from their homes in northern Bangladesh, officials "
                          "said on Tuesday.")
    assert [(f["source"], f["target"]) for f in report["facts"]] == expected


# A quote checker's re-test on EFE copy: the president's post given to his defence minister, a hedge crossed.
PAZ_WIRE = "\n\n".join([
    "BOGOTÁ, 3 may (EFE).- El presidente de Colombia, Gustavo Petro, anunció este viernes la suspensión de las "
    "conversaciones de paz con el Estado Mayor Central (EMC) tras un ataque que dejó cuatro soldados muertos.",
    "\"No se puede dialogar con quien asesina a nuestros soldados\", escribió Petro en la red social X.",
    "El ministro de Defensa, Iván Velásquez, aseguró que las Fuerzas Militares \"intensificarán las operaciones\" "
    "en el departamento del Cauca.",
    "La Defensoría del Pueblo recordó que casi 3.000 personas han sido desplazadas en la región desde enero.",
]) + "\n"
PAZ_PAPER = "\n\n".join([
    "Gustavo Petro suspendió el viernes el diálogo con el Estado Mayor Central (EMC) después de un ataque.",
    "\"No se puede dialogar con quien asesina a nuestros soldados\", dijo el ministro de Defensa, Iván Velásquez.",
    "La Defensoría del Pueblo recordó que más de 3.000 personas han sido desplazadas en la región desde enero.",
]) + "\n"


def test_a_spanish_post_given_to_another_speaker_and_a_hedge_crossed_are_found() -> None:
    report = _pair_report(PAZ_WIRE, PAZ_PAPER)
    quote = _quote(report, "No se puede dialogar")
    assert (quote["speaker"], quote["source_speaker"], quote["speaker_changed"]) == (
        "Iván Velásquez", "Gustavo Petro", True)
    # the ministry the role is of is no speaker: the name in apposition is
    assert [q["source_speaker"] for q in report["quotes"] if "intensificarán" in q["text"]] == ["Iván Velásquez"]
    assert [(f["source"], f["target"]) for f in report["facts"]] == [("casi 3.000", "más de 3.000")]


def test_selon_before_and_after_a_french_quote_names_its_speaker() -> None:
    # a quote checker's re-test: "Selon le maire ..., « ... »" had no speaker, and "« ... », selon le préfet ..." went
    # to the colonel quoted before
    wire = ("Un incendie a ravagé mardi plus de 1 500 hectares de forêt dans le Var.\n\n"
            "Selon le maire de Vidauban Claude Pianetti, « une dizaine de maisons ont été évacuées par précaution ».\n")
    paper = ("Un incendie a ravagé mardi plus de 1 500 hectares de forêt dans le Var.\n\n"
             "« Nos équipes sont épuisées mais mobilisées », a témoigné le colonel Olivier Pecot.\n\n"
             "« Une dizaine de maisons ont été évacuées », selon le préfet Philippe Mahé.\n")
    assert [q.speaker for q in _quotes(wire)] == ["Claude Pianetti"]
    quote = _quote(_pair_report(wire, paper), "dizaine")
    assert (quote["speaker"], quote["source_speaker"], quote["speaker_changed"]) == (
        "Philippe Mahé", "Claude Pianetti", True)


@pytest.mark.parametrize(("source", "target", "facts"), [
    ("The United States and China agreed on Saturday to cut tariffs on each other's goods.",
     "Washington and Beijing agreed on Saturday to cut tariffs on each other's goods.", []),
    ("Russia said on Monday it had shot down 20 drones over the Black Sea.",
     "Moscow said on Monday it had shot down 20 drones over the Black Sea.", []),
    ("The summit will be held in Beijing next month, the ministry said.",
     "The summit will be held in Shanghai next month, the ministry said.", [("entity", "Beijing", "Shanghai")]),
])
def test_a_capital_standing_for_its_country_is_no_changed_name(source: str, target: str, facts: list) -> None:
    # A verification desk's re-test: a headline's "Washington and Beijing" for the wire's "The United States and
    # China" was the changed fact "China -> Beijing". A city changed for another is still one.
    assert _report_facts(source, target) == facts


@pytest.mark.parametrize(("source", "target", "facts"), [
    ("The Federal Reserve held interest rates steady on Wednesday, leaving its benchmark rate at 5.5%.",
     "The Fed held interest rates steady on Wednesday, leaving its benchmark rate at 5.5%.", []),
    ("The Federal Reserve held interest rates steady on Wednesday, leaving its benchmark rate at 5.5%.",
     "The European Central Bank held interest rates steady on Wednesday, leaving its benchmark rate at 5.5%.",
     [("entity", "Federal Reserve", "European Central Bank")]),
    ("The UK government announced £2bn in new funding for schools on Monday.",
     "The British government announced £2bn in new funding for schools on Monday.", []),
])
def test_a_central_bank_or_a_country_by_another_name_is_no_changed_name(source: str, target: str,
                                                                          facts: list) -> None:
    # A business and politics desk: the alias table (data/entity_aliases.txt) names "the Fed" and "British" as
    # the Federal Reserve and the UK; a bank changed for another is still a changed name.
    assert _report_facts(source, target) == facts


@pytest.mark.parametrize(("source", "target", "facts"), [
    ("The unemployment rate rose 0.2 percentage points in the three months to September, the ONS said.",
     "The unemployment rate rose to 0.2% in the three months to September, the ONS said.",
     [("percent", "0.2 percentage points", "to 0.2%")]),
    ("The jobless rate rose by 0.2 points in the quarter.", "The jobless rate rose to 0.2 per cent in the quarter.",
     [("percent", "by 0.2 points", "to 0.2 per cent")]),
    # faithful: the change kept in points, or the level given where the source gives it
    ("The unemployment rate rose by 0.2 points in the quarter.",
     "The unemployment rate was up 0.2 percentage points in the quarter.", []),
    ("The unemployment rate rose 0.2 percentage points to 4.3% in the quarter.",
     "The unemployment rate climbed to 4.3% in the quarter.", []),
])
def test_a_change_in_points_given_as_a_level_is_a_changed_fact(source: str, target: str, facts: list) -> None:
    # A business and politics desk's re-test: "rose 0.2 percentage points" -> "rose to 0.2%" was no finding, as a
    # rate's rise by a percentage may be its level; a change in points never is.
    assert _report_facts(source, target) == facts


HAMILTON = "Lewis Hamilton finished second at the Hungarian Grand Prix on Sunday, 1.2 seconds behind Max Verstappen."
MUIR = "Laura Muir took third place in the 1500 metres final in Budapest, her best finish at a world championships."
DALEY = "Tom Daley came fourth in the 10m platform final, narrowly missing out on a medal."
NORRIS = "Lando Norris qualified in pole position for Sunday's British Grand Prix at Silverstone."


@pytest.mark.parametrize(("source", "target", "changes"), [
    # A sports desk's re-test on PA Sport copy: a finishing place put for another, written as no figure, was no
    # finding.
    (HAMILTON, HAMILTON.replace("finished second at", "won"), [("finished second", "won")]),
    (MUIR, MUIR.replace("took third place", "was runner-up"), [("third place", "runner-up")]),
    (DALEY, "Tom Daley finished on the podium in the 10m platform final.", [("came fourth", "podium")]),
    (NORRIS, NORRIS.replace("in pole position", "second"), [("pole position", "qualified second")]),
    # One place said another way, or a place beside another competitor's.
    (HAMILTON, HAMILTON.replace("finished second", "was runner-up"), []),
    (MUIR, MUIR.replace("took third place", "finished on the podium"), []),
    (HAMILTON, "Lewis Hamilton was runner-up at the Hungarian Grand Prix on Sunday, finishing 1.2 seconds behind "
               "winner Max Verstappen.", []),
])
def test_a_finishing_place_changed_is_a_changed_fact(source: str, target: str, changes: list) -> None:
    report = compare(Document.from_text(source, id="s"), Document.from_text(target, id="t")).to_dict()
    assert [(f["source"], f["target"]) for f in report["facts"] if f["kind"] == "number"] == changes


UNITED = "Manchester United were beaten 2-0 by Tottenham Hotspur at Old Trafford on Sunday."
ARSENAL = "Arsenal moved back to the top of the Premier League with a 3-0 win over Brentford on Saturday."


@pytest.mark.parametrize(("source", "target", "changes"), [
    # A sports desk's re-test on PA match reports: a club's nickname or short name was a changed name, and one club
    # put for another opening a sentence, or after the city both share, was none.
    (UNITED, UNITED.replace("Tottenham Hotspur", "Spurs"), []),
    (UNITED, UNITED.replace("Manchester United", "Man Utd"), []),
    ("Wolverhampton Wanderers drew 1-1 with Middlesbrough at Molineux.", "Wolves drew 1-1 with Boro at Molineux.", []),
    ("Chelsea were beaten 2-1 by Liverpool at Stamford Bridge.", "The Blues were beaten 2-1 by the Reds at Stamford "
                                                                 "Bridge.", []),
    ("Spurs beat West Ham 2-0 in the London derby.", "Tottenham beat the Hammers 2-0 in the London derby.", []),
    (UNITED, UNITED.replace("Manchester United", "Manchester City"), [("Manchester United", "Manchester City")]),
    (ARSENAL, ARSENAL.replace("Arsenal", "Spurs"), [("Arsenal", "Spurs")]),
    ("Chelsea were beaten 2-1 by Liverpool at Stamford Bridge.", "Chelsea were beaten 2-1 by the Toffees at "
                                                                 "Stamford Bridge.", [("Liverpool", "the Toffees")]),
    # Two clubs named the other way round are the turned-round rule's, not two changed names.
    ("Arsenal beat Spurs 2-0 at the Emirates.", "Spurs beat Arsenal 2-0 at the Emirates.",
     [("Arsenal beat Spurs", "Spurs beat Arsenal")]),
])
def test_a_clubs_nickname_is_no_changed_name_and_another_club_is_one(source: str, target: str, changes: list) -> None:
    report = compare(Document.from_text(source, id="s"), Document.from_text(target, id="t")).to_dict()
    assert [(f["source"], f["target"]) for f in report["facts"] if f["kind"] == "entity"] == changes


@pytest.mark.parametrize(("source", "target", "changes"), [
    # A sports desk's re-test on PA match reports: two scorers traded places in a copied sentence, each given the
    # other's goal, was no finding (each name is on both sides still).
    ("Alexander Isak opened the scoring in the 23rd minute before Anthony Gordon doubled the lead after the break.",
     "Anthony Gordon opened the scoring in the 23rd minute before Alexander Isak doubled the lead after the break.",
     [("Alexander Isak opened the scoring in the 23rd minute before Anthony Gordon",
       "Anthony Gordon opened the scoring in the 23rd minute before Alexander Isak")]),
    ("Isak scored the first and Gordon the second as Newcastle won 2-0 at Fulham.",
     "Gordon scored the first and Isak the second as Newcastle won 2-0 at Fulham.",
     [("Isak scored the first and Gordon", "Gordon scored the first and Isak")]),
    # Names of a list in another order say the same thing.
    ("Isak and Gordon scored as Newcastle won 2-0 at Fulham.", "Gordon and Isak scored as Newcastle won 2-0 at Fulham.",
     []),
    ("Goals from Saka, Odegaard and Havertz gave Arsenal a 3-0 win.",
     "Goals from Odegaard, Saka and Havertz gave Arsenal a 3-0 win.", []),
])
def test_two_names_that_traded_places_are_a_changed_fact(source: str, target: str, changes: list) -> None:
    report = compare(Document.from_text(source, id="s"), Document.from_text(target, id="t")).to_dict()
    assert [(f["source"], f["target"]) for f in report["facts"] if f["kind"] == "entity"] == changes


def test_word_keys_kept_per_text_are_the_keys_word_by_word() -> None:
    # A text's keys are kept (`_keys_in_order`, `_key_set`): the same as each word's `_key`, for texts within the
    # kept length and past it, and the copied bound and the diff the same on a second reading.
    from diffsrc.pair.findings import diff as diff_module
    from diffsrc.text.segment import SENTENCE_CACHE_MAX_CHARS

    short = "The twenty-four-year-old denies re-trial, Ms O'Neill said of the £5,000 defence."
    long = " ".join([short] * (SENTENCE_CACHE_MAX_CHARS // len(short) + 2))
    for text in (short, long, "", "東京で会議が開かれた。 Tokyo"):
        keys = tuple(map(diff_module._key, diff_module.word_tokens(text)))
        assert diff_module._keys_in_order(text) == keys
        assert diff_module._key_set(text) == frozenset(keys)
    target = "The 24-year-old denies retrial, Ms O'Neill said."
    first = (diff_module.copied_at_most([short, long], target), word_diff(short, target))
    assert (diff_module.copied_at_most([short, long], target), word_diff(short, target)) == first
    assert first[0] == [sum(k in set(map(diff_module._key, diff_module.word_tokens(s)))
                            for k in map(diff_module._key, diff_module.word_tokens(target))) for s in (short, long)]


@pytest.mark.parametrize(("source", "target", "facts"), [
    # A person's office made lesser or greater by a word put in or taken out, shown with the name (a court desk's
    # re-test: none was a finding), and an office set off from the name by a comma.
    ("Deputy Chief Constable Mark Ellis said the officers had acted properly throughout.",
     "Chief Constable Mark Ellis said the officers had acted properly throughout.",
     [("entity", "Deputy Chief Constable Mark Ellis", "Chief Constable Mark Ellis")]),
    ("Lt Col John Smith, commanding officer of the battalion, said the soldiers had been well trained.",
     "Col John Smith, commanding officer of the battalion, said the soldiers had been well trained.",
     [("entity", "Lt Col John Smith", "Col John Smith")]),
    ("Lieutenant Colonel John Smith, commanding officer of the battalion, said the soldiers had been well trained.",
     "Col John Smith, commanding officer of the battalion, said the soldiers had been well trained.",
     [("entity", "Lieutenant Colonel John Smith", "Col John Smith")]),
    ("Assistant Secretary of State Mary Jones said the talks in Geneva would resume next week.",
     "Secretary of State Mary Jones said the talks in Geneva would resume next week.",
     [("entity", "Assistant Secretary of State Mary Jones", "Secretary of State Mary Jones")]),
    ("Mark Ellis, the deputy chief constable of Devon and Cornwall, said the officers had acted properly.",
     "Mark Ellis, the chief constable of Devon and Cornwall, said the officers had acted properly.",
     [("entity", "Mark Ellis, the deputy chief constable", "Mark Ellis, the chief constable")]),
    ("Detective Chief Inspector Tom Hale said the inquiry into the death was continuing.",
     "Detective Inspector Tom Hale said the inquiry into the death was continuing.",
     [("entity", "Chief Inspector Tom Hale", "Inspector Tom Hale")]),
    ("The company's chief financial officer, Jane Doe, said the results were disappointing.",
     "The company's chief executive, Jane Doe, said the results were disappointing.",
     [("entity", "chief financial officer, Jane Doe", "chief executive, Jane Doe")]),
    # One office written two ways, and one with no name beside it, are none.
    ("Lt Col John Smith, commanding officer of the battalion, said the soldiers had been well trained.",
     "Lieutenant Colonel John Smith, commanding officer of the battalion, said the soldiers had been well trained.",
     []),
    ("The company's chief executive, Jane Doe, said the results were disappointing.",
     "The company's CEO, Jane Doe, said the results were disappointing.", []),
    ("The deputy head said the school would reopen on Monday after the flood.",
     "The head said the school would reopen on Monday after the flood.", []),
])
def test_a_persons_office_changed_is_a_changed_fact_with_the_name(source: str, target: str, facts: list) -> None:
    assert _report_facts(source, target) == facts


@pytest.mark.parametrize(("source", "target", "facts"), [
    # A cause of death or of a fire put for another (a health desk's and a fire desk's re-test: no finding).
    ("The inquest heard that Mr Brown, 54, died of a heart attack at his home in Leeds.",
     "The inquest heard that Mr Brown, 54, died of a stroke at his home in Leeds.",
     [("entity", "a heart attack", "a stroke")]),
    ("Fire investigators said the fire was caused by an electrical fault in the kitchen.",
     "Fire investigators said the fire was caused by arson in the kitchen.",
     [("entity", "an electrical fault", "arson")]),
    # (the arts desk's trial of stop 49: an obituary's cause of death changed, left unfound)
    ("The actor, who died of Parkinson's disease at his home in Los Angeles, was 81.",
     "The actor, who died of cancer at his home in Los Angeles, was 81.",
     [("entity", "Parkinson's disease", "cancer")]),
    ("The actor, who died of leukaemia at his home in Los Angeles, was 81.",
     "The actor, who died of cancer at his home in Los Angeles, was 81.", []),
    # One cause said two ways, a cause's word that is no cause, and a state that may have had either cause: none.
    ("The inquest heard that Mr Brown, 54, died from a suspected heart attack at his home in Leeds.",
     "The inquest heard that Mr Brown, 54, died from cardiac arrest at his home in Leeds.", []),
    ("It was a stroke of luck that Mr Brown, 54, survived the crash near his home in Leeds.",
     "It was a bit of luck that Mr Brown, 54, survived the crash near his home in Leeds.", []),
    ("Engineers said the signal failure was caused by damaged cables near the station.",
     "Engineers said the signal failure was caused by vandalism near the station.", []),
])
def test_a_cause_of_death_or_of_a_fire_changed_is_a_changed_fact(source: str, target: str, facts: list) -> None:
    assert _report_facts(source, target) == facts


@pytest.mark.parametrize(("source", "target", "facts"), [
    # A wound's place put for another part of the body (a crime desk's re-test: no finding).
    ("The man was stabbed in the leg during the attack outside the nightclub in Leeds.",
     "The man was stabbed in the chest during the attack outside the nightclub in Leeds.",
     [("entity", "stabbed in the leg", "stabbed in the chest")]),
    ("The officer was shot twice in the arm as he approached the car in Leeds.",
     "The officer was shot twice in the head as he approached the car in Leeds.",
     [("entity", "shot twice in the arm", "shot twice in the head")]),
    # The same place said closer or looser is none.
    ("The man was stabbed in the chest during the attack outside the nightclub in Leeds.",
     "The man was stabbed in the heart during the attack outside the nightclub in Leeds.", []),
])
def test_a_wounds_place_changed_is_a_changed_fact(source: str, target: str, facts: list) -> None:
    assert _report_facts(source, target) == facts


def _outside_singles_has_double_by_character(text: str) -> bool:
    """The rule as first written, one character at a time: the reference for the one that reads only the marks."""
    depth = False
    for i, ch in enumerate(text):
        if ch == "'" and (i == 0 or not text[i - 1].isalnum()) and i + 1 < len(text) and text[i + 1].isalnum():
            depth = True
        elif ch == "'" and depth and (i + 1 == len(text) or not text[i + 1].isalnum()):
            depth = False
        elif ch in '"“”' and not depth:
            return True
    return False


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="ab1 '\"“”’.,", max_size=24))
def test_a_double_mark_outside_single_quotes_is_found_reading_only_the_marks(text):
    from diffsrc.pair.findings.quotes import _outside_singles_has_double

    assert _outside_singles_has_double(text) == _outside_singles_has_double_by_character(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet="aBé1 -'’.É", max_size=16), max_size=4))
def test_lowercase_words_are_each_word_written_with_a_lowercase_first_letter(texts):
    from diffsrc.pair.findings.facts import _WORD_IN_TEXT

    assert lowercase_words(texts) == frozenset(w for t in texts for w in _WORD_IN_TEXT.findall(t) if w[0].islower())
