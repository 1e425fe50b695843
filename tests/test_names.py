"""Names in any script: the one name-word pattern (`text.lexicon.NAME_WORD`) and every place that finds names with it
(speakers, facts, names kept apart from common words in the sentence features, bylines)."""

from __future__ import annotations

import re
import sys
import unicodedata

import pytest

from diffsrc import Document, prepare
from diffsrc.pair.findings.facts import changed_entities
from diffsrc.pair.findings.quotes import extract_quotes, same_speaker
from diffsrc.text.features import SentenceFeatures
from diffsrc.text.lexicon import NAME_WORD, UPPER, fold_name, is_name_word

# People as European, Vietnamese, Irish and Arabic names are written in English-language news.
PEOPLE = [
    "José Álvarez",               # Spanish
    "Ángela Núñez",
    "Luís Montenegro",            # Portuguese
    "João dos Santos",
    "Angela Müller",              # German
    "Jürgen Groß",
    "Élisabeth Borne",            # French
    "Antoine de Saint-Exupéry",
    "Valéry Giscard d'Estaing",
    "Łukasz Żółć",                # Polish
    "Władysław Kosiniak-Kamysz",
    "Søren Ærø",                  # Nordic
    "Åsa Öberg",
    "Þórdís Gylfadóttir",
    "Jonas Gahr Støre",
    "Nguyễn Văn Thắng",           # Vietnamese
    "Đặng Thị Hồng",
    "Seán O'Brien",               # apostrophes and joined articles
    "Siobhán O’Connor",
    "Abdel Fattah al-Sisi",
]


def _quotes(text: str) -> list:
    prepared = prepare(Document.from_text(text))
    return extract_quotes(prepared.cleaned.paragraphs, prepared.sentences)


def test_uppercase_class_is_every_uppercase_letter_and_no_other() -> None:
    upper = re.compile(UPPER)
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        category = unicodedata.category(char)
        if 0x1D400 <= code <= 0x1D7FF:  # mathematical alphanumerics: symbols, not names
            continue
        assert (upper.fullmatch(char) is not None) == (category in ("Lu", "Lt")), (hex(code), category)


@pytest.mark.parametrize("name", PEOPLE)
def test_every_word_of_a_name_is_a_name_word(name: str) -> None:
    particles = {"dos", "de"}
    assert all(is_name_word(w) for w in name.split() if w not in particles), name
    assert re.fullmatch(rf"{NAME_WORD}(?:\s+(?:(?:dos|de)\s+)?{NAME_WORD})*", name)


def test_what_is_not_a_name_word() -> None:
    for word in ("said", "'s", "Takaichi's", "Motegi.", "élan", "42"):
        assert not is_name_word(word), word
    # An initial and a name's abbreviation keep their full stop; a sentence's last word does not.
    for word in ("J.", "U.S.", "Jr.", "Dr."):
        assert is_name_word(word), word


def test_folded_names_compare_across_accents_and_transliterations() -> None:
    assert fold_name("José Álvarez") == fold_name("Jose Alvarez") == "jose alvarez"
    assert fold_name("Łukasz Żółć") == "lukasz zolc"
    assert fold_name("Abdel Fattah al-Sisi").split()[-1] == fold_name("el-Sisi") == "sisi"
    assert fold_name("O’Brien") == fold_name("O'Brien")


# --- speakers ---------------------------------------------------------------------------------------------------------

QUOTE = "We will not let the port close again this winter"


@pytest.mark.parametrize("name", PEOPLE)
@pytest.mark.parametrize(
    "form",
    [
        '"{q}," said {name}.',
        '"{q}," {name} said on Friday.',
        '{name} said: "{q}."',
        '{name}, who met dock workers on Friday, told reporters: "{q}."',
    ],
)
def test_speaker_in_any_script_is_the_whole_name(name: str, form: str) -> None:
    quotes = _quotes(form.format(q=QUOTE, name=name))
    assert [q.speaker for q in quotes] == [name]


def test_speaker_ends_where_the_sentence_ends() -> None:
    quotes = _quotes('"We are firmly preparing for the visit," said Motegi. The talks begin on Monday in Tokyo.')
    assert quotes[0].speaker == "Motegi"


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        ("José Álvarez", "José Martínez", False),
        ("José Álvarez", "Jose Alvarez", True),     # a reprint that drops the accents
        ("Łukasz Żółć", "Lukasz Zolc", True),
        ("Abdel Fattah al-Sisi", "Abdel Fattah el-Sisi", True),
        ("Åsa Öberg", "Åsa Lindqvist", False),
        ("Nguyễn Văn Thắng", "Nguyễn Văn Hùng", False),
        # One surname, two people: titles of the two sexes, two first names (a re-test)
        ("Mrs Smith", "Mr Smith", False),
        ("John Smith", "Jane Smith", False),
        ("Mrs Smith", "Jean Smith", True),
        ("Smith", "John Smith", True),
        ("J Smith", "John Smith", True),
        ("Al Fayed", "Mohamed Al Fayed", True),
        ("Mr and Mrs Smith", "Mrs Smith", True),
    ],
)
def test_same_speaker_by_folded_surname(first: str, second: str, same: bool) -> None:
    assert same_speaker(first, second) is same


# --- facts, names in the features, bylines ----------------------------------------------------------------------------


def test_a_name_replaced_by_another_in_any_script_is_a_finding() -> None:
    source = "The talks in Madrid were led by José Álvarez on Monday."
    assert changed_entities(source, "The talks in Madrid were led by José Martínez on Monday.") == [
        ("José Álvarez", "José Martínez")
    ]
    # The same name without its accents is the same name.
    assert changed_entities(source, "The talks in Madrid were led by Jose Alvarez on Monday.") == []
    assert changed_entities("Officials met in Århus on Monday.", "Officials met in Ålborg on Monday.") == [
        ("Århus", "Ålborg")
    ]


def test_names_in_any_script_are_not_common_words() -> None:
    # Sentences of one story share its names whatever they say: the sentence model weighs the common (lower-case)
    # words a sentence shares apart from its names, in every script.
    for text in ("The talks were chaired by Élisabeth Borne and Łukasz Żółć in Paris on Monday.",
                 "The talks were chaired by Elisabeth Borne and Lukasz Zolc in Paris on Monday."):
        features = SentenceFeatures.of(text)
        common = dict(zip(features.stems, features.common, strict=True))
        names = [stem for stem, is_common in common.items() if not is_common]
        assert len(names) >= 5, (text, common)  # the names, Paris and Monday
        assert all(common[stem] for stem in common if stem.startswith(("talk", "chair"))), common


@pytest.mark.parametrize(
    "byline",
    [
        "By José Álvarez",
        "Ángela Núñez and Łukasz Żółć",
        "Þórdís Gylfadóttir, Nordic correspondent",
        "Ángela Núñez in Madrid",
        "By Nguyễn Văn Thắng",
    ],
)
def test_bylines_in_any_script_are_not_article_text(byline: str) -> None:
    text = (
        f"Port of Santos reopens after nine-day strike\n\n{byline}\n\n"
        "The Port of Santos will reopen on Monday after a nine-day strike by dock workers, officials said on Friday. "
        "The union accepted a pay offer late on Thursday.\n"
    )
    sentences = [s.text for s in prepare(Document.from_text(text)).sentences]
    assert byline not in sentences
    assert any(s.startswith("The Port of Santos will reopen") for s in sentences)


@pytest.mark.parametrize(("name", "kept"), [
    ("Home Office", "Home Office"), ("Foreign Ministry", "Foreign Ministry"),
    ("Foreign Minister Toshimitsu Motegi", "Toshimitsu Motegi"), ("Mme Claire Dupuis", "Claire Dupuis"),
])
def test_a_bodys_name_keeps_its_first_word_and_a_persons_loses_its_title(name: str, kept: str) -> None:
    """"A spokesman for the Home Office said: ..." was a quote of "Office" ("home" is a title word: Home
    Secretary)."""
    from diffsrc.pair.findings.names import strip_title

    assert strip_title(name) == kept


class _Counting:
    """A compiled pattern that notes each text it is tried on (to show a gate keeps it from a text)."""

    def __init__(self, pattern: re.Pattern[str], tried: list[str]) -> None:
        self.pattern, self.tried = pattern, tried

    def finditer(self, text: str):
        self.tried.append(text)
        return self.pattern.finditer(text)


def test_title_patterns_are_tried_only_on_a_paragraph_with_an_office_word(monkeypatch):
    """The lowercase and apposition title patterns are tried at every character: a paragraph whose lowercase words
    hold no office word is not searched with them (most paragraphs), and one that holds one reads as before."""
    from diffsrc.pair.findings import names

    tried: list[str] = []
    for name in ("_LOWER_TITLE", "_APPOSITIVE_TITLE"):
        monkeypatch.setattr(names, name, _Counting(getattr(names, name), tried))
    assert names.titled_people("Mr Smith said the plan would work, and Dr Jones agreed.") == [
        ("Mr", "Smith"), ("Dr", "Jones")]
    assert names.titled_people("The Chief Executive, Ana Ruiz, spoke in capitals.") == []
    assert tried == []
    assert names.titled_people("said port authority president Carlos Mendes.") == [
        ("port authority president", "Carlos Mendes")]
    assert names.titled_people("Carlos Mendes, the port authority president, said so.") == [
        ("port authority president", "Carlos Mendes")]
    assert len(tried) == 4


def test_surnames_after_a_word_boundary_are_what_the_boundary_pattern_finds():
    """`People.expand` finds the surnames with a pattern that opens with them and tests the boundary before each:
    the same matches as the pattern opening with the boundary, where a surname stands inside a longer one, after
    a hyphen, or is a prefix of another."""
    from diffsrc.pair.findings.names import _from_word_boundary

    texts = ["Abdel Fattah al-Sisi met Sisi's aide; xal-Sisi and Sisix.", "Anne and Ann met Jean-Paul and Jean.",
             "Smithson, Smith and O'Smith", "", "Ann", "al-Sisial-Sisi al-Sisi"]
    for lasts in (["Sisi", "al-Sisi"], ["Ann", "Anne"], ["Jean", "Jean-Paul", "Paul"], ["Smith", "O'Smith"]):
        alternation = "|".join(re.escape(x) for x in sorted(lasts))
        with_boundary = re.compile(r"\b(?:" + alternation + r")\b")
        without = re.compile("(?:" + alternation + r")\b")
        for text in texts:
            assert [m.span() for m in _from_word_boundary(without, text)] == [
                m.span() for m in with_boundary.finditer(text)], (lasts, text)


def test_sex_patterns_are_tried_only_where_their_words_stand(monkeypatch):
    """An honorific's and a "He"/"She" sentence's patterns are tried at every character: a paragraph with neither
    is not searched with them, and a person's sex is read as before where they stand."""
    from diffsrc.pair.findings import names

    tried: list[str] = []
    for name in ("_SEXED_HONORIFIC", "_NAMED_THEN_PRONOUN", "_COUPLE_HONORIFIC"):
        monkeypatch.setattr(names, name, _Counting(getattr(names, name), tried))
    assert names._sexes(["The council met on Monday. Heathrow was closed.", "Her speech was short."]) == {}
    assert tried == []
    assert names._sexes(["Clive Barwell, 42, would lie in wait. He would bind them.", "Mrs Evans spoke."]) == {
        "barwell": "he", "evans": "she"}
    assert names._sexes(["Mr and Mrs Marshall arrived."]) == {}
    assert tried
