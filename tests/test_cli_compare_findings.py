"""`diffsrc compare --findings`: only the fact-checker findings, in terminal text or JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from diffsrc.cli import cli

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

WIRE = "\n\n".join([
    'AP |',
    (
        'TOKYO (AP) — Trump is expected to press Japan to raise its defence spending to 5% of GDP and pay '
        'more for the 50,000 US troops stationed in the country.'
    ),
    (
        '"Our national defence should be based on our own independent decision," Foreign Minister Toshimitsu '
        'Motegi said.'
    ),
    'Prime Minister Sanae Takaichi said she would meet Trump at the Akasaka Palace on Tuesday.',
]) + "\n"

REWRITE = "\n\n".join([
    (
        'Trump is expected to press Japan to raise its defense spending to 3.5% of GDP and pay more for the '
        '30,000 U.S. troops stationed in the country.'
    ),
    '"Our national defense should be based on our own decision," Foreign Minister Toshimitsu Motegi said.',
    'Prime Minister Sanae Takaichi said she would meet Trump at the Akasaka Palace on Tuesday.',
]) + "\n"


@pytest.fixture()
def pair(tmp_path: Path) -> tuple[str, str]:
    wire = tmp_path / "wire.txt"
    story = tmp_path / "story.txt"
    wire.write_text(WIRE, encoding="utf-8")
    story.write_text(REWRITE, encoding="utf-8")
    return str(wire), str(story)


def test_findings_in_the_terminal(pair: tuple[str, str]) -> None:
    result = CliRunner().invoke(cli, ["compare", *pair, "--findings"])
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert out.startswith("Findings: story.txt against wire.txt")
    assert "unattributed reuse: YES" in out
    assert "does not credit the source (AP)" in out
    assert "~ altered" in out and "[-independent-]" in out
    assert "percent  S0 5% -> T0 3.5%" in out
    assert "number   S0 50,000 -> T0 30,000" in out
    # Only findings: no side-by-side table.
    assert "│" not in out and "verbatim" not in out.split("quotes:")[0].split("unattributed")[0]


def test_findings_as_json_are_just_the_findings_keys(pair: tuple[str, str]) -> None:
    result = CliRunner().invoke(cli, ["compare", *pair, "--findings", "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert set(data) == {"schema", "source", "target", "unattributed_reuse", "attribution", "quotes", "facts",
                         "reversals", "overstatements", "notes"}
    assert data["unattributed_reuse"] is True
    assert [q["status"] for q in data["quotes"]] == ["altered"]
    assert {(f["kind"], f["source"], f["target"]) for f in data["facts"]} == {
        ("percent", "5%", "3.5%"), ("number", "50,000", "30,000")
    }


def test_findings_as_csv_and_markdown(pair: tuple[str, str]) -> None:
    csv_out = CliRunner().invoke(cli, ["compare", *pair, "--findings", "-f", "csv"]).stdout
    assert csv_out.splitlines()[0].startswith("source_id,target_id,finding,status")
    assert "unattributed_reuse,yes" in csv_out and "fact,percent,0,0,5%,3.5%" in csv_out
    md = CliRunner().invoke(cli, ["compare", *pair, "--findings", "-f", "markdown"]).stdout
    assert "## Findings" in md and "| percent | 0 | 5% | 0 | 3.5% |" in md


def test_findings_as_html_is_the_page_that_opens_with_them(pair: tuple[str, str]) -> None:
    result = CliRunner().invoke(cli, ["compare", *pair, "--findings", "-f", "html"])
    assert result.exit_code == 0, result.output
    assert result.stdout.lstrip().lower().startswith("<!doctype html")
    assert "3.5%" in result.stdout


def test_full_reports_show_findings_and_diffs(pair: tuple[str, str]) -> None:
    table = CliRunner().invoke(cli, ["compare", *pair]).stdout
    assert "Findings: story.txt against wire.txt" in table
    md = CliRunner().invoke(cli, ["compare", *pair, "-f", "markdown"]).stdout
    assert "## Findings" in md and "## Word-level changes" in md and "~~5%~~ **3.5%**" in md
    data = json.loads(CliRunner().invoke(cli, ["compare", *pair, "-f", "json"]).stdout)
    assert data["schema"] == "diffsrc.pair/1"
    assert {"attribution", "quotes", "facts"} <= set(data)
    assert all("diff" in a for a in data["alignments"])


def test_findings_written_to_a_file(pair: tuple[str, str], tmp_path: Path) -> None:
    out = tmp_path / "findings.json"
    result = CliRunner().invoke(cli, ["compare", *pair, "--findings", "-f", "json", "-o", str(out)])
    assert result.exit_code == 0 and result.stdout == ""
    assert json.loads(out.read_text(encoding="utf-8"))["attribution"]["source_credit"] == "AP"


def test_findings_on_seeds_credit_ap() -> None:
    source = next(SEEDS.glob("001_*.txt"))
    target = next(SEEDS.glob("000_*.txt"))
    result = CliRunner().invoke(cli, ["compare", str(source), str(target), "--findings"])
    assert result.exit_code == 0
    assert "unattributed reuse: no" in result.stdout
    assert "credits the source (AP): According to Kyodo News; As reported by AP" in result.stdout


def test_findings_missing_file_is_a_one_line_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["compare", str(tmp_path / "nope.txt"), str(tmp_path / "x.txt"), "--findings"])
    assert result.exit_code == 2
    assert result.output.strip().splitlines()[-1].startswith("Error: ")


def test_german_quotes_show_one_altered_quote_with_its_speaker(tmp_path: Path) -> None:
    source = tmp_path / "dpa.txt"
    target = tmp_path / "lokal.txt"
    source.write_text("„Wir lassen die Bäuerinnen und Bauern in dieser schwierigen Lage nicht allein“, sagte Özdemir. "
                      "Die Ernteausfälle lägen in manchen Regionen bei über 40 Prozent.\n", encoding="utf-8")
    target.write_text("„Wir lassen die Landwirte in dieser Krise nicht im Stich“, sagte Özdemir. In manchen Regionen "
                      "lägen die Ernteausfälle bei über 40 Prozent.\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["compare", str(source), str(target), "--findings"])
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "quotes: 0 exact, 1 altered, 0 new, 0 dropped, 0 given to another speaker" in out
    assert 'Özdemir: "Wir lassen die Landwirte in dieser Krise nicht im Stich"' in out
    assert "sagte Özdemir. In manchen" not in out


def test_spanish_quote_given_to_another_speaker_is_shown(tmp_path: Path) -> None:
    source = tmp_path / "efe.txt"
    target = tmp_path / "diario.txt"
    source.write_text("«No vamos a dejar solo a ningún agricultor en esta crisis», afirmó el ministro Luis Planas "
                      "este martes en Madrid.\n", encoding="utf-8")
    target.write_text("«No vamos a dejar solo a ningún agricultor en esta crisis», afirmó la vicepresidenta Teresa "
                      "Ribera este martes en Madrid.\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["compare", str(source), str(target), "--findings"])
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "1 given to another speaker" in out
    assert 'Teresa Ribera (the source: Luis Planas): "No vamos a dejar solo a ningún agricultor en esta crisis"' in out


@pytest.mark.parametrize(
    ("source", "target", "line"),
    [
        ("Le chômage a reculé, selon l'Insee, soit 12 000 demandeurs d'emploi de moins.",
         "Le chômage a reculé, selon l'Insee, soit 21 000 demandeurs d'emploi de moins.",
         "number   S0 12 000 -> T0 21 000"),
        ("ستقدم الحكومة ١٫٥ مليار دولار لمساعدة ١٢٠ ألف مزارع متضرر من الجفاف هذا العام.",
         "ستقدم الحكومة ٢٫٥ مليار دولار لمساعدة ١٢٠ ألف مزارع متضرر من الجفاف هذا العام.",
         "money    S0 ١٫٥ مليار دولار -> T0 ٢٫٥ مليار دولار"),
        ("Las ayudas se abonarán antes del 31 de marzo de 2025 a todos los agricultores afectados.",
         "Las ayudas se abonarán antes del 30 de abril de 2025 a todos los agricultores afectados.",
         "date     S0 31 de marzo de 2025 -> T0 30 de abril de 2025"),
        ("أعلنت الحكومة عن حزمة مساعدات بقيمة 1,5 مليار ليرة للمزارعين المتضررين من الجفاف في جنوب البلاد.",
         "أعلنت الحكومة عن حزمة مساعدات بقيمة 2,5 مليار ليرة للمزارعين المتضررين من الجفاف في جنوب البلاد.",
         "money    S0 1,5 مليار ليرة -> T0 2,5 مليار ليرة"),
    ],
)
def test_changed_figures_are_shown_as_each_side_writes_them(tmp_path: Path, source: str, target: str,
                                                             line: str) -> None:
    (tmp_path / "s.txt").write_text(source + "\n", encoding="utf-8")
    (tmp_path / "t.txt").write_text(target + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["compare", str(tmp_path / "s.txt"), str(tmp_path / "t.txt"), "--findings"])
    assert result.exit_code == 0, result.output
    assert "changed facts: 1\n" in result.stdout
    assert line in result.stdout


def _findings(tmp_path: Path, source: str, target: str) -> str:
    (tmp_path / "s.txt").write_text(source, encoding="utf-8")
    (tmp_path / "t.txt").write_text(target, encoding="utf-8")
    result = CliRunner().invoke(cli, ["compare", str(tmp_path / "s.txt"), str(tmp_path / "t.txt"), "--findings"])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_a_german_name_change_does_not_take_in_the_words_before_the_name(tmp_path: Path) -> None:
    out = _findings(
        tmp_path,
        "Bundeslandwirtschaftsminister Cem Özdemir (Grüne) sagte, das Geld solle bis zum 3. Oktober ausgezahlt "
        "werden.\n",
        "Nach den Worten von Agrarminister Cem Özdemir (Grüne) soll das Geld bis zum 13. Oktober fließen.\n",
    )
    assert "Nach den Worten" not in out
    # The minister's title opens the sentence, and the documents never write it inside one: one person with a
    # shorter title, not a changed name (`test_findings` has the span itself). The changed date is found.
    assert "entity" not in out and "date     S0 3. Oktober -> T0 13. Oktober\n" in out


def test_a_generic_agencies_credit_is_shown_as_generic(tmp_path: Path) -> None:
    body = ("El Gobierno aprobó hoy un paquete de ayudas de 1.500 millones de euros para los agricultores afectados "
            "por la sequía.\n\nEl ministro de Agricultura, Luis Planas, dijo que las ayudas llegarán antes de "
            "octubre a las explotaciones.\n")
    out = _findings(tmp_path, "MADRID, 5 dic (EFE).- " + body, body + "\nAgencias\n")
    assert "  unattributed reuse: no " in out
    assert "  attribution: credits agencies generically, not the source (EFE) by name: Agencias\n" in out
    assert "credits the source" not in out


def test_a_named_credit_beside_a_generic_one_credits_the_source(tmp_path: Path) -> None:
    body = "The government approved a 1.5 billion euro package for farmers hit by the drought on Wednesday.\n"
    out = _findings(tmp_path, "PARIS (AFP) - " + body, body + "\nSource: AFP\n\nAgencies\n")
    assert "  attribution: credits the source (AFP): " in out


def test_a_chinese_or_japanese_quote_diff_marks_only_the_changed_characters(tmp_path: Path) -> None:
    out = _findings(tmp_path, "岸田首相は「この危機でどの農家も見捨てることはない」と述べた。\n",
                    "岸田首相は「この危機で農家を決して見捨てない」と述べた。\n")
    assert "        changes: この危機で[-どの-]農家[-も-]{+を決して+}見捨て[-ることは-]ない\n" in out


def test_a_copy_credited_by_its_own_byline_says_so_not_no_credit_lines(tmp_path: Path) -> None:
    # A trial: "credits the source (PA): no credit lines" contradicted itself for a target bylined "and PA reporters".
    body = ("A civil servant shot himself after complaining that his job had become terrible, his widow told a "
            "court today.\n\nThe family of senior manager Jim Cross claim it was work-related stress that caused "
            "him to take his life.\n")
    out = _findings(tmp_path, "By Brian Farmer, PA News\n\n" + body, "By Jane Smith and PA reporters\n\n" + body)
    # The byline is named as the credit it is (stop 37: a "By" line naming an agency is a mention).
    assert "  attribution: credits the source (PA): By Jane Smith and PA reporters\n" in out
    assert "no credit lines" not in out


def test_a_brief_against_a_long_story_lists_ten_dropped_quotes_and_counts_the_rest(tmp_path: Path) -> None:
    # A trial: a three-sentence brief against a 5,600-word wire story printed 65 dropped quotes.
    lede = "A shopkeeper was jailed for life yesterday for the murder of a 12-year-old boy in Norfolk."
    witnesses = [f'Witness number {n} told the court: "I saw the shopkeeper outside the shop on the night, '
                 f'and I remember it because it was raining very hard at {n} o\'clock."' for n in range(1, 16)]
    out = _findings(tmp_path, "\n\n".join([lede, *witnesses]), lede + "\n")
    dropped = [line for line in out.splitlines() if line.startswith("    - dropped")]
    assert len(dropped) == 10 and "15 dropped" in out
    assert "    ... and 5 more dropped quotes (--format json or markdown lists every one)\n" in out


def test_a_release_quote_given_as_said_to_the_paper_is_shown(tmp_path: Path) -> None:
    # A churnalism researcher's trial: a release's quote reprinted as "told the Chronicle" was an exact quote the
    # findings did not list at all, so the lifted "interview" could not be seen.
    release = tmp_path / "release.txt"
    story = tmp_path / "story.txt"
    release.write_text(
        "PRESS RELEASE\n\nFoodAid UK says 27% of children in the North East live in food-insecure homes.\n\n"
        'Helen Okafor, chief executive of FoodAid UK, said: "No child should go to school hungry, and the '
        'government must act now."\n\nENDS\n\nNotes to editors\n', encoding="utf-8")
    story.write_text(
        "FoodAid UK says 27% of children in the North East live in food-insecure homes.\n\n"
        'Helen Okafor, chief executive of FoodAid UK, told the Chronicle: "No child should go to school hungry, '
        'and the government must act now."\n', encoding="utf-8")
    result = CliRunner().invoke(cli, ["compare", str(release), str(story), "--findings"])
    assert result.exit_code == 0, result.output
    assert "unattributed reuse: YES" in result.stdout
    assert "= exact    T1 <- S1  Helen Okafor:" in result.stdout
    assert "! given as said to the Chronicle; the source does not say so" in result.stdout
    result = CliRunner().invoke(cli, ["compare", str(release), str(story), "--findings", "--format", "markdown"])
    assert "| exact (given as said to the Chronicle) |" in result.stdout


def test_a_release_credited_by_a_disclosure_is_named_as_such(tmp_path: Path) -> None:
    # A churnalism researcher's trial: a story saying "the company said in a press release" read "credits the
    # source (None): said in a press release".
    release = tmp_path / "release.txt"
    story = tmp_path / "story.txt"
    release.write_text(
        "PRESS RELEASE\n\nBrightwater Foods today announced plans to open a £60 million distribution centre in "
        "Doncaster, creating 450 new jobs over the next three years.\n\nENDS\n", encoding="utf-8")
    story.write_text(
        "Brightwater Foods plans to open a £60 million distribution centre in Doncaster, creating 450 new jobs over "
        "the next three years, the company said in a press release.\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["compare", str(release), str(story), "--findings"])
    assert result.exit_code == 0, result.output
    assert "attribution: credits the source (a press release): said in a press release" in result.stdout
    assert "None" not in result.stdout


def test_a_changed_figure_is_shown_with_the_words_around_it() -> None:
    # A fact-checker on METER (a list of fifteen patients and their ages): the findings read "number S9 59 -> T17
    # 58" and "65 -> 64", with no sentence printed, so whose age changed took opening the source.
    from diffsrc import Document, compare
    from diffsrc.report.findings import render

    wire = ("Shipman is accused of killing Joan Melia, 73, Irene Turner, 67, Jean Lilley, 59, Muriel Grimshaw, 76, "
            "Norah Nuttall, 65, and Marie West, 81.\n\nThe trial continues.\n")
    story = wire.replace("Lilley, 59", "Lilley, 58").replace("Nuttall, 65", "Nuttall, 64")
    report = compare(Document.from_text(wire, id="wire.txt"), Document.from_text(story, id="story.txt"))
    text = render(report, "table")
    assert "number   S0 59 -> T0 58" in text
    assert '"...67, Jean Lilley, 59, Muriel Grimshaw,..." -> "...67, Jean Lilley, 58, Muriel Grimshaw,..."' in text
    facts = json.loads(render(report, "json"))["facts"]
    assert [(f["source_words"], f["target_words"]) for f in facts] == [
        ("...67, Jean Lilley, 59, Muriel Grimshaw,...", "...67, Jean Lilley, 58, Muriel Grimshaw,..."),
        ("...76, Norah Nuttall, 65, and Marie...", "...76, Norah Nuttall, 64, and Marie...")]
    assert "| ...67, Jean Lilley, 59, Muriel Grimshaw,... | ...67, Jean Lilley, 58, Muriel Grimshaw,... |" in render(
        report, "markdown")
    import csv
    import io

    rows = list(csv.DictReader(io.StringIO(render(report, "csv"))))
    assert [(r["source_words"], r["target_words"]) for r in rows if r["finding"] == "fact"] == [
        (f["source_words"], f["target_words"]) for f in facts]
    assert all(None not in r.values() for r in rows)  # every row as wide as the header
