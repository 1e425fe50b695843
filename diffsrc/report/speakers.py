"""Who a quote finding is shown as spoken by, in words every findings format (text, Markdown, HTML) shares."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

# A speaker no text names.
UNNAMED = "?"


def speaker_changed(quote: Mapping[str, Any]) -> bool:
    """Whether a quote finding is given to another speaker (the report's `speaker_changed`; for a quote dict without
    it, both speakers named and different)."""
    changed = quote.get("speaker_changed")
    if changed is None:
        speaker, source_speaker = quote.get("speaker"), quote.get("source_speaker")
        return bool(speaker and source_speaker and speaker != source_speaker)
    return bool(changed)


def speaker_label(quote: Mapping[str, Any]) -> tuple[str, str]:
    """Who a quote finding is shown as spoken by, and a note naming the source's speaker: one rule for every format.

    The target's speaker is shown (a dropped quote has only the source's). The source's speaker is added as "(the
    source: X)" where it is not the person shown: the quote was given to another speaker, or the target names
    nobody; "(the source: an unnamed speaker)" where the source's tag names no one. Returns (speaker, note); the
    note is "" when there is nothing to add.
    """
    speaker, source_speaker = quote.get("speaker"), quote.get("source_speaker")
    if quote.get("status") == "dropped":
        return str(source_speaker or UNNAMED), ""
    if source_speaker and (speaker_changed(quote) or not speaker):
        return str(speaker or UNNAMED), f"(the source: {source_speaker})"
    if speaker and speaker_changed(quote):
        # words the source gives to a speaker it does not name ('a spokesperson for the group said'), given by name
        return str(speaker), "(the source: an unnamed speaker)"
    return str(speaker or UNNAMED), ""


def speaker_text(quote: Mapping[str, Any]) -> str:
    """`speaker_label` as one line of text."""
    return " ".join(x for x in speaker_label(quote) if x)
