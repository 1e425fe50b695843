"""Results in a notebook: `repr`, `_repr_html_` (the HTML reports' own pieces, escaped, without a script) and the
DataFrames of a pair report and of a near-duplicate check."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pandas as pd
import pytest

from diffsrc import Document, Index, compare, run_corpus
from diffsrc.index.store import CHECK_DTYPES
from diffsrc.pair.model import ROW_DTYPES
from diffsrc.report.html import render_pair_page
from diffsrc.report.html.page import FRAGMENT_CLASSES, FRAGMENT_SCOPE

from .corpus_fixtures import page, seed_sentences

ROOT = Path(__file__).resolve().parent.parent
WIRE = ROOT / "seeds" / "001_72d3a0bd69b97b31.txt"
REWRITE = ROOT / "seeds" / "000_07eeea3d0505a8a1.txt"

INJECTED = (
    "Officials said the <script>window.__pwned = 1</script> plan would go ahead on Monday. "
    'The minister added that <img src=x onerror="window.__pwned = 2"> costs were rising sharply. '
    "Critics said the decision to close the old ferry was taken without asking the town."
)


@pytest.fixture(scope="module")
def seed_report():
    return compare(Document.from_path(WIRE), Document.from_path(REWRITE))


def _text(markup: str) -> str:
    """What a reader sees of some markup: the text without tags, whitespace folded."""
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", markup)).split())


def _pair_table(markup: str) -> str:
    return re.search(r'<table class="pair">.*?</table>', markup, re.S).group(0)


def test_pair_report_repr_is_one_short_line(seed_report):
    text = repr(seed_report)
    assert "\n" not in text and len(text) < 250
    assert text.startswith("<PairReport 001_72d3a0bd69b97b31.txt -> 000_07eeea3d0505a8a1.txt: partially-derived")
    s = seed_report.summary
    assert (f"target {s.verbatim} verbatim, {s.paraphrased} paraphrased, {s.added} added; "
            f"source {s.omitted} omitted") in text


def test_pair_to_pandas_has_one_row_per_side_by_side_row_with_typed_columns(seed_report):
    df = seed_report.to_pandas()
    assert {c: str(t) for c, t in df.dtypes.items()} == ROW_DTYPES
    assert len(df) == len(seed_report.rows())
    s = seed_report.summary
    assert (df.label == "added").sum() == s.added and (df.label == "omitted").sum() == s.omitted
    # Every target sentence is on exactly one row; rows follow the target's order.
    targets = [t for ts in df.target_sentences for t in ts]
    assert sorted(targets) == list(range(len(seed_report.target_sentences)))
    firsts = df.target_index.dropna().tolist()
    assert firsts == sorted(firsts)
    aligned = df[df.label.isin(["verbatim", "paraphrased"])]
    assert aligned.score.notna().all() and aligned.score.between(0, 1).all()
    assert df[df.label.isin(["added", "omitted"])].score.isna().all()
    # Numbers and texts agree with the report's sentences.
    row = aligned[aligned.target_index.notna()].iloc[0]
    assert row.source_index == row.source_sentences[0] and row.target_index == row.target_sentences[0]
    assert row.target_text == " ".join(seed_report.target_sentences[i].text for i in row.target_sentences)
    assert df[df.label == "added"].source_index.isna().all()
    # Every derived sentence is on an alignment row with the other side's sentences (links are mirrored).
    assert aligned.target_index.notna().all() and aligned.source_index.notna().all()
    assert len(df[df.label == "verbatim"]) >= 1 and df[df.label == "verbatim"].iloc[0].score >= 0.9


def test_pair_repr_html_is_the_pages_summary_and_table_without_script_or_ids(seed_report):
    fragment = seed_report._repr_html_()
    full = render_pair_page(seed_report)
    assert fragment.startswith(f'<div class="{FRAGMENT_CLASSES}"><style>') and fragment.endswith("</div>")
    assert "<script" not in fragment and "<html" not in fragment and "<meta" not in fragment
    # No ids or in-page links: two reports in one notebook must not collide, and there is no findings section.
    assert " id=" not in fragment and 'href="#' not in fragment
    # The same renderer: the table reads exactly as the page's, row for row.
    assert _text(_pair_table(fragment)) == _text(_pair_table(full))
    assert fragment.count('class="row row-') == len(seed_report.rows())
    assert "Verdict: partially-derived" in fragment and "target derived" in fragment


def test_pair_repr_html_styles_only_itself():
    fragment = compare(Document.from_text(INJECTED, id="a.txt"), Document.from_text(INJECTED, id="b.txt"))
    css = re.search(r"<style>(.*?)</style>", fragment._repr_html_(), re.S).group(1)
    css = re.sub(r"@media[^{]*\{", "", css)  # the rules inside a media query are scoped one by one
    selectors = [sel.strip() for rule in re.findall(r"([^{}]+)\{[^{}]*\}", css) for sel in rule.split(",")]
    assert selectors and all(sel.startswith(FRAGMENT_SCOPE) for sel in selectors), [
        s for s in selectors if not s.startswith(FRAGMENT_SCOPE)][:5]


def test_article_markup_in_a_pair_shows_as_text():
    report = compare(Document.from_text(INJECTED, id="<i>wire</i>.txt", title='<script>alert("t")</script>'),
                     Document.from_text(INJECTED.replace("Monday", "Tuesday"), id="copy.txt"))
    fragment = report._repr_html_()
    assert "<script" not in fragment and "<img" not in fragment and "<i>" not in fragment
    assert "&lt;script&gt;window.__pwned = 1&lt;/script&gt;" in fragment
    assert "onerror=&quot;window.__pwned = 2&quot;" in fragment
    assert "&lt;i&gt;wire&lt;/i&gt;.txt" in fragment


@pytest.fixture(scope="module")
def corpus():
    wire, other = list(seed_sentences("004")), list(seed_sentences("003"))
    docs = [
        Document.from_text(page(wire[:10], credit="AP"), id="wire.txt"),
        Document.from_text(page(wire[:6] + other[:6]), id="<script>alert(1)</script>.txt"),
        Document.from_text(page(wire[:3] + other[6:14]), id="brief.txt"),
    ]
    return run_corpus(docs)


def test_corpus_result_repr_and_html_show_the_counts_and_strongest_derivations(corpus):
    text = repr(corpus)
    edges = corpus.graph["edges"]
    directed = sum(1 for e in edges if e["directed"])
    assert directed >= 2  # the wire story to both texts that take from it
    assert text == (f"<CorpusResult: 3 documents, {len(corpus.pairs)} pairs compared, "
                    f"{directed} derivations, {len(edges) - directed} undetermined, 0 skipped>")
    fragment = corpus._repr_html_()
    assert "<script" not in fragment.replace("&lt;script&gt;", "")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;.txt" in fragment
    # The same counts as the repr, as the corpus page shows them.
    assert "documents<b>3</b>" in fragment and f"derivations<b>{directed}</b>" in fragment
    assert f"direction undetermined<b>{len(edges) - directed}</b>" in fragment
    shares = [e["target_derived_share"] for e in corpus.graph["edges"]]
    assert len(shares) >= 2
    lines = re.findall(r"<li>[^<]*[→—][^<]*: [^<]*</li>", fragment)  # "A → B", or "A — B" when undetermined
    shown = [float(m) / 100 for m in re.findall(r"(\d+)% of the target derived", "".join(lines))]
    assert len(shown) == len(shares) and shown == sorted(shown, reverse=True)


def test_corpus_result_graph_as_networkx(corpus):
    pytest.importorskip("networkx")
    g = corpus.to_networkx()
    assert sorted(g.edges) == sorted((e["source"], e["target"]) for e in corpus.graph["edges"])
    assert g.nodes["wire.txt"]["credit"] == "AP"


def test_index_check_results_convert_to_a_dataframe(tmp_path):
    wire = page(list(seed_sentences("004"))[:10], credit="AP")
    other = page(list(seed_sentences("003"))[:10])
    with Index.open(str(tmp_path / "seen.db")) as index:
        index.add([Document.from_text(wire, id="wire.txt")])
        results = index.check([Document.from_text(wire.replace("AP |", "Herald |"), id="copy.txt"),
                               Document.from_text(other, id="op-ed.txt")], add=True)
    assert [r.status for r in results] == ["near-duplicate", "clean"]  # still the list it was
    df = results.to_pandas()
    assert {c: str(t) for c, t in df.dtypes.items()} == CHECK_DTYPES
    assert list(df.id) == ["copy.txt", "op-ed.txt"]
    assert list(df.status) == ["near-duplicate", "clean"] and list(df.added) == [False, True]
    assert list(df.matches) == [1, 0] and df.match[0] == "wire.txt" and pd.isna(df.match[1])
    assert 0.8 <= df.similarity[0] <= 1 and pd.isna(df.similarity[1])
    assert df[df.status == "near-duplicate"].id.tolist() == ["copy.txt"]


def test_markdown_and_html_pages_state_the_verdict_and_the_counts_once(seed_report):
    """A reader saw "**Verdict: partially-derived.** 001 -> 000: partially-derived - 4 verbatim, ..." above a table
    of the same counts; the page's summary now says only what the table does not: the shares."""
    from diffsrc.report import render

    s = seed_report.summary
    counts = f"{s.verbatim} verbatim, {s.paraphrased} paraphrased"
    for fmt in ("markdown", "html"):
        page = _text(render(seed_report, fmt)) if fmt == "html" else render(seed_report, fmt)
        assert page.count(f"Verdict: {s.verdict}") == 1 and counts not in page, fmt
        assert f"{s.target_derived_share:.0%} of the target derives from the source" in page, fmt
    assert counts in render(seed_report, "table")  # the terminal's one-line summary keeps them
