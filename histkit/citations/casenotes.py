"""Signed case notes (French *notes d'arrêt*): doctrine printed under a decision in a law report, cited as an article.

``Cass. civ., 4 juill. 1893, D. 1894.1.201, note H. Berthomieu``: the annotator is the author, the report (``D.``,
``S.``, ``Gaz. Pal.``) the journal, its year the year, its part (``.1.``) the volume, the page the page. The modern
houses print the report's year and page with commas, and sign observations and chronicles as notes: ``D. 1988,
p. 32, note C. Aubertin``, ``RTD civ. 1987, p. 767, obs. J. Hauteclair``, ``JCP G 2004, II, 10012, note …`` (the
Semaine juridique's item number in place of a page), ``R.C.J.B., 1976, p. 300, note …``, ``Penant n° 862, 2008,
p. 99, note …``, ``AJDA 1987, p. 275, chron. … et …``. The decision alone (no ``note``) is no reference, nor are the
conclusions of an advocate general or a commissaire du gouvernement (``RFDA 1987, p. 120, concl. Y. …``): they
belong to the court's procedure, as an Advocate General's opinion does. The reports and the words are data:
``reference_words.csv``, kinds ``law_report``, ``case_note`` and ``conclusions``.
"""

from __future__ import annotations

import functools
import re

from .words import UPPER, YEAR, alternation
from ..patterns import compiled

_NAME = rf"(?:[{UPPER}][^\W\d_]?\.(?:-[{UPPER}]\.)?\s*){{1,3}}[{UPPER}][\w'’-]+"


@functools.cache
def _pattern() -> re.Pattern:
    report = alternation("reference_words.csv", "law_report")
    note = alternation("reference_words.csv", "case_note")
    return compiled(rf"(?:^|,\s*)(?P<report>{report})\s*(?P<year>{YEAR})\s*\.\s*(?P<part>\d+|[IVX]+)\s*\.\s*"
                      rf"(?P<page>\d+)\s*,\s*(?:{note})\s+(?P<author>{_NAME})\s*\.?\s*$")


@functools.cache
def _modern() -> re.Pattern:
    note = alternation("reference_words.csv", "case_note")
    # (the report: a title's abbreviation after the decision's comma, no digit in it, `RTD civ.`, `R.C.J.B.`, `Rev.
    # crit. DIP`, `Penant`, with its issue after `n°`; the year, the part, `II` or `2`, and a rubric's word before the
    # page, `doctr.`, no field's; two annotators joined by `et`)
    report = rf"[{UPPER}][^\s,;\d()]*(?:\s+[^\s,;\d()]+){{0,3}}?"
    return compiled(rf"(?:^|[,;]\s*)(?P<report>{report})(?:\s+n°\s*(?P<issue>\d+))?,?\s+(?P<year>{YEAR}),\s*"
                      rf"(?:(?P<part>[IVX]{{1,4}}|\d)\s*,\s*)?(?:[^\W\d_]{{3,6}}\.\s*)?(?:p\.\s*)?(?P<page>\d+)\s*,\s*"
                      rf"(?:{note})\s+(?P<author>{_NAME}(?:\s+et\s+{_NAME})?)\s*\.?\s*$")


@functools.cache
def _conclusions() -> re.Pattern:
    words = alternation("reference_words.csv", "conclusions")
    return compiled(rf",\s*(?:{words})\s+{_NAME}\s*\.?\s*$")


def case_note(piece: str) -> re.Match | None:
    """Where ``piece`` ends with a report and its annotator (groups ``report``, ``year``, ``part``, ``page``,
    ``author``), else None.

    >>> case_note("Cass. civ., 3 mars 1902, S. 1903.1.17, note P. Lagarde").group("author", "report", "part")
    ('P. Lagarde', 'S.', '1')
    >>> case_note("Liège, 3 févr. 2005, Rev. jur. Lorr., 2005, p. 1102, obs. P. Lambert").group("report", "page")
    ('Rev. jur. Lorr.', '1102')
    >>> case_note("Cass. civ., 3 mars 1902, S. 1903.1.17") is None, case_note("Rev. adm. 1987, p. 12, concl. Y. Roy")
    (True, None)
    """
    piece = piece.strip()
    return _pattern().search(piece) or _modern().search(piece)


def conclusions(piece: str) -> bool:
    """Whether ``piece`` ends with the conclusions of an advocate general or a commissaire du gouvernement: part of a
    decision's report, not literature.

    >>> conclusions("Rev. adm. 1987, p. 120, concl. Y. Roy"), conclusions("Cass., 8 févr. 2001, concl. av. gén. J. Roy")
    (True, True)
    >>> conclusions("Rev. adm. 1987, p. 120, note Y. Roy")
    False
    """
    return _conclusions().search(piece.strip()) is not None


def read_case_note(text: str, ref: dict) -> bool:
    """Fill ``ref`` from a signed case note (no title: the note has none); False when ``text`` is not one.

    >>> ref = {}
    >>> read_case_note("Cass. req., 2 mai 1911, D. 1912.1.45, note R. Vial", ref), ref["authors"], ref["pages"]
    (True, 'R. Vial', '45')
    >>> ref = {}
    >>> read_case_note("Rev. jur. 2004, II, 10012, note R. Vial et J. Roy", ref), ref["volume"], ref["authors"]
    (True, 'II', 'R. Vial et J. Roy')
    """
    found = case_note(text)
    if found is None:
        return False
    issue = found.groupdict().get("issue") or ""
    ref.update(authors=found.group("author"), title="", container=found.group("report"), year=found.group("year"),
               volume=found.group("part") or "", pages=found.group("page"), issue=issue or ref.get("issue", ""))
    return True


# `V. la note préc. de H. Berthomieu, sous Cass. civ., 4 juill. 1893`: the note cited again by its annotator after the
# words, the decision it is under named after `sous`
_NOTE_OF = compiled(rf"^(?:[Vv](?:oy)?\.\s+)?(?:la\s+|les\s+)?(?P<word>note|obs\.)\s+(?P<cited>préc\.|précitées?)\s+de\s+"
                    rf"(?P<name>{_NAME})(?:\s*,\s*sous\s.*)?\s*\.?$")


def annotator_first(text: str) -> str:
    """``text``, a case note cited again by its annotator after the words (`la note préc. de H. Roy`), as the comma
    styles print a repeat (`H. Roy, note préc.`); other text as it is.

    >>> annotator_first("V. la note préc. de H. Roy, sous Cass. civ., 4 juill. 1893."), annotator_first("H. Roy, op. cit.")
    ('H. Roy, note préc.', 'H. Roy, op. cit.')
    """
    found = _NOTE_OF.match(text.strip())
    return text if found is None else f"{found['name']}, {found['word']} {found['cited']}"
