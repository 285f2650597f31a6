"""A later citation that opens with a series code the document has cited before under an archive's name:
`FO 371/107833, Minute, 13 March 1953` after `TNA, FO 371/107832, …` in an earlier note.

Historians name an archive once (often with `hereafter`) and then cite its series by their codes alone: the
National Archives' `FO 371`, `CAB 128`, NARA's `RG 59`. Within one note the citation before gives the archive
(`another file`); from note to note nothing had, and such citations stayed `unparsed`. The code's letters (`FO`,
`RG`) name the archive whose citation last used them in this document. A library's manuscripts go the same way: a
shelfmark's words before its number (`Cod. Ser. n. 34512` after `Österreichische Nationalbibliothek, …, Cod. Ser. n.
34511`; words for a manuscript in ``manuscript_words.csv``) name the library whose shelfmark last opened with them.
"""

from __future__ import annotations

from .words import shelfmark_opening
from ..patterns import compiled

_SERIES = compiled(r"\s*(?P<letters>[A-Z]{1,6})\s?\d{1,5}(?![\d.])")


def series_cited_before(text: str, rows) -> dict | None:
    """The last archival row among ``rows`` (the document's citations so far, oldest first) whose fond is a series
    code with the letters that open ``text``; None where there is none.

    >>> rows = [{"kind": "archival", "archive": "TNA", "fond": "FO 371"}, {"kind": "literature", "archive": "", "fond": ""}]
    >>> series_cited_before("FO 371/107833, Minute, 13 March 1953", rows)["archive"]
    'TNA'
    >>> series_cited_before("CAB 128/26, conclusions", rows), series_cited_before("Fo 371/5", rows)
    (None, None)
    >>> rows = [{"kind": "archival", "archive": "ÖNB", "fond": "", "unit": "Cod. Ser. n. 34511"}]
    >>> series_cited_before("Cod. Ser. n. 34512, fols 12r–18v (1899).", rows)["archive"]
    'ÖNB'
    """
    series = _SERIES.match(text)
    opening, pattern, fields = (series, _SERIES, ("fond",)) if series else (shelfmark_opening().match(text), shelfmark_opening(),
                                                                         ("fond", "unit"))
    if opening is None:
        return None
    letters = opening.group("letters")
    for row in reversed(rows):
        if row["kind"] in ("archival", "ibid") and row["archive"]:
            if any((m := pattern.match(row.get(f) or "")) is not None and m.group("letters") == letters for f in fields):
                return row
    return None
