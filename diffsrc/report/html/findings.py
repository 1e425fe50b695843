"""The fact-checker findings of a pair as HTML sections: attribution, quotes, changed facts and reversed meaning, each
linked to its sentences, and the flags that link those sentences back to them. Used by both pair pages (pair.py).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from ...pair.findings.attribution import credited_generically
from ..speakers import speaker_changed, speaker_label
from .page import badge, changed_words, esc, lang_attr, sentence_label
from .words import render_runs, word_runs

# Marks for quote findings, so their status is never told by colour alone either.
QUOTE_MARKS = {"exact": "=", "altered": "≠", "new": "+", "dropped": "−"}
# The pair page's warning of unattributed reuse (its closing link and tag follow), which a corpus run's page replaces
# where the corpus does not count the pair as such (`pair.with_corpus_reading`).
UNATTRIBUTED_WARNING = ('<p class="warning" role="note"><strong><span aria-hidden="true">⚠ </span>Unattributed reuse:'
                        "</strong> a substantial share of the target derives from the source, and the target does not "
                        "credit it.")


# The findings tables' column headings. Each cell carries its heading too (`data-heading`): on a phone the rows are
# stacked, a cell under its heading (style.css), since a five-column table of quotes is 570 px wide at the least and
# its quotes were read a few words a line, cut off at the screen's edge.
QUOTE_HEADINGS = ("Status", "In the source", "Quote in the target", "Speaker", "Sentences")
FACT_HEADINGS = ("Kind", "Source", "Target", "Sentences")


def _table_head(name: str, headings: Sequence[str]) -> str:
    """A findings table's opening: the box it scrolls in should a cell still be too wide (a region named for the
    table, reachable from the keyboard so it can be scrolled without a mouse) and its headings."""
    return (f'<div class="scroll" tabindex="0" role="region" aria-label="{esc(name)} table">'
            '<table class="findings"><thead><tr>'
            + "".join(f'<th scope="col">{esc(h)}</th>' for h in headings) + "</tr></thead><tbody>")


def _row(row_id: str, headings: Sequence[str], *cells: str) -> str:
    """A findings table's row of cells (HTML), each with its column's heading for the stacked phone layout."""
    return (f'<tr id="{row_id}">'
            + "".join(f'<td data-heading="{esc(h)}">{c}</td>' for h, c in zip(headings, cells, strict=True))
            + "</tr>")


class FindingSections:
    """The fact-checker sections of a report (attribution, quotes, facts), when present, with links both ways."""

    def __init__(self, data: Mapping[str, Any], languages: Mapping[str, str | None] | None = None):
        """`data`: the report's `to_dict()`; `languages`: each side's language ("s", "t"), for the `lang` of its
        quoted text (`page.lang_attr`; None: not known)."""
        self.lang = {side: lang_attr((languages or {}).get(side)) for side in ("s", "t")}
        self.attribution = data.get("attribution") if isinstance(data.get("attribution"), Mapping) else None
        self.quotes = [q for q in data.get("quotes") or [] if isinstance(q, Mapping)]
        self.facts = [f for f in data.get("facts") or [] if isinstance(f, Mapping)]
        self.reversals = [r for r in data.get("reversals") or [] if isinstance(r, Mapping)]
        self.overstatements = [o for o in data.get("overstatements") or [] if isinstance(o, Mapping)]
        # The kinds of finding that were looked for and gave nothing (a list, empty): said so, as the terminal does,
        # not left out as if never checked.
        self.none_found = [name for key, name in (("quotes", "quotes"), ("facts", "changed numbers or names"),
                                                  ("reversals", "reversed meaning"),
                                                  ("overstatements", "overstatement"))
                           if isinstance(data.get(key), list) and not data[key]]
        # sentence anchor ("t-6") -> [(finding id, short text)]
        self.by_sentence: dict[str, list[tuple[str, str]]] = {}
        # On a pair page: the alignment row holding a source and a target sentence together, and the first row
        # holding each source sentence (where its `#s-N` anchor is) (`place_rows`).
        self._row_with: dict[tuple[int, int], int] = {}
        self._first_row: dict[int, int] = {}
        for n, q in enumerate(self.quotes):
            status = str(q.get("status", "quote"))
            for prefix, key in (("t", "target_index"), ("s", "source_index"), ("s", "unquoted_source_index")):
                if isinstance(q.get(key), int):
                    self.by_sentence.setdefault(f"{prefix}-{q[key]}", []).append((f"quote-{n}", f"quote {status}"))
        for n, f in enumerate(self.facts):
            kind = str(f.get("kind", "fact"))
            for prefix, key in (("t", "target_index"), ("s", "source_index")):
                if isinstance(f.get(key), int):
                    self.by_sentence.setdefault(f"{prefix}-{f[key]}", []).append((f"fact-{n}", f"{kind} changed"))
        for n, r in enumerate(self.reversals):
            for prefix, key in (("t", "target_index"), ("s", "source_index")):
                if isinstance(r.get(key), int):
                    self.by_sentence.setdefault(f"{prefix}-{r[key]}", []).append((f"reversal-{n}", "meaning reversed"))
        for n, o in enumerate(self.overstatements):
            for prefix, key in (("t", "target_index"), ("s", "source_index")):
                if isinstance(o.get(key), int):
                    self.by_sentence.setdefault(f"{prefix}-{o[key]}", []).append((f"overstatement-{n}", "overstated"))

    def _in(self, side: str, html: str) -> str:
        """Text of one side ("s", "t") marked with its language where that is not the page's own."""
        return f"<span{self.lang[side]}>{html}</span>" if self.lang[side] else html

    def flags(self, prefix: str, index: int, *, links: bool = True) -> str:
        """The findings that point at a sentence, each a link to its finding (plain text where `links` is off:
        a view without the findings section)."""
        items = self.by_sentence.get(f"{prefix}-{index}")
        if not items:
            return ""
        flag = '<a href="#{fid}"><span aria-hidden="true">⚑ </span>{text}</a>' if links else \
            '<span><span aria-hidden="true">⚑ </span>{text}</span>'
        return '<span class="flags">' + "".join(flag.format(fid=fid, text=esc(text)) for fid, text in items) + "</span>"

    def changed(self, prefix: str, index: int) -> bool:
        """Whether a finding says something changed at a sentence (a figure, a name, a quote's wording, a quote
        given to someone else): a verbatim row holding one is a change to go to."""
        return any(text != "quote exact" for _, text in self.by_sentence.get(f"{prefix}-{index}", ()))

    def attribution_banner(self, summary: Mapping[str, Any], *, links: bool = True) -> str:
        more = ' <a href="#findings">See the findings</a>.' if links else ""
        if summary.get("unattributed_reuse") is True:
            return f"{UNATTRIBUTED_WARNING}{more}</p>"
        if self.attribution and self.attribution.get("credited") is True and credited_generically(self.attribution):
            return ('<p class="ok"><strong><span aria-hidden="true">✓ </span>Credited:</strong> the target credits '
                    f"agencies generically, not the source by name.{more}</p>")
        if self.attribution and self.attribution.get("credited") is True:
            return ('<p class="ok"><strong><span aria-hidden="true">✓ </span>Credited:</strong> the target credits '
                    f"the source.{more}</p>")
        return ""

    def place_rows(self, rows: Sequence[tuple[Sequence[int], Sequence[int], str]]) -> None:
        """The pair page's alignment rows ((source indices, target indices, label) in order), so that a finding's
        link to its source sentence goes to the row where it stands beside the finding's target sentence: a source
        sentence drawn on by several rows is anchored at the first, where it may be struck through, beside other
        text."""
        for n, (sources, targets, _) in enumerate(rows):
            for s in sources:
                self._first_row.setdefault(s, n)
                for t in targets:
                    self._row_with.setdefault((s, t), n)

    def _sentence_links(self, finding: Mapping[str, Any]) -> str:
        links = []
        s, t = finding.get("source_index"), finding.get("target_index")
        if isinstance(s, int):
            row = self._row_with.get((s, t)) if isinstance(t, int) else None
            href = f"#row-{row}" if row is not None and row != self._first_row.get(s) else f"#s-{s}"
            links.append(f'<a href="{href}">source {sentence_label("s", s)}</a>')
        if isinstance(t, int):
            links.append(f'<a href="#t-{t}">target {sentence_label("t", t)}</a>')
        return ", ".join(links) or "—"

    @property
    def present(self) -> bool:
        return bool(self.attribution or self.quotes or self.facts or self.reversals or self.overstatements)

    def section(self) -> str:
        if not self.present:
            return ""
        out = ['<h2 id="findings">Findings</h2>']
        if self.attribution:
            a = self.attribution
            credited = a.get("credited")
            state = "credits" if credited else "does not credit"
            credit = a.get("source_credit")
            out.append("<h3>Attribution</h3>")
            if credited and credited_generically(a):
                out.append("<p>The target <strong>credits agencies generically</strong>, not the source"
                           f"{' (' + esc(credit) + ')' if credit else ''} by name.</p>")
            else:
                out.append(f"<p>The target <strong>{state}</strong> the source"
                           f"{' (' + esc(credit) + ')' if credit else ''}.</p>")
            mentions = [m for m in a.get("mentions") or [] if m]
            if mentions:
                out.append("<p>Credit lines in the target: "
                           + ", ".join(self._in("t", f"“{esc(m)}”") for m in mentions) + ".</p>")
        if self.quotes:
            out.append("<h3>Quotes</h3>")
            # The source on the left and the target on the right, as in the alignment below.
            out.append(_table_head("Quotes", QUOTE_HEADINGS))
            for n, q in enumerate(self.quotes):
                out.append(self._quote_row(n, q))
            out.append("</tbody></table></div>")
        if self.facts:
            out.append("<h3>Changed numbers and names</h3>")
            out.append(_table_head("Changed numbers and names", FACT_HEADINGS))
            for n, f in enumerate(self.facts):
                out.append(_row(f"fact-{n}", FACT_HEADINGS, esc(f.get("kind")),
                                changed_words("del", esc(f.get("source")), self.lang["s"]),
                                changed_words("ins", esc(f.get("target")), self.lang["t"]), self._sentence_links(f)))
            out.append("</tbody></table></div>")
        out += self._edit_section(
            "Reversed meaning", "reversal", self.reversals,
            "An opposite word or a negation put in or taken out, in text the two share otherwise: a rewrite that "
            "turned the fact round, or the other side's claim reported. Read both.")
        out += self._edit_section(
            "Overstatement", "overstatement", self.overstatements,
            "A hedge taken out (\u201cmay reduce\u201d made \u201creduces\u201d), an association made a cause "
            "(\u201cwas linked to\u201d made \u201ccaused\u201d), or a finding in animals or cells reported "
            "without saying so, in text the two share otherwise: the target claims more than its source. Read both.")
        if self.none_found:
            out.append(f'<p class="muted">Looked for, none found: {esc(", ".join(self.none_found))}.</p>')
        return "\n".join(out)

    def _edit_section(self, title: str, anchor: str, items: Sequence[Mapping[str, Any]], intro: str) -> list[str]:
        """A table of edits the two texts otherwise share (reversals, overstatements): the kind, the source's words,
        the target's in bold, the sentences; nothing when there are none."""
        if not items:
            return []
        out = [f"<h3>{title}</h3>", f"<p>{intro}</p>", _table_head(title, FACT_HEADINGS)]
        for n, item in enumerate(items):
            kind = esc(item.get("kind"))
            if item.get("legal"):  # a court finding: what changed in law, in plain words
                kind += f'<br><span class="muted">{esc(item["legal"])}</span>'
            out.append(_row(f"{anchor}-{n}", FACT_HEADINGS, kind,
                            self._in("s", esc(item.get("source"))),
                            f'<strong{self.lang["t"]}>{esc(item.get("target"))}</strong>', self._sentence_links(item)))
        out.append("</tbody></table></div>")
        return out

    def _quote_row(self, n: int, q: Mapping[str, Any]) -> str:
        status = str(q.get("status", ""))
        text, source_text = q.get("text"), q.get("source_text")
        if status == "altered" and text and source_text:
            (src_runs,), (tgt_runs,) = word_runs(q.get("diff"), [str(source_text)], [str(text)])
            target_html = self._in("t", f"“{render_runs(tgt_runs, self.lang['t'])}”")
            source_html = self._in("s", f"“{render_runs(src_runs, self.lang['s'])}”")
        elif status == "dropped":
            target_html = '<span class="none">(not in the target)</span>'
            source_html = self._in("s", f"“{esc(source_text or text)}”")
        else:
            target_html = self._in("t", f"“{esc(text)}”")
            source_html = (self._in("s", f"“{esc(source_text)}”") if source_text
                           else '<span class="none">(not quoted)</span>')
        if isinstance(q.get("unquoted_source_index"), int):
            i = q["unquoted_source_index"]
            source_html = (f'<span class="none">not quoted;</span> the words are in <a href="#s-{i}">source '
                           f'{sentence_label("s", i)}</a> '
                           "without quote marks")
        # The same words as the text and Markdown findings (`speaker_label`); a changed speaker is marked.
        speaker, note = speaker_label(q)
        speaker_html = esc(speaker)
        if speaker_changed(q) and status != "dropped":
            speaker_html = f'<strong><span aria-hidden="true">⚠ </span>{speaker_html}</strong>'
        if note:
            speaker_html += f" {esc(note)}"
        if q.get("said_to"):
            speaker_html += f" (given as said to {esc(q['said_to'])}; the source does not say so)"
        return _row(f"quote-{n}", QUOTE_HEADINGS, badge(status, QUOTE_MARKS), source_html, target_html, speaker_html,
                    self._sentence_links(q))

    def alignment_quote_row(self, n: int, q: Mapping[str, Any], label: str) -> str:
        """An altered quote as a row of the alignment table, under the row of its sentences: the whole source quote
        beside the whole target quote, each speaker with their words, the word diff marked. `label` is the label
        of the row above, so that the filters show and hide the two together.
        """
        source_text, text = str(q.get("source_text") or ""), str(q.get("text") or "")
        (src_runs,), (tgt_runs,) = word_runs(q.get("diff"), [source_text], [text])
        cells = []
        sides = (("Source", q.get("source_speaker"), src_runs, self.lang["s"]),
                 ("Target", q.get("speaker"), tgt_runs, self.lang["t"]))
        for side, speaker, runs, lang in sides:
            who = f'<span class="speaker">{esc(speaker)}:</span> ' if speaker else ""
            cells.append(f'<td class="text" data-side="{side} quote"><p class="quote"{lang}>{who}'
                         f"“{render_runs(runs, lang)}”</p></td>")
        link = f'<a href="#quote-{n}">{badge("altered", QUOTE_MARKS, "altered quote")}</a>'
        return (f'<tr class="quote-row" data-label="{esc(label)}" data-quote="quote-{n}">{cells[0]}'
                f'<td class="label">{link}</td>{cells[1]}</tr>')



