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
    ("Police said a 34-year-old man had been arrested on suspicion of murder and remained in custody.",
     "A 34-year-old man had been arrested on suspicion of murder and remained in custody."),
])
def test_an_attribution_kept_or_accusing_no_one_is_quiet(source: str, target: str) -> None:
    assert _report(source, target)["overstatements"] == []
