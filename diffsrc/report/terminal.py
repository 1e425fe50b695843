"""Text as a terminal shows it: how many columns a string takes, wrapping and shortening to a width, and a grid
of wrapped cells whose borders line up.

A terminal gives East Asian wide and fullwidth characters (CJK, most emoji) two columns and combining marks none,
so `len()` is the wrong measure for padding a table. The width of a character here is Unicode's East Asian Width
(W and F take two columns), zero for combining marks, format characters and Hangul medial vowels and final
consonants, and one for everything else: the rule of the C library's `wcwidth`, with the standard library's
`unicodedata` and no dependency. Terminals disagree on emoji sequences joined by ZERO WIDTH JOINER (a family
emoji may take two columns or six); those are measured part by part.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from functools import lru_cache

from .. import rx

ELLIPSIS = "…"
# Control characters would move the cursor or recolour the terminal; bidi embeddings and overrides would reorder
# the columns of a row. Tabs would jump to the next tab stop. None of them is drawn inside a cell.
_UNSAFE = rx.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_WORDS = rx.compile(r"(\s*)(\S+)")
# Closing punctuation that CJK typesetting never puts at the start of a line.
_NO_LINE_START = frozenset("、。，．・：；？！）」』】〕〉》’”.,;:!?)]}")


@lru_cache(maxsize=4096)
def char_width(char: str) -> int:
    """The columns one character takes in a terminal: 0, 1 or 2."""
    if char == "\u00ad":  # soft hyphen: drawn as a hyphen by terminals
        return 1
    if unicodedata.combining(char) or unicodedata.category(char) in ("Mn", "Me", "Cf") or (
            "\u1160" <= char <= "\u11ff"):
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def display_width(text: str) -> int:
    """The columns `text` (one line) takes in a terminal."""
    if text.isascii():
        return len(text)
    return sum(char_width(c) for c in text)


def terminal_safe(text: str) -> str:
    """`text` with tabs as spaces and control characters that could move the cursor replaced by U+FFFD."""
    return _UNSAFE.sub("\ufffd", text.replace("\t", " ").replace("\r", ""))


def wrap(text: str, width: int, rest_width: int | None = None) -> list[str]:
    """`text` broken into lines of at most `width` columns (`rest_width` for the lines after the first).

    Lines break at spaces where they can (the spaces between words on a line are kept as they are) and anywhere in
    a word too long for a line: CJK text, which has no spaces, breaks between any two characters. A character of
    no width (a combining accent) stays with the one before it. Newlines in `text` are kept.
    """
    first_width = max(2, width)  # room for one wide character
    later_width = max(2, rest_width if rest_width is not None else width)
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line, used = "", 0
        for gap_text, word in _WORDS.findall(paragraph):
            room = first_width if not lines else later_width
            w = display_width(word)
            gap = display_width(gap_text) if line else 0
            if used + gap + w <= room:
                line, used = (line + gap_text + word, used + gap + w) if line else (word, w)
                continue
            if line and w <= later_width:
                lines.append(line)
                line, used = word, w
                continue
            # A word too long for any line: its start fills this line, the rest goes on to the next ones.
            if line and used + 1 < room:
                line, used = line + " ", used + 1
            elif line:
                lines.append(line)
                line, used = "", 0
            for char in word:
                cw = char_width(char)
                if line and used + cw > (first_width if not lines else later_width):
                    carried = ""
                    # A closing mark (。、」) never starts a line: the character before it goes down with it.
                    if char in _NO_LINE_START and len(line.rstrip()) > 1:
                        line, carried = line.rstrip()[:-1], line.rstrip()[-1]
                    lines.append(line.rstrip())
                    line, used = carried, display_width(carried)
                line, used = line + char, used + cw
        lines.append(line)
    return lines


def shorten(text: str, width: int) -> str:
    """`text` cut in the middle to at most `width` columns, keeping its start and its end ("001_72d…1.txt"), so
    that a file name keeps both what tells it apart at the front and its extension.
    """
    if display_width(text) <= width:
        return text
    if width < 2:
        return ELLIPSIS[:width]
    room = width - 1
    head_room = (room + 1) // 2
    head, used = "", 0
    for char in text:
        if used + char_width(char) > head_room:
            break
        head, used = head + char, used + char_width(char)
    tail, tail_used = "", 0
    for char in reversed(text[len(head):]):
        if used + tail_used + char_width(char) > room:
            break
        tail, tail_used = char + tail, tail_used + char_width(char)
    return head + ELLIPSIS + tail


def pad(text: str, width: int) -> str:
    """`text` followed by spaces up to `width` columns."""
    return text + " " * max(0, width - display_width(text))


def grid(rows: Sequence[Sequence[str]], headers: Sequence[str], widths: Sequence[int]) -> str:
    """A table with box-drawing borders: each cell wrapped to its column's width, every row ruled off.

    Args:
        rows: the cells, as text (newlines start a new line inside a cell).
        headers: one heading per column, kept to one line (shorten it first if it may be too wide).
        widths: each column's width in terminal columns, without the padding; the table is
            `sum(widths) + 3 * len(widths) + 1` columns wide.
    """

    def rule(left: str, middle: str, right: str) -> str:
        return left + middle.join("─" * (w + 2) for w in widths) + right

    def lines_of(cells: Sequence[str]) -> list[str]:
        wrapped = [wrap(terminal_safe(cell), w) for cell, w in zip(cells, widths, strict=True)]
        height = max(len(c) for c in wrapped)
        out = []
        for i in range(height):
            parts = [pad(c[i] if i < len(c) else "", w) for c, w in zip(wrapped, widths, strict=True)]
            out.append("│ " + " │ ".join(parts) + " │")
        return out

    out = [rule("┌", "┬", "┐")]
    out.append("│ " + " │ ".join(pad(terminal_safe(h), w) for h, w in zip(headers, widths, strict=True)) + " │")
    for row in rows:
        out.append(rule("├", "┼", "┤"))
        out.extend(lines_of(row))
    out.append(rule("└", "┴", "┘"))
    return "\n".join(out)
