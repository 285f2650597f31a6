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

import re

from ..dates import find_dates
from .holdings import is_call_number
from .archives import Archive
from .locate import unknown_archive
from .references import is_literature
from .shelfmarks import is_shelfmark


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
    # (a year too, after a keyed unit no publication has: `Մխիթարյան միաբանության արխիվ, թղթ. 12, 1863–1865 թթ.`)
    dates = [d for d in find_dates(piece) if d.precision != "year" or _after_unit(piece[:d.start])]
    if not dates:
        return None
    undated, at = [], 0
    for d in dates:  # (the dates in order, apart: `find_dates` gives them so)
        undated.append(piece[at:d.start])
        at = max(at, d.end)
    undated.append(piece[at:])
    return None if is_literature("".join(undated)) else hit


def _after_unit(head: str) -> bool:
    """Whether ``head`` ends with a keyed unit (`Lot 12`, `թղթ. 12`, not `vol. 12`) and a comma: a year after it dates
    the document (`Kandy Regional Archives, Lot 12, 1863`), as no book's imprint follows a box.

    >>> _after_unit("Kandy Regional Archives, Lot 12, "), _after_unit("Archives of Maryland, vol. 12, ")
    (True, False)
    """
    if not head.rstrip().endswith(","):
        return False
    last = head.rstrip().rstrip(",").rsplit(",", 1)[-1].strip()
    return bool(re.match(r"[^\W\d_]", last)) and is_shelfmark(last) and not is_call_number(last)
