"""The fact-checker's view of a report: attribution, changed quotes and facts, reversed meaning, overstatement, in
terminal text, Markdown, CSV or JSON.

Everything here reads the report's dict keys (`attribution`, `quotes`, `facts`, `reversals`, `overstatements`,
`summary.unattributed_reuse`, `alignments[].diff`, `notes`); nothing is computed that the report does not hold.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..pair.compare import CORRECTION_NOTE_OPENING
from ..pair.findings.attribution import credited_generically
from ..pair.findings.diff import space_between
from ..pair.model import PairReport
from ..wording import plural
from .speakers import speaker_changed, speaker_text
from .text import derived_share_phrase

_STATUS_MARKS = {"exact": "=", "altered": "~", "new": "+", "dropped": "-"}
# Words shown either side of a changed value, in each side's sentence: "number S9 59 -> T17 58" alone does not say
# whose figure changed, and `--findings` prints no sentence (METER: a list of fifteen patients and their ages, two
# ages changed, read "59 -> 58" and "65 -> 64"). Three words before reach back past a name and its comma.
CONTEXT_WORDS_BEFORE = 3
CONTEXT_WORDS_AFTER = 2


def fact_in_context(sentence: str, surface: str) -> str:
    """A changed value as its sentence writes it, with the few words around it ("...Jean Lilley, 59, Muriel
    Grimshaw..."), "..." where the sentence goes on; the value alone when the sentence does not hold it as written."""
    at = sentence.find(surface) if surface else -1
    # Not inside a longer figure or word: "59" in "1959" or "159" is another value.
    while at >= 0 and ((at > 0 and sentence[at - 1].isalnum())
                       or sentence[at + len(surface):at + len(surface) + 1].isalnum()):
        at = sentence.find(surface, at + 1)
    if at < 0:
        return surface
    before = sentence[:at].split(" ")
    after = sentence[at + len(surface):].split(" ")
    # The first piece before and after touch the value ("£", "59,"): they are not counted as words.
    shown_before = before[-CONTEXT_WORDS_BEFORE - 1:]
    shown_after = after[:CONTEXT_WORDS_AFTER + 1]
    return ("..." if len(before) > len(shown_before) else "") + " ".join(shown_before) + surface + " ".join(
        shown_after) + ("..." if len(after) > len(shown_after) else "")


def _sentence_text(d: Mapping[str, Any], side: str, index: int | None) -> str:
    sentences = d[f"{side}_sentences"]
    return str(sentences[index]["text"]) if index is not None and 0 <= index < len(sentences) else ""


def fact_contexts(d: Mapping[str, Any], fact: Mapping[str, Any]) -> tuple[str, str]:
    """A fact's source and target values, each in the words around it in its sentence (`fact_in_context`)."""
    return (fact_in_context(_sentence_text(d, "source", fact.get("source_index")), str(fact["source"])),
            fact_in_context(_sentence_text(d, "target", fact.get("target_index")), str(fact["target"])))
def is_quote_finding(quote: dict[str, Any]) -> bool:
    """A quote worth a fact-checker's look: reworded, new, dropped, given to another speaker, or given as said to
    the paper when the source's tag says no such thing (`said_to`)."""
    return quote["status"] != "exact" or bool(quote.get("speaker_changed")) or bool(quote.get("said_to"))


def correction_notes(report: PairReport) -> list[str]:
    """The report's notes on the correction notices either side carries ("Eds: CORRECTS ... to about 130, not
    300"): the findings' views show them beside the changed facts, the wire's word that a figure was corrected."""
    return [note for note in report.notes if note.startswith(CORRECTION_NOTE_OPENING)]


def other_notes(report: PairReport) -> list[str]:
    """The report's notes that are not on a correction notice (`correction_notes`), in the report's order."""
    return [note for note in report.notes if not note.startswith(CORRECTION_NOTE_OPENING)]


def findings_dict(report: PairReport) -> dict[str, Any]:
    """Only the findings of a report (`diffsrc compare --findings --format json`).

    Quotes carried exactly by the same speaker are left out; everything else is as in the full report.
    """
    d = report.to_dict()
    return {
        "schema": "diffsrc.findings/1",
        "source": d["source"]["id"],
        "target": d["target"]["id"],
        "unattributed_reuse": d["summary"].get("unattributed_reuse", False),
        "attribution": d.get("attribution"),
        "quotes": [q for q in d.get("quotes", []) if is_quote_finding(q)],
        # Each changed value with the words around it (`fact_contexts`), as the terminal and Markdown views show
        # it: "59 -> 58" alone does not say whose figure it is, and the findings carry no sentence.
        "facts": [{**f, **dict(zip(("source_words", "target_words"), fact_contexts(d, f), strict=True))}
                  for f in d.get("facts", [])],
        "reversals": d.get("reversals", []),
        "overstatements": d.get("overstatements", []),
        # The pair report's notes, key and shape as there: a correction notice ("Eds: CORRECTS ... to about 130,
        # not 300"), a press release's boilerplate printed verbatim, a work bound hit. Every other findings format
        # showed them and the JSON did not, so a fact-checker's pipeline reading it never saw the wire's word
        # that a figure was corrected.
        "notes": d.get("notes", []),
    }


def inline_diff(script: list[dict[str, Any]] | None, *, markdown: bool = False) -> str:
    """An edit script as one line: `[-deleted-]{+inserted+}` (git's word-diff marks), or ~~del~~ **ins** in Markdown."""
    if not script:
        return ""
    parts: list[tuple[str, str]] = []  # (the words, as shown)
    for e in script:
        if e["op"] == "equal":
            parts.append((e["source"], e["source"] if not markdown else _md(e["target"])))
            continue
        if e["source"]:
            parts.append((e["source"], f"~~{_md(e['source'])}~~" if markdown else f"[-{e['source']}-]"))
        if e["target"]:
            parts.append((e["target"], f"**{_md(e['target'])}**" if markdown else f"{{+{e['target']}+}}"))
    return _joined(parts)


def _joined(parts: list[tuple[str, str]]) -> str:
    """Marked runs joined by spaces, except where the words on both sides are Chinese or Japanese characters."""
    out = [parts[0][1]] if parts else []
    for (before, _), (words, shown) in zip(parts, parts[1:], strict=False):
        out += (space_between(before, words), shown)
    return "".join(out)


def side_diffs(quote: Mapping[str, Any], *, markdown: bool = False) -> tuple[str, str]:
    """An altered quote's source and target text, each with its own side of the word diff marked: the source's
    deleted words as `[-words-]` (~~words~~ in Markdown), the target's inserted ones as `{+words+}` (**words**).
    """
    script = quote.get("diff")
    if not script:
        source, target = str(quote.get("source_text") or ""), str(quote.get("text") or "")
        return (_md(source), _md(target)) if markdown else (source, target)
    source_parts: list[tuple[str, str]] = []
    target_parts: list[tuple[str, str]] = []
    for e in script:
        src, tgt = (_md(e["source"]), _md(e["target"])) if markdown else (e["source"], e["target"])
        if e["op"] == "equal":
            source_parts.append((e["source"], src))
            target_parts.append((e["target"], tgt))
            continue
        if src:
            source_parts.append((e["source"], f"~~{src}~~" if markdown else f"[-{src}-]"))
        if tgt:
            target_parts.append((e["target"], f"**{tgt}**" if markdown else f"{{+{tgt}+}}"))
    return _joined(source_parts), _joined(target_parts)


def quote_cells(quote: Mapping[str, Any], *, markdown: bool = False) -> tuple[str, str]:
    """The source and target cells of an altered quote's side-by-side row: speaker and quote, the diff marked."""
    source, target = side_diffs(quote, markdown=markdown)
    esc = _md if markdown else str
    source_speaker, speaker = quote.get("source_speaker"), quote.get("speaker")
    return (f"{esc(source_speaker) + ': ' if source_speaker else ''}“{source}”",
            f"{esc(speaker) + ': ' if speaker else ''}“{target}”")


def _md(text: str) -> str:
    return (text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ").replace("<", "&lt;")
            .replace("*", "\\*").replace("~", "\\~"))


def _at(prefix: str, index: int | None) -> str:
    return f"{prefix}{index}" if index is not None else f"{prefix}?"


def _quote_counts(quotes: list[dict[str, Any]]) -> str:
    counts = {s: sum(1 for q in quotes if q["status"] == s) for s in _STATUS_MARKS}
    moved = sum(1 for q in quotes if q.get("speaker_changed"))
    return (f"{counts['exact']} exact, {counts['altered']} altered, {counts['new']} new, {counts['dropped']} dropped, "
            f"{moved} given to another speaker")


def _share(d: dict[str, Any]) -> str:
    return derived_share_phrase(d["summary"]["verdict"], d["summary"]["target_derived_share"])


def _attribution_line(d: dict[str, Any]) -> str:
    a = d.get("attribution") or {}
    credit = a.get("source_credit")
    mentions = "; ".join(a.get("mentions", [])) or "no credit lines"
    if a.get("credited") and credited_generically(a):
        return f"credits agencies generically, not the source ({credit}) by name: {mentions}"
    if a.get("credited"):
        # Credited with no credit line: the target's own byline or credit names the source (PA's own copy). A press
        # release states no credit, and is credited by a disclosure ("said in a statement"): no "(None)" then.
        named = f" ({credit})" if credit else (" (a press release)" if "press release" in a.get("credits", [])
                                                else "")
        return f"credits the source{named}: " + ("; ".join(a.get("mentions", [])) or
                                                 "its own byline or credit names the source")
    if credit:
        return f"does not credit the source ({credit}); credits found: {mentions}"
    return f"the source states no credit or outlet; credits found: {mentions}"


# Dropped quotes listed in the terminal: a brief against a long wire story drops dozens (65 for a three-sentence
# brief in a trial), which buried the quotes that changed; the count says how many, JSON and Markdown list all.
DROPPED_SHOWN = 10


def render_text(report: PairReport, *, other_notes_shown: bool = True) -> str:
    """The findings as terminal text (`diffsrc compare --findings`); `other_notes_shown=False` leaves out the notes
    that are not on a correction notice (the table prints every note above its findings' block)."""
    d = report.to_dict()
    quotes = d.get("quotes", [])
    facts = d.get("facts", [])
    reuse = d["summary"].get("unattributed_reuse", False)
    lines = [
        f"Findings: {d['target']['id']} against {d['source']['id']}",
        f"  unattributed reuse: {'YES' if reuse else 'no'} ({_share(d)})",
        f"  attribution: {_attribution_line(d)}",
        f"  quotes: {_quote_counts(quotes)}",
    ]
    dropped = 0
    for q in quotes:
        if not is_quote_finding(q):
            continue
        mark = _STATUS_MARKS[q["status"]]
        if q["status"] == "dropped":
            dropped += 1
            if dropped <= DROPPED_SHOWN:
                lines.append(f"    {mark} dropped  {_at('S', q['source_index'])}  {speaker_text(q)}: \"{q['text']}\"")
            elif dropped == DROPPED_SHOWN + 1:
                more = sum(1 for other in quotes if other["status"] == "dropped") - DROPPED_SHOWN
                lines.append(f"    ... and {plural(more, 'more dropped quote')} (--format json or markdown lists "
                             "every one)")
            continue
        where = _at("T", q["target_index"])
        if q["status"] != "new":
            where += f" <- {_at('S', q['source_index'])}"
        lines.append(f"    {mark} {q['status']:<8} {where}  {speaker_text(q)}: \"{q['text']}\"")
        if speaker_changed(q):
            lines.append("        ! given to another speaker")
        if q.get("said_to"):
            lines.append(f"        ! given as said to {q['said_to']}; the source does not say so")
        if q["status"] == "altered":
            lines.append(f"        source: \"{q['source_text']}\"")
            lines.append(f"        changes: {inline_diff(q.get('diff'))}")
        if q["status"] == "new" and q.get("unquoted_source_index") is not None:
            lines.append(f"        the source says this without quote marks in S{q['unquoted_source_index']}")
    lines.append(f"  changed facts: {len(facts) or 'none'}")
    for f in facts:
        lines.append(f"    {f['kind']:<8} S{f['source_index']} {f['source']!s} -> T{f['target_index']} {f['target']!s}")
        source_words, target_words = fact_contexts(d, f)
        if (source_words, target_words) != (str(f["source"]), str(f["target"])):
            lines.append(f"        \"{source_words}\" -> \"{target_words}\"")
    lines.extend(f"    note: {note}" for note in correction_notes(report))
    reversals = d.get("reversals", [])
    lines.append(f"  reversed meaning: {len(reversals) or 'none'}")
    for r in reversals:
        lines.append(f"    {r['kind']:<8} S{r['source_index']} \"{r['source']}\" -> "
                     f"T{r['target_index']} \"{r['target']}\"")
        if r.get("legal"):  # a court finding says what changed in law, in plain words (the kind is the reading's)
            lines.append(f"        {r['legal']}")
    overstatements = d.get("overstatements", [])
    lines.append(f"  overstatement: {len(overstatements) or 'none'}")
    for o in overstatements:
        lines.append(f"    {o['kind']:<8} S{o['source_index']} \"{o['source']}\" -> "
                     f"T{o['target_index']} \"{o['target']}\"")
        if o.get("legal"):
            lines.append(f"        {o['legal']}")
    # The report's other notes (a release's notes to editors printed verbatim, a work bound, a sentence pair's
    # verdict), as the JSON, Markdown, CSV and HTML findings carry them: the correction notices are above.
    if other_notes_shown:
        lines.extend(f"  note: {note}" for note in other_notes(report))
    return "\n".join(lines) + "\n"


def _kind(item: dict[str, Any]) -> str:
    """A reversal's or an overstatement's kind, with its `legal` note where a court rule gave one."""
    return f"{item['kind']}: {_md(item['legal'])}" if item.get("legal") else str(item["kind"])


def render_markdown(report: PairReport, *, level: int = 2) -> list[str]:
    """The findings as Markdown lines (a section of the Markdown report, or all of `--findings --format markdown`)."""
    d = report.to_dict()
    h = "#" * level
    quotes = d.get("quotes", [])
    facts = d.get("facts", [])
    reuse = d["summary"].get("unattributed_reuse", False)
    lines = [
        f"{h} Findings",
        "",
        f"- **Unattributed reuse: {'yes' if reuse else 'no'}** ({_share(d)})",
        f"- Attribution: {_md(_attribution_line(d))}",
        f"- Quotes: {_quote_counts(quotes)}",
        f"- Changed facts: {len(facts)}",
        f"- Reversed meaning: {len(d.get('reversals', []))}",
        f"- Overstatement: {len(d.get('overstatements', []))}",
    ]
    shown = [q for q in quotes if is_quote_finding(q)]
    if shown:
        lines += ["", f"{h}# Quotes", "", "| status | T# | S# | speaker | quote | source quote / changes |",
                  "|---|---|---|---|---|---|"]
        for q in shown:
            status = q["status"] + (" (speaker changed)" if speaker_changed(q) else "")
            status += f" (given as said to {q['said_to']})" if q.get("said_to") else ""
            speaker = speaker_text(q)
            other = inline_diff(q.get("diff"), markdown=True) if q["status"] == "altered" else ""
            if q["status"] == "exact":
                other = _md(q["source_text"] or "")
            if q["status"] == "new" and q.get("unquoted_source_index") is not None:
                other = f"unquoted in the source, S{q['unquoted_source_index']}"
            t = "" if q["target_index"] is None else q["target_index"]
            s = "" if q["source_index"] is None else q["source_index"]
            lines.append(f"| {status} | {t} | {s} | {_md(speaker)} | {_md(q['text'])} | {other} |")
    if facts:
        lines += ["", f"{h}# Changed facts", "", "| kind | S# | source | T# | target | in the source | in the target |",
                  "|---|---|---|---|---|---|---|"]
        for f in facts:
            source_words, target_words = fact_contexts(d, f)
            lines.append(f"| {f['kind']} | {f['source_index']} | {_md(f['source'])} | {f['target_index']} "
                         f"| {_md(f['target'])} | {_md(source_words)} | {_md(target_words)} |")
    if d.get("reversals"):
        lines += ["", f"{h}# Reversed meaning", "", "| kind | S# | source | T# | target |", "|---|---|---|---|---|"]
        for r in d["reversals"]:
            lines.append(f"| {_kind(r)} | {r['source_index']} | {_md(r['source'])} | {r['target_index']} "
                         f"| {_md(r['target'])} |")
    if d.get("overstatements"):
        lines += ["", f"{h}# Overstatement", "", "| kind | S# | source | T# | target |", "|---|---|---|---|---|"]
        for o in d["overstatements"]:
            lines.append(f"| {_kind(o)} | {o['source_index']} | {_md(o['source'])} | {o['target_index']} "
                         f"| {_md(o['target'])} |")
    return lines


def render_word_changes(report: PairReport, *, level: int = 2) -> list[str]:
    """Markdown: each alignment's word-level changes inline (~~deleted~~ **inserted**): every paraphrased one, and
    every verbatim one whose copy is not word for word (a verbatim sentence may change a fifth of its words)."""
    d = report.to_dict()
    rows = [a for a in d["alignments"] if a.get("diff")
            and (a["label"] == "paraphrased" or any(e["op"] != "equal" for e in a["diff"]))]
    if not rows:
        return []
    lines = ["#" * level + " Word-level changes", ""]
    for a in rows:
        src = ",".join(str(i) for i in a["source"])
        tgt = ",".join(str(i) for i in a["target"])
        lines.append(f"- S{src} → T{tgt}: {inline_diff(a['diff'], markdown=True)}")
    return lines


def render_csv(report: PairReport) -> str:
    """One row per finding (`--findings --format csv`): kind, status, indices, source and target text."""
    import csv
    import io

    d = findings_dict(report)
    out = io.StringIO()
    # The last two columns, a changed fact's values in the words around them (`fact_contexts`), were added after
    # the others: a reader by column name is unaffected.
    header = ["source_id", "target_id", "finding", "status", "source_index", "target_index", "source", "target",
              "speaker", "source_speaker", "source_words", "target_words"]
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)

    def write(row: list[Any]) -> None:
        """A row as wide as the header (only a fact's row fills the last two columns)."""
        writer.writerow(row + [""] * (len(header) - len(row)))

    base = [d["source"], d["target"]]
    if d["unattributed_reuse"]:
        credit = (d["attribution"] or {}).get("source_credit") or ""
        write(base + ["unattributed_reuse", "yes", "", "", credit, "", "", ""])
    for q in d["quotes"]:
        status = q["status"] + ("+speaker_changed" if q.get("speaker_changed") else "")
        write(base + ["quote", status, q["source_index"], q["target_index"], q["source_text"] or "",
                      q["text"] if q["status"] != "dropped" else "", q["speaker"] or "", q["source_speaker"] or ""])
    for f in d["facts"]:
        write(base + ["fact", f["kind"], f["source_index"], f["target_index"], f["source"], f["target"], "", "",
                      f["source_words"], f["target_words"]])
    for r in d["reversals"]:
        write(base + ["reversal", r["kind"], r["source_index"], r["target_index"], r["source"], r["target"]])
    for o in d["overstatements"]:
        write(base + ["overstatement", o["kind"], o["source_index"], o["target_index"], o["source"], o["target"]])
    # The report's notes, one row each, the note in `target` (what the reader is told): a correction notice
    # ("Eds: CORRECTS ..."), which every other findings format shows, was in no row.
    for note in d["notes"]:
        status = "correction" if note.startswith(CORRECTION_NOTE_OPENING) else ""
        write(base + ["note", status, "", "", "", note, "", ""])
    return out.getvalue()


def render(report: PairReport, fmt: str) -> str:
    """Only the findings, in one of the pair formats (`table` gives the terminal text, `html` a findings page)."""
    if fmt == "json":
        from .json import dumps

        return dumps(findings_dict(report))
    if fmt == "markdown":
        # Every note of the report, as the JSON and HTML findings carry them (the full report lists them above
        # its findings' section): only the correction notices were shown, not a release printed verbatim.
        notes = [f"- Note: {_md(note)}" for note in report.notes]
        return "\n".join([f"# {report.target.id} against {report.source.id}", "", *render_markdown(report),
                          *([""] + notes if notes else [])]) + "\n"
    if fmt == "csv":
        return render_csv(report)
    if fmt == "html":
        # A page of only the findings, then the sentences they point at (each finding links to its sentence).
        from .html import render_findings_page

        return render_findings_page(report)
    if fmt == "table":
        return render_text(report)
    raise ValueError(f"unknown findings format {fmt!r}")
