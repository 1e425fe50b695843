"""The terminal table as a terminal draws it: fitted to 80 and 120 columns, borders in line with CJK and emoji
text, long file names shortened, an altered quote on one row; and the help's examples whole at 80 columns.

Widths are measured here with the standard library's East Asian Width, independently of diffsrc's own measure.
"""

from __future__ import annotations

import glob
import shlex
import unicodedata

import pytest
from click.testing import CliRunner

from diffsrc import Document, compare
from diffsrc.cli import cli

from .conftest import ROOT, seed

WIRE, REWRITE, OTHER = str(seed("001")), str(seed("000")), str(seed("002"))
BORDERS = set("│┼├┤┌┐└┘┬┴")

# A Japanese report, its copy with a figure changed and lines added (Korean, emoji), and English with emoji.
CJK_SOURCE = ("東京都は月曜日、新しい橋の建設計画を承認したと発表した。"
              "総工費は四十億円で、完成まで三年かかる見通しだ。"
              "Officials in Tokyo said the bridge would open in 2028 🚀 after a long debate. "
              "知事は「市民の安全が最優先だ」と述べた。")
CJK_TARGET = ("東京都は月曜日、新しい橋の建設計画を承認したと発表した。"
              "総工費は四十五億円で、完成まで三年かかる見通しだ。"
              "Officials in Tokyo said the bridge would open in 2028 🚀🎉 after a long debate. "
              "地元の商店街は観光客の増加を期待している。한국어 문장도 있습니다.")


def columns(line: str) -> int:
    """The columns a terminal gives `line`: wide and fullwidth characters two, combining marks none."""
    return sum(0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)


def border_columns(line: str) -> list[int]:
    out, col = [], 0
    for char in line:
        if char in BORDERS:
            out.append(col)
        col += columns(char)
    return out


def table_lines(output: str) -> list[str]:
    lines = output.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("┌"))
    end = next(i for i, line in enumerate(lines) if line.startswith("└"))
    return lines[start:end + 1]


def table_rows(output: str) -> list[list[str]]:
    """The table's rows (header first), each as its five cells' text with the wrapped lines joined."""
    rows: list[list[list[str]]] = [[]]
    for line in table_lines(output)[1:-1]:
        if line.startswith("├"):
            rows.append([])
            continue
        rows[-1].append([cell.strip() for cell in line.split("│")[1:-1]])
    return [[" ".join(part for part in parts if part) for parts in zip(*row, strict=True)] for row in rows]


def run(*args: str, width: int) -> str:
    result = CliRunner(env={"COLUMNS": str(width)}).invoke(cli, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.mark.parametrize("width", [80, 120])
def test_every_line_fits_the_terminal_and_the_borders_line_up(width):
    out = run("compare", WIRE, REWRITE, width=width)
    assert max(columns(line) for line in out.splitlines()) <= width
    table = table_lines(out)
    assert columns(table[0]) > width - 4  # the room is used, not left empty
    assert {tuple(border_columns(line)) for line in table} == {tuple(border_columns(table[0]))}
    # the long seed names are shortened in the middle: the start that tells them apart and the extension stay
    header = table_rows(out)[0]
    if width == 80:
        assert header[1].startswith("source: 001_") and header[1].endswith(".txt") and "…" in header[1]
        assert header[4].startswith("target: 000_") and header[4].endswith(".txt") and "…" in header[4]
    else:
        assert header[1] == "source: 001_72d3a0bd69b97b31.txt" and header[4] == "target: 000_07eeea3d0505a8a1.txt"


@pytest.mark.parametrize("width", [80, 120])
def test_cjk_and_emoji_text_keeps_the_borders_in_line(tmp_path, width):
    source, target = tmp_path / "東京_橋の建設計画_source.txt", tmp_path / "copy_😀.txt"
    source.write_text(CJK_SOURCE, encoding="utf-8")
    target.write_text(CJK_TARGET, encoding="utf-8")
    out = run("compare", str(source), str(target), width=width)
    table = table_lines(out)
    assert {tuple(border_columns(line)) for line in table} == {tuple(border_columns(table[0]))}
    assert max(columns(line) for line in out.splitlines()) <= width
    rows = table_rows(out)
    # every character is still there, in order, once the wrapped lines are put back together
    texts = ["".join(row[4].split()) for row in rows[1:]]
    assert "総工費は四十五億円で、完成まで三年かかる見通しだ。" in texts
    assert "한국어문장도있습니다." in texts
    assert any("2028🚀🎉" in text for text in texts)
    assert rows[0][4] == "target: copy_😀.txt"


def test_closing_punctuation_never_starts_a_wrapped_line():
    report = compare(Document.from_text(CJK_SOURCE, id="a.txt"), Document.from_text(CJK_TARGET, id="b.txt"))
    from diffsrc.report.table import render

    for width in range(60, 90):
        for line in table_lines(render(report, width=width)):
            for cell in line.split("│")[1:-1]:
                assert not cell.strip().startswith(("。", "、", "」")), (width, line)


def test_an_altered_quote_is_one_row_with_its_source_beside_its_target():
    # The target's quote runs on into a second sentence that is not aligned (an added row of its own); the quote's
    # row shows the whole of both quotes, side by side, the words changed marked.
    out = run("compare", WIRE, OTHER, width=120)
    quote_rows = [row for row in table_rows(out) if row[2] == "~ altered quote"]
    assert len(quote_rows) == 1
    src_no, source, _, tgt_no, target = quote_rows[0]
    assert (src_no, tgt_no) == ("15", "15")
    assert source.startswith("Toshimitsu Motegi: “[-What's important is-] not the amount")
    assert "[-ratio but what's in it.-]" in source
    assert target.startswith("Toshimitsu Motegi: “{+It’s+} not {+about+} the amount")
    assert target.endswith("{+What matters is the substance of our defense capabilities+}”")


def test_markdown_shows_an_altered_quote_on_one_row_too():
    result = CliRunner().invoke(cli, ["compare", WIRE, OTHER, "--format", "markdown"], catch_exceptions=False)
    rows = [line for line in result.stdout.splitlines() if "| ~ altered quote |" in line]
    assert len(rows) == 1
    cells = [c.strip() for c in rows[0].split(" | ")]
    assert cells[0] == "| 15" and cells[3] == "15"
    assert cells[1].startswith("Toshimitsu Motegi: “~~What's important is~~ not the amount")
    assert cells[4].endswith("**What matters is the substance of our defense capabilities**” |")


def test_top_level_help_examples_are_whole_commands_at_80_columns(monkeypatch):
    monkeypatch.chdir(ROOT)
    out = run("--help", width=80)
    assert max(columns(line) for line in out.splitlines()) <= 80
    examples = [shlex.split(line) for line in out.splitlines() if line.strip().startswith("diffsrc ")]
    assert examples
    compares = [args for args in examples if args[1] == "compare"]
    assert compares, out
    for args in compares:
        # both articles on the line, each naming exactly one file of the repository: it runs as printed
        paths = [a for a in args[2:] if not a.startswith("-")]
        assert len(paths) == 2 and all(len(glob.glob(p)) == 1 for p in paths), args
        assert CliRunner().invoke(cli, [*args[1:2], *(glob.glob(p)[0] for p in paths)]).exit_code == 0


def test_no_help_line_is_wider_than_80_columns():
    # An example line wider than the terminal is broken by the terminal wherever it ends, mid-path.
    for command in ([], ["compare"], ["corpus"], ["check"], ["index"], ["index", "add"], ["index", "info"],
                    ["index", "remove"]):
        out = run(*command, "--help", width=80)
        assert max(columns(line) for line in out.splitlines()) <= 80, out


def test_a_long_list_of_sentence_numbers_breaks_after_a_comma_never_inside_a_number():
    from diffsrc.report.table import MAX_NUMBER_WIDTH, _number_lines

    # Broken by characters, "1,2,4,15" read as "1,2,4,1" and "5": two sentences that are not in the row.
    assert _number_lines("1,2,4,15", MAX_NUMBER_WIDTH) == "1,2,4,\n15"
    assert _number_lines("14,17,22,23", MAX_NUMBER_WIDTH) == "14,17,\n22,23"
    assert _number_lines("32,33", MAX_NUMBER_WIDTH) == "32,33"
    assert _number_lines("", MAX_NUMBER_WIDTH) == ""


@pytest.mark.parametrize("width", [80, 120])
def test_each_sentence_number_of_a_merge_stands_beside_its_sentence(width):
    # "0,1,2," / "5," / "17" beside five wrapped sentences told nothing of which number was which sentence.
    source = Document.from_text(
        "Timothy Price, 26, must face a retrial next month after his solicitor reported the incident at Witney.\n\n"
        "The chairman of the bench, a magistrate of twenty years, fell asleep during the evidence of the victim.\n\n"
        "Price was fined 500 pounds and ordered to pay 300 pounds in compensation to the woman he threatened.",
        id="wire.txt")
    brief = Document.from_text(
        "Timothy Price, 26, fined 500 pounds for threatening a woman, faces a retrial at Witney next month because "
        "the chairman of the bench fell asleep during the evidence of the victim.", id="brief.txt")
    from diffsrc.report.table import render

    report = compare(source, brief)
    assert [s.links for s in report.target_sentences] == [[0, 1, 2]]
    cells = [line.split("│")[1:3] for line in table_lines(render(report, width=width)) if line.startswith("│ ")]
    beside = {number.strip(): text.split()[:3] for number, text in cells[1:] if number.strip()}
    assert beside == {"0": ["Timothy", "Price,", "26,"], "1": ["The", "chairman", "of"], "2": ["Price", "was", "fined"]}


def test_a_verbatim_copy_with_a_changed_figure_has_the_change_on_a_row_under_it(tmp_path):
    # A wire desk's trial: "Ian Brown, 38," in a copy labelled verbatim showed nothing in the table; the change was
    # only in the findings below it.
    (tmp_path / "wire.txt").write_text(
        "Axe killer jailed\n\nAlan Hobbs, 32, killed Ian Brown, 36, and Peter Smith, 31, at a flat in Slough.\n\n"
        "He was jailed for life at Reading Crown Court on Monday after a three-week trial.\n", encoding="utf-8")
    (tmp_path / "paper.txt").write_text(
        "Axe killer jailed\n\nAlan Hobbs, 32, killed Ian Brown, 38, and Peter Smith, 31, at a flat in Slough.\n\n"
        "He was jailed for life at Reading Crown Court on Monday after a three-week trial.\n", encoding="utf-8")
    rows = table_rows(run("compare", str(tmp_path / "wire.txt"), str(tmp_path / "paper.txt"), width=120))
    labels = [row[2] for row in rows]
    assert labels[labels.index("= verbatim", 2) + 1] == "! changed fact"
    fact = rows[labels.index("! changed fact")]
    assert (fact[0], fact[1], fact[3], fact[4]) == ("1", "number: 36", "1", "number: 38")
