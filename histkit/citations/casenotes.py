"""Signed case notes (French *notes d'arrêt*): doctrine printed under a decision in a law report, cited as an article.

``Cass. civ., 4 juill. 1893, D. 1894.1.201, note H. Berthomieu``: the annotator is the author, the report (``D.``,
``S.``, ``Gaz. Pal.``) the journal, its year the year, its part (``.1.``) the volume, the page the page. The decision
alone (no ``note``) is no reference. The reports and the words for a note are data: ``reference_words.csv``, kinds
``law_report`` and ``case_note``.
"""

from __future__ import annotations

import functools
import re

from .words import UPPER, YEAR, alternation
from ..patterns import compiled


@functools.cache
def _pattern() -> re.Pattern:
    report = alternation("reference_words.csv", "law_report")
    note = alternation("reference_words.csv", "case_note")
    name = rf"(?:[{UPPER}][^\W\d_]?\.(?:-[{UPPER}]\.)?\s*){{1,3}}[{UPPER}][\w'’-]+"
    return compiled(rf"(?:^|,\s*)(?P<report>{report})\s*(?P<year>{YEAR})\s*\.\s*(?P<part>\d+|[IVX]+)\s*\.\s*"
                      rf"(?P<page>\d+)\s*,\s*(?:{note})\s+(?P<author>{name})\s*\.?\s*$")


def case_note(piece: str) -> re.Match | None:
    """Where ``piece`` ends with a report and its annotator (groups ``report``, ``year``, ``part``, ``page``,
    ``author``), else None.

    >>> case_note("Cass. civ., 3 mars 1902, S. 1903.1.17, note P. Lagarde").group("author", "report", "part")
    ('P. Lagarde', 'S.', '1')
    >>> case_note("Cass. civ., 3 mars 1902, S. 1903.1.17") is None
    True
    """
    return _pattern().search(piece.strip())


def read_case_note(text: str, ref: dict) -> bool:
    """Fill ``ref`` from a signed case note (no title: the note has none); False when ``text`` is not one.

    >>> ref = {}
    >>> read_case_note("Cass. req., 2 mai 1911, D. 1912.1.45, note R. Vial", ref), ref["authors"], ref["pages"]
    (True, 'R. Vial', '45')
    """
    found = case_note(text)
    if found is None:
        return False
    ref.update(authors=found.group("author"), title="", container=found.group("report"), year=found.group("year"),
               volume=found.group("part"), pages=found.group("page"))
    return True
