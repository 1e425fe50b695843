"""Overstatement: science copy that claims more than its source (a hedge taken out, an association made a cause, a
finding in mice reported as if in people) is a finding of its own key, `overstatements`, in every findings format
and both JSON contracts; a hedge kept, moved or still in the sentence, reported speech, quotes and a negation are
not."""

from __future__ import annotations

import csv
import io
import json
import re
from importlib import resources
from pathlib import Path

import pytest
from click.testing import CliRunner

from diffsrc import Document, compare
from diffsrc.cli import cli
from diffsrc.pair.findings import overstatement

# A health desk's wire story (AP-style copy) and a reprint that overstates three of its sentences.
WIRE = "\n\n".join([
    "A weekly injection of an experimental cholesterol drug reduced the risk of heart attacks by 23% in people with "
    "heart disease, researchers reported Saturday.",
    "The drug may also reduce the need for daily statins in some patients, the researchers said.",
    "In a separate study, heavy use of the sweetener was linked to a higher risk of stroke in older women.",
    "An experimental compound cut the size of pancreatic tumours by half in mice, scientists at Cambridge said.",
    "Side effects were mild, with about 4% of patients reporting pain at the injection site.",
]) + "\n"

REPRINT = "\n\n".join([
    "A weekly injection of an experimental cholesterol drug reduced the risk of heart attacks by 23% in people with "
    "heart disease, researchers reported Saturday.",
    "The drug also reduces the need for daily statins in some patients, the researchers said.",
    "In a separate study, heavy use of the sweetener caused a higher risk of stroke in older women.",
    "An experimental compound cut the size of pancreatic tumours by half, scientists at Cambridge said.",
    "Side effects were mild, with about 4% of patients reporting pain at the injection site.",
]) + "\n"

FOUND = [
    ("hedge", "drug may also", "drug also", 1, 1),
    ("cause", "sweetener was linked to a", "sweetener caused a", 2, 2),
    ("species", "half in mice, scientists", "half, scientists", 3, 3),
]


def overstatements(source: str, target: str) -> list[dict]:
    return compare(Document.from_text(source, id="s"),
                   Document.from_text(target, id="t")).to_dict()["overstatements"]


def test_a_reprint_that_overstates_three_sentences_gives_three_findings() -> None:
    found = overstatements(WIRE, REPRINT)
    assert [(o["kind"], o["source"], o["target"], o["source_index"], o["target_index"]) for o in found] == FOUND


@pytest.mark.parametrize(("source", "target", "expected"), [
    ("Data from the health agency show the programme could prevent about 2,500 hospital admissions each winter.",
     "Data from the health agency show the programme will prevent about 2,500 hospital admissions each winter.",
     ("hedge", "programme could prevent", "programme will prevent")),
    ("A doctor who was not involved in the research said the results may change practice in hospitals.",
     "A doctor who was not involved in the research said the results will change practice in hospitals.",
     ("hedge", "results may change", "results will change")),
    ("The authors said their findings suggest that the diet lowers blood pressure in adults over 60.",
     "The authors said their findings prove that the diet lowers blood pressure in adults over 60.",
     ("hedge", "findings suggest that", "findings prove that")),
    ("Drinking three cups of coffee a day was associated with a lower risk of liver disease, the team reported.",
     "Drinking three cups of coffee a day leads to a lower risk of liver disease, the team reported.",
     ("cause", "day was associated with a", "day leads to a")),
    ("The compound killed breast cancer cells in the laboratory within 48 hours, the university said on Tuesday.",
     "The compound killed breast cancer cells within 48 hours, the university said on Tuesday.",
     ("species", "cells in the laboratory within", "cells within")),
    ("An experimental drug cut the size of pancreatic tumours by half in mice, researchers at Cambridge reported.",
     "An experimental drug cut the size of pancreatic tumours by half in people, researchers at Cambridge reported.",
     ("species", "in mice, researchers", "in people, researchers")),
    # A hedge at the sentence's start, before the words the two share.
    ("Possibly the new drug reduces the need for daily statins in some patients, the researchers said.",
     "The new drug reduces the need for daily statins in some patients, the researchers said.",
     ("hedge", "Possibly the", "The")),
    # An apostrophe is no closing quote mark.
    ("The drug may reduce the patients\u2019 need for daily statins, the researchers said on Monday.",
     "The drug reduces the patients\u2019 need for daily statins, the researchers said on Monday.",
     ("hedge", "drug may reduce the", "drug reduces the")),
    ("The antibody stopped the virus from copying itself in human cells, the team wrote in the journal Nature.",
     "The antibody stopped the virus from copying itself, the team wrote in the journal Nature.",
     ("species", "itself in human cells, the", "itself, the")),
    # The hedge taken out with its verb put another way (a health desk's re-test found none).
    ("The drug may reduce the risk of heart attack by a quarter in people with diabetes, the researchers said.",
     "The drug cuts the risk of heart attack by a quarter in people with diabetes, the researchers said.",
     ("hedge", "drug may reduce the", "drug cuts the")),
    ("The vaccine may prevent serious illness in older adults, according to the findings published on Tuesday.",
     "The vaccine stops serious illness in older adults, according to the findings published on Tuesday.",
     ("hedge", "vaccine may prevent serious", "vaccine stops serious")),
    # An association with a risk made the verb of an effect (a health desk's re-test found none: the edit's other
    # words were no longer the same, "an increased risk" for "increases the risk").
    ("Heavy drinking in middle age is associated with an increased risk of dementia, according to a study of 9,000 "
     "civil servants.",
     "Heavy drinking in middle age increases the risk of dementia, according to a study of 9,000 civil servants.",
     ("cause", "age is associated with an increased risk", "age increases the risk")),
    ("Eating processed meat was linked to a higher risk of bowel cancer, researchers said on Monday.",
     "Eating processed meat causes bowel cancer, researchers said on Monday.",
     ("cause", "meat was linked to a higher risk of bowel", "meat causes bowel")),
    ("Regular use of the painkiller was associated with a higher risk of heart attack, the researchers found.",
     "Regular use of the painkiller raises the risk of heart attack, the researchers found.",
     ("cause", "painkiller was associated with a higher risk", "painkiller raises the risk")),
    ("Eating nuts was linked to a lower risk of heart disease in a study of 80,000 nurses.",
     "Eating nuts prevents heart disease in a study of 80,000 nurses.",
     ("cause", "nuts was linked to a lower risk of heart", "nuts prevents heart")),
    # The species dropped beside a figure's qualifier dropped too (a science desk's re-test found none: "up to"
    # was an edit of its own, so "40%" alone stood before "in mice").
    ("The drug reduced tumour growth by up to 40% in mice, the team said.",
     "The drug reduced tumour growth by 40%, the team said.",
     ("species", "40% in mice, the", "40%, the")),
    ("The compound shrank tumours by about 60% in rats, according to the paper in Nature.",
     "The compound shrank tumours by 60%, according to the paper in Nature.",
     ("species", "60% in rats, according", "60%, according")),
    # A figure's ceiling taken out: the most the study saw reported as what it saw (a science desk's re-test).
    ("The drug reduced tumour growth by up to 40% in mice, the team said.",
     "The drug reduced tumour growth by 40% in mice, the team said.",
     ("hedge", "by up to 40%", "by 40%")),
    ("As many as 300 species could be lost by 2100, the report said.",
     "300 species could be lost by 2100, the report said.",
     ("hedge", "As many as 300", "300")),
])
def test_an_overstatement_is_found(source: str, target: str, expected: tuple) -> None:
    assert [(o["kind"], o["source"], o["target"]) for o in overstatements(source, target)] == [expected]


STATINS = "The drug may reduce the need for daily statins in some patients, the researchers said."


@pytest.mark.parametrize(("source", "target"), [
    # A hedge kept in other words, or put in.
    # A figure's floor taken out claims less, and "about" only rounds; a ceiling put in claims less too.
    ("The reef lost at least 30% of its coral, the survey found.", "The reef lost 30% of its coral, the survey found."),
    ("The reef lost about 30% of its coral, the survey found.", "The reef lost 30% of its coral, the survey found."),
    ("The reef lost 30% of its coral, the survey found.", "The reef lost up to 30% of its coral, the survey found."),
    (STATINS, STATINS.replace("may", "might")),
    (STATINS, STATINS.replace("may", "could")),
    (STATINS.replace("may", "could"), STATINS.replace("may", "can")),
    (STATINS.replace("may reduce", "reduces"), STATINS),
    # ... or its verb put another way, hedged still or never hedged.
    (STATINS, STATINS.replace("may reduce", "could cut")),
    (STATINS.replace("may reduce", "reduced"), STATINS.replace("may reduce", "cut")),
    # A hedge moved elsewhere in the sentence.
    (STATINS, "The drug reduces the need for daily statins in some patients possibly, the researchers said."),
    # The target still marks the finding uncertain.
    (STATINS, "The drug reduces the need for daily statins in some patients, the study suggests."),
    ("The study found that heavy use of the sweetener was linked to a higher risk of stroke, the authors said.",
     "The study found that heavy use of the sweetener caused a higher risk of stroke, the authors suggested."),
    # Reported speech's tense; "May" the month.
    ("The company said it would seek approval for the drug next year from the regulator.",
     "The company said it will seek approval for the drug next year from the regulator."),
    ("The company said it will seek approval for the drug in May next year from the regulator.",
     "The company said it will seek approval for the drug in June next year from the regulator."),
    # A speaker's words: the quotes step's altered quote.
    ('"The drug may reduce the need for daily statins in some patients," said Dr Anna Price of Leeds.',
     '"The drug reduces the need for daily statins in some patients," said Dr Anna Price of Leeds.'),
    # ... and in the second sentence of a quote that opened in the one before.
    ("Dr Anna Price said: \u201cThe results are encouraging. The drug could reduce deaths among older patients by a "
     "fifth.\u201d",
     "Dr Anna Price said: \u201cThe results are encouraging. The drug will reduce deaths among older patients by a "
     "fifth.\u201d"),
    # The association kept in other words, or its risk's direction turned round (the reversal step's, not this).
    ("Heavy drinking in middle age is associated with an increased risk of dementia, according to a study.",
     "Heavy drinking in middle age is linked to an increased risk of dementia, according to a study."),
    ("Heavy drinking in middle age is associated with an increased risk of dementia, according to a study.",
     "Heavy drinking in middle age is tied to a higher risk of dementia, according to a study."),
    ("Eating nuts was linked to a lower risk of heart disease in a study of 80,000 nurses.",
     "Eating nuts raises the risk of heart disease in a study of 80,000 nurses."),
    # "led" a gang is no cause: a man associated with a gang said to have led it is no overstatement.
    ("Mr Jones, who was associated with the gang for a decade, was jailed at Leeds Crown Court on Friday.",
     "Mr Jones, who led the gang for a decade, was jailed at Leeds Crown Court on Friday."),
    # Under a negation an association made a cause claims less.
    ("There was no evidence that the vaccine was linked to the nerve disorder in the trial, she said.",
     "There was no evidence that the vaccine caused the nerve disorder in the trial, she said."),
    # The animal named elsewhere in the target; a rewritten clause.
    ("An experimental drug cut the size of pancreatic tumours by half in mice, researchers at Cambridge reported.",
     "An experimental drug cut the size of pancreatic tumours by half, researchers at Cambridge reported. The "
     "tests were done in mice."),
    (STATINS, "Some patients will no longer need statins every day, according to the researchers."),
    # Court copy's cells and tubes are no study's (METER's PA copy has "in the cells").
    ("He was held in the cells at Leeds Crown Court overnight before the hearing on Monday.",
     "He was held at Leeds Crown Court overnight before the hearing on Monday."),
    ("The woman was attacked on the Tube at King's Cross station on Friday evening, police said.",
     "The woman was attacked at King's Cross station on Friday evening, police said."),
])
def test_no_overstatement(source: str, target: str) -> None:
    assert overstatements(source, target) == []


# A quote trimmed so that its cut takes the speaker's hedge or condition (a transport desk's trial): `exact` to the
# quotes step, a hedge taken out to the fact-checker.
@pytest.mark.parametrize(("source", "target", "expected"), [
    ('"We have to assume that the landslide caused the derailment," said Network Rail\'s chief engineer.',
     '"The landslide caused the derailment," said Network Rail\'s chief engineer.',
     ("We have to assume that the landslide caused", "The landslide caused")),
    ('"It may have been caused by a bird strike," the investigator said on Tuesday.',
     'The investigator said the crash was "caused by a bird strike," on Tuesday.',
     ("It may have been caused by a", "caused by a")),
    ('"I will not resign unless the party asks me to," she said at the town hall.',
     '"I will not resign," she said at the town hall.',
     ("will not resign unless the party asks me to", "will not resign")),
    ('"The signal failed before the train passed, I think," the driver told the inquiry.',
     '"The signal failed before the train passed," the driver told the inquiry.',
     ("the train passed, I think", "the train passed")),
    # METER: counsel's "you may conclude", cut from a quote of two sentences ending at a stop, printed as what tests
    # revealed.
    ('"You may conclude after hearing the evidence that he was strangled from behind. His collar and the necklace '
     'being seized and twisted," said Mr Wide.',
     "Mr Wide said forensic tests revealed that the boy had been 'strangled from behind, his collar and the necklace "
     "being seized and twisted'.",
     ("You may conclude after hearing the evidence that he was strangled from behind.", "strangled from behind,")),
])
def test_a_quote_trimmed_of_its_hedge_is_found(source: str, target: str, expected: tuple[str, str]) -> None:
    report = compare(Document.from_text(source, id="s"), Document.from_text(target, id="t")).to_dict()
    assert [q["status"] for q in report["quotes"]] == ["exact"]
    assert [(o["kind"], o["source"], o["target"]) for o in report["overstatements"]] == [("hedge", *expected)]


@pytest.mark.parametrize(("source", "target"), [
    # Trimmed at a sentence's end, or of a clause that is another claim: the kept claim is as the speaker made it.
    ('"I will not resign. The party has my full support," she said at the town hall.',
     '"I will not resign," she said at the town hall.'),
    ('"The landslide caused the derailment and the line may stay shut for a week," said the chief engineer.',
     '"The landslide caused the derailment," said the chief engineer.'),
    ('"It may rain later, but the landslide caused the derailment," said the chief engineer.',
     '"The landslide caused the derailment," said the chief engineer.'),
    # METER: the kept words end at a stop, the cut is the next sentence's condition; "no uncertain terms" hedges
    # nothing.
    ('"I cannot see the faces of those individuals. If a witness turns up in a wig, how can I judge him?" the judge '
     'asked the court.',
     'The judge said: "I cannot see the faces of those individuals."'),
    ('"I told him in no uncertain terms that he should leave the site," the foreman told the court.',
     'The foreman said he told him "that he should leave the site."'),
    # METER: a condition on the speaker's own looking back frames the claim, and a belief before an opinion hedges
    # nothing.
    ('"If I think back over a number of years, it would not be unfair to say that the health service handled this '
     'issue in a somewhat cavalier manner," he said.',
     '"It would not be unfair to say that the health service handled this issue in a somewhat cavalier manner," he '
     'said.'),
    ('"I think we ought to learn lessons from this. We have a long way to go," the lawyer said outside court.',
     'The lawyer said outside court: "We ought to learn lessons from this. We have a long way to go."'),
    # The target hedges the trimmed quote in its own words.
    ('"It may have been caused by a bird strike," the investigator said on Tuesday.',
     'The investigator suggested the crash may have been "caused by a bird strike," on Tuesday.'),
])
def test_a_quote_trimmed_with_no_hedge_lost_is_quiet(source: str, target: str) -> None:
    assert overstatements(source, target) == []


@pytest.mark.parametrize(("source", "target", "expected"), [
    # The cut takes the speaker's denial: the kept claim says the opposite of what was said.
    ('"I don\'t think the landslide caused the derailment," he said at the scene.',
     '"The landslide caused the derailment," he said at the scene.',
     ("I don't think the landslide caused", "The landslide caused")),
    ('"We have no evidence that the driver was speeding," the chief engineer said on Tuesday.',
     '"The driver was speeding," the chief engineer said on Tuesday.',
     ("We have no evidence that the driver was", "The driver was")),
    ('"It is not true that the signal failed before the train passed," said the chief engineer.',
     '"The signal failed before the train passed," said the chief engineer.',
     ("It is not true that the signal failed", "The signal failed")),
    ('"I doubt the signal failed before the train passed," said the chief engineer.',
     '"The signal failed before the train passed," said the chief engineer.',
     ("I doubt the signal failed", "The signal failed")),
    # The denial split from the claim by the tag: one quote.
    ('"I don\'t think," said the chief engineer, "that the landslide caused the derailment."',
     '"The landslide caused the derailment," said the chief engineer.',
     ("I don't think that the landslide caused", "The landslide caused")),
])
def test_a_quote_trimmed_of_its_denial_is_a_reversal(source: str, target: str, expected: tuple[str, str]) -> None:
    report = compare(Document.from_text(source, id="s"), Document.from_text(target, id="t")).to_dict()
    assert [q["status"] for q in report["quotes"]] == ["exact"]
    assert [(r["kind"], r["source"], r["target"]) for r in report["reversals"]] == [("negation", *expected)]
    assert report["overstatements"] == []


@pytest.mark.parametrize(("source", "target"), [
    # A "No," answering a question denies nothing after it; "no doubt" is no denial.
    ('"No, I think the landslide caused the derailment," he said at the scene.',
     '"The landslide caused the derailment," he said at the scene.'),
    ('"I have no doubt that the landslide caused the derailment," he said at the scene.',
     '"The landslide caused the derailment," he said at the scene.'),
    ('"I don\'t doubt that the landslide caused the derailment," he said at the scene.',
     '"The landslide caused the derailment," he said at the scene.'),
    # The target says the denial in its own words.
    ('"I don\'t think the landslide caused the derailment," he said at the scene.',
     'He did not accept that "the landslide caused the derailment," he said at the scene.'),
])
def test_a_quote_trimmed_with_no_denial_lost_is_no_reversal(source: str, target: str) -> None:
    report = compare(Document.from_text(source, id="s"), Document.from_text(target, id="t")).to_dict()
    assert report["reversals"] == []


def test_a_negation_taken_out_with_the_hedge_is_a_reversal_listed_once() -> None:
    report = compare(Document.from_text(STATINS.replace("may", "may not"), id="s"),
                     Document.from_text(STATINS.replace("may reduce", "reduces"), id="t")).to_dict()
    assert [(r["kind"], r["source"], r["target"]) for r in report["reversals"]] == [
        ("negation", "drug may not reduce the", "drug reduces the")]
    assert report["overstatements"] == []


def _schema(name: str) -> dict:
    return json.loads(resources.files("diffsrc.data").joinpath(f"{name}.schema.json").read_text(encoding="utf-8"))


def test_both_schemas_describe_the_key_and_keep_the_reversal_kinds() -> None:
    for name in ("pair", "findings"):
        properties = _schema(name)["properties"]
        assert properties["overstatements"]["items"]["properties"]["kind"]["enum"] == ["hedge", "cause", "species"]
        # A key of its own: validators pinned to the shipped reversal kinds still read every report.
        assert properties["reversals"]["items"]["properties"]["kind"]["enum"] == ["opposite", "negation"]


@pytest.fixture()
def pair(tmp_path: Path) -> tuple[str, str]:
    wire, story = tmp_path / "wire.txt", tmp_path / "story.txt"
    wire.write_text(WIRE, encoding="utf-8")
    story.write_text(REPRINT, encoding="utf-8")
    return str(wire), str(story)


def _invoke(*args: str) -> str:
    result = CliRunner().invoke(cli, ["compare", *args])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_the_json_reports_carry_and_validate_them(pair: tuple[str, str]) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    findings = json.loads(_invoke(*pair, "--findings", "--format", "json"))
    assert [(o["kind"], o["source"], o["target"], o["source_index"], o["target_index"])
            for o in findings["overstatements"]] == FOUND
    jsonschema.validate(findings, _schema("findings"))
    full = json.loads(_invoke(*pair, "--format", "json"))
    assert full["overstatements"] == findings["overstatements"]
    jsonschema.validate(full, _schema("pair"))
    # The schemas refuse a kind they do not list.
    full["overstatements"][0]["kind"] = "negation"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(full, _schema("pair"))


def test_the_terminal_findings_and_table_show_them(pair: tuple[str, str]) -> None:
    for text in (_invoke(*pair, "--findings"), _invoke(*pair)):
        assert "overstatement: 3" in text
        assert 'hedge    S1 "drug may also" -> T1 "drug also"' in text
        assert 'cause    S2 "sweetener was linked to a" -> T2 "sweetener caused a"' in text
        assert 'species  S3 "half in mice, scientists" -> T3 "half, scientists"' in text


def test_the_findings_csv_has_a_row_each(pair: tuple[str, str]) -> None:
    rows = list(csv.DictReader(io.StringIO(_invoke(*pair, "--findings", "--format", "csv"))))
    assert [(r["status"], r["source_index"], r["target_index"], r["source"], r["target"])
            for r in rows if r["finding"] == "overstatement"] == [
        (kind, str(s), str(t), source, target) for kind, source, target, s, t in FOUND]


def test_markdown_has_a_section(pair: tuple[str, str]) -> None:
    for markdown in (_invoke(*pair, "--findings", "--format", "markdown"), _invoke(*pair, "--format", "markdown")):
        assert "- Overstatement: 3" in markdown and "### Overstatement" in markdown
        assert "| hedge | 1 | drug may also | 1 | drug also |" in markdown


def test_html_has_a_section_and_flags_the_sentences(pair: tuple[str, str]) -> None:
    for page in (_invoke(*pair, "--format", "html"), _invoke(*pair, "--findings", "--format", "html")):
        assert "<h3>Overstatement</h3>" in page and 'id="overstatement-2"' in page
        assert re.search(r'href="#overstatement-0"><span aria-hidden="true">⚑ </span>overstated</a>', page)


def test_html_says_none_was_found() -> None:
    from diffsrc.report.html import render_pair_page

    page = render_pair_page(compare(Document.from_text(WIRE, id="s"), Document.from_text(WIRE, id="t")))
    assert re.search(r"Looked for, none found: [^<]*overstatement", page)


def test_a_corpus_lists_them_in_facts_csv_for_rewrites_and_reprints() -> None:
    from diffsrc.corpus.run import run_corpus

    wire = WIRE + "\n".join([
        "",
        "The trial was funded by the drug's maker and ran at 120 hospitals in Europe and North America.",
        "Dr Anna Price of the University of Leeds, who led the study, said larger trials were planned for 2026.",
        "The company said it would seek approval from regulators in the United States next year.",
    ]) + "\n"
    # A near-identical reprint that took one hedge out; a rewrite of its own that overstated a sentence it kept.
    reprint = wire.replace("The drug may also reduce", "The drug also reduces")
    rewrite = "\n\n".join([
        "In a separate study, heavy use of the sweetener caused a higher risk of stroke in older women.",
        "Doctors said the findings would be discussed at a meeting in London next month.",
        "The trial was funded by the drug's maker and ran at 120 hospitals in Europe and North America.",
    ]) + "\n"
    docs = [Document.from_text(text, id=name, date=date) for name, text, date in
            (("wire", wire, "2024-03-04"), ("reprint", reprint, "2024-03-05"), ("rewrite", rewrite, "2024-03-05"))]
    facts = run_corpus(docs).facts
    over = facts[facts.kind.isin(["hedge", "cause", "species"])]
    rows = sorted(zip(over.target, over.kind, over.source_value, over.target_value, over.near_duplicate,
                      strict=True))
    assert ("reprint", "hedge", "drug may also", "drug also", True) in rows
    assert ("rewrite", "cause", "sweetener was linked to a", "sweetener caused a", False) in rows


def test_the_seed_reports_have_none() -> None:
    seeds = Path(__file__).resolve().parent.parent / "reports" / "pairs"
    reports = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(seeds.glob("*.json"))]
    assert reports and all(r["overstatements"] == [] for r in reports)


# Court copy (PA takes as a UK legal desk checks them): an allegation printed as fact before a verdict is a contempt
# risk, a suspended sentence printed as jail a libel; both are a qualifier taken out, read as a `hedge`.
@pytest.mark.parametrize(("source", "target", "expected"), [
    ("Wilson is alleged to have hidden the knife used in the attack, the court heard on Monday.",
     "Wilson hid the knife used in the attack, the court heard on Monday.",
     ("hedge", "Wilson is alleged to have hidden the", "Wilson hid the")),
    ("A teenager allegedly stabbed a 17-year-old boy outside a chip shop in Bradford on Saturday night.",
     "A teenager stabbed a 17-year-old boy outside a chip shop in Bradford on Saturday night.",
     ("hedge", "teenager allegedly stabbed", "teenager stabbed")),
    ("The alleged victim, who cannot be named for legal reasons, was taken to hospital with serious injuries.",
     "The victim, who cannot be named for legal reasons, was taken to hospital with serious injuries.",
     ("hedge", "The alleged victim,", "The victim,")),
    ("His wife, Susan Taylor, 45, was given a nine-month prison sentence, suspended for two years, and ordered to "
     "do 150 hours of unpaid work.",
     "His wife, Susan Taylor, 45, was given a nine-month prison sentence and ordered to do 150 hours of unpaid work.",
     ("hedge", "sentence, suspended for two years, and", "sentence and")),
    ("His wife, Susan Taylor, 45, was given a suspended nine-month prison sentence at Manchester Crown Court.",
     "His wife, Susan Taylor, 45, was given a nine-month prison sentence at Manchester Crown Court.",
     ("hedge", "a suspended nine-month", "a nine-month")),
])
def test_a_court_qualifier_taken_out_is_found(source: str, target: str, expected: tuple) -> None:
    assert [(o["kind"], o["source"], o["target"]) for o in overstatements(source, target)] == [expected]


@pytest.mark.parametrize(("source", "target"), [
    # The allegation kept in other words.
    ("Wilson is alleged to have hidden the knife used in the attack, the court heard on Monday.",
     "Wilson is accused of hiding the knife used in the attack, the court heard on Monday."),
    ("Wilson allegedly hid the knife used in the attack, the court heard on Monday.",
     "Wilson is alleged to have hidden the knife used in the attack, the court heard on Monday."),
    # A suspended sentence said another way; "suspended" of a player, no court's sentence.
    ("His wife, Susan Taylor, 45, was given a nine-month prison sentence, suspended for two years, at the court.",
     "His wife, Susan Taylor, 45, was given a nine-month suspended prison sentence at the court."),
    ("The midfielder was fined and suspended for two matches after the incident at Elland Road on Saturday.",
     "The midfielder was fined after the incident at Elland Road on Saturday."),
])
def test_a_court_qualifier_kept_is_no_overstatement(source: str, target: str) -> None:
    assert overstatements(source, target) == []


SUSPENDED = ("His wife, Susan Taylor, 45, was given an 18-month sentence, suspended for two years, at Manchester Crown "
             "Court.")


def test_a_suspended_sentence_rewritten_as_jail_is_found() -> None:
    # A legal desk's trial: the whole phrase rewritten, so no edit took out the qualifier alone.
    target = "His wife, Susan Taylor, 45, was jailed for 18 months at Manchester Crown Court."
    assert [(o["kind"], o["source"], o["target"]) for o in overstatements(SUSPENDED, target)] == [
        ("hedge", "given an 18-month sentence, suspended for two years", "was jailed for 18 months")]


@pytest.mark.parametrize("target", [
    "His wife, Susan Taylor, 45, escaped jail with an 18-month sentence at Manchester Crown Court.",
    "His wife, Susan Taylor, 45, received an 18-month suspended sentence at Manchester Crown Court.",
])
def test_a_suspended_sentence_said_another_way_is_none(target: str) -> None:
    assert overstatements(SUSPENDED, target) == []


def test_a_copy_keeping_only_the_jailed_defendant_is_none() -> None:
    source = "Mark Taylor was jailed for six years and his wife, Susan, 45, was given a suspended sentence."
    assert overstatements(source, "Mark Taylor was jailed for six years.") == []


# Police copy (a force's or a sheriff's release as a local desk rewrites it): a suspect printed as charged, or a
# person of interest as a suspect, accuses a named or identifiable man of what the police have not; read as a
# `hedge` taken out. Saying the same suspicion in other words is none.
@pytest.mark.parametrize(("source", "target", "expected"), [
    ("A 34-year-old man from Leeds was arrested on suspicion of grievous bodily harm and remains in police custody.",
     "A 34-year-old man from Leeds was charged with grievous bodily harm and remains in police custody.",
     ("hedge", "was arrested on suspicion of grievous", "was charged with grievous")),
    ("A 52-year-old woman from Hull has been arrested on suspicion of murder and is being questioned by detectives.",
     "A 52-year-old woman from Hull has been charged with murder and is being questioned by detectives.",
     ("hedge", "been arrested on suspicion of murder", "been charged with murder")),
    ("Detectives have identified a person of interest in the case, the sheriff's office said on Saturday.",
     "Detectives have identified a suspect in the case, the sheriff's office said on Saturday.",
     ("hedge", "a person of interest in", "a suspect in")),
])
def test_a_suspect_made_accused_is_found(source: str, target: str, expected: tuple) -> None:
    found = overstatements(source, target)
    assert [(o["kind"], o["source"], o["target"]) for o in found] == [expected]
    # Said plainly for a legal desk, as court copy's findings are ("hedge" is science copy's word).
    assert [o.get("legal") for o in found] == [overstatement.LEGAL_SUSPICION]


@pytest.mark.parametrize(("source", "target"), [
    # The suspicion in other words; a charge the source brings itself. ("arrested for" is none of them: it says the
    # man did it, below.)
    ("A 34-year-old man from Leeds was arrested on suspicion of grievous bodily harm and remains in police custody.",
     "A 34-year-old Leeds man was held on suspicion of grievous bodily harm and remains in police custody."),
    ("A 34-year-old man from Leeds was charged with grievous bodily harm and remains in police custody.",
     "A 34-year-old man from Leeds was charged with grievous bodily harm and remains in custody."),
    # A person of interest who is one still; "interest" of a bank's rate.
    ("Detectives have identified a person of interest in the case, the sheriff's office said on Saturday.",
     "Detectives have named a person of interest in the case, the sheriff's office said on Saturday."),
    ("The bank raised interest rates by a quarter point on Thursday, its third rise this year.",
     "The bank raised rates by a quarter point on Thursday, its third rise this year."),
])
def test_a_suspicion_kept_is_no_overstatement(source: str, target: str) -> None:
    assert overstatements(source, target) == []


RELEASE = "\n\n".join([
    "Appeal for witnesses after man injured in Harehills assault",
    "West Yorkshire Police are appealing for witnesses after a man was assaulted in Harehills, Leeds, on Saturday "
    "night.",
    "A 34-year-old man from Leeds was arrested on suspicion of grievous bodily harm and remains in police custody.",
    "Anyone with information is asked to call 101, quoting log 1873 of 14 June.",
]) + "\n"


def test_a_headline_and_lead_that_charge_a_man_the_release_only_arrested_are_found() -> None:
    # A police desk's trial: the headline and the lead rewrite the release whole, so no edit held the change.
    story = RELEASE.replace("Appeal for witnesses after man injured in Harehills assault",
                            "Man charged after Harehills attack").replace(
        "West Yorkshire Police are appealing for witnesses after", "A man has been charged after")
    assert [(o["kind"], o["source"], o["target"], o["source_index"], o["target_index"])
            for o in overstatements(RELEASE, story)] == [
        ("hedge", "was arrested on suspicion of", "Man charged after", 2, 0),
        ("hedge", "was arrested on suspicion of", "man has been charged after", 2, 1)]


@pytest.mark.parametrize("story", [
    # The release's own words; a charge denied; a release that names the charge itself.
    RELEASE.replace("Appeal for witnesses after", "Man arrested after"),
    RELEASE.replace("Appeal for witnesses after man injured in Harehills assault",
                    "No one charged yet after Harehills attack"),
])
def test_a_story_that_charges_no_one_the_release_did_not_is_none(story: str) -> None:
    assert overstatements(RELEASE, story) == []


def test_a_charge_the_release_names_itself_is_none() -> None:
    release = RELEASE.replace("and remains in police custody", "and has since been charged")
    story = release.replace("Appeal for witnesses after man injured in Harehills assault",
                            "Man charged after Harehills attack")
    assert overstatements(release, story) == []


SHERIFF = ("Detectives have identified a person of interest in the fatal shooting on Cedar Lane, the sheriff's office "
           "said.\n\nThe investigation is ongoing.\n")


@pytest.mark.parametrize(("source", "headline", "found"), [
    (SHERIFF, "Suspect identified in Cedar Lane shooting", [("hedge", "a person of interest in", 0)]),
    # Not a person of interest: "of interest" alone says nothing of anyone.
    (SHERIFF.replace("a person of interest in", "new evidence of interest about"),
     "Suspect identified in Cedar Lane shooting", []),
])
def test_a_headline_naming_a_suspect_for_a_person_of_interest(source: str, headline: str, found: list) -> None:
    assert [(o["kind"], o["source"], o["target_index"])
            for o in overstatements(source, f"{headline}\n\n{source}")] == found


# A legal desk's re-test: a sentence that jails no one printed as a jail term was no finding (only a suspended
# sentence was read).
@pytest.mark.parametrize(("source", "target", "expected"), [
    ("Sarah Boyle, 32, was given a 12-month community order and told to carry out 150 hours of unpaid work.",
     "Sarah Boyle, 32, was jailed for 12 months and told to carry out 150 hours of unpaid work.",
     ("was given a 12-month community order and told", "was jailed for 12 months")),
    ("Boyle was fined £500 and ordered to pay £85 costs by magistrates in Bolton.",
     "Boyle was jailed and ordered to pay £85 costs by magistrates in Bolton.",
     ("Boyle was fined £500 and ordered", "was jailed and ordered to")),
    ("Boyle was given a two-year conditional discharge by magistrates in Bolton.",
     "Boyle was given a two-year jail sentence by magistrates in Bolton.",
     ("was given a two-year conditional discharge by magistrates", "two-year jail sentence by magistrates")),
    ("Daniel Price, 24, was detained indefinitely under the Mental Health Act after admitting manslaughter.",
     "Daniel Price, 24, was jailed indefinitely after admitting manslaughter.",
     ("detained indefinitely under the Mental Health Act after", "was jailed indefinitely after admitting")),
])
def test_a_sentence_that_jails_no_one_printed_as_jail_is_found(source: str, target: str, expected: tuple) -> None:
    assert [(o["kind"], o["source"], o["target"]) for o in overstatements(source, target)] == [("hedge", *expected)]


@pytest.mark.parametrize(("source", "target"), [
    # The same sentence in other words, or the defendant's jail term the source gives too.
    ("Sarah Boyle, 32, was given a 12-month community order and told to carry out 150 hours of unpaid work.",
     "Sarah Boyle, 32, escaped jail and was given a 12-month community order with 150 hours of unpaid work."),
    ("Daniel Price, 24, was detained indefinitely under the Mental Health Act after admitting manslaughter.",
     "Daniel Price, 24, was locked up in a secure hospital after admitting manslaughter."),
    ("Boyle was jailed for six months and fined £500 by magistrates in Bolton.",
     "Boyle was jailed for six months by magistrates in Bolton."),
    # Faithful rewrites of a jail term stay quiet.
    ("Hart was jailed for six years at Chelmsford Crown Court.",
     "Hart was sentenced to six years in prison at Chelmsford Crown Court."),
    ("Hart was jailed for six years at Chelmsford Crown Court.",
     "Hart was given a six-year jail term at Chelmsford Crown Court."),
])
def test_a_sentence_kept_is_no_overstatement(source: str, target: str) -> None:
    assert overstatements(source, target) == []


def test_an_acquittal_merged_away_is_found() -> None:
    # A legal desk's re-test: two sentences merged round the acquittal, which went silently.
    source = ("Lee Carter, 27, of Hull, was convicted of wounding with intent. He was cleared of attempted murder. "
              "He will be sentenced next month.")
    target = "Lee Carter, 27, of Hull, was convicted of wounding with intent and will be sentenced next month."
    assert [(o["kind"], o["source"], o["target"], o["source_index"]) for o in overstatements(source, target)] == [
        ("hedge", "cleared of attempted murder", "convicted of wounding", 1)]
    # Kept, or the charge named elsewhere in the target: none.
    assert overstatements(source, target.replace(" and will", ". He was cleared of attempted murder and will")) == []


MAJORITY = "The jury found Hart guilty of murder by a majority of 10 to 2 after deliberating for 14 hours."


def test_a_majority_verdict_given_as_the_jury_verdict_is_found() -> None:
    target = "The jury found Hart guilty of murder after deliberating for 14 hours."
    assert [(o["kind"], o["source"], o["target"]) for o in overstatements(MAJORITY, target)] == [
        ("hedge", "guilty of murder by a majority of 10 to 2 after", "jury found Hart guilty of murder")]
    assert overstatements(MAJORITY, "Hart was found guilty of murder by a majority verdict.") == []
    assert overstatements(MAJORITY, "Hart will be sentenced next month, the judge said.") == []


COURT_WIRE = "\n\n".join([
    "Wilson is alleged to have stabbed Mr Brown in the chest during a row over money.",
    "Sarah Boyle, 32, was given a 12-month community order and told to carry out 150 hours of unpaid work.",
    "Jason Hart, 34, was found guilty of murder but cleared of robbery after a trial at Chelmsford Crown Court.",
]) + "\n"
COURT_PAPER = "\n\n".join([
    "Wilson stabbed Mr Brown in the chest during a row over money.",
    "Sarah Boyle, 32, was jailed for 12 months and told to carry out 150 hours of unpaid work.",
    "Jason Hart, 34, was found guilty of robbery but cleared of murder after a trial at Chelmsford Crown Court.",
]) + "\n"


def test_court_findings_say_what_changed_in_law(tmp_path: Path) -> None:
    # A legal desk read "hedge S0 ..." for an allegation printed as fact: the kind is science copy's word. Court
    # findings carry a `legal` note (a key added; the kinds stay as the shipped schemas list them), shown by every
    # findings format.
    jsonschema = pytest.importorskip("jsonschema")
    wire, paper = tmp_path / "pa.txt", tmp_path / "paper.txt"
    wire.write_text(COURT_WIRE, encoding="utf-8")
    paper.write_text(COURT_PAPER, encoding="utf-8")
    findings = json.loads(_invoke(str(wire), str(paper), "--findings", "--format", "json"))
    assert [(o["kind"], o.get("legal")) for o in findings["overstatements"]] == [
        ("hedge", "an allegation printed as fact before a verdict (contempt risk)"),
        ("hedge", "a community sentence printed as jail: custody the court did not impose")]
    assert {(r["kind"], r.get("legal")) for r in findings["reversals"]} == {
        ("opposite", "a verdict or plea turned round: guilty of what the source clears, or cleared of what it "
                     "convicts")}
    jsonschema.validate(findings, _schema("findings"))
    jsonschema.validate(json.loads(_invoke(str(wire), str(paper), "--format", "json")), _schema("pair"))
    text = _invoke(str(wire), str(paper), "--findings")
    assert "an allegation printed as fact before a verdict (contempt risk)" in text
    assert "a verdict or plea turned round" in text
    markdown = _invoke(str(wire), str(paper), "--findings", "--format", "markdown")
    assert "| hedge: a community sentence printed as jail: custody the court did not impose |" in markdown
    assert "a community sentence printed as jail" in _invoke(str(wire), str(paper), "--format", "html")
    # A science hedge has none.
    science = tmp_path / "science.txt"
    science.write_text(REPRINT, encoding="utf-8")
    wire.write_text(WIRE, encoding="utf-8")
    assert all("legal" not in o for o in json.loads(_invoke(str(wire), str(science), "--format", "json"))[
        "overstatements"])


@pytest.mark.parametrize(("source", "target", "expected"), [
    # A legal desk's second round: a denial taken out prints the charge as done; a secure hospital's detention and
    # a youth court's order printed as jail.
    ("Wilson, 29, of Church Lane, Rotherham, denies murdering Peter Brown.",
     "Wilson, 29, of Church Lane, Rotherham, murdered Peter Brown.",
     ("Rotherham, denies murdering Peter", "Rotherham, murdered Peter",
      "an allegation printed as fact before a verdict (contempt risk)")),
    ("Price was ordered to be detained in Rampton secure hospital without limit of time.",
     "Price was jailed without limit of time.",
     ("detained in Rampton secure hospital without limit of", "was jailed without limit of",
      "detention in hospital printed as jail: custody the court did not impose")),
    ("The 15-year-old, who cannot be named for legal reasons, was given a 12-month referral order.",
     "The 15-year-old, who cannot be named for legal reasons, was locked up for 12 months.",
     ("was given a 12-month referral order", "was locked up for 12",
      "a youth court's order printed as jail: custody the court did not impose")),
])
def test_a_denial_dropped_and_an_order_printed_as_jail_are_found(source: str, target: str, expected: tuple) -> None:
    assert [(o["source"], o["target"], o.get("legal")) for o in overstatements(source, target)] == [expected]


# A science desk's re-test of releases and their copies: each was no finding.
RELEASE_HEAD = "Pilot study finds mindfulness app may help reduce anxiety in teenagers"
RELEASE_BODY = [
    "A pilot study of 12 patients found that a mindfulness app may help reduce anxiety symptoms in teenagers, "
    "researchers at King's College London reported on Tuesday.",
    "Anxiety scores fell by between 10% and 20% over eight weeks, the team said.",
    "The benefits lasted from 3 to 7 years in a separate follow-up of adult users, according to the paper.",
]


@pytest.mark.parametrize(("source", "target", "expected"), [
    # A hedge's helper verb goes with it.
    (RELEASE_BODY[0], RELEASE_BODY[0].replace("may help reduce", "cuts"),
     ("hedge", "app may help reduce anxiety", "app cuts anxiety")),
    # A headline's association made a cause, the verb "protects against".
    ("Coffee linked to lower risk of liver disease, study finds",
     "Coffee protects against liver disease, study finds",
     ("cause", "Coffee linked to lower risk of liver", "Coffee protects against liver")),
    # A range's floor taken out, its top printed as the figure.
    (RELEASE_BODY[1], "Anxiety scores fell by 20% over eight weeks, the team said.",
     ("hedge", "by between 10% and 20%", "by 20%")),
    (RELEASE_BODY[2], RELEASE_BODY[2].replace("from 3 to 7", "7"), ("hedge", "lasted from 3 to 7", "lasted 7")),
    (RELEASE_BODY[1].replace("between 10% and 20%", "10-20%"),
     "Anxiety scores fell by up to 20% over eight weeks, the team said.",
     ("hedge", "by 10-20% over", "by up to 20% over")),
    # A small study's size taken out.
    ("A small study found that the implant eased chronic back pain, the researchers said.",
     "A study found that the implant eased chronic back pain, the researchers said.",
     ("hedge", "A small study", "A study")),
    ("A study of 40 patients found that the implant eased chronic back pain, the researchers said.",
     "A study found that the implant eased chronic back pain, the researchers said.",
     ("hedge", "study of 40 patients found", "study found")),
    ("The early-stage trial showed the vaccine was safe, the company said on Monday.",
     "The trial showed the vaccine was safe, the company said on Monday.",
     ("hedge", "The early-stage trial", "The trial")),
    # A range with its unit on the first figure, and one written in words.
    ("Participants lost an average of between 5kg and 8kg over six months, the company said.",
     "Participants lost an average of 8kg over six months, the company said.",
     ("hedge", "of between 5kg and 8kg", "of 8kg")),
    ("Patients lived between two and four months longer on the drug than on chemotherapy alone.",
     "Patients lived four months longer on the drug than on chemotherapy alone.",
     ("hedge", "lived between two and four", "lived four")),
    # "more likely" / "less likely", an observational study's association, made a cause.
    ("Those who slept less than six hours were 30% more likely to develop dementia, the study found.",
     "Sleeping less than six hours causes dementia, the study found.",
     ("cause", "30% more likely to develop dementia", "hours causes dementia, the")),
    ("People who walked 7,000 steps a day were 50% less likely to die during the study period.",
     "Walking 7,000 steps a day cuts the risk of dying by half.",
     ("cause", "50% less likely to die during", "day cuts the risk")),
    # A preprint's caveat taken out.
    ("The findings, which have not yet been peer reviewed, show the vaccine cut hospital admissions by 60%.",
     "The findings show the vaccine cut hospital admissions by 60%.",
     ("hedge", "findings, which have not yet been peer reviewed, show", "findings show")),
    # An association made a cause in a sentence reworded round its verb, the figure moved.
    ("Eating nuts was linked to a 20% lower risk of heart disease in the study of 80,000 nurses.",
     "Eating nuts cut the risk of heart disease by 20% in the study of 80,000 nurses.",
     ("cause", "was linked to a 20%", "nuts cut the risk")),
])
def test_a_science_qualifier_taken_out_is_found(source: str, target: str, expected: tuple) -> None:
    assert [(o["kind"], o["source"], o["target"]) for o in overstatements(source, target)] == [expected]


def test_a_release_whose_copy_drops_its_caveats_gives_each() -> None:
    release = "\n\n".join([RELEASE_HEAD, *RELEASE_BODY]) + "\n"
    story = "\n\n".join([
        "Pilot study finds mindfulness app cuts anxiety in teenagers",
        "A study found that a mindfulness app may help reduce anxiety symptoms in teenagers, researchers at King's "
        "College London reported on Tuesday.",
        "Anxiety scores fell by 20% over eight weeks, the team said.",
        RELEASE_BODY[2],
    ]) + "\n"
    assert [(o["kind"], o["source"], o["target"]) for o in overstatements(release, story)] == [
        ("hedge", "app may help reduce anxiety", "app cuts anxiety"),
        ("hedge", "A pilot study", "A study"),
        ("hedge", "study of 12 patients found", "study found"),
        ("hedge", "by between 10% and 20%", "by 20%")]


@pytest.mark.parametrize(("source", "target"), [
    # A change of value, not a range: its start dropped, its "to" kept.
    ("The number of cases rose from 3 to 7 over the weekend, health officials said on Monday.",
     "The number of cases rose to 7 over the weekend, health officials said on Monday."),
    # The range kept in other words.
    ("Symptoms improved by 10% to 20% over the eight weeks of the trial, the team reported.",
     "Symptoms improved by 10 to 20 per cent over the eight weeks of the trial, the team reported."),
    # A large sample dropped is a trim, not a small study made large.
    ("The survey of 2,000 women found that most had never been offered screening, the charity said.",
     "The survey found that most had never been offered screening, the charity said."),
    # "found a link" said as "was associated with": the same claim.
    ("Researchers found a link between eating ultra-processed food and a higher risk of depression in a study of "
     "31,000 women.",
     "Eating ultra-processed food was associated with a higher risk of depression in a study of 31,000 women, "
     "researchers found."),
    ("Eating nuts was linked to a 20% lower risk of heart disease in the study of 80,000 nurses.",
     "Eating nuts was tied to a 20% lower risk of heart disease in the study of 80,000 nurses."),
    ("Eating nuts was linked to a 20% lower risk of heart disease in the study of 80,000 nurses.",
     "In the study of 80,000 nurses, those who ate nuts had a 20% lower risk of heart disease."),
    ("People who walked 7,000 steps a day were 50% less likely to die during the study period.",
     "Those walking 7,000 steps daily were half as likely to die during the study."),
    # The preprint said another way.
    ("The findings, which have not yet been peer reviewed, show the vaccine cut hospital admissions by 60%.",
     "The findings, posted as a preprint, show the vaccine cut hospital admissions by 60%."),
    # "helps" without a hedge is no hedge taken out.
    ("The app helps reduce anxiety symptoms in teenagers, researchers at King's College London said on Tuesday.",
     "The app reduces anxiety symptoms in teenagers, researchers at King's College London said on Tuesday."),
])
def test_a_science_qualifier_kept_is_no_overstatement(source: str, target: str) -> None:
    assert overstatements(source, target) == []


@pytest.mark.parametrize(("source", "target", "expected"), [
    ("Regular users had a 50% higher risk of dropping out of school sport, the researchers noted.",
     "Half of regular users will drop out of school sport, the researchers noted.",
     ("hedge", "50% higher risk of dropping out", "Half of regular users will")),
    ("Heavy screen use doubles the risk of poor sleep in teenagers, the study suggests.",
     "Heavy screen use means one in two teenagers will sleep poorly, the study suggests.",
     ("hedge", "doubles the risk of poor sleep", "one in two teenagers will sleep")),
])
def test_a_relative_risk_printed_as_a_share_of_people_is_found(source: str, target: str, expected: tuple) -> None:
    assert [(o["kind"], o["source"], o["target"]) for o in overstatements(source, target)] == [expected]


@pytest.mark.parametrize("target", [
    # The risk kept, a share of people beside it.
    "Regular users had a 50% higher risk of dropping out of school sport, or about 15% of them, researchers said.",
    "Regular users were 50% more likely to drop out of school sport, the researchers noted.",
])
def test_a_relative_risk_kept_is_no_overstatement(target: str) -> None:
    source = "Regular users had a 50% higher risk of dropping out of school sport, the researchers noted."
    assert overstatements(source, target) == []


UPF_BODY = [
    "Women who eat large amounts of ultra-processed food are more likely to develop depression, according to a study "
    "of 31,712 middle-aged women published in JAMA Network Open.",
    "Artificial sweeteners and artificially sweetened drinks were associated with an increased risk of depression.",
    "The study was observational and cannot show that ultra-processed food causes depression, the authors noted.",
]
UPF_RELEASE = "\n\n".join(["Ultra-processed food linked to higher risk of depression in women", *UPF_BODY]) + "\n"


@pytest.mark.parametrize(("headline", "expected"), [
    ("Ultra-processed food increases depression risk in women, study finds",
     ("cause", 0, "food linked to higher risk", "food increases depression risk")),
    ("Junk food triggers depression in women, Harvard study finds",
     ("cause", 0, "food linked to higher risk", "food triggers depression in")),
    # Drawn from a later paragraph, linked to the release's headline or to nothing.
    ("Artificial sweeteners cause depression, study finds",
     ("cause", 2, "were associated with an increased", "sweeteners cause depression, study")),
])
def test_a_headline_that_makes_the_association_a_cause_is_found(headline: str, expected: tuple) -> None:
    story = "\n\n".join([headline, *UPF_BODY]) + "\n"
    assert [(o["kind"], o["source_index"], o["source"], o["target"]) for o in overstatements(UPF_RELEASE, story)
            if o["target_index"] == 0] == [expected]


@pytest.mark.parametrize("headline", [
    "Ultra-processed food linked to depression in women",
    "Ultra-processed food may raise depression risk in women",
    "Study links junk food to depression in women",
    "Women who eat ultra-processed food more likely to be depressed",
])
def test_a_headline_that_keeps_the_association_is_none(headline: str) -> None:
    story = "\n\n".join([headline, *UPF_BODY]) + "\n"
    assert overstatements(UPF_RELEASE, story) == []


def test_a_headline_the_source_gives_itself_is_none() -> None:
    # A release whose own headline claims the effect (its body says "linked to"), and a copy that keeps it: the
    # claim is the source's, not the copy's.
    body = ["Eating ultra-processed food was associated with a higher risk of depression in middle-aged women.",
            *UPF_BODY[1:]]
    release = "\n\n".join(["Ultra-processed food increases depression risk in women", *body]) + "\n"
    story = "\n\n".join(["Ultra-processed food increases depression risk in women, study finds", *body]) + "\n"
    assert overstatements(release, story) == []


# An arrest's suspicion dropped, in a broadcast script's present perfect (a radio desk's re-test): "was arrested on
# suspicion of causing death" -> "has been arrested for causing death" says the driver caused it, and was no
# finding (the suspicion was no hedge, and the tense changed beside it left one shared word of context).
@pytest.mark.parametrize(("source", "target", "shown"), [
    ("The lorry driver, a 52-year-old man from Hereford, was arrested on suspicion of causing death by dangerous "
     "driving.",
     "The lorry driver, a fifty-two-year-old man from Hereford, has been arrested for causing death by dangerous "
     "driving.", ("arrested on suspicion of causing", "arrested for causing")),
    ("A 52-year-old man was arrested on suspicion of murder and remains in police custody.",
     "A 52-year-old man was arrested for murder and remains in police custody.",
     ("arrested on suspicion of murder", "arrested for murder")),
])
def test_an_arrest_on_suspicion_made_an_arrest_for_is_a_hedge_taken_out(source: str, target: str,
                                                                         shown: tuple) -> None:
    report = compare(Document.from_text(source, id="wire"), Document.from_text(target, id="script")).to_dict()
    assert [(o["kind"], o["source"], o["target"]) for o in report["overstatements"]] == [("hedge", *shown)]
    assert report["overstatements"][0]["legal"] == overstatement.LEGAL_SUSPICION


@pytest.mark.parametrize("target", [
    "The lorry driver, a fifty-two-year-old man from Hereford, has been arrested on suspicion of causing death by "
    "dangerous driving.",
    "The lorry driver, a 52-year-old man from Hereford, was arrested in connection with the crash.",
])
def test_an_arrest_still_on_suspicion_is_no_overstatement(target: str) -> None:
    source = ("The lorry driver, a 52-year-old man from Hereford, was arrested on suspicion of causing death by "
              "dangerous driving.")
    report = compare(Document.from_text(source, id="wire"), Document.from_text(target, id="script")).to_dict()
    assert report["overstatements"] == []


# A figure's basis taken out: the figure is reported as another one (a statistics desk's re-test: "In real terms,
# adjusted for inflation, regular pay rose by 1.9%" -> "Regular pay rose by 1.9%" was no finding).
@pytest.mark.parametrize(("source", "target", "shown"), [
    ("In real terms, adjusted for inflation, regular pay rose by 1.9% compared with a year earlier, the ONS said.",
     "Regular pay rose by 1.9% compared with a year earlier, the ONS said.",
     ("In real terms, adjusted for inflation, regular", "Regular")),
    ("The seasonally adjusted unemployment rate rose to 4.2%, the highest in two years.",
     "The unemployment rate rose to 4.2%, the highest in two years.",
     ("The seasonally adjusted unemployment", "The unemployment")),
    ("Pay growth excluding bonuses slowed to 5.4% from 5.8% in the three months to June.",
     "Pay growth slowed to 5.4% from 5.8% in the three months to June.",
     ("growth excluding bonuses slowed", "growth slowed")),
    ("Tesco said sales on a like-for-like basis rose 4.3% in the 13 weeks to late August.",
     "Tesco said sales rose 4.3% in the 13 weeks to late August.",
     ("sales on a like-for-like basis rose", "sales rose")),
])
def test_a_figures_basis_taken_out_is_a_hedge_taken_out(source: str, target: str, shown: tuple) -> None:
    report = compare(Document.from_text(source, id="wire"), Document.from_text(target, id="story")).to_dict()
    assert [(o["kind"], o["source"], o["target"]) for o in report["overstatements"]] == [("hedge", *shown)]


@pytest.mark.parametrize(("source", "target"), [
    ("In real terms, adjusted for inflation, regular pay rose by 1.9% compared with a year earlier, the ONS said.",
     "Adjusted for inflation, regular pay rose by 1.9% compared with a year earlier, the ONS said."),
    ("The seasonally adjusted unemployment rate rose to 4.2%, the highest in two years.",
     "The unemployment rate, seasonally adjusted, rose to 4.2%, the highest in two years."),
    ("Pay growth excluding bonuses slowed to 5.4% from 5.8% in the three months to June.",
     "Regular pay growth slowed to 5.4% from 5.8% in the three months to June."),
    ("Tesco said sales on a like-for-like basis rose 4.3% in the 13 weeks to late August.",
     "Tesco said like-for-like sales rose 4.3% in the 13 weeks to late August."),
    # no figure: the words are no figure's basis
    ("The firm said it would look at the plan in real terms and report back to shareholders next month.",
     "The firm said it would look at the plan and report back to shareholders next month."),
])
def test_a_figures_basis_kept_in_other_words_is_no_overstatement(source: str, target: str) -> None:
    report = compare(Document.from_text(source, id="wire"), Document.from_text(target, id="story")).to_dict()
    assert report["overstatements"] == []


# A legal desk's re-test: the sentence that fined the defendant left out, and a neighbour merged with the court's
# name printed him as jailed: no finding, as a sentence and its copy were read one to one only.
FINED_WIRE = "\n\n".join([
    "Daniel Hughes, 34, of Chapel Allerton, appeared at Harrogate Magistrates' Court on Tuesday.",
    "He admitted driving without due care and attention on June 14 last year.",
    "He was fined £500 and ordered to pay £85 costs and a £200 victim surcharge.",
    "His licence was endorsed with six penalty points.",
]) + "\n"


def test_a_fine_left_out_beside_a_sentence_that_jails_is_found() -> None:
    target = ("Daniel Hughes, 34, of Chapel Allerton, who was jailed at Harrogate Magistrates' Court on Tuesday, "
              "admitted driving without due care and attention on June 14 last year.\n\n"
              "His licence was endorsed with six penalty points.\n")
    assert [(o["kind"], o["source"], o["target"], o["source_index"], o.get("legal"))
            for o in overstatements(FINED_WIRE, target)] == [
        ("hedge", "He was fined £500 and ordered", "was jailed at Harrogate Magistrates'", 2,
         "a fine printed as jail: custody the court did not impose")]


@pytest.mark.parametrize("target", [
    # The fine kept, or jail only threatened, or spared: none.
    FINED_WIRE.replace("appeared at", "who was fined £500, appeared at"),
    FINED_WIRE.replace("He was fined £500", "He was warned he could face jail, but was fined £500"),
    "Daniel Hughes, 34, of Chapel Allerton, who escaped jail at Harrogate Magistrates' Court on Tuesday, admitted "
    "driving without due care and attention on June 14 last year.\n",
    FINED_WIRE.replace("He was fined £500 and ordered to pay £85 costs and a £200 victim surcharge.", "").replace(
        "on June 14 last year.", 'on June 14 last year, telling magistrates: "My brother was jailed for this."'),
])
def test_a_fine_kept_or_jail_not_imposed_is_no_overstatement(target: str) -> None:
    assert overstatements(FINED_WIRE, target) == []


def test_a_source_that_jails_someone_is_not_read_across_sentences() -> None:
    source = FINED_WIRE.replace("He was fined £500", "His co-accused was jailed for a year; he was fined £500")
    target = source.replace("His co-accused was jailed for a year; he was fined £500", "He was jailed")
    assert [o for o in overstatements(source, target) if o["target_index"] != 2] == []


# A science sub-editor's re-test: each was no finding, the hedge or the sample reworded with the words round it.
LEEDS = [
    "A study of 24 volunteers found that a daily dose of the compound lowered blood pressure by an average of eight "
    "points, researchers at the University of Leeds said on Monday.",
    "The findings, published in the journal Hypertension, might one day lead to a treatment for people whose blood "
    "pressure does not respond to existing drugs, the team said.",
]


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a hedge's horizon goes with it
    (LEEDS[1], LEEDS[1].replace("might one day lead", "will lead"),
     ("hedge", "Hypertension, might one day lead", "Hypertension, will lead")),
    # the hedge taken out in a sentence rewritten round it
    (LEEDS[1], "The team said the compound will lead to a treatment for people whose blood pressure does not respond "
               "to existing drugs, according to findings published in the journal Hypertension.",
     ("hedge", "might one day lead to a", "will lead to a")),
    # the sample put out for a study's word
    (LEEDS[0], LEEDS[0].replace("A study of 24 volunteers", "Research"),
     ("hedge", "A study of 24 volunteers found", "Research found")),
    # the sentence rewritten, the sample gone
    (LEEDS[0], "Scientists at the University of Leeds said on Monday that a daily dose of the compound lowered blood "
               "pressure by an average of eight points, according to new research.",
     ("hedge", "study of 24 volunteers", "according to new research")),
], ids=["horizon", "rewritten-hedge", "sample-for-research", "rewritten-sample"])
def test_a_hedge_or_a_sample_reworded_away_is_found(source: str, target: str, expected: tuple) -> None:
    assert [(o["kind"], o["source"], o["target"]) for o in overstatements(source, target)] == [expected]


@pytest.mark.parametrize("target", [
    "In a study of 24 volunteers, University of Leeds researchers found that a daily dose of the compound lowered "
    "blood pressure by an average of eight points.",
    "Researchers at the University of Leeds said on Monday that a daily dose of the compound lowered blood pressure "
    "by an average of eight points in a trial involving 24 volunteers.",
    "The team said the findings could eventually lead to a treatment for people whose blood pressure does not "
    "respond to existing drugs.",
    "The team said the findings, published in the journal Hypertension, may one day lead to a treatment for people "
    "whose blood pressure does not respond to existing drugs.",
])
def test_a_hedge_or_a_sample_kept_in_a_rewrite_is_no_finding(target: str) -> None:
    assert overstatements(" ".join(LEEDS), target) == []


def test_a_hedge_taken_out_by_a_headline_that_drops_the_article_is_found() -> None:
    # A verification desk's re-test: "The drug may slow" -> "Drug slows" leaves one copied word before the edit, the
    # article taken out before it: the headline's start, read as the text's start (meaning._context).
    found = overstatements("The drug may slow the progress of Alzheimer's disease, a study has found.",
                           "Drug slows progress of Alzheimer's disease, study finds")
    assert [(f["kind"], f["source"], f["target"]) for f in found] == [
        ("hedge", "drug may slow the progress", "Drug slows progress")]
    assert overstatements("The drug may slow the progress of Alzheimer's disease, a study has found.",
                          "Drug may slow progress of Alzheimer's disease, study finds") == []


@pytest.mark.parametrize(("source", "target", "shown"), [
    ("Twitter is reportedly planning to lay off about half of its staff.",
     "Twitter is planning to lay off about half of its staff.", ("is reportedly planning", "is planning")),
    ("Apple is reportedly in talks to buy the startup for about $1 billion.",
     "Apple in talks to buy startup for about $1 billion", ("Apple is reportedly in", "Apple in")),
])
def test_a_push_alert_that_drops_news_copy_hedges_overstates(source: str, target: str, shown: tuple) -> None:
    # A verification desk's re-test: "reportedly" taken out prints as fact what the wire had not confirmed; it was
    # no finding.
    assert [(f["kind"], f["source"], f["target"]) for f in overstatements(source, target)] == [("hedge", *shown)]


def test_a_hedge_dropped_beside_a_title_changed_is_found() -> None:
    # An arts desk: the diff joins "Lights," -> "Nights," and "reportedly" taken out into one edit, in which the
    # hedge was not read.
    source = 'Blake, best known for the crime drama "Harbor Lights," reportedly lost two film roles after his arrest.'
    target = 'Blake, best known for the crime drama "Harbor Nights," lost two film roles after his arrest.'
    report = compare(Document.from_text(source, id="s"), Document.from_text(target, id="t")).to_dict()
    assert [(f["kind"], f["source"], f["target"]) for f in report["overstatements"]] == [
        ("hedge", 'Lights," reportedly lost', 'Nights," lost')]
    # The diff shown is the diff made: one edit.
    assert [e["op"] for e in report["alignments"][0]["diff"]] == ["equal", "replace", "equal"]
    # The title kept, the hedge kept: nothing.
    assert overstatements(source, target.replace('Nights,"', 'Lights," reportedly')) == []


@pytest.mark.parametrize("target", [
    "Profits were lower, the company said on Tuesday.",
    "Profits were lower than forecast, the company said on Tuesday.",
    "Profits were lower than expected, the firm said on Tuesday.",
])
def test_expected_as_a_comparison_is_no_hedge(target: str) -> None:
    assert overstatements("Profits were lower than expected, the company said on Tuesday.", target) == []


@pytest.mark.parametrize("target", [
    "The government is likely to announce the new tax on Wednesday.",
    "The government is set to announce the new tax on Wednesday.",
    "Twitter is said to be planning to lay off about half of its staff.",
])
def test_a_news_hedge_kept_or_reworded_is_no_overstatement(target: str) -> None:
    source = ("The government is expected to announce the new tax on Wednesday." if "government" in target
              else "Twitter is reportedly planning to lay off about half of its staff.")
    assert overstatements(source, target) == []


@pytest.mark.parametrize(("source", "target", "shown"), [
    ("Hamas claimed that 500 people were killed in the blast at the hospital.",
     "500 people were killed in the blast at the hospital.", ("Hamas claimed that", "500 people were killed")),
    ("500 people were killed in the blast at the hospital, Hamas claimed.",
     "500 people were killed in the blast at the hospital.", ("Hamas claimed", "500 people were killed")),
    ("According to local media, at least 20 people died in the fire.", "At least 20 people died in the fire.",
     ("According to local media", "At least 20 people")),
    ("Unconfirmed reports said the president had been taken to hospital.", "The president has been taken to hospital.",
     ("Unconfirmed reports said", "The president has been")),
    ("The ministry claimed that 300 soldiers had been killed in the fighting.",
     "300 soldiers had been killed in the fighting.", ("The ministry claimed that", "300 soldiers had been")),
])
def test_a_claims_attribution_taken_out_is_a_hedge_taken_out(source: str, target: str, shown: tuple) -> None:
    # A verification desk's re-test: a post that drops who claimed it prints a party's claim or an unverified
    # report as fact; none was a finding (no hedging word taken out, and outside court copy's allegations).
    assert [(f["kind"], f["source"], f["target"]) for f in overstatements(source, target)] == [("hedge", *shown)]
    assert "legal" not in overstatements(source, target)[0]


@pytest.mark.parametrize(("source", "target"), [
    ("According to police, the road was closed for six hours.", "The road was closed for six hours."),
    ("Hamas claimed that 500 people were killed in the blast.", "Hamas said 500 people were killed in the blast."),
    ("According to local media, at least 20 people died in the fire.",
     "At least 20 people died in the fire, local media reported."),
    ("The company claimed a record profit for the year.", "The company made a record profit for the year."),
    ("Smith claimed the title with a final-round 66.", "Smith won the title with a final-round 66."),
    ("According to the company, sales rose 5% in the quarter.", "Sales rose 5% in the quarter, according to the firm."),
])
def test_a_claim_still_attributed_or_no_claim_is_no_overstatement(source: str, target: str) -> None:
    assert overstatements(source, target) == []


@pytest.mark.parametrize(("source", "target", "shown"), [
    ("The Bank of England is expected to raise interest rates to 5.5% on Thursday, its 15th increase in a row.",
     "The Bank of England will raise interest rates to 5.5% on Thursday, its 15th increase in a row.",
     ("England is expected to raise", "England will raise")),
    ("The hackers are believed to have stolen the personal data of 2 million customers, the company said.",
     "The hackers stole the personal data of 2 million customers, the company said.",
     ("hackers are believed to have stolen the", "hackers stole the")),
    ("The chancellor is thought to be considering a cut in stamp duty in next month's budget.",
     "The chancellor is considering a cut in stamp duty in next month's budget.",
     ("is thought to be considering", "is considering")),
    ("Tesco is understood to be in talks to buy the convenience chain for about £400m.",
     "Tesco is in talks to buy the convenience chain for about £400m.", ("is understood to be in", "is in")),
    ("The government is set to announce a £5bn package of support for energy bills on Tuesday.",
     "The government will announce a £5bn package of support for energy bills on Tuesday.",
     ("government is set to announce", "government will announce")),
])
def test_a_news_hedge_taken_out_is_found(source: str, target: str, shown: tuple) -> None:
    # A business and politics desk's re-test: "is expected to", "are believed to", "is thought to", "is understood
    # to" and "is set to" taken out print as fact what the wire hedged; none was a finding.
    assert [(f["kind"], f["source"], f["target"]) for f in overstatements(source, target)] == [("hedge", *shown)]


@pytest.mark.parametrize(("source", "target"), [
    ("The Bank of England is expected to raise interest rates to 5.5% on Thursday.",
     "The Bank of England is widely expected to lift interest rates to 5.5% on Thursday."),
    ("The chancellor is thought to be considering a cut in stamp duty.",
     "The chancellor is believed to be weighing a cut in stamp duty."),
    ("Inflation was higher than expected at 6.7% in September.",
     "Inflation was higher than forecast at 6.7% in September."),
    ("Ministers are expected to approve the plan on Monday, sources said.",
     "Ministers are likely to approve the plan on Monday, sources said."),
    ("Ministers are expected to approve the plan on Monday.", "Ministers will meet on Monday to discuss the plan."),
    ("The company expects to cut 500 jobs by the end of the year.",
     "The company is expected to cut 500 jobs by the end of the year."),
    # (METER: a clause deleted with its hedge is an omission, no claim printed as fact)
    ("Two fans ran onto the track during what is thought to have been a late-night prank ahead of Sunday's race.",
     "Two fans ran onto the track."),
])
def test_a_news_hedge_kept_or_reworded_is_no_finding(source: str, target: str) -> None:
    assert overstatements(source, target) == []
