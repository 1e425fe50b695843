"""Saved web pages: the article and its metadata, without the page's menus, banners and footers."""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path

import pytest

from diffsrc import Document, InputError, compare
from diffsrc.document import load_documents
from diffsrc.text.prepare import prepare

pytest.importorskip("trafilatura")

FIXTURES = Path(__file__).parent / "fixtures"
PAGE = FIXTURES / "ferry_page.html"
WIRE = FIXTURES / "ferry_wire.txt"


def test_a_saved_page_gives_its_article_and_metadata():
    doc = Document.from_path(PAGE)
    assert doc.id == "ferry_page.html"
    assert doc.title == "Council backs new night ferry to the islands"
    assert doc.outlet == "The Harbour Gazette"
    assert doc.author == "Mara Lindqvist"
    assert doc.date == "2025-03-14T09:30:00Z"  # the page's published_time, to the minute (htmldate: the day)
    assert doc.url == "https://harbourgazette.example/news/2025/03/14/night-ferry"
    sentences = prepare(doc).sentences
    texts = [s.text for s in sentences]
    assert texts[0] == "Council backs new night ferry to the islands" and sentences[0].kind == "heading"
    assert any(t.startswith("The city council voted on Thursday") for t in texts)
    page_chrome = ("Subscribe", "We use cookies", "Most read", "Storm closes coastal road", "All rights reserved",
                   "window.analytics", "font-family")
    assert not any(bit in doc.text for bit in page_chrome)


def test_a_saved_page_compares_with_the_wire_copy_it_came_from():
    report = compare(Document.from_path(WIRE), Document.from_path(PAGE)).to_dict()
    assert report["target"]["outlet"] == "The Harbour Gazette"
    assert report["target"]["date"] == "2025-03-14T09:30:00Z"
    assert report["target"]["author"] == "Mara Lindqvist"  # the page's, in the report a reader gets
    assert report["summary"]["verbatim"] >= 2 and report["summary"]["target_derived_share"] > 0.8
    assert report["summary"]["verdict"] == "partially-derived"  # it adds a sentence of its own


def test_a_page_saved_as_txt_is_still_read_as_html(tmp_path):
    path = tmp_path / "page.txt"
    path.write_bytes(PAGE.read_bytes())
    assert Document.from_path(path).outlet == "The Harbour Gazette"


def test_the_page_declared_charset_is_honoured(tmp_path):
    html = PAGE.read_text(encoding="utf-8").replace('charset="utf-8"', 'charset="windows-1252"')
    html = html.replace("the outer islands from June", "the outer islands \u2014 caf\u00e9s and all \u2014 from June")
    path = tmp_path / "cp1252.html"
    path.write_bytes(html.encode("cp1252"))
    doc = Document.from_path(path)
    assert "\u2014 caf\u00e9s and all" in doc.text
    assert doc.encoding == "cp1252"  # the codec the text was decoded with, as for a text file


def test_a_page_says_the_encoding_it_was_read_in_whether_declared_or_not(tmp_path):
    # An old site's page declaring ISO-8859-1, which browsers (and diffsrc) read as Windows-1252.
    declared = _SHORT_PAGE.replace(b"<head>", b'<head><meta http-equiv="Content-Type" content="text/html; '
                                              b'charset=iso-8859-1">')
    assert Document.from_html(declared).encoding == "cp1252"
    assert Document.from_html(_SHORT_PAGE).encoding == "cp1252"  # undeclared, not UTF-8
    assert Document.from_path(PAGE).encoding == "utf-8"


# A short page in Windows-1252 that declares no charset: guessed from its bytes, its pound sign came out as "Ł".
_POUNDS = "The council voted for a \u00a32.4m night ferry, a \u2018lifeline\u2019 for caf\u00e9 staff."
_SHORT_PAGE = ("<html><head><title>Night ferry</title></head><body><article><p>" + _POUNDS +
               "</p><p>It starts in June, after a three-hour debate.</p></article></body></html>").encode("cp1252")


def test_a_page_without_a_declared_charset_is_read_as_windows_1252_with_a_warning(tmp_path, caplog):
    path = tmp_path / "undeclared.html"
    path.write_bytes(_SHORT_PAGE)
    # At the logger's own level: a CLI test run before with -q leaves the diffsrc logger at ERROR.
    with caplog.at_level("WARNING", logger="diffsrc"):
        assert _POUNDS in Document.from_path(path).text
    assert "undeclared.html: not valid UTF-8; read as cp1252" in caplog.text


def test_a_page_read_as_windows_1252_says_so_in_its_warnings_as_a_text_file_does(tmp_path):
    # The same bytes saved as .txt and as .html: a library caller finds the warning stderr gave in
    # Document.warnings for both (the page's was on stderr only).
    (tmp_path / "undeclared.html").write_bytes(_SHORT_PAGE)
    (tmp_path / "undeclared.txt").write_bytes(_POUNDS.encode("cp1252"))
    for name in ("undeclared.html", "undeclared.txt"):
        path = tmp_path / name
        assert Document.from_path(path).warnings == [f"{path}: not valid UTF-8; read as cp1252"]
    declared = _SHORT_PAGE.replace(b"<head>", b'<head><meta charset="iso-8859-1">')
    assert Document.from_html(declared).warnings == []  # read as it says: nothing to warn about


def test_the_charset_a_server_declared_is_honoured_in_a_web_archive(tmp_path):
    from warcio.warcwriter import WARCWriter

    from .warc_fixtures import PAGE_URI, _response

    path = tmp_path / "crawl.warc"
    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=False)
        # Greek, as the server says: read as Windows-1252 (or guessed) the same bytes are other letters.
        greek = _SHORT_PAGE.decode("cp1252").replace(_POUNDS, "\u0397 \u03c0\u03cc\u03bb\u03b7 " + _POUNDS[:20])
        writer.write_record(_response(writer, PAGE_URI, greek.encode("iso-8859-7", "replace"),
                                      "text/html; charset=iso-8859-7"))
        writer.write_record(_response(writer, PAGE_URI + "/uk", _SHORT_PAGE, "text/html; charset=windows-1252"))
    texts = [d.text for d in load_documents([str(path)])[0]]
    assert "\u0397 \u03c0\u03cc\u03bb\u03b7 The council" in texts[0]
    assert _POUNDS in texts[1]
    assert [d.encoding for d in load_documents([str(path)])[0]] == ["iso8859-7", "cp1252"]


def test_a_wrapped_text_laid_out_with_line_breaks_is_joined_as_the_same_lines_in_a_text_file(tmp_path):
    # Old wire and CMS pages set a hard-wrapped story line by line with <br>: each line is not a paragraph.
    paragraphs = [p for p in WIRE.read_text(encoding="utf-8").split("\n\n") if p.strip()][1:]  # under the headline
    lines = [line for p in paragraphs for line in textwrap.wrap(p, 64, break_on_hyphens=False)]
    head = "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Night ferry</title></head><body>"
    path = tmp_path / "wrapped.html"
    path.write_text(head + "<div class='story'>" + "<br>\n".join(lines) + "</div></body></html>", encoding="utf-8")
    as_page = [s.text for s in prepare(Document.from_path(path)).sentences]
    as_text = [s.text for s in prepare(Document.from_text("\n".join(lines), id="wire")).sentences]
    assert len(lines) > 12 and len(as_text) == 6
    assert as_page[-6:] == as_text and len(as_page) <= 7  # the page's title may lead it
    # Short paragraphs of a page (one <p> each) stay paragraphs: only <br> line layouts are joined.
    path.write_text(head + "<p>" + "</p>\n<p>".join(as_text) + "</p></body></html>", encoding="utf-8")
    assert [s.text for s in prepare(Document.from_path(path)).sentences][-6:] == as_text


def test_a_title_naming_the_site_first_gives_the_headline_and_the_site(tmp_path):
    """<title>Site | Headline</title> above a menu: the title was the site's name, the outlet the copyright
    holder, and the footer's terms link an `added` sentence."""
    body = "".join(f"{p}<br><br>\n" for p in WIRE.read_text(encoding="utf-8").split("\n\n")[2:])
    page = ("<html><head><title>Electronic Gazette | Council backs night ferry</title></head><body><table><tr>"
            "<td><a href='/'>Home</a><br><a href='/news'>News</a><br><a href='/sport'>Sport</a></td><td>"
            "<h2>Council backs night ferry</h2><b>By Mara Lindqvist</b><br><br>\n" + body +
            "<hr><font size='1'>&copy; Copyright of Gazette Group Limited 2025. "
            "<a href='/terms'>Terms &amp; Conditions of reading</a>.</font></td></tr></table></body></html>")
    path = tmp_path / "old_site.html"
    path.write_text(page, encoding="utf-8")
    doc = prepare(Document.from_path(path))
    assert (doc.title, doc.outlet) == ("Council backs night ferry", "Electronic Gazette")
    texts = [s.text for s in doc.sentences]
    assert texts[0] == "Council backs night ferry" and texts[1].startswith("Councillors approved the plan")
    assert not any("Terms" in t or "Electronic Gazette" in t for t in texts)
    assert "Terms & Conditions of reading" in doc.boilerplate


@pytest.mark.parametrize("title", ["Council backs 'night ferry' - Electronic Gazette", "Council backs 'night ferry'"])
def test_a_title_with_straight_quotes_is_the_headline_its_text_shows_with_curly_ones(tmp_path, title):
    """A legacy page's <title> writes straight quotes where its visible headline (a bold line under a menu, no
    <h1>) has curly ones: the title was set above the text as one more sentence, the headline twice, one of the
    two labelled added against the wire copy."""
    body = "".join(f"{p}<br><br>\n" for p in WIRE.read_text(encoding="utf-8").split("\n\n")[2:])
    page = (f"<html><head><title>{title}</title></head><body><table><tr>"
            "<td><a href='/'>Home</a> | <a href='/news'>News</a> | <a href='/sport'>Sport</a></td></tr><tr><td>"
            "<b>Council backs \u2018night ferry\u2019</b><br>by MARA LINDQVIST<br><br>\n" + body + "</td></tr></table>"
            "</body></html>")
    path = tmp_path / "legacy.html"
    path.write_text(page, encoding="utf-8")
    doc = prepare(Document.from_path(path))
    assert doc.title == "Council backs \u2018night ferry\u2019"
    texts = [s.text for s in doc.sentences]
    assert [t for t in texts if "night ferry" in t.replace("\u2019", "'").replace("\u2018", "'")
            and t.startswith("Council backs")] == ["Council backs \u2018night ferry\u2019"]


def test_a_round_up_page_of_two_stories_says_the_one_it_did_not_read(tmp_path, caplog):
    """A court round-up with two <article>s: one was read, the other went to the page chrome without a word, and a
    researcher comparing it with the second story's wire copy found it non-derived. Teaser cards under "Related
    stories" (a headline and a line of standfirst) are no story left out."""
    cards = "".join(f"<article class='card'><h3>Story {n}</h3><p>A short standfirst about another court case "
                    f"number {n}.</p></article>" for n in range(3))
    page = ("<html><head><title>Court round-up</title></head><body><main>"
            "<article><h2>Soccer boss in abuse case</h2><p class='byline'>By Mirror Reporter</p><p>Soccer boss "
            "David Jones appeared in court yesterday accused of abusing children in his care. The Southampton "
            "manager faces four charges of indecent assault and six of cruelty to youngsters.</p><p>The alleged "
            "offences relate to when he worked at a Merseyside care home.</p><p>Father-of-four Jones, 43, a former "
            "Everton player, denies all the charges.</p><p>Liverpool magistrates adjourned the case for committal "
            "proceedings.</p></article>"
            "<article><h2>Life for cake killer</h2><p>Maurice Travis, 19, was jailed for life at Wolverhampton "
            "Crown Court for stabbing Alan Averall to death on his 17th birthday after being refused cake at Stoke "
            "Heath Young Offenders' Institute.</p></article>"
            "</main><aside><h3>Related stories</h3>" + cards + "</aside></body></html>")
    path = tmp_path / "roundup.html"
    path.write_text(page, encoding="utf-8")
    with caplog.at_level("WARNING", logger="diffsrc"):
        doc = Document.from_path(path)
    said = (f"{path}: the page holds 2 articles; one was read, the other is listed with the page chrome, not "
            "compared (save each as a page of its own to compare it)")
    assert doc.warnings == [said] and said in caplog.text
    assert ("Maurice Travis" in doc.text) != ("David Jones" in doc.text)
    assert any("Maurice Travis" in line or "David Jones" in line for line in doc.page_chrome)
    single = tmp_path / "single.html"
    single.write_text(page.replace(page[page.index("<article><h2>Life"):page.index("</main>")], ""), "utf-8")
    assert Document.from_path(single).warnings == []


@pytest.mark.parametrize("logo", ["", "<h1>Daily Bugle</h1>"])
def test_the_visible_headline_wins_over_the_social_media_title(tmp_path, logo):
    """og:title is often a shorter headline written for search; the page's <h1> is what readers saw. The title is
    the <h1>, and the og:title is not set above it as one more sentence of the article. A logo set in an <h1>
    (the site's name) is no headline."""
    page = ("<html><head><title>Man jailed for cake murder | Daily Bugle</title>"
            "<meta property='og:title' content='Man jailed for cake murder'>"
            "<meta property='og:site_name' content='Daily Bugle'></head><body>" + logo +
            "<article><h1>Teenager jailed for life over <em>birthday</em> stabbing</h1><p>By Jane Smith</p>"
            "<p>A teenager was jailed for life at Wolverhampton Crown Court yesterday for stabbing a man to death "
            "on his 17th birthday.</p><p>Maurice Travis, 19, had been refused cake at the party, the court heard."
            "</p></article></body></html>")
    path = tmp_path / "bugle.html"
    path.write_text(page, encoding="utf-8")
    doc = prepare(Document.from_path(path))
    assert doc.title == "Teenager jailed for life over birthday stabbing"
    texts = [s.text for s in doc.sentences]
    assert texts[0] == "Teenager jailed for life over birthday stabbing"
    assert not any("cake murder" in t for t in texts)


def test_explicit_metadata_wins_over_the_page():
    assert Document.from_path(PAGE, outlet="Syndicated copy").outlet == "Syndicated copy"


@pytest.mark.parametrize("html", [
    (FIXTURES / "no_article.html").read_bytes(),
    b"<html><head><title>Only a title</title></head><body></body></html>",
    b"<!DOCTYPE html><html><body><nav><a href='/'>Home</a> <a href='/x'>World</a></nav></body></html>",
])
def test_a_page_with_no_article_is_a_clear_error(tmp_path, html):
    path = tmp_path / "empty.html"
    path.write_bytes(html)
    with pytest.raises(InputError) as info:
        Document.from_path(path)
    assert info.value.reason.startswith("no article text found in HTML") and info.value.path == str(path)


def test_deeply_nested_or_broken_markup_is_an_error_or_a_document_never_a_crash(tmp_path):
    for name, html in {
        "deep.html": b"<html><body>" + b"<div>" * 50_000 + b"<p>Text.</p>" + b"</div>" * 50_000,
        "broken.html": b"<html><body><p>Unclosed <b>tags <i>everywhere <p>The minister said the plan would go "
                       b"ahead on Tuesday after a long debate in parliament.",
        "binary.html": b"<html>\x00\x01\x02\xff\xfe" * 1000,
    }.items():
        path = tmp_path / name
        path.write_bytes(html)
        try:
            assert isinstance(prepare(Document.from_path(path)).sentences, list)
        except InputError as exc:
            assert exc.path == str(path) and exc.reason


def test_our_own_html_reports_are_not_articles(tmp_path):
    path = tmp_path / "report.html"
    path.write_bytes(b'<!DOCTYPE html><html><head><meta name="generator" content="diffsrc 0.1.0"></head>'
                     b"<body><p>The minister said the plan would go ahead.</p></body></html>")
    with pytest.raises(InputError, match="a diffsrc HTML report"):
        Document.from_path(path)


def test_without_the_html_extra_the_error_says_what_to_install(monkeypatch):
    monkeypatch.setitem(sys.modules, "trafilatura", None)
    with pytest.raises(InputError) as info:
        Document.from_path(PAGE)
    assert info.value.reason == 'reading HTML needs the html extra: pip install "diffsrc[html]"'


# The same page as a browser's "Save as text" gives it: every block of the page on its own line, links inline.
PAGE_AS_TEXT = """\
Home News Sport Subscribe
We use cookies to improve your experience. Accept all
Council backs new night ferry to the islands
By Mara Lindqvist
14 March 2025
The city council voted on Thursday to run a night ferry between the harbour and the outer islands from June, \
ending a decade of complaints from shift workers who have had no way home after the last boat at nine.
Councillors approved the plan by 31 votes to 9 after a three-hour debate. The service will run four crossings \
each night, the last leaving the harbour at half past one.
"People who clean our hospitals and bake our bread deserve to get home," said Councillor Ines Dahl, who led the \
campaign for the route.
Opponents said the estimated cost of 2.4 million a year was too high for a service that might carry fewer than a \
hundred passengers a night.
The ferry company said it would hire twelve crew members and refit one of its older boats, the Gullwing, for the \
night crossings.
A trial period of eighteen months was agreed, after which the council will review passenger numbers and decide \
whether to keep the route.
Most read
Storm closes coastal road
Harbour festival line-up announced
Copyright 2025 The Harbour Gazette. All rights reserved.
Privacy | Terms
"""


def test_the_page_saved_as_plain_text_gives_what_its_html_gives():
    from_html = prepare(Document.from_path(PAGE))
    from_text = prepare(Document.from_text(PAGE_AS_TEXT, id="ferry_page.txt"))
    assert [(s.text, s.kind) for s in from_text.sentences] == [(s.text, s.kind) for s in from_html.sentences]
    assert (from_text.title, from_text.outlet) == (from_html.title, from_html.outlet)
    # The text says the day ("14 March 2025"); the page's metadata the moment on that day.
    assert (from_text.date, from_html.date) == ("2025-03-14", "2025-03-14T09:30:00Z")
    # The page's chrome is listed, not lost.
    assert from_text.boilerplate == [
        "Home News Sport Subscribe", "We use cookies to improve your experience. Accept all", "By Mara Lindqvist",
        "14 March 2025", "Most read", "Storm closes coastal road", "Harbour festival line-up announced",
        "Copyright 2025 The Harbour Gazette. All rights reserved.", "Privacy | Terms"]


def test_a_page_held_in_memory_reads_as_the_saved_file_does():
    """A service receives a page's HTML in a request, not a file: `from_text` took its markup, script and menus
    for one long sentence; `from_html` extracts the article as `from_path` does."""
    page = PAGE.read_bytes()
    from_file = Document.from_path(PAGE)
    for data in (page, page.decode("utf-8")):
        doc = Document.from_html(data, id="ferry_page.html")
        assert (doc.text, doc.title, doc.outlet, doc.date, doc.url) == (
            from_file.text, from_file.title, from_file.outlet, from_file.date, from_file.url)
    anonymous = Document.from_html(page)
    assert anonymous.id.startswith("text-") and anonymous.id == Document.from_html(page.decode("utf-8")).id
    wire = Document.from_path(WIRE)
    assert compare(wire, anonymous).to_dict()["summary"] == compare(wire, from_file).to_dict()["summary"]
    with pytest.raises(InputError, match="no article text found in HTML"):
        Document.from_html("<html><body><nav>Home | News</nav><script>track()</script></body></html>")
    with pytest.raises(TypeError, match="html must be a str or bytes"):
        Document.from_html(None)


def _dated_page(published: str, headline: str, body: list[str]) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in body)
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{headline}</title>'
            f'<meta property="article:published_time" content="{published}"></head><body><article>'
            f"<h1>{headline}</h1>{paragraphs}</article></body></html>")


RELEASE = [
    "GreenGrid Energy today announced plans to build a 240 million pound battery storage park at Wilton on Teesside.",
    "The facility will create 350 jobs during construction and store enough power for 600,000 homes, the company "
    "said, and is due to open in 2027 after a two-year build.",
    "Chief executive Sarah Whitfield said the project would make the region a leader in clean energy storage.",
]


def test_a_pages_publication_time_of_day_is_kept_and_orders_pages_of_one_day(tmp_path):
    # A press-release researcher's trial: htmldate read the day only, so a release and the articles copying it on
    # the same day were not ordered, and the release had no edge to any of them.
    from diffsrc.corpus.run import run_corpus

    (tmp_path / "release.html").write_text(_dated_page("2025-03-03T07:00Z", "Battery park for Teesside", RELEASE),
                                           encoding="utf-8")
    (tmp_path / "paper.html").write_text(_dated_page("2025-03-03T09:30:00+00:00", "Battery park plan",
                                                     RELEASE[:2] + ["Local councillors welcomed the news."]),
                                         encoding="utf-8")
    release = Document.from_path(str(tmp_path / "release.html"))
    assert release.date == "2025-03-03T07:00Z"
    assert Document.from_path(str(tmp_path / "paper.html")).date == "2025-03-03T09:30:00Z"
    docs, _ = load_documents([str(tmp_path)])
    edges = {(e["source"], e["target"]): e["direction"] for e in run_corpus(docs).graph["edges"]}
    assert edges == {("release.html", "paper.html"): "dated"}


def _site_page(headline: str, body: str, *, related: bool = False) -> str:
    """A news site's article page: cookie banner, menu, byline with a date, share bars around the body, a box of
    related stories, comments and a footer, as a real site wraps every article."""
    share = ('<div class="share-bar"><span>Share this article</span> <a href="https://facebook.com/sharer">Share on '
             'Facebook</a> <a href="https://twitter.com/intent/tweet">Share on Twitter</a> <a href="mailto:?">Email'
             '</a> <a href="#comments">Comments (23)</a></div>')
    box = ('<aside class="related"><h2>Related stories</h2><ul><li><a href="/n/1">Builder who conned widow out of '
           'her life savings is jailed</a></li><li><a href="/n/2">Judge condemns rogue traders who preyed on elderly '
           'victims</a></li></ul></aside>') if related else ""
    return textwrap.dedent(f"""\
        <!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>{headline} | The Courier</title>
        <meta property="og:site_name" content="The Courier">
        <meta property="article:published_time" content="2025-10-05T06:00:00+00:00"></head><body>
        <div class="cookie-consent"><p>We use cookies to give you the best experience on our website.</p>
        <button>Accept all</button></div>
        <header><nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li>
        <li><a href="/money">Money</a></li></ul></nav></header>
        <main><article><h1>{headline}</h1>
        <div class="byline">By <a rel="author" href="/a/x">Courier Reporter</a> |
        <time datetime="2025-10-05T06:00:00+00:00">2025-10-05</time></div>
        {share}<div class="article-body">{body}{box}</div>{share}</article>
        <section id="comments"><h2>Comments (23)</h2><p>Comments are subject to our community guidelines.</p>
        </section></main><footer><p>&copy; 2025 The Courier. All rights reserved.</p></footer></body></html>
        """)


def test_a_brief_of_one_paragraph_is_its_paragraph_not_its_byline_and_share_bar():
    # A body under 250 characters made trafilatura fall back to the whole article element, flattened into one
    # line: every brief of a site then shared its byline, date and share buttons with every other, and two
    # unrelated court briefs came out "partially derived" with changed "facts" from the bylines' dates.
    cake = _site_page("Teenager jailed for life over birthday stabbing",
                      "<p>Martin Travers, 19, was jailed for life at Wolverhampton Crown Court for stabbing a fellow "
                      "inmate to death on his 17th birthday after being refused cake.</p>")
    clinic = _site_page("Doctor who ran a brothel is jailed",
                        "<p>A doctor who set up a brothel to pay her bills was jailed for three months yesterday.</p>"
                        "<p>Olga Ryan, 31, had nine women working for her, Southwark Crown Court heard.</p>")
    brief = Document.from_html(cake, id="cake")
    assert "Share" not in brief.text and "Courier Reporter" not in brief.text and "2025-10-05" not in brief.text
    assert "was jailed for life at Wolverhampton Crown Court" in brief.text
    assert Document.from_html(clinic, id="clinic").text.count("Crown Court heard.") == 1
    report = compare(Document.from_html(clinic, id="clinic"), brief)
    assert report.summary.verdict == "non-derived"
    assert report.summary.target_derived_share == 0


def test_paragraphs_the_extraction_drops_beside_a_box_of_links_are_put_back_in_place():
    # trafilatura lost every <div class="para"> of a body alternating them with <p> after a related-stories box,
    # and the report called the wire's matching sentences omitted without a word.
    paragraphs = [f"Paragraph {n} of the ruling says the council must repay {n * 100} pounds to the families "
                  f"of the pupils, the judge said." for n in range(1, 11)]
    body = "".join(f"<p>{p}</p>" for p in paragraphs[:4]) + (
        '<aside class="related"><h2>Related articles</h2><ul><li><a href="/r/1">Parents win school places fight'
        '</a></li><li><a href="/r/2">Council criticised over funding cuts</a></li></ul></aside>') + "".join(
        f"<div class='para'>{p}</div>" if n % 2 else f"<p>{p}</p>" for n, p in enumerate(paragraphs[4:]))
    text = Document.from_html(_site_page("Council must repay families", body), id="ruling").text
    found = [text.find(p) for p in paragraphs]
    assert -1 not in found and found == sorted(found)
    assert "Parents win school places fight" not in text and "Share on Facebook" not in text


@pytest.mark.parametrize("html", [
    b"<html><head><title>404</title></head><body><h1>Page not found</h1><p>Sorry, we could not find that page.</p>"
    b"</body></html>",
    _site_page("Page not found", "<p>Sorry, the page you are looking for may have been removed, had its name changed "
               "or is temporarily unavailable.</p><p>Try searching our site or go back to the homepage to find the "
               "latest news, sport and showbiz stories.</p>").encode(),
])
def test_a_saved_page_not_found_page_is_no_article(tmp_path, html):
    # Both were articles of "added" sentences ("Sorry, we could not find that page."), and in a folder run a
    # document (a web-archive researcher's trial).
    path = tmp_path / "gone.html"
    path.write_bytes(html)
    with pytest.raises(InputError) as info:
        Document.from_path(path)
    assert info.value.reason == 'no article text found in HTML (a "page not found" page)'


def test_an_article_about_dead_links_is_an_article():
    body = "".join(f"<p>{p}</p>" for p in [
        "A study of 2 million links found that a quarter of the pages news sites linked to a decade ago are gone.",
        "Researchers at the university followed every link in 90,000 articles published between 2013 and 2023.",
        "Readers who click on them now see an error message saying the page cannot be found, the report said.",
        "Archivists say publishers should save copies of the pages they cite so that readers can check sources.",
        "The authors found that government pages disappeared faster than those of news organisations."])
    doc = Document.from_html(_site_page("Page not found: how the web forgets", body), id="essay")
    assert doc.title == "Page not found: how the web forgets" and "a quarter of the pages" in doc.text


def test_what_the_extraction_leaves_out_of_a_page_is_listed_as_boilerplate():
    # The menus, share bars, related links, comments and footer were left out of every saved page and listed
    # nowhere: "boilerplate": {"target": []} (a web-archive researcher's trial).
    body = "".join(f"<p>{p}</p>" for p in [
        "The council voted on Thursday to fund a night ferry to the islands from next spring, its leader said.",
        "Islanders had campaigned for the service for a decade after the last evening sailing was cut in 2015."])
    page = Document.from_html(_site_page("Night ferry approved", body, related=True), id="page")
    wire = Document.from_text("The council voted on Thursday to fund a night ferry to the islands from next "
                              "spring, its leader said.\n", id="wire")
    listed = compare(wire, page).to_dict()["boilerplate"]["target"]
    assert "We use cookies to give you the best experience on our website." in listed
    assert "Share this article Share on Facebook Share on Twitter Email Comments (23)" in listed
    assert "Builder who conned widow out of her life savings is jailed" in listed
    assert "© 2025 The Courier. All rights reserved." in listed
    assert not any("night ferry to the islands" in line or "campaigned" in line for line in listed)


def test_an_embedded_post_and_a_pull_quote_are_not_the_articles_sentences():
    # A web-archive researcher's trial: an embedded tweet gave a "paraphrased" sentence and an "added" one (its
    # attribution line), and a pull quote counted a copied sentence twice.
    body = ("<p>Two builders were jailed yesterday at Birmingham Crown Court for conning elderly pensioners out of "
            "their savings.</p><p>The judge told them: \"These were despicable offences. You pretended to be "
            "respectable businessmen.\"</p><blockquote class=\"pullquote\"><p>These were despicable offences.</p>"
            "</blockquote><p>Both men had pleaded guilty to conspiring to defraud at an earlier hearing in the "
            "city.</p><blockquote class=\"twitter-tweet\"><p lang=\"en\">Two rogue builders who fleeced pensioners "
            "have been jailed. Well done to everyone who gave evidence.</p>&mdash; West Midlands Police "
            "(@WMPolice) <a href=\"https://twitter.com/x/status/1\">October 4, 2025</a></blockquote><p>They will be "
            "sentenced again if they breach the terms of their release, the court heard.</p>")
    doc = Document.from_html(_site_page("Builders jailed", body), id="page")
    assert doc.text.count("These were despicable offences.") == 1
    assert "Well done to everyone" not in doc.text and "@WMPolice" not in doc.text
    assert "the court heard." in doc.text and "pleaded guilty to conspiring" in doc.text
    assert any("Well done to everyone who gave evidence." in line for line in doc.page_chrome)


def test_a_brief_whose_headline_starts_with_404_is_an_article():
    body = "<p>The RAF's 404 Squadron returned home to Lossiemouth yesterday after six months in Cyprus.</p>"
    doc = Document.from_html(_site_page("404 Squadron returns home", body), id="squadron")
    assert "returned home to Lossiemouth" in doc.text


def _bylined_page(author: str, byline: str = "") -> bytes:
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>Night ferry</title>'
            f'<meta name="author" content="{author}"><meta property="og:site_name" content="The Courier"></head>'
            f"<body><article><h1>Night ferry</h1>{byline}<p>{_POUNDS}</p>"
            "<p>It starts in June, after a three-hour debate in the council chamber.</p>"
            "<p>The operator said the first crossing would leave at midnight.</p></article></body></html>"
            ).encode()


@pytest.mark.parametrize(("author", "byline", "expected"), [
    # A desk and an agency in the page's author field are no part of the name (the credit is the text's).
    ("Paul Peachey; Crime Correspondent; PA News", "", "Paul Peachey"),
    # The Guardian's "Staff and agencies" credit names no one; the byline in the text does.
    ("Staff; Agencies", "<p>By JANE SMITH, Transport Correspondent</p>", "Jane Smith"),
    ("Staff; Agencies", "", None),
])
def test_the_author_of_a_page_is_the_one_its_reports_show(author, byline, expected):
    doc = Document.from_html(_bylined_page(author, byline))
    assert doc.author == expected
    assert compare(doc, doc).to_dict()["target"]["author"] == expected


def test_a_menu_the_extraction_read_in_pieces_is_listed_once(tmp_path):
    # An old table-layout page: the extraction reads the menu's links and bars as lines of their own, which
    # cleaning sets aside; the menu is not listed a second time, whole, as page chrome.
    body = "<br><br>".join([_POUNDS, "It starts in June, after a three-hour debate in the council chamber.",
                            "The operator said the first crossing would leave at midnight on the first Friday."])
    page = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'
            "<title>Night ferry - Daily Courier</title></head><body><table width=\"100%\"><tr><td class=\"nav\">"
            '<a href="/">Home</a> | <a href="/news">News</a> | <a href="/sport">Sport</a></td></tr>'
            '<tr><td><font face="Arial" size="4"><b>Night ferry</b></font><br><font size="2">by JANE SMITH</font>'
            f"<br><br>{body}<br><br><i>\u00a9 Daily Courier, 13 July 1999</i></td></tr>"
            '<tr><td><a href="/email">E-mail this story</a> | <a href="/print">Printer-friendly version</a>'
            "</td></tr></table></body></html>").encode("cp1252")
    doc = Document.from_html(page)
    listed = [*doc.page_chrome, *prepare(doc).boilerplate]
    assert "Home" in listed and "Home | News | Sport" not in listed
    assert "E-mail this story" in listed and "E-mail this story | Printer-friendly version" not in listed
