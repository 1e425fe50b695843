"""Counts in messages and reports agree with their nouns: "1 line", "2 lines", never "1 lines"."""

from __future__ import annotations

import re

import pytest
from click.testing import CliRunner

from diffsrc import Document, compare
from diffsrc.cli import cli
from diffsrc.report import markdown, table
from diffsrc.report.html import render_pair_page
from diffsrc.wording import agree, plural

BRIDGE = "The council approved the new bridge on Monday after a long debate about the cost of the project."
SHOPS = "Shops in the town expect more customers once the bridge opens next year."
PUMPKIN = ("A farmer in the valley grew the largest pumpkin ever recorded in the region this autumn. "
           "It weighed more than a small car.")
# "1 lines", "1 documents" ...: a count of one with a plural noun after it.
ONE_PLURAL = re.compile(r"(?<![\d.,])1 (lines|documents|pairs|edges|sentences|rows|records|bytes|changes|inputs)\b")


def test_the_helper():
    assert [plural(n, "edge") for n in (0, 1, 2)] == ["0 edges", "1 edge", "2 edges"]
    assert plural(1, "copy", "copies") == "1 copy" and plural(3, "copy", "copies") == "3 copies"
    assert agree(1, "was", "were") == "was" and agree(2, "was", "were") == "were"


def _write(folder, **texts):
    for name, text in texts.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return [str(folder / f"{name}.txt") for name in texts]


def test_corpus_summary_counts_documents_and_edges(tmp_path):
    runner = CliRunner()
    one = runner.invoke(cli, ["corpus", *_write(tmp_path, a=BRIDGE), "--out", str(tmp_path / "o1")])
    assert one.exit_code == 0, one.output
    assert one.stderr.startswith("1 document, 0 pairs compared, 0 derivations, 0 undetermined; 0 skipped")
    two = runner.invoke(cli, ["corpus", *_write(tmp_path, a=BRIDGE, b=f"{BRIDGE} {SHOPS}"),
                              "--out", str(tmp_path / "o2")])
    assert two.stderr.startswith("2 documents, 2 pairs compared, 1 derivation, 0 undetermined; 0 skipped"), two.stderr
    three = runner.invoke(cli, ["corpus", *_write(tmp_path, a=BRIDGE, b=f"{BRIDGE} {SHOPS}",
                                                  d=f"{BRIDGE} {SHOPS.replace('Shops', 'Traders')}"),
                                "--out", str(tmp_path / "o3")])
    assert re.match(r"3 documents, \d+ pairs compared, \d derivations?, \d undetermined; 0 skipped", three.stderr), \
        three.stderr


def test_index_add_counts_documents(tmp_path):
    runner = CliRunner()
    index = str(tmp_path / "seen.db")
    first = runner.invoke(cli, ["index", "add", index, *_write(tmp_path, a=BRIDGE)])
    assert first.stdout == f"1 added, 0 replaced, 0 unchanged; 1 document in {index}\n"
    second = runner.invoke(cli, ["index", "add", index, *_write(tmp_path, c=PUMPKIN)])
    assert second.stdout == f"1 added, 0 replaced, 0 unchanged; 2 documents in {index}\n"


@pytest.fixture(scope="module")
def one_each():
    """A one-sentence source and a one-sentence target: one row, one sentence each."""
    report = compare(Document.from_text(BRIDGE, id="a.txt"), Document.from_text(BRIDGE, id="b.txt"))
    report.boilerplate = {"source": ["Advertisement"], "target": ["Listen to this article", "Share this article"]}
    return report


@pytest.fixture(scope="module")
def two_each():
    report = compare(Document.from_text(f"{BRIDGE} {SHOPS}", id="a.txt"), Document.from_text(PUMPKIN, id="b.txt"))
    report.boilerplate = {"source": ["Advertisement", "Subscribe"], "target": ["Listen to this article"]}
    return report


def test_terminal_table_counts_boilerplate_lines(one_each, two_each):
    assert "boilerplate set aside: 1 line in the source, 2 lines in the target" in table.render(one_each, width=160)
    assert "boilerplate set aside: 2 lines in the source, 1 line in the target" in table.render(two_each, width=160)


def test_markdown_counts_sentences(one_each, two_each):
    one, two = markdown.render(one_each), markdown.render(two_each)
    assert "`a.txt` · 1 sentence\n" in one and "`b.txt` · 1 sentence\n" in one
    assert "`a.txt` · 2 sentences\n" in two and "`b.txt` · 2 sentences\n" in two
    assert not ONE_PLURAL.search(one)


def test_html_pair_page_counts_rows_sentences_lines_and_changes(one_each, two_each):
    one, two = render_pair_page(one_each), render_pair_page(two_each)
    assert ">1 row in reading order;" in one and ">4 rows in reading order;" in two
    assert "Source: 1 line</summary>" in one and "Target: 2 lines</summary>" in one
    # the counts under the labels: one verbatim target sentence; none paraphrased
    assert '<b>1</b><span class="muted">target sentence</span>' in one
    assert '<b>0</b><span class="muted">target sentences</span>' in one
    assert ">0 changes (rows not verbatim, or with a finding)<" in one
    assert ">4 changes (rows not verbatim, or with a finding)<" in two
    assert not ONE_PLURAL.search(re.sub(r"<[^>]+>", " ", one))
