"""`text.language`: a language named only where the letters leave no doubt, for the HTML reports' `lang`."""

from __future__ import annotations

from pathlib import Path

import pytest

from diffsrc.text.language import text_language

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(("text", "language"), [
    ("市議会は木曜日、6月から港と離島を結ぶ夜間フェリーを運航する計画を承認した。", "ja"),
    ("市议会周四批准从6月起在港口和外岛之间开行夜间渡轮，结束了轮班工人十年来的抱怨。", "zh"),
    ("日本首相高市早苗周四表示，将加强防卫力量。她说：“我们将与美国合作。”", "zh"),  # Han alone: Chinese
    ("시의회는 목요일 6월부터 항구와 외곽 섬을 잇는 야간 페리를 운항하기로 승인했다.", "ko"),
    ("Το δημοτικό συμβούλιο ενέκρινε την Πέμπτη νυχτερινό πορθμείο μεταξύ του λιμανιού και των νησιών.", "el"),
    ("สภาเมืองอนุมัติเรือข้ามฟากกลางคืนระหว่างท่าเรือกับเกาะรอบนอกเมื่อวันพฤหัสบดี", "th"),
    ("Councillors approved the plan by 31 votes to 9.", "en"),
    ("The minister said the plan was « une bonne idée » and that it would go ahead in June.", "en"),
])
def test_a_language_its_letters_name(text, language):
    assert text_language(text) == language


@pytest.mark.parametrize("text", [
    # Latin, Cyrillic, Arabic, Hebrew and Devanagari letters are each written in many languages: no claim
    "Le conseil municipal a voté jeudi la création d'un ferry de nuit entre le port et les îles extérieures.",
    "Der Stadtrat hat am Donnerstag beschlossen, ab Juni eine Nachtfähre zum Hafen und den Inseln einzusetzen.",
    "El ayuntamiento aprobó el jueves un ferry nocturno entre el puerto y las islas exteriores a partir de junio.",
    "De gemeenteraad heeft donderdag besloten om vanaf juni een nachtveerboot in te zetten. Het plan is omstreden.",
    "Rada miasta zagłosowała w czwartek za uruchomieniem nocnego promu między portem a wyspami od czerwca.",
    "Dewan kota pada hari Kamis menyetujui layanan feri malam antara pelabuhan dan pulau-pulau terluar mulai Juni.",
    "Городской совет в четверг одобрил запуск ночного парома между гаванью и островами с июня.",
    "وافق مجلس المدينة يوم الخميس على تشغيل عبارة ليلية بين الميناء والجزر الخارجية اعتبارا من يونيو.",
    "Le ministre a déclaré que « the plan is a good idea » et que le projet serait lancé en juin.",
    "Japan sets defence budget",  # a headline: too few words to tell
    "",
    "2025-03-14 14:32",
])
def test_no_claim_where_the_letters_do_not_say(text):
    assert text_language(text) is None


def test_the_seeds_and_the_cjk_fixtures():
    assert {p.name[:3]: text_language(p.read_text(encoding="utf-8")) for p in sorted((ROOT / "seeds").glob("*.txt"))} \
        == {"000": "en", "001": "en", "002": "en", "003": "en", "004": "en"}
    for language in ("ja", "zh"):
        for path in (ROOT / "tests" / "fixtures" / "cjk" / language).glob("*.txt"):
            assert text_language(path.read_text(encoding="utf-8")) == language, path.name
