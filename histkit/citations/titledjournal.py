"""A journal in quotes after an unquoted title: the Italian house `G. Cozzi, Padri, figli e matrimoni, «La Cultura»,
XIV (1976)`, where only the journal is quoted and its volume may take any shape (`n. s., 13, 1978`, `XIV 1970`,
`LXXVI, 1974`).

A quotation after the names and an unquoted title is the journal (or the
series) the work is in, not its title: what comes before it is the persons'
names (`is_name`; a single word after a name printed with its forename or
initial is the title's first, `Padri`) and then the title, which may hold
commas of its own. A
quotation right after the names (`A. Name, « Titre », Revue`) is the title, as
before: `quoted_after_title` gives None for it.
"""

from __future__ import annotations

import re

from .names import after_and, et_al_joined, is_name, names_joined
from .notetext import split_commas
from .quotes import QUOTE_START
from .words import YEAR, alternation
from ..patterns import compiled

_QUOTED = compiled(r"(?:[«“„\"]|,,)(?P<journal>[^«»“”„\"]{2,150}?)[»”“\"]")
# the journal's volume after it, after a series mark or a volume word if any: `n. s. I`, `LIV`, `vol. 13`, `47`
_VOLUME = compiled(rf"^\s*,?\s*(?:(?:{alternation('reference_words.csv', 'new_series')})\s*,?\s*)?"
                   rf"(?:(?:{alternation('reference_words.csv', 'volume')})\s*)?(?P<volume>[IVXLCDM]+|\d{{1,4}})\b(?!\s*[-–/.]\s*\d)")
_YEAR_AFTER = compiled(rf"\(?(?P<year>{YEAR})\)?")
# `Titolo, in «Rivista di storia del diritto italiano», LXIV (1991)`: Italian legal history puts `in` before the journal
_IN_BEFORE_QUOTE = compiled(r",\s*in\s+(?=«)")


def read_names_and_title(before: str, ref: dict) -> bool:
    """Authors and title of what comes before a quoted journal, when it opens with a name printed with its forename or
    initial (`G. Cozzi, Padri, figli e matrimoni`: `Padri` no second person); False, ``ref`` untouched, if not.

    >>> ref = {}
    >>> read_names_and_title("G. Cozzi, Padri, figli e matrimoni clandestini, ", ref), ref["authors"], ref["title"]
    (True, 'G. Cozzi', 'Padri, figli e matrimoni clandestini')
    """
    named = quoted_after_title(before, len(before))
    if named is None or len(named[0].split(",")[0].split()) < 2:
        return False
    ref.update(authors=named[0], title=named[1])
    return True


def quoted_after_title(head: str, quote: int) -> tuple[str, str] | None:
    """The names and the title before the quotation at ``quote``, when there is a title between them; else None.

    >>> quoted_after_title("G. Cozzi, Padri, figli e matrimoni, «La Cultura», XIV", 36)
    ('G. Cozzi', 'Padri, figli e matrimoni')
    >>> quoted_after_title("A. Dupont, « Titre », Revue", 11) is None
    True
    """
    # (`L.L. Bean, et al., "Title", Journal`: the et al. the last author's, the quotation after it)
    parts = et_al_joined([*split_commas(head[:quote].rstrip(" ,")), head[quote:]])[:-1]
    named = 0
    # (a word alone after a name printed with its forename or initial is the title's: `G. Cozzi, Padri, figli …`)
    # (or persons joined by `&`, `and`: `A. Keessen, A. Freriks & M. van Rijswick, “Title”, …`)
    # (the last after a serial comma, `A. Smith, B. Jones, and C. Brown, “Title”, in …`: `after_and`)
    while named < len(parts) and (is_name(after_and(parts[named])) or names_joined(parts[named], short=False)) and (
            named == 0 or len(parts[named].split()) > 1 or len(parts[0].split()) == 1):
        named += 1
    if named == 0 or named == len(parts) or len(" ".join(parts[named:]).split()) < 2:
        return None
    return ", ".join(parts[:named]), ", ".join(parts[named:])


def read_journal_after_title(head: str, ref: dict) -> bool:
    """Authors, title, journal, volume and year of ``head`` whose first quotation, after a comma, is the journal (see
    `quoted_after_title`); False, ``ref`` untouched, when it is not.

    >>> ref = {"year": ""}
    >>> read_journal_after_title("Paolin, Le visite pastorali, «Ricerche di storia», n. s., 13, 1978", ref)
    True
    >>> ref["authors"], ref["title"], ref["container"], ref["volume"], ref["year"]
    ('Paolin', 'Le visite pastorali', 'Ricerche di storia', '13', '1978')
    >>> read_journal_after_title("E. Lanfranchi, Le origini, in «Rivista di storia del diritto italiano», LXIV (1991)", ref)
    True
    >>> ref["container"], ref["volume"]
    ('Rivista di storia del diritto italiano', 'LXIV')
    """
    head = _IN_BEFORE_QUOTE.sub(", ", head, count=1)
    opened = QUOTE_START.search(head)
    quote = opened.start() if opened and head[:opened.start()].rstrip().endswith(",") else 0
    named = quoted_after_title(head, quote) if quote else None
    journal = _QUOTED.match(head, quote) if named else None
    # (`…, "Yugoslavia's Foreign Policy," July 1962`: a comma inside the quotes closes a title, the American way)
    if journal is None or journal.group("journal").rstrip().endswith(","):
        return False
    after = head[journal.end():]
    volume = _VOLUME.match(after)
    dated = volume is not None and re.fullmatch(YEAR, volume.group("volume"))  # `„Dzieje Najnowsze” 1996, nr 3`
    year = _YEAR_AFTER.search(after if dated or volume is None else after[volume.end():])
    ref.update(authors=named[0], title=named[1], container=journal.group("journal").strip(" ,."),
               volume=volume.group("volume") if volume and not dated else "")
    ref["year"] = ref["year"] or (year.group("year") if year else "")
    return True
