"""A note's own number at the start of its text (`12 AJ, ...`), which is no part of any citation."""

from __future__ import annotations

import re

_SPACES = re.compile(r"\s*")
_AFTER_MARKER = re.compile(r"\s+|\.\s+|\)\s*")


def marker_length(text: str, note_no: str) -> int:
    """Length of the note's own number at its start, with the space, full stop or bracket after it.

    >>> marker_length("12 AJ, 507.", "12"), marker_length("12. AJ", "12"), marker_length("AJ, 12", "12")
    (3, 4, 0)
    """
    if not note_no:
        return 0
    if note_no[0].isspace():  # (never met: the number is read after the white space)
        m = re.match(rf"\s*{re.escape(note_no)}(?:\s+|\.\s+|\)\s*)", text)
        return m.end() if m else 0
    # the number, then a space, a full stop or a bracket: matched without a pattern per number, for a pattern per
    # note number (hundreds in a corpus) pushed the other patterns out of `re`'s cache, to be compiled again
    at = _SPACES.match(text).end()
    after = _AFTER_MARKER.match(text, at + len(note_no)) if text.startswith(note_no, at) else None
    return after.end() if after else 0
