"""Where a rule row's text (``raw``) is printed in its note (`found_at`).

The rules read a note with some of its punctuation read as the punctuation
they know, one character for one: an Armenian full stop typed as a colon
(`…, էջ 12:`) or printed as `։` is read as `.` (the citations stage's
`script_stops`). Such a row's ``raw`` is not in the note as printed; it is
where the two agree but for their punctuation, at the same offsets. Not found
there, an Armenian note's reference seemed to lie nowhere, and the model's
reading of its imprint was added beside it as a reference of its own
(`Երևան, «Սովետական գրող», 1970`).
"""

from __future__ import annotations

import unicodedata


def found_at(text: str, raw: str) -> int:
    """Where ``raw`` stands in ``text``: as printed, else with every punctuation mark alike in both; -1 if nowhere.

    >>> note = "Տե՛ս Գ. Սարգսյան, Գյուղը, Երևան, 1970, էջ 12:"
    >>> found_at(note, "Գ. Սարգսյան, Գյուղը, Երևան, 1970, էջ 12."), found_at(note, "Երևան")
    (5, 26)
    >>> found_at("Smith, Title, 1970.", "Jones, Title, 1970."), found_at("Smith", "")
    (-1, -1)
    """
    if not raw:
        return -1
    at = text.find(raw)
    return at if at >= 0 else _punctuation_alike(text).find(_punctuation_alike(raw))


def _punctuation_alike(text: str) -> str:
    """``text`` with every punctuation mark (Unicode's P categories) as `.`: the same length, so offsets hold."""
    return "".join("." if unicodedata.category(ch)[0] == "P" else ch for ch in text)
