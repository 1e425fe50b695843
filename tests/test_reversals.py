"""Reversed meaning: a copied sentence that now says the opposite ("fell" for "rose", "not guilty" for "guilty") is
a finding, in every findings format; rewording, a negation moved or said another way, and two flips are not."""

from __future__ import annotations

import csv
import io
import json
import random
import re
from importlib import resources
from pathlib import Path

import pytest
from click.testing import CliRunner

from diffsrc import Document, compare
from diffsrc.cli import cli

from .conftest import SHARED_DATA

WIRE = "\n\n".join([
    "Shares in Northwind Traders rose 5 percent on Monday after the company published its quarterly results.",
    "The jury at Leeds Crown Court found Peter Hale guilty of fraud after a three-week trial.",
    "The council approved the plan for 300 new homes on the former factory site last night.",
    "A spokesman said the firm was confident it would meet its targets for the year.",
]) + "\n"

REWRITE = "\n\n".join([
    "Shares in Northwind Traders fell 5 percent on Monday after the company published its quarterly results.",
    "The jury at Leeds Crown Court found Peter Hale not guilty of fraud after a three-week trial.",
    "The council approved the plan for 300 new homes on the former factory site last night.",
    "A spokesman said the firm was confident it would meet its targets for the year.",
]) + "\n"


def reversals(source: str, target: str) -> list[dict]:
    return compare(Document.from_text(source, id="s"), Document.from_text(target, id="t")).to_dict()["reversals"]


def test_an_opposite_word_and_a_negation_are_found_at_their_sentences() -> None:
    found = reversals(WIRE, REWRITE)
    assert [(r["kind"], r["source"], r["target"], r["source_index"], r["target_index"]) for r in found] == [
        ("opposite", "Traders rose 5", "Traders fell 5", 0, 0),
        ("negation", "Hale guilty", "Hale not guilty", 1, 1),
    ]


@pytest.mark.parametrize(("source", "target"), [
    ("The council approved the plan for 300 new homes on the site.",
     "The council rejected the plan for 300 new homes on the site."),
    ("He was unable to attend the hearing at Leeds Crown Court on Tuesday.",
     "He was able to attend the hearing at Leeds Crown Court on Tuesday."),
    ("The minister admitted that he had met the lobbyist before the vote.",
     "The minister did not admit that he had met the lobbyist before the vote."),
    ("Police said the suspect had never been arrested before the attack in Leeds.",
     "Police said the suspect had been arrested before the attack in Leeds."),
    ("The defence was a joint one by the RSPCA and the Ministry of Agriculture.",
     "The prosecution was a joint one by the RSPCA and the Ministry of Agriculture."),
    ("He told how the death of his son had turned the lives of his family upside down.",
     "He told how the death of his son had turned the lives of his family upside up."),
    # "no longer", and "no" for "a" (a fact-checker's trial on METER's PA copy).
    ("Pc Gibb was based at Eaton Road police station in West Derby, Liverpool, for ten years.",
     "Pc Gibb was no longer based at Eaton Road police station in West Derby, Liverpool, for ten years."),
    ("The organisation was no stranger to the imposition of serious violence against those who challenged it.",
     "The organisation was a stranger to the imposition of serious violence against those who challenged it."),
    # With another small edit beside it (a fact-checker's retest on METER's PA copy: 1 of 6 found before), and a
    # negation standing in a word's place.
    ("A former BBC local radio DJ today pleaded guilty to 41 sex offences against children.",
     "A former BBC local radio DJ yesterday pleaded not guilty to 41 sex offences against children."),
    ("He denied two counts of raping a boy, two counts of indecent assaults on boys and one count of buggery.",
     "He admitted two charges of raping a boy, two counts of indecent assaults on boys and one count of buggery."),
    ("Celebrity chef Marco Pierre White today won the battle of the Titanic and Atlantic restaurants.",
     "Celebrity chef Marco Pierre White today lost the legal battle of the Titanic and Atlantic restaurants."),
    ("The jury was told that Herbert, 31, was in debt and forced to moonlight as a nightclub bouncer.",
     "The jury was told that Herbert, 31, was never in serious debt and forced to moonlight as a nightclub bouncer."),
    ("But Anthony Abramson, 29, was cleared after photographs of his bruises were produced.",
     "But Anthony Abramson, 29, was convicted shortly after photographs of his bruises were produced."),
    ("He said Sumer soon learned, through Herbert's bragging, that he worked for the central casework division.",
     "He said Sumer never learned, through Herbert's bragging, that he worked for the central casework division."),
    # A figure changed beside it, and "none" turned to "one" (an HTML reader's and an international desk's trials).
    ("The council said on Monday that spending would rise by 5% next year.",
     "The council said on Monday that spending would fall by 7% next year."),
    # a negation in the place of "still" or "already" (a fact-checker's trial on PA copy)
    ("The court heard that their relationship was still friendly after the break-up in the summer.",
     "The court heard that their relationship was no longer friendly after the break-up in the summer."),
    ("The council said the firm had already paid the fine for the pollution last year.",
     "The council said the firm had not yet paid the fine for the pollution last year."),
    ("Health Minister Kemal Memisoglu said hospitals were treating the injured and that none of them was in "
     "critical condition.",
     "Health Minister Kemal Memisoglu said hospitals were treating the injured and that one of them was in "
     "critical condition."),
    # A half-time score from the other side (a sports desk's trial: the score kept, who was ahead turned round).
    ("The Chiefs trailed 10-7 at halftime before Mahomes found Travis Kelce for a 12-yard score.",
     "The Chiefs led 10-7 at halftime before Mahomes found Travis Kelce for a 12-yard score."),
    # A direction on the map turned round (a disaster desk's trial: the epicentre put south of the city, no finding).
    ("The quake was centered about 80 kilometers north of the city of Kahramanmaras, the agency said.",
     "The quake was centered about 80 kilometers south of the city of Kahramanmaras, the agency said."),
    ("The fire spread east toward the town of Magalia overnight, Cal Fire said.",
     "The fire spread west toward the town of Magalia overnight, Cal Fire said."),
    # A rank at the top put at the bottom (a health desk's re-test: no finding).
    ("The outbreak began in Gaines County, which has one of the lowest vaccination rates in the state.",
     "The outbreak began in Gaines County, which has one of the highest vaccination rates in the state."),
])
def test_reversals_are_found(source: str, target: str) -> None:
    assert len(reversals(source, target)) == 1


@pytest.mark.parametrize(("source", "target", "expected"), [
    # A markets desk's re-test: results against forecasts and a price's day turned round were no finding.
    ("Unilever reported a 12 percent rise in full-year profit on Thursday, beating analysts' expectations, as price "
     "increases offset weaker volumes.",
     "Unilever reported a 12% rise in full-year profit on Thursday, missing analysts' expectations, as price "
     "increases offset weaker volumes.",
     ("Thursday, beating analysts", "Thursday, missing analysts")),
    ("Brent crude gained 1.5% to $84.20 a barrel in London trading.",
     "Brent crude lost 1.5% to $84.20 a barrel in London trading.", ("crude gained 1.5%", "crude lost 1.5%")),
    ("The results were better than expected, the company said on Tuesday.",
     "The results were worse than expected, the company said on Tuesday.", ("were better than", "were worse than")),
    # ... beside a figure the copy writes in its house style ("59.6 billion euros" -> "€59.6bn"), which hid the
    # shared words around the edit, or in one edit with it ...
    ("Turnover fell 1.2 percent to 59.6 billion euros, hit by currency movements, particularly the weakness of the "
     "Argentine peso.",
     "Turnover rose 1.2% to €59.6bn, hit by currency movements, particularly the weak Argentine peso.",
     ("Turnover fell 1.2 percent to", "Turnover rose 1.2% to")),
    ("Revenue climbed 13% to $56.5 billion, above the $54.5 billion analysts had forecast.",
     "Revenue climbed 13% to $56.5bn, below the $54.5bn analysts had forecast.",
     ("to $56.5 billion, above the", "to $56.5bn, below the")),
    # ... or with a figure changed one for one in the same edit (the year is the facts step's finding).
    ("Microsoft said its profit rose 27% in fiscal 2024, beating Wall Street's expectations as demand stayed strong.",
     "Microsoft said its profit rose 27% in fiscal 2023, missing Wall Street's expectations as demand stayed strong.",
     ("fiscal 2024, beating Wall", "fiscal 2023, missing Wall")),
    # A statistics desk's trial: a pace turned round was no finding.
    ("Food prices rose by 4.1% in the year to October, the fastest pace in 18 months.",
     "Food prices rose by 4.1% in the year to October, the slowest pace in 18 months.",
     ("the fastest pace", "the slowest pace")),
    ("Wage growth accelerated to 5.2% in the three months to September.",
     "Wage growth slowed to 5.2% in the three months to September.", ("growth accelerated to", "growth slowed to")),
])
def test_markets_reversals_are_found(source: str, target: str, expected: tuple[str, str]) -> None:
    assert [(r["source"], r["target"]) for r in reversals(source, target)] == [expected]


@pytest.mark.parametrize(("source", "target"), [
    # Figures in the copy's style, or a figure changed, turn nothing round.
    ("Turnover fell 1.2 percent to 59.6 billion euros, hit by currency movements, the company said.",
     "Turnover fell 1.2% to €59.6bn, hit by currency movements, the company said."),
    ("Turnover fell 1.2 percent to 59.6 billion euros, hit by currency movements, the company said.",
     "Turnover fell 2.1 percent to 59.6 billion euros, hit by currency movements, the company said."),
])
def test_house_style_figures_are_no_reversal(source: str, target: str) -> None:
    assert reversals(source, target) == []


@pytest.mark.parametrize(("source", "target"), [
    # Negations in other languages (a European observatory's trial: none was read)
    ("Selon le parquet, le conducteur a été placé en garde à vue mardi soir à Rouen.",
     "Selon le parquet, le conducteur n'a pas été placé en garde à vue mardi soir à Rouen."),
    ("Secondo i vigili del fuoco, nell'edificio erano in corso lavori di ristrutturazione.",
     "Secondo i vigili del fuoco, nell'edificio non erano in corso lavori di ristrutturazione."),
    ("Die Polizei schließt Brandstiftung nicht aus, sagte ein Sprecher am Abend.",
     "Die Polizei schließt Brandstiftung aus, sagte ein Sprecher am Abend."),
    ("De politie zegt dat ze uitgaat van opzet bij de brand in de loods.",
     "De politie zegt dat ze niet uitgaat van opzet bij de brand in de loods."),
    ("O ministro disse que o governo vai aumentar os impostos no próximo ano.",
     "O ministro disse que o governo não vai aumentar os impostos no próximo ano."),
])
def test_reversals_in_other_languages_are_found(source: str, target: str) -> None:
    assert len(reversals(source, target)) == 1


# An election desk's copy errors (an election-night trial): a result turned round by a word of the results' own
# ("held" a deposit or a seat for "lost", a seat "held" for "gained", a member "defeated" for "re-elected"), a
# refusal for what was done ("refused to concede" for "conceded"), and an opposite with a function word beside it
# ("ahead of" -> "behind").
@pytest.mark.parametrize(("source", "target", "kind", "words"), [
    ("Mr Corran conceded shortly after 3am, telling supporters the voters had spoken.",
     "Mr Corran refused to concede shortly after 3am, telling supporters the voters had spoken.",
     "negation", ("Corran conceded shortly", "Corran refused to concede shortly")),
    ("The party declined to endorse Mr Trask at its conference on Tuesday.",
     "The party endorsed Mr Trask at its conference on Tuesday.",
     "negation", ("party declined to endorse Mr", "party endorsed Mr")),
    ("The Liberal Democrats held their deposit, with Priya Nair winning 6.2% of the vote.",
     "The Liberal Democrats lost their deposit, with Priya Nair winning 6.2% of the vote.",
     "opposite", ("Democrats held their", "Democrats lost their")),
    ("Labour gained Bury North with a majority of 1,204 on Thursday night.",
     "Labour held Bury North with a majority of 1,204 on Thursday night.",
     "opposite", ("Labour gained Bury", "Labour held Bury")),
    ("Governor Tom Hale was re-elected on Tuesday with 54% of the vote.",
     "Governor Tom Hale was defeated on Tuesday with 54% of the vote.",
     "opposite", ("was re-elected on", "was defeated on")),
    ("The poll puts Labour ahead of the Conservatives by six points in the marginal seats.",
     "The poll puts Labour behind the Conservatives by six points in the marginal seats.",
     "opposite", ("Labour ahead of the", "Labour behind the")),
    # A gain named with the party it was taken from, a hold with none; a result claimed or owned to by a verb of its
    # own; an outcome missed for one won (an election desk's re-test: none of these was found).
    ("The count finished at 4am. It was a Labour gain from the Conservatives.",
     "The count finished at 4am. It was a Labour hold.",
     "opposite", ("Labour gain from the Conservatives.", "Labour hold.")),
    ("Mr Odinga declared victory on Wednesday night in Nairobi.",
     "Mr Odinga conceded defeat on Wednesday night in Nairobi.",
     "opposite", ("Odinga declared victory on", "Odinga conceded defeat on")),
    ("Mr Corran conceded shortly after 3am, telling supporters the voters had spoken.",
     "Mr Corran claimed victory shortly after 3am, telling supporters the voters had spoken.",
     "opposite", ("Corran conceded shortly", "Corran claimed victory shortly")),
    ("The ruling party fell short of a majority in the 150-seat parliament.",
     "The ruling party won a majority in the 150-seat parliament.",
     "negation", ("party fell short of a", "party won a")),
    ("The ruling party won a majority in the 150-seat parliament.",
     "The ruling party fell short of a majority in the 150-seat parliament.",
     "negation", ("party won a", "party fell short of a")),
    # A seat taken from another party (a verb and "from") made one held, and back (an election desk's re-test: none
    # found, "took" and "held" being no listed opposites and the "from" phrase a run of its own).
    ("Labour took the seat from the Conservatives with a majority of 4,210, the returning officer said.",
     "Labour held the seat with a majority of 4,210, the returning officer said.",
     "opposite", ("Labour took the seat from the Conservatives with", "Labour held the seat with")),
    ("Jane Smith won Bury North for Labour, taking the seat from the Conservatives on a swing of 6 per cent.",
     "Jane Smith won Bury North for Labour, holding the seat on a swing of 6 per cent.",
     "opposite", ("Labour, taking the seat from the Conservatives on", "Labour, holding the seat on")),
    ("Labour held the seat with a majority of 4,210, the returning officer said.",
     "Labour won the seat from the Conservatives with a majority of 4,210, the returning officer said.",
     "opposite", ("Labour held the seat with", "Labour won the seat from the Conservatives with")),
])
def test_election_results_turned_round_are_found(source: str, target: str, kind: str, words: tuple[str, str]) -> None:
    assert [(r["kind"], r["source"], r["target"]) for r in reversals(source, target)] == [(kind, *words)]


@pytest.mark.parametrize(("source", "target"), [
    # One refusal said two ways, a seat kept said two ways.
    ("Mr Trask did not concede on Tuesday night despite trailing in every county.",
     "Mr Trask refused to concede on Tuesday night despite trailing in every county."),
    ("The party declined to endorse Mr Trask at its conference on Tuesday.",
     "The party refused to endorse Mr Trask at its conference on Tuesday."),
    ("Mr Trask failed to win the seat on Tuesday night despite a strong campaign.",
     "Mr Trask did not win the seat on Tuesday night despite a strong campaign."),
    ("Senator Mary Ellis retained her seat in Ohio on Tuesday night.",
     "Senator Mary Ellis held her seat in Ohio on Tuesday night."),
    # "declined to" a figure is a fall, said again as one.
    ("Shares in the firm declined to 40p on Tuesday after the profit warning.",
     "Shares in the firm fell to 40p on Tuesday after the profit warning."),
    # A result claimed, owned to or fallen short of, said another way; a point or a goal conceded.
    ("Mr Odinga declared victory on Wednesday night in Nairobi.",
     "Mr Odinga claimed victory on Wednesday night in Nairobi."),
    ("Mr Corran conceded shortly after 3am, telling supporters the voters had spoken.",
     "Mr Corran admitted defeat shortly after 3am, telling supporters the voters had spoken."),
    ("Acme's quarterly profit fell short of analysts' expectations on Tuesday.",
     "Acme's quarterly profit missed analysts' expectations on Tuesday."),
    ("The party fell short of the 326 seats needed for a majority.",
     "The party did not reach the 326 seats needed for a majority."),
    ("The party fell short of a majority in the 150-seat parliament.",
     "The party failed to win a majority in the 150-seat parliament."),
    ("The minister conceded the point in the Commons on Tuesday.",
     "The minister accepted the point in the Commons on Tuesday."),
    ("The count finished at 4am. It was a Labour gain from the Conservatives.",
     "The count finished at 4am. It was a Labour gain."),
    # A seat taken said another way; a lead, not a seat.
    ("Labour took the seat from the Conservatives with a majority of 4,210, the returning officer said.",
     "Labour seized the seat from the Conservatives with a majority of 4,210, the returning officer said."),
    ("Labour took the lead from the Conservatives in the latest poll, published on Sunday.",
     "Labour held the lead in the latest poll, published on Sunday."),
])
def test_an_election_result_said_another_way_is_no_reversal(source: str, target: str) -> None:
    assert reversals(source, target) == []


def test_a_reversal_is_shown_without_the_quotation_marks_its_words_carry() -> None:
    [found] = reversals("«Vamos a subir los impuestos el próximo año», dijo el ministro Luis Planas en Madrid.",
                        "«No vamos a subir los impuestos el próximo año», dijo el ministro Luis Planas en Madrid.")
    assert (found["source"], found["target"]) == ("Vamos", "No vamos")


def test_not_only_in_other_languages_is_no_negation() -> None:
    assert reversals("Le maire a non seulement salué les secours, il a aussi remercié les voisins du quartier.",
                     "Le maire a salué les secours, il a aussi remercié les voisins du quartier.") == []


def test_each_of_two_negations_taken_out_of_one_sentence_is_a_reversal() -> None:
    """Both "not"s gone: the sentence's negations were compared by parity, so two taken out looked like none."""
    found = reversals('"We will not raise taxes and we will not cut services," said council leader Jane Smith.',
                      '"We will raise taxes and we will cut services," said council leader Jane Smith.')
    assert [(r["source"], r["target"]) for r in found] == [("will not raise", "will raise"),
                                                           ("will not cut", "will cut")]


@pytest.mark.parametrize(("source", "target", "expected"), [
    # An arts desk's obituaries and chart copy: an award won made a nomination, and back ...
    ("Margaret Ellison, the actress who won the Oscar for best actress for \"The Quiet Harbor,\" has died.",
     "Margaret Ellison, the actress who was nominated for the Oscar for best actress for \"The Quiet Harbor,\" has "
     "died.", ("who won the", "who was nominated for the")),
    ("Marsh, 29, won the Brit Award for best new artist in 2019 and was nominated for the Mercury Prize in 2022.",
     "Marsh, 29, won the Brit Award for best new artist in 2019 and won the Mercury Prize in 2022.",
     ("and was nominated for the", "and won the")),
    # ... and an illness's course.
    ("Ellison died Tuesday at her home in Santa Monica, California, after a short illness, her publicist said.",
     "Ellison died Tuesday at her home in Santa Monica, California, after a long illness, her publicist said.",
     ("a short illness,", "a long illness,")),
])
def test_an_award_and_an_illness_turned_round_are_found(source: str, target: str,
                                                                   expected: tuple[str, str]) -> None:
    assert [(r["source"], r["target"]) for r in reversals(source, target)] == [expected]


@pytest.mark.parametrize("target", [
    # A nomination won is a nomination.
    "She won an Oscar nomination for best actress in 1964 for her role in the film, the academy said.",
    "She earned an Oscar nomination for best actress in 1964 for her role in the film, the academy said.",
])
def test_a_nomination_won_is_no_reversal(target: str) -> None:
    assert reversals("She was nominated for the Oscar for best actress in 1964 for her role in the film, the academy "
                     "said.", target) == []




@pytest.mark.parametrize(("source", "target"), [
    # Two flips say the same thing.
    ("The minister denied that he had met the lobbyist before the vote.",
     "The minister did not admit that he had met the lobbyist before the vote."),
    # ... where the edit ends the sentence too: "innocent" is "not guilty" (a news desk's reprint of a counsel's
    # words, found as an opposite: the negation was read as emphasis at the sentence's end).
    ("Speaking to reporters outside the court, his counsel said his client was innocent.",
     "Speaking to reporters outside the court, his counsel said his client was not guilty."),
    # A negation moved, or said another way.
    ("Prosecutor Susan Ferrier said they were not offering further evidence in the case and the couple were "
     "formally found not guilty of the charges.",
     "Prosecutor Susan Ferrier said the prosecution was offering no further evidence in the case."),
    ("Denying he was aware of the approaching bus, he told the jury he was in pain from a bite wound.",
     "He told the jury he was not aware of the approaching bus and was in pain from a bite wound."),
    # "not only" is no negation; a wording change with no polarity is no finding.
    ("The firm missed its target and also cut its forecast for next year, the chairman said.",
     "Not only did the firm miss its target, it also cut its forecast for next year, the chairman said."),
    ("Police said the man was taken to hospital and his condition was stable last night.",
     "Police said the man was taken to hospital where his condition was stable last night."),
    ("The council approved the plan for 300 new homes on the site last night, a spokesman said.",
     "The council approved a plan for 300 new homes on the site last night, a spokesman said."),
    # A rewritten clause is not read: the facts and the word diff show it.
    ("Three people were injured when the lorry hit the bus shelter in Hull city centre on Friday.",
     "No one was hurt when the lorry hit the bus shelter in Hull city centre on Friday."),
    # A question says nothing either way; a negation repeated at the end is emphasis (METER papers, one against
    # another).
    ("He said in the circumstances Shipman's diagnosis of a stroke was not justified.",
     "Mr Henriques asked him if Shipman's diagnosis of a stroke was justified."),
    ("Richard Grant said the family never ate at home. Food was never prepared in the house.",
     'Richard Grant said the family never ate at home. He said: "Food was never prepared in the house, never.'),
    # Two clauses of one merged sentence whose words fall in order across the source's sentences.
    ("She told the court she had been abused by other officers. It is for the prosecution to make me sure that she "
     "was not acting in self-defence and it has failed to do so, she said.",
     "Pc Hendricks had told the court that she acted in self-defence, punching him just once."),
    # A lost space is no prefix ("inCumbria" is not the opposite of "Cumbria").
    ("He had been found guilty of 46 charges on the historic Holker Hall estate in Cumbria, at an earlier hearing.",
     "He had been found guilty of 46 charges on the historic Holker Hall estate inCumbria at an earlier hearing."),
    # A negation that comes with a word of its own says something else; "yet to be" already says "not yet"; words
    # taken out beside a negation may be what it negates (a claim restated as the court's ruling, METER).
    ("The minister admitted that he had met the lobbyist before the vote in the House of Commons.",
     "The minister did not fully admit that he had met the lobbyist before the vote in the House of Commons."),
    ("Pond was remanded in custody and will be sentenced at a later date yet to be fixed by the court.",
     "Pond was remanded in custody and will be sentenced at a later date not yet fixed by the court."),
    ("He claimed the driver of the car, Sarah Field, 27, from Cheltenham, had been negligent and unreasonable when "
     "she drove off.",
     "But a judge ruled that driver Sarah Field, 27, from Cheltenham, had not been unreasonable when she drove off."),
    ("Mr Grobbelaar replied maybe to Mr Vincent's suggestions about the sums involved in match-fixing to draw him out.",
     "Mr Grobbelaar replied maybe to Mr Vincent's suggestions about the sums involved inmatch-fixing to draw him out."),
    # ... and one direction said another way is none.
    ("The quake struck southern Turkey early Tuesday, killing at least 12 people, officials said.",
     "The quake struck the south of Turkey early Tuesday, killing at least 12 people, officials said."),
])
def test_no_reversal(source: str, target: str) -> None:
    assert reversals(source, target) == []


def test_an_opposite_word_in_a_changed_name_is_listed_once_as_the_changed_name() -> None:
    # A disaster desk's trial: "Northern California" -> "Southern California" was a changed name and a reversal.
    source = "A wildfire in Northern California has killed at least 9 people, officials said Thursday."
    report = compare(Document.from_text(source, id="s"),
                     Document.from_text(source.replace("Northern", "Southern"), id="t")).to_dict()
    assert [(f["kind"], f["source"], f["target"]) for f in report["facts"]] == [
        ("entity", "Northern California", "Southern California")]
    assert report["reversals"] == []


@pytest.mark.parametrize(("target", "facts"), [
    # A disaster desk's re-test: "North Korea" -> "South Korea" was given only as an opposite word ("north" and
    # "south" are title words, for "South Korean President Yoon"), and "North Korea" -> "Japan" was no finding.
    ("Troops moved into South Korea on Tuesday, officials said.", [("entity", "North Korea", "South Korea")]),
    ("Troops moved into Japan on Tuesday, officials said.", [("entity", "North Korea", "Japan")]),
    # The place kept, the sentence reworded: nothing.
    ("On Tuesday, troops moved into North Korea, officials said.", []),
])
def test_a_compass_word_in_a_place_changed_is_the_changed_place(target: str, facts: list) -> None:
    source = "Troops moved into North Korea on Tuesday, officials said."
    report = compare(Document.from_text(source, id="s"), Document.from_text(target, id="t")).to_dict()
    assert [(f["kind"], f["source"], f["target"]) for f in report["facts"]] == facts
    assert report["reversals"] == []


def test_two_places_named_in_another_order_are_no_changed_place() -> None:
    report = compare(
        Document.from_text("Talks between North Korea and South Korea resumed on Tuesday, officials said.", id="s"),
        Document.from_text("Talks between South Korea and North Korea resumed on Tuesday, officials said.", id="t"),
    ).to_dict()
    assert report["facts"] == []


@pytest.mark.parametrize(("source", "target", "found"), [
    # A line copying two wire sentences one after the other, turned round in one of them: each sentence's share of
    # the line is under half, so neither was read as one text with it (a markets desk's re-test: no finding).
    ("Shares of Acme rose 4% in early trading on Tuesday. The company beat analysts' expectations for the third "
     "quarter.",
     "Shares of Acme rose 4% in early trading on Tuesday after the company missed analysts' expectations for the "
     "third quarter.",
     [("opposite", "company beat analysts", "company missed analysts", 1, 0)]),
    ("The drug reduced the risk of heart attacks by 23%. The effect was seen in all age groups, researchers said.",
     "The drug increased the risk of heart attacks by 23%, an effect seen in all age groups, researchers said.",
     [("opposite", "drug reduced the", "drug increased the", 0, 0)]),
    # The same merges kept: nothing.
    ("Shares of Acme rose 4% in early trading on Tuesday. The company beat analysts' expectations for the third "
     "quarter.",
     "Shares of Acme rose 4% in early trading on Tuesday after the company beat analysts' expectations for the "
     "third quarter.", []),
])
def test_a_reversal_in_a_line_merging_two_copied_sentences_is_found(source: str, target: str, found: list) -> None:
    assert [(r["kind"], r["source"], r["target"], r["source_index"], r["target_index"])
            for r in reversals(source, target)] == found


def test_a_sentence_of_another_report_is_not_read_for_reversals() -> None:
    # Linked as a paraphrase of a merge of wire sentences, the paper's sentence shares words with them in order
    # ("would ... be ... to"), not a clause: the dropped "not" is no finding.
    source = ("The Government was accused of breaking its promise that young children would not face losing their "
              "assisted places at private schools. The criticisms came as a mother lost her claim that her "
              "daughter's education would not be disrupted as the scheme was dismantled.")
    target = ("Mr Blair promised that all children with assisted places at private schools would be able to finish "
              "their education.")
    assert reversals(source, target) == []


@pytest.fixture()
def pair(tmp_path: Path) -> tuple[str, str]:
    wire, story = tmp_path / "wire.txt", tmp_path / "story.txt"
    wire.write_text(WIRE, encoding="utf-8")
    story.write_text(REWRITE, encoding="utf-8")
    return str(wire), str(story)


def _invoke(*args: str) -> str:
    result = CliRunner().invoke(cli, ["compare", *args])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_every_findings_format_shows_them(pair: tuple[str, str]) -> None:
    text = _invoke(*pair, "--findings")
    assert "reversed meaning: 2" in text
    assert 'opposite S0 "Traders rose 5" -> T0 "Traders fell 5"' in text
    assert 'negation S1 "Hale guilty" -> T1 "Hale not guilty"' in text

    data = json.loads(_invoke(*pair, "--findings", "--format", "json"))
    assert [r["kind"] for r in data["reversals"]] == ["opposite", "negation"]
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(resources.files("diffsrc.data").joinpath("findings.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(data, schema)
    full = json.loads(_invoke(*pair, "--format", "json"))
    assert full["reversals"] == data["reversals"]
    schema = json.loads(resources.files("diffsrc.data").joinpath("pair.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(full, schema)

    rows = list(csv.DictReader(io.StringIO(_invoke(*pair, "--findings", "--format", "csv"))))
    assert [(r["finding"], r["status"], r["source"], r["target"]) for r in rows if r["finding"] == "reversal"] == [
        ("reversal", "opposite", "Traders rose 5", "Traders fell 5"),
        ("reversal", "negation", "Hale guilty", "Hale not guilty"),
    ]

    markdown = _invoke(*pair, "--findings", "--format", "markdown")
    assert "- Reversed meaning: 2" in markdown and "### Reversed meaning" in markdown
    # (a verdict turned round says so in plain words: the `legal` note)
    assert ("| negation: a verdict or plea turned round: guilty of what the source clears, or cleared of what it "
            "convicts | 1 | Hale guilty | 1 | Hale not guilty |") in markdown

    page = _invoke(*pair, "--format", "html")
    assert "<h3>Reversed meaning</h3>" in page and 'id="reversal-1"' in page
    # The target sentence is flagged, linking to its finding.
    assert re.search(r'href="#reversal-0"><span aria-hidden="true">⚑ </span>meaning reversed</a>', page)


def test_no_reversals_in_the_seed_reports() -> None:
    seeds = Path(__file__).resolve().parent.parent / "reports" / "pairs"
    reports = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(seeds.glob("*.json"))]
    assert reports and all(r["reversals"] == [] for r in reports)


def _meter_takes() -> list[Path]:
    root = SHARED_DATA / "meter-dev" / "PA" / "rawtexts"
    if not root.is_dir():
        pytest.skip(f"METER dev not found in {SHARED_DATA} (set DIFFSRC_SHARED_DATA to the shared data folder)")
    return sorted(root.rglob("*.txt"))


def test_negations_planted_in_real_wire_copy_are_found_and_nothing_else() -> None:
    # Forty real PA takes, each copied with "not" put after an auxiliary in up to three sentences.
    takes = _meter_takes()
    rng = random.Random(7)
    planted = found = false_hits = 0
    for path in rng.sample(takes, 40):
        sentences = [s.text for s in compare(*(Document.from_path(path),) * 2).target_sentences]
        source = "\n\n".join(sentences)
        copy = list(sentences)
        marks = set()
        for i in range(1, len(copy)):
            m = re.search(r"\b(was|were|had|has|will|would)\b(?! not\b)(?=\s+[a-z])", copy[i])
            if m and len(marks) < 3:
                copy[i] = copy[i][:m.end()] + " not" + copy[i][m.end():]
                marks.add(i)
        report = compare(Document.from_text(source, id="take"), Document.from_text("\n\n".join(copy), id="copy"))
        hits = {r["target_index"] for r in report.to_dict()["reversals"]}
        planted += len(marks)
        found += len(marks & hits)
        false_hits += len(hits - marks)
    assert planted >= 60
    assert found >= 0.9 * planted
    assert false_hits == 0


def test_a_corpus_lists_reversals_in_facts_csv_for_rewrites_and_reprints() -> None:
    from diffsrc.corpus.run import run_corpus

    wire = WIRE + "\n".join([
        "",
        "The company said it expected sales in Asia to grow strongly over the next two years.",
        "Analysts at Harbour Securities said the results were better than the market had feared.",
        "The chief executive, Laura Kent, said the firm would open two new factories in Vietnam.",
    ]) + "\n"
    # A reprint that put one "not" in; a rewrite of its own that turned a figure's direction round.
    reprint = wire.replace("The jury at Leeds Crown Court found Peter Hale guilty",
                           "The jury at Leeds Crown Court found Peter Hale not guilty")
    rewrite = "\n\n".join([
        "Shares in Northwind Traders fell 5 percent on Monday after the company published its quarterly results.",
        "Harbour Securities analysts said the figures were worse than the market had hoped.",
        "The chief executive, Laura Kent, said the firm would open two new factories in Vietnam.",
    ]) + "\n"
    docs = [Document.from_text(text, id=name, date=date) for name, text, date in
            (("wire", wire, "2024-03-04"), ("reprint", reprint, "2024-03-05"), ("rewrite", rewrite, "2024-03-05"))]
    facts = run_corpus(docs).facts
    turned = facts[facts.kind.isin(["opposite", "negation"])]
    rows = sorted(zip(turned.target, turned.kind, turned.source_value, turned.target_value, turned.near_duplicate,
                      strict=True))
    assert ("reprint", "negation", "Hale guilty", "Hale not guilty", True) in rows
    assert any(target == "rewrite" and kind == "opposite" and "fell" in value for target, kind, _, value, _ in rows)


@pytest.mark.parametrize(("source", "target", "expected"), [
    # A health desk's reprint that turned advice round: the contrast goes with the "not", so the conjunction
    # before it changes too ("but" -> "and"). The conjunction is the edit's grammar, not a rewrite around it.
    ("The committee said the vaccine was recommended for people aged 75 to 79, but was not recommended for those "
     "in care homes until more data were available.",
     "The committee said the vaccine was recommended for people aged 75 to 79, and was recommended for those in "
     "care homes.", ("was not recommended", "was recommended")),
    ("The regulator said the drug was safe for adults and was not approved for children under 12 years old.",
     "The regulator said the drug was safe for adults but was approved for children under 12 years old.",
     ("was not approved", "was approved")),
    # ... and where the diff joins the conjunction, the auxiliary and the negation into one edit.
    ("Vitamin A may help reduce the severity of the illness but does not prevent infection, said Dr Peter Hotez.",
     "Vitamin A may help reduce the severity of the illness and prevents infection, said Dr Peter Hotez.",
     ("illness but does not prevent infection,", "illness and prevents infection,")),
])
def test_a_negation_beside_a_conjunction_changed_is_found(source: str, target: str, expected: tuple) -> None:
    found = reversals(source, target)
    assert [(r["kind"], r["source"], r["target"]) for r in found] == [("negation", *expected)]


def test_double_and_half_are_opposites() -> None:
    found = reversals("Smokers had double the risk of developing the disease, according to the study of 12,000 people.",
                      "Smokers had half the risk of developing the disease, according to the study of 12,000 people.")
    assert [(r["kind"], r["source"], r["target"]) for r in found] == [("opposite", "had double the", "had half the")]


@pytest.mark.parametrize(("source", "target", "expected"), [
    # The negation's auxiliary takes the tense of an irregular verb: "did not find" -> "found" is a negation taken
    # out ("found" and "find" were two words to the stemmer, and the edit was read as more than a negation).
    ("The study did not find that the supplement improved memory in older adults, the authors said.",
     "The study found that the supplement improved memory in older adults, the authors said.",
     ("study did not find that", "study found that")),
    ("The regulator said the company had not given patients the full results of the trial.",
     "The regulator said the company gave patients the full results of the trial.",
     ("company had not given patients", "company gave patients")),
])
def test_a_negation_taken_out_of_an_irregular_verb_is_found(source: str, target: str, expected: tuple) -> None:
    found = reversals(source, target)
    assert [(r["kind"], r["source"], r["target"]) for r in found] == [("negation", *expected)]


def test_a_headline_turning_its_sentence_round_is_a_reversal() -> None:
    # A markets desk: "Unilever posts 12% profit fall" over the wire's "a 12 percent rise in ... profit" was no
    # reversal: a headline rewrites its sentence wholesale, with no copied text around the edit.
    from diffsrc import Document, compare

    wire = ("LONDON, Feb 22 (Reuters) - Unilever Plc reported a 12 percent rise in full-year underlying operating "
            "profit to 9.4 billion euros on Thursday, as price increases offset weaker volumes in Europe.\n\n"
            "Shares in the consumer goods group fell 3.2 percent to 3,942 pence by 0920 GMT.\n\n"
            "Turnover fell 1.2 percent to 59.6 billion euros, hit by currency movements.\n")
    body = ("\n\nUnilever reported a 12% rise in full-year underlying operating profit to €9.4bn on Thursday, as price "
            "increases offset weaker volumes in Europe.\n\nShares in the consumer goods group fell 3.2% to 3,942p "
            "by 0920 GMT.\n\nTurnover fell 1.2% to €59.6bn, hit by currency movements.\n")

    def reversals(headline: str) -> list[tuple[str, str, int]]:
        report = compare(Document.from_text(wire, id="wire"), Document.from_text(headline + body, id="paper"))
        return [(r["source"], r["target"], r["target_index"]) for r in report.to_dict()["reversals"]]

    assert reversals("Unilever posts 12% profit fall") == [("12 percent rise", "12% profit fall", 0)]
    # Faithful headlines: the same direction, or both words the source writes ("shares fall" is its own fact).
    assert reversals("Unilever posts 12% profit rise") == []
    assert reversals("Unilever profit rises 12% but shares fall") == []


def test_a_headline_missing_the_forecasts_its_sentence_beat_is_a_reversal() -> None:
    # A markets desk's re-test: "Acme profit misses forecasts" over "beating analysts' expectations" shared no word
    # beside the two opposites, "forecasts" and "expectations" being one thing in other words.
    from diffsrc import Document, compare

    wire = ("LONDON, Oct 24 (Reuters) - Acme Plc said on Tuesday its third-quarter pretax profit rose 8 percent to "
            "412 million pounds, beating analysts' expectations, helped by strong demand for its industrial filters "
            "in North America.\n\nShares in the engineering group rose 4.1 percent by 0815 GMT.\n")

    def reversals(headline: str) -> list[tuple[str, str, int]]:
        report = compare(Document.from_text(wire, id="wire"), Document.from_text(headline + "\n\n" + wire, id="paper"))
        return [(r["source"], r["target"], r["target_index"]) for r in report.to_dict()["reversals"]]

    assert reversals("Acme profit misses forecasts") == [("beating analysts' expectations", "misses forecasts", 0)]
    assert reversals("Acme profit beats forecasts") == []
    assert reversals("Acme profit tops estimates") == []
    # A headline linked to nothing writes its source's own facts, in the present tense ("fall" for "fell").
    wire = ("Acme's profit rose 8 percent to 412 million pounds while its shares fell 3 percent on Tuesday.\n\n"
            "The engineering group said demand for its industrial filters was strong.\n")
    assert reversals("Acme shares fall as profit rises") == []


def test_a_headline_missing_forecasts_in_other_words_is_a_reversal() -> None:
    # A markets desk's re-test: "misses forecasts" was found over "beating analysts' expectations", but not the
    # same result in the words headlines also use ("falls short of", "comes in below", "trails"; "tops" for beats).
    from diffsrc import Document, compare

    wire = ("LONDON, Oct 24 (Reuters) - Acme Plc said on Tuesday its third-quarter pretax profit rose 8 percent to "
            "412 million pounds, beating analysts' expectations, helped by strong demand for its industrial filters "
            "in North America.\n\nShares in the engineering group rose 4.1 percent by 0815 GMT.\n")

    def reversals(source: str, headline: str) -> list[tuple[str, str, int]]:
        report = compare(Document.from_text(source, id="wire"), Document.from_text(headline + "\n\n" + wire,
                                                                                   id="paper"))
        return [(r["source"], r["target"], r["target_index"]) for r in report.to_dict()["reversals"]]

    expected = ("beating analysts' expectations", "falls short of forecasts", 0)
    assert reversals(wire, "Acme profit falls short of forecasts") == [expected]
    assert reversals(wire, "Acme profit comes in below estimates") == [
        ("beating analysts' expectations", "comes in below estimates", 0)]
    assert reversals(wire, "Acme profit trails forecasts") == [
        ("beating analysts' expectations", "trails forecasts", 0)]
    # The source's own headline turned round ("tops" for "beats").
    assert reversals("Acme profit tops forecasts\n\n" + wire, "Acme profit falls short of forecasts") == [
        ("tops forecasts", "falls short of forecasts", 0)]
    # Faithful headlines: the same result in other words, and "falls short of" read whole (no fall of the profit).
    assert reversals(wire, "Acme profit tops forecasts") == []
    assert reversals(wire, "Acme profit comes in above forecasts") == []
    assert reversals(wire, "Acme trails rivals despite profit rise") == []


def test_a_lone_sentence_in_the_same_place_turned_round_is_a_reversal() -> None:
    # An election desk: "held Bury North with a majority of 1,204" -> "lost Bury North by 1,204 votes" shares only
    # names and a figure, so the two sentences are not linked, and the seat turned round was no finding.
    from diffsrc import Document, compare

    context = ("The count at the Civic Centre finished shortly before 4am. "
               "Polling stations opened at 7am and closed at 10pm on Thursday. ")

    def reversals(source: str, target: str) -> list[tuple[str, str]]:
        report = compare(Document.from_text(context + source, id="wire"),
                         Document.from_text(context + target, id="paper")).to_dict()
        return [(r["source"], r["target"]) for r in report["reversals"]]

    held = "The Conservatives held Bury North with a majority of 1,204."
    assert reversals(held, "The Conservatives lost Bury North by 1,204 votes.") == [
        ("Conservatives held Bury", "Conservatives lost Bury")]
    assert reversals(held, "The Conservatives retained Bury North by 1,204 votes.") == []
    assert reversals(held, "Turnout in Bury North fell to 52%, the lowest since 1945.") == []


BAIL = "David Wilson, 41, was remanded in custody until his trial at Leeds Crown Court on June 14."


# A legal desk's trial on PA court copy: a defendant said to be free on bail when held in custody, or refused bail
# when granted it, was no finding.
@pytest.mark.parametrize(("source", "target", "expected"), [
    (BAIL, BAIL.replace("in custody", "on bail"), ("remanded in custody until", "remanded on bail until")),
    (BAIL.replace("in custody", "on bail"), BAIL, ("remanded on bail until", "remanded in custody until")),
    (BAIL.replace("was remanded in custody", "was granted bail"), BAIL.replace("was remanded in custody",
                                                                               "was refused bail"),
     ("was granted bail", "was refused bail")),
])
def test_bail_and_custody_turned_round_are_found(source: str, target: str, expected: tuple[str, str]) -> None:
    assert [(r["kind"], r["source"], r["target"]) for r in reversals(source, target)] == [("opposite", *expected)]


@pytest.mark.parametrize("target", [
    BAIL.replace("remanded in custody", "held in custody"),
    BAIL.replace("was remanded in custody", "was refused bail"),
    "David Wilson, 41, was released from custody on bail until his trial at Leeds Crown Court on June 14.",
])
def test_custody_said_another_way_is_no_reversal(target: str) -> None:
    assert reversals(BAIL, target) == []


# Police copy (a sheriff's and a force's releases as a local desk rewrites them): a status the release negates,
# printed as done in a sentence rewritten around it, is a negation taken out ("No arrests have been made" -> "A man
# was arrested": a suspect who does not exist).
@pytest.mark.parametrize(("source", "target", "expected"), [
    ("No arrests have been made and the investigation is ongoing, the sheriff's office said.",
     "A man was arrested and the investigation is ongoing, the sheriff's office said.",
     ("No arrests", "A man was arrested")),
    ("The motorcyclist was taken to hospital with injuries not thought to be life-threatening, police said.",
     "The motorcyclist was taken to hospital with life-threatening injuries, police said.",
     ("not thought to be life-threatening", "to hospital with life-threatening")),
    ("No one has been charged in connection with the fire at the former mill on Station Road, police said.",
     "A 23-year-old man has been charged in connection with the fire at the former mill on Station Road, police said.",
     ("No one has been charged", "man has been charged")),
])
def test_a_police_status_negated_then_printed_as_done_is_found(source: str, target: str,
                                                               expected: tuple[str, str]) -> None:
    assert [(r["kind"], r["source"], r["target"]) for r in reversals(source, target)] == [("negation", *expected)]


@pytest.mark.parametrize(("source", "target"), [
    # The negation kept in other words; a negation of something else in the sentence; the status never negated.
    ("No arrests have been made and the investigation is ongoing, the sheriff's office said.",
     "Nobody has been arrested and the investigation is ongoing, the sheriff's office said."),
    ("The motorcyclist was taken to hospital with injuries not thought to be life-threatening, police said.",
     "The motorcyclist was taken to hospital with non-life-threatening injuries, police said."),
    ("A 34-year-old man was arrested on Friday but has not been named by police, who are appealing for witnesses.",
     "A 34-year-old man was arrested on Friday, and police are appealing for witnesses."),
    ("A man was arrested at the scene and later charged with assault, police said on Sunday.",
     "A man was arrested at the scene and was later charged with assault, police said."),
])
def test_a_police_status_kept_is_no_reversal(source: str, target: str) -> None:
    assert reversals(source, target) == []


@pytest.mark.parametrize(("source", "target", "expected"), [
    # A police desk's trial: a road's carriageway turned round was no finding.
    ("The collision happened at about 5.20pm on the eastbound carriageway near the Bilbrough junction.",
     "The collision happened at about 5.20pm on the westbound carriageway near the Bilbrough junction.",
     ("the eastbound carriageway", "the westbound carriageway")),
    ("Two lanes of the M25 were closed on the clockwise carriageway between junctions 10 and 11 for four hours.",
     "Two lanes of the M25 were closed on the anticlockwise carriageway between junctions 10 and 11 for four hours.",
     ("the clockwise carriageway", "the anticlockwise carriageway")),
])
def test_a_carriageway_turned_round_is_found(source: str, target: str, expected: tuple[str, str]) -> None:
    assert [(r["kind"], r["source"], r["target"]) for r in reversals(source, target)] == [("opposite", *expected)]


VERDICTS = ("Jason Hart, 34, of Tilbury Road, Grays, was found guilty of murder but cleared of robbery after a "
            "three-week trial at Chelmsford Crown Court.")
PLEAS = ("Mark Dobson, 41, pleaded guilty to causing death by dangerous driving but denies perverting the course of "
         "justice.")


# A legal desk's re-test on PA court copy: a verdict or plea swapped between two charges, or an acquittal folded into
# the conviction, kept every word of the sentence (no word put for its opposite) and was no finding.
@pytest.mark.parametrize(("source", "target", "expected"), [
    (VERDICTS, VERDICTS.replace("guilty of murder but cleared of robbery", "guilty of robbery but cleared of murder"),
     [("found guilty of murder", "cleared of murder"), ("cleared of robbery", "found guilty of robbery")]),
    (PLEAS, "Mark Dobson, 41, pleaded guilty to perverting the course of justice but denies causing death by "
            "dangerous driving.",
     [("pleaded guilty to causing death by dangerous driving", "denies causing death by dangerous driving"),
      ("denies perverting the course of justice", "pleaded guilty to perverting the course of justice")]),
    ("The jury convicted Lee Carter, 27, of rape and cleared him of kidnap after a trial at Hull Crown Court.",
     "The jury convicted Lee Carter, 27, of rape and kidnap after a trial at Hull Crown Court.",
     [("cleared him of kidnap", "convicted Lee Carter, 27, of rape and kidnap")]),
    ("Carter, 27, was found not guilty of rape but convicted of indecent assault.",
     "Carter, 27, was convicted of rape but found not guilty of indecent assault.",
     [("found not guilty of rape", "convicted of rape"), ("convicted of indecent assault",
                                                          "found not guilty of indecent assault")]),

    # A legal desk's re-test: the second plea without its verb ("but not guilty to") was read as a verdict, and
    # the two pleas swapped between charges were no finding.
    ("Kevin Marsh, 41, pleaded guilty to theft but not guilty to assault at Bradford Crown Court.",
     "Kevin Marsh, 41, pleaded guilty to assault but not guilty to theft at Bradford Crown Court.",
     [("pleaded guilty to theft", "not guilty to theft"), ("not guilty to assault", "pleaded guilty to assault")]),
])
def test_a_verdict_turned_round_between_charges_is_found(source: str, target: str, expected: list) -> None:
    assert [(r["kind"], r["source"], r["target"]) for r in reversals(source, target)] == [
        ("opposite", *e) for e in expected]


@pytest.mark.parametrize("target", [
    # The same verdicts in other words, in another order, or one charge's trimmed.
    "Jason Hart, 34, of Tilbury Road, Grays, was acquitted of robbery but convicted of murder after a three-week "
    "trial at Chelmsford Crown Court.",
    "Jason Hart, 34, of Tilbury Road, Grays, was found guilty of murder after a three-week trial at Chelmsford "
    "Crown Court.",
    "Jason Hart, 34, of Tilbury Road, Grays, who was charged with murder and robbery, was found guilty of murder "
    "after a three-week trial.",
])
def test_a_verdict_kept_is_no_reversal(target: str) -> None:
    assert reversals(VERDICTS, target) == []


def test_a_two_defendant_verdict_is_not_read_as_one() -> None:
    # One offence both ways in a sentence (two defendants) gives no verdict to turn round.
    source = "Smith was convicted of murder and his brother, Paul, was cleared of murder at the Old Bailey."
    assert reversals(source, "Smith, 30, was convicted of murder and his brother, Paul, was cleared of murder.") == []


MAJORITY = "The jury found Hart guilty of murder by a majority of 10 to 2 after deliberating for 14 hours."


@pytest.mark.parametrize(("source", "target", "expected"), [
    # A legal desk's re-test: a majority verdict printed as unanimous was no finding.
    (MAJORITY, "The jury unanimously found Hart guilty of murder after deliberating for 14 hours.",
     ("guilty of murder by a majority of 10 to 2 after", "jury unanimously found Hart")),
    ("Hart was convicted by a majority verdict after the jury deliberated for 14 hours.",
     "Hart was convicted by a unanimous verdict after the jury deliberated for 14 hours.",
     ("Hart was convicted by a majority verdict", "convicted by a unanimous verdict after")),
])
def test_a_majority_verdict_made_unanimous_is_a_reversal(source: str, target: str, expected: tuple) -> None:
    assert [(r["kind"], r["source"], r["target"]) for r in reversals(source, target)] == [("opposite", *expected)]


@pytest.mark.parametrize("target", [
    "The jury found Hart guilty of murder by a 10-2 majority after deliberating for 14 hours.",
    "The jury found Hart guilty of murder after deliberating for 14 hours.",  # dropped: an overstatement's
])
def test_a_majority_verdict_kept_or_dropped_is_no_reversal(target: str) -> None:
    assert reversals(MAJORITY, target) == []


# A legal desk's second round: a charge printed as a conviction or an admission, and an appeal's ruling turned
# round, were no finding; faithful rewrites of a plea stay quiet.
@pytest.mark.parametrize(("source", "target", "expected"), [
    ("Wilson, 29, has been charged with the murder of Peter Brown.",
     "Wilson, 29, has been convicted of the murder of Peter Brown.",
     ("charged with the murder", "convicted of the murder",
      "a charge printed as a conviction or an admission: guilt no court has found")),
    ("Wilson is accused of murdering Peter Brown at his home in Leeds.",
     "Wilson admitted murdering Peter Brown at his home in Leeds.",
     ("accused of murdering", "admitted murdering",
      "a charge printed as a conviction or an admission: guilt no court has found")),
    ("His conviction for murder was quashed by the Court of Appeal.",
     "His conviction for murder was upheld by the Court of Appeal.",
     ("was quashed by", "was upheld by",
      "an appeal court's ruling turned round: a conviction or ruling quashed or upheld")),
])
def test_a_charge_made_a_conviction_and_an_appeal_turned_round_are_found(source: str, target: str,
                                                                         expected: tuple) -> None:
    assert [(r["source"], r["target"], r.get("legal")) for r in reversals(source, target)] == [expected]


@pytest.mark.parametrize(("source", "target"), [
    ("Wilson, 29, admitted causing death by dangerous driving at an earlier hearing.",
     "Wilson, 29, pleaded guilty to causing death by dangerous driving at an earlier hearing."),
    ("Wilson, 29, denies murdering Peter Brown.", "Wilson, 29, has pleaded not guilty to murdering Peter Brown."),
    ("Wilson, 29, was charged with murder and robbery.", "Wilson, 29, faces charges of murder and robbery."),
    # A conviction printed as a charge says less: none.
    ("Wilson, 29, was convicted of murder.", "Wilson, 29, was charged with murder."),
])
def test_a_plea_or_charge_said_another_way_is_no_reversal(source: str, target: str) -> None:
    assert reversals(source, target) == []


def test_a_conviction_and_an_acquittal_merged_into_two_convictions_is_found() -> None:
    # A legal desk's PA take: the paper ran the conviction and the acquittal as one sentence of two convictions
    # (the two sentences are one alignment, which the sentence-and-copy rule did not read).
    source = ("Hart was jailed for life at Chelmsford Crown Court.\n\nA second man, Lee Carter, 27, of Basildon, was "
              "convicted of affray. He was cleared of violent disorder.\n\nPeter Brown, 52, died in hospital two "
              "days after the attack.\n")
    target = ("Hart was jailed for life at Chelmsford Crown Court.\n\nA second man, Lee Carter, 27, of Basildon, was "
              "convicted of affray and violent disorder.\n\nPeter Brown, 52, died in hospital two days after the "
              "attack.\n")
    assert [(r["source"], r["target"], r["source_index"], r["target_index"]) for r in reversals(source, target)] == [
        ("cleared of violent disorder", "convicted of affray and violent disorder", 2, 1)]
    # The verdicts kept: none.
    assert reversals(source, target.replace("affray and violent disorder", "affray but cleared of violent "
                                                                           "disorder")) == []


@pytest.mark.parametrize(("source", "target"), [
    # METER dev's papers, read as reversals by a first version: a plea beside a verdict (she denied it, and was
    # convicted), a plea to "a charge of" the offence, and a speaker's words about convictions inside a quote.
    ("Frances Whitehouse, 18, of Hove, was convicted last month of two counts of assault on police.",
     "Whitehouse, 18, of Hove, had denied assaulting police."),
    ("Jobless Brian Smith pleaded guilty to a charge of wounding with intent on Amanda Hunter, 21.",
     "Jobless Brian Smith admitted wounding with intent on Amanda Hunter, 21."),
    ("Pell admitted a charge of theft from Harkavys Solicitors on February 26.",
     "Pell admitted theft from Harkavys Solicitors on February 26."),
    # A sentence of several counts: one offence's counts may go both ways.
    ("The jury found him not guilty of 13 charges - nine counts of indecent assault and one of actual bodily harm.",
     "The father of four was convicted of 18 counts of indecent assault and two counts of actual bodily harm."),
    ("He said no-one had been prosecuted for this offence and then subsequently charged with murder.",
     'He said: "No one has been prosecuted for this offence and subsequently convicted of murder."'),
])
def test_a_plea_beside_a_verdict_or_a_quote_is_no_reversal(source: str, target: str) -> None:
    assert reversals(source, target) == []


# A radio script spells every age and count out ("The forty-five-year-old" for the wire's "The 45-year-old"): read as
# words, the age and the verb beside it were one edit, and a plea turned round next to it was no finding (a
# broadcast desk's re-test).
@pytest.mark.parametrize(("source", "target"), [
    ("The 45-year-old denies murder and the trial continues at Cardiff Crown Court on Monday.",
     "The forty-five-year-old admits murder and the trial continues at Cardiff Crown Court on Monday."),
    ("The 32-year-old from Swansea was convicted of two counts of fraud at the crown court on Friday.",
     "The thirty-two-year-old from Swansea was acquitted of two counts of fraud at the crown court on Friday."),
])
def test_a_reversal_beside_an_age_written_for_air_is_found(source: str, target: str) -> None:
    report = compare(Document.from_text(source, id="wire"), Document.from_text(target, id="script")).to_dict()
    assert [r["kind"] for r in report["reversals"]] == ["opposite"]
    # the age written out is no edit of the word diff
    assert [e["op"] for e in report["alignments"][0]["diff"]] == ["equal", "replace", "equal"]


# A figure that stood still made one that moved (a statistics desk's re-test: "was unchanged at 62.6 percent" ->
# "fell to 62.6 percent" was no finding, the edit being several words long), and one that moved made one that
# stood still.
@pytest.mark.parametrize(("source", "target", "shown"), [
    ("The labor force participation rate was unchanged at 62.6 percent, while the unemployment rate rose.",
     "The labor force participation rate fell to 62.6 percent, while the unemployment rate rose.",
     ("rate was unchanged at 62.6", "rate fell to 62.6")),
    ("Average hourly earnings were little changed at $29.75 after rising 0.3 percent in September.",
     "Average hourly earnings rose to $29.75 after rising 0.3 percent in September.",
     ("earnings were little changed at $29.75", "earnings rose to $29.75")),
    ("Manufacturing employment was flat in October, while construction added 12,000 jobs.",
     "Manufacturing employment rose in October, while construction added 12,000 jobs.",
     ("employment was flat in", "employment rose in")),
    ("The Bank of England's key rate rose to 5.25 percent after the committee met on Thursday.",
     "The Bank of England's key rate held steady at 5.25 percent after the committee met on Thursday.",
     ("rate rose to 5.25", "rate held steady at 5.25")),
    ("Output was broadly unchanged in August after a fall of 0.5% in July, the ONS said.",
     "Output fell in August after a fall of 0.5% in July, the ONS said.",
     ("Output was broadly unchanged in", "Output fell in")),
])
def test_a_figure_unchanged_made_one_that_moved_is_turned_round(source: str, target: str, shown: tuple) -> None:
    assert [(r["kind"], r["source"], r["target"]) for r in reversals(source, target)] == [("opposite", *shown)]


@pytest.mark.parametrize("target", [
    "The participation rate held steady at 62.6 percent, while the unemployment rate rose to 4.1 percent.",
    "The participation rate remained at 62.6 percent, while the unemployment rate rose to 4.1 percent.",
    "The participation rate was flat at 62.6 percent, while the unemployment rate rose to 4.1 percent.",
    "The participation rate was little changed at 62.6 percent, while the unemployment rate rose to 4.1 percent.",
    "The participation rate was virtually flat at 62.6 percent, while the unemployment rate rose to 4.1 percent.",
])
def test_a_figure_still_unchanged_in_other_words_is_no_reversal(target: str) -> None:
    source = "The participation rate was unchanged at 62.6 percent, while the unemployment rate rose to 4.1 percent."
    assert reversals(source, target) == []


@pytest.mark.parametrize(("source", "target", "shown"), [
    ("Former President Donald Trump was found guilty on all 34 felony counts in his hush money trial in New York on "
     "Thursday.", "BREAKING: Trump found not guilty on all 34 counts in hush money trial",
     ("negation", "found guilty", "found not guilty")),
    ("The drug was not approved by regulators in the European Union last year.",
     "Drug approved by regulators in European Union", ("negation", "drug was not approved", "Drug approved")),
])
def test_a_reversal_in_a_headline_that_drops_auxiliaries_is_found(source: str, target: str, shown: tuple) -> None:
    # A verification desk's re-test: a push alert drops the wire's "was" and "the" (headlinese), leaving one copied
    # word before the edit ("Trump found not guilty"), too little context, and the verdict turned round went unseen.
    assert [(r["kind"], r["source"], r["target"]) for r in reversals(source, target)] == [shown]


def test_a_headline_that_only_drops_auxiliaries_is_no_reversal() -> None:
    source = "Former President Donald Trump was found guilty on all 34 felony counts in his hush money trial."
    assert reversals(source, "Trump found guilty on all 34 counts in hush money trial") == []


@pytest.mark.parametrize(("source", "target", "expected"), [
    # A sports desk's re-test on PA match reports: the winner's verb put for the loser's was no finding ("beat" stood
    # only against "miss").
    ("Sunderland beat Leeds at the Stadium of Light on Saturday to move up to fourth in the Championship.",
     "Sunderland lost to Leeds at the Stadium of Light on Saturday to move up to fourth in the Championship.",
     ("Sunderland beat Leeds", "Sunderland lost to Leeds")),
    # ... and the result's noun with its opponent's preposition ("victory over" -> "defeat by": two words changed).
    ("Sunderland's 2-1 victory over Leeds at the Stadium of Light moved them up to fourth.",
     "Sunderland's 2-1 defeat by Leeds at the Stadium of Light moved them up to fourth.",
     ("2-1 victory over Leeds", "2-1 defeat by Leeds")),
])
def test_a_match_won_printed_as_lost_is_found(source: str, target: str, expected: tuple[str, str]) -> None:
    assert [(r["kind"], r["source"], r["target"]) for r in reversals(source, target)] == [("opposite", *expected)]


@pytest.mark.parametrize(("source", "target"), [
    # The same result in other words.
    ("Sunderland's 2-1 victory over Leeds at the Stadium of Light moved them up to fourth.",
     "Sunderland's 2-1 win against Leeds at the Stadium of Light moved them up to fourth."),
    ("Leeds lost 2-1 to Sunderland at the Stadium of Light on Saturday.",
     "Leeds were beaten 2-1 by Sunderland at the Stadium of Light on Saturday."),
])
def test_a_match_result_said_another_way_is_no_reversal(source: str, target: str) -> None:
    assert reversals(source, target) == []


@pytest.mark.parametrize(("source", "target", "expected"), [
    # A fact-checker's re-test of a sports desk's fault: the result turned round with its score and opponent moved
    # ("beat Leeds 2-1" -> "lost 2-1 to Leeds") was no finding, the verb's edit having one shared word after it.
    ("Arsenal beat Leeds 2-1 at the Emirates on Saturday to move second in the Premier League.",
     "Arsenal lost 2-1 to Leeds at the Emirates on Saturday to move second in the Premier League.",
     ("Arsenal beat Leeds 2-1 at", "Arsenal lost 2-1 to Leeds at")),
    ("Celtic lost 3-0 to Rangers at Parkhead on Sunday and slipped eight points behind.",
     "Celtic beat Rangers 3-0 at Parkhead on Sunday and slipped eight points behind.",
     ("Celtic lost 3-0 to Rangers at", "Celtic beat Rangers 3-0 at")),
])
def test_a_match_result_turned_round_with_its_words_reordered_is_found(source: str, target: str,
                                                                       expected: tuple[str, str]) -> None:
    assert [(r["kind"], r["source"], r["target"]) for r in reversals(source, target)] == [("opposite", *expected)]


@pytest.mark.parametrize("target", [
    # The same result from the loser's side, and the score alone moved: no reversal.
    "Leeds lost 2-1 to Arsenal at the Emirates on Saturday to move second in the Premier League.",
    "Arsenal beat Leeds at the Emirates 2-1 on Saturday to move second in the Premier League.",
])
def test_a_match_result_reordered_but_kept_is_no_reversal(target: str) -> None:
    source = "Arsenal beat Leeds 2-1 at the Emirates on Saturday to move second in the Premier League."
    assert reversals(source, target) == []


def test_a_plea_turned_round_on_an_offence_of_two_listed_phrases_is_one_reversal() -> None:
    # A court desk's re-test: "assault occasioning actual bodily harm" is "assault" and "actual bodily harm" to the
    # offence table, and its plea turned round was two reversals, "denied assault" among them.
    source = "Smith admitted burglary, theft and criminal damage but denied assault occasioning actual bodily harm."
    target = "Smith admitted assault occasioning actual bodily harm, theft and criminal damage but denied burglary."
    assert [(r["source"], r["target"]) for r in reversals(source, target)] == [
        ("admitted burglary", "denied burglary"),
        ("denied assault occasioning actual bodily harm", "admitted assault occasioning actual bodily harm"),
    ]


def test_pleas_swapped_between_offences_with_counts_are_reversals_not_changed_numbers() -> None:
    # A fact-checker's re-test: the pleas swapped between two offences of several counts each, the counts going
    # with their offences, were two changed numbers ("two" -> "three", "three" -> "two") and no reversal: a
    # sentence with "counts" in it gave no pleas, and the counts were placed by "counts", not by the offence.
    source = "He pleaded guilty to two counts of fraud and denied three counts of theft at Luton Crown Court."
    target = "He pleaded guilty to three counts of theft and denied two counts of fraud at Luton Crown Court."
    report = compare(Document.from_text(source, id="s"), Document.from_text(target, id="t")).to_dict()
    assert [(r["source"], r["target"]) for r in report["reversals"]] == [
        ("pleaded guilty to two counts of fraud", "denied two counts of fraud"),
        ("denied three counts of theft", "pleaded guilty to three counts of theft"),
    ]
    assert report["facts"] == []


@pytest.mark.parametrize(("target", "facts", "turned"), [
    # A count changed is still a changed number, and the same pleas in another order are none.
    ("He pleaded guilty to three counts of fraud and denied three counts of theft at Luton Crown Court.",
     [("two", "three")], []),
    ("He denied three counts of theft and pleaded guilty to two counts of fraud at Luton Crown Court.", [], []),
])
def test_counts_of_offences_changed_or_reordered(target: str, facts: list, turned: list) -> None:
    source = "He pleaded guilty to two counts of fraud and denied three counts of theft at Luton Crown Court."
    report = compare(Document.from_text(source, id="s"), Document.from_text(target, id="t")).to_dict()
    assert [(f["source"], f["target"]) for f in report["facts"]] == facts
    assert report["reversals"] == turned


def test_the_prefix_test_agrees_with_every_prefix_tried_word_by_word():
    # `_may_turn` looks each word's unprefixed form up once (`_unprefixed`: one prefix a word's first two letters
    # can open); the rule it stands for tries every negating prefix on every word of six characters or more.
    from diffsrc.pair.findings import meaning

    def reference(ours, theirs):
        if any(map(meaning._turns, ours)) or any(map(meaning._turns, theirs)):
            return True
        heads = {p[:2] for p in meaning._NEGATING_PREFIXES}
        for side, other in ((ours, theirs), (theirs, ours)):
            prefixed = [w for w in side if w[:2] in heads and len(w) >= 6]
            if any(w.startswith(p) and w[len(p):] in other for w in prefixed for p in meaning._NEGATING_PREFIXES):
                return True
        return False

    assert len(meaning._PREFIX_OF_HEAD) == len(meaning._NEGATING_PREFIXES)
    words = ["unlawful", "lawful", "discover", "cover", "nonstop", "stop", "nonsense", "sense", "dishonest",
             "honest", "informal", "formal", "illegal", "legal", "irregular", "regular", "impossible", "possible",
             "unable", "able", "disable", "dis", "nonx", "infant", "fant", "inside", "side", "distant", "tant",
             "noise", "ise", "the", "minister", "said", "undone", "done", "diverse", "verse", "nonstarter", "starter"]
    rng = random.Random(3)
    for _ in range(3000):
        ours = tuple(rng.sample(words, rng.randint(0, 4)))
        theirs = tuple(rng.sample(words, rng.randint(0, 4)))
        assert meaning._may_turn(ours, theirs) == reference(ours, theirs), (ours, theirs)


@pytest.mark.parametrize(("source", "target", "words"), [
    # Sides and levels (an accident desk's re-test: "left" -> "right" and "upper" -> "lower" were no finding).
    ("The pilot said the left engine failed shortly after take-off from Manchester Airport.",
     "The pilot said the right engine failed shortly after take-off from Manchester Airport.",
     ("the left engine", "the right engine")),
    ("Passengers on the upper deck of the bus were thrown from their seats in the crash.",
     "Passengers on the lower deck of the bus were thrown from their seats in the crash.",
     ("the upper deck", "the lower deck")),
    # A process's outcome: a bill, a lawsuit, a motion, an appeal, a ballot.
    ("The bill passed its second reading in the Commons by 312 votes to 250 last night.",
     "The bill failed its second reading in the Commons by 312 votes to 250 last night.",
     ("bill passed its", "bill failed its")),
    ("After months of negotiations the company settled the lawsuit brought by former employees.",
     "After months of negotiations the company lost the lawsuit brought by former employees.",
     ("company settled the", "company lost the")),
    ("The motion was carried by 312 votes to 250 at the conference in Brighton.",
     "The motion was defeated by 312 votes to 250 at the conference in Brighton.",
     ("was carried by", "was defeated by")),
    ("Three judges at the Court of Appeal dismissed his appeal against the conviction on Tuesday.",
     "Three judges at the Court of Appeal allowed his appeal against the conviction on Tuesday.",
     ("Appeal dismissed his", "Appeal allowed his")),
    ("He was jailed for six years for each offence, the sentences to run concurrently, at Leeds Crown Court.",
     "He was jailed for six years for each offence, the sentences to run consecutively, at Leeds Crown Court.",
     ("run concurrently, at", "run consecutively, at")),
    ("The victim, a 23-year-old man from Leeds, was taken to hospital with stab wounds.",
     "The attacker, a 23-year-old man from Leeds, was taken to hospital with stab wounds.",
     ("The victim, a", "The attacker, a")),
])
def test_a_side_or_an_outcome_put_for_its_opposite_is_found(source: str, target: str, words: tuple) -> None:
    assert [(r["kind"], r["source"], r["target"]) for r in reversals(source, target)] == [("opposite", *words)]


@pytest.mark.parametrize(("source", "target", "words"), [
    # No deal made one signed: the verb said another way beside the negation (a labour desk's re-test: no finding).
    ("The two unions held talks but reached no deal on pay and conditions at the plant on Friday.",
     "The two unions held talks and signed a deal on pay and conditions at the plant on Friday.",
     ("talks but reached no deal", "talks and signed a deal")),
    ("The two unions did not reach a deal on pay and conditions at the plant on Friday.",
     "The two unions struck a deal on pay and conditions at the plant on Friday.",
     ("unions did not reach a", "unions struck a")),
])
def test_a_deal_not_reached_made_one_made_is_a_negation(source: str, target: str, words: tuple) -> None:
    assert [(r["kind"], r["source"], r["target"]) for r in reversals(source, target)] == [("negation", *words)]


@pytest.mark.parametrize(("source", "target"), [
    ("The pilot said the left-hand engine failed shortly after take-off from Manchester Airport.",
     "The pilot said the left engine failed shortly after take-off from Manchester Airport."),
    ("The two unions reached a deal on pay and conditions at the plant on Friday.",
     "The two unions signed a deal on pay and conditions at the plant on Friday."),
    ("The two unions held talks but reached no deal on pay and conditions at the plant on Friday.",
     "The two unions held talks but did not sign a deal on pay and conditions at the plant on Friday."),
])
def test_a_side_or_a_deal_said_another_way_is_no_reversal(source: str, target: str) -> None:
    assert reversals(source, target) == []
