"""A reference that prints its own year before it names a note is no short form of that note's work."""

from __future__ import annotations

import re


def dated_before(raw: str, year: str, at: int) -> bool:
    """Whether ``raw`` prints its reference's ``year`` before ``at`` (where it names a note) with more than brackets
    between them: a full reference whose pages or prose run on to another work's note reference (`Menke, Mutsprünge der
    Reflexion, KJ 52 (2019), 543–548, mit Bezug auf Wiethölter, (Fn. 46)`), not a short form of the note's work; a
    short title holding a year (`Die Revolution von 1848 (Fn. 3)`) is one.

    >>> dated_before("Menke, Mutsprünge, KJ 52 (2019), 543, mit Bezug auf Wiethölter, (Fn. 46)", "2019", 64)
    True
    >>> dated_before("Müller, Die Revolution von 1848 (Fn. 3), 12", "1848", 32), dated_before("Luhmann (Fn. 3)", "", 8)
    (False, False)
    """
    year = year.strip()
    printed = [m.end() for m in re.finditer(rf"(?<!\d){re.escape(year)}(?!\d)", raw[:at])] if year else []
    return bool(printed) and raw[printed[-1]:at].strip(" ,.;:()[]") != ""
