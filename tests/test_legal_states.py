"""A media lawyer's re-test on police, court and wire copy: an allegation's attribution taken out ("Prosecutors
allege that the councillor took bribes" -> "The councillor took bribes"), a casualty's state turned round
("critically injured" -> "has died"), custody printed as release, and a hung jury printed as a verdict. None was
found before; faithful rewrites that keep the attribution or the state stay quiet."""

from __future__ import annotations

import pytest

from diffsrc import Document, compare

BEFORE = "A councillor from Walsall has appeared at Birmingham Crown Court on the first day of his trial."
AFTER = "The trial, which is expected to last four weeks, continues tomorrow before Judge Helen Marsh."


def _report(source: str, target: str) -> dict:
    return compare(Document.from_text("\n\n".join([BEFORE, source, AFTER]) + "\n", id="s"),
                   Document.from_text("\n\n".join([BEFORE, target, AFTER]) + "\n", id="t")).to_dict()


@pytest.mark.parametrize(("source", "target"), [
    ("Prosecutors allege that the councillor took bribes worth more than £40,000 from a property developer.",
     "The councillor took bribes worth more than £40,000 from a property developer."),
    ("Police said the man had stabbed his neighbour during a row over a parking space in Leeds.",
     "The man stabbed his neighbour during a row over a parking space in Leeds."),
    ("The court heard that Smith punched the victim several times outside a nightclub in Bristol.",
     "Smith punched the victim several times outside a nightclub in Bristol."),
    ("It is alleged that Jones set fire to the flat while his former partner was asleep inside.",
     "Jones set fire to the flat while his former partner was asleep inside."),
    ("Brown, 42, is accused of defrauding elderly customers of £250,000 over six years.",
     "Brown, 42, defrauded elderly customers of £250,000 over six years."),
    ("Prosecutors told the jury that Hughes had strangled his wife at their home in Swansea.",
     "Hughes strangled his wife at their home in Swansea."),
    ("According to police, Marcus Reed shot the clerk twice during a robbery at the store early Sunday.",
     "Marcus Reed shot the clerk twice during a robbery at the store early Sunday."),
    # A legal desk's re-test: a named speaker's attribution taken out was no finding (unnamed ones only).
    ("Prosecutor John Smith told the court that the councillor took bribes worth more than £40,000.",
     "The councillor took bribes worth more than £40,000."),
    ("Mr Smith, prosecuting, told the jury that Hughes had strangled his wife at their home in Swansea.",
     "Hughes strangled his wife at their home in Swansea."),
    ("The councillor took bribes worth more than £40,000 from a developer, prosecutor John Smith told the court.",
     "The councillor took bribes worth more than £40,000 from a developer."),
])
def test_an_allegation_printed_without_its_attribution_is_found(source: str, target: str) -> None:
    found = _report(source, target)["overstatements"]
    assert [(f["kind"], f["source_index"], f["target_index"]) for f in found] == [("hedge", 1, 1)]
    assert "attribution taken out" in found[0]["legal"]


@pytest.mark.parametrize(("source", "target"), [
    ("Police said the man had stabbed his neighbour during a row over a parking space in Leeds.",
     "The man stabbed his neighbour during a row over a parking space in Leeds, police said."),
    ("Prosecutors allege that the councillor took bribes worth more than £40,000 from a property developer.",
     "The councillor allegedly took bribes worth more than £40,000 from a property developer."),
    ("The court heard that Smith punched the victim several times outside a nightclub in Bristol.",
     "The court was told Smith punched the victim several times outside a nightclub in Bristol."),
    ("Brown, 42, is accused of defrauding elderly customers of £250,000 over six years.",
     "Brown, 42, denies defrauding elderly customers of £250,000 over six years."),
    # (police's "said" that accuses no one of anything)
    ("Police said the road was closed for several hours while the scene was examined.",
     "The road was closed for several hours while the scene was examined."),
    # (METER: a witness's words, the quote's attribution the quotes step's)
    ('Thompson told the court: "I thought I was going to die when they forced the door at the house."',
     "'I thought I was going to die when they forced the door at the house.'"),
    ("Police said a 34-year-old man had been arrested on suspicion of murder and remained in custody.",
     "A 34-year-old man had been arrested on suspicion of murder and remained in custody."),
    # (a legal desk's re-test: a court's attribution of a claim that accuses no one was a false alarm)
    ("The court heard that the family moved to Leeds in 2010 after the birth of their second child.",
     "The family moved to Leeds in 2010 after the birth of their second child."),
    ("Prosecutor John Smith told the court that the councillor had served on the planning committee since 2015.",
     "The councillor had served on the planning committee since 2015."),
    ("Prosecutor John Smith told the court that the councillor took bribes worth more than £40,000.",
     "Prosecutor John Smith said the councillor took bribes worth more than £40,000."),
])
def test_an_attribution_kept_or_accusing_no_one_is_quiet(source: str, target: str) -> None:
    assert _report(source, target)["overstatements"] == []


@pytest.mark.parametrize(("source", "target", "note"), [
    ("A 15-year-old boy was critically injured in the crash on the A38 near Plymouth on Saturday.",
     "A fifteen-year-old boy has died after the crash on the A38 near Plymouth on Saturday.", "a death"),
    ("Two other passengers were taken to hospital with serious injuries after the collision on the A38.",
     "Two other passengers have died in hospital after the collision on the A38.", "a death"),
    ("A 15-year-old boy died in the crash on the A38 near Plymouth on Saturday.",
     "A 15-year-old boy was seriously injured in the crash on the A38 near Plymouth on Saturday.", "a death"),
    ("The driver of the van remains in police custody while officers continue their inquiries.",
     "The driver of the van has since been released while officers continue their inquiries.", "bail and custody"),
    ("The driver of the van was released on bail while officers continue their inquiries.",
     "The driver of the van remains in custody while officers continue their inquiries.", "bail and custody"),
    ("Reed was being held in the Harris County jail on $1 million bond on Tuesday.",
     "Reed was released from the Harris County jail on $1 million bond on Tuesday.", "bail and custody"),
    ("The jury failed to reach a verdict after deliberating for nine hours and a retrial was ordered.",
     "The jury found him guilty after deliberating for nine hours and a retrial was ordered.", "no verdict"),
    # A legal desk's re-test: an injury's degree given as another was no finding.
    ("The victim was taken to Leeds General Infirmary where his injuries are not thought to be life-threatening.",
     "The victim, who was seriously injured, was taken by ambulance to Leeds General Infirmary.", "severity"),
    ("The victim was taken to Leeds General Infirmary with minor injuries after the attack on Roundhay Road.",
     "The victim was taken to Leeds General Infirmary in a critical condition after the attack on Roundhay Road.",
     "severity"),
    ("The cyclist was taken to Leeds General Infirmary with serious injuries after the crash on the A61.",
     "The cyclist was taken to Leeds General Infirmary with minor injuries after the crash on the A61.", "severity"),
])
def test_a_state_turned_round_is_found(source: str, target: str, note: str) -> None:
    found = _report(source, target)["reversals"]
    assert [(f["kind"], f["source_index"], f["target_index"]) for f in found] == [("opposite", 1, 1)]
    assert note in found[0]["legal"]


@pytest.mark.parametrize(("source", "target"), [
    ("A 15-year-old boy was critically injured in the crash on the A38 near Plymouth on Saturday.",
     "A 15-year-old boy suffered critical injuries in the crash on the A38 near Plymouth on Saturday."),
    ("A 15-year-old boy was critically injured in the crash and later died in hospital on Saturday.",
     "A 15-year-old boy died in hospital on Saturday after the crash."),
    ("The driver of the van remains in police custody while officers continue their inquiries.",
     "The driver of the van is still being held while officers continue their inquiries."),
    ("The man was released from custody on Tuesday after questioning by detectives.",
     "The man was freed on Tuesday after questioning by detectives."),
    ("The jury failed to reach a verdict on the charge of fraud and a retrial was ordered.",
     "Jurors could not reach a verdict on the charge of fraud and a retrial was ordered."),
    # (METER: two papers on one death, the target's sentence another's words)
    ("A jury heard how the child died three days after the attack when her life support machine was switched off.",
     "The machine was switched off three days later when it became apparent that the injuries were irreversible."),
    ("The deadline for the appeal passed without comment from the injured party's lawyers.",
     "The deadline for the appeal passed without comment from the injured party's lawyers."),
    # An injury's degree kept in other words, or one of the two a release gives.
    ("The victim was taken to hospital with minor injuries after the attack on Roundhay Road.",
     "The victim was taken to hospital with injuries that are not life-threatening after the attack on Roundhay Road."),
    ("The man suffered serious but not life-threatening injuries in the attack on Roundhay Road.",
     "The man suffered serious injuries in the attack on Roundhay Road."),
    ("The man suffered life-threatening injuries in the attack on Roundhay Road on Saturday.",
     "The man was seriously injured in the attack on Roundhay Road on Saturday."),
    ("The driver suffered minor injuries, officers from the Serious Collision Investigation Unit said.",
     "The driver was hurt, officers from the Serious Collision Investigation Unit said."),
])
def test_a_state_kept_is_quiet(source: str, target: str) -> None:
    assert _report(source, target)["reversals"] == []


@pytest.mark.parametrize("target", [
    "A motorcyclist was left fighting for his life after a smash on the A38 near Bromsgrove on Saturday night.",
    "A man, 34, was critically injured in a collision on the A38 at Bromsgrove late on Saturday, police said.",
])
def test_an_injury_graded_otherwise_in_a_heavy_rewrite_is_found(target: str) -> None:
    # A business and politics desk's re-test: the release's degree rewritten with most of the sentence's other words
    # ("a smash", "a collision", the age moved) was no finding; only close copies were read.
    source = ("A 34-year-old man was taken to hospital with injuries that are not thought to be life-threatening "
              "after the crash on the A38 near Bromsgrove on Saturday night, West Mercia Police said.")
    found = _report(source, target)["reversals"]
    assert [(f["kind"], f["source_index"], f["target_index"]) for f in found] == [("opposite", 1, 1)]
    assert "severity" in found[0]["legal"]
    # the degree kept in other words, in the same rewrite, is quiet
    kept = "A man, 34, suffered minor injuries in a collision on the A38 at Bromsgrove late on Saturday, police said."
    assert _report(source, kept)["reversals"] == []
