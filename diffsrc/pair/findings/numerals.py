"""Numbers as newsrooms around the world write them, for the changed-facts finding.

There is no language detection, and a number's separators do not always say which language wrote it: "1,500" is
one thousand five hundred in English and one and a half in Spanish, "1.500" the reverse. So a number keeps every
value its separators allow (`number_readings`), the English one first, and the caller treats two numbers as the same
when any reading of one agrees with any reading of the other. A comma or point followed by exactly three digits is
the only ambiguous case; every other form decides: "3,2" is a decimal, "1.234.567" and "12 000" are grouped, and
"120.000" is a hundred and twenty thousand (nobody writes a decimal part of three zeros in the news).

Digits are any script's decimal digits (Python's `\\d` and `float` read Arabic-Indic and Devanagari digits), with
the Arabic decimal separator (U+066B) and thousands separator (U+066C). Texts reach these patterns NFKC-normalised,
so no-break and narrow no-break spaces used as group separators are plain spaces by then.

The word lists (multipliers, currencies, percent words, month names) belong with the others in `text/lexicon.py`;
they sit here while that module is being reworked for datelines and credits.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterable, Iterator
from functools import lru_cache

from ... import rx
from ...text.lexicon import CJK_CHARS, MONTHS_BY_NAME

_AR_DECIMAL = "\u066b"
_AR_GROUP = "\u066c"

# Grouped forms come first so that "1,234,567" is read whole; the last form is a plain number or a decimal. Indian
# copy groups by lakh and crore, twos above the last three digits ("1,20,000" is 120,000, "12,34,56,789"): tried
# first, it needs a pair of digits between commas, which no other grouping has.
NUMBER = (
    rf"\d{{1,2}}(?:,\d{{2}})+,\d{{3}}(?:[.{_AR_DECIMAL}]\d+)?"
    rf"|\d{{1,3}}(?:,\d{{3}})+(?:[.{_AR_DECIMAL}]\d+)?"
    rf"|\d{{1,3}}(?:\.\d{{3}})+(?:[,{_AR_DECIMAL}]\d+)?"
    rf"|\d{{1,3}}(?:{_AR_GROUP}\d{{3}})+(?:[.,{_AR_DECIMAL}]\d+)?"
    rf"|\d{{1,3}}(?: \d{{3}})+(?:[.,{_AR_DECIMAL}]\d+)?"
    rf"|\d+(?:[.,{_AR_DECIMAL}]\d+)?"
)

# Letters of scripts written without spaces between words: a number sits right against them ("前年比3.2%減"), so
# they do not make it part of a word the way "A" does in "A320".
CJK_LETTERS = CJK_CHARS + "\uac00-\ud7af"  # and Hangul syllables
# A word character that would make a number part of a longer word (any letter or digit but a CJK one).
WORD_CHAR = rf"[^\W{CJK_LETTERS}]"

# Chinese and Japanese write large numbers in myriads: "1兆2000億円" is 1.2 trillion yen, "1200亿元" 120 billion yuan.
CJK_MULTIPLIERS = {"千": 1e3, "万": 1e4, "萬": 1e4, "億": 1e8, "亿": 1e8, "兆": 1e12}
_CJK_MULT = "".join(CJK_MULTIPLIERS)
AMOUNT = rf"(?:{NUMBER})(?:[{_CJK_MULT}](?:(?:{NUMBER})[{_CJK_MULT}])*(?:\d+)?)?"
# A part is read whole: a figure that ends in a digit is not a grouped number with a digit after it ("1.0832", a
# euro's rate in dollars, was the grouped "1.083" and "2": 3.083 or 1,085).
_AMOUNT_PART = rx.compile(rf"((?:{NUMBER})(?!\d))([{_CJK_MULT}]?)")


def _nfkc(word: str) -> str:
    return unicodedata.normalize("NFKC", word)


# Multiplier words after a number, lowercase. Words that mean different amounts in different languages are left
# out where English would be misread ("billion" stays 10^9; German "Billion" and French "billion" are 10^12),
# and so are words English uses otherwise after a number (Turkish "bin": "3 bin bags").
MULTIPLIERS = {_nfkc(word): value for word, value in {
    "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "bn": 1e9, "mn": 1e6,
    # The trillion as the FT and the Guardian abbreviate it ("a $3tn market value"), and Reuters' "bln" and "trln"
    # ("$1.2 trln"): read as no multiplier, "$3tn" was $3, so "$3 trillion" -> "$3tn" a changed sum (a tech desk's
    # trial).
    "tn": 1e12, "trn": 1e12, "trln": 1e12, "bln": 1e9,
    # India: a lakh is 100,000, a crore 10,000,000 (English and Hindi); budgets run to "Rs 1.5 lakh crore" (1.5
    # trillion) and "Rs 20,000 crore", headlines abbreviate a crore to "cr" ("Rs 1,200 cr")
    "lakh": 1e5, "lakhs": 1e5, "lac": 1e5, "crore": 1e7, "crores": 1e7, "cr": 1e7,
    "lakh crore": 1e12, "lakh crores": 1e12, "lakh cr": 1e12, "thousand crore": 1e10,
    "हज़ार": 1e3, "हजार": 1e3, "लाख": 1e5, "करोड़": 1e7, "लाख करोड़": 1e12, "हज़ार करोड़": 1e10, "हजार करोड़": 1e10,
    # Spanish, Portuguese ("mil millones" and "mil milhões" are 10^9; Brazil's "bilhão" is 10^9 too)
    "mil": 1e3, "millón": 1e6, "millones": 1e6, "mil millones": 1e9, "billón": 1e12, "billones": 1e12,
    "milhão": 1e6, "milhões": 1e6, "mil milhões": 1e9, "bilhão": 1e9, "bilhões": 1e9,
    # French, Italian, German, Dutch
    "millions": 1e6, "milliard": 1e9, "milliards": 1e9,
    "mila": 1e3, "milione": 1e6, "milioni": 1e6, "miliardo": 1e9, "miliardi": 1e9,
    "tausend": 1e3, "millionen": 1e6, "milliarde": 1e9, "milliarden": 1e9, "billionen": 1e12,
    "miljoen": 1e6, "miljard": 1e9,
    # Polish, Russian, Turkish
    "tysięcy": 1e3, "milion": 1e6, "miliony": 1e6, "milionów": 1e6, "miliard": 1e9, "miliardy": 1e9,
    "miliardów": 1e9,
    "тысяча": 1e3, "тысячи": 1e3, "тысяч": 1e3, "миллион": 1e6, "миллиона": 1e6, "миллионов": 1e6,
    "миллиард": 1e9, "миллиарда": 1e9, "миллиардов": 1e9,
    "milyon": 1e6, "milyar": 1e9,
    # Arabic
    "ألف": 1e3, "آلاف": 1e3, "مليون": 1e6, "ملايين": 1e6, "مليار": 1e9, "مليارات": 1e9,
    # Abbreviations, written with or without their point: "1,5 Mrd. Euro" = "1,5 Milliarden Euro"
    "tsd": 1e3, "tys": 1e3, "тыс": 1e3, "mio": 1e6, "mln": 1e6, "млн": 1e6, "mrd": 1e9, "mld": 1e9, "млрд": 1e9,
    "bio": 1e12,
    # Climate copy's emissions: a gigatonne is a billion tonnes ("1.2 gigatonnes" = "1.2 billion tonnes" = "1.2Gt"
    # was a changed number, 1.2 -> 1.2 billion, to a climate desk's re-test), a megatonne a million.
    "gigatonne": 1e9, "gigatonnes": 1e9, "gigaton": 1e9, "gigatons": 1e9, "gt": 1e9,
    "megatonne": 1e6, "megatonnes": 1e6, "megaton": 1e6, "megatons": 1e6,
}.items()}
_ABBREVIATIONS = frozenset({"tsd", "tys", "тыс", "mio", "mln", "млн", "mrd", "mld", "млрд", "bio", "cr", "lakh cr"})


def _alternation(words: Iterable[str]) -> str:
    """A case-blind regex alternation of words, longest first, each ending where its word ends (not "mil" in
    "millones"; a word ending in a combining mark, as Hindi's do, has no `\\b` after it)."""
    alts = []
    for word in sorted(words, key=lambda w: (-len(w), w)):
        alt = r"(?:\s+|-)".join(re.escape(part) for part in word.split())  # "1.5 lakh crore", "1.5-lakh-crore"
        alts.append(alt + (r"(?:\.|(?!\w))" if word in _ABBREVIATIONS else r"(?!\w)"))
    return "(?i:" + "|".join(alts) + ")"


MULTIPLIER = _alternation(MULTIPLIERS)

# Currency words after a number (or after its multiplier: "1,5 Milliarden Euro", "1.500 millones de euros").
CURRENCY_WORDS = {_nfkc(word): code for word, code in {
    "dollar": "USD", "dollars": "USD", "dólar": "USD", "dólares": "USD", "dollari": "USD", "dollaro": "USD",
    "долларов": "USD", "доллара": "USD", "dolarów": "USD", "دولار": "USD", "美元": "USD", "ドル": "USD",
    "euro": "EUR", "euros": "EUR", "евро": "EUR", "يورو": "EUR", "欧元": "EUR", "ユーロ": "EUR",
    "pounds": "GBP", "sterlina": "GBP", "sterline": "GBP", "جنيه إسترليني": "GBP",
    "yen": "JPY", "円": "JPY", "日元": "JPY", "yuan": "CNY", "元": "CNY", "人民币": "CNY",
    "rupees": "INR", "rupias": "INR", "रुपये": "INR", "रुपए": "INR", "रुपया": "INR",
    "reais": "BRL", "рублей": "RUB", "рубля": "RUB", "рубль": "RUB", "złotych": "PLN", "zł": "PLN",
    "lira": "TRY", "liras": "TRY", "ليرة": "LIRA", "ليرات": "LIRA", "ريال": "RIYAL", "ريالات": "RIYAL",
    "درهم": "DIRHAM", "دراهم": "DIRHAM", "دينار": "DINAR", "دنانير": "DINAR", "جنيه": "EGP",
}.items()}
# Of these, the ones written right after a number without a space (CJK) need no word boundary before them.
_CJK_CURRENCIES = [w for w in CURRENCY_WORDS if rx.compile(f"[{CJK_LETTERS}]").match(w)]
CURRENCY_AFTER = (
    r"(?:(?i:de|di)\s+|(?i:d)')?"  # "millones de euros", "miliardi di euro", "millions d'euros"
    + "(?:" + _alternation(w for w in CURRENCY_WORDS if w not in _CJK_CURRENCIES) + "|"
    + "|".join(sorted(_CJK_CURRENCIES, key=lambda w: (-len(w), w))) + ")"
)

# Percent after a number ("3,2 Prozent", "5 प्रतिशत", "3,2 بالمئة") and before one (Turkish "yüzde 3,2", "%3,2").
PERCENT_WORDS = [_nfkc(w) for w in (
    "percent", "per cent", "pct", "por ciento", "por cento", "pour cent", "per cento", "prozent", "procent",
    "процента", "процентов", "процент", "प्रतिशत", "फ़ीसदी", "फीसदी", "بالمئة", "بالمائة", "في المئة", "في المائة",
)]
# Indian copy writes "4.2 pc" for per cent, in lowercase only: "PC" is a constable's rank (and a computer), no
# percent word (nor one that keeps a word from being a name, `is_quantity_word`).
PERCENT_AFTER = rf"(?:[%٪]|{_alternation(PERCENT_WORDS)}|(?-i:pc)(?!\w))"
PERCENT_BEFORE = r"(?=[yY%٪])(?:(?i:yüzde)\s+|(?<!\w)[%٪](?=\d))"

# Month names for dates written day first ("31 de marzo de 2025", "3. Oktober", "1er mars", "5 dicembre").
MONTH_NUMBERS = MONTHS_BY_NAME
MONTH = "(?i:" + "|".join(sorted(MONTH_NUMBERS, key=lambda m: (-len(m), m))) + r")(?!\w)"

# Any word a changed fact may hang on (of a phrase, its last word: "ciento", "المئة"), for the check that an edit
# could hold one: a set lookup per word, as an alternation of them all is slow to try at every position.
_FACT_WORDS = frozenset(
    phrase.split()[-1] for phrase in (*MULTIPLIERS, *CURRENCY_WORDS, *PERCENT_WORDS, *MONTH_NUMBERS, "yüzde")
)
_PUNCTUATION = ".,;:!?()[]\"'“”«»"


def has_fact_word(text: str) -> bool:
    """Whether a text holds a multiplier, currency, percent or month word of the ones read here."""
    # Each word stripped and looked up in C (`map` over `str.strip`), not in a generator: the facts step asks this
    # of every edit of every aligned group.
    return not _FACT_WORDS.isdisjoint(map(str.strip, text.lower().split(), itertools.repeat(_PUNCTUATION)))


def _canonical(value: float) -> float:
    """A value rounded past float noise, so that 1,200 crore and 12 billion are one number."""
    return float(f"{value:.12g}")


@lru_cache(maxsize=8192)
def number_readings(num: str) -> tuple[float, ...]:
    """The values a number as written may have, the English reading first.

    "1,500" -> (1500.0, 1.5); "1.500" -> (1.5, 1500.0); "3,2" -> (3.2,); "120.000" and "12 000" -> one reading;
    "1.234,5" -> (1234.5,): where both marks appear the last is the decimal mark.
    """
    s = num.replace(" ", "").replace(_AR_GROUP, "")
    if _AR_DECIMAL in s:
        return (float(s.replace(",", "").replace(".", "").replace(_AR_DECIMAL, ".")),)
    marks = [c for c in s if c in ".,"]
    if not marks:
        return (float(s),)
    if len(set(marks)) == 2:
        decimal = marks[-1]
        group = "," if decimal == "." else "."
        return (float(s.replace(group, "").replace(decimal, ".")),)
    mark = marks[0]
    if len(marks) > 1:
        return (float(s.replace(mark, "")),)
    whole, fraction = s.split(mark)
    grouped, decimal_value = float(whole + fraction), float(whole + "." + fraction)
    if len(fraction) != 3 or len(whole) > 3 or int(whole) == 0:
        return (decimal_value,)
    if int(fraction) == 0:
        return (grouped,)
    return (grouped, decimal_value) if mark == "," else (decimal_value, grouped)


@lru_cache(maxsize=8192)
def amount_readings(amount: str, scale: float = 1.0) -> tuple[float, ...]:
    """The values of a number with its CJK myriads ("1兆2000億") times `scale` (its multiplier word's), primary
    first."""
    parts = [(number_readings(num), CJK_MULTIPLIERS.get(mult, 1.0)) for num, mult in _AMOUNT_PART.findall(amount)]
    values: list[float] = []
    for combination in itertools.product(*(readings for readings, _ in parts)):
        value = _canonical(sum(r * m for r, (_, m) in zip(combination, parts, strict=True)) * scale)
        if value not in values:
            values.append(value)
    return tuple(values)


def multiplier_value(word: str) -> float:
    """The factor a multiplier word stands for ("Mrd." -> 1e9, "crore" -> 1e7); 1 for a word not known."""
    key = " ".join(word.lower().rstrip(".").replace("-", " ").split())
    return MULTIPLIERS.get(key, 1.0)


def is_quantity_word(word: str) -> bool:
    """Whether a word is a multiplier, currency or percent word ("Mrd.", "Milliarden", "Euro"): never a name."""
    key = word.lower().rstrip(".")
    return key in MULTIPLIERS or key in CURRENCY_WORDS or key in PERCENT_WORDS


# Counts in words in French, German, Spanish, Italian, Portuguese and Dutch ("quatre morts" -> "cinq morts",
# "sechs", "tre morti", "dois mortos", "drie doden"), without the words that are also other words: French "neuf"
# (new), "cent" and Spanish "cien" (a cent), Spanish "once" and Italian "due" (English words), the articles (French
# "un", German "ein", Spanish "uno", Italian "uno", Portuguese "um", Dutch "een"). Lowercase anywhere, capitalised
# only where a sentence starts ("Trois personnes ..."): "Sept" is also September, "Otto" a name. Tens and units
# join as each language writes them: "vingt-deux", "trente et un", "zweiundzwanzig", "veintidós", "treinta y dos",
# "ventidue", "vinte e dois", "tweeëntwintig".
_OTHER_UNITS = {
    "fr": {"deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8},
    "de": {"zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9},
    "es": {"dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8, "nueve": 9},
    "it": {"tre": 3, "quattro": 4, "cinque": 5, "sei": 6, "sette": 7, "otto": 8, "nove": 9},
    "pt": {"dois": 2, "duas": 2, "três": 3, "quatro": 4, "cinco": 5, "seis": 6, "sete": 7, "oito": 8, "nove": 9},
    "nl": {"twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8, "negen": 9},
}
_OTHER_TEENS = {
    "fr": {"dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16,
           "dix-sept": 17, "dix-huit": 18, "dix-neuf": 19},
    "de": {"zehn": 10, "elf": 11, "zwölf": 12, "dreizehn": 13, "vierzehn": 14, "fünfzehn": 15, "sechzehn": 16,
           "siebzehn": 17, "achtzehn": 18, "neunzehn": 19},
    "es": {"diez": 10, "doce": 12, "trece": 13, "catorce": 14, "quince": 15, "dieciséis": 16, "diecisiete": 17,
           "dieciocho": 18, "diecinueve": 19},
    "it": {"dieci": 10, "undici": 11, "dodici": 12, "tredici": 13, "quattordici": 14, "quindici": 15, "sedici": 16,
           "diciassette": 17, "diciotto": 18, "diciannove": 19},
    "pt": {"dez": 10, "onze": 11, "doze": 12, "treze": 13, "catorze": 14, "quatorze": 14, "quinze": 15,
           "dezasseis": 16, "dezesseis": 16, "dezassete": 17, "dezessete": 17, "dezoito": 18, "dezanove": 19,
           "dezenove": 19},
    "nl": {"tien": 10, "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14, "vijftien": 15, "zestien": 16,
           "zeventien": 17, "achttien": 18, "negentien": 19},
}
_OTHER_TENS = {
    "fr": {"vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60},
    "de": {"zwanzig": 20, "dreißig": 30, "vierzig": 40, "fünfzig": 50, "sechzig": 60, "siebzig": 70, "achtzig": 80,
           "neunzig": 90},
    "es": {"veinte": 20, "treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60, "setenta": 70,
           "ochenta": 80, "noventa": 90},
    "it": {"venti": 20, "trenta": 30, "quaranta": 40, "cinquanta": 50, "sessanta": 60, "settanta": 70,
           "ottanta": 80, "novanta": 90},
    "pt": {"vinte": 20, "trinta": 30, "quarenta": 40, "cinquenta": 50, "sessenta": 60, "setenta": 70,
           "oitenta": 80, "noventa": 90},
    "nl": {"twintig": 20, "dertig": 30, "veertig": 40, "vijftig": 50, "zestig": 60, "zeventig": 70, "tachtig": 80,
           "negentig": 90},
}
# The unit a ten joins with: French "vingt-deux" / "trente et un", German "zweiundzwanzig" and Dutch
# "tweeëntwintig" (unit first), Spanish "treinta y dos", Portuguese "vinte e dois", Italian "ventidue" (one word,
# the ten's last vowel dropped before "uno" and "otto": "ventuno", "ventotto").
_OTHER_ONES = {"fr": {**_OTHER_UNITS["fr"], "un": 1, "une": 1, "neuf": 9},
               "de": {**_OTHER_UNITS["de"], "ein": 1},
               "es": {**_OTHER_UNITS["es"], "uno": 1, "un": 1, "una": 1},
               "it": {**_OTHER_UNITS["it"], "uno": 1, "due": 2},
               "pt": {**_OTHER_UNITS["pt"], "um": 1, "uma": 1},
               "nl": {**_OTHER_UNITS["nl"], "een": 1}}


def _joined_tens(lang: str, ten: str, one: str, one_value: int) -> list[str]:
    if lang == "fr":
        return [f"{ten} et {one}", f"{ten}-et-{one}"] if one_value == 1 else [f"{ten}-{one}"]
    if lang == "de":
        return [f"{one}und{ten}"]
    if lang == "nl":
        return [f"{one}{'ën' if one.endswith('e') else 'en'}{ten}"]
    if lang == "it":
        return [(ten[:-1] if one_value in (1, 8) else ten) + one]
    return [f"{ten} {'y' if lang == 'es' else 'e'} {one}"]


OTHER_WORD_NUMBERS: dict[str, int] = {}
for _lang in _OTHER_UNITS:
    OTHER_WORD_NUMBERS.update(_OTHER_UNITS[_lang])
    OTHER_WORD_NUMBERS.update(_OTHER_TEENS[_lang])
    for _ten, _tens_value in _OTHER_TENS[_lang].items():
        OTHER_WORD_NUMBERS[_ten] = _tens_value
        for _one, _one_value in _OTHER_ONES[_lang].items():
            OTHER_WORD_NUMBERS.update(dict.fromkeys(_joined_tens(_lang, _ten, _one, _one_value),
                                                     _tens_value + _one_value))
# French 70-99 (the tens counted in twenties: "soixante-dix", "soixante et onze", "quatre-vingts",
# "quatre-vingt-dix-sept"), and Italian compounds ending in "tré" ("ventitré", "trentatré").
_FRENCH_TEENS = {"dix": 10, **{w: v for w, v in _OTHER_TEENS["fr"].items() if v > 10}, "onze": 11}
OTHER_WORD_NUMBERS.update({"soixante et onze": 71, "soixante-et-onze": 71, "quatre-vingts": 80, "quatre-vingt": 80,
                           **{f"soixante-{w}": 60 + v for w, v in _FRENCH_TEENS.items() if v != 11},
                           **{f"quatre-vingt-{w}": 80 + v for w, v in {**_OTHER_ONES["fr"], **_FRENCH_TEENS}.items()
                              if w not in ("une",)},
                           **{ten + "tré": value + 3 for ten, value in _OTHER_TENS["it"].items()}})
OTHER_WORD_NUMBERS.update({"veintiuno": 21, "veintiún": 21, "veintiuna": 21, "veintidós": 22, "veintitrés": 23,
                            "veinticuatro": 24, "veinticinco": 25, "veintiséis": 26, "veintisiete": 27,
                            "veintiocho": 28, "veintinueve": 29})
# Capitalised at a sentence's start only, and never the ones that are other words capitalised.
_NOT_CAPITALISED = frozenset({"sept", "otto", "dix", "elf", "dos", "sei", "tre", "nove", "dez", "vier", "zes"})


# The words of those numbers, to tell cheaply whether a text may hold one (the pattern has hundreds of branches).
_OTHER_NUMBER_WORDS = frozenset(w for key in OTHER_WORD_NUMBERS for w in re.split(r"[\s-]+", key)) - {"et", "y", "e"}
_LETTERS = rx.compile(r"[^\W\d_]+")


def may_hold_number_words(text: str) -> bool:
    """Whether a text holds a word of a count written in words in French, German, Spanish, Italian, Portuguese or
    Dutch (a cheap test before the pattern of `other_word_numbers_in`)."""
    return not _OTHER_NUMBER_WORDS.isdisjoint(_LETTERS.findall(text.lower()))


@lru_cache(maxsize=1)
def _other_word_number() -> re.Pattern[str]:
    """Those counts as one pattern: compiled the first time a text may hold one (hundreds of branches, ~12 ms, a
    cost a cold `compare` of English texts need not pay)."""
    words = sorted(OTHER_WORD_NUMBERS, key=lambda w: (-len(w), w))
    return rx.compile(
        r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in words)
        + r"|(?:(?<=^)|(?<=[.!?»“”\"]\s))(?:"
        + "|".join(re.escape(w.capitalize()) for w in words if w not in _NOT_CAPITALISED)
        + r"))(?![\w-])")


def other_word_numbers_in(text: str) -> Iterator[re.Match[str]]:
    """The counts written in words in French, German, Spanish, Italian, Portuguese or Dutch in `text` (their values:
    `OTHER_WORD_NUMBERS[match.group(0).lower()]`)."""
    return _other_word_number().finditer(text) if may_hold_number_words(text) else iter(())
