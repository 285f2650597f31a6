"""An archive the authority file lacks, named first, in a citation that reads as literature only by its date.

A citation spelt out from its archive's name, ``Kandy Regional Archives, Kandy,
Lot 12, file 194, June 1945``, ends as a book's imprint seems to: a capitalised
word then a year (``June 1945`` read as ``Berlin 1945``), after a name that
reads as an author's (``Kandy Regional Archives``). What the month and year
are is the document's date, no imprint: with the document's dates taken out,
the citation no longer reads as literature, and it opens with an archive's
name (a word for archive) followed by units (`locate.unknown_archive`).
"""

from __future__ import annotations

from ..dates import find_dates
from .archives import Archive
from .locate import unknown_archive
from .references import is_literature


def dated_archive_first(piece: str) -> tuple[Archive, int, int] | None:
    """The archive (where its name starts and ends) of a citation opening with an archive's name whose only likeness
    to literature is its document's day or month date; None otherwise.

    >>> archive, start, end = dated_archive_first("Kandy Regional Archives, Lot 12, file 194, June 1945")
    >>> archive.name, start, end
    ('Kandy Regional Archives', 0, 23)
    >>> dated_archive_first("Kandy Regional Archives, A Guide to the Records, Kandy 1960") is None
    True
    """
    hit = unknown_archive(piece)
    if hit is None or hit[1] != 0:
        return None
    dates = [d for d in find_dates(piece) if d.precision != "year"]
    if not dates:
        return None
    undated, at = [], 0
    for d in dates:  # (the dates in order, apart: `find_dates` gives them so)
        undated.append(piece[at:d.start])
        at = max(at, d.end)
    undated.append(piece[at:])
    return None if is_literature("".join(undated)) else hit
