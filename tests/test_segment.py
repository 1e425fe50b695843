from __future__ import annotations

import pytest

from diffsrc.text.clean import Paragraph
from diffsrc.text.segment import segment_paragraphs, split_sentences, surface_tokens, verbatim_key


@pytest.mark.parametrize(
    "text",
    [
        "U.S. President Donald Trump visits Tokyo next week.",
        "The summit runs from Oct. 27 to Oct. 29 in Tokyo.",
        "Dr. Amos spoke to Mr. Smith and Mrs. Jones at St. Mary's.",
        "The No. 2 official resigned on Jan. 5, the U.K. government said.",
        "Acme Inc. and Widgets Ltd. signed the deal in Washington, D.C. on Friday.",
    ],
)
def test_abbreviations_do_not_split(text):
    assert split_sentences(text) == [text]


@pytest.mark.parametrize(
    "text",
    [
        # Indian and other names with two or three initials run together, and the honorifics and rupee sign of
        # Indian copy, each with its full stop (each was cut in two: "... chief Y.S." / "Jagan Mohan Reddy said ...").
        "YSR Congress Party chief Y.S. Jagan Mohan Reddy said the people had been abandoned.",
        "DMK president M.K. Stalin and the author J.K. Rowling met Justice D.Y. Chandrachud.",
        "Former President A.P.J. Abdul Kalam spoke at the event.",
        "The Union government approved a relief package of Rs. 5 crore for the villages.",
        "BJP state president Smt. Daggubati Purandeswari met Sh. Rajnath Singh on Monday.",
    ],
)
def test_initials_and_indian_abbreviations_do_not_split(text):
    assert split_sentences(text) == [text]


def test_sentence_after_initials_still_splits_before_a_sentence_starter():
    assert split_sentences("The group was founded by the R.S.S. He said so.") == [
        "The group was founded by the R.S.S.", "He said so."]


def test_sentence_after_initialism_still_splits_before_a_sentence_starter():
    assert split_sentences("The talks were held in the U.S. The next round is in Tokyo.") == [
        "The talks were held in the U.S.", "The next round is in Tokyo."]


@pytest.mark.parametrize("close", ['"', "\u201d"])
def test_closing_quote_stays_with_its_sentence(close):
    open_ = '"' if close == '"' else "\u201c"
    text = f"{open_}We are ready.{close} Motegi said so. {open_}What matters is substance.{close} He left."
    assert split_sentences(text) == [f"{open_}We are ready.{close}", "Motegi said so.",
                                     f"{open_}What matters is substance.{close}", "He left."]


def test_quote_then_speaker_then_new_quote():
    text = '"Our defence is our own decision," Motegi said. "What matters is what is in it."'
    assert split_sentences(text) == ['"Our defence is our own decision," Motegi said.',
                                     '"What matters is what is in it."']


def test_cjk_sentence_final_punctuation_splits():
    expected = ["東京で会談した。", "首相は歓迎した！", "本当か？"]
    assert split_sentences("".join(expected)) == expected


def test_headings_are_single_units_numbered_in_order():
    sentences = segment_paragraphs([Paragraph("Rail plan. Unveiled", "heading"), Paragraph("One. Two.")])
    assert [(s.index, s.text, s.kind) for s in sentences] == [
        (0, "Rail plan. Unveiled", "heading"), (1, "One.", "body"), (2, "Two.", "body")]


@pytest.mark.parametrize(
    "a, b",
    [
        ("Our national defence should be based on our own decision.",
         "\u201cOur national defense should be based on our own decision,\u201d"),
        ("US President Donald Trump", "U.S. President Donald Trump"),
        ("during his Oct 27-29 visit", "during his October 27-29 visit"),
        ("some 50,000 US troops", "some 50000 U.S. troops"),
        ("1,20,000 people were displaced", "120,000 people were displaced"),  # Indian grouping
        # thousands grouped by a full stop or a space, as European agencies' copy groups them (a data desk's trial)
        ("rund 12.000 Pendler und 1,5 Millionen Fahrgäste", "rund 12 000 Pendler und 1,5 Millionen Fahrgäste"),
        ("une prime de 1 500 euros", "une prime de 1500 euros"), ("81.000 manifestants", "81\u202f000 manifestants"),
        ("spending of 2% of GDP", "spending of 2 per cent of GDP"),
        ("a #5m deal", "a \u00a35m deal"),
        ("It's   the five-year   plan", "it\u2019s the five year plan"),
    ],
)
def test_surface_noise_gives_equal_verbatim_keys(a, b):
    assert verbatim_key(a) == verbatim_key(b)


@pytest.mark.parametrize(
    "a, b",
    [("spending of 5% of GDP", "spending of 3.5% of GDP"), ("some 50,000 troops", "some 5,000 troops"),
     ("Trump met Abe", "Trump met Takaichi"), ("rund 12.000 Pendler", "rund 12.500 Pendler"),
     ("in 2019 100 people", "in 2019100 people"), ("rose 1.5 per cent", "rose 15 per cent"),
     ("10 100mg ampoules", "10100mg ampoules")],
)
def test_real_changes_give_different_keys(a, b):
    assert verbatim_key(a) != verbatim_key(b)


def test_surface_tokens_keep_numbers_and_symbols():
    assert surface_tokens("Brent rose 1.2% to $84.10") == ["brent", "rose", "1.2", "%", "to", "$", "84.10"]


def test_surface_tokens_a_caller_edits_are_its_own():
    # Short texts' tokens are kept per process (the findings steps read the same edits and sentences again): a
    # caller that edits the list it got must not change what the next reader of the same text gets.
    first = surface_tokens("Sales rose 5 per cent in 12 000 shops")
    first.append("extra")
    first[0] = "changed"
    assert surface_tokens("Sales rose 5 per cent in 12 000 shops") == [
        "sales", "rose", "5", "%", "in", "12000", "shops"]


@pytest.mark.parametrize("text, script", [("ภาษาไทยเป็นภาษาราชการ", "Thai"), ("ພາສາລາວເປັນພາສາ", "Lao"),
                                          ("ភាសាខ្មែរជាភាសា", "Khmer"), ("မြန်မာဘာသာစကား", "Burmese"),
                                          ("Plain English, with “curly” quotes.", None)])
def test_unsplit_scripts_are_each_told(text, script):
    from diffsrc.text.segment import unsplit_script

    assert unsplit_script(text) == script


def test_a_numbered_list_items_number_stays_with_its_sentence():
    # A press release's notes to editors: "1." became a sentence of its own, an extra omitted row per item.
    from diffsrc.text.segment import split_sentences

    assert split_sentences("1. Tees Storage Park will occupy 40 hectares of land at Wilton.") == [
        "1. Tees Storage Park will occupy 40 hectares of land at Wilton."]
    assert split_sentences("He was born in 1962. He moved to Leeds in 1990.") == [
        "He was born in 1962.", "He moved to Leeds in 1990."]


def test_a_repeated_paragraph_splits_the_same_however_its_last_split_was_used():
    # Paragraphs a syndicated corpus repeats are split once per process; a caller that edits the list it got (as
    # merging a list item's number does) must not change what the next copy of the paragraph gets.
    paragraph = "The court heard the case on Monday. The jury retired on Tuesday."
    first = split_sentences(paragraph)
    first.append("Something else.")
    first[0] = "changed"
    assert split_sentences(paragraph) == ["The court heard the case on Monday.", "The jury retired on Tuesday."]
    long_paragraph = " ".join([paragraph] * 60)  # longer than a remembered paragraph: split afresh each time
    assert split_sentences(long_paragraph) == split_sentences(long_paragraph) == (
        ["The court heard the case on Monday.", "The jury retired on Tuesday."] * 60)
