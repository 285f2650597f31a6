"""A document cited by its call number and also summarised in a printed calendar: two citations, not one.

Historians of the early-modern and colonial archives often cite a document both where it lies and where a printed
calendar, inventory or edition summarises it: `NA, VOC, inv. nr. 9312, scan 0045, calendared in Niemeijer et al.
(eds), Inventory of the Archives of the Council of Justice, Jakarta: ANRI, 2007, no. 2245`, `AGR, Conseil d'État, n°
1789, dépêche du 3 janvier 1577, analysée dans L.-P. Gachard (éd.), Correspondance de Philippe II, t. IV, 1861, p.
412`, `Landsarkivet for Fyn, …, registreret i: Fynske Aarbøger 1938, s. 112`. Read as one citation, the calendar's
year became the document's date, its number a second document, its publisher (an archive) a second archive. As round
29 reads a document `printed in` an edition, the document is an archival row and the calendar a literature row of its
own; `calendar_apart` cuts the piece in two where a word of ``calendar_words.csv`` opens the calendar (after a comma or
a semicolon, a few words of prose perhaps before it: `; the second is also calendared in …`). The word itself goes
with neither part. Only a calendar that reads as literature, after a head that does not, is cut off.
"""

from __future__ import annotations

import dataclasses
import functools
import re

from .references import is_literature
from .words import YEAR, alternation
from ..patterns import compiled


@functools.cache
def _calendar() -> re.Pattern:
    return compiled(rf"[,;]\s*(?:[^\W\d_][^,;()\d]{{0,40}}?\s)?(?:{alternation('calendar_words.csv')})(?![^\W_])\s*:?\s*"
                    rf"(?P<work>[^;]*?(?<!\d){YEAR}(?!\d)[^;]*?)\s*\.?\s*$", re.IGNORECASE)


def calendar_apart(piece):
    """``piece`` (an `extract.Piece`) as one piece, or as two: the document and the calendar summarising it.

    >>> from histkit.citations.splitter import Segment
    >>> from histkit.citations.extract import Piece
    >>> raw = "NA, VOC, inv. nr. 12, 3 May 1679, calendared in J. Smith (ed.), A Calendar, Leiden: Brill, 2007, no. 45."
    >>> [part.segment.raw for part in calendar_apart(Piece(Segment(0, len(raw), raw), raw))]
    ['NA, VOC, inv. nr. 12, 3 May 1679', 'J. Smith (ed.), A Calendar, Leiden: Brill, 2007, no. 45']
    """
    raw = piece.segment.raw
    found = _calendar().search(raw) if len(piece.text) == len(raw) else None
    if found is None:
        return [piece]
    head = raw[:found.start()].rstrip(" ,;")
    if not head or is_literature(head) or not is_literature(found["work"]):
        return [piece]
    start, at, end = piece.segment.start, found.start("work"), found.end("work")
    first = dataclasses.replace(piece.segment, end=start + len(head), raw=head)
    # (the calendar is read as the literature it is, whatever archive published it: `Jakarta: ANRI, 2007`)
    second = dataclasses.replace(piece.segment, start=start + at, end=start + end, raw=found["work"], role="calendar")
    return [piece._replace(segment=first, text=piece.text[:len(head)]),
            piece._replace(segment=second, text=piece.text[at:end])]
