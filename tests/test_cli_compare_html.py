"""`diffsrc compare --format html`: one self-contained page, to stdout or written atomically to a file."""

from __future__ import annotations

import re
from pathlib import Path

from click.testing import CliRunner

from diffsrc.cli import cli

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
WIRE = str(SEEDS / "001_72d3a0bd69b97b31.txt")
REWRITE = str(SEEDS / "000_07eeea3d0505a8a1.txt")


def test_compare_html_to_a_file(tmp_path):
    out = tmp_path / "pair.html"
    result = CliRunner().invoke(cli, ["compare", WIRE, REWRITE, "--format", "html", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and page.endswith("</html>\n")
    assert "Verdict: partially-derived" in page
    assert [p.name for p in tmp_path.iterdir()] == ["pair.html"]  # no temporary file left behind


def test_compare_html_to_stdout_is_the_same_page(tmp_path):
    out = tmp_path / "pair.html"
    CliRunner().invoke(cli, ["compare", WIRE, REWRITE, "-f", "html", "-o", str(out)])
    result = CliRunner().invoke(cli, ["compare", WIRE, REWRITE, "-f", "html"])
    assert result.exit_code == 0
    assert result.stdout == out.read_text(encoding="utf-8")


def test_compare_html_into_a_missing_folder_is_a_one_line_error(tmp_path):
    target = tmp_path / "nope" / "pair.html"
    result = CliRunner().invoke(cli, ["compare", WIRE, REWRITE, "-f", "html", "-o", str(target)])
    assert result.exit_code == 2
    assert result.output.strip() == f"Error: {target.parent}: output folder does not exist"


def test_compare_findings_as_html_is_a_findings_page(tmp_path):
    out = tmp_path / "findings.html"
    result = CliRunner().invoke(cli, ["compare", WIRE, REWRITE, "--findings", "-f", "html", "-o", str(out)])
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert '<h2 id="findings">Findings</h2>' in page and '<table class="pair">' not in page
    # the findings' links land on the sentences they name, listed on the same page
    for anchor in set(re.findall(r'href="#([st]-\d+)"', page)):
        assert f'id="{anchor}"' in page
    # said, not left out
    assert "Looked for, none found: changed numbers or names, reversed meaning, overstatement." in page
    # its one script opens the folded parts for printing, and does nothing else
    assert page.count("<script") == 1 and "beforeprint" in page and "addEventListener(\"keydown" not in page
