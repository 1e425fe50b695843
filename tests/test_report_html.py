"""The HTML reports as markup: structure, escaping, determinism, self-containment, findings, corpus page.

What a person sees in a real browser (filters, sorting, scripts that must not run) is in
test_report_html_browser.py.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
from dataclasses import replace
from importlib.resources import files
from pathlib import Path

import pytest

from diffsrc import CompareOptions, Document, compare
from diffsrc.pair.findings import diff as diff_module
from diffsrc.report import render
from diffsrc.report.html import render_corpus_page, render_findings_page, render_pair_page

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
WIRE = SEEDS / "001_72d3a0bd69b97b31.txt"
REWRITE = SEEDS / "000_07eeea3d0505a8a1.txt"

SOURCE_TEXT = (
    "The council approved the new bridge on Monday after a long debate. "
    "The project will cost 40 million dollars and take three years to build. "
    "Residents have asked for a crossing since the old ferry closed in 2019. "
    "The mayor said the vote was a victory for the whole town."
)
TARGET_TEXT = (
    "The council approved the new bridge on Monday after a long debate. "
    "The project will cost 45 million dollars and should take three years to complete. "
    "Local shops expect more customers once it opens. "
    "The mayor said the vote was a victory for the whole town."
)
INJECTED = (
    'Officials said the <script>window.__pwned = 1</script> plan would go ahead on Monday. '
    'The minister added that <img src=x onerror="window.__pwned = 2"> costs were rising sharply. '
    'Critics <b onclick="window.__pwned = 3">disagreed</b> with the decision.'
)


@pytest.fixture(scope="module")
def seed_report():
    return compare(Document.from_path(WIRE), Document.from_path(REWRITE))


@pytest.fixture(scope="module")
def seed_page(seed_report) -> str:
    return render(seed_report, "html")


def _inline(page: str, tag: str) -> list[str]:
    return re.findall(rf"<{tag}>(.*?)</{tag}>", page, re.S)


def _sha(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


def test_pair_page_has_one_row_per_reading_row_with_its_label(seed_report, seed_page):
    rows = re.findall(r'<tr id="row-\d+" class="row row-(\w+)" data-label="(\w+)"(?: data-change="")?>', seed_page)
    assert [label for label, _ in rows] == [label for _, _, label in seed_report.rows()]
    assert {label for label, _ in rows} == {"verbatim", "paraphrased", "added", "omitted"}
    # every sentence of both sides has an anchor, so findings and other pages can link to it
    for s in seed_report.source_sentences:
        assert f'id="s-{s.index}"' in seed_page
    for t in seed_report.target_sentences:
        assert f'id="t-{t.index}"' in seed_page


def test_pair_page_shows_summary_verdict_legend_and_filters(seed_report, seed_page):
    assert "Verdict: partially-derived" in seed_page
    assert 'class="legend"' in seed_page
    for label in ("verbatim", "paraphrased", "added", "omitted"):
        # a label is told by its mark and its word, not by colour alone
        assert f'data-filter="{label}"' in seed_page
        assert f'<span class="badge badge-{label}"><span class="mark" aria-hidden="true">' in seed_page
    assert "<ins>" in seed_page and "<del>" in seed_page
    # a row's score is said to be the model's, not a share of words copied (a trial's editor read 0.97 as 97%)
    legend = seed_page.split('class="legend"', 1)[1].split("</ul>", 1)[0]
    assert '<span class="score">score 0.97</span>' in legend and "not a share of words copied" in legend
    # the filter bar needs the script, so without it the bar is hidden and the table is simply complete
    assert 'id="filters" role="group" aria-label="Show only rows labelled" hidden' in seed_page


def test_split_or_merge_is_one_row_spanning_its_sentences(seed_report, seed_page):
    merged = next(a for a in seed_report.alignments if len(a.source) > 1 or len(a.target) > 1)
    row = next(r for r in re.findall(r'<tr id="row-\d+".*?</tr>', seed_page, re.S)
               if f'id="t-{merged.target[0]}"' in r)
    for i in merged.source:
        assert f'id="s-{i}"' in row
    for i in merged.target:
        assert f'id="t-{i}"' in row


def test_boilerplate_is_listed_collapsed(seed_report, seed_page):
    assert seed_report.boilerplate["source"]
    assert f"<details><summary>Source: {len(seed_report.boilerplate['source'])} lines</summary>" in seed_page
    assert "Listen to this article" in seed_page


def test_pages_are_self_contained_and_allow_only_their_own_script_and_style(seed_page):
    assert not re.search(r"""<(link|img|iframe|object|embed)\b|\ssrc=|@import|url\(""", seed_page)
    assert "http://" not in seed_page and "https://" not in seed_page
    csp = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', seed_page).group(1)
    (script,) = _inline(seed_page, "script")
    (style,) = _inline(seed_page, "style")
    assert f"script-src {_sha(script)};" in csp
    assert f"style-src {_sha(style)};" in csp
    assert "default-src 'none'" in csp and "unsafe-inline" not in csp


def _asset(name: str) -> str:
    return (files("diffsrc.report.html") / "assets" / name).read_text(encoding="utf-8")


def test_each_page_inlines_the_package_assets_and_its_policy_allows_exactly_them(seed_report, seed_page):
    corpus_page = render_corpus_page(GRAPH, ROWS, SKIPPED)
    findings_page = render_findings_page(seed_report)
    for page, script in ((seed_page, "pair.js"), (corpus_page, "corpus.js"), (findings_page, None)):
        csp = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', page).group(1)
        assert _inline(page, "style") == [_asset("style.css")]
        assert f"style-src {_sha(_asset('style.css'))};" in csp
        # every page's script: what all pages do (page.js: printing opens folded parts), then the page's own
        expected = _asset("page.js") + (_asset(script) if script else "")
        assert _inline(page, "script") == [expected]
        assert f"script-src {_sha(expected)};" in csp


@pytest.mark.slow
def test_an_installed_package_ships_its_assets_and_finds_them(tmp_path, seed_page):
    """What a non-editable install puts in site-packages (setuptools' build_py: the modules and the package data
    of pyproject.toml), imported by a fresh interpreter from there, renders the same page."""
    pytest.importorskip("setuptools")
    source = tmp_path / "source"
    shutil.copytree(ROOT / "diffsrc", source / "diffsrc", ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, source / name)
    lib = tmp_path / "lib"
    subprocess.run([sys.executable, "-c", "import setuptools; setuptools.setup()", "-q", "build_py", "--build-lib",
                    str(lib)], cwd=source, check=True, capture_output=True)
    assert sorted(p.name for p in (lib / "diffsrc/report/html/assets").iterdir()) == ["corpus.js", "page.js",
                                                                                      "pair.js", "style.css"]
    script = tmp_path / "render.py"
    script.write_text(f"""import sys
import diffsrc
from diffsrc import Document, compare
from diffsrc.report import render
assert diffsrc.__file__.startswith({str(lib)!r}), diffsrc.__file__
sys.stdout.write(render(compare(Document.from_path({str(WIRE)!r}), Document.from_path({str(REWRITE)!r})), "html"))
""", encoding="utf-8")
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "PYTHONPATH": str(lib)}
    page = subprocess.run([sys.executable, str(script)], cwd=tmp_path, check=True, capture_output=True,
                          encoding="utf-8", env=env).stdout
    assert page == seed_page


def test_same_report_gives_byte_identical_page(seed_report, seed_page):
    again = compare(Document.from_path(WIRE), Document.from_path(REWRITE))
    assert render_pair_page(again) == seed_page
    # no time of making: the only moment on the page is the wire's own date (and time) of publication
    assert set(re.findall(r"20\d\d-\d\d-\d\dT\d\d:\d\d", seed_page)) <= {seed_report.source.date}


def test_article_markup_is_shown_as_text_never_as_markup():
    report = compare(
        Document.from_text(INJECTED, id="<i>wire</i>.txt", title='<script>alert("t")</script>',
                           url="javascript:alert(1)"),
        Document.from_text(INJECTED.replace("Monday", "Tuesday"), id="copy.txt"),
    )
    page = render_pair_page(report)
    body = page.split("<body>", 1)[1].rsplit("<script>", 1)[0]  # everything but our own script
    assert "<script" not in body
    assert "<img" not in body and "<b " not in body and "<i>" not in body
    assert "&lt;script&gt;window.__pwned = 1&lt;/script&gt;" in body
    assert "onerror=&quot;window.__pwned = 2&quot;" in body
    assert 'href="javascript:' not in page  # a metadata URL that is not a web link stays text


SPLIT_SOURCE = ("The council approved the new bridge on Monday after a long debate. "
                "Residents have asked for a crossing since the old ferry closed in 2019. "
                "The mayor, who was re-elected in May, opened the bridge on Monday. Our town is proud, she said.")
SPLIT_TARGET = ("The council approved the new bridge on Monday after a long debate. "
                "Residents have asked for a crossing since the old ferry closed in 2019. "
                "The mayor was re-elected in May. She opened the bridge on Monday. Our town is proud, she said.")
VARIANT_SOURCE = ('Officials said: "Our defence is our own," he said. '
                  "The project will cost 40 million dollars and take three years to build.")
VARIANT_TARGET = ("Officials said: “Our defense is our own,” he said. "
                  "The project will cost 40 million dollars and take three years to build.")


def _seen(html: str) -> str:
    """Markup as a sighted reader sees it: without the visually hidden words said to a screen reader."""
    return re.sub(r'<span class="vh"( lang="en")?>[^<]*</span>', "", html)


def _sentence(page: str, anchor: str) -> str:
    """The text of one sentence on a pair page, as marked up: without its number link and its findings flags (and
    without the hidden words a screen reader hears of its changes)."""
    html = _seen(re.search(rf'<p class="sent" id="{anchor}">(.*?)</p>', page).group(1))
    html = re.sub(r'^<a class="num".*?</a>', "", html).split('<span class="flags">')[0]
    assert html.startswith("<bdi>") and html.endswith("</bdi>")  # isolated: a right-to-left text keeps its order
    return html[len("<bdi>"):-len("</bdi>")]


# With findings the page shows the report's own word diffs; without, it runs the same word_diff itself.
@pytest.mark.parametrize("findings", [True, False], ids=["findings", "no-findings"])
def test_word_changes_line_up_across_a_split(findings):
    report = compare(Document.from_text(SPLIT_SOURCE, id="wire.txt"), Document.from_text(SPLIT_TARGET, id="story.txt"),
                     options=CompareOptions(findings=findings))
    assert ([2], [2, 3]) in [(a.source, a.target) for a in report.alignments]
    page = render_pair_page(report)
    assert _sentence(page, "s-2") == "The mayor, <del>who</del> was re-elected in May, opened the bridge on Monday."
    assert _sentence(page, "t-2") == "The mayor was re-elected in May."
    assert _sentence(page, "t-3") == "<ins>She</ins> opened the bridge on Monday."


@pytest.mark.parametrize("findings", [True, False], ids=["findings", "no-findings"])
def test_spelling_and_quote_variants_are_not_word_changes(findings):
    report = compare(Document.from_text(VARIANT_SOURCE, id="wire.txt"),
                     Document.from_text(VARIANT_TARGET, id="story.txt"), options=CompareOptions(findings=findings))
    page = render_pair_page(report)
    assert _sentence(page, "s-0") == "Officials said: &quot;Our defence is our own,&quot; he said."
    assert _sentence(page, "t-0") == "Officials said: “Our defense is our own,” he said."


def test_past_the_size_bound_a_group_shows_as_one_change_with_or_without_findings(monkeypatch):
    # word_diff's bound: past MAX_DIFF_CELLS the common start and end are kept and the middle is one change. The
    # page shows that coarse diff whether the report brought it (and its note) or the page computed it.
    monkeypatch.setattr(diff_module, "MAX_DIFF_CELLS", 0)
    for findings in (True, False):
        report = compare(Document.from_text(SOURCE_TEXT, id="wire.txt"),
                         Document.from_text(TARGET_TEXT, id="story.txt"), options=CompareOptions(findings=findings))
        page = render_pair_page(report)
        if findings:
            assert "MAX_DIFF_CELLS" in page  # the report's note on its coarse diffs
        assert _sentence(page, "s-1") == ("The project will cost <del>40 million dollars and take three years to "
                                          "build.</del>")
        assert _sentence(page, "t-1") == ("The project will cost <ins>45 million dollars and should take three "
                                          "years to complete.</ins>")


def test_findings_are_rendered_and_linked_to_their_rows_when_present():
    report = compare(Document.from_text(SOURCE_TEXT, id="wire.txt"), Document.from_text(TARGET_TEXT, id="story.txt"))
    bare = compare(Document.from_text(SOURCE_TEXT, id="wire.txt"), Document.from_text(TARGET_TEXT, id="story.txt"),
                   options=CompareOptions(findings=False))
    assert "Findings" not in render_pair_page(bare)  # a report without findings: no section, no failure
    report.summary = replace(report.summary, unattributed_reuse=True)
    report.findings = replace(report.findings, **{
        "attribution": {"credited": False, "mentions": [], "source_credit": "AP"},
        "quotes": [{"status": "altered", "text": "a victory for the town",
                    "source_text": "a victory for the whole town", "speaker": "Jane Doe",
                    "source_speaker": "The mayor", "target_index": 3, "source_index": 3, "diff": []},
                   {"status": "new", "text": "more customers", "source_text": None, "speaker": None,
                    "source_speaker": None, "target_index": 2, "source_index": None, "unquoted_source_index": 2}],
        "facts": [{"kind": "money", "source": "40 million dollars", "target": "45 million dollars",
                   "source_index": 1, "target_index": 1}],
    })
    page = render_pair_page(report)
    assert "Unattributed reuse:" in page
    assert '<h2 id="findings">Findings</h2>' in page
    assert ('<tr id="fact-0"><td data-heading="Kind">money</td><td data-heading="Source"><del>40 million dollars'
            '</del></td>') in _seen(page)
    # numbered from 1 for a reader (T2 is the target's second sentence), anchored by the report's index
    assert '<a href="#t-1">target T2</a>' in page and '<a href="#s-3">source S4</a>' in page
    # and the rows link back to the findings
    row = re.search(r'<p class="sent" id="t-1">.*?</p>', page).group(0)
    assert 'href="#fact-0"' in row
    assert "Jane Doe</strong> (the source: The mayor)" in page  # a quote moved to another speaker
    assert "<del>whole</del>" in _seen(page)  # the altered quote's changed words
    assert 'the words are in <a href="#s-2">source S3</a> without quote marks' in page


def _with_diffs(report, diff_of) -> None:
    """Give each alignment dict a `diff` (as the findings step does), whatever the model's own mechanism."""
    original = report.to_dict

    def to_dict():
        data = original()
        for a in data["alignments"]:
            a["diff"] = diff_of(a)
        return data

    report.to_dict = to_dict


def test_alignment_diff_from_the_report_is_what_the_page_shows():
    report = compare(Document.from_text(SOURCE_TEXT, id="wire.txt"), Document.from_text(TARGET_TEXT, id="story.txt"))
    group = next(a for a in report.alignments if a.label == "paraphrased")
    src = " ".join(report.source_sentences[i].text for i in group.source).split()
    tgt = " ".join(report.target_sentences[i].text for i in group.target).split()
    # as findings/diff.py writes it: runs over the group's joined sentences (here: all words "replaced")
    _with_diffs(report, lambda a: [{"op": "replace", "source": " ".join(src), "target": " ".join(tgt)}]
                if a["target"] == group.target else None)
    page = render_pair_page(report)
    assert f"<del>{' '.join(src)}</del>" in _seen(page) and f"<ins>{' '.join(tgt)}</ins>" in _seen(page)


def test_a_diff_that_does_not_match_the_sentences_is_recomputed():
    report = compare(Document.from_text(SOURCE_TEXT, id="wire.txt"), Document.from_text(TARGET_TEXT, id="story.txt"))
    plain = render_pair_page(report)
    _with_diffs(report, lambda a: [{"op": "equal", "source": "two words", "target": "two words"}])
    assert render_pair_page(report) == plain


GRAPH = {
    "schema": "diffsrc.graph/1",
    "nodes": [{"id": "wire.txt", "path": "wire.txt", "title": "<script>window.__pwned=1</script>", "outlet": None,
               "credit": "AP", "date": "2025-10-22"},
              {"id": "story.txt", "path": "story.txt", "title": None, "outlet": "Daily", "credit": None, "date": None}],
    "edges": [{"source": "wire.txt", "target": "story.txt", "verdict": "partially-derived",
               "target_derived_share": 0.5, "verbatim": 2, "paraphrased": 1, "direction": "inferred",
               "near_duplicate": False, "report": "pairs/wire.txt__story.txt.json"}],
}
ROWS = [{"source": "wire.txt", "target": "story.txt", "verdict": "partially-derived", "verbatim": 2,
         "paraphrased": 1, "added": 1, "omitted": 0, "target_derived_share": 0.5, "source_retained_share": 0.75},
        {"source": "story.txt", "target": "wire.txt", "verdict": "non-derived", "verbatim": 0, "paraphrased": 0,
         "added": 4, "omitted": 4, "target_derived_share": 0.0, "source_retained_share": float("nan")}]
SKIPPED = [{"path": "bad/<img src=x onerror=alert(1)>.txt", "reason": "empty document (no text)"}]


def test_corpus_page_has_graph_table_links_and_skipped_inputs():
    page = render_corpus_page(GRAPH, ROWS, SKIPPED)
    # the graph picture inline, as an image with a name
    assert '<div class="graph" tabindex="0" role="region" aria-label="Provenance graph picture"><svg role="img" ' \
           'aria-label="Provenance graph" xmlns=' in page
    # the SVG edge (href and xlink:href), the derivations list, the pair's source and target cells, the two
    # documents' entries
    assert page.count('href="pairs/wire.txt__story.txt.html"') == 7
    assert '<table class="data pairs" id="pairs-table">' in page
    assert '<td class="n">50%</td>' in page
    assert "bad/&lt;img src=x onerror=alert(1)&gt;.txt</code>: empty document (no text)" in page
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in page
    body = page.split("<body>", 1)[1].rsplit("<script>", 1)[0]
    # the only other scripts are the tables' data, which a browser never runs, and they hold no markup
    islands = re.findall(r'<script type="application/json" class="table-data">(.*?)</script>', body)
    assert len(islands) == 2 and "<" not in "".join(islands)
    assert json.loads(islands[1])["rows"][0]["c"][1] == "<script>window.__pwned=1</script>"
    assert body.count("<script") == 2 and "<img" not in body
    # the picture brings no style of its own: the policy allows the page's style and script, nothing else
    csp = re.search(r'content="([^"]+)"', page).group(1)
    (style,), (script,) = _inline(page, "style"), _inline(page, "script")
    assert f"style-src {_sha(style)};" in csp and f"script-src {_sha(script)};" in csp
    assert "unsafe" not in csp and " style=" not in page
    assert render_corpus_page(GRAPH, ROWS, SKIPPED) == page


def test_corpus_page_lists_every_derivation_it_counts_also_those_of_copies_folded_in_the_picture():
    # A wire auditor's re-test: the page said "derivations 11" and "the same edges are listed as text links", but
    # listed 4: the edges of the copies folded into a "+7 copies" box were in no list.
    from .test_report_graph import _wire_printed_by_papers

    page = render_corpus_page(_wire_printed_by_papers(11), [], [])
    assert "<li>derivations<b>11</b></li>" in page
    derivations = page.split("<h3>Derivations</h3><ul>", 1)[1].split("</ul>", 1)[0]
    assert sorted(re.findall(r"<li>pa\.txt → (paper\d+\.txt):", derivations)) == sorted(
        f"paper{k}.txt" for k in range(11))


def test_long_document_names_are_shortened_so_that_no_two_look_alike():
    """URL ids made the pairs table run off the side of the page. A long name keeps its start and its end; names
    alike at both ends keep where they differ; what cannot be told apart is shown whole."""
    from diffsrc.report.graph import short_names
    from diffsrc.report.html.corpus import ID_SHOWN

    site = "https://www.example-news.co.uk/news/world/2026/12/04/"
    slugs = [f"{site}{n}-japan-trump-visit-military-build-up-security-strategy" for n in ("000_07ee", "001_72d3")]
    ends = [f"{site}japan-trump-visit-{n}" for n in ("military-build-up", "security-strategy-talks")]
    short = short_names(["wire.txt", *slugs, *ends], ID_SHOWN)
    assert "wire.txt" not in short and set(short) == {*slugs, *ends}
    assert len(set(short.values())) == 4 and all(len(form) <= ID_SHOWN for form in short.values())
    # without the scheme and "www.", the site and the slug's end tell it apart
    assert short[ends[0]].startswith("example-news.co") and short[ends[0]].endswith("…-visit-military-build-up")
    assert "000_07ee" in short[slugs[0]] and "001_72d3" in short[slugs[1]]  # alike at both ends: the middle
    # one name the start of another: told apart, or shown whole
    alike = [site + "x" * 40 + "a", site + "x" * 40 + "ab"]
    assert len({form for form in short_names(alike, ID_SHOWN).values()}) == len(short_names(alike, ID_SHOWN))
    # on the page: the shortened name in the cell, the whole of it in the tooltip, the data for the script
    graph = {"schema": "diffsrc.graph/1", "nodes": [{"id": i} for i in slugs], "edges": []}
    rows = [{"source": slugs[0], "target": slugs[1], "verdict": "wholly-derived", "target_derived_share": 1.0}]
    page = render_corpus_page(graph, rows, [])
    cell = f'<td class="id" title="{slugs[0]}">{short[slugs[0]]}</td>'
    table = page[page.index('id="pairs"'):]
    assert cell in table and f">{slugs[0]}<" not in table
    island = json.loads(re.findall(r'class="short-names">(.*?)</script>', page)[0])
    assert island == {s: short[s] for s in slugs}  # once, for both tables' script
    # the graph's boxes, narrower, tell the two apart too
    boxes = re.findall(r'<text x="[\d.]+" y="[\d.]+" font-weight="bold">([^<]*)</text>', page)
    assert len(boxes) == 2 and len(set(boxes)) == 2


def test_corpus_page_links_pairs_with_a_report_and_graph_nodes_to_their_documents():
    rows = [*ROWS, {"source": "story.txt", "target": "other.txt", "verdict": "non-derived", "verbatim": 0,
                    "paraphrased": 1, "added": 9, "omitted": 9, "target_derived_share": 0.05,
                    "source_retained_share": 0.1, "edge": False, "near_duplicate": False, "direction": "inferred",
                    "upstream": "other.txt", "report": "pairs/story.txt__other.txt.json", "status": "compared",
                    "reason": None},
            {"source": "bad.txt", "target": None, "status": "skipped", "reason": "binary file"}]
    page = render_corpus_page(GRAPH, rows, [{"path": "bad.txt", "reason": "binary file"}])
    assert '<a href="pairs/story.txt__other.txt.html">other.txt</a>' in page  # no edge, but its page exists
    assert "<th scope=\"col\">graph</th>" in page and "<td></td></tr>" in page  # flags folded, false is blank
    assert "<th scope=\"col\">report</th>" not in page and ">status<" not in page
    assert "<td>inferred, reversed</td>" in page and ">upstream<" not in page  # upstream folded into direction
    assert page.count("bad.txt") == 1  # a skipped input is listed once, under Skipped inputs, not as a pair
    assert '<a href="#doc-0"><g class="node" id="node-wire.txt" data-id="wire.txt">' in page
    assert '<tr id="doc-0"><td class="id">wire.txt</td>' in page


def test_the_pairs_table_names_each_texts_outlet_and_filters_on_outlet_and_uncredited_reuse():
    # An investigation asks which outlets reprint without credit: the pairs table had no outlet column and no
    # filter on unattributed reuse, so the question needed pandas.
    rows = [{**ROWS[0], "unattributed_reuse": True}, {**ROWS[1], "unattributed_reuse": False}]
    page = render_corpus_page(GRAPH, rows, [])
    table = json.loads(re.search(r'<div class="datatable" data-table="pairs".*?<script type="application/json" '
                                 r'class="table-data">(.*?)</script>', page, re.S).group(1))
    labels = [c["label"] for c in table["columns"]]
    assert labels[:4] == ["source", "target", "source outlet", "target outlet"]
    assert [r["c"][2:4] for r in table["rows"]] == [[None, "Daily"], ["Daily", None]]
    chosen = {table["columns"][i]["label"] for i in table["filters"]}
    assert {"target outlet", "unattributed reuse", "verdict"} <= chosen
    # Without any outlet, no empty columns.
    bare = {**GRAPH, "nodes": [{**n, "outlet": None} for n in GRAPH["nodes"]]}
    assert "source outlet" not in render_corpus_page(bare, rows, [])


def test_the_documents_table_names_authors_when_any_document_has_one():
    # A new user's trial: the authors were in documents.csv and the pair pages, never on the corpus page.
    def documents_table(graph):
        return json.loads(re.search(r'<div class="datatable" data-table="documents".*?<script type="application/json" '
                                    r'class="table-data">(.*?)</script>', render_corpus_page(graph, [], []),
                                    re.S).group(1))

    authored = {**GRAPH, "nodes": [{**n, "author": "Jane Doe" if i == 0 else None}
                                   for i, n in enumerate(GRAPH["nodes"])]}
    table = documents_table(authored)
    column = [c["label"] for c in table["columns"]].index("author")
    assert [r["c"][column] for r in table["rows"]][:2] == ["Jane Doe", None]
    assert "author" not in [c["label"] for c in documents_table(GRAPH)["columns"]]


def test_a_big_corpus_page_writes_its_strongest_rows_and_carries_the_rest_as_data():
    from diffsrc.report.html.corpus import FALLBACK_ROWS

    from .corpus_fixtures import big_corpus

    graph, rows = big_corpus(stories=40, copies=30, rewrites=2, alone=20)
    page = render_corpus_page(graph, rows, [])
    tables = {name: json.loads(text) for name, text in re.findall(
        r'<div class="datatable" data-table="(\w+)".*?<script type="application/json" class="table-data">(.*?)'
        r"</script>", page, re.S)}
    pairs, documents = tables["pairs"]["rows"], tables["documents"]["rows"]
    # every pair and every document is in the data, near-identical copies as one cluster row each
    assert sum(len(r["m"]) if r.get("g") else 1 for r in pairs) == len(rows)
    assert len(pairs) == 40 + 40 * 2 * 2
    assert sum(1 + len(r.get("m", [])) for r in documents) == len(graph["nodes"])
    assert len(documents) == 40 + 40 * 2 + 20
    cluster = next(r for r in documents if r.get("m"))
    assert len(cluster["m"]) == 30 and cluster["c"][5] == 30  # its copies column
    # as HTML, only the strongest rows: what a reader without JavaScript gets, and where the rest are
    html_rows = re.findall(r'<table class="data pairs" id="pairs-table">.*?<tbody>(.*?)</tbody>', page, re.S)[0]
    assert html_rows.count("<tr") == FALLBACK_ROWS
    first = re.search(r"<tr><td class=\"id\">(?:<a [^>]*>)?([^<]*)(?:</a>)?(?:<span[^>]*>[^<]*</span>)?</td>"
                      r"<td class=\"id\">(?:<a [^>]*>)?([^<]*)", html_rows)
    assert first.groups() == (rows[0]["source"], "30 near-identical copies")  # the strongest first
    assert f"shows its first {FALLBACK_ROWS} rows of 200 (near-identical copies are one row), the strongest " \
           f"reuse first; all {len(rows):,} are in summary.csv" in page
    # the picture is the top of the corpus: one box per cluster, no more boxes than a picture can hold
    svg = page.split('<div class="graph"', 1)[1].split("</figure>", 1)[0]
    boxes = re.findall(r'<g class="node( cluster)?"', svg)
    clusters = [b for b in boxes if b]
    assert len(boxes) <= 80 and len(clusters) == svg.count('data-copies="30"') >= 20
    assert 3 * len(clusters) <= len(boxes)  # each story with its rewrites: the texts that derive from others first
    assert "Top of the corpus" in svg
    # a few hundred bytes a document, not the whole table as HTML (18 MB at 10,000 documents before; the pairs'
    # outlets, two names a row, came to 426)
    assert len(page.encode("utf-8")) < 450 * len(graph["nodes"])


def test_a_verbatim_copy_with_a_changed_figure_is_a_change_to_go_to():
    """A copy with numbers changed is all verbatim rows: the page said '0 changes' and n/p went nowhere."""
    wire = ("A farmer was jailed for five months at Truro Magistrates Court on Monday for cruelty to his sheep.\n\n"
            "The court heard that 53 sheep had been left without food or water for several weeks last winter.\n\n"
            "Inspectors said the animals were found in a field near the farm after neighbours called the police.\n")
    copy = wire.replace("53 sheep", "63 sheep")
    page = render_pair_page(compare(Document.from_text(wire, id="wire"), Document.from_text(copy, id="copy")))
    rows = re.findall(r'<tr id="row-\d+" class="row row-(\w+)" data-label="\w+"( data-change="")?>', page)
    assert [label for label, _ in rows] == ["verbatim"] * 3
    assert [bool(change) for _, change in rows] == [False, True, False]
    assert "1 change (rows not verbatim, or with a finding)" in page


def test_a_cluster_row_keeps_its_copies_flags_and_counts_its_copies_in_words():
    """The cluster row showed 'True' where its copies' rows showed 'yes', and '+ 1 near-identical copies'."""
    from diffsrc.report.html.corpus import _pair_cluster

    columns = [{"key": "source", "kind": "text"}, {"key": "target", "kind": "text"},
               {"key": "unattributed_reuse", "kind": "text"}, {"key": "verbatim", "kind": "count"}]
    members = [{"c": ["wire", f"copy{i}", True, 10 + i]} for i in range(2)]
    assert _pair_cluster("wire", members, columns)["c"] == ["wire", "2 near-identical copies", True, [10, 11]]
    one = _pair_cluster("wire", members[:1], columns)["c"]
    assert one[1] == "1 near-identical copy"
    mixed = _pair_cluster("wire", [members[0], {"c": ["wire", "copy9", False, 3]}], columns)["c"]
    assert mixed[2] == "mixed: no, yes"


def test_every_id_on_a_pair_page_is_unique() -> None:
    # A source sentence several merged target sentences draw on stands in several rows; its anchor is the first
    # row's (the seed pair's page had "s-6" five times, so "#s-6" from the findings was ambiguous and the HTML
    # invalid).
    report = compare(Document.from_path(WIRE), Document.from_path(REWRITE))
    for page in (render_pair_page(report), render_findings_page(report)):
        ids = re.findall(r'\sid="([^"]+)"', page)
        assert ids and len(ids) == len(set(ids)), sorted({i for i in ids if ids.count(i) > 1})
        # Every sentence link still lands somewhere.
        assert set(re.findall(r'href="#([st]-\d+)"', page)) <= set(ids)


def test_a_corpus_pair_page_says_which_text_came_first_and_whether_it_is_an_edge(tmp_path):
    """An HTML reader's trial: a corpus's pair page read "001 (the AP wire) against 000: wholly derived" while the
    graph put 001 first, and never said whether the pair was an edge or its direction undetermined."""
    from diffsrc.corpus.output import write_corpus

    write_corpus([str(ROOT / "seeds")], tmp_path)
    wire, rewrite, other = "001_72d3a0bd69b97b31.txt", "000_07eeea3d0505a8a1.txt", "003_c9d127399f40df29.txt"

    def note(source: str, target: str) -> str:
        page = (tmp_path / "pairs" / f"{source}__{target}.html").read_text(encoding="utf-8")
        assert "diffsrc: the corpus" not in page  # the place kept for it is filled
        return re.search(r'<p class="muted" role="note">(.*?)</p>', page).group(1)

    assert note(wire, rewrite).startswith(f"In this corpus, the source, {wire}, came first, going by the evidence. "
                                          "This pair is an edge of the provenance graph. Evidence: wire copy: ")
    assert note(rewrite, wire).startswith(f"In this corpus, the target, {wire}, came first, going by the evidence: "
                                          "read this page the other way round")
    assert "direction undetermined" in note(rewrite, other)
    # a pair page of `compare` has no such line
    assert 'role="note">In this corpus' not in render_pair_page(
        compare(Document.from_path(ROOT / "seeds" / wire), Document.from_path(ROOT / "seeds" / rewrite)))


# Two papers' reports of one agency story, neither crediting anyone, with no dates: each reuses the other's text.
_PAPER = ("Joy Hendricks was found not guilty of common assault on Sgt Mark Workman, who claimed that the 35-year-old "
          "officer had punched, scratched and hit him with a snooker cue as they waited to go on a drugs raid.\n\n"
          "Pc Hendricks had told the court that she acted in self-defence, punching him just once. She said she had "
          "suffered five years of racial and sexual abuse from colleagues while in the Territorial Support Group.\n\n"
          "Eleri Rees, stipendiary magistrate at Horseferry Road in central London, said she was troubled by the "
          "evidence of the other witness and ruled that the prosecution had not proved its case.\n")


def test_a_corpus_pair_page_does_not_warn_of_unattributed_reuse_the_corpus_does_not_count(tmp_path):
    """A user's trial: on METER, the Sun's page against the Telegraph's report of the same PA story warned
    "Unattributed reuse" while summary.csv and the corpus page said no, and nothing said why."""
    from diffsrc import run_corpus
    from diffsrc.corpus.output import write_corpus

    telegraph = ("A black policewoman accused of attacking a colleague with a snooker cue was cleared by a magistrate "
                 "yesterday.\n\n" + _PAPER + '\nOutside the court, Pc Hendricks said: "This is going to open a whole '
                 'can of worms and, hopefully, the Met will investigate all my previous allegations."\n')
    sun = ("THE Metropolitan Police faced a new race storm last night after a black WPC was cleared of assaulting a "
           "white sergeant with a snooker cue.\n\n" + _PAPER + '\nJoy said afterwards: "This is going to open a '
           'whole can of worms."\n')
    result = write_corpus([Document.from_text(telegraph, id="telegraph.txt"), Document.from_text(sun, id="sun.txt")],
                          tmp_path)
    row = result.summary.set_index(["source", "target"]).loc[("telegraph.txt", "sun.txt")]
    assert row.direction == "undetermined" and not row.unattributed_reuse
    # The pair's own report reads the two texts alone: reuse without credit.
    assert json.loads((tmp_path / row.report).read_text(encoding="utf-8"))["summary"]["unattributed_reuse"] is True
    page = (tmp_path / "pairs" / "telegraph.txt__sun.txt.html").read_text(encoding="utf-8")
    assert "⚠ </span>Unattributed reuse" not in page
    note = re.search(r'<p class="muted" role="note">(.*?)</p>', page).group(1)
    assert note.endswith("This corpus does not count the pair as unattributed reuse (summary.csv): neither text is "
                         "shown to have come first, and the source carries no agency&#x27;s credit that the target "
                         "drops: two reports of one story are not said to have copied each other.")
    assert "<strong>Unattributed reuse, read from these two texts alone:</strong>" in page
    # The Markdown report says the same, and so do the reports a run keeps in memory.
    said = ("- **Unattributed reuse: not counted in this corpus** (from these two texts alone, yes: 83% of the "
            "target derives from the source) This corpus does not count the pair as unattributed reuse")
    assert said in (tmp_path / "pairs" / "telegraph.txt__sun.txt.md").read_text(encoding="utf-8")
    kept = run_corpus([Document.from_text(telegraph, id="telegraph.txt"), Document.from_text(sun, id="sun.txt")])
    assert said in kept.files["pairs/telegraph.txt__sun.txt.md"]
    assert "⚠ </span>Unattributed reuse" not in kept.files["pairs/telegraph.txt__sun.txt.html"]


def test_a_findings_link_to_a_source_sentence_lands_where_it_stands_beside_the_target(seed_report, seed_page):
    """An HTML reader's trial: S5 of the seed pair is in four rows; "source S5" of the exact quote in T12 went to
    the first, where S5 is struck through beside other text, not to the row where it matches T12."""
    rows = {m.group(1): m.group(2) for m in re.finditer(r'<tr id="(row-\d+)"(.*?)</tr>', seed_page, re.S)}
    findings = seed_page[seed_page.index('<h2 id="findings">'):seed_page.index('<h2 id="alignment">')]
    moved = 0
    for cell in re.findall(r"<td data-heading=\"Sentences\">"
                           r"(<a href=\"#[^\"]+\">source S\d+</a>, <a href=\"#t-\d+\">target T\d+</a>)</td>",
                           findings):
        ((href, s),), (t,) = re.findall(r'href="#([^"]+)">source S(\d+)', cell), re.findall(r"target T(\d+)", cell)
        row = rows[href] if href.startswith("row-") else next(r for r in rows.values() if f'id="{href}"' in r)
        assert f">S{s}</a>" in row and f">T{t}</a>" in row, (s, t)  # both sentences in the row the link opens
        moved += href.startswith("row-")
    assert moved >= 1  # S5 beside T12, not at its first row


# --- the language of the text: `lang` --------------------------------------------------------------------------

CJK = ROOT / "tests" / "fixtures" / "cjk"


def _bdi_langs(page: str) -> dict[str, set[str | None]]:
    """The `lang` of the sentence text of each side's cells of the alignment (None: no attribute, the page's)."""
    found: dict[str, set[str | None]] = {"Source": set(), "Target": set()}
    for side, cell in re.findall(r'<td class="text" data-side="(Source|Target)">(.*?)</td>', page):
        attrs = re.findall(r'<bdi( lang="[^"]*")?>', cell)
        found[side] |= {attr[len(' lang="'):-1] if attr else None for attr in attrs}
    return found


def test_the_page_is_english_and_english_text_claims_nothing_more(seed_page):
    # diffsrc's own words are English, so `<html lang="en">` is true of them, and the seeds' English text inherits it.
    assert seed_page.count("lang=") == 1 and '<html lang="en">' in seed_page
    assert _bdi_langs(seed_page) == {"Source": {None}, "Target": {None}}


def test_japanese_text_is_marked_japanese_not_read_as_english():
    """A Japanese reader's report: the page said lang="en" of Kyodo's text, so a screen reader read it in an English
    voice and the browser chose Han glyphs as for Chinese."""
    report = compare(Document.from_path(CJK / "ja" / "kyodo_source.txt"),
                     Document.from_path(CJK / "ja" / "rewrite_changed.txt"))
    page = render_pair_page(report)
    assert '<html lang="en">' in page  # the headings, labels and legend
    assert _bdi_langs(page) == {"Source": {"ja"}, "Target": {"ja"}}
    assert re.search(r'<summary>Source: [^<]*</summary><ul lang="ja">', page)  # its boilerplate too
    assert re.search(r'<dt>title</dt><dd lang="ja">', page)
    findings_page = render_findings_page(report)
    assert '<bdi lang="ja">' in findings_page and "<bdi>" not in findings_page


def test_each_side_carries_its_own_language_where_the_two_differ():
    # A Chinese story and the English wire copy it was translated from: each side in its own language.
    report = compare(Document.from_path(ROOT / "tests" / "fixtures" / "ferry_wire.txt"),
                     Document.from_path(CJK / "zh" / "xinhua_source.txt"))
    assert _bdi_langs(render_pair_page(report)) == {"Source": {None}, "Target": {"zh"}}


def test_text_of_a_language_not_known_claims_none_rather_than_english():
    # Indonesian (no script names it, and its words are not English's nor another's named): lang="" says
    # "unknown", where the page's "en" would be a wrong claim.
    source = ("Dewan kota pada hari Kamis menyetujui layanan feri malam antara pelabuhan dan pulau-pulau terluar. "
              "Anggota dewan menyetujui rencana itu dengan 31 suara berbanding 9 setelah perdebatan tiga jam.")
    target = ("Dewan kota pada hari Kamis menyetujui layanan feri malam antara pelabuhan dan pulau-pulau terluar. "
              "Kota akan membayar separuh biaya tahunan, kata wali kota.")
    page = render_pair_page(compare(Document.from_text(source, id="a"), Document.from_text(target, id="b")))
    assert _bdi_langs(page) == {"Source": {""}, "Target": {""}}


def test_french_text_is_marked_french():
    # French news, named by its words ("les", "une", "dans", "été", ...): read in a French voice, not English.
    source = ("Le conseil municipal a voté jeudi la création d'un ferry de nuit entre le port et les îles. "
              "Les conseillers ont approuvé le projet par 31 voix contre 9 après un débat de trois heures dans "
              "une salle comble. Selon le maire, le service sera lancé au mois de juin et les billets seront vendus "
              "sur le quai.")
    target = ("Le conseil municipal a voté jeudi la création d'un ferry de nuit entre le port et les îles. "
              "La ville paiera la moitié du coût annuel, selon le maire, qui a été interrogé sur le prix des billets "
              "après la séance. Les habitants des îles ont salué une décision attendue depuis dix ans.")
    page = render_pair_page(compare(Document.from_text(source, id="a"), Document.from_text(target, id="b")))
    assert _bdi_langs(page) == {"Source": {"fr"}, "Target": {"fr"}}


def test_quoted_words_in_the_findings_carry_their_sides_language():
    from diffsrc.report.html.findings import FindingSections

    quote = {"status": "altered", "text": "我们将合作", "source_text": "We will work together", "speaker": "X",
             "source_speaker": "X", "target_index": 0, "source_index": 0}
    fact = {"kind": "number", "source": "36", "target": "38", "source_index": 0, "target_index": 0}
    sections = FindingSections({"quotes": [quote], "facts": [fact]}, {"s": "en", "t": "zh"})
    html = sections.section()
    # English: the page's language, no attribute
    assert '<td data-heading="In the source"><span>“We will work together' not in html
    assert re.search(r'<td data-heading="Quote in the target"><span lang="zh">“[^”]*我们将合作', html)
    # the words in Chinese, what a screen reader says of them in the page's English
    assert '<ins lang="zh"><span class="vh" lang="en">inserted: </span>38<span class="vh" lang="en"> (end inserted)' \
           '</span></ins>' in html
    assert '<p class="quote" lang="zh">' in sections.alignment_quote_row(0, quote, "paraphrased")


FRENCH_STORY = (
    "Le conseil municipal a voté jeudi la création d'un ferry de nuit entre le port et les îles extérieures. Les "
    "conseillers ont approuvé le projet par 31 voix contre 9 après un débat de trois heures dans une salle comble. "
    "Selon le maire, le service sera lancé au mois de juin et les billets seront vendus sur le quai. Les habitants "
    "des îles, qui attendaient cette décision depuis dix ans, ont salué un vote historique pour leur quotidien."
)


def _title_cells(page: str) -> dict[str, str | None]:
    """The `lang` of each document's title cell in the documents table's HTML rows (None: no attribute)."""
    table = page[page.index('<table class="data documents"'):]
    table = table[:table.index("</table>")]
    found = {}
    for row in re.findall(r"<tr id=[^>]*>(.*?)</tr>", table):
        name = re.search(r'<td class="id"[^>]*>(?:<a [^>]*>)?([^<]*)', row).group(1)
        title = re.findall(r"<td( lang=\"[^\"]*\")?>", row)[0]
        found[name] = title[len(' lang="'):-1] if title else None
    return found


def test_corpus_page_marks_each_documents_title_with_its_language(tmp_path):
    """A French and an English document: the French title is read as French (lang="fr"), the English one as the
    page's own English; a document whose language is not known says so (lang=""). The page's own words stay
    English."""
    from diffsrc.corpus.output import write_corpus

    docs = [Document.from_text(FRENCH_STORY, id="fr", title="Un ferry de nuit pour les îles"),
            Document.from_text(SOURCE_TEXT, id="en", title="Council approves the bridge")]
    write_corpus(docs, tmp_path)
    page = (tmp_path / "index.html").read_text(encoding="utf-8")
    assert '<html lang="en">' in page
    assert _title_cells(page) == {"fr": "fr", "en": None}
    data = json.loads(re.search(r'<script type="application/json" class="table-data">(\{"name":"documents".*?)'
                                r"</script>", page).group(1))
    assert [c.get("lang") for c in data["columns"]].count(True) == 1  # the title's column alone
    assert {row["c"][0]: row.get("l") for row in data["rows"]} == {"fr": "fr", "en": None}  # the script's rows too
    # Given no languages, a title is of a language not known: lang="", never the page's English.
    bare = render_corpus_page(json.loads((tmp_path / "graph.json").read_text(encoding="utf-8")), [], [])
    assert set(_title_cells(bare).values()) == {""}


def _heading_levels(page: str) -> list[int]:
    return [int(level) for level in re.findall(r"<h([1-6])[\s>]", page)]


def test_every_page_has_one_h1_and_its_headings_never_skip_a_level(seed_report, seed_page, tmp_path):
    """A screen-reader user's report: the pair page went from its h1 straight to an h3 ("Source: ...", the
    documents' cards), so a reader listing headings found two subsections of no section, before "Findings"."""
    pages = {"pair": seed_page, "findings": render_findings_page(seed_report)}
    report_dir = tmp_path / "corpus"
    from diffsrc.corpus.output import write_corpus

    write_corpus([str(SEEDS)], report_dir)
    pages["corpus"] = (report_dir / "index.html").read_text(encoding="utf-8")
    for name, page in pages.items():
        levels = _heading_levels(page)
        assert levels.count(1) == 1 and levels[0] == 1, name
        skips = [(a, b) for a, b in zip(levels, levels[1:], strict=False) if b > a + 1]
        assert skips == [], name


def test_a_partially_derived_target_all_of_whose_sentences_draw_on_the_source_is_not_said_to_derive_wholly():
    # A standards editor's re-test (METER: jones273_mirror against PA's jones1sub): "Verdict: partially-derived"
    # stood above "100% of the target derives from the source", which read as a contradiction. The share is said
    # in words that agree with the verdict, in every format.
    from diffsrc.evaluate.meter import meter_dir

    from .conftest import data_or_skip

    with data_or_skip():
        base = meter_dir()
    pa = Document.from_path(base / "PA/rawtexts/courts/02.11.99/jones/jones1sub.txt")
    paper = Document.from_path(base / "newspapers/rawtexts/courts/02.11.99/jones/jones273_mirror.txt")
    report = compare(pa, paper)
    assert (report.summary.verdict, report.summary.added, report.summary.target_derived_share) == (
        "partially-derived", 0, 1.0)
    for fmt in ("html", "markdown", "table"):
        text = render(report, fmt)
        assert "every sentence of the target draws on the source, but too little of its wording and content" in text
        assert "100% of the target derives" not in text


def test_the_pairs_tables_long_headings_may_break_and_their_buttons_keep_the_plain_name():
    """The seeds' pairs table ran 280 px past a 1280 px window: its narrow count and flag columns were as wide as
    their headings' longest words. Those words carry soft hyphens (browsers hyphenate only where they hold a
    dictionary), a verdict may break at its hyphen, and the sort button is named by the plain label."""
    page = render_corpus_page(GRAPH, ROWS, SKIPPED)
    assert '<th scope="col">para\u00adphrased</th>' in page
    table = json.loads(re.search(r'class="table-data">(.*?)</script>', page).group(1))
    assert "paraphrased" in [c["label"] for c in table["columns"]]  # the data and the filters keep the plain word
    css = files("diffsrc.report.html").joinpath("assets", "style.css").read_text(encoding="utf-8")
    assert "table.data .tag{white-space:normal}" in css and "hyphens:manual" in css
    script = files("diffsrc.report.html").joinpath("assets", "corpus.js").read_text(encoding="utf-8")
    assert 'button.setAttribute("aria-label", th.textContent.replace(/\\u00ad/g, ""))' in script


def test_findings_tables_stack_on_a_phone_and_scroll_only_in_their_own_box():
    """An HTML reviewer's trial at 375 px: the quotes table was 573 px wide, its quotes a few words a line and cut off
    at the screen's edge, in a box a keyboard could not scroll. Each cell carries its heading, which a phone shows
    above it in a stacked row; the box is a named region that takes focus."""
    report = compare(Document.from_text(SOURCE_TEXT, id="a"), Document.from_text(TARGET_TEXT, id="b"))
    report.findings = replace(report.findings, facts=[{"kind": "money", "source": "40 million dollars",
                                                       "target": "45 million dollars", "source_index": 1,
                                                       "target_index": 1}])
    page = render_pair_page(report)
    assert ('<div class="scroll" tabindex="0" role="region" aria-label="Changed numbers and names table">'
            '<table class="findings">') in page
    assert '<td data-heading="Kind">money</td>' in page and '<td data-heading="Sentences">' in page
    css = files("diffsrc.report.html").joinpath("assets", "style.css").read_text(encoding="utf-8")
    phone = css[css.index("@media (max-width:700px)"):css.index("@media print")]
    assert "table.findings,table.findings tbody,table.findings tr,table.findings td{display:block;width:100%}" in phone
    assert "table.findings td::before{content:attr(data-heading)" in phone


def test_a_screen_reader_hears_which_words_were_inserted_and_deleted(seed_page):
    """A screen-reader user heard a changed sentence's deleted and inserted words read out as one run of text: the
    <ins> and <del> elements are not announced by default. Each change is framed by visually hidden words."""
    report = compare(Document.from_text(SOURCE_TEXT, id="a"), Document.from_text(TARGET_TEXT, id="b"))
    page = render_pair_page(report)
    assert re.search(r'<del><span class="vh">deleted: </span>[^<]*40[^<]*<span class="vh"> \(end deleted\)</span>'
                     r"</del>", page)
    assert re.search(r'<ins><span class="vh">inserted: </span>[^<]*45[^<]*<span class="vh"> \(end inserted\)</span>'
                     r"</ins>", page)
    # every <ins> and <del> of the word diffs says so, on the seed page too; the legend's samples are words already
    body = seed_page.split('<h2 id="alignment">', 1)[1].split('<ul class="legend"', 1)[1].split("</ul>", 1)[1]
    for tag in ("ins", "del"):
        elements = re.findall(rf"<{tag}( lang=\"[^\"]*\")?>(.*?)</{tag}>", body)
        assert elements and all(inner.startswith('<span class="vh"') for _, inner in elements), tag
    # hidden from the eye, and not copied with the words
    css = files("diffsrc.report.html").joinpath("assets", "style.css").read_text(encoding="utf-8")
    rule = re.search(r"\.vh\{([^}]*)\}", css).group(1)
    assert "position:absolute" in rule and "clip-path:inset(50%)" in rule and "user-select:none" in rule


def test_sentences_are_numbered_from_one_for_a_reader_and_anchored_by_the_reports_index(seed_report, seed_page):
    """An HTML reader's trial: the first sentence of each side was "S0" / "T0", and a screen reader said "Source
    sentence 0". The pages count from 1 as people do; the anchors (#s-0) and the JSON/CSV indices, a contract, keep
    the report's index, and the legend says how the two meet."""
    assert re.search(r'<p class="sent" id="s-0"><a class="num" href="#s-0" aria-label="Source sentence 1">S1</a>',
                     seed_page)
    assert re.search(r'<p class="sent" id="t-0"><a class="num" href="#t-0" aria-label="Target sentence 1">T1</a>',
                     seed_page)
    assert ">S0<" not in seed_page and ">T0<" not in seed_page
    assert "sentences are numbered from 1 on this page" in seed_page
    assert seed_report.to_dict()["source_sentences"][0]["index"] == 0  # the contract is untouched
    findings = render_findings_page(seed_report)
    for anchor, shown in re.findall(r'<li class="sent" id="([st]-\d+)"><a class="num" href="#[st]-\d+">([ST]\d+)</a>',
                                    findings):
        assert shown == f"{anchor[0].upper()}{int(anchor[2:]) + 1}"
    links = re.findall(r'<a href="#([st])-(\d+)">(?:source|target) ([ST])(\d+)</a>', seed_page)
    assert links and all(int(shown) == int(index) + 1 and side.upper() == letter
                         for side, index, letter, shown in links)
