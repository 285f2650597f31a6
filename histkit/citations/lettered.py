"""A signature of letter codes parted by slashes: ``HL/PO/JO/10/10/412``, ``CLC/B/012/MS11937/4``, ``DD/WY/4512``.

Record offices write a series as letter codes and numbers joined by slashes, the file's number last
(``SA/FPA/A5/12``). Cited alone, such a signature is the series up to its last slash and the file after it (rounds
10–15 of the blind fixtures); followed by a box or an item (``CA/IR/1/5, box 31, item 41``) it is the fond whole and
those name the file. Signatures that open with a code and a number (``FO 371/1``, ``SL1/1/45``) are
`holdings._CODE_PIECE`'s, cut at their first slash as the older rounds read them.
"""

from __future__ import annotations

import re

from ..patterns import compiled

# two letter codes at least (`HL/PO`, `DD/WY`, `CLC/B`, Jersey's `D/Y/A/12/45`), the second perhaps a province's name
# (Kenya's `PC/Coast/1/12/45`, `PC/Central/2/1/4`), or a class in Roman figures and its dotted subject number (the
# Mexican defence ministry's `XI/481.3/1234`), more parts, then the file's part after the last slash
_LETTERED = compiled(r"^(?P<fond>(?:[A-Z]{1,4}/(?:[A-Z]{1,4}|[A-Z][a-z]{2,11})|[IVXLC]{1,6}/\d+(?:\.\d+)+)(?:/[A-Za-z\d.]+)*?)"
                     r"/(?P<unit>[A-Za-z\d.]*\d[A-Za-z\d.]*)$")


def lettered_signature(token: str, units_follow: bool) -> re.Match | None:
    """The series (group ``fond``) and file (``unit``) of a lettered signature cited alone; None when other units
    follow it (``units_follow``) or it is no such signature.

    >>> found = lettered_signature("HL/PO/JO/10/10/412", False)
    >>> found.group("fond"), found.group("unit")
    ('HL/PO/JO/10/10', '412')
    >>> lettered_signature("PC/Coast/1/12/45", False).group("fond")
    'PC/Coast/1/12'
    >>> lettered_signature("XI/481.3/1234", False).group("fond")
    'XI/481.3'
    >>> lettered_signature("CA/IR/1/5", True), lettered_signature("FO 371/1", False)
    (None, None)
    """
    return None if units_follow else _LETTERED.match(token)
